"""The first start of a day: the window is filled first, then the checks run and report."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from database import backup
from database.archive import Archive
from database.backup import list_backups
from tests.ui.conftest import ScriptedDialogs
from ui import tasks
from ui.main_window import MainWindow


def commitments_known(archive: Archive) -> int:
    """How many commitments the planner's statistics say there are."""
    with archive.engine.connect() as conn:
        stats = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'commitments'").scalars()
        return max((int(str(stat).split()[0]) for stat in stats), default=0)


def test_the_checks_start_after_home_is_filled_and_back_up_and_take_statistics(
        qtbot: QtBot, sample_archive: Archive, dialogs: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    niceness: list[int] = []
    real = backup.backup_if_due

    def watched(archive: Archive) -> Path | None:
        niceness.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return real(archive)

    monkeypatch.setattr(backup, "backup_if_due", watched)
    with sample_archive.writing() as s:  # statistics of a time the archive was far larger
        s.connection().exec_driver_sql("UPDATE sqlite_stat1 SET stat = '90000 1' WHERE tbl = 'commitments'")
    assert list_backups(sample_archive) == [] and commitments_known(sample_archive) == 90000
    window = MainWindow(sample_archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.start_background_checks(delay_ms=300)
    home = window.view("home")
    qtbot.waitUntil(lambda: home.loaded, timeout=5000)  # type: ignore[attr-defined]
    # Home is filled before anything of the checks has run.
    assert list_backups(sample_archive) == [] and niceness == []
    qtbot.waitUntil(lambda: any(b.kind == "auto" for b in list_backups(sample_archive))
                    and commitments_known(sample_archive) == len(sample_archive.list("commitment")), timeout=30000)
    qtbot.waitUntil(lambda: not window.background.busy, timeout=10000)
    assert dialogs.shown == []  # a sound archive: nothing to report
    assert niceness == [tasks.BACKGROUND_NICENESS if sys.platform.startswith("linux") else niceness[0]]
    # The pool the person's own work runs on kept its priority.
    assert os.getpriority(os.PRIO_PROCESS, 0) < tasks.BACKGROUND_NICENESS


def test_a_damaged_archive_found_by_the_checks_is_reported(
        qtbot: QtBot, archive: Archive, dialogs: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("database.integrity.quick_check",
                        lambda conn: ["*** in database main *** Page 7: btreeInitPage() returns error code 11"])
    window = MainWindow(archive, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.start_background_checks(delay_ms=0)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10000)
    assert "damaged" in dialogs.shown[0][1] and "Page 7" in dialogs.shown[0][2]
    assert list_backups(archive) == []  # a damaged file is not backed up over the good copies
