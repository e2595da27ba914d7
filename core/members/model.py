"""What a member and a working group are, and the labels of their codes."""

import datetime as dt
from dataclasses import dataclass, field

from core.i18n import mark, tr

# Role codes as stored, in the order a council lists its people (board first).
ROLES: dict[str, str] = {
    "chair": mark("Chair"),
    "vice_chair": mark("Vice-chair"),
    "secretary": mark("Secretary"),
    "treasurer": mark("Treasurer"),
    "member": mark("Member"),
    "aspirant": mark("Aspiring member"),
    "adviser": mark("Adviser"),
    "official_secretary": mark("Official secretary / support"),
}
DEFAULT_ROLE = "member"
# People who work with the council without being its members: no term of office, no vote,
# not counted in "12 leden".
NON_MEMBER_ROLES = frozenset({"adviser", "official_secretary"})
# Members without a vote: an aspiring member takes part but does not vote yet.
NON_VOTING_ROLES = NON_MEMBER_ROLES | {"aspirant"}

# How a letter addresses the person: "Geachte mevrouw Bakker" or "Geachte Zoë Mulder".
SALUTATIONS: dict[str, str] = {
    "": mark("Neutral (first and last name)"),
    "ms": mark("Ms (mevrouw)"),
    "mr": mark("Mr (de heer)"),
}

WORKING_GROUP_KINDS: dict[str, str] = {
    "working_group": mark("Working group"),
    "committee": mark("Committee"),
    "sub_council": mark("Sub-council (chamber)"),
}

STATUSES: dict[str, str] = {"active": mark("Active"), "former": mark("Former member")}


def role_label(code: str | None) -> str:
    """The role as the user reads it ("Voorzitter"); an unknown code is shown as it is."""
    if code in ROLES:
        return tr(ROLES[code])
    return code or ""


def is_council_member(role: str | None) -> bool:
    """Whether the role counts as a member (and so has a term of office)."""
    return role not in NON_MEMBER_ROLES


def has_vote(role: str | None) -> bool:
    return role not in NON_VOTING_ROLES


def role_order(code: str | None) -> int:
    return list(ROLES).index(code) if code in ROLES else len(ROLES)


def kind_label(code: str | None) -> str:
    return tr(WORKING_GROUP_KINDS[code]) if code in WORKING_GROUP_KINDS else (code or "")


def status_label(code: str | None) -> str:
    return tr(STATUSES[code]) if code in STATUSES else (code or "")


@dataclass
class Member:
    id: int
    first_name: str
    prefix: str
    last_name: str
    role: str = DEFAULT_ROLE
    salutation: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    represents: str = ""
    lived_experience: bool = False
    start_date: dt.date | None = None
    term_end: dt.date | None = None
    reappointable: bool = True
    status: str = "active"
    left_on: dt.date | None = None
    notes: str = ""
    working_group_ids: list[int] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        """'Anneke van der Berg'."""
        return " ".join(part for part in (self.first_name, self.prefix, self.last_name) if part)

    @property
    def list_name(self) -> str:
        """'Berg, Anneke van der': how a sorted list shows the name."""
        rest = " ".join(part for part in (self.first_name, self.prefix) if part)
        return f"{self.last_name}, {rest}" if rest else self.last_name

    @property
    def role_label(self) -> str:
        return role_label(self.role)

    @property
    def is_active(self) -> bool:
        return self.status == "active"

    @property
    def is_council_member(self) -> bool:
        return is_council_member(self.role)

    @property
    def has_vote(self) -> bool:
        return has_vote(self.role)

    @property
    def full_address(self) -> str:
        place = " ".join(part for part in (self.postcode, self.city) if part)
        return "\n".join(part for part in (self.address, place) if part)


@dataclass
class WorkingGroup:
    id: int
    name: str
    kind: str = "working_group"
    description: str = ""
    chair_id: int | None = None
    member_ids: list[int] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)
