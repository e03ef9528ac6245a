"""What a main window asks of whoever opened it, so the window never imports the application.

The application (desktop_app.app.App) implements :class:`WindowHost`; a window made on its own
(tests, screenshots) gets ui.main_window's small stand-in. Windows call the host to open another
window (another archive, a restored one), to change the interface language, and to recover an
archive that turned out to be damaged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QMainWindow

from database.archive import Archive
from ui.messages import Dialogs


class WindowHost(Protocol):
    def open_window(self, archive: Archive, dialogs: Dialogs | None = None, *,
                    settings_group: str = "main") -> QMainWindow:
        """Show a new main window over ``archive``; it is kept until it is closed."""
        ...

    def switch_language(self, window: QMainWindow, lang: str) -> QMainWindow | None:
        """Save ``lang`` and reopen ``window`` in it; the new window, or None when nothing
        changed or the old window had to stay (unsaved changes kept)."""
        ...

    def recover(self, dialogs: Dialogs, path: Path, code: str) -> Archive | None:
        """After ``path`` failed with ``code``: offer the newest good backup through ``dialogs``;
        the restored archive, opened, or None."""
        ...
