"""The demo council's advice, its figures, and the Overzicht lines it gives."""

import datetime as dt

from core.advice import list_advice, list_advice_for_linking, year_figures
from core.advice.attention import attention_items
from core.advice.model import OUTCOMES, STATUSES
from core.overview import attention_items as all_attention_items
from tests.conftest import DEMO_TODAY


def test_demo_has_two_years_every_status_and_outcome(demo_council):
    rows = list_advice(demo_council.db, today=DEMO_TODAY)
    assert {row.status for row in rows} == set(STATUSES)
    assert {row.response_outcome for row in rows if row.response_outcome} == set(OUTCOMES)
    assert {row.reference[:4] for row in rows} == {"2025", "2026"}
    assert {row.kind for row in rows} == {"requested", "unsolicited"}


def test_overview_lines_against_the_demo(demo_council):
    items = attention_items(demo_council.db, DEMO_TODAY)
    lines = {item.title: item for item in items}
    passed = lines["Advies 2026-07: Verordening individuele studietoeslag"]
    assert passed.severity == "overdue" and "6 dagen geleden verstreken" in passed.detail
    soon = lines["Advies 2026-06: Mantelzorgbeleid 2027"]
    assert soon.severity == "soon" and soon.due == dt.date(2026, 11, 30)
    late = lines["Reactie uitgebleven: 2026-03 Leerlingenvervoer en doelgroepenvervoer"]
    assert "herinnering verstuurd" in late.detail
    # Not due within 14 days, sent recently, or answered: no line.
    assert not any("Armoedemonitor" in title or "Woonvisie" in title for title in lines)
    assert all(item.section == "advice" and item.item_id for item in items)
    # The home page gets them through the providers list.
    assert {item.title for item in all_attention_items(demo_council.db, DEMO_TODAY)} >= set(lines)


def test_overdue_detection_moves_with_the_date(demo_council):
    db = demo_council.db
    woonvisie = "Reactie uitgebleven: 2026-05 Woonvisie: wonen met zorg"
    assert woonvisie not in {i.title for i in attention_items(db, DEMO_TODAY)}
    later = {i.title for i in attention_items(db, DEMO_TODAY + dt.timedelta(weeks=3))}
    assert woonvisie in later


def test_figures_for_the_year(demo_council):
    figures = year_figures(demo_council.db, 2025)
    assert figures.sent == 6
    assert figures.per_kind == {"requested": 4, "unsolicited": 2}
    assert sum(figures.per_outcome.values()) == 6 and figures.awaiting_response == 0
    assert 28 <= figures.average_days_to_advice <= 50
    assert 40 <= figures.average_days_to_response <= 70
    this_year = year_figures(demo_council.db, 2026)
    assert this_year.awaiting_response == 2
    assert year_figures(demo_council.db, 2019).sent == 0
    assert year_figures(demo_council.db, 2019).average_days_to_advice is None


def test_linking_labels(demo_council):
    labels = list_advice_for_linking(demo_council.db)
    assert labels[0][1].startswith("2026-")
    assert any(label == "2025-01 — Beleidsplan sociaal domein 2025–2028" for _, label in labels)


def test_demo_links_signals_both_ways_and_meetings(demo_council):
    from core.advice import agenda_items_for_advice
    from core.signals import advice_for_signal, signals_for_advice

    db = demo_council.db
    linked = [(row.id, signals_for_advice(db, row.id)) for row in list_advice(db)]
    advice_id, signals = next((i, s) for i, s in linked if s)
    assert advice_id in {a for a, _ in advice_for_signal(db, signals[0][0])}
    assert any(agenda_items_for_advice(db, row.id) for row in list_advice(db))


def test_erasing_a_person_or_group_keeps_the_advice(demo_council):
    from core.advice import get_advice

    db = demo_council.db
    advice_id, member_id = db.execute(
        "SELECT id, rapporteur_id FROM advice WHERE rapporteur_id IS NOT NULL").fetchone()
    db.execute("DELETE FROM members WHERE id = ?", [member_id])
    advice = get_advice(db, advice_id)
    assert advice.rapporteur_id is None and advice.subject
