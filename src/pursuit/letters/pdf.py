"""A letter on paper: a US business letter and a #10 envelope, as one print-ready PDF.

Page 1 is the block-format business letter (return address, date, the recipient's name,
title, company and address lines as on their card, then the text, with room above the typed
name to sign). Page 2 is a #10 envelope (9.5 x 4.125 in) through a named @page, so a printer
feeds it as an envelope: return address top left, recipient in the middle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.template.loader import render_to_string


@dataclass(frozen=True, slots=True)
class Paragraph:
    lines: tuple[str, ...]
    bullets: bool = False  # every line starts with "- ": printed as a list


@dataclass(frozen=True, slots=True)
class PrintedLetter:
    sender_lines: tuple[str, ...]  # name, then the return address
    recipient_lines: tuple[str, ...]  # name, title, company, then the address lines
    day: date
    paragraphs: tuple[Paragraph, ...]
    closing: tuple[str, ...] = field(default=())  # "Sincerely," and the typed name


def paragraphs_of(body: str) -> tuple[tuple[Paragraph, ...], tuple[str, ...]]:
    """The body's paragraphs, and its sign-off when the last one is "Closing,\\nName..."."""
    blocks = [tuple(block.splitlines()) for block in body.strip().split("\n\n") if block.strip()]
    closing: tuple[str, ...] = ()
    if blocks and len(blocks[-1]) >= 2 and blocks[-1][0].rstrip().endswith(","):
        closing = blocks.pop()
    paragraphs = tuple(
        Paragraph(tuple(line[2:] for line in block), bullets=True)
        if all(line.startswith("- ") for line in block) else Paragraph(block)
        for block in blocks
    )
    return paragraphs, closing


def letter_html(letter: PrintedLetter) -> str:
    return render_to_string("letters/print.html", {"letter": letter})


def render_pdf(letter: PrintedLetter) -> bytes:
    """The PDF bytes. WeasyPrint is imported here: it loads Pango, which only this needs."""
    from weasyprint import HTML

    pdf = HTML(string=letter_html(letter)).write_pdf()
    assert pdf is not None  # write_pdf returns bytes when no target is given
    return pdf
