"""The demo council's profile: an invented municipality, Lindewaarde."""

from core.i18n import tr
from core.profile import CouncilProfile, Signer, save_profile


def add_demo(db, context) -> None:
    save_profile(
        db,
        CouncilProfile(
            name=tr("Social Domain Advisory Council Lindewaarde"),
            kind="social_domain",
            municipality="Lindewaarde",
            postal_address="Postbus 1207\n7411 AB  LINDEWAARDE",
            visiting_address="Stadhuisplein 3, Lindewaarde",
            email="secretariaat@adviesraad-lindewaarde.nl",
            phone="0570 - 69 12 34",
            website="www.adviesraad-lindewaarde.nl",
            signers=[
                Signer("Anneke van der Berg", tr("chair")),
                Signer("Ilse de Vries", tr("secretary")),
            ],
        ),
    )
