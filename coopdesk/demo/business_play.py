"""The demo cooperative's business plan: "Plan de negocios" for the three years after the
demo's today, written by the secretary (its sections) and the treasurer (its numbers).

- The numbers start from the books: the last closed fiscal year (a whole year; the latest year
  when none is closed) gives the grams sold, the average price and premium, and the costs by
  top-level expense group (the gold bought from members per gram, the rest per year). The
  production grows by a tenth a year; the fixed costs by the expected inflation.
- The cash at the start is what the cash box, the bank and the mobile wallet hold today.
- The investment programme: a gravimetric concentration table (from the premium and a grant),
  a compressor (a loan over three years at 12 %) and protective equipment (the members).
- The plan stays a draft: no assembly has voted it yet (the class can adopt it).

Without a chart of accounts, the plan has its sections and investments but no numbers from
the books. A tiny cooperative gets no plan.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from coopdesk.core.access import Actor
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries as ledger_queries
from coopdesk.ledger.models import Account, AccountRole
from coopdesk.members.models import Member
from coopdesk.plans import business as bp

MIN_MEMBERS = 10
GROWTH = Decimal("1.10")
INFLATION = Decimal("1.05")
CASH_ROLES = ("cash", "bank", "mobile_money")


def play(db: Database, actors: Mapping[str, Actor], today: dt.date, seed: int) -> None:
    treasurer = UnitOfWork(db, actors["tesorera"])
    secretary = UnitOfWork(db, actors["secretario"])
    rng = random.Random(f"business:{seed}:{today}")
    with treasurer.read() as s:
        people = int(s.scalar(select(func.count()).select_from(Member)
                              .where(Member.status == "active")) or 0)
    if people < MIN_MEMBERS:
        return
    coop = treasurer.coop()
    first = today.year + 1
    years = [y for y in ledger_queries.fiscal_years(treasurer) if y.start <= today]
    base_year = next((y for y in reversed(years) if y.closed), years[-1] if years else None)
    pid = bp.create_plan(treasurer, f"Plan de negocios {first}-{first + 2}", first, 3,
                         _cash(treasurer, today))
    grams = Decimal(0)
    if base_year is not None:
        base = bp.baseline_from_books(treasurer, pid, base_year.name)
        grams = base.grams
        _grow(treasurer, pid)
    for key, text in _sections(coop.name, people, grams, base_year.name if base_year
                               else None).items():
        bp.set_section(secretary, pid, key, text)
    table = Decimal(rng.choice((62, 68, 74))) * 1_000_000
    grant = Decimal(40_000_000)
    bp.add_investment(treasurer, pid, bp.InvestmentData(
        "Mesa de concentración gravimétrica", 0, table,
        from_premium=table - grant, from_grant=grant, life_years=10))
    compressor = Decimal(rng.choice((42, 45, 48))) * 1_000_000
    bp.add_investment(treasurer, pid, bp.InvestmentData(
        "Compresor de aire diésel", 0, compressor,
        from_loan=compressor, loan_years=3, loan_rate=Decimal(12), life_years=8))
    bp.add_investment(treasurer, pid, bp.InvestmentData(
        "Elementos de protección personal", 1,
        Decimal(14_500_000), from_members=Decimal(14_500_000), life_years=2))


def _cash(uow: UnitOfWork, today: dt.date) -> Decimal:
    """What the cash box, the bank and the wallet hold today (zero without books)."""
    with uow.read() as s:
        ids = set(s.scalars(select(AccountRole.account_id)
                            .where(AccountRole.role.in_(CASH_ROLES))))
        if not ids or s.scalar(select(func.count()).select_from(Account)) == 0:
            return Decimal(0)
    return sum((a.balance for a in ledger_queries.chart(uow, balances_at=today)
                if a.id in ids), Decimal(0))


def _grow(uow: UnitOfWork, pid: int) -> None:
    """Production up a tenth a year, prices held; fixed costs up with inflation."""
    d = bp.plan_detail(uow, pid)
    y0 = d.years[0]
    for i in range(1, len(d.years)):
        g = (y0.grams * GROWTH ** i).quantize(Decimal("0.001"), ROUND_HALF_UP)
        bp.set_year(uow, pid, i, g, y0.price, y0.premium)
    for c in d.costs:
        if c.variable:
            continue
        amounts = [(c.amounts[0] * INFLATION ** i).quantize(Decimal("0.01"), ROUND_HALF_UP)
                   for i in range(len(d.years))]
        bp.update_cost(uow, c.id, c.label, False, amounts, c.account_code)


def _sections(name: str, people: int, grams: Decimal, base: str | None) -> dict[str, str]:
    kilos = f"{grams / 1000:.1f}".replace(".", ",")
    sold = (f"En {base} la cooperativa vendió {kilos} kg de oro fino, todo con trazabilidad "
            "desde el frente de trabajo hasta el comprador." if base and grams else
            "La cooperativa vende su oro con trazabilidad desde el frente de trabajo hasta el "
            "comprador.")
    return {
        "profile": f"""{name} reúne a {people} asociados activos, mineros de pequeña escala y \
barequeros de los municipios del Nordeste y Bajo Cauca antioqueño. Nació para dejar atrás la \
venta informal del oro a intermediarios y para trabajar con títulos, seguridad y sin mercurio.

{sold}

Nuestros principios:

- **Trabajo asociado**: cada asociado aporta su trabajo y su cuota de capital social.
- **Legalidad**: trabajamos bajo títulos mineros y áreas de reserva especial.
- **Comunidad**: la prima Fairmined se invierte en proyectos que decide la asamblea.""",
        "market": """El oro de la cooperativa se vende a compradores certificados **Fairmined**, \
que pagan el precio internacional del oro y, además, una *prima* por cada gramo fino que llega \
con su documentación en regla. La prima se recibe aparte y se destina al plan de uso aprobado \
por la asamblea; este plan no cuenta con ella para cubrir los costos.

- Dos refinadoras con licencia de exportación compiten por nuestros lotes.
- La demanda de oro responsable de joyeros en Europa y Norteamérica crece cada año.
- El precio del oro varía con el mercado internacional y la tasa de cambio: el plan lo toma \
constante y el capítulo de riesgos dice qué hacemos si baja.

En los próximos tres años buscamos vender toda la producción como Fairmined y firmar un \
contrato de compra anual con precio de referencia.""",
        "operations": """La producción viene de socavones y de frentes aluviales de los \
asociados. El mineral se muele y se concentra en la planta de beneficio de la cooperativa, \
**sin mercurio**: molienda, concentración gravimétrica y fundición del concentrado.

1. Cada lote se pesa y se registra por asociado y por frente de trabajo.
2. La cooperativa compra el oro a los asociados al precio del día, menos los costos de proceso.
3. Los lotes se funden, se ensayan y se venden en barras a los compradores certificados.

Con la **mesa de concentración gravimétrica** recuperamos más oro fino por tonelada y dejamos \
de depender de amalgamación. El **compresor** permite perforar con martillo neumático en el \
socavón principal, y el plan prevé un aumento de la producción de un diez por ciento al año.""",
        "organisation": """La asamblea general de asociados es la máxima autoridad y aprueba \
este plan. El Consejo de Administración lo ejecuta con la gerencia; la Junta de Vigilancia \
controla el cumplimiento.

- **Tesorería**: lleva la contabilidad, el libro de compras de oro y la caja.
- **Secretaría**: lleva el registro de asociados, las actas y los documentos de formalización.
- **Comité de seguridad minera**: capacita, entrega los elementos de protección y lleva el \
registro de incidentes.
- **Comité de educación**: organiza la formación de los asociados y de sus familias.

Cada año el Consejo informa a la asamblea el avance del plan frente a lo realizado.""",
        "risks": """Los principales riesgos del plan y cómo los enfrentamos:

- **Baja del precio del oro**: el punto de equilibrio de cada año dice cuánto oro debemos \
vender para cubrir los costos; mantenemos una reserva de caja de al menos dos meses de costos \
fijos.
- **Accidentes en la mina**: elementos de protección para todos, capacitación trimestral y \
registro de incidentes; póliza de accidentes para los asociados.
- **Lluvias e inundaciones** en los frentes aluviales: calendario de trabajo según la \
temporada y bombas de reserva.
- **Cambios en la regulación** minera o ambiental: seguimiento de cada trámite con sus fechas \
de vencimiento.
- **Pérdida de la certificación**: autoevaluación anual frente al estándar Fairmined y plan de \
mejora con responsables.""",
    }
