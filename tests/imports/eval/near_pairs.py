"""Print the near matches of the only account in $PURSUIT_HOME as JSON (for harness.py).

Runs in its own process because the data directory is chosen when Django starts:
    PURSUIT_HOME=... python tests/imports/eval/near_pairs.py
prints [{"first": "Jon Smith", "second": "Jonathan Smith", "why": "..."}, ...] with the names as
the contact page shows them.
"""

from __future__ import annotations

import json
import os
import sys


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")
    import django

    django.setup()
    from pursuit.accounts.models import User
    from pursuit.contacts.merging import near_matches

    (owner,) = User.objects.all()
    out = []
    for match in near_matches(owner, limit=1000):
        out.append({"first": shown(match.first), "second": shown(match.second),
                    "why": str(getattr(match, "why", ""))})
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


def shown(contact: object) -> str:
    prefix = getattr(contact, "prefix", "")
    name = getattr(contact, "full_name", "")
    return f"{prefix} {name}".strip()


if __name__ == "__main__":
    sys.exit(main())
