"""Tables that stay fast at ten thousand rows and repeat their header on every page.

ReportLab's ``Table`` re-measures and copies every remaining row each time it splits at a page
end, so one giant table costs time quadratic in its length. :class:`PagedTable` instead measures
each row once, then at each page end hands ReportLab a small ``Table`` holding exactly the rows
that fit, header first, with their heights already known. The page sees one continuous table whose
header row repeats at the top of every page; the work per page stays the same however long the
report is.

A single cell is bounded too: a row taller than a page has to be split by ReportLab, which
lays the rest of the row out again at every page, so one commitment of 10,000 lines would cost
time quadratic in its length. Every cell prints at most :data:`CELL_LINES` lines and
:data:`CELL_CHARS` characters of each text and then says, in the briefing's language, how much
more the archive holds ("… 9,950 more lines, see the archive"): a briefing is read before a
meeting; the full text stays one click away in the archive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from copy import copy
from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from exports.pdf import styles
from exports.pdf.fonts import clean, has_cjk, markup

if TYPE_CHECKING:
    from exports.pdf.labels import Labels

Row = Sequence[Flowable]
CELL_LINES = 50  # lines of one text a cell prints at most
CELL_CHARS = 3_000  # and characters


def fold(text: str, max_lines: int = CELL_LINES, max_chars: int = CELL_CHARS) -> tuple[str, int, int]:
    """``text`` cut to at most ``max_lines`` lines and ``max_chars`` characters (at a space when
    one is near), with the number of lines begun after the cut or, when there are none, of the
    characters left out; one pass over the text."""
    if len(text) <= max_chars and text.count("\n") < max_lines:
        return text, 0, 0
    end = -1
    for _ in range(max_lines):  # the end of line ``max_lines``
        end = text.find("\n", end + 1)
        if end < 0 or end > max_chars:
            break
    if end < 0 or end > max_chars:
        end = min(len(text), max_chars)
    if end < len(text) and text[end] != "\n":  # inside a line: at a word's end if one is near
        space = text.rfind(" ", max(0, end - 80), end)
        end = space if space > 0 else end
    shown, rest = text[:end].rstrip(), text[end:]
    if not rest.strip():
        return text, 0, 0
    lines_left = text.count("\n", end)
    return shown, lines_left, len(rest) if lines_left == 0 else 0


def folded_runs(runs: Sequence[tuple[str, ParagraphStyle]], labels: Labels | None,
                limits: tuple[int, int] = (CELL_LINES, CELL_CHARS)) -> list[tuple[str, ParagraphStyle]]:
    """Each run folded, a note of what is left out after any that was."""
    out: list[tuple[str, ParagraphStyle]] = []
    for text, style in runs:
        shown, lines, chars = fold(text, *limits)
        out.append((shown, style))
        if lines or chars:
            note = labels.more(lines, chars) if labels is not None else f"… +{lines or chars}"
            out.append((note, styles.CELL_MUTED))
    return out


class CellParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width.

    A table asks every cell for its size when it measures a row and again when it draws it;
    the answer does not change, and line breaking is most of the cost of a long report.
    """

    _wrapped_width: float | None = None
    _wrapped_size: tuple[float, float] = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._wrapped_width:
            self._wrapped_size = super().wrap(availWidth, availHeight)
            self._wrapped_width = availWidth
        return self._wrapped_size


class TextCell(Flowable):  # type: ignore[misc]
    """Runs of text, each in one style and starting on a line of its own, broken into lines at
    spaces (a word wider than the cell at letters) and drawn line by line: a cell of a long
    report without a paragraph's markup to parse. It reads like the :class:`CellParagraph` of
    the same runs, and costs a fraction of it."""

    def __init__(self, runs: Sequence[tuple[str, ParagraphStyle]]) -> None:
        super().__init__()
        self.runs = [(text, style) for text, style in runs if text]
        self._wrapped_width: float | None = None
        self._lines: list[tuple[str, ParagraphStyle]] = []

    def _break(self, width: float) -> list[tuple[str, ParagraphStyle]]:
        lines: list[tuple[str, ParagraphStyle]] = []
        for text, style in self.runs:
            font, size = style.fontName, style.fontSize
            for paragraph in text.split("\n"):
                for line in simpleSplit(paragraph, font, size, width) or [""]:
                    while len(line) > 1 and stringWidth(line, font, size) > width:
                        low, high = 1, len(line) - 1  # the longest start of the word that fits
                        while low < high:
                            mid = (low + high + 1) // 2
                            if stringWidth(line[:mid], font, size) <= width:
                                low = mid
                            else:
                                high = mid - 1
                        lines.append((line[:low], style))
                        line = line[low:]
                    lines.append((line, style))
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._wrapped_width:
            self._lines = self._break(availWidth)
            self._wrapped_width = availWidth
        self.width = availWidth
        self.height = sum(style.leading for _line, style in self._lines)
        return self.width, self.height

    def draw(self) -> None:
        # One text object for each run of lines in one style, not one for each line: drawing
        # the lines is most of a long report's time.
        canvas = self.canv
        top = self.height
        text: Any = None
        shown: ParagraphStyle | None = None
        for line, style in self._lines:
            if style is not shown:
                if text is not None:
                    canvas.drawText(text)
                canvas.setFont(style.fontName, style.fontSize, style.leading)
                canvas.setFillColor(style.textColor)
                text = canvas.beginText()
                shown = style
            y = top - style.fontSize  # the baseline, where a paragraph puts it
            if style.alignment == TA_CENTER:
                x = (self.width - stringWidth(line, style.fontName, style.fontSize)) / 2
            else:
                x = 0
            text.setTextOrigin(x, y)
            text.textOut(line)
            top -= style.leading
        if text is not None:
            canvas.drawText(text)

    def as_paragraph(self) -> CellParagraph:
        """The same runs as a paragraph (which, unlike this, can be split across pages)."""
        style = self.runs[0][1] if self.runs else styles.CELL
        return CellParagraph(runs_markup(self.runs, style), style)


def plain(runs: Sequence[tuple[str, ParagraphStyle]]) -> bool:
    """Whether these runs can print as a :class:`TextCell`: no Chinese (or other CJK) text, which
    prints in another font, and left or centred."""
    return all(not has_cjk(text) and style.alignment in (TA_LEFT, TA_CENTER) for text, style in runs)


def cell(text: str, style: ParagraphStyle = styles.CELL, *, t: Labels | None = None) -> Flowable:
    """A table cell printing ``text`` literally (escaped; CJK runs in the CJK font), folded if
    long, the note in the language of ``t``."""
    return rich([(text, None)], style, t=t)


def rich(parts: Sequence[tuple[str, ParagraphStyle | None]], style: ParagraphStyle = styles.CELL, *,
         t: Labels | None = None) -> Flowable:
    """One cell of several runs, each printed literally and on its own line; a run with a style of
    its own (a muted note, an overdue mark) prints in that style's font, size and colour. A long
    run is folded (see the module's docstring), with a note in the language of ``t``."""
    runs = folded_runs([(clean(text).strip(), run_style or style) for text, run_style in parts if text], t)
    if plain(runs):
        return TextCell(runs)
    return CellParagraph(runs_markup(runs, style), style)


def runs_markup(runs: Sequence[tuple[str, ParagraphStyle]], style: ParagraphStyle) -> str:
    out: list[str] = []
    for text, run_style in runs:
        body = markup(text)
        if run_style is not style:
            colour = run_style.textColor.hexval().replace("0x", "#")
            body = (f'<font face="{run_style.fontName}" size="{run_style.fontSize}" color="{colour}">'
                    f"{body}</font>")
        out.append(body)
    return "<br/>".join(out)


class PagedTable(Flowable):  # type: ignore[misc]
    """Rows laid out page by page as a sequence of page-sized tables.

    ``items`` are turned into rows by ``make_row`` only when a page needs them, and let go once
    placed, so memory follows the page being laid out, not the length of the report. ``lead``
    flowables (a section heading) go with the first rows so a heading never ends a page alone.
    ``units`` tells the document how much work remains, for progress.
    """

    def __init__(
        self,
        header: Row | None,
        items: Sequence[Any],
        col_widths: Sequence[float],
        *,
        make_row: Callable[[Any], Row] | None = None,
        lead: Sequence[Flowable] = (),
        zebra: bool = True,
        style: Sequence[tuple[Any, ...]] | None = None,
        min_rows: int = 2,
    ) -> None:
        super().__init__()
        self.header = header
        self.items = items
        self.make_row = make_row
        self.col_widths = list(col_widths)
        self.lead = list(lead)
        self.zebra = zebra
        self.style = list(style) if style is not None else styles.table_style(header=header is not None,
                                                                             zebra=zebra)
        self.min_rows = min_rows
        self.start = 0
        # Shared with the remainders split off this table: each row is built and measured once.
        self._rows: list[Row | None] = [None] * len(items)
        self.heights: list[float | None] = [None] * len(items)
        self.header_height: float | None = None

    @property
    def units(self) -> int:
        return len(self.items) - self.start

    def _row(self, index: int) -> Row:
        row = self._rows[index]
        if row is None:
            item = self.items[index]
            row = self._rows[index] = self.make_row(item) if self.make_row is not None else item
        return row

    # --- measuring --------------------------------------------------------------------------

    def _row_height(self, row: Row) -> float:
        tallest = 0.0
        for flowable, width in zip(row, self.col_widths, strict=True):
            inner = width - styles.PAD_LEFT - styles.PAD_RIGHT
            tallest = max(tallest, flowable.wrap(inner, 1e9)[1])
        return tallest + styles.PAD_TOP + styles.PAD_BOTTOM

    def _height_of(self, index: int) -> float:
        h = self.heights[index]
        if h is None:
            h = self.heights[index] = self._row_height(self._row(index))
        return h

    def _header_h(self) -> float:
        if self.header is None:
            return 0.0
        if self.header_height is None:
            self.header_height = self._row_height(self.header)
        return self.header_height

    def _lead_h(self, avail_width: float) -> float:
        total = 0.0
        for f in self.lead:
            total += f.getSpaceBefore() + f.wrap(avail_width, 1e9)[1] + f.getSpaceAfter()
        return total

    # --- platypus protocol ------------------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Always ask to be split: split() decides how many rows fit and returns real tables.
        self.width = sum(self.col_widths)
        return self.width, availHeight + 1e6

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - self._lead_h(availWidth) - self._header_h()
        end = self.start
        used = 0.0
        while end < len(self.items):
            h = self._height_of(end)
            if used + h > room:
                break
            used += h
            end += 1
        remaining = len(self.items) - self.start
        fitted = end - self.start
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        if remaining == 0:
            return [*self.lead] if self.lead else [Spacer(0, 0)]
        if fitted < min(self.min_rows, remaining):
            if not at_top:
                return []  # begin on the next page, heading and all
            if fitted == 0:
                return self._oversized(availWidth)
        chunk = self._table(self.start, end)
        rest = self._rest(end)
        return [*self.lead, chunk, *([rest] if rest is not None else [])]

    def _oversized(self, availWidth: float) -> list[Flowable]:
        """A row taller than a whole page (a 50,000-character commitment): ReportLab splits
        that one row across pages, repeating the header."""
        # Only paragraphs split across pages: this one row's plain cells become paragraphs.
        row = [c.as_paragraph() if isinstance(c, TextCell) else c for c in self._row(self.start)]
        rows: list[Row] = [self.header, row] if self.header is not None else [row]
        table = Table(rows, colWidths=self.col_widths, repeatRows=1 if self.header is not None else 0,
                      splitInRow=1, style=TableStyle(self.style), hAlign="LEFT")
        rest = self._rest(self.start + 1)
        # What split() returns first must fit as it is; the table is split by platypus after it.
        # A heading kept with a table taller than the page would move on alone and leave this
        # page empty but for the headings before it: here the row starts below its heading.
        for flowable in self.lead:
            flowable.keepWithNext = 0
        return [*(self.lead or [Spacer(0, 0)]), table, *([rest] if rest is not None else [])]

    def _table(self, start: int, end: int) -> Table:
        body = [self._row(i) for i in range(start, end)]
        heights = [self._height_of(i) for i in range(start, end)]
        if self.header is not None:
            body.insert(0, self.header)
            heights.insert(0, self._header_h())
        return Table(body, colWidths=self.col_widths, rowHeights=heights,
                     repeatRows=1 if self.header is not None else 0,
                     style=TableStyle(self.style), hAlign="LEFT")

    def _rest(self, start: int) -> PagedTable | None:
        for i in range(self.start, start):
            self._rows[i] = None  # placed: the table on the page holds what it needs
        if start >= len(self.items):
            return None
        rest = copy(self)
        rest.__dict__.pop("_postponed", None)  # platypus's mark for "moved on once already"
        rest.lead = []
        rest.start = start
        return rest

    def draw(self) -> None:  # never drawn itself: split() always replaces it
        raise AssertionError("PagedTable is always split into tables")
