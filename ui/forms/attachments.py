"""The attachments of an event or document: add (copied in), open with the system viewer,
remove. The original file is only ever read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from database.attachments import AttachmentRow, attach, attachments_of, readable_copy, remove
from database.errors import ArchiveError
from database.records import Entity
from operations.messages import describe
from ui.backup_actions import error_text
from ui.workspace import Workspace


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


class AttachmentsPanel(QWidget):
    def __init__(self, workspace: Workspace, entity: str) -> None:
        super().__init__()
        self.workspace, self.entity = workspace, Entity(entity)
        self.record_id: int | None = None
        self.label = QLabel(self.tr("Attachments"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setMaximumHeight(110)
        self.note = QLabel(self.tr("Save the record first to attach files."))
        self.note.setStyleSheet("color: gray")
        self.add_button = QPushButton(self.tr("Attach file…"))
        self.open_button = QPushButton(self.tr("Open", "action"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_file)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.set_record(None)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.list.clear()
        if record_id is not None:
            for row in attachments_of(self.workspace.archive, self.entity, record_id):
                item = QListWidgetItem(f"{row.file_name}  ({human_size(row.size)})")
                item.setData(Qt.ItemDataRole.UserRole, row)
                item.setToolTip(f"SHA-256 {row.sha256}")
                self.list.addItem(item)
        self._update()

    def _update(self) -> None:
        saved = self.record_id is not None
        self.note.setVisible(not saved)
        self.add_button.setEnabled(saved)
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _selected(self) -> AttachmentRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_file(self) -> None:
        if self.record_id is None:
            return
        path = self.workspace.dialogs.open_file(self.tr("Attach a file"), self.tr("All files (*)"))
        if path:
            self.attach_paths([path])

    def attach_paths(self, paths: list[str]) -> None:
        """Attach each file (the button's choice, or files dropped on the form), one write each;
        a file that cannot be attached says why, and the others are attached all the same."""
        if self.record_id is None:
            self.workspace.dialogs.error(self.tr("Not attached"), self.tr("Save the record first to attach files."))
            return
        archive, entity, record_id = self.workspace.archive, self.entity, self.record_id
        self.add_button.setEnabled(False)  # until these files are in: one click, one copy

        def attach_one(path: str) -> Callable[[], AttachmentRow]:
            return lambda: attach(archive, entity, record_id, path)

        for path in paths:
            self.workspace.writer.submit(attach_one(path), lambda row: self._attached(record_id, row),
                                         self._not_attached)

    def refuse(self, names: list[str]) -> None:
        """Dropped items that are not files on this computer (a web link, a mail message)."""
        self.workspace.dialogs.error(self.tr("Not attached"), self.tr(
            "Only files on this computer can be attached; not: {names}").format(names=", ".join(names)))

    def _attached(self, record_id: int, row: AttachmentRow) -> None:
        if record_id == self.record_id:
            self.set_record(record_id)
        else:
            self._update()
        self.workspace.status(self.tr("Attached {name}").format(name=row.file_name))

    def _not_attached(self, error: BaseException) -> None:
        self._update()
        reason = describe(error) if isinstance(error, ArchiveError) else str(error)
        self.workspace.dialogs.error(self.tr("Not attached"),
                                     self.tr("The file could not be attached: {reason}").format(reason=reason))

    def open_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        try:
            # never a file outside the attachments folder; opened first when encrypted
            path = readable_copy(self.workspace.archive, row)
        except OSError as e:
            self.workspace.dialogs.error(self.tr("File missing"), self.tr(
                "The archive's copy of {name} cannot be read: {reason}").format(name=row.file_name,
                                                                                reason=e.strerror))
            return
        except ArchiveError as e:
            if e.code == "attachment.missing":
                self.workspace.dialogs.error(self.tr("File missing"), self.tr(
                    "The archive's copy of {name} is missing.").format(name=row.file_name))
            else:
                self.workspace.dialogs.error(self.tr("Not opened"), describe(e))
            return
        self.workspace.dialogs.open_path(str(path))

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None or not self.workspace.dialogs.confirm(
                self.tr("Remove attachment"), self.tr("Remove {name} from this record?").format(name=row.file_name)):
            return
        archive, record_id = self.workspace.archive, self.record_id
        self.workspace.writer.submit(lambda: remove(archive, row.id), lambda _: self._removed(record_id),
                                     self._not_removed)

    def _removed(self, record_id: int | None) -> None:
        if record_id == self.record_id:
            self.set_record(record_id)

    def _not_removed(self, error: BaseException) -> None:
        self.workspace.dialogs.error(self.tr("Remove attachment"), error_text(error))
