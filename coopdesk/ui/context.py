"""What every page is given: the open cooperative, the hub and the window settings."""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.core.uow import CoopInfo, UnitOfWork
from coopdesk.ui.hub import Hub
from coopdesk.ui.settings import UiSettings


@dataclass
class AppContext:
    uow: UnitOfWork
    hub: Hub
    settings: UiSettings

    def coop(self) -> CoopInfo:
        return self.uow.coop()
