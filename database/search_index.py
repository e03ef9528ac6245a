"""The full-text index, kept in step inside every write (what each record contributes to it
is :mod:`database.search_docs`).

The index is derived data in ``search_*`` tables (not an Alembic migration): it is created when
an archive is opened, rebuilt whenever it is missing or was built by other rules (a version
number plus a fingerprint of the folding/transliteration rules in ``search_meta``), and rebuilt
on demand by ``elshi reindex``.

* ``search_fts``   FTS5 over folded tokens: ``title``, ``body`` (other names, places, parties,
                    summaries, notes, tags, file names) and ``keys`` (Latin spellings of names).
                    Its rowid is the record's id with the record type in the high bits, so one
                    type is a rowid range FTS5 can seek.
* ``search_docs``  per indexed record: type, id, UUID and the original text snippets are cut from.
* ``search_vocab`` distinct words of names with their skeletons, for near matches.
* ``search_terms`` every token ever indexed, so a typed prefix becomes a few exact words: FTS5
                    reads exact words lazily, but merges a prefix's words in full first.
                    Words no longer used stay until a rebuild; they match nothing.
* ``search_forms`` every word of a title or text under its keys (:mod:`database.search_forms`:
                    the keys of its case and number forms, its Latin skeleton), so a query word
                    becomes the index's other forms and spellings of it without any posting added.
* ``search_saved`` saved searches (user data: a rebuild keeps them).

A place's own record carries, in its text, its names from the gazetteer
(:mod:`database.gazetteer`) in the languages nobody typed. The rules' signature covers the
stemmers and the gazetteer, so a change to either rebuilds the index on the next opening, with
its progress told to whoever opened the archive.

Deleted records are not in the index; restoring one indexes it again. When a place or an
organisation is renamed, the events and documents that show its name are re-indexed too.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from database import gazetteer
from database import models as m
from database.archive import Archive, Written
from database.known import Known
from database.mapping import READERS, read_all, read_tags
from database.names import fold, skeleton, to_latin
from database.records import (
    Entity,
)
from database.search_docs import (
    TYPE_CODES,
    BulkLookup,
    Doc,
    MemoLookup,
    SessionLookup,
    build_doc,
    rowid_of,
)
from database.search_forms import term_keys
from database.search_sql import on_server, raw, tsvector
from database.search_text import index_text, name_words

INDEX_VERSION = 3
# One word of each kind the rules treat differently: a rule change shows in the signature.
_RULES_PROBE = ("Ёлка ШАҢХАЙ Өскемен Ұлытау Іс Байханов Аққошқаров Baykhanov Щукин Omsk 上海 "
                "佐々木 カタカナ ｶﾀｶﾅ 서울에서 ㄅㄆ ＡＢＣ１２ 𠀀𪜀")

_FORMS_PROBE = ("павлодардың облысының құжаттары әкімдігі өскеменде қазақстан байхановым омской "
                "авиасообщения областью khotsenko")

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ("CREATE TABLE IF NOT EXISTS search_saved (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
     "query TEXT NOT NULL, options TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL)"),
)
INDEX_SCHEMA = (
    ("CREATE TABLE search_docs (id INTEGER PRIMARY KEY, entity TEXT NOT NULL, record_id INTEGER NOT NULL, "
     "uuid TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL)"),
    # remove_diacritics 0: folding is ours (names.fold); FTS5 must not merge й with и.
    # Prefix indexes make the first letters typed as cheap as a whole word.
    ("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, keys, "
     "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4')"),
    "INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0)')",
    "CREATE TABLE search_vocab (word TEXT PRIMARY KEY, skel TEXT NOT NULL, shown TEXT NOT NULL) WITHOUT ROWID",
    "CREATE INDEX search_vocab_skel ON search_vocab (skel)",
    "CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID",
    # Every indexed word under its keys (database.search_forms): other forms of one word share a
    # key, and so do a word's spellings in both scripts.
    "CREATE TABLE search_forms (key TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (key, term)) WITHOUT ROWID",
)
INDEX_TABLES = ("search_docs", "search_fts", "search_vocab", "search_terms", "search_forms")


def index_signature() -> str:
    """Changes whenever the index would be built differently, so an archive opened by a newer
    Elshi (or after a rule change in names.py, or under a Python with newer Unicode tables,
    which decide case folding and what a letter is) is rebuilt instead of silently missing hits."""
    rules = fold(_RULES_PROBE) + to_latin(_RULES_PROBE) + skeleton(_RULES_PROBE) + index_text(_RULES_PROBE)
    rules += " ".join(k for word in _FORMS_PROBE.split() for k in term_keys(word))
    rules += unicodedata.unidata_version + gazetteer.signature()
    return f"{INDEX_VERSION}:{hashlib.sha256(rules.encode()).hexdigest()[:16]}"


# --- writing the index ----------------------------------------------------------------------

def write_docs(conn: Connection, docs: Sequence[Doc], pending: tuple[set[str], set[str]] | None = None,
               *, new: bool = False) -> None:
    """Index ``docs``; their tokens go to ``search_terms`` (and ``search_forms``), or into
    ``pending`` (words, keys) for the caller to write once (a rebuild). ``new``: records just
    added, with nothing indexed yet to replace (nor has a rebuild, which starts empty)."""
    if not docs:
        return
    driver = raw(conn)
    rows = [d.fts_row() for d in docs]
    words, keys = pending if pending is not None else (set(), set())
    for row in rows:
        words.update(row[1].split(), row[2].split())
        keys.update(row[3].split())
    if pending is None:
        write_terms(driver, new_terms(driver, words | keys), words)
    if not new and pending is None:
        driver.executemany("DELETE FROM search_fts WHERE rowid = ?", [(r[0],) for r in rows])
    if on_server(conn):  # the same tokens as a tsvector (database.search_sql)
        driver.executemany("INSERT INTO search_fts(rowid, title, body, keys, doc) "
                           "VALUES (?, ?, ?, ?, CAST(? AS tsvector))", [(*r, tsvector(*r[1:])) for r in rows])
    else:
        driver.executemany("INSERT INTO search_fts(rowid, title, body, keys) VALUES (?, ?, ?, ?)", rows)
    driver.executemany(
        "INSERT INTO search_docs(id, entity, record_id, uuid, title, text) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET entity = excluded.entity, record_id = excluded.record_id, "
        "uuid = excluded.uuid, title = excluded.title, text = excluded.text",
        [(r[0], d.entity, d.record_id, d.uuid, d.title, d.text()) for r, d in zip(rows, docs)])
    driver.executemany("INSERT INTO search_vocab(word, skel, shown) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                       [(word, skeleton(word), shown) for d in docs for name in d.own_names
                        for word, shown in name_words(name)])


def new_terms(driver: Any, words: set[str]) -> list[str]:
    """The words not yet in ``search_terms``."""
    ordered = sorted(words)
    known: set[str] = set()
    for i in range(0, len(ordered), 500):
        chunk = ordered[i:i + 500]
        known.update(r[0] for r in driver.execute(
            f"SELECT term FROM search_terms WHERE term IN ({','.join('?' * len(chunk))})", chunk))
    return [w for w in ordered if w not in known]


def write_terms(driver: Any, terms: Iterable[str], words: set[str]) -> None:
    """Add ``terms`` to ``search_terms``, and the keys of those that are words of a title or a
    text (not only Latin keys of names) to ``search_forms``."""
    terms = list(terms)
    driver.executemany("INSERT INTO search_terms(term) VALUES (?) ON CONFLICT DO NOTHING", [(w,) for w in terms])
    driver.executemany("INSERT INTO search_forms(key, term) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       [(key, w) for w in terms if w in words for key in term_keys(w)])


def remove_docs(conn: Connection, keys: Iterable[tuple[Entity, int]]) -> None:
    rowids = [(rowid_of(e, i),) for e, i in keys]
    driver = raw(conn)
    driver.executemany("DELETE FROM search_fts WHERE rowid = ?", rowids)
    driver.executemany("DELETE FROM search_docs WHERE id = ?", rowids)


def _draft_of(s: Session, entity: Entity, obj: Any) -> Any:
    return READERS[entity](obj, read_tags(s, entity, obj.id))


def index_object(s: Session, entity: Entity, obj: Any, draft: Any = None) -> None:
    conn = s.connection()
    if obj.deleted_at is not None:
        remove_docs(conn, [(entity, obj.id)])
        return
    draft = draft if draft is not None else _draft_of(s, entity, obj)
    write_docs(conn, [build_doc(entity, obj.id, obj.uuid, draft, SessionLookup(s))])


def _names_of(draft: Any) -> tuple[Any, ...] | None:
    if draft is None:
        return None
    return (draft.name, draft.aliases)


def _dependents(s: Session, entity: Entity, record_id: int) -> list[tuple[Entity, Any]]:
    """Records whose indexed text shows this place's or organisation's names."""
    out: list[tuple[Entity, Any]] = []
    if entity == Entity.PLACE:
        out += [(Entity.EVENT, o) for o in s.scalars(select(m.Event).where(m.Event.place_id == record_id))]
        out += [(Entity.DOCUMENT, o) for o in s.scalars(select(m.Document).where(m.Document.place_id == record_id))]
    elif entity == Entity.ORGANISATION:
        out += [(Entity.EVENT, o) for o in s.scalars(select(m.Event).where(m.Event.organiser_id == record_id))]
        out += [(Entity.DOCUMENT, o) for o in s.scalars(
            select(m.Document).where(m.Document.id.in_(
                select(m.PartyRow.document_id).where(m.PartyRow.organisation_id == record_id))))]
    return out


class SearchIndexHook:
    """Re-indexes each written record inside its own write transaction."""

    def written_many(self, s: Session, written: list[Written], known: Known) -> None:
        look = known.memo.get("search")
        if look is None or look.s is not s:
            look = known.memo["search"] = MemoLookup(s)
        docs = []
        look.prefetch(w.after for w in written if w.before is None and w.op in ("add", "import"))
        for w in written:
            if w.entity in ("place", "organisation"):  # their names may have changed
                (look.places if w.entity == "place" else look.orgs).pop(w.obj.id, None)
            if w.entity in TYPE_CODES and w.before is None and w.op in ("add", "import") \
                    and w.obj.deleted_at is None and w.after is not None:
                docs.append(build_doc(w.entity, w.obj.id, w.obj.uuid, w.after, look))
            else:
                self.written(s, w.entity, w.obj, w.op, w.before, w.after)
        write_docs(s.connection(), docs, new=True)  # only records just added: none indexed before

    def written(self, s: Session, entity: Entity, obj: Any, op: str, before: Any, after: Any) -> None:
        if entity not in TYPE_CODES:
            # A record attached to events or documents (e.g. a scanned file): their text changed.
            for column, owner in (("event_id", Entity.EVENT), ("document_id", Entity.DOCUMENT)):
                owner_id = getattr(obj, column, None)
                if owner_id is not None:
                    owner_obj = s.get(m.MODELS[owner], owner_id)
                    if owner_obj is not None:
                        index_object(s, owner, owner_obj)
            return
        if op == "purge":
            remove_docs(s.connection(), [(entity, obj.id)])
            return
        index_object(s, entity, obj, after)
        # Events and documents show their place's and parties' names: a rename, or links moved
        # by a merge (or its undoing), changes what they are found by.
        if entity in ("place", "organisation") and (
                op in ("merge", "unmerge")
                or (before is not None and after is not None and _names_of(before) != _names_of(after))):
            for dep_entity, dep in _dependents(s, entity, obj.id):
                index_object(s, dep_entity, dep)


# --- building it all ------------------------------------------------------------------------

BATCH = 1000


def table_names(conn: Connection) -> set[str]:
    catalogue = ("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                 if on_server(conn) else "SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in raw(conn).execute(catalogue) if row[0].startswith("search")}


def ensure_schema(conn: Connection) -> None:
    """SQLite's own index tables (a PostgreSQL archive's are made by its migrations)."""
    if on_server(conn):
        return
    for statement in SCHEMA:
        conn.exec_driver_sql(statement)


def stored_signature(conn: Connection) -> str | None:
    if not {"search_meta", *INDEX_TABLES} <= table_names(conn):
        return None
    row = conn.exec_driver_sql("SELECT value FROM search_meta WHERE key = 'signature'").first()
    return None if row is None else str(row[0])


Progress = Callable[[int, int], None]  # (records indexed, of how many)


def needs_rebuild(archive: Archive) -> bool:
    """Whether the index is missing or was built by other rules (opening will rebuild it)."""
    with archive.engine.connect() as conn:
        return stored_signature(conn) != index_signature()


# Two workstations opening a server archive whose index needs building: one builds it, the
# other waits for it (a transaction-scoped advisory lock; the key is arbitrary, fixed).
_PG_REBUILD_LOCK = 0x656C7368_69000001


def _empty_index(conn: Connection) -> None:
    """The index tables, empty: SQLite's made again (their rules may have changed), a server's
    emptied (its tables are schema, database/migrations)."""
    if on_server(conn):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_REBUILD_LOCK})")
        conn.exec_driver_sql("DELETE FROM search_meta WHERE key = 'signature'")
        conn.exec_driver_sql("TRUNCATE " + ", ".join(INDEX_TABLES))
        return
    ensure_schema(conn)
    # A DML statement first, so the DDL below runs inside this transaction: a failed
    # rebuild leaves the old index as it was.
    conn.exec_driver_sql("DELETE FROM search_meta WHERE key = 'signature'")
    present = table_names(conn)
    for table in INDEX_TABLES:
        if table in present:
            conn.exec_driver_sql(f"DROP TABLE {table}")
    for statement in INDEX_SCHEMA:
        conn.exec_driver_sql(statement)


def rebuild(archive: Archive, progress: Progress | None = None) -> int:
    """Build the whole index again in one transaction; returns the number of records indexed."""
    with archive.writing() as s:
        conn = s.connection()
        _empty_index(conn)
        look = BulkLookup(s)
        total = sum(s.scalar(select(func.count()).select_from(m.MODELS[e])
                             .where(m.MODELS[e].deleted_at.is_(None))) or 0 for e in TYPE_CODES)
        done = 0
        pending: tuple[set[str], set[str]] = (set(), set())
        for entity in TYPE_CODES:
            for chunk in read_all(s, entity, live_only=True, chunk=BATCH):
                write_docs(conn, [build_doc(entity, o.id, o.uuid, draft, look) for o, draft in chunk], pending)
                done += len(chunk)
                if progress:
                    progress(done, total)
        driver = raw(conn)
        write_terms(driver, sorted(pending[0] | pending[1]), pending[0])
        if not on_server(conn):
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        driver.execute("INSERT INTO search_meta(key, value) VALUES ('signature', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (index_signature(),))
    return done


def install(archive: Archive, progress: Progress | None = None) -> None:
    """Called on every archive opened: make sure the index exists and was built by these rules
    (rebuilding it by itself, telling ``progress``), then keep it in step with every write."""
    if needs_rebuild(archive):
        rebuild(archive, progress)
    if not any(isinstance(h, SearchIndexHook) for h in archive.hooks):
        archive.hooks.append(SearchIndexHook())
