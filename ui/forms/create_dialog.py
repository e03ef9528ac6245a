"""The small dialog behind "+": a new person, organisation or place from the typed name, with a
warning when the archive already holds one that may be the same (the duplicate finder's own
comparison, database.duplicates.similar_to)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from database.archive import Archive
from database.duplicates import DuplicatePair, similar_to
from database.records import Entity

MAX_SHOWN = 4


class CreateDialog(QDialog):
    """Opened without blocking (``open()``): ``on_create(name)`` or ``on_use(id, name)`` answers."""

    def __init__(self, parent: QWidget, archive: Archive, entity: Entity, text: str,
                 on_create: Callable[[str], None], on_use: Callable[[int, str], None]) -> None:
        super().__init__(parent)
        self.archive, self.entity = archive, entity
        self.on_create, self.on_use = on_create, on_use
        titles = {Entity.PERSON: self.tr("New person"), Entity.ORGANISATION: self.tr("New organisation"),
                  Entity.PLACE: self.tr("New place")}
        self.setWindowTitle(titles.get(entity, self.tr("New record")))
        self.name = QLineEdit(text)
        self.name.setMinimumWidth(420)
        self.name.setAccessibleName(self.tr("Name"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff4d6; padding: 4px")
        self.warning.hide()
        self.use_buttons: list[QPushButton] = []
        self.use_box = QVBoxLayout()
        note = QLabel(self.tr("It is written to the archive when the form is saved."))
        note.setStyleSheet("color: gray")
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addLayout(self.use_box)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check_duplicates)
        self.name.textChanged.connect(lambda _t: self._timer.start())
        self.name.textChanged.connect(lambda t: self.create_button.setEnabled(bool(t.strip())))
        self.check_duplicates()

    def check_duplicates(self) -> list[DuplicatePair]:
        text = self.name.text().strip()
        found: list[DuplicatePair] = []
        if text:
            with self.archive.session() as s:
                found = similar_to(s, self.entity, [text])[:MAX_SHOWN]
        for button in self.use_buttons:
            button.setParent(None)
            button.deleteLater()
        self.use_buttons = []
        if found:
            names = ", ".join(f"«{p.b_name}»" for p in found)
            self.warning.setText(self.tr("The archive may already have this one: {names}.").format(names=names))
            for pair in found:
                button = QPushButton(self.tr("Use «{name}»").format(name=pair.b_name))
                button.clicked.connect(lambda _c=False, p=pair: self._use(p.b_id, p.b_name))
                self.use_box.addWidget(button)
                self.use_buttons.append(button)
        self.warning.setVisible(bool(found))
        return found

    def _create(self) -> None:
        text = self.name.text().strip()
        if text:
            self.accept()
            self.on_create(text)

    def _use(self, record_id: int, name: str) -> None:
        self.accept()
        self.on_use(record_id, name)


def open_create_dialog(parent: QWidget, archive: Archive, entity: Entity, text: str,
                       on_create: Callable[[str], None], on_use: Callable[[int, str], None]) -> Any:
    dialog = CreateDialog(parent, archive, entity, text, on_create, on_use)
    dialog.open()
    return dialog
