"""Adviezen → Jaarverslag…: the dialog opens from the menu, texts are saved in the file,
unsaved texts are asked about, and the report and figures save as PDF and .xlsx."""

import datetime as dt
import errno
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QTimer

from core.annual.texts import load_texts
from core.database import open_council
from ui.annual.dialog import AnnualReportDialog, default_year
from ui.annual.statistics_dialog import StatisticsDialog
from ui.widgets.unsaved import CANCEL, SAVE

TODAY = dt.date(2026, 3, 2)  # early in the year: the dialog proposes the year before


@pytest.fixture
def dialog(qtbot, demo_council):
    opened = AnnualReportDialog(demo_council, today=TODAY)
    qtbot.addWidget(opened)
    return opened


def test_the_menu_opens_the_dialog_on_the_year_before(window, demo_file, qtbot):
    assert window.open_file(demo_file)
    seen = {}

    def look_and_close():
        dialog = window.findChild(AnnualReportDialog)
        seen["year"] = dialog.year_box.value()
        seen["figures"] = dialog.preview.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    assert window.advice_menu.title() == "&Adviezen"
    window.annual_action.trigger()
    assert seen["year"] == default_year(dt.date.today())
    assert "Vergadering van de adviesraad" in seen["figures"]


def test_texts_are_saved_in_the_file(dialog, demo_council):
    assert dialog.year_box.value() == 2025
    assert "Het was een jaar" in dialog.editors["foreword"].toPlainText()
    dialog.editors["outlook"].setPlainText("Volgend jaar meer spreekuren in de kernen.")
    dialog.save_button.click()
    assert not dialog.has_unsaved_changes()
    assert "opgeslagen" in dialog.status.text()
    again = open_council(demo_council.path, read_only=True)
    try:
        assert load_texts(again.db, 2025).outlook == "Volgend jaar meer spreekuren in de kernen."
    finally:
        again.close()


def test_changing_the_year_with_unsaved_texts_asks_and_cancel_keeps_them(dialog, answers):
    dialog.editors["foreword"].setPlainText("Nog niet bewaard.")
    answers["next"] = [CANCEL]
    dialog.year_box.setValue(2024)
    assert "2025" in answers["asked"][0]
    assert dialog.year_box.value() == 2025 and dialog.year == 2025
    assert dialog.editors["foreword"].toPlainText() == "Nog niet bewaard."


def test_closing_with_unsaved_texts_saves_when_asked(dialog, answers, demo_council):
    dialog.show()
    dialog.editors["priorities"].setPlainText("- Toegang\n- Wonen")
    answers["next"] = [SAVE]
    dialog.reject()
    assert len(answers["asked"]) == 1 and not dialog.isVisible()
    assert load_texts(demo_council.db, 2025).priorities == "- Toegang\n- Wonen"


def test_another_year_shows_its_own_figures_and_empty_texts(dialog, answers):
    dialog.year_box.setValue(2019)
    assert answers["asked"] == []  # nothing was typed: nothing to ask
    assert dialog.year == 2019
    assert all(editor.toPlainText() == "" for editor in dialog.editors.values())
    assert "Totaal" in dialog.preview.toPlainText()


def test_saving_the_pdf_and_the_workbook(dialog, tmp_path, monkeypatch):
    dialog.editors["foreword"].setPlainText("Een voorwoord dat nog niet is bewaard.")
    monkeypatch.setattr(dialog, "ask_save_path",
                        lambda title, suggestion, filters: str(tmp_path / suggestion))
    written = dialog.save_pdf()
    assert written == tmp_path / "jaarverslag-2025.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Jaarverslag 2025" in text and "Een voorwoord dat nog niet is bewaard." in text
    book = dialog.save_xlsx()
    assert "Vergaderingen" in load_workbook(io.BytesIO(book.read_bytes())).sheetnames
    assert "Opgeslagen" in dialog.status.text()


def test_a_full_disk_gives_a_dutch_message_and_leaves_no_file(dialog, tmp_path, monkeypatch,
                                                              messages):
    folder = tmp_path / "uit"
    folder.mkdir()
    monkeypatch.setattr(dialog, "ask_save_path",
                        lambda title, suggestion, filters: str(folder / "verslag.pdf"))

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("core.output.os.fsync", full)
    assert dialog.save_pdf() is None
    assert messages and "vol" in messages[0] and "No space" not in messages[0]
    assert list(folder.iterdir()) == []  # no half-written file, no temporary file


def test_the_statistics_dialog_saves_csv(qtbot, demo_council, tmp_path, monkeypatch):
    dialog = StatisticsDialog(demo_council.db, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.year_box.value() == 2025
    monkeypatch.setattr(dialog, "ask_save_path", lambda suggestion: str(tmp_path / "regio.csv"))
    dialog.save()
    assert dialog.written == tmp_path / "regio.csv"
    assert b";2025;social_domain;meetings_held;council;;;10" in dialog.written.read_bytes()


def test_the_proposed_year():
    assert default_year(dt.date(2026, 3, 2)) == 2025
    assert default_year(dt.date(2026, 12, 3)) == 2026


def test_the_preview_shows_the_report_with_the_typed_texts(dialog, qtbot):
    dialog.editors["outlook"].setPlainText("Een vooruitblik uit het voorbeeld.")
    preview = dialog.show_preview()
    qtbot.waitUntil(lambda: preview.panel.pdf is not None, timeout=20000)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.panel.pdf)).pages)
    assert "Jaarverslag 2025" in text and "Een vooruitblik uit het voorbeeld." in text
    preview.close()


def test_a_read_only_file_shows_the_texts_but_cannot_change_them(qtbot, demo_file, answers):
    council = open_council(demo_file, read_only=True)
    try:
        dialog = AnnualReportDialog(council, today=TODAY)
        qtbot.addWidget(dialog)
        assert "Het was een jaar" in dialog.editors["foreword"].toPlainText()
        assert dialog.editors["foreword"].isReadOnly() and not dialog.save_button.isEnabled()
        dialog.year_box.setValue(2024)
        assert answers["asked"] == [] and dialog.year == 2024
    finally:
        council.close()
