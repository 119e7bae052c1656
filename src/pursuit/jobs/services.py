"""Starting, claiming, advancing and ending background jobs.

The web starts a job (`job_start`, with its input staged on disk); the worker claims the oldest
queued one (`job_claim`), reports its progress (`job_progress`), and ends it (`job_finish`,
`job_fail`). A job whose worker is gone is failed by the next worker (`jobs_recover`), with its
staged input removed.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.core.errors import BadInput
from pursuit.jobs.liveness import beat
from pursuit.jobs.models import Job

# Inputs staged for a job (or a preview) that nobody started are removed after a day.
STAGED_FOR = timedelta(days=1)
_PROGRESS_FOR = 24 * 3600


def staging_dir() -> Path:
    folder = Path(settings.DATA_DIR) / "jobs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stage_input(data: bytes, suffix: str = ".upload") -> str:
    """Write a job's input under the data directory; the name is relative to it."""
    name = f"{secrets.token_urlsafe(16)}{suffix}"
    (staging_dir() / name).write_bytes(data)
    return f"jobs/{name}"


def stage_upload(upload: UploadedFile, suffix: str = ".upload") -> str:
    """Keep an uploaded file for a job without reading it into memory: a hard link to the
    file Django streamed it to (the same disk: no copy), else a copy in chunks. The name is
    relative to the data directory."""
    name = f"{secrets.token_urlsafe(16)}{suffix}"
    target = staging_dir() / name
    temporary = getattr(upload, "temporary_file_path", None)
    if temporary is not None:
        try:
            os.link(temporary(), target)
        except OSError:
            pass  # another file system: copy it
        else:
            return f"jobs/{name}"
    upload.seek(0)
    with open(target, "wb") as out:
        shutil.copyfileobj(upload, out, 1024 * 1024)
    return f"jobs/{name}"


def staged_path(job: Job) -> Path:
    return Path(settings.DATA_DIR) / job.staged


def job_start(*, owner: User, kind: str, params: dict[str, Any], staged: str = "") -> Job:
    """Queue a job for the worker."""
    if kind not in Job.Kind.values:
        raise BadInput(f"unknown job {kind!r}", where="kind")
    return Job.objects.create(owner=owner, kind=kind, params=params, staged=staged)


def job_done(*, owner: User, kind: str, params: dict[str, Any],
             result: dict[str, Any]) -> Job:
    """Record work done at once in the request (a pasted page read in milliseconds) as a
    finished job, so its page is the same as for work the worker did."""
    if kind not in Job.Kind.values:
        raise BadInput(f"unknown job {kind!r}", where="kind")
    now = timezone.now()
    return Job.objects.create(owner=owner, kind=kind, params=params, state=Job.State.DONE,
                              result=result, started_at=now, finished_at=now)


def job_for(owner: User, job_id: int, *, kind: str) -> Job:
    """The owner's job of that kind (another user's, or another kind, is "no such job")."""
    try:
        return Job.objects.get(pk=job_id, owner=owner, kind=kind)
    except Job.DoesNotExist:
        raise BadInput("no such job", where="job") from None


def job_claim(*, worker: str, now: datetime | None = None) -> Job | None:
    """Take the oldest queued job, if any; the conditional UPDATE is the claim (two workers
    never run one job)."""
    now = now or timezone.now()
    for job_id in Job.objects.filter(state=Job.State.QUEUED).order_by("created_at", "id") \
            .values_list("pk", flat=True)[:5]:
        taken = Job.objects.filter(pk=job_id, state=Job.State.QUEUED).update(
            state=Job.State.RUNNING, claimed_by=worker, started_at=now)
        if taken:
            return Job.objects.select_related("owner").get(pk=job_id)
    return None


@dataclass(frozen=True, slots=True)
class Progress:
    stage: str
    done: int
    total: int

    @property
    def percent(self) -> int:
        return min(100, int(100 * self.done / self.total)) if self.total else 0


def _progress_key(job_id: int) -> str:
    return f"pursuit:job:{job_id}:progress"


def job_progress(job: Job, stage: str, done: int, total: int) -> None:
    """Report how far a running job got (any process reads it with `progress_of`); its worker
    is alive while it reports."""
    cache.set(_progress_key(job.pk), (stage, done, total), _PROGRESS_FOR)
    if job.claimed_by:
        beat(job.claimed_by)


def progress_of(job: Job) -> Progress:
    value = cache.get(_progress_key(job.pk))
    return Progress(*value) if value else Progress("", 0, 0)


def _end(job: Job, state: str, **fields: Any) -> None:
    with transaction.atomic():
        Job.objects.filter(pk=job.pk, state=Job.State.RUNNING).update(
            state=state, finished_at=timezone.now(), **fields)
    if job.staged:
        staged_path(job).unlink(missing_ok=True)


def job_finish(job: Job, result: dict[str, Any]) -> None:
    _end(job, Job.State.DONE, result=result)


def job_fail(job: Job, error: str) -> None:
    _end(job, Job.State.FAILED, error=error[:2000])


def jobs_recover(*, gone: Callable[[str], bool]) -> int:
    """Fail the running jobs of workers that are gone (`gone(worker_id)`): their work was one
    transaction, so nothing was stored; the page says so instead of waiting for ever."""
    failed = 0
    for job in Job.objects.filter(state=Job.State.RUNNING):
        if gone(job.claimed_by):
            job_fail(job, "the worker stopped while this was running; nothing was stored. "
                          "Start it again.")
            failed += 1
    return failed


def staged_clean(*, now: datetime | None = None) -> int:
    """Remove staged inputs older than STAGED_FOR that no queued or running job needs (an
    upload previewed and never imported), and the temporary files of uploads whose web
    process died mid-request. Run by the worker (hourly). Returns how many were removed."""
    now = now or timezone.now()
    needed = set(Job.objects.filter(state__in=[Job.State.QUEUED, Job.State.RUNNING])
                 .exclude(staged="").values_list("staged", flat=True))
    cutoff = (now - STAGED_FOR).timestamp()
    stale = [path for path in staging_dir().iterdir() if f"jobs/{path.name}" not in needed]
    uploads = getattr(settings, "FILE_UPLOAD_TEMP_DIR", None)
    if uploads and Path(uploads).is_dir():
        stale += list(Path(uploads).iterdir())
    removed = 0
    for path in stale:
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            pass  # removed meanwhile (another worker, or the request ended)
    return removed
