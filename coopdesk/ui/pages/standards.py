"""The Standards page: progress on CRAFT, Fairmined and Maendeleo with the indicators computed
from the records, each standard's checklist, training sessions and the incident register."""

from __future__ import annotations

from coopdesk.core.i18n import N_, _
from coopdesk.ui.pages.tabbed import TabbedPage

TABS = (
    ("progress", N_("Progress"), "coopdesk.ui.pages.std_progress:ProgressTab"),
    ("checklist", N_("Checklists"), "coopdesk.ui.pages.std_checklist:ChecklistTab"),
    ("training", N_("Training"), "coopdesk.ui.pages.std_training:TrainingTab"),
    ("incidents", N_("Incidents"), "coopdesk.ui.pages.std_incidents:IncidentsTab"),
)


class StandardsPage(TabbedPage):
    """Standards' progress and checklists, training and incidents."""

    TABS = TABS
    object_name = "standardsPage"
    icon_name = "standards"

    @classmethod
    def title(cls) -> str:
        return _("Standards")
