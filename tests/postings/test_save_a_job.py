"""Save a job, as a user does it: a posting's address (read by the worker from the local job
site), pasted or dropped HTML, the bookmarklet and the share sheet; then the application, its
"apply by" reminder on Today, and the same posting recognised when saved again."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from pursuit.cadence.models import Touch
from pursuit.jobs.models import Job
from pursuit.pipeline.models import Application
from pursuit.worker.loop import Worker
from tests.postings.site import PAGES, Site


@pytest.fixture
def client_(owner) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(owner)
    return client


@pytest.fixture
def fetch_local(settings) -> None:  # type: ignore[no-untyped-def]
    """Let the fetcher reach the tests' own job site (off by default: see test_refused)."""
    settings.PURSUIT_FETCH_ALLOW_HOSTS = ["127.0.0.1"]


def read_by_worker(client: Client, url: str):  # type: ignore[no-untyped-def]
    """Ask for the posting, let the worker run the job, open the page it leads to."""
    response = client.post(reverse("posting_new"), {"url": url})
    assert response.status_code == 302, response.content[:500]
    job = Job.objects.get(kind="posting", state="queued")
    assert Worker(worker_id="test:1").run_jobs(once=True) == 1
    return client.get(response.url), job


def form_values(response) -> dict[str, object]:  # type: ignore[no-untyped-def]
    form = response.context["form"]
    return {name: form[name].value() for name in ("role", "employer", "location", "remote",
                                                   "salary_range", "employment_type",
                                                   "posted_on", "closing_on", "posting_url")}


def test_a_posting_url_is_read_by_the_worker_and_fills_the_form(client_, site: Site,
                                                               fetch_local) -> None:  # type: ignore[no-untyped-def]
    page, job = read_by_worker(client_, site.url("lever"))
    assert page.status_code == 200
    assert form_values(page) == {
        "role": "Platform Engineer", "employer": "Bellweather Freight",
        "location": "Denver, CO", "remote": "onsite",
        "salary_range": "$140,000–$175,000 a year", "employment_type": "Full-time",
        "posted_on": date(2025, 9, 15), "closing_on": date(2025, 11, 28),
        "posting_url": site.url("lever")}
    assert "Keep 400 services running." in page.context["form"]["posting_text"].value()
    assert Job.objects.get(pk=job.pk).state == "done"


def test_while_the_worker_reads_the_page_follows_it(client_, site: Site, fetch_local) -> None:  # type: ignore[no-untyped-def]
    response = client_.post(reverse("posting_new"), {"url": site.url("ashby")})
    waiting = client_.get(response.url)
    assert b"Reading" in waiting.content and b"hx-get" in waiting.content
    Worker(worker_id="test:1").run_jobs(once=True)
    done = client_.get(response.url, headers={"HX-Request": "true"})
    assert done["HX-Redirect"] == response.url


def save(client: Client, page, **changes):  # type: ignore[no-untyped-def]
    data = {k: ("" if v is None else v) for k, v in form_values(page).items()}
    data.update(posting_text=page.context["form"]["posting_text"].value(), stage="interested")
    data.update(changes)
    return client.post(reverse("posting_save", args=[page.context["job"].pk]), data)


def test_saving_creates_the_application_and_plans_apply_by(client_, owner, site: Site,
                                                          fetch_local) -> None:  # type: ignore[no-untyped-def]
    page, _ = read_by_worker(client_, site.url("lever"))
    response = save(client_, page)
    application = Application.objects.get(owner=owner)
    assert response.status_code == 302 and response.url == reverse("application",
                                                                   args=[application.pk])
    assert (application.role, application.employer.name, application.stage,
            application.closing_on, application.posting_url) == (
        "Platform Engineer", "Bellweather Freight", "interested", date(2025, 11, 28),
        site.url("lever"))
    reminder = Touch.objects.get(application=application, type="apply_by")
    # It closes Friday 28 November 2025; Thursday is Thanksgiving, so two business days
    # before is Tuesday the 25th.
    assert (reminder.due_on, reminder.status, reminder.channel) == \
        (date(2025, 11, 25), "planned", "task")


def test_the_reminder_goes_once_the_job_is_applied_for(client_, owner, site: Site,
                                                      fetch_local) -> None:  # type: ignore[no-untyped-def]
    page, _ = read_by_worker(client_, site.url("ashby"))
    save(client_, page)
    application = Application.objects.get(owner=owner)
    assert Touch.objects.filter(application=application, type="apply_by").exists()
    client_.post(reverse("application_move", args=[application.pk]), {"stage": "applied"})
    assert not Touch.objects.filter(application=application, type="apply_by").exists()


def test_the_same_posting_saved_twice_is_recognised(client_, owner, site: Site,
                                                   fetch_local) -> None:  # type: ignore[no-untyped-def]
    page, _ = read_by_worker(client_, site.url("greenhouse"))
    save(client_, page)
    # Again, through a link with tracking parameters: the same URL once they are set aside.
    again, _ = read_by_worker(client_, site.url("greenhouse") + "?utm_source=newsletter")
    assert again.context["duplicate"] is not None
    refused = save(client_, again)
    assert refused.status_code == 409 and Application.objects.filter(owner=owner).count() == 1
    assert "This job is in your applications already" in refused.content.decode()
    forced = save(client_, again, save_anyway="on")
    assert forced.status_code == 302 and Application.objects.filter(owner=owner).count() == 2


def test_the_same_employer_and_title_is_recognised_without_a_url(client_, owner,
                                                                make_application) -> None:  # type: ignore[no-untyped-def]
    make_application(owner, employer="Riverbend Food Bank", role="Grant Writer")
    html = (PAGES / "jobvite.html").read_text()
    page = client_.get(client_.post(reverse("posting_new"), {"html": html}).url)
    assert page.context["duplicate"].role == "Grant Writer"


def test_pasted_html_is_read_at_once(client_, owner) -> None:  # type: ignore[no-untyped-def]
    html = (PAGES / "workday.html").read_text()
    response = client_.post(reverse("posting_new"), {"html": html,
                                                     "url": "https://jobs.example/r-10442"})
    page = client_.get(response.url)
    assert form_values(page)["employer"] == "Ferncliff Labs"
    assert form_values(page)["posting_url"] == "https://jobs.example/r-10442"
    assert Job.objects.get(owner=owner).state == "done"  # no worker needed


def test_a_dropped_page_is_read(client_) -> None:  # type: ignore[no-untyped-def]
    upload = SimpleUploadedFile("posting.html", (PAGES / "bamboohr.html").read_bytes(),
                                content_type="text/html")
    page = client_.get(client_.post(reverse("posting_new"), {"page": upload}).url)
    assert (form_values(page)["role"], form_values(page)["closing_on"]) == \
        ("Office Manager", date(2025, 11, 14))


def test_several_postings_on_a_page_offer_a_choice(client_, site: Site, fetch_local) -> None:  # type: ignore[no-untyped-def]
    page, job = read_by_worker(client_, site.url("search-results"))
    assert len(page.context["choices"]) == 3
    assert form_values(page)["role"] == "Medical Billing Specialist"
    third = client_.get(reverse("posting_job", args=[job.pk]) + "?pick=2")
    assert (form_values(third)["role"], form_values(third)["remote"]) == \
        ("Clinical Data Analyst", "remote")


def test_a_page_without_structured_data_is_guessed_and_says_so(client_, site: Site,
                                                              fetch_local) -> None:  # type: ignore[no-untyped-def]
    page, _ = read_by_worker(client_, site.url("no-structured-data"))
    assert (form_values(page)["role"], form_values(page)["employer"]) == \
        ("Product Designer", "Fernwood Studio")
    assert "no schema.org JobPosting data" in page.content.decode()


def test_a_refused_address_leaves_the_form_with_what_is_known(client_, site: Site) -> None:  # type: ignore[no-untyped-def]
    # PURSUIT_FETCH_ALLOW_HOSTS is off, as on every real server: 127.0.0.1 is refused.
    before = len(site.seen)
    page, _ = read_by_worker(client_, site.url("lever"))
    assert page.status_code == 200
    assert form_values(page)["posting_url"] == site.url("lever")
    text = page.content.decode()
    assert "The page could not be read" in text and "loopback" in text
    assert len(site.seen) == before  # refused before any connection


def test_a_page_that_cannot_be_read_says_why(client_, site: Site, fetch_local) -> None:  # type: ignore[no-untyped-def]
    page, _ = read_by_worker(client_, f"{site.base}/big")
    assert "larger than 5 MB" in page.content.decode()


def test_a_file_url_is_refused_before_anything_is_queued(client_) -> None:  # type: ignore[no-untyped-def]
    response = client_.post(reverse("posting_new"), {"url": "file:///etc/passwd"})
    assert response.status_code == 200 and not Job.objects.exists()
    assert "Only http:// and https:// pages are fetched, not file: links." in \
        response.content.decode()


def test_the_bookmarklet_and_the_share_sheet_start_the_reading(client_) -> None:  # type: ignore[no-untyped-def]
    bookmarklet = client_.get(reverse("posting_new"),
                              {"url": "https://jobs.example/view/1", "title": "A job"})
    shared = client_.get(reverse("posting_new"),
                         {"title": "Look", "text": "Great job: https://jobs.example/view/2 !"})
    assert bookmarklet.status_code == shared.status_code == 302
    assert [j.params["url"] for j in Job.objects.order_by("pk")] == [
        "https://jobs.example/view/1", "https://jobs.example/view/2"]


def test_the_bookmarklet_only_opens_a_window(client_) -> None:  # type: ignore[no-untyped-def]
    code = client_.get(reverse("posting_new")).context["bookmarklet"]
    assert code.startswith("javascript:") and "window.open(" in code
    assert "createElement" not in code and "<script" not in code and "fetch(" not in code
    assert "http://testserver/postings/new/?url=" in code


def test_the_manifest_offers_a_share_target_to_anyone(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get(reverse("web_manifest"))
    assert response.status_code == 200
    assert response.json()["share_target"] == {
        "action": "/postings/new/", "method": "GET",
        "params": {"title": "title", "text": "text", "url": "url"}}


def test_another_users_reading_is_a_404(client_, outsider_client, site: Site,
                                       fetch_local) -> None:  # type: ignore[no-untyped-def]
    page, job = read_by_worker(client_, site.url("lever"))
    assert outsider_client.get(reverse("posting_job", args=[job.pk])).status_code == 404
    assert outsider_client.post(reverse("posting_save", args=[job.pk]), {
        "role": "x", "employer": "y", "stage": "interested"}).status_code == 404
    assert not Application.objects.exists()


def test_a_closing_date_typed_in_by_hand_plans_apply_by_too(client_, owner) -> None:  # type: ignore[no-untyped-def]
    client_.post(reverse("application_new"), {
        "employer": "Oakhaven Health", "role": "Data Architect", "stage": "interested",
        "preferred_channel": "no_preference", "closing_on": "2025-11-14"})
    application = Application.objects.get(owner=owner)
    assert Touch.objects.get(application=application, type="apply_by").due_on == \
        date(2025, 11, 12)
    edit = {"employer": "Oakhaven Health", "role": "Data Architect",
            "preferred_channel": "no_preference", "closing_on": "2025-11-21"}
    client_.post(reverse("application_edit", args=[application.pk]), edit)
    assert Touch.objects.get(application=application, type="apply_by").due_on == \
        date(2025, 11, 19)
