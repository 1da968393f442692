"""Benefit sharing from a terminal, on SQLite and PostgreSQL: a preset policy, a draft, its
preview, approval, posting, payout, the payout sheet, "why this amount" and the unclaimed list;
bad input gets a message naming the option, a non-zero exit code, and writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from coopdesk.cli import main
from coopdesk.core import audit, files
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries as books
from coopdesk.sharing import queries as sq
from tests.test_sharing_reports import build_coop, look


@pytest.fixture
def coop(admin: UnitOfWork, target: str,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[UnitOfWork]:
    """The cooperative of the sharing reports' tests; each command opens it as the terminal
    would (the databases a command opened are closed after the test, as the process exit
    closes them for a real command)."""
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
    yield build_coop(admin)
    for o in opened:
        o.db.dispose()


def share(*args: str) -> int:
    return main(["--lang", "en", "share", *args])


def out(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out


def head(uow: UnitOfWork) -> tuple[int, str]:
    with uow.read() as s:
        return audit.head(s)


def test_from_preset_to_payout(coop: UnitOfWork, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert share("policy", "preset", "ohada", "--name", "ohada-2026") == 0
    assert "Policy ohada-2026 saved" in out(capsys)
    assert share("policy", "list") == 0
    names = [line.split("\t")[0] for line in out(capsys).splitlines()]
    assert names == ["colombia", "ohada-2026"]
    assert share("policy", "show", "ohada-2026") == 0
    text = out(capsys)
    assert "until it reaches 50 % of the paid-up capital" in text and "capped at 5 %" in text

    assert share("new", "--title", "Excedentes 2025", "--source", "surplus", "--policy",
                 "colombia", "--year", "2025") == 0
    assert "Distribution 1 computed as a draft" in out(capsys)
    assert share("list") == 0
    assert out(capsys).startswith("1\tDraft\tExcedentes 2025\t")
    assert share("preview", "1") == 0
    text = out(capsys)
    assert "Statutory reserve (20 %" in text and "5 eligible, 1 excluded" in text
    assert "3\tEva Huanca\t" in text and "paid to Ana Huanca" in text
    xlsx = tmp_path / "preview.xlsx"
    assert share("preview", "1", "-o", str(xlsx)) == 0
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    amounts = [r[6] for r in wb["Members"].iter_rows(min_row=3, values_only=True)
               if r and isinstance(r[0], int)]
    assert len(amounts) == 6 and all(isinstance(a, int | float) for a in amounts)
    assert round(sum(a for a in amounts if isinstance(a, int | float)), 2) == float(
        sq.detail(coop, 1).row.shared)
    assert share("preview", "1", "--format", "pdf", "-o", str(tmp_path / "preview.pdf")) == 0

    assert share("approve", "1", "--date", "2026-03-01", "--resolution", "AGO-2026 res. 4") == 0
    assert "approved on 2026-03-01" in out(capsys)
    assert share("post", "1", "--date", "2026-03-02") == 0
    assert "Distribution 1 posted: entry 1 of 2026." in out(capsys)
    assert share("pay", "1", "--via", "cash", "--member", "1", "--date", "2026-03-05",
                 "--reference", "Caja 12") == 0
    assert "Paid 1 member(s)" in out(capsys)
    assert books.member_balance(coop, 1, "2620") == 0

    sheet = tmp_path / "sheet.pdf"
    assert share("payout-sheet", "1", "-o", str(sheet)) == 0
    pages = look(sheet, tmp_path)
    assert len(pages) == 1
    assert share("payout-sheet", "1", "--via", "bank", "--all", "-o",
                 str(tmp_path / "bank.pdf")) == 0
    assert share("pay", "1", "--via", "bank", "--date", "2026-03-05") == 0
    assert "Paid 1 member(s)" in out(capsys)
    assert sq.runs(coop)[0].unpaid == 3

    assert share("explain", "3") == 0  # the latest posted run
    text = out(capsys)
    assert "distribution 1: Excedentes 2025" in text and "Ana Huanca" in text
    assert "Amount received: " in text
    why = tmp_path / "why.pdf"
    assert share("explain", "3", "--run", "1", "-o", str(why)) == 0
    look(why, tmp_path)

    assert share("unclaimed", "1", "--on", "2026-03-10") == 0
    assert "Nothing is unclaimed" in out(capsys)
    assert share("unclaimed", "1", "--on", "2026-09-01") == 0
    lines = out(capsys).splitlines()
    assert [ln.split("\t")[0] for ln in lines[:-1]] == ["3", "5", "6"]
    assert lines[-1].startswith("3 member(s) have not collected")
    assert share("unclaimed", "1", "--on", "2026-09-01", "-o", str(tmp_path / "u.pdf")) == 0
    with coop.read() as s:
        assert audit.verify(s).ok


def test_a_decided_amount_recomputed_and_deleted(coop: UnitOfWork,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert share("new", "--title", "Prima", "--source", "decided", "--policy", "colombia",
                 "--amount", "1.000,50", "--from", "2025-01-01", "--to", "2025-12-31") == 0
    assert "Distribution 1 computed as a draft: 500.25 COP" in out(capsys)
    assert sq.detail(coop, 1).row.amount == Decimal("1000.50")
    assert share("recompute", "1") == 0
    assert "computed again" in out(capsys)
    assert share("delete", "1") == 0
    assert share("list") == 0
    assert "No distribution yet" in out(capsys)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_bad_input_says_which_option_and_writes_nothing(
        coop: UnitOfWork, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert share("new", "--title", "E", "--source", "surplus", "--policy", "colombia",
                 "--year", "2025") == 0
    assert share("approve", "1", "--date", "2026-03-01", "--resolution", "r. 4") == 0
    assert share("post", "1", "--date", "2026-03-02") == 0
    assert share("pay", "1", "--via", "cash", "--member", "1", "--date", "2026-03-05") == 0
    capsys.readouterr()
    before = head(coop)
    outdir = tmp_path / "out"
    outdir.mkdir()
    pdf = outdir / "x.pdf"

    def err() -> str:
        return capsys.readouterr().err

    # an unknown run
    for verb in (["preview", "9"], ["post", "9", "--date", "2026-03-02"],
                 ["payout-sheet", "9", "-o", str(pdf)], ["unclaimed", "9"],
                 ["explain", "1", "--run", "9", "-o", str(pdf)],
                 ["approve", "9", "--resolution", "x"]):
        assert share(*verb) == 1, verb
        assert "There is no distribution number 9." in err()
    assert head(coop) == before
    # the resolution is missing
    assert share("new", "--title", "D", "--source", "decided", "--policy", "colombia",
                 "--amount", "100", "--from", "2025-01-01", "--to", "2025-12-31") == 0
    capsys.readouterr()
    before = head(coop)
    assert share("approve", "2", "--date", "2026-03-01") == 2
    assert "--resolution: give the reference of the assembly's resolution" in err()
    assert share("approve", "2", "--date", "2026-03-01", "--resolution", "  ") == 2
    # a bad date, said by the parser with the option
    with pytest.raises(SystemExit) as exc:
        share("post", "1", "--date", "2026-13-01")
    assert exc.value.code == 2
    assert "argument --date: '2026-13-01' is not a date; write YYYY-MM-DD." in err()
    # paying a member twice, or one who receives nothing
    assert share("pay", "1", "--via", "cash", "--member", "1", "--date", "2026-03-05") == 1
    assert "--member: Member 1 has already been paid." in err()
    assert share("pay", "1", "--via", "cash", "--member", "4", "2", "--date",
                 "2026-03-05") == 1
    assert "--member: Member 4 receives nothing from distribution 1." in err()
    # paying before posting, posting a draft, approving too early
    assert share("pay", "2", "--via", "cash", "--date", "2026-03-05") == 1
    assert "Post the distribution before paying it out." in err()
    assert share("post", "2", "--date", "2026-03-02") == 1
    assert "Only an approved distribution can be posted." in err()
    # the options of a new run
    assert share("new", "--title", "X", "--source", "surplus", "--policy", "colombia") == 2
    assert "--year: say which closed year's surplus is shared." in err()
    assert share("new", "--title", "X", "--source", "surplus", "--policy", "colombia",
                 "--year", "2026") == 1
    assert "--year: The year 2026 is not closed yet" in err()
    assert share("new", "--title", "X", "--source", "premium", "--policy", "colombia",
                 "--amount", "doce", "--from", "2025-01-01", "--to", "2025-12-31") == 1
    assert "--amount:" in err()
    assert share("new", "--title", "X", "--source", "premium", "--policy", "colombia") == 2
    assert "--amount: say the amount to share" in err()
    assert share("new", "--title", "X", "--source", "decided", "--policy", "colombia",
                 "--amount", "5", "--from", "2025-01-01") == 2
    assert "--from and --to go together" in err()
    assert share("new", "--title", "X", "--source", "decided", "--policy", "nada",
                 "--amount", "5", "--from", "2025-01-01", "--to", "2025-12-31") == 1
    assert "There is no sharing policy “nada”." in err()
    assert share("explain", "99", "--run", "1") == 1
    assert "Member 99 is not on distribution 1" in err()
    assert share("policy", "show", "nada") == 1
    assert share("preview", "1", "--format", "pdf") == 2
    assert "-o: say the file" in err()
    assert share("preview", "1", "-o", str(outdir / "x.txt")) == 2
    assert share("delete", "1") == 1
    assert "Only a draft can be deleted" in err()
    assert head(coop) == before
    assert not list(outdir.iterdir())
    assert [r.number for r in sq.runs(coop)] == [2, 1]


def test_a_payout_and_then_the_distribution_reversed(coop: UnitOfWork,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    assert share("new", "--title", "E", "--source", "surplus", "--year", "2025",
                 "--policy", "colombia") == 0
    assert share("approve", "1", "--date", "2026-03-01", "--resolution", "res. 4") == 0
    assert share("post", "1", "--date", "2026-03-02") == 0
    assert share("pay", "1", "--date", "2026-03-05", "--via", "cash", "--member", "1") == 0
    out(capsys)
    assert share("payouts", "1") == 0
    listed = out(capsys).splitlines()
    assert len(listed) == 1 and listed[0].startswith("1\t2026-03-05\tcash\t1\t")
    assert share("reverse", "1", "--date", "2026-03-06") == 2  # no reason
    assert share("reverse", "1", "--date", "2026-03-06", "--reason", "wrong") == 1
    assert "Reverse the payouts first" in capsys.readouterr().err
    assert share("reverse", "1", "--payout", "1", "--date", "2026-03-06",
                 "--reason", "not collected") == 0
    assert "1 member(s) are unpaid again" in out(capsys)
    assert share("reverse", "1", "--date", "2026-03-06", "--reason", "wrong") == 0
    assert "Distribution 1 reversed by entry" in out(capsys)
    assert sq.runs(coop)[0].status == "reversed"
