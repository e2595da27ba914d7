"""The demo council agrees with itself: what one screen or letter says, another confirms."""

from core.database import open_council
from core.members import list_members
from core.profile import load_profile


def test_the_signers_hold_the_role_the_member_list_gives_them(demo_file):
    council = open_council(demo_file, read_only=True)
    try:
        roles = {member.display_name: member.role_label.lower()
                 for member in list_members(council.db)}
        signers = load_profile(council.db).signers
    finally:
        council.close()
    assert len(signers) == 2
    for signer in signers:
        assert roles.get(signer.name) == signer.role.lower(), signer


def test_one_alderman_per_portfolio(demo_file):
    council = open_council(demo_file, read_only=True)
    try:
        portfolios = [row[0] for row in council.db.execute(
            "SELECT notes FROM relations WHERE role = 'alderman'")]
    finally:
        council.close()
    assert len(portfolios) >= 2
    assert all(portfolio.startswith("Portefeuille ") for portfolio in portfolios)
    assert len(set(portfolios)) == len(portfolios)
