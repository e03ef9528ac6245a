from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Qt aborts with no display unless told to draw offscreen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Messages are asserted in English, whatever language this machine or its saved settings use.
os.environ["ELSHI_LANG"] = "en"

from database.archive import Archive, open_archive  # noqa: E402
from database.clock import FixedClock  # noqa: E402
from database.exchange import import_archive  # noqa: E402

# Under CI a skip or xfail fails the run (tests/ci_guard.py says why).
pytest_plugins = ("tests.ci_guard",)

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "sample-archive.json"
TODAY = date(2026, 11, 21)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def archive(tmp_path: Path, clock: FixedClock) -> Iterator[Archive]:
    a = open_archive(tmp_path / "archive.sqlite", clock=clock)
    yield a
    a.close()


@pytest.fixture
def sample_archive(archive: Archive) -> Archive:
    with SAMPLE.open("rb") as f:
        import_archive(archive, f)
    return archive
