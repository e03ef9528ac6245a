from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Qt aborts with no display unless told to draw offscreen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Messages are asserted in English, whatever language this machine or its saved settings use.
os.environ["ELSHI_LANG"] = "en"
# Elshi's settings file (the interface language) never in the user's own config folder; each test
# gets an empty one of its own (private_config), and subprocesses inherit this one.
os.environ["ELSHI_CONFIG_DIR"] = tempfile.mkdtemp(prefix="elshi-test-config-")

from database.archive import Archive  # noqa: E402
from database.clock import FixedClock  # noqa: E402
from database.exchange import import_archive  # noqa: E402
from database.opening import open_archive  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "sample-archive.json"
TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def private_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELSHI_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


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
