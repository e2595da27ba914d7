"""The demo council's members: a board, members, former members and three working groups."""

import datetime as dt

from core.dates import add_months, add_years
from core.demo.people import PEOPLE
from core.members.model import is_council_member
from core.members.repository import create_member, mark_former
from core.members.sorting import fold
from core.members.term_history import list_terms, reappoint
from core.members.term_rules import next_term_start
from core.members.working_groups import create_working_group

# (role, represents, lived experience, years since start, months of the term left or None,
#  reappointable, salutation)
_ACTIVE = [
    ("chair", "Stichting Welzijn Ouderen", False, 3, None, True, "ms"),
    ("vice_chair", "Cliëntenraad Werk en Inkomen", True, 5, None, False, "mr"),
    ("secretary", "Mantelzorgers", True, 2, None, True, "ms"),
    ("treasurer", "Vluchtelingenwerk", False, 1, None, True, "ms"),
    ("member", "Mensen met schulden", True, 3, 2, True, "mr"),
    ("member", "Jongerenraad", False, 1, None, True, "ms"),
    ("member", "Mensen met een chronische ziekte", True, 8, 1, False, "mr"),
    ("member", "Ouderenbond", False, 3, None, True, "ms"),
    ("aspirant", "Bijstandsgerechtigden", True, 0, None, True, "mr"),
    ("member", "MEE (cliëntondersteuning)", False, 2, None, True, "ms"),
    ("adviser", "Beleidsadviseur sociaal domein", False, 6, None, True, "mr"),
    ("official_secretary", "Gemeente (ondersteuning)", False, 3, None, True, "ms"),
]
_FORMER = [
    ("member", "Humanitas", True, 9, "ms"),
    ("treasurer", "Zorgbelang", False, 7, "mr"),
    ("member", "Mensen in armoede", True, 5, "ms"),
]
_STREETS = ["Kerkstraat", "Molenweg", "Dorpsstraat", "Lindelaan", "Stationsweg", "Beukenlaan"]
_GROUPS = [
    ("Werkgroep Wonen en Zorg", "working_group",
     "Huishoudelijke hulp, hulpmiddelen, woningaanpassingen en mantelzorg."),
    ("Commissie Werk en Inkomen", "committee",
     "Participatiewet, re-integratie, armoedebeleid en schuldhulp."),
    ("Deelraad Jeugd", "sub_council", "Jeugdhulp en passend onderwijs."),
]


def _email(first: str, prefix: str, last: str) -> str:
    local = fold(f"{first}.{prefix}{last}").replace(" ", "").replace("'", "")
    return f"{local}@voorbeeld.nl"


def _values(index: int, role: str, represents: str, lived: bool, start: dt.date,
            salutation: str, context) -> dict:
    first, prefix, last = PEOPLE[index]
    return {
        "first_name": first, "prefix": prefix, "last_name": last, "salutation": salutation,
        "role": role, "represents": represents, "lived_experience": lived,
        "start_date": start, "email": _email(first, prefix, last),
        "phone": f"06-{context.rng.randint(10000000, 99999999)}",
        "address": f"{context.rng.choice(_STREETS)} {context.rng.randint(1, 140)}",
        "postcode": _postcode(context),
        "city": "Lindewaarde",
    }


def _postcode(context) -> str:
    """A postcode in Lindewaarde (7411-7415, as the council's own Postbus). The same draws
    as always, so every later random choice of the demo stays as it was."""
    number = 7411 + context.rng.randint(3500, 3599) % 5
    return f"{number} {context.rng.choice(['AB', 'KL', 'TX'])}"


def _start(context, years_ago: int) -> dt.date:
    return dt.date(context.today.year - years_ago, context.rng.choice([1, 3, 6, 9]), 1)


def _start_for_end(context, years: int, months_left: int) -> dt.date:
    """The start that makes the current term end at the close of a month soon after today;
    a member of four years or more is in their second term."""
    last_day = add_months(context.today.replace(day=1), months_left + 1) - dt.timedelta(days=1)
    terms = 2 if years >= 4 else 1
    return add_years(next_term_start(last_day), -4 * terms)


def _serve_terms(db, member_id: int, today: dt.date) -> None:
    """Reappoint as the rules allow until the current term runs past today (the history)."""
    for _ in range(2):
        terms = list_terms(db, member_id)
        if not terms or terms[-1].end >= today or len(terms) >= 2:
            return
        reappoint(db, member_id)


def add_demo(db, context) -> None:
    active, former = [], []
    for index, (role, represents, lived, years, months_left, again, salutation) in enumerate(
        _ACTIVE
    ):
        start = (_start_for_end(context, years, months_left) if months_left is not None
                 else _start(context, years))  # a term that ends soon shows on the Overzicht
        values = _values(index, role, represents, lived, start, salutation, context)
        values["reappointable"] = again
        member_id = create_member(db, values)
        if is_council_member(role):
            _serve_terms(db, member_id, context.today)
        active.append(member_id)
    for offset, (role, represents, lived, years, salutation) in enumerate(_FORMER):
        start = _start(context, years)
        values = _values(len(_ACTIVE) + offset, role, represents, lived, start, salutation,
                         context)
        member_id = create_member(db, values)
        mark_former(db, member_id, dt.date(context.today.year - 1 - offset % 2, 12, 31))
        former.append(member_id)
    groups = [
        create_working_group(db, _GROUPS[0][0], _GROUPS[0][1], _GROUPS[0][2], active[2],
                             [active[2], active[6], active[7], active[9], former[0]]),
        create_working_group(db, _GROUPS[1][0], _GROUPS[1][1], _GROUPS[1][2], active[1],
                             [active[1], active[4], active[8], active[3]]),
        create_working_group(db, _GROUPS[2][0], _GROUPS[2][1], _GROUPS[2][2], active[5],
                             [active[5], active[0], active[9]]),
    ]
    context.ids["members"] = active
    context.ids["former_members"] = former
    context.ids["working_groups"] = groups
