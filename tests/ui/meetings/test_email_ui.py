"""Versturen per e-mail: the meeting's papers and an archived letter as mail drafts."""

from email import message_from_bytes, policy

from core.email_drafts import mailings
from core.letters import list_letters
from ui.documents import email as email_module
from ui.documents.archive import LettersArchive
from ui.meetings.printing import PrintBar


def _opened(monkeypatch) -> list:
    opened = []
    monkeypatch.setattr(email_module, "open_with_system",
                        lambda path: opened.append(path) or True)
    return opened


def test_agenda_goes_to_the_mail_program_with_members_in_bcc(qtbot, demo_council, tmp_path,
                                                            monkeypatch, messages):
    db = demo_council.db
    opened = _opened(monkeypatch)
    meeting_id = db.execute("SELECT id FROM meetings WHERE date >= '2026-11-22' "
                            "ORDER BY date").fetchone()[0]
    bar = PrintBar()
    qtbot.addWidget(bar)
    bar.drafts_folder = tmp_path
    bar.set_meeting(db, meeting_id)
    assert bar.email_button.isEnabled()
    bar.send_by_email("agenda")
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    message = message_from_bytes(opened[0].read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["Bcc"].count("@") >= 5
    assert [m.document for m in mailings(db, meeting_id=meeting_id)] == ["agenda"]
    assert bar.mailed_label.text().startswith("Per e-mail verstuurd: agenda op")
    assert all("e-mailadres" in text for text in messages)  # members without one are named


def test_an_archived_letter_is_mailed_to_its_relation(qtbot, demo_council, tmp_path,
                                                     monkeypatch):
    db = demo_council.db
    opened = _opened(monkeypatch)
    archive = LettersArchive()
    qtbot.addWidget(archive)
    archive.drafts_folder = tmp_path
    archive.set_database(db, False)
    letter = next(s for s in list_letters(db, kind="advice"))
    assert archive.select_letter(letter.id)
    archive.send_by_email()
    assert len(opened) == 1
    message = message_from_bytes(opened[0].read_bytes(), policy=policy.default)
    assert message["To"] == "info@lindewaarde.nl"
    assert "Per e-mail verstuurd: brief op" in archive.mailed_label.text()
