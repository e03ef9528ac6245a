"""Checking and normalising drafts before anything is written.

Errors are codes with parameters, not sentences: the UI turns each code into a message in the
user's language (:func:`message` gives the English one for the CLI and logs). Drafts may arrive
with loose values (a string for an enum or a date, from a form or an import); :func:`check`
returns a draft with proper types or raises :class:`ValidationError` listing every problem.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import types
import typing
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from database.dates import DateParseError, PartialDate
from database.records import SHORT, TITLE, Entity

T = TypeVar("T")
Exists = Callable[[Entity, int], bool]

MAX_ITEMS = 1000  # names, members, directions, notes on one record


@dataclass(frozen=True)
class FieldError:
    field: str  # a path into the draft: "title", "delegations[0].members[2].person_id"
    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return message(self)


class ValidationError(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name or e.field.startswith(name + "[")]


_MESSAGES = {
    "required": "is required",
    "too_long": "is longer than {max} characters",
    "too_many": "has more than {max} entries",
    "bad_chars": "contains a control character",
    "unknown_value": "'{value}' is not one of: {allowed}",
    "not_a_number": "must be a whole number",
    "out_of_range": "must be between {min} and {max}",
    "wrong_type": "has the wrong type",
    "missing_link": "points to a record that does not exist",
    "end_before_start": "ends before it starts",
    "two_preferred": "more than one spelling is marked preferred for language {lang}",
    "date.unreadable": "'{value}' is not a date (use 2026-03-26, 26.03.2026, 2026-03, 2026-H1 or 2026)",
    "date.no_such_day": "{value} does not exist",
    "date.year_range": "year {value} is out of range",
    "date.invalid": "'{value}' is not a valid date",
}


def message(error: FieldError) -> str:
    template = _MESSAGES.get(error.code, error.code)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError):
        return template


def links(draft: Any) -> dict[Entity, set[int]]:
    """The ids of the records a draft links to, by record type (its delegations' members too),
    so a write can look them all up in one query per type."""
    found: dict[Entity, set[int]] = {}

    def walk(obj: Any) -> None:
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            entity = f.metadata.get("ref")
            if entity:
                ids = value if f.metadata.get("many") and isinstance(value, (tuple, list)) else (value,)
                found.setdefault(entity, set()).update(i for i in ids if isinstance(i, int))
            elif isinstance(value, tuple):
                for item in value:
                    if dataclasses.is_dataclass(item) and not isinstance(item, type):
                        walk(item)

    walk(draft)
    return found


def check(draft: T, exists: Exists) -> T:
    errors: list[FieldError] = []
    result = _check_dataclass(draft, "", exists, errors)
    if errors:
        raise ValidationError(errors)
    return typing.cast(T, result)


_HINTS: dict[type, dict[str, Any]] = {}


def hints(cls: type) -> dict[str, Any]:
    """The dataclass's field types, resolved once per class."""
    found = _HINTS.get(cls)
    if found is None:
        found = _HINTS[cls] = typing.get_type_hints(cls)
    return found


Shape = tuple[Any, bool, str, Any]  # the type without None, None allowed, its check, a tuple's items
_FIELDS: dict[type, tuple[tuple[str, Shape, Mapping[str, Any]], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Shape, Mapping[str, Any]], ...]:
    """(name, shape of its type, metadata) of each field of a draft class, read once per class."""
    found = _FIELDS.get(cls)
    if found is None:
        types_of = hints(cls)
        fields = dataclasses.fields(cls)
        if not all(f.init for f in fields):
            raise TypeError(f"{cls.__name__}: every field of a draft is given when it is made")
        found = _FIELDS[cls] = tuple((f.name, _shape(types_of[f.name]), f.metadata) for f in fields)
    return found


def _check_dataclass(obj: Any, path: str, exists: Exists, errors: list[FieldError]) -> Any:
    cls = type(obj)
    values = {name: _check_shaped(getattr(obj, name), shape, meta, path + name, exists, errors)
              for name, shape, meta in _fields(cls)}
    result = cls(**values)  # as dataclasses.replace does, every field given
    _check_ranges(result, path, errors)
    _check_preferred(result, path, errors)
    return result


def _check_preferred(obj: Any, path: str, errors: list[FieldError]) -> None:
    """A person has at most one preferred spelling per language."""
    names = getattr(obj, "names", None)
    if not isinstance(names, tuple):
        return
    seen: set[Any] = set()
    for n in names:
        if getattr(n, "preferred", False):
            lang = getattr(n.lang, "value", n.lang)
            if lang in seen:
                errors.append(FieldError(f"{path}names", "two_preferred", {"lang": lang}))
            seen.add(lang)


def _check_ranges(obj: Any, path: str, errors: list[FieldError]) -> None:
    for start, end in (("start", "end"), ("period_start", "period_end")):
        a, b = getattr(obj, start, None), getattr(obj, end, None)
        if isinstance(a, PartialDate) and isinstance(b, PartialDate) and b.last_day() < a.first_day():
            errors.append(FieldError(f"{path}{end}", "end_before_start", {"start": str(a), "end": str(b)}))


# Control characters other than tab and line breaks, and lone surrogates (not storable as UTF-8).
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_SHAPES: dict[Any, Shape] = {}


def _shape(hint: Any) -> Shape:
    """(the type without ``| None``, whether None is allowed, which check applies, and a tuple's
    item type), worked out once per type."""
    found = _SHAPES.get(hint)
    if found is None:
        base, optional = hint, False
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            base, optional = next(a for a in typing.get_args(hint) if a is not type(None)), True
        if typing.get_origin(base) is tuple:
            kind = "tuple"
        elif base in (str, bool, int, PartialDate, date):
            kind = base.__name__
        elif isinstance(base, type) and issubclass(base, enum.Enum):
            kind = "enum"
        elif isinstance(base, type) and dataclasses.is_dataclass(base):
            kind = "dataclass"
        else:
            raise TypeError(f"no check for {hint!r}")
        found = _SHAPES[hint] = (base, optional, kind, typing.get_args(base)[0] if kind == "tuple" else None)
    return found


def _check_shaped(
    value: Any, shape: Shape, meta: Mapping[str, Any], where: str, exists: Exists, errors: list[FieldError]
) -> Any:
    base, optional, kind, item = shape
    if value is None or (optional and value == ""):
        if meta.get("required"):
            errors.append(FieldError(where, "required"))
        return None if optional else value
    if kind == "str":
        return _check_text(value, meta, where, errors)
    if kind == "int":
        return _check_int(value, meta, where, exists, errors)
    if kind == "tuple":
        return _check_tuple(value, item, meta, where, exists, errors)
    if kind == "bool":
        # Only a true boolean: bool("false") is True, and a file's "false" must not become yes.
        if not isinstance(value, bool):
            errors.append(FieldError(where, "wrong_type"))
        return value
    if kind == "enum":
        try:
            return base(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in base)
            errors.append(FieldError(where, "unknown_value", {"value": str(value)[:40], "allowed": allowed}))
            return value
    if kind == "PartialDate":
        return _check_partial_date(value, where, errors)
    if kind == "date":
        return _check_date(value, where, errors)
    if not isinstance(value, base):
        errors.append(FieldError(where, "wrong_type"))
        return value
    return _check_dataclass(value, where + ".", exists, errors)


def _check_tuple(
    value: Any, item: Any, meta: Mapping[str, Any], where: str, exists: Exists, errors: list[FieldError]
) -> Any:
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        errors.append(FieldError(where, "wrong_type"))
        return ()
    if len(value) > MAX_ITEMS:
        errors.append(FieldError(where, "too_many", {"max": MAX_ITEMS}))
        return tuple(value)
    item_meta = dict(meta) if "ref" in meta else {"max": TITLE}
    shape = _shape(item)
    checked = [_check_shaped(v, shape, item_meta, f"{where}[{i}]", exists, errors) for i, v in enumerate(value)]
    if item is str:
        checked = [c for c in checked if c]
    return tuple(checked)


def _check_text(value: Any, meta: Mapping[str, Any], where: str, errors: list[FieldError]) -> Any:
    if not isinstance(value, str):
        errors.append(FieldError(where, "wrong_type"))
        return value
    # One Unicode form for all stored text, so folding and comparing stay cheap and exact.
    cleaned = unicodedata.normalize("NFC", value).strip()
    if meta.get("required") and not cleaned:
        errors.append(FieldError(where, "required"))
    limit = meta.get("max", SHORT)
    if len(cleaned) > limit:
        errors.append(FieldError(where, "too_long", {"max": limit}))
    if _BAD_CHARS.search(cleaned):
        errors.append(FieldError(where, "bad_chars"))
    return cleaned


def _check_int(
    value: Any, meta: Mapping[str, Any], where: str, exists: Exists, errors: list[FieldError]
) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            errors.append(FieldError(where, "not_a_number"))
            return None
    entity = meta.get("ref")
    if entity:
        if not exists(entity, value):
            errors.append(FieldError(where, "missing_link", {"entity": entity}))
    elif not 0 <= value <= MAX_ITEMS:
        errors.append(FieldError(where, "out_of_range", {"min": 0, "max": MAX_ITEMS}))
    return value


def _check_partial_date(value: Any, where: str, errors: list[FieldError]) -> Any:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate.from_date(value)
    try:
        return PartialDate.parse(str(value))
    except DateParseError as e:
        errors.append(FieldError(where, e.code, {"value": str(value)[:40]}))
        return None


def _check_date(value: Any, where: str, errors: list[FieldError]) -> Any:
    if isinstance(value, date):
        return value
    try:
        parsed = PartialDate.parse(str(value))
    except DateParseError as e:
        errors.append(FieldError(where, e.code, {"value": str(value)[:40]}))
        return None
    if parsed.precision != "day":
        errors.append(FieldError(where, "date.invalid", {"value": str(value)[:40]}))
        return None
    return parsed.first_day()
