"""Regenerate the README's screenshots: the window over the sample archive, one per view.

    xvfb-run -a .venv/bin/python docs/screenshots.py [--lang kk|ru|en] [VIEW ...]

With --lang the window is in that language (record data stays as entered) and every shot is
saved as VIEW-LANG.png; the shot named "main" is the Events view with the Irtysh forum open.
The window is 1280×800, the size it opens at.

A real window on a (virtual) screen, so what is saved is what a person sees.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from database.exchange import import_archive
from database.opening import open_archive
from ui import i18n
from ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "images"
SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "sample-archive.json"
# view key -> (entity, a record to select by its title's beginning, or None)
SHOTS = {
    "events": ("event", "«Ертіс"),
    "documents": ("document", "Павлодар облысының әкімдігі мен Омбы"),
    "commitments": ("commitment", "Шаңхай мэрі"),
    "people": ("person", "Асайын"),
    "organisations": ("organisation", "Павлодар облысының әкімдігі"),
    "places": ("place", "Омбы"),
    "duplicates": (None, None),
    "home": (None, None),
    "calendar": (None, None),
    "search": (None, None),
    "audit": (None, None),
    "main": ("event", "«Ертіс"),
    "intake": (None, None),
    "first-start": (None, None),
}
VIEW_OF = {"main": "events", "intake": "events", "first-start": "home"}  # shots that are not named for their view
# The press item pasted into File → New from press text… for the "intake" shot (in the project's
# own words, from the facts of the Shanghai meeting of 19 February 2026); English shows the Kazakh.
INTAKE_TEXTS = {
    "kk": """Шаңхайдағы Бас консулдықта кездесу өтті
Қазақстанның Шаңхайдағы Бас консулы Нұрлан Аққошқаров Шаңхай халықтық үкіметінің сыртқы істер кеңсесі басшысының орынбасары Фан Сяомен кездесті. Тараптар Алматы қаласының әкімдігі мен Шаңхай мэриясы арасындағы 2026-2028 жылдарға арналған Жол картасының жобасын талқылады. Шаңхай мэрі Гун Чжэннің (龚正) Алматы мен Астанаға сапары ағымдағы жылдың бірінші жартысында өтуі ұсынылды. Қазақ тарапы 2026 жылғы 26 - 28 наурызда Шаңхайда өтетін Шетелдік инвестициялар жөніндегі конференцияға қатысуға келісті.""",
    "ru": """В Генеральном консульстве в Шанхае прошла встреча
Генеральный консул Казахстана в Шанхае Нурлан Аккошкаров и заместитель руководителя канцелярии иностранных дел Шанхая Фан Сяо обсудили проект дорожной карты на 2026–2028 годы между акиматом Алматы и мэрией Шанхая. Мэру Шанхая Гун Чжэну (龚正) предложено посетить Алматы и Астану в первом полугодии текущего года. Казахстанская сторона согласилась участвовать в конференции по иностранным инвестициям в Шанхае 26–28 марта 2026 года.""",
}


def main(keys: list[str], lang: str | None = None) -> None:
    # Fresh settings each time, so the pictures show the defaults a new user sees.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    QCoreApplication.setOrganizationName("ElshiScreenshots")
    app = QApplication(sys.argv[:1])
    i18n.install(lang or "en")
    folder = Path(tempfile.mkdtemp())
    archive = open_archive(folder / "sample.sqlite")
    with SAMPLE.open("rb") as f:
        import_archive(archive, f)
    window = MainWindow(archive)
    window.resize(1280, 800)
    window.show()
    default = [k for k in SHOTS if k not in VIEW_OF] if not lang else list(SHOTS)
    todo = [k for k in (keys or default) if VIEW_OF.get(k, k) in [s.key for s in window.specs]]
    OUT.mkdir(exist_ok=True)

    def shoot() -> None:
        if not todo:
            app.quit()
            return
        key = todo.pop(0)
        entity, prefix = SHOTS.get(key, (None, None))
        shown = window
        if key == "first-start":  # a new, empty archive: what a first start shows
            shown = MainWindow(open_archive(folder / "empty.sqlite"))
            shown.resize(1280, 800)
            shown.show()
        window.show_view(VIEW_OF.get(key, key))
        if entity and prefix:
            for record in archive.list(entity):
                label = getattr(record.data, "title", None) or getattr(record.data, "name", None) or record.data.text
                if label.startswith(prefix):
                    window.open_record(entity, record.id)
                    break
        view = window.view(VIEW_OF.get(key, key))
        if key == "calendar":  # the month of the Shanghai conference and the referendum
            view.go_to(date(2026, 3, 26))  # type: ignore[attr-defined]
        elif key == "search":
            view.box.setText("шаңхай")  # type: ignore[attr-defined]

        if key == "intake":
            shown = _review(window, lang or "kk")

        def save() -> None:
            name = f"{key}-{lang}" if lang else key
            shown.grab().save(str(OUT / f"{name}.png"))
            if shown is not window:
                shown.dirty = False  # type: ignore[attr-defined]
                shown.close()
            shoot()

        QTimer.singleShot(700 if shown is not window else 400, save)

    QTimer.singleShot(300, shoot)
    app.exec()


def _review(window: MainWindow, lang: str) -> QWidget:
    """The intake review over the window: the item pasted, its date typed, read, a person's
    name chosen (its span in the text marked)."""
    QGuiApplication.clipboard().setText(INTAKE_TEXTS.get(lang, INTAKE_TEXTS["kk"]))
    dialog = window.intakes.open()
    dialog.resize(1280, 800)
    dialog.move(window.geometry().topLeft())
    dialog.item_date.edit.setText("19.02.2026")
    dialog.read_text()
    if dialog.draft is not None and dialog.draft.people:
        person = dialog.draft.people[-1]
        widget = dialog.value_at(person.span[0])
        if widget is not None:
            dialog.review_area.ensureWidgetVisible(widget)
            widget.setFocus()
    return dialog


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = None
    if "--lang" in args:
        at = args.index("--lang")
        chosen = args[at + 1]
        del args[at:at + 2]
    main(args, chosen)
