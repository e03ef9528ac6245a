"""PDF briefings: which rows for which kind, which writer, and the file written whole or not at all."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from database import briefing_data as data
from database.archive import Archive
from database.atomic import atomic_write
from database.records import Entity

KINDS = ("event", "counterpart", "upcoming", "commitments", "document")
LANGUAGES = ("kk", "ru", "en")
STATUSES = ("open", "in_progress", "done", "dropped")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BriefingScope:
    """What a briefing is about. ``record_id`` is the event (``event``), the document
    (``document``) or the organisation
    (``counterpart``, unless ``country`` or ``region`` is given); the dates bound ``upcoming``;
    ``statuses`` (empty: all), ``responsible_id`` and ``counterpart_id`` filter ``commitments``."""

    kind: str
    record_id: int | None = None
    country: str = ""
    region: str = ""
    date_from: date | None = None
    date_to: date | None = None
    statuses: tuple[str, ...] = ()
    responsible_id: int | None = None
    counterpart_id: int | None = None


# What a file name keeps of a title: letters of any script (Kazakh ә, ң, ү, Chinese), digits and
# a few marks every file system takes. Quotation marks go; any other mark (/ \\ : * ? < > | and
# controls) becomes a space.
_QUOTES = re.compile("[«»\"'“”„‘’]")
_UNSAFE = re.compile(r"[^\w\s.,()\-–№]+")
NAME_LIMIT = 120  # characters of the stem, well inside every file system's limit


def file_stem(when: str, title: str) -> str:
    """The name suggested for a briefing's file, without ``.pdf``: its date (ISO, so the folder
    sorts by it) and the record's title in safe characters, letters of every language kept."""
    text = unicodedata.normalize("NFC", f"{when} {title}".strip())
    text = " ".join(_UNSAFE.sub(" ", _QUOTES.sub("", text)).split())[:NAME_LIMIT]
    return text.strip(" .") or "briefing"


def record_stem(archive: Archive, kind: str, record_id: int) -> str:
    """The file name for the briefing of one record: the event's start or the document's signing
    date, and its title (an organisation: today and its name)."""
    if kind == "event":
        event = archive.get(Entity.EVENT, record_id).data
        return file_stem(str(event.start or ""), event.title)
    if kind == "document":
        document = archive.get(Entity.DOCUMENT, record_id).data
        return file_stem(str(document.signed_on or ""), document.title)
    organisation = archive.get(Entity.ORGANISATION, record_id).data
    return file_stem(archive.clock.today().isoformat(), organisation.name)


def resolve(archive: Archive, entity: str, ref: str) -> int:
    """A record's id from an id or a UUID; NotFound when there is no such record."""
    text = ref.strip()
    if text.isascii() and text.isdigit():  # not "²", which isdigit() calls a digit
        return archive.get(Entity(entity), int(text)).id
    return archive.get_by_uuid(Entity(entity), text).id


def gather(archive: Archive, scope: BriefingScope) -> Any:
    """The rows the briefing prints, as of the archive's today."""
    today = archive.clock.today()
    with archive.session() as s:
        if scope.kind == "event":
            if scope.record_id is None:
                raise ValueError("an event briefing needs the event")
            return data.event_briefing(s, scope.record_id, today)
        if scope.kind == "document":
            if scope.record_id is None:
                raise ValueError("a document briefing needs the document")
            return data.document_briefing(s, scope.record_id, today)
        if scope.kind == "counterpart":
            return data.counterpart_dossier(s, today, organisation_id=scope.record_id,
                                            country=scope.country, region=scope.region)
        if scope.kind == "upcoming":
            return data.upcoming_agenda(s, scope.date_from or today, scope.date_to or today, today)
        if scope.kind == "commitments":
            return data.commitments_report(s, today, statuses=scope.statuses,
                                           responsible_id=scope.responsible_id,
                                           counterpart_id=scope.counterpart_id)
    raise ValueError(f"no such briefing: {scope.kind}")


def write(kind: str, rows: Any, path: Path, *, lang: str, marking: str | None,
          progress: Progress | None = None) -> int:
    """Write the PDF of ``rows`` to ``path``; the number of pages. The file appears under its
    name only when complete: an error (or a cancel raised from ``progress``) leaves nothing."""
    from exports.pdf import WRITERS

    options: dict[str, Any] = {"lang": lang, "marking": marking}
    if progress is not None:
        options["progress"] = progress
    with atomic_write(path) as f:
        pages: int = WRITERS[kind](rows, f, **options)
    return pages


def make_briefing(archive: Archive, scope: BriefingScope, path: Path, *, lang: str,
                  marking: str | None = None, progress: Progress | None = None) -> int:
    """Gather the rows and write the PDF; the number of pages."""
    return write(scope.kind, gather(archive, scope), path, lang=lang, marking=marking, progress=progress)
