"""The bylaws from a terminal: ``coopdesk bylaws VERB``.

``show`` says the bylaws in force in plain sentences; ``presets`` lists the shipped presets and
``preset NAME`` makes one the bylaws in force; ``export FILE.json`` writes the bylaws as JSON to
edit, and ``import FILE.json`` makes such a file the bylaws in force - refused, with every
problem and the field it concerns, when anything is wrong (nothing is written then). See
:mod:`coopdesk.cli` for exit codes and log-in.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coopdesk.cli import _open, _out
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _

Cmd = Callable[..., argparse.ArgumentParser]


def _no_bylaws() -> ValidationError:
    return ValidationError(_("There are no bylaws yet: 'coopdesk bylaws presets' lists the "
                             "presets, 'coopdesk bylaws preset NAME' installs one."), "bylaws")


def cmd_show(args: argparse.Namespace) -> int:
    from coopdesk.governance.bylaws_text import describe_text
    from coopdesk.governance.services import current_bylaws

    bylaws = current_bylaws(_open(args, login=False))
    if bylaws is None:
        raise _no_bylaws()
    _out(describe_text(bylaws))
    return 0


def cmd_presets(args: argparse.Namespace) -> int:
    from coopdesk.governance.presets import PRESET_LABELS, PRESETS

    for key in PRESETS:
        _out(f"{key}\t{_(PRESET_LABELS[key])}" if key in PRESET_LABELS else key)
    return 0


def cmd_preset(args: argparse.Namespace) -> int:
    from coopdesk.governance.presets import PRESET_LABELS
    from coopdesk.governance.services import install_bylaws_preset

    install_bylaws_preset(_open(args), args.name)
    _out(_("The bylaws in force are now the preset {name} ({label}); 'coopdesk bylaws show' "
           "says them.", name=args.name, label=_(PRESET_LABELS.get(args.name, args.name))))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from coopdesk.governance.services import current_bylaws

    bylaws = current_bylaws(_open(args, login=False))
    if bylaws is None:
        raise _no_bylaws()
    text = json.dumps(bylaws.to_dict(), indent=2, ensure_ascii=False) + "\n"
    try:
        Path(args.file).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ValidationError(_("{file} cannot be written: {error}", file=args.file,
                                error=exc.strerror or str(exc)), "file") from exc
    _out(_("The bylaws {name} were written to {file}.", name=bylaws.name, file=args.file))
    return 0


def read_bylaws_file(path: Path) -> object:
    """The JSON of a bylaws file; refused naming the line and column of malformed JSON."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError(_("{file} cannot be read: {error}", file=str(path),
                                error=exc.strerror or str(exc)), "file") from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(_("{file} is not a text file in UTF-8.", file=str(path)),
                              "file") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(_("{file} is not valid JSON: line {line}, column {column}: "
                                "{error}.", file=str(path), line=exc.lineno, column=exc.colno,
                                error=exc.msg), "file") from exc


def cmd_import(args: argparse.Namespace) -> int:
    from coopdesk.governance.bylaws import Bylaws, check_bylaws
    from coopdesk.governance.services import save_bylaws

    data = read_bylaws_file(Path(args.file))
    if not isinstance(data, dict):
        raise ValidationError(_("{file} does not hold bylaws: an object {{...}} with the rules "
                                "is expected, as 'coopdesk bylaws export' writes.",
                                file=args.file), "file")
    bylaws = Bylaws.from_dict(data)
    problems = check_bylaws(bylaws)
    if problems:
        lines = [_("{file}: {count} problem(s); nothing was changed.", file=args.file,
                   count=len(problems))]
        lines += [f"  - {field}: {message}" for field, message in problems]
        raise ValidationError("\n".join(lines), problems[0][0])
    uow = _open(args)
    save_bylaws(uow, bylaws)
    _out(_("The bylaws {name} from {file} are now in force.", name=bylaws.name,
           file=args.file))
    return 0


def add_commands(sub: Any, cmd: Cmd) -> None:
    """``coopdesk bylaws show|presets|preset|export|import``."""
    bylaws = cmd(sub, "bylaws", lambda a: 2, _("the bylaws: quorum, majorities, notice, the "
                                               "board, ties")).add_subparsers(
        dest="verb", required=True, metavar="VERB")
    cmd(bylaws, "show", cmd_show, _("say the bylaws in force in plain sentences"))
    cmd(bylaws, "presets", cmd_presets, _("list the preset bylaws"))
    x = cmd(bylaws, "preset", cmd_preset, _("make a preset the bylaws in force"))
    x.add_argument("name", help=_("the preset, as 'bylaws presets' lists it"))
    x = cmd(bylaws, "export", cmd_export, _("write the bylaws in force to a JSON file"))
    x.add_argument("file")
    x = cmd(bylaws, "import", cmd_import, _("make the bylaws of a JSON file the bylaws in "
                                             "force (checked first)"))
    x.add_argument("file")
