"""File → Send to post…, Receive from post… and Conflicts…: the exchange with other posts.

Sending and receiving read and sign or decrypt off the GUI thread (the task pool); applying a
bundle and resolving a conflict go through the window's writer. The receive window checks the
bundle whole first and shows what it would change (new, updated, deleted, conflicting,
unchanged) before anything is written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from database.bundles import Contents
from database.posts import Plan, SendReport
from operations import posts
from ui.conflicts_window import ConflictsWindow, error_text
from ui.history import entity_label
from ui.tasks import Progress
from ui.workspace import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("PostDialogs", text)


def _passphrase_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(tr("Passphrase"))
    field.setText(os.environ.get(posts.PASSPHRASE_ENV, ""))
    return field


class SendDialog(QDialog):
    """Which post, since when, encrypted or not, the passphrase; then a file to write."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Send to post"))
        self.post = QComboBox()
        self.post.setAccessibleName(self.tr("Post"))
        for key in posts.trusted_posts(workspace.archive):
            self.post.addItem(key.post, key.post)
        self.since = QComboBox()
        self.since.setAccessibleName(self.tr("What to send"))
        self.since.addItem(self.tr("What changed since the last bundle to that post"), "last")
        self.since.addItem(self.tr("Everything"), "all")
        self.encrypt = QCheckBox(self.tr("Encrypt for the receiving post"))
        self.encrypt.setChecked(True)
        self.passphrase = _passphrase_field(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("To post:"), self.post)
        form.addRow(self.tr("Send:"), self.since)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Send…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setEnabled(self.post.count() > 0)
        self.send_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if self.post.count() == 0:
            self.message.setText(self.tr("No other post is trusted yet: add its key with "
                                         "'elshi keys trust FILE' first."))
        self.report: SendReport | None = None

    def send(self) -> None:
        to = self.post.currentData()
        target = self.workspace.dialogs.save_file(self.tr("Save the bundle"), self.tr("Elshi bundle (*.elshi)"))
        if not to or not target:
            return
        archive, since = self.workspace.archive, str(self.since.currentData())
        secret, encrypted = self.passphrase.text(), self.encrypt.isChecked()
        self.send_button.setEnabled(False)
        self.message.setText(self.tr("Writing the bundle…"))

        self.workspace.writer.submit(  # a send writes too: how far the bundles to that post reach
            lambda: posts.send_bundle(archive, to, Path(target), secret, since=since, encrypted=encrypted),
            self._sent, self._failed)

    def _sent(self, report: SendReport) -> None:
        self.report = report
        n = sum(report.counts.values())
        text = self.tr("Bundle {seq} for {post} written to {file}: {n} records, {files} files.").format(
            seq=report.seq, post=report.to_post, file=report.path, n=n, files=report.files)
        self.message.setText(text)
        self.workspace.status(text)
        self.send_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))
        self.send_button.setEnabled(True)


class ReceiveDialog(QDialog):
    """Open and check a bundle, show what it would change, then apply it in one transaction."""

    def __init__(self, workspace: Workspace, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.path = workspace, path
        self.setWindowTitle(self.tr("Receive from post"))
        self.passphrase = _passphrase_field(self)
        self.check_button = QPushButton(self.tr("Check the bundle"))
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel(self.tr("Bundle: {file}").format(file=path))
        self.summary.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("What the bundle changes"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.items)
        layout.addWidget(self.buttons)
        self.contents: Contents | None = None
        self.plan: Plan | None = None
        self.applied: Plan | None = None

    def check(self) -> None:
        archive, path, secret = self.workspace.archive, self.path, self.passphrase.text()
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking {file}…").format(file=path))

        def work(_progress: Progress) -> tuple[Contents, Plan]:
            contents = posts.open_bundle(archive, path, lambda: secret)
            return contents, posts.preview(archive, contents)

        self.workspace.tasks.start(work, self._checked, self._failed)

    def _checked(self, result: tuple[Contents, Plan]) -> None:
        self.contents, plan = result
        self.plan = plan
        self.summary.setText(self.tr(
            "Bundle {seq} from {post}: {new} new, {updated} updated, {deleted} deleted, {conflicts} "
            "conflicting, {unchanged} unchanged, {merges} merges, {files} files. Nothing is changed "
            "until you apply it.").format(
            seq=plan.seq, post=plan.from_post, new=len(plan.new), updated=len(plan.updated),
            deleted=len(plan.deleted), conflicts=len(plan.conflicts), unchanged=plan.unchanged,
            merges=plan.merges, files=plan.files))
        self.items.clear()
        for heading, items in ((self.tr("New"), plan.new), (self.tr("Updated"), plan.updated),
                               (self.tr("Deleted"), plan.deleted), (self.tr("Conflict"), plan.conflicts)):
            for item in items:
                self.items.addItem(f"{heading}: {entity_label(item.entity)} «{item.label}»")
        self.apply_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(error_text(error))
        self.check_button.setEnabled(True)

    def apply(self) -> None:
        if self.contents is None:
            return
        archive, contents = self.workspace.archive, self.contents
        self.apply_button.setEnabled(False)
        self.workspace.writer.submit(lambda: posts.receive_bundle(archive, contents), self._applied,
                                     self._apply_failed)

    def _applied(self, plan: Plan) -> None:
        self.applied = plan
        text = self.tr("Bundle {seq} from {post} applied; conflicts waiting for a choice: {n}.").format(
            seq=plan.seq, post=plan.from_post, n=len(plan.conflicts))
        self.workspace.status(text)
        self.accept()
        if plan.conflicts:
            show_conflicts(self.workspace)

    def _apply_failed(self, error: BaseException) -> None:
        self.summary.setText(error_text(error))


def _keep(workspace: Workspace, window: QWidget) -> None:
    """The window lives until closed (nothing else holds it)."""
    kept: list[Any] = workspace.extra.setdefault("post_windows", [])  # type: ignore[assignment]
    kept.append(window)


def ask_and_send(workspace: Workspace, parent: QWidget | None = None) -> SendDialog:
    dialog = SendDialog(workspace, parent)
    _keep(workspace, dialog)
    dialog.open()
    return dialog


def ask_and_receive(workspace: Workspace, parent: QWidget | None = None) -> ReceiveDialog | None:
    path = workspace.dialogs.open_file(tr("Receive a bundle from a post"),
                                       tr("Elshi bundle (*.elshi);;All files (*)"))
    if not path:
        return None
    dialog = ReceiveDialog(workspace, path, parent)
    _keep(workspace, dialog)
    dialog.open()
    return dialog


def show_conflicts(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    window = ConflictsWindow(workspace, parent)
    _keep(workspace, window)
    window.show()
    return window


def add_menu_actions(menu: QMenu, workspace: Workspace) -> list[QAction]:
    actions = []
    for text, slot in ((tr("Send to Post…"), lambda: ask_and_send(workspace, menu.parentWidget())),
                       (tr("Receive from Post…"), lambda: ask_and_receive(workspace, menu.parentWidget())),
                       (tr("Conflicts between Posts…"), lambda: show_conflicts(workspace, menu.parentWidget()))):
        action = QAction(text, menu)
        action.triggered.connect(slot)
        menu.addAction(action)
        actions.append(action)
    return actions
