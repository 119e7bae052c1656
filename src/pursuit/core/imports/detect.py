"""Which kind of contacts file this is, from its content (never its name)."""

from __future__ import annotations

import csv
import re

from pursuit.core.errors import BadInput
from pursuit.core.imports import google, linkedin
from pursuit.core.imports.csvfile import find_header, rows_with_lines, sniff_delimiter

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
    delimiter = sniff_delimiter(head, is_contacts_header)
    header = find_header(head, delimiter, is_contacts_header)
    if header is not None:
        if linkedin.is_header(header[1]):
            return "linkedin"
        if google.is_header(header[1]):
            return "google"
    columns = _first_row(head, delimiter)
    if columns and len(columns) > 1:
        shown = ", ".join(c for c in columns[:6] if c)
        raise BadInput(f"this CSV file is not a contacts export: its columns ({shown}) are "
                       "not those of LinkedIn's Connections.csv or a Google Contacts CSV",
                       where=where)
    raise BadInput("this is not a contacts file: expected LinkedIn's Connections.csv, a "
                   "Google Contacts CSV, vCards (.vcf) or a Pursuit backup (.json)", where=where)


def is_contacts_header(names: list[str]) -> bool:
    return linkedin.is_header(names) or google.is_header(names)


def _first_row(head: str, delimiter: str) -> list[str]:
    try:
        for _, row in rows_with_lines(head, delimiter):
            if any(c.strip() for c in row):
                return [c.strip() for c in row]
    except csv.Error:
        return []
    return []
