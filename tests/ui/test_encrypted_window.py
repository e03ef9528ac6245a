"""An encrypted archive in the window: its passphrase is asked (again when mistyped, never
"damaged"), a new archive can be made encrypted, and its attached files open as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from database.archive import Archive
from database.attachments import attach
from database.clock import FixedClock
from database.encryption import needs_passphrase
from database.opening import open_archive
from database.records import DocumentDraft, PlaceDraft
from desktop_app import i18n_cli
from desktop_app.app import App
from tests.conftest import TEST_KEY, TEST_PASSPHRASE
from tests.ui.conftest import ScriptedDialogs, type_text
from ui import i18n
from ui.forms.attachments import AttachmentsPanel
from ui.main_window import MainWindow
from ui.passphrase_dialog import PassphraseDialog, ask_passphrase
from ui.workspace import Workspace

pytestmark = pytest.mark.ui


@pytest.fixture
def app(qtbot: QtBot, dialogs: ScriptedDialogs, clock: FixedClock) -> Iterator[App]:
    saved = QLocale()
    application = App(dialogs=dialogs, clock=clock)  # type: ignore[arg-type]
    yield application
    for window in application.windows:
        window.close()
    application.close()
    i18n.uninstall()
    QLocale.setDefault(saved)
    i18n_cli.set_language("en")


def encrypted_archive(path: Path, clock: FixedClock) -> None:
    archive = open_archive(path, clock=clock, key=TEST_KEY)
    archive.add(PlaceDraft("Түркістан"))
    archive.close()


def test_a_mistyped_passphrase_is_asked_again_then_the_archive_opens(
        qtbot: QtBot, app: App, dialogs: ScriptedDialogs, tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "post.sqlite"
    encrypted_archive(path, clock)
    dialogs.passphrases = ["Caps Lock was on", TEST_PASSPHRASE]
    window = app.open(path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert [r.data.name for r in window.archive.list("place")] == ["Түркістан"]
    asked = [s for s in dialogs.shown if s[0] == "passphrase"]
    assert len(asked) == 2 and "does not open this archive" in asked[1][2]
    assert not any("damaged" in text.lower() for _kind, _title, text in dialogs.shown)


def test_cancelling_the_passphrase_opens_nothing_and_touches_nothing(
        app: App, dialogs: ScriptedDialogs, tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "post.sqlite"
    encrypted_archive(path, clock)
    before = path.read_bytes()
    dialogs.passphrases = ["wrong passphrase", None]
    assert app.open(path) is None
    assert path.read_bytes() == before and not (tmp_path / "post-backups").exists()
    assert [s[0] for s in dialogs.shown] == ["passphrase", "passphrase"]  # no error, no offer to restore


def test_a_new_archive_from_the_file_menu_can_be_encrypted(
        qtbot: QtBot, app: App, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    window = app.open(tmp_path / "first.sqlite", create=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    dialogs.files = [str(tmp_path / "consulate")]
    dialogs.confirm_answers = [True]
    dialogs.passphrases = ["short", "Ұлытау 2026 кеңсе"]
    action = next(a for a in window.file_menu.actions() if a.text() == "&New archive…")
    action.trigger()
    made = tmp_path / "consulate.sqlite"
    assert needs_passphrase(made)
    assert "at least 8 characters" in [s for s in dialogs.shown if s[0] == "passphrase"][1][2]
    others = [w for w in app.windows if w is not window and w.isVisible()]
    assert len(others) == 1 and others[0].archive.path == made and others[0].archive.key is not None
    qtbot.addWidget(others[0])
    dialogs.files = [str(made)]
    action.trigger()  # never over an existing file
    assert dialogs.shown[-1][0] == "error" and "already exists" in dialogs.shown[-1][2]


def test_the_passphrase_dialog_hides_what_is_typed_and_checks_a_new_one_twice(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("New encrypted archive", "Choose a passphrase", new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    type_text(dialog.passphrase, "Көктем 2026")
    type_text(dialog.again, "Көктем 2025")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible() and "differ" in dialog.error.text()
    assert dialog.again.text() == ""
    type_text(dialog.again, "Көктем 2026")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.value() == "Көктем 2026"


def test_the_real_dialog_returns_the_typed_passphrase_once(qtbot: QtBot) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        assert dialog.error.text() == "That passphrase does not open this archive."
        type_text(dialog.passphrase, TEST_PASSPHRASE)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(50, answer)
    assert ask_passphrase(None, "Encrypted archive", "Type its passphrase",
                          error="That passphrase does not open this archive.") == TEST_PASSPHRASE


@pytest.mark.parametrize("cipher", ["encrypted"], indirect=True)
def test_an_attached_file_of_an_encrypted_archive_opens_as_it_was(
        qtbot: QtBot, archive: Archive, workspace: Workspace, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    assert archive.key is not None
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.7 the signed memorandum")
    doc = archive.add(DocumentDraft("Меморандум"))
    row = attach(archive, "document", doc.id, scan)
    assert b"memorandum" not in row.path.read_bytes()
    panel = AttachmentsPanel(workspace, "document")
    qtbot.addWidget(panel)
    panel.set_record(doc.id)
    panel.list.setCurrentRow(0)
    panel.open_selected()
    opened = Path(dialogs.shown[-1][2])
    assert dialogs.shown[-1][0] == "open_path" and opened.name == "scan.pdf"
    assert opened.read_bytes() == scan.read_bytes()
    assert opened.stat().st_mode & 0o077 == 0 and opened.parent.stat().st_mode & 0o077 == 0


def test_the_window_started_with_encrypt_makes_the_new_archive_encrypted(
        qtbot: QtBot, app: App, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    dialogs.passphrases = ["Ұлытау 2026 кеңсе"]
    window = app.open(path, encrypt=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert needs_passphrase(path) and window.archive.key is not None
    plain = tmp_path / "plain.sqlite"
    open_archive(plain).close()
    assert app.open(plain, encrypt=True) is None  # an existing plain one: elshi encrypt, said so
    assert dialogs.shown[-1][0] == "error" and "elshi encrypt" in dialogs.shown[-1][2]
