"""Check the business-card evaluation set: images present, truth records complete and consistent
with the printed lines, and counts per layout and country.

    python tests/scanning/eval/check_truth.py

Exits non-zero on any problem. It does not run the scanner or the parser.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

KEYS = [
    "id", "batch", "layout", "country_shown", "country", "flat", "photo",
    "full_name", "first", "middle", "last", "prefix", "suffix", "credentials",
    "title", "department", "company",
    "emails", "phones", "website", "linkedin", "twitter",
    "street", "city", "region", "postal_code",
    "lines",
]
PHONE_KEYS = ["type", "e164", "ext", "as_printed"]
PHONE_TYPES = {"work", "mobile", "fax"}
# the calling code each country's numbers must start with
CALLING = {"US": "+1", "CA": "+1", "GB": "+44", "AU": "+61", "DE": "+49", "IE": "+353",
           "NZ": "+64", "IN": "+91", "FR": "+33", "NL": "+31", "ES": "+34", "IT": "+39",
           "SG": "+65", "ZA": "+27",
           # batch 3
           "MX": "+52", "BR": "+55", "SE": "+46", "CH": "+41", "JP": "+81", "PL": "+48",
           "BE": "+32", "AT": "+43", "PH": "+63", "IL": "+972", "AE": "+971",
           # batch 5
           "PT": "+351", "DK": "+45", "NO": "+47", "FI": "+358", "KR": "+82", "AR": "+54",
           "CL": "+56", "CO": "+57", "NG": "+234", "KE": "+254", "CZ": "+420",
           # batch 7
           "HK": "+852", "MY": "+60",
           # batch 10
           "TR": "+90",
           # batch 11
           "GR": "+30", "SA": "+966", "EG": "+20", "GH": "+233", "CN": "+86", "TW": "+886",
           "ID": "+62", "PE": "+51",
           # batch 12
           "VN": "+84", "TH": "+66",
           # batch 13
           "PK": "+92", "BD": "+880",
           # batch 14
           "RO": "+40", "UA": "+380", "MA": "+212",
           # batch 15
           "HU": "+36", "JO": "+962", "QA": "+974"}
# how a country may be printed on a card
COUNTRY_NAMES = {
    "US": ["USA", "United States"], "CA": ["Canada"], "GB": ["United Kingdom", "UK"],
    "AU": ["Australia"], "DE": ["Germany", "Deutschland"], "IE": ["Ireland"],
    "NZ": ["New Zealand"], "IN": ["India"], "FR": ["France"],
    "NL": ["Netherlands", "Nederland"], "ES": ["Spain", "España"], "IT": ["Italy", "Italia"],
    # Singapore is a city-state: "Singapore 018960" prints the city and the country at once
    "SG": ["Singapore"], "ZA": ["South Africa"],
    "MX": ["Mexico", "México"], "BR": ["Brazil", "Brasil"], "SE": ["Sweden", "Sverige"],
    "CH": ["Switzerland", "Schweiz", "Suisse", "Svizzera"], "JP": ["Japan"],
    "PL": ["Poland", "Polska"], "BE": ["Belgium", "België", "Belgique"],
    "AT": ["Austria", "Österreich"], "PH": ["Philippines"], "IL": ["Israel"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E."],
    "PT": ["Portugal"], "DK": ["Denmark", "Danmark"], "NO": ["Norway", "Norge"],
    "FI": ["Finland", "Suomi"], "KR": ["Korea", "South Korea", "Republic of Korea"],
    "AR": ["Argentina"], "CL": ["Chile"], "CO": ["Colombia"], "NG": ["Nigeria"],
    "KE": ["Kenya"], "CZ": ["Czech Republic", "Czechia", "Česká republika"],
    # Hong Kong, like Singapore, is a city that is also the country it prints
    "HK": ["Hong Kong"], "MY": ["Malaysia"],
    "TR": ["Turkey", "Türkiye"],
    # batch 11
    "GR": ["Greece", "Hellas"], "SA": ["Saudi Arabia", "KSA"], "EG": ["Egypt"],
    "GH": ["Ghana"], "CN": ["China", "P.R. China", "PRC"], "TW": ["Taiwan"],
    "ID": ["Indonesia"], "PE": ["Peru", "Perú"],
    # batch 12
    "VN": ["Vietnam", "Viet Nam"], "TH": ["Thailand"],
    # batch 13
    "PK": ["Pakistan"], "BD": ["Bangladesh"],
    # batch 14
    "RO": ["Romania", "România"], "UA": ["Ukraine"], "MA": ["Morocco", "Maroc"],
    # batch 15
    "HU": ["Hungary", "Magyarország"], "JO": ["Jordan"], "QA": ["Qatar"],
}
# region codes that cards may spell out
REGION_NAMES = {"QC": "Québec", "KA": "Karnataka", "MH": "Maharashtra", "HR": "Haryana",
                "TN": "Tamil Nadu", "OR": "Oregon",
                # Mexican states by their ISO 3166-2 codes, as the cards abbreviate them
                "NLE": "N.L.", "CMX": "CDMX", "JAL": "Jal.",
                # batch 4
                "QUE": "Qro.", "PUE": "Pue.", "GJ": "Gujarat",
                # batch 5: Colombia's ISO 3166-2 codes (Bogotá D.C. is CO-DC)
                "ANT": "Antioquia", "DC": "D.C.",
                # batch 6
                "WB": "West Bengal",
                # batch 9: Guanajuato as cards abbreviate it, and Spanish provinces printed in
                # brackets after the town, by their ISO 3166-2 codes (ES-A, ES-BI)
                "GUA": "Gto.", "A": "Alicante", "BI": "Bizkaia",
                # batch 11: Ontario spelled out in a Québec-style bilingual address
                "ON": "Ontario",
                # batch 12
                "UP": "Uttar Pradesh",
                # batch 13: Colombia's Atlántico department (CO-ATL), spelled out
                "ATL": "Atlántico",
                # batch 15: Yucatán (MX-YUC) as Mexican cards abbreviate it
                "YUC": "Yuc.",
                # batch 16: New Brunswick as a French Canadian address abbreviates it
                "NB": "N.-B.",
                # batch 20: Colombia's Valle del Cauca department (CO-VAC), spelled out
                "VAC": "Valle del Cauca",
                # batch 23: Telangana (IN-TG since 2023, IN-TS before), spelled out
                "TG": "Telangana",
                # batch 25: Colombia's Magdalena department (CO-MAG), spelled out
                "MAG": "Magdalena",
                # batch 28: Colombia's Quindío department (CO-QUI), spelled out
                "QUI": "Quindío",
                # batch 32: Punjab (IN-PB), spelled out
                "PB": "Punjab"}
# The first batch is cards 001-088; the second batch (written later by another author and
# reported as its own held-out group) is 089-137; the third (a third author, also held out
# whole) is 138-187; the fourth (a fourth author, held out whole as BATCH4) is 188-217; the
# fifth (a fifth author) is 218-257; the sixth (a sixth author) is 258-297; the seventh (a
# seventh author) is 298-337; the eighth (an eighth author) is 338-377; the ninth (a ninth
# author) is 378-417; the tenth (a tenth author) is 418-457; the eleventh (an eleventh author)
# is 458-497; the twelfth (a twelfth author) is 498-537; the thirteenth (a thirteenth author)
# is 538-577; the fourteenth (a fourteenth author) is 578-617; the fifteenth (a fifteenth
# author) is 618-657; the sixteenth (a sixteenth author) is 658-697; the seventeenth (a
# seventeenth author) is 698-737; the eighteenth (an eighteenth author) is 738-777; the
# nineteenth (a nineteenth author) is 778-817; the twentieth (a twentieth author) is 818-857;
# the twenty-first (a twenty-first author) is 858-897; the twenty-second (a twenty-second
# author) is 898-937; the twenty-third (a twenty-third author) is 938-977; the twenty-fourth (a
# twenty-fourth author) is 978-1017; the twenty-fifth (a twenty-fifth author) is 1018-1057;
# the twenty-sixth (a twenty-sixth author) is 1058-1097; the twenty-seventh (a twenty-seventh
# author) is 1098-1137; the twenty-eighth (a twenty-eighth author) is 1138-1177; the
# twenty-ninth (a twenty-ninth author) is 1178-1217; the thirtieth (a thirtieth author) is
# 1218-1257; the thirty-first (a thirty-first author) is 1258-1297; the thirty-second (a
# thirty-second author) is 1298-1337; the thirty-third (a thirty-third author) is 1338-1377;
# the thirty-fourth (a thirty-fourth author) is 1378-1417; the thirty-fifth (a thirty-fifth
# author) is 1418-1457; the thirty-sixth (a thirty-sixth author) is 1458-1497; the
# thirty-seventh (a thirty-seventh author) is 1498-1537; the thirty-eighth (a thirty-eighth
# author) is 1538-1577; the thirty-ninth (a thirty-ninth author) is 1578-1617; the fortieth (a
# fortieth author) is 1618-1657; the forty-first (a forty-first author) is 1658-1697; the
# forty-second (a forty-second author) follows on from 1698.
FIRST_BATCH = 88
SECOND_BATCH = 137
THIRD_BATCH = 187
FOURTH_BATCH = 217
FIFTH_BATCH = 257
SIXTH_BATCH = 297
SEVENTH_BATCH = 337
EIGHTH_BATCH = 377
NINTH_BATCH = 417
TENTH_BATCH = 457
ELEVENTH_BATCH = 497
TWELFTH_BATCH = 537
THIRTEENTH_BATCH = 577
FOURTEENTH_BATCH = 617
FIFTEENTH_BATCH = 657
SIXTEENTH_BATCH = 697
SEVENTEENTH_BATCH = 737
EIGHTEENTH_BATCH = 777
NINETEENTH_BATCH = 817
TWENTIETH_BATCH = 857
TWENTY_FIRST_BATCH = 897
TWENTY_SECOND_BATCH = 937
TWENTY_THIRD_BATCH = 977
TWENTY_FOURTH_BATCH = 1017
TWENTY_FIFTH_BATCH = 1057
TWENTY_SIXTH_BATCH = 1097
TWENTY_SEVENTH_BATCH = 1137
TWENTY_EIGHTH_BATCH = 1177
TWENTY_NINTH_BATCH = 1217
THIRTIETH_BATCH = 1257
THIRTY_FIRST_BATCH = 1297
THIRTY_SECOND_BATCH = 1337
THIRTY_THIRD_BATCH = 1377
THIRTY_FOURTH_BATCH = 1417
THIRTY_FIFTH_BATCH = 1457
THIRTY_SIXTH_BATCH = 1497
THIRTY_SEVENTH_BATCH = 1537
THIRTY_EIGHTH_BATCH = 1577
THIRTY_NINTH_BATCH = 1617
FORTIETH_BATCH = 1657
FORTY_FIRST_BATCH = 1697
MAX_BYTES = 125_000
# a post-office box as cards print it: PO Box, P.O. Box, Postbus, Postfach, BP, C.P., and from
# batch 5 the Norwegian Postboks and the Finnish PL (postilokero), from batch 8 the Swiss
# Case postale, from batch 9 the Swedish Box and the Afrikaans Posbus
PO_BOX = (r"\b(?:G?P\.?O\.? Box|Postbus|Postfach|BP|C\.P\.|Private Bag|Postboks|PL"
          r"|Case postale|Box(?= \d)|Posbus)(?= )")


def jpeg_size(path: Path) -> tuple[int, int] | None:
    """(width, height) from a JPEG's SOF marker, without an imaging library."""
    data = path.read_bytes()
    if data[:2] != b"\xff\xd8":
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xC0, 0xC1, 0xC2):
            h = int.from_bytes(data[i + 5 : i + 7], "big")
            w = int.from_bytes(data[i + 7 : i + 9], "big")
            return w, h
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        i += 2 + int.from_bytes(data[i + 2 : i + 4], "big")
    return None


def table(title: str, counter: Counter) -> None:
    print(f"{title}:")
    for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {str(k):16} {n}")


def counts(records: list[dict]) -> None:
    """Cards per layout and country, and how many show each feature."""

    table("layouts", Counter(r.get("layout") for r in records))
    table("countries", Counter(r.get("country") for r in records))
    shown = Counter("printed" if r.get("country_shown") else "not printed" for r in records)
    table("country on the card", shown)
    feats: Counter[str] = Counter()
    for r in records:
        if r.get("prefix"):
            feats["prefix"] += 1
        if r.get("credentials"):
            feats["credentials"] += 1
        if r.get("suffix"):
            feats["generational suffix"] += 1
        if r.get("department"):
            feats["department"] += 1
        if any(p["ext"] for p in r.get("phones", [])):
            feats["extension"] += 1
        if any(p["type"] == "fax" for p in r.get("phones", [])):
            feats["fax"] += 1
        if r.get("street") and re.search(PO_BOX, r["street"]):
            feats["PO box"] += 1
        if r.get("street") is None:
            feats["no street"] += 1
        if r.get("company") is None:
            feats["no company"] += 1
        if r.get("full_name", "").upper() in r.get("lines", []):
            feats["name in capitals"] += 1
        if r.get("linkedin"):
            feats["linkedin"] += 1
        if r.get("twitter"):
            feats["twitter"] += 1
    table("features", feats)


def main() -> int:
    records = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    problems: list[str] = []

    def bad(rec: dict, msg: str) -> None:
        problems.append(f"{rec.get('id', '?')}: {msg}")

    ids = Counter(r.get("id") for r in records)
    for i, n in ids.items():
        if n > 1:
            problems.append(f"{i}: id used {n} times")

    total_bytes = 0
    for r in records:
        missing = [k for k in KEYS if k not in r]
        extra = [k for k in r if k not in KEYS]
        if missing:
            bad(r, f"missing keys {missing}")
            continue
        n = int(r["id"])
        if r["batch"] != (1 if n <= FIRST_BATCH else 2 if n <= SECOND_BATCH
                          else 3 if n <= THIRD_BATCH else 4 if n <= FOURTH_BATCH
                          else 5 if n <= FIFTH_BATCH else 6 if n <= SIXTH_BATCH
                          else 7 if n <= SEVENTH_BATCH else 8 if n <= EIGHTH_BATCH
                          else 9 if n <= NINTH_BATCH else 10 if n <= TENTH_BATCH
                          else 11 if n <= ELEVENTH_BATCH else 12 if n <= TWELFTH_BATCH
                          else 13 if n <= THIRTEENTH_BATCH
                          else 14 if n <= FOURTEENTH_BATCH
                          else 15 if n <= FIFTEENTH_BATCH
                          else 16 if n <= SIXTEENTH_BATCH
                          else 17 if n <= SEVENTEENTH_BATCH
                          else 18 if n <= EIGHTEENTH_BATCH
                          else 19 if n <= NINETEENTH_BATCH
                          else 20 if n <= TWENTIETH_BATCH
                          else 21 if n <= TWENTY_FIRST_BATCH
                          else 22 if n <= TWENTY_SECOND_BATCH
                          else 23 if n <= TWENTY_THIRD_BATCH
                          else 24 if n <= TWENTY_FOURTH_BATCH
                          else 25 if n <= TWENTY_FIFTH_BATCH
                          else 26 if n <= TWENTY_SIXTH_BATCH
                          else 27 if n <= TWENTY_SEVENTH_BATCH
                          else 28 if n <= TWENTY_EIGHTH_BATCH
                          else 29 if n <= TWENTY_NINTH_BATCH
                          else 30 if n <= THIRTIETH_BATCH
                          else 31 if n <= THIRTY_FIRST_BATCH
                          else 32 if n <= THIRTY_SECOND_BATCH
                          else 33 if n <= THIRTY_THIRD_BATCH
                          else 34 if n <= THIRTY_FOURTH_BATCH
                          else 35 if n <= THIRTY_FIFTH_BATCH
                          else 36 if n <= THIRTY_SIXTH_BATCH
                          else 37 if n <= THIRTY_SEVENTH_BATCH
                          else 38 if n <= THIRTY_EIGHTH_BATCH
                          else 39 if n <= THIRTY_NINTH_BATCH
                          else 40 if n <= FORTIETH_BATCH
                          else 41 if n <= FORTY_FIRST_BATCH else 42):
            bad(r, f"batch {r['batch']!r} does not match the id")
        if extra:
            bad(r, f"unexpected keys {extra}")

        # images
        for kind in ("flat", "photo"):
            rel = r[kind]
            if rel != f"cards/{r['id']}-{kind}.jpg":
                bad(r, f"{kind} path {rel!r} does not follow cards/NNN-{kind}.jpg")
            p = HERE / rel
            if not p.is_file():
                bad(r, f"{kind} image {rel} missing")
                continue
            size = p.stat().st_size
            total_bytes += size
            if size > MAX_BYTES:
                bad(r, f"{rel} is {size} bytes")
            dims = jpeg_size(p)
            if dims is None:
                bad(r, f"{rel} is not a readable JPEG")
            elif kind == "flat" and dims not in ((1050, 600), (600, 1050)):
                bad(r, f"{rel} is {dims[0]}x{dims[1]}")

        # shapes of values
        for k in ("emails", "phones", "lines"):
            if not isinstance(r[k], list):
                bad(r, f"{k} is not a list")
        if not r["lines"]:
            bad(r, "no lines")
        if r["country"] not in CALLING:
            bad(r, f"country {r['country']!r}")
        if r["country_shown"] not in (None, r["country"]):
            bad(r, f"country_shown {r['country_shown']!r} differs from country")
        parts = [r["first"], r["middle"], r["last"], r["suffix"]]
        if r["full_name"] != " ".join(x for x in parts if x):
            bad(r, f"full_name {r['full_name']!r} is not first middle last suffix")

        # everything typed must be readable off the card
        text = " ".join(r["lines"])
        # casefold turns the Turkish capital İ into i plus a combining dot, so a company
        # printed in Turkish capitals (batch 28: LOJİSTİK) would not match its typed form
        # (Lojistik); the dot is dropped on both sides
        low = text.casefold().replace("\u0307", "")

        def printed(value: str | None, what: str, r: dict = r, low: str = low) -> None:
            if value and value.casefold().replace("\u0307", "") not in low:
                bad(r, f"{what} {value!r} is not in the printed lines")

        for k in ("first", "middle", "last", "prefix", "suffix", "credentials", "title",
                  "department", "company", "city", "postal_code"):
            printed(r[k], k)
        for e in r["emails"]:
            printed(e, "e-mail")
            if not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", e):
                bad(r, f"e-mail {e!r} looks wrong")
        for ph in r["phones"]:
            if sorted(ph) != sorted(PHONE_KEYS):
                bad(r, f"phone keys {sorted(ph)}")
                continue
            if ph["type"] not in PHONE_TYPES:
                bad(r, f"phone type {ph['type']!r}")
            printed(ph["as_printed"], "phone")
            if not re.fullmatch(r"\+[1-9]\d{7,14}", ph["e164"]):
                bad(r, f"e164 {ph['e164']!r}")
            elif not ph["e164"].startswith(CALLING[r["country"]]):
                bad(r, f"e164 {ph['e164']!r} is not a {r['country']} number")
            if ph["ext"] and ph["ext"] not in ph["as_printed"]:
                bad(r, f"extension {ph['ext']!r} not in {ph['as_printed']!r}")
            # the national digits must be the printed ones (less a trunk 0)
            printed_digits = re.sub(r"\D", "", ph["as_printed"].replace("(0)", ""))
            if ph["ext"]:
                printed_digits = printed_digits[: -len(ph["ext"])]
            national = ph["e164"][len(CALLING[r["country"]]):]
            if not printed_digits.lstrip("0").endswith(national.lstrip("0")):
                bad(r, f"e164 {ph['e164']!r} does not match {ph['as_printed']!r}")
        if r["website"]:
            if r["website"] != r["website"].lower() or r["website"].startswith(("www.", "http")):
                bad(r, f"website {r['website']!r} not normalised")
            printed(r["website"], "website")
        if r["linkedin"]:
            if not r["linkedin"].startswith("linkedin.com/in/"):
                bad(r, f"linkedin {r['linkedin']!r}")
            printed(r["linkedin"].removeprefix("linkedin.com/"), "linkedin")
        if r["twitter"]:
            if not r["twitter"].startswith("@"):
                bad(r, f"twitter {r['twitter']!r}")
            printed(r["twitter"].lstrip("@"), "twitter")
        if r["street"]:
            for piece in r["street"].split(", "):
                printed(piece, "street part")
        region = r["region"]
        if region and region.casefold() not in low and REGION_NAMES.get(region, "\0") not in text:
            bad(r, f"region {region!r} is not on the card")
        if r["country_shown"]:
            names = COUNTRY_NAMES[r["country_shown"]]
            # word edges by lookaround, not \b, so a name ending in a dot (U.A.E.) matches
            if not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names):
                bad(r, f"country {r['country_shown']} shown but not printed")
        else:
            # a card that does not print its country gives it away some other way
            cc = r["country"]
            tlds = {"GB": ".uk", "AU": ".au", "DE": ".de", "IE": ".ie", "NZ": ".nz", "IN": ".in",
                    "FR": ".fr", "CA": ".ca", "NL": ".nl", "ES": ".es", "IT": ".it",
                    "SG": ".sg", "ZA": ".za", "MX": ".mx", "BR": ".br", "SE": ".se",
                    "CH": ".ch", "JP": ".jp", "PL": ".pl", "BE": ".be", "AT": ".at",
                    "PH": ".ph", "IL": ".il", "AE": ".ae",
                    "PT": ".pt", "DK": ".dk", "NO": ".no", "FI": ".fi", "KR": ".kr",
                    "AR": ".ar", "CL": ".cl", "CO": ".co", "NG": ".ng", "KE": ".ke",
                    "CZ": ".cz", "HK": ".hk", "MY": ".my", "TR": ".tr",
                    "GR": ".gr", "SA": ".sa", "EG": ".eg", "GH": ".gh", "CN": ".cn",
                    "TW": ".tw", "ID": ".id", "PE": ".pe",
                    # batch 13
                    "PK": ".pk", "BD": ".bd",
                    # batch 14
                    "RO": ".ro", "UA": ".ua", "MA": ".ma",
                    # batch 15
                    "HU": ".hu", "JO": ".jo", "QA": ".qa"}
            domains = r["emails"] + ([r["website"]] if r["website"] else [])
            by_domain = cc in tlds and any(d.endswith(tlds[cc]) for d in domains)
            by_phone = any(p["as_printed"].startswith("+") for p in r["phones"])
            by_region = cc in ("US", "CA") and r["region"] is not None
            if not (by_domain or by_phone or by_region or cc == "US"):
                bad(r, "country neither printed nor implied by a domain, number or region")

    # counts
    print(f"{len(records)} cards, {2 * len(records)} images, {total_bytes / 1e6:.1f} MB of JPEG")
    table("batches", Counter(f"batch {r.get('batch')}" for r in records))
    for batch in range(1, 43):
        chosen = [r for r in records if r.get("batch") == batch]
        print(f"\n--- batch {batch}: {len(chosen)} cards")
        counts(chosen)

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nall records complete and consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
