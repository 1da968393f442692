"""The demo cooperative's benefit sharing: last year's surplus shared out, and a premium use plan.

At the general assembly of March (the day the books' plan allocates last year's surplus), the
treasurer installs the Colombian preset (Ley 79 de 1988: 20 % reserve, 20 % education fund,
10 % solidarity fund) and, from it, the bylaws' own policy (the rest returned to the members by
the gold each sold to the cooperative and, up to about the year's inflation, by their capital),
computes the distribution of the closed year's surplus, records its approval by the assembly and
posts it, in place of the plan's journal entry. In April she pays it out: the members paid by
bank transfer in one batch; most of those paid in cash on one Saturday, with the cash drawn from
the bank that day; part of those paid by mobile money two weeks later, after topping up the
wallet. The others have not come for their share, so the unclaimed list has names. The same
assembly approves the year's Fairmined premium use plan; the safety equipment (and training paid
as an expense, not from the education fund) bought in the plan's year is tagged against it: what
was paid before the assembly on the day of the approval, the rest as it is paid.

:class:`SharingPlay` wraps the books' :class:`~coopdesk.demo.books_play.Player` and plays this
among the plan's operations, on its dates (the months close on the 10th of the next one, so it
must be written before). Its choices come from a random source seeded by the books' plan, so
the same plan gives the same file. The payouts are funded from the bank on the day, which the
plan's own ledger does not know of; the bank keeps tens of millions of pesos after them at
every seed tried, and tests/test_demo_sharing.py checks that the cash box, the bank and the
wallet never go below zero.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import select

from coopdesk.core.uow import UnitOfWork
from coopdesk.demo import names
from coopdesk.demo.books import (
    CASH,
    PESO,
    ROLE,
    BooksPlan,
    CashOp,
    JournalOp,
    Op,
)
from coopdesk.demo.books_play import Player
from coopdesk.ledger import cashbook
from coopdesk.ledger.models import FiscalYear, JournalEntry
from coopdesk.sharing import premium
from coopdesk.sharing import queries as sharing_queries
from coopdesk.sharing import services as sharing
from coopdesk.sharing.allocation import Basis, Policy, Step, StepKind
from coopdesk.sharing.services import RunInput, Source

PRESET = "colombia"
# The bylaws' own policy, from the Colombian preset: the same funds, under the bylaws' names;
# the members' part returned by the gold each sold to the cooperative and, up to about the
# year's inflation, by the capital each held (the "revalorización de aportes"); in multiples of
# 50 pesos, the smallest coin, so the cash can be counted out.
POLICY = Policy(
    name="Estatutos (art. 54, Ley 79 de 1988)",
    steps=(Step(StepKind.RESERVE, Decimal(20), label="Reserva de protección de aportes"),
           Step(StepKind.EDUCATION, Decimal(20), label="Fondo de educación"),
           Step(StepKind.SOLIDARITY, Decimal(10), label="Fondo de solidaridad")),
    mix=((Basis.VALUE, Decimal(70)), (Basis.SHARES, Decimal(30))),
    min_days=90,
    interest_cap=Decimal(5),
    rounding=50 * PESO,
)
CASH_CAME = 0.85  # of the members paid in cash, those who came on the day
MOBILE_SENT = 0.6  # of the members paid by mobile money, those sent in the first round
# The premium use plan: (code, title, budget in pesos).
USES = (
    ("EPP", "Equipos de protección personal para los frentes de trabajo", 24_000_000),
    ("AGUA", "Acueducto veredal: tanque y red de agua para la comunidad", 38_000_000),
    ("CAPAC", "Capacitación en seguridad minera y en el Estándar Fairmined", 12_000_000),
    ("SALUD", "Brigada de salud y botiquines para los asociados y sus familias", 9_000_000),
)
# Safety equipment goes to EPP, training to CAPAC, and the first-aid kits to SALUD.
FIRST_AID = names.SAFETY[3][1]  # "Botiquines y camilla para el socavón"


@dataclass
class _Step:
    date: dt.date
    name: str


class SharingPlay:
    """A :class:`Player` that also plays the year's distribution and premium use plan.

    ``sharing(op)`` first plays what is due before ``op``'s day, then ``op`` itself; the plan's
    journal entry that allocates the surplus is replaced by the distribution."""

    def __init__(self, player: Player, books: BooksPlan) -> None:
        self.player = player
        self.treasurer: UnitOfWork = player.treasurer
        self.years = books.years
        self.assembly = assembly_day(books)
        self.rng = random.Random(f"sharing:{books.start}:{sorted(books.results.items())}")
        self.run: int | None = None  # the distribution's number, once posted
        self.plan: str | None = None  # the premium plan's name, once approved
        self.waiting: list[tuple[str, str, int]] = []  # spending paid before the plan: use, entry
        self.due: list[_Step] = []
        # the numbers the general assembly's minutes give (see coopdesk.demo.governance_play)
        self.resolution = f"Resolución {self.assembly:%Y}-{{n:03d}} de la asamblea general"

    # -- the Player's interface --

    def open(self, books: BooksPlan, capital: Mapping[int, int]) -> None:
        self.player.open(books, capital)

    def __call__(self, op: Op) -> None:
        while self.due and self.due[0].date < op.date:
            self._play(self.due.pop(0))
        # (the services refuse an approval dated after the clock's today: a demo made with a
        # "today" ahead of it keeps the plan's journal entry)
        if _allocates_surplus(op) and op.date <= dt.date.today():
            self._assembly(op.date)
            return
        self.player(op)
        if isinstance(op, CashOp):
            self._spent(op)

    # -- the assembly --

    def _assembly(self, day: dt.date) -> None:
        """The distribution computed, approved and posted; the premium use plan approved."""
        t = self.treasurer
        closed = self.years[0]
        sharing.install_preset(t, PRESET)
        sharing.save_policy(t, POLICY)
        self.run = sharing.create_run(t, RunInput(
            f"Excedentes del ejercicio {closed}", Source.SURPLUS, POLICY.name, year=closed))
        sharing.approve(t, self.run, day, self.resolution.format(n=5))
        sharing.post(t, self.run, day)
        bank_day = _workday(day + dt.timedelta(days=12))
        cash_day = _saturday_after(bank_day)
        mobile_day = _workday(cash_day + dt.timedelta(days=13))
        self.due = [_Step(bank_day, "bank"), _Step(cash_day, "cash"),
                    _Step(mobile_day, "mobile_money")]
        self._premium_plan(day)

    def _premium_plan(self, day: dt.date) -> None:
        year = int(self.years[1])
        self.plan = f"Plan de uso de la prima Fairmined {year}"
        premium.create_plan(
            self.treasurer, self.plan, dt.date(year, 1, 1), dt.date(year, 12, 31),
            [premium.UseInput(code, title, Decimal(budget)) for code, title, budget in USES],
            approved_on=day, resolution=self.resolution.format(n=6))
        for use, year_name, number in self.waiting:
            self._tag(use, year_name, number)
        self.waiting.clear()

    # -- the payouts --

    def _play(self, step: _Step) -> None:
        assert self.run is not None
        t = self.treasurer
        via = step.name
        method = next(k for k, v in sharing.METHOD_VIA.items() if v == via)
        lines = [ln for ln in sharing_queries.lines(t, self.run, unpaid_only=True)
                 if ln.method == method and ln.payee != ""]  # "": a deceased, no successor
        share = {"bank": 1.0, "cash": CASH_CAME, "mobile_money": MOBILE_SENT}[via]
        paid = [ln for ln in lines if self.rng.random() < share]
        if not paid:
            return
        total = sum((ln.amount for ln in paid), Decimal(0))
        closed = self.years[0]
        if via != "bank":  # the money is drawn from the bank first, to the peso above
            top_up = total.to_integral_value(rounding=ROUND_CEILING)
            text = ("Retiro de efectivo para pagar los excedentes de {year} a los asociados"
                    if via == "cash" else
                    "Recarga de la billetera de dinero móvil para pagar los excedentes de "
                    "{year}").format(year=closed)
            cashbook.record(t, cashbook.CashInput(
                "other_payment", step.date, top_up, text, "bank",
                account=CASH if via == "cash" else ROLE["mobile_money"],
                reference=f"Distribución {self.run}", uid=self._uid()))
        reference = {"bank": f"Lote de transferencias {step.date:%Y%m%d}",
                     "cash": f"Planilla de pago en caja {step.date:%Y%m%d}",
                     "mobile_money": f"Envíos de dinero móvil {step.date:%Y%m%d}"}[via]
        sharing.pay(t, self.run, step.date, via, [ln.number for ln in paid], reference)

    # -- the premium plan's spending --

    def _spent(self, op: CashOp) -> None:
        """Tag a payment the premium plan pays for (safety equipment, training) of its year."""
        if str(op.date.year) != self.years[1]:
            return
        if op.kind == "safety":
            use = "SALUD" if op.description.startswith(FIRST_AID) else "EPP"
        elif op.kind == "training":
            use = "CAPAC"
        else:
            return
        with self.treasurer.read() as s:
            year_name, number = s.execute(
                select(FiscalYear.name, JournalEntry.number)
                .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
                .where(JournalEntry.uid == op.uid)).one()
        assert number is not None  # a posted entry has its number
        if self.plan is None:
            self.waiting.append((use, year_name, number))
        else:
            self._tag(use, year_name, number)

    def _tag(self, use: str, year: str, number: int) -> None:
        assert self.plan is not None
        premium.tag_spending(self.treasurer, self.plan, use, year, number)

    def _uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def _allocates_surplus(op: Op) -> bool:
    """The plan's journal entry of the assembly's allocation of last year's surplus."""
    return isinstance(op, JournalOp) and any(
        code == ROLE["surplus"] and delta > 0 for code, delta in op.lines)


def assembly_day(books: BooksPlan) -> dt.date:
    days = [op.date for op in books.ops if _allocates_surplus(op)]
    return days[0] if days else dt.date(int(books.years[1]), 3, 27)


def _workday(d: dt.date) -> dt.date:
    """The day itself, or the Monday after a Sunday."""
    return d + dt.timedelta(days=1) if d.weekday() == 6 else d


def _saturday_after(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=(5 - d.weekday()) % 7 or 7)

