"""Killing Elshi (SIGKILL: no cleanup, no exception handler) at random moments of every kind of
write, then opening the archive again: the file is sound and every transaction is either whole
or absent, and what was reported committed is still there. SQLite's WAL journal with
synchronous=FULL promises this; the trials (tests/torture/kills.py, where a new kind of write is
one function) keep the archive's own writes (records, child rows, versions, the audit trail and
the search index written by hooks in the same transaction) inside that promise.

``python -m tests.torture --size full`` runs the same kinds over a thousand kills."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tests.torture.kills import KINDS, run_kills

KILLS_PER_KIND = {"import": 6, "edits": 6}  # the kinds most often hit in life get more
OTHERS = 3

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"),
                                reason="needs SIGKILL and fork (POSIX)")


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_write_killed_at_random_moments_is_whole_or_absent(tmp_path: Path, kind: str) -> None:
    seed = int(os.environ.get("ELSHI_CRASH_SEED", "7"))
    tally = run_kills(tmp_path, KILLS_PER_KIND.get(kind, OTHERS), seed, kinds=[kind], log=lambda _: None,
                      big_places=300)
    assert tally.trials == KILLS_PER_KIND.get(kind, OTHERS)
    assert (tally.corrupt, tally.partial, tally.lost, tally.other) == (0, 0, 0, 0), tally.examples


def test_the_kinds_cover_every_write_the_issue_names() -> None:
    assert {"import", "edits", "status changes", "backup", "restore", "reindex", "calendar-import"} <= set(KINDS)
