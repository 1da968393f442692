"""The errors a person can cause, typed so that the window and the CLI show them in one place.

Each carries a message already translated into the user's language. Batch checks (imports,
rolls) do not stop at the first problem: they collect :class:`Problem` values and raise one
:class:`BatchInvalid` holding all of them.
"""

from __future__ import annotations

from dataclasses import dataclass


class CoopdeskError(Exception):
    """Base of every error coopdesk expects and explains to a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CoopdeskError):
    """Input that breaks a rule. ``field`` names the field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(CoopdeskError):
    pass


class PermissionDenied(CoopdeskError):
    pass


class AuthenticationFailed(CoopdeskError):
    pass


class FileBusy(CoopdeskError):
    """Another program or window is writing the same cooperative file."""


class FileError(CoopdeskError):
    """The cooperative file cannot be opened, created, backed up or restored."""


class IntegrityBroken(CoopdeskError):
    """The audit chain does not verify: something changed the file outside coopdesk."""


@dataclass(frozen=True)
class Problem:
    """One problem in a batch: the row (1-based, as a spreadsheet shows it), the field, why."""

    row: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        from coopdesk.core.i18n import _

        if self.row is not None and self.field:
            return _("Row {row}, {field}: {message}", row=self.row, field=self.field,
                     message=self.message)
        if self.row is not None:
            return _("Row {row}: {message}", row=self.row, message=self.message)
        return self.message


class BatchInvalid(ValidationError):
    """Several problems found at once; nothing was written."""

    def __init__(self, problems: list[Problem], message: str | None = None) -> None:
        from coopdesk.core.i18n import _

        self.problems = problems
        head = message or _("{count} problem(s) found; nothing was written.", count=len(problems))
        lines = [head, *(f"  - {p}" for p in problems[:50])]
        if len(problems) > 50:
            lines.append(_("  ... and {more} more.", more=len(problems) - 50))
        super().__init__("\n".join(lines))
