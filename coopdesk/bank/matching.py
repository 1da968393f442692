"""Matching a bank statement to the books: plain data in, plain data out (no Qt, no database).

``match(bank_lines, book_lines)`` pairs each statement line with the book line(s) it settles.

Candidates
    Only lines of exactly the same amount are ever paired one to one. Book lines are indexed by
    their amount in minor units (cents), each bucket sorted by date, so a statement line finds
    its candidates with one dictionary look-up and a bisection on the date window
    (``window_days`` either side): the work grows with the number of candidates, never with
    bank lines x book lines.

    A statement line left without a sure one-to-one partner may be a deposit of several
    receipts: a subset of 2..``max_group`` still free book lines of the same sign inside the
    window whose amounts sum exactly to it (a depth-first subset sum over at most ``POOL``
    nearest lines, amounts sorted so a branch is cut as soon as it overshoots, and at most
    ``NODE_BUDGET`` nodes). The reverse (one book entry paid by several bank movements) is
    searched the same way from a book line left without a sure partner. Every exact subset
    found (up to ``MAX_SOLUTIONS``) becomes a candidate; two of them for one line make each
    other ambiguous (below).

Score, capped at 1 (weights in ``W``)
    amount  0.40  every candidate has the exact amount; this is the floor of the evidence.
    date    0.15  x (1 - days apart / (window + 1)); a group averages its lines.
    number  0.35  a cheque or reference number of the entry (its reference, the digit runs of
                  its text, its member number) found among the digit runs of the bank text and
                  reference; a garbled number (rapidfuzz ratio >= 75 on runs of 4+ digits)
                  counts for its ratio x 0.7.
    text    0.35  the best of rapidfuzz ``token_set_ratio`` of the bank text (lower case, no
                  accents) to the entry's text and to the member's name, and the share of the
                  member's name the text carries (initials count half: "OSPINA E M").
    unique  0.25  the amount has a single candidate in the window from both sides (half from
                  one side): an exact amount nobody else shares is strong evidence;
    rare    0.10  more so when the whole book has that amount at most three times.
    A group scores amount, date, number and text averaged over its pairs, plus 0.35 when it is
    the only exact subset found by a complete search, less 0.02 per line beyond two.

Assignment
    All candidates are taken greedily by score (ties: the smaller date distance, then the
    smaller ids, so the result is deterministic). A candidate is taken only if none of its
    lines is used already, so no line is used twice. It is *automatic* when its score is at
    least ``auto`` and no other candidate still open on any of its lines scores within
    ``MARGIN`` of it; otherwise it is *suggested* when at least ``suggest``. Greedy is enough
    here because an automatic match has, by that margin, no competitor that an optimal
    assignment could prefer; whatever is contested is only suggested, and the treasurer
    decides. Statement lines left over are proposed as new entries (charges, interest...).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from rapidfuzz import fuzz

__all__ = ["BankLine", "BookLine", "Match", "Result", "match", "normalise"]

W = {"amount": 0.40, "date": 0.15, "number": 0.35, "text": 0.35, "unique": 0.25,
     "rare": 0.10, "group": 0.35}
MARGIN = 0.08  # an automatic match beats every open rival on its lines by at least this
GROUP_PENALTY = 0.02  # per line of a group beyond two
POOL = 40  # nearest free lines searched for a group
NODE_BUDGET = 5_000  # nodes of one subset-sum search
MAX_SOLUTIONS = 4  # exact subsets kept for one line
CLAIM = 0.85  # a line with a one-to-one candidate this good is not searched for in groups

Kind = Literal["auto", "suggested"]


@dataclass(frozen=True, slots=True)
class BankLine:
    id: int
    date: dt.date
    amount: Decimal  # + money into the account
    text: str
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class BookLine:
    id: int
    date: dt.date
    amount: Decimal  # + money into the account, as on the statement
    text: str
    reference: str | None = None
    member: int | None = None  # member number
    member_name: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    bank: tuple[int, ...]
    book: tuple[int, ...]
    score: float
    kind: Kind


@dataclass(frozen=True, slots=True)
class Result:
    matches: list[Match]
    new_entries: list[int]  # bank line ids matched to nothing: propose an entry
    unmatched_book: list[int]  # book line ids the statement does not show (yet)

    @property
    def auto(self) -> list[Match]:
        return [m for m in self.matches if m.kind == "auto"]

    @property
    def suggested(self) -> list[Match]:
        return [m for m in self.matches if m.kind == "suggested"]


_NON_WORD = re.compile(r"[^0-9a-z]+")
_DIGITS = re.compile(r"\d+")


def normalise(text: str) -> str:
    """Lower case, accents removed, anything but letters and digits made one space."""
    folded = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", plain).strip()


def _numbers(*texts: str | None) -> frozenset[str]:
    """Digit runs of 3+ digits, leading zeros dropped (cheque 000512 is 512)."""
    out: set[str] = set()
    for text in texts:
        if text:
            for run in _DIGITS.findall(text):
                if len(run) >= 3:
                    out.add(run.lstrip("0") or "0")
    return frozenset(out)


def _cents(amount: Decimal) -> int:
    return int(amount.scaleb(2).to_integral_value())


@dataclass(slots=True)
class _Bank:
    line: BankLine
    day: int
    cents: int
    text: str
    numbers: frozenset[str]


@dataclass(slots=True)
class _Book:
    line: BookLine
    day: int
    cents: int
    _text: str | None = None
    _name: str | None = None
    _numbers: frozenset[str] | None = None

    def prepared(self) -> tuple[str, str, frozenset[str]]:
        if self._text is None:
            ln = self.line
            self._text = normalise(ln.text)
            self._name = normalise(ln.member_name or "")
            member = ([str(ln.member), f"{ln.member:04d}"] if ln.member is not None else [])
            self._numbers = _numbers(ln.reference, ln.text) | frozenset(
                m.lstrip("0") or "0" for m in member)
        assert self._name is not None and self._numbers is not None
        return self._text, self._name, self._numbers


@dataclass(slots=True)
class _Edge:
    bank: tuple[int, ...]  # indexes into the prepared lists
    book: tuple[int, ...]
    score: float
    days: int  # total date distance, for ties


def _number_score(bank: frozenset[str], book: frozenset[str]) -> float:
    if not bank or not book:
        return 0.0
    if bank & book:
        return 1.0
    best = 0.0
    for b in bank:
        if len(b) < 4:
            continue
        for k in book:
            if len(k) >= 4:
                r = fuzz.ratio(b, k)
                if r >= 75:
                    best = max(best, r / 100 * 0.7)
    return best


def _text_score(bank: str, text: str, name: str) -> float:
    if not bank:
        return 0.0
    best = fuzz.token_set_ratio(bank, text) / 100 if text else 0.0
    if name:
        best = max(best, fuzz.token_set_ratio(bank, name) / 100, _name_score(bank, name))
    return best


def _name_score(bank: str, name: str) -> float:
    """How much of a member's name the bank text carries, initials counting half:
    'transf ospina e m' carries 'edilma mosquera ospina' at (1 + 0.5 + 0.5) / 3."""
    words = name.split()
    said = bank.split()
    full = [w for w in words if len(w) > 1 and w in said]
    if not full:
        return 0.0
    initials = {w for w in said if len(w) == 1}
    rest = [w for w in words if w not in full]
    half = sum(1 for w in rest if w[0] in initials)
    return min(1.0, (len(full) + 0.5 * half) / max(2, len(words)))


def _pair_evidence(b: _Bank, k: _Book, window: int) -> tuple[float, float, float]:
    """(date, number, text) evidence of one bank line and one book line, each in [0, 1]."""
    text, name, numbers = k.prepared()
    date = 1 - abs(b.day - k.day) / (window + 1)
    return date, _number_score(b.numbers, numbers), _text_score(b.text, text, name)


def _subsets(target: int, pool: Sequence[tuple[int, int]], max_group: int) -> tuple[
        list[tuple[int, ...]], bool]:
    """Subsets of 2..max_group items of ``pool`` ((positive amount, index)) summing to
    ``target``; and whether the search was complete (within budget and solution cap)."""
    items = sorted(pool)
    amounts = [a for a, _ in items]
    count = len(items)
    found: list[tuple[int, ...]] = []
    nodes = 0
    complete = True

    def dfs(start: int, left: int, chosen: list[int]) -> None:
        nonlocal nodes, complete
        deeper = len(chosen) + 1 < max_group
        for i in range(start, count):
            a = amounts[i]
            if a > left:
                return  # sorted: every later one overshoots too
            nodes += 1
            if nodes > NODE_BUDGET:
                complete = False
                return
            if a == left:
                if chosen:
                    found.append((*chosen, items[i][1]))
                    if len(found) > MAX_SOLUTIONS:
                        complete = False
                        return
                continue
            if deeper and a * 2 <= left:  # the rest (larger) must still fit
                chosen.append(items[i][1])
                dfs(i + 1, left - a, chosen)
                chosen.pop()
                if not complete:
                    return

    dfs(0, target, [])
    return found[:MAX_SOLUTIONS], complete


def match(bank_lines: Iterable[BankLine], book_lines: Iterable[BookLine], *,
          window_days: int = 7, auto: float = 0.85, suggest: float = 0.55,
          max_group: int = 4) -> Result:
    """Match statement lines to book lines; see the module's docstring for how."""
    banks = [_Bank(b, b.date.toordinal(), _cents(b.amount), normalise(b.text),
                   _numbers(b.text, b.reference))
             for b in sorted(bank_lines, key=lambda x: (x.date, x.id))]
    books = [_Book(k, k.date.toordinal(), _cents(k.amount))
             for k in sorted(book_lines, key=lambda x: (x.date, x.id))]
    window = window_days

    # Book lines by amount, each bucket in date order (the lists are sorted by date already).
    by_amount: dict[int, list[int]] = defaultdict(list)
    for j, k in enumerate(books):
        by_amount[k.cents].append(j)
    days_of = {c: [books[j].day for j in js] for c, js in by_amount.items()}
    bank_by_amount: dict[int, list[int]] = defaultdict(list)
    for i, b in enumerate(banks):
        bank_by_amount[b.cents].append(i)
    bank_days_of = {c: [banks[i].day for i in ix] for c, ix in bank_by_amount.items()}

    def book_candidates(i: int) -> list[int]:
        b = banks[i]
        js = by_amount.get(b.cents)
        if not js:
            return []
        days = days_of[b.cents]
        return js[bisect_left(days, b.day - window):bisect_right(days, b.day + window)]

    def bank_count(j: int) -> int:
        k = books[j]
        days = bank_days_of.get(k.cents)
        if not days:
            return 0
        return bisect_right(days, k.day + window) - bisect_left(days, k.day - window)

    # One to one.
    edges: list[_Edge] = []
    for i, b in enumerate(banks):
        cands = book_candidates(i)
        for j in cands:
            date, number, text = _pair_evidence(b, books[j], window)
            unique = (0.5 if len(cands) == 1 else 0.0) + (0.5 if bank_count(j) == 1 else 0.0)
            rare = unique == 1.0 and len(by_amount[b.cents]) <= 3
            score = (W["amount"] + W["date"] * date + W["number"] * number
                     + W["text"] * text + W["unique"] * unique + (W["rare"] if rare else 0.0))
            edges.append(_Edge((i,), (j,), min(score, 1.0), abs(b.day - books[j].day)))

    # Lines with a plausible one-to-one partner stay out of the group searches: a receipt that
    # went into a deposit does not show on the statement by its own amount.
    sure_bank: set[int] = set()
    sure_book: set[int] = set()
    for e in edges:
        if e.score >= CLAIM:
            sure_bank.update(e.bank)
            sure_book.update(e.book)

    # Groups: one bank line, several book lines (a deposit of receipts), and the reverse.
    pos_days = [k.day for k in books if k.cents > 0]
    pos_idx = [j for j, k in enumerate(books) if k.cents > 0]
    neg_days = [k.day for k in books if k.cents < 0]
    neg_idx = [j for j, k in enumerate(books) if k.cents < 0]
    bpos_days = [b.day for b in banks if b.cents > 0]
    bpos_idx = [i for i, b in enumerate(banks) if b.cents > 0]
    bneg_days = [b.day for b in banks if b.cents < 0]
    bneg_idx = [i for i, b in enumerate(banks) if b.cents < 0]

    def pool_of(day: int, cents: int, days: list[int], idx: list[int], taken: set[int],
                cents_of: Sequence[int], days_all: Sequence[int]) -> list[tuple[int, int]]:
        lo, hi = bisect_left(days, day - window), bisect_right(days, day + window)
        near = [x for x in idx[lo:hi]
                if x not in taken and abs(cents_of[x]) < abs(cents)]
        near.sort(key=lambda x: (abs(days_all[x] - day), x))
        return [(abs(cents_of[x]), x) for x in near[:POOL]]

    book_cents = [k.cents for k in books]
    book_days = [k.day for k in books]
    bank_cents = [b.cents for b in banks]
    bank_days = [b.day for b in banks]
    if max_group >= 2:
        for i, b in enumerate(banks):
            if i in sure_bank or b.cents == 0:
                continue
            days, idx = (pos_days, pos_idx) if b.cents > 0 else (neg_days, neg_idx)
            pool = pool_of(b.day, b.cents, days, idx, sure_book, book_cents, book_days)
            if len(pool) < 2:
                continue
            found, complete = _subsets(abs(b.cents), pool, max_group)
            for group in found:
                edges.append(_group_edge(
                    (i,), tuple(sorted(group)), banks, books, window,
                    complete and len(found) == 1))
        for j, k in enumerate(books):
            if j in sure_book or k.cents == 0:
                continue
            days, idx = (bpos_days, bpos_idx) if k.cents > 0 else (bneg_days, bneg_idx)
            pool = pool_of(k.day, k.cents, days, idx, sure_bank, bank_cents, bank_days)
            if len(pool) < 2:
                continue
            found, complete = _subsets(abs(k.cents), pool, max_group)
            for group in found:
                edges.append(_group_edge(
                    tuple(sorted(group)), (j,), banks, books, window,
                    complete and len(found) == 1))

    matches = _assign(edges, banks, books, auto, suggest)
    used_bank = {i for m in matches for i in m.bank}
    used_book = {j for m in matches for j in m.book}
    return Result(
        matches=[Match(tuple(banks[i].line.id for i in m.bank),
                       tuple(books[j].line.id for j in m.book), round(m.score, 4), m.kind)
                 for m in matches],
        new_entries=[b.line.id for i, b in enumerate(banks) if i not in used_bank],
        unmatched_book=[k.line.id for j, k in enumerate(books) if j not in used_book],
    )


def _group_edge(bank: tuple[int, ...], book: tuple[int, ...], banks: list[_Bank],
                books: list[_Book], window: int, unique: bool) -> _Edge:
    pairs = [(banks[i], books[j]) for i in bank for j in book]
    ev = [_pair_evidence(b, k, window) for b, k in pairs]
    n = len(ev)
    date = sum(e[0] for e in ev) / n
    number = sum(e[1] for e in ev) / n
    text = sum(e[2] for e in ev) / n
    size = len(bank) + len(book) - 1
    score = (W["amount"] + W["date"] * date + W["number"] * number + W["text"] * text
             + (W["group"] if unique else 0.0) - GROUP_PENALTY * (size - 2))
    days = sum(abs(b.day - k.day) for b, k in pairs)
    return _Edge(bank, book, max(0.0, min(score, 1.0)), days)


@dataclass(slots=True)
class _Taken:
    bank: tuple[int, ...]
    book: tuple[int, ...]
    score: float
    kind: Kind


def _assign(edges: list[_Edge], banks: list[_Bank], books: list[_Book], auto: float,
            suggest: float) -> list[_Taken]:
    def key(e: _Edge) -> tuple[float, int, int, tuple[int, ...], tuple[int, ...]]:
        ids_bank = tuple(banks[i].line.id for i in e.bank)
        ids_book = tuple(books[j].line.id for j in e.book)
        return (-e.score, e.days, len(e.bank) + len(e.book), ids_bank, ids_book)

    ordered = sorted((e for e in edges if e.score >= suggest), key=key)
    on_bank: dict[int, list[int]] = defaultdict(list)
    on_book: dict[int, list[int]] = defaultdict(list)
    for n, e in enumerate(ordered):
        for i in e.bank:
            on_bank[i].append(n)
        for j in e.book:
            on_book[j].append(n)
    used_bank: set[int] = set()
    used_book: set[int] = set()

    def open_edge(e: _Edge) -> bool:
        return not (used_bank.intersection(e.bank) or used_book.intersection(e.book))

    out: list[_Taken] = []
    for n, e in enumerate(ordered):
        if not open_edge(e):
            continue
        kind: Kind = "suggested"
        if e.score >= auto:
            rivals = {r for i in e.bank for r in on_bank[i]} | {
                r for j in e.book for r in on_book[j]}
            rivals.discard(n)
            if not any(ordered[r].score > e.score - MARGIN and open_edge(ordered[r])
                       for r in rivals):
                kind = "auto"
        used_bank.update(e.bank)
        used_book.update(e.book)
        out.append(_Taken(e.bank, e.book, e.score, kind))
    out.sort(key=lambda t: (min(banks[i].line.date for i in t.bank),
                            tuple(banks[i].line.id for i in t.bank)))
    return out
