"""What every statement reader shares: decoding, one kind of error, line numbers, amounts."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _

ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1")


def fail(message: str, field: str | None = None, line: int | None = None,
         label: str | None = None) -> ValidationError:
    """The one error a broken file gives: where it is, which field, what is wrong.

    ``label`` is how the field is named to the person (``column 'Date'``); ``field`` is what
    :class:`ValidationError` carries for the program.
    """
    shown = label or field
    if line is not None and shown:
        text = _("Line {line}, {field}: {message}", line=line, field=shown, message=message)
    elif line is not None:
        text = _("Line {line}: {message}", line=line, message=message)
    else:
        text = message
    return ValidationError(text, field)


def decode(data: bytes, encoding: str | None = None) -> str:
    """Text of a file: the given encoding, else UTF-8 (with or without BOM), else cp1252."""
    if encoding:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError) as exc:
            raise fail(_("The file cannot be read as {encoding}.", encoding=encoding),
                       "encoding") from exc
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


def tag_lines(text: str, pattern: str) -> list[int]:
    """Line numbers where each match of ``pattern`` starts, in file order."""
    return [line_of(text, m.start()) for m in re.finditer(pattern, text)]


def decimal_of(text: str, field: str, line: int | None) -> Decimal:
    """A plain machine amount (``-12.34``; a lone comma is read as the decimal point)."""
    raw = text.strip().replace(" ", "")
    if "," in raw and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise fail(_("'{value}' is not an amount.", value=text.strip()), field, line) from exc
    if not value.is_finite():
        raise fail(_("'{value}' is not an amount.", value=text.strip()), field, line)
    return value


def iso_date(text: str, field: str, line: int | None) -> date:
    """``YYYY-MM-DD`` or ``YYYYMMDD``, with anything after the day (time, zone) ignored."""
    m = re.match(r"\s*(\d{4})-?(\d{2})-?(\d{2})", text)
    try:
        if m is None:
            raise ValueError(text)
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise fail(_("'{value}' is not a date.", value=text.strip()), field, line) from exc
