"""The offline bundle, as a post's IT officer uses it: made here by `python3 bootstrap.py bundle`,
installed on a machine with no network at all (`unshare -rn`: a network namespace with no
interfaces), then `elshi sample` and `elshi check` from the installed copy. The bundle holds no
test tools, every file is in its SHA-256 manifest, and a wheel that does not match the lock's hash
is refused at install.

The build reuses the wheels already fetched (~/.cache/elshi/wheels, checked by hash before use),
so after the first run it costs a wheel build and a copy; the times are measured here."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
NAME = "elshi-{version}-cp311-{platform}"

# Generous bounds on a shared 2-core machine; the measured times are printed with -s or on failure.
BUILD_SECONDS = 240  # wheels already fetched once; the first run downloads ~220 MB for two platforms
INSTALL_SECONDS = 180


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def closure(names: set[str]) -> set[str]:
    """The names and everything they pull in, as installed in this environment."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = importlib.metadata.distribution(name).requires or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for text in requires:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def packages_only_tests_need() -> set[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = closure({Requirement(r).name for r in project["dependencies"]})
    extras = {Requirement(r).name for reqs in project["optional-dependencies"].values() for r in reqs}
    return closure(extras) - runtime


def wheel_name(path: Path) -> str:
    return re.sub(r"[-_.]+", "-", path.name.split("-")[0]).lower()


def in_no_network(argv: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["unshare", "-rn", *argv], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def test_bundle_installs_and_runs_with_no_network(tmp_path: Path) -> None:
    out = tmp_path / "out"
    started = time.monotonic()
    made = subprocess.run([sys.executable, str(ROOT / "bootstrap.py"), "bundle", "--platform", "linux-x86_64",
                           "--platform", "win-amd64", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    build_seconds = time.monotonic() - started
    assert made.returncode == 0, made.stdout[-2000:] + made.stderr[-2000:]

    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    forbidden = packages_only_tests_need()
    assert {"pytest", "mypy", "hypothesis", "pypdf", "pluggy", "pyinstaller"} <= forbidden
    for platform, installer in (("linux-x86_64", "install.sh"), ("win-amd64", "install.ps1")):
        folder = out / NAME.format(version=version, platform=platform)
        wheels = sorted((folder / "wheels").glob("*.whl"))
        names = {wheel_name(w) for w in wheels}
        assert {"elshi", "pyside6-essentials", "sqlalchemy", "reportlab", "pip"} <= names
        assert not names & forbidden, names & forbidden
        assert (folder / installer).is_file() and (folder / "install.py").is_file()
        readme = (folder / "README-install.txt").read_text(encoding="utf-8")
        for heading in ("ҚАЗАҚША", "РУССКИЙ", "ENGLISH"):
            assert heading in readme
        # Every file is in the manifest, with its hash; the manifest is printed for the media.
        lines = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
        manifest = {name: digest for digest, name in (line.split("  ", 1) for line in lines)}
        files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"SHA256SUMS"}
        assert set(manifest) == files
        assert all(sha256(folder / name) == digest for name, digest in manifest.items())
        assert all(f"{digest}  {name}" in made.stdout for name, digest in manifest.items())
        # The zip holds the same folder; its own hash is beside it and printed.
        zip_path = out / f"{folder.name}.zip"
        with zipfile.ZipFile(zip_path) as z:
            assert {n.removeprefix(folder.name + "/") for n in z.namelist()} == files | {"SHA256SUMS"}
        assert sha256(zip_path) in (out / f"{zip_path.name}.sha256").read_text() and sha256(zip_path) in made.stdout
        if platform == "win-amd64":
            assert all(w.name.endswith(("-none-any.whl", "win_amd64.whl")) for w in wheels), wheels

    folder = out / NAME.format(version=version, platform="linux-x86_64")
    # Elshi's own wheel carries its fonts and translations.
    with zipfile.ZipFile(next((folder / "wheels").glob("elshi-*.whl"))) as z:
        inside = set(z.namelist())
    assert {"resources/fonts/DejaVuSans.ttf", "resources/locale/kk/LC_MESSAGES/elshi.mo",
            "resources/sample/sample-archive.json", "database/migrations/env.py"} <= inside

    # A fresh workstation: its own home, no pip configuration, no network interface.
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "XDG_", "ELSHI_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"),
               PATH=f"{home / '.local' / 'bin'}:/usr/bin:/bin")
    python = shutil.which("python3", path="/usr/bin:/usr/local/bin:/bin") or sys.executable
    started = time.monotonic()
    done = in_no_network(["sh", str(folder / "install.sh")], dict(env, PYTHON=python))
    install_seconds = time.monotonic() - started
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Traceback" not in done.stderr

    elshi = home / ".local" / "bin" / "elshi"
    program = home / "share" / "elshi-program"
    assert elshi.resolve() == (program / "bin" / "elshi").resolve()
    entry = (home / "share" / "applications" / "elshi.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program / "bin" / "elshi"}"' in entry
    archive = str(tmp_path / "T.sqlite")
    for command in (["--create", "sample"], ["check"]):
        run = in_no_network([str(elshi), "--archive", archive, *command], env)
        assert run.returncode == 0, (command, run.stdout, run.stderr)
    assert "no problems found" in run.stdout
    # The installed copy holds the runtime only, and its fonts and translations work.
    listed = in_no_network([str(program / "bin" / "python"), "-m", "pip", "list", "--format=json"], env)
    installed = {re.sub(r"[-_.]+", "-", p["name"]).lower() for p in json.loads(listed.stdout)}
    assert not installed & forbidden, installed & forbidden
    kk = in_no_network([str(elshi), "--lang", "kk", "--archive", archive, "check"], env)
    assert kk.returncode == 0 and "ақау табылған жоқ" in kk.stdout, kk.stdout + kk.stderr
    pdf = tmp_path / "b.pdf"
    brief = in_no_network([str(elshi), "--archive", archive, "briefing", "event", "1", "--out", str(pdf)], env)
    assert brief.returncode == 0 and pdf.read_bytes().startswith(b"%PDF"), brief.stderr

    # Upgrading: the program is replaced, the archive is left as it was.
    before = sha256(Path(archive))
    again = in_no_network(["sh", str(folder / "install.sh")], dict(env, PYTHON=python))
    assert again.returncode == 0 and "replacing Elshi" in again.stdout, again.stdout + again.stderr
    assert sha256(Path(archive)) == before
    assert in_no_network([str(elshi), "--archive", archive, "check"], env).returncode == 0

    # A wheel swapped on the media, manifest and all: pip's hash check against the lock refuses it.
    tampered = tmp_path / "tampered"
    shutil.copytree(folder, tampered, copy_function=os.link)
    victim = next((tampered / "wheels").glob("platformdirs-*.whl"))
    data = victim.read_bytes()
    victim.unlink()
    victim.write_bytes(data + b"\0")
    bad = in_no_network([python, str(tampered / "install.py"), "--prefix", str(tmp_path / "p2"),
                         "--no-shortcut", "--bin-dir", str(tmp_path / "b2")], env)
    assert bad.returncode == 1 and "do not match SHA256SUMS" in bad.stderr, bad.stderr
    manifest = (tampered / "SHA256SUMS").read_text(encoding="utf-8")
    relative = f"wheels/{victim.name}"
    manifest = re.sub(rf"^[0-9a-f]{{64}}  {re.escape(relative)}$", f"{sha256(victim)}  {relative}", manifest,
                      flags=re.M)
    (tampered / "SHA256SUMS").unlink()
    (tampered / "SHA256SUMS").write_text(manifest, encoding="utf-8")
    bad = in_no_network([python, str(tampered / "install.py"), "--prefix", str(tmp_path / "p2"),
                         "--no-shortcut", "--bin-dir", str(tmp_path / "b2")], env)
    assert bad.returncode == 1 and "DO NOT MATCH THE HASHES" in bad.stdout + bad.stderr, bad.stdout + bad.stderr
    assert "Traceback" not in bad.stderr and not (tmp_path / "p2").exists()

    print(f"bundle build {build_seconds:.1f} s (two platforms), offline install {install_seconds:.1f} s")
    assert build_seconds < BUILD_SECONDS and install_seconds < INSTALL_SECONDS, (build_seconds, install_seconds)


@pytest.fixture(autouse=True)
def _needs_unshare() -> None:
    done = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    assert done.returncode == 0, f"unshare -rn does not work here: {done.stderr!r}"
