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
from PySide6.QtWidgets import QApplication

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
    "first-start": (None, None),

}
VIEW_OF = {"main": "events", "first-start": "home"}  # shots that are not named for their view


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

        def save() -> None:
            name = f"{key}-{lang}" if lang else key
            shown.grab().save(str(OUT / f"{name}.png"))
            if shown is not window:
                shown.close()
            shoot()

        QTimer.singleShot(700 if shown is not window else 400, save)

    QTimer.singleShot(300, shoot)
    app.exec()


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = None
    if "--lang" in args:
        at = args.index("--lang")
        chosen = args[at + 1]
        del args[at:at + 2]
    main(args, chosen)
