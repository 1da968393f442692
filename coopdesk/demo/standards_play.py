"""The demo cooperative's standards: a CRAFT checklist about two fifths assessed, as the
treasurer and the board would have worked through it over the last weeks, with its evidence
linked to the records that exist - the March assembly's final minutes, the board's minutes, an
extract of the member register, the safety and mercury training sessions, the incident
register's accidents and mercury, the formalisation stages - and three improvement actions
that became activities of the action plan (when the action plan is there). Fairmined and
Maendeleo are left not started, as a cooperative beginning with CRAFT would.

It runs last of the plays, so the records it points at already exist; what does not exist is
simply not linked (a requirement without its evidence stays "in progress"). Texts in Spanish:
they are the cooperative's own notes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import func, select

from coopdesk.core.access import Actor
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import officers
from coopdesk.members.models import Member
from coopdesk.plans import indicators, standards
from coopdesk.plans.standards import IN_PROGRESS, MET, PARTLY_MET, Suggestion

STD = "craft"
MIN_MEMBERS = 20

# requirement, level, note, the kinds of suggested evidence to link (at most ``n`` each).
PLAN: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("1.1", MET, "Perfil actualizado con el registro de socios y los frentes de trabajo.",
     ("register", "stage")),
    ("1.2", MET, "El consejo designó a la tesorera como responsable de CRAFT.",
     ("minutes",)),
    ("1.4", PARTLY_MET, "Se presentó el compromiso en la asamblea; falta socializarlo en los "
     "frentes.", ("minutes",)),
    ("2.1", MET, "Registro vigente ante la Cámara de Comercio.", ("stage", "document")),
    ("2.2", IN_PROGRESS, "Solicitud de título en trámite ante la autoridad minera.",
     ("stage", "document")),
    ("2.3", MET, "Registro de socios al día tras el censo.", ("register",)),
    ("2.4", MET, "Asamblea ordinaria de marzo con acta firmada.", ("minutes",)),
    ("3.1", MET, "Ningún menor en el registro; verificado en visita a los frentes.",
     ("register", "incident")),
    ("5.1", PARTLY_MET, "Capacitación en seguridad dada; faltan equipos de protección.",
     ("training",)),
    ("5.2", IN_PROGRESS, "Se registran los accidentes; falta botiquín en dos frentes.",
     ("incident", "training")),
    ("5.4", IN_PROGRESS, "Se registra el mercurio usado; se planea la compra de retortas.",
     ("incident", "training")),
    ("5.6", PARTLY_MET, "Mujeres en el consejo, pero pocas socias en los frentes.",
     ("register",)),
)

ACTIONS: tuple[tuple[str, str, int, int, Decimal], ...] = (
    ("5.4", "Compra de retortas y capacitación en quema segura de amalgama", 10, 120,
     Decimal(4_800_000)),
    ("5.1", "Dotación de cascos, botas y guantes para los frentes", 5, 75,
     Decimal(6_500_000)),
    ("1.5", "Buzón de quejas y procedimiento de respuesta", 20, 90, Decimal(350_000)),
)


def play(db: Database, actors: Mapping[str, Actor], today: dt.date, seed: int) -> None:
    """The demo's standards; nothing in a cooperative too small to show it."""
    uow = UnitOfWork(db, actors["tesorera"])
    rng = random.Random(f"standards:{seed}:{today}")
    with uow.read() as s:
        members = int(s.scalar(select(func.count()).select_from(Member)) or 0)
    if members < MIN_MEMBERS:
        return
    # an assessment is never dated ahead of the clock
    day = min(today, dt.date.today())
    check = standards.checklist(uow, STD, day)
    minors_ok = indicators.indicator_map(uow, day)["minors_on_register"].ok
    offsets = sorted(rng.sample(range(2, 60), len(PLAN)), reverse=True)
    for (rid, level, note, kinds), back in zip(PLAN, offsets, strict=True):
        view = check.find(rid)
        assert view is not None, rid
        linked = 0
        for kind in kinds:
            found: list[Suggestion] = [g for g in view.suggestions if g.kind == kind]
            for g in found[:2]:
                standards.add_evidence(uow, STD, rid, g.kind, g.ref_id, on=day)
                linked += 1
        if rid == "3.1" and minors_ok is False:
            level, note = IN_PROGRESS, "Hay socios bajo la edad mínima en el registro: revisar."
        elif level == MET and linked == 0:
            level = IN_PROGRESS    # nothing to show for it yet
        standards.assess(uow, STD, rid, level, note, on=day - dt.timedelta(days=back))
    _actions(uow, rng, day)


def _actions(uow: UnitOfWork, rng: random.Random, day: dt.date) -> None:
    try:
        from coopdesk.plans import activities  # noqa: F401 - the action plan may be absent
    except ImportError:
        return
    team = [o.number for o in officers.officers(uow, day)]
    for rid, title, start, length, budget in ACTIONS:
        starts = day + dt.timedelta(days=start + rng.randint(0, 5))
        standards.improvement_action(uow, STD, rid, title, starts,
                                     starts + dt.timedelta(days=length),
                                     responsible=rng.choice(team) if team else None,
                                     budget=budget)
