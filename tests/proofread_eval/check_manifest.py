"""Check that the proofreader evaluation set is well formed; print what it contains.

Run from anywhere: ``python tests/proofread_eval/check_manifest.py``, or give it the directory
of another batch in the same layout: ``python tests/proofread_eval/check_manifest.py batch2``
(or ``batch3``, ``batch4``, ``batch5``; a name that is not a directory is looked up beside this
file). It does not run the proofreader. It checks that every letter, context and sibling path
exists, that every expected ``text`` occurs verbatim in its letter, that every ``sibling``
named by a finding is one of the case's listed siblings, that panels list each other
symmetrically, and that near-duplicate labels are given on both letters of a pair. Exit status
0 when all is well, 1 otherwise, 2 when the directory has no manifest.
"""

from __future__ import annotations

import json
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
