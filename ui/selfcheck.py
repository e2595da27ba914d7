"""The self-test's window half: Qt, its plugins and the screens load, without a display.

``core.selftest`` checks the program without Qt; these checks are handed to it
(``run_self_test(extra_checks=qt_checks())``) so that ``Raadswerk --self-test`` also
proves that an installed bundle has its Qt platform plugin, QtPdf (the preview),
QtCharts, printing, and every screen. Qt runs on the 'offscreen' platform unless
QT_QPA_PLATFORM says otherwise, and nothing of the user's settings is touched.
"""

import importlib
import os
from pathlib import Path
from types import ModuleType

from core.database import open_council
from core.i18n import tr
from core.selftest import SelfTestError, Workspace

# The order matters: the application object comes first.
CHECK_NAMES = ("qt", "pdf preview", "charts", "printing", "screens")


def _installed(module: str) -> ModuleType:
    """The part of the installation a check proves is there, imported by that check:
    a bundle without it fails this one check (named), and every other check still runs."""
    return importlib.import_module(module)


def _application():
    widgets = _installed("PySide6.QtWidgets")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return widgets.QApplication.instance() or widgets.QApplication(["raadswerk-selftest"])


def check_qt(_workspace: Workspace) -> str:
    app = _application()
    return tr("Qt {version} on the platform {platform}",
              version=_installed("PySide6.QtCore").qVersion(), platform=app.platformName())


def _any_pdf(workspace: Workspace) -> Path:
    pdfs = sorted(workspace.folder.glob("*.pdf"))
    if not pdfs:
        raise SelfTestError(tr("There is no printed document to show."))
    return pdfs[0]


def check_pdf_preview(workspace: Workspace) -> str:
    """QtPdf opens a document the program printed and draws its first page."""
    pdf = _installed("PySide6.QtPdf")
    _application()
    document = pdf.QPdfDocument()
    document.load(str(_any_pdf(workspace)))
    if document.status() != pdf.QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise SelfTestError(tr("QtPdf could not open the PDF ({status}).",
                               status=document.status().name))
    image = document.render(0, _installed("PySide6.QtCore").QSize(420, 595))
    if image.isNull():
        raise SelfTestError(tr("QtPdf could not draw the page."))
    pages = document.pageCount()
    document.close()
    return tr("pages: {count}", count=pages)


def check_charts(_workspace: Workspace) -> str:
    charts = _installed("PySide6.QtCharts")
    _application()
    bars = charts.QBarSet("signalen")
    bars.append([3, 5, 2])
    series = charts.QBarSeries()
    series.append(bars)
    chart = charts.QChart()
    chart.addSeries(series)
    view = charts.QChartView(chart)
    view.resize(320, 200)
    if view.grab().isNull():
        raise SelfTestError(tr("A chart could not be drawn."))
    return "QtCharts"


def check_printing(workspace: Workspace) -> str:
    """QPrinter (printsupport) writes a page; the system's printers are not asked."""
    printing = _installed("PySide6.QtPrintSupport")
    _application()
    target = workspace.folder / "printer-test.pdf"
    printer = printing.QPrinter(printing.QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(printing.QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    painter = _installed("PySide6.QtGui").QPainter()
    if not painter.begin(printer):
        raise SelfTestError(tr("The printer could not be started."))
    painter.drawText(100, 100, "Raadswerk")
    painter.end()
    if not target.is_file() or target.stat().st_size == 0:
        raise SelfTestError(tr("The printer wrote nothing."))
    return "QtPrintSupport"


def check_screens(workspace: Workspace) -> str:
    """The window with every page on the demo council, the welcome and About."""
    _application()
    if workspace.demo_path is None:
        raise SelfTestError(tr("There is no demo council to show."))
    qt_settings = _installed("PySide6.QtCore").QSettings
    settings = qt_settings(str(workspace.folder / "settings.ini"), qt_settings.Format.IniFormat)
    window = _installed("ui.main_window").MainWindow(
        _installed("ui.preferences").Preferences(settings))
    try:
        # Read-only and without the window's open flow: a self-test never asks questions.
        window.set_council(open_council(workspace.demo_path, create=False, read_only=True))
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
        pages = window.navigation.count()
        _installed("ui.welcome").WelcomeDialog(workspace.folder,
                                              workspace.folder / "backups").deleteLater()
        _installed("ui.about").AboutDialog().deleteLater()
    finally:
        window.close()
        window.deleteLater()
    return tr("{count} pages, welcome and About", count=pages)


def qt_checks() -> list[tuple[str, object]]:
    checks = (check_qt, check_pdf_preview, check_charts, check_printing, check_screens)
    return list(zip(CHECK_NAMES, checks, strict=True))
