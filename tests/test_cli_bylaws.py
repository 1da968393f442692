"""The bylaws from a terminal: the presets listed and installed, the bylaws said in sentences,
exported to JSON, edited and imported back; a file with mistakes is refused with every problem
and its field, malformed JSON names its line, and nothing is written then."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from coopdesk import cli, cli_bylaws
from coopdesk.core import audit, files
from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import services
from coopdesk.governance.bylaws import DecisionType
from coopdesk.governance.presets import COLOMBIA, OHADA
from tests.conftest import add_role_users


@pytest.fixture(autouse=True)
def _bylaws_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """``coopdesk bylaws`` in the parser, until (and after) coopdesk.cli adds it itself."""
    real = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = real()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "bylaws" not in sub.choices:
            def cmd(parent: Any, name: str, handler: cli.Handler,
                    help_text: str) -> argparse.ArgumentParser:
                sp: argparse.ArgumentParser = parent.add_parser(name, help=help_text,
                                                                description=help_text)
                sp.set_defaults(handler=handler)
                return sp

            cli_bylaws.add_commands(sub, cmd)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


@pytest.fixture
def coop(admin: UnitOfWork, target: str, monkeypatch: pytest.MonkeyPatch
         ) -> Iterator[UnitOfWork]:
    monkeypatch.setenv("COOPDESK_PASSWORD", "secret1")
    monkeypatch.setenv("COOPDESK_DB", target)
    monkeypatch.delenv("COOPDESK_LANG", raising=False)
    monkeypatch.delenv("COOPDESK_USER", raising=False)
    opened: list[files.Opened] = []
    real = files.open_cooperative

    def open_and_keep(where: str, **kw: bool) -> files.Opened:
        o = real(where, **kw)
        opened.append(o)
        return o

    monkeypatch.setattr(files, "open_cooperative", open_and_keep)
    yield admin
    for o in opened:
        o.db.dispose()


def bylaws(*args: str) -> int:
    return cli.main(["--lang", "en", "bylaws", *args])


def head(uow: UnitOfWork) -> tuple[int, str]:
    with uow.read() as s:
        return audit.head(s)


def test_presets_are_listed_without_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert bylaws("presets") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["colombia\tColombian cooperative law (Ley 79 de 1988)",
                     "ohada\tOHADA cooperative law (Uniform Act of 2010)"]


def test_preset_show_export_edit_import(coop: UnitOfWork, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert bylaws("show") == 1
    assert "There are no bylaws yet" in capsys.readouterr().err

    assert bylaws("preset", "colombia") == 0
    assert "now the preset colombia" in capsys.readouterr().out
    assert services.current_bylaws(coop) == COLOMBIA
    assert bylaws("show") == 0
    text = capsys.readouterr().out
    assert text.startswith("Bylaws: colombia\n")
    assert ("  Ordinary general assembly: at least half of the members at first call; after 60 "
            "minutes, one tenth, and never fewer than 10.") in text.splitlines()
    assert "  Dissolution: at least two thirds of the members present or represented." in text
    assert "  2. Longer membership" in text

    exported = tmp_path / "bylaws.json"
    assert bylaws("export", str(exported)) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data == COLOMBIA.to_dict()

    data["name"] = "estatutos 2026"
    data["majorities"]["dissolution"]["fraction"] = "3/4"
    data["positions"][0]["seats"] = 7
    data["min_women"] = 2
    exported.write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert bylaws("import", str(exported)) == 0
    assert "estatutos 2026" in capsys.readouterr().out
    now = services.current_bylaws(coop)
    assert now is not None and now.name == "estatutos 2026"
    assert now.majorities[DecisionType.DISSOLUTION].fraction == Fraction(3, 4)
    assert now.positions[0].seats == 7 and now.min_women == 2
    assert bylaws("show") == 0
    text = capsys.readouterr().out
    assert "  Dissolution: at least three quarters of the members present or represented." in text
    assert "  Consejo de Administración: 7 seats, terms of 24 months" in text
    assert "  At least 2 women on the board." in text


def test_a_file_with_mistakes_is_refused_with_every_problem(
        coop: UnitOfWork, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services.install_bylaws_preset(coop, "ohada")
    before = head(coop)
    data: dict[str, Any] = json.loads(json.dumps(OHADA.to_dict()))
    data["quorum"]["extraordinary_assembly"]["second_share"] = "3/4"   # above the first call
    data["positions"][1]["seats"] = 0
    data["tie_break"] = ["earlier_stage", "age"]                       # no lot at the end
    data["proxies"]["max_per_member"] = -1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert bylaws("import", str(bad)) == 1
    err = capsys.readouterr().err
    assert "4 problem(s); nothing was changed" in err
    for field in ("quorum.extraordinary_assembly.second_share", "positions.2.seats",
                  "tie_break", "proxies.max_per_member"):
        assert f"  - {field}: " in err, field
    assert "cannot be higher than at first call" in err
    assert services.current_bylaws(coop) == OHADA
    assert head(coop) == before


def test_malformed_json_names_the_line(coop: UnitOfWork, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "name": "x",\n  "quorum": {,\n}\n', encoding="utf-8")
    assert bylaws("import", str(bad)) == 1
    err = capsys.readouterr().err
    assert "broken.json is not valid JSON: line 3, column 14" in err
    not_bylaws = tmp_path / "list.json"
    not_bylaws.write_text("[1, 2]", encoding="utf-8")
    assert bylaws("import", str(not_bylaws)) == 1
    assert "does not hold bylaws" in capsys.readouterr().err
    damaged = tmp_path / "damaged.json"
    data: dict[str, Any] = json.loads(json.dumps(COLOMBIA.to_dict()))
    data["quorum"]["ordinary_assembly"]["first_share"] = "half"
    damaged.write_text(json.dumps(data), encoding="utf-8")
    assert bylaws("import", str(damaged)) == 1
    assert "The stored bylaws are damaged" in capsys.readouterr().err
    assert bylaws("import", str(tmp_path / "missing.json")) == 1
    assert "missing.json cannot be read" in capsys.readouterr().err
    assert services.current_bylaws(coop) is None


def test_unknown_preset_and_a_role_that_may_not(coop: UnitOfWork, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert bylaws("preset", "peru") == 1
    err = capsys.readouterr().err
    assert "no preset bylaws 'peru'" in err and "colombia, ohada" in err
    add_role_users(coop)
    monkeypatch.setenv("COOPDESK_USER", Role.TELLER.value)
    assert bylaws("preset", "ohada") == 1
    assert "teller may not change the bylaws" in capsys.readouterr().err
    exported = tmp_path / "b.json"
    exported.write_text(json.dumps(OHADA.to_dict()), encoding="utf-8")
    assert bylaws("import", str(exported)) == 1
    assert services.current_bylaws(coop) is None
    monkeypatch.setenv("COOPDESK_USER", Role.SECRETARY.value)
    assert bylaws("import", str(exported)) == 0
    assert services.current_bylaws(coop) == OHADA
    assert bylaws("export", str(tmp_path / "no" / "dir" / "x.json")) == 1
    assert "cannot be written" in capsys.readouterr().err
