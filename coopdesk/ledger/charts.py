"""Chart-of-accounts templates shipped as data, and their loader.

Each template is a CSV file in ``resources/charts/`` with the columns
``code,parent,kind,member_ledger,postable,name_en,name_es,name_fr,name_sw``. Parents come before
their children, so the accounts can be created in file order. ``member_ledger`` marks the member
control accounts (share capital, member payables, member loans) whose every posting names a
member. This module is Qt-free: the CLI, the services and the tests read the same templates.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _

CHARTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "charts"

# template name -> file stem in CHARTS_DIR
TEMPLATES: dict[str, str] = {"general": "general", "syscohada": "syscohada"}

# What the cash book, the share register and production use each account for, per template.
ROLE_CODES: dict[str, dict[str, str]] = {
    "general": {
        "cash": "1105", "bank": "1110", "mobile_money": "1120", "customers": "1305",
        "share_capital": "3105", "member_payable": "2620", "member_loan": "1345",
        "gold_stock": "1405", "suppliers": "2205", "royalties_payable": "2404",
        "gold_sales": "4105", "premium": "4170", "admission_fees": "4250",
        "other_income": "4250", "financial_income": "4210",
        "purchases_members": "6105", "fuel": "5195", "supplies": "5196", "wages": "5105",
        "royalties": "5115", "repairs": "5145", "safety": "5150", "training": "5175",
        "bank_fees": "5305", "other_expense": "5395", "professional_fees": "5110",
        "surplus": "3605", "loss": "3610", "retained": "3705", "reserve": "3205",
        "education_fund": "261005", "solidarity_fund": "261010", "community_fund": "3305",
        "other_fund": "3305", "premium_deferred": "270505",
    },
    "syscohada": {
        "cash": "5711", "bank": "521", "mobile_money": "552", "customers": "411",
        "share_capital": "1013", "member_payable": "4621", "member_loan": "4625",
        "gold_stock": "311", "suppliers": "401", "royalties_payable": "4421",
        "gold_sales": "7021", "premium": "7581", "admission_fees": "7582",
        "other_income": "707", "financial_income": "771",
        "purchases_members": "601", "fuel": "6053", "supplies": "604", "wages": "661",
        "royalties": "641", "repairs": "624", "safety": "638", "training": "632",
        "bank_fees": "631", "other_expense": "83", "professional_fees": "632",
        "surplus": "13", "loss": "13", "retained": "12", "reserve": "111",
        "education_fund": "1121", "solidarity_fund": "1122", "community_fund": "1123",
        "other_fund": "118", "premium_deferred": "477",
    },
}

COLUMNS = ("code", "parent", "kind", "member_ledger", "postable")
NAME_PREFIX = "name_"


class AccountKind(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"


class MemberLedger(StrEnum):
    SHARE_CAPITAL = "share_capital"
    MEMBER_PAYABLE = "member_payable"
    MEMBER_LOAN = "member_loan"


@dataclass(frozen=True)
class AccountSpec:
    """One account of a template, before it becomes a row of the books."""

    code: str
    parent: str | None
    kind: AccountKind
    member_ledger: MemberLedger | None
    postable: bool
    names: dict[str, str]  # language code -> name

    def name(self, language: str) -> str:
        """The name in ``language``, else the English name."""
        return self.names.get(language) or self.names.get("en", "")


def _spec(row: dict[str, str], path: Path, line: int) -> AccountSpec:
    """One CSV row as an :class:`AccountSpec`; malformed shipped data is a programming error."""
    try:
        code = row["code"].strip()
        parent = row["parent"].strip() or None
        kind = AccountKind(row["kind"].strip())
        flag = row["member_ledger"].strip()
        member_ledger = MemberLedger(flag) if flag else None
        postable_text = row["postable"].strip()
    except (KeyError, ValueError, AttributeError) as exc:
        raise ValueError(f"{path.name}, line {line}: {exc}") from exc
    if postable_text not in ("0", "1"):
        raise ValueError(f"{path.name}, line {line}: postable must be 0 or 1")
    names = {key[len(NAME_PREFIX):]: " ".join(value.split())
             for key, value in row.items()
             if key and key.startswith(NAME_PREFIX) and value and value.strip()}
    return AccountSpec(code=code, parent=parent, kind=kind, member_ledger=member_ledger,
                       postable=postable_text == "1", names=names)


def template_path(name: str) -> Path:
    """The CSV file of a template; raises ValidationError for an unknown name."""
    stem = TEMPLATES.get(name)
    if stem is None:
        raise ValidationError(
            _("There is no chart template named '{name}'; the templates are: {known}.",
              name=name, known=", ".join(sorted(TEMPLATES))),
            "template")
    return CHARTS_DIR / f"{stem}.csv"


def load_template(name: str) -> list[AccountSpec]:
    """The accounts of a shipped template, in file order (parents before children)."""
    path = template_path(name)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {', '.join(missing)}")
        # line 1 is the header
        return [_spec(row, path, line) for line, row in enumerate(reader, start=2)]


def check_template(specs: list[AccountSpec]) -> list[str]:
    """Every problem of a template, in file order; [] when it is sound.

    These describe the template's data for whoever maintains it, so they are in English.
    """
    problems: list[str] = []
    all_codes = {s.code for s in specs}
    seen: set[str] = set()
    children: dict[str, int] = {}
    for spec in specs:
        if spec.parent:
            children[spec.parent] = children.get(spec.parent, 0) + 1
    kinds = set(AccountKind)
    for spec in specs:
        code = spec.code
        if not code:
            problems.append("An account has no code.")
        elif code in seen:
            problems.append(f"Account {code} appears more than once.")
        if spec.parent is not None:
            if spec.parent == code:
                problems.append(f"Account {code} is its own parent.")
            elif spec.parent not in all_codes:
                problems.append(f"Account {code}: parent {spec.parent} does not exist.")
            elif spec.parent not in seen:
                problems.append(f"Account {code}: parent {spec.parent} comes after it.")
        if spec.kind not in kinds:
            problems.append(f"Account {code} has no kind.")
        if spec.member_ledger is not None and not spec.postable:
            problems.append(f"Account {code} is a heading but is marked as a member "
                            f"ledger ({spec.member_ledger.value}).")
        if spec.postable and children.get(code):
            problems.append(f"Account {code} takes entries but has accounts under it.")
        if not spec.names.get("en", "").strip():
            problems.append(f"Account {code} has no English name.")
        seen.add(code)
    return problems
