"""The core's error codes as one line in the interface language, for the window and the CLI."""

from __future__ import annotations

from catalogue import t
from database.errors import ArchiveError

ARCHIVE_MESSAGES = {
    "archive.not_sqlite": "{detail} is not an Elshi archive (it is not an SQLite database)",
    "archive.foreign_database": "the file is an SQLite database of another program (tables: {detail})",
    "archive.newer_schema": "the archive was made by a newer Elshi (schema {detail}); update Elshi to open it",
    "archive.damaged": "the archive cannot be read, it may be damaged: {detail}",
    "archive.is_folder": "{detail} is a folder, not an archive file",
    "archive.unreadable": "cannot open {detail}",
    "archive.not_empty": "the archive already holds records; use 'import' to merge a file into it",
    "record.not_found": "no such record: {detail}",
    "merge.same_record": "a record cannot be merged with itself",
    "merge.deleted_record": "one of the records is in the trash; restore it first",
    "merge.already_undone": "that merge was already undone",
    "merge.changed_since": "the kept record was edited after the merge; undo those edits by hand first",
    "merge.record_gone": "a record of that merge no longer exists",
    "archive.busy": "the archive is busy in another Elshi window or process; nothing was changed, try again",
    "record.conflict": "the record was changed elsewhere in the meantime; nothing was saved ({detail})",
    "keys.none": "this post has no keys yet; create them with 'elshi keys init --post NAME' ({detail})",
    "keys.exist": "this post already has keys ({detail}); other posts trust them, so they are not replaced",
    "keys.bad_post_name": "«{detail}» cannot be a post's name: use letters, digits, spaces, dots or dashes",
    "keys.empty_passphrase": "the passphrase cannot be empty",
    "keys.wrong_passphrase": "the passphrase does not open this post's keys",
    "keys.damaged": "the key file {detail} is damaged",
    "keys.bad_key_file": "{detail} is not an Elshi post key file",
    "keys.unreadable": "cannot read {detail}",
    "keys.cannot_write": "cannot write {detail}",
    "keys.unknown_post": "the post {detail} is not trusted here; add its key with 'elshi keys trust FILE'",
    "keys.own_post": "{detail} is this post's own name",
    "bundle.not_bundle": "the file is not an Elshi bundle",
    "bundle.damaged": "the bundle is damaged ({detail}); nothing was changed",
    "bundle.newer_version": "the bundle was made by a newer Elshi (format {detail})",
    "bundle.not_for_us": "the bundle is addressed to the post {detail}, not to this one; nothing was changed",
    "bundle.unknown_post": "the bundle comes from {detail}, a post not trusted here; nothing was changed",
    "bundle.cannot_decrypt": "the bundle cannot be opened with this post's key: it was encrypted for another key or changed on the way; nothing was changed",
    "bundle.bad_signature": "the bundle's signature does not match the key of {detail}: it was changed on the way or signed by another key; nothing was changed",
    "bundle.missing_file": "the bundle lacks the file {detail}; nothing was changed",
    "bundle.changed": "the file {detail} in the bundle does not match its SHA-256; nothing was changed",
    "bundle.unsafe_path": "the bundle names a path outside its files ({detail}); nothing was changed",
    "bundle.replayed": "this bundle ({detail}) was received already or is older than one received; nothing was changed",
    "bundle.cannot_apply": "the bundle's records cannot be stored ({detail}); nothing was changed",
    "bundle.unreadable": "cannot read {detail}",
    "bundle.cannot_write": "cannot write {detail}",
    "bundle.attachment_changed": "the attached file {detail} has changed since it was attached; run 'elshi check'",
    "conflict.not_found": "no such conflict: {detail}",
    "conflict.resolved": "conflict {detail} is resolved already",
    "conflict.unknown_field": "no such field in the conflict: {detail}",
    "conflict.unknown_choice": "unknown choice: {detail}",
    "attachment.wrong_owner": "files cannot be attached to a {detail}",
    "attachment.not_a_file": "{detail} is not a file",
    "attachment.copy_failed": "the file could not be copied into the archive: {detail}",
    "archive.migration_failed": "the archive could not be upgraded; it is unchanged and a copy is in its backups folder ({detail})",
}


def describe(error: ArchiveError) -> str:
    return t(ARCHIVE_MESSAGES.get(error.code, "{detail}"), detail=error.detail or error.code)
