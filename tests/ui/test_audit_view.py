import csv
import dataclasses
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from database import audit
from database.archive import Archive
from database.clock import FixedClock
from database.records import EventDraft, PlaceDraft
from tests.ui.conftest import ScriptedDialogs, type_text
from ui.history import AuditModel, HistoryPanel
from ui.views.audit import VIEW, AuditView
from ui.workspace import Workspace


def cells(view: AuditView, column: int) -> list[str]:
    return [view.model.data(view.model.index(r, column)) for r in range(view.model.rowCount())]


@pytest.fixture
def view(qtbot: QtBot, sample_archive: Archive, workspace: Workspace) -> AuditView:
    v = AuditView(workspace)
    qtbot.addWidget(v)
    v.resize(1100, 600)
    v.show()
    return v


def test_the_audit_view_is_listed_after_the_record_views() -> None:
    assert (VIEW.key, VIEW.order, VIEW.entity) == ("audit", 95, None)


def test_the_newest_change_comes_first_and_a_new_edit_appears_at_once(
        view: AuditView, sample_archive: Archive, clock: FixedClock) -> None:
    total = view.model.total()
    assert total == audit.count(sample_archive) and set(cells(view, AuditModel.ACTION)) == {"Imported"}
    clock.time = datetime(2026, 11, 21, 15, 0)
    place = sample_archive.list("place")[0]
    sample_archive.update(place.id, dataclasses.replace(place.data, region="Ертіс өңірі"))
    assert view.model.total() == total + 1
    assert view.model.data(view.model.index(0, AuditModel.ACTION)) == "Edited"
    assert view.model.data(view.model.index(0, AuditModel.RECORD)) == place.data.name
    assert view.model.data(view.model.index(0, AuditModel.FIELDS)) == "Region"
    assert str(total + 1) in view.count_label.text()


def test_choosing_an_entry_shows_its_fields_before_and_after_with_links_by_name(
        qtbot: QtBot, view: AuditView, sample_archive: Archive) -> None:
    omsk = next(p for p in sample_archive.list("place") if p.data.name.startswith("Омбы"))
    event = sample_archive.add(EventDraft("Ертіс: достық өзені – даму өзені"))
    sample_archive.update(event.id, EventDraft("Ертіс: достық өзені – даму өзені", place_id=omsk.id))
    view.table.selectRow(0)
    text = view.details.toPlainText()
    assert "Place:" in text and omsk.data.name in text and omsk.uuid not in text
    assert "before: —" in text


def test_filters_narrow_the_list(qtbot: QtBot, view: AuditView, sample_archive: Archive) -> None:
    place = sample_archive.list("place")[0]
    sample_archive.delete("place", place.id)
    view.op.setCurrentIndex(view.op.findData("delete"))
    assert cells(view, AuditModel.ACTION) == ["Moved to the trash"]
    assert cells(view, AuditModel.RECORD) == [place.data.name]  # named even though the entry holds no fields
    view.op.setCurrentIndex(0)
    view.entity.setCurrentIndex(view.entity.findData("person"))
    assert view.model.total() == sample_archive.count("person")
    view.text.setFocus()
    type_text(view.text, "асайын")
    qtbot.waitUntil(lambda: view.model.total() == 1)
    assert cells(view, AuditModel.RECORD) == ["Асайын Байханов"]
    assert view.user.count() == 2 and view.user.itemData(1) == audit.os_user()


def test_entries_can_be_read_but_not_edited(
        qtmodeltester, view: AuditView) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model)
    index = view.model.index(0, AuditModel.RECORD)
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_export_writes_the_entries_shown_as_csv(
    qtbot: QtBot, view: AuditView, dialogs: ScriptedDialogs, workspace: Workspace, tmp_path: Path
) -> None:
    view.entity.setCurrentIndex(view.entity.findData("event"))
    dialogs.files.append(str(tmp_path / "trail"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "trail.csv"
    qtbot.waitUntil(lambda: bool(workspace.extra["statuses"]), timeout=10_000)
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == view.model.total() == 8
    assert {r["entity"] for r in rows} == {"event"}
    assert "8" in workspace.extra["statuses"][-1] and str(target) in workspace.extra["statuses"][-1]


def test_double_clicking_an_entry_opens_its_record(
    qtbot: QtBot, view: AuditView, workspace: Workspace, sample_archive: Archive
) -> None:
    row = view.model.row(0)
    found = audit.find_uuids(sample_archive, [row.record_uuid or ""])
    entity, record_id, _ = found[row.record_uuid or ""]
    view.table.doubleClicked.emit(view.model.index(0, 0))
    assert workspace.extra["opened"] == [(entity, record_id)]


def test_the_history_panel_shows_one_records_changes_and_follows_new_ones(
    qtbot: QtBot, archive: Archive, workspace: Workspace, clock: FixedClock
) -> None:
    place = archive.add(PlaceDraft("Орал"))
    other = archive.add(PlaceDraft("Атырау"))
    clock.time = datetime(2026, 11, 21, 13, 0)
    archive.update(place.id, PlaceDraft("Орал", aliases=("Уральск", "Oral")))
    panel = HistoryPanel(workspace)
    qtbot.addWidget(panel)
    panel.show_record("place", place.id)
    panel.show()
    assert [panel.model.data(panel.model.index(r, AuditModel.ACTION)) for r in range(2)] == [
        "Created",
        "Edited",
    ]
    assert panel.table.currentIndex().row() == 1  # the latest change is shown first
    assert "Other names:" in panel.details.toPlainText() and "Уральск" in panel.details.toPlainText()
    archive.update(other.id, PlaceDraft("Атырау", "Қазақстан"))
    assert panel.model.rowCount() == 2  # another record's change is not this one's history
    archive.delete("place", place.id)
    assert panel.model.rowCount() == 3
    assert panel.model.data(panel.model.index(2, AuditModel.ACTION)) == "Moved to the trash"
    panel.show_record("place", None)
    assert panel.model.rowCount() == 0 and panel.empty.isVisibleTo(panel)
    assert panel.model.index(0, 0) == QModelIndex() or not panel.model.index(0, 0).isValid()


def test_changes_made_while_the_view_is_hidden_show_when_it_is_shown_again(
        view: AuditView, sample_archive: Archive) -> None:
    total = view.model.total()
    view.hide()
    sample_archive.add(PlaceDraft("Жайық"))
    view.show()
    assert view.model.total() == total + 1
    assert view.model.data(view.model.index(0, AuditModel.RECORD)) == "Жайық"
