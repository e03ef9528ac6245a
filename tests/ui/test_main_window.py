from pytestqt.qtbot import QtBot
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from database.archive import Archive
from database.records import EventDraft
from tests.ui.conftest import ScriptedDialogs, type_text
from ui.event_model import COL_DATE, COL_TITLE, EventTableModel
from ui.main_window import MainWindow


def show_active(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def titles(window: MainWindow) -> list[str]:
    model = window.table.model()
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def test_the_window_lists_the_sample_events(qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs) -> None:
    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    assert len(titles(window)) == 8
    # newest first; undated events last
    assert window.table.model().index(0, COL_DATE).data() == "2026-03-26 – 2026-03-28"
    assert "8 events" in window.statusBar().currentMessage()


def test_typing_in_the_filter_narrows_the_list_in_any_case(
    qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs
) -> None:
    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_box
    type_text(window.filter_box, "ШАҢХАЙ")
    found = titles(window)
    assert found and all("шаңхай" in t.casefold() for t in found)
    assert "Ертіс" not in " ".join(found)


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs) -> None:
    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_TITLE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    shown = titles(window)
    assert shown == sorted(shown) or shown == sorted(shown, reverse=True)
    assert shown != titles_by_date(sample_archive)


def titles_by_date(archive: Archive) -> list[str]:
    model = EventTableModel(archive)  # kept alive while its indexes are read
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def test_a_new_event_appears_without_reopening(qtbot: QtBot, archive: Archive, dialogs: ScriptedDialogs) -> None:
    window = MainWindow(archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert titles(window) == []
    archive.add(EventDraft("Әуе рейстері жөніндегі кеңес"))
    assert titles(window) == ["Әуе рейстері жөніндегі кеңес"]


def test_event_model_passes_the_model_tester(qtmodeltester, sample_archive: Archive) -> None:  # type: ignore[no-untyped-def]
    model = EventTableModel(sample_archive)
    qtmodeltester.check(model)
    assert model.rowCount() == 8
