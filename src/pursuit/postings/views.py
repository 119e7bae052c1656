"""Save a job: the address, pasted HTML or a dropped page; the reading followed live; the
application checked and saved. The bookmarklet and the phone's share sheet open `posting_new`
with the page's address, which starts the reading at once (a GET that queues a job: it reads a
public page and stores nothing of the user's until they press Save)."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.common.http import is_htmx, member, owner
from pursuit.core.errors import BadInput
from pursuit.jobs.models import Job
from pursuit.jobs.services import job_for
from pursuit.postings import services
from pursuit.postings.forms import PostingForm, SourceForm
from pursuit.postings.selectors import saved_already


def bookmarklet(request: HttpRequest) -> str:
    """A bookmarklet that opens this Pursuit in a new window with the current page's address.
    It only calls window.open: no script is injected into the page it runs on, so the page's
    own Content-Security-Policy has nothing to refuse."""
    target = request.build_absolute_uri(reverse("posting_new"))
    code = ("(function(){window.open(" + json.dumps(target + "?url=")
            + "+encodeURIComponent(location.href)+'&title='+encodeURIComponent(document.title),"
            "'_blank','noopener');})();")
    return f"javascript:{code}"


@member
@require_http_methods(["GET", "POST"])
def posting_new(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    shared = services.url_from_shared(request.GET.get("url", ""), request.GET.get("text", ""),
                                      request.GET.get("title", ""))
    form = SourceForm(request.POST or None, request.FILES or None,
                      initial={"url": shared} if request.method == "GET" else None)
    try:
        if request.method == "GET" and shared:
            job = services.posting_read_start(owner=user, url=shared)
            return redirect("posting_job", job.pk)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            upload = data.get("page")
            if upload is not None:
                if upload.size > services.MAX_HTML_CHARS:
                    raise BadInput("the page is larger than 5 MB", where="page")
                html = upload.read().decode("utf-8", errors="replace")
                job = services.posting_read_pasted(owner=user, html=html, url=data["url"])
            elif data["html"].strip():
                job = services.posting_read_pasted(owner=user, html=data["html"],
                                                   url=data["url"])
            else:
                job = services.posting_read_start(owner=user, url=data["url"])
            return redirect("posting_job", job.pk)
    except BadInput as exc:
        form.add_error(None, exc.message[:1].upper() + exc.message[1:] + ".")
    return render(request, "postings/new.html", {"form": form,
                                                 "bookmarklet": bookmarklet(request)})


def _job(request: HttpRequest, job_id: int) -> Job:
    try:
        job = job_for(owner(request), job_id, kind=Job.Kind.POSTING)
    except BadInput:
        raise Http404("no such posting") from None
    if job.kind != Job.Kind.POSTING:
        raise Http404("no such posting")
    return job


def _pick(request: HttpRequest, read: services.Read) -> int:
    raw = request.GET.get("pick") or request.POST.get("pick") or "0"
    pick = int(raw) if raw.isdigit() else 0
    return pick if pick < max(len(read.postings), 1) else 0


def _review(request: HttpRequest, job: Job, form: PostingForm | None = None,
            status: int = 200) -> HttpResponse:
    read = services.read_of(job)
    if job.state == Job.State.FAILED:
        read = services.Read(url=read.url, problem=job.error)
    pick = _pick(request, read)
    posting = read.best(pick)
    if form is None:
        form = PostingForm(initial=PostingForm.initial_for(posting))
    duplicate = saved_already(owner(request), url=posting.url, employer=posting.employer,
                              role=posting.title)
    return render(request, "postings/review.html", {
        "job": job, "read": read, "posting": posting, "pick": pick, "form": form,
        "duplicate": duplicate, "choices": list(enumerate(read.postings)),
    }, status=status)


@member
@require_GET
def posting_job(request: HttpRequest, job_id: int) -> HttpResponse:
    """The reading followed live (htmx polls), then the application to check and save."""
    job = _job(request, job_id)
    if not job.finished:
        context = {"job": job}
        if is_htmx(request):
            return render(request, "postings/_progress.html", context)
        return render(request, "postings/reading.html", context)
    if is_htmx(request):
        response = render(request, "postings/_progress.html", {"job": job})
        response["HX-Redirect"] = request.path  # done: the page itself moves on
        return response
    return _review(request, job)


@member
@require_POST
def posting_save(request: HttpRequest, job_id: int) -> HttpResponse:
    job = _job(request, job_id)
    form = PostingForm(request.POST)
    if not form.is_valid():
        return _review(request, job, form, status=422)
    data = form.cleaned_data
    try:
        application = services.posting_save(
            owner=owner(request), employer=data["employer"], role=data["role"],
            stage=data["stage"], save_anyway=data["save_anyway"], **form.details())
    except services.AlreadySaved as exc:
        form = PostingForm({**request.POST.dict(), "save_anyway": "on"})
        form.is_valid()
        messages.error(request, f"This job is in your applications already ({exc.application}, "
                                f"{exc.application.get_stage_display().lower()}). Open it, or "
                                "save it again as a new application.")
        return _review(request, job, form, status=409)
    except BadInput as exc:
        form.add_error(None, exc.message)
        return _review(request, job, form, status=422)
    note = " “Apply by” is on Today two business days before it closes." \
        if application.closing_on and not application.applied else ""
    messages.success(request, f"Saved {application}.{note}")
    return redirect("application", application.pk)


@require_GET
def web_manifest(request: HttpRequest) -> HttpResponse:
    """The web app manifest: on a phone that installs Pursuit, its share sheet offers "Save a
    job" (share_target). Public: browsers fetch a manifest without the session cookie."""
    manifest = {
        "name": "Pursuit", "short_name": "Pursuit", "start_url": reverse("today"),
        "display": "standalone", "background_color": "#ffffff", "theme_color": "#1f4e79",
        "icons": [{"src": static("pursuit/favicon.svg"), "sizes": "any",
                   "type": "image/svg+xml"}],
        "share_target": {"action": reverse("posting_new"), "method": "GET",
                         "params": {"title": "title", "text": "text", "url": "url"}},
    }
    return HttpResponse(json.dumps(manifest), content_type="application/manifest+json")
