"""The demo cooperative's action plan and budget for the current year.

- Eleven activities in Spanish (safety equipment for every digger, first aid, the mercury-free
  processing pilot, the women's savings group, the register census, a solar dryer...), each
  led by a member of the team in office where there is one, spread through the year. Those
  whose time is over are done, except one or two left overdue; those running report the
  progress their time calls for, but one lags behind (late); those ahead are planned.
- Their spending is tagged from the books: the posted expense lines of the year whose
  description fits the activity (helmets and boots, first-aid kits, borax for mercury-free
  smelting, the mill's bearings...), else the largest lines of its account.
- The year's budget is proposed from last year's actuals plus 8 %. It is approved only by a
  passed motion of a general assembly about the budget ("presupuesto"); the March assembly of
  the governance play votes the accounts, the surplus and the premium plan but no budget, so
  the budget stays a draft, as a treasurer would keep it until an assembly votes it.

Everything through the services, as the treasurer and the secretary would. Without a chart of
accounts the books' part is skipped; a tiny cooperative gets nothing.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from coopdesk.core.access import Actor
from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import officers
from coopdesk.ledger import queries as ledger_queries
from coopdesk.ledger import services as books
from coopdesk.members.models import Member
from coopdesk.members.rules import Status
from coopdesk.plans import activities as acts
from coopdesk.plans import budgets
from coopdesk.plans.models import ActivityRow

GROWTH = Decimal(8)
MIN_MEMBERS = 10
MAX_LINES = 6


@dataclass(frozen=True)
class Planned:
    title: str
    objective: str
    indicator: str
    first_month: int
    last_month: int
    budget: int
    position: str | None        # who leads it: an officer's position, else any member
    words: tuple[str, ...]      # descriptions of the expenses that belong to it
    account: str | None         # else the largest lines of this account
    lag: bool = False           # running behind its time (late) or left overdue


PLAN = (
    Planned("Dotación de elementos de protección para todos los mineros",
            "Que cada minero de socavón y de aluvión trabaje con casco, botas, guantes y "
            "gafas.", "Mineros con dotación completa / mineros activos", 1, 4, 9_000_000,
            "Consejo de Administración", ("cascos", "botas"), "5150"),
    Planned("Capacitación en primeros auxilios y botiquines en los frentes",
            "Un brigadista formado y un botiquín completo en cada frente de trabajo.",
            "Brigadistas certificados por frente", 2, 6, 4_500_000,
            "Junta de Vigilancia", ("botiquín", "botiquines", "camilla"), "5175"),
    Planned("Piloto de beneficio sin mercurio (fundición con bórax)",
            "Procesar el mineral del beneficio sin mercurio y fundir con bórax.",
            "Gramos de oro recuperados sin mercurio / gramos totales", 1, 12, 14_000_000,
            "Consejo de Administración", ("bórax", "sin mercurio", "crisoles"), "5196"),
    Planned("Grupo de ahorro de mujeres barequeras y chatarreras",
            "Un grupo de ahorro y crédito de las asociadas, con reuniones mensuales.",
            "Asociadas ahorrando cada mes", 3, 11, 1_500_000, None, (), None),
    Planned("Censo y actualización del registro de asociados",
            "Verificar en terreno a cada asociado y actualizar sus datos y su foto.",
            "Asociados verificados en el censo", 4, 7, 800_000, "Consejo de Administración",
            (), None),
    Planned("Secador solar para el mineral y la arena",
            "Construir un secador solar junto a la planta para dejar de secar con ACPM.",
            "Secador construido y en uso", 5, 9, 6_000_000, "Consejo de Administración",
            (), None, lag=True),
    Planned("Mantenimiento preventivo del molino y de la planta eléctrica",
            "Cero paradas no previstas del molino por fallas mecánicas.",
            "Días de parada no prevista", 1, 12, 16_000_000, None,
            ("rodamientos", "planta eléctrica", "soldadura"), "5145"),
    Planned("Póliza todo riesgo de la planta de beneficio",
            "Asegurar la planta de beneficio contra incendio, inundación y robo.",
            "Póliza vigente", 5, 6, 5_500_000, None, ("póliza",), "5130"),
    Planned("Manejo de aguas: piscinas de sedimentación",
            "Que el agua del beneficio vuelva a la quebrada sin sólidos.",
            "Sólidos en el vertimiento (mg/l)", 2, 10, 7_000_000, "Junta de Vigilancia",
            ("floculante", "sedimentación"), None, lag=True),
    Planned("Señalización y ventilación del socavón principal",
            "Señalizar las vías y mejorar la ventilación del socavón principal.",
            "Frentes con ventilación medida y aprobada", 8, 12, 8_000_000, None, (), None,
            lag=True),
    Planned("Curso de contabilidad básica para el Consejo",
            "Que los consejeros lean los estados financieros y el presupuesto.",
            "Consejeros que aprueban el curso", 10, 12, 1_200_000, "Consejo de Administración",
            (), "5175"),
)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def play(db: Database, actors: Mapping[str, Actor], today: dt.date, seed: int) -> None:
    """The current year's action plan with its spending, and its budget (see the module)."""
    treasurer = UnitOfWork(db, actors["tesorera"])
    secretary = UnitOfWork(db, actors["secretario"])
    rng = random.Random(f"actions:{seed}:{today}")
    with treasurer.read() as s:
        if s.scalar(select(func.count()).select_from(ActivityRow)):
            return      # played already
        people = list(s.scalars(select(Member.number).where(Member.status == Status.ACTIVE)
                                .order_by(Member.number)))
        has_books = books.has_chart(s)
    if len(people) < MIN_MEMBERS:
        return
    team = officers.officers(secretary, today)
    numbers = _activities(secretary, rng, people, team, today)
    if not has_books:
        return
    _tag(treasurer, rng, numbers, today)
    _budget(treasurer, today)


def _leader(rng: random.Random, people: Sequence[int], team: Sequence[officers.Officer],
            position: str | None, load: dict[int, int]) -> int:
    """An officer of the position (any officer when none is named), the one leading the
    fewest activities so far; a member when there is no team in office."""
    holders = sorted({o.number for o in team if position is None or o.position == position})
    if not holders:
        holders = sorted({o.number for o in team}) or list(people)
    least = min(load.get(n, 0) for n in holders)
    chosen = rng.choice([n for n in holders if load.get(n, 0) == least])
    load[chosen] = load.get(chosen, 0) + 1
    return chosen


def _activities(uow: UnitOfWork, rng: random.Random, people: Sequence[int],
                team: Sequence[officers.Officer], today: dt.date) -> list[tuple[int, Planned]]:
    year = today.year
    out = []
    lagging = 0
    load: dict[int, int] = {}
    for p in PLAN:
        starts = dt.date(year, p.first_month, rng.randint(1, 10))
        ends = _month_end(year, p.last_month)
        number = acts.add_activity(
            uow, p.title, starts, ends, objective=p.objective,
            responsible=_leader(rng, people, team, p.position, load), budget=Decimal(p.budget),
            indicator=p.indicator)
        out.append((number, p))
        if starts > today:
            continue                                     # planned, not started
        expected = acts.expected_progress(starts, ends, today)
        first = min(starts + dt.timedelta(days=(min(ends, today) - starts).days // 2), today)
        if ends < today and not (p.lag and lagging < 2):
            acts.report_progress(uow, number, first, acts.IN_PROGRESS, rng.randint(35, 60),
                                 "Avance según lo previsto.")
            acts.report_progress(uow, number, min(ends, today), acts.DONE, 100,
                                 "Actividad terminada y entregada al Consejo.")
        elif p.lag:
            lagging += 1
            behind = max(expected - acts.LATE_POINTS - rng.randint(10, 25), 5)
            acts.report_progress(uow, number, first, acts.IN_PROGRESS, min(behind, 90),
                                 "Retraso: el proveedor no entregó a tiempo.")
        else:
            progress = max(min(expected + rng.randint(-10, 10), 95), 5)
            acts.report_progress(uow, number, first, acts.IN_PROGRESS, progress,
                                 "Avanza según el cronograma.")
    return out


def _tag(uow: UnitOfWork, rng: random.Random, numbers: Sequence[tuple[int, Planned]],
         today: dt.date) -> None:
    """Each activity's fitting expense lines of its period, else its account's largest."""
    for number, p in numbers:
        a = acts.activity(uow, number, today)
        if a.starts > today:
            continue
        found: dict[int, acts.TaggedLine] = {}
        for word in p.words:
            for ln in acts.untagged_lines(uow, a.starts, min(a.ends, today), limit=50,
                                          text=word):
                found.setdefault(ln.line_id, ln)
        if not found and p.account:
            lines = acts.untagged_lines(uow, a.starts, min(a.ends, today), limit=200,
                                        text=p.account)
            for ln in sorted(lines, key=lambda x: -x.amount)[:rng.randint(1, 3)]:
                found[ln.line_id] = ln
        chosen = sorted(found.values(), key=lambda x: x.date)[:MAX_LINES]
        if chosen:
            try:
                acts.tag_lines(uow, number, [ln.line_id for ln in chosen])
            except CoopdeskError:
                continue


def _budget(uow: UnitOfWork, today: dt.date) -> None:
    """This year's budget from last year's actuals plus 8 %; approved only by an assembly's
    motion about the budget."""
    current = budgets.year_of(uow, today)
    if current is None or budgets.budgets(uow, current):
        return
    start = next(y.start for y in ledger_queries.fiscal_years(uow) if y.name == current)
    last = budgets.year_of(uow, start - dt.timedelta(days=1))
    bid = budgets.create_budget(uow, current)
    if last is not None:
        budgets.propose_from_actuals(uow, bid, last, GROWTH)
    motion = next((m for m in budgets.assembly_motions(uow)
                   if "presupuesto" in m.text.lower() and m.day.year == today.year), None)
    if motion is not None and budgets.budget_info(uow, bid).lines:
        budgets.approve(uow, bid, motion.id)

