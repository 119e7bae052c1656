#!/usr/bin/env python3
"""Writes the evaluation files under files/ and expected.json (run it from anywhere).

Every file is written in binary so that its bytes (BOM, CR/LF/CRLF, UTF-16, Windows-1252)
are exactly as stated. The expectations are written by hand next to each file's rows: each
row (or vCard) carries the key of the contact it should end up in, or SKIP when the import
must skip it. Counts and physical line numbers are derived from those tags, nothing else:
created = distinct keys, skipped = SKIP rows, merged = the remaining rows.
"""

from __future__ import annotations

import base64
import io
import json
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SKIP = "SKIP"

Row = tuple[list[str], str]
Contact = dict[str, Any]

ENTRIES: list[dict[str, Any]] = []
NEAR: list[dict[str, Any]] = []

_NEWLINE = re.compile(r"\r\n|\r|\n")


def line_at(text: str, index: int) -> int:
    """1-based physical line of text[index]; CRLF, CR and LF each end a line."""
    return 1 + len(_NEWLINE.findall(text, 0, index))


def write(name: str, data: bytes) -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    (FILES / name).write_bytes(data)


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if encoding == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "windows-1252":
        return text.encode("cp1252")  # raises if a character is not in the code page
    if encoding == "ascii":
        return text.encode("ascii")
    raise ValueError(encoding)


# --------------------------------------------------------------------------- CSV


def cell(value: str, delim: str) -> str:
    if any(c in value for c in (delim, '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def record(values: list[str], delim: str) -> str:
    return delim.join(cell(v, delim) for v in values)


def build_csv(
    head: list[str], rows: list[Row], delim: str, eol: str
) -> tuple[str, list[tuple[int, str]]]:
    """head: raw lines before the data (preamble and header). Returns text, [(line, tag)]."""
    text = ""
    for line in head:
        text += line + eol
    placed: list[tuple[int, str]] = []
    for values, tag in rows:
        placed.append((line_at(text, len(text)), tag))
        text += record(values, delim) + eol
    return text, placed


def add_entry(
    name: str,
    fmt: str,
    placed: list[tuple[int, str]],
    contacts: dict[str, Contact],
    *,
    encoding: str,
    delimiter: str | None,
    about: str,
) -> None:
    keys: list[str] = []
    for _, tag in placed:
        if tag != SKIP and tag not in keys:
            keys.append(tag)
    if set(keys) != set(contacts):
        raise SystemExit(f"{name}: tags {sorted(keys)} != contacts {sorted(contacts)}")
    skipped_lines = [line for line, tag in placed if tag == SKIP]
    created = len(keys)
    entry: dict[str, Any] = {
        "file": f"files/{name}",
        "format": fmt,
        "exit": 0,
        "created": created,
        "merged": len(placed) - created - len(skipped_lines),
        "skipped": len(skipped_lines),
    }
    if delimiter is not None:
        entry["delimiter"] = delimiter
    entry["encoding"] = encoding
    entry["skipped_lines"] = skipped_lines
    entry["about"] = about
    entry["contacts"] = [contacts[k] for k in keys]
    ENTRIES.append(entry)


def csv_file(
    name: str,
    fmt: str,
    head: list[str],
    rows: list[Row],
    contacts: dict[str, Contact],
    *,
    delim: str = ",",
    eol: str = "\n",
    encoding: str = "utf-8",
    about: str,
) -> None:
    text, placed = build_csv(head, rows, delim, eol)
    write(name, encode(text, encoding))
    add_entry(name, fmt, placed, contacts, encoding=encoding, delimiter=delim, about=about)


def c(**fields: Any) -> Contact:
    """A contact expectation; keys with None are left out."""
    return {k: v for k, v in fields.items() if v is not None}


# ---------------------------------------------------------------------- LinkedIn

LI_NOTE = (
    "When exporting your connection data, you may notice that some of the email addresses "
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    "https://www.linkedin.com/help/linkedin/answer/261"
)
LI_COLS = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
LI_HEADER = ",".join(LI_COLS)
LI_PREAMBLE = ["Notes:", '"' + LI_NOTE + '"', ""]


def li(first: str, last: str, url: str, email: str, company: str, position: str,
       on: str, tag: str) -> Row:
    return [first, last, url, email, company, position, on], tag


def excel_preamble(delim: str) -> list[str]:
    """The preamble after Excel opened the export and saved it again: every row of the used
    range is padded to its 7 columns; the note is quoted only when it holds the delimiter."""
    pad = delim * 6
    return ["Notes:" + pad, cell(LI_NOTE, delim) + pad, pad, delim.join(LI_COLS)]


def linkedin_files() -> None:
    # 1. Today's export, as downloaded: preamble, LF, most e-mails empty.
    rows = [
        li("Anna", "Berg", "https://www.linkedin.com/in/anna-berg-4b7a19", "",
           "Nordwind Data GmbH", "Head of Data Engineering", "04 Dec 2026", "anna"),
        li("María José", "García-López", "https://www.linkedin.com/in/mjgarcialopez", "",
           "Banco Atlántico", "Directora de Riesgos", "28 Nov 2026", "mj"),
        li("Dr. Sabine", "Weber", "https://www.linkedin.com/in/dr-sabine-weber", "",
           "Brightline Robotics, Inc.", "VP, Engineering", "17 Nov 2026", "sabine"),
        li("Rahul", "Sharma, PMP", "https://www.linkedin.com/in/rahul-sharma-pmp", "",
           "Infosys", "Senior Program Manager", "03 Nov 2026", "rahul"),
        li("Lena", "Fischer 🌱", "https://www.linkedin.com/in/lenafischer", "",
           "GreenGrid Energy", "Talent Acquisition Partner", "21 Oct 2026", "lena"),
        li("Zoë", "O'Connor", "https://www.linkedin.com/in/zoeoconnor", "zoe.oconnor@gmail.com",
           "Stripe", "Engineering Manager", "09 Oct 2026", "zoe"),
        li("", "", "", "", "", "", "30 Sep 2026", SKIP),
        li("Minh Anh", "Nguyễn", "https://www.linkedin.com/in/minhanh-nguyen", "",
           "Tiki Corporation", "Data Scientist", "14 Sep 2026", "minh"),
        li("Jean-François", "Lefèvre-Dubois", "https://www.linkedin.com/in/jf-lefevre-dubois", "",
           "Société Générale", "Responsable Recrutement IT", "02 Sep 2026", "jf"),
        li("Marco", "Bianchi 🇮🇹", "https://www.linkedin.com/in/marcobianchi", "",
           "Bianchi & Figli S.r.l.", 'Founder & CEO | Building "human" software', "19 Aug 2026",
           "marco"),
        li("娜", "李", "https://www.linkedin.com/in/na-li-5a2b8c1", "", "ByteDance",
           "Product Manager", "07 Aug 2026", "li"),
        li("", "", "https://www.linkedin.com/in/ACoAAA8BcdEFghIJklMNopQRstUVwxYZ12", "", "", "",
           "25 Jul 2026", SKIP),
        li("Olusegun", "Adeyemi", "https://www.linkedin.com/in/olusegun-adeyemi",
           "olusegun.adeyemi@yahoo.com", "Flutterwave", "Head of Partnerships", "16 Jul 2026",
           "olu"),
        li("Sarah", "Cohen", "https://www.linkedin.com/in/sarah-cohen-81b2a4", "", "Deloitte",
           "Senior Consultant – Strategy & Operations", "01 Jul 2026", "sarah"),
    ]
    contacts = {
        "anna": c(full_name="Anna Berg", first="Anna", last="Berg", company="Nordwind Data GmbH",
                  title="Head of Data Engineering", linkedin="linkedin.com/in/anna-berg-4b7a19",
                  connected_on="2026-12-04"),
        "mj": c(full_name="María José García-López", first="María José", last="García-López",
                company="Banco Atlántico", title="Directora de Riesgos",
                linkedin="linkedin.com/in/mjgarcialopez", connected_on="2026-11-28"),
        "sabine": c(full_name="Dr. Sabine Weber", first="Dr. Sabine", last="Weber",
                    company="Brightline Robotics, Inc.", title="VP, Engineering",
                    linkedin="linkedin.com/in/dr-sabine-weber", connected_on="2026-11-17"),
        "rahul": c(full_name="Rahul Sharma, PMP", first="Rahul", last="Sharma, PMP",
                   company="Infosys", title="Senior Program Manager",
                   linkedin="linkedin.com/in/rahul-sharma-pmp", connected_on="2026-11-03"),
        "lena": c(full_name="Lena Fischer 🌱", first="Lena", last="Fischer 🌱",
                  company="GreenGrid Energy", title="Talent Acquisition Partner",
                  linkedin="linkedin.com/in/lenafischer", connected_on="2026-10-21"),
        "zoe": c(full_name="Zoë O'Connor", first="Zoë", last="O'Connor", company="Stripe",
                 title="Engineering Manager", emails=["zoe.oconnor@gmail.com"],
                 linkedin="linkedin.com/in/zoeoconnor", connected_on="2026-10-09"),
        "minh": c(first="Minh Anh", last="Nguyễn", company="Tiki Corporation",
                  title="Data Scientist", linkedin="linkedin.com/in/minhanh-nguyen",
                  connected_on="2026-09-14"),
        "jf": c(full_name="Jean-François Lefèvre-Dubois", first="Jean-François",
                last="Lefèvre-Dubois", company="Société Générale",
                title="Responsable Recrutement IT", linkedin="linkedin.com/in/jf-lefevre-dubois",
                connected_on="2026-09-02"),
        "marco": c(full_name="Marco Bianchi 🇮🇹", first="Marco", last="Bianchi 🇮🇹",
                   company="Bianchi & Figli S.r.l.",
                   title='Founder & CEO | Building "human" software',
                   linkedin="linkedin.com/in/marcobianchi", connected_on="2026-08-19"),
        "li": c(first="娜", last="李", company="ByteDance", title="Product Manager",
                linkedin="linkedin.com/in/na-li-5a2b8c1", connected_on="2026-08-07"),
        "olu": c(full_name="Olusegun Adeyemi", first="Olusegun", last="Adeyemi",
                 company="Flutterwave", title="Head of Partnerships",
                 emails=["olusegun.adeyemi@yahoo.com"],
                 linkedin="linkedin.com/in/olusegun-adeyemi", connected_on="2026-07-16"),
        "sarah": c(full_name="Sarah Cohen", first="Sarah", last="Cohen", company="Deloitte",
                   title="Senior Consultant – Strategy & Operations",
                   linkedin="linkedin.com/in/sarah-cohen-81b2a4", connected_on="2026-07-01"),
    }
    csv_file("linkedin-preamble-lf.csv", "linkedin", [*LI_PREAMBLE, LI_HEADER], rows, contacts,
             about="Connections.csv as LinkedIn exports it today: Notes preamble, LF, most "
                   "e-mails empty; a private member (no name, no URL) and a nameless row with "
                   "a URL are skipped.")

    # 2. The same export with the preamble deleted by hand (header on line 1).
    rows = [
        li("Katarzyna", "Wiśniewska", "https://www.linkedin.com/in/kwisniewska", "", "Allegro",
           "Senior UX Researcher", "15 Mar 2026", "kasia"),
        li("Ömer", "Yılmaz", "https://www.linkedin.com/in/omeryilmaz", "omer.yilmaz@outlook.com",
           "Getir", "Backend Engineer", "27 Feb 2026", "omer"),
        li("Prof. Dr. Helmut", "Brandt", "https://www.linkedin.com/in/helmut-brandt-3829a1b4", "",
           "TU München", "Professor, Chair of Robotics", "12 Feb 2026", "helmut"),
        li("", "", "", "", "", "", "01 Feb 2026", SKIP),
        li("Aisha", "Al-Farsi", "https://www.linkedin.com/in/aisha-alfarsi", "", "Careem",
           "Recruiter (Contract)", "30 Jan 2026", "aisha"),
        li("Björn", "Åström", "https://www.linkedin.com/in/bjornastrom", "", "Spotify",
           "Staff Engineer", "16 Jan 2026", "bjorn"),
        li("Emily", "Chen, CPA", "https://www.linkedin.com/in/emily-chen-cpa",
           "emily.chen.cpa@gmail.com", "PwC", "Audit Manager", "05 Jan 2026", "emily"),
    ]
    contacts = {
        "kasia": c(full_name="Katarzyna Wiśniewska", first="Katarzyna", last="Wiśniewska",
                   company="Allegro", title="Senior UX Researcher",
                   linkedin="linkedin.com/in/kwisniewska", connected_on="2026-03-15"),
        "omer": c(full_name="Ömer Yılmaz", first="Ömer", last="Yılmaz", company="Getir",
                  title="Backend Engineer", emails=["omer.yilmaz@outlook.com"],
                  linkedin="linkedin.com/in/omeryilmaz", connected_on="2026-02-27"),
        "helmut": c(full_name="Prof. Dr. Helmut Brandt", first="Prof. Dr. Helmut", last="Brandt",
                    company="TU München", title="Professor, Chair of Robotics",
                    linkedin="linkedin.com/in/helmut-brandt-3829a1b4", connected_on="2026-02-12"),
        "aisha": c(full_name="Aisha Al-Farsi", first="Aisha", last="Al-Farsi", company="Careem",
                   title="Recruiter (Contract)", linkedin="linkedin.com/in/aisha-alfarsi",
                   connected_on="2026-01-30"),
        "bjorn": c(full_name="Björn Åström", first="Björn", last="Åström", company="Spotify",
                   title="Staff Engineer", linkedin="linkedin.com/in/bjornastrom",
                   connected_on="2026-01-16"),
        "emily": c(full_name="Emily Chen, CPA", first="Emily", last="Chen, CPA", company="PwC",
                   title="Audit Manager", emails=["emily.chen.cpa@gmail.com"],
                   linkedin="linkedin.com/in/emily-chen-cpa", connected_on="2026-01-05"),
    }
    csv_file("linkedin-no-preamble.csv", "linkedin", [LI_HEADER], rows, contacts,
             about="Connections.csv with the Notes preamble removed: header on line 1.")

    # 3. An older export (2018-2019): no URL column, e-mails were still exported.
    head = ["First Name,Last Name,Email Address,Company,Position,Connected On"]

    def old(first: str, last: str, email: str, company: str, position: str, on: str,
            tag: str) -> Row:
        return [first, last, email, company, position, on], tag

    rows = [
        old("Michael", "Thompson", "m.thompson@harborview-capital.com", "Harborview Capital",
            "Associate", "12 Mar 2019", "mt"),
        old("Sofia", "Rossi", "sofia.rossi@gmail.com", "Luxottica", "HR Business Partner",
            "03 Feb 2019", "sofia"),
        old("Daniel", "Park", "", "Samsung Electronics", "Product Designer", "20 Jan 2019", "dp1"),
        old("Ravi", "Kumar", "ravi.kumar@tcs.com", "Tata Consultancy Services",
            "Delivery Manager", "14 Jan 2019", "ravi"),
        old("", "", "support@recruitly.io", "", "", "01 Oct 2018", SKIP),
        old("Grace", "O'Malley", "grace.omalley@kerrygroup.com", "Kerry Group, plc",
            "Finance Director", "22 Aug 2018", "grace"),
        old("Daniel", "Park", "", "Coupang", "Software Engineer", "11 Nov 2018", "dp2"),
        # the same export pasted again below (a second download appended by hand)
        old("Michael", "Thompson", "M.Thompson@Harborview-Capital.com", "Harborview Capital",
            "Associate", "12 Mar 2019", "mt"),
        old("Daniel", "Park", "", "Samsung Electronics", "Product Designer", "20 Jan 2019", "dp1"),
    ]
    contacts = {
        "mt": c(full_name="Michael Thompson", first="Michael", last="Thompson",
                company="Harborview Capital", title="Associate",
                emails=["m.thompson@harborview-capital.com"], connected_on="2019-03-12"),
        "sofia": c(full_name="Sofia Rossi", first="Sofia", last="Rossi", company="Luxottica",
                   title="HR Business Partner", emails=["sofia.rossi@gmail.com"],
                   connected_on="2019-02-03"),
        "dp1": c(full_name="Daniel Park", first="Daniel", last="Park",
                 company="Samsung Electronics", title="Product Designer",
                 connected_on="2019-01-20"),
        "ravi": c(full_name="Ravi Kumar", first="Ravi", last="Kumar",
                  company="Tata Consultancy Services", title="Delivery Manager",
                  emails=["ravi.kumar@tcs.com"], connected_on="2019-01-14"),
        "grace": c(full_name="Grace O'Malley", first="Grace", last="O'Malley",
                   company="Kerry Group, plc", title="Finance Director",
                   emails=["grace.omalley@kerrygroup.com"], connected_on="2018-08-22"),
        "dp2": c(full_name="Daniel Park", first="Daniel", last="Park", company="Coupang",
                 title="Software Engineer", connected_on="2018-11-11"),
    }
    csv_file("linkedin-legacy-no-url.csv", "linkedin", head, rows, contacts,
             about="Older Connections.csv without the URL column. The same e-mail in another "
                   "case merges; Daniel Park at Samsung (no e-mail, no URL) merges on name and "
                   "company, Daniel Park at Coupang stays separate.")

    # 4. Profile URLs spelled differently (two downloads and links pasted from the app).
    tk = ("Tobias", "Krämer")
    tk_job = ("Helix Biotech", "Director of Clinical Operations", "10 Oct 2026")
    pn = ("Priya", "Natarajan")
    pn_job = ("Freshworks", "Engineering Manager", "08 Oct 2026")
    rows = [
        li(*tk, "https://www.linkedin.com/in/tobias-kraemer", "", *tk_job, "tk"),
        li(*pn, "https://www.linkedin.com/in/priyanatarajan", "", *pn_job, "pn"),
        li("James", "Miller", "https://www.linkedin.com/in/jamesmiller-sf", "", "Amazon",
           "Senior Software Engineer", "01 Oct 2026", "jm1"),
        li("James", "Miller", "https://www.linkedin.com/in/james-miller-7731a2b", "", "Amazon",
           "Senior Software Engineer", "29 Sep 2026", "jm2"),
        li("", "", "https://www.linkedin.com/in/jane-doe-0b1c2d3", "", "Acme Staffing",
           "Recruiter", "20 Sep 2026", SKIP),
        li("Chen", "Wei", "https://www.linkedin.com/in/chenwei-ml/", "", "Baidu",
           "Machine Learning Engineer", "12 Sep 2026", "cw"),
        li(*tk, "http://linkedin.com/in/tobias-kraemer/", "tobias.kraemer@helix-bio.de", *tk_job,
           "tk"),
        li(*tk, "https://www.linkedin.com/in/Tobias-Kraemer?originalSubdomain=de", "", *tk_job,
           "tk"),
        li(*pn, "HTTPS://WWW.LINKEDIN.COM/IN/PRIYANATARAJAN/", "", *pn_job, "pn"),
        li(*pn, "https://www.linkedin.com/in/priyanatarajan?utm_source=share&utm_campaign="
                "share_via&utm_content=profile&utm_medium=ios_app", "priya.n@freshworks.com",
           *pn_job, "pn"),
        li("Chen", "Wei", "https://linkedin.com/in/chenwei-ml", "", "Baidu",
           "Machine Learning Engineer", "12 Sep 2026", "cw"),
    ]
    contacts = {
        "tk": c(full_name="Tobias Krämer", first="Tobias", last="Krämer", company="Helix Biotech",
                title="Director of Clinical Operations", emails=["tobias.kraemer@helix-bio.de"],
                linkedin="linkedin.com/in/tobias-kraemer", connected_on="2026-10-10"),
        "pn": c(full_name="Priya Natarajan", first="Priya", last="Natarajan",
                company="Freshworks", title="Engineering Manager",
                emails=["priya.n@freshworks.com"], linkedin="linkedin.com/in/priyanatarajan",
                connected_on="2026-10-08"),
        "jm1": c(full_name="James Miller", first="James", last="Miller", company="Amazon",
                 title="Senior Software Engineer", linkedin="linkedin.com/in/jamesmiller-sf",
                 connected_on="2026-10-01"),
        "jm2": c(full_name="James Miller", first="James", last="Miller", company="Amazon",
                 title="Senior Software Engineer", linkedin="linkedin.com/in/james-miller-7731a2b",
                 connected_on="2026-09-29"),
        "cw": c(full_name="Chen Wei", first="Chen", last="Wei", company="Baidu",
                title="Machine Learning Engineer", linkedin="linkedin.com/in/chenwei-ml",
                connected_on="2026-09-12"),
    }
    csv_file("linkedin-url-variants.csv", "linkedin", [*LI_PREAMBLE, LI_HEADER], rows, contacts,
             about="One profile URL in several spellings (http/https, www., trailing slash, "
                   "query string, upper case) merges; two James Millers at Amazon with "
                   "different URLs stay two people; a row with a URL but no name is skipped.")

    # 5. UTF-8 with BOM, CRLF, non-Latin scripts.
    rows = [
        li("Γιώργος", "Παπαδόπουλος", "https://www.linkedin.com/in/gpapadopoulos", "", "Eurobank",
           "Credit Risk Analyst", "18 Mar 2026", "gp"),
        li("Ольга", "Иванова", "https://www.linkedin.com/in/olga-ivanova-qa", "", "JetBrains",
           "QA Lead", "11 Mar 2026", "olga"),
        li("Siobhán", "Ní Bhriain", "https://www.linkedin.com/in/siobhan-nibhriain",
           "siobhan.nibhriain@gmail.com", "Intercom", "Customer Success Manager", "02 Mar 2026",
           "sio"),
        li("", "", "", "", "", "", "25 Feb 2026", SKIP),
        li("Dr.-Ing. Klaus", "Hoffmann, MBA", "https://www.linkedin.com/in/klaus-hoffmann-mba", "",
           "Bosch", "Program Director, E-Mobility", "19 Feb 2026", "klaus"),
        li("Thabo", "Mokoena", "https://www.linkedin.com/in/thabomokoena", "",
           "Standard Bank Group", "Head of Talent", "06 Feb 2026", "thabo"),
    ]
    contacts = {
        "gp": c(full_name="Γιώργος Παπαδόπουλος", first="Γιώργος", last="Παπαδόπουλος",
                company="Eurobank", title="Credit Risk Analyst",
                linkedin="linkedin.com/in/gpapadopoulos", connected_on="2026-03-18"),
        "olga": c(full_name="Ольга Иванова", first="Ольга", last="Иванова", company="JetBrains",
                  title="QA Lead", linkedin="linkedin.com/in/olga-ivanova-qa",
                  connected_on="2026-03-11"),
        "sio": c(full_name="Siobhán Ní Bhriain", first="Siobhán", last="Ní Bhriain",
                 company="Intercom", title="Customer Success Manager",
                 emails=["siobhan.nibhriain@gmail.com"],
                 linkedin="linkedin.com/in/siobhan-nibhriain", connected_on="2026-03-02"),
        "klaus": c(full_name="Dr.-Ing. Klaus Hoffmann, MBA", first="Dr.-Ing. Klaus",
                   last="Hoffmann, MBA", company="Bosch", title="Program Director, E-Mobility",
                   linkedin="linkedin.com/in/klaus-hoffmann-mba", connected_on="2026-02-19"),
        "thabo": c(full_name="Thabo Mokoena", first="Thabo", last="Mokoena",
                   company="Standard Bank Group", title="Head of Talent",
                   linkedin="linkedin.com/in/thabomokoena", connected_on="2026-02-06"),
    }
    csv_file("linkedin-bom-crlf.csv", "linkedin", [*LI_PREAMBLE, LI_HEADER], rows, contacts,
             eol="\r\n", encoding="utf-8-bom",
             about="Connections.csv with a UTF-8 BOM and CRLF line endings; Greek, Cyrillic, "
                   "Irish names; credentials in both name fields.")

    # 6-8. A quoted field holding a line break: LF, CRLF, and a lone CR.
    for variant, eol, brk in (("lf", "\n", "\n"), ("crlf", "\r\n", "\r\n"), ("cr", "\n", "\r")):
        # rows newest first, as LinkedIn sorts them
        pedro_on = "20 May 2026" if variant == "cr" else "02 May 2026"
        if variant == "cr":
            # the skipped row comes before the field with the bare CR, so that its line number
            # does not depend on whether a lone CR inside quotes counts as a line break
            rows = [
                li("Pedro", "Alves", "https://www.linkedin.com/in/pedroalves-eng", "", "Nubank",
                   "Staff Engineer", pedro_on, "pedro"),
                li("", "", "", "", "", "", "17 May 2026", SKIP),
                li("Ingrid", "Larsen", "https://www.linkedin.com/in/ingrid-larsen-hr", "",
                   "Equinor", f"Senior Recruiter{brk}Tech & Digital", "14 May 2026", "ingrid"),
                li("Kwame", "Mensah", "https://www.linkedin.com/in/kwamemensah", "",
                   "MTN Group", "Product Owner", "09 Apr 2026", "kwame"),
            ]
        else:
            rows = [
                li("Ingrid", "Larsen", "https://www.linkedin.com/in/ingrid-larsen-hr", "",
                   "Equinor", f"Senior Recruiter{brk}Tech & Digital", "14 May 2026", "ingrid"),
                li("", "", "", "", "", "", "13 May 2026", SKIP),
                li("Pedro", "Alves", "https://www.linkedin.com/in/pedroalves-eng", "", "Nubank",
                   "Staff Engineer", pedro_on, "pedro"),
                li("Kwame", "Mensah", "https://www.linkedin.com/in/kwamemensah", "",
                   "MTN Group", "Product Owner", "09 Apr 2026", "kwame"),
            ]
        contacts = {
            "ingrid": c(full_name="Ingrid Larsen", first="Ingrid", last="Larsen",
                        company="Equinor", title_contains="Senior Recruiter",
                        linkedin="linkedin.com/in/ingrid-larsen-hr", connected_on="2026-05-14"),
            "pedro": c(full_name="Pedro Alves", first="Pedro", last="Alves", company="Nubank",
                       title="Staff Engineer", linkedin="linkedin.com/in/pedroalves-eng",
                       connected_on="2026-05-20" if variant == "cr" else "2026-05-02"),
            "kwame": c(full_name="Kwame Mensah", first="Kwame", last="Mensah",
                       company="MTN Group", title="Product Owner",
                       linkedin="linkedin.com/in/kwamemensah", connected_on="2026-04-09"),
        }
        label = {"lf": "LF", "crlf": "CRLF", "cr": "a lone CR"}[variant]
        csv_file(f"linkedin-multiline-{variant}.csv", "linkedin", [*LI_PREAMBLE, LI_HEADER], rows,
                 contacts, eol=eol,
                 about=f"Rows end with {'CRLF' if variant == 'crlf' else 'LF'}; one quoted "
                       f"Position holds {label} (edited in a spreadsheet); the row must not "
                       "split.")

    # 9. Excel 365 (US) "CSV UTF-8": BOM, CRLF, preamble padded, dates re-typed as m/d/yyyy,
    #    a cell edited with Alt+Enter (LF inside the quotes, CRLF between rows).
    rows = [
        li("Megan", "Walsh", "https://www.linkedin.com/in/meganwalsh-bain", "", "Bain & Company",
           "Manager", "12/18/2026", "megan"),
        li("Hiroshi", "Tanaka", "https://www.linkedin.com/in/hiroshi-tanaka-rakuten", "",
           "Rakuten", "Engineering Manager\n(Payments)", "12/15/2026", "hiroshi"),
        li("", "", "", "", "", "", "12/14/2026", SKIP),
        li("Chloé", "Dubois", "https://www.linkedin.com/in/chloe-dubois-talent",
           "chloe.dubois@gmail.com", "L'Oréal", "Talent Sourcer", "11/29/2026", "chloe"),
    ]
    contacts = {
        "megan": c(full_name="Megan Walsh", first="Megan", last="Walsh", company="Bain & Company",
                   title="Manager", linkedin="linkedin.com/in/meganwalsh-bain",
                   connected_on="2026-12-18"),
        "hiroshi": c(full_name="Hiroshi Tanaka", first="Hiroshi", last="Tanaka",
                     company="Rakuten", title_contains="Engineering Manager",
                     linkedin="linkedin.com/in/hiroshi-tanaka-rakuten",
                     connected_on="2026-12-15"),
        "chloe": c(full_name="Chloé Dubois", first="Chloé", last="Dubois", company="L'Oréal",
                   title="Talent Sourcer", emails=["chloe.dubois@gmail.com"],
                   linkedin="linkedin.com/in/chloe-dubois-talent", connected_on="2026-11-29"),
    }
    csv_file("linkedin-excel-utf8-crlf.csv", "linkedin", excel_preamble(","), rows, contacts,
             eol="\r\n", encoding="utf-8-bom",
             about="Connections.csv opened in Excel (US) and saved as 'CSV UTF-8': BOM, CRLF, "
                   "preamble rows padded with commas, dates rewritten as m/d/yyyy, an LF inside "
                   "a quoted cell.")

    # 10. Excel (US) "CSV (Comma delimited)": Windows-1252, CRLF.
    rows = [
        li("Šárka", "Nováková", "https://www.linkedin.com/in/sarka-novakova", "",
           "Škoda Auto a.s.", "HR Business Partner", "12/20/2026", "sarka"),
        li("Conor", "O’Brien", "https://www.linkedin.com/in/conor-obrien-eng", "", "Ryanair",
           "Head of Engineering", "12/16/2026", "conor"),
        li("Jürgen", "Groß", "https://www.linkedin.com/in/juergen-gross", "juergen.gross@gmx.de",
           "Müller & Groß GmbH", "Geschäftsführer", "11/27/2026", "juergen"),
        li("", "", "", "", "", "", "11/24/2026", SKIP),
        li("Renée", "Côté", "https://www.linkedin.com/in/renee-cote", "", "Desjardins",
           "Directrice, Acquisition de talents", "10/13/2026", "renee"),
        li("Søren", "Holm", "https://www.linkedin.com/in/soren-holm-po", "", "Maersk",
           "Senior Product Owner", "9/30/2026", "soren"),
    ]
    contacts = {
        "sarka": c(full_name="Šárka Nováková", first="Šárka", last="Nováková",
                   company="Škoda Auto a.s.", title="HR Business Partner",
                   linkedin="linkedin.com/in/sarka-novakova", connected_on="2026-12-20"),
        "conor": c(full_name="Conor O’Brien", first="Conor", last="O’Brien", company="Ryanair",
                   title="Head of Engineering", linkedin="linkedin.com/in/conor-obrien-eng",
                   connected_on="2026-12-16"),
        "juergen": c(full_name="Jürgen Groß", first="Jürgen", last="Groß",
                     company="Müller & Groß GmbH", title="Geschäftsführer",
                     emails=["juergen.gross@gmx.de"], linkedin="linkedin.com/in/juergen-gross",
                     connected_on="2026-11-27"),
        "renee": c(full_name="Renée Côté", first="Renée", last="Côté", company="Desjardins",
                   title="Directrice, Acquisition de talents",
                   linkedin="linkedin.com/in/renee-cote", connected_on="2026-10-13"),
        "soren": c(full_name="Søren Holm", first="Søren", last="Holm", company="Maersk",
                   title="Senior Product Owner", linkedin="linkedin.com/in/soren-holm-po",
                   connected_on="2026-09-30"),
    }
    csv_file("linkedin-excel-cp1252.csv", "linkedin", excel_preamble(","), rows, contacts,
             eol="\r\n", encoding="windows-1252",
             about="Connections.csv saved by Excel (US) as 'CSV (Comma delimited)': "
                   "Windows-1252 (Š is 0x8A, ’ is 0x92, so Latin-1 decoding is wrong), CRLF, "
                   "padded preamble, m/d/yyyy dates.")

    # 11. Excel (German locale) "CSV UTF-8 (durch Trennzeichen getrennt)": BOM, ';', CRLF.
    #     Dates stay text: Excel-DE does not read "Dec", "Oct", "Mar", "May" as months.
    rows = [
        li("Katrin", "Vogel", "https://www.linkedin.com/in/katrin-vogel-recruiting", "",
           "Brightline Robotics, Inc.", "Recruiting Lead, EMEA", "18 Dec 2026", "katrin"),
        li("Matthias", "Schäfer", "https://www.linkedin.com/in/matthias-schaefer-db",
           "matthias.schaefer@posteo.de", "Deutsche Bahn AG", "Projektleiter Digitalisierung",
           "05 Dec 2026", "matthias"),
        li("", "", "", "", "", "", "29 Oct 2026", SKIP),
        li("Élodie", "Marchand", "https://www.linkedin.com/in/elodie-marchand", "", "Capgemini",
           "Lead Consultant", "14 Oct 2026", "elodie"),
        li("Paweł", "Kowalczyk", "https://www.linkedin.com/in/pawel-kowalczyk", "", "Zalando SE",
           "Engineering Manager; Payments", "22 May 2026", "pawel"),
        li("Dr. Annika", "Lindqvist", "https://www.linkedin.com/in/annika-lindqvist", "",
           "Karolinska Institutet", "Research Lead", "03 Mar 2026", "annika"),
    ]
    contacts = {
        "katrin": c(full_name="Katrin Vogel", first="Katrin", last="Vogel",
                    company="Brightline Robotics, Inc.", title="Recruiting Lead, EMEA",
                    linkedin="linkedin.com/in/katrin-vogel-recruiting", connected_on="2026-12-18"),
        "matthias": c(full_name="Matthias Schäfer", first="Matthias", last="Schäfer",
                      company="Deutsche Bahn AG", title="Projektleiter Digitalisierung",
                      emails=["matthias.schaefer@posteo.de"],
                      linkedin="linkedin.com/in/matthias-schaefer-db", connected_on="2026-12-05"),
        "elodie": c(full_name="Élodie Marchand", first="Élodie", last="Marchand",
                    company="Capgemini", title="Lead Consultant",
                    linkedin="linkedin.com/in/elodie-marchand", connected_on="2026-10-14"),
        "pawel": c(full_name="Paweł Kowalczyk", first="Paweł", last="Kowalczyk",
                   company="Zalando SE", title="Engineering Manager; Payments",
                   linkedin="linkedin.com/in/pawel-kowalczyk", connected_on="2026-05-22"),
        "annika": c(full_name="Dr. Annika Lindqvist", first="Dr. Annika", last="Lindqvist",
                    company="Karolinska Institutet", title="Research Lead",
                    linkedin="linkedin.com/in/annika-lindqvist", connected_on="2026-03-03"),
    }
    csv_file("linkedin-excel-semicolon-bom.csv", "linkedin", excel_preamble(";"), rows, contacts,
             delim=";", eol="\r\n", encoding="utf-8-bom",
             about="Connections.csv saved by Excel in a German locale as 'CSV UTF-8': BOM, "
                   "semicolons, CRLF; commas in company and title are no longer quoted; a "
                   "semicolon inside a title is.")

    # 12. Excel "Unicode Text (*.txt)": UTF-16 LE with BOM, tabs, CRLF.
    rows = [
        li("翔太", "佐藤", "https://www.linkedin.com/in/shota-sato-sony", "",
           "Sony Group Corporation", "Senior Engineer", "12/17/2026", "shota"),
        li("Nadia", "Haddad ✨", "https://www.linkedin.com/in/nadiahaddad", "", "Anghami",
           "Talent Partner", "12/13/2026", "nadia"),
        li("", "", "", "", "", "", "11/28/2026", SKIP),
        li("Oluwaseun", "Bakare", "https://www.linkedin.com/in/seun-bakare",
           "seun.bakare@gmail.com", "Paystack, a Stripe company", "Product Lead", "11/19/2026",
           "seun"),
        li("Ana", "Popescu 👩‍💻", "https://www.linkedin.com/in/ana-popescu-ro", "", "UiPath",
           "Technical Recruiter", "10/31/2026", "ana"),
    ]
    contacts = {
        "shota": c(first="翔太", last="佐藤", company="Sony Group Corporation",
                   title="Senior Engineer", linkedin="linkedin.com/in/shota-sato-sony",
                   connected_on="2026-12-17"),
        "nadia": c(full_name="Nadia Haddad ✨", first="Nadia", last="Haddad ✨", company="Anghami",
                   title="Talent Partner", linkedin="linkedin.com/in/nadiahaddad",
                   connected_on="2026-12-13"),
        "seun": c(full_name="Oluwaseun Bakare", first="Oluwaseun", last="Bakare",
                  company="Paystack, a Stripe company", title="Product Lead",
                  emails=["seun.bakare@gmail.com"], linkedin="linkedin.com/in/seun-bakare",
                  connected_on="2026-11-19"),
        "ana": c(full_name="Ana Popescu 👩‍💻", first="Ana", last="Popescu 👩‍💻", company="UiPath",
                 title="Technical Recruiter", linkedin="linkedin.com/in/ana-popescu-ro",
                 connected_on="2026-10-31"),
    }
    csv_file("linkedin-excel-unicode-text.txt", "linkedin", excel_preamble("\t"), rows, contacts,
             delim="\t", eol="\r\n", encoding="utf-16-le-bom",
             about="Connections.csv saved by Excel as 'Unicode Text': UTF-16 LE with BOM, tab "
                   "separated, CRLF, padded preamble; emoji outside the BMP (surrogate pairs, a "
                   "ZWJ sequence) and Japanese names.")

    # 13. Excel 2011 for Mac "Comma Separated Values": CR line endings (ASCII-only content).
    rows = [
        li("Ryan", "Mitchell", "https://www.linkedin.com/in/ryan-mitchell-se", "", "Oracle",
           "Sales Engineer", "12/18/26", "ryan"),
        li("Laura", "Bennett", "https://www.linkedin.com/in/laurabennett",
           "laura.bennett@icloud.com", "Apple", "Technical Recruiter", "11/21/26", "laura"),
        li("", "", "", "", "", "", "11/14/26", SKIP),
        li("Kevin", "Obi", "https://www.linkedin.com/in/kevin-obi", "", "Shopify",
           "Senior Developer", "10/30/26", "kevin"),
    ]
    contacts = {
        "ryan": c(full_name="Ryan Mitchell", first="Ryan", last="Mitchell", company="Oracle",
                  title="Sales Engineer", linkedin="linkedin.com/in/ryan-mitchell-se",
                  connected_on="2026-12-18"),
        "laura": c(full_name="Laura Bennett", first="Laura", last="Bennett", company="Apple",
                   title="Technical Recruiter", emails=["laura.bennett@icloud.com"],
                   linkedin="linkedin.com/in/laurabennett", connected_on="2026-11-21"),
        "kevin": c(full_name="Kevin Obi", first="Kevin", last="Obi", company="Shopify",
                   title="Senior Developer", linkedin="linkedin.com/in/kevin-obi",
                   connected_on="2026-10-30"),
    }
    csv_file("linkedin-mac-excel-cr.csv", "linkedin", excel_preamble(","), rows, contacts,
             eol="\r", encoding="ascii",
             about="Connections.csv saved by Excel 2011 for Mac: every line ends with a lone CR; "
                   "dates m/d/yy; ASCII only.")


# ------------------------------------------------------------------------ Google


def columns(header: str) -> list[str]:
    return header.split(",")


GC_COLS = columns(
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
    "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Website 1 - Label,Website 1 - Value"
)

GC_ALIAS = {
    "first": "First Name", "middle": "Middle Name", "last": "Last Name",
    "prefix": "Name Prefix", "suffix": "Name Suffix", "nick": "Nickname",
    "org": "Organization Name", "title": "Organization Title", "dept": "Organization Department",
    "bday": "Birthday", "notes": "Notes", "photo": "Photo", "labels": "Labels",
    "e1l": "E-mail 1 - Label", "e1": "E-mail 1 - Value",
    "e2l": "E-mail 2 - Label", "e2": "E-mail 2 - Value",
    "p1l": "Phone 1 - Label", "p1": "Phone 1 - Value",
    "p2l": "Phone 2 - Label", "p2": "Phone 2 - Value",
    "a1l": "Address 1 - Label", "a1": "Address 1 - Formatted", "a1street": "Address 1 - Street",
    "a1city": "Address 1 - City", "a1region": "Address 1 - Region",
    "a1zip": "Address 1 - Postal Code", "a1country": "Address 1 - Country",
    "w1l": "Website 1 - Label", "w1": "Website 1 - Value",
}

GL_COLS = columns(
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
    "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,"
    "Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,"
    "Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,"
    "Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,"
    "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,"
    "Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,"
    "Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,"
    "Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,"
    "Website 1 - Type,Website 1 - Value"
)

GL_ALIAS = {
    "name": "Name", "given": "Given Name", "additional": "Additional Name",
    "family": "Family Name", "given_yomi": "Given Name Yomi", "family_yomi": "Family Name Yomi",
    "prefix": "Name Prefix", "notes": "Notes", "photo": "Photo", "groups": "Group Membership",
    "e1t": "E-mail 1 - Type", "e1": "E-mail 1 - Value",
    "e2t": "E-mail 2 - Type", "e2": "E-mail 2 - Value",
    "p1t": "Phone 1 - Type", "p1": "Phone 1 - Value",
    "p2t": "Phone 2 - Type", "p2": "Phone 2 - Value",
    "a1t": "Address 1 - Type", "a1": "Address 1 - Formatted", "a1street": "Address 1 - Street",
    "a1city": "Address 1 - City", "a1region": "Address 1 - Region",
    "a1zip": "Address 1 - Postal Code", "a1country": "Address 1 - Country",
    "org": "Organization 1 - Name", "title": "Organization 1 - Title",
    "dept": "Organization 1 - Department", "w1t": "Website 1 - Type", "w1": "Website 1 - Value",
}


def g_row(tag: str, **kw: str) -> Row:
    values = dict.fromkeys(GC_COLS, "")
    for key, value in kw.items():
        values[GC_ALIAS[key]] = value
    return [values[col] for col in GC_COLS], tag


def gl_row(tag: str, **kw: str) -> Row:
    values = dict.fromkeys(GL_COLS, "")
    for key, value in kw.items():
        values[GL_ALIAS[key]] = value
    return [values[col] for col in GL_COLS], tag


def google_files() -> None:
    # 14. The current export ("Google CSV" from contacts.google.com).
    rows = [
        g_row("carlos", first="Carlos", middle="Alberto", last="Mendes", org="Vale S.A.",
              title="Talent Acquisition Manager",
              notes="Met at Web Summit Rio.\nPrefers WhatsApp over e-mail.",
              photo="https://lh3.googleusercontent.com/contacts/AG6tpzGq0bS1Xv2KfL8wqz3mQ",
              labels="* myContacts ::: Recruiters", e1l="* Work", e1="carlos.mendes@vale.com",
              e2l="Home", e2="carlos.a.mendes@gmail.com", p1l="Mobile", p1="+55 21 98765-4321",
              a1l="Work",
              a1="Praia de Botafogo, 186\nBotafogo\nRio de Janeiro - RJ\n22250-145\nBR",
              a1street="Praia de Botafogo, 186", a1city="Rio de Janeiro", a1region="RJ",
              a1zip="22250-145", a1country="BR", w1l="LinkedIn",
              w1="https://www.linkedin.com/in/carlosamendes"),
        g_row("elena", first="Elena", last="Petrova", prefix="Dr.", org="Helix Biotech",
              title="Head of Clinical Data", labels="* myContacts ::: * starred", e1l="* Work",
              e1="e.petrova@helix-bio.de", p1l="Work", p1="+49 89 2180 4411 ::: +49 89 2180 4400"),
        g_row(SKIP, org="Hays Recruitment", labels="* myContacts", e1l="* Work",
              e1="it-jobs@hays-recruitment.example"),
        g_row("sunhee", first="Sun-hee", last="Kim", org="Naver", title="UX Lead",
              labels="* myContacts", e1l="* ",
              e1="sunhee.kim@navercorp.com ::: sunhee.kim@gmail.com"),
        g_row("liam", first="Liam", last="Byrne", org="Accenture", title="Manager",
              notes="Call after 2pm.\nAsked about the PM role in Dublin.",
              labels="* myContacts", p1l="Mobile", p1="+353 87 123 4567"),
        g_row("fz", first="Fatima Zahra", last="Benali", labels="* myContacts", e1l="Other",
              e1="fz.benali@gmail.com", a1l="Home", a1="12 Rue de la Paix\n75002 Paris\nFrance",
              a1street="12 Rue de la Paix", a1city="Paris", a1zip="75002", a1country="France"),
        g_row("aoife", first="Aoife", last="Murphy", org="Workday", title="Senior Recruiter",
              bday="--03-17", labels="* myContacts ::: Recruiters", e1l="* Work",
              e1="aoife.murphy@workday.com"),
    ]
    contacts = {
        "carlos": c(full_name="Carlos Alberto Mendes", first="Carlos", last="Mendes",
                    company="Vale S.A.", title="Talent Acquisition Manager",
                    emails=["carlos.mendes@vale.com", "carlos.a.mendes@gmail.com"],
                    phones=["+55 21 98765-4321"], linkedin="linkedin.com/in/carlosamendes",
                    notes_contains="Met at Web Summit Rio.",
                    address_contains="Praia de Botafogo, 186"),
        "elena": c(full_name_contains="Elena Petrova", first="Elena", last="Petrova",
                   company="Helix Biotech", title="Head of Clinical Data",
                   emails=["e.petrova@helix-bio.de"],
                   phones=["+49 89 2180 4411", "+49 89 2180 4400"]),
        "sunhee": c(full_name="Sun-hee Kim", first="Sun-hee", last="Kim", company="Naver",
                    title="UX Lead", emails=["sunhee.kim@navercorp.com", "sunhee.kim@gmail.com"]),
        "liam": c(full_name="Liam Byrne", first="Liam", last="Byrne", company="Accenture",
                  title="Manager", phones=["+353 87 123 4567"],
                  notes_contains="Asked about the PM role in Dublin."),
        "fz": c(full_name="Fatima Zahra Benali", first="Fatima Zahra", last="Benali",
                emails=["fz.benali@gmail.com"], address_contains="12 Rue de la Paix"),
        "aoife": c(full_name="Aoife Murphy", first="Aoife", last="Murphy", company="Workday",
                   title="Senior Recruiter", emails=["aoife.murphy@workday.com"]),
    }
    csv_file("google-current.csv", "google", [",".join(GC_COLS)], rows, contacts,
             about="Google Contacts export, current layout: ' ::: ' joined e-mails and phones, "
                   "multi-line notes and formatted address in quotes, '* myContacts' labels, a "
                   "LinkedIn URL as a website; a company-only contact (no first or last name) "
                   "is skipped.")

    # 15. Current layout, BOM + CRLF, duplicates inside the file.
    rows = [
        g_row("anna", first="Anna", last="Berg", org="Nordwind Data GmbH",
              title="Head of Data Engineering", labels="* myContacts", e1l="* Work",
              e1="Anna.Berg@Nordwind-Data.de", p1l="Mobile", p1="+49 170 5550142"),
        g_row("paul", first="Paul", last="Novak", org="Kiwi.com", title="Engineering Manager",
              labels="* myContacts", e1l="* Work", e1="paul.novak@kiwi.com ::: pnovak@seznam.cz"),
        g_row("priya", first="Priya", last="Raman", org="Infosys", labels="* myContacts",
              p1l="Mobile", p1="+91 98450 12345"),
        g_row("anna", first="Anna", last="Berg", org="Nordwind Data GmbH",
              title="Head of Data Engineering", labels="* myContacts ::: Work", e1l="Work",
              e1="anna.berg@nordwind-data.de", p1l="Work", p1="+49 30 5550 1420"),
        g_row("priya", first="Priya", last="Raman", org="Infosys",
              notes="Office line.\r\nAsk for extension 412.", labels="* myContacts",
              p1l="Work", p1="+91 80 4116 7000"),
        g_row("priya2", first="Priya", last="Raman", org="Wipro", labels="* myContacts",
              p1l="Mobile", p1="+91 99000 54321"),
        g_row(SKIP, labels="* myContacts", p1l="Mobile", p1="+49 152 0000 1234"),
        g_row("paul", first="Paul", last="Novak", org="Kiwi.com", labels="* myContacts",
              e1l="Home", e1="pnovak@seznam.cz", notes="Private address, from his CV."),
        g_row("tomas", first="Tomás", last="Ó Súilleabháin", org="Stripe",
              title="Solutions Architect", labels="* myContacts", e1l="* Work",
              e1="tomas.osuilleabhain@stripe.com"),
    ]
    contacts = {
        "anna": c(full_name="Anna Berg", first="Anna", last="Berg", company="Nordwind Data GmbH",
                  title="Head of Data Engineering", emails=["anna.berg@nordwind-data.de"],
                  phones=["+49 170 5550142", "+49 30 5550 1420"]),
        "paul": c(full_name="Paul Novak", first="Paul", last="Novak", company="Kiwi.com",
                  title="Engineering Manager", emails=["paul.novak@kiwi.com", "pnovak@seznam.cz"],
                  notes_contains="Private address, from his CV."),
        "priya": c(full_name="Priya Raman", first="Priya", last="Raman", company="Infosys",
                   phones=["+91 98450 12345", "+91 80 4116 7000"],
                   notes_contains="Ask for extension 412."),
        "priya2": c(full_name="Priya Raman", first="Priya", last="Raman", company="Wipro",
                    phones=["+91 99000 54321"]),
        "tomas": c(full_name="Tomás Ó Súilleabháin", first="Tomás", last="Ó Súilleabháin",
                   company="Stripe", title="Solutions Architect",
                   emails=["tomas.osuilleabhain@stripe.com"]),
    }
    csv_file("google-current-crlf-dupes.csv", "google", [",".join(GC_COLS)], rows, contacts,
             eol="\r\n", encoding="utf-8-bom",
             about="Google current layout with BOM and CRLF. Duplicates: the same e-mail in "
                   "another case; a second e-mail inside a ' ::: ' cell; Priya Raman at Infosys "
                   "twice with phones only (name + company); Priya Raman at Wipro is someone "
                   "else. A CRLF inside a quoted note comes before the skipped phone-only row.")

    # 16. The legacy layout (Gmail's old "Google CSV"), UTF-8.
    rows = [
        gl_row("rebecca", name="Rebecca Goldberg", given="Rebecca", family="Goldberg",
               groups="* My Contacts ::: Recruiters", e1t="* Work",
               e1="rebecca.goldberg@lighthouse-search.com", p1t="Work", p1="+1 (212) 555-0148",
               a1t="Work", a1="350 Fifth Avenue, Suite 4100\nNew York, NY 10118\nUnited States",
               a1street="350 Fifth Avenue, Suite 4100", a1city="New York", a1region="NY",
               a1zip="10118", a1country="United States", org="Lighthouse Executive Search",
               title="Partner", w1t="Profile", w1="http://www.linkedin.com/in/rebeccagoldberg"),
        gl_row("hp", name="Dr. Hans-Peter Meier", groups="* My Contacts", e1t="* Home",
               e1="hp.meier@bluewin.ch"),
        gl_row(SKIP, e1t="* ", e1="no-reply@greenhouse.io"),
        gl_row("kenji", name="Kenji Watanabe", given="Kenji", family="Watanabe",
               given_yomi="ケンジ", family_yomi="ワタナベ", groups="* My Contacts",
               e1t="* Home", e1="kenji.w@gmail.com", e2t="Work", e2="k-watanabe@mercari.com",
               org="Mercari", title="Engineering Manager"),
        gl_row("lucia", name="Lucía Fernández", given="Lucía", family="Fernández",
               notes="Intro via Carlos.\nInterested in data roles.",
               groups="* My Contacts ::: Madrid", p1t="Mobile",
               p1="+34 612 34 56 78 ::: +34 655 98 76 54", org="Telefónica",
               title="Directora de Personas"),
        gl_row("kenji", name="Kenji Watanabe", given="Kenji", family="Watanabe",
               groups="* My Contacts", e1t="* Work", e1="k-watanabe@mercari.com", p1t="Mobile",
               p1="+81 90-1234-5678"),
    ]
    contacts = {
        "rebecca": c(full_name="Rebecca Goldberg", first="Rebecca", last="Goldberg",
                     company="Lighthouse Executive Search", title="Partner",
                     emails=["rebecca.goldberg@lighthouse-search.com"],
                     phones=["+1 (212) 555-0148"], linkedin="linkedin.com/in/rebeccagoldberg",
                     address_contains="350 Fifth Avenue, Suite 4100"),
        "hp": c(full_name="Dr. Hans-Peter Meier", emails=["hp.meier@bluewin.ch"]),
        "kenji": c(full_name="Kenji Watanabe", first="Kenji", last="Watanabe", company="Mercari",
                   title="Engineering Manager",
                   emails=["kenji.w@gmail.com", "k-watanabe@mercari.com"],
                   phones=["+81 90-1234-5678"]),
        "lucia": c(full_name="Lucía Fernández", first="Lucía", last="Fernández",
                   company="Telefónica", title="Directora de Personas",
                   phones=["+34 612 34 56 78", "+34 655 98 76 54"],
                   notes_contains="Interested in data roles."),
    }
    csv_file("google-legacy.csv", "google", [",".join(GL_COLS)], rows, contacts,
             about="Google's legacy layout (Name, Given Name, ..., Group Membership, "
                   "E-mail 1 - Type). A contact whose only name is the Name column is imported "
                   "under that name; an auto-added e-mail with no name is skipped; Kenji "
                   "Watanabe merges on his work e-mail.")

    # 17. Legacy layout as Gmail exported it: UTF-16 LE with BOM, commas, CRLF.
    rows = [
        gl_row("wojtek", name="Wojciech Zieliński", given="Wojciech", family="Zieliński",
               groups="* My Contacts", e1t="* Work", e1="w.zielinski@cdprojektred.com",
               org="CD PROJEKT RED", title="Lead Gameplay Programmer"),
        gl_row("ngozi", name="Ngozi Okonkwo", given="Ngozi", family="Okonkwo",
               groups="* My Contacts ::: Lagos", e1t="* Home", e1="ngozi.okonkwo@gmail.com",
               p1t="Mobile", p1="+234 803 555 0142", org="Interswitch",
               title="Head of People"),
        gl_row(SKIP, groups="* Other Contacts", e1t="* ", e1="talent@workable.example"),
        gl_row("mats", name="Mats Ekström", given="Mats", family="Ekström",
               groups="* My Contacts", e1t="* Work", e1="mats.ekstrom@klarna.com", e2t="Home",
               e2="mats.ekstrom@telia.se", org="Klarna", title="Staff Engineer"),
        gl_row("isabelle", name="Isabelle Laurent", given="Isabelle", family="Laurent",
               groups="* My Contacts", e1t="* Work", e1="isabelle.laurent@decathlon.com",
               a1t="Work", a1="4 Boulevard de Mons\n59650 Villeneuve-d'Ascq\nFrance",
               a1street="4 Boulevard de Mons", a1city="Villeneuve-d'Ascq", a1zip="59650",
               a1country="France", org="Decathlon", title="Responsable Talent Acquisition"),
    ]
    contacts = {
        "wojtek": c(full_name="Wojciech Zieliński", first="Wojciech", last="Zieliński",
                    company="CD PROJEKT RED", title="Lead Gameplay Programmer",
                    emails=["w.zielinski@cdprojektred.com"]),
        "ngozi": c(full_name="Ngozi Okonkwo", first="Ngozi", last="Okonkwo",
                   company="Interswitch", title="Head of People",
                   emails=["ngozi.okonkwo@gmail.com"], phones=["+234 803 555 0142"]),
        "mats": c(full_name="Mats Ekström", first="Mats", last="Ekström", company="Klarna",
                  title="Staff Engineer",
                  emails=["mats.ekstrom@klarna.com", "mats.ekstrom@telia.se"]),
        "isabelle": c(full_name="Isabelle Laurent", first="Isabelle", last="Laurent",
                      company="Decathlon", title="Responsable Talent Acquisition",
                      emails=["isabelle.laurent@decathlon.com"],
                      address_contains="4 Boulevard de Mons"),
    }
    csv_file("google-legacy-utf16.csv", "google", [",".join(GL_COLS)], rows, contacts,
             eol="\r\n", encoding="utf-16-le-bom",
             about="Legacy layout in UTF-16 LE with BOM, comma separated, CRLF, as Gmail's old "
                   "export wrote it; a multi-line address in quotes.")

    # 18. Current layout re-saved by Excel in a French locale: BOM, ';', CRLF, LF in cells.
    rows = [
        g_row("camille", first="Camille", last="Rousseau", org="BNP Paribas",
              title="Chargée de recrutement", labels="* myContacts", e1l="* Work",
              e1="camille.rousseau@bnpparibas.com", p1l="Mobile", p1="+33 6 12 34 56 78",
              a1l="Home", a1="8 rue de Rivoli\nAppartement 12\n75004 Paris\nFrance",
              a1street="8 rue de Rivoli", a1city="Paris", a1zip="75004", a1country="France"),
        g_row("nicolas", first="Nicolas", last="Lefebvre", org="Dassault Systèmes",
              title="Responsable RH; Europe du Sud", labels="* myContacts", e1l="* Work",
              e1="nicolas.lefebvre@3ds.com"),
        g_row(SKIP, org="Michael Page", labels="* myContacts", e1l="* Work",
              e1="candidats@michaelpage.example"),
        g_row("ines", first="Inès", last="Bouchard",
              notes="Rencontrée au salon VivaTech.\nRelancer en janvier.",
              labels="* myContacts", e1l="Home", e1="ines.bouchard@gmail.com"),
    ]
    contacts = {
        "camille": c(full_name="Camille Rousseau", first="Camille", last="Rousseau",
                     company="BNP Paribas", title="Chargée de recrutement",
                     emails=["camille.rousseau@bnpparibas.com"], phones=["+33 6 12 34 56 78"],
                     address_contains="8 rue de Rivoli"),
        "nicolas": c(full_name="Nicolas Lefebvre", first="Nicolas", last="Lefebvre",
                     company="Dassault Systèmes", title="Responsable RH; Europe du Sud",
                     emails=["nicolas.lefebvre@3ds.com"]),
        "ines": c(full_name="Inès Bouchard", first="Inès", last="Bouchard",
                  emails=["ines.bouchard@gmail.com"],
                  notes_contains="Rencontrée au salon VivaTech."),
    }
    csv_file("google-excel-semicolon-bom.csv", "google", [";".join(GC_COLS)], rows, contacts,
             delim=";", eol="\r\n", encoding="utf-8-bom",
             about="Google current layout opened in Excel (French locale) and saved as CSV UTF-8: "
                   "BOM, semicolons, CRLF between rows, LF inside quoted cells.")

    # 19. Current layout from a Google Sheet downloaded as .tsv (no quoting at all).
    rows = [
        g_row("marta", first="Marta", last="Kowalska", org="Revolut", title="Talent Partner",
              labels="* myContacts", e1l="* Work", e1="marta.kowalska@revolut.com",
              p1l="Mobile", p1="+48 601 555 019"),
        g_row("dev", first="Dev", last="Patel", org="Monzo", title="Backend Engineer, Payments",
              labels="* myContacts", e1l="* Home", e1="dev.patel@fastmail.com"),
        g_row(SKIP, labels="* myContacts", e1l="* ", e1="hello@otta.example"),
        g_row("hanna", first="Hanna", last="Virtanen", org="Supercell", title="Producer",
              labels="* myContacts", w1l="LinkedIn",
              w1="https://fi.linkedin.com/in/hanna-virtanen-games"),
    ]
    contacts = {
        "marta": c(full_name="Marta Kowalska", first="Marta", last="Kowalska", company="Revolut",
                   title="Talent Partner", emails=["marta.kowalska@revolut.com"],
                   phones=["+48 601 555 019"]),
        "dev": c(full_name="Dev Patel", first="Dev", last="Patel", company="Monzo",
                 title="Backend Engineer, Payments", emails=["dev.patel@fastmail.com"]),
        "hanna": c(full_name="Hanna Virtanen", first="Hanna", last="Virtanen",
                   company="Supercell", title="Producer",
                   linkedin_contains="linkedin.com/in/hanna-virtanen-games"),
    }
    text, placed = build_csv(["\t".join(GC_COLS)], rows, "\t", "\n")
    if '"' in text:
        raise SystemExit("the TSV must not need quotes")
    write("google-sheets-tab.tsv", text.encode("utf-8"))
    add_entry("google-sheets-tab.tsv", "google", placed, contacts, encoding="utf-8",
              delimiter="\t",
              about="Google current layout kept in a Google Sheet and downloaded as TSV: tabs, "
                    "no quoting, UTF-8 without BOM.")


# ------------------------------------------------------------------------- vCard


def qp_android(text: str) -> str:
    """Android's vCard 2.1 quoted-printable: every byte as =XX, soft break after 67 chars."""
    out = []
    count = 0
    for byte in text.encode("utf-8"):
        out.append(f"={byte:02X}")
        count += 3
        if count >= 67:
            out.append("=\r\n")
            count = 0
    return "".join(out)


def qp_outlook(text: str, first_line: int) -> str:
    """Outlook's quoted-printable in Windows-1252: only non-ASCII, '=' and CR/LF encoded,
    soft line breaks ('=' then CRLF) keep lines at most 76 characters."""
    out = ""
    col = first_line
    for ch in text.encode("cp1252"):
        piece = chr(ch) if 32 <= ch < 127 and ch != 61 else f"={ch:02X}"
        if col + len(piece) > 75:
            out += "=\r\n"
            col = 0
        out += piece
        col += len(piece)
    return out


def fold(line: str, limit: int = 75, cont: str = " ", cut_after: str = "") -> list[str]:
    """RFC folding at `limit` octets, never inside a UTF-8 character. With cut_after, the
    first physical line also ends right after the first occurrence of that text (used to put
    a fold inside an escape sequence, which is legal: unfolding comes before unescaping)."""
    forced = line.index(cut_after) + len(cut_after) if cut_after else -1
    parts: list[str] = []
    current = ""
    size = 0
    room = limit
    for i, ch in enumerate(line):
        n = len(ch.encode("utf-8"))
        if size + n > room or i == forced:
            parts.append(current)
            current = ""
            size = 0
            room = limit - len(cont)
        current += ch
        size += n
    parts.append(current)
    return [parts[0]] + [cont + p for p in parts[1:]]


def jpeg(seed: int, size: int = 48) -> bytes:
    from PIL import Image  # pillow is a project dependency

    img = Image.new("RGB", (size, size))
    img.putdata([((x * 5 + seed * 40) % 256, (y * 5) % 256, (x * y + seed * 17) % 256)
                 for y in range(size) for x in range(size)])
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=60)
    return buf.getvalue()


def png(width: int, height: int, seed: int = 0) -> bytes:
    raw = b"".join(
        b"\x00" + bytes(v for x in range(width)
                        for v in ((x * 7 + seed) % 256, (y * 3) % 256, (x ^ y) % 256))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


Card = tuple[list[str], str]


def vcard_file(name: str, cards: list[Card], contacts: dict[str, Contact], *, eol: str = "\r\n",
               encoding: str = "utf-8", about: str) -> None:
    text = ""
    placed: list[tuple[int, str]] = []
    for lines, tag in cards:
        if lines[0] != "BEGIN:VCARD":
            raise SystemExit(f"{name}: a card must start with BEGIN:VCARD")
        placed.append((line_at(text, len(text)), tag))
        text += eol.join(lines) + eol
    write(name, encode(text, encoding))
    add_entry(name, "vcard", placed, contacts, encoding=encoding, delimiter=None, about=about)


def b64_lines_21(data: bytes, head: str) -> list[str]:
    """vCard 2.1 base64 as Android writes it: continuation lines start with a space, then an
    empty line ends the value."""
    b64 = base64.b64encode(data).decode("ascii")
    first = 75 - len(head)
    lines = [head + b64[:first]]
    lines += [" " + b64[i:i + 76] for i in range(first, len(b64), 76)]
    return [*lines, ""]


def vcard_files() -> None:
    # 20. Android (Samsung) export, vCard 2.1, everything non-ASCII quoted-printable.
    note = ("Kennengelernt auf der Jobmesse in Frankfurt. Sucht Data Engineers für "
            "Kunden im Rhein-Main-Gebiet.\r\nRückruf nächste Woche.")
    cards: list[Card] = [
        (["BEGIN:VCARD", "VERSION:2.1",
          f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp_android('Müller')};"
          f"{qp_android('Jürgen')};;;",
          f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp_android('Jürgen Müller')}",
          "TEL;CELL:+49 171 2345678", "TEL;WORK:+49 69 9100 2200",
          "EMAIL;WORK:j.mueller@rheinmain-consult.de",
          "ORG:RheinMain Consult GmbH", "TITLE:Senior Recruiter",
          f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp_android(note)}",
          "END:VCARD"], "juergen"),
        (["BEGIN:VCARD", "VERSION:2.1",
          f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp_android('王')};{qp_android('小明')};;;",
          f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp_android('王小明')}",
          "TEL;CELL:+86 138 0013 8000", "EMAIL;HOME:xiaoming.wang@163.com",
          "ORG:Huawei Technologies", "TITLE:Solution Architect", "END:VCARD"], "wang"),
        (["BEGIN:VCARD", "VERSION:2.1", "N:;;;;", "FN:", "TEL;CELL:+49 152 0000 1234",
          "END:VCARD"], SKIP),
        (["BEGIN:VCARD", "VERSION:2.1", "N:Laurent;Sophie;;;", "FN:Sophie Laurent",
          "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Soph;1;;;;;;;;;;;;;",
          "TEL;CELL:+33 6 55 01 02 03", "EMAIL;HOME:sophie.laurent@orange.fr",
          "ORG:Criteo", "TITLE:Tech Recruiter", "URL:https://www.linkedin.com/in/sophielaurent",
          *b64_lines_21(jpeg(1), "PHOTO;ENCODING=BASE64;JPEG:"),
          "END:VCARD"], "sophie"),
        (["BEGIN:VCARD", "VERSION:2.1", "N:;Bob;;;", "FN:Bob", "TEL;CELL:+1 415 555 0111",
          "END:VCARD"], "bob"),
    ]
    contacts = {
        "juergen": c(full_name="Jürgen Müller", first="Jürgen", last="Müller",
                     company="RheinMain Consult GmbH", title="Senior Recruiter",
                     emails=["j.mueller@rheinmain-consult.de"],
                     phones=["+49 171 2345678", "+49 69 9100 2200"],
                     notes_contains="Kennengelernt auf der Jobmesse in Frankfurt."),
        "wang": c(full_name="王小明", first="小明", last="王", company="Huawei Technologies",
                  title="Solution Architect", emails=["xiaoming.wang@163.com"],
                  phones=["+86 138 0013 8000"]),
        "sophie": c(full_name="Sophie Laurent", first="Sophie", last="Laurent", company="Criteo",
                    title="Tech Recruiter", emails=["sophie.laurent@orange.fr"],
                    phones=["+33 6 55 01 02 03"], linkedin="linkedin.com/in/sophielaurent"),
        "bob": c(full_name="Bob", first="Bob", phones=["+1 415 555 0111"]),
    }
    vcard_file("vcard21-android.vcf", cards, contacts,
               about="Android (Samsung) 'Export to storage': vCard 2.1, CRLF, N/FN/NOTE in "
                     "CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE with '=' soft line breaks, a "
                     "base64 photo, a phone-only card without a name (skipped; its line is the "
                     "card's BEGIN line), a first-name-only card.")

    # 21. Outlook "Save as vCard" (2.1) in Windows-1252.
    label = "Große Elbstraße 14\r\n22767 Hamburg\r\nDeutschland"
    head_label = "LABEL;WORK;PREF;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:"
    onote = "Gespräch auf der transport logistic.\r\nRuft nach dem 15. zurück."
    head_note = "NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:"
    cards = [
        (["BEGIN:VCARD", "VERSION:2.1",
          "N;LANGUAGE=de;CHARSET=Windows-1252:Schäfer;Katrin",
          "FN;CHARSET=Windows-1252:Katrin Schäfer",
          "ORG:Hansa Logistik AG;Einkauf", "TITLE:Leiterin Einkauf",
          "TEL;WORK;VOICE:+49 (40) 1234-567", "TEL;CELL;VOICE:+49 (160) 9876543",
          "ADR;WORK;PREF;CHARSET=Windows-1252:;;Große Elbstraße 14;Hamburg;;22767;Deutschland",
          head_label + qp_outlook(label, len(head_label)),
          "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
          "URL;WORK:http://www.hansa-logistik.example",
          "EMAIL;PREF;INTERNET:k.schaefer@hansa-logistik.example",
          head_note + qp_outlook(onote, len(head_note)),
          "X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns=\"http://schemas.microsoft.com/office/"
          "outlook/12/electronicbusinesscards\" ver=\"1.0\" layout=\"left\" bgcolor=\"ffffff\">"
          "<img xmlns=\"\" align=\"fit\" area=\"16\" use=\"cardpicture\"/></card>",
          "REV:20261204T101500Z", "END:VCARD"], "katrin"),
    ]
    contacts = {
        "katrin": c(full_name="Katrin Schäfer", first="Katrin", last="Schäfer",
                    company="Hansa Logistik AG", title="Leiterin Einkauf",
                    emails=["k.schaefer@hansa-logistik.example"],
                    phones=["+49 (40) 1234-567", "+49 (160) 9876543"],
                    address_contains="Große Elbstraße 14",
                    notes_contains="Gespräch auf der transport logistic."),
    }
    vcard_file("vcard21-outlook-cp1252.vcf", cards, contacts, encoding="windows-1252",
               about="Outlook 'Save as vCard' (2.1): CHARSET=Windows-1252 values in a "
                     "Windows-1252 file, quoted-printable LABEL and NOTE with soft breaks, ORG "
                     "with a department.")

    # 22. Apple Contacts, one card (3.0).
    photo = fold("PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(jpeg(2)).decode("ascii"))
    cards = [
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 15.1//EN",
          "N:Duarte;Isabel;;;", "FN:Isabel Duarte", "ORG:Farfetch;People & Culture",
          "TITLE:Senior Talent Partner",
          "EMAIL;type=INTERNET;type=WORK;type=pref:isabel.duarte@farfetch.com",
          "item1.EMAIL;type=INTERNET:isa.duarte@icloud.com", "item1.X-ABLabel:Personal",
          "TEL;type=CELL;type=VOICE;type=pref:+351 912 345 678",
          "item2.TEL:+351 21 000 1234", "item2.X-ABLabel:Office",
          "item3.ADR;type=WORK;type=pref:;;Rua da Lionesa 446\\nEdifício G12;Leça do Balio;;"
          "4465-671;Portugal",
          "item3.X-ABADR:pt",
          "item4.URL;type=pref:https\\://www.linkedin.com/in/isabelduarte",
          "item4.X-ABLabel:_$!<HomePage>!$_",
          "X-SOCIALPROFILE;type=linkedin;x-user=isabelduarte:https\\://www.linkedin.com/in/"
          "isabelduarte",
          "NOTE:Met at Web Summit Lisbon.\\nSend the portfolio link before Friday.",
          *photo, "END:VCARD"], "isabel"),
    ]
    contacts = {
        "isabel": c(full_name="Isabel Duarte", first="Isabel", last="Duarte", company="Farfetch",
                    title="Senior Talent Partner",
                    emails=["isabel.duarte@farfetch.com", "isa.duarte@icloud.com"],
                    phones=["+351 912 345 678", "+351 21 000 1234"],
                    linkedin="linkedin.com/in/isabelduarte", address_contains="Rua da Lionesa 446",
                    notes_contains="Met at Web Summit Lisbon."),
    }
    vcard_file("vcard30-apple-single.vcf", cards, contacts,
               about="Apple Contacts, one card: grouped item1.EMAIL / item2.TEL with X-ABLabel, "
                     "URL with Apple's escaped colon (https\\://), X-SOCIALPROFILE, a folded "
                     "base64 JPEG photo, \\n in ADR and NOTE.")

    # 23. Apple Contacts, several cards selected and exported ("vCards.vcf").
    cards = [
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 15.1//EN",
          "N:Grant;Oliver;;;", "FN:Oliver Grant", "ORG:Monzo Bank;", "TITLE:Engineering Manager",
          "EMAIL;type=INTERNET;type=WORK;type=pref:oliver.grant@monzo.com",
          "TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123", "END:VCARD"], "oliver"),
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 15.1//EN",
          "N:Girard;Hélène;;;", "FN:Hélène Girard", "ORG:Ubisoft Entertainment;Talent",
          "TITLE:Talent Acquisition Specialist",
          "item1.EMAIL;type=INTERNET;type=pref:helene.girard@ubisoft.com",
          "item1.X-ABLabel:Recruiting", "TEL;type=WORK;type=VOICE:+33 1 48 18 50 00",
          "END:VCARD"], "helene"),
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iOS 18.1//EN",
          "N:Grant;Oliver;;;", "FN:Oliver Grant",
          "EMAIL;type=INTERNET;type=HOME;type=pref:ogrant@gmail.com",
          "item1.EMAIL;type=INTERNET:oliver.grant@monzo.com", "item1.X-ABLabel:_$!<Other>!$_",
          "TEL;type=HOME;type=VOICE:+44 20 7946 0321", "END:VCARD"], "oliver"),
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 15.1//EN",
          "N:Shankar;Ravi;;;", "FN:Ravi Shankar", "NICKNAME:Ravi S", "ORG:Atlassian;",
          "TITLE:Principal Engineer", "EMAIL;type=INTERNET;type=WORK:rshankar@atlassian.com",
          "BDAY:1986-04-23", "END:VCARD"], "ravi"),
    ]
    contacts = {
        "oliver": c(full_name="Oliver Grant", first="Oliver", last="Grant", company="Monzo Bank",
                    title="Engineering Manager",
                    emails=["oliver.grant@monzo.com", "ogrant@gmail.com"],
                    phones=["+44 7700 900123", "+44 20 7946 0321"]),
        "helene": c(full_name="Hélène Girard", first="Hélène", last="Girard",
                    company="Ubisoft Entertainment", title="Talent Acquisition Specialist",
                    emails=["helene.girard@ubisoft.com"], phones=["+33 1 48 18 50 00"]),
        "ravi": c(full_name="Ravi Shankar", first="Ravi", last="Shankar", company="Atlassian",
                  title="Principal Engineer", emails=["rshankar@atlassian.com"]),
    }
    vcard_file("vcard30-apple-multi.vcf", cards, contacts,
               about="Several Apple Contacts cards in one file; Oliver Grant twice (Mac and "
                     "iPhone accounts) sharing his work e-mail: one contact with both e-mails "
                     "and both phones.")

    # 24. Google Contacts "Export as vCard".
    cards = [
        (["BEGIN:VCARD", "VERSION:3.0", "FN:Aoife Murphy", "N:Murphy;Aoife;;;",
          "EMAIL;TYPE=INTERNET;TYPE=WORK:aoife.murphy@workday.com",
          "TEL;TYPE=CELL:+353 86 555 0199",
          "ADR;TYPE=WORK:;;Kings Building\\, Kilmainham Square;Dublin;;D08 N9X2;Ireland",
          "ORG:Workday", "TITLE:Senior Recruiter",
          "item1.URL:https\\://www.linkedin.com/in/aoifemurphy", "item1.X-ABLabel:LinkedIn",
          "NOTE:Referred by Liam.\\nFollow up after the panel interview.",
          "CATEGORIES:myContacts,Recruiters", "END:VCARD"], "aoife"),
        (["BEGIN:VCARD", "VERSION:3.0", "FN:Mateus Oliveira", "N:Oliveira;Mateus;;;",
          "EMAIL;TYPE=INTERNET;TYPE=WORK:mateus.oliveira@nubank.com.br",
          "EMAIL;TYPE=INTERNET;TYPE=HOME:mateus.oliveira@gmail.com",
          "TEL;TYPE=WORK:+55 11 3004-0001", "ORG:Nubank;Engineering",
          "TITLE:Engineering Manager",
          "PHOTO:https://lh3.googleusercontent.com/contacts/AG6tpzH8b2mC4pD1qXw",
          "CATEGORIES:myContacts", "END:VCARD"], "mateus"),
        (["BEGIN:VCARD", "VERSION:3.0", "FN:", "N:;;;;",
          "EMAIL;TYPE=INTERNET:no-reply@lever.co", "CATEGORIES:myContacts", "END:VCARD"], SKIP),
        (["BEGIN:VCARD", "VERSION:3.0", "FN:Yuki Nakamura", "N:Nakamura;Yuki;;;",
          "EMAIL;TYPE=INTERNET:yuki.nakamura@line.me", "ORG:LY Corporation",
          "TITLE:Data Engineer", "CATEGORIES:myContacts", "END:VCARD"], "yuki"),
    ]
    contacts = {
        "aoife": c(full_name="Aoife Murphy", first="Aoife", last="Murphy", company="Workday",
                   title="Senior Recruiter", emails=["aoife.murphy@workday.com"],
                   phones=["+353 86 555 0199"], linkedin="linkedin.com/in/aoifemurphy",
                   address_contains="Kings Building, Kilmainham Square",
                   notes_contains="Referred by Liam."),
        "mateus": c(full_name="Mateus Oliveira", first="Mateus", last="Oliveira",
                    company="Nubank", title="Engineering Manager",
                    emails=["mateus.oliveira@nubank.com.br", "mateus.oliveira@gmail.com"],
                    phones=["+55 11 3004-0001"]),
        "yuki": c(full_name="Yuki Nakamura", first="Yuki", last="Nakamura",
                  company="LY Corporation", title="Data Engineer",
                  emails=["yuki.nakamura@line.me"]),
    }
    vcard_file("vcard30-google.vcf", cards, contacts,
               about="Google Contacts 'Export as vCard' (3.0): TYPE= parameters, escaped comma "
                     "in ADR, item1.URL with X-ABLabel, PHOTO as a URL, an e-mail-only card "
                     "with an empty FN (skipped).")

    # 25. vCard 4.0 with data: URI photos.
    photo1 = fold("PHOTO:data:image/jpeg;base64," + base64.b64encode(jpeg(3)).decode("ascii"))
    photo2 = fold("PHOTO:data:image/png;base64," + base64.b64encode(png(24, 24, 9)).decode("ascii"))
    cards = [
        (["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//Sabre//Sabre VObject 4.5.4//EN",
          "UID:8f1c2f34-6a55-4f8e-9a63-1d2e3c4b5a69", "KIND:individual", "FN:Yasmin Haddad",
          "N:Haddad;Yasmin;;;", "ORG:Anghami;Talent", "TITLE:Head of Talent Acquisition",
          "EMAIL;TYPE=work;PREF=1:yasmin.haddad@anghami.com",
          'TEL;TYPE="cell,voice";VALUE=uri:tel:+971-50-555-0134',
          *fold('ADR;TYPE=work;LABEL="Dubai Media City, Building 5\\nDubai\\nUnited Arab '
                'Emirates":;;Dubai Media City\\, Building 5;Dubai;;;United Arab Emirates'),
          "URL;TYPE=work:https://www.linkedin.com/in/yasminhaddad",
          *photo1, "REV:20261203T091500Z", "END:VCARD"], "yasmin"),
        (["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//Sabre//Sabre VObject 4.5.4//EN",
          "UID:urn:uuid:0b7d3a52-91c4-4e0f-8d77-5f2b1c9e6a10", "FN:Lukáš Novotný",
          "N:Novotný;Lukáš;;;", "GENDER:M", "LANG;PREF=1:cs", "LANG;PREF=2:en",
          "ORG:JetBrains", "TITLE:Developer Advocate",
          "EMAIL;TYPE=home:lukas.novotny@seznam.cz",
          "TEL;VALUE=uri;TYPE=work:tel:+420-221-555-019",
          "IMPP;PREF=1:xmpp:lukas.novotny@jabber.cz",
          *photo2, "NOTE:Prague meetup organiser; knows the Kotlin team leads.",
          "END:VCARD"], "lukas"),
    ]
    contacts = {
        "yasmin": c(full_name="Yasmin Haddad", first="Yasmin", last="Haddad", company="Anghami",
                    title="Head of Talent Acquisition", emails=["yasmin.haddad@anghami.com"],
                    phones=["+971-50-555-0134"], linkedin="linkedin.com/in/yasminhaddad",
                    address_contains="Dubai Media City, Building 5"),
        "lukas": c(full_name="Lukáš Novotný", first="Lukáš", last="Novotný", company="JetBrains",
                   title="Developer Advocate", emails=["lukas.novotny@seznam.cz"],
                   phones=["+420-221-555-019"],
                   notes_contains="Prague meetup organiser; knows the Kotlin team leads."),
    }
    vcard_file("vcard40-photo.vcf", cards, contacts,
               about="vCard 4.0 (a CardDAV server's export): PHOTO as data: URIs folded over "
                     "many lines, TEL as tel: URIs, PREF=, a quoted TYPE list, a quoted LABEL "
                     "parameter, an unescaped semicolon in a NOTE (allowed in 4.0 text).")

    # 26. Thunderbird address book export (vCard 4.0).
    cards = [
        (["BEGIN:VCARD", "VERSION:4.0", "EMAIL;PREF=1:miriam.katz@wix.com", "FN:Miriam Katz",
          "N:Katz;Miriam;;;", "ORG:Wix.com", "TITLE:Recruiting Manager",
          "TEL;TYPE=work;VALUE=TEXT:+972 3 545 4900",
          "NOTE:Talked about the Staff PM opening.",
          "UID:d2b8f6c1-3e4a-4f5b-9c6d-7e8f9a0b1c2d", "END:VCARD"], "miriam"),
        (["BEGIN:VCARD", "VERSION:4.0", "EMAIL;PREF=1:jobs-noreply@linkedin.com", "FN:",
          "UID:5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "END:VCARD"], SKIP),
        (["BEGIN:VCARD", "VERSION:4.0", "EMAIL;PREF=1:ahmed.elsayed@valeo.com",
          "EMAIL:a.elsayed@outlook.com", "FN:Ahmed El-Sayed", "N:El-Sayed;Ahmed;;;",
          "ORG:Valeo", "TITLE:Embedded Software Lead",
          "UID:9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", "END:VCARD"], "ahmed"),
    ]
    contacts = {
        "miriam": c(full_name="Miriam Katz", first="Miriam", last="Katz", company="Wix.com",
                    title="Recruiting Manager", emails=["miriam.katz@wix.com"],
                    phones=["+972 3 545 4900"],
                    notes_contains="Talked about the Staff PM opening."),
        "ahmed": c(full_name="Ahmed El-Sayed", first="Ahmed", last="El-Sayed", company="Valeo",
                   title="Embedded Software Lead",
                   emails=["ahmed.elsayed@valeo.com", "a.elsayed@outlook.com"]),
    }
    vcard_file("vcard40-thunderbird.vcf", cards, contacts,
               about="Thunderbird address book export (vCard 4.0); a collected address with an "
                     "empty FN and no N is skipped.")

    # 27. Name prefixes and suffixes: FN already holds them, the name must appear once.
    cards = [
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 15.1//EN",
          "N:Smith;John;Quincy;Mr.;Jr.", "FN:Mr. John Quincy Smith Jr.",
          "ORG:Harborview Capital;", "TITLE:Managing Director",
          "EMAIL;type=INTERNET;type=WORK;type=pref:jq.smith@harborview-capital.com",
          "END:VCARD"], "smith"),
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 15.1//EN",
          "N:Okafor;Chinwe;;Dr.;PhD", "FN:Dr. Chinwe Okafor PhD",
          "ORG:Novartis;Oncology Research", "TITLE:Principal Scientist",
          "EMAIL;type=INTERNET;type=WORK;type=pref:chinwe.okafor@novartis.com",
          "END:VCARD"], "okafor"),
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iOS 18.1//EN",
          "N:de la Cruz;María;;Sra.;", "FN:Sra. María de la Cruz", "ORG:Iberdrola;",
          "TITLE:Directora de Talento", "TEL;type=WORK;type=VOICE:+34 944 15 14 11",
          "END:VCARD"], "delacruz"),
    ]
    contacts = {
        "smith": c(full_name="Mr. John Quincy Smith Jr.", first="John", last="Smith",
                   company="Harborview Capital", title="Managing Director",
                   emails=["jq.smith@harborview-capital.com"]),
        "okafor": c(full_name="Dr. Chinwe Okafor PhD", first="Chinwe", last="Okafor",
                    company="Novartis", title="Principal Scientist",
                    emails=["chinwe.okafor@novartis.com"]),
        "delacruz": c(full_name="Sra. María de la Cruz", first="María", last="de la Cruz",
                      company="Iberdrola", title="Directora de Talento",
                      phones=["+34 944 15 14 11"]),
    }
    vcard_file("vcard-prefix-suffix.vcf", cards, contacts,
               about="N with honorific prefix and suffix (Mr./Jr., Dr./PhD, Sra.) while FN "
                     "already spells them: the displayed name is FN, once, not 'Mr. Mr. John'.")

    # 28. Folded lines and escaped commas, semicolons, backslashes.
    n1 = ("NOTE:Intro from Matthias (Deutsche Bahn)\\; she is hiring a tax technology lead\\, "
          "not an accountant.\\nNext step: send the CV by Friday\\, 14:00 CET.\\nShared "
          "folder: C:\\\\Users\\\\karin\\\\Bewerbungen")
    cards = [
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//GNOME Evolution//3.52//EN",
          "N:Lindström;Karin;;;", "FN:Karin Lindström",
          "ORG:Müller\\, Schmidt & Partner mbB;Tax Advisory",
          "TITLE:Partner\\; Head of International Tax",
          "EMAIL;TYPE=WORK:karin.lindstroem@msp-steuer.example",
          *fold(n1, cut_after="(Deutsche Bahn)\\"), "END:VCARD"],
         "karin"),
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//GNOME Evolution//3.52//EN",
          "N:O'Neil;Siobhan;;;", "FN:Siobhan O'Neil",
          "ORG:Brennan\\, Doyle & O'Neil LLP", "TITLE:Recruiter\\, Legal & Compliance",
          *fold("ADR;TYPE=WORK:;;Grand Canal Dock\\, Block C\\nFloor 4;Dublin;;D02 X576;"
                "Ireland", cont="\t", cut_after="Grand Canal Dock\\"),
          "EMAIL;TYPE=WORK:soneil@brennandoyle.example", "END:VCARD"], "siobhan"),
        (["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//GNOME Evolution//3.52//EN",
          "N:Bragança;Maria Eduarda;dos Santos Oliveira;;",
          "FN:Maria Eduarda dos Santos Oliveira Bragança", "ORG:Natura &Co",
          *fold("TITLE:Senior Director\\, Global Talent Acquisition & Employer Branding\\, "
                "Europe\\, Middle East and Africa", cont="\t"),
          "TEL;TYPE=CELL:+55 11 99876-5432", "END:VCARD"], "maria"),
    ]
    contacts = {
        "karin": c(full_name="Karin Lindström", first="Karin", last="Lindström",
                   company="Müller, Schmidt & Partner mbB",
                   title="Partner; Head of International Tax",
                   emails=["karin.lindstroem@msp-steuer.example"],
                   notes_contains="she is hiring a tax technology lead, not an accountant."),
        "siobhan": c(full_name="Siobhan O'Neil", first="Siobhan", last="O'Neil",
                     company="Brennan, Doyle & O'Neil LLP", title="Recruiter, Legal & Compliance",
                     emails=["soneil@brennandoyle.example"],
                     address_contains="Grand Canal Dock, Block C"),
        "maria": c(full_name="Maria Eduarda dos Santos Oliveira Bragança", first="Maria Eduarda",
                   last="Bragança", company="Natura &Co",
                   title="Senior Director, Global Talent Acquisition & Employer Branding, "
                         "Europe, Middle East and Africa",
                   phones=["+55 11 99876-5432"]),
    }
    vcard_file("vcard-folded-escaped.vcf", cards, contacts,
               about="vCard 3.0 with long lines folded (space and tab continuations, folds "
                     "that fall inside escape sequences), escaped \\, \\; \\\\ and \\n in ORG, "
                     "TITLE, NOTE and ADR.")

    # 29. Cards from different programs concatenated into one file.
    cards = [
        (["BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=UTF-8:Keller;Robert;;Prof. Dr.;",
          "TEL;WORK;VOICE:+41 44 632 11 11", "EMAIL;INTERNET:robert.keller@ethz.example",
          "ORG;CHARSET=UTF-8:ETH Zürich", "END:VCARD"], "keller"),
        (["BEGIN:VCARD", "VERSION:3.0", "FN:Robert Keller", "N:Keller;Robert;;;",
          "EMAIL;TYPE=INTERNET:robert.keller@ethz.example", "TEL;TYPE=CELL:+41 79 555 01 23",
          "END:VCARD"], "keller"),
        (["BEGIN:VCARD", "VERSION:4.0", "FN:Inès Moreau", "N:Moreau;Inès;;;",
          "EMAIL;TYPE=work:ines.moreau@datadoghq.example", "TEL;VALUE=uri:tel:+33-6-55-01-02-04",
          "ORG:Datadog", "TITLE:Technical Recruiter", "END:VCARD"], "ines"),
    ]
    contacts = {
        "keller": c(full_name_contains="Robert Keller", first="Robert", last="Keller",
                    company="ETH Zürich", emails=["robert.keller@ethz.example"],
                    phones=["+41 44 632 11 11", "+41 79 555 01 23"]),
        "ines": c(full_name="Inès Moreau", first="Inès", last="Moreau", company="Datadog",
                  title="Technical Recruiter", emails=["ines.moreau@datadoghq.example"],
                  phones=["+33-6-55-01-02-04"]),
    }
    vcard_file("vcard-mixed-versions.vcf", cards, contacts,
               about="A 2.1 card (no FN, prefix 'Prof. Dr.' in N), a 3.0 card and a 4.0 card "
                     "pasted into one file; the two Robert Keller cards share an e-mail and "
                     "merge (phones from both).")


# ------------------------------------------------------------------- Near matches


def near_files() -> None:
    people = [
        ("jon", "Jon", "Smith", "Acme Analytics", "Data Engineer", "jon.smith@gmail.com"),
        ("jonathan", "Jonathan", "Smith", "Acme Analytics", "Senior Data Engineer",
         "jonathan.smith@acmeanalytics.example"),
        ("kate", "Kate", "Morgan", "Finch Bank", "Head of Talent", "kate.morgan@outlook.com"),
        ("katherine", "Katherine", "Morgan", "Finch Bank", "Head of Talent",
         "katherine.morgan@finchbank.example"),
        ("bill", "Bill", "Turner", "Turner & Hale LLP", "Partner", "bill@turnerhale.example"),
        ("william", "William", "Turner", "Turner & Hale LLP", "", "wturner@gmail.com"),
        ("bob", "Bob", "Keller", "Keller Bau GmbH", "Geschäftsführer", "bob@kellerbau.example"),
        ("robert", "Robert", "Keller", "Keller Bau GmbH", "", "r.keller@kellerbau.example"),
        ("jose1", "JOSE", "GARCIA", "Iberia Tech", "", "jgarcia@iberiatech.example"),
        ("jose2", "José", "García", "Iberia Tech", "CTO", "jose.garcia@gmail.com"),
        ("anna", "Anna", "Schmidt", "Siemens AG", "Recruiter", "anna.schmidt@siemens.example"),
        ("thomas", "Thomas", "Schmidt", "Siemens AG", "Engineering Manager",
         "thomas.schmidt@siemens.example"),
        ("chris", "Chris", "Lee", "Acme Analytics", "Product Manager",
         "chris.lee@acmeanalytics.example"),
        ("christine", "Christine", "Lee", "Globex Corporation", "HR Director",
         "christine.lee@globex.example"),
    ]
    rows = [g_row(key, first=f, last=la, org=org, title=t, labels="* myContacts", e1l="* ",
                  e1=mail) for key, f, la, org, t, mail in people]
    contacts = {key: c(full_name=f"{f} {la}", first=f, last=la, company=org, title=t or None,
                       emails=[mail]) for key, f, la, org, t, mail in people}
    csv_file("near-dupes.csv", "google", [",".join(GC_COLS)], rows, contacts,
             about="Google current layout; every row has its own e-mail, so the import merges "
                   "nothing: the pairs are for the near-match finder (see near_matches).")
    NEAR.append({
        "file": "files/near-dupes.csv",
        "pairs": [["Jon Smith", "Jonathan Smith"], ["Kate Morgan", "Katherine Morgan"],
                  ["Bill Turner", "William Turner"], ["Bob Keller", "Robert Keller"],
                  ["JOSE GARCIA", "José García"]],
        "not_pairs": [["Anna Schmidt", "Thomas Schmidt"], ["Chris Lee", "Christine Lee"]],
    })

    scanned = [
        ("rnaria", "Rnaria", "Rossi", "Studio Rossi Architetti", "Architetto",
         "rnaria.rossi@studiorossi.example", "+39 02 5550 1234"),
        ("maria", "Maria", "Rossi", "Studio Rossi Architetti", "Architetto",
         "maria.rossi@studiorossi.example", "+39 347 555 0199"),
        ("marco", "Marco", "Rossi", "Studio Rossi Architetti", "Socio fondatore",
         "marco.rossi@studiorossi.example", "+39 02 5550 1200"),
        ("jarnes", "Jarnes", "O'Neill", "Atlantic Freight Ltd", "Operations Director",
         "jarnes.oneill@atlanticfreight.example", "+353 1 555 0142"),
        ("james", "James", "O'Neill", "Atlantic Freight Ltd", "Operations Director",
         "james.oneill@atlanticfreight.example", "+353 87 555 0178"),
    ]
    cards: list[Card] = [
        (["BEGIN:VCARD", "VERSION:3.0", f"N:{la};{f};;;", f"FN:{f} {la}", f"ORG:{org}",
          f"TITLE:{t}", f"EMAIL;TYPE=WORK:{mail}", f"TEL;TYPE=WORK:{tel}",
          "NOTE:Scanned business card", "END:VCARD"], key)
        for key, f, la, org, t, mail, tel in scanned
    ]
    contacts = {key: c(full_name=f"{f} {la}", first=f, last=la, company=org, title=t,
                       emails=[mail], phones=[tel])
                for key, f, la, org, t, mail, tel in scanned}
    vcard_file("near-dupes-scanned.vcf", cards, contacts,
               about="Cards from a business-card scanner next to typed ones: OCR read 'm' as "
                     "'rn' (Rnaria, Jarnes); e-mails differ, so nothing merges on import.")
    NEAR.append({
        "file": "files/near-dupes-scanned.vcf",
        "pairs": [["Rnaria Rossi", "Maria Rossi"], ["Jarnes O'Neill", "James O'Neill"]],
        "not_pairs": [["Maria Rossi", "Marco Rossi"]],
    })


# --------------------------------------------------------------------- Malformed


def bad(name: str, data: bytes, reason: str) -> None:
    write(name, data)
    ENTRIES.append({"file": f"files/{name}", "exit": 2, "created": 0, "reason": reason})


def xlsx() -> bytes:
    sheet_rows = [LI_COLS, ["Anna", "Berg", "https://www.linkedin.com/in/anna-berg-4b7a19", "",
                            "Nordwind Data GmbH", "Head of Data Engineering", "04 Dec 2026"]]
    cells = []
    for r, values in enumerate(sheet_rows, 1):
        cs = "".join(
            f'<c r="{chr(65 + i)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
            for i, v in enumerate(values) if v
        )
        cells.append(f'<row r="{r}">{cs}</row>')
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Connections" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(cells)}</sheetData></worksheet>',
    }
    return zipped(files)


def zipped(files: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, content)
    return buf.getvalue()


def malformed_files() -> None:
    bad("zero-bytes.csv", b"", "empty: zero bytes")
    bad("empty-bom-only.csv", b"\xef\xbb\xbf",
        "empty: only a UTF-8 BOM (Excel 'CSV UTF-8' of an empty sheet)")
    bad("whitespace-only.vcf", b"\r\n\r\n  \r\n\t\r\n", "empty: only blank lines and whitespace")
    bad("header-only-linkedin.csv",
        ("\n".join([*LI_PREAMBLE, LI_HEADER]) + "\n").encode("utf-8"),
        "no contacts: the LinkedIn preamble and header, no rows")
    bad("header-only-google.csv", (",".join(GC_COLS) + "\r\n").encode("utf-8"),
        "no contacts: a Google Contacts header, no rows")
    bad("png-renamed.csv", png(64, 40, 3), "binary: a PNG image renamed to .csv")
    truncated = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nora Lindqvist\r\nN:Lindqvist;Nora;;;\r\n"
                 "ORG:Klarna\r\nEMAIL;TYPE=INTERNET;TYPE=WORK:nora.lindqvist@klarna.example\r\n"
                 "NOTE:Second interview on the 14th. Asked about")
    bad("truncated.vcf", truncated.encode("utf-8"),
        "truncated vCard: BEGIN:VCARD without END:VCARD (download cut off mid-line)")
    bad("random-text.txt",
        (b"Dear Ms. Berg,\n\nThank you for taking the time to meet with me on Thursday to "
         b"discuss the Head of Data Engineering role at Nordwind Data. I enjoyed learning about "
         b"the migration to the new warehouse, and our conversation confirmed my interest.\n\n"
         b"As we discussed, I led a similar migration at my previous company, cutting nightly "
         b"load times from six hours to forty minutes.\n\nBest regards,\nAlex Example\n"
         ),
        "not contacts: a thank-you letter in plain text")
    utf16 = b"\xff\xfe" + ("\r\n".join([*excel_preamble("\t"),
                                         "Megan\tWalsh\thttps://www.linkedin.com/in/meganwalsh"
                                         "-bain\t\tBain & Company\tManager\t12/18/2026",
                                         "Hiroshi\tTanaka\thttps://www.linkedin.com/in/hiro"])
                           ).encode("utf-16-le")
    utf16 = utf16 + b"s"  # half of the next UTF-16 code unit: the copy stopped mid-character
    if len(utf16) % 2 != 1:
        raise SystemExit("truncated-utf16.csv must have an odd byte count")
    bad("truncated-utf16.csv", utf16,
        "truncated UTF-16: odd number of bytes, the last code unit is cut in half")
    connections = ("\n".join([*LI_PREAMBLE, LI_HEADER,
                              "Anna,Berg,https://www.linkedin.com/in/anna-berg-4b7a19,,"
                              "Nordwind Data GmbH,Head of Data Engineering,04 Dec 2026"]) + "\n")
    bad("Basic_LinkedInDataExport_12-04-2026.zip",
        zipped({"Connections.csv": connections,
                "Profile.csv": "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,"
                               "Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,"
                               "Instant Messengers\nAlex,Example,,,,Data Engineer,,Software "
                               "Development,,Berlin,,,\n",
                "messages.csv": "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,"
                                "TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"}),
        "archive: the LinkedIn data export ZIP itself, not the Connections.csv inside it")
    bad("Connections.xlsx", xlsx(),
        "not a text contacts file: an Excel workbook (.xlsx, a ZIP) saved instead of CSV")
    bad("bank-statement.csv",
        (b"Date,Description,Amount,Balance\r\n2026-12-01,CARD PAYMENT REWE,-42.17,1830.55\r\n"
         b"2026-12-02,SALARY NORDWIND DATA GMBH,3120.00,4950.55\r\n"
         b"2026-12-03,\"TRANSFER, RENT DECEMBER\",-1150.00,3800.55\r\n"),
        "not contacts: a CSV with unrelated columns (a bank statement)")
    bad("calendar.ics",
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
         b"BEGIN:VEVENT\r\nDTSTART:20261210T140000Z\r\nDTEND:20261210T150000Z\r\n"
         b"UID:4kq9s0v2m1@google.com\r\nSUMMARY:Interview - Nordwind Data\r\n"
         b"ORGANIZER;CN=Anna Berg:mailto:anna.berg@nordwind-data.de\r\nEND:VEVENT\r\n"
         b"END:VCALENDAR\r\n"),
        "not contacts: an iCalendar file (an interview invitation)")


def main() -> None:
    linkedin_files()
    google_files()
    vcard_files()
    near_files()
    malformed_files()
    expected = {"files": ENTRIES, "near_matches": NEAR}
    (HERE / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(ENTRIES)} files, {sum(len(n['pairs']) for n in NEAR)} near-match pairs")


if __name__ == "__main__":
    main()
