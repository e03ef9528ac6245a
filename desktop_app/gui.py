"""Starting the window: a QApplication over one opened archive."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(archive_path: Path | None) -> int:
    if not has_display():
        print("elshi: no screen to open the window on (DISPLAY is not set); "
              "the subcommands work without one, see 'elshi --help'", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from database.archive import ArchiveError, open_archive
    from desktop_app.cli import describe
    from ui.main_window import MainWindow
    from ui.messages import Dialogs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Elshi")
    app.setOrganizationName("Elshi")
    try:
        archive = open_archive(archive_path)
    except ArchiveError as e:
        Dialogs().error("Elshi", describe(e))
        return 1
    window = MainWindow(archive)
    window.show()
    code = app.exec()
    archive.close()
    return code
