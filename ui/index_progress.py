"""The window's progress while the search index is rebuilt as an archive opens (after an update
changed how it is built): a progress dialog that appears only when a rebuild runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


class IndexProgress:
    """A ``progress(done, total)`` for :func:`database.opening.open_archive`. The rebuild runs
    before the window is shown, so the dialog keeps the application answering between
    batches; it closes itself when the last record is indexed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.dialog: QProgressDialog | None = None
        self.reports: list[tuple[int, int]] = []  # what it was told, for anyone who asks later

    def __call__(self, done: int, total: int) -> None:
        self.reports.append((done, total))
        if self.dialog is None:
            self.dialog = QProgressDialog(self.parent)
            self.dialog.setWindowTitle("Elshi")
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setCancelButton(None)  # the rebuild is one transaction: it ends or it never was
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(True)
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setLabelText(QCoreApplication.translate(
            "IndexProgress", "Preparing search for this version of Elshi: {done} of {total} records indexed…")
            .format(done=f"{done:,}", total=f"{total:,}"))
        self.dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
