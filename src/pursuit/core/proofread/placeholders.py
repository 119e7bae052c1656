"""Leftover placeholders: template fields nobody filled in ({{name}}, [Company], <NAME>, XXX),
and empty slots, where a field was filled with nothing: "You can reach me at  or by e-mail",
"My number is .", "Dear ,". An empty slot is a gap (two spaces, or a space before a comma or
a full stop) right after a word that needs what should have been there (at, is, me, Dear...);
two spaces after a full stop are a typing habit and are left alone. The span runs from that
word to what follows the gap, so the reader sees where the value is missing."""

from __future__ import annotations

import re

from pursuit.core.proofread.context import ProofreadContext
from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.model import Finding

# (substrings one of which must be in the letter, pattern). Each pattern starts with a literal
# where it can, and the substrings let a clean letter skip most of them: a single alternation
# of all of them cost a letter-long scan at every position.
_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (triggers, re.compile(pattern)) for triggers, pattern in (
        (("{",), r"\{\{[^{}\n]{0,80}\}\}"  # Jinja / Mustache
                 r"|\{%[^\n]{0,80}?%\}"  # a Jinja statement
                 r"|\{[^{}\n]{1,60}\}"),  # {name}
        # ${name}, $COMPANY, $topic, $X
        (("$",), r"\$(?:\{[^{}\n]{0,60}\}|[A-Z][A-Z_]+\b|[a-z][a-z_]*[a-z]\b|X+\b)"),
        (("%",), r"%[A-Za-z_]{2,40}%"),  # %TOPIC%
        (("__",), r"(?<!\w)__[A-Z][A-Z_]{0,40}__(?!\w)"),  # __TOPIC__, not __init__
        # "(insert topic here)", "(add link)", "INSERT NAME"
        (("(",), r"\((?:(?:[Ii]nsert|INSERT|[Aa]dd|ADD|[Ee]nter|ENTER|[Nn]ame\s+of)(?![\w-])"
                 r"|(?:[Yy]our|YOUR)\s+(?:name|NAME|title|TITLE|phone|email|e-mail|company|"
                 r"role)\b)[^()\n]{0,50}\)"),
        (("INSERT", "ENTER"), r"\b(?:INSERT|ENTER)(?:[ _][A-Z]{2,}){1,4}\b"),
        # TK ("to come"), NNN, X% and X hours: figures not written yet; not TK Maxx, nor a
        # code glossed in parentheses before the noun it qualifies ("the export and TK (green)
        # grades": a grade's code, which an editor's "TK (add the figure)" is not)
        (("TK",), r"\b(?:TK)+\b(?![ \t]+[A-Z])"
                  r"(?![ \t]*\([a-z]+(?:[ \t][a-z]+)?\)[ \t]+[a-z]+s\b)"),
        (("NNN",), r"\bN{3,}\b"),
        (("X",), r"\bX(?=%|[ \t]+(?:hours|days|weeks|months|years|percent|per[ \t]+cent|"
                 r"times|people|customers|users|clients|patients)\b)"),
        # [Company], [insert topic] — not [sic], not a Markdown link [text](url), not [1], not
        # a cue of a script read aloud ([pause], [beat], [smile]: a voicemail's stage directions)
        (("[",), r"\[(?!(?:sic|pause|short pause|long pause|beat|smile|breath|breathe|laugh|"
                 r"laughs|beep|tone|wait)\])(?=[^\]\n]*[^\W\d_])[^\[\]\n]{1,60}\](?!\()"),
        # <NAME>, <company name>; an address in brackets has @ or : and is not matched.
        (("<",), r"<[^\W\d_][\w .\-]{0,40}>"),
        (("%",), r"%(?:\(\w+\))?[sd]\b"),  # printf-style
        # a run of them in a number's shape is one slot: "xxx-xxx-xxxx", "XX/XX/XXXX"
        (("XX", "xxx", "TBD", "TODO", "FIXME"),
         r"\b(?:(?:X{2,}|x{3,})(?:(?:[-./]|\)? \(?)(?:X{2,}|x{3,}))*|TBD|TODO|FIXME)\b"),
        (("___", "???"), r"_{3,}|\?{3,}"),  # blanks to fill
        (("[]", "[ ]", "{}", "{ }"), r"\[[ \t]*\]|\{[ \t]*\}"),  # an empty field
        (("XX/",), r"\bX{2}/X{2}/X{2,4}\b"),  # a date not filled in
        # a date with its day or month left as marks: ??/??/2027, DD/MM/YYYY, dd.mm.yy
        (("??/", "/??", "DD/", "dd/", "DD.", "dd.", "MM/"),
         r"(?:\?{2}|\b(?i:dd|mm))[/.](?:\?{2}|(?i:mm|dd))[/.](?:\d{2,4}|\?{2,4}|(?i:yyyy|yy))"
         r"(?![\w?])"),
        (("##",), r"\(?#{3}\)?[ \t.\-]?#{3}[ \t.\-]?#{4}|#{3,}"),  # (###) ###-####
        # a field name alone in brackets, stars or capitals: (topic), *name*, INTERVIEWER
        (("(", "*"), r"(?i:[(*](?:topic|name|company|date|role|position|title|interviewer|"
                     r"link|url|first[ _]name|last[ _]name)[)*])"),
        (("INTERVIEWER", "COMPANY", "FIRSTNAME", "FIRST_NAME", "LASTNAME", "LAST_NAME", "TOPIC",
          "POSITION"),
         r"\b(?:INTERVIEWER|COMPANY|FIRST_?NAME|LAST_?NAME|TOPIC|POSITION)(?:_NAME)?\b"),
        (("orem ipsum",), r"\b[Ll]orem ipsum\b"),
    )
)


# A word that needs a value after it, then the gap, then what follows: "at  or", "is .",
# "Dear ,", ", ." ("Again, .").
_EMPTY_SLOT_RE = re.compile(
    r"(?:\b(?P<word>(?:at|is|are|was|me|to|on|by|from|with|for|of|number|phone|cell|mobile|"
    r"email|e-mail|call|text|reach|Tel|Phone|Email|E-mail|Dear|Hi|Hello|Hey|Again|about|"
    r"the|and|our|your|my|as|named|called|titled|after|before|until|till|since|than|"
    r"around|between|via|meeting|meet|met|join|joining|thank|contact|visit|visiting|"
    r"introduce|introducing))"
    r"|(?P<comma>,))"
    r"(?:[ \t]{2,}(?=[^\W\d_])\w+|[ \t]+(?:\.(?!\.)|[,;:!?)]))"  # not an ellipsis
    r"|^[ \t]*(?P<dear>Dear),"  # "Dear," with no name at all
    # "Dear Ms. ,", "Dear Dr.,": a form of address with the name left out
    r"|\b(?P<prefix>(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?)[ \t]*,(?=[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
# A contact line of a signature left without its value, with another such line or the end of
# the letter after it: "Phone: \nEmail: siobhan@example.com". "Address:" followed by the
# address on the next lines is a heading, not an empty field.
_EMPTY_FIELD_RE = re.compile(
    r"^[ \t]*(?P<label>(?:Phone|Tel|Telephone|Mobile|Cell|Email|E-mail|LinkedIn|Portfolio|"
    r"Website|GitHub|Address)[ \t]*:)[ \t]*\r?$"
    r"(?=\n[ \t]*[A-Z][\w-]*(?:[ \t]+[A-Za-z]+)?[ \t]*:|\s*\Z)",
    re.MULTILINE,
)
_PHONE_WORDS = frozenset({"number", "phone", "call", "reach", "text", "cell", "mobile", "tel"})
_MAIL_WORDS = frozenset({"email", "e-mail", "mail", "write"})
_TIME_WORDS = frozenset({"after", "before", "until", "till", "since", "between", "around"})


def find_placeholders(letter: Letter, context: ProofreadContext) -> list[Finding]:
    text = letter.text
    matches = [
        match.span()
        for triggers, pattern in _PATTERNS if any(trigger in text for trigger in triggers)
        for match in pattern.finditer(text)
    ]
    fills: dict[tuple[int, int], str | None] = {}
    if "  " in text or " ." in text or " ," in text or " ;" in text or " :" in text or \
            "Dear," in text or ".," in text:
        for match in _EMPTY_SLOT_RE.finditer(text):
            span = match.span()
            if match.group("dear"):
                span = match.span("dear")[0], span[1]
            elif match.group("prefix"):
                span = match.span("prefix")[0], span[1]
            elif match.group("comma") and text[span[1] - 1] not in ".;:!?":
                continue  # ", ," or ",  word": only ", ." is an empty slot
            matches.append(span)
            fills[span] = _fill_empty(text, match, context)
    if ":" in text:
        for match in _EMPTY_FIELD_RE.finditer(text):
            span = match.span("label")
            matches.append(span)
            fills[span] = None
    if text.lstrip().startswith("["):
        matches = [span for span in matches if not _script_heading(text, span)]
    findings: list[Finding] = []
    taken_until = -1
    for start, end in sorted(matches, key=lambda span: (span[0], -span[1])):
        if start < taken_until:
            continue  # inside a longer placeholder: ${name} is not also {name}
        taken_until = end
        if (start, end) in fills:
            findings.append(letter.finding(
                "placeholder", start, end, "Something is missing here: fill it in or rewrite "
                "the sentence before sending.", fills[(start, end)],
            ))
            continue
        findings.append(letter.finding(
            "placeholder", start, end, "Leftover placeholder: fill it in before sending.",
            _fill_for(text[start:end], context),
        ))
    return findings


# What a text read aloud or left on a phone is called: the heading a writer puts above a
# voicemail's script ("[Voicemail script, call to ...]"), as its stage directions are its own.
_SCRIPT_HEADING_RE = re.compile(r"\[[ \t]*(?:voicemail|voice[ \t]+mail|voice[ \t]+message|"
                                r"phone[ \t]+(?:call|message|script)|call[ \t]+script|"
                                r"script|transcript)\b[^\]\n]*\][ \t]*$",
                                re.IGNORECASE | re.MULTILINE)


def _script_heading(text: str, span: tuple[int, int]) -> bool:
    """The bracket is the letter's first line and names it a script or a voicemail: a heading
    that says what the text is for, not a field left to fill. Anywhere else, or naming
    anything else ("[Interviewer name]" on the first line), it is still a placeholder."""
    start, end = span
    if text[:start].strip():
        return False
    heading = _SCRIPT_HEADING_RE.match(text, start)
    return heading is not None and heading.end() >= end


def _fill_empty(text: str, match: re.Match[str], context: ProofreadContext) -> str | None:
    """The span with the missing value put in, when the words before say what it is."""
    word = match.group("word") or match.group("dear")
    if word is None:
        return None
    before = set(re.findall(r"[a-z-]+", text[max(0, match.start() - 40):match.end()].lower()))
    if word.casefold() in _TIME_WORDS:
        return None  # "call any time after .": a date or a time, which we don't know
    if word.casefold() in {"dear", "hi", "hello", "hey"}:
        value: str | None = _fill_for("[interviewer name]", context)
    elif before & _MAIL_WORDS and not before & _PHONE_WORDS:
        value = context.candidate_email
    elif before & _PHONE_WORDS:
        value = context.candidate_phone
    else:
        value = None
    if not value:
        return None
    rest = match.group()[len(word):].lstrip(" \t")
    return f"{word} {value}{'' if rest[:1] in '.,;:!?)' else ' '}{rest}"


def _fill_for(placeholder: str, context: ProofreadContext) -> str | None:
    """Guess the context value a placeholder stands for from the words inside it."""
    words = set(re.findall(r"[a-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", placeholder).lower()))
    interviewer = context.interviewer
    name_parts = interviewer.name.split()
    if words & {"company", "employer", "organization", "organisation", "firm", "org"}:
        return context.company_short_name
    own = words & {"my", "candidate", "sender", "signature", "me"}
    # "[Your Name]" in a template is the writer's own name; "[Interviewer name]" is not.
    if own or ("your" in words and words & {"name", "email", "phone"}
               and not words & {"interviewer", "their", "recipient"}):
        if words & {"email", "mail"}:
            return context.candidate_email
        if words & {"phone", "number", "tel"}:
            return context.candidate_phone
        return context.candidate_name
    if words & {"date", "day", "when"}:
        return _interview_day(context)
    if words & {"topic", "topics", "subject", "discussed"}:
        return context.topics_discussed[0] if context.topics_discussed else None
    if "title" in words or ("position" in words and words & {"their", "his", "her"}):
        return interviewer.title
    if words & {"role", "position", "job", "opening"}:
        return context.role
    if words & {"first", "firstname", "given"}:
        return name_parts[0]
    if words & {"last", "lastname", "surname", "family"}:
        return name_parts[-1]
    if words & {"name", "interviewer", "recipient", "manager", "contact", "person", "you"}:
        if "full" in words or not interviewer.prefix:
            return interviewer.name
        return f"{interviewer.prefix} {name_parts[-1]}"
    return None


def _interview_day(context: ProofreadContext) -> str | None:
    start = context.interview_start
    if start is None:
        return None
    return f"{start:%B} {start.day}"
