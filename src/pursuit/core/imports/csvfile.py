"""Reading a CSV file row by row with the physical line each row starts on."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from pursuit.core.errors import BadInput

csv.field_size_limit(16 * 1024 * 1024)  # a Google "Photo" or "Notes" cell can be long
_HEADER_SEARCH = 40  # a preamble (LinkedIn's "Notes:") is a few lines; a header is near the top


@dataclass(frozen=True, slots=True)
class CsvTable:
    header: list[str]
    header_line: int
    rows: Iterator[tuple[int, list[str]]]  # (first physical line, cells), blank rows left out


def rows_with_lines(text: str) -> Iterator[tuple[int, list[str]]]:
    """Every row with the 1-based physical line it starts on (a quoted cell may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    previous_end = 0
    for row in reader:
        start = previous_end + 1
        previous_end = reader.line_num
        yield start, row


def cell(value: str) -> str:
    """A cell's text: spaces around it go, a leading tab or "=" stays (stored verbatim)."""
    return value.strip(" ")


def open_table(text: str, *, where: str, is_header: object) -> CsvTable | None:
    """The table whose header row `is_header(cells)` accepts, or None when none is near the top.

    Rows before the header (a preamble) are skipped but still counted for line numbers.
    """
    rows = rows_with_lines(text)
    try:
        for _ in range(_HEADER_SEARCH):
            line, row = next(rows)
            names = [cell(c).lstrip("\ufeff") for c in row]
            if is_header(names):  # type: ignore[operator]
                return CsvTable(names, line, _checked(rows, text, len(names), where))
    except StopIteration:
        return None
    except csv.Error as exc:
        raise BadInput(f"this is not a readable CSV file ({exc})", where=where) from None
    return None


def _checked(rows: Iterator[tuple[int, list[str]]], text: str, width: int,
             where: str) -> Iterator[tuple[int, list[str]]]:
    ends_cleanly = text.endswith(("\n", "\r"))
    # A file cut in the middle of a quoted cell leaves an odd number of quote characters.
    open_quote = not ends_cleanly and text.count('"') % 2 == 1
    try:
        previous: tuple[int, list[str]] | None = None
        for line, row in rows:
            if previous is not None:
                yield previous
            previous = (line, row) if any(c.strip() for c in row) else None
        if previous is not None:
            line, row = previous
            if open_quote or (not ends_cleanly and len(row) < width):
                raise BadInput("the file ends in the middle of this row: it looks truncated; "
                               "export it again", where=f"{where}:{line}")
            yield previous
    except csv.Error as exc:
        raise BadInput(f"this is not a readable CSV file ({exc})", where=where) from None
