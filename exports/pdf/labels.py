"""Words printed on briefings, in the language chosen for the briefing (kk, ru, en).

The words come from Elshi's one catalogue (catalogue/), which runs without Qt: the CLI prints
briefings headless, and a briefing's language is chosen per document, not by the interface.
Labels of a briefing's own formal wording carry the context "briefing"; the statuses of events
and commitments are the same words the window, the command line and calendar files use. Record
text itself is never translated; only labels, dates and the names of kinds and statuses.
"""

from __future__ import annotations

from datetime import date

from babel.numbers import format_decimal

from catalogue import LANGUAGES as _LANGUAGES
from catalogue import N_, NP_, code_word, dates, gettext_in, npgettext_in, pgettext_in
from database.dates import PartialDate

LANGUAGES: tuple[str, ...] = _LANGUAGES
MARKING = NP_("briefing", "For official use only")
DEFAULT_MARKING: dict[str, str] = {lang: pgettext_in(lang, "briefing", MARKING) for lang in LANGUAGES}

# The titles are the names the interface gives the five briefings, so the dialog and the page agree.
_TEXT: dict[str, str] = {
    "title.event": NP_("briefing", "Event briefing"),
    "title.counterpart": NP_("briefing", "Counterpart dossier"),
    "title.upcoming": NP_("briefing", "Upcoming events"),
    "title.commitments": NP_("briefing", "Commitments report"),
    "title.document": NP_("briefing", "Document briefing"),
    "section.signed_at": NP_("briefing", "Signed at the event"),
    "section.arising": NP_("briefing", "Commitments arising from the document"),
    "field.signed": NP_("briefing", "Signed on"),
    "field.event": NP_("briefing", "Event"),
    "empty.signatories": NP_("briefing", "No signatories recorded."),
    "empty.directions": NP_("briefing", "No directions recorded."),
    "generated": NP_("briefing", "Generated on {date}"),
    "as_of": NP_("briefing", "As of {date}"),
    "page": NP_("briefing", "Page {n} of "),
    "section.delegations": NP_("briefing", "Delegations"),
    "section.counterparts": NP_("briefing", "Counterparts"),
    "section.signed_here": NP_("briefing", "Documents signed or discussed at this event"),
    "section.earlier": NP_("briefing", "Earlier documents with the same counterparts"),
    "section.open_commitments": NP_("briefing", "Open and overdue commitments"),
    "section.upcoming_with": NP_("briefing", "Upcoming events with these counterparts"),
    "section.scope": NP_("briefing", "Organisations covered"),
    "section.timeline": NP_("briefing", "Timeline"),
    "section.events": NP_("briefing", "Events"),
    "section.documents": NP_("briefing", "Documents"),
    "section.commitments": NP_("briefing", "Commitments"),
    "section.undated": NP_("briefing", "Date not fixed"),
    "field.title": NP_("briefing", "Title"),
    "field.kind": NP_("briefing", "Kind"),
    "field.dates": NP_("briefing", "Dates"),
    "field.place": NP_("briefing", "Place"),
    "field.status": NP_("briefing", "Status"),
    "field.organiser": NP_("briefing", "Organiser"),
    "field.source": NP_("briefing", "Source"),
    "field.summary": NP_("briefing", "Summary"),
    "field.period": NP_("briefing", "Period"),
    "field.country": NP_("briefing", "Country"),
    "field.region": NP_("briefing", "Region"),
    "field.head": NP_("briefing", "Head"),
    "field.organisation": NP_("briefing", "Organisation"),
    "field.directions": NP_("briefing", "Directions"),
    "field.directions_count": NP_("briefing", "Number of directions: {n}"),
    "field.signatories": NP_("briefing", "Signed by"),
    "field.note": NP_("briefing", "Latest note"),
    "col.no": NP_("briefing", "No."),
    "col.name": NP_("briefing", "Name"),
    "col.position": NP_("briefing", "Position"),
    "col.organisation": NP_("briefing", "Organisation"),
    "col.signed": NP_("briefing", "Signed"),
    "col.document": NP_("briefing", "Document"),
    "col.period": NP_("briefing", "Period"),
    "col.parties": NP_("briefing", "Parties"),
    "col.status": NP_("briefing", "Status"),
    "col.due": NP_("briefing", "Due"),
    "col.commitment": NP_("briefing", "Commitment"),
    "col.responsible": NP_("briefing", "Responsible"),
    "col.counterpart": NP_("briefing", "Counterpart"),
    "col.origin": NP_("briefing", "From"),
    "col.date": NP_("briefing", "Date"),
    "col.event": NP_("briefing", "Event"),
    "col.participants": NP_("briefing", "Participants"),
    "col.type": NP_("briefing", "Type"),
    "col.title": NP_("briefing", "Title"),
    "col.group": NP_("briefing", "Group"),
    "col.count": NP_("briefing", "Count"),
    "type.event": NP_("briefing", "event"),
    "type.document": NP_("briefing", "document"),
    "type.commitment": NP_("briefing", "commitment"),
    "empty.delegations": NP_("briefing", "No delegations recorded."),
    "empty.members": NP_("briefing", "No members listed."),
    "empty.documents": NP_("briefing", "No documents."),
    "empty.commitments": NP_("briefing", "No commitments."),
    "empty.events": NP_("briefing", "No events."),
    "shown_of": NP_("briefing", "The {shown} nearest in time of {total} in the archive are shown."),
    "empty.counterparts": NP_("briefing", "No counterparts recorded."),
    "empty.timeline": NP_("briefing", "Nothing recorded."),
    "empty.range": NP_("briefing", "No events in this period."),
    "week": NP_("briefing", "Week {n}: {range}"),
    "responsible": NP_("briefing", "Responsible: {name}"),
    "responsible.none": NP_("briefing", "No responsible party"),
    "overdue": NP_("briefing", "overdue"),
    "group.overdue": NP_("briefing", "Overdue"),
    "total": NP_("briefing", "Total"),
    "scope.country": NP_("briefing", "Country: {name}"),
    "scope.region": NP_("briefing", "Region: {name}"),
    "range": NP_("briefing", "Period: {range}"),
    "unknown": NP_("briefing", "—"),
    "role.host": NP_("briefing", "Host"),
    "role.guest": NP_("briefing", "Guest"),
}
# Where the same English word reads differently in one briefing.
_OWN_CONTEXT: dict[str, tuple[str, str]] = {
    "section.event": ("briefing section", NP_("briefing section", "The event")),
    "section.summary": ("briefing section", NP_("briefing section", "Summary")),
    "section.document": ("briefing section", NP_("briefing section", "The document")),
    "col.place": ("briefing column", NP_("briefing column", "Place")),
}
# Names of the archive's enum values (kinds and statuses), keyed "<group>.<value>".
_VALUES: dict[str, str] = {
    "event_kind.forum": NP_("briefing", "forum"),
    "event_kind.conference": NP_("briefing", "conference"),
    "event_kind.meeting": NP_("briefing", "meeting"),
    "event_kind.visit": NP_("briefing", "visit"),
    "event_kind.referendum": NP_("briefing", "referendum"),
    "event_kind.other": NP_("briefing", "other"),
    "document_kind.memorandum": NP_("briefing", "memorandum"),
    "document_kind.action_plan": NP_("briefing", "action plan"),
    "document_kind.road_map": NP_("briefing", "road map"),
    "document_kind.agreement": NP_("briefing", "agreement"),
    "document_kind.plan_of_events": NP_("briefing", "plan of events"),
    "document_kind.protocol": NP_("briefing", "protocol"),
    "document_kind.other": NP_("briefing", "other"),
    "document_status.draft": NP_("briefing", "draft"),
    "document_status.negotiation": NP_("briefing", "under negotiation"),
    "document_status.signed": NP_("briefing", "signed"),
    "document_status.in_force": NP_("briefing", "in force"),
    "document_status.expired": NP_("briefing", "expired"),
}
# A status reads the same on every surface: these are shared words, not the briefing's own.
_STATUSES: dict[str, str] = {
    "event_status.planned": N_("planned"),
    "event_status.held": N_("held"),
    "event_status.cancelled": N_("cancelled"),
    "event_status.postponed": N_("postponed"),
    "commitment_status.open": N_("open"),
    "commitment_status.in_progress": N_("in progress"),
    "commitment_status.done": N_("done"),
    "commitment_status.dropped": N_("dropped"),
}
_GROUPS: dict[str, str] = {
    "commitment_group.open": NP_("briefing group", "Open"),
    "commitment_group.in_progress": NP_("briefing group", "In progress"),
    "commitment_group.done": NP_("briefing group", "Done"),
    "commitment_group.dropped": NP_("briefing group", "Dropped"),
}


class Labels:
    """Everything language-dependent a briefing prints, for one language."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported briefing language: {lang!r} (use one of {', '.join(LANGUAGES)})")
        self.lang = lang

    def __call__(self, key: str, **params: object) -> str:
        context, english = _OWN_CONTEXT.get(key) or ("briefing", _TEXT[key])
        text = pgettext_in(self.lang, context, english)
        return text.format(**params) if params else text

    def value(self, group: str, value: str) -> str:
        """The printed name of an enum value, e.g. ``value("event_status", "held")``; an unknown
        value prints as stored rather than failing the whole briefing."""
        key = f"{group}.{value}"
        if key in _STATUSES:
            return gettext_in(self.lang, code_word(_STATUSES[key]))
        if key in _GROUPS:
            return pgettext_in(self.lang, "briefing group", _GROUPS[key])
        if key in _VALUES:
            return pgettext_in(self.lang, "briefing", _VALUES[key])
        return value

    def more(self, lines: int, chars: int = 0) -> str:
        """The note closing a folded text: how many more lines (or, within one line, characters)
        the archive holds."""
        if lines:
            text = npgettext_in(self.lang, "briefing", "… {n} more line, see the archive",
                                "… {n} more lines, see the archive", lines)
            return text.format(n=self.number(lines))
        text = npgettext_in(self.lang, "briefing", "… {n} more character, see the archive",
                            "… {n} more characters, see the archive", chars)
        return text.format(n=self.number(chars))

    def number(self, n: int) -> str:
        """9,950 / 9 950, as the language groups digits."""
        return str(format_decimal(n, locale=self.lang))

    @property
    def default_marking(self) -> str:
        return DEFAULT_MARKING[self.lang]

    # --- dates ------------------------------------------------------------------------------

    def day(self, d: date) -> str:
        """26 наурыз 2026 ж. / 26 марта 2026 г. / 26 March 2026"""
        return dates.day_text(d, self.lang)

    def weekday(self, d: date) -> str:
        return dates.weekday_name(d, self.lang)

    def partial(self, p: PartialDate | None) -> str:
        if p is None:
            return self("unknown")
        return dates.partial_text(p, self.lang)

    def day_range(self, first: date, last: date) -> str:
        """26–28 наурыз 2026 ж.; a range across months or years names both ends."""
        if first == last:
            return self.day(first)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{self.day(last)}"
        if first.year == last.year:
            return f"{first.day} {dates.month_name(first.month, self.lang, after_day=True)} – {self.day(last)}"
        return f"{self.day(first)} – {self.day(last)}"

    def span(self, start: PartialDate | None, end: PartialDate | None) -> str:
        """An event's dates: one partial date, or a range of them."""
        if start is None and end is None:
            return self("unknown")
        if start is None or end is None or start == end:
            return self.partial(start or end)
        if start.precision == "day" and end.precision == "day":
            return self.day_range(start.first_day(), end.first_day())
        return f"{self.partial(start)} – {self.partial(end)}"

    def period(self, start: PartialDate | None, end: PartialDate | None) -> str:
        """A document's period: years alone print as 2026–2028, the way the documents say it."""
        if start is None and end is None:
            return self("unknown")
        if start is not None and end is not None and start.precision == end.precision == "year":
            return f"{start.year}–{end.year}"
        return f"{self.partial(start) if start else '…'} – {self.partial(end) if end else '…'}"
