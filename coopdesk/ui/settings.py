"""Window state in ``QSettings`` behind a typed wrapper. Cooperative rules live in the
database, not here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.q = settings or QSettings("coopdesk", "coopdesk")

    def _str(self, key: str, default: str = "") -> str:
        v = self.q.value(key, default)
        return str(v) if v is not None else default

    @property
    def language(self) -> str:
        return self._str("language", "")

    @language.setter
    def language(self, code: str) -> None:
        self.q.setValue("language", code)

    @property
    def last_file(self) -> str:
        return self._str("last_file")

    @last_file.setter
    def last_file(self, target: str) -> None:
        self.q.setValue("last_file", target)

    @property
    def recent_files(self) -> list[str]:
        v = self.q.value("recent_files", [])
        if isinstance(v, str):
            return [v]
        return [str(x) for x in v] if isinstance(v, list | tuple) else []

    def add_recent(self, target: str) -> None:
        items = [target, *[x for x in self.recent_files if x != target]][:8]
        self.q.setValue("recent_files", items)
        self.last_file = target

    def geometry(self, name: str) -> QByteArray | None:
        v = self.q.value(f"geometry/{name}")
        return v if isinstance(v, QByteArray) else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self.q.setValue(f"geometry/{name}", data)

    def state(self, name: str) -> QByteArray | None:
        v = self.q.value(f"state/{name}")
        return v if isinstance(v, QByteArray) else None

    def set_state(self, name: str, data: QByteArray) -> None:
        self.q.setValue(f"state/{name}", data)

    def value(self, key: str, default: str = "") -> str:
        return self._str(key, default)

    def set_value(self, key: str, value: str) -> None:
        self.q.setValue(key, value)
