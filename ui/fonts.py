"""Chinese in the window on a workstation with no Chinese font installed.

Secured workstations often have only the system's Latin and Cyrillic fonts, and Qt then draws
Chinese names (龚正, 上海) as boxes. The bundled Droid Sans Fallback (``resources/fonts``, the file
briefings embed for the same reason) is registered with Qt once, and only when no installed font
covers Chinese; Qt's font fallback then draws those characters with it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

CJK_FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "DroidSansFallbackFull.ttf"

_checked: list[bool] = []


def ensure_chinese() -> bool:
    """Make sure some font draws Chinese (registering the bundled one if needed); True if one does."""
    if not _checked:
        if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese) and CJK_FONT.is_file():
            QFontDatabase.addApplicationFont(str(CJK_FONT))
        _checked.append(bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)))
    return _checked[0]
