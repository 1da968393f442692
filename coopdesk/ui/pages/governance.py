"""The Governance page: meetings and their minutes, elections, the officers, the grievances and
the bylaws, one tab each.

Each tab refreshes itself when the hub announces a write it cares about. The assembly mode and
the voting booth are windows of their own, opened from the meetings and the elections tabs.
"""

from __future__ import annotations

from coopdesk.core.i18n import N_, _
from coopdesk.ui.pages.tabbed import TabbedPage

TABS = (
    ("meetings", N_("Meetings"), "coopdesk.ui.pages.gov_meetings:MeetingsTab"),
    ("elections", N_("Elections"), "coopdesk.ui.pages.gov_elections:ElectionsTab"),
    ("officers", N_("Officers"), "coopdesk.ui.pages.gov_officers:OfficersTab"),
    ("grievances", N_("Grievances"), "coopdesk.ui.pages.gov_grievances:GrievancesTab"),
    ("bylaws", N_("Bylaws"), "coopdesk.ui.pages.gov_bylaws:BylawsTab"),
)


class GovernancePage(TabbedPage):
    """Meetings, elections, officers, grievances and bylaws."""

    TABS = TABS
    object_name = "governancePage"
    icon_name = "governance"

    @classmethod
    def title(cls) -> str:
        return _("Governance")
