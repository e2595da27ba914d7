"""The demo council's meetings: a year of council meetings, consultations with the
alderman and civil servants, working-group and backing-group meetings — with agendas,
documents, attendance, minutes, decisions and open, overdue and finished actions."""

import datetime as dt
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas

from core.documents.fonts import BOLD, FAMILY, register_fonts
from core.meetings.agenda import add_item, list_agenda, update_item
from core.meetings.attachments import add_document
from core.meetings.followup import add_action, add_decision, set_action_status
from core.meetings.model import Meeting
from core.meetings.people import member_name
from core.meetings.repository import (
    create_meeting,
    default_invitees,
    get_meeting,
    list_invitees,
    set_attendance,
)
from core.members.working_groups import get_working_group

LOCATIONS = {
    "council": "Stadhuis Lindewaarde, raadzaal 2",
    "alderman": "Stadhuis Lindewaarde, kamer van de wethouder (3.12)",
    "civil_servants": "Stadhuis Lindewaarde, vergaderkamer 2.14",
    "working_group": "Buurthuis De Linde, Lindelaan 40",
    "backing_group": "Bibliotheek Lindewaarde, zaal De Leeszaal",
}
TIMES = {
    "council": ("19:30", "22:00"),
    "alderman": ("14:00", "15:30"),
    "civil_servants": ("10:00", "11:30"),
    "working_group": ("19:30", "21:00"),
    "backing_group": ("19:00", "21:00"),
}
ALDERMAN = ("C. Vermeulen", "Gemeente Lindewaarde, wethouder Zorg en Welzijn")
CIVIL_SERVANTS = [("R. Dekker", "Gemeente Lindewaarde, beleidsadviseur Wmo"),
                  ("S. Achterberg", "Gemeente Lindewaarde, beleidsadviseur Participatie")]

# (title, explanation, minutes, purpose, note for the minutes, decision or "")
TOPICS = [
    ("Huishoudelijke hulp: wachttijden na de aanbesteding",
     "Signalen uit de achterban over lange wachttijden sinds de nieuwe aanbieders.",
     20, "discussion",
     "Meerdere leden herkennen de signalen. De wachttijd loopt op tot acht weken.",
     ""),
    ("Armoedebeleid en minimaregelingen",
     "Bespreking van de evaluatie van de meedoenregeling.", 20, "discussion",
     "De regeling wordt te weinig gebruikt; de aanvraag is ingewikkeld.",
     "De raad stuurt een ongevraagd advies over een eenvoudiger aanvraag."),
    ("Jeugdhulp: bereikbaarheid van het wijkteam", "", 15, "discussion",
     "Ouders melden dat het wijkteam slecht bereikbaar is in de vakantieperiode.", ""),
    ("Regiotaxi en doelgroepenvervoer",
     "Terugkoppeling van het gebruikersoverleg vervoer.", 15, "information",
     "De klachten over te late ritten zijn afgenomen.", ""),
    ("Schuldhulpverlening: vroegsignalering", "", 20, "decision",
     "De werkgroep heeft een concept-advies opgesteld; de raad is positief.",
     "Het advies over vroegsignalering wordt met twee aanvullingen vastgesteld."),
    ("Eigen bijdrage Wmo", "Gevolgen van het abonnementstarief voor lage inkomens.",
     15, "discussion", "Afgesproken de gemeente om cijfers over zorgmijding te vragen.", ""),
    ("Inkoop Wmo-voorzieningen 2027", "Adviesaanvraag van het college.", 25, "decision",
     "De raad vraagt aandacht voor keuzevrijheid en continuïteit van zorg.",
     "De raad stemt in met het advies over de inkoop Wmo-voorzieningen 2027."),
    ("Jaarverslag 2025", "Concept van de secretaris.", 15, "decision",
     "Enkele tekstuele wijzigingen; de cijfers over adviezen worden aangevuld.",
     "Het jaarverslag 2025 wordt met de wijzigingen vastgesteld."),
    ("Werving nieuwe leden", "Twee plaatsen zijn vacant.", 15, "discussion",
     "Oproep via de lokale krant en de bibliotheek; gesprekken in het voorjaar.", ""),
    ("Mantelzorgwaardering", "", 10, "information",
     "De gemeente houdt de waardering in de vorm van een cadeaubon aan.", ""),
]
# The action a discussion of each topic leads to (it is filed under that topic's item).
TOPIC_ACTIONS = {
    "Huishoudelijke hulp: wachttijden na de aanbesteding":
        "Gemeente om cijfers over wachttijden huishoudelijke hulp vragen",
    "Armoedebeleid en minimaregelingen": "Conceptadvies meedoenregeling schrijven",
    "Jeugdhulp: bereikbaarheid van het wijkteam":
        "Afspraak maken met de teamleider van het wijkteam",
    "Regiotaxi en doelgroepenvervoer": "Achterbanbijeenkomst over vervoer voorbereiden",
    "Schuldhulpverlening: vroegsignalering":
        "Reactie van het college op het advies vroegsignalering opvragen",
    "Eigen bijdrage Wmo":
        "Signalen over de eigen bijdrage bundelen voor het overleg met de wethouder",
    "Inkoop Wmo-voorzieningen 2027": "Advies over de inkoop Wmo-voorzieningen 2027 versturen",
    "Jaarverslag 2025": "Jaarverslag 2025 naar de gemeenteraad sturen",
    "Werving nieuwe leden": "Oproep nieuwe leden in de Lindewaarder Courant plaatsen",
    "Mantelzorgwaardering": "Mantelzorgers informeren over de waardering via het Steunpunt",
}


def _second_thursday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7)


def _month(start: dt.date, offset: int) -> tuple[int, int]:
    index = start.year * 12 + start.month - 1 + offset
    return index // 12, index % 12 + 1


def _council_dates(today: dt.date) -> list[dt.date]:
    """Monthly council meetings (no July and August) from ten months back to two ahead."""
    dates = []
    for offset in range(-10, 3):
        year, month = _month(today, offset)
        if month not in (7, 8):
            dates.append(_second_thursday(year, month))
    return dates


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _other_dates(today: dt.date, next_council: dt.date) -> list[tuple[str, dt.date]]:
    plan = {
        "alderman": [-300, -210, -120, -34, 46],
        "civil_servants": [-270, -150, -62, 61],
        "working_group": [-250, -180, -100, -41, 33],
        "backing_group": [-200, -20, 75],
    }
    result = []
    for kind, offsets in plan.items():
        for offset in offsets:
            day = _weekday(today + dt.timedelta(days=offset))
            if today <= day <= next_council:  # the council meeting is the next one
                day = _weekday(next_council + dt.timedelta(days=8))
            result.append((kind, day))
    return result


def _invitees(kind: str, members: list[int]) -> tuple[list[int], list[tuple[str, str]]]:
    if kind == "council":
        return members, []
    if kind == "alderman":
        return members[:3], [ALDERMAN, CIVIL_SERVANTS[0]]
    if kind == "civil_servants":
        return [members[0], members[2]], CIVIL_SERVANTS
    if kind == "working_group":
        return [members[i] for i in (2, 6, 7, 9) if i < len(members)], []
    return [members[i] for i in (0, 2, 4, 5) if i < len(members)], []


def _sample_pdf(title: str, pages: int, lines: list[str]) -> bytes:
    """A small stand-in for a document the municipality sent."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = pdf_canvas.Canvas(buffer, pagesize=A4, initialFontName=FAMILY)
    canvas.setTitle(title)
    for page in range(1, pages + 1):
        canvas.setFont(BOLD, 14)
        canvas.drawString(25 * mm, 270 * mm, "Gemeente Lindewaarde")
        canvas.setFont(BOLD, 12)
        canvas.drawString(25 * mm, 258 * mm, title)
        canvas.setFont(FAMILY, 10.5)
        y = 240 * mm
        for line in lines:
            canvas.drawString(25 * mm, y, line)
            y -= 6 * mm
        canvas.setFont(FAMILY, 8)
        canvas.drawRightString(185 * mm, 15 * mm, f"{page}/{pages}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _add_topics(db, meeting_id: int, topics: list[tuple], members: list[int],
                context) -> list[tuple[int, tuple]]:
    added = []
    for topic in topics:
        title, explanation, minutes, purpose = topic[:4]
        presenter = ""
        if context.rng.random() < 0.7 and members:
            presenter = member_name(db, context.rng.choice(members))
        item_id = add_item(db, meeting_id, title, explanation=explanation, duration=minutes,
                           purpose=purpose, presenter=presenter)
        added.append((item_id, topic))
    return added


def _record_minutes(db, meeting: Meeting, topics: list[tuple[int, tuple]], members: list[int],
                    context) -> None:
    invitees = list_invitees(db, meeting.id)
    # Actions go to people who were at the table (a working group's own members).
    owners = [invitee.member_id for invitee in invitees if not invitee.is_guest] or members
    for invitee in invitees:
        roll = context.rng.random()
        code = "present" if roll < 0.8 else "absent_notice" if roll < 0.93 else "absent"
        set_attendance(db, invitee.id, code)
    standard_notes = {
        "opening": "De voorzitter opent de vergadering en heet iedereen welkom. "
                   "De agenda wordt vastgesteld.",
        "announcements": "De secretaris meldt dat de reactie van het college op het "
                         "laatste advies is ontvangen.",
        "minutes": "Het verslag wordt ongewijzigd vastgesteld.",
        "actions": "De actielijst is doorgelopen; afgeronde acties zijn afgevoerd.",
        "incoming": "De ingekomen stukken worden voor kennisgeving aangenomen.",
        "aob": "Geen vragen voor de rondvraag.",
        "closing": "De voorzitter sluit de vergadering en dankt iedereen voor de inbreng.",
    }
    for item in list_agenda(db, meeting.id):
        if item.standard in standard_notes:
            update_item(db, item.id, minutes=standard_notes[item.standard])
            if item.standard == "minutes" and meeting.kind == "council":
                add_decision(db, meeting.id, "Het verslag van de vorige vergadering wordt "
                                             "ongewijzigd vastgesteld.", item.id)
    for item_id, topic in topics:
        update_item(db, item_id, minutes=topic[4])
        if topic[5]:
            add_decision(db, meeting.id, topic[5], item_id)
        if context.rng.random() < 0.75:
            _add_demo_action(db, meeting, item_id, TOPIC_ACTIONS[topic[0]], owners, context)


def _add_demo_action(db, meeting: Meeting, item_id: int, description: str,
                     members: list[int], context) -> None:
    due = meeting.date + dt.timedelta(days=context.rng.choice([14, 21, 28, 42]))
    action_id = add_action(db, meeting.id, description,
                           context.rng.choice(members), due, item_id)
    age = (context.today - due).days
    if age > 25 and context.rng.random() < 0.9 or age > 0 and context.rng.random() < 0.3:
        done_on = min(context.today, due - dt.timedelta(days=context.rng.randint(0, 7)))
        set_action_status(db, action_id, "done", max(done_on, meeting.date))


def _make_meeting(db, kind: str, day: dt.date, members: list[int], context,
                  title: str = "", group=None) -> int:
    """One meeting; a working-group meeting invites that group and its chair leads."""
    start, end = TIMES[kind]
    member_ids, guests = _invitees(kind, members)
    chair = members[0]
    taker = members[-1] if kind in ("council", "alderman") else members[2]
    if group is not None:
        member_ids = default_invitees(db, kind, group.id)
        chair = group.chair_id
        taker = next((m for m in member_ids if m != chair), chair)
    meeting = Meeting(id=None, kind=kind, date=day, start_time=start, end_time=end,
                      title=title, location=LOCATIONS[kind], chair_id=chair,
                      minute_taker_id=taker, working_group_id=group.id if group else None)
    return create_meeting(db, meeting, member_ids, guests)


def _next_council_agenda(db, meeting_id: int, members: list[int]) -> None:
    """The agenda of the coming council meeting, the richest one: print it to see."""
    request_item = add_item(
        db, meeting_id, "Adviesaanvraag verordening maatschappelijke ondersteuning 2027",
        explanation="Het college vraagt advies over de nieuwe Wmo-verordening (advies "
                    "2026-11 in het register). De werkgroep Wonen en Zorg legt een "
                    "concept-advies voor.",
        presenter=member_name(db, members[2]), duration=30, purpose="decision")
    add_document(db, request_item, "adviesaanvraag-verordening-wmo-2027.pdf",
                 _sample_pdf("Adviesaanvraag verordening maatschappelijke ondersteuning 2027",
                             2, ["Aan de Adviesraad Sociaal Domein Lindewaarde,",
                                 "Het college vraagt uw advies over de bijgevoegde",
                                 "conceptverordening maatschappelijke ondersteuning 2027."]),
                 "Adviesaanvraag van het college")
    add_document(db, request_item, "concept-advies-wmo-2027.pdf",
                 _sample_pdf("Concept-advies Wmo-verordening 2027", 3,
                             ["Concept van de werkgroep Wonen en Zorg.",
                              "1. Keuzevrijheid bij huishoudelijke hulp",
                              "2. Onafhankelijke cliëntondersteuning",
                              "3. Eigen bijdrage voor lage inkomens"]),
                 "Concept-advies werkgroep Wonen en Zorg")
    budget = add_item(db, meeting_id, "Jaarplan en begroting 2027",
                      explanation="Vaststellen van het jaarplan en de begroting van de raad.",
                      presenter=member_name(db, members[3]), duration=20, purpose="decision")
    add_document(db, budget, "jaarplan-begroting-2027.pdf",
                 _sample_pdf("Jaarplan en begroting 2027", 1,
                             ["Begroting 2027: € 9.250", "Scholing: € 1.200",
                              "Achterbanbijeenkomsten: € 1.800"]), "Jaarplan en begroting")
    groups = add_item(db, meeting_id, "Terugkoppeling uit de werkgroepen", duration=0,
                      purpose="information")
    for title, member, minutes in (("Werkgroep Wonen en Zorg", 2, 10),
                                   ("Commissie Werk en Inkomen", 1, 10),
                                   ("Deelraad Jeugd", 5, 5)):
        add_item(db, meeting_id, title, parent_id=groups, duration=minutes,
                 presenter=member_name(db, members[member]), purpose="information")
    add_item(db, meeting_id, "Signalen: wachttijden huishoudelijke hulp",
             explanation="Sinds september melden inwoners wachttijden tot acht weken.",
             duration=15, purpose="discussion", requested_by_id=members[4])
    # The closed part (besloten deel): out of the agenda and pack for publication.
    add_item(db, meeting_id, "Voordracht van een nieuw lid",
             explanation="Het selectiegesprek met de kandidaat voor de vacature "
                         "ervaringsdeskundige; de voordracht aan het college.",
             duration=10, purpose="decision", confidential=True)


def add_demo(db, context) -> None:
    members = context.ids.get("members") or []
    if not members:
        return
    today = context.today
    council_dates = _council_dates(today)
    next_council = next(day for day in council_dates if day >= today)
    made = [("council", day) for day in council_dates]
    made += _other_dates(today, next_council)
    made.sort(key=lambda entry: entry[1])
    topic_index = 0
    meeting_ids = []
    groups = [get_working_group(db, group_id)
              for group_id in context.ids.get("working_groups", [])[:2]]
    group_turn = 0
    for kind, day in made:
        group = None
        if kind == "working_group" and groups:  # two groups meet in turn
            group, group_turn = groups[group_turn % len(groups)], group_turn + 1
        meeting_id = _make_meeting(db, kind, day, members, context, group=group)
        meeting_ids.append(meeting_id)
        if day == next_council and kind == "council":
            _next_council_agenda(db, meeting_id, members)
            continue
        count = 3 if kind == "council" else 1 if kind == "backing_group" else 2
        topics = [TOPICS[(topic_index + n) % len(TOPICS)] for n in range(count)]
        topic_index += count
        added = _add_topics(db, meeting_id, topics, members, context)
        if day < today:
            _record_minutes(db, get_meeting(db, meeting_id), added, members, context)
    context.ids["meetings"] = meeting_ids
