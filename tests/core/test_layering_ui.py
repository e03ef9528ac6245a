"""Imports point down only: desktop_app -> ui -> operations -> exports -> database.

Every import counts, also those inside functions and under TYPE_CHECKING: a window that imports
the command line (or an operation that imports Qt) is the start of an import circle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT = {"PySide6", "shiboken6"}
def imports(folder: str) -> list[tuple[str, str]]:
    """(file, imported module) for every import in the package ``folder``."""
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(name, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((name, node.module))
    return found


def offending(folder: str, forbidden: set[str]) -> list[tuple[str, str]]:
    return [(file, module) for file, module in imports(folder)
            if module.split(".")[0] in forbidden]


def test_the_window_never_imports_the_application() -> None:
    assert imports("ui"), "the scan found nothing"
    assert offending("ui", {"desktop_app"}) == []


def test_operations_never_import_the_window_the_application_or_qt() -> None:
    assert imports("operations")
    assert offending("operations", {"ui", "desktop_app", *QT}) == []


def test_the_core_and_the_writers_never_import_operations() -> None:
    for layer in ("database", "exports"):
        assert offending(layer, {"operations", "ui", "desktop_app", *QT}) == [], layer


def test_the_catalogue_imports_nothing_above_the_core() -> None:
    """Every layer, the core's error texts included, takes its words from the catalogue."""
    assert imports("catalogue")
    assert offending("catalogue", {"exports", "operations", "ui", "desktop_app", *QT}) == []


def test_the_scan_sees_imports_inside_functions() -> None:
    """The layer checks above would pass vacuously if late imports were missed."""
    assert ("ui/main_window.py", "ui.settings_dialog") in imports("ui")  # imported inside a method


def test_every_operation_loads_without_qt() -> None:
    modules = sorted(p.stem for p in (ROOT / "operations").glob("*.py") if p.stem != "__init__")
    assert {"exchange", "briefings", "calendar", "backups", "maintenance", "messages"} <= set(modules)
    code = ("import sys; import importlib; "
            f"[importlib.import_module('operations.' + m) for m in {modules!r}]; "
            "print('QT' if any(m.split('.')[0] in {'PySide6', 'shiboken6', 'ui'} for m in sys.modules) "
            "else 'NOQT')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split()[-1] == "NOQT"
