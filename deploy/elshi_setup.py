"""What ``python3 bootstrap.py`` does: set up .venv/, start Elshi or its tests, pin the runtime
wheels (``lock``), make an offline bundle (``bundle``) and a one-folder build (``freeze``).

Standard library only: it runs on a fresh machine with nothing but Python. Every failure a user
can meet (no package index, no venv module, a missing system library, a stale lock) ends in one
sentence that says what to do, never in a traceback.
"""

from __future__ import annotations

import glob
import hashlib
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
LOCKS = DEPLOY / "lock"
VENV = ROOT / ".venv"
STAMP = VENV / ".elshi-installed"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
SYSTEM_FLAG = "--install-system-packages"

# Debian package -> a library file it provides, for the Qt that PySide6 ships.
QT_LIBS = {
    "libgl1": "libGL.so.1",
    "libegl1": "libEGL.so.1",
    "libxkbcommon0": "libxkbcommon.so.0",
    "libglib2.0-0": "libglib-2.0.so.0",
    "libfontconfig1": "libfontconfig.so.1",
    "libdbus-1-3": "libdbus-1.so.3",
}
# A real window on X11 needs these too (the app, and the test that starts the frozen build).
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
# pdftotext as well as pypdf; the frozen build is started under Xvfb and its window looked for
# with xwininfo; PyInstaller reads libraries' dependencies with objdump.
TEST_FILES = {
    "poppler-utils": "/usr/bin/pdftotext",
    "xvfb": "/usr/bin/xvfb-run",
    "x11-utils": "/usr/bin/xwininfo",
    "binutils": "/usr/bin/objdump",
}
FREEZE_FILES = {"binutils": "/usr/bin/objdump"}
# The tests start a real PostgreSQL server (the shared archive); Debian's package puts each major
# version's programs in their own folder.
POSTGRES_PROGRAMS = "/usr/lib/postgresql/*/bin/initdb"


class SetupError(Exception):
    """One clear message for the user; the run ends with exit status 1."""


class PipError(SetupError):
    def __init__(self, message: str, reason: str, connection: bool) -> None:
        super().__init__(message)
        self.reason, self.connection = reason, connection


def say(text: str) -> None:
    print(f"[elshi setup] {text}", flush=True)


# --- system packages ---------------------------------------------------------------------------


def missing_libraries(libs: dict[str, str]) -> list[str]:
    try:
        cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        try:
            cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True,
                                   check=False).stdout
        except OSError:
            return []  # no ldconfig: not a glibc Linux we know how to check
    return [pkg for pkg, lib in libs.items() if lib not in cache]


def missing_files(files: dict[str, str]) -> list[str]:
    return [pkg for pkg, path in files.items() if not os.path.exists(path)]


def apt_line(packages: Sequence[str]) -> str:
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return (f"{sudo}apt-get update && {sudo}apt-get install -y --no-install-recommends "
            + " ".join(packages))


def install_system_packages(missing: Sequence[str], allowed: bool, why: str) -> None:
    """Install Debian packages only when asked to; otherwise say which and how."""
    if not missing:
        return
    if not shutil.which("apt-get"):
        raise SetupError(f"{why} needs these system packages (Debian names): {' '.join(missing)}. "
                         "Install them with your system's package manager, then run this again.")
    if not allowed:
        raise SetupError(f"{why} needs system packages that are missing: {' '.join(missing)}.\n"
                         f"    Install them:  {apt_line(missing)}\n"
                         f"    or run this again with {SYSTEM_FLAG} to have it done.")
    if os.geteuid() != 0:
        raise SetupError(f"installing system packages needs root. Run:\n    {apt_line(missing)}\n"
                         "then run this again.")
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update", "-qq"],
                    ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]):
        try:
            done = subprocess.run(command, env=env, check=False)
        except OSError as e:
            raise SetupError(f"cannot run {command[0]}: {e.strerror}") from e
        if done.returncode != 0:
            raise SetupError(f"'{' '.join(command)}' failed (exit {done.returncode}); its message is "
                             "above. Is a Debian mirror reachable? Fix that, or install the packages "
                             f"by hand: {apt_line(missing)}")


def ensure_system_packages(action: str, allowed: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    missing: list[str] = []
    if action in ("start", "test", "freeze"):
        missing += missing_libraries({**QT_LIBS, **XCB_LIBS})
    if action == "test":
        missing += missing_files(TEST_FILES)
        if not glob.glob(POSTGRES_PROGRAMS):
            missing.append("postgresql")
    elif action == "freeze":
        missing += missing_files(FREEZE_FILES)
    what = {"start": "Elshi's window", "test": "The tests", "freeze": "The one-folder build"}
    install_system_packages(missing, allowed, what.get(action, "Elshi"))


# --- the virtual environment -------------------------------------------------------------------


def venv_missing_hint() -> str:
    if shutil.which("apt-get"):
        return apt_line(["python3-venv"])
    return "install Python's venv module (on Windows and macOS, Python from python.org has it)"


def ensure_venv(allowed_system: bool) -> None:
    if PYTHON.exists():
        return
    if importlib.util.find_spec("venv") is None or importlib.util.find_spec("ensurepip") is None:
        if shutil.which("apt-get") and sys.platform.startswith("linux"):
            install_system_packages(["python3-venv"], allowed_system,
                                    "Creating Elshi's virtual environment (Python's venv module)")
            if importlib.util.find_spec("ensurepip") is None:
                raise SetupError("Python's venv module is still missing after installing python3-venv; "
                                 f"install the one for {sys.executable}.")
        else:
            raise SetupError("this Python has no venv module, which Elshi's setup needs: "
                             + venv_missing_hint())
    import venv

    say(f"creating a virtual environment in {VENV}")
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (subprocess.CalledProcessError, OSError) as e:
        shutil.rmtree(VENV, ignore_errors=True)
        raise SetupError(f"cannot create a virtual environment in {VENV} ({e}). "
                         f"Fix: {venv_missing_hint()}") from e


CONNECTION_SIGNS = ("NewConnectionError", "Failed to establish a new connection",
                    "Temporary failure in name resolution", "Network is unreachable", "Max retries exceeded",
                    "ConnectionError", "Name or service not known", "timed out")
# With no index at all pip often says only this (its connection warnings are hidden by -q).
NETWORK_SIGNS = ("No matching distribution", "Could not find a version", *CONNECTION_SIGNS)
OFFLINE_HINT = ("If this machine has no access to a package index, install Elshi from an offline "
                "bundle made on a machine that has: see 'Installing on an offline workstation' in "
                "README.md (python3 bootstrap.py bundle, then install.sh or install.ps1).")


def pip(python: Path, args: Sequence[str], doing: str, cwd: Path = ROOT) -> str:
    """Run pip; its own errors are summed up in one message, never raised as a traceback."""
    command = [str(python), "-m", "pip", "--disable-pip-version-check", *args]
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as e:
        raise SetupError(f"cannot run pip ({e.strerror}) while {doing}") from e
    if done.returncode == 0:
        return done.stdout
    lines = [line.strip() for line in done.stderr.splitlines()]
    errors = [line.removeprefix("ERROR: ") for line in lines if line.startswith("ERROR")]
    reason = errors[-1] if errors else next(
        (line for line in reversed(lines) if line and not line.startswith("note:")), "no message")
    connection = any(sign in done.stderr for sign in CONNECTION_SIGNS)
    if connection:
        raise PipError(f"no package index could be reached while {doing} (pip: {reason}).\n"
                       f"    {OFFLINE_HINT}", reason, connection)
    if any(sign in done.stderr for sign in NETWORK_SIGNS):
        raise PipError(f"pip found no suitable package while {doing} (pip: {reason}): no package index "
                       f"could be reached, or it lacks that package.\n    {OFFLINE_HINT}", reason, connection)
    raise PipError(f"pip failed while {doing} (exit {done.returncode}): {reason}", reason, connection)


def project_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def installed_extras() -> set[str] | None:
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stamp, dict) or stamp.get("pyproject") != project_digest():
        return None
    return set(stamp.get("extras", []))


def ensure_packages(extras: Sequence[str]) -> None:
    """Elshi (editable) with its runtime dependencies, plus the named extras (``test``...)."""
    have = installed_extras()
    if have is not None and set(extras) <= have:
        return
    wanted = sorted(set(extras) | (have or set()))
    label = " and ".join(["Elshi", *(f"its {e} tools" for e in wanted)])
    say(f"installing {label} into .venv (first run only)")
    target = f"{ROOT}[{','.join(wanted)}]" if wanted else str(ROOT)
    pip(PYTHON, ["install", "-q", "-e", target], f"installing {label}")
    STAMP.write_text(json.dumps({"pyproject": project_digest(), "extras": wanted}) + "\n",
                     encoding="utf-8")


# --- the lock ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    name: str
    pip_platforms: tuple[str, ...]
    installer: str


def _manylinux(arch: str) -> tuple[str, ...]:
    # Debian 12 has glibc 2.36: every manylinux tag up to it, newest first.
    return (*(f"manylinux_2_{n}_{arch}" for n in range(36, 16, -1)), f"manylinux2014_{arch}",
            f"manylinux1_{arch}", f"linux_{arch}")


TARGETS = {
    "linux-x86_64": Target("linux-x86_64", _manylinux("x86_64"), "install.sh"),
    "win-amd64": Target("win-amd64", ("win_amd64",), "install.ps1"),
    "macos-arm64": Target("macos-arm64", ("macosx_14_0_arm64",), "install.sh"),
}
PYTHONS = ("3.11", "3.12", "3.13")


def this_platform() -> str:
    machine = platform.machine().lower()
    if sys.platform.startswith("linux") and machine in ("x86_64", "amd64"):
        return "linux-x86_64"
    if sys.platform == "win32" and machine in ("amd64", "x86_64"):
        return "win-amd64"
    if sys.platform == "darwin" and machine == "arm64":
        return "macos-arm64"
    raise SetupError(f"no bundle is defined for this machine ({sys.platform}, {machine}); "
                     f"name one with --platform ({', '.join(TARGETS)})")


def shown(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def lock_path(target: str, python: str) -> Path:
    return LOCKS / f"cp{python.replace('.', '')}-{target}.txt"


def runtime_requirements() -> list[str]:
    """pyproject's runtime dependencies (never an extra), and pip for the installer."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], "pip"]


def requirements_digest() -> str:
    return hashlib.sha256("\n".join(sorted(runtime_requirements())).encode()).hexdigest()


def requirement_name(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return normalise(match.group(1)) if match else ""


def test_only_names() -> set[str]:
    """Packages that only the extras (test tools, PyInstaller) name: never in a bundle."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = {requirement_name(r) for reqs in project.get("optional-dependencies", {}).values()
              for r in reqs}
    return extras - {requirement_name(r) for r in project["dependencies"]}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def platform_args(target: Target, python: str) -> list[str]:
    args = ["--only-binary=:all:", "--python-version", python, "--implementation", "cp"]
    for tag in target.pip_platforms:
        args += ["--platform", tag]
    return args


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    file: str
    sha256: str


def resolve(python_exe: Path, target: Target, python: str) -> list[Pin]:
    with tempfile.TemporaryDirectory(prefix="elshi-lock-") as tmp:
        report = Path(tmp) / "report.json"
        pip(python_exe, ["install", "-q", "--dry-run", "--ignore-installed", "--report", str(report),
                         "--target", str(Path(tmp) / "t"), *platform_args(target, python),
                         *runtime_requirements()],
            f"resolving the wheels for {target.name}, Python {python}")
        data = json.loads(report.read_text(encoding="utf-8"))
    pins = []
    for item in data["install"]:
        info = item["download_info"]
        digest = info.get("archive_info", {}).get("hashes", {}).get("sha256")
        if not digest:
            raise SetupError(f"the index gave no SHA-256 for {info['url']}")
        pins.append(Pin(normalise(item["metadata"]["name"]), item["metadata"]["version"],
                        info["url"].rsplit("/", 1)[-1].split("#")[0], digest))
    return sorted(pins, key=lambda p: p.name)


@dataclass(frozen=True)
class Lock:
    digest: str
    pins: list[Pin]
    unavailable: str  # why no bundle can be made for this platform and Python ("" when one can)


def write_lock(path: Path, target: str, python: str, pins: Sequence[Pin], unavailable: str = "") -> None:
    lines = [
        f"# Elshi's runtime wheels for CPython {python} on {target}, each pinned with its SHA-256.",
        "# Made by `python3 bootstrap.py lock` from pyproject.toml's dependencies: do not edit by hand.",
        f"# dependencies-sha256: {requirements_digest()}",
    ]
    if unavailable:
        lines.append(f"# unavailable: {unavailable}")
    for p in pins:
        lines += [f"# file: {p.file}", f"{p.name}=={p.version} \\", f"    --hash=sha256:{p.sha256}"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_lock(path: Path) -> Lock:
    """The dependencies digest the lock was made from, and its pins."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise SetupError(f"no lock file {shown(path)}: run `python3 bootstrap.py lock`") from e
    digest = unavailable = ""
    pins: list[Pin] = []
    file = ""
    pending: tuple[str, str] | None = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("# dependencies-sha256:"):
            digest = line.split(":", 1)[1].strip()
        elif line.startswith("# unavailable:"):
            unavailable = line.split(":", 1)[1].strip()
        elif line.startswith("# file:"):
            file = line.split(":", 1)[1].strip()
        elif "==" in line and not line.startswith("#"):
            name, version = line.rstrip(" \\").split("==")
            pending = (name.strip(), version.strip())
        elif line.startswith("--hash=sha256:") and pending:
            pins.append(Pin(pending[0], pending[1], file, line.split(":", 1)[1]))
            pending, file = None, ""
    return Lock(digest, pins, unavailable)


def check_lock_current(path: Path) -> Lock:
    lock = read_lock(path)
    if lock.digest != requirements_digest():
        raise SetupError(f"{shown(path)} was made from other dependencies than "
                         "pyproject.toml now names: run `python3 bootstrap.py lock`, then commit deploy/lock/")
    return lock


PRIMARY = ("linux-x86_64", "3.11")  # Debian 12's Python: this one must always resolve


def lock(targets: Sequence[str], pythons: Sequence[str]) -> int:
    """Re-pin each platform and Python. One a dependency has no wheel for is written as such (its
    bundle then says why it cannot be made); a lost connection stops everything."""
    for target in targets:
        for python in pythons:
            path = lock_path(target, python)
            try:
                pins = resolve(PYTHON, TARGETS[target], python)
            except PipError as e:
                if e.connection or (target, python) == PRIMARY:
                    raise
                write_lock(path, target, python, [], unavailable=e.reason)
                say(f"{shown(path)}: no bundle can be made ({e.reason})")
                continue
            write_lock(path, target, python, pins)
            say(f"{shown(path)}: {len(pins)} wheels pinned")
    return 0


# --- the bundle --------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def wheel_cache() -> Path:
    """Wheels already fetched for a bundle, kept between runs (checked by hash before reuse)."""
    env = os.environ.get("ELSHI_WHEEL_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "elshi" / "wheels"


def fetch_wheels(pins: Sequence[Pin], target: Target, python: str, into: Path) -> None:
    cache = wheel_cache()
    cache.mkdir(parents=True, exist_ok=True)
    missing = [p for p in pins if not (cache / p.file).exists() or sha256_file(cache / p.file) != p.sha256]
    if missing:
        say(f"downloading {len(missing)} of {len(pins)} wheels for {target.name}, Python {python}")
        with tempfile.TemporaryDirectory(prefix="elshi-req-") as tmp:
            req = Path(tmp) / "requirements.txt"
            req.write_text("".join(f"{p.name}=={p.version} --hash=sha256:{p.sha256}\n" for p in missing),
                           encoding="utf-8")
            pip(PYTHON, ["download", "-q", "--no-deps", "--require-hashes", "-d", str(cache),
                         *platform_args(target, python), "-r", str(req)],
                f"downloading the wheels for {target.name}")
    into.mkdir(parents=True, exist_ok=True)
    for p in pins:
        source = cache / p.file
        if not source.exists() or sha256_file(source) != p.sha256:
            raise SetupError(f"the index no longer serves {p.file} with the locked hash: "
                             "run `python3 bootstrap.py lock`")
        try:
            os.link(source, into / p.file)
        except OSError:
            shutil.copy2(source, into / p.file)


def build_elshi_wheel(into: Path) -> Path:
    """Elshi's own wheel, built from a copy of the tree so the checkout gains no build files."""
    with tempfile.TemporaryDirectory(prefix="elshi-build-") as tmp:
        src = Path(tmp) / "src"
        config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        packages = {p.rstrip("*") for p in config["tool"]["setuptools"]["packages"]["find"]["include"]}
        for package in sorted(packages):
            shutil.copytree(ROOT / package, src / package,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        for name in ("pyproject.toml", "README.md"):
            shutil.copy2(ROOT / name, src / name)
        say("building the Elshi wheel")
        pip(PYTHON, ["wheel", "-q", "--no-deps", "-w", str(Path(tmp) / "out"), str(src)],
            "building the Elshi wheel")
        built = sorted((Path(tmp) / "out").glob("elshi-*.whl"))
        if len(built) != 1:
            raise SetupError("building the Elshi wheel made no single wheel")
        into.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copy2(built[0], into / built[0].name))


def project_version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


MANIFEST = "SHA256SUMS"


def write_manifest(folder: Path) -> list[tuple[str, str]]:
    entries = [(sha256_file(p), p.relative_to(folder).as_posix())
               for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST]
    (folder / MANIFEST).write_text("".join(f"{h}  {name}\n" for h, name in entries), encoding="utf-8")
    return entries


def make_zip(folder: Path, zip_path: Path) -> None:
    with zipfile.ZipFile(zip_path, "w") as z:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                kind = zipfile.ZIP_STORED if p.suffix == ".whl" else zipfile.ZIP_DEFLATED
                z.write(p, f"{folder.name}/{p.relative_to(folder).as_posix()}", compress_type=kind)


def bundle_pins(target_name: str, python: str) -> list[Pin]:
    """The locked wheels of one bundle, or why it cannot be made."""
    locked = check_lock_current(lock_path(target_name, python))
    if locked.unavailable:
        raise SetupError(f"no bundle can be made for {target_name}, Python {python}: {locked.unavailable}")
    forbidden = {p.name for p in locked.pins} & test_only_names()
    if forbidden:
        raise SetupError(f"the lock holds test-only packages ({', '.join(sorted(forbidden))}): "
                         "run `python3 bootstrap.py lock`")
    return locked.pins


def bundle_one(target_name: str, python: str, out: Path, own_wheel: Path) -> Path:
    target = TARGETS[target_name]
    pins = bundle_pins(target_name, python)
    name = f"elshi-{project_version()}-cp{python.replace('.', '')}-{target_name}"
    folder = out / name
    if folder.exists():
        shutil.rmtree(folder)
    wheels = folder / "wheels"
    fetch_wheels(pins, target, python, wheels)
    own = Path(shutil.copy2(own_wheel, wheels / own_wheel.name))
    lock_text = lock_path(target_name, python).read_text(encoding="utf-8")
    (folder / "requirements.txt").write_text(
        lock_text + f"# file: {own.name}\nelshi=={project_version()} \\\n    --hash=sha256:{sha256_file(own)}\n",
        encoding="utf-8")
    shutil.copy2(DEPLOY / "install.py", folder / "install.py")
    installer = folder / target.installer
    shutil.copy2(DEPLOY / target.installer, installer)
    installer.chmod(0o755)
    shutil.copy2(DEPLOY / "README-install.txt", folder / "README-install.txt")
    (folder / "bundle.json").write_text(json.dumps({
        "name": "elshi", "version": project_version(), "platform": target_name, "python": python,
    }, indent=2) + "\n", encoding="utf-8")
    entries = write_manifest(folder)
    zip_path = out / f"{name}.zip"
    make_zip(folder, zip_path)
    zip_digest = sha256_file(zip_path)
    (out / f"{name}.zip.sha256").write_text(f"{zip_digest}  {zip_path.name}\n", encoding="utf-8")
    size = sum((folder / n).stat().st_size for _, n in entries)
    print(f"\nOffline bundle for {target_name}, Python {python}: {folder} ({size / 1e6:.0f} MB)")
    print(f"SHA-256 manifest ({folder / MANIFEST}; check it at the post with "
          f"`sha256sum -c {MANIFEST}` in the folder):")
    for digest, rel in entries:
        print(f"{digest}  {rel}")
    print(f"{zip_digest}  {zip_path.name}   (the zip itself, also in {zip_path.name}.sha256)\n")
    return folder


def bundle(targets: Sequence[str], python: str, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for target in targets:  # a stale lock is found before anything is downloaded or built
        bundle_pins(target, python)
    with tempfile.TemporaryDirectory(prefix="elshi-wheel-") as tmp:
        own = build_elshi_wheel(Path(tmp))
        for target in targets:
            bundle_one(target, python, out, own)
    return 0


# --- the one-folder build ----------------------------------------------------------------------


def freeze_command(python: Path | str, dist: Path, work: Path) -> list[str]:
    """PyInstaller over deploy/elshi.spec: a folder ``dist/elshi/`` that needs no Python."""
    return [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(DEPLOY / "elshi.spec")]


def freeze(out: Path) -> int:
    say(f"building the one-folder Elshi in {out / 'elshi'} (a few minutes)")
    done = subprocess.run(freeze_command(PYTHON, out, ROOT / "build" / "pyinstaller"), cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SetupError(f"PyInstaller failed (exit {done.returncode}); its message is above")
    exe = out / "elshi" / ("elshi.exe" if os.name == "nt" else "elshi")
    say(f"done: {exe}")
    return 0


# --- the command line --------------------------------------------------------------------------

USAGE = """usage:
  python3 bootstrap.py [start] [--install-system-packages] [ELSHI ARGS...]
  python3 bootstrap.py test [--install-system-packages] [PYTEST ARGS...]
  python3 bootstrap.py bundle [--platform linux-x86_64|win-amd64|macos-arm64 ...] [--python 3.11] [--out DIR]
  python3 bootstrap.py lock [--platform P ...] [--python X.Y ...]
  python3 bootstrap.py freeze [--install-system-packages] [--out DIR]"""


def options(args: list[str], known: dict[str, bool]) -> dict[str, list[str]]:
    """--name VALUE options (repeatable) and --flag switches; anything else is a mistake."""
    found: dict[str, list[str]] = {name: [] for name in known}
    i = 0
    while i < len(args):
        arg = args[i]
        key, _, value = arg.partition("=")
        if key not in known:
            raise SetupError(f"unknown argument {arg!r}\n{USAGE}")
        if known[key]:
            if not value:
                if i + 1 >= len(args):
                    raise SetupError(f"{key} needs a value\n{USAGE}")
                i += 1
                value = args[i]
            found[key].append(value)
        else:
            found[key].append("yes")
        i += 1
    return found


def choose(values: Iterable[str], allowed: Iterable[str], what: str) -> list[str]:
    chosen = list(dict.fromkeys(values))
    wrong = [v for v in chosen if v not in allowed]
    if wrong:
        raise SetupError(f"unknown {what} {', '.join(wrong)}; known: {', '.join(allowed)}")
    return chosen


def main(argv: list[str]) -> int:
    actions = ("start", "test", "bundle", "lock", "freeze")
    action = argv[0] if argv and argv[0] in actions else "start"
    rest = argv[1:] if argv and argv[0] in actions else list(argv)
    if action in ("start", "test"):
        allowed = SYSTEM_FLAG in rest
        rest = [a for a in rest if a != SYSTEM_FLAG]
        ensure_system_packages(action, allowed)
        ensure_venv(allowed)
        ensure_packages(["test"] if action == "test" else [])
        module = ["pytest"] if action == "test" else ["desktop_app"]
        return subprocess.run([str(PYTHON), "-m", *module, *rest], cwd=ROOT, check=False).returncode
    if action == "bundle":
        opts = options(rest, {"--platform": True, "--python": True, "--out": True, SYSTEM_FLAG: False})
        targets = choose(opts["--platform"], TARGETS, "platform") or [this_platform()]
        python = (opts["--python"] or ["3.11"])[-1]
        choose([python], PYTHONS, "Python version")
        ensure_venv(bool(opts[SYSTEM_FLAG]))
        out = Path(opts["--out"][-1]) if opts["--out"] else ROOT / "dist" / "offline"
        return bundle(targets, python, out.resolve())
    if action == "lock":
        opts = options(rest, {"--platform": True, "--python": True, SYSTEM_FLAG: False})
        ensure_venv(bool(opts[SYSTEM_FLAG]))
        return lock(choose(opts["--platform"], TARGETS, "platform") or list(TARGETS),
                    choose(opts["--python"], PYTHONS, "Python version") or list(PYTHONS))
    opts = options(rest, {"--out": True, SYSTEM_FLAG: False})
    ensure_system_packages("freeze", bool(opts[SYSTEM_FLAG]))
    ensure_venv(bool(opts[SYSTEM_FLAG]))
    ensure_packages(["freeze"])
    return freeze((Path(opts["--out"][-1]) if opts["--out"] else ROOT / "dist" / "frozen").resolve())


def run(argv: list[str]) -> int:
    """main() with every failure turned into one message (ELSHI_SETUP_DEBUG=1 shows the traceback)."""
    if argv and argv[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0
    try:
        return main(argv)
    except SetupError as e:
        print(f"[elshi setup] {e}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print("[elshi setup] interrupted", file=sys.stderr, flush=True)
        return 130
    except Exception as e:
        if os.environ.get("ELSHI_SETUP_DEBUG"):
            raise
        print(f"[elshi setup] unexpected failure: {type(e).__name__}: {e} "
              "(run again with ELSHI_SETUP_DEBUG=1 to see where)", file=sys.stderr, flush=True)
        return 1
