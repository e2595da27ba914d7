"""A council file with ten years of history, made through core's own functions.

    build_ten_year_council(path, years=10, seed=2026)

Per year: 12 meetings of about 12 agenda items (minutes, decisions and actions for the
ones held), 200 signals, 15 advice and 30 letters; 12 seats on the council with about
three members leaving (and being replaced) a year, so ten years hold 40 members,
120 meetings, 2,000 signals, 150 advice and 300 letters. Everything goes through the
functions the screens use (validation included), in one transaction; the letters carry
real PDFs, rendered once per kind and reused (rendering 300 would take minutes).
"""

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from core.advice import (
    AdviceInput,
    Response,
    count_advice,
    create_advice,
    get_advice,
    record_response,
    save_text,
    set_status,
)
from core.advice.letters import keep_advice_letter, prepare_advice_letter
from core.database import open_council
from core.demo.meetings import TOPIC_ACTIONS, TOPICS
from core.demo.people import PEOPLE
from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from core.letters import archive_letter, count_letters
from core.meetings.agenda import add_item, list_agenda, update_item
from core.meetings.followup import add_action, add_decision, set_action_status
from core.meetings.model import Meeting
from core.meetings.repository import (
    all_meetings,
    create_meeting,
    list_invitees,
    set_attendance,
)
from core.members import MemberFilter, count_members, create_member, mark_former
from core.members.sorting import fold
from core.members.working_groups import create_working_group
from core.profile import CouncilProfile, Signer, save_profile
from core.signals import count_signals, link_signal_to_advice
from core.signals.intake import log_signal
from core.signals.model import CHANNELS, ContactInput, SignalInput
from core.signals.privacy import apply_retention
from core.signals.status import change_status
from core.signals.themes import list_themes

SEATS = 12
LEAVERS_PER_YEAR = 2.8
MEETINGS_PER_YEAR = 12
ITEMS_PER_MEETING = 12
SIGNALS_PER_YEAR = 200
ADVICE_PER_YEAR = 15
LETTERS_PER_YEAR = 30

_ROLES = ["chair", "vice_chair", "secretary", "treasurer"] + ["member"] * 7 + ["aspirant"]
_GROUPS = ["ouderen", "mantelzorgers", "ouders", "jongeren", "mensen met een beperking",
           "mensen met een bijstandsuitkering", "statushouders", "werkzoekenden"]
_PLACES = ["Centrum", "De Hoven", "Oosterpark", "Kerkbuurt", "De Weiden", "Noordwijk", ""]
_SIGNAL_TEXTS = [
    "Huishoudelijke hulp is teruggebracht zonder nieuw keukentafelgesprek.",
    "Aanvraag traplift ligt al elf weken stil.",
    "Regiotaxi komt regelmatig een uur te laat; afspraken worden gemist.",
    "Wachtlijst voor jeugd-ggz is ruim acht maanden.",
    "Bijzondere bijstand afgewezen; de motivatie is niet te begrijpen.",
    "Aanmelding bij schuldhulp leidt pas na zes weken tot een gesprek.",
    "Brieven van de gemeente zijn te ingewikkeld voor laaggeletterden.",
    "Eigen bijdrage voor de rolstoel is voor een klein pensioen niet op te brengen.",
    "Mantelzorger raakt overbelast; respijtzorg is nauwelijks te vinden.",
    "Het loket is alleen nog telefonisch en digitaal bereikbaar.",
    "Wachttijd voor een sociale huurwoning loopt op tot negen jaar.",
    "Re-integratietraject bestaat vooral uit herhaalde sollicitatietrainingen.",
]
_SENSITIVE_TEXT = ("Met beginnende dementie lukt het aankleden niet meer; de indicatie dekt "
                   "dat niet.")
_ADVICE_SUBJECTS = [
    ("Verordening maatschappelijke ondersteuning", "Wmo en ondersteuning thuis"),
    ("Armoedebeleid en minimaregelingen", "Armoede en schulden"),
    ("Inkoop jeugdhulp", "Jeugd"),
    ("Beleidsplan sociaal domein", "Sociaal domein algemeen"),
    ("Vroegsignalering schulden", "Armoede en schulden"),
    ("Doelgroepenvervoer", "Vervoer"),
    ("Mantelzorgbeleid", "Wmo en ondersteuning thuis"),
    ("Begrijpelijke brieven van de gemeente", "Toegang en informatie"),
    ("Re-integratie en participatie", "Werk en inkomen"),
    ("Wonen met zorg", "Wonen"),
]
_LETTER_SUBJECTS = [
    "Verzoek om overleg over de huishoudelijke hulp",
    "Dank voor uw toelichting in onze vergadering",
    "Uitnodiging voor de themabijeenkomst",
    "Reactie op de conceptverordening",
    "Aanbieding van het jaarverslag",
    "Vragen over de wachttijden in het wijkteam",
]
_ADDRESSEE = ("College van burgemeester en wethouders\nvan de gemeente Lindewaarde\n"
              "Postbus 1200\n7400 AA  Lindewaarde")
_BODY = ("Wij danken u voor de gelegenheid te adviseren over *{subject}*.\n\n"
         "## Ons advies\n\n1. Betrek inwoners vroeg.\n2. Houd de toegang eenvoudig.\n\n"
         "Wij lichten het advies graag toe.")


@dataclass
class TenYearCouncil:
    """What the built file holds, counted the way the secretary sees it."""

    path: Path
    today: dt.date
    members: int
    active_members: int
    meetings: int
    upcoming_meetings: int
    agenda_items: int
    decisions: int
    actions: int
    signals: int
    advice: int
    letters: int


@dataclass
class _Person:
    id: int
    start: dt.date
    left: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.left is None or day < self.left)


class _Builder:
    def __init__(self, db, years: int, seed: int, today: dt.date):
        self.db, self.years, self.today = db, years, today
        self.rng = random.Random(seed)
        self.first_day = today - dt.timedelta(days=round(365.25 * years))
        self.people: list[_Person] = []
        self.names = self._names()
        self.pdfs: dict[str, bytes] = {}
        self.counts = {"agenda_items": 0, "decisions": 0, "actions": 0}
        self.working_group_id: int | None = None

    # --- helpers -----------------------------------------------------------------
    def _names(self) -> list[tuple[str, str, str]]:
        """Distinct invented names: first names and surnames of the demo, mixed."""
        firsts = [first for first, _prefix, _last in PEOPLE]
        lasts = [(prefix, last) for _first, prefix, last in PEOPLE]
        combos = [(first, *last) for first in firsts for last in lasts]
        self.rng.shuffle(combos)
        return combos

    def day_in_period(self, fraction: float) -> dt.date:
        span = (self.today - self.first_day).days
        return self.first_day + dt.timedelta(days=int(span * fraction))

    def active_on(self, day: dt.date) -> list[int]:
        return [person.id for person in self.people if person.active_on(day)]

    def pdf(self, kind: str, content: LetterContent) -> bytes:
        """A real letter PDF per kind, rendered the first time and reused after."""
        if kind not in self.pdfs:
            self.pdfs[kind] = render_letter(load_letterhead(self.db), content)
        return self.pdfs[kind]

    # --- profile and members --------------------------------------------------------
    def profile(self) -> None:
        save_profile(self.db, CouncilProfile(
            name="Adviesraad Sociaal Domein Lindewaarde", kind="social_domain",
            municipality="Lindewaarde", postal_address="Postbus 1207\n7411 AB Lindewaarde",
            email="secretariaat@adviesraad-lindewaarde.nl",
            signers=[Signer("A. van der Berg", "voorzitter"), Signer("M. El Amrani",
                                                                      "secretaris")]))

    def member(self, role: str, start: dt.date) -> _Person:
        first, prefix, last = self.names[len(self.people)]
        local = fold(f"{first}.{prefix}{last}").replace(" ", "").replace("'", "")
        member_id = create_member(self.db, {
            "first_name": first, "prefix": prefix, "last_name": last, "role": role,
            "start_date": start, "email": f"{local}.{len(self.people)}@voorbeeld.nl",
            "phone": f"06-{self.rng.randint(10000000, 99999999)}", "city": "Lindewaarde",
            "salutation": self.rng.choice(["ms", "mr"]),
            "lived_experience": self.rng.random() < 0.4,
        })
        person = _Person(member_id, start)
        self.people.append(person)
        return person

    def members(self) -> None:
        for seat in range(SEATS):
            start = self.first_day - dt.timedelta(days=self.rng.randint(30, 900))
            self.member(_ROLES[seat], start)
        leavers = round(LEAVERS_PER_YEAR * self.years)
        for number in range(leavers):
            left = self.day_in_period((number + 0.5) / leavers)
            candidates = [p for p in self.people[1:] if p.left is None and p.start < left]
            leaving = self.rng.choice(candidates)
            mark_former(self.db, leaving.id, left)
            leaving.left = left
            self.member("member", min(self.today, left + dt.timedelta(days=30)))

    def working_groups(self) -> None:
        active = self.active_on(self.today)
        self.working_group_id = create_working_group(
            self.db, "Werkgroep Wonen en Zorg", "working_group",
            "Huishoudelijke hulp, hulpmiddelen en mantelzorg.", active[1], active[1:6])
        create_working_group(self.db, "Commissie Werk en Inkomen", "committee",
                             "Participatiewet, armoedebeleid en schuldhulp.", active[2],
                             active[5:9])

    # --- meetings --------------------------------------------------------------------
    def meeting_dates(self) -> list[tuple[str, dt.date]]:
        """Monthly, on the second Thursday, the last two still to come."""
        total = MEETINGS_PER_YEAR * self.years
        month_index = self.today.year * 12 + self.today.month - 1 + 2
        dates = []
        for back in range(total, 0, -1):
            year, month = divmod(month_index - back, 12)
            first = dt.date(year, month + 1, 1)
            day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7)
            kind = {7: "alderman", 8: "working_group"}.get(month + 1, "council")
            dates.append((kind, day))
        return dates

    def meetings(self) -> None:
        for number, (kind, day) in enumerate(self.meeting_dates()):
            invited = self.active_on(min(day, self.today))
            guests = [("C. Vermeulen", "Gemeente Lindewaarde, wethouder")] \
                if kind == "alderman" else []
            meeting = Meeting(id=None, kind=kind, date=day, start_time="19:30",
                              end_time="22:00", location="Stadhuis Lindewaarde, raadzaal 2",
                              chair_id=invited[0], minute_taker_id=invited[-1])
            if kind == "working_group":
                meeting.working_group_id = self.working_group_id
            meeting_id = create_meeting(self.db, meeting, invited, guests)
            standard = len(list_agenda(self.db, meeting_id))
            topics = [TOPICS[(number + n) % len(TOPICS)]
                      for n in range(ITEMS_PER_MEETING - standard)]
            items = [(add_item(self.db, meeting_id, topic[0], explanation=topic[1],
                               duration=topic[2], purpose=topic[3]), topic) for topic in topics]
            self.counts["agenda_items"] += standard + len(items)
            if day < self.today:
                self.minutes(meeting_id, day, items, invited)

    def minutes(self, meeting_id: int, day: dt.date, items, invited: list[int]) -> None:
        for invitee in list_invitees(self.db, meeting_id):
            set_attendance(self.db, invitee.id,
                           "present" if self.rng.random() < 0.85 else "absent_notice")
        for item_id, topic in items:
            update_item(self.db, item_id, minutes=topic[4])
            if topic[5]:
                add_decision(self.db, meeting_id, topic[5], item_id)
                self.counts["decisions"] += 1
        for item_id, topic in items[:2]:
            due = day + dt.timedelta(days=self.rng.choice([14, 28, 42]))
            action_id = add_action(self.db, meeting_id, TOPIC_ACTIONS[topic[0]],
                                   self.rng.choice(invited), due, item_id)
            self.counts["actions"] += 1
            if due < self.today - dt.timedelta(days=30) or self.rng.random() < 0.3:
                set_action_status(self.db, action_id, "done", min(due, self.today))

    # --- signals ---------------------------------------------------------------------
    def signals(self) -> list[int]:
        themes = [theme.id for theme in list_themes(self.db)]
        channels = list(CHANNELS)
        total = SIGNALS_PER_YEAR * self.years
        made = []
        for number in range(total):
            day = self.day_in_period(number / total)
            sensitive = self.rng.random() < 0.1
            data = SignalInput(
                received_on=day, channel=self.rng.choice(channels),
                theme_ids=self.rng.sample(themes, self.rng.choice([1, 1, 2])),
                description=_SENSITIVE_TEXT if sensitive else self.rng.choice(_SIGNAL_TEXTS),
                target_group=self.rng.choice(_GROUPS), neighbourhood=self.rng.choice(_PLACES),
                sensitive=sensitive, logged_by=self.rng.choice(self.active_on(day)))
            contact = None
            if self.rng.random() < 0.3:
                contact = ContactInput(consent_on=day, name=f"Melder {number}",
                                       phone=f"06-{self.rng.randint(10000000, 99999999)}")
            signal_id = log_signal(self.db, data, contact, today=day)
            self.follow_up(signal_id, day)
            made.append(signal_id)
        return made

    def follow_up(self, signal_id: int, day: dt.date) -> None:
        """Older signals were taken on and, mostly, closed."""
        age = (self.today - day).days
        steps = ["in_progress", "passed_on", "closed"] if age > 90 else \
            ["in_progress"] if age > 21 else []
        if steps and self.rng.random() < 0.4:
            steps = [step for step in steps if step != "passed_on"]
        when = day
        for step in steps:
            when = min(self.today, when + dt.timedelta(days=self.rng.randint(3, 25)))
            change_status(self.db, signal_id, step, "Besproken in de werkgroep.", None, when)

    # --- advice and letters ------------------------------------------------------------
    def advice(self, signal_ids: list[int]) -> int:
        """Every advice along its path as far as its age allows; returns letters made."""
        total = ADVICE_PER_YEAR * self.years
        letters = 0
        for number in range(total):
            request = self.day_in_period(number / total)
            subject, area = _ADVICE_SUBJECTS[number % len(_ADVICE_SUBJECTS)]
            subject = f"{subject} {request.year} ({number + 1})"
            kind = "requested" if self.rng.random() < 0.75 else "unsolicited"
            rapporteur = self.rng.choice(self.active_on(request))
            advice_id = create_advice(self.db, AdviceInput(
                kind=kind, subject=subject, policy_area=area, request_date=request,
                requested_by="wethouder Zorg en Welzijn" if kind == "requested" else "",
                rapporteur_id=rapporteur), self._request_letter(kind))
            letters += self.walk(advice_id, request, subject)
            link_signal_to_advice(self.db, self.rng.choice(signal_ids), advice_id, request)
        return letters

    def _request_letter(self, kind: str) -> tuple[str, bytes] | None:
        if kind != "requested":
            return None
        return "adviesaanvraag.pdf", self.pdf("free", self.free_letter(0))

    def walk(self, advice_id: int, request: dt.date, subject: str) -> int:
        age = (self.today - request).days
        plan = [(10, "preparing", 5), (25, "draft", 20), (50, "adopted", 35), (90, "sent", 42)]
        letters = 0
        for minimum_age, status, after in plan:
            if age <= minimum_age:
                return letters
            on = request + dt.timedelta(days=after)
            if status == "preparing" and get_advice(self.db, advice_id).status == "preparing":
                continue  # an unsolicited advice starts there
            if status == "draft":
                save_text(self.db, advice_id, _BODY.format(subject=subject))
            set_status(self.db, advice_id, status, on)
            if status == "adopted":
                content = prepare_advice_letter(self.db, advice_id, on)
                keep_advice_letter(self.db, advice_id, content, self.pdf("advice", content))
                letters += 1
        self.respond(advice_id, request, age)
        return letters

    def respond(self, advice_id: int, request: dt.date, age: int) -> None:
        if age <= 150:
            return
        sent = get_advice(self.db, advice_id).sent_on
        answered = sent + dt.timedelta(days=self.rng.randint(30, 70))
        outcome = self.rng.choice(["adopted", "partly", "rejected"])
        record_response(self.db, advice_id, Response(answered, outcome,
                                                     "Het college reageert op het advies."))
        if age > 250:
            set_status(self.db, advice_id, "closed", answered + dt.timedelta(days=14))

    def free_letter(self, number: int) -> LetterContent:
        day = self.day_in_period(min(1.0, (number + 0.5) / (LETTERS_PER_YEAR * self.years)))
        return LetterContent(
            addressee=_ADDRESSEE, subject=_LETTER_SUBJECTS[number % len(_LETTER_SUBJECTS)],
            body="Graag vragen wij uw aandacht voor het volgende.\n\n- een eerste punt;\n"
                 "- een tweede punt.\n\nWij horen graag van u.",
            letter_date=day, place="Lindewaarde", reference=f"ASD/{day.year}/{number + 1:03d}",
            salutation="Geacht college,", signers=[Signer("A. van der Berg", "voorzitter")])

    def letters(self, advice_letters: int) -> None:
        for number in range(max(0, LETTERS_PER_YEAR * self.years - advice_letters)):
            content = self.free_letter(number)
            sent = content.letter_date + dt.timedelta(days=1)
            archive_letter(self.db, content, "free", self.pdf("free", content),
                           sent if sent <= self.today else None)

    def build(self) -> None:
        self.profile()
        self.members()
        self.working_groups()
        self.meetings()
        signal_ids = self.signals()
        self.letters(self.advice(signal_ids))
        # The program removes reporters' details once their retention ends; a file used
        # for ten years has had that done all along.
        apply_retention(self.db, self.today)


def build_ten_year_council(path: Path | str, years: int = 10, seed: int = 2026,
                           today: dt.date | None = None) -> TenYearCouncil:
    """Write a new council file with ``years`` years of history (see the module text)."""
    path = Path(path)
    today = today or dt.date.today()
    council = open_council(path, create=True, backup_dir=path.parent / "backups")
    try:
        builder = _Builder(council.db, years, seed, today)
        with council.db.atomic():
            builder.build()
        return _count(council.db, path, today, builder)
    finally:
        council.close()


def _count(db, path: Path, today: dt.date, builder: _Builder) -> TenYearCouncil:
    meetings = all_meetings(db)
    return TenYearCouncil(
        path=path, today=today,
        members=count_members(db, MemberFilter(status="all")),
        active_members=count_members(db, MemberFilter(status="active")),
        meetings=len(meetings),
        upcoming_meetings=sum(1 for meeting in meetings if meeting.date >= today),
        signals=count_signals(db),
        advice=count_advice(db),
        letters=count_letters(db),
        **builder.counts,
    )
