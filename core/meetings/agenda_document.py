"""The printed agenda and the presence list, on the council's letterhead."""

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from core.documents.page import DocumentInfo, render
from core.documents.styles import STYLES, cell, data_table, label_value_table, paragraph
from core.documents.text import escape_text
from core.i18n import format_clock, format_date, tr
from core.meetings.agenda import agenda_end, document_label
from core.meetings.model import AgendaItem, Meeting, kind_label, purpose_label, status_label
from core.meetings.papers import MeetingPapers

WIDTH = 165 * mm
AGENDA_COLUMNS = [10 * mm, 12 * mm, 81 * mm, 29 * mm, 33 * mm]
PRESENTER = 3  # the column of names kept on one line where there is room


def document_title(kind: str, meeting: Meeting) -> str:
    """'Agenda Raadsvergadering 10 december 2026' — also the running header."""
    return f"{kind} {meeting.display_title} {format_date(meeting.date)}"


def time_range(meeting: Meeting) -> str:
    return tr("{start} – {end}", start=format_clock(meeting.start_time),
              end=format_clock(meeting.end_time))


def meeting_pairs(papers: MeetingPapers) -> list[tuple[str, str]]:
    """Label/value lines heading both the agenda and the minutes: kind, date, place, roles."""
    meeting = papers.meeting
    pairs = [(tr("Kind of meeting"), kind_label(meeting.kind))] if meeting.title else []
    pairs += [(tr("Date"), format_date(meeting.date, "full")), (tr("Time"), time_range(meeting))]
    if meeting.location:
        pairs.append((tr("Location"), meeting.location))
    if papers.chair:
        pairs.append((tr("Chair"), papers.chair))
    if papers.minute_taker:
        pairs.append((tr("Minute-taker"), papers.minute_taker))
    return pairs


def pairs_table(pairs: list[tuple[str, str]], label_width: float) -> list:
    """The label/value pairs as one escaped two-column table, full text width."""
    rows = [(cell(label, "label"), cell(value, "value")) for label, value in pairs]
    return [label_value_table(rows, label_width=label_width, total_width=WIDTH)]


def details_block(papers: MeetingPapers, with_invitees: bool = True) -> list:
    pairs = meeting_pairs(papers)
    if with_invitees and papers.invitees:
        pairs.append((tr("Invited"), invitee_names(papers)))
    return pairs_table(pairs, label_width=30 * mm)


def invitee_label(invitee) -> str:
    """The invitee's name, with the organisation of a guest in brackets."""
    if invitee.is_guest and invitee.organisation:
        return f"{invitee.name} ({invitee.organisation})"
    return invitee.name


def invitee_names(papers: MeetingPapers) -> str:
    names = (invitee_label(invitee) for invitee in papers.invitees)
    return ", ".join(name for name in names if name)


def _item_cell(item: AgendaItem, papers: MeetingPapers, page_refs: dict | None) -> list:
    title_style = "cell" if item.is_sub_item else "cell_bold"
    parts = [cell(item.title, title_style)]
    if item.confidential:
        parts.append(Paragraph(f"<b>{escape_text(closed_part_note())}</b>",
                               STYLES["small_confidential"]))
    if item.explanation.strip():
        parts.append(cell(item.explanation, "small"))
    if item.requested_by:
        request = tr("On the agenda at the request of {name}", name=item.requested_by)
        parts.append(Paragraph(f"<i>{escape_text(request)}</i>", STYLES["small"]))
    if item.standard == "actions" and papers.carried_actions:
        open_count = sum(1 for action in papers.carried_actions if action.status == "open")
        parts.append(cell(tr("{count} open actions: see the action list at the end.",
                          count=open_count), "small"))
    if item.documents:
        lines = [f"• {escape_text(document_label(d))}{_confidential(d)}{_page_ref(d, page_refs)}"
                 for d in item.documents]
        label = tr("Documents")
        heading = f"<b>{escape_text(label)}</b><br/>"
        parts.append(Paragraph(heading + "<br/>".join(lines), STYLES["small"]))
    return parts


def closed_part_note() -> str:
    return tr("Confidential — closed part of the meeting")


def _confidential(document) -> str:
    return escape_text(" " + tr("(confidential)")) if document.confidential else ""


def _page_ref(document, page_refs: dict | None) -> str:
    if page_refs is None or document.id not in page_refs:
        return ""
    page = page_refs[document.id]
    if page is None:
        return escape_text(" " + tr("(not a PDF, not in the pack)"))
    return escape_text(" " + tr("(page {page})", page=page))


def agenda_table(papers: MeetingPapers, page_refs: dict | None = None):
    head: list[object] = [cell(text, "cell_head") for text in
            (tr("No."), tr("Time"), tr("Item"), tr("Presenter"), tr("Asked"))]
    rows: list[list[object]] = [head]
    for item in papers.items:
        number_style = "cell" if item.is_sub_item else "cell_bold"
        rows.append([
            cell(item.number, number_style),
            cell(format_clock(item.start), "cell"),
            _item_cell(item, papers, page_refs),
            cell(item.presenter, "cell"),
            cell(purpose_label(item.purpose) if item.purpose else "", "cell"),
        ])
    return data_table(rows, AGENDA_COLUMNS, whole=[PRESENTER])


def actions_table(actions, heading: str) -> list:
    if not actions:
        return []
    rows = [[cell(text, "cell_head") for text in
             (tr("Action"), tr("Who"), tr("Due"), tr("Status"))]]
    for action in actions:
        rows.append([
            cell(action.description), cell(action.owner or "—"),
            cell(format_date(action.due_date, "short") if action.due_date else "—"),
            cell(status_label(action.status) if action.status == "open" else
                 tr("done on {date}", date=format_date(action.done_on, "short"))
                 if action.done_on else status_label(action.status)),
        ])
    return [Paragraph(escape_text(heading), STYLES["h1"]),
            data_table(rows, [83 * mm, 35 * mm, 22 * mm, 25 * mm], whole=[1])]


def agenda_story(papers: MeetingPapers, page_refs: dict | None = None) -> list:
    meeting = papers.meeting
    story = [
        Paragraph(escape_text(tr("Agenda")), STYLES["title"]),
        Paragraph(escape_text(meeting.display_title), STYLES["h2"]),
        *details_block(papers),
        Spacer(1, 6 * mm),
    ]
    if papers.items:
        story.append(agenda_table(papers, page_refs))
        end = agenda_end(papers.items, meeting.start_time)
        story += [Spacer(1, 3 * mm),
                  paragraph(tr("Expected end of the meeting: {time}", time=format_clock(end)),
                            "small")]
    else:
        story.append(paragraph(tr("The agenda has no items yet.")))
    story += actions_table(papers.carried_actions, tr("Action list"))
    return story


def render_agenda(papers: MeetingPapers, page_refs: dict | None = None,
                  page_text=None) -> bytes:
    """The agenda; ``page_text`` numbers its pages (the pack numbers them as its own)."""
    title = document_title(tr("Agenda"), papers.meeting)
    info = DocumentInfo(title=title, subject=papers.meeting.label, page_text=page_text,
                        confidential=papers.has_confidential)
    return render(papers.head, info, agenda_story(papers, page_refs))


# --- presence list -----------------------------------------------------------------------
BLANK_ROWS = 4


def _signature_room() -> Spacer:
    """Every line of the presence list leaves room for a handwritten signature."""
    return Spacer(1, 6 * mm)


def presence_story(papers: MeetingPapers) -> list:
    rows: list[list[object]] = [[cell(text, "cell_head") for text in (
          tr("Name"), tr("Role or organisation"), tr("Signature"))]]
    for invitee in papers.invitees:
        role = (papers.roles.get(invitee.member_id, "") if invitee.member_id is not None
                else invitee.organisation)
        note = tr("sent apologies") if invitee.attendance == "absent_notice" else ""
        rows.append([cell(invitee.name), cell(role), [cell(note, "small"), _signature_room()]])
    rows += [[cell(""), cell(""), _signature_room()] for _ in range(BLANK_ROWS)]
    table = data_table(rows, [60 * mm, 50 * mm, 55 * mm])
    return [
        Paragraph(escape_text(tr("Presence list")), STYLES["title"]),
        Paragraph(escape_text(papers.meeting.display_title), STYLES["h2"]),
        *details_block(papers, with_invitees=False),
        Spacer(1, 6 * mm),
        table,
        Spacer(1, 3 * mm),
        KeepTogether([paragraph(tr("Guests who were not on the list: please add your name and "
                                   "organisation on an empty line."), "small")]),
    ]


def render_presence_list(papers: MeetingPapers) -> bytes:
    title = document_title(tr("Presence list"), papers.meeting)
    return render(papers.head, DocumentInfo(title=title, subject=papers.meeting.label),
                  presence_story(papers))
