"""Import page (upload, preview with a dry run, import with a progress bar) and merge pages.

The import itself runs in a thread of the web process, not in the request: a 20 MiB file
takes some seconds, and a request must stay short. The thread writes its progress to the
shared cache, which the page polls with htmx. A server restart in the middle loses the thread;
the transaction then never commits, so nothing is half-imported and the user can run it again.
The dry run for the preview does run inside the upload request, since it is what the user is
waiting to see; for very large files the page says it may take a few seconds.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.accounts.models import User
from pursuit.contacts.imports import import_contacts, read_file
from pursuit.contacts.merging import CHOOSABLE, contact_merge, near_matches
from pursuit.contacts.models import Contact
from pursuit.core.errors import BadInput
from pursuit.core.imports import FORMATS
from pursuit.web.views.common import member, owner

PREVIEW_ROWS = 10
_EXPIRES = 24 * 3600


class UploadForm(forms.Form):
    file = forms.FileField(label="Contacts file")
    format = forms.ChoiceField(
        choices=[("auto", "Find out from the content")] + [(f, f.capitalize()) for f in FORMATS],
        initial="auto", required=False)


def run_in_background(work: Callable[[], None]) -> None:
    """Start an import in its own thread; tests replace this to run it inline."""

    def target() -> None:
        try:
            work()
        finally:
            connection.close()  # the thread's own connection, not a request's

    threading.Thread(target=target, daemon=True, name="pursuit-import").start()


def _uploads() -> Path:
    folder = Path(settings.DATA_DIR) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _job(request: HttpRequest, token: str) -> dict[str, Any]:
    """The upload behind `token`, only for the user who made it."""
    job = cache.get(f"import:{token}")
    if not job or job.get("owner") != owner(request).pk:
        raise Http404("no such import")
    return job


@member
@require_http_methods(["GET", "POST"])
def import_page(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        name = Path(upload.name or "contacts").name[:200]
        kind = form.cleaned_data.get("format") or "auto"
        user = owner(request)
        try:
            found, parsed = read_file(data, filename=name, format=kind, region=user.country)
            summary = import_contacts(owner=user, data=data, filename=name, format=found,
                                      dry_run=True)
        except BadInput as exc:
            form.add_error("file", str(exc))
        else:
            token = secrets.token_urlsafe(16)
            path = _uploads() / f"{token}.upload"
            path.write_bytes(data)
            cache.set(f"import:{token}", {"owner": user.pk, "path": str(path), "name": name,
                                          "format": found, "state": "previewed"}, _EXPIRES)
            preview = [] if isinstance(parsed, str) else list(parsed.records[:PREVIEW_ROWS])
            return render(request, "contacts/import_preview.html", {
                "token": token, "name": name, "summary": summary.to_json(), "preview": preview,
                "rows": 0 if isinstance(parsed, str) else len(parsed.records)})
    return render(request, "contacts/import.html", {"form": form})


@member
@require_POST
def import_start(request: HttpRequest, token: str) -> HttpResponse:
    job = _job(request, token)
    if job["state"] == "previewed":
        job["state"] = "running"
        cache.set(f"import:{token}", job, _EXPIRES)
        run_in_background(lambda: _run(token, job, owner(request).pk))
    return redirect("contact_import_status", token)


def _run(token: str, job: dict[str, Any], user_id: int) -> None:
    key = f"import:{token}"

    def progress(stage: str, done: int, total: int) -> None:
        cache.set(key, job | {"stage": stage, "done": done, "total": total}, _EXPIRES)

    try:
        user = User.objects.get(pk=user_id)
        data = Path(job["path"]).read_bytes()
        summary = import_contacts(owner=user, data=data, filename=job["name"],
                                  format=job["format"], progress=progress)
        cache.set(key, job | {"state": "done", "summary": summary.to_json()}, _EXPIRES)
    except BadInput as exc:
        cache.set(key, job | {"state": "failed", "error": str(exc)}, _EXPIRES)
    except Exception:  # the page must stop polling; the details are in the server log
        cache.set(key, job | {"state": "failed", "error": "the import failed; nothing was "
                              "stored. Try again, or import with `pursuit import`."}, _EXPIRES)
        raise
    finally:
        Path(job["path"]).unlink(missing_ok=True)


@member
@require_GET
def import_status(request: HttpRequest, token: str) -> HttpResponse:
    job = _job(request, token)
    percent = int(100 * job.get("done", 0) / job["total"]) if job.get("total") else 0
    context = {"job": job, "token": token, "percent": percent}
    if getattr(request, "htmx", False):
        return render(request, "contacts/_import_progress.html", context)
    return render(request, "contacts/import_status.html", context)


@member
@require_GET
def merge_index(request: HttpRequest) -> HttpResponse:
    return render(request, "contacts/merge_index.html",
                  {"matches": near_matches(owner(request))})


def _owned(request: HttpRequest, contact_id: int) -> Contact:
    try:
        return Contact.objects.prefetch_related("emails", "phones", "addresses").get(
            owner=owner(request), pk=contact_id)
    except Contact.DoesNotExist:
        raise Http404("no such contact") from None


@member
@require_http_methods(["GET", "POST"])
def merge_pair(request: HttpRequest, keep_id: int, other_id: int) -> HttpResponse:
    keep, other = _owned(request, keep_id), _owned(request, other_id)
    if request.method == "POST":
        choices = {name: request.POST.get(name, "keep") for name in CHOOSABLE}
        try:
            merged = contact_merge(owner=owner(request), keep_id=keep.pk, other_id=other.pk,
                                   choices=choices)
        except BadInput as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, f"Merged into {merged.full_name}.")
            return redirect("contact", merged.pk)
    fields = [(name, name.replace("_", " ").capitalize(), getattr(keep, name),
               getattr(other, name)) for name in CHOOSABLE
              if getattr(keep, name) or getattr(other, name)]
    return render(request, "contacts/merge_pair.html",
                  {"keep": keep, "other": other, "fields": fields})
