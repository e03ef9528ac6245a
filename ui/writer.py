"""Every write the window makes, on one thread, one after another.

SQLite lets one connection write at a time; another process (or an import) holding the lock
makes a write wait up to the busy timeout. On the GUI thread that wait froze the window. Here the
window hands each write to :class:`Writer`, which runs it on its own thread in the order given;
``done`` or ``failed`` then run on the GUI thread, in the same order. The window keeps painting
and taking input meanwhile; a form disables its Save until its answer is back.

Closing waits for what is queued (:meth:`Writer.finish`), so a save clicked just before closing
reaches the archive before it is closed.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal

IDLE_EXIT_SECONDS = 30.0  # an idle writer thread ends; the next write starts a new one


class WriteJob:
    """One queued write: its work, what to call with the answer, and whether it has answered."""

    def __init__(self, work: Callable[[], Any], done: Callable[[Any], None] | None,
                 failed: Callable[[BaseException], None] | None) -> None:
        self.work = work
        self.done = done
        self.failed = failed
        self.result: Any = None
        self.error: BaseException | None = None
        self.answered = False  # ``done``/``failed`` has run on the GUI thread
        self._loops: list[QEventLoop] = []

    @property
    def ok(self) -> bool:
        return self.answered and self.error is None


class Writer(QObject):
    """A single worker thread for writes, its answers delivered on the thread that made it."""

    _ran = Signal(object)  # a WriteJob, emitted on the worker thread

    def __init__(self) -> None:
        super().__init__()
        self._queue: queue.Queue[WriteJob] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._unanswered: list[WriteJob] = []
        self._ran.connect(self._answer, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:  # quitting the application also lets queued writes land first
            app.aboutToQuit.connect(self.finish)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
               failed: Callable[[BaseException], None] | None = None) -> WriteJob:
        """Queue ``work`` behind every write submitted before it."""
        job = WriteJob(work, done, failed)
        self._unanswered.append(job)
        with self._lock:
            self._queue.put(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="elshi-writer", daemon=True)
                self._thread.start()
        return job

    @property
    def busy(self) -> bool:
        """Whether a write is queued, running, or waiting for its answer to be delivered."""
        return bool(self._unanswered)

    def wait(self, job: WriteJob) -> bool:
        """Wait for ``job``'s answer while the window keeps painting and timers keep firing
        (typing and clicks wait, so nothing starts another write meanwhile). True if it
        succeeded. For the few places that cannot go on without the answer: leaving a form
        with a save, closing."""
        if not job.answered:
            loop = QEventLoop()
            job._loops.append(loop)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return job.ok

    def call(self, work: Callable[[], Any]) -> Any:
        """Run ``work`` on the writer in its turn and return its result (or raise its error)."""
        job = self.submit(work)
        self.wait(job)
        if job.error is not None:
            raise job.error
        return job.result

    def finish(self) -> None:
        """Wait until every queued write has run and answered: the archive may then close."""
        while self._unanswered:
            self.wait(self._unanswered[-1])

    # --- the worker thread ------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            try:
                job = self._queue.get(timeout=IDLE_EXIT_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            try:
                job.result = job.work()
            except BaseException as e:
                job.error = e
            self._ran.emit(job)

    # --- back on the GUI thread ---------------------------------------------------------------

    def _answer(self, job: WriteJob) -> None:
        if job in self._unanswered:
            self._unanswered.remove(job)
        try:
            if job.error is None:
                if job.done is not None:
                    job.done(job.result)
            elif job.failed is not None:
                job.failed(job.error)
        finally:
            job.answered = True
            for loop in job._loops:
                loop.quit()
