"""One spacing and one font scale for the whole window, so views line up with each other."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QSizePolicy, QStyle, QWidget

SPACING = 8  # between controls, and around a view's edge
TITLE_SCALE = 1.4  # a view's or record's heading, against the interface font
SUBTITLE_SCALE = 1.15
LINE_EDIT_PADDING = 3  # Qt's own margin inside a line edit's frame, with a pixel to spare


def scaled_font(widget: QWidget, scale: float, *, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def spaced(layout: QLayout, *, margins: bool = True) -> QLayout:
    """The window's spacing on ``layout`` (and its margins, unless it is nested)."""
    layout.setSpacing(SPACING)
    m = SPACING if margins else 0
    layout.setContentsMargins(m, m, m, m)
    return layout


class ElidedLabel(QLabel):
    """A one-line label that gives way to its neighbours: cut with "…" when short of room, its
    whole text then in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), text)
        self.setToolTip(self.text() if text != self.text() else "")


def fits_placeholder(edit: QLineEdit) -> int:
    """The width ``edit`` needs to show its placeholder uncut."""
    margins = edit.textMargins()
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    return (edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins.left() + margins.right()
            + 2 * frame + 2 * LINE_EDIT_PADDING)
