"""The distribution wizard's presenter, headless, on SQLite and PostgreSQL: each step's choices
and checks, the preview, approval and posting, and wrong input at every step (the problem names
its field, and nothing is written)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from coopdesk.core import audit
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries as ledger
from coopdesk.sharing import presenter as pr
from coopdesk.sharing import services as sharing
from coopdesk.sharing.allocation import Basis, StepKind
from coopdesk.sharing.models import Distribution, SharingPolicy
from coopdesk.sharing.presenter import (
    DistributionWizardPresenter,
    PolicyForm,
    StepForm,
    parse_decimal,
    parse_int,
    read_policy,
)
from coopdesk.sharing.services import RunStatus, Source
from tests.test_sharing import coop  # noqa: F401  (the fixture: a closed 2025 with a surplus)

D = Decimal
TODAY = dt.date(2026, 3, 10)


def fields(problems: list[tuple[str, str]]) -> list[str]:
    return [f for f, _m in problems]


def runs(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(Distribution)) or 0)


def test_from_a_closed_years_surplus_to_posted(coop: UnitOfWork) -> None:  # noqa: F811
    p = DistributionWizardPresenter(coop, TODAY)
    with coop.read() as s:
        surplus = D(sharing.year_surplus(s, "2025")) / 100
    # 1. the closed year is offered with its surplus, and chosen
    assert [(y.name, y.surplus) for y in p.years()] == [("2025", surplus)]
    assert p.source is Source.SURPLUS and p.year == "2025" and p.title == "Surplus 2025"
    assert (p.start, p.end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert p.amount() == surplus
    assert p.check_source() == []
    # 2. the stored policy
    assert [x.name for x in p.policies()] == ["colombia"]
    assert p.suggested_policy() == "colombia"
    p.choose_policy("colombia")
    assert p.check_policy() == []
    # 3. the preview
    assert p.compute() == []
    v = p.preview
    assert v is not None and v.number == 1 and v.status == "draft"
    assert v.amount == surplus and v.policy == "colombia"
    assert [s.percent for s in v.steps] == [D(20), D(20), D(10)]
    assert v.funds + v.pool == v.amount
    assert v.shared + v.residue == v.pool
    assert sum((a for _l, a in v.chart), D(0)) == v.amount
    assert v.chart[-1][0] in ("Members", "Left by rounding")
    assert (v.lines, v.receiving, v.eligible, v.excluded) == (4, 3, 3, 1)
    assert v.parts == [("Production delivered (value)", v.pool)]
    page = p.members(0, size=3)
    assert [r.number for r in page.rows] == [1, 2, 3]
    assert (page.total, page.pages, page.first, page.last) == (4, 2, 1, 3)
    last = p.members(7, size=3)  # past the end: the last page
    assert last.page == 1 and [r.number for r in last.rows] == [4] and last.first == 4
    assert [r.number for r in p.members(0, "huanca").rows] == [3]
    assert [r.number for r in p.members(0, "2").rows] == [2]
    # computing again with the same inputs keeps the draft; a new title makes it again
    assert p.compute() == [] and p.number == 1 and runs(coop) == 1
    p.title = "Excedentes 2025"
    assert p.compute() == [] and runs(coop) == 1
    assert p.preview is not None and p.preview.title == "Excedentes 2025"
    # 4. approval and posting
    assert p.finish_at == RunStatus.POSTED
    p.resolution = "AGO-2026 res. 4"
    p.approved_on = dt.date(2026, 3, 1)
    p.post_on = dt.date(2026, 3, 2)
    assert p.check_approval() == []
    done = p.finish()
    assert done.problems == [] and done.status == "posted" and done.entry is not None
    assert done.entry.startswith("2026/")
    assert ledger.member_balance(coop, 1, "2620") < 0
    # the year is shared now: not offered again
    q = DistributionWizardPresenter(coop, TODAY)
    assert q.years() == []
    assert q.source is Source.DECIDED and q.year is None
    q.choose_source(Source.SURPLUS)
    assert fields(q.check_source()) == ["year"]
    assert "No closed year has a surplus left" in q.check_source()[0][1]
    # what is left to pay, by the way members are paid
    groups = pr.unpaid_by_via(coop, 1)
    assert [(g.via, g.count) for g in groups] == [("cash", 3)]
    sharing.pay(coop, 1, dt.date(2026, 3, 5), "cash", [1])
    assert [(g.via, g.count) for g in pr.unpaid_by_via(coop, 1)] == [("cash", 2)]
    with coop.read() as s:
        assert audit.verify(s).ok


def test_wrong_input_at_each_step_names_the_field_and_writes_nothing(
        coop: UnitOfWork) -> None:  # noqa: F811
    with coop.read() as s:
        before = audit.head(s)
        policies_before = s.scalar(select(func.count()).select_from(SharingPolicy))
    p = DistributionWizardPresenter(coop, TODAY)
    # 1. source
    p.title = "  "
    p.year = "2026"  # open: not offered
    found = p.check_source()
    assert fields(found) == ["title", "year"]
    assert "Give the distribution a title." in found[0][1]
    assert "2026" in found[1][1]
    p.title = "Prima"
    p.choose_source(Source.DECIDED)
    assert p.title == "Prima"  # a title typed by the person stays
    assert fields(p.check_source()) == ["amount"]
    for text, says in (("abc", ""), ("0", "more than zero"), ("-5", "more than zero"),
                      ("10.001", "")):
        p.amount_text = text
        problems = p.check_source()
        assert fields(problems) == ["amount"], text
        assert says in problems[0][1]
    p.amount_text = "1,000.50"
    assert p.amount() == D("1000.50") and p.check_source() == []
    p.start, p.end = dt.date(2025, 12, 31), dt.date(2025, 1, 1)
    assert fields(p.check_source()) == ["period"]
    p.start = None
    assert "Say the period" in p.check_source()[0][1]
    p.start, p.end = dt.date(2026, 1, 1), dt.date(2026, 1, 31)
    # 2. policy
    assert fields(p.check_policy()) == ["policy"]
    p.choose_policy("nope")
    assert "no sharing policy" in p.check_policy()[0][1]
    assert fields(p.install_preset("colombia")) == ["name"]  # stored already: never overwritten
    assert fields(p.install_preset("mars")) == ["preset"]
    bad = PolicyForm("bad", [StepForm(StepKind.RESERVE, "abc"),
                             StepForm(StepKind.EDUCATION, "70", cap="x"),
                             StepForm(StepKind.SOLIDARITY, "40")],
                     [(Basis.GRAMS, "heavy"), (Basis.EQUAL, "")], min_days="two",
                     interest_cap="five", rounding="0.001", unclaimed_days="0")
    problems = p.check_form(bad)
    got = fields(problems)
    for name in ("steps.1", "steps.2", "mix", "min_days", "interest_cap", "rounding",
                 "unclaimed_days", "steps"):
        assert name in got, name
    assert any("Step 1 (Statutory reserve): type the percentage" in m for _f, m in problems)
    assert any("more than 100" in m for _f, m in problems)
    assert p.save_policy(bad) != [] and p.policy_name == "nope"
    nameless = PolicyForm("", [], [(Basis.VALUE, "0")])
    assert set(fields(p.check_form(nameless))) == {"name", "mix"}
    # 3. the preview: nobody produced in January 2026, so a policy by production cannot share
    p.choose_policy("colombia")
    problems = p.compute()
    assert fields(problems) == ["policy"] and "No eligible member has anything" in problems[0][1]
    assert p.preview is None and p.number is None
    # 4. approval: nothing computed
    p.resolution = "res. 1"
    assert fields(p.check_approval()) == ["form"]
    assert p.finish().problems and p.finish().number is None
    with coop.read() as s:
        assert audit.head(s) == before
        assert s.scalar(select(func.count()).select_from(SharingPolicy)) == policies_before
    assert runs(coop) == 0


def test_approval_checks_then_a_refused_posting_leaves_it_approved(
        coop: UnitOfWork) -> None:  # noqa: F811
    p = DistributionWizardPresenter(coop, dt.date(2027, 2, 1))
    p.choose_policy("colombia")
    assert p.compute() == []
    p.approved_on, p.resolution, p.post_on = None, "", None
    assert fields(p.check_approval()) == ["approved_on", "resolution", "post_on"]
    p.approved_on = dt.date(2027, 3, 1)
    assert "in the future" in dict(p.check_approval())["approved_on"]
    p.approved_on = dt.date(2025, 6, 30)
    assert "before the year ends" in dict(p.check_approval())["approved_on"]
    p.approved_on, p.resolution = dt.date(2026, 3, 1), "res. 4"
    p.post_on = dt.date(2026, 2, 1)
    assert "before the approval" in dict(p.check_approval())["post_on"]
    assert p.finish().status == "draft"  # refused before anything is written
    p.post_on = dt.date(2027, 1, 5)  # no fiscal year covers it: the ledger refuses
    done = p.finish()
    assert done.status == "approved" and done.entry is None
    assert "No fiscal year covers" in dict(done.problems)["post_on"]
    assert "approved but not posted" in dict(done.problems)["form"]
    p.post_on = dt.date(2026, 3, 2)
    done = p.finish()  # approved already: only posted now
    assert done.problems == [] and done.status == "posted"


def test_a_premium_with_an_edited_policy_stopping_at_draft_or_approved(
        coop: UnitOfWork) -> None:  # noqa: F811
    p = DistributionWizardPresenter(coop, TODAY)
    p.choose_source(Source.PREMIUM)
    assert p.title == "Fairmined premium 2025" and p.year == "2025"
    assert p.premium_available() is not None
    p.amount_text = "1000.01"
    # a preset installed under a name of its own, then edited
    assert p.install_preset("premium", "premium-2026") == []
    assert p.policy_name == "premium-2026"
    form = p.policy_form()
    assert form.name == "premium-2026" and form.steps[0].percent == "50"
    assert form.mix == [(Basis.GRAMS, "100")] and form.rounding == ""
    form.steps[0].percent = "12.5"
    form.mix = [(Basis.GRAMS, "3"), (Basis.EQUAL, "1")]
    form.rounding = "0.10"
    form.unclaimed_days = "60"
    assert p.check_form(form) == []
    assert p.save_policy(form) == []
    policy = p.policy()
    assert policy is not None and policy.rounding == 10 and policy.unclaimed_days == 60
    assert PolicyForm.of(policy, "COP").rounding == "0.10"
    assert p.compute() == []
    v = p.preview
    assert v is not None and v.amount == D("1000.01")
    assert v.steps[0].amount == D("125.00")  # 12.5 % rounded down to the cent
    assert v.funds + v.shared + v.residue == v.amount
    assert all(r.amount % D("0.10") == 0 for r in p.members().rows)
    assert [label for label, _v in v.parts] == ["Production delivered (grams)", "Equal parts"]
    # changing the policy after the preview makes the draft again from the new one
    number = p.number
    form.steps[0].percent = "10"
    assert p.save_policy(form) == [] and p.compute() == []
    assert runs(coop) == 1 and p.preview is not None and p.preview.steps[0].amount == D("100.00")
    assert p.number == number
    p.finish_at = RunStatus.DRAFT
    p.resolution = ""  # not needed to stay a draft
    assert p.check_approval() == []
    assert p.finish().status == "draft"
    p.finish_at = RunStatus.APPROVED
    p.resolution, p.approved_on = "Acta 7", dt.date(2026, 3, 1)
    p.post_on = None  # not needed to stop at approval
    done = p.finish()
    assert done.problems == [] and done.status == "approved" and done.entry is None


def test_cancelling_deletes_the_draft(coop: UnitOfWork) -> None:  # noqa: F811
    p = DistributionWizardPresenter(coop, TODAY)
    p.choose_policy(p.suggested_policy())
    assert p.compute() == [] and runs(coop) == 1
    p.discard()
    assert runs(coop) == 0 and p.number is None and p.preview is None
    assert p.members().rows == []
    assert [y.name for y in p.years()] == ["2025"]  # offered again


def test_reading_numbers_and_forms() -> None:
    cases = {"20": "20", "12.5": "12.5", "12,5": "12.5", " 20 % ": "20", "-1": "-1",
             ".5": "0.5"}
    for text, want in cases.items():
        assert parse_decimal(text) == D(want), text
    for bad in ("", "abc", "1.2.3", "1,2,3", "NaN", "1e3", "%"):
        assert parse_decimal(bad) is None, bad
    assert parse_int(" 90 ") == 90 and parse_int("9.5") is None and parse_int("") is None
    policy, problems = read_policy(PolicyForm("p", [StepForm(StepKind.RESERVE, "20",
                                                             cap="50")],
                                              [(Basis.SHARES, "1")], interest_cap="5",
                                              rounding="50"), "XAF")
    assert problems == [] and policy is not None
    assert policy.rounding == 50 and policy.steps[0].cap_percent == D(50)
    assert policy.interest_cap == D(5)
    labels = dict(pr.presets())
    assert set(labels) == {"colombia", "ohada", "premium"}
    assert "Colombian" in labels["colombia"]
