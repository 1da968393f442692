"""Roles and what each may do. Checked inside every service, not only hidden in the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from coopdesk.core.errors import PermissionDenied
from coopdesk.core.i18n import N_, _


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    PRESIDENT = "president"
    SECRETARY = "secretary"
    TREASURER = "treasurer"
    SUPERVISORY = "supervisory"
    TELLER = "teller"
    TRAINER = "trainer"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: N_("Administrator"),
    Role.PRESIDENT: N_("President"),
    Role.SECRETARY: N_("Secretary"),
    Role.TREASURER: N_("Treasurer"),
    Role.SUPERVISORY: N_("Supervisory committee"),
    Role.TELLER: N_("Teller"),
    Role.TRAINER: N_("Trainer"),
}


class Permission(StrEnum):
    MEMBERS_WRITE = "members.write"          # register, edit, status, census, import
    SHARES_WRITE = "shares.write"            # the share capital register
    USERS_MANAGE = "users.manage"
    SETTINGS_WRITE = "settings.write"
    BACKUP = "file.backup"
    RESTORE = "file.restore"
    LEDGER_SETUP = "ledger.setup"            # chart of accounts, fiscal years
    LEDGER_POST = "ledger.post"              # draft, post and reverse journal entries
    PERIOD_CLOSE = "ledger.close"            # close periods and years
    PRODUCTION_WRITE = "production.write"    # production lots, purchases and sales
    DISTRIBUTE = "sharing.write"             # sharing policies, distributions, payouts, premium
    BANK = "bank.write"                      # bank accounts, statements, matches, reconciliations
    GOVERNANCE = "governance.write"          # bylaws, meetings, elections' set-up and nominations
    ELECTION = "election.run"                # the poll: roll check-off, ballots, close, count, lots
    PLANS = "plans.write"                    # business and action plans, budgets, formalisation,
    #                                          standards' assessments, training and incidents


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.MEMBERS_WRITE: N_("change the member register"),
    Permission.SHARES_WRITE: N_("record share capital operations"),
    Permission.USERS_MANAGE: N_("manage users"),
    Permission.SETTINGS_WRITE: N_("change the cooperative's settings"),
    Permission.BACKUP: N_("make a backup"),
    Permission.RESTORE: N_("restore a backup"),
    Permission.LEDGER_SETUP: N_("set up the chart of accounts and fiscal years"),
    Permission.LEDGER_POST: N_("record journal entries"),
    Permission.PERIOD_CLOSE: N_("close accounting periods"),
    Permission.PRODUCTION_WRITE: N_("record production, purchases and sales"),
    Permission.DISTRIBUTE: N_("prepare, post and pay out benefit distributions"),
    Permission.BANK: N_("import bank statements and reconcile the bank"),
    Permission.GOVERNANCE: N_("change the bylaws and prepare meetings and elections"),
    Permission.ELECTION: N_("run an election's poll and count"),
    Permission.PLANS: N_("write the plans, the budget and the formalisation and standards records"),
}

# Reading is open to every role; this table is about changes. The supervisory committee reads
# everything and changes nothing. A trainer works on the demo cooperative, where they are
# administrator; on a real file a trainer only reads.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.PRESIDENT: frozenset({Permission.MEMBERS_WRITE, Permission.BACKUP,
                               Permission.GOVERNANCE, Permission.ELECTION, Permission.PLANS}),
    Role.SECRETARY: frozenset({Permission.MEMBERS_WRITE, Permission.BACKUP,
                               Permission.PRODUCTION_WRITE, Permission.GOVERNANCE,
                               Permission.ELECTION, Permission.PLANS}),
    Role.TREASURER: frozenset({Permission.SHARES_WRITE, Permission.BACKUP,
                               Permission.LEDGER_SETUP, Permission.LEDGER_POST,
                               Permission.PERIOD_CLOSE, Permission.PRODUCTION_WRITE,
                               Permission.DISTRIBUTE, Permission.BANK, Permission.PLANS}),
    Role.SUPERVISORY: frozenset(),
    Role.TELLER: frozenset({Permission.ELECTION}),
    Role.TRAINER: frozenset(),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a logged-in user, or ``system`` for set-up steps before any user exists."""

    username: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    user_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return any(permission in GRANTS[r] for r in self.roles)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            from coopdesk.core.i18n import translate

            raise PermissionDenied(
                _("{user} may not {action}. Ask an administrator for the right role.",
                  user=self.username,
                  action=translate("coopdesk", PERMISSION_LABELS[permission]))
            )


SYSTEM = Actor("system", frozenset({Role.ADMINISTRATOR}))
