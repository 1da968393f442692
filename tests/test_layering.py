"""The domain never imports Qt: every rule runs headless, from the CLI, a test or a server."""

from __future__ import annotations

import subprocess
import sys


def test_domain_and_cli_import_no_qt() -> None:
    code = (
        "import sys, coopdesk.core.files, coopdesk.core.users, coopdesk.core.audit, "
        "coopdesk.members.services, coopdesk.members.queries, coopdesk.members.shares, "
        "coopdesk.members.importer, coopdesk.members.reports, coopdesk.reports.output, "
        "coopdesk.reports.pdf, coopdesk.reports.xlsx, coopdesk.demo.generator, coopdesk.cli\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
