import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(folder: Path) -> set[str]:
    found = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found


def test_core_and_exports_never_import_qt_or_the_ui() -> None:
    for layer in ("database", "exports"):
        modules = imported_modules(ROOT / layer)
        assert not modules & {"PySide6", "shiboken6", "ui", "desktop_app"}, layer


def test_headless_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from desktop_app.cli import main; "
        f"rc = main(['--archive', r'{tmp_path / 'a.sqlite'}', 'check']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', rc)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split()[-2:] == ["NOQT", "0"]
