"""Tiny builders for the proofreading tests: a context, and proofreading that checks spans."""

from __future__ import annotations

from collections.abc import Iterable

from pursuit.core.proofread import (
    Finding,
    Interviewer,
    ProofreadContext,
    Sibling,
    proofread,
)


def make_context(
    *,
    interviewer: str = "Adaeze Okonkwo",
    title: str | None = "VP, Research",
    prefix: str | None = "Dr.",
    company: str = "Larchmont Analytics, Inc.",
    aliases: tuple[str, ...] = ("Larchmont Analytics", "Larchmont"),
    candidate: str | None = "Siobhan O'Sullivan",
    role: str | None = "Senior Data Engineer",
    topics: tuple[str, ...] = ("migrating the FHIR pipeline to Kubernetes",),
    strengths: tuple[str, ...] = ("PostgreSQL performance tuning",),
    others: tuple[str, ...] = ("Bellweather Freight",),
) -> ProofreadContext:
    """The interview of contracts.md's example, with any field changed."""
    return ProofreadContext(
        company=company,
        company_aliases=aliases,
        role=role,
        candidate_name=candidate,
        interviewer=Interviewer(name=interviewer, title=title, prefix=prefix),
        topics_discussed=topics,
        candidate_strengths=strengths,
        other_applications=others,
    )


def check(text: str, context: ProofreadContext | None = None, *,
          siblings: Iterable[Sibling] = (), known_words: Iterable[str] = ()) -> list[Finding]:
    """Proofread, asserting the contract's span promise for every finding on the way, and
    that no problem is reported twice."""
    findings = proofread(text, context or make_context(), tuple(siblings), known_words)
    spans = [(f.type, f.start, f.sibling) for f in findings]
    assert len(spans) == len(set(spans)), f"a problem reported twice: {findings}"
    for finding in findings:
        if finding.start is None:
            assert finding.end is None and finding.text is None
            continue
        assert finding.end is not None
        assert finding.text == text[finding.start:finding.end]
        line_start = text.rfind("\n", 0, finding.start) + 1
        assert finding.line == text.count("\n", 0, finding.start) + 1
        assert finding.col == finding.start - line_start + 1
    return findings


def of_type(findings: list[Finding], type_: str) -> list[Finding]:
    return [finding for finding in findings if finding.type == type_]


def texts(findings: list[Finding], type_: str | None = None) -> list[str | None]:
    return [f.text for f in findings if type_ is None or f.type == type_]
