"""What the window shows of an election's count, and the voting booth's rules - without Qt.

:class:`CountPresenter` turns a count (the ``result`` an election stores, or the
:class:`~coopdesk.governance.elections.Outcome` a count returns) into the rounds table, one
line of plain words per thing that happened, the elected in order, the lot asked for, the
chart's bars and the mismatch between ballots and check-offs. :class:`BoothPresenter` is the
booth's state machine: locked until a teller releases it for a voter checked off the roll, the
voter's choices under the method's limits, a review, and the ballot cast. It never learns who
the voter is: the teller checks the voter off elsewhere, and the presenter only sees that one
more voter is waiting (``outstanding``).

Both are tested headless (tests/test_count_presenter.py); the widgets in
:mod:`coopdesk.ui.pages.gov_elections` and :mod:`coopdesk.ui.booth` only draw what these say.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import counting, elections
from coopdesk.governance.ballots import Election
from coopdesk.governance.counting import votes_text
from coopdesk.governance.elections import CandidateInfo, ElectionInfo, stored_result

METHOD_LABELS = {counting.PLURALITY: N_("plurality (most votes)"),
                 counting.BLOCK: N_("block vote (one mark per seat)"),
                 counting.APPROVAL: N_("approval (mark every acceptable candidate)"),
                 counting.IRV: N_("instant-runoff (ranked, one seat)"),
                 counting.STV: N_("single transferable vote (ranked)")}
ENTRY_LABELS = {elections.BOOTH: N_("voting booth on this laptop"),
                elections.PAPER: N_("paper ballots entered by the tellers")}
RANKED = (counting.IRV, counting.STV)


def method_label(method: str) -> str:
    return _(METHOD_LABELS[method]) if method in METHOD_LABELS else method


# --- reading what the window needs -----------------------------------------------------------

def mismatch_of(info: ElectionInfo) -> str | None:
    """Ballots against check-offs, as the domain reports them when the poll closes."""
    if info.status in (elections.DRAFT, elections.NOMINATIONS):
        return None
    if info.entry == elections.PAPER and (info.ballots == 0 or info.status == elections.OPEN):
        return None  # papers are entered after the poll closes
    if info.checked_off == info.ballots:
        return None
    return _("{ballots} ballots for {checked} voters checked off the roll.",
             ballots=info.ballots, checked=info.checked_off)


# --- the count -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    text: str
    mark: str = ""  # "elected" or "excluded" in the round it happened, else ""


@dataclass(frozen=True)
class TableRow:
    label: str
    cells: tuple[Cell, ...]
    kind: str = "candidate"  # "candidate", "exhausted", "lost" or "quota"
    number: int | None = None  # member number, candidates only


def _f(value: str | None) -> Fraction | None:
    return None if value is None else Fraction(value)


def result_from_json(data: Mapping[str, Any], numbers: Sequence[int]) -> counting.Result:
    """The stored form back into a :class:`counting.Result` (candidate indexes on the paper,
    ``numbers`` being the members in ballot-paper order)."""
    index = {n: i for i, n in enumerate(numbers)}

    def idx(members: Sequence[int]) -> tuple[int, ...]:
        return tuple(index[n] for n in members)

    rounds = tuple(counting.Round(
        int(r["number"]),
        tuple(counting.Event(ev["action"], idx(ev["candidates"]), ev["reason"],
                             idx(ev.get("tied") or ()), ev.get("decided_at"), ev.get("lot"))
              for ev in r["events"]),
        tuple(Fraction(v) for v in r["votes"]), tuple(Fraction(v) for v in r["transfers"]),
        Fraction(r["exhausted"]), Fraction(r["lost"]), _f(r.get("transfer_value")))
        for r in data.get("rounds", ()))
    lot = data.get("needs_lot")
    needed = None if not lot else counting.LotNeeded(int(lot["round"]), lot["purpose"],
                                                      idx(lot["candidates"]), int(lot["lot"]))
    return counting.Result(data["method"], int(data["seats"]), idx(data.get("elected", ())),
                           idx(data.get("excluded", ())), rounds,
                           Fraction(data.get("valid") or 0), int(data.get("blank") or 0),
                           _f(data.get("quota")), needed, int(data.get("lots_used") or 0))


class CountPresenter:
    """The count of one election as the window shows it. ``result`` is None before a count."""

    def __init__(self, info: ElectionInfo, result: counting.Result | None,
                 mismatch: str | None = None) -> None:
        self.info = info
        self.result = result
        self.mismatch = mismatch
        self.places = 2 if info.method == counting.STV else 0
        self.names = tuple(c.name for c in info.candidates)
        self.election = Election(info.title, self.names, info.seats,
                                 frozenset(c.place - 1 for c in info.candidates if c.withdrawn))

    @classmethod
    def load(cls, uow: UnitOfWork, election_id: int) -> CountPresenter:
        """From the file: the election, its stored count (if any) and the mismatch."""
        info = elections.election_info(uow, election_id)
        data = stored_result(uow, election_id)
        numbers = [c.number for c in info.candidates]
        result = None if data is None else result_from_json(data, numbers)
        return cls(info, result, mismatch_of(info))

    @classmethod
    def from_outcome(cls, info: ElectionInfo, outcome: elections.Outcome) -> CountPresenter:
        return cls(info, outcome.result, outcome.mismatch)

    # -- text ----------------------------------------------------------------------------------

    def votes(self, value: Fraction) -> str:
        """Votes as the table writes them: whole votes as they are; in STV, two decimals
        (truncated, never rounded up)."""
        text = votes_text(value, self.places)
        if self.places and "." not in text:
            text += "." + "0" * self.places
        return text

    def _names(self, candidates: Sequence[int]) -> str:
        return ", ".join(self.names[c] for c in candidates)

    @property
    def counted(self) -> bool:
        return self.result is not None

    @property
    def complete(self) -> bool:
        return self.result is not None and self.result.needs_lot is None

    def summary(self) -> str:
        if self.result is None:
            return _("Not counted yet.")
        r = self.result
        text = _("Valid votes: {valid}. Blank ballots: {blank}.", valid=self.votes(r.valid),
                 blank=r.blank)
        if r.quota is not None:
            text += " " + _("Quota: {quota}.", quota=self.votes(r.quota))
        return text

    # -- the table -----------------------------------------------------------------------------

    def columns(self) -> list[str]:
        if self.result is None:
            return []
        return [_("Round {n}", n=r.number) for r in self.result.rounds]

    def rows(self) -> list[TableRow]:
        """Candidates in ballot-paper order, then the non-transferable votes (ranked methods),
        the votes lost to truncation (STV, when any) and the quota (STV)."""
        if self.result is None:
            return []
        rounds = self.result.rounds
        out: list[TableRow] = []
        for i, c in enumerate(self.info.candidates):
            cells = []
            for r in rounds:
                mark = ""
                for ev in r.events:
                    if i in ev.candidates and ev.action in ("elect", "exclude"):
                        mark = "elected" if ev.action == "elect" else "excluded"
                cells.append(Cell(self.votes(r.votes[i]) if i < len(r.votes) else "", mark))
            label = (_("{place}. {name}", place=c.place, name=c.name) if not c.withdrawn else
                     _("{place}. {name} (withdrawn)", place=c.place, name=c.name))
            out.append(TableRow(label, tuple(cells), "candidate", c.number))
        if self.info.method in RANKED:
            out.append(TableRow(_("Non-transferable"),
                                tuple(Cell(self.votes(r.exhausted)) for r in rounds),
                                "exhausted"))
        if any(r.lost for r in rounds):
            out.append(TableRow(_("Lost to truncation"),  # to the count's own precision
                                tuple(Cell(votes_text(r.lost, 5)) for r in rounds), "lost"))
        quota = self.result.quota
        if quota is not None:
            out.append(TableRow(_("Quota"), tuple(Cell(self.votes(quota)) for _r in rounds),
                                "quota"))
        return out

    # -- what happened, in words ---------------------------------------------------------------

    def _tie(self, ev: counting.Event) -> str:
        others = self._names([c for c in ev.tied if c not in ev.candidates])
        if ev.reason == "tie_earlier_stage":
            return " " + _("Tied with {others}: decided by the votes at round {round}.",
                           others=others, round=ev.decided_at)
        if ev.reason == "tie_lot":
            return " " + _("Tied with {others}: decided by lot {n}.", others=others,
                           n=(ev.lot or 0) + 1)
        return ""

    def _event(self, r: counting.Round, ev: counting.Event, total: Fraction) -> list[str]:
        n, res = r.number, self.result
        assert res is not None
        if ev.action == "count":
            return [_("Round {round}: first count of {valid} valid votes.", round=n,
                      valid=self.votes(res.valid))]
        if ev.action == "surplus":
            c = ev.candidates[0]
            surplus = -r.transfers[c] if c < len(r.transfers) else Fraction(0)
            value = votes_text(r.transfer_value, 5) if r.transfer_value is not None else "-"
            return [_("Round {round}: the surplus of {name} ({surplus} votes) passes to the "
                      "next choices, at {value} of a vote per paper.", round=n,
                      name=self.names[c], surplus=self.votes(surplus), value=value)
                    + self._tie(ev)]
        if ev.action == "exclude":
            c = ev.candidates[0]
            if ev.reason == "tie_no_votes":
                return [_("Round {round}: {name} is excluded with no votes (candidates with no "
                          "votes go in ballot-paper order).", round=n, name=self.names[c])]
            before = r.votes[c] - r.transfers[c] if c < len(r.votes) else Fraction(0)
            return [_("Round {round}: {name} is excluded with the fewest votes ({votes}); "
                      "their ballots pass to the next choices.", round=n, name=self.names[c],
                      votes=self.votes(before)) + self._tie(ev)]
        lines = []
        for c in ev.candidates:
            votes = self.votes(r.votes[c])
            if ev.reason == "quota" and res.quota is not None:
                lines.append(_("Round {round}: {name} elected with {votes} votes (quota "
                               "{quota}).", round=n, name=self.names[c], votes=votes,
                               quota=self.votes(res.quota)))
            elif ev.reason == "majority":
                lines.append(_("Round {round}: {name} elected with {votes} of {total} votes, "
                               "more than half.", round=n, name=self.names[c], votes=votes,
                               total=self.votes(total)))
            elif ev.reason == "last_standing":
                lines.append(_("Round {round}: {name} elected, the last candidate standing.",
                               round=n, name=self.names[c]))
            elif ev.reason == "remaining":
                lines.append(_("Round {round}: {name} elected with {votes} votes: as many "
                               "candidates left as seats.", round=n, name=self.names[c],
                               votes=votes))
            else:
                lines.append(_("Round {round}: {name} elected with {votes} votes.", round=n,
                               name=self.names[c], votes=votes) + self._tie(ev))
        return lines

    def narrative(self) -> list[str]:
        if self.result is None:
            return []
        out: list[str] = []
        for r in self.result.rounds:
            total = sum((r.votes[c] for c in range(len(r.votes))
                         if c not in self.election.withdrawn), Fraction(0))
            for ev in r.events:
                out += self._event(r, ev, total)
        return out

    # -- who, and what is left to do -----------------------------------------------------------

    def elected(self) -> list[CandidateInfo]:
        if self.result is None:
            return []
        return [self.info.candidates[c] for c in self.result.elected]

    def elected_text(self) -> str:
        people = self.elected()
        if not people:
            return _("No one is elected yet.")
        return _("Elected, in order: {names}",
                 names=", ".join(f"{i}. {c.name}" for i, c in enumerate(people, 1)))

    @property
    def needs_lot(self) -> bool:
        return self.result is not None and self.result.needs_lot is not None

    def lot_text(self) -> str | None:
        if self.result is None or self.result.needs_lot is None:
            return None
        return counting.describe_lot(self.result.needs_lot, self.election)

    def lot_candidates(self) -> list[CandidateInfo]:
        if self.result is None or self.result.needs_lot is None:
            return []
        return [self.info.candidates[c] for c in self.result.needs_lot.candidates]

    def chart(self) -> tuple[list[str], list[int | Decimal]]:
        """The last round's votes per standing candidate (labels, values)."""
        if self.result is None or not self.result.rounds:
            return [], []
        last = self.result.rounds[-1]
        labels: list[str] = []
        values: list[int | Decimal] = []
        for i, c in enumerate(self.info.candidates):
            if c.withdrawn:
                continue
            v = last.votes[i]
            labels.append(c.name)
            if v.denominator == 1:
                values.append(int(v))
            else:
                exact = Decimal(v.numerator) / Decimal(v.denominator)
                values.append(exact.quantize(Decimal("0.01"), rounding=ROUND_DOWN))
        return labels, values

    def chart_title(self) -> str:
        if self.result is None or not self.result.rounds:
            return ""
        return _("Votes in round {n}", n=self.result.rounds[-1].number)


# --- the booth -------------------------------------------------------------------------------

class BoothState(StrEnum):
    LOCKED = "locked"   # waiting for a teller
    READY = "ready"     # a voter is choosing
    REVIEW = "review"   # the voter checks the ballot before casting it


class BoothPresenter:
    """One election's booth. Choices are candidate places on the paper (from 1)."""

    def __init__(self, uow: UnitOfWork, election_id: int) -> None:
        self.uow = uow
        self.election_id = election_id
        self.state = BoothState.LOCKED
        self._choices: list[int] = []
        self._blank = False
        self.info = elections.election_info(uow, election_id)

    # -- the election --------------------------------------------------------------------------

    def reload(self) -> None:
        self.info = elections.election_info(self.uow, self.election_id)

    @property
    def method(self) -> str:
        return self.info.method

    @property
    def ranked(self) -> bool:
        return self.info.method in RANKED

    def candidates(self) -> list[CandidateInfo]:
        """Those on the paper who have not withdrawn, in ballot-paper order."""
        return [c for c in self.info.candidates if not c.withdrawn]

    @property
    def limit(self) -> int:
        """The most candidates a ballot may mark."""
        standing = len(self.candidates())
        if self.method == counting.PLURALITY:
            return 1
        if self.method == counting.BLOCK:
            return min(self.info.seats, standing)
        return standing

    def instructions(self) -> str:
        if self.method == counting.PLURALITY:
            return _("Touch the one candidate you choose.")
        if self.method == counting.BLOCK:
            return _("Touch up to {n} candidates you choose.", n=self.limit)
        if self.method == counting.APPROVAL:
            return _("Touch every candidate you accept.")
        return _("Touch the candidates in the order you prefer them: first your first choice, "
                 "then your second, and so on. You may stop at any time.")

    @property
    def outstanding(self) -> int:
        """Voters checked off the roll who have not yet voted."""
        return self.info.outstanding

    # -- the teller ----------------------------------------------------------------------------

    def can_release(self) -> bool:
        return (self.state is BoothState.LOCKED and self.info.status == elections.OPEN
                and self.outstanding > 0)

    def release(self) -> None:
        """Let the next voter in: only when a voter has been checked off and not yet voted."""
        self.reload()
        if self.state is not BoothState.LOCKED:
            raise ValidationError(_("A voter is already in the booth."), "booth")
        if self.info.status != elections.OPEN:
            raise ValidationError(_("The poll is not open."), "status")
        if self.outstanding < 1:
            raise ValidationError(_("No voter is checked off and waiting to vote: check the "
                                    "next voter off the roll first."), "roll")
        self._reset()
        self.state = BoothState.READY

    def lock(self) -> None:
        """The teller takes the booth back without a ballot (the voter left): the choices are
        forgotten and the voter stays checked off, waiting."""
        self._reset()
        self.state = BoothState.LOCKED

    # -- the voter -----------------------------------------------------------------------------

    @property
    def choices(self) -> tuple[int, ...]:
        return tuple(self._choices)

    @property
    def blank(self) -> bool:
        return self._blank

    def choice_number(self, place: int) -> int | None:
        """1 for the first choice, 2 for the second... None when not chosen."""
        return self._choices.index(place) + 1 if place in self._choices else None

    def _ready(self) -> None:
        if self.state is not BoothState.READY:
            raise ValidationError(_("The booth is not open for a voter."), "booth")

    def _standing(self, place: int) -> None:
        if place not in {c.place for c in self.candidates()}:
            raise ValidationError(_("There is no candidate {place} on this ballot.",
                                    place=place), "choices")

    def toggle(self, place: int) -> None:
        """Mark or unmark a candidate. For plurality the new mark replaces the old one; for a
        ranked ballot, unmarking moves the later choices up."""
        self._ready()
        self._standing(place)
        self._blank = False
        if place in self._choices:
            self._choices.remove(place)
            return
        if self.method == counting.PLURALITY:
            self._choices = [place]
            return
        if len(self._choices) >= self.limit:
            raise ValidationError(_("You may choose at most {n} candidates. Touch a chosen "
                                    "candidate to take the mark away.", n=self.limit),
                                  "choices")
        self._choices.append(place)

    def rank(self, place: int) -> None:
        """The next preference (ranked ballots)."""
        self._ready()
        if not self.ranked:
            raise ValidationError(_("This ballot is not ranked: mark the candidates instead."),
                                  "choices")
        self._standing(place)
        if place in self._choices:
            raise ValidationError(_("This candidate is already your choice {n}.",
                                    n=self._choices.index(place) + 1), "choices")
        self._blank = False
        self._choices.append(place)

    def undo(self) -> None:
        """Take back the last mark."""
        self._ready()
        if self._choices:
            self._choices.pop()
        self._blank = False

    def clear(self) -> None:
        self._ready()
        self._choices.clear()
        self._blank = False

    def choose_blank(self) -> None:
        """The voter chooses to cast a blank ballot: the marks are cleared, and the review
        asks them to confirm."""
        self._ready()
        self._choices.clear()
        self._blank = True
        self.state = BoothState.REVIEW

    def review(self) -> None:
        self._ready()
        if not self._choices and not self._blank:
            raise ValidationError(_("Choose a candidate first - or choose a blank ballot."),
                                  "choices")
        self.state = BoothState.REVIEW

    def review_lines(self) -> list[str]:
        if self._blank:
            return [_("A blank ballot: no candidate chosen.")]
        names = {c.place: c.name for c in self.info.candidates}
        if self.ranked:
            return [_("Choice {n}: {name}", n=i, name=names[p])
                    for i, p in enumerate(self._choices, 1)]
        return [names[p] for p in self._choices]

    def cancel(self) -> None:
        """Back from the review to change the ballot (a blank choice is taken back)."""
        if self.state is not BoothState.REVIEW:
            raise ValidationError(_("There is nothing to go back from."), "booth")
        self._blank = False
        self.state = BoothState.READY

    def confirm(self) -> None:
        """Cast the ballot and lock the booth for the next voter."""
        if self.state is not BoothState.REVIEW:
            raise ValidationError(_("Review the ballot before casting it."), "booth")
        if not self._choices and not self._blank:
            raise ValidationError(_("Choose a candidate first - or choose a blank ballot."),
                                  "choices")
        elections.cast(self.uow, self.election_id, list(self._choices))
        self._reset()
        self.state = BoothState.LOCKED
        self.reload()

    def _reset(self) -> None:
        self._choices = []
        self._blank = False
