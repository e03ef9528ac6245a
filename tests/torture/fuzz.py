"""Hypothesis inputs through every writer, the JSON import, the ICS import, search and the PDF
briefings. An input is met well when it is stored, found, written, or refused with the error that
path documents (ValidationError, ExchangeError, IcsError); anything else is an unhandled error.
The runner counts rather than stops, so one bug does not hide the next."""

from __future__ import annotations

import io
import json
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core import test_hostile_input as hostile

ICS_NAMES = ["UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "LOCATION", "DESCRIPTION", "CATEGORIES",
             "STATUS", "RRULE", "RECURRENCE-ID", "X-ELSHI-START", "X-ELSHI-END", "BEGIN", "END", "DTSTAMP"]
ICS_PARAMS = ["", ";VALUE=DATE", ";VALUE=TIME", ";VALUE=PERIOD", ";VALUE=DATE-TIME", ";TZID=Asia/Almaty",
              ";TZID=Nowhere", ";X=\"a;b\""]
ICS_VALUES = ["20270301", "20270301T100000Z", "120000", "P999999999D", "-P1D", "PT1H", "P1W", "00000000",
              "99991231", "2027-03", "2027-H1", "CANCELLED", "FREQ=DAILY", "VEVENT", "VCALENDAR", "ev1@x",
              "event-00000000-0000-4000-8000-000000000001@elshi", "\u0958" * 300, "ж" * 2000, "a,b\\,c", ""]
# The tests' hostile texts, with the very long ones (50,000 characters and more) one draw in ten:
# they cost a hundred times the others, and a hundred thousand inputs must fit in an afternoon.
texts = st.integers(0, 9).flatmap(lambda i: hostile.texts if i == 0 else st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.lists(st.sampled_from(hostile.SPECIAL) | st.characters(exclude_categories=("Cs",)), max_size=30).map("".join),
    st.tuples(st.sampled_from(["a", "ж", "中", " ", "\u0301", "\u0958", "\x00"]),
              st.sampled_from([299, 300, 301, 1000, 1001])).map(lambda t: t[0] * t[1])))
ics_lines = st.tuples(st.sampled_from(ICS_NAMES), st.sampled_from(ICS_PARAMS),
                      st.sampled_from(ICS_VALUES) | texts).map(lambda t: f"{t[0]}{t[1]}:{t[2]}")
ics_files = st.lists(st.lists(ics_lines, max_size=8), min_size=1, max_size=4).map(
    lambda events: ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + "".join(
        "BEGIN:VEVENT\r\n" + "".join(line.replace("\r", " ").replace("\n", " ") + "\r\n" for line in e)
        + "END:VEVENT\r\n" for e in events) + "END:VCALENDAR\r\n").encode("utf-8", "surrogatepass"))


@dataclass
class FuzzReport:
    inputs: dict[str, int] = field(default_factory=dict)
    unhandled: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.inputs.values())

    @property
    def errors(self) -> int:
        return sum(self.unhandled.values())


def _fresh(path: Path) -> Path:
    path.unlink(missing_ok=True)
    return path


class Fuzzer:
    def __init__(self, folder: Path) -> None:
        from database.opening import open_archive
        from database.records import PersonDraft
        from operations.exchange import load_sample

        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.archive = open_archive(_fresh(folder / "fuzz.sqlite"))
        load_sample(self.archive)
        self.person = self.archive.add(PersonDraft("Виталий Хоценко")).id
        self.targets = {entity: self.archive.add(draft).id for entity, draft in hostile.BASE.items()}
        # Search and the briefings read a whole archive: they get their own, the sample and what
        # the PDF inputs add, so that their cost stays flat while the writers' archive grows by
        # tens of thousands of records.
        self.reader = open_archive(_fresh(folder / "read.sqlite"))
        load_sample(self.reader)
        self.reader_person = self.reader.add(PersonDraft("Виталий Хоценко")).id
        self.report = FuzzReport()

    def close(self) -> None:
        self.archive.close()
        self.reader.close()

    def _run(self, path: str, fn: Callable[[], Any], expected: tuple[type[BaseException], ...]) -> None:
        self.report.inputs[path] = self.report.inputs.get(path, 0) + 1
        try:
            fn()
        except expected:
            pass
        except Exception as e:
            self.report.unhandled[path] = self.report.unhandled.get(path, 0) + 1
            if len(self.report.examples) < 10:
                self.report.examples.append(f"{path}: {''.join(traceback.format_exception(e))[-1500:]}")

    # --- the paths ---

    def add(self, slot: hostile.Slot, text: str) -> None:
        from database.validation import ValidationError

        def go() -> None:
            draft = slot.put(hostile.BASE[slot.entity], text, self.person)
            record = self.archive.add(draft)
            stored = slot.get(self.archive.get(slot.entity, record.id).data)
            if stored != hostile.expected(slot, text):
                raise AssertionError(f"{slot.entity}.{slot.path}: stored {stored!r} for {text!r}")
        self._run("writers: add", go, (ValidationError,))

    def update(self, slot: hostile.Slot, text: str) -> None:
        from database.validation import ValidationError

        def go() -> None:
            draft = slot.put(hostile.BASE[slot.entity], text, self.person)
            self.archive.update(self.targets[slot.entity], draft)
        self._run("writers: update", go, (ValidationError,))

    def json_import(self, data: bytes) -> None:
        from database.exchange import ExchangeError, import_archive

        self._run("JSON import", lambda: import_archive(self.archive, io.BytesIO(data)), (ExchangeError,))

    def ics_import(self, data: bytes) -> None:
        from database.ics_import import IcsError, apply_import, plan_import

        def go() -> None:
            apply_import(self.archive, plan_import(self.archive, data))
        self._run("ICS import", go, (IcsError,))

    def search(self, query: str, country: str, status: str) -> None:
        from database.search import Filters, search

        def go() -> None:
            search(self.reader, query, filters=Filters(None, None, country, None, status), limit=5, near=True)
        self._run("search", go, ())

    def pdf(self, slot: hostile.Slot, text: str, kind: str) -> None:
        from database.validation import ValidationError
        from operations.briefings import BriefingScope, make_briefing

        def go() -> None:
            draft = slot.put(hostile.BASE[slot.entity], text, self.reader_person)
            record = self.reader.add(draft)
            if kind == "event" and slot.entity == "event":
                scope = BriefingScope("event", record_id=record.id)
            elif kind == "counterpart" and slot.entity == "organisation":
                scope = BriefingScope("counterpart", record_id=record.id)
            else:
                scope = BriefingScope("commitments")
            make_briefing(self.reader, scope, self.folder / "b.pdf", lang="kk", marking=text[:200] or None)
        self._run("PDF briefings", go, (ValidationError,))


SHARE = {"add": 0.34, "update": 0.14, "json": 0.2, "ics": 0.2, "search": 0.11, "pdf": 0.01}


BATCH = 500  # inputs per hypothesis run: its record of what it tried grows with every input


def run_fuzz(folder: Path, total: int, seed: int, paths: list[str] | None = None,
             log: Callable[[str], None] | None = None) -> FuzzReport:
    """About ``total`` inputs, shared out over the paths by what each costs, in batches so that
    memory stays flat however many there are."""
    fuzz = Fuzzer(folder)
    share = {k: (v if paths is None or k in paths else 0.0) for k, v in SHARE.items()}

    def examples(n: int) -> Any:
        return settings(max_examples=n, deadline=None, database=None, derandomize=False,
                        suppress_health_check=list(HealthCheck), phases=("generate",))

    record = st.dictionaries(st.sampled_from([*hostile.PLACE_KEYS, "title", "text", "start", "end", "place",
                                              "notes", "delegations", "preferred"]),
                             hostile.json_values | texts, max_size=6)
    json_docs = st.one_of(
        st.builds(lambda sec, vals: json.dumps({"format": "elshi-archive", "version": 1, sec: [
            {"uuid": str(uuid.uuid4()), **vals}]}).encode(),
            st.sampled_from(["places", "organisations", "persons", "events", "documents", "commitments"]), record),
        st.binary(max_size=100), hostile.json_values.map(lambda v: json.dumps(v).encode()))
    slots = st.sampled_from(hostile.SLOTS)
    printed = st.sampled_from([s for s in hostile.SLOTS if s.entity in ("event", "organisation", "commitment")])

    def test(name: str, n: int) -> Any:
        if name == "add":
            return given(slot=slots, text=texts)(examples(n)(lambda slot, text: fuzz.add(slot, text)))
        if name == "update":
            return given(slot=slots, text=texts)(examples(n)(lambda slot, text: fuzz.update(slot, text)))
        if name == "json":
            return given(data=json_docs)(examples(n)(lambda data: fuzz.json_import(data)))
        if name == "ics":
            return given(data=ics_files)(examples(n)(lambda data: fuzz.ics_import(data)))
        if name == "search":
            return given(query=texts, country=st.sampled_from(["", "Қаз", "%", "\x00"]),
                         status=st.sampled_from(["", "open", "'"]))(
                examples(n)(lambda query, country, status: fuzz.search(query, country, status)))
        return given(slot=printed, text=texts, kind=st.sampled_from(["event", "counterpart", "commitments"]))(
            examples(n)(lambda slot, text, kind: fuzz.pdf(slot, text, kind)))

    try:
        for name in SHARE:
            left = int(total * share[name]) if share[name] else 0
            left = max(left, 1) if share[name] else 0
            while left > 0:
                n = min(BATCH, left)
                test(name, n)()
                left -= n
                if log and left > 0:  # a run stopped early still says what it found
                    log(f"  {name}: {fuzz.report.total} inputs so far, unhandled errors {fuzz.report.errors}")
            if log and share[name]:
                log(f"  {name}: {fuzz.report.total} inputs so far, unhandled errors {fuzz.report.errors}")
    finally:
        fuzz.close()
    return fuzz.report
