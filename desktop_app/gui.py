"""Starting the window: a QApplication and the application object over one archive."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.i18n_cli import t


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(archive_path: Path | None, lang: str | None = None, *, create: bool = False,
            encrypt: bool = False) -> int:
    if not has_display():
        print("elshi: " + t("no screen to open the window on (DISPLAY is not set); the subcommands work "
                            "without one, see 'elshi --help'"), file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import App

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("Elshi")
    qapp.setOrganizationName("Elshi")
    app = App()
    app.set_language(lang)
    return app.run(archive_path, create=create, encrypt=encrypt)
