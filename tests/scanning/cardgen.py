"""Synthetic business cards rendered from known fields, clean or "photographed".

Each card carries the fields a perfect scanner would return (the `pursuit scan` contract keys,
without `lines`), so tests and bench/bench_scan.py can measure field accuracy. Everything is
deterministic for a given seed: the same seed renders the same pixels.

Fonts come from Debian's fonts-dejavu-core and fonts-liberation packages.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import phonenumbers
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
)
# (regular, bold) file names; the first family found on the machine is the fallback.
FONT_FAMILIES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    ("LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    ("DejaVuSans-ExtraLight.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
)
LAYOUTS = ("classic", "centered", "two_column", "vertical", "dark", "caps")
CARD_SIZE = (1050, 600)  # 3.5 x 2 inches at 300 dpi

# --- the people and companies cards are made of ---------------------------------------------

FIRST_NAMES = (
    "Renata", "Avery", "Sean", "Mary", "Pieter", "Adaeze", "Jonas", "Priya", "Marcus",
    "Helena", "Wei", "Fatima", "Lukas", "Grace", "Daniel", "Ingrid", "Kwame", "Sofia",
)
LAST_NAMES = (
    "Solberg", "McDonald", "O'Brien", "van der Berg", "Okonkwo", "Fischer", "Patel",
    "Whitaker", "MacLeod", "Nakamura", "Kowalski", "Brennan", "Lindqvist", "Abernathy",
)
MIDDLES = ("J.", "Anne", "R.")
PREFIXES = ("Dr.", "Prof.")
CREDENTIALS = ("PhD", "MBA", "CPA", "PE", "MBA, CPA", "MD")
SUFFIXES = ("Jr.", "III")
TITLES = (
    "Head of Applied Science", "Senior Software Engineer", "Vice President, Sales",
    "Director of Partnerships", "Talent Acquisition Lead", "Chief Technology Officer",
    "Product Manager", "Principal Data Scientist", "Account Executive",
    "Engineering Manager", "Technical Recruiter", "Founder & CEO", "Staff Engineer",
    "Research Scientist", "Marketing Director", "Senior Researcher",
)


@dataclass(frozen=True)
class Company:
    name: str
    domain: str
    country: str  # "US", "GB" or "DE": decides phone numbers and address style


COMPANIES = (
    Company("Ferncliff Labs", "ferncliff.example", "US"),
    Company("Larchmont Analytics, Inc.", "larchmont.com", "US"),
    Company("Bellweather Freight LLC", "bellweather.com", "US"),
    Company("Northwind Robotics", "northwind.io", "US"),
    Company("Copperleaf Software Corp.", "copperleaf.com", "US"),
    Company("Tidewater Health Partners", "tidewaterhealth.org", "US"),
    Company("Harrowgate & Finch Ltd", "harrowgate.co.uk", "GB"),
    Company("Quillon Systems GmbH", "quillon.de", "DE"),
)

US_PLACES = (
    ("Portland", "OR", "97205", "503"), ("New York", "NY", "10013", "212"),
    ("San Francisco", "CA", "94107", "415"), ("Boston", "MA", "02110", "617"),
    ("Chicago", "IL", "60601", "312"), ("Seattle", "WA", "98104", "206"),
    ("Burlington", "VT", "05401", "802"), ("Austin", "TX", "78701", "512"),
)
US_STREETS = ("Quarry Lane", "Harbor Blvd", "Main Street", "Elm Avenue", "Market St", "Pine Road")
US_UNITS = ("Suite 2", "Ste 300", "Floor 4", "Suite 1200")
GB_PLACES = (("London", "W2 6BD", "20 7946"), ("Manchester", "M1 4BT", "161 496"))
GB_STREETS = ("Kingdom Street", "Deansgate", "Baker Street")
DE_PLACES = (("Berlin", "10117", "30 901"), ("Munich", "80331", "89 2154"))
DE_STREETS = ("Friedrichstrasse", "Sendlinger Strasse", "Torstrasse")

WORK_LABELS = ("T:", "Tel:", "Office:", "Direct:", "P:", "")
MOBILE_LABELS = ("M:", "Mobile:", "Cell:", "Mob:")
FAX_LABELS = ("F:", "Fax:")


@dataclass
class CardText:
    """What is printed, by role, and the fields a scanner should return for it."""

    name: str
    title: str
    company: str
    contact: list[str] = field(default_factory=list)  # phones, e-mail, web, social
    address: list[str] = field(default_factory=list)
    expected: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SyntheticCard:
    label: str  # e.g. "007-two_column-photo"
    image: Image.Image
    expected: dict[str, Any]
    layout: str
    photographed: bool

    def png_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.image.save(buffer, format="PNG")
        return buffer.getvalue()

    def jpeg_bytes(self, quality: int = 90) -> bytes:
        buffer = io.BytesIO()
        self.image.convert("RGB").save(buffer, format="JPEG", quality=quality)
        return buffer.getvalue()


# --- content ---------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _number(rng: random.Random, company: Company, area: str, kind: str) -> tuple[str, str]:
    """(printed, e164) of a random number of the company's country; may be invalid."""
    if company.country == "US":
        if kind == "mobile":
            area = rng.choice(("917", "646", "971"))
        local = f"555-01{rng.randrange(10, 100)}"
        printed = rng.choice(
            (
                f"({area}) {local}",
                f"{area}.{local.replace('-', '.')}",
                f"{area}-{local}",
                f"+1 {area} {local.replace('-', ' ')}",
                f"+1 ({area}) {local}",
            )
        )
        return printed, f"+1{area}{local.replace('-', '')}"
    if company.country == "GB":
        if kind == "mobile":
            national = f"7{rng.randrange(400, 999)} {rng.randrange(100000, 999999)}"
        else:
            national = f"{area} {rng.randrange(1000, 9999)}"
        printed = rng.choice((f"+44 {national}", f"+44 (0){national}"))
        return printed, "+44" + national.replace(" ", "")
    if kind == "mobile":
        national = f"151 {rng.randrange(1000, 9999)}{rng.randrange(1000, 9999)}"
    else:
        national = f"{area} {rng.randrange(100, 999)}{rng.randrange(10, 99)}"
    printed = rng.choice((f"+49 {national}", f"+49 (0){national}"))
    return printed, "+49" + national.replace(" ", "")


def _phone(rng: random.Random, company: Company, area: str, kind: str) -> tuple[str, dict]:
    """A printed phone number with its label, and its expected contract entry."""
    while True:  # draw again until libphonenumber agrees the number is valid
        printed, e164 = _number(rng, company, area, kind)
        if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
            break
    ext = None
    if kind == "work" and company.country == "US" and rng.random() < 0.35:
        ext = str(rng.randrange(2, 400))
        printed += rng.choice((f" x{ext}", f" ext. {ext}", f" Ext {ext}"))
    labels = {"work": WORK_LABELS, "mobile": MOBILE_LABELS, "fax": FAX_LABELS}[kind]
    label = rng.choice(labels)
    text = f"{label} {printed}".strip()
    return text, {"type": kind, "e164": e164, "ext": ext, "as_printed": printed}


def _address(rng: random.Random, company: Company) -> tuple[list[str], dict, str]:
    """Printed address lines, their expected fields and the phone area code that fits."""
    fields: dict[str, Any] = {"street": None, "city": None, "region": None,
                              "postal_code": None, "country": None}
    if company.country == "US":
        city, state, zip_code, area = rng.choice(US_PLACES)
        if rng.random() < 0.2:
            street = f"PO Box {rng.randrange(100, 9999)}"
        else:
            street = f"{rng.randrange(10, 9999)} {rng.choice(US_STREETS)}"
            if rng.random() < 0.5:
                street += f", {rng.choice(US_UNITS)}"
        lines = [street, f"{city}, {state} {zip_code}"]
        if rng.random() < 0.25:
            lines.append(rng.choice(("USA", "United States")))
            fields["country"] = "US"
        fields.update(street=street, city=city, region=state, postal_code=zip_code)
        if rng.random() < 0.3 and len(lines) == 2:
            lines = [", ".join(lines)]
        return lines, fields, area
    if company.country == "GB":
        city, postcode, area = rng.choice(GB_PLACES)
        street = f"{rng.randrange(1, 200)} {rng.choice(GB_STREETS)}"
        lines = [street, f"{city} {postcode}", "United Kingdom"]
        fields.update(street=street, city=city, postal_code=postcode, country="GB")
        return lines, fields, area
    city, postcode, area = rng.choice(DE_PLACES)
    street = f"{rng.choice(DE_STREETS)} {rng.randrange(1, 120)}"
    lines = [street, f"{postcode} {city}", "Germany"]
    fields.update(street=street, city=city, postal_code=postcode, country="DE")
    return lines, fields, area


def make_text(rng: random.Random) -> CardText:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    middle = rng.choice(MIDDLES) if rng.random() < 0.2 else None
    prefix = rng.choice(PREFIXES) if rng.random() < 0.3 else None
    credentials = rng.choice(CREDENTIALS) if rng.random() < 0.3 else None
    suffix = rng.choice(SUFFIXES) if rng.random() < 0.08 else None
    company = rng.choice(COMPANIES)
    title = rng.choice(TITLES)

    full_name = " ".join(part for part in (first, middle, last, suffix) if part)
    printed_name = " ".join(part for part in (prefix, full_name) if part)
    if credentials:
        printed_name += f", {credentials}"

    address_lines, address, area = _address(rng, company)
    phones: list[dict] = []
    contact: list[str] = []
    kinds = ["work"] + (["mobile"] if rng.random() < 0.6 else []) + (
        ["fax"] if rng.random() < 0.25 else [])
    for kind in kinds:
        text, entry = _phone(rng, company, area, kind)  # unlabelled ones are "work" too
        while any(entry["e164"] == phone["e164"] for phone in phones):
            text, entry = _phone(rng, company, area, kind)
        contact.append(text)
        phones.append(entry)

    local = rng.choice((f"{_slug(first)}.{_slug(last)}", f"{_slug(first)[0]}{_slug(last)}",
                        _slug(first)))
    email = f"{local}@{company.domain}"
    contact.append(email)
    website = None
    if rng.random() < 0.7:
        website = company.domain
        contact.append(rng.choice((company.domain, f"www.{company.domain}",
                                   f"https://www.{company.domain}/")))
    linkedin = twitter = None
    if rng.random() < 0.3:
        linkedin = f"linkedin.com/in/{_slug(first)}{_slug(last)}"
        contact.append(rng.choice((linkedin, f"www.{linkedin}")))
    if rng.random() < 0.2:
        twitter = f"@{_slug(first)}{_slug(last)[:6]}"
        contact.append(twitter)

    expected: dict[str, Any] = {
        "full_name": full_name, "first": first, "middle": middle, "last": last,
        "prefix": prefix, "suffix": suffix, "credentials": credentials,
        "title": title, "company": company.name, "emails": [email], "phones": phones,
        "website": website, "linkedin": linkedin, "twitter": twitter, **address,
    }
    return CardText(printed_name, title, company.name, contact, address_lines, expected)


# --- rendering -------------------------------------------------------------------------------


def _font_path(name: str) -> Path:
    for directory in FONT_DIRS:
        if (directory / name).exists():
            return directory / name
    raise FileNotFoundError(f"font {name} not found: apt-get install fonts-dejavu-core "
                            "fonts-liberation")


def available_families() -> list[tuple[Path, Path]]:
    found = []
    for regular, bold in FONT_FAMILIES:
        try:
            found.append((_font_path(regular), _font_path(bold)))
        except FileNotFoundError:
            continue
    if not found:
        raise FileNotFoundError("no fonts: apt-get install fonts-dejavu-core fonts-liberation")
    return found


class _Painter:
    """Draws lines of text that shrink to fit the width they are given."""

    def __init__(self, image: Image.Image, fonts: tuple[Path, Path], ink: tuple, accent: tuple):
        self.draw = ImageDraw.Draw(image)
        self.fonts = fonts
        self.ink = ink
        self.accent = accent

    def font(self, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(self.fonts[1 if bold else 0]), size)

    def line(self, text: str, x: float, y: float, size: int, max_width: float, *,
             bold: bool = False, accent: bool = False, anchor: str = "la") -> float:
        """Draw one line; returns the y below it."""
        font = self.font(size, bold)
        while size > 12 and self.draw.textlength(text, font=font) > max_width:
            size -= 1
            font = self.font(size, bold)
        self.draw.text((x, y), text, font=font, fill=self.accent if accent else self.ink,
                       anchor=anchor)
        return y + size * 1.3

    def block(self, lines: list[str], x: float, y: float, size: int, max_width: float,
              anchor: str = "la") -> float:
        for text in lines:
            # A line that would need a much smaller font wraps after a comma instead, as a
            # designer would set a long address.
            head, comma, tail = text.rpartition(", ")
            font = self.font(size)
            if comma and self.draw.textlength(text, font=font) > max_width * 1.15:
                y = self.line(head + ",", x, y, size, max_width, anchor=anchor)
                text = tail
            y = self.line(text, x, y, size, max_width, anchor=anchor)
        return y


def render(text: CardText, layout: str, fonts: tuple[Path, Path], rng: random.Random,
           ) -> Image.Image:
    width, height = CARD_SIZE[::-1] if layout == "vertical" else CARD_SIZE
    if layout == "dark":
        paper = tuple(rng.randrange(18, 55) for _ in range(3))
        ink = tuple(rng.randrange(220, 256) for _ in range(3))
        accent = (rng.randrange(200, 240), rng.randrange(170, 210), rng.randrange(60, 120))
    else:
        paper = tuple(rng.randrange(236, 256) for _ in range(3))
        ink = tuple(rng.randrange(0, 60) for _ in range(3))
        accent = rng.choice(((20, 50, 120), (0, 100, 100), (120, 30, 30), (30, 30, 30)))
    image = Image.new("RGB", (width, height), paper)
    paint = _Painter(image, fonts, ink, accent)
    name = text.name.upper() if layout == "caps" else text.name
    company = text.company.upper() if layout == "caps" and rng.random() < 0.5 else text.company
    small = rng.randrange(24, 29)
    margin = 60

    if layout in ("classic", "dark", "caps"):
        y = paint.line(company, margin, 50, 40, width - 2 * margin, bold=True, accent=True)
        y = paint.line(name, margin, y + 40, 50, width - 2 * margin, bold=True)
        y = paint.line(text.title, margin, y, 30, width - 2 * margin)
        lines = text.contact + text.address
        y0 = max(y + 20, height - 40 - len(lines) * small * 1.3)
        paint.block(lines, margin, y0, small, width - 2 * margin)
    elif layout == "centered":
        mid = width / 2
        y = paint.line(company, mid, 45, 42, width - 2 * margin, bold=True, accent=True,
                       anchor="ma")
        y = paint.line(name, mid, y + 25, 48, width - 2 * margin, bold=True, anchor="ma")
        y = paint.line(text.title, mid, y, 30, width - 2 * margin, anchor="ma")
        lines = text.contact + text.address
        size = min(small, int((height - y - 30) / (1.3 * len(lines))))
        paint.block(lines, mid, y + 15, size, width - 2 * margin, anchor="ma")
    elif layout == "two_column":
        column = width * 0.46
        y = paint.line(name, margin, 70, 46, column - margin, bold=True)
        y = paint.line(text.title, margin, y, 28, column - margin)
        paint.line(company, margin, y + 30, 36, column - margin, bold=True, accent=True)
        right = width * 0.52
        y = paint.block(text.contact, right, 70, small, width - right - 40)
        paint.block(text.address, right, y + 10, small, width - right - 40)
    elif layout == "vertical":
        y = paint.line(company, margin, 70, 40, width - 2 * margin, bold=True, accent=True)
        y = paint.line(name, margin, y + 120, 46, width - 2 * margin, bold=True)
        y = paint.line(text.title, margin, y, 28, width - 2 * margin)
        lines = text.contact + text.address
        y0 = max(y + 40, height - 60 - len(lines) * small * 1.3)
        paint.block(lines, margin, y0, small, width - 2 * margin)
    else:
        raise ValueError(f"unknown layout {layout}")
    return image


# --- photographic damage ---------------------------------------------------------------------


def _perspective_coeffs(dst: np.ndarray, src: np.ndarray) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping output points `dst` to input points `src`."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    solution = np.linalg.solve(np.array(rows, float), src.reshape(8).astype(float))
    return solution.tolist()


def _desk(size: tuple[int, int], rng: np.random.Generator, dark: bool) -> Image.Image:
    """A wood-grain or plain desk: low-frequency stripes plus grain noise."""
    width, height = size
    base = rng.uniform(40, 80) if dark else rng.uniform(150, 210)
    tint = np.array([1.0, rng.uniform(0.85, 1.0), rng.uniform(0.65, 0.95)], np.float32)
    ys = np.arange(height, dtype=np.float32)[:, None]
    xs = np.arange(width, dtype=np.float32)[None, :]
    grain = 8 * np.sin(ys / rng.uniform(6, 20) + 3 * np.sin(xs / rng.uniform(80, 200)))
    luminance = base + grain + 4 * rng.standard_normal((height, width), dtype=np.float32)
    pixels = np.clip(luminance[..., None] * tint, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGB")


def photograph(card: Image.Image, rng: random.Random, *, turn: int = 0) -> Image.Image:
    """The card as a phone would see it: on a desk, tilted, in perspective, shadowed, blurred,
    noisy and JPEG-compressed. `turn` rotates the whole card by 90, 180 or 270 degrees."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    if turn:
        card = card.rotate(turn, expand=True)
    canvas_size = (1600, 1200) if card.width >= card.height else (1200, 1600)
    desk = _desk(canvas_size, nrng, dark=rng.random() < 0.4)

    # Where the card's corners land: scaled into the frame, tilted, then each corner pushed
    # a little to fake perspective.
    scale = rng.uniform(0.6, 0.85) * min(canvas_size[0] / card.width,
                                         canvas_size[1] / card.height)
    angle = math.radians(rng.uniform(-20, 20))
    cx, cy = canvas_size[0] / 2 + rng.uniform(-40, 40), canvas_size[1] / 2 + rng.uniform(-40, 40)
    half_w, half_h = card.width * scale / 2, card.height * scale / 2
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * half_w, sy * half_h
        jitter = 0.1 * min(half_w, half_h) * 2
        x += rng.uniform(-jitter, jitter)
        y += rng.uniform(-jitter, jitter)
        corners.append((cx + x * math.cos(angle) - y * math.sin(angle),
                        cy + x * math.sin(angle) + y * math.cos(angle)))
    dst = np.array(corners)
    src = np.array([(0, 0), (card.width, 0), (card.width, card.height), (0, card.height)])
    coeffs = _perspective_coeffs(dst, src)
    warped = card.transform(canvas_size, Image.Transform.PERSPECTIVE, coeffs,
                            Image.Resampling.BICUBIC)
    mask = Image.new("L", card.size, 255).transform(
        canvas_size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR)
    desk.paste(warped, (0, 0), mask)

    pixels = np.asarray(desk).astype(np.float32)
    height, width = pixels.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    # Uneven light across the frame, then a soft-edged shadow over part of it (a hand, a phone).
    light = (1.0 + rng.uniform(-0.25, 0.1) * (xs / width)
             + rng.uniform(-0.25, 0.1) * (ys / height))
    theta = rng.uniform(0, 2 * math.pi)
    offset = rng.uniform(-0.15, 0.25) * width
    distance = (xs - width / 2) * math.cos(theta) + (ys - height / 2) * math.sin(theta) - offset
    shadow = 1.0 - rng.uniform(0.3, 0.6) / (1.0 + np.exp(distance / rng.uniform(20, 80)))
    pixels *= (light * shadow)[..., None]
    pixels += rng.uniform(3, 12) * nrng.standard_normal(pixels.shape, dtype=np.float32)
    image = Image.fromarray(np.clip(pixels, 0, 255, out=pixels).astype(np.uint8), "RGB")
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.6)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=rng.randrange(60, 90))
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# --- card sets -------------------------------------------------------------------------------


def make_card(index: int, *, seed: int = 0, photographed: bool = False,
              layout: str | None = None) -> SyntheticCard:
    """Card number `index` of the set for `seed`; layouts and fonts cycle so any run of six
    consecutive cards covers every layout."""
    rng = random.Random(f"{seed}:{index}")
    families = available_families()
    layout = layout or LAYOUTS[index % len(LAYOUTS)]
    fonts = families[(index // len(LAYOUTS) + index) % len(families)]
    text = make_text(rng)
    image = render(text, layout, fonts, rng)
    if photographed:
        # One photo in seven is taken with the phone turned (7 and the six layouts share no
        # factor, so every layout gets turned in a long enough set).
        turn = rng.choice((90, 180, 270)) if index % 7 == 3 else 0
        image = photograph(image, rng, turn=turn)
    kind = "photo" if photographed else "clean"
    return SyntheticCard(f"{index:03d}-{layout}-{kind}", image, text.expected, layout,
                         photographed)


def card_set(count: int, *, seed: int = 0, photographed: bool = False) -> Iterator[SyntheticCard]:
    for index in range(count):
        yield make_card(index, seed=seed, photographed=photographed)


# --- scoring ---------------------------------------------------------------------------------

SCALAR_FIELDS = (
    "full_name", "first", "middle", "last", "prefix", "suffix", "credentials", "title",
    "company", "website", "linkedin", "twitter", "street", "city", "region", "postal_code",
    "country",
)


def _phone_key(phone: dict) -> tuple:
    return (phone.get("type"), phone.get("e164"), phone.get("ext"))


def score_fields(expected: dict[str, Any], got: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(right, total, misses). A field counts when either side has a value, so empty fields
    that both leave empty do not pad the score; each e-mail and phone counts on its own, and
    an extra one the card does not print counts as a miss."""
    right = total = 0
    misses: list[str] = []
    for key in SCALAR_FIELDS:
        want, have = expected.get(key), got.get(key)
        if want is None and have is None:
            continue
        total += 1
        if want == have:
            right += 1
        else:
            misses.append(f"{key}: want {want!r} got {have!r}")
    for key, as_key in (("emails", str), ("phones", _phone_key)):
        wanted = [as_key(item) for item in expected.get(key, [])]
        found = [as_key(item) for item in got.get(key, [])]
        matched = sum(1 for item in wanted if item in found)
        total += max(len(wanted), len(found))
        right += matched
        if matched < max(len(wanted), len(found)):
            misses.append(f"{key}: want {wanted!r} got {found!r}")
    return right, total, misses
