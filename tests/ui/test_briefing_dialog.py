"""The “Export briefing…” dialog: choosing, exporting off the GUI thread, opening, cancelling."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database.archive import Archive
from exports.pdf import DEFAULT_MARKING
from tests.ui.conftest import ScriptedDialogs, type_text
from ui.briefing_dialog import BriefingDialog, open_briefing_dialog
from ui.workspace import Workspace

pytestmark = pytest.mark.ui

EXPORT_TIMEOUT_MS = 30_000


def pdf_text(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def record_id(archive: Archive, entity: str, start: str) -> int:
    return next(r.id for r in archive.list(entity)
                if (getattr(r.data, "title", None) or r.data.name).startswith(start))


def choose(combo: object, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def test_exports_the_event_briefing_in_the_chosen_language_and_opens_it(
        qtbot: QtBot, sample_archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    forum = record_id(sample_archive, "event", "«Ертіс")
    opened: list[str] = []
    dialog = open_briefing_dialog(workspace, "event", forum, opener=opened.append)
    qtbot.addWidget(dialog)
    assert dialog.event_picker.current_id() == forum
    choose(dialog.lang, "ru")
    assert dialog.marking.text() == DEFAULT_MARKING["ru"]

    dialogs.files.append(str(tmp_path / "forum"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=EXPORT_TIMEOUT_MS)

    target = tmp_path / "forum.pdf"  # the suffix is added when left out
    assert opened == [str(target)]
    text = pdf_text(target)
    assert "Справка по мероприятию" in text and "Для служебного пользования" in text
    assert "Бақытжан Баяхметов" in text
    assert not dialog.isVisible() and not list(tmp_path.glob("*.part"))
    assert any(str(target) in message for message in workspace.extra["statuses"])  # type: ignore[union-attr]


def test_the_marking_follows_the_language_until_one_is_typed(qtbot: QtBot, sample_archive: Archive,
                                                            workspace: Workspace) -> None:
    dialog = BriefingDialog(workspace, "commitments", opener=lambda path: None)
    qtbot.addWidget(dialog)
    choose(dialog.lang, "kk")
    assert dialog.marking.text() == "Қызмет бабында пайдалану үшін"
    dialog.show()
    dialog.marking.clear()
    dialog.marking.setFocus()
    type_text(dialog.marking, "Құпия, № 3 дана")
    choose(dialog.lang, "en")
    assert dialog.marking.text() == "Құпия, № 3 дана"


def test_views_open_the_dialog_by_their_record_type_and_the_workspace_opener_is_used(
        qtbot: QtBot, sample_archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    omsk = record_id(sample_archive, "organisation", "Омбы облысының Үкіметі")
    opened: list[str] = []
    workspace.extra["open_path"] = opened.append
    dialog = open_briefing_dialog(workspace, "organisation", omsk)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "counterpart" and dialog.org_picker.current_id() == omsk

    dialogs.files.append(str(tmp_path / "omsk.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: bool(opened), timeout=EXPORT_TIMEOUT_MS)
    text = pdf_text(tmp_path / "omsk.pdf")
    assert "Counterpart dossier" in text and "Омбы облысының Мәдениет министрлігі" in text

    calendar = open_briefing_dialog(workspace, "calendar", opener=lambda path: None)
    qtbot.addWidget(calendar)
    assert calendar.kind.currentData() == "upcoming"


def test_an_incomplete_scope_is_explained_before_any_file_is_asked_for(
        qtbot: QtBot, sample_archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    opened: list[str] = []
    dialog = BriefingDialog(workspace, "counterpart", opener=opened.append)
    qtbot.addWidget(dialog)
    choose(dialog.counterpart_mode, "country")
    dialogs.files.append(str(tmp_path / "country.pdf"))
    dialog.export()
    assert dialog.task is None and "country or region" in dialog.message.text()
    assert dialogs.files == [str(tmp_path / "country.pdf")]  # not asked yet

    dialog.area.setText("Russia")
    dialog.export()
    qtbot.waitUntil(lambda: bool(opened), timeout=EXPORT_TIMEOUT_MS)
    assert "Country: Russia" in pdf_text(tmp_path / "country.pdf")


def test_cancel_stops_the_export_and_leaves_no_file(
        qtbot: QtBot, sample_archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    opened: list[str] = []
    dialog = BriefingDialog(workspace, "commitments", opener=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "out"  # the archive lives in tmp_path itself
    out.mkdir()
    dialogs.files.append(str(out / "report.pdf"))
    dialog.export()
    assert dialog.task is not None and dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=EXPORT_TIMEOUT_MS)

    assert "cancelled" in dialog.message.text()
    assert opened == [] and list(out.iterdir()) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()  # ready to try again


def test_a_record_gone_meanwhile_is_reported(qtbot: QtBot, sample_archive: Archive, workspace: Workspace,
                                             dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    visit = record_id(sample_archive, "event", "Шаңхай мэрі")
    opened: list[str] = []
    dialog = BriefingDialog(workspace, "event", visit, opener=opened.append)
    qtbot.addWidget(dialog)
    sample_archive.delete("event", visit)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.files.append(str(out / "visit.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=EXPORT_TIMEOUT_MS)
    assert [kind for kind, _title, _text in dialogs.shown] == ["error"]
    assert "no longer in the archive" in dialogs.shown[0][2]
    assert opened == [] and list(out.iterdir()) == []
