"""Small pieces of English for drafts: a debrief's topic as a noun phrase with its article,
a strength as something the candidate did, a list in words.

A debrief says "real-time analytics roadmap", "team of six analysts", "migrating the warehouse
to Snowflake", "data quality checks". In a sentence the first two need "the"; a gerund, a
plural, a mass noun ("team growth", "data governance") or a name ("Kafka") takes none.
"""

from __future__ import annotations

import re

_DETERMINERS = frozenset({
    "a", "an", "the", "your", "our", "their", "its", "his", "her", "my", "this", "that",
    "these", "those", "how", "what", "why", "when", "where", "whether", "which", "who", "some",
    "any", "each", "every", "both", "all", "one", "two", "three", "four", "five", "six",
    "several", "many", "much", "more", "most", "no",
})
_PREPOSITIONS = frozenset({
    "of", "to", "for", "in", "on", "with", "from", "at", "between", "across", "into", "over",
    "under", "around", "about", "versus", "vs", "vs.", "within", "without", "through", "by",
})
# Nouns a debrief uses without an article ("team growth", "data governance", "relocation").
_MASS = frozenset({
    "growth", "quality", "culture", "governance", "compliance", "research", "analytics",
    "infrastructure", "data", "software", "leadership", "hiring", "onboarding", "mentorship",
    "ownership", "on-call", "oncall", "tooling", "security", "privacy", "safety", "reliability",
    "observability", "scalability", "availability", "latency", "performance", "relocation",
    "compensation", "documentation", "automation", "communication", "collaboration",
    "innovation", "information", "education", "regulation", "accessibility", "design",
    "strategy", "pricing", "funding", "revenue", "retention", "churn", "feedback", "budget",
    "teamwork", "work", "remote", "travel", "equity", "diversity", "inclusion", "benefits",
    "management", "engineering", "operations", "logistics", "finance", "marketing", "sales",
    "support", "maintenance", "architecture", "debt", "technology", "health", "care",
    "healthcare", "interoperability", "continuity", "capacity", "throughput", "traffic",
    "risk", "change", "progress", "experience", "training", "planning", "scheduling",
    "staffing", "coverage", "testing", "monitoring", "alerting", "forecasting", "demand",
    # Fields of work named by what they do ("speech recognition", "fraud detection"): "our
    # discussion of the speech recognition" is not what a person writes.
    "recognition", "detection", "classification", "segmentation", "translation",
    "transcription", "localization", "localisation", "optimization", "optimisation",
    "personalization", "personalisation", "visualization", "visualisation", "authentication",
    "authorization", "authorisation", "verification", "validation", "prediction",
    "recommendation", "moderation", "fulfilment", "fulfillment",
})
_ENDS_PLURAL_RE = re.compile(r"[^su]s$|[^s]es$|Os$|s'$")


def _is_plural(word: str) -> bool:
    bare = word.strip(".,;:")
    if bare.casefold() in _MASS or bare.casefold().endswith(("ics", "ss", "us", "is")):
        return False
    return bool(_ENDS_PLURAL_RE.search(bare)) or (len(bare) > 1 and bare.endswith("s")
                                                 and bare[:-1].isupper())


def _head(words: list[str]) -> str:
    """The word a phrase is about: the last before a real prepositional phrase ("team" in
    "team of six analysts"), else the last word ("pipeline" in "Kafka to PostgreSQL
    pipeline", where "to PostgreSQL" is part of a compound)."""
    for n, word in enumerate(words[1:], start=1):
        if word.casefold() not in _PREPOSITIONS or n + 1 >= len(words):
            continue
        following = words[n + 1]
        compound = following[:1].isupper() and n + 2 < len(words) \
            and words[-1][:1].islower()
        if not compound:
            return words[n - 1]
    return words[-1]


def topic_phrase(topic: str) -> str:
    """A debrief's topic as it reads after "about" or "of": with "the" when it is one
    countable thing ("the real-time analytics roadmap", "the team of six analysts"), as written
    otherwise ("data quality checks", "migrating the warehouse", "team growth", "Kafka")."""
    text = " ".join(topic.split()).rstrip(".;:")
    words = text.split()
    if not words:
        return ""
    first = words[0]
    if first.casefold() in _DETERMINERS or first[:1].isdigit() or first.endswith("'s"):
        return text
    if first.islower() and first.endswith("ing") and len(first) > 5 and (
            len(words) == 1 or words[1].casefold() in _DETERMINERS | _PREPOSITIONS
            or words[1][:1].isupper()):
        return text  # a gerund: "migrating the warehouse", "scaling Kafka", "forecasting"
    head = _head(words)
    if _is_plural(head) or head.casefold() in _MASS or head.casefold().endswith(("ing", "ity")):
        return text
    if head[:1].isupper() and head is words[-1] and len(words) == 1:
        return text  # a name on its own: "Kafka", "Snowflake"
    if head.isupper() and len(words) == 1:
        return text  # an acronym on its own: "SLO", "HIPAA"
    return f"the {text}"


def deed(phrase: str) -> str:
    """A strength as it follows "I": "Cut cloud costs 30%" -> "cut cloud costs 30%"; a
    name or an acronym keeps its capital."""
    text = " ".join(phrase.split()).rstrip(".")
    first = text.split(" ", 1)[0] if text else ""
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def upper_first(text: str) -> str:
    """"cut cloud costs" -> "Cut cloud costs" (str.capitalize would also lower "Acme")."""
    return text[:1].upper() + text[1:]

