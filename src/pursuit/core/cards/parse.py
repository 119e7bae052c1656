"""OCR lines in, card fields out: `parse_card`.

First every line gives up what has an unmistakable shape (e-mails, web addresses, handles,
phone numbers); then the postal address is found among what is left; then the name, the
title and the company are chosen among the remaining lines by our rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pursuit.core.cards import layout
from pursuit.core.cards.address import Address, card_country, country_code, find_address
from pursuit.core.cards.domains import country_of, own_name
from pursuit.core.cards.emails import find_emails, fit_to_name, tidy
from pursuit.core.cards.model import CardFields, OcrLine, Phone
from pursuit.core.cards.names import (
    SUFFIXES,
    Name,
    credentials_line,
    filipino_or_malay_given,
    is_credential,
    looks_like_name,
    matches_email,
    middle_singh,
    parse_name,
    proper_case,
    split_post_nominals,
    swedish_double_surname,
    title_credentials,
    without_prefix,
)
from pursuit.core.cards.phones import (
    LABELS,
    calling_regions,
    digits_read_as_letters,
    find_phones,
    label_type,
    without_registrations,
)
from pursuit.core.cards.title_company import (
    DEPARTMENT_WORDS,
    ENGLISH_ROLE_WORDS,
    INDUSTRY_WORDS,
    LEGAL_FORMS,
    PARENT_WORDS,
    ROLE_WORDS,
    UNIT_WORDS,
    company_case,
    company_score,
    continues_title,
    domain_stems,
    has_legal_form,
    has_role,
    is_department,
    is_industry_word,
    matches_domain,
    spelled_by_domain,
    title_case,
    title_score,
    words_of,
)
from pursuit.core.cards.web import find_linkedin, find_twitter, find_website, repair_domains

# What is left of a line once its contact details are taken out, if it is only punctuation
# or a lone label, is nothing.
_LEFTOVER_NOISE = re.compile(r"^[\W_]*(?:[a-z]{1,2}|e-?mail|web|tel|phone|fax)?[\W_]*$",
                             re.IGNORECASE)


@dataclass
class _Line:
    """One line while it is being read: what is still unread of it, and where it sits."""

    index: int
    block: int
    source: OcrLine
    rest: str | None
    height: float
    kinds: set[str] = field(default_factory=set)


@dataclass
class _Contacts:
    emails: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    website: str | None = None
    linkedin: str | None = None
    twitter: str | None = None


def clean(text: str) -> str:
    """Normalise what OCR gives: compatibility forms, odd spaces, spaces around '@'."""
    # The ordinal indicators ("3.º", "4º 2ª", "14º andar") are what an address book keeps;
    # NFKC would make them the letters "o" and "a".
    text = "".join(piece if piece in "ºª" else unicodedata.normalize("NFKC", piece)
                   for piece in re.split(r"([ºª])", text))
    text = re.sub(r"\s+", " ", text).strip()
    # The hyphen of a compound's part left out before "and" ("Kade- en Sluisbouw", "Ein- und
    # Verkauf", "Bygg- og anlegg") keeps its space: OCR closes it up ("Kade-en Sluisbouw"),
    # and no word ends in a hyphen and these conjunctions.
    text = re.sub(r"(?<=[^\W\d_]{3})-(?=(?:en|und|oder|og|och)\s+[^\W\d_])", "- ", text)
    if "ı" in text:
        text = _DOTTED_AMONG_DOTLESS.sub(_dotless, text)
    return tidy(repair_domains(text))


# A Turkish word with a dotless ı in it whose other vowels are all back ones (a, ı, o, u):
# vowel harmony makes its small i a dotless ı too, which OCR read dotted ("Yildırım",
# "Kilıçoğlu"). Only words that already show a dotless ı: no other language writes one.
_DOTTED_AMONG_DOTLESS = re.compile(r"[^\W\d_]*ı[^\W\d_]*")


def _dotless(word: re.Match[str]) -> str:
    text = word.group()
    if "i" in text and not re.search(r"[eéöüEÉÖÜ]", text):
        return text.replace("i", "ı")
    return text


def _country_domain_completed(address: str, home: str) -> str:
    """An address whose country's domain lost its last letter at the card's edge
    ("zeynep@anatolmakine.com.t" on a Turkish card): no top-level domain is one letter, and
    a generic second level ("com", "co", "org") before it is the country's ("com.tr"), so
    the card's own country's domain that starts with the letter is the one printed."""
    local, _, host = address.rpartition("@")
    labels = host.split(".")
    country = {"GB": "uk"}.get(home, home.lower())
    if (len(labels) >= 3 and len(labels[-1]) == 1 and labels[-2] in _GENERIC_SECOND_LEVELS
            and len(country) == 2 and country.startswith(labels[-1])):
        return f"{local}@{'.'.join(labels[:-1])}.{country}"
    return address


# The generic second levels under a country's domain ("com.tr", "co.za", "org.uk").
_GENERIC_SECOND_LEVELS = frozenset({"com", "co", "org", "net", "gov", "edu", "ac", "or",
                                    "ne", "go", "gob", "gen", "biz"})


def _cut(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " + text[span[1]:]


def _take_contacts(text: str, region: str, found: _Contacts) -> tuple[str, set[str]]:
    """Take every contact detail out of one line; returns what is left and what was taken."""
    kinds: set[str] = set()
    emails = find_emails(text)
    found.emails.extend(address for address, _ in emails)
    for _, span in reversed(emails):  # from the end, so earlier spans stay where they are
        text = _cut(text, span)
        kinds.add("email")
    for finder, attribute in ((find_linkedin, "linkedin"), (find_twitter, "twitter"),
                              (find_website, "website")):
        hit = finder(text)
        while hit:
            value, span = hit
            if getattr(found, attribute) is None:
                setattr(found, attribute, value)
            text = _cut(text, span)
            kinds.add(attribute)
            hit = finder(text)
    text = without_registrations(digits_read_as_letters(text))
    phones = find_phones(text, region)
    for _, span in reversed(phones):
        text = _cut(text, span)
    found.phones.extend(phone for phone, _ in phones)
    if phones:
        kinds.add("phone")
    return text, kinds


def _leftover(text: str) -> str | None:
    # A trailing comma stays: it says the line goes on ("Vice President," / "Sales").
    text = re.sub(r"\s+", " ", text).strip(" |•·;/-–—").lstrip(", ")
    return None if _LEFTOVER_NOISE.match(text) else text


def _other_script_lines(given: list[OcrLine]) -> tuple[list[OcrLine], list[OcrLine]]:
    """A card printed in two scripts ("张伟" over "David Zhang", "株式会社サクラテック" over
    "Sakura Tech Co., Ltd."): the lines in the other script say again what the Latin ones
    say, and the contact is kept in Latin letters. They are set apart (kept, not parsed) when
    at least three lines and as many as theirs are mostly in Latin letters, not counting
    e-mail and web lines; a card mostly in another script is read whole."""
    def latin_share(text: str) -> float | None:
        letters = [ch for ch in text if ch.isalpha()]
        if not letters:
            return None
        return sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters) / len(
            letters)

    shares = [latin_share(line.text) for line in given]
    other = [i for i, share in enumerate(shares) if share is not None and share < 0.5]
    latin = [i for i, share in enumerate(shares) if share is not None and share >= 0.5
             and not re.search(r"@|www\.|https?:", given[i].text)]
    if not other or len(latin) < 3 or len(latin) < len(other):
        return given, []
    return ([line for i, line in enumerate(given) if i not in other],
            [given[i] for i in other])


# Turkey's "A.Ş." closing a line, its Ş lost or read as a section sign on a photo ("SAN. VE
# TIC. A..", "Lojistik A.§."): no Turkish line ends so otherwise.
_TURKISH_FORM_MISREAD = re.compile(r"\bA\.\s?(?:[§$]\.?|\.)$")


def _folded(text: str) -> str:
    """`text` in small letters without accents, as an e-mail's local part spells a name
    ("Şahin" -> "sahin"; Turkish's dotless ı is an i there)."""
    text = text.casefold().replace("ı", "i")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


def _unglued_names(given: list[OcrLine]) -> list[OcrLine]:
    """Lines with a given name and a surname OCR read without the space between them
    ("AnaKovač") split again where the card's e-mail spells the two apart ("ana.kovac@"):
    glued, they are one word that no rule reads as a name. Only a split the e-mail confirms:
    surnames in mixed case ("McKenzie", "DeLuca") keep their capital inside."""
    pairs = set()
    for line in given:
        for address, _span in find_emails(line.text):
            parts = re.split(r"[._-]", address.partition("@")[0])
            if len(parts) == 2 and all(len(part) >= 2 for part in parts):
                pairs.add((parts[0], parts[1]))
    if not pairs:
        return given

    def split(word: str) -> str:
        for cut in range(2, len(word) - 1):
            if word[cut - 1].islower() and word[cut].isupper() and (
                    _folded(word[:cut]), _folded(word[cut:])) in pairs:
                return f"{word[:cut]} {word[cut:]}"
        return word

    out = []
    for line in given:
        if "@" in line.text:
            out.append(line)
            continue
        text = re.sub(r"[^\W\d_]{4,}", lambda m: split(m.group()), line.text)
        out.append(line if text == line.text else replace(line, text=text))
    return out


def parse_card(lines: Sequence[OcrLine | str], region: str = "US") -> CardFields:
    """Fields of a business card from its OCR lines.

    Lines with boxes are put in reading order and grouped in blocks by their position; plain
    strings are taken as one column, top to bottom. `region` is the user's country (ISO
    3166): numbers printed without a country code are read in the country the card shows
    (`card_region`), and in `region` only when it shows none."""
    given = [line if isinstance(line, OcrLine) else OcrLine(line) for line in lines]
    given = [OcrLine(clean(line.text), line.box, line.score) for line in given]
    given = [line for line in given if line.text]
    given, translated = _other_script_lines(given)
    shown = card_region([line.text for line in given])
    home = shown or region.upper()
    if home == "TR":
        given = [replace(line, text=_TURKISH_FORM_MISREAD.sub("A.Ş.", line.text)) for line in given]
        # The breve of Ğ read as a caron ("AYDOČAN"): Turkish writes no Č, so on a Turkish
        # card it is the Ğ (an e-mail spells both "g").
        given = [replace(line, text=line.text.replace("Č", "Ğ").replace("č", "ğ"))
                 for line in given]
        # The dot of the capital İ read as an acute ("LOJİSTİK" -> "LOJÍSTIK"): Turkish
        # writes no Í, so on a Turkish card it is the İ.
        given = [replace(line, text=line.text.replace("Í", "İ")) for line in given]
    given = _unglued_names(given)

    contacts = _Contacts()
    work: list[_Line] = []
    # Labels printed on a line of their own ("Fax"), and numbers alone on theirs (the
    # phone's index), to pair a label with the number beside it by their boxes.
    label_lines: list[tuple[str, OcrLine]] = []
    bare_numbers: list[tuple[int, OcrLine]] = []
    for block_number, block in enumerate(layout.blocks(given)):
        label_above: str | None = None
        for line in block:
            before = len(contacts.phones)
            rest, kinds = _take_contacts(line.text, home, contacts)
            if len(contacts.phones) == before + 1 and re.match(r"[\s(+]*\d", line.text):
                bare_numbers.append((before, line))
                if label_above:
                    # A label on the line above its number in the same block ("Fax" /
                    # "+43 316 …") is that number's.
                    contacts.phones[before] = replace(contacts.phones[before],
                                                      type=label_above)
            label_above = (label_type(line.text) if re.fullmatch(r"[^\W\d_]{1,12}\.?:?",
                                                                  line.text.strip()) else None)
            words = re.fullmatch(r"[^\W\d_]{1,12}\.?(?:\s*[/|&]\s*[^\W\d_]{1,12}\.?){1,2}:?",
                                 line.text.strip())
            if words and not label_above:
                # "CELULAR / WHATSAPP", "Mobile / Cell": a label of several words on its own
                # line, each naming the same kind of phone ("Tel. / Fax" names none).
                named = {LABELS.get(word.lower()) for word in re.findall(r"[^\W\d_]+",
                                                                          line.text)}
                label_above = named.pop() if len(named) == 1 and None not in named else None
            if label_above:
                label_lines.append((label_above, line))
            work.append(_Line(len(work), block_number, line, _leftover(rest),
                              layout.text_height(line), kinds))

    for index, number in bare_numbers:
        # A label left of its number on the same printed line, whatever order the lines
        # were read in (a label column, or a label a little lower on a photo).
        beside = [kind for kind, label in label_lines if _beside(label, number)]
        near = [kind for kind, label in label_lines
                if _beside(label, number) and _gap(label, number) <= 3 * _height(number)]
        # A grid of labelled cells ("Tél." / "+41 21 …" beside "Mobile" / "+41 78 …"): the
        # label right above a number in its column is its own, while the label of the cell to
        # its left, far off on the same printed line, is the other number's.
        above = [kind for kind, label in label_lines if _above_in_column(label, number)]
        chosen = near or above or beside
        if chosen:
            contacts.phones[index] = replace(contacts.phones[index], type=chosen[-1])

    if contacts.website:
        contacts.emails = [_dot_from_website(email, contacts.website)
                           for email in contacts.emails]
    if home == "NL":
        # "f.devries@example.ni" on a card with a Dutch postcode: OCR read the small l of
        # ".nl" as an i (see `card_region`).
        contacts.emails = [re.sub(r"\.ni$", ".nl", email) for email in contacts.emails]
    address, address_lines = _address(work, home, domain_stems(
        [email.split("@")[1] for email in contacts.emails]
        + ([contacts.website] if contacts.website else [])))
    for index in address_lines:
        work[index].rest = None
        work[index].kinds.add("address")
    country = address.country if address else None
    for item in work:
        if item.rest and country_code(item.rest):
            country = country or country_code(item.rest)
            item.rest = None
    if address and not country and home:
        # Two offices, the country printed after the second only ("Kantoor Gent: …, 9000
        # Gent – België" under the Brussels one): the card's country when the card's own
        # region (its domain, its calling code) is that country too.
        for item in work:
            text = item.source.text
            other = find_address([text], home) if re.search(r"\d", text) and (
                item.index in address_lines) else None
            if other and other[0].country == home:
                country = home
                break
    stems = domain_stems([email.split("@")[1] for email in contacts.emails]
                         + ([contacts.website] if contacts.website else []))
    work = _split_at_separators(work, stems)
    _drop_monograms(work, stems)
    work = _name_run_into_company(work, [email.split("@")[0] for email in contacts.emails],
                                  stems)

    name_line = _choose_name(work, contacts.emails, stems)
    name = (parse_name(_particle_apart(name_line.rest, contacts.emails))
            if name_line and name_line.rest else None)
    if name is not None and name_line is not None:
        # Credentials printed on their own line under the name ("MBChB PhD FRCP").
        below = _next_in_block(work, name_line)
        if below is not None and below.rest and credentials_line(below.rest):
            printed = below.rest.strip(" ,")
            name = replace(name, credentials=f"{name.credentials}, {printed}"
                           if name.credentials else printed)
            below.rest = None
            below.kinds.add("credentials")
    if name is not None:
        name = middle_singh(name, home)
        name = filipino_or_malay_given(name, home)
        name = vietnamese_order(name, [email.split("@")[0] for email in contacts.emails], home)
        name = two_surnames(name, [email.split("@")[0] for email in contacts.emails], home)
        name = swedish_double_surname(name, home)
        name = english_then_chinese(name, [email.split("@")[0] for email in contacts.emails],
                                    home)
        name = given_names_by_email(name, [email.split("@")[0] for email in contacts.emails])
        name = given_pair_by_email(name, [email.split("@")[0] for email in contacts.emails],
                                   home)
        name = chinese_given_names(name)
        name = family_name_first(name, [email.split("@")[0] for email in contacts.emails])
        name = family_first_by_country(name, [email.split("@")[0] for email in contacts.emails],
                                       home)
        name = polish_letters(name, home)
        name = turkish_letters(name, home)
        name = capitals_left(name)
        contacts.emails = [fit_to_name(email, name.first, name.last, name.middle)
                           for email in contacts.emails]
    contacts.emails = [_country_domain_completed(email, home) for email in contacts.emails]
    title = _choose_title(work, name_line, stems)
    if name is not None and title:
        title, held = title_credentials(title)
        if held:
            name = replace(name, credentials=f"{name.credentials}, {held}"
                           if name.credentials else held)
    company_line, company = _choose_company(work, stems,
                                            {name_line.index} if name_line else set(),
                                            name.full_name if name else None)
    if company is None and title and ", " in title:
        role, _, firm = title.rpartition(", ")
        if has_role(role) and not has_role(firm) and matches_domain(firm, stems):
            # "Illustrator, Fernhill Studio" on fernhill.ie, and no company line: the role
            # and the firm on one line, the firm spelled by the domain.
            title, company = role, company_case(firm, name.full_name if name else None, stems)
    parting = next((mark for mark in (" – ", " / ") if title and title.count(mark) == 1), None)
    if company is None and title and parting:
        # A spaced slash too: "Violin Maker / Harwood Strings" on harwoodstrings.com.
        role, _, firm = title.partition(parting)
        if (not has_role(firm) and matches_domain(firm, stems)
                and not matches_domain(role, stems)):
            # "Grafikerin EFZ - Atelier Brunner" on atelierbrunner.ch, and no company line:
            # after the dash (OCR's hyphen, set as a dash with the title) is the firm the
            # domain spells, not the role's field ("Associate – Corporate Finance").
            title, company = role, company_case(firm, name.full_name if name else None, stems)
    slash = company is not None and company.count(" / ") == 1 and ", " not in company
    if title is None and company and (company.count(", ") == 1 or slash):
        # A spaced slash parts them as a comma does ("Furniture Maker / Lindgren Woodworks"
        # on lindgrenwoodworks.com): a one-line card's role, then its firm.
        role, _, firm = company.partition(" / " if slash else ", ")
        if (matches_domain(firm, stems) and not matches_domain(role, stems)
                and not re.search(r"\d", role) and len(role.split()) <= 3
                and not any(re.sub(r"[^a-z]", "", word.casefold()) in stem
                            for word in role.split() for stem in stems)):
            # "Sisustussuunnittelija, Kotiranta Studio Oy" on kotirantastudio.fi, no title found: a
            # role in a language the role words miss, then the firm the domain spells. A
            # firm whose name has a comma ("Baker, Lowe LLP" on bakerlowe.com) has its first
            # part spelled by the domain too, and stays whole.
            title, company = role, firm
    if company:
        company = _apart_by_domain(company, [email.split("@")[1] for email in contacts.emails]
                                   + ([contacts.website] if contacts.website else []))
        # A bar or a logo's stroke before the firm's name read as a capital I run into it:
        # "IWisła Systemy …", "IHanseatische Logistik …" (no word starts with a capital I
        # and a second capital before small letters; "iPhone" starts small).
        company = re.sub(r"^I(?=[A-ZÀ-Þ][a-zß-ÿ]{2,})", "", company)
        # A small l read as a capital I after a word's capital: "VItava Pohony s.r.o." (no
        # word starts with a capital, a capital I and small letters; streets had the rule).
        company = _SMALL_L_AFTER_CAPITAL.sub(r"\1l", company)
        # OCR drops the narrow space before a dotted legal form: "Facilities ManagementL.L.C."
        # (no word runs small letters straight into two or more dotted capitals).
        company = _GLUED_DOTTED_FORM.sub(r"\1 \2", company)
        company = _DOTTED_FORM_STOP_LOST.sub(_dotted_form_restored, company)
        if home == "HU":
            # Hungarian legal forms are abbreviations always printed with their stop
            # ("Kft.", "Zrt.", "Nyrt.", "Bt."); a stop at the line's end is the mark OCR drops.
            company = _HUNGARIAN_FORM_NO_STOP.sub(r"\1.", company)
        if name is not None:
            company = _name_spelled_in_company(company, name)
    if home == "TR":
        title, company = _turkish_capitals(title), _turkish_capitals(company)
        title = _turkish_dotless_suffix(title)
        title, company = _turkish_business_words(title), _turkish_business_words(company)
    department = _choose_department(work, {name_line.index} if name_line else set(), company,
                                    stems)
    if home == "TR":
        # A department starts with the dotted capital as a title does ("İhracat …").
        department = _turkish_business_words(_turkish_dotless_suffix(_turkish_capitals(
            department)))
    if home in _TWO_LANGUAGE_UNITS and department:
        department = _unit_in_first_language(department)
    if company is None and department and stems and matches_domain(department, stems):
        # "Harbour Clinical Research Unit" on harbourcru.org, and no other company line: a
        # unit that the domain names is the organisation the card is for, not a part of one.
        company, department = department, None
    street = address.street if address else None
    city = address.city if address else None
    if home == "GB":
        title, company, department, street, city = (
            _welsh_circumflex(text) for text in (title, company, department, street, city))
    if street:
        street = _STREET_SMALL_L.sub(_capital_i_in_street, street)
    if home in _CARON_N_COUNTRIES:
        # "Vídeñská": Czech and Slovak have no ñ; it is OCR's reading of the ň (the caron
        # drawn small over the n reads as a tilde).
        title, company, department, street, city = (
            text.replace("ñ", "ň").replace("Ñ", "Ň") if text else text
            for text in (title, company, department, street, city))
    if home == "VN" and city:
        # "TP. Đà Nẵng", "Thành phố Huế": the word for a city before its name, which an address
        # book leaves out (as BATCH33's truth types it), as it does "City" before a name.
        city = re.sub(r"^(?:T[Pp]\.\s*|Thành\s+phố\s+)(?=\S)", "", city)
    phones = _unique_phones(contacts.phones)
    doubtful = _doubtful(work, name_line, company_line, contacts, phones, address, bool(
        name and matches_email(name_line.rest or "", [e.split("@")[0] for e in contacts.emails]))
        if name_line else False)

    return CardFields(
        full_name=name.full_name if name else None,
        first=name.first if name else None,
        middle=name.middle if name else None,
        last=name.last if name else None,
        prefix=name.prefix if name else None,
        suffix=name.suffix if name else None,
        credentials=name.credentials if name else None,
        title=title,
        company=company,
        emails=tuple(dict.fromkeys(contacts.emails)),
        phones=tuple(phones),
        website=contacts.website,
        linkedin=contacts.linkedin,
        twitter=contacts.twitter,
        street=street,
        city=city,
        region=address.region if address else None,
        # A Dutch postcode OCR closed up ("2611CG"): written with its space, as printed and
        # as every tuning truth types it (no other country's code is four digits and two
        # capitals).
        postal_code=_postal_spacing(address.postal_code, country or home)
        if address and address.postal_code else None,
        country=country,
        lines=tuple(line.text for line in given_in_order(work, given))
        + tuple(line.text for line in translated),
        department=department,
        card_region=shown,
        doubtful=doubtful,
    )


# Countries whose five-digit postal code is written in two groups, three digits and two
# ("411 36 Göteborg", "110 00 Praha 1", "106 82 Athína"): the national standard, and every
# tuning truth of these countries types it so (51 cards); OCR closes the space up at times.
_SPACED_FIVE_DIGITS = frozenset({"SE", "CZ", "SK", "GR"})


def _postal_spacing(code: str, country: str | None) -> str:
    """`code` written with its space where OCR closed it up: a Dutch postcode ("2611CG", no
    other country's code is four digits and two capitals) and the codes above."""
    code = re.sub(r"^([1-9]\d{3})([A-Z]{2})$", r"\1 \2", code)
    if country in _SPACED_FIVE_DIGITS:
        code = re.sub(r"^(\d{3})(\d{2})$", r"\1 \2", code)
    return code


def _beside(label: OcrLine, number: OcrLine) -> bool:
    """Is `label` on the same printed line as `number`, left of it (the middle of its height
    within the number's)?"""
    if not label.box or not number.box:
        return False
    label_ys = [point[1] for point in label.box]
    number_ys = [point[1] for point in number.box]
    middle = (min(label_ys) + max(label_ys)) / 2
    return (min(number_ys) <= middle <= max(number_ys)
            and max(point[0] for point in label.box) <= min(point[0] for point in number.box))


def _height(line: OcrLine) -> float:
    ys = [point[1] for point in line.box or ()]
    return (max(ys) - min(ys)) if ys else 0.0


def _gap(label: OcrLine, number: OcrLine) -> float:
    """How far right of `label`'s end `number` starts."""
    if not label.box or not number.box:
        return 0.0
    return min(point[0] for point in number.box) - max(point[0] for point in label.box)


def _above_in_column(label: OcrLine, number: OcrLine) -> bool:
    """Is `label` right above `number`, starting where it starts (a grid's cell: the label
    over its value)?"""
    if not label.box or not number.box:
        return False
    height = _height(number)
    label_ys = [point[1] for point in label.box]
    number_ys = [point[1] for point in number.box]
    label_left = min(point[0] for point in label.box)
    number_left = min(point[0] for point in number.box)
    return (abs(label_left - number_left) <= height
            and (min(label_ys) + max(label_ys)) / 2 < (min(number_ys) + max(number_ys)) / 2
            and min(number_ys) - max(label_ys) <= height)


def _dot_from_website(email: str, website: str) -> str:
    """`email` with the dot OCR lost in its domain put back where the card's website spells
    the same domain with it ("ana@harbourlinecom.au" beside "www.harbourline.com.au"): the
    letters agree, one dot fewer, and no firm owns both spellings."""
    local, _, domain = email.rpartition("@")
    host = re.sub(r"^www\.", "", website.split("/")[0].lower())
    if (domain.lower() != host and domain.lower().replace(".", "") == host.replace(".", "")
            and domain.count(".") + 1 == host.count(".")):
        return f"{local}@{host}"
    return email


def card_region(texts: list[str]) -> str | None:
    """The country the card shows (see `address.card_country`), read from its raw lines."""
    domains: list[str | None] = []
    calling: list[str] = []
    for text in texts:
        domains += [country_of(address.split("@")[1]) for address, _ in find_emails(text)]
        website = find_website(text)
        if website:
            domains.append(country_of(website[0].split("/")[0]))
        calling += calling_regions(text)
    if "NI" in domains and any(_DUTCH_POSTCODE.search(text) for text in texts):
        # A Nicaraguan domain on a card whose address has a Dutch postcode ("5616 LZ
        # Eindhoven") is ".nl" with its small l read as an i: the card is from the
        # Netherlands, and its numbers are read so.
        domains = ["NL" if code == "NI" else code for code in domains]
    return card_country(texts, [code for code in domains if code], calling)


# A Dutch postcode before its town: four digits, two capitals (never SA, SD or SS) and a
# capitalised word, closing the line.
_DUTCH_POSTCODE = re.compile(r"(?:^|,\s*)[1-9]\d{3}\s?(?!S[ADS])[A-Z]{2}\s+[A-Z][a-z]+"
                             r"(?:[\s-][A-Za-z]+)*$")


def given_in_order(work: list[_Line], given: list[OcrLine]) -> list[OcrLine]:
    """Every OCR line once, in reading order (a line cut at its separators is one line)."""
    seen: dict[int, OcrLine] = {}
    for line in work:
        seen.setdefault(id(line.source), line.source)
    return list(seen.values()) if seen else given


_SEPARATED = re.compile(r"\s+[·|•‧∙—–]\s+|\s*[|·•∙]\s*")
# The bar between two items read as a capital "I" glued to the next word: "Creative
# DirectorISaltwater Creative", "Creative Director ISaltwater".
_BAR_AS_I = re.compile(r"(?<=[a-z])I(?=[A-Z][a-z]{2,})|(?<=[a-z] )I(?=[A-Z][a-z]{2,})")

_SPACED_BAR_AS_I = re.compile(r"(?<=[a-z]) I (?=[A-Z][a-z])")
# An icon's circle (a dot, a ring) read as a capital O between two items, spaced or run in
# after a word in capitals: "…, PT, DPT O Lakeshore Rehab", "DPTOLakeshore Rehab".
_CIRCLE_AS_O = re.compile(r"(?<=[^\W\d_]) O (?=[A-Z][a-z])|(?<=[A-Z]{2})O(?=[A-Z][a-z]{2,})")


def _split_at_separators(work: list[_Line], stems: list[str]) -> list[_Line]:
    """Lines cut at the separators printed between items ("Étienne Lefebvre — Photographe",
    "Connolly & Daly · Chartered Accountants"): each item is read on its own."""
    result: list[_Line] = []
    for line in work:
        text = _BAR_AS_I.sub(" | ", line.rest) if line.rest else ""
        # An em dash that OCR closed up on one side ("Head Roaster —Northwind Roasters") is
        # the spaced separator still: no word is written with an em dash inside it.
        text = re.sub(r"(?<=\w)\s+—(?=\w)|(?<=\w)—\s+(?=\w)", " — ", text)
        spaced = _SPACED_BAR_AS_I.search(text)
        if spaced and (matches_domain(text[spaced.end():], stems)
                       or _ends_with_legal_form(text[spaced.end():])):
            # "Lead Programmer I Kaamos Games Oy": the bar read as a spaced capital "I" before
            # the firm (the domain spells it, or its legal form closes it); a rank's "I"
            # ends its title, and no firm follows it.
            text = f"{text[:spaced.start()]} | {text[spaced.end():]}"
        circle = _CIRCLE_AS_O.search(text)
        if (circle and len(text[circle.end():].split()) >= 2
                and matches_domain(text[circle.end():], stems)):
            # Only before the firm the card's domain spells, of two words or more: a name's
            # "O" before one ("Seán O Riada" on riada.ie) is the surname's particle.
            text = f"{text[:circle.start()]} | {text[circle.end():]}"
        pieces = [piece.strip(" ,") for piece in _SEPARATED.split(text)] if text else []
        pieces = [piece for piece in pieces if piece]
        rest = line.rest
        # After the dash, the name the card's e-mail or web domain spells is the firm, not
        # the role's field ("Grafikerin EFZ — Atelier Brunner" on atelierbrunner.ch).
        if (len(pieces) == 2 and _role_and_its_field(text, pieces)
                and not matches_domain(pieces[1], stems)):
            # The middle dot spaced as printed ("Odontóloga·Ortodoncia" as OCR runs it).
            pieces = [text]
            rest = re.sub(r"\s*·\s*", " · ", text)
        if len(pieces) <= 1:
            result.append(_Line(len(result), line.block, line.source, rest, line.height,
                                line.kinds))
            continue
        for piece in pieces:
            result.append(_Line(len(result), line.block, line.source, _leftover(piece),
                                line.height, set(line.kinds)))
    return result


def _role_and_its_field(text: str, pieces: list[str]) -> bool:
    """Is a line cut by a spaced dash or a middle dot a role and the field it is in
    ("Advogada – Direito Tributário", "Associate – Corporate Finance", "Dentista ·
    Endodoncia"), one title as the hyphen's twin is, and not a name and a role or a role
    and a firm ("Jean Roy — Photographe")?"""
    role, field = pieces
    # A role of capitalised words has a name's shape ("Vice President", "Regional Sales
    # Lead"); ending with a role word, it is the role.
    # Starting with one, as Spanish, Portuguese and Italian print it ("Gerente Comercial",
    # "Diretor Comercial"), it is the role too: no name starts with a role word.
    ends_with_role = bool(words_of(role)) and (words_of(role)[-1] in ROLE_WORDS
                                               or words_of(role)[0] in ROLE_WORDS)
    if (re.fullmatch(r"[^·]+·[^·]+", text) and has_role(role) and has_role(field)
            and not _is_company_like(role) and not _is_company_like(field)
            and len(role.split()) <= 3 and len(field.split()) <= 3):
        # Two roles of one person joined by a middle dot ("Broker · Mortgage Adviser"): one
        # title, as the card prints it on one line.
        return True
    return (bool(re.fullmatch(r".+?\s+[–—]\s+.+|[^·]+·[^·]+", text)) and has_role(role)
            and (not looks_like_name(role) or ends_with_role) and not has_role(field)
            and (not _is_company_like(field)
                 or any(word in DEPARTMENT_WORDS for word in words_of(field))
                 # A practice's field in trade words ("– Tax Advisory", "– Water &
                 # Sanitation", "– Geotechnical Engineering") after a role in English: no
                 # legal form closes it, and the caller has seen that no domain spells it.
                 or (ends_with_role and not _has_legal_form(field)
                     and len(words_of(field)) <= 3)
                 # One trade word alone ("— Engineering") names a field, no firm.
                 or (len(words_of(field)) == 1 and is_industry_word(words_of(field)[0])))
            and len(field.split()) <= 5)


def _name_run_into_company(work: list[_Line], local_parts: list[str],
                           stems: list[str]) -> list[_Line]:
    """A name and the company OCR read as one line, as one-line cards print them side by
    side ("Me Jean-Philippe Bélanger-Côté   Bélanger Côté notaires inc."), read apart:
    only when no line is a name the e-mail spells, at the first cut after a word the
    e-mail spells where the words before are a name and those after a company (a legal
    form, a trade or the domain's name)."""
    # A line with a legal form is no name alone, though the name at its start makes it look
    # like one ("Kathleen MacNeish, P.Eng., PMP Chebucto Coastal Engineering Ltd.").
    if not local_parts or any(line.rest and looks_like_name(line.rest)
                              and matches_email(line.rest, local_parts)
                              and not has_legal_form(line.rest) for line in work):
        return work
    for line in work:
        words = (line.rest or "").split()
        for cut in range(2, len(words) - 1):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if words[cut - 1] in _SURNAME_PARTICLES or words[cut][:1].islower():
                continue  # "van" / "der Berg ...": a surname's particle ends no name
            if words[cut - 1].endswith(",") and is_credential(words[cut].strip(",")) or (
                    words[cut].endswith(",") and is_credential(words[cut + 1].strip(","))):
                # "MacNeish, P.Eng.", "Dela Cruz, CPA": the post-nominals after a comma, and
                # the word before them, are the name's.
                continue
            # The name's post-nominals may close it: "Kathleen MacNeish, P.Eng., PMP Chebucto
            # Coastal Engineering Ltd." (the e-mail spells the word before them).
            spelled = cut
            while spelled > 2 and "," in " ".join(words[:spelled - 1]) and is_credential(
                    words[spelled - 1].strip(",")):
                spelled -= 1
            if (matches_email(words[spelled - 1], local_parts) and looks_like_name(head)
                    and company_score(tail, stems) >= 2 and _is_company_like(tail)):
                result: list[_Line] = []
                for other in work:
                    # The company first: the title under the line is the name's.
                    pieces = [tail, head] if other is line else [other.rest]
                    for piece in pieces:
                        result.append(_Line(len(result), other.block, other.source, piece,
                                            other.height, set(other.kinds)))
                return result
    return work


def _drop_monograms(work: list[_Line], stems: list[str]) -> None:
    """A logo's monogram tile ("NC", "AB") is printed text but no field: one to three
    capitals alone on a line, unless they are the company's name itself (its domain)."""
    for line in work:
        text = (line.rest or "").replace(" ", "").replace("&", "")
        if 1 <= len(text) <= 3 and text.isalpha() and text.isupper() and text.lower() not in (
                stems) and not has_role(text):  # "CEO", "CTO", "VP" under a name: a title
            line.rest = None
            line.kinds.add("monogram")
            continue
        head, _, rest = (line.rest or "").partition(" ")
        if (len(head) == 1 and head.isupper() and rest and matches_domain(rest, stems)
                and not matches_domain(line.rest or "", stems)):
            # A logo's glyph read as one capital before the firm beside it ("A Karoo
            # Veldwerk Boerdery" on karooveldwerk.co.za): the domain spells the firm without
            # it, and not with it ("A Better Way" on abetterway.com keeps its article).
            line.rest = rest


def _unique_phones(phones: list[Phone]) -> list[Phone]:
    """Each number once per type: OCR can return one printed line twice."""
    seen: set[tuple[str, str | None, str | None, str]] = set()
    kept = []
    for phone in phones:
        key = (phone.type, phone.e164, phone.ext, phone.as_printed if phone.e164 is None else "")
        if key not in seen:
            seen.add(key)
            kept.append(phone)
    return kept


# The letters OCR reads for a letter that has no bare letter under a mark (Unicode does not
# decompose them): the Danish and Norwegian ø as an e or an o, the ligature æ as an e (or as
# its two letters, below). A letter with a mark (ö, å, í) is read as its bare letter: see
# _marked_read_plain.
_MARKED_READ_AS = {"ø": "eo", "æ": "e"}
_GLUED_DOTTED_FORM = re.compile(r"([a-zß-ÿ]{3,})((?:[A-Z]\.){2,})$")
_HUNGARIAN_FORM_NO_STOP = re.compile(r"\b(Kft|Zrt|Nyrt|Bt|Kkt)$")
# Legal forms of three or more initials printed with a stop after each ("W.L.L.", "L.L.C.",
# "S.A.S.", "E.I.R.L."): a stop between two of them is the mark OCR loses ("W.LL.").
_DOTTED_FORMS = frozenset({"wll", "llc", "sas", "srl", "sarl", "pllc", "sac", "saa", "eirl"})
_DOTTED_FORM_STOP_LOST = re.compile(r"(?<=\s)(?=(?:[A-Z]\.?){3,4}$)(?:[A-Z]\.?)+$")


def _dotted_form_restored(match: re.Match[str]) -> str:
    printed = match.group()
    letters = printed.replace(".", "")
    # Only a form printed with stops, one of them lost: "WLL" with no stop is another style.
    if (letters.casefold() in _DOTTED_FORMS and printed.endswith(".")
            and printed.count(".") == len(letters) - 1 and printed.count(".") >= 2):
        return "".join(f"{letter}." for letter in letters)
    return printed


def _marked_read_plain(marked: str, read: str) -> bool:
    """"Lomeli" for "Lomelí", "Brondsted" for "Brøndsted": OCR reads a marked letter as its bare
    letter (the accent, the umlaut, the ring, the ogonek is the thin stroke it loses), and the
    letters without one as listed above."""
    if read in _MARKED_READ_AS.get(marked, ""):
        return True
    bare = unicodedata.normalize("NFD", marked)[0]
    return bare != marked and bare == read


def _name_spelled_in_company(company: str, name: Name) -> str:
    """"Brendsted & Holst" on Signe Brøndsted's card: a firm named for its owner spells the
    name as the name line does; where the two differ only in a marked letter of the name
    ("ø") that OCR read as a plain one on the firm's line, the name line shows the letter."""
    words = {word for part in (name.first, name.last) if part
             for word in re.split(r"[\s-]+", part) if len(word) >= 5}

    def spelled(match: re.Match[str]) -> str:
        printed = match.group()
        for word in words:
            if "æ" in word and word.replace("æ", "ae") == printed:
                return word  # the ligature read as its two letters: "Kjaergaard Møbler"
            if len(word) != len(printed) or word == printed:
                continue
            # Letter for letter, case and all (a firm in capitals is cased before this).
            differ = [(ours, read) for ours, read in zip(word, printed, strict=True)
                      if ours != read]
            if len(differ) == 1 and _marked_read_plain(*differ[0]):
                return word
        return printed

    return re.sub(r"[^\W\d_]{5,}", spelled, company)


def _address(work: list[_Line], home: str, stems: list[str] | None = None
             ) -> tuple[Address | None, set[int]]:
    # A None between blocks keeps a street from being looked for in another block.
    texts: list[str | None] = []
    positions: list[int | None] = []
    for line in work:
        if line.index and work[line.index - 1].block != line.block:
            texts.append(None)
            positions.append(None)
        texts.append(line.rest)
        positions.append(line.index)
    found = find_address(texts, home)
    if found is None:
        town = _lone_town(work, stems or [])
        if town is None or not town.rest:
            return None, set()
        name, _, after = town.rest.strip(" ,.").partition(",")
        return Address(city=name.strip(), country=country_code(after) if after else None), {
            town.index}
    address, taken = found
    return address, {index for i in taken if (index := positions[i]) is not None}


def _lone_town(work: list[_Line], stems: list[str]) -> _Line | None:
    """A card that prints no address but its town, alone on the last line under the contact
    details ("… lucia@…" / "Bilbao"), as freelancers' minimal cards do: one capitalised word
    (or two or three that are no name's shape: "San Sebastián" is read as a name and left),
    no role, no firm (nor the domain's name), no department, no country; a country may
    follow it after a comma."""
    if not work or not any(line.kinds & {"email", "phone"} for line in work[:-1]):
        return None
    last = work[-1]
    text = (last.rest or "").strip(" ,.")
    town, _, after = text.partition(",")
    if after and country_code(after):
        text = town.strip()  # "Uppsala, Sweden": the town and the country printed
    elif after:
        return None
    words = text.split()
    if (last.kinds or not 1 <= len(words) <= 3
            or not all(re.fullmatch(r"[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þa-zß-ÿ][^\W\d_]*)*", word)
                       or word.lower() in {"de", "del", "la", "am", "an", "im", "sur", "upon"}
                       for word in words)
            or (len(words) > 1 and looks_like_name(text)) or has_role(text)
            or _is_company_like(text) or is_department(text) or country_code(text)
            or matches_domain(text, stems)):
        return None
    return last


def _has_legal_form(text: str) -> bool:
    return has_legal_form(text)


def _ends_with_legal_form(text: str) -> bool:
    words = words_of(text)
    return len(words) >= 2 and words[-1].replace(".", "") in LEGAL_FORMS


def _legal_form_closing(text: str) -> bool:
    """A line closed by a legal form with no comma before it ("Van der Wiel Constructies
    B.V.", "Brouwer Techniek N.V."): a firm's name, though the form has the dotted shape of a
    degree and a name's particles ("Van der") start it. A degree after a name is mostly
    parted by a comma ("Jan de Boer, MSc"), and "S.C." is a degree as well as a firm."""
    words = text.split()
    return (len(words) >= 3 and "," not in text
            and words[-1].replace(".", "").casefold() in LEGAL_FORMS - {"sc"})


def _is_company_like(text: str) -> bool:
    return _has_legal_form(text) or any(is_industry_word(word) for word in words_of(text))


def _choose_name(work: list[_Line], emails: list[str], stems: list[str]) -> _Line | None:
    """The line most like a person's name: name-shaped, spelled by an e-mail address, in a
    large font, near the top. A name OCR ran together ("HamishMacLeod") is split again, and
    one printed a word a line (a vertical card: "Sophie" over "Tamihana") joined; the chosen
    line's text becomes the name as read."""
    locals_ = [email.split("@")[0] for email in emails]
    tallest = max((line.height for line in work if line.rest), default=0.0) or 1.0
    best: tuple[float, _Line, str, _Line | None] | None = None
    # Lines skipped as the company's own name, kept in case no other line is a name ("Sam
    # Lee" on samlee.com, with hello@).
    fallback: tuple[float, _Line, str, _Line | None] | None = None
    # "Ben Carter" over "BEN CARTER PHOTOGRAPHY" on bencarter.com.au: the name is the
    # domain's, and so is the company.
    domain_lines = [line for line in work if line.rest and matches_domain(line.rest, stems)]
    for line in work:
        if not line.rest or line.kinds & {"company", "monogram"}:
            continue
        candidates: list[tuple[str, _Line | None]] = [
            (unjoin_name(_name_text(line.rest), locals_), None)]
        reversed_name = re.fullmatch(
            r"([^\W\d_](?:[^\W\d_]|['’-])+),\s*([^\W\d_](?:[^\W\d_]|['’ -])+)",
            line.rest.strip())
        if reversed_name and matches_email(
                f"{reversed_name.group(2)} {reversed_name.group(1)}", locals_):
            # "Chen, Yi-Ting" with yiting.chen@: the family name first, then a comma, as a
            # list or a form prints it; the e-mail confirms which part is the given name.
            candidates.append((f"{reversed_name.group(2)} {reversed_name.group(1)}", None))
        following = _next_in_block(work, line)
        # A prefix before the given name: "dr inż. Katarzyna" / "Nowak-Wiśniewska"; or
        # before the given name and two surnames ("Arq. Ximena" / "Villaseñor Ortiz").
        bare = without_prefix(line.rest)
        if (following is not None and following.rest
                and len(bare.split()) == 1
                and (len(following.rest.split()) == 1 or _particle_surname(following.rest)
                     or (bare != line.rest.strip() and len(following.rest.split()) <= 3
                         and looks_like_name(following.rest)
                         and not has_role(following.rest)))
                and _alike(following, line)):
            candidates.append((_name_text(f"{line.rest} {following.rest}"), following))
        for text, partner in candidates:
            if (not looks_like_name(text) or has_role(without_prefix(text))
                    or is_department(text)):
                continue
            spelled = matches_email(text, locals_)
            # Without its post-nominals: "CA(SA)" holds no legal form "SA".
            if _is_company_like(without_prefix(text)) or _legal_form_closing(text):
                continue
            owner = matches_domain(text, stems) and not spelled and len(domain_lines) < 2
            score = 1.0 + 2.0 * line.height / tallest - 0.05 * line.index
            if spelled:
                score += 3.0
            after = _next_in_block(work, partner or line)
            if after is not None and after.rest and credentials_line(after.rest):
                after = _next_in_block(work, after)
            if after is not None and after.rest and has_role(after.rest):
                score += 1.0
            if owner:
                # Most likely the company's own name ("Kauri Coast" on kauricoast.org.nz).
                if after is not None and after.rest and has_role(after.rest) and (
                        fallback is None or score > fallback[0]):
                    fallback = (score, line, text, partner)
                continue
            if best is None or score > best[0]:
                best = (score, line, text, partner)
    best = best or fallback
    if best is None:
        return None
    _, line, text, partner = best
    line.rest = text
    line.kinds.add("name")
    if partner is not None:
        partner.rest = None
        partner.kinds.add("name")
    return line


# What cards of labels print over their values, beside the phone labels.
_FIELD_LABELS = frozenset({"email", "e-mail", "mail", "web", "website", "www", "address",
                           "adresse", "dirección", "office", "contact"})


def _field_label(text: str) -> bool:
    """A label alone on its line ("MOBILE", "E-MAIL", "Web:"): a card of labels prints one
    over each value."""
    word = text.strip(" :").casefold()
    return bool(re.fullmatch(r"[^\W\d_-]+(?:-[^\W\d_]+)?", word)) and (
        word in _FIELD_LABELS or label_type(word) is not None)


def _particle_surname(text: str) -> bool:
    """A surname that starts with a particle in small letters, printed on a line of its
    own under the given name on a vertical card ("Maarten" / "de Vries")."""
    words = text.split()
    return 2 <= len(words) <= 4 and words[0] in _SURNAME_PARTICLES and words[-1][:1].isupper()


_SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "del",
                                "della", "le", "la", "ten", "ter", "dos", "das", "do"})
# Countries whose people print both their surnames ("Javier Ruiz Fernández"): a name of
# three words is a given name and two surnames there, not a middle name.
_TWO_SURNAMES = frozenset({"ES", "MX", "BR", "PT", "AR", "CO", "CL", "PE", "VE", "EC", "GT",
                           "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR"})


# Given names that go together as one ("Carlos Eduardo", "Maria Chiara"): a second given
# name that makes one name with the first, never a middle name nor a surname.
_COMPOUND_GIVEN = frozenset({
    "carlos eduardo", "carlos alberto", "carlos henrique", "luiz carlos", "luis carlos",
    "josé carlos", "jose carlos", "juan carlos", "juan pablo", "juan manuel", "juan josé",
    "juan jose", "juan david", "juan sebastián", "juan sebastian", "josé luis", "jose luis",
    "josé antonio", "jose antonio", "josé manuel", "jose manuel", "josé maría", "jose maria",
    "luis fernando", "luiz fernando", "luis miguel", "miguel ángel", "miguel angel",
    "andrés felipe", "andres felipe", "joão pedro", "joao pedro", "joão paulo", "joao paulo",
    "pedro henrique", "paulo roberto", "ana paula", "ana luísa", "ana luisa", "ana beatriz",
    "ana clara", "ana carolina", "maria eduarda", "maria clara", "maría josé", "maria jose",
    "maría fernanda", "maria fernanda", "maría elena", "maria elena", "maría teresa",
    "maria teresa", "maría isabel", "maria isabel", "maria chiara", "maria grazia",
    "anna maria", "maria luisa", "gian luca", "gian marco", "gian paolo", "pier paolo",
    "pier luigi", "jean paul", "jean pierre", "jean marc", "marie claire", "marie france",
    "anne marie", "giovanni battista", "gian maria", "maria rosaria", "maria vittoria",
    "maria cristina", "maria laura", "maria paola", "maria pia", "anna rita", "pier francesco",
    "maría luisa", "maría jesús", "maria jesus", "maría ángeles", "maría dolores",
    "maría carmen", "josé ignacio", "jose ignacio", "josé miguel", "jose miguel",
    "juan antonio", "juan francisco", "francisco javier", "luis alberto", "carlos andrés",
    "carlos andres", "juan esteban", "ana maría", "ana maria", "ana sofía", "maría camila",
    "maría paula", "maría alejandra", "luz maría", "rosa maría", "maría eugenia",
    "maría victoria", "maría cristina", "maria joão", "joão carlos", "ana rita",
    "ana margarida", "maria inês", "pedro miguel", "nuno miguel", "luís miguel", "rui pedro",
})
# The Marian names that make a given name with "de", "del", "de los" ("María del Carmen",
# "María de los Ángeles", "José de Jesús"): printed before the surnames, never one of them.
_MARIAN = frozenset({"carmen", "ángeles", "angeles", "pilar", "rocío", "rocio", "mar",
                     "lourdes", "guadalupe", "fátima", "fatima", "jesús", "jesus", "consuelo",
                     "luz", "rosario", "socorro", "mercedes", "dolores", "montserrat",
                     "soledad", "remedios", "asunción", "asuncion", "sol", "nieves",
                     "milagros", "belén", "belen", "refugio"})
# Where such pairs are one given name: Spanish, Portuguese, Italian and French names.
_COMPOUND_GIVEN_COUNTRIES = _TWO_SURNAMES | {"IT", "FR", "BE", "CH", "LU", "MC", "SM"}
# Given names that are not surnames in the countries whose people carry two: such a word
# between a given name and one surname is a second given name ("Paula Renata Gómez"), not
# the first of two surnames.
_GIVEN_ONLY = frozenset({
    "cristina", "itzel", "beatriz", "fernanda", "eduarda", "eduardo", "luísa", "luisa",
    "isabel", "carolina", "gabriela", "patricia", "patrícia", "alejandra", "andrea",
    "mariana", "valentina", "camila", "daniela", "paula", "lucía", "lucia", "sofía", "sofia",
    "elena", "teresa", "victoria", "vitória", "adriana", "alejandro", "fernando", "ricardo",
    "roberto", "francisco", "manuel", "josé", "jose", "luis", "luiz", "enrique", "ignacio",
    "guadalupe", "ximena", "renata", "regina", "julieta", "montserrat", "monserrat",
    "cecilia", "cecília", "verónica", "veronica", "rocío", "rocio", "pilar", "inés", "ines",
    "raquel", "javier", "alberto", "gustavo", "henrique", "vinícius", "vinicius", "thiago",
    "matheus", "letícia", "leticia", "larissa", "juliana", "aparecida", "helena", "clara",
    "amanda", "bruna", "natália", "natalia", "yolanda", "xóchitl", "xochitl", "citlali",
    "nayeli", "fabiola", "marisol", "lorena", "silvia", "sílvia", "claudia", "cláudia",
    "mónica", "monica", "margarita", "antonia", "antônia", "estela", "graciela",
    "alexandra", "joana", "inês", "catarina", "margarida", "filipa", "giulia", "chiara",
    "francesca", "alessandra", "federica", "valeria", "carla", "luciana", "sabrina",
    # Men's given names high on Spanish-speaking and Brazilian frequency lists that are no
    # common surnames there (Martín, Tomás, Andrés, Santiago, Vicente, Marcos are: left
    # out).
    "matías", "matias", "nicolás", "nicolas", "sebastián", "sebastian", "agustín",
    "agustin", "facundo", "gonzalo", "emiliano", "joaquín", "joaquin",
    "federico", "maximiliano", "lautaro", "leandro", "ramiro", "mauricio", "camilo",
    "sergio", "valentín", "valentin", "benjamín", "marcelo", "fabián", "hernán", "hernan",
    "cristian", "christian", "darío", "dario", "rodolfo", "guillermo", "horacio", "ernesto",
    "gerardo", "leonardo", "rogério", "rogerio", "márcio", "marcio", "fábio", "fabio",
    "otávio", "octavio", "emanuel",
    # A Brazilian second given name between the first and one surname ("Rafael Augusto
    # Moreira" on rafael.moreira@: the truths of BATCH9, 14, 20 and 23 type such a word
    # the middle name).
    "augusto",
    # Men's given names of Portugal and Brazil that are no surnames there ("Rui Miguel
    # Azevedo", "Tiago Filipe Pinto"): a second given name, as the Brazilian ones above.
    "miguel", "rui", "tiago", "diogo", "andré", "bruno", "nuno", "gonçalo", "goncalo",
    "hugo", "vasco", "filipe", "guilherme", "rafael", "lucas", "joão", "joao", "vítor",
    "vitor", "caio", "davi", "heitor", "murilo",
})
# Given names that start a compound given name with most given names after them ("Maria
# Giulia", "Ana Carolina", "Gian Piero", "Marie Hélène").
_COMPOUND_HEADS = frozenset({"maria", "maría", "ana", "anna", "gian", "pier", "marie", "jean"})
# Where a second given name before two surnames is typed the middle name, unless the two make
# one given name: Peru's tuning truths type "Diego Alonso", "Lucía Fernanda", "Rodrigo
# Alonso" so (four cards of four authors), and compound names ("Luis Alberto", "José Luis",
# "Rosa María", "Carmen Rosa") as one given name. Chile's truths mostly agree but one types
# "Francisca Ignacia" as one given name, and Colombia's and Mexico's type such pairs as one.
_SECOND_GIVEN_MIDDLE = frozenset({"PE"})
# Given names that start a compound given name in Peru ("Rosa Elena", "Carmen Rosa").
_PERUVIAN_HEADS = frozenset({"rosa", "carmen", "luz"})
# Given names that close a compound given name after most given names ("Jorge Luis", "Juan
# José", "Rosa María"): never a middle name of their own there.
_COMPOUND_TAILS = frozenset({"luis", "josé", "jose", "maría", "maria"})


def _marian_given_name(name: Name, country: str) -> Name:
    """ "María" + "de los Ángeles Ruiz Sotomayor" as nameparser splits it: the particle and
    the Marian name belong to the given name, the words after them are the surnames."""
    if not (name.first and name.last) or country not in _TWO_SURNAMES or name.middle:
        return name
    match = re.match(r"((?:del|de(?:\s+l[ao]s)?)\s+(\S+))\s+(\S.*)$", name.last)
    if not match or match.group(2).casefold() not in _MARIAN or not match.group(3)[:1].isupper():
        return name
    return replace(name, first=f"{name.first} {match.group(1)}", last=match.group(3))


def two_surnames(name: Name, local_parts: list[str], country: str) -> Name:
    """The middle word of a three-word name as the first of two surnames: always on a card
    from a country whose people carry two ("Lucía Martín Ortega" is Martín Ortega), and
    anywhere when the e-mail spells the initial or the given name with the middle word as
    its surname ("jruiz@" for "Javier Ruiz Fernández"). An e-mail that spells the given
    name and the middle word together ("joseluis@") keeps it a middle name."""
    name = _marian_given_name(name, country)
    if not (name.first and name.middle and name.last) or name.middle.endswith(".") or len(
            name.middle) < 2:
        return name  # "Juan C. Pérez": an initial is a middle name
    if (" " not in name.middle and " " not in name.first
            and country in _COMPOUND_GIVEN_COUNTRIES
            and (f"{name.first} {name.middle}".casefold() in _COMPOUND_GIVEN
                 or name.first.casefold() in _COMPOUND_HEADS and (
                     name.middle.casefold() in _GIVEN_ONLY or country == "IT"))):
        # "Juan Pablo Ortega", "Anna Maria Galli": one given name in two words.
        return replace(name, first=f"{name.first} {name.middle}", middle=None)
    if (" " not in name.middle and country in _TWO_SURNAMES
            and name.middle.casefold() in _GIVEN_ONLY and " " not in name.last
            and name.last.casefold() not in _GIVEN_ONLY):
        # "Paula Renata Gómez": the word between is a given name, no surname: a middle name
        # (the one surname printed is the family name).
        return name
    if " " in name.middle:
        # "María José García López": two given names and two surnames.
        words = name.middle.split()
        if (country in _TWO_SURNAMES and len(words) >= 2 and _initial(words[-2])
                and not _initial(words[-1]) and words[-1][:1].isupper()
                and " " not in name.last
                and all(word[:1].isupper() and not _initial(word) for word in words[:-2])):
            # "Rafael T. Moreira Campos": the initial is the middle name, the word after it
            # the first of the two surnames, whole names before it given names ("María José
            # R. Fernández Gil").
            first = " ".join([name.first, *words[:-2]])
            last = f"{words[-1]} {name.last}"
            full = " ".join(part for part in (first, words[-2], last, name.suffix) if part)
            return replace(name, first=first, middle=words[-2], last=last, full_name=full)
        if (country not in _TWO_SURNAMES and len(words) >= 2 and _initial(words[-2])
                and re.fullmatch(r"[A-ZÀ-Þ][^\W\d_'-]+(?:['-][^\W\d_]+)*", words[-1])
                and " " not in name.last and _email_starts_surname(
                    words[-1], name.last, local_parts)):
            # "Marisol D. Quintanilla Ybarra" on mquintanilla@: a middle initial stands
            # right before the surname, and the e-mail spells the word after the initial as
            # the surname (and not the last word alone): two family names, as where people
            # carry two ("Rafael T. Moreira Campos" above); every tuning truth so shaped
            # types them so.
            first = " ".join([name.first, *words[:-2]])
            last = f"{words[-1]} {name.last}"
            full = " ".join(part for part in (first, words[-2], last, name.suffix) if part)
            return replace(name, first=first, middle=words[-2], last=last, full_name=full)
        if (words[0] in _SURNAME_PARTICLES and words[-1][:1].isupper()
                and (name.last.split()[0] in _SURNAME_PARTICLES
                     or sum(word[:1].isupper() for word in name.last.split()) >= 2)):
            # "María de las Nieves del Valle Ríos": a given name with its own particle
            # ("del Carmen", "de los Ángeles") before a surname that has one, or two
            # surnames: the particle's words are the given name's, no middle name.
            return replace(name, first=f"{name.first} {name.middle}", middle=None)
        if country not in _TWO_SURNAMES or len(words) != 2 or any(
                word.endswith(".") for word in words):
            return name
        if (country in _SECOND_GIVEN_MIDDLE
                and f"{name.first} {words[0]}".casefold() not in _COMPOUND_GIVEN
                and name.first.casefold() not in _COMPOUND_HEADS | _PERUVIAN_HEADS
                and words[0].casefold() not in _COMPOUND_TAILS
                and words[0][:1].isupper() and words[0] not in _SURNAME_PARTICLES):
            # "Diego Alonso Salazar Huamán": a second given name before two surnames that
            # makes no one name with the first is the middle name in Peru.
            last = f"{words[1]} {name.last}"
            full = " ".join(part for part in (name.first, words[0], last, name.suffix) if part)
            return replace(name, middle=words[0], last=last, full_name=full)
        first, last = f"{name.first} {words[0]}", f"{words[1]} {name.last}"
        full = " ".join(part for part in (first, last, name.suffix) if part)
        return replace(name, first=first, middle=None, last=last, full_name=full)
    if (country in _TWO_SURNAMES and " " not in name.middle
            and re.search(r"[^\W\d_]{3,}[eé]z$", name.middle)
            and name.last.split()[0] in _SURNAME_PARTICLES):
        # "Ignacio Sánchez de León Vidal": a patronymic in -ez is a surname, never a given
        # name; with the particle after it, it starts a surname in several words.
        last = f"{name.middle} {name.last}"
        full = " ".join(part for part in (name.first, last, name.suffix) if part)
        return replace(name, middle=None, last=last, full_name=full)
    if country in _TWO_SURNAMES and (
            sum(word[:1].isupper() for word in name.last.split()) >= 2
            or re.fullmatch(r"[^\W\d_]{2,}-[A-ZÀ-Þ][^\W\d_]+", name.last)):
        # "María Fernanda de la Garza Treviño", "José Luis García-Morales": the surnames are
        # there already, so the word between is a second given name.
        return replace(name, first=f"{name.first} {name.middle}", middle=None)
    first, middle = _ascii(name.first), _ascii(name.middle)
    # "joseluis@" keeps a middle name; "diego.hernandez@" (a dot between) does not.
    letters = [_ascii(local) for local in local_parts]
    if any(local.startswith(first + middle) for local in letters):
        return name
    # "mlfernandez@" for María Laura Fernández: the initials of two given names before the
    # surname (left to `given_names_by_email`), even where people carry two surnames.
    surname = re.sub(r"[^a-z]", "", _ascii(name.last))
    if any(re.sub(r"[^a-z]", "", local) == first[:1] + middle[:1] + surname
           for local in letters):
        return name
    # "maguirre@", "martin.aguirre@" for Martín Ezequiel Aguirre: the e-mail leaves the
    # middle word out and spells the given name with the last word, so the last word is the
    # one surname and the word between a second given name (someone with two Spanish
    # surnames writes the first, the father's; Brazil and Portugal put the father's last, so
    # an e-mail there spells the last word whether one surname is printed or two).
    if country in _TWO_SURNAMES - {"BR", "PT"} and len(surname) >= 3 and any(
            re.sub(r"[^a-z]", "", local) in {first[:1] + surname, first + surname}
            for local in letters):
        return name
    if country in _GIVEN_PAIR_BY_EMAIL and _initial_and_second_given(name, local_parts):
        # "mali@" for Mehmet Ali Yazıcıoğlu: the whole address is the first given name's
        # initial and the second, as Turks write a given name in two ("M. Ali"); it spells
        # no surname (left to `given_pair_by_email`).
        return name
    spelled = any(re.sub(r"[^a-z]", "", local).startswith((first[:1] + middle, first + middle))
                  for local in (_ascii(local).replace(".", "") for local in local_parts))
    spelled = spelled or any(re.fullmatch(rf"(?:{re.escape(first)}|{re.escape(first[:1])})"
                                          rf"[._-]{re.escape(middle)}(?:[._-].*)?",
                                          _ascii(local)) for local in local_parts)
    # The surname by its initials after the whole given name: "pieter.jvr@" for Pieter Janse
    # van Rensburg (three words at least: "jps@" is as often first, middle and last).
    initials = "".join(word[:1] for word in _ascii(f"{name.middle} {name.last}").split())
    spelled = spelled or (len(initials) >= 3 and any(
        re.fullmatch(rf"{re.escape(first)}[._-]{re.escape(initials)}", _ascii(local))
        for local in local_parts))
    if country not in _TWO_SURNAMES and not spelled:
        return name
    whole = re.sub(r"[^a-z]", "", _ascii(name.last))
    if country not in _TWO_SURNAMES and whole and any(
            re.fullmatch(rf"{re.escape(first)}[._-]{re.escape(middle)}[._-]{re.escape(whole)}",
                         _ascii(local)) for local in local_parts):
        # "kari.anne.berg@" for Kari Anne Berg: an address that spells every word of the
        # name, each on its own, says nothing of which word is a surname; the middle word
        # stays the middle name where people carry one surname.
        return name
    if (spelled and country in _CHINESE_NAME_COUNTRIES and " " not in name.last
            and middle in _FAMILY_FIRST and _ascii(name.last) not in _FAMILY_FIRST):
        # "DAVID ZHANG WEI" with david.zhang@: an English given name, the family name, then
        # the Chinese given name, as Chinese cards print it (all in capitals, so nothing
        # marks the family name but the e-mail): the Chinese given name is the middle name.
        full = " ".join(part for part in (name.first, name.last, name.middle, name.suffix)
                        if part)
        return replace(name, middle=name.last, last=name.middle, full_name=full)
    last = f"{name.middle} {name.last}"
    full = " ".join(part for part in (name.first, last, name.suffix) if part)
    return replace(name, middle=None, last=last, full_name=full)


def _email_starts_surname(word: str, last: str, local_parts: list[str]) -> bool:
    """Does an e-mail's local part spell `word` as the start of the surname, and not
    `last` alone ("mquintanilla@", "marisol.quintanilla@" for "Marisol D. Quintanilla
    Ybarra", and "mquintanillaybarra@" with both; "mybarra@" spells the last word alone)?"""
    spelled, alone = _spelled_in_email(word), _spelled_in_email(last)
    if len(spelled) < 3:
        return False
    for local in local_parts:
        letters = _spelled_in_email(local)
        if spelled in letters and (spelled + alone in letters or not letters.endswith(alone)):
            return True
    return False


def _initial(word: str) -> bool:
    """"H.", "J.M.": a name's initial (or initials) with its dot."""
    return bool(re.fullmatch(r"(?:[^\W\d_]\.-?){1,3}", word))


def given_names_by_email(name: Name, local_parts: list[str]) -> Name:
    """A three-word name read in the order its e-mail shows: the family name first
    ("Tan Wei Ling" with weiling.tan@ is Wei Ling Tan, as Singaporean cards print it), or two
    given names that the e-mail gives by their initials ("Jose Miguel dela Cruz" with
    jmdelacruz@ has the given names Jose Miguel, no middle name)."""
    if not (name.first and name.middle and name.last):
        return name
    locals_ = [_ascii(local) for local in local_parts]
    if " " in name.middle:
        return name if name.prefix else _family_name_by_email(name, locals_)
    first, middle, last = (_ascii(part) for part in (name.first, name.middle, name.last))
    # The order is left alone after a prefix; the given names below are read with one too
    # ("Lic. María Laura Fernández", mlfernandez@).
    if not name.prefix and " " not in name.last and any(
            re.fullmatch(rf"{re.escape(middle + last)}[._-]?{re.escape(first)}", local)
            # The given name alone ("siewling@" for Lim Siew Ling), where the first word is
            # a family name printed first in East Asia: a Western "John Paul Smith" may
            # write "paulsmith@".
            or (local == middle + last and first in _FAMILY_FIRST)
            # The given names by their initials before the family name ("kl.ng@" for Ng
            # Kok Leong), as a Malaysian or Singaporean address writes them: the initials
            # of the second and third words, then the first word whole.
            or re.fullmatch(rf"{re.escape(middle[:1] + last[:1])}[._-]?{re.escape(first)}",
                            local) is not None and len(first) >= 2
            for local in locals_):
        given = f"{name.middle} {name.last}"
        full = " ".join(part for part in (given, name.first, name.suffix) if part)
        return replace(name, first=given, middle=None, last=name.first, full_name=full)
    if len(middle) >= 2 and not name.middle.endswith(".") and any(
            len(pieces := re.split(r"[._-]", local)) >= 2
            and re.sub(r"[^a-z]", "", pieces[0]) == re.sub(r"[^a-z]", "", first + middle)
            and re.sub(r"[^a-z]", "", last).startswith(re.sub(r"[^a-z]", "", pieces[1]))
            and len(pieces[1]) >= 2 for local in locals_):
        # "annamaria.rossi@": the two given names written as one before the surname, as the
        # address of someone whose given name is both ("joseluis@" alone says less).
        return replace(name, first=f"{name.first} {name.middle}", middle=None)
    # The surname as an e-mail may spell it: whole, or a double-barrelled one by the initial
    # of its first part and the last part whole ("mtvcruz@" for Maria Theresa Villanueva-Cruz).
    parts = [re.sub(r"[^a-z]", "", part) for part in re.split(r"[\s-]+", last)]
    surnames = {re.sub(r"[^a-z]", "", last), parts[-1],
                "".join(part[:1] for part in parts[:-1]) + parts[-1]}
    if not name.middle.endswith(".") and any(
            local in {first[:1] + middle[:1] + surname for surname in surnames}
            for local in locals_):
        return replace(name, first=f"{name.first} {name.middle}", middle=None)
    return name


# Countries whose cards' second given name is a middle name unless the e-mail writes the two
# as one name: Turkey's ("Elif Zeynep Aksoy" with elif.aksoy@ has the middle name Zeynep,
# "Elif Nur Demirtaş" with elifnur@ the given name Elif Nur). Spanish cards differ: a
# "pablotomas@" still leaves Tomás the middle name there (test_cards_international).
_GIVEN_PAIR_BY_EMAIL = frozenset({"TR"})


def given_pair_by_email(name: Name, local_parts: list[str], country: str) -> Name:
    """A second given name that the e-mail writes into one with the first, as the whole
    address ("elifnur@"), is part of the given name, on cards of `_GIVEN_PAIR_BY_EMAIL`."""
    if (country not in _GIVEN_PAIR_BY_EMAIL or not (name.first and name.middle and name.last)
            or " " in name.middle or name.middle.endswith(".") or len(name.middle) < 2):
        return name
    both = _spelled_in_email(name.first + name.middle)
    if any(_spelled_in_email(local) == both for local in local_parts) or (
            _initial_and_second_given(name, local_parts)):
        return replace(name, first=f"{name.first} {name.middle}", middle=None)
    return name


def _initial_and_second_given(name: Name, local_parts: list[str]) -> bool:
    """Is an e-mail's whole local part the first given name's initial and the second given
    name ("mali@" for Mehmet Ali, "aeda@" for Ayşe Eda), with no surname after them? A
    second name of three letters at least, so that two initials ("mk@") say nothing."""
    if not (name.first and name.middle) or " " in name.middle:
        return False
    middle, initial = _spelled_in_email(name.middle), _spelled_in_email(name.first)[:1]
    return len(middle) >= 3 and bool(initial) and any(
        _spelled_in_email(local) == initial + middle for local in local_parts)


def _spelled_in_email(text: str) -> str:
    """A name's letters as an e-mail's local part spells them: small ASCII letters only, the
    Turkish dotless ı as an i ("Yazıcı" -> "yazici")."""
    return re.sub(r"[^a-z]", "", _ascii(text.replace("ı", "i")))


# Countries and territories whose cards print Chinese names in Latin letters.
_CHINESE_NAME_COUNTRIES = frozenset({"CN", "HK", "MO", "TW", "SG", "MY"})
# Where nearly every name so printed is a Chinese one (Singapore's and Malaysia's cards
# print Malay, Indian and Western names as often).
_CHINESE_ONLY_COUNTRIES = frozenset({"CN", "HK", "MO", "TW"})


def english_then_chinese(name: Name, local_parts: list[str], country: str) -> Name:
    """"Kevin Huang Zhiqiang" on a card from China: an English given name, a common Chinese
    family name, then the Chinese given name, as China, Hong Kong and Taiwan print it
    (the Chinese name in its own order after the English one); typed with the Chinese given
    name as the middle name ("Kevin Zhiqiang Huang"). `two_surnames` reads it so with an
    e-mail that spells the family name; here the country says it, unless an e-mail spells
    the last word as the surname ("kevin.zhiqiang@")."""
    if (country not in _CHINESE_ONLY_COUNTRIES or not (name.first and name.middle and name.last)
            or " " in name.first or " " in name.middle or " " in name.last):
        return name
    first, middle, last = (_ascii(part) for part in (name.first, name.middle, name.last))
    if (middle not in _FAMILY_FIRST or first in _FAMILY_FIRST or last in _FAMILY_FIRST
            or name.middle.endswith(".") or not name.last[:1].isupper()):
        return name
    locals_ = [re.sub(r"[^a-z]", "", _ascii(local)) for local in local_parts]
    if any(local.endswith(last) and middle not in local for local in locals_):
        return name
    full = " ".join(part for part in (name.first, name.last, name.middle, name.suffix) if part)
    return replace(name, middle=name.last, last=name.middle, full_name=full)


# One syllable of a Chinese (or Korean) given name in Latin letters, in pinyin, Wade-Giles,
# Hokkien or Cantonese spelling: "Wei", "Jie", "Siew", "Hock", "Leong", "Ming".
_SYLLABLE = re.compile(r"(?:ch|sh|zh|ts|ng|[bcdfghjklmnpqrstwxyz])?h?[aeiouy]{1,3}"
                       r"(?:ng|ck|[nmkhptw])?")


def chinese_given_names(name: Name) -> Name:
    """"Mei Ling Tan": two one-syllable given names before a common Chinese family name are
    one given name in two words, as Singapore, Malaysia and the diaspora print it; every
    tuning truth of that shape types both as the first name ("Wei Jie Lim", "Hui Min Lim"),
    none with a middle name. The e-mail is not needed (a practice's "reception@")."""
    if not (name.first and name.middle and name.last) or any(
            " " in part or not part[:1].isupper() or part.endswith(".")
            for part in (name.first, name.middle, name.last)):
        return name
    first, middle, last = (_ascii(part) for part in (name.first, name.middle, name.last))
    if (last not in _FAMILY_FIRST or first in _FAMILY_FIRST
            or not (_SYLLABLE.fullmatch(first) and _SYLLABLE.fullmatch(middle))):
        return name
    return replace(name, first=f"{name.first} {name.middle}", middle=None)


# Common Korean, Vietnamese and Chinese family names, which cards from there print first
# ("Kim Min-jun", "Nguyen Thi Lan"); only read so when the e-mail gives the order too.
_FAMILY_FIRST = frozenset({
    "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim",
    "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "nguyen",
    "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
    "ngo", "duong", "ly", "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao",
    "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng",
    # The commonest in Singapore, Malaysia and Hong Kong, in their Hokkien, Teochew and
    # Cantonese spellings.
    "tan", "ng", "ong", "goh", "chua", "chan", "koh", "teo", "ang", "yeo", "tay", "toh",
    "sim", "chong", "chia", "wong", "leong", "lau", "cheung", "tang"})


# The Vietnamese family names among them: most of Vietnam shares a dozen or so.
_VIETNAMESE_FAMILY = frozenset({
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly"})


def vietnamese_order(name: Name, local_parts: list[str], country: str) -> Name:
    """A four-word Vietnamese name printed as Vietnam prints it, family name first, then the
    middle name, then a given name in two words ("Pham Thi Thu Ha"): typed given name first
    ("Thu Ha Thi Pham"), the one word after the family name the middle name (and a
    three-word one on a card from Vietnam: "Le Van Thanh" is Thanh Van Le). Read so on a
    card from Vietnam, or when the e-mail spells the given name's last word with the family
    name or the two words of the given name together ("ha.pham@", "thuha@")."""
    words = (name.full_name or "").split()
    if len(words) in (3, 4) and _ascii(words[1]) == "van":
        # "Van", the commonest middle name of men, read as the Dutch particle "van".
        words[1] = words[1].capitalize()
    if name.prefix or name.suffix or name.credentials or len(words) not in (3, 4) or not all(
            word.isalpha() and word[:1].isupper() for word in words):
        return name
    keys = [_ascii(word) for word in words]
    if keys[0] not in _VIETNAMESE_FAMILY or any(key in _VIETNAMESE_FAMILY for key in keys[2:]):
        return name
    locals_ = [re.sub(r"[^a-z]", "", _ascii(local)) for local in local_parts]
    spelled = len(words) == 4 and any(
        local in {keys[3] + keys[0], keys[0] + keys[3], keys[2] + keys[3],
                  keys[2] + keys[3] + keys[0]} for local in locals_)
    # Three words ("Le Van Thanh") only on a card from Vietnam: elsewhere the e-mail has to
    # say it (`family_name_first`).
    if country != "VN" and not spelled:
        return name
    if len(words) == 3 and any(local.startswith(keys[1] + keys[2]) for local in locals_):
        # "minhanh@" for Nguyen Minh Anh: the two words after the family name are one given
        # name, no middle name.
        first = f"{words[1]} {words[2]}"
        return replace(name, first=first, middle=None, last=words[0],
                       full_name=f"{first} {words[0]}")
    first = " ".join(words[2:])
    return replace(name, first=first, middle=words[1], last=words[0],
                   full_name=f"{first} {words[1]} {words[0]}")


def family_name_first(name: Name, local_parts: list[str]) -> Name:
    """A name printed family name first ("Kim Min-jun", "Nguyen Thi Lan") when the e-mail
    writes the given name, then the family name ("minjun.kim@", "lan.nguyen@"): typed given
    name first."""
    if not (name.first and name.last) or _ascii(name.first) not in _FAMILY_FIRST:
        return name
    words = name.last.split()
    if len(words) == 2 and not name.middle and words[0] in {"Van", "Văn", "Thi", "Thị"}:
        # "Tran Van Minh": the Vietnamese middle name, read as the Dutch particle "van".
        name = replace(name, middle=words[0], last=words[1])
    elif len(words) != 1:
        return name
    assert name.first is not None and name.last is not None
    family, given = _ascii(name.first), re.sub(r"[^a-z]", "", _ascii(name.last))
    shape = re.compile(rf"{re.escape(given)}[._-]{re.escape(family)}")
    # "min-jun.kim@" as well as "minjun.kim@".
    if not any(shape.fullmatch(key) for local in local_parts
               for key in (_ascii(local), re.sub(r"-(?=.*[._])", "", _ascii(local)))):
        return name
    full = " ".join(part for part in (name.last, name.middle, name.first, name.suffix) if part)
    return replace(name, first=name.last, last=name.first, full_name=full)


# Where a two-word name is printed family name first, as the country writes it, while every
# tuning group's truth types the given name first (the contract's first/last are the given
# and the family name, not the printed order).
_FAMILY_FIRST_COUNTRIES = frozenset({"CN", "HK", "MO", "TW", "KR", "VN", "JP", "HU"})
# Common Hungarian family names: Hungary prints "Family Given" on its own cards.
_HUNGARIAN_FAMILY = frozenset({
    "nagy", "kovacs", "toth", "szabo", "horvath", "varga", "kiss", "molnar", "nemeth",
    "farkas", "balogh", "papp", "takacs", "juhasz", "lakatos", "meszaros", "olah", "racz",
    "fekete", "szilagyi", "torok", "feher", "gal", "kis", "szucs", "kocsis", "pinter", "fodor",
    "szalai", "sipos", "magyar", "lukacs", "gulyas", "biro", "kiraly", "balog", "katona",
    "jakab", "fazekas", "kelemen", "antal", "somogyi", "orosz", "fulop", "veres", "vincze",
    "hegedus", "budai", "deak", "pap", "illes", "vass", "szoke", "fabian", "voros", "lengyel",
    "bognar", "bodnar", "jonas", "hajdu", "halasz", "szekely", "gaspar", "kozma", "pasztor",
    "bakos", "dudas", "orban", "barta", "pataki", "vida", "kun", "csizmadia", "szekeres",
    "soos", "boros", "bartha", "erdos", "hamori", "csonka", "szanto", "rozsa", "gergely"})
# Common Hungarian given names that are no family names (Gergely, Antal, Jakab, Kelemen,
# Fülöp and Bálint are both, and left out): a two-word name from Hungary whose last word is
# one of them and whose first is not is printed family name first ("Kertész Zsófia"), even
# where the family name is no common one.
_HUNGARIAN_GIVEN = frozenset({
    "laszlo", "istvan", "jozsef", "janos", "zoltan", "sandor", "gabor", "ferenc", "attila",
    "peter", "tamas", "zsolt", "tibor", "andras", "csaba", "imre", "lajos", "gyorgy",
    "balazs", "gyula", "mihaly", "karoly", "robert", "akos", "adam", "daniel", "krisztian",
    "norbert", "bence", "mate", "mark", "levente", "david", "marton", "dominik", "bela",
    "szabolcs", "miklos", "viktor", "richard", "geza", "erno", "kristof", "barnabas",
    "maria", "erzsebet", "katalin", "ilona", "eva", "anna", "zsuzsanna", "margit", "judit",
    "agnes", "andrea", "erika", "krisztina", "edit", "ildiko", "gabriella", "szilvia",
    "aniko", "monika", "melinda", "timea", "eszter", "zsofia", "reka", "nikolett", "anita",
    "orsolya", "dora", "viktoria", "petra", "boglarka", "lilla", "fanni", "noemi", "zsuzsa",
    "beata", "kinga", "hajnalka", "rita", "csilla", "brigitta", "klara", "julia", "luca",
    "hanna", "kata", "emese", "eniko", "vivien", "bernadett", "tunde", "marta",
})


# Japan's commonest family names, and the elements that end family names and no given name
# ("-shita", below; "-moto", origin; "-mura", village; "-yama", mountain; "-kawa", river):
# "Morishita", "Kinoshita", "Sugimoto", "Kitamura" are family names by their shape, while
# given names end in "-ko", "-ki", "-to", "-shi", "-ka" ("Aiko", "Yuki", "Haruto"). Endings
# that given names share ("-saki" of Misaki, "-oka" of Tomoka, "-ta" of Kenta) are left out.
_JAPANESE_FAMILY = frozenset({
    "sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura",
    "kobayashi", "kato", "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue",
    "kimura", "hayashi", "shimizu", "saito", "ikeda", "hashimoto", "ishikawa", "nakajima",
    "maeda", "fujita", "ogawa", "goto", "okada", "hasegawa", "murakami", "kondo", "ishii",
    "sakamoto", "endo", "aoki", "fujii", "nishimura", "fukuda", "ota", "miura", "fujiwara",
    "okamoto", "matsuda", "nakagawa", "nakano", "harada", "ono", "tamura", "takeuchi",
    "kaneko", "wada", "nakayama", "ishida", "ueda", "morita", "shibata", "sakai", "kudo",
    "miyazaki", "miyamoto", "uchida", "takagi", "ando", "taniguchi", "maruyama", "imai",
    "takeda", "murata", "ueno", "sugiyama", "masuda", "hirano", "otsuka", "matsui", "nomura",
    "kikuchi", "sano", "onishi", "arai", "miyake"})
_JAPANESE_FAMILY_END = re.compile(
    r"[a-z]{2,}(?:shita|moto|mura|yama|kawa|gawa|hara|bara|zaki|shima|jima|hashi|bashi"
    r"|bayashi|nabe|mori|guchi|uchi|tani|zawa|sawa|hata|bata)")


def _japanese_family(word: str) -> bool:
    return word in _JAPANESE_FAMILY or bool(_JAPANESE_FAMILY_END.fullmatch(word))


# Turkey's commonest family and given names written with the dotless "ı", which OCR reads as
# a dotted "i" in small print ("Yilmaz", "Aydin", "Baris"): read so they are no Turkish
# names, and on a card from Turkey the name as printed is put back.
_TURKISH_DOTLESS_NAMES = (
    "Yılmaz", "Yıldız", "Yıldırım", "Aydın", "Kılıç", "Kılınç", "Çakır", "Yalçın", "Işık",
    "Avcı", "Sarı", "Akın", "Altın", "Altıntaş", "Tarık", "Barış", "Aslı", "Işıl", "Irmak",
    "Sıla", "Ilgın", "Nazlı", "Kıvanç", "Yağız", "Çalışkan", "Akıncı", "Sarıkaya", "Yazıcı")
_TURKISH_FOLD = str.maketrans("ıİşçğŞÇĞ", "iIscgSCG")
_TURKISH_BY_FOLD = {name.translate(_TURKISH_FOLD): name for name in _TURKISH_DOTLESS_NAMES}


def turkish_letters(name: Name, country: str) -> Name:
    """A Turkish name with its dotless "ı" read dotted by OCR ("Emre Can Yilmaz"), put back
    from the commonest names that have it (before "-oğlu" too: "Kiliçoğlu")."""
    if country != "TR":
        return name

    def word(text: str) -> str:
        stem, oglu = (text[:-4], text[-4:]) if text.endswith("oğlu") else (text, "")
        printed = _TURKISH_BY_FOLD.get(stem.translate(_TURKISH_FOLD))
        return printed + oglu if printed else text

    return replace(name, **{part: " ".join(word(w) for w in getattr(name, part).split())
                            for part in ("full_name", "first", "middle", "last")
                            if getattr(name, part)})


def capitals_left(name: Name) -> Name:
    """A family name printed in capitals that a rule moved without casing it ("TAN Wei
    Ming", read family name first; "Kelvin CHAN Ka-wai"): in a name whose other words are in
    ordinary case, a word in capitals is cased as a name ("Tan", "Chan"). No tuning truth
    types a name word in capitals; initials ("K.W.") and a name wholly in capitals (cased
    before) are left."""
    parts = [getattr(name, part) or "" for part in ("first", "middle", "last")]
    words = " ".join(parts).split()
    if not any(any(ch.islower() for ch in word) for word in words):
        return name

    capitals = {word for word in words if word.isupper() and len(word) >= 2
                and word.replace("-", "").isalpha()
                and word.lower().strip(".,") not in SUFFIXES}
    if not capitals:
        return name

    def cased(text: str) -> str:
        return " ".join(proper_case(word) if word in capitals else word for word in text.split())

    # The full name's suffix ("III") is no name word: only the name's own words are cased.
    fixed = {part: cased(getattr(name, part)) for part in ("first", "middle", "last")
             if getattr(name, part)}
    full = " ".join(part for part in (fixed.get("first"), fixed.get("middle"), fixed.get("last"),
                                      name.suffix) if part)
    return replace(name, **fixed, full_name=full or name.full_name)


def polish_letters(name: Name, country: str) -> Name:
    """Polish has an acute n ("ń"), never a tilde one: OCR reads "Zielińska" as "Zieliñska"
    (the two marks look alike in small print), so on a card from Poland it is put back."""
    if country != "PL":
        return name
    table = str.maketrans("ñÑ", "ńŃ")
    return replace(name, **{part: getattr(name, part).translate(table)
                            for part in ("full_name", "first", "middle", "last")
                            if getattr(name, part)})


# Where a given name of two syllables is romanised with a hyphen between them ("Seong-min",
# "Chia-hao", "Hoi-ying") and the family name is one word without one: a two-word name whose
# last word is so hyphenated and whose first is not is printed family name first ("Gong
# Seong-min"), even where the family name is no common one; "Seo-yeon Kim" stays.
_HYPHENED_GIVEN_COUNTRIES = frozenset({"KR", "TW", "HK", "MO"})
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}")


def _hyphened_given(word: str, before: str) -> bool:
    """Is `word` a hyphenated given name after `before`, a family name? Its second syllable
    in capitals too ("Chia-Hao") only after a family name of one syllable ("Lin", "Gong"):
    an English given name before a double surname ("Kelly Tse-Wong") is no family name."""
    word = _ascii_letters(word)
    if not before.isalpha() or not _HYPHENED_GIVEN.fullmatch(word):
        return False
    return word.split("-")[1].islower() or bool(_SYLLABLE.fullmatch(_ascii(before)))


def _ascii_letters(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def family_first_by_country(name: Name, local_parts: list[str], country: str) -> Name:
    """A two-word name printed family name first on a card from a country that prints it so
    ("Wang Fang" from China, "Szabó Anna" from Hungary): typed given name first, as every
    tuning group's truth types it. Read so when the first word is one of the country's common
    family names and the last is not (the e-mail then mostly follows the print:
    "wang.fang@", "szabo.anna@"), or when an e-mail spells the two the other way round
    ("anna.szabo@" for a printed "Szabó Anna")."""
    if (country not in _FAMILY_FIRST_COUNTRIES or name.middle
            or not (name.first and name.last) or " " in name.first or " " in name.last
            or not name.last[:1].isupper() or name.last.endswith(".")):
        return name
    first, last = (re.sub(r"[^a-z]", "", _ascii(part)) for part in (name.first, name.last))
    family = _HUNGARIAN_FAMILY if country == "HU" else _FAMILY_FIRST
    reversed_ = {f"{last}{sep}{first}" for sep in (".", "_", "-")}
    by_email = any(_ascii(local) in reversed_ for local in local_parts)
    if country == "JP":
        by_shape = _japanese_family(first) and not _japanese_family(last)
        if not by_email and not by_shape:
            return name
    elif not by_email and (first not in family or last in family) and not (
            country == "HU" and last in _HUNGARIAN_GIVEN and first not in _HUNGARIAN_GIVEN
    ) and not (country in _HYPHENED_GIVEN_COUNTRIES and _hyphened_given(name.last, name.first)):
        return name
    full = " ".join(part for part in (name.last, name.first, name.suffix) if part)
    return replace(name, first=name.last, last=name.first, full_name=full)


def _family_name_by_email(name: Name, locals_: list[str]) -> Name:
    """A Chinese name after an English given name, the family name first ("Marcus Tan Wei
    Ming" with marcus.tan@): the word the e-mail gives as the surname is the last name, the
    two after it the Chinese given name, typed as the middle name."""
    assert name.first and name.middle and name.last
    words = name.middle.split()
    if len(words) != 2 or " " in name.last or any(
            not word[:1].isupper() or word.endswith(".") for word in words):
        return name
    first, family = _ascii(name.first), _ascii(words[0])
    shapes = {f"{first}{sep}{family}" for sep in ("", ".", "_", "-")} | {
        f"{family}{sep}{first}" for sep in ("", ".", "_", "-")} | {f"{first[:1]}{family}"}
    if not any(local in shapes for local in locals_):
        return name
    middle = f"{words[1]} {name.last}"
    full = " ".join(part for part in (name.first, middle, words[0], name.suffix) if part)
    return replace(name, middle=middle, last=words[0], full_name=full)


_NAME_BREAK = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
_SPLIT_OFF = frozenset({"ó", "ní", "nic", "mac", "mc", "van", "von", "de", "da", "di", "le",
                        "la", "du", "del", "al", "el", "o'"})


def unjoin_name(text: str, local_parts: list[str]) -> str:
    """A name whose words OCR ran together, split where a lower-case letter meets a capital
    and the piece before it is spelled by the e-mail address ("HamishMacLeod" with
    hamish@...) or the piece after it is a surname particle ("CiaránÓ Briain"). "McDonald"
    and "MacLeod" stay whole."""
    locals_plain = [_ascii(local) for local in local_parts]
    pieces = {piece for local in locals_plain for piece in re.split(r"[._-]", local)
              if len(piece) >= 3}
    words = []
    for word in text.split():
        if word.isupper() and word.isalpha() and len(word) >= 6:
            # A name in capitals run together ("KAVITHARAMASAMY" with kavitha@): split after
            # the given name or before the surname the address spells.
            key = _ascii(word)
            cut = next((len(piece) if key.startswith(piece) else len(key) - len(piece)
                        for piece in sorted(pieces, key=len, reverse=True)
                        if len(key) - len(piece) >= 2
                        and (key.startswith(piece) or key.endswith(piece))), None)
            if cut and len(key) == len(word):
                words += [word[:cut], word[cut:]]
                continue
        for cut in (match.start() for match in _NAME_BREAK.finditer(word)):
            head, tail = word[:cut], word[cut:]
            if len(head) < 2:
                continue
            key, rest = _ascii(head), _ascii(tail)
            spelled = any(key in re.split(r"[._-]", local) or (
                local.startswith(key) and local[len(key):].startswith(rest[:3]))
                for local in locals_plain)
            # A given name in two hyphenated syllables run into the family name, as Taiwan
            # and Korea print them ("Yu-TingWang"): split before a common family name, or
            # one the address ends with ("ytwang@").
            hyphenated = "-" in head and "-" not in tail and (
                rest in _FAMILY_FIRST or any(local.endswith(rest) for local in locals_plain))
            if spelled or tail.lower() in _SPLIT_OFF or hyphenated:
                words += [head, tail]
                break
        else:
            words.append(word)
    return " ".join(words)


def _apart_by_domain(company: str, domains: list[str]) -> str:
    """A company with the words OCR ran together ("AtelierNord", a letter-spaced line read
    without its spaces) parted where the firm's own domain puts a hyphen between them
    ("atelier-nord.de"). A name in camel case whose domain writes it whole ("BlueHarbor" on
    blueharbor.com) stays whole."""
    hyphened = [f"-{name}-" for domain in domains
                if (name := own_name(domain)) and "-" in name]
    if not hyphened:
        return company

    def apart(match: re.Match[str]) -> str:
        parts = re.findall(r"[A-ZÀ-Þ][a-zß-ÿ]+", match.group())
        spelled = "-".join(_ascii(part) for part in parts)
        return " ".join(parts) if any(f"-{spelled}-" in name for name in hyphened) else (
            match.group())

    return re.sub(r"\b(?:[A-ZÀ-Þ][a-zß-ÿ]+){2,}\b", apart, company)


def _ascii(text: str) -> str:
    return _ascii_letters(text.lower())


def _name_text(text: str) -> str:
    """A line read as a name, with the digits OCR puts for letters in names put back:
    "0'Brien" is "O'Brien", "Wi1son" is "Wilson"."""
    def letters(match: re.Match[str]) -> str:
        word = match.group()
        if sum(ch.isalpha() for ch in word) < 2 or re.search(r"[2-9]", word):
            return word
        if all(ch.isupper() for ch in word if ch.isalpha()):
            return word.replace("1", "I").replace("0", "O")  # "J0HN" -> "JOHN"
        fixed = word.replace("1", "l").replace("0", "o")
        return "O" + fixed[1:] if word.startswith("0") else fixed
    text = re.sub(r"[\w'’]+", letters, text)
    # A Gaelic surname's capital I after "Mac"/"Mc" read as a small l: "Mclntyre", "Maclver"
    # (no name goes on "Macl" with n, s or v: "Maclean", "Macleod" are whole).
    text = re.sub(r"\b(Ma?c)l(?=[nsv][a-z])", r"\1I", text)
    # The space OCR lost after a middle initial: "Sean P.Walsh", "Anne M.O'Neill" (the
    # initial follows a given name; "J.R. Smith" keeps its initials together).
    text = re.sub(r"(?<=[^\W\d_]{2} )([A-Z]\.)(?=[A-Z](?:[a-z]|['’][A-Z]))", r"\1 ", text)
    # The Irish "Ó" is a capital, whatever OCR made of it: "Pádraig ó Súilleabháin".
    text = re.sub(r"(?<=\s)ó(?=\s[A-ZÀ-Þ])", "Ó", text)
    # A generational suffix whose capitals OCR read as "l" or "1": "DeShawn Carter Il".
    return re.sub(r"(?<=[^\W\d_]{2} )[Il1]{2,3}$", lambda m: "I" * len(m.group()), text)


def _next_in_block(work: list[_Line], line: _Line) -> _Line | None:
    after = line.index + 1
    if after < len(work) and work[after].block == line.block:
        return work[after]
    return None


def _function_over_company(work: list[_Line], line: _Line, stems: list[str]) -> bool:
    """Is `line`, under the name, a function ("Sales & Marketing") rather than the company,
    because a line further down is surely the company (it has a legal form or spells the
    domain) and this one neither?"""
    text = line.rest or ""
    if _has_legal_form(text) or matches_domain(text, stems):
        return False
    return any(other.rest and other.index > line.index and (
        _has_legal_form(other.rest) or matches_domain(other.rest, stems))
        and company_score(other.rest, stems) > 0 for other in work)


_PARTICLES = ("von", "van", "zu", "der", "den", "de", "da", "di", "du", "del")


def _particle_apart(text: str, emails: list[str]) -> str:
    """A name with the particle OCR ran onto the given name ("MARTINVAN DER LINDEN") spaced
    again, when the e-mail shows the particle as a word of its own: the name's initials
    ("mvdl@") or the particle with the family name ("anna.vonkessel@")."""
    words = text.split()
    raws = [email.split("@")[0].casefold() for email in emails]
    locals_ = [re.sub(r"[^a-z]", "", raw) for raw in raws]
    for at, word in enumerate(words[:-1]):
        folded = word.casefold()
        for particle in _PARTICLES:
            if not folded.endswith(particle) or len(folded) - len(particle) < 3:
                continue
            split = [*words[:at], word[:-len(particle)], word[-len(particle):], *words[at + 1:]]
            initials = "".join(part[0].casefold() for part in split)
            # The particle and family name starting a part of the address of their own:
            # "rosalinda.ferraro" writes no "da" apart.
            joined = re.compile(r"(?:^|[._-])" + re.escape((particle + words[at + 1]).casefold()))
            if any(local == initials for local in locals_ if local) or any(
                    joined.search(raw) for raw in raws):
                return " ".join(split)
    return text


def _choose_title(work: list[_Line], name_line: _Line | None, stems: list[str]) -> str | None:
    """The line under the name when it reads as a title, else the first line naming a role.

    A title that wraps over two lines is joined."""
    chosen: _Line | None = None
    if name_line is not None:
        following = _next_in_block(work, name_line)
        while following is not None and (
                following.kinds & {"credentials", "name"}
                # The firm the domain spells, cut from the name's own line by a separator
                # ("Dana Roe, PT | Lakeshore Rehab"), with no role word: the title is under.
                or (following.source is name_line.source and following.rest
                    and not has_role(following.rest) and matches_domain(following.rest, stems))):
            following = _next_in_block(work, following)
        if (following is not None and following.rest and title_score(following.rest) > 0
                and (has_role(following.rest) or not _is_company_like(following.rest)
                     or _function_over_company(work, following, stems))):
            chosen = following
            after = _next_in_block(work, following)
            if (not has_role(following.rest) and after is not None and after.rest
                    and title_score(after.rest) >= 2 and len(after.rest.split()) <= 4
                    and not _is_company_like(after.rest) and _alike(after, following)
                    and not any(word in ENGLISH_ROLE_WORDS for word in words_of(after.rest))
                    # Nor an adjective alone over the role it qualifies ("Geschäftsführender"
                    # / "Gesellschafter"): one title wrapped, joined below.
                    and not continues_title(following.rest, after.rest)):
                # "Vertrieb Österreich West" / "Prokurist": a unit without a role word over
                # the role, both under the name: the role is the title (the unit is left
                # for the department). Not a role in English under a title in a language
                # whose role words are not known ("Bölge Müdürü" / "Regional Manager"): that
                # is the title's translation.
                following.kinds.add("unit")
                chosen = after
            twin = _next_in_block(work, following)
            if (not has_role(following.rest) and twin is not None and twin.rest
                    and twin.source is following.source and has_role(twin.rest)
                    and not _is_company_like(twin.rest)):
                # "Príomhoifigeach | Chief Officer": a title printed in two languages on one
                # line; the one whose role words are known is the one an address book keeps.
                chosen = twin
    if chosen is None:
        roles = [line for line in work if line.rest and line is not name_line
                 and title_score(line.rest) >= 2 and not _is_company_like(line.rest)]
        chosen = roles[0] if roles else None
    if chosen is None:
        # "Jane Doe, Head of Sales" on one line.
        rest = split_post_nominals(name_line.rest)[3] if name_line and name_line.rest else ""
        return rest if rest and has_role(rest) else None
    assert chosen.rest is not None
    title = chosen.rest
    chosen.kinds.add("title")
    following = _next_in_block(work, chosen)
    # A dash closing the title's printed line ("Leiter Vertrieb –" / "Region Süd"), which
    # reading the line took off: the field after it is on the next line.
    # Closed up to the title's last word as OCR reads a spaced dash ("Operations Manager-" /
    # "Cyclades Lines"), before a capitalised line: a word broken by a hyphen goes on in
    # small letters.
    dash = re.search(r"\s([–—-])\s*$", chosen.source.text) or (
        following is not None and following.rest and following.rest[:1].isupper()
        and re.search(r"(?<=[^\W\d_]{3})([–—-])\s*$", chosen.source.text)) or None
    if (dash and chosen.source.text.rstrip(" –—-").endswith(title.rstrip())
            and following is not None and following.rest and not has_role(following.rest)):
        title = f"{title} {dash.group(1)}"
    if (following is not None and following.rest and not _has_legal_form(following.rest) and (
            continues_title(title, following.rest)
            # "Director, Clinical Research" / "Informatics": the field after the comma
            # wraps, one word in the title's own type.
            or (", " in title and re.fullmatch(r"[A-ZÀ-Þ][^\W\d_]+", following.rest)
                and not has_role(following.rest)
                # Nor a unit OCR ran together ("PlanningDepartment"): the department.
                and not is_department(_CAMEL_JOINED.sub(" ", following.rest))
                and _alike(following, chosen))
            # "Rechtsanwältin" / "Fachanwältin für Arbeitsrecht": a one-word profession,
            # then the specialism it is qualified in, printed alike.
            or (len(title.split()) == 1 and has_role(following.rest)
                and re.search(r"\b(?:für|for|en|in)\b", following.rest)
                and _alike(following, chosen)))):
        title = f"{title} {following.rest}"
        following.kinds.add("title")
    return _title_marks(title_case(_ai_read_as_al(_spaced_ampersand(
        _first_language(title.rstrip(" –—-")).strip(" ,")))))


# Countries whose cards print a unit's name in two of their languages across a slash
# ("Steuern / Fiscalité", "Verkoop / Ventes").
_TWO_LANGUAGE_UNITS = frozenset({"BE", "CH", "LU", "FI"})


def _unit_in_first_language(department: str) -> str:
    """A department printed in two languages across a slash, spaced or closed up by OCR
    ("Steuern/Fiscalité"): an address book keeps the first, as with a title. Words only,
    one slash: "Service Süd / Kundendienst" from Germany (one language) is not here."""
    halves = re.split(r"\s*/\s*", department)
    if len(halves) != 2 or not all(re.fullmatch(r"[^\W\d_][^\W\d_ &'-]*(?: [^\W\d_&'-]+)*",
                                                half.strip()) for half in halves):
        return department
    return halves[0].strip()


def _first_language(title: str) -> str:
    """A title printed in two languages across a slash ("Associé / Partner", "Directora /
    Director"): an address book keeps the first, as the card prints it first. Two roles in
    one language ("Founder / CEO") are both the person's and stay.

    One half naming a role is enough where the other is English ("Besturende Direkteur /
    Managing Director": the Afrikaans words are known to no list), and two halves neither of
    which names its role in English are a bilingual country's pair ("Advocaat-vennoot /
    Avocat associé", "Responsable export / Exportmanager"): every tuning card whose title line
    has a spaced slash (BATCH11's and three of BATCH23's) keeps the first half. Two English
    roles stay together."""
    halves = re.split(r"\s+/\s+", title)
    # A trade's master ("Cellar Master", "Brew Master") names a role in English after a
    # word of its trade; "master" alone is no role word (it starts firms' names too).
    mastered = [bool(re.fullmatch(r"[A-Z][a-z]+ Master", half)) for half in halves]
    if len(halves) != 2 or not any(has_role(half) for half in halves) and not any(mastered):
        return title
    english = [any(word in ENGLISH_ROLE_WORDS for word in words_of(half)) or master
               for half, master in zip(halves, mastered, strict=True)]
    return title if all(english) else halves[0]


# The dash between a role and its field ("Partner – Private Client"), which OCR reads as a
# hyphen with a space on one side or both; a hyphen inside a word ("Vice-President") has none.
# A hyphen closed up to its word before "and" in small letters is a compound's shared half
# ("Myynti- ja markkinointipäällikkö", "Ein- und Verkauf", "Sälj- och marknadschef"): it
# stays as printed.
_SPACED_HYPHEN = re.compile(
    r"(?<=[^\W\d_])(?:\s+-\s*|\s*-\s+(?!(?:ja|und|och|og|en|and|or|oder|tai|eller)\s))"
    r"(?=[^\W_])")
# A rank's number OCR glued to its word: "Mortgage Agent Level2".
_GLUED_RANK = re.compile(r"\b(Level|Grade|Tier|Band|Class|Step)(?=\d)", re.IGNORECASE)


# Two words of a title OCR ran together: a role word, then a capitalised word
# ("DirectorTécnico", "ManagerOperations"), or a capitalised word, then a role word
# ("SalesDirector", "PurchasingExecutive"); not a name in camel case ("JavaScript",
# "SharePoint"), neither of whose parts is a role.
# Any alphabet's letters (Turkish "ş", "ı", Polish "ł" too): the parts are checked for their
# case in `_unglued`.
_GLUED_WORDS = re.compile(r"\b[^\W\d_]{8,}\b")
# Turkish role words, which the title rules leave unknown on purpose (a Turkish title over
# an English one is its translation: see `_choose_title`), known here only to part them
# from the word OCR ran into them ("SatışMüdürü", "SatınalmaUzmanı").
_GLUED_ROLES = frozenset({
    "müdürü", "müdür", "uzmanı", "uzman", "sorumlusu", "temsilcisi", "yöneticisi",
    "direktörü", "mühendisi", "başkanı", "koordinatörü", "danışmanı", "şefi"})


def _unglued(word: str) -> str:
    """`word` parted in two where OCR ran a capitalised word and a role word together, or
    `word` as it is (a name in camel case, "JavaScript", has no role in it)."""
    # From a word of three letters on ("ArtDirector", "ITManager" aside).
    for at in range(3, len(word) - 3):
        left, right = word[:at], word[at:]
        if (left[0].isupper() and left[1:].islower() and right[0].isupper()
                and right[1:].islower() and (has_role(left) or has_role(right)
                                             or right.casefold() in _GLUED_ROLES)):
            return f"{left} {right}"
    return word


def _title_marks(title: str) -> str:
    """A title with the en dash a card prints between its parts put back, a rank's number
    apart from its word, and a role word OCR ran into the next word apart from it."""
    title = _GLUED_WORDS.sub(lambda m: _unglued(m.group()), title)
    # A grade in Roman numerals OCR ran onto the role: "Quality EngineerII", "AnalystIII".
    title = re.sub(r"(?<=[a-z]{3})(?=(?:II|III|IV)(?![^\W_]))", " ", title)
    return _GLUED_RANK.sub(r"\1 ", _SPACED_HYPHEN.sub(" – ", title))


def _prev_in_block(work: list[_Line], line: _Line) -> _Line | None:
    before = line.index - 1
    if before >= 0 and work[before].block == line.block:
        return work[before]
    return None


def _turkish_capitals(text: str | None) -> str | None:
    """Turkish capitals OCR reads small: the dotted capital "İ" that starts a line read as
    "i" ("insan Kaynakları Direktörü"), and the "Ş" of the legal forms "A.Ş." and "Şti."
    read small or as a dollar sign."""
    if not text:
        return text
    text = re.sub(r"^i(?=[a-zçğıöşü]+\s+[A-ZÇĞİÖŞÜ])", "İ", text)
    # Or as a dollar sign, its hook and cedilla taken for the stroke: "A.$.", "$ti.".
    text = re.sub(r"\bA\.\s?[ş$]\.", "A.Ş.", text)
    # "SAN. VE TIC." (Sanayi ve Ticaret) and "LTD. ŞTİ." in capitals, which the casing of
    # a company's words leaves as an acronym's: written as the legal form, as the tuning
    # truths type it ("San. ve Tic. A.Ş.", "Ltd. Şti.").
    text = re.sub(r"\bSAN\.\s*VE\s+T[Iİ]C\.", "San. ve Tic.", text)
    text = re.sub(r"\b(?:LTD|Ltd)\.\s*[ŞS$]T[Iİ]\.", "Ltd. Şti.", text)
    return re.sub(r"(?<![^\W\d_])[ş$]ti\.", "Şti.", text)


# Words of Turkish job titles, units and firms' names written with the dotless "ı", which OCR
# reads as a dotted "i" in small print ("Yazilim", "Satiş", "Kidemli", "Gida"): read so they
# are no Turkish words, and on a card from Turkey the word as written is put back. A word
# that is another word with the dot ("Diş", tooth: "Diş Hekimi", a dentist) is not here:
# "Dış" (foreign) only in the phrases it makes ("Dış Ticaret", foreign trade).
_TURKISH_DOTLESS_WORDS = (
    "Yazılım", "Satış", "Kıdemli", "Kaynakları", "Aracılık", "Uluslararası",
    "Yardımcısı", "Yardımcı", "Danışman", "Danışmanı", "Danışmanlık", "Başkanı", "Başkan",
    "Başkanlığı", "Tasarım", "Tasarımcı", "Tasarımı", "Araştırma", "Bakım", "Dağıtım",
    "Yatırım", "Yatırımları", "Tarım", "Yapı", "Altyapı", "Bilişim", "Mimarlık", "Sağlık",
    "Gıda", "Zeytinyağı", "Taşımacılık", "Nakliyatı", "Akıllı", "Hızlı", "Işık", "Kırtasiye",
    "Ağı", "Mağazacılık")
# Words that are other words (or names) with the dot, put back only in the phrases they make:
# "Satın Alma" (purchasing; "Satin" is the cloth), and "Dış" (foreign) as above.
_TURKISH_DOTLESS_PHRASES = ("Dış Ticaret", "Dış İlişkiler", "Dış Ilişkiler", "Satın Alma")
_DOTTED = str.maketrans("ı", "i")
_TURKISH_WORD_BY_DOTTED = {word.translate(_DOTTED): word for word in _TURKISH_DOTLESS_WORDS}
_TURKISH_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?![^\W\d_])")


def _turkish_business_words(text: str | None) -> str | None:
    """`text` with the Turkish words above read with a dotted "i" put back ("Kidemli Yazilim
    Mühendisi" is "Kıdemli Yazılım Mühendisi", "Diş Ticaret Müdürü" is "Dış Ticaret
    Müdürü"); other words are left as OCR read them."""
    if not text:
        return text
    text = _TURKISH_WORD.sub(lambda word: _TURKISH_WORD_BY_DOTTED.get(word.group(), word.group()),
                             text)
    for phrase in _TURKISH_DOTLESS_PHRASES:
        head, tail = phrase.split(" ", 1)
        text = re.sub(rf"\b{head.translate(_DOTTED)}\s*(?={re.escape(tail)}\b)", f"{head} ",
                      text)
    return text


_SMALL_L_AFTER_CAPITAL = re.compile(r"\b([A-ZÀ-Þ])I(?=[a-zß-ÿ]{2,}\b)")


# A capital I that OCR read as a small l opening a word of a street named after a person,
# after a capitalised word ("Str. Avram lancu", "Str. loan Slavici" for Iancu, Ioan): no
# word of a street's name of four letters or more opens with a small l after a capital word
# but the Iberian unit words ("loja 4", "lote 12", "local 3"). The articles are shorter
# ("Calle los Olivos", "Rue les Halles").
_STREET_SMALL_L = re.compile(r"(\b[A-ZÀ-Þ][^\W\d_]*\.?\s)l([aeiou][a-zà-ÿ]+)\b")
_SMALL_L_WORDS = frozenset({"loja", "lote", "local", "lokal", "lado", "lugar"})


def _capital_i_in_street(match: re.Match[str]) -> str:
    word = "l" + match.group(2)
    if word in _SMALL_L_WORDS or len(word) < 4:
        return match.group()
    return f"{match.group(1)}I{match.group(2)}"


# Countries whose alphabet has the ň and not the ñ: Czechia and Slovakia.
_CARON_N_COUNTRIES = frozenset({"CZ", "SK"})


def _welsh_circumflex(text: str | None) -> str | None:
    """Welsh writes a circumflex on y and w ("Tŷ Afon", house; "Parc Tŷ Glas"), which OCR
    reads as an acute ("Tý Afon"). Neither Welsh nor English writes an acute on them, so on
    a British card the acute is the circumflex. (A "Ty" without a mark is left: cards print
    it so too.)"""
    if not text:
        return text
    return text.translate(_WELSH_ACUTE)


_WELSH_ACUTE = str.maketrans("ýÝẃẂ", "ŷŶŵŴ")


def _turkish_dotless_suffix(text: str | None) -> str | None:
    """A Turkish role's or unit's closing "ı" that OCR read as a dotted "i" ("Ortodonti
    Uzmani", "İhracat Departmani"): a word's last vowel follows the one before it, so after
    an "a" or an "ı" a closing "i" can only be the dotless "ı" ("Uzmanı", "Yardımcısı"),
    while after "e" or "i" it stays ("Mühendisi", "Kıdemli"). Titles and units only: a firm's
    "Sanayi" (industry, a loanword) keeps its "i" after an "a"."""
    if not text:
        return text
    return re.sub(r"(?<![^\W\d_])([^\W\d_]*[aı][^aeıioöuüâîû\W\d_]+)i\b", r"\1ı", text)


def _choose_company(work: list[_Line], stems: list[str], exclude: set[int],
                    person: str | None = None) -> tuple[_Line | None, str | None]:
    """The company's line and the company as printed: a name printed over two lines is
    joined, words OCR ran together are split where the domain shows where ("PixelwerkStudio"
    on pixelwerk.design), a tagline in small letters under it is left out."""
    tallest = max((line.height for line in work if line.rest), default=0.0) or 1.0
    best: tuple[float, _Line] | None = None
    for line in work:
        if not line.rest or line.index in exclude or "title" in line.kinds:
            continue
        score = company_score(line.rest, stems)
        if score <= 0:
            continue
        # A line without a box (plain text given) has no size: as large as any.
        score += (line.height / tallest if line.height else 1.0) - 0.02 * line.index
        if best is None or score > best[0]:
            best = (score, line)
    if best is None or best[0] < 2:
        return None, None
    chosen = best[1]
    assert chosen.rest is not None
    company = chosen.rest
    chosen.kinds.add("company")
    # "SOUTHERN CROSS" over "LOGISTICS PTY LTD", "LARCHMONT ANALYTICS," over "INC.".
    above = _prev_in_block(work, chosen)
    if (above is not None and above.index not in exclude and above.rest
            and not above.kinds & {"title", "address"} and _translation(above.rest, company)):
        # "Conseil canadien du transport" over "Canadian Transport Council": the name in two
        # languages; an address book keeps the one printed first.
        chosen.kinds.discard("company")
        chosen, company = above, above.rest
        chosen.kinds.add("company")
        above = _prev_in_block(work, chosen)
    if above is not None and above.index not in exclude and _continues_company(
            work, above, company, chosen, stems, below=False):
        assert above.rest is not None
        company = f"{above.rest} {company}"
        above.kinds.add("company")
    below = _next_in_block(work, chosen)
    if below is not None and below.index not in exclude and below.rest and not _translation(
            company, below.rest) and not _other_language(company, below.rest, stems) and (
            _continues_company(work, below, company, chosen, stems, below=True)
            or _domain_initials(f"{company} {below.rest}", stems)):
        assert below.rest is not None
        company = f"{company} {below.rest}"
        below.kinds.add("company")
    # A logo's bar or mark read as "I", "I1", "|" before the name.
    # Also three bars, one read as a dotless i ("ıIl Name").
    company = re.sub(r"^(?:[Il|1!]{1,2}|[Il|1!ı]{3})\s+(?=[A-Z])", "", company.strip(" ,"))
    # A logo's letter or glyph before a name the domain spells ("A Agave Azul Software" on
    # agaveazul.io, "IVisayas Solar" or "山 Visayas Solar" on visayassolar.ph), or spells
    # by its initials ("AMazowieckie Zakłady Metalowe sp. z o.o." on mzm.com.pl).
    # Glued to the name only before a capital and a small letter: "NORTHWIND" is no "N"
    # before "ORTHWIND".
    bare = re.sub(r"^(?:[^\W\d_]|[|1!])(?:\s+(?=[A-ZÀ-Þ])|(?=[A-ZÀ-Þ][a-zß-ÿ]))", "", company)
    if bare != company and spelled_by_domain(bare, stems):
        company = bare
    # A logo's mark read as a glyph of another script before a name in Latin letters ("川
    # Subramanian & Iyer LLP"): no Latin-script card prints one lone such glyph there.
    glyph = re.match(r"([^\W\d_])\s+(?=[A-Za-zÀ-ÿ])", company)
    if glyph and not _latin(glyph.group(1)) and all(
            _latin(ch) for ch in company[glyph.end():] if ch.isalpha()):
        company = company[glyph.end():]
    # A monogram tile read on the company's line: "MH Merlion Harbour Advisory" (the tile's
    # letters are the initials of the name after it).
    mark, _, after = company.partition(" ")
    if (2 <= len(mark) <= 3 and mark.isupper() and mark.isalpha() and after
            and ("".join(word[0] for word in after.split()[:len(mark)]) == mark
                 # Or letters of the first word, its capital first: "NW" for "Northwind".
                 or re.match(".*?".join(map(re.escape, mark)), after.split()[0].upper())
                 and after[:1] == mark[:1])
            # Not Indonesia's "PT" before the name: the legal form, no tile.
            and not (_has_legal_form(company) and not _has_legal_form(after))
            and matches_domain(after, stems)):
        company = after
    # A logo's marks read as symbols before the name ("))) Sonic Labs", "▲ Apex Partners",
    # "* Starlight Media"): no name starts with one.
    company = re.sub(r"^[^\w\s\"'“‘(&@]+\s+(?=\w)", "", company)
    return chosen, company_case(split_joined_words(_spaced_ampersand(company), stems), person,
                                stems)


def _latin(letter: str) -> bool:
    """Is `letter` a letter of the Latin script ("a", "é", "ō"), by its Unicode name?"""
    return unicodedata.name(letter, "").startswith("LATIN")


def _continues_company(work: list[_Line], other: _Line, company: str, chosen: _Line,
                       stems: list[str], *, below: bool) -> bool:
    """Is `other`, right above or below the company's line, the rest of its name?"""
    text = other.rest
    if not text or other.kinds & {"title", "address", "monogram"} or "@" in text:
        return False
    if below and _only_legal_form(text):
        return True
    if below and _ends_with_legal_form(company):
        # "Kaiser & Lowe LLP" over "Attorneys at Law": the legal form closes the name; what
        # is printed under it describes the firm.
        return False
    if not below and company.casefold().startswith(text.strip().casefold()):
        # "NORTHWIND" over "NORTHWIND TRADERS, INC.": the logo's word mark, which the name
        # under it repeats.
        return False
    if not below and any(_initials_then_words(text, company, stem) for stem in stems):
        # The domain spells this line's initials, then the company's words: one name.
        return True
    # "Centre hospitalier" / "des Laurentides-Nord", "Compagnie" / "des Vins du Rhône": a
    # line printed alike that starts with a linking word in small letters goes on the name.
    if below and _LINKED.match(text) and _alike(other, chosen) and not re.search(r"\d", text):
        return True
    # "Shannonside" / "Consulting Engineers": roles in the plural after a trade are the
    # firm's kind, not someone's title.
    plural_trade = below and any(is_industry_word(word) for word in words_of(text)) and all(
        word.endswith("s") for word in words_of(text) if word in ROLE_WORDS)
    if (has_role(text) and not plural_trade) or is_department(text):
        return False
    # "School of Computer Science" over "Cardiff University": a unit of the institution is
    # its department, not part of its name.
    units = any(word in UNIT_WORDS for word in words_of(text))
    parents = any(word in PARENT_WORDS for word in words_of(company))
    if units and parents or (any(word in UNIT_WORDS for word in words_of(company)) and any(
            word in PARENT_WORDS for word in words_of(text))):
        return False
    if looks_like_name(text) and not (_is_company_like(text) or _has_legal_form(company)
                                      or matches_domain(company, stems)):
        return False
    if len(text.split()) > 4 or re.search(r"\d", text):
        return False
    # Printed alike: a tagline in small capitals under a logo is not part of the name.
    if not _alike(other, chosen):
        return False
    slug = re.sub(r"[^a-z0-9]", "", text.lower())
    alone = re.sub(r"[^a-z0-9]", "", company.lower())
    whole = re.sub(r"[^a-z0-9]", "", f"{text} {company}".lower() if not below
                   else f"{company} {text}".lower())
    # The other line must be needed to spell the domain: under "Nordlicht Architekten" on
    # nordlicht.de, "Speicherstadt" (a building) spells nothing the company had not.
    # A word the company's line prints already spells nothing new: "Credit Risk Analytics"
    # over "COROMANDEL ANALYTICS" on coromandelanalytics.in is a department over the name.
    own = set(_slugs(company))
    if any(stem.startswith(whole) or (whole.startswith(stem) and not alone.startswith(stem))
           or (len(slug) >= 4 and any(word in stem and word not in own
                                      for word in _slugs(text)))
           for stem in stems):
        return True
    # Nor is a descriptor in capitals under a name in mixed case ("Harbour & Finch" over
    # "SOLICITORS"), unless the domain spells it (above), nor the second line of a title
    # right above the company ("Senior Vice President" / "Global Operations" / "Acme Corp").
    if _all_capitals(text) != _all_capitals(company):
        return False
    previous = _prev_in_block(work, other) if not below else None
    if previous is not None and "title" in previous.kinds and _alike(other, previous):
        return False
    if re.match(r"chartered\s", text, re.IGNORECASE):
        # "CHARTERED SURVEYORS" on a line of its own under the firm: the profession's
        # chartered status, as thirteen tuning cards print it ("CHARTERED ACCOUNTANTS"),
        # none typing it with the firm's name (only printed on the name's line is it part).
        return False
    return _has_legal_form(text) or any(is_industry_word(word) for word in words_of(text)) or (
        not below and _has_legal_form(company))


_LINKED = re.compile(r"(?:des|de|du|della|delle|del|di|of|for|für|der|y|e)\s+\S")


def _all_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _alike(one: _Line, other: _Line) -> bool:
    """Printed in about the same size (lines without boxes have no size: alike)."""
    if not one.height or not other.height:
        return True
    return 0.75 <= one.height / other.height <= 1.34


def _slugs(text: str) -> list[str]:
    return [slug for word in re.split(r"[\s'’-]+", _ascii(text))
            if len(slug := re.sub(r"[^a-z0-9]", "", word)) >= 4]


_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def split_joined_words(company: str, stems: list[str]) -> str:
    """Words OCR ran together, split again where the e-mail or web domain shows the break
    ("PixelwerkStudio" with pixelwerk.design) or where a company word is glued on
    ("BrightlineAnalytics"). Names that are written as one word stay one."""
    words = []
    for word in company.split():
        pieces = _CAMEL.split(word)
        if len(pieces) == 2:
            head, tail = pieces
            # A short head is a brand's own capital, not two words run together:
            # "BioSciences", "GeoSystems", "MedTech" ("AcmeAnalytics" is split).
            if head.lower() in stems or (
                    len(head) > 3 and tail.lower().strip(".,") in INDUSTRY_WORDS | LEGAL_FORMS):
                words += [head, tail]
                continue
        lowered = word.lower()
        for stem in stems:
            rest = lowered[len(stem):].strip(".,")
            if lowered.startswith(stem) and len(rest) >= 2 and (
                    rest in INDUSTRY_WORDS or rest in LEGAL_FORMS) and lowered != stem:
                words += [word[: len(stem)], word[len(stem):]]
                break
        else:
            words.append(word)
    return " ".join(words)


def _translation(first: str, second: str) -> bool:
    """Is `second` the same name as `first` in another language, as bilingual countries
    print an institution's name over two lines ("Conseil canadien du transport" / "Canadian
    Transport Council", "Office fédéral de la santé" / "Federal Office of Public Health")?
    Two words of five letters or more in each share their first five letters (cognates:
    "canadien" and "Canadian", "transport"), which the two lines of one name never do."""
    if len(first.split()) < 2 or len(second.split()) < 2:
        return False
    one = [_ascii(word) for word in re.findall(r"[^\W\d_]{5,}", first)]
    two = {_ascii(word)[:5] for word in re.findall(r"[^\W\d_]{5,}", second)}
    return len({word[:5] for word in one if word[:5] in two}) >= 2


def _other_language(first: str, second: str, stems: list[str]) -> bool:
    """Is `second` the name of `first` in another language, with no cognates to show it
    ("Cymdeithas Hanes Morgannwg" / "Glamorgan History Society")? The domain spells
    the first line's words and none of the second's, and the second is a name of its own: a
    name word besides its kind, and the kind of firm it is (an industry word)."""
    one, two = _slugs(first), _slugs(second)
    if not re.match(r"[A-ZÀ-Þ]", second.strip()) or _LINKED.match(second.strip()):
        return False  # "& Vascular Institute", "of Marine Science": the name goes on
    if len(one) < 2 or len(second.split()) < 3 or not any(is_industry_word(w)
                                                           for w in words_of(second)):
        return False
    if not any(not is_industry_word(w) and w not in ROLE_WORDS for w in words_of(second)):
        return False
    return any(sum(slug in stem for slug in one) >= 2 and not any(slug in stem for slug in two)
               for stem in stems)


def _domain_initials(company: str, stems: list[str]) -> bool:
    """Does a domain spell the company's first word and the initials of the others
    ("Lakeshore University Medical Center" on lakeshoreumc.org)?"""
    # Words of another script have no ASCII letters ("上海华信 Shanghai …"): left out.
    words = [folded for word in re.findall(r"[^\W\d_]+", company) if (folded := _ascii(word))]
    if len(words) < 3:
        return False
    return any(stem == words[0] + "".join(word[0] for word in words[1:]) for stem in stems)


def _initials_then_words(above: str, company: str, stem: str) -> bool:
    """Does the domain's `stem` spell the initials of the line `above` the company, then the
    company's words or their starts ("Cascade Bay" / "Naval Architects" on cbnavalarch.com)?"""
    initials = "".join(_ascii(word)[:1] for word in re.findall(r"[^\W\d_]+", above))
    words = [_ascii(word) for word in re.findall(r"[^\W\d_]+", company)]
    if len(initials) < 2 or not words or not stem.startswith(initials):
        return False
    rest = stem[len(initials):]
    for word in words:
        if not rest:
            break
        common = len(next((word[:n] for n in range(len(word), 2, -1)
                           if rest.startswith(word[:n])), ""))
        if not common:
            return False
        rest = rest[common:]
    return not rest


def _only_legal_form(text: str) -> bool:
    # "S.A. de C.V." (Mexico), "Sp. z o.o." (Poland): legal forms with their small words.
    words = [word for word in words_of(text) if word not in {"de", "z"}]
    return bool(words) and all(word.replace(".", "") in LEGAL_FORMS for word in words)


# Units named by what they do, whatever the company: "School of Law", "Centre for Climate
# Research", "Direction des ressources humaines", "Geschäftsbereich Energie".
_NAMED_UNIT = re.compile(
    r"(?:school|institute|centre|center|faculty|division|office|unit)\s+(?:of|for)\s"
    r"|(?:service|direction|pôle)\s+(?:de|des|du|d['’])"
    r"|(?:geschäfts)?bereich\s|[^\W\d_]+bereich\b", re.IGNORECASE)


def _choose_department(work: list[_Line], exclude: set[int], company: str | None,
                       stems: list[str]) -> str | None:
    """The department line ("Cloud & AI Department", "Department of Cardiology"), or a
    unit of the institution that is the company ("Institut für Werkstofftechnik" at
    "Hochschule Rheinfeld")."""
    parent = bool(company) and any(word in PARENT_WORDS for word in words_of(company or ""))
    for line in work:
        if (line.rest and line.index not in exclude and not line.kinds & {"title", "company"}
                and not has_role(line.rest) and (is_department(line.rest) or (
                    parent and any(word in UNIT_WORDS for word in words_of(line.rest)))
                    or _NAMED_UNIT.match(line.rest))):
            line.kinds.add("department")
            return _ai_read_as_al(_SPACED_HYPHEN.sub(" – ", _spaced_ampersand(
                line.rest.strip(" ,"))))
    # The line right under the title, printed like it, that is neither the company nor a
    # role nor anything else read: the title's department ("Senior Consultant" /
    # "Technology & Engineering", "Vertriebsleiter" / "Export Osteuropa").
    titles = [line for line in work if "title" in line.kinds]
    if titles:
        above = _prev_in_block(work, titles[0])
        over = _prev_in_block(work, above) if above is not None else None
        if (above is not None and above.rest and above.index not in exclude
                and above.kinds == {"unit"} and over is not None and "name" in over.kinds
                and not has_role(above.rest) and not re.search(r"\d|@", above.rest)
                and len(re.findall(r"[^\W_]+", above.rest)) <= 5
                and not matches_domain(above.rest, stems) and _alike(above, titles[0])
                and not (company and above.rest.casefold() in company.casefold())
                and not _field_label(above.rest) and not credentials_line(above.rest)):
            # Between the name and the title: the unit the title picked over (above).
            above.kinds.add("department")
            return _ai_read_as_al(_SPACED_HYPHEN.sub(" – ", _spaced_ampersand(
                above.rest.strip(" ,"))))
        below = _next_in_block(work, titles[-1])
        if (below is not None and below.rest and below.index not in exclude
                and not below.kinds and not has_role(below.rest)
                and not re.search(r"\d|[@&]\s*$", below.rest)
                # Words, not a dash or an ampersand between them ("Commercial Lines – Marine
                # & Cargo" is five words).
                and len(re.findall(r"[^\W_]+", below.rest)) <= 5
                and not matches_domain(below.rest, stems) and not credentials_line(below.rest)
                and not _only_legal_form(below.rest) and _alike(below, titles[-1])
                and not (company and below.rest.casefold() in company.casefold())
                and not _field_label(below.rest)):
            below.kinds.add("department")
            # The dash between a unit and its part, as in a title ("Private Banking – GCC").
            return _ai_read_as_al(_SPACED_HYPHEN.sub(" – ", _spaced_ampersand(
                _CAMEL_JOINED.sub(" ", below.rest.strip(" ,")))))
    return None


# "AI" (artificial intelligence) read "Al" (a capital I and a small l look alike in most
# sans-serif faces) in a title or a department: before or after the words it goes with
# ("Al Research Center", "Head of Data & Al", "Al/ML Engineer"); never the Arabic article
# there, which comes before a name.
_AI_AS_AL = re.compile(
    r"\bAl(?=\s*(?:/\s*ML|&\s*(?:ML|Data|Analytics))\b|\s+(?:Research|Labs?|Engineer(?:ing)?"
    r"|Platforms?|Products?|Solutions|Strategy|Ethics|Safety|Cent(?:er|re)|Team|Innovation"
    r"|Systems|Architect|Scientist|Specialist|Lead|Consultant|Governance|Transformation)\b)"
    r"|(?<=\bData & )Al\b|(?<=\bData and )Al\b|(?<=\bML & )Al\b|(?<=\bof )Al(?=\s*$|\s*[,&/])")


def _ai_read_as_al(text: str) -> str:
    return _AI_AS_AL.sub("AI", text)


def _spaced_ampersand(text: str) -> str:
    """The space OCR lost on one side of an ampersand between words ("Engineering&
    Technical Services"); one glued on both sides ("R&D", "AT&T") is printed so."""
    return re.sub(r"(?<=[^\W\d_]{2})&(?=\s)|(?<=\s)&(?=[^\W\d_]{2})",
                  lambda m: " &" if m.string[m.end():m.end() + 1].isspace() else "& ", text)


# Two words OCR ran together in a department line: "ExportOsteuropa".
_CAMEL_JOINED = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Þ][a-zà-ÿ]{3})")


# OCR readings under this score are marked for a second look.
DOUBTFUL_SCORE = 0.85


def _doubtful(work: list[_Line], name_line: _Line | None, company_line: _Line | None,
              contacts: _Contacts, phones: list[Phone], address: Address | None,
              name_confirmed: bool) -> tuple[str, ...]:
    """The fields the review page marks: read from a doubtful OCR line, or chosen by a rule
    without anything on the card confirming it. A doubtful number is named by its row too
    ("phones.1"), so that the page marks that row and not every number on the card."""
    doubtful: set[str] = set()

    def low(line: _Line | None) -> bool:
        return line is not None and line.source.score < DOUBTFUL_SCORE

    def digits(text: str) -> str:
        return re.sub(r"\D", "", text)

    if name_line is not None and (low(name_line) or (contacts.emails and not name_confirmed)):
        doubtful |= {"full_name", "first", "middle", "last"}
    for line in work:
        if "title" in line.kinds and low(line):
            doubtful.add("title")
        if "department" in line.kinds and low(line):
            doubtful.add("department")
        if "address" in line.kinds and low(line):
            doubtful |= {"street", "city", "region", "postal_code"}
        if "email" in line.kinds and low(line):
            doubtful.add("emails")
        if "phone" in line.kinds and low(line):
            doubtful.add("phones")
            doubtful |= {f"phones.{row}" for row, phone in enumerate(phones)
                         if digits(phone.as_printed) in digits(line.source.text)}
    if company_line is not None and (low(company_line) or company_line.rest and company_score(
            company_line.rest, []) < 2 and not contacts.emails and not contacts.website):
        doubtful.add("company")
    # A number that fails validation may be misread, or printed wrong on the card.
    unchecked = {f"phones.{row}" for row, phone in enumerate(phones) if phone.e164 is None}
    if unchecked:
        doubtful |= {"phones", *unchecked}
    if address is not None and (address.postal_code is None or address.city is None):
        doubtful |= {"street", "city", "region", "postal_code"}
    return tuple(sorted(doubtful))
