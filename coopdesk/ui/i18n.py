"""The window's language: one ``QTranslator`` for ``resources/i18n/coopdesk_<code>.qm``, and the
core's language (``coopdesk.core.i18n``) set to the same code, so a message raised by a service
reads the same language as the button that caused it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import coopdesk
from coopdesk.core.i18n import LANGUAGES, set_language

I18N_DIR = Path(coopdesk.__file__).resolve().parents[1] / "resources" / "i18n"

log = logging.getLogger("coopdesk")
_installed: QTranslator | None = None


def qm_path(code: str) -> Path:
    return I18N_DIR / f"coopdesk_{code}.qm"


def system_language() -> str:
    """The system locale's language if coopdesk speaks it, else English."""
    code = QLocale.system().name().split("_", 1)[0].lower()
    return code if code in LANGUAGES else "en"


def choose_language(saved: str) -> str:
    """The language saved in the settings, else the system's, else English."""
    return saved if saved in LANGUAGES else system_language()


def install_language(code: str) -> str:
    """Switch the core and the window to ``code`` (unknown codes fall back to English).

    Replaces the previously installed translator; Qt then sends every widget a
    ``LanguageChange`` event. English needs no ``.qm`` (the sources are English); another
    language whose ``.qm`` is missing shows English until it is compiled.
    """
    global _installed
    code = code if code in LANGUAGES else "en"
    set_language(code)
    app = QCoreApplication.instance()
    if app is None:
        return code
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    path = qm_path(code)
    if code != "en" and path.exists():
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed = translator
        else:
            log.warning("could not load the translation %s", path)
    elif code != "en":
        log.warning("no compiled translation %s; showing English", path)
    return code
