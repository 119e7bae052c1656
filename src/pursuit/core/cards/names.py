"""A person's name line: which line it is, and its parts.

nameparser splits the name; we take the post-nominals off first, because nameparser puts
"Jr." and "PhD" in one `suffix` where the contract keeps a generational `suffix` apart from
`credentials`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from nameparser import HumanName
from nameparser.config import Constants

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
# Degrees, licences and honours printed after a name. Not exhaustive: an unknown all-capital
# word after the name's comma is taken as a credential too.
CREDENTIALS = frozenset(
    [
        "phd", "dphil", "md", "do", "dds", "dmd", "dvm", "jd", "llm", "llb", "mba", "ma", "ms",
        "msc", "mph", "mfa", "mpa", "med", "edd", "ba", "bs", "bsc", "beng", "meng", "cpa", "cfa",
        "cfp", "pe", "peng", "pmp", "rn", "np", "pa", "esq", "cissp", "frcs", "mrcp", "frs", "obe",
        "mbe", "cbe", "fca", "aca", "acca", "cma", "shrm-cp", "shrm-scp", "phr", "sphr", "lcsw",
        "lpc", "psyd", "pharmd",
        # Medicine, law, engineering, architecture and accounting across the Commonwealth and
        # Europe: as printed on cards from the UK, Ireland, Canada, Australia, NZ and India.
        "mbbs", "mbchb", "mbbch", "bchir", "frcp", "frcpc", "frcsc", "frcs", "mrcs", "mrcgp",
        "frcgp", "frca", "frcog", "frcpath", "frcr", "fracgp", "fracp", "fracs", "franzcr",
        "fanzca", "frnzcgp", "ccfp", "fcfp", "dm", "dnb", "mch", "ms", "mds", "bds", "bvsc",
        "mvb", "mrcvs", "frcvs", "vmd", "riba", "arb", "aia", "faia", "raic", "fraia", "nzia",
        "pla", "asla", "fasla", "csla", "aicp", "ceng", "ieng", "mice", "fice",
        "mimeche", "miet", "fieaust", "cpeng", "rpeq", "cpa", "ca", "cfa",
        "caia", "frm", "acma", "cgma", "fcca", "cima", "cta", "acii", "fcii", "mcipd",
        "fcipd", "qc", "kc", "sc", "jp", "msw", "rsw", "rd", "rph", "od", "dc",
        "dpt", "otr", "ccc-slp", "ma", "llb", "bcl", "mph", "fhea", "sfhea", "prince2", "csm",
        # South Africa's professional registrations ("Pr.Eng.", "Pr.Tech.Eng.", "Pr.Arch.",
        # "Pr.Sci.Nat."), and the institutes' fellows of Africa and the Gulf.
        "preng", "prtecheng", "prtechni", "prarch", "prscinat", "prcm", "prpm", "prqs",
        "prpln", "prlarch", "fnse", "mnse", "fwacs", "fwacp", "fmcs",
    ]
)
# How credentials are written when a card prints them in capitals ("PHD" -> "PhD").
_CREDENTIAL_CASE = {"phd": "PhD", "dphil": "DPhil", "msc": "MSc", "bsc": "BSc", "meng": "MEng",
                    "beng": "BEng", "med": "MEd", "edd": "EdD", "psyd": "PsyD",
                    "pharmd": "PharmD", "esq": "Esq.", "peng": "P.Eng."}
class _Prefixes(frozenset[str]):
    """The known prefixes, and any German diploma spelled as a chain ("Dipl.-Wirt.-Ing.",
    "Dipl.-Inform.", "Dipl.-Kfm.": Diplom with its subject, one or two parts), which no list
    can hold whole."""

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key) or (
            isinstance(key, str) and re.fullmatch(r"dipl-[a-zäöü]{2,8}(?:-[a-zäöü]{2,6})?",
                                                  key) is not None)

    def __or__(self, other: object) -> _Prefixes:
        if not isinstance(other, (set, frozenset)):
            return NotImplemented
        return _Prefixes(frozenset.__or__(self, other))


PREFIXES = _Prefixes({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir",
                      "dame", "rev", "hon", "me", "mme", "mlle", "dr-ing", "dipl-ing",
                      "med", "herr", "frau", "sr", "sra", "dott", "ing", "habil",
                      "dipl-kfm", "dipl-kffr", "mag", "dipl",
                      # "Dre" (Québec, a woman doctor), "Dra." (Spanish), "ir.", "drs."
                      # (Dutch engineers and graduates, in lower case), "Avv." (an Italian
                      # lawyer), "Arch." (an Italian architect).
                      "dre", "dra", "ir", "drs", "avv", "arch",
                      # Austria's "DI" (Diplom-Ingenieur), Mexico's "Lic." (licenciado),
                      # Switzerland's and Germany's "Dr. phil.", Poland's "dr inż.", "mgr".
                      "di", "lic", "phil", "inż", "inz", "mgr",
                      # Mexico's and Spain's "Arq." (arquitecto, arquitecta); Austria's
                      # professors ("Univ.-Prof. Dr. Anna Huber").
                      "arq", "univ-prof",
                      # Portugal's engineers: "Eng.º" (also "Eng.°", the degree sign OCR
                      # reads for the ordinal), "Eng.ª".
                      "engº", "engª", "eng°",
                      # India's honorifics ("Shri", "Smt."; not "Sri", an Indonesian given
                      # name too), Nigeria's and the Gulf's
                      # for a pilgrim ("Alhaji", "Alh.", "Hajia"), Malaysia's titles ("Dato'",
                      # "Datuk", "Datin"), the Philippines' "Atty." and "Engr.".
                      "shri", "smt", "alhaji", "alh", "hajia", "hajiya", "dato",
                      "dato'", "datuk", "datin", "atty", "engr",
                      # France's and Belgium's lawyers and notaries spelled out ("Maître").
                      "maître", "maitre",
                      # Poland's physicians ("lek. med.", "lek. dent."); Mexico's public
                      # accountants ("C.P. Ana Ruiz", contador público).
                      "lek", "cp",
                      # Poland's legal counsel and advocates ("r.pr.", "adw.", "mec.").
                      "rpr", "adw", "mec",
                      # Portugal's and Brazil's "Drª"/"Dr.ª" (doutora), Québec's "Mtre"
                      # (maître).
                      "drª", "mtre"})
_SLASH_PATRONYMICS = frozenset({"a/l", "a/p", "s/o", "d/o"})
# Words that are not in any given or family name.
_PARTICLES = frozenset({"'t", "’t",
                        "van", "der", "den", "de", "la", "le", "du", "von", "di", "da", "del",
                        "della", "dos", "das", "ten", "ter", "bin", "ibn", "al", "el", "st",
                        # The "and" between two Catalan or Spanish surnames: "Puig i Soler".
                        "i", "y",
                        # Filipino surnames: "dela Cruz", "delos Santos".
                        "dela", "delos", "las", "los",
                        # Welsh patronymics: "Rhys ap Gwilym", "Dafydd ab Owain".
                        "ap", "ab",
                        # Portuguese "Maria do Carmo Silva", Italian "Lorenzo degli
                        # Esposti", "Giulia dal Molin", Malay "Nur Aisyah binti Ahmad".
                        "do", "degli", "dei", "dal", "dalla", "dallo", "delle", "dello",
                        "binti", "bte",
                        # Singapore's spellings of "binti" (daughter of): "binte", "bint".
                        "binte", "bint",
                        # The Portuguese "and" between two surnames: "Souza e Silva".
                        "e",
                        # Malaysian and Singaporean Indian names: "a/l" (anak lelaki, son
                        # of), "a/p" (anak perempuan, daughter of), "s/o", "d/o".
                        *_SLASH_PATRONYMICS})
# Surnames that really are Mac + capital; nameparser would also make "Maciejewski" into
# "MacIejewski", so anything else keeps a lower-case letter after "Mac".
MAC_NAMES = frozenset(
    [
        "macdonald", "mackenzie", "macleod", "macmillan", "macarthur", "macintyre", "macgregor",
        "mackay", "maclean", "macneil", "macpherson", "macaulay", "macinnes", "macrae",
        "maclachlan", "macdougall", "macfarlane", "mackinnon", "macqueen", "macaskill", "macintosh",
        "mackintosh", "macbride", "macdowell", "maclaren", "macnamara"
    ]
)
# nameparser's rules, with the Irish surname particles it lacks ("Nic Dhonnacha"); a copy,
# so that nobody else's use of nameparser changes.
_NAME_RULES = Constants()
_NAME_RULES.prefixes.add("nic", "ní", "ui", "uí", "mhic", "dela", "delos", "ap", "ab", "binti",
                         "binte", "bint", "bte", "dalla", "dallo", *_SLASH_PATRONYMICS)
# The Dutch "ten" ("Floor ten Brinke", "Corrie ten Boom"), which nameparser lacks beside its
# "ter": without it the particle was read as a middle name and cut from the surname.
_NAME_RULES.prefixes.add("ten")
_NAME_RULES.titles.add("dre", "dra", "ir", "drs", "avv", "arch", "dipl-kfm", "dipl-kffr",
                       "dipl-ing", "dipl.-kfm", "dipl.-kffr", "dipl.-ing", "di", "lic",
                       "phil", "inż", "inz", "mgr", "arq", "univ.-prof.", "univ-prof",
                       "eng.º", "engº", "eng.ª", "engª", "shri", "alhaji", "alh",
                       "hajia", "hajiya", "dato", "dato'", "datuk", "datin", "maître",
                       "maitre", "lek", "adw", "mec", "drª", "dr.ª", "mtre")
# A name word, or the Dutch article's "'t" ("van 't Hof").
_NAME_WORD = re.compile(r"^(?:[^\W\d_]+(?:['’.-][^\W\d_]*)*\.?|['’]t)$")


@dataclass(frozen=True)
class Name:
    full_name: str | None
    first: str | None
    middle: str | None
    last: str | None
    prefix: str | None
    suffix: str | None
    credentials: str | None


def _key(word: str) -> str:
    return word.lower().replace(".", "").strip(",")


# "FRACGP", "MBChB", "P.Eng.", and Indian degrees with one dot: "B.Arch", "M.Tech", "B.Com".
_CREDENTIAL_SHAPE = re.compile(
    r"[A-Z][A-Z.-]{1,7}|[A-Z]{1,3}\+[A-Z]{1,3}|[A-Z][a-z]?[A-Z][A-Za-z.]*"
    r"|[A-Z]\.[A-Z][a-z]+\.?"  # "BD+C" (a LEED specialty)
    # Quebec's and France's degrees as dotted abbreviations of two or more words, each with
    # its stop: "M.Sc.A." (maîtrise ès sciences appliquées), "M.A.Sc.", "B.Sc.A.".
    r"|[A-Z][a-z]{0,2}\.(?:[A-Z][a-z]{0,2}\.){2,3}"
    # An ampersand between capitals joins two subjects of one degree: Edinburgh's
    # veterinary "BVM&S" (medicine and surgery), "BM&S".
    r"|[A-Z]{1,4}&[A-Z]{1,3}")
# A qualifier in brackets after a degree: "BVSc (Hons)", "MS (Ortho)".
_QUALIFIER = re.compile(r"\([^\W\d_][^()]{0,11}\)")


def is_credential(word: str, *, shape: bool = True) -> bool:
    """A post-nominal: a known degree, licence or honour, or (with `shape`) a word shaped
    like one ("FRACGP", "MBChB", "P.Eng.")."""
    return _key(word) in CREDENTIALS or (shape and bool(_CREDENTIAL_SHAPE.fullmatch(word)))


def mixed_case_credential(word: str) -> bool:
    """A degree written in mixed case after a name ("BVetMed", "BDSc", "MScPT", "CEng"):
    two capitals first, or at least as many capitals as small letters. Surnames in mixed
    case ("McKenzie", "DeShawn", "MacLeod") have more small letters than capitals."""
    if not word.isalpha() or word.isupper() or word.islower():
        return False
    if re.fullmatch(r"[A-Z]{2,}[a-z]+[A-Za-z]*", word):
        return True
    upper = sum(ch.isupper() for ch in word)
    return bool(re.fullmatch(r"[A-Z][a-z]*[A-Z][A-Za-z]*", word)) and upper >= len(word) - upper


def credentials_line(text: str) -> bool:
    """Is the whole line post-nominals ("MBBS, FRACGP", "MBChB PhD FRCP")? A qualifier in
    brackets belongs to the degree before it: "BSc (Hons) MRICS", "MBBS, MS (Ortho)"."""
    if re.match(r"dipl\.\s+[^\W\d_]", text):
        return True  # Switzerland's diploma under the name: "dipl. Bauingenieur ETH/SIA"
    text = re.sub(r"\([^()]{1,12}\)", " ", text)
    words = [word for word in re.split(r"[\s,;]+", text.strip()) if word]
    known = sum(_key(word) in CREDENTIALS for word in words)
    # At least half of them known: a name in capitals with one word that is also a degree
    # ("MARIA DO CARMO SILVA": DO) is no credentials line.
    return bool(words) and 2 * known >= len(words) and all(is_credential(word)
                                                           for word in words)


# A known licence with its qualifier after a slash, as US therapists print it ("OTR/L": the
# registration, then "licensed").
_LICENCE_SLASH = re.compile(r"([A-Z]{2,5})/[A-Z]{1,2}")


def title_credentials(title: str) -> tuple[str, str | None]:
    """The job title without the credentials printed after its comma, and those credentials
    ("Project Engineer, PE": a licence on the title's line rather than the name's). Only known
    ones: the words after a title's comma are as often its region or team ("Director,
    EMEA")."""
    def known(item: str) -> bool:
        slash = _LICENCE_SLASH.fullmatch(item)
        return item.isupper() and (_key(item) in CREDENTIALS or (
            slash is not None and _key(slash.group(1)) in CREDENTIALS))

    held: list[str] = []
    head = title
    # One comma's part after another from the end: "Staff Nurse, RN, BSN".
    while True:
        rest, sep, tail = head.rpartition(",")
        items = tail.split()
        if not sep or not rest.strip() or not items or not all(known(item) for item in items):
            break
        held.insert(0, " ".join(items))
        head = rest
    if not held:
        return title, None
    return head.strip(), ", ".join(held)


# Titles that are credentials when printed after the name's comma: Québec's engineers
# ("Mélanie Roy, ing.").
_AFTER_COMMA = frozenset({"ing"})


def split_post_nominals(text: str) -> tuple[str, list[str], list[str], str]:
    """("Dr. Renata Solberg", suffixes, credentials, rest) from "Dr. Renata Solberg, PhD, Jr.".

    `rest` is what follows the comma and is no post-nominal: "Jane Doe, Head of Sales".
    Credentials keep how they were printed: after commas one each ("MD", "DM"), without
    commas together ("MVB MRCVS")."""
    head, _, tail = text.partition(",")
    # A bracket stays one word: "FRCS (Tr & Orth)".
    words = re.findall(r"\([^()]{1,12}\)|\S+", head)
    if len(words) > 2:
        words[-1] = _roman_suffix(words[-1])
    trailing: list[str] = []
    mixed_case = any(ch.islower() for ch in _cased_letters(head))
    # The prefix is no part of the name: "Mr. Ken WATANABE" is a given name and a surname in
    # capitals, with nothing after them.
    titles = prefix_length(words)
    # Post-nominals printed without a comma: "Renata Solberg PhD", "Amelia Kestrel RIBA";
    # a degree's qualifier in brackets goes with it: "Dr Bridget McAllister BVSc (Hons)",
    # "Siobhán Ní Bhriain BA (Hons) MSc".
    while len(words) - titles > 2:
        if len(words) > 3 and _QUALIFIER.fullmatch(words[-1]) and (
                _key(words[-2]) in CREDENTIALS or mixed_case_credential(words[-2])):
            trailing[:0] = words[-2:]
            del words[-2:]
        elif _key(words[-1]) in CREDENTIALS | SUFFIXES or (
                # A degree with its country glued on: South Africa's "CA(SA)".
                (glued := re.fullmatch(r"([A-Za-z]{2,6})\([A-Z]{1,3}\)", words[-1]))
                and _key(glued.group(1)) in CREDENTIALS) or (
                mixed_case and is_credential(words[-1]) and words[-1].isupper()
                and len(words[-1]) >= 2 and not _caps_surname(words)) or (
                mixed_case and mixed_case_credential(words[-1])):
            trailing.insert(0, words.pop())
        else:
            break
    suffixes: list[str] = []
    credentials: list[str] = []
    rest: list[str] = []
    printed: list[str] = []
    for item in trailing:
        (suffixes if _key(item) in SUFFIXES else printed).append(item)
    if printed:
        credentials.append(" ".join(printed))
    for item in [part.strip() for part in re.split(r"[,;]", tail) if part.strip()]:
        key = _key(item)
        if key in SUFFIXES:
            suffixes.append(item)
        elif all(is_credential(word) for word in _QUALIFIER.sub("", item).split()) or (
                key in _AFTER_COMMA):
            # A qualifier in brackets after it is the credential's: "CPA (KR)", "CA (SG)".
            credentials.append(item)
        else:
            rest.append(item)
    return " ".join(words), suffixes, credentials, ", ".join(rest)


def _roman_suffix(word: str) -> str:
    """A generational suffix as printed, from OCR's reading of it: the capital I of "III" and
    "II" is often read as "l", "1" or "|" ("Santiago IIl"); anything else is left alone."""
    if len(word) >= 2 and re.fullmatch(r"[IVl1|]+", word) and re.search(r"[IV]", word):
        repaired = re.sub(r"[l1|]", "I", word)
        if repaired in {"II", "III", "IV"}:
            return repaired
    return word


def _caps_surname(words: list[str]) -> bool:
    """Is the last word a surname in capitals after a particle in capitals ("Pierre-Yves LE
    GALL", "Giulia DE SANTIS"), not a credential?"""
    return len(words) >= 3 and words[-2].isupper() and _key(words[-2]) in _PARTICLES


# The faculty of a German or Swiss doctorate or licentiate, printed in small letters after
# "Dr." or "lic.": "Dr. rer. nat.", "Dr. med. dent.", "lic. iur.", "Dr. h.c.".
_FACULTY = re.compile(r"[a-zäöü]{1,5}\.(?:[a-z]{1,3}\.)?")


_DIPLOMA_SCHOOL = re.compile(r"\((?:FH|TH|TU|BA|DH|Univ\.?)\)")


def prefix_length(words: list[str]) -> int:
    """How many words at the start are the name's prefix: known titles ("Prof. Dr."), and the
    faculty in small letters after one ("Dr. rer. nat.", "lic. iur.")."""
    count = 0
    while count < len(words) and (_key(words[count]) in PREFIXES or (
            # A second honorific in brackets after the first, as Nigerian cards print a
            # married woman's: "Dr. (Mrs.) Funmi Bello", "Prof. (Mrs.)".
            count and re.fullmatch(r"\((?:mrs|ms|miss|mr)\.?\)", words[count].lower())) or (
            # The kind of school after a German diploma: "Dipl.-Ing. (FH)" (a university of
            # applied sciences), "(TU)", "(BA)", "(DH)", "(Univ.)"; a name has no brackets.
            count and _key(words[count - 1]).startswith("dipl")
            and _DIPLOMA_SCHOOL.fullmatch(words[count])) or (
            count and _FACULTY.fullmatch(words[count]) and _key(words[count - 1]) in PREFIXES
            | {_key(word) for word in words[:count]})):
        count += 1
    return count


def _faculty_prefix(core: str) -> tuple[str | None, str]:
    """A prefix with a faculty in small letters, which nameparser does not know, taken off
    as printed: ("Dr. rer. nat.", "Hans Weber") from "Dr. rer. nat. Hans Weber"."""
    words = core.split()
    count = prefix_length(words)
    # Or a title in initials ("C.P."), which nameparser would read as the given name's.
    if count < len(words) and any(_key(word) not in PREFIXES or "." in word.rstrip(".")
                                  for word in words[:count]):
        return " ".join(words[:count]), " ".join(words[count:])
    return None, core


def without_prefix(text: str) -> str:
    """The name without its prefixes and post-nominals: "Professor Helen Ashworth, PhD" ->
    "Helen Ashworth" (so that "Professor" is not read as a job)."""
    words = split_post_nominals(text)[0].split()
    return " ".join(words[prefix_length(words):])


def looks_like_name(text: str) -> bool:
    """Could this line be a person's name? Two to five name-like words after taking off a
    prefix and post-nominals; no digits, no '@'."""
    text = ocr_name(text)
    # A plus sign only in the post-nominals: "LEED AP BD+C". A slash only in "a/l", "a/p".
    if re.search(r"[\d@/:|]", _SLASH_PATRONYMIC.sub("", text)) or "+" in text.partition(
            ",")[0]:
        return False
    core = split_post_nominals(text)[0]
    if "&" in core:
        return False  # "Smith & Jones"; "FRCS (Tr & Orth)" after a name is no part of it
    words = core.split()
    words = [word for word in words[prefix_length(words):] if _key(word) not in PREFIXES]
    # Particles do not count: "María Fernanda de la Garza Treviño" is four names.
    # The first word in capitals counts all the same: no name starts with a particle, so it
    # is a name there ("Le Van Thanh", a Vietnamese family name first; "Van Morrison").
    counted = [word for number, word in enumerate(words) if _key(word) not in _PARTICLES
               or (number == 0 and word[:1].isupper() and len(words) >= 3)]
    if not 2 <= len(counted) <= 5 or len(words) > 7 or credentials_line(core):
        return False
    if _key(words[0]) in {"the", "der", "die", "das"}:
        return False  # "The Pier", "Die Mühle": an article starts a place, not a name
    for word in words:
        if not _NAME_WORD.match(word) and _key(word) not in _SLASH_PATRONYMICS:
            return False
        if word[0].islower() and _key(word) not in _PARTICLES:
            return False
    return True


def proper_case(word: str) -> str:
    """One name word as it is written when the card prints it in capitals."""
    if re.fullmatch(r"[^\W\d_]\.", word):
        # An initial with its full stop ("MARGARET E. HOLLOWAY") is a capital, even where
        # the letter alone is a particle ("e", "y", "i" between two surnames).
        return word.upper()
    if _key(word) in _PARTICLES:
        return word.lower()
    parts = re.split(r"(['’-])", word.lower())
    cased = "".join(part[:1].upper() + part[1:] for part in parts)
    if cased.startswith("Mc") and len(cased) > 3:
        cased = "Mc" + cased[2].upper() + cased[3:]
    elif cased.lower() in MAC_NAMES:
        cased = "Mac" + cased[3].upper() + cased[4:]
    return cased


# The ordinal indicators of a Portuguese or Spanish title ("Eng.ª", "Dr.ª", "Arq.º") are
# small letters to Python but have no capital: a line in capitals keeps them ("ENG.ª INÊS
# SAMPAIO CARVALHAL"), and they say nothing of the line's case.
_ORDINAL_INDICATORS = "ªº"


def _cased_letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha() and ch not in _ORDINAL_INDICATORS)


def _needs_casing(text: str) -> bool:
    letters = _cased_letters(text)
    return bool(letters) and (all(ch.isupper() for ch in letters)
                              or all(ch.islower() for ch in letters))


# A capital I that OCR read as a small l at the start of a name's word ("lyer-Malhotra")
# or after "Mc" ("Mclntyre"): no name word starts with a small l but the particles.
# Also before an accented letter ("lñaki", "lñigo" for Iñaki, Iñigo).
# After a hyphen, not before an "i": a hyphenated given name's second syllable is written
# small ("Mei-ling", "Hsiao-li"), and no name's word starts with "Ii".
_SMALL_L = re.compile(r"(?:(?<=\s)|(?<=^))l(?=[a-zà-ÿ])|(?<=-)l(?=[a-hj-zà-ÿ])"
                      r"|(?<=\bMc)l(?=[a-z])")


# A nickname printed inside the name, in quotes or brackets, between two of its words
# ('Robert J. "Bobby" Castellano', "Chukwudi E. (Chudi) Okonkwo"): a person typing the card
# leaves it out of every name field. Only one capitalised word, and only with a name word
# after it, so that a degree's qualifier at the end ("BVSc (Hons)") stays.
# Inside the name ("Robert (Bob) Smith") or after it, as Chinese cards print the English
# name the person goes by ("Li Xiaoming (Leo)").
_NICKNAME = re.compile(r"\s+(?:\(|[\"“”„'‘’]{1,2})[A-ZÀ-Þ][a-zà-ÿ]+(?:\)|[\"“”'‘’]{1,2})"
                       r"(?=\s+[A-ZÀ-Þ]|\s*$)")


def without_nickname(text: str) -> str:
    """The name without a nickname printed inside it in quotes or brackets; not a degree's
    qualifier ("BA (Hons) MSc"), which follows a degree."""
    def drop(match: re.Match[str]) -> str:
        before = text[:match.start()].split()
        word = before[-1] if before else ""
        degree = _key(word) in CREDENTIALS or mixed_case_credential(word) or (
            word.isupper() and sum(ch.isalpha() for ch in word) >= 2)  # not an initial
        return match.group() if degree else ""

    return _NICKNAME.sub(drop, text)


def ocr_name(text: str) -> str:
    """A name line with what OCR misreads in names put back: the capital I read as l, the
    degree sign read for an ordinal ("Eng.°" for "Eng.º"); a nickname inside it is left out
    (`without_nickname`)."""
    text = without_nickname(text).replace("®", "").replace("™", "")  # "CFP®": not typed
    text = re.sub(r"(?<=\.)°|(?<=\bEng\.)o\b", "º", text)  # "Eng.°", "Eng.o"
    text = re.sub(r"(?<=\bEng\.)a\b", "ª", text)
    # Two titles OCR ran together ("lek.med.", "Dr.med."): the space between them put back,
    # as they are written.
    text = re.sub(r"(?<![\w.])([^\W\d_]{2,5}\.)(?=([^\W\d_]{2,5})\.(?:\s|$))",
                  lambda m: f"{m.group(1)} " if _key(m.group(1)) in PREFIXES and _key(
                      m.group(2)) in PREFIXES | {"dent", "vet", "iur", "nat"} else m.group(1),
                  text)
    # A prefix run into the given name after it, the space after its full stop lost: "Dr.Eitan
    # Barak", "Prof.Dr.Hans Roth", "Dr.med.Anna Berg" (a prefix is a word of its own, each
    # title of a chain too; "Dr.med." alone above is two titles).
    text = re.sub(r"(?<![\w.])((?:[^\W\d_]{2,5}\.)+)(?=[A-ZÀ-Þ][a-zß-ÿ]{2,}\b)",
                  _prefixes_apart, text)
    return _SMALL_L.sub(lambda m: m.group() if _starts_particle(text, m.start()) else "I",
                        text)


def _prefixes_apart(match: re.Match[str]) -> str:
    """A chain of titles run into a name ("Prof.Dr.Lena"): each title its own word, when
    every one is a title and the first a prefix."""
    titles = re.findall(r"[^\W\d_]+\.", match.group(1))
    if all(_key(title) in PREFIXES | {"med", "dent", "vet", "iur", "nat"} for title in titles) and (
            _key(titles[0]) in PREFIXES):
        return " ".join(titles) + " "
    return match.group(1)


def _starts_particle(text: str, at: int) -> bool:
    word = text[at:].split()[0].split("-")[0] if text[at:].strip() else ""
    # A title in small letters is no name word either: the Swiss "lic. iur." (licentiate).
    return _key(word) in _PARTICLES | {"los", "las", "lo"} | PREFIXES


def parse_name(text: str) -> Name:
    text = ocr_name(text)
    core, suffixes, credentials, _ = split_post_nominals(text.strip())
    if _needs_casing(core):
        # A prefix's first letter a capital, in brackets too: "DR. (MRS.)" is "Dr. (Mrs.)".
        core = " ".join(proper_case(word) if _key(word).strip("()") not in PREFIXES
                        else re.sub(r"[^\W\d_]", lambda m: m.group().upper(), word.lower(),
                                    count=1)
                        for word in core.split())
    else:
        core = _surname_out_of_capitals(core)
    lead, core = _faculty_prefix(core)
    core = _surname_first_in_capitals(core)
    core = _family_name_in_capitals(core)
    # A qualification in capitals before a name in mixed case is its prefix, as Indian
    # chartered accountants print it: "CA Priya Raghunathan".
    words = core.split()
    if (len(words) >= 3 and words[0].isupper() and len(words[0]) <= 3
            and _key(words[0]) in CREDENTIALS and not any(w.isupper() for w in words[1:])):
        lead, core = words[0], " ".join(words[1:])
    human = HumanName(core, constants=_NAME_RULES)
    prefix = lead or human.title or None
    first, middle, last = human.first or None, human.middle or None, human.last or None
    if prefix and prefix.casefold() == "ma." and first:
        # "Ma. Carmela": the Filipino abbreviation of María, a given name, not a title.
        prefix, first = None, f"{prefix} {first}"
    elif prefix and first and (given := re.fullmatch(r"(.+\S)\s+(Ma\.)", prefix)):
        # "Engr. Ma. Luisa", "Atty. Ma. Cristina": after a title the abbreviation of María
        # is still the first of the given names; only the title is the prefix.
        prefix, first = given.group(1), f"{given.group(2)} {first}"
    if first and middle and (given := re.fullmatch(r"((?:\w[\w'-]+ )+)(\w\.)", middle)):
        # Whole names before a lone middle initial are given names, as the Philippines print
        # them with the mother's initial ("Jose Miguel R. Santiago": first "Jose Miguel").
        first, middle = f"{first} {given.group(1).strip()}", given.group(2)
    if first and middle and last and _key(last.split()[0]) in _PATRONYMIC:
        # "Nurul Aisyah binti Rahman": a Malay or Arabic name has no middle name; what comes
        # before "binti" (daughter of) or "bin" (son of) is the given name.
        first, middle = f"{first} {middle}", None
    if middle and last and " " not in last and _compound_surname(middle.split()[-1], last):
        # "Devinder Singh Bains", "Ananya Sen Gupta": one surname printed in two words.
        rest = middle.split()[:-1]
        last = f"{middle.split()[-1]} {last}"
        middle = " ".join(rest) or None
    if middle and last and middle.split()[-1].casefold() in _ARABIC_ARTICLES:
        # "Youssef El Idrissi", "Fatima Zahra El Amrani": the article starts the family
        # name, as "Al" does ("Al Farsi"), and is no middle name.
        rest = middle.split()[:-1]
        last = f"{middle.split()[-1]} {last}"
        middle = " ".join(rest) or None
    # nameparser reads "Jr." inside the name too; keep it with the suffixes.
    suffixes += [word for word in human.suffix.split(", ") if word]
    suffix = ", ".join(_case_suffix(word) for word in suffixes) or None
    full_name = " ".join(part for part in (first, middle, last, suffix) if part) or None
    credentials = [" ".join(_case_credential(word) for word in item.split())
                   for item in credentials]
    return Name(full_name, first, middle, last, prefix, suffix, ", ".join(credentials) or None)


# The Arabic article and "father of" before a family name, in the Maghreb's and the
# Levant's spellings as well as the Gulf's.
_ARABIC_ARTICLES = frozenset({"el", "al", "abu", "abou"})
# "binti" (daughter of), "bin" (son of), as Malaysia, Brunei and the Gulf print them.
_PATRONYMIC = frozenset({"binti", "binte", "bin", "bte", "bt", "bint", "ibn",
                         *_SLASH_PATRONYMICS})
_SLASH_PATRONYMIC = re.compile(r"(?<!\S)[asd]/[lpo](?!\S)", re.IGNORECASE)
# Surnames printed as two words in South Asia: the Sikh "Singh" and "Kaur" before a family
# name ("Harjit Singh Sandhu"), and Bengali family names written apart ("Sen Gupta", "Das
# Gupta", "Roy Chowdhury", "Guha Thakurta"); a person typing the card keeps both words as the
# surname, not the first as a middle name.
_SIKH_NAMES = frozenset({"singh", "kaur"})
_BENGALI_LEADS = frozenset({"sen", "das", "dutta", "datta", "roy", "ray", "ghosh", "guha",
                            "deb", "dev", "bose", "basu", "mitra", "nag"})
_BENGALI_TAILS = frozenset({"gupta", "sharma", "chowdhury", "choudhury", "chaudhuri",
                            "chaudhury", "thakurta", "dastidar", "burman", "barman",
                            "majumdar", "mazumdar", "purkayastha", "roy", "mallick",
                            "sarma", "barma", "biswas"})


def _compound_surname(word: str, last: str) -> bool:
    """Are `word` and the surname after it one surname in two words?"""
    key, tail = _key(word), _key(last)
    return (key in _SIKH_NAMES and tail not in _SIKH_NAMES) or (
        key in _BENGALI_LEADS and tail in _BENGALI_TAILS)


def filipino_or_malay_given(name: Name, country: str) -> Name:
    """The given names of a Philippine name spelled out whole ("Jose Miguel Santos Dela
    Cruz": first "Jose Miguel", middle "Santos", the mother's maiden name, which is one
    word and comes last before the surname, as its initial does: "Jose Miguel R. Santos"),
    and a Malay name without "bin"/"binti" whose father's name starts with "Abdul" ("Nurul
    Aisyah Abdul Rahman": first "Nurul Aisyah", last "Abdul Rahman", as the tuning truths
    type "bin Abdul Rahman")."""
    words = (name.middle or "").split()
    if not name.first or not name.last or not words:
        return name
    if (country == "PH" and len(words) >= 2
            and all(re.fullmatch(r"[^\W\d_]{2,}", word) for word in words)):
        return replace(name, first=f"{name.first} {' '.join(words[:-1])}", middle=words[-1])
    if country in {"MY", "BN"} and _key(words[-1]) == "abdul" and " " not in name.last:
        first = " ".join([name.first, *words[:-1]])
        return replace(name, first=first, middle=None, last=f"{words[-1]} {name.last}")
    if (country in _MALAY_COUNTRIES and _key(name.first) in _MALAY_LEADS and len(words) == 1
            and re.fullmatch(r"[^\W\d_]{3,}", words[0])):
        # "Nurul Aisyah Kamarudin", "Muhammad Faiz Zulkifli": a Malay given name opened by
        # one of these words is two words (the surname is the father's given name, printed
        # without "bin" or "binti" at times), as every tuning truth of the shape types it.
        return replace(name, first=f"{name.first} {words[0]}", middle=None)
    return name


_MALAY_COUNTRIES = frozenset({"MY", "BN", "SG"})
# The words that open a Malay given name of two ("Nurul Aisyah", "Siti Hajar", "Muhammad
# Faiz", "Abdul Rahman"): none of them is a given name alone on a Malay card.
_MALAY_LEADS = frozenset({"nurul", "nur", "noor", "nor", "siti", "muhammad", "muhamad",
                          "mohammad", "mohamad", "mohamed", "mohd", "muhd", "abdul",
                          "ahmad"})


def middle_singh(name: Name, country: str) -> Name:
    """"Singh" or "Kaur" before a family name as the middle name on a card from India
    ("Karan Singh Rathore": middle Singh, last Rathore), where it is as often a Rajput or
    Hindu middle name as the Sikh one and the family name after it is the surname people
    are known by; in the diaspora cards keep both as the surname ("Singh Bains")."""
    words = (name.last or "").split()
    if (country != "IN" or name.middle or not name.first or len(words) != 2
            or not _compound_surname(words[0], words[1]) or _key(words[0]) not in _SIKH_NAMES):
        return name
    return replace(name, middle=words[0], last=words[1])


def swedish_double_surname(name: Name, country: str) -> Name:
    """A Swedish name's word between the given name and the surname as the first of two
    surnames when it is shaped like a Swedish family name ("Karin Lindqvist Ahlberg", "Frida
    Lindskog Nyqvist": Swedes keep a second family name unhyphenated before the last), as both
    the tuning truths so shaped type it; a given name there ("Karin Louise Sjöberg", "Johan
    Fredrik Ek") stays the middle name. Sweden only: Norway's and Denmark's truths type such a
    word ("Sigrid Aasen Solheim", "Mette Kjærgaard Holm") as the middle name."""
    middle, last = name.middle or "", name.last or ""
    if (country != "SE" or not name.first or " " in middle or " " in last or not last
            or not _SWEDISH_SURNAME.fullmatch(middle)):
        return name
    full = " ".join(part for part in (name.first, middle, last, name.suffix) if part)
    return replace(name, middle=None, last=f"{middle} {last}", full_name=full)


# Swedish family names by their endings: the ornamental compounds of nature words ("-qvist",
# "-ström", "-berg", "-gren", "-skog", "-lund") and the patronymics ("-sson"); a given name
# ends so rarely (and "-borg", as Ingeborg, is left out for that).
_SWEDISH_SURNAME = re.compile(
    r"[A-ZÅÄÖÉ][a-zåäöé]{2,}(?:[kq]vist|str[öo]m|berg|gren|skog|lund|sson|stedt|blad|h[äa]ll"
    r"|holm|dahl|wall)")


def _family_name_in_capitals(core: str) -> str:
    """A family name printed in capitals between an English given name and a Chinese one, as
    Hong Kong cards print it ("Alan LEUNG Kwok Wing"), put last ("Alan Kwok Wing Leung"), so
    that the Chinese given name is the middle name."""
    all_words = core.split()
    titles = prefix_length(all_words)
    words = all_words[titles:]
    capitals = [i for i, word in enumerate(words) if word.isupper()
                and sum(ch.isalpha() for ch in word) >= 2 and word.replace("-", "").isalpha()]
    if len(capitals) != 1 or not 1 <= capitals[0] < len(words) - 1:
        return core
    at = capitals[0]
    others = words[:at] + words[at + 1:]
    # The Chinese given name may be hyphenated, as Hong Kong romanises it ("Kelvin CHAN
    # Ka-wai", "Winnie TSE Hoi-ying").
    if _key(words[at]) in PREFIXES | SUFFIXES | CREDENTIALS | _PARTICLES or not all(
            word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()
            and not word.endswith("-") for word in others):
        return core
    return " ".join(all_words[:titles] + others + [proper_case(words[at])])


def _surname_first_in_capitals(core: str) -> str:
    """A surname printed first and in capitals before the given name, as Japanese cards in
    Latin letters print it ("TANAKA Yuki"), put after the given name ("Yuki Tanaka")."""
    all_words = core.split()
    # After a prefix too: "Ms. WONG Mei" is Ms. Mei Wong.
    titles = prefix_length(all_words) if len(all_words) == 3 else 0
    words = all_words[titles:]
    if (len(words) == 2 and words[0].isupper() and len(words[0]) >= 2
            and words[0].isalpha() and _key(words[0]) not in PREFIXES | SUFFIXES
            and words[1][:1].isupper() and words[1][1:].islower()):
        return " ".join([*all_words[:titles], words[1], proper_case(words[0])])
    return core


def _surname_out_of_capitals(core: str) -> str:
    """A surname printed in capitals after a given name in ordinary case, as French cards
    print it ("Pierre-Yves LE GALL"), in ordinary case ("Le Gall"): the words in capitals
    at the end, the first of them with a capital even if it is a particle."""
    words = core.split()
    tail = len(words)
    while tail > 1 and sum(ch.isalpha() for ch in words[tail - 1]) >= 2 and (
            words[tail - 1].isupper()) and _key(words[tail - 1]) not in PREFIXES | SUFFIXES:
        tail -= 1
    if tail == len(words) or not any(ch.islower() for word in words[:tail] for ch in word):
        return core
    cased = [proper_case(word) for word in words[tail:]]
    cased[0] = cased[0][:1].upper() + cased[0][1:]
    return " ".join(words[:tail] + cased)


def _case_credential(word: str) -> str:
    # A registered mark after a designation ("CFP®") is not typed; OCR reads it as "R".
    word = word.rstrip("®™")
    if (len(word) >= 4 and word.endswith("R") and _key(word) not in CREDENTIALS
            and _key(word[:-1]) in CREDENTIALS):
        word = word[:-1]
    if word.isupper() and _key(word) in _CREDENTIAL_CASE:
        return _CREDENTIAL_CASE[_key(word)]
    if len(word) >= 3 and word.endswith("l") and word[:-1].isupper():
        return word[:-1] + "I"  # OCR's "l" for the last "I" of "MIEI"
    return word


def _case_suffix(word: str) -> str:
    key = _key(word)
    if key in {"jr", "sr"}:
        return key.capitalize() + "."
    return word.upper() if key in SUFFIXES else word


def _fold(text: str) -> str:
    """Accents off, for comparing a printed name with an e-mail ("Ciarán", "ciaran@")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def matches_email(text: str, local_parts: list[str]) -> bool:
    """Does an e-mail's local part spell this name ("r.solberg", "renata", "rsolberg")?"""
    # Each part of a hyphenated name on its own too: "jpbelanger@" for "Bélanger-Côté".
    words = [re.sub(r"[^a-z]", "", _fold(_key(word)))
             for word in text.split() + [part for word in text.split() if "-" in word
                                         for part in word.split("-")]]
    words = [word for word in words if len(word) >= 2 and word not in PREFIXES]
    for local in local_parts:
        letters = re.sub(r"[^a-z]", "", local.lower())
        if any(len(word) >= 3 and word in letters for word in words):
            return True
        # "alex@" for Alexander, "kate@" for Katherine: a short form of a name word.
        if len(letters) >= 3 and any(word.startswith(letters) for word in words):
            return True
    return False
