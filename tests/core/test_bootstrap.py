"""bootstrap.py, as a new user meets it: every failure is one clear sentence with the fix (no
traceback), system packages are installed only when asked, starting installs the app's
dependencies only, and the lock in deploy/lock/ follows pyproject.toml."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
BOOTSTRAP = ROOT / "bootstrap.py"


@pytest.fixture(scope="module")
def setup_module_() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "deploy"))
    try:
        import elshi_setup

        yield elshi_setup
    finally:
        sys.path.remove(str(ROOT / "deploy"))


def run_bootstrap(args: list[str], *, prelude: str = "pass", cwd: Path = ROOT, bootstrap: Path = BOOTSTRAP,
                  env: dict[str, str] | None = None, unshare: bool = False,
                  timeout: float = 300) -> subprocess.CompletedProcess[str]:
    code = (f"import runpy, sys; {prelude}; sys.argv = ['bootstrap.py', *{args!r}]; "
            f"runpy.run_path({str(bootstrap)!r}, run_name='__main__')")
    command = [sys.executable, "-c", code]
    if unshare:
        command = ["unshare", "-rn", *command]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=env, check=False)


def assert_one_clear_message(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    for word in words:
        assert word in done.stderr, (word, done.stderr)


def test_an_old_python_is_told_which_python_to_use() -> None:
    # The file must parse on any Python 3 to say so: no f-strings or annotations in it.
    ast.parse(BOOTSTRAP.read_text(encoding="utf-8"), feature_version=(3, 4))
    done = run_bootstrap([], prelude="sys.version_info = (3, 8, 10, 'final', 0)")
    assert_one_clear_message(done, "Elshi needs Python 3.11 or newer", "python3.11 bootstrap.py")


def isolated_copy(tmp_path: Path) -> Path:
    """bootstrap.py with its setup module and pyproject.toml in a folder of its own."""
    (tmp_path / "deploy").mkdir()
    shutil.copy2(BOOTSTRAP, tmp_path / "bootstrap.py")
    shutil.copy2(ROOT / "deploy" / "elshi_setup.py", tmp_path / "deploy" / "elshi_setup.py")
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path / "bootstrap.py"


def machine_without_an_index() -> dict[str, str]:
    """A new user's machine: pip reads no configuration here (no local mirror or wheel folder)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_RETRIES="0", PIP_DEFAULT_TIMEOUT="5")
    return env


def test_no_package_index_reachable_says_so_and_points_to_the_offline_bundle(tmp_path: Path) -> None:
    copy = isolated_copy(tmp_path)
    done = run_bootstrap([], bootstrap=copy, cwd=tmp_path, env=machine_without_an_index(), unshare=True)
    assert_one_clear_message(done, "no package index could be reached", "Installing on an offline workstation")
    assert "setuptools" in done.stderr  # what pip could not find, in one line
    assert len(done.stderr.strip().splitlines()) <= 3


def test_no_venv_module_names_the_package_and_installs_nothing_unasked(tmp_path: Path) -> None:
    copy = isolated_copy(tmp_path)
    done = run_bootstrap([], prelude="sys.modules['ensurepip'] = None", bootstrap=copy, cwd=tmp_path)
    assert_one_clear_message(done, "python3-venv", "apt-get install", "--install-system-packages")
    assert not (tmp_path / ".venv").exists()


def test_unknown_arguments_and_platforms_are_one_line_each() -> None:
    assert_one_clear_message(run_bootstrap(["bundle", "--platform", "amiga"]), "unknown platform amiga")
    assert_one_clear_message(run_bootstrap(["bundle", "--zip"]), "unknown argument '--zip'")
    assert_one_clear_message(run_bootstrap(["bundle", "--python", "3.9"]), "unknown Python version 3.9")


class Recorder:
    def __init__(self) -> None:
        self.commands: list[list[str]] = []

    def __call__(self, command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.commands.append(list(command))
        return subprocess.CompletedProcess(command, 0, "", "")


def test_system_packages_are_installed_only_with_the_flag(
        setup_module_: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    s = setup_module_
    recorder = Recorder()
    monkeypatch.setattr(s.subprocess, "run", recorder)
    monkeypatch.setattr(s, "missing_libraries", lambda libs: ["libxcb-cursor0"] if "libxcb-cursor0" in libs else [])
    monkeypatch.setattr(s, "missing_files", lambda files: ["poppler-utils"] if "poppler-utils" in files else [])
    monkeypatch.setattr(s.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(s.os, "geteuid", lambda: 0)
    with pytest.raises(s.SetupError) as told:
        s.ensure_system_packages("test", allowed=False)
    assert "libxcb-cursor0 poppler-utils" in str(told.value)
    assert "apt-get install -y --no-install-recommends libxcb-cursor0 poppler-utils" in str(told.value)
    assert s.SYSTEM_FLAG in str(told.value)
    assert recorder.commands == []  # nothing installed without being asked, even as root
    s.ensure_system_packages("start", allowed=True)
    assert recorder.commands[-1][:2] == ["apt-get", "install"]
    assert recorder.commands[-1][-1] == "libxcb-cursor0"  # starting needs no test tools
    # Not root: the flag cannot install; the sudo line is printed instead.
    monkeypatch.setattr(s.os, "geteuid", lambda: 1000)
    recorder.commands.clear()
    with pytest.raises(s.SetupError) as told:
        s.ensure_system_packages("start", allowed=True)
    assert "sudo apt-get install" in str(told.value) and recorder.commands == []


def test_starting_installs_the_app_only_and_test_adds_the_test_tools(
        setup_module_: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    s = setup_module_
    calls: list[list[str]] = []
    monkeypatch.setattr(s, "STAMP", tmp_path / "stamp")
    monkeypatch.setattr(s, "pip", lambda python, args, doing, cwd=s.ROOT: calls.append(list(args)) or "")
    s.ensure_packages([])
    assert calls[-1][-1] == str(s.ROOT), calls  # no [test]: pytest, mypy, pypdf stay out
    s.ensure_packages([])
    assert len(calls) == 1  # set up once
    s.ensure_packages(["test"])
    assert calls[-1][-1] == f"{s.ROOT}[test]"
    s.ensure_packages([])
    assert len(calls) == 2  # the test tools already there do no harm


def test_every_lock_follows_pyproject_and_holds_runtime_packages_only(setup_module_: ModuleType) -> None:
    s = setup_module_
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = [Requirement(r) for r in project["dependencies"]]
    test_only = s.test_only_names()
    assert {"pytest", "mypy", "hypothesis", "pypdf", "ruff", "pyinstaller"} <= test_only
    for target in s.TARGETS:
        for python in s.PYTHONS:
            path = s.lock_path(target, python)
            locked = s.check_lock_current(path)  # stale: "run `python3 bootstrap.py lock`"
            if locked.unavailable:  # a dependency without a wheel there: the bundle says so
                assert (target, python) != s.PRIMARY, locked.unavailable
                with pytest.raises(s.SetupError, match="no bundle can be made"):
                    s.bundle_pins(target, python)
                continue
            pins = {p.name: p for p in locked.pins}
            for req in runtime:
                name = s.normalise(req.name)
                assert name in pins, f"{path.name} lacks {name}: run `python3 bootstrap.py lock`"
                assert req.specifier.contains(pins[name].version, prereleases=True), (path.name, name)
            assert "pip" in pins  # the installer runs the bundled pip, not the machine's
            assert not set(pins) & test_only, (path.name, set(pins) & test_only)
            assert all(len(p.sha256) == 64 and p.file.endswith(".whl") for p in pins.values())


def test_a_stale_lock_asks_for_the_one_command(setup_module_: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another branch adds a dependency: until `lock` runs again, no bundle is made from old pins."""
    s = setup_module_
    monkeypatch.setattr(s, "runtime_requirements", lambda: ["PySide6-Essentials>=6.8,<6.12", "PyStemmer>=2", "pip"])
    with pytest.raises(s.SetupError, match=r"run `python3 bootstrap\.py lock`"):
        s.check_lock_current(s.lock_path("linux-x86_64", "3.11"))


def test_a_platform_a_dependency_has_no_wheel_for_is_locked_as_such(
        setup_module_: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    s = setup_module_
    monkeypatch.setattr(s, "LOCKS", tmp_path)

    def resolve(python: Path, target: Any, version: str) -> list[Any]:
        if target.name == "macos-arm64":
            raise s.PipError("...", "No matching distribution found for sqlcipher3>=0.5", connection=False)
        return [s.Pin("pip", "26.3", "pip-26.3-py3-none-any.whl", "0" * 64)]

    monkeypatch.setattr(s, "resolve", resolve)
    assert s.lock(["linux-x86_64", "macos-arm64"], ["3.11"]) == 0
    assert s.check_lock_current(tmp_path / "cp311-linux-x86_64.txt").pins[0].name == "pip"
    with pytest.raises(s.SetupError, match=r"macos-arm64, Python 3\.11: No matching distribution found for sqlcipher3"):
        s.bundle_pins("macos-arm64", "3.11")
    # A lost connection is no reason to mark a platform: the lock stops and says so.
    def offline(python: Path, target: Any, version: str) -> list[Any]:
        raise s.PipError("no package index could be reached", "x", connection=True)

    monkeypatch.setattr(s, "resolve", offline)
    with pytest.raises(s.PipError):
        s.lock(["macos-arm64"], ["3.12"])
    assert not (tmp_path / "cp312-macos-arm64.txt").exists()


def test_the_setup_and_installer_scripts_pass_ruff_and_mypy() -> None:
    for command in (["ruff", "check", "--no-cache", "deploy", "bootstrap.py"],
                    ["mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache"), "--no-error-summary",
                     "deploy/elshi_setup.py", "deploy/install.py"]):
        done = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True,
                              check=False)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]


def test_the_stamp_is_json_with_the_extras(setup_module_: ModuleType, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    s = setup_module_
    monkeypatch.setattr(s, "STAMP", tmp_path / "stamp")
    (tmp_path / "stamp").write_text("0123abcd\n")  # the stamp of an older bootstrap.py
    assert s.installed_extras() is None  # so the next run installs again
    (tmp_path / "stamp").write_text(json.dumps({"pyproject": s.project_digest(), "extras": ["test"]}))
    assert s.installed_extras() == {"test"}
