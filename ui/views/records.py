"""Events, Documents, People, Organisations and Places: each a list beside its record form."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.record_list import RecordListView
from ui.workspace import ViewSpec, Workspace

if TYPE_CHECKING:
    from ui.forms.base import RecordForm


def record_view(form_name: str, *refresh_on: str) -> Callable[[Workspace], RecordListView]:
    """The view of a record type, its form (``ui.forms.records.<form_name>``) imported when the
    view is first shown: the forms are not needed for the window's first paint."""

    def build(workspace: Workspace) -> RecordListView:
        from ui.forms import records as forms

        form_type: type[RecordForm] = getattr(forms, form_name)
        form = form_type(workspace)
        return RecordListView(workspace, form.entity, form, refresh_on=refresh_on)

    return build


def title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Views", text)


VIEWS = [
    ViewSpec("events", 10, title("Events"),
             record_view("EventForm", "place", "organisation", "document", "commitment"), "event"),
    ViewSpec("documents", 20, title("Documents"),
             record_view("DocumentForm", "event", "organisation", "person", "place"), "document"),
    ViewSpec("people", 40, title("People"), record_view("PersonForm", "organisation", "event", "document"), "person"),
    ViewSpec("organisations", 50, title("Organisations"),
             record_view("OrganisationForm", "person", "event", "document", "commitment"), "organisation"),
    ViewSpec("places", 60, title("Places"), record_view("PlaceForm", "event"), "place"),
]
