"""The books: chart of accounts, fiscal years, journal entries, reports."""
