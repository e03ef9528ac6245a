from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from database.dates import DateParseError, PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-26", PartialDate(2026, 3, 26)),
        ("26.03.2026", PartialDate(2026, 3, 26)),
        ("2026-03", PartialDate(2026, 3)),
        ("03.2026", PartialDate(2026, 3)),
        ("2026", PartialDate(2026)),
        ("2026-H1", PartialDate(2026, half=1)),
        ("H2 2026", PartialDate(2026, half=2)),
        ("  2026-3-5 ", PartialDate(2026, 3, 5)),
    ],
)
def test_people_type_dates_in_the_usual_forms(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [("2026-02-30", "date.no_such_day"), ("2025-02-29", "date.no_such_day"), ("2026-13", "date.invalid"),
     ("tomorrow", "date.unreadable"), ("", "date.unreadable"), ("0999", "date.year_range")],
)
def test_impossible_dates_are_refused_with_a_reason(text: str, code: str) -> None:
    with pytest.raises(DateParseError) as e:
        PartialDate.parse(text)
    assert e.value.code == code


def test_partial_dates_span_the_days_they_may_mean() -> None:
    assert PartialDate(2026, half=1).first_day() == date(2026, 1, 1)
    assert PartialDate(2026, half=1).last_day() == date(2026, 6, 30)
    assert PartialDate(2024, 2).last_day() == date(2024, 2, 29)
    assert PartialDate(2026).last_day() == date(2026, 12, 31)
    assert PartialDate(2026, 3, 26).first_day() == PartialDate(2026, 3, 26).last_day() == date(2026, 3, 26)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    d = draw(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "half", "year"]))
    if precision == "day":
        return PartialDate(d.year, d.month, d.day)
    if precision == "month":
        return PartialDate(d.year, d.month)
    if precision == "half":
        return PartialDate(d.year, half=1 if d.month <= 6 else 2)
    return PartialDate(d.year)


@given(partial_dates())
def test_text_form_reads_back_to_the_same_date(value: PartialDate) -> None:
    assert PartialDate.parse(str(value)) == value
    assert value.first_day() <= value.last_day()
    assert value.precision in ("day", "month", "half", "year")
