"""How briefings look: page geometry, colours, paragraph and table styles, in one place."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from exports.pdf.fonts import BOLD, ITALIC, REGULAR

# --- page -----------------------------------------------------------------------------------

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 24 * mm  # room for the marking and the running head above the frame
MARGIN_BOTTOM = 20 * mm  # room for the page number and the marking below it
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

MARKING_TOP_Y = PAGE_HEIGHT - 10 * mm
RUNNING_HEAD_Y = PAGE_HEIGHT - 17 * mm
HEAD_RULE_Y = PAGE_HEIGHT - 19 * mm
FOOT_RULE_Y = 15 * mm
PAGE_NUMBER_Y = 11 * mm
MARKING_BOTTOM_Y = 6 * mm

# --- colours --------------------------------------------------------------------------------

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6570")
ACCENT = colors.HexColor("#16365c")  # headings: the dark blue of official letterheads
MARKING = colors.HexColor("#8b1a1a")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#dde4ec")
ZEBRA = colors.HexColor("#f4f6f8")
OVERDUE = colors.HexColor("#a01616")

# --- running head and foot (drawn on the canvas, not as paragraphs) ------------------------

MARKING_FONT = (BOLD, 9)
RUNNING_FONT = (REGULAR, 7.5)

# --- paragraphs -----------------------------------------------------------------------------

BODY_SIZE = 9.5
CELL_SIZE = 8.5

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT,
                       alignment=TA_LEFT, spaceAfter=4)
SUBTITLE = ParagraphStyle("subtitle", fontName=BOLD, fontSize=12, leading=15, textColor=INK, spaceAfter=3)
META = ParagraphStyle("meta", fontName=REGULAR, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT,
                    spaceBefore=10, spaceAfter=4, keepWithNext=1)
H2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=INK,
                    spaceBefore=7, spaceAfter=3, keepWithNext=1)
BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=BODY_SIZE, leading=12.5, textColor=INK,
                      spaceAfter=4)
EMPTY = ParagraphStyle("empty", fontName=ITALIC, fontSize=BODY_SIZE, leading=12.5, textColor=MUTED,
                       spaceAfter=4)
CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=CELL_SIZE, leading=10.5, textColor=INK)
CELL_MUTED = ParagraphStyle("cell_muted", parent=CELL, textColor=MUTED, fontSize=7.5, leading=9.5)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=BOLD)
CELL_OVERDUE = ParagraphStyle("cell_overdue", parent=CELL, fontName=BOLD, textColor=OVERDUE)
CELL_HEADER = ParagraphStyle("cell_header", parent=CELL, fontName=BOLD, fontSize=8, leading=10)
CELL_CENTER = ParagraphStyle("cell_center", parent=CELL, alignment=TA_CENTER)
LABEL = ParagraphStyle("label", parent=CELL, fontName=BOLD, textColor=MUTED)
LABELLED = ParagraphStyle("labelled", parent=BODY, spaceBefore=7)

# --- tables ---------------------------------------------------------------------------------

PAD_LEFT = 3.5
PAD_RIGHT = 3.5
PAD_TOP = 2.5
PAD_BOTTOM = 3.5


def table_style(*, header: bool, zebra: bool = True) -> list[tuple[object, ...]]:
    """Commands for a data table: thin rules, a shaded header row, light zebra rows."""
    cmds: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),  # else Table selects Helvetica, unembedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_LEFT),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_RIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    first = 1 if header else 0
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]))
    return cmds


def field_table_style() -> list[tuple[object, ...]]:
    """Commands for a label/value table (the event's particulars): no box, light rules."""
    return [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_LEFT),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_RIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
