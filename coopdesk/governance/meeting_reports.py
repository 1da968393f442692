"""A meeting's papers: the convocation, the minutes (one meeting, or the whole minutes book) and
the attendance sheet.

Built as :class:`~coopdesk.reports.document.Document` data (PDF or Excel by the renderers) from
what :mod:`coopdesk.governance.meetings` reads. Final minutes print the minutes-book number and
the start of the digest the audit chain holds, so a paper copy can be checked against
``coopdesk verify``; minutes not yet final say so on their first line and leave room to sign.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import select

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import elections, meetings
from coopdesk.governance.bylaws import Bylaws, MeetingKind, QuorumRule, quorum
from coopdesk.governance.bylaws_text import NOTICE, PROXIES, QUORUM, describe
from coopdesk.governance.meetings import ItemInfo, MeetingInfo, MotionInfo
from coopdesk.governance.models import ElectionRow
from coopdesk.governance.services import current_bylaws
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import (
    Block,
    Cell,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    PageBreak,
    Paragraph,
    Signatures,
    Table,
)

SIGNATURE_ROW = 22.0   # points: room to sign or press a thumb on the attendance sheet
BLANK = "________"


# --- shared bits ---------------------------------------------------------------------------

def _fmt(uow: UnitOfWork) -> CellFormatter:
    return CellFormatter(language(), uow.coop().currency)


def _document(uow: UnitOfWork, title: str, subtitle: str | None) -> Document:
    coop = uow.coop()
    return Document(title=title, cooperative=coop.name, currency=coop.currency,
                    subtitle=subtitle)


def _bylaws(uow: UnitOfWork) -> Bylaws:
    b = current_bylaws(uow)
    if b is None:
        raise ValidationError(_("Enter the bylaws first: the quorum and the majorities come "
                                "from them."), "bylaws")
    return b


def _when(fmt: CellFormatter, value: dt.datetime) -> str:
    """"28 Mar 2026 at 09:00": a date for the reader's locale and a 24-hour time."""
    return _("{date} at {time}", date=fmt.date(value.date()), time=value.strftime("%H:%M"))


def _time(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def _meeting_line(fmt: CellFormatter, info: MeetingInfo) -> str:
    return _("{kind}: {title}, {when}", kind=info.kind_label, title=info.title,
             when=_when(fmt, info.scheduled_at))


def _section(b: Bylaws, title: str, kind: MeetingKind | None = None) -> list[str]:
    """The bylaws' sentences of one section (those about the meeting ``kind`` when given)."""
    sentences = next((lines for head, lines in describe(b) if head == _(title)), [])
    if kind is None:
        return sentences
    label = _(meetings.MEETING_LABELS[kind]) + ":"
    return [s for s in sentences if s.startswith(label)]


def _required(b: Bylaws, kind: MeetingKind, eligible: int, *, second: bool) -> int:
    return quorum(b, kind, eligible, 0, 0, 10 ** 6 if second else 0,
                  reconvened=second).required


def _quorum_numbers(b: Bylaws, info: MeetingInfo) -> str:
    """The quorum in members for this meeting, at first and at second call."""
    kind = MeetingKind(info.kind)
    rule: QuorumRule | None = b.quorum.get(kind)
    if rule is None or info.eligible == 0:
        return ""
    first = _required(b, kind, info.eligible, second=False)
    second = _required(b, kind, info.eligible, second=True)
    if info.reconvened and rule.second_share is not None:
        return _("This is the second convocation of a meeting that lacked its quorum: the "
                 "second-call quorum applies from the start, {second} of the {eligible} "
                 "entitled to attend.", second=second, eligible=info.eligible)
    if rule.second_share is None or second == first:
        return _("With {eligible} entitled to attend, {first} must be present or represented.",
                 eligible=info.eligible, first=first)
    if rule.second_after_minutes is None:
        return _("With {eligible} entitled to attend: {first} at first call; {second} at a "
                 "second convocation.", eligible=info.eligible, first=first, second=second)
    return _("With {eligible} entitled to attend: {first} at first call; {second} at second "
             "call, {minutes} minutes after the time set.", eligible=info.eligible,
             first=first, second=second, minutes=rule.second_after_minutes)


def _notice(b: Bylaws, info: MeetingInfo, fmt: CellFormatter) -> list[tuple[str, str]]:
    rule = " ".join(_section(b, NOTICE, MeetingKind(info.kind)))
    sent = (fmt.date(info.convened_on) if info.convened_on is not None
            else _("not yet sent"))
    return [(_("Notice required"), rule.split(":", 1)[-1].strip() or _("none set")),
            (_("Convocation sent on"), sent)]


def _digest_text(digest: str) -> str:
    """The digest's first 16 hex characters in groups of four, as printed on the minutes."""
    head = digest[:16]
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


def _signed_line(user: str | None, role: str, when: dt.datetime | None,
                 fmt: CellFormatter) -> str | None:
    if user is None or when is None:
        return None
    return _("Signed by {user} ({role}) on {date}", user=user, role=role,
             date=_when(fmt, when))


# --- the convocation -----------------------------------------------------------------------

def convocation_document(uow: UnitOfWork, meeting_id: int) -> Document:
    """The convocation to post and send: when and where, the agenda, the notice given, the
    quorum and the proxies the bylaws allow."""
    info = meetings.meeting_info(uow, meeting_id)
    b, fmt = _bylaws(uow), _fmt(uow)
    doc = _document(uow, _("Convocation"), _meeting_line(fmt, info))
    if info.status == meetings.PLANNED:
        doc.add(Paragraph(_("Draft: not yet convened")))
    doc.add(Paragraph(_call(uow.coop().name, info, fmt)))
    facts = [(_("Meeting"), info.kind_label), (_("Title"), info.title),
             (_("Date and time"), _when(fmt, info.scheduled_at)),
             (_("Place"), info.place or _("to be announced"))]
    if info.reconvened:
        facts.append((_("Convocation"), _("Second convocation")))
    doc.add(KeyValues(facts + _notice(b, info, fmt)))
    doc.add(Heading(_("Agenda"), 2), _agenda_table(info.items))
    doc.add(Heading(_("Quorum"), 2), *_quorum_paragraphs(b, info))
    if b.proxies.allowed:
        doc.add(Heading(_("Proxies"), 2), *(Paragraph(s) for s in _section(b, PROXIES)),
                Paragraph(_("A member who cannot attend may be represented by another member "
                            "with a signed proxy, handed in at the door.")))
    doc.add(PageBreak(unless_room_mm=45), Signatures([_("President"), _("Secretary")]))
    return doc


def _call(cooperative: str, info: MeetingInfo, fmt: CellFormatter) -> str:
    when, kind = _when(fmt, info.scheduled_at), info.kind_label.lower()
    if info.kind not in (MeetingKind.ORDINARY, MeetingKind.EXTRAORDINARY):
        where = _(", at {place}", place=info.place) if info.place else ""
        return _("The members of the {kind} of {cooperative} are called to meet on "
                 "{when}{where}.", kind=kind, cooperative=cooperative, when=when, where=where)
    if info.place:
        return _("The members of {cooperative} are called to the {kind} on {when}, at "
                 "{place}.", cooperative=cooperative, kind=kind, when=when, place=info.place)
    return _("The members of {cooperative} are called to the {kind} on {when}.",
             cooperative=cooperative, kind=kind, when=when)


def _agenda_table(items: Sequence[ItemInfo]) -> Table:
    return Table([Column(_("No."), Kind.INT, 0.5), Column(_("Item"), Kind.TEXT, 6.0)],
                 [[i.place, i.title] for i in items])


def _quorum_paragraphs(b: Bylaws, info: MeetingInfo) -> list[Block]:
    words = _section(b, QUORUM, MeetingKind(info.kind))
    numbers = _quorum_numbers(b, info)
    return [Paragraph(s) for s in (*words, numbers) if s]


# --- the minutes ---------------------------------------------------------------------------

def _attendance_facts(info: MeetingInfo) -> list[tuple[str, str]]:
    left = sum(1 for a in info.attendees if a.left_at is not None)
    present = str(len(info.attendees)) + (
        " " + _("({count} left before the end)", count=left) if left else "")
    return [(_("Entitled to attend"), str(info.eligible)), (_("Present"), present),
            (_("Represented by proxy"), str(len(info.proxies)))]


def _opening_quorum(b: Bylaws, info: MeetingInfo) -> str:
    """The quorum that applied when the meeting opened, in words and numbers."""
    kind = MeetingKind(info.kind)
    if kind not in b.quorum or info.eligible == 0:
        return _("No quorum could be computed.")
    at = info.opened_at or info.scheduled_at
    minutes = max(int((at - info.scheduled_at).total_seconds() // 60), 0)
    q = quorum(b, kind, info.eligible, 0, 0, minutes, reconvened=info.reconvened)
    there = len(info.attendees) + len(info.proxies)
    call = _("first call") if q.call == "first" else _("second call")
    text = _("At the opening ({call}), {required} of the {eligible} entitled to attend were "
             "needed; {there} were present or represented during the meeting.", call=call,
             required=q.required, eligible=info.eligible, there=there)
    reached = there >= q.required or any(i.motions for i in info.items)
    return text + " " + (_("The quorum was reached.") if reached
                         else _("The quorum was not reached."))


def _header(info: MeetingInfo, b: Bylaws, fmt: CellFormatter) -> KeyValues:
    facts = [(_("Meeting"), info.kind_label), (_("Title"), info.title),
             (_("Place"), info.place or "-"), (_("Date"), fmt.date(info.scheduled_at.date())),
             (_("Called for"), _time(info.scheduled_at)),
             (_("Opened at"), _time(info.opened_at) or "-"),
             (_("Closed at"), _time(info.closed_at) or "-"),
             (_("Chair"), info.chair or "-"), (_("Secretary"), info.secretary or "-")]
    facts += _notice(b, info, fmt)
    if info.reconvened:
        facts.append((_("Convocation"), _("Second convocation")))
    facts += _attendance_facts(info)
    facts.append((_("Quorum"), _opening_quorum(b, info)))
    return KeyValues(facts)


def _result(m: MotionInfo) -> str:
    if m.passed:
        return _("PASSED - resolution {number}", number=m.resolution or "")
    return _("NOT PASSED")


def _motion_blocks(m: MotionInfo, n: int) -> list[Block]:
    out: list[Block] = [
        Heading(_("Motion {n}: {text}", n=n, text=m.text), 3),
        KeyValues([(_("Type of decision"), meetings.decision_label(m.decision_type)),
                   (_("Method"), _(meetings.METHOD_LABELS.get(m.method, m.method))),
                   (_("Votes"), _("in favour {yes}, against {no}, abstentions {abstain}, "
                                  "invalid {invalid}", yes=m.yes, no=m.no, abstain=m.abstain,
                                  invalid=m.invalid)),
                   (_("Present or represented"), str(m.present)),
                   (_("The bylaws"), m.explanation), (_("Result"), _result(m))])]
    if m.votes:
        out.append(Table([Column(_("Member"), Kind.INT, 0.8), Column(_("Name"), Kind.TEXT, 3.5),
                          Column(_("Vote"), Kind.TEXT, 1.5)],
                         [[num, name, _(meetings.VOTE_LABELS.get(v, v))]
                          for num, name, v in m.votes], title=_("Named vote")))
    return out


def _item_blocks(item: ItemInfo) -> list[Block]:
    out: list[Block] = [Heading(f"{item.place}. {item.title}", 2),
                        Paragraph(item.minutes or _("No minutes were written for this item."))]
    for n, m in enumerate(item.motions, 1):
        out += _motion_blocks(m, n)
    return out


def _elected_rows(uow: UnitOfWork, meeting_id: int) -> list[list[Cell]]:
    """One row per person elected at the meeting, in order of election (or one row saying
    the election is not counted)."""
    with uow.read() as s:
        found = list(s.execute(select(ElectionRow.id, ElectionRow.result)
                               .where(ElectionRow.meeting_id == meeting_id)
                               .order_by(ElectionRow.id)))
    rows: list[list[Cell]] = []
    for eid, result in found:
        e = elections.election_info(uow, eid)
        title = e.title if not e.position else f"{e.title} ({e.position})"
        elected = (json.loads(result).get("elected", [])
                   if e.status == elections.COUNTED and result else [])
        if not elected:
            rows.append([title, None, None, _(elections.STATUS_LABELS_ELECTION[e.status])])
        names = {c.number: c.name for c in e.candidates}
        rows += [[title, order, number, names.get(number, "")]
                 for order, number in enumerate(elected, 1)]
    return rows


def _elections_blocks(uow: UnitOfWork, meeting_id: int) -> list[Block]:
    rows = _elected_rows(uow, meeting_id)
    if not rows:
        return []
    return [Heading(_("Elections held at the meeting"), 2),
            Table([Column(_("Election"), Kind.TEXT, 3.0), Column(_("Order"), Kind.INT, 0.6),
                   Column(_("Member"), Kind.INT, 0.8), Column(_("Elected"), Kind.TEXT, 3.0)],
                  rows)]


def _resolutions_blocks(info: MeetingInfo) -> list[Block]:
    places = {i.id: i.place for i in info.items}
    rows: list[list[Cell]] = [[m.resolution, places.get(m.item_id), m.text,
                               meetings.decision_label(m.decision_type)]
                              for m in info.resolutions]
    if not rows:
        return [Heading(_("Resolutions"), 2), Paragraph(_("No resolution was passed."))]
    return [Heading(_("Resolutions"), 2),
            Table([Column(_("Resolution"), Kind.TEXT, 1.0), Column(_("Item"), Kind.INT, 0.5),
                   Column(_("Motion"), Kind.TEXT, 4.5), Column(_("Decision"), Kind.TEXT, 1.8)],
                  rows)]


def _signature_blocks(info: MeetingInfo, fmt: CellFormatter) -> list[Block]:
    lines = [_signed_line(info.signed_president, _("president"), info.signed_president_at, fmt),
             _signed_line(info.signed_secretary, _("secretary"), info.signed_secretary_at, fmt)]
    out: list[Block] = [Heading(_("Signatures"), 2)]
    out += [Paragraph(text) for text in lines if text]
    if info.status == meetings.FINAL and info.digest:
        out.append(KeyValues([
            (_("Minutes book"), _("No. {number}", number=info.number)),
            (_("Digest"), _("{digest} (the start of the digest the audit chain holds: check "
                            "it with 'coopdesk verify')", digest=_digest_text(info.digest)))]))
        return out
    out += [Paragraph(_("DRAFT - not signed")), Signatures([_("President"), _("Secretary")])]
    return out


def _minutes_blocks(uow: UnitOfWork, info: MeetingInfo, b: Bylaws,
                    fmt: CellFormatter) -> list[Block]:
    """One meeting's minutes, for the minutes of a meeting and for the book."""
    out: list[Block] = []
    if info.status != meetings.FINAL:
        out.append(Paragraph(_("DRAFT - not signed")))
    out.append(_header(info, b, fmt))
    for item in info.items:
        out += _item_blocks(item)
    out += _elections_blocks(uow, info.id)
    out += _resolutions_blocks(info)
    out.append(PageBreak(unless_room_mm=55))
    out += _signature_blocks(info, fmt)
    return out


def minutes_document(uow: UnitOfWork, meeting_id: int) -> Document:
    """The minutes of one meeting: final and signed, or a draft to read over and sign."""
    info = meetings.meeting_info(uow, meeting_id)
    fmt = _fmt(uow)
    title = (_("Minutes No. {number}", number=info.number) if info.number
             else _("Minutes"))
    doc = _document(uow, title, _meeting_line(fmt, info))
    return doc.add(*_minutes_blocks(uow, info, _bylaws(uow), fmt))


def minutes_book_document(uow: UnitOfWork, year: int | None = None) -> Document:
    """Every final minutes in the order of the book (of ``year``, by the meeting's date), each
    on a new page."""
    finals = sorted((m for m in meetings.meetings(uow)
                     if m.status == meetings.FINAL and m.number is not None
                     and (year is None or m.scheduled_at.year == year)),
                    key=lambda m: m.number or 0)
    fmt = _fmt(uow)
    doc = _document(uow, _("Minutes book"), str(year) if year is not None else None)
    if not finals:
        return doc.add(Paragraph(_("No minutes are final yet.") if year is None else
                                 _("No minutes of {year} are final yet.", year=year)))
    b = _bylaws(uow)
    for n, summary in enumerate(finals):
        info = meetings.meeting_info(uow, summary.id)
        if n:
            doc.add(PageBreak())
        doc.add(Heading(_("Minutes No. {number}: {line}", number=info.number,
                          line=_meeting_line(fmt, info))))
        doc.add(*_minutes_blocks(uow, info, b, fmt))
    return doc


# --- the attendance sheet ------------------------------------------------------------------

def _presence(line: meetings.RollLine, names: dict[int, str]) -> str:
    if line.present:
        return _("yes")
    if line.represented_by is not None:
        return _("represented by {number} ({name})", number=line.represented_by,
                 name=names.get(line.represented_by, ""))
    return ""


def _totals(info: MeetingInfo, lines: Sequence[meetings.RollLine]) -> KeyValues:
    if info.status in (meetings.PLANNED, meetings.CONVENED):
        return KeyValues([(_("Entitled to attend"), str(len(lines))), (_("Present"), BLANK),
                          (_("Represented by proxy"), BLANK)])
    present = sum(1 for line in lines if line.present)
    represented = sum(1 for line in lines if line.represented_by is not None)
    return KeyValues([(_("Entitled to attend"), str(len(lines))),
                      (_("Present"), str(present)), (_("Represented by proxy"), str(represented)),
                      (_("Present or represented"), str(present + represented))])


def attendance_document(uow: UnitOfWork, meeting_id: int) -> Document:
    """The attendance sheet: everyone on the roll, who came or was represented, a column to
    sign; blank presence when printed before the meeting."""
    info = meetings.meeting_info(uow, meeting_id)
    lines = meetings.roll(uow, meeting_id)
    fmt = _fmt(uow)
    names = {line.number: line.name for line in lines}
    doc = _document(uow, _("Attendance sheet"), _meeting_line(fmt, info))
    doc.add(KeyValues([(_("Meeting"), info.kind_label), (_("Title"), info.title),
                       (_("Date and time"), _when(fmt, info.scheduled_at)),
                       (_("Place"), info.place or "-")]))
    doc.add(Table([Column(_("No."), Kind.INT, 0.6), Column(_("Name"), Kind.TEXT, 3.2),
                   Column(_("Present"), Kind.TEXT, 2.0), Column(_("Signature"), Kind.TEXT, 2.8)],
                  [[line.number, line.name, _presence(line, names), None] for line in lines],
                  row_height=SIGNATURE_ROW))
    doc.add(_totals(info, lines), PageBreak(unless_room_mm=45),
            Signatures([_("Chair of the meeting"), _("Secretary of the meeting")]))
    return doc
