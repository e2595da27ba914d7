"""The printed member list (ledenlijst) on the council's letterhead: per role and per
working group, with contact details or without them for publication."""

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from core.documents.letterhead import load_letterhead
from core.documents.page import DocumentInfo, render
from core.documents.styles import STYLES, cell, data_table, paragraph
from core.documents.text import escape_text
from core.i18n import format_date, tr, trn
from core.members.model import Member, role_order
from core.members.repository import list_members
from core.members.working_groups import list_working_groups

# A heading right above a long table: keepWithNext would push the whole table to page two.
_HEADING_ABOVE_TABLE = ParagraphStyle("members_h1", parent=STYLES["h1"], keepWithNext=0)


def _term(member: Member) -> str:
    if not member.start_date:
        return ""
    start = format_date(member.start_date, "short")
    end = format_date(member.term_end, "short") if member.term_end else "…"
    return f"{start} – {end}"


def _contact(member: Member):
    lines = [*member.full_address.split("\n"), member.email, member.phone]
    return cell("\n".join(line for line in lines if line.strip()))


def _represents(member: Member, public: bool) -> str:
    if member.lived_experience and not public:
        if member.represents:
            return tr("{represents} (lived experience)", represents=member.represents)
        return tr("Lived experience")
    return member.represents


def _role_table(members: list[Member], public: bool):
    head = [tr("Role"), tr("Name"), tr("Represents")]
    widths = [34 * mm, 45 * mm, 48 * mm] if not public else [40 * mm, 60 * mm, 65 * mm]
    if not public:
        head.append(tr("Contact"))
        widths = [33 * mm, 38 * mm, 38 * mm, 56 * mm]
    rows = [[cell(text, "cell_head") for text in head]]
    previous = None
    for member in sorted(members, key=lambda m: role_order(m.role)):
        label = member.role_label if member.role != previous else ""
        previous = member.role
        row = [cell(label, "cell_bold"), cell(member.display_name),
               cell(_represents(member, public))]
        if not public:
            row.append(_contact(member))
        rows.append(row)
    return data_table(rows, widths)


def _terms_table(members: list[Member]):
    rows = [[cell(text, "cell_head") for text in
             (tr("Name"), tr("Term of office"), tr("Reappointable"))]]
    for member in members:
        rows.append([cell(member.display_name), cell(_term(member)),
                     cell(tr("yes") if member.reappointable else tr("no"))])
    return data_table(rows, [70 * mm, 60 * mm, 35 * mm])


def _group_story(groups, members_by_id: dict[int, Member]) -> list:
    story = [Paragraph(escape_text(tr("Working groups")), STYLES["h1"])]
    if not groups:
        story.append(paragraph(tr("The council has no working groups.")))
    for group in groups:
        story.append(Paragraph(escape_text(f"{group.name} ({group.kind_label.lower()})"),
                               STYLES["h2"]))
        if group.description:
            story.append(paragraph(group.description, "small"))
        names = []
        chair_first = sorted(group.member_ids, key=lambda m: m != group.chair_id)
        for member_id in chair_first:
            member = members_by_id.get(member_id)
            if member is None:
                continue  # former members are no longer listed
            name = member.display_name
            if member_id == group.chair_id:
                name = tr("{name} (chair)", name=name)
            names.append(name)
        story.append(paragraph(", ".join(names) if names else tr("No members yet.")))
    return story


def _head_note(people: list[Member], today: dt.date) -> str:
    """'12 members' counts members only; advisers and support are named apart."""
    members = sum(1 for person in people if person.is_council_member)
    note = trn("Situation on {date}. {count} member.", "Situation on {date}. {count} members.",
               members, date=format_date(today))
    others = len(people) - members
    if others:
        note += " " + tr("Besides them {count} advisers and support staff, without a vote.",
                         count=others)
    return note


def member_list_story(members: list[Member], groups: list, public: bool,
                      today: dt.date) -> list:
    head_note = _head_note(members, today)
    story = [
        Paragraph(escape_text(tr("Member list")), STYLES["title"]),
        paragraph(head_note, "small"),
        Spacer(1, 4 * mm),
        Paragraph(escape_text(tr("Members by role")), _HEADING_ABOVE_TABLE),
    ]
    if members:
        story.append(_role_table(members, public))
    else:
        story.append(paragraph(tr("The council has no active members.")))
    with_terms = [member for member in members if member.is_council_member]
    if not public and with_terms:
        story += [Paragraph(escape_text(tr("Terms of office")), _HEADING_ABOVE_TABLE),
                  _terms_table(with_terms)]
    story += _group_story(groups, {m.id: m for m in members})
    return story


def load_member_list(db) -> tuple[list[Member], list]:
    """What the list prints, read at once (on the UI thread; rendering may run elsewhere)."""
    return list_members(db, "active"), list_working_groups(db)


def render_member_list(head, members: list[Member], groups: list, public: bool = False,
                       today: dt.date | None = None) -> bytes:
    today = today or dt.date.today()
    title = tr("Member list (public)") if public else tr("Member list")
    info = DocumentInfo(title=title, subject=head.profile.name or title, print_date=today)
    return render(head, info, member_list_story(members, groups, public, today))


def member_list_pdf(db, public: bool = False, today: dt.date | None = None) -> bytes:
    """The ledenlijst as PDF bytes; ``public`` leaves out every contact detail."""
    members, groups = load_member_list(db)
    return render_member_list(load_letterhead(db), members, groups, public, today)
