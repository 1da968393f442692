"""The evidence of a candidate (see the package's docstring): the weights and limits, the
lines prepared for matching (normalised text, numbers, words, members named by number) and
the scores of a statement line against a book line."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from rapidfuzz import fuzz

from coopdesk.bank.matching.lines import BankLine, BookLine

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
