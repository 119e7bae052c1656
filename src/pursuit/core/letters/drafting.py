"""What a draft says to one person: the fields a letter template is filled in with.

The advice: "Include in each of your thank you emails a specific topic you discussed during the
interview stating how your experience will meet their needs", and "try to vary each a bit in
case recipients compare notes". So each interviewer's draft gets one or two of their own
topics, each in a sentence of its own, a strength that answers the first one, another that
answers what the person cares about, and a `variant` (their place in the panel) that picks a
different wording of every part (`phrases.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pursuit.core.letters.grammar import deed, topic_phrase
from pursuit.core.letters.phrases import Talk, thank_you_lines

# Words too common to say that a strength fits a topic.
_STOPWORDS = frozenset({
    "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "been", "by", "company",
    "for", "from", "her", "his", "i", "in", "into", "is", "it", "its", "job", "more", "most",
    "my", "new", "of", "on", "or", "our", "over", "position", "role", "team's", "that", "the",
    "their", "they", "this", "to", "under", "very", "was", "we", "were", "with", "work",
    "working", "you", "your",
})
_WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
VARIANTS = 3  # a user's template is checked with this many variants before it is saved
MAX_TOPICS = 2  # "a specific topic": one or two per letter, each in its own sentence


@dataclass(frozen=True, slots=True)
class Strength:
    """A short phrase the candidate can prove, written as something they did
    ("cut cloud costs 30% at Acme"), with its evidence and extra keywords."""

    phrase: str
    evidence: str = ""
    keywords: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    prefix: str = ""
    title: str = ""
    company: str = ""
    email: str = ""
    address: str = ""  # lines as on the card (or the employer's mailing address)


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    email: str = ""
    phone: str = ""
    linkedin: str = ""
    signature: str = ""
    address: str = ""


@dataclass(frozen=True, slots=True)
class LetterInput:
    """Everything one draft may draw on. `variant` is the recipient's position in the round
    (0, 1, 2...) or the follow-up's number, so that siblings never read alike."""

    candidate: Candidate
    recipient: Person
    employer: str
    role: str
    today: date
    interview_day: date | None = None
    interview_format: str = ""
    round_number: int | None = None
    topics: tuple[str, ...] = ()
    cares_about: str = ""
    strengths: tuple[Strength, ...] = ()
    interviewers: tuple[Person, ...] = ()
    relationship: str = ""
    variant: int = 0
    week: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Fit:
    """A strength that fits this person, and the topic it answers (None when it fits what
    they care about rather than a topic, or nothing fits and it is the fallback)."""

    strength: Strength
    topic: str | None
    score: int


def words(text: str) -> set[str]:
    """Content words, lower-cased, with a crude stem so "mentoring" meets "mentor"."""
    return {_stem(w) for w in _WORD_RE.findall(text.casefold()) if w not in _STOPWORDS}


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def fitting_strengths(strengths: Sequence[Strength], topics: Sequence[str],
                      cares_about: str = "", *, limit: int = 2,
                      variant: int = 0) -> list[Fit]:
    """The strengths that share words with this person's topics or what they care about,
    best first (ties keep the candidate's own order). When none fits, one strength is still
    offered, chosen by `variant`, so a draft always has something to stand on."""
    if not strengths:
        return []
    topic_words = [(topic, words(topic)) for topic in topics]
    cares = words(cares_about)
    fits = []
    for order, strength in enumerate(strengths):
        own = words(" ".join((strength.phrase, strength.evidence, strength.keywords)))
        best_topic, best = None, 0
        for topic, wanted in topic_words:
            overlap = len(own & wanted)
            if overlap > best:
                best_topic, best = topic, overlap
        score = best * 2 + len(own & cares)
        if score:
            fits.append((-score, order, Fit(strength, best_topic, score)))
    if not fits:
        return [Fit(strengths[variant % len(strengths)], None, 0)]
    return [fit for _, _, fit in sorted(fits, key=lambda item: item[:2])][:limit]


def strongest_points(strengths: Sequence[Strength], topics: Sequence[str], cares_about: str,
                     *, limit: int = 3) -> list[Strength]:
    """For the postal letter's summary: the fitting strengths first, then the others."""
    fitting = [fit.strength for fit in fitting_strengths(strengths, topics, cares_about,
                                                         limit=limit) if fit.score]
    rest = [s for s in strengths if s not in fitting]
    return (fitting + rest)[:limit]


@dataclass(frozen=True, slots=True)
class Answers:
    """What one letter says about the conversation: at most two topics, the topic a strength
    answers first; that strength (`tie`); the strength that answers what the person cares
    about; and a `spare` strength for a letter whose debrief calls for none in particular."""

    topics: tuple[str, ...]
    tie: Strength | None
    cares: Strength | None
    spare: Strength | None


def answers(data: LetterInput) -> Answers:
    """The topics and strengths of one letter. The tie is the strength that shares most words
    with a topic; what the person cares about is answered by the strength that shares most
    words with it among the others, else by another strength (chosen by `variant`, so a panel
    hears of different ones), so the two sentences never repeat one strength."""
    strengths = list(data.strengths)
    tie_fit = next((fit for fit in fitting_strengths(strengths, data.topics, limit=1)
                    if fit.score and fit.topic), None)
    tie = tie_fit.strength if tie_fit else None
    topics = list(data.topics)
    if tie_fit and tie_fit.topic in topics:
        topics.remove(tie_fit.topic)
        topics.insert(0, tie_fit.topic)
    others = [s for s in strengths if s is not tie]
    cares = None
    if data.cares_about.strip() and others:
        fits = fitting_strengths(others, (), data.cares_about, limit=1, variant=data.variant)
        cares = fits[0].strength if fits else None
    spare = None
    if tie is None and cares is None and strengths:
        spare = strengths[data.variant % len(strengths)]
    return Answers(tuple(t for t in topics if t.strip())[:MAX_TOPICS], tie, cares, spare)


def spoken_phone(phone: str) -> str:
    """A phone number grouped the way one says it slowly: "+1 312 555 0100" -> "312, 555,
    0100"; numbers of other shapes keep their own grouping."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]  # the country code of the US and Canada is not said
    if len(digits) == 10:
        return f"{digits[:3]}, {digits[3:6]}, {digits[6:]}"
    return ", ".join(phone.replace("-", " ").split())


def list_words(items: Sequence[str]) -> str:
    """["a", "b", "c"] -> "a, b and c"."""
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _name_parts(person: Person) -> tuple[str, str]:
    parts = person.name.split()
    if not parts:
        return "", ""
    return parts[0], parts[-1]


def _salutation(person: Person) -> str:
    """"Dr. Okonkwo" with a courtesy prefix, else the first name (a thank-you after a
    conversation is on first-name terms unless the card says otherwise)."""
    first, last = _name_parts(person)
    return f"{person.prefix} {last}" if person.prefix else first


def _day(d: date | None) -> str:
    return f"{d:%B} {d.day}" if d else ""


def _signature(candidate: Candidate) -> str:
    if candidate.signature.strip():
        return candidate.signature.strip()
    return "\n".join(line for line in (candidate.name, candidate.phone, candidate.email) if line)


def _person(person: Person) -> dict[str, Any]:
    first, last = _name_parts(person)
    return {
        "name": person.name, "first_name": first, "last_name": last, "prefix": person.prefix,
        "full_name": f"{person.prefix} {person.name}".strip(),
        "salutation": _salutation(person), "title": person.title, "company": person.company,
        "email": person.email,
        "address_lines": [line.strip() for line in person.address.splitlines() if line.strip()],
    }


def _strength(strength: Strength, topic: str | None = None) -> dict[str, Any]:
    evidence = strength.evidence.strip().rstrip(".")
    return {"phrase": deed(strength.phrase), "evidence": evidence,
            "topic": topic_phrase(topic) if topic else ""}


def template_context(data: LetterInput) -> dict[str, Any]:
    """The fields a letter template can use (listed for users on the template page)."""
    fits = fitting_strengths(data.strengths, data.topics, data.cares_about,
                             variant=data.variant)
    said = answers(data)
    phrases = [topic_phrase(topic) for topic in data.topics]
    cares = " ".join(data.cares_about.split()).rstrip(".")
    weekday = f"{data.interview_day:%A}" if data.interview_day else ""
    lines = thank_you_lines(Talk(
        employer=data.employer, role=data.role, weekday=weekday,
        topics=tuple(topic_phrase(topic) for topic in said.topics),
        tie=deed(said.tie.phrase) if said.tie else "", cares=cares,
        cares_deed=deed(said.cares.phrase) if said.cares else "",
        spare=deed(said.spare.phrase) if said.spare else ""), data.variant)
    first, _ = _name_parts(Person(data.candidate.name))
    context: dict[str, Any] = {
        "candidate": {
            "name": data.candidate.name, "first_name": first, "email": data.candidate.email,
            "phone": data.candidate.phone, "phone_slowly": spoken_phone(data.candidate.phone),
            "linkedin": data.candidate.linkedin, "signature": _signature(data.candidate),
            "address_lines": [line.strip() for line in data.candidate.address.splitlines()
                              if line.strip()],
        },
        "recipient": _person(data.recipient),
        "employer": data.employer,
        "role": data.role,
        "interview": {
            "day": _day(data.interview_day),
            "weekday": weekday,
            "format": data.interview_format, "round": data.round_number or 0,
        },
        "topics": list(data.topics),
        "topic_phrases": phrases,
        "topic_list": list_words(phrases),
        "cares_about": cares,
        "lines": lines,
        "strengths": [_strength(fit.strength, fit.topic) for fit in fits],
        "top_strengths": [_strength(s) for s in strongest_points(
            data.strengths, data.topics, data.cares_about)],
        "interviewers": [_person(p) for p in data.interviewers],
        "interviewer_list": list_words([
            f"{p.name} ({p.title})" if p.title else p.name for p in data.interviewers]),
        "relationship": data.relationship,
        "variant": data.variant,
        "week": data.week or 0,
        "today": f"{data.today:%B} {data.today.day}, {data.today.year}",
    }
    context.update(data.extra)
    return context
