"""The bank from a terminal: ``coopdesk bank VERB``. The same services as the window: accounts,
importing statements, matching them to the books, entries made from statement lines, rules,
and reconciliations. See :mod:`coopdesk.cli` for exit codes and log-in."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from coopdesk.cli import UsageError, _date, _open, _out, naming_options
from coopdesk.cli_books import _money
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork

Cmd = Callable[..., argparse.ArgumentParser]

OPTIONS = {"code": "CODE", "name": "--name", "kind": "--kind", "ledger": "--ledger",
           "mapping": "--mapping", "date": "--date", "balance": "--balance",
           "reason": "--reason", "target_account": "--to", "member": "--member",
           "fee_split": "--fee", "fee_account": "--fee-account", "regex": "--regex",
           "text": "--contains", "min_amount": "--min", "max_amount": "--max",
           "bank": "--bank", "book": "--book"}


def _naming_options() -> AbstractContextManager[None]:
    return naming_options(OPTIONS)


def _ids(text: str, option: str) -> list[int]:
    try:
        return [int(x) for x in text.replace(" ", "").split(",") if x]
    except ValueError as exc:
        raise UsageError(_("{option}: give line numbers separated by commas, like 12,15.",
                           option=option)) from exc


def _currency(uow: UnitOfWork) -> str:
    return uow.coop().currency


# ---- accounts and mappings ---------------------------------------------------------------------

def cmd_accounts(args: argparse.Namespace) -> int:
    from coopdesk.bank import services

    found = services.accounts(_open(args, login=False))
    if not found:
        _out(_("No bank account yet: 'coopdesk bank add CODE --name NAME --kind bank --ledger "
               "CODE' adds one."))
    for a in found:
        last = a.last_reconciled.isoformat() if a.last_reconciled else _("never reconciled")
        _out("\t".join([a.code, _(services.KINDS[a.kind]), a.ledger_code, a.name,
                        _("{n} lines, {u} unmatched", n=a.lines, u=a.unmatched),
                        _("reconciled to {date}", date=last) if a.last_reconciled else last,
                        _("book balance {amount}", amount=a.book_balance)]))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from coopdesk.bank import services

    with _naming_options():
        services.add_account(_open(args), args.code, args.name, args.kind, args.ledger,
                             institution=args.institution, number=args.number,
                             mapping=args.mapping, since=args.since)
    _out(_("Bank account {code} added.", code=args.code))
    return 0


def cmd_mapping(args: argparse.Namespace) -> int:
    from coopdesk.bank import services
    from coopdesk.bank.formats import Mapping

    if args.verb2 == "save":
        try:
            spec = json.loads(Path(args.file).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValidationError(_("{file} is not a JSON mapping: {error}", file=args.file,
                                    error=str(exc)), "file") from exc
        if not isinstance(spec, dict):
            raise ValidationError(_("{file} is not a JSON mapping: {error}", file=args.file,
                                    error=_("an object {...} is expected")), "file")
        services.save_mapping(_open(args), args.name, Mapping.from_dict(spec))
        _out(_("Mapping {name} saved.", name=args.name))
        return 0
    found = services.mappings(_open(args, login=False))
    if args.verb2 == "list":
        for name in found:
            _out(name)
        return 0
    if args.name not in found:
        raise ValidationError(_("There is no saved mapping '{name}'.", name=args.name), "name")
    _out(json.dumps(found[args.name].to_dict(), indent=2, ensure_ascii=False))
    return 0


# ---- import ------------------------------------------------------------------------------------

def cmd_import(args: argparse.Namespace) -> int:
    from coopdesk.bank import services

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_("{file} cannot be read: {error}", file=args.file,
                                error=exc.strerror or str(exc)), "file") from exc
    if args.preview:
        p = services.preview_import(_open(args, login=False), args.account, data, path.name,
                                    args.mapping)
        _out(_("{file}: {format}, {lines} lines from {first} to {last}; {new} new, {known} "
               "already imported.", file=path.name, format=p.format, lines=p.lines,
               first=p.first, last=p.last, new=p.new, known=p.known))
        for problem in p.problems:
            _out("! " + problem)
        flags = iter(p.new_flags)
        for st in p.statements:
            for ln in st.lines:
                mark = "+" if next(flags) else "="
                _out(f"{mark} {ln.date}\t{ln.amount}\t{ln.description}")
        return 0
    with _naming_options():
        r = services.import_statement(_open(args), args.account, data, path.name,
                                      mapping=args.mapping, allow_mismatch=args.anyway)
    _out(_("{file}: {new} new line(s) imported, {known} already there ({first} to {last}).",
           file=path.name, new=r.new, known=r.known, first=r.first, last=r.last))
    return 0


# ---- lines, matching, entries --------------------------------------------------------------

def cmd_lines(args: argparse.Namespace) -> int:
    from coopdesk.bank import queries

    uow = _open(args, login=False)
    status: queries.Status = ("unmatched" if args.unmatched else "matched" if args.matched
                              else "all")
    if args.book:
        for k in queries.book_lines(uow, args.account, status=status, start=args.start,
                                    end=args.end):
            mark = "L" if k.locked else "M" if k.match_id else "-"
            extra = _(" (brought forward)") if k.brought_forward else ""
            _out(f"K{k.id}\t{mark}\t{k.date}\t{k.entry}\t{k.amount}\t{k.description}{extra}")
        return 0
    for b in queries.bank_lines(uow, args.account, status=status, start=args.start,
                                end=args.end):
        mark = "L" if b.locked else "M" if b.match_id else "-"
        _out(f"B{b.id}\t{mark}\t{b.date}\t{b.amount}\t{b.description}")
    return 0


def _describe(uow: UnitOfWork, code: str) -> tuple[dict[int, Any], dict[int, Any]]:
    from coopdesk.bank import queries

    return ({b.id: b for b in queries.bank_lines(uow, code)},
            {k.id: k for k in queries.book_lines(uow, code)})


def cmd_match(args: argparse.Namespace) -> int:
    from coopdesk.bank import links

    uow = _open(args, login=not args.dry_run)
    run = (links.suggestions(uow, args.account) if args.dry_run
           else links.run_matching(uow, args.account))
    bank, book = _describe(uow, args.account)

    def side(m: Any) -> str:
        left = " + ".join(f"B{i} {bank[i].date} {bank[i].amount} {bank[i].description}"
                          for i in m.bank)
        right = " + ".join(f"K{j} {book[j].entry} {book[j].description}" for j in m.book)
        return f"{left}  <->  {right}"

    title = _("Would match") if args.dry_run else _("Matched")
    _out(_("{title}: {n}", title=title, n=len(run.matched)))
    for m in run.matched:
        _out(f"  {side(m)}  ({m.score:.2f})")
    _out(_("Suggested: {n} (accept with 'coopdesk bank link --account {code} --bank B --book "
           "K', refuse with 'coopdesk bank reject ...')", n=len(run.suggested),
           code=args.account))
    for m in run.suggested:
        _out(f"  {side(m)}  ({m.score:.2f})")
    _out(_("Entries proposed by the rules: {n} (post them with 'coopdesk bank post-rules "
           "--account {code}')", n=len(run.proposals), code=args.account))
    for p in run.proposals:
        lines = ", ".join(f"{ln.account} {ln.amount}" for ln in p.lines)
        _out(f"  B{p.bank_line} {p.date} {p.description}: {lines}")
    _out(_("Left on the statement: {n}", n=len(run.left_bank)))
    for i in run.left_bank:
        _out(f"  B{i} {bank[i].date} {bank[i].amount} {bank[i].description}")
    _out(_("Left in the books: {n}", n=len(run.left_book)))
    for j in run.left_book:
        _out(f"  K{j} {book[j].date} {book[j].entry} {book[j].amount} {book[j].description}")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    from coopdesk.bank import links

    bank = _ids(args.bank.lstrip("Bb").replace(",B", ",").replace(",b", ","), "--bank")
    book = _ids(args.book.lstrip("Kk").replace(",K", ",").replace(",k", ","), "--book")
    uow = _open(args)
    with _naming_options():
        if args.verb == "reject":
            links.reject(uow, args.account, bank, book)
            _out(_("That pairing will not be proposed again."))
            return 0
        mid = links.link(uow, args.account, bank, book)
    _out(_("Matched (match {id}).", id=mid))
    return 0


def cmd_unlink(args: argparse.Namespace) -> int:
    from coopdesk.bank import links

    with _naming_options():
        links.unlink(_open(args), args.account, args.match, reject=args.reject)
    _out(_("Match {id} undone.", id=args.match))
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    from coopdesk.bank import links, queries

    uow = _open(args)
    line = int(str(args.line).lstrip("Bb"))
    found = [b for b in queries.bank_lines(uow, args.account) if b.id == line]
    if not found:
        raise ValidationError(_("There is no statement line B{id} on account {code}.", id=line,
                                code=args.account), "bank")
    with _naming_options():
        number = links.book_line(uow, args.account, line,
                                 links.proposal_lines(args.to, found[0].amount, args.member),
                                 args.description or "")
    _out(_("Entry {number} posted and matched to line B{id}.", number=number, id=line))
    return 0


def cmd_post_rules(args: argparse.Namespace) -> int:
    from coopdesk.bank import links

    uow = _open(args)
    run = links.suggestions(uow, args.account)
    if not run.proposals:
        _out(_("No rule proposes an entry for the open statement lines."))
        return 0
    numbers = links.post_proposals(uow, args.account, run.proposals, run.rule_ids)
    _out(_("{n} entries posted: {numbers}", n=len(numbers), numbers=", ".join(numbers)))
    return 0


# ---- rules -------------------------------------------------------------------------------------

def cmd_rules(args: argparse.Namespace) -> int:
    from coopdesk.bank import links

    if args.verb2 == "add":
        uow = _open(args)
        cur = _currency(uow)
        rule = links.RuleInput(
            args.name, args.to, text_contains=args.contains, regex=args.regex,
            min_amount=_money(args.min, cur, "min") if args.min else None,
            max_amount=_money(args.max, cur, "max") if args.max else None,
            account=args.account, member=args.member,
            fee_split=links.parse_fee(args.fee) if args.fee else None,
            fee_account=args.fee_account)
        with _naming_options():
            rid = links.save_rule(uow, rule)
        _out(_("Rule {id} added.", id=rid))
        return 0
    if args.verb2 == "delete":
        links.delete_rule(_open(args), args.id)
        _out(_("Rule {id} deleted.", id=args.id))
        return 0
    if args.verb2 == "suggest":
        found = links.suggested_rules(_open(args, login=False))
        if not found:
            _out(_("No rule to suggest: the same words must have been booked by hand to the "
                   "same account three times."))
        for r in found:
            _out(_("{name}: lines containing '{text}' -> {target}", name=r.name,
                   text=r.text_contains, target=r.target_account))
        return 0
    for v in links.rules(_open(args, login=False)):
        what = v.text_contains or f"/{v.regex}/"
        amounts = "" if v.min_amount is None and v.max_amount is None else (
            f" [{v.min_amount if v.min_amount is not None else ''}..."
            f"{v.max_amount if v.max_amount is not None else ''}]")
        fee = f" fee {v.fee_split} -> {v.fee_account or v.target_account}" if v.fee_split else ""
        active = "" if v.active else " " + _("(inactive)")
        _out(f"{v.id}\t{v.name}\t{what}{amounts}\t{v.account or '*'} -> {v.target_account}"
             f"{fee}{active}")
    return 0


# ---- reconciliation ----------------------------------------------------------------------------

def _print_state(st: Any) -> None:
    _out(_("Reconciliation of {code} at {date}", code=st.account, date=st.statement_date))
    _out(_("  Balance in the books:                 {v}", v=st.book_balance))
    _out(_("  Deposits not yet on the statement:    {v}", v=st.outstanding_deposits))
    _out(_("  Payments not yet on the statement:    {v}", v=st.outstanding_payments))
    _out(_("  Balance on the statement:             {v}", v=st.bank_balance))
    if st.statement_balance is not None:
        _out(_("  Balance the imported lines give:      {v}", v=st.statement_balance))
    _out(_("  Difference:                           {v}", v=st.difference))
    if st.unbooked:
        _out(_("  Statement lines not in the books:     {v}", v=st.unbooked))
    for i in st.items:
        ref = f"K{i.id} {i.reference}" if i.kind != "unbooked" else f"B{i.id}"
        _out(f"    {i.kind}\t{i.date}\t{ref}\t{i.amount}\t{i.description}")
    for b in st.blockers:
        _out("  ! " + b)


def cmd_reconcile(args: argparse.Namespace) -> int:
    from coopdesk.bank import reconcile

    uow = _open(args, login=not args.dry_run)
    balance = _money(args.balance, _currency(uow), "balance")
    with _naming_options():
        st = reconcile.state(uow, args.account, args.date, balance)
        _print_state(st)
        if args.dry_run:
            return 0
        if not st.can_finish:
            _out(_("Not finished: the reconciliation does not balance yet."))
            return 1
        rec = reconcile.finish(uow, args.account, args.date, balance)
    _out(_("Reconciliation {id} finished and its lines locked.", id=rec))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from coopdesk.bank import reconcile

    for h in reconcile.history(_open(args, login=False), args.account):
        status = _("done") if h.status == "done" else _("reopened by {user}: {reason}",
                                                        user=h.reopened_by,
                                                        reason=h.reopen_reason)
        _out(f"{h.id}\t{h.account}\t{h.statement_date}\t{h.bank_balance}\t{h.book_balance}"
             f"\t{status}\t{h.done_by}")
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from coopdesk.bank import reconcile

    with _naming_options():
        reconcile.reopen(_open(args), args.id, args.reason)
    _out(_("Reconciliation {id} reopened.", id=args.id))
    return 0


def report(uow: UnitOfWork, account: str | None, day: Any) -> Any:
    """The document of ``coopdesk report bank-reconciliation``."""
    from coopdesk.bank.reports import for_account

    if not account:
        raise ValidationError(_("The bank reconciliation report needs the bank account: "
                                "--account CODE."), "account")
    return for_account(uow, account, day)


# ---- parser ------------------------------------------------------------------------------------

def add_commands(sub: Any, cmd: Cmd) -> None:
    """Add ``coopdesk bank VERB`` to the parser."""
    from coopdesk.bank.services import KINDS

    bk = cmd(sub, "bank", lambda a: 2, _("bank and mobile-money accounts: statements, "
                                         "matching, reconciliation")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")
    cmd(bk, "accounts", cmd_accounts, _("list the accounts, one a line, the code first"))
    x = cmd(bk, "add", cmd_add, _("add a bank or mobile-money account"))
    x.add_argument("code")
    x.add_argument("--name", required=True)
    x.add_argument("--kind", required=True, choices=list(KINDS))
    x.add_argument("--ledger", required=True, help=_("the ledger account that holds its money"))
    x.add_argument("--institution")
    x.add_argument("--number", help=_("the account number, IBAN or phone"))
    x.add_argument("--mapping", help=_("the saved mapping its CSV/Excel files are read with"))
    x.add_argument("--since", type=_date,
                   help=_("the first day of its statements; earlier book lines count as agreed"))

    mp = cmd(bk, "mapping", lambda a: 2, _("saved ways to read a bank's CSV or Excel files")
             ).add_subparsers(dest="verb2", required=True, metavar="VERB")
    cmd(mp, "list", cmd_mapping, _("list the saved mappings"))
    x = cmd(mp, "show", cmd_mapping, _("show a mapping as JSON"))
    x.add_argument("name")
    x = cmd(mp, "save", cmd_mapping, _("save a mapping from a JSON file"))
    x.add_argument("name")
    x.add_argument("file")

    x = cmd(bk, "import", cmd_import, _("import a statement file (OFX, CAMT.053, MT940, CSV, "
                                        "Excel)"))
    x.add_argument("--account", required=True)
    x.add_argument("file")
    x.add_argument("--mapping", help=_("a saved mapping, for CSV and Excel"))
    x.add_argument("--preview", action="store_true", help=_("show the lines, import nothing"))
    x.add_argument("--anyway", action="store_true",
                   help=_("import a statement whose balances do not add up (it is recorded)"))

    x = cmd(bk, "lines", cmd_lines, _("list statement lines (B...) or book lines (K...)"))
    x.add_argument("--account", required=True)
    x.add_argument("--book", action="store_true", help=_("the book lines instead"))
    x.add_argument("--unmatched", action="store_true")
    x.add_argument("--matched", action="store_true")
    x.add_argument("--from", dest="start", type=_date)
    x.add_argument("--to", dest="end", type=_date)

    x = cmd(bk, "match", cmd_match, _("match the statement to the books: prints what was "
                                      "matched, suggested and left"))
    x.add_argument("--account", required=True)
    x.add_argument("--dry-run", action="store_true", help=_("save nothing"))
    for verb, text in (("link", _("match statement lines to book lines by hand")),
                       ("reject", _("refuse a suggested match"))):
        x = cmd(bk, verb, cmd_link, text)
        x.add_argument("--account", required=True)
        x.add_argument("--bank", required=True, help=_("statement lines, like B12,B13"))
        x.add_argument("--book", required=True, help=_("book lines, like K40"))
    x = cmd(bk, "unlink", cmd_unlink, _("undo a match"))
    x.add_argument("--account", required=True)
    x.add_argument("match", type=int)
    x.add_argument("--reject", action="store_true", help=_("never propose it again"))
    x = cmd(bk, "book", cmd_book, _("post the entry a statement line needs, and match it"))
    x.add_argument("--account", required=True)
    x.add_argument("line", help=_("the statement line, like B12"))
    x.add_argument("--to", required=True, help=_("the ledger account of the other side"))
    x.add_argument("--member", type=int)
    x.add_argument("--description")
    x = cmd(bk, "post-rules", cmd_post_rules, _("post the entries the rules propose"))
    x.add_argument("--account", required=True)

    ru = cmd(bk, "rules", lambda a: 2, _("rules that make entries for charges, interest, fees")
             ).add_subparsers(dest="verb2", required=True, metavar="VERB")
    cmd(ru, "list", cmd_rules, _("list the rules in order"))
    x = cmd(ru, "add", cmd_rules, _("add a rule at the end"))
    x.add_argument("name")
    x.add_argument("--to", required=True, help=_("the ledger account the lines go to"))
    x.add_argument("--contains")
    x.add_argument("--regex")
    x.add_argument("--min")
    x.add_argument("--max")
    x.add_argument("--account", help=_("only this bank account's lines"))
    x.add_argument("--member", type=int)
    x.add_argument("--fee", help=_("the share that is a fee, like 1.5%%"))
    x.add_argument("--fee-account", dest="fee_account")
    x = cmd(ru, "delete", cmd_rules, _("delete a rule"))
    x.add_argument("id", type=int)
    cmd(ru, "suggest", cmd_rules, _("rules suggested from the entries made by hand"))

    x = cmd(bk, "reconcile", cmd_reconcile, _("reconcile at a statement date; finishes it when "
                                              "the books and the bank agree"))
    x.add_argument("--account", required=True)
    x.add_argument("--date", required=True, type=_date)
    x.add_argument("--balance", required=True, help=_("the statement's closing balance"))
    x.add_argument("--dry-run", action="store_true", help=_("show it, save nothing"))
    x = cmd(bk, "reconciliations", cmd_history, _("list the reconciliations, latest first"))
    x.add_argument("--account")
    x = cmd(bk, "reopen", cmd_reopen, _("reopen the latest reconciliation of an account"))
    x.add_argument("id", type=int)
    x.add_argument("--reason", required=True)
