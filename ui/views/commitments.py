"""Commitments: the list with filters by status, responsible party, origin and due dates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from database.records import CommitmentStatus
from ui.look import fits_placeholder
from ui.record_list import RecordListView
from ui.record_model import value_label
from ui.workspace import ViewSpec, Workspace

if TYPE_CHECKING:
    from ui.forms.fields import DateField


def tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentsView", text)


class CommitmentFilters(QWidget):
    """Status, responsible organisation, due range and "overdue only", applied as you choose."""

    def __init__(self, workspace: Workspace, view: RecordListView) -> None:
        from ui.forms.fields import DateField, PickerField  # with the view, not at the window's start

        super().__init__()
        self.workspace, self.view = workspace, view
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Status"))
        self.status.addItem(tr("Any status"), None)
        self.status.addItem(tr("Not done yet"), ["open", "in_progress"])
        for s in CommitmentStatus:
            self.status.addItem(value_label(s.value), [s.value])
        self.organisation = PickerField(workspace.archive, "organisation", tr("responsible organisation…"))
        self.organisation.create_button.hide()
        self.organisation.open_button.hide()
        self.organisation.edit.setMinimumWidth(fits_placeholder(self.organisation.edit))
        self.due_from, self.due_to = DateField(compact=True), DateField(compact=True)
        self.overdue = QCheckBox(tr("Overdue only"))
        self.report = QPushButton(tr("Commitments report…"))
        self.report.setToolTip(tr("A PDF report of commitments by status, responsible party and counterpart"))
        self.report.clicked.connect(self.export_report)
        # Two rows: in one, the Kazakh labels need more than a 1280-pixel window gives.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        choose, dates = QHBoxLayout(), QHBoxLayout()
        for chooser in (self.status, self.organisation, self.overdue):
            choose.addWidget(chooser)
        choose.addStretch(1)
        choose.addWidget(self.report)
        for widget in (QLabel(tr("Due from")), self.due_from, QLabel(tr("to")), self.due_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        layout.addLayout(choose)
        layout.addLayout(dates)
        self.status.currentIndexChanged.connect(self.apply)
        for field in (self.organisation, self.due_from, self.due_to):
            field.changed.connect(self.apply)
        self.overdue.toggled.connect(self.apply)

    def filters(self) -> dict[str, Any]:
        from database.dates import DateParseError, PartialDate

        def day(field: DateField, last: bool) -> Any:
            try:
                d = PartialDate.parse(field.value())
            except DateParseError:
                return None
            return d.last_day() if last else d.first_day()

        return {
            "status": self.status.currentData(),
            "organisation": self.organisation.value(),
            "due_from": day(self.due_from, False),
            "due_to": day(self.due_to, True),
            "overdue_on": self.workspace.archive.clock.today() if self.overdue.isChecked() else None,
        }

    def export_report(self) -> None:
        from ui.briefing_dialog import open_briefing_dialog

        self.dialog = open_briefing_dialog(self.workspace, "commitments", None, self)

    def reset(self) -> None:
        """Show the filters as cleared (the list was just cleared to reveal a record)."""
        for widget in (self.status, self.organisation, self.due_from, self.due_to, self.overdue):
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.organisation.set_value(None)
        self.due_from.set_value(None)
        self.due_to.set_value(None)
        self.overdue.setChecked(False)
        for widget in (self.status, self.organisation, self.due_from, self.due_to, self.overdue):
            widget.blockSignals(False)

    def apply(self) -> None:
        self.view.model.set_filters(self.filters())


def build(workspace: Workspace) -> RecordListView:
    from ui.forms.records import CommitmentForm

    form = CommitmentForm(workspace)
    view = RecordListView(workspace, "commitment", form, refresh_on=("organisation", "person", "event", "document"))
    view.filters = CommitmentFilters(workspace, view)  # type: ignore[attr-defined]
    view.add_filter_bar(view.filters)  # type: ignore[attr-defined]
    view.filters_cleared.connect(view.filters.reset)  # type: ignore[attr-defined]
    return view


VIEW = ViewSpec(
    key="commitments",
    order=30,
    title=lambda: QCoreApplication.translate("Views", "Commitments"),
    build=build,
    entity="commitment",
)
