"""Two processes editing one commitment at once through every write API that appends to it; every
edit that returned successfully must be in the record afterwards. A lost update is an edit whose
call returned but whose note is missing."""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import dataclass, field
from pathlib import Path

APIS = ("concurrency.save", "commitments.set_status", "commitments.add_note")


def _editor(path: str, record_id: int, who: int, edits: int, done: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from database.commitments import add_note, set_status
    from database.concurrency import load, save
    from database.errors import Busy, Conflict
    from database.opening import open_archive
    from database.records import ProgressNote

    archive = open_archive(path)
    returned: list[str] = []
    for k in range(edits):
        api = APIS[k % len(APIS)]
        text = f"p{who} {api} {k}"
        while True:
            try:
                if api == "concurrency.save":
                    record, version = load(archive, "commitment", record_id)
                    notes = (*record.data.notes, ProgressNote(text=text))
                    save(archive, record_id, type(record.data)(record.data.text, notes=notes), version)
                elif api == "commitments.set_status":
                    set_status(archive, record_id, "in_progress" if k % 2 else "open", text)
                else:
                    add_note(archive, record_id, text)
                returned.append(text)
                break
            except (Conflict, Busy):  # what a person is told: try again
                time.sleep(0.001)
    archive.close()
    done.put(returned)


@dataclass
class RaceReport:
    edits: int = 0
    returned: int = 0
    kept: int = 0
    lost_by_api: dict[str, int] = field(default_factory=dict)

    @property
    def lost(self) -> int:
        return sum(self.lost_by_api.values())


def run_race(folder: Path, edits: int) -> RaceReport:
    from database.opening import open_archive
    from database.records import CommitmentDraft

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "race.sqlite"
    path.unlink(missing_ok=True)
    archive = open_archive(path)
    record_id = archive.add(CommitmentDraft("Әуе рейстерін қалпына келтіру")).id
    archive.close()
    ctx = multiprocessing.get_context("fork")
    done: multiprocessing.Queue = ctx.Queue()  # type: ignore[type-arg]
    workers = [ctx.Process(target=_editor, args=(str(path), record_id, who, edits, done)) for who in (1, 2)]
    for w in workers:
        w.start()
    returned = [text for _ in workers for text in done.get(timeout=1800)]
    for w in workers:
        w.join()
    archive = open_archive(path)
    kept = {n.text for n in archive.get("commitment", record_id).data.notes}
    archive.close()
    report = RaceReport(edits=2 * edits, returned=len(returned), kept=len(kept & set(returned)))
    for api in APIS:
        report.lost_by_api[api] = sum(1 for text in returned if api in text and text not in kept)
    return report
