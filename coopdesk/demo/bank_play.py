"""The demo cooperative's bank and mobile-money accounts: monthly statements, most of them
imported, matched and reconciled; the last month left for the class.

On the books' first day of this year the treasurer ties two accounts to the ledger: the current
account at Banco Agrario (the "bank" account of the chart) and the cooperative's Nequi wallet
(the "mobile money" account), both from the first of January (the lines before it, and the
opening entry, are taken as agreed with the bank), with a saved mapping for the wallet's Excel
export and three rules: the interest the bank pays, its ACH transfer fee, and the wallet's
transaction cost. Each month the treasurer also pays a few small bills from the wallet, topped
up from the bank with what they will cost (fees included, so the wallet comes back to what the
assembly's payouts left in it).

The statements are made from the books, as the bank would have seen them: every bank or wallet
line of the ledger account (not those made *from* a statement) reaches the bank a few days
later (deposits 0-2 days, cheques and transfers out 0-5 days; the wallet at once), so some cross
the month's end and stay outstanding; in the bank's words (CONSIGNACION EFECTIVO, TRANSF A ...
with the member's name, PAGO CHEQUE with its number, a reference garbled now and then); the
month's charges booked as one entry appear as the bank's two lines (CUOTA DE MANEJO and GMF
4X1000); the lines the books lack are added (ABONO INTERESES, COMISION ACH + IVA, the wallet's
COSTO TRANSACCION); and the assembly's payouts by mobile money appear one transfer per member.

On the 4th of each month (the month before closes on the 10th) the treasurer imports the month
before's two statements, runs the matcher, undoes its wrong matches, accepts the right
suggestions and rejects the others, posts the rules' right proposals, matches what is left by
hand (she knows what each line is: the play keeps the truth of every line it made) and finishes
the reconciliation at the month's last day with the statement's closing balance. October's
files are written but not imported: the class does that month. :attr:`BankPlay.figures` counts,
per month and account, how each line found its match.

Everything goes through the services as the treasurer; the random choices come from a source
seeded by the books' plan, so the same plan gives the same files, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path

from sqlalchemy import or_, select

from coopdesk.bank import links, reconcile
from coopdesk.bank import queries as bank_queries
from coopdesk.bank import services as bank
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.demo import names
from coopdesk.demo.books import CASH, PESO, ROLE, BooksPlan, Op
from coopdesk.demo.statements import (
    WALLET_MAPPING,
    WALLET_READER,
    Header,
    Row,
    bank_csv,
    wallet_xlsx,
)
from coopdesk.ledger import cashbook
from coopdesk.ledger.models import Account, JournalEntry, JournalLine
from coopdesk.members.models import Member

BANK_CODE, WALLET_CODE = "BANCO", "NEQUI"
BANK_INSTITUTION = "Banco Agrario de Colombia"
BANK_NAME = "Banco Agrario – cuenta corriente"
BANK_NUMBER = "4-0123-004567-8"
WALLET_INSTITUTION = "Nequi"
WALLET_NAME = "Nequi – billetera de la tesorería"
WALLET_NUMBER = "3127458812"  # a wallet's account is its phone number
OFFICE = "OF SEGOVIA"  # the branch where the cooperative deposits cash and cashes cheques
HANDLING_FEE = 38_500 * PESO  # the monthly charge books._bank_fees adds to the GMF
ACH_FEE = 9_342 * PESO  # 7.850 and 19 % VAT, on a transfer to another bank
WALLET_FEE = 1_900 * PESO  # a wallet payment to a company's account (PSE)
INTEREST_RATE = Decimal("0.0025")  # a year, on the month's average balance
STATEMENT_DAY = 4  # of the next month: the treasurer reconciles before the closing on the 10th
# The bills the treasurer pays from the wallet: text, account, lowest and highest pesos, the
# wallet's words, whether it costs a fee.
WALLET_BILLS = (
    ("Recarga de minutos y datos de los celulares de la cooperativa", ROLE["other_expense"],
     90_000, 180_000, "PAGO CLARO RECARGAS", False),
    ("Envío de las muestras de oro al laboratorio de ensayo (Servientrega)",
     ROLE["other_expense"], 60_000, 140_000, "PAGO PSE SERVIENTREGA SA", True),
    ("Almuerzos de la reunión del consejo de administración", ROLE["other_expense"],
     150_000, 320_000, "PAGO QR RESTAURANTE EL PORTAL", False),
    ("Acarreo de combustible en moto hasta los frentes de trabajo", ROLE["fuel"],
     80_000, 200_000, "ENVIO A JHON FREDY CORDOBA", False),
    ("Internet satelital de la oficina de la cooperativa", ROLE["other_expense"],
     180_000, 260_000, "PAGO PSE HUGHESNET COLOMBIA", True),
)
RULES = (  # name, words, account (the rule's target), bank account
    ("Intereses de la cuenta corriente", "ABONO INTERESES", ROLE["financial_income"],
     BANK_CODE),
    ("Comisión ACH de transferencias a otros bancos", "COMISION ACH", ROLE["bank_fees"],
     BANK_CODE),
    ("Costo de transacción de la billetera", "COSTO TRANSACCION", ROLE["bank_fees"],
     WALLET_CODE),
)


@dataclass
class _Line:
    """A line the bank will print, with the truth of it: the book line it settles (None for a
    line the books lack, with the account it belongs to)."""

    date: dt.date
    amount: int
    text: str
    reference: str = ""
    office: str = ""
    book: int | None = None
    target: str | None = None
    seq: int = 0


@dataclass(frozen=True)
class _Book:
    """A book line of the account, and its entry."""

    id: int
    entry_id: int
    date: dt.date
    amount: int  # minor units, + into the account
    description: str
    reference: str
    source: str | None
    kind: str | None  # the cash book's template, for a cash book entry
    others: tuple[tuple[str, int, str | None], ...]  # the entry's other lines: account,
    # amount, the member's name as a bank prints it
    who: str | None  # the member the money comes from or goes to


@dataclass
class _Account:
    code: str
    ledger: str
    balance: int = 0  # the bank's, at the end of the last statement
    pending: list[_Line] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)  # book lines already given a bank date


@dataclass
class Figures:
    """How one month's statement of one account was matched."""

    lines: int = 0
    auto: int = 0  # statement lines in automatic matches that were right
    auto_wrong: int = 0  # in automatic matches the treasurer undid
    suggested: int = 0  # in suggestions she accepted
    rejected: int = 0  # suggestions she rejected
    rule: int = 0  # lines booked by the rules' proposals
    hand: int = 0  # lines she matched by hand
    hand_entry: int = 0  # lines she booked by hand


def _ascii(text: str) -> str:
    """As a bank's system prints text: capitals, no accents, no punctuation."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^A-Z0-9 ]+", " ", plain.upper()).split())


def _month_end(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _workday(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=1) if d.weekday() == 6 else d


class BankPlay:
    """Wraps the books' player (a :class:`~coopdesk.demo.sharing_play.SharingPlay`): plays the
    bank's side among the plan's operations, on their dates; :meth:`finish` after the last one
    writes the month left for the class."""

    def __init__(self, player: Callable[[Op], None], books: BooksPlan,
                 statements: Path | None = None) -> None:
        self.player = player
        self.treasurer: UnitOfWork = player.treasurer  # type: ignore[attr-defined]
        self.year = int(books.years[1])
        self.since = dt.date(self.year, 1, 1)
        self.last = max(op.date for op in books.ops)
        self.directory = statements
        self.rng = random.Random(f"bank:{books.start}:{sorted(books.results.items())}")
        self.accounts = {BANK_CODE: _Account(BANK_CODE, ROLE["bank"]),
                         WALLET_CODE: _Account(WALLET_CODE, ROLE["mobile_money"])}
        self.started = False
        self.due: list[tuple[dt.date, int, Callable[[], None]]] = []
        self.files: dict[str, bytes] = {}
        self.figures: dict[tuple[str, str], Figures] = {}  # (account, "2026-01")
        self.made: set[str] = set()  # entries posted from statement lines, "2026/123"
        self.wallet_fees: set[int] = set()  # book lines of wallet bills that cost a fee
        self.wallet_words: dict[int, str] = {}  # book line of a wallet bill -> wallet's words
        self._last_file = ("", b"")
        self.cheque = self.rng.randint(120, 480)
        self.seq = 0

    # -- the Player's interface --

    def open(self, books: BooksPlan, capital: Mapping[int, int]) -> None:
        self.player.open(books, capital)  # type: ignore[attr-defined]

    def __call__(self, op: Op) -> None:
        if not self.started and op.date >= self.since:
            self._start()
        self._catch_up(op.date)
        self.player(op)

    def finish(self) -> None:
        """After the plan's last day: what is due, then the last month's files (not
        imported)."""
        if not self.started:
            return
        self._catch_up(self.last + dt.timedelta(days=1))
        month = self.last.replace(day=1)
        for acc in self.accounts.values():
            self._statement(acc, month)

    def _catch_up(self, day: dt.date) -> None:
        self.due.sort(key=lambda d: (d[0], d[1]))
        while self.due and self.due[0][0] < day:
            self.due.pop(0)[2]()

    def _at(self, day: dt.date, fn: Callable[[], None]) -> None:
        self.seq += 1
        self.due.append((day, self.seq, fn))

    # -- the set-up --

    def _start(self) -> None:
        self.started = True
        t = self.treasurer
        bank.save_mapping(t, WALLET_MAPPING, WALLET_READER)
        bank.add_account(t, BANK_CODE, BANK_NAME, "bank", ROLE["bank"],
                         institution=BANK_INSTITUTION, number=BANK_NUMBER, since=self.since)
        bank.add_account(t, WALLET_CODE, WALLET_NAME, "mobile_money", ROLE["mobile_money"],
                         institution=WALLET_INSTITUTION, number=WALLET_NUMBER,
                         mapping=WALLET_MAPPING, since=self.since)
        for name, words, target, code in RULES:
            links.save_rule(t, links.RuleInput(name, target, text_contains=words, account=code))
        for acc in self.accounts.values():
            acc.balance = self._book_balance(acc.ledger, self.since - dt.timedelta(days=1))
        month = self.since
        while month <= self.last:
            self._plan_wallet(month)
            if _month_end(month) < self.last:
                nxt = _month_end(month) + dt.timedelta(days=1)
                self._at(nxt.replace(day=STATEMENT_DAY), partial(self._reconcile_month, month))
            month = _month_end(month) + dt.timedelta(days=1)

    def _book_balance(self, ledger: str, day: dt.date) -> int:
        from sqlalchemy import func

        with self.treasurer.read() as s:
            return int(s.scalar(
                select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0))
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .join(Account, Account.id == JournalLine.account_id)
                .where(Account.code == ledger, JournalEntry.status == "posted",
                       JournalEntry.date <= day)) or 0)

    # -- the wallet's bills --

    def _plan_wallet(self, month: dt.date) -> None:
        last_month = month.replace(day=1) == self.last.replace(day=1)
        chosen = self.rng.sample(range(len(WALLET_BILLS)), self.rng.randint(2, 3))
        bills = []
        for i in sorted(chosen):
            text, account, low, high, _words, fee = WALLET_BILLS[i]
            day = _workday(month.replace(day=self.rng.randint(3, 26)))
            if day > self.last:
                continue
            amount = self.rng.randint(low // 1000, high // 1000) * 1000 * PESO
            # the wallet's statement of the last month has no fee: the class books none, and
            # the wallet ends where the assembly's payouts left it
            bills.append((day, i, text, account, amount, fee and not last_month))
        if not bills:
            return
        first = min(b[0] for b in bills)
        total = sum(b[4] + (WALLET_FEE if b[5] else 0) for b in bills)
        mes = names.MONTHS[month.month - 1]
        self._at(first, partial(self._record, cashbook.CashInput(
            "other_payment", first, from_minor(total, "COP"),
            f"Recarga de la billetera Nequi para los pagos de {mes}", "bank",
            account=ROLE["mobile_money"], reference=f"Nequi {WALLET_NUMBER}",
            uid=self._uid())))
        for day, i, text, account, amount, fee in sorted(bills):
            kind = "fuel" if account == ROLE["fuel"] else "other_payment"
            self._at(day, partial(self._record, cashbook.CashInput(
                kind, day, from_minor(amount, "COP"), text, "mobile_money",
                account=None if kind == "fuel" else account,
                reference=f"Nequi {WALLET_BILLS[i][4].title()}", uid=self._uid()),
                words=WALLET_BILLS[i][4], fee=fee))

    def _record(self, c: cashbook.CashInput, *, words: str | None = None,
                fee: bool = False) -> None:
        ref = cashbook.record(self.treasurer, c)
        if words:
            with self.treasurer.read() as s:
                line = s.scalar(select(JournalLine.id)
                                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                                .join(Account, Account.id == JournalLine.account_id)
                                .where(JournalEntry.uid == ref.uid,
                                       Account.code == ROLE["mobile_money"]))
            assert line is not None
            self.wallet_words[line] = words
            if fee:
                self.wallet_fees.add(line)

    def _uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # -- the statements --

    def _new_lines(self, acc: _Account, end: dt.date) -> None:
        """Give the book lines up to ``end`` not seen yet their bank lines."""
        with self.treasurer.read() as s:
            ledger_id = s.scalar(select(Account.id).where(Account.code == acc.ledger))
            reversed_ids = set(s.scalars(select(JournalEntry.reverses_id)
                                         .where(JournalEntry.reverses_id.is_not(None))))
            rows = s.execute(
                select(JournalLine.id, JournalLine.entry_id, JournalEntry.date,
                       (JournalLine.debit - JournalLine.credit).label("amount"),
                       JournalEntry.description,
                       JournalEntry.reference, JournalEntry.source, JournalEntry.source_ref,
                       JournalEntry.reverses_id)
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .where(JournalLine.account_id == ledger_id, JournalEntry.status == "posted",
                       JournalEntry.date >= self.since, JournalEntry.date <= end,
                       or_(JournalEntry.source.is_(None), JournalEntry.source != "bank"))
                .order_by(JournalEntry.date, JournalLine.id)).all()
            rows = [r for r in rows if r.id not in acc.seen]
            entry_ids = sorted({r.entry_id for r in rows})
            others: dict[int, list[tuple[str, int, str | None]]] = defaultdict(list)
            for entry_id, code, delta, first, last in s.execute(
                    select(JournalLine.entry_id, Account.code,
                           JournalLine.debit - JournalLine.credit, Member.first_names,
                           Member.last_names)
                    .join(Account, Account.id == JournalLine.account_id)
                    .outerjoin(Member, Member.id == JournalLine.member_id)
                    .where(JournalLine.entry_id.in_(entry_ids),
                           JournalLine.account_id != ledger_id)
                    .order_by(JournalLine.id)):
                who = f"{last} {first}" if first else None
                others[entry_id].append((code, int(delta), who))
            bought = {r.id: int(m[1]) for r in rows if r.source == "purchase"
                      and (m := re.search(r"(\d+)$", r.description))}
            sellers = {n: f"{last} {first}" for n, first, last in s.execute(
                select(Member.number, Member.first_names, Member.last_names)
                .where(Member.number.in_(set(bought.values()))))}
        for r in rows:
            acc.seen.add(r.id)
            if r.reverses_id is not None or r.entry_id in reversed_ids:
                continue  # a mistake and its reversal: no money moved
            acc.pending.extend(self._bank_lines(acc, _Book(
                r.id, r.entry_id, r.date, int(r.amount), r.description, r.reference or "",
                r.source, r.source_ref, tuple(others[r.entry_id]),
                sellers.get(bought.get(r.id, 0)) or next(
                    (w for _c, _d, w in others[r.entry_id] if w), None))))

    def _bank_lines(self, acc: _Account, b: _Book) -> list[_Line]:
        """What the bank prints for a book line (with the lines it adds to it)."""
        rng = self.rng
        line_id, day, amount, text, ref = b.id, b.date, b.amount, b.description, b.reference
        source, kind, others, who = b.source, b.kind, b.others, b.who
        codes = {c for c, _d, _w in others}
        digits = re.findall(r"\d{3,}", ref)
        number = "".join(digits)[-8:] if digits else ""
        if number and rng.random() < 0.12:  # the bank's clerk typed one digit wrong
            k = rng.randrange(len(number))
            number = number[:k] + str((int(number[k]) + rng.randint(1, 9)) % 10) + number[k + 1:]

        def line(when: dt.date, value: int, words: str, reference: str = "",
                 office: str = "VIRTUAL", target: str | None = None,
                 book: int | None = line_id) -> _Line:
            self.seq += 1
            return _Line(when, value, _ascii(words)[:60], reference, office, book, target,
                         self.seq)

        if acc.code == WALLET_CODE:
            return self._wallet_lines(line_id, day, amount, source, others, line)
        if source == "cash" and kind == "bank_fees":
            gmf = amount + HANDLING_FEE
            out = [line(day, -HANDLING_FEE, "CUOTA DE MANEJO CTA CORRIENTE")]
            if gmf < 0:
                out.append(line(day, gmf, "GMF 4X1000 GRAVAMEN MOVIMIENTOS FINANCIEROS"))
            else:
                out[0].amount = amount
            return out
        if amount > 0:
            when = _workday(day + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2))))
            if source == "cash" and kind == "deposit":
                return [line(when, amount, "CONSIGNACION EFECTIVO", f"{rng.randint(1, 99):04d}",
                             OFFICE)]
            if who:
                words = rng.choice(("CONSIGNACION NACIONAL", "TRANSF DE", "ABONO ACH"))
                return [line(when, amount, f"{words} {who}"[:40], number)]
            if kind == "gold_buyer" or source == "sale":
                buyer = next((name for _c, name in names.BUYERS if name in text), text)
                return [line(when, amount, f"TRANSF RECIBIDA {buyer}", number)]
            if CASH in codes:
                return [line(when, amount, "CONSIGNACION EFECTIVO", "", OFFICE)]
            return [line(when, amount, f"NOTA CREDITO {text}", number)]
        when = _workday(day + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 4, 5))))
        if ROLE["mobile_money"] in codes:
            return [line(day, amount, f"TRANSF A NEQUI {WALLET_NUMBER}")]
        if source == "cash" and kind == "wages":
            return [line(day, amount, f"PAGO NOMINA {names.MANAGER.split()[2]} "
                                      f"{names.MANAGER.split()[3]} {names.MANAGER.split()[0]}")]
        if CASH in codes:
            self.cheque += 1
            return [line(when, amount, f"PAGO CHEQUE {self.cheque:06d} POR VENTANILLA",
                         f"{self.cheque:06d}", OFFICE)]
        if source == "payout":
            count = sum(1 for _c, d, _w in others if d > 0)
            return [line(day, amount, f"PAGO LOTE PROVEEDORES {count} BENEFICIARIOS", number)]
        if ROLE["royalties_payable"] in codes or (source == "cash" and kind == "royalties"):
            return [line(when, amount, "PAGO PSE AGENCIA NACIONAL DE MINERIA", number)]
        if who:
            out = [line(when, amount, f"TRANSF A {who}", number)]
            if rng.random() < 0.5:  # the member banks elsewhere
                out.append(line(when, -ACH_FEE, "COMISION ACH OTRA ENTIDAD + IVA", book=None,
                                target=ROLE["bank_fees"]))
            return out
        supplier = text.split(" - ")[-1] if " - " in text else text
        if rng.random() < 0.5:
            self.cheque += 1
            return [line(when, amount, f"PAGO CHEQUE {self.cheque:06d}", f"{self.cheque:06d}",
                         OFFICE)]
        return [line(when, amount, f"PAGO PSE {supplier}"[:44] + (f" FACT {number}"
                                                                  if number else ""), number)]

    def _wallet_lines(self, line_id: int, day: dt.date, amount: int, source: str | None,
                      others: tuple[tuple[str, int, str | None], ...],
                      line: Callable[..., _Line]) -> list[_Line]:
        if amount > 0:
            return [line(day, amount, "RECARGA DESDE BANCO AGRARIO")]
        if source == "payout":  # one transfer per member paid
            out = []
            for _code, delta, who in others:
                if delta > 0 and who:
                    out.append(line(day, -delta, f"ENVIO A {who}"[:40]))
            assert sum(ln.amount for ln in out) == amount
            return out
        words = self.wallet_words.get(line_id, "PAGO")
        out = [line(day, amount, words)]
        if line_id in self.wallet_fees:
            out.append(line(day, -WALLET_FEE, "COSTO TRANSACCION PSE", book=None,
                            target=ROLE["bank_fees"]))
        return out

    def _statement(self, acc: _Account, month: dt.date) -> list[_Line] | None:
        """The month's statement: written to the directory, kept in :attr:`files`; its lines
        (with the truth), or None when the month moved nothing."""
        end = _month_end(month)
        self._new_lines(acc, end)
        lines = sorted((ln for ln in acc.pending if ln.date <= end),
                       key=lambda ln: (ln.date, ln.seq))
        acc.pending = [ln for ln in acc.pending if ln.date > end]
        if acc.code == BANK_CODE:
            lines = self._interest(acc.balance, lines, month)
        opening = balance = acc.balance
        rows = []
        for ln in lines:
            balance += ln.amount
            rows.append(Row(ln.date, ln.text, ln.reference, ln.amount, balance, ln.office))
        acc.balance = balance
        holder = names.COOPERATIVE_NAME
        nit = names.REGISTRATION_NO.removeprefix("NIT ")
        if acc.code == BANK_CODE:
            head = Header(BANK_INSTITUTION, "Extracto de cuenta corriente", holder, nit,
                          BANK_NUMBER, month, end, opening, balance)
            name, data = f"banco-{month:%Y-%m}.csv", bank_csv(head, rows)
        else:
            head = Header(WALLET_INSTITUTION, "Extracto de movimientos", holder, nit,
                          WALLET_NUMBER, month, end, opening, balance)
            name, data = f"nequi-{month:%Y-%m}.xlsx", wallet_xlsx(head, rows)
        self.files[name] = data
        if self.directory is not None:
            self.directory.mkdir(parents=True, exist_ok=True)
            (self.directory / name).write_bytes(data)
        self._last_file = (name, data)
        return lines or None

    def _interest(self, opening: int, lines: list[_Line], month: dt.date) -> list[_Line]:
        end = _month_end(month)
        by_day: Counter[dt.date] = Counter()
        for ln in lines:
            by_day[ln.date] += ln.amount
        balance, total, day = opening, 0, month
        while day <= end:
            balance += by_day[day]
            total += max(balance, 0)
            day += dt.timedelta(days=1)
        average = Decimal(total) / end.day
        interest = int(average * INTEREST_RATE / 12 / PESO) * PESO
        if interest <= 0:
            return lines
        self.seq += 1
        return [*lines, _Line(end, interest, "ABONO INTERESES CTA CORRIENTE", "", "VIRTUAL",
                              None, ROLE["financial_income"], self.seq)]

    # -- the treasurer's monthly work --

    def _reconcile_month(self, month: dt.date) -> None:
        for acc in self.accounts.values():
            lines = self._statement(acc, month)
            name, data = self._last_file
            figures = self.figures.setdefault((acc.code, f"{month:%Y-%m}"), Figures())
            if lines:
                self._import_and_match(acc, month, name, data, lines, figures)
            reconcile.finish(self.treasurer, acc.code, _month_end(month),
                             from_minor(acc.balance, "COP"))

    def _import_and_match(self, acc: _Account, month: dt.date, name: str, data: bytes,
                          lines: list[_Line], fig: Figures) -> None:
        t, code = self.treasurer, acc.code
        bank.import_statement(t, code, data, name)
        end = _month_end(month)
        views = bank_queries.bank_lines(t, code, start=month, end=end)
        assert [(v.date, int(v.amount * PESO)) for v in views] == [
            (ln.date, ln.amount) for ln in lines], "the statement as imported"
        truth = {v.id: ln for v, ln in zip(views, lines, strict=True)}
        groups: dict[int, set[int]] = defaultdict(set)  # book line -> its statement lines
        for bid, ln in truth.items():
            if ln.book is not None:
                groups[ln.book].add(bid)
        fig.lines = len(lines)

        def right(bank_ids: tuple[int, ...], book_ids: tuple[int, ...]) -> bool:
            return (len(book_ids) == 1 and groups.get(book_ids[0]) == set(bank_ids))

        run = links.run_matching(t, code)
        match_of = {v.id: v.match_id for v in bank_queries.bank_lines(
            t, code, start=month, end=end, status="matched")}
        for m in run.matched:
            if right(m.bank, m.book):
                fig.auto += len(m.bank)
            else:
                fig.auto_wrong += len(m.bank)
                match_id = match_of[m.bank[0]]
                assert match_id is not None
                links.unlink(t, code, match_id, reject=True)
        for m in run.suggested:
            if right(m.bank, m.book):
                links.link(t, code, m.bank, m.book, score=m.score)
                fig.suggested += len(m.bank)
            else:
                links.reject(t, code, m.bank, m.book)
                fig.rejected += 1
        good = [p for p in run.proposals if (made := truth.get(p.bank_line)) is not None
                and made.book is None and [x.account for x in p.lines] == [made.target]]
        if good:
            links.post_proposals(t, code, good, run.rule_ids)
            fig.rule += len(good)
        done = {v.id for v in bank_queries.bank_lines(t, code, start=month, end=end,
                                                      status="matched")}
        for book_id, bank_ids in sorted(groups.items()):
            if not bank_ids & done:
                links.link(t, code, sorted(bank_ids), [book_id])
                fig.hand += len(bank_ids)
        for bid, ln in sorted(truth.items()):
            if ln.book is None and bid not in done:
                assert ln.target is not None
                self.made.add(links.book_line(
                    t, code, bid, links.proposal_lines(ln.target, from_minor(ln.amount, "COP")),
                    ln.text))
                fig.hand_entry += 1
