"""``elshi intake FILE|-``: what Elshi reads from a press item (nothing is written yet)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from catalogue import t
from desktop_app.arguments import record_id

if TYPE_CHECKING:
    from database.archive import Archive

MAX_CHARS = 50_000  # a press item; more is not one


def register(sub: Any) -> None:
    p = sub.add_parser("intake", help=t("read a press item and print the records it describes"))
    p.add_argument("file", help=t("a UTF-8 text file, or - for standard input"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    p.add_argument("--date", metavar="D", help=t("the item's own date, when its text gives none (YYYY-MM-DD)"))
    p.add_argument("--save", action="store_true", help=t("write the records in one step and print what was created"))
    p.set_defaults(run=run_intake)
    p = sub.add_parser("intake-undo", help=t("move what one intake created to the trash"))
    p.add_argument("event", type=record_id, help=t("id of the event the intake created"))
    p.set_defaults(run=run_undo)


def _text(name: str) -> str | None:
    if name == "-":
        raw = sys.stdin.buffer.read(MAX_CHARS * 4 + 1)
    else:
        with open(name, "rb") as f:
            raw = f.read(MAX_CHARS * 4 + 1)
    if b"\x00" in raw:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if text.strip() and len(text) <= MAX_CHARS else None


def run_intake(archive: Archive, args: argparse.Namespace) -> int:
    from desktop_app.cli import CommandError
    from operations.intake import as_json, read
    from operations.intake.matching import match

    try:
        text = _text(args.file)
    except OSError:
        text = None
    if text is None:
        raise CommandError(t("The press item must be non-empty UTF-8 text of at most 50,000 characters."))
    try:
        today = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise CommandError(t("Not a date: {text} (use YYYY-MM-DD).", text=args.date)) from None
    draft = match(archive, read(text, today))
    data = as_json(draft)
    if args.save:
        from operations.intake.saving import save

        saved = save(archive, draft)
        data["created"] = [{"type": entity, "id": rid} for entity, rid in saved.created]
        data["event_id"] = saved.event_id
        if not args.json:
            for entity, rid in saved.created:
                print(f"{entity} {rid}")
            return 0
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    _print_draft(data)
    return 0


def _print_draft(data: dict[str, Any]) -> None:
    """The draft as lines a person reads: what is linked to the archive says so."""
    def linked(item: dict[str, Any]) -> str:
        return f" [#{item['match']['id']}]" if item.get("match") else ""

    e = data["event"]
    print(f"{e['kind']} ({e['status']}): {e['title']}")
    for p in data["people"]:
        print(f"  {p['name']}{linked(p)}: {p['position']}")
    for o in data["organisations"]:
        print(f"  {o['name']}{linked(o)}")
    for g in e["delegations"]:
        print(f"  {g['role']} {g['side']}: {', '.join(g['members'])}")
    for d in data["documents"]:
        print(f"  {d['kind']} ({d['status']}): {d['title']}")
    for c in data["commitments"]:
        print(f"  * {c['text'][:120]}")
    for x in data["dates"]:
        print(f"  {x['text']}: {x['start']}" + (f" - {x['end']}" if x["end"] else ""))


def run_undo(archive: Archive, args: argparse.Namespace) -> int:
    from operations.intake.saving import undo

    for entity, rid in undo(archive, args.event):
        print(f"{entity} {rid}")
    return 0
