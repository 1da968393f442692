"""The demo cooperative's books: two years that trainers teach from.

The previous fiscal year (2025 with the default "today") runs January to December and is closed
with its year-end closing; the current one is open, with entries up to the day before "today"
and its months closed up to the one before last. In them: production lots of the work groups
and of some members, purchases of that gold, sales to Fairmined refiners that list the lots and
carry the premium apart, the cash book (fuel, processing inputs, safety equipment, repairs,
wages, royalties, bank fees, training, admission fees, deposits, a loan to a member and its
repayment), a few journal entries (year-end adjustments, the allocation of the surplus, and two
mistakes corrected by reversal), some scanned receipts, and the monthly closings.

It is planned first, as data, from a seeded random source (:func:`plan`). The plan keeps a small
ledger of its own, so it knows the cash box and the bank at every step and never pays money the
cooperative does not have: a purchase is owed to the member when funds are short (and paid when
a buyer pays), a bill waits a day. Then :class:`Player` writes it through the services, as the
treasurer and the secretary would. The books are the same size whatever the number of members:
the people in them are a sample.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Protocol

from coopdesk.core.money import from_minor
from coopdesk.demo import names
from coopdesk.ledger import cashbook
from coopdesk.ledger.charts import ROLE_CODES
from coopdesk.production import services as production

CHART = "general"
ROLE = ROLE_CODES[CHART]
CASH, BANK = ROLE["cash"], ROLE["bank"]
CURRENCY = "COP"
PESO = 100  # minor units of a peso
EQUIPMENT, DEPRECIATION_ACC, DEPRECIATION = "1520", "1592", "5160"
INSURANCE, EDUCATION_FUND, SOLIDARITY_FUND = "5130", "261005", "261010"
PROFESSIONAL_FEES, INTEREST = ROLE["professional_fees"], ROLE["financial_income"]

KEEP_CASH = 3_000_000 * PESO  # what purchases and deposits leave in the cash box
KEEP_BANK = 12_000_000 * PESO  # and in the bank
DRAW_MORE = 30_000_000 * PESO  # a withdrawal for purchases takes this much more than needed
KEEP_BILLS = 600_000 * PESO  # what bills leave, for a share refund the same day
ROYALTY = Decimal("0.04")  # of the sale value, paid quarterly
PREMIUM_USD_PER_G = 4  # the Fairmined premium: USD 4,000 a kilogram of fine gold

# the order of things on one day: the share register first (played by the generator), then
_RECEIPT, _LOT, _SALE, _BILL, _JOURNAL, _DEPOSIT, _FEES, _YEAR_END, _CLOSE = range(1, 10)


class HasNumber(Protocol):
    number: int  # the member number, known once the register is written


@dataclass(frozen=True)
class Person:
    """A member who appears in the books."""

    key: int  # unique in the plan
    who: HasNumber
    name: str
    site: int  # index in names.SITES


@dataclass(frozen=True)
class Move:
    """What a share operation does to the money: + into, - out of the cash box or the bank."""

    date: dt.date
    place: str  # cash or bank
    amount: int  # minor units


@dataclass(frozen=True)
class Opening:
    """The balances brought from the exercise books, less the members' share capital (which
    comes from the register, and sits in the bank)."""

    cash: int
    bank: int
    equipment: int
    depreciated: int
    royalties: int  # of the last quarter, owed
    reserve: int
    retained: int


# ---- operations ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LotOp:
    date: dt.date
    key: int  # the lot in the plan; its number comes from the service
    grams: Decimal
    fineness: Decimal
    site: str
    miners: int
    days: int
    member: Person | None = None
    group: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class BuyOp:
    date: dt.date
    member: Person
    price: Decimal  # per fine gram
    place: str  # cash, bank or payable
    uid: str
    lot: int | None = None  # a member's own lot (plan key); else the weight of a group's lot
    grams: Decimal | None = None
    fineness: Decimal | None = None


@dataclass(frozen=True)
class SellOp:
    date: dt.date
    buyer: str
    lots: tuple[tuple[int, Decimal], ...]  # (plan key, grams)
    price: Decimal
    premium: Decimal
    reference: str
    place: str  # bank, or customers (the buyer pays later)
    uid: str


@dataclass(frozen=True)
class CashOp:
    date: dt.date
    kind: str  # a cash book template
    amount: int
    description: str
    place: str
    uid: str
    member: Person | None = None
    account: str | None = None
    reference: str | None = None
    receipt: tuple[str, ...] | None = None  # the lines of a scanned receipt to attach
    tag: str | None = None  # to reverse it later


@dataclass(frozen=True)
class JournalOp:
    date: dt.date
    description: str
    lines: tuple[tuple[str, int], ...]  # (account, debit minus credit)
    uid: str
    reference: str | None = None
    tag: str | None = None


@dataclass(frozen=True)
class ReverseOp:
    date: dt.date
    tag: str
    reason: str


@dataclass(frozen=True)
class ClosePeriodOp:
    date: dt.date
    year: str
    month: dt.date


@dataclass(frozen=True)
class CloseYearOp:
    date: dt.date
    year: str


Op = LotOp | BuyOp | SellOp | CashOp | JournalOp | ReverseOp | ClosePeriodOp | CloseYearOp


@dataclass
class BooksPlan:
    start: dt.date
    years: tuple[str, str]  # the closed year and the open one
    opening: Opening
    ops: list[Op]
    results: dict[str, int]  # planned income less expenses, minor units, per year
    lowest: dict[str, int]  # the lowest the cash box and the bank go (the bank less capital)

    @property
    def steps(self) -> int:
        """Progress steps of :class:`Player`: the set-up, then one per operation."""
        return 1 + len(self.ops)


# ---- the plan --------------------------------------------------------------------------------

def books_start(today: dt.date) -> dt.date:
    return dt.date(today.year - 1, 1, 1)


def _value(mg_x_fineness: int, price: Decimal) -> int:
    """Minor units of a weight at a price per fine gram, rounded as production rounds it."""
    return production.value(mg_x_fineness, price, CURRENCY)


def pesos(minor: int) -> Decimal:
    return from_minor(minor, CURRENCY)


def _round(minor: float, step_pesos: int) -> int:
    """Minor units rounded to a step of whole pesos."""
    step = step_pesos * PESO
    return round(minor / step) * step


def _next_day(d: dt.date) -> dt.date:
    d += dt.timedelta(days=1)
    return d + dt.timedelta(days=1) if d.weekday() == 6 else d


def _workday(d: dt.date) -> dt.date:
    """The day itself, or the Monday after a Sunday."""
    return d + dt.timedelta(days=1) if d.weekday() == 6 else d


def _month_end(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _last_workday(d: dt.date) -> dt.date:
    end = _month_end(d)
    return end - dt.timedelta(days=1) if end.weekday() == 6 else end


def _next_month(d: dt.date) -> dt.date:
    return _month_end(d) + dt.timedelta(days=1)


def _month_name(d: dt.date) -> str:
    return f"{names.MONTHS[d.month - 1]} de {d.year}"


@dataclass
class _Group:
    name: str
    leader: Person
    site: int
    size: int
    weekday: int
    rate: float  # usual grams per miner and day
    fineness: float
    cash_share: float  # how often the group is paid in cash (else by bank transfer or owed)


@dataclass
class _Planner:
    """Plans the books day by day, keeping its own small ledger to know the money."""

    rng: random.Random
    today: dt.date
    start: dt.date
    keep_bills: int
    bal: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    results: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lowest: dict[str, int] = field(default_factory=dict)
    ops: list[Op] = field(default_factory=list)
    heap: list[tuple[dt.date, int, int, Callable[[dt.date], None]]] = field(
        default_factory=list)
    seq: int = 0
    lots: int = 0
    collected: int = 0  # cash received from members since the last deposit
    unsold: list[tuple[int, Decimal, int]] = field(default_factory=list)  # key, grams, mg*fine
    owed: dict[int, tuple[Person, int]] = field(default_factory=dict)  # purchases owed
    sold: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    bank_out: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    tagged: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    settlements: dict[tuple[str, int], int] = field(default_factory=lambda: defaultdict(int))
    prices: list[int] = field(default_factory=list)  # per fine gram, a month each
    premiums: list[int] = field(default_factory=list)  # per fine gram, a month each

    @property
    def last(self) -> dt.date:
        return self.today - dt.timedelta(days=1)

    # -- the calendar of intentions --

    def at(self, day: dt.date, prio: int, fn: Callable[[dt.date], None]) -> None:
        self.seq += 1
        heapq.heappush(self.heap, (day, prio, self.seq, fn))

    def run(self) -> None:
        while self.heap:
            day, _prio, _seq, fn = heapq.heappop(self.heap)
            if day <= self.last:
                fn(day)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def month(self, d: dt.date) -> int:
        return (d.year - self.start.year) * 12 + d.month - 1

    # -- the plan's own ledger --

    def book(self, d: dt.date, lines: Sequence[tuple[str, int]]) -> None:
        assert sum(delta for _c, delta in lines) == 0, lines
        for code, delta in lines:
            self.bal[code] += delta
            if code[0] in "456":
                self.results[str(d.year)] -= delta
            if code == BANK and delta < 0:
                self.bank_out[(d.year, d.month)] -= delta
        for code in (CASH, BANK):
            assert self.bal[code] >= 0, (d, code, self.bal[code])
            self.lowest[code] = min(self.lowest.get(code, self.bal[code]), self.bal[code])

    def share(self, d: dt.date, place: str, amount: int) -> None:
        """A payment into or a refund out of the share capital (the register posts it)."""
        self.book(d, ((ROLE[place], amount), (ROLE["share_capital"], -amount)))
        if place == "cash" and amount > 0:
            self.collected += amount

    def can(self, place: str, amount: int, keep: int) -> bool:
        return self.bal[ROLE[place]] - amount >= keep

    def cash(self, d: dt.date, kind: str, amount: int, place: str, text: str, *,
             member: Person | None = None, account: str | None = None,
             reference: str | None = None, receipt: tuple[str, ...] | None = None,
             tag: str | None = None) -> None:
        t = cashbook.BY_KEY[kind]
        money, other = ROLE[place], account or ROLE[t.role or ""]
        lines = ((money, amount), (other, -amount)) if t.direction == cashbook.Direction.RECEIPT \
            else ((other, amount), (money, -amount))
        self.ops.append(CashOp(d, kind, amount, text, place, self.uid(), member, account,
                               reference, receipt, tag))
        if place == "cash" and t.direction == cashbook.Direction.RECEIPT:
            self.collected += amount
        if tag:
            self.tagged[tag] = lines
        self.book(d, lines)

    def journal(self, d: dt.date, text: str, lines: tuple[tuple[str, int], ...],
                reference: str | None = None, tag: str | None = None) -> None:
        self.ops.append(JournalOp(d, text, lines, self.uid(), reference, tag))
        if tag:
            self.tagged[tag] = lines
        self.book(d, lines)

    def reverse(self, d: dt.date, tag: str, reason: str) -> None:
        self.ops.append(ReverseOp(d, tag, reason))
        self.book(d, [(code, -delta) for code, delta in self.tagged[tag]])

    def bill(self, d: dt.date, prio: int, amount: int, places: tuple[str, ...],
             pay: Callable[[dt.date, str], None]) -> None:
        """Pay from the first place that has the money, else try again the next day."""
        for place in places:
            if self.can(place, amount, self.keep_bills):
                pay(d, place)
                return
        self.at(_next_day(d), prio, lambda day: self.bill(day, prio, amount, places, pay))

    # -- gold --

    def lot(self, d: dt.date, who: Person, *, group: _Group | None, miners: int, days: int,
            rate: float, fineness: float, note: str | None = None) -> None:
        grams = (Decimal(miners * days) * Decimal(f"{rate:.4f}")).quantize(Decimal("0.001"))
        fine = Decimal(f"{min(920.0, max(820.0, fineness)):.1f}")
        key, self.lots = self.lots, self.lots + 1
        site = group.site if group else who.site
        self.ops.append(LotOp(d, key, grams, fine, names.SITES[site].name, miners, days,
                              None if group else who, group.name if group else None, note))
        mg_x_fine = int(grams * 1000) * int(fine * 10)
        self.unsold.append((key, grams, mg_x_fine))
        price = Decimal(self.prices[self.month(d)])
        amount = _value(mg_x_fine, price)
        cash_share = group.cash_share if group else 0.9
        draw = self.rng.random()
        place = "cash" if draw < cash_share else "bank" if draw < 0.93 else "payable"
        place = self.purchase_place(d, amount, place)
        self.ops.append(BuyOp(d, who, price, place, self.uid(),
                              None if group else key, grams if group else None,
                              fine if group else None))
        self.book(d, ((ROLE["purchases_members"], amount),
                      (ROLE["member_payable"] if place == "payable" else ROLE[place], -amount)))
        if place == "payable":
            person, before = self.owed.get(who.key, (who, 0))
            self.owed[who.key] = (person, before + amount)

    def purchase_place(self, d: dt.date, amount: int, place: str) -> str:
        if place == "cash":
            if self.can("cash", amount, max(KEEP_CASH, self.keep_bills)):
                return "cash"
            need = amount + max(KEEP_CASH, self.keep_bills) - self.bal[CASH]
            draw = -(-(need + DRAW_MORE) // (1_000_000 * PESO)) * 1_000_000 * PESO
            if self.can("bank", draw, max(KEEP_BANK, self.keep_bills)):
                self.cash(d, "other_payment", draw, "bank",
                          "Retiro de efectivo para pagar compras de oro", account=CASH)
                return "cash"
            place = "bank"
        if place == "bank" and self.can("bank", amount, max(KEEP_BANK, self.keep_bills)):
            return "bank"
        return "payable"

    def settle(self, d: dt.date) -> None:
        """Pay what purchases left owed, as far as the bank allows."""
        for key, (person, amount) in list(self.owed.items()):
            if not self.can("bank", amount, max(KEEP_BANK, self.keep_bills)):
                break
            self.cash(d, "member_payment", amount, "bank",
                      f"Pago de oro comprado a crédito a {person.name}", member=person)
            del self.owed[key]

    def sale(self, d: dt.date) -> None:
        if not self.unsold:
            return
        lots, self.unsold = self.unsold, []
        code, buyer = names.BUYERS[0] if self.rng.random() < 0.75 else names.BUYERS[1]
        self.settlements[(code, d.year)] += 1
        reference = f"Liquidación {code}-{d.year}-{self.settlements[(code, d.year)]:03d}"
        m = self.month(d)
        price = Decimal(_round(self.prices[m] * PESO * self.rng.uniform(1.074, 1.086), 100)
                        // PESO)
        fine_total = sum(f for _k, _g, f in lots)
        amount = _value(fine_total, price)
        premium = _round(fine_total * self.premiums[m] / 10_000_000 * PESO, 1)
        place = "bank" if self.rng.random() < 0.55 else "customers"
        self.ops.append(SellOp(d, buyer, tuple((k, g) for k, g, _f in lots), price,
                               pesos(premium), reference, place, self.uid()))
        self.book(d, ((ROLE[place], amount + premium), (ROLE["gold_sales"], -amount),
                      (ROLE["premium"], -premium)))
        self.sold[(d.year, (d.month - 1) // 3)] += amount
        if place == "bank":
            self.settle(d)
            return

        def collect(day: dt.date) -> None:
            self.cash(day, "gold_buyer", amount + premium, "bank",
                      f"Pago de {buyer}, {reference[0].lower()}{reference[1:]}",
                      reference=reference)
            self.settle(day)

        self.at(_workday(d + dt.timedelta(days=self.rng.randint(2, 6))), _RECEIPT, collect)


def _prices(rng: random.Random, months: int) -> tuple[list[int], list[int]]:
    """Pesos per fine gram paid to members, a month each, on a rising trend; and the premium
    per fine gram at the month's exchange rate."""
    first, last = rng.uniform(252_000, 258_000), rng.uniform(318_000, 328_000)
    noise, prices, premiums = 0.0, [], []
    rate = rng.uniform(4_250, 4_350)  # pesos a dollar
    for m in range(months):
        noise = 0.6 * noise + rng.gauss(0, 0.012)
        trend = first + (last - first) * m / max(1, months - 1)
        prices.append(int(round(trend * (1 + noise), -2)))
        rate = max(3_600.0, rate + rng.gauss(-25, 45))
        premiums.append(int(round(PREMIUM_USD_PER_G * rate, -1)))
    return prices, premiums


def _groups(rng: random.Random, leaders: Sequence[Person]) -> list[_Group]:
    used: set[str] = set()
    out = []
    for p in leaders:
        free = [n for n in names.WORK_GROUPS[p.site] if n not in used]
        name = free[0] if free else f"{names.WORK_GROUPS[p.site][0]} {len(used) + 1}"
        used.add(name)
        alluvial = names.SITES[p.site].alluvial
        out.append(_Group(
            name, p, p.site, rng.randint(3, 8), rng.randint(0, 5),
            rng.uniform(0.7, 1.5) if alluvial else rng.uniform(1.3, 2.6),
            rng.uniform(885, 912) if alluvial else rng.uniform(832, 878),
            rng.uniform(0.2, 0.45)))
    return out


def plan(rng: random.Random, today: dt.date, producers: Sequence[Person],
         newcomers: Sequence[tuple[dt.date, Person]], moves: Sequence[Move]) -> BooksPlan:
    """The books from the first day of last year to the day before ``today``, as data.

    ``producers`` are members active all along (a sample: the leaders of the work groups,
    members who bring their own lots, borrowers); ``newcomers`` pay an admission fee on the day
    they join; ``moves`` are what the share register's payments and refunds do to the money."""
    start = books_start(today)
    prev, cur = str(start.year), str(today.year)
    p = _Planner(rng, today, start, _keep_for_refunds(moves))
    p.prices, p.premiums = _prices(rng, p.month(p.last) + 1)
    opening = _opening(rng, p)
    p.bal[CASH], p.bal[BANK] = opening.cash, opening.bank
    for mv in moves:
        p.at(mv.date, 0, partial(p.share, place=mv.place, amount=mv.amount))

    pool = list(producers)
    rng.shuffle(pool)
    n_groups = min(rng.randint(5, 7), len(pool))
    groups = _groups(rng, pool[:n_groups])
    singles = pool[n_groups:n_groups + 8] or pool[:n_groups]
    borrowers = pool[n_groups + 8:n_groups + 11] or pool[:3]
    _plan_production(p, groups, singles)
    _plan_sales(p)
    _plan_bills(p, opening)
    _plan_journal(p, opening)
    _plan_loans(p, borrowers)
    _plan_admissions(p, newcomers)
    _plan_closings(p)
    p.run()
    return BooksPlan(start, (prev, cur), opening, p.ops, dict(p.results), dict(p.lowest))


def _keep_for_refunds(moves: Sequence[Move]) -> int:
    """What bills leave in the cash box and the bank: enough for the share refunds of any
    month, so the register never pays out money that is not there."""
    out = [(mv.date, mv.place, -mv.amount) for mv in moves if mv.amount < 0]
    month = dt.timedelta(days=31)
    return max([KEEP_BILLS, *(sum(a for d2, p2, a in out if p2 == place and d <= d2 < d + month)
                              + 100_000 * PESO for d, place, _a in out)])


def _opening(rng: random.Random, p: _Planner) -> Opening:
    equipment = _round(rng.uniform(42e6, 52e6) * PESO, 100_000)
    depreciated = _round(equipment * rng.uniform(0.25, 0.35), 1_000)
    # the royalties of last year's fourth quarter, on about three months of sales
    royalties = _round(3 * 650 * p.prices[0] * 1.08 * float(ROYALTY) * PESO, 1)
    cash = max(_round(rng.uniform(3.5e6, 5.5e6) * PESO, 50_000), p.keep_bills + KEEP_CASH)
    reserve = _round(rng.uniform(17e6, 24e6) * PESO, 1)
    retained = _round(rng.uniform(140e6, 160e6) * PESO, 1)
    bank = reserve + retained + royalties + depreciated - equipment - cash
    return Opening(cash, bank, equipment, depreciated, royalties, reserve, retained)


def _weeks(p: _Planner, weekday: int) -> list[dt.date]:
    d = p.start + dt.timedelta(days=(weekday - p.start.weekday()) % 7)
    out = []
    while d <= p.last:
        out.append(d)
        d += dt.timedelta(days=7)
    return out


def _plan_production(p: _Planner, groups: Sequence[_Group], singles: Sequence[Person]) -> None:
    rng = p.rng
    bonanza: set[tuple[int, dt.date]] = set()
    tunnels = [i for i, g in enumerate(groups) if not names.SITES[g.site].alluvial]
    for year in range(p.start.year, p.today.year + 1):  # one lot a year is above 4 g a day
        if groups:
            gi = rng.choice(tunnels or range(len(groups)))
            days = [d for d in _weeks(p, groups[gi].weekday) if d.year == year]
            if days:
                bonanza.add((gi, rng.choice(days)))
    for gi, g in enumerate(groups):
        for d in _weeks(p, g.weekday):
            rich = (gi, d) in bonanza or rng.random() < 0.01
            if not rich and rng.random() > 0.8:
                continue  # a week without a delivery: rain, repairs, a holiday
            miners = max(1, g.size - (1 if rng.random() < 0.25 else 0))
            worked = rng.choice((5, 6, 6))
            rate = rng.uniform(4.15, 4.9) if rich else min(
                3.5, max(0.5, g.rate * rng.uniform(0.65, 1.35)))
            note = ("Bonanza: el frente cortó una veta rica; más de 4 g por minero y día, "
                    "a revisar con el comité de vigilancia") if rich else None
            fineness = g.fineness + rng.uniform(-10, 10)
            p.at(d, _LOT, partial(p.lot, who=g.leader, group=g, miners=miners, days=worked,
                                  rate=rate, fineness=fineness, note=note))
    if not singles:
        return
    month = p.start
    while month <= p.last:
        for _i in range(rng.randint(1, 3)):
            who = rng.choice(singles)
            d = _workday(month + dt.timedelta(days=rng.randint(0, 27)))
            alluvial = names.SITES[who.site].alluvial
            rate = rng.uniform(0.5, 1.4) if alluvial else rng.uniform(0.9, 2.6)
            fineness = rng.uniform(885, 918) if alluvial else rng.uniform(825, 880)
            p.at(d, _LOT, partial(p.lot, who=who, group=None, miners=1,
                                  days=rng.randint(2, 6), rate=rate, fineness=fineness))
        month = _next_month(month)


def _plan_sales(p: _Planner) -> None:
    month = p.start
    while month <= p.last:
        p.at(_workday(month.replace(day=15)), _SALE, p.sale)
        p.at(_last_workday(month), _SALE, p.sale)
        month = _next_month(month)


def _receipt(supplier: str, item: str, d: dt.date, amount: int, number: int) -> tuple[str, ...]:
    return (supplier, f"NIT 900.{number % 1000:03d}.{number * 7 % 1000:03d}-{number % 10}",
            f"Factura de venta No. FE-{number:05d}", f"Fecha: {d:%d/%m/%Y}",
            f"Cliente: {names.COOPERATIVE_NAME}", names.REGISTRATION_NO, "", item, "",
            f"Total: $ {int(pesos(amount)):,}".replace(",", "."), "", "Pagado - gracias")


def _plan_bills(p: _Planner, opening: Opening) -> None:
    rng = p.rng
    attach = {"repairs": 2, "safety": 2, "training": 1, "supplies": 1}  # receipts, a year
    attached: dict[tuple[str, int], int] = defaultdict(int)

    def expense(d: dt.date, kind: str, amount: int, text: str, places: tuple[str, ...],
                supplier: str | None = None, account: str | None = None) -> None:
        def pay(day: dt.date, place: str) -> None:
            receipt, reference = None, None
            if supplier:
                reference = f"Factura {supplier.split()[0][:3].upper()}-{rng.randint(1000, 9999)}"
                if attached[(kind, day.year)] < attach.get(kind, 0):
                    attached[(kind, day.year)] += 1
                    receipt = _receipt(supplier, text, day, amount, rng.randint(1000, 99999))
            p.cash(day, kind, amount, place, f"{text} - {supplier}" if supplier else text,
                   account=account, receipt=receipt, reference=reference)
        p.at(d, _BILL, lambda day: p.bill(day, _BILL, amount, places, pay))

    def pesos(low: float, high: float, step: int = 1_000) -> int:
        return _round(rng.uniform(low, high) * PESO, step)

    def training(d: dt.date, item: str, supplier: str, amount: int) -> None:
        """Paid from the education fund once the assembly has filled it, else an expense."""
        if -p.bal[EDUCATION_FUND] >= amount:
            expense(d, "other_payment", amount, f"{item} (Fondo de Educación)",
                    ("cash", "bank"), supplier, EDUCATION_FUND)
        else:
            expense(d, "training", amount, item, ("cash", "bank"), supplier)

    month = p.start
    while month <= p.last:
        year, m, later = month.year, month.month, month.year > p.start.year

        def day(lo: int, hi: int, month: dt.date = month) -> dt.date:
            return _workday(month.replace(day=rng.randint(lo, hi)))

        for lo, hi in ((1, 14), (15, 28)):
            supplier, item = rng.choice(names.FUEL)
            expense(day(lo, hi), "fuel", pesos(650e3, 1.6e6), item, ("cash", "bank"),
                    supplier)
        for _i in range(rng.randint(1, 2)):
            supplier, item = rng.choice(names.SUPPLIES)
            expense(day(2, 26), "supplies", pesos(1.1e6, 3.2e6), item, ("bank", "cash"),
                    supplier)
        if m in (2, 5, 8, 11):
            supplier, item = rng.choice(names.SAFETY)
            expense(day(3, 25), "safety", pesos(2.2e6, 5.5e6, 10_000), item, ("bank",),
                    supplier)
        if rng.random() < 0.45 and not (later and m == 2):
            supplier, item = rng.choice(names.REPAIRS)
            expense(day(1, 27), "repairs", pesos(4e5, 3.8e6), item, ("cash", "bank"),
                    supplier)
        if m in (4, 8, 11):
            supplier, item = names.TRAINING[(m // 4 + year) % len(names.TRAINING)]
            p.at(day(5, 25), _BILL, partial(training, item=item, supplier=supplier,
                                            amount=pesos(1.2e6, 3.4e6, 10_000)))
        wage = (3_350_000 if later else 2_850_000) * PESO
        expense(_last_workday(month), "wages", wage,
                f"Salario de {_month_name(month)}: administrador {names.MANAGER}", ("bank",))
        expense(day(18, 22), "other_payment", (1_300_000 if later else 1_150_000) * PESO,
                f"Honorarios de contabilidad, {_month_name(month)}: {names.ACCOUNTANT}",
                ("bank",), account=PROFESSIONAL_FEES)
        if m % 3 == 0:
            p.at(_last_workday(month), _DEPOSIT, _deposit(p))
        p.at(_month_end(month), _FEES, _bank_fees(p))
        if m in (4, 7, 10):  # the royalties of the quarter before, at the bank
            p.at(month.replace(day=10), _BILL, _royalties(p, month))
        month = _next_month(month)
    # last year's fourth quarter, owed in the opening balances
    p.at(dt.date(p.start.year, 1, 14), _BILL, lambda d: p.bill(
        d, _BILL, opening.royalties, ("bank",), lambda day, place: p.cash(
            day, "other_payment", opening.royalties, place,
            f"Regalías del cuarto trimestre de {p.start.year - 1} (causadas)",
            account=ROLE["royalties_payable"],
            reference=f"Liquidación ANM {p.start.year - 1}-T4")))


def _deposit(p: _Planner) -> Callable[[dt.date], None]:
    """At the end of a quarter, what members paid in cash goes to the bank (as far as the
    cash box can spare it)."""
    def run(d: dt.date) -> None:
        spare = p.bal[CASH] - max(KEEP_CASH, p.keep_bills)
        amount = min(p.collected, spare) // (10_000 * PESO) * 10_000 * PESO
        if amount >= 500_000 * PESO:
            p.cash(d, "deposit", amount, "cash", "Consignación de lo recaudado en caja en el "
                   "trimestre (aportes, cuotas de admisión, abonos de préstamos)")
            p.collected = 0
    return run


def _bank_fees(p: _Planner) -> Callable[[dt.date], None]:
    def run(d: dt.date) -> None:
        amount = _round(38_500 * PESO + p.bank_out[(d.year, d.month)] * 0.004, 1)
        p.bill(d, _FEES, amount, ("bank",), lambda day, place: p.cash(
            day, "bank_fees", amount, place,
            f"Comisiones bancarias y GMF (4 x 1.000) de {_month_name(d)}"))
    return run


def _royalties(p: _Planner, month: dt.date) -> Callable[[dt.date], None]:
    quarter = (month.month - 1) // 3 - 1

    def run(d: dt.date) -> None:
        amount = _round(p.sold[(month.year, quarter)] * float(ROYALTY), 1)
        if amount:
            p.bill(d, _BILL, amount, ("bank",), lambda day, place: p.cash(
                day, "royalties", amount, place,
                f"Regalías del trimestre {quarter + 1} de {month.year} (4 % del valor vendido)",
                reference=f"Liquidación ANM {month.year}-T{quarter + 1}"))
    return run


def _plan_journal(p: _Planner, opening: Opening) -> None:
    rng = p.rng
    prev = p.start.year
    cur = prev + 1
    end = dt.date(prev, 12, 31)
    # a mistake: the insurance typed with a zero too many, reversed the next day
    right = _round(rng.uniform(4.2e6, 5.4e6) * PESO, 10_000)
    policy = f"Póliza PTR-{rng.randint(10_000, 99_999)}"
    text = f"Póliza anual todo riesgo de la planta de beneficio - {names.INSURER}"

    def insure(d: dt.date, place: str) -> None:
        p.journal(d, text, ((INSURANCE, 10 * right), (ROLE[place], -10 * right)), policy,
                  tag="insurance")
        fix = _next_day(d)

        def fixed(day: dt.date) -> None:
            p.reverse(day, "insurance", "Valor digitado con un cero de más; la póliza vale "
                      f"{int(pesos(right)):,}".replace(",", "."))
            p.journal(day, text, ((INSURANCE, right), (ROLE[place], -right)), policy)
        p.at(fix, _JOURNAL, fixed)

    p.at(dt.date(prev, 6, 10), _JOURNAL, lambda d: p.bill(d, _JOURNAL, 10 * right, ("bank",),
                                                          insure))
    renewal = _round(right * 1.08, 10_000)
    p.at(dt.date(cur, 6, 9), _JOURNAL, lambda d: p.bill(d, _JOURNAL, renewal, ("bank",),
         lambda day, place: p.journal(day, text, ((INSURANCE, renewal),
                                                  (ROLE[place], -renewal)),
                                      f"Póliza PTR-{rng.randint(10_000, 99_999)}")))

    # a repair entered as fuel, reversed and entered again under repairs
    supplier, item = names.REPAIRS[0]
    amount = _round(rng.uniform(9e5, 1.6e6) * PESO, 1_000)

    def wrong(d: dt.date, place: str) -> None:
        p.cash(d, "fuel", amount, place, f"{item} - {supplier}", tag="fuel")

        def fixed(day: dt.date) -> None:
            p.reverse(day, "fuel", "Se registró como combustible; es una reparación del molino")
            p.cash(day, "repairs", amount, place, f"{item} - {supplier}",
                   receipt=_receipt(supplier, item, day, amount, rng.randint(1000, 99999)))
        p.at(_next_day(d), _JOURNAL, fixed)

    p.at(_workday(dt.date(cur, 2, 12)), _BILL,
         lambda d: p.bill(d, _BILL, amount, ("cash", "bank"), wrong))

    # year-end adjustments of last year: depreciation, the royalties of the fourth quarter
    depreciation = _round(opening.equipment * 0.1, 1)
    p.at(end, _YEAR_END, lambda d: p.journal(
        d, "Depreciación anual de maquinaria y equipo (10 %)",
        ((DEPRECIATION, depreciation), (DEPRECIATION_ACC, -depreciation))))
    accrued: list[int] = []

    def accrue(d: dt.date) -> None:
        amount = _round(p.sold[(prev, 3)] * float(ROYALTY), 1)
        accrued.append(amount)
        if amount:
            p.journal(d, f"Regalías causadas del cuarto trimestre de {prev} (4 % del valor "
                      "vendido)", ((ROLE["royalties"], amount),
                                   (ROLE["royalties_payable"], -amount)))

    p.at(end, _YEAR_END, accrue)
    def pay_accrued(d: dt.date) -> None:
        if accrued and accrued[0]:
            p.bill(d, _BILL, accrued[0], ("bank",), lambda day, place: p.cash(
                day, "other_payment", accrued[0], place,
                f"Regalías del cuarto trimestre de {prev} (causadas)",
                account=ROLE["royalties_payable"], reference=f"Liquidación ANM {prev}-T4"))

    p.at(dt.date(cur, 1, 15), _BILL, pay_accrued)

    def allocate(d: dt.date) -> None:  # as the general assembly decided (Ley 79 de 1988)
        surplus = p.results.get(str(prev), 0)
        if surplus <= 0:
            return
        parts = [_round(surplus * s, 1) for s in (0.2, 0.2, 0.1)]
        p.journal(d, f"Distribución de los excedentes de {prev} aprobada por la asamblea "
                  "general: 20 % reserva, 20 % fondo de educación, 10 % fondo de solidaridad, "
                  "el resto a resultados de ejercicios anteriores",
                  ((ROLE["surplus"], surplus), (ROLE["reserve"], -parts[0]),
                   (EDUCATION_FUND, -parts[1]), (SOLIDARITY_FUND, -parts[2]),
                   (ROLE["retained"], -(surplus - sum(parts)))),
                  f"Acta de asamblea general ordinaria {cur}")

    p.at(dt.date(cur, 3, 27), _JOURNAL, allocate)


def _plan_loans(p: _Planner, borrowers: Sequence[Person]) -> None:
    """Emergency loans to members, repaid in monthly instalments with 1.5 % interest."""
    prev, cur = p.start.year, p.start.year + 1
    for who, (year, month), amount, n, place in zip(
            borrowers, ((prev, 4), (prev, 9), (cur, 7)), (3_000_000, 1_800_000, 2_500_000),
            (6, 4, 5), ("bank", "cash", "bank"), strict=False):
        lent = _workday(dt.date(year, month, p.rng.randint(5, 20)))
        p.at(lent, _BILL, partial(
            p.bill, prio=_BILL, amount=amount * PESO,
            places=(place, "bank" if place == "cash" else "cash"),
            pay=partial(_lend, p, who=who, total=amount * PESO, n=n)))


def _lend(p: _Planner, d: dt.date, place: str, *, who: Person, total: int, n: int) -> None:
    p.cash(d, "member_loan", total, place,
           f"Préstamo de emergencia a {who.name}, {n} cuotas al 1,5 % mensual", member=who,
           reference=f"Pagaré {d:%Y%m%d}-{who.key}")
    owed = total
    for k in range(1, n + 1):
        part = total // n if k < n else owed
        interest = _round(owed * 0.015, 1)

        def repay(day: dt.date, k: int = k, part: int = part, interest: int = interest) -> None:
            p.cash(day, "loan_repayment", part, "cash",
                   f"Cuota {k} de {n} del préstamo de {who.name}", member=who)
            p.cash(day, "other_receipt", interest, "cash",
                   f"Intereses de la cuota {k} del préstamo de {who.name}", account=INTEREST)

        p.at(_workday(d + dt.timedelta(days=30 * k)), _RECEIPT, repay)
        owed -= part


def _plan_admissions(p: _Planner, newcomers: Sequence[tuple[dt.date, Person]]) -> None:
    per_month: dict[tuple[int, int], int] = defaultdict(int)
    for joined, who in sorted(newcomers, key=lambda x: (x[0], x[1].key)):
        if not p.start <= joined <= p.last or per_month[(joined.year, joined.month)] >= 2:
            continue
        per_month[(joined.year, joined.month)] += 1
        fee = (142_000 if joined.year == p.start.year else 175_000) * PESO
        p.at(_workday(joined), _RECEIPT, partial(
            p.cash, kind="admission_fee", amount=fee, place="cash",
            text=f"Cuota de admisión de {who.name}"))


def _plan_closings(p: _Planner) -> None:
    month = p.start
    while month <= p.last:
        closing = _next_month(month).replace(day=10)
        if closing < p.today:
            p.at(closing, _CLOSE, partial(_close, p, month=month))
        month = _next_month(month)
    p.at(dt.date(p.start.year + 1, 1, 20), _CLOSE, partial(_close, p, month=None))


def _close(p: _Planner, d: dt.date, *, month: dt.date | None) -> None:
    """A month's period, or with no month the year before ``d``."""
    p.ops.append(ClosePeriodOp(d, str(month.year), month) if month
                 else CloseYearOp(d, str(d.year - 1)))
