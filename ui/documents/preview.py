"""The preview of any generated document: shown in the window, saved, printed.

Every feature's print button calls

    preview_document(parent, lambda: agenda_pdf(db, meeting_id), tr("Agenda"), "agenda.pdf")

``work`` runs off the UI thread (with a busy indicator) and returns the PDF bytes.
"""

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.documents.characters import MISSING_MARK
from core.errors import RaadswerkError
from core.i18n import tr
from core.output import write_atomically
from ui.documents.printing import new_printer, print_pdf
from ui.errors import show_error
from ui.file_dialogs import pdf_filter
from ui.tasks import run_in_background
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_message import form_message_label
from ui.widgets.modal import run_modal
from ui.widgets.screen_fit import fit_to_screen

_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_last_directory: dict[str, str] = {}


def pages_with_missing_mark(pdf: bytes) -> list[int]:
    """The pages (from 1) whose text holds the box printed for a character no bundled font
    has. Uses no widget, so it runs in a worker thread."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        return [page + 1 for page in range(document.pageCount())
                if MISSING_MARK in document.getAllText(page).text()]
    finally:
        document.close()
        buffer.close()


def unprintable_notice(pages: list[int]) -> str:
    return tr("Not every character can be printed: where {mark} stands, a character is "
              "missing (for example an emoji). Change the text if it matters. Page: "
              "{pages}.", mark=MISSING_MARK, pages=", ".join(str(page) for page in pages))


def safe_filename(name: str, default: str = "document.pdf") -> str:
    """A file name any system accepts, ending in .pdf."""
    cleaned = _UNSAFE_NAME.sub("-", name or "").strip(" .-")[:120] or default
    return cleaned if cleaned.lower().endswith(".pdf") else f"{cleaned}.pdf"


def _start_directory() -> str:
    return _last_directory.get("pdf") or QStandardPaths.writableLocation(
        QStandardPaths.DocumentsLocation)


class PdfPreviewPanel(QWidget):
    """A PDF on screen with zoom, page count, 'Save as PDF…' and 'Print…'.

    While a document is being made it shows a busy indicator instead.
    """

    saved = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.filename = "document.pdf"
        self.pdf: bytes | None = None
        self._buffer: QBuffer | None = None
        self._generation = 0
        self.document = QPdfDocument(self)
        self._build()
        self.show_message(tr("No document to show."))

    # --- layout -------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = FlowLayout()  # beside the letters list the preview is narrow
        self.zoom_out_button = QPushButton(tr("Zoom out"))
        self.zoom_in_button = QPushButton(tr("Zoom in"))
        self.fit_button = QPushButton(tr("Whole width"))
        self.pages_label = QLabel("")
        self.pages_label.setObjectName("pageSubtitle")
        self.save_button = QPushButton(tr("Save as PDF…"))
        self.print_button = QPushButton(tr("Print…"))
        self.save_button.setToolTip(tr("Write this document to a PDF file (Ctrl+S)"))
        self.print_button.setToolTip(tr("Send this document to a printer (Ctrl+P)"))
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        bar.addWidget(self.pages_label)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.stack = QStackedWidget()
        self.message_label = QLabel()
        self.message_label.setObjectName("emptyState")
        self.message_label.setAlignment(Qt.AlignCenter)
        self.message_label.setWordWrap(True)
        self.stack.addWidget(self.message_label)
        self.stack.addWidget(self._busy_widget())
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.stack.addWidget(self.view)
        self.view.pageNavigator().currentPageChanged.connect(
            lambda _page: self._show_page_position())
        layout.addWidget(self.stack, 1)
        self.status_label = form_message_label()
        self.status_label.hide()
        layout.addWidget(self.status_label)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(0.8))
        self.fit_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        for sequence, slot in ((QKeySequence.Save, self.save_as),
                               (QKeySequence.Print, self.print_document),
                               (QKeySequence.ZoomIn, lambda: self.zoom(1.25)),
                               (QKeySequence.ZoomOut, lambda: self.zoom(0.8))):
            QShortcut(sequence, self, activated=slot,
                      context=Qt.WidgetWithChildrenShortcut)

    def _busy_widget(self) -> QWidget:
        busy = QWidget()
        layout = QVBoxLayout(busy)
        layout.addStretch(1)
        self.busy_label = QLabel(tr("The document is being prepared…"))
        self.busy_label.setAlignment(Qt.AlignCenter)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no known length: a moving bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(320)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar, 0, Qt.AlignHCenter)
        layout.addStretch(1)
        return busy

    # --- states -------------------------------------------------------------
    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.save_button, self.print_button, self.zoom_in_button,
                       self.zoom_out_button, self.fit_button):
            button.setEnabled(enabled)

    def show_message(self, text: str) -> None:
        self.status_label.hide()
        self._generation += 1  # a document still being made is no longer wanted
        self.pdf = None
        self.document.close()
        self._drop_buffer()
        self.message_label.setText(text)
        self.pages_label.setText("")
        self.stack.setCurrentIndex(0)
        self._set_actions_enabled(False)

    def _drop_buffer(self) -> None:
        """Free the bytes of the document shown before: the buffer is a child of this
        panel, so without this every letter clicked in the archive stayed in memory."""
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def is_busy(self) -> bool:
        return self.stack.currentIndex() == 1

    def render(self, work: Callable[[], bytes], title: str, filename: str,
               on_failure: Callable[[Exception, str], None] | None = None,
               notice: Callable[[], str] | None = None) -> None:
        """Run ``work`` off the UI thread and show its PDF when it is ready."""
        self._generation += 1
        generation = self._generation
        self.title, self.filename = title, safe_filename(filename)
        self.stack.setCurrentIndex(1)
        self._set_actions_enabled(False)

        def wanted() -> bool:
            # The window may have been closed while the document was being made.
            return isValid(self) and generation == self._generation

        def succeeded(pdf) -> None:
            if wanted():
                self.set_pdf(pdf, title, filename)
                self.show_notice(notice() if notice is not None else "")

        def failed(error: Exception, details: str) -> None:
            if not wanted():
                return
            self.show_message(tr("The document could not be made."))
            if on_failure is not None:
                on_failure(error, details)
            else:
                show_error(self, error, details)

        run_in_background(work, succeeded, failed)

    def show_notice(self, text: str) -> None:
        """A line above the document about how it was made (a left-out attachment); a
        notice already shown stays."""
        if text:
            shown = "" if self.status_label.isHidden() else self.status_label.text()
            self.status_label.setText(f"{shown}\n{text}" if shown else text)
            self.status_label.show()

    def _check_characters(self, pdf: bytes) -> None:
        """Off the UI thread (a 66-page pack takes 76 ms): say where a character no font
        has was printed as a box, once the document is shown."""
        generation = self._generation

        def found(pages) -> None:
            if pages and isValid(self) and generation == self._generation:
                self.show_notice(unprintable_notice(pages))

        run_in_background(lambda: pages_with_missing_mark(pdf), found, lambda *_: None)

    def set_pdf(self, pdf: bytes, title: str, filename: str) -> None:
        """Show ready PDF bytes."""
        self._generation += 1
        self.status_label.hide()
        self.title, self.filename = title, safe_filename(filename)
        self.pdf = bytes(pdf)
        self.document.close()
        self._drop_buffer()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error:
            self.show_message(tr("This document cannot be shown."))
            return
        self._show_page_position()
        self.stack.setCurrentIndex(2)
        self._set_actions_enabled(True)
        self._check_characters(self.pdf)

    def _show_page_position(self) -> None:
        count = self.document.pageCount()
        if count <= 0:
            self.pages_label.setText("")
            return
        current = min(count, self.view.pageNavigator().currentPage() + 1)
        self.pages_label.setText(tr("Page {page} of {total}", page=current, total=count))

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    # --- saving -------------------------------------------------------------
    def ask_save_path(self, suggestion: str) -> str:
        """Where to save (empty: the person cancelled). Tests replace this."""
        path, _selected = QFileDialog.getSaveFileName(
            self, tr("Save as PDF"), suggestion, pdf_filter())
        return path

    def tell_not_saved(self, message: str) -> None:
        """Say why the file could not be written; the save dialog then opens again."""
        QMessageBox.warning(self, tr("Not saved"), message)

    def save_as(self) -> Path | None:
        """Write the PDF where the person chooses; a locked target gets another chance."""
        if self.pdf is None:
            return None
        suggestion = str(Path(_start_directory()) / self.filename)
        while True:
            path = self.ask_save_path(suggestion)
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            try:
                written = write_atomically(Path(path), self.pdf)
            except RaadswerkError as error:
                self.tell_not_saved(str(error))
                suggestion = path
                continue
            _last_directory["pdf"] = str(written.parent)
            self.status_label.setText(tr("Saved: {path}", path=written))
            self.status_label.show()
            self.saved.emit(str(written))
            return written

    # --- printing -----------------------------------------------------------
    def ask_printer(self, printer) -> bool:
        """Show the system print dialog; True when the person chose to print."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print"))
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        return run_modal(dialog) == QDialog.Accepted

    def print_document(self) -> int:
        """Print through the system dialog; returns the number of pages sent."""
        if self.pdf is None:
            return 0
        printer = new_printer(self.title)
        if not self.ask_printer(printer):
            return 0
        progress = QProgressDialog(tr("Sending the document to the printer…"), tr("Cancel"),
                                   0, self.document.pageCount(), self)
        progress.setWindowTitle(tr("Print"))
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(400)  # a one-page letter needs no progress window

        def before_page(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(tr("Printing page {page} of {total}…", page=done + 1,
                                     total=total))
            QApplication.processEvents()  # keeps the window drawn and Cancel clickable
            return not progress.wasCanceled()

        try:
            return print_pdf(self.document, printer, before_page)
        finally:
            progress.close()


class PreviewDialog(QDialog):
    """A window over the program with the preview panel and a close button."""

    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WA_DeleteOnClose)
        fit_to_screen(self, 860, 980)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.panel = PdfPreviewPanel(self)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _failed(self, error: Exception, details: str) -> None:
        show_error(self.parentWidget() or self, error, details)
        self.reject()


def preview_document(parent, work: Callable[[], bytes], title: str,
                     filename: str, notice: Callable[[], str] | None = None) -> PreviewDialog:
    """Make the PDF off the UI thread (busy indicator), then show it to save or print.

    ``notice``, called once the PDF is ready, gives a line to show above it.
    """
    dialog = PreviewDialog(parent, title)
    dialog.panel.render(work, title, filename, on_failure=dialog._failed, notice=notice)
    dialog.show()
    return dialog
