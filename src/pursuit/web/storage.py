"""Static files with hashed names: a browser never runs an old `app.js` against new pages.

WhiteNoise's CompressedManifestStaticFilesStorage writes `app.3f2a9c1b7d04.js` beside each file
(and a gzipped copy); pages link the hashed name, which WhiteNoise serves with a ten-year
`Cache-Control: public, max-age=315360000, immutable`. The files are collected into
STATIC_ROOT by `pursuit serve` when it starts (`pursuit.cli.static.ensure_collected`).
"""

from __future__ import annotations

from typing import Any

from whitenoise.compress import Compressor
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    """Gzip only. Brotli at its (fixed) highest quality took 10 s a megabyte of JavaScript here
    (the API docs' Swagger and ReDoc bundles), two minutes for a first start or an upgrade;
    gzip takes a second or two and is within about 15% of its size."""

    def create_compressor(self, **kwargs: Any) -> Compressor:
        return Compressor(use_brotli=False, **kwargs)
