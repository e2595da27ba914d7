"""The small council of small_council.py, on a new file."""

import pytest

from tests.core.annual.small_council import build_small_council


@pytest.fixture
def small(db):
    return build_small_council(db)
