"""Elshi is for offline workstations: its key flows open no network connection.

In process, every way Python has to reach the network is made to fail loudly while the flows
run; out of process, the command line runs in a network namespace with no interfaces at all
(``unshare -rn``), where any attempt would fail."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from database import audit
from database.backup import backup_now, restore
from database.clock import FixedClock
from database.opening import open_archive
from database.records import PlaceDraft
from database.trash import purge
from desktop_app.cli import main
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Sockets that refuse to connect, send or resolve; the list holds any attempt made."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[1:2]}")
            raise NetworkUsed(f"network use: {name}")
        return call

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    yield attempts


def test_the_guard_itself_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
    assert len(no_network) == 1 and no_network[0].startswith("create_connection")


def test_open_sample_edit_export_import_check_backup_restore_purge_offline(
        no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, out, copy = tmp_path / "a.sqlite", tmp_path / "out.json", tmp_path / "copy.sqlite"
    assert main(["--archive", str(path), "--create", "sample"]) == 0
    assert main(["--archive", str(path), "--create", "export", str(out)]) == 0
    assert main(["--archive", str(tmp_path / "b.sqlite"), "--create", "import", str(out)]) == 0
    assert main(["--archive", str(path), "--create", "check"]) == 0
    assert main(["--archive", str(path), "--create", "backup", "--to", str(copy)]) == 0
    archive = open_archive(path, clock=FixedClock(TODAY))
    try:
        place = archive.add(PlaceDraft("Шаңхай"))
        archive.update(place.id, PlaceDraft("Шаңхай", "Қытай"))
        archive.delete("place", place.id)
        purge(archive, "place", place.id)
        backup_now(archive)
        restore(archive, copy)
        with (tmp_path / "audit.csv").open("w", encoding="utf-8") as f:
            audit.export_csv(archive, f)
    finally:
        archive.close()
    assert no_network == []


def _unshare_works() -> bool:
    exe = shutil.which("unshare")
    if exe is None:
        return False
    try:
        return (
            subprocess.run([exe, "-rn", "true"], capture_output=True, timeout=20, check=False).returncode == 0
        )
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.mark.skipif(
    sys.platform != "linux" or not _unshare_works(),
    reason="needs Linux with unprivileged network namespaces (unshare -rn)",
)
def test_the_command_line_works_with_no_network_interfaces_at_all(tmp_path: Path) -> None:
    archive, out = str(tmp_path / "a.sqlite"), str(tmp_path / "out.json")
    elshi = [sys.executable, "-m", "desktop_app", "--archive", archive, "--create"]
    script = [
        elshi + ["sample"],
        elshi + ["export", out],
        elshi + ["check"],
        elshi + ["backup"],
        elshi + ["backups"],
    ]
    for argv in script:
        done = subprocess.run(
            ["unshare", "-rn", *argv], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
        )
        assert done.returncode == 0, (argv, done.stderr)
    # In the namespace there is truly no network: show it, so the test cannot pass vacuously.
    probe = subprocess.run(
        [
            "unshare",
            "-rn",
            sys.executable,
            "-c",
            "import socket; socket.create_connection(('127.0.0.1', 9), timeout=2)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert probe.returncode != 0 and "Error" in probe.stderr
