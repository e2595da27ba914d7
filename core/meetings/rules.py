"""The huishoudelijk reglement in the file: when the council has a quorum and how it decides.

Only the council's own meetings take decisions that need a quorum; the other kinds
(working groups, consultations) never warn.
"""

from dataclasses import dataclass

from sqlite_utils import Database

from core.errors import ValidationError
from core.i18n import mark, tr
from core.members.model import NON_VOTING_ROLES
from core.settings import get_setting, set_setting

SETTING_KEY = "meetings.rules"
QUORUM_RULES = {
    "majority": mark("more than half of the voting members"),
    "count": mark("a fixed number of voting members"),
    "none": mark("no quorum"),
}
DECISION_RULES = {
    "majority": mark("by a majority of the votes cast"),
    "consensus": mark("by consensus where possible, otherwise by majority"),
    "two_thirds": mark("by two thirds of the votes cast"),
}
QUORUM_KINDS = ("council",)


@dataclass
class CouncilRules:
    quorum: str = "majority"
    quorum_count: int = 0
    decision: str = "majority"

    def required(self, voting_members: int) -> int:
        """How many voting members must be present."""
        if self.quorum == "majority":
            return voting_members // 2 + 1
        if self.quorum == "count":
            return self.quorum_count
        return 0


def load_rules(db: Database) -> CouncilRules:
    saved = get_setting(db, SETTING_KEY, {}) or {}
    rules = CouncilRules()
    if saved.get("quorum") in QUORUM_RULES:
        rules.quorum = saved["quorum"]
    if isinstance(saved.get("quorum_count"), int):
        rules.quorum_count = max(0, saved["quorum_count"])
    if saved.get("decision") in DECISION_RULES:
        rules.decision = saved["decision"]
    return rules


def save_rules(db: Database, rules: CouncilRules) -> None:
    if rules.quorum not in QUORUM_RULES:
        raise ValidationError(tr("Choose when the council has a quorum."), "quorum")
    if rules.decision not in DECISION_RULES:
        raise ValidationError(tr("Choose how the council takes decisions."), "decision")
    if rules.quorum == "count" and not 1 <= int(rules.quorum_count) <= 99:
        raise ValidationError(tr("Fill in how many voting members must be present (1 to 99)."),
                              "quorum_count")
    with db.atomic():
        set_setting(db, SETTING_KEY, {"quorum": rules.quorum,
                                      "quorum_count": int(rules.quorum_count),
                                      "decision": rules.decision})


def voting_member_ids(db: Database) -> set[int]:
    """Active members with a vote (not aspiring members, advisers or support)."""
    marks = ", ".join("?" * len(NON_VOTING_ROLES))
    return {row[0] for row in db.execute(
        f"SELECT id FROM members WHERE status = 'active' AND role NOT IN ({marks})",
        sorted(NON_VOTING_ROLES))}


@dataclass
class QuorumStatus:
    voting_members: int
    counted: int  # present (minutes) or expected (agenda)
    required: int
    recorded: bool  # False: nothing was recorded yet, so nothing to say

    @property
    def met(self) -> bool:
        return self.counted >= self.required

    def warning(self, expected: bool = False) -> str:
        """A sentence when the quorum is (or will be) missed; '' otherwise."""
        if not self.recorded or self.met:
            return ""
        if expected:
            return tr("Quorum at risk: {count} of the {total} voting members are expected "
                      "(invited and not excused); {required} are needed.",
                      count=self.counted, total=self.voting_members, required=self.required)
        return tr("Quorum not reached: {count} of the {total} voting members were present; "
                  "{required} are needed. Decisions taken are provisional.",
                  count=self.counted, total=self.voting_members, required=self.required)


def _attendance(db: Database, meeting_id: int) -> list[tuple[int, str]]:
    return db.execute("SELECT member_id, attendance FROM meeting_invitees WHERE meeting_id = ? "
                      "AND member_id IS NOT NULL", [meeting_id]).fetchall()


def quorum_status(db: Database, meeting_id: int, expected: bool = False) -> QuorumStatus | None:
    """The quorum at a council meeting: voting members present (or, before the meeting,
    invited and not excused). None for meetings that need no quorum."""
    kind = db.execute("SELECT kind FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    rules = load_rules(db)
    if kind is None or kind[0] not in QUORUM_KINDS or rules.quorum == "none":
        return None
    voting = voting_member_ids(db)
    rows = [(member, attendance) for member, attendance in _attendance(db, meeting_id)
            if member in voting]
    if expected:
        counted = sum(1 for _member, attendance in rows if attendance not in
                      ("absent_notice", "absent"))
        recorded = True
    else:
        counted = sum(1 for _member, attendance in rows if attendance == "present")
        recorded = any(attendance for _member, attendance in rows)
    return QuorumStatus(len(voting), counted, rules.required(len(voting)), recorded)


def present_voting_members(db: Database, meeting_id: int) -> int:
    """Voting members recorded as present (0 when attendance was not recorded)."""
    voting = voting_member_ids(db)
    return sum(1 for member, attendance in _attendance(db, meeting_id)
               if member in voting and attendance == "present")
