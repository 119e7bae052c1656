"""What the proofreader knows about the interview a letter follows up (CONTEXT.json)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from pursuit.core.errors import BadInput

# Legal forms a letter usually leaves out ("Larchmont Analytics, Inc." -> "Larchmont Analytics").
# Legal forms at the end of a company's name, of English and of the world's other company
# laws (Italy's S.p.A., the Nordic hf./ASA/ApS, Malaysia's Sdn Bhd, Brazil's Ltda...), and any
# abbreviation written with inner dots ("S.p.A.", "d.o.o.", "e.V."), which is a legal form
# far more often than a word of a name. Stripped twice at most ("Pty Ltd", "Sdn Bhd").
_LEGAL_SUFFIX_RE = re.compile(
    r",?\s+(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Co|GmbH|AG|S\.A|SA|SAS|"
    r"PLC|plc|LLP|LP|Pty|BV|B\.V|N\.V|NV|Oy|Oyj|AB|KK|S\.r\.l|SRL|SpA|SARL|Sarl|SL|SLU|"
    r"AS|ASA|A/S|ApS|hf|ehf|HF|EHF|KG|OHG|SE|Bhd|Sdn|Ltda|Pvt|Pte|Kft|Zrt|JSC|PJSC|LLC|Tbk|"
    r"(?:[A-Za-z]{1,3}\.){2,}[A-Za-z]{0,3})\.?$"
)


@dataclass(frozen=True, slots=True)
class Interviewer:
    name: str
    title: str | None = None
    prefix: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class ProofreadContext:
    company: str
    interviewer: Interviewer
    company_aliases: tuple[str, ...] = ()
    candidate_name: str | None = None
    candidate_email: str | None = None
    candidate_phone: str | None = None
    role: str | None = None
    interview_start: datetime | None = None
    interview_format: str | None = None
    topics_discussed: tuple[str, ...] = ()
    candidate_strengths: tuple[str, ...] = ()
    other_applications: tuple[str, ...] = ()

    @property
    def company_short_name(self) -> str:
        """How a letter would name the employer: the first alias, else the legal name trimmed."""
        if self.company_aliases:
            return self.company_aliases[0]
        return without_legal_suffix(self.company)

    def all_text(self) -> list[str]:
        """Every string whose words are correct in a letter (names, topics, titles...)."""
        texts = [self.company, *self.company_aliases, self.interviewer.name,
                 *self.topics_discussed, *self.candidate_strengths, *self.other_applications]
        optional = [self.interviewer.title, self.interviewer.prefix, self.candidate_name,
                    self.role, self.interview_format]
        return texts + [text for text in optional if text]


def is_legal_form(word: str) -> bool:
    """A company's legal form written as a word of its own ("a co-op and not a plc"): the
    words people use for kinds of firms, which a dictionary of English seldom lists."""
    return word.isalpha() and _LEGAL_SUFFIX_RE.fullmatch(" " + word) is not None


# After a comma, a short capitalised word cut with a full stop at the end of the name is a
# legal form, listed or not ("Cortiça Norte, Lda.", "Hafnar, Ehf."): a firm's name does not end
# in an abbreviation after a comma otherwise.
_ABBREVIATED_FORM_RE = re.compile(r",\s+[A-Z][a-z]{1,3}\.$")


def without_legal_suffix(company: str) -> str:
    name = company.strip()
    for _ in range(2):
        shorter = _ABBREVIATED_FORM_RE.sub("", _LEGAL_SUFFIX_RE.sub("", name)).strip()
        if not shorter or shorter == name:
            break
        name = shorter
    return name


def context_from_dict(data: object, *, source: str = "context") -> ProofreadContext:
    """Validate a CONTEXT.json document; `BadInput` names `source` and the faulty field.

    Required: `company` and `interviewer.name`, since every rule about names leans on them.
    Every other field may be absent or null.
    """
    reader = _Reader(source)
    root = reader.mapping(data, "")
    interviewer = reader.mapping(root.get("interviewer"), "interviewer")
    candidate = reader.optional_mapping(root.get("candidate"), "candidate")
    interview = reader.optional_mapping(root.get("interview"), "interview")
    start_text = reader.optional_text(interview, "start", "interview.")
    return ProofreadContext(
        company=reader.required_text(root, "company"),
        company_aliases=reader.text_list(root, "company_aliases"),
        role=reader.optional_text(root, "role"),
        interviewer=Interviewer(
            name=reader.required_text(interviewer, "name", "interviewer."),
            title=reader.optional_text(interviewer, "title", "interviewer."),
            prefix=reader.optional_text(interviewer, "prefix", "interviewer."),
            email=reader.optional_text(interviewer, "email", "interviewer."),
        ),
        candidate_name=reader.optional_text(candidate, "name", "candidate."),
        candidate_email=reader.optional_text(candidate, "email", "candidate."),
        candidate_phone=reader.optional_text(candidate, "phone", "candidate."),
        interview_start=reader.date_time(start_text, "interview.start"),
        interview_format=reader.optional_text(interview, "format", "interview."),
        topics_discussed=reader.text_list(root, "topics_discussed"),
        candidate_strengths=reader.text_list(root, "candidate_strengths"),
        other_applications=reader.text_list(root, "other_applications"),
    )


class _Reader:
    """Field access that fails with the file and the dotted field name."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, field: str, message: str) -> BadInput:
        where = f"{self.source}: {field}" if field else self.source
        return BadInput(message, where=where)

    def mapping(self, value: object, field: str) -> Mapping[str, object]:
        if value is None and field:
            raise self.fail(field, "is required (an object)")
        if not isinstance(value, Mapping):
            raise self.fail(field, "must be a JSON object")
        return value

    def optional_mapping(self, value: object, field: str) -> Mapping[str, object]:
        return {} if value is None else self.mapping(value, field)

    def required_text(self, data: Mapping[str, object], key: str, prefix: str = "") -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(prefix + key, "is required (a non-empty string)")
        return value.strip()

    def optional_text(self, data: Mapping[str, object], key: str, prefix: str = "") -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(prefix + key, "must be a string")
        return value.strip() or None

    def text_list(self, data: Mapping[str, object], key: str) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(key, "must be a list of strings")
        return tuple(item.strip() for item in value if item.strip())

    def date_time(self, value: str | None, field: str) -> datetime | None:
        if value is None:
            return None
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(field, f"is not an ISO 8601 date-time: {value!r}") from None
