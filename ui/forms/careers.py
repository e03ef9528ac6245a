"""Positions typed in an event's or a document's form, offered to the people's careers.

A member's or signatory's position that the person's career does not hold yet is listed under
the table with a tick: saved with the form, it is added to the person's positions, so the next
form that picks the person fills it in and nobody types it twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from database.records import PersonDraft, Position
from database.together import CareerAddition, is_new_position


def tr(text: str) -> str:
    return QCoreApplication.translate("Careers", text)


Key = tuple[int, str]


class CareerOffers(QWidget):
    def __init__(self, person: Callable[[int], PersonDraft | None]) -> None:
        super().__init__()
        self.person = person  # the person's draft (a saved one or one made in this form)
        self.caption = QLabel(tr("Add to the people's careers when saved:"))
        self.box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(self.box)
        self.checks: dict[Key, tuple[QCheckBox, CareerAddition]] = {}
        self._declined: set[Key] = set()
        self.hide()

    def refresh(self, typed: Sequence[tuple[int | None, str, str, int | None]]) -> None:
        """``typed``: (person id, person's name, position, organisation id) of every row."""
        wanted: dict[Key, tuple[str, CareerAddition]] = {}
        for person_id, name, title, org in typed:
            if person_id is None or not title.strip():
                continue
            draft = self.person(person_id)
            if draft is None or not is_new_position(draft, title, org):
                continue
            key = (person_id, " ".join(title.split()).casefold())
            wanted.setdefault(key, (name, CareerAddition(person_id, Position(title.strip(), org))))
        for key in [k for k in self.checks if k not in wanted]:
            check, _ = self.checks.pop(key)
            check.setParent(None)
            check.deleteLater()
        for key, (name, addition) in wanted.items():
            text = tr("{person}: {position}").format(person=name, position=addition.position.title)
            if key in self.checks:
                check, _old = self.checks[key]
                check.setText(text)
                self.checks[key] = (check, addition)
                continue
            check = QCheckBox(text)
            check.setChecked(key not in self._declined)
            check.toggled.connect(lambda on, k=key: self._declined.discard(k) if on else self._declined.add(k))
            self.box.addWidget(check)
            self.checks[key] = (check, addition)
        self.setVisible(bool(self.checks))

    def additions(self) -> list[CareerAddition]:
        return [addition for check, addition in self.checks.values() if check.isChecked()]

    def reset(self) -> None:
        self._declined.clear()
        self.refresh([])


def typed_rows(rows: Sequence[Any]) -> list[tuple[int | None, str, str, int | None]]:
    """(person id, shown name, position, organisation id) of rows with ``widgets``."""
    return [(r.widgets["person_id"].value(), r.widgets["person_id"].edit.text(), r.widgets["position"].value(),
             r.widgets["organisation_id"].value()) for r in rows]
