"""Widget tests: nothing modal may block. A message box that a test did not expect returns
at once (and is recorded, so a test can assert on it); tests patch it further as they need."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    yield seen
