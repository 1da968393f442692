"""Bylaws the law and common practice suggest, as starting points a cooperative edits to its own.

Each preset is only a :class:`~coopdesk.governance.bylaws.Bylaws` value; nothing here is
enforced beyond what the cooperative keeps. Where a value is common practice in model bylaws
rather than a rule of law, the comment says so.

Colombia - Ley 79 de 1988:
- art. 31: quorum, half of the members entitled ("asociados hábiles") or of the delegates
  convened; if it is not reached within the hour after the time called, the assembly may decide
  with no fewer than 10 % of the members entitled and no fewer than half the number needed to
  form a cooperative. Art. 14 (as we read it): a cooperative is formed by at least 20 members,
  so at second call never fewer than 10. In a delegates' assembly the minimum is half of the
  delegates elected and convened, at any call.
- art. 32: decisions by absolute majority of the votes of those present; amending the bylaws,
  merger, incorporation, transformation and dissolution need two thirds of those present.
- art. 30 (as we read it): members and delegates convened may not be represented by a proxy.
- Notice: the law sets none for cooperatives; model bylaws and the Supersolidaria's guidance
  ask for at least 10 business days for an ordinary assembly (we chose 10 business days,
  counted without weekends and the holidays the screen passes - about 15 calendar days) and
  commonly 5 business days for an extraordinary one. Common practice, not law.
- Board (Consejo de Administración, Junta de Vigilancia), seats, two-year terms, eligibility
  (one year of membership, up to date with obligations) and the tie-break (look back, then
  seniority as member, then a lot): common practice in model bylaws.

OHADA - Acte uniforme relatif au droit des sociétés coopératives (AUSCOOP, adopted at Lomé on
15 December 2010):
- art. 233 (SCOOPS) and the convocation rules of the COOP-CA (art. 344 ff.): members are
  convened at least fifteen days before the general assembly.
- Quorum and majority of the general assemblies, as the Act's rules for the assemblies are
  commonly summarised (to check against the articles for the cooperative's form, SCOOPS or
  COOP-CA): ordinary assembly, a quarter of the members present or represented at first call,
  no quorum at second call (a second convocation); extraordinary assembly, half at first call,
  a quarter at second call; decisions by simple majority of the members present or represented
  in the ordinary assembly, two thirds in the extraordinary (bylaws, dissolution, merger). We
  read "simple majority of those present or represented" as more than half of them.
- A member may be represented by another member; one proxy each is common practice.
- Committees' quorum (half their members), their notice, the board's seats and three-year
  terms, eligibility and the tie-break (look back, then the older member, then a lot): common
  practice in model bylaws, not law.
"""

from __future__ import annotations

from fractions import Fraction

from coopdesk.core.i18n import N_
from coopdesk.governance.bylaws import (
    Base,
    Bylaws,
    DecisionType,
    Eligibility,
    Majority,
    MeetingKind,
    Notice,
    Position,
    Proxies,
    QuorumRule,
    TieStep,
)

HALF = Fraction(1, 2)
TWO_THIRDS = Fraction(2, 3)
QUARTER = Fraction(1, 4)

_CO_SIMPLE = Majority(HALF, True, Base.PRESENT)          # art. 32: absolute majority
_CO_TWO_THIRDS = Majority(TWO_THIRDS, False, Base.PRESENT)

COLOMBIA = Bylaws(
    name="colombia",
    quorum={
        MeetingKind.ORDINARY: QuorumRule(HALF, second_share=Fraction(1, 10), second_min=10,
                                         second_after_minutes=60, delegate_share=HALF),
        MeetingKind.EXTRAORDINARY: QuorumRule(HALF, second_share=Fraction(1, 10),
                                              second_min=10, second_after_minutes=60,
                                              delegate_share=HALF),
        # Committees: a majority of their members (common practice).
        MeetingKind.MANAGEMENT: QuorumRule(HALF, strict=True),
        MeetingKind.SUPERVISORY: QuorumRule(HALF, strict=True),
    },
    majorities={
        DecisionType.ORDINARY: _CO_SIMPLE,
        DecisionType.BYLAWS: _CO_TWO_THIRDS,
        DecisionType.DISSOLUTION: _CO_TWO_THIRDS,
        DecisionType.MERGER: _CO_TWO_THIRDS,
        DecisionType.DISTRIBUTION: _CO_SIMPLE,
        DecisionType.ADMISSION: _CO_SIMPLE,    # decided by the Consejo (common practice)
        DecisionType.EXCLUSION: _CO_SIMPLE,    # decided by the Consejo (common practice)
    },
    notice={
        MeetingKind.ORDINARY: Notice(10, business_days=True),
        MeetingKind.EXTRAORDINARY: Notice(5, business_days=True),
        MeetingKind.MANAGEMENT: Notice(2),
        MeetingKind.SUPERVISORY: Notice(2),
    },
    positions=(Position("Consejo de Administración", 5, 24,
                        committee=MeetingKind.MANAGEMENT),
               Position("Junta de Vigilancia", 3, 24, committee=MeetingKind.SUPERVISORY)),
    eligibility=Eligibility(active=True, shares_paid=True, min_months=12),
    min_women=None,
    proxies=Proxies(allowed=False, max_per_member=0),
    tie_break=(TieStep.EARLIER_STAGE, TieStep.SENIORITY, TieStep.LOT),
    source="Ley 79 de 1988, arts. 30-32; notice, board and eligibility: common bylaws practice",
)

_OH_SIMPLE = Majority(HALF, True, Base.PRESENT)
_OH_TWO_THIRDS = Majority(TWO_THIRDS, False, Base.PRESENT)

OHADA = Bylaws(
    name="ohada",
    quorum={
        # Second call is a second convocation: no quorum, one member in the room.
        MeetingKind.ORDINARY: QuorumRule(QUARTER, second_share=Fraction(0),
                                         second_after_minutes=None),
        MeetingKind.EXTRAORDINARY: QuorumRule(HALF, second_share=QUARTER,
                                              second_after_minutes=None),
        MeetingKind.MANAGEMENT: QuorumRule(HALF),    # common practice
        MeetingKind.SUPERVISORY: QuorumRule(HALF),   # common practice
    },
    majorities={
        DecisionType.ORDINARY: _OH_SIMPLE,
        DecisionType.BYLAWS: _OH_TWO_THIRDS,
        DecisionType.DISSOLUTION: _OH_TWO_THIRDS,
        DecisionType.MERGER: _OH_TWO_THIRDS,
        DecisionType.DISTRIBUTION: _OH_SIMPLE,
        DecisionType.ADMISSION: _OH_SIMPLE,    # common practice
        DecisionType.EXCLUSION: _OH_SIMPLE,    # common practice
    },
    notice={
        MeetingKind.ORDINARY: Notice(15),
        MeetingKind.EXTRAORDINARY: Notice(15),
        MeetingKind.MANAGEMENT: Notice(7),     # common practice
        MeetingKind.SUPERVISORY: Notice(7),    # common practice
    },
    positions=(Position("Conseil d'administration", 5, 36,
                        committee=MeetingKind.MANAGEMENT),
               Position("Conseil de surveillance", 3, 36, committee=MeetingKind.SUPERVISORY)),
    eligibility=Eligibility(active=True, shares_paid=True, min_months=12),
    min_women=None,
    proxies=Proxies(allowed=True, max_per_member=1),
    tie_break=(TieStep.EARLIER_STAGE, TieStep.AGE, TieStep.LOT),
    source="Acte uniforme OHADA relatif au droit des sociétés coopératives (2010); committees, "
           "board, eligibility and proxies: common practice",
)

PRESETS: dict[str, Bylaws] = {"colombia": COLOMBIA, "ohada": OHADA}
PRESET_LABELS = {"colombia": N_("Colombian cooperative law (Ley 79 de 1988)"),
                 "ohada": N_("OHADA cooperative law (Uniform Act of 2010)")}
