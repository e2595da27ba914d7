"""The Leden menu of the main window: the volunteer allowances.

The dialog belongs to the Leden page (``show_allowances``): the menu is there from the
start, the dialog's code (ReportLab, openpyxl) is loaded with the page.
"""

from core.i18n import tr


def install_members_menu(window, before) -> None:
    """Leden → Vrijwilligersvergoeding…, in front of ``before``."""
    menu = window.menuBar().addMenu(tr("&Members"))
    window.menuBar().insertMenu(before.menuAction(), menu)
    window.allowances_action = menu.addAction(
        tr("&Volunteer allowances…"), lambda: window.page("members").show_allowances())
    window.members_menu = menu
