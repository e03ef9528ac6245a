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
        f"rc = main(['--archive', r'{tmp_path / 'a.sqlite'}', '--create', 'check']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', rc)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split()[-2:] == ["NOQT", "0"]


# --- no import circles ------------------------------------------------------------------------
# Every import counts: at the top of a module, inside a function, under TYPE_CHECKING. A circle
# held together by a late import is still a circle: neither side can be read, tested or moved
# without the other.

PACKAGES = ("database", "exports", "ui", "desktop_app", "resources", "operations")


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(packages: tuple[str, ...], root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the project's modules it imports, over the given top-level packages."""
    files = [p for pkg in packages if (root / pkg).is_dir() for p in (root / pkg).rglob("*.py")
             if "migrations" not in p.relative_to(root).parts]
    modules = {_module_name(root, p): p for p in files}
    inits = {name for name, p in modules.items() if p.name == "__init__.py"}

    def resolve(name: str) -> str | None:
        while name:
            if name in modules:
                return name
            name = name.rpartition(".")[0]
        return None

    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if name in inits else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                stem = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    stem = ".".join(up + ([node.module] if node.module else []))
                targets = [f"{stem}.{alias.name}" for alias in node.names] + [stem]
            for target in targets:
                found = resolve(target)
                # A module importing its own package's __init__ is not a circle of two modules.
                if found and found != name and not (found in inits and name.startswith(found + ".")):
                    graph[name].add(found)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def test_the_circle_finder_finds_a_circle_made_by_an_import_inside_a_function() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_the_graph_counts_imports_inside_functions_and_under_type_checking(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    for init in (pkg / "__init__.py", pkg / "sub" / "__init__.py"):
        init.write_text("", encoding="utf-8")
    (pkg / "a.py").write_text("def f():\n    from pkg.b import g\n", encoding="utf-8")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n",
                              encoding="utf-8")
    (pkg / "sub" / "c.py").write_text("from .. import b\nfrom . import d\n", encoding="utf-8")
    (pkg / "sub" / "d.py").write_text("import pkg.sub.c\n", encoding="utf-8")
    graph = import_graph(("pkg",), tmp_path)
    assert graph["pkg.a"] == {"pkg.b"} and graph["pkg.b"] == {"pkg.a"}
    assert graph["pkg.sub.c"] == {"pkg.b", "pkg.sub.d"}
    assert circles(graph) == [["pkg.a", "pkg.b"], ["pkg.sub.c", "pkg.sub.d"]]


def test_the_core_and_exports_import_no_circle() -> None:
    assert circles(import_graph(("database", "exports"))) == []


def test_no_package_of_the_project_imports_a_circle() -> None:
    assert circles(import_graph(PACKAGES)) == []
