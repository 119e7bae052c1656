"""Reading the lines of text off a card image with RapidOCR.

RapidOCR's models ship inside its wheel: nothing is downloaded, at install or at run time.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

from pursuit.core.cards import OcrLine
from pursuit.core.cards.layout import reading_order
from pursuit.scanning.images import MAX_SIDE

if TYPE_CHECKING:
    from rapidocr import RapidOCR

# Longest side text detection runs at: detection is most of the OCR time and grows with the
# pixel count, while recognition still reads each line from the MAX_SIDE image.
DETECTION_SIDE = 1280


@functools.cache
def engine() -> RapidOCR:
    """One RapidOCR per process: loading its three models takes most of a second."""
    from rapidocr import RapidOCR  # heavy (onnxruntime, OpenCV): only when scanning

    return RapidOCR(params={
        # Its warnings ("detection result is empty") would break the one-line stderr of a
        # bad input; an image without text is reported by us.
        "Global.log_level": "error",
        "Global.max_side_len": MAX_SIDE,
        "Det.limit_type": "max",
        "Det.limit_side_len": DETECTION_SIDE,
    })


def read_lines(image: Image.Image) -> list[OcrLine]:
    """Every line of text in the image, in reading order, with boxes in the image's pixels."""
    return reading_order(detect_lines(image))


def detect_lines(image: Image.Image) -> list[OcrLine]:
    """Every line of text in the image as the OCR found them (in no particular order), with
    boxes in the image's pixels whose first corner is the text's top-left.

    Runs RapidOCR's detection, angle classification and recognition steps one by one rather
    than through `RapidOCR.__call__`, because the call drops the angle classifier's verdicts,
    and those say which way each line reads: without them a card photographed upside down
    would read bottom to top."""
    from rapidocr.utils.process_img import map_boxes_to_original

    ocr = engine()
    bgr = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    prepared, record = ocr.preprocess_img(bgr)
    detected, classified, recognised, crops = ocr.run_ocr_steps(prepared, record)
    if detected.boxes is None or recognised.txts is None:
        return []
    threshold = float(ocr.cfg.Cls.cls_thresh)
    verdicts: list[Any] = list(classified.cls_res or [])
    flipped = [bool(i < len(verdicts) and "180" in str(verdicts[i][0])
                    and float(verdicts[i][1]) > threshold) for i in range(len(crops))]
    texts, scores = list(recognised.txts), [float(score) for score in recognised.scores]
    _reread_doubtful(ocr, crops, flipped, texts, scores)
    # RapidOCR turned a crop a quarter when its box was much taller than wide (a line on a
    # card photographed sideways), and a half when the classifier said "180"; the box's
    # corners are rolled the same way so that each box starts at its text's top-left.
    turns = [(1 if _taller_than_wide(box) else 0) + (2 if flip else 0)
             for box, flip in zip(detected.boxes, flipped, strict=True)]
    boxes = map_boxes_to_original(detected.boxes.copy(), record, *bgr.shape[:2])
    lines = []
    for box, turn, text, score in zip(boxes, turns, texts, scores, strict=False):
        if not text.strip() or score < ocr.text_score:
            continue
        corners = [(float(x), float(y)) for x, y in np.roll(box, -turn, axis=0)]
        lines.append(OcrLine(text.strip(), (corners[0], corners[1], corners[2], corners[3]),
                             score))
    return lines


# A line read with less confidence than this is read again the other way up.
DOUBTFUL = 0.9


def _reread_doubtful(ocr: RapidOCR, crops: list[np.ndarray], flipped: list[bool],
                     texts: list[str], scores: list[float]) -> None:
    """Read again, turned half a turn, the lines the angle classifier may have got wrong:
    those read with little confidence, and those it turned against the card's majority
    (a card is upside down as a whole, not line by line). Keeps the better reading, in
    place."""
    weights = [crop.shape[1] for crop in crops]
    upside_down = sum(w for w, flip in zip(weights, flipped, strict=True) if flip) > sum(
        weights) / 2
    doubtful = [i for i in range(len(crops))
                if scores[i] < DOUBTFUL or flipped[i] != upside_down]
    if not doubtful:
        return
    from rapidocr.main import RapidOCRError
    # The crops are as detected, before the classifier turned any: turn the ones it left.
    turned = [crops[i] if flipped[i] else np.ascontiguousarray(crops[i][::-1, ::-1])
              for i in doubtful]
    try:
        again = ocr.recognize_txt(turned)
    except RapidOCRError:  # nothing read the other way up either: keep the first reading
        return
    for i, text, score in zip(doubtful, again.txts or (), again.scores, strict=False):
        if float(score) > scores[i] + 0.05:
            texts[i], scores[i], flipped[i] = text, float(score), not flipped[i]


def _taller_than_wide(box: np.ndarray) -> bool:
    width = max(np.linalg.norm(box[0] - box[1]), np.linalg.norm(box[2] - box[3]))
    height = max(np.linalg.norm(box[0] - box[3]), np.linalg.norm(box[1] - box[2]))
    return width > 0 and height / width >= 1.5
