"""Exchange between posts: ``keys``, ``send``, ``receive``, ``conflicts``, ``resolve``; and
``attach`` / ``attachments`` for scripts."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalogue import t, tn, word
from desktop_app.arguments import file_name, record_id, text

if TYPE_CHECKING:
    from database.archive import Archive
    from database.posts import Plan


# Record types as the messages name them (in English, the codes themselves, which 'attach' takes).
RECORD_WORDS = {"place": "place", "organisation": "organisation", "person": "person", "event": "event",
                "document": "document", "commitment": "commitment"}
STATES = {"unresolved": "unresolved", "mine": "mine", "theirs": "theirs", "superseded": "superseded"}


class PassphraseError(Exception):
    """No passphrase could be had (no terminal, no ELSHI_KEY_PASSPHRASE)."""


def register(sub: Any) -> None:
    p = sub.add_parser("keys", help=t("this post's keys and the posts it trusts"))
    ks = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    k = ks.add_parser("init", help=t("create this post's key pair, protected by a passphrase"))
    k.add_argument("--post", required=True, type=text, help=t("this post's name, as other posts will know it"))
    k.set_defaults(run=run_keys_init)
    k = ks.add_parser("export", help=t("write this post's public key to a file and print its fingerprint"))
    k.add_argument("--out", required=True, type=file_name, help=t("the key file to write"))
    k.set_defaults(run=run_keys_export)
    k = ks.add_parser("trust", help=t("trust another post's key after comparing its fingerprint"))
    k.add_argument("file", type=file_name, help=t("the other post's key file"))
    k.add_argument("--yes", action="store_true", help=t("the fingerprint has been compared: trust it"))
    k.set_defaults(run=run_keys_trust)
    k = ks.add_parser("list", help=t("list this post's key and the trusted posts"))
    k.set_defaults(run=run_keys_list)

    p = sub.add_parser("send", help=t("write a signed, encrypted bundle of what changed for another post"))
    p.add_argument("--to", required=True, type=text, metavar="POST", help=t("the post the bundle is for"))
    p.add_argument("--since", default="last", metavar="last|DATE|all",
                   help=t("what to include: changes since the last bundle to that post (default), since a "
                          "date (YYYY-MM-DD), or all"))
    p.add_argument("--out", required=True, type=file_name, metavar="FILE.elshi", help=t("the bundle file to write"))
    p.add_argument("--no-encrypt", action="store_true",
                   help=t("sign only, do not encrypt (anyone who has the file can read it)"))
    p.set_defaults(run=run_send)
    p = sub.add_parser("receive", help=t("check a bundle from another post, preview it, then (with --yes) apply it"))
    p.add_argument("file", type=file_name)
    p.add_argument("--yes", action="store_true", help=t("apply after the preview"))
    p.set_defaults(run=run_receive)
    p = sub.add_parser("conflicts", help=t("records changed both here and at another post, waiting for a choice"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    p.add_argument("--all", action="store_true", help=t("resolved conflicts too"))
    p.set_defaults(run=run_conflicts)
    p = sub.add_parser("resolve", help=t("resolve a conflict: keep mine, take theirs, or take chosen fields"))
    p.add_argument("conflict", type=record_id, help=t("the number of the conflict (see 'conflicts')"))
    side = p.add_mutually_exclusive_group(required=True)
    side.add_argument("--mine", action="store_true", help=t("keep this post's version"))
    side.add_argument("--theirs", action="store_true", help=t("take the other post's version"))
    side.add_argument("--field", action="append", metavar="F=theirs|mine",
                      help=t("take this field from the other post (repeat for more); the rest stay mine"))
    p.set_defaults(run=run_resolve)

    p = sub.add_parser("attach", help=t("attach a file (a scan) to a record"))
    p.add_argument("record", type=text, metavar="RECORD", help=t("TYPE:ID or TYPE:UUID, e.g. event:12"))
    p.add_argument("file", type=file_name)
    p.set_defaults(run=run_attach)
    p = sub.add_parser("attachments", help=t("list the files attached to a record"))
    p.add_argument("record", type=text, metavar="RECORD", help=t("TYPE:ID or TYPE:UUID, e.g. event:12"))
    p.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    p.set_defaults(run=run_attachments)


def _fail(text: str) -> int:
    print(f"elshi: {text}", file=sys.stderr)
    return 1


def passphrase(*, twice: bool = False) -> str:
    from operations.posts import passphrase_from_env

    found = passphrase_from_env()
    if found is not None:
        return found
    if not sys.stdin.isatty():
        raise PassphraseError(t("no passphrase: type it at a terminal or set ELSHI_KEY_PASSPHRASE"))
    first = getpass.getpass(t("Passphrase of this post's keys: "))
    if twice and getpass.getpass(t("The same passphrase again: ")) != first:
        raise PassphraseError(t("the two passphrases differ; nothing was created"))
    return first


def run_keys_init(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import init_keys

    try:
        key = init_keys(archive, args.post, passphrase(twice=True))
    except PassphraseError as e:
        return _fail(str(e))
    print(t("Keys of the post {post} created in {folder}.", post=key.post, folder=archive.path.with_name(
        archive.path.stem + "-keys")))
    print(t("Fingerprint: {fingerprint}", fingerprint=key.fingerprint))
    return 0


def run_keys_export(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import export_key

    key = export_key(archive, args.out)
    print(t("The public key of {post} written to {file}.", post=key.post, file=args.out))
    print(t("Fingerprint (read it to the other post): {fingerprint}", fingerprint=key.fingerprint))
    return 0


def run_keys_trust(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import read_key, trust_key

    key = read_key(args.file)
    print(t("Post: {post}", post=key.post))
    print(t("Fingerprint: {fingerprint}", fingerprint=key.fingerprint))
    if not args.yes:
        if not sys.stdin.isatty():
            print(t("Compare the fingerprint with the one the post gave you, then run again with --yes."))
            return 1
        answer = input(t("Does it match the fingerprint the post gave you? [y/N] ")).strip().lower()
        if answer not in ("y", "yes", t("y")):
            print(t("Not trusted."))
            return 1
    trust_key(archive, key)
    print(t("Bundles from {post} will be accepted.", post=key.post))
    return 0


def run_keys_list(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import own_key, trusted_posts

    own = own_key(archive)
    if own is None:
        print(t("This post has no keys yet ('elshi keys init --post NAME')."))
    else:
        print(t("This post: {post}  {fingerprint}", post=own.post, fingerprint=own.fingerprint))
    for key in trusted_posts(archive):
        print(t("Trusted: {post}  {fingerprint}  (since {at})", post=key.post, fingerprint=key.fingerprint,
                at=key.added_at[:10]))
    return 0


def run_send(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import parse_since, send_bundle

    try:
        since = parse_since(args.since)
    except ValueError:
        return _fail(t("--since takes last, all or a date (YYYY-MM-DD), not {value}", value=args.since))
    try:
        report = send_bundle(archive, args.to, args.out, passphrase(), since=since,
                             encrypted=not args.no_encrypt)
    except PassphraseError as e:
        return _fail(str(e))
    n = sum(report.counts.values())
    print(tn("Bundle {seq} for {post} written to {file}: {n} record, {files} files, {merges} merges.",
             "Bundle {seq} for {post} written to {file}: {n} records, {files} files, {merges} merges.",
             n, seq=report.seq, post=report.to_post, file=report.path, files=report.files, merges=report.merges))
    return 0


def describe_plan(plan: Plan) -> list[str]:
    lines = [t("Bundle {seq} from {post} ({at}):", seq=plan.seq, post=plan.from_post, at=plan.created_at[:19]),
             t("  new: {n}", n=len(plan.new)), t("  updated: {n}", n=len(plan.updated)),
             t("  deleted: {n}", n=len(plan.deleted)), t("  conflicting: {n}", n=len(plan.conflicts)),
             t("  unchanged: {n}", n=plan.unchanged), t("  merges: {n}", n=plan.merges),
             t("  files: {n}", n=plan.files)]
    for item in plan.conflicts:
        lines.append(t("  conflict: {type} «{label}»", type=word(RECORD_WORDS, item.entity), label=item.label))
    return lines


def run_receive(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import open_bundle, preview, receive_bundle

    if not Path(args.file).is_file():
        return _fail(t("cannot read {file}: {reason}", file=args.file, reason=t("no such file")))
    try:
        contents = open_bundle(archive, args.file, passphrase)
    except PassphraseError as e:
        return _fail(str(e))
    plan = preview(archive, contents)
    for line in describe_plan(plan):
        print(line)
    if not args.yes:
        print(t("Nothing was changed; run again with --yes to apply."))
        return 0
    done = receive_bundle(archive, contents)
    print(t("Applied. Conflicts waiting for a choice: {n} ('elshi conflicts').", n=len(done.conflicts)))
    return 0


def run_conflicts(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import list_conflicts

    found = list_conflicts(archive, include_resolved=args.all)
    if args.json:
        print(json.dumps([{"id": c.id, "type": c.entity, "uuid": c.record_uuid, "from": c.from_post,
                           "at": c.at.isoformat(), "fields": c.differing(), "local": c.local,
                           "incoming": c.incoming, "base": c.base, "resolved_at":
                           c.resolved_at.isoformat() if c.resolved_at else None, "resolution": c.resolution}
                          for c in found], ensure_ascii=False, indent=1))
        return 0
    if not found:
        print(t("No conflicts."))
    for c in found:
        state = word(STATES, c.resolution or "unresolved") if not (c.resolution or "").startswith("fields:") \
            else c.resolution
        print(t("{id}: {type} «{label}» from {post}, fields: {fields} [{state}]", id=c.id,
                type=word(RECORD_WORDS, c.entity),
                label=c.label, post=c.from_post, fields=", ".join(c.differing()), state=state))
    return 0


def run_resolve(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import resolve_conflict

    if args.mine or args.theirs:
        resolve_conflict(archive, args.conflict, "mine" if args.mine else "theirs")
    else:
        fields = {}
        for item in args.field:
            name, _, side = item.partition("=")
            fields[name.strip()] = (side or "theirs").strip()
        resolve_conflict(archive, args.conflict, "fields", fields)
    print(t("Conflict {id} resolved; the next bundles carry the choice to the other posts.", id=args.conflict))
    return 0


def run_attach(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import attach_file

    entity, record_id, row = attach_file(archive, args.record, args.file)
    print(t("Attached {name} to {type} {id} (SHA-256 {sha}).", name=row.file_name, type=word(RECORD_WORDS, entity),
            id=record_id, sha=row.sha256))
    return 0


def run_attachments(archive: Archive, args: argparse.Namespace) -> int:
    from operations.posts import list_attachments

    _entity, _record_id, rows = list_attachments(archive, args.record)
    if args.json:
        print(json.dumps([{"id": r.id, "uuid": r.uuid, "file_name": r.file_name, "size": r.size,
                           "sha256": r.sha256, "added_at": r.added_at.isoformat(), "path": str(r.path)}
                          for r in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(t("No files attached."))
    for r in rows:
        print(f"{r.id}\t{r.file_name}\t{r.size}\t{r.sha256}")
    return 0
