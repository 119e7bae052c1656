"""Check that the proofreader evaluation set is well formed; print what it contains.

Run from anywhere: ``python tests/proofread_eval/check_manifest.py``, or give it the directory
of another batch in the same layout: ``python tests/proofread_eval/check_manifest.py batch2``
(or ``batch3``, ``batch4``, ``batch5``; a name that is not a directory is looked up beside this
file). It does not run the proofreader. It checks that every letter, context and sibling path
exists, that every expected ``text`` occurs verbatim in its letter, that every ``sibling``
named by a finding is one of the case's listed siblings, that panels list each other
symmetrically, and that near-duplicate labels are given on both letters of a pair. It also
checks the parts of the span convention (README.md, "Spans") that can be checked mechanically:
a duplicated word's text is one word twice; a label's text and suggestion do not begin or end
with the same word unless that word belongs to the card's own name, title or company; a wrong
name carries no greeting or form of address; a wrong title or company carries no article or
preposition at its edges and no possessive ending. Exit status 0 when all is well, 1
otherwise, 2 when the directory has no manifest.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

TYPES = {
    "misspelling",
    "duplicated_word",
    "wrong_interviewer_name",
    "wrong_interviewer_title",
    "wrong_company",
    "placeholder",
    "desperate_tone",
    "near_duplicate_sibling",
}
NEEDS_SUGGESTION = {
    "misspelling",
    "wrong_interviewer_name",
    "wrong_interviewer_title",
    "wrong_company",
}
# Words that sit next to a name, title or company in a letter but are never part of the label
# (README.md, "Spans"): a label that starts with one took its context along.
GREETINGS = {"dear", "hi", "hello", "hey", "good", "morning", "afternoon"}
FORMS_OF_ADDRESS = {"mr", "mrs", "ms", "miss", "mx", "dr", "dra", "prof", "professor", "sir",
                    "madam", "rev", "ing", "frau", "herr", "mme", "m", "sr", "sra"}
# Any case ("As Head of ...", "A Director of ..."), except that a company may begin with a
# capital "The" of its own ("The Ashdown Club"); "the Ashdown Club" still took context along.
EDGE_FUNCTION_WORDS = {"a", "an", "the", "as", "at", "our", "your", "my", "their", "its", "for",
                       "to", "of", "and", "in", "with", "from", "join", "by", "on"}
POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$")
EDGE_PUNCTUATION = ".,;:!?\"'\u2019\u2018\u201c\u201d()[]"

CONTEXT_KEYS = {
    "candidate",
    "company",
    "company_aliases",
    "role",
    "interview",
    "interviewer",
    "topics_discussed",
    "candidate_strengths",
    "other_applications",
}


def _word(token: str) -> str:
    """A word as the span checks compare it: case and surrounding punctuation aside."""
    return token.strip(EDGE_PUNCTUATION).lower()


def _card_words(kind: str, context: dict) -> set[str]:
    """Words of the card's own value for a label's type: shared edge words from here are the
    name's, title's or company's own words ("Head of ..." to "Head of ..."), not context."""
    interviewer = context.get("interviewer", {})
    if kind == "wrong_interviewer_name":
        values = [interviewer.get("name", "")]
    elif kind == "wrong_interviewer_title":
        values = [interviewer.get("title", "")]
    elif kind == "wrong_company":
        values = [context.get("company", ""), *context.get("company_aliases", [])]
    else:
        return set()
    return {_word(token) for value in values for token in value.split()}


def span_problems(finding: dict, context: dict) -> list[str]:
    """What breaks the span convention of README.md ("Spans") in one label, as messages.

    Only the mechanical parts: a duplicated word must be exactly one word twice, and a label
    with a suggestion must not share its first or last word with the suggestion (words around
    the mistake copied into both), nor, for a name, title or company, carry a greeting, a form
    of address, an article or preposition at its edge or a possessive ending. The scorer
    matches on the exact text, so a wider span can never be matched.
    """
    kind = finding.get("type")
    span = finding.get("text") or ""
    label = f"{kind} {span!r}"
    problems: list[str] = []
    tokens = span.split()
    if kind == "duplicated_word":
        if len(tokens) != 2 or _word(tokens[0]) != _word(tokens[1]):
            problems.append(f"{label}: a duplicated word's text should be the one word twice "
                            f"(e.g. 'the the'), without the words around it")
        return problems
    suggestion = str(finding.get("suggestion") or "")
    fix = suggestion.split()
    if not fix or not tokens:
        return problems
    own = _card_words(str(kind), context)
    for edge, a, b in (("begin", tokens[0], fix[0]), ("end", tokens[-1], fix[-1])):
        if _word(a) == _word(b) and _word(a) not in own:
            problems.append(f"{label} -> {suggestion!r}: text and suggestion {edge} with the same "
                            f"word {_word(a)!r}; label only the words that differ")
    if kind == "wrong_interviewer_name":
        first = _word(tokens[0])
        if first in GREETINGS or first in FORMS_OF_ADDRESS:
            problems.append(f"{label}: a wrong name is the name as written, without "
                            f"{tokens[0]!r} (no greeting, no Mr/Ms/Dr)")
    if kind in ("wrong_interviewer_title", "wrong_company"):
        values = [context.get("company", ""), *context.get("company_aliases", []),
                  *context.get("other_applications", []),
                  context.get("interviewer", {}).get("title", "")]
        named = {token.lower() for value in values for token in value.split()}
        for text, what in ((span, "text"), (suggestion, "suggestion")):
            words = text.split()
            for token in (words[0], words[-1]):
                if kind == "wrong_company" and token == "The":
                    continue
                if _word(token) in EDGE_FUNCTION_WORDS:
                    problems.append(f"{label}: the {what} starts or ends with {token!r}; label "
                                    f"only the {kind.split('_')[-1]}'s own words")
            # A name that really ends in 's ("Sainsbury's") is spelt so on the card or in
            # other_applications, so it is not taken for a possessive.
            if POSSESSIVE.search(words[-1]) and words[-1].lower() not in named:
                problems.append(f"{label}: the {what} {text!r} ends in a possessive; label the "
                                f"{kind.split('_')[-1]} without 's")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1:
        print("usage: check_manifest.py [BATCH_DIRECTORY]", file=sys.stderr)
        return 2
    root = HERE
    if args:
        root = Path(args[0]) if Path(args[0]).is_dir() else HERE / args[0]
    manifest_path = root / "manifest.json"
    if not manifest_path.is_file():
        print(f"{manifest_path}: no manifest.json there", file=sys.stderr)
        return 2
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    cases = manifest["cases"]
    errors: list[str] = []
    by_letter = {case["letter"]: case for case in cases}
    ids = Counter(case["id"] for case in cases)
    errors += [f"duplicate case id {i}" for i, n in ids.items() if n > 1]
    if len(by_letter) != len(cases):
        errors.append("two cases share a letter")

    counts: Counter[str] = Counter()
    clean = 0
    for case in cases:
        cid = case["id"]
        letter_path = root / case["letter"]
        context_path = root / case["context"]
        if not letter_path.is_file():
            errors.append(f"{cid}: letter {case['letter']} is missing")
            continue
        context: dict = {}
        if not context_path.is_file():
            errors.append(f"{cid}: context {case['context']} is missing")
        else:
            context = json.loads(context_path.read_text(encoding="utf-8"))
            missing = CONTEXT_KEYS - context.keys()
            if missing:
                errors.append(f"{cid}: context lacks {sorted(missing)}")
            for key in ("name", "title", "email", "prefix"):
                if key not in context.get("interviewer", {}):
                    errors.append(f"{cid}: context interviewer lacks {key}")
        text = letter_path.read_text(encoding="utf-8")
        siblings = case["siblings"]
        if case["letter"] in siblings:
            errors.append(f"{cid}: lists itself as a sibling")
        for sibling in siblings:
            if not (root / sibling).is_file():
                errors.append(f"{cid}: sibling {sibling} is missing")
            elif sibling not in by_letter:
                errors.append(f"{cid}: sibling {sibling} is not a case of the manifest")
            elif case["letter"] not in by_letter[sibling]["siblings"]:
                errors.append(f"{cid}: {sibling} does not list {case['letter']} back")
        if not isinstance(case.get("known_words"), list):
            errors.append(f"{cid}: known_words is not a list")
        expected = case["expected"]
        if not expected:
            clean += 1
        for finding in expected:
            kind = finding.get("type")
            counts[kind] += 1
            if kind not in TYPES:
                errors.append(f"{cid}: unknown type {kind!r}")
                continue
            if kind == "near_duplicate_sibling":
                sibling = finding.get("sibling")
                if sibling not in siblings:
                    errors.append(f"{cid}: near-duplicate {sibling} is not a listed sibling")
                    continue
                back = by_letter[sibling]["expected"]
                if not any(f.get("sibling") == case["letter"] for f in back):
                    errors.append(f"{cid}: {sibling} does not name {case['letter']} back")
                continue
            span = finding.get("text")
            if not span:
                errors.append(f"{cid}: {kind} has neither text nor sibling")
            elif span not in text:
                errors.append(f"{cid}: {kind} text {span!r} does not occur in the letter")
            if kind in NEEDS_SUGGESTION and not finding.get("suggestion"):
                errors.append(f"{cid}: {kind} {span!r} has no suggestion")
            errors += [f"{cid}: {problem}" for problem in span_problems(finding, context)]

    panels = Counter(case["id"].split("-")[0] for case in cases if case["siblings"])
    singles = sum(1 for case in cases if not case["siblings"])
    print(f"{len(cases)} letters: {len(panels)} panels ({sum(panels.values())} letters), "
          f"{singles} single letters, {clean} clean letters")
    print("panel sizes: " + ", ".join(f"{p}={n}" for p, n in sorted(panels.items())))
    for kind in sorted(TYPES):
        print(f"  {kind:26} {counts[kind]:3}")
    print(f"  {'total findings':26} {sum(counts.values()):3}")
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for error in errors:
            print("  " + error, file=sys.stderr)
        return 1
    print("manifest OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
