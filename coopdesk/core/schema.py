"""Every table of every domain on one ``MetaData``, for Alembic and for backups.

The core cannot import the domains by name in its own modules (the arrows point down), so the
domains' model modules are imported here, the one place that gathers the whole schema. The
modules that hook one domain into another (the ledger posting the register's share operations,
production registering its report) are imported here too, so every open cooperative has them.
"""

from __future__ import annotations

import importlib

from coopdesk.core.models import Base

DOMAIN_MODELS = ("coopdesk.members.models", "coopdesk.members.services",
                 "coopdesk.members.shares", "coopdesk.ledger.models",
                 "coopdesk.ledger.services", "coopdesk.ledger.share_postings",
                 "coopdesk.production.models", "coopdesk.production.services",
                 "coopdesk.production.queries", "coopdesk.sharing.models",
                 "coopdesk.sharing.services", "coopdesk.bank.models",
                 "coopdesk.bank.services", "coopdesk.governance.models",
                 "coopdesk.governance.services", "coopdesk.governance.elections",
                 "coopdesk.governance.officers", "coopdesk.governance.meetings",
                 "coopdesk.governance.grievances", "coopdesk.plans.models")

for _name in DOMAIN_MODELS:
    importlib.import_module(_name)

metadata = Base.metadata
