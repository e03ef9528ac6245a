"""The navigation sidebar: one entry per view with its icon and, for the record views, how many
records it holds (Events 12, Commitments 340).

The counts cost one light ``COUNT(*)`` per record type, read on the task pool after the window is
painted, and again shortly after any save; the entries are drawn at once without them. An entry
too long for the sidebar is elided, and its tooltip always carries the whole title."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from babel.numbers import format_decimal
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import isValid

from catalogue import language
from database.records import Changes, Entity
from ui.icons import view_icon
from ui.look import SPACING
from ui.workspace import ViewSpec, Workspace

COUNT_DELAY_MS = 400  # saves come in bursts (an import, a merge): count once they settle
ICON_SIZE = 18


def count_text(n: int) -> str:
    return format_decimal(n, locale=language())


class _CountDelegate(QStyledItemDelegate):
    """The entry as Qt draws it, with the count right-aligned in the muted text colour."""

    def __init__(self, sidebar: Sidebar) -> None:
        super().__init__(sidebar)
        self.sidebar = sidebar

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), ICON_SIZE + SPACING))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        count = self.sidebar.count_label(index.row())
        if not count:
            super().paint(painter, option, index)
            return
        metrics = QFontMetrics(option.font)
        room = metrics.horizontalAdvance(count) + SPACING
        rect = QRect(option.rect)
        shortened = QStyleOptionViewItem(option)
        self.initStyleOption(shortened, index)
        # The row's background across the whole width, the text short of the count.
        style = self.sidebar.style() or QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, shortened, painter, self.sidebar)
        shortened.rect = QRect(rect.left(), rect.top(), rect.width() - room, rect.height())
        super().paint(painter, shortened, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setPen(colour)
        painter.drawText(rect.adjusted(0, 0, -SPACING, 0),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), count)
        painter.restore()


class Sidebar(QListWidget):
    counts_updated = Signal()  # new counts are shown (the first-start panel follows them)

    def __init__(self, specs: Sequence[ViewSpec], workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self.workspace = workspace
        self.counts: dict[str, int] = {}
        self.has_counts = False  # True once the first counts arrived
        self.setAccessibleName(self.tr("Views"))
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSpacing(1)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setItemDelegate(_CountDelegate(self))
        for spec in self.specs:
            item = QListWidgetItem(view_icon(spec.key), spec.title())
            tip = spec.title() if not spec.shortcut else f"{spec.title()} ({spec.shortcut})"
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.addItem(item)
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self.refresh_counts)
        workspace.signals.changed.connect(self._on_changes)
        # As wide as its longest entry with its count in the interface language, and never
        # squeezed when a wide view (the calendar) is shown: the view gives way, not the sidebar.
        self._fit("000")

    def _fit(self, count: str | None = None) -> None:
        width = max((self.needed_width(row, count) for row in range(self.count())), default=120)
        self.setMinimumWidth(width)
        self.setMaximumWidth(max(width, 260))

    # --- counts -------------------------------------------------------------------------------

    def counted_entities(self) -> dict[str, str]:
        """View key → the record type it counts."""
        return {spec.key: spec.entity for spec in self.specs if spec.entity}

    def count_label(self, row: int) -> str:
        if not 0 <= row < len(self.specs):
            return ""
        n = self.counts.get(self.specs[row].key)
        return "" if n is None else count_text(n)

    def refresh_counts(self) -> None:
        archive = self.workspace.archive
        wanted = self.counted_entities()

        def work(_progress: object) -> dict[str, int]:
            return {key: archive.count(Entity(entity)) for key, entity in wanted.items()}

        def done(counts: dict[str, int]) -> None:
            if isValid(self):  # the window may have closed while they were counted
                self.set_counts(counts)

        self.workspace.tasks.start(work, done, lambda _error: None)  # counts are a courtesy

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self.counts = dict(counts)
        self.has_counts = True
        for row, spec in enumerate(self.specs):
            item = self.item(row)
            if item is None:
                continue
            label = self.count_label(row)
            item.setToolTip(" · ".join(part for part in (spec.title(), label) if part)
                            + (f" ({spec.shortcut})" if spec.shortcut else ""))
        if max((self.needed_width(row) for row in range(self.count())), default=0) > self.minimumWidth():
            self._fit()  # a count longer than the room kept for it (100 000 commitments)
        self.viewport().update()
        self.counts_updated.emit()

    def is_empty(self) -> bool:
        return self.has_counts and not any(self.counts.values())

    def _on_changes(self, changes: Changes) -> None:
        if changes.entity == "*" or changes.entity in self.counted_entities().values():
            self._timer.start()

    # --- room -----------------------------------------------------------------------------------

    def needed_width(self, row: int, count: str | None = None) -> int:
        """The width entry ``row`` needs to show its title and count uncut."""
        item = self.item(row)
        if item is None:
            return 0
        metrics = QFontMetrics(self.font())
        label = self.count_label(row) if count is None else count
        count_room = metrics.horizontalAdvance(label) + SPACING if label else 0
        # icon, the style's text margins on both sides of icon and text, the frame and a scroll bar's worth
        margin = (self.style() or QApplication.style()).pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        return (metrics.horizontalAdvance(item.text()) + ICON_SIZE + 4 * margin + count_room
                + 2 * self.frameWidth() + 2 * self.spacing() + SPACING)
