"""Calendar: a month, a week or an agenda of events and commitment deadlines.

Days holding an event show a bar (continued across the days of a multi-day event); days holding
a commitment deadline show a flag, red when overdue, so the two never look alike. Items known
only to a month, half-year or year sit in a strip above the grid for the period shown, never on a
made-up day. Month and weekday names come from the interface language (QLocale()).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catalogue import dates as catalogue_dates
from database.calendar import (
    COMMITMENT,
    EVENT,
    Agenda,
    CalendarFilter,
    CalendarItem,
    agenda,
    counterparts,
    countries,
)
from database.dates import PartialDate
from database.ics_import import (
    ADD,
    SKIP,
    UNCHANGED,
    UPDATE,
    IcsEntry,
    ImportResult,
    apply_import,
    plan_import,
)
from database.records import Changes, EventKind
from ui.bridge import touches
from ui.record_model import value_label
from ui.workspace import ViewSpec, Workspace

Index = QModelIndex | QPersistentModelIndex
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
ITEMS_ROLE = Qt.ItemDataRole.UserRole + 2
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3
SLOTS_ROLE = Qt.ItemDataRole.UserRole + 4  # the day's lines, None where a lane is kept free
RECORD_ROLE = Qt.ItemDataRole.UserRole + 10  # (entity, id) on a line that opens a record

EVENT_COLOUR = QColor("#2f6db5")
CANCELLED_COLOUR = QColor("#8a8f98")
DEADLINE_COLOUR = QColor("#b86e00")
OVERDUE_COLOUR = QColor("#c62828")
FLAG = "⚑"


def tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


# --- dates in the interface language ---------------------------------------------------------


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date, fmt: str = "d MMMM yyyy") -> str:
    return QLocale().toString(qdate(day), fmt)


def partial_text(when: PartialDate) -> str:
    """A partial date as a person reads it: "first half of 2026", "наурыз 2026 ж."."""
    return catalogue_dates.partial_text(when)


def item_dates(item: CalendarItem) -> str:
    if item.end is None:
        return partial_text(item.start)
    if item.exact:
        return f"{day_text(item.first_day, 'd MMM')} – {day_text(item.last_day)}"
    return f"{partial_text(item.start)} – {partial_text(item.end)}"


def item_title(item: CalendarItem) -> str:
    title = " ".join(item.title.split())
    return f"{FLAG} {title}" if item.entity == COMMITMENT else title


def item_kind(item: CalendarItem) -> str:
    return tr("Deadline") if item.entity == COMMITMENT else value_label(item.kind)


def item_status(item: CalendarItem) -> str:
    status = value_label(item.status)
    return tr("{status}, overdue").format(status=status) if item.overdue else status


def item_colour(item: CalendarItem) -> QColor:
    if item.entity == COMMITMENT:
        return OVERDUE_COLOUR if item.overdue else DEADLINE_COLOUR
    return CANCELLED_COLOUR if item.status == "cancelled" else EVENT_COLOUR


def export_language() -> str:
    """The language of the words an .ics file adds: the interface language when it has them."""
    language = QLocale().language()
    return {QLocale.Language.Kazakh: "kk", QLocale.Language.Russian: "ru"}.get(language, "en")


# --- lines that open records -------------------------------------------------------------------


class RecordLines(QTreeWidget):
    """A short list of events and deadlines; a click or Enter on a line opens its record."""

    open_requested = Signal(str, int)

    def __init__(self, columns: Sequence[str], accessible_name: str = "") -> None:
        super().__init__()
        self.setHeaderLabels(list(columns))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(accessible_name)
        self.header().setStretchLastSection(False)
        self.itemClicked.connect(lambda item, _col: self._open(item))

    def set_title_column(self, column: int, *also_stretched: int) -> None:
        """The title takes the room left; names (places, parties) share it rather than push the
        list wider than its window."""
        header = self.header()
        for i in range(self.columnCount()):
            stretch = i == column or i in also_stretched
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def add_section(self, text: str) -> QTreeWidgetItem:
        line = QTreeWidgetItem(self, [text])
        font = QFont(self.font())
        font.setBold(True)
        line.setFont(0, font)
        line.setFirstColumnSpanned(True)
        line.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return line

    def add_item(self, item: CalendarItem, cells: Sequence[str]) -> QTreeWidgetItem:
        line = QTreeWidgetItem(self, list(cells))
        line.setData(0, RECORD_ROLE, (item.entity, item.id))
        line.setToolTip(0, item.title)
        for column in range(len(cells)):
            line.setToolTip(column, " ".join(item.title.split()))
        colour = item_colour(item)
        if item.entity == COMMITMENT or item.status == "cancelled":
            for column in range(len(cells)):
                line.setForeground(column, QBrush(colour))
        return line

    def add_note(self, text: str) -> None:
        line = QTreeWidgetItem(self, [text])
        line.setFirstColumnSpanned(True)
        line.setFlags(Qt.ItemFlag.NoItemFlags)
        line.setForeground(0, QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))

    def record_lines(self) -> list[QTreeWidgetItem]:
        found = []
        for row in range(self.topLevelItemCount()):
            line = self.topLevelItem(row)
            if line is not None and line.data(0, RECORD_ROLE):
                found.append(line)
        return found

    def selected_record(self) -> tuple[str, int] | None:
        line = self.currentItem()
        value = line.data(0, RECORD_ROLE) if line is not None else None
        return (str(value[0]), int(value[1])) if value else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._open(current)
            return
        super().keyPressEvent(event)

    def _open(self, line: QTreeWidgetItem) -> None:
        value = line.data(0, RECORD_ROLE)
        if value:
            self.open_requested.emit(str(value[0]), int(value[1]))


# --- the month and week grids ---------------------------------------------------------------------


def week_start(day: date) -> date:
    first = QLocale().firstDayOfWeek().value  # 1 = Monday … 7 = Sunday, as date.isoweekday()
    return day - timedelta(days=(day.isoweekday() - first) % 7)


class DaysModel(QAbstractTableModel):
    """Whole weeks of days (six for a month, one for a week), each with what falls on it."""

    def __init__(self) -> None:
        super().__init__()
        self.first = date(2000, 1, 3)  # until the view shows a range
        self.weeks = 0
        self.month: tuple[int, int] | None = None  # days of other months are drawn dimmed
        self.today = date.min
        self.days: dict[date, list[CalendarItem]] = {}
        self.slots: dict[date, list[CalendarItem | None]] = {}

    def show(self, first: date, weeks: int, month: tuple[int, int] | None, found: Agenda, today: date) -> None:
        self.beginResetModel()
        self.first, self.weeks, self.month, self.today = first, weeks, month, today
        self.days = found.by_day()
        self.slots = self._lanes(found)
        self.endResetModel()

    def _lanes(self, found: Agenda) -> dict[date, list[CalendarItem | None]]:
        """Give each event one line (lane) through all its days of a week, so a multi-day bar
        runs straight across; deadlines fill the lines left free."""
        slots: dict[date, list[CalendarItem | None]] = {}

        def free(day: date, lane: int) -> bool:
            taken = slots.get(day, [])
            return lane >= len(taken) or taken[lane] is None

        def put(day: date, lane: int, item: CalendarItem) -> None:
            taken = slots.setdefault(day, [])
            taken.extend([None] * (lane + 1 - len(taken)))
            taken[lane] = item

        events = sorted((i for i in found.dated if i.entity == EVENT),
                        key=lambda i: (i.first_day, -(i.last_day - i.first_day).days, i.title, i.id))
        for week in range(self.weeks):
            monday = self.first + timedelta(days=7 * week)
            sunday = monday + timedelta(days=6)
            for item in events:
                if not item.overlaps(monday, sunday):
                    continue
                first, last = max(item.first_day, monday), min(item.last_day, sunday)
                days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
                lane = 0
                while not all(free(day, lane) for day in days):
                    lane += 1
                for day in days:
                    put(day, lane, item)
        for item in found.dated:
            if item.entity != EVENT:
                lane = 0
                while not free(item.first_day, lane):
                    lane += 1
                put(item.first_day, lane, item)
        return slots

    @property
    def last(self) -> date:
        return self.first + timedelta(days=7 * self.weeks - 1)

    def day_at(self, index: Index) -> date:
        return self.first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < 7 * self.weeks:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.weeks

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            day = self.first + timedelta(days=section)
            return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        items = self.days.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == ITEMS_ROLE:
            return items
        if role == SLOTS_ROLE:
            return self.slots.get(day, [])
        if role == IN_MONTH_ROLE:
            return self.month is None or (day.year, day.month) == self.month
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(item_title(i) for i in items) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            events = sum(1 for i in items if i.entity == EVENT)
            deadlines = len(items) - events
            return tr("{day}: {events} events, {deadlines} deadlines").format(
                day=day_text(day), events=events, deadlines=deadlines)
        return None


class DayDelegate(QStyledItemDelegate):
    """Draws a day: its number, event bars (joined across the days of one event) and flags."""

    LINE = 18

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        assert isinstance(model, DaysModel)
        day: date = index.data(DATE_ROLE)
        slots: list[CalendarItem | None] = index.data(SLOTS_ROLE)
        rect = QRect(option.rect)
        palette = option.palette
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = palette.color(QPalette.ColorRole.Highlight).lighter(180) if selected \
            else palette.color(QPalette.ColorRole.Base)
        if not index.data(IN_MONTH_ROLE) and not selected:
            background = palette.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(rect, background)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if day == model.today:
            painter.setPen(EVENT_COLOUR)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

        number_font = QFont(option.font)
        number_font.setBold(day == model.today)
        painter.setFont(number_font)
        dim = not index.data(IN_MONTH_ROLE)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText if dim else QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         str(day.day))

        painter.setFont(option.font)
        top = rect.top() + self.LINE + 2
        room = max(0, (rect.bottom() - top) // self.LINE)
        shown = slots if len(slots) <= room else slots[:max(0, room - 1)]
        for item in shown:
            if item is not None:
                self._draw_item(painter, item, day, QRect(rect.left(), top, rect.width(), self.LINE - 2),
                                index.column())
            top += self.LINE
        hidden = sum(1 for item in slots[len(shown):] if item is not None)
        if hidden:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRect(rect.left() + 4, top, rect.width() - 8, self.LINE),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             tr("+{n} more").format(n=hidden))
        painter.restore()

    def _draw_item(self, painter: QPainter, item: CalendarItem, day: date, line: QRect, column: int) -> None:
        colour = item_colour(item)
        text = " ".join(item.title.split())
        if item.entity == COMMITMENT:
            # A deadline is a flag and coloured text, never a bar: it must not read as an event.
            painter.setPen(colour)
            label = line.adjusted(4, 0, -3, 0)
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(f"{FLAG} {text}", Qt.TextElideMode.ElideRight,
                                                               label.width()))
            return
        starts, ends = item.first_day == day, item.last_day == day
        bar = line.adjusted(3 if starts else 0, 0, -3 if ends else 0, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if starts and ends:
            painter.drawRoundedRect(bar, 3, 3)
        else:
            painter.drawRect(bar)
        # The title runs along the whole bar of this week row: each day draws its own slice of
        # the text, shifted by the days before it, so the cells read as one label.
        before = min((day - item.first_day).days, column)
        after = min((item.last_day - day).days, 6 - column)
        width = line.width()
        label = QRect(line.left() - before * width + 7, line.top(), (before + after + 1) * width - 12, line.height())
        painter.save()
        painter.setClipRect(bar)
        painter.setPen(QColor("white"))
        font = QFont(painter.font())
        font.setStrikeOut(item.status == "cancelled")
        painter.setFont(font)
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, label.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(90, self.LINE * 4)


class DaysView(QTableView):
    def __init__(self, model: DaysModel, accessible_name: str) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(DayDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(accessible_name)


# --- the view ---------------------------------------------------------------------------------

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
        self.country_box = QComboBox()
        self.country_box.setAccessibleName(self.tr("Country"))
        self.counterpart_box = QComboBox()
        self.counterpart_box.setAccessibleName(self.tr("Counterpart"))
        self.counterpart_box.setMinimumContentsLength(18)
        self.counterpart_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
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
        self._fill_filter_choices()
        self.refresh()

    # --- building ----------------------------------------------------------------------------

    def _layout(self, modes: QHBoxLayout, legend: QLabel) -> None:
        top = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addLayout(modes)
        top.addWidget(self.weeks_box)
        filters = QHBoxLayout()
        for control in (self.kind_box, self.country_box, self.counterpart_box, self.commitments_box):
            filters.addWidget(control)
        filters.addStretch(1)
        filters.addWidget(self.briefing_button)
        filters.addWidget(self.export_button)
        filters.addWidget(self.import_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.strip_label)
        left_layout.addWidget(self.strip)
        left_layout.addWidget(self.pages, 1)
        left_layout.addWidget(legend)
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
        for keys, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                           (QKeySequence.StandardKey.MoveToNextPage, 1)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))
        self.workspace.signals.changed.connect(self._on_changes)

    def _fill_filter_choices(self) -> None:
        with self.archive.session() as s:
            found_countries, found_parties = countries(s), counterparts(s)
        for box, all_label, choices in (
            (self.country_box, self.tr("All countries"), [(c, c) for c in found_countries]),
            (self.counterpart_box, self.tr("All counterparts"), [(name, oid) for oid, name in found_parties]),
        ):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(all_label, None)
            for label, value in choices:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(keep)))
            box.blockSignals(False)

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
        self.strip.clear()
        for item in periods:
            self.strip.add_item(item, [item_dates(item), item_title(item), item_kind(item)])
        self.strip_label.setText(self.tr("Without a fixed day in this period ({n}):").format(n=len(periods)))
        self.strip_label.setVisible(bool(periods))
        self.strip.setVisible(bool(periods))
        # As tall as its lines (up to four, then it scrolls), so the grid keeps the room.
        row = self.strip.sizeHintForRow(0) if periods else 0
        self.strip.setFixedHeight(self.strip.header().sizeHint().height() + row * min(len(periods), 4)
                                  + 2 * self.strip.frameWidth() + 2)

    def _fill_agenda(self) -> None:
        self.agenda_list.clear()
        # A multi-day event is listed once, under the first of its days in the range.
        days: dict[date, list[CalendarItem]] = {}
        for item in self.found.dated:
            days.setdefault(max(item.first_day, self.found.first), []).append(item)
        for day in sorted(days):
            self.agenda_list.add_section(day_text(day, "dddd, d MMMM yyyy"))
            for item in days[day]:
                self.agenda_list.add_item(item, [item_dates(item), item_title(item), item.place,
                                                 item_status(item)])
        if not days:
            self.agenda_list.add_note(self.tr("Nothing with a fixed day in these weeks."))

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
        self.day_list.clear()
        items = self.found.on(day) if self.found.first <= day <= self.found.last else []
        for item in items:
            self.day_list.add_item(item, [item_title(item), item_kind(item), item.place, item_status(item)])
        if not items:
            self.day_list.add_note(self.tr("Nothing on this day."))

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
        path = self.workspace.dialogs.save_file(self.tr("Export to iCalendar"), self.tr("iCalendar files (*.ics)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
        first, last = self.shown_range()
        with self.archive.session() as s:
            shown = agenda(s, first, last, today=self.archive.clock.today(), filters=self.filters())
        items, lang, now, name = shown.items, export_language(), self.archive.clock.now(), self.archive.path.stem

        def work(_progress: Any) -> int:
            from exports.ics import write_ics

            partial = target.with_name(target.name + ".part")
            try:
                with partial.open("wb") as out:
                    written = write_ics(items, out, lang=lang, now=now, name=name)
                partial.replace(target)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            return written

        self.workspace.tasks.start(
            work,
            lambda n: self.workspace.status(self.tr("{n} entries exported to {file}").format(n=n, file=target)),
            lambda error: self.workspace.dialogs.error(
                self.tr("Export to iCalendar"),
                self.tr("{file} could not be written: {reason}").format(file=target, reason=_reason(error))),
        )

    def import_ics(self) -> None:
        path = self.workspace.dialogs.open_file(self.tr("Import from iCalendar"),
                                                self.tr("iCalendar files (*.ics);;All files (*)"))
        if not path:
            return
        archive = self.archive

        def work(_progress: Any) -> list[IcsEntry]:
            return plan_import(archive, Path(path).read_bytes())

        self.workspace.tasks.start(work, lambda entries: self._preview(path, entries),
                                   lambda error: self._import_failed(path, error))

    def _import_failed(self, path: str, error: BaseException) -> None:
        self.workspace.dialogs.error(
            self.tr("Import from iCalendar"),
            self.tr("{file} was not imported, nothing changed: {reason}").format(file=path, reason=_reason(error)))

    def _preview(self, path: str, entries: list[IcsEntry]) -> None:
        dialog = IcsPreviewDialog(Path(path).name, entries, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._apply(path, entries))
        dialog.finished.connect(lambda _r: setattr(self, "preview_dialog", None))
        dialog.open()

    def _apply(self, path: str, entries: list[IcsEntry]) -> None:
        archive = self.archive

        def work(_progress: Any) -> ImportResult:
            return apply_import(archive, entries)

        def done(result: ImportResult) -> None:
            self.workspace.status(self.tr("Imported from {file}: {added} new, {updated} updated").format(
                file=Path(path).name, added=len(result.added), updated=len(result.updated)))
            self._fill_filter_choices()
            self.refresh()

        self.workspace.tasks.start(work, done, lambda error: self._import_failed(path, error))


def _reason(error: BaseException) -> str:
    code = getattr(error, "code", None)
    if code == "ics.unreadable":
        return tr("it is not an iCalendar file")
    if code == "ics.no_calendar":
        return tr("the file holds no calendar")
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


class IcsPreviewDialog(QDialog):
    """What an import would do, entry by entry; nothing is written unless Import is pressed."""

    def __init__(self, file_name: str, entries: Iterable[IcsEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = list(entries)
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self.resize(820, 420)
        actions = {ADD: self.tr("New"), UPDATE: self.tr("Update"), UNCHANGED: self.tr("Unchanged"),
                   SKIP: self.tr("Skipped")}
        reasons = {
            "no_date": self.tr("no date"), "no_title": self.tr("no title"),
            "commitment": self.tr("a commitment deadline, not an event"),
            "in_trash": self.tr("the matching event is in the trash"),
            "repeated_uid": self.tr("repeats an entry above"),
        }
        fields = {"title": self.tr("title"), "start": self.tr("dates"), "end": self.tr("dates"),
                  "place_id": self.tr("place"), "kind": self.tr("kind"), "status": self.tr("cancelled")}
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Dates"), self.tr("Title"), self.tr("Place"),
                                    self.tr("Note")])
        self.table.setAccessibleName(self.tr("Entries in the file"))
        for entry in self.entries:
            notes = []
            if entry.action == SKIP:
                notes.append(reasons.get(entry.reason, entry.reason))
            if entry.action == UPDATE:
                changed = dict.fromkeys(fields[c] for c in entry.changes if c in fields)
                notes.append(self.tr("changes: {fields}").format(fields=", ".join(changed)))
            if entry.recurring:
                notes.append(self.tr("repeats: only the first date is imported"))
            if entry.location and entry.place_id is None and entry.action == ADD:
                notes.append(self.tr("place not in the archive: kept in the summary"))
            dates = ""
            if entry.start is not None:
                dates = partial_text(entry.start) + (f" – {partial_text(entry.end)}" if entry.end else "")
            line = QTreeWidgetItem(self.table, [actions.get(entry.action, entry.action), dates,
                                                " ".join(entry.title.split()), entry.location, "; ".join(notes)])
            if entry.action in (SKIP, UNCHANGED):
                for column in range(5):
                    line.setForeground(column, QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.to_write = sum(1 for e in self.entries if e.action in (ADD, UPDATE))
        counts = {a: sum(1 for e in self.entries if e.action == a) for a in (ADD, UPDATE, UNCHANGED, SKIP)}
        self.summary = QLabel(self.tr("{add} new planned events, {update} updated, {same} unchanged, "
                                      "{skip} skipped. Nothing is written until you press Import.").format(
            add=counts[ADD], update=counts[UPDATE], same=counts[UNCHANGED], skip=counts[SKIP]))
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(self.to_write > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)


def build(workspace: Workspace) -> CalendarView:
    return CalendarView(workspace)


VIEW = ViewSpec(
    key="calendar",
    order=70,
    title=lambda: QCoreApplication.translate("Views", "Calendar"),
    build=build,
)
