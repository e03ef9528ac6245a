#!/usr/bin/env python3
"""Set up Elshi in a local virtual environment, then start it or run its tests.

    python3 bootstrap.py            set up and start Elshi on its default archive
    python3 bootstrap.py test       set up and run all tests (extra arguments go to pytest)

Only the standard library is used here, so this runs on a fresh machine with nothing but Python.
It creates .venv/ beside this file, installs the project and its test tools into it, and on
Debian or Ubuntu installs the system libraries Qt needs, and for `test` poppler (the second PDF
reader the briefing tests read with), as root, or prints the command to run.
A second run reinstalls nothing unless pyproject.toml changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".elshi-installed"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

# Debian package -> a library file it provides, for the Qt that PySide6 ships.
QT_LIBS = {
    "libgl1": "libGL.so.1",
    "libegl1": "libEGL.so.1",
    "libxkbcommon0": "libxkbcommon.so.0",
    "libglib2.0-0": "libglib-2.0.so.0",
    "libfontconfig1": "libfontconfig.so.1",
    "libdbus-1-3": "libdbus-1.so.3",
}
# Only a real window on X11 needs these.
XCB_LIBS = {
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxcb-xkb1": "libxcb-xkb.so.1",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
}
# Debian package -> a file it installs, for what only the tests need: briefings are read back with
# pdftotext as well as pypdf.
TEST_FILES = {
    "poppler-utils": "/usr/bin/pdftotext",
}


def say(text: str) -> None:
    print(f"[elshi setup] {text}", flush=True)


def fail(text: str) -> None:
    print(f"[elshi setup] {text}", file=sys.stderr, flush=True)
    sys.exit(1)


def missing_libraries(libs: dict[str, str]) -> list[str]:
    try:
        cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return []  # no ldconfig: not a glibc Linux we know how to check
    return [pkg for pkg, lib in libs.items() if lib not in cache]


def missing_files(files: dict[str, str]) -> list[str]:
    return [pkg for pkg, path in files.items() if not os.path.exists(path)]


def ensure_system_packages(with_window: bool, for_tests: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    wanted = dict(QT_LIBS)
    if with_window:
        wanted.update(XCB_LIBS)
    missing = missing_libraries(wanted)
    if for_tests:
        missing += missing_files(TEST_FILES)
    if not missing:
        return
    if not shutil.which("apt-get"):
        say("Elshi may need these system packages (Debian names): " + " ".join(missing))
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() != 0:
        # A test run without them would skip the poppler checks: refuse rather than prove less.
        fail("System packages are missing. Install them, then run this again:\n"
             f"    sudo apt-get update && sudo {' '.join(command)}")
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(command, check=True, env=env)


def ensure_venv() -> None:
    if PYTHON.exists():
        return
    say(f"creating a virtual environment in {VENV}")
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (subprocess.CalledProcessError, OSError) as e:
        shutil.rmtree(VENV, ignore_errors=True)
        hint = "sudo apt-get install python3-venv" if shutil.which("apt-get") else "install Python's venv module"
        fail(f"cannot create a virtual environment ({e}). On Debian/Ubuntu: {hint}")


def ensure_packages() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installing Elshi and its test tools into .venv (first run only)")
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "-e", f"{ROOT}[test]"], check=True, cwd=ROOT)
    STAMP.write_text(wanted + "\n")


def main(argv: list[str]) -> int:
    action = argv[0] if argv and argv[0] in ("start", "test") else "start"
    rest = argv[1:] if argv and argv[0] in ("start", "test") else argv
    if sys.version_info < (3, 11):  # noqa: UP036 - this file runs on an older Python to say so
        fail(f"Elshi needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    ensure_system_packages(with_window=action == "start", for_tests=action == "test")
    ensure_venv()
    ensure_packages()
    if action == "test":
        command = [str(PYTHON), "-m", "pytest", *rest]
    else:
        command = [str(PYTHON), "-m", "desktop_app", *rest]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
