"""What the scanner accepts: PNG, JPEG and WebP within size and pixel caps, upright."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from pursuit.core.errors import BadInput
from pursuit.scanning import images, scan_card
from pursuit.scanning.images import MAX_SIDE, load_image, read_source


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims `width` x `height` pixels but holds almost nothing: a bomb's shape."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b""))


def refused(data: bytes) -> str:
    with pytest.raises(BadInput) as caught:
        load_image(data, "card.png")
    assert caught.value.where == "card.png"
    return caught.value.message


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_png_jpeg_and_webp_load_as_rgb(fmt: str) -> None:
    image = load_image(encode(Image.new("RGB", (300, 200), "white"), fmt), "card")
    assert (image.mode, image.size) == ("RGB", (300, 200))


def test_the_type_is_judged_by_content_not_name(tmp_path: Path) -> None:
    disguised = tmp_path / "card.txt"
    disguised.write_bytes(encode(Image.new("RGB", (40, 30), "white"), "PNG"))
    assert load_image(read_source(disguised, "card.txt"), "card.txt").size == (40, 30)


def test_text_is_not_an_image() -> None:
    assert "not an image" in refused(b"Renata Solberg\nFerncliff Labs\n")


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF"])
def test_other_image_types_are_named_and_refused(fmt: str) -> None:
    assert f"is a {fmt} file" in refused(encode(Image.new("RGB", (10, 10)), fmt))


def test_a_cut_short_file_is_refused() -> None:
    data = encode(Image.new("RGB", (200, 200), "white"), "PNG")
    assert "not a readable PNG" in refused(data[: len(data) // 2])


def test_too_many_pixels_is_refused_before_decoding() -> None:
    assert "too many pixels" in refused(png_header_only(8000, 6000))  # 48 MP
    assert "too many pixels" in refused(png_header_only(30000, 30000))  # past Pillow's own cap


def test_too_large_a_file_is_refused_unread(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_BYTES", 1000)
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\x00" * 2000)
    with pytest.raises(BadInput, match="too large"):
        read_source(big, "big.jpg")
    with pytest.raises(BadInput, match="too large"):
        read_source(big.read_bytes(), "upload")


def test_empty_missing_and_directory(tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(BadInput, match="is empty"):
        read_source(empty, "empty.png")
    with pytest.raises(BadInput, match="no such file"):
        read_source(tmp_path / "missing.png", "missing.png")
    with pytest.raises(BadInput, match="directory"):
        read_source(tmp_path, "dir")


def test_exif_orientation_is_applied() -> None:
    image = Image.new("RGB", (400, 100), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to view", as phones write it
    assert load_image(encode(image, "JPEG", exif=exif), "photo").size == (100, 400)


def test_big_photos_are_scaled_down_for_speed() -> None:
    photo = encode(Image.new("RGB", (4032, 3024), "white"), "JPEG")
    assert max(load_image(photo, "photo").size) == MAX_SIDE


def test_transparency_becomes_a_background_that_keeps_contrast() -> None:
    dark_text = Image.new("RGBA", (60, 20), (0, 0, 0, 0))
    ImageDraw.Draw(dark_text).rectangle((5, 5, 20, 15), fill=(0, 0, 0, 255))
    assert load_image(encode(dark_text, "PNG"), "logo").getpixel((50, 2)) == (255, 255, 255)
    light_text = Image.new("RGBA", (60, 20), (0, 0, 0, 0))
    ImageDraw.Draw(light_text).rectangle((5, 5, 20, 15), fill=(255, 255, 255, 255))
    assert load_image(encode(light_text, "PNG"), "logo").getpixel((50, 2)) == (0, 0, 0)


def test_sixteen_bit_greyscale_keeps_its_contrast() -> None:
    import numpy as np

    values = np.full((20, 60), 60000, np.uint16)
    values[5:15, 5:20] = 1000
    image = load_image(encode(Image.fromarray(values), "PNG"), "scan")
    assert image.getpixel((50, 2)) == (233, 233, 233)
    assert image.getpixel((10, 10)) == (3, 3, 3)


def test_a_blank_image_has_no_readable_text() -> None:
    with pytest.raises(BadInput, match="no readable text"):
        scan_card(encode(Image.new("RGB", (1050, 600), "white"), "PNG"), where="blank.png")
