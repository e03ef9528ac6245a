"""Progress of a search-index rebuild on the command line: on standard error, so what a
command prints on standard output stays as it was."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from catalogue import tn


def index_progress(stream: TextIO | None = None) -> Callable[[int, int], None]:
    """A ``progress(done, total)`` that writes "Indexing for search: n of N records": at a
    terminal about every tenth of the way, on one line rewritten; into a file or a pipe only
    once, when the rebuild is done (so a failure part-way is one line, its reason)."""
    out = stream if stream is not None else sys.stderr
    shown = {"step": -1}

    def report(done: int, total: int) -> None:
        tty = out.isatty()
        if not tty and done < total:
            return
        step = 10 if total <= 0 else min(10, done * 10 // total)
        if step == shown["step"]:
            return
        shown["step"] = step
        counts = {"done": f"{done:,}", "total": f"{total:,}"}
        line = tn("Indexing for search: {done} of {total} record", "Indexing for search: {done} of {total} records",
                  total, **counts)
        end = "\n" if not tty or done >= total else ""
        print(("\r" if tty else "") + line, end=end, file=out, flush=True)

    return report
