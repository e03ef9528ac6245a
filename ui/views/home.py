"""Home: the first screen, answering the two morning questions.

What is coming up (events of the next days, and those known only to a month or half-year that
overlap them) and which commitments are overdue or due soon, with the counts by status. Every
line opens its record; "today" is the archive clock's, so the screen follows the calendar day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from database.calendar import (
    CalendarFilter,
    CalendarItem,
    Deadlines,
    Rollup,
    agenda,
    deadlines,
    status_counts,
)
from database.records import Changes
from ui.bridge import touches
from ui.record_model import value_label
from ui.status_dialog import StatusDialog, change_status
from ui.views.calendar import (
    OVERDUE_COLOUR,
    Line,
    RecordLines,
    day_text,
    item_dates,
    item_kind,
    item_status,
)
from ui.views.calendar.lines import ITEM, NOTE, SECTION
from ui.workspace import ViewSpec, Workspace

DEADLINES_SHOWN = 100  # of each list; the box titles count them all

DEFAULT_DAYS = 30


class HomeView(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.archive = workspace.archive
        self.status_dialog: StatusDialog | None = None

        self.today_label = QLabel()
        font = QFont(self.today_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.today_label.setFont(font)
        self.days_box = QSpinBox()
        self.days_box.setRange(1, 366)
        self.days_box.setValue(DEFAULT_DAYS)
        self.days_box.setSuffix(self.tr(" days"))
        self.days_box.setAccessibleName(self.tr("How many days ahead"))
        self.count_labels: dict[str, QLabel] = {}
        counts_row = QHBoxLayout()
        counts_row.addWidget(QLabel(self.tr("Commitments:")))
        for key in ("open", "in_progress", "done", "dropped", "overdue"):
            label = QLabel()
            label.setAccessibleName(self.tr("Commitments by status"))
            self.count_labels[key] = label
            counts_row.addWidget(label)
        counts_row.addStretch(1)

        self.events = RecordLines([self.tr("When"), self.tr("What"), self.tr("Where"), self.tr("Kind")],
                                  self.tr("Coming events"))
        self.events.set_title_column(1, 2)
        self.overdue = RecordLines([self.tr("Was due"), self.tr("Commitment"), self.tr("Responsible"),
                                    self.tr("Status")], self.tr("Overdue commitments"))
        self.overdue.set_title_column(1, 2)
        self.due_soon = RecordLines([self.tr("Due"), self.tr("Commitment"), self.tr("Responsible"),
                                     self.tr("Status")], self.tr("Commitments due soon"))
        self.due_soon.set_title_column(1, 2)
        self.change_button = QPushButton(self.tr("Change status…"))
        self.change_button.setToolTip(self.tr("Set the status of the selected commitment, with a dated note "
                                              "(select one with the arrow keys or right-click it)"))
        self.change_button.setEnabled(False)

        self.events_box = QGroupBox()
        events_layout = QVBoxLayout(self.events_box)
        events_layout.addWidget(self.events)
        self.overdue_box = QGroupBox()
        overdue_layout = QVBoxLayout(self.overdue_box)
        overdue_layout.addWidget(self.overdue)
        self.overdue_box.setStyleSheet(f"QGroupBox {{ color: {OVERDUE_COLOUR.name()}; font-weight: bold; }}")
        self.soon_box = QGroupBox()
        soon_layout = QVBoxLayout(self.soon_box)
        soon_layout.addWidget(self.due_soon)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.overdue_box, 1)
        right_layout.addWidget(self.soon_box, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        right_layout.addLayout(buttons)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.events_box)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        top = QHBoxLayout()
        top.addWidget(self.today_label, 1)
        top.addWidget(QLabel(self.tr("Look ahead")))
        top.addWidget(self.days_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(counts_row)
        layout.addWidget(self.splitter, 1)

        for lines in (self.events, self.overdue, self.due_soon):
            lines.open_requested.connect(self.workspace.open_record)
        for lines in (self.overdue, self.due_soon):
            lines.current_changed.connect(lambda lines=lines: self._commitment_selected(lines))
            lines.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            lines.customContextMenuRequested.connect(lambda pos, lines=lines: self._context_menu(lines, pos))
        self.change_button.clicked.connect(self.change_status)
        self.days_box.valueChanged.connect(lambda _n: self.refresh())
        workspace.signals.changed.connect(self._on_changes)
        self._selected: int | None = None
        self._shown_on: date | None = None
        # Filled just after it is first painted: on a large archive the queries take a few
        # hundred milliseconds, and the window should be there at once.
        self._fill_queued = False

    @property
    def loaded(self) -> bool:
        return self._shown_on is not None

    # --- what is shown -------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.archive.clock.today()
        days = self.days_box.value()
        with self.archive.session() as s:
            coming = agenda(s, today, today + timedelta(days=days), today=today,
                            filters=CalendarFilter(commitments=False))
            due = deadlines(s, today=today, days=days, limit=DEADLINES_SHOWN)
            counts = status_counts(s, today=today)
        self._shown_on = today
        self.today_label.setText(self.tr("Today is {day}").format(day=day_text(today, "dddd, d MMMM yyyy")))
        self._fill_events(coming.dated, coming.periods, days)
        self._fill_deadlines(due, days)
        self._fill_counts(counts)

    def _fill_events(self, dated: tuple[CalendarItem, ...], periods: tuple[CalendarItem, ...], days: int) -> None:
        self.events_box.setTitle(self.tr("Coming up in the next {n} days").format(n=days))
        lines = [self._event_line(item) for item in dated]
        if not dated:
            lines.append(Line(NOTE, (self.tr("No events with a fixed day in the next {n} days.").format(n=days),)))
        if periods:
            lines.append(Line(SECTION, (self.tr("Without a fixed day yet"),)))
            lines.extend(self._event_line(item) for item in periods)
        self.events.show_lines(lines)

    @staticmethod
    def _event_line(item: CalendarItem) -> Line:
        return Line(ITEM, (item_dates(item), _one_line(item.title), item.place, item_kind(item)), item)

    def _fill_deadlines(self, due: Deadlines, days: int) -> None:
        self.overdue_box.setTitle(self.tr("Overdue ({n})").format(n=due.overdue_total))
        self.soon_box.setTitle(self.tr("Due in the next {days} days ({n})").format(days=days, n=due.due_soon_total))
        for view, items, total, empty in (
            (self.overdue, due.overdue, due.overdue_total, self.tr("No overdue commitments.")),
            (self.due_soon, due.due_soon, due.due_soon_total, self.tr("Nothing due in these days.")),
        ):
            lines = [Line(ITEM, (item_dates(item), _one_line(item.title), item.party, item_status(item)), item)
                     for item in items]
            if not items:
                lines.append(Line(NOTE, (empty,)))
            elif total > len(items):
                lines.append(Line(NOTE, (self.tr("The first {shown} of {total}; the Commitments view lists them all.")
                                         .format(shown=len(items), total=total),)))
            view.show_lines(lines)
        self._selected = None
        self.change_button.setEnabled(False)

    def _fill_counts(self, counts: Rollup) -> None:
        for key, label in self.count_labels.items():
            name = self.tr("Overdue") if key == "overdue" else value_label(key)
            number = counts.overdue if key == "overdue" else counts.by_status()[key]
            label.setText(f"{name}: <b>{number}</b>")
            if key == "overdue":
                label.setStyleSheet(f"color: {OVERDUE_COLOUR.name()}" if number else "")

    # --- acting on a commitment -----------------------------------------------------------------

    def _commitment_selected(self, lines: RecordLines) -> None:
        record = lines.selected_record()
        if record is None:
            return
        other = self.due_soon if lines is self.overdue else self.overdue
        other.clear_current()
        self._selected = record[1]
        self.change_button.setEnabled(True)

    def _context_menu(self, lines: RecordLines, pos: QPoint) -> None:
        record = lines.record_at(pos)
        if record is None:
            return
        lines.select_record(record)
        menu = QMenu(self)
        menu.addAction(self.tr("Open", "action"), lambda: self.workspace.open_record(str(record[0]), int(record[1])))
        menu.addAction(self.tr("Change status…"), self.change_status)
        menu.popup(lines.viewport().mapToGlobal(pos))

    def change_status(self) -> None:
        if self._selected is None:
            return
        self.status_dialog = change_status(self.archive, self._selected, self, writer=self.workspace.writer)
        self.status_dialog.finished.connect(lambda _r: setattr(self, "status_dialog", None))

    def _on_changes(self, changes: Changes) -> None:
        if touches(changes, "event", "commitment", "place", "organisation", "person", "document"):
            self.refresh()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self.loaded and not self._fill_queued:
            self._fill_queued = True
            QTimer.singleShot(0, self.refresh)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.loaded and self._shown_on != self.archive.clock.today():
            self.refresh()  # the day has changed since it was last shown; changes refresh at once


def _one_line(text: str) -> str:
    return " ".join(text.split())


def build(workspace: Workspace) -> HomeView:
    return HomeView(workspace)


VIEW = ViewSpec(
    key="home",
    order=0,
    title=lambda: QCoreApplication.translate("Views", "Home"),
    build=build,
    shortcut="Ctrl+0",
)
