"""A real PostgreSQL server for the tests: Debian's own programs on a temporary data folder,
listening only on a Unix socket inside it (no TCP port), started once per test session and
stopped after. PostgreSQL refuses to run as root, so as root the folder belongs to the
``postgres`` account and its programs run as that account."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

SUPERUSER = "postgres"


def programs() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (Debian package: postgresql); "
                           "python3 bootstrap.py test --install-system-packages installs it")
    return Path(found[-1]).parent


class Server:
    def __init__(self) -> None:
        self.bin = programs()
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="elshi-pg-"))
        self.data = self.folder / "data"
        self.socket = self.folder  # the socket lives beside the data, in a folder only we use
        self.log = self.folder / "server.log"
        if self.as_root:
            shutil.chown(self.folder, SUPERUSER, SUPERUSER)
        os.chmod(self.folder, 0o700)
        self.user = SUPERUSER if self.as_root else _current_user()

    def _run(self, args: Sequence[str]) -> None:
        command = list(args)
        if self.as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        self._run([str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "-A", "trust",
                   "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200 -c shared_buffers=64MB")
        self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options,
                   "-w", "-t", "60", "start"])

    def stop(self) -> None:
        try:
            self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"])
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.user}@/{database}?host={self.socket}"


def _current_user() -> str:
    import pwd

    return pwd.getpwuid(os.geteuid()).pw_name
