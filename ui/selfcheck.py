"""The self-test's window half: Qt, its plugins and the screens load, without a display.

``core.selftest`` checks the program without Qt; these checks are handed to it
(``run_self_test(extra_checks=qt_checks())``) so that ``Raadswerk --self-test`` also
proves that an installed bundle has its Qt platform plugin, QtPdf (the preview),
QtCharts, printing, and every screen. Qt runs on the 'offscreen' platform unless
QT_QPA_PLATFORM says otherwise, and nothing of the user's settings is touched.
"""

import os
from pathlib import Path

from core.i18n import tr
from core.selftest import SelfTestError, Workspace

# The order matters: the application object comes first.
CHECK_NAMES = ("qt", "pdf preview", "charts", "printing", "screens")


def _application():
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication.instance() or QApplication(["raadswerk-selftest"])


def check_qt(_workspace: Workspace) -> str:
    from PySide6.QtCore import qVersion

    app = _application()
    return tr("Qt {version} on the platform {platform}", version=qVersion(),
              platform=app.platformName())


def _any_pdf(workspace: Workspace) -> Path:
    pdfs = sorted(workspace.folder.glob("*.pdf"))
    if not pdfs:
        raise SelfTestError(tr("There is no printed document to show."))
    return pdfs[0]


def check_pdf_preview(workspace: Workspace) -> str:
    """QtPdf opens a document the program printed and draws its first page."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    _application()
    document = QPdfDocument()
    document.load(str(_any_pdf(workspace)))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise SelfTestError(tr("QtPdf could not open the PDF ({status}).",
                               status=document.status().name))
    image = document.render(0, QSize(420, 595))
    if image.isNull():
        raise SelfTestError(tr("QtPdf could not draw the page."))
    pages = document.pageCount()
    document.close()
    return tr("pages: {count}", count=pages)


def check_charts(_workspace: Workspace) -> str:
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView

    _application()
    bars = QBarSet("signalen")
    bars.append([3, 5, 2])
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(320, 200)
    if view.grab().isNull():
        raise SelfTestError(tr("A chart could not be drawn."))
    return "QtCharts"


def check_printing(workspace: Workspace) -> str:
    """QPrinter (printsupport) writes a page; the system's printers are not asked."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    _application()
    target = workspace.folder / "printer-test.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    painter = QPainter()
    if not painter.begin(printer):
        raise SelfTestError(tr("The printer could not be started."))
    painter.drawText(100, 100, "Raadswerk")
    painter.end()
    if not target.is_file() or target.stat().st_size == 0:
        raise SelfTestError(tr("The printer wrote nothing."))
    return "QtPrintSupport"


def check_screens(workspace: Workspace) -> str:
    """The window with every page on the demo council, the welcome and About."""
    from PySide6.QtCore import QSettings

    from core.database import open_council
    from ui.about import AboutDialog
    from ui.main_window import MainWindow
    from ui.preferences import Preferences
    from ui.welcome import WelcomeDialog

    _application()
    if workspace.demo_path is None:
        raise SelfTestError(tr("There is no demo council to show."))
    settings = QSettings(str(workspace.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Preferences(settings))
    try:
        # Read-only and without the window's open flow: a self-test never asks questions.
        window.set_council(open_council(workspace.demo_path, create=False, read_only=True))
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
        pages = window.navigation.count()
        WelcomeDialog(workspace.folder, workspace.folder / "backups").deleteLater()
        AboutDialog().deleteLater()
    finally:
        window.close()
        window.deleteLater()
    return tr("{count} pages, welcome and About", count=pages)


def qt_checks() -> list[tuple[str, object]]:
    checks = (check_qt, check_pdf_preview, check_charts, check_printing, check_screens)
    return list(zip(CHECK_NAMES, checks, strict=True))
