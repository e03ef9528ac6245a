"""A date typed in words or digits, in Kazakh, Russian or English, read as exactly as it is known."""

import pytest

from catalogue.date_words import month_number, parse_date_words
from database.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 қазан 2026", PartialDate(2026, 10, 14)),
        ("2026 жылғы 15 наурыз", PartialDate(2026, 3, 15)),
        ("2026 жылғы 26 наурызда", PartialDate(2026, 3, 26)),
        ("14-ші қазан 2026 ж.", PartialDate(2026, 10, 14)),
        ("1 декабря 2026", PartialDate(2026, 12, 1)),
        ("26 марта 2026 года", PartialDate(2026, 3, 26)),
        ("1 мая 2026 г.", PartialDate(2026, 5, 1)),
        ("Dec 1 2026", PartialDate(2026, 12, 1)),
        ("Dec. 1, 2026", PartialDate(2026, 12, 1)),
        ("1 December 2026", PartialDate(2026, 12, 1)),
        ("September 5th, 2026", PartialDate(2026, 9, 5)),
        ("наурыз 2026", PartialDate(2026, 3)),
        ("қазан 2026 ж.", PartialDate(2026, 10)),
        ("декабрь 2026 г.", PartialDate(2026, 12)),
        ("в марте 2026 года", PartialDate(2026, 3)),
        ("March 2026", PartialDate(2026, 3)),
        ("2026 жылдың бірінші жартысы", PartialDate(2026, half=1)),
        ("2026 жылдың екінші жартысында", PartialDate(2026, half=2)),
        ("первое полугодие 2026", PartialDate(2026, half=1)),
        ("во втором полугодии 2026 года", PartialDate(2026, half=2)),
        ("the first half of 2026", PartialDate(2026, half=1)),
        ("2026 жыл", PartialDate(2026)),
        ("2026 года", PartialDate(2026)),
    ],
)
def test_dates_in_words_read_in_three_languages(text: str, expected: PartialDate) -> None:
    assert parse_date_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-26", PartialDate(2026, 3, 26)),
        ("26.03.2026", PartialDate(2026, 3, 26)),
        ("03.2026", PartialDate(2026, 3)),
        ("2026-H1", PartialDate(2026, half=1)),
        ("H2 2026", PartialDate(2026, half=2)),
        ("2026", PartialDate(2026)),
    ],
)
def test_every_form_the_date_fields_already_read_still_reads(text: str, expected: PartialDate) -> None:
    assert parse_date_words(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "foo", "31 февраля 2026", "30 ақпан 2026", "14 марш 2026", "2026-13", "0999", "14 қазан",
     "Казань 2026 жылы 14", "x" * 500],
)
def test_what_is_not_one_date_gives_none_without_raising(text: str) -> None:
    assert parse_date_words(text) is None


def test_month_names_carry_their_endings() -> None:
    assert [month_number(w) for w in ("наурызда", "қазанының", "ақпанда", "марте", "мае", "декабре", "Sept")] == [
        3, 10, 2, 3, 5, 12, 9,
    ]
    assert month_number("марш") is None
    assert month_number("наурыз", "ru") is None
    assert month_number("наурыз", "kk") == 3


def test_one_language_narrows_the_month_names() -> None:
    assert parse_date_words("14 қазан 2026", "ru") is None
    assert parse_date_words("14 қазан 2026", "kk") == PartialDate(2026, 10, 14)
    assert parse_date_words("1 декабря 2026", "ru") == PartialDate(2026, 12, 1)
