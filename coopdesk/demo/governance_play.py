"""The demo cooperative's governance: its bylaws, the March general assembly with its election,
the new board's first meeting, the officers, two grievances, and an assembly to run in class.

- The bylaws are the Colombian preset (Ley 79 de 1988).
- The supervisory committee (Junta de Vigilancia) was elected at the assembly a year before
  coopdesk was used: its mandates are entered by hand, and one member resigned in August, so
  the officers register shows a vacant seat.
- The ordinary general assembly of March (the day the sharing play approves the distribution of
  last year's surplus) is convened twenty days ahead with its agenda, opened, and attended by
  about three members in five, checked in at the door between nine and twenty to ten. It
  approves the agenda, the management's report, the accounts, the distribution of the surplus
  (resolution 5, the one the distribution quotes) and the premium plan, each by a show of
  hands, and elects the management committee (Consejo de Administración, five seats) by single
  transferable vote in the laptop's booth: each voter checked off, then casting a ranked
  ballot. The count creates the new board's mandates. The minutes are written per item,
  closed at half past twelve and signed by the president and the secretary: final, number 1
  of the minutes book.
- The new board meets in April (a management committee meeting with named votes), and its
  minutes are final too (number 2).
- The register of grievances holds one complaint resolved by mediation and one still open.
- An extraordinary assembly is convened for three weeks after the demo's today (or the clock's,
  when later, so that the class finds it ahead), to amend the bylaws and fill the vacant seat
  of the supervisory committee: its election is open for nominations, three members nominated.

Everything goes through the services, as the secretary, the tellers, the president and the
treasurer would; the random choices come from a source seeded by the demo's seed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence

from sqlalchemy import select

from coopdesk.core.access import Actor
from coopdesk.core.db import Database
from coopdesk.core.errors import ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import elections, grievances, meetings, officers, services
from coopdesk.governance.bylaws import DecisionType, MeetingKind
from coopdesk.members.models import Member
from coopdesk.members.rules import Status

BOARD, SUPERVISORS = "Consejo de Administración", "Junta de Vigilancia"
ASSEMBLY_AGENDA = (
    "Verificación del quórum e instalación de la asamblea",
    "Aprobación del orden del día",
    "Informe del Consejo de Administración y de la Junta de Vigilancia",
    "Estados financieros del ejercicio {closed}",
    "Distribución de los excedentes del ejercicio {closed}",
    "Plan de uso de la prima Fairmined",
    "Elección del Consejo de Administración",
    "Proposiciones y varios",
)
# (agenda item, motion, type, share in favour, share against) - abstentions make the rest
ASSEMBLY_MOTIONS = (
    (1, "Aprobar el orden del día propuesto en la convocatoria.", DecisionType.ORDINARY,
     0.97, 0.0),
    (2, "Aprobar el informe de gestión del Consejo de Administración.", DecisionType.ORDINARY,
     0.86, 0.05),
    (3, "Aprobar los estados financieros del ejercicio {closed}, dictaminados por el revisor "
        "fiscal.", DecisionType.ORDINARY, 0.82, 0.07),
    (3, "Aprobar las cuentas de la tesorería del ejercicio {closed}.", DecisionType.ORDINARY,
     0.80, 0.1),
    (4, "Aprobar la distribución de los excedentes del ejercicio {closed} según el proyecto "
        "del Consejo.", DecisionType.DISTRIBUTION, 0.78, 0.12),
    (5, "Aprobar el plan de uso de la prima Fairmined presentado por el comité.",
     DecisionType.ORDINARY, 0.88, 0.04),
    (7, "Comprar un segundo molino de bolas con recursos propios.", DecisionType.ORDINARY,
     0.38, 0.5),
)
ASSEMBLY_MINUTES = (
    "Siendo las 9:00 se verificó el quórum con {present} asociados hábiles presentes de "
    "{eligible}; la presidenta del Consejo instaló la asamblea.",
    "El secretario leyó el orden del día de la convocatoria; se aprobó sin cambios.",
    "El presidente del Consejo presentó el informe de gestión: producción, ventas bajo el "
    "estándar Fairmined y avance de la formalización. La Junta de Vigilancia informó sin "
    "observaciones graves.",
    "La tesorera presentó los estados financieros y las cuentas; el revisor fiscal leyó su "
    "dictamen sin salvedades. Hubo preguntas sobre los gastos de transporte.",
    "Se presentó el proyecto de distribución: reservas legales, fondos de educación y "
    "solidaridad, y retorno a los asociados en proporción al oro entregado.",
    "El comité presentó el plan de uso de la prima: equipos de seguridad, capacitación y "
    "mejora del beneficio.",
    "Se eligió el Consejo de Administración por voto secreto en la urna del portátil "
    "(voto único transferible). Los resultados se adjuntan.",
    "Se propuso comprar un segundo molino; la propuesta no fue aprobada. Se levantó la sesión "
    "a las 12:30.",
)


def play(db: Database, actors: Mapping[str, Actor], today: dt.date, seed: int,
         assembly_day: dt.date | None = None) -> None:
    """The governance of the demo; ``assembly_day`` is March's general assembly (the books'
    day of the surplus), else the 27th of March of the last year that has one behind it."""
    secretary = UnitOfWork(db, actors["secretario"])
    president = UnitOfWork(db, actors["presidente"])
    teller = UnitOfWork(db, actors["escrutador"])
    rng = random.Random(f"governance:{seed}:{today}")
    day = assembly_day or dt.date(today.year, 3, 27)
    if day > today - dt.timedelta(days=45):
        day = day.replace(year=day.year - 1)
    services.install_bylaws_preset(secretary, "colombia")
    people = _members(secretary, day)
    if len(people) < 20:
        return    # too small a cooperative for an assembly worth showing
    _supervisors(secretary, rng, people, day)
    board = _assembly(secretary, president, teller, rng, people, day)
    _board_meeting(secretary, president, teller, board, day)
    _grievances(secretary, rng, people, day, today)
    _upcoming(secretary, rng, people, today)


def _members(uow: UnitOfWork, day: dt.date) -> list[int]:
    """Members active now who joined over a year before ``day`` (eligible to stand)."""
    with uow.read() as s:
        return list(s.scalars(select(Member.number).where(
            Member.status == Status.ACTIVE,
            Member.join_date <= day - dt.timedelta(days=400)).order_by(Member.number)))


def _supervisors(uow: UnitOfWork, rng: random.Random, people: Sequence[int],
                 day: dt.date) -> None:
    """Elected a year before coopdesk was used; one resigned in August."""
    elected = day.replace(year=day.year - 1)
    chosen = rng.sample(list(people), 3)
    ids = [officers.add_mandate(uow, n, SUPERVISORS, elected) for n in chosen]
    resigned = dt.date(day.year, 8, 14)
    if resigned < dt.date.today():
        officers.end_mandate(uow, ids[2], resigned, "Renunció por traslado a otra región.")


def _votes(rng: random.Random, present: int, yes: float, no: float) -> tuple[int, int, int]:
    voting = present - rng.randint(0, max(present // 20, 1))
    y = round(voting * (yes + rng.uniform(-0.03, 0.03)))
    n = min(round(voting * no), voting - y)
    return max(y, 0), max(n, 0), max(voting - y - n, 0)


def _nominate(uow: UnitOfWork, election_id: int, pool: Sequence[int], wanted: int,
              today: dt.date) -> list[int]:
    """Members nominated in turn until ``wanted`` stand (those the bylaws refuse do not)."""
    out: list[int] = []
    for n in pool:
        if len(out) == wanted:
            break
        try:
            elections.nominate(uow, election_id, n, today=today)
        except ValidationError:
            continue
        out.append(n)
    return out


def _assembly(secretary: UnitOfWork, president: UnitOfWork, teller: UnitOfWork,
              rng: random.Random, people: Sequence[int], day: dt.date) -> list[int]:
    closed = day.year - 1
    at = dt.datetime.combine(day, dt.time(9, 0))
    mid = meetings.create_meeting(
        secretary, MeetingKind.ORDINARY, f"Asamblea general ordinaria {day.year}", at,
        place="Salón comunal de la vereda", agenda=[a.format(closed=closed)
                                                    for a in ASSEMBLY_AGENDA])
    meetings.convene(secretary, mid, day - dt.timedelta(days=20))
    meetings.open_meeting(secretary, mid, "Hernán Darío Zapata Giraldo",
                          "Jairo Alberto Restrepo Úsuga", at=at)
    info = meetings.meeting_info(secretary, mid)
    with secretary.read() as s:
        active = list(s.scalars(select(Member.number).where(Member.status == Status.ACTIVE)
                                .order_by(Member.number)))
    coming = sorted(rng.sample(active, max(info.eligible // 2 + 1,
                                           round(info.eligible * rng.uniform(0.58, 0.66)))))
    for i, n in enumerate(coming):
        when = at + dt.timedelta(seconds=2400 * i // len(coming))
        meetings.check_in(teller, mid, n, rng.choice(("number", "number", "name", "photo")),
                          at=when)
    present = meetings.meeting_info(secretary, mid).present
    items = [i.id for i in meetings.meeting_info(secretary, mid).items]
    for place, text, kind, yes, no in ASSEMBLY_MOTIONS:
        y, n, a = _votes(rng, present, yes, no)
        meetings.record_motion(secretary, mid, items[place], text.format(closed=closed), kind,
                               yes=y, no=n, abstain=a)
    board = _election(secretary, teller, rng, mid, people, coming, day)
    for item, text in zip(items, ASSEMBLY_MINUTES, strict=True):
        meetings.write_minutes(secretary, mid, item, text.format(
            present=present, eligible=info.eligible))
    meetings.close_meeting(secretary, mid, at=at.replace(hour=12, minute=30))
    meetings.sign_minutes(secretary, mid, at=at.replace(hour=12, minute=40))
    meetings.sign_minutes(president, mid, at=at.replace(hour=12, minute=45))
    return board


def _election(secretary: UnitOfWork, teller: UnitOfWork, rng: random.Random, mid: int,
              people: Sequence[int], voters: Sequence[int], day: dt.date) -> list[int]:
    """The board by STV in the booth: eight candidates, each voter ranking three to five."""
    eid = elections.create_election(secretary, f"Consejo de Administración {day.year}",
                                    "stv", 5, position=BOARD, entry=elections.BOOTH,
                                    meeting_id=mid)
    elections.open_nominations(secretary, eid)
    standing = _nominate(secretary, eid, rng.sample(list(people), len(people)), 8, day)
    elections.open_poll(secretary, eid)
    appeal = [rng.uniform(0.4, 3.0) for _ in standing]
    places = list(range(1, len(standing) + 1))
    for n in voters:
        elections.check_off(teller, eid, n)
        ranked: list[int] = []
        weights = list(appeal)
        for _ in range(rng.randint(3, 5)):
            pick = rng.choices(places, weights)[0]
            ranked.append(pick)
            weights[pick - 1] = 0.0
        elections.cast(teller, eid, ranked if rng.random() > 0.01 else [])
    elections.close_poll(teller, eid)
    outcome = elections.count(teller, eid)
    while outcome.needs_lot:     # drawn in the room, by the youngest member present
        outcome = elections.enter_lot(teller, eid, rng.choice(outcome.lot_candidates),
                                      "El asociado más joven presente")
    return list(outcome.elected)


def _board_meeting(secretary: UnitOfWork, president: UnitOfWork, teller: UnitOfWork,
                   board: Sequence[int], day: dt.date) -> None:
    when = dt.datetime.combine(day + dt.timedelta(days=12), dt.time(17, 0))
    mid = meetings.create_meeting(
        secretary, MeetingKind.MANAGEMENT, "Primera reunión del Consejo elegido", when,
        place="Oficina de la cooperativa",
        agenda=["Instalación y elección de dignatarios", "Compra de un compresor",
                "Calendario de capacitaciones"])
    meetings.convene(secretary, mid, when.date() - dt.timedelta(days=5))
    with secretary.read() as s:   # the board's eldest chairs, its youngest takes the minutes
        team = [f"{m.first_names} {m.last_names}" for m in s.scalars(
            select(Member).where(Member.number.in_(board[:4])).order_by(Member.birth_date))]
    meetings.open_meeting(secretary, mid, team[0], team[-1], at=when)
    here = list(board[:4])
    for i, n in enumerate(here):
        meetings.check_in(teller, mid, n, at=when + dt.timedelta(minutes=i))
    items = [i.id for i in meetings.meeting_info(secretary, mid).items]
    meetings.record_motion(secretary, mid, items[1], "Comprar un compresor de segunda mano "
                           "por hasta 9.000.000 pesos.", DecisionType.ORDINARY,
                           named={here[0]: "yes", here[1]: "yes", here[2]: "no",
                                  here[3]: "yes"})
    texts = ("Se instaló el Consejo con cuatro de sus cinco miembros; presidió el de más "
             "edad. Se eligieron presidente, vicepresidente y secretario.",
             "Se compararon tres cotizaciones; se aprobó la compra por votación nominal.",
             "Se acordaron dos talleres: seguridad en el socavón (mayo) y cuentas claras "
             "(junio).")
    for item, text in zip(items, texts, strict=True):
        meetings.write_minutes(secretary, mid, item, text)
    end = when + dt.timedelta(hours=2)
    meetings.close_meeting(secretary, mid, at=end)
    meetings.sign_minutes(secretary, mid, at=end + dt.timedelta(minutes=5))
    meetings.sign_minutes(president, mid, at=end + dt.timedelta(minutes=6))


def _grievances(secretary: UnitOfWork, rng: random.Random, people: Sequence[int],
                day: dt.date, today: dt.date) -> None:
    a, b, c = rng.sample(list(people), 3)
    opened = day + dt.timedelta(days=40)
    if opened >= today:
        return
    gid = grievances.open_grievance(
        secretary, opened, "payment", f"Asociado n.º {a}; tesorería",
        "Dice que el oro que entregó en mayo se pesó con 0,4 g de menos.")
    grievances.add_step(secretary, gid, opened + dt.timedelta(days=6), "mediation",
                        "La Junta de Vigilancia escuchó a las partes; se revisará la balanza "
                        "con el patrón de pesas.")
    grievances.close_grievance(secretary, gid, opened + dt.timedelta(days=15),
                               "La balanza marcaba 0,4 g de menos; se pagó la diferencia y se "
                               "calibra cada mes.", True)
    later = min(opened + dt.timedelta(days=120), today)
    gid = grievances.open_grievance(
        secretary, later, "land", f"Grupos de trabajo de los asociados n.º {b} y n.º {c}",
        "Discuten el lindero entre sus frentes de trabajo en la misma mina.")
    grievances.add_step(secretary, gid, later, "hearing",
                        "Primera audiencia; cada grupo traerá su croquis.")


def _upcoming(secretary: UnitOfWork, rng: random.Random, people: Sequence[int],
              today: dt.date) -> None:
    """The extraordinary assembly the class runs: convened, its election in nominations."""
    base = max(today, dt.date.today())
    day = base + dt.timedelta(days=21)
    at = dt.datetime.combine(day, dt.time(9, 0))
    mid = meetings.create_meeting(
        secretary, MeetingKind.EXTRAORDINARY, f"Asamblea general extraordinaria {day.year}",
        at, place="Salón comunal de la vereda",
        agenda=["Verificación del quórum", "Reforma del artículo 12 de los estatutos "
                "(representación por poder)", "Elección de un miembro de la Junta de "
                "Vigilancia para el período que falta", "Proposiciones y varios"])
    meetings.convene(secretary, mid, base)
    eid = elections.create_election(secretary, "Junta de Vigilancia: puesto vacante",
                                     "plurality", 1, position=SUPERVISORS,
                                     entry=elections.BOOTH, meeting_id=mid)
    elections.open_nominations(secretary, eid)
    _nominate(secretary, eid, rng.sample(list(people), len(people)), 3, base)
