"""The letters archive: a letter and its PDF are kept together, or not at all."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from core.errors import NotFoundError, ValidationError
from core.letters import (
    archive_letter,
    count_letters,
    delete_letter,
    fetch_letters,
    get_letter,
    letter_pdf,
    list_letters,
    mark_sent,
    replace_letter,
)
from core.profile import Signer


def _content(**changes) -> LetterContent:
    values = dict(addressee="Stichting Welzijn\nMarktstraat 8\n7411 CK  Lindewaarde",
                  subject="Uitnodiging themabijeenkomst", body="Wij nodigen u uit.",
                  letter_date=dt.date(2026, 3, 3), place="Lindewaarde",
                  reference="ASD/2026/041", signers=[Signer("Ōgai Øzdemir", "voorzitter")])
    values.update(changes)
    return LetterContent(**values)


def _files(db) -> int:
    return db.execute("SELECT COUNT(*) FROM files").fetchone()[0]


def _keep(db, content=None, kind="free", sent_on=None) -> int:
    content = content or _content()
    return archive_letter(db, content, kind, render_letter(load_letterhead(db), content),
                          sent_on)


def test_archived_letter_comes_back_whole(db):
    content = _content(subject="AT&T <b> en € ë ß", body="**vet**\n\n- punt")
    letter_id = _keep(db, content, sent_on=dt.date(2026, 3, 4))
    letter = get_letter(db, letter_id)
    assert letter.kind == "free"
    assert letter.content == content
    assert letter.sent_on == dt.date(2026, 3, 4)
    text = PdfReader(io.BytesIO(letter_pdf(db, letter_id))).pages[0].extract_text()
    assert "AT&T <b> en € ë ß" in text and "Ōgai Øzdemir" in text


def test_list_is_newest_first_with_the_first_address_line(db):
    older = _keep(db, _content(letter_date=dt.date(2026, 1, 5), subject="Eerste"))
    newer = _keep(db, _content(letter_date=dt.date(2026, 2, 5), subject="Tweede"),
                  kind="reminder")
    letters = list_letters(db)
    assert [letter.id for letter in letters] == [newer, older]
    assert letters[0].addressee == "Stichting Welzijn"
    assert letters[0].kind_label == "Herinnering"
    assert [letter.id for letter in list_letters(db, kind="reminder")] == [newer]
    assert [letter.id for letter in fetch_letters(db, sort_key="subject",
                                                  descending=False)] == [older, newer]


def test_search_finds_words_and_treats_wildcards_literally(db):
    hit = _keep(db, _content(subject="Advies 100% zeker_niet", body="over mantelzorg"))
    _keep(db, _content(subject="Iets anders"))
    assert count_letters(db, search="mantelzorg") == 1
    assert [letter.id for letter in list_letters(db, search="100%")] == [hit]
    # No letters or digits: no words to look for, so the list is not narrowed.
    assert count_letters(db, search="%") == 2
    assert count_letters(db, search="_") == 2
    assert count_letters(db, search="zeker") == 1
    assert count_letters(db, search="welzijn mantelzorg") == 1


def test_missing_address_or_subject_is_refused_and_nothing_is_kept(db):
    with pytest.raises(ValidationError) as error:
        _keep(db, _content(addressee="  \n "))
    assert error.value.field == "addressee"
    assert "aan wie de brief gaat" in str(error.value)
    with pytest.raises(ValidationError) as error:
        _keep(db, _content(subject=" "))
    assert error.value.field == "subject"
    with pytest.raises(ValidationError) as error:
        _keep(db, _content(letter_date=None))
    assert error.value.field == "letter_date"
    with pytest.raises(ValidationError):
        archive_letter(db, _content(), "free", b"not a pdf")
    with pytest.raises(ValidationError):
        archive_letter(db, _content(), "gossip", b"%PDF-1.4")
    assert list_letters(db) == [] and _files(db) == 0


def test_failure_halfway_leaves_neither_letter_nor_pdf(db, monkeypatch):
    from core.letters import repository

    real_store = repository.store_bytes

    def store_then_fail(*args, **kwargs):
        real_store(*args, **kwargs)  # the PDF row is written ...
        raise RuntimeError("disk full")  # ... and then the disk fills up

    monkeypatch.setattr(repository, "store_bytes", store_then_fail)
    with pytest.raises(RuntimeError):
        _keep(db)
    assert list_letters(db) == [] and _files(db) == 0


def test_mark_sent_and_undo(db):
    letter_id = _keep(db)
    mark_sent(db, letter_id, dt.date(2026, 3, 5))
    assert get_letter(db, letter_id).sent_on == dt.date(2026, 3, 5)
    mark_sent(db, letter_id, None)
    assert get_letter(db, letter_id).sent_on is None
    with pytest.raises(ValidationError):
        mark_sent(db, letter_id, dt.date(1800, 1, 1))
    with pytest.raises(NotFoundError):
        mark_sent(db, 999, dt.date(2026, 3, 5))


def test_unsent_letter_can_be_replaced_and_the_old_pdf_goes(db):
    letter_id = _keep(db)
    changed = _content(subject="Nieuwe titel")
    replace_letter(db, letter_id, changed, render_letter(load_letterhead(db), changed))
    assert get_letter(db, letter_id).content.subject == "Nieuwe titel"
    assert "Nieuwe titel" in PdfReader(io.BytesIO(letter_pdf(db, letter_id))).pages[0] \
        .extract_text()
    assert _files(db) == 1


def test_sent_letter_cannot_be_changed(db):
    letter_id = _keep(db, sent_on=dt.date(2026, 3, 4))
    with pytest.raises(ValidationError) as error:
        replace_letter(db, letter_id, _content(subject="Anders"), b"%PDF-1.4 x")
    assert "04-03-2026" in str(error.value)
    assert get_letter(db, letter_id).content.subject == "Uitnodiging themabijeenkomst"


def test_sent_letter_cannot_be_deleted(db):
    letter_id = _keep(db, sent_on=dt.date(2026, 3, 4))
    with pytest.raises(ValidationError) as error:
        delete_letter(db, letter_id)
    assert "verzonden" in str(error.value)
    assert get_letter(db, letter_id) and _files(db) == 1


def test_delete_removes_letter_and_pdf(db):
    letter_id = _keep(db)
    delete_letter(db, letter_id)
    assert list_letters(db) == [] and _files(db) == 0
    with pytest.raises(NotFoundError) as error:
        get_letter(db, letter_id)
    assert "bestaat niet" in str(error.value)


def test_demo_has_free_letters_and_a_logo(demo_council):
    db = demo_council.db
    free = list_letters(db, kind="free")
    assert len(free) >= 3
    assert any(letter.sent_on is None for letter in free)
    head = load_letterhead(db)
    assert head.logo and head.logo.startswith(b"\x89PNG")
    text = PdfReader(io.BytesIO(letter_pdf(db, free[-1].id))).pages[0].extract_text()
    assert "Lindewaarde," in text and "Met vriendelijke groet," in text


def test_forgotten_free_letter_shows_on_the_overview(db):
    from core.letters.attention import attention_items

    forgotten = _keep(db, _content(letter_date=dt.date(2026, 3, 1), subject="Vergeten"))
    _keep(db, _content(letter_date=dt.date(2026, 3, 9), subject="Net gemaakt"))
    _keep(db, _content(letter_date=dt.date(2026, 3, 1)), sent_on=dt.date(2026, 3, 2))
    _keep(db, _content(letter_date=dt.date(2026, 3, 1)), kind="advice")
    items = attention_items(db, dt.date(2026, 3, 10))
    assert [(item.section, item.item_id) for item in items] == [("letters", forgotten)]
    assert items[0].title == "Brief \"Vergeten\" is nog niet als verzonden gemarkeerd"
    assert "1 maart 2026" in items[0].detail


def test_recent_addressees_are_distinct_and_newest_first(db):
    from core.letters import recent_addressees

    _keep(db, _content(addressee="Oud adres", letter_date=dt.date(2026, 1, 1)))
    _keep(db, _content(addressee="Nieuw adres", letter_date=dt.date(2026, 2, 1)))
    _keep(db, _content(addressee="Oud adres", letter_date=dt.date(2026, 1, 2)))
    assert recent_addressees(db) == ["Nieuw adres", "Oud adres"]


def test_a_confidential_letter_says_so_on_every_page_and_stays_confidential(db):
    long_body = "\n\n".join(f"Alinea {n} over de persoonlijke situatie." for n in range(90))
    letter_id = _keep(db, _content(body=long_body, confidential=True))
    assert get_letter(db, letter_id).content.confidential
    pages = [page.extract_text() for page in
             PdfReader(io.BytesIO(letter_pdf(db, letter_id))).pages]
    assert len(pages) >= 2
    assert all("Vertrouwelijk" in page for page in pages)
    plain = [page.extract_text() for page in PdfReader(io.BytesIO(
        letter_pdf(db, _keep(db, _content(body=long_body))))).pages]
    assert not any("Vertrouwelijk" in page for page in plain)
