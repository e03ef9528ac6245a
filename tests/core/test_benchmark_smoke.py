"""The benchmark runner at its tiny size, as CI runs it: it must run to the end and report every
measurement beside its floor. No timing is asserted: the figures are for people to read (and
the README to show), and depend on the machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from database.integrity import check_archive
from database.lists import SPECS
from database.opening import open_archive
from tests.benchmarks.generate import SIZES, archive_name
from tests.benchmarks.runner import GROUPS, HEADER

ROOT = Path(__file__).resolve().parents[2]
BASELINE = ROOT / "tests" / "benchmarks" / "baseline-tiny.json"


def test_the_tiny_benchmark_reports_every_measurement_beside_its_floor(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--size", "tiny", "--cache", str(tmp_path), "--json", str(out),
         "--compare", str(BASELINE)],  # a report beside the committed baseline: timings never fail CI
        check=False, cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]

    header = proc.stdout.splitlines()[0]
    assert "floor" in header and "p95" in header
    assert header == "| " + " | ".join(HEADER) + " |"

    assert "| measurement | before × floor | now × floor |" in proc.stdout  # the comparison, printed
    result = json.loads(out.read_text(encoding="utf-8"))
    rows = result["rows"]
    assert {r["group"] for r in rows} == set(GROUPS)
    for row in rows:
        if row["skipped"]:
            assert row["skipped"].strip(), row  # a skipped row says why
        else:
            assert isinstance(row["value"], (int, float)) and row["value"] >= 0, row
            assert isinstance(row["floor"], (int, float)) and row["floor"] >= 0, row
    # Every table's list is measured (first and far page), and its view opened in the window.
    names = [r["name"] for r in rows]
    for entity in SPECS:
        assert f"{entity}s: all ids in order + first page of rows (model)" in names
        assert f"{entity}s: a far page of rows (model)" in names
    assert sum(n.startswith("open the ") for n in names) >= len(SPECS)
    for name in ("cold start to the first painted window", "peak RSS of the window, every view opened",
                 "search, all typed queries", "search, all typed queries, near matches off",
                 "search, near matches on vs off (all typed queries)", "JSON export of the whole archive",
                 "JSON import of the whole archive into an empty one", "search index size"):
        assert name in names
    # The searches of issue 17, each beside its floor.
    for kind in ("inflected", "exonym", "reverse transliteration"):
        assert any(n.startswith(f"search, {kind} (") for n in names), kind

    size = SIZES["tiny"]
    assert result["counts"]["event"] + result["counts"]["document"] < size.events + size.documents  # some in trash
    assert result["counts"]["commitment"] == size.commitments
    assert result["check_problems"] == []
    archive = open_archive(tmp_path / archive_name("tiny", 1))
    try:
        assert check_archive(archive) == []
    finally:
        archive.close()
