"""The demo council's vacatiegeld: € 40 for its own meetings, € 25 for the others, nothing
for a training; the tax-free maxima of 2026."""

from core.allowances.rules import AllowanceRules, save_rules

RATES = {"council": 40_00, "alderman": 25_00, "civil_servants": 25_00,
         "working_group": 25_00, "backing_group": 25_00, "municipal_council": 25_00,
         "site_visit": 25_00, "theme_meeting": 25_00}


def add_demo(db, _context) -> None:
    save_rules(db, AllowanceRules(rates=dict(RATES)))
