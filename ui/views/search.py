"""Search: one box over every record type, results grouped by type as you type.

Typing restarts a short timer; when it fires the search runs off the GUI thread and only the
answer to the latest text is shown, so keys are never held up by a query. Enter (or a double
click) opens the chosen record, Down moves from the box into the results. Record text reaches
the rich-text delegate only escaped.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from database.records import Changes
from ui.look import fits_placeholder
from ui.record_model import value_label
from ui.workspace import ViewSpec, Workspace

if TYPE_CHECKING:
    from ui.forms.fields import DateField

SEARCH_DELAY_MS = 120
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (entity, id) of a hit; None on group rows
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_STYLE = "background-color: #ffe58a; color: #000000;"
SNIPPET_STYLE = ' style="color: gray;"'
STATUSES = ("planned", "held", "cancelled", "postponed", "draft", "negotiation", "signed", "in_force",
            "expired", "open", "in_progress", "done", "dropped")
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("SearchView", text)


def group_title(entity: str) -> str:
    return {"person": tr("People"), "organisation": tr("Organisations"), "place": tr("Places"),
            "event": tr("Events"), "document": tr("Documents"), "commitment": tr("Commitments")}.get(entity, entity)


def marked_html(text: str, marks: Any) -> str:
    """``text`` escaped for rich text, with the marked spans highlighted."""
    out, last = [], 0
    for start, end in marks:
        if start < last:
            continue
        out += [html.escape(text[last:start]), f'<span style="{MARK_STYLE}">', html.escape(text[start:end]), "</span>"]
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", " ")


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE text (title and snippet with highlighted matches)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(3)
        doc.setHtml(text)
        doc.setTextWidth(max(200, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(HTML_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect: QRect = opt.rect
        doc = self._document(opt, text, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
            doc.setHtml(text.replace(SNIPPET_STYLE, ""))  # grey on the selection colour is unreadable
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = index.data(HTML_ROLE)
        if not text:
            return super().sizeHint(option, index)
        width = self.view.viewport().width() - self.view.indentation() * 2
        doc = self._document(option, text, width)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class ResultsTree(QTreeView):
    """The results; the keyboard steps over group titles onto hits."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or index.data(HIT_ROLE) is not None:
            return index
        model = self.model()
        backwards = action in (QAbstractItemView.CursorAction.MoveUp, QAbstractItemView.CursorAction.MovePrevious,
                               QAbstractItemView.CursorAction.MovePageUp)
        if not backwards:
            return model.index(0, 0, index) if model.rowCount(index) else index
        for row in range(index.row() - 1, -1, -1):
            group = model.index(row, 0)
            if model.rowCount(group):
                return model.index(model.rowCount(group) - 1, 0, group)
        return self.currentIndex()  # already on the first hit


class SearchBox(QLineEdit):
    """The query box: Down moves into the results, Escape clears."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class SearchView(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        from ui.forms.fields import DateField, PickerField  # with the view, not at the window's start

        super().__init__()
        self.workspace = workspace
        self.generation = 0  # answers to older text are dropped
        self.hits: list[Any] = []
        self.shown_query = ""  # the text the results on screen answer
        self.shown_generation = 0
        self.open_when_shown = False  # Enter was pressed before the results were in

        self.box = SearchBox()
        self.box.setPlaceholderText(tr("Search names, places, titles, notes… in any language"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(tr("Search the archive"))
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._text_changed)
        self.box.returnPressed.connect(self.open_current)
        self.box.down.connect(self._enter_results)

        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(tr("Record type"))
        self.type_combo.addItem(tr("All types"), None)
        for entity in ("event", "document", "commitment", "person", "organisation", "place"):
            self.type_combo.addItem(group_title(entity), entity)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(tr("Status"))
        self.status_combo.addItem(tr("Any status"), "")
        for status in STATUSES:
            self.status_combo.addItem(value_label(status), status)
        self.date_from, self.date_to = DateField(compact=True), DateField(compact=True)
        self.date_from.edit.setAccessibleName(tr("Dated from"))
        self.date_to.edit.setAccessibleName(tr("Dated to"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(tr("country or region"))
        self.country.setAccessibleName(tr("Country or region"))
        self.country.setMinimumWidth(fits_placeholder(self.country))
        self.country.setMaximumWidth(max(180, fits_placeholder(self.country)))
        self.organisation = PickerField(workspace.archive, "organisation", tr("organisation…"))
        self.organisation.create_button.hide()
        self.organisation.open_button.hide()
        self.organisation.edit.setMinimumWidth(fits_placeholder(self.organisation.edit))
        for combo in (self.type_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.timer.start())
        for field in (self.date_from, self.date_to, self.organisation):
            field.changed.connect(self.timer.start)
        self.country.textChanged.connect(lambda _t: self.timer.start())

        self.saved_combo = QComboBox()
        self.saved_combo.setAccessibleName(tr("Saved searches"))
        self.saved_combo.activated.connect(self._load_saved)
        self.save_button = QPushButton(tr("Save search"))
        self.save_button.setToolTip(tr("Keep this search, with its filters, under its text"))
        self.save_button.clicked.connect(self.save_current)
        self.forget_button = QPushButton(tr("Forget"))
        self.forget_button.setToolTip(tr("Delete the chosen saved search"))
        self.forget_button.clicked.connect(self.forget_saved)

        self.summary = QLabel()
        self.summary.setAccessibleName(tr("Search summary"))
        self.near_label = QLabel()
        self.near_label.setTextFormat(Qt.TextFormat.RichText)
        self.near_label.linkActivated.connect(self._use_spelling)
        self.near_label.hide()

        self.model = QStandardItemModel(self)
        self.results = ResultsTree()
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAccessibleName(tr("Search results"))
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.activated.connect(self._open_index)  # Enter and double click

        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.saved_combo)
        top.addWidget(self.save_button)
        top.addWidget(self.forget_button)
        filters = QHBoxLayout()
        for widget in (self.type_combo, self.status_combo, QLabel(tr("Dated from")), self.date_from,
                       QLabel(tr("to")), self.date_to, self.country, self.organisation):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.near_label)
        layout.addWidget(self.results, 1)
        self.setFocusProxy(self.box)

        workspace.signals.changed.connect(self._archive_changed)
        self._fill_saved()
        self._show_summary(None)

    # --- searching --------------------------------------------------------------------------

    def filters(self) -> Any:
        from database.dates import DateParseError, PartialDate
        from database.search import Filters

        def day(field: DateField, last: bool) -> Any:
            try:
                value = PartialDate.parse(field.value())
            except DateParseError:
                return None
            return value.last_day() if last else value.first_day()

        return Filters(day(self.date_from, False), day(self.date_to, True), self.country.text(),
                       self.organisation.value(), self.status_combo.currentData() or "")

    def types(self) -> list[str] | None:
        entity = self.type_combo.currentData()
        return [entity] if entity else None

    def run_search(self) -> None:
        """Search for the box's text now (the timer calls this after a pause in typing)."""
        from database.search import search

        self.timer.stop()
        self.generation += 1
        generation = self.generation
        query, types, filters = self.box.text(), self.types(), self.filters()
        if not query.strip():
            self._show([], generation, query)
            return
        archive = self.workspace.archive
        self.workspace.tasks.start(
            lambda _progress: search(archive, query, types=types, filters=filters, near=True),
            lambda hits: self._show(hits, generation, query),
            lambda error: self._failed(error, generation))

    def _text_changed(self, _text: str) -> None:
        self.open_when_shown = False  # typing on after Enter: that Enter was for other text
        self.timer.start()

    def busy(self) -> bool:
        """Whether the results on screen may not answer the current text and filters yet."""
        return self.timer.isActive() or self.shown_generation != self.generation

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self.generation:
            self.shown_generation = generation
            self.summary.setText(tr("The search could not be done: {error}").format(error=str(error)[:200]))

    def _show(self, hits: list[Any], generation: int, query: str) -> None:
        if generation != self.generation:
            return  # the text changed while this answer was being found
        from database.search import group_hits

        self.hits = hits
        self.shown_query = query
        self.shown_generation = generation
        self.model.clear()
        exact = [h for h in hits if not h.near]
        near = [h for h in hits if h.near]
        for entity, group in group_hits(exact):
            self._add_group(f"{group_title(entity)} ({len(group)})", group)
        spellings = list(dict.fromkeys(h.near for h in near))
        if near:
            self._add_group(tr("Similar spellings: {names}").format(names=", ".join(spellings)), near)
        self.results.expandAll()
        self._show_summary(exact)
        if spellings and not exact:
            links = ", ".join(f'<a href="{html.escape(s, quote=True)}">{html.escape(s)}</a>' for s in spellings)
            self.near_label.setText(tr("Did you mean: {names}?").format(names=links))
            self.near_label.show()
        else:
            self.near_label.hide()
        first = self._first_hit()
        if first is not None:
            self.results.setCurrentIndex(first)
        if self.open_when_shown:
            self.open_when_shown = False
            if first is not None:
                self._open_index(first)

    def _add_group(self, title: str, hits: list[Any]) -> None:
        group = QStandardItem(title)
        group.setEditable(False)
        group.setSelectable(False)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        for h in hits:
            item = QStandardItem(f"{h.title} — {h.snippet}" if h.snippet else h.title)
            item.setEditable(False)
            item.setData((h.entity, h.id), HIT_ROLE)
            text = f"<b>{marked_html(h.title, h.title_marks)}</b>"
            if h.snippet:
                text += f"<br><span{SNIPPET_STYLE}>{marked_html(h.snippet, h.snippet_marks)}</span>"
            item.setData(text, HTML_ROLE)
            group.appendRow(item)
        self.model.appendRow(group)

    def _show_summary(self, exact: list[Any] | None) -> None:
        if not self.box.text().strip():
            self.summary.setText(tr("Type a name, a place or any words; Latin spellings find Cyrillic names."))
        elif not exact:
            self.summary.setText(tr("Nothing found."))
        else:
            self.summary.setText(tr("1 result") if len(exact) == 1
                                 else tr("{count} results").format(count=len(exact)))

    def _use_spelling(self, spelling: str) -> None:
        self.box.setText(spelling)
        self.run_search()

    # --- opening ----------------------------------------------------------------------------

    def _first_hit(self) -> QModelIndex | None:
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            if self.model.rowCount(group):
                return self.model.index(0, 0, group)
        return None

    def _enter_results(self) -> None:
        first = self._first_hit()
        if first is not None:
            self.results.setFocus()
            if not self.results.currentIndex().parent().isValid():
                self.results.setCurrentIndex(first)

    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit:
            self.workspace.open_record(hit[0], hit[1])

    def open_current(self) -> None:
        """Open the selected hit, or the first one (Enter in the box); if the results for the
        text just typed are not in yet, the first of them once they are."""
        if self.busy():
            self.open_when_shown = True
            if self.timer.isActive():
                self.run_search()
            return
        current = self.results.currentIndex()
        index = current if current.isValid() and current.data(HIT_ROLE) else self._first_hit()
        if index is not None:
            self._open_index(index)

    # --- saved searches ---------------------------------------------------------------------

    def _fill_saved(self) -> None:
        from database.search import saved_searches

        self.saved = {s.name: s for s in saved_searches(self.workspace.archive)}
        self.saved_combo.clear()
        self.saved_combo.addItem(tr("Saved searches…"), None)
        for name in self.saved:
            self.saved_combo.addItem(name, name)
        self.forget_button.setEnabled(bool(self.saved))

    def save_current(self) -> None:
        from database.search import save_search

        name = " ".join(self.box.text().split())[:200]
        if not name:
            self.workspace.status(tr("Type a search first, then save it."))
            return
        save_search(self.workspace.archive, name, self.box.text(), types=self.types() or (), filters=self.filters())
        self._fill_saved()
        self.saved_combo.setCurrentIndex(self.saved_combo.findData(name))
        self.workspace.status(tr("Search saved as “{name}”.").format(name=name))

    def _load_saved(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        saved = self.saved.get(name) if name else None
        if saved is None:
            return
        f = saved.filters
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(saved.types[0]) if saved.types else 0))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(f.status)))
        self.date_from.set_value(f.date_from.isoformat() if f.date_from else "")
        self.date_to.set_value(f.date_to.isoformat() if f.date_to else "")
        self.country.setText(f.country)
        self.organisation.set_value(f.organisation_id)
        self.box.setText(saved.query)
        self.run_search()

    def forget_saved(self) -> None:
        from database.search import delete_saved_search

        name = self.saved_combo.currentData()
        if not name:
            self.workspace.status(tr("Choose a saved search to forget."))
            return
        if self.workspace.dialogs.confirm(tr("Forget saved search"),
                                          tr("Forget the saved search “{name}”?").format(name=name)):
            delete_saved_search(self.workspace.archive, name)
            self._fill_saved()

    # --- staying current --------------------------------------------------------------------

    def _archive_changed(self, _changes: Changes) -> None:
        if self.box.text().strip():
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.box.setFocus()
        self.box.selectAll()


VIEW = ViewSpec(
    key="search",
    order=80,
    title=lambda: tr("Search"),
    build=SearchView,
    entity=None,
    shortcut="Ctrl+Shift+F",
)
