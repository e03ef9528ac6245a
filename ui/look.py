"""One spacing and one font scale for the whole window, so views line up with each other."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QWidget

SPACING = 8  # between controls, and around a view's edge
TITLE_SCALE = 1.4  # a view's or record's heading, against the interface font
SUBTITLE_SCALE = 1.15


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
