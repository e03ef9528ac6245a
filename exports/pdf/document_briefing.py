"""The briefing on one document: what it is, between whom, who signed it and in which capacity
on the day, the period and directions it sets, the event it was signed at, and what it made
someone owe."""

from __future__ import annotations

from datetime import date
from typing import IO

from reportlab.platypus import Flowable

from database.briefing_rows import DocumentBriefing
from exports.pdf.blocks import (
    COMMITMENT_COLUMNS,
    EVENT_COLUMNS,
    commitment_row,
    event_row,
    labelled,
    numbered,
    para,
    place_text,
)
from exports.pdf.event_briefing import MEMBER_COLUMNS, member_row
from exports.pdf.page import ProgressCallback
from exports.pdf.render import begin_on_record, finish


def write_document_briefing(
    data: DocumentBriefing, out: IO[bytes], *, lang: str = "kk", marking: str | None = None,
    today: date | None = None, progress: ProgressCallback | None = None,
) -> int:
    """The PDF on one document into ``out``, as the other writers take their rows (see
    exports.pdf.WRITERS); the number of pages."""
    day = today or data.today
    doc = data.document
    t, story = begin_on_record(lang, "title.document", doc.title, day)

    particulars = story.fields([
        ("field.kind", t.value("document_kind", doc.kind)),
        ("field.status", t.value("document_status", doc.status)),
        ("field.signed", t.partial(doc.signed_on) if doc.signed_on else ""),
        ("field.place", place_text(doc.place)),
        ("field.period", t.period(doc.period_start, doc.period_end)
         if doc.period_start or doc.period_end else ""),
        ("field.event", doc.event),
    ])
    body: list[Flowable] = [particulars] if particulars is not None else []
    if doc.summary.strip():
        body.append(labelled(t("field.summary"), doc.summary, t))
    story.section(t("section.document"), body)

    story.section(t("col.parties"), [para("• " + name, t=t) for name in doc.parties],
                  empty=t("empty.counterparts"))
    story.section(t("field.signatories"),
                  story.table(MEMBER_COLUMNS, numbered(doc.signatories), member_row(t)),
                  empty=t("empty.signatories"))
    directions: list[Flowable] = []
    if doc.directions_count is not None:
        directions.append(para(t("field.directions_count", n=t.number(doc.directions_count)), t=t))
    directions += [para(f"{n}. {text}", t=t) for n, text in numbered(doc.directions)]
    story.section(t("field.directions"), directions, empty=t("empty.directions"))
    event = story.table(EVENT_COLUMNS, numbered([data.event] if data.event else []), event_row(t))
    story.section(t("section.signed_at"), event, empty=t("empty.events"))
    story.section(t("section.arising"),
                  story.table(COMMITMENT_COLUMNS, numbered(data.commitments), commitment_row(t)),
                  empty=t("empty.commitments"))
    return finish(out, story, title=f"{t('title.document')}: {doc.title}", marking=marking, today=day,
                  progress=progress)
