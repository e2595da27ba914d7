"""The printed minutes (verslag): attendance, notes per item, decisions and actions."""

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from core.documents.page import DocumentInfo, render
from core.documents.richtext import to_flowables
from core.documents.styles import STYLES, cell, data_table, paragraph
from core.documents.text import escape_text
from core.i18n import format_date, tr
from core.meetings.agenda_document import (
    actions_table,
    closed_part_note,
    document_title,
    invitee_label,
    meeting_pairs,
    pairs_table,
)
from core.meetings.papers import MeetingPapers


def _names(papers: MeetingPapers, code: str) -> list[str]:
    return [invitee_label(invitee) for invitee in papers.invitees if invitee.attendance == code]


def attendance_block(papers: MeetingPapers) -> list:
    count = papers.attendance
    pairs = meeting_pairs(papers)
    present = _names(papers, "present")
    pairs.append((tr("Present ({count})", count=count.present if count else len(present)),
                  ", ".join(present) or "—"))
    with_notice = _names(papers, "absent_notice")
    if with_notice:
        pairs.append((tr("Absent with notice"), ", ".join(with_notice)))
    absent = _names(papers, "absent")
    if absent:
        pairs.append((tr("Absent"), ", ".join(absent)))
    return pairs_table(pairs, label_width=46 * mm)


def _item_section(papers: MeetingPapers, item) -> list:
    style = "h3" if item.is_sub_item else "h2"
    story = [Paragraph(escape_text(f"{item.number}. {item.title}"), STYLES[style])]
    if item.confidential:
        story.append(Paragraph(f"<b>{escape_text(closed_part_note())}</b>",
                               STYLES["small_confidential"]))
    if item.withheld:
        story.append(paragraph(tr("Discussed in the closed part of the meeting."), "small"))
    elif item.minutes.strip():
        story += to_flowables(item.minutes)
    else:
        story.append(paragraph(tr("No notes."), "small"))
    for decision in papers.decisions:
        if decision.agenda_item_id == item.id:
            label = tr("Decision {code}", code=decision.code)
            story.append(Paragraph(
                f"<b>{escape_text(label)}:</b> {escape_text(decision_line(decision))}",
                STYLES["body"]))
    for action in papers.new_actions:
        if action.agenda_item_id == item.id:
            label = tr("Action")
            story.append(Paragraph(f"<b>{escape_text(label)}:</b> "
                                   f"{escape_text(_action_line(action))}", STYLES["body"]))
    return story


def _action_line(action) -> str:
    parts = [action.description]
    if action.owner:
        parts.append(action.owner)
    if action.due_date:
        parts.append(tr("by {date}", date=format_date(action.due_date)))
    return " — ".join(parts)


def decision_line(decision) -> str:
    """The decision with how it was taken: '… (met algemene stemmen)'."""
    if decision.has_vote:
        return tr("{text} ({vote})", text=decision.text, vote=decision.vote_text)
    return decision.text


def quorum_warning(papers: MeetingPapers) -> list:
    warning = papers.quorum.warning() if papers.quorum else ""
    return [Spacer(1, 2 * mm), paragraph(warning, "value_bold")] if warning else []


def decisions_table(papers: MeetingPapers) -> list:
    if not papers.decisions:
        return []
    rows = [[cell(text, "cell_head") for text in (tr("No."), tr("Decision"), tr("Item"))]]
    for decision in papers.decisions:
        item = papers.item(decision.agenda_item_id)
        rows.append([cell(decision.code, "cell_bold"), cell(decision_line(decision)),
                     cell(item.number if item else "—")])
    return [Paragraph(escape_text(tr("Decision list")), STYLES["h1"]),
            data_table(rows, [20 * mm, 118 * mm, 27 * mm])]


def minutes_story(papers: MeetingPapers) -> list:
    story = [
        Paragraph(escape_text(tr("Minutes")), STYLES["title"]),
        Paragraph(escape_text(papers.meeting.display_title), STYLES["h2"]),
        *attendance_block(papers),
        *quorum_warning(papers),
        Spacer(1, 4 * mm),
    ]
    if papers.meeting.notes.strip():
        story += to_flowables(papers.meeting.notes)
    for item in papers.items:
        story += _item_section(papers, item)
    story += decisions_table(papers)
    actions = papers.new_actions + [a for a in papers.carried_actions
                                    if a.id not in {n.id for n in papers.new_actions}]
    story += actions_table(actions, tr("Action list"))
    story += adoption_block(papers)
    return story


def adoption_block(papers: MeetingPapers) -> list:
    """'Vastgesteld in de vergadering van …' with the signers, once the minutes are adopted."""
    adopted = papers.meeting.minutes_approved_on
    if adopted is None:
        return []
    line = tr("Adopted in the meeting of {date}.", date=format_date(adopted))
    signers = [f"{escape_text(signer.name)}, {escape_text(signer.role)}"
               for signer in papers.head.profile.signers[:2] if signer.name.strip()]
    return [Spacer(1, 8 * mm), KeepTogether([
        Paragraph(escape_text(line), STYLES["body"]),
        *([Paragraph("<br/>".join(signers), STYLES["body_tight"])] if signers else []),
    ])]


def render_minutes(papers: MeetingPapers) -> bytes:
    """The minutes; until they are adopted they are a draft and marked CONCEPT."""
    title = document_title(tr("Minutes"), papers.meeting)
    draft = papers.meeting.minutes_approved_on is None
    return render(papers.head, DocumentInfo(title=title, subject=papers.meeting.label,
                                            draft=draft, confidential=papers.has_confidential),
                  minutes_story(papers))
