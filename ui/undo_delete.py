"""Undo of the last delete: an "Undo" link in the status bar right after a record went to the
trash, and Edit → Undo delete while nothing newer was deleted.

A delete only moves a record to the trash (its fields, links and attachments stay as they were),
so undoing it is the trash's own restore: the record comes back exactly as it was, and every
record linking to it finds it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from database.records import Entity
from ui.workspace import Workspace

# The link stays this long; Edit → Undo delete stays until the next delete or an undo.
LINK_SHOWN_MS = 20_000


@dataclass(frozen=True)
class Deleted:
    entity: str
    record_id: int
    title: str


class DeleteUndo(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace, menu: QMenu) -> None:
        super().__init__(window)
        self.window, self.workspace = window, workspace
        self.last: Deleted | None = None
        self.action = QAction(self.tr("&Undo delete"), window)
        self.action.setToolTip(self.tr("Bring back the record deleted last, as it was"))
        self.action.triggered.connect(self.undo)
        self.action.setEnabled(False)
        menu.addAction(self.action)
        self.link = QLabel()
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.link.linkActivated.connect(lambda _href: self.undo())
        self.link.hide()
        window.statusBar().addWidget(self.link, 1)
        self.timer = QTimer(self, singleShot=True, interval=LINK_SHOWN_MS)
        self.timer.timeout.connect(self.link.hide)
        workspace.deleted = self.remember

    def remember(self, entity: str, record_id: int, title: str) -> None:
        """A record went to the trash: say so with an "Undo" link beside the words."""
        self.last = Deleted(entity, record_id, title)
        self.action.setEnabled(True)
        self.action.setText(self.tr("&Undo delete of “{title}”").format(title=title))
        self.window.statusBar().clearMessage()  # a passing message would hide the link
        self.link.setText(self.tr("Moved to the trash: {title}.").format(title=_escape(title))
                          + f" <a href='undo'>{self.tr('Undo')}</a>")
        self.link.show()
        self.timer.start()

    def undo(self) -> None:
        last = self.last
        if last is None:
            return
        self.last = None
        self.action.setEnabled(False)
        self.action.setText(self.tr("&Undo delete"))
        self.link.hide()
        archive, ws = self.workspace.archive, self.workspace

        def restored(_result: object) -> None:
            ws.status(self.tr("Restored from the trash: {title}").format(title=last.title))
            ws.open_record(last.entity, last.record_id)

        def failed(error: BaseException) -> None:
            from ui.backup_actions import error_text

            ws.dialogs.error(self.tr("Undo delete"), error_text(error))

        ws.writer.submit(lambda: archive.restore(Entity(last.entity), last.record_id, initiator=self),
                         restored, failed)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
