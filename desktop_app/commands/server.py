"""``elshi server``: a post's shared archive on PostgreSQL. ``init URL`` makes its schema on an
empty database; ``push FILE URL`` moves a local archive there (records, history, attached files)
and compares the two, record by record. The URL is any libpq one; the password comes from a
prompt, ``ELSHI_PASSWORD`` or ``.pgpass``, never from the URL's history."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from catalogue import t, tn
from desktop_app.arguments import file_name


def server_url(value: str) -> str:
    from database.server import is_server_url

    if not is_server_url(value):
        raise argparse.ArgumentTypeError(
            t("{value} is not a PostgreSQL connection URL (postgresql://user@host/database)", value=value))
    return value


def register(sub: Any) -> None:
    p = sub.add_parser("server", help=t("set up a shared archive on a PostgreSQL server"),
                       description=t("A post's shared archive on PostgreSQL. The connection URL is any libpq "
                                     "one (postgresql://user@host/database, postgresql://user@/database?host="
                                     "/run/postgresql); the password is asked at the terminal, or read from "
                                     "ELSHI_PASSWORD or the user's .pgpass."))
    actions = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    q = actions.add_parser("init", help=t("make the archive's schema on an empty database"))
    q.add_argument("url", type=server_url)
    q.set_defaults(standalone=run_init)
    q = actions.add_parser("push", help=t("move a local archive file onto the server, then compare the two"))
    q.add_argument("file", type=file_name)
    q.add_argument("url", type=server_url)
    q.add_argument("--json", action="store_true", help=t("print JSON for programs"))
    q.set_defaults(standalone=run_push)


def run_init(args: argparse.Namespace) -> int:
    from desktop_app.server_login import signed_in
    from operations.server import init

    report = signed_in(args.url, lambda password: init(args.url, password))
    if report.existed:
        print(t("The archive at {url} is ready (schema {revision}).", url=report.url, revision=report.revision))
    else:
        print(t("Archive created at {url} (schema {revision}). Move a local archive there with "
                "'elshi server push FILE {url}'.", url=report.url, revision=report.revision))
    return 0


def run_push(args: argparse.Namespace) -> int:
    from database.opening import archive_path
    from desktop_app import passphrase
    from desktop_app.server_login import signed_in
    from operations.server import push

    source = archive_path(Path(args.file))
    key = passphrase.key_for_command(source, encrypt_new=False)
    report = signed_in(args.url, lambda password: push(source, args.url, key=key, password=password))
    if args.json:
        print(json.dumps({"url": report.url, "file": str(report.source), "rows": report.rows,
                          "files": report.files, "verified": report.verified,
                          "missing": {k: list(v) for k, v in report.missing.items()},
                          "differences": report.differences}, ensure_ascii=False))
        return 0 if report.verified else 1
    for table, (there, here) in report.missing.items():
        print(t("{table}: {source} rows in the file, {target} on the server", table=table, source=there,
                target=here))
    for line in report.differences:
        print(t("differs on the server: {where}", where=line))
    if not report.verified:
        print(t("The archive was copied to {url}, but the copy does not match {file}; do not use it, and "
                "keep the file.", url=report.url, file=report.source))
        return 1
    print(tn("Pushed {file} to {url}: {n} record, its history and attached files; every row and record "
             "compared the same.", "Pushed {file} to {url}: {n} records, their history and attached files; "
             "every row and record compared the same.", report.records, file=report.source, url=report.url))
    print(tn("{n} attached file copied.", "{n} attached files copied.", report.files))
    return 0
