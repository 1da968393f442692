"""The bylaws' rules for meetings and elections, and the pure functions the meeting screens call.

A :class:`Bylaws` value is plain data, stored with the books as JSON (``to_dict``/``from_dict``)
and checked by :func:`check_bylaws`, which returns every problem at once as (field, message)
pairs. The presets in :mod:`coopdesk.governance.presets` are such values; every rule is editable.

Conventions, stated so that the minutes can quote them:

- Shares are exact ``Fraction`` values. A rule is "at least" a share (``strict=False``: two
  thirds of 30 is reached by 20) or "more than" a share (``strict=True``: more than half of 30
  needs 16). A quorum in members is the smallest whole number that satisfies its rule.
- A decision's base is one of :class:`Base`. With the four counts the screens enter (yes, no,
  abstentions - hands raised to abstain, or blank ballots - and spoilt ballots), "yes + no +
  abstain" and "valid ballots" are the same number; both are kept because bylaws word them
  differently and the explanation quotes the bylaws' wording.
- Notice is counted from the day after the convocation up to and including the meeting day;
  business days skip Saturdays, Sundays and the holidays the caller passes.
- Ties follow the bylaws' cascade; its last step is always a drawn lot, which is asked for
  (:class:`~coopdesk.governance.counting.LotNeeded`) and entered, never drawn here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from coopdesk.core.access import Role
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.governance.counting import LotNeeded
from coopdesk.members.rules import Sex, Status


class MeetingKind(StrEnum):
    ORDINARY = "ordinary_assembly"
    EXTRAORDINARY = "extraordinary_assembly"
    MANAGEMENT = "management_committee"
    SUPERVISORY = "supervisory_committee"


class Base(StrEnum):
    YES_NO = "yes_no"                  # votes expressed for or against
    YES_NO_ABSTAIN = "yes_no_abstain"  # ... and abstentions
    VALID = "valid"                    # ballots that are not spoilt
    CAST = "cast"                      # every ballot, spoilt ones too
    PRESENT = "present"                # members present or represented
    ENTITLED = "entitled"              # every member entitled to vote


class DecisionType(StrEnum):
    ORDINARY = "ordinary"
    BYLAWS = "bylaws_amendment"
    DISSOLUTION = "dissolution"
    MERGER = "merger"
    DISTRIBUTION = "distribution"
    ADMISSION = "admission"
    EXCLUSION = "exclusion"


class TieStep(StrEnum):
    EARLIER_STAGE = "earlier_stage"            # look back over the count's earlier stages
    FIRST_PREFERENCES = "first_preferences"    # more first preferences
    SENIORITY = "seniority"                    # member for longer
    AGE = "age"                                # older member
    LOT = "lot"                                # a drawn lot, entered by the returning officer


MEETING_LABELS = {MeetingKind.ORDINARY: N_("Ordinary general assembly"),
                  MeetingKind.EXTRAORDINARY: N_("Extraordinary general assembly"),
                  MeetingKind.MANAGEMENT: N_("Management committee"),
                  MeetingKind.SUPERVISORY: N_("Supervisory committee")}
BASE_LABELS = {Base.YES_NO: N_("votes for and against"),
               Base.YES_NO_ABSTAIN: N_("votes for, against and abstentions"),
               Base.VALID: N_("valid ballots"),
               Base.CAST: N_("ballots cast"),
               Base.PRESENT: N_("members present or represented"),
               Base.ENTITLED: N_("members entitled to vote")}
DECISION_LABELS = {DecisionType.ORDINARY: N_("Ordinary decision"),
                   DecisionType.BYLAWS: N_("Amendment of the bylaws"),
                   DecisionType.DISSOLUTION: N_("Dissolution"),
                   DecisionType.MERGER: N_("Merger"),
                   DecisionType.DISTRIBUTION: N_("Distribution of the surplus"),
                   DecisionType.ADMISSION: N_("Admission of a member"),
                   DecisionType.EXCLUSION: N_("Exclusion of a member")}
TIE_LABELS = {TieStep.EARLIER_STAGE: N_("Votes at an earlier stage of the count"),
              TieStep.FIRST_PREFERENCES: N_("More first preferences"),
              TieStep.SENIORITY: N_("Longer membership"),
              TieStep.AGE: N_("Older member"),
              TieStep.LOT: N_("A drawn lot")}


# The roles that may read and keep the register of grievances, unless the bylaws say others.
DEFAULT_GRIEVANCE_ROLES = ("president", "secretary", "supervisory")


# --- the rules -----------------------------------------------------------------------------

@dataclass(frozen=True)
class QuorumRule:
    """Who must be present for a meeting of one kind to decide.

    First call: ``first_share`` of those eligible. Second call, when the bylaws have one
    (``second_share`` not None): a lower share, and never fewer than ``second_min`` members;
    it applies ``second_after_minutes`` after the time the meeting was called for, or at once
    when the meeting is a second convocation (``second_after_minutes`` None: only then). A
    delegates' assembly needs ``delegate_share`` of the delegates at any call (None: the same
    rules as members, over the delegates).
    """

    first_share: Fraction
    strict: bool = False
    second_share: Fraction | None = None
    second_min: int = 0
    second_after_minutes: int | None = 60
    delegate_share: Fraction | None = None


@dataclass(frozen=True)
class Majority:
    """``fraction`` of ``base``: "more than" it when ``strict``, else "at least" it."""

    fraction: Fraction
    strict: bool
    base: Base


@dataclass(frozen=True)
class Notice:
    days: int
    business_days: bool = False


@dataclass(frozen=True)
class Position:
    """A post on a board: its seats, the length of a term, and how many consecutive terms one
    person may serve (None: no limit). ``committee`` is the committee whose meetings its
    holders attend (management or supervisory), or None."""

    name: str
    seats: int
    term_months: int
    term_limit: int | None = None
    committee: MeetingKind | None = None


@dataclass(frozen=True)
class Eligibility:
    active: bool = True          # status active
    shares_paid: bool = True     # subscribed shares paid up
    min_months: int = 0          # months of membership at least


@dataclass(frozen=True)
class Proxies:
    allowed: bool = False
    max_per_member: int = 0      # proxies one member may hold
    count_for_quorum: bool = True


@dataclass(frozen=True)
class Bylaws:
    """The rules of the bylaws for meetings and elections, as stored with the books."""

    name: str
    quorum: Mapping[MeetingKind, QuorumRule]
    majorities: Mapping[DecisionType, Majority]
    notice: Mapping[MeetingKind, Notice]
    positions: tuple[Position, ...]
    eligibility: Eligibility = field(default_factory=Eligibility)
    min_women: int | None = None
    proxies: Proxies = field(default_factory=Proxies)
    tie_break: tuple[TieStep, ...] = (TieStep.EARLIER_STAGE, TieStep.LOT)
    source: str = ""             # the law and articles the rules come from
    # The roles that may read and keep the register of grievances.
    grievance_roles: tuple[str, ...] = DEFAULT_GRIEVANCE_ROLES

    def to_dict(self) -> dict[str, object]:
        def frac(f: Fraction | None) -> str | None:
            return None if f is None else str(f)

        return {
            "name": self.name,
            "quorum": {k.value: {"first_share": frac(q.first_share), "strict": q.strict,
                                 "second_share": frac(q.second_share),
                                 "second_min": q.second_min,
                                 "second_after_minutes": q.second_after_minutes,
                                 "delegate_share": frac(q.delegate_share)}
                       for k, q in self.quorum.items()},
            "majorities": {k.value: {"fraction": str(m.fraction), "strict": m.strict,
                                     "base": m.base.value} for k, m in self.majorities.items()},
            "notice": {k.value: {"days": n.days, "business_days": n.business_days}
                       for k, n in self.notice.items()},
            "positions": [{"name": p.name, "seats": p.seats, "term_months": p.term_months,
                           "term_limit": p.term_limit,
                           "committee": None if p.committee is None else p.committee.value}
                          for p in self.positions],
            "eligibility": {"active": self.eligibility.active,
                            "shares_paid": self.eligibility.shares_paid,
                            "min_months": self.eligibility.min_months},
            "min_women": self.min_women,
            "proxies": {"allowed": self.proxies.allowed,
                        "max_per_member": self.proxies.max_per_member,
                        "count_for_quorum": self.proxies.count_for_quorum},
            "tie_break": [s.value for s in self.tie_break],
            "source": self.source,
            "grievance_roles": list(self.grievance_roles),
        }

    @staticmethod
    def from_dict(d: Mapping[str, object]) -> Bylaws:
        """The bylaws of a stored document; a damaged one is refused with what is wrong, never
        half read."""
        try:
            return Bylaws._parse(d)
        except (KeyError, ValueError, TypeError, ZeroDivisionError) as exc:
            what = f"'{exc.args[0]}' missing" if isinstance(exc, KeyError) else str(exc)
            raise ValidationError(_("The stored bylaws are damaged ({what}): choose a preset "
                                    "or enter them again.", what=what), "bylaws") from exc

    @staticmethod
    def _parse(d: Mapping[str, object]) -> Bylaws:
        def obj(value: object) -> Mapping[str, object]:
            if not isinstance(value, Mapping):
                raise ValidationError(_("The stored bylaws are damaged: a section is missing "
                                        "or malformed."), "bylaws")
            return value

        def frac(value: object) -> Fraction | None:
            return None if value in (None, "") else Fraction(str(value))

        def num(value: object) -> int | None:
            return None if value in (None, "") else int(str(value))

        quorum = {MeetingKind(str(k)): QuorumRule(
            Fraction(str(q["first_share"])), bool(q.get("strict", False)),
            frac(q.get("second_share")), num(q.get("second_min")) or 0,
            num(q.get("second_after_minutes")), frac(q.get("delegate_share")))
            for k, q in ((k, obj(v)) for k, v in obj(d.get("quorum", {})).items())}
        majorities = {DecisionType(str(k)): Majority(
            Fraction(str(m["fraction"])), bool(m["strict"]), Base(str(m["base"])))
            for k, m in ((k, obj(v)) for k, v in obj(d.get("majorities", {})).items())}
        notice = {MeetingKind(str(k)): Notice(int(str(n["days"])),
                                              bool(n.get("business_days", False)))
                  for k, n in ((k, obj(v)) for k, v in obj(d.get("notice", {})).items())}
        positions = d.get("positions") or []
        if not isinstance(positions, list):
            raise TypeError("positions")
        elig = obj(d.get("eligibility", {}))
        prox = obj(d.get("proxies", {}))
        steps = d.get("tie_break") or []
        if not isinstance(steps, list):
            raise TypeError("tie_break")
        roles = d.get("grievance_roles", list(DEFAULT_GRIEVANCE_ROLES))
        if not isinstance(roles, list):
            raise TypeError("grievance_roles")
        return Bylaws(
            name=str(d.get("name", "")),
            quorum=quorum, majorities=majorities, notice=notice,
            positions=tuple(Position(str(p["name"]), int(str(p["seats"])),
                                     int(str(p["term_months"])), num(p.get("term_limit")),
                                     MeetingKind(str(p["committee"])) if p.get("committee")
                                     else None)
                            for p in map(obj, positions)),
            eligibility=Eligibility(bool(elig.get("active", True)),
                                    bool(elig.get("shares_paid", True)),
                                    int(str(elig.get("min_months", 0)))),
            min_women=num(d.get("min_women")),
            proxies=Proxies(bool(prox.get("allowed", False)),
                            int(str(prox.get("max_per_member", 0))),
                            bool(prox.get("count_for_quorum", True))),
            tie_break=tuple(TieStep(str(s)) for s in steps),
            source=str(d.get("source", "")),
            grievance_roles=tuple(str(r) for r in roles),
        )


def _share_ok(f: Fraction | None, zero: bool = False) -> bool:
    return f is not None and (Fraction(0) <= f if zero else Fraction(0) < f) and f <= 1


def check_bylaws(b: Bylaws) -> list[tuple[str, str]]:
    """What is wrong with the bylaws, as (field, message) pairs; empty when they can be used."""
    out: list[tuple[str, str]] = []
    if not b.name.strip():
        out.append(("name", _("The bylaws need a name.")))
    for kind in MeetingKind:
        meeting = _(MEETING_LABELS[kind])
        q = b.quorum.get(kind)
        where = f"quorum.{kind.value}"
        if q is None:
            out.append((where, _("{meeting}: say what quorum it needs.", meeting=meeting)))
        else:
            if not _share_ok(q.first_share) or (q.strict and q.first_share == 1):
                out.append((f"{where}.first_share", _(
                    "{meeting}: the quorum at first call must be a share above 0 and at most "
                    "1 (all members).", meeting=meeting)))
            if q.second_share is not None:
                if not _share_ok(q.second_share, zero=True):
                    out.append((f"{where}.second_share", _(
                        "{meeting}: the quorum at second call must be a share between 0 and 1.",
                        meeting=meeting)))
                elif q.second_share > q.first_share:
                    out.append((f"{where}.second_share", _(
                        "{meeting}: the quorum at second call cannot be higher than at first "
                        "call.", meeting=meeting)))
            if q.second_min < 0:
                out.append((f"{where}.second_min", _(
                    "{meeting}: the minimum number of members cannot be negative.",
                    meeting=meeting)))
            if q.second_after_minutes is not None and q.second_after_minutes < 0:
                out.append((f"{where}.second_after_minutes", _(
                    "{meeting}: the wait before the second call cannot be negative.",
                    meeting=meeting)))
            if q.delegate_share is not None and not _share_ok(q.delegate_share):
                out.append((f"{where}.delegate_share", _(
                    "{meeting}: the quorum of delegates must be a share above 0 and at most 1.",
                    meeting=meeting)))
        n = b.notice.get(kind)
        if n is None:
            out.append((f"notice.{kind.value}", _("{meeting}: say how many days of notice it "
                                                  "needs.", meeting=meeting)))
        elif n.days < 0:
            out.append((f"notice.{kind.value}", _("{meeting}: the notice period cannot be "
                                                  "negative.", meeting=meeting)))
    for dtype in DecisionType:
        m = b.majorities.get(dtype)
        decision = _(DECISION_LABELS[dtype])
        if m is None:
            out.append((f"majorities.{dtype.value}", _("{decision}: say what majority it "
                                                       "needs.", decision=decision)))
        elif not _share_ok(m.fraction) or (m.strict and m.fraction == 1):
            out.append((f"majorities.{dtype.value}", _(
                "{decision}: the majority must be a share above 0 and at most 1 (\"more than\" "
                "all votes cannot be reached).", decision=decision)))
    names: set[str] = set()
    for i, p in enumerate(b.positions, 1):
        where = f"positions.{i}"
        label = p.name.strip() or str(i)
        if not p.name.strip():
            out.append((f"{where}.name", _("Position {n} needs a name.", n=i)))
        elif p.name.strip().casefold() in names:
            out.append((f"{where}.name", _("The position {position} is listed twice.",
                                           position=label)))
        names.add(p.name.strip().casefold())
        if p.seats < 1:
            out.append((f"{where}.seats", _("{position}: a position has at least one seat.",
                                            position=label)))
        if p.term_months < 1:
            out.append((f"{where}.term_months", _("{position}: a term lasts at least one month.",
                                                  position=label)))
        if p.committee is not None and p.committee not in (MeetingKind.MANAGEMENT,
                                                           MeetingKind.SUPERVISORY):
            out.append((f"{where}.committee", _(
                "{position}: a position sits on the management or the supervisory committee, "
                "or on none.", position=label)))
        if p.term_limit is not None and p.term_limit < 1:
            out.append((f"{where}.term_limit", _(
                "{position}: the limit of consecutive terms must be at least one term, or none.",
                position=label)))
    if b.eligibility.min_months < 0:
        out.append(("eligibility.min_months", _("The months of membership a candidate needs "
                                                "cannot be negative.")))
    seats = sum(max(p.seats, 0) for p in b.positions)
    if b.min_women is not None:
        if b.min_women < 0:
            out.append(("min_women", _("The minimum number of women cannot be negative.")))
        elif b.min_women > seats:
            out.append(("min_women", _("The board has {seats} seats; it cannot hold at least "
                                       "{minimum} women.", seats=seats, minimum=b.min_women)))
    if b.proxies.max_per_member < 0:
        out.append(("proxies.max_per_member", _("The number of proxies a member may hold "
                                                "cannot be negative.")))
    elif b.proxies.allowed and b.proxies.max_per_member == 0:
        out.append(("proxies.max_per_member", _("Proxies are allowed: say how many one member "
                                                "may hold (at least one).")))
    for role in b.grievance_roles:
        if role not in {r.value for r in Role}:
            out.append(("grievance_roles", _("'{role}' is not a role of coopdesk.", role=role)))
    steps = b.tie_break
    if not steps or steps[-1] != TieStep.LOT:
        out.append(("tie_break", _("The tie-break must end with a drawn lot, so that every "
                                   "tie can be settled.")))
    elif steps.count(TieStep.LOT) > 1:
        out.append(("tie_break", _("The drawn lot is the last step, and only once.")))
    if len(set(steps)) != len(steps) and steps.count(TieStep.LOT) <= 1:
        out.append(("tie_break", _("A step of the tie-break is listed twice.")))
    return out


# --- quorum --------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuorumState:
    required: int
    present_with_proxies: int
    reached: bool
    missing: int
    call: str            # "first" or "second"
    message: str


def _needed(share: Fraction, strict: bool, of: int) -> int:
    """The fewest whole members that are at least (or more than) ``share`` of ``of``."""
    exact = share * of
    return math.floor(exact) + 1 if strict else math.ceil(exact)


def quorum(b: Bylaws, kind: MeetingKind, eligible: int, present: int, proxies: int,
           minutes_since_start: int, delegates: int | None = None, *,
           reconvened: bool = False) -> QuorumState:
    """The quorum of a meeting now: who is needed, who is there, and what is missing.

    ``present`` are members (or, with ``delegates`` given, delegates) in the room; ``proxies``
    the members they represent. ``reconvened``: this is the second convocation of a meeting
    that lacked its quorum (the second-call rule applies from the start). A meeting with no
    quorum rule at second call still needs one person in the room.
    """
    rule = b.quorum.get(kind)
    if rule is None:
        raise ValidationError(_("The bylaws say no quorum for the {meeting}.",
                                meeting=_(MEETING_LABELS[kind]).lower()), "quorum")
    pool = eligible if delegates is None else delegates
    if min(pool, present, proxies) < 0:
        raise ValidationError(_("Counts of members cannot be negative."), "present")
    counted = proxies if b.proxies.allowed and b.proxies.count_for_quorum and (
        delegates is None) else 0
    if proxies and b.proxies.allowed and proxies > present * b.proxies.max_per_member:
        raise ValidationError(_("{present} members present can hold at most {limit} proxies; "
                                "{proxies} were entered.", present=present,
                                limit=present * b.proxies.max_per_member, proxies=proxies),
                              "proxies")
    there = present + counted
    if there > pool:
        raise ValidationError(_("{there} present or represented, but only {pool} may attend.",
                                there=there, pool=pool), "present")
    second = rule.second_share is not None and (reconvened or (
        rule.second_after_minutes is not None and minutes_since_start >= rule.second_after_minutes))
    if delegates is not None and rule.delegate_share is not None:
        required = _needed(rule.delegate_share, rule.strict, pool)
        second = False
    elif second:
        # The second call lowers the quorum; it never raises it above the first call's (a
        # small cooperative's first-call half can be fewer than the second call's minimum).
        assert rule.second_share is not None
        required = min(max(_needed(rule.second_share, rule.strict, pool), rule.second_min),
                       _needed(rule.first_share, rule.strict, pool))
    else:
        required = _needed(rule.first_share, rule.strict, pool)
    required = min(max(required, 1), pool) if pool else 0
    missing = max(required - there, 0)
    reached = pool > 0 and missing == 0
    call = "second" if second else "first"
    if reached:
        message = _("Quorum reached: {there} present or represented, {required} needed.",
                    there=there, required=required)
    elif pool == 0:
        message = _("Nobody is entitled to attend; there can be no quorum.")
    elif missing == 1:
        message = (_("1 more delegate needed.") if delegates is not None
                   else _("1 more member needed."))
    elif delegates is not None:
        message = _("{count} more delegates needed.", count=missing)
    else:
        message = _("{count} more members needed.", count=missing)
    if not reached and not second and pool and rule.second_share is not None and (
            delegates is None or rule.delegate_share is None) and (
            rule.second_after_minutes is not None):
        later = min(max(_needed(rule.second_share, rule.strict, pool), rule.second_min, 1),
                    _needed(rule.first_share, rule.strict, pool), pool)
        if later < required:
            message += " " + _("At second call, after {minutes} minutes, {required} will "
                               "be enough.", minutes=rule.second_after_minutes,
                               required=later)
    return QuorumState(required, there, reached, missing, call, message)


# --- decisions -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Decision:
    passed: bool
    needed: Fraction     # the threshold in votes: yes must be more than (or at least) this
    fewest: int          # the fewest yes votes that pass
    base: int            # the number of votes the majority is taken of
    majority: Majority
    explanation: str


def decide(b: Bylaws, decision_type: DecisionType, yes: int, no: int, abstain: int,
           invalid: int, entitled: int, present: int | None = None) -> Decision:
    """Whether a motion passed under the bylaws' majority for its type, in exact arithmetic.

    ``present``: members present or represented, needed when the base is those present.
    """
    m = b.majorities.get(decision_type)
    if m is None:
        raise ValidationError(_("The bylaws say no majority for this decision ({decision}).",
                                decision=_(DECISION_LABELS[decision_type])), "majorities")
    counts = (yes, no, abstain, invalid, entitled) + ((present,) if present is not None else ())
    if min(counts) < 0:
        raise ValidationError(_("Counts of votes cannot be negative."), "votes")
    cast = yes + no + abstain + invalid
    if m.base == Base.PRESENT and present is None:
        raise ValidationError(_("This majority is taken of the members present: enter how many "
                                "are present or represented."), "present")
    if present is not None and cast > present:
        raise ValidationError(_("{cast} ballots cast but only {present} present or "
                                "represented.", cast=cast, present=present), "votes")
    if cast > entitled or (present or 0) > entitled:
        raise ValidationError(_("{cast} votes but only {entitled} members entitled to vote.",
                                cast=max(cast, present or 0), entitled=entitled), "votes")
    base = {Base.YES_NO: yes + no, Base.YES_NO_ABSTAIN: yes + no + abstain,
            Base.VALID: yes + no + abstain, Base.CAST: cast,
            Base.PRESENT: present or 0, Base.ENTITLED: entitled}[m.base]
    needed = m.fraction * base
    fewest = math.floor(needed) + 1 if m.strict else max(math.ceil(needed), 1)
    passed = base > 0 and yes >= fewest
    rule = (_("more than {fraction} of the {base}", fraction=_fraction_words(m.fraction),
              base=_(BASE_LABELS[m.base])) if m.strict else
            _("at least {fraction} of the {base}", fraction=_fraction_words(m.fraction),
              base=_(BASE_LABELS[m.base])))
    if base == 0:
        explanation = _("Not passed: the rule is {rule}, and there are none.", rule=rule)
    elif passed:
        explanation = _("Passed: {yes} in favour; the rule is {rule} ({base}), so {fewest} "
                        "were needed.", yes=yes, rule=rule, base=base, fewest=fewest)
    else:
        explanation = _("Not passed: {yes} in favour; the rule is {rule} ({base}), so {fewest} "
                        "were needed.", yes=yes, rule=rule, base=base, fewest=fewest)
    return Decision(passed, needed, fewest, base, m, explanation)


def _fraction_words(f: Fraction) -> str:
    words = {Fraction(1, 2): N_("half"), Fraction(2, 3): N_("two thirds"),
             Fraction(3, 4): N_("three quarters"), Fraction(1, 3): N_("a third"),
             Fraction(1, 4): N_("a quarter"), Fraction(1): N_("all")}
    return _(words[f]) if f in words else str(f)


# --- candidates and the board --------------------------------------------------------------

@dataclass(frozen=True)
class MemberFacts:
    status: str
    shares_paid_up: bool
    months_of_membership: int
    sex: str | None = None
    consecutive_terms: int = 0   # terms just served, without a break, in the position sought


def eligible_candidate(b: Bylaws, facts: MemberFacts, position: str | None = None) -> list[str]:
    """Why the member may not stand (empty: they may), for the position named if given."""
    e = b.eligibility
    out: list[str] = []
    if e.active and facts.status != Status.ACTIVE:
        out.append(_("Not an active member."))
    if e.shares_paid and not facts.shares_paid_up:
        out.append(_("Shares not paid up."))
    if facts.months_of_membership < e.min_months:
        out.append(_("A member for {months} months; the bylaws require at least {minimum}.",
                     months=facts.months_of_membership, minimum=e.min_months))
    if position is not None:
        post = next((p for p in b.positions if p.name == position), None)
        if post is None:
            out.append(_("The bylaws have no position named {position}.", position=position))
        elif post.term_limit is not None and facts.consecutive_terms >= post.term_limit:
            out.append(_("Has served {terms} consecutive terms as {position}; the bylaws allow "
                         "{limit}.", terms=facts.consecutive_terms, position=position,
                         limit=post.term_limit))
    return out


def board_gender_ok(b: Bylaws, sexes: Iterable[str | None]) -> str | None:
    """A problem when the elected board has fewer women than the bylaws require."""
    if b.min_women is None:
        return None
    women = sum(1 for s in sexes if s == Sex.F)
    if women >= b.min_women:
        return None
    return _("Women elected to the board: {women}; the bylaws require at least {minimum}.",
             women=women, minimum=b.min_women)


def notice_ok(b: Bylaws, kind: MeetingKind, convocation: dt.date, meeting: dt.date,
              holidays: Iterable[dt.date] = ()) -> str | None:
    """A problem when the convocation did not give the notice the bylaws require."""
    rule = b.notice.get(kind)
    label = _(MEETING_LABELS[kind])
    if rule is None:
        return _("The bylaws say no notice period for the {meeting}.", meeting=label.lower())
    if meeting < convocation:
        return _("The meeting is dated before its convocation.")
    if rule.business_days:
        off = set(holidays)
        given = sum(1 for i in range(1, (meeting - convocation).days + 1)
                    if (d := convocation + dt.timedelta(days=i)).weekday() < 5 and d not in off)
        if given < rule.days:
            return _("{meeting}: {days} business days of notice are required; the convocation "
                     "gives {given}.", meeting=label, days=rule.days, given=given)
        return None
    given = (meeting - convocation).days
    if given < rule.days:
        return _("{meeting}: {days} days of notice are required; the convocation gives "
                 "{given}.", meeting=label, days=rule.days, given=given)
    return None


# --- ties ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TieFacts:
    """What the cascade may look at for one tied candidate (None: not known)."""

    joined: dt.date | None = None
    born: dt.date | None = None
    first_preferences: Fraction | int | None = None
    stages: tuple[Fraction | int, ...] = ()   # votes at each earlier stage, oldest first


@dataclass(frozen=True)
class TieOrder:
    """The tied candidates in order, the one the tie favours first.

    ``decided_by`` lists the steps that separated someone, in cascade order; ``unknown`` the
    (candidate, step) pairs a step could not use because a fact was missing; ``tied`` the
    groups left tied where no place needed deciding.
    """

    order: tuple[int, ...]
    decided_by: tuple[TieStep, ...]
    lots_used: int
    unknown: tuple[tuple[int, TieStep], ...] = ()
    tied: tuple[tuple[int, ...], ...] = ()


def _split(group: list[int], step: TieStep, facts: Mapping[int, TieFacts]
           ) -> list[list[int]] | None:
    """``group`` in subgroups best first by one step; None when a fact is missing."""
    if step == TieStep.EARLIER_STAGE:
        return _look_back(group, facts)
    keys: dict[int, Fraction | int | dt.date] = {}
    for c in group:
        f = facts.get(c, TieFacts())
        value = {TieStep.FIRST_PREFERENCES: f.first_preferences, TieStep.SENIORITY: f.joined,
                 TieStep.AGE: f.born}[step]
        if value is None:
            return None
        keys[c] = value
    reverse = step == TieStep.FIRST_PREFERENCES   # more is better; earlier dates are better
    ordered = sorted(set(keys.values()), reverse=reverse)
    return [[c for c in group if keys[c] == k] for k in ordered]


def _look_back(group: list[int], facts: Mapping[int, TieFacts]) -> list[list[int]] | None:
    """As the count does: the most recent earlier stage where the tied candidates differ
    decides; those still equal there look further back among themselves."""
    stages = {c: facts.get(c, TieFacts()).stages for c in group}
    depth = len(stages[group[0]])
    if any(len(s) != depth for s in stages.values()):
        return None

    def by(members: list[int], upto: int) -> list[list[int]]:
        for index in range(upto - 1, -1, -1):
            values = sorted({stages[c][index] for c in members}, reverse=True)
            if len(values) > 1:
                out: list[list[int]] = []
                for v in values:
                    same = [c for c in members if stages[c][index] == v]
                    out += by(same, index) if len(same) > 1 else [same]
                return out
        return [members]

    return by(group, depth)


def break_tie(b: Bylaws, candidates: Sequence[int], facts: Mapping[int, TieFacts],
              lots: Sequence[int] = (), *, places: int | None = None, purpose: str = "elect",
              round_no: int = 0) -> TieOrder | LotNeeded:
    """Order tied ``candidates`` by the bylaws' cascade, asking for a lot only when needed.

    ``places``: how many places from the top must be decided (seats left to fill; for an
    exclusion, one fewer than the tied); None: all of them. A group still tied after the
    non-lot steps needs a lot only when a decided place falls inside it. Each lot entered
    (``lots``, in order) chooses one candidate of that group: the one placed first, or for
    ``purpose="exclude"`` the one placed last, as :class:`LotNeeded` says.
    """
    if len(set(candidates)) != len(candidates):
        raise ValidationError(_("A candidate is listed twice among the tied."), "candidates")
    groups: list[list[int]] = [list(candidates)]
    used_steps: list[TieStep] = []
    unknown: list[tuple[int, TieStep]] = []
    for step in b.tie_break:
        if step == TieStep.LOT:
            break
        regrouped: list[list[int]] = []
        for g in groups:
            parts = _split(g, step, facts) if len(g) > 1 else [g]
            if parts is None:
                unknown += [(c, step) for c in g]
                parts = [g]
            if len(parts) > 1 and step not in used_steps:
                used_steps.append(step)
            regrouped += parts
        groups = regrouped
    order: list[int] = []
    left_tied: list[tuple[int, ...]] = []
    used = 0
    for g in groups:
        rest = list(g)
        head: list[int] = []
        tail: list[int] = []
        while len(rest) > 1 and (places is None or len(order) + len(head) < places
                                 < len(order) + len(head) + len(rest)):
            if used >= len(lots):
                return LotNeeded(round_no, purpose, tuple(rest), used)
            chosen = lots[used]
            if chosen not in rest:
                raise ValidationError(_("Lot {number} must choose one of the tied candidates.",
                                        number=used + 1), "lots")
            used += 1
            rest.remove(chosen)
            if purpose == "exclude":
                tail.insert(0, chosen)
            else:
                head.append(chosen)
        if len(rest) > 1:
            left_tied.append(tuple(rest))
        order += head + rest + tail
    if used and TieStep.LOT not in used_steps:
        used_steps.append(TieStep.LOT)
    return TieOrder(tuple(order), tuple(used_steps), used, tuple(unknown), tuple(left_tied))
