"""Pure rules of the register: what a member record must satisfy, and the status lifecycle.

Plain data in, a list of problems out, so the form, the importer and the service all give the
same messages.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from coopdesk.core.i18n import N_, _


class Sex(StrEnum):
    F = "F"
    M = "M"


class MinerRole(StrEnum):
    DIGGER = "digger"
    PROCESSOR = "processor"
    TRADER = "trader"
    AUXILIARY = "auxiliary"


class Status(StrEnum):
    APPLICANT = "applicant"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    EXITED = "exited"
    DECEASED = "deceased"


class PayoutMethod(StrEnum):
    CASH = "cash"
    BANK = "bank"
    MOBILE = "mobile"


class Consent(StrEnum):
    DATA = "data"
    PHOTO = "photo"
    SMS = "sms"
    SHARE = "share"


SEX_LABELS = {Sex.F: N_("Woman"), Sex.M: N_("Man")}
ROLE_LABELS = {MinerRole.DIGGER: N_("Digger"), MinerRole.PROCESSOR: N_("Ore selector or processor"),
               MinerRole.TRADER: N_("Trader"), MinerRole.AUXILIARY: N_("Auxiliary")}
STATUS_LABELS = {Status.APPLICANT: N_("Applicant"), Status.ACTIVE: N_("Active"),
                 Status.SUSPENDED: N_("Suspended"), Status.EXITED: N_("Exited"),
                 Status.DECEASED: N_("Deceased")}
PAYOUT_LABELS = {PayoutMethod.CASH: N_("Cash"), PayoutMethod.BANK: N_("Bank account"),
                 PayoutMethod.MOBILE: N_("Mobile money")}
CONSENT_LABELS = {Consent.DATA: N_("Keep and use my personal data"),
                  Consent.PHOTO: N_("Use my photo on cards and lists"),
                  Consent.SMS: N_("Send me messages by phone"),
                  Consent.SHARE: N_("Share my data with buyers and certifiers")}

# The lifecycle: from each status, where a member may go next.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.APPLICANT: frozenset({Status.ACTIVE, Status.EXITED, Status.DECEASED}),
    Status.ACTIVE: frozenset({Status.SUSPENDED, Status.EXITED, Status.DECEASED}),
    Status.SUSPENDED: frozenset({Status.ACTIVE, Status.EXITED, Status.DECEASED}),
    Status.EXITED: frozenset({Status.APPLICANT}),
    Status.DECEASED: frozenset(),
}
REASON_REQUIRED = frozenset({Status.SUSPENDED, Status.EXITED, Status.DECEASED})

FIELD_LABELS: dict[str, str] = {
    "number": N_("Member no."), "first_names": N_("First names"),
    "last_names": N_("Last names"), "sex": N_("Sex"), "birth_date": N_("Date of birth"),
    "national_id": N_("National ID"), "miner_card_no": N_("Miner card no."),
    "miner_card_expiry": N_("Miner card expiry"), "phone": N_("Phone"),
    "locality": N_("Locality"), "role": N_("Role"), "sites": N_("Mining sites"),
    "join_date": N_("Join date"), "status": N_("Status"),
    "successor_name": N_("Successor"), "successor_relation": N_("Successor's relation"),
    "successor_phone": N_("Successor's phone"), "payout_method": N_("Payout method"),
    "payout_account": N_("Payout account"), "payout_provider": N_("Bank or provider"),
    "consents": N_("Consents"), "notes": N_("Notes"),
}

_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,24}$")


@dataclass(frozen=True)
class MemberInput:
    """A member as typed in the form or read from an import row."""

    first_names: str
    last_names: str
    sex: str
    birth_date: dt.date | None
    role: str
    join_date: dt.date | None
    national_id: str | None = None
    miner_card_no: str | None = None
    miner_card_expiry: dt.date | None = None
    phone: str | None = None
    locality: str | None = None
    site_ids: tuple[int, ...] = ()
    successor_name: str | None = None
    successor_relation: str | None = None
    successor_phone: str | None = None
    payout_method: str = PayoutMethod.CASH.value
    payout_account: str | None = None
    payout_provider: str | None = None
    consents: frozenset[str] = field(default_factory=frozenset)
    notes: str | None = None


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def clean(text: str | None) -> str | None:
    """Trim and collapse spaces; empty becomes None."""
    if text is None:
        return None
    out = " ".join(str(text).split())
    return out or None


def fold(text: str) -> str:
    """Lower-case without accents, for searching ("Núñez" is found by "nunez")."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).casefold()


def check_member(m: MemberInput, today: dt.date, minimum_age: int = 18) -> list[tuple[str, str]]:
    """Every problem of a member record as (field, message); empty when the record is sound."""
    out: list[tuple[str, str]] = []
    if not clean(m.first_names):
        out.append(("first_names", _("The first names are missing.")))
    if not clean(m.last_names):
        out.append(("last_names", _("The last names are missing.")))
    if m.sex not in Sex.__members__.values():
        out.append(("sex", _("Sex must be F (woman) or M (man), not '{value}'.", value=m.sex)))
    if m.role not in MinerRole.__members__.values():
        out.append(("role", _("'{value}' is not a role; use digger, processor, trader or "
                              "auxiliary.", value=m.role)))
    if m.birth_date is None:
        out.append(("birth_date", _("The date of birth is missing.")))
    elif m.birth_date > today:
        out.append(("birth_date", _("The date of birth {date} is in the future.",
                                    date=m.birth_date.isoformat())))
    elif age_on(m.birth_date, today) > 110:
        out.append(("birth_date", _("The date of birth {date} gives an age over 110; check "
                                    "the year.", date=m.birth_date.isoformat())))
    elif age_on(m.birth_date, today) < minimum_age:
        out.append(("birth_date", _(
            "A minor cannot be registered as a miner: born {date}, {name} is {age} years old; "
            "members must be at least {minimum}.", date=m.birth_date.isoformat(),
            name=clean(m.first_names) or "?", age=age_on(m.birth_date, today),
            minimum=minimum_age)))
    if m.join_date is None:
        out.append(("join_date", _("The join date is missing.")))
    elif m.join_date > today:
        out.append(("join_date", _("The join date {date} is in the future.",
                                   date=m.join_date.isoformat())))
    elif m.birth_date is not None and m.join_date < m.birth_date:
        out.append(("join_date", _("The join date is before the date of birth.")))
    elif m.birth_date is not None and age_on(m.birth_date, m.join_date) < minimum_age <= age_on(
            m.birth_date, today):
        out.append(("join_date", _(
            "On the join date {date} the member was {age}, a minor; a minor cannot be a "
            "member. Use the date they joined as an adult.", date=m.join_date.isoformat(),
            age=age_on(m.birth_date, m.join_date))))
    for name, value in (("phone", m.phone), ("successor_phone", m.successor_phone)):
        if clean(value) and not _PHONE.match(clean(value) or ""):
            out.append((name, _("'{value}' is not a phone number (digits, spaces, an optional "
                                "+ in front).", value=value)))
    if m.payout_method not in PayoutMethod.__members__.values():
        out.append(("payout_method", _("'{value}' is not a payout method; use cash, bank or "
                                       "mobile.", value=m.payout_method)))
    elif m.payout_method in (PayoutMethod.BANK, PayoutMethod.MOBILE) and not clean(
            m.payout_account):
        out.append(("payout_account", _("Give the account or mobile-money number the payouts "
                                        "go to.")))
    unknown = set(m.consents) - set(Consent.__members__.values())
    if unknown:
        out.append(("consents", _("Unknown consent(s): {values}.",
                                  values=", ".join(sorted(unknown)))))
    return out


def check_transition(current: Status, new: Status, reason: str | None, when: dt.date,
                     since: dt.date, today: dt.date) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if new not in TRANSITIONS[current]:
        out.append(("status", _("A member who is {current} cannot become {new}.",
                                current=_(STATUS_LABELS[current]).lower(),
                                new=_(STATUS_LABELS[new]).lower())))
    if new in REASON_REQUIRED and not clean(reason):
        out.append(("reason", _("Give the reason for this change.")))
    if when > today:
        out.append(("date", _("The date {date} is in the future.", date=when.isoformat())))
    elif when < since:
        out.append(("date", _("The date {date} is before the member's last change of status "
                              "({since}).", date=when.isoformat(), since=since.isoformat())))
    return out
