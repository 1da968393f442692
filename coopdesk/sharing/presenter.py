"""The distribution wizard without Qt: its state, its rules and what each of its four steps
shows, as plain data. The window only displays what this returns, so every rule runs (and is
tested) headless.

1. source: the surplus of a closed year not yet shared (offered with its surplus), a Fairmined
   premium received, or an amount the assembly decides; the amount and the period over which
   production, shares and days are counted;
2. policy: a stored policy, a preset installed, or one edited (:class:`PolicyForm`, checked as
   one types by :func:`read_policy`);
3. preview: the draft is computed (created, or computed again) and shown: the funds, the
   members' part, the residue, a chart, the members a page at a time;
4. approval: the date and the assembly's resolution, the posting date, and how far to go
   (stay a draft, approve, or approve and post).

Every check returns a list of ``(field, message)`` problems, empty when all is well; a refusal
of a service comes back the same way, under the field it names.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.money import from_minor, parse_amount, to_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import services as books
from coopdesk.ledger.models import FiscalYear
from coopdesk.sharing import queries
from coopdesk.sharing import services as sharing
from coopdesk.sharing.allocation import (
    BASIS_LABELS,
    STEP_LABELS,
    Basis,
    Policy,
    Step,
    StepKind,
    check_policy,
)
from coopdesk.sharing.models import Distribution, DistributionLine
from coopdesk.sharing.policies import PRESET_LABELS, PRESETS
from coopdesk.sharing.services import METHOD_VIA, SOURCE_LABELS, RunStatus, Source

Problems = list[tuple[str, str]]
PAGE_SIZE = 50


def problems_of(exc: CoopdeskError, default: str = "form",
                fields: dict[str, str] | None = None) -> Problems:
    """A service's refusal as problems: its field (renamed through ``fields``) or ``default``,
    one problem per line of its message."""
    name = getattr(exc, "field", None) or default
    name = (fields or {}).get(name, name)
    return [(name, line) for line in exc.message.split("\n") if line.strip()] or \
        [(name, exc.message)]


# ---- numbers typed by a person -----------------------------------------------------------------

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def parse_decimal(text: str) -> Decimal | None:
    """ "20", "12.5", "12,5", "20 %" -> Decimal; None when it is not a number."""
    s = text.strip().removesuffix("%").strip().replace("\u00a0", "").replace(" ", "")
    if s.count(",") == 1 and "." not in s:
        s = s.replace(",", ".")
    if not _NUMBER.fullmatch(s):
        return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_int(text: str) -> int | None:
    s = text.strip()
    return int(s) if re.fullmatch(r"[+-]?\d{1,9}", s) else None


# ---- a policy as a form ------------------------------------------------------------------------

@dataclass
class StepForm:
    kind: StepKind
    percent: str
    cap: str = ""        # % of the paid-up capital the fund stops at; blank: no cap
    label: str = ""      # the bylaws' own name
    account: str = ""    # an account code instead of the kind's usual account


@dataclass
class PolicyForm:
    """A policy as the editor holds it: text as typed, read by :func:`read_policy`."""

    name: str = ""
    steps: list[StepForm] = field(default_factory=list)
    mix: list[tuple[Basis, str]] = field(default_factory=list)   # basis, weight as typed
    min_days: str = "0"
    exclude_suspended: bool = True
    interest_cap: str = ""     # yearly %; blank: no cap
    rounding: str = ""         # in the currency (e.g. "50" francs); blank: the smallest unit
    unclaimed_days: str = "90"

    @staticmethod
    def of(policy: Policy, currency: str) -> PolicyForm:
        return PolicyForm(
            name=policy.name,
            steps=[StepForm(s.kind, _plain(s.percent),
                            "" if s.cap_percent is None else _plain(s.cap_percent), s.label,
                            s.account) for s in policy.steps],
            mix=[(b, _plain(w)) for b, w in policy.mix],
            min_days=str(policy.min_days), exclude_suspended=policy.exclude_suspended,
            interest_cap="" if policy.interest_cap is None else _plain(policy.interest_cap),
            rounding="" if policy.rounding == 1 else str(from_minor(policy.rounding, currency)),
            unclaimed_days=str(policy.unclaimed_days))


def _plain(d: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 20, 12.5."""
    return format(d.normalize(), "f")


def read_policy(form: PolicyForm, currency: str) -> tuple[Policy | None, Problems]:
    """The policy a form describes, and what is wrong with it (the text that is not a number,
    then the rules of :func:`~coopdesk.sharing.allocation.check_policy`)."""
    out: Problems = []
    steps: list[Step] = []
    for i, s in enumerate(form.steps, 1):
        title = s.label.strip() or _(STEP_LABELS[s.kind])
        pct = parse_decimal(s.percent)
        if pct is None:
            out.append((f"steps.{i}", _("Step {n} ({step}): type the percentage as a number, "
                                        "like 20 or 12.5.", n=i, step=title)))
        cap: Decimal | None = None
        if s.cap.strip():
            cap = parse_decimal(s.cap)
            if cap is None:
                out.append((f"steps.{i}", _("Step {n} ({step}): type the cap as a percentage "
                                            "of the paid-up capital, like 50, or leave it "
                                            "blank.", n=i, step=title)))
        steps.append(Step(s.kind, pct if pct is not None else Decimal(0), cap, s.label.strip(),
                          s.account.strip()))
    mix: list[tuple[Basis, Decimal]] = []
    for b, text in form.mix:
        if not text.strip():
            continue
        w = parse_decimal(text)
        if w is None:
            out.append(("mix", _("The weight of {basis} is not a number.",
                                 basis=_(BASIS_LABELS[b]))))
            continue
        mix.append((b, w))
    min_days = parse_int(form.min_days or "0")
    if min_days is None:
        out.append(("min_days", _("Type the minimum number of days as a whole number.")))
    unclaimed = parse_int(form.unclaimed_days or "")
    if unclaimed is None:
        out.append(("unclaimed_days", _("Type the days before a payout counts as unclaimed as "
                                        "a whole number.")))
    interest: Decimal | None = None
    if form.interest_cap.strip():
        interest = parse_decimal(form.interest_cap)
        if interest is None:
            out.append(("interest_cap", _("Type the cap on interest on capital as a yearly "
                                          "percentage, like 5, or leave it blank.")))
    rounding = 1
    if form.rounding.strip():
        try:
            rounding = to_minor(parse_amount(form.rounding, currency), currency)
        except CoopdeskError as exc:
            out.append(("rounding", _("The rounding unit: {reason}", reason=exc.message)))
    policy = Policy(form.name.strip(), tuple(steps), tuple(mix),
                    min_days if min_days is not None else 0, form.exclude_suspended, interest,
                    rounding, unclaimed if unclaimed is not None else 90)
    out.extend(check_policy(policy))
    return (None if out else policy), out


def presets() -> list[tuple[str, str]]:
    """The shipped policies: (key, what it is)."""
    return [(key, _(PRESET_LABELS[key])) for key in PRESETS]


def save_form(uow: UnitOfWork, form: PolicyForm) -> tuple[Policy | None, Problems]:
    """Check and store a policy; the stored policy, or the problems (nothing written)."""
    policy, problems = read_policy(form, uow.coop().currency)
    if policy is None:
        return None, problems
    try:
        sharing.save_policy(uow, policy)
    except CoopdeskError as exc:
        return None, problems_of(exc, "name")
    return policy, []


# ---- what the steps show -----------------------------------------------------------------------

@dataclass(frozen=True)
class YearChoice:
    """A closed fiscal year whose surplus no distribution has shared yet."""

    name: str
    start: dt.date
    end: dt.date
    surplus: Decimal


@dataclass(frozen=True)
class StepLine:
    title: str
    percent: Decimal
    account: str
    amount: Decimal
    capped: bool


@dataclass(frozen=True)
class Preview:
    number: int
    title: str
    source: str                             # translated
    status: str
    amount: Decimal
    start: dt.date
    end: dt.date
    policy: str
    steps: list[StepLine]
    funds: Decimal                          # the steps together
    pool: Decimal                           # the members' part
    shared: Decimal                         # what the members receive together
    residue: Decimal                        # left in the source by rounding
    parts: list[tuple[str, Decimal]]        # the members' part on each basis
    eligible: int
    excluded: int
    receiving: int
    lines: int                              # every member line of the run
    chart: list[tuple[str, Decimal]]        # where the amount goes
    currency: str


@dataclass(frozen=True)
class MemberPage:
    rows: list[queries.LineRow]
    total: int           # lines matching the search
    page: int            # 0-based
    pages: int
    size: int

    @property
    def first(self) -> int:
        """1-based number of the first row shown (0 when none)."""
        return self.page * self.size + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.page * self.size + len(self.rows)


def preview_of(uow: UnitOfWork, number: int) -> Preview:
    """A run as the preview (and the sharing page) shows it."""
    d = queries.detail(uow, number)
    steps = [StepLine(s.title, s.percent, s.account, s.amount, s.capped) for s in d.steps]
    funds = sum((s.amount for s in steps), Decimal(0))
    chart: list[tuple[str, Decimal]] = [(s.title, s.amount) for s in steps if s.amount]
    chart.append((_("Members"), d.row.shared))
    if d.residue:
        chart.append((_("Left by rounding"), d.residue))
    return Preview(
        number=d.row.number, title=d.row.title, source=_(SOURCE_LABELS[Source(d.row.source)]),
        status=d.row.status, amount=d.row.amount, start=d.start, end=d.end,
        policy=d.policy.name, steps=steps, funds=funds, pool=d.pool, shared=d.row.shared,
        residue=d.residue, parts=[(_(BASIS_LABELS[b]), d.parts[b]) for b, _w in d.policy.mix
                                     if b in d.parts],
        eligible=d.eligible, excluded=d.excluded, receiving=d.row.members,
        lines=queries.line_count(uow, number), chart=chart, currency=d.currency)


def member_page(uow: UnitOfWork, number: int, page: int = 0, search: str = "",
                size: int = PAGE_SIZE) -> MemberPage:
    """One page of a run's member lines (a page past the end shows the last one)."""
    total = queries.line_count(uow, number, search)
    pages = max(1, -(-total // size))
    page = min(max(page, 0), pages - 1)
    rows = queries.lines(uow, number, offset=page * size, limit=size, search=search)
    return MemberPage(rows, total, page, pages, size)


@dataclass(frozen=True)
class UnpaidGroup:
    """The members of a posted run not paid yet, by the way they are paid."""

    via: str
    count: int
    amount: Decimal


def unpaid_by_via(uow: UnitOfWork, number: int) -> list[UnpaidGroup]:
    with uow.read() as s:
        currency = sharing._currency(s)
        d = sharing._run(s, number)
        rows = s.execute(
            select(DistributionLine.payout_method, func.count(),
                   func.coalesce(func.sum(DistributionLine.amount), 0))
            .where(DistributionLine.distribution_id == d.id,
                   DistributionLine.payout_id.is_(None), DistributionLine.amount > 0)
            .group_by(DistributionLine.payout_method))
        found = {METHOD_VIA.get(m, "cash"): (int(n), int(a)) for m, n, a in rows}
    return [UnpaidGroup(v, found[v][0], from_minor(found[v][1], currency))
            for v in sharing.VIA if v in found]


@dataclass(frozen=True)
class Finished:
    number: int | None
    status: str | None          # where the run stands now
    entry: str | None           # "YEAR/NUMBER" of the posting
    problems: Problems


# ---- the wizard --------------------------------------------------------------------------------

class DistributionWizardPresenter:
    """The state of one wizard: what was chosen at each step, and the draft it computed."""

    def __init__(self, uow: UnitOfWork, today: dt.date | None = None) -> None:
        self.uow = uow
        self.today = today or dt.date.today()
        self.currency = uow.coop().currency
        # 1. source
        self.source = Source.SURPLUS
        self.title = ""
        self.year: str | None = None
        self.amount_text = ""
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self._auto_title = ""
        # 2. policy
        self.policy_name: str | None = None
        # 3. preview
        self.number: int | None = None
        self._made_from: str | None = None
        self.preview: Preview | None = None
        # 4. approval
        self.finish_at = RunStatus.POSTED
        self.approved_on: dt.date | None = self.today
        self.resolution = ""
        self.post_on: dt.date | None = self.today
        years = self.years()
        if years:
            self.choose_year(years[-1].name)
        else:
            self.choose_source(Source.DECIDED)

    # -- 1. source -----------------------------------------------------------------------------

    def years(self) -> list[YearChoice]:
        """Closed fiscal years with a surplus that no distribution has shared, oldest first
        (the draft this wizard made does not count)."""
        out = []
        with self.uow.read() as s:
            taken = set(s.scalars(select(Distribution.year).where(
                Distribution.source == Source.SURPLUS.value, Distribution.year.is_not(None),
                Distribution.number != (self.number or 0))))
            for y in s.scalars(select(FiscalYear).where(FiscalYear.closed.is_(True))
                               .order_by(FiscalYear.start)):
                if y.name in taken:
                    continue
                try:
                    surplus = sharing.year_surplus(s, y.name)
                except CoopdeskError:
                    continue  # closed without a surplus: nothing to share
                out.append(YearChoice(y.name, y.start, y.end,
                                      from_minor(surplus, self.currency)))
        return out

    def premium_available(self) -> Decimal | None:
        """What the account of premiums received and not yet used holds (None: no account)."""
        with self.uow.read() as s:
            try:
                code = books.role_account(s, sharing.SOURCE_ROLES[Source.PREMIUM]).code
            except CoopdeskError:
                return None
            return from_minor(sharing.balance(s, code), self.currency)

    def _set_title(self, title: str) -> None:
        """A suggested title replaces only a title that was suggested too."""
        if not self.title.strip() or self.title == self._auto_title:
            self.title = title
        self._auto_title = title

    def choose_source(self, source: Source) -> None:
        self.source = source
        if source is Source.SURPLUS:
            years = self.years()
            if self.year is None and years:
                self.choose_year(years[-1].name)
            elif self.year is not None:
                self.choose_year(self.year)
            return
        if self.start is None or self.end is None:
            last = self._last_year()
            self.start, self.end = last if last else (self.today.replace(month=1, day=1),
                                                      self.today)
        if source is Source.PREMIUM:
            self._set_title(_("Fairmined premium {year}", year=self._year_label()))
        else:
            self._set_title(_("Distribution decided by the assembly {year}",
                              year=self._year_label()))

    def _year_label(self) -> str:
        return str(self.end.year if self.end else self.today.year)

    def _last_year(self) -> tuple[dt.date, dt.date] | None:
        with self.uow.read() as s:
            y = s.scalar(select(FiscalYear).where(FiscalYear.closed.is_(True))
                         .order_by(FiscalYear.start.desc()).limit(1))
            return (y.start, y.end) if y is not None else None

    def choose_year(self, name: str) -> None:
        """The surplus of ``name``: its dates become the period."""
        self.source = Source.SURPLUS
        self.year = name
        for y in self.years():
            if y.name == name:
                self.start, self.end = y.start, y.end
        self._set_title(_("Surplus {year}", year=name))

    def amount(self) -> Decimal | None:
        """The amount to share: the chosen year's surplus, or the amount typed."""
        if self.source is Source.SURPLUS:
            return next((y.surplus for y in self.years() if y.name == self.year), None)
        try:
            return parse_amount(self.amount_text, self.currency)
        except CoopdeskError:
            return None

    def check_source(self) -> Problems:
        out: Problems = []
        if not self.title.strip():
            out.append(("title", _("Give the distribution a title.")))
        if self.source is Source.SURPLUS:
            years = {y.name for y in self.years()}
            if not self.year:
                out.append(("year", _("Say which closed year's surplus is shared.") if years
                            else _("No closed year has a surplus left to share. Close the "
                                   "year in the books first, or share a premium or an amount "
                                   "the assembly decided.")))
            elif self.year not in years:
                out.append(("year", _("The surplus of {year} cannot be shared: the year is "
                                      "not closed, closed without a surplus, or its surplus "
                                      "is already shared.", year=self.year)))
        else:
            if not self.amount_text.strip():
                out.append(("amount", _("Say the amount to share; it must be more than "
                                        "zero.")))
            else:
                try:
                    value = parse_amount(self.amount_text, self.currency)
                    if value <= 0:
                        out.append(("amount", _("Say the amount to share; it must be more "
                                                "than zero.")))
                    else:
                        to_minor(value, self.currency)
                except CoopdeskError as exc:
                    out.append(("amount", exc.message))
        if self.start is None or self.end is None:
            out.append(("period", _("Say the period over which production, shares and days "
                                    "are counted.")))
        elif self.end < self.start:
            out.append(("period", _("The period ends ({end}) before it starts ({start}).",
                                    start=self.start, end=self.end)))
        return out

    # -- 2. policy -----------------------------------------------------------------------------

    def policies(self) -> list[Policy]:
        return sharing.policies(self.uow)

    def policy(self) -> Policy | None:
        return next((p for p in self.policies() if p.name == self.policy_name), None)

    def choose_policy(self, name: str | None) -> None:
        self.policy_name = name

    def suggested_policy(self) -> str | None:
        """The stored policy to offer first: the premium one for a premium, else the first."""
        names = [p.name for p in self.policies()]
        if self.source is Source.PREMIUM and "premium" in names:
            return "premium"
        others = [n for n in names if n != "premium"]
        if others:
            return others[0]
        return names[0] if names else None

    def install_preset(self, key: str, name: str = "") -> Problems:
        """Copy a shipped policy into the file under ``name`` (its own name if blank) and
        choose it; a stored policy of that name is never overwritten."""
        if key not in PRESETS:
            return [("preset", _("Choose one of the preset policies."))]
        name = name.strip() or PRESETS[key].name
        if any(p.name == name for p in self.policies()):
            return [("name", _("A policy named “{name}” is stored already: choose it in the "
                               "list, or give the preset another name.", name=name))]
        try:
            sharing.install_preset(self.uow, key, name)
        except CoopdeskError as exc:
            return problems_of(exc, "preset")
        self.policy_name = name
        return []

    def policy_form(self) -> PolicyForm:
        """The chosen policy as a form to edit (a blank one when none is chosen)."""
        p = self.policy()
        if p is None:
            return PolicyForm(mix=[(Basis.VALUE, "100")])
        return PolicyForm.of(p, self.currency)

    def check_form(self, form: PolicyForm) -> Problems:
        return read_policy(form, self.currency)[1]

    def save_policy(self, form: PolicyForm) -> Problems:
        """Store an edited policy and choose it."""
        policy, problems = save_form(self.uow, form)
        if policy is not None:
            self.policy_name = policy.name
        return problems

    def check_policy(self) -> Problems:
        if not self.policy_name:
            return [("policy", _("Choose the policy the distribution follows, install a "
                                 "preset or write one."))]
        p = self.policy()
        if p is None:
            return [("policy", _("There is no sharing policy “{name}”.",
                                 name=self.policy_name))]
        return [("policy", m) for _f, m in check_policy(p)]

    # -- 3. preview ----------------------------------------------------------------------------

    def _inputs(self) -> str:
        p = self.policy()
        return json.dumps({"source": self.source.value, "title": self.title.strip(),
                           "year": self.year if self.source is Source.SURPLUS else None,
                           "amount": None if self.source is Source.SURPLUS
                           else self.amount_text.strip(),
                           "start": str(self.start), "end": str(self.end),
                           "policy": p.to_dict() if p else None}, sort_keys=True)

    def run_input(self) -> sharing.RunInput:
        assert self.policy_name is not None
        return sharing.RunInput(
            self.title.strip(), self.source, self.policy_name,
            year=self.year if self.source is Source.SURPLUS else None,
            amount=None if self.source is Source.SURPLUS else self.amount(),
            start=self.start, end=self.end)

    def compute(self) -> Problems:
        """Create the draft (or compute it again) and read its preview into ``self.preview``.
        When the source or the policy changed since the draft was made, the old draft is
        deleted and a new one made."""
        problems = self.check_source() + self.check_policy()
        if problems:
            return problems
        inputs = self._inputs()
        try:
            if self.number is not None and self._made_from == inputs and \
                    self._status() == RunStatus.DRAFT:
                sharing.recompute(self.uow, self.number)
            else:
                self.discard()
                self.number = sharing.create_run(self.uow, self.run_input())
                self._made_from = inputs
        except CoopdeskError as exc:
            self.preview = None
            return problems_of(exc, "form", {"account": "policy"})
        self.preview = preview_of(self.uow, self.number)
        return []

    def members(self, page: int = 0, search: str = "", size: int = PAGE_SIZE) -> MemberPage:
        if self.number is None:
            return MemberPage([], 0, 0, 1, size)
        return member_page(self.uow, self.number, page, search, size)

    def _status(self) -> str | None:
        if self.number is None:
            return None
        with self.uow.read() as s:
            return s.scalar(select(Distribution.status).where(
                Distribution.number == self.number))

    def discard(self) -> None:
        """Delete the draft this wizard made (cancelled, or made again from other inputs)."""
        if self.number is not None and self._status() == RunStatus.DRAFT:
            sharing.delete_draft(self.uow, self.number)
        self.number, self._made_from, self.preview = None, None, None

    # -- 4. approval and posting ---------------------------------------------------------------

    def check_approval(self) -> Problems:
        out: Problems = []
        if self.number is None:
            out.append(("form", _("Compute the preview first.")))
        if self.finish_at == RunStatus.DRAFT:
            return out
        if self.approved_on is None:
            out.append(("approved_on", _("Give the date the assembly approved the "
                                         "distribution.")))
        elif self.approved_on > self.today:
            out.append(("approved_on", _("The approval date {date} is in the future.",
                                         date=self.approved_on)))
        elif self.source is Source.SURPLUS and self.end is not None and \
                self.approved_on < self.end:
            out.append(("approved_on", _("The assembly cannot approve sharing the surplus of "
                                         "{year} before the year ends ({end}).",
                                         year=self.year, end=self.end)))
        if not self.resolution.strip():
            out.append(("resolution", _("Give the reference of the assembly's resolution that "
                                        "approved the distribution.")))
        if self.finish_at == RunStatus.POSTED:
            if self.post_on is None:
                out.append(("post_on", _("Give the date of the posting.")))
            elif self.approved_on is not None and self.post_on < self.approved_on:
                out.append(("post_on", _("The posting date {date} is before the approval "
                                         "({approved}).", date=self.post_on,
                                         approved=self.approved_on)))
        return out

    def finish(self) -> Finished:
        """Approve and post as far as ``finish_at`` says. A run approved whose posting is
        refused stays approved (said in the problems); finishing again posts it."""
        problems = self.check_approval()
        if problems:
            return Finished(self.number, self._status(), None, problems)
        assert self.number is not None
        status = self._status()
        try:
            if self.finish_at in (RunStatus.APPROVED, RunStatus.POSTED) and \
                    status == RunStatus.DRAFT:
                assert self.approved_on is not None
                sharing.approve(self.uow, self.number, self.approved_on, self.resolution)
                status = RunStatus.APPROVED.value
        except CoopdeskError as exc:
            return Finished(self.number, status, None, problems_of(exc))
        entry = None
        if self.finish_at == RunStatus.POSTED and status == RunStatus.APPROVED:
            assert self.post_on is not None
            try:
                ref = sharing.post(self.uow, self.number, self.post_on)
            except CoopdeskError as exc:
                found = problems_of(exc, "post_on", {"date": "post_on"})
                found.append(("form", _("Distribution {number} is approved but not posted; "
                                        "correct the posting and finish again, or post it "
                                        "later from the Benefit sharing page.",
                                        number=self.number)))
                return Finished(self.number, status, None, found)
            status, entry = RunStatus.POSTED.value, f"{ref.year}/{ref.number}"
        return Finished(self.number, status, entry, [])

