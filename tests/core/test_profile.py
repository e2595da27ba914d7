"""The council profile: what every letterhead prints."""

import pytest

from core.errors import ValidationError
from core.files import file_bytes
from core.profile import CouncilProfile, Signer, load_profile, save_profile, set_logo

HOSTILE = 'Raad "Øzdemir & Ōgai" <b>AT&T</b> 🎉 ' + "x" * 10_000


def test_profile_round_trips_any_text(db):
    profile = CouncilProfile(name=HOSTILE, kind="client_council", municipality="Súdwest-Fryslân",
                             postal_address="Postbus 1\n8600 AA Sneek", email="raad@example.nl",
                             signers=[Signer("Zoë Mulder", "voorzitter"),
                                      Signer("Dragan Petrović", "secretaris")])
    save_profile(db, profile)
    assert load_profile(db) == profile


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  "}, "Geef de raad een naam."),
        ({"email": "secretariaat@"}, "geen e-mailadres"),
        ({"kind": "bestuur"}, "Kies het soort raad."),
        ({"signers": [Signer("", "voorzitter")]}, "ondertekenaar heeft een naam nodig"),
        ({"signers": [Signer("A", "a"), Signer("B", "b"), Signer("C", "c")]}, "hoogstens twee"),
    ],
)
def test_invalid_profile_is_refused_and_the_saved_one_kept(db, changes, message):
    save_profile(db, CouncilProfile(name="Wmo-raad Lindewaarde"))
    bad = CouncilProfile(name="Wmo-raad Lindewaarde")
    for key, value in changes.items():
        setattr(bad, key, value)
    with pytest.raises(ValidationError, match=message):
        save_profile(db, bad)
    assert load_profile(db).name == "Wmo-raad Lindewaarde"


def test_replacing_the_logo_keeps_one_stored_file(db):
    save_profile(db, CouncilProfile(name="Seniorenraad"))
    first = set_logo(db, "logo.png", b"\x89PNG first")
    second = set_logo(db, "logo2.png", b"\x89PNG second")
    assert file_bytes(db, second.logo_file_id) == b"\x89PNG second"
    assert db["files"].count == 1
    assert first.logo_file_id != second.logo_file_id
    assert set_logo(db, "", None).logo_file_id is None
    assert db["files"].count == 0
