"""Use cases of production and sales: record a lot, buy from a member, sell to a buyer.

A lot is what a member (or a work group of several miners) brought out on a day at a site.
Purchases pay a member for a lot and post the cost; a sale lists the lots it came from, and
posts the metal's price and the Fairmined premium to their own accounts. Records are never
changed: a mistaken purchase or sale is corrected by reversing its entry in the books.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import exponent, from_minor, to_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.ledger import services as books
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members.models import Member, Site
from coopdesk.members.rules import Status
from coopdesk.members.services import next_number
from coopdesk.production.models import ProductionLot, Purchase, Sale, SaleLot

MINERALS = {"gold": N_("Gold"), "silver": N_("Silver"), "platinum": N_("Platinum"),
            "diamond": N_("Diamonds"), "coltan": N_("Coltan"), "tin": N_("Tin (cassiterite)")}
MG = Decimal(1000)


@dataclass(frozen=True)
class LotInput:
    date: dt.date
    grams: Decimal
    fineness: Decimal  # parts per thousand, e.g. 916 or 999.9
    member: int | None = None
    work_group: str | None = None
    miners: int = 1
    days: int = 1
    site: str | None = None
    mineral: str = "gold"
    note: str | None = None


@dataclass(frozen=True)
class PurchaseInput:
    date: dt.date
    member: int
    price_per_gram: Decimal  # per gram of fine metal
    lot: int | None = None  # a lot number; its weight and fineness are used
    grams: Decimal | None = None
    fineness: Decimal | None = None
    place: str = "cash"  # cash, bank, mobile_money, or "payable" (owed to the member)
    uid: str | None = None


@dataclass(frozen=True)
class SaleInput:
    date: dt.date
    buyer: str
    lots: tuple[tuple[int, Decimal], ...]  # (lot number, grams taken from it)
    price_per_gram: Decimal  # per gram of fine metal
    premium: Decimal = Decimal(0)  # the Fairmined premium, in money, apart from the price
    reference: str | None = None
    place: str = "bank"  # cash, bank, mobile_money, or "customers" (the buyer pays later)
    uid: str | None = None


def milligrams(grams: Decimal, field: str = "grams") -> int:
    if grams <= 0:
        raise ValidationError(_("The weight must be more than zero grams."), field)
    mg = grams * MG
    if mg != mg.to_integral_value():
        raise ValidationError(_("Weigh to the milligram at most (three decimals of a gram)."),
                              field)
    return int(mg)


def fineness_units(fineness: Decimal) -> int:
    """Parts per thousand to tenths of a part per thousand (999.9 -> 9999)."""
    if not Decimal(0) < fineness <= Decimal(1000):
        raise ValidationError(_("The fineness is in parts per thousand, from 1 to 1000 (pure "
                                "gold is 999.9; 22 carats is 916)."), "fineness")
    units = fineness * 10
    if units != units.to_integral_value():
        raise ValidationError(_("Give the fineness with one decimal at most."), "fineness")
    return int(units)


def fine_grams(mg: int, fineness: int) -> Decimal:
    """Grams of pure metal in ``mg`` milligrams at ``fineness`` tenths of per mille."""
    return (Decimal(mg) * fineness / Decimal(10_000_000)).quantize(Decimal("0.001"))


def value(mg_x_fineness: int, price: Decimal, currency: str) -> int:
    """Milligrams times fineness (tenths of per mille) at ``price`` per fine gram, rounded
    half up to the currency's minor unit."""
    exact = Decimal(mg_x_fineness) * price / Decimal(10_000_000)
    return to_minor(exact.quantize(Decimal(1).scaleb(-exponent(currency)),
                                   rounding=ROUND_HALF_UP), currency)


def _currency(s: Session) -> str:
    return s.get_one(Cooperative, 1).currency


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _member(s: Session, number: int) -> Member:
    m = s.scalar(select(Member).where(Member.number == number))
    if m is None:
        raise NotFound(_("There is no member number {number}.", number=number))
    return m


def _not_future(day: dt.date) -> None:
    if day > dt.date.today():
        raise ValidationError(_("The date {date} is in the future.", date=day.isoformat()),
                              "date")


# ---- lots --------------------------------------------------------------------------------------

def record_lot(uow: UnitOfWork, lot: LotInput) -> int:
    """Record what a member or a work group produced; returns the lot number."""
    _not_future(lot.date)
    if lot.mineral not in MINERALS:
        raise ValidationError(_("Unknown mineral '{mineral}'; choose one of: {known}.",
                                mineral=lot.mineral, known=", ".join(MINERALS)), "mineral")
    group = " ".join((lot.work_group or "").split()) or None
    if (lot.member is None) == (group is None):
        raise ValidationError(_("Say who produced the lot: a member or a work group, not "
                                "both."), "member")
    if lot.miners < 1 or lot.days < 1:
        raise ValidationError(_("Miners and days are whole numbers, at least 1."), "miners")
    if lot.member is not None and lot.miners != 1:
        raise ValidationError(_("A lot of one member counts one miner; record a work group "
                                "for several."), "miners")
    mg, fine = milligrams(lot.grams), fineness_units(lot.fineness)
    with uow.write(Permission.PRODUCTION_WRITE, "production") as tx:
        s = tx.session
        member_id = None
        if lot.member is not None:
            m = _member(s, lot.member)
            if m.status not in (Status.ACTIVE, Status.APPLICANT, Status.SUSPENDED):
                raise ValidationError(_("Member {number} has left the cooperative.",
                                        number=lot.member), "member")
            member_id = m.id
        site_id = None
        if lot.site:
            site_id = s.scalar(select(Site.id).where(Site.name == lot.site.strip()))
            if site_id is None:
                raise NotFound(_("There is no site named {name}.", name=lot.site))
        row = ProductionLot(number=next_number(s, "production_lot"), date=lot.date,
                            member_id=member_id, work_group=group, miners=lot.miners,
                            days=lot.days, site_id=site_id, mineral=lot.mineral,
                            milligrams=mg, fineness=fine, note=lot.note,
                            recorded_by=tx.actor.username, recorded_at=_now())
        s.add(row)
        s.flush()
        state = _lot_state(row, lot.member, lot.site.strip() if lot.site else None)
        tx.audit("production.lot", "production_lot", row.number, digest=audit.digest(state),
                 after=state)
        return row.number


def _lot_state(row: ProductionLot, member: int | None, site: str | None) -> dict[str, object]:
    return {"number": row.number, "date": row.date, "member": member,
            "group": row.work_group, "miners": row.miners, "days": row.days, "site": site,
            "mineral": row.mineral, "mg": row.milligrams, "fineness": row.fineness}


def _lot(s: Session, number: int) -> ProductionLot:
    row = s.scalar(select(ProductionLot).where(ProductionLot.number == number))
    if row is None:
        raise NotFound(_("There is no production lot {number}.", number=number))
    return row


def sold_mg(s: Session, lot_id: int) -> int:
    """Milligrams of a lot already sold (in sales whose entries are not reversed)."""
    return int(s.scalar(select(func.coalesce(func.sum(SaleLot.milligrams), 0))
                        .join(Sale, Sale.id == SaleLot.sale_id)
                        .where(SaleLot.lot_id == lot_id,
                               ~Sale.entry_id.in_(_reversed_entries()))) or 0)


def _reversed_entries():  # type: ignore[no-untyped-def]
    from coopdesk.ledger.models import JournalEntry

    return select(JournalEntry.reverses_id).where(JournalEntry.reverses_id.is_not(None))


# ---- purchases ---------------------------------------------------------------------------------

def buy(uow: UnitOfWork, p: PurchaseInput) -> int:
    """The cooperative buys gold from a member; returns the purchase number."""
    _not_future(p.date)
    if p.price_per_gram <= 0:
        raise ValidationError(_("The price per gram must be more than zero."), "price")
    if p.place not in (*books_places(), "payable"):
        raise ValidationError(_("Pay from cash, bank or mobile_money, or owe it (payable)."),
                              "place")
    p = p if p.uid else PurchaseInput(**{**p.__dict__, "uid": str(uuid.uuid4())})
    return uow.transact(Permission.LEDGER_POST, ("ledger", "production"),
                        lambda tx: _buy(tx, p))


def books_places() -> tuple[str, ...]:
    from coopdesk.ledger.cashbook import MONEY_PLACES

    return MONEY_PLACES


def _buy(tx: WriteTx, p: PurchaseInput) -> int:
    s = tx.session
    tx.actor.require(Permission.PRODUCTION_WRITE)
    m = _member(s, p.member)
    lot_id = None
    if p.lot is not None:
        lot = _lot(s, p.lot)
        if lot.member_id != m.id:
            raise ValidationError(_("Lot {lot} is not member {number}'s.", lot=p.lot,
                                    number=p.member), "lot")
        if s.scalar(select(Purchase.number).where(Purchase.lot_id == lot.id)):
            raise ValidationError(_("Lot {lot} was already bought.", lot=p.lot), "lot")
        mg, fine, lot_id = lot.milligrams, lot.fineness, lot.id
    else:
        if p.grams is None or p.fineness is None:
            raise ValidationError(_("Give the lot, or the weight and the fineness."), "grams")
        mg, fine = milligrams(p.grams), fineness_units(p.fineness)
    cur = _currency(s)
    to_minor(p.price_per_gram, cur)
    amount = value(mg * fine, p.price_per_gram, cur)
    if amount <= 0:
        raise ValidationError(_("This purchase comes to nothing; check the weight and price."),
                              "price")
    money = from_minor(amount, cur)
    number = next_number(s, "gold_purchase")
    cost = books.role_account(s, "purchases_members").code
    if p.place == "payable":
        other = LineInput(books.role_account(s, "member_payable").code, credit=money,
                          member=p.member)
    else:
        other = LineInput(books.role_account(s, p.place).code, credit=money)
    text = _("Purchase {number}: {grams} g at {fineness} from member {member}",
             number=number, grams=Decimal(mg) / MG, fineness=Decimal(fine) / 10,
             member=p.member)
    entry, _ref = books.post_in(tx, EntryInput(p.date, text, (LineInput(cost, debit=money),
                                                                other), uid=p.uid),
                                source="purchase", source_ref=str(number))
    row = Purchase(number=number, date=p.date, member_id=m.id, lot_id=lot_id, milligrams=mg,
                   fineness=fine, price_per_gram=to_minor(p.price_per_gram, cur),
                   amount=amount, entry_id=entry.id, recorded_by=tx.actor.username,
                   recorded_at=_now())
    s.add(row)
    s.flush()
    tx.audit("production.purchase", "gold_purchase", number, member=p.member, mg=mg,
             fineness=fine, amount=amount, entry=entry.uid)
    return number


# ---- sales -------------------------------------------------------------------------------------

def sell(uow: UnitOfWork, sale: SaleInput) -> int:
    """A sale to a buyer from listed lots; the premium goes to its own account."""
    _not_future(sale.date)
    buyer = " ".join(sale.buyer.split())
    if not buyer:
        raise ValidationError(_("Name the buyer."), "buyer")
    if not sale.lots:
        raise ValidationError(_("List the lots the sale came from."), "lots")
    if sale.price_per_gram <= 0:
        raise ValidationError(_("The price per gram must be more than zero."), "price")
    if sale.premium < 0:
        raise ValidationError(_("The premium cannot be negative."), "premium")
    if sale.place not in (*books_places(), "customers"):
        raise ValidationError(_("The buyer pays into cash, bank or mobile_money, or later "
                                "(customers)."), "place")
    numbers = [n for n, _g in sale.lots]
    if len(set(numbers)) != len(numbers):
        raise ValidationError(_("A lot is listed twice."), "lots")
    sale = sale if sale.uid else SaleInput(**{**sale.__dict__, "uid": str(uuid.uuid4())})
    return uow.transact(Permission.LEDGER_POST, ("ledger", "production"),
                        lambda tx: _sell(tx, sale, buyer))


def _sell(tx: WriteTx, sale: SaleInput, buyer: str) -> int:
    s = tx.session
    tx.actor.require(Permission.PRODUCTION_WRITE)
    cur = _currency(s)
    taken: list[tuple[ProductionLot, int]] = []
    problems: list[str] = []
    minerals: set[str] = set()
    for n, (number, grams) in enumerate(sale.lots, 1):
        try:
            lot = _lot(s, number)
            mg = milligrams(grams)
        except (NotFound, ValidationError) as exc:
            problems.append(_("Line {n}: {reason}", n=n, reason=exc.message))
            continue
        left = lot.milligrams - sold_mg(s, lot.id)
        if mg > left:
            problems.append(_("Line {n}: lot {lot} has {left} g left to sell, not {grams} g.",
                              n=n, lot=number, left=Decimal(left) / MG, grams=grams))
        minerals.add(lot.mineral)
        taken.append((lot, mg))
    if len(minerals) > 1:
        problems.append(_("A sale is of one mineral; these lots hold {minerals}.",
                          minerals=", ".join(sorted(minerals))))
    if problems:
        raise ValidationError("\n".join(problems), "lots")
    total_mg = sum(mg for _l, mg in taken)
    fine_total = sum(mg * lot.fineness for lot, mg in taken)
    fineness = int((Decimal(fine_total) / total_mg).quantize(Decimal(1), ROUND_HALF_UP))
    to_minor(sale.price_per_gram, cur)
    amount = value(fine_total, sale.price_per_gram, cur)
    premium = to_minor(sale.premium, cur)
    number = next_number(s, "gold_sale")
    money = (books.role_account(s, "customers") if sale.place == "customers"
             else books.role_account(s, sale.place)).code
    lines = [LineInput(money, debit=from_minor(amount + premium, cur)),
             LineInput(books.role_account(s, "gold_sales").code,
                       credit=from_minor(amount, cur))]
    if premium:
        lines.append(LineInput(books.role_account(s, "premium").code,
                               credit=from_minor(premium, cur)))
    text = _("Sale {number} to {buyer}: {grams} g", number=number, buyer=buyer,
             grams=Decimal(total_mg) / MG)
    entry, _ref = books.post_in(tx, EntryInput(sale.date, text, tuple(lines), sale.reference,
                                               sale.uid), source="sale", source_ref=str(number))
    row = Sale(number=number, date=sale.date, buyer=buyer, reference=sale.reference,
               mineral=minerals.pop(), milligrams=total_mg, fineness=fineness,
               price_per_gram=to_minor(sale.price_per_gram, cur), amount=amount,
               premium=premium, entry_id=entry.id, recorded_by=tx.actor.username,
               recorded_at=_now())
    s.add(row)
    s.flush()
    for lot, mg in taken:
        s.add(SaleLot(sale_id=row.id, lot_id=lot.id, milligrams=mg))
    s.flush()
    tx.audit("production.sale", "gold_sale", number, buyer=buyer, mg=total_mg,
             amount=amount, premium=premium, lots=[lot.number for lot, _mg in taken],
             entry=entry.uid)
    return number


def _lot_digests(session: Session) -> list[tuple[str, str]]:
    members = {i: n for i, n in session.execute(select(Member.id, Member.number))}
    sites = {i: n for i, n in session.execute(select(Site.id, Site.name))}
    return [(str(row.number), audit.digest(_lot_state(
        row, members.get(row.member_id) if row.member_id else None,
        sites.get(row.site_id) if row.site_id else None)))
        for row in session.scalars(select(ProductionLot))]


audit.register_digest_source("production_lot", _lot_digests, "production_lot")
