"""What the window does about backups, restores, damaged archives, conflicts and the trash.

Plain functions over a :class:`Workspace` (or, before any archive is open, a ``Dialogs``), so
the main window wires them to menu items and the forms and lists call them, and tests drive
them with scripted answers. Every question goes through ``dialogs``; nothing here is modal of
its own. Writes to an open archive (restore, purge) go through ``workspace.writer``; a backup
only reads and runs on the task pool.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from database.archive import Archive
from database.clock import Clock
from database.encryption import Key, needs_passphrase
from database.errors import ArchiveError, BackupError
from database.records import Entity
from database.trash import InUse, purge
from operations import backups
from ui.history import entity_label, local_time
from ui.messages import Dialogs
from ui.tasks import Progress, Task
from ui.workspace import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


def error_text(error: BaseException) -> str:
    """An error from the core (its ``code``) as a sentence in the interface language."""
    code, detail = getattr(error, "code", ""), getattr(error, "detail", "") or str(error)
    messages = {
        "record.conflict": tr(
            "This record was changed in another window or by another user after you opened "
            "it. Your changes have not been saved and are still in the form: note what you "
            "need, reload the record and enter them again."
        ),
        "archive.busy": tr(
            "The archive is busy in another Elshi window or process. Nothing was saved; "
            "try again in a moment."
        ),
        "purge.not_in_trash": tr("Only a record in the trash can be deleted for good."),
        "backup.target_exists": tr(
            "{detail} already exists. Elshi never overwrites a file: choose another name."
        ),
        "backup.unsound": tr("The copy did not pass its check and was not kept ({detail})."),
        "backup.failed": tr("The copy could not be written: {detail}"),
        "backup.missing": tr("{detail} does not exist."),
        "backup.same_file": tr("That file is the archive itself."),
        "archive.not_sqlite": tr("{detail} is not an Elshi archive."),
        "archive.foreign_database": tr("That file is the database of another program."),
        "archive.damaged": tr("That file is damaged ({detail})."),
        "archive.newer_schema": tr("That file was made by a newer version of Elshi."),
        "archive.unreadable": tr("That file cannot be read: {detail}"),
        "recovery.no_backup": tr("No good backup was found in {detail}."),
        "recovery.not_damaged": tr(
            "{detail} is not damaged, so it is not replaced. Open it and use Restore from Backup… "
            "to go back to a backup anyway."
        ),
        "archive.locked": tr(
            "Another program holds the archive locked, so it cannot be read now; the file is not "
            "damaged. Close the program using it (another Elshi, an SQLite browser, a sync tool) "
            "and try again."
        ),
        "archive.read_only_mount": tr(
            "{detail} is on a read-only disk. Copy the archive to a writable folder, or mount the "
            "disk for writing."
        ),
        "archive.read_only_folder": tr(
            "Elshi cannot write in the folder {detail}. Ask for write permission on it, or copy "
            "the archive to a folder of your own."
        ),
        "archive.no_permission": tr(
            "You are not allowed to read and write {detail}. Ask its owner for permission, or "
            "work on a copy of your own."
        ),
        "archive.encrypted": tr("That file is encrypted with a passphrase this archive does not have."),
        "encryption.wrong_passphrase": tr("That file is encrypted with another passphrase."),
        "backup.encryption_differs": tr(
            "That file is not encrypted as this archive is: restore a backup made from this archive."),
    }
    return messages.get(code, tr("Something went wrong: {detail}")).format(detail=detail)


T = TypeVar("T")

def _busy_cursor(run: Callable[[], T]) -> T:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return run()
    finally:
        QGuiApplication.restoreOverrideCursor()


# --- backups --------------------------------------------------------------------------------


def backup_now(workspace: Workspace, done: Callable[[Path], None] | None = None) -> Task:
    """Make a checked backup off the GUI thread; the status bar says where it went."""
    archive = workspace.archive

    def work(_progress: Progress) -> Path:
        return backups.backup_now(archive)

    def finished(path: Any) -> None:
        workspace.status(tr("Backup saved and checked: {path}").format(path=path))
        if done:
            done(Path(path))

    def failed(error: BaseException) -> None:
        workspace.dialogs.error(tr("Backup failed"), error_text(error))

    return workspace.tasks.start(work, finished, failed)


def restore_from_backup(workspace: Workspace, source: Path | None = None) -> bool:
    """Ask for a backup (unless given), check it, confirm, and restore it. True if restored."""
    dialogs, archive = workspace.dialogs, workspace.archive
    if source is None:
        chosen = dialogs.open_file(
            tr("Restore from a backup"), tr("Elshi archives (*.sqlite);;All files (*)")
        )
        if not chosen:
            return False
        source = Path(chosen)
    problem = backups.problem_with(source, archive.key)
    if problem is not None:
        dialogs.error(tr("Cannot restore this file"), error_text(problem))
        return False
    sides = "\n".join(backups.describe_replacement(*backups.what_is_replaced(archive.path, source, archive.key)))
    question = tr(
        "Replace all records in this archive with those in the backup “{name}”?\n\n{sides}\n\n"
        "The archive as it is now is kept in {folder}; nothing is deleted."
    ).format(name=source.name, folder=archive.backups_dir, sides=sides)
    if not dialogs.confirm(tr("Restore from a backup"), question):
        return False
    # The restore is a write like any other: in turn behind the saves asked for before it, and
    # waited for with the window still painting (a held lock must not freeze it).
    job = workspace.writer.submit(lambda: backups.restore(archive, source))
    if not _busy_cursor(lambda: workspace.writer.wait(job)):
        if not isinstance(job.error, (BackupError, ArchiveError)):
            raise job.error if job.error is not None else RuntimeError("restore not answered")
        dialogs.error(tr("Restore failed"), error_text(job.error))
        return False
    kept = job.result
    dialogs.info(
        tr("Backup restored"),
        tr("The archive now holds the records of “{name}”.\nThe archive as it was is kept as {kept}.").format(
            name=source.name, kept=kept
        ),
    )
    return True


def recover_damaged(dialogs: Dialogs, path: Path, code: str, *, clock: Clock | None = None) -> Archive | None:
    """At start, after the archive failed to open with ``code``: say why, offer the newest good
    backup, and return the restored archive, opened; None if there is none or the user says no.
    Only a file SQLite's ``integrity_check`` finds damaged is offered a backup: the file is
    looked at again first, and a sound one (locked meanwhile, say) is explained, not replaced.
    The question shows what both files hold. The file that failed is kept in the backups
    folder, never overwritten."""
    from database.recovery import RECOVERABLE, backups_folder, diagnose, newest_good_backup, recover_and_open

    title = tr("The archive cannot be opened")
    key: Key | None = None
    reason = {
        "archive.damaged": tr("The archive {path} is damaged."),
        "archive.not_sqlite": tr(
            "The file {path} is not an Elshi archive any more (it may have been overwritten)."
        ),
    }.get(code)
    if reason is None or code not in RECOVERABLE:
        return None
    if _encrypted(path):
        try:
            key = _ask_backup_key(dialogs, path)
        except BackupError as e:  # no encrypted backup to prove the passphrase on
            dialogs.error(title, error_text(e))
            return None
        if key is None:
            return None
    found = diagnose(path, key)
    if found is None or found[0] not in RECOVERABLE:
        dialogs.error(title, error_text(BackupError(*found) if found else BackupError("recovery.not_damaged", str(path))))
        return None
    reason = reason.format(path=path)
    newest = newest_good_backup(path, key)
    if newest is None:
        dialogs.error(
            title,
            reason
            + "\n\n"
            + tr("No good backup of it was found in {folder}. The file has not been changed.").format(
                folder=backups_folder(path)
            ),
        )
        return None
    when = local_time(newest.taken_at) if newest.taken_at else newest.path.name
    sides = "\n".join(backups.describe_replacement(*backups.what_is_replaced(path, newest.path, key)))
    question = (
        reason
        + "\n\n"
        + tr(
            "Restore the newest good backup, from {when}? Changes made after it will "
            "not be in the archive. The file that failed is kept in {folder}; "
            "nothing is deleted."
        ).format(when=when, folder=backups_folder(path))
        + "\n\n"
        + sides
    )
    if not dialogs.confirm(title, question):
        return None
    try:
        archive, result = _busy_cursor(lambda: recover_and_open(path, newest.path, clock=clock, key=key))
    except (BackupError, ArchiveError) as e:
        dialogs.error(title, error_text(e))
        return None
    dialogs.info(
        tr("Backup restored"),
        tr("The backup from {when} is restored. The file that failed is kept as {kept}.").format(
            when=when, kept=result.kept_aside
        ),
    )
    return archive


def _encrypted(path: Path) -> bool:
    """Whether the damaged archive at ``path`` or any backup of it is encrypted: its first page
    may be what is lost, so its backups tell too."""
    from database.backup import scan
    from database.recovery import backups_folder

    return needs_passphrase(path) or any(
        b.kind != "damaged" and needs_passphrase(b.path) for b in scan(backups_folder(path), path.stem))


def _ask_backup_key(dialogs: Dialogs, path: Path) -> Key | None:
    """The key of the damaged encrypted archive at ``path``, asked until the passphrase opens one
    of its backups; None when the user cancels. Raises ``recovery.no_backup`` when there is no
    encrypted backup to prove it on."""
    from database.recovery import backup_key

    error = ""
    while True:
        typed = dialogs.passphrase(
            tr("Encrypted archive"),
            tr("{path} is encrypted, and so are its backups. Type its passphrase to look for a "
               "good backup.").format(path=path),
            error=error)
        if typed is None:
            return None
        try:
            return _busy_cursor(partial(backup_key, path, typed))
        except BackupError as e:
            if e.code != "encryption.wrong_passphrase":
                raise
            error = tr("That passphrase opens none of the backups of this archive. Check the "
                       "keyboard layout and Caps Lock, then try again.")


def add_menu_actions(menu: QMenu, workspace: Workspace) -> list[QAction]:
    """ "Back Up Now" and "Restore from Backup…" for the window's File menu."""
    now = QAction(tr("Back Up Now"), menu)
    now.setToolTip(tr("Save a checked copy of the archive in its backups folder"))
    now.triggered.connect(lambda _checked=False: backup_now(workspace))
    back = QAction(tr("Restore from Backup…"), menu)
    back.triggered.connect(lambda _checked=False: restore_from_backup(workspace))
    menu.addAction(now)
    menu.addAction(back)
    return [now, back]


# --- the trash ------------------------------------------------------------------------------


def _name(workspace: Workspace, entity: str, record_id: int) -> str:
    data = workspace.archive.get(Entity(entity), record_id).data
    for key in ("name", "title", "text"):
        if isinstance(getattr(data, key, None), str):
            text = str(getattr(data, key))
            return text if len(text) <= 80 else text[:79] + "…"
    return f"{entity_label(entity)} {record_id}"


def purge_with_confirmation(workspace: Workspace, entity: str, record_id: int) -> bool:
    """Delete a record in the trash for good, after asking. True if it was deleted."""
    dialogs = workspace.dialogs
    name = _name(workspace, entity, record_id)
    question = tr(
        "Delete “{name}” for good? It cannot be restored from the trash afterwards. "
        "The audit trail keeps a note of it with its last contents."
    ).format(name=name)
    if not dialogs.confirm(tr("Delete for good"), question):
        return False
    archive = workspace.archive
    # Through the writer, after the writes asked for before it; the window keeps painting while
    # another process holds the lock, and the answer is back before this returns.
    job = workspace.writer.submit(lambda: purge(archive, Entity(entity), record_id))
    try:
        if not workspace.writer.wait(job):
            raise job.error if job.error is not None else RuntimeError("purge not answered")
    except InUse as e:
        where = "\n".join(
            f"• {entity_label(u.entity)}: {_name(workspace, u.entity, u.id)}"
            if u.entity in ("place", "organisation", "person", "event", "document", "commitment")
            else f"• {tr('Attachment')} {u.id}"
            for u in e.uses[:15]
        )
        dialogs.error(
            tr("Cannot delete for good"),
            tr("“{name}” is still used by:\n{where}\n\nRemove it there first.").format(
                name=name, where=where
            ),
        )
        return False
    except ArchiveError as e:
        dialogs.error(tr("Cannot delete for good"), error_text(e))
        return False
    workspace.status(tr("“{name}” deleted for good.").format(name=name))
    return True
