"""The demo cooperative's formalisation path, as a Colombian gold cooperative has it:

1. its members registered as subsistence miners (the alcaldía's certificates, listed in the
   RUCOM): granted when most active members hold a valid miner card, the count from the
   register itself;
2. the cooperative registered at the Chamber of Commerce, years ago, with its registration
   number and a copy of the certificate kept as a PDF (made with the project's renderer);
3. the environmental licence from the regional authority (CORANTIOQUIA), granted five years ago
   and expiring within about two months of today, so the path warns; its follow-up fee paid
   from the cash box this year and linked from the books (when there are books);
4. the concession contract with the Agencia Nacional de Minería: applied for, in evaluation;
5. a special reserve area (área de reserva especial): not started.

Everything goes through the services, as the secretary and the treasurer would; the random
choices come from a source seeded by the demo's seed and day.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from coopdesk.core.access import Actor
from coopdesk.core.db import Database
from coopdesk.core.errors import ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.ledger.models import FiscalYear, Period
from coopdesk.members.models import Member, Site
from coopdesk.members.rules import Status
from coopdesk.plans import formalisation as fp
from coopdesk.plans.models import FormalStageRow
from coopdesk.reports.document import Document, Heading, KeyValues, Paragraph, Signatures
from coopdesk.reports.output import export

MIN_MEMBERS = 5
FEE_TEXT = "Pago derechos de trámite licencia ambiental"


def play(db: Database, actors: Mapping[str, Actor], today: dt.date, seed: int) -> None:
    secretary = UnitOfWork(db, actors["secretario"])
    treasurer = UnitOfWork(db, actors["tesorera"])
    rng = random.Random(f"formalisation:{seed}:{today}")
    with secretary.read() as s:
        if s.scalar(select(func.count()).select_from(FormalStageRow)):
            return    # played already
        active = int(s.scalar(select(func.count()).select_from(Member)
                              .where(Member.status == Status.ACTIVE)) or 0)
        sites = {n: i for i, n in s.execute(select(Site.id, Site.name))}
    if active < MIN_MEMBERS:
        return    # too small a cooperative for a path worth showing
    antioquia = next((sites[n] for n in sites if "Cogote" in n), next(iter(sites.values()),
                                                                      None))
    cards = fp.miner_cards(secretary, today)

    # 1. the members registered as subsistence miners
    certified = dt.date(today.year - 1, rng.randint(2, 5), rng.randint(1, 28))
    share = cards.valid / cards.members if cards.members else 0.0
    fp.add_stage(
        secretary, "miner_registration", "Certificados de minero de subsistencia (RUCOM)",
        authority="Alcaldías de Segovia, Remedios y El Bagre; Agencia Nacional de Minería",
        reference_no=f"RUCOM-MS-{certified.year}-{rng.randint(100, 999)}",
        applied_on=certified - dt.timedelta(days=rng.randint(30, 60)),
        issued_on=certified if share >= 0.5 else None,
        status="granted" if share >= 0.5 else "applied",
        notes="Cada certificado se renueva ante la alcaldía del municipio donde se explota; "
              "el listado de mineros de subsistencia se publica en el RUCOM.")

    # 2. the cooperative's registration at the Chamber of Commerce, with its certificate
    founded = dt.date(today.year - rng.randint(10, 12), rng.randint(1, 12), rng.randint(1, 28))
    registration_no = f"S{rng.randint(9_000_000, 9_099_999):07d}"
    registration = fp.add_stage(
        secretary, "coop_registration",
        "Registro de la cooperativa (entidad sin ánimo de lucro)",
        authority="Cámara de Comercio de Medellín para Antioquia",
        reference_no=registration_no, applied_on=founded - dt.timedelta(days=rng.randint(8, 20)),
        issued_on=founded,
        notes="Inscrita en el registro de entidades sin ánimo de lucro; vigilada por la "
              "Superintendencia de la Economía Solidaria. El certificado de existencia y "
              "representación legal se renueva cada año con la matrícula.")
    pdf = _certificate(secretary, registration_no, founded, today)
    fp.attach_document(secretary, registration,
                       f"certificado-existencia-{registration_no}.pdf", pdf)

    # 3. the environmental licence, expiring soon
    expires = today + dt.timedelta(days=rng.randint(45, 60))
    issued = dt.date(expires.year - 5, expires.month, min(expires.day, 28))
    licence = fp.add_stage(
        secretary, "provincial_licence", "Licencia ambiental para la explotación aurífera",
        authority="CORANTIOQUIA - Corporación Autónoma Regional del Centro de Antioquia",
        reference_no=f"Resolución 160TH-{issued.year % 100:02d}{rng.randint(1000, 9999)}",
        applied_on=issued - dt.timedelta(days=rng.randint(150, 240)), issued_on=issued,
        expires_on=expires, site=antioquia,
        notes="Plan de manejo ambiental sin mercurio; visita de seguimiento anual. La "
              "renovación debe solicitarse antes del vencimiento.")
    _licence_fee(treasurer, rng, licence, today)

    # 4. the concession contract: applied for, in evaluation
    applied = today - dt.timedelta(days=rng.randint(300, 540))
    fp.add_stage(
        secretary, "national_licence", "Contrato de concesión minera (título minero)",
        authority="Agencia Nacional de Minería (ANM)",
        reference_no=f"Placa {rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}"
                     f"{rng.randint(1, 9)}-{rng.randint(10001, 16999)}",
        applied_on=applied, site=antioquia,
        notes="Propuesta radicada en AnnA Minería; en evaluación técnica y jurídica. "
              "Requerimiento de información atendido.")

    # 5. a special reserve area: not started
    fp.add_stage(
        secretary, "mining_zone", "Área de reserva especial (ARE)",
        authority="Agencia Nacional de Minería (ANM)",
        notes="Por solicitar junto con las comunidades mineras tradicionales de la zona, "
              "cuando el título esté en firme.")


def _certificate(uow: UnitOfWork, number: str, founded: dt.date, today: dt.date) -> bytes:
    """A one-page certificate of the registration, rendered as PDF bytes."""
    coop = uow.coop()
    doc = Document(title="Certificado de existencia y representación legal",
                   cooperative=coop.name, currency=coop.currency,
                   subtitle="Cámara de Comercio de Medellín para Antioquia")
    doc.add(Heading("Entidad sin ánimo de lucro", 2),
            KeyValues([("Razón social", coop.name),
                       ("Naturaleza", "Cooperativa de trabajo minero, multiactiva"),
                       ("Inscripción No.", number),
                       ("Fecha de inscripción", founded.isoformat()),
                       ("Domicilio", "Segovia, Antioquia"),
                       ("Vigilancia", "Superintendencia de la Economía Solidaria"),
                       ("Fecha de expedición", today.isoformat())]),
            Paragraph("La entidad se encuentra inscrita y su matrícula renovada. Copia para "
                      "el expediente de formalización de la cooperativa."),
            Signatures(["Secretario(a) de la Cámara de Comercio"]))
    with tempfile.TemporaryDirectory() as folder:
        path = export(uow, doc, Path(folder) / "certificado.pdf", "pdf")
        return path.read_bytes()


def _open_day(uow: UnitOfWork, first: dt.date, last: dt.date) -> dt.date | None:
    """The latest day from ``first`` to ``last`` in an open period of an open fiscal year."""
    with uow.read() as s:
        if not books.has_chart(s):
            return None
        rows = s.execute(select(Period.start, Period.end)
                         .join(FiscalYear, FiscalYear.id == Period.year_id)
                         .where(Period.closed.is_(False), FiscalYear.closed.is_(False),
                                Period.start <= last, Period.end >= first)
                         .order_by(Period.end.desc())).first()
    if rows is None:
        return None
    return min(rows[1], last)


def _licence_fee(treasurer: UnitOfWork, rng: random.Random, stage_id: int,
                 today: dt.date) -> None:
    """The treasurer pays the licence's fee from the cash box and links the entry."""
    last = min(today, dt.date.today()) - dt.timedelta(days=rng.randint(3, 12))
    day = _open_day(treasurer, last - dt.timedelta(days=60), last)
    if day is None:
        return    # no books, or no open period: nothing to pay it from
    roles = books.roles(treasurer)
    account = roles.get("royalties") or roles.get("other_expense")
    if account is None:
        return
    amount = Decimal(rng.randint(11, 19) * 100_000)
    try:
        ref = cashbook.record(treasurer, CashInput(
            "other_payment", day, amount, f"{FEE_TEXT} - seguimiento anual CORANTIOQUIA",
            place="cash", account=account, reference=f"Factura CORANTIOQUIA {day.year}-"
                                                     f"{rng.randint(1000, 9999)}"))
    except ValidationError:
        return    # the books refuse this day: the path stands without its fee
    fp.link_fee(treasurer, stage_id, ref.year, ref.number, "Tasa de seguimiento ambiental")
