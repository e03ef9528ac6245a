"""The main window: a list of the archive's events with a quick filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from database.archive import Archive
from database.records import Changes
from ui.event_model import COL_TITLE, EventTableModel
from ui.messages import Dialogs


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.dialogs = dialogs or Dialogs(self)
        self.setWindowTitle(self.tr("Elshi — {path}").format(path=archive.path.name))
        self.resize(1100, 700)

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filter events by title…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter events"))

        self.model = EventTableModel(archive)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self.filter_box.textChanged.connect(self.model.set_filter)
        self.filter_box.textChanged.connect(lambda _text: self.show_count())
        archive.subscribe(self.on_changes)

        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.filter_box.setFocus)
        self.addAction(find)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(quit_action)
        self.show_count()

    def on_changes(self, changes: Changes) -> None:
        if changes.entity in ("event", "place", "*"):
            self.model.reload()
            self.show_count()

    def show_count(self) -> None:
        self.statusBar().showMessage(
            self.tr("{count} events in {path}").format(count=self.model.rowCount(), path=self.archive.path)
        )

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.archive.unsubscribe(self.on_changes)
        super().closeEvent(event)
