"""Importing Relaties from what Outlook and Google export: CSV and vCard."""

import pytest

from core.errors import ValidationError
from core.relations import list_relations
from core.relations.importing import prepare_relations_import, run_relations_import

OUTLOOK_NL = (
    "Voornaam;Middelste naam;Achternaam;Bedrijf;Werkadres, straat;Werkadres, plaats;"
    "Werkadres, postcode;E-mailadres;Telefoon op werk\r\n"
    "Lieke;;Janssen;Gemeente Haarlem;Grote Markt 2;Haarlem;2011 rd;l.janssen@haarlem.nl;"
    "023-5113000\r\n"
    ";;;Stichting Welzijn Haarlem;Kerkstraat 1;Haarlem;2011AB;info@welzijn.nl;\r\n"
).encode("cp1252")

GOOGLE = (
    "Name,Given Name,Family Name,Organization 1 - Name,E-mail 1 - Value,"
    "Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Postal Code\n"
    "Sevda Yılmaz,Sevda,Yılmaz,Gemeente Haarlem,s.yilmaz@haarlem.nl,,Haarlem,Postbus 511,"
    "2003 PB\n"
).encode()

VCARD = """BEGIN:VCARD
VERSION:3.0
FN:Jeroen de Wit
N:de Wit;Jeroen;;;
ORG:Griffie Haarlem
ADR;TYPE=WORK:;;Grote Markt 2;Haarlem;;2011 RD;Nederland
EMAIL;TYPE=INTERNET:j.dewit@haarlem.nl
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96zt=C3=BCrk;Ay=C5=9Fe;;;
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Cli=C3=ABntenraad
item1.ADR;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;Molenweg 4a;=
Haarlem;;2012 AA;
END:VCARD
"""


def _import(db, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    prepared = prepare_relations_import(db, path)
    return prepared, run_relations_import(db, prepared)


def test_outlook_dutch_csv_in_windows_1252(db, tmp_path):
    prepared, added = _import(db, tmp_path, "contacten.csv", OUTLOOK_NL)
    assert added == 2
    person, organisation = sorted(list_relations(db), key=lambda r: r.kind, reverse=True)
    assert (person.name, person.kind, person.organisation) == (
        "Lieke Janssen", "person", "Gemeente Haarlem")
    assert person.postal_address == "Grote Markt 2\n2011 RD  Haarlem"
    assert person.phone == "023-5113000"
    assert organisation.kind == "organisation" and organisation.name == "Stichting Welzijn Haarlem"


def test_google_csv_with_po_box(db, tmp_path):
    _import(db, tmp_path, "google.csv", GOOGLE)
    (relation,) = list_relations(db)
    assert relation.name == "Sevda Yılmaz"
    assert relation.postal_address == "Postbus 511\n2003 PB  Haarlem"


def test_vcard_3_and_2_1_quoted_printable(db, tmp_path):
    _import(db, tmp_path, "contacts.vcf", VCARD.encode("utf-8"))
    names = {relation.name: relation for relation in list_relations(db)}
    assert set(names) == {"Jeroen de Wit", "Ayşe Öztürk"}
    assert names["Jeroen de Wit"].postal_address == "Grote Markt 2\n2011 RD  Haarlem"
    assert names["Ayşe Öztürk"].organisation == "Cliëntenraad"
    assert names["Ayşe Öztürk"].postal_address == "Molenweg 4a\n2012 AA  Haarlem"


def test_importing_twice_adds_nothing_new(db, tmp_path):
    _import(db, tmp_path, "contacten.csv", OUTLOOK_NL)
    prepared, added = _import(db, tmp_path, "contacten.csv", OUTLOOK_NL)
    assert added == 0 and len(prepared.known) == 2
    assert len(list_relations(db)) == 2


def test_one_bad_contact_imports_nothing_and_names_file_and_line(db, tmp_path):
    bad = OUTLOOK_NL + "Piet;;Bos;;;;;geen-mailadres;\r\n".encode("cp1252")
    path = tmp_path / "contacten.csv"
    path.write_bytes(bad)
    with pytest.raises(ValidationError, match=r"contacten\.csv, regel 4:.*geen-mailadres"):
        prepare_relations_import(db, path)
    assert list_relations(db) == []


@pytest.mark.parametrize(("data", "message"), [
    (b"Kolom A;Kolom B\r\n1;2\r\n", "geen kolom"),
    (b"", "geen contacten"),
    (b"\x89PNG\r\n\x1a\n", "geen kolom"),
])
def test_files_that_are_no_contacts_export(db, tmp_path, data, message):
    path = tmp_path / "lijst.csv"
    path.write_bytes(data)
    with pytest.raises(ValidationError, match=message) as error:
        prepare_relations_import(db, path)
    assert "lijst.csv" in str(error.value)


def test_a_missing_file_is_named(db, tmp_path):
    with pytest.raises(Exception, match="weg.vcf"):
        prepare_relations_import(db, tmp_path / "weg.vcf")
