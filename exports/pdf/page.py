"""The page every briefing is printed on: marking above and below, running head, page N of M,
and a PDF outline built from the section headings.

"Page N of M" needs M before the last page exists. Laying the document out twice would double
the time of a long report, and a canvas that holds every page back to number it at the end
doubles the memory; instead the total is a tiny PDF form, referenced on every page and drawn
once when the document is complete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import IO, Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from exports.pdf import styles
from exports.pdf.fonts import REGULAR, clean, markup, register_fonts, runs, width
from exports.pdf.labels import Labels

PAGE_COUNT_FORM = "elshiPageCount"
OUTLINE_OPEN_FROM = 5  # pages

# Called after each page with (work done, work in all); it may raise to stop the export.
ProgressCallback = Callable[[int, int], None]


class Heading(Paragraph):  # type: ignore[misc]
    """A section heading that also becomes an entry of the PDF outline (bookmarks)."""

    def __init__(self, text: str, style: Any, *, level: int, key: str) -> None:
        super().__init__(markup(text), style)
        self.outline_title = " ".join(clean(text).split())
        self.outline_level = level
        self.outline_key = key


class _Canvas(Canvas):  # type: ignore[misc]
    """Writes the page total into its form when the document is complete."""

    def save(self) -> None:
        self.page_count: int = self.getPageNumber() - 1  # the last page is already shown
        self.beginForm(PAGE_COUNT_FORM)
        self.setFont(*styles.RUNNING_FONT)
        self.setFillColor(styles.MUTED)
        self.drawString(0, 0, str(self.page_count))
        self.endForm()
        if self.page_count >= OUTLINE_OPEN_FROM:
            self.showOutline()  # a long report opens with its bookmarks beside it
        super().save()


class BriefingDocument(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        out: IO[bytes],
        *,
        labels: Labels,
        marking: str,
        title: str,
        dated: str = "",
        created: date | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        register_fonts()
        super().__init__(
            out,
            pagesize=styles.PAGE_SIZE,
            leftMargin=styles.MARGIN_LEFT,
            rightMargin=styles.MARGIN_RIGHT,
            topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM,
            title=" ".join(clean(title).split()),
            author="Elshi",
            creator="Elshi",
            subject=" ".join(clean(marking).split()),
            lang=labels.lang,
            initialFontName=REGULAR,
            invariant=1,  # the same records give the same file: no timestamps or random ids
        )
        self.labels = labels
        self.marking = " ".join(clean(marking).split())
        self.running_title = " ".join(clean(title).split())
        self.dated = dated
        self.created = created
        self.progress = progress
        self._story: list[Flowable] = []
        self._total_units = 0
        self._outline_levels: list[int] = []
        frame = Frame(styles.MARGIN_LEFT, styles.MARGIN_BOTTOM, styles.FRAME_WIDTH, styles.FRAME_HEIGHT,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    # --- building ---------------------------------------------------------------------------

    def build_story(self, story: Sequence[Flowable]) -> int:
        """Lay out ``story`` and write the PDF; returns the number of pages."""
        flowables = list(story)
        self._story = flowables
        self._total_units = max(1, _units(flowables))
        self.build(flowables, canvasmaker=_Canvas)
        if self.progress:
            self.progress(self._total_units, self._total_units)
        return int(self.canv.page_count)

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        self._story = flowables
        super().handle_flowable(flowables)

    def afterPage(self) -> None:
        if self.progress:
            done = max(0, self._total_units - _units(self._story))
            self.progress(done, self._total_units)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            # An outline level may only go one deeper than the one before it.
            level = min(flowable.outline_level, (self._outline_levels[-1] + 1) if self._outline_levels else 0)
            self._outline_levels.append(level)
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_title, flowable.outline_key, level=level,
                                      closed=level > 0)

    # --- every page -------------------------------------------------------------------------

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        left, right = styles.MARGIN_LEFT, styles.PAGE_WIDTH - styles.MARGIN_RIGHT
        centre = (left + right) / 2
        if self.created is not None and canv.getPageNumber() == 1:
            # The file is reproducible (no clock time in it), yet says the day it was made for.
            day = self.created
            canv.setDateFormatter(lambda *_ignored: f"D:{day:%Y%m%d}000000Z")
        canv.saveState()
        canv.setFillColor(styles.MARKING)
        _draw_text(canv, centre, styles.MARKING_TOP_Y, self.marking, styles.MARKING_FONT, align="centre")
        _draw_text(canv, centre, styles.MARKING_BOTTOM_Y, self.marking, styles.MARKING_FONT, align="centre")

        canv.setFillColor(styles.MUTED)
        _draw_text(canv, left, styles.RUNNING_HEAD_Y, self.running_title, styles.RUNNING_FONT,
                   room=styles.FRAME_WIDTH * 0.72)
        if self.dated:
            _draw_text(canv, right, styles.RUNNING_HEAD_Y, self.dated, styles.RUNNING_FONT, align="right",
                       room=styles.FRAME_WIDTH * 0.26)
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(left, styles.HEAD_RULE_Y, right, styles.HEAD_RULE_Y)
        canv.line(left, styles.FOOT_RULE_Y, right, styles.FOOT_RULE_Y)

        font, size = styles.RUNNING_FONT
        prefix = self.labels("page", n=canv.getPageNumber())
        # Room for a four-digit total after the prefix, so the line ends near the margin.
        x = right - stringWidth(prefix + "0000", font, size)
        canv.setFont(font, size)
        canv.drawString(x, styles.PAGE_NUMBER_Y, prefix)
        canv.saveState()
        canv.translate(x + stringWidth(prefix, font, size), styles.PAGE_NUMBER_Y)
        canv.doForm(PAGE_COUNT_FORM)
        canv.restoreState()
        canv.restoreState()


def _units(flowables: Sequence[Flowable]) -> int:
    return sum(getattr(f, "units", 1) for f in flowables)


def _fit(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis to fit ``room`` points: a long title or marking must not run
    off the page."""
    if width(text, font, size) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(text[:mid].rstrip() + "…", font, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _draw_text(canv: Canvas, x: float, y: float, text: str, font: tuple[str, float], *,
               align: str = "left", room: float = styles.FRAME_WIDTH) -> None:
    """One line of running text; CJK runs switch to the CJK font as they do in paragraphs."""
    name, size = font
    line = _fit(text, name, size, room)
    w = width(line, name, size)
    start = {"centre": x - w / 2, "right": x - w}.get(align, x)
    t = canv.beginText(start, y)
    for piece, piece_font in runs(line, name):
        t.setFont(piece_font, size)
        t.textOut(piece)
    canv.drawText(t)
