"""LinkedIn's Connections.csv, with or without the `Notes:` preamble LinkedIn puts on top."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from pursuit.core.errors import BadInput
from pursuit.core.imports.csvfile import CsvTable, open_table
from pursuit.core.imports.model import ContactRecord, EmailRecord, ImportWarning, ParsedFile

COLUMNS = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
           "Connected On")
_MONTHS = {m: n for n, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")


def is_header(names: list[str]) -> bool:
    present = set(names)
    return {"First Name", "Last Name"} <= present and bool(
        present & {"Connected On", "Position"})


def open_linkedin(text: str, *, where: str) -> CsvTable | None:
    return open_table(text, where=where, is_header=is_header)


@lru_cache(maxsize=4096)  # a network has a few thousand distinct days, not one per row
def parse_connected_on(text: str) -> date | None:
    """`04 Mar 2024` (LinkedIn's form), ISO dates, or US `3/4/2024`; None when unreadable."""
    value = text.strip()
    try:
        if found := _DAY_MONTH_YEAR.match(value):
            month = _MONTHS.get(found[2].casefold())
            return date(int(found[3]), month, int(found[1])) if month else None
        if found := _ISO.match(value):
            return date(int(found[1]), int(found[2]), int(found[3]))
        if found := _US.match(value):
            year = int(found[3]) + (2000 if len(found[3]) == 2 else 0)
            return date(year, int(found[1]), int(found[2]))
    except ValueError:
        return None
    return None


def parse_linkedin(table: CsvTable, *, where: str) -> ParsedFile:
    index = {name: i for i, name in enumerate(table.header)}
    # A missing column (old exports have no URL) reads from a cell that is always empty.
    width = len(table.header)
    columns = [index.get(name, width) for name in COLUMNS]
    c_first, c_last, c_url, c_email, c_company, c_position, c_connected = columns
    records: list[ContactRecord] = []
    skipped: list[ImportWarning] = []
    warnings: list[ImportWarning] = []
    for line, row in table.rows:
        if len(row) <= width:
            row = row + [""] * (width + 1 - len(row))
        first, last, url = row[c_first].strip(" "), row[c_last].strip(" "), row[c_url].strip(" ")
        email, company = row[c_email].strip(" "), row[c_company].strip(" ")
        position, connected = row[c_position].strip(" "), row[c_connected].strip(" ")
        if not (first or last):
            skipped.append(ContactRecord(
                line=line, linkedin=url, company=company,
                emails=(EmailRecord(email),) if email else ()).nameless_warning())
            continue
        connected_on = parse_connected_on(connected) if connected else None
        if connected and connected_on is None:
            warnings.append(ImportWarning(
                line, f"'Connected On' is not a date ({connected!r}); imported without it"))
        records.append(ContactRecord(
            line=line, full_name=f"{first} {last}".strip(), first=first, last=last,
            company=company, title=position, linkedin=url,
            emails=(EmailRecord(email, "other"),) if email else (),
            connected_on=connected_on,
        ))
    if not records and not skipped:
        raise BadInput("this is LinkedIn's header row with no connections below it: there is "
                       "nothing to import", where=f"{where}:{table.header_line}")
    return ParsedFile("linkedin", tuple(records), tuple(skipped), tuple(warnings),
                      delimiter=table.delimiter)
