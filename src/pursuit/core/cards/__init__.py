"""Business-card text parsing: OCR lines in, contact fields out. Pure: no Django, no I/O."""

from pursuit.core.cards.model import Box, CardFields, OcrLine, Phone
from pursuit.core.cards.parse import parse_card

__all__ = ["Box", "CardFields", "OcrLine", "Phone", "parse_card"]
