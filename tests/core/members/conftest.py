"""Helpers for the member tests: member list files as Excel and Dutch councils write them."""

import pytest

HEADER = "Voornaam;Tussenvoegsel;Achternaam;E-mail;Telefoon;Functie;Startdatum;Werkgroepen"


@pytest.fixture
def write_file(tmp_path):
    def write(name: str, text: str, encoding: str = "utf-8") -> object:
        path = tmp_path / name
        path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
        return path

    return write
