"""The same keys on every page, the advice toolbar keeps the cursor in the text, and the
window opens within the screen's work area."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui.main_window import MainWindow


def test_the_first_window_fits_the_available_screen(qtbot, prefs):
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    available = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.width() >= available.width() - 50


def test_ctrl_f_finds_on_every_list_page(qtbot, window, demo_file):
    assert window.open_file(demo_file)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for section in ("members", "signals", "advice", "letters"):
        window.show_section(section)
        qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
        field = window.current_page().search_field()
        assert field is not None and field.hasFocus(), section


def test_ctrl_n_asks_every_page_for_a_new_record(qtbot, window, demo_file, monkeypatch):
    assert window.open_file(demo_file)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    made = []
    for section in ("members", "meetings", "signals", "advice", "letters"):
        page = window.page(section)
        monkeypatch.setattr(page, "new_record", lambda s=section: made.append(s))
        window.show_section(section)
        qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    assert made == ["members", "meetings", "signals", "advice", "letters"]


def test_the_list_button_keeps_the_cursor_in_the_advice_text(qtbot, window, demo_file):
    assert window.open_file(demo_file)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section("advice")
    page = window.current_page()
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        if not page.details.advice.text_frozen:
            break
    page.details.tabs.setCurrentWidget(page.details.text_tab)
    editor = page.details.editor
    editor.edit.setFocus()
    qtbot.mouseClick(editor.bullets_button, Qt.LeftButton)
    assert editor.edit.hasFocus()
    qtbot.keyClicks(editor.edit, "eerste punt")
    assert "eerste punt" in editor.edit.toPlainText()
