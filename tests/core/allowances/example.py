"""A small council whose allowances of 2026 are counted by hand in these tests.

Rates: council meeting € 40, working group € 25, training € 0. Maxima € 100 a year and
€ 60 a month, so that the chair goes over both and Bram over the monthly one only.

                       chair Anna   Bram        Carla (left 30-6)  Dirk (adviser)
 2025-12-10 council    present      -           -                  -
 2026-01-15 council    present      notice      present            present
 2026-03-10 council    present      present     absent             -
 2026-03-20 work grp   present      present     -                  -
 2026-04-02 training   present      -           -                  -
 2026-09-01 council    present      (none)      -                  -
 2027-01-05 council    present      -           -                  -
 -> Anna 3×40 + 25 = 145 (March 65); Bram 40 + 25 = 65 (March 65); Carla 40; Dirk 0.
"""

import datetime as dt

from core.allowances.rules import AllowanceRules, save_rules
from core.meetings.model import Meeting
from core.meetings.repository import add_guest, create_meeting, list_invitees, set_attendance
from core.members.repository import create_member, mark_former
from core.members.working_groups import create_working_group

RULES = AllowanceRules(rates={"council": 40_00, "working_group": 25_00}, year_maximum=100_00,
                       month_maximum=60_00)


def _member(db, first, last, role="member"):
    return create_member(db, {"first_name": first, "last_name": last, "role": role,
                              "start_date": dt.date(2024, 1, 1)})


def meeting(db, kind, day, attendance: dict[int, str]) -> int:
    group = create_working_group(db, f"Werkgroep {day}") if kind == "working_group" else None
    meeting_id = create_meeting(db, Meeting(
        id=None, kind=kind, date=day, start_time="19:30", end_time="21:30",
        location="Dorpshuis", working_group_id=group), list(attendance), use_template=False)
    by_member = {invitee.member_id: invitee.id for invitee in list_invitees(db, meeting_id)}
    for member_id, code in attendance.items():
        if code:
            set_attendance(db, by_member[member_id], code)
    return meeting_id


def build(db, rules: AllowanceRules = RULES) -> dict[str, int]:
    people = {"anna": _member(db, "Anna", "Aalders", "chair"),
              "bram": _member(db, "Bram", "Bosveld"),
              "carla": _member(db, "Carla", "Claessens"),
              "dirk": _member(db, "Dirk", "Dekker", "adviser")}
    anna, bram, carla, dirk = people.values()
    meeting(db, "council", dt.date(2025, 12, 10), {anna: "present"})
    january = meeting(db, "council", dt.date(2026, 1, 15),
                      {anna: "present", bram: "absent_notice", carla: "present",
                       dirk: "present"})
    guest = add_guest(db, january, "Gast van de gemeente")
    set_attendance(db, guest, "present")
    meeting(db, "council", dt.date(2026, 3, 10),
            {anna: "present", bram: "present", carla: "absent"})
    meeting(db, "working_group", dt.date(2026, 3, 20), {anna: "present", bram: "present"})
    meeting(db, "training", dt.date(2026, 4, 2), {anna: "present"})
    meeting(db, "council", dt.date(2026, 9, 1), {anna: "present", bram: ""})
    meeting(db, "council", dt.date(2027, 1, 5), {anna: "present"})
    mark_former(db, carla, dt.date(2026, 6, 30))
    save_rules(db, rules)
    return people
