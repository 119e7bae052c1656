"""Card images from users: checked, decoded, turned upright and scaled for OCR.

Uploads are untrusted: the type is judged by content (PNG, JPEG or WebP only), files and
pixel counts are capped before anything is decoded, and Pillow's decompression-bomb guard is
set to the same low limit.
"""

from __future__ import annotations

import io
import math
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from pursuit.core.errors import BadInput

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 40 MP photo; phones take 12-24 MP by default
# Longest side the OCR sees. Card text stays 15+ px high at this size on a photo where the
# card fills half the frame, and detection time grows with the pixel count.
MAX_SIDE = 1600
# Pillow warns above this many pixels and refuses above twice as many. Process-wide on
# purpose: every image Pursuit opens comes from a user.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

SUPPORTED = ("PNG", "JPEG", "WEBP")
_OTHER_IMAGES = {
    b"GIF87a": "GIF", b"GIF89a": "GIF", b"BM": "BMP", b"II*\x00": "TIFF", b"MM\x00*": "TIFF",
    b"%PDF": "PDF", b"\x00\x00\x01\x00": "ICO",
}


def sniff(data: bytes) -> str | None:
    """The image format named by the file's first bytes, whatever the file is called."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "HEIC/AVIF"
    for magic, name in _OTHER_IMAGES.items():
        if data.startswith(magic):
            return name
    return None


def read_source(source: str | Path | bytes, where: str) -> bytes:
    """The bytes of an upload or a file, refusing anything over MAX_BYTES unread."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
            if path.is_dir():
                raise BadInput("is a directory, not an image", where=where)
            if size > MAX_BYTES:
                raise BadInput(_too_large(size), where=where)
            data = path.read_bytes()
        except FileNotFoundError:
            raise BadInput("no such file", where=where) from None
        except PermissionError:
            raise BadInput("cannot be read (permission denied)", where=where) from None
    if not data:
        raise BadInput("is empty", where=where)
    if len(data) > MAX_BYTES:
        raise BadInput(_too_large(len(data)), where=where)
    return data


def _too_large(size: int) -> str:
    return f"is too large ({size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)"


def load_image(data: bytes, where: str) -> Image.Image:
    """An RGB image upright (EXIF orientation applied) with its longest side at most
    MAX_SIDE, or BadInput saying why not."""
    kind = sniff(data)
    if kind is None:
        raise BadInput("is not an image (PNG, JPEG or WebP expected)", where=where)
    if kind not in SUPPORTED:
        raise BadInput(f"is a {kind} file; use a PNG, JPEG or WebP image", where=where)
    try:
        with warnings.catch_warnings():
            # Over MAX_PIXELS Pillow only warns; we refuse.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind])
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise BadInput(_too_many_pixels(width, height), where=where)
            if kind == "JPEG":
                # Let the decoder scale down by 1/2, 1/4 or 1/8 as it decodes: a 12 MP photo
                # then decodes in a fraction of the time and memory.
                scale = MAX_SIDE / max(width, height)
                if scale < 1:
                    image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
            # WeasyPrint (the PDF letters) turns Pillow's process-wide LOAD_TRUNCATED_IMAGES on
            # when it is imported; a cut-short upload must still be refused here.
            tolerant, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
            try:
                image.load()
            finally:
                ImageFile.LOAD_TRUNCATED_IMAGES = tolerant
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadInput(f"has too many pixels (the limit is {MAX_PIXELS / 1e6:.0f} MP)",
                       where=where) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise BadInput(f"is not a readable {kind} image (damaged or cut short?)",
                       where=where) from None
    upright = _flatten(ImageOps.exif_transpose(image) or image)
    if max(upright.size) > MAX_SIDE:
        upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return upright


def _too_many_pixels(width: int, height: int) -> str:
    return (f"has too many pixels ({width}x{height} = {width * height / 1e6:.0f} MP; "
            f"the limit is {MAX_PIXELS / 1e6:.0f} MP)")


def _flatten(image: Image.Image) -> Image.Image:
    """RGB without transparency: transparent parts become white behind dark text and black
    behind light text, so a cut-out logo card keeps its contrast."""
    if image.mode in ("I", "F") or image.mode.startswith("I;16"):
        # 16-bit greyscale (scanners write it): Pillow's convert would clip it all to white.
        values = np.asarray(image, dtype=np.float32)
        if values.max() > 255:
            values = values / 257.0
        image = Image.fromarray(np.clip(values, 0, 255).astype(np.uint8), "L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in
                                                 image.info):
        rgba = image.convert("RGBA")
        alpha = np.asarray(rgba)[:, :, 3]
        ink = np.asarray(rgba.convert("L"))[alpha > 0]
        background = (255, 255, 255) if ink.size == 0 or ink.mean() < 128 else (0, 0, 0)
        flat = Image.new("RGB", rgba.size, background)
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


