"""Running slow work (export, import, a big report) off the GUI thread.

The work function runs on a pool thread and must not touch widgets; it may report progress
through the ``Progress`` it is given and should stop early when ``progress.cancelled`` is set.
``done`` or ``failed`` then run on the GUI thread.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Progress:
    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Cancelled(Exception):
    """Raised by work that noticed ``progress.cancelled``."""


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as e:
            self.signals.failed.emit(e)
        else:
            self.signals.finished.emit(result)


class Tasks:
    """Starts tasks and keeps them alive until they report back."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(
        self,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(work)
        task.setAutoDelete(False)
        self._running.add(task)

        def finish(result: Any) -> None:
            self._running.discard(task)
            done(result)

        def fail(error: BaseException) -> None:
            self._running.discard(task)
            failed(error)

        task.signals.finished.connect(finish)
        task.signals.failed.connect(fail)
        if progress:
            task.signals.progressed.connect(progress)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        """Ask every running task to stop (the window is closing: nobody waits for answers)."""
        for task in list(self._running):
            task.progress.cancel()


# The niceness of a background job's thread: the window's own thread (and anything the person
# asked for) always comes first for the processor, so checks of a 1.6 GB file never slow a view.
BACKGROUND_NICENESS = 19


def in_background(work: Callable[[Progress], Any]) -> Callable[[Progress], Any]:
    """``work`` run at the lowest processor priority (on Linux, where a thread has a niceness of
    its own). A thread cannot raise its priority back, so give it to a pool of its own
    (:func:`background_tasks`), never to the pool that runs what a person waits for."""

    def run(progress: Progress) -> Any:
        if sys.platform.startswith("linux"):
            # Where it is not allowed, the work runs at the usual priority.
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)
        return work(progress)

    return run


def background_tasks(parent: QObject | None = None) -> Tasks:
    """Tasks on a one-thread pool of their own, for :func:`in_background` work."""
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return Tasks(pool)
