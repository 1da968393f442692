"""Candidates of several lines: deposits (one statement line, the receipts of a series run
or an exact subset) and splits (one book line paid in several statement movements)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence

from coopdesk.bank.matching.evidence import (
    CLAIM,
    DEPOSIT_WORDS,
    GROUP_PENALTY,
    MAX_SOLUTIONS,
    NODE_BUDGET,
    POOL,
    SERIES_GAP,
    SKIP,
    W,
    _Bank,
    _Book,
    _Edge,
    _pair_evidence,
)


def _subsets(target: int, pool: Sequence[tuple[int, int]], max_group: int) -> tuple[
        list[tuple[int, ...]], bool]:
    """Subsets of 2..max_group items of ``pool`` ((positive amount, index)) summing to
    ``target``; and whether the search was complete (no solution cap or budget reached)."""
    found: set[tuple[int, ...]] = set()
    n = len(pool)
    pairs: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for x in range(n):
        ax = pool[x][0]
        for y in range(x + 1, n):
            pairs[ax + pool[y][0]].append((x, y))
    complete = True

    def add(items: Iterable[int]) -> bool:
        found.add(tuple(sorted(pool[i][1] for i in items)))
        return len(found) <= MAX_SOLUTIONS

    for x, y in pairs.get(target, ()):
        if not add((x, y)):
            return sorted(found)[:MAX_SOLUTIONS], False
    if max_group >= 3:
        for z in range(n):
            for x, y in pairs.get(target - pool[z][0], ()):
                if z > y and not add((x, y, z)):
                    return sorted(found)[:MAX_SOLUTIONS], False
    if max_group >= 4:
        for s, ps in pairs.items():
            rest = pairs.get(target - s)
            if not rest:
                continue
            for x, y in ps:
                for u, v in rest:
                    if u > y and not add((x, y, u, v)):
                        return sorted(found)[:MAX_SOLUTIONS], False
    if max_group >= 5:
        big, complete = _dfs_subsets(target, pool, max_group)
        for group in big:
            found.add(group)
        if len(found) > MAX_SOLUTIONS:
            complete = False
    return sorted(found)[:MAX_SOLUTIONS], complete


def _dfs_subsets(target: int, pool: Sequence[tuple[int, int]], max_group: int) -> tuple[
        list[tuple[int, ...]], bool]:
    """Subsets of 5..max_group items summing to ``target``, depth first within a budget."""
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
                if len(chosen) >= 4:
                    found.append(tuple(sorted((*chosen, items[i][1]))))
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
    return found, complete


def _series_runs(target: int, pool: Sequence[int], books: list[_Book],
                 max_group: int) -> list[tuple[tuple[int, ...], int]]:
    """Runs of 2..max_group book lines of one reference series (numbers following each
    other, at most ``SERIES_GAP`` apart) whose amounts sum to ``target`` (in absolute value),
    with the count of numbers each skips. Two lines may carry the same number (a reference
    keyed twice): either may be in a run."""
    at: dict[tuple[str, int], list[int]] = defaultdict(list)
    for j in pool:
        s = books[j].prepare().series
        if s is not None:
            at[s].append(j)
    keys = sorted(at)
    runs: list[tuple[tuple[int, ...], int]] = []

    def extend(pos: int, chosen: list[int], total: int, skipped: int) -> None:
        prefix, number = keys[pos]
        for nxt in range(pos + 1, len(keys)):
            p2, n2 = keys[nxt]
            if p2 != prefix or n2 - number > SERIES_GAP:
                return
            gap = skipped + n2 - number - 1
            for j in at[keys[nxt]]:
                t = total + abs(books[j].cents)
                if t == target:
                    runs.append((tuple(sorted((*chosen, j))), gap))
                elif t < target and len(chosen) + 1 < max_group:
                    chosen.append(j)
                    extend(nxt, chosen, t, gap)
                    chosen.pop()
            return  # a run does not skip a number that is in the pool

    for pos, key in enumerate(keys):
        for j in at[key]:
            extend(pos, [j], abs(books[j].cents), 0)
    return runs


def _by_sign(days: Sequence[int], cents: Sequence[int]) -> dict[bool, tuple[list[int],
                                                                           list[int]]]:
    """For each sign (True: money in), the indexes of the lines and their days, by date."""
    out: dict[bool, tuple[list[int], list[int]]] = {True: ([], []), False: ([], [])}
    for x, (d, c) in enumerate(zip(days, cents, strict=True)):
        if c:
            idx, ds = out[c > 0]
            idx.append(x)
            ds.append(d)
    return out


def _nearest(pool: list[int], day: int, days: Sequence[int], cents: Sequence[int]) -> tuple[
        list[tuple[int, int]], bool]:
    """The ``POOL`` lines nearest in date as (absolute amount, index); and whether that is
    all of them."""
    near = sorted(pool, key=lambda x: (abs(days[x] - day), x))
    return [(abs(cents[x]), x) for x in near[:POOL]], len(near) <= POOL


def _deposits(banks: list[_Bank], books: list[_Book], edges: list[_Edge], sure_bank: set[int],
              sure_book: set[int], max_group: int, group_days: int) -> None:
    """Candidates of one statement line for several book lines (a deposit of receipts)."""
    book_days = [k.day for k in books]
    book_cents = [k.cents for k in books]
    signs = _by_sign(book_days, book_cents)
    for i, b in enumerate(banks):
        deposit = not DEPOSIT_WORDS.isdisjoint(b.text.split())
        if b.cents == 0 or (i in sure_bank and not deposit):
            continue
        idx, days = signs[b.cents > 0]
        target = abs(b.cents)
        lo, hi = bisect_left(days, b.day - group_days), bisect_right(days, b.day + 1)
        near_all = [j for j in idx[lo:hi] if abs(book_cents[j]) < target]
        if len(near_all) < 2:
            continue
        runs = _series_runs(target, [j for j in near_all if j not in sure_book], books,
                            max_group)
        if not runs and deposit:  # a receipt of the deposit may have been claimed wrongly
            runs = _series_runs(target, near_all, books, max_group)
        if runs:
            slip = int(next(iter(b.numbers.runs))) if len(b.numbers.runs) == 1 else None
            for run, skipped in runs:
                e = _group_edge((i,), run, banks, books, group_days, len(runs) == 1,
                                max(0.0, 1 - SKIP * skipped))
                series = [x for x in (books[j].series for j in run) if x is not None]
                if slip is not None and len(series) == len(run) and len(
                        {p for p, _ in series}) == 1:
                    numbers = [n for _, n in series]
                    e.order = (slip, series[0][0], min(numbers), max(numbers))
                edges.append(e)
            continue
        pool = [j for j in near_all if j not in sure_book]
        if i in sure_bank or len(pool) < 2:
            continue
        near, whole = _nearest(pool, b.day, book_days, book_cents)
        found, complete = _subsets(target, near, max_group)
        for group in found:
            edges.append(_group_edge((i,), group, banks, books, group_days,
                                     whole and complete and len(found) == 1, 0.0))


def _splits(banks: list[_Bank], books: list[_Book], edges: list[_Edge], sure_bank: set[int],
            sure_book: set[int], window: int, max_group: int) -> None:
    """Candidates of one book line for several statement lines (paid in several movements),
    from book lines no one-to-one or deposit candidate claims."""
    claimed = set(sure_book)
    for e in edges:
        if len(e.book) > 1 and e.strength >= CLAIM:
            claimed.update(e.book)
    bank_days = [b.day for b in banks]
    bank_cents = [b.cents for b in banks]
    signs = _by_sign(bank_days, bank_cents)
    for j, k in enumerate(books):
        if j in claimed or k.cents == 0:
            continue
        idx, days = signs[k.cents > 0]
        lo, hi = bisect_left(days, k.day - 2), bisect_right(days, k.day + window)
        if hi - lo < 2:
            continue
        target = abs(k.cents)
        pool = [i for i in idx[lo:hi] if i not in sure_bank and abs(bank_cents[i]) < target]
        if len(pool) < 2:
            continue
        near, whole = _nearest(pool, k.day, bank_days, bank_cents)
        found, complete = _subsets(target, near, max_group)
        for group in found:
            edges.append(_group_edge(group, (j,), banks, books, window,
                                     whole and complete and len(found) == 1, 0.0))


def _group_edge(bank: tuple[int, ...], book: tuple[int, ...], banks: list[_Bank],
                books: list[_Book], window: int, unique: bool, series: float) -> _Edge:
    """A group's strength: the evidence of its pairs averaged; a deposit (the statement says
    so) dated by its latest receipt; the bonus of a series run (deposits only) or of the only
    exact subset (deposits, or groups whose texts or numbers tie them together)."""
    pairs = [(banks[i], books[j]) for i in bank for j in book]
    ev = [_pair_evidence(b, k, window) for b, k in pairs]
    n = len(ev)
    # One payment of a split carrying the entry's number ties the entry to all of them.
    number = max(e[1] for e in ev) if len(bank) > 1 else sum(e[1] for e in ev) / n
    text = sum(e[2] for e in ev) / n
    size = len(bank) + len(book) - 1
    deposit = len(bank) == 1 and not DEPOSIT_WORDS.isdisjoint(banks[bank[0]].text.split())
    if deposit:
        lag = banks[bank[0]].day - max(books[j].day for j in book)
        date = 1 - max(0, lag - 1) / window if lag >= 0 else 0.3 if lag == -1 else 0.0
    else:
        date = max(0.0, sum(e[0] for e in ev) / n)
    tied = deposit or max(max(e[1], e[2]) for e in ev) >= 0.5
    bonus = 0.0
    if series and deposit:
        bonus = W["series"] * series + W["deposit"] + (W["one_run"] if unique else 0.0)
    elif unique and tied:
        bonus = W["group"] + (W["deposit"] if deposit else 0.0)
    strength = (W["amount"] + W["deposit_date" if deposit else "date"] * date
                + W["number"] * number + W["text"] * text
                + bonus - GROUP_PENALTY * (size - 2))
    days = sum(abs(b.day - k.day) for b, k in pairs)
    return _Edge(bank, book, strength, days, bool(series) and deposit)
