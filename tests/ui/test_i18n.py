"""The interface in Kazakh, Russian and English: complete catalogues, a window that speaks the
chosen language everywhere, dates in words, and a language switch from Settings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from database.archive import Archive
from database.dates import PartialDate
from desktop_app import i18n_cli
from resources.translations import extract
from ui import i18n
from ui.forms.fields import RowsField
from ui.main_window import OPEN_WINDOWS, MainWindow
from ui.settings_dialog import SettingsDialog, apply_language

pytestmark = pytest.mark.ui

# What the menus and the sidebar say in each language (the View menu lists the same titles).
EXPECTED = {
    "en": {"menus": ["&File", "&View"], "settings": "&Settings…",
           "views": {"events": "Events", "documents": "Documents", "commitments": "Commitments",
                     "people": "People", "organisations": "Organisations", "places": "Places"}},
    "kk": {"menus": ["&Файл", "&Көрініс"], "settings": "&Баптаулар…",
           "views": {"events": "Іс-шаралар", "documents": "Құжаттар", "commitments": "Міндеттемелер",
                     "people": "Тұлғалар", "organisations": "Ұйымдар", "places": "Орындар"}},
    "ru": {"menus": ["&Файл", "&Вид"], "settings": "&Настройки…",
           "views": {"events": "Мероприятия", "documents": "Документы", "commitments": "Обязательства",
                     "people": "Персоны", "organisations": "Организации", "places": "Места"}},
}


@pytest.fixture
def language() -> Iterator[Any]:
    """Switch the application's language for one test; English and the old locale afterwards."""
    saved = QLocale()
    yield i18n.install
    i18n.uninstall()
    QLocale.setDefault(saved)


def window_in(lang: str, archive: Archive, dialogs: Any, install: Any) -> MainWindow:
    install(lang)
    return MainWindow(archive, dialogs)


# --- the catalogues ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang", extract.LANGUAGES)
def test_every_catalogue_entry_is_translated(lang: str) -> None:
    problems = [f"[{m.context}] {m.source!r}: {m.kind or 'empty'}"
                for m in extract.read_ts(extract.ts_path(lang)) if m.kind or not m.translation.strip()]
    assert not problems, f"elshi_{lang}.ts needs translating:\n" + "\n".join(problems)


def test_catalogues_hold_exactly_the_strings_of_the_sources() -> None:
    """A string added to the code (or removed) without re-running the extraction fails here:
    .venv/bin/python -m resources.translations.extract"""
    found = extract.extracted_messages()
    for lang in extract.LANGUAGES:
        listed = {(m.context, m.source) for m in extract.read_ts(extract.ts_path(lang))}
        assert not found - listed, f"missing from elshi_{lang}.ts: {sorted(found - listed)}"
        assert not listed - found, f"no longer in the code, still in elshi_{lang}.ts: {sorted(listed - found)}"


def test_generated_list_of_run_time_strings_is_current() -> None:
    assert extract.GENERATED.read_text(encoding="utf-8") == extract.generated_module()


@pytest.mark.parametrize("lang", extract.LANGUAGES)
def test_compiled_catalogue_gives_the_translations_of_its_source(lang: str) -> None:
    translator = QTranslator()
    assert translator.load(str(extract.qm_path(lang)))
    for m in extract.read_ts(extract.ts_path(lang)):
        if "|" in m.translation and "%n" in m.source:
            forms = m.translation.split("|")
            assert translator.translate(m.context, m.source, None, 1) == forms[0], m.source
            assert translator.translate(m.context, m.source, None, 5) == forms[-1], m.source
        else:
            assert translator.translate(m.context, m.source) == m.translation, (m.context, m.source)


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[a-z_]*\}", text)) + sorted(re.findall(r"%n", text))


def _has_mnemonic(text: str) -> bool:
    return bool(re.search(r"&(?!&|nbsp;|amp;)\w", text))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_translations_keep_placeholders_mnemonics_and_spacing(lang: str) -> None:
    for m in extract.read_ts(extract.ts_path(lang)):
        for text in m.translation.split("|") if "%n" in m.source else [m.translation]:
            where = (m.context, m.source, text)
            assert _placeholders(text) == _placeholders(m.source), where
            assert _has_mnemonic(text) == _has_mnemonic(m.source), where
            assert text.endswith("…") == m.source.endswith("…"), where
            assert text.startswith(" ") == m.source.startswith(" "), where  # spin box suffixes


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_official_terms_are_used(lang: str) -> None:
    """Document kinds and organisation types carry the terms used in official correspondence."""
    table = {m.source: m.translation for m in extract.read_ts(extract.ts_path(lang))
             if m.context == "RecordTableModel"}
    expected = {
        "kk": {"Akimat": "Әкімдік", "Memorandum": "Меморандум", "Road map": "Жол картасы",
               "Plan of events": "Іс-шаралар жоспары", "Government": "Үкімет"},
        "ru": {"Akimat": "Акимат", "Memorandum": "Меморандум", "Road map": "Дорожная карта",
               "Plan of events": "План мероприятий", "Government": "Правительство"},
    }[lang]
    assert {k: table[k] for k in expected} == expected


# --- the window -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_main_window_shows_menus_and_views_in_the_language(
        lang: str, qtbot: Any, sample_archive: Archive, dialogs: Any, language: Any) -> None:
    window = window_in(lang, sample_archive, dialogs, language)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == EXPECTED[lang]["menus"]
    sidebar = {window.nav.item(i).data(Qt.ItemDataRole.UserRole): window.nav.item(i).text()
               for i in range(window.nav.count())}
    for key, title in EXPECTED[lang]["views"].items():
        assert sidebar[key] == title
    assert EXPECTED[lang]["settings"] in [a.text() for a in window.file_menu.actions()]
    view_menu = [a.text() for a in window.view_menu.actions()]
    assert set(EXPECTED[lang]["views"].values()) <= set(view_menu)


def test_list_headers_and_enum_values_follow_the_language_but_record_data_does_not(
        qtbot: Any, sample_archive: Archive, dialogs: Any, language: Any) -> None:
    window = window_in("kk", sample_archive, dialogs, language)
    qtbot.addWidget(window)
    view: Any = window.show_view("documents")
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Атауы" in headers and "Түрі" in headers
    kinds = {model.index(r, [c.key for c in model.columns].index("kind")).data() for r in range(model.rowCount())}
    assert "Жол картасы" in kinds and "Road map" not in kinds
    titles = {model.index(r, [c.key for c in model.columns].index("title")).data() for r in range(model.rowCount())}
    stored = {record.data.title for record in sample_archive.list("document")}
    assert titles == stored  # names and titles stay exactly as entered


def visible_strings(root: QWidget) -> set[str]:
    """Every string the interface shows or reads out: texts, titles, placeholders, tooltips,
    accessible names, combo items, list and column headers, menu and action texts."""
    found: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        found += [w.toolTip(), w.accessibleName(), w.whatsThis()]
        if w.isWindow():
            found.append(w.windowTitle())
        if isinstance(w, QLabel):
            found.append(w.text())
        if isinstance(w, QAbstractButton):
            found.append(w.text())
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append(w.placeholderText())
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
            if w.lineEdit() is not None:
                found.append(w.lineEdit().placeholderText())
        if isinstance(w, QSpinBox):
            found += [w.prefix(), w.suffix(), w.specialValueText()]
        if isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QMenu):
            found.append(w.title())
        if isinstance(w, QListWidget):
            found += [w.item(i).text() for i in range(w.count())] + [w.item(i).toolTip() for i in range(w.count())]
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for section in range(header.count()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = w.model().headerData(section, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        found.append(value)
        for action in QWidget.actions(w):  # a form may name a layout "actions"
            found += [action.text(), action.toolTip()]
    for action in root.findChildren(QAction):
        found += [action.text(), action.toolTip()]
    return {s for s in found if s and s.strip()}


def open_everything(window: MainWindow) -> None:
    """Every view built, every record form shown empty with one row in each of its lists (a
    delegation with a member, a signatory, a name, a position, a note), so their labels show."""
    for spec in window.specs:
        window.show_view(spec.key)
    for view in window.views.values():
        form = getattr(view, "form", None)
        if form is None:
            continue
        pending = list(form.findChildren(RowsField))
        while pending:
            rows = pending.pop()
            row = rows.add_row()
            pending += row.findChildren(RowsField)


def latin(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]", text))


def test_nothing_visible_is_left_in_english_in_kazakh(
        qtbot: Any, archive: Archive, dialogs: Any, language: Any) -> None:
    """Build the whole window (an empty archive: no record data to confuse things) in English
    and in Kazakh; a string with Latin letters shown the same in both was never translated."""
    shown: dict[str, set[str]] = {}
    for lang in ("en", "kk"):
        window = window_in(lang, archive, dialogs, language)
        qtbot.addWidget(window)
        open_everything(window)
        settings = SettingsDialog(window)
        shown[lang] = visible_strings(window) | visible_strings(settings)
    legitimately_the_same = {
        str(archive.path),  # the status bar names the file
        f"Elshi — {archive.path.name}",  # the program's name and the file's
        *i18n.NATIVE_NAMES.values(),  # each language in itself
        "kk", "ru", "en", "zh",  # language codes of a name's spellings
    }
    shortcut = re.compile(r"^(Ctrl|Alt|Shift|Meta)\+\S+$")  # the sidebar's shortcut hints
    untranslated = sorted(s for s in shown["kk"] & shown["en"]
                          if latin(s) and s not in legitimately_the_same and not shortcut.match(s))
    assert not untranslated, "shown in English in the Kazakh interface:\n" + "\n".join(untranslated)
    assert len(shown["kk"]) > 150  # the walk really reached the forms and views


# --- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "day", "month", "half", "year"), [
    ("kk", "26 наурыз 2026 ж.", "наурыз 2026 ж.", "2026 жылдың бірінші жартыжылдығы", "2026 ж."),
    ("ru", "26 марта 2026 г.", "март 2026 г.", "первое полугодие 2026 г.", "2026 г."),
    ("en", "26 March 2026", "March 2026", "first half of 2026", "2026"),
])
def test_dates_in_words(lang: str, day: str, month: str, half: str, year: str) -> None:
    assert i18n.format_date(date(2026, 3, 26), lang) == day
    assert i18n.format_partial(PartialDate(2026, 3, 26), lang) == day
    assert i18n.format_partial(PartialDate(2026, 3), lang) == month
    assert i18n.format_partial(PartialDate(2026, half=1), lang) == half
    assert i18n.format_partial(PartialDate(2026), lang) == year


def test_numeric_dates_keep_four_digit_years_where_qt_would_not(language: Any) -> None:
    language("kk")
    assert QLocale().toString(QDate(2026, 3, 26), QLocale.FormatType.ShortFormat) == "26.03.26"
    assert i18n.format_numeric(date(2026, 3, 26)) == "26.03.2026"
    assert i18n.format_date(date(2026, 11, 21)) == "21 қараша 2026 ж."  # the installed language


def test_installing_a_language_sets_month_names_and_qt_own_words(language: Any) -> None:
    language("ru")
    assert QLocale().monthName(3) == "марта" and QLocale().standaloneMonthName(3) == "март"
    assert QLocale().dayName(4) == "четверг"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Отмена"
    language("kk")
    assert QLocale().standaloneMonthName(3).lower() == "наурыз"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Бас тарту"


# --- choosing the language --------------------------------------------------------------------

def test_default_language_is_the_system_one_if_spoken_else_english() -> None:
    assert i18n.system_language(QLocale("kk_KZ")) == "kk"
    assert i18n.system_language(QLocale("ru_RU")) == "ru"
    assert i18n.system_language(QLocale("en_US")) == "en"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.saved_language() is None
    assert i18n.chosen_language() == i18n.system_language()
    i18n.save_language("kk")
    assert i18n.chosen_language() == "kk"


def test_the_command_line_reads_the_language_saved_by_the_window(tmp_path: Path) -> None:
    path = tmp_path / "Elshi.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, "ru")
    settings.sync()
    assert i18n_cli.language_in(path) == "ru"


def test_settings_dialog_offers_each_language_by_its_own_name(qtbot: Any, language: Any) -> None:
    language("ru")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Қазақ тілі", "Русский", "English"]
    assert dialog.chosen() == "ru"
    dialog.language.setCurrentIndex(0)
    assert dialog.chosen() == "kk"


def test_choosing_a_language_reopens_the_window_in_it(
        qtbot: Any, sample_archive: Archive, dialogs: Any, language: Any) -> None:
    language("en")
    window = MainWindow(sample_archive, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.show_view("documents")
    successor = apply_language(window, "ru")
    assert successor is not None
    qtbot.addWidget(successor)
    try:
        assert not window.isVisible() and successor.isVisible()
        assert [a.text() for a in successor.menuBar().actions()][:2] == EXPECTED["ru"]["menus"]
        assert successor.current_key() == "documents"  # the same place, now in Russian
        assert QSettings().value(i18n.SETTING) == "ru" and i18n.current_language() == "ru"
        assert successor.archive is sample_archive
    finally:
        successor.close()
        if successor in OPEN_WINDOWS:
            OPEN_WINDOWS.remove(successor)


def test_unsaved_changes_kept_means_the_language_waits_for_the_next_start(
        qtbot: Any, sample_archive: Archive, dialogs: Any, language: Any) -> None:
    from tests.ui.conftest import type_text

    language("en")
    window = MainWindow(sample_archive, dialogs)
    qtbot.addWidget(window)
    window.show()
    view: Any = window.show_view("events")
    view.table.setCurrentIndex(view.model.index(0, 0))
    type_text(view.form.fields["title"], " (жоба)")
    assert view.form.is_dirty()
    dialogs.save_answers = ["cancel"]
    assert apply_language(window, "kk") is None
    assert window.isVisible() and view.form.is_dirty()  # nothing typed is lost
    assert i18n.current_language() == "en" and QSettings().value(i18n.SETTING) == "kk"
    assert dialogs.shown[-1][0] == "info"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
