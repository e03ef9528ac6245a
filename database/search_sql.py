"""The search index's SQL on either backend: SQLite's FTS5 or PostgreSQL's own full-text tools.

Both hold the same tokens (:mod:`database.search_text`): on PostgreSQL, ``search_fts.doc`` is a
``tsvector`` of exactly those tokens, written here as a literal (never through a text search
configuration, whose parser and dictionaries would split and change them), with the title as
weight A, the body as B and the Latin keys as C, and a gap between them so that no phrase runs
from one into the next (FTS5 phrases stay within a column). A query is built once, as the FTS5
expression :func:`database.search_text.fts_expression` writes, and :func:`tsquery` turns that into
the same question for PostgreSQL: ``"word"*`` a prefix (``'word':*``), ``"a b"`` a phrase
(``'a' <-> 'b'``), ``{title body} : (...)`` a column filter (the weights ``AB`` on every word
inside), ``AND`` and ``OR``. Ranking is bm25 there and ``ts_rank`` with the same column weights
here.

:func:`raw` is the driver connection for the many small reads and writes of the index, taking
the same SQL on both (``?`` and ``:name`` placeholders, ``ON CONFLICT``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

POSTGRESQL = "postgresql"
WEIGHTS = {"title": "A", "body": "B", "keys": "C"}
# ts_rank's weights {D, C, B, A}: bm25(10.0, 4.0, 2.0) on SQLite, for title, body and keys.
PG_RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
MAX_POSITION = 16383  # tsvector positions stop there
MAX_POSITIONS = 255  # per word; PostgreSQL keeps no more
NOTHING = "('a' & !'a')"  # a tsquery no record matches


def on_server(conn: Connection) -> bool:
    return conn.dialect.name == POSTGRESQL


# --- one SQL text for both drivers -----------------------------------------------------------

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def _pg_sql(sql: str) -> str:
    """SQLite's placeholders as psycopg's: ``?`` as ``%s``, ``:name`` as ``%(name)s``."""
    return _NAMED.sub(r"%(\1)s", sql.replace("%", "%%").replace("?", "%s"))


class _PgRaw:
    """psycopg's connection taking SQLite's placeholders, in SQLAlchemy's transaction."""

    def __init__(self, driver: Any) -> None:
        self.driver = driver

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        return self.driver.execute(_pg_sql(sql), params) if params else self.driver.execute(sql)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.driver.cursor() as cur:
                cur.executemany(_pg_sql(sql), rows)


def raw(conn: Connection) -> Any:
    """The driver connection under SQLAlchemy's, in the same transaction: ``execute(sql,
    params)`` returning a cursor and ``executemany(sql, rows)``, with SQLite's placeholders."""
    driver = conn.connection.driver_connection
    return _PgRaw(driver) if on_server(conn) else driver


# --- matching --------------------------------------------------------------------------------


class Match:
    """How one backend asks the index: the condition for a query parameter, its rank (lower is
    better, as FTS5's), and the parameter's value from an FTS5 expression."""

    def __init__(self, conn: Connection) -> None:
        self.server = on_server(conn)

    def where(self, name: str = "q") -> str:
        if self.server:
            return f"search_fts.doc @@ CAST(:{name} AS tsquery)"
        return f"search_fts MATCH :{name}"

    def rank(self, name: str = "q") -> str:
        if self.server:
            return f"-ts_rank('{PG_RANK_WEIGHTS}', search_fts.doc, CAST(:{name} AS tsquery), 1)"
        return "rank"

    def value(self, expression: str) -> str:
        return tsquery(expression) if self.server else expression


# --- the tsvector of a record ------------------------------------------------------------------


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector(title: str, body: str, keys: str) -> str:
    """The ``tsvector`` literal of an index row's three columns (space-separated tokens)."""
    places: dict[str, list[str]] = {}
    position = 0
    for column, text in (("title", title), ("body", body), ("keys", keys)):
        weight = WEIGHTS[column]
        for token in text.split():
            position += 1
            found = places.setdefault(token, [])
            if len(found) < MAX_POSITIONS:
                found.append(f"{min(position, MAX_POSITION)}{weight}")
        position += 1  # a gap: no phrase across two columns
    return " ".join(f"{_lexeme(t)}:{','.join(p)}" for t, p in places.items())


# --- an FTS5 expression as a tsquery -----------------------------------------------------------

_TOKEN = re.compile(r'\s*(?:(?P<phrase>"(?:[^"]|"")*")(?P<star>\*)?|\{(?P<cols>[^}]*)\}|(?P<op>AND|OR)\b'
                    r"|(?P<punct>[():]))")


def _tokens(expression: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    expression = expression.rstrip()
    while pos < len(expression):
        m = _TOKEN.match(expression, pos)
        if m is None:
            raise ValueError(f"not an expression of ours: {expression[pos:pos + 20]!r}")
        pos = m.end()
        if m.group("phrase"):
            kind = "prefix" if m.group("star") else "phrase"
            out.append((kind, m.group("phrase")[1:-1].replace('""', '"')))
        elif m.group("cols") is not None:
            out.append(("cols", m.group("cols")))
        elif m.group("op"):
            out.append((m.group("op"), ""))
        else:
            out.append((m.group("punct"), ""))
    return out


class _Parser:
    """Our own FTS5 expressions (search_text builds them): phrases, prefixes, column filters,
    AND binding tighter than OR, parentheses."""

    def __init__(self, expression: str) -> None:
        self.items = _tokens(expression)
        self.i = 0

    def peek(self) -> str:
        return self.items[self.i][0] if self.i < len(self.items) else ""

    def take(self) -> tuple[str, str]:
        item = self.items[self.i]
        self.i += 1
        return item

    def any_of(self, weights: str) -> str:
        return self._joined("OR", " | ", self.all_of, weights)

    def all_of(self, weights: str) -> str:
        return self._joined("AND", " & ", self.one, weights)

    def _joined(self, word: str, operator: str, part: Callable[[str], str], weights: str) -> str:
        parts = [part(weights)]
        while self.peek() == word:
            self.take()
            parts.append(part(weights))
        return parts[0] if len(parts) == 1 else "(" + operator.join(parts) + ")"

    def one(self, weights: str) -> str:
        kind, value = self.take()
        if kind == "cols":
            if self.take()[0] != ":":
                raise ValueError("a column filter without its colon")
            inner = "".join(WEIGHTS[c] for c in value.split())
            # A filter inside another keeps to the columns both name.
            return self.one("".join(w for w in inner if not weights or w in weights) or "-")
        if kind == "(":
            found = self.any_of(weights)
            if self.take()[0] != ")":
                raise ValueError("an unclosed parenthesis")
            return found
        if kind in ("phrase", "prefix"):
            return _phrase(value.split(), prefix=kind == "prefix", weights=weights)
        raise ValueError(f"unexpected {kind!r}")


def _phrase(words: list[str], *, prefix: bool, weights: str) -> str:
    if weights == "-" or not words:  # columns that exclude each other, or no word: nothing
        return NOTHING
    parts = []
    for n, word in enumerate(words):
        label = ("*" if prefix and n == len(words) - 1 else "") + weights
        parts.append(_lexeme(word) + (":" + label if label else ""))
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def tsquery(expression: str) -> str:
    """The ``tsquery`` text asking what the FTS5 ``expression`` asks."""
    parser = _Parser(expression)
    found = parser.any_of("")
    if parser.i != len(parser.items):
        raise ValueError("text after the expression")
    return found


__all__ = ["Match", "on_server", "raw", "tsquery", "tsvector"]
