"""A delegation's people as a table: who, their position at the time, their organisation, and
which of them heads it. The head is a member like any other, with a position of their own.

Columns resize by dragging their edges and the table takes the form's whole width; Enter in
a row's last cell starts the next row, so a delegation is typed without the mouse.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from database.archive import Archive
from database.records import Delegation, Member
from ui.forms.fields import LineField, PickerField
from ui.forms.rows import CompositeRow, sub_paths


def tr(text: str) -> str:
    return QCoreApplication.translate("Members", text)


REMOVE, HEAD, PERSON, POSITION, ORGANISATION = range(5)


class MemberRow:
    """The widgets of one member; ``widgets`` by field name, as in every other row."""

    def __init__(self, archive: Archive) -> None:
        self.head = QCheckBox()
        self.head.setAccessibleName(tr("Head of the delegation"))
        self.head.setToolTip(tr("Head of the delegation"))
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(28)
        self.remove.setAccessibleName(tr("Remove this member"))
        self.remove.setToolTip(tr("Remove this member"))
        self.widgets: dict[str, Any] = {
            "person_id": PickerField(archive, "person"),
            "position": LineField(tr("position held at the time")),
            "organisation_id": PickerField(archive, "organisation"),
        }
        self.widgets["person_id"].setAccessibleName(tr("Person"))
        self.widgets["position"].setAccessibleName(tr("Position at the time"))
        self.widgets["organisation_id"].setAccessibleName(tr("Organisation"))

    def value(self) -> Member:
        return Member(**{name: w.value() for name, w in self.widgets.items()})

    def set_value(self, member: Member) -> None:
        for name, widget in self.widgets.items():
            widget.set_value(getattr(member, name))


class MembersTable(QWidget):
    changed = Signal()

    def __init__(self, archive: Archive, on_person: Callable[[MemberRow], None] | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.on_person = on_person
        self.rows: list[MemberRow] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["", tr("Head"), tr("Person"), tr("Position at the time"),
                                              tr("Organisation")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(REMOVE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(HEAD, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(REMOVE, 34)
        self.table.setColumnWidth(PERSON, 210)
        self.table.setColumnWidth(POSITION, 260)
        self.add_button = QPushButton(tr("Add member"))
        self.add_button.setToolTip(tr("Add a member (Enter in a row's last cell does the same)"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        layout.addLayout(line)
        self._fit()

    # --- rows -------------------------------------------------------------------------------

    def add_row(self, member: Member | None = None, *, head: bool = False, focus: bool = False) -> MemberRow:
        row = MemberRow(self.archive)
        r = self.table.rowCount()
        self.table.insertRow(r)
        holder = QWidget()
        box = QHBoxLayout(holder)
        box.setContentsMargins(4, 0, 4, 0)
        box.addWidget(row.head, 0, Qt.AlignmentFlag.AlignCenter)
        self.table.setCellWidget(r, REMOVE, row.remove)
        self.table.setCellWidget(r, HEAD, holder)
        self.table.setCellWidget(r, PERSON, row.widgets["person_id"])
        self.table.setCellWidget(r, POSITION, row.widgets["position"])
        self.table.setCellWidget(r, ORGANISATION, row.widgets["organisation_id"])
        self.table.setRowHeight(r, max(w.sizeHint().height() for w in row.widgets.values()) + 4)
        self.rows.append(row)
        if member is not None:
            row.set_value(member)
        row.head.setChecked(head)
        person, position, organisation = (row.widgets[n] for n in ("person_id", "position", "organisation_id"))
        for widget in row.widgets.values():
            widget.changed.connect(self.changed)
        person.changed.connect(lambda: self.on_person(row) if self.on_person else None)
        row.head.toggled.connect(lambda on: self._head_toggled(row, on))
        row.remove.clicked.connect(lambda: self.remove_row(row))
        # Enter walks the row: person, position, organisation, then a new row.
        person.edit.returnPressed.connect(lambda: position.setFocus() if person.value() is not None else None)
        position.returnPressed.connect(organisation.setFocus)
        organisation.edit.returnPressed.connect(lambda: self._next_row(row))
        self._fit()
        self.changed.emit()  # before the focus moves: adding a row is an undo step of its own
        if focus:
            person.setFocus()
        return row

    def _next_row(self, row: MemberRow) -> None:
        if row.widgets["organisation_id"].unresolved():
            return  # a name still to choose: Enter resolved it, or + creates it
        index = self.rows.index(row)
        if index == len(self.rows) - 1:
            self.add_row(focus=True)
        else:
            self.rows[index + 1].widgets["person_id"].setFocus()

    def remove_row(self, row: MemberRow) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        self.table.removeRow(index)
        self._fit()
        self.changed.emit()

    def _head_toggled(self, row: MemberRow, on: bool) -> None:
        if on:  # one head per delegation
            for other in self.rows:
                if other is not row and other.head.isChecked():
                    other.head.setChecked(False)
        self.changed.emit()

    def _fit(self) -> None:
        """As tall as its rows: the form scrolls, not the table."""
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        # Room for the sideways scroll bar a narrow pane shows, so it never covers the last row.
        self.table.setFixedHeight(height + self.table.horizontalScrollBar().sizeHint().height())

    # --- value ------------------------------------------------------------------------------

    def value(self) -> tuple[Member, ...]:
        """The members typed; a row left empty (as Enter leaves one to type into) is none."""
        return tuple(v for v in (row.value() for row in self.rows) if v != Member())

    def head_id(self) -> int | None:
        for row in self.rows:
            if row.head.isChecked():
                value: int | None = row.widgets["person_id"].value()
                return value
        return None

    def set_value(self, members: Any, head_id: int | None = None) -> None:
        while self.rows:
            self.remove_row(self.rows[-1])
        members = tuple(members or ())
        if head_id is not None and all(m.person_id != head_id for m in members):
            members = (Member(head_id), *members)  # a head stored apart from the members
        for member in members:
            self.add_row(member, head=head_id is not None and member.person_id == head_id)

    def unresolved(self) -> str:
        return next((text for _path, text in self.unresolved_paths()), "")

    def unresolved_paths(self) -> list[tuple[str, str]]:
        return [(f"[{i}]{sub}", text) for i, row in enumerate(self.rows) for sub, text in sub_paths(row.widgets.items())]


class DelegationEditor(CompositeRow):
    """One delegation: side, role, who sent it, and its members' table (with the head)."""

    def __init__(self, archive: Archive, parts: list[tuple[str, str, QWidget]], members: MembersTable) -> None:
        super().__init__(Delegation, [*parts, ("members", tr("Members"), members)], columns=3, framed=True)
        self.members = members

    def value(self) -> Delegation:
        value: Delegation = super().value()
        return dataclasses.replace(value, head_id=self.members.head_id())

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        self.members.set_value(value.members, value.head_id)
