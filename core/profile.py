"""The council profile: everything a letterhead needs (Instellingen → Raad)."""

from dataclasses import asdict, dataclass, field

from sqlite_utils import Database

from core.contact import check_email
from core.errors import ValidationError
from core.files import delete_file, store_bytes
from core.i18n import mark, tr
from core.settings import get_setting, set_settings

PROFILE_KEY = "profile"
MAX_MUNICIPALITIES = 29  # besides its own: a regional council of thirty municipalities
MAX_MUNICIPALITY_NAME = 100

# Kinds of council (code → label); codes are stored, labels translated when shown.
COUNCIL_KINDS = {
    "wmo": mark("Wmo council"),
    "social_domain": mark("Social domain advisory council"),
    "client_council": mark("Client council Work & Income"),
    "participation": mark("Participation council"),
    "seniors": mark("Seniors' council"),
    "youth": mark("Youth council"),
    "disability": mark("Disability council"),
    "regional": mark("Regional client council"),
    "other": mark("Other council"),
}



@dataclass
class Signer:
    name: str
    role: str


@dataclass
class CouncilProfile:
    name: str = ""
    kind: str = "wmo"
    municipality: str = ""
    postal_address: str = ""
    visiting_address: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    logo_file_id: int | None = None
    signers: list[Signer] = field(default_factory=list)
    # A regional council (e.g. a cliëntenraad with an ISD) advises these too.
    other_municipalities: list[str] = field(default_factory=list)

    @property
    def place(self) -> str:
        """The place a letter is dated from: the municipality."""
        return self.municipality

    @property
    def municipalities(self) -> list[str]:
        """Every municipality the council advises, its own first."""
        named = [self.municipality.strip(), *(name.strip() for name in self.other_municipalities)]
        return list(dict.fromkeys(name for name in named if name))

    @property
    def regional(self) -> bool:
        return len(self.municipalities) > 1


def kind_label(kind: str) -> str:
    return tr(COUNCIL_KINDS.get(kind, COUNCIL_KINDS["other"]))


# How the council names itself in a sentence: "Vergadering van de Wmo-raad".
COUNCIL_SHORT_NAMES = {
    "wmo": mark("Wmo council"),
    "social_domain": mark("advisory council"),
    "client_council": mark("client council"),
    "participation": mark("participation council"),
    "seniors": mark("seniors' council"),
    "youth": mark("youth council"),
    "disability": mark("disability council"),
    "regional": mark("client council"),
    "other": mark("council"),
}


def short_name(kind: str) -> str:
    return tr(COUNCIL_SHORT_NAMES.get(kind, COUNCIL_SHORT_NAMES["other"]))


def validate_profile(profile: CouncilProfile) -> None:
    if not profile.name.strip():
        raise ValidationError(tr("The council needs a name."), "name")
    if profile.kind not in COUNCIL_KINDS:
        raise ValidationError(tr("Choose the kind of council."), "kind")
    check_email(profile.email)
    if len(profile.signers) > 2:
        raise ValidationError(tr("A letter has at most two signers."), "signers")
    for signer in profile.signers:
        if not signer.name.strip():
            raise ValidationError(tr("Every signer needs a name."), "signers")
    if len(profile.other_municipalities) > MAX_MUNICIPALITIES:
        raise ValidationError(tr("A council advises at most {count} municipalities.",
                                 count=MAX_MUNICIPALITIES + 1), "other_municipalities")
    for name in profile.other_municipalities:
        if len(name.strip()) > MAX_MUNICIPALITY_NAME:
            raise ValidationError(tr("The name of a municipality may hold at most {count} "
                                     "characters.", count=MAX_MUNICIPALITY_NAME),
                                  "other_municipalities")


def load_profile(db: Database) -> CouncilProfile:
    data = get_setting(db, PROFILE_KEY, {})
    signers = [Signer(**signer) for signer in data.pop("signers", [])]
    known = {key: value for key, value in data.items() if key in CouncilProfile.__annotations__}
    if not isinstance(known.get("other_municipalities", []), list):
        known.pop("other_municipalities")  # a damaged setting: the council's own only
    return CouncilProfile(**known, signers=signers)


def save_profile(db: Database, profile: CouncilProfile) -> None:
    validate_profile(profile)
    set_settings(db, {PROFILE_KEY: asdict(profile)})


def set_logo(db: Database, name: str, data: bytes | None) -> CouncilProfile:
    """Replace (or with ``data=None`` remove) the logo, in one transaction."""
    with db.atomic():
        profile = load_profile(db)
        old_id = profile.logo_file_id
        profile.logo_file_id = store_bytes(db, name, data) if data is not None else None
        set_settings(db, {PROFILE_KEY: asdict(profile)})
        if old_id is not None:
            delete_file(db, old_id)
    return profile
