"""The demo council's advice: two years, every status, responses of every outcome.

Dates are counted back from ``context.today`` (the tests use 22 November 2026), so the
Overzicht always shows a deadline that passed, one coming up, and an overdue response.
"""

import datetime as dt
import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as pdf_canvas

from core import driver
from core.advice import (
    AdviceInput,
    Response,
    create_advice,
    get_advice,
    link_agenda_item,
    record_response,
    save_text,
    set_status,
)
from core.advice.adoption import adopt
from core.advice.extension import agree_extension
from core.advice.letters import make_advice_letter, make_reminder_letter, reminder_content
from core.advice.model import Adoption, PointResponse
from core.advice.points import advice_points
from core.documents.fonts import FAMILY, register_fonts
from core.documents.letterhead import load_letterhead

ALDERMEN = ("wethouder R. Bakker (Wmo en zorg)", "wethouder S. Yilmaz (werk en inkomen)",
            "wethouder J. de Wit (jeugd en onderwijs)", "afdeling Samenleving")

# (days before today the request came, kind, subject, policy area, alderman index,
#  status reached, outcome, own points, what residents told us)
# Days are negative offsets from today; a missing step is None.
ADVICE = [
    (680, "requested", "Beleidsplan sociaal domein 2025–2028", "Sociaal domein algemeen", 0,
     "closed", "adopted",
     ["Neem de ervaringen van inwoners op als vast onderdeel van de monitor.",
      "Maak per doel zichtbaar wie er verantwoordelijk voor is.",
      "Betrek de raad jaarlijks bij de evaluatie van het plan."],
     ["inwoners weten niet waar ze met een vraag terechtkunnen",
      "mantelzorgers voelen zich weinig gezien"]),
    (630, "requested", "Verordening maatschappelijke ondersteuning 2026",
     "Wmo en ondersteuning thuis", 0, "closed", "partly",
     ["Leg vast dat het keukentafelgesprek binnen twee weken plaatsvindt.",
      "Geef inwoners het verslag van het gesprek **voordat** het besluit valt.",
      "Laat de cliëntondersteuner altijd aanschuiven als de inwoner dat wil."],
     ["wachttijden voor een eerste gesprek lopen op",
      "het verslag van het gesprek komt vaak pas na het besluit"]),
    (585, "unsolicited", "Bereikbaarheid van het Wmo-loket", "Toegang en informatie", 3,
     "closed", "rejected",
     ["Open het loket ook op één avond per week.",
      "Zorg dat een inwoner binnen één werkdag wordt teruggebeld."],
     ["telefonisch is het loket slecht bereikbaar", "digitale formulieren zijn lastig"]),
    (530, "requested", "Minimabeleid en kindpakket", "Armoede en schulden", 1,
     "responded", "partly",
     ["Verhoog de inkomensgrens van het kindpakket naar 130% van het sociaal minimum.",
      "Maak één aanvraagformulier voor alle regelingen.",
      "Informeer gezinnen actief via school en wijkteam."],
     ["ouders schamen zich om hulp te vragen", "regelingen zijn onbekend"]),
    (440, "requested", "Inkoop hulp bij het huishouden", "Wmo en ondersteuning thuis", 0,
     "closed", "adopted",
     ["Houd vaste hulpen bij dezelfde cliënten.",
      "Stel eisen aan de opleiding van huishoudelijke hulpen."],
     ["steeds wisselende hulpen", "minder uren zonder uitleg"]),
    (398, "unsolicited", "Schuldhulpverlening: vroegsignalering", "Armoede en schulden", 1,
     "closed", "adopted",
     ["Maak afspraken met woningcorporaties en energieleveranciers over vroege meldingen.",
      "Bied binnen drie werkdagen een eerste gesprek aan."],
     ["mensen melden zich pas als de schulden hoog zijn"]),
    (314, "requested", "Eigen bijdrage Wmo-voorzieningen", "Wmo en ondersteuning thuis", 0,
     "responded", "rejected",
     ["Vraag geen eigen bijdrage voor een rolstoel of woningaanpassing.",
      "Onderzoek of de eigen bijdrage zorgmijding veroorzaakt."],
     ["mensen zien af van hulp vanwege de kosten"]),
    (265, "requested", "Jeugdhulp: toegang via het wijkteam", "Jeugd", 2, "closed", "partly",
     ["Geef ouders één vaste contactpersoon.",
      "Houd wachtlijsten per soort jeugdhulp bij en publiceer ze."],
     ["ouders moeten hun verhaal steeds opnieuw vertellen", "lange wachttijden"]),
    (216, "unsolicited", "Leerlingenvervoer en doelgroepenvervoer", "Vervoer", 2, "sent", None,
     ["Laat kinderen niet langer dan drie kwartier in de bus zitten.",
      "Zorg voor vaste chauffeurs op vaste routes."],
     ["kinderen komen te laat op school", "ritten worden zonder bericht geannuleerd"]),
    (139, "requested", "Re-integratiebeleid Participatiewet", "Werk en inkomen", 1,
     "responded", "adopted",
     ["Laat mensen met een uitkering meebeslissen over hun traject.",
      "Bied begeleiding ook in het eerste half jaar na werkaanvaarding."],
     ["trajecten passen niet bij wat mensen kunnen"]),
    (83, "requested", "Woonvisie: wonen met zorg", "Wonen", 3, "sent", None,
     ["Bouw levensloopbestendige woningen in elke wijk.",
      "Reserveer woningen voor mensen die uitstromen uit beschermd wonen."],
     ["ouderen vinden geen passende woning"]),
    (62, "requested", "Mantelzorgbeleid 2027", "Wmo en ondersteuning thuis", 0, "adopted", None,
     ["Maak respijtzorg ook in het weekend mogelijk.",
      "Geef jonge mantelzorgers een eigen aanspreekpunt."],
     ["mantelzorgers raken overbelast"]),
    (48, "requested", "Verordening individuele studietoeslag", "Werk en inkomen", 1, "draft",
     None,
     ["Keer de studietoeslag maandelijks uit.",
      "Vraag geen nieuwe aanvraag per studiejaar."],
     ["studenten met een beperking kennen de regeling niet"]),
    (20, "requested", "Armoedemonitor 2026", "Armoede en schulden", 1, "preparing", None,
     [], []),
    (6, "requested", "Regionale inkoop jeugdzorg", "Jeugd", 2, "received", None, [], []),
    (52, "unsolicited", "Begrijpelijke brieven van de gemeente", "Toegang en informatie", 3,
     "preparing", None, [], []),
    # On the agenda of the coming council meeting (core/demo/meetings.py).
    (12, "requested", "Verordening maatschappelijke ondersteuning 2027", "Wmo en zorg", 0,
     "preparing", None, [], []),
]


def _simple_pdf(lines: list[str]) -> bytes:
    """A one-page letter as the municipality might send it (for the stored files)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = pdf_canvas.Canvas(buffer, pagesize=A4, initialFontName=FAMILY)
    canvas.setFont(FAMILY, 11)
    y = A4[1] - 90
    for line in lines:
        canvas.drawString(72, y, line)
        y -= 18
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _body(subject: str, points: list[str], heard: list[str]) -> str:
    """An advice text in the stored format: paragraphs, a heading, lists, bold, italic."""
    parts = [
        "De werkgroep heeft het onderwerp met inwoners en organisaties besproken; de raad "
        "heeft dit advies in zijn vergadering vastgesteld.",
        "## Wat wij van inwoners horen",
        "\n".join(f"- {item[0].upper()}{item[1:]}" for item in heard),
        "## Ons advies",
        "\n".join(f"{number}. {point}" for number, point in enumerate(points, 1)),
        "Wij vragen u **een gemotiveerde reactie** te geven, juist waar u ons advies niet "
        "overneemt. Wij lichten het advies graag toe in een gesprek.",
    ]
    return "\n\n".join(parts)


def _reasons(outcome: str) -> str:
    return {
        "adopted": "Het college neemt het advies over en verwerkt de punten in de uitvoering.",
        "partly": "Het college neemt het eerste punt over; de overige punten worden "
                  "meegenomen bij de evaluatie volgend jaar vanwege de kosten.",
        "rejected": "Het college neemt het advies niet over: de financiële ruimte ontbreekt "
                    "en het huidige beleid is pas kort van kracht.",
    }[outcome]


def _answers(body: str, outcome: str) -> list[PointResponse]:
    """The college's answer per point: the same for all, or (partly) the first taken and
    the others left for the evaluation, as ``_reasons`` says."""
    answers = []
    for number, point in advice_points(body):
        answer = outcome if outcome != "partly" else "adopted" if number == 1 else "rejected"
        note = "Bij de evaluatie volgend jaar." if outcome == "partly" and number > 1 else ""
        answers.append(PointResponse(number, point, answer, note))
    return answers


# Words too common in agenda titles to tell one subject from another.
_COMMON_WORDS = {"verordening", "beleid", "advies", "adviesaanvraag", "gemeente", "regionale",
                 "inkoop"}


def _agenda_items(db) -> list[tuple[int, str, dt.date]]:
    """(id, title, meeting date) of every agenda item the meetings part made."""
    try:
        rows = db.execute("SELECT a.id, a.title, m.date FROM agenda_items a "
                          "JOIN meetings m ON m.id = a.meeting_id").fetchall()
    except driver.OperationalError:  # a file without the meetings feature
        return []
    return [(item_id, title, dt.date.fromisoformat(day)) for item_id, title, day in rows]


def _link_meetings(db, advice_id: int, items: list[tuple[int, str, dt.date]]) -> None:
    """Link the agenda items, while the advice was running, whose title names its subject."""
    advice = get_advice(db, advice_id)
    words = {word.strip(":–-,.").lower() for word in advice.subject.split()}
    words = {word for word in words if len(word) >= 5 and word not in _COMMON_WORDS}
    last = advice.sent_on or advice.request_date + dt.timedelta(weeks=10)
    for item_id, title, day in items:
        title_words = {word.strip(":–-,.").lower() for word in title.split()}
        if words & title_words and advice.request_date <= day <= last:
            link_agenda_item(db, advice_id, item_id)


def _sender(context, alderman: int) -> int | None:
    """The Relaties entry of whoever sent the request (same order as ALDERMEN)."""
    senders = context.ids.get("relation_senders", [])
    return senders[alderman] if alderman < len(senders) else None


def _add_one(db, context, head, spec, agenda_items) -> int:
    (days_ago, kind, subject, area, alderman, status, outcome, points, heard) = spec
    today = context.today
    request = today - dt.timedelta(days=days_ago)
    rng = context.rng
    members = context.ids.get("members", [])
    groups = context.ids.get("working_groups", [])
    data = AdviceInput(
        kind=kind, subject=subject, policy_area=area,
        requested_by=ALDERMEN[alderman] if kind == "requested" else "",
        their_reference=f"Z/{request.year % 100}/{rng.randint(10000, 99999)}"
        if kind == "requested" else "",
        request_date=request,
        working_group_id=rng.choice(groups) if groups and rng.random() < 0.7 else None,
        rapporteur_id=rng.choice(members) if members else None,
        addressee="council" if subject.startswith("Beleidsplan") else "college",
        sender_relation_id=_sender(context, alderman) if kind == "requested" else None,
    )
    request_file = None
    if kind == "requested":
        request_file = (f"adviesaanvraag-{request.isoformat()}.pdf", _simple_pdf([
            "Gemeente Lindewaarde", f"Datum: {request.strftime('%d-%m-%Y')}",
            f"Onderwerp: adviesaanvraag {subject}",
            "Het college vraagt uw raad om advies binnen zes weken."]))
    advice_id = create_advice(db, data, request_file)
    if subject.startswith("Mantelzorg"):  # the college agreed to a later date (uitstel)
        agree_extension(db, advice_id, today + dt.timedelta(days=8),
                        request + dt.timedelta(days=14),
                        "Afgesproken met de beleidsmedewerker mantelzorg.")
    steps = {"preparing": rng.randint(3, 8), "draft": rng.randint(16, 26),
             "adopted": rng.randint(28, 36)}
    steps["sent"] = steps["adopted"] + rng.randint(2, 7)
    _walk(db, advice_id, (request, today), steps, (status, outcome), (subject, points, heard),
          head)
    _link_meetings(db, advice_id, agenda_items)
    return advice_id


def _walk(db, advice_id, dates, step, goal, text, head):
    """Move the advice along its path with plausible dates."""
    (request, today), (status, outcome), (subject, points, heard) = dates, goal, text
    order = ["preparing", "draft", "adopted", "sent", "responded", "closed"]
    if status == "received":
        return
    if get_advice(db, advice_id).status != "preparing":
        set_status(db, advice_id, "preparing", request + dt.timedelta(days=step["preparing"]))
    if points:
        save_text(db, advice_id, _body(subject, points, heard))
    for code in order[1:order.index(status) + 1]:
        if code in ("draft", "adopted"):
            day = min(request + dt.timedelta(days=step[code]), today)
            if code == "adopted" and subject.startswith("Mantelzorg"):
                # Between two meetings: the members replied by e-mail.
                adopt(db, advice_id, Adoption(day, "written_round", votes_for=8,
                                              votes_against=0, votes_abstained=1,
                                              note="Twee opmerkingen verwerkt."))
            else:
                set_status(db, advice_id, code, day)
            if code == "adopted":
                make_advice_letter(db, advice_id, day, head)
        elif code == "sent":
            set_status(db, advice_id, "sent", request + dt.timedelta(days=step["sent"]))
        elif code == "responded":
            sent = get_advice(db, advice_id).sent_on
            answered = sent + dt.timedelta(days=42 + (len(subject) % 20))
            reply = _simple_pdf(["Gemeente Lindewaarde", f"Reactie op uw advies: {subject}",
                                 _reasons(outcome)[:90]])
            answers = _answers(get_advice(db, advice_id).body, outcome)
            record_response(db, advice_id,
                            Response(answered, outcome, _reasons(outcome), answers),
                            (f"reactie-{answered.isoformat()}.pdf", reply))
        elif code == "closed":
            answered = get_advice(db, advice_id).response.date
            set_status(db, advice_id, "closed", answered + dt.timedelta(days=14))
    advice = get_advice(db, advice_id)
    if advice.status == "sent" and (today - advice.sent_on).days > 8 * 7 + 30:
        reminder_day = advice.sent_on + dt.timedelta(weeks=8, days=30)
        make_reminder_letter(db, advice_id, reminder_content(db, advice_id, reminder_day), head)


def add_demo(db, context) -> None:
    head = load_letterhead(db)
    agenda_items = _agenda_items(db)
    ids = [_add_one(db, context, head, spec, agenda_items) for spec in ADVICE]
    context.ids["advice"] = ids
