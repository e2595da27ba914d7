"""The Adviezen menu of the main window: the annual report and the figures for the region.

The dialogs belong to the Adviezen page (``show_annual_report``, ``show_statistics``):
the menu is there from the start, their code is loaded with the page (ui/pages/__init__.py).
"""

from core.i18n import tr


def install_advice_menu(window, before) -> None:
    """Adviezen → Jaarverslag… and Cijfers voor regio en Koepel…, in front of ``before``."""
    menu = window.menuBar().addMenu(tr("&Advice"))
    window.menuBar().insertMenu(before.menuAction(), menu)
    window.annual_action = menu.addAction(
        tr("&Annual report…"), lambda: window.page("advice").show_annual_report())
    window.statistics_action = menu.addAction(
        tr("Figures for the &region and the Koepel…"),
        lambda: window.page("advice").show_statistics())
    window.advice_menu = menu
