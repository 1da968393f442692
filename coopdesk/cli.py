"""coopdesk from a terminal: ``coopdesk [--db PATH_OR_URL] AREA VERB``.

The same services as the window. Exit status: 0 on success, 1 on a user error (the message is
printed), 2 on bad usage. Commands that change the file log in first: ``--user`` (or
``COOPDESK_USER``) and the password from ``COOPDESK_PASSWORD`` or a prompt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coopdesk import __version__
from coopdesk.core.access import ROLE_LABELS, Role
from coopdesk.core.errors import BatchInvalid, CoopdeskError, ValidationError
from coopdesk.core.i18n import LANGUAGES, _, set_language
from coopdesk.core.uow import UnitOfWork

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    pass


def _out(text: str = "") -> None:
    print(text)


@contextmanager
def naming_options(options: Mapping[str, str]) -> Iterator[None]:
    """A service's complaint about a field, said with the option that gives it
    (``options``: the service's field -> the command's option)."""
    try:
        yield
    except ValidationError as exc:
        option = options.get(exc.field or "")
        if option is None or exc.message.startswith("-"):
            raise
        raise ValidationError(f"{option}: {exc.message}", exc.field) from exc


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(_("'{value}' is not a date; write YYYY-MM-DD.",
                                           value=text)) from exc


def _password(prompt: str, confirm: bool = False) -> str:
    env = os.environ.get("COOPDESK_PASSWORD")
    if env:
        return env
    if not sys.stdin.isatty():
        raise ValidationError(_("Give the password in the COOPDESK_PASSWORD environment "
                                "variable, or run the command in a terminal to be asked."))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(_("Repeat the password: ")) != first:
        raise ValidationError(_("The two passwords differ."))
    return first


# What a command opened, closed when it ends (a server connection is not left to the GC).
_OPENED: list[Any] = []


def _open(args: argparse.Namespace, *, login: bool = True) -> UnitOfWork:
    from coopdesk.core.files import open_cooperative
    from coopdesk.core.users import authenticate

    target = args.db or os.environ.get("COOPDESK_DB")
    if not target:
        raise UsageError(_("Say which cooperative: --db PATH_OR_URL (or COOPDESK_DB)."))
    opened = open_cooperative(target)
    _OPENED.append(opened.db)
    for warning in opened.warnings:
        print(_("Warning: {text}", text=warning), file=sys.stderr)
    uow = UnitOfWork(opened.db)
    if args.lang is None:
        set_language(uow.coop().language)
    if login:
        user = args.user or os.environ.get("COOPDESK_USER") or "admin"
        uow = UnitOfWork(opened.db, authenticate(uow, user, _password(
            _("Password for {user}: ", user=user))))
    return uow


# ---- file --------------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from coopdesk.core.files import NewCooperative, create_cooperative

    spec = NewCooperative(args.name, args.currency, args.country, args.language,
                          args.share_value or "0", args.registration)
    password = _password(_("Password for the administrator {user}: ", user=args.admin),
                         confirm=True)
    db = create_cooperative(args.path, spec, args.admin, args.admin_name or args.admin, password)
    _out(_("Created {db} for {name}. Administrator: {user}.", db=db.label, name=args.name,
           user=args.admin))
    if args.chart != "none":
        from coopdesk.ledger import services as books

        uow = UnitOfWork(db)
        books.install_chart(uow, args.chart)
        year = args.fiscal_year or dt.date.today().year
        books.open_fiscal_year(uow, str(year), dt.date(year, 1, 1), dt.date(year, 12, 31))
        _out(_("Books: the {chart} chart of accounts and the fiscal year {year}.",
               chart=args.chart, year=year))
    db.dispose()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from coopdesk.demo.generator import make_demo

    target = args.path
    if "://" not in target and Path(target).exists():
        if not args.force:
            raise ValidationError(_("{path} already exists; add --force to replace it.",
                                    path=target))
        for suffix in ("", "-wal", "-shm"):
            Path(target + suffix).unlink(missing_ok=True)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    # the bank's and the wallet's statements, beside a file (X.coopdesk: X-statements/)
    statements = Path(args.statements) if args.statements else None
    if statements is None and "://" not in target:
        path = Path(target)
        statements = path.with_name(f"{path.stem}-statements")
    db = make_demo(target, members=args.members, seed=args.seed, progress=progress,
                   statements=statements)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    from coopdesk.demo import DEMO_PASSWORD

    _out(_("Demo cooperative written to {db}. Log in as admin with the password {password}.",
           db=db.label, password=DEMO_PASSWORD))
    if statements is not None:
        _out(_("The bank's and the mobile-money account's monthly statements are in {folder}; "
               "the last month's are left to import and reconcile.", folder=statements))
    db.dispose()
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from coopdesk.ui.app import run

    return run(args.path or args.db)


def cmd_verify(args: argparse.Namespace) -> int:
    from coopdesk.core.audit import verify

    uow = _open(args, login=False)
    with uow.read() as s:
        result = verify(s)
    if result.ok:
        _out(_("The audit chain verifies: {n} events, head #{seq} {head}.", n=result.events,
               seq=result.events, head=result.head_hash))
        return 0
    print(_("The audit chain does NOT verify: {problem}", problem=result.problem),
          file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from coopdesk.core.access import Permission
    from coopdesk.core.files import backup, backup_automatic

    uow = _open(args)
    if args.output:
        dest = backup(uow, Path(args.output))
    else:
        uow.actor.require(Permission.BACKUP)
        if uow.db.path is None:
            raise UsageError(_("A PostgreSQL cooperative needs a destination: -o FILE."))
        dest = backup_automatic(uow.db, "manual")
    _out(_("Backup written to {path}.", path=dest))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from coopdesk.core.files import open_cooperative, restore
    from coopdesk.core.users import authenticate

    target = args.db or os.environ.get("COOPDESK_DB")
    if not target:
        raise UsageError(_("Say which cooperative to restore into: --db PATH_OR_URL."))
    actor = None
    exists = "://" in target or Path(target).exists()
    if exists:
        opened = open_cooperative(target, scheduled_backup=False)
        user = args.user or os.environ.get("COOPDESK_USER") or "admin"
        try:
            actor = authenticate(UnitOfWork(opened.db), user,
                                 _password(_("Password for {user}: ", user=user)))
        finally:
            opened.db.dispose()
    safety = restore(target, Path(args.backup), actor)
    _out(_("Restored {target} from {backup}.", target=target, backup=args.backup))
    if safety:
        _out(_("The state before the restore was kept in {path}.", path=safety))
    return 0


# ---- users -------------------------------------------------------------------------------------

def cmd_user_add(args: argparse.Namespace) -> int:
    from coopdesk.core.users import add_user

    uow = _open(args)
    roles = {Role(r) for r in args.role}
    new_password = os.environ.get("COOPDESK_NEW_PASSWORD") or _password(
        _("Password for the new user {user}: ", user=args.username), confirm=True)
    add_user(uow, args.username, args.name or args.username, new_password, roles)
    _out(_("User {user} added.", user=args.username))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from coopdesk.core.users import list_users

    uow = _open(args, login=False)
    for u in list_users(uow):
        roles = ", ".join(_(ROLE_LABELS[r]) for r in sorted(u.roles))
        _out(f"{u.username}\t{u.full_name}\t{roles}")
    return 0


# ---- members -----------------------------------------------------------------------------------

def _filter(args: argparse.Namespace) -> object:
    from coopdesk.members.queries import MemberFilter

    return MemberFilter(text=args.filter or "", status=args.status, sex=args.sex, role=args.role)


def cmd_members_list(args: argparse.Namespace) -> int:
    from coopdesk.members.queries import iter_rows

    uow = _open(args, login=False)
    with uow.read() as s:
        for r in iter_rows(s, _filter(args)):  # type: ignore[arg-type]
            _out(f"{r.number}\t{r.last_names}, {r.first_names}\t{r.sex}\t{r.birth_date}\t"
                 f"{r.role}\t{r.status}\t{r.locality or ''}\t{r.national_id or ''}")
    return 0


def cmd_members_show(args: argparse.Namespace) -> int:
    from coopdesk.members.queries import member_detail
    from coopdesk.members.shares import member_balance

    uow = _open(args, login=False)
    d = member_detail(uow, args.number)
    m = d.data
    _out(f"{d.number}: {m.first_names} {m.last_names} ({m.sex}, {m.birth_date}) — {d.status} "
         f"{d.status_date}")
    for label, value in ((_("National ID"), m.national_id), (_("Miner card"), m.miner_card_no),
                         (_("Phone"), m.phone), (_("Locality"), m.locality),
                         (_("Role"), m.role), (_("Joined"), m.join_date),
                         (_("Successor"), m.successor_name), (_("Payout"), m.payout_method),
                         (_("Sites"), ", ".join(x.name for x in d.sites))):
        if value:
            _out(f"  {label}: {value}")
    b = member_balance(uow, args.number)
    cur = uow.coop().currency
    from coopdesk.core.money import from_minor

    _out("  " + _("Shares: {shares}, subscribed {sub}, paid {paid} {cur}", shares=b.shares,
                  sub=from_minor(b.subscribed, cur), paid=from_minor(b.paid, cur), cur=cur))
    for h in d.history:
        _out(f"  {h.date} {h.from_status or '-'} -> {h.to_status}: {h.reason} ({h.recorded_by})")
    return 0


def cmd_members_add(args: argparse.Namespace) -> int:
    from coopdesk.members.rules import MemberInput, Status
    from coopdesk.members.services import register_member

    uow = _open(args)
    inp = MemberInput(first_names=args.first_names, last_names=args.last_names, sex=args.sex,
                      birth_date=args.born, role=args.role,
                      join_date=args.joined or dt.date.today(),
                      national_id=args.national_id, phone=args.phone, locality=args.locality,
                      miner_card_no=args.miner_card, payout_method=args.payout,
                      payout_account=args.payout_account)
    number = register_member(uow, inp, Status(args.status))
    _out(_("Registered member {number}.", number=number))
    return 0


def cmd_members_status(args: argparse.Namespace) -> int:
    from coopdesk.members.rules import Status
    from coopdesk.members.services import change_status

    uow = _open(args)
    change_status(uow, args.number, Status(args.to), args.date or dt.date.today(), args.reason)
    _out(_("Member {number} is now {status}.", number=args.number, status=args.to))
    return 0


def cmd_members_photo(args: argparse.Namespace) -> int:
    from coopdesk.members.services import set_photo

    uow = _open(args)
    data = None if args.remove else Path(args.file).read_bytes()
    set_photo(uow, args.number, data)
    _out(_("Photo of member {number} saved.", number=args.number))
    return 0


def cmd_members_census(args: argparse.Namespace) -> int:
    from coopdesk.members.queries import list_censuses
    from coopdesk.members.services import open_census, verify_in_census

    uow = _open(args)
    found = {name: i for i, name, _d, _n in list_censuses(uow)}
    census = found.get(args.census) or open_census(uow, args.census, args.date or dt.date.today())
    n = verify_in_census(uow, census, args.numbers, args.date or dt.date.today())
    _out(_("{n} member(s) verified in {census}.", n=n, census=args.census))
    return 0


def cmd_members_import(args: argparse.Namespace) -> int:
    from coopdesk.members.importer import guess_mapping, import_members, preview, read_table

    uow = _open(args)
    table = read_table(Path(args.file))
    mapping = guess_mapping(table.headers)
    for item in args.map or []:
        field, _sep, column = item.partition("=")
        if not column:
            raise UsageError(_("--map takes FIELD=COLUMN, not '{value}'.", value=item))
        mapping[field.strip()] = column.strip()
    pv = preview(uow, table, mapping)
    _out(_("{valid} valid row(s), {invalid} with problems, {dup} already registered.",
           valid=pv.valid_count, invalid=pv.invalid_count, dup=pv.duplicate_count))
    problems = [*pv.problems, *(p for r in pv.rows for p in r.problems)]
    for p in problems:
        print(f"  {p}", file=sys.stderr)
    if args.dry_run:
        return 1 if problems else 0
    result = import_members(uow, pv, accept="valid" if args.valid_only else "all")
    _out(_("{created} member(s) created, {dup} already registered, {bad} row(s) left out.",
           created=result.created, dup=result.skipped_duplicates, bad=result.skipped_invalid))
    return 0


def cmd_members_export(args: argparse.Namespace) -> int:
    from coopdesk.members.reports import register_document
    from coopdesk.reports.output import export

    uow = _open(args, login=False)
    path = export(uow, register_document(uow, _filter(args)),  # type: ignore[arg-type]
                  Path(args.output), args.format)
    _out(_("Written {path}.", path=path))
    return 0


def cmd_members_cards(args: argparse.Namespace) -> int:
    from coopdesk.members.reports import cards_document
    from coopdesk.reports.output import export

    uow = _open(args, login=False)
    path = export(uow, cards_document(uow, args.numbers or None), Path(args.output), "pdf")
    _out(_("Written {path}.", path=path))
    return 0


def cmd_sites_list(args: argparse.Namespace) -> int:
    from coopdesk.members.queries import list_sites

    uow = _open(args, login=False)
    for s in list_sites(uow):
        _out(f"{s.id}\t{s.name}\t{s.mineral or ''}\t{s.latitude or ''}\t{s.longitude or ''}\t"
             f"{s.title_ref or ''}\t{s.members}")
    return 0


def cmd_sites_add(args: argparse.Namespace) -> int:
    from coopdesk.members.services import add_site

    uow = _open(args)
    sid = add_site(uow, args.name, args.mineral, args.lat, args.lon, args.title)
    _out(_("Site {id} added.", id=sid))
    return 0


# ---- shares ------------------------------------------------------------------------------------

def cmd_shares(args: argparse.Namespace) -> int:
    from coopdesk.core.money import parse_amount
    from coopdesk.members import shares

    if args.verb == "list":
        uow = _open(args, login=False)
        for r in shares.register_rows(uow, args.member):
            _out(f"{r.number}\t{r.date}\t{r.kind}\t{r.member_no}\t{r.member_name}\t"
                 f"{r.counterparty_no or ''}\t{r.shares}\t{r.amount}\t{r.reference or ''}\t"
                 f"{'-> ' + str(r.reversed_by) if r.reversed_by else ''}")
        return 0
    uow = _open(args)
    when = args.date or dt.date.today()
    if args.verb == "subscribe":
        n = shares.subscribe(uow, args.member, args.shares, when, args.reference)
    elif args.verb == "pay":
        n = shares.pay(uow, args.member, parse_amount(args.amount, uow.coop().currency), when,
                       args.reference, via=args.via)
    elif args.verb == "transfer":
        n = shares.transfer(uow, args.member, args.to, args.shares, when, args.reference)
    elif args.verb == "refund":
        n = shares.refund(uow, args.member, args.shares, when, args.reference, via=args.via)
    else:
        n = shares.reverse(uow, args.operation, when, args.reason)
    _out(_("Share operation {number} recorded.", number=n))
    return 0


# ---- parser ------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="coopdesk", description=_(
        "Governance and finance for miners' cooperatives."))
    p.add_argument("--version", action="version", version=f"coopdesk {__version__}")
    p.add_argument("--db", help=_("the cooperative: a .coopdesk file or a postgresql:// URL"))
    p.add_argument("--user", help=_("log in as this user (default: admin, or COOPDESK_USER)"))
    p.add_argument("--lang", choices=list(LANGUAGES), help=_("language of the messages"))
    sub = p.add_subparsers(dest="area", required=True, metavar="AREA")

    def cmd(parent: Any, name: str, handler: Handler,
            help_text: str) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = parent.add_parser(name, help=help_text,
                                                        description=help_text)
        sp.set_defaults(handler=handler)
        return sp

    x = cmd(sub, "init", cmd_init, _("create a new cooperative file"))
    x.add_argument("path", help=_("the new file, or an empty PostgreSQL database URL"))
    x.add_argument("--name", required=True)
    x.add_argument("--currency", required=True, help="ISO 4217, e.g. COP, PEN, CDF, TZS")
    x.add_argument("--country", required=True, help="ISO 3166 two letters, e.g. CO, CD")
    x.add_argument("--language", required=True, choices=list(LANGUAGES))
    x.add_argument("--share-value", help=_("the value of one share"))
    x.add_argument("--registration", help=_("registration number"))
    x.add_argument("--admin", default="admin", help=_("the administrator's user name"))
    x.add_argument("--admin-name", help=_("the administrator's full name"))
    x.add_argument("--chart", choices=["general", "syscohada", "none"], default="general",
                   help=_("the chart of accounts: general, or SYSCOHADA (OHADA countries)"))
    x.add_argument("--fiscal-year", type=int, help=_("the first fiscal year, January to "
                                                     "December (default: this year)"))

    x = cmd(sub, "demo", cmd_demo, _("create the demo cooperative"))
    x.add_argument("path")
    x.add_argument("--members", type=int, default=300)
    x.add_argument("--seed", type=int, default=1)
    x.add_argument("--force", action="store_true", help=_("replace an existing file"))
    x.add_argument("--statements", metavar="DIR",
                   help=_("where to write the bank statement files (default: beside the file, "
                          "none for a database URL)"))

    x = cmd(sub, "open", cmd_open, _("open the window on a cooperative"))
    x.add_argument("path", nargs="?")
    cmd(sub, "verify", cmd_verify, _("recompute the audit chain and name the first bad event"))
    x = cmd(sub, "backup", cmd_backup, _("back up the cooperative"))
    x.add_argument("-o", "--output", help=_("backup file (default: the rotating backups "
                                             "folder beside the file)"))
    x = cmd(sub, "restore", cmd_restore, _("restore the cooperative from a backup"))
    x.add_argument("backup")

    users = cmd(sub, "user", lambda a: 2, _("users and roles")).add_subparsers(
        dest="verb", required=True, metavar="VERB")
    x = cmd(users, "add", cmd_user_add, _("add a user (password from COOPDESK_NEW_PASSWORD "
                                          "or asked)"))
    x.add_argument("username")
    x.add_argument("--name", help=_("full name"))
    x.add_argument("--role", action="append", required=True, choices=[r.value for r in Role])
    cmd(users, "list", cmd_user_list, _("list users"))

    members = cmd(sub, "members", lambda a: 2, _("the member register")).add_subparsers(
        dest="verb", required=True, metavar="VERB")

    def filters(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--filter", help=_("text to look for in names, numbers, IDs, phones"))
        sp.add_argument("--status", choices=["applicant", "active", "suspended", "exited",
                                             "deceased"])
        sp.add_argument("--sex", choices=["F", "M"])
        sp.add_argument("--role", choices=["digger", "processor", "trader", "auxiliary"])

    filters(cmd(members, "list", cmd_members_list, _("list members")))
    x = cmd(members, "show", cmd_members_show, _("show one member"))
    x.add_argument("number", type=int)
    x = cmd(members, "add", cmd_members_add, _("register a member"))
    x.add_argument("--first-names", required=True)
    x.add_argument("--last-names", required=True)
    x.add_argument("--sex", required=True, choices=["F", "M"])
    x.add_argument("--born", required=True, type=_date)
    x.add_argument("--role", required=True, choices=["digger", "processor", "trader",
                                                     "auxiliary"])
    x.add_argument("--joined", type=_date)
    x.add_argument("--status", default="applicant", choices=["applicant", "active"])
    x.add_argument("--national-id")
    x.add_argument("--miner-card")
    x.add_argument("--phone")
    x.add_argument("--locality")
    x.add_argument("--payout", default="cash", choices=["cash", "bank", "mobile"])
    x.add_argument("--payout-account")
    x = cmd(members, "status", cmd_members_status, _("change a member's status"))
    x.add_argument("number", type=int)
    x.add_argument("--to", required=True, choices=["applicant", "active", "suspended", "exited",
                                                   "deceased"])
    x.add_argument("--reason")
    x.add_argument("--date", type=_date)
    x = cmd(members, "photo", cmd_members_photo, _("set or remove a member's photo"))
    x.add_argument("number", type=int)
    g = x.add_mutually_exclusive_group(required=True)
    g.add_argument("--file")
    g.add_argument("--remove", action="store_true")
    x = cmd(members, "verify", cmd_members_census, _("mark members as verified in a census"))
    x.add_argument("--census", required=True, help=_("census name, e.g. 'Census 2026'"))
    x.add_argument("--date", type=_date)
    x.add_argument("numbers", type=int, nargs="+")
    x = cmd(members, "import", cmd_members_import, _("import members from CSV or Excel"))
    x.add_argument("file")
    x.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                   help=_("map a field to a column when the guess is wrong"))
    x.add_argument("--valid-only", action="store_true",
                   help=_("import the valid rows even if others have problems"))
    x.add_argument("--dry-run", action="store_true", help=_("check only; write nothing"))
    x = cmd(members, "export", cmd_members_export, _("export the register as PDF or Excel"))
    x.add_argument("--format", choices=["pdf", "xlsx"])
    x.add_argument("-o", "--output", required=True)
    filters(x)
    x = cmd(members, "cards", cmd_members_cards, _("print member cards (PDF)"))
    x.add_argument("-o", "--output", required=True)
    x.add_argument("numbers", type=int, nargs="*", help=_("members (default: all active)"))

    sites = cmd(sub, "sites", lambda a: 2, _("mining sites")).add_subparsers(
        dest="verb", required=True, metavar="VERB")
    cmd(sites, "list", cmd_sites_list, _("list sites"))
    x = cmd(sites, "add", cmd_sites_add, _("add a site"))
    x.add_argument("name")
    x.add_argument("--mineral")
    x.add_argument("--lat", type=float)
    x.add_argument("--lon", type=float)
    x.add_argument("--title", help=_("title or licence reference"))

    sh = cmd(sub, "shares", lambda a: 2, _("the share capital register")).add_subparsers(
        dest="verb", required=True, metavar="VERB")
    x = cmd(sh, "list", cmd_shares, _("list operations"))
    x.add_argument("--member", type=int)
    for verb, text in (("subscribe", _("subscribe shares")), ("pay", _("pay up shares")),
                       ("transfer", _("transfer paid-up shares")),
                       ("refund", _("refund shares"))):
        x = cmd(sh, verb, cmd_shares, text)
        x.add_argument("--member", type=int, required=True)
        if verb == "pay":
            x.add_argument("--amount", required=True)
        else:
            x.add_argument("--shares", type=int, required=True)
        if verb == "transfer":
            x.add_argument("--to", type=int, required=True)
        if verb in ("pay", "refund"):
            x.add_argument("--via", choices=["cash", "bank", "mobile_money"], default="cash",
                           help=_("where the money goes in or out (for the books)"))
        x.add_argument("--date", type=_date)
        x.add_argument("--reference")
    x = cmd(sh, "reverse", cmd_shares, _("reverse an operation"))
    x.add_argument("operation", type=int)
    x.add_argument("--reason", required=True)
    x.add_argument("--date", type=_date)

    from coopdesk import (
        cli_actions,
        cli_bank,
        cli_books,
        cli_business,
        cli_bylaws,
        cli_elections,
        cli_formal,
        cli_governance,
        cli_meetings,
        cli_premium,
        cli_sharing,
        cli_standards,
        cli_training,
    )

    cli_books.add_commands(sub, cmd)
    cli_bank.add_commands(sub, cmd)
    cli_governance.add_commands(sub, cmd)
    cli_bylaws.add_commands(sub, cmd)
    cli_elections.add_commands(sub, cmd)
    cli_meetings.add_commands(sub, cmd)
    cli_sharing.add_commands(sub, cmd)
    cli_premium.add_commands(sub, cmd)
    cli_formal.add_commands(sub, cmd)
    cli_business.add_commands(sub, cmd)
    cli_standards.add_commands(sub, cmd)
    cli_actions.add_commands(sub, cmd)
    cli_training.add_commands(sub, cmd)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The language is needed before the parser is built, for its help texts.
    lang = os.environ.get("COOPDESK_LANG")
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        lang = argv[argv.index("--lang") + 1]
    set_language(lang or "en")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang is None and lang:
        args.lang = lang
    try:
        return int(args.handler(args))
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"coopdesk: {exc}", file=sys.stderr)
        return 2
    except BatchInvalid as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except CoopdeskError as exc:
        print(_("Error: {message}", message=exc.message), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # piped into head, which stopped reading: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        while _OPENED:
            _OPENED.pop().dispose()


if __name__ == "__main__":
    raise SystemExit(main())
