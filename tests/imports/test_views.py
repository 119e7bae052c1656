"""The import page (upload, preview, import with progress) and the merge page."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.contacts.models import Contact
from pursuit.jobs.models import Job
from pursuit.worker.loop import Worker

CSV = ("Notes:\n\"Some e-mails are missing.\"\n\n"
       "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
       "Adaeze,Okonkwo,https://www.linkedin.com/in/adaeze,adaeze@larchmont.example,"
       "Larchmont Analytics,\"VP, Research\",04 Mar 2024\n"
       "<script>alert(1)</script>,Evil,https://www.linkedin.com/in/evil,,Acme,Hacker,\n")


@pytest.fixture
def staging(settings: Any, tmp_path: Path) -> Path:
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path


def _upload(client: Client, content: str | bytes, name: str = "Connections.csv") -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = content.encode() if isinstance(content, str) else content
    return client.post(reverse("contact_import"), {
        "file": SimpleUploadedFile(name, data), "format": "auto"})


def _worker_runs() -> None:
    Worker(idle_sleep=0).run(once=True)


def test_preview_then_import_by_the_worker(client: Client, owner: Any, staging: Path) -> None:
    client.force_login(owner)
    page = _upload(client, CSV)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Adaeze Okonkwo" in html and "LinkedIn connections" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert Contact.objects.filter(owner=owner).count() == 0  # a preview stores nothing
    token = page.context["token"]
    started = client.post(reverse("contact_import_start"), {"token": token})
    assert started.status_code == 302
    waiting = client.get(started["Location"]).content.decode()
    assert "Waiting to start" in waiting and Contact.objects.count() == 0
    _worker_runs()  # the import is the worker's, not the request's
    status = client.get(started["Location"])
    assert "Imported Connections.csv (comma-separated): 2 new" in status.content.decode()
    assert Contact.objects.filter(owner=owner).count() == 2
    assert not list((staging / "jobs").iterdir())  # the staged upload is gone
    # Starting again does not import twice: the upload is no longer kept.
    again = client.post(reverse("contact_import_start"), {"token": token})
    assert again.status_code == 302 and again["Location"] == reverse("contact_import")
    _worker_runs()
    assert Contact.objects.filter(owner=owner).count() == 2


def test_progress_partial_for_htmx(client: Client, owner: Any, staging: Path) -> None:
    client.force_login(owner)
    token = _upload(client, CSV).context["token"]
    started = client.post(reverse("contact_import_start"), {"token": token})
    partial = client.get(started["Location"], HTTP_HX_REQUEST="true")
    assert partial.status_code == 200
    body = partial.content.decode()
    assert 'id="import-progress"' in body and "hx-get" in body
    assert "<html" not in body


def test_bad_file_is_one_clear_error(client: Client, owner: Any, staging: Path) -> None:
    client.force_login(owner)
    page = _upload(client, "Date,Description,Amount\n2025-01-02,COFFEE,-4.50\n", "bank.csv")
    assert page.status_code == 200
    assert "is not a contacts export" in page.content.decode()
    assert Contact.objects.filter(owner=owner).count() == 0


def test_a_file_bad_past_its_preview_fails_the_job_and_stores_nothing(
        client: Client, owner: Any, staging: Path) -> None:
    """The preview reads the start only; the worker finds the damage and says so."""
    good = CSV.encode()
    body = good + b"Ada,Lovelace,https://www.linkedin.com/in/ada,,Acme,CTO,\n" * 30_000
    bad = body + b"\xff\xfe not utf-8 \x80\x81 at the end\n"
    client.force_login(owner)
    page = _upload(client, bad)
    assert page.status_code == 200 and not page.context["preview"].complete
    started = client.post(reverse("contact_import_start"), {"token": page.context["token"]})
    _worker_runs()
    status = client.get(started["Location"]).content.decode()
    assert "Import failed" in status and "UTF-8" in status
    assert Contact.objects.count() == 0


def test_an_import_whose_worker_died_shows_as_failed(client: Client, owner: Any,
                                                     staging: Path) -> None:
    """A worker killed mid-import: its transaction never committed, and the next worker says
    so instead of leaving the page at "importing… 53%" for ever."""
    client.force_login(owner)
    token = _upload(client, CSV).context["token"]
    started = client.post(reverse("contact_import_start"), {"token": token})
    # Claimed by a worker of this machine whose process is gone.
    Job.objects.update(state=Job.State.RUNNING, claimed_by=f"{socket.gethostname()}:999999999")
    _worker_runs()
    status = client.get(started["Location"]).content.decode()
    assert "Import failed" in status and "nothing was stored" in status
    assert Contact.objects.count() == 0


def test_another_users_import_is_not_found(client: Client, owner: Any, make_user: Any,
                                           staging: Path) -> None:
    outsider = make_user("outsider@example.com")
    client.force_login(owner)
    token = _upload(client, CSV).context["token"]
    started = client.post(reverse("contact_import_start"), {"token": token})
    client.force_login(outsider)
    assert client.get(started["Location"]).status_code == 404
    assert client.post(reverse("contact_import_start"), {"token": token}).status_code == 404
    assert client.post(reverse("contact_import_start"), {"token": "forged"}).status_code == 404
    _worker_runs()
    assert Contact.objects.filter(owner=outsider).count() == 0


def test_merge_page_lists_near_matches_and_merges(client: Client, owner: Any,
                                                  make_contact: Any, make_user: Any) -> None:
    a = make_contact(owner, "Minh Nguyen", "minh@larchmont.example", title="Manager")
    b = make_contact(owner, "Minh Nguyen", "minh@gmail.example", company="Larchmont")
    c = make_contact(owner, "Priya Raman")
    Contact.objects.filter(pk=c.pk).update(linkedin="linkedin.com/in/priya-1")
    d = make_contact(owner, "Priya Raman", "priya2@example.com")
    Contact.objects.filter(pk=d.pk).update(linkedin="https://www.linkedin.com/in/priya-2")
    client.force_login(owner)
    page = client.get(reverse("contact_merge_index"))
    pairs = {(m.first.pk, m.second.pk) for m in page.context["matches"]}
    assert pairs == {(a.pk, b.pk)}  # the Priyas have different profiles: different people
    response = client.post(reverse("contact_merge", args=[a.pk, b.pk]),
                           {"title": "keep", "company": "other"})
    assert response.status_code == 302
    merged = Contact.objects.get(pk=a.pk)
    assert (merged.title, merged.company) == ("Manager", "Larchmont")
    assert sorted(merged.emails.values_list("address", flat=True)) == [
        "minh@gmail.example", "minh@larchmont.example"]
    assert not Contact.objects.filter(pk=b.pk).exists()
    outsider = make_user("out@example.com")
    client.force_login(outsider)
    assert client.get(reverse("contact_merge", args=[a.pk, c.pk])).status_code == 404


@pytest.mark.parametrize(("delimiter", "words"), [(";", "semicolon-separated"),
                                                  ("\t", "tab-separated"),
                                                  (",", "comma-separated")])
def test_the_summary_says_how_the_cells_were_separated(client: Client, owner: Any,
                                                       staging: Path, delimiter: str,
                                                       words: str) -> None:
    client.force_login(owner)
    page = _upload(client, CSV.replace(",", delimiter).replace('"VP; Research"', "VP, Research"))
    assert page.context["preview"].delimiter == delimiter
    assert f"A LinkedIn connections file ({words})" in page.content.decode()
    started = client.post(reverse("contact_import_start"), {"token": page.context["token"]})
    _worker_runs()
    status = client.get(started["Location"]).content.decode()
    assert f"Imported Connections.csv ({words}): 2 new" in status


def test_the_worker_removes_uploads_kept_for_more_than_a_day(
        client: Client, owner: Any, settings: Any, staging: Path) -> None:
    """A previewed upload that is never imported, and the temporary file of an upload whose
    web process died, are removed after a day; what a job still needs stays."""
    import os
    import time

    from pursuit.jobs import liveness

    uploads = staging / "uploads"
    uploads.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = uploads
    client.force_login(owner)

    def staged_upload() -> Path:
        before = set((staging / "jobs").glob("*")) if (staging / "jobs").exists() else set()
        _upload(client, CSV)
        [new] = set((staging / "jobs").glob("*")) - before
        return new

    forgotten, in_use, fresh = staged_upload(), staged_upload(), staged_upload()
    # A job of a live worker (this process) still reads `in_use`.
    Job.objects.create(owner=owner, kind=Job.Kind.IMPORT, state=Job.State.RUNNING,
                       staged=str(in_use.relative_to(staging)), claimed_by=liveness.worker_id())
    half_written = uploads / "tmpab12cd.upload.csv"
    half_written.write_bytes(b"First Name,Last")
    two_days_ago = time.time() - 2 * 24 * 3600
    for path in (forgotten, in_use, half_written):
        os.utime(path, (two_days_ago, two_days_ago))
    _worker_runs()
    assert not forgotten.exists() and not half_written.exists()
    assert in_use.exists() and fresh.exists()


def test_an_upload_over_the_limit_is_refused_with_the_limit_named(
        client: Client, owner: Any, settings: Any, staging: Path) -> None:
    settings.PURSUIT_MAX_UPLOAD_BYTES = 2 * 1024 * 1024
    client.force_login(owner)
    page = _upload(client, CSV.encode() + b"x" * (3 * 1024 * 1024))
    assert page.status_code == 413
    body = page.content.decode()
    assert "at most 2 MB" in body and "PURSUIT_MAX_UPLOAD_MB" in body
    assert not (staging / "jobs").exists() or not list((staging / "jobs").iterdir())
    assert _upload(client, CSV).status_code == 200  # under it, as before


def test_a_vcard_preview_counts_cards_in_words(client: Client, owner: Any,
                                               staging: Path) -> None:
    client.force_login(owner)
    page = _upload(client, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\n"
                           "N:Lovelace;Ada;;;\r\nEND:VCARD\r\n", name="ada.vcf")
    html = page.content.decode()
    assert "A vCard file. It holds 1 card to import." in " ".join(html.split()), html


def test_the_preview_says_which_rows_will_be_skipped_and_why(client: Client, owner: Any,
                                                            staging: Path) -> None:
    """A row without a name is skipped by the import (nobody could recognise the contact):
    the preview says so, with the line, before the user imports, and the import skips it."""
    client.force_login(owner)
    nameless = ",,https://www.linkedin.com/in/nobody-at-all,,Acme,Recruiter,01 Jan 2025\n"
    page = _upload(client, CSV + nameless)
    text = " ".join(page.content.decode().split())
    assert "It holds 2 rows to import." in text
    assert "1 row will be skipped:" in text
    assert "Line 7: skipped: no name" in text and "nobody-at-all" in text
    started = client.post(reverse("contact_import_start"), {"token": page.context["token"]})
    _worker_runs()
    status = " ".join(client.get(started["Location"]).content.decode().split())
    assert "2 new" in status and "1 skipped" in status
    # A file whose every row has a name shows no such notice.
    assert "will be skipped" not in _upload(client, CSV).content.decode()


def test_the_preview_counts_every_row_it_will_skip_and_lists_the_first(
        client: Client, owner: Any, staging: Path) -> None:
    client.force_login(owner)
    nameless = "".join(f",,https://www.linkedin.com/in/nobody-{n},,Acme,Recruiter,\n"
                       for n in range(12))
    text = " ".join(_upload(client, CSV + nameless).content.decode().split())
    assert "12 rows will be skipped; the first 10:" in text
    assert "nobody-9" in text and "nobody-10" not in text
