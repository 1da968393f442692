"""Translations for the Qt-free layers.

The project keeps one set of Qt Linguist ``.ts`` files in ``resources/i18n/``. The window loads
their compiled ``.qm`` through ``QTranslator``; the core, the CLI and the reports read the same
``.ts`` files directly here, so a message raised by a service reads the same in a dialog and in a
terminal. Strings of the core are marked ``_("...")`` and live in the ``coopdesk`` context;
``tools/i18n.py`` extracts them with the window's ``self.tr("...")`` strings.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

CONTEXT = "coopdesk"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "sw": "Kiswahili",
}
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"

_current = "en"


def set_language(code: str) -> None:
    """Choose the language of every message the core produces from now on."""
    global _current
    _current = code if code in LANGUAGES else "en"


def language() -> str:
    return _current


@functools.cache
def catalog(code: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for one language; finished translations only."""
    path = I18N_DIR / f"coopdesk_{code}.ts"
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if src is None or tr is None or tr.get("type") in (
                    "unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                out[(name, src)] = tr.text
    return out


def translate(context: str, text: str) -> str:
    if _current == "en":
        return text
    return catalog(_current).get((context, text), text)


def _(text: str, /, **params: object) -> str:
    """Translate a core message and fill its ``{named}`` parameters."""
    out = translate(CONTEXT, text)
    return out.format(**params) if params else out


def N_(text: str) -> str:
    """Mark a string for extraction without translating it now (translated where shown)."""
    return text
