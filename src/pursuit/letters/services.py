"""Writes about letters: drafting from templates, proofreading, approving, sending, mailing.

Nothing reaches a recruiter unless the user approved it, and a letter with open findings cannot
be approved: each finding is fixed (the text changed) or dismissed on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.cadence.calendar import holidays_between
from pursuit.cadence.models import Touch
from pursuit.cadence.services import touch_complete, touch_queue_message, touch_withdraw_message
from pursuit.core import letters as core
from pursuit.core.errors import BadInput
from pursuit.core.letters import parts as form_parts
from pursuit.core.letters.schedule import next_business_morning
from pursuit.core.proofread import Finding, Sibling, proofread
from pursuit.letters import build
from pursuit.letters.models import Letter, LetterTemplate
from pursuit.outbox.models import Message
from pursuit.pipeline.models import Application

SUBJECT_PREFIX = "Subject: "
SEND_NOW, SEND_MORNING = "now", "morning"


# --- Templates ------------------------------------------------------------------------------

def template_for(owner: User, kind: core.Kind) -> core.TemplateText:
    """The user's own copy of a template, else the shipped default."""
    own = LetterTemplate.objects.filter(owner=owner, kind=kind).first()
    return core.TemplateText(own.subject, own.body) if own else core.default_template(kind)


def template_name(kind: core.Kind) -> str:
    """How an error names the template: "the Follow-up e-mail template"."""
    return f"the {core.KINDS[kind].split(' (')[0]} template"


def render_letter(template: core.TemplateText, data: core.LetterInput, *, kind: core.Kind,
                  with_subject: bool) -> tuple[str, str]:
    """Subject and body of a letter. Every user template is rendered here, within the limits
    of `core.letters.limits` (in the web, the worker and the command line alike)."""
    subject, body, _ = draft_text(template, data, kind=kind, with_subject=with_subject)
    return subject, body


def draft_text(template: core.TemplateText, data: core.LetterInput, *, kind: core.Kind,
               with_subject: bool) -> tuple[str, str, list[core.Missing]]:
    """The subject and body of a draft, and what they could not say (an empty field's
    sentence is left out: see core.letters.render_draft)."""
    context = core.template_context(data)
    name = template_name(kind)
    parts = [core.render_draft(template.body, context, name=name)]
    if with_subject and template.subject:
        parts.insert(0, core.render_draft(template.subject, context, name=f"{name} (subject)"))
    subject = " ".join(parts[0].text.split()) if len(parts) == 2 else ""
    return subject, parts[-1].text, core.missing_of(parts)


def _missing_return_address(owner: User, touch: Touch) -> list[core.Missing]:
    """A letter on paper needs the return address for its envelope, whatever the template."""
    if touch.channel != "post" or owner.return_address.strip():
        return []
    return [core.Missing("candidate.address_lines", "your return postal address", "profile")]


def _draft(letter: Letter, owner: User, now: datetime | None) -> None:
    """Fill the letter's subject, body and missing things from the user's template."""
    sources = build.sources_for(letter.touch)
    kind = check_kind(letter.kind)
    letter.subject, letter.body, missing = draft_text(
        template_for(owner, kind),
        build.letter_input(sources, owner, today=_today(owner, now).date()), kind=kind,
        with_subject=letter.uses_subject)
    missing += [m for m in _missing_return_address(owner, letter.touch)
                if m.label not in {n.label for n in missing}]
    letter.missing = [m.to_dict() for m in missing]


def missing_now(letter: Letter, *, now: datetime | None = None) -> list[dict[str, str]]:
    """What a fresh draft of this letter would still miss today (the user may have filled in
    the profile since): the labels of `letter.missing` that are still missing."""
    if not letter.missing:
        return []
    probe = Letter(owner=letter.owner, touch=letter.touch, kind=letter.kind)
    _draft(probe, letter.owner, now)
    return probe.missing


def template_preview(*, owner: User, kind: core.Kind, subject: str, body: str,
                     variant: int = 0) -> tuple[str, str]:
    """The template filled in with sample data (and the user's own name and phone)."""
    sample = core.sample_input(variant=variant, candidate=core.Candidate(
        owner.full_name or "Jordan Rivera", owner.email, owner.phone or "+1 312 555 0100",
        owner.linkedin, owner.signature, owner.return_address))
    return render_letter(core.TemplateText(subject, body), sample, kind=kind,
                         with_subject=kind in core.WITH_SUBJECT)


def template_save(*, owner: User, kind: str, subject: str, body: str) -> LetterTemplate:
    """Keep the user's copy; refused (naming the field or line) when it would not render."""
    checked = check_kind(kind)
    if not body.strip():
        raise BadInput("the template is empty", where="body")
    if "\n" in subject:
        raise BadInput("the subject is one line", where="subject")
    for variant in range(core.VARIANTS):  # every version the template holds must work
        template_preview(owner=owner, kind=checked, subject=subject, body=body, variant=variant)
    template, _ = LetterTemplate.objects.update_or_create(
        owner=owner, kind=checked, defaults={"subject": subject.strip(), "body": body})
    return template


def template_save_parts(*, owner: User, kind: str, parts: form_parts.Parts) -> LetterTemplate:
    """Keep a template made with the form: every part checked (words and known placeholders
    only, BadInput naming the field), then saved as the source it makes, through the same
    checks as code typed by hand."""
    checked = check_kind(kind)
    for label, where, text in form_parts.fields_of(parts):
        form_parts.check_text(text, kind=checked, label=label, where=where)
    source = form_parts.to_source(form_parts.cleaned(parts))
    return template_save(owner=owner, kind=checked, subject=source.subject, body=source.body)


def template_preview_for(*, owner: User, kind: core.Kind, subject: str, body: str,
                         touch: Touch, now: datetime | None = None) -> tuple[str, str]:
    """The template filled in for a real person the user writes to (the touch's recipient),
    as the draft would be: the same data, renderer and limits."""
    sources = build.sources_for(touch)
    data = build.letter_input(sources, owner, today=_today(owner, now).date())
    return render_letter(core.TemplateText(subject, body), data, kind=kind,
                         with_subject=kind in core.WITH_SUBJECT and touch.channel == "email")


def template_reset(*, owner: User, kind: str) -> None:
    """Back to the shipped default: the user's copy goes."""
    LetterTemplate.objects.filter(owner=owner, kind=check_kind(kind)).delete()


def check_kind(kind: str) -> core.Kind:
    for known in core.KINDS:
        if known == kind:
            return known
    raise BadInput(f"unknown kind of letter {kind!r}", where="kind")


# --- Drafting ----------------------------------------------------------------------------------

def _today(owner: User, now: datetime | None) -> datetime:
    return (now or timezone.now()).astimezone(ZoneInfo(owner.timezone))


def letter_draft(*, owner: User, touch_id: int, now: datetime | None = None) -> Letter:
    """The letter of a touch: the one already written, else a new draft from the template."""
    try:
        touch = Touch.objects.select_related("application__employer", "round").get(
            pk=touch_id, owner=owner)
    except Touch.DoesNotExist:
        raise BadInput("no such touch", where="touch") from None
    existing = Letter.objects.filter(touch=touch).first()
    if existing is not None:
        return existing
    letter = Letter(owner=owner, touch=touch, kind=build.kind_for(touch))
    _draft(letter, owner, now)
    try:
        with transaction.atomic():
            letter.save()
    except IntegrityError:  # a second click drafted it meanwhile: one letter per touch
        return Letter.objects.get(touch=touch)
    return letter


def call_script_text(*, owner: User, touch_id: int, now: datetime | None = None) -> str:
    """What to say on a call, from the user's own call-script template (or the letter they
    already wrote for it); nothing is stored. BadInput for another's touch or a touch that
    is not a call."""
    try:
        touch = Touch.objects.select_related("application__employer", "round").get(
            pk=touch_id, owner=owner, channel="phone")
    except Touch.DoesNotExist:
        raise BadInput("no such call", where="touch") from None
    written = Letter.objects.filter(touch=touch).values_list("body", flat=True).first()
    if written:
        return written
    sources = build.sources_for(touch)
    kind = build.kind_for(touch)
    return render_letter(template_for(owner, kind),
                         build.letter_input(sources, owner, today=_today(owner, now).date()),
                         kind=kind, with_subject=False)[1]


def letter_redraft(*, owner: User, letter_id: int, now: datetime | None = None) -> Letter:
    """Start again from the template (after editing it, say); the user's edits go."""
    letter = _draft_only(owner, letter_id)
    _draft(letter, owner, now)
    letter.findings, letter.dismissed = [], []
    letter.save(update_fields=["subject", "body", "findings", "dismissed", "missing",
                               "updated_at"])
    return letter


# --- Proofreading ---------------------------------------------------------------------------

def compose(letter: Letter, subject: str | None = None, body: str | None = None) -> str:
    """The text the proofreader reads: `Subject: ...`, a blank line, the body (e-mails)."""
    subject = letter.subject if subject is None else subject
    body = letter.body if body is None else body
    return f"{SUBJECT_PREFIX}{subject}\n\n{body}" if letter.uses_subject else body


def key_of(finding: Finding) -> str:
    """What a dismissal remembers: the kind of finding and the words, not the offsets, so it
    holds while the user edits elsewhere in the letter."""
    return f"{finding.type}:{finding.sibling if finding.start is None else finding.text}"


@dataclass(frozen=True, slots=True)
class Proofing:
    """A letter's findings; `open` are those the user has neither fixed nor dismissed."""

    text: str
    findings: list[Finding]
    dismissed: frozenset[str]

    @property
    def open(self) -> list[Finding]:
        return [f for f in self.findings if key_of(f) not in self.dismissed]


def _siblings(letter: Letter) -> list[Sibling]:
    """The other interviewers' letters of the same round (recipients compare notes)."""
    if letter.touch.round_id is None or letter.kind != "thank_you_email":
        return []
    others = (Letter.objects.filter(owner=letter.owner, kind=letter.kind,
                                    touch__round_id=letter.touch.round_id)
              .exclude(pk=letter.pk).select_related("touch"))
    return [Sibling(f"your letter to {other.touch.recipient_name}", compose(other))
            for other in others]


def _check(letter: Letter) -> Proofing:
    sources = build.sources_for(letter.touch)
    text = compose(letter)
    findings = proofread(text, build.proofread_context(sources, letter.owner),
                         siblings=_siblings(letter), known_words=build.known_words(letter.owner))
    letter.findings = [f.to_dict() for f in findings]
    return Proofing(text, findings, frozenset(letter.dismissed))


def _set_text(letter: Letter, subject: str | None, body: str | None) -> None:
    if subject is not None:
        letter.subject = " ".join(subject.split())  # one line: a header cannot hold breaks
    if body is not None:
        letter.body = body.replace("\r\n", "\n")


def letter_proofread(*, owner: User, letter_id: int, subject: str | None = None,
                     body: str | None = None) -> Proofing:
    """Save what the user typed (a draft only) and proofread it."""
    letter = _owned(owner, letter_id)
    if letter.is_editable:
        _set_text(letter, subject, body)
    proofing = _check(letter)
    letter.save(update_fields=["subject", "body", "findings", "updated_at"])
    return proofing


def letter_dismiss(*, owner: User, letter_id: int, key: str, subject: str | None = None,
                   body: str | None = None) -> Proofing:
    """The user says this finding is wrong (a name the dictionary lacks, say)."""
    letter = _draft_only(owner, letter_id)
    _set_text(letter, subject, body)
    proofing = _check(letter)
    if key not in {key_of(f) for f in proofing.findings}:
        raise BadInput("that finding is no longer in the letter", where="finding")
    letter.dismissed = sorted({*letter.dismissed, key})
    letter.save(update_fields=["subject", "body", "findings", "dismissed", "updated_at"])
    return Proofing(proofing.text, proofing.findings, frozenset(letter.dismissed))


def letter_apply(*, owner: User, letter_id: int, key: str, start: int,
                 subject: str | None = None, body: str | None = None) -> Proofing:
    """Put a finding's suggestion in place of its text, then proofread again."""
    letter = _draft_only(owner, letter_id)
    _set_text(letter, subject, body)
    proofing = _check(letter)
    finding = next((f for f in proofing.findings if f.start == start and key_of(f) == key),
                   None)
    if finding is None or finding.end is None or finding.suggestion is None:
        raise BadInput("that suggestion no longer fits the letter", where="finding")
    _replace(letter, finding.start or 0, finding.end, finding.suggestion)
    proofing = _check(letter)
    letter.save(update_fields=["subject", "body", "findings", "updated_at"])
    return proofing


def _replace(letter: Letter, start: int, end: int, new: str) -> None:
    """Edit the subject or the body, whichever the span of the composed text falls in."""
    if letter.uses_subject:
        subject_end = len(SUBJECT_PREFIX) + len(letter.subject)
        body_start = subject_end + 2
        if start >= body_start:
            start, end = start - body_start, end - body_start
        elif start >= len(SUBJECT_PREFIX) and end <= subject_end:
            at, to = start - len(SUBJECT_PREFIX), end - len(SUBJECT_PREFIX)
            letter.subject = letter.subject[:at] + new + letter.subject[to:]
            return
        else:
            raise BadInput("that suggestion no longer fits the letter", where="finding")
    letter.body = letter.body[:start] + new + letter.body[end:]


# --- Approving, sending, mailing ----------------------------------------------------------------

def send_morning(letter: Letter, now: datetime) -> datetime:
    """8:00 on the next business day in the recipient's timezone (their card's, else the
    round's, else the user's); holidays are the user's country's."""
    owner, touch = letter.owner, letter.touch
    zone = (touch.contact.timezone if touch.contact_id and touch.contact else "") \
        or (touch.round.timezone if touch.round_id and touch.round else "") or owner.timezone
    local = now.astimezone(ZoneInfo(zone)).date()
    holidays = holidays_between(owner.country, owner.subdivision, local, local)
    return next_business_morning(now, zone, holidays)


def letter_approve(*, owner: User, letter_id: int, subject: str | None = None,
                   body: str | None = None, send: str = SEND_NOW,
                   now: datetime | None = None) -> Letter:
    """Approve a letter whose findings are all fixed or dismissed.

    An e-mail is queued in the outbox (now, or the recipient's next business morning); a
    letter on paper can then be printed and marked mailed; a call script is ready to use.
    """
    now = now or timezone.now()
    with transaction.atomic():
        letter = _draft_only(owner, letter_id, lock=True)
        _set_text(letter, subject, body)
        open_findings = _check(letter).open
        if open_findings:
            count = len(open_findings)
            raise BadInput(f"{count} finding{'s' if count > 1 else ''} still open: use the "
                           "suggestion, change the text or dismiss each one", where="findings")
        if not letter.body.strip():
            raise BadInput("the letter is empty", where="body")
        if letter.channel == "post" and not owner.return_address.strip():
            raise BadInput("add your return postal address to your profile first: the "
                           "envelope needs it", where="return_address")
        if letter.channel == "email":
            _enqueue(letter, send, now)
        letter.status, letter.approved_at = Letter.Status.APPROVED, now
        letter.save()
    return letter


def _enqueue(letter: Letter, send: str, now: datetime) -> Message:
    if send not in (SEND_NOW, SEND_MORNING):
        raise BadInput(f"unknown sending time {send!r}", where="send")
    touch = letter.touch
    address = touch.contact.primary_email if touch.contact else None
    if not address:
        raise BadInput(f"{touch.recipient_name} has no e-mail address: add it to their contact "
                       "first", where="to")
    message = touch_queue_message(
        owner=letter.owner, touch_id=touch.pk, to_address=address,
        to_name=touch.recipient_name, subject=letter.subject, body=letter.body,
        send_at=now if send == SEND_NOW else send_morning(letter, now))
    touch.message = message  # the letter shows it without reading the touch again
    return message


def letter_reopen(*, owner: User, letter_id: int) -> Letter:
    """Take the approval back: an e-mail not yet sent leaves the outbox, the text is editable."""
    with transaction.atomic():
        letter = _owned(owner, letter_id)
        if letter.status != Letter.Status.APPROVED:
            raise BadInput("only an approved letter can be changed again", where="letter")
        # Refused once the message is on its way; the touch keeps the cancelled message as
        # its record until a new approval queues another.
        touch_withdraw_message(owner=owner, touch_id=letter.touch_id)
        letter.status, letter.approved_at = Letter.Status.DRAFT, None
        letter.save(update_fields=["status", "approved_at", "updated_at"])
    return letter


def letter_mark_mailed(*, owner: User, letter_id: int, at: datetime | None = None) -> Letter:
    """The printed letter is in the post: the touch is done."""
    with transaction.atomic():
        letter = _owned(owner, letter_id, lock=True)
        if letter.channel != "post":
            raise BadInput("only a letter on paper is mailed", where="letter")
        if letter.status == Letter.Status.MAILED:
            return letter  # a double click marks it once
        if letter.status != Letter.Status.APPROVED:
            raise BadInput("approve the letter before you mail it", where="letter")
        touch_complete(owner=owner, touch_id=letter.touch_id, at=at)
        letter.status = Letter.Status.MAILED
        letter.save(update_fields=["status", "updated_at"])
    return letter


def _owned(owner: User, letter_id: int, *, lock: bool = False) -> Letter:
    rows = Letter.objects.select_related("touch__application__employer", "touch__contact",
                                         "touch__round", "touch__message", "owner")
    if lock:
        rows = rows.select_for_update(of=("self",))
    try:
        return rows.get(pk=letter_id, owner=owner)
    except Letter.DoesNotExist:
        raise BadInput("no such letter", where="letter") from None


def _draft_only(owner: User, letter_id: int, *, lock: bool = False) -> Letter:
    letter = _owned(owner, letter_id, lock=lock)
    if not letter.is_editable:
        raise BadInput(f"this letter is {letter.get_status_display().lower()}: take the "
                       "approval back to change it", where="letter")
    return letter


def application_postal_letter(*, owner: User, application_id: int,
                              now: datetime | None = None) -> Letter:
    """The postal letter of an application (R3), drafted when it has none yet."""
    if not Application.objects.filter(pk=application_id, owner=owner).exists():
        raise BadInput(f"no application {application_id} in this account",
                       where="APPLICATION_ID")
    touch = (Touch.objects.filter(owner=owner, application_id=application_id,
                                  type="postal_letter").order_by("due_on").first())
    if touch is None:
        raise BadInput("this application has no postal letter: Pursuit plans one once a round "
                       "is logged and a mailing address is known (the employer's, or the "
                       "hiring manager's card)", where="mailing_address")
    return letter_draft(owner=owner, touch_id=touch.pk, now=now)
