"""Giving each line at most one partner: the greedy assignment by strength, automatic only
by ``MARGIN`` over every live rival, and between its passes the deposits and rivals that
can be shared out in one way only (or one clearly best)."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from coopdesk.bank.matching.evidence import (
    ASSIGN_EDGES,
    COVER_BUDGET,
    CROSSED,
    DEPOSITED,
    MARGIN,
    PASSES,
    W,
    _Bank,
    _Book,
    _Edge,
)
from coopdesk.bank.matching.lines import Kind


def _deposit_cover(pending: list[int], ordered: list[_Edge], auto: float) -> list[int]:
    """Runs that the ways of giving each deposit one of its runs (no receipt twice) agree on,
    or clearly prefer (by ``MARGIN`` of total strength). Deposits are taken together when
    their runs share receipts; a deposit with another kind of candidate within ``MARGIN`` of
    its best run is left out, and so is a group of deposits too large to search."""
    runs_of: dict[int, list[int]] = defaultdict(list)
    other: dict[int, float] = {}  # best other candidate of a statement line
    outside: dict[int, float] = {}  # best other candidate on a receipt
    for n in pending:
        e = ordered[n]
        if e.run:
            runs_of[e.bank[0]].append(n)
        else:
            for i in e.bank:
                other[i] = max(other.get(i, 0.0), e.strength)
            for j in e.book:
                outside[j] = max(outside.get(j, 0.0), e.strength)
    deposits = sorted(d for d, ns in runs_of.items()
                      if other.get(d, 0.0) <= max(ordered[n].strength for n in ns) - MARGIN)
    parent = {d: d for d in deposits}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[int, int] = {}
    for d in deposits:
        for n in runs_of[d]:
            for j in ordered[n].book:
                if j in owner:
                    parent[find(d)] = find(owner[j])
                else:
                    owner[j] = d
    components: dict[int, list[int]] = defaultdict(list)
    for d in deposits:
        components[find(d)].append(d)
    forced: list[int] = []
    for comp in components.values():
        chosen = _cover(comp, runs_of, ordered)
        if chosen is None:
            continue
        for d in comp:
            ranked = sorted(chosen[d].items(), key=lambda x: (-x[1], x[0]))
            n, best = ranked[0]
            if len(ranked) > 1 and ranked[1][1] > best - MARGIN:
                continue  # another way of sharing out the runs is about as good
            e = ordered[n]
            if (e.strength >= auto and other.get(d, 0.0) <= e.strength - MARGIN
                    and all(outside.get(j, 0.0) <= e.strength - MARGIN for j in e.book)):
                forced.append(n)
    return forced


def _rival_assignment(pending: list[int], ordered: list[_Edge], auto: float) -> list[int]:
    """Candidates that every good way of giving the lines their partners agrees on.

    The candidates within ``MARGIN`` of ``auto`` are taken in groups linked by shared lines
    (rivals); for a group of at most ``ASSIGN_EDGES``, every way of taking some of them with
    no line twice is tried, a statement line left out counting its best weaker candidate. A
    candidate of at least ``auto`` in the best way is forced when every way without it is
    worse by ``MARGIN``: cheque 13662 whose rival is cheque 13665 (one digit off) while
    another line reads "3665" (its last digits) goes to 13667, the other one digit off."""
    floor = auto - MARGIN
    strong = [n for n in pending if ordered[n].strength >= floor]
    fallback: dict[int, float] = {}  # best weaker candidate of a statement line
    for n in pending:
        e = ordered[n]
        if e.strength < floor:
            for i in e.bank:
                fallback[i] = max(fallback.get(i, 0.0), e.strength)
    parent = {n: n for n in strong}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[tuple[bool, int], int] = {}
    for n in strong:
        e = ordered[n]
        for key in [(True, i) for i in e.bank] + [(False, j) for j in e.book]:
            if key in owner:
                parent[find(n)] = find(owner[key])
            else:
                owner[key] = n
    components: dict[int, list[int]] = defaultdict(list)
    for n in strong:
        components[find(n)].append(n)
    forced: list[int] = []
    for comp in components.values():
        if not 2 <= len(comp) <= ASSIGN_EDGES or all(ordered[n].strength < auto
                                                      for n in comp):
            continue
        best, best_set, without = _ways(comp, ordered, fallback)
        forced.extend(n for n in best_set
                      if ordered[n].strength >= auto and best - without[n] >= MARGIN)
    return forced


def _ways(comp: list[int], ordered: list[_Edge], fallback: dict[int, float]) -> tuple[
        float, tuple[int, ...], dict[int, float]]:
    """Every way of taking candidates of ``comp`` with no line twice, a statement line left
    out counting ``fallback``: the best total and its candidates, and for each candidate the
    best total of the ways without it."""
    bank = sorted({i for n in comp for i in ordered[n].bank})
    best = -1.0
    best_set: tuple[int, ...] = ()
    without = dict.fromkeys(comp, -1.0)
    used_bank: set[int] = set()
    used_book: set[int] = set()
    picks: list[int] = []

    def search(k: int, total: float) -> None:
        nonlocal best, best_set
        if k == len(comp):
            value = total + sum(fallback.get(i, 0.0) for i in bank if i not in used_bank)
            if value > best:
                best, best_set = value, tuple(picks)
            for n in comp:
                if n not in picks and value > without[n]:
                    without[n] = value
            return
        n = comp[k]
        e = ordered[n]
        if used_bank.isdisjoint(e.bank) and used_book.isdisjoint(e.book):
            used_bank.update(e.bank)
            used_book.update(e.book)
            picks.append(n)
            search(k + 1, total + e.strength)
            picks.pop()
            used_bank.difference_update(e.bank)
            used_book.difference_update(e.book)
        search(k + 1, total)

    search(0, 0.0)
    return best, best_set, without


def _cover(comp: list[int], runs_of: dict[int, list[int]],
           ordered: list[_Edge]) -> dict[int, dict[int, float]] | None:
    """For each deposit of ``comp``, the runs it has in the ways of giving every deposit one
    run without using a receipt twice, each with the best total strength of those ways; None
    when there is no such way or the search is too large."""
    comp = sorted(comp, key=lambda d: (len(runs_of[d]), d))
    chosen: dict[int, dict[int, float]] = {d: {} for d in comp}
    used: set[int] = set()
    picks: list[int] = []
    budget = COVER_BUDGET
    solutions = 0

    def crossed(n: int) -> int:
        """Picks whose slip and receipt numbers are in the other order than ``n``'s."""
        a = ordered[n].order
        if a is None:
            return 0
        out = 0
        for p in picks:
            b = ordered[p].order
            if (b is not None and b[1] == a[1] and b[0] != a[0]
                    and (b[0] < a[0]) != (b[3] < a[2])):
                out += 1
        return out

    def search(k: int, total: float) -> bool:
        nonlocal budget, solutions
        if budget <= 0:
            return False
        budget -= 1
        if k == len(comp):
            solutions += 1
            for d, n in zip(comp, picks, strict=True):
                chosen[d][n] = max(chosen[d].get(n, -1e9), total)
            return True
        for n in runs_of[comp[k]]:
            book = ordered[n].book
            if used.isdisjoint(book):
                gain = (ordered[n].strength + DEPOSITED * len(book)
                        - CROSSED * crossed(n))
                used.update(book)
                picks.append(n)
                ok = search(k + 1, total + gain)
                picks.pop()
                used.difference_update(book)
                if not ok:
                    return False
        return True

    if not search(0, 0.0) or not solutions:
        return None
    return chosen


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
        return (-e.strength, e.days, len(e.bank) + len(e.book), ids_bank, ids_book)

    ordered = sorted((e for e in edges if e.strength >= suggest), key=key)
    on_bank: dict[int, list[int]] = defaultdict(list)
    on_book: dict[int, list[int]] = defaultdict(list)
    for n, e in enumerate(ordered):
        for i in e.bank:
            on_bank[i].append(n)
        for j in e.book:
            on_book[j].append(n)
    sure_bank = bytearray(len(banks))  # lines of automatic matches
    sure_book = bytearray(len(books))
    autos: list[int] = []
    is_auto = bytearray(len(ordered))

    def alive(e: _Edge) -> bool:  # not ruled out by an automatic match
        return not (any(sure_bank[i] for i in e.bank) or any(sure_book[j] for j in e.book))

    def make_auto(n: int) -> None:
        e = ordered[n]
        autos.append(n)
        is_auto[n] = 1
        for i in e.bank:
            sure_bank[i] = 1
        for j in e.book:
            sure_book[j] = 1

    pending = list(range(len(ordered)))
    taken: list[int] = []
    for last in [False] * (PASSES - 1) + [True]:
        used_bank = bytearray(sure_bank)
        used_book = bytearray(sure_book)
        before = len(autos)
        taken = []
        for n in pending:
            e = ordered[n]
            if any(used_bank[i] for i in e.bank) or any(used_book[j] for j in e.book):
                continue
            if e.strength >= auto:
                floor = e.strength - MARGIN
                rivals = [r for i in e.bank for r in on_bank[i]] + [
                    r for j in e.book for r in on_book[j]]
                if not any(r != n and ordered[r].strength > floor and alive(ordered[r])
                           for r in rivals):
                    make_auto(n)
            for i in e.bank:
                used_bank[i] = 1
            for j in e.book:
                used_book[j] = 1
            taken.append(n)
        pending = [n for n in pending if not is_auto[n] and alive(ordered[n])]
        if last or not pending:
            break
        # What the automatic matches leave: deposits that can carry their runs in one way
        # only, amounts now unique on both sides.
        left: dict[int, list[int]] = defaultdict(list)
        left_book: Counter[int] = Counter()
        for n in pending:
            e = ordered[n]
            for i in e.bank:
                left[i].append(n)
            left_book.update(e.book)
        forced = set(_deposit_cover(pending, ordered, auto))
        forced.update(_rival_assignment(pending, ordered, auto))
        for ns in left.values():
            if len(ns) != 1:
                continue
            e = ordered[ns[0]]
            only_run = e.run and e.strength >= auto
            now_unique = (len(e.book) == 1 and len(e.bank) == 1 and left_book[e.book[0]] == 1
                          and e.strength + W["unique"] - e.unique >= auto)
            if only_run or now_unique:
                forced.add(ns[0])
        lines = Counter(x for n in forced for x in ordered[n].book)
        lines_bank = Counter(x for n in forced for x in ordered[n].bank)
        for n in sorted(forced):
            if (all(lines[j] == 1 for j in ordered[n].book)
                    and all(lines_bank[i] == 1 for i in ordered[n].bank)
                    and alive(ordered[n])):
                make_auto(n)
        if len(autos) == before:
            break
        pending = [n for n in pending if not is_auto[n] and alive(ordered[n])]
    out = [_Taken(ordered[n].bank, ordered[n].book, min(1.0, ordered[n].strength),
                  "auto" if is_auto[n] else "suggested")
           for n in sorted(set(autos) | set(taken))]
    out.sort(key=lambda t: (min(banks[i].line.date for i in t.bank),
                            tuple(banks[i].line.id for i in t.bank)))
    return out
