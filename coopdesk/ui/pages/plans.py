"""The Plans page: the business plan, the action plan and the annual budget, one tab each."""

from __future__ import annotations

from coopdesk.core.i18n import N_, _
from coopdesk.ui.pages.tabbed import TabbedPage

TABS = (
    ("business", N_("Business plan"), "coopdesk.ui.pages.plans_business:BusinessPlanTab"),
    ("actions", N_("Action plan"), "coopdesk.ui.pages.plans_actions:ActionPlanTab"),
    ("budget", N_("Budget"), "coopdesk.ui.pages.plans_budget:BudgetTab"),
)


class PlansPage(TabbedPage):
    """The business plan, the action plan and the budget."""

    TABS = TABS
    object_name = "plansPage"
    icon_name = "plans"

    @classmethod
    def title(cls) -> str:
        return _("Plans")
