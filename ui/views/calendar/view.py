"""The calendar view: a month, a week or an agenda of events and commitment deadlines, the
items of the period without a fixed day in a strip above, and the selected day's list beside.

Items known only to a month, half-year or year sit in the strip for the period shown, never on
a made-up day. Month and weekday names come from the interface language (QLocale()).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from catalogue.date_words import parse_date_words
from database.calendar import Agenda, CalendarFilter, CalendarItem, agenda, counterparts, countries
from database.dates import PartialDate
from database.errors import NotFound
from database.records import Changes, Entity, EventKind
from ui.bridge import touches
from ui.look import fits_placeholder
from ui.record_model import value_label
from ui.views.calendar import ics_dialogs
from ui.views.calendar.choices import ChoicesBox
from ui.views.calendar.days import DATE_ROLE, ITEMS_ROLE, DaysModel, week_start
from ui.views.calendar.grid import DaysView
from ui.views.calendar.ics_dialogs import IcsPreviewDialog
from ui.views.calendar.lines import ITEM, NOTE, SECTION, Line, RecordLines
from ui.views.calendar.style import DEADLINE_COLOUR, EVENT_COLOUR, FLAG, OVERDUE_COLOUR
from ui.views.calendar.texts import day_text, item_dates, item_kind, item_status, item_title
from ui.workspace import Workspace

MONTH, WEEK, AGENDA = 0, 1, 2


class CalendarView(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.archive = workspace.archive
        self.anchor = self.archive.clock.today()  # the selected day
        self.mode = MONTH
        self.found = Agenda(self.anchor, self.anchor)
        self._refreshed_on: date | None = None
        self.preview_dialog: IcsPreviewDialog | None = None

        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Earlier (Page Up)"))
        self.prev_button.setAccessibleName(self.tr("Earlier"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Show today (Ctrl+T)"))
        # "Go to date": the same dates in digits or words the forms take ("14 қазан 2026").
        self.go_box = QLineEdit()
        self.go_box.setPlaceholderText(self.tr("Go to date…"))
        self.go_box.setAccessibleName(self.tr("Go to date"))
        self.go_box.setToolTip(self.tr("Go to date (Ctrl+G): a date in digits or words, e.g. 14.10.2026, 1 December 2026 or March 2026; Enter"))
        self.go_box.setClearButtonEnabled(True)
        self.go_box.setMinimumWidth(max(120, fits_placeholder(self.go_box)))
        self.go_box.setMaximumWidth(max(180, fits_placeholder(self.go_box)))
        self.go_error = QLabel()  # under the bar, across the grid: the bar stays as wide as before
        self.go_error.setStyleSheet("color: #b00020")
        self.go_error.setWordWrap(True)
        self.go_error.hide()
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Later (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Later"))
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.mode_buttons = QButtonGroup(self)
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for mode, label in ((MONTH, self.tr("Month")), (WEEK, self.tr("Week")), (AGENDA, self.tr("Agenda"))):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setChecked(mode == MONTH)
            self.mode_buttons.addButton(button, mode)
            modes.addWidget(button)
        self.weeks_box = QSpinBox()
        self.weeks_box.setRange(1, 52)
        self.weeks_box.setValue(4)
        self.weeks_box.setSuffix(self.tr(" weeks"))
        self.weeks_box.setAccessibleName(self.tr("Weeks in the agenda"))

        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of event"))
        self.kind_box.addItem(self.tr("All kinds of event"), "")
        for kind in EventKind:
            self.kind_box.addItem(value_label(kind.value), kind.value)
        self.country_box = ChoicesBox(self.tr("All countries"), self._country_choices)
        self.country_box.setAccessibleName(self.tr("Country"))
        self.counterpart_box = ChoicesBox(self.tr("All counterparts"), self._counterpart_choices)
        self.counterpart_box.setAccessibleName(self.tr("Counterpart"))
        # Filters as wide as a short name; a longer choice is elided and its tooltip says it whole.
        for box, length in ((self.kind_box, 16), (self.country_box, 12), (self.counterpart_box, 18)):
            box.setMinimumContentsLength(length)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.currentTextChanged.connect(box.setToolTip)
        self.commitments_box = QCheckBox(self.tr("Commitment deadlines"))
        self.commitments_box.setChecked(True)
        self.briefing_button = QPushButton(self.tr("Briefing…"))
        self.briefing_button.setToolTip(self.tr("A PDF agenda of the events shown, grouped by week"))
        self.briefing_button.clicked.connect(self.export_briefing)
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setToolTip(self.tr("Save what is shown as an iCalendar file for a mail client"))
        self.import_button = QPushButton(self.tr("Import .ics…"))
        self.import_button.setToolTip(self.tr("Create planned events from an iCalendar file, after a preview"))

        self.strip_label = QLabel()
        self.strip_label.setWordWrap(True)
        self.strip = RecordLines([self.tr("When"), self.tr("What"), self.tr("Kind")],
                                 self.tr("Items without a fixed day"))
        self.strip.set_title_column(1)

        self.days_model = DaysModel()
        self.month_view = DaysView(self.days_model, self.tr("Month"))
        self.week_model = DaysModel()
        self.week_view = DaysView(self.week_model, self.tr("Week"))
        self.agenda_list = RecordLines([self.tr("Day"), self.tr("What"), self.tr("Where"), self.tr("Status")],
                                       self.tr("Agenda"))
        self.agenda_list.set_title_column(1, 2)
        self.pages = QStackedWidget()
        for page in (self.month_view, self.week_view, self.agenda_list):
            self.pages.addWidget(page)

        self.day_title = QLabel()
        self.day_title.setWordWrap(True)
        bold = QFont(self.day_title.font())
        bold.setBold(True)
        self.day_title.setFont(bold)
        self.day_list = RecordLines([self.tr("What"), self.tr("Kind"), self.tr("Where"), self.tr("Status")],
                                    self.tr("What falls on the selected day"))
        self.day_list.set_title_column(0, 2)
        legend = QLabel(self.tr("<span style='color:{event}'>■</span> event&nbsp;&nbsp; "
                                "<span style='color:{due}'>{flag}</span> commitment deadline&nbsp;&nbsp; "
                                "<span style='color:{late}'>{flag}</span> overdue").format(
            event=EVENT_COLOUR.name(), due=DEADLINE_COLOUR.name(), late=OVERDUE_COLOUR.name(), flag=FLAG))

        self._layout(modes, legend)
        self._connect()
        self.refresh()

    # --- building ----------------------------------------------------------------------------

    def _layout(self, modes: QHBoxLayout, legend: QLabel) -> None:
        top = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button, self.go_box):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addLayout(modes)
        top.addWidget(self.weeks_box)
        filters = QHBoxLayout()
        for control in (self.kind_box, self.country_box, self.counterpart_box, self.commitments_box):
            filters.addWidget(control)
        filters.addStretch(1)
        # What is made of the weeks shown sits under them, beside the legend: one row of filters
        # and three buttons is wider than a 1280-pixel window in Kazakh.
        below = QHBoxLayout()
        below.addWidget(legend, 1)
        for button in (self.briefing_button, self.export_button, self.import_button):
            below.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.go_error)
        left_layout.addWidget(self.strip_label)
        left_layout.addWidget(self.strip)
        left_layout.addWidget(self.pages, 1)
        left_layout.addLayout(below)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.day_title)
        right_layout.addWidget(self.day_list, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 420])
        self.splitter.setChildrenCollapsible(False)
        self.day_panel = right

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.mode_buttons.idClicked.connect(self.set_mode)
        self.weeks_box.valueChanged.connect(lambda _n: self.refresh())
        for box in (self.kind_box, self.country_box, self.counterpart_box):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.commitments_box.toggled.connect(lambda _on: self.refresh())
        for view in (self.month_view, self.week_view):
            view.clicked.connect(self._day_clicked)
            view.doubleClicked.connect(self._day_double_clicked)
            view.selectionModel().currentChanged.connect(lambda current, _prev: self._day_clicked(current))
        for lines in (self.strip, self.agenda_list, self.day_list):
            lines.open_requested.connect(self.workspace.open_record)
        self.export_button.clicked.connect(self.export_ics)
        self.import_button.clicked.connect(self.import_ics)
        self.go_box.returnPressed.connect(self.go_to_typed)
        self.go_box.textEdited.connect(lambda _t: self.go_error.hide())
        for sequence, slot in ((QKeySequence("Ctrl+G"), self.focus_go_box), (QKeySequence("Ctrl+T"), self.go_today)):
            key = QShortcut(sequence, self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(slot)
        for keys, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                           (QKeySequence.StandardKey.MoveToNextPage, 1)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))
        self.workspace.signals.changed.connect(self._on_changes)

    def _country_choices(self) -> list[tuple[str, str]]:
        with self.archive.session() as s:
            return [(c, c) for c in countries(s)]

    def _counterpart_choices(self) -> list[tuple[str, int]]:
        with self.archive.session() as s:
            return [(name, oid) for oid, name in counterparts(s)]

    def _fill_filter_choices(self) -> None:
        for box in (self.country_box, self.counterpart_box):
            box.invalidate()

    # --- what is shown ---------------------------------------------------------------------

    def filters(self) -> CalendarFilter:
        kind = self.kind_box.currentData()
        counterpart = self.counterpart_box.currentData()
        return CalendarFilter(
            kinds=frozenset({kind}) if kind else frozenset(),
            country=self.country_box.currentData() or "",
            organisation_id=int(counterpart) if counterpart is not None else None,
            commitments=self.commitments_box.isChecked(),
        )

    def shown_range(self) -> tuple[date, date]:
        """The days the current page is about (a month, a week, the agenda's weeks)."""
        if self.mode == MONTH:
            first = self.anchor.replace(day=1)
            return first, PartialDate(first.year, first.month).last_day()
        if self.mode == WEEK:
            first = week_start(self.anchor)
            return first, first + timedelta(days=6)
        return self.anchor, self.anchor + timedelta(days=7 * self.weeks_box.value() - 1)

    def refresh(self) -> None:
        first, last = self.shown_range()
        today = self._refreshed_on = self.archive.clock.today()
        grid_first, grid_last = first, last
        if self.mode == MONTH:
            grid_first = week_start(first)
            grid_last = grid_first + timedelta(days=41)
        with self.archive.session() as s:
            self.found = agenda(s, grid_first, grid_last, today=today, filters=self.filters())
        if self.mode == MONTH:
            self.days_model.show(grid_first, 6, (first.year, first.month), self.found, today)
            self.title.setText(f"{QLocale().standaloneMonthName(first.month)} {first.year}")
        elif self.mode == WEEK:
            self.week_model.show(grid_first, 1, None, self.found, today)
            self.title.setText(f"{day_text(first, 'd MMM')} – {day_text(last)}")
        else:
            self._fill_agenda()
            self.title.setText(f"{day_text(first, 'd MMM')} – {day_text(last)}")
        self._fill_strip(first, last)
        self._select_day(self.anchor)

    def _fill_strip(self, first: date, last: date) -> None:
        periods = self.found.periods_between(first, last)
        self.strip.show_lines([Line(ITEM, (item_dates(item), item_title(item), item_kind(item)), item)
                               for item in periods])
        self.strip_label.setText(self.tr("Without a fixed day in this period ({n}):").format(n=len(periods)))
        self.strip_label.setVisible(bool(periods))
        self.strip.setVisible(bool(periods))
        # As tall as its lines (up to four, then it scrolls), so the grid keeps the room.
        row = self.strip.sizeHintForRow(0) if periods else 0
        self.strip.setFixedHeight(self.strip.header().sizeHint().height() + row * min(len(periods), 4)
                                  + 2 * self.strip.frameWidth() + 2)

    def _fill_agenda(self) -> None:
        # A multi-day event is listed once, under the first of its days in the range.
        days: dict[date, list[CalendarItem]] = {}
        for item in self.found.dated:
            days.setdefault(max(item.first_day, self.found.first), []).append(item)
        lines: list[Line] = []
        for day in sorted(days):
            lines.append(Line(SECTION, (day_text(day, "dddd, d MMMM yyyy"),)))
            lines.extend(Line(ITEM, (item_dates(item), item_title(item), item.place, item_status(item)), item)
                         for item in days[day])
        if not days:
            lines.append(Line(NOTE, (self.tr("Nothing with a fixed day in these weeks."),)))
        self.agenda_list.show_lines(lines)

    def _select_day(self, day: date) -> None:
        self.anchor = day
        view = {MONTH: self.month_view, WEEK: self.week_view}.get(self.mode)
        if view is not None:
            model = view.model()
            assert isinstance(model, DaysModel)
            index = model.index_of(day)
            if index.isValid() and view.currentIndex() != index:
                view.selectionModel().blockSignals(True)
                view.setCurrentIndex(index)
                view.selectionModel().blockSignals(False)
                view.viewport().update()
        self._fill_day_list(day)

    def _fill_day_list(self, day: date) -> None:
        self.day_title.setText(day_text(day, "dddd, d MMMM yyyy"))
        items = self.found.on(day) if self.found.first <= day <= self.found.last else []
        lines = [Line(ITEM, (item_title(item), item_kind(item), item.place, item_status(item)), item)
                 for item in items]
        if not items:
            lines.append(Line(NOTE, (self.tr("Nothing on this day."),)))
        self.day_list.show_lines(lines)

    # --- navigation -----------------------------------------------------------------------------

    def step(self, direction: int) -> None:
        if self.mode == MONTH:
            month = self.anchor.year * 12 + self.anchor.month - 1 + direction
            year, month = divmod(month, 12)
            last = PartialDate(year, month + 1).last_day().day
            self.anchor = date(year, month + 1, min(self.anchor.day, last))
        elif self.mode == WEEK:
            self.anchor += timedelta(days=7 * direction)
        else:
            self.anchor += timedelta(days=7 * self.weeks_box.value() * direction)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.archive.clock.today()
        self.refresh()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def focus_go_box(self) -> None:
        self.go_box.setFocus()
        self.go_box.selectAll()

    def go_to_typed(self) -> bool:
        """Go to the date typed in "Go to date" (a month or a year: its first day); False, with
        the reason beside the box, when it is not a date."""
        text = self.go_box.text().strip()
        if not text:
            return False
        found = parse_date_words(text)
        if found is None:
            self.go_error.setText(self.tr("Not a date: {text}").format(text=text))
            self.go_error.show()
            return False
        self.go_error.hide()
        self.go_to(found.first_day())
        return True

    def show_item(self, entity: str, record_id: int) -> bool:
        """The month of an event (or a commitment's deadline) with it selected: in the selected
        day's list, or in the strip when it has no fixed day. False when it has no date."""
        try:
            data = self.archive.get(Entity(entity), record_id).data
        except NotFound:
            return False
        when = data.start if entity == Entity.EVENT else getattr(data, "due", None)
        if when is None:
            self.workspace.status(self.tr("It has no date to show in the calendar."))
            return False
        if self.mode != MONTH:
            self.set_mode(MONTH)
        self.go_to(when.first_day())
        record = (str(entity), record_id)
        if not self._select_shown(record) and self.filters() != CalendarFilter():
            for box in (self.kind_box, self.country_box, self.counterpart_box):  # a filter hid it
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self.commitments_box.setChecked(True)
            self.refresh()
            self._select_shown(record)
        return True

    def _select_shown(self, record: tuple[str, int]) -> bool:
        for lines in (self.day_list, self.strip):
            if lines.row_of(record) >= 0:
                lines.select_record(record)
                lines.setFocus()
                return True
        return False

    def set_mode(self, mode: int) -> None:
        self.mode = mode
        self.mode_buttons.button(mode).setChecked(True)
        self.pages.setCurrentIndex(mode)
        self.weeks_box.setEnabled(mode == AGENDA)
        self.day_panel.setVisible(mode != AGENDA)  # the agenda lists every day itself
        self.refresh()

    def _day_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        day = index.data(DATE_ROLE)
        if self.mode == MONTH and (day.year, day.month) != (self.anchor.year, self.anchor.month):
            self.go_to(day)  # a dimmed day of the next or previous month turns the page
        else:
            self._select_day(day)

    def _day_double_clicked(self, index: QModelIndex) -> None:
        items = index.data(ITEMS_ROLE) or []
        if len(items) == 1:
            self.workspace.open_record(items[0].entity, items[0].id)

    def _on_changes(self, changes: Changes) -> None:
        if touches(changes, "event", "commitment", "place", "organisation", "document"):
            if touches(changes, "place", "organisation"):
                self._fill_filter_choices()
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._refreshed_on != self.archive.clock.today():
            self.refresh()  # "today" moves on while the window stays open; changes refresh at once

    # --- iCalendar ------------------------------------------------------------------------------

    def export_briefing(self) -> None:
        from ui.briefing_dialog import open_briefing_dialog

        first, last = self.shown_range()
        self.briefing_dialog = open_briefing_dialog(self.workspace, "upcoming", None, self,
                                                    date_from=first, date_to=last)

    def export_ics(self) -> None:
        ics_dialogs.export_ics(self, self)

    def import_ics(self) -> None:
        ics_dialogs.import_ics(self, self)

    def imported(self) -> None:
        self._fill_filter_choices()
        self.refresh()
