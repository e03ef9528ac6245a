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
    status: CommitmentStatus | str | None,
    note_text: str,
    on: date | None = None,
    *,
    expected_version: int | None = None,
) -> Record[CommitmentDraft]:
    """Set the commitment's status and append a progress note dated ``on`` (default: today).

    Setting the status it already has (or None) just adds the note (with no status on it). The
    note is appended to the notes as they are when it is written, inside that one write
    transaction (:meth:`Archive.modify`): two windows or processes adding notes at once keep
    every note. With ``expected_version`` a record changed since it was shown is refused with
    :class:`~database.errors.Conflict`. Raises ValidationError with field ``status``
    (``unknown_value``) or ``note`` (``required``).
    """
    new_status: CommitmentStatus | None = None
    if status is not None:
        try:
            new_status = CommitmentStatus(status)
        except ValueError:
            allowed = ", ".join(s.value for s in CommitmentStatus)
            raise ValidationError([FieldError("status", "unknown_value",
                                              {"value": str(status), "allowed": allowed})]) from None
    if not note_text.strip():
        raise ValidationError([FieldError("note", "required")])
    day = on or archive.clock.today()

    def change(draft: CommitmentDraft) -> CommitmentDraft:
        wanted = draft.status if new_status is None else new_status
        changed = wanted != draft.status
        note = ProgressNote(day, note_text, wanted if changed else None)
        return dataclasses.replace(draft, status=wanted, notes=(*draft.notes, note))

    return cast(Record[CommitmentDraft], archive.modify(
        Entity.COMMITMENT, commitment_id, change, expected_version=expected_version))


def add_note(archive: Archive, commitment_id: int, note_text: str,
             on: date | None = None) -> Record[CommitmentDraft]:
    """A progress note that leaves the status as it is (as it is when the note is written)."""
    return set_status(archive, commitment_id, None, note_text, on)


def history(draft: CommitmentDraft) -> list[ProgressNote]:
    """The notes by date, oldest first. An undated note (from an import) stays after the note
    written before it instead of jumping to the top."""
    keyed = []
    last = date.min
    for i, note in enumerate(draft.notes):
        last = note.on or last
        keyed.append((last, i, note))
    return [note for _day, _i, note in sorted(keyed, key=lambda k: (k[0], k[1]))]
