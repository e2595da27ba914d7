"""The Adviezen menu of the main window: the annual report and the figures for the region."""

from core.i18n import tr
from ui.annual.dialog import AnnualReportDialog
from ui.annual.statistics_dialog import StatisticsDialog
from ui.widgets.modal import run_modal


def open_annual_report(window) -> None:
    if window.council is not None:
        run_modal(AnnualReportDialog(window.council, window))


def open_statistics(window) -> None:
    if window.council is not None:
        run_modal(StatisticsDialog(window.council.db, window))


def install_advice_menu(window, before) -> None:
    """Adviezen → Jaarverslag… and Cijfers voor regio en Koepel…, in front of ``before``."""
    menu = window.menuBar().addMenu(tr("&Advice"))
    window.menuBar().insertMenu(before.menuAction(), menu)
    window.annual_action = menu.addAction(tr("&Annual report…"),
                                          lambda: open_annual_report(window))
    window.statistics_action = menu.addAction(tr("Figures for the &region and the Koepel…"),
                                              lambda: open_statistics(window))
    window.advice_menu = menu
