"""Importing Relaties from a contacts export: CSV from Outlook or Google, or vCard (.vcf).

Every contact is checked first; if one cannot be read, nothing is imported and the
message names the file and the line. Contacts already in Relaties are skipped.
"""

import csv
import io
import quopri
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from core.errors import RaadswerkError, ValidationError
from core.i18n import tr
from core.members.reading import decode, sniff_delimiter
from core.relations.model import Relation, validate_relation
from core.relations.repository import insert_relation, list_relations

MAX_CONTACTS = 20_000

# Column headings of Outlook (English and Dutch), Google Contacts and Raadswerk's own
# export, folded to lower case → the part of a contact they hold.
_HEADINGS = {
    "first": ("first name", "given name", "voornaam"),
    "middle": ("middle name", "additional name", "middelste naam", "tussenvoegsel"),
    "last": ("last name", "family name", "achternaam"),
    "full": ("name", "naam", "display name", "weergavenaam", "full name"),
    "organisation": ("company", "organization 1 - name", "organization name", "bedrijf",
                     "organisatie", "organization"),
    "street": ("business street", "address 1 - street", "werkadres, straat", "street",
               "straat", "adres", "home street", "huisadres, straat"),
    "po_box": ("business po box", "address 1 - po box", "werkadres, postbus", "postbus"),
    "postcode": ("business postal code", "address 1 - postal code", "werkadres, postcode",
                 "postcode", "postal code", "home postal code", "huisadres, postcode"),
    "city": ("business city", "address 1 - city", "werkadres, plaats", "plaats", "city",
             "woonplaats", "home city", "huisadres, plaats"),
    "email": ("e-mail address", "e-mail 1 - value", "e-mailadres", "e-mail", "email"),
    "phone": ("business phone", "phone 1 - value", "telefoon op werk", "telefoon", "phone",
              "mobile phone", "mobiele telefoon"),
    "attention": ("t.a.v.", "attention", "ter attentie van"),
    "salutation": ("aanhef", "salutation"),
}
_HEADING_PART = {heading: part for part, headings in _HEADINGS.items()
                 for heading in headings}


@dataclass
class RelationsImport:
    """What a file holds: contacts to add, and those already in Relaties."""

    new: list[Relation] = field(default_factory=list)
    known: list[Relation] = field(default_factory=list)


def postal_lines(street: str, po_box: str, postcode: str, city: str) -> str:
    """Street (or Postbus), then postcode and town with two spaces between, as PostNL asks."""
    first = " ".join(street.split()) or (
        tr("PO Box {number}", number=" ".join(po_box.split())) if po_box.strip() else "")
    if po_box.strip() and po_box.strip().casefold().startswith(("postbus", "po box")):
        first = " ".join(po_box.split())
    town = "  ".join(part for part in (" ".join(postcode.split()).upper(),
                                       " ".join(city.split())) if part)
    return "\n".join(line for line in (first, town) if line)


def _contact(parts: dict[str, str]) -> Relation | None:
    """A relation from the parts of one contact; None for an empty row."""
    person = " ".join(parts.get(key, "").strip() for key in ("first", "middle", "last")
                      if parts.get(key, "").strip())
    person = person or parts.get("full", "").strip()
    organisation = parts.get("organisation", "").strip()
    if not person and not organisation:
        return None
    address = postal_lines(*(parts.get(key, "") for key in ("street", "po_box", "postcode",
                                                             "city")))
    return Relation(
        name=person or organisation, kind="person" if person else "organisation",
        role="other", organisation=organisation if person else "",
        attention=parts.get("attention", ""), postal_address=address,
        salutation=parts.get("salutation", ""), email=parts.get("email", "").strip(),
        phone=parts.get("phone", "").strip())


def _checked(relation: Relation, path: Path, line: int) -> Relation:
    try:
        return validate_relation(relation)
    except ValidationError as error:
        raise ValidationError(tr("{file}, line {line}: {problem}", file=path.name, line=line,
                                 problem=str(error)), error.field) from error


def read_csv_contacts(text: str, path: Path) -> list[Relation]:
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text)))
    if not rows:
        raise ValidationError(tr("{file} is empty: there are no contacts in it.",
                                 file=path.name))
    parts_of = [_HEADING_PART.get(heading.strip().casefold()) for heading in rows[0]]
    if not any(parts_of):
        raise ValidationError(tr(
            "{file} has no column Raadswerk knows (such as Name, Company, E-mail Address). "
            "Export the contacts from Outlook or Google as CSV, or as vCard.", file=path.name))
    relations = []
    for line, row in enumerate(rows[1:], start=2):
        parts: dict[str, str] = {}
        for part, cell in zip(parts_of, row, strict=False):
            if part and cell.strip() and not parts.get(part):
                parts[part] = cell.strip()
        relation = _contact(parts)
        if relation is not None:
            relations.append(_checked(relation, path, line))
    return relations


def _unfolded(text: str) -> list[tuple[int, str]]:
    """vCard lines with their continuations joined (RFC 6350 folding; 2.1 soft breaks)."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + raw[1:])
        elif lines and lines[-1][1].endswith("=") and "QUOTED-PRINTABLE" in \
                lines[-1][1].upper().split(":", 1)[0]:
            lines[-1] = (lines[-1][0], lines[-1][1][:-1] + raw)
        else:
            lines.append((number, raw))
    return lines


def _vcard_value(params: list[str], value: str) -> list[str]:
    """The components of a property value (';'-separated), unescaped and decoded."""
    upper = [param.upper() for param in params]
    if "ENCODING=QUOTED-PRINTABLE" in upper or "QUOTED-PRINTABLE" in upper:
        charset = next((param.split("=", 1)[1] for param in params
                        if param.upper().startswith("CHARSET=")), "utf-8")
        try:
            value = quopri.decodestring(value.encode("latin-1", "replace")).decode(
                charset, "replace")
        except LookupError:
            value = quopri.decodestring(value.encode("latin-1", "replace")).decode(
                "utf-8", "replace")
    components, current, escaped = [], "", False
    for char in value:
        if escaped:
            current += "\n" if char in "nN" else char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            components.append(current)
            current = ""
        else:
            current += char
    return [*components, current]


def _card_parts(properties: dict[str, list[str]]) -> dict[str, str]:
    parts: dict[str, str] = {}
    name = properties.get("N", [])
    for index, key in ((1, "first"), (2, "middle"), (0, "last")):
        if len(name) > index:
            parts[key] = name[index].strip()
    parts["full"] = (properties.get("FN") or [""])[0]
    parts["organisation"] = (properties.get("ORG") or [""])[0]
    address = properties.get("ADR", [])
    for index, key in ((0, "po_box"), (2, "street"), (3, "city"), (5, "postcode")):
        if len(address) > index:
            parts[key] = address[index].replace("\n", " ")
    parts["email"] = (properties.get("EMAIL") or [""])[0]
    parts["phone"] = (properties.get("TEL") or [""])[0]
    return parts


def read_vcards(text: str, path: Path) -> list[Relation]:
    relations: list[Relation] = []
    properties: dict[str, list[str]] | None = None
    start = 0
    for number, line in _unfolded(text):
        if ":" not in line:
            continue
        head, value = line.split(":", 1)
        params = head.split(";")
        name = params[0].split(".")[-1].upper()  # "item1.ADR" → "ADR"
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            properties, start = {}, number
        elif name == "END" and properties is not None:
            relation = _contact(_card_parts(properties))
            if relation is not None:
                relations.append(_checked(relation, path, start))
            properties = None
        elif properties is not None and name not in properties:
            properties[name] = _vcard_value(params[1:], value)
    if not relations and "BEGIN:VCARD" not in text.upper():
        raise ValidationError(tr("{file} is not a vCard file: it holds no BEGIN:VCARD.",
                                 file=path.name))
    return relations


def read_contacts(path: Path | str) -> list[Relation]:
    """The contacts in a .csv or .vcf export, each checked."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RaadswerkError(tr("The file {path} cannot be read: {reason}", path=path,
                                reason=error.strerror)) from error
    text = decode(data, path.name)[0].replace("\x00", "")
    vcard = path.suffix.lower() in (".vcf", ".vcard") or text.lstrip().upper().startswith(
        "BEGIN:VCARD")
    relations = read_vcards(text, path) if vcard else read_csv_contacts(text, path)
    if not relations:
        raise ValidationError(tr("{file} holds no contacts with a name or organisation.",
                                 file=path.name))
    if len(relations) > MAX_CONTACTS:
        raise ValidationError(tr("{file} has more than {limit} contacts; split it into parts.",
                                 file=path.name, limit=MAX_CONTACTS))
    return relations


def _identity(relation: Relation) -> tuple[str, str]:
    return (" ".join(relation.name.casefold().split()),
            relation.email.casefold() or " ".join(relation.postal_address.casefold().split()))


def prepare_relations_import(db: Database, path: Path | str) -> RelationsImport:
    """Read and check the file; sort its contacts into new and already known."""
    seen = {_identity(relation) for relation in list_relations(db)}
    result = RelationsImport()
    for relation in read_contacts(path):
        identity = _identity(relation)
        (result.known if identity in seen else result.new).append(relation)
        seen.add(identity)
    return result


def run_relations_import(db: Database, prepared: RelationsImport) -> int:
    """Add the new contacts in one transaction; returns how many were added."""
    with db.atomic():
        for relation in prepared.new:
            insert_relation(db, relation)
    return len(prepared.new)
