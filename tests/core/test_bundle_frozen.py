"""The one-folder build for workstations without Python (deploy/elshi.spec, PyInstaller), built
here with the same recipe as `python3 bootstrap.py freeze`, then started as a user would: the
command line with no network, and the window on a real X server (Xvfb). The Windows recipe
(deploy/freeze-windows.ps1) cannot be run here."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=[write], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 30
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    assert number.strip(), "Xvfb did not start"
    return server, ":" + number.decode().strip()


def test_the_one_folder_build_starts_its_window_and_its_commands(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "deploy"))
    try:
        import elshi_setup
    finally:
        sys.path.remove(str(ROOT / "deploy"))
    started = time.monotonic()
    built = subprocess.run(elshi_setup.freeze_command(sys.executable, tmp_path / "dist", tmp_path / "work"),
                           cwd=ROOT, capture_output=True, text=True, timeout=1200, check=False)
    build_seconds = time.monotonic() - started
    assert built.returncode == 0, built.stderr[-4000:]
    exe = tmp_path / "dist" / "elshi" / "elshi"
    assert exe.is_file()

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "ELSHI_"))}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "home" / "share"),
               ELSHI_CONFIG_DIR=str(tmp_path / "config"), PATH="/usr/bin:/bin")
    archive = str(tmp_path / "T.sqlite")
    for argv in ([exe, "--archive", archive, "--create", "sample"], [exe, "--archive", archive, "check"],
                 [exe, "--lang", "ru", "--archive", archive, "check"]):
        done = subprocess.run(["unshare", "-rn", *map(str, argv)], env=env, capture_output=True, text=True,
                              timeout=120, check=False)
        assert done.returncode == 0, (argv, done.stdout, done.stderr)
    assert "проблем не найдено" in done.stdout, done.stdout  # the translations are inside

    server, display = start_xvfb()
    window = None
    try:
        app = subprocess.Popen([str(exe), "--archive", archive], env=dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and app.poll() is None and window is None:
                tree = subprocess.run(["xwininfo", "-root", "-tree"], env=dict(env, DISPLAY=display),
                                      capture_output=True, text=True, check=False).stdout
                window = next((line for line in tree.splitlines() if "T.sqlite" in line), None)
                time.sleep(0.3)
            alive = app.poll() is None
        finally:
            app.terminate()
            output = app.communicate(timeout=30)[0]
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert alive and window is not None, output[-3000:]
    assert "Elshi" in window
    print(f"one-folder build {build_seconds:.0f} s")
