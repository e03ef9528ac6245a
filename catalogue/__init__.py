"""Every word Elshi prints, in Kazakh, Russian or English: one gettext catalogue for the window,
the command line, briefings and calendar files.

The catalogue is ``resources/locale/<lang>/LC_MESSAGES/elshi.po`` (compiled ``.mo`` beside it,
committed, so nothing is compiled at run time); ``python -m resources.locale.extract`` updates it
from the sources. Message ids are the English texts; a context (msgctxt) separates the few English
words that mean two things ("Open" a file, an "Open" commitment) or a briefing's formal wording.

This module needs no Qt: the window reaches it through a QTranslator (ui/i18n.py), the command line
and exports/ call it directly. The current language is the interface's; a briefing or a calendar
file passes its own language to the ``*_in`` functions.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Mapping
from functools import cache
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
DEFAULT = "en"
DOMAIN = "elshi"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "resources" / "locale"

_current = DEFAULT


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``lang``; English texts as they are if it is missing."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language: {lang!r} (use one of {', '.join(LANGUAGES)})")
    return _gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[lang], fallback=True)


def set_language(lang: str) -> None:
    """Make ``lang`` the interface language (an unknown code means English)."""
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT


def language() -> str:
    return _current


# --- in a given language -----------------------------------------------------------------------

def gettext_in(lang: str, message: str) -> str:
    return translations(lang).gettext(message)


def ngettext_in(lang: str, singular: str, plural: str, n: int) -> str:
    return translations(lang).ngettext(singular, plural, n)


def pgettext_in(lang: str, context: str, message: str) -> str:
    return translations(lang).pgettext(context, message)


def npgettext_in(lang: str, context: str, singular: str, plural: str, n: int) -> str:
    return translations(lang).npgettext(context, singular, plural, n)


# --- in the interface language ------------------------------------------------------------------

def gettext(message: str) -> str:
    return gettext_in(_current, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return ngettext_in(_current, singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return pgettext_in(_current, context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return npgettext_in(_current, context, singular, plural, n)


_ = gettext


def N_(message: str) -> str:
    """Marks a text for extraction where it is defined; it is translated where it is shown."""
    return message


def NP_(context: str, message: str) -> str:
    """As N_, for a text translated with a context."""
    return message


# --- the command line's helpers ---------------------------------------------------------------

def t(message: str, **params: object) -> str:
    """``message`` in the interface language, with ``params`` filled in (str.format names)."""
    text = gettext(message)
    return text.format(**params) if params else text


def tn(singular: str, plural: str, n: int, **params: object) -> str:
    """:func:`t` for a sentence about ``n`` things, in the plural form the language wants for ``n``
    (Russian has three: 1 запись, 2 записи, 5 записей); ``params`` fill it in, ``n`` among them."""
    return ngettext(singular, plural, n).format(n=n, **params)


def code_word(code: str) -> str:
    """The English word of a stored code: "in_progress" reads "in progress"."""
    return code.replace("_", " ")


def word(table: Mapping[str, str], code: str) -> str:
    """A code the archive stores (a record type, a status) as the listings show it: its English word
    in ``table``, in the interface language; a code the table does not know, as it is."""
    return gettext(code_word(table[code])) if code in table else code


def lookup(lang: str, context: str | None, message: str, n: int | None = None) -> str | None:
    """The translation of ``message`` (plural for the count ``n``), or None if the catalogue of
    ``lang`` lacks it: the window's translator must then let Qt's own catalogue answer."""
    found = translations(lang)
    table: dict[object, str] = getattr(found, "_catalog", {})  # gettext offers no "is it there?"
    key = message if context is None else f"{context}\x04{message}"
    if n is None:
        return table.get(key)
    if (key, 0) not in table:
        return None
    if context is None:
        return found.ngettext(message, message, n)
    return found.npgettext(context, message, message, n)
