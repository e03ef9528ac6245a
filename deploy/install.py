"""Install Elshi from this offline bundle: no network is used, ever.

    python3 install.py [--prefix DIR] [--bin-dir DIR] [--no-shortcut]
    python3 install.py --uninstall [--prefix DIR] [--bin-dir DIR]

It checks every file of the bundle against SHA256SUMS, creates a virtual environment in DIR,
installs the wheels in wheels/ with pip's --no-index and --require-hashes (each wheel's SHA-256
must match requirements.txt), links the `elshi` command into the bin folder and adds a desktop
entry (Linux) or a Start-menu shortcut (Windows). A later bundle installed over it replaces the
program only: the archive lives elsewhere (Elshi's data folder) and is never touched here; the
first start of the new version upgrades its schema after a verified backup.

Standard library only; install.sh and install.ps1 find a suitable Python and run this.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = "elshi-install.json"


class InstallError(Exception):
    pass


def say(text: str) -> None:
    print(f"[elshi install] {text}", flush=True)


def data_home() -> Path:
    if os.name == "nt":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def default_prefix() -> Path:
    if os.name == "nt":
        return data_home() / "Programs" / "Elshi"
    return data_home() / "elshi-program"


def default_bin_dir() -> Path | None:
    return None if os.name == "nt" else Path.home() / ".local" / "bin"


def venv_bin(prefix: Path) -> Path:
    return prefix / ("Scripts" if os.name == "nt" else "bin")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_bundle() -> dict[str, str]:
    try:
        info = json.loads((HERE / "bundle.json").read_text(encoding="utf-8"))
        lines = (HERE / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError) as e:
        raise InstallError(f"this is not a whole Elshi bundle ({e}); copy the whole folder again") from e
    bad = []
    for line in lines:
        digest, _, name = line.partition("  ")
        path = HERE / name
        if not path.is_file() or sha256_file(path) != digest:
            bad.append(name)
    if bad:
        raise InstallError(f"{len(bad)} file(s) of the bundle do not match SHA256SUMS ({', '.join(bad[:5])}): "
                           "the copy is damaged or altered; copy the bundle again from the original media")
    want = tuple(int(x) for x in info["python"].split("."))
    if sys.version_info[:2] != want:
        raise InstallError(f"this bundle is for Python {info['python']}; this is Python "
                           f"{sys.version.split()[0]} ({sys.executable}). Run it with Python "
                           f"{info['python']}, or make a bundle for this Python "
                           f"(python3 bootstrap.py bundle --python {sys.version_info[0]}.{sys.version_info[1]})")
    return {str(k): str(v) for k, v in info.items()}


def clean_env() -> dict[str, str]:
    """pip reads no configuration of this machine (no index, no extra find-links, no constraints)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PIP_") and k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1",
               PIP_NO_INPUT="1", PYTHONNOUSERSITE="1")
    return env


def make_venv(prefix: Path) -> Path:
    say(f"creating the program folder {prefix}")
    try:
        venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(prefix)
    except (OSError, subprocess.CalledProcessError) as e:
        raise InstallError(f"cannot create a virtual environment in {prefix}: {e}") from e
    python = venv_bin(prefix) / ("python.exe" if os.name == "nt" else "python")
    wheels = sorted((HERE / "wheels").glob("pip-*.whl"))
    if not wheels:
        raise InstallError("the bundle has no pip wheel; make it again with python3 bootstrap.py bundle")
    say("installing the wheels (hashes checked, no network)")
    command = [str(python), str(wheels[-1] / "pip"), "install", "--no-index", "--find-links",
               str(HERE / "wheels"), "--require-hashes", "--only-binary", ":all:", "--no-cache-dir",
               "--no-input", "--disable-pip-version-check", "--no-warn-script-location", "-q",
               "-r", str(HERE / "requirements.txt")]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.insert(3, "--root-user-action=ignore")
    done = subprocess.run(command, env=clean_env(), check=False)
    if done.returncode != 0:
        raise InstallError(f"pip could not install the bundle (exit {done.returncode}; its message is above)")
    check = subprocess.run([str(python), "-m", "desktop_app", "--help"], env=clean_env(),
                           capture_output=True, text=True, check=False)
    if check.returncode != 0:
        raise InstallError(f"the installed Elshi does not start: {check.stderr.strip()[-500:]}")
    return python


def is_ours(prefix: Path) -> bool:
    return (prefix / MARK).is_file()


def install(prefix: Path, bin_dir: Path | None, shortcut: bool) -> None:
    info = check_bundle()
    prefix = prefix.absolute()
    previous = prefix.with_name(prefix.name + ".previous")
    if prefix.exists() and any(prefix.iterdir()) and not is_ours(prefix):
        raise InstallError(f"{prefix} exists and is not an Elshi installation: choose another --prefix")
    if previous.exists():
        shutil.rmtree(previous)
    upgrading = prefix.exists() and is_ours(prefix)
    if upgrading:
        old = json.loads((prefix / MARK).read_text(encoding="utf-8")).get("version", "?")
        say(f"replacing Elshi {old} with {info['version']}; the archive is not touched")
        prefix.rename(previous)
    elif prefix.exists():
        prefix.rmdir()
    try:
        make_venv(prefix)
    except BaseException:
        shutil.rmtree(prefix, ignore_errors=True)
        if upgrading:
            previous.rename(prefix)
            say("the previous installation was put back")
        raise
    if upgrading:
        shutil.rmtree(previous, ignore_errors=True)
    (prefix / MARK).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    exe = venv_bin(prefix) / ("elshi.exe" if os.name == "nt" else "elshi")
    if os.name == "nt":
        # elshi.exe is the window (no console); the subcommands print through this one.
        (venv_bin(prefix) / "elshi-cli.cmd").write_text('@"%~dp0python.exe" -m desktop_app %*\r\n',
                                                        encoding="ascii")
    if bin_dir is not None:
        link_command(exe, bin_dir)
    if shortcut:
        add_shortcut(exe)
    say(f"Elshi {info['version']} is installed: {exe}")
    if upgrading:
        say("on its first start it upgrades the archive's schema, after a verified backup")


def link_command(exe: Path, bin_dir: Path) -> None:
    bin_dir.mkdir(parents=True, exist_ok=True)
    link = bin_dir / "elshi"
    if link.is_symlink() or not link.exists():
        if link.is_symlink():
            link.unlink()
        link.symlink_to(exe)
        say(f"the elshi command: {link}")
        if str(bin_dir) not in os.environ.get("PATH", "").split(os.pathsep):
            say(f"{bin_dir} is not on PATH: add it, or start {exe}")
    else:
        say(f"{link} exists and is not a link: left as it is; the command is {exe}")


def desktop_entry_path() -> Path:
    return data_home() / "applications" / "elshi.desktop"


def start_menu_shortcut() -> Path:
    appdata = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    return appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Elshi.lnk"


def add_shortcut(exe: Path) -> None:
    if sys.platform.startswith("linux"):
        path = desktop_entry_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join([
            "[Desktop Entry]",
            "Type=Application",
            "Name=Elshi",
            "Name[kk]=Елші",
            "Name[ru]=Елші",
            "Comment=Offline archive of forums, delegations, documents and commitments",
            "Comment[kk]=Форумдар, делегациялар, құжаттар мен міндеттемелердің офлайн мұрағаты",
            "Comment[ru]=Офлайн-архив форумов, делегаций, документов и обязательств",
            f'Exec="{exe}"',
            "Icon=x-office-address-book",
            "Terminal=false",
            "Categories=Office;",
            "",
        ]), encoding="utf-8")
        say(f"desktop entry: {path}")
    elif os.name == "nt":
        link = start_menu_shortcut()
        link.parent.mkdir(parents=True, exist_ok=True)
        script = ("$s = (New-Object -ComObject WScript.Shell).CreateShortcut($env:ELSHI_LNK); "
                  "$s.TargetPath = $env:ELSHI_EXE; $s.WorkingDirectory = $env:USERPROFILE; "
                  "$s.Description = 'Elshi'; $s.Save()")
        done = subprocess.run(["powershell", "-NoProfile", "-NonInteractive", "-Command", script],
                              env=dict(os.environ, ELSHI_LNK=str(link), ELSHI_EXE=str(exe)), check=False)
        if done.returncode == 0:
            say(f"Start-menu shortcut: {link}")
        else:
            say(f"the Start-menu shortcut could not be made; start {exe}")


def uninstall(prefix: Path, bin_dir: Path | None) -> None:
    prefix = prefix.absolute()
    if not is_ours(prefix):
        raise InstallError(f"{prefix} is not an Elshi installation")
    shutil.rmtree(prefix)
    if bin_dir is not None and (bin_dir / "elshi").is_symlink():
        (bin_dir / "elshi").unlink()
    for path in (desktop_entry_path(), start_menu_shortcut()):
        if path.exists():
            path.unlink()
    say(f"removed {prefix}; the archive and its backups are kept")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="install.py", description="Install Elshi from this offline bundle.")
    parser.add_argument("--prefix", type=Path, default=default_prefix(),
                        help=f"the program folder (default: {default_prefix()})")
    parser.add_argument("--bin-dir", type=Path, default=default_bin_dir(),
                        help=f"where the elshi command is linked (default: {default_bin_dir()})")
    parser.add_argument("--no-shortcut", action="store_true", help="no desktop entry or Start-menu shortcut")
    parser.add_argument("--uninstall", action="store_true", help="remove the program (never the archive)")
    args = parser.parse_args(argv)
    try:
        if args.uninstall:
            uninstall(args.prefix, args.bin_dir)
        else:
            install(args.prefix, args.bin_dir, not args.no_shortcut)
    except InstallError as e:
        print(f"[elshi install] {e}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print("[elshi install] interrupted; nothing was changed that the next run does not redo",
              file=sys.stderr, flush=True)
        return 130
    except OSError as e:
        print(f"[elshi install] {e.filename or ''}: {e.strerror}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
