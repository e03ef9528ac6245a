"""One spacing and one font scale for the whole window, so views line up with each other."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLayout, QWidget

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
