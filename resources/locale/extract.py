"""Update the message catalogue from the sources and compile it.

    .venv/bin/python -m resources.locale.extract           extract, update the .po files, compile the .mo
    .venv/bin/python -m resources.locale.extract --check   only list what is missing, unfinished or stale

Babel's Python extractor reads the sources as they are (nothing is rewritten): the window's
``self.tr(text, disambiguation, n)`` and ``QCoreApplication.translate(context, text, ...)`` (the Qt
context is not part of the message: the disambiguation is its msgctxt, a count makes it plural),
module helpers named ``tr``, and ``t``/``_``/``gettext``/``pgettext``/``ngettext``/``N_``/``NP_``
and the ``*_in`` functions of ``catalogue``. A few texts are only known at run time (enum labels,
list column titles, the command line's tables of words); they are read from the modules that
define them.

The template is ``resources/locale/elshi.pot``; each language's ``<lang>/LC_MESSAGES/elshi.po``
keeps its translations, gets new messages empty (English: the message itself) and loses those the
code no longer has. Fuzzy matching is off: a changed text must be translated again, not guessed.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent.parent
FOLDER = ROOT / "resources" / "locale"
DOMAIN = "elshi"
LANGUAGES = ("kk", "ru", "en")
SOURCE_ROOTS = ("ui", "desktop_app", "operations", "exports", "catalogue")
WIDTH = 110

Spec = Any  # Babel's keyword specification: {number of arguments: (indices...)}
KEYWORDS: dict[str, Spec] = {
    # Qt: tr(text), tr(text, disambiguation), tr(text, disambiguation, n)
    "tr": {1: (1,), 2: (1, (2, "c")), 3: (1, 1, (2, "c"))},
    "translate": {2: (2,), 3: (2, (3, "c")), 4: (2, 2, (3, "c"))},
    "QT_TRANSLATE_NOOP": {2: (2,)},
    # catalogue
    "_": (1,), "gettext": (1,), "N_": (1,),
    "pgettext": ((1, "c"), 2), "NP_": ((1, "c"), 2),
    "ngettext": (1, 2), "npgettext": ((1, "c"), 2, 3),
    "gettext_in": (2,), "pgettext_in": ((2, "c"), 3),
    "ngettext_in": (2, 3), "npgettext_in": ((2, "c"), 3, 4),
}
# Names that mean a translation only in part of the code: the command line's t(); a helper of
# one module that wraps a translate() call under another name. (A briefing's Labels object is
# also often called t, and its keys are not messages.)
FOLDER_KEYWORDS: dict[str, dict[str, Spec]] = {
    "desktop_app/": {"t": (1,), "tn": (1, 2)},
    "operations/": {"t": (1,), "tn": (1, 2)},
    "ui/views/records.py": {"title": {1: (1,)}},
}

Key = tuple[str | None, str]  # (msgctxt, msgid)


def po_path(lang: str) -> Path:
    return FOLDER / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def pot_path() -> Path:
    return FOLDER / f"{DOMAIN}.pot"


def source_files() -> list[Path]:
    files: list[Path] = []
    for entry in SOURCE_ROOTS:
        files.extend(sorted((ROOT / entry).rglob("*.py")))
    return [f for f in files if "__pycache__" not in f.parts]


# --- what the code says -----------------------------------------------------------------------

class Found:
    def __init__(self) -> None:
        self.ids: dict[Key, str | tuple[str, ...]] = {}
        self.locations: dict[Key, list[tuple[str, int]]] = {}

    def add(self, context: str | None, message: str | tuple[str, ...], where: tuple[str, int]) -> None:
        msgid = message[0] if isinstance(message, tuple) else message
        if not msgid:
            return
        key = (context or None, msgid)
        if isinstance(message, tuple) or key not in self.ids:
            self.ids[key] = message
        self.locations.setdefault(key, []).append(where)


def _from_sources(found: Found) -> None:
    for path in source_files():
        rel = path.relative_to(ROOT).as_posix()
        keywords = dict(KEYWORDS)
        for prefix, extra in FOLDER_KEYWORDS.items():
            if rel.startswith(prefix):
                keywords.update(extra)
        for lineno, message, _comments, context in extract_from_file(
                "python", str(path), keywords=keywords, comment_tags=(), strip_comment_tags=True):
            found.add(context, message, (rel, lineno))


def _run_time_strings() -> Iterator[tuple[str, str]]:
    """(where, English text) of what is translated from data rather than from a literal."""
    from catalogue import code_word
    from database.exchange import SECTIONS
    from database.lists import SPECS
    from desktop_app import cli, commands
    from ui.record_model import VALUE_LABELS

    for label in VALUE_LABELS.values():
        yield "ui/record_model.py", label
    for spec in SPECS.values():
        for column in spec.columns:
            yield "database/lists.py", column.title
    for text in cli.ARCHIVE_MESSAGES.values():
        yield "desktop_app/cli.py", text
    for text in SECTIONS.values():
        yield "database/exchange.py", text
    from database.integrity import MESSAGES as CHECK_MESSAGES

    for text in CHECK_MESSAGES.values():
        yield "database/integrity.py", text
    for info in pkgutil.iter_modules(commands.__path__):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
                for text in value.values():
                    yield f"desktop_app/commands/{info.name}.py", code_word(text)


def extracted() -> Found:
    """Every message the code holds now, without touching the repository."""
    found = Found()
    _from_sources(found)
    for where, text in _run_time_strings():
        found.add(None, text, (where, 0))
    return found


# A fixed header, so that running the extraction again changes only what the code changed.
HEADER = ("# Elshi's messages. Updated by python -m resources.locale.extract from the sources;\n"
          "# translate the empty msgstr entries, then run it again to compile.")
_DATE = datetime(2026, 12, 1, tzinfo=UTC)


def _catalogue(lang: str | None) -> Catalog:
    return Catalog(locale=lang, domain=DOMAIN, header_comment=HEADER, project="Elshi", version="1",
                   msgid_bugs_address="", last_translator="Elshi", language_team="Elshi",
                   charset="utf-8", fuzzy=False, creation_date=_DATE, revision_date=_DATE)


def template(found: Found) -> Catalog:
    pot = _catalogue(None)
    for (context, _msgid), message in sorted(found.ids.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        key = (context, _msgid)
        pot.add(message, context=context, locations=sorted(set(found.locations[key])))
    return pot


# --- the catalogues -------------------------------------------------------------------------

def read(lang: str) -> Catalog:
    with po_path(lang).open("rb") as f:
        return read_po(f, locale=lang, domain=DOMAIN)


def _key(message: Message) -> Key:
    msgid = message.id[0] if isinstance(message.id, (tuple, list)) else message.id
    return (message.context or None, msgid)


def merged(lang: str, pot: Catalog) -> Catalog:
    """``lang``'s catalogue over the template: its translations kept, new messages empty."""
    old = {_key(m): m for m in read(lang) if m.id} if po_path(lang).exists() else {}
    catalogue = _catalogue(lang)
    for message in pot:
        if not message.id:
            continue
        before = old.get(_key(message))
        plural = isinstance(message.id, (tuple, list))
        string: str | tuple[str, ...] | list[str] | None
        if before is not None and isinstance(before.id, (tuple, list)) == plural and not before.fuzzy:
            string = before.string
        elif lang == "en":
            string = message.id if not plural else tuple(message.id)  # English is its own translation
        else:
            string = ("",) * catalogue.num_plurals if plural else ""
        catalogue.add(message.id, string, locations=message.locations, flags=message.flags,
                      context=message.context)
    return catalogue


def _write_po(catalogue: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalogue, width=WIDTH, sort_output=True, omit_header=False, include_lineno=False)


def compile_mo(lang: str) -> Path:
    with mo_path(lang).open("wb") as f:
        write_mo(f, read(lang))
    return mo_path(lang)


def update() -> None:
    pot = template(extracted())
    _write_po(pot, pot_path())
    for lang in LANGUAGES:
        _write_po(merged(lang, pot), po_path(lang))
        compile_mo(lang)


def unfinished(message: Message) -> bool:
    strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
    return message.fuzzy or not all(s and s.strip() for s in strings)


def problems() -> list[str]:
    """What keeps the catalogues from being complete: messages missing from a .po, unfinished
    (empty or fuzzy), or stale (no longer in the code)."""
    wanted = set(extracted().ids)
    found = []
    for lang in LANGUAGES:
        catalogue = read(lang)
        listed = {_key(m): m for m in catalogue if m.id}
        name = f"{lang}/{po_path(lang).name}"
        found += [f"{name}: missing {k}" for k in sorted(wanted - set(listed), key=str)]
        found += [f"{name}: stale {k}" for k in sorted(set(listed) - wanted, key=str)]
        found += [f"{name}: unfinished {k}" for k, m in sorted(listed.items(), key=str) if unfinished(m)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only list missing, unfinished or stale entries")
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
