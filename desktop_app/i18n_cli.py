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
from collections.abc import Mapping
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
    # elshi backup, backups, restore (desktop_app/commands/backup.py)
    "make a verified copy of the archive": {
        "kk": "мұрағаттың тексерілген көшірмесін жасау",
        "ru": "создать проверенную копию архива",
    },
    "Copy the archive with SQLite's online backup API and check the copy. Without --to the copy goes "
    "into the archive's backups folder and older automatic backups are thinned out (see README, Backups).": {
        "kk": "Мұрағатты SQLite-тың онлайн сақтық көшірме жасау құралымен (backup API) көшіріп, көшірмені "
              "тексереді. --to берілмесе, көшірме мұрағаттың сақтық көшірмелер қалтасына жазылады, ал ескі "
              "автоматты көшірмелер сиретіледі (README, Backups бөлімін қараңыз).",
        "ru": "Копирует архив средствами онлайн-резервного копирования SQLite (backup API) и проверяет "
              "копию. Без --to копия помещается в папку резервных копий архива, а старые автоматические "
              "копии прореживаются (см. README, раздел Backups).",
    },
    "write the copy to FILE (never overwritten)": {
        "kk": "көшірмені FILE файлына жазу (бар файл қайта жазылмайды)",
        "ru": "записать копию в FILE (существующий файл не перезаписывается)",
    },
    "print JSON for programs": {
        "kk": "бағдарламаларға арналған JSON шығару",
        "ru": "вывести JSON для программ",
    },
    "list the archive's backups, newest first": {
        "kk": "мұрағаттың сақтық көшірмелерін ең жаңасынан бастап тізіп шығару",
        "ru": "показать резервные копии архива, начиная с самой новой",
    },
    "replace the archive's records with a backup's": {
        "kk": "мұрағат жазбаларын сақтық көшірмедегі жазбалармен алмастыру",
        "ru": "заменить записи архива записями из резервной копии",
    },
    "Check that FILE is a sound Elshi archive, keep the archive as it is now in its backups folder "
    "(NAME-before-restore-...), then copy FILE's records in.": {
        "kk": "FILE файлының жарамды Elshi мұрағаты екенін тексереді, мұрағаттың қазіргі күйін сақтық "
              "көшірмелер қалтасында сақтайды (NAME-before-restore-...), содан кейін FILE жазбаларын "
              "мұрағатқа көшіреді.",
        "ru": "Проверяет, что FILE — исправный архив Elshi, сохраняет текущее состояние архива в папке "
              "резервных копий (NAME-before-restore-...), затем копирует в архив записи из FILE.",
    },
    "the backup to restore from": {
        "kk": "қалпына келтіруге арналған сақтық көшірме",
        "ru": "резервная копия, из которой выполняется восстановление",
    },
    "Backup written and checked: {path}": {
        "kk": "Сақтық көшірме жазылды және тексерілді: {path}",
        "ru": "Резервная копия записана и проверена: {path}",
    },
    "No backups in {folder}.": {
        "kk": "{folder} қалтасында сақтық көшірмелер жоқ.",
        "ru": "В папке {folder} нет резервных копий.",
    },
    "{size} bytes": {"kk": "{size} байт", "ru": "{size} байт"},
    "{file} was not restored, nothing changed: {reason}": {
        "kk": "{file} файлынан қалпына келтіру орындалмады, ештеңе өзгерген жоқ: {reason}",
        "ru": "восстановление из {file} не выполнено, ничего не изменено: {reason}",
    },
    "Restored {file} into {archive}; the archive as it was is kept at {kept}.": {
        "kk": "{archive} мұрағаты {file} файлынан қалпына келтірілді; мұрағаттың бұрынғы күйі сақталған "
              "орын: {kept}.",
        "ru": "Архив {archive} восстановлен из {file}; прежнее состояние архива сохранено в {kept}.",
    },
    "Restored {file} into {archive}; the file that could not be opened is kept at {kept}.": {
        "kk": "{archive} мұрағаты {file} файлынан қалпына келтірілді; ашылмаған файл сақталған орын: {kept}.",
        "ru": "Архив {archive} восстановлен из {file}; файл, который не удалось открыть, сохранён в {kept}.",
    },
    # kinds of backup (backup.KINDS)
    "auto": {"kk": "автоматты", "ru": "автоматическая"},
    "before-migration": {"kk": "жаңарту алдында", "ru": "перед обновлением"},
    "before-restore": {"kk": "қалпына келтіру алдында", "ru": "перед восстановлением"},
    "damaged": {"kk": "зақымдалған мұрағат", "ru": "повреждённый архив"},
    "newer-schema": {"kk": "жаңа нұсқадан", "ru": "из новой версии"},
    "other": {"kk": "басқа", "ru": "прочая"},
    # elshi calendar, calendar-import (desktop_app/commands/calendar.py)
    "events and commitment deadlines in a range of days": {
        "kk": "көрсетілген кезеңдегі іс-шаралар мен міндеттемелердің орындау мерзімдері",
        "ru": "мероприятия и сроки исполнения обязательств за период",
    },
    "List what falls between two days (both included): events and commitment deadlines; items known "
    "only to a month, half-year or year are listed apart. Dates: 2026-03-26, 2026-03, 2026-H1, 2026.": {
        "kk": "Екі күн аралығына (екеуін де қоса алғанда) келетін іс-шаралар мен міндеттемелердің орындау "
              "мерзімдерін тізіп шығарады; тек айы, жартыжылдығы немесе жылы ғана белгілілері бөлек "
              "көрсетіледі. Күндер: 2026-03-26, 2026-03, 2026-H1, 2026.",
        "ru": "Выводит мероприятия и сроки исполнения обязательств, приходящиеся на период между двумя "
              "днями (включительно); записи, у которых известны только месяц, полугодие или год, "
              "приводятся отдельно. Даты: 2026-03-26, 2026-03, 2026-H1, 2026.",
    },
    "first day (default: today)": {
        "kk": "бастапқы күн (әдепкі: бүгін)",
        "ru": "первый день (по умолчанию: сегодня)",
    },
    "last day (default: 30 days after --from)": {
        "kk": "соңғы күн (әдепкі: --from күнінен кейін 30 күн)",
        "ru": "последний день (по умолчанию: через 30 дней после --from)",
    },
    "also write the items to an iCalendar (.ics) file": {
        "kk": "жазбаларды iCalendar (.ics) файлына да жазу",
        "ru": "также записать их в файл iCalendar (.ics)",
    },
    "events only": {"kk": "тек іс-шаралар", "ru": "только мероприятия"},
    "write commitments as tasks (VTODO), not all-day events": {
        "kk": "міндеттемелерді күні бойғы оқиға ретінде емес, тапсырма (VTODO) ретінде жазу",
        "ru": "записывать обязательства как задачи (VTODO), а не как события на весь день",
    },
    "language of the words the .ics file adds (default: en)": {
        "kk": ".ics файлына қосылатын сөздердің тілі (әдепкі: en)",
        "ru": "язык слов, которые добавляются в файл .ics (по умолчанию: en)",
    },
    "create planned events from an iCalendar (.ics) file": {
        "kk": "iCalendar (.ics) файлынан жоспарланған іс-шаралар жасау",
        "ru": "создать запланированные мероприятия из файла iCalendar (.ics)",
    },
    "Show what importing the file would do; with --yes, do it. Entries are matched by UID, so importing "
    "a file again updates the events it created instead of adding copies.": {
        "kk": "Файлды импорттағанда не өзгеретінін көрсетеді; --yes берілсе, импорттайды. Жазбалар UID "
              "бойынша сәйкестендіріледі, сондықтан файлды қайта импорттағанда көшірмелер қосылмайды, "
              "одан бұрын жасалған іс-шаралар жаңартылады.",
        "ru": "Показывает, что изменит импорт файла; с --yes выполняет его. Записи сопоставляются по UID, "
              "поэтому при повторном импорте файла созданные из него мероприятия обновляются, а не "
              "дублируются.",
    },
    "the iCalendar (.ics) file": {"kk": "iCalendar (.ics) файлы", "ru": "файл iCalendar (.ics)"},
    "write the changes shown": {"kk": "көрсетілген өзгерістерді жазу", "ru": "внести показанные изменения"},
    "{text!r} is not a date (use 2026-03-26, 2026-03, 2026-H1 or 2026)": {
        "kk": "«{text}» — күн емес (2026-03-26, 2026-03, 2026-H1 немесе 2026 түрінде көрсетіңіз)",
        "ru": "«{text}» не является датой (укажите в виде 2026-03-26, 2026-03, 2026-H1 или 2026)",
    },
    "--to is before --from": {
        "kk": "--to күні --from күнінен ерте",
        "ru": "дата --to раньше даты --from",
    },
    "Wrote {count} calendar entries to {file}.": {
        "kk": "{file} файлына жазылған күнтізбе жазбалары — {count}.",
        "ru": "В {file} записано элементов календаря — {count}.",
    },
    "{first} – {last}: {dated} dated, {rough} known only roughly": {
        "kk": "{first} – {last}: нақты күні белгілі — {dated}, күні шамамен ғана белгілі — {rough}",
        "ru": "{first} – {last}: с точной датой — {dated}, с приблизительной датой — {rough}",
    },
    "Known only to the month, half-year or year:": {
        "kk": "Тек айы, жартыжылдығы немесе жылы белгілі:",
        "ru": "Известны только месяц, полугодие или год:",
    },
    "OVERDUE": {"kk": "МЕРЗІМІ ӨТКЕН", "ru": "ПРОСРОЧЕНО"},
    "{file} is not an iCalendar file ({code}); nothing changed": {
        "kk": "{file} iCalendar файлы емес ({code}); ештеңе өзгерген жоқ",
        "ru": "{file} не является файлом iCalendar ({code}); ничего не изменено",
    },
    "repeats; only the first date is imported": {
        "kk": "қайталанатын жазба; тек бірінші күні импортталады",
        "ru": "повторяющееся событие; импортируется только первая дата",
    },
    "{add} to add, {update} to update, {unchanged} unchanged, {skip} skipped.": {
        "kk": "Қосылатыны — {add}, жаңартылатыны — {update}, өзгеріссіз қалатыны — {unchanged}, "
              "импортталмайтыны — {skip}.",
        "ru": "К добавлению — {add}, к обновлению — {update}, без изменений — {unchanged}, "
              "пропускается — {skip}.",
    },
    "Nothing was written; run again with --yes to import.": {
        "kk": "Ештеңе жазылған жоқ; импорттау үшін команданы --yes параметрімен қайта орындаңыз.",
        "ru": "Ничего не записано; чтобы импортировать, выполните команду ещё раз с --yes.",
    },
    "Imported {file}: {added} added, {updated} updated.": {
        "kk": "{file} импортталды: қосылғаны — {added}, жаңартылғаны — {updated}.",
        "ru": "Импортирован {file}: добавлено — {added}, обновлено — {updated}.",
    },
    # why an entry of an iCalendar file is skipped (calendar.SKIP_REASONS)
    "no date": {"kk": "күні көрсетілмеген", "ru": "дата не указана"},
    "no title": {"kk": "атауы көрсетілмеген", "ru": "название не указано"},
    "a commitment deadline, not an event": {
        "kk": "бұл іс-шара емес, міндеттеменің орындау мерзімі",
        "ru": "это срок исполнения обязательства, а не мероприятие",
    },
    "the matching event is in the trash": {
        "kk": "сәйкес іс-шара себетте тұр",
        "ru": "соответствующее мероприятие находится в корзине",
    },
    "the same UID appears earlier in the file": {
        "kk": "дәл осы UID файлда бұрын кездескен",
        "ru": "этот UID уже встречается в файле выше",
    },
    # what importing does to an entry (calendar.ACTION_WORDS) and the fields it changes (CHANGED_FIELDS)
    "add": {"kk": "қосылады", "ru": "добавление"},
    "update": {"kk": "жаңартылады", "ru": "обновление"},
    "unchanged": {"kk": "өзгеріссіз", "ru": "без изменений"},
    "skip": {"kk": "импортталмайды", "ru": "пропуск"},
    "title": {"kk": "атауы", "ru": "название"},
    "start": {"kk": "басталуы", "ru": "начало"},
    "end": {"kk": "аяқталуы", "ru": "окончание"},
    "venue": {"kk": "өтетін орны", "ru": "место проведения"},
    "kind": {"kk": "түрі", "ru": "вид"},
    "status": {"kk": "мәртебесі", "ru": "статус"},
    # record types, as the listings name them (RECORD_WORDS of the commands)
    "person": {"kk": "тұлға", "ru": "персона"},
    "organisation": {"kk": "ұйым", "ru": "организация"},
    "place": {"kk": "орын", "ru": "место"},
    "event": {"kk": "іс-шара", "ru": "мероприятие"},
    "document": {"kk": "құжат", "ru": "документ"},
    "commitment": {"kk": "міндеттеме", "ru": "обязательство"},
    # statuses of events and commitments (calendar.STATUS_WORDS)
    "planned": {"kk": "жоспарланған", "ru": "запланировано"},
    "held": {"kk": "өтті", "ru": "состоялось"},
    "cancelled": {"kk": "болдырылмады", "ru": "отменено"},
    "postponed": {"kk": "кейінге қалдырылды", "ru": "перенесено"},
    "open": {"kk": "бақылауда", "ru": "на контроле"},
    "in_progress": {"kk": "орындалуда", "ru": "в работе"},
    "done": {"kk": "орындалды", "ru": "исполнено"},
    "dropped": {"kk": "бақылаудан алынды", "ru": "снято с контроля"},
    # elshi duplicates, merge, unmerge (desktop_app/commands/duplicates.py)
    "list people and organisations that may be duplicates": {
        "kk": "қайталануы мүмкін тұлғалар мен ұйымдарды тізіп шығару",
        "ru": "показать персоны и организации, которые могут оказаться дубликатами",
    },
    "only this record type": {"kk": "тек осы түрдегі жазбалар", "ru": "только записи этого типа"},
    "merge the second record into the first (undo with unmerge)": {
        "kk": "екінші жазбаны біріншісіне біріктіру (unmerge командасымен кері қайтарылады)",
        "ru": "объединить вторую запись с первой (отменяется командой unmerge)",
    },
    "id of the record to keep": {
        "kk": "қалдырылатын жазбаның id нөмірі",
        "ru": "id записи, которая остаётся",
    },
    "id of the record merged into it": {
        "kk": "оған біріктірілетін жазбаның id нөмірі",
        "ru": "id записи, которая объединяется с ней",
    },
    "undo a merge (see 'merge' output for its number)": {
        "kk": "біріктіруді кері қайтару (оның нөмірін 'merge' командасы шығарады)",
        "ru": "отменить объединение (его номер выводит команда 'merge')",
    },
    "the number of the merge": {"kk": "біріктірудің нөмірі", "ru": "номер объединения"},
    "No likely duplicates.": {
        "kk": "Қайталануы мүмкін жазбалар жоқ.",
        "ru": "Вероятных дубликатов нет.",
    },
    "Merged {type} {other} into {keep} (merge {merge}; 'elshi unmerge {merge}' undoes it).": {
        "kk": "{other} жазбасы ({type}) {keep} жазбасымен біріктірілді (№ {merge} біріктіру; кері қайтару: "
              "'elshi unmerge {merge}').",
        "ru": "Запись {other} ({type}) объединена с записью {keep} (объединение № {merge}; отменить: "
              "'elshi unmerge {merge}').",
    },
    "Merge {merge} undone.": {
        "kk": "№ {merge} біріктіру кері қайтарылды.",
        "ru": "Объединение № {merge} отменено.",
    },
    # why two records may be one (duplicates.REASONS, from database.names.compare_names)
    "same name": {"kk": "аты бірдей", "ru": "одинаковое имя"},
    "same transliteration": {"kk": "басқа әліпбиде аты бірдей", "ru": "то же имя в другом алфавите"},
    "similar spelling": {"kk": "жазылуы ұқсас", "ru": "похожее написание"},
    # elshi search, reindex (desktop_app/commands/search.py)
    "not a date: {text!r} (use 2026, 2026-03 or 2026-03-26)": {
        "kk": "күн емес: «{text}» (2026, 2026-03 немесе 2026-03-26 түрінде көрсетіңіз)",
        "ru": "это не дата: «{text}» (укажите в виде 2026, 2026-03 или 2026-03-26)",
    },
    "find records by any word of their names, titles and text": {
        "kk": "жазбаларды аттарындағы, атауларындағы және мәтініндегі кез келген сөз бойынша іздеу",
        "ru": "найти записи по любому слову из имён, названий и текста",
    },
    "Find records of every type; words match as prefixes, in Kazakh, Russian, English or Chinese, and "
    "Latin spellings find Cyrillic names.": {
        "kk": "Барлық түрдегі жазбаларды іздейді; сөздер басы бойынша сәйкестендіріледі (қазақ, орыс, "
              "ағылшын немесе қытай тілінде), ал латынша жазылған аттар кириллицадағы аттарды да табады.",
        "ru": "Ищет записи всех типов; слова сопоставляются по началу (на казахском, русском, английском или "
              "китайском языке), а написание латиницей находит имена, записанные кириллицей.",
    },
    "the words to look for": {"kk": "ізделетін сөздер", "ru": "искомые слова"},
    "only records of this type (repeatable): {types}": {
        "kk": "тек осы түрдегі жазбалар (бірнеше рет көрсетуге болады): {types}",
        "ru": "только записи этого типа (можно указать несколько раз): {types}",
    },
    "dated on or after D": {"kk": "күні D немесе одан кейін", "ru": "с датой не ранее D"},
    "dated on or before D": {"kk": "күні D немесе одан бұрын", "ru": "с датой не позднее D"},
    "in a country or region whose name contains TEXT": {
        "kk": "атауында TEXT кездесетін елде немесе өңірде",
        "ru": "в стране или регионе, название которых содержит TEXT",
    },
    "linked to this organisation (id or UUID)": {
        "kk": "осы ұйыммен байланысты (id немесе UUID)",
        "ru": "связанные с этой организацией (id или UUID)",
    },
    "with this status (e.g. planned, signed, open)": {
        "kk": "осы мәртебедегі (мысалы, planned, signed, open)",
        "ru": "с этим статусом (например, planned, signed, open)",
    },
    "at most N results of each type (default 30)": {
        "kk": "әр түрден ең көбі N нәтиже (әдепкі: 30)",
        "ru": "не более N результатов каждого типа (по умолчанию 30)",
    },
    "print the results as JSON": {
        "kk": "нәтижелерді JSON түрінде шығару",
        "ru": "вывести результаты в формате JSON",
    },
    "also save this search under NAME": {
        "kk": "осы іздеуді NAME деген атаумен қоса сақтау",
        "ru": "также сохранить этот поиск под именем NAME",
    },
    "run the saved search NAME": {
        "kk": "NAME деген сақталған іздеуді орындау",
        "ru": "выполнить сохранённый поиск NAME",
    },
    "list the saved searches": {
        "kk": "сақталған іздеулерді тізіп шығару",
        "ru": "показать сохранённые поиски",
    },
    "delete the saved search NAME": {
        "kk": "NAME деген сақталған іздеуді жою",
        "ru": "удалить сохранённый поиск NAME",
    },
    "rebuild the search index (e.g. for an archive from an older version)": {
        "kk": "іздеу индексін қайта құру (мысалы, ескі нұсқада жасалған мұрағат үшін)",
        "ru": "перестроить поисковый индекс (например, для архива из более старой версии)",
    },
    "no saved search named {name!r}": {
        "kk": "«{name}» деген сақталған іздеу жоқ",
        "ru": "сохранённого поиска «{name}» нет",
    },
    "Deleted the saved search {name!r}.": {
        "kk": "«{name}» сақталған іздеуі жойылды.",
        "ru": "Сохранённый поиск «{name}» удалён.",
    },
    "a saved search needs a name": {
        "kk": "сақталатын іздеуге атау беру керек",
        "ru": "для сохранения поиска нужно указать имя",
    },
    "--limit must be at least 1": {
        "kk": "--limit мәні кемінде 1 болуы керек",
        "ru": "значение --limit должно быть не меньше 1",
    },
    "Nothing found for {query!r}.": {
        "kk": "«{query}» сұрауы бойынша ештеңе табылмады.",
        "ru": "По запросу «{query}» ничего не найдено.",
    },
    "Nothing to search for.": {"kk": "Іздеу сұрауы берілмеді.", "ru": "Не задан поисковый запрос."},
    "Near matches ({spellings}):": {
        "kk": "Ұқсас жазылулар ({spellings}):",
        "ru": "Похожие написания ({spellings}):",
    },
    "No saved searches.": {"kk": "Сақталған іздеулер жоқ.", "ru": "Сохранённых поисков нет."},
    "Search index rebuilt for {path}: {count} records.": {
        "kk": "{path} мұрағатының іздеу индексі қайта құрылды: жазбалар — {count}.",
        "ru": "Поисковый индекс архива {path} перестроен: записей — {count}.",
    },
    # the groups of search results (search.GROUP_TITLES)
    "People": {"kk": "Тұлғалар", "ru": "Персоны"},
    "Organisations": {"kk": "Ұйымдар", "ru": "Организации"},
    "Places": {"kk": "Орындар", "ru": "Места"},
    "Events": {"kk": "Іс-шаралар", "ru": "Мероприятия"},
    "Documents": {"kk": "Құжаттар", "ru": "Документы"},
    "Commitments": {"kk": "Міндеттемелер", "ru": "Обязательства"},
    # elshi briefing (desktop_app/commands/briefing.py)
    "print a PDF briefing: an event, a counterpart, upcoming events or commitments": {
        "kk": "PDF анықтама жасау: іс-шара, серіктес тарап, алдағы іс-шаралар немесе міндеттемелер бойынша",
        "ru": "сформировать справку в PDF: по мероприятию, партнёру, предстоящим мероприятиям "
              "или обязательствам",
    },
    "Print a PDF briefing. Records are given by id or UUID.": {
        "kk": "PDF анықтама жасайды. Жазбалар id немесе UUID арқылы көрсетіледі.",
        "ru": "Формирует справку в PDF. Записи указываются по id или UUID.",
    },
    "the briefing on one event": {
        "kk": "бір іс-шара бойынша анықтама",
        "ru": "справка по одному мероприятию",
    },
    "the event": {"kk": "іс-шара", "ru": "мероприятие"},
    "a dossier on an organisation, a country or a region": {
        "kk": "ұйым, ел немесе өңір туралы анықтама",
        "ru": "справка об организации, стране или регионе",
    },
    "the organisation": {"kk": "ұйым", "ru": "организация"},
    "every organisation of this country (as recorded)": {
        "kk": "осы елдің барлық ұйымдары (ел атауы мұрағатта жазылғандай)",
        "ru": "все организации этой страны (название — как в архиве)",
    },
    "every organisation of this region (as recorded)": {
        "kk": "осы өңірдің барлық ұйымдары (өңір атауы мұрағатта жазылғандай)",
        "ru": "все организации этого региона (название — как в архиве)",
    },
    "events of a date range by week": {
        "kk": "кезеңдегі іс-шаралар, апталар бойынша",
        "ru": "мероприятия за период с разбивкой по неделям",
    },
    "last day (default: {weeks} weeks after the first)": {
        "kk": "соңғы күн (әдепкі: бастапқы күннен кейін {weeks} апта)",
        "ru": "последний день (по умолчанию: через {weeks} нед. после первого)",
    },
    "commitments by status, responsible party and counterpart": {
        "kk": "міндеттемелер: күйі, жауапты тарап және серіктес тарап бойынша",
        "ru": "обязательства по статусам, ответственным и партнёрам",
    },
    "only commitments with this status (repeat for several)": {
        "kk": "тек осы күйдегі міндеттемелер (бірнеше күй үшін параметрді қайталаңыз)",
        "ru": "только обязательства с этим статусом (для нескольких статусов повторите параметр)",
    },
    "only what this organisation owes": {
        "kk": "тек осы ұйымның міндеттемелері",
        "ru": "только обязательства этой организации",
    },
    "only what is owed by or to this organisation": {
        "kk": "тек осы ұйымның немесе осы ұйым алдындағы міндеттемелер",
        "ru": "только обязательства этой организации или перед ней",
    },
    "the PDF file to write": {"kk": "жазылатын PDF файлы", "ru": "PDF-файл для записи"},
    "language of the briefing (default: kk)": {
        "kk": "анықтаманың тілі (әдепкі: kk)",
        "ru": "язык справки (по умолчанию: kk)",
    },
    "classification marking on every page (default: the language's 'for official use only'; an empty "
    "string prints none)": {
        "kk": "әр беттегі құпиялылық белгісі (әдепкі: анықтама тіліндегі «Қызмет бабында пайдалану үшін»; "
              "бос жол берілсе, белгі басылмайды)",
        "ru": "гриф на каждой странице (по умолчанию: «Для служебного пользования» на языке справки; "
              "если задана пустая строка, гриф не печатается)",
    },
    "print the result as JSON": {
        "kk": "нәтижені JSON түрінде шығару",
        "ru": "вывести результат в формате JSON",
    },
    "give exactly one of: an organisation ID|UUID, --country or --region": {
        "kk": "мыналардың тек біреуін көрсетіңіз: ұйымның ID|UUID мәні, --country немесе --region",
        "ru": "укажите что-то одно: ID|UUID организации, --country или --region",
    },
    "not a date: {text!r} (use e.g. 2026-03-26, 26.03.2026 or 2026-03)": {
        "kk": "күн емес: «{text}» (мысалы, 2026-03-26, 26.03.2026 немесе 2026-03 түрінде көрсетіңіз)",
        "ru": "это не дата: «{text}» (укажите, например, 2026-03-26, 26.03.2026 или 2026-03)",
    },
    "Briefing written to {file}: {pages} page(s).": {
        "kk": "Анықтама {file} файлына жазылды: беттер саны — {pages}.",
        "ru": "Справка записана в {file}: страниц — {pages}.",
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
    "invalid %(type)s value: %(value)r": {"kk": "%(type)s мәні жарамсыз: %(value)r",
                                          "ru": "недопустимое значение типа %(type)s: %(value)r"},
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


def word(table: Mapping[str, str], code: str) -> str:
    """A code the archive stores (a record type, a status) as the listings show it: its English word
    in ``table``, in the current language; a code the table does not know, as it is."""
    return t(table[code]) if code in table else code


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
