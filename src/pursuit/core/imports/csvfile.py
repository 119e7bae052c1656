"""Reading a CSV file row by row with the physical line each row starts on.

The csv module reads the text itself (`newline=""`), so a quoted cell may hold CR, LF or CRLF
without splitting its row, and every CR, LF or CRLF outside and inside quotes counts as one
physical line for the line numbers of warnings.

Excel saves "CSV" with the list separator of the user's locale (";" in most of Europe), and
"Unicode Text" and Google Sheets' TSV with tabs: the delimiter is found by `sniff_delimiter`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pursuit.core.errors import BadInput

csv.field_size_limit(16 * 1024 * 1024)  # a Google "Photo" or "Notes" cell can be long
FIELD_LIMIT = 16 * 1024 * 1024
_HEADER_SEARCH = 40  # a preamble (LinkedIn's "Notes:") is a few lines; a header is near the top
DELIMITERS = ",;\t|"
_SNIFF_SAMPLE = 32 * 1024
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")

IsHeader = Callable[[list[str]], bool]


@dataclass(frozen=True, slots=True)
class CsvTable:
    header: list[str]
    header_line: int
    rows: Iterator[tuple[int, list[str]]]  # (first physical line, cells), blank rows left out
    delimiter: str = ","


class RowError(csv.Error):
    """A row the csv module cannot read, with the physical line it starts on."""

    def __init__(self, reason: str, line: int) -> None:
        super().__init__(reason)
        self.reason, self.line = reason, line

    def message(self) -> str:
        if "field larger than field limit" in self.reason:
            return (f"a cell of this row holds more than {FIELD_LIMIT // 2**20} MiB of text, "
                    "more than any contacts export: the file is damaged or not a contacts file")
        if "NUL" in self.reason:
            return "this row holds NUL bytes: the file is binary, not a CSV file"
        return f"this row is not readable CSV ({self.reason})"


def rows_with_lines(text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Every row with the 1-based physical line it starts on (a quoted cell may span lines).

    RowError (a csv.Error) names the line of a row the csv module cannot read.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous_end = 0
    while True:
        start = previous_end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise RowError(str(exc), start) from None
        previous_end = reader.line_num
        yield start, row


def cell(value: str) -> str:
    """A cell's text: spaces around it go, a leading tab or "=" stays (stored verbatim)."""
    return value.strip(" ")


def header_names(row: list[str]) -> list[str]:
    return [cell(c).lstrip("\ufeff") for c in row]


def find_header(text: str, delimiter: str, is_header: IsHeader) -> tuple[int, list[str]] | None:
    """The line and names of the first row near the top that `is_header` accepts."""
    try:
        for n, (line, row) in enumerate(rows_with_lines(text, delimiter)):
            if n >= _HEADER_SEARCH:
                break
            names = header_names(row)
            if is_header(names):
                return line, names
    except csv.Error:
        return None
    return None


def sniff_delimiter(text: str, is_header: IsHeader) -> str:
    """The delimiter of a CSV file: `,` `;` tab or `|`.

    `csv.Sniffer` (restricted to those four) reads a sample that starts at the header row, so
    that a preamble (LinkedIn's "Notes:" sentence, full of commas) does not mislead it; its
    answer stands when the header row, split with it, is a header `is_header` knows. Else the
    delimiter the header line holds most of (outside quotes), then any of the four that makes a
    known header; "," when none does (the file is then not a contacts file, and says so).
    """
    sample = text[:_SNIFF_SAMPLE * 4]
    header_at = _header_offset(sample)
    region = sample[header_at:header_at + _SNIFF_SAMPLE]
    candidates: list[str] = []
    try:
        sniffed = csv.Sniffer().sniff(region, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in DELIMITERS and sniffed:
        candidates.append(sniffed)
    header_line = found[0] if (found := _LINE.match(region)) else ""
    counted = _most_common_delimiter(header_line)
    candidates += [counted] if counted else []
    candidates += list(DELIMITERS)
    for delimiter in dict.fromkeys(candidates):
        if find_header(sample, delimiter, is_header) is not None:
            return delimiter
    return candidates[0] if sniffed or counted else ","


def _header_offset(sample: str) -> int:
    """Where the header row starts: the first line, among the first few, naming a name column.

    Only used to aim the sniffer; 0 (the whole sample) when no line does.
    """
    offset = 0
    for n, found in enumerate(_LINE.finditer(sample)):
        line = found[0]
        if n >= _HEADER_SEARCH or not line:
            break
        if "First Name" in line or "Given Name" in line or "Last Name" in line:
            return offset
        offset += len(line)
    return 0


def _most_common_delimiter(line: str) -> str:
    """The delimiter the line holds most often outside double quotes; "" when none."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ""


def open_table(text: str, *, where: str, is_header: IsHeader,
               delimiter: str | None = None) -> CsvTable | None:
    """The table whose header row `is_header(cells)` accepts, or None when none is near the top.

    Rows before the header (a preamble) are skipped but still counted for line numbers. The
    delimiter is sniffed unless given.
    """
    delimiter = delimiter or sniff_delimiter(text, is_header)
    rows = rows_with_lines(text, delimiter)
    try:
        for _ in range(_HEADER_SEARCH):
            line, row = next(rows)
            names = header_names(row)
            if is_header(names):
                return CsvTable(names, line, _checked(rows, text, len(names), where), delimiter)
    except StopIteration:
        return None
    except RowError as exc:
        raise BadInput(exc.message(), where=f"{where}:{exc.line}") from None
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
    except RowError as exc:
        raise BadInput(exc.message(), where=f"{where}:{exc.line}") from None
