"""The window's icons: Lucide line icons (ISC licence, ``resources/icons/LICENSE-Lucide.txt``),
bundled as SVG files and drawn in the palette's text colour, so they follow a dark theme too.

Nothing is fetched at run time; an icon whose file is missing is simply empty."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 20, 24, 32)  # the sidebar, the toolbar, and their high-density doubles

# What each part of the window shows, by the Lucide file name.
VIEW_ICONS = {
    "home": "house",
    "events": "calendar-days",
    "documents": "file-text",
    "commitments": "list-checks",
    "people": "users",
    "duplicates": "copy",
    "organisations": "building-2",
    "places": "map-pin",
    "calendar": "calendar",
    "search": "search",
    "audit": "history",
}


def _colour(role: QPalette.ColorRole) -> str:
    return QGuiApplication.palette().color(role).name()


@cache
def _icon(name: str, colour: str) -> QIcon:
    path = ICONS_DIR / f"{name}.svg"
    icon = QIcon()
    if not path.is_file():
        return icon
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    """The bundled icon ``name`` (a Lucide file name) in the window's text colour."""
    return _icon(name, _colour(QPalette.ColorRole.WindowText))


def view_icon(key: str) -> QIcon:
    return icon(VIEW_ICONS.get(key, ""))
