"""Fixtures shared by core test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from database.archive import Archive
from database.opening import open_archive
from operations.exchange import load_sample


@pytest.fixture(scope="module")
def sample_loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """A new archive with the sample loaded, shared by a module's tests that only read it."""
    archive = open_archive(tmp_path_factory.mktemp("sample") / "a.elshi", create=True)
    load_sample(archive)
    yield archive
    archive.close()
