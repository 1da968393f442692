"""The domain never imports Qt: every rule runs headless, from the CLI, a test or a server."""

from __future__ import annotations

import subprocess
import sys


def test_domain_and_cli_import_no_qt() -> None:
    code = (
        "import sys, coopdesk.core.files, coopdesk.core.users, coopdesk.core.audit, "
        "coopdesk.members.services, coopdesk.members.queries, coopdesk.members.shares, "
        "coopdesk.members.importer, coopdesk.members.reports, coopdesk.reports.output, "
        "coopdesk.reports.pdf, coopdesk.reports.xlsx, coopdesk.demo.generator, coopdesk.cli, "
        "coopdesk.sharing.services, coopdesk.sharing.queries, coopdesk.sharing.explain, "
        "coopdesk.sharing.premium, coopdesk.sharing.reports, coopdesk.cli_premium, "
        "coopdesk.bank.formats, coopdesk.bank.matching, coopdesk.bank.rules, "
        "coopdesk.bank.services, coopdesk.bank.links, coopdesk.bank.reconcile, "
        "coopdesk.bank.reports, coopdesk.cli_bank, coopdesk.governance.ballots, "
        "coopdesk.cli_governance, coopdesk.cli_bylaws, coopdesk.cli_elections, "
        "coopdesk.cli_meetings, pkgutil, importlib, coopdesk.governance\n"
        "import coopdesk.plans\n"
        "for pkg in (coopdesk.governance, coopdesk.plans):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_register_does_not_know_the_books() -> None:
    """members is the base: the ledger posts the register's events through a hook, and
    production stands on the ledger, never the other way round."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "coopdesk"
    rules = {"members": ("coopdesk.ledger", "coopdesk.production", "coopdesk.sharing",
                         "coopdesk.bank"),
             "ledger": ("coopdesk.production", "coopdesk.sharing", "coopdesk.bank"),
             "production": ("coopdesk.sharing",),
             "governance": ("coopdesk.cli", "coopdesk.ui", "coopdesk.plans"),
             "plans": ("coopdesk.cli", "coopdesk.ui"),
             "core": ("coopdesk.members", "coopdesk.ledger", "coopdesk.production",
                      "coopdesk.sharing", "coopdesk.bank", "coopdesk.governance",
                      "coopdesk.plans")}
    bad = []
    for package, forbidden in rules.items():
        for path in (root / package).rglob("*.py"):
            if package == "core" and path.name == "schema.py":
                continue  # gathers every domain's tables for Alembic, by name
            for node in ast.walk(ast.parse(path.read_text())):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                         [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                bad += [f"{path.name}: {n}" for n in names if n.startswith(forbidden)]
    assert not bad, bad
