"""The fonts briefings print with, and the one function that turns record text into safe markup.

The PDF base fonts have no Cyrillic, so briefings embed DejaVu Sans from ``resources/fonts``
(regular, bold, oblique; ReportLab embeds only the glyphs used). DejaVu has no Chinese, so runs of
CJK characters (上海, 龚正) switch to ReportLab's built-in CID font STSong-Light: it costs the
repository nothing and its text extracts as Unicode; a viewer supplies the glyphs, as every PDF
viewer with CJK support does for this standard Adobe font.

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
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

FAMILY = "ElshiSans"
REGULAR = "ElshiSans"
BOLD = "ElshiSans-Bold"
ITALIC = "ElshiSans-Italic"
CJK = "STSong-Light"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False

# Han ideographs (with extension A and compatibility forms), CJK punctuation, kana, Hangul and
# full-width forms: the characters DejaVu Sans has no glyphs for but STSong-Light does.
_CJK_RUN = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+"
)
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
        pdfmetrics.registerFont(UnicodeCIDFont(CJK))
        # STSong-Light has one weight; map bold/italic to it so a CJK run in a heading prints.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(CJK, bold, italic, CJK)
        _registered = True


def clean(text: str) -> str:
    """Record text as it should print: control characters dropped, line ends made uniform."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def markup(text: str) -> str:
    """Paragraph markup that prints ``text`` literally: escaped, CJK runs in the CJK font,
    line breaks kept."""
    escaped = escape(clean(text))
    if _CJK_RUN.search(escaped):
        escaped = _CJK_RUN.sub(lambda m: f'<font face="{CJK}">{m.group(0)}</font>', escaped)
    return escaped.replace("\n", "<br/>")


def has_cjk(text: str) -> bool:
    return _CJK_RUN.search(text) is not None


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into (piece, font name) runs: CJK pieces in the CJK font, the rest in ``font``,
    for lines drawn straight on the canvas (running heads, the marking)."""
    pieces: list[tuple[str, str]] = []
    pos = 0
    for m in _CJK_RUN.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], font))
        pieces.append((m.group(0), CJK))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], font))
    return pieces


def width(text: str, font: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(piece, name, size) for piece, name in runs(text, font)))
