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
        "date.unreadable": tr(
            "“{value}” is not a date. Write it as 26.03.2026, 14 October 2026, March 2026, "
            "first half of 2026 or 2026, in any of the three languages."),
        "date.no_such_day": tr("{value} does not exist."),
        "date.year_range": tr("Year {value} is out of range."),
        "date.invalid": tr("“{value}” is not a valid date."),
        "unresolved": tr("“{value}” is not in the archive: choose it from the list, or press + to create it."),
    }


def row_nouns() -> dict[str, str]:
    """What a row of each list is called in a message: "Delegation 2", "member 3"."""
    return {
        "delegations": tr("Delegation {n}"), "members": tr("member {n}"), "signatories": tr("Signatory {n}"),
        "names": tr("Spelling {n}"), "positions": tr("Position {n}"), "notes": tr("Note {n}"),
        "party_ids": tr("Party {n}"),
    }


def missing() -> dict[str, str]:
    """What to do about a required field left empty, by the field's name."""
    return {
        "side": tr("choose a side"), "person_id": tr("choose a person"), "title": tr("enter a title"),
        "name": tr("enter a name"), "text": tr("write the text"),
    }


def describe(error: FieldError) -> str:
    """One sentence that says where and what: "Delegation 2: choose a side"."""
    leaf = re.split(r"[.\[\]]+", error.field.strip("]"))[-1] if error.field else ""
    where = _row_path(error.field)
    phrase = missing().get(leaf) if error.code == "required" else None
    if phrase is None:
        template = templates().get(error.code, error.code)
        try:
            text = template.format(**error.params)
        except (KeyError, IndexError):
            text = template
        return f"{where}: {text}" if where else text
    return f"{where}: {phrase}" if where else phrase[:1].upper() + phrase[1:] + "."


def _row_path(field: str) -> str:
    """"delegations[0].members[1].person_id" -> "Delegation 1 › member 2": which row of which list."""
    nouns = row_nouns()
    parts = []
    for name, index in re.findall(r"(\w+)\[(\d+)\]", field):
        noun = nouns.get(name, "{n}")
        parts.append(noun.format(n=int(index) + 1))
    return " › ".join(parts)


def top_field(field: str) -> str:
    return re.split(r"[.\[]", field, maxsplit=1)[0]
