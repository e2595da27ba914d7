"""The Adviezen page driven like a secretary does: find, open, write, adopt, send, respond."""

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from core.advice import AdviceInput, get_advice, list_advice
from core.advice.points import advice_points
from core.i18n import set_language
from core.profile import load_profile, save_profile
from ui.advice.form import AdviceForm
from ui.pages.advice import AdvicePage
from ui.signals.fields import DateField


@pytest.fixture
def page(qtbot, demo_council):
    widget = AdvicePage()
    qtbot.addWidget(widget)
    widget.set_council(demo_council)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _reference_ids(db) -> dict[str, int]:
    return {row.reference: row.id for row in list_advice(db)}


def test_register_lists_every_advice_with_overdue_in_red(page):
    assert page.model.rowCount() == 17
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert rows[0].reference == "2026-11"  # newest first
    late = next(i for i, row in enumerate(rows) if row.reference == "2026-07")
    colour = page.model.data(page.model.index(late, 3), Qt.ForegroundRole)
    assert colour is not None and colour.name() == "#b00020"
    assert "2026: 5 adviezen verzonden" in page.figures.text.text()


def test_filters_and_search(qtbot, page):
    # The search reads the whole advice (text and response too), like Ctrl+K does.
    page.search.setText("mantelzorgbel")
    subjects = [page.model.row_at(i).subject for i in range(page.model.rowCount())]
    assert "Mantelzorgbeleid 2027" in subjects
    page.search.setText("mantelzorgbeleid xyzzyq")
    assert page.model.rowCount() == 0
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    assert {page.model.row_at(i).status for i in range(page.model.rowCount())} == {"closed"}
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert all(page.model.row_at(i).reference.startswith("2025")
               for i in range(page.model.rowCount()))
    assert "2025: 6 adviezen verzonden" in page.figures.text.text()


def test_open_item_clears_filters_that_hide_it(page, demo_council):
    ids = _reference_ids(demo_council.db)
    page.search.setText("iets dat niet bestaat")
    page.open_item(ids["2026-03"])
    assert page.details.heading.text().startswith("2026-03 — Leerlingenvervoer")
    assert "reactie uitgebleven" in page.details.state.text()
    assert page.search.text() == ""


def test_write_adopt_make_letter_send_and_respond(qtbot, page, demo_council, previews,
                                                  monkeypatch):
    db = demo_council.db
    advice_id = _reference_ids(db)["2026-07"]  # a draft
    page.open_item(advice_id)
    details = page.details
    details.editor.set_text("# Advies\n\nWij adviseren **ruimhartig**.")
    details.editor.set_modified(True)
    details.save_text()
    assert get_advice(db, advice_id).body == "# Advies\n\nWij adviseren **ruimhartig**."

    # Status dialogs are answered with the demo's date.
    monkeypatch.setattr("ui.advice.details.StatusDialog.exec", lambda self: QDialog.Accepted)
    monkeypatch.setattr("ui.advice.details.LetterDateDialog.exec", lambda self: QDialog.Accepted)
    monkeypatch.setattr("ui.advice.details.AdoptionDialog.exec", lambda self: QDialog.Accepted)
    details.today = dt.date(2026, 11, 22)
    details.change_status("adopted")
    assert get_advice(db, advice_id).status == "adopted"
    assert details.editor.edit.isReadOnly() and "Vastgesteld op" in details.frozen_note.text()

    details.make_letter()
    qtbot.waitUntil(lambda: get_advice(db, advice_id).letter_id is not None, timeout=15000)
    qtbot.waitUntil(lambda: bool(previews), timeout=5000)
    title, pdf = previews[-1]
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "2026-07" in text and "ruimhartig" in text

    details.change_status("sent")
    assert get_advice(db, advice_id).sent_on == dt.date(2026, 11, 22)
    assert details.response_button.isEnabled()


def test_sending_without_letter_says_why(page, demo_council, messages, monkeypatch):
    db = demo_council.db
    advice_id = _reference_ids(db)["2026-07"]
    page.open_item(advice_id)
    statuses = []
    page.details._fill_status_menu()
    statuses = [action.text() for action in page.details.status_menu.actions()]
    assert "Verzonden" not in statuses and "Vastgesteld" in statuses
    monkeypatch.setattr("ui.advice.details.StatusDialog.exec", lambda self: QDialog.Accepted)
    page.details.change_status("sent")
    assert messages and "vastgesteld advies" in messages[-1]
    assert get_advice(db, advice_id).status == "draft"


def test_bad_date_in_the_register_form_is_refused(page, demo_council):
    advice_id = _reference_ids(demo_council.db)["2026-09"]
    page.open_item(advice_id)
    page.details.tabs.setCurrentIndex(0)
    page.details.form.deadline.setText("31-02-2026")
    page.details.save_register()
    assert "is geen datum" in page.details.form_message.text()
    assert get_advice(demo_council.db, advice_id).deadline == dt.date(2026, 12, 28)


def test_new_advice_dialog_fills_the_deadline(qtbot, demo_council):
    from ui.advice.dialogs import NewAdviceDialog

    dialog = NewAdviceDialog(demo_council.db, dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    assert dialog.form.deadline.text() == "01-01-2027"  # six calendar weeks
    dialog.form.subject.setText("Nota 'Ōgai' & <Øzdemir>")
    dialog.form.request_date.setText("13-03-2026")
    dialog.form.request_date.editingFinished.emit()
    assert dialog.form.deadline.text() == "24-04-2026"
    dialog.form.deadline.setText("30-04-2026")
    dialog.form.deadline.textEdited.emit("30-04-2026")
    dialog.form.request_date.setText("16-03-2026")
    dialog.form.request_date.editingFinished.emit()
    assert dialog.form.deadline.text() == "30-04-2026"  # typed by hand: it stays
    dialog.accept()
    advice = get_advice(demo_council.db, dialog.created_id)
    assert advice.reference == "2026-12" and advice.deadline == dt.date(2026, 4, 30)
    assert advice.subject == "Nota 'Ōgai' & <Øzdemir>"


def test_read_only_file_disables_editing(qtbot, demo_file):
    from core.database import open_council

    council = open_council(demo_file, create=False, read_only=True)
    try:
        page = AdvicePage()
        qtbot.addWidget(page)
        page.set_council(council)
        page.open_item(page.model.row_at(0).id)
        assert not page.new_button.isEnabled()
        assert not page.details.save_button.isEnabled()
        assert page.details.editor.edit.isReadOnly()
    finally:
        council.close()


def test_settings_tab_saves_terms(qtbot, demo_council):
    from core.advice import response_weeks, term_weeks
    from core.advice.copies import copy_to_council
    from ui.advice.settings_tab import AdviceSettingsTab

    tab = AdviceSettingsTab()
    qtbot.addWidget(tab)
    tab.load(demo_council.db)
    assert tab.term.value() == 6 and tab.response.value() == 8
    assert tab.copy_to_council.isChecked()  # a copy to the council is the default
    tab.term.setValue(4)
    tab.response.setValue(10)
    tab.copy_to_council.setChecked(False)
    tab.save()
    assert term_weeks(demo_council.db) == 4 and response_weeks(demo_council.db) == 10
    assert not copy_to_council(demo_council.db)
    assert tab.message.text() == "Opgeslagen."


def test_coming_back_keeps_typed_text_and_shows_changes(qtbot, page, demo_council):
    from core.signals import link_signal_to_advice, list_signals

    db = demo_council.db
    advice_id = _reference_ids(db)["2026-08"]
    page.open_item(advice_id)
    signal = list_signals(db)[0]
    link_signal_to_advice(db, signal.id, advice_id)  # as the Signalen page would
    page.hide()
    page.show()
    assert page.details.signal_list.count() >= 1
    page.details.form.subject.setText("Nieuwe titel")
    page.details.form.subject.textEdited.emit("Nieuwe titel")
    page.hide()
    page.show()
    assert page.details.form.subject.text() == "Nieuwe titel"


def test_a_reminder_is_drafted_rendered_off_the_ui_thread_and_kept(qtbot, page, demo_council,
                                                                   monkeypatch):
    from core.letters import letter_pdf

    db = demo_council.db
    sent = next(a for a in list_advice(db)
                if get_advice(db, a.id).sent_on and not get_advice(db, a.id).reminder_letter_id
                and get_advice(db, a.id).response is None)
    page.open_item(sent.id)
    monkeypatch.setattr("ui.advice.details.ReminderDialog.exec", lambda self: QDialog.Accepted)
    page.details.write_reminder()
    qtbot.waitUntil(lambda: get_advice(db, sent.id).reminder_letter_id is not None,
                    timeout=15000)
    letter_id = get_advice(db, sent.id).reminder_letter_id
    text = PdfReader(io.BytesIO(letter_pdf(db, letter_id))).pages[0].extract_text()
    assert sent.reference in text


def test_the_text_tab_says_how_the_letter_opens(page, demo_council):
    advice = get_advice(demo_council.db, _reference_ids(demo_council.db)["2026-07"])
    page.open_item(advice.id)
    note = page.details.frozen_note.text()
    opening = "Op uw verzoek van" if advice.kind == "requested" else "Uit eigen beweging"
    assert f"begint met: {opening}" in note and f"‘{advice.subject}’" in note
    assert "aanhef" in note and "ondertekening" in note


def test_an_agreed_extension_is_recorded_from_the_status_menu(page, demo_council,
                                                               monkeypatch):
    db = demo_council.db
    advice_id = _reference_ids(db)["2026-07"]
    page.open_item(advice_id)
    details = page.details
    details._fill_status_menu()
    extension = next(action for action in details.status_menu.actions()
                     if action.text() == "Uitstel vastleggen…")

    def agreed(dialog):
        dialog.deadline.setText("15-01-2027")
        dialog.agreed_on.setText("20-11-2026")
        dialog.note.setText("telefonisch met de beleidsmedewerker")
        return QDialog.Accepted

    monkeypatch.setattr("ui.advice.details.ExtensionDialog.exec", agreed)
    extension.trigger()
    assert get_advice(db, advice_id).deadline == dt.date(2027, 1, 15)
    steps = [details.history.item(row).text() for row in range(details.history.count())]
    assert "20 november 2026: Uitstel afgesproken — Nieuwe termijn 15 januari 2027. " \
           "telefonisch met de beleidsmedewerker" in steps


def test_the_response_is_recorded_per_point_of_the_advice(page, demo_council, monkeypatch):
    db = demo_council.db
    sent = next(row for row in list_advice(db) if row.status == "sent"
                and advice_points(get_advice(db, row.id).body))
    advice = get_advice(db, sent.id)
    page.open_item(advice.id)
    points = advice_points(advice.body)

    def answered(dialog):
        rows = dialog.points._rows
        rows[0][2].setCurrentIndex(rows[0][2].findData("adopted"))
        assert dialog.outcome.currentData() == "adopted"  # follows the answers so far
        rows[1][2].setCurrentIndex(rows[1][2].findData("rejected"))
        rows[1][3].setText("te duur")
        assert dialog.outcome.currentData() == "partly"
        dialog.date.setText("20-11-2026")
        return QDialog.Accepted

    monkeypatch.setattr("ui.advice.details.ResponseDialog.exec", answered)
    page.details.record_response()
    response = get_advice(db, advice.id).response
    assert response.outcome == "partly"
    assert [(p.number, p.outcome, p.note) for p in response.points] == [
        (points[0][0], "adopted", ""), (points[1][0], "rejected", "te duur")]
    shown = page.details.response_text.text()
    assert f"{points[1][0]}. " in shown and "Niet overgenomen</b> (te duur)" in shown


def test_an_advice_is_adopted_in_a_written_round(page, demo_council, monkeypatch):
    db = demo_council.db
    advice_id = _reference_ids(db)["2026-07"]  # a draft
    page.open_item(advice_id)
    details = page.details
    details.today = dt.date(2026, 11, 22)

    def voted(dialog):
        assert "niet meer" in dialog.findChild(QLabel).text()  # the text freezes
        dialog.in_round.setChecked(True)
        assert dialog.round_part.isEnabled() and not dialog.meeting_part.isEnabled()
        dialog.round_date.setText("20-11-2026")
        dialog.votes["for"].setValue(7)
        dialog.votes["against"].setValue(1)
        dialog.note.setText("Opmerking van de werkgroep verwerkt")
        return QDialog.Accepted

    monkeypatch.setattr("ui.advice.details.AdoptionDialog.exec", voted)
    details.change_status("adopted")
    advice = get_advice(db, advice_id)
    assert advice.status == "adopted" and advice.adopted_on == dt.date(2026, 11, 20)
    assert advice.adoption.how == "written_round" and advice.adoption.votes_for == 7
    steps = [details.history.item(row).text() for row in range(details.history.count())]
    assert any("schriftelijke ronde: 7 voor, 1 tegen, 0 onthouding" in step for step in steps)


def test_adopting_in_a_meeting_offers_the_decisions_since_the_request(page, demo_council,
                                                                        monkeypatch):
    db = demo_council.db
    advice = get_advice(db, _reference_ids(db)["2026-07"])
    page.open_item(advice.id)
    details = page.details
    details.today = dt.date(2026, 11, 22)
    offered = []

    def chose_the_first(dialog):
        offered.extend(dialog.decision.itemText(index)
                       for index in range(1, dialog.decision.count()))
        dialog.decision.setCurrentIndex(1)
        return QDialog.Accepted

    monkeypatch.setattr("ui.advice.details.AdoptionDialog.exec", chose_the_first)
    details.change_status("adopted")
    adopted = get_advice(db, advice.id)
    assert offered, "the demo has decisions since the request"
    assert adopted.adoption.decision_id is not None
    assert adopted.adopted_on >= advice.request_date
    code = offered[0].split(" — ")[0]
    assert f"besluit {code}" in adopted.history[-1].note


def test_a_regional_council_chooses_the_municipality_that_asked(qtbot, demo_council):
    db = demo_council.db
    form = AdviceForm()
    qtbot.addWidget(form)
    form.show()
    form.set_db(db)
    assert not form.municipality.isVisible()  # one municipality: nothing to choose
    profile = load_profile(db)
    save_profile(db, dataclasses.replace(profile, other_municipalities=["Oosterveld"]))
    form.set_db(db)
    assert form.municipality.isVisible()
    assert [form.municipality.itemText(i) for i in range(form.municipality.count())] == [
        profile.municipality, "Oosterveld"]
    form.load(AdviceInput(subject="Inkoop", request_date=dt.date(2026, 11, 1),
                          municipality="Oosterveld"))
    assert form.value().municipality == "Oosterveld"
    form.municipality.setCurrentIndex(0)
    assert form.value().municipality == ""  # the council's own


def test_date_fields_hint_the_format_in_the_ui_language(qtbot):
    for language, hint in (("en", "dd-mm-yyyy"), ("nl", "dd-mm-jjjj")):
        set_language(language)
        try:
            form = AdviceForm()
            qtbot.addWidget(form)
            assert form.request_date.placeholderText() == hint
            assert DateField().placeholderText() == hint
        finally:
            set_language("nl")


def test_an_adopted_advice_that_was_not_sent_goes_back_to_concept(page, demo_council,
                                                                   monkeypatch):
    db = demo_council.db
    advice_id = _reference_ids(db)["2026-06"]  # adopted, its letter not sent
    assert get_advice(db, advice_id).status == "adopted"
    page.open_item(advice_id)
    details = page.details
    details.today = dt.date(2026, 11, 22)
    assert details.editor.edit.isReadOnly()
    details._fill_status_menu()
    back = next(action for action in details.status_menu.actions()
                if action.text() == "Concept")
    warned = []

    def confirmed(dialog):
        warned.extend(label.text() for label in dialog.findChildren(QLabel))
        return QDialog.Accepted

    monkeypatch.setattr("ui.advice.details.StatusDialog.exec", confirmed)
    back.trigger()
    assert any("Terug naar concept" in text for text in warned)
    advice = get_advice(db, advice_id)
    assert advice.status == "draft" and advice.letter_id is None
    assert not details.editor.edit.isReadOnly()


def test_saving_a_text_that_greets_itself_warns(page, demo_council):
    advice_id = _reference_ids(demo_council.db)["2026-07"]  # a draft
    page.open_item(advice_id)
    details = page.details
    details.editor.set_text("Geacht college,\n\nWij adviseren ruimhartig.")
    details.editor.set_modified(True)
    assert details.save_text()  # saved: the secretary decides
    message = details.text_message.text()
    assert "opgeslagen" in message.lower() and "aanhef" in message
