"""What the projector shows during a meeting, and the teller's check-in - without Qt.

:class:`AssemblyPresenter` reads one meeting through :mod:`coopdesk.governance.meetings` and
says, in plain data, what the assembly window and the meetings tab draw: the meeting's title
and kind, the agenda item being discussed (moved through with :meth:`next_item` and
:meth:`previous_item`), the quorum panel at the moment the injected clock gives, the last
motion's result in large words and the resolutions so far. The teller checks members in by
number or by a piece of their name; when several match, the candidates come back to choose
from (with whether a photo is on file, to tell them apart). Whatever the domain refuses comes
back as its :class:`~coopdesk.core.errors.ValidationError`, message and field intact.

Tested headless in tests/test_assembly_presenter.py; :mod:`coopdesk.ui.assembly` and
:mod:`coopdesk.ui.pages.gov_meetings` only draw what it says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import meetings
from coopdesk.governance.bylaws import (
    BASE_LABELS,
    DECISION_LABELS,
    DecisionType,
    decide,
)
from coopdesk.governance.meetings import ItemInfo, MeetingInfo, MotionInfo
from coopdesk.governance.services import current_bylaws
from coopdesk.members.services import get_photo

Clock = Callable[[], dt.datetime]

CALL_LABELS = {"first": N_("first call"), "second": N_("second call")}
FRACTION_WORDS = {Fraction(1, 2): N_("half"), Fraction(2, 3): N_("two thirds"),
                  Fraction(3, 4): N_("three quarters"), Fraction(1, 3): N_("a third"),
                  Fraction(1, 4): N_("a quarter"), Fraction(1): N_("all")}


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class QuorumPanel:
    """The quorum as the hall sees it. ``present``: members in the room; ``represented``:
    the proxies they hold that count; ``required``: how many present or represented are
    needed; ``missing``: how many more."""

    eligible: int
    present: int
    represented: int
    required: int
    missing: int
    reached: bool
    call: str                  # "first" or "second"
    message: str

    @property
    def call_label(self) -> str:
        return _(CALL_LABELS.get(self.call, self.call))

    @property
    def counted(self) -> int:
        return self.present + self.represented

    @property
    def headline(self) -> str:
        """The short words for the hall: "Quorum reached" or "12 more members needed."."""
        if self.reached:
            return _("Quorum reached")
        if self.missing == 1:
            return _("1 more member needed.")
        return _("{count} more members needed.", count=self.missing)


@dataclass(frozen=True)
class Candidate:
    """A member the check-in text matches."""

    number: int
    name: str
    present: bool
    has_photo: bool


@dataclass(frozen=True)
class CheckIn:
    """What a check-in by text did: ``checked`` the member checked in (None when several
    matched and one must be chosen from ``candidates``), and the message to show."""

    checked: Candidate | None
    candidates: tuple[Candidate, ...]
    message: str


@dataclass(frozen=True)
class MotionResult:
    """A motion's result in large words: ``headline`` ("PASSED"), ``counts`` ("34 in favour,
    3 against, 2 abstentions"), ``rule`` ("at least two thirds of the members present or
    represented were needed: 27"), and the whole as one ``text``."""

    motion: MotionInfo
    headline: str
    counts: str
    rule: str

    @property
    def passed(self) -> bool:
        return self.motion.passed

    @property
    def resolution(self) -> str | None:
        return self.motion.resolution

    @property
    def text(self) -> str:
        line = _("{headline} - {counts}", headline=self.headline, counts=self.counts)
        return _("{line}; {rule}", line=line, rule=self.rule) if self.rule else line


def counts_text(yes: int, no: int, abstain: int, invalid: int = 0) -> str:
    """"34 in favour, 3 against, 2 abstentions" (and the spoilt votes, when any)."""
    parts = [_("{count} in favour", count=yes), _("{count} against", count=no)]
    parts.append(_("1 abstention") if abstain == 1
                 else _("{count} abstentions", count=abstain))
    if invalid:
        parts.append(_("1 spoilt vote") if invalid == 1
                     else _("{count} spoilt votes", count=invalid))
    return ", ".join(parts)


def fraction_words(f: Fraction) -> str:
    return _(FRACTION_WORDS[f]) if f in FRACTION_WORDS else str(f)


def motion_result(uow: UnitOfWork, motion: MotionInfo) -> MotionResult:
    """The result of a recorded motion in large words, its rule from the bylaws in force."""
    headline = _("PASSED") if motion.passed else _("NOT PASSED")
    counts = counts_text(motion.yes, motion.no, motion.abstain, motion.invalid)
    rule = ""
    try:
        bylaws = current_bylaws(uow)
        if bylaws is not None:
            d = decide(bylaws, DecisionType(motion.decision_type), motion.yes, motion.no,
                       motion.abstain, motion.invalid, entitled=motion.entitled,
                       present=motion.present)
            m = d.majority
            words = dict(fraction=fraction_words(m.fraction), base=_(BASE_LABELS[m.base]),
                         fewest=d.fewest)
            rule = (_("more than {fraction} of the {base} were needed: {fewest}", **words)
                    if m.strict else
                    _("at least {fraction} of the {base} were needed: {fewest}", **words))
    except (CoopdeskError, ValueError, KeyError):
        rule = motion.explanation       # the bylaws changed since: what was said then
    return MotionResult(motion, headline, counts, rule)


class AssemblyPresenter:
    """One meeting as the projector and the teller see it. Call :meth:`refresh` to read it
    again (the window does so on a timer); every write rereads by itself."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, clock: Clock | None = None) -> None:
        self.uow = uow
        self.meeting_id = meeting_id
        self.clock: Clock = clock or _now
        self._item_id: int | None = None
        self.info: MeetingInfo
        self.quorum: QuorumPanel | None = None
        self.quorum_problem: str | None = None
        self.last_result: MotionResult | None = None
        self.refresh()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the meeting, the quorum at ``clock()`` and the last motion again."""
        self.info = meetings.meeting_info(self.uow, self.meeting_id)
        ids = [i.id for i in self.info.items]
        if self._item_id not in ids:
            self._item_id = ids[0] if ids else None
        self.quorum, self.quorum_problem = None, None
        try:
            q = meetings.quorum_now(self.uow, self.meeting_id, self.clock())
        except CoopdeskError as exc:
            self.quorum_problem = exc.message
        else:
            present = self.info.present
            self.quorum = QuorumPanel(self.info.eligible, present,
                                      max(q.present_with_proxies - present, 0), q.required,
                                      q.missing, q.reached, q.call, q.message)
        last = self.last_motion
        if last is None:
            self.last_result = None
        elif self.last_result is None or self.last_result.motion != last:
            self.last_result = motion_result(self.uow, last)

    @property
    def title(self) -> str:
        return self.info.title

    @property
    def kind_label(self) -> str:
        return self.info.kind_label

    @property
    def status(self) -> str:
        return self.info.status

    @property
    def status_label(self) -> str:
        return _(meetings.STATUS_LABELS[self.info.status])

    @property
    def is_open(self) -> bool:
        return self.info.status == meetings.OPEN

    @property
    def subtitle(self) -> str:
        """"Ordinary general assembly - 28/03/2026 09:00 - Community hall"."""
        parts = [self.kind_label, self.info.scheduled_at.strftime("%Y-%m-%d %H:%M")]
        if self.info.place:
            parts.append(self.info.place)
        return " - ".join(parts)

    @property
    def items(self) -> tuple[ItemInfo, ...]:
        return self.info.items

    @property
    def current_item(self) -> ItemInfo | None:
        return next((i for i in self.info.items if i.id == self._item_id), None)

    @property
    def item_index(self) -> int:
        """The current item's index in the agenda (-1 when there is none)."""
        return next((n for n, i in enumerate(self.info.items) if i.id == self._item_id), -1)

    @property
    def item_label(self) -> str:
        """"Item 2 of 5", or a note that the agenda is empty."""
        if not self.info.items:
            return _("No agenda items.")
        return _("Item {place} of {count}", place=self.item_index + 1,
                 count=len(self.info.items))

    def go_to(self, item_id: int) -> None:
        if item_id not in {i.id for i in self.info.items}:
            raise ValidationError(_("Item {id} is not on this meeting's agenda.", id=item_id),
                                  "item")
        self._item_id = item_id

    def next_item(self) -> bool:
        """Move to the next agenda item; False at the last one."""
        return self._step(1)

    def previous_item(self) -> bool:
        """Move to the previous agenda item; False at the first one."""
        return self._step(-1)

    def _step(self, by: int) -> bool:
        n = self.item_index + by
        if self.item_index < 0 or not 0 <= n < len(self.info.items):
            return False
        self._item_id = self.info.items[n].id
        return True

    @property
    def motions(self) -> list[MotionInfo]:
        return sorted((m for i in self.info.items for m in i.motions), key=lambda m: m.id)

    @property
    def last_motion(self) -> MotionInfo | None:
        every = self.motions
        return every[-1] if every else None

    @property
    def resolutions(self) -> list[MotionInfo]:
        return self.info.resolutions

    def result_of(self, motion: MotionInfo) -> MotionResult:
        return motion_result(self.uow, motion)

    def present_members(self) -> list[tuple[int, str]]:
        """Those in the room now, (number, name) in member order: who can vote by name."""
        return [(a.number, a.name) for a in self.info.attendees if a.left_at is None]

    # -- the check-in -------------------------------------------------------------------------

    def find(self, text: str) -> list[Candidate]:
        """Members on the roll matching a number or part of a name."""
        return [Candidate(n, name, here, get_photo(self.uow, n) is not None)
                for n, name, here in meetings.find_members(self.uow, self.meeting_id, text)]

    def check_in(self, number: int, found_by: str = "number") -> str:
        """Check a member in; returns the quorum's message after them."""
        meetings.check_in(self.uow, self.meeting_id, number, found_by)
        self.refresh()
        name = next((a.name for a in self.info.attendees if a.number == number), "")
        after = self.quorum.message if self.quorum else ""
        return _("{name} (member {number}) is checked in. {quorum}", name=name,
                 number=number, quorum=after).strip()

    def check_in_text(self, text: str) -> CheckIn:
        """Check in the one member ``text`` (a number, or part of a name) matches; when
        several match, nobody is checked in and the candidates come back to choose from."""
        text = " ".join(text.split())
        if not text:
            raise ValidationError(_("Type a member number or part of a name."), "member")
        found = self.find(text)
        if not found:
            raise ValidationError(_("Nobody on the roll matches '{text}'.", text=text),
                                  "member")
        if len(found) > 1:
            return CheckIn(None, tuple(found), _(
                "{count} members match '{text}': choose one.", count=len(found), text=text))
        one = found[0]
        message = self.check_in(one.number, "number" if text.isdigit() else "name")
        return CheckIn(Candidate(one.number, one.name, True, one.has_photo), (), message)

    def check_out(self, number: int) -> str:
        message = meetings.check_out(self.uow, self.meeting_id, number)
        self.refresh()
        return message

    # -- motions ------------------------------------------------------------------------------

    def record_motion(self, text: str, decision_type: DecisionType | str, *, yes: int = 0,
                      no: int = 0, abstain: int = 0, invalid: int = 0,
                      named: Mapping[int, str] | None = None,
                      item_id: int | None = None) -> MotionResult:
        """Put a motion on the current item (or ``item_id``) to the vote and record it."""
        item = item_id if item_id is not None else self._item_id
        if item is None:
            raise ValidationError(_("The agenda is empty: add an item to vote under."), "item")
        motion = meetings.record_motion(self.uow, self.meeting_id, item, text, decision_type,
                                        yes=yes, no=no, abstain=abstain, invalid=invalid,
                                        named=named)
        self.refresh()
        self.last_result = motion_result(self.uow, motion)
        return self.last_result


def decision_choices() -> list[tuple[str, str]]:
    """(value, label) of the types of decision, for a list to choose from."""
    return [(t.value, _(label)) for t, label in DECISION_LABELS.items()]


__all__ = ["AssemblyPresenter", "Candidate", "CheckIn", "MotionResult", "QuorumPanel",
           "counts_text", "decision_choices", "motion_result"]
