"""The indicators computed from the records, on a small cooperative with known counts (SQLite
and PostgreSQL): women among members and officers, a member under the minimum age, fine gold
per miner per day, the premium spent, assemblies held, members trained and incidents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import update

from coopdesk.core.models import Cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import officers
from coopdesk.governance import services as governance
from coopdesk.governance.bylaws import MeetingKind
from coopdesk.governance.models import MeetingRow
from coopdesk.governance.presets import COLOMBIA
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import indicators, training
from coopdesk.plans.indicators import Indicator
from coopdesk.production import services as production
from coopdesk.production.services import LotInput
from coopdesk.sharing import premium
from coopdesk.sharing.premium import UseInput

D = Decimal
ON = dt.date(2026, 10, 31)
BOARD = "Consejo de Administración"


def meeting(uow: UnitOfWork, kind: str, title: str, day: dt.date, status: str = "final",
            number: int | None = None) -> int:
    """A meeting as it stands after its workflow (written straight: the indicators read it)."""
    with uow.write(None, "meetings") as tx:
        row = MeetingRow(kind=kind, title=title, scheduled_at=dt.datetime.combine(
            day, dt.time(9)), status=status, number=number, created_by="admin",
                         created_at=dt.datetime(2026, 1, 1))
        tx.session.add(row)
        tx.session.flush()
        return row.id


def build_coop(uow: UnitOfWork) -> dict[str, int]:
    """Ten members (1-4 women; 9 suspended in February; 10 born in 2007 and, once the minimum
    age is raised to 21, under it), a board of 1, 5 and 6, gold lots, a premium plan with 30 %
    spent, four assemblies (two final ones in the 12 months), three training sessions and five
    incidents (four in the 12 months). Returns the ids the tests link to."""
    governance.save_bylaws(uow, COLOMBIA)
    for n in range(1, 11):
        born = dt.date(2007, 6, 1) if n == 10 else dt.date(1980, 1, 1)
        members.register_member(uow, MemberInput(f"Nombre{n}", f"Apellido{n}",
                                                 "F" if n <= 4 else "M", born, "digger",
                                                 dt.date(2025, 7, 1) if n == 10
                                                 else dt.date(2020, 1, 1)), Status.ACTIVE)
    for n in (1, 5, 6):
        officers.add_mandate(uow, n, BOARD, dt.date(2025, 1, 1))
    production.record_lot(uow, LotInput(dt.date(2026, 3, 10), D(50), D(900),
                                        work_group="Frente 1", miners=5, days=2))
    production.record_lot(uow, LotInput(dt.date(2026, 4, 1), D(10), D(500), member=2))
    production.record_lot(uow, LotInput(dt.date(2025, 6, 1), D(100), D(900), member=3))

    books.install_chart(uow, "general")
    books.open_fiscal_year(uow, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    cashbook.record(uow, CashInput("premium", dt.date(2026, 2, 10), D(8000000), "",
                                   place="bank"))
    ref = cashbook.record(uow, CashInput("safety", dt.date(2026, 4, 2), D(1200000),
                                         "Cascos y botas", place="bank"))
    premium.create_plan(uow, "Prima 2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                        [UseInput("SAFE", "Seguridad", D(3000000)),
                         UseInput("EDU", "Becas", D(1000000))],
                        approved_on=dt.date(2026, 1, 20), resolution="Acta 3, res. 2")
    premium.tag_spending(uow, "Prima 2026", "SAFE", ref.year, ref.number)

    ids = {"march": meeting(uow, MeetingKind.ORDINARY, "Asamblea ordinaria 2026",
                            dt.date(2026, 3, 15), number=4),
           "july": meeting(uow, MeetingKind.EXTRAORDINARY, "Asamblea extraordinaria",
                           dt.date(2026, 7, 1), number=5),
           "open": meeting(uow, MeetingKind.ORDINARY, "Asamblea de septiembre",
                           dt.date(2026, 9, 1), status="closed"),
           "old": meeting(uow, MeetingKind.ORDINARY, "Asamblea ordinaria 2025",
                          dt.date(2025, 3, 10), number=2),
           "board": meeting(uow, MeetingKind.MANAGEMENT, "Consejo de marzo",
                            dt.date(2026, 3, 2), number=3)}

    ids["safety"] = training.add_session(uow, dt.date(2026, 2, 10), "Sostenimiento de túneles",
                                         "safety", "ARM")
    training.set_attendance(uow, ids["safety"], [1, 2, 3, 9])
    ids["mercury"] = training.add_session(uow, dt.date(2026, 5, 5), "Retortas", "mercury",
                                          "ARM")
    training.set_attendance(uow, ids["mercury"], [2, 5])
    old = training.add_session(uow, dt.date(2025, 9, 1), "Estatutos", "governance", "Fedemin")
    training.set_attendance(uow, old, [6])
    members.change_status(uow, 9, Status.SUSPENDED, dt.date(2026, 2, 20), "cuotas impagas")

    ids["accident"] = training.record_incident(uow, dt.date(2026, 4, 10), "accident", "minor",
                                               "Caída en el socavón")
    ids["hg1"] = training.record_incident(uow, dt.date(2026, 6, 1), "mercury_use", "minor",
                                          "Amalgamación", mercury_grams=D("12.5"))
    training.record_incident(uow, dt.date(2026, 8, 1), "mercury_use", "minor", "Amalgamación",
                             mercury_grams=D("7.5"))
    training.record_incident(uow, dt.date(2026, 8, 2), "mercury_spill", "serious", "Derrame",
                             mercury_grams=D(1))
    training.record_incident(uow, dt.date(2025, 8, 1), "accident", "minor", "Golpe")
    with uow.write(None, "settings") as tx:
        tx.session.execute(update(Cooperative).values(minimum_age=21))
    return ids


def by_key(uow: UnitOfWork, on: dt.date = ON) -> dict[str, Indicator]:
    return {i.key: i for i in indicators.indicators(uow, on)}


def test_the_indicators_of_a_small_cooperative(admin: UnitOfWork) -> None:
    build_coop(admin)
    got = by_key(admin)
    assert list(got) == ["women_members", "women_officers", "minors_on_register",
                         "grams_per_miner_day", "premium_spent", "assemblies_12m",
                         "members_trained", "incidents_12m", "mercury_used"]

    w = got["women_members"]
    assert (w.value, w.text, w.ok) == (D("44.4"), "44.4 %", None)   # 4 of 9 active
    assert "4 women of 9 active members" in w.detail

    o = got["women_officers"]
    assert (o.value, o.text) == (D("33.3"), "33.3 %")                # 1 of 3 on the board
    assert o.target is None and o.ok is None                         # the bylaws set no minimum

    m = got["minors_on_register"]
    assert (m.value, m.text, m.target, m.ok) == (1, "1", "0", False)
    assert "member number(s) 10" in m.detail and "Nombre10" not in m.detail

    g = got["grams_per_miner_day"]
    # 45 g + 5 g of fine gold over 5 x 2 + 1 = 11 miner-days; the 2025 lot is out.
    assert (g.value, g.text, g.ok) == (D("4.55"), "4.55 g", False)
    assert "11 miner-days" in g.detail and "2 lots" in g.detail

    p = got["premium_spent"]
    assert (p.value, p.text) == (D("30.0"), "30 %")
    assert "Prima 2026" in p.detail and "1,200,000.00 of 4,000,000.00 COP" in p.detail

    a = got["assemblies_12m"]
    assert (a.value, a.ok) == (2, True)          # March and July; not the open one, not 2025
    assert "Asamblea ordinaria 2026" in a.detail

    t = got["members_trained"]
    assert (t.value, t.text) == (D("44.4"), "44.4 %")   # 1, 2, 3 and 5 of 9 active
    assert t.breakdown == (("safety", 3), ("mercury", 2))

    i = got["incidents_12m"]
    assert (i.value, i.text) == (4, "4")
    assert i.breakdown == (("mercury_use", 2), ("accident", 1), ("mercury_spill", 1))
    assert "Serious or fatal: 1" in i.detail

    hg = got["mercury_used"]
    assert (hg.value, hg.unit, hg.text) == (D(20), "g", "20 g")   # spills are not use


def test_the_window_of_twelve_months_moves_with_the_day(admin: UnitOfWork) -> None:
    build_coop(admin)
    got = by_key(admin, dt.date(2026, 3, 5))    # 6 March 2025 to 5 March 2026
    assert (got["assemblies_12m"].value, got["assemblies_12m"].ok) == (1, True)   # 2025's
    assert got["incidents_12m"].value == 1                 # the accident of August 2025
    assert got["mercury_used"].value == 0
    assert got["grams_per_miner_day"].value == D("90.00")  # 2025's lot: 90 g fine in a day
    got = by_key(admin, dt.date(2026, 3, 12))   # 2025's assembly out, 2026's not yet held
    assert (got["assemblies_12m"].value, got["assemblies_12m"].ok) == (0, False)
    assert indicators.year_before(dt.date(2028, 2, 29)) == dt.date(2027, 3, 1)


def test_an_empty_cooperative_has_nothing_to_count(admin: UnitOfWork) -> None:
    got = by_key(admin)
    assert got["women_members"].value is None and got["women_members"].text == "–"
    assert got["minors_on_register"].ok is True
    assert got["minors_on_register"].detail == "No member on the register is under 18."
    assert got["grams_per_miner_day"].value is None
    assert got["premium_spent"].value is None
    assert (got["assemblies_12m"].value, got["assemblies_12m"].ok) == (0, False)
    assert "the bylaws call for one every year" in got["assemblies_12m"].detail
    assert got["incidents_12m"].value == 0 and got["mercury_used"].value == 0
