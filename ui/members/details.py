"""The panel beside the list: everything about the chosen member, as plain text."""

from core.i18n import format_date, tr


def _term_lines(member, terms, standing) -> list[str]:
    if not member.is_council_member:
        return [tr("No term of office and no vote: not counted as a member.")]
    lines = [term.describe() for term in terms]
    if not lines and member.term_end:
        lines.append(tr("Term of office until {date}", date=format_date(member.term_end)))
    if standing is not None and member.is_active:
        lines.append(standing.describe())
    return lines


def member_details(member, group_names: dict[int, str], terms=(), standing=None) -> str:
    lines = [member.display_name, member.role_label]
    if member.represents:
        lines.append(tr("Represents: {what}", what=member.represents))
    if member.lived_experience:
        lines.append(tr("Has lived experience"))
    lines.append("")
    if member.full_address:
        lines.append(member.full_address)
    lines += [value for value in (member.email, member.phone) if value]
    lines.append("")
    if member.start_date:
        lines.append(tr("Member since {date}", date=format_date(member.start_date)))
    lines += _term_lines(member, terms, standing)
    if not member.is_active:
        lines.append(tr("Left the council on {date}", date=format_date(member.left_on)))
    groups = [group_names[g] for g in member.working_group_ids if g in group_names]
    if groups:
        lines += ["", tr("Working groups: {names}", names=", ".join(groups))]
    if member.notes:
        lines += ["", member.notes]
    return "\n".join(lines).strip()
