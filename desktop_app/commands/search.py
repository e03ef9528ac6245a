"""``elshi search QUERY`` and ``elshi reindex``: the search index from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from catalogue import t, tn, word
from desktop_app.arguments import positive_count, record_ref, text

TYPES = ("person", "organisation", "place", "event", "document", "commitment")
GROUP_TITLES = {"person": "People", "organisation": "Organisations", "place": "Places",
                "event": "Events", "document": "Documents", "commitment": "Commitments"}
# In English the codes themselves, which are also what --type takes and the JSON output holds.
RECORD_WORDS = {code: code for code in TYPES}


def _day(first: bool) -> Any:
    def parse(text: str) -> Any:
        from database.dates import PartialDate

        try:
            value = PartialDate.parse(text)
        except (ValueError, TypeError) as e:
            raise argparse.ArgumentTypeError(t("not a date: {text!r} (use 2026, 2026-03 or 2026-03-26)",
                                               text=text)) from e
        return value.first_day() if first else value.last_day()
    return parse


def register(sub: Any) -> None:
    p = sub.add_parser("search", help=t("find records by any word of their names, titles and text"),
                       description=t("Find records of every type; words match as prefixes, in Kazakh, "
                                     "Russian, English or Chinese, and Latin spellings find Cyrillic names."))
    p.add_argument("query", nargs="?", default="", type=text, help=t("the words to look for"))
    p.add_argument("--type", dest="types", action="append", choices=TYPES, metavar="T",
                   help=t("only records of this type (repeatable): {types}", types=", ".join(TYPES)))
    p.add_argument("--from", dest="date_from", type=_day(True), metavar="D", help=t("dated on or after D"))
    p.add_argument("--to", dest="date_to", type=_day(False), metavar="D", help=t("dated on or before D"))
    p.add_argument("--country", default="", metavar="TEXT", type=text,
                   help=t("in a country or region whose name contains TEXT"))
    p.add_argument("--organisation", metavar="ID", type=record_ref, help=t("linked to this organisation (id or UUID)"))
    p.add_argument("--status", default="", metavar="S", type=text,
                   help=t("with this status (e.g. planned, signed, open)"))
    p.add_argument("--limit", type=positive_count, default=30, metavar="N",
                   help=t("at most N results of each type (default 30)"))
    p.add_argument("--json", action="store_true", help=t("print the results as JSON"))
    p.add_argument("--save", metavar="NAME", type=text, help=t("also save this search under NAME"))
    p.add_argument("--saved", metavar="NAME", type=text, help=t("run the saved search NAME"))
    p.add_argument("--list-saved", action="store_true", help=t("list the saved searches"))
    p.add_argument("--delete-saved", metavar="NAME", type=text, help=t("delete the saved search NAME"))
    p.set_defaults(run=run_search)
    p = sub.add_parser("reindex",
                       help=t("rebuild the search index (e.g. for an archive from an older version)"))
    p.set_defaults(run=run_reindex)


def _organisation_id(archive: Any, value: str | None) -> int | None:
    if not value:
        return None
    if value.isascii() and value.isdigit():
        return archive.get("organisation", int(value)).id  # type: ignore[no-any-return]
    return archive.get_by_uuid("organisation", value).id  # type: ignore[no-any-return]


def run_search(archive: Any, args: argparse.Namespace) -> int:
    from database.search import Filters, delete_saved_search, save_search, saved_searches, search
    from desktop_app.cli import CommandError

    if args.list_saved:
        return _print_saved(saved_searches(archive), args.json)
    if args.delete_saved:
        if not delete_saved_search(archive, args.delete_saved):
            raise CommandError(t("no saved search named {name!r}", name=args.delete_saved))
        print(t("Deleted the saved search {name!r}.", name=args.delete_saved))
        return 0
    query, types = args.query, args.types or []
    filters = Filters(args.date_from, args.date_to, args.country, _organisation_id(archive, args.organisation),
                      args.status)
    if args.saved:
        found = {s.name: s for s in saved_searches(archive)}.get(args.saved)
        if found is None:
            raise CommandError(t("no saved search named {name!r}", name=args.saved))
        query, types, filters = found.query, list(found.types), found.filters
    if args.save:
        if not args.save.strip():
            raise CommandError(t("a saved search needs a name"))
        save_search(archive, args.save, query, types=types, filters=filters)
    hits = search(archive, query, types=types or None, filters=filters, limit=args.limit, near=True)
    if args.json:
        json.dump([h.to_json() for h in hits], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    _print_hits(hits, query)
    return 0


def _marked(text: str, marks: Any, bold: bool) -> str:
    if not bold or not marks:
        return text
    out, last = [], 0
    for start, end in marks:
        out += [text[last:start], "\033[1m", text[start:end], "\033[0m"]
        last = end
    return "".join(out) + text[last:]


def _print_hits(hits: list[Any], query: str) -> None:
    from database.search import group_hits

    exact = [h for h in hits if not h.near]
    near = [h for h in hits if h.near]
    bold = sys.stdout.isatty()
    if not exact:
        print(t("Nothing found for {query!r}.", query=query) if query.strip()
              else t("Nothing to search for."))
    for entity, group in group_hits(exact):
        print(f"{word(GROUP_TITLES, entity)} ({len(group)})")
        for h in group:
            print(f"  {h.id:>6}  {_marked(h.title, h.title_marks, bold)}")
            if h.snippet:
                print(f"          {_marked(h.snippet, h.snippet_marks, bold)}")
    if near:
        spellings = ", ".join(dict.fromkeys(h.near for h in near))
        print(t("Near matches ({spellings}):", spellings=spellings))
        width = max([12, *(len(word(RECORD_WORDS, h.entity)) for h in near)])
        for h in near:
            print(f"  {word(RECORD_WORDS, h.entity):<{width}} {h.id:>6}  {h.title}")


def _print_saved(saved: list[Any], as_json: bool) -> int:
    if as_json:
        json.dump([{"name": s.name, "query": s.query, "types": list(s.types), **s.filters.to_json()}
                   for s in saved], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not saved:
        print(t("No saved searches."))
    for s in saved:
        extra = f"  [{', '.join(s.types)}]" if s.types else ""
        print(f"{s.name}: {s.query}{extra}")
    return 0


def run_reindex(archive: Any, args: argparse.Namespace) -> int:
    from desktop_app.progress import index_progress
    from operations.maintenance import reindex

    count = reindex(archive, index_progress())
    print(tn("Search index rebuilt for {path}: {n} record.", "Search index rebuilt for {path}: {n} records.",
             count, path=archive.shown))
    return 0
