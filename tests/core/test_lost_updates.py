"""Writes that read a record and then change it, from two real processes at once: no change of
one process may undo the other's."""

import subprocess
import sys
import textwrap
from pathlib import Path

from database.archive import Archive
from database.commitments import add_note, set_status
from database.opening import open_archive
from database.records import CommitmentDraft, CommitmentStatus, Entity

ROOT = Path(__file__).resolve().parents[2]

WORKER = textwrap.dedent("""
    import sys
    from database.commitments import add_note, set_status
    from database.opening import open_archive

    path, commitment_id, who, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    archive = open_archive(path, create=False)
    print("ready", flush=True)
    sys.stdin.readline()  # both start together
    for i in range(count):
        if i % 10 == 9:
            set_status(archive, commitment_id, "in_progress" if who == "a" else "open", f"{who} status {i}")
        else:
            add_note(archive, commitment_id, f"{who} note {i}")
    archive.close()
""")


def test_two_processes_adding_notes_keep_every_note(archive: Archive) -> None:
    commitment = archive.add(CommitmentDraft("Соглашение о визовом режиме: ответ МИД"))
    archive.close()
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(archive.location), str(commitment.id), who, "60"],
                                cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for who in ("a", "b")]
    for w in workers:
        assert w.stdout is not None and w.stdout.readline().strip() == "ready"
    for w in workers:
        assert w.stdin is not None
        w.stdin.write("go\n")
        w.stdin.flush()
    for w in workers:
        _out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
    again = open_archive(archive.location, create=False)
    try:
        notes = again.get(Entity.COMMITMENT, commitment.id).data.notes
        texts = [n.text for n in notes]
        assert len(texts) == 120
        assert sorted(texts) == sorted(f"{who} {'status' if i % 10 == 9 else 'note'} {i}"
                                       for who in ("a", "b") for i in range(60))
        for who in ("a", "b"):  # each process's notes in the order it wrote them
            mine = [int(t.rsplit(" ", 1)[1]) for t in texts if t.startswith(who + " ")]
            assert mine == list(range(60))
    finally:
        again.close()


def test_a_note_is_appended_to_the_notes_as_they_are_when_written(archive: Archive) -> None:
    commitment = archive.add(CommitmentDraft("Протокол консультаций"))
    other = open_archive(archive.location)  # a second window on the same archive
    try:
        set_status(other, commitment.id, CommitmentStatus.IN_PROGRESS, "Начата работа")
        add_note(archive, commitment.id, "Запрос направлен")
    finally:
        other.close()
    record = archive.get(Entity.COMMITMENT, commitment.id)
    assert [n.text for n in record.data.notes] == ["Начата работа", "Запрос направлен"]
    assert record.data.status == CommitmentStatus.IN_PROGRESS  # a note keeps the status it found


def test_a_status_change_over_a_record_changed_since_it_was_shown_is_refused(archive: Archive) -> None:
    import pytest

    from database.errors import Conflict

    commitment = archive.add(CommitmentDraft("Меморандум"))
    shown = archive.get(Entity.COMMITMENT, commitment.id).version
    add_note(archive, commitment.id, "Another window's note")
    with pytest.raises(Conflict):
        set_status(archive, commitment.id, CommitmentStatus.DONE, "Done", expected_version=shown)
    assert archive.get(Entity.COMMITMENT, commitment.id).data.status == CommitmentStatus.OPEN


__all__ = ["sys"]
