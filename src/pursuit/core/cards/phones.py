"""Phone numbers on a card: the label printed before each, its extension, and E.164.

A number that fails validation is still returned, with `e164` None and the text as printed
(contracts.md): a typo on a card is the user's to fix, not ours to drop.
"""

from __future__ import annotations

import re

import phonenumbers

from pursuit.core.cards.model import Phone

_NUMBER = re.compile(
    r"""
    (?<![\d@/.])                       # not the tail of a number, an address or a URL
    (?<![^\W\d_]\d)                     # nor of a code ("V6B 1J4")
    (?P<number>\+?\s?\(?\d[\d\s().-]{5,}\d)
    (?P<ext>\s*,?\s*(?:x|×|ext|extn|extension|poste|durchwahl|dw|wew|ramal|[l|]oc|anexo|\#)
       [.,:]?\s*(?P<digits>\d{1,6})\b)?   # "poste 204" (Québec), "wew. 315" (Poland),
                                        # "ramal 215" (Brazil), "loc. 204" (Philippines,
                                        # its "l" often read as "|")
    (?![\d@])                          # a label may follow unspaced: "6789Mobil +49 ..."
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Digit runs that look like numbers but are not phones: ZIP+4 codes and ISO dates.
_NOT_A_PHONE = re.compile(r"^\d{5}-\d{4}$|^\d{4}-\d{2}-\d{2}$")
_MIN_DIGITS, _MAX_DIGITS = 7, 16

LABELS = {
    "t": "work", "tel": "work", "tél": "work", "telephone": "work", "téléphone": "work",
    "phone": "work", "ddi": "work", "fon": "work", "telefon": "work", "tfn": "work",
    "telf": "work", "landline": "work", "bureau": "work", "switchboard": "work",
    "ph": "work", "p": "work", "o": "work", "off": "work", "office": "work", "d": "work",
    "dir": "work", "direct": "work", "dd": "work", "main": "work", "work": "work", "w": "work",
    "m": "mobile", "mob": "mobile", "mobile": "mobile", "cell": "mobile", "c": "mobile",
    "cellular": "mobile", "handy": "mobile", "mobil": "mobile", "cel": "mobile",
    "portable": "mobile", "port": "mobile", "mobiel": "mobile", "móvil": "mobile",
    # Singapore and Malaysia's "HP" (handphone), Italy's "Cell." and "Cellulare", Spain's
    # "Movil" without its accent.
    "hp": "mobile", "handphone": "mobile", "cellulare": "mobile", "movil": "mobile",
    # Belgium's "GSM", Portugal's "Telm." (telemóvel), Scandinavia's "Mobiltelefon".
    "gsm": "mobile", "telm": "mobile", "tlm": "mobile", "telemóvel": "mobile",
    "telemovel": "mobile", "mobiltelefon": "mobile", "tlf": "work", "puh": "work",
    "tfno": "work", "teléfono": "work", "telefono": "work",
    # Chile's word for a phone ("Fono: +56 2 …").
    "fono": "work",
    # Poland's "tel. kom." (komórka), Switzerland's "Natel", a number for WhatsApp (Brazil's
    # "Cel./WhatsApp"), Mexico's "Oficina".
    "kom": "mobile", "komórka": "mobile", "natel": "mobile", "whatsapp": "mobile",
    "wa": "mobile",
    "oficina": "work", "praxis": "work", "büro": "work", "buero": "work",
    # Latin America's "Celular", South Africa's "Cellphone".
    "celular": "mobile", "cellphone": "mobile",
    # Afrikaans "Sel" / "Selfoon" (a South African card printed in Afrikaans).
    "sel": "mobile", "selfoon": "mobile",
    # Indonesia's and Malaysia's "Ponsel" (telepon seluler) and "Telepon".
    "ponsel": "mobile", "telepon": "work",
    # Dutch, Italian, French, German and Spanish words for the office's line: "Telefoon",
    # "Centralino", "Tel. uff." (ufficio), "Fixe", "Ligne directe", "Zentrale", "Durchwahl",
    # "Tel. fijo"; Québec's "Cellulaire", Portugal's "Móvel".
    "telefoon": "work", "centralino": "work", "ufficio": "work", "uff": "work",
    "fixe": "work", "directe": "work", "zentrale": "work", "durchwahl": "work",
    "direkt": "work", "fijo": "work", "cellulaire": "mobile", "móvel": "mobile",
    "movel": "mobile",
    # Portugal's and Brazil's "Telefone"; Finland's "Puhelin" and "Matkapuhelin" (its short
    # "Matkap.").
    "telefone": "work", "puhelin": "work", "matkapuhelin": "mobile", "matkap": "mobile",
    # A British doctor's or vet's practice line ("Surgery 01632 …"), its front desk.
    "surgery": "work", "reception": "work",
    "f": "fax", "fax": "fax", "facsimile": "fax", "téléc": "fax", "telec": "fax",
    "télécopieur": "fax", "telefax": "fax",
    # Poland's, Norway's and Denmark's spelling: "faks", "telefaks".
    "faks": "fax", "telefaks": "fax",
    # Vietnam's "ĐT" (điện thoại, telephone) and "DĐ" (di động, mobile), short and whole.
    "đt": "work", "thoại": "work", "dđ": "mobile", "động": "mobile",
}
# Vietnam's "DĐ" with its crossed D read plain: "DD", which elsewhere is Britain's direct
# dial (`work`); on a card from Vietnam it is the mobile's label.
_VIETNAMESE_MOBILE = re.compile(r"(?<![^\W\d_])D[DĐ]\s*[:.]?\s*$")
# Words that only say "this is a number": the word before them carries the type.
_GENERIC = {"phone", "line", "number", "no", "tel"}
_LABEL_WORDS = re.compile(r"[^\W_]+")
# OCR reads the "l" of "Cell" as "1" and the "o" of "Mob" as "0" often enough to matter.
_DIGIT_AS_LETTER = str.maketrans("10", "lo")


def label_type(prefix: str) -> str | None:
    """The phone type named by the last word(s) of `prefix`, or None if it names none."""
    tail = prefix.rstrip(" :.|-–—\t")
    # The kind in brackets after the word for a phone, as Indian and Gulf cards print it:
    # "Tel (M)", "Ph (O)", "Mob (WhatsApp)".
    # A fax stays a fax whatever the bracket says ("Fax (Office)").
    bracket = re.search(r"([^\W\d_]*)[\s.]*\(\s*([^\W\d_]+)\s*\)$", tail)
    if bracket:
        before = LABELS.get(bracket.group(1).lower())
        tail = tail[:bracket.start(1)] + (
            bracket.group(1) if before == "fax" or bracket.group(2).lower() not in LABELS
            else bracket.group(2))
    # Malaysia's and Singapore's handphone written with a slash: "H/P".
    tail = re.sub(r"(?<![^\W\d_])([Hh])\s?/\s?([Pp])$", r"\1\2", tail)
    # A small l read as a capital I inside a word ("TIm." for Portugal's "Tlm.", "CeII").
    # Not in a word in capitals ("DIRECT", "MOBIL").
    tail = re.sub(r"[^\W\d_]{2,}",
                  lambda m: m.group() if m.group().isupper()
                  else m.group()[0] + m.group()[1:].replace("I", "l"), tail)
    words = [word.lower().translate(_DIGIT_AS_LETTER)
             for word in _LABEL_WORDS.findall(tail[-24:])]
    if not words or not tail.lower().translate(_DIGIT_AS_LETTER).endswith(words[-1]):
        return None
    if len(words) >= 2 and words[-1] in _GENERIC and words[-2] in LABELS:
        return LABELS[words[-2]]
    return LABELS.get(words[-1]) or _label_with_small_i(words[-1])


def _label_with_small_i(word: str) -> str | None:
    """The label a word names once one small l is read back as the small i OCR took it for
    ("Mobll" is "Mobil", "Moblle" "Mobile": the dot of the i lost on a photo)."""
    for at, letter in enumerate(word):
        if letter == "l" and (kind := LABELS.get(f"{word[:at]}i{word[at + 1:]}")):
            return kind
    return None


def _e164(number: str, region: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# OCR reads a digit "0" as the letter "o" now and then: "0770o 900345".
# Not the ordinal sign of a floor read as an "o" ("14o andar", Brazil's 14th floor).
# Not the ordinal of a floor or of the door's side, which compatibility normalisation turns
# from "º" into "o": "14º andar", "3º izda.", "2º Esq.".
FLOOR_WORDS = r"(?i:andar|piso|planta|izda|izq|izqda|dcha|dcho|dta|esq|dto)"
_O_IN_DIGITS = re.compile(rf"(?<=\d)[oO](?!\s+{FLOOR_WORDS}\b)(?=[\doO]*\d|\b)"
                          r"|(?<=\s)[oO](?=\d{2})")
# After a number, a word that says it is no phone number: "210-1085 Homer Street".
_WORD_AFTER = re.compile(r"\s*([^\W\d_]{3,})")


def digits_read_as_letters(text: str) -> str:
    """`text` with the letter "o" OCR put inside a run of digits read as the digit "0"
    (same length, so spans found in it hold for the text as read)."""
    return _O_IN_DIGITS.sub("0", text)


# A slash after an area code, as German cards print it: "030 / 123 456 78",
# "+49 (0)89 / 12 34 56" (two numbers on a line, "0211 1234567 / 0211 1234568", keep theirs).
_AREA_SLASH = re.compile(
    r"(?<![\d\s()+])(?P<area>\s*(?:\+\d{1,3}\s?(?:\(0\)\s?)?\(?\d{2,5}\)?|\(?0\d{1,4}\)?))"
    r"(?P<slash>\s?/\s?)(?=\d)")


def _without_area_slash(text: str) -> str:
    """`text` with the slash after an area code read as a space (same length)."""
    def blank(match: re.Match[str]) -> str:
        return match.group("area") + " " * len(match.group("slash"))
    return _AREA_SLASH.sub(blank, text)


# Registration numbers printed on cards: a company's number or its tax number is no phone.
REGISTRATION = re.compile(
    r"\b(?:ABN|ACN|ARBN|NZBN|GSTIN|GST(?:\s+No\.?)?|P\.?\s?IVA|C\.?F\.|VAT(?:\s+(?:No|Reg)\.?)?"
    r"|USt-?Id(?:Nr)?\.?|St\.?-?Nr\.?|KvK|BTW|CIF|NIF|SIRE[NT]|TVA|UEN|CIN|PAN|CRN"
    r"|(?:Company|Reg(?:istration)?|Co\.?)\s+(?:No|Nr|Number)\.?)"
    r"\s*[:.#]?\s*(?:[A-Z]{1,2}\s?)?\d[\dA-Z .-]{4,}[\dA-Z]")
# A licence's number, one run of letters and digits ("FSRA Lic.#M19004712", "License No.
# 0H12345"), with the regulator's acronym before it, glued on by OCR or not ("FSRALic.#M...").
_LICENCE = re.compile(
    r"(?:\b[A-Z]{2,6}\s?)?(?<![a-z])Lic(?:en[cs]e)?\.?(?:\s*No\.?)?\s*[:.#]?\s*[A-Z]{0,2}\d[\dA-Z-]{4,}")
# The end of a text that is a word (or the Japanese postal mark) right before a number.
_AFTER_A_WORD = re.compile(r"(?:[^\W\d_]{2,}\.?|〒)\s*$")
# A lone "0" before a bracketed area code is the label "O" (office): "0 (703) 555-0186".
# Also unspaced before a North American area code: "0(312)555-0172".
_O_LABEL = re.compile(r"(?:^|(?<=\s))0(?=\s\(\d|\(\d{3}\)\s?\d{3}-\d{4})")
# Or before a whole number without brackets ("0 404.555.0127"), when the number is valid
# without the "0" and not with it (a trunk prefix read apart, "0 803 555 2718" in Nigeria,
# makes a valid number with it).
_O_BEFORE_NUMBER = re.compile(r"(?:^|(?<=\s))0\s(?=(\d{2,4}[.\s-]\d{3}[.\s-]\d{3,4})\b)")
# Or glued to a North American number's area code ("0604-555-0143": a phone icon read as a
# digit), where the groups are 3-3-4 with one separator; the same test of validity.
_O_GLUED = re.compile(r"(?:^|(?<=\s))0(?=(\d{3}([.-])\d{3}\2\d{4})\b)")


def without_registrations(text: str) -> str:
    """`text` with registration numbers ("ABN 53 627 093 118", "P.IVA 02841570379") blanked
    (same length)."""
    text = REGISTRATION.sub(lambda match: " " * len(match.group()), text)
    return _LICENCE.sub(lambda match: " " * len(match.group()), text)


_LABEL_DOT = re.compile(r"(?<![\w.@/])([^\W\d_]{1,12})\.(?=\+?\d)")


# A post office box's or mail bag's mark right before a number: the box's number follows.
_BOX_BEFORE = re.compile(r"(?:\bbox|\bp\.?\s?m\.?\s?b\.?|\bprivate\s+bag)\s*(?:no\.?\s*)?$",
                         re.IGNORECASE)


def find_phones(text: str, region: str = "US") -> list[tuple[Phone, tuple[int, int]]]:
    """Each phone number on one line of text with the span it and its label take."""
    found = []
    consumed = 0
    # The lone "0" is a trunk prefix, not the label "O", after a label: "Gsm 0 (532) …".
    printed_text, text = text, _O_LABEL.sub(
        lambda m: m.group() if label_type(text[:m.start()]) else "O",
        _without_area_slash(text))
    text = _O_BEFORE_NUMBER.sub(
        lambda m: "O " if (not label_type(text[:m.start()]) and _e164(m.group(1), region)
                           and not _e164("0" + m.group(1), region)) else m.group(), text)
    text = _O_GLUED.sub(
        lambda m: " " if (not label_type(text[:m.start()]) and _e164(m.group(1), region)
                          and not _e164("0" + m.group(1), region)) else m.group(), text)
    # A label's full stop run into its number ("Tel.954 55 21 80") reads as a space, so the
    # number is not taken for the tail of a web address (same length).
    text = _LABEL_DOT.sub(lambda m: m.group(1) + " " if label_type(m.group(1)) else m.group(),
                          text)
    for match in _NUMBER.finditer(text):
        number = match.group("number").strip()
        digits = sum(ch.isdigit() for ch in number)
        if not _MIN_DIGITS <= digits <= _MAX_DIGITS or _NOT_A_PHONE.match(number):
            continue
        after = _WORD_AFTER.match(text, match.end())
        if (after and not number.startswith("+") and digits < 10
                and label_type(after.group(1)) is None):
            continue  # a street number and its street
        prefix = text[consumed:match.start()]
        kind = label_type(prefix)
        if region == "VN" and _VIETNAMESE_MOBILE.search(prefix):
            kind = "mobile"
        e164 = _e164(number, region)
        if (kind is None and e164 is None and not number.startswith("+")
                and _AFTER_A_WORD.search(prefix)):
            # "Tel Aviv 6688218", "Osaka 531-6021", "〒100-0005", "NIP 676-123-45-67",
            # "charity no. 1187342": a number right after a word that is no phone label,
            # and no valid number of the card's country, is a postal code or a
            # registration number.
            continue
        if kind is None and _BOX_BEFORE.search(prefix):
            # "P.O. Box 1877-40100": a box and East Africa's postal code, however valid a
            # number they would make together.
            continue
        if kind is None and e164 is None and re.fullmatch(r"\d{2} ?\d{3}-\d{3}", number):
            # Brazil's CEP ("04538-133") on a line of its own, or its five digits parted
            # after two as OCR spaces wide type ("30 140-061"): no phone's shape
            continue
        if kind is None and e164 is None and re.fullmatch(r"\d{3}-\d{4}", number):
            continue  # Japan's postal code ("100-0005") without its mark: no valid number
        if (kind == "fax" and e164 and e164.startswith("+56")
                and re.search(r"(?<![^\W\d_])F[\s:.]*$", prefix)):
            # Chile's single letter "F" is "Fono" (phone), beside "C" for "Celular": a
            # fax is printed "Fax" there.
            kind = "work"
        start = match.start()
        if kind is not None:
            label = re.search(r"[^\W_]+(?:\s+[^\W_]+)?[\s:.|–—-]*$", prefix)
            words = label.group().split() if label else []
            if label and len(words) == 2 and not (
                    words[1].lower().strip(":.|-–—") in _GENERIC
                    and words[0].lower() in LABELS):
                # Only "Mobile Phone", "Direct Line" are labels of two words: the word
                # before "Fax" is the name's ("... Mahlangu-Sithole Fax 086 ...").
                label = re.search(r"[^\W_]+[\s:.|–—-]*$", prefix)
            if label:
                start = consumed + label.start()
        ext = match.group("digits")
        printed = printed_text[match.start("number"):match.end()].strip().lstrip(". ")
        found.append((Phone(kind or "work", e164, ext, printed),
                      (start, match.end())))
        consumed = match.end()
    return found


def calling_regions(text: str) -> list[str]:
    """The country of each number printed with its country code ("+44 20 ..." is GB)."""
    found = []
    for match in _NUMBER.finditer(text):
        number = match.group("number").strip()
        if not number.startswith("+"):
            continue
        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            continue
        region = phonenumbers.region_code_for_country_code(parsed.country_code or 0)
        if region and region != "ZZ":
            found.append(region)
    return found
