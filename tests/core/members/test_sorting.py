"""Dutch alphabetical order: prefixes ignored, accents ignored."""

from core.members import create_member, list_members
from core.members.sorting import fold


def display_names(members):
    return [member.display_name for member in members]


def _add(db, first, prefix, last):
    return create_member(db, {"first_name": first, "prefix": prefix, "last_name": last})


def test_van_der_berg_sorts_under_b(db):
    for person in [("Kees", "", "Jansen"), ("Anneke", "van der", "Berg"),
                   ("Marieke", "", "Bakker"), ("Ilse", "de", "Vries"),
                   ("Bram", "van 't", "Hof"), ("Joris", "ter", "Horst")]:
        _add(db, *person)
    assert display_names(list_members(db)) == [
        "Marieke Bakker", "Anneke van der Berg", "Bram van 't Hof", "Joris ter Horst",
        "Kees Jansen", "Ilse de Vries",
    ]


def test_accents_do_not_move_a_name_out_of_its_letter(db):
    for person in [("Zoë", "", "Mulder"), ("Sevgi", "", "Øzdemir"), ("Hiroshi", "", "Ōgai"),
                   ("Anna", "", "Oosterhuis"), ("Émile", "", "Ernst"), ("Els", "", "Eden")]:
        _add(db, *person)
    assert display_names(list_members(db)) == [
        "Els Eden", "Émile Ernst", "Zoë Mulder", "Hiroshi Ōgai", "Anna Oosterhuis",
        "Sevgi Øzdemir",
    ]


def test_same_last_name_sorts_by_first_name(db):
    _add(db, "Piet", "", "Berg")
    _add(db, "Anna", "van den", "Berg")
    _add(db, "Anna", "", "Bergen")
    assert display_names(list_members(db)) == ["Anna van den Berg", "Piet Berg", "Anna Bergen"]


def test_fold_removes_accents_and_special_letters():
    assert fold("Wałęsa Øzdemir Ōgai Yılmaz Petrović") == "walesa ozdemir ogai yilmaz petrovic"
