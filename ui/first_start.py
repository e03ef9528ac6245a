"""What an empty archive shows first: three ways to begin instead of empty lists.

Load the sample archive (to look around), start from a press item (the window's
"from a press item" action, offered only when the window has one), or create the first event.
The panel stands in for Home while the archive has no records and steps aside as soon as one is
saved or another view is chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon
from ui.look import SPACING, TITLE_SCALE, scaled_font
from ui.toolbar import PRESS_ACTION

WIDTH = 520  # a readable measure, centred in the window


def tr(text: str) -> str:
    return QCoreApplication.translate("FirstStart", text)


class FirstStartPanel(QWidget):
    def __init__(self, *, load_sample: Callable[[], None], first_event: Callable[[], None],
                 press: QAction | None) -> None:
        super().__init__()
        self.setAccessibleName(tr("First start"))
        self.heading = QLabel(tr("This archive is empty"))
        self.heading.setFont(scaled_font(self.heading, TITLE_SCALE))
        self.heading.setWordWrap(True)
        self.intro = QLabel(tr("Begin with the sample archive to look around, with a press item about "
                               "a visit or a forum, or with an event of your own."))
        self.intro.setWordWrap(True)
        self.sample_button = self._button(
            "package-open", tr("Load the sample archive"),
            tr("A forum, its delegations, documents and commitments, to try Elshi on"), load_sample)
        self.press_button = self._button(
            "newspaper", tr("Start from a press item…"),
            tr("Paste a press release: Elshi proposes the event, its people and documents for review"),
            lambda: press.trigger() if press is not None else None)
        self.press_button.setVisible(press is not None)
        self.event_button = self._button(
            "calendar-plus", tr("Create the first event"), tr("An empty event form"), first_event)
        column = QVBoxLayout()
        column.setSpacing(SPACING * 2)
        for widget in (self.heading, self.intro, self.sample_button, self.press_button, self.event_button):
            column.addWidget(widget)
        box = QWidget()
        box.setLayout(column)
        box.setFixedWidth(WIDTH)  # a fixed measure, so the wrapped intro gets its full height
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _button(self, icon_name: str, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setIconSize(QSize(24, 24))
        button.setToolTip(tip)
        button.setMinimumHeight(40)
        button.setStyleSheet(f"text-align: left; padding: {SPACING}px {SPACING * 2}px;")
        button.clicked.connect(lambda _checked=False: slot())
        return button


def press_action(window: QWidget) -> QAction | None:
    return window.findChild(QAction, PRESS_ACTION)
