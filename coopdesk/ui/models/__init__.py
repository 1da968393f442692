"""Qt item models over the queries: ordered ids in memory, rows fetched in pages."""
