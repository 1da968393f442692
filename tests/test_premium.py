"""The Fairmined premium use plan on SQLite and PostgreSQL: a plan approved by the assembly,
spending tagged from the books, the execution report; every refusal writes nothing; and the
same from a terminal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, update

from coopdesk.cli import main
from coopdesk.core import audit
from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.reports.document import Chart, KeyValues, Table
from coopdesk.reports.output import export
from coopdesk.sharing import premium
from coopdesk.sharing.models import PremiumPlan, PremiumSpend, PremiumUse
from coopdesk.sharing.premium import UseInput
from tests.conftest import add_role_users

D = Decimal
Y26 = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
PERIOD = (dt.date(2026, 2, 1), dt.date(2026, 11, 30))
USES = [UseInput("EDU", "Scholarships and training", D("2000000")),
        UseInput("SAFE", "Safety equipment", D("3000000")),
        UseInput("COM", "Water tank for the village", D("5000000.50"))]


def _pay(uow: UnitOfWork, kind: str, day: dt.date, amount: str, text: str = "") -> str:
    ref = cashbook.record(uow, CashInput(kind, day, D(amount), text, place="bank"))
    return f"{ref.year}/{ref.number}"


@pytest.fixture
def coop(admin: UnitOfWork) -> Iterator[tuple[UnitOfWork, dict[str, str]]]:
    """The general chart and 2026: two premium receipts (one reversed), training, safety and
    a mixed entry (training and an advance to a customer), a bank deposit, one entry before the
    plan's period, and a reversal."""
    books.install_chart(admin, "general")
    books.open_fiscal_year(admin, "2026", *Y26)
    e: dict[str, str] = {}
    e["premium"] = _pay(admin, "premium", dt.date(2026, 2, 10), "8000000")
    e["premium_bad"] = _pay(admin, "premium", dt.date(2026, 2, 11), "999")
    e["training"] = _pay(admin, "training", dt.date(2026, 3, 5), "750000", "Course on mercury")
    e["safety"] = _pay(admin, "safety", dt.date(2026, 4, 2), "1200000", "Helmets and boots")
    ref = books.post_entry(admin, EntryInput(dt.date(2026, 5, 3), "Workshop and advance", (
        LineInput("5175", debit=D(100000)), LineInput("1305", debit=D(20000)),
        LineInput("1110", credit=D(120000)))))
    e["mixed"] = f"{ref.year}/{ref.number}"
    dep = cashbook.record(admin, CashInput("deposit", dt.date(2026, 6, 1), D(50000),
                                           place="cash"))
    e["deposit"] = f"{dep.year}/{dep.number}"
    e["january"] = _pay(admin, "safety", dt.date(2026, 1, 15), "40000")
    rev = books.reverse_entry(admin, "2026", int(e["premium_bad"].split("/")[1]),
                              dt.date(2026, 2, 12), "typed twice")
    e["reversal"] = f"{rev.year}/{rev.number}"
    # the premium moved to "not yet applied": neither received again nor lost
    books.post_entry(admin, EntryInput(dt.date(2026, 2, 28), "Premium to be applied", (
        LineInput("4170", debit=D(8000000)), LineInput("270505", credit=D(8000000)))))
    yield admin, e


def _split(key: str) -> tuple[str, int]:
    year, number = key.split("/")
    return year, int(number)


def _state(uow: UnitOfWork) -> tuple[object, ...]:
    with uow.read() as s:
        return (audit.head(s),
                *(s.scalar(select(func.count()).select_from(t))
                  for t in (PremiumPlan, PremiumUse, PremiumSpend)),
                tuple(s.execute(select(PremiumPlan.approved_on, PremiumPlan.resolution_ref))))


def _approved(uow: UnitOfWork) -> None:
    premium.create_plan(uow, "Premium 2026", *PERIOD, USES)
    premium.approve_plan(uow, "Premium 2026", dt.date(2026, 1, 25), "AGO-2026 res. 7")


def test_plan_from_approval_to_execution_report(coop: tuple[UnitOfWork, dict[str, str]],
                                                tmp_path: Path) -> None:
    uow, e = coop
    pid = premium.create_plan(uow, "  Premium   2026 ", *PERIOD, [
        UseInput(" edu ", "Scholarships  and training", D("2000000")), *USES[1:]])
    assert pid > 0
    [row] = premium.plans(uow)
    assert (row.name, row.start, row.end, row.approved, row.uses) == (
        "Premium 2026", *PERIOD, False, 3)
    assert row.budget == D("10000000.50") and row.spent == 0
    with pytest.raises(ValidationError, match="not approved yet") as exc:
        premium.tag_spending(uow, "Premium 2026", "EDU", *_split(e["training"]))
    assert exc.value.field == "plan"
    premium.approve_plan(uow, "Premium 2026", dt.date(2026, 1, 25), "AGO-2026 res. 7")
    assert premium.plan_row(uow, "Premium 2026").resolution == "AGO-2026 res. 7"

    premium.tag_spending(uow, "Premium 2026", "edu", *_split(e["training"]))
    premium.tag_spending(uow, "Premium 2026", "SAFE", *_split(e["safety"]), amount=D("1000000"),
                         note="helmets only")
    premium.tag_spending(uow, "Premium 2026", "EDU", *_split(e["mixed"]))  # expense part
    premium.tag_spending(uow, "Premium 2026", "COM", *_split(e["mixed"]))  # what is left
    premium.tag_spending(uow, "Premium 2026", "COM", *_split(e["deposit"]))  # no expense
    edu, safe, com = premium.execution(uow, "Premium 2026")
    assert (edu.code, edu.title, edu.budget) == ("EDU", "Scholarships and training",
                                                 D(2000000))
    assert edu.spent == D(850000) and edu.remaining == D(1150000) and edu.percent == D("42.5")
    assert [(d, k, a) for d, k, _t, a in edu.entries] == [
        (dt.date(2026, 3, 5), e["training"], D(750000)),
        (dt.date(2026, 5, 3), e["mixed"], D(100000))]
    assert safe.entries[0][2] == "Helmets and boots — helmets only"
    assert safe.percent == D("33.3")
    assert com.spent == D(20000) + D(50000)
    assert premium.plans(uow)[0].spent == D(850000 + 1000000 + 70000)
    # one receipt of 8,000,000 (the other was reversed; moving it to 270505 is no receipt)
    assert premium.received(uow, "Premium 2026") == D(8000000)
    rows = premium.expense_entries(uow, "Premium 2026")
    keys = {f"{r.year}/{r.number}" for r in rows}
    assert keys == {e["training"], e["safety"], e["mixed"]}
    assert premium.tagged(uow, [r.id for r in rows]) == {
        r.id: {e["training"]: D(750000), e["safety"]: D(1000000),
               e["mixed"]: D(120000)}[f"{r.year}/{r.number}"] for r in rows}

    premium.untag(uow, "Premium 2026", "COM", *_split(e["deposit"]))
    assert premium.execution(uow, "Premium 2026")[2].spent == D(20000)

    doc = premium.execution_report(uow, "Premium 2026")
    facts = dict(next(b for b in doc.blocks if isinstance(b, KeyValues)).items)
    assert facts["Premium received in the period"] == "8,000,000.00 COP"
    assert facts["Approved by the assembly"].endswith("resolution AGO-2026 res. 7")
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert next(list(r)[:3] for r in table.rows) == ["EDU", "Scholarships and training",
                                                    D(2000000)]
    chart = next(b for b in doc.blocks if isinstance(b, Chart))
    assert chart.labels[:2] == ["EDU budget", "EDU spent"]
    assert list(chart.values[:2]) == [D(2000000), D(850000)]
    for fmt in ("pdf", "xlsx", "csv"):
        out = export(uow, premium.execution_report(uow, "Premium 2026"),
                     tmp_path / f"plan.{fmt}")
        assert out.stat().st_size > 500
    wb = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    assert "Execution" in wb.sheetnames and "Spending" in wb.sheetnames
    csv = (tmp_path / "plan.csv").read_text(encoding="utf-8-sig")
    assert "Water tank for the village" in csv and "5000000.50" in csv
    with uow.read() as s:
        assert audit.verify(s).ok


def test_plan_approved_at_creation_and_refusals(coop: tuple[UnitOfWork, dict[str, str]]
                                                ) -> None:
    uow, _e = coop
    before = _state(uow)
    cases: list[tuple[dict[str, object], str, str]] = [
        ({"name": " "}, "name", "Give the plan a name"),
        ({"end": dt.date(2026, 1, 1)}, "end", "ends .* before it starts"),
        ({"uses": []}, "uses", "at least one planned use"),
        ({"uses": [USES[0], UseInput("edu", "Again", D(5))]}, "uses",
         r"Use 2 \(EDU\): the code EDU is already used by use 1"),
        ({"uses": [UseInput("", "", D(0))]}, "uses",
         r"Use 1 \(\?\): give it a code; give it a title; the budget must be more than zero"),
        ({"uses": [UseInput("X", "x", D("-5"))]}, "uses", "more than zero"),
        ({"uses": [UseInput("X", "x", D("1.005"))]}, "uses", "more decimals than COP"),
        ({"uses": [UseInput("TWO WORDS", "x", D(1))]}, "uses", "must be one word"),
        ({"approved_on": dt.date(2026, 1, 2)}, "resolution", "reference of the assembly"),
        ({"resolution": "res. 1"}, "approved_on", "Give the date"),
        ({"approved_on": dt.date.today() + dt.timedelta(days=1), "resolution": "r"},
         "approved_on", "in the future"),
    ]
    for change, field, message in cases:
        args: dict[str, object] = {"name": "P", "start": PERIOD[0], "end": PERIOD[1],
                                   "uses": USES, **change}
        with pytest.raises(ValidationError, match=message) as exc:
            premium.create_plan(uow, **args)  # type: ignore[arg-type]
        assert exc.value.field == field, (change, exc.value.field)
    assert _state(uow) == before

    premium.create_plan(uow, "Premium 2026", *PERIOD, USES, dt.date(2026, 1, 25), "res. 7")
    assert premium.plan_row(uow, "Premium 2026").approved_on == dt.date(2026, 1, 25)
    before = _state(uow)
    with pytest.raises(ValidationError, match="already a premium use plan") as exc:
        premium.create_plan(uow, "Premium 2026", *PERIOD, USES)
    assert exc.value.field == "name"
    with pytest.raises(ValidationError, match="already approved on 2026-01-25"):
        premium.approve_plan(uow, "Premium 2026", dt.date(2026, 2, 1), "res. 8")
    with pytest.raises(NotFound, match="no premium use plan “Nope”"):
        premium.approve_plan(uow, "Nope", dt.date(2026, 2, 1), "res. 8")
    with pytest.raises(ValidationError, match="reference of the assembly"):
        premium.approve_plan(uow, "Premium 2026", dt.date(2026, 2, 1), "  ")
    with pytest.raises(NotFound):
        premium.plan_row(uow, "Nope")
    with pytest.raises(NotFound):
        premium.execution(uow, "Nope")
    assert _state(uow) == before


def test_tagging_refusals_write_nothing(coop: tuple[UnitOfWork, dict[str, str]]) -> None:
    uow, e = coop
    _approved(uow)
    premium.tag_spending(uow, "Premium 2026", "EDU", *_split(e["mixed"]), amount=D(100000))
    before = _state(uow)
    plan = "Premium 2026"
    year, n = _split(e["safety"])
    cases: list[tuple[tuple[object, ...], dict[str, object], type[Exception], str]] = [
        (("Nope", "EDU", year, n), {}, NotFound, "no premium use plan"),
        ((plan, "XYZ", year, n), {}, NotFound, "has no use XYZ; its uses are EDU, SAFE, COM"),
        ((plan, "EDU", "1999", n), {}, NotFound, "no fiscal year 1999"),
        ((plan, "EDU", year, 999), {}, NotFound, "no posted entry 999 in 2026"),
        ((plan, "EDU", *_split(e["reversal"])), {}, ValidationError,
         f"{e['reversal']} is a reversal of entry {e['premium_bad']}"),
        ((plan, "EDU", *_split(e["premium_bad"])), {}, ValidationError,
         f"{e['premium_bad']} was reversed by entry {e['reversal']}"),
        ((plan, "EDU", *_split(e["january"])), {}, ValidationError,
         "dated 2026-01-15, outside the plan's period"),
        ((plan, "EDU", *_split(e["mixed"])), {}, ValidationError, "already tagged to EDU"),
        ((plan, "SAFE", year, n), {"amount": D(1200001)}, ValidationError,
         r"more than the whole of entry 2026/\d+ \(1200000.00\)"),
        ((plan, "SAFE", *_split(e["mixed"])), {"amount": D(20001)}, ValidationError,
         "at most 20000.00 is left"),
        ((plan, "SAFE", year, n), {"amount": D(0)}, ValidationError, "more than zero"),
        ((plan, "SAFE", year, n), {"amount": D("0.001")}, ValidationError, "more decimals"),
    ]
    for args, kw, kind, message in cases:
        with pytest.raises(kind, match=message):
            premium.tag_spending(uow, *args, **kw)  # type: ignore[arg-type]
    premium.tag_spending(uow, plan, "SAFE", *_split(e["mixed"]), amount=D(20000))
    before = _state(uow)
    with pytest.raises(ValidationError, match="already wholly tagged"):
        premium.tag_spending(uow, plan, "COM", *_split(e["mixed"]))
    with pytest.raises(NotFound, match="is not tagged to COM"):
        premium.untag(uow, plan, "COM", *_split(e["mixed"]))
    assert _state(uow) == before


def test_a_draft_is_not_spending(coop: tuple[UnitOfWork, dict[str, str]]) -> None:
    uow, _e = coop
    _approved(uow)
    books.save_draft(uow, EntryInput(dt.date(2026, 7, 1), "Not yet posted", (
        LineInput("5175", debit=D(10)), LineInput("1105", credit=D(10)))))
    with pytest.raises(NotFound, match="no posted entry"):
        premium.tag_spending(uow, "Premium 2026", "EDU", "2026", 99)


def test_only_who_may_distribute_writes(coop: tuple[UnitOfWork, dict[str, str]]) -> None:
    uow, e = coop
    users = add_role_users(uow)
    secretary, treasurer = users[Role.SECRETARY], users[Role.TREASURER]
    with pytest.raises(PermissionDenied):
        premium.create_plan(secretary, "P", *PERIOD, USES)
    premium.create_plan(treasurer, "P", *PERIOD, USES)
    with pytest.raises(PermissionDenied):
        premium.approve_plan(secretary, "P", dt.date(2026, 1, 25), "r")
    premium.approve_plan(treasurer, "P", dt.date(2026, 1, 25), "r")
    with pytest.raises(PermissionDenied):
        premium.tag_spending(secretary, "P", "EDU", *_split(e["training"]))
    premium.tag_spending(treasurer, "P", "EDU", *_split(e["training"]))
    with pytest.raises(PermissionDenied):
        premium.untag(users[Role.SUPERVISORY], "P", "EDU", *_split(e["training"]))
    assert premium.execution(users[Role.SUPERVISORY], "P")[0].spent == D(750000)


def test_a_spend_changed_outside_coopdesk_breaks_the_chain(
        coop: tuple[UnitOfWork, dict[str, str]]) -> None:
    uow, e = coop
    _approved(uow)
    premium.tag_spending(uow, "Premium 2026", "EDU", *_split(e["training"]))
    with uow.read() as s:
        assert audit.verify(s).ok
    with uow.write(None) as tx:
        tx.session.execute(update(PremiumSpend).values(amount=1))
    with uow.read() as s:
        result = audit.verify(s)
    assert not result.ok and "premium_plan Premium 2026 differs" in (result.problem or "")


def test_entry_keys() -> None:
    assert premium.parse_entry_key("2026/14") == ("2026", 14)
    assert premium.parse_entry_key(" 2025-2026/3 ") == ("2025-2026", 3)
    assert premium.parse_entry_key("2026-14") == ("2026", 14)
    for bad in ("2026", "2026/x", "/4", "2026/0"):
        with pytest.raises(ValidationError, match="YEAR/NUMBER"):
            premium.parse_entry_key(bad)


# ---- from a terminal ---------------------------------------------------------------------------

@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COOPDESK_PASSWORD", "secret1")
    monkeypatch.delenv("COOPDESK_DB", raising=False)
    monkeypatch.delenv("COOPDESK_LANG", raising=False)
    path = tmp_path / "c.coopdesk"
    assert main(["init", str(path), "--name", "Cooperativa La Esperanza", "--currency", "COP",
                 "--country", "CO", "--language", "es", "--chart", "general",
                 "--fiscal-year", "2026"]) == 0
    for args in (("receipt", "premium", "5000000", "--place", "bank", "--date", "2026-02-10"),
                 ("payment", "training", "400000", "--date", "2026-03-05"),
                 ("payment", "safety", "900000", "--date", "2026-04-02")):
        assert run(path, "cash", *args) == 0
    return path


def run(path: Path, *args: str) -> int:
    return main(["--lang", "en", "--db", str(path), *args])


def test_cli(cli: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    capsys.readouterr()
    assert run(cli, "premium", "new", "Premium 2026", "--from", "2026-02-01", "--to",
               "2026-11-30", "--use", "EDU:Training: courses:1000000", "--use",
               "SAFE:Safety:2000000,50") == 0
    assert "Premium use plan “Premium 2026” created with 2 use(s)." in capsys.readouterr().out
    assert run(cli, "premium", "tag", "Premium 2026", "EDU", "2026/2") == 1
    assert "not approved yet" in capsys.readouterr().err
    assert run(cli, "premium", "approve", "Premium 2026", "--date", "2026-01-30",
               "--resolution", "AGO res. 3") == 0
    assert run(cli, "premium", "tag", "Premium 2026", "EDU", "2026/2") == 0
    assert run(cli, "premium", "tag", "Premium 2026", "SAFE", "2026-3", "--amount", "500000",
               "--note", "boots") == 0
    capsys.readouterr()
    assert run(cli, "premium", "plans") == 0
    out = capsys.readouterr().out
    assert "Premium 2026\t2026-02-01\t2026-11-30\t2026-01-30 AGO res. 3\t3000000.50\t" \
           "900000.00\t2" in out
    assert run(cli, "premium", "report", "Premium 2026") == 0
    out = capsys.readouterr().out
    assert "EDU\tTraining: courses\t1000000.00\t400000.00\t600000.00\t40.0" in out
    assert "2026-03-05\t2026/2\t" in out and "boots" in out
    assert "Premium received in the period: 5000000.00" in out
    assert run(cli, "premium", "report", "Premium 2026", "-o", str(tmp_path / "p.pdf")) == 0
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert run(cli, "premium", "report", "Premium 2026", "-o", str(tmp_path / "p.xlsx")) == 0
    assert (tmp_path / "p.xlsx").exists()
    assert run(cli, "premium", "untag", "Premium 2026", "SAFE", "2026/3") == 0
    assert "untagged" in capsys.readouterr().out
    assert run(cli, "premium", "untag", "Premium 2026", "SAFE", "2026/3") == 1
    assert "is not tagged to SAFE" in capsys.readouterr().err


def test_cli_user_errors(cli: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
                         ) -> None:
    capsys.readouterr()
    assert run(cli, "premium", "new", "P", "--from", "2026-02-01", "--to", "2026-11-30",
               "--use", "EDU-1000") == 2
    assert "--use is CODE:TITLE:BUDGET" in capsys.readouterr().err
    assert run(cli, "premium", "new", "P", "--from", "2026-02-01", "--to", "2026-11-30",
               "--use", "EDU:Training:abc") == 1
    assert "--use EDU" in capsys.readouterr().err
    assert run(cli, "premium", "new", "P", "--from", "2026-02-01", "--to", "2026-11-30",
               "--use", "EDU:Training:100", "--use", "EDU:Again:5") == 1
    assert "already used by use 1" in capsys.readouterr().err
    assert run(cli, "premium", "new", "P", "--from", "2026-02-01", "--to", "2026-11-30",
               "--use", "EDU:Training:100", "--approved", "2026-01-01") == 1
    assert "reference of the assembly" in capsys.readouterr().err
    assert run(cli, "premium", "tag", "Nope", "EDU", "2026/x") == 1
    assert "YEAR/NUMBER" in capsys.readouterr().err
    assert run(cli, "premium", "report", "Nope") == 1
    assert "no premium use plan" in capsys.readouterr().err
    assert run(cli, "premium", "new", "P", "--from", "2026-02-01", "--to", "2026-11-30",
               "--use", "EDU:Training:100") == 0
    assert run(cli, "premium", "report", "P", "-o", str(tmp_path / "p.doc")) == 2
    assert "pdf, xlsx or csv" in capsys.readouterr().err
    assert run(cli, "premium", "plans") == 0
    assert "not approved" in capsys.readouterr().out
