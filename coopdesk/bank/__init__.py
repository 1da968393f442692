"""Bank reconciliation: statements, their import, matching them to the books, and rules."""
