"""CONTEXT.json validation, the report's JSON shape, the verdict, and purity."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pursuit.core.errors import BadInput
from pursuit.core.proofread import (
    Interviewer,
    ProofreadContext,
    context_from_dict,
    proofread,
    report,
    verdict,
)
from tests.core.proofread_corpus.builders import check, make_context

CONTRACT_EXAMPLE = {
    "candidate": {"name": "Siobhan O'Sullivan", "email": "s@example.com", "phone": "+1 617"},
    "company": "Larchmont Analytics, Inc.",
    "company_aliases": ["Larchmont Analytics", "Larchmont"],
    "role": "Senior Data Engineer",
    "interview": {"start": "2025-03-11T10:00:00-04:00", "timezone": "America/New_York",
                  "format": "video"},
    "interviewer": {"name": "Adaeze Okonkwo", "title": "VP, Research", "email": "a@l.example",
                    "prefix": "Dr."},
    "topics_discussed": ["FHIR"], "candidate_strengths": ["SQL"],
    "other_applications": ["Bellweather Freight"],
}


def test_the_contract_example_reads_completely() -> None:
    context = context_from_dict(CONTRACT_EXAMPLE)
    assert context.interviewer.prefix == "Dr."
    assert context.company_short_name == "Larchmont Analytics"
    assert context.interview_start is not None and context.interview_start.day == 11
    assert context.other_applications == ("Bellweather Freight",)


def test_only_company_and_interviewer_name_are_required() -> None:
    context = context_from_dict({"company": "Acme, Inc.", "interviewer": {"name": "Lee Park"}})
    assert context.company_short_name == "Acme"
    assert context.interviewer.title is None and context.topics_discussed == ()


@pytest.mark.parametrize(("data", "where"), [
    ([], "ctx.json"),
    ({"interviewer": {"name": "A"}}, "ctx.json: company"),
    ({"company": "  ", "interviewer": {"name": "A"}}, "ctx.json: company"),
    ({"company": "A"}, "ctx.json: interviewer"),
    ({"company": "A", "interviewer": "Ada"}, "ctx.json: interviewer"),
    ({"company": "A", "interviewer": {"title": "VP"}}, "ctx.json: interviewer.name"),
    ({"company": "A", "interviewer": {"name": "A", "prefix": 3}}, "ctx.json: interviewer.prefix"),
    ({"company": "A", "interviewer": {"name": "A"}, "company_aliases": "A"},
     "ctx.json: company_aliases"),
    ({"company": "A", "interviewer": {"name": "A"}, "other_applications": [1]},
     "ctx.json: other_applications"),
    ({"company": "A", "interviewer": {"name": "A"}, "interview": {"start": "soon"}},
     "ctx.json: interview.start"),
    ({"company": "A", "interviewer": {"name": "A"}, "candidate": ["x"]}, "ctx.json: candidate"),
])
def test_bad_contexts_name_the_file_and_field(data: object, where: str) -> None:
    with pytest.raises(BadInput) as error:
        context_from_dict(data, source="ctx.json")
    assert error.value.where == where


def test_report_follows_the_contract_shape() -> None:
    findings = check("Dear Dr. Okonkwo,\nThanks for the oportunity.")
    document = json.loads(json.dumps(report(findings)))
    assert document == {"verdict": "needs_revision", "findings": [{
        "type": "misspelling", "text": "oportunity", "start": 33, "end": 43, "line": 2,
        "col": 16, "message": "'oportunity' is not in the dictionary.",
        "suggestion": "opportunity", "severity": "error",
    }]}


def test_any_finding_even_minor_needs_revision() -> None:
    assert verdict([]) == "ready_to_send"
    minor = check("Hi Chloe,", make_context(interviewer="Chloé Nguyen"))
    assert [f.severity for f in minor] == ["minor"]
    assert verdict(minor) == "needs_revision"


def test_the_proofreader_stays_pure() -> None:
    code = ("import sys, pursuit.core.proofread as p; p.english_dictionary(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'pursuit')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "django" not in out
    assert "pursuit.cli" not in out and "pursuit.settings" not in out


def test_what_is_drawn_from_a_context_follows_each_change_of_it() -> None:
    """The rules derive their names and patterns once per context (a draft is proofread at
    each change): a context that changes between two proofreadings of the same letter must
    be read afresh, and the first one again must give its first answer."""
    text = ("Dear Ms. Varga,\n\nThank you for our talk about the assay backlog. As Head of "
            "Quality, you know how much rides on it, and I would be glad to help Corvane "
            "Diagnostics clear it.\n\nBest regards,\nTomas Reyes")
    first = ProofreadContext(company="Halden Bio", other_applications=("Corvane Diagnostics",),
                             interviewer=Interviewer(name="Ilona Varga", title="Head of Quality"))
    moved = ProofreadContext(company="Corvane Diagnostics", other_applications=("Halden Bio",),
                             interviewer=Interviewer(name="Ilona Vargas",
                                                     title="Director of Operations"))

    def kinds(context: ProofreadContext) -> set[str]:
        return {finding.type for finding in proofread(text, context)}

    assert {"wrong_company"} <= kinds(first)
    assert not {"wrong_interviewer_title", "wrong_interviewer_name"} & kinds(first)
    second = kinds(moved)
    assert "wrong_company" not in second
    assert {"wrong_interviewer_title", "wrong_interviewer_name"} <= second
    again = ProofreadContext(company="Halden Bio", other_applications=("Corvane Diagnostics",),
                             interviewer=Interviewer(name="Ilona Varga", title="Head of Quality"))
    assert kinds(again) == kinds(first)
