"""The audit view after a purge: the purged record's entries stay listed (when, who, what) but
say its content was erased, and none of its words remain to read."""

from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.records import PlaceDraft
from database.trash import purge
from ui.history import AuditModel
from ui.views.audit import AuditView
from ui.workspace import Workspace


def test_a_purged_records_entries_say_it_was_erased(qtbot: QtBot, archive: Archive, workspace: Workspace) -> None:
    place = archive.add(PlaceDraft("Сағаршын", "Қазақстан"))
    archive.update(place.id, PlaceDraft("Сағаршын", "Қазақстан", region="Абай облысы"))
    archive.delete("place", place.id)
    purge(archive, "place", place.id)
    view = AuditView(workspace)
    qtbot.addWidget(view)
    view.show()
    actions = [view.model.data(view.model.index(r, AuditModel.ACTION)) for r in range(view.model.rowCount())]
    assert len(actions) == 4
    for row in range(4):
        view.table.selectRow(row)
        text = view.details.toPlainText()
        assert "erased from the trail" in text and "Сағаршын" not in text and "Абай" not in text
        for column in range(view.model.columnCount()):
            assert "Сағаршын" not in str(view.model.data(view.model.index(row, column)) or "")
