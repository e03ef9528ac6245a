"""A counterpart dossier: everything the archive holds on an organisation, a country or a region,
as a timeline and then by record type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import IO

from database.briefing_rows import CounterpartDossier, TimelineEntry
from exports.pdf import styles
from exports.pdf.blocks import (
    COMMITMENT_COLUMNS,
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    commitment_row,
    document_row,
    event_row,
    numbered,
    para,
)
from exports.pdf.labels import Labels
from exports.pdf.page import ProgressCallback
from exports.pdf.render import begin, finish
from exports.pdf.tables import Row, cell

TIMELINE_COLUMNS = (("col.no", 0.05), ("col.date", 0.17), ("col.type", 0.13), ("col.title", 0.48),
                    ("col.status", 0.17))
_STATUS_GROUP = {"event": "event_status", "document": "document_status", "commitment": "commitment_status"}


def write_counterpart_dossier(
    data: CounterpartDossier, out: IO[bytes], *, lang: str = "kk", marking: str | None = None,
    today: date | None = None, progress: ProgressCallback | None = None,
) -> int:
    t, story = begin(lang)
    day = today or data.today
    name = data.name if data.scope == "organisation" else t(f"scope.{data.scope}", name=data.name)
    story.title_block(t("title.counterpart"), name, t("generated", date=t.day(day)))

    story.section(t("section.scope"), [para("• " + org, t=t) for org in data.organisations],
                  empty=t("empty.counterparts"))
    story.section(t("section.timeline"),
                  story.table(TIMELINE_COLUMNS, numbered(data.timeline), _timeline_row(t)),
                  empty=t("empty.timeline"))
    story.section(t("section.events"), story.table(EVENT_COLUMNS, numbered(data.events), event_row(t)),
                  empty=t("empty.events"))
    story.section(t("section.documents"),
                  story.table(DOCUMENT_COLUMNS, numbered(data.documents), document_row(t)),
                  empty=t("empty.documents"))
    story.section(t("section.commitments"),
                  story.table(COMMITMENT_COLUMNS, numbered(data.commitments), commitment_row(t)),
                  empty=t("empty.commitments"))
    return finish(out, story, title=f"{t('title.counterpart')}: {name}", marking=marking, today=day,
           progress=progress)


def _timeline_row(t: Labels) -> Callable[[tuple[int, TimelineEntry]], Row]:
    def row(item: tuple[int, TimelineEntry]) -> Row:
        n, entry = item
        return [
            cell(str(n), styles.CELL_CENTER),
            cell(t.partial(entry.when) if entry.when else t("unknown")),
            cell(t(f"type.{entry.kind}"), styles.CELL_MUTED),
            cell(entry.title, t=t),
            cell(t.value(_STATUS_GROUP[entry.kind], entry.status)),
        ]
    return row

