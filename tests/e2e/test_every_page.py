"""Every page of the app, in a real browser, at 1280 px and on a 390 px phone.

One server, one browser, one page reused. The account is a demo account (`pursuit demo`)
with what the demo lacks seeded through the app's own services: a contact whose name is 300
letters without a space (the contact form allows it) put where names are shown (Contacts,
Network, an event, the references, a near match to merge, a reference added to an
application through its form), a coached candidate and a pending
coach invitation, an account invitation, card scans, drafted letters. Uploads (a vCard import,
a pasted job posting, a card photo) go through the pages themselves.

Each page fails the test on: a document wider than the window (horizontal overflow), any
console error, any response of 400 or more (but the deliberate 404 page), any Content-Security-
Policy refusal (`securitypolicyviolation` events), any request to another host, and any
serious or critical violation found by axe-core (vendored in tests/e2e/vendor/, injected by
the test, never served by the app). All the problems of all the pages are reported together.
Screenshots: $ARTIFACTS_DIR/screenshots/page-<name>-desktop.png and page-<name>-phone.png.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TESTDATA
from tests.e2e.conftest import (
    EMAIL,
    PASSWORD,
    one_account,
    running_server,
    screenshots_dir,
    seed,
    sign_in,
)

pytestmark = pytest.mark.e2e

# 300 letters without a space: the longest name the contact form takes, and no break point.
LONG_NAME = ("Wolfeschlegelsteinhausenbergerdorff" * 9)[:300]
COACH_TOKEN = "coach-invitation-token-for-the-every-page-test"
JOIN_TOKEN = "account-invitation-token-for-the-every-page-test"
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# What axe may report on /api/docs: Swagger UI's own markup (its version, schema and
# "Authorize" widgets), which Pursuit serves unchanged and does not write. Only these rules,
# and only on elements inside Swagger UI's root.
SWAGGER_ALLOWED = {"color-contrast", "nested-interactive", "scrollable-region-focusable",
                   "aria-allowed-role", "link-name", "button-name", "select-name",
                   "label", "aria-required-children", "list", "listitem"}

SEED = """
import json
import django
django.setup()
from datetime import timedelta
from django.utils import timezone
from pursuit.accounts.models import AccountInvitation, User
from pursuit.cadence.models import Round, Touch
from pursuit.cards.services import scan_store
from pursuit.coaching.models import CoachLink
from pursuit.contacts.models import Contact
from pursuit.contacts.services import ContactIn, contact_create
from pursuit.crypto import hash_token
from pursuit.letters.services import letter_draft
from pursuit.networking import services as networking
from pursuit.outbox.services import message_enqueue
from pursuit.networking.models import NetworkingEvent
from pursuit.pipeline.models import Application
from pursuit.pipeline.services import application_create
me = User.objects.get(email=%(email)r)
me.is_superuser = me.is_staff = True  # the owner of the instance, as the first run makes it
me.save()
now = timezone.now()
long = contact_create(owner=me, data=ContactIn(full_name=%(long)r, company="Contoso",
                                                 emails=("long.name@example.com",)))
twin = contact_create(owner=me, data=ContactIn(full_name=%(long)r.lower(), company="Contoso"))
networking.keep_in_touch_set(owner=me, contact_id=long.pk, days=30)
Contact.objects.filter(pk=long.pk).update(created_at=now - timedelta(days=60))
event = NetworkingEvent.objects.filter(owner=me).first()
networking.event_add_contact(event, long)
networking.reference_create(owner=me, relationship="former manager",
                                        contact_id=long.pk)
touches = Touch.objects.filter(owner=me, status="planned")
thanks = touches.filter(type="thank_you_email").first() or Touch.objects.filter(
    owner=me, type="thank_you_email").first()
postal = Touch.objects.filter(owner=me, type="postal_letter").first()
call = Touch.objects.filter(owner=me, type="follow_up_call").first()
letter = letter_draft(owner=me, touch_id=thanks.pk)
postal_letter = letter_draft(owner=me, touch_id=postal.pk)
round_ = Round.objects.filter(owner=me).order_by("-start").first()
card = open(%(card)r, "rb").read()
scan = scan_store(owner=me, data=card, kind="jpeg", filename="card.jpg", fields={
    "first": "Dana", "last": "Whitfield", "company": "Contoso", "title": "Director",
    "emails": ["dana@contoso.example"], "phones": [], "doubtful": ["title"]})
sam = User.objects.create_user("sam@example.com", "x" * 20, full_name="Sam Okafor")
for n, role in enumerate(("Analyst", "Data Engineer", "Platform Lead")):
    application_create(owner=sam, employer=f"Employer {n}", role=role)
coached = CoachLink.objects.create(candidate=sam, coach=me, coach_email=me.email,
                                   status="active", token_hash="1" * 64, accepted_at=now,
                                   share_letters=True)
ana = User.objects.create_user("ana@example.com", "x" * 20, full_name="Ana Lima")
CoachLink.objects.create(candidate=ana, coach_email=me.email, token_hash=hash_token(%(coach)r))
CoachLink.objects.create(candidate=me, coach_email="mentor@example.com", token_hash="2" * 64)
AccountInvitation.objects.create(email="new@example.com", invited_by=me,
                                 token_hash=hash_token(%(join)r),
                                 expires_at=now + timedelta(days=14))
application = round_.application
message = message_enqueue(owner=me, to_address="adaeze@larchmont.example",
                          to_name="Adaeze Okonkwo", subject="Thank you for Friday",
                          body="Dear Adaeze,\\n\\nThank you for your time on Friday.\\n\\nJordan")
ids = dict(contact=long.pk, twin=twin.pk, event=event.pk,
           touch=thanks.pk, call=call.pk, letter=letter.pk, postal=postal_letter.pk,
           round=round_.pk, application=application.pk, scan=scan.pk, coached=coached.pk,
           message=message.pk,
           offer=Application.objects.filter(owner=me, stage="offer").first().pk)
open(%(out)r, "w").write(json.dumps(ids))
"""

VCARD = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Priya Raman\r\nN:Raman;Priya;;;\r\n"
         b"ORG:Larchmont Analytics\r\nEMAIL:priya@larchmont.example\r\nEND:VCARD\r\n")
POSTING = """<html><head><title>Staff Engineer</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting",
"title": "Staff Engineer", "hiringOrganization": {"@type": "Organization", "name": "Fabrikam"},
"datePosted": "2026-11-20", "description": "<p>Build the ledger.</p>",
"jobLocation": {"@type": "Place", "address": {"addressLocality": "Chicago"}}}</script>
</head><body><h1>Staff Engineer</h1></body></html>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, int], Path]]:
    home = tmp_path_factory.mktemp("pursuit-every-page")
    one_account(home, coach=True)
    out = home / "ids.json"
    seed(home, SEED % {"email": EMAIL, "long": LONG_NAME, "coach": COACH_TOKEN,
                       "join": JOIN_TOKEN, "out": str(out),
                       "card": str(TESTDATA / "real-cards" / "real_001.jpg")})
    ids = json.loads(out.read_text())
    with running_server(home, "--no-worker") as url:
        yield url, ids, home


class Inspector:
    """Watches one reused page: what goes wrong while a page loads is kept per page."""

    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.base = base
        self.current: list[str] = []
        self.expected_status: int | None = None
        self.axe_source = AXE.read_text(encoding="utf-8")
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.current.append(f"uncaught error: {e}"))
        page.on("dialog", lambda d: (self.current.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("request", self._request)
        page.on("response", self._response)
        page.on("requestfailed", self._failed)

    def _failed(self, request: Any) -> None:
        # A request still running when the test goes on to the next page (Today asks the
        # server for the browser's time zone after it loads) is aborted by that navigation,
        # not refused by the server: a refusal shows as a status >= 400 in _response.
        if request.failure == "net::ERR_ABORTED":
            return
        self.current.append(f"request failed: {request.url} ({request.failure})")

    def _console(self, message: Any) -> None:
        text = message.text
        # Chromium logs a 404 page's own status as an error: that one is the point.
        if self.expected_status and f"status of {self.expected_status}" in text:
            return
        if message.type == "error" or "Content Security Policy" in text:
            self.current.append(f"console {message.type}: {text}")

    def _request(self, request: Any) -> None:
        if not request.url.startswith((self.base + "/", "data:", "blob:")):
            self.current.append(f"request to another host: {request.url}")

    def _response(self, response: Any) -> None:
        if response.status >= 400 and not (
                self.expected_status == response.status
                and response.request.is_navigation_request()):
            self.current.append(f"{response.status} for {response.url}")

    def visit(self, path: str, *, expected_status: int | None = None) -> None:
        self.current = []
        self.expected_status = expected_status
        response = self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")
        assert response is not None
        if response.status != (expected_status or 200):
            self.current.append(f"{path} answered {response.status}")

    def check(self, name: str) -> list[str]:
        """Desktop then phone: overflow, CSP, axe and a screenshot at each width."""
        problems: list[str] = []
        folder = screenshots_dir()
        for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
            self.page.set_viewport_size(size)
            problems += [f"{label}: {p}" for p in self._measure(name)]
            self.page.screenshot(path=str(folder / f"page-{name}-{label}.png"), full_page=True)
        self.page.set_viewport_size(DESKTOP)
        problems += self.current
        return [f"{name}: {p}" for p in problems]

    def _measure(self, name: str) -> list[str]:
        found: list[str] = []
        width = self.page.evaluate("""() => {
            const wide = [...document.querySelectorAll('body *')].filter(e => {
                const r = e.getBoundingClientRect();
                return r.right > window.innerWidth + 1 && getComputedStyle(e).position !== 'fixed';
            }).slice(-3).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className
                === 'string' ? '.' + e.className.split(' ').join('.') : ''));
            return [document.documentElement.scrollWidth, window.innerWidth, wide];
        }""")
        if width[0] > width[1]:
            found.append(f"the document is {width[0]} px wide in a {width[1]} px window "
                         f"(widest: {', '.join(width[2])})")
        found += self.page.evaluate("() => window.__csp || []")
        if "axe" not in self.page.evaluate("() => Object.keys(window)"):
            self.page.evaluate(self.axe_source)
        violations = self.page.evaluate("""async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => ({
                    target: n.target.join(' ') + ' ' + (n.any[0]?.message || ''),
                    swagger: !!document.querySelector(n.target[0])?.closest('.swagger-ui')}))}));
        }""")
        for violation in violations:
            nodes = [n["target"] for n in violation["nodes"]
                     if not (name == "api-docs" and violation["id"] in SWAGGER_ALLOWED
                             and n["swagger"])]
            if nodes:
                found.append(f"axe {violation['id']} ({violation['help']}): {nodes[:4]}")
        return found


CSP_WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e =>
    window.__csp.push('CSP refused ' + e.violatedDirective + ': ' + e.blockedURI));
"""


def test_every_page_at_both_widths(site: tuple[str, dict[str, int], Path], browser) -> None:  # type: ignore[no-untyped-def]
    base, ids, home = site
    started = time.monotonic()
    context = browser.new_context(viewport=DESKTOP)
    context.add_init_script(CSP_WATCH)
    page = context.new_page()
    page.set_default_timeout(20_000)
    inspector = Inspector(page, base)
    problems: list[str] = []

    def look(name: str, path: str, *, status: int | None = None,
             then: Callable[[], None] | None = None) -> None:
        inspector.visit(path, expected_status=status)
        if then:
            then()
        problems.extend(inspector.check(name))

    # Signed out.
    look("login", "/login/")
    look("password-reset", "/password/reset/")
    look("password-reset-sent", "/password/reset/sent/")
    look("join", f"/join/{JOIN_TOKEN}/")
    look("not-found-signed-out", "/no/such/page/", status=404)

    sign_in(page, base, EMAIL, PASSWORD)
    page.wait_for_url(base + "/")
    app, contact = ids["application"], ids["contact"]
    pages = [
        ("today", "/"), ("board", "/board/"), ("applications", "/applications/"),
        ("application-new", "/applications/new/"), ("application", f"/applications/{app}/"),
        ("application-edit", f"/applications/{app}/edit/"),
        ("application-delete", f"/applications/{app}/delete/"),
        ("round-new", f"/applications/{app}/rounds/new/"),
        ("debrief", f"/rounds/{ids['round']}/debrief/"),
        ("touch", f"/touches/{ids['touch']}/"),
        ("call-script", f"/calls/{ids['call']}/script/"),
        ("contacts", "/contacts/"), ("contacts-search", "/contacts/?q=Wolfe"),
        ("contact-new", "/contacts/new/"), ("contact", f"/contacts/{contact}/"),
        ("contact-edit", f"/contacts/{contact}/edit/"),
        ("contact-delete", f"/contacts/{contact}/delete/"),
        ("merge-list", "/contacts/merge/"),
        ("merge", f"/contacts/merge/{contact}/{ids['twin']}/"),
        ("network", "/network/"), ("events", "/network/events/"),
        ("event", f"/network/events/{ids['event']}/"),
        ("references", "/network/references/"),
        ("charts", "/network/charts/"),
        ("letters", "/letters/"), ("letter", f"/letters/{ids['letter']}/"),
        ("letter-postal", f"/letters/{ids['postal']}/"),
        ("letter-templates", "/letters/templates/"),
        ("letter-template", "/letters/templates/thank_you_email/"),
        ("outbox", "/outbox/"),
        ("scan", "/contacts/scan/"), ("scan-review", f"/contacts/scan/{ids['scan']}/"),
        ("import", "/contacts/import/"),
        ("coach", "/coach/"), ("coach-candidate", f"/coach/candidates/{ids['coached']}/"),
        ("coach-letters", f"/coach/candidates/{ids['coached']}/letters/"),
        ("coach-invitation", f"/coach/invitation/{COACH_TOKEN}/"),
        ("career-searching", "/career/"),
        ("posting-new", "/postings/new/"),
        ("settings", "/settings/"), ("profile", "/profile/"), ("mail", "/settings/mail/"),
        ("calendar", "/settings/calendar/"), ("digest", "/settings/digest/"),
        ("coaches", "/settings/coaches/"), ("api-tokens", "/settings/api/"),
        ("accounts", "/settings/accounts/"), ("password", "/password/"),
        ("password-done", "/password/done/"), ("delete-account", "/account/delete/"),
        ("api-docs", "/api/docs"),
        ("not-found", "/applications/999999/", ),
    ]
    for name, path in pages:
        look(name, path, status=404 if name == "not-found" else None)

    look("outbox-message", f"/outbox/{ids['message']}/")

    # Pages reached by doing something: an API token shown once, an import's preview and its
    # progress, a card photo's batch, a pasted posting.

    def make_token() -> None:
        page.get_by_label("Name").fill("Phone-app-" + "x" * 90)
        page.get_by_role("button", name="Make token").click()
        page.wait_for_load_state("networkidle")
    look("api-token-made", "/settings/api/", then=make_token)

    # Adding a reference to an application: a form on the application's page that posts to
    # a POST-only route, which answers with the application's page and its message.
    def add_reference() -> None:
        form = page.locator("form", has=page.get_by_role("button", name="Add a reference"))
        form.get_by_label("Reference's name").fill(LONG_NAME)
        form.get_by_label("Relationship").fill("former manager at Contoso")
        with page.expect_response(lambda r: r.url.endswith(f"/applications/{app}/references/")
                                  and r.request.method == "POST") as posted:
            form.get_by_role("button", name="Add a reference").click()
        assert posted.value.status == 302
        page.wait_for_url(f"{base}/applications/{app}/")
        page.wait_for_load_state("networkidle")
        assert page.get_by_text("is a reference for this application").is_visible()
    look("reference-added", f"/applications/{app}/", then=add_reference)

    def upload_vcard() -> None:
        page.locator("input[type=file]").first.set_input_files(
            {"name": "people.vcf", "mimeType": "text/vcard", "buffer": VCARD})
        page.get_by_role("button", name="Preview").click()
        page.wait_for_load_state("networkidle")
    look("import-preview", "/contacts/import/", then=upload_vcard)

    def start_import() -> None:
        page.get_by_role("button", name="Import").first.click()
        page.wait_for_url("**/contacts/import/*/")
        page.wait_for_load_state("networkidle")
    inspector.current = []
    start_import()
    problems.extend(inspector.check("import-status"))

    def upload_card() -> None:
        photo = (TESTDATA / "real-cards" / "real_002.jpg").read_bytes()
        page.locator("input[type=file]:not([capture])").first.set_input_files(
            {"name": "card.jpg", "mimeType": "image/jpeg", "buffer": photo})
        page.get_by_role("button", name="Read the cards").click()
        page.wait_for_url("**/contacts/scan/batch/*/")
        page.wait_for_load_state("networkidle")
    look("scan-batch", "/contacts/scan/", then=upload_card)

    def paste_posting() -> None:
        page.locator("summary", has_text="Paste").click()
        page.locator("textarea[name=html]").fill(POSTING)
        page.get_by_role("button", name="Read this page").click()
        page.wait_for_url("**/postings/read/*/")
        page.wait_for_load_state("networkidle")
    look("posting-review", "/postings/new/", then=paste_posting)

    # Career mode: the offer accepted, its page and the pages it changes.
    seed_accept = ("import django\ndjango.setup()\nfrom django.utils import timezone\n"
                   "from pursuit.accounts.models import User\n"
                   "from pursuit.career.services import offer_accept\n"
                   f"me = User.objects.get(email={EMAIL!r})\n"
                   f"offer_accept(owner=me, application_id={ids['offer']}, at=timezone.now())\n")
    seed(home, seed_accept)
    for name, path in (("career", "/career/"), ("career-today", "/"),
                       ("career-board", "/board/")):
        look(name, path)

    context.close()
    took = time.monotonic() - started
    print(f"\nevery page at both widths: {took:.0f} s")
    assert problems == [], "\n".join(problems)
