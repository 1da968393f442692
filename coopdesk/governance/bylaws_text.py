"""The bylaws in plain sentences, section by section, as the window, the terminal and the minutes
show them; and the reading of a share typed by a person ("1/2", "50 %", "0.5", "0,5").

Shares are said in words where a treasurer says them so ("half", "two thirds", "one tenth"),
else as a percentage when that is exact, else as a fraction.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from coopdesk.core.access import ROLE_LABELS, Role
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.governance.bylaws import (
    BASE_LABELS,
    DECISION_LABELS,
    MEETING_LABELS,
    TIE_LABELS,
    Bylaws,
    MeetingKind,
    QuorumRule,
)

SHARE_WORDS: dict[Fraction, str] = {
    Fraction(1, 2): N_("half"),
    Fraction(1, 3): N_("one third"),
    Fraction(2, 3): N_("two thirds"),
    Fraction(1, 4): N_("one quarter"),
    Fraction(3, 4): N_("three quarters"),
    Fraction(1, 5): N_("one fifth"),
    Fraction(2, 5): N_("two fifths"),
    Fraction(3, 5): N_("three fifths"),
    Fraction(4, 5): N_("four fifths"),
    Fraction(1, 10): N_("one tenth"),
    Fraction(1): N_("all"),
}

# The sections of :func:`describe`, in order (a section with nothing to say is left out).
QUORUM = N_("Quorum")
MAJORITIES = N_("Majorities")
NOTICE = N_("Notice")
BOARD = N_("Board")
CANDIDATES = N_("Candidates")
PROXIES = N_("Proxies")
TIES = N_("Ties")
GRIEVANCES = N_("Grievances")
SOURCE = N_("Source")


def share_words(f: Fraction) -> str:
    """A share as a person says it: "half", "two thirds", "15 %", "7/12"."""
    if f in SHARE_WORDS:
        return _(SHARE_WORDS[f])
    percent = f * 100
    if (percent * 100).denominator == 1:   # exact to two decimals
        value = Decimal(percent.numerator) / Decimal(percent.denominator)
        return _("{percent} %", percent=format(value.normalize(), "f"))
    return f"{f.numerator}/{f.denominator}"


def share_text(f: Fraction | None) -> str:
    """A share as it is typed back into a field ("1/2", "0", "1"); blank for none."""
    return "" if f is None else str(f)


_NUMBER = re.compile(r"^[0-9]+([.,][0-9]+)?$|^[.,][0-9]+$")


def parse_share(text: str, field: str = "share", label: str | None = None) -> Fraction:
    """A share typed as "1/2", "2/3", "50%", "50 %", "0.5" or "0,5", exactly.

    Refused, naming ``field`` (and ``label`` in the message when given), when it is none of
    these or lies outside 0 to 1."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    value: Fraction | None = None
    try:
        if raw.endswith("%") and _NUMBER.match(raw[:-1]):
            value = Fraction(Decimal(raw[:-1].replace(",", "."))) / 100
        elif "/" in raw:
            top, _slash, bottom = raw.partition("/")
            if top.isdigit() and bottom.isdigit():
                value = Fraction(int(top), int(bottom))
        elif _NUMBER.match(raw):
            value = Fraction(Decimal(raw.replace(",", ".")))
    except (ZeroDivisionError, InvalidOperation, ValueError):
        value = None
    if not raw:
        what = _("Enter a share: 1/2, 50 % or 0.5.")
        raise ValidationError(f"{label}: {what}" if label else what, field)
    if value is None or not 0 <= value <= 1:
        what = _("'{text}' is not a share between 0 and 1: write it as 1/2, 50 % or 0.5.",
                 text=text.strip())
        raise ValidationError(f"{label}: {what}" if label else what, field)
    return value


def parse_optional_share(text: str, field: str = "share",
                         label: str | None = None) -> Fraction | None:
    """As :func:`parse_share`, blank meaning none."""
    return None if not text.strip() else parse_share(text, field, label)


# --- the sentences -------------------------------------------------------------------------

def _at_least(f: Fraction, strict: bool, whom: str) -> str:
    """"at least half of the members", "more than two thirds of the ballots cast"."""
    if f == 1 and not strict:
        return _("all the {whom}", whom=whom)
    if strict:
        return _("more than {share} of the {whom}", share=share_words(f), whom=whom)
    return _("at least {share} of the {whom}", share=share_words(f), whom=whom)


def _quorum(kind: MeetingKind, q: QuorumRule) -> list[str]:
    meeting = _(MEETING_LABELS[kind])
    committee = kind in (MeetingKind.MANAGEMENT, MeetingKind.SUPERVISORY)
    whom = _("members of the committee") if committee else _("members")
    first = _at_least(q.first_share, q.strict, whom)
    if q.second_share is None:
        out = [_("{meeting}: {first}, at every call.", meeting=meeting, first=first)]
    else:
        if q.second_share == 0:
            second = (_("any number present, and never fewer than {minimum}",
                        minimum=q.second_min) if q.second_min > 1
                      else _("any number present"))
        else:
            second = (_("more than {share}", share=share_words(q.second_share)) if q.strict
                      else share_words(q.second_share))
            if q.second_min > 0:
                second = _("{share}, and never fewer than {minimum}", share=second,
                           minimum=q.second_min)
        if q.second_after_minutes is None:
            out = [_("{meeting}: {first} at first call; at a second convocation, {second}.",
                     meeting=meeting, first=first, second=second)]
        else:
            out = [_("{meeting}: {first} at first call; after {minutes} minutes, {second}.",
                     meeting=meeting, first=first, minutes=q.second_after_minutes,
                     second=second)]
    if q.delegate_share is not None:
        out.append(_("{meeting} of delegates: {share} at any call.", meeting=meeting,
                     share=_at_least(q.delegate_share, q.strict, _("delegates"))))
    return out


def _months(n: int) -> str:
    return _("1 month") if n == 1 else _("{count} months", count=n)


def describe(b: Bylaws) -> list[tuple[str, list[str]]]:
    """The bylaws in plain sentences: (section title, sentences) in the order of
    :data:`QUORUM` ... :data:`SOURCE`; a section with nothing to say is left out."""
    out: list[tuple[str, list[str]]] = []

    quorum = [s for kind in MeetingKind if (q := b.quorum.get(kind)) is not None
              for s in _quorum(kind, q)]
    missing = [_(MEETING_LABELS[k]) for k in MeetingKind if k not in b.quorum]
    if missing:
        quorum.append(_("No quorum is set for: {meetings}.", meetings=", ".join(missing)))
    if b.proxies.allowed:
        quorum.append(_("Members represented by a proxy count towards the quorum.")
                      if b.proxies.count_for_quorum else
                      _("Members represented by a proxy do not count towards the quorum."))
    out.append((_(QUORUM), quorum))

    majorities = []
    for dtype, label in DECISION_LABELS.items():
        m = b.majorities.get(dtype)
        if m is None:
            majorities.append(_("{decision}: no majority is set.", decision=_(label)))
        else:
            majorities.append(_("{decision}: {rule}.", decision=_(label), rule=_at_least(
                m.fraction, m.strict, _(BASE_LABELS[m.base]))))
    out.append((_(MAJORITIES), majorities))

    notice = []
    for kind in MeetingKind:
        n = b.notice.get(kind)
        meeting = _(MEETING_LABELS[kind])
        if n is None:
            notice.append(_("{meeting}: no notice period is set.", meeting=meeting))
        elif n.days == 0:
            notice.append(_("{meeting}: no notice needed.", meeting=meeting))
        elif n.days == 1:
            notice.append(_("{meeting}: at least 1 business day of notice.", meeting=meeting)
                          if n.business_days else
                          _("{meeting}: at least 1 day of notice.", meeting=meeting))
        elif n.business_days:
            notice.append(_("{meeting}: at least {days} business days of notice.",
                            meeting=meeting, days=n.days))
        else:
            notice.append(_("{meeting}: at least {days} days of notice.", meeting=meeting,
                            days=n.days))
    notice.append(_("Notice is counted from the day after the convocation up to and including "
                    "the day of the meeting; business days leave out Saturdays, Sundays and "
                    "holidays."))
    out.append((_(NOTICE), notice))

    board = []
    for p in b.positions:
        seats = _("1 seat") if p.seats == 1 else _("{count} seats", count=p.seats)
        limit = (_("no limit on terms in a row") if p.term_limit is None else
                 _("at most 1 term in a row") if p.term_limit == 1 else
                 _("at most {count} terms in a row", count=p.term_limit))
        text = _("{position}: {seats}, terms of {months}, {limit}.", position=p.name,
                 seats=seats, months=_months(p.term_months), limit=limit)
        if p.committee is not None:
            text += " " + _("Sits on the {committee}.",
                            committee=_(MEETING_LABELS[p.committee]).lower())
        board.append(text)
    if not b.positions:
        board.append(_("No positions are set."))
    board.append(_("No minimum number of women on the board.") if b.min_women is None else
                 _("At least {count} women on the board.", count=b.min_women))
    out.append((_(BOARD), board))

    e = b.eligibility
    candidates = []
    if e.active:
        candidates.append(_("A candidate must be an active member."))
    if e.shares_paid:
        candidates.append(_("A candidate must have paid up the shares they subscribed."))
    if e.min_months > 0:
        candidates.append(_("A candidate must have been a member for at least {months}.",
                            months=_months(e.min_months)))
    if not candidates:
        candidates.append(_("Any member may stand."))
    out.append((_(CANDIDATES), candidates))

    if not b.proxies.allowed:
        proxies = [_("No proxies: members vote in person.")]
    elif b.proxies.max_per_member == 1:
        proxies = [_("A member may represent one other member by proxy, no more.")]
    else:
        proxies = [_("A member may hold at most {count} proxies.",
                     count=b.proxies.max_per_member)]
    out.append((_(PROXIES), proxies))

    ties = [_("A tie is settled by these steps, in order:")]
    ties += [f"{i}. {_(TIE_LABELS[s])}" for i, s in enumerate(b.tie_break, 1)]
    out.append((_(TIES), ties))

    labels = {r.value: _(ROLE_LABELS[r]) for r in Role}
    roles = [labels.get(r, r) for r in b.grievance_roles]
    out.append((_(GRIEVANCES), [
        _("The register of grievances is kept and read by: {roles}.", roles=", ".join(roles))
        if roles else _("Nobody is named to keep the register of grievances.")]))

    if b.source.strip():
        out.append((_(SOURCE), [b.source.strip()]))
    return out


def describe_text(b: Bylaws) -> str:
    """:func:`describe` as plain text: the name, then each section and its sentences."""
    lines = [_("Bylaws: {name}", name=b.name)]
    for title, sentences in describe(b):
        lines += ["", title, *(f"  {s}" for s in sentences)]
    return "\n".join(lines)
