"""Help → Handleiding: F1 opens the manual at the page the secretary is on, in her language."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication

from core.i18n import set_language
from core.manual import manual_sections
from ui.main_window import MainWindow
from ui.manual import ManualDialog
from ui.pages import PAGES
from ui.widgets.screen_fit import WINDOW_FRAME


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_of_the_window_has_a_section_in_the_manual(language):
    anchors = {section.anchor for section in manual_sections(language)}
    missing = [section.name for section in PAGES if section.name not in anchors]
    assert not missing, f"pages without manual text ({language}): {missing}"


def _press_f1(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget = QApplication.focusWidget() or window
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    manual = window.manual_window
    assert manual is not None and manual.isVisible(), "F1 opened no manual"
    return manual


def test_f1_on_the_advice_page_opens_the_manual_at_advice(window, demo_file, qtbot):
    assert window.open_file(demo_file)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("advice")
    window.current_page().search_field().setFocus()  # F1 while typing in a field
    manual = _press_f1(window, qtbot)
    assert manual.contents.currentItem().text() == "Adviezen"
    assert manual.current_anchor() == "advice"
    shown = manual.browser.toPlainText()
    assert shown.startswith("Adviezen") and "Nieuw advies…" in shown
    assert manual.windowTitle() == "Handleiding — Raadswerk"
    # Another page, F1 again: the same window, now at that page's section.
    window.show_section("signals")
    again = _press_f1(window, qtbot)
    assert again is manual and manual.contents.currentItem().text() == "Signalen"
    manual.close()


def test_the_contents_jump_and_find_goes_across_sections(qtbot):
    manual = ManualDialog(anchor="overview")
    qtbot.addWidget(manual)
    manual.contents.setCurrentRow([s.anchor for s in manual.sections].index("privacy"))
    assert "herstelblad" in manual.browser.toPlainText()
    qtbot.keyClicks(manual.find_field, "vacatiegeld")  # only in Vrijwilligersvergoeding
    assert manual.current_anchor() == "allowances"
    assert manual.browser.textCursor().selectedText().lower() == "vacatiegeld"
    manual.find_field.setText("geen-woord-dat-erin-staat")
    assert not manual.find_next()


def test_the_manual_follows_the_language(prefs, qtbot, tmp_path):
    set_language("en")
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.show_section("members")
    action = next(a for a in window.help_menu.actions() if a.text() == "&Manual")
    action.trigger()
    manual = window.manual_window
    assert manual.windowTitle() == "Manual — Raadswerk"
    assert manual.contents.currentItem().text() == "Members"
    assert "New member…" in manual.browser.toPlainText()
    manual.close()


def test_the_manual_fits_a_laptop_screen(window, qtbot, monkeypatch):
    area = QRect(0, 0, 1280, 680)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(area))
    window.show()
    window.show_section("meetings")
    manual = window.help_menu.actions()[0]
    assert manual.shortcut().toString() == "F1"
    manual.trigger()
    shown = window.manual_window
    qtbot.waitExposed(shown)
    room = area.size() - WINDOW_FRAME
    assert shown.width() <= room.width() and shown.height() <= room.height()
    assert shown.browser.height() > 300 and shown.contents.width() >= 150
    assert not shown.browser.horizontalScrollBar().isVisible()
    shown.close()
