"""Wrong company: the letter names another employer where it means the one it goes to.

Two ways:
- the employer of another application, anywhere. A company can be written many ways, so each
  other employer is searched under its legal name, its name without the legal form
  ("Bellweather Freight, Inc." -> "Bellweather Freight"), with "and" for "&" and back, without
  a generic last word ("Blue Heron" of "Blue Heron Studios"), and by its first word when that
  word is a name rather than an English word ("Bellweather", but not "Summit" of "Summit
  Health"). Forms that also name the right employer are dropped, so two companies sharing a
  word never collide. A short form followed by another capitalised word names something else
  ("Granta Park" is a place, not "Granta Therapeutics").
- any capitalised name in a place that only the employer fits: "joining Contoso", "the role at
  Contoso", "a future at Contoso", "Contoso's mission". Names of the employer (any alias,
  possessive), of the interviewer and of the user's contacts are fine.
The suggestion is the employer's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from functools import lru_cache

from pursuit.core.proofread.context import ProofreadContext, without_legal_suffix
from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.lexicon import technical_terms
from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import strip_possessive, words_of
from pursuit.core.proofread.wordlists import scowl_lexicon


def company_forms(name: str, is_english_word: Callable[[str], bool]) -> list[str]:
    """How a letter may write `name`, longest first."""
    base = without_legal_suffix(name)
    forms = {name.strip(), base}
    for form in list(forms):
        forms.add(re.sub(r"\s*&\s*", " and ", form))
        forms.add(re.sub(r"\s+and\s+", " & ", form))
    words = words_of(base)
    if len(words) > 1 and len(words[0]) >= 4 and not is_english_word(words[0].lower()):
        forms.add(words[0])
    if len(words) > 2 and words[-1].casefold() in _GENERIC:
        forms.add(" ".join(words[:-1]))
    if len(words) > 2 and len(words[0]) < 4 and words[1][:1].isupper() and \
            not is_english_word(words[0].lower()):
        # "Ngā Tahu" of "Ngā Tahu Seafoods": a first word too short to stand alone (see
        # above) names the firm with the next one, as a longer first word does by itself
        forms.add(" ".join(words[:2]))
    if len(words) > 2 and words[1][:1].isupper() and words[1].isalpha() and \
            not is_english_word(words[1].lower()) and words[1] not in scowl_lexicon().sizes:
        # "Bursa Sır" of "Bursa Sır Teknoloji": the first two words, the second no English
        # word, are the firm's own name; the rest says what it does (in any language, so
        # no list of kinds of firm need know "Teknoloji"). A second word the lists know with
        # its capital names a place ("Port Sudan Shipping"): the two words say where.
        forms.add(" ".join(words[:2]))
    joined = _JOINED_NAMES_RE.match(base)
    if joined and joined.end() < len(base):
        # "Hollis & Pike" of "Hollis & Pike Paper": two capitalised names joined by "&" are
        # the firm's own name (the founders', English words or not: "Salt & Pepper"); what
        # follows says what it does, and letters leave it out. Written with its capitals, the
        # pair names nothing else
        for joiner in (" & ", " and "):
            forms.add(joined["a"] + joiner + joined["b"])
    return sorted((form for form in forms if form), key=len, reverse=True)


# Two capitalised names joined by "&" or "and" at the start of a longer firm name.
_JOINED_NAMES_RE = re.compile(r"(?P<a>[A-Z][^\W\d_]+)\s+(?:&|and)\s+(?P<b>[A-Z][^\W\d_]+)\b")


# Last words that say what kind of company it is: "Blue Heron" is still "Blue Heron Studios".
_GENERIC = frozenset({
    "studios", "studio", "group", "labs", "lab", "health", "partners", "systems", "foundation",
    "games", "interactive", "analytics", "capital", "media", "robotics", "security",
    "logistics", "energy", "technologies", "technology", "software", "solutions", "consulting",
    "holdings", "bank", "trust", "company", "corporation", "pharma", "pharmaceuticals",
    "therapeutics", "biotherapeutics", "network", "networks", "digital", "ventures",
    "industries", "services", "hospital", "clinic", "medical", "care", "outfitters", "market",
    "markets", "freight", "insurance", "financial", "advisors", "associates", "agency",
    "collective", "cooperative", "institute", "university", "college", "academy", "school",
    "schools", "council", "authority", "construction", "engineering", "mobility", "motors",
    "foods", "brands", "retail", "stores", "press", "publishing",
    # kinds of firm of the making and staging trades: "Blue Heron" of "Blue Heron Productions"
    "productions", "entertainment", "pictures", "films", "records", "enterprises",
    "manufacturing", "mills", "works", "farms", "events", "designs",
    # kinds of firm of the buying and selling trades: "Borneo Pearl" of "Borneo Pearl Trading"
    "trading", "traders", "imports", "exports", "supplies", "distributors", "distribution",
    "wholesale", "wholesalers", "merchants",
})


def _pattern(forms: list[str]) -> re.Pattern[str]:
    # Case-sensitive: company names are capitalised; whitespace may be a line break.
    alternatives = [r"\s+".join(re.escape(word) for word in form.split()) for form in forms]
    return re.compile(r"(?<![\w&])(?:" + "|".join(alternatives) + r")(?![\w&])")


@lru_cache(maxsize=64)
def _forms_of(context: ProofreadContext, is_english_word: Callable[[str], bool]) -> tuple[
        frozenset[str], tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...]]:
    """The employer's forms (folded), and for each other application its name's words and a
    pattern of its forms the employer does not share. A draft is proofread again at each
    change, with the same context: these are derived once per context (a sixth of this
    rule's time). Immutable, since every proofreading with the context shares them."""
    right_forms: set[str] = set()
    for right in (context.company, *context.company_aliases):
        right_forms.update(form.casefold() for form in company_forms(right, is_english_word))
    others = []
    for other in context.other_applications:
        forms = [form for form in company_forms(other, is_english_word)
                 if form.casefold() not in right_forms]
        if forms:
            others.append((other, tuple(words_of(without_legal_suffix(other))),
                           _pattern(forms)))
    return frozenset(right_forms), tuple(others)


def find_wrong_companies(letter: Letter, context: ProofreadContext,
                         is_english_word: Callable[[str], bool],
                         people: frozenset[str] = frozenset()) -> list[Finding]:
    """`people`: words of the names of the interviewer and the user's contacts."""
    right_forms, other_forms = _forms_of(context, is_english_word)
    findings = []
    for other, full_words, pattern in other_forms:
        for match in pattern.finditer(letter.text):
            if _PAST_JOB_RE.search(letter.text, max(0, match.start() - 60), match.start()):
                continue  # "Before this I worked at Contoso Medical": the writer's past job
            following = _NEXT_NAME_RE.match(letter.text, match.end())
            mention_words = match.group().split()
            if _known_place_alone(match.group(), full_words, is_english_word) and not (
                    (pair := _AND_NAME_RE.match(letter.text, match.end())) and
                    _names_a_firm(pair.group(1), context)):
                continue  # "the Mombasa auction": see _known_place_alone
            if len(mention_words) < len(full_words) and _POSTCODE_AFTER_RE.match(
                    letter.text, match.end()):
                continue  # "Cumbria LA22 0QA", "Kisumu 40100": a town or county of an address
            if _ACTS_ON_WRITER_RE.match(letter.text, match.end()):
                continue  # "X has asked me for a joining date": the competing offer told
            if _PARTNER_BEFORE_RE.search(letter.text, max(0, match.start() - 60),
                                         match.start()):
                continue  # "your remarks on working with X": the employer's partner
            if len(mention_words) < len(full_words) and _PLACE_BEFORE_RE.search(
                    letter.text, max(0, match.start() - 12), match.start()):
                continue  # "suppliers in Gazipur": the place a firm is named after
            if len(mention_words) < len(full_words) and _ORIGIN_BEFORE_RE.search(
                    letter.text, max(0, match.start() - 40), match.start()):
                continue  # "block printing from Kutch": where a thing comes from
            if len(mention_words) < len(full_words) and _PLACE_AFTER_RE.match(
                    letter.text, match.end()):
                continue  # "along the Tapti river": a place the firm is named after
            if len(mention_words) < len(full_words) and _before_a_topic(
                    letter.text, match.end(), context):
                continue  # "the new Kaimai walking map" of a talk on walking maps: a place
            if len(mention_words) < len(full_words) and (
                    pair := _NAME_AND_BEFORE_RE.search(
                        letter.text, max(0, match.start() - 40), match.start())) and \
                    not _names_a_firm(pair.group(1), context) and \
                    _PLURAL_AFTER_RE.match(letter.text, match.end()):
                continue  # "Big Jim and Sandia peppers": two kinds or places, one noun
            if len(mention_words) < len(full_words) and _THE_BEFORE_RE.search(
                    letter.text, max(0, match.start() - 5), match.start()) and \
                    _CLAUSE_END_RE.match(letter.text, match.end()):
                continue  # "very different from the Puna, with": a region, a river, a range
            if len(mention_words) < len(full_words) and _THE_BEFORE_RE.search(
                    letter.text, max(0, match.start() - 5), match.start()) and \
                    (pair := _AND_NAME_RE.match(letter.text, match.end())) and \
                    not _names_a_firm(pair.group(1), context):
                continue  # "the Baltic and Nordic churches": a word of places, paired
            if len(mention_words) < len(full_words) and _hyphened_to_another_name(
                    letter.text, match.start(), match.end(), full_words):
                continue  # "the hospital in Ado-Ekiti": one word of another hyphened name
            if following and len(mention_words) < len(full_words) and \
                    full_words[len(mention_words)] != following.group(1):
                continue  # "Granta Park": another name that starts with the same word
            end = match.end()
            taken_words = len(mention_words)
            while following and taken_words < len(full_words) and \
                    full_words[taken_words] == following.group(1):
                # "Ironbark Gold" of "Ironbark Gold NL", whose legal form no list knows: the
                # name goes on as far as the letter writes its words
                end = following.end()
                taken_words += 1
                following = _NEXT_NAME_RE.match(letter.text, end)
            if taken_words == 1 < len(full_words) and _WRITER_PAST_RE.search(
                    letter.text, _sentence_start(letter.text, match.start()),
                    _sentence_end(letter.text, end)):
                # "I was a buyer for six years for the Alfama bakeries", "At Alfama I worked
                # six seasons": the writer's past anywhere in the sentence
                continue
            # The full legal name calls for the full legal name; a short form, the short name.
            mention = " ".join(letter.text[match.start():end].split())
            legal = without_legal_suffix(other) != other.strip() and mention == other.strip()
            suggestion = context.company if legal else context.company_short_name
            findings.append(letter.finding(
                "wrong_company", match.start(), end,
                f"{mention} is another application's employer; this letter goes to "
                f"{context.company_short_name}.", suggestion,
            ))
    taken = [(f.start or 0, f.end or 0) for f in findings]
    notes = " ".join((*context.topics_discussed, *context.candidate_strengths))
    multi_site = _has_sites(context)
    for start, end in _employer_places(letter.text):
        name = letter.text[start:end]
        if any(start < e and s < end for s, e in taken) or _is_right(name, right_forms) or \
                set(words_of(name)) & people or name in _NOT_NAMES or _is_jargon(name):
            continue
        if _department(name, is_english_word):
            continue  # "join the Yard Operations team", "joining Planning": a department
        if _SITE_TEAM_RE.search(letter.text, max(0, start - 40), start):
            continue  # "the mill team at Rishra", "the plant team at Tilbury": where a site is
        if _HELPED_TEAM_RE.search(letter.text, max(0, start - 80), start):
            continue  # "I helped the team at Riverside Clinic run ...": the writer's past work
        if multi_site and _site_name(name):
            continue  # "the team at Hawthorne Elementary" of a school district: one of its sites
        if _written_as_place(letter.text, strip_possessive(name)):
            continue  # "the job at Corfe" where the letter also says "near Corfe": a place
        if notes and re.search(rf"(?<!\w){re.escape(strip_possessive(name))}(?!\w)", notes):
            continue  # "the position at Santa Fe" where the notes speak of Santa Fe: a site
        taken.append((start, end))
        findings.append(letter.finding(
            "wrong_company", start, end,
            f"This letter goes to {context.company_short_name}, not {name}.",
            context.company_short_name,
        ))
    return findings


_FUTURE_WORDS = ("grow with", "represent", "start at", "starting at", "part of")
_WORD = r"(?:(?:St|Co|Mt|Ft)\.|[A-Z][\w&\-]*(?:['’][A-Za-z]+(?<!['’]s))?)"
# A name's later words are never the pronoun: "to join Atelier X and I hope" ends at X.
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:&|and|of|de|la)[ \t]+)?(?!I\b){_WORD}){{0,3}}"
_NEXT_NAME_RE = re.compile(r" ([A-Z][a-z]+)\b")
# Places in a sentence that only the employer the letter goes to fits, each with the words
# one of which a letter must contain for the pattern to be tried.
_EMPLOYER_PLACES = tuple((words, re.compile(pattern)) for words, pattern in (
    (("join",), rf"\b(?:join|joining)\s+(?:the\s+(?P<t>{_NAME})\s+(?:team|family|crew|"
                rf"community)\b|(?P<n>{_NAME}))"),
    (("work",), rf"\bto(?<!used to)(?<!used\nto)\s+(?:be\s+)?work(?:ing)?\s+(?:for|at)\s+"
                rf"(?P<n>{_NAME})"),  # not "I used to work at": a past job
    (("help",), rf"\b(?:to|can|could|would|will|I['’]d|I['’]ll)\s+help\s+(?P<n>{_NAME})\s+"
                rf"(?:grow|succeed|achieve|reach|scale|build|deliver|expand|meet|become|"
                rf"continue|win|ship|launch|improve|hit)\b"),
    (("place to",), rf"(?<![\w&.\-])(?P<n>{_NAME})\s+(?:is|seems|sounds|looks)\s+(?:like\s+)?"
                    rf"(?:clearly\s+|truly\s+|really\s+|such\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)"
                    rf"{{0,2}}?place\s+to\s+(?:work|grow|build|be)\b"),
    (("role", "position", "opportunit", "job", "opening", "offer", "team at"),
     rf"\b(?:the|this|your)\s+(?:[\w-]+\s+){{0,4}}?(?:(?:role|position|opportunity|job|"
     rf"opening|offer)\s+(?:at|with)|team\s+at)\s+(?P<n>{_NAME})"),
    (("future",), rf"\b(?:a|my|the)\s+future\s+(?:at|with)\s+(?P<n>{_NAME})"),
    # The people the writer thanks or met at the interview, or would work with: "please
    # thank everyone at Northwind", "working with the people at Northwind". Not "I miss
    # everyone at my old firm": only after thanks, meeting, working. ("Meeting the X team"
    # was tried and dropped: it took "the Engeneering team", a slip, for another employer.)
    (("everyone at", "everybody at", "people at", "folks at", "colleagues at", "whole team at"),
     rf"\b(?:[Tt]hank(?:s|ing)?(?:\s+you)?(?:\s+(?:to|and))?|meet|meeting|met|work(?:ing)?"
     rf"\s+(?:with|alongside))\s+(?:everyone|everybody|the\s+(?:people|folks|whole\s+team)|"
     rf"your\s+colleagues)\s+at\s+(?P<n>{_NAME})"),

    # What the writer would bring to the employer: "bring the same approach to Polarline Cold
    # Storage." The name ends the clause, so "bring it to Monday's review" is not read. No
    # subject between "bring" and "to": in "bring the drive I brought to Kestrel Radio" the
    # "to" is the inner clause's verb's, the writer's past ("the care we gave to X" likewise).
    (("bring",), rf"\bbring\s+(?:(?:my|the|this|that|these|those|same|similar|"
                 rf"(?!(?:I|we|you|they|he|she)\s)[\w-]+)\s+){{1,5}}?to\s+(?P<n>{_NAME})"
                 rf"(?=[ \t]*(?:[,.;!:]|\n|$)|[ \t]+(?:and|as|where|if|when)\b)"),
    # The job imagined: "Working at Northwind would let me...", "contribute to Northwind's
    # community programme", "contribute to Northwind."
    (("orking",), rf"\b[Ww]orking\s+(?:at|for|with)\s+(?P<n>{_NAME})\s+(?:would|will|could|"
                   rf"means|feels)\b"),
    (("contribute",), rf"\bcontribute\s+to\s+(?P<n>{_NAME})(?=['’]s\b|[ \t]*[,.;!])"),
    (("contributing at", "contribute at", "impact at"),
     rf"\b(?:contribut(?:e|ing)|impact)\s+at\s+(?P<n>{_NAME})"),
    # ... and the writer's future there: "to grow with Tailspin", "to represent Tailspin",
    # "I can't wait to start at Tailspin", "to be part of Tailspin". The name ends the clause
    # ("to grow with Kubernetes over the year" is read as far as a clause allows).
    (_FUTURE_WORDS,
     rf"\b(?:(?:to|and)\s+grow\s+with|(?:to|of)\s+represent(?:ing)?|to\s+start(?:ing)?\s+"
     rf"at|(?:be|being|become|becoming)\s+(?:a\s+)?part\s+of)\s+(?P<n>{_NAME})"
     rf"(?=['’]s\b|[ \t]*(?:[,.;!]|\n|$))"),
    (("mission", "culture", "values", "vision"),
     rf"(?<![\w&.\-])(?P<n>{_NAME})['’]s\s+(?:mission|culture|values|vision)\b"),
))
# Right after a firm's first word alone, the rest of its line a postal code (letters and
# digits, a digit in it: "LA22 0QA", "40100", "NSW 2000"): the word is the town, county or
# state of an address, which a firm is often named after; a firm's name on an address line
# is written whole, and no postcode follows it on its line.
_POSTCODE_AFTER_RE = re.compile(r",?[ \t]+(?=[A-Z\d \t-]*\d)[A-Z\d][A-Z\d \t-]{1,10}[ \t]*$",
                                re.MULTILINE)
# Right after another application's firm, a verb whose object is the writer: "X has asked me
# for a joining date", "X offered me the post", "X wants my answer by Friday". The firm acts on
# the writer as the subject of its own clause: the writer telling the reader of a competing
# offer or process, openly. A slip for the employer stands where the writer acts towards it
# ("to join X", "the role at X", "X's mission"), which these words never follow. Not a call
# or a message ("a recruiter from X called me"): the rules above read those as naming the firm.
# (The rest of the firm's name may follow a short form: "Thanet Smile Labs has asked me".)
_ACTS_ON_WRITER_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w&]*)*[ \t]+(?:(?:has|have|had|will|would|may|might|is|are|was|were)"
    r"[ \t]+)?(?:also[ \t]+|already[ \t]+|now[ \t]+|just[ \t]+)?(?:asked|asking|offered|"
    r"offering|given|gave|made|invited|inviting|pressed|pressing|wants?|needs?|requested|"
    r"urged)[ \t]+(?:me|my)\b")


# Before another application's firm, the reader or the employer working with it: "your
# remarks on working with X", "your partnership with X", "the Trust's work with X". The
# employer's partner, client or supplier, not a slip for the employer, which the writer
# would be the one to work with ("I look forward to working with X" is still read).
_PARTNER_BEFORE_RE = re.compile(
    r"\b(?:(?:your|(?:the\s+)?[A-Z][\w&]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:work(?:ing)?|"
    r"partnership|collaboration|collaborating|project|projects|joint\s+\w+)|"
    # ... or the reader doing it: "how you work closely with X", "you partnered with X"
    r"\byou\s+(?:\w+ly\s+)?(?:work|worked|partner|partnered|collaborate|collaborated)"
    r"(?:\s+\w+ly)?)\s+"
    r"(?:with|for|alongside)\s+(?:the\s+)?$")
# Just before the first word of another employer's name alone: a preposition of place, so the
# word names the place the firm is named after ("in Gazipur", "near Hartlepool"); the
# preposition may open the sentence ("In Gazipur we dyed ..."), so its case does not matter.
# "between" and "round" too: "every farm between Tulbagh and Ceres", "cottages round Sherborne".
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|near|around|round|across|outside|throughout|between)\s+$", re.IGNORECASE)
# ... or "from" after a word that is no message or contact ("printing from Kutch", "cotton
# from Gujarat", "I come from Gujarat"): where a thing or someone comes from; but "an offer
# from X", "I heard back from X", "a recruiter from X" name a firm. The word may open the
# sentence ("Greetings from Kisumu", "Hello from Tulbagh"); a capital inside one is a person
# ("Sarah from X" is someone of the firm).
_ORIGIN_BEFORE_RE = re.compile(
    r"\b(?!(?i:offers?|heard|hear|hearing|back|news|calls?|called|e-?mails?|emailed|messages?|"
    r"letters?|notes?|replies|reply|response|responses|updates?|recruiters?|someone|people|"
    r"team|teams|staff|colleagues?|manager|interviews?|anyone|contacts?|invitation|invite|"
    r"feedback|word)\b)(?:[a-z]+|(?:(?<=^)|(?<=\n)|(?<=[.!?:]\s))[A-Z][a-z]+)\s+from\s+$",
    re.MULTILINE)
# Just after it, a feature of a land or its culture: "the Tapti river", "the Kutchi coast",
# "the Bastar style of weaving" name the place, not the firm ("the Bastar team" does).
_PLACE_AFTER_RE = re.compile(
    r"\s+(?:river|coast|coastline|valley|region|district|county|province|state|hills|"
    r"mountains|lake|sea|bay|delta|basin|plateau|plains|desert|peninsula|islands?|estuary|"
    r"gulf|highlands|countryside|style|tradition|cuisine|dialect|"
    # ... a range, a forest or a reserve of the land, or a town's own name for itself: "the
    # Kaimai ranges", "the Kakamega forest", "Kisumu town"
    r"ranges?|forests?|rainforest|reserve|national\s+park|wetlands?|catchment|watershed|"
    r"floodplain|volcano|glacier|fjord|lowlands|uplands|moors?|town|city|airport|harbou?r|"
    # ... or a built place named after it: "the Otay industrial park", "the Jurong business
    # park", "the Bandra neighbourhood" (a firm's own site takes its name whole)
    r"(?:industrial|business|science|technology|free\s+trade)\s+(?:park|estate|zone|area)|"
    r"neighbou?rhood|suburbs?|township|municipality|old\s+town)\b")
# A firm named by part of its name takes no "the" unless a noun follows ("the Acme team"):
# "the" before the part and the clause's end after it make it a region, a river or a range
# the firm is named after ("the brine of the Atacama, and").
_THE_BEFORE_RE = re.compile(r"\bthe\s+$")
_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,.;:!?)]|\n|$)")
# ... nor does a firm named by part of its name stand paired with another capitalised word
# under one "the": "the Baltic and Nordic churches", "the Tapti and Narmada valleys" pair
# regions or peoples; "the Acme and Globex offers" pairs firms, so the second word may be no
# word of any firm of the card.
# A capitalised word joined by a hyphen right before or right after a match ("Ado-Ekiti",
# "Ekiti-Ado"): the match is one part of a hyphened name of its own (a town, a district).
_HYPHEN_NAME_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)-$")
_HYPHEN_NAME_AFTER_RE = re.compile(r"-([A-Z][a-z]+)\b")


def _hyphened_to_another_name(text: str, start: int, end: int,
                              full_words: Sequence[str]) -> bool:
    """A short form of another application's firm written as one part of a hyphened
    capitalised name whose other part is no word of that firm ("trained in Ado-Ekiti" of
    "Ekiti Rehab Supplies"): a place named like the firm, as "Winston-Salem" is not Winston's
    firm. A firm's own hyphened name ("Rolls-Royce" of "Rolls-Royce Holdings") is matched
    whole, hyphen and all, so it never reaches this test; a lower-case word after the hyphen
    ("an Ekiti-based supplier") may still mean the firm and is left to the other tests."""
    before = _HYPHEN_NAME_BEFORE_RE.search(text, max(0, start - 30), start)
    after = _HYPHEN_NAME_AFTER_RE.match(text, end)
    joined = (before or after)
    return joined is not None and joined.group(1) not in full_words


_AND_NAME_RE = re.compile(r"[ \t]+(?:and|or|&)[ \t]+([A-Z][\w\-]*)\b")
# ... and the same the other way round: a capitalised word (or two) and "and" just before the
# firm's first word alone, and a plural noun after it ("Big Jim and Sandia peppers", "Hass
# and Reed avocados"): two kinds or two places under one noun; the word before "and" may be
# no word of any firm of the card ("the Acme and Globex offers" pairs firms).
_NAME_AND_BEFORE_RE = re.compile(
    r"\b([A-Z][\w\-]*)(?:[ \t]+[A-Z][\w\-]*)?[ \t]+(?:and|or|&)[ \t]+$")
_PLURAL_AFTER_RE = re.compile(r"[ \t]+[a-z]{3,}(?<!ss)s\b")


# Words after a firm's short name that make it the firm whatever the notes hold ("the Acme
# team", "the Acme offer").
_FIRM_NOUNS = frozenset({
    "team", "teams", "crew", "staff", "people", "customers", "clients", "offer", "role", "job",
    "position", "office", "offices", "interview", "application", "recruiter", "brand",
})
_LOWER_WORDS_RE = re.compile(r"(?:[ \t]+[a-z][a-z-]*){1,3}")


def _before_a_topic(text: str, end: int, context: ProofreadContext) -> bool:
    """A firm's name cut short, right before one to three words in lower case of which one is
    a word of this interview's topics or the writer's strengths ("the new Kaimai tramping map"
    where the talk was of tramping maps): the short name says which place the thing of this
    interview is of, where another firm's would be followed by its team, offer or role."""
    following = _LOWER_WORDS_RE.match(text, end)
    if following is None:
        return False
    words = [word.removesuffix("s") for word in following.group().split()]
    if any(word in _FIRM_NOUNS or word + "s" in _FIRM_NOUNS for word in words):
        return False
    notes = _note_words(context)
    return any(len(word) >= 4 and word in notes for word in words)


@lru_cache(maxsize=64)
def _note_words(context: ProofreadContext) -> frozenset[str]:
    """The words of the interview's topics and the writer's strengths, lower case, each
    without a plural's "s"."""
    return frozenset(word.casefold().removesuffix("s") for note in (
        *context.topics_discussed, *context.candidate_strengths) for word in words_of(note))


def _known_place_alone(form: str, full_words: Sequence[str],
                       is_english_word: Callable[[str], bool]) -> bool:
    """The first word of a longer name, alone, that the dictionary knows capitalised ("Mombasa"
    of "Mombasa Commodity Exchange", "Boston" of "Boston Dynamics"): a city, a region or a sea
    the firm is named after, which a letter names for itself far more often than it calls the
    firm by it. (Where only the employer fits, "joining Mombasa", the second search still
    reads it; so does a pair with another firm of the card, "the Lisbon and Acme offers".)"""
    words = form.split()
    return len(words) == 1 < len(full_words) and form[:1].isupper() and is_english_word(form)


def _names_a_firm(word: str, context: ProofreadContext) -> bool:
    return any(word in words_of(name) for name in (
        context.company, *context.company_aliases, *context.other_applications))
# Earlier in the sentence, the writer's own past ("I was a buyer for six years", "I worked
# in a bakery", "for six years I"): a firm's name cut to its first word alone there is the place or
# the thing it is named after, which the writer's story names; an application's firm is
# written in full where it is meant, or in a sentence about the job to come.
_WRITER_PAST_RE = re.compile(
    r"\b(?:I\s+(?:was|worked|spent|ran|managed|led|supplied|sold|cooked|made)|"
    r"for\s+(?:\w+\s+)?years)\b", re.IGNORECASE)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts (after the last stop or line break)."""
    return max(text.rfind(mark, 0, position) for mark in (".", "!", "?", "\n")) + 1


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence holding `position` ends (at the next stop or line break)."""
    ends = [found for found in (text.find(mark, position) for mark in (".", "!", "?", "\n"))
            if found >= 0]
    return min(ends, default=len(text))


# A past tense in the same sentence just before the writer's future at a name: their past.
_WAS_RE = re.compile(r"\b(?:was|were|been|had|used\s+to)\b[^.!?\n]*$")
# Words before "join" that make it a past move of the writer's, not this application.
_PAST_RE = re.compile(r"\b(?:left\s+[A-Z]|moved|went|in\s+(?:19|20)\d\d|years?\s+ago)"
                      r"[^.!?\n]*\bto\s+$")
# Just before a name, a job of the writer's past: "I worked at", "I spent four years at", "my
# time at", "I used to work for", "I left"; or of the writer as its customer: "I used
# Contoso's API", "we migrated off Contoso".
_PAST_JOB_RE = re.compile(
    r"\b(?:I\s+(?:worked|interned|trained|was\s+(?:employed|based))\s+(?:at|for|with)|"
    r"(?:I|we)\s+(?:used|integrated\s+with|migrated\s+(?:from|off)|moved\s+off)|"
    r"I\s+spent\s+(?:[\w-]+\s+){1,3}?(?:at|with)|my\s+(?:time|years|work|role|job)\s+"
    r"(?:at|with)|I\s+used\s+to\s+work\s+(?:at|for|with)|I\s+left|previously\s+(?:at|"
    r"with)|formerly\s+(?:at|of|with)|"
    # "which I managed for two years at X", "I guided for three seasons with X": a verb of the
    # writer's past and a length of time just before the name
    r"I\s+(?:worked|managed|ran|led|guided|taught|served|volunteered|was|spent)\s+"
    r"(?:[\w-]+\s+){0,4}?for\s+(?:[\w-]+\s+)?(?:years?|months?|seasons?|summers?)\s+"
    r"(?:at|with|for))\s+(?:the\s+)?$", re.IGNORECASE)
# The writer's own past work with a team, right before "team at" ("I helped the team at X",
# "I trained the night team at X"): the team of another place the writer worked with, not the
# employer the letter goes to ("I'd love to join the team at X" has no past verb of "I").
_HELPED_TEAM_RE = re.compile(
    r"\bI\s+(?:helped|supported|assisted|trained|coached|shadowed|mentored|advised|led|ran|"
    r"managed|joined|worked\s+(?:with|alongside)|volunteered\s+(?:with|for))\s+"
    r"(?:[\w'’-]+\s+){0,5}?team\s+at\s+$")
_NOT_NAMES = frozenset({"I", "You", "The", "Our", "Your", "We", "This", "That", "It", "They",
                        "Dr", "Mr", "Mrs", "Ms", "Mx", "Miss", "Prof", "Professor", "Monday",
                        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _employer_places(text: str) -> list[tuple[int, int]]:
    spans = []
    for words, pattern in _EMPLOYER_PLACES:
        if not any(word in text for word in words):
            continue
        for match in _matches(pattern, text, words):
            group = "t" if "t" in pattern.groupindex and match.group("t") else "n"
            start, end = match.span(group)
            if words == ("join",) and _PAST_RE.search(text, max(0, match.start() - 80),
                                                       match.start()):
                continue  # "I left Contoso in 2021 to join Cranleigh": a past move
            if words == _FUTURE_WORDS and _WAS_RE.search(text, max(0, match.start() - 40),
                                                         match.start()):
                continue  # "I was proud to be part of Leeds United's academy": the past
            if text[end - 2:end] in ("'s", "’s"):
                end -= 2
            spans.append((start, end))
    return spans


def _written_as_place(text: str, name: str) -> bool:
    """The letter also writes `name` after a preposition of place ("near Corfe", "outside
    Tulbagh", "round Sherborne"): it names a town or a site, not an employer. "in" is left
    out ("in Contoso's new platform" names the firm), and so is a possessive after it."""
    return re.search(rf"\b(?:[Nn]ear|[Oo]utside|[Aa]round|[Rr]ound|[Bb]etween)\s+"
                     rf"{re.escape(name)}(?![\w'’])", text) is not None


def _matches(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> list[re.Match[str]]:
    """The pattern's matches; a pattern that opens with its one word is tried only where that
    word occurs (a scan of the whole letter for "bring" cost 0.06 ms, a fifth of the margin)."""
    if words != ("bring",):
        return list(pattern.finditer(text))
    found = []
    position = text.find("bring")
    while position >= 0:
        match = pattern.match(text, position)
        if match is not None:
            found.append(match)
        position = text.find("bring", position + 1)
    return found


# Last words of the name of a department or a function (not of a company: "Logistics" or
# "Analytics" end firms' names too, see _GENERIC).
_DEPARTMENTS = frozenset({
    "operations", "planning", "finance", "engineering", "marketing", "sales", "support",
    "research", "development", "design", "product", "data", "compliance", "legal", "hr",
    "people", "procurement", "facilities", "maintenance", "quality", "safety", "transport",
    "warehouse", "dispatch", "fleet", "it", "infrastructure", "platform", "growth",
    "partnerships", "communications", "nursing", "pharmacy", "radiology", "admissions",
    "collections", "outreach", "programs", "programmes", "reservations", "revenue", "accounts",
    "payroll", "treasury", "audit", "risk", "underwriting", "claims", "purchasing", "recruiting",
    "recruitment", "training", "learning", "governance", "strategy", "ops", "qa",
})


def _department(name: str, is_english_word: Callable[[str], bool]) -> bool:
    """A name of English words ending in a function's name ("Yard Operations", "Planning",
    "Clinical Research"): a team inside the employer, which letters join as often as firms."""
    words = words_of(name)
    return bool(words) and len(words) <= 3 and words[-1].casefold() in _DEPARTMENTS and \
        all(word.isalpha() and is_english_word(word.lower()) for word in words)


def _is_jargon(name: str) -> bool:
    """A product or a technology of the bundled jargon ("contribute to Kubernetes."): not an
    employer."""
    terms = technical_terms()
    return all(word.casefold() in terms for word in words_of(name))


def _is_right(name: str, right_forms: Set[str]) -> bool:
    """The employer under any of its forms, or a longer name starting with one ("Larchmont
    Analytics team", "St. Brigid's Hospital")."""
    folded = " ".join(strip_possessive(name).split()).casefold()
    return any(folded == form or folded.startswith(form + " ") or form.startswith(folded + " ")
               for form in right_forms)


# Last words of the name of an organisation made of many sites: a school district, a hospital
# trust, a health network, a library system, a council...
_MULTI_SITE = frozenset({
    "district", "districts", "trust", "network", "system", "systems", "group", "council",
    "authority", "board", "health", "healthcare", "schools", "diocese", "university",
    "federation", "partnership", "services", "department", "county", "city", "borough",
    "province", "ministry", "service", "consortium", "cooperative", "chain", "hospitals",
})
# ... and last words of the name of one of such sites: a school, a hospital, a branch, a campus.
_SITE_HEADS = frozenset({
    "school", "elementary", "primary", "secondary", "middle", "high", "academy", "college",
    "hospital", "infirmary", "clinic", "surgery", "practice", "campus", "library", "branch",
    "centre", "center", "station", "depot", "site", "ward", "unit", "store", "office", "plant",
    "mine", "yard", "warehouse", "home", "house", "hall",
})


# "the mill team at X": a team named after the kind of site it works on is at a place, the
# site's town or street, not at another employer (the employer's own team is "the X team").
_SITE_TEAM_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_SITE_HEADS | {
        "mill", "factory", "farm", "kitchen", "lab", "laboratory", "workshop", "floor", "shop",
        "line", "port", "terminal", "field", "estate", "vineyard", "hotel", "restaurant",
        "shopfloor", "works", "quarry", "refinery", "site", "plant"})) +
    r")\s+team\s+at\s+$")


def _has_sites(context: ProofreadContext) -> bool:
    """The employer's name (or an alias) says it is an organisation of many sites ("Lakeshore
    Unified School District 214", "North Ridge Health Trust")."""
    for name in (context.company, *context.company_aliases):
        words = [word.casefold() for word in words_of(without_legal_suffix(name))
                 if not word.isdigit()]
        if any(word in _MULTI_SITE for word in words[1:]):
            return True
    return False


def _site_name(name: str) -> bool:
    """A name ending in the word for a site ("Hawthorne Elementary", "Kingsway Library"): the
    place where one of a many-sited employer's teams works, not another employer."""
    words = words_of(strip_possessive(name))
    return len(words) >= 2 and words[-1].casefold() in _SITE_HEADS
