"""Work a request starts and the worker does: a long import, a batch of card photos.

A job is a row, claimed by the worker like a message (a conditional UPDATE), so it survives a
restart of the web server, every process sees its state, and a worker that dies mid-job leaves
it `failed` with a message that says nothing was stored, rather than a page waiting for ever.
Its live progress is kept in the shared cache (`services.job_progress`): an import writes in one
transaction, and on SQLite that transaction holds the database's write lock, so a progress row
written beside it could be neither written nor seen until the end.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Job(models.Model):
    class Kind(models.TextChoices):
        IMPORT = "import", "Import a file"
        CARD_SCANS = "card_scans", "Read business cards"
        POSTING = "posting", "Read a job posting"

    class State(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    # What to do (file name, format, where a card batch is filed): the kind's own keys.
    params = models.JSONField(default=dict)
    # The staged input, relative to the data directory; removed when the job ends.
    staged = models.CharField(max_length=300, blank=True)
    result = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    claimed_by = models.CharField(max_length=100, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("created_at", "id")
        indexes = [models.Index(fields=["state", "created_at"])]

    def __str__(self) -> str:
        return f"{self.kind} job {self.pk} ({self.state})"

    @property
    def finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)
