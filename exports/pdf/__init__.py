"""PDF briefings: Qt-free writers that take rows from :mod:`database.briefing_data` and a binary
stream. All record text is escaped before ReportLab sees it, and nothing is ever fetched."""

from collections.abc import Callable

from exports.pdf.agenda import write_upcoming_agenda
from exports.pdf.commitments import write_commitments_report
from exports.pdf.document_briefing import write_document_briefing
from exports.pdf.dossier import write_counterpart_dossier
from exports.pdf.event_briefing import write_event_briefing
from exports.pdf.labels import DEFAULT_MARKING, LANGUAGES, Labels
from exports.pdf.page import ProgressCallback

# The writer for each kind of briefing: writer(data, out, lang=, marking=, today=, progress=) -> pages.
WRITERS: dict[str, Callable[..., int]] = {
    "event": write_event_briefing,
    "counterpart": write_counterpart_dossier,
    "upcoming": write_upcoming_agenda,
    "commitments": write_commitments_report,
    "document": write_document_briefing,
}

__all__ = [
    "DEFAULT_MARKING", "LANGUAGES", "WRITERS", "Labels", "ProgressCallback", "write_commitments_report",
    "write_counterpart_dossier", "write_document_briefing",
    "write_event_briefing", "write_upcoming_agenda",
]
