"""The command line's messages in Kazakh, Russian or English.

The headless commands never load Qt (they must start fast and run with no screen), so they
cannot use the window's .qm catalogues. This is a small catalogue of its own, keyed by the
English message; a message missing here is printed in English.

The language is, in order: ``--lang``, the ``ELSHI_LANG`` environment variable, the language
chosen in the window's Settings (QSettings "ui/language", read here without Qt), the system's
locale if it is Kazakh or Russian, else English.
"""

from __future__ import annotations

import argparse
import configparser
import gettext
import locale
import os
import sys
from pathlib import Path

LANGUAGES = ("kk", "ru", "en")
DEFAULT = "en"
ORGANISATION = APPLICATION = "Elshi"  # as set on the QApplication; QSettings files are named for them

_current = DEFAULT

# English message -> its Kazakh and Russian forms. Placeholders are str.format names and must
# be the same in every language. Numbers come after a dash where Russian would need plural forms.
MESSAGES: dict[str, dict[str, str]] = {
    # opening an archive
    "{detail} is not an Elshi archive (it is not an SQLite database)": {
        "kk": "{detail} Elshi мұрағаты емес (ол SQLite дерекқоры емес)",
        "ru": "{detail} не является архивом Elshi (это не база данных SQLite)",
    },
    "the file is an SQLite database of another program (tables: {detail})": {
        "kk": "бұл файл басқа бағдарламаның SQLite дерекқоры (кестелер: {detail})",
        "ru": "файл является базой данных SQLite другой программы (таблицы: {detail})",
    },
    "the archive was made by a newer Elshi (schema {detail}); update Elshi to open it": {
        "kk": "мұрағат Elshi-дің жаңарақ нұсқасында жасалған (схема {detail}); оны ашу үшін Elshi-ді жаңартыңыз",
        "ru": "архив создан более новой версией Elshi (схема {detail}); чтобы открыть его, обновите Elshi",
    },
    "the archive cannot be read, it may be damaged: {detail}": {
        "kk": "мұрағатты оқу мүмкін емес, ол зақымдалған болуы мүмкін: {detail}",
        "ru": "архив не удаётся прочитать, возможно, он повреждён: {detail}",
    },
    "{detail} is a folder, not an archive file": {
        "kk": "{detail} — мұрағат файлы емес, қалта",
        "ru": "{detail} — это папка, а не файл архива",
    },
    "cannot open {detail}": {
        "kk": "{detail} ашылмады",
        "ru": "не удаётся открыть {detail}",
    },
    "the archive already holds records; use 'import' to merge a file into it": {
        "kk": "мұрағатта жазбалар бар; оған файл қосу үшін 'import' командасын пайдаланыңыз",
        "ru": "в архиве уже есть записи; чтобы добавить в него файл, используйте команду 'import'",
    },
    "no such record: {detail}": {
        "kk": "мұндай жазба жоқ: {detail}",
        "ru": "такой записи нет: {detail}",
    },
    "a record cannot be merged with itself": {
        "kk": "жазбаны өзімен біріктіруге болмайды",
        "ru": "запись нельзя объединить саму с собой",
    },
    "one of the records is in the trash; restore it first": {
        "kk": "жазбалардың бірі себетте; алдымен оны қалпына келтіріңіз",
        "ru": "одна из записей находится в корзине; сначала восстановите её",
    },
    "that merge was already undone": {
        "kk": "бұл біріктіру бұрын кері қайтарылған",
        "ru": "это объединение уже отменено",
    },
    "the kept record was edited after the merge; undo those edits by hand first": {
        "kk": "сақталған жазба біріктіруден кейін өзгертілген; алдымен ол өзгерістерді қолмен кері қайтарыңыз",
        "ru": "оставленная запись изменена после объединения; сначала отмените эти правки вручную",
    },
    "a record of that merge no longer exists": {
        "kk": "осы біріктірудің бір жазбасы енді жоқ",
        "ru": "одной из записей этого объединения больше нет",
    },
    "the archive is busy in another Elshi window or process; nothing was changed, try again": {
        "kk": "мұрағат басқа Elshi терезесінде немесе процесте бос емес; ештеңе өзгерген жоқ, қайталап көріңіз",
        "ru": "архив занят другим окном или процессом Elshi; ничего не изменено, повторите попытку",
    },
    "the record was changed elsewhere in the meantime; nothing was saved ({detail})": {
        "kk": "жазба осы уақытта басқа жерде өзгертілген; ештеңе сақталмады ({detail})",
        "ru": "запись тем временем изменена в другом месте; ничего не сохранено ({detail})",
    },
    "the archive could not be upgraded; it is unchanged and a copy is in its backups folder ({detail})": {
        "kk": "мұрағатты жаңарту мүмкін болмады; ол өзгерген жоқ, оның көшірмесі сақтық көшірмелер қалтасында ({detail})",
        "ru": "архив не удалось обновить; он не изменён, а его копия находится в папке резервных копий ({detail})",
    },
    # backups (desktop_app/commands/backup.py MESSAGES)
    "{detail} already exists; Elshi never overwrites a file, choose another name": {
        "kk": "{detail} бар; Elshi файлдарды ешқашан қайта жазбайды, басқа атау таңдаңыз",
        "ru": "{detail} уже существует; Elshi никогда не перезаписывает файлы, выберите другое имя",
    },
    "the copy failed its check and was not kept ({detail})": {
        "kk": "көшірме тексеруден өтпеді және сақталмады ({detail})",
        "ru": "копия не прошла проверку и не сохранена ({detail})",
    },
    "the copy could not be written: {detail}": {
        "kk": "көшірмені жазу мүмкін болмады: {detail}",
        "ru": "не удалось записать копию: {detail}",
    },
    "{detail} does not exist": {
        "kk": "{detail} жоқ",
        "ru": "{detail} не существует",
    },
    "{detail} is the archive itself": {
        "kk": "{detail} — мұрағаттың өзі",
        "ru": "{detail} — это сам архив",
    },
    "the archive is busy in another Elshi window or process; try again ({detail})": {
        "kk": "мұрағат басқа Elshi терезесінде немесе процесте бос емес; қайталап көріңіз ({detail})",
        "ru": "архив занят другим окном или процессом Elshi; повторите попытку ({detail})",
    },
    # the commands
    "Sample archive loaded into {path}: {count} records.": {
        "kk": "Үлгі мұрағат {path} ішіне жүктелді: {count} жазба.",
        "ru": "Образец архива загружен в {path}: записей — {count}.",
    },
    "cannot read {file}: {reason}": {
        "kk": "{file} оқылмады: {reason}",
        "ru": "не удаётся прочитать {file}: {reason}",
    },
    "cannot write {file}: {reason}": {
        "kk": "{file} жазылмады: {reason}",
        "ru": "не удаётся записать {file}: {reason}",
    },
    "Imported {file}: {added} added, {updated} updated, {unchanged} unchanged, "
    "{kept} kept (newer in the archive).": {
        "kk": "{file} импортталды: қосылғаны — {added}, жаңартылғаны — {updated}, өзгеріссіз — {unchanged}, "
              "мұрағаттағы жаңарақ нұсқасы қалдырылғаны — {kept}.",
        "ru": "Импортирован {file}: добавлено — {added}, обновлено — {updated}, без изменений — {unchanged}, "
              "оставлено более новых записей архива — {kept}.",
    },
    "{file} was not imported, nothing changed:\n{problems}": {
        "kk": "{file} импортталмады, ештеңе өзгерген жоқ:\n{problems}",
        "ru": "{file} не импортирован, ничего не изменено:\n{problems}",
    },
    "Exported to {path}: {counts}.": {
        "kk": "{path} файлына экспортталды: {counts}.",
        "ru": "Экспортировано в {path}: {counts}.",
    },
    "{count} {section}": {"kk": "{section} — {count}", "ru": "{section} — {count}"},
    "events": {"kk": "іс-шаралар", "ru": "мероприятия"},
    "documents": {"kk": "құжаттар", "ru": "документы"},
    "commitments": {"kk": "міндеттемелер", "ru": "обязательства"},
    "persons": {"kk": "тұлғалар", "ru": "персоны"},
    "organisations": {"kk": "ұйымдар", "ru": "организации"},
    "places": {"kk": "орындар", "ru": "места"},
    "{path}: {count} problem(s) found:": {
        "kk": "{path}: ақаулар табылды — {count}:",
        "ru": "{path}: найдено проблем — {count}:",
    },
    "{path}: no problems found.": {
        "kk": "{path}: ақау табылған жоқ.",
        "ru": "{path}: проблем не найдено.",
    },
    "no screen to open the window on (DISPLAY is not set); the subcommands work without one, "
    "see 'elshi --help'": {
        "kk": "терезені ашатын экран жоқ (DISPLAY орнатылмаған); ішкі командалар экрансыз да жұмыс істейді, "
              "'elshi --help' қараңыз",
        "ru": "нет экрана, на котором можно открыть окно (DISPLAY не задан); подкоманды работают и без него, "
              "см. 'elshi --help'",
    },
    # help
    "Elshi: an offline archive of forums, delegations, signed documents and commitments.": {
        "kk": "Elshi: форумдардың, делегациялардың, қол қойылған құжаттар мен міндеттемелердің "
              "желіге қосылмай жұмыс істейтін мұрағаты.",
        "ru": "Elshi: автономный архив форумов, делегаций, подписанных документов и обязательств.",
    },
    "With no command, Elshi opens its window.": {
        "kk": "Команда берілмесе, Elshi өз терезесін ашады.",
        "ru": "Без команды Elshi открывает своё окно.",
    },
    "archive file to open, created if missing (default: {path})": {
        "kk": "ашылатын мұрағат файлы, жоқ болса жасалады (әдепкі: {path})",
        "ru": "файл архива; если его нет, он будет создан (по умолчанию: {path})",
    },
    "language of messages and of the window: kk, ru or en (default: the language chosen in the "
    "window's Settings, else the system's)": {
        "kk": "хабарлар мен терезе тілі: kk, ru немесе en (әдепкі: терезенің баптауларында таңдалған тіл, "
              "ол болмаса жүйенің тілі)",
        "ru": "язык сообщений и окна: kk, ru или en (по умолчанию: язык, выбранный в настройках окна, "
              "иначе язык системы)",
    },
    "fill an empty archive with the sample records": {
        "kk": "бос мұрағатты үлгі жазбалармен толтыру",
        "ru": "заполнить пустой архив образцами записей",
    },
    "import an Elshi JSON file, matching records by UUID": {
        "kk": "Elshi JSON файлын импорттау (жазбалар UUID бойынша сәйкестендіріледі)",
        "ru": "импортировать файл Elshi JSON, сопоставляя записи по UUID",
    },
    "export the whole archive to an Elshi JSON file": {
        "kk": "бүкіл мұрағатты Elshi JSON файлына экспорттау",
        "ru": "экспортировать весь архив в файл Elshi JSON",
    },
    "check the archive's integrity (exit 1 if problems are found)": {
        "kk": "мұрағаттың тұтастығын тексеру (ақау табылса, шығу коды 1)",
        "ru": "проверить целостность архива (код выхода 1, если найдены проблемы)",
    },
}

# argparse's own words (usage, errors), which it looks up through gettext.
ARGPARSE: dict[str, dict[str, str]] = {
    "usage: ": {"kk": "қолданылуы: ", "ru": "использование: "},
    "positional arguments": {"kk": "позициялық аргументтер", "ru": "позиционные аргументы"},
    "options": {"kk": "параметрлер", "ru": "параметры"},
    "show this help message and exit": {"kk": "осы анықтаманы көрсету және шығу",
                                        "ru": "показать эту справку и выйти"},
    "%(prog)s: error: %(message)s\n": {"kk": "%(prog)s: қате: %(message)s\n",
                                       "ru": "%(prog)s: ошибка: %(message)s\n"},
    "unrecognized arguments: %s": {"kk": "танылмаған аргументтер: %s", "ru": "нераспознанные аргументы: %s"},
    "the following arguments are required: %s": {"kk": "мына аргументтер міндетті: %s",
                                                  "ru": "требуются следующие аргументы: %s"},
    "invalid choice: %(value)r (choose from %(choices)s)": {
        "kk": "жарамсыз мән: %(value)r (мыналардың бірін таңдаңыз: %(choices)s)",
        "ru": "недопустимое значение: %(value)r (выберите из: %(choices)s)",
    },
    "expected one argument": {"kk": "бір аргумент күтілді", "ru": "ожидается один аргумент"},
    "argument %(argument_name)s: %(message)s": {"kk": "%(argument_name)s аргументі: %(message)s",
                                                "ru": "аргумент %(argument_name)s: %(message)s"},
}


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT
    _route_argparse()


def language() -> str:
    return _current


def t(message: str, **params: object) -> str:
    """``message`` in the current language, with ``params`` filled in."""
    text = MESSAGES.get(message, {}).get(_current, message)
    return text.format(**params) if params else text


def _argparse_text(message: str) -> str:
    return ARGPARSE.get(message, {}).get(_current) or gettext.gettext(message)


def _route_argparse() -> None:
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse looks its words up via this name


# --- which language ---------------------------------------------------------------------------

def _code(name: str | None) -> str | None:
    """"kk_KZ.UTF-8", "ru-RU", "Russian_Russia" -> "kk" / "ru" / "en", or None."""
    if not name:
        return None
    head = name.replace("-", "_").split(".")[0].split("_")[0].lower()
    return {"kazakh": "kk", "russian": "ru", "english": "en"}.get(head, head if head in LANGUAGES else None)


def settings_file() -> Path:
    """Where QSettings keeps the window's settings on this system (Linux and other Unixes)."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / ORGANISATION / f"{APPLICATION}.conf"


def saved_language() -> str | None:
    """The language chosen in the window's Settings, read without Qt."""
    value: object = None
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, rf"Software\{ORGANISATION}\{APPLICATION}\ui") as key:
                value = winreg.QueryValueEx(key, "language")[0]
        except OSError:
            return None
    elif sys.platform == "darwin":
        import plistlib

        plist = Path.home() / "Library" / "Preferences" / f"com.{ORGANISATION.lower()}.{APPLICATION}.plist"
        try:
            value = plistlib.loads(plist.read_bytes()).get("ui.language")
        except (OSError, ValueError):
            return None
    else:
        value = language_in(settings_file())
    return value if isinstance(value, str) and value in LANGUAGES else None


def language_in(path: Path) -> str | None:
    """The ``ui/language`` value of a QSettings INI file."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error):
        return None
    value = parser.get("ui", "language", fallback=None)
    return value if value in LANGUAGES else None


def system_language() -> str:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(variable, "").split(":"):
            code = _code(part)
            if code:
                return code
            if part and variable != "LANGUAGE":
                return DEFAULT  # the variable that decides names a language Elshi does not speak
    if sys.platform == "win32":
        return _code(locale.getlocale()[0]) or DEFAULT
    return DEFAULT


def override(explicit: str | None = None) -> str | None:
    """The language asked for on this run (``--lang``, else ``ELSHI_LANG``), if any."""
    for candidate in (explicit, os.environ.get("ELSHI_LANG")):
        if candidate in LANGUAGES:
            return candidate
    return None


def resolve(explicit: str | None = None) -> str:
    return override(explicit) or saved_language() or system_language()
