"""`scan_card`: a card photo in, the fields of `pursuit scan --json` out."""

from __future__ import annotations

from pathlib import Path

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.errors import BadInput
from pursuit.scanning.images import load_image, read_source
from pursuit.scanning.ocr import read_lines


def scan_card(source: str | Path | bytes, region: str = "US", *,
              where: str | None = None) -> CardFields:
    """Read a business card from a file path or uploaded bytes.

    `region` is the country phone numbers without a country code are read in. `where` names
    the input in error messages (defaults to the path, or "upload" for bytes). Raises
    BadInput for anything that is not a PNG, JPEG or WebP card with readable text."""
    name = where or ("upload" if isinstance(source, bytes) else str(source))
    image = load_image(read_source(source, name), name)
    lines = read_lines(image)
    if not lines:
        raise BadInput("no readable text found in the image", where=name)
    return parse_card(lines, region)
