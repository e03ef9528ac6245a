"""The Qt binding itself, where Elshi depends on it not to corrupt the interpreter."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

ITEMS = 300  # enough to see the count fall, too few for it to reach zero and abort the tests


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """The garbage of earlier tests (windows, models) freed mid-count also lowers None's count by
    thousands: collect it first and hold the collector while counting."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_giving_items_their_record_keeps_the_interpreter_whole(qtbot: QtBot) -> None:
    """Lists keep (type, id) on each line with setData. PySide6 6.12.0 on Python 3.11 released a
    reference to None with each such call; None's count fell by one per line until the process
    aborted. On Python 3.12+ None is immortal and its count does not move at all."""
    tree, lst, combo = QTreeWidget(), QListWidget(), QComboBox()
    for widget in (tree, lst, combo):
        qtbot.addWidget(widget)
    with no_collection():
        before = sys.getrefcount(None)
        for i in range(ITEMS):
            QTreeWidgetItem(tree, ["line"]).setData(0, Qt.ItemDataRole.UserRole, ("commitment", i))
            QListWidgetItem("line", lst).setData(Qt.ItemDataRole.UserRole, ("person", i))
            combo.addItem("line", ("organisation", i))
        after = sys.getrefcount(None)
    assert after > before - ITEMS // 10
    line = tree.topLevelItem(ITEMS - 1)
    assert line is not None and line.data(0, Qt.ItemDataRole.UserRole) == ("commitment", ITEMS - 1)


def test_reading_an_empty_value_through_qt_keeps_the_interpreter_whole(qtbot: QtBot) -> None:
    """PySide6 6.12.0 also released a reference to None each time Python read an empty value
    through Qt (``index.data(role)`` of a role the model does not give). Elshi's models hand their
    rows to Python directly (``RowsModel.row``), but tests and Qt's own views still read this way."""
    from ui.rows_model import Column, RowsModel

    model: RowsModel[int] = RowsModel([Column("n", str)])
    model.set_rows(range(ITEMS))
    with no_collection():
        before = sys.getrefcount(None)
        for row in range(ITEMS):
            assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) is None
        after = sys.getrefcount(None)
    assert after > before - ITEMS // 10
    assert model.index(ITEMS - 1, 0).data() == str(ITEMS - 1)
