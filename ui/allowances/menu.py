"""The Leden menu of the main window: the volunteer allowances."""

from core.i18n import tr
from ui.allowances.dialog import AllowancesDialog
from ui.widgets.modal import run_modal


def open_allowances(window) -> None:
    if window.council is not None:
        run_modal(AllowancesDialog(window.council, window))


def install_members_menu(window, before) -> None:
    """Leden → Vrijwilligersvergoeding…, in front of ``before``."""
    menu = window.menuBar().addMenu(tr("&Members"))
    window.menuBar().insertMenu(before.menuAction(), menu)
    window.allowances_action = menu.addAction(tr("&Volunteer allowances…"),
                                              lambda: open_allowances(window))
    window.members_menu = menu
