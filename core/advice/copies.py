"""Who gets a copy of an advice letter: the gemeenteraad, ter kennisname, unless the
council switches it off (Instellingen → Adviezen). Several verordeningen ask for it."""

from sqlite_utils import Database

from core.i18n import tr
from core.profile import load_profile
from core.relations import relation_for_role
from core.settings import get_setting

COPY_TO_COUNCIL_KEY = "advice.copy_to_council"


def copy_to_council(db: Database) -> bool:
    return get_setting(db, COPY_TO_COUNCIL_KEY, True) is not False


def council_copy_line(db: Database, municipality: str = "") -> str:
    """'De gemeenteraad van Lindewaarde (ter kennisname)': the name from Relaties (the
    council, else its griffie), else made from the municipality (by default the
    profile's own)."""
    municipality = (municipality or load_profile(db).municipality).strip()
    for role in ("council", "griffie"):
        relation = relation_for_role(db, role, municipality)
        if relation is not None and relation.name.strip():
            return tr("{name} (for information)", name=relation.name.strip())
    council = (tr("the municipal council of {municipality}", municipality=municipality)
               if municipality else tr("the municipal council"))
    return tr("{name} (for information)", name=council)
