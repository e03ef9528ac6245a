"""Update the translation sources and compile them.

    .venv/bin/python -m resources.translations.extract           extract, update the .ts, compile the .qm
    .venv/bin/python -m resources.translations.extract --check   list what is untranslated or stale

Extraction is pyside6-lupdate's, with two things it cannot do by itself:

- Strings translated at run time from data (enum labels, list column titles) are written to
  ``ui/i18n_strings.py`` as QT_TRANSLATE_NOOP entries, so lupdate sees them.
- lupdate gives calls through a module-level helper (``def tr(text): return
  QCoreApplication.translate("Errors", text)``) an empty context. The sources are copied to a
  temporary tree where such calls are spelled out as ``QCoreApplication.translate("Errors", ...)``
  on the same line, and lupdate reads that copy; locations in the .ts still point to the real files.

New strings arrive as unfinished in elshi_kk.ts and elshi_ru.ts, for a translator to fill (Qt
Linguist or any editor); elshi_en.ts is filled with the source text itself.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru", "en")
GENERATED = ROOT / "ui" / "i18n_strings.py"
SOURCE_ROOTS = ("ui", "desktop_app/gui.py")


def ts_path(lang: str) -> Path:
    return FOLDER / f"elshi_{lang}.ts"


def qm_path(lang: str) -> Path:
    return FOLDER / f"elshi_{lang}.qm"


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, or the binary inside PySide6."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


# --- strings only known at run time -----------------------------------------------------------

def dynamic_strings() -> list[tuple[str, str]]:
    """(context, English text) of what the UI passes to translate() from data."""
    from database.lists import SPECS
    from ui.record_model import VALUE_LABELS

    found: list[tuple[str, str]] = []
    for label in VALUE_LABELS.values():
        found.append(("RecordTableModel", label))
    for spec in SPECS.values():
        for column in spec.columns:
            found.append(("RecordTableModel", column.title))
    return list(dict.fromkeys(found))


def generated_module() -> str:
    lines = [
        '"""Strings the interface translates at run time from data: enum value labels',
        "(ui/record_model.py VALUE_LABELS) and list column titles (database/lists.py).",
        "",
        "Listed so that pyside6-lupdate finds them; written by resources/translations/extract.py,",
        'do not edit."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    for context, text in dynamic_strings():
        lines.append(f"    QT_TRANSLATE_NOOP({context!r}, {text!r}),".replace("'", '"'))
    lines.append(")")
    return "\n".join(lines) + "\n"


# --- sources ------------------------------------------------------------------------------------

def source_files() -> list[Path]:
    files: list[Path] = []
    for entry in SOURCE_ROOTS:
        path = ROOT / entry
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [f for f in files if "__pycache__" not in f.parts]


def _wrapper_context(node: ast.FunctionDef) -> str | None:
    """The context of a helper like ``def tr(text): return QCoreApplication.translate("Ctx", text)``
    (or one returning a lambda that does), else None."""
    params = [a.arg for a in node.args.args]
    if len(params) != 1:
        return None
    for inner in ast.walk(node):
        if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "translate" and len(inner.args) >= 2
                and isinstance(inner.args[0], ast.Constant) and isinstance(inner.args[0].value, str)
                and isinstance(inner.args[1], ast.Name) and inner.args[1].id == params[0]):
            return inner.args[0].value
    return None


def _wrapped_calls(tree: ast.Module) -> Iterator[tuple[ast.Call, str]]:
    """Calls ``helper("literal", ...)`` with the context their helper stands for."""
    scopes: list[dict[str, str]] = []

    def visit(node: ast.AST) -> Iterator[tuple[ast.Call, str]]:
        body = getattr(node, "body", None)
        opened = isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef)) and isinstance(body, list)
        if opened:
            helpers = {}
            for statement in body:  # type: ignore[union-attr]
                if isinstance(statement, ast.FunctionDef):
                    context = _wrapper_context(statement)
                    if context is not None:
                        helpers[statement.name] = context
            scopes.append(helpers)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            for helpers in reversed(scopes):
                if node.func.id in helpers:
                    yield node, helpers[node.func.id]
                    break
        for child in ast.iter_child_nodes(node):
            yield from visit(child)
        if opened:
            scopes.pop()

    yield from visit(tree)


def spell_out(text: str) -> str:
    """The source with helper calls written as QCoreApplication.translate("Ctx", ...), each on
    its own line so lupdate's line numbers stay true."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    edits: dict[int, list[tuple[int, int, str]]] = {}
    for call, context in _wrapped_calls(tree):
        func = call.func
        assert func.end_col_offset is not None
        edits.setdefault(func.lineno - 1, []).append(
            (func.col_offset, func.end_col_offset, f'QCoreApplication.translate("{context}", '))
    for number, changes in edits.items():
        raw = lines[number].encode("utf-8")  # ast offsets count UTF-8 bytes
        for start, end, replacement in sorted(changes, reverse=True):
            if raw[end:end + 1] != b"(":
                continue
            raw = raw[:start] + replacement.encode("utf-8") + raw[end + 1:]
        lines[number] = raw.decode("utf-8")
    return "".join(lines)


def run_lupdate(workdir: Path, ts_files: Iterable[Path]) -> None:
    """lupdate over a spelled-out copy of the sources, merging into ``ts_files`` (paths inside
    ``workdir``'s mirror of the repository). The list of run-time strings is taken as it would
    be generated now, whatever ui/i18n_strings.py holds."""
    texts = {source: source.read_text(encoding="utf-8") for source in source_files()}
    texts[GENERATED] = generated_module()
    relative = []
    for source, text in texts.items():
        rel = source.relative_to(ROOT)
        target = workdir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(spell_out(text), encoding="utf-8")
        relative.append(str(rel))
    listing = workdir / "sources.lst"
    listing.write_text("\n".join(relative) + "\n", encoding="utf-8")
    command = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "absolute",
               "-source-language", "en", f"@{listing.name}", "-ts",
               *(str(t.relative_to(workdir)) for t in ts_files)]
    subprocess.run(command, cwd=workdir, check=True)


# --- reading and writing .ts ------------------------------------------------------------------

@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"


def read_ts(path: Path) -> list[Message]:
    """Every message; a plural message's forms are joined by "|" (empty if any form is)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                messages.append(Message(name, message.findtext("source") or "", "", "unfinished"))
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = ("|".join(forms) if all(forms) else "") if forms else (translation.text or "")
            messages.append(Message(name, message.findtext("source") or "", text, translation.get("type", "")))
    return messages


def fill_english(path: Path) -> None:
    """The English catalogue translates each string to itself. Plural messages ("%n entries")
    are left for a person: only they know the singular."""
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if (translation is not None and translation.get("type") == "unfinished"
                and message.get("numerus") != "yes"):
            translation.text = message.findtext("source")
            del translation.attrib["type"]
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts (the next lupdate run puts it back in its own layout)."""
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def compile_qm(lang: str, out: Path | None = None) -> Path:
    target = out or qm_path(lang)
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(target)], check=True)
    return target


# --- the whole job --------------------------------------------------------------------------

def extracted_messages() -> set[tuple[str, str]]:
    """(context, source) of every string the sources hold now, without touching the repository."""
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        ts = workdir / "resources" / "translations" / "fresh.ts"
        ts.parent.mkdir(parents=True)
        run_lupdate(workdir, [ts])
        return {(m.context, m.source) for m in read_ts(ts)}


def update() -> None:
    GENERATED.write_text(generated_module(), encoding="utf-8")
    merge_into_repository()
    fill_english(ts_path("en"))
    merge_into_repository()  # back to lupdate's own layout, so a later run changes only what changed
    for lang in LANGUAGES:
        compile_qm(lang)


def merge_into_repository() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        mirrored = []
        for lang in LANGUAGES:
            target = workdir / ts_path(lang).relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            if ts_path(lang).exists():
                shutil.copyfile(ts_path(lang), target)
            mirrored.append(target)
        run_lupdate(workdir, mirrored)
        for lang, target in zip(LANGUAGES, mirrored):
            shutil.copyfile(target, ts_path(lang))


def problems() -> list[str]:
    found = []
    for lang in LANGUAGES:
        for m in read_ts(ts_path(lang)):
            if m.kind or not m.translation.strip():
                found.append(f"{ts_path(lang).name}: [{m.context}] {m.source!r}: {m.kind or 'empty'}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only list unfinished or stale entries")
    args = parser.parse_args(argv)
    if not args.check:
        update()
    found = problems()
    for line in found:
        print(line)
    print(f"{len(found)} entr{'y' if len(found) == 1 else 'ies'} to translate.", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
