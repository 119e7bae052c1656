"""Reading order of the lines on a card: which lines form a block, and which block comes first.

A card is read in its own frame, not the photo's: the frame's x axis is the direction most
lines read in, so a card photographed tilted or upside down still reads top to bottom. Lines
that sit under one another with overlapping extents and a small gap form a block (a name with
its title, a column of phone numbers); blocks are read top to bottom, side-by-side blocks
left to right.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pursuit.core.cards.model import Box, OcrLine

# Two lines are in one block when the gap between them is under this many line heights.
BLOCK_GAP = 0.9
# Blocks whose tops are this many line heights apart or less count as side by side.
SAME_ROW = 0.6
# Pieces of one row closer than this many line heights are one line that OCR split at a
# wide space ("LARCHMONT ANALYTICS," + "INC."); two columns stand further apart.
WORD_GAP = 0.5
# A line whose own direction is within about 60 degrees of a quarter turn from the card's
# main direction (|cos| under this) is printed across the card.
ACROSS = 0.5


@dataclass(frozen=True)
class Placed:
    """A line with its extent in the card's frame: x along the text, y down the card."""

    line: OcrLine
    left: float
    right: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


def reading_direction(boxes: list[Box]) -> tuple[float, float]:
    """Unit vector of the way the text reads, averaged over lines weighted by length."""
    dx = sum(box[1][0] - box[0][0] for box in boxes)
    dy = sum(box[1][1] - box[0][1] for box in boxes)
    length = math.hypot(dx, dy)
    return (1.0, 0.0) if length == 0 else (dx / length, dy / length)


def place(lines: list[OcrLine]) -> list[Placed]:
    """Project each boxed line into the card's frame; lines without a box are dropped."""
    boxed = [line for line in lines if line.box is not None]
    ux, uy = reading_direction([line.box for line in boxed if line.box is not None])
    # Image y points down, so turning the reading direction a quarter clockwise gives "down".
    vx, vy = -uy, ux
    placed = []
    for line in boxed:
        assert line.box is not None
        xs = [px * ux + py * uy for px, py in line.box]
        ys = [px * vx + py * vy for px, py in line.box]
        placed.append(Placed(line, min(xs), max(xs), min(ys), max(ys)))
    return placed


def _merge_fragments(placed: list[Placed]) -> list[Placed]:
    """Join the pieces of one printed line that OCR returned as separate lines."""
    rows = sorted(placed, key=lambda p: p.left)
    merged: list[Placed] = []
    for item in rows:
        for i, earlier in enumerate(merged):
            overlap = min(earlier.bottom, item.bottom) - max(earlier.top, item.top)
            similar = max(earlier.height, item.height) < 1.4 * min(earlier.height, item.height)
            gap = item.left - earlier.right
            if (similar and overlap > 0.6 * min(earlier.height, item.height)
                    and -item.height < gap < WORD_GAP * max(earlier.height, item.height)):
                merged[i] = _join(earlier, item)
                break
        else:
            merged.append(item)
    return merged


def _join(left: Placed, right: Placed) -> Placed:
    a, b = left.line, right.line
    assert a.box is not None and b.box is not None
    box = (a.box[0], b.box[1], b.box[2], a.box[3])
    line = OcrLine(f"{a.text} {b.text}", box, min(a.score, b.score))
    return Placed(line, left.left, right.right, min(left.top, right.top),
                  max(left.bottom, right.bottom))


def _overlaps(a: Placed, b: Placed) -> bool:
    tolerance = 0.5 * min(a.height, b.height)
    return a.left < b.right + tolerance and b.left < a.right + tolerance


def _split_across(lines: list[OcrLine]) -> tuple[list[OcrLine], list[OcrLine]]:
    """The lines that read along the card's main direction, and the few printed across it.

    A name set sideways down the card's edge (with its title and department beside it) reads
    a quarter turn from the rest; projected into the main frame its lines look like tall,
    narrow boxes that sit on every row and would be glued to whatever is beside them."""
    vectors = []
    for line in lines:
        assert line.box is not None
        vectors.append((line.box[1][0] - line.box[0][0], line.box[1][1] - line.box[0][1]))

    def cosine(a: tuple[float, float], b: tuple[float, float]) -> float:
        lengths = math.hypot(*a) * math.hypot(*b)
        return 1.0 if lengths == 0 else (a[0] * b[0] + a[1] * b[1]) / lengths

    # The main direction is the one most of the text (by length) reads in, not the average:
    # a few long sideways lines would tilt an average until they no longer look sideways.
    main = max(vectors, key=lambda v: sum(math.hypot(*w) for w in vectors
                                          if cosine(v, w) > 1 - ACROSS))
    along: list[OcrLine] = []
    across: list[OcrLine] = []
    for line, vector in zip(lines, vectors, strict=True):
        (across if abs(cosine(vector, main)) < ACROSS else along).append(line)
    # Only a minority can be "across": on a card that is mostly turned, the turned lines are
    # the main direction and the frame already follows them.
    if len(across) * 2 >= len(lines):
        return list(lines), []
    return along, across


def blocks(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """The lines grouped into blocks, in reading order.

    Lines printed across the card's main direction (a name set sideways along the edge) are
    read in their own frame and come first, the way a banner name heads the card.
    Without boxes (text typed in, or a test) the lines are one block in the order given."""
    if not lines or any(line.box is None for line in lines):
        return [list(lines)] if lines else []
    along, across = _split_across(lines)
    if across:
        return _blocks(across) + _blocks(along)
    return _blocks(lines)


def _blocks(lines: list[OcrLine]) -> list[list[OcrLine]]:
    placed = sorted(_merge_fragments(place(lines)), key=lambda p: (p.top, p.left))
    parent = list(range(len(placed)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, upper in enumerate(placed):
        for j in range(i + 1, len(placed)):
            lower = placed[j]
            gap = lower.top - upper.bottom
            if gap > BLOCK_GAP * max(upper.height, lower.height):
                continue
            # Lines side by side on one row (a label and its value, two columns) stay apart
            # unless they overlap along the text.
            if _overlaps(upper, lower) and lower.top > upper.top + 0.3 * upper.height:
                parent[root(j)] = root(i)

    groups: dict[int, list[Placed]] = {}
    for i, item in enumerate(placed):
        groups.setdefault(root(i), []).append(item)
    ordered = sorted(groups.values(), key=lambda group: group[0].top)

    # Side-by-side blocks (two columns starting at the same height) read left to right.
    result: list[list[Placed]] = []
    row: list[list[Placed]] = []
    for group in ordered:
        if row and group[0].top - row[0][0].top > SAME_ROW * row[0][0].height:
            result.extend(sorted(row, key=lambda g: min(p.left for p in g)))
            row = []
        row.append(group)
    result.extend(sorted(row, key=lambda g: min(p.left for p in g)))
    return [[p.line for p in group] for group in result]


def reading_order(lines: list[OcrLine]) -> list[OcrLine]:
    return [line for block in blocks(lines) for line in block]


def text_height(line: OcrLine) -> float:
    """The height of a line's letters (its font size), 0 when it has no box."""
    if line.box is None:
        return 0.0
    (x0, y0), _, _, (x3, y3) = line.box
    return math.hypot(x3 - x0, y3 - y0)
