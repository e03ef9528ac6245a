"""Validation codes from the core, as sentences in the interface language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from database.validation import FieldError


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def templates() -> dict[str, str]:
    return {
        "required": tr("Required."),
        "too_long": tr("Too long: at most {max} characters."),
        "too_many": tr("Too many entries: at most {max}."),
        "bad_chars": tr("Contains a control character."),
        "unknown_value": tr("“{value}” is not one of the allowed values."),
        "not_a_number": tr("Must be a whole number."),
        "out_of_range": tr("Must be between {min} and {max}."),
        "wrong_type": tr("Has the wrong kind of value."),
        "missing_link": tr("The linked record no longer exists."),
        "end_before_start": tr("Ends before it starts."),
        "two_preferred": tr("Only one spelling per language can be preferred ({lang})."),
        "date.unreadable": tr("“{value}” is not a date. Use 26.03.2026, 2026-03-26, 03.2026, 2026-H1 or 2026."),
        "date.no_such_day": tr("{value} does not exist."),
        "date.year_range": tr("Year {value} is out of range."),
        "date.invalid": tr("“{value}” is not a valid date."),
        "unresolved": tr("“{value}” is not in the archive: choose it from the list, or press + to create it."),
    }


def describe(error: FieldError) -> str:
    template = templates().get(error.code, error.code)
    try:
        text = template.format(**error.params)
    except (KeyError, IndexError):
        text = template
    where = _row_path(error.field)
    return f"{where}: {text}" if where else text


def _row_path(field: str) -> str:
    """"delegations[0].members[1].person_id" -> "1 › 2": which row of which list."""
    rows = [str(int(n) + 1) for n in re.findall(r"\[(\d+)\]", field)]
    return " › ".join(rows)


def top_field(field: str) -> str:
    return re.split(r"[.\[]", field, maxsplit=1)[0]
