"""An election's papers: the results sheet for the minutes, and numbered paper ballots to print.

Built as :class:`~coopdesk.reports.document.Document` data (PDF or Excel by the renderers). The
results sheet reads the count as it was stored when the election was counted (the same count
``coopdesk verify`` seals), never a count made again.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import select

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import N_, _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import counting, elections
from coopdesk.governance.counting import Event, LotNeeded, Result, Round, votes_text
from coopdesk.governance.elections import ElectionInfo
from coopdesk.governance.models import ElectionRow
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import (
    Cell,
    Chart,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    PageBreak,
    Paragraph,
    Signatures,
    Table,
)

METHOD_LABELS = {
    counting.PLURALITY: N_("Plurality: the candidates with the most votes are elected"),
    counting.BLOCK: N_("Block vote: a vote for each seat, the most votes are elected"),
    counting.APPROVAL: N_("Approval vote: a vote for every candidate approved of"),
    counting.IRV: N_("Instant-runoff vote: candidates ranked, a majority elects"),
    counting.STV: N_("Single transferable vote (Scottish rules): candidates ranked, a quota "
                     "elects"),
}
ENTRY_LABELS = {elections.BOOTH: N_("Cast in the booth, on the laptop"),
                elections.PAPER: N_("On paper, entered by the tellers")}
PURPOSE_LABELS = {"exclude": N_("to exclude"), "surplus": N_("whose surplus goes first"),
                  "elect": N_("to elect")}
ACTION_LABELS = {"count": N_("First count"), "surplus": N_("Surplus of {who} transferred"),
                 "exclude": N_("{who} excluded"), "elect": N_("{who} elected")}
REASON_LABELS = {"quota": N_("reached the quota"), "lowest": N_("fewest votes"),
                 "largest_surplus": N_("largest surplus"),
                 "majority": N_("more than half the votes"),
                 "remaining": N_("as many candidates left as seats"),
                 "last_standing": N_("last candidate standing"),
                 "most_votes": N_("most votes"),
                 "tie_earlier_stage": N_("tied with {tied}; decided by the votes at round "
                                         "{round}"),
                 "tie_lot": N_("tied with {tied}; decided by lot {lot}"),
                 "tie_no_votes": N_("no votes, like {tied}: excluded in ballot-paper order")}
ROUNDS_PORTRAIT = 6    # more rounds than this: the results sheet is printed landscape
ROUNDS_PER_TABLE = 12  # and a longer count is split into tables of this many rounds
MAX_PAPERS = 2000


@dataclass(frozen=True)
class DrawnLot:
    number: int        # the count's first lot is 1
    purpose: str       # exclude, surplus, elect
    member: int        # the candidate the lot chose (member number)
    name: str
    drawn_by: str
    entered_by: str


@dataclass(frozen=True)
class StoredCount:
    """The count as stored; ``result`` counts candidates by their index on the ballot paper
    (``info.candidates``), as :mod:`~coopdesk.governance.counting` does."""

    info: ElectionInfo
    result: Result
    lots: tuple[DrawnLot, ...]
    counted_at: dt.datetime | None

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.info.candidates]

    @property
    def places(self) -> int:
        """Decimal places of the votes: Scottish STV counts to five."""
        return 5 if self.result.method == counting.STV else 0


def _fraction(text: str | None) -> Fraction | None:
    return None if text is None else Fraction(text)


def _parse(data: dict[str, Any]) -> Result:
    numbers: list[int] = data["candidates"]

    def idx(members: Sequence[int]) -> tuple[int, ...]:
        return tuple(numbers.index(n) for n in members)

    rounds = tuple(Round(
        rd["number"],
        tuple(Event(ev["action"], idx(ev["candidates"]), ev["reason"], idx(ev["tied"]),
                    ev["decided_at"], ev["lot"]) for ev in rd["events"]),
        tuple(Fraction(v) for v in rd["votes"]), tuple(Fraction(v) for v in rd["transfers"]),
        Fraction(rd["exhausted"]), Fraction(rd["lost"]), _fraction(rd["transfer_value"]))
        for rd in data["rounds"])
    lot = data.get("needs_lot")
    needed = None if not lot else LotNeeded(lot["round"], lot["purpose"],
                                            idx(lot["candidates"]), lot["lot"])
    return Result(data["method"], data["seats"], idx(data["elected"]), idx(data["excluded"]),
                  rounds, Fraction(data["valid"]), data["blank"], _fraction(data["quota"]),
                  needed, data["lots_used"])


def stored_count(uow: UnitOfWork, election_id: int) -> StoredCount | None:
    """The election's last count (None before it was first counted; a count that stopped for
    a lot has ``result.needs_lot``)."""
    info = elections.election_info(uow, election_id)
    with uow.read() as s:
        row = s.execute(select(ElectionRow.result, ElectionRow.lots, ElectionRow.counted_at)
                        .where(ElectionRow.id == election_id)).one()
    if not row.result:
        return None
    result = _parse(json.loads(row.result))
    names = {c.number: c.name for c in info.candidates}
    lots = tuple(DrawnLot(n, lot["purpose"], lot["candidate"], names.get(lot["candidate"], ""),
                          lot["drawn_by"], lot["entered_by"])
                 for n, lot in enumerate(json.loads(row.lots or "[]"), start=1))
    return StoredCount(info, result, lots, row.counted_at)


def event_text(ev: Event, names: Sequence[str], transfer_value: Fraction | None = None) -> str:
    """What happened, and why, in words: "Rosa Quispe elected (reached the quota)"."""
    who = ", ".join(names[c] for c in ev.candidates)
    what = _(ACTION_LABELS.get(ev.action, ev.action), who=who)
    if ev.action == "surplus" and transfer_value is not None:
        what += " " + _("(each paper at {value} of a vote)",
                        value=votes_text(transfer_value, 5))
    if ev.action == "count":
        return what
    tied = ", ".join(names[c] for c in ev.tied if c not in ev.candidates)
    why = REASON_LABELS.get(ev.reason)
    if why is None:
        return what
    return _("{what} ({why})", what=what, why=_(why, tied=tied, round=ev.decided_at,
                                                 lot=(ev.lot or 0) + 1))


def _outcomes(result: Result) -> dict[int, str]:
    out: dict[int, str] = {}
    for rd in result.rounds:
        for ev in rd.events:
            for c in ev.candidates:
                if ev.action == "elect":
                    out[c] = _("elected, round {round}", round=rd.number)
                elif ev.action == "exclude":
                    out[c] = _("excluded, round {round}", round=rd.number)
    return out


def _round_tables(sc: StoredCount) -> list[Table]:
    result, names, places = sc.result, sc.names, sc.places
    withdrawn = {c.place - 1 for c in sc.info.candidates if c.withdrawn}
    outcome = _outcomes(result)
    rounds = list(result.rounds)
    tables: list[Table] = []
    chunks = [rounds[i:i + ROUNDS_PER_TABLE] for i in range(0, len(rounds), ROUNDS_PER_TABLE)]
    for chunk in chunks:
        if len(rounds) == 1:
            heads = [_("Votes")]
            title = _("The count")
        else:
            heads = [_("Round {n}", n=rd.number) for rd in chunk]
            title = (_("Votes round by round") if len(chunks) == 1 else
                     _("Votes, rounds {first} to {last}", first=chunk[0].number,
                       last=chunk[-1].number))
        cols = [Column(_("Candidate"), Kind.TEXT, 3.0),
                *(Column(h, Kind.DECIMAL, 1.1 if places else 0.8) for h in heads),
                Column(_("Result"), Kind.TEXT, 1.8)]
        rows: list[list[Cell]] = []
        for c, name in enumerate(names):
            if c in withdrawn:
                rows.append([_("{name} (withdrawn)", name=name), *("" for _rd in chunk),
                             _("withdrawn")])
                continue
            rows.append([name, *(votes_text(rd.votes[c], places) for rd in chunk),
                         outcome.get(c, "")])
        if result.method in (counting.IRV, counting.STV):
            rows.append([_("Non-transferable"),
                         *(votes_text(rd.exhausted, places) for rd in chunk), ""])
        if any(rd.lost for rd in rounds):
            rows.append([_("Lost to rounding down"),
                         *(votes_text(rd.lost, places) for rd in chunk), ""])
        if any(rd.transfer_value is not None for rd in rounds):
            rows.append([_("Transfer value of a paper"),
                         *("" if rd.transfer_value is None else
                           votes_text(rd.transfer_value, places) for rd in chunk), ""])
        tables.append(Table(cols, rows, title=title, sheet=_("Rounds")))
    return tables


def _chart(sc: StoredCount) -> Chart:
    last = sc.result.rounds[-1]
    out = set(sc.result.excluded)  # their papers went on: the chart shows who was left
    standing = [c for c in range(len(sc.names))
                if not sc.info.candidates[c].withdrawn and c not in out]
    values: list[int | Decimal] = []
    for c in standing:
        v = last.votes[c]
        values.append(v.numerator if v.denominator == 1 else
                      Decimal(votes_text(v, sc.places or 5)))
    title = (_("Votes") if len(sc.result.rounds) == 1 else
             _("Votes in the last round (round {n})", n=last.number))
    return Chart(title, [sc.names[c] for c in standing], values)


def results_document(uow: UnitOfWork, election_id: int) -> Document:
    """The results sheet of a counted election, for the minutes."""
    sc = stored_count(uow, election_id)
    info = elections.election_info(uow, election_id)
    if info.status != elections.COUNTED or sc is None or sc.result.needs_lot is not None:
        raise ValidationError(_("Election '{title}' is not counted yet (it is at the stage "
                                "'{status}'): count it first.", title=info.title,
                                status=_(elections.STATUS_LABELS_ELECTION[info.status])),
                              "status")
    coop = uow.coop()
    fmt = CellFormatter(language(), coop.currency)
    result, names, places = sc.result, sc.names, sc.places
    when = fmt.datetime(sc.counted_at) if sc.counted_at else ""
    doc = Document(title=_("Election results"), cooperative=coop.name, currency=coop.currency,
                   subtitle=_("{title}, counted {when}", title=info.title, when=when),
                   landscape=len(result.rounds) > ROUNDS_PORTRAIT)
    facts = [(_("Election"), info.title)]
    if info.position:
        facts.append((_("Position"), info.position))
    facts += [(_("Method"), _(METHOD_LABELS.get(info.method, info.method))),
              (_("Seats"), str(info.seats)),
              (_("Ballots"), _(ENTRY_LABELS.get(info.entry, info.entry))),
              (_("Voters checked off the roll"), str(info.checked_off)),
              (_("Ballot papers"), str(info.ballots)),
              (_("Blank papers"), str(result.blank)),
              (_("Valid votes"), votes_text(result.valid, places))]
    if result.quota is not None:
        facts.append((_("Quota"), votes_text(result.quota, places)))
    if info.checked_off != info.ballots:
        facts.append((_("Ballots and the roll"), _(
            "{ballots} ballots for {checked} voters checked off the roll.",
            ballots=info.ballots, checked=info.checked_off)))
    else:
        facts.append((_("Ballots and the roll"), _("As many ballots as voters checked off.")))
    doc.add(KeyValues(facts))

    elected_at = {c: rd.number for rd in result.rounds for ev in rd.events
                  if ev.action == "elect" for c in ev.candidates}
    doc.add(Heading(_("Elected, in order of election"), 2))
    if result.elected:
        doc.add(Table([Column(_("No."), Kind.INT, 0.5), Column(_("Member"), Kind.INT, 0.8),
                       Column(_("Name"), Kind.TEXT, 3.5), Column(_("Round"), Kind.INT, 0.8)],
                      [[n, info.candidates[c].number, names[c], elected_at.get(c)]
                       for n, c in enumerate(result.elected, start=1)]))
    else:
        doc.add(Paragraph(_("No one was elected.")))

    doc.add(Heading(_("The count"), 2))
    doc.add(*_round_tables(sc))
    doc.add(Table([Column(_("Round"), Kind.INT, 0.6), Column(_("What happened"), Kind.TEXT, 7)],
                  [[rd.number, event_text(ev, names, rd.transfer_value)]
                   for rd in result.rounds for ev in rd.events],
                  title=_("What happened in each round"), sheet=_("Rounds")))
    if sc.lots:
        doc.add(Table([Column(_("Lot"), Kind.INT, 0.5), Column(_("To choose"), Kind.TEXT, 1.6),
                       Column(_("The lot chose"), Kind.TEXT, 2.0),
                       Column(_("Drawn by"), Kind.TEXT, 2.2),
                       Column(_("Entered by"), Kind.TEXT, 1.0)],
                      [[lot.number, _(PURPOSE_LABELS.get(lot.purpose, lot.purpose)),
                        _("{name} (member {number})", name=lot.name, number=lot.member),
                        lot.drawn_by, lot.entered_by] for lot in sc.lots],
                      title=_("Lots drawn")))
    doc.add(_chart(sc))
    doc.add(PageBreak(unless_room_mm=60))
    doc.add(Paragraph(_("Signed by the tellers, the president and the secretary of the "
                        "meeting.")),
            Signatures([_("Teller"), _("Teller"), _("President"), _("Secretary")]))
    return doc


# --- paper ballots ------------------------------------------------------------------------

def _instructions(info: ElectionInfo) -> list[str]:
    if info.method == counting.PLURALITY:
        how = (_("Mark ONE candidate with a cross (X).") if info.seats == 1 else
               _("Mark ONE candidate with a cross (X); the {seats} candidates with the most "
                 "votes are elected.", seats=info.seats))
    elif info.method == counting.BLOCK:
        how = _("Mark up to {seats} candidates with a cross (X), one cross for each.",
                seats=info.seats)
    elif info.method == counting.APPROVAL:
        how = _("Mark with a cross (X) every candidate you approve of; as many as you wish.")
    else:
        how = _("Number the candidates in order of preference: 1 for your first choice, 2 for "
                "your second, 3 for your third, and so on. Number as many as you wish.")
    return [how, _("Do not write your name on this paper. Fold it and put it in the ballot "
                   "box.")]


def _paper_mm(texts: Sequence[str], candidates: int, row_h: float) -> float:
    """The height of one paper in mm, a little over what the PDF renderer draws: a heading,
    paragraphs (a line holds some 90 characters), the table's header and tall rows, the cut
    line. A page break comes before a paper that would not fit whole."""
    points = 26.0 + 25.0 + 18.3  # heading, table header and the space after it, cut line
    points += sum(math.ceil(len(t) / 88) * 13.3 + 5 for t in texts)
    points += candidates * row_h
    return points / 72 * 25.4 + 3


def ballot_papers_document(uow: UnitOfWork, election_id: int, papers: int) -> Document:
    """``papers`` numbered ballot papers to print, several to an A4 page where they fit."""
    if not 1 <= papers <= MAX_PAPERS:
        raise ValidationError(_("Print between 1 and {most} ballot papers at a time, not "
                                "{papers}.", most=MAX_PAPERS, papers=papers), "papers")
    info = elections.election_info(uow, election_id)
    standing = [c for c in info.candidates if not c.withdrawn]
    if info.status == elections.DRAFT or not standing:
        raise ValidationError(_("Election '{title}' has no candidates yet: nominate them "
                                "before printing the ballot papers.", title=info.title),
                              "candidates")
    coop = uow.coop()
    ranked = info.method in (counting.IRV, counting.STV)
    mark = _("Your preference (1, 2, 3...)") if ranked else _("Your mark (X)")
    seats = (_("{seats} seats to fill.", seats=info.seats) if info.seats > 1 else
             _("One seat to fill."))
    heading = info.title if not info.position else _("{title} — {position}", title=info.title,
                                                      position=info.position)
    instructions = _instructions(info)
    row_h = 22.0 if len(standing) <= 15 else 17.0  # a long paper still fits a page
    first_line = _("{cooperative} — Ballot paper No. {number}", cooperative=coop.name,
                   number="0000")
    texts = [first_line, seats + " " + instructions[0], instructions[1]]
    paper_mm = _paper_mm(texts, len(standing), row_h)
    doc = Document(title=_("Ballot papers"), cooperative=coop.name, currency=coop.currency,
                   subtitle=_("{title}: {papers} numbered papers", title=info.title,
                              papers=papers))
    cut = "✂ " + "- " * 70
    for n in range(1, papers + 1):
        if n > 1:
            doc.add(PageBreak(unless_room_mm=paper_mm))
        doc.add(Heading(heading, 2),
                Paragraph(_("{cooperative} — Ballot paper No. {number}",
                            cooperative=coop.name, number=f"{n:04d}")),
                Paragraph(texts[1]),
                Paragraph(texts[2]),
                Table([Column(_("No."), Kind.INT, 0.5), Column(_("Candidate"), Kind.TEXT, 4.0),
                       Column(mark, Kind.TEXT, 1.6)],
                      [[c.place, c.name, None] for c in standing], row_height=row_h))
        if n < papers:
            doc.add(Paragraph(cut))
    return doc
