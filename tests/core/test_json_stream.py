"""Reading an exchange file as a stream: any layout and member order gives the records the
whole-file reader gives, a problem is named where it is, and memory holds one record at a time."""

from __future__ import annotations

import io
import json
import tracemalloc

import pytest

from database import json_stream
from database.json_stream import Members, StreamError
from tests.benchmarks.runner import compare


def _read(data: bytes) -> dict[str, object]:
    return {key: list(value) if not isinstance(value, (str, int, type(None))) else value
            for key, value in Members(io.BytesIO(data))}


@pytest.mark.parametrize("indent", [None, 0, 3])
def test_every_layout_reads_as_json_loads_reads_it(indent: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "READ", 7)  # records cut by every buffer boundary
    doc = {"version": 1, "events": [{"title": f"Форум «Ертіс» {i}", "n": 12345678 * i, "x": None,
                                     "tags": ["а\\u0431", "上海"]} for i in range(40)],
           "format": "elshi-archive", "places": []}
    data = json.dumps(doc, ensure_ascii=False, indent=indent).encode()
    assert _read(data) == doc


@pytest.mark.parametrize(("data", "expected"), [
    (b'{"a": [1, 2,\n  {"b": }]}', "line 2, column 9"),
    (b'{"a": 1 "b": 2}', "Expecting ',' delimiter"),
    (b"[1, 2]", "top level must be a JSON object"),
    (b'{"a": "\xff"}', "not UTF-8 text (byte 7)"),
])
def test_a_problem_is_named_where_it_is(data: bytes, expected: str) -> None:
    with pytest.raises(StreamError) as e:
        _read(data)
    assert expected in str(e.value)


def test_memory_holds_one_record_however_long_the_file() -> None:
    record = {"title": "Павлодар облысы әкімдігінің делегациясы " * 20, "tags": list(range(50))}
    data = json.dumps({"format": "elshi-archive", "events": [record] * 20_000}, ensure_ascii=False).encode()
    assert len(data) > 30_000_000
    tracemalloc.start()
    try:
        count = 0
        for _key, value in Members(io.BytesIO(data)):
            if not isinstance(value, str):
                for item in value:
                    assert item == record
                    count += 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert peak < 8_000_000, peak  # the buffer and one record, not the 30 MB file


def test_compare_flags_a_row_whose_ratio_got_worse_by_more_than_a_fifth() -> None:
    before = {"rows": [{"name": "import", "ratio": 2.0}, {"name": "export", "ratio": 2.0}]}
    now = {"rows": [{"name": "import", "ratio": 2.5}, {"name": "export", "ratio": 2.3}, {"name": "new", "ratio": 1}]}
    lines = compare(now, before).splitlines()
    assert "**worse**" in next(line for line in lines if line.startswith("| import "))
    assert "worse" not in next(line for line in lines if line.startswith("| export "))
    assert "new" in next(line for line in lines if line.startswith("| new "))
