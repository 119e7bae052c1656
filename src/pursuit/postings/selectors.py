"""Reads for saving a posting: is it saved already?"""

from __future__ import annotations

from django.db.models import Q

from pursuit.accounts.models import User
from pursuit.core.postings import posting_key, url_key
from pursuit.pipeline.models import Application


def saved_already(owner: User, *, url: str, employer: str, role: str) -> Application | None:
    """The owner's application for the same posting: the same URL (tracking parameters and
    the like aside), else the same employer and role (case, spacing, "Inc." aside); one query
    narrowed by the role's first word, then compared in Python."""
    wanted_url = url_key(url)
    wanted_key = posting_key(employer, role) if employer.strip() and role.strip() else ""
    if not wanted_url and not wanted_key:
        return None
    narrow = Q()
    if wanted_url:
        host_path = wanted_url.removeprefix("https://").split("?", 1)[0].rsplit("/", 1)[-1]
        narrow |= Q(posting_url__icontains=host_path) if host_path else Q(posting_url__gt="")
    if wanted_key:
        first = role.split()[0] if role.split() else ""
        narrow |= Q(role__icontains=first.strip(".,"))
    rows = (Application.objects.filter(owner=owner).filter(narrow).select_related("employer")
            .order_by("-created_at", "-pk")[:200])
    for application in rows:
        if wanted_url and url_key(application.posting_url) == wanted_url:
            return application
        if wanted_key and posting_key(application.employer.name, application.role) == wanted_key:
            return application
    return None
