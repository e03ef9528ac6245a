"""The main window: a sidebar of views (Home, Events, Documents, …) and the view shown.

The window stays thin: each view lives in its own module under ui/views/ and is built lazily
the first time it is shown, so start-up costs only the first view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from database.archive import Archive
from ui import columns
from ui.bridge import ArchiveSignals
from ui.first_start import FirstStartPanel, press_action
from ui.host import WindowHost
from ui.messages import Dialogs
from ui.sidebar import Sidebar
from ui.tasks import Tasks, background_tasks, in_background
from ui.toolbar import add_toolbar
from ui.views import discover
from ui.workspace import ViewSpec, Workspace

# The background checks start this long after the window is shown: its first view is filled
# and painted by then, and a person's first clicks are not shared with them.
BACKGROUND_CHECKS_DELAY_MS = 1500

OPEN_WINDOWS: list[QMainWindow] = []  # windows opened from a window made on its own outlive their opener


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, dialogs: Dialogs | None = None, *, settings_group: str = "main",
                 host: WindowHost | None = None) -> None:
        super().__init__()
        from ui.fonts import ensure_chinese

        ensure_chinese()  # names such as 龚正 drawn, not boxes, where no Chinese font is installed
        self.archive = archive
        self.settings_group = settings_group
        self.host: WindowHost = host or ALONE
        self.signals = ArchiveSignals(archive)
        self.workspace = Workspace(
            archive, self.signals, dialogs or Dialogs(self), Tasks(),
            open_record=self.open_record, status=self.show_status, show_view=self.show_view,
        )
        self.background = background_tasks(self)  # the background checks, at the lowest priority
        self.setWindowTitle(self.tr("Elshi — {name}").format(
            name=archive.path.name if archive.url is None else archive.shown))
        self.resize(1280, 800)

        self.specs: list[ViewSpec] = discover()
        self.views: dict[str, QWidget] = {}
        self.nav = Sidebar(self.specs, self.workspace)
        self.nav.counts_updated.connect(self._update_first_start)
        self.stack = QStackedWidget()
        for _spec in self.specs:
            self.stack.addWidget(QLabel())  # placeholder until first shown
        nav_width = self.nav.minimumWidth()
        # The view, or in its place the first-start panel while the archive is empty.
        self.content = QStackedWidget()
        self.content.addWidget(self.stack)
        self.first_start: FirstStartPanel | None = None
        self.first_start_dismissed = False
        self._counted_once = False
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.content)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([nav_width, 1280 - nav_width])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._show_row)

        self._build_menus()
        from ui.undo_delete import DeleteUndo

        self.delete_undo = DeleteUndo(self, self.workspace, self.edit_menu)  # "Undo" after a delete
        self.toolbar = add_toolbar(self)
        self.first_start = FirstStartPanel(load_sample=self._load_sample, first_event=self._first_event,
                                           press=press_action(self))
        self.content.addWidget(self.first_start)
        self.archive_label = QLabel(archive.shown)
        self.statusBar().addPermanentWidget(self.archive_label)
        self._restore_settings()

    # --- views ------------------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The view with this key, built on first use."""
        index = [s.key for s in self.specs].index(key)
        if key not in self.views:
            widget = self.specs[index].build(self.workspace)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.views[key] = widget
            if not hasattr(widget, "save_settings"):  # record lists keep their own columns
                QTimer.singleShot(0, widget, lambda: columns.restore(widget, self._columns_prefix(key)))
        return self.views[key]

    def _columns_prefix(self, key: str) -> str:
        return f"{self.workspace.settings_prefix}/{key}"

    def show_view(self, key: str) -> QWidget:
        index = [s.key for s in self.specs].index(key)
        self.nav.setCurrentRow(index)
        return self.view(key)

    def current_key(self) -> str:
        return self.specs[max(self.nav.currentRow(), 0)].key

    def _show_row(self, row: int) -> None:
        if self.content.currentWidget() is self.first_start and self.specs[row].key != "home":
            self.first_start_dismissed = True
            self.content.setCurrentWidget(self.stack)
        if 0 <= row < len(self.specs):
            self.view(self.specs[row].key)
            self.stack.setCurrentIndex(row)

    # --- first start ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._counted_once:  # off the first paint: the window is drawn before any count
            self._counted_once = True
            QTimer.singleShot(0, self, self.nav.refresh_counts)

    def _update_first_start(self) -> None:
        """The first-start panel stands in for Home while the archive is empty."""
        if self.first_start is None:
            return
        empty = self.nav.is_empty()
        if empty and not self.first_start_dismissed and self.current_key() == "home":
            self.content.setCurrentWidget(self.first_start)
        elif not empty and self.content.currentWidget() is self.first_start:
            self.content.setCurrentWidget(self.stack)

    def _leave_first_start(self) -> None:
        self.first_start_dismissed = True
        self.content.setCurrentWidget(self.stack)

    def _load_sample(self) -> None:
        from ui import archive_actions

        archive_actions.load_sample(self.workspace)

    def _first_event(self) -> None:
        from ui.toolbar import new_record

        self._leave_first_start()
        new_record(self, "events")

    def open_record(self, entity: str, record_id: int) -> None:
        for spec in self.specs:
            if spec.entity == entity:
                view = self.show_view(spec.key)
                view.show_record(record_id)  # type: ignore[attr-defined]
                return

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        from ui import archive_actions

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.edit_menu = QMenu(self.tr("&Edit"), self)
        ws = self.workspace
        from ui.intake_review import add_menu_actions as add_intake_actions

        self.intakes = add_intake_actions(self, ws, file_menu, self.edit_menu)
        file_menu.addSeparator()
        for text, slot in (
            (self.tr("&Import archive file…"), lambda: archive_actions.ask_and_import(ws)),
            (self.tr("&Export archive file…"), lambda: archive_actions.ask_and_export(ws)),
            (self.tr("Load the &sample archive"), lambda: archive_actions.load_sample(ws)),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        from ui.backup_actions import add_menu_actions

        add_menu_actions(file_menu, ws)
        file_menu.addSeparator()
        from ui import post_dialogs

        post_dialogs.add_menu_actions(file_menu, ws)
        file_menu.addSeparator()
        new_archive = QAction(self.tr("&New archive…"), self)
        new_archive.triggered.connect(self.new_archive)
        file_menu.addAction(new_archive)
        open_other = QAction(self.tr("&Open another archive…"), self)
        open_other.setShortcut(QKeySequence.StandardKey.Open)
        open_other.triggered.connect(self.open_other_archive)
        file_menu.addAction(open_other)
        from ui.settings_dialog import add_settings_action
        self.settings_action = add_settings_action(self, file_menu, self.switch_language)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        self.menuBar().addMenu(self.edit_menu)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        numbered = 0
        for spec in self.specs:
            action = QAction(spec.title(), self)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            elif numbered < 9:  # Ctrl+1 … Ctrl+9 in sidebar order for views without their own
                numbered += 1
                action.setShortcut(QKeySequence(f"Ctrl+{numbered}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_view(key))
            view_menu.addAction(action)
        self.view_menu = view_menu
        find = QAction(self.tr("&Search the archive"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        view_menu.addSeparator()
        view_menu.addAction(find)
        from ui.help_menu import add_help_menu

        self.help_menu = add_help_menu(self, ws)

    def focus_search(self) -> None:
        """Ctrl+F anywhere: the search view, with its box ready for typing."""
        if "search" not in [s.key for s in self.specs]:
            return
        view = self.show_view("search")
        box = getattr(view, "box", view)
        box.setFocus()
        if hasattr(box, "selectAll"):
            box.selectAll()

    def start_background_checks(self, delay_ms: int = BACKGROUND_CHECKS_DELAY_MS) -> None:
        """Once the window is up and its first view filled: SQLite's quick_check over the whole
        file, then the daily backup if one is due, then the query planner's statistics if they
        are stale. They read the entire archive, so they wait ``delay_ms`` after the first
        paint and then run on a thread of their own at the lowest priority, never competing
        with the window for the processor; in WAL mode they hold no lock a view's read waits
        for. A damaged file is reported with the offer to restore a backup."""
        QTimer.singleShot(delay_ms, self, self._run_background_checks)

    def _run_background_checks(self) -> None:
        if not self.isVisible():
            return  # closed meanwhile
        if self.archive.url is not None:
            return  # a server's storage, backups (pg_dump) and statistics are its administrator's
        from database.backup import backup_if_due
        from database.integrity import quick_check
        from database.statistics import refresh_if_stale

        archive = self.archive

        def work(_progress: object) -> list[str]:
            with archive.engine.connect() as conn:
                problems = quick_check(conn)
            if not problems:
                backup_if_due(archive)
                refresh_if_stale(archive)
            return problems

        def done(problems: list[str]) -> None:
            if problems:
                self.offer_recovery(problems[0])

        def failed(error: BaseException) -> None:
            self.offer_recovery(str(error))

        self.background.start(in_background(work), done, failed)

    def offer_recovery(self, problem: str) -> None:
        dialogs = self.workspace.dialogs
        dialogs.error(self.tr("The archive is damaged"),
                      self.tr("A check of {path} found a problem: {problem}").format(path=self.archive.shown,
                                                                                     problem=problem))
        path = self.archive.path
        self.archive.close()
        recovered = self.host.recover(dialogs, path, "archive.damaged")
        if recovered is not None:
            self.host.open_window(recovered, dialogs)
        self.close()

    def open_other_archive(self) -> None:
        from database.errors import ArchiveError
        from operations.messages import describe
        from ui.unlock import open_asking

        path = self.workspace.dialogs.open_file(self.tr("Open an archive"), self.tr("Elshi archives (*.sqlite);;All files (*)"))
        if not path:
            return
        from ui.index_progress import IndexProgress

        progress = IndexProgress(self)  # shown only if its search index is rebuilt
        try:
            # its passphrase, when encrypted
            other = open_asking(self.workspace.dialogs, Path(path), progress=progress)
        except ArchiveError as e:
            self.workspace.dialogs.error(self.tr("Cannot open the archive"), describe(e))
            return
        finally:
            progress.close()
        if other is None:
            return
        self.host.open_window(other, self.workspace.dialogs)
        if self.close():
            self.archive.close()

    def new_archive(self) -> None:
        """File → New archive…: a new, empty archive file, encrypted with a passphrase if the
        user wants, opened in a window of its own."""
        from database.errors import ArchiveError
        from operations.messages import describe
        from ui.unlock import create_asking

        dialogs = self.workspace.dialogs
        chosen = dialogs.save_file(self.tr("New archive"), self.tr("Elshi archives (*.sqlite)"))
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen + ".sqlite")
        if path.exists():
            dialogs.error(self.tr("New archive"), self.tr(
                "{path} already exists. To open it, use Open another archive.").format(path=path))
            return
        encrypt = dialogs.confirm(self.tr("New archive"), self.tr(
            "Encrypt the new archive with a passphrase? Its records, backups and attached files are "
            "then unreadable without it. The passphrase is asked each time the archive is opened and "
            "cannot be recovered if it is lost."))
        try:
            other = create_asking(dialogs, encrypt, path)
        except ArchiveError as e:
            dialogs.error(self.tr("Cannot create the archive"), describe(e))
            return
        if other is None:
            return
        self.host.open_window(other, dialogs)
        if self.close():
            self.archive.close()

    def switch_language(self, lang: str) -> QMainWindow | None:
        """Reopen in ``lang`` (Settings): the host decides; the new window, or None."""
        return self.host.switch_language(self, lang)

    # --- settings ---------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(self.settings_group)
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = settings.value("view", "")
        settings.endGroup()
        keys = [s.key for s in self.specs]
        if keys:
            self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(self.settings_group)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("view", self.current_key())
        settings.endGroup()
        for key, view in self.views.items():
            save = getattr(view, "save_settings", None)
            if save:
                save()
            else:
                columns.save(view, self._columns_prefix(key))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.intakes.may_close():
            event.ignore()
            return
        for view in self.views.values():
            may_leave = getattr(view, "may_leave_form", None)
            if may_leave and not may_leave():
                event.ignore()
                return
        self.workspace.writer.finish()  # what was queued reaches the archive before it closes
        self.save_settings()
        self.signals.detach()
        self.workspace.tasks.cancel_all()
        super().closeEvent(event)


class WindowsAlone:
    """The host of a window made on its own, without the application (tests, screenshots): the
    windows it opens are kept in OPEN_WINDOWS."""

    def open_window(self, archive: Archive, dialogs: Dialogs | None = None, *,
                    settings_group: str = "main") -> QMainWindow:
        window = MainWindow(archive, dialogs, settings_group=settings_group, host=self)
        OPEN_WINDOWS.append(window)
        window.show()
        return window

    def switch_language(self, window: QMainWindow, lang: str) -> QMainWindow | None:
        from ui.settings_dialog import reopen_in_language

        assert isinstance(window, MainWindow)

        def reopen(dialogs: Dialogs | None) -> QMainWindow:
            if window in OPEN_WINDOWS:
                OPEN_WINDOWS.remove(window)
            return self.open_window(window.archive, dialogs, settings_group=window.settings_group)

        return reopen_in_language(window, lang, window.workspace.dialogs, reopen)

    def recover(self, dialogs: Dialogs, path: Path, code: str) -> Archive | None:
        from ui.backup_actions import recover_damaged

        return recover_damaged(dialogs, path, code)


ALONE = WindowsAlone()
