"""The interface in Kazakh, Russian and English: complete catalogues, a window that speaks the
chosen language everywhere, dates in words, and a language switch from Settings."""

from __future__ import annotations

import gettext
import json
import os
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Message
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt
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

import catalogue
from catalogue import choice
from database.archive import Archive
from database.dates import PartialDate
from desktop_app import cli
from resources.locale import extract
from ui import i18n
from ui.forms.fields import RowsField
from ui.main_window import OPEN_WINDOWS, MainWindow
from ui.settings_dialog import SettingsDialog, apply_language

pytestmark = pytest.mark.ui

# What the menus and the sidebar say in each language (the View menu lists the same titles).
EXPECTED = {
    "en": {"menus": ["&File", "&Edit", "&View"], "settings": "&Settings…",
           "views": {"events": "Events", "documents": "Documents", "commitments": "Commitments",
                     "people": "People", "organisations": "Organisations", "places": "Places"}},
    "kk": {"menus": ["&Файл", "&Түзету", "&Көрініс"], "settings": "&Баптаулар…",
           "views": {"events": "Іс-шаралар", "documents": "Құжаттар", "commitments": "Міндеттемелер",
                     "people": "Тұлғалар", "organisations": "Ұйымдар", "places": "Орындар"}},
    "ru": {"menus": ["&Файл", "&Правка", "&Вид"], "settings": "&Настройки…",
           "views": {"events": "Мероприятия", "documents": "Документы", "commitments": "Обязательства",
                     "people": "Персоны", "organisations": "Организации", "places": "Места"}},
}


def window_in(lang: str, archive: Archive, dialogs: Any, install: Any) -> MainWindow:
    install(lang)
    return MainWindow(archive, dialogs)


# --- the catalogue ----------------------------------------------------------------------------

def entries(lang: str) -> list[Message]:
    return [m for m in extract.read(lang) if m.id]


def forms(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, (tuple, list)) else [message.string]


def msgid(message: Message) -> str:
    return message.id[0] if isinstance(message.id, (tuple, list)) else message.id


@pytest.mark.parametrize("lang", extract.LANGUAGES)
def test_every_catalogue_entry_is_translated(lang: str) -> None:
    problems = [f"[{m.context}] {m.id!r}" for m in entries(lang) if extract.unfinished(m)]
    assert not problems, f"{lang}/elshi.po needs translating (empty or fuzzy):\n" + "\n".join(problems)


def test_catalogues_hold_exactly_the_strings_of_the_sources() -> None:
    """A string added to the code (or removed) without re-running the extraction fails here:
    .venv/bin/python -m resources.locale.extract"""
    found = set(extract.extracted().ids)
    assert len(found) > 700  # the extraction really reached the window, the CLI, PDF and ICS
    for lang in extract.LANGUAGES:
        listed = {extract._key(m) for m in entries(lang)}
        assert not found - listed, f"missing from {lang}/elshi.po: {sorted(found - listed, key=str)}"
        assert not listed - found, f"no longer in the code, still in {lang}/elshi.po: {sorted(listed - found, key=str)}"


def test_the_completeness_check_fails_on_a_missing_or_unfinished_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for lang in extract.LANGUAGES:
        target = tmp_path / lang / "LC_MESSAGES" / "elshi.po"
        target.parent.mkdir(parents=True)
        target.write_bytes(extract.po_path(lang).read_bytes())
    monkeypatch.setattr(extract, "FOLDER", tmp_path)
    assert extract.problems() == []
    kk = extract.read("kk")
    kk.get("Held").string = ""
    kk.delete("Planned")
    extract._write_po(kk, extract.po_path("kk"))
    found = extract.problems()
    assert any("missing (None, 'Planned')" in p for p in found), found
    assert any("unfinished (None, 'Held')" in p for p in found), found


@pytest.mark.parametrize("lang", extract.LANGUAGES)
def test_compiled_catalogue_gives_the_translations_of_its_source(lang: str) -> None:
    with extract.mo_path(lang).open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for m in entries(lang):
        if isinstance(m.id, (tuple, list)):
            one, many = (compiled.npgettext(m.context, m.id[0], m.id[1], n) if m.context
                         else compiled.ngettext(m.id[0], m.id[1], n) for n in (1, 5))
            assert (one, many) == (m.string[0], m.string[1 if lang != "ru" else 2]), m.id
        elif m.context:
            assert compiled.pgettext(m.context, m.id) == m.string, (m.context, m.id)
        else:
            assert compiled.gettext(m.id) == m.string, m.id


def test_plural_forms_follow_each_language() -> None:
    assert [extract.read(lang).num_plurals for lang in ("kk", "ru", "en")] == [2, 3, 2]
    ru = [catalogue.ngettext_in("ru", "%n entries", "%n entries", n) for n in (1, 3, 5, 11, 21)]
    assert ru == ["%n запись", "%n записи", "%n записей", "%n записей", "%n запись"]
    assert catalogue.ngettext_in("en", "%n entries", "%n entries", 1) == "%n entry"


def _placeholders(text: str) -> list[str]:
    return (sorted(re.findall(r"\{([a-z_]*)(?:![rsa])?(?::[^}]*)?\}", text)) + sorted(re.findall(r"%n", text))
            + sorted(re.findall(r"%\(\w+\)|%s", text)))


def _has_mnemonic(text: str) -> bool:
    return bool(re.search(r"&(?!&|nbsp;|amp;)\w", text))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_translations_keep_placeholders_mnemonics_and_spacing(lang: str) -> None:
    for m in entries(lang):
        if m.context == "date pattern":
            continue
        source = msgid(m)
        for text in forms(m):
            where = (m.context, source, text)
            assert _placeholders(text) == _placeholders(source), where
            assert _has_mnemonic(text) == _has_mnemonic(source), where
            assert text.endswith("…") == source.endswith("…"), where
            assert text.startswith(" ") == source.startswith(" "), where  # spin box suffixes


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_label_is_left_in_english(lang: str) -> None:
    """A translation equal to its English text is an English label in the Kazakh (or Russian)
    catalogue, unless it holds no word at all."""
    legitimately_the_same = {"Elshi — {name}"}  # the program's name and the file's
    english = [(m.context, msgid(m)) for m in entries(lang)
               if any(text == msgid(m) for text in forms(m)) and msgid(m) not in legitimately_the_same
               and re.search(r"[A-Za-z]{2}", re.sub(r"\{[a-z_]*\}|%\(\w+\)[sr]|%[sn]", "", msgid(m)))]
    assert not english, f"still English in {lang}/elshi.po: {english}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_official_terms_are_used(lang: str) -> None:
    """Document kinds and organisation types carry the terms used in official correspondence."""
    expected = {
        "kk": {"Akimat": "Әкімдік", "Memorandum": "Меморандум", "Road map": "Жол картасы",
               "Plan of events": "Іс-шаралар жоспары", "Government": "Үкімет"},
        "ru": {"Akimat": "Акимат", "Memorandum": "Меморандум", "Road map": "Дорожная карта",
               "Plan of events": "План мероприятий", "Government": "Правительство"},
    }[lang]
    assert {k: catalogue.gettext_in(lang, k) for k in expected} == expected


def test_the_window_asks_the_catalogue_with_the_disambiguation_as_context(qapp: Any, language: Any) -> None:
    language("ru")
    assert QCoreApplication.translate("HomeView", "Open", "action") == "Открыть"
    assert QCoreApplication.translate("RecordTableModel", "Open") == "На контроле"
    assert QCoreApplication.translate("AuditView", "%n entries", "", 22) == "22 записи"
    assert QCoreApplication.translate("AuditView", "%n entries", "", 5) == "5 записей"
    assert QCoreApplication.translate("Anything", "no such message here") == "no such message here"


# --- the window -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_main_window_shows_menus_and_views_in_the_language(
        lang: str, qtbot: Any, sample_archive: Archive, dialogs: Any, language: Any) -> None:
    window = window_in(lang, sample_archive, dialogs, language)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == EXPECTED[lang]["menus"]
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


def test_month_and_weekday_names_come_from_cldr() -> None:
    from catalogue import dates
    from exports.pdf.labels import Labels

    thursday = date(2026, 3, 26)
    assert [dates.weekday_name(thursday, lang) for lang in ("kk", "ru", "en")] == ["Бс", "Чт", "Thu"]
    assert [dates.month_name(3, lang) for lang in ("kk", "ru", "en")] == ["наурыз", "март", "March"]
    assert dates.month_name(3, "ru", after_day=True) == "марта"
    assert [dates.numeric_text(thursday, lang) for lang in ("kk", "ru", "en")] == [
        "26.03.2026", "26.03.2026", "26/03/2026"]
    assert Labels("ru").day_range(thursday, date(2026, 3, 28)) == "26–28 марта 2026 г."
    assert Labels("kk").day_range(thursday, date(2026, 4, 2)) == "26 наурыз – 2 сәуір 2026 ж."
    assert Labels("en").day_range(date(2025, 12, 30), date(2026, 1, 2)) == "30 December 2025 – 2 January 2026"


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

def test_default_language_is_the_system_one_if_spoken_else_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ELSHI_LANG")
    assert i18n.system_language(QLocale("kk_KZ")) == "kk"
    assert i18n.system_language(QLocale("ru_RU")) == "ru"
    assert i18n.system_language(QLocale("en_US")) == "en"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.saved_language() is None
    assert i18n.chosen_language() == i18n.system_language()
    i18n.save_language("kk")
    assert i18n.chosen_language() == "kk"
    assert i18n.chosen_language("ru") == "ru"  # --lang
    monkeypatch.setenv("ELSHI_LANG", "en")
    assert i18n.chosen_language() == "en"


def test_the_command_line_reads_the_language_saved_by_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ELSHI_LANG")
    i18n.save_language("ru")
    assert choice.settings_path().parent == Path(os.environ[choice.CONFIG_DIR_VARIABLE])
    assert json.loads(choice.settings_path().read_text(encoding="utf-8")) == {"language": "ru"}
    assert cli.interface_language(["check"]) == "ru"


def test_a_language_kept_by_an_earlier_elshi_in_qsettings_moves_to_the_file_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ELSHI_LANG")
    QSettings().setValue(i18n.OLD_SETTING, "kk")
    assert not choice.has_settings_file()
    assert i18n.chosen_language() == "kk"
    assert choice.saved_language() == "kk"  # now in the file, where the command line finds it
    i18n.save_language("ru")
    assert i18n.chosen_language() == "ru"  # the old value is not copied again


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
        assert [a.text() for a in successor.menuBar().actions()][:3] == EXPECTED["ru"]["menus"]
        assert successor.current_key() == "documents"  # the same place, now in Russian
        assert choice.saved_language() == "ru" and i18n.current_language() == "ru"
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
    assert i18n.current_language() == "en" and choice.saved_language() == "kk"
    assert dialogs.shown[-1][0] == "info"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# --- one term per concept ---------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "held", "postponed", "half"), [
    ("kk", "өтті", "кейінге қалдырылды", "2026 жылдың бірінші жартыжылдығы"),
    ("ru", "состоялось", "перенесено", "первое полугодие 2026 г."),
])
def test_one_concept_reads_the_same_in_the_window_the_cli_briefings_and_calendar_files(
        lang: str, held: str, postponed: str, half: str, qapp: Any, sample_archive: Archive,
        language: Any) -> None:
    import dataclasses

    from catalogue import word
    from database import calendar as cal
    from desktop_app.commands.calendar import STATUS_WORDS
    from exports.ics import period_text, to_calendar
    from exports.pdf.labels import Labels
    from ui.record_model import value_label
    from ui.views.calendar import partial_text

    language(lang)
    with sample_archive.session() as s:
        agenda = cal.agenda(s, date(2026, 1, 1), date(2026, 12, 31), today=sample_archive.clock.today())
    event = next(item for item in agenda.items if item.entity == cal.EVENT)
    status_label = catalogue.gettext_in(lang, "Status")
    for status, expected in (("held", held), ("postponed", postponed)):
        window = value_label(status)  # list cells start with a capital
        ics = to_calendar([dataclasses.replace(event, status=status)], lang=lang).walk("VEVENT")[0]
        assert window == expected[:1].upper() + expected[1:], status
        assert word(STATUS_WORDS, status) == expected, status
        assert Labels(lang).value("event_status", status) == expected, status
        assert f"{status_label}: {expected}" in str(ics["description"]).splitlines(), status
    first_half = PartialDate(2026, half=1)
    assert i18n.format_partial(first_half) == partial_text(first_half) == half
    assert Labels(lang).partial(first_half) == period_text(first_half, lang) == half
