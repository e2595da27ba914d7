"""Sending a PDF (as a QPdfDocument) to a printer, page by page as images."""

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Enough for crisp text on paper without making huge images on a 1200 dpi printer.
MAX_PRINT_DPI = 300


def page_range(printer: QPrinter, page_count: int) -> range:
    """The pages the person chose in the print dialog (0-based), or all of them."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(page_count)
    return range(max(0, first - 1), min(page_count, last))


def print_pdf(document: QPdfDocument, printer: QPrinter,
              before_page: Callable[[int, int], bool] | None = None) -> int:
    """Print the chosen pages of ``document``; returns how many pages were printed.

    ``before_page(done, total)`` is called before each page; returning False stops
    (the print job is then aborted, so no half document comes out of the printer).
    """
    pages = page_range(printer, document.pageCount())
    if not pages:
        return 0
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    printed = 0
    try:
        for index in pages:
            if before_page is not None and not before_page(printed, len(pages)):
                printer.abort()
                return 0
            if printed:
                printer.newPage()
            size = document.pagePointSize(index)
            image = document.render(index, QSize(round(size.width() * dpi / 72),
                                                 round(size.height() * dpi / 72)))
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            fitted = QSize(image.width(), image.height()).scaled(
                target.size().toSize(), Qt.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), fitted.toSizeF()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Portrait)
    return printer
