"""The window on a shared archive on PostgreSQL: the password asked in a dialog (again when
mistyped), the archive named by its URL, and the lists, a form's save, search and the calendar
working on the server as on a file."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.app import App
from desktop_app.cli import main
from tests.ui.conftest import ScriptedDialogs
from tests.ui.test_encrypted_window import app
from tests.ui.test_search_view import groups, type_query
from tests.ui.test_workspace import enter_text, go_to, save
from ui.main_window import MainWindow
from ui.views.calendar import ITEMS_ROLE, CalendarView
from ui.views.search import SearchView

pytestmark = pytest.mark.ui
__all__ = ["app"]


def test_the_window_works_on_a_server_archive_after_asking_its_password(
        qtbot: QtBot, app: App, dialogs: ScriptedDialogs, password_account: tuple[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    url, password = password_account
    monkeypatch.setenv("ELSHI_PASSWORD", password)
    assert main(["--lang", "en", "--archive", url, "sample"]) == 0
    monkeypatch.delenv("ELSHI_PASSWORD")
    app.set_language("en")

    dialogs.passphrases = ["Caps Lock was on", password]
    window = app.open(url)  # type: ignore[arg-type]  # what --archive URL hands over
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    asked = [s for s in dialogs.shown if s[0] == "passphrase"]
    assert len(asked) == 2 and url in asked[0][2] and "refused that password" in asked[1][2]
    assert window.windowTitle() == f"Elshi — {url}" and window.archive_label.text() == url

    places = go_to(qtbot, window, "places")
    qtbot.waitUntil(lambda: places.model.rowCount() == window.archive.count("place") > 0, timeout=10_000)
    places.show_record(places.model.id_at(0))
    enter_text(places.form.fields["region"], " (өңір)")
    save(qtbot, places)
    qtbot.waitUntil(lambda: not places.form.is_dirty(), timeout=10_000)
    first = window.archive.get("place", places.model.id_at(0))
    assert first.data.region == "(өңір)" and first.version == 2

    view = window.show_view("search")
    assert isinstance(view, SearchView)
    type_query(qtbot, view, "Байхан")
    assert list(groups(view)) == ["People (2)"]

    calendar = window.show_view("calendar")
    assert isinstance(calendar, CalendarView)
    calendar.go_to(date(2026, 3, 1))  # the sample's referendum is in March 2026
    qtbot.waitUntil(lambda: calendar.days_model.month == (2026, 3), timeout=10_000)
    qtbot.waitUntil(lambda: bool(calendar.days_model.index_of(date(2026, 3, 15)).data(ITEMS_ROLE)),
                    timeout=10_000)
