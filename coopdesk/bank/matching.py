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

import datetime as dt
import gc
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

__all__ = ["BankLine", "BookLine", "Match", "Result", "match", "normalise"]

W = {"amount": 0.40, "date": 0.15, "number": 0.45, "text": 0.45, "unique": 0.25,
     "rare": 0.10, "group": 0.35, "series": 0.35, "one_run": 0.10, "deposit": 0.15,
     "deposit_date": 0.30}
MARGIN = 0.08  # an automatic match beats every live rival on its lines by at least this
GROUP_PENALTY = 0.02  # per line of a group beyond two
POOL = 40  # nearest free lines searched for a group when no series run fits
NODE_BUDGET = 5_000  # nodes of one depth-first subset search (groups of more than four)
MAX_SOLUTIONS = 4  # exact subsets kept for one line
PASSES = 6  # assignment passes; each drops the rivals that automatic matches rule out
COVER_BUDGET = 3_000  # search nodes for the deposits that share receipts
DEPOSITED = 0.10  # a way of sharing out runs: for each receipt it deposits (few are never)
CROSSED = 0.20  # ... less for two deposits whose slips and receipts go in opposite orders
ASSIGN_EDGES = 12  # largest group of rival candidates whose ways of sharing out are all tried
EXPLAINED = 0.15  # less for a candidate whose line has a stronger one with the exact number
CLAIM = 0.85  # a line with a one-to-one candidate this good is not searched for in groups
SERIES_GAP = 1  # numbers of a run follow each other (2+ would let a voided receipt be skipped)
SKIP = 0.3  # less series evidence for each number a run skips (when SERIES_GAP > 1)
ORDERED_INITIAL = 0.75  # a name word carried by its initial, initials in the name's order
KIND = 0.15  # the text score of a bank text without names that says what the entry is
GENERIC = 0.06  # a word on more than this share of a long statement's lines tells nothing
DEPOSIT_WORDS = frozenset(("consignacion", "deposito", "depot", "deposit", "efectivo",
                           "especes", "cash", "versement"))  # the bank says: a deposit
TRADE_WORDS = frozenset((
    "transf", "transferencia", "trf", "pago", "pse", "ref", "referencia", "cheque", "cheq",
    "consignacion", "deposito", "abono", "efectivo", "nro", "no", "num", "de", "del", "la",
    "el", "los", "las", "y", "en", "por", "virement", "vir", "depot", "especes", "paiement",
    "du", "des", "le", "et", "payment", "transfer", "deposit", "from", "to", "the", "of"))

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
_ACCENTS = re.compile("[\u0300-\u036f]")  # the combining marks of Latin letters
_SERIES = re.compile(r"^(.*?)(\d+)\s*$")
# A member named in an entry's text, as a cash book writes it when the account keeps no
# members: "Aporte social (socio 0042)", "(member 42)", "membre no 7".
_MEMBER_MARK = re.compile(  # searched in the lower-cased text
    r"(?:socio|socia|member|asociad[oa]|membre|miembro|mwanachama)\b\.?\s*"
    r"(?:(?:n[o\u00b0\u00ba]|nro|num)\.?\s*|#\s*)?(\d{1,9})\b")
NAME_SAMPLE = 30  # entries of one member read to find the name its texts share


def normalise(text: str) -> str:
    """Lower case, accents removed, anything but letters and digits made one space."""
    folded = unicodedata.normalize("NFKD", text.lower())
    if not folded.isascii():
        folded = _ACCENTS.sub("", folded)
        if not folded.isascii():
            folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", folded).strip()


def _numbers(*texts: str | None) -> frozenset[str]:
    """Digit runs of 3+ digits, leading zeros dropped (cheque 000512 is 512)."""
    out: set[str] = set()
    for text in texts:
        if text:
            for run in _DIGITS.findall(text):
                if len(run) >= 3:
                    out.add(run.lstrip("0") or "0")
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class _Numbers:
    """Digit runs and the keys that find a garbled one: one digit replaced ("1?34"), or only
    the last digits kept (the proper suffixes of 4+ digits)."""
    runs: frozenset[str]
    wild: frozenset[str]
    tails: frozenset[str]

    @staticmethod
    def of(runs: frozenset[str]) -> _Numbers:
        wild = frozenset(r[:i] + "?" + r[i + 1:] for r in runs if len(r) >= 3
                         for i in range(len(r)))
        tails = frozenset(r[i:] for r in runs for i in range(1, len(r) - 3))
        return _Numbers(runs, wild, tails)


_NO_NUMBERS = _Numbers(frozenset(), frozenset(), frozenset())


def _cents(amount: Decimal) -> int:
    return int(amount.scaleb(2).to_integral_value())


def _alpha_words(text: str) -> list[str]:
    return [w for w in text.split() if not w.isdigit()]


@lru_cache(maxsize=1 << 14)
def _word_features(words: frozenset[str], name: tuple[str, ...]) -> tuple[
        frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], frozenset[str],
        tuple[frozenset[str], ...]]:
    """What the text score needs of an entry's words and member name, computed once for
    entries that say the same (the same member's dues month after month)."""
    prefixes = frozenset(w[:n] for w in words for n in range(3, len(w)))
    long = frozenset(w[0] + w for w in words if len(w) >= 4)
    first = frozenset(n[0] for n in name)
    name_prefixes = tuple(frozenset(n[:m] for m in range(3, len(n))) for n in name)
    return words, prefixes, long, name, first, name_prefixes


@dataclass(slots=True)
class _Bank:
    line: BankLine
    day: int
    cents: int
    text: str
    numbers: _Numbers
    words: tuple[str, ...] = ()  # informative words of 2+ letters
    wordset: frozenset[str] = frozenset()
    kind: frozenset[str] = frozenset()  # words of the trade of 4+ letters ("cheque")
    initials: frozenset[str] = frozenset()  # one-letter words
    initials_seq: tuple[str, ...] = ()  # the same, in the order of the text


@dataclass(slots=True)
class _Book:
    line: BookLine
    day: int
    cents: int
    ready: bool = False
    words: frozenset[str] = frozenset()  # of the text and the member's name
    name: tuple[str, ...] = ()  # the member's name, word by word
    numbers: _Numbers = _NO_NUMBERS
    series: tuple[str, int] | None = None  # reference prefix and number ("rc", 1001)
    prefixes: frozenset[str] = frozenset()  # of the words, 3+ letters, the words excluded
    long: frozenset[str] = frozenset()  # words of 4+ letters, each after its first letter
    name_first: frozenset[str] = frozenset()  # initials of the member's name
    name_prefixes: tuple[frozenset[str], ...] = ()
    members: _Members | None = None  # when the text names a member by number
    member: int | None = None  # that number

    def prepare(self) -> _Book:
        if not self.ready:
            ln = self.line
            text = ln.text
            if self.members is not None and self.member is not None:
                text = _MEMBER_MARK.sub(" ", text.lower())  # a member's number: no document's
                name = self.members.name(self.member)
            else:
                name = tuple(normalise(ln.member_name or "").split())
            (self.words, self.prefixes, self.long, self.name, self.name_first,
             self.name_prefixes) = _word_features(
                frozenset(_alpha_words(normalise(text))) | frozenset(name), name)
            self.numbers = _Numbers.of(_numbers(ln.reference, text))
            m = _SERIES.match(ln.reference or "")
            if m:
                self.series = (normalise(m.group(1)), int(m.group(2)))
            self.ready = True
        return self


class _Members:
    """Members named by number in the texts of entries that carry no member: the name of a
    member is the words the texts of its entries share (the entries of one member say what
    they are in different words, "Aporte social", "Recibo de caja 1234"..., and all name it),
    or the name another entry gives with the same number."""

    def __init__(self, books: list[_Book]) -> None:
        self.entries: dict[int, list[str]] = defaultdict(list)
        self.known: dict[int, str] = {}
        self.names: dict[int, tuple[str, ...]] = {}
        for k in books:
            ln = k.line
            if ln.member_name:
                if ln.member is not None:
                    self.known.setdefault(ln.member, ln.member_name)
                continue
            m = _MEMBER_MARK.search(ln.text.lower())
            if m:
                k.member = int(m.group(1))
                k.members = self
                self.entries[k.member].append(ln.text)

    def name(self, member: int) -> tuple[str, ...]:
        out = self.names.get(member)
        if out is None:
            known = self.known.get(member)
            out = tuple(normalise(known).split()) if known else self._shared(member)
            self.names[member] = out
        return out

    def _shared(self, member: int) -> tuple[str, ...]:
        texts = self.entries.get(member, [])
        if len(texts) < 2:
            return ()
        step = max(1, len(texts) // NAME_SAMPLE)
        sample = [normalise(_MEMBER_MARK.sub(" ", t.lower())).split() for t in texts[::step]]
        common = set(sample[0]).intersection(*sample[1:])
        return tuple(dict.fromkeys(w for w in sample[0] if w in common and len(w) > 1
                                   and not w.isdigit() and w not in TRADE_WORDS))


@dataclass(slots=True)
class _Edge:
    bank: tuple[int, ...]  # indexes into the prepared lists
    book: tuple[int, ...]
    strength: float  # the uncapped score
    days: int  # total date distance, for ties
    run: bool = False  # a deposit of a run of one receipt book
    unique: float = 0.0  # the part of the strength that the uniqueness of the amount gave
    number: float = 0.0  # the number evidence of a one-to-one candidate
    # a deposit's run: the deposit's slip number and the run's series and first and last number
    order: tuple[int, str, int, int] | None = None


def _number_score(bank: _Numbers, book: _Numbers) -> float:
    if not bank.runs or not book.runs:
        return 0.0
    if not bank.runs.isdisjoint(book.runs):
        return 1.0
    if not (bank.runs.isdisjoint(book.tails) and book.runs.isdisjoint(bank.tails)):
        return 0.8  # the last digits only
    common = bank.wild & book.wild
    if common:
        longest = max(len(w) for w in common)  # one digit garbled: the longer, the surer
        return 0.85 if longest >= 5 else 0.7 if longest == 4 else 0.4
    return 0.0


@lru_cache(maxsize=1 << 16)
def _close(a: str, b: str) -> bool:
    """A close spelling (rapidfuzz ratio of at least 85)."""
    return fuzz.ratio(a, b) >= 85


def _word_match(word: str, k: _Book) -> float:
    """How well one bank word is explained by the words of an entry."""
    if word in k.words:
        return 1.0
    if len(word) >= 3 and word in k.prefixes:  # the bank cut the word
        return 0.8
    if len(word) >= 4 and k.long:
        n = len(word)
        first = word[0]
        for w in k.long:
            if w[0] == first and abs(len(w) - 1 - n) <= 2 and _close(word, w[1:]):
                return 0.7
    return 0.0


def _text_score(b: _Bank, k: _Book) -> float:
    """Informative bank words the entry explains, and the share of the member's name the bank
    text carries (initials count half)."""
    if not b.words:
        return KIND if b.kind & k.words else 0.0
    said = 0.0
    words = k.words
    for w in b.words:
        said += 1.0 if w in words else _word_match(w, k)
    initials = b.initials
    hits = 0.5 * len(initials & k.name_first) if k.name else 0.0
    explained = (said + hits) / (len(b.words) + 0.5 * len(initials))
    if not k.name:
        return explained
    carried = 0.0
    said_set = b.wordset
    rest: list[str] = []  # first letters of the name's words the text does not spell out
    for n, pre in zip(k.name, k.name_prefixes, strict=True):
        if n in said_set:
            carried += 1.0
        elif not said_set.isdisjoint(pre):
            carried += 0.8
        else:
            rest.append(n[0])
    if rest and initials:
        # "PEREZ J A Q" gives the other words' initials in the name's order: more than
        # initials that are merely there.
        each = ORDERED_INITIAL if tuple(rest) == b.initials_seq else 0.5
        carried += each * sum(1 for c in rest if c in initials)
    return 0.5 * explained + 0.5 * carried / max(2, len(k.name))


def _pair_evidence(b: _Bank, k: _Book, window: int) -> tuple[float, float, float]:
    """(date, number, text) evidence of one bank line and one book line, each in [0, 1]."""
    k.prepare()
    date = 1 - abs(b.day - k.day) / (window + 1)
    return date, _number_score(b.numbers, k.numbers), _text_score(b, k)


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


def _informative_words(banks: list[_Bank]) -> None:
    """Split each bank text into informative words and initials; the words of the trade and
    those found on more than ``GENERIC`` of a long statement's lines are left out."""
    split = [b.text.split() for b in banks]
    generic = set(TRADE_WORDS)
    if len(banks) >= 200:
        df = Counter(w for words in split for w in set(words))
        generic |= {w for w, n in df.items() if n > GENERIC * len(banks)}
    for b, words in zip(banks, split, strict=True):
        b.words = tuple(dict.fromkeys(
            w for w in words if len(w) > 1 and not w.isdigit() and w not in generic))
        b.wordset = frozenset(b.words)
        b.initials_seq = tuple(w for w in words if len(w) == 1 and w.isalpha())
        b.initials = frozenset(b.initials_seq)
        b.kind = frozenset(w for w in words if len(w) >= 4 and w in generic)


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
