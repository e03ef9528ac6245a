"""``elshi briefing``: print a PDF briefing without the window.

    elshi --archive P briefing event ID|UUID --out F.pdf [--lang kk|ru|en] [--marking TEXT]
    elshi --archive P briefing document ID|UUID --out F.pdf [--lang kk|ru|en] [--marking TEXT]
    elshi --archive P briefing counterpart [ID|UUID] [--country C | --region R] --out F.pdf ...
    elshi --archive P briefing upcoming --from D --to D --out F.pdf ...
    elshi --archive P briefing commitments [--status S ...] [--responsible ID|UUID]
                                           [--counterpart ID|UUID] --out F.pdf ...
"""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from catalogue import t
from desktop_app.arguments import file_name, record_ref, text
from desktop_app.cli import CommandError

if TYPE_CHECKING:
    from database.archive import Archive

LANGUAGES = ("kk", "ru", "en")
STATUSES = ("open", "in_progress", "done", "dropped")
DEFAULT_WEEKS = 4


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "briefing", help=t("print a PDF briefing: an event, a document, a counterpart, upcoming events or commitments"),
        description=t("Print a PDF briefing. Records are given by id or UUID."))
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)

    e = kinds.add_parser("event", help=t("the briefing on one event"))
    e.add_argument("record", metavar="ID|UUID", type=record_ref, help=t("the event"))
    _common(e)

    d = kinds.add_parser("document", help=t("the briefing on one document"))
    d.add_argument("record", metavar="ID|UUID", type=record_ref, help=t("the document"))
    _common(d)

    c = kinds.add_parser("counterpart", help=t("a dossier on an organisation, a country or a region"))
    c.add_argument("record", metavar="ID|UUID", nargs="?", type=record_ref, help=t("the organisation"))
    c.add_argument("--country", default="", type=text, help=t("every organisation of this country (as recorded)"))
    c.add_argument("--region", default="", type=text, help=t("every organisation of this region (as recorded)"))
    _common(c)

    u = kinds.add_parser("upcoming", help=t("events of a date range by week"))
    u.add_argument("--from", dest="date_from", metavar="D", help=t("first day (default: today)"))
    u.add_argument("--to", dest="date_to", metavar="D",
                   help=t("last day (default: {weeks} weeks after the first)", weeks=DEFAULT_WEEKS))
    _common(u)

    m = kinds.add_parser("commitments", help=t("commitments by status, responsible party and counterpart"))
    m.add_argument("--status", action="append", choices=STATUSES, default=[],
                   help=t("only commitments with this status (repeat for several)"))
    m.add_argument("--responsible", metavar="ID|UUID", type=record_ref, help=t("only what this organisation owes"))
    m.add_argument("--counterpart", metavar="ID|UUID", type=record_ref, help=t("only what is owed by or to this organisation"))
    _common(m)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=file_name, metavar="F.pdf", help=t("the PDF file to write"))
    # The language of the document, not of these messages (that is elshi's own --lang, before the command).
    p.add_argument("--lang", choices=LANGUAGES, default="kk",
                   help=t("language of the briefing (default: kk)"))
    p.add_argument("--marking", default=None, type=text,
                   help=t("classification marking on every page (default: the language's "
                          "'for official use only'; an empty string prints none)"))
    p.add_argument("--json", action="store_true", help=t("print the result as JSON"))
    p.set_defaults(run=run_briefing)


def run_briefing(archive: Archive, args: argparse.Namespace) -> int:
    from database.dates import DateParseError, PartialDate
    from operations.briefings import BriefingScope, make_briefing, resolve

    today = archive.clock.today()
    kind: str = args.kind
    if kind == "event":
        scope = BriefingScope(kind, record_id=resolve(archive, "event", args.record))
    elif kind == "document":
        scope = BriefingScope(kind, record_id=resolve(archive, "document", args.record))
    elif kind == "counterpart":
        if sum(bool(x) for x in (args.record, args.country.strip(), args.region.strip())) != 1:
            raise CommandError(t("give exactly one of: an organisation ID|UUID, --country or --region"))
        org = resolve(archive, "organisation", args.record) if args.record else None
        scope = BriefingScope(kind, record_id=org, country=args.country, region=args.region)
    elif kind == "upcoming":
        try:
            first = PartialDate.parse(args.date_from).first_day() if args.date_from else today
            last = (PartialDate.parse(args.date_to).last_day() if args.date_to
                    else first + timedelta(weeks=DEFAULT_WEEKS) - timedelta(days=1))
        except DateParseError as err:
            raise CommandError(t("not a date: {text!r} (use e.g. 2026-03-26, 26.03.2026 or 2026-03)",
                                 text=err.text)) from err
        scope = BriefingScope(kind, date_from=first, date_to=last)
    else:
        responsible = resolve(archive, "organisation", args.responsible) if args.responsible else None
        counterpart = resolve(archive, "organisation", args.counterpart) if args.counterpart else None
        scope = BriefingScope(kind, statuses=tuple(dict.fromkeys(args.status)), responsible_id=responsible,
                              counterpart_id=counterpart)
    try:
        pages = make_briefing(archive, scope, args.out, lang=args.lang, marking=args.marking)
    except OSError as e:
        raise CommandError(t("cannot write {file}: {reason}", file=args.out, reason=e.strerror)) from e
    if args.json:
        print(json.dumps({"kind": kind, "file": str(args.out), "pages": pages, "lang": args.lang}))
    else:
        print(t("Briefing written to {file}: {pages} page(s).", file=args.out, pages=pages))
    return 0
