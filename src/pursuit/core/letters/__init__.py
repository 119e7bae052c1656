"""Letters: the user's templates rendered in a sandbox, and drafts fitted to each person.

Pure: no Django, no clock, no I/O besides reading the shipped templates from the package.

    text = render_text(default_template("thank_you_email").body,
                       template_context(LetterInput(...)))
"""

from __future__ import annotations

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
    Candidate,
    Fit,
    LetterInput,
    Person,
    Strength,
    fitting_strengths,
    list_words,
    spoken_phone,
    strongest_points,
    template_context,
)
from pursuit.core.letters.render import check_syntax, render_text, tidy
from pursuit.core.letters.sample import sample_input

__all__ = [
    "KINDS",
    "VARIANTS",
    "WITH_SUBJECT",
    "Candidate",
    "Fit",
    "Kind",
    "LetterInput",
    "Person",
    "Strength",
    "TemplateText",
    "check_syntax",
    "default_template",
    "fitting_strengths",
    "list_words",
    "render_text",
    "sample_input",
    "split_subject",
    "spoken_phone",
    "strongest_points",
    "template_context",
    "tidy",
]
