"""Fixtures for the search tests: the demo council, opened."""

import pytest

from core.database import open_council


@pytest.fixture
def demo(demo_file):
    council = open_council(demo_file)
    yield council
    council.close()
