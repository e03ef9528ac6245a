"""The interface language: Kazakh, Russian or English, chosen in Settings.

``install(lang)`` loads Elshi's own translations and Qt's (standard buttons, context menus)
and makes that language the default QLocale, so month and weekday names follow it. Dates are
formatted here with explicit patterns: Qt's short formats give two-digit years in Kazakh
("26.03.26"), which an archive spanning decades cannot use.

Record data is never translated: only the interface around it.
"""

from __future__ import annotations

from datetime import date
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from database.dates import PartialDate

LANGUAGES = ("kk", "ru", "en")
DEFAULT = "en"
SETTING = "ui/language"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"

# The names of the languages in themselves, so each is recognisable whatever the interface shows.
NATIVE_NAMES = {"kk": "Қазақ тілі", "ru": "Русский", "en": "English"}

_LOCALES = {
    "kk": (QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),  # day before month, as the others
}
_BY_QT_LANGUAGE = {language: code for code, (language, _country) in _LOCALES.items()}

# Explicit patterns, always with a four-digit year. {month} is the month's stand-alone name (the
# nominative: Russian "март 2026 г.", not the genitive "марта" that belongs after a day).
DAY_FORMATS = {"kk": "d MMMM yyyy 'ж.'", "ru": "d MMMM yyyy 'г.'", "en": "d MMMM yyyy"}
MONTH_FORMATS = {"kk": "{month} {year} ж.", "ru": "{month} {year} г.", "en": "{month} {year}"}
YEAR_FORMATS = {"kk": "{year} ж.", "ru": "{year} г.", "en": "{year}"}
HALF_FORMATS = {
    "kk": ("{year} жылдың бірінші жартыжылдығы", "{year} жылдың екінші жартыжылдығы"),
    "ru": ("первое полугодие {year} г.", "второе полугодие {year} г."),
    "en": ("first half of {year}", "second half of {year}"),
}
NUMERIC_FORMATS = {"kk": "dd.MM.yyyy", "ru": "dd.MM.yyyy", "en": "dd/MM/yyyy"}

_installed: list[QTranslator] = []
_current = DEFAULT
# Called with the new language after each switch (the start-up hands the CLI's messages here,
# which the window shares for archive errors).
LISTENERS: list[Callable[[str], None]] = []


def system_language(system: QLocale | None = None) -> str:
    """The system's language if Elshi speaks it, else English."""
    return _BY_QT_LANGUAGE.get((system or QLocale.system()).language(), DEFAULT)


def saved_language() -> str | None:
    value = QSettings().value(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else None


def chosen_language() -> str:
    """The language set in Settings, or the system's when none was set."""
    return saved_language() or system_language()


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown interface language: {lang}")
    QSettings().setValue(SETTING, lang)


def current_language() -> str:
    return _current


def locale_for(lang: str) -> QLocale:
    language, country = _LOCALES[lang]
    return QLocale(language, country)


def catalogue_path(lang: str) -> Path:
    return TRANSLATIONS / f"elshi_{lang}.qm"


def install(lang: str | None = None) -> str:
    """Switch the application's translators and default locale to ``lang`` (default: the chosen
    language); returns the language installed. Widgets built afterwards speak it."""
    global _current
    lang = lang if lang in LANGUAGES else chosen_language()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    uninstall()
    locale = locale_for(lang)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_folder)] if lang != "en" else []
    candidates.append((f"elshi_{lang}", str(TRANSLATIONS)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale)
    _current = lang
    for listener in LISTENERS:
        listener(lang)
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
    for listener in LISTENERS:
        listener(DEFAULT)


# --- dates ----------------------------------------------------------------------------------

def format_date(d: date, lang: str | None = None) -> str:
    """A day in words: "26 наурыз 2026 ж.", "26 марта 2026 г.", "26 March 2026"."""
    lang = lang or _current
    return locale_for(lang).toString(QDate(d.year, d.month, d.day), DAY_FORMATS[lang])


def format_numeric(d: date, lang: str | None = None) -> str:
    """A day in digits, four-digit year: "26.03.2026"."""
    lang = lang or _current
    return locale_for(lang).toString(QDate(d.year, d.month, d.day), NUMERIC_FORMATS[lang])


def month_name(month: int, lang: str | None = None) -> str:
    """The stand-alone name of a month, in lower case where the language writes it so."""
    lang = lang or _current
    name = locale_for(lang).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return name if lang == "en" else name.lower()


def format_partial(p: PartialDate, lang: str | None = None) -> str:
    """A date known to a day, a month, a half-year or only a year, in words."""
    lang = lang or _current
    if p.day is not None and p.month is not None:
        return format_date(date(p.year, p.month, p.day), lang)
    if p.month is not None:
        return MONTH_FORMATS[lang].format(month=month_name(p.month, lang), year=p.year)
    if p.half is not None:
        return HALF_FORMATS[lang][p.half - 1].format(year=p.year)
    return YEAR_FORMATS[lang].format(year=p.year)
