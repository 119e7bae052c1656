"""The one cap on what a request may send: PURSUIT_MAX_UPLOAD_MB (25 MB by default), for every
upload form (contact imports, card photos) and the API alike.

A body whose Content-Length says it is over the limit is refused before a byte of it is read.
A body sent in chunks (no Content-Length) is read up to the limit into a temporary file that
stays on disk past 1 MB, and refused as soon as it runs over; below the limit it is handed to
Django as if its length had been given (Django by itself reads nothing of such a body).
Within the limit, Django streams a file larger than 2.5 MB to FILE_UPLOAD_TEMP_DIR in chunks,
so no upload is held in memory whole.
"""

from __future__ import annotations

import html
import json
import re
import tempfile
from collections.abc import Callable
from typing import Any, BinaryIO, cast

from django.conf import settings
from django.core.handlers.wsgi import LimitedStream
from django.http import HttpRequest, HttpResponse

_CHUNK = 64 * 1024
_IN_MEMORY = 1024 * 1024


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"


def too_large(limit: int, size: int | None = None) -> str:
    """The message a refused upload gets: it names the limit (and the setting)."""
    what = f"is {_megabytes(size)}" if size is not None else "is larger than that"
    return (f"This upload is too large: Pursuit accepts at most {_megabytes(limit)} in one "
            f"request, and this one {what}. Split the file into smaller ones, or ask whoever "
            f"runs this Pursuit to raise PURSUIT_MAX_UPLOAD_MB.")


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Too large — Pursuit</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Too large</h1><p>{message}</p>
<p>Go back in your browser to choose another file, or <a href="/">go to Pursuit</a>.</p>
</main></body></html>
"""


def _refuse(request: HttpRequest, limit: int, size: int | None) -> HttpResponse:
    message = too_large(limit, size)
    accept = request.META.get("HTTP_ACCEPT", "")
    if request.path.startswith("/api/") or ("json" in accept and "html" not in accept):
        response = HttpResponse(json.dumps({"detail": message}), status=413,
                                content_type="application/json")
    else:
        response = HttpResponse(_PAGE.format(message=html.escape(message)), status=413,
                                content_type="text/html; charset=utf-8")
    # The rest of the body is never read: the server (gunicorn) drains a little of it and
    # then closes the connection rather than reuse it.
    return response


class UploadLimitMiddleware:
    """First in MIDDLEWARE: nothing before it reads the body (CSRF reads the form)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = int(settings.PURSUIT_MAX_UPLOAD_BYTES)
        length = request.META.get("CONTENT_LENGTH") or ""
        if length.strip():
            try:
                size = int(length)
            except ValueError:
                size = 0  # Django treats it as no body at all
            if size > limit:
                return _refuse(request, limit, size)
        elif _chunked(request.META):
            spooled = _read_up_to(request.META["wsgi.input"], limit)
            if spooled is None:
                return _refuse(request, limit, None)
            body, size = spooled
            request.META["CONTENT_LENGTH"] = str(size)
            # Django made the request's stream from the Content-Length it found (none: an
            # empty body); give it the body that was read, with its length.
            request._stream = cast(BinaryIO, LimitedStream(body, size))
            try:
                return self.get_response(request)
            finally:
                body.close()
        return self.get_response(request)


def _chunked(meta: dict[str, Any]) -> bool:
    encoding = str(meta.get("HTTP_TRANSFER_ENCODING", ""))
    return bool(re.search(r"\bchunked\b", encoding, re.IGNORECASE)) and "wsgi.input" in meta


def _read_up_to(stream: Any, limit: int) -> tuple[Any, int] | None:
    """The body in a temporary file (kept in memory up to 1 MB), and its size; None as soon as
    it runs over `limit` (the rest is never read)."""
    body = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (the caller closes it)
        max_size=_IN_MEMORY, mode="w+b", dir=str(settings.FILE_UPLOAD_TEMP_DIR))
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            body.close()
            return None
        body.write(chunk)
    body.seek(0)
    return body, size
