"""Business-card scanning: an image in, contact fields out (`scan_card`).

A plain package, not a Django app: it stores nothing. The parsing rules live in
`pursuit.core.cards`; this package adds the image handling and the OCR engine.
"""

from pursuit.scanning.scan import scan_card

__all__ = ["scan_card"]
