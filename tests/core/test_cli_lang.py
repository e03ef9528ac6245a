"""The command line speaks the chosen language: --lang, else ELSHI_LANG, else the language saved in
Settings, else the system's locale if Elshi speaks it, else English; its words are the one catalogue's."""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import catalogue
from catalogue import choice
from desktop_app import cli, commands, i18n_cli
from desktop_app.cli import main
from resources.locale import extract

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def plain_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No saved setting, no language in the environment; returns where the setting would live."""
    config = tmp_path / "config"
    monkeypatch.setenv(choice.CONFIG_DIR_VARIABLE, str(config))
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "ELSHI_LANG"):
        monkeypatch.delenv(name, raising=False)
    yield config
    i18n_cli.set_language("en")


def save_setting(config: Path, lang: str) -> None:
    """What the window's Settings dialog writes when ``lang`` is chosen."""
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(f'{{"language": "{lang}", "other": 1}}\n', encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def not_an_archive(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    return path


def test_lang_option_chooses_the_language_of_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = str(tmp_path / "a.sqlite")
    assert run(capsys, "--lang", "kk", "--archive", archive, "--create", "check")[1] == f"{archive}: ақау табылған жоқ.\n"
    assert run(capsys, "--lang", "ru", "--archive", archive, "--create", "check")[1] == f"{archive}: проблем не найдено.\n"
    assert run(capsys, "--lang", "en", "--archive", archive, "--create", "check")[1] == f"{archive}: no problems found.\n"


def test_errors_are_one_line_in_the_chosen_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = not_an_archive(tmp_path)
    code, _, err = run(capsys, "--lang", "ru", "--archive", str(path), "--create", "check")
    assert code == 1
    assert err == f"elshi: {path} не является архивом Elshi (это не база данных SQLite)\n"
    code, _, err = run(capsys, "--lang", "kk", "--archive", str(tmp_path / "x.sqlite"), "--create", "import",
                       str(tmp_path / "missing.json"))
    assert code == 1 and err.startswith("elshi import: ") and "оқылмады" in err


def test_counts_and_record_data_in_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive, out = str(tmp_path / "a.sqlite"), tmp_path / "out.json"
    code, stdout, _ = run(capsys, "--lang", "ru", "--archive", archive, "--create", "sample")
    assert code == 0 and stdout.startswith("Образец архива загружен в ")
    code, stdout, _ = run(capsys, "--lang", "kk", "--archive", archive, "--create", "export", str(out))
    assert code == 0 and "іс-шаралар — 8" in stdout and "міндеттемелер — 10" in stdout


@pytest.mark.parametrize(("n", "russian", "kazakh"), [
    (1, "1 запись", "1 жазба"), (3, "3 записи", "3 жазба"), (5, "5 записей", "5 жазба"),
    (11, "11 записей", "11 жазба"), (21, "21 запись", "21 жазба"), (63, "63 записи", "63 жазба"),
])
def test_counts_take_the_plural_form_their_number_wants(n: int, russian: str, kazakh: str) -> None:
    words = ("Search index rebuilt for {path}: {n} record.", "Search index rebuilt for {path}: {n} records.")
    try:
        catalogue.set_language("ru")
        assert catalogue.tn(*words, n, path="P").endswith(f": {russian}.")
        catalogue.set_language("kk")
        assert catalogue.tn(*words, n, path="P").endswith(f": {kazakh}.")
        catalogue.set_language("en")
        assert catalogue.tn(*words, n, path="P").endswith(f": {n} record{'' if n == 1 else 's'}.")
    finally:
        catalogue.set_language("en")


def test_the_window_setting_is_the_default_and_lang_overrides_it(
        tmp_path: Path, plain_environment: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = str(tmp_path / "a.sqlite")
    save_setting(plain_environment, "ru")
    assert run(capsys, "--archive", archive, "--create", "check")[1].endswith("проблем не найдено.\n")
    assert run(capsys, "--lang", "en", "--archive", archive, "--create", "check")[1].endswith("no problems found.\n")


@pytest.mark.parametrize(("variable", "value", "expected"), [
    ("LANG", "kk_KZ.UTF-8", "kk"),
    ("LANG", "ru_RU.UTF-8", "ru"),
    ("LANG", "de_DE.UTF-8", "en"),
    ("LC_ALL", "ru_RU.UTF-8", "ru"),
    ("LANGUAGE", "fr:kk", "kk"),
    ("ELSHI_LANG", "kk", "kk"),
])
def test_without_a_setting_the_system_locale_decides(
        variable: str, value: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(variable, value)
    assert cli.interface_language(["check"]) == expected


def test_only_the_lang_before_the_command_is_the_interface_language() -> None:
    """A subcommand may have a --lang of its own (the language of a file it writes)."""
    assert cli.interface_language(["--archive", "a.sqlite", "--create", "calendar", "--lang", "kk"]) == "en"
    assert cli.interface_language(["--archive", "a.sqlite", "--create", "--lang=ru", "calendar", "--lang", "kk"]) == "ru"


def test_help_and_usage_errors_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--lang", "ru", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("использование: elshi")
    assert "автономный архив форумов" in out and "показать эту справку и выйти" in out
    with pytest.raises(SystemExit) as e:
        main(["--lang", "kk", "frobnicate"])
    assert e.value.code == 2
    assert "қате:" in capsys.readouterr().err


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--lang", "de", "check"])
    assert e.value.code == 2 and "--lang" in capsys.readouterr().err


def test_the_language_option_keeps_the_command_line_free_of_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from desktop_app.cli import main; "
        f"rc = main(['--lang', 'kk', '--archive', r'{tmp_path / 'a.sqlite'}', '--create', 'check']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', rc)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split()[-2:] == ["NOQT", "0"]


# --- the catalogue ----------------------------------------------------------------------------

def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def _catalogue(lang: str) -> dict[tuple[str | None, str], object]:
    return {extract._key(m): m.string for m in extract.read(lang) if m.id}


def test_every_message_has_kazakh_and_russian_with_the_same_placeholders() -> None:
    english = _catalogue("en")
    for lang in ("kk", "ru"):
        for (context, message), text in _catalogue(lang).items():
            if context in ("date pattern",) or not isinstance(text, str):
                continue
            assert text.strip(), (lang, message)
            if context == "argparse":
                assert sorted(re.findall(r"%\(\w+\)|%s", text)) == sorted(re.findall(r"%\(\w+\)|%s", message))
            else:
                assert _fields(text) == _fields(message), (lang, message)
            words = re.search(r"[A-Za-z]{2}", re.sub(r"\{\w*\}|%\(\w+\)[sr]|%[sn]", "", message))
            if words and message != "Elshi — {name}":  # the program's name and the file's
                assert text != english[(context, message)], (lang, message)


def _literal_messages(path: Path) -> Iterator[str]:
    """The literal first arguments of t(...) and tn(...) calls in a module."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("t", "tn")
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield node.args[0].value


def _command_tables() -> dict[str, dict[str, str]]:
    """The subcommands' tables of messages and words shown through t() or word(): every upper-case
    module-level dict of strings in desktop_app/commands."""
    tables = {}
    for info in pkgutil.iter_modules(commands.__path__):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        for name, value in vars(module).items():
            strings = isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values())
            if name.isupper() and strings:
                tables[f"{info.name}.{name}"] = value
    return tables


def test_every_message_the_command_line_prints_is_in_the_catalogue() -> None:
    used = {path.relative_to(ROOT).as_posix(): list(_literal_messages(path))
            for path in sorted((ROOT / "desktop_app").rglob("*.py"))}
    for module in ("cli", "commands/backup", "commands/calendar", "commands/briefing", "commands/duplicates",
                   "commands/search"):
        assert len(used[f"desktop_app/{module}.py"]) >= 5, module  # each speaks through t()
    for lang in ("kk", "ru"):
        known = {message for context, message in _catalogue(lang) if context is None}
        assert not [m for messages in used.values() for m in messages if m not in known], lang
        assert not [m for m in cli.ARCHIVE_MESSAGES.values() if m not in known], lang
    known = {message for context, message in _catalogue("kk") if context is None}
    tables = _command_tables()
    assert {"backup.MESSAGES", "backup.KINDS", "calendar.SKIP_REASONS", "calendar.STATUS_WORDS",
            "duplicates.REASONS", "search.GROUP_TITLES", "search.RECORD_WORDS"} <= set(tables)
    for name, table in tables.items():
        assert not [m for m in table.values() if catalogue.code_word(m) not in known], name
    from database.exchange import SECTIONS

    assert not [s for s in SECTIONS.values() if s not in known]
    assert not [m for m in i18n_cli.ARGPARSE if ("argparse", m) not in _catalogue("kk")]


def test_the_word_tables_know_every_code_the_listings_show() -> None:
    from database.calendar import COMMITMENT, EVENT
    from database.ics_import import ADD, SKIP, UNCHANGED, UPDATE
    from database.records import CommitmentStatus, EventStatus
    from desktop_app.commands import calendar, search

    assert set(calendar.STATUS_WORDS) == {s.value for s in (*EventStatus, *CommitmentStatus)}
    assert set(calendar.ACTION_WORDS) == {ADD, UPDATE, UNCHANGED, SKIP}
    assert set(calendar.RECORD_WORDS) == {EVENT, COMMITMENT}
    assert set(search.RECORD_WORDS) == set(search.GROUP_TITLES) == set(search.TYPES)


# --- the subcommands ----------------------------------------------------------------------------

def sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    archive = str(tmp_path / "a.sqlite")
    assert main(["--archive", archive, "--create", "sample"]) == 0
    capsys.readouterr()
    return archive


def test_duplicates_are_listed_in_the_chosen_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = sample(tmp_path, capsys)
    code, out, _ = run(capsys, "--lang", "kk", "--archive", archive, "--create", "duplicates")
    assert code == 0
    # the sample's one pair: the Pavlodar akim under two spellings
    assert re.fullmatch(r"тұлға \d+ «Асаин Байханов» ~ \d+ «Асайын Байханов»: "
                        r"басқа әліпбиде аты бірдей \(0\.\d\d\)\n", out), out
    code, out, _ = run(capsys, "--lang", "ru", "--archive", archive, "--create", "duplicates", "--type", "organisation")
    assert (code, out) == (0, "Вероятных дубликатов нет.\n")


def test_search_results_are_grouped_in_the_chosen_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = sample(tmp_path, capsys)
    code, out, _ = run(capsys, "--lang", "ru", "--archive", archive, "--create", "search", "Омбы")
    assert code == 0
    headings = [line for line in out.splitlines() if not line.startswith(" ")]
    assert "Места (1)" in headings and "Организации (3)" in headings and "Мероприятия (2)" in headings  # one says Omsk
    groups = "Персоны|Организации|Места|Мероприятия|Документы|Обязательства"
    assert all(re.fullmatch(rf"({groups}) \(\d+\)", h) for h in headings), headings
    assert "Омбы облысының Үкіметі" in out  # record data stays as recorded
    code, out, _ = run(capsys, "--lang", "kk", "--archive", archive, "--create", "search", "Асаин")
    assert code == 0 and "Тұлғалар (1)" in out and "Ұқсас жазылулар (Асайын):" in out
    assert re.search(r"^  тұлға +\d+  Асайын Байханов$", out, re.M), out
    code, out, _ = run(capsys, "--lang", "kk", "--archive", archive, "--create", "search", "zzzz")
    assert out == "«zzzz» сұрауы бойынша ештеңе табылмады.\n"
    code, _, err = run(capsys, "--lang", "ru", "--archive", archive, "--create", "search", "--saved", "визиты")
    assert code == 1 and err == "elshi search: сохранённого поиска «визиты» нет\n"


def test_the_calendar_speaks_the_interface_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = sample(tmp_path, capsys)
    code, out, _ = run(capsys, "--lang", "kk", "--archive", archive, "--create", "calendar", "--from", "2026",
                       "--to", "2026")
    assert code == 0
    lines = out.splitlines()
    assert re.fullmatch(r"2026-01-01 – 2026-12-31: нақты күні белгілі — \d+, "
                        r"күні шамамен ғана белгілі — \d+", lines[0]), lines[0]
    assert "Тек айы, жартыжылдығы немесе жылы белгілі:" in lines
    referendum = next(line for line in lines if "референдум" in line)
    assert referendum.split()[1] == "іс-шара" and referendum.endswith("[жоспарланған]")
    assert any(line.endswith("[бақылауда] МЕРЗІМІ ӨТКЕН") for line in lines)  # an open commitment past due
    code, _, err = run(capsys, "--lang", "ru", "--archive", archive, "--create", "calendar", "--from", "2026-04",
                       "--to", "2026-03")
    assert code == 1 and err == "elshi calendar: дата --to раньше даты --from\n"


def test_json_output_stays_the_same_in_every_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = sample(tmp_path, capsys)
    for command in (["duplicates", "--json"], ["search", "Омбы", "--json"],
                    ["calendar", "--from", "2026", "--to", "2026", "--json"]):
        outputs = {lang: run(capsys, "--lang", lang, "--archive", archive, "--create", *command)[1]
                   for lang in ("en", "kk", "ru")}
        assert outputs["kk"] == outputs["ru"] == outputs["en"], command
        assert json.loads(outputs["en"])


def test_a_briefing_in_one_language_reported_in_another(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """elshi's --lang (before the command) is the language of messages; the briefing's own --lang
    (after it) that of the PDF."""
    import pypdf

    archive, pdf = sample(tmp_path, capsys), tmp_path / "agenda.pdf"
    code, out, _ = run(capsys, "--lang", "ru", "--archive", archive, "--create", "briefing", "upcoming",
                       "--from", "2026-01", "--to", "2026-06", "--out", str(pdf), "--lang", "kk")
    pages = len(pypdf.PdfReader(pdf).pages)
    assert code == 0 and out == f"Справка записана в {pdf}: страниц — {pages}.\n"
    assert "Қызмет бабында пайдалану үшін" in (pypdf.PdfReader(pdf).pages[0].extract_text() or "")
    code, _, err = run(capsys, "--lang", "kk", "--archive", archive, "--create", "briefing", "counterpart",
                       "--out", str(pdf))
    assert code == 1 and err.startswith("elshi briefing: мыналардың тек біреуін көрсетіңіз")


def test_subcommand_help_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "kk", "search", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("қолданылуы: elshi search") and "ізделетін сөздер" in out
    assert "сақталған іздеулерді тізіп шығару" in out and "look for" not in out
    with pytest.raises(SystemExit):
        main(["--lang", "ru", "backup", "--help"])
    out = capsys.readouterr().out
    assert "Копирует архив" in out and "вывести JSON для программ" in out


def test_the_catalogue_needs_no_qt_and_nothing_above_it() -> None:
    """Window, command line, briefings and calendar files all read it: it may import only the
    core below it."""
    found = set()
    for path in (ROOT / "catalogue").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    assert not found & {"PySide6", "shiboken6", "ui", "desktop_app", "exports", "resources"}, found


def test_argparse_words_come_from_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "ru", "check", "--no-such-option"])
    err = capsys.readouterr().err
    assert "ошибка: нераспознанные аргументы: --no-such-option" in err
    assert catalogue.pgettext_in("kk", "argparse", "usage: ") == "қолданылуы: "


def test_tests_never_touch_the_users_own_settings_file() -> None:
    from platformdirs import user_config_dir

    assert choice.config_dir() != Path(user_config_dir("Elshi", appauthor=False))
    choice.save_language("kk")
    assert choice.settings_path().is_relative_to(choice.config_dir())
    assert cli.interface_language(["check"]) == "kk"
