"""Each write service refuses each role that lacks the right, and writes nothing when it does."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from coopdesk.bank import formats as bank_formats
from coopdesk.bank import links as bank_links
from coopdesk.bank import reconcile as bank_reconcile
from coopdesk.bank import services as bank
from coopdesk.core import audit
from coopdesk.core.access import GRANTS, Permission, Role
from coopdesk.core.errors import PermissionDenied
from coopdesk.core.files import backup, create_cooperative, open_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import add_user
from coopdesk.governance import elections
from coopdesk.governance import services as governance
from coopdesk.governance.bylaws import Eligibility
from coopdesk.governance.presets import OHADA
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as ledger
from coopdesk.ledger.models import Account
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members import services, shares
from coopdesk.members.rules import MemberInput, Status
from coopdesk.production import services as production
from coopdesk.sharing import services as sharing
from coopdesk.sharing.policies import PRESETS
from tests.conftest import PASSWORD, SPEC, add_role_users, login

MEMBER = MemberInput("Rosa", "Mamani", "F", dt.date(1980, 1, 1), "processor",
                     dt.date(2019, 1, 1), national_id="R1")

Action = Callable[[UnitOfWork, Path], object]

WRITES: dict[str, tuple[Permission, Action]] = {
    "register_member": (Permission.MEMBERS_WRITE, lambda u, p: services.register_member(
        u, MemberInput("Luz", "Condori", "F", dt.date(1990, 1, 1), "digger",
                       dt.date(2021, 1, 1)))),
    "update_member": (Permission.MEMBERS_WRITE, lambda u, p: services.update_member(
        u, 1, MEMBER)),
    "change_status": (Permission.MEMBERS_WRITE, lambda u, p: services.change_status(
        u, 1, Status.SUSPENDED, dt.date(2024, 1, 1), "absent")),
    "set_photo": (Permission.MEMBERS_WRITE, lambda u, p: services.set_photo(
        u, 1, b"\x89PNG\r\n\x1a\n" + b"0" * 20)),
    "add_site": (Permission.MEMBERS_WRITE, lambda u, p: services.add_site(u, "Mina Nueva")),
    "open_census": (Permission.MEMBERS_WRITE, lambda u, p: services.open_census(
        u, "Censo 2026", dt.date(2026, 1, 1))),
    "verify_in_census": (Permission.MEMBERS_WRITE, lambda u, p: services.verify_in_census(
        u, 1, [1], dt.date(2026, 1, 2))),
    "subscribe": (Permission.SHARES_WRITE, lambda u, p: shares.subscribe(
        u, 1, 2, dt.date(2024, 1, 1))),
    "pay": (Permission.SHARES_WRITE, lambda u, p: shares.pay(
        u, 1, Decimal("100"), dt.date(2026, 3, 1))),
    "transfer": (Permission.SHARES_WRITE, lambda u, p: shares.transfer(
        u, 1, 2, 1, dt.date(2026, 3, 1))),
    "refund": (Permission.SHARES_WRITE, lambda u, p: shares.refund(
        u, 3, 1, dt.date(2026, 3, 1))),
    "reverse": (Permission.SHARES_WRITE, lambda u, p: shares.reverse(
        u, 2, dt.date(2026, 3, 1), "mistake")),
    "add_user": (Permission.USERS_MANAGE, lambda u, p: add_user(
        u, "newuser", "New", "secret1", {Role.TELLER})),
    "backup": (Permission.BACKUP, lambda u, p: backup(u, p / "b.coopdesk")),
    "add_account": (Permission.LEDGER_SETUP, lambda u, p: ledger.add_account(
        u, BOOKS["heading"] + "99", "Caja menor", BOOKS["heading"])),
    "open_fiscal_year": (Permission.LEDGER_SETUP, lambda u, p: ledger.open_fiscal_year(
        u, "2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31))),
    "post_entry": (Permission.LEDGER_POST, lambda u, p: ledger.post_entry(u, _entry())),
    "save_draft": (Permission.LEDGER_POST, lambda u, p: ledger.save_draft(u, _entry())),
    "reverse_entry": (Permission.LEDGER_POST, lambda u, p: ledger.reverse_entry(
        u, "2026", 1, dt.date(2026, 3, 1), "mistake")),
    "close_period": (Permission.PERIOD_CLOSE, lambda u, p: ledger.close_period(
        u, "2026", dt.date(2026, 1, 1))),
    "close_year": (Permission.PERIOD_CLOSE, lambda u, p: ledger.close_year(u, "2026")),
    "post_opening": (Permission.LEDGER_POST, lambda u, p: ledger.post_opening(u, "2026", (
        LineInput(BOOKS["cash"], debit=Decimal(7)), LineInput("3205", credit=Decimal(7))))),
    "set_role": (Permission.LEDGER_SETUP, lambda u, p: ledger.set_role(u, "cash", "1110")),
    "attach": (Permission.LEDGER_POST, lambda u, p: ledger.attach(
        u, "2026", 1, "r.pdf", b"%PDF-1.4 receipt")),
    "cash_payment": (Permission.LEDGER_POST, lambda u, p: cashbook.record(u, cashbook.CashInput(
        "fuel", dt.date(2026, 3, 1), Decimal(20)))),
    "cash_share_payment": (Permission.SHARES_WRITE, lambda u, p: cashbook.record(
        u, cashbook.CashInput("share_payment", dt.date(2026, 3, 1), Decimal(100), member=1))),
    "record_lot": (Permission.PRODUCTION_WRITE, lambda u, p: production.record_lot(
        u, production.LotInput(dt.date(2026, 3, 1), Decimal("3.5"), Decimal(900), member=1))),
    "buy": (Permission.LEDGER_POST, lambda u, p: production.buy(u, production.PurchaseInput(
        dt.date(2026, 3, 1), 1, Decimal(250000), lot=1))),
    "sell": (Permission.LEDGER_POST, lambda u, p: production.sell(u, production.SaleInput(
        dt.date(2026, 3, 1), "Buyer SA", ((1, Decimal(1)),), Decimal(260000)))),
    "install_preset": (Permission.DISTRIBUTE, lambda u, p: sharing.install_preset(
        u, "colombia")),
    "save_policy": (Permission.DISTRIBUTE, lambda u, p: sharing.save_policy(
        u, PRESETS["ohada"])),
    "create_run": (Permission.DISTRIBUTE, lambda u, p: sharing.create_run(u, _run())),
    "recompute": (Permission.DISTRIBUTE, lambda u, p: sharing.recompute(u, 1)),
    "delete_draft": (Permission.DISTRIBUTE, lambda u, p: sharing.delete_draft(u, 1)),
    "approve": (Permission.DISTRIBUTE, lambda u, p: sharing.approve(
        u, 1, dt.date(2026, 3, 1), "res. 1")),
    "post_distribution": (Permission.DISTRIBUTE, lambda u, p: sharing.post(
        u, 2, dt.date(2026, 3, 2))),
    "pay_distribution": (Permission.DISTRIBUTE, lambda u, p: sharing.pay(
        u, 3, dt.date(2026, 3, 3), "cash")),
    "reverse_distribution": (Permission.DISTRIBUTE, lambda u, p: sharing.reverse(
        u, 3, dt.date(2026, 3, 4), "wrong")),
    "reverse_payout": (Permission.DISTRIBUTE, lambda u, p: sharing.reverse_payout(
        u, 4, 1, dt.date(2026, 3, 4), "not collected")),
    "add_bank_account": (Permission.LEDGER_SETUP, lambda u, p: bank.add_account(
        u, "MM", "M-Pesa", "mobile_money", "1120")),
    "import_statement": (Permission.BANK, lambda u, p: bank.import_statement(
        u, "B", b"Date,Description,Amount\n2026-03-01,Deposit,5.00\n", "s.csv")),
    "save_mapping": (Permission.BANK, lambda u, p: bank.save_mapping(
        u, "Agrario", bank_formats.Mapping(delimiter=";"))),
    "save_bank_rule": (Permission.BANK, lambda u, p: bank_links.save_rule(
        u, bank_links.RuleInput("Fees", "5305", text_contains="comision"))),
    "run_matching": (Permission.BANK, lambda u, p: bank_links.run_matching(u, "B")),
    "finish_reconciliation": (Permission.BANK, lambda u, p: bank_reconcile.finish(
        u, "B", dt.date(2026, 3, 31), Decimal(0))),
    "save_bylaws": (Permission.GOVERNANCE, lambda u, p: governance.save_bylaws(u, OHADA)),
    "install_bylaws_preset": (Permission.GOVERNANCE, lambda u, p:
                              governance.install_bylaws_preset(u, "colombia")),
    "create_election": (Permission.GOVERNANCE, lambda u, p: elections.create_election(
        u, "Junta 2027", "stv", 2)),
    "open_nominations": (Permission.GOVERNANCE, lambda u, p: elections.open_nominations(u, 4)),
    "nominate": (Permission.GOVERNANCE, lambda u, p: elections.nominate(u, 1, 2)),
    "withdraw": (Permission.GOVERNANCE, lambda u, p: elections.withdraw(u, 1, 1)),
    "open_poll": (Permission.ELECTION, lambda u, p: elections.open_poll(u, 1)),
    "check_off": (Permission.ELECTION, lambda u, p: elections.check_off(u, 2, 2)),
    "cast": (Permission.ELECTION, lambda u, p: elections.cast(u, 2, [1])),
    "close_poll": (Permission.ELECTION, lambda u, p: elections.close_poll(u, 2)),
    "enter_paper_ballots": (Permission.ELECTION, lambda u, p: elections.enter_paper_ballots(
        u, 5, [[1]])),
    "enter_paper_totals": (Permission.ELECTION, lambda u, p: elections.enter_paper_totals(
        u, 5, {1: 1, 2: 1})),
    "clear_paper_ballots": (Permission.ELECTION, lambda u, p: elections.clear_paper_ballots(
        u, 3, "entered twice")),
    "second_entry": (Permission.ELECTION, lambda u, p: elections.second_entry(
        u, 3, totals={1: 1, 2: 1})),
    "count_election": (Permission.ELECTION, lambda u, p: elections.count(u, 3)),
    "enter_lot": (Permission.ELECTION, lambda u, p: elections.enter_lot(u, 3, 1, "Eva")),
}
BOOKS: dict[str, str] = {}


def _elections(uow: UnitOfWork) -> None:
    """Election 1 in nominations (member 1 standing); 2 open in the booth, member 1 checked off
    and yet to vote; 3 on paper, closed, counted to a tie that asks for a lot; 4 a draft;
    5 on paper, closed, no ballots entered."""
    governance.save_bylaws(uow, dataclasses.replace(OHADA, eligibility=Eligibility(
        shares_paid=False)))
    for number, entry in enumerate((elections.BOOTH, elections.BOOTH, elections.PAPER,
                                    elections.BOOTH, elections.PAPER), start=1):
        eid = elections.create_election(uow, f"Election {number}", "plurality", 1, entry=entry)
        if number == 4:
            continue
        elections.open_nominations(uow, eid)
        elections.nominate(uow, eid, 1)
        if number == 1:
            continue
        elections.nominate(uow, eid, 2)
        elections.open_poll(uow, eid)
        elections.check_off(uow, eid, 1)
        if number == 2:
            continue
        elections.check_off(uow, eid, 2)
        elections.close_poll(uow, eid)
        if number == 3:
            elections.enter_paper_totals(uow, eid, {1: 1, 2: 1})
            elections.count(uow, eid)


def _run() -> sharing.RunInput:
    return sharing.RunInput("Prima", sharing.Source.DECIDED, "premium", amount=Decimal(1000),
                            start=dt.date(2026, 1, 1), end=dt.date(2026, 2, 28))


def _entry() -> EntryInput:
    return EntryInput(dt.date(2026, 3, 1), "test", (
        LineInput(BOOKS["cash"], debit=Decimal(5)), LineInput(BOOKS["income"],
                                                              credit=Decimal(5))))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cooperative every permission test starts from, made once: members, shares, books,
    distributions, a bank account and elections at every stage; each test gets a copy."""
    path = tmp_path_factory.mktemp("access") / "coop.coopdesk"
    db = create_cooperative(str(path), SPEC, "admin", "Ana Administradora", PASSWORD)
    try:
        _fill(login(db))
    finally:
        db.dispose()
    return path


@pytest.fixture
def roles(template: Path, tmp_path: Path) -> Iterator[dict[Role, UnitOfWork]]:
    copy = tmp_path / "coop.coopdesk"
    shutil.copyfile(template, copy)
    db = open_cooperative(str(copy), scheduled_backup=False).db
    try:
        yield {role: login(db, "admin" if role is Role.ADMINISTRATOR else role.value)
               for role in Role}
    finally:
        db.dispose()


def _fill(uow: UnitOfWork) -> None:
    add_role_users(uow)
    services.register_member(uow, MEMBER, Status.ACTIVE)
    services.register_member(uow, MemberInput("Eva", "Apaza", "F", dt.date(1970, 1, 1),
                                              "trader", dt.date(2015, 1, 1)), Status.ACTIVE)
    services.register_member(uow, MemberInput("Leo", "Ticona", "M", dt.date(1960, 1, 1),
                                              "digger", dt.date(2010, 1, 1)), Status.ACTIVE)
    services.open_census(uow, "Censo 2025", dt.date(2025, 1, 1))
    shares.subscribe(uow, 1, 5, dt.date(2023, 1, 1))
    shares.pay(uow, 1, Decimal("30000"), dt.date(2023, 1, 2))
    shares.subscribe(uow, 3, 1, dt.date(2023, 1, 1))
    shares.pay(uow, 3, Decimal("10000"), dt.date(2023, 1, 2))
    services.change_status(uow, 3, Status.EXITED, dt.date(2023, 6, 1), "moved away")
    ledger.install_chart(uow, "general")
    ledger.open_fiscal_year(uow, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with uow.read() as s:
        accounts = list(s.scalars(select(Account).order_by(Account.code)))
    parents = {a.parent_id for a in accounts}
    BOOKS["heading"] = next(a.code for a in accounts if not a.postable and a.id in parents
                            and a.kind == "asset" and a.parent_id is not None)
    BOOKS["cash"] = next(a.code for a in accounts if a.postable and a.kind == "asset"
                         and not a.member_ledger)
    BOOKS["income"] = next(a.code for a in accounts if a.postable and a.kind == "income")
    ledger.post_entry(uow, _entry())
    production.record_lot(uow, production.LotInput(dt.date(2026, 2, 1), Decimal("5"),
                                                   Decimal(900), member=1))
    sharing.install_preset(uow, "premium")
    for _n in range(4):  # a draft, an approved, a posted and a paid distribution
        sharing.create_run(uow, _run())
    for n in (2, 3, 4):
        sharing.approve(uow, n, dt.date(2026, 3, 1), f"res. {n}")
    for n in (3, 4):
        sharing.post(uow, n, dt.date(2026, 3, 2))
    sharing.pay(uow, 4, dt.date(2026, 3, 3), "cash", [1])
    bank.add_account(uow, "B", "Banco", "bank", "1110")
    _elections(uow)


def _lacking() -> list[tuple[str, Role]]:
    return [(name, role) for name, (perm, _a) in WRITES.items() for role in Role
            if perm not in GRANTS[role]]


@pytest.mark.parametrize(("name", "role"), _lacking())
def test_write_refused_without_the_right(roles: dict[Role, UnitOfWork], tmp_path: Path,
                                         name: str, role: Role) -> None:
    uow = roles[role]
    with uow.read() as s:
        before = audit.head(s)
    with pytest.raises(PermissionDenied):
        WRITES[name][1](uow, tmp_path)
    with uow.read() as s:
        assert audit.head(s) == before
    assert not (tmp_path / "b.coopdesk").exists()


@pytest.mark.parametrize("name", list(WRITES))
def test_write_allowed_with_the_right(roles: dict[Role, UnitOfWork], tmp_path: Path,
                                      name: str) -> None:
    perm, action = WRITES[name]
    role = next(r for r in Role if perm in GRANTS[r] and r is not Role.ADMINISTRATOR) if any(
        perm in GRANTS[r] for r in Role if r is not Role.ADMINISTRATOR) else Role.ADMINISTRATOR
    action(roles[role], tmp_path)


def test_supervisory_committee_changes_nothing() -> None:
    assert GRANTS[Role.SUPERVISORY] == frozenset()
