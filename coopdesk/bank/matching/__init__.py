"""Matching a bank statement to the books: plain data in, plain data out (no Qt, no database).

``match(bank_lines, book_lines)`` pairs each statement line with the book line(s) it settles.
Ids are the caller's (database rows); the result does not depend on the order of the input.

Candidates
    One to one: only lines of exactly the same amount. Book lines are indexed by their amount
    in minor units (cents), each bucket in date order, so a statement line finds its candidates
    with one dictionary look-up and a bisection on the date window (``window_days`` either
    side): the work grows with the number of candidates, never with bank lines x book lines.

    A statement line whose best one-to-one candidate is already good (>= ``CLAIM``) is *sure*,
    and so is that candidate's book line: they stay out of the general group searches (a
    receipt that went into a deposit does not show on the statement by its own amount).

    Deposits (one statement line, several book lines): the book lines of the same sign and
    smaller amount dated from ``group_days`` before the line to one day after it (receipts are
    deposited after they are taken). First the *series* search: book lines whose references
    share a prefix and carry numbers that follow each other (receipts "RC-1001", "RC-1002",
    "RC-1003" of one receipt book; with ``SERIES_GAP`` above 1 a run may skip a number, a
    voided receipt, at a cost of ``SKIP`` of its evidence) are scanned as runs of
    2..``max_group`` lines that sum to the deposit, which costs nearly nothing. It runs on
    every line the bank calls a deposit (``DEPOSIT_WORDS``: "consignación", "dépôt"...) and on
    lines that are not sure; if sure lines hid every run of a deposit, it runs again with
    them. Only when no run fits does
    the general subset search run, over the ``POOL`` free lines nearest in date: every exact
    subset of 2..4 lines, found through a dictionary of pair sums (so it is complete for that
    pool); beyond four lines a depth-first search within ``NODE_BUDGET`` nodes. Up to
    ``MAX_SOLUTIONS`` subsets are kept; more than one makes them rivals.

    The reverse (one book entry paid by several statement lines: a sale paid in two
    movements) is searched the same way, after the deposits, from the book lines that no good
    candidate claims, over the free statement lines from two days before the entry to
    ``window_days`` after it.

Evidence (weights in ``W``). The *strength* of a candidate is not capped, so that a clear
winner stays clear of its rivals; the score reported on a match is the strength capped at 1.
    amount   0.40  every candidate has the exact amount: the floor of the evidence.
    date     0.15  x (1 - days apart / (window + 1)); a split averages its lines.
    number   0.45  a cheque or reference number of the entry (its reference, the digit runs of
                   3+ digits of its text) found among those of the bank text and reference;
                   a garbled one counts less: only its last digits 0.8, one digit different
                   0.85 (5+ digits), 0.7 (4), 0.4 (3). A candidate loses that credit and
                   ``EXPLAINED`` more when one of its lines has a stronger candidate with the
                   exact number, dates aside (cheque 13528 in the book is not a garbled
                   13520).
    text     0.45  the bank text's *informative* words (not the words of the trade,
                   ``TRADE_WORDS``, nor those on more than ``GENERIC`` of a long statement's
                   lines) against the entry's text and member name: half the share of those
                   words the entry explains (the same word; a word the bank cut, 3+ letters,
                   0.8; a close spelling, rapidfuzz ratio >= 85, 0.7; initials half), half the
                   share of the member's name the bank text carries: a word 1, a cut word
                   0.8, an initial 0.5, or ``ORDERED_INITIAL`` 0.75 when the initials follow
                   the name's order ("OSPINA E M" carries "Edilma Mosquera Ospina" at
                   (1 + 0.75 + 0.75) / 3). A text with no
                   informative word that still says what the entry is ("CHEQUE" for a cheque)
                   counts ``KIND``.
    unique   0.25  the amount has a single candidate in the window from both sides (half from
                   one side): an exact amount nobody else shares is strong evidence;
    rare     0.10  more so when the whole book has that amount at most three times.
    A book line with no member name whose text names a member by number, as a cash book
    writes it when the account keeps no members ("Aporte social (socio 0042)", "(member
    42)"; after socio, member, asociado, membre, miembro or mwanachama), takes as the member's
    name the name another line gives with that number, or else the words that the texts of
    that member's entries share (up to ``NAME_SAMPLE`` of them, read once): the entries of
    one member say what they are in different words and all name the member. The member's
    number is not a document number.
    Groups average the pair evidence (a split takes the best number: one movement carrying
    the lot number ties the entry to both), less ``GROUP_PENALTY`` per line beyond two, plus:
    a deposit (the bank says so) that is a series run: ``series`` 0.35 (less ``SKIP`` per
    skipped number) + ``deposit`` 0.15 + ``one_run`` 0.10 when it is the only run. A deposit's
    date is that of its latest receipt (full for the same day or the day before, then
    1/``group_days`` less a day; 0.3 for a receipt dated the day after), weighed
    ``deposit_date`` 0.30. Any other group that is the only exact subset of a complete search
    and is tied to its entry (a deposit, or a pair with number or text evidence of 0.5 or
    more) earns ``group`` 0.35 (and a deposit ``deposit`` 0.15).

Assignment ("no line is used twice")
    The candidates of at least ``suggest`` are taken greedily by strength (ties: the smaller
    date distance, then the smaller ids). A candidate is taken only if none of its lines is
    used already. It is *automatic* when its strength is at least ``auto`` and no live rival
    (a candidate sharing one of its lines that no automatic match has ruled out) comes within
    ``MARGIN``; otherwise it is *suggested*. A rival that a *suggested* match pushed aside
    still counts: it might be the right one. Two candidates with the same evidence (two
    members paying the same dues the same week, a statement line that names nobody, two
    deposits of the same amount with runs that fit both) are therefore only suggested, never
    guessed.

    Automatic matches are certain by that margin, so their lines rule out every candidate
    that shares one; up to ``PASSES`` passes repeat the assignment without those, and between
    passes two kinds of line are settled by what is left: a deposit whose runs can be given
    out to it and to the deposits that share receipts with it in one way only, or in one way
    better than every other by ``MARGIN`` of total strength (each deposit carries one run, no
    receipt twice: a search within ``COVER_BUDGET`` nodes over the deposits linked by shared
    receipts). A way of sharing out counts ``DEPOSITED`` for each receipt it deposits (few
    receipts are never deposited: a run cut short leaves its first receipts out) and loses
    ``CROSSED`` for each two deposits whose slip numbers (the one number of the statement
    line) and receipt numbers go in opposite orders: slips and receipts are used in order, so
    two deposits of the same amount on the same day are told apart. Then the rivals of one to
    one (and group) candidates are shared out the same way: the candidates within ``MARGIN``
    of ``auto``, in groups linked by shared lines of at most ``ASSIGN_EDGES``, every way of
    taking some of them tried, a statement line left out counting its best weaker candidate;
    a candidate of the best way is forced when every way without it is worse by ``MARGIN``
    (cheque "13662", one digit from 13665 and from 13667, goes to 13667 when another line
    reads "3665"). Last, a pair that is now the only candidate of both of its lines (it earns
    the ``unique`` weight it could not have at first). Statement lines
    left over are proposed as new entries (charges, interest...); book lines left over are
    what the statement does not show yet.

Speed
    The work allocates many small objects that live until the end, so the cyclic garbage
    collector is paused during ``match`` (and restored after); book lines are prepared
    (normalised text, number keys, name prefixes) only when they first become a candidate.
"""
from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable

from coopdesk.bank.matching.assign import _assign
from coopdesk.bank.matching.evidence import (
    CLAIM,
    EXPLAINED,
    W,
    _Bank,
    _Book,
    _cents,
    _Edge,
    _informative_words,
    _Members,
    _number_score,
    _Numbers,
    _numbers,
    _text_score,
    normalise,
)
from coopdesk.bank.matching.groups import _deposits, _splits
from coopdesk.bank.matching.lines import BankLine, BookLine, Match, Result

__all__ = ["BankLine", "BookLine", "Match", "Result", "match", "normalise"]


def match(bank_lines: Iterable[BankLine], book_lines: Iterable[BookLine], *,
          window_days: int = 7, auto: float = 0.85, suggest: float = 0.55,
          max_group: int = 4, group_days: int = 5) -> Result:
    """Match statement lines to book lines; see the module's docstring for how.

    ``group_days``: how many days before a deposit its receipts may be dated."""
    # The work allocates many small objects that all live until the end: the cyclic garbage
    # collector would scan them again and again (a third of the time on 100,000 book lines).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _match(bank_lines, book_lines, window_days, auto, suggest, max_group,
                      group_days)
    finally:
        if enabled:
            gc.enable()


def _match(bank_lines: Iterable[BankLine], book_lines: Iterable[BookLine], window: int,
           auto: float, suggest: float, max_group: int, group_days: int) -> Result:
    banks = [_Bank(b, b.date.toordinal(), _cents(b.amount), normalise(b.text),
                   _Numbers.of(_numbers(b.text, b.reference)))
             for b in sorted(bank_lines, key=lambda x: (x.date, x.id))]
    books = [_Book(k, k.date.toordinal(), _cents(k.amount))
             for k in sorted(book_lines, key=lambda x: (x.date, x.id))]
    _informative_words(banks)
    _Members(books)

    # Book lines by amount, each bucket in date order (the lists are sorted by date already).
    by_amount: dict[int, list[int]] = defaultdict(list)
    for j, k in enumerate(books):
        by_amount[k.cents].append(j)
    days_of = {c: [books[j].day for j in js] for c, js in by_amount.items()}
    bank_by_amount: dict[int, list[int]] = defaultdict(list)
    for i, b in enumerate(banks):
        bank_by_amount[b.cents].append(i)
    bank_days_of = {c: [banks[i].day for i in ix] for c, ix in bank_by_amount.items()}

    # One to one (the hot loop: the evidence of _pair_evidence, written out).
    edges: list[_Edge] = []
    w_amount, w_date, w_number, w_text = W["amount"], W["date"], W["number"], W["text"]
    w_unique, w_rare = W["unique"], W["rare"]
    span = window + 1
    for i, b in enumerate(banks):
        js = by_amount.get(b.cents)
        if not js:
            continue
        days = days_of[b.cents]
        cands = js[bisect_left(days, b.day - window):bisect_right(days, b.day + window)]
        bdays = bank_days_of[b.cents]
        alone = 0.5 if len(cands) == 1 else 0.0
        has_numbers = bool(b.numbers.runs)
        for j in cands:
            k = books[j]
            if not k.ready:
                k.prepare()
            apart = abs(b.day - k.day)
            number = _number_score(b.numbers, k.numbers) if has_numbers else 0.0
            text = _text_score(b, k)
            others = bisect_right(bdays, k.day + window) - bisect_left(bdays, k.day - window)
            unique = alone + (0.5 if others == 1 else 0.0)
            strength = (w_amount + w_date * (1 - apart / span) + w_number * number
                        + w_text * text + w_unique * unique
                        + (w_rare if unique == 1.0 and len(js) <= 3 else 0.0))
            edges.append(_Edge((i,), (j,), strength, apart, False, w_unique * unique, number))
    # A line whose number another line carries exactly is explained away: a cheque 13528 that
    # has its own cheque 13528 in the book is not the garbled number of cheque 13520.
    # (Only when that exact pair is the stronger one, dates aside: a cheque is cashed days
    # after it is written, a garbled number may well be of the same day.)
    def dateless(e: _Edge) -> float:
        return e.strength - W["date"] * (1 - e.days / (window + 1))

    exact_bank: dict[int, float] = {}
    exact_book: dict[int, float] = {}
    for e in edges:
        if e.number == 1.0:
            exact_bank[e.bank[0]] = max(exact_bank.get(e.bank[0], 0.0), dateless(e))
            exact_book[e.book[0]] = max(exact_book.get(e.book[0], 0.0), dateless(e))
    for e in edges:
        if e.number < 1.0 and (exact_bank.get(e.bank[0], 0.0) > dateless(e)
                               or exact_book.get(e.book[0], 0.0) > dateless(e)):
            e.strength -= W["number"] * e.number + EXPLAINED

    # Lines with a plausible one-to-one partner stay out of the group searches: a receipt that
    # went into a deposit does not show on the statement by its own amount.
    # Only the best candidate of a statement line claims its book line.
    best: dict[int, _Edge] = {}
    for e in edges:
        if e.strength >= CLAIM and (e.bank[0] not in best
                                    or e.strength > best[e.bank[0]].strength):
            best[e.bank[0]] = e
    sure_bank = set(best)
    sure_book = {e.book[0] for e in best.values()}

    if max_group >= 2:
        _deposits(banks, books, edges, sure_bank, sure_book, max_group, group_days)
        _splits(banks, books, edges, sure_bank, sure_book, window, max_group)

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
