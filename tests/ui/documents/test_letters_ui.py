"""Writing a free letter and finding it back in the archive (Brieven)."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from core.letters import get_letter, letter_pdf, list_letters
from core.profile import load_profile
from ui.documents.archive import LettersArchive
from ui.documents.letter_editor import LetterEditorDialog
from ui.pages.letters import LettersPage
from ui.widgets.cut_text_tips import CutTextTips

TODAY = dt.date(2026, 11, 22)


def _editor(qtbot, db, **kwargs) -> LetterEditorDialog:
    dialog = LetterEditorDialog(db, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_new_letter_starts_from_the_profile(qtbot, demo_council):
    dialog = _editor(qtbot, demo_council.db)
    form = dialog.form
    assert form.place.text() == "Lindewaarde"
    assert form.letter_date.text() == "22-11-2026"
    assert form.salutation.text() == "Geacht college,"
    assert form.closing.text() == "Met vriendelijke groet,"
    names = [name.text() for name, _role in form.signer_fields]
    assert names == [signer.name for signer in load_profile(demo_council.db).signers]


def test_keeping_a_letter_archives_it_with_its_pdf(qtbot, demo_council):
    db = demo_council.db
    before = len(list_letters(db))
    dialog = _editor(qtbot, db)
    form = dialog.form
    form.addressee.setPlainText("Mevrouw Ş. Yılmaz\n<b>Dorpsstraat 1</b>\n1234 AB  Dorp")
    form.subject.setText("Vraag over AT&T <font size=40>")
    form.body.setPlainText("Eerste alinea.\n\n- punt één\n- punt twee")
    form.reference.setText("ASD/2026/050")
    with qtbot.waitSignal(dialog.archived, timeout=20000) as archived:
        dialog.archive_button.click()
    letter_id = archived.args[0]
    assert len(list_letters(db)) == before + 1
    letter = get_letter(db, letter_id)
    assert letter.kind == "free" and letter.sent_on is None
    assert letter.content.letter_date == TODAY
    text = PdfReader(io.BytesIO(letter_pdf(db, letter_id))).pages[0].extract_text()
    assert "Vraag over AT&T <font size=40>" in text
    assert "<b>Dorpsstraat 1</b>" in text
    assert "Lindewaarde, 22 november 2026" in text


def test_missing_subject_is_said_and_nothing_is_kept(qtbot, demo_council):
    db = demo_council.db
    before = len(list_letters(db))
    dialog = _editor(qtbot, db)
    dialog.show()
    dialog.form.addressee.setPlainText("Iemand")
    dialog.archive_button.click()
    assert "onderwerp" in dialog.message.text()
    assert dialog.message.property("error") is True
    assert dialog.focusWidget() is dialog.form.subject
    assert len(list_letters(db)) == before


def test_a_date_that_is_not_a_date_is_said(qtbot, demo_council):
    dialog = _editor(qtbot, demo_council.db)
    dialog.form.addressee.setPlainText("Iemand")
    dialog.form.subject.setText("Iets")
    dialog.form.letter_date.setText("31-02-2026")
    assert dialog.checked_content() is None
    assert "geen datum" in dialog.message.text()


def test_format_buttons_insert_the_markers(qtbot, db):
    dialog = _editor(qtbot, db)
    body = dialog.form.body
    body.setPlainText("belangrijk")
    body.selectAll()
    dialog.form.wrap_selection("**")
    assert body.toPlainText() == "**belangrijk**"
    body.setPlainText("eerste\ntweede")
    body.selectAll()
    dialog.form.prefix_lines("numbers")
    assert body.toPlainText() == "1. eerste\n2. tweede"


def test_preview_from_the_editor_shows_the_letter(qtbot, demo_council):
    dialog = _editor(qtbot, demo_council.db)
    dialog.form.addressee.setPlainText("Iemand")
    dialog.form.subject.setText("Voorbeeldbrief")
    preview = dialog.preview()
    qtbot.waitUntil(lambda: preview.panel.pdf is not None, timeout=20000)
    assert "Voorbeeldbrief" in PdfReader(io.BytesIO(preview.panel.pdf)).pages[0].extract_text()
    assert list_letters(demo_council.db, search="Voorbeeldbrief") == []  # not kept yet


def _archive(qtbot, council) -> LettersArchive:
    archive = LettersArchive()
    archive.today = lambda: TODAY
    qtbot.addWidget(archive)
    archive.set_database(council.db, council.read_only)
    return archive


def test_archive_lists_letters_and_shows_the_selected_pdf(qtbot, demo_council):
    archive = _archive(qtbot, demo_council)
    total = len(list_letters(demo_council.db))
    assert archive.model.total() == total
    assert archive.count_label.text().startswith(str(total))
    newest = list_letters(demo_council.db)[0]
    assert archive.current().id == newest.id
    assert archive.preview.pdf == letter_pdf(demo_council.db, newest.id)


def test_search_and_kind_filter(qtbot, demo_council):
    archive = _archive(qtbot, demo_council)
    archive.search.setText("eenzaamheid")
    archive.reload()
    assert archive.model.total() == 1
    assert "eenzaamheid" in archive.current().subject
    archive.search.setText("")
    archive.kind_filter.setCurrentIndex(archive.kind_filter.findData("free"))  # reloads
    assert archive.model.total() == len(list_letters(demo_council.db, kind="free"))


def test_mark_sent_and_change_only_unsent(qtbot, demo_council):
    archive = _archive(qtbot, demo_council)
    unsent = next(letter for letter in list_letters(demo_council.db, kind="free")
                  if letter.sent_on is None)
    archive.select_letter(unsent.id)
    assert archive.change_button.isEnabled()
    assert archive.sent_button.text() == "Markeren als verzonden"
    archive.toggle_sent()
    assert get_letter(demo_council.db, unsent.id).sent_on == TODAY
    assert archive.current().id == unsent.id
    assert not archive.change_button.isEnabled()
    assert archive.sent_button.text() == "Markeren als niet verzonden"


def test_reuse_starts_a_new_letter_dated_today(qtbot, demo_council):
    archive = _archive(qtbot, demo_council)
    sent = next(letter for letter in list_letters(demo_council.db) if letter.sent_on)
    archive.select_letter(sent.id)
    dialog = archive.reuse_letter()
    qtbot.addWidget(dialog)
    assert dialog.letter_id is None
    assert dialog.form.subject.text() == sent.subject
    assert dialog.form.letter_date.text() == "22-11-2026"


def test_delete_asks_first_and_only_for_unsent_letters(qtbot, demo_council, monkeypatch):
    archive = _archive(qtbot, demo_council)
    sent = next(letter for letter in list_letters(demo_council.db) if letter.sent_on)
    archive.select_letter(sent.id)
    assert not archive.delete_button.isEnabled()
    letter = next(letter for letter in list_letters(demo_council.db) if not letter.sent_on)
    archive.select_letter(letter.id)
    assert archive.delete_button.isEnabled()
    monkeypatch.setattr(archive, "confirm_delete", lambda summary: False)
    archive.delete_current()
    assert get_letter(demo_council.db, letter.id)
    monkeypatch.setattr(archive, "confirm_delete", lambda summary: True)
    archive.delete_current()
    assert letter.id not in [item.id for item in list_letters(demo_council.db)]


def test_empty_file_shows_how_to_start(qtbot, council):
    archive = _archive(qtbot, council)
    archive.show()
    assert archive.empty_label.isVisible() and not archive.table.isVisible()
    assert archive.new_button.isEnabled()
    assert archive.preview.message_label.text() == "Kies een brief om hem hier te zien."


def test_letters_page_opens_an_item(qtbot, demo_council):
    page = LettersPage()
    qtbot.addWidget(page)
    page.set_council(demo_council)
    oldest = list_letters(demo_council.db)[-1]
    page.open_item(oldest.id)
    assert page.archive.current().id == oldest.id
    assert page.title_label.text() == "Brieven"


def test_read_only_file_shows_letters_but_allows_no_changes(qtbot, demo_council):
    archive = LettersArchive()
    qtbot.addWidget(archive)
    archive.set_database(demo_council.db, True)
    assert archive.model.total() > 0 and archive.preview.pdf is not None
    for button in (archive.new_button, archive.change_button, archive.reuse_button,
                   archive.sent_button, archive.delete_button):
        assert not button.isEnabled()
    assert archive.write_letter() is None


def test_typing_a_search_filters_after_a_pause(qtbot, demo_council):
    archive = _archive(qtbot, demo_council)
    archive.search.setText("huishoudelijke")
    qtbot.waitUntil(lambda: archive.model.total() < len(list_letters(demo_council.db)),
                    timeout=5000)
    assert archive.model.total() == len(list_letters(demo_council.db,
                                                     search="huishoudelijke"))


def test_tab_visits_the_fields_in_reading_order(qtbot, db):
    dialog = _editor(qtbot, db)
    chain = dialog.form.tab_chain()
    assert chain[2] is dialog.form.addressee and chain[-1] is dialog.form.confidential
    for current, following in zip(chain, chain[1:], strict=False):
        assert _next_tab_stop(current) is following


def _next_tab_stop(widget):
    """The next widget Tab lands on (skipping inner parts such as a text box's viewport)."""
    from PySide6.QtCore import Qt

    step = widget.nextInFocusChain()
    while not step.focusPolicy() & Qt.TabFocus:
        step = step.nextInFocusChain()
    return step


def test_an_earlier_address_can_be_picked(qtbot, demo_council):
    dialog = _editor(qtbot, demo_council.db)
    combo = dialog.form.known_addresses
    assert combo.count() > 1
    wanted = combo.itemData(1)
    combo.activated.emit(1)
    assert dialog.form.addressee.toPlainText() == wanted
    assert combo.currentIndex() == 0


def test_closing_with_typed_text_asks_first(qtbot, db, monkeypatch):
    dialog = _editor(qtbot, db)
    dialog.show()
    asked = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(True) or False)
    dialog.form.body.setPlainText("Een halve brief")
    dialog.cancel_button.click()
    assert asked and dialog.isVisible()  # the person chose to keep typing
    monkeypatch.setattr(dialog, "confirm_discard", lambda: True)
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_closing_an_untouched_letter_does_not_ask(qtbot, db, monkeypatch):
    dialog = _editor(qtbot, db)
    dialog.show()
    monkeypatch.setattr(dialog, "confirm_discard", lambda: pytest.fail("asked"))
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_advice_letters_are_not_changed_here(qtbot, demo_council):
    advice_letters = list_letters(demo_council.db, kind="advice")
    assert advice_letters, "the demo council has advice letters"
    archive = _archive(qtbot, demo_council)
    archive.select_letter(advice_letters[0].id)
    assert not archive.change_button.isEnabled()
    assert archive.change_letter() is None
    assert archive.reuse_button.isEnabled()


def test_letters_made_elsewhere_appear_when_the_page_is_shown(qtbot, demo_council):
    from core.documents.letter import LetterContent, render_letter
    from core.documents.letterhead import load_letterhead
    from core.letters import archive_letter

    page = LettersPage()
    qtbot.addWidget(page)
    page.set_council(demo_council)
    before = page.archive.model.total()
    content = LetterContent(addressee="Raad", subject="Uitnodiging vergadering", body="")
    archive_letter(demo_council.db, content, "invitation",
                   render_letter(load_letterhead(demo_council.db), content))
    page.show()
    assert page.archive.model.total() == before + 1


def test_a_letter_takes_its_address_from_relaties(qtbot, demo_council):
    db = demo_council.db
    dialog = _editor(qtbot, db)
    form = dialog.form
    labels = [form.relations.itemText(i) for i in range(form.relations.count())]
    index = next(i for i, text in enumerate(labels) if text.startswith("Stichting Welzijn"))
    form.relations.activated.emit(index)
    assert form.addressee.toPlainText() == ("Stichting Welzijn Lindewaarde\nt.a.v. de directeur\n"
                                            "Kerkstraat 12\n7411 CD  LINDEWAARDE")
    assert form.salutation.text() == "Geachte directeur,"
    form.subject.setText("Samenwerking")
    with qtbot.waitSignal(dialog.archived, timeout=20000) as archived:
        dialog.archive_button.click()
    letter = get_letter(db, archived.args[0])
    assert letter.content.relation_id is not None
    text = PdfReader(io.BytesIO(letter_pdf(db, letter.id))).pages[0].extract_text()
    assert "7411 CD  LINDEWAARDE" in text


def test_relaties_tab_adds_and_imports(qtbot, demo_council, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from core.relations import list_relations
    from ui.relations.relation_dialog import RelationDialog

    page = LettersPage()
    qtbot.addWidget(page)
    page.set_council(demo_council)
    panel = page.relations
    before = panel.model.rowCount()
    assert before == len(list_relations(demo_council.db)) >= 9
    dialog = RelationDialog(demo_council.db, parent=panel)
    qtbot.addWidget(dialog)
    dialog.name.setText("Huurdersvereniging De Linde")
    dialog.email.setText("fout")
    dialog.save()
    assert "e-mailadres" in dialog.message.text() and dialog.result() == 0
    dialog.email.setText("info@delinde.nl")
    dialog.save()
    assert dialog.result() == 1
    path = tmp_path / "contacten.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Kees Smit\nN:Smit;Kees;;;\n"
                    "ADR:;;Laan 1;Lindewaarde;;7412 AB;\nEND:VCARD\n", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Yes)
    assert panel.import_file(str(path)) == 1
    assert panel.model.rowCount() == before + 2
    assert any(r.postal_address == "Laan 1\n7412 AB  Lindewaarde"
               for r in list_relations(demo_council.db))


def test_a_cut_subject_shows_whole_in_a_tooltip_and_a_whole_one_none(qtbot, demo_council):
    archive = _archive(qtbot, demo_council)
    archive.resize(1100, 600)
    archive.show()
    table = archive.table
    table.setColumnWidth(2, 60)  # Betreft: too narrow for any subject
    cut = table.model().index(0, 2)
    subject = str(cut.data())
    filter_ = next(child for child in table.children() if isinstance(child, CutTextTips))
    assert filter_.cut_text(cut) == subject
    table.setColumnWidth(2, 2000)
    assert filter_.cut_text(cut) == ""
    # Hovering the cut cell asks for a tooltip: it shows the whole subject.
    table.setColumnWidth(2, 60)
    position = table.visualRect(cut).center()
    event = QHelpEvent(QEvent.ToolTip, position, table.viewport().mapToGlobal(position))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.text() == subject
