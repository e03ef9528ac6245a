"""``elshi duplicates``: people and organisations that may be one record under two spellings;
``elshi merge`` and ``elshi unmerge`` act on what it finds."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from catalogue import t, word
from desktop_app.arguments import record_id

if TYPE_CHECKING:
    from database.archive import Archive

# Codes shown in the listing, as words of the interface language (in English, the codes themselves,
# which are also what 'merge' takes and the JSON output holds).
RECORD_WORDS = {"person": "person", "organisation": "organisation", "place": "place"}
REASONS = {  # database.names.compare_names
    "same name": "same name", "same transliteration": "same transliteration",
    "similar spelling": "similar spelling", "same place": "same place",
}


def register(sub: Any) -> None:
    p = sub.add_parser("duplicates", help=t("list people and organisations that may be duplicates"))
    p.add_argument("--type", choices=("person", "organisation", "place"),
                   help=t("only this record type (places: also other names of one place, from the gazetteer)"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    p.set_defaults(run=run_duplicates)
    p = sub.add_parser("merge", help=t("merge the second record into the first (undo with unmerge)"))
    p.add_argument("type", choices=("person", "organisation"))
    p.add_argument("keep", type=record_id, help=t("id of the record to keep"))
    p.add_argument("other", type=record_id, help=t("id of the record merged into it"))
    p.set_defaults(run=run_merge)
    p = sub.add_parser("unmerge", help=t("undo a merge (see 'merge' output for its number)"))
    p.add_argument("merge_id", type=record_id, help=t("the number of the merge"))
    p.set_defaults(run=run_unmerge)


def run_duplicates(archive: Archive, args: argparse.Namespace) -> int:
    from database.duplicates import find_duplicates
    from database.records import Entity

    types = [args.type] if args.type else ["person", "organisation"]
    with archive.session() as s:
        pairs = [p for entity in types for p in find_duplicates(s, Entity(entity))]
    if args.json:
        print(json.dumps([{"type": p.entity, "a": {"id": p.a_id, "name": p.a_name},
                           "b": {"id": p.b_id, "name": p.b_name}, "score": round(p.score, 3),
                           "why": p.reason, "spellings": [p.a_spelling, p.b_spelling]} for p in pairs],
                         ensure_ascii=False, indent=1))
        return 0
    if not pairs:
        print(t("No likely duplicates."))
    for p in pairs:
        print(f"{word(RECORD_WORDS, p.entity)} {p.a_id} «{p.a_name}» ~ {p.b_id} «{p.b_name}»: "
              f"{word(REASONS, p.reason)} ({p.score:.2f})")
    return 0


def run_merge(archive: Archive, args: argparse.Namespace) -> int:
    from operations.maintenance import merge_records

    info = merge_records(archive, args.type, args.keep, args.other)
    print(t("Merged {type} {other} into {keep} (merge {merge}; 'elshi unmerge {merge}' undoes it).",
            type=word(RECORD_WORDS, args.type), other=args.other, keep=args.keep, merge=info.id))
    return 0


def run_unmerge(archive: Archive, args: argparse.Namespace) -> int:
    from operations.maintenance import unmerge

    unmerge(archive, args.merge_id)
    print(t("Merge {merge} undone.", merge=args.merge_id))
    return 0
