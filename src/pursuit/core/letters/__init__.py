"""Letters: the user's templates rendered in a sandbox, and drafts fitted to each person.

Pure: no Django, no clock, no I/O besides reading the shipped templates from the package.

    text = render_text(default_template("thank_you_email").body,
                       template_context(LetterInput(...)))
"""

from __future__ import annotations

from pursuit.core.letters.address import (
    address_block,
    country_of,
    destination,
    postal_lines,
    sender_block,
)
from pursuit.core.letters.defaults import (
    KINDS,
    WITH_SUBJECT,
    Kind,
    TemplateText,
    default_template,
    split_subject,
)
from pursuit.core.letters.drafting import (
    VARIANTS,
    Answers,
    Candidate,
    Fit,
    LetterInput,
    Person,
    Strength,
    answers,
    fitting_strengths,
    list_words,
    spoken_phone,
    strongest_points,
    template_context,
)
from pursuit.core.letters.grammar import deed, topic_phrase
from pursuit.core.letters.missing import Missing, missing_of
from pursuit.core.letters.render import Rendered, check_syntax, render_draft, render_text, tidy
from pursuit.core.letters.sample import sample_input

__all__ = [
    "KINDS",
    "VARIANTS",
    "WITH_SUBJECT",
    "Answers",
    "Candidate",
    "Fit",
    "Kind",
    "LetterInput",
    "Missing",
    "Person",
    "Rendered",
    "Strength",
    "TemplateText",
    "address_block",
    "answers",
    "check_syntax",
    "country_of",
    "deed",
    "default_template",
    "destination",
    "fitting_strengths",
    "list_words",
    "missing_of",
    "postal_lines",
    "render_draft",
    "render_text",
    "sample_input",
    "sender_block",
    "split_subject",
    "spoken_phone",
    "strongest_points",
    "template_context",
    "tidy",
    "topic_phrase",
]
