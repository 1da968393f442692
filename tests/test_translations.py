"""Spanish and French are complete for everything that exists; no translation loses a
{placeholder}. (tools/i18n.py extracts the strings from the source as it is now.)"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from coopdesk.core.i18n import _, catalog, set_language

ROOT = Path(__file__).resolve().parents[1]


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spanish_and_french_are_complete() -> None:
    problems = _tool().problems()
    assert problems == [], "\n".join(problems[:40])


def test_swahili_is_started_and_core_messages_translate() -> None:
    assert len(catalog("sw")) > 100
    set_language("fr")
    assert _("Wrong user name or password.") != "Wrong user name or password."
    set_language("es")
    text = _("There is no member number {number}.", number=7)
    assert "7" in text and text != "There is no member number 7."
