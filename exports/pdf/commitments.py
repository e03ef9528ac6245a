"""The commitments report: overdue first, then by status; within each, by responsible party,
counterpart and due date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import groupby
from typing import IO

from database.briefing_rows import CommitmentLine, CommitmentsReport, commitment_group
from exports.pdf import styles
from exports.pdf.blocks import commitment_text_cell, due_cell
from exports.pdf.labels import Labels
from exports.pdf.page import ProgressCallback
from exports.pdf.render import begin, finish
from exports.pdf.tables import PagedTable, Row, cell

GROUPS = ("overdue", "open", "in_progress", "done", "dropped")
COLUMNS = (("col.no", 0.06), ("col.due", 0.15), ("col.commitment", 0.37), ("col.counterpart", 0.20),
           ("col.origin", 0.22))


def write_commitments_report(
    data: CommitmentsReport, out: IO[bytes], *, lang: str = "kk", marking: str | None = None,
    today: date | None = None, progress: ProgressCallback | None = None,
) -> int:
    t, story = begin(lang)
    day = today or data.today
    story.title_block(t("title.commitments"), t("as_of", date=t.day(data.today)),
                      t("generated", date=t.day(day)))

    by_group: dict[str, list[CommitmentLine]] = {g: [] for g in GROUPS}
    for line in data.rows:
        by_group.setdefault(commitment_group(line), []).append(line)
    shown = [g for g in GROUPS if _asked(g, data.statuses)] + [g for g in by_group if g not in GROUPS]

    summary = [(_group_title(t, g), len(by_group.get(g, []))) for g in shown] + [(t("total"), len(data.rows))]
    widths = [styles.FRAME_WIDTH * 0.5, styles.FRAME_WIDTH * 0.15]
    header = [cell(t("col.group"), styles.CELL_HEADER), cell(t("col.count"), styles.CELL_HEADER)]
    story.section(t("section.summary"), PagedTable(header, summary, widths, make_row=_summary_row))

    number = 0
    for group in shown:
        lines = by_group.get(group, [])
        if not lines:
            story.section(_group_title(t, group), None, empty=t("empty.commitments"))
            continue
        story.open_section(_group_title(t, group))
        for responsible, owned in groupby(lines, key=lambda c: c.responsible):
            rows = [(number + i, c) for i, c in enumerate(owned, 1)]
            number += len(rows)
            name = t("responsible", name=responsible) if responsible else t("responsible.none")
            # Overdue ones may be open or in progress: that one section says which.
            story.section(name, story.table(COLUMNS, rows, _row(t, with_status=group == "overdue")), level=1)
    return finish(out, story, title=t("title.commitments"), marking=marking, today=day, progress=progress)


def _asked(group: str, statuses: tuple[str, ...]) -> bool:
    if not statuses:
        return True
    if group == "overdue":
        return any(s in ("open", "in_progress") for s in statuses)
    return group in statuses


def _group_title(t: Labels, group: str) -> str:
    return t("group.overdue") if group == "overdue" else t.value("commitment_group", group)


def _summary_row(item: tuple[str, int]) -> Row:
    return [cell(item[0]), cell(str(item[1]), styles.CELL_CENTER)]


def _row(t: Labels, *, with_status: bool) -> Callable[[tuple[int, CommitmentLine]], Row]:
    def row(item: tuple[int, CommitmentLine]) -> Row:
        n, c = item
        return [
            cell(str(n), styles.CELL_CENTER),
            due_cell(t, c, with_status=with_status),
            commitment_text_cell(t, c),
            cell("\n".join(c.counterparts) or t("unknown"), t=t),
            cell(c.origin or t("unknown"), styles.CELL_MUTED, t=t),
        ]
    return row
