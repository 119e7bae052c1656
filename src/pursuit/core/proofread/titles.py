"""Wrong interviewer title: the letter gives the interviewer a title they don't hold.

A title is read where a letter ties it to the interviewer: "your role as VP of Research",
"As Director of Research, you...", "As Director of Research on a team that size, you...",
"Dr. Okonkwo, VP of Research", "Adaeze Okonkwo (VP, Research)", the line under their name in
an address block, and where a letter speaks of the reader by their title: "hearing from a
Nurse Manager about...", "from a Vice President's point of view", "rare for a CTO to...",
"with Larchmont's Chief Scientist". A title next to someone else's name ("your CTO, Ravi
Menon", "Dr. Zhou, your Director of Perception") is that person's and is left alone, as are
plurals ("the Nurse Managers") and courtesy prefixes ("Dear Professor Rao").

Equivalent writings of one title:
- punctuation, "of"/"for"/"the"/"and" and word order do not count: "VP, Research" =
  "VP of Research" = "Research VP";
- common abbreviations are the words they stand for: Vice President = VP, Senior Vice
  President = SVP, Chief Technology Officer = CTO (and the other C-titles), Sr. = Senior,
  Mgr = Manager, Eng = Engineering, R&D = Research and Development, "&" = "and";
- a shorter title is fine ("your role as VP" for "VP, Research", "an Engineering Manager" for
  "Engineering Manager, Data Platform") as long as it keeps the title's head, the words before
  the first comma and before "of" ("Chief Medical Officer" for "Chief Medical Information
  Officer" is another title), and drops no rank (Senior, Executive, Assistant, Associate,
  Principal, Staff, Junior, Deputy, Lead, Chief): "VP" for "Senior VP" demotes them; any word
  the real title lacks is an error ("Senior VP of Research" for "VP, Research", "Director of
  Research").
The role the candidate applied for is not the interviewer's title and is never flagged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from pursuit.core.proofread.context import ProofreadContext, without_legal_suffix
from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import Token, caseless, strip_possessive

_PHRASES = (
    ("svp", "senior vp"), ("evp", "executive vp"), ("avp", "assistant vp"),
    ("vice president", "vp"), ("v p", "vp"),
    ("chief executive officer", "ceo"), ("chief technology officer", "cto"),
    ("chief financial officer", "cfo"), ("chief operating officer", "coo"),
    ("chief information security officer", "ciso"), ("chief information officer", "cio"),
    ("chief product officer", "cpo"), ("chief marketing officer", "cmo"),
    ("chief data officer", "cdo"), ("chief people officer", "chro"),
    ("chief human resources officer", "chro"), ("human resources", "hr"),
    ("research and development", "rnd"), ("r and d", "rnd"), ("general manager", "gm"),
    ("managing director", "md"),
)
_WORDS = {
    # one office under two names: "Proprietor" for a card's "Owner" is the same title
    "proprietor": "owner", "proprietress": "owner",
    "sr": "senior", "jr": "junior", "mgr": "manager", "eng": "engineering",
    "engr": "engineer", "dir": "director", "mktg": "marketing", "dept": "department",
    "assoc": "associate", "asst": "assistant", "exec": "executive", "ops": "operations",
}
# Words that rank a title: leaving one out demotes the interviewer (VP for Senior VP).
_RANKS = frozenset({"senior", "executive", "assistant", "associate", "principal", "staff",
                    "junior", "deputy", "lead", "chief"})
_STOPWORDS = frozenset({"of", "for", "the", "a", "an", "and", "in", "at", "to"})
_HEADS = frozenset({
    "vp", "svp", "evp", "avp", "president", "director", "head", "manager", "lead", "leader",
    "chief", "officer", "ceo", "cto", "cfo", "coo", "cio", "ciso", "cpo", "cmo", "cdo", "chro",
    "gm", "md", "principal", "engineer", "scientist", "recruiter", "partner", "founder",
    "cofounder", "architect", "analyst", "designer", "coordinator", "specialist", "consultant",
    "administrator", "supervisor", "executive", "dean", "professor", "chair", "fellow",
    "researcher", "developer", "strategist", "advisor", "adviser", "owner", "producer",
    "editor", "superintendent", "controller", "treasurer", "counsel",
    # heads of schools, museums, libraries and wards ("Deputy Headteacher" for "Headteacher")
    "headteacher", "headmaster", "headmistress", "provost", "rector", "registrar",
    "curator", "librarian", "matron",
    # the professions a card names by their trade ("Production Accountant", "Claims
    # Assessor", "Patent Attorney"): a title as much as "Manager" is
    "accountant", "auditor", "actuary", "underwriter", "assessor", "adjuster", "attorney",
    "solicitor", "barrister", "paralegal", "planner", "buyer", "inspector", "surveyor",
    "estimator", "instructor", "trainer", "technician", "pharmacist", "therapist",
    "physician", "surgeon", "dentist", "hygienist", "midwife", "veterinarian", "economist",
    "statistician", "geologist", "agronomist", "chemist", "forester", "dispatcher",
    # the officers of a board, a club or an association ("Chairman" for its "Secretary")
    "chairman", "chairwoman", "chairperson", "secretary", "trustee", "governor",
    # the owner of a shop, an inn or a workshop, as its sign names them (read as "owner":
    # below)
    "proprietor",
})
TITLE_HEADS = _HEADS  # the names checker leaves these to the title rule ("Dear Director X")
_CONNECTORS = frozenset({"of", "for", "and", "the"})
# Words a title written in lower case may hold, besides the card's own words.
_LOWER_TITLE_WORDS = _HEADS | _RANKS | frozenset({"vice", "president", "head", "nurse"})
# "Head of CAD/CAM", "UX/UI Lead": a slash without spaces joins two words of one field
_GAPS = frozenset({" ", ", ", " & ", " / ", "/", " - ", " – ", " — "})

_ARTICLE = r"(?:(?:a|an|the|our)\s+)?"
# "your role as", "your insights as", "you, as": the title that follows is the interviewer's.
_YOUR_ROLE_RE = caseless(r"\byour\s+(?:[a-z]+\s+){1,2}?as\s+" + _ARTICLE)
_YOU_AS_RE = caseless(r"\byou,?\s+as\s+" + _ARTICLE)
# "As VP of Research [at Larchmont], you ...": only when "you" opens the main clause, so the
# writer's own past titles ("As Staff Engineer at Foo, I ...") are left alone.
_AS_RE = re.compile(r"\b[Aa]s\s+" + _ARTICLE)
# A guess about the reader's lot may stand between ("As Head of Testing, I'm sure you have a
# busy month"): one makes such a guess about someone else, not with one's own title.
_YOU_AFTER_RE = caseless(
    r"(?:\s+(?:at|of|for|in|with|on)\s+[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,6}?)?,?"
    r"(?:\s+(?:I['’]m|I\s+am)\s+(?:sure|certain)(?:\s+that)?|\s+I\s+(?:imagine|expect|"
    r"suspect|bet)(?:\s+that)?|\s+no\s+doubt)?\s+you(?:r)?\b",
)
# A title spoken of as a kind of person: "hearing from a Nurse Manager", "rare for a CTO",
# and the reader heard or seen at work: "to hear a Managing Partner's view", "Hearing a Library
# Director talk about Dublin Core".
_A_TITLE_RE = caseless(r"\b(?:from|with|for|to|by|like|meeting|meet|met|hear|hearing|heard|"
                         r"see|seeing|watch|watching|watched)\s+(?:a|an)\s+")
# Anywhere else a title of the interviewer's kind may stand for the reader ("hear a Director
# of Perception describe...", "thank you for taking time as Director of Perception"), but only
# when it names the interviewer's own field (see `_field`): a title of another field is more
# likely someone else's.
_VIEW_RE = re.compile(r"['’]s\s+(?:perspective|view|point\s+of\s+view|take|insights?|lens|"
                      r"vantage\s+point)\b")
_A_RE = caseless(r"\b(?:get|getting|got|gain|gaining|gained|hear|hearing|heard|have|having|"
                   r"had|appreciate|appreciated|enjoyed|valued|value)\s+(?:a|an)\s+")
# Whoever interviewed the writer is the reader: "it was an honour to be interviewed by the
# General Manager himself" names the reader's title, written far from the reader's name and
# whatever its field (unless a name follows, or a second person: "by the Plant Manager and
# the HR Lead" is a panel).
_INTERVIEWED_BY_RE = caseless(r"\binterviewed\s+(?:me\s+)?by\s+(?:the|a|an)\s+")
# ... and so is the one the writer compliments for what is rare in one of their rank: "it's
# not often that a Plant Manager walks a candidate round the line", "it is rare for a Head
# Chef to take an hour with an applicant" (capitalised: a rank, the reader's).
_RARE_THAT_RE = re.compile(
    r"\b(?:[Nn]ot\s+(?:often|every\s+day|everyday|many\s+times)|[Rr]are(?:ly)?|[Uu]nusual|"
    r"[Ss]eldom|[Uu]ncommon)\s+(?:that|for|when|to\s+(?:see|meet|find))\s+(?:a|an)\s+")
_AND_AFTER_RE = re.compile(r",?\s+(?:and|&)\s")
_KIND_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he|as(?:\s+the)?)\s+")
_VOCATIVE_RE = re.compile(r"\b(?:Thank\s+you|Thanks|Hello|Hi),\s+")
# ... or of someone of the writer's own, the title in apposition: "My former manager, a VP of
# Engineering, taught me".
_SOMEONE_OF_MINE_RE = caseless(
    r"\b(?:my|our|his|her|their)\s+(?:(?:former|old|previous|current|first|best|late)\s+)?"
    r"(?:manager|boss|mentor|friend|colleague|supervisor|sister|brother|father|mother|uncle|"
    r"aunt|cousin|partner|wife|husband|coach|professor|tutor|teacher|neighbou?r|"
    r"referee|sponsor|lecturer|classmate)\s*,\s+$"
    # ... or of the reader's, who is then not the reader: "your deputy, the Planning Manager"
    r"|\byour\s+(?:(?:new|former|current)\s+)?(?:deputy|assistant|colleague|manager|boss|"
    r"supervisor|predecessor|successor|team\s+lead|lead|director|head|counterpart|partner|"
    r"recruiter|coordinator)\s*,\s+$")
# ... except where the writer speaks of a title they hope to hold: "grow into a Director of".
_ASPIRATION_RE = caseless(
    r"(?:become|becoming|grow\s+into|growing\s+into|promoted\s+to|step\s+into|"
    r"stepping\s+into|to\s+be|aspire\s+to|aspiring\s+to|like)\s+$")
_I_AFTER_RE = re.compile(r"(?:\s+(?:at|of|for|in|with|on)\s+[^\s,.;:!?]+"
                         r"(?:\s+[^\s,.;:!?]+){0,6}?)?,?\s+(?:I|my|we|our)\b")
# "a Chief Nursing Officer I worked with": someone of the writer's past, not the reader.
_KNOWN_BY_ME_RE = re.compile(
    r"\s+(?:whom?\s+|that\s+)?I(?:['’]ve)?\s+(?:once\s+|used\s+to\s+)?(?:worked|work|met|"
    r"know|knew|trained|studied|shadowed|admire|admired|reported|report|had|have|interviewed|"
    r"followed|learned|learnt)\b")
# A name right after a title makes the title that person's: "a Director, Ravi Menon".
_NAME_AFTER_RE = re.compile(
    r",?\s+(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’\-]+)?(?=[\s,.;:)])"
)
_COURTESY = frozenset({"Dear", "Hi", "Hello", "Hey", "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr",
                       "Prof", "Professor", "Doctor", "Sir", "Madam", "Dame", "Father",
                       "Rev", "Reverend", "Thanks", "Thank"})


@lru_cache(maxsize=4096)
def canonical_title(title: str) -> frozenset[str]:
    """The words that make a title, so that equivalent writings compare equal."""
    text = " ".join(re.findall(r"[a-z0-9]+", title.casefold().replace("&", " and ")))
    for phrase, short in _PHRASES:
        text = re.sub(rf"\b{phrase}\b", short, text)
    words = (_WORDS.get(word, word) for word in text.split())
    return frozenset(word for word in words if word not in _STOPWORDS)


def find_wrong_titles(letter: Letter, context: ProofreadContext) -> list[Finding]:
    title = context.interviewer.title
    if not title:
        return []
    right = canonical_title(title)
    head = re.split(r",|\s+(?:of|for|in)\s+", title, maxsplit=1)[0]
    core = canonical_title(head)
    # "a Principal Engineer" for "Principal Signalling Engineer": the field left out of the
    # head, its ranks and its last word kept. Not for a C-title, where each word names another
    # office ("Chief Medical Officer" is not "Chief Medical Information Officer").
    if not core & {"chief", "officer"} and (last := _last_word(head)) is not None:
        core = (core & _RANKS) | {last}
    offices = [(core, right & _RANKS)]
    parts = _JOINED_OFFICES_RE.split(head)
    if len(parts) > 1 and all(canonical_title(part) & _HEADS for part in parts[:-1]):
        # "Principal and Grower", "Founder and CEO", "Owner and Head Chef": two offices held
        # at once, each written alone in a letter ("As the principal of a family operation");
        # each part keeps its own ranks and last word. A part with no head word is a field
        # the offices share ("Sales and Marketing Director"), one office
        offices = [((canonical_title(part) & _RANKS) | {last}
                    if (last := _last_word(part)) is not None else canonical_title(part),
                    canonical_title(part) & _RANKS) for part in parts]
    role = canonical_title(context.role) if context.role else frozenset()
    stop = _stop_names(context)
    findings = []
    seen: set[int] = set()
    for start, end in _title_mentions(letter, context, stop):
        mention = canonical_title(letter.text[start:end])
        if start in seen or "hiring" in mention:
            continue  # "the Hiring Manager": a part in this hiring, not a job title
        if not mention & _HEADS and not _office_addressed(letter.text, start, end):
            continue
        if mention <= role and not _addressed_now(letter.text, start, end):
            continue  # the post the writer applied for, theirs to come
        # A mention may leave words out of the title, but no rank of its office, and add
        # nothing
        if mention <= right and any(office <= mention and ranks <= mention
                                    for office, ranks in offices):
            continue
        seen.add(start)
        findings.append(letter.finding(
            "wrong_interviewer_title", start, end,
            f"{context.interviewer.name}'s title is {title}.", title,
        ))
    return findings


# "As Production Manager you know ...": the title, opening the sentence before "you" and a
# present verb of what the reader knows or does, is the reader's own, even when it reads like
# the post applied for; "As Production Manager you would get ...", "you'll have", "you can
# count on me" speak of the writer in that post and are left alone.
_AS_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+|\n)As\s+(?:the\s+)?$")
_YOU_NOW_RE = re.compile(
    r",?\s+you\s+(?:know|knew|see|saw|understand|deal|work|run|lead|manage|handle|have\s+(?:seen|"
    r"done|dealt|had|run|led|managed|worked)|must|are|were|"
    # ... or what the reader could have done in it ("you could easily have said"): their past
    r"(?:could|might)(?:\s+\w+ly)?\s+have\s+\w+(?:ed|en|id|ne|wn|ought|aught))\b|"
    r",?\s+you['’](?:ve|re)\b")


# "and" or "&" between two offices of one title.
_JOINED_OFFICES_RE = re.compile(r"\s+(?:and|&)\s+")


def _office_addressed(text: str, start: int, end: int) -> bool:
    """"As Warden, you must ...", "As Deputy Harbour Master you see ...": capitalised words
    that open the sentence after "As" and before the reader doing something now are the
    reader's office, whatever its head word (no list holds every office: a warden, a harbour
    master, a bosun, a sheriff). Not a plural ("As Londoners, you know"): a people or a kind,
    not an office."""
    mention = text[start:end]
    return all(word[:1].isupper() for word in mention.split()) and \
        not mention.endswith("s") and _addressed_now(text, start, end)


def _addressed_now(text: str, start: int, end: int) -> bool:
    return bool(_AS_BEFORE_RE.search(text, max(0, start - 20), start)) and \
        bool(_YOU_NOW_RE.match(text, end))


def _last_word(head: str) -> str | None:
    """The head noun of a title's head, as `canonical_title` writes it: "engineer" of
    "Principal Signalling Engineer"; None when the head is a short form standing for several
    words (VP, CTO)."""
    words = re.findall(r"[a-z0-9]+", head.casefold())
    if not words:
        return None
    last = _WORDS.get(words[-1], words[-1])
    return last if last in canonical_title(head) else None


class _StopNames:
    """Where a title ends: at a name of the interviewer, at "I", at a courtesy word, or where a
    company's name begins (a single word of a company's name may be a title word: "Medical"
    of "Northshore Medical Group" in "Chief Medical Officer")."""

    def __init__(self, context: ProofreadContext) -> None:
        self.words = frozenset({"I", *_COURTESY} | set(context.interviewer.name.replace(
            ",", " ").split()))
        names = [context.company, *context.company_aliases, *context.other_applications]
        forms = {without_legal_suffix(name) for name in names} | set(names)
        alternatives = sorted((r"\s+".join(map(re.escape, form.split())) for form in forms
                               if form), key=len, reverse=True)
        self.company = re.compile("|".join(alternatives)) if alternatives else None
        employer = [context.company, *context.company_aliases]
        employer_forms = sorted({without_legal_suffix(n) for n in employer} | set(employer),
                                key=len, reverse=True)
        self.employer = "|".join(r"\s+".join(map(re.escape, form.split()))
                                 for form in employer_forms if form)
        self.employer_possessive = re.compile(
            rf"(?:(?:{self.employer})['’]s\s+)?") if self.employer else None
        # "with Larchmont's Chief Scientist": the reader, see _title_mentions
        self.employer_frame = re.compile(
            rf"\b(?:with|from|as|for|to)\s+(?:{self.employer})['’]s\s+") if self.employer \
            else None
        others = {without_legal_suffix(n) for n in context.other_applications}
        others |= set(context.other_applications)
        other_forms = "|".join(r"\s+".join(map(re.escape, form.split()))
                               for form in sorted(others, key=len, reverse=True) if form)
        # "a CMO at Northshore Medical": someone of another company
        self.elsewhere = re.compile(
            rf"\s+(?:at|of|from|with|in)\s+(?:the\s+)?(?:{other_forms or '(?!)'}|my|our|"
            rf"another|other|a|an|[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*)*)"
        )

    def stops(self, text: str, token: Token) -> bool:
        if token.text in self.words or strip_possessive(token.text) in self.words:
            return True
        return self.company is not None and self.company.match(text, token.start) is not None


@lru_cache(maxsize=64)
def _stop_names(context: ProofreadContext) -> _StopNames:
    """Made once per context: a draft is proofread again at each change (its patterns were a
    tenth of this rule's time)."""
    return _StopNames(context)


def _title_mentions(letter: Letter, context: ProofreadContext,
                    stop: _StopNames) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    text = letter.text
    lower = letter.lower  # for the caseless patterns
    # Titles are often written in lower case ("your role as director of platform"): there a
    # run of title words counts only if it shares a word with the card's title, since "your
    # experience as an engineer" may be the reader's past.
    card = canonical_title(context.interviewer.title or "")
    lower_words = _LOWER_TITLE_WORDS | card

    def tied(span: tuple[int, int] | None) -> bool:
        if span is None:
            return False
        mention = text[span[0]:span[1]]
        return mention[:1].isupper() or bool(canonical_title(mention) & card)

    for pattern in (_YOUR_ROLE_RE, _YOU_AS_RE):
        for match in pattern.finditer(lower):
            span = _capture(letter, match.end(), stop, lower=lower_words)
            if span and tied(span):
                spans.append(span)
    for match in _AS_RE.finditer(text):
        # a hard-wrapped body line may break the title ("As Head Cellar\nMaster you have"):
        # "you" must follow it, so the run never reaches into a heading or a signature
        span = _capture(letter, match.end(), stop, lower=lower_words, wrapped=True)
        if span and tied(span) and _YOU_AFTER_RE.match(lower, span[1]):
            spans.append(span)
    # "hearing from a Nurse Manager about", "with Larchmont's Chief Scientist": the reader,
    # unless a name follows (then it is that person).
    frames = [(_A_TITLE_RE, lower)]
    if stop.employer_frame is not None:
        frames.append((stop.employer_frame, text))
    field = _field(context.interviewer.title or "")
    # "getting a Managing Partner's perspective": a title's view the writer got is the
    # reader's ("my mentor gave me a CFO's perspective" is not; looked for only where such a
    # view is named).
    for view in _VIEW_RE.finditer(text):
        for match in _A_RE.finditer(lower, max(0, view.start() - 60), view.start()):
            span = _capture(letter, match.end(), stop, commas=False, lower=lower_words)
            if span and span[1] + 2 >= view.start() and text[span[0]].isupper():
                spans.append(span)
                break
    for pattern, scanned in frames:
        for match in pattern.finditer(scanned):
            span = _capture(letter, match.end(), stop, commas=False, lower=lower_words)
            if span and not text[span[0]].isupper() and \
                    not canonical_title(text[span[0]:span[1]]) & field:
                continue  # "learning from a senior engineer": anyone
            if span and not _NAME_AFTER_RE.match(text, span[1]) and not _elsewhere(
                    text, span[1], stop) and not _KNOWN_BY_ME_RE.match(text, span[1]):
                spans.append(span)
    for match in (*_INTERVIEWED_BY_RE.finditer(lower), *_RARE_THAT_RE.finditer(text)):
        span = _capture(letter, match.end(), stop, commas=False, lower=lower_words, wrapped=True)
        if span and text[span[0]].isupper() and not _NAME_AFTER_RE.match(text, span[1]) and \
                not _AND_AFTER_RE.match(text, span[1]) and not _plural(text, span) and \
                not _elsewhere(text, span[1], stop) and not _somewhere_else(text, span[1], stop):
            spans.append(span)
    # Only where a word of the field follows closely: most "a"s and "the"s of a letter lead
    # to no title, and capturing after each would cost more than the rest of this rule.
    near = sorted(m.start() for m in re.finditer(  # (the field's words are in lower case)
        r"\b(?:" + "|".join(map(re.escape, field)) + r")", lower)) if field else []
    seen_kind: set[int] = set()
    for position in near:
        for pattern in (_KIND_RE, _VOCATIVE_RE):
            for match in pattern.finditer(text, max(0, position - 60), position):
                if match.start() in seen_kind:
                    continue
                seen_kind.add(match.start())
                if _ASPIRATION_RE.search(lower, max(0, match.start() - 30), match.start()) or \
                        _SOMEONE_OF_MINE_RE.search(lower, max(0, match.start() - 50),
                                                   match.start()):
                    continue
                span = _capture(letter, match.end(), stop, commas=False, lower=lower_words)
                if not span or not canonical_title(text[span[0]:span[1]]) & field:
                    continue
                if text[span[0]].islower() and not match.group().lower().startswith("as"):
                    # "five minutes with the shift supervisor": a post on the floor, in lower
                    # case, is whoever holds it; the reader's title is written with capitals
                    # or tied to them ("as the shift manager, you")
                    continue
                if _NAME_AFTER_RE.match(text, span[1]) or _elsewhere(text, span[1], stop) \
                        or _I_AFTER_RE.match(text, span[1]) or _plural(text, span) \
                        or _somewhere_else(text, span[1], stop):
                    continue
                spans.append(span)
    names = _name_re(context)
    for match in names.finditer(text):
        after = _SEPARATOR_RE.match(text, match.end())
        if after and stop.employer_possessive is not None:
            # "Dr. Okonkwo, Larchmont's Director of Research"
            after = stop.employer_possessive.match(text, after.end())
        if after and (span := _capture(letter, after.end(), stop, lower=lower_words)) and \
                tied(span):
            spans.append(span)  # "Dr. Okonkwo, VP of Research"
        if span := _capture_before(letter, match.start(), stop):
            spans.append(span)  # "Research VP Adaeze Okonkwo"
    spans.extend(_address_block_titles(letter, context))
    return spans


def _field(title: str) -> frozenset[str]:
    """The words of a title that name its field: "perception" of "Head of Perception"."""
    return frozenset(word for word in canonical_title(title)
                     if word not in _HEADS and word not in _RANKS and len(word) > 2)


def _somewhere_else(text: str, position: int, stop: _StopNames) -> bool:
    """'the Director of Research at the county': any place that is not the employer."""
    match = re.match(r"\s+(?:at|from|with|in)\s+(?:the\s+)?", text[position:])
    if match is None:
        return False
    return not (stop.employer and re.match(rf"(?:{stop.employer})\b",
                                           text[position + match.end():]))


def _plural(text: str, span: tuple[int, int]) -> bool:
    """'Directors of Perception', 'the Perception Leads': a kind of people, not the reader."""
    words = re.findall(r"[A-Za-z]+", text[span[0]:span[1]])
    return any(word.casefold().endswith("s") and word.casefold()[:-1] in _HEADS
               for word in words)


_SEPARATOR_RE = re.compile(r",[ \t]+|[ \t]+\(|[ \t]+[–—-][ \t]+")


@lru_cache(maxsize=64)
def _name_re(context: ProofreadContext) -> re.Pattern[str]:
    """The interviewer named in full, by prefix and last name, by last or by first name."""
    parts = context.interviewer.name.split()
    names = [re.escape(context.interviewer.name), re.escape(parts[-1]), re.escape(parts[0])]
    if context.interviewer.prefix:
        prefix = re.escape(context.interviewer.prefix.rstrip("."))
        names.insert(0, rf"{prefix}\.?\s+{re.escape(parts[-1])}")
    return re.compile(r"\b(?:" + "|".join(names) + r")(?![\w'’])")


def _elsewhere(text: str, position: int, stop: _StopNames) -> bool:
    """The title is followed by another organisation (not the employer)."""
    match = stop.elsewhere.match(text, position)
    if match is None:
        return False
    return not (stop.employer and re.match(rf"\s+\w+\s+(?:the\s+)?(?:{stop.employer})\b",
                                           text[position:]))


def _capture(letter: Letter, position: int, stop: _StopNames, *, commas: bool = True,
             lower: frozenset[str] = frozenset(),
             wrapped: bool = False) -> tuple[int, int] | None:
    """The capitalised run starting at `position`: 'VP of Research', 'Director, Data & AI'.
    `wrapped`: a line break may stand for a space (a hard-wrapped body sentence; not where
    a title may end its line, as under a name)."""
    taken: list[Token] = []
    previous_end = position
    for token in _tokens_from(letter, position):
        gap = letter.text[previous_end:token.start]
        if wrapped and gap == "\n":
            gap = " "
        if taken and gap not in _GAPS or not taken and gap or not commas and "," in gap:
            break
        if not _title_word(letter, token, stop, first=not taken, comma=gap == ", ") and \
                token.text.casefold() not in lower - _CONNECTORS:
            break
        if taken and taken[-1].text.casefold() == "and" and \
                token.text.casefold() in {"the", "a", "an", "our", "your"}:
            break  # "the Head of X and the Library Director": two people, not one title
        taken.append(token)
        previous_end = token.end
        if token.text.endswith(("'s", "’s")):
            break  # "a Vice President's point of view"
    return _span(taken)


def _capture_before(letter: Letter, position: int,
                    stop: _StopNames) -> tuple[int, int] | None:
    """The capitalised run ending just before `position` (one space between)."""
    words = _tokens_before(letter, position)
    taken: list[Token] = []
    next_start = position
    for token in reversed(words):
        gap = letter.text[token.end:next_start]
        if gap not in _GAPS or not taken and gap != " ":
            break
        if not _title_word(letter, token, stop, first=False, comma=gap == ", "):
            break
        taken.insert(0, token)
        next_start = token.start
    while taken and taken[0].text.casefold() in _CONNECTORS:
        taken.pop(0)
    return _span(taken)


_FIRST_PERSON = frozenset({"I", "I'm", "I've", "I'd", "I'll"})


def _title_word(letter: Letter, token: Token, stop: _StopNames, *, first: bool,
                comma: bool) -> bool:
    if stop.stops(letter.text, token) or token.text.replace("’", "'") in _FIRST_PERSON:
        return False  # "As Head of Testing, I'm sure": the writer, after the title
    if token.is_capitalised:
        return True
    # "of", "for", "and" join title words, but never start a title or follow a comma.
    return not first and not comma and token.text.casefold() in _CONNECTORS


def _span(taken: list[Token]) -> tuple[int, int] | None:
    while taken and taken[-1].text.casefold() in _CONNECTORS:
        taken.pop()
    if not taken:
        return None
    end = taken[-1].end
    if taken[-1].text.endswith(("'s", "’s")):
        end -= 2
    return taken[0].start, end


def _tokens_before(letter: Letter, position: int) -> list[Token]:
    index = _first_at(letter.words, position)
    return letter.words[max(0, index - 12):index]


def _tokens_from(letter: Letter, position: int) -> list[Token]:
    index = _first_at(letter.words, position)
    return letter.words[index:index + 12]


def _first_at(words: list[Token], position: int) -> int:
    """Index of the first word starting at or after `position` (words are in text order)."""
    return bisect_left(words, position, key=lambda token: token.start)


def _address_block_titles(letter: Letter, context: ProofreadContext) -> list[tuple[int, int]]:
    """In a postal letter the line right under the interviewer's name is their title. The
    name may follow a form of address of any language or an "Attn:" ("Frau Ursula Kälin",
    "Attn: Dr. Ursula Kälin", "Dr. U. M. Kälin"): up to three words before it on its line.
    British and many other addresses write the first name as its initial ("Mrs J. Crookes",
    "Dr. A. Okonkwo"): the last name after a form of address or an initial is the same
    person. A form of address may be cut inside ("Dott.ssa", "Sig.ra", "Prof.ssa" in Italian,
    "Univ.-Prof." in German): its dot or hyphen is followed by the rest of the word."""
    parts = context.interviewer.name.split()
    name = re.escape(context.interviewer.name)
    if len(parts) > 1:
        name = rf"(?:{name}|(?<=[.: \t]){re.escape(parts[-1])})"
    pattern = re.compile(
        rf"^[ \t]*(?:[A-Z][\w]*(?:[.\-]+\w+)*[.:]?[ \t]+){{0,3}}{name}[ \t]*\r?\n"
        rf"[ \t]*(?P<title>[^\n]+?)[ \t]*\r?$",
        re.MULTILINE,
    )
    spans = [match.span("title") for match in pattern.finditer(letter.text)]
    # An inside address to the post, no name: "The Production Manager" on the line above the
    # employer's name. The post written there is the reader's, the card's title (a line above
    # another firm's name, a contact of another application, is not read).
    if "The" in letter.text:
        firms = "|".join(re.escape(form) for form in sorted(
            {context.company, *context.company_aliases, context.company_short_name} - {""},
            key=len, reverse=True))
        if firms:
            post = re.compile(rf"^[ \t]*The[ \t]+(?P<title>[A-Z][\w&/\- ]{{2,60}}?)[ \t]*\r?\n"
                              rf"[ \t]*(?:{firms})\b", re.MULTILINE)
            spans.extend(match.span("title") for match in post.finditer(letter.text))
    return spans
