"""Starting the window: a QApplication over one opened archive."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.i18n_cli import t


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(archive_path: Path | None, lang: str | None = None) -> int:
    if not has_display():
        print("elshi: " + t("no screen to open the window on (DISPLAY is not set); the subcommands work "
                            "without one, see 'elshi --help'"), file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from database.errors import ArchiveError
    from database.opening import default_archive_path, open_archive
    from database.recovery import RECOVERABLE
    from desktop_app.cli import describe
    from ui.backup_actions import recover_damaged
    from ui.main_window import MainWindow
    from ui.messages import Dialogs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Elshi")
    app.setOrganizationName("Elshi")
    from desktop_app import i18n_cli
    from ui import i18n

    i18n.LISTENERS.append(i18n_cli.set_language)  # messages shared with the CLI follow the window
    i18n.install(lang)
    path = archive_path or default_archive_path()
    try:
        archive = open_archive(path)
    except ArchiveError as e:
        # A damaged file is kept aside and the newest good backup offered; anything else is said.
        recovered = recover_damaged(Dialogs(), path, e.code) if e.code in RECOVERABLE else None
        if recovered is None:
            if e.code not in RECOVERABLE:
                Dialogs().error("Elshi", describe(e))
            return 1
        archive = recovered
    window = MainWindow(archive)
    window.show()
    window.start_background_checks()
    code = app.exec()
    archive.close()
    return code
