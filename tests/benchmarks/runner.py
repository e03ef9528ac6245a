"""The benchmark runner: every figure measured beside its floor, in the same run.

A *floor* is what this machine reaches for the same job without Elshi: a bare PySide6 process
showing an empty window, the plain SQL or FTS5 query over the same file, a minimal ReportLab
document of the same pages, parsing and storing the same JSON. A figure alone says little (a
laptop is not a 2-core build box); a figure beside its floor says how much Elshi adds.

Start-up and memory are measured in fresh processes (the window's own entry point, offscreen,
quitting at its first painted frame); the rest runs in this process on a working copy of the
cached archive, so the cache itself is never changed by a benchmark. The OS file cache is warm:
"cold" means a new process, not a cold disk.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GROUPS = ("startup", "lists", "search", "save", "briefings", "exchange", "bundle", "memory")


@dataclass(frozen=True)
class Plan:
    """How many times each measurement is repeated at a size."""

    startup_runs: int
    list_runs: int
    search_runs: int
    saves: int
    briefing_runs: int


PLANS = {
    "tiny": Plan(startup_runs=1, list_runs=2, search_runs=1, saves=5, briefing_runs=1),
    "small": Plan(startup_runs=5, list_runs=5, search_runs=3, saves=30, briefing_runs=3),
    "large": Plan(startup_runs=5, list_runs=10, search_runs=3, saves=50, briefing_runs=3),
}


@dataclass
class Row:
    group: str
    name: str
    unit: str  # "ms", "s" or "MB"
    value: float | None = None  # the median (p50) of the runs, or the one measurement
    p95: float | None = None
    floor: float | None = None
    floor_p95: float | None = None
    target: str = ""
    met: bool | None = None
    runs: int = 0
    note: str = ""
    skipped: str = ""  # why the row was not measured

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile: with few runs p95 is the slowest, never an interpolation."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def stats_ms(seconds: Sequence[float]) -> tuple[float, float]:
    ms = [s * 1000 for s in seconds]
    return statistics.median(ms), percentile(ms, 95)


def judge(row: Row, *, at_most: float | None = None, times_floor: float | None = None,
          use_p95: bool = False) -> Row:
    """Mark the row met or missed: under an absolute limit and/or a multiple of its floor."""
    value = row.p95 if use_p95 and row.p95 is not None else row.value
    floor = row.floor_p95 if use_p95 and row.floor_p95 is not None else row.floor
    if value is None:
        return row
    parts, ok = [], True
    if at_most is not None:
        parts.append(f"{'p95 ' if use_p95 else ''}≤ {fmt(at_most, row.unit)}")
        ok = ok and value <= at_most
    if times_floor is not None and floor:
        parts.append(f"≤ {times_floor:g}× floor")
        ok = ok and value <= times_floor * floor
    row.target = " and ".join(parts)
    row.met = ok if parts else None
    return row


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 10 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else f"{value:,.1f} s"
    return f"{value:,.0f} {unit}"


# --- the machine --------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"os": platform.platform(), "python": platform.python_version(),
                            "cores": os.cpu_count(), "sqlite": sqlite3.sqlite_version}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        info.setdefault("cpu", platform.processor())
    from importlib.metadata import PackageNotFoundError, version

    for dist in ("PySide6-Essentials", "SQLAlchemy", "reportlab"):
        with contextlib.suppress(PackageNotFoundError):  # a missing one is just not reported
            info[dist] = version(dist)
    return info


# --- child processes: start-up, views, memory -------------------------------------------------

# The window as the ``elshi`` command opens it (desktop_app.cli.main), or the floor: PySide6 and
# SQLAlchemy's ORM imported and an empty QMainWindow shown. Either quits at its first painted
# frame: an event filter sees the window's first Paint event, and the time is taken on the next
# turn of the event loop, once that whole frame (the window and every child) has been painted.
# (QTimer.singleShot(0, quit) right after show() would quit before anything is painted.)
# Then, unless told not to, each view is opened in turn and timed until painted, and the peak
# resident memory (VmHWM) is reported.
CHILD = r'''
import json, os, sys, time
mode, archive, views = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import PySide6
result = {"pyside6": PySide6.__version__, "python": sys.version.split()[0]}

def status_mb(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return None

class FirstPaint(QObject):
    def __init__(self, name):
        super().__init__()
        self.name, self.seen = name, False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint and type(obj).__name__ == self.name:
            self.seen = True
            QTimer.singleShot(0, painted)
        return False

def painted():
    result["painted"] = time.time()
    app.removeEventFilter(watch)
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == watch.name)
    result["rss_first_paint_mb"] = status_mb("VmRSS")
    if views is not None:
        result["views"] = open_views(window)
    result["hwm_mb"] = status_mb("VmHWM")
    print("RESULT " + json.dumps(result), flush=True)
    os._exit(0)

def shown(widget):
    app.processEvents()
    widget.repaint()

def open_views(window):
    out = {}
    if mode == "elshi":
        for spec in window.specs:
            t0 = time.perf_counter()
            shown(window.show_view(spec.key))
            out[spec.key] = (time.perf_counter() - t0, spec.entity)
        return out
    # The floor of a list view: a table over a model that knows its row count and makes up
    # its cells, so nothing is read from anywhere.
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Plain(QAbstractTableModel):
        def __init__(self, rows):
            super().__init__()
            self.rows = rows
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else self.rows
        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 5
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row()} {index.column()}"
            return None

    for key, rows in views.items():
        t0 = time.perf_counter()
        table = QTableView()
        table.plain = Plain(rows)
        table.setModel(table.plain)
        window.setCentralWidget(table)
        shown(table)
        out[key] = (time.perf_counter() - t0, None)
    return out

app = QApplication(sys.argv[:1])
if mode == "elshi":
    watch = FirstPaint("MainWindow")
    app.installEventFilter(watch)
    from desktop_app.cli import main
    sys.exit(main(["--archive", archive, "--create"]))
else:
    import sqlalchemy.orm  # noqa: F401 - the floor pays for the ORM import as Elshi does
    from PySide6.QtWidgets import QMainWindow
    watch = FirstPaint("QMainWindow")
    app.installEventFilter(watch)
    w = QMainWindow()
    w.resize(1280, 800)
    w.show()
    sys.exit(app.exec())
'''


def child_env(settings: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # A fresh settings folder: the window opens on its default view, and the user's settings
    # are never touched.
    env["XDG_CONFIG_HOME"] = str(settings)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONSTARTUP", None)
    return env


class ChildFailed(Exception):
    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


def run_child(mode: str, archive: Path, views: dict[str, int] | None, settings: Path,
              python: str = sys.executable) -> dict[str, Any]:
    start = time.time()
    proc = subprocess.run([python, "-c", CHILD, mode, str(archive), json.dumps(views)], check=False,
                          capture_output=True, text=True, env=child_env(settings), cwd=ROOT, timeout=900)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        first = next((ln for ln in lines if "Error" in ln or "error" in ln), lines[-1] if lines else "")
        raise ChildFailed(f"exit {proc.returncode}, {first.strip()[:200]}", proc.stderr[-4000:])
    result: dict[str, Any] = json.loads(line[len("RESULT "):])
    result["startup"] = result["painted"] - start
    return result


# --- the benchmark ----------------------------------------------------------------------------

# Searches as typed, by kind; each is measured at every prefix a search box would see.
QUERIES: dict[str, tuple[str, ...]] = {
    "prefix": ("байхан", "Омбы", "шаңхай", "форум", "меморандум", "Иртыш"),
    "multiword": ("Павлодар облысы әкімдігі", "форум межрегионального сотрудничества",
                  "road map Pavlodar", "Омская область культура"),
    "Latin for Cyrillic": ("baikhanov", "Baykhanov", "togzhanov", "Shanghai", "Oskemen"),
    "Chinese": ("上海", "龚正", "合作备忘录", "新疆"),
    # Words in another form than the records hold them (issue 17): Russian cases, Kazakh endings.
    "inflected": ("авиасообщение", "Павлодарда", "облысының", "Омбыдағы", "Хоценкомен", "Омской"),
    # Other names of a place, from the gazetteer: the records say Ертіс, Өскемен, 新疆.
    "exonym": ("Иртыш", "Усть-Каменогорск", "Синьцзян", "Уральск", "额尔齐斯河", "Xinjiang"),
    # Cyrillic queries for text written in Latin letters.
    "reverse transliteration": ("Астана", "Шанхай", "Хоценко", "Бабушкин"),
}
# Kinds whose floor asks FTS5 for the words' other forms, names and spellings too: the bare
# query of the typed words alone finds none of what they are for.
EXPANDED = ("inflected", "exonym", "reverse transliteration")


@dataclass
class Bench:
    size: str
    plan: Plan
    archive_path: Path  # the working copy
    work: Path
    counts: dict[str, int]
    rows: list[Row] = field(default_factory=list)
    say: Callable[[str], None] = print
    python: str = sys.executable  # the interpreter of the window processes
    window: dict[str, Any] = field(default_factory=dict)  # what the window processes ran on
    _archive: Any = None
    _app: Any = None

    @property
    def archive(self) -> Any:
        if self._archive is None:
            from database.clock import FixedClock
            from database.opening import open_archive
            from tests.benchmarks.generate import TODAY

            self._archive = open_archive(self.archive_path, clock=FixedClock(TODAY))
        return self._archive

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection to the same file, with the pragmas Elshi uses."""
        conn = sqlite3.connect(self.archive_path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    def qt(self) -> Any:
        if self._app is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            self._app = QApplication.instance() or QApplication(sys.argv[:1])
        return self._app

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        shown = row.skipped or f"{fmt(row.value, row.unit)} (floor {fmt(row.floor, row.unit)})"
        self.say(f"  {row.name}: {shown}")
        return row

    def skip(self, group: str, name: str, unit: str, reason: str, target: str = "") -> None:
        self.add(Row(group, name, unit, target=target, skipped=reason))

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None

    # --- start-up, views and memory ------------------------------------------------------

    def window_processes(self, groups: set[str]) -> None:
        settings = self.work / "settings"
        want_views = bool(groups & {"lists", "memory"})
        from database.lists import SPECS

        floor_views = {e: self.counts.get(e, 0) for e in SPECS} | {"": 100}
        elshi_runs, floor_runs, failed = [], [], ""
        for _ in range(self.plan.startup_runs):
            # Alternating, so a burst of load on a shared machine hits both alike.
            shutil.rmtree(settings, ignore_errors=True)
            try:
                elshi_runs.append(run_child("elshi", self.archive_path, {} if want_views else None, settings,
                                            self.python))
            except ChildFailed as e:
                failed = str(e)
                self.say(f"  the window process failed:\n{e.detail}")
                break
            floor_runs.append(run_child("floor", self.archive_path, floor_views if want_views else None, settings,
                                        self.python))
        self.window = {"interpreter": self.python}
        if elshi_runs:
            self.window.update(python=elshi_runs[0]["python"], pyside6=elshi_runs[0]["pyside6"])
        if failed:
            reason = f"the window did not start: {failed}"
            for group, name, unit in (("startup", "cold start to the first painted window", "s"),
                                      ("lists", "open every view (built and painted)", "ms"),
                                      ("memory", "peak RSS of the window, every view opened", "MB")):
                if group in groups:
                    self.skip(group, name, unit, reason)
            return
        if "startup" in groups:
            e = [r["startup"] for r in elshi_runs]
            f = [r["startup"] for r in floor_runs]
            self.add(judge(Row("startup", "cold start to the first painted window", "s",
                               statistics.median(e), percentile(e, 95), statistics.median(f), percentile(f, 95),
                               runs=len(e), note=f"new process each run, OS file cache warm; PySide6 "
                               f"{elshi_runs[0]['pyside6']}, Python {elshi_runs[0]['python']}"), times_floor=1.5))
        if "lists" in groups:
            view_times: dict[str, list[float]] = {}
            entity_of: dict[str, str] = {}
            for r in elshi_runs:
                for key, (seconds, entity) in (r.get("views") or {}).items():
                    view_times.setdefault(key, []).append(seconds)
                    entity_of[key] = entity or ""
            floor_times: dict[str, list[float]] = {}
            for r in floor_runs:
                for entity, (seconds, _none) in (r.get("views") or {}).items():
                    floor_times.setdefault(entity, []).append(seconds)
            for key, times in view_times.items():
                entity = entity_of[key]
                rows = floor_views.get(entity, 100)
                f50, f95 = stats_ms(floor_times.get(entity) or floor_times[""])
                self.add(judge(Row("lists", f"open the {key} view (built and painted)", "ms", *stats_ms(times),
                                   f50, f95, runs=len(times),
                                   note=f"floor: a QTableView over a model of {rows:,} rows that makes its cells "
                                   "up"), at_most=100, use_p95=True))
        if "memory" in groups:
            e = [r["hwm_mb"] for r in elshi_runs if r.get("views") is not None]
            f = [r["hwm_mb"] for r in floor_runs if r.get("views") is not None]
            self.add(judge(Row("memory", "peak RSS of the window, every view opened", "MB",
                               statistics.median(e), max(e), statistics.median(f), max(f), runs=len(e),
                               note="VmHWM of the window process"), at_most=300))

    # --- list models --------------------------------------------------------------------

    def lists(self) -> None:
        self.qt()
        from database.lists import SPECS
        from database.models import MODELS
        from ui.record_model import PAGE, RecordTableModel

        def open_model(entity: str) -> Any:
            model = RecordTableModel(self.archive, entity)
            show_rows(model, 0, VISIBLE_ROWS)
            return model

        raw = self.raw()
        try:
            for entity in SPECS:
                table = MODELS[entity].__tablename__
                opened, far, f_open, f_far = [], [], [], []
                for _ in range(self.plan.list_runs):
                    seconds, model = timed(partial(open_model, entity))
                    opened.append(seconds)
                    n = model.rowCount()
                    start = max(0, (n * 9 // 10) // PAGE * PAGE)
                    far.append(timed(partial(show_rows, model, start, VISIBLE_ROWS))[0])
                    f_open.append(timed(partial(floor_list, raw, table, PAGE))[0])
                    ids = [model.id_at(r) for r in range(start, min(start + PAGE, n))]
                    f_far.append(timed(partial(select_rows, raw, table, ids))[0])
                label = SPECS[entity].entity + "s"
                self.add(judge(Row("lists", f"{label}: all ids in order + first page of rows (model)", "ms",
                                   *stats_ms(opened), *stats_ms(f_open), runs=len(opened),
                                   note=f"{n:,} rows; floor: SELECT id of live rows, then the first {PAGE} rows"),
                               at_most=100, use_p95=True))
                self.add(judge(Row("lists", f"{label}: a far page of rows (model)", "ms", *stats_ms(far),
                                   *stats_ms(f_far), runs=len(far),
                                   note=f"rows {start:,}…; floor: SELECT * of those {PAGE} ids"), at_most=100,
                               use_p95=True))
        finally:
            raw.close()

    # --- search -------------------------------------------------------------------------

    @staticmethod
    def typed(query: str) -> list[str]:
        """What a search box sees while the query is typed: every prefix from two letters."""
        return [query[:i] for i in range(2, len(query) + 1) if not query[:i].endswith(" ")]

    def search(self) -> None:
        """Search as the CLI and the window run it (``search(archive, q, near=True)``, near
        matches included), beside the same search without near matches and beside the bare
        FTS5 query; each typed prefix in turn, the three calls side by side."""
        try:
            from database import search as search_module
            from database.scripts import has_cjk
            from database.search_forms import expand_terms
            from database.search_text import fts_expression, parse_query
        except ImportError:
            self.skip("search", "search (typed queries)", "ms", "search not available", "p95 ≤ 30 ms")
            return
        raw = self.raw()
        every_on: list[float] = []
        every_off: list[float] = []
        every_bare: list[float] = []
        try:
            for kind, queries in QUERIES.items():
                # Chinese is typed a character at a time (an input method's candidates).
                typed = [q for query in queries
                         for q in ([query[:i] for i in range(1, len(query) + 1)] if has_cjk(query)
                                   else self.typed(query))]
                on, off, bare = [], [], []
                for _ in range(self.plan.search_runs):
                    for q in typed:
                        on.append(timed(partial(search_module.search, self.archive, q, near=True))[0])
                        off.append(timed(partial(search_module.search, self.archive, q))[0])
                        # The bare query: the same words as FTS5 prefix terms, ranked, with snippets;
                        # for the kinds that need them, with the other forms, names and spellings
                        # the query reaches (what FTS5 must read to find those records at all).
                        terms = parse_query(q)
                        if kind in EXPANDED:
                            with self.archive.session() as s:
                                terms = expand_terms(s.connection(), terms)
                        expr = fts_expression(terms, with_latin=False)
                        bare.append(timed(partial(bare_search, raw, expr))[0])
                every_on.extend(on)
                every_off.extend(off)
                every_bare.extend(bare)
                note = "near matches on, as the CLI and window; e.g. " + ", ".join(queries[:3])
                if kind in EXPANDED:
                    note += "; floor: FTS5 MATCH of the words with the forms, names and spellings they reach"
                self.add(judge(Row("search", f"search, {kind} ({len(typed)} typed queries)", "ms",
                                   *stats_ms(on), *stats_ms(bare), runs=len(on), note=note),
                               at_most=30, times_floor=2, use_p95=True))
            self.add(judge(Row("search", "search, all typed queries", "ms", *stats_ms(every_on),
                               *stats_ms(every_bare), runs=len(every_on),
                               note="near matches on, as the CLI and window; floor: FTS5 MATCH of the same "
                                    "prefix terms (with the forms, names and spellings for the kinds that need "
                                    "them), ORDER BY rank, snippet()"),
                           at_most=30, times_floor=2, use_p95=True))
            self.add(judge(Row("search", "search, all typed queries, near matches off", "ms", *stats_ms(every_off),
                               *stats_ms(every_bare), runs=len(every_off), note="floor: as above"),
                           at_most=30, times_floor=2, use_p95=True))
            self.add(self.near_extra(every_on, every_off))
            self.index_size(raw)
        finally:
            raw.close()

    @staticmethod
    def near_extra(on: Sequence[float], off: Sequence[float]) -> Row:
        """Near matches on beside off (the floor), over the same typed queries: at most 10 ms
        more at p95."""
        row = Row("search", "search, near matches on vs off (all typed queries)", "ms", *stats_ms(on),
                  *stats_ms(off), runs=len(on), target="p95 ≤ floor p95 + 10 ms")
        assert row.p95 is not None and row.floor_p95 is not None
        extra = [(a - b) * 1000 for a, b in zip(on, off, strict=True)]
        row.met = row.p95 - row.floor_p95 <= 10
        row.note = (f"floor: the same search without near matches; extra p95 {row.p95 - row.floor_p95:.1f} ms, "
                    f"per query median {statistics.median(extra):.1f} ms, p95 {percentile(extra, 95):.1f} ms")
        return row

    def index_size(self, raw: sqlite3.Connection) -> None:
        """The search index's size beside the index without what issue 17 added (the word
        forms and spellings of search_forms); the gazetteer's names added to place records are
        counted in both (a few words per place)."""
        try:
            sizes = dict(raw.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall())
        except sqlite3.Error as e:
            self.skip("search", "search index size", "MB", f"no dbstat in this SQLite: {e}", "≤ 1.25× floor")
            return
        index = sum(v for k, v in sizes.items() if k.startswith("search_") and k != "search_saved")
        forms = sum(v for k, v in sizes.items() if k.startswith("search_forms"))
        whole = sum(sizes.values())
        self.add(judge(Row("search", "search index size", "MB", index / 1e6, None, (index - forms) / 1e6, None,
                           runs=1, note=f"file {whole / 1e6:,.1f} MB; search_forms {forms / 1e6:,.1f} MB; floor: "
                                        "the index without search_forms"), times_floor=1.25))

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        import dataclasses

        from database.records import ProgressNote

        raw = self.raw()
        try:
            events = [r[0] for r in raw.execute(
                "SELECT DISTINCT e.id FROM events e JOIN delegations d ON d.event_id = e.id "
                "WHERE e.deleted_at IS NULL ORDER BY e.id")]
            commitments = [r[0] for r in raw.execute(
                "SELECT id FROM commitments WHERE deleted_at IS NULL ORDER BY id")]
            raw.commit()
            for entity, ids, edit in (
                ("event", events, lambda d: dataclasses.replace(d, title=d.title + " (ред.)")),
                ("commitment", commitments, lambda d: dataclasses.replace(
                    d, notes=(*d.notes, ProgressNote(None, "Жұмыс тобы қарады / reviewed by the working group")))),
            ):
                chosen = spread(ids, self.plan.saves)
                elshi, floor = [], []
                table, column = ("events", "title") if entity == "event" else ("commitments", "text")
                for record_id in chosen:
                    draft = edit(self.archive.get(entity, record_id).data)
                    elshi.append(timed(partial(self.archive.update, record_id, draft))[0])
                    floor.append(timed(partial(bare_update, raw, table, column, record_id))[0])
                what = "an event with its delegations, title edited" if entity == "event" else \
                    "a commitment, progress note added"
                self.add(judge(Row("save", f"save {what}", "ms", *stats_ms(elshi), *stats_ms(floor),
                                   runs=len(elshi), note="archive.update with every write hook (audit, "
                                   "versions, search index); floor: one UPDATE and commit, same pragmas"),
                               at_most=20, use_p95=True))
        finally:
            raw.close()

    # --- briefings ----------------------------------------------------------------------

    def briefings(self) -> None:
        try:
            from database import briefing_data as bd
            from exports import pdf
        except ImportError:
            self.skip("briefings", "briefings", "s", "briefings not available")
            return
        import io
        from datetime import timedelta

        from tests.benchmarks.generate import TODAY

        runs = self.plan.briefing_runs
        # Loading the fonts is paid once per process, by the first briefing only: not timed here.
        from exports.pdf.fonts import register_fonts

        register_fonts()

        def measure(name: str, gather: Callable[[Any], Any], write: Callable[[Any, Any], object],
                    lines: Callable[[Any], list[tuple[str, ...]]], *, at_most: float | None = None,
                    times_floor: float | None = None, note: str = "") -> Any:
            elshi, floor, pages = [], [], 0
            data = None
            def make(out: io.BytesIO) -> Any:
                with self.archive.session() as s:
                    found = gather(s)
                write(found, out)
                return found

            for _ in range(runs):
                out = io.BytesIO()
                seconds, data = timed(partial(make, out))
                elshi.append(seconds)
                pages = pdf_pages(out.getvalue())
                floor.append(timed(partial(floor_pdf, lines(data), pages))[0])
            row = Row("briefings", name, "s", statistics.median(elshi), percentile(elshi, 95),
                      statistics.median(floor), percentile(floor, 95), runs=len(elshi),
                      note=f"{pages} pages; {note}floor: ReportLab document of as many pages, same font, "
                           "the same text in plain table rows")
            self.add(judge(row, at_most=at_most, times_floor=times_floor))
            return data

        raw = self.raw()
        try:
            # The event with the most delegation members among a spread of events: a full briefing.
            candidates = spread([r[0] for r in raw.execute(
                "SELECT DISTINCT event_id FROM delegations ORDER BY event_id")], 200)
            sizes = {e: raw.execute("SELECT count(*) FROM delegation_members m JOIN delegations d "
                                    "ON m.delegation_id = d.id WHERE d.event_id = ?", (e,)).fetchone()[0]
                     for e in candidates}
            company = raw.execute(
                "SELECT o.id FROM organisations o JOIN commitments c ON c.responsible_org_id = o.id "
                "WHERE o.kind = 'company' AND o.deleted_at IS NULL GROUP BY o.id ORDER BY count(*) DESC, o.id "
                "LIMIT 1").fetchone()
        finally:
            raw.close()
        event_id = max(sizes, key=lambda e: (sizes[e], -e)) if sizes else None
        if event_id is None:
            self.skip("briefings", "one-event briefing", "s", "no event with a delegation")
        else:
            measure("one-event briefing (data + PDF)", lambda s: bd.event_briefing(s, event_id, TODAY),
                    lambda d, out: pdf.write_event_briefing(d, out, lang="kk"), strings_rows, at_most=0.5,
                    note=f"event {event_id}, {sizes[event_id]} delegation members; ")
        if company is not None:
            measure("counterpart dossier of a company (data + PDF)",
                    lambda s: bd.counterpart_dossier(s, TODAY, organisation_id=company[0]),
                    lambda d, out: pdf.write_counterpart_dossier(d, out, lang="ru"), strings_rows)
        measure("upcoming agenda, next 30 days (data + PDF)",
                lambda s: bd.upcoming_agenda(s, TODAY, TODAY + timedelta(days=30), TODAY),
                lambda d, out: pdf.write_upcoming_agenda(d, out, lang="en"), strings_rows)

        # The commitments report: gathering every commitment, then printing 10,000 rows of it.
        with self.archive.session() as s:
            seconds, everything = timed(lambda: bd.commitments_report(s, TODAY))
        raw = self.raw()
        try:
            floor = timed(lambda: raw.execute(
                "SELECT c.*, n.* FROM commitments c LEFT JOIN commitment_notes n ON n.commitment_id = c.id "
                "LEFT JOIN organisations o ON o.id = c.responsible_org_id WHERE c.deleted_at IS NULL").fetchall())[0]
        finally:
            raw.close()
        total = len(everything.rows)
        self.add(Row("briefings", f"commitments report data, all {total:,} commitments", "s", seconds, None,
                     floor, None, runs=1, note="briefing_data.commitments_report; floor: SELECT of the "
                     "commitments joined with their notes and organisations"))
        import dataclasses

        sample = dataclasses.replace(everything, rows=everything.rows[:10_000])
        n = len(sample.rows)
        measure(f"commitments report, {n:,} rows (PDF)", lambda s: sample,
                lambda d, out: pdf.write_commitments_report(d, out, lang="kk"),
                lambda d: [commitment_cells(c) for c in d.rows], times_floor=1.5)

        # One commitment holding a legal text of many short lines: its cell prints a fold of it
        # (it took 27 s at 10,000 lines and 193 s at 25,000 when the whole row was split by page).
        for lines in (10_000, 25_000):
            text = "\n".join(f"{i + 1}-тармақ. Тараптар осы бапты орындайды." for i in range(lines))
            one = bd.CommitmentsReport(TODAY, (bd.CommitmentLine(
                1, text, "open", None, False, "Павлодар облысының әкімдігі", "", ("Омбы облысының Үкіметі",),
                "Жол картасы", ""),), ())
            measure(f"commitments report, one commitment of {lines:,} lines (PDF)", lambda s, one=one: one,
                    lambda d, out: pdf.write_commitments_report(d, out, lang="kk"),
                    lambda d: [commitment_cells(c) for c in d.rows], at_most=1.0,
                    note="the cell prints 50 lines and says how many more; ")

    # --- exchange -----------------------------------------------------------------------

    def exchange(self) -> None:
        from database.clock import FixedClock
        from database.exchange import export_archive, import_archive
        from database.opening import open_archive
        from tests.benchmarks.generate import TODAY

        out = self.work / "export.json"
        with out.open("w", encoding="utf-8") as f:
            seconds, counts = timed(lambda: export_archive(self.archive, f))
        records = sum(counts.values())
        floor_out = self.work / "export-floor.json"
        floor = timed(lambda: bare_export(self.archive_path, floor_out))[0]
        floor_out.unlink(missing_ok=True)
        mb = out.stat().st_size / 1e6
        self.add(judge(Row("exchange", "JSON export of the whole archive", "s", seconds, None, floor, None, runs=1,
                           note=f"{records:,} records, {mb:,.0f} MB; floor: SELECT * of every record table, "
                           "json.dump"), times_floor=2))
        self.close()  # the import below is a process of its own in real use: free what export held
        target = self.work / "imported.sqlite"
        fresh = open_archive(target, clock=FixedClock(TODAY))
        try:
            with out.open("rb") as f:
                seconds, report = timed(lambda: import_archive(fresh, f))
        finally:
            fresh.close()
        floor_target = self.work / "import-floor.sqlite"
        floor_archive = open_archive(floor_target, clock=FixedClock(TODAY))  # the same schema, empty
        floor_archive.close()
        parts = bare_import(out, self.archive_path, floor_target)
        floor = sum(parts.values())
        self.add(judge(Row("exchange", "JSON import of the whole archive into an empty one", "s", seconds, None,
                           floor, None, runs=1, note=f"{report.added:,} records added; floor: json.load "
                           f"({parts['parse']:.1f} s), then plain sqlite3 executemany of the same rows into the same "
                           f"schema in one transaction: records and links {parts['records']:.1f} s, search index "
                           f"{parts['index']:.1f} s, audit trail {parts['audit']:.1f} s, commit {parts['commit']:.1f} s"),
                       times_floor=1.5))
        for p in (out, target):
            p.unlink(missing_ok=True)

    def bundle(self) -> None:
        """A bundle of the whole archive (signed, encrypted) sent to a post with none of it and
        received there, beside the time to copy the archive's bytes."""
        from database import keys, posts
        from database.clock import FixedClock
        from database.opening import open_archive
        from tests.benchmarks.generate import TODAY

        now = FixedClock(TODAY).now()
        target = self.work / "post-b.sqlite"
        sender, receiver = keys.Keyring(self.archive_path), keys.Keyring(target)
        a_key, b_key = sender.init("post-a", "benchmark", now), receiver.init("post-b", "benchmark", now)
        sender.trust(b_key, now)
        receiver.trust(a_key, now)
        out = self.work / "bundle.elshi"
        send_s, report = timed(lambda: posts.send(self.archive, sender.secrets("benchmark"), b_key, out,
                                                  since="all"))
        self.close()
        fresh = open_archive(target, clock=FixedClock(TODAY))
        try:
            receive_s, plan = timed(lambda: posts.receive(
                fresh, posts.read_bundle(fresh, out, lambda: receiver.secrets("benchmark"))))
        finally:
            fresh.close()
        copy_to = self.work / "copy.sqlite"
        floor = timed(lambda: shutil.copyfile(self.archive_path, copy_to))[0]
        mb, archive_mb = out.stat().st_size / 1e6, self.archive_path.stat().st_size / 1e6
        self.add(Row("bundle", "bundle of the whole archive: send + receive", "s", send_s + receive_s, None,
                     floor, None, runs=1,
                     note=f"send {send_s:.2f} s, receive {receive_s:.2f} s; {sum(report.counts.values()):,} "
                     f"records, {len(plan.new):,} new at the receiver; bundle {mb:,.1f} MB, archive "
                     f"{archive_mb:,.1f} MB; floor: copying the archive's bytes"))
        for p in (out, copy_to, target):
            p.unlink(missing_ok=True)


VISIBLE_ROWS = 40  # rows a list shows at once in the default window


def show_rows(model: Any, first: int, count: int) -> None:
    """Ask a table model for every cell of ``count`` rows from ``first``, as a view painting them does."""
    for r in range(first, min(first + count, model.rowCount())):
        for c in range(model.columnCount()):
            model.data(model.index(r, c))


def select_rows(raw: sqlite3.Connection, table: str, ids: Sequence[int]) -> list[Any]:
    return raw.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(ids))})", list(ids)).fetchall()


def floor_list(raw: sqlite3.Connection, table: str, page: int) -> list[Any]:
    ids = [row[0] for row in raw.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL")]
    return select_rows(raw, table, ids[:page])


def bare_search(raw: sqlite3.Connection, expr: str) -> list[Any]:
    return raw.execute("SELECT rowid, rank, snippet(search_fts, 1, '[', ']', '…', 12) FROM search_fts "
                       "WHERE search_fts MATCH ? ORDER BY rank LIMIT 30", (expr,)).fetchall()


def bare_update(raw: sqlite3.Connection, table: str, column: str, record_id: int) -> None:
    raw.execute(f"UPDATE {table} SET {column} = {column} || '.' WHERE id = ?", (record_id,))
    raw.commit()


def pdf_pages(data: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def strings_rows(data: Any) -> list[tuple[str, ...]]:
    """Every piece of text in a briefing's rows, one per line, for its floor document."""
    import dataclasses

    out: list[tuple[str, ...]] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if value:
                out.append((value,))
        elif isinstance(value, (tuple, list)):
            for v in value:
                walk(v)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif value is not None and not isinstance(value, (int, float, bool)):
            out.append((str(value),))

    walk(data)
    return out


def commitment_cells(line: Any) -> tuple[str, ...]:
    return (str(line.due or ""), line.text, line.status, line.responsible or line.responsible_person,
            line.origin, line.last_note)


def floor_pdf(rows: list[tuple[str, ...]], pages: int) -> bytes:
    """The floor of a briefing: a ReportLab document of ``pages`` pages in the briefings' font,
    holding the same text in plain table rows (no wrapping, no styles)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    from exports.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    pages = max(pages, 1)
    per_page = max(1, math.ceil(len(rows) / pages))
    fits = 48  # 8-point rows on an A4 page
    story: list[Any] = []
    for p in range(pages):
        chunk = rows[p * per_page:(p + 1) * per_page] or [("",)]
        if len(chunk) > fits:  # more text than lines: several pieces share a line
            k = math.ceil(len(chunk) / fits)
            chunk = [(" · ".join(c[0] for c in chunk[i:i + k]),) for i in range(0, len(chunk), k)]
        width = max(len(r) for r in chunk)
        cells = [[c[:180 // width] for c in r] + [""] * (width - len(r)) for r in chunk]
        story.append(Table(cells, style=[("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 7),
                                         ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        if p < pages - 1:
            story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def spread(ids: Sequence[int], n: int) -> list[int]:
    """``n`` ids evenly spread over the list (old records and new ones)."""
    if len(ids) <= n:
        return list(ids)
    step = len(ids) / n
    return [ids[int(i * step)] for i in range(n)]


def bare_export(path: Path, out: Path) -> None:
    from database.models import Base

    conn = sqlite3.connect(path)
    try:
        skip = {"audit_log", "alembic_version"}
        doc = {t.name: conn.execute(f"SELECT * FROM {t.name}").fetchall()
               for t in Base.metadata.sorted_tables if t.name not in skip}
    finally:
        conn.close()
    with out.open("w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1, default=str)


# The floor of an import copies the rows Elshi stored for the archive it exported: the same
# records, child rows, tags, search index and audit entries, into the same (empty) schema.
INDEX_TABLES = ("search_docs", "search_fts", "search_vocab", "search_terms", "search_forms")
AUDIT_TABLES = ("audit_log", "audit_head")


def bare_import(source: Path, archive: Path, target: Path) -> dict[str, float]:
    """Seconds to json.load ``source``, then to executemany, in one transaction into ``target``
    (an empty archive), every row ``archive`` holds: records and links, index, audit trail."""
    from database.models import Base

    with source.open("rb") as f:
        parse, doc = timed(lambda: json.load(f))
    del doc
    src = sqlite3.connect(archive)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    record_tables = [t.name for t in Base.metadata.sorted_tables if t.name not in AUDIT_TABLES]

    def copy(tables: Sequence[str]) -> float:
        t0 = time.perf_counter()
        for table in tables:
            columns = [row[1] for row in src.execute(f"SELECT * FROM pragma_table_info('{table}')")]
            if table == "search_fts":
                columns = ["rowid", *columns]
            names = ", ".join(f'"{c}"' for c in columns)
            conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})",
                             src.execute(f"SELECT {names} FROM {table}"))
        return time.perf_counter() - t0

    try:
        conn.execute("BEGIN IMMEDIATE")
        for table in ("search_meta", "search_fts", "audit_head"):  # what opening an empty archive wrote
            conn.execute(f"DELETE FROM {table}")
        parts = {"parse": parse, "records": copy(record_tables), "index": copy(INDEX_TABLES),
                 "audit": copy(AUDIT_TABLES)}
        t0 = time.perf_counter()
        conn.commit()
        parts["commit"] = time.perf_counter() - t0
    finally:
        conn.close()
        src.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    return parts


# --- output -----------------------------------------------------------------------------------

HEADER = ("measurement", "p50", "p95", "floor p50", "floor p95", "× floor", "target", "met")


def table(rows: Iterable[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "|".join("---" for _ in HEADER) + "|"]
    for r in rows:
        if r.skipped:
            cells = [r.name, "—", "—", "—", "—", "—", r.target, f"skipped: {r.skipped}"]
        else:
            ratio = f"{r.ratio:.2f}" if r.ratio is not None else "—"
            met = "" if r.met is None else ("yes" if r.met else "**no**")
            cells = [r.name, fmt(r.value, r.unit), fmt(r.p95, r.unit), fmt(r.floor, r.unit),
                     fmt(r.floor_p95, r.unit), ratio, r.target, met]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


WORSE = 1.2  # a ratio to the floor this much higher than before is flagged


def compare(now: dict[str, Any], before: dict[str, Any]) -> str:
    """Each row of ``now`` beside the same row of an earlier run's JSON, as a Markdown table; a
    row whose ratio to its floor grew by more than 20% is flagged "worse"."""
    earlier = {r["name"]: r for r in before.get("rows", [])}
    lines = ["| measurement | before × floor | now × floor | change | |", "|---|---|---|---|---|"]
    for r in now.get("rows", []):
        old = earlier.get(r["name"])
        a, b = (old or {}).get("ratio"), r.get("ratio")
        if a and b:
            flag = "**worse**" if b > a * WORSE else ("better" if b < a / WORSE else "")
            lines.append(f"| {r['name']} | {a:.2f} | {b:.2f} | {b / a - 1:+.0%} | {flag} |")
        else:
            lines.append(f"| {r['name']} | {f'{a:.2f}' if a else '—'} | {f'{b:.2f}' if b else '—'} | — | "
                         f"{'new' if old is None else ''} |")
    return "\n".join(lines)


def run(size: str, seed: int, cache: Path, json_path: Path | None, groups: Sequence[str] = GROUPS,
        keep_work: bool = False, say: Callable[[str], None] = print, python: str = sys.executable) -> dict[str, Any]:
    from tests.benchmarks.generate import ensure_archive

    def err(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    plan = PLANS[size]
    started = time.time()
    host = machine()  # the load average as the run starts: the machine may be shared
    path, meta = ensure_archive(size, seed, cache, say=err)
    prepare_cache(path)
    target = json_path or cache / f"results-{size}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    order = {g: i for i, g in enumerate(GROUPS)}
    work = Path(tempfile.mkdtemp(prefix="work-", dir=cache))
    bench = Bench(size, plan, work / path.name, work, meta["counts"], say=err, python=python)

    def result(complete: bool) -> dict[str, Any]:
        rows = sorted(bench.rows, key=lambda r: order[r.group])
        found = {
            "size": size, "seed": seed, "generator": meta["generator"], "counts": meta["counts"],
            "archive_mb": round(meta["bytes"] / 1e6, 1), "archive_build_seconds": meta["build_seconds"],
            "check_problems": meta["check_problems"], "machine": host, "window": bench.window,
            "load_average_now": [round(x, 2) for x in os.getloadavg()],
            "started": started, "seconds": round(time.time() - started, 1), "complete": complete,
            "rows": [{**asdict(r), "ratio": r.ratio} for r in rows],
        }
        # Written after every group, so a long run that fails late keeps what it measured.
        target.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
        return found

    try:
        shutil.copyfile(path, bench.archive_path)
        wanted = set(groups)
        err(f"measuring {', '.join(g for g in GROUPS if g in wanted)} on {path.name} ...")
        if wanted & {"startup", "lists", "memory"}:
            bench.window_processes(wanted)
            result(False)
        for group in ("lists", "search", "save", "briefings", "exchange", "bundle"):
            if group in wanted:
                getattr(bench, group)()
                result(False)
        bench.close()
    finally:
        bench.close()
        if not keep_work:
            shutil.rmtree(work, ignore_errors=True)
    found = result(True)
    say(table(sorted(bench.rows, key=lambda r: order[r.group])))
    err(f"results written to {target}")
    return found


def prepare_cache(path: Path) -> None:
    """Open the cached archive once, so a schema upgrade, a search-index rebuild or new planner
    statistics (after an Elshi update) happen to the cache itself and never inside a timed run."""
    from database.opening import open_archive
    from database.statistics import refresh_if_stale

    archive = open_archive(path)
    try:
        refresh_if_stale(archive)  # as the window's background checks do on a first start
    finally:
        archive.close()
    shutil.rmtree(path.with_name(path.stem + "-backups"), ignore_errors=True)
