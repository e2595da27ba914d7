"""The import wizard: preview, column mapping, wrong rows in red, all or nothing."""

import pytest
from PySide6.QtCore import Qt

from core.members import list_members
from ui.members.import_dialog import ImportDialog


@pytest.fixture
def dialog(qtbot, db):
    widget = ImportDialog(db)
    qtbot.addWidget(widget)
    return widget


def _write(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "leden.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_a_good_file_is_previewed_then_imported(dialog, db, tmp_path, qtbot):
    dialog.load_file(_write(tmp_path, "Voornaam;Achternaam;Functie\r\nIlse;Vries;secretaris\r\n"
                                      "Henk;Brouwer;lid\r\n"))
    assert dialog.mapping.rowCount() == 3
    assert dialog.chosen_mapping() == ["first_name", "last_name", "role"]
    assert dialog.summary.text() == "2 leden staan klaar om te importeren."
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert dialog.result.added == 2
    assert [m.display_name for m in list_members(db)] == ["Henk Brouwer", "Ilse Vries"]


def test_wrong_rows_are_shown_and_block_the_import(dialog, db, tmp_path):
    dialog.load_file(_write(tmp_path, "Voornaam,Achternaam,E-mail\nAyşe,Yılmaz,ayse@x\n"
                                      "Els,Verbeek,els@voorbeeld.nl\n"))
    assert dialog.summary.text().startswith("1 van de 2 regels hebben een probleem")
    assert dialog.rows.item(0, 0).text() == "2"
    assert "is geen e-mailadres" in dialog.rows.item(0, 3).text()
    assert not dialog.import_button.isEnabled()
    dialog.set_field(2, None)  # leave the e-mail column out: now every row is right
    assert dialog.import_button.isEnabled()
    assert list_members(db) == []


def test_an_empty_file_says_so(dialog, tmp_path):
    dialog.load_file(_write(tmp_path, ""))
    assert "Het bestand is leeg" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_the_mapping_can_be_chosen_by_hand(dialog, tmp_path):
    dialog.load_file(_write(tmp_path, "A;B\nThijs;Leeuwen\n", encoding="cp1252"))
    assert dialog.summary.text() == "Kies in welke kolom de achternaam staat."
    dialog.set_field(0, "first_name")
    dialog.set_field(1, "last_name")
    assert dialog.import_button.isEnabled()
    assert dialog.rows.item(0, 1).text() == "Thijs Leeuwen"
