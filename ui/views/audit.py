"""Audit trail: every change to the archive, newest first, filtered and exported as CSV.

Read-only by design: there is no way here (or anywhere in Elshi) to change or remove an entry.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from database import audit
from database.audit import AuditFilter
from database.records import ENTITIES, Changes
from operations.audit import export_audit_csv
from ui.history import AuditModel, audit_table, describe_changes, entity_label, labels_for, op_label
from ui.look import fits_placeholder
from ui.tasks import Progress
from ui.workspace import ViewSpec, Workspace

FILTER_DELAY_MS = 250
PERIODS = (("any", None), ("day", 1), ("week", 7), ("month", 31), ("year", 366))


class AuditView(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self._stale = False
        self.entity = QComboBox()
        self.entity.setAccessibleName(self.tr("Record type"))
        self.entity.addItem(self.tr("All record types"), None)
        for entity in (*ENTITIES, audit.ARCHIVE):
            self.entity.addItem(entity_label(entity), entity)
        self.op = QComboBox()
        self.op.setAccessibleName(self.tr("Action"))
        self.op.addItem(self.tr("All actions"), None)
        for op in audit.OPS:
            self.op.addItem(op_label(op), op)
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for key, label in zip(
            [k for k, _ in PERIODS],
            [
                self.tr("Any time"),
                self.tr("Last 24 hours"),
                self.tr("Last 7 days"),
                self.tr("Last 31 days"),
                self.tr("Last year"),
            ],
            strict=True,
        ):
            self.period.addItem(label, key)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Text in the changed fields…"))
        self.text.setAccessibleName(self.tr("Text in the changed fields"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(fits_placeholder(self.text) + 24)  # and the clear button
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Save the entries shown as a CSV file"))
        self.count_label = QLabel()

        self.model = AuditModel(self._fetch, self._count, labels_for(workspace))
        self.table = audit_table(self.model)
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What changed"))

        bar = QHBoxLayout()
        for w in (self.entity, self.op, self.user, self.period):
            # As wide as a short choice: a longer one is elided, its tooltip says it whole.
            w.setMinimumContentsLength(12)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.currentTextChanged.connect(w.setToolTip)
            bar.addWidget(w)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.entity, self.op, self.user, self.period):
            combo.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        self.table.doubleClicked.connect(self._open)
        self.export_button.clicked.connect(self.export)
        workspace.signals.changed.connect(self._on_changed)
        self._fill_users()
        self._update_count()

    # --- filtering --------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        days = dict(PERIODS)[self.period.currentData()]
        since = self.workspace.archive.clock.now() - timedelta(days=days) if days else None
        return AuditFilter(
            entity=self.entity.currentData(),
            op=self.op.currentData(),
            os_user=self.user.currentData(),
            since=since,
            text=self.text.text().strip() or None,
        )

    def _fetch(self, offset: int, limit: int) -> list[audit.AuditRow]:
        return audit.entries(self.workspace.archive, self.current_filter(), limit=limit, offset=offset)

    def _count(self) -> int:
        return audit.count(self.workspace.archive, self.current_filter())

    def _fill_users(self) -> None:
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("All users"), None)
        for name in audit.users(self.workspace.archive):
            self.user.addItem(name, name)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0))
        self.user.blockSignals(False)

    def reload(self) -> None:
        self.model.reload()
        self.details.clear()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n entries", "", self.model.total()))

    def _on_changed(self, changes: Changes) -> None:
        if changes.entity == "*" or self.user.findData(audit.os_user()) < 0:
            self._fill_users()
        if self.isVisible():
            self.reload()
        else:  # a long trail is not re-read for every save made while another view is shown
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self._fill_users()
            self.reload()
        super().showEvent(event)

    # --- one entry --------------------------------------------------------------------------

    def _show_entry(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.details.setPlainText(describe_changes(self.workspace, self.model.row(current.row())))
        else:
            self.details.clear()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        found = audit.find_uuids(self.workspace.archive, [row.record_uuid or ""])
        if row.record_uuid in found:
            entity, record_id, _ = found[row.record_uuid]
            self.workspace.open_record(entity, record_id)
        elif row.entity != audit.ARCHIVE:
            self.workspace.status(self.tr("That record is no longer in the archive."))

    # --- export -----------------------------------------------------------------------------

    def export(self) -> None:
        path = self.workspace.dialogs.save_file(
            self.tr("Export the audit trail"), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        where = self.current_filter()
        archive = self.workspace.archive
        self.export_button.setEnabled(False)

        def work(_progress: Progress) -> int:
            return export_audit_csv(archive, target, where)

        def done(n: Any) -> None:
            self.export_button.setEnabled(True)
            self.workspace.status(self.tr("%n entries exported to {path}", "", int(n)).format(path=target))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.workspace.dialogs.error(
                self.tr("Export failed"),
                self.tr("The audit trail could not be written to {path}: {reason}").format(
                    path=target, reason=getattr(error, "strerror", None) or error
                ),
            )

        self.workspace.tasks.start(work, done, failed)


def build(workspace: Workspace) -> AuditView:
    return AuditView(workspace)


VIEW = ViewSpec(
    key="audit",
    order=95,
    title=lambda: QCoreApplication.translate("Views", "Audit trail"),
    build=build,
)
