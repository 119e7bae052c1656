"""The rules' case-blind patterns run on the letter in lower case (tokens.lowered/caseless):
they must find exactly what a case-blind pattern finds on the text, at the same offsets."""

import re
import sys

import pytest

from pursuit.core.proofread import Interviewer, ProofreadContext, proofread
from pursuit.core.proofread.tokens import caseless, lowered, word_first


def test_lowered_keeps_every_offset() -> None:
    """No character lowers to more or fewer than one ("İ" lowers to two in Python): a match
    on the lowered letter must point at the same place in the letter."""
    changed = [hex(point) for point in range(sys.maxunicode + 1)
               if point < 0xD800 or point > 0xDFFF
               if len(lowered(chr(point))) != 1]
    assert changed == []


def test_lowered_matches_what_a_case_blind_ascii_letter_matches() -> None:
    """Every character a case-blind [a-z] takes for a letter lowers to that letter (the
    Kelvin sign, the long s, dotted and dotless i included), and none that it does not."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for point in range(sys.maxunicode + 1):
        if 0xD800 <= point <= 0xDFFF:
            continue
        char = chr(point)
        low = lowered(char)
        if letter.fullmatch(char):
            assert "a" <= low <= "z" and re.fullmatch(low, char, re.IGNORECASE), hex(point)
        else:
            assert not "a" <= low <= "z", hex(point)


@pytest.mark.parametrize("pattern", [
    r"\b(?:from|with|hear)\s+(?:a|an)\s+",
    r"\bI\s+(?:really\s+)?need\s+(?:this|a\s+job)\b",
    r"(?P<w>Then)\s+[A-Z]\w*",
    r"\bstra(?:ss|ß)e\b|\bKÖLN\b",
    r"\S+\s+\bAS\b\s+\D",
    # a leading word, written first by caseless (word_first)
    r"\byour\s+(?:[a-z]+\s+){1,2}?as\s+(?:a|an|the)?\s*",
    r"\bpar[ií]s\b|\bthen",
    r"\bcolou?r|\bi\s+need",
    r"\bKö?ln\b",
])
@pytest.mark.parametrize("text", [
    "Hearing FROM A Director was a treat; i need A JOB, I Really Need this.",
    "İstanbul'daki KELVIN \u212aelvin ſo THEN Then Paris then paris",
    "Straße STRASSE Köln KÖLN köln, AS a manager AS 12",
    "Your time as a Manager; yourself as; _your role as the lead, 2your work as an; Color "
    "COLOR colr colour; xi need, I need; Kln kln_Köln; ParÍs; athen; Then",
])
def test_caseless_finds_what_ignorecase_finds(pattern: str, text: str) -> None:
    blind = re.compile(pattern, re.IGNORECASE)
    assert [m.span() for m in caseless(pattern).finditer(lowered(text))] == \
        [m.span() for m in blind.finditer(text)]


def test_caseless_refuses_a_pattern_that_asks_for_case() -> None:
    with pytest.raises(ValueError):
        caseless(r"\bprincipal\s+of\s+(?-i:[a-z]+ity)\b")
    with pytest.raises(ValueError):
        caseless(r"\bthen\b", re.IGNORECASE)


def test_a_letter_with_a_turkish_capital_keeps_its_findings_in_place() -> None:
    """Capital İs before the mistakes (each lowers to two characters in Python): the
    findings of the rules that read the lowered letter still cover the words written."""
    text = ("Dear Ms. Kaya,\n\nThank you for the tour of the İzmir and İnegöl plants. I am "
            "desperate, please give me a chance, I need this job. I would love to here more "
            "about the line.\n\nBest,\nAli")
    context = ProofreadContext(company="Ege Textiles",
                               interviewer=Interviewer(name="Derya Kaya"))
    found = {finding.type: finding.text or "" for finding in proofread(text, context)}
    assert found["desperate_tone"].startswith("desperate")
    assert found["desperate_tone"].endswith("job")
    assert found["misspelling"] == "here"


# (pattern, whether word_first rewrites it)
LEADING = [
    (r"\byour\s+role", True), (r"\bcolou?r", True), (r"\bi{2}x", False),
    (r"\bplease|\bkindly", True), (r"\bi\s+need", True), (r"\b(?:a|an)\s+", True),
    (r"(?:\bour)\b", False), (r"\bnaïve", True), (r"\b_x", False), (r"\bx*", False),
    (r"\b2nd", False), (r"\b(?:take|accept|do)\s+any\b", True),
    (r"\b(?:ago|go)\s", False),  # "go" ends "ago": left as written
    (r"\b(?:our|hour)\b", False), (r"\b(?:a|an)?x", False), (r"\b(?:a|an|a)\s", True),
    (r"\b(?:out\s+of|unemployed)", False),
]


@pytest.mark.parametrize(("pattern", "rewrites"), LEADING)
@pytest.mark.parametrize("text", [
    "your role, yourrole, tyour role, _your role, 9your role, éyour role",
    "color colour colouur xcolor _colour", "iix xiix iiix ii x", "please kindly pleasekindly",
    "i need xi need  i  need", "a an ana  an a", "our hour _our", "naïve anaïve", "_x __x",
    "xxx yx ax anx", "2nd 22nd a2nd", "take any, retake any, do any doany _do any",
    "ago go xago, ago", "unemployed out of work",
])
def test_a_leading_word_is_written_first_and_matches_the_same(pattern: str, rewrites: bool,
                                                               text: str) -> None:
    """word_first moves a leading \\b after the word or the group of words (re then skips
    ahead to their first letters, far faster on a whole letter) without changing a single
    match, at any starting offset; other patterns are left as they were."""
    rewritten = word_first(pattern)
    assert (rewritten != pattern) == rewrites
    before, after = re.compile(pattern), re.compile(rewritten)
    for pos in range(len(text)):
        assert [m.span() for m in after.finditer(text, pos)] == \
            [m.span() for m in before.finditer(text, pos)]
        assert bool(after.match(text, pos)) == bool(before.match(text, pos))
