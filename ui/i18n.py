"""The interface language: Kazakh, Russian or English, chosen in Settings.

The window's ``self.tr(...)`` and ``QCoreApplication.translate(...)`` calls are answered from
Elshi's one gettext catalogue (catalogue/) by a QTranslator: the disambiguation is the message's
context, a count makes it plural; Qt's own context (the class name) is not part of the message.
``install(lang)`` puts that translator and Qt's own (standard buttons, context menus) in place and
makes the language the default QLocale. Dates in words come from ``catalogue.dates``, the same
texts the command line, briefings and calendar files print.

The language is kept in Elshi's settings file (``catalogue.choice``), which the command line
reads too. Record data is never translated: only the interface around it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

import catalogue
from catalogue import choice, dates
from database.dates import PartialDate

LANGUAGES = catalogue.LANGUAGES
DEFAULT = catalogue.DEFAULT
OLD_SETTING = "ui/language"  # where the window kept the language before the settings file

# The names of the languages in themselves, so each is recognisable whatever the interface shows.
NATIVE_NAMES = {"kk": "Қазақ тілі", "ru": "Русский", "en": "English"}

_LOCALES = {
    "kk": (QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),  # day before month, as the others
}
_BY_QT_LANGUAGE = {language: code for code, (language, _country) in _LOCALES.items()}

# A day in digits in a QDateEdit: the catalogue's numeric pattern in Qt's notation.
NUMERIC_FORMATS = {lang: catalogue.pgettext_in(lang, "date pattern", dates.NUMERIC).replace("y", "yyyy")
                   for lang in LANGUAGES}

_installed: list[QTranslator] = []
_current = DEFAULT


class CatalogueTranslator(QTranslator):
    """Answers Qt's translate() from the gettext catalogue of one language."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        count = n if n >= 0 else None
        # None (a null QString) when the catalogue lacks it, so Qt asks its own translator next.
        return catalogue.lookup(self.lang, disambiguation or None, source, count)

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self.lang


# --- which language ---------------------------------------------------------------------------

def system_language(system: QLocale | None = None) -> str:
    """The system's language if Elshi speaks it, else English."""
    return _BY_QT_LANGUAGE.get((system or QLocale.system()).language(), DEFAULT)


def adopt_old_setting() -> None:
    """Once: the language an earlier Elshi kept in QSettings moves to the settings file."""
    if choice.has_settings_file():
        return
    value = QSettings().value(OLD_SETTING)
    if isinstance(value, str) and value in LANGUAGES:
        choice.save_language(value)


def saved_language() -> str | None:
    adopt_old_setting()
    return choice.saved_language()


def chosen_language(explicit: str | None = None) -> str:
    """``--lang``, ``ELSHI_LANG``, the language set in Settings, else the system's."""
    return choice.override(explicit) or saved_language() or system_language()


def save_language(lang: str) -> None:
    choice.save_language(lang)


def current_language() -> str:
    return _current


def locale_for(lang: str) -> QLocale:
    language, country = _LOCALES[lang]
    return QLocale(language, country)


def install(lang: str | None = None) -> str:
    """Switch the application's translators and default locale to ``lang`` (default: the chosen
    language); returns the language installed. Widgets built afterwards speak it."""
    global _current
    lang = lang if lang in LANGUAGES else chosen_language()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    uninstall()
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    ours = CatalogueTranslator(lang, app)
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(locale_for(lang))
    _current = lang
    catalogue.set_language(lang)
    return lang


def uninstall() -> None:
    """Back to the untranslated (English) interface."""
    global _current
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale_for(DEFAULT))
    _current = DEFAULT
    catalogue.set_language(DEFAULT)


# --- dates: the catalogue's, in the interface language unless told -----------------------------

def format_date(d: date, lang: str | None = None) -> str:
    """A day in words: "26 наурыз 2026 ж.", "26 марта 2026 г.", "26 March 2026"."""
    return dates.day_text(d, lang or _current)


def format_numeric(d: date, lang: str | None = None) -> str:
    """A day in digits, four-digit year: "26.03.2026"."""
    return dates.numeric_text(d, lang or _current)


def month_name(month: int, lang: str | None = None) -> str:
    """The stand-alone name of a month, in lower case where the language writes it so."""
    return dates.month_name(month, lang or _current)


def format_partial(p: PartialDate, lang: str | None = None) -> str:
    """A date known to a day, a month, a half-year or only a year, in words."""
    return dates.partial_text(p, lang or _current)
