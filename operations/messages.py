"""The core's error codes as one line in the interface language, for the window and the CLI."""

from __future__ import annotations

from catalogue import t
from database.errors import ArchiveError

ARCHIVE_MESSAGES = {
    "server.unreachable": "cannot reach the database server of {detail}; check that it is running and that "
                          "the address is right",
    "server.wrong_password": "the server refused the password for {detail}; check it, ELSHI_PASSWORD or your "
                             ".pgpass",
    "server.password_needed": "the server of {detail} asks for a password; type it when asked, or give it in "
                              "ELSHI_PASSWORD or your .pgpass",
    "server.no_database": "the server has no such database: {detail}; check the name, or ask its administrator "
                          "to create it",
    "server.no_role": "the server knows no such user: {detail}; ask its administrator for an account",
    "server.refused": "the server does not let this user connect to {detail}; ask its administrator",
    "server.busy": "the server of {detail} cannot take a connection now; try again in a moment",
    "server.not_empty": "the archive at {detail} already holds records; a file is pushed only into a new, "
                        "empty archive",
    "server.no_archive": "{detail} holds no Elshi archive yet; run 'elshi server init' first",
    "server.not_a_file": "{detail} is an archive on a server; this command needs an archive file",
    "server.backups": "{detail} is an archive on a server: its backups are its administrator's, made with "
                      "pg_dump (see the README)",
    "archive.not_sqlite": "{detail} is not an Elshi archive (it is not an SQLite database)",
    "archive.foreign_database": "the file is an SQLite database of another program (tables: {detail})",
    "archive.newer_schema": "the archive was made by a newer Elshi (schema {detail}); update Elshi to open it",
    "archive.damaged": "the archive is damaged (SQLite's integrity check failed: {detail}); restore a good "
                       "backup with 'elshi restore FILE' (see 'elshi backups')",
    "archive.locked": "another program holds the archive {detail} locked, so it cannot be read now; the file "
                      "is not damaged. Close the program using it (another Elshi, an SQLite browser, a sync "
                      "tool) and try again",
    "archive.read_only_mount": "{detail} is on a read-only disk or mount, and Elshi must write beside the "
                               "archive; copy the archive to a writable folder, or mount the disk for writing",
    "archive.read_only_folder": "Elshi cannot write in the folder {detail} (it keeps the archive's journal and "
                                "backups there); ask for write permission on the folder, or copy the archive to "
                                "a folder of your own",
    "archive.no_permission": "you are not allowed to read and write {detail}; ask its owner for read and write "
                             "permission, or work on a copy of your own",
    "archive.missing": "{detail} does not exist",
    "archive.disk_full": "the disk holding {detail} is full; nothing was changed. Free some space and try again",
    "recovery.not_damaged": "{detail} is not damaged, so it is not replaced; to go back to a backup anyway, "
                            "open the archive and restore it",
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
    "attachment.symlink": "{detail} is a symbolic link; Elshi attaches only the file itself, "
                          "never a link, so choose the file it points to",
    "attachment.not_a_file": "{detail} is not a file that can be attached (a folder, a pipe or a device, or missing)",
    "attachment.outside": "the archive's record of this attachment points outside its files folder "
                          "({detail}); nothing was read, run 'elshi check'",
    "attachment.missing": "the archive's copy of {detail} is missing; run 'elshi check'",
    "attachment.copy_failed": "the file could not be copied into the archive: {detail}",
    "archive.encrypted": "{detail} is an encrypted archive: give its passphrase (at the prompt, or in ELSHI_PASSPHRASE)",
    "encryption.wrong_passphrase": "the passphrase does not open {detail}; nothing was changed, try again",
    "encryption.short_passphrase": "a passphrase needs at least {detail} characters",
    "encryption.no_passphrase": "{detail} is encrypted and no passphrase was given: run it at a terminal "
                                "or set ELSHI_PASSPHRASE",
    "encryption.no_new_passphrase": "no passphrase for the new encrypted archive {detail}: run it at a terminal "
                                    "or set ELSHI_PASSPHRASE",
    "encryption.use_command": "{detail} already exists and is not encrypted; 'elshi encrypt' encrypts it",
    "encryption.mismatch": "the two passphrases differ; nothing was changed",
    "backup.encryption_differs": "{detail} is not encrypted as the archive is: restore a backup made from this archive",
    "attachment.cannot_decrypt": "the attached file {detail} cannot be decrypted: it was changed or is not this archive's",
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
    "archive.migration_failed": "the archive could not be upgraded; it is unchanged and a copy is in its backups folder ({detail})",
}


def describe(error: ArchiveError) -> str:
    return t(ARCHIVE_MESSAGES.get(error.code, "{detail}"), detail=error.detail or error.code)
