"""Our own rules for the job title and the company, where no library helps.

A title is the line under the name, or a line that names a role ("Engineer", "Head of");
a company is a line with a legal form ("Inc.", "GmbH"), an industry word ("Labs"), or the
name of the card's e-mail or web domain ("Contoso" for contoso.com).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from pursuit.core.cards.domains import own_name
from pursuit.core.cards.names import MAC_NAMES

# Nouns that name a role: a line with one of these is a job title, not a name or a company.
# The English ones apart: a title printed in two languages ("Associé / Partner") is told by
# one half naming its role in English and the other not.
ENGLISH_ROLE_WORDS = frozenset(
    [
        "engineer", "manager", "director", "president", "vp", "svp", "evp", "avp",
        "ceo", "cto", "cfo", "coo", "cio", "cmo", "cpo", "cro", "chro", "ciso", "chief", "officer",
        "head", "lead", "founder", "cofounder", "co-founder", "owner", "partner", "principal",
        # "Team Leader", "Project Leader": a role even where "Team" would be a unit.
        "leader",
        "analyst", "consultant", "specialist", "coordinator", "recruiter", "designer", "developer",
        "architect", "scientist", "researcher", "professor", "lecturer", "attorney", "counsel",
        "lawyer", "advisor", "adviser", "executive", "representative", "rep", "administrator",
        "assistant", "secretary", "treasurer", "chair", "chairman", "chairwoman", "chairperson",
        "fellow", "intern", "technician", "editor", "strategist", "accountant", "agent", "broker",
        "supervisor", "evangelist", "associate", "programmer", "controller", "auditor", "economist",
        "physician", "nurse", "therapist", "dean", "superintendent", "producer", "writer",
        "curator", "librarian", "paralegal", "underwriter", "actuary", "planner", "buyer",
        "sourcer", "generalist",
        # Professions printed as the title on cards of one-person practices.
        "practitioner", "surgeon", "dentist", "veterinarian", "solicitor", "barrister",
        "notary", "physiotherapist", "psychologist", "counsellor", "counselor", "photographer",
        "illustrator", "builder", "winemaker", "cinematographer", "translator",
        "interpreter", "clinician", "pharmacist", "optometrist", "midwife", "realtor",
        "estimator", "surveyor", "instructor", "electrician", "artist",
    ]
)
ROLE_WORDS = ENGLISH_ROLE_WORDS | frozenset(
    [
        # A photographer in Italian, Spanish, Portuguese, German and the Nordic languages.
        "fotografo", "fotografa", "fotógrafo", "fotógrafa", "fotograf", "fotografin",
        # Not "Baker", "Brewer", "Carpenter", "Coach", "Chef" or "Pilot": surnames too.
        # French and German
        "directeur", "directrice", "ingénieur", "ingénieure", "avocat", "avocate", "notaire",
        "développeur", "développeuse", "traducteur", "traductrice", "photographe", "gérant",
        "gérante", "associé", "associée", "conseiller", "conseillère", "responsable",
        "chargé", "chargée", "président", "présidente", "fondateur", "fondatrice",
        "geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "berater", "beraterin",
        "ingenieur", "ingenieurin", "rechtsanwalt", "rechtsanwältin", "architekt",
        "architektin", "entwickler", "entwicklerin", "inhaber", "inhaberin", "referent",
        "referentin", "vorstand", "prokurist", "gesellschafter",
        # Spanish, Portuguese and Polish (Mexico, Brazil, Poland).
        "gerente", "directora", "diretor", "diretora", "socio", "socia", "sócio", "sócia",
        "ingeniero", "ingeniera", "engenheiro", "engenheira", "arquiteto", "arquiteta",
        "arquitecto", "arquitecta", "abogado", "abogada", "advogado", "advogada", "jefe", "jefa",
        "coordinador", "coordinadora", "coordenador", "coordenadora", "analista", "consultor",
        "consultora", "asesor", "asesora", "presidente", "presidenta", "fundador", "fundadora",
        "kierownik", "kierowniczka", "dyrektor", "dyrektorka", "prezes", "specjalista",
        "inżynier",
        # Dutch and Italian.
        "advocaat", "notaris", "eigenaar", "adviseur", "avvocato",
        # The Dutch of the Netherlands and of Flanders for a firm's manager, director and
        # partner: Belgium's "zaakvoerder" (the managing director of a BV or an SRL, the
        # French "gérant"), "bestuurder", "vennoot", "beheerder".
        "zaakvoerder", "zaakvoerster", "bestuurder", "bestuurster", "vennoot", "beheerder",
        "avvocata", "direttore", "direttrice", "ingegnere", "commercialista",
        # Romanian ("Arhitect Software", "Inginer Proiectant", "Director Vânzări"), men's and
        # women's forms.
        "arhitect", "arhitectă", "inginer", "ingineră", "contabil", "contabilă",
        "programator", "programatoare", "dezvoltator", "dezvoltatoare", "consilier",
        "consilieră", "coordonator", "coordonatoare", "fondator", "fondatoare", "directoare",
        "avocată", "economistă", "proiectant", "proiectantă", "șef", "șefă",
    ]
)
# Endings of role words: "Cardiologist", "Institutsleiterin", "Technician".
_ROLE_ENDINGS = ("ologist", "ician", "leiter", "leiterin", "führer", "führerin", "berater",
                 "beraterin", "arzt", "ärztin", "anwalt", "anwältin",
                 # The same professions in Spanish, Portuguese and Italian: "Odontóloga",
                 # "Psicólogo", "Cardiologa".
                 "ólogo", "óloga", "ologo", "ologa",
                 # Nordic compounds: Swedish and Danish "Försäljningschef", Finnish
                 # "Myyntipäällikkö", "Toimitusjohtaja".
                 "chef", "päällikkö", "johtaja",
                 # Dutch compounds: "Projectleider", "Bedrijfsleider", "Teamleidster".
                 "leider", "leidster",
                 # An engineer's or adviser's field closed up before the role, as Dutch,
                 # German and the Nordic languages write it: "Projectingenieur",
                 # "Vertriebsingenieur", "Prosjektingeniør", "Projektingenjör",
                 # "Belastingadviseur".
                 "ingenieur", "ingenieurin", "ingeniør", "ingenjör", "adviseur")
LEGAL_FORMS = frozenset(
    [
        "inc", "incorporated", "llc", "lllp", "ltd", "limited", "gmbh", "ag", "corp", "corporation",
        "co", "company", "plc", "llp", "lp", "pty", "bv", "nv", "sa", "sarl", "srl", "spa", "oy",
        "ab", "kg", "kgaa", "ug", "pllc", "pc", "sas",
        # Spain ("S.L.", "S.A.U."), Québec partnerships ("S.E.N.C.R.L."), Singapore and
        # Malaysia ("Pte. Ltd.", "Sdn. Bhd."), Italy ("S.n.c."), the Netherlands ("v.o.f."),
        # France's "& Cie", Portugal and Brazil ("Lda.", "Ltda.").
        "sl", "slu", "slp", "sau", "sencrl", "senc", "srl", "pte", "sdn", "bhd", "snc", "sapa",
        "vof", "cie", "lda", "ltda", "ohg", "gbr", "mbh", "partg", "ulc", "aps", "bvba", "sprl",
        "sro", "kk",
        # Mexico's "S.A. de C.V.", Poland's "Sp. z o.o." and "S.A.", Japan's "K.K.".
        "cv", "sab", "sapi", "sp", "oo", "spk", "ska",
        # Mexico's and Spain's civil partnership of professionals ("S.C.": sociedad civil).
        "sc",
        # Turkey's joint-stock and limited companies ("A.Ş.", "Ltd. Şti."); Portugal's
        # professional partnerships ("SP, RL": sociedade profissional de responsabilidade
        # limitada).
        "aş", "şti", "rl",
        # Indonesia's listed companies ("PT Bank Maju Tbk"); Vietnam's limited companies
        # ("Công ty TNHH Sao Mai": trách nhiệm hữu hạn).
        "tbk", "tnhh",
        # Hungary's limited, closed and public companies and partnerships ("Kft.", "Zrt.",
        # "Nyrt.", "Bt.", "Kkt."), and its attorneys' firm ("Ügyvédi Iroda", a form of its own).
        "kft", "zrt", "nyrt", "bt", "kkt", "iroda",
        # Peru's closed and open corporations and its sole trader's limited company
        # ("S.A.C.", "S.A.A.", "E.I.R.L.").
        "sac", "saa", "eirl",
    ]
)
# Legal forms the word list cannot hold: Indonesia's "PT" and "CV" before the name ("PT
# Sinar Jaya Abadi"), the Czech and Slovak "a.s." and the Nordic "AS", "ASA", "A/S" and
# "ApS" after it (as bare words, "as" and "pt" are English).
_LEADING_FORM = re.compile(r"^(?:PT|CV)\.?\s+[A-ZÀ-Þ]")
# Germany's and Austria's registered association, closing a firm's line ("Institut für …
# e.V.", "… e. V."): as a bare word "ev" is none.
# Austria's general and limited partnerships ("… OG", "… KEG", "… OEG"), in capitals after
# the partners' names (the Nordic "og", "and", is a small word).
_TRAILING_FORM = re.compile(
    r"(?:\s|^)(?:[aA]\.\s?[sS]\.|AS|ASA|A/S|ApS|e\.\s?V\.|OG|OEG|KEG)\s*$")


def has_legal_form(text: str) -> bool:
    """Does the line name a legal form ("Inc.", "GmbH", "PT …", "… a.s.")?"""
    return (any(word.replace(".", "") in LEGAL_FORMS for word in words_of(text)[1:])
            or bool(_LEADING_FORM.match(text) or _TRAILING_FORM.search(text)))
INDUSTRY_WORDS = frozenset(
    [
        "labs", "lab", "laboratories", "group", "partners", "systems", "technologies", "technology",
        "software", "analytics", "robotics", "health", "healthcare", "bank", "consulting",
        "solutions", "studio", "studios", "design", "holdings", "ventures", "capital", "media",
        "foods", "freight", "logistics", "industries", "associates", "agency", "university",
        "institute", "college", "hospital", "clinic", "foundation", "networks", "biotech",
        "therapeutics", "pharmaceuticals", "energy", "motors", "airlines", "insurance", "financial",
        "services", "international", "global", "enterprises", "works", "digital", "interactive",
        "games", "press", "publishing",
        # Spanish and Portuguese (Mexico, Brazil): "Ferreira da Silva Arquitetura".
        "arquitetura", "arquitectura", "advogados", "abogados", "comunicação", "comunicación",
        "editorial", "consultores", "consultoria", "consultoría", "engenharia", "ingeniería",
        "tecnologia", "tecnología", "soluções", "soluciones", "seguros", "logística",
        # Institutions and practices in other languages.
        "hochschule", "fachhochschule", "universität", "université", "universidad",
        "università", "akademie", "académie", "klinikum", "krankenhaus", "hôpital",
        "clinique", "kanzlei", "cabinet", "trust", "school", "academy", "centre", "center",
        # Trades and kinds of business as firms name themselves.
        "lawyers", "legal", "law", "attorneys", "solicitors", "chambers", "notaires",
        "avocats", "architects", "architecture", "architekten", "engineering", "builders",
        # Land surveyors' firms ("Southern Cross Surveying"), as "Engineering" is a trade.
        "surveying", "surveyors",
        # A plural of a trade names the firm of them, as "Architects" does ("Harbour Civil
        # Engineers"); one person is an "Engineer".
        "engineers",
        "building", "construction", "realty", "properties", "property", "estates", "homes",
        "films", "pictures", "productions", "photography", "brewing", "brewery", "wines",
        "winery", "vineyards", "distillery", "bakery", "boulangerie", "café", "restaurant",
        "kitchen", "medical", "dental", "physio", "physiotherapy", "veterinary", "vets",
        "pharmacy", "counseling", "counselling", "therapy", "wellness", "care", "tourism",
        "travel", "tours", "hotel", "hotels", "hospitals", "foundation", "charity", "society",
        "association", "council", "bureau", "accountants", "accounting", "advisory", "advisors",
        "advisers", "consultants", "consultancy", "marketing", "communications", "creative",
        "events", "management", "investments", "finance", "realtors", "insurance", "transport",
        "shipping", "aviation", "automotive", "manufacturing", "industries", "supply",
        "trading", "imports", "exports", "retail", "market", "store", "shop", "gallery",
        "museum", "library", "studios", "workshop", "collective", "cooperative", "co-op",
        "farms", "farm", "gardens", "landscapes", "landscaping", "interiors", "furniture",
        "print", "printing", "labs", "sciences", "research", "diagnostics", "devices",
        "instruments", "electronics", "semiconductors", "telecom", "networks", "cloud", "data",
        "security", "robotics", "energy", "solar", "power", "utilities", "water", "mining",
        "resources", "agency", "associés", "partenaires", "conseil", "avocat", "immobilier",
        "gruppe", "werke", "technik", "bau", "immobilien", "beratung", "verlag", "praxis",
        "compagnie", "ingeniería", "ingegneria", "arquitectes", "arquitectos", "architetti",
        "abogados", "avvocati", "clínica", "clinica",
        # Dutch and German firms of a profession, named in the plural ("Bakker Visser
        # Advocaten", "Janssen & De Wit Notarissen", "Huber Rechtsanwälte").
        "advocaten", "notarissen", "architecten", "adviseurs", "ingenieurs", "makelaars",
        "rechtsanwälte", "steuerberater", "notare", "ingenieure",
    ]
)
# German firms name their trade in one compound word: "Rechtsanwaltskanzlei Vogel",
# "Bäckerei Schulze", "Hofmann Steuerberatung", "Stadtwerke Nordhausen".
# Not "-technik" or "-logistik": disciplines too ("Institut für Werkstofftechnik").
_INDUSTRY_ENDINGS = ("kanzlei", "praxis", "beratung", "werke", "bäckerei",
                     "brauerei", "druckerei", "schreinerei", "tischlerei", "metzgerei",
                     "konditorei", "gärtnerei", "apotheke", "agentur", "versicherung",
                     "immobilien", "verwaltung", "klinik", "klinikum", "zentrum", "weingut",
                     "autohaus", "gruppe", "verlag")


def is_industry_word(word: str) -> bool:
    """A word that names a kind of business: "Labs", "Consulting", "Steuerberatung"."""
    return word in INDUSTRY_WORDS or (len(word) >= 7 and word.endswith(_INDUSTRY_ENDINGS))


# An institution a department belongs to, and the kinds of unit inside one: on a card
# that names both, the unit is the department ("Institut für Werkstofftechnik" at
# "Hochschule Rheinfeld").
PARENT_WORDS = frozenset({"university", "universität", "université", "universidad",
                          "università", "hochschule", "fachhochschule", "college", "hospital",
                          "hospitals", "trust", "klinikum", "krankenhaus", "hôpital"})
UNIT_WORDS = frozenset({"institute", "institut", "school", "faculty", "fakultät", "faculté",
                        "centre", "center", "lehrstuhl", "laboratory", "lab", "clinic", "klinik",
                        "department", "division", "unit"})
# "Div." and "Section" as East Asian firms print their units ("Quality Assurance Div.").
DEPARTMENT_WORDS = frozenset({"department", "dept", "division", "div", "section", "team",
                              "practice", "office",
                              "unit", "abteilung", "département", "departement", "faculty",
                              "departamento", "dipartimento", "lehrstuhl", "fachbereich",
                              "fakultät", "faculté"})


def words_of(text: str) -> list[str]:
    return [word.lower().strip(".,") for word in re.findall(r"[^\W\d_][\w.'&-]*", text)]


# "Brandt & Partner", "Kestrel and Partners", "Weber und Partner": the firm, not a partner's
# role in it.
_AND_PARTNERS = re.compile(r"(?:&|\+|\band\b|\bund\b|\bet\b)\s*(?:partners?|partner|associates)"
                           r"\b(?!\s+(?:at|of|in|bei|chez)\b)", re.IGNORECASE)


def has_role(text: str) -> bool:
    text = _AND_PARTNERS.sub(" ", text)
    words = words_of(text)
    # The parts of a hyphenated role too: "Advocaat-partner", "Director-General".
    words += [part for word in words if "-" in word for part in word.split("-")
              if part in ROLE_WORDS]
    # "Executive" before a word that names no role is an adjective ("Executive Search",
    # "Executive Education"): a field, no one's role ("Account Executive", "Executive
    # Assistant" and "Executive Director" keep theirs).
    words = [word for at, word in enumerate(words)
             if not (word == "executive" and at + 1 < len(words)
                     and words[at + 1] not in ROLE_WORDS and words[at + 1] != "of")]
    return any(word in ROLE_WORDS or word.endswith(_ROLE_ENDINGS) for word in words) or bool(
        re.search(r"\b(?:head|vice president|director) of\b", text, re.IGNORECASE))


# Department words that also end a firm's name: "Veterinary Practice", "Dental Office".
_WEAK_DEPARTMENT_WORDS = frozenset({"practice", "office", "team"})


def is_department(text: str) -> bool:
    words = words_of(text)
    found = [word for word in words if word in DEPARTMENT_WORDS]
    if len(words) == 1 and found:
        return False  # "OFFICE" over the address on a card of labels: a label, not a unit
    if (found and all(word in _WEAK_DEPARTMENT_WORDS for word in found)
            # A team is never the firm ("Global Sales Team").
            and words[-1] in _WEAK_DEPARTMENT_WORDS - {"team"}
            and any(is_industry_word(word) for word in words)):
        # "Veterinary Practice": the practice is the firm ("Litigation Practice Group" is
        # a department).
        return False
    return bool(found)


# Webmail and internet providers' domains: their name is nobody's firm. Also China's
# ("163.com", "qq.com", "sina.com"), Korea's, India's, Russia's and Europe's large ones.
_WEBMAIL = frozenset({"gmail", "googlemail", "outlook", "hotmail", "yahoo", "icloud", "live",
                      "proton", "protonmail", "gmx", "web", "163", "126", "qq", "sina", "sohu",
                      "foxmail", "yeah", "aliyun", "rediffmail", "ymail", "aol", "msn", "me",
                      "mac", "yandex", "mail", "zoho", "naver", "daum", "hanmail", "libero",
                      "orange", "wanadoo", "free", "laposte", "t-online", "btinternet",
                      "bigpond", "seznam", "wp", "onet", "interia", "virgilio", "tiscali"})


def domain_stems(domains: list[str]) -> list[str]:
    """"contoso" from "contoso.com", "harrowgate" from "harrowgate.co.uk": the name the
    domain's owner chose, under any public suffix (webmail domains say nothing)."""
    stems = []
    for domain in domains:
        name = own_name(domain)
        if name and name not in _WEBMAIL:
            stems.append(re.sub(r"[^a-z0-9]", "", name))
    return [stem for stem in stems if len(stem) >= 3]


# Letters a domain spells with two ("Sørensen" on soerensen…, "Müller" on mueller…): ø and æ
# have no accent to drop, and German and Nordic owners write the umlauts out.
_SPELLED_OUT = str.maketrans({"ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa",
                              "ä": "ae", "Ä": "Ae", "ö": "oe", "Ö": "Oe", "ü": "ue", "Ü": "Ue",
                              "ß": "ss"})


def matches_domain(text: str, stems: list[str]) -> bool:
    spelled_out = text.translate(_SPELLED_OUT)
    return _matches_domain(text, stems) or (
        spelled_out != text and _matches_domain(spelled_out, stems))


def _matches_domain(text: str, stems: list[str]) -> bool:
    # "The Daily Grind" on dailygrind.co.uk: an article the domain leaves out.
    text = re.sub(r"^(?:(?:the|le|la|les|die|der|das)\s+|l['’])(?=\w)", "", text.strip(),
                  flags=re.IGNORECASE)
    # Accents off: "Ipê Roxo Comunicação" on iperoxo.com.br.
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]", "", text.lower())
    words = [re.sub(r"[^a-z0-9]", "", word) for word in words_of(text)]
    for stem in stems:
        if slug and (slug.startswith(stem) or stem.startswith(slug)):
            return True
        if words and len(words[0]) >= 4 and stem.startswith(words[0]):
            return True
        if len(stem) >= 5 and _spells(stem, [word for word in words if word]):
            return True
    return False


def _without_closing_form(text: str) -> str:
    """`text` without the legal form closing it ("sp. z o.o.", "GmbH", "e.V."), when a name
    stays before it."""
    words = text.split()
    end = len(words)
    while end > 1 and (words[end - 1].strip(",.").replace(".", "").lower() in LEGAL_FORMS
                       or words[end - 1].lower() in {"z", "&"}
                       or _TRAILING_FORM.fullmatch(" " + words[end - 1])):
        end -= 1
    if end < len(words) and end >= 1:
        return " ".join(words[:end]).rstrip(" ,")
    return text


def spelled_by_domain(text: str, stems: list[str]) -> bool:
    """Does the domain spell the firm's name, whole or by its initials?"""
    return matches_domain(text, stems) or _initials_start_domain(text, stems)


def _initials_start_domain(text: str, stems: list[str]) -> bool:
    """Does the domain's name start with the initials of the line's three words or more,
    each capitalised ("Gulf Coast Marine Services" on gcms-qatar.com, "Van der Berg
    Kloosterman" on vdbk-law.nl)? Only a name with an acronym of its own is written so."""
    # The legal form is no word of the name ("Mazowieckie Zakłady Metalowe sp. z o.o." on
    # mzm.com.pl, "Institut für Werkstoffprüfung Rhein-Ruhr e.V." on iwrr.de).
    text = _without_closing_form(text)
    words = re.findall(r"[^\W\d_][\w'’]*", text)
    if not 3 <= len(words) <= 6 or not words[0][:1].isupper() or any(
            not word[:1].isupper() and word.casefold() not in _SMALL_WORDS | {"van", "der"}
            for word in words):
        return False
    ascii_words = [unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
                   for word in words]
    letters = "".join(word[:1] for word in ascii_words if word)
    # Small words in or out of the acronym: "Bank of the Andes" is "ba" or "bota".
    # The small words unaccented as the words are: "für" is "fur" here ("Institut für
    # Angewandte Optik" on iao-….de).
    small = {unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
             for word in _SMALL_WORDS | {"van", "der"}}
    bare = "".join(word[:1] for word in ascii_words if word and word not in small)
    return any(len(initials) >= 3 and stem.startswith(initials)
               for stem in stems for initials in {letters, bare})


_LINKING_WORDS = frozenset({"de", "del", "la", "las", "los", "el", "da", "do", "dos", "das",
                            "di", "of", "the", "and", "y", "e", "et", "und", "van", "von",
                            "der", "den",
                            # French: "Brasserie des Fagnes" on fagnes.be.
                            "des", "du"})


def _spells(stem: str, words: list[str]) -> bool:
    """Does the domain's name spell the line, each word in order whole, by its initial or
    (a word of four letters or more) not at all, with at least one word whole?
    "cordilleraalta" for "Viña Cordillera Alta", "nqmakers" for "Northern Quarter Makers",
    "kaengineers" for "Kiprono & Achieng Consulting Engineers"."""
    if not 2 <= len(words) <= 6:
        return False

    @functools.cache
    def walk(at: int, word: int, whole: bool) -> bool:
        if at == len(stem):
            return whole
        if word == len(words):
            return False
        current = words[word]
        # Only a word of its own is left out ("Viña", "Consulting"), never a monogram's
        # letters ("MH Merlion Harbour"), which are dropped apart.
        # A linking word may be left out too ("Grupo Acerero del Norte" on acereronorte).
        return (((len(current) >= 4 or current in _LINKING_WORDS) and walk(at, word + 1, whole))
                or (len(current) >= 3 and stem.startswith(current, at)
                    and walk(at + len(current), word + 1, True))
                or (stem[at] == current[0] and walk(at + 1, word + 1, whole)))

    return walk(0, 0, False)


def company_score(text: str, stems: list[str]) -> float:
    """How much a line looks like a company name; 0 or less means not at all."""
    # The legal form's words do not make a name long: "… Sociedade de Advogados, SP, RL".
    if re.search(r"[@:]|\d{3}", text) or len(
            [word for word in text.split()
             if word.strip(",.").replace(".", "").lower() not in LEGAL_FORMS]) > 7:
        return 0.0
    words = words_of(text)
    if not words or re.match(r"c/o\s", text, re.IGNORECASE):
        return 0.0  # "c/o Marlowe Gallery": the host of an address, not the card's firm
    score = 0.0
    if has_legal_form(text):
        score += 4
    if any(is_industry_word(word) for word in words):
        score += 2
    spelled = matches_domain(text, stems) or _initials_start_domain(text, stems)
    if spelled:
        score += 3
    elif re.search(r"[^\W\d_]\s*(?:&|\+|\band\b|\bund\b|\bet\b)\s*[A-ZÀ-Þ]", text) and len(
            words) <= 5 and not has_role(text) and score == 0:
        score += 2  # "Dubois & Associés", "Kestrel and Holt": partners' names
    if _AND_PARTNERS.search(text) and score < 4:
        score += 2
    if has_role(text) and score < 4:
        return 0.0
    if is_department(text) and score < 4 and not (spelled and _weak_department_only(words)):
        # "The Harley Practice" on harleypractice.co.uk: a firm named by its weak department
        # word ("practice", "office", "team") and spelled by the domain is the firm.
        return 0.0
    return score


def _weak_department_only(words: list[str]) -> bool:
    found = [word for word in words if word in DEPARTMENT_WORDS]
    return bool(found) and all(word in _WEAK_DEPARTMENT_WORDS for word in found)


def title_score(text: str) -> float:
    """How much a line looks like a job title; 0 means not at all."""
    if re.search(r"[@]|\d{3}", text) or len(text.split()) > 10:
        return 0.0
    if (is_department(text) or any(word in UNIT_WORDS for word in words_of(text))) and not (
            has_role(text)):
        return 0.0  # "Institut für Werkstofftechnik" under the name: a unit, no job
    return 2.0 if has_role(text) else 0.5


# Words that qualify the role after them and cannot end a title: "Associate Chief" /
# "Medical Officer".
_TITLE_QUALIFIERS = frozenset({"chief", "vice", "deputy", "senior", "junior", "managing",
                               "associate", "assistant", "acting", "interim", "general"})


# Polish units in the genitive ("Kierownik Działu …", head of the department of …) and in
# the nominative ("Dział Sprzedaży", a unit's own line).
_POLISH_UNITS_OF = frozenset({"działu", "zespołu", "wydziału", "biura", "pionu",
                              "departamentu", "oddziału", "sekcji", "zakładu"})
_POLISH_UNITS = frozenset({"dział", "zespół", "wydział", "biuro", "pion", "departament",
                           "oddział", "sekcja", "zakład"})


# A German adjective inflected before its noun, capitalised as the first word of a
# specialism's name is ("Innere Medizin", "Allgemeine Chirurgie").
_GERMAN_ADJECTIVE_OPEN = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:ische|liche|ige|eine|ere|ale|ive)")


# A German adjective inflected before its noun, a participle's ("Geschäftsführender",
# "Stellvertretende", "Leitender") or one in "-isch", "-lich", "-ig" ("Kaufmännischer",
# "Technische"): alone on a line it names no role and no unit, only the role on the next.
_GERMAN_ATTRIBUTE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:ender|ende|ischer|ische|licher|liche|iger|ige)")


# Business fields named in the plural, which end an English title's field ("… Clinical
# Operations", "… Government Affairs").
_PLURAL_FIELDS = frozenset({"operations", "affairs", "relations", "communications", "services",
                            "systems", "logistics", "analytics", "partnerships", "programs",
                            "programmes", "facilities", "investments", "acquisitions"})


def continues_title(first: str, second: str) -> bool:
    """Is `second` the rest of a title that wraps ("Vice President," / "Global Sales")?"""
    words = words_of(first)
    # "Geschäftsführender" / "Gesellschafter": the adjective alone on its line, the role it
    # qualifies (a few words, no firm) on the next.
    if (_GERMAN_ATTRIBUTE.fullmatch(first.strip()) and has_role(second)
            and len(second.split()) <= 3 and not has_legal_form(second)):
        return True
    # An adjective in "-ical" qualifies the noun after it as the qualifiers do ("Lead
    # Technical" / "Artist", "Chief Medical" / "Officer").
    if words and (words[-1] in _TITLE_QUALIFIERS or words[-1].endswith("ical")) and has_role(
            second):
        return True
    # A linking word cannot end a title, in English or in the languages whose titles name
    # a field: "Jefa de Seguridad y" / "Salud Ocupacional", "Directeur des" / "Opérations".
    # A dash closing the line ("Senior Vice President –" / "Global Supply Chain") too.
    # An adjective in "-ical" closing a title with no comma names no role yet: "Head of
    # Clinical" / "Research & Development".
    # A field in "-ing" before the role word on the next line: "Chief Operating" /
    # "Officer", "Senior Marketing" / "Manager" (a short line naming a role, no firm).
    if (words and words[-1].endswith("ing") and len(words_of(second)) <= 2
            and has_role(second) and not has_legal_form(second)
            and not any(is_industry_word(word) for word in words_of(second))):
        return True
    # A Polish unit in the genitive closing the line asks for what the unit is of, printed
    # on the next line: "Kierownik Działu" / "Automatyki i Robotyki" (the tuning truths type
    # the whole as the title: "Kierownik Działu Transportu"). Not before a unit of its own,
    # named in the nominative ("Kierownik Zespołu" / "Dział Badań i Rozwoju").
    second_words = words_of(second)
    if (words and words[-1] in _POLISH_UNITS_OF and second_words and re.match(r"[^\W\d_]", second)
            and second[:1].isupper() and second_words[0] not in _POLISH_UNITS
            and not has_role(second) and not has_legal_form(second)):
        return True
    # A German specialism after "für" whose adjective closes the line asks for its noun on
    # the next: "Facharzt für Allgemeine" / "Innere Medizin", "Fachärztin für Plastische" /
    # "und Ästhetische Chirurgie". An adjective so inflected ("-ische", "-liche", "-ige",
    # "-eine", "-ere", "-ale", "-ive") is never the specialism's last word.
    first_words = first.split()
    if (re.search(r"\bfür\b", first, re.IGNORECASE) and first_words
            and _GERMAN_ADJECTIVE_OPEN.fullmatch(first_words[-1])
            and re.match(r"[A-ZÄÖÜ]|und\s", second) and len(second.split()) <= 4
            and not has_legal_form(second)):
        return True
    # "Director of Revenue Cycle" / "Operations": an English title naming its field after
    # "of", wrapped before the field's last word, a plural noun alone on its line. A unit
    # under a title is named in more words ("People Operations", "Retail Lending").
    # A one-word firm there ("Brightworks") is no field of the list.
    if (re.search(r"\b(?:Director|Head|Manager|Vice President|VP|Chief) of\b", first)
            and "," not in first and second.strip().casefold() in _PLURAL_FIELDS):
        return True
    # Not before a firm's name, which ends with its legal form or its trade ("… Games").
    if words and words[-1].endswith("ical") and "," not in first and re.match(
            r"[A-ZÀ-Þ]", second) and not has_legal_form(second) and words_of(second) and (
            not is_industry_word(words_of(second)[-1])):
        return True
    # A line opening on a linking word in small letters goes on with the title above it, in
    # the languages that link two fields with "y", "e", "et", "und", "en", "og", "och"
    # ("Gerente de Ventas" / "y Posventa", "Directeur Achats" / "et Logistique"): no firm's
    # or department's own line starts in small letters with a conjunction.
    return bool(re.search(r"(?:[,&/–—-]|\b(?:of|and|for|the|y|e|et|und|de|del|des|du|da|do|"
                          r"di|für))\s*$", first, re.IGNORECASE)) or bool(
        re.match(r"(?:(?:of|and|for)\b|&)", second, re.IGNORECASE)) or bool(
        re.match(r"(?:y|e|et|und|en|og|och)\s+[^\W\d_]{2}", second))


# Legal forms as they are usually written, for companies printed in capitals.
_LEGAL_CASE = {"inc": "Inc", "llc": "LLC", "ltd": "Ltd", "gmbh": "GmbH", "corp": "Corp",
               "co": "Co", "plc": "plc", "llp": "LLP", "lp": "LP", "ag": "AG", "sa": "SA",
               "bv": "BV", "nv": "NV", "pty": "Pty", "ab": "AB", "oy": "Oy", "kg": "KG",
               "pllc": "PLLC", "sarl": "SARL", "srl": "SRL", "spa": "SpA", "sas": "SAS",
               "pte": "Pte", "sdn": "Sdn", "bhd": "Bhd", "pvt": "Pvt"}
_SMALL_WORDS = {"and", "of", "the", "for", "at", "on", "in", "by", "de", "du", "und", "des",
                "la", "le", "et", "für", "to",
                # Spanish, Portuguese, Italian, Dutch and German particles of three letters,
                # never acronyms in a firm's name ("TRANSPORTES DEL NORTE").
                "del", "los", "las", "dos", "das", "van", "von", "der", "den", "dei"}
_SHORT_WORDS = {"labs", "lab", "bank", "tech", "data", "group", "works", "media", "press",
                "games", "foods", "bio", "hub",
                # Short English words firms are named with, never acronyms: "ONE WORLD
                # TRAVEL", "RED OAK CAPITAL", "BIG SKY MEDIA".
                "new", "one", "two", "sun", "sea", "bay", "oak", "red", "big", "top", "air",
                "art", "law", "key", "way", "sky", "inn", "pub", "tea", "bar", "ace", "pro",
                "zen", "eye", "fox", "owl", "ink", "joy", "bee", "elm", "ash", "ivy", "hill",
                "park",
                # Trades firms name themselves by: "NORTH SEA OIL & GAS".
                "oil", "gas"}


def capital_i(text: str) -> str:
    """A capital I that OCR read as a small l at the start of a word, in a name where every
    other word starts with a capital ("Subramanian & lyer Associates", "lnnovate Labs"):
    such a word with a small l and a consonant after it is no word ("la", "legale", "l'")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    if len(words) < 2:
        return text
    # Only before a consonant: "Studio legale", "Café les Halles" are words in small letters.
    small_l = [word for word in words if re.match(r"l[bcdfghjkmnpqrstvwxyzA-Z]", word)
               and word.lower().strip(".") not in _SMALL_WORDS | {"los", "las", "les", "lo"}]
    others = [word for word in words if word not in small_l and len(word) >= 4]
    if not small_l or not others or not all(word[:1].isupper() for word in others):
        return text
    return re.sub(r"(?<![\w'’])l(?=[^\W\d_])", lambda m: "I" if any(
        text.startswith(word, m.start()) for word in small_l) else m.group(), text)


_ACRONYM_PLURAL = re.compile(r"(?<![^\W\d_])[A-Z]{2,5}s(?![^\W\d_])")


def company_case(text: str, person: str | None = None, stems: list[str] | None = None) -> str:
    """A company printed in capitals (a logo), written as a contact list shows it:
    "FERNCLIFF LABS" -> "Ferncliff Labs". Words of three letters or fewer and words without
    a vowel stay in capitals, since they are more often acronyms (IBM, AI, KPMG) than words,
    unless they are the `person`'s own name or are spelled, run into a longer word of the
    name, in the domain's `stems` ("DRUMMOND HAY" on drummondhay.co.uk); mixed-case text
    is left as printed (but for a capital I read as l: `capital_i`)."""
    text = capital_i(text)
    # The small l of Italy's "S.r.l." read as a capital I ("S.r.I."): no legal form has one.
    text = re.sub(r"(?<=\b[Ss]\.r\.)I(?=\.|$)", "l", text)
    # A digit 1 among the letters of a legal form in initials, each with its stop, is OCR's
    # small l ("s.e.n.c.r.1." for Quebec's "s.e.n.c.r.l.", "S.r.1." for "S.r.l."), a capital
    # L among capitals ("S.R.1." is "S.R.L."): no legal form has a digit among its initials.
    text = re.sub(r"(?<![\w.])((?:[A-Za-z]\.){2,})1(?=\.(?!\w)|$)",
                  lambda form: form.group(1) + ("L" if form.group(1)[-2].isupper() else "l"),
                  text)
    # A legal form of initials whose closing full stop OCR lost at the line's end ("S.A",
    # "S.p.A", "B.V"): the forms are written with it.
    text = re.sub(r"(?<![\w.])([A-Za-z](?:\.[A-Za-z]{1,2})+)$", r"\1.", text)
    # A printed mark before the name ("© Name", "® Name"), never part of it.
    text = re.sub(r"^[©®™●•◆■▪★]\s*", "", text)
    # A logo's bars read as letters before the name ("ıIl Name a.s."): a word of nothing
    # but strokes with a dotless i or a bar among them is no word.
    text = re.sub(r"^(?=\S*[ı|¦])[ıIl|¦!1]{2,}\s+(?=[A-ZÀ-Þ])", "", text)
    # A logo's capital printed into the name's own first letter ("AAgroquímica"): the same
    # capital twice before small letters is no word's spelling.
    text = re.sub(r"^([A-ZÀ-Þ])\1(?=[a-zà-ÿ]{3})", r"\1", text)
    # A capital with its accent read as a small letter ("ó Briain Partners" for the Irish
    # "Ó"): a lone small letter before a capitalised word starts the name in capitals.
    text = re.sub(r"^([a-zà-ÿ])(?=\s+[A-ZÀ-Þ])", lambda m: m.group(1).upper(), text)
    # Turkish capitals with the dotted capital "İ" that OCR read small ("YEDITEPE LOJiSTiK"):
    # small i's between capitals in a word of four capitals or more, on a line that is
    # capitals otherwise, are capitals ("WiFi" has too few to be taken).
    capitals = re.sub(r"(?<![^\W\d_])[A-ZÀ-Þİ]+(?:i[A-ZÀ-Þİ]+)+i?(?![^\W\d_])",
                      lambda word: word.group().replace("i", "I")
                      if sum(ch.isupper() for ch in word.group()) >= 4 else word.group(), text)
    if all(ch.isupper() for ch in capitals if ch.isalpha()):
        text = capitals
    # An acronym's plural keeps its small "s" in a name in capitals ("VANCE & ALBRIGHT CPAs,
    # PLLC"): the line is in capitals all the same.
    letters = [ch for ch in _ACRONYM_PLURAL.sub("", text) if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return text
    names = {word.casefold() for word in (person or "").split()}
    long_words = [word.casefold() for word in re.findall(r"[^\W\d_]{4,}", text)]
    for stem in stems or []:
        for word in re.findall(r"(?<![^\W\d_])[^\W\d_]{2,3}(?![^\W\d_])", text):
            # A short word the domain spells next to a longer word of the name is a word of
            # it, not an acronym (an acronym's domain is the acronym alone).
            if any(f"{long}{word.casefold()}" in stem or f"{word.casefold()}{long}" in stem
                   for long in long_words):
                names.add(word.casefold())

    def word_case(match: re.Match[str]) -> str:
        word = match.group()
        key = word.lower()
        if _ACRONYM_PLURAL.fullmatch(word):
            return word
        if key in names:  # "BEN CARTER PHOTOGRAPHY": Ben Carter's own name
            return word[0] + word[1:].lower()
        if key in _LEGAL_CASE:
            return _LEGAL_CASE[key]
        if key in _SMALL_WORDS:
            # "THE HARBOUR PRACTICE": the article that starts a name is a word, no acronym.
            return key if match.start() > 0 else key.capitalize()
        if key.startswith("mc") and len(key) >= 5:
            return "Mc" + key[2].upper() + key[3:]  # "MCKINSEY" is McKinsey
        if key in MAC_NAMES:
            # "MACLEOD FRASER" is MacLeod Fraser: the Scottish "Mac" names a name is written
            # with (`names.proper_case`), in a firm's name too.
            return "Mac" + key[3].upper() + key[4:]
        if len(word) <= 3 and key not in _SHORT_WORDS or not re.search(r"[AEIOUYÀ-Ý]", word):
            return word  # IBM, NHS, KPMG: acronyms
        return word[0] + word[1:].lower()

    # Python writes the dotted capital İ small as "i" and a combining dot; Turkish writes "i".
    text = re.sub(r"[^\W\d_]+", word_case, text).replace("i\u0307", "i")
    # Dotted legal forms of initials keep the case their law writes them in, whatever the
    # logo's capitals: "ACME SP. Z O.O." is "Acme Sp. z o.o.", "ACME S.R.O." "Acme s.r.o.".
    for pattern, written in _DOTTED_LEGAL_CASE:
        text = re.sub(pattern, written, text)
    return text


# Legal forms of initials with their written case (Czech and Slovak "s.r.o.", "a.s.",
# "spol. s r.o."; Polish "Sp. z o.o.", "Sp.j."; Italian "S.p.A."; Hungarian "Kft.", "Zrt.";
# the Balkans' "d.o.o."): the case is part of the form, so capitals are only the logo's.
_DOTTED_LEGAL_CASE = [
    (r"(?<![\w.])SPOL\.\s*S\s+R\.\s*O\.", "spol. s r.o."),
    (r"(?<![\w.])S\.\s?R\.\s?O\.", "s.r.o."),
    (r"(?<![\w.])A\.\s?S\.(?=\s*$)", "a.s."),
    (r"(?<![\w.])SP\.\s*Z\s+O\.\s?O\.", "Sp. z o.o."),
    (r"(?<![\w.])SP\.\s?J\.", "Sp.j."),
    (r"(?<![\w.])S\.P\.A\.", "S.p.A."),
    (r"(?<![\w.])D\.\s?O\.\s?O\.", "d.o.o."),
    (r"(?<![\w.])KFT\.", "Kft."),
    (r"(?<![\w.])ZRT\.", "Zrt."),
]


# Abbreviations that stay in capitals in a title printed in capitals.
_TITLE_ACRONYMS = frozenset({"vp", "svp", "evp", "avp", "ceo", "cto", "cfo", "coo", "cio",
                             "cmo", "cpo", "cro", "chro", "ciso", "ux", "ui", "it", "hr", "qa",
                             "ai", "ml", "r&d", "pr", "gm", "md", "ios", "seo", "ehs", "esg",
                             # Regions and fields a title names in capitals: "Sales Manager
                             # – APAC", "Partner, M&A".
                             "emea", "apac", "latam", "mena", "dach", "anz", "cee", "eu", "uk",
                             "us", "m&a", "b2b", "b2c", "saas", "erp", "crm", "csr", "hse",
                             "pmo", "ict", "bd"})
_TITLE_CASE = {"ios": "iOS"}


def title_case(text: str) -> str:
    """A title printed in capitals ("CREATIVE DIRECTOR") in ordinary case; a title in mixed
    case is left as printed."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return text

    def word_case(match: re.Match[str]) -> str:
        word = match.group()
        key = word.lower()
        if _ACRONYM_PLURAL.fullmatch(word):
            return word
        if key in _TITLE_CASE:
            return _TITLE_CASE[key]
        if key in _TITLE_ACRONYMS:
            return word
        if key in _SMALL_WORDS and match.start() > 0:
            return key
        return word[0] + word[1:].lower()

    return re.sub(r"[^\W\d_]+(?:&[^\W\d_]+)?", word_case, text).replace("i\u0307", "i")
