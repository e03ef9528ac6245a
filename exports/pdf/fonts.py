"""The fonts briefings print with, and the one function that turns record text into safe markup.

The PDF base fonts have no Cyrillic, so briefings embed DejaVu Sans from ``resources/fonts``
(regular, bold, oblique; ReportLab embeds only the glyphs used). DejaVu has no Chinese, so runs of
CJK characters (上海, 龚正) switch to Droid Sans Fallback, also from ``resources/fonts`` and also
embedded: a PDF that leaves its Chinese to the viewer (ReportLab's CID fonts) shows boxes on a
machine without that font. It is registered on the first CJK run a process prints, since reading
its 4 MB takes a noticeable moment and most briefings have none.

:func:`markup` is the only way record text reaches a ``Paragraph``: ReportLab reads paragraph
text as markup, so an unescaped ``<img src=...>`` in a title would make it fetch a file or a URL.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from database.scripts import CJK_RUN

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

FAMILY = "ElshiSans"
REGULAR = "ElshiSans"
BOLD = "ElshiSans-Bold"
ITALIC = "ElshiSans-Italic"
CJK = "ElshiCJK"
CJK_FILE = "DroidSansFallbackFull.ttf"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False

_cjk_registered = False
# Characters that would break the PDF's text or ReportLab's parser and mean nothing in print.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def register_fonts() -> None:
    """Register the briefing fonts with ReportLab once per process (safe from any thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file_name)))
        # Bold italic is never used by the briefings; bold stands in so <b><i> cannot fail.
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        addMapping(FAMILY, 1, 0, BOLD)  # so the bold face reads back as plain bold, not bold italic
        _registered = True


def cjk_font() -> str:
    """The CJK font's name, registered with ReportLab on first use (safe from any thread)."""
    global _cjk_registered
    with _lock:
        if not _cjk_registered:
            pdfmetrics.registerFont(TTFont(CJK, str(FONTS_DIR / CJK_FILE)))
            # One weight; bold and italic map to it so a CJK run in a heading prints.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(CJK, bold, italic, CJK)
            _cjk_registered = True
    return CJK


def clean(text: str) -> str:
    """Record text as it should print: control characters dropped, line ends made uniform."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def markup(text: str) -> str:
    """Paragraph markup that prints ``text`` literally: escaped, CJK runs in the CJK font,
    line breaks kept."""
    escaped = escape(clean(text))
    if CJK_RUN.search(escaped):
        face = cjk_font()
        escaped = CJK_RUN.sub(lambda m: f'<font face="{face}">{m.group(0)}</font>', escaped)
    return escaped.replace("\n", "<br/>")


def has_cjk(text: str) -> bool:
    return CJK_RUN.search(text) is not None


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into (piece, font name) runs: CJK pieces in the CJK font, the rest in ``font``,
    for lines drawn straight on the canvas (running heads, the marking)."""
    pieces: list[tuple[str, str]] = []
    pos = 0
    for m in CJK_RUN.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], font))
        pieces.append((m.group(0), cjk_font()))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], font))
    return pieces


def width(text: str, font: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(piece, name, size) for piece, name in runs(text, font)))
