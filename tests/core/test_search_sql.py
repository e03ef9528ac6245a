"""The search index on PostgreSQL: our own tokens as a tsvector (never PostgreSQL's parser), our
FTS5 expressions asked as the same tsqueries, and the server's own indexes doing the work."""

from __future__ import annotations

import pytest

from database.archive import Archive
from database.records import EventDraft, EventKind, EventStatus, PersonDraft
from database.search import search
from database.search_sql import tsquery, tsvector
from database.search_text import fts_expression, parse_query

# The tests of an archive read the server's plans and tables: they run on the server only.
on_server = pytest.mark.parametrize("cipher", ["server"], indirect=True)


def test_the_tsvector_holds_our_tokens_weighted_by_column_with_a_gap_between() -> None:
    assert tsvector("шаңхай 上 海", "ертіс шаңхай", "shankhai") == (
        "'шаңхай':1A,6B '上':2A '海':3A 'ертіс':5B 'shankhai':8C")


@pytest.mark.parametrize(("expression", "query"), [
    ('"байхан"*', "'байхан':*"),
    ('"上 海"', "('上' <-> '海')"),
    ('("bayk" OR "bayk"* OR {keys} : ("bai"*)) AND "astana"*',
     "(('bayk' | 'bayk':* | 'bai':*C) & 'astana':*)"),
    ('{title} : ("a"* AND {title body} : ("x y" OR "z"))', "('a':*A & (('x':A <-> 'y':A) | 'z':A))"),
    ('{title} : ({keys} : "k"*)', "('a' & !'a')"),  # no column is both: nothing
])
def test_fts5_expressions_become_the_same_tsquery(expression: str, query: str) -> None:
    assert tsquery(expression) == query


@on_server
def test_every_expression_a_query_makes_is_read_by_the_server(archive: Archive) -> None:
    with archive.session() as s:
        conn = s.connection()
        for typed in ("Байхан", "Baikhanov Astana", "上海市", "OR AND NOT", "Il'ich Щукин 2026", "Павлодар облысы"):
            expression = fts_expression(parse_query(typed), exact=True)
            assert expression is not None
            assert conn.exec_driver_sql("SELECT %(q)s::tsquery IS NOT NULL", {"q": tsquery(expression)}).scalar()


@on_server
def test_a_phrase_never_runs_from_the_title_into_the_text(archive: Archive) -> None:
    archive.add(EventDraft("Кездесу Шанхай", EventKind.MEETING, EventStatus.HELD, summary="Қаласында өтті"))
    assert search(archive, "Шанхай") and search(archive, "Қаласында")
    # "шанхай қаласында" is one phrase only if the words are adjacent in one column
    with archive.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT count(*) FROM search_fts WHERE doc @@ %(q)s::tsquery",
            {"q": tsquery('"шанхай қаласында"')}).scalar()
        assert rows == 0
        assert s.connection().exec_driver_sql(
            "SELECT count(*) FROM search_fts WHERE doc @@ %(q)s::tsquery",
            {"q": tsquery('"кездесу шанхай"')}).scalar() == 1


def _plan(archive: Archive, sql: str, params: dict[str, object]) -> str:
    with archive.session() as s:
        conn = s.connection()
        # A tiny table: ask which index can serve the condition, not what is cheapest today.
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
        return "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql, params))


@on_server
def test_matches_are_found_through_the_gin_index_and_contains_through_trigrams(archive: Archive) -> None:
    archive.add(PersonDraft("Асаин Байханов"))
    plan = _plan(archive, "SELECT rowid FROM search_fts WHERE doc @@ %(q)s::tsquery",
                 {"q": tsquery('"байхан"*')})
    assert "search_fts_doc" in plan
    # The condition the lists' quick filter puts on these columns (database.lists).
    for table, column in (("documents", "title"), ("commitments", "text")):
        plan = _plan(archive, f"SELECT id FROM {table} WHERE elshi_fold({column}) LIKE %(p)s ESCAPE '\\'",
                     {"p": "%келісім%"})
        assert f"Bitmap Index Scan on ix_{table}_{column}_trgm" in plan
