"""The demo council's previous year, complete: what its annual report counts.

The other parts look back from today; this one fills the whole calendar year before it
with a fixed plan (no random draws, so the tests can count it by hand): ten council
meetings, four consultations with the alderman, two with civil servants, three of the
working groups and two with the backing group, each with attendance; one action per
council meeting (the last two finished in the new year); two letters; and the council's
own texts for that year's annual report. It runs last, so the other parts' random draws
are the same with or without it.

Attendance: at the n-th meeting of the year (counting from 0, in date order) the invitee
at place n (counted round the list of invited members) sent apologies; at the fourth
meeting its last invitee was absent without notice; everyone else was present.
"""

import datetime as dt

from core.annual.texts import AnnualTexts, save_texts
from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from core.letters import archive_letter
from core.meetings.agenda import add_item, update_item
from core.meetings.followup import add_action, add_decision, set_action_status
from core.meetings.model import Meeting
from core.meetings.repository import create_meeting, default_invitees, list_invitees, set_attendance
from core.members.repository import get_member
from core.profile import load_profile

COUNCIL_MONTHS = (1, 2, 3, 4, 5, 6, 9, 10, 11, 12)  # no meetings in July and August
# (kind, month, day) of the other meetings; working groups meet in turn.
OTHER_MEETINGS = [
    ("alderman", 2, 20), ("alderman", 5, 22), ("alderman", 9, 25), ("alderman", 11, 20),
    ("civil_servants", 3, 27), ("civil_servants", 10, 23),
    ("working_group", 4, 3), ("working_group", 6, 19), ("working_group", 10, 2),
    ("backing_group", 5, 8), ("backing_group", 11, 6),
]
TIMES = {"council": ("19:30", "22:00"), "alderman": ("14:00", "15:30"),
         "civil_servants": ("10:00", "11:30"), "working_group": ("19:30", "21:00"),
         "backing_group": ("19:00", "21:00")}
PLACES = {"council": "Stadhuis Lindewaarde, raadzaal 2",
          "alderman": "Stadhuis Lindewaarde, kamer van de wethouder (3.12)",
          "civil_servants": "Stadhuis Lindewaarde, vergaderkamer 2.14",
          "working_group": "Buurthuis De Linde, Lindelaan 40",
          "backing_group": "Bibliotheek Lindewaarde, zaal De Leeszaal"}
COUNCIL_TOPICS = [
    "Jaarplan van de raad", "Toegang tot het wijkteam", "Evaluatie van de meedoenregeling",
    "Vervoer op maat", "Eenzaamheid onder ouderen", "Wachttijden schuldhulp",
    "Beschermd wonen in de wijk", "Begroting van de gemeente", "Mantelzorg en respijtzorg",
    "Terugblik op het jaar",
]
ACTIONS = [
    "Jaarplan op de website zetten", "Vragen over het wijkteam aan de wethouder sturen",
    "Cijfers over de meedoenregeling opvragen", "Gebruikersoverleg vervoer bijwonen",
    "Bijeenkomst over eenzaamheid voorbereiden", "Signalen over schuldhulp bundelen",
    "Werkbezoek beschermd wonen plannen", "Inbreng voor de begroting schrijven",
    "Mantelzorgers uitnodigen voor de achterbanbijeenkomst", "Jaarverslag voorbereiden",
]
TEXTS = {
    "foreword": (
        "Het was een jaar waarin de raad veel van inwoners hoorde. Op de spreekuren, in de "
        "bibliotheek en aan de telefoon vertelden mensen ons wat goed ging en vooral wat "
        "beter kan. Die verhalen zijn de basis van ons werk.\n\n"
        "Wij danken de leden voor hun inzet, en de wethouders en ambtenaren voor de open "
        "gesprekken. Twee leden namen aan het eind van het jaar afscheid; wij zijn hun "
        "dankbaar voor vele jaren werk voor de raad."),
    "priorities": (
        "De raad koos aan het begin van het jaar drie speerpunten:\n\n"
        "- **Toegang**: inwoners moeten snel en zonder omwegen hulp kunnen vragen.\n"
        "- **Bestaanszekerheid**: regelingen voor mensen met een laag inkomen moeten "
        "eenvoudig aan te vragen zijn.\n"
        "- **Wonen met zorg**: genoeg passende woningen in elke wijk."),
    "outlook": (
        "Volgend jaar volgt de raad de nieuwe Wmo-verordening en de inkoop van jeugdhulp op "
        "de voet. Wij willen vaker naar inwoners toe gaan: twee achterbanbijeenkomsten per "
        "halfjaar, ook in de kleinere kernen. En wij zoeken nieuwe leden, in het bijzonder "
        "jongeren en mensen met ervaring in de bijstand."),
}
_COLLEGE = ("College van burgemeester en wethouders\nvan de gemeente Lindewaarde\n"
            "Postbus 1200\n7400 AA  Lindewaarde")


def _plan(year: int) -> list[tuple[str, dt.date]]:
    plan = [("council", _second_thursday(year, month)) for month in COUNCIL_MONTHS]
    plan += [(kind, dt.date(year, month, day)) for kind, month, day in OTHER_MEETINGS]
    return sorted(plan, key=lambda entry: entry[1])


def _second_thursday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7)


def _in_council(db, member_id: int, day: dt.date) -> bool:
    member = get_member(db, member_id)
    left = member.left_on
    return (member.start_date is None or member.start_date <= day) and (
        left is None or left >= day)


def _invited(db, kind: str, day: dt.date, people: dict, group_id: int | None) -> list[int]:
    active = people["members"]
    chosen = {
        "council": active + people["former_members"],
        "alderman": active[:3],
        "civil_servants": [active[0], active[2]],
        "backing_group": [active[i] for i in (0, 2, 4, 5)],
    }.get(kind)
    if chosen is None:
        chosen = default_invitees(db, kind, group_id)
    return [member_id for member_id in chosen if _in_council(db, member_id, day)]


def _record_attendance(db, meeting_id: int, number: int) -> None:
    members = [invitee for invitee in list_invitees(db, meeting_id) if not invitee.is_guest]
    for place, invitee in enumerate(members):
        code = "present"
        if place == number % len(members):
            code = "absent_notice"
        elif number == 3 and place == len(members) - 1:
            code = "absent"
        set_attendance(db, invitee.id, code)


def _council_business(db, meeting_id: int, day: dt.date, turn: int, owner: int) -> None:
    item = add_item(db, meeting_id, COUNCIL_TOPICS[turn], duration=20, purpose="discussion")
    update_item(db, item, minutes="De leden bespreken het onderwerp en spreken af wie het "
                                  "oppakt.")
    add_decision(db, meeting_id, f"De raad bespreekt: {COUNCIL_TOPICS[turn].lower()}.", item)
    action = add_action(db, meeting_id, ACTIONS[turn], owner, day + dt.timedelta(days=28), item)
    done = day + dt.timedelta(days=21 if turn < 8 else 60)  # the last two: in the new year
    set_action_status(db, action, "done", done)


def _meetings(db, context, year: int) -> None:
    groups = context.ids.get("working_groups", [])[:2]
    council_turn = 0
    for number, (kind, day) in enumerate(_plan(year)):
        group_id = groups[number % len(groups)] if kind == "working_group" and groups else None
        invited = _invited(db, kind, day, context.ids, group_id)
        start, end = TIMES[kind]
        meeting = Meeting(id=None, kind=kind, date=day, start_time=start, end_time=end,
                          location=PLACES[kind], chair_id=invited[0], minute_taker_id=invited[-1],
                          working_group_id=group_id)
        meeting_id = create_meeting(db, meeting, invited)
        _record_attendance(db, meeting_id, number)
        if kind == "council":
            _council_business(db, meeting_id, day, council_turn, invited[council_turn % 3])
            council_turn += 1


def _letters(db, year: int) -> None:
    head, signers = load_letterhead(db), load_profile(db).signers
    for day, subject, body, kind in (
        (dt.date(year, 3, 4), "Jaarverslag van de adviesraad",
         "Hierbij ontvangt u het jaarverslag van onze raad over het afgelopen jaar.", "free"),
        (dt.date(year, 10, 28), "Uitnodiging achterbanbijeenkomst",
         "Graag nodigen wij u uit voor onze achterbanbijeenkomst op 6 november.", "free"),
    ):
        content = LetterContent(addressee=_COLLEGE, subject=subject, body=body,
                                letter_date=day, place="Lindewaarde",
                                reference=f"ASD/{year}/{day.month:03d}",
                                salutation="Geacht college,", signers=list(signers))
        archive_letter(db, content, kind, render_letter(head, content), day)


def add_demo(db, context) -> None:
    if not context.ids.get("members"):
        return
    year = context.today.year - 1
    _meetings(db, context, year)
    _letters(db, year)
    save_texts(db, AnnualTexts(year, **TEXTS))



