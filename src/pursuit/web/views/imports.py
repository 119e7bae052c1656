"""Import page: upload a file, see what it is and its first rows, import it with a progress bar.

The preview reads only the start of the file (`contacts.imports.preview_file`), so a large
upload is previewed in the time and memory of a small one; the upload itself is streamed to
disk by Django and staged by a link, never read whole (the size limit is
`common.uploads`). The import itself is a job the
worker runs (`archive.services.import_file`, one transaction): it survives a restart of the web
server, any web process shows its progress, and a worker that dies mid-import leaves it
"failed, nothing stored". In the web layer because a file may also be a Pursuit backup, which
restores the whole account (`archive`).
"""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.common.http import is_htmx, member, owner
from pursuit.contacts.imports import preview_file
from pursuit.core.errors import BadInput
from pursuit.core.imports import FORMAT_NAMES, FORMATS
from pursuit.jobs.models import Job
from pursuit.jobs.services import job_for, job_start, progress_of, stage_upload, staging_dir

_SIGNING_SALT = "pursuit.import.preview"


class UploadForm(forms.Form):
    file = forms.FileField(label="Contacts file")
    format = forms.ChoiceField(
        choices=[("auto", "Find out from the content")]
        + [(f, FORMAT_NAMES.get(f, f)) for f in FORMATS],
        initial="auto", required=False)


@member
@require_http_methods(["GET", "POST"])
def import_page(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        name = Path(upload.name or "contacts").name[:200]
        user = owner(request)
        try:
            # The file itself, not its bytes: the preview reads its start only, and staging
            # links or copies it in chunks, so a large upload never sits in memory.
            upload.seek(0)
            preview = preview_file(upload, filename=name,
                                   format=form.cleaned_data.get("format") or "auto",
                                   region=user.country)
        except BadInput as exc:
            form.add_error("file", str(exc))
        else:
            staged = stage_upload(upload)
            # What the start button carries, signed: no server state until the user imports.
            token = signing.dumps({"owner": user.pk, "staged": staged, "name": name,
                                   "format": preview.format}, salt=_SIGNING_SALT)
            return render(request, "contacts/import_preview.html", {
                "token": token, "name": name, "preview": preview,
                "kind": FORMAT_NAMES.get(preview.format, preview.format),
                "size": upload.size})
    return render(request, "contacts/import.html", {
        "form": form, "max_upload_mb": settings.PURSUIT_MAX_UPLOAD_MB})


@member
@require_POST
def import_start(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    try:
        staged = signing.loads(request.POST.get("token", ""), salt=_SIGNING_SALT,
                               max_age=24 * 3600)
    except signing.BadSignature:
        raise Http404("no such upload") from None
    if staged.get("owner") != user.pk:
        raise Http404("no such upload")
    if not (staging_dir() / Path(staged["staged"]).name).exists():
        messages.error(request, "That upload is no longer kept (uploads wait a day): choose "
                                "the file again.")
        return redirect("contact_import")
    job = job_start(owner=user, kind=Job.Kind.IMPORT, staged=staged["staged"],
                    params={"name": staged["name"], "format": staged["format"]})
    return redirect("contact_import_status", job.pk)


@member
@require_GET
def import_status(request: HttpRequest, job_id: int) -> HttpResponse:
    try:
        job = job_for(owner(request), job_id, kind=Job.Kind.IMPORT)
    except BadInput:
        raise Http404("no such import") from None
    context = {"job": job, "progress": progress_of(job), "name": job.params.get("name", "")}
    if is_htmx(request):
        return render(request, "contacts/_import_progress.html", context)
    return render(request, "contacts/import_status.html", context)
