"""The pages see the demo's 'today', and message boxes are recorded instead of shown."""

import pytest

from tests.conftest import DEMO_TODAY


@pytest.fixture(autouse=True)
def demo_today(monkeypatch):
    monkeypatch.setattr("ui.pages.advice.current_date", lambda: DEMO_TODAY)
    monkeypatch.setattr("ui.pages.overview.current_date", lambda: DEMO_TODAY)


@pytest.fixture
def previews(monkeypatch):
    """Documents sent to the preview: (title, pdf bytes), made right away."""
    made = []

    def fake_preview(parent, work, title, filename):
        made.append((title, work()))

    monkeypatch.setattr("ui.documents.preview.preview_document", fake_preview)
    monkeypatch.setattr("ui.advice.details.preview_document", fake_preview)
    return made
