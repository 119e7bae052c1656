"""Which kind of contacts file this is, from its content (never its name)."""

from __future__ import annotations

import re

from pursuit.core.errors import BadInput
from pursuit.core.imports import google, linkedin
from pursuit.core.imports.csvfile import rows_with_lines

FORMATS = ("linkedin", "vcard", "google", "backup")
_VCARD = re.compile(r"^\s*BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)


def detect_format(text: str, *, where: str) -> str:
    """linkedin, vcard, google or backup; BadInput naming what the file seems to be instead."""
    head = text[:65536].lstrip("\ufeff \t\r\n")
    if head.startswith(("{", "[")):
        if '"pursuit-backup"' in text[:4096]:
            return "backup"
        raise BadInput("this is a JSON file but not a Pursuit backup (its \"format\" is not "
                       "\"pursuit-backup\")", where=where)
    if _VCARD.search(head):
        return "vcard"
    if head.startswith("<"):
        raise BadInput("this is an HTML or XML file, not a contacts file", where=where)
    header = _csv_header(head)
    if header is not None:
        if linkedin.is_header(header[1]):
            return "linkedin"
        if google.is_header(header[1]):
            return "google"
    columns = _first_row(head)
    if columns and len(columns) > 1:
        shown = ", ".join(c for c in columns[:6] if c)
        raise BadInput(f"this CSV file is not a contacts export: its columns ({shown}) are "
                       "not those of LinkedIn's Connections.csv or a Google Contacts CSV",
                       where=where)
    raise BadInput("this is not a contacts file: expected LinkedIn's Connections.csv, a "
                   "Google Contacts CSV, vCards (.vcf) or a Pursuit backup (.json)", where=where)


def _csv_header(head: str) -> tuple[int, list[str]] | None:
    import csv

    try:
        for n, (line, row) in enumerate(rows_with_lines(head)):
            names = [c.strip().lstrip("\ufeff") for c in row]
            if linkedin.is_header(names) or google.is_header(names):
                return line, names
            if n > 40:
                break
    except csv.Error:
        return None
    return None


def _first_row(head: str) -> list[str]:
    import csv

    try:
        for _, row in rows_with_lines(head):
            if any(c.strip() for c in row):
                return [c.strip() for c in row]
    except csv.Error:
        return []
    return []
