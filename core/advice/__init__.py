"""Advice (adviezen): from the request to the college's response.

    advice_id = create_advice(db, AdviceInput(subject=…, request_date=…))
    save_text(db, advice_id, "…")            # the advice text, in the richtext format
    set_status(db, advice_id, "adopted", on)  # the text is frozen from here on
    make_advice_letter(db, advice_id, date)   # on the letterhead, into the letters archive
    set_status(db, advice_id, "sent", on)
    record_response(db, advice_id, Response(date, "partly", "…"))
"""

from core.advice.deadlines import (
    default_deadline,
    response_due,
    response_overdue,
    response_weeks,
    save_advice_settings,
    term_weeks,
)
from core.advice.figures import YearFigures, year_figures
from core.advice.model import (
    ADDRESSEES,
    KINDS,
    OUTCOMES,
    STATUSES,
    Advice,
    AdviceInput,
    AdviceSummary,
    Response,
    StatusChange,
    addressee_label,
    format_reference,
    kind_label,
    outcome_label,
    status_label,
)
from core.advice.repository import (
    advice_years,
    count_advice,
    create_advice,
    delete_advice,
    fetch_advice,
    get_advice,
    list_advice,
    list_advice_for_linking,
    next_reference,
    policy_areas,
    set_request_letter,
    set_response_letter,
    update_advice,
)
from core.advice.workflow import (
    advice_for_agenda_item,
    agenda_items_for_advice,
    allowed_statuses,
    link_agenda_item,
    record_response,
    save_text,
    set_status,
    unlink_agenda_item,
)

__all__ = [
    "ADDRESSEES", "KINDS", "OUTCOMES", "STATUSES", "Advice", "AdviceInput", "AdviceSummary",
    "Response", "StatusChange", "YearFigures", "addressee_label", "advice_for_agenda_item",
    "advice_years", "agenda_items_for_advice", "allowed_statuses", "count_advice",
    "create_advice", "default_deadline", "delete_advice", "fetch_advice", "format_reference",
    "get_advice", "kind_label", "link_agenda_item", "list_advice", "list_advice_for_linking",
    "next_reference", "outcome_label", "policy_areas", "record_response", "response_due",
    "response_overdue", "response_weeks", "save_advice_settings", "save_text",
    "set_request_letter", "set_response_letter", "set_status", "status_label", "term_weeks",
    "unlink_agenda_item", "update_advice", "year_figures",
]
