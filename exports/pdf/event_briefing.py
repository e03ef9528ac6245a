"""The briefing an official reads before a meeting: the event, who comes, what was signed with
these counterparts, what is still owed, and what comes next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import IO

from reportlab.platypus import Flowable

from database.briefing_rows import DelegationLine, EventBriefing, PersonLine
from exports.pdf import styles
from exports.pdf.blocks import (
    COMMITMENT_COLUMNS,
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    Story,
    commitment_row,
    document_row,
    event_row,
    labelled,
    numbered,
    para,
    person_text,
    place_text,
)
from exports.pdf.labels import Labels
from exports.pdf.page import ProgressCallback
from exports.pdf.render import begin_on_record, finish
from exports.pdf.tables import cell

MEMBER_COLUMNS = (("col.no", 0.05), ("col.name", 0.27), ("col.position", 0.36), ("col.organisation", 0.32))


def write_event_briefing(
    data: EventBriefing, out: IO[bytes], *, lang: str = "kk", marking: str | None = None,
    today: date | None = None, progress: ProgressCallback | None = None,
) -> int:
    """Write the briefing on ``data.event`` as PDF to ``out``; ``marking`` None prints the
    language's default classification marking."""
    day = today or data.today
    e = data.event
    t, story = begin_on_record(lang, "title.event", e.title, day)

    particulars = story.fields([
        ("field.kind", t.value("event_kind", e.kind)),
        ("field.dates", t.span(e.start, e.end)),
        ("field.place", place_text(e.place)),
        ("field.status", t.value("event_status", e.status)),
        ("field.organiser", e.organiser),
        ("field.source", e.source),
    ])
    body: list[Flowable] = [particulars] if particulars is not None else []
    if e.summary.strip():
        body.append(labelled(t("field.summary"), e.summary, t))
    story.section(t("section.event"), body)

    if data.delegations:
        story.open_section(t("section.delegations"))
    else:
        story.section(t("section.delegations"), None, empty=t("empty.delegations"))
    for dl in data.delegations:
        _delegation(story, dl)

    story.section(t("section.counterparts"), [para("• " + name, t=t) for name in data.counterparts],
                  empty=t("empty.counterparts"))
    story.section(t("section.signed_here"),
                  story.table(DOCUMENT_COLUMNS, numbered(data.documents_here), document_row(t)),
                  empty=t("empty.documents"))
    for title, columns, shown, total, make_row, empty in (
        ("section.earlier", DOCUMENT_COLUMNS, data.documents_earlier, data.documents_earlier_total,
         document_row(t), "empty.documents"),
        ("section.open_commitments", COMMITMENT_COLUMNS, data.commitments, data.commitments_total,
         commitment_row(t), "empty.commitments"),
        ("section.upcoming_with", EVENT_COLUMNS, data.upcoming, data.upcoming_total, event_row(t),
         "empty.events"),
    ):
        table = story.table(columns, numbered(shown), make_row)
        content: list[Flowable] = [table] if table is not None else []
        if content and total > len(shown):
            content.append(para(t("shown_of", shown=len(shown), total=total), styles.EMPTY))
        story.section(t(title), content, empty=t(empty))
    return finish(out, story, title=f"{t('title.event')}: {e.title}", marking=marking, today=day,
                  progress=progress)


def _delegation(story: Story, dl: DelegationLine) -> None:
    t = story.t
    role = t(f"role.{dl.role}") if dl.role in ("host", "guest") else dl.role
    title = " · ".join(x for x in (dl.side, role) if x)
    lines: list[Flowable] = []
    if dl.organisation:
        lines.append(para(f"{t('field.organisation')}: {dl.organisation}", t=t))
    if dl.head is not None:
        head = person_text(dl.head) + (f", {dl.head.position}" if dl.head.position else "")
        lines.append(para(f"{t('field.head')}: {head}", t=t))
    members = story.table(MEMBER_COLUMNS, numbered(dl.members), member_row(t))
    if members is not None:
        lines.append(members)
    else:
        lines.append(para(t("empty.members"), styles.EMPTY))
    story.section(title, lines, level=1)


def member_row(t: Labels) -> Callable[[tuple[int, PersonLine]], list[Flowable]]:
    def row(item: tuple[int, PersonLine]) -> list[Flowable]:
        n, p = item
        return [cell(str(n), styles.CELL_CENTER), cell(person_text(p), t=t), cell(p.position, t=t),
                cell(p.organisation, t=t)]
    return row
