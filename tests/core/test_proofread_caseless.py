"""The rules' case-blind patterns run on the letter in lower case (tokens.lowered/caseless):
they must find exactly what a case-blind pattern finds on the text, at the same offsets."""

import re
import sys

import pytest

from pursuit.core.proofread import Interviewer, ProofreadContext, proofread
from pursuit.core.proofread.tokens import caseless, lowered


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
])
@pytest.mark.parametrize("text", [
    "Hearing FROM A Director was a treat; i need A JOB, I Really Need this.",
    "İstanbul'daki KELVIN \u212aelvin ſo THEN Then Paris then paris",
    "Straße STRASSE Köln KÖLN köln, AS a manager AS 12",
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
