"""Wrong company: the letter names the employer of another application.

A company can be written many ways, so each other employer is searched under its legal
name, its name without the legal form ("Bellweather Freight, Inc." -> "Bellweather Freight"),
with "and" for "&" and back, and by its first word when that word is a name rather than an
English word ("Bellweather", but not "Summit" of "Summit Health"). Forms that also name the
right employer are dropped, so two companies sharing a word never collide.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pursuit.core.proofread.context import ProofreadContext, without_legal_suffix
from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import words_of


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
    return sorted((form for form in forms if form), key=len, reverse=True)


def _pattern(forms: list[str]) -> re.Pattern[str]:
    # Case-sensitive: company names are capitalised; whitespace may be a line break.
    alternatives = [r"\s+".join(re.escape(word) for word in form.split()) for form in forms]
    return re.compile(r"(?<![\w&])(?:" + "|".join(alternatives) + r")(?![\w&])")


def find_wrong_companies(letter: Letter, context: ProofreadContext,
                         is_english_word: Callable[[str], bool]) -> list[Finding]:
    if not context.other_applications:
        return []
    right_forms: set[str] = set()
    for right in (context.company, *context.company_aliases):
        right_forms.update(form.casefold() for form in company_forms(right, is_english_word))
    findings = []
    for other in context.other_applications:
        forms = [form for form in company_forms(other, is_english_word)
                 if form.casefold() not in right_forms]
        if not forms:
            continue
        for match in _pattern(forms).finditer(letter.text):
            # The full legal name calls for the full legal name; a short form, the short name.
            mention = " ".join(match.group().split())
            legal = without_legal_suffix(other) != other.strip() and mention == other.strip()
            suggestion = context.company if legal else context.company_short_name
            findings.append(letter.finding(
                "wrong_company", match.start(), match.end(),
                f"{match.group()} is another application's employer; this letter goes to "
                f"{context.company_short_name}.", suggestion,
            ))
    return findings
