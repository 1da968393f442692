"""A labelled set for bank matching: book lines and the statement a bank would send for them.

    generate(seed, months=12, per_month=300) -> Labelled

Seeded and deterministic. The noise: bank dates off the book's by -2..+5 days (cheques are
cashed days later), references garbled or dropped, member names cut or left out, deposits
grouping 2-4 cash receipts, one book payment settled by two bank movements, bank charges, tax
and interest that are not in the book, book lines that never reach the bank (cheques not yet
cashed, a receipt never deposited), and many repeated round amounts on near dates (members
paying the same contribution the same week). Names are Spanish (Colombia, Peru) and French
(DR Congo) style.

The cash receipts of one deposit come from one receipt book: they carry numbers that follow
each other, written over up to four days and deposited 0-2 days after the last one; their
numbers follow their dates (a receipt book is filled in order). The deposit line itself names
nobody ("CONSIGNACION EFECTIVO" and the slip number), and about four groups in a hundred are
never deposited at all, so a run of receipts may fit a deposit that is not theirs.

``links`` are the true (bank id, book id) pairs; ``score(result, labelled)`` gives precision and
recall of the automatic matches over those links.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from coopdesk.bank.matching import BankLine, BookLine, Result

FIRST_ES = ("Juan Carlos", "María Elena", "Luis Alberto", "Ana Milena", "José Antonio",
            "Luz Marina", "Carlos Andrés", "Rosa Patricia", "Jhon Fredy", "Yolanda",
            "Wilson", "Edilma", "Héctor Fabio", "Nelly", "Orlando", "Gloria Inés")
LAST_ES = ("Pérez", "Gómez", "Rodríguez", "Mosquera", "Palacios", "Córdoba", "Ospina",
           "Quispe", "Mamani", "Valencia", "Rentería", "Zapata", "Cuesta", "Murillo", "Asprilla",
           "Huamán", "Ibargüen", "Lozano")
FIRST_FR = ("Jean-Pierre", "Marie-Claire", "Joseph", "Béatrice", "Emmanuel", "Françoise",
            "Patrice", "Angélique", "Désiré", "Thérèse")
LAST_FR = ("Kabila", "Mwamba", "Ilunga", "Mbuyi", "Kasongo", "Tshibanda", "Lukusa", "Ngoy",
           "Kalala", "Mutombo", "Banza", "Kyungu")
SUPPLIERS = ("Ferretería El Minero", "Combustibles del Atrato", "Explosivos Indumil",
             "Transportes La Ceja", "Quincaillerie du Katanga", "Laboratorio Minero SAS",
             "Papelería Central", "Droguería San José", "Agroinsumos El Bagre",
             "Électricité Lubumbashi")
BUYERS = (("OLA", "C.I. Oro Limpio de Antioquia S.A.S."), ("AFM", "Aurum Fair Metals Ltd"),
          ("COMIN", "Comptoir Minier du Sud-Kivu"))
ROUND = (20_000, 50_000, 50_000, 100_000, 100_000, 150_000, 200_000, 30_000, 25_000)
FEES = (("COMISION MANEJO CUENTA", -12_500, -12_500), ("GMF 4X1000", -100, -9_000),
        ("INTERESES AHORRO", 500, 30_000), ("IVA COMISION", -2_375, -2_375),
        ("FRAIS DE TENUE DE COMPTE", -5_000, -5_000),
        ("FRAIS RETRAIT MOBILE MONEY", -300, -6_000), ("CUOTA MANEJO TARJETA", -18_900, -18_900))


@dataclass
class Labelled:
    bank: list[BankLine] = field(default_factory=list)
    book: list[BookLine] = field(default_factory=list)
    links: set[tuple[int, int]] = field(default_factory=set)  # true (bank id, book id)
    groups: int = 0  # deposits of several receipts
    splits: int = 0  # one book line, several bank lines
    fees: int = 0  # bank lines not in the book
    book_only: int = 0  # book lines that never reach the bank


@dataclass
class _Gen:
    rng: random.Random
    out: Labelled
    members: list[tuple[int, str]]

    def book(self, day: dt.date, cents: int, text: str, ref: str | None = None,
             member: tuple[int, str] | None = None) -> int:
        n = len(self.out.book) + 1
        self.out.book.append(BookLine(n, day, Decimal(cents).scaleb(-2), text, ref,
                                      member[0] if member else None,
                                      member[1] if member else None))
        return n

    def bank(self, day: dt.date, cents: int, text: str, ref: str | None = None) -> int:
        n = len(self.out.bank) + 1
        self.out.bank.append(BankLine(n, day, Decimal(cents).scaleb(-2), text, ref))
        return n

    def lag(self, cheque: bool = False) -> dt.timedelta:
        r = self.rng.random()
        if cheque:
            return dt.timedelta(days=self.rng.randint(1, 5))
        days = 0 if r < 0.4 else 1 if r < 0.65 else 2 if r < 0.8 else (
            self.rng.randint(3, 5) if r < 0.93 else -self.rng.randint(1, 2))
        return dt.timedelta(days=days)

    def garble(self, ref: str) -> str | None:
        r = self.rng.random()
        if r < 0.15:
            return None
        if r < 0.35 and len(ref) > 3:
            i = self.rng.randrange(len(ref))
            return ref[:i] + self.rng.choice("0123456789") + ref[i + 1:]
        if r < 0.45:
            return ref[-4:]
        return ref

    def amount(self) -> int:
        if self.rng.random() < 0.6:
            return self.rng.choice(ROUND) * 100
        return self.rng.randint(5_000, 900_000) * 100 + self.rng.choice((0, 0, 50, 25))

    def bank_name(self, name: str) -> str:
        r = self.rng.random()
        upper = name.upper()
        if r < 0.2:
            return ""
        if r < 0.5:
            parts = upper.split()
            return " ".join([parts[-1], *[p[0] for p in parts[:-1]]])
        return upper[:22]


def _member_name(rng: random.Random, n: int) -> str:
    if n % 4 == 0:
        return f"{rng.choice(LAST_FR)} {rng.choice(LAST_FR)} {rng.choice(FIRST_FR)}"
    return f"{rng.choice(FIRST_ES)} {rng.choice(LAST_ES)} {rng.choice(LAST_ES)}"


def generate(seed: int = 1, months: int = 12, per_month: int = 300,
             start: dt.date = dt.date(2025, 1, 1), members: int = 400) -> Labelled:
    rng = random.Random(seed)
    out = Labelled()
    g = _Gen(rng, out, [(n, _member_name(rng, n)) for n in range(1, members + 1)])
    receipt, cheque, slip = 1000, 500, 70000
    for month in range(months):
        first = dt.date(start.year + (start.month - 1 + month) // 12,
                        (start.month - 1 + month) % 12 + 1, 1)
        made = 0
        while made < per_month:
            day = first + dt.timedelta(days=rng.randrange(28))
            r = rng.random()
            if r < 0.36:  # a member's transfer
                member = rng.choice(g.members)
                receipt += 1
                cents = rng.choice(ROUND) * 100 if rng.random() < 0.8 else g.amount()
                k = g.book(day, cents, rng.choice(("Aporte social", "Cuota de sostenimiento",
                                                   "Cotisation membre")) + f" {member[1]}",
                           f"RC-{receipt}", member)
                ref = g.garble(str(receipt))
                name = g.bank_name(member[1])
                text = f"TRANSF {name}" + (f" REF {ref}" if ref and rng.random() < 0.5 else "")
                b = g.bank(day + g.lag(), cents, text, ref)
                out.links.add((b, k))
            elif r < 0.52:  # a cheque to a supplier
                cheque += 1
                supplier = rng.choice(SUPPLIERS)
                cents = -g.amount()
                k = g.book(day, cents, f"Cheque {cheque:06d} {supplier}", f"{cheque:06d}")
                if rng.random() < 0.05:
                    out.book_only += 1  # not cashed yet
                    continue
                ref = g.garble(str(cheque))
                b = g.bank(day + g.lag(cheque=True), cents, f"CHEQUE {ref or ''}".strip(),
                           ref)
                out.links.add((b, k))
            elif r < 0.66:  # a transfer to a supplier
                supplier = rng.choice(SUPPLIERS)
                inv = rng.randint(10000, 99999)
                cents = -g.amount()
                k = g.book(day, cents, f"Pago factura {inv} {supplier}", f"F{inv}")
                ref = g.garble(str(inv))
                b = g.bank(day + g.lag(), cents, f"PAGO PSE {supplier.upper()[:18]} "
                           f"{ref or ''}".strip(), None)
                out.links.add((b, k))
            elif r < 0.72:  # a gold sale
                code, buyer = rng.choice(BUYERS)
                lot = rng.randint(1, 999)
                cents = rng.randint(2_000_000, 90_000_000) * 100
                k = g.book(day, cents, f"Venta de oro lote {lot} {buyer}", f"L{lot}")
                if rng.random() < 0.2:  # paid in two movements
                    part = rng.randint(cents // 5, cents * 4 // 5)
                    b1 = g.bank(day + g.lag(), part, f"ABONO {code} LOTE {lot}")
                    b2 = g.bank(day + g.lag(), cents - part, f"ABONO {code} SALDO")
                    out.links |= {(b1, k), (b2, k)}
                    out.splits += 1
                    made += 1
                else:
                    b = g.bank(day + g.lag(), cents, f"ABONO {code} {buyer.upper()[:15]}")
                    out.links.add((b, k))
            elif r < 0.82:  # a deposit of 2-4 cash receipts
                slip += 1
                taken = []
                for _ in range(rng.randint(2, 4)):
                    member = rng.choice(g.members)
                    cents = g.amount() if rng.random() < 0.5 else rng.choice(ROUND) * 100
                    taken.append((day + dt.timedelta(days=rng.randint(0, 3)), cents, member))
                # One receipt book: the numbers follow the days the receipts were written.
                taken.sort(key=lambda t: t[0])
                ks = []
                for when, cents, member in taken:
                    receipt += 1
                    ks.append(g.book(when, cents, f"Recibo de caja {receipt} {member[1]}",
                                     f"RC-{receipt}", member))
                total = sum(t[1] for t in taken)
                last = taken[-1][0]
                if rng.random() < 0.04:
                    out.book_only += len(ks)  # never deposited (yet)
                    continue
                b = g.bank(last + dt.timedelta(days=rng.randint(0, 2)), total,
                           f"CONSIGNACION EFECTIVO {slip}", str(slip))
                out.links |= {(b, k) for k in ks}
                out.groups += 1
            elif r < 0.93:  # charges, tax, interest: not in the book
                text, low, high = rng.choice(FEES)
                cents = low if low == high else rng.randint(min(low, high), max(low, high))
                g.bank(day, cents * 100 // 100, text)
                out.fees += 1
            else:  # a book line that never reaches the bank (a transfer keyed twice, a
                # receipt recorded on the wrong account)
                member = rng.choice(g.members)
                g.book(day, rng.choice(ROUND) * 100, f"Aporte social {member[1]}",
                       f"RC-{rng.randint(1000, 99999)}", member)
                out.book_only += 1
                continue
            made += 1
    return out


def score(result: Result, labelled: Labelled) -> tuple[float, float, int]:
    """(precision, recall, automatic links) of the automatic matches over the true links."""
    predicted = {(b, k) for m in result.matches if m.kind == "auto" for b in m.bank
                 for k in m.book}
    right = len(predicted & labelled.links)
    precision = right / len(predicted) if predicted else 1.0
    recall = right / len(labelled.links) if labelled.links else 1.0
    return precision, recall, len(predicted)
