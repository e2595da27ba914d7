"""Helpers for the advice tests: an advice brought to a given status."""

import datetime as dt

import pytest

from core.advice import AdviceInput, create_advice, save_text, set_status
from core.profile import CouncilProfile, Signer, save_profile


@pytest.fixture
def profiled(db):
    save_profile(db, CouncilProfile(
        name="Wmo-raad Øzdemirstad", municipality="Haarlem",
        signers=[Signer("Ōgai Øzdemir", "voorzitter"), Signer("Jan de Vries", "secretaris")]))
    return db


def new_advice(db, request=dt.date(2026, 3, 13), subject="Huishoudelijke hulp", **fields):
    return create_advice(db, AdviceInput(subject=subject, request_date=request, **fields))


def adopted_advice(db, text="Wij adviseren **ruimhartig** te zijn.", on=dt.date(2026, 4, 1)):
    advice_id = new_advice(db)
    save_text(db, advice_id, text)
    set_status(db, advice_id, "adopted", on)
    return advice_id
