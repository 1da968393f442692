#!/usr/bin/env python3
"""Keep the Qt Linguist files in ``resources/i18n/`` in step with the source, and build them.

    python tools/i18n.py update   # extract strings, add new ones as unfinished, drop gone ones
    python tools/i18n.py build    # compile .ts -> .qm with pyside6-lrelease
    python tools/i18n.py check    # fail if a Spanish or French string is missing/unfinished,
                                  # or a translation lost a {placeholder}

Strings are found with ``ast``: ``self.tr("...")`` (context: the enclosing class),
``QCoreApplication.translate("Context", "...")``, and in the Qt-free layers ``_("...")`` and
``N_("...")`` (context ``coopdesk``). The .ts files are generated: translators fill the
``<translation>`` elements, nobody edits the rest by hand.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "coopdesk"
I18N = ROOT / "resources" / "i18n"
LANGS = ("es", "fr", "sw")
REQUIRED = ("es", "fr")
CORE_CONTEXT = "coopdesk"
_PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*(?:[:!][^{}]*)?\}")

Messages = dict[str, dict[str, None]]  # context -> ordered set of sources


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, out: Messages) -> None:
        self.out = out
        self.classes: list[str] = []

    def add(self, context: str, text: str | None) -> None:
        if text:
            self.out.setdefault(context, {})[text] = None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if isinstance(f, ast.Name) and f.id in ("_", "N_") and node.args:
            self.add(CORE_CONTEXT, _literal(node.args[0]))
        elif isinstance(f, ast.Attribute) and f.attr == "tr" and node.args and self.classes:
            self.add(self.classes[-1], _literal(node.args[0]))
        elif ((isinstance(f, ast.Attribute) and f.attr == "translate") or (
                isinstance(f, ast.Name) and f.id == "translate")) and len(node.args) >= 2:
            ctx, text = _literal(node.args[0]), _literal(node.args[1])
            if ctx:
                self.add(ctx, text)
        self.generic_visit(node)


def extract() -> Messages:
    out: Messages = {}
    for path in sorted(SOURCE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        _Visitor(out).visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return out


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type) of an existing file."""
    if not path.exists():
        return {}
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            found[(name, msg.findtext("source") or "")] = (
                (tr.text or "") if tr is not None else "", tr.get("type") if tr is not None
                else "unfinished")
    return found


def write_ts(path: Path, lang: str, messages: Messages) -> tuple[int, int]:
    old = read_ts(path)
    # A string moved to another class keeps its translation: the same source text already
    # translated in any context is taken over (identical words, identical meaning here).
    same_text = {src: text for (_ctx, src), (text, kind) in old.items()
                 if text and kind not in ("unfinished", "obsolete", "vanished")}
    root = ET.Element("TS", version="2.1", language=lang)
    done = todo = 0
    for context in sorted(messages):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = context
        for source in messages[context]:
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = source
            text, kind = old.get((context, source), ("", "unfinished"))
            if kind == "unfinished" and not text and source in same_text:
                text, kind = same_text[source], None
            t = ET.SubElement(m, "translation")
            if text and kind not in ("unfinished", "obsolete", "vanished"):
                t.text = text
                done += 1
            else:
                t.set("type", "unfinished")
                if text:
                    t.text = text
                todo += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return done, todo


def update() -> int:
    messages = extract()
    I18N.mkdir(parents=True, exist_ok=True)
    total = sum(len(v) for v in messages.values())
    for lang in LANGS:
        done, todo = write_ts(I18N / f"coopdesk_{lang}.ts", lang, messages)
        print(f"{lang}: {done}/{total} translated, {todo} to do")
    return 0


def lrelease() -> str:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return exe


def build() -> int:
    for ts in sorted(I18N.glob("coopdesk_*.ts")):
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
    print(f"built {len(list(I18N.glob('coopdesk_*.qm')))} .qm files in {I18N}")
    return 0


def problems() -> list[str]:
    """What keeps the Spanish and French translations from being complete and correct."""
    messages = extract()
    out: list[str] = []
    for lang in LANGS:
        path = I18N / f"coopdesk_{lang}.ts"
        existing = read_ts(path)
        for context, sources in messages.items():
            for source in sources:
                text, kind = existing.get((context, source), ("", "missing"))
                if lang in REQUIRED and (kind is not None or not text):
                    out.append(f"{path.name}: [{context}] {source!r} is {kind or 'empty'}")
                    continue
                if text and kind is None and sorted(_PLACEHOLDER.findall(text)) != sorted(
                        _PLACEHOLDER.findall(source)):
                    out.append(f"{path.name}: [{context}] {source!r}: the translation's "
                               f"placeholders differ: {text!r}")
    return out


def check() -> int:
    found = problems()
    for line in found[:200]:
        print(line)
    if found:
        print(f"{len(found)} translation problem(s); run 'python tools/i18n.py update' and "
              "translate the unfinished strings.")
        return 1
    print("translations complete for " + ", ".join(REQUIRED))
    return 0


if __name__ == "__main__":
    verb = sys.argv[1] if len(sys.argv) > 1 else "update"
    raise SystemExit({"update": update, "build": build, "check": check}[verb]())
