"""Tracking a commitment: each change of status comes with a dated progress note.

Notes are only ever appended, so the record keeps its whole history (who reported what, when,
and which status it was set to). Every change goes through ``archive.update``: it is validated,
written in one transaction with the write hooks (search index, audit trail) and announced to the
views like any other edit.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import cast

from database.archive import Archive
from database.records import CommitmentDraft, CommitmentStatus, Entity, ProgressNote, Record
from database.validation import FieldError, ValidationError


def set_status(
    archive: Archive,
    commitment_id: int,
    status: CommitmentStatus | str,
    note_text: str,
    on: date | None = None,
) -> Record[CommitmentDraft]:
    """Set the commitment's status and append a progress note dated ``on`` (default: today).

    Setting the status it already has just adds the note (with no status on it). Raises
    ValidationError with field ``status`` (``unknown_value``) or ``note`` (``required``).
    """
    try:
        new_status = CommitmentStatus(status)
    except ValueError:
        allowed = ", ".join(s.value for s in CommitmentStatus)
        raise ValidationError([FieldError("status", "unknown_value",
                                          {"value": str(status), "allowed": allowed})]) from None
    if not note_text.strip():
        raise ValidationError([FieldError("note", "required")])
    record = cast(Record[CommitmentDraft], archive.get(Entity.COMMITMENT, commitment_id))
    draft = record.data
    changed = new_status != draft.status
    note = ProgressNote(on or archive.clock.today(), note_text, new_status if changed else None)
    return archive.update(commitment_id, dataclasses.replace(
        draft, status=new_status, notes=(*draft.notes, note)))


def add_note(archive: Archive, commitment_id: int, note_text: str,
             on: date | None = None) -> Record[CommitmentDraft]:
    """A progress note that leaves the status as it is."""
    record = cast(Record[CommitmentDraft], archive.get(Entity.COMMITMENT, commitment_id))
    return set_status(archive, commitment_id, record.data.status, note_text, on)


def history(draft: CommitmentDraft) -> list[ProgressNote]:
    """The notes by date, oldest first. An undated note (from an import) stays after the note
    written before it instead of jumping to the top."""
    keyed = []
    last = date.min
    for i, note in enumerate(draft.notes):
        last = note.on or last
        keyed.append((last, i, note))
    return [note for _day, _i, note in sorted(keyed, key=lambda k: (k[0], k[1]))]
