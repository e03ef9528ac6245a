"""One row of a sub-record (a delegation member, a signatory, a name): widgets for some fields
of a dataclass, with the fields not shown (such as a delegation's UUID) carried through."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget


class CompositeRow(QFrame):
    changed = Signal()

    def __init__(
        self, cls: type[Any], parts: list[tuple[str, str, QWidget]], *, columns: int = 2, framed: bool = False
    ) -> None:
        """``parts``: (field name, label, widget); laid out ``columns`` per line; a widget that
        holds rows of its own (members of a delegation) takes a whole line."""
        super().__init__()
        if framed:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        self.cls = cls
        self.widgets: dict[str, Any] = {}
        self._hidden: dict[str, Any] = {}
        grid = QGridLayout(self)
        margin = 6 if framed else 0
        grid.setContentsMargins(margin, margin, margin, margin)
        r = c = 0
        for name, label, widget in parts:
            wide = hasattr(widget, "rows")
            if wide and c:
                r, c = r + 1, 0
            cell = QWidget()
            box = QGridLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(label)
            caption.setStyleSheet("color: gray; font-size: 9pt")
            caption.setBuddy(widget)
            box.addWidget(caption, 0, 0)
            box.addWidget(widget, 1, 0)
            grid.addWidget(cell, r, c, 1, columns if wide else 1)
            c += columns if wide else 1
            if c >= columns:
                r, c = r + 1, 0
            widget.setAccessibleName(label)
            widget.changed.connect(self.changed)  # type: ignore[attr-defined]
            self.widgets[name] = widget
        if parts:
            self.setFocusProxy(parts[0][2])

    def value(self) -> Any:
        values = {name: w.value() for name, w in self.widgets.items()}
        return self.cls(**self._hidden, **values)

    def set_value(self, value: Any) -> None:
        self._hidden = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)
                        if f.name not in self.widgets}
        for name, widget in self.widgets.items():
            widget.set_value(getattr(value, name))

    def unresolved(self) -> str:
        for widget in self.widgets.values():
            pending = getattr(widget, "unresolved", lambda: "")()
            if pending:
                return str(pending)
        return ""

    def unresolved_paths(self) -> list[tuple[str, str]]:
        return sub_paths(self.widgets.items())


def sub_paths(widgets: Any) -> list[tuple[str, str]]:
    """(".name" path, text) of every name typed but not chosen among ``widgets``' values."""
    out: list[tuple[str, str]] = []
    for name, widget in widgets:
        paths = getattr(widget, "unresolved_paths", None)
        if paths is not None:
            out += [(f".{name}{sub}", text) for sub, text in paths()]
        elif hasattr(widget, "unresolved") and widget.unresolved():
            out.append((f".{name}", widget.unresolved()))
    return out
