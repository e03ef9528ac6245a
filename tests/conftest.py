from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Qt aborts with no display unless told to draw offscreen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Messages are asserted in English, whatever language this machine or its saved settings use.
os.environ["ELSHI_LANG"] = "en"
# Elshi's settings file (the interface language) never in the user's own config folder; each test
# gets an empty one of its own (private_config), and subprocesses inherit this one.
os.environ["ELSHI_CONFIG_DIR"] = tempfile.mkdtemp(prefix="elshi-test-config-")

from database.archive import Archive
from database.clock import FixedClock
from database.encryption import Key, derive
from database.exchange import import_archive
from database.opening import open_archive
from database.server import connect_raw
from tests.pg_server import Server
from tests.seeds import present as seeds_present

# The seed press items live beside the project, not in it (they are other people's sentences):
# their test is collected where they are (../shared/seeds, or ELSHI_SEEDS), never skipped.
collect_ignore = [] if seeds_present() else ["core/test_intake_seeds.py", "ui/test_intake_review_seeds.py"]

# Under CI a skip or xfail fails the run (tests/ci_guard.py says why); pytester tests that guard.
pytest_plugins = ("tests.ci_guard", "pytester")

# These modules run twice, on a plain and on an encrypted archive: what a post gets after turning
# encryption on is the same archive (records, search, backups and restore, exchange, briefings,
# check, attachments). Their tests take the `archive` fixture, which the `cipher` parameter keys.
ENCRYPTED_TOO = frozenset({"test_archive", "test_search", "test_backup", "test_exchange", "test_briefings",
                           "test_integrity", "test_attachments", "test_operations", "test_statistics",
                           "test_backup_ui", "test_writer", "test_search_view"})
# These modules run on a PostgreSQL server too (the `server` parameter of the same fixture): what a
# post's team gets from the shared archive is the same archive.
SERVER_TOO = frozenset({"test_archive", "test_calendar", "test_briefings", "test_duplicates", "test_audit",
                        "test_search", "test_search_forms",
                        "test_lost_updates"})
TEST_PASSPHRASE = "Жетісу тау-кені 2026"
# The key of every encrypted test archive, derived once (a real opening derives it from the file).
TEST_KEY = derive(TEST_PASSPHRASE, bytes(range(16)))

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "sample-archive.json"
TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def private_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELSHI_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


def make_template(location: Path | str, clock: FixedClock, *, with_sample: bool, key: Key | None = None) -> None:
    """Create the archive at ``location`` (a file or a server URL), with the sample if asked, and close it."""
    a = open_archive(location, clock=FixedClock(clock.day, clock.time), key=key)
    try:
        if with_sample:
            with SAMPLE.open("rb") as f:
                import_archive(a, f)
    finally:
        a.close()


class ArchiveTemplates:
    """Archives made once per test session and copied into each test's folder.

    Creating an archive runs every migration and an index rebuild, and loading the sample is an
    import on top: about half a second per test, for hundreds of tests that only need the result.
    A closed archive is one self-contained file, so a byte copy of it is what a fresh creation (and
    import) would have left there; the copy is opened by the test as before. Templates are made
    with the test's own clock (import stamps come from it), so a test with another day gets its own.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: dict[tuple[object, ...], Path] = {}

    def place(self, target: Path, clock: FixedClock, *, with_sample: bool, cipher: Key | None = None) -> None:
        key = (with_sample, clock.day, clock.time, cipher is not None)
        if key not in self.made:
            path = self.folder / f"template-{len(self.made)}.sqlite"
            make_template(path, clock, with_sample=with_sample, key=cipher)
            leftovers = sorted(p.name for p in self.folder.iterdir() if p.name.startswith(path.name + "-"))
            assert not leftovers, f"a closed archive left {leftovers}: a copy of the main file alone would lose them"
            self.made[key] = path
        shutil.copyfile(self.made[key], target)


@pytest.fixture(scope="session")
def archive_templates(tmp_path_factory: pytest.TempPathFactory) -> ArchiveTemplates:
    return ArchiveTemplates(tmp_path_factory.mktemp("archive-templates"))


_SAMPLE_LOADED = pytest.StashKey[bool]()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if "archive" in metafunc.fixturenames and (module in ENCRYPTED_TOO or module in SERVER_TOO):
        kinds = ["plain"] + ["encrypted"] * (module in ENCRYPTED_TOO) + ["server"] * (module in SERVER_TOO)
        metafunc.parametrize("cipher", kinds, indirect=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """One real PostgreSQL server for the whole session (started on first use), stopped after."""
    server = Server()
    server.start()
    try:
        yield server
    finally:
        server.stop()


class ServerTemplates:
    """Databases made once (migrated, the sample loaded) and copied for each test by CREATE
    DATABASE ... TEMPLATE, as ArchiveTemplates copies files."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.made: dict[tuple[object, ...], str] = {}
        self.count = 0

    def _sql(self, statement: str) -> None:
        with connect_raw(self.server.url(), autocommit=True) as c:
            c.execute(statement)

    def place(self, clock: FixedClock, *, with_sample: bool) -> str:
        key = (with_sample, clock.day, clock.time)
        if key not in self.made:
            name = f"template_{len(self.made)}"
            self._sql(f"CREATE DATABASE {name}")
            make_template(self.server.url(name), clock, with_sample=with_sample)
            self.made[key] = name
        self.count += 1
        name = f"test_{self.count}"
        self._sql(f"CREATE DATABASE {name} TEMPLATE {self.made[key]}")
        return self.server.url(name)

    def drop(self, url: str) -> None:
        self._sql(f"DROP DATABASE IF EXISTS {urlsplit(url).path.strip('/')} WITH (FORCE)")


_ACCOUNTS = itertools.count(1)


@pytest.fixture
def password_account(pg_server: Server) -> Iterator[tuple[str, str]]:
    """A server account that signs in with a password only (its own pg_hba.conf line), and an
    empty database of its own."""
    hba = pg_server.data / "pg_hba.conf"
    before = hba.read_text()
    name = f"signed_{next(_ACCOUNTS)}"
    with connect_raw(pg_server.url(), autocommit=True) as c:
        c.execute("CREATE ROLE officer LOGIN PASSWORD 'Жетісу-2026'")
        c.execute(f"CREATE DATABASE {name} OWNER officer")
        hba.write_text("local all officer scram-sha-256\n" + before)
        c.execute("SELECT pg_reload_conf()")
    try:
        yield pg_server.url(name, user="officer"), "Жетісу-2026"
    finally:
        hba.write_text(before)
        with connect_raw(pg_server.url(), autocommit=True) as c:
            c.execute("SELECT pg_reload_conf()")
            c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            c.execute("DROP ROLE officer")


@pytest.fixture(scope="session")
def server_templates(pg_server: Server) -> ServerTemplates:
    return ServerTemplates(pg_server)


@pytest.fixture
def cipher(request: pytest.FixtureRequest) -> Key | None:
    """The key the test's archive is encrypted with: None for a plain archive (the default)."""
    return TEST_KEY if getattr(request, "param", "plain") == "encrypted" else None


@pytest.fixture
def archive(request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock,
            archive_templates: ArchiveTemplates, cipher: Key | None) -> Iterator[Archive]:
    if getattr(request.node, "callspec", None) and request.node.callspec.params.get("cipher") == "server":
        templates: ServerTemplates = request.getfixturevalue("server_templates")
        with_sample = "sample_archive" in request.fixturenames
        url = templates.place(clock, with_sample=with_sample)
        request.node.stash[_SAMPLE_LOADED] = with_sample
        a = open_archive(url, clock=clock)
        yield a
        a.close()
        templates.drop(url)
        return
    path = tmp_path / "archive.sqlite"
    if type(clock) is FixedClock:  # a test's own kind of clock gets a real creation
        with_sample = "sample_archive" in request.fixturenames
        archive_templates.place(path, clock, with_sample=with_sample, cipher=cipher)
        request.node.stash[_SAMPLE_LOADED] = with_sample
    a = open_archive(path, clock=clock, key=cipher)
    yield a
    a.close()


@pytest.fixture
def sample_archive(request: pytest.FixtureRequest, archive: Archive) -> Archive:
    """The archive with the sample loaded, as if imported by this test (usually copied in)."""
    if not request.node.stash.get(_SAMPLE_LOADED, False):
        with SAMPLE.open("rb") as f:
            import_archive(archive, f)
    return archive
