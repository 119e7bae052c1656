"""The import page (upload, preview, import with progress) and the merge page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.contacts import views_import
from pursuit.contacts.models import Contact

CSV = ("Notes:\n\"Some e-mails are missing.\"\n\n"
       "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
       "Adaeze,Okonkwo,https://www.linkedin.com/in/adaeze,adaeze@larchmont.example,"
       "Larchmont Analytics,\"VP, Research\",04 Mar 2024\n"
       "<script>alert(1)</script>,Evil,https://www.linkedin.com/in/evil,,Acme,Hacker,\n")


@pytest.fixture
def inline(monkeypatch: pytest.MonkeyPatch, settings: Any, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setattr(views_import, "run_in_background", lambda work: work())


def _upload(client: Client, content: str, name: str = "Connections.csv") -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(reverse("contact_import"), {
        "file": SimpleUploadedFile(name, content.encode()), "format": "auto"})


def test_preview_then_import(client: Client, owner: Any, inline: None) -> None:
    client.force_login(owner)
    page = _upload(client, CSV)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Adaeze Okonkwo" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert Contact.objects.filter(owner=owner).count() == 0  # a preview stores nothing
    token = page.context["token"]
    assert page.context["summary"]["created"] == 2
    started = client.post(reverse("contact_import_start", args=[token]))
    assert started.status_code == 302
    status = client.get(started["Location"])
    assert "Imported Connections.csv (comma-separated): 2 new" in status.content.decode()
    assert Contact.objects.filter(owner=owner).count() == 2
    # Starting again does not import twice.
    client.post(reverse("contact_import_start", args=[token]))
    assert Contact.objects.filter(owner=owner).count() == 2


def test_progress_partial_for_htmx(client: Client, owner: Any, inline: None) -> None:
    client.force_login(owner)
    token = _upload(client, CSV).context["token"]
    partial = client.get(reverse("contact_import_status", args=[token]), HTTP_HX_REQUEST="true")
    assert partial.status_code == 200
    assert 'id="import-progress"' in partial.content.decode()
    assert "<html" not in partial.content.decode()


def test_bad_file_is_one_clear_error(client: Client, owner: Any, inline: None) -> None:
    client.force_login(owner)
    page = _upload(client, "Date,Description,Amount\n2025-01-02,COFFEE,-4.50\n", "bank.csv")
    assert page.status_code == 200
    assert "is not a contacts export" in page.content.decode()
    assert Contact.objects.filter(owner=owner).count() == 0


def test_another_users_import_is_not_found(client: Client, owner: Any, make_user: Any,
                                           inline: None) -> None:
    outsider = make_user("outsider@example.com")
    client.force_login(owner)
    token = _upload(client, CSV).context["token"]
    client.force_login(outsider)
    assert client.get(reverse("contact_import_status", args=[token])).status_code == 404
    assert client.post(reverse("contact_import_start", args=[token])).status_code == 404
    assert Contact.objects.count() == 0


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
def test_the_summary_says_how_the_cells_were_separated(client: Client, owner: Any, inline: None,
                                                       delimiter: str, words: str) -> None:
    client.force_login(owner)
    page = _upload(client, CSV.replace(",", delimiter).replace('"VP; Research"', "VP, Research"))
    assert page.context["summary"]["delimiter"] == delimiter
    assert f"A linkedin file ({words})" in page.content.decode()
    started = client.post(reverse("contact_import_start", args=[page.context["token"]]))
    status = client.get(started["Location"]).content.decode()
    assert f"Imported Connections.csv ({words}): 2 new" in status
