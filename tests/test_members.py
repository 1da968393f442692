"""The member register's services and queries, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest

from coopdesk.core import audit
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import services, shares
from coopdesk.members.queries import (
    MemberFilter,
    count_members,
    list_sites,
    member_detail,
    member_ids,
    register_stats,
    rows_for,
)
from coopdesk.members.rules import MemberInput, Status, age_on, check_member
from tests.conftest import login

TODAY = dt.date(2026, 11, 1)


def mi(first: str = "María", last: str = "Núñez Torres", **kw: object) -> MemberInput:
    base: dict[str, object] = dict(first_names=first, last_names=last, sex="F",
                                   birth_date=dt.date(1988, 3, 4), role="processor",
                                   join_date=dt.date(2019, 6, 1))
    base.update(kw)
    return MemberInput(**base)  # type: ignore[arg-type]


def test_minor_is_refused_with_a_clear_message(admin: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as err:
        services.register_member(admin, mi(birth_date=dt.date(2010, 12, 1)), today=TODAY)
    assert "minor" in err.value.message and "15 years old" in err.value.message
    assert err.value.field == "birth_date"
    assert count_members(admin) == 0


def test_all_problems_reported_at_once() -> None:
    problems = check_member(mi(first="", sex="X", role="boss", phone="call me",
                               payout_method="bank"), TODAY)
    fields = {f for f, _m in problems}
    assert fields == {"first_names", "sex", "role", "phone", "payout_account"}


def test_age_on_birthday_boundary() -> None:
    assert age_on(dt.date(2008, 11, 1), TODAY) == 18
    assert age_on(dt.date(2008, 11, 2), TODAY) == 17


def test_register_numbers_are_sequential(admin: UnitOfWork) -> None:
    numbers = [services.register_member(admin, mi(f"Ana{i}", national_id=f"N{i}"), today=TODAY)
               for i in range(3)]
    assert numbers == [1, 2, 3]


def test_duplicate_national_id(admin: UnitOfWork) -> None:
    services.register_member(admin, mi(national_id="123"), today=TODAY)
    with pytest.raises(ValidationError, match="already registered to member 1") as err:
        services.register_member(admin, mi("Otra", national_id="123"), today=TODAY)
    assert err.value.field == "national_id"


def test_update_keeps_history_and_audits_before_after(admin: UnitOfWork) -> None:
    n = services.register_member(admin, mi(national_id="9"), today=TODAY)
    services.update_member(admin, n, mi(phone="+57 300 123 4567", national_id="9"), today=TODAY)
    assert member_detail(admin, n).data.phone == "+57 300 123 4567"
    with admin.read() as s:
        from sqlalchemy import select

        from coopdesk.core.models import AuditEvent

        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last is not None and last.action == "member.update"
        assert '"phone":[null,"+57 300 123 4567"]' in last.summary


def test_status_lifecycle(admin: UnitOfWork) -> None:
    n = services.register_member(admin, mi(), today=TODAY)
    with pytest.raises(ValidationError, match="cannot become"):
        services.change_status(admin, n, Status.SUSPENDED, dt.date(2020, 1, 1), "x")
    services.change_status(admin, n, Status.ACTIVE, dt.date(2019, 7, 1), None)
    with pytest.raises(ValidationError, match="reason"):
        services.change_status(admin, n, Status.SUSPENDED, dt.date(2020, 1, 1), " ")
    with pytest.raises(ValidationError, match="before the member's last change"):
        services.change_status(admin, n, Status.SUSPENDED, dt.date(2019, 1, 1), "late dues")
    services.change_status(admin, n, Status.SUSPENDED, dt.date(2020, 1, 1), "late dues")
    services.change_status(admin, n, Status.DECEASED, dt.date(2021, 1, 1), "accident")
    with pytest.raises(ValidationError, match="cannot become"):
        services.change_status(admin, n, Status.ACTIVE, dt.date(2022, 1, 1), None)
    history = member_detail(admin, n).history
    assert [h.to_status for h in history] == ["applicant", "active", "suspended", "deceased"]
    assert history[2].reason == "late dues"


def test_photo_rules(admin: UnitOfWork) -> None:
    n = services.register_member(admin, mi(), today=TODAY)
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        services.set_photo(admin, n, b"GIF89a....")
    png = b"\x89PNG\r\n\x1a\n" + b"x" * 100
    services.set_photo(admin, n, png)
    assert services.get_photo(admin, n) == png
    assert member_detail(admin, n).has_photo
    services.set_photo(admin, n, None)
    assert services.get_photo(admin, n) is None


def test_sites_and_census(admin: UnitOfWork) -> None:
    site = services.add_site(admin, "Mina La Gloria", "gold", 7.08, -74.7, "ARE-2019-034")
    with pytest.raises(ValidationError, match="latitude"):
        services.add_site(admin, "Bad", latitude=123.0)
    n = services.register_member(admin, mi(site_ids=(site,)), today=TODAY)
    with pytest.raises(ValidationError, match="Unknown mining site"):
        services.register_member(admin, mi("X", site_ids=(999,)), today=TODAY)
    assert list_sites(admin)[0].members == 1
    census = services.open_census(admin, "Censo 2026", dt.date(2026, 3, 1))
    assert services.verify_in_census(admin, census, [n], dt.date(2026, 3, 2)) == 1
    assert services.verify_in_census(admin, census, [n], dt.date(2026, 3, 3)) == 0
    assert member_detail(admin, n).last_verified == dt.date(2026, 3, 2)
    with pytest.raises(NotFound):
        services.verify_in_census(admin, census, [42], dt.date(2026, 3, 3))


def test_queries_filter_in_sql(admin: UnitOfWork) -> None:
    services.register_member(admin, mi(), today=TODAY)
    services.register_member(admin, mi("Pedro", "Gómez", sex="M", role="digger",
                                       national_id="555"), Status.ACTIVE, today=TODAY)
    assert len(member_ids(admin, MemberFilter(text="nunez"))) == 1
    assert len(member_ids(admin, MemberFilter(text="GOMEZ pedro"))) == 1
    assert len(member_ids(admin, MemberFilter(text="555"))) == 1
    assert len(member_ids(admin, MemberFilter(status="active"))) == 1
    assert len(member_ids(admin, MemberFilter(text="100%_"))) == 0
    ids = member_ids(admin, sort="last_names")
    rows = rows_for(admin, ids)
    assert [rows[i].last_names for i in ids] == ["Gómez", "Núñez Torres"]
    stats = register_stats(admin)
    assert stats.total == 2 and stats.by_sex == {"F": 1, "M": 1}
    assert stats.by_status == {"applicant": 1, "active": 1}


def test_share_register(admin: UnitOfWork) -> None:
    a = services.register_member(admin, mi(national_id="A"), Status.ACTIVE, today=TODAY)
    b = services.register_member(admin, mi("Luis", national_id="B", sex="M"), Status.ACTIVE,
                                 today=TODAY)
    d = dt.date(2024, 1, 1)
    shares.subscribe(admin, a, 3, d)  # share value 10,000.00 COP
    with pytest.raises(ValidationError, match=r"owes 30000\.00"):
        shares.pay(admin, a, Decimal("30000.01"), d)
    shares.pay(admin, a, Decimal("20000"), d)
    with pytest.raises(ValidationError, match="2 fully paid"):
        shares.transfer(admin, a, b, 3, d)
    t = shares.transfer(admin, a, b, 1, d)
    assert shares.member_balance(admin, a) == shares.Balance(2, 2_000_000, 1_000_000)
    assert shares.member_balance(admin, b) == shares.Balance(1, 1_000_000, 1_000_000)
    with pytest.raises(ValidationError, match="have left"):
        shares.refund(admin, a, 1, d)
    shares.reverse(admin, t, d, "wrong member")
    with pytest.raises(ValidationError, match="already reversed"):
        shares.reverse(admin, t, d, "again")
    assert shares.member_balance(admin, a) == shares.Balance(3, 3_000_000, 2_000_000)
    services.change_status(admin, b, Status.EXITED, dt.date(2024, 2, 1), "left")
    rows = shares.register_rows(admin)
    assert [r.number for r in rows] == [1, 2, 3, 4]
    assert rows[2].reversed_by == 4 and rows[3].reverses == 3
    with admin.read() as s:
        assert audit.verify(s).ok


def test_concurrent_registrations_never_fork_numbers_or_chain(admin: UnitOfWork) -> None:
    """Two writers at once (threads with their own sessions): numbers stay gap-free."""
    errors: list[BaseException] = []

    def work(k: int) -> None:
        uow = login(admin.db)
        try:
            for i in range(8):
                services.register_member(uow, mi(f"T{k}-{i}", national_id=f"C{k}-{i}"),
                                         today=TODAY)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    ids = member_ids(admin)
    assert sorted(r.number for r in rows_for(admin, ids).values()) == list(range(1, 17))
    with admin.read() as s:
        assert audit.verify(s).ok


def test_joining_as_a_minor_is_refused() -> None:
    problems = check_member(mi(birth_date=dt.date(2000, 6, 1), join_date=dt.date(2017, 1, 1)),
                            TODAY)
    assert [f for f, _m in problems] == ["join_date"]
    assert "was 16, a minor" in problems[0][1]


def test_refund_of_partly_paid_shares_cancels_the_unpaid_part(admin: UnitOfWork) -> None:
    n = services.register_member(admin, mi(national_id="R"), Status.ACTIVE, today=TODAY)
    d = dt.date(2024, 1, 1)
    shares.subscribe(admin, n, 2, d)  # 20,000.00 COP
    shares.pay(admin, n, Decimal("5000"), d)
    services.change_status(admin, n, Status.EXITED, dt.date(2024, 6, 1), "moved away")
    refund = shares.refund(admin, n, 2, dt.date(2024, 6, 2))
    assert shares.member_balance(admin, n) == shares.Balance(0, 0, 0)
    rows = shares.register_rows(admin, n)
    assert [(r.kind, r.amount) for r in rows[-2:]] == [
        ("refund", Decimal("5000.00")), ("cancellation", Decimal("15000.00"))]
    assert rows[-1].number == refund + 1
