"""Benefit sharing from a terminal (being written)."""

from __future__ import annotations

from typing import Any


def add_commands(sub: Any, cmd: Any) -> None:
    """Add this area's commands to the parser."""
