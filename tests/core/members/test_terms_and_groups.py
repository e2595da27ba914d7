"""Terms of office that end soon (Overzicht and Leden), and working groups."""

import datetime as dt

import pytest

from core.errors import ValidationError
from core.members import (
    MemberFilter,
    count_members,
    create_member,
    create_working_group,
    fetch_members,
    get_member,
    list_members,
    list_working_groups,
    mark_former,
    reinstate,
    update_working_group,
)
from core.members.terms import attention_items, save_term_settings
from core.overview import attention_items as overview_items

TODAY = dt.date(2026, 11, 22)


def _member(db, last, term_end, again=True, **extra):
    return create_member(db, {"first_name": "Lid", "last_name": last,
                              "start_date": dt.date(2023, 1, 1), "term_end": term_end,
                              "reappointable": again, **extra})


def test_terms_ending_within_three_months_show_with_reappointment(db):
    _member(db, "Bakker", dt.date(2027, 1, 15), again=True)
    _member(db, "Jansen", dt.date(2027, 2, 1), again=False)
    _member(db, "Later", dt.date(2027, 6, 1))
    items = attention_items(db, TODAY)
    assert [item.title for item in items] == [
        "De zittingstermijn van Lid Bakker loopt af op 15 januari 2027.",
        "De zittingstermijn van Lid Jansen loopt af op 1 februari 2027.",
    ]
    assert [item.detail for item in items] == ["Herbenoembaar.",
                                               "Niet herbenoembaar: zoek een opvolger."]
    assert {item.section for item in items} == {"members"}


def test_the_warning_window_is_a_setting(db):
    _member(db, "Later", dt.date(2027, 6, 1))
    assert attention_items(db, TODAY) == []
    save_term_settings(db, 4, 7)
    assert len(attention_items(db, TODAY)) == 1


def test_an_ended_term_is_overdue_and_former_members_are_left_out(db):
    _member(db, "Verlopen", dt.date(2026, 10, 1))
    gone = _member(db, "Weg", dt.date(2026, 12, 1))
    mark_former(db, gone, dt.date(2026, 11, 1))
    items = overview_items(db, TODAY)
    mine = [item for item in items if item.section == "members"]
    assert [(item.title, item.severity) for item in mine] == [
        ("De zittingstermijn van Lid Verlopen is op 1 oktober 2026 afgelopen.", "overdue")]


def test_leaving_keeps_history_and_can_be_undone(db):
    member_id = _member(db, "Bakker", None)
    group = create_working_group(db, "Wonen", member_ids=[member_id])
    mark_former(db, member_id, dt.date(2026, 6, 30))
    member = get_member(db, member_id)
    assert (member.status, member.left_on, member.working_group_ids) == (
        "former", dt.date(2026, 6, 30), [group])
    assert list_members(db) == [] and len(list_members(db, "former")) == 1
    with pytest.raises(ValidationError):
        mark_former(db, member_id, dt.date(2020, 1, 1))
    reinstate(db, member_id)
    assert get_member(db, member_id).status == "active"


def test_a_member_can_be_in_several_groups_and_a_group_has_a_chair(db):
    anneke = _member(db, "Berg", None, prefix="van der")
    kees = _member(db, "Jansen", None)
    wonen = create_working_group(db, "Wonen", "working_group", "", anneke, [kees])
    jeugd = create_working_group(db, "Deelraad Jeugd", "sub_council", "", None, [anneke])
    groups = {group.name: group for group in list_working_groups(db)}
    assert groups["Wonen"].chair_id == anneke
    assert groups["Wonen"].member_ids == [anneke, kees]  # the chair is always a member
    assert sorted(get_member(db, anneke).working_group_ids) == sorted([wonen, jeugd])
    with pytest.raises(ValidationError) as caught:
        create_working_group(db, "wonen")
    assert str(caught.value) == "Er is al een groep met de naam 'wonen'."
    update_working_group(db, wonen, "Wonen en Zorg", "committee", "Zorg thuis", None, [kees])
    assert get_member(db, anneke).working_group_ids == [jeugd]


def test_the_list_filters_by_status_role_group_and_text(db):
    anneke = _member(db, "Berg", None, prefix="van der", role="chair",
                     email="anneke@voorbeeld.nl")
    _member(db, "Øzdemir", None, represents="Vluchtelingenwerk 50%_")
    gone = _member(db, "Weg", None)
    mark_former(db, gone, dt.date(2026, 1, 1))
    group = create_working_group(db, "Wonen", member_ids=[anneke])

    def names(**filters):
        return [m.last_name for m in fetch_members(db, MemberFilter(**filters))]

    assert names() == ["Berg", "Øzdemir"]
    assert names(status="all") == ["Berg", "Øzdemir", "Weg"]
    assert names(status="former") == ["Weg"]
    assert names(role="chair") == ["Berg"]
    assert names(working_group_id=group) == ["Berg"]
    assert names(text="ozdem") == ["Øzdemir"]
    assert names(text="50%_") == ["Øzdemir"]
    assert names(text="van der berg") == ["Berg"]
    assert names(text="' OR 1=1 --") == []
    assert count_members(db, MemberFilter(status="all")) == 3
    by_role = [m.last_name for m in fetch_members(db, MemberFilter(), 0, 10, "role", True)]
    assert by_role == ["Øzdemir", "Berg"]


def test_the_overview_sums_up_a_long_list_of_ending_terms(db):
    for number in range(25):
        _member(db, f"Lid{number:02d}", dt.date(2026, 12, 1))
    items = attention_items(db, TODAY)
    assert len(items) == 21
    assert items[-1].title == "Nog 5 zittingstermijnen lopen binnenkort af; zie Leden."
    assert items[-1].item_id is None
