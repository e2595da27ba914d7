"""The schema, as a list of sqlite-utils migration steps.

Rules: a step that has landed on main is never edited; a change is a new step
appended to STEPS. ``tests/fixtures/`` keeps one database per landed schema
version, and a test migrates each one to the current schema.
"""

from sqlite_utils.migrations import Migrations

from core.schema import (
    step_001_foundation,
    step_002_letters,
    step_003_members,
    step_004_meetings,
    step_005_advice,
    step_006_signals,
    step_007_relations,
    step_008_search,
    step_009_council_practice,
    step_010_annual_report,
    step_011_advice_practice,
)

MIGRATION_SET = "raadswerk"

# The order is the schema version: step N brings a file to version N.
STEPS = [
    step_001_foundation,
    step_002_letters,
    step_003_members,
    step_004_meetings,
    step_005_advice,
    step_006_signals,
    step_007_relations,
    step_008_search,
    step_009_council_practice,
    step_010_annual_report,
    step_011_advice_practice,
]


def build_migrations() -> Migrations:
    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations(name=step.NAME)(step.migrate)
    return migrations


MIGRATIONS = build_migrations()
LATEST_VERSION = len(STEPS)
STEP_NAMES = [step.NAME for step in STEPS]
