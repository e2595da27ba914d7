"""The columns of a member list file: what export writes and import recognises."""

from core.i18n import mark, tr
from core.members.sorting import fold

# (field, header label) in the order export writes them.
FIELDS: list[tuple[str, str]] = [
    ("first_name", mark("First name")),
    ("prefix", mark("Prefix")),
    ("last_name", mark("Last name")),
    ("salutation", mark("Salutation")),
    ("address", mark("Address")),
    ("postcode", mark("Postcode")),
    ("city", mark("City")),
    ("email", mark("E-mail")),
    ("phone", mark("Phone")),
    ("role", mark("Role")),
    ("represents", mark("Represents")),
    ("lived_experience", mark("Lived experience")),
    ("start_date", mark("Start date")),
    ("term_end", mark("End of term")),
    ("reappointable", mark("Reappointable")),
    ("status", mark("Status")),
    ("left_on", mark("Left on")),
    ("working_groups", mark("Working groups")),
    ("notes", mark("Notes")),
]
FIELD_NAMES = [name for name, _ in FIELDS]

# Headers councils use in their own Excel lists.
_ALIASES = {
    "voornaam": "first_name", "roepnaam": "first_name", "voorletters": "first_name",
    "tussenvoegsel": "prefix", "tussenvoegsels": "prefix", "tussenv": "prefix",
    "voorvoegsel": "prefix", "achternaam": "last_name", "naam": "last_name",
    "familienaam": "last_name", "surname": "last_name", "aanhef": "salutation",
    "adres": "address", "straat": "address", "straat en huisnummer": "address",
    "postcode": "postcode", "woonplaats": "city", "plaats": "city", "e-mail": "email",
    "email": "email", "e-mailadres": "email", "emailadres": "email", "mail": "email",
    "telefoon": "phone", "telefoonnummer": "phone", "tel": "phone", "mobiel": "phone",
    "rol": "role", "functie": "role", "vertegenwoordigt": "represents",
    "organisatie": "represents", "doelgroep": "represents", "achterban": "represents",
    "ervaringsdeskundig": "lived_experience", "ervaringsdeskundige": "lived_experience",
    "startdatum": "start_date", "lid sinds": "start_date", "begin termijn": "start_date",
    "ingangsdatum": "start_date", "einde termijn": "term_end",
    "einde zittingstermijn": "term_end", "einddatum": "term_end",
    "herbenoembaar": "reappointable", "status": "status", "vertrokken op": "left_on",
    "datum vertrek": "left_on", "werkgroep": "working_groups", "werkgroepen": "working_groups",
    "opmerkingen": "notes", "notities": "notes",
}


def field_label(name: str) -> str:
    return tr(dict(FIELDS)[name])


def guess_field(header: str) -> str | None:
    """The field a column header most likely means, or None."""
    key = " ".join(fold(header or "").replace("_", " ").split()).rstrip(":")
    for name, label in FIELDS:
        if key in (name.replace("_", " "), fold(label), fold(tr(label))):
            return name
    return _ALIASES.get(key)


def guess_mapping(headers: list[str]) -> list[str | None]:
    """One field (or None: skip) per column; a field is used by one column at most."""
    mapping, used = [], set()
    for header in headers:
        field = guess_field(header)
        mapping.append(field if field not in used else None)
        if field:
            used.add(field)
    return mapping
