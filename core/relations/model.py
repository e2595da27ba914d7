"""What a relation (an entry of Relaties, the address book) is, and its address block."""

from dataclasses import dataclass

from core.contact import check_email, check_phone
from core.documents.text import clean
from core.errors import ValidationError
from core.i18n import mark, tr
from core.text_fields import check_length, short_text

KINDS = {"organisation": mark("Organisation"), "person": mark("Person")}

# Whom a council writes to (code → label): codes are stored, labels translated when shown.
ROLES = {
    "college": mark("Board of Mayor and Aldermen"),
    "council": mark("Municipal council"),
    "griffie": mark("Council clerk (griffie)"),
    "alderman": mark("Alderman"),
    "official": mark("Civil servant"),
    "partner": mark("Partner organisation"),
    "other": mark("Other"),
}
NAME_LIMIT = 200
LINE_LIMIT = 200
ADDRESS_LINES = 6


def role_label(code: str) -> str:
    return tr(ROLES.get(code, ROLES["other"]))


def kind_label(code: str) -> str:
    return tr(KINDS.get(code, KINDS["organisation"]))


@dataclass
class Relation:
    """One addressee: 'College van burgemeester en wethouders' or 'mevrouw A. de Vries'."""

    name: str
    kind: str = "organisation"
    role: str = "other"
    organisation: str = ""
    attention: str = ""
    postal_address: str = ""  # street or Postbus, then "1234 AB  PLACE", one per line
    salutation: str = ""
    email: str = ""
    phone: str = ""
    municipality: str = ""
    notes: str = ""
    id: int | None = None


def address_text(text: str | None) -> str:
    """Stored address lines: control characters removed, each line's own spacing kept
    (PostNL asks for two spaces between postcode and town), empty lines dropped."""
    lines = [line.rstrip() for line in clean(text).split("\n")]
    return "\n".join(line.lstrip() for line in lines if line.strip())


def validate_relation(relation: Relation) -> Relation:
    """The relation as it will be stored; a clear message for what cannot be."""
    name = short_text(relation.name, NAME_LIMIT, "name")
    if not name:
        raise ValidationError(tr("A relation needs a name (an organisation or a person)."),
                              "name")
    if relation.kind not in KINDS:
        raise ValidationError(tr("'{kind}' is not a kind of relation.", kind=relation.kind[:40]),
                              "kind")
    address = address_text(relation.postal_address)
    if len(address.split("\n")) > ADDRESS_LINES:
        raise ValidationError(tr("A postal address has at most {count} lines.",
                                 count=ADDRESS_LINES), "postal_address")
    for line in address.split("\n"):
        check_length(line, LINE_LIMIT, "postal_address")
    return Relation(
        name=name, kind=relation.kind,
        role=relation.role if relation.role in ROLES else "other",
        organisation=short_text(relation.organisation, NAME_LIMIT, "organisation"),
        attention=short_text(relation.attention, NAME_LIMIT, "attention"),
        postal_address=address,
        salutation=short_text(relation.salutation, LINE_LIMIT, "salutation"),
        email=check_email(relation.email), phone=check_phone(relation.phone),
        municipality=short_text(relation.municipality, NAME_LIMIT, "municipality"),
        notes=check_length(clean(relation.notes).strip(), 4000, "notes"),
        id=relation.id,
    )


def address_lines(relation: Relation, attention: str | None = None) -> list[str]:
    """The block for the envelope window: name, organisation, 't.a.v.', postal lines.

    ``attention`` (for example who asked for an advice) replaces the relation's own.
    """
    lines = [relation.name.strip()]
    if relation.kind == "person" and relation.organisation.strip():
        lines.append(relation.organisation.strip())
    who = (relation.attention if attention is None else attention).strip()
    if who:
        lines.append(tr("Attn. {name}", name=who))
    lines += [line for line in address_text(relation.postal_address).split("\n") if line]
    return lines


def address_block(relation: Relation, attention: str | None = None) -> str:
    return "\n".join(address_lines(relation, attention))


def default_salutation_for(relation: Relation) -> str:
    """The relation's own salutation, else the usual one for its role."""
    if relation.salutation.strip():
        return relation.salutation.strip()
    if relation.role in ("council", "griffie"):
        return tr("Dear members of the council,")
    if relation.role == "college":
        return tr("Dear Board of Mayor and Aldermen,")
    return tr("Dear Sir or Madam,")


def summary_line(relation: Relation) -> str:
    """'Gemeente Lindewaarde — Postbus 100, 1234 AB  LINDEWAARDE' for lists and pickers."""
    address = ", ".join(address_text(relation.postal_address).split("\n"))
    parts = [relation.name] + ([relation.organisation] if relation.kind == "person"
                               and relation.organisation else [])
    return " — ".join([", ".join(parts), address] if address else [", ".join(parts)])
