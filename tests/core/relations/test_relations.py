"""Relaties: checked entries, their address block, finding the college."""

import pytest

from core.errors import ValidationError
from core.relations import (
    Relation,
    address_lines,
    create_relation,
    delete_relation,
    get_relation,
    list_relations,
    relation_for_role,
    update_relation,
)

COLLEGE = Relation(name="College van burgemeester en wethouders van Haarlem", role="college",
                   postal_address="Postbus 511\n2003 PB  HAARLEM", salutation="Geacht college,",
                   municipality="Haarlem")


def test_a_relation_keeps_its_address_lines_and_double_space(db):
    relation_id = create_relation(db, Relation(
        name="  Stichting Welzijn ", postal_address="\n Kerkstraat 12 \n\n1234 AB  HAARLEM\n",
        email=" info@welzijn.nl "))
    stored = get_relation(db, relation_id)
    assert stored.name == "Stichting Welzijn"
    assert stored.postal_address == "Kerkstraat 12\n1234 AB  HAARLEM"
    assert stored.email == "info@welzijn.nl"


@pytest.mark.parametrize(("field", "value"), [
    ("name", "   "), ("email", "geen-adres"), ("phone", "bel me"),
    ("postal_address", "\n".join(f"regel {n}" for n in range(8))),
])
def test_bad_relations_are_refused_with_the_field_named(db, field, value):
    values = {"name": "Gemeente Haarlem", field: value}
    with pytest.raises(ValidationError) as error:
        create_relation(db, Relation(**values))
    assert error.value.field == field
    assert list_relations(db) == []


def test_update_delete_and_role_lookup(db):
    first = create_relation(db, Relation(name="Partner", role="partner"))
    college = create_relation(db, COLLEGE)
    assert [r.id for r in list_relations(db)] == [college, first]  # college first
    update_relation(db, first, Relation(name="Partner BV", role="partner"))
    assert [r.name for r in list_relations(db, "bv")] == ["Partner BV"]
    assert relation_for_role(db, "college", "haarlem").id == college
    delete_relation(db, first)
    assert relation_for_role(db, "partner") is None


def test_regional_council_picks_the_college_of_its_municipality(db):
    create_relation(db, COLLEGE)
    other = create_relation(db, Relation(name="College van B en W van Bloemendaal",
                                         role="college", municipality="Bloemendaal"))
    assert relation_for_role(db, "college", "Bloemendaal").id == other
    assert relation_for_role(db, "college", "Haarlem").name == COLLEGE.name


def test_person_address_names_organisation_and_attention():
    person = Relation(name="mevrouw L. Janssen", kind="person", organisation="Gemeente Haarlem",
                      postal_address="Postbus 511\n2003 PB  HAARLEM")
    assert address_lines(person, "afdeling Samenleving") == [
        "mevrouw L. Janssen", "Gemeente Haarlem", "t.a.v. afdeling Samenleving",
        "Postbus 511", "2003 PB  HAARLEM"]
