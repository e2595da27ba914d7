"""The configurable theme list."""

import datetime as dt

import pytest

from core.errors import ValidationError
from core.signals import get_signal
from core.signals.themes import (
    add_theme,
    delete_theme,
    list_themes,
    move_theme,
    rename_theme,
    set_theme_active,
)


def test_a_new_file_has_the_default_themes_in_dutch(db):
    assert [theme.label for theme in list_themes(db)] == [
        "Wmo-ondersteuning thuis", "Jeugdhulp", "Werk en re-integratie", "Inkomen en armoede",
        "Schuldhulpverlening", "Wonen", "Vervoer", "Toegang en informatie", "Eigen bijdragen"]


def test_own_themes_can_be_added_renamed_and_moved(db):
    theme = add_theme(db, "  Mantelzorg  ")
    assert theme.label == "Mantelzorg" and list_themes(db)[-1].id == theme.id
    rename_theme(db, theme.id, "Mantelzorg & respijt")
    move_theme(db, theme.id, -1)
    labels = [t.label for t in list_themes(db)]
    assert labels[-2:] == ["Mantelzorg & respijt", "Eigen bijdragen"]


@pytest.mark.parametrize("name, message", [
    ("", "Een thema heeft een naam nodig."),
    ("wonen", "Er is al een thema met de naam 'wonen'."),
    ("x" * 201, "De naam van een thema mag hoogstens 200 tekens bevatten."),
])
def test_bad_theme_names_are_refused(db, name, message):
    with pytest.raises(ValidationError) as raised:
        add_theme(db, name)
    assert str(raised.value) == message
    assert len(list_themes(db)) == 9


def test_a_theme_in_use_is_switched_off_not_deleted(db, add, themes):
    signal_id = add(dt.date(2026, 3, 3), "transport")
    with pytest.raises(ValidationError, match="zet het uit"):
        delete_theme(db, themes["transport"])
    set_theme_active(db, themes["transport"], False)
    assert "Vervoer" not in [t.label for t in list_themes(db)]
    assert get_signal(db, signal_id).theme_labels == "Vervoer"
    delete_theme(db, themes["debt"])
    assert "Schuldhulpverlening" not in [t.label for t in list_themes(db, True)]


def test_the_last_theme_in_use_stays(db):
    themes = list_themes(db)
    for theme in themes[1:]:
        set_theme_active(db, theme.id, False)
    with pytest.raises(ValidationError, match="minstens één thema"):
        set_theme_active(db, themes[0].id, False)
