"""Reading a role or salutation typed in a spreadsheet: code, Dutch or English label."""

from core.errors import ValidationError
from core.i18n import tr
from core.members.model import DEFAULT_ROLE, ROLES, SALUTATIONS, STATUSES
from core.members.sorting import fold

# Words councils use in their own lists, besides the labels in both languages.
_ROLE_ALIASES = {
    "voorzitter": "chair", "vice-voorzitter": "vice_chair", "vicevoorzitter": "vice_chair",
    "vice voorzitter": "vice_chair", "plaatsvervangend voorzitter": "vice_chair",
    "secretaris": "secretary", "penningmeester": "treasurer", "lid": "member",
    "aspirant-lid": "aspirant", "aspirant lid": "aspirant", "aspirant": "aspirant",
    "adviseur": "adviser", "advisor": "adviser", "ambtelijk secretaris": "official_secretary",
    "ambtelijk ondersteuner": "official_secretary", "ondersteuner": "official_secretary",
    "ambtelijk secretaris / ondersteuner": "official_secretary",
}
_SALUTATION_ALIASES = {
    "mevrouw": "ms", "mevr": "ms", "mevr.": "ms", "mw": "ms", "mw.": "ms", "ms": "ms",
    "mrs": "ms", "vrouw": "ms", "v": "ms", "de heer": "mr", "heer": "mr", "dhr": "mr",
    "dhr.": "mr", "mr": "mr", "man": "mr", "m": "mr", "neutraal": "", "neutral": "", "": "",
}


def _known_roles() -> dict[str, str]:
    known = {fold(code): code for code in ROLES}
    known.update({fold(label): code for code, label in ROLES.items()})
    known.update({fold(tr(label)): code for code, label in ROLES.items()})
    known.update(_ROLE_ALIASES)
    return known


def role_from_text(value) -> str:
    text = fold(str(value or "").strip())
    if not text:
        return DEFAULT_ROLE
    code = _known_roles().get(text)
    if code is None:
        raise ValidationError(
            tr("'{role}' is not a known role (for example: voorzitter, secretaris, lid).",
               role=str(value)[:40]),
            "role",
        )
    return code


def salutation_from_text(value) -> str:
    text = fold(str(value or "").strip())
    if text in SALUTATIONS:
        return text
    if text in _SALUTATION_ALIASES:
        return _SALUTATION_ALIASES[text]
    raise ValidationError(
        tr("'{value}' is not a salutation form (mevrouw, de heer or neutraal).",
           value=str(value)[:30]),
        "salutation",
    )


_STATUS_ALIASES = {
    "actief": "active", "active": "active", "lid": "active", "huidig": "active",
    "oud-lid": "former", "oud lid": "former", "former": "former", "vertrokken": "former",
    "inactief": "former", "former member": "former",
}


def status_from_text(value) -> str:
    text = fold(str(value or "").strip())
    if not text:
        return "active"
    known = {fold(tr(label)): code for code, label in STATUSES.items()}
    known.update(_STATUS_ALIASES)
    if text not in known:
        raise ValidationError(
            tr("'{value}' is not a status (actief or oud-lid).", value=str(value)[:30]),
            "status",
        )
    return known[text]
