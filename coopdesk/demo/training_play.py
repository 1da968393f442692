"""The demo cooperative's training and incident register over the last year.

- Eight sessions, given on Saturdays: mine safety and protective equipment by the regional
  mining authority's engineer, first aid by the Red Cross, mercury-free processing (gravity
  concentration) twice as the pilot advances, basic bookkeeping for the board, cooperative
  governance and the bylaws, women's leadership (where women are most of those present), and
  explosives and ventilation. Twenty to sixty members at each, from those active who had
  joined by then. One more session is planned three weeks ahead (no attendance yet).
- The incident register: two records of mercury used early in the year, less the second time
  as the mercury-free pilot advances; a few minor accidents, one serious (a fall in a shaft,
  closed with the action taken), a small oil spill at the plant, and a near miss still open.

Everything goes through the services, as the secretary would; random choices come from a
source seeded by the demo's seed. A cooperative of fewer than twenty active members gets none
of it, and a file that has training already is left as it is.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from coopdesk.core.access import Actor
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.members.models import Member, Site
from coopdesk.members.rules import Status
from coopdesk.plans import training
from coopdesk.plans.models import TrainingRow

ANM = "Ing. Carlos Restrepo, Agencia Nacional de Minería (ANM), regional Medellín"
HALL = "Salón comunal de la cooperativa"
PLANT = "Planta de beneficio El Cogote"


@dataclass(frozen=True)
class Planned:
    days_ago: int
    topic: str
    theme: str
    trainer: str
    place: str
    minutes: int
    attendance: tuple[int, int]   # at least, at most
    women_weight: float = 1.0     # how much likelier a woman is to come than a man
    notes: str = ""


SESSIONS = (
    Planned(330, "Seguridad minera y uso de EPP (casco, botas, protección auditiva y "
            "respiratoria)", "safety", ANM, HALL, 240, (40, 60),
            notes="Entrega de cascos y lámparas a los asistentes."),
    Planned(290, "Primeros auxilios en la mina: heridas, fracturas y rescate básico", "first_aid",
            "Cruz Roja Colombiana, seccional Antioquia", HALL, 360, (25, 35),
            notes="Con práctica de inmovilización y traslado en camilla."),
    Planned(250, "Procesamiento sin mercurio: concentración gravimétrica con canaletas y mesa",
            "mercury", "Ing. Luz Marina Ospina, Alianza por la Minería Responsable", PLANT, 300,
            (30, 45), notes="Inicio del piloto sin mercurio en la planta."),
    Planned(200, "Contabilidad básica para la junta: libro diario, caja y aportes", "finance",
            "Diana Zapata, contadora pública de la federación minera", HALL, 180, (20, 24)),
    Planned(150, "Gobernanza cooperativa y el estatuto: asamblea, consejo y junta de "
            "vigilancia", "governance", "Unidad Administrativa Especial de Organizaciones "
            "Solidarias", HALL, 180, (35, 55)),
    Planned(95, "Género y liderazgo de mujeres en la minería", "gender",
            "Corporación Mujeres Mineras de Colombia", HALL, 240, (25, 40), women_weight=6.0),
    Planned(50, "Procesamiento sin mercurio II: mesa concentradora y fundición directa",
            "mercury", "Ing. Luz Marina Ospina, Alianza por la Minería Responsable", PLANT, 240,
            (25, 40), notes="Resultados del piloto: recuperación comparada con la amalgamación."),
    Planned(20, "Manejo de explosivos, ventilación y sostenimiento en socavones", "safety", ANM,
            "Bocamina principal, Mina El Cogote", 240, (30, 50)),
)
AHEAD = Planned(-21, "Plan de emergencias y simulacro de evacuación de la mina", "safety",
                "Defensa Civil Colombiana con la brigada de la cooperativa", HALL, 180, (0, 0))


def _saturday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - 5) % 7)


def play(db: Database, actors: Mapping[str, Actor], today: dt.date, seed: int) -> None:
    secretary = UnitOfWork(db, actors["secretario"])
    rng = random.Random(f"training:{seed}:{today}")
    with secretary.read() as s:
        if s.scalar(select(TrainingRow.id).limit(1)) is not None:
            return
        people = [(n, sex, joined) for n, sex, joined in s.execute(
            select(Member.number, Member.sex, Member.join_date)
            .where(Member.status == Status.ACTIVE).order_by(Member.number))]
        sites = list(s.scalars(select(Site.id).order_by(Site.id)))
    if len(people) < 20:
        return   # too small a cooperative for a training programme worth showing
    for plan in SESSIONS:
        day = _saturday(today - dt.timedelta(days=plan.days_ago))
        sid = training.add_session(secretary, day, plan.topic, plan.theme, plan.trainer,
                                   place=plan.place, minutes=plan.minutes, notes=plan.notes)
        eligible = [(n, sex) for n, sex, joined in people if joined <= day]
        training.set_attendance(secretary, sid, _attendees(rng, eligible, plan))
    ahead = today - dt.timedelta(days=AHEAD.days_ago)
    training.add_session(secretary, ahead, AHEAD.topic, AHEAD.theme, AHEAD.trainer,
                         place=AHEAD.place, minutes=AHEAD.minutes,
                         notes="Programada con la Defensa Civil; asistencia el día de la "
                               "sesión.")
    _incidents(secretary, rng, [n for n, _sex, _j in people], sites, today)


def _attendees(rng: random.Random, eligible: Sequence[tuple[int, str]], plan: Planned
               ) -> list[int]:
    """Between the plan's least and most (never more than three in four of those eligible),
    women weighted by ``women_weight``."""
    low, high = plan.attendance
    count = min(rng.randint(low, high), len(eligible) * 3 // 4)
    pool = list(eligible)
    chosen: list[int] = []
    while pool and len(chosen) < count:
        weights = [plan.women_weight if sex == "F" else 1.0 for _n, sex in pool]
        k = rng.choices(range(len(pool)), weights)[0]
        chosen.append(pool.pop(k)[0])
    return sorted(chosen)


def _incidents(uow: UnitOfWork, rng: random.Random, people: Sequence[int],
               sites: Sequence[int], today: dt.date) -> None:
    def site(k: int) -> int | None:
        return sites[k % len(sites)] if sites else None

    def day(days_ago: int) -> dt.date:
        return today - dt.timedelta(days=days_ago)

    def who() -> int:
        return rng.choice(people)

    n = training.record_incident(
        uow, day(320), "mercury_use", "minor",
        "Amalgamación con mercurio en el entable antes del piloto sin mercurio; registro del "
        "consumo del mes.", site=site(0), mercury_grams=Decimal("480.5"))
    training.close_incident(uow, n, day(318), "Consumo registrado en el plan de eliminación "
                            "del mercurio; retortas en uso para recuperar el mercurio.")
    n = training.record_incident(
        uow, day(285), "accident", "minor",
        "Corte en la mano izquierda al manipular la barra de perforación.", site=site(0),
        member=who(), action_taken="Curación en el botiquín del frente.")
    training.close_incident(uow, n, day(285), "Guantes de carnaza entregados a la cuadrilla.")
    n = training.record_incident(
        uow, day(232), "mercury_use", "minor",
        "Amalgamación del concentrado de una cuadrilla que aún no entra al piloto.",
        site=site(1), mercury_grams=Decimal("165.0"))
    training.close_incident(uow, n, day(230), "La cuadrilla pasa a la mesa concentradora del "
                            "piloto; el mercurio sobrante se entrega en custodia.")
    n = training.record_incident(
        uow, day(176), "accident", "serious",
        "Caída de un minero en el pique principal (unos 3 m) al ceder un peldaño de la "
        "escalera de madera; fractura de tobillo.", site=site(0), member=who(),
        action_taken="Primeros auxilios por la brigada y traslado al hospital San Juan de "
                     "Dios de Segovia.")
    training.close_incident(uow, n, day(150), "Escalera reemplazada por una metálica con línea "
                            "de vida; arnés obligatorio en el pique; incapacidad cubierta por "
                            "la ARL.")
    n = training.record_incident(
        uow, day(140), "environmental", "minor",
        "Derrame de unos 5 litros de aceite del motor de la planta junto a la quebrada.",
        site=site(0), action_taken="Contención con arena y aserrín.")
    training.close_incident(uow, n, day(139), "Bandeja de contención bajo el motor; residuos "
                            "entregados al gestor autorizado.")
    n = training.record_incident(
        uow, day(118), "accident", "minor",
        "Golpe en el pie por caída de una roca pequeña en el frente.", site=site(1),
        member=who())
    training.close_incident(uow, n, day(117), "Revisión del sostenimiento del frente; botas "
                            "con puntera reemplazadas.")
    n = training.record_incident(
        uow, day(61), "accident", "minor", "Esguince de tobillo en el camino a la bocamina.",
        site=site(2), member=who())
    training.close_incident(uow, n, day(58), "Camino arreglado con escalones y pasamanos.")
    training.record_incident(
        uow, day(9), "near_miss", "minor",
        "Desprendimiento de roca en el frente La Veta Madre sin personas en la zona; el "
        "sostenimiento no se había revisado tras las lluvias.", site=site(0))
