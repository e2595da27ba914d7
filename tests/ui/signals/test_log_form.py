"""The logging form, driven with the keyboard alone (as a secretary at the walk-in hour)."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.signals import get_signal, status_history
from core.signals.privacy import get_contact
from core.signals.repository import count_signals
from ui.signals.log_dialog import LogSignalDialog


def add_member(db, first, last) -> int:
    return db.execute(
        "INSERT INTO members (first_name, last_name, sort_name, created_at, updated_at) "
        "VALUES (?, ?, ?, '2026-01-01', '2026-01-01')", [first, last, last]).lastrowid


def open_dialog(qtbot, db):
    dialog = LogSignalDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def press(qtbot, key, modifier=Qt.NoModifier, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_signal_is_logged_with_the_keyboard_only(qtbot, db):
    member = add_member(db, "Ilse", "Vries")
    dialog = open_dialog(qtbot, db)
    form = dialog.form
    assert QApplication.focusWidget() is form.received_on
    assert form.received_on.text() == dt.date.today().strftime("%d-%m-%Y")
    press(qtbot, Qt.Key_Tab)                       # channel
    press(qtbot, Qt.Key_Down)                      # Spreekuur → Telefoon
    press(qtbot, Qt.Key_Tab)                       # themes
    press(qtbot, Qt.Key_Down)                      # Jeugdhulp
    press(qtbot, Qt.Key_Space)
    press(qtbot, Qt.Key_Down, times=2)             # Inkomen en armoede
    press(qtbot, Qt.Key_Space)
    press(qtbot, Qt.Key_Tab)
    type_text(qtbot, "ouders")
    press(qtbot, Qt.Key_Tab)
    type_text(qtbot, "De Hoven")
    press(qtbot, Qt.Key_Tab)
    type_text(qtbot, "Wachtlijst jeugd-ggz; gezin 'redt het niet' <meer>.")
    press(qtbot, Qt.Key_Tab)                       # sensitive
    press(qtbot, Qt.Key_Space)
    press(qtbot, Qt.Key_Tab)                       # logged by
    press(qtbot, Qt.Key_Down)
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)

    assert dialog.saved_ids and not dialog.isVisible()
    signal = get_signal(db, dialog.saved_ids[0])
    assert signal.channel_label == "Telefoon"
    assert signal.theme_labels == "Jeugdhulp, Inkomen en armoede"
    assert (signal.target_group, signal.neighbourhood) == ("ouders", "De Hoven")
    assert signal.description == "Wachtlijst jeugd-ggz; gezin 'redt het niet' <meer>."
    assert signal.sensitive and signal.logged_by == member
    assert signal.received_on == dt.date.today()
    assert get_contact(db, signal.id) is None
    assert status_history(db, signal.id)[0].changed_by_name == "Ilse Vries"


def test_consent_reveals_contact_fields_and_saves_them(qtbot, db):
    dialog = open_dialog(qtbot, db)
    form = dialog.form
    press(qtbot, Qt.Key_Tab, times=2)              # themes
    press(qtbot, Qt.Key_Space)                     # Wmo-ondersteuning thuis
    press(qtbot, Qt.Key_Tab, times=3)              # description
    type_text(qtbot, "Wil graag teruggebeld worden over de traplift.")
    press(qtbot, Qt.Key_Tab, times=3)              # sensitive, logged by, consent
    assert QApplication.focusWidget() is form.consent
    press(qtbot, Qt.Key_Space)
    assert form.contact_group.isVisible()
    press(qtbot, Qt.Key_Tab)
    type_text(qtbot, "Sevgi Øzdemir")
    press(qtbot, Qt.Key_Tab)
    type_text(qtbot, "06-12345678")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    contact = get_contact(db, dialog.saved_ids[0])
    assert (contact.name, contact.phone, contact.consent_on) == (
        "Sevgi Øzdemir", "06-12345678", dt.date.today())


def test_save_and_next_keeps_the_form_open_for_the_next_signal(qtbot, db):
    dialog = open_dialog(qtbot, db)
    for text in ("Eerste signaal", "Tweede signaal"):
        press(qtbot, Qt.Key_Tab, times=2)
        press(qtbot, Qt.Key_Space)
        press(qtbot, Qt.Key_Tab, times=3)
        type_text(qtbot, text)
        press(qtbot, Qt.Key_Return, Qt.ControlModifier | Qt.ShiftModifier)
        assert dialog.isVisible()
        assert QApplication.focusWidget() is dialog.form.received_on
    assert [get_signal(db, i).description for i in dialog.saved_ids] == [
        "Eerste signaal", "Tweede signaal"]
    assert "is opgeslagen" in dialog.message.text()
    assert dialog.form.description.toPlainText() == ""


def test_missing_theme_gives_a_dutch_message_and_focuses_the_list(qtbot, db):
    dialog = open_dialog(qtbot, db)
    press(qtbot, Qt.Key_Tab, times=5)
    type_text(qtbot, "Zonder thema")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.message.text() == "Kies minstens één thema."
    assert QApplication.focusWidget() is dialog.form.themes
    assert count_signals(db) == 0
    assert dialog.form.description.toPlainText() == "Zonder thema"  # nothing typed is lost


def test_a_mistyped_date_is_explained(qtbot, db):
    dialog = open_dialog(qtbot, db)
    dialog.form.received_on.selectAll()
    type_text(qtbot, "31-02-2026")
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Space)
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.message.text() == "'31-02-2026' is geen datum. Schrijf de datum als 14-03-2026."
    assert QApplication.focusWidget() is dialog.form.received_on
    assert count_signals(db) == 0


def test_the_next_form_starts_with_the_same_logger(qtbot, db):
    add_member(db, "Anneke", "Berg")
    second = add_member(db, "Kees", "Jansen")
    dialog = open_dialog(qtbot, db)
    form = dialog.form
    form.logged_by.setCurrentIndex(form.logged_by.findData(second))
    form.themes.item(0).setCheckState(Qt.Checked)
    form.description.setPlainText("Iets")
    assert dialog.save() is not None
    again = open_dialog(qtbot, db)
    assert again.form.logged_by.currentText() == "Kees Jansen"
