"""The pieces every briefing is made of: title block, sections, tables, empty-section notes, and
the cells that show a document, a commitment or a person the same way in every briefing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from database.briefing_rows import CommitmentLine, DocumentLine, EventLine, PersonLine, PlaceLine
from exports.pdf import styles
from exports.pdf.fonts import markup
from exports.pdf.labels import Labels
from exports.pdf.page import Heading
from exports.pdf.tables import CELL_CHARS, CELL_LINES, PagedTable, Row, cell, fold, rich

# A text printed as a paragraph of its own (an event's summary) may run longer than a cell, but
# not without end: ReportLab lays out the rest of a paragraph again at every page it splits at.
TEXT_LINES = 200
TEXT_CHARS = 20_000


def _folded(text: str, t: Labels | None, max_lines: int, max_chars: int) -> str:
    """``markup`` of ``text``, folded, with the note of what is left out in a muted font."""
    shown, lines, chars = fold(text, max_lines, max_chars)
    if not (lines or chars):
        return markup(text)
    note = t.more(lines, chars) if t is not None else f"… +{lines or chars}"
    colour = styles.CELL_MUTED.textColor.hexval().replace("0x", "#")
    return f'{markup(shown)}<br/><font color="{colour}">{markup(note)}</font>'


def para(text: str, style: ParagraphStyle = styles.BODY, t: Labels | None = None) -> Paragraph:
    """A paragraph of ``text`` printed literally; folded like a cell if it is very long."""
    return Paragraph(_folded(text, t, CELL_LINES, CELL_CHARS), style)


def labelled(label: str, text: str, t: Labels | None = None) -> Paragraph:
    """A block of text under a small label, in one paragraph: it splits across pages like any
    text, and the label can never be left alone at the foot of a page. Folded past
    :data:`TEXT_LINES` lines or :data:`TEXT_CHARS` characters."""
    colour = styles.LABEL.textColor.hexval().replace("0x", "#")
    head = (f'<font face="{styles.LABEL.fontName}" size="{styles.LABEL.fontSize}" color="{colour}">'
            f"{markup(label)}</font>")
    return Paragraph(f"{head}<br/>{_folded(text, t, TEXT_LINES, TEXT_CHARS)}", styles.LABELLED)


class Story:
    """Flowables of one briefing in order, with unique bookmark keys for its headings."""

    def __init__(self, labels: Labels) -> None:
        self.t = labels
        self.flowables: list[Flowable] = []
        self._pending: list[Heading] = []
        self._keys = 0

    def heading(self, text: str, level: int = 0) -> Heading:
        self._keys += 1
        shown, lines, chars = fold(text)  # a heading is a name: one of 10,000 lines is folded too
        if lines or chars:
            shown = f"{shown} {self.t.more(lines, chars)}"
        return Heading(shown, styles.H1 if level == 0 else styles.H2, level=level, key=f"s{self._keys}")

    def title_block(self, title: str, subtitle: str = "", *details: str) -> None:
        self.flowables.append(para(title, styles.TITLE, self.t))
        if subtitle:
            self.flowables.append(para(subtitle, styles.SUBTITLE, self.t))
        lines = [markup(d) for d in details if d]
        if lines:
            self.flowables.append(Paragraph("<br/>".join(lines), styles.META))
        self.flowables.append(Spacer(0, 2))

    def section(self, title: str, body: Sequence[Flowable] | PagedTable | None, *, empty: str = "",
                level: int = 0) -> None:
        """A heading and its content; with no content, the heading and a line saying so."""
        items: list[Flowable]
        if body is None:
            items = []
        elif isinstance(body, PagedTable):
            items = [body]
        else:
            items = list(body)
        self._pending.append(self.heading(title, level))
        self.add(items or [para(empty or self.t("empty.timeline"), styles.EMPTY)])

    def open_section(self, title: str, level: int = 0) -> None:
        """A heading whose content follows as subsections; it stays with the first of them."""
        self._pending.append(self.heading(title, level))

    def add(self, items: Sequence[Flowable]) -> None:
        """Append content; headings still waiting for content go with its first piece (a table
        takes them as its lead, so they move to the next page with its first rows)."""
        items = list(items)
        if self._pending and items and isinstance(items[0], PagedTable):
            items[0].lead = [*self._pending, *items[0].lead]
        else:
            items = [*self._pending, *items]
        self._pending = []
        self.flowables += items

    def table(self, columns: Sequence[tuple[str, float]], items: Sequence[Any],
              make_row: Callable[[Any], Row]) -> PagedTable | None:
        """A table with a header row; ``columns`` are (label key, share of the frame width)."""
        if not items:
            return None
        total = sum(share for _, share in columns)
        widths = [styles.FRAME_WIDTH * share / total for _, share in columns]
        header = [cell(self.t(key), styles.CELL_HEADER) for key, _ in columns]
        return PagedTable(header, items, widths, make_row=make_row)

    def fields(self, pairs: Sequence[tuple[str, str]]) -> PagedTable | None:
        """Label/value lines (the event's particulars); empty values are left out."""
        shown = [(label, value) for label, value in pairs if value]
        if not shown:
            return None
        widths = [styles.FRAME_WIDTH * 0.24, styles.FRAME_WIDTH * 0.76]
        return PagedTable(None, shown, widths, style=styles.field_table_style(), min_rows=1,
                          make_row=lambda pair: [cell(self.t(pair[0]), styles.LABEL), cell(pair[1], t=self.t)])


# --- how records read in cells --------------------------------------------------------------


def person_text(p: PersonLine) -> str:
    return f"{p.name} ({', '.join(p.also)})" if p.also else p.name


def place_text(p: PlaceLine | None) -> str:
    if p is None:
        return ""
    name = f"{p.name} ({', '.join(p.also)})" if p.also else p.name
    return ", ".join(x for x in (name, p.region if p.region != p.name else "", p.country) if x)


def numbered(items: Sequence[Any]) -> list[tuple[int, Any]]:
    return [(i, item) for i, item in enumerate(items, 1)]


def document_row(t: Labels) -> Callable[[tuple[int, DocumentLine]], Row]:
    def row(item: tuple[int, DocumentLine]) -> Row:
        n, doc = item
        detail = t.value("document_kind", doc.kind)
        if doc.event:
            detail += f" · {doc.event}"
        parts: list[tuple[str, ParagraphStyle | None]] = [(doc.title, None), (detail, styles.CELL_MUTED)]
        if doc.directions_count is not None:
            parts.append((t("field.directions_count", n=doc.directions_count), styles.CELL_MUTED))
        if doc.directions:
            parts.append((f"{t('field.directions')}: " + "; ".join(doc.directions), styles.CELL_MUTED))
        if doc.signatories:
            parts.append((f"{t('field.signatories')}: " + "; ".join(person_text(p) for p in doc.signatories),
                          styles.CELL_MUTED))
        return [
            cell(str(n), styles.CELL_CENTER),
            cell(t.partial(doc.signed_on) if doc.signed_on else t("unknown")),
            rich(parts, t=t),
            cell(t.period(doc.period_start, doc.period_end)),
            cell("\n".join(doc.parties) or t("unknown"), t=t),
            cell(t.value("document_status", doc.status)),
        ]
    return row


DOCUMENT_COLUMNS = (("col.no", 0.05), ("col.signed", 0.12), ("col.document", 0.36), ("col.period", 0.12),
                    ("col.parties", 0.20), ("col.status", 0.15))


def due_cell(t: Labels, c: CommitmentLine, *, with_status: bool = False) -> Flowable:
    """The due date, marked when overdue; with ``with_status``, the status below it."""
    due = t.partial(c.due) if c.due else t("unknown")
    status = (t.value("commitment_status", c.status), styles.CELL_MUTED) if with_status else ("", None)
    if c.overdue:
        return rich([(due, None), (t("overdue"), styles.CELL_OVERDUE), status], styles.CELL_OVERDUE)
    return rich([(due, None), status])


def commitment_text_cell(t: Labels, c: CommitmentLine) -> Flowable:
    parts: list[tuple[str, ParagraphStyle | None]] = [(c.text, None)]
    if c.last_note:
        parts.append((f"{t('field.note')}: {c.last_note}", styles.CELL_MUTED))
    return rich(parts, t=t)


def responsible_text(c: CommitmentLine) -> str:
    return "\n".join(x for x in (c.responsible, c.responsible_person) if x)


def commitment_row(t: Labels) -> Callable[[tuple[int, CommitmentLine]], Row]:
    def row(item: tuple[int, CommitmentLine]) -> Row:
        n, c = item
        return [
            cell(str(n), styles.CELL_CENTER),
            due_cell(t, c, with_status=True),
            commitment_text_cell(t, c),
            cell(responsible_text(c) or t("unknown"), t=t),
            cell("\n".join(c.counterparts) or t("unknown"), t=t),
        ]
    return row


# The status prints under the due date: the names of organisations need the width.
COMMITMENT_COLUMNS = (("col.no", 0.05), ("col.due", 0.16), ("col.commitment", 0.35),
                      ("col.responsible", 0.22), ("col.counterpart", 0.22))


def event_row(t: Labels) -> Callable[[tuple[int, EventLine]], Row]:
    def row(item: tuple[int, EventLine]) -> Row:
        n, e = item
        return [
            cell(str(n), styles.CELL_CENTER),
            cell(t.span(e.start, e.end)),
            rich([(e.title, None), (t.value("event_kind", e.kind), styles.CELL_MUTED)], t=t),
            cell(place_text(e.place) or t("unknown"), t=t),
            cell("\n".join(e.participants) or t("unknown"), t=t),
            cell(t.value("event_status", e.status)),
        ]
    return row


EVENT_COLUMNS = (("col.no", 0.05), ("col.date", 0.17), ("col.event", 0.28), ("col.place", 0.14),
                 ("col.participants", 0.19), ("col.status", 0.17))
