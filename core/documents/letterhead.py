"""Reading the letterhead (profile and logo) from a council file."""

from sqlite_utils import Database

from core.documents.page import Letterhead
from core.errors import NotFoundError
from core.files import file_bytes
from core.profile import load_profile


def load_letterhead(db: Database) -> Letterhead:
    profile = load_profile(db)
    logo = None
    if profile.logo_file_id is not None:
        try:
            logo = file_bytes(db, profile.logo_file_id)
        except NotFoundError:
            logo = None
    return Letterhead(profile=profile, logo=logo)
