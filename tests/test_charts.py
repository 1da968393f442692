"""The shipped chart-of-accounts templates load, are sound, and mark the member accounts."""

from __future__ import annotations

from collections import Counter

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.ledger.charts import (
    TEMPLATES,
    AccountKind,
    AccountSpec,
    MemberLedger,
    check_template,
    load_template,
)

LANGUAGES = ("en", "es", "fr", "sw")


@pytest.fixture(params=sorted(TEMPLATES))
def specs(request: pytest.FixtureRequest) -> list[AccountSpec]:
    return load_template(request.param)


def test_templates_load_and_are_sound(specs: list[AccountSpec]) -> None:
    assert len(specs) >= 50
    assert check_template(specs) == []


def test_codes_unique_and_every_kind_present(specs: list[AccountSpec]) -> None:
    codes = [s.code for s in specs]
    assert len(codes) == len(set(codes))
    assert {s.kind for s in specs} == set(AccountKind)
    assert {s.kind for s in specs if s.postable} == set(AccountKind)


def test_names_in_every_language(specs: list[AccountSpec]) -> None:
    for spec in specs:
        for language in LANGUAGES:
            assert spec.names.get(language), (spec.code, language)
    first = specs[0]
    assert first.name("fr") == first.names["fr"]
    assert first.name("xx") == first.names["en"]


def test_member_control_accounts(specs: list[AccountSpec]) -> None:
    flags = Counter(s.member_ledger for s in specs if s.member_ledger)
    assert flags[MemberLedger.SHARE_CAPITAL] == 1
    assert flags[MemberLedger.MEMBER_PAYABLE] >= 1
    assert flags[MemberLedger.MEMBER_LOAN] >= 1
    for spec in specs:
        if spec.member_ledger:
            assert spec.postable, spec.code
    by_flag = {s.member_ledger: s for s in specs if s.member_ledger}
    assert by_flag[MemberLedger.SHARE_CAPITAL].kind is AccountKind.EQUITY
    assert by_flag[MemberLedger.MEMBER_PAYABLE].kind is AccountKind.LIABILITY
    assert by_flag[MemberLedger.MEMBER_LOAN].kind is AccountKind.ASSET


def test_known_member_accounts() -> None:
    general = {s.code: s.member_ledger for s in load_template("general") if s.member_ledger}
    assert general == {"3105": MemberLedger.SHARE_CAPITAL, "2620": MemberLedger.MEMBER_PAYABLE,
                       "1345": MemberLedger.MEMBER_LOAN}
    ohada = {s.code: s.member_ledger for s in load_template("syscohada") if s.member_ledger}
    assert ohada["1013"] is MemberLedger.SHARE_CAPITAL
    assert ohada["465"] is MemberLedger.MEMBER_PAYABLE


def test_top_level_classes_have_no_parent(specs: list[AccountSpec]) -> None:
    tops = [s for s in specs if s.parent is None]
    assert tops and all(len(s.code) == 1 for s in tops)


def test_unknown_template_names_the_known_ones() -> None:
    with pytest.raises(ValidationError) as info:
        load_template("ifrs-galactic")
    for known in TEMPLATES:
        assert known in str(info.value)
    assert "ifrs-galactic" in str(info.value)


def _spec(code: str, parent: str | None, *, postable: bool = True,
          member_ledger: MemberLedger | None = None, en: str = "x") -> AccountSpec:
    names = {"en": en} if en else {}
    return AccountSpec(code, parent, AccountKind.ASSET, member_ledger, postable, names)


def test_check_template_catches_a_bad_chart() -> None:
    bad = [
        _spec("1", None, postable=False, member_ledger=MemberLedger.MEMBER_LOAN),
        _spec("11", "1"),
        _spec("11", "1"),                  # duplicate
        _spec("12", "9"),                  # orphan
        _spec("13", "14"),                 # parent comes later
        _spec("14", "1", en=""),           # no English name; and has a child while postable
    ]
    problems = check_template(bad)
    text = "\n".join(problems)
    assert "11 appears more than once" in text
    assert "parent 9 does not exist" in text
    assert "parent 14 comes after it" in text
    assert "Account 1 is a heading but is marked as a member ledger" in text
    assert "14 has no English name" in text
    assert "14 takes entries but has accounts under it" in text
    assert len(problems) == 6
