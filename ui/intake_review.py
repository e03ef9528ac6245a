"""File → New from press text…: a press item read into a draft, reviewed, and saved in one step.

The source text is on the left, editable until it is read; every span Elshi recognised in it is
highlighted. On the right is the draft as the records it will create or link: the event, the
delegations with their members, the documents, the commitments, and the people, organisations and
places with their match in the archive (why it matched, the record's current position), a near
match or "new record" to choose from. Every value is editable and every item can be left out.
Focusing a value selects its span in the text; clicking a highlighted span focuses its value.

Save writes everything through :func:`operations.intake.saving.save` in one transaction (on the
window's writer), the text kept with the event, and opens the new event. "Undo this intake" in
the status bar and the Edit menu moves exactly what it created to the trash, until another intake
is saved. An error is one sentence under the review, the dialog keeps its values; closing it with
changes asks first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from database import records as r
from database.dates import PartialDate
from database.records import Entity
from database.validation import ValidationError
from operations.intake import read
from operations.intake.matching import match
from operations.intake.model import Draft, Found, Match, PersonItem, Span
from operations.intake.saving import Saved, save, undo
from ui.backup_actions import error_text
from ui.errors import describe
from ui.forms.fields import DateField
from ui.i18n import format_partial
from ui.record_model import value_label
from ui.views.duplicates import reason_text
from ui.workspace import Workspace

MAX_CHARS = 50_000  # a press item; more is not one (as on the command line)
NEW = "new"  # the match combo's "new record"
SPAN_COLOUR = QColor("#fff2a8")
CURRENT_COLOUR = QColor("#ffb74d")


def tr(text: str) -> str:
    return QCoreApplication.translate("IntakeReview", text)


def _match_reason(m: Match) -> str:
    return tr("same initials and surname") if m.reason == "initials" else reason_text(m.reason)


def _period_text(period: tuple[int, int] | None) -> str:
    return f"{period[0]}–{period[1]}" if period else ""


def _period(text: str) -> tuple[int, int] | str | None:
    """"2026–2028" or "2026" as a period; None when empty; the text itself when it is not one."""
    years = re.findall(r"\d{4}", text)
    if not text.strip():
        return None
    if len(years) == 1 and not re.sub(r"\d{4}", "", text).strip(" .-–—"):
        return int(years[0]), int(years[0])
    if len(years) == 2 and not re.sub(r"\d{4}", "", text).strip(" .-–—") and years[0] <= years[1]:
        return int(years[0]), int(years[1])
    return text


def _setter(obj: Any, attr: str, convert: Callable[[Any], Any] | None = None) -> Callable[[Any], None]:
    """What a review widget calls with its new value: the draft item's field takes it."""
    def set_(value: Any) -> None:
        setattr(obj, attr, convert(value) if convert else value)

    return set_


def _country_text(code: str) -> str:
    """A side's country as the reader says it (the ISO code when it is none of the usual three)."""
    return {"KZ": tr("Kazakhstan"), "RU": tr("Russia"), "CN": tr("China")}.get(code, code)


def _subkind_text(subkind: str) -> str:
    """What the item calls a document beyond the archive's kinds."""
    return {"letter_of_intent": tr("letter of intent"), "sister_cities": tr("sister-city agreement")}.get(
        subkind, subkind.replace("_", " "))


def _member_text(person: PersonItem) -> str:
    return f"{person.name} — {person.position}" if person.position else person.name


def _narrow(combo: QComboBox) -> QComboBox:
    """A choice as wide as its column, not as its longest name (a document's title, a body's
    full name): the review fits beside the text without scrolling sideways."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def _with_note(widget: QWidget, note: str, name: str) -> QWidget:
    """A value with a grey word under it (what the text calls it, where it comes from)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    label = QLabel(note)
    label.setAccessibleName(name)
    label.setStyleSheet("color: gray")
    column.addWidget(label)
    return box


def _place(grid: QGridLayout, row: int, cells: list[tuple[QWidget | str, int, int, int]]) -> int:
    """An item's cells put in the grid from ``row``: (a widget or a label's words, row offset,
    column, columns spanned); returns the row after the item."""
    for cell, down, column, span in cells:
        grid.addWidget(QLabel(cell) if isinstance(cell, str) else cell, row + down, column, 1, span)
    grid.setColumnStretch(2, 1)
    grid.setColumnStretch(4, 1)
    return row + 1 + max(down for _c, down, _col, _s in cells)


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


class IntakeDialog(QDialog):
    """One press item: its text, the draft read from it, the review, Save."""

    saved = Signal(object)  # the core's Saved

    def __init__(self, workspace: Workspace, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.draft: Draft | None = None
        self.saved_as: Saved | None = None
        self.dirty = False  # something typed or changed that closing would lose
        self.reviewed = False  # a value of the current draft changed in the review
        self._quiet = False  # filling widgets from the draft: not the user's changes
        self.links: list[tuple[Span, QWidget]] = []  # each value's span in the text
        self.setWindowTitle(tr("New from press text"))
        self.setObjectName("intakeReview")
        self.resize(1240, 760)

        self.source = QPlainTextEdit()
        self.source.setObjectName("intakeSource")
        self.source.setAccessibleName(tr("Press item text"))
        self.source.setPlaceholderText(tr("Paste the text of a press item here."))
        self.source.setPlainText(text)
        self.source.textChanged.connect(self._text_typed)
        self.source.viewport().installEventFilter(self)
        self.item_date = DateField()
        self.item_date.setAccessibleName(tr("Date of the item"))
        self.item_date.changed.connect(self._touched)
        self.read_button = QPushButton(tr("&Read"))
        self.read_button.setObjectName("intakeRead")
        self.read_button.clicked.connect(self.read_text)
        self.edit_button = QPushButton(tr("&Edit the text"))
        self.edit_button.setObjectName("intakeEditText")
        self.edit_button.clicked.connect(self.edit_text)
        self.edit_button.setVisible(False)
        self.date_note = QLabel()
        self.date_note.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("Press item")))
        left_layout.addWidget(self.source, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(tr("Date of the item:")))
        date_row.addWidget(self.item_date, 1)
        left_layout.addLayout(date_row)
        left_layout.addWidget(self.date_note)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.read_button)
        buttons_row.addWidget(self.edit_button)
        buttons_row.addStretch(1)
        left_layout.addLayout(buttons_row)

        self.review = QWidget()
        self.review_layout = QVBoxLayout(self.review)
        self.review_area = QScrollArea()
        self.review_area.setWidgetResizable(True)
        self.review_area.setWidget(self.review)
        self.review_layout.addWidget(QLabel(tr("Press Read: what Elshi understands from the text is shown here, "
                                               "to check before it is saved.")))
        self.review_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.review_area)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 760])
        self.message = QLabel()
        self.message.setObjectName("intakeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("intakeSave")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for button in (self.read_button, self.edit_button, *self.buttons.buttons()):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter in a value never saves a draft half reviewed
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # --- the text -----------------------------------------------------------------------------

    def _text_typed(self) -> None:
        if not self.source.isReadOnly():
            self._touched()

    def _touched(self) -> None:
        if not self._quiet:
            self.dirty = True

    def _edited(self) -> None:
        """A value of the review changed by the user: reading again would replace it."""
        if not self._quiet:
            self.dirty = self.reviewed = True

    def read_text(self) -> None:
        """Read the text into a draft and show it for review (again: a new draft)."""
        text = self.source.toPlainText()
        if not text.strip() or len(text) > MAX_CHARS:
            self.show_error(tr("The press item must be non-empty text of at most 50,000 characters."))
            return
        typed = self.item_date.edit.text().strip()
        given = self.item_date.parsed()
        if typed and given is None:
            self.show_error(tr("“{value}” is not a date: write the item's date as 26.03.2026.").format(value=typed))
            self.item_date.setFocus()
            return
        if self.draft is not None and self.reviewed and not self.workspace.dialogs.confirm(
                tr("Read the text again"), tr("Reading the text again replaces the changes made in the review. "
                                              "Read it again?")):
            return
        try:
            draft = match(self.workspace.archive, read(text, given.first_day() if given else None))
        except Exception as e:  # a sentence beside the dialog, never a traceback
            self.show_error(error_text(e))
            return
        if draft.item_date is None and given is not None:
            draft.item_date = given
        self.show_error("")
        self.draft = draft
        self.reviewed = False
        self.source.setReadOnly(True)
        self.edit_button.setVisible(True)
        self.read_button.setText(tr("&Read again"))
        self.save_button.setEnabled(True)
        if draft.item_date is None:
            self.date_note.setText(tr("The text gives no date of its own: enter the item's date and press Read "
                                      "again, so that words like “yesterday” or “this year” are counted from it."))
            self.item_date.setFocus()
        else:
            self.date_note.setText(tr("Dated {date}").format(date=format_partial(draft.item_date)))
        self._fill()

    def edit_text(self) -> None:
        """Make the text editable again; reading it again replaces the draft. Until it is read
        again nothing can be saved: the draft would be of the text before the change."""
        self.source.setReadOnly(False)
        self.save_button.setEnabled(False)
        self.source.setExtraSelections([])  # the spans are of the text as it was read
        self.source.setFocus()

    # --- the review ---------------------------------------------------------------------------

    def _fill(self) -> None:
        assert self.draft is not None
        d = self.draft
        self._quiet = True
        self.links = []
        self._refreshers: list[Callable[[], None]] = []
        self.review = QWidget()
        self.review.setObjectName("intakeDraft")
        self.review_layout = QVBoxLayout(self.review)
        for title, build in ((tr("Event"), self._event), (tr("Delegations"), self._delegations),
                             (tr("Documents"), self._documents), (tr("Commitments"), self._commitments),
                             (tr("People"), self._people), (tr("Organisations"), self._organisations),
                             (tr("Places"), self._places)):
            box = QGroupBox(title)
            grid = QGridLayout(box)
            build(d, grid)
            if grid.count() == 0:
                empty = QLabel(tr("None found in the text."))
                empty.setStyleSheet("color: gray")
                grid.addWidget(empty, 0, 0)
            self.review_layout.addWidget(box)
        self.review_layout.addStretch(1)
        self.review_area.setWidget(self.review)  # the old review is deleted with it
        self._quiet = False
        self._highlight(None)

    def _link(self, widget: QWidget, span: Span | None) -> QWidget:
        if span is not None and span[1] > span[0]:
            self.links.append((span, widget))
        widget.installEventFilter(self)
        return widget

    def _line(self, value: str, set_: Callable[[str], None], span: Span | None = None, name: str = "",
              placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setCursorPosition(0)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder or name)
        edit.setMinimumWidth(120)

        def changed(text: str) -> None:
            set_(text)
            self._edited()

        edit.textChanged.connect(changed)
        self._link(edit, span)
        return edit

    def _choice(self, values: Sequence[str], current: str, set_: Callable[[str], None], name: str,
                span: Span | None = None, labels: Callable[[str], str] = value_label) -> QComboBox:
        combo = _narrow(QComboBox())
        combo.setAccessibleName(name)
        for v in values:
            combo.addItem(labels(v) if v else "—", v)
        if current not in values:
            combo.addItem(labels(current), current)
        if labels is not str:  # a kind or a status: short words, shown whole
            combo.setMinimumContentsLength(min(22, max(len(combo.itemText(i)) for i in range(combo.count()))))
        combo.setCurrentIndex(combo.findData(current))

        def changed(_index: int) -> None:
            set_(str(combo.currentData()))
            self._edited()

        combo.currentIndexChanged.connect(changed)
        self._link(combo, span)
        return combo

    def _date(self, value: PartialDate | None, set_: Callable[[Any], None], name: str,
              span: Span | None = None) -> DateField:
        field = DateField()
        field.edit.setAccessibleName(name)
        field.edit.setMinimumWidth(320)  # its example of what may be typed shown whole
        field.set_value(value)

        def changed() -> None:
            set_(field.value() if field.edit.text().strip() else None)
            self._edited()

        field.changed.connect(changed)
        self._link(field.edit, span)
        return field

    def _keep(self, item: Any, row_widgets: list[QWidget], name: str) -> QCheckBox:
        box = QCheckBox()
        box.setChecked(item.keep)
        box.setAccessibleName(tr("Keep {name}").format(name=name))
        box.setToolTip(tr("Uncheck to leave this out of what is saved."))

        def toggled(on: bool) -> None:
            item.keep = on
            for w in row_widgets:
                w.setEnabled(on)
            self._edited()
            self._refresh()

        box.toggled.connect(toggled)
        return box

    def _event(self, d: Draft, grid: QGridLayout) -> None:
        e = d.event
        form = QFormLayout()
        places = [""] + [p.name for p in d.places if p.keep]

        date_spans = {x.start: x.span for x in d.dates}
        form.addRow(tr("Title:"), self._line(e.title, _setter(e, "title"), e.span, tr("Event title")))
        form.addRow(tr("Kind:"), self._choice([k.value for k in r.EventKind], e.kind,
                                              _setter(e, "kind"), tr("Event kind")))
        form.addRow(tr("Status:"), self._choice([k.value for k in r.EventStatus], e.status,
                                                _setter(e, "status"), tr("Event status")))
        place = d.place(e.place)
        place_combo = self._choice(places, e.place, _setter(e, "place"), tr("Event place"),
                                   place.span if place else None, labels=str)
        self._refreshers.append(partial(self._refill, place_combo, lambda: [p.name for p in d.places if p.keep],
                                        lambda: e.place))
        form.addRow(tr("Place:"), place_combo)
        start = self._date(e.start, _setter(e, "start"), tr("Event start"), date_spans.get(e.start) if e.start else None)
        end = self._date(e.end, _setter(e, "end"), tr("Event end"))
        form.addRow(tr("Starts:"), start)
        form.addRow(tr("Ends:"), end)
        if d.dates:  # each date the text gives, one click from being the event's
            row = QGridLayout()
            for n, x in enumerate(d.dates):
                said = format_partial(x.start) + (f" – {format_partial(x.end)}" if x.end else "")
                button = QPushButton(said)
                button.setAutoDefault(False)  # Enter in a value is not a click here either
                button.setAccessibleName(tr("Use {date} as the event's dates").format(date=said))
                button.setToolTip(tr("Use as the event's dates"))

                def use(_checked: bool = False, x: Any = x) -> None:
                    start.set_value(x.start)
                    end.set_value(x.end)

                button.clicked.connect(use)
                self._link(button, x.span)
                row.addWidget(button, n // 3, n % 3)
            row.setColumnStretch(3, 1)
            holder_row = QWidget()
            holder_row.setLayout(row)
            form.addRow(tr("Dates in the text:"), holder_row)
        holder = QWidget()
        holder.setLayout(form)
        grid.addWidget(holder, 0, 0)

    def _delegations(self, d: Draft, grid: QGridLayout) -> None:
        row = 0
        for n, g in enumerate(d.delegations, 1):
            side = self._line(g.side, _setter(g, "side"), None, tr("Delegation {n}: side").format(n=n))
            role = self._choice([x.value for x in r.DelegationRole], g.role, _setter(g, "role"),
                                tr("Delegation {n}: role").format(n=n))
            head = self._named(d.people, g, "head", tr("Delegation {n}: head").format(n=n))
            body = self._named(d.organisations, g, "organisation", tr("Delegation {n}: organisation").format(n=n))
            country = QLabel(_country_text(g.country))
            country.setAccessibleName(tr("Delegation {n}: country").format(n=n))
            widgets = [side, role, head, body, country]
            grid.addWidget(self._keep(g, widgets, tr("Delegation {n}").format(n=n)), row, 0)
            grid.addWidget(side, row, 1)
            grid.addWidget(country, row, 2)
            grid.addWidget(role, row, 3)
            grid.addWidget(QLabel(tr("Head:")), row, 4)
            grid.addWidget(head, row, 5)
            grid.addWidget(QLabel(tr("Speaks for:")), row + 1, 1)
            grid.addWidget(body, row + 1, 2, 1, 4)
            row += 2
            for name in g.members:
                person = d.person(name)
                member = QCheckBox(_member_text(person) if person else name)
                member.setChecked(True)
                member.setAccessibleName(tr("Member {name}").format(name=name))

                def toggled(on: bool, g: Any = g, person: Any = person, name: str = name) -> None:
                    who = person.name if person else name  # the name as it is now, after a rename
                    if on and who not in g.members:
                        g.members.append(who)
                    elif not on and who in g.members:
                        g.members.remove(who)
                    self._edited()

                member.toggled.connect(toggled)
                if person is not None:
                    self._refreshers.append(partial(self._show_member, member, person))
                self._link(member, person.span if person else None)
                grid.addWidget(member, row, 1, 1, 5)
                row += 1
        if not d.delegations and any(p.keep for p in d.people):
            note = QLabel(tr("None found in the text: the people below are saved as the members of one delegation."))
            note.setStyleSheet("color: gray")
            note.setWordWrap(True)
            grid.addWidget(note, 0, 0)

    def _named(self, items: Sequence[Found], holder: Any, attr: str, name: str) -> QComboBox:
        """A choice of one of the review's people or organisations (or none) for ``holder.attr``,
        following renames and items left out."""
        def names() -> list[str]:
            return [x.name for x in items if x.keep]

        current = getattr(holder, attr)
        chosen = next((x for x in items if x.name == current and x.keep), None)
        combo = self._choice(["", *names()], current, _setter(holder, attr), name,
                             chosen.span if chosen else None, labels=str)
        combo.setMinimumContentsLength(16)  # a person's whole name
        self._refreshers.append(partial(self._refill, combo, names, partial(getattr, holder, attr)))
        return combo

    def _show_member(self, box: QCheckBox, person: PersonItem) -> None:
        box.setText(_member_text(person))
        box.setAccessibleName(tr("Member {name}").format(name=person.name))

    def _documents(self, d: Draft, grid: QGridLayout) -> None:
        row = 0
        for n, x in enumerate(d.documents, 1):
            kind = self._choice([k.value for k in r.DocumentKind], x.kind, _setter(x, "kind"),
                                tr("Document {n}: kind").format(n=n), x.span)
            title = self._line(x.text or x.title, partial(self._set_title, x), x.span,
                               tr("Document {n}: title").format(n=n))
            status = self._choice([k.value for k in r.DocumentStatus], x.status,
                                  _setter(x, "status"), tr("Document {n}: status").format(n=n))
            period = self._line(_period_text(x.period), partial(self._set_period, x), None,
                                tr("Document {n}: period").format(n=n), tr("e.g. 2026–2028"))
            parties = self._line(", ".join(x.parties), _setter(x, "parties", _names), None,
                                 tr("Document {n}: parties").format(n=n), tr("parties, comma-separated"))
            signed = self._line(", ".join(x.signatories), _setter(x, "signatories", _names), None,
                                tr("Document {n}: signatories").format(n=n), tr("signatories, comma-separated"))
            self._refreshers += [partial(self._show_names, parties, x, "parties"),
                                 partial(self._show_names, signed, x, "signatories")]
            widgets: list[QWidget] = [kind, title, status, period, parties, signed]
            grid.addWidget(self._keep(x, widgets, tr("Document {n}").format(n=n)), row, 0)
            if x.subkind:  # "letter of intent": the kind the archive files it under, and what it is called
                grid.addWidget(_with_note(kind, _subkind_text(x.subkind), tr("Document {n}: called").format(n=n)),
                               row, 1, 2, 1)
            else:
                grid.addWidget(kind, row, 1)
            row = _place(grid, row, [(title, 0, 2, 3), (status, 0, 5, 1), (tr("Period:"), 1, 1, 1), (period, 1, 2, 1),
                                     (tr("Parties:"), 1, 3, 1), (parties, 1, 4, 2), (tr("Signed by:"), 2, 1, 1),
                                     (signed, 2, 2, 4)])

    def _set_title(self, x: Any, text: str) -> None:
        assert self.draft is not None
        old = x.title
        x.text = x.title = text  # the document's title as saved, whichever of the two is read
        for c in self.draft.commitments:
            c.document = text if c.document == old else c.document
        self._refresh()

    def _set_period(self, x: Any, text: str) -> None:
        value = _period(text)
        if not isinstance(value, str):
            x.period = value

    def _commitments(self, d: Draft, grid: QGridLayout) -> None:
        row = 0
        for n, c in enumerate(d.commitments, 1):
            text = self._line(c.text, _setter(c, "text"), c.span, tr("Commitment {n}").format(n=n))
            who = self._named(d.organisations, c, "responsible", tr("Commitment {n}: responsible").format(n=n))
            person = self._named(d.people, c, "person", tr("Commitment {n}: person").format(n=n))
            document = self._choice(["", *(x.title for x in d.documents if x.keep)], c.document,
                                    _setter(c, "document"), tr("Commitment {n}: document").format(n=n), labels=str)
            self._refreshers.append(partial(self._refill, document, lambda: [x.title for x in d.documents if x.keep],
                                            partial(getattr, c, "document")))
            due = self._date(c.due, _setter(c, "due"), tr("Commitment {n}: due").format(n=n))
            verb = QLabel(tr("“{verb}”").format(verb=c.verb) if c.verb else "")
            verb.setStyleSheet("color: gray")
            widgets: list[QWidget] = [text, who, person, document, due]
            grid.addWidget(self._keep(c, widgets, tr("Commitment {n}").format(n=n)), row, 0)
            row = _place(grid, row, [(text, 0, 1, 4), (tr("Responsible:"), 1, 1, 1), (who, 1, 2, 1),
                                     (tr("Promised by:"), 1, 3, 1), (person, 1, 4, 1), (tr("Document:"), 2, 1, 1),
                                     (document, 2, 2, 1), (verb, 2, 3, 2), (tr("Due:"), 3, 1, 1), (due, 3, 2, 3)])

    def _found_rows(self, grid: QGridLayout, items: Sequence[Found], entity: Entity,
                    extra: Callable[[Any], list[QWidget]]) -> None:
        """One row per person, organisation or place: keep, name, what else it has, its match."""
        for row, item in enumerate(items):
            name = self._line(item.name, partial(self._rename, entity, item),
                              item.span, tr("Name: {name}").format(name=item.name))
            name.setMinimumWidth(170)
            more = extra(item)
            combo, info = self._match_combo(item, entity)
            widgets = [name, *more, combo, info]
            grid.addWidget(self._keep(item, widgets, item.name), row, 0)
            grid.addWidget(name, row, 1)
            for col, w in enumerate(more, 2):
                grid.addWidget(w, row, col)
            grid.addWidget(combo, row, 2 + len(more))
            grid.addWidget(info, row, 3 + len(more))
            grid.setColumnStretch(1, 2)
            for col in range(2, 2 + len(more)):
                grid.setColumnStretch(col, 3)
            grid.setColumnStretch(3 + len(more), 3)
            if isinstance(item, PersonItem) and item.initials_only and item.match is None:
                info.setText(tr("Initials only: choose the person, or it is left out."))

    def _people(self, d: Draft, grid: QGridLayout) -> None:
        def position(p: Any) -> list[QWidget]:
            return [self._line(p.position, _setter(p, "position"), None,
                               tr("Position of {name}").format(name=p.name), tr("position at the event"))]

        self._found_rows(grid, d.people, Entity.PERSON, position)

    def _organisations(self, d: Draft, grid: QGridLayout) -> None:
        def kind(o: Any) -> list[QWidget]:
            choice = self._choice([k.value for k in r.OrganisationKind], o.kind, _setter(o, "kind"),
                                  tr("Kind of {name}").format(name=o.name))
            if not o.from_position:
                return [choice]
            box = _with_note(choice, tr("from a position"), tr("{name}: from a position").format(name=o.name))
            box.setToolTip(tr("Named by a person's position, not by itself in the text."))
            return [box]

        self._found_rows(grid, d.organisations, Entity.ORGANISATION, kind)

    def _places(self, d: Draft, grid: QGridLayout) -> None:
        self._found_rows(grid, d.places, Entity.PLACE, lambda _p: [])

    def _match_combo(self, item: Found, entity: Entity) -> tuple[QComboBox, QLabel]:
        """The match, the near matches, "new record"; beside it why, and the record's position."""
        combo = _narrow(QComboBox())
        combo.setAccessibleName(tr("Record for {name}").format(name=item.name))
        choices = ([item.match] if item.match else []) + [c for c in item.candidates if c != item.match]
        for m in choices:
            combo.addItem(m.name if m.name == item.name else f"{m.name} (№{m.id})", m)
        combo.addItem(tr("New record"), NEW)
        combo.setCurrentIndex(0 if item.match else combo.count() - 1)
        info = QLabel()
        info.setWordWrap(True)
        info.setMinimumWidth(200)

        def explain() -> None:
            chosen = combo.currentData()
            if isinstance(chosen, Match):
                detail = value_label(chosen.detail) if entity == Entity.ORGANISATION and chosen.detail \
                    else chosen.detail  # a person's current position, a body's kind
                text = tr("In the archive: {reason}").format(reason=_match_reason(chosen))
                info.setText(f"{text}; {detail}" if detail else text)
            elif item.similar:
                info.setText(tr("New; looks like {names} in the archive.").format(
                    names=", ".join(m.name for m in item.similar[:3])))
            else:
                info.setText(tr("New record"))

        def changed(_index: int) -> None:
            chosen = combo.currentData()
            item.match = chosen if isinstance(chosen, Match) else None
            explain()
            self._edited()

        combo.currentIndexChanged.connect(changed)
        explain()
        self._link(combo, item.span)
        return combo, info

    def _rename(self, entity: Entity, item: Found, name: str) -> None:
        """A name changed in the review: the documents, delegations and the event follow it."""
        assert self.draft is not None
        old, item.name = item.name, name
        for x in self.draft.documents:
            if entity == Entity.PERSON:
                x.signatories = [name if n == old else n for n in x.signatories]
            elif entity == Entity.ORGANISATION:
                x.parties = [name if n == old else n for n in x.parties]
        for g in self.draft.delegations:
            if entity == Entity.PERSON:
                g.head = name if g.head == old else g.head
                g.members = [name if n == old else n for n in g.members]
            elif entity == Entity.ORGANISATION:
                g.organisation = name if g.organisation == old else g.organisation
        for c in self.draft.commitments:
            if entity == Entity.PERSON:
                c.person = name if c.person == old else c.person
            elif entity == Entity.ORGANISATION:
                c.responsible = name if c.responsible == old else c.responsible
        if entity == Entity.ORGANISATION:
            for p in self.draft.people:  # the body a person's position belongs to
                p.organisation = name if p.organisation == old else p.organisation
        if entity == Entity.PLACE and self.draft.event.place == old:
            self.draft.event.place = name
        self._refresh()

    def _refresh(self) -> None:
        """Values that name other items (the event's place, a head, signatories, parties) follow
        a name changed or an item left out."""
        quiet, self._quiet = self._quiet, True
        try:
            for refresh in self._refreshers:
                refresh()
        finally:
            self._quiet = quiet

    def _refill(self, combo: QComboBox, names: Callable[[], list[str]], current: Callable[[], str]) -> None:
        """A list of the review's own names again; "—" when the chosen one was left out."""
        combo.blockSignals(True)
        combo.clear()
        for name in ["", *names()]:
            combo.addItem(name or "—", name)
        combo.setCurrentIndex(max(combo.findData(current()), 0))
        combo.blockSignals(False)

    def _show_names(self, edit: QLineEdit, item: Any, attr: str) -> None:
        text = ", ".join(getattr(item, attr))
        if edit.text() != text:
            edit.blockSignals(True)  # shown, not read back: a name being retyped stays in the list
            edit.setText(text)
            edit.setCursorPosition(0)
            edit.blockSignals(False)

    # --- spans and values ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and isinstance(watched, QWidget) \
                and watched is not self.source.viewport():
            self._highlight(self.span_of(watched))
        elif (watched is self.source.viewport() and event.type() == QEvent.Type.MouseButtonRelease
              and self.source.isReadOnly()):
            at = self.source.cursorForPosition(event.position().toPoint()).position()  # type: ignore[attr-defined]
            self.select_value_at(at)
        return super().eventFilter(watched, event)

    def span_of(self, widget: QWidget) -> Span | None:
        return next((span for span, w in self.links if w is widget), None)

    def value_at(self, position: int) -> QWidget | None:
        """The value whose span holds this place of the text (the narrowest one)."""
        inside = [(span[1] - span[0], i) for i, (span, _w) in enumerate(self.links) if span[0] <= position < span[1]]
        return self.links[min(inside)[1]][1] if inside else None

    def select_value_at(self, position: int) -> None:
        widget = self.value_at(position)
        if widget is None:
            return
        self.review_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        self._highlight(self.span_of(widget))

    def _highlight(self, current: Span | None) -> None:
        """Every recognised span tinted, the current value's stronger and selected."""
        selections = []
        for span in sorted({span for span, _w in self.links}):
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_COLOUR if span == current else SPAN_COLOUR)
            sel.format = fmt
            cursor = QTextCursor(self.source.document())
            cursor.setPosition(span[0])
            cursor.setPosition(min(span[1], len(self.source.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.source.setExtraSelections(selections)
        if current is not None:
            cursor = QTextCursor(self.source.document())
            cursor.setPosition(current[0])
            cursor.setPosition(current[1], QTextCursor.MoveMode.KeepAnchor)
            self.source.setTextCursor(cursor)
            self.source.ensureCursorVisible()

    def selected_text(self) -> str:
        return self.source.textCursor().selectedText()

    # --- saving and closing -------------------------------------------------------------------

    def show_error(self, sentence: str) -> None:
        self.message.setText(sentence)

    def _problem(self) -> str:
        """What must be corrected before saving, as one sentence ("" when nothing)."""
        assert self.draft is not None
        d = self.draft
        if not d.event.title.strip():
            return tr("The event needs a title.")
        for label, value in ((tr("The event's start"), d.event.start), (tr("The event's end"), d.event.end)):
            if isinstance(value, str):
                return tr("{what}: “{value}” is not a date; write it as 26.03.2026, March 2026 or 2026.").format(
                    what=label, value=value)
        for n, c in enumerate(d.commitments, 1):
            if c.keep and isinstance(c.due, str):
                return tr("Commitment {n}: “{value}” is not a date; write it as 26.03.2026, March 2026 or 2026.").format(
                    n=n, value=c.due)
        for n, x in enumerate(d.documents, 1):
            if x.keep and not (x.text or x.title).strip():
                return tr("Document {n} needs a title.").format(n=n)
        return ""

    def _period_problem(self) -> str:
        for box in self.review.findChildren(QLineEdit):
            if box.placeholderText() == tr("e.g. 2026–2028") and box.isEnabled() and isinstance(_period(box.text()), str):
                box.setFocus()
                return tr("“{value}” is not a period: write it as 2026–2028.").format(value=box.text())
        return ""

    def save(self) -> None:
        if self.draft is None:
            self.show_error(tr("Press Read first: there is nothing to save yet."))
            return
        problem = self._problem() or self._period_problem()
        if problem:
            self.show_error(problem)
            return
        archive, draft = self.workspace.archive, self.draft
        self.save_button.setEnabled(False)
        self.show_error("")
        self.workspace.writer.submit(lambda: save(archive, draft), self._saved, self._failed)

    def _saved(self, result: Saved) -> None:
        self.saved_as = result
        self.dirty = False
        self.saved.emit(result)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and error.errors:
            self.show_error(describe(error.errors[0]))
        else:
            self.show_error(error_text(error))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the button that has the focus and nothing else: in a value it never
        saves (QDialogButtonBox would make Save the default button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def may_close(self) -> bool:
        """Whether the dialog may close now: asks first when something would be lost."""
        if not self.dirty or self.saved_as is not None:
            return True
        answer = self.workspace.dialogs.ask_save(tr("New from press text"), tr(
            "The review has changes that are not saved. Save them before closing?"))
        if answer == "save":
            self.save()
            return False  # closes itself once saved; stays open with its values on an error
        if answer == "discard":
            self.dirty = False  # asked once: closing goes on without asking again
            return True
        return False

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close():
            super().closeEvent(event)
        else:
            event.ignore()


class Intakes(QObject):
    """File → New from press text… and Edit → Undo this intake, for one window."""

    def __init__(self, window: QMainWindow, workspace: Workspace, file_menu: QMenu, edit_menu: QMenu) -> None:
        super().__init__(window)
        self.window, self.workspace = window, workspace
        self.last: Saved | None = None
        self.dialog: IntakeDialog | None = None
        self.new_action = QAction(tr("New from press &text…"), window)
        self.new_action.setObjectName("newFromPressText")
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.new_action.triggered.connect(self.open)
        file_menu.addAction(self.new_action)
        self.undo_action = QAction(tr("&Undo this intake"), window)
        self.undo_action.setObjectName("undoIntake")
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        edit_menu.addAction(self.undo_action)
        self.notice = QLabel()
        self.notice.setObjectName("intakeNotice")
        self.notice.linkActivated.connect(lambda _link: self.undo())
        self.notice.setVisible(False)
        window.statusBar().insertPermanentWidget(0, self.notice)

    def open(self) -> IntakeDialog:
        """The review, with the clipboard's text pasted in when it holds some."""
        clip = QGuiApplication.clipboard().text()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()  # one review at a time: the one open keeps what was typed in it
            self.dialog.activateWindow()
            return self.dialog
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = IntakeDialog(self.workspace, clip if 0 < len(clip) <= MAX_CHARS else "", self.window)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        (dialog.read_button if clip.strip() else dialog.source).setFocus()
        return dialog

    def may_close(self) -> bool:
        """Whether the window may close: a review open with changes asks first."""
        return self.dialog is None or not self.dialog.isVisible() or self.dialog.may_close()

    def _saved(self, result: Saved) -> None:
        self.last = result
        self.undo_action.setEnabled(True)
        link = tr("Undo this intake")
        self.notice.setText(QCoreApplication.translate(
            "IntakeReview", "Intake saved: %n new records.", "", len(result.created)) + f' <a href="undo">{link}</a>')
        self.notice.setVisible(True)
        self.workspace.open_record(str(Entity.EVENT), result.event_id)

    def undo(self) -> None:
        last = self.last
        if last is None:
            return
        archive = self.workspace.archive
        self.undo_action.setEnabled(False)

        def done(moved: list[tuple[str, int]]) -> None:
            self.last = None
            self.notice.setVisible(False)
            self.workspace.status(QCoreApplication.translate(
                "IntakeReview", "Intake undone: %n records moved to the trash.", "", len(moved)))

        def failed(error: BaseException) -> None:
            self.undo_action.setEnabled(True)
            self.workspace.dialogs.error(tr("Not undone"), error_text(error))

        self.workspace.writer.submit(lambda: undo(archive, last.event_id), done, failed)


def add_menu_actions(window: QMainWindow, workspace: Workspace, file_menu: QMenu, edit_menu: QMenu) -> Intakes:
    return Intakes(window, workspace, file_menu, edit_menu)
