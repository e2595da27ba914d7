"""Fixtures for the signal tests: a council with themes by code and a quick way to log."""

import datetime as dt

import pytest

from core.signals import SignalInput, log_signal
from core.signals.themes import list_themes

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def themes(db):
    """{code: theme id} of the built-in themes."""
    return {theme.code: theme.id for theme in list_themes(db)}


@pytest.fixture
def add(db, themes):
    """add(date, *theme codes, channel=..., description=..., sensitive=...) -> signal id."""

    def add_signal(day, *codes, channel="walk_in", description="Huishoudelijke hulp is "
                   "minder geworden.", sensitive=False, contact=None, target_group=""):
        data = SignalInput(received_on=day, channel=channel,
                           theme_ids=[themes[code] for code in codes or ("housing",)],
                           description=description, sensitive=sensitive,
                           target_group=target_group)
        return log_signal(db, data, contact, today=TODAY)

    return add_signal
