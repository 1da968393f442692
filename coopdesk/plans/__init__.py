"""Plans and the formalisation path: the business plan, the action plan and the budget, the
path from registration to licences, the standards' checklists, training and incidents."""
