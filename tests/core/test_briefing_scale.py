"""A briefing's time follows its input linearly: one record of thousands of lines (a legal text
pasted into a commitment) prints a fold of it with a note of what is left out, instead of
freezing the export for minutes."""

import io
import time
from collections.abc import Callable
from datetime import date

import pytest
from pypdf import PdfReader

from database import briefing_data as bd
from database.dates import PartialDate
from exports.pdf import write_commitments_report, write_event_briefing
from exports.pdf.fonts import register_fonts
from exports.pdf.tables import CELL_LINES

TODAY = date(2026, 11, 21)


def legal_text(n: int) -> str:
    return "\n".join(f"{i + 1}-тармақ. Тараптар осы бапты орындайды." for i in range(n))


def report(text: str, note: str = "") -> bd.CommitmentsReport:
    line = bd.CommitmentLine(1, text, "open", PartialDate(2026, 12, 1), False, "Павлодар облысының әкімдігі", "",
                             ("Омбы облысының Үкіметі",), "Жол картасы", note)
    return bd.CommitmentsReport(TODAY, (line,), ())


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def fastest(make: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        make()
        best = min(best, time.perf_counter() - start)
    return best


def test_a_commitment_of_thousands_of_lines_does_not_print_in_quadratic_time() -> None:
    register_fonts()
    small, large = report(legal_text(2_000)), report(legal_text(8_000))
    fastest(lambda: write_commitments_report(small, io.BytesIO(), lang="kk"), runs=1)  # warm up
    t_small = fastest(lambda: write_commitments_report(small, io.BytesIO(), lang="kk"))
    t_large = fastest(lambda: write_commitments_report(large, io.BytesIO(), lang="kk"))
    # Four times the input: linear work takes about four times as long, quadratic sixteen.
    assert t_large / t_small < 6, (t_small, t_large)


@pytest.mark.parametrize(("lang", "note"), [
    ("kk", "… тағы 9 950 жол, толығы мұрағатта"),
    ("ru", "… ещё 9 950 строк, полностью в архиве"),
    ("en", "… 9,950 more lines, see the archive"),
])
def test_the_cell_prints_its_first_lines_and_says_how_many_more(lang: str, note: str) -> None:
    out = io.BytesIO()
    pages = write_commitments_report(report(legal_text(10_000), note="Соңғы ескерту"), out, lang=lang)
    text = pdf_text(out.getvalue()).replace("\u00a0", " ")
    assert pages <= 5  # not the 300 pages of the whole text
    assert "1-тармақ." in text and f"{CELL_LINES}-тармақ." in text
    assert f"{CELL_LINES + 1}-тармақ." not in text and "10000-тармақ." not in text
    assert note in " ".join(text.split())
    assert "Соңғы ескерту" in text  # the rest of the cell still prints


def test_one_unbroken_line_is_folded_by_characters() -> None:
    out = io.BytesIO()
    write_commitments_report(report("сөз " * 20_000), out, lang="en")
    text = " ".join(pdf_text(out.getvalue()).split())
    assert "more characters, see the archive" in text


def test_an_event_with_a_huge_summary_and_title_prints_linearly_and_says_so() -> None:
    register_fonts()

    def briefing(n: int) -> bd.EventBriefing:
        event = bd.EventLine(1, "u-1", "Ертіс форумы\n" * n, "forum", "held", PartialDate(2026, 5, 1), None, None,
                             "Омбы облысының Үкіметі", legal_text(n), "СІМ баспасөз қызметі", ("Павлодар",))
        return bd.EventBriefing(TODAY, event, (), ("Павлодар облысының әкімдігі",) * 3, (), (), (), ())

    small, large = briefing(2_000), briefing(8_000)
    t_small = fastest(lambda: write_event_briefing(small, io.BytesIO(), lang="kk"), runs=2)
    t_large = fastest(lambda: write_event_briefing(large, io.BytesIO(), lang="kk"), runs=2)
    assert t_large / t_small < 6, (t_small, t_large)
    out = io.BytesIO()
    write_event_briefing(large, out, lang="en")
    text = " ".join(pdf_text(out.getvalue()).split())
    assert "more lines, see the archive" in text and "1-тармақ." in text


def test_fold_counts_what_it_leaves_out() -> None:
    from exports.pdf.tables import fold

    assert fold("short", 2, 100) == ("short", 0, 0)
    assert fold("a\nb\nc\nd", 2, 100) == ("a\nb", 2, 0)  # two lines left out
    assert fold("a\nb\n\n", 2, 100) == ("a\nb\n\n", 0, 0)  # only blank ends: nothing worth a note
    assert fold("x" * 10, 5, 5) == ("xxxxx", 0, 5)  # one line cut: counted in characters
    shown, lines, chars = fold("word " * 100, 50, 52)
    assert shown.endswith("word") and lines == 0 and len(shown) + chars >= 499
