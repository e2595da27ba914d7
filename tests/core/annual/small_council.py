"""A small council whose year 2025 is counted by hand in the tests (tests/core/annual).

Names, addresses and texts are distinctive, so that a test can prove the anonymous
statistics contain none of them.
"""

import datetime as dt

from core.advice import AdviceInput, create_advice, record_response, save_text, set_status
from core.advice.letters import make_advice_letter
from core.advice.model import Response
from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from core.letters import archive_letter
from core.meetings.followup import add_action, set_action_status
from core.meetings.model import Meeting
from core.meetings.repository import create_meeting, list_invitees, set_attendance
from core.members.repository import create_member, mark_former
from core.profile import CouncilProfile, Signer, save_profile
from core.settings import set_setting
from core.signals.intake import log_signal
from core.signals.model import ContactInput, SignalInput
from core.signals.themes import add_theme, list_themes

TODAY = dt.date(2026, 3, 1)
# What only this file holds; none of it may reach the anonymous statistics.
PRIVATE_WORDS = [
    "Wilhelmina", "Zwartkop", "Barend", "Quispel", "Cornelia", "Vlasblom", "Dorothea",
    "Pruimelaar", "Quirina", "Blauwhoed", "06-98765432", "quirina@blauwhoed.example",
    "wilhelmina@zwartkop.example", "0612345678", "Distelstraat", "Zonnebloemhof",
    "Gierzwaluwpad", "Raadhuis Kwakkelstee", "Kwakkelstee", "Snoekbaars",
]


def _member(db, first, last, role, start, **extra):
    return create_member(db, {"first_name": first, "last_name": last, "role": role,
                              "start_date": start, **extra})


def _meeting(db, kind, day, invited, attendance):
    meeting_id = create_meeting(db, Meeting(
        id=None, kind=kind, date=day, start_time="19:30", end_time="21:30",
        location="Raadhuis Kwakkelstee"), invited, use_template=False)
    by_member = {invitee.member_id: invitee.id for invitee in list_invitees(db, meeting_id)}
    for member_id, code in attendance.items():
        set_attendance(db, by_member[member_id], code)
    return meeting_id


def _sent_advice(db, kind, request, adopted, sent, response=None):
    advice_id = create_advice(db, AdviceInput(kind=kind, subject="Snoekbaars in de vijver",
                                              request_date=request))
    save_text(db, advice_id, "Wij adviseren de Distelstraat te verbreden.")
    set_status(db, advice_id, "adopted", adopted)
    make_advice_letter(db, advice_id, adopted)
    set_status(db, advice_id, "sent", sent)
    if response is not None:
        record_response(db, advice_id, Response(response[0], response[1], "Omdat het kan."))
    return advice_id


def _signal(db, day, channel, themes, contact=None):
    return log_signal(db, SignalInput(
        received_on=day, channel=channel, theme_ids=themes,
        description="Mevrouw Quirina Blauwhoed uit de Distelstraat wacht al maanden.",
        target_group="Bewoners Gierzwaluwpad", neighbourhood="Zonnebloemhof"),
        contact, today=TODAY)


def build_small_council(db):
    save_profile(db, CouncilProfile(
        name="Wmo-raad Kwakkelstee", municipality="Kwakkelstee", email="raad@kwakkelstee.example",
        phone="0612345678", signers=[Signer("Wilhelmina Zwartkop", "voorzitter")]))
    chair = _member(db, "Wilhelmina", "Zwartkop", "chair", dt.date(2022, 6, 1),
                    email="wilhelmina@zwartkop.example", phone="0612345678")
    newcomer = _member(db, "Barend", "Quispel", "member", dt.date(2025, 3, 1))
    leaver = _member(db, "Cornelia", "Vlasblom", "member", dt.date(2019, 1, 1))
    _member(db, "Dorothea", "Pruimelaar", "adviser", dt.date(2021, 1, 1))
    mark_former(db, leaver, dt.date(2025, 9, 30))
    early = _meeting(db, "council", dt.date(2024, 12, 12), [chair], {chair: "present"})
    first = _meeting(db, "council", dt.date(2025, 2, 13), [chair, leaver],
                     {chair: "present", leaver: "absent_notice"})
    second = _meeting(db, "council", dt.date(2025, 5, 15), [chair, newcomer, leaver],
                      {chair: "present", newcomer: "present", leaver: "absent"})
    _meeting(db, "alderman", dt.date(2025, 6, 10), [chair], {chair: "present"})
    _meeting(db, "council", dt.date(2026, 1, 15), [chair, newcomer], {chair: "present"})
    set_action_status(db, add_action(db, first, "Bel de Distelstraat"), "done",
                      dt.date(2025, 3, 1))
    add_action(db, first, "Schrijf aan Zonnebloemhof")
    set_action_status(db, add_action(db, second, "Zoek Snoekbaars"), "done",
                      dt.date(2026, 1, 10))
    set_action_status(db, add_action(db, early, "Oude actie"), "done", dt.date(2025, 1, 20))
    _sent_advice(db, "requested", dt.date(2024, 11, 1), dt.date(2024, 11, 28),
                 dt.date(2024, 12, 1), (dt.date(2025, 1, 10), "rejected"))
    _sent_advice(db, "requested", dt.date(2025, 1, 6), dt.date(2025, 2, 3),
                 dt.date(2025, 2, 5), (dt.date(2025, 3, 19), "adopted"))
    _sent_advice(db, "requested", dt.date(2025, 4, 1), dt.date(2025, 5, 15),
                 dt.date(2025, 5, 20), (dt.date(2025, 8, 12), "partly"))
    _sent_advice(db, "unsolicited", dt.date(2025, 9, 1), dt.date(2025, 9, 29),
                 dt.date(2025, 10, 1))
    create_advice(db, AdviceInput(kind="requested", subject="Zonnebloemhof",
                                  request_date=dt.date(2025, 11, 20)))
    set_setting(db, "signals.recurrence_threshold", 3)
    themes = {theme.code: theme.id for theme in list_themes(db)}
    own = add_theme(db, "Zonnebloemhof en omgeving").id
    _signal(db, dt.date(2024, 12, 30), "phone", [themes["debt"]])
    _signal(db, dt.date(2025, 1, 10), "phone", [themes["wmo_support"]],
            ContactInput(consent_on=dt.date(2025, 1, 10), name="Quirina Blauwhoed",
                         phone="06-98765432", email="quirina@blauwhoed.example",
                         address="Distelstraat 4"))
    _signal(db, dt.date(2025, 2, 11), "walk_in", [themes["wmo_support"], themes["housing"]])
    _signal(db, dt.date(2025, 2, 20), "phone", [themes["wmo_support"]])
    _signal(db, dt.date(2025, 7, 1), "email", [themes["debt"], own])
    head = load_letterhead(db)
    for day, sent in ((dt.date(2025, 4, 4), dt.date(2025, 4, 4)), (dt.date(2025, 6, 1), None)):
        content = LetterContent(addressee="Gemeente Kwakkelstee", subject="Distelstraat",
                                body="Beste Wilhelmina Zwartkop,", letter_date=day,
                                place="Kwakkelstee", salutation="Geacht college,")
        archive_letter(db, content, "free", render_letter(head, content), sent)
    return db

