"""Governance: bylaws, meetings and elections, and counting the votes of an election."""
