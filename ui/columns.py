"""Columns of a view's lists: sized to their headings and what they show on a first start, and
remembered per view from then on (the window's settings, like its size and splitters).

Record lists (ui/record_list.py) keep their own; this covers the other views' lists: Home, the
calendar's, the duplicates', search's and the audit trail's."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView, QWidget

RESTORED = "columnsRestored"  # set on a view once its lists have their widths
REMEMBERED = "columnsRemembered"  # ... and set when those widths were saved ones
WIDEST = 320  # a column sized to what it shows takes no more than this by itself
FIRST_ROWS = 60  # the rows a column is sized to: more than a first screen shows


def lists_of(view: QWidget) -> list[tuple[str, QHeaderView, QAbstractItemView]]:
    """Each list in ``view`` with its horizontal header, named by its accessible name (or its
    place among the lists) so its widths are found again on the next start."""
    found = []
    for i, table in enumerate(view.findChildren(QAbstractItemView)):
        header = table.horizontalHeader() if isinstance(table, QTableView) else (
            table.header() if isinstance(table, QTreeView) else None)
        if header is not None:
            found.append((table.accessibleName() or f"list{i}", header, table))
    return found


def heading_width(header: QHeaderView, section: int) -> int:
    model = header.model()
    text = str(model.headerData(section, header.orientation())) if model is not None else ""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(text) + 2 * margin + 2


def content_width(table: QAbstractItemView, column: int, rows: int = FIRST_ROWS) -> int:
    """The width ``column``'s first ``rows`` rows ask for. Qt's own ``sizeHintForColumn`` asks
    every row when the list is not on screen yet: 200,000 commitments read to size one column."""
    model = table.model()
    if model is None:
        return 0
    root = table.rootIndex()
    count = min(model.rowCount(root), rows)
    return max((table.sizeHintForIndex(model.index(row, column, root)).width() for row in range(count)), default=0)


def fit_to_content(header: QHeaderView, table: QAbstractItemView) -> None:
    """Sections a person sizes (Interactive) as wide as their heading and rows, up to WIDEST,
    never narrower than the heading; stretching and self-sizing sections are left to Qt."""
    last = header.count() - 1
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        if section == last and header.stretchLastSection():
            continue
        content = min(content_width(table, section), WIDEST)
        header.resizeSection(section, max(heading_width(header, section), content, header.sectionSize(section)
                                          if section == last else 0))


def restore(view: QWidget, prefix: str) -> None:
    """The widths saved for ``view``'s lists, or on a first start widths fitted to their content."""
    settings = QSettings()
    for name, header, table in lists_of(view):
        state = settings.value(f"{prefix}/columns/{name}")
        if isinstance(state, QByteArray) and header.count() and header.restoreState(state):
            view.setProperty(REMEMBERED, True)  # what a person set is kept as they set it
        else:
            fit_to_content(header, table)
    view.setProperty(RESTORED, True)


def remembered(view: QWidget) -> bool:
    """Whether ``view``'s widths came from the settings (a view that sizes its columns to each
    new content then leaves them alone)."""
    return bool(view.property(REMEMBERED))


def save(view: QWidget, prefix: str) -> None:
    settings = QSettings()
    for name, header, _table in lists_of(view):
        settings.setValue(f"{prefix}/columns/{name}", header.saveState())
