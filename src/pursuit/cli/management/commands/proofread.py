from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from pursuit.cli.base import PursuitCommand, read_json_file
from pursuit.core.errors import BadInput
from pursuit.core.proofread import Finding, Sibling, context_from_dict, proofread, report, verdict


class Command(PursuitCommand):
    help = (
        "Proofread a follow-up letter against its interview context: misspellings, wrong "
        "names, titles or company, placeholders, desperate tone, near-duplicate siblings."
    )
    # The letter and its context carry everything for now. The user's contacts as known
    # words (--user, contracts.md) come when the contacts app offers a selector for them:
    # then this turns True and passes their names as `proofread(..., known_words=...)`.
    uses_database = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("letter", help="the letter, UTF-8 text ('Subject: ...' line allowed)")
        parser.add_argument("--context", required=True, help="CONTEXT.json of the interview")
        parser.add_argument(
            "--sibling", action="append", default=[], metavar="OTHER.txt",
            help="a letter to another interviewer of the same interview (repeatable)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        text = read_letter(options["letter"])
        context = context_from_dict(read_json_file(options["context"]), source=options["context"])
        siblings = [Sibling(path, read_letter(path)) for path in options["sibling"]]
        findings = proofread(text, context, siblings)
        if options["json"]:
            self.print_json(report(findings))
        else:
            self.stdout.write(human_report(options["letter"], findings))


def read_letter(path: str) -> str:
    """The decoded text, line endings untouched, so offsets match the file's characters."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise BadInput("no such file", where=path) from None
    except IsADirectoryError:
        raise BadInput("is a directory, not a file", where=path) from None
    except OSError as exc:
        raise BadInput(f"cannot read: {exc.strerror}", where=path) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(f"is not UTF-8 text (byte {exc.start})", where=path) from None


def human_report(path: str, findings: list[Finding]) -> str:
    if verdict(findings) == "ready_to_send":
        return f"{path}: ready to send, no findings"
    lines = [f"{path}: needs revision, {len(findings)} finding{'s' if len(findings) > 1 else ''}"]
    for finding in findings:
        if finding.start is None:
            where = f"{finding.sibling} ({finding.similarity:.2f})"
        else:
            where = f"{finding.line}:{finding.col} {finding.text!r}"
        fix = f" -> {finding.suggestion}" if finding.suggestion else ""
        lines.append(f"  {where}  {finding.severity} {finding.type}: {finding.message}{fix}")
    return "\n".join(lines)
