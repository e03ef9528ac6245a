"""Which characters belong to the Chinese, Japanese and Korean scripts: one answer for the whole
of Elshi.

The search tokeniser makes each such letter a token of its own (Chinese and Japanese put no
spaces between words, and Korean words carry their endings, so 서울 must be found inside
서울에서), a briefing shows a name's spelling in these scripts because a Kazakh or Russian
reader cannot derive it, and a PDF prints these characters in its CJK font because the text
font has no glyphs for them. All three ask :func:`is_cjk` or :func:`has_cjk`.

The set is whole Unicode blocks, so every character of a block is answered alike: the
ideographs with all their extensions and compatibility forms, radicals and strokes, kana,
bopomofo, Hangul syllables and jamo, CJK symbols and punctuation, enclosed and compatibility
signs (㈱, ㎡), and half-width and full-width forms. Changing it changes the search index's
tokens: the probe in :mod:`database.search_index` holds characters of these blocks, so an archive
is re-indexed when its rules change.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# (first, last) code points, ascending and not overlapping.
CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF),    # Hangul jamo
    (0x2E80, 0x2FFF),    # CJK and Kangxi radicals, ideographic description characters
    (0x3000, 0x303F),    # CJK symbols and punctuation (、。「」々〆〇)
    (0x3040, 0x30FF),    # hiragana, katakana
    (0x3100, 0x31FF),    # bopomofo, Hangul compatibility jamo, kanbun, strokes, katakana extension
    (0x3200, 0x33FF),    # enclosed CJK letters and months (㈱), CJK compatibility (㎡)
    (0x3400, 0x4DBF),    # ideographs, extension A
    (0x4E00, 0x9FFF),    # CJK unified ideographs
    (0xA960, 0xA97F),    # Hangul jamo extended A
    (0xAC00, 0xD7FF),    # Hangul syllables, Hangul jamo extended B
    (0xF900, 0xFAFF),    # compatibility ideographs
    (0xFE30, 0xFE4F),    # CJK compatibility forms (vertical punctuation)
    (0xFF00, 0xFFEF),    # half-width and full-width forms (ＡＢＣ, ｶﾅ, ，)
    (0x20000, 0x3FFFF),  # ideographs, extensions B to H, and the compatibility supplement
)

_FIRSTS = [first for first, _last in CJK_RANGES]

# The same set as a regular-expression class, for finding runs (``[...]+``).
CJK_CLASS = "".join(
    re.escape(chr(first)) + "-" + re.escape(chr(last)) for first, last in CJK_RANGES)
_ANY = re.compile(f"[{CJK_CLASS}]")
CJK_RUN = re.compile(f"[{CJK_CLASS}]+")


def is_cjk(ch: str) -> bool:
    """Whether the character ``ch`` belongs to the CJK scripts (see the module's docstring)."""
    code = ord(ch)
    i = bisect_right(_FIRSTS, code) - 1
    return i >= 0 and code <= CJK_RANGES[i][1]


def has_cjk(text: str) -> bool:
    """Whether any character of ``text`` belongs to the CJK scripts."""
    return _ANY.search(text) is not None
