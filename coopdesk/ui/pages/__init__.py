"""The page registry: the areas of the navigation rail, in order, as ``module:Class`` paths.

Only areas that work are listed. A page class takes ``(ctx: AppContext, parent=None)``, has a
translated ``title()`` classmethod, a ``refresh()`` method and an ``icon_name`` (the rail falls
back to the key); a page may have a ``status_message = Signal(str)`` whose lines the window shows
in its status bar. Modules are imported when the window is built, not when this package is.

A listed module that is not installed at all is left out (so the window can be built while an
area is still being written); any other import error — a module that exists but fails — is
raised, never hidden.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coopdesk.ui.context import AppContext

log = logging.getLogger("coopdesk")

PAGES: list[tuple[str, str]] = [
    ("dashboard", "coopdesk.ui.pages.dashboard:DashboardPage"),
    ("members", "coopdesk.ui.pages.members:MembersPage"),
    ("books", "coopdesk.ui.pages.books:BooksPage"),
    ("bank", "coopdesk.ui.pages.bank:BankPage"),
    ("production", "coopdesk.ui.pages.production:ProductionPage"),
    ("sharing", "coopdesk.ui.pages.sharing:SharingPage"),
    ("governance", "coopdesk.ui.pages.governance:GovernancePage"),
    ("plans", "coopdesk.ui.pages.plans:PlansPage"),
    ("formalisation", "coopdesk.ui.pages.formalisation:FormalisationPage"),
    ("standards", "coopdesk.ui.pages.standards:StandardsPage"),
    ("reports", "coopdesk.ui.pages.reports:ReportsPage"),
    ("settings", "coopdesk.ui.pages.settings_page:SettingsPage"),
]


class PageClass(Protocol):
    """What the window needs of a page class."""

    def __call__(self, ctx: AppContext, parent: QWidget | None = None) -> QWidget: ...

    def title(self) -> str: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    cls: PageClass
    icon_name: str

    def title(self) -> str:
        return self.cls.title()


def _module_exists(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def load_page(path: str) -> PageClass:
    """Import ``module:Class`` and return the class; import errors propagate."""
    module, _sep, name = path.partition(":")
    return cast(PageClass, getattr(importlib.import_module(module), name))


def load_pages(pages: list[tuple[str, str]] | None = None) -> list[PageSpec]:
    out: list[PageSpec] = []
    for key, path in PAGES if pages is None else pages:
        module = path.partition(":")[0]
        if not _module_exists(module):
            log.warning("page %s is not installed (%s); left out of the rail", key, module)
            continue
        cls = load_page(path)
        out.append(PageSpec(key, cls, str(getattr(cls, "icon_name", key))))
    return out
