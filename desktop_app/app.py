"""The running program: the QApplication's language, the archives it opens and their windows.

Opening goes through here: an archive that cannot be opened because it is damaged (or was
overwritten, or saved by a newer Elshi) is set aside and the newest good backup offered, every
question asked through the ``Dialogs`` service (tests replace it). Windows never open windows
themselves: they ask their host (this object, through ui.host.WindowHost) for another archive's
window, for a recovered archive's, or to reopen in another language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from database.archive import Archive
from database.clock import Clock
from database.errors import ArchiveError
from database.opening import default_archive_path
from database.recovery import RECOVERABLE
from database.server import is_server_url
from operations.messages import describe
from ui import i18n
from ui.backup_actions import recover_damaged
from ui.index_progress import IndexProgress
from ui.main_window import MainWindow
from ui.messages import Dialogs
from ui.settings_dialog import reopen_in_language
from ui.unlock import open_asking


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class App:
    """Owns the windows of one process; implements ui.host.WindowHost for them.

    ``dialogs``: the service every window and every question at opening uses; None (the
    program) gives each window message boxes of its own. ``clock``: the archives' clock."""

    def __init__(self, *, dialogs: Dialogs | None = None, clock: Clock | None = None) -> None:
        instance = QApplication.instance()
        if not isinstance(instance, QApplication):
            raise RuntimeError("create the QApplication before the App")
        self.qapp = instance
        self.dialogs = dialogs
        self.clock = clock
        self.windows: list[MainWindow] = []
        self.index_progress: list[tuple[int, int]] = []  # the last opening's index rebuild, if any

    # --- language ---------------------------------------------------------------------------

    def set_language(self, lang: str | None = None) -> str:
        """Install ``lang`` (None: the chosen one, else the system's) for the window and, since
        there is one catalogue, for every message it shows; the language installed."""
        return i18n.install(lang)

    def switch_language(self, window: QMainWindow, lang: str) -> MainWindow | None:
        """Save ``lang`` and reopen ``window`` in it, over the same archive, on the same view."""
        assert isinstance(window, MainWindow)

        def reopen(dialogs: Dialogs | None) -> MainWindow:
            self._forget(window)
            return self.open_window(window.archive, dialogs, settings_group=window.settings_group)

        reopened = reopen_in_language(window, lang, window.workspace.dialogs, reopen)
        assert reopened is None or isinstance(reopened, MainWindow)
        return reopened

    # --- archives and windows ----------------------------------------------------------------

    def open(self, path: Path | None = None, *, create: bool = False, encrypt: bool = False) -> MainWindow | None:
        """Open the archive at ``path`` (default: the user's) in a window. A path that does not
        exist is created only after asking (or with ``create``); the default one is made on
        first use. When it cannot be opened, say why and what to do; only when SQLite finds
        it damaged, offer its newest good backup. None: no window. An encrypted archive's
        passphrase is asked first; ``encrypt`` makes a new file encrypted."""
        chosen = path
        path = path or default_archive_path()
        dialogs = self.dialogs or Dialogs()
        on_server = is_server_url(path)
        if chosen is not None and not (create or encrypt or on_server) and not path.exists() \
                and not path.is_symlink():
            question = tr("The archive {path} does not exist.\n\nCreate a new, empty archive there?").format(
                path=path)
            if not dialogs.confirm(tr("Create a new archive?"), question):
                return None
        try:
            progress = IndexProgress()  # shown only if the search index is rebuilt
            try:
                opened = open_asking(dialogs, path, clock=self.clock, encrypt_new=encrypt, progress=progress)
            finally:
                progress.close()
            self.index_progress = progress.reports
        except ArchiveError as e:
            recovered = self.recover(dialogs, path, e.code) if e.code in RECOVERABLE and not on_server else None
            if recovered is None:
                if e.code not in RECOVERABLE:
                    dialogs.error("Elshi", describe(e))
                return None
            opened = recovered
        if opened is None:  # the passphrase was not given
            return None
        window = self.open_window(opened)
        if opened.cleaned:
            window.statusBar().showMessage(
                tr("Unfinished copies left by an interrupted backup or restore were removed: {paths}")
                .format(paths=", ".join(str(p) for p in opened.cleaned)))
        return window

    def open_window(self, archive: Archive, dialogs: Dialogs | None = None, *,
                    settings_group: str = "main") -> MainWindow:
        window = MainWindow(archive, dialogs if dialogs is not None else self.dialogs,
                            settings_group=settings_group, host=self)
        self.windows = [w for w in self.windows if w.isVisible()]  # closed ones are let go
        self.windows.append(window)
        window.show()
        return window

    def recover(self, dialogs: Dialogs, path: Path, code: str) -> Archive | None:
        return recover_damaged(dialogs, path, code, clock=self.clock)

    def _forget(self, window: QMainWindow) -> None:
        self.windows = [w for w in self.windows if w is not window]

    # --- running ------------------------------------------------------------------------------

    def run(self, path: Path | None = None, *, create: bool = False, encrypt: bool = False) -> int:
        """Open ``path`` (a new one encrypted with ``encrypt``), run until the last window
        closes; the exit status."""
        window = self.open(path, create=create or encrypt, encrypt=encrypt)
        if window is None:
            return 1
        window.start_background_checks()
        code = self.qapp.exec()
        self.close()
        return code

    def close(self) -> None:
        """Close every archive a window of this process still holds."""
        archives = {id(w.archive): w.archive for w in self.windows}
        for archive in archives.values():
            archive.close()
