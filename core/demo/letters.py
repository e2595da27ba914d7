"""The demo council's letters, and its logo (an invented emblem for Lindewaarde)."""

import datetime as dt

from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from core.i18n import format_date
from core.letters import archive_letter
from core.profile import load_profile, set_logo
from core.resources import resource_path

LOGO = ("demo", "lindewaarde-logo.png")

_ALDERMAN_ADDRESS = (
    "College van burgemeester en wethouders\n"
    "van de gemeente Lindewaarde\n"
    "t.a.v. mevrouw drs. J. Koopmans, wethouder Zorg en Welzijn\n"
    "Postbus 1200\n"
    "7400 AA  Lindewaarde"
)

_HOUSEHOLD_HELP = (
    "In onze vergadering van {meeting} hebben wij gesproken over de signalen die ons "
    "bereiken over de huishoudelijke hulp. Inwoners vertellen ons dat hun hulp de "
    "afgelopen maanden vaak wisselde en dat afspraken niet altijd werden nagekomen.\n\n"
    "Wij vragen u om **voor 1 februari** met ons in gesprek te gaan over:\n\n"
    "1. de wachttijd tussen melding en eerste keukentafelgesprek;\n"
    "2. de vaste contactpersoon voor inwoners met huishoudelijke hulp;\n"
    "3. de manier waarop klachten worden teruggekoppeld.\n\n"
    "Wij hebben de signalen geanonimiseerd en bijgevoegd. Zij laten zien dat het vooral "
    "gaat om inwoners die *alleen wonen* en weinig mensen om zich heen hebben.\n\n"
    "Graag horen wij van u wanneer een gesprek mogelijk is."
)

_THANKS = (
    "Hartelijk dank voor uw komst naar onze vergadering van {meeting}. Uw toelichting "
    "op de plannen voor de nieuwe inkoop van jeugdhulp en Wmo-ondersteuning heeft de leden "
    "veel inzicht gegeven.\n\n"
    "Zoals afgesproken sturen wij u hierbij de punten die de leden na afloop nog meegaven:\n\n"
    "- betrek ervaringsdeskundigen al bij het opstellen van de eisen;\n"
    "- houd de toegang eenvoudig, ook voor inwoners die niet digitaal vaardig zijn;\n"
    "- laat zien hoe de gemeente de kwaliteit na de inkoop blijft volgen.\n\n"
    "Wij zien uit naar de adviesaanvraag en denken graag vroeg mee."
)

_MEETING_ROOM = (
    "Op {date} houdt onze raad een open themabijeenkomst over eenzaamheid onder ouderen. "
    "Wij zouden het op prijs stellen als een medewerker van uw organisatie iets wil vertellen "
    "over de ervaringen van de vrijwillige ouderenadviseurs.\n\n"
    "De bijeenkomst is in het Dorpshuis De Linde, Kerkstraat 12, van 19.30 tot 21.30 uur. "
    "Een bijdrage van ongeveer tien minuten is voldoende; daarna is er ruimte voor vragen "
    "uit de zaal.\n\n"
    "Wilt u uiterlijk twee weken van tevoren laten weten wie er namens u komt?"
)


def _add_logo(db) -> None:
    set_logo(db, "lindewaarde-logo.png", resource_path(*LOGO).read_bytes())


def _letters(today: dt.date, signers) -> list[tuple[LetterContent, dt.date | None]]:
    """Three letters: two sent some weeks ago, one still waiting to go out."""
    asked_on = today - dt.timedelta(days=48)
    thanked_on = today - dt.timedelta(days=19)
    invited_on = today - dt.timedelta(days=2)
    return [
        (LetterContent(
            addressee=_ALDERMAN_ADDRESS,
            subject="Verzoek om overleg over de huishoudelijke hulp",
            body=_HOUSEHOLD_HELP.format(meeting=format_date(asked_on - dt.timedelta(days=6))),
            letter_date=asked_on, place="Lindewaarde",
            reference=f"ASD/{asked_on.year}/031", their_reference="",
            salutation="Geacht college,", signers=list(signers),
            enclosures="Overzicht van signalen over de huishoudelijke hulp (geanonimiseerd)",
            copies="Commissie Samenleving van de gemeenteraad",
        ), asked_on + dt.timedelta(days=1)),
        (LetterContent(
            addressee="Mevrouw drs. J. Koopmans\nWethouder Zorg en Welzijn\nPostbus 1200\n"
                      "7400 AA  Lindewaarde",
            subject="Dank voor uw toelichting op de inkoop Wmo en jeugdhulp",
            body=_THANKS.format(meeting=format_date(thanked_on - dt.timedelta(days=5))),
            letter_date=thanked_on, place="Lindewaarde",
            reference=f"ASD/{thanked_on.year}/036", their_reference="Z/26/184233",
            salutation="Geachte mevrouw Koopmans,", signers=list(signers[:1]),
        ), thanked_on),
        (LetterContent(
            addressee="Stichting Welzijn Lindewaarde\nt.a.v. de heer R. Øzdemir\n"
                      "Marktstraat 8\n7411 CK  Lindewaarde",
            subject="Uitnodiging voor de themabijeenkomst over eenzaamheid",
            body=_MEETING_ROOM.format(date=format_date(invited_on + dt.timedelta(days=30), "full")),
            letter_date=invited_on, place="Lindewaarde",
            reference=f"ASD/{invited_on.year}/041",
            salutation="Geachte heer Øzdemir,", signers=list(signers),
        ), None),
    ]


def add_demo(db, context) -> None:
    _add_logo(db)
    head = load_letterhead(db)
    signers = load_profile(db).signers
    ids = []
    for content, sent_on in _letters(context.today, signers):
        ids.append(archive_letter(db, content, "free", render_letter(head, content), sent_on))
    context.ids["letters"] = ids
