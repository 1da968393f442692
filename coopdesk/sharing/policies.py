"""Policies the bylaws commonly adopt, as starting points a cooperative edits to its own."""

from __future__ import annotations

from decimal import Decimal

from coopdesk.core.i18n import N_
from coopdesk.sharing.allocation import Basis, Policy, Step, StepKind

# Colombia, Ley 79 de 1988 art. 54: 20 % to the reserve for the protection of members'
# contributions, 20 % to the education fund, 10 % to the solidarity fund; the rest may return
# to members in proportion to their use of the cooperative's services (here: the gold they sold
# through it).
COLOMBIA = Policy(
    name="colombia",
    steps=(Step(StepKind.RESERVE, Decimal(20)), Step(StepKind.EDUCATION, Decimal(20)),
           Step(StepKind.SOLIDARITY, Decimal(10))),
    mix=((Basis.VALUE, Decimal(100)),),
    min_days=90,
)

# An OHADA-style policy: a general reserve until it reaches half the paid-up capital, education
# and solidarity funds, a community development fund, and the rest by production and capital
# with the capital's return capped.
OHADA = Policy(
    name="ohada",
    steps=(Step(StepKind.RESERVE, Decimal(20), cap_percent=Decimal(50)),
           Step(StepKind.EDUCATION, Decimal(10)), Step(StepKind.SOLIDARITY, Decimal(5)),
           Step(StepKind.COMMUNITY, Decimal(10))),
    mix=((Basis.GRAMS, Decimal(80)), (Basis.SHARES, Decimal(20))),
    min_days=90,
    interest_cap=Decimal(5),
    rounding=1,
)

# A Fairmined premium the assembly shares out: half to a community project, half to the miners
# by the gold they produced.
PREMIUM = Policy(
    name="premium",
    steps=(Step(StepKind.COMMUNITY, Decimal(50)),),
    mix=((Basis.GRAMS, Decimal(100)),),
    min_days=30,
)

PRESETS: dict[str, Policy] = {"colombia": COLOMBIA, "ohada": OHADA, "premium": PREMIUM}
PRESET_LABELS = {"colombia": N_("Colombian cooperative law (20 % reserve, 20 % education, "
                                "10 % solidarity)"),
                 "ohada": N_("OHADA-style (reserve to half the capital, education, solidarity, "
                             "community)"),
                 "premium": N_("Fairmined premium (half community project, half by production)")}
