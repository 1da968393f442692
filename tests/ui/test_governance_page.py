"""The Governance page: its five tabs are built when first shown, each for the user's role."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import services
from coopdesk.ui.pages.governance import TABS, GovernancePage
from tests.conftest import add_role_users
from tests.ui.helpers import make_ctx


def test_every_tab_builds_and_the_page_refreshes(qtbot: QtBot, sqlite_admin: UnitOfWork,
                                                 tmp_path: Path) -> None:
    services.install_bylaws_preset(sqlite_admin, "colombia")
    secretary = add_role_users(sqlite_admin)[Role.SECRETARY]
    page = GovernancePage(make_ctx(secretary, tmp_path))
    qtbot.addWidget(page)
    assert GovernancePage.title() == "Governance"
    assert list(page.built) == ["meetings"]           # the others wait until shown
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Meetings", "Elections", "Officers", "Grievances", "Bylaws"]
    for key, _label, path in TABS:
        widget = page.show_tab(key)
        assert type(widget).__name__ == path.rpartition(":")[2]
        assert page.tabs.currentWidget().isAncestorOf(widget)
    page.refresh()
    assert set(page.built) == {key for key, _l, _p in TABS}
