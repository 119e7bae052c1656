"""Generate the business-card evaluation set: tests/scanning/eval/cards/*.jpg and truth.json.

Every card is written by hand below (CARDS): what is printed on it, and what a careful person
would type into an address book from it. The renderer only lays the printed text out; the
``lines`` of each truth record are recorded from what was actually drawn, in reading order.

Each card is written twice: NNN-flat.jpg (a straight, evenly lit scan) and NNN-photo.jpg (a phone
photo of the card on a table). Everything is seeded from the card's id, so a run is repeatable
given the same fonts and the same Pillow.

    python tests/scanning/eval/generate.py            # all cards
    python tests/scanning/eval/generate.py 003 017    # only these (truth.json is still rewritten
                                                      # in full)

Fonts come from Debian packages (see README.md); the script stops if one is missing.
"""

from __future__ import annotations

import copy
import io
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "cards"
TRUTH = HERE / "truth.json"

LANDSCAPE = (1050, 600)  # 3.5 x 2 in at 300 dpi
PORTRAIT = (600, 1050)
PHOTO_SIZE = (1200, 900)
MAX_BYTES = 120_000

# --------------------------------------------------------------------------------------------
# Fonts (all free: see README.md for each package's licence)

FONT_DIR = Path("/usr/share/fonts")
OT = "opentype"
TT = "truetype"
FAMILIES: dict[str, dict[str, str]] = {
    "inter": {
        w: f"{OT}/inter/Inter-{n}.otf"
        for w, n in [
            ("light", "Light"),
            ("regular", "Regular"),
            ("medium", "Medium"),
            ("semibold", "SemiBold"),
            ("bold", "Bold"),
            ("black", "ExtraBold"),
        ]
    },
    "opensans": {
        w: f"{TT}/open-sans/OpenSans-{n}.ttf"
        for w, n in [
            ("light", "Light"),
            ("regular", "Regular"),
            ("semibold", "Semibold"),
            ("bold", "Bold"),
            ("black", "ExtraBold"),
            ("italic", "Italic"),
        ]
    },
    "roboto": {
        w: f"{TT}/roboto/unhinted/RobotoTTF/Roboto-{n}.ttf"
        for w, n in [
            ("light", "Light"),
            ("regular", "Regular"),
            ("medium", "Medium"),
            ("bold", "Bold"),
            ("black", "Black"),
            ("italic", "Italic"),
        ]
    },
    "robotocond": {
        w: f"{TT}/roboto/unhinted/RobotoCondensed-{n}.ttf"
        for w, n in [
            ("light", "Light"),
            ("regular", "Regular"),
            ("medium", "Medium"),
            ("bold", "Bold"),
        ]
    },
    "lato": {
        w: f"{TT}/lato/Lato-{n}.ttf"
        for w, n in [
            ("light", "Light"),
            ("regular", "Regular"),
            ("medium", "Medium"),
            ("semibold", "Semibold"),
            ("bold", "Bold"),
            ("black", "Black"),
            ("italic", "Italic"),
        ]
    },
    "garamond": {
        "regular": f"{OT}/ebgaramond/EBGaramond12-Regular.otf",
        "italic": f"{OT}/ebgaramond/EBGaramond12-Italic.otf",
    },
    "carlito": {
        w: f"{TT}/crosextra/Carlito-{n}.ttf"
        for w, n in [("regular", "Regular"), ("bold", "Bold"), ("italic", "Italic")]
    },
    "manrope": {
        w: f"{TT}/manrope/Manrope-{n}.ttf"
        for w, n in [
            ("light", "Light"),
            ("regular", "Regular"),
            ("medium", "Medium"),
            ("semibold", "SemiBold"),
            ("bold", "Bold"),
            ("black", "ExtraBold"),
        ]
    },
    "karla": {
        w: f"{TT}/karla/Karla-{n}.otf"
        for w, n in [
            ("light", "Light"),
            ("regular", "Regular"),
            ("medium", "Medium"),
            ("bold", "Bold"),
            ("black", "ExtraBold"),
            ("italic", "Italic"),
        ]
    },
    "spartan": {
        w: f"{OT}/league-spartan/LeagueSpartan-{n}.otf"
        for w, n in [
            ("light", "Light"),
            ("regular", "Regular"),
            ("medium", "Medium"),
            ("semibold", "SemiBold"),
            ("bold", "Bold"),
            ("black", "ExtraBold"),
        ]
    },
    "robotoslab": {
        w: f"{OT}/roboto/slab/RobotoSlab-{n}.otf"
        for w, n in [("light", "Light"), ("regular", "Regular"), ("bold", "Bold")]
    },
    "cabin": {
        w: f"{OT}/cabin/Cabin-{n}.otf"
        for w, n in [
            ("regular", "Regular"),
            ("medium", "Medium"),
            ("semibold", "SemiBold"),
            ("bold", "Bold"),
            ("italic", "Italic"),
        ]
    },
    "libertine": {
        "regular": f"{OT}/linux-libertine/LinLibertine_R.otf",
        "semibold": f"{OT}/linux-libertine/LinLibertine_RZ.otf",
        "bold": f"{OT}/linux-libertine/LinLibertine_RB.otf",
        "italic": f"{OT}/linux-libertine/LinLibertine_RI.otf",
    },
    "biolinum": {
        "regular": f"{OT}/linux-libertine/LinBiolinum_R.otf",
        "bold": f"{OT}/linux-libertine/LinBiolinum_RB.otf",
        "italic": f"{OT}/linux-libertine/LinBiolinum_RI.otf",
    },
    "quicksand": {
        w: f"{TT}/quicksand/Quicksand-{n}.ttf"
        for w, n in [
            ("light", "Light"),
            ("regular", "Regular"),
            ("medium", "Medium"),
            ("bold", "Bold"),
        ]
    },
    "nimbussans": {
        w: f"{OT}/urw-base35/NimbusSans-{n}.otf"
        for w, n in [("regular", "Regular"), ("bold", "Bold"), ("italic", "Italic")]
    },
    "palladio": {  # P052, a Palatino-like face
        w: f"{OT}/urw-base35/P052-{n}.otf"
        for w, n in [("regular", "Roman"), ("bold", "Bold"), ("italic", "Italic")]
    },
    "century": {  # C059, a Century Schoolbook-like face
        w: f"{OT}/urw-base35/C059-{n}.otf"
        for w, n in [("regular", "Roman"), ("bold", "Bold"), ("italic", "Italic")]
    },
    "gothic": {  # URW Gothic, an Avant Garde-like face
        "regular": f"{OT}/urw-base35/URWGothic-Book.otf",
        "bold": f"{OT}/urw-base35/URWGothic-Demi.otf",
    },
    "fa": {"regular": f"{OT}/font-awesome/FontAwesome.otf"},
}

# weight fallbacks when a family lacks the weight asked for
FALLBACK = {
    "light": ["light", "regular"],
    "regular": ["regular"],
    "medium": ["medium", "semibold", "regular"],
    "semibold": ["semibold", "medium", "bold", "regular"],
    "bold": ["bold", "semibold", "regular"],
    "black": ["black", "bold", "regular"],
    "italic": ["italic", "regular"],
}

_font_cache: dict[tuple[str, str, int], ImageFont.FreeTypeFont] = {}


def font(fam: str, weight: str, size: float) -> ImageFont.FreeTypeFont:
    px = max(8, round(size))
    key = (fam, weight, px)
    if key not in _font_cache:
        files = FAMILIES[fam]
        for w in FALLBACK.get(weight, [weight, "regular"]):
            if w in files:
                path = FONT_DIR / files[w]
                break
        else:
            path = FONT_DIR / files["regular"]
        if not path.exists():
            sys.exit(f"missing font {path}: install the Debian font packages listed in README.md")
        _font_cache[key] = ImageFont.truetype(str(path), px)
    return _font_cache[key]


ICONS = {
    "phone": "\uf095",
    "mobile": "\uf10b",
    "fax": "\uf1ac",
    "email": "\uf0e0",
    "web": "\uf0ac",
    "pin": "\uf041",
    "linkedin": "\uf0e1",
    "twitter": "\uf099",
}

# --------------------------------------------------------------------------------------------
# Contact items: what is printed, and what it means


@dataclass
class Item:
    text: str  # the value as printed
    label: str | None = None  # a printed label before it ("T", "Tel.", "e:")
    kind: str = "text"  # phone | email | web | linkedin | twitter | text


def Ph(text: str, label: str | None = None, typ: str = "work", ext: str | None = None) -> Item:
    it = Item(text, label, "phone")
    it.typ = typ  # type: ignore[attr-defined]
    it.ext = ext  # type: ignore[attr-defined]
    return it


def Em(text: str, label: str | None = None) -> Item:
    return Item(text, label, "email")


def Web(text: str, label: str | None = None) -> Item:
    return Item(text, label, "web")


def Li(text: str, label: str | None = None) -> Item:
    return Item(text, label, "linkedin")


def Tw(text: str, label: str | None = None) -> Item:
    return Item(text, label, "twitter")


def Tx(text: str, label: str | None = None) -> Item:
    return Item(text, label, "text")


def icon_for(it: Item) -> str:
    if it.kind == "phone":
        return {"mobile": "mobile", "fax": "fax"}.get(it.typ, "phone")  # type: ignore[attr-defined]
    return {"email": "email", "web": "web", "linkedin": "linkedin", "twitter": "twitter"}.get(
        it.kind, "pin"
    )


# --------------------------------------------------------------------------------------------
# Themes

PALETTES = {
    # light cards
    "ink": dict(bg="#ffffff", fg="#16191d", text="#2a2e35", muted="#5d646e", accent="#1f5fbf"),
    "cream": dict(bg="#f7f2e8", fg="#2b2520", text="#3b332c", muted="#7a6e60", accent="#9c4f2a"),
    "teal": dict(bg="#ffffff", fg="#102a2a", text="#263b3b", muted="#5a6f6f", accent="#0f766e"),
    "burgundy": dict(bg="#fbfaf7", fg="#2a1218", text="#3a2a2e", muted="#6e5a5f", accent="#7b1e3a"),
    "mist": dict(bg="#f1f2f1", fg="#1d1f21", text="#2e3134", muted="#62676d", accent="#3a3f45"),
    "orange": dict(bg="#ffffff", fg="#1f1f1f", text="#333333", muted="#6b6b6b", accent="#e0592a"),
    "green": dict(bg="#fcfcf8", fg="#1b2a1e", text="#2c3a2f", muted="#5f6e62", accent="#2e7d4f"),
    "purple": dict(bg="#ffffff", fg="#1c1830", text="#2e2a40", muted="#655f7a", accent="#5b3cc4"),
    "sky": dict(bg="#ffffff", fg="#0f1c2a", text="#24303d", muted="#586574", accent="#0284c7"),
    "gold": dict(bg="#fffdf8", fg="#1e1b16", text="#2f2a22", muted="#6d6558", accent="#a8832f"),
    "red": dict(bg="#ffffff", fg="#1a1a1a", text="#2d2d2d", muted="#666666", accent="#c8102e"),
    # dark cards
    "navy": dict(bg="#15233f", fg="#ffffff", text="#e4e8f0", muted="#a9b4c9", accent="#f2b134"),
    "charcoal": dict(bg="#232427", fg="#f6f6f4", text="#dedede", muted="#a3a3a3", accent="#d9b25f"),
    "forest": dict(bg="#1d3a2f", fg="#f3f0e6", text="#e5e1d3", muted="#b7c6b3", accent="#d9a86c"),
    "black": dict(bg="#0e0e0f", fg="#ffffff", text="#e8e8e8", muted="#9c9c9c", accent="#ff5a5f"),
    "plum": dict(bg="#3a1f3d", fg="#fbf4fb", text="#eadcea", muted="#c2a9c4", accent="#f0a6ca"),
}


@dataclass
class Theme:
    head: str = "inter"  # family for the name and the company/logo
    body: str = "inter"  # family for everything else
    pal: str = "ink"
    name_w: str = "bold"
    co_w: str = "bold"
    name_caps: bool = False
    title_caps: bool = False
    co_caps: bool = False
    name_track: float = 0
    co_track: float = 0
    title_track: float = 0
    name_size: float = 48
    title_size: float = 26
    body_size: float = 24
    co_size: float = 34
    label_w: str = "bold"
    body_w: str = "regular"
    title_w: str = "regular"
    mark: str | None = None  # a drawn logo mark: circle, rings, tri, diamond, bars, leaf, hex, arc
    label_mode: str = "inline"  # inline | column | icons | bullets
    rounded: bool = False

    def __post_init__(self) -> None:
        # the sizes below are written for a 1050 px card; printed cards run a little larger
        self.body_size *= 1.1
        self.title_size *= 1.06

    def c(self, key: str) -> str:
        return PALETTES[self.pal][key]


# --------------------------------------------------------------------------------------------
# Text layout: a Block is a list of Lines, a Line is a list of segments drawn on one baseline


@dataclass
class Seg:
    text: str
    fam: str
    weight: str
    size: float
    color: str
    track: float = 0
    kind: str = "text"  # text | icon | gap | bullet | rule
    width: float = 0  # for gap / bullet


@dataclass
class Line:
    segs: list[Seg]
    before: float = 0  # extra space above
    lead: float = 1.3

    def size(self) -> float:
        return max((s.size for s in self.segs if s.kind in ("text", "icon")), default=10)

    def string(self) -> str:
        out = []
        for s in self.segs:
            if s.kind == "text":
                out.append(s.text)
            elif s.kind == "gap":
                out.append(" ")
        return re.sub(r"\s+", " ", "".join(out)).strip()


def seg_width(s: Seg, k: float) -> float:
    if s.kind in ("gap", "bullet"):
        return s.width * k
    f = font(s.fam, s.weight, s.size * k)
    if s.track:
        return sum(f.getlength(ch) + s.track * k for ch in s.text) - s.track * k
    return f.getlength(s.text)


@dataclass
class Block:
    lines: list[Line] = field(default_factory=list)
    k: float = 1.0  # scale applied to every size

    def add(self, segs: list[Seg] | Seg, before: float = 0, lead: float = 1.3) -> Block:
        if isinstance(segs, Seg):
            segs = [segs]
        self.lines.append(Line(segs, before, lead))
        return self

    def line_w(self, ln: Line) -> float:
        return sum(seg_width(s, self.k) for s in ln.segs)

    @property
    def w(self) -> float:
        return max((self.line_w(ln) for ln in self.lines), default=0)

    @property
    def h(self) -> float:
        return sum((ln.before + ln.size() * ln.lead) * self.k for ln in self.lines)

    def fit(self, maxw: float, maxh: float | None = None) -> Block:
        """Shrink uniformly until the block fits."""
        for _ in range(40):
            if self.w <= maxw and (maxh is None or self.h <= maxh):
                break
            self.k *= 0.97
        return self


class Canvas:
    def __init__(self, size: tuple[int, int], bg: str):
        self.img = Image.new("RGB", size, bg)
        self.d = ImageDraw.Draw(self.img)
        self.lines: list[str] = []
        self.W, self.H = size

    def text_line(self, text: str) -> None:
        self.lines.append(text)

    def draw_block(self, b: Block, x: float, y: float, align: str = "l") -> tuple[float, float]:
        """Draw the block with its top at y; x is the left edge, centre or right edge.

        Returns the block's (width, height)."""
        k = b.k
        cy = y
        for ln in b.lines:
            sz = ln.size() * k
            cy += ln.before * k
            base = cy + 0.80 * sz + (ln.lead - 1.0) * sz * 0.35
            lw = b.line_w(ln)
            cx = x if align == "l" else x - lw / 2 if align == "c" else x - lw
            for s in ln.segs:
                sw = seg_width(s, k)
                if s.kind == "text":
                    f = font(s.fam, s.weight, s.size * k)
                    if s.track:
                        px = cx
                        for ch in s.text:
                            self.d.text((px, base), ch, font=f, fill=s.color, anchor="ls")
                            px += f.getlength(ch) + s.track * k
                    else:
                        self.d.text((cx, base), s.text, font=f, fill=s.color, anchor="ls")
                elif s.kind == "icon":
                    f = font("fa", "regular", s.size * k)
                    self.d.text((cx, base), s.text, font=f, fill=s.color, anchor="ls")
                elif s.kind == "bullet":
                    r = s.width * k * 0.22
                    bx, by = cx + s.width * k * 0.3, base - sz * 0.33
                    if s.text == "square":
                        self.d.rectangle([bx - r, by - r, bx + r, by + r], fill=s.color)
                    else:
                        self.d.ellipse([bx - r, by - r, bx + r, by + r], fill=s.color)
                cx += sw
            st = ln.string()
            if st:
                self.lines.append(st)
            cy += sz * ln.lead
        return b.w, b.h


# --------------------------------------------------------------------------------------------
# Cards


@dataclass
class P:
    """A person as a careful typist would enter them."""

    first: str
    last: str
    prefix: str | None = None
    middle: str | None = None
    suffix: str | None = None
    cred: str | None = None

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last, self.suffix) if x)


@dataclass
class Card:
    layout: str
    cc: str  # ISO country of the address / phones
    shown: bool  # does the card print the country?
    th: Theme
    person: P
    name: list[str]  # printed name line(s)
    company: str | None  # truth
    co: list[str]  # printed company / logo line(s)
    title: list[str] = field(default_factory=list)  # printed title line(s)
    dept: list[str] = field(default_factory=list)  # printed department line(s)
    rows: list[list[Item]] = field(default_factory=list)  # contact rows, in printed order
    addr: list[str] = field(default_factory=list)  # printed address lines
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal: str | None = None
    tag: str | None = None  # tagline / descriptor printed near the logo
    mono: str | None = None  # initials in a monogram tile
    sep: str = " · "  # separator for rows with several items
    v: int = 0  # layout variant
    title_truth: str | None = None  # when the printed title differs from its typed form
    dept_truth: str | None = None
    extra: list[str] = field(default_factory=list)  # other printed lines (e.g. "Se habla español")
    addr_first: bool = False  # address printed before the phones and e-mail
    name_sep: str | None = None  # print the title on the name's line, after this separator
    title_co: str | None = None  # print the company on the title's line, after this separator
    id: str = ""
    batch: int = 1  # 1: the first 88 cards; 2-26: later batches (SPECS2-SPECS26)
    qr_caption: str | None = None  # a line printed with the QR block (layout "qr")
    addr_label: str | None = None  # the heading over the address cell (layout "grid")


def card(layout: str, cc: str, shown: bool, th: Theme, person: P, name: str | list[str],
         **kw) -> Card:
    if isinstance(name, str):
        name = [name]
    co = kw.pop("co", None)
    company = kw.pop("company", None)
    if co is None:
        co = [company] if company else []
    elif isinstance(co, str):
        co = [co]
    if company is None and co:
        company = " ".join(co)
    for key in ("title", "dept", "addr"):
        if isinstance(kw.get(key), str):
            kw[key] = [kw[key]]
    rows = kw.pop("rows", [])
    rows = [r if isinstance(r, list) else [r] for r in rows]
    return Card(layout, cc, shown, th, person, name, company, co, rows=rows, **kw)


# --------------------------------------------------------------------------------------------
# Phone numbers

CALLING = {"US": "1", "CA": "1", "GB": "44", "AU": "61", "DE": "49", "IE": "353", "NZ": "64",
           "IN": "91", "FR": "33", "NL": "31", "ES": "34", "IT": "39", "SG": "65", "ZA": "27",
           # batch 3
           "MX": "52", "BR": "55", "SE": "46", "CH": "41", "JP": "81", "PL": "48", "BE": "32",
           "AT": "43", "PH": "63", "IL": "972", "AE": "971",
           # batch 5
           "PT": "351", "DK": "45", "NO": "47", "FI": "358", "KR": "82", "AR": "54",
           "CL": "56", "CO": "57", "NG": "234", "KE": "254", "CZ": "420",
           # batch 7
           "HK": "852", "MY": "60",
           # batch 10
           "TR": "90",
           # batch 11
           "GR": "30", "SA": "966", "EG": "20", "GH": "233", "CN": "86", "TW": "886",
           "ID": "62", "PE": "51",
           # batch 12
           "VN": "84", "TH": "66",
           # batch 13
           "PK": "92", "BD": "880",
           # batch 14
           "RO": "40", "UA": "380", "MA": "212",
           # batch 15
           "HU": "36", "JO": "962", "QA": "974"}
# Italian numbers keep their leading 0 after +39 (it is part of the number, not a trunk prefix)
KEEP_ZERO = {"IT"}


def e164(printed: str, cc: str, ext: str | None) -> str:
    s = printed
    if ext:
        # extension words: ext., x, poste (Québec), loc. (Philippines), ramal (Brazil),
        # wew. (Poland)
        s, n = re.subn(r"(?i)\s*,?\s*(?:ext\.?|x|poste|#|-|loc\.|ramal|wew\.)?\s*"
                       + re.escape(ext) + r"\s*$", "", s)
        assert n == 1, printed
    s = s.replace("(0)", "")
    digits = re.sub(r"\D", "", s)
    if s.strip().startswith("+"):
        return "+" + digits
    code = CALLING[cc]
    if code == "1":
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
        assert len(digits) == 10, printed
        return "+1" + digits
    if digits.startswith("0") and cc not in KEEP_ZERO:
        digits = digits[1:]
    return "+" + code + digits


# --------------------------------------------------------------------------------------------
# Drawing helpers shared by the layouts


def hexrgb(h: str) -> tuple[int, int, int]:
    h = h.lstrip("#")
    return tuple(int(h[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def mix(a: str, b: str, t: float) -> str:
    ca, cb = hexrgb(a), hexrgb(b)
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))


def draw_mark(cv: Canvas, kind: str, x: float, y: float, s: float, color: str, bg: str) -> None:
    """A simple geometric logo mark in the box (x, y, s, s)."""
    d = cv.d
    if kind == "circle":
        d.ellipse([x, y, x + s, y + s], fill=color)
        d.ellipse([x + s * 0.3, y + s * 0.3, x + s * 0.7, y + s * 0.7], fill=bg)
    elif kind == "rings":
        w = max(3, round(s * 0.09))
        d.ellipse([x, y + s * 0.15, x + s * 0.7, y + s * 0.85], outline=color, width=w)
        d.ellipse([x + s * 0.3, y + s * 0.15, x + s, y + s * 0.85], outline=color, width=w)
    elif kind == "tri":
        d.polygon([(x, y + s), (x + s / 2, y), (x + s, y + s)], fill=color)
        d.polygon([(x + s * 0.3, y + s), (x + s / 2, y + s * 0.6), (x + s * 0.7, y + s)], fill=bg)
    elif kind == "diamond":
        d.polygon([(x + s / 2, y), (x + s, y + s / 2), (x + s / 2, y + s), (x, y + s / 2)],
                  fill=color)
    elif kind == "bars":
        bw = s / 5
        for i, hh in enumerate((0.5, 0.8, 1.0)):
            bx = x + i * bw * 1.8
            d.rectangle([bx, y + s * (1 - hh), bx + bw, y + s], fill=color)
    elif kind == "leaf":
        d.chord([x, y, x + s * 1.4, y + s * 1.4], 180, 270, fill=color)
        d.chord([x - s * 0.4, y - s * 0.4, x + s, y + s], 0, 90, fill=color)
    elif kind == "hex":
        ox, oy, r = x + s / 2, y + s / 2, s / 2
        pts = [(ox + r * math.cos(math.radians(a)), oy + r * math.sin(math.radians(a)))
               for a in range(30, 390, 60)]
        d.polygon(pts, fill=color)
        inner = [(ox + (px - ox) * 0.45, oy + (py - oy) * 0.45) for px, py in pts]
        d.polygon(inner, fill=bg)
    elif kind == "arc":
        w = max(4, round(s * 0.14))
        d.arc([x, y, x + s, y + s], 200, 340, fill=color, width=w)
        d.arc([x + s * 0.2, y + s * 0.35, x + s * 0.8, y + s * 0.95], 200, 340, fill=color, width=w)
    elif kind == "square":
        d.rectangle([x, y, x + s, y + s], fill=color)
        d.rectangle([x + s * 0.25, y + s * 0.25, x + s, y + s], fill=bg)


def caps(s: str, on: bool) -> str:
    return s.upper() if on else s


def name_block(c: Card, th: Theme, size: float | None = None, color: str | None = None) -> Block:
    b = Block()
    sz = size or th.name_size
    col = color or th.c("fg")
    for i, n in enumerate(c.name):
        segs = [Seg(caps(n, th.name_caps), th.head, th.name_w, sz, col, th.name_track)]
        last = i == len(c.name) - 1
        if last and c.name_sep and c.title:
            tsz = max(th.title_size, sz * 0.55)
            segs.append(Seg(c.name_sep, th.body, "light", tsz, th.c("accent")))
            segs.append(Seg(caps(c.title[0], th.title_caps), th.body, th.title_w, tsz,
                            color or th.c("muted"), th.title_track))
        b.add(segs, lead=1.3 if last else 1.15)
    return b


def title_block(c: Card, th: Theme, size: float | None = None, color: str | None = None,
                with_dept: bool = True) -> Block:
    b = Block()
    sz = size or th.title_size
    col = color or th.c("muted")
    titles = [] if c.name_sep else c.title
    for i, t in enumerate(titles):
        segs = [Seg(caps(t, th.title_caps), th.body, th.title_w, sz, col, th.title_track)]
        if c.title_co and i == len(titles) - 1:
            segs.append(Seg(c.title_co, th.body, "regular", sz, th.c("accent")))
            segs.append(Seg(c.company or "", th.body, "semibold", sz, color or th.c("text")))
        b.add(segs, lead=1.3)
    if with_dept:
        for t in c.dept:
            b.add(Seg(t, th.body, "regular", sz * 0.92, col), lead=1.3)
    return b


def co_block(c: Card, th: Theme, size: float | None = None, color: str | None = None,
             with_tag: bool = True) -> Block:
    b = Block()
    sz = size or th.co_size
    for i, t in enumerate(c.co):
        b.add(
            Seg(caps(t, th.co_caps), th.head, th.co_w, sz, color or th.c("fg"), th.co_track),
            lead=1.08 if i < len(c.co) - 1 else 1.2,
        )
    if with_tag and c.tag:
        b.add(Seg(c.tag, th.body, "regular", sz * 0.5, th.c("muted"), 1.5), lead=1.4)
    return b


def item_segs(it: Item, th: Theme, sz: float, color: str, mode: str,
              label_w: float = 0) -> list[Seg]:
    """Segments of one contact item (label + value)."""
    segs: list[Seg] = []
    acc = th.c("accent")
    if mode == "icons":
        segs.append(Seg(ICONS[icon_for(it)], "fa", "regular", sz * 0.95, acc, kind="icon"))
        segs.append(Seg("", "", "", sz, acc, kind="gap", width=sz * 1.45 - seg_width(
            Seg(ICONS[icon_for(it)], "fa", "regular", sz * 0.95, acc, kind="icon"), 1)))
    elif mode == "bullets":
        segs.append(Seg("square" if th.rounded is False else "dot", "", "", sz, acc, kind="bullet",
                        width=sz * 1.0))
    if it.label:
        ls = Seg(it.label, th.body, th.label_w, sz * 0.88, acc)
        segs.append(ls)
        pad = max(0.0, label_w - seg_width(ls, 1)) if mode == "column" else 0
        segs.append(Seg("", "", "", sz, color, kind="gap", width=sz * 0.45 + pad))
    segs.append(Seg(it.text, th.body, th.body_w, sz, color))
    return segs


def rows_block(c: Card, th: Theme, rows: list[list[Item]] | None = None, size: float | None = None,
               color: str | None = None, mode: str | None = None, lead: float = 1.45,
               sep: str | None = None) -> Block:
    rows = c.rows if rows is None else rows
    sz = size or th.body_size
    col = color or th.c("text")
    mode = mode or th.label_mode
    sep = c.sep if sep is None else sep
    label_w = 0.0
    if mode == "column":
        label_w = max(
            (seg_width(Seg(it.label, th.body, th.label_w, sz * 0.88, col), 1)
             for r in rows for it in r if it.label),
            default=0,
        )
    b = Block()
    for r in rows:
        segs: list[Seg] = []
        for j, it in enumerate(r):
            if j:
                sep_col = th.c("accent") if sep.strip() in "|•" else col
                segs.append(Seg(sep, th.body, "regular", sz, sep_col))
            # icons and bullets mark a row, not every item in it
            item_mode = mode if j == 0 or mode not in ("icons", "bullets") else "inline"
            segs.extend(item_segs(it, th, sz, col, item_mode, label_w))
        b.add(segs, lead=lead)
    return b


def addr_block(c: Card, th: Theme, size: float | None = None, color: str | None = None,
               mode: str | None = None, lead: float = 1.4) -> Block:
    sz = size or th.body_size
    col = color or th.c("text")
    mode = mode or th.label_mode
    b = Block()
    for i, a in enumerate(c.addr):
        segs: list[Seg] = []
        if mode == "icons":
            ic = Seg(ICONS["pin"], "fa", "regular", sz * 0.95, th.c("accent"), kind="icon")
            if i == 0:
                gap = sz * 1.45 - seg_width(ic, 1)
                segs += [ic, Seg("", "", "", sz, col, kind="gap", width=gap)]
            else:
                segs += [Seg("", "", "", sz, col, kind="gap", width=sz * 1.45)]
        elif mode == "bullets":
            segs.append(Seg("square" if i == 0 else "none", "", "", sz, th.c("accent") if i == 0
                            else th.c("bg"), kind="bullet", width=sz * 1.0))
        segs.append(Seg(a, th.body, th.body_w, sz, col))
        b.add(segs, lead=lead)
    return b


def extra_block(c: Card, th: Theme, size: float | None = None) -> Block:
    b = Block()
    for e in c.extra:
        b.add(Seg(e, th.body, "italic", (size or th.body_size) * 0.95, th.c("muted")), lead=1.4)
    return b


def stack(*blocks: Block, gap: float = 0) -> Block:
    out = Block()
    first = True
    for b in blocks:
        if not b.lines:
            continue
        for i, ln in enumerate(b.lines):
            before = ln.before + (gap if i == 0 and not first else 0)
            out.lines.append(Line(ln.segs, before, ln.lead))
        first = False
    return out


def monogram(cv: Canvas, text: str, x: float, y: float, s: float, th: Theme,
             style: int = 0) -> None:
    acc = th.c("accent")
    f = font(th.head, "bold", s * 0.42)
    if style == 0:
        cv.d.rectangle([x, y, x + s, y + s], fill=acc)
        col = th.c("bg") if _lum(acc) < 0.6 else th.c("fg")
    else:
        cv.d.rectangle([x, y, x + s, y + s], outline=acc, width=max(3, round(s * 0.05)))
        col = acc
    cv.d.text((x + s / 2, y + s / 2 + s * 0.02), text, font=f, fill=col, anchor="mm")
    cv.text_line(text)


def _lum(h: str) -> float:
    r, g, b = hexrgb(h)
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


def bake(b: Block) -> Block:
    """The same block with its scale folded into the sizes (so it can be stacked)."""
    if b.k == 1.0:
        return b
    k = b.k
    out = Block()
    for ln in b.lines:
        segs = [Seg(s.text, s.fam, s.weight, s.size * k, s.color, s.track * k, s.kind, s.width * k)
                for s in ln.segs]
        out.lines.append(Line(segs, ln.before * k, ln.lead))
    return out


def ident(c: Card, th: Theme, maxw: float = 10_000, name_size: float | None = None,
          title_size: float | None = None, gap: float = 6) -> Block:
    """Name, then title and department; each shrunk on its own to fit maxw."""
    nb = name_block(c, th, name_size).fit(maxw)
    tb = title_block(c, th, title_size).fit(maxw)
    return stack(bake(nb), bake(tb), gap=gap)


def details(c: Card, th: Theme, size: float | None = None, mode: str | None = None,
            addr_first: bool | None = None, gap: float = 14, lead: float = 1.45) -> Block:
    if addr_first is None:
        addr_first = c.addr_first
    r = rows_block(c, th, size=size, mode=mode, lead=lead)
    a = addr_block(c, th, size=size, mode=mode, lead=lead - 0.05)
    e = extra_block(c, th, size)
    return stack(a, r, e, gap=gap) if addr_first else stack(r, a, e, gap=gap)


class Logo:
    """A logo: an optional drawn mark or monogram tile, then the company line(s) and tagline."""

    def __init__(self, c: Card, th: Theme, size: float | None = None, color: str | None = None,
                 bg: str | None = None, mark: bool = True, mono: bool = False, above: bool = False,
                 with_tag: bool = True, mono_style: int = 0):
        self.c, self.th = c, th
        self.co = co_block(c, th, size, color, with_tag=with_tag)
        self.bg = bg or th.c("bg")
        self.mono = c.mono if mono else None
        self.kind = "mono" if self.mono else (th.mark if mark and th.mark else None)
        self.above = above  # mark above the text (centred logos) instead of to its left
        self.mono_style = mono_style
        base = size or th.co_size
        if self.mono:
            self.ms = max(base * 2.9, self.co.h * 1.1, 96)
        elif self.kind:
            self.ms = self.co.h * 0.85 if len(c.co) > 1 else base * 1.2
        else:
            self.ms = 0
        self.k = 1.0

    @property
    def w(self) -> float:
        self.co.k = self.k
        if not self.kind:
            return self.co.w
        if self.above:
            return max(self.ms * self.k, self.co.w)
        return self.ms * self.k * 1.3 + self.co.w

    @property
    def h(self) -> float:
        self.co.k = self.k
        if not self.kind:
            return self.co.h
        if self.above:
            return self.ms * self.k * 1.35 + self.co.h
        return max(self.ms * self.k, self.co.h)

    def fit(self, maxw: float, maxh: float | None = None) -> Logo:
        for _ in range(40):
            if self.w <= maxw and (maxh is None or self.h <= maxh):
                break
            self.k *= 0.97
        return self

    def draw(self, cv: Canvas, x: float, y: float, align: str = "l") -> None:
        w, h, ms = self.w, self.h, self.ms * self.k
        lx = x if align == "l" else x - w / 2 if align == "c" else x - w
        if not self.kind:
            cv.draw_block(self.co, x, y, align)
            return
        if self.above:
            mx = lx + (w - ms) / 2 if align == "c" else lx if align == "l" else lx + w - ms
            self._mark(cv, mx, y, ms)
            if self.co.lines:
                cv.draw_block(self.co, x, y + ms * 1.35, align)
            return
        self._mark(cv, lx, y + (h - ms) / 2, ms)
        if self.co.lines:
            cv.draw_block(self.co, lx + ms * 1.3, y + (h - self.co.h) / 2 + self.co.h * 0.05, "l")

    def _mark(self, cv: Canvas, x: float, y: float, s: float) -> None:
        if self.mono:
            monogram(cv, self.mono, x, y, s, self.th, self.mono_style)
        else:
            draw_mark(cv, self.kind or "circle", x, y, s, self.th.c("accent"), self.bg)


Thing = Block | Logo


def place(cv: Canvas, obj: Thing, x: float, y: float, align: str = "l") -> None:
    if isinstance(obj, Logo):
        obj.draw(cv, x, y, align)
    else:
        cv.draw_block(obj, x, y, align)


def column(cv: Canvas, x: float, y0: float, y1: float, w: float, top: list[Thing],
           bottom: list[Thing] | None = None, align: str = "l", gap: float = 26,
           top_gaps: list[float] | None = None, center: bool = False) -> None:
    """Stack `top` down from y0 and `bottom` up from y1 inside a column of width w, shrinking
    everything together if it does not fit. With center=True, top and bottom form one stack
    centred vertically."""
    bottom = bottom or []
    top = [t for t in top if t.h > 0]
    bottom = [t for t in bottom if t.h > 0]
    for t in top + bottom:
        t.fit(w)
    gaps = top_gaps or [gap] * len(top)
    for _ in range(60):
        need = sum(t.h for t in top + bottom) + sum(gaps[: max(0, len(top) - 1)])
        need += gap * (max(0, len(bottom) - 1) + (1 if top and bottom else 0))
        if need <= (y1 - y0):
            break
        for t in top + bottom:
            t.k *= 0.97
    else:
        need = y1 - y0
    if center:
        y = y0 + ((y1 - y0) - need) / 2
        for i, t in enumerate(top + bottom):
            place(cv, t, x, y, align)
            y += t.h + (gaps[i] if i < len(top) else gap)
        return
    y = y0
    for i, t in enumerate(top):
        place(cv, t, x, y, align)
        y += t.h + gaps[i]
    yb = y1 - sum(t.h for t in bottom) - gap * max(0, len(bottom) - 1)
    for t in bottom:
        place(cv, t, x, yb, align)
        yb += t.h + gap


# --------------------------------------------------------------------------------------------
# Layouts. Each draws on the canvas in reading order (so Canvas.lines is the card's text).

M = 66


def has_logo(c: Card) -> bool:
    return bool(c.co) or bool(c.mono)


def L_classic(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    if c.v == 0:
        top: list[Thing] = []
        if has_logo(c):
            top.append(Logo(c, th))
        top.append(ident(c, th, W - 2 * M))
        column(cv, M, M, H - M + 8, W - 2 * M, top, [details(c, th)], gap=22,
               top_gaps=[48, 20])
    else:
        # name top-left, logo top-right; phones/e-mail bottom-left, address bottom-right
        idb = ident(c, th, W * 0.55).fit(W * 0.55)
        lg = Logo(c, th, size=th.co_size * 0.9).fit(W * 0.36, H * 0.3)
        place(cv, idb, M, M)
        if has_logo(c):
            place(cv, lg, W - M, M + 4, "r")
        rb = stack(rows_block(c, th), extra_block(c, th)).fit(W * 0.5)
        ab = addr_block(c, th).fit(W * 0.42)
        k = min(1.0, (H - 2 * M - idb.h - 30) / max(rb.h, ab.h, 1))
        rb.k *= k
        ab.k *= k
        place(cv, rb, M, H - M + 6 - rb.h)
        place(cv, ab, W - M, H - M + 6 - ab.h, "r")


def L_centred(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    top: list[Thing] = []
    if c.v == 0 and has_logo(c):
        top.append(Logo(c, th, size=th.co_size, above=W < H))
    idb = ident(c, th, W - 2 * M)
    top.append(idb)
    bottom: list[Thing] = [details(c, th, lead=1.4, gap=8)]
    if c.v == 1 and has_logo(c):
        top.append(co_block(c, th, size=th.title_size * 1.05, color=th.c("accent")))
    column(cv, W / 2, M - 6, H - M + 10, W - 2 * M, top, bottom, align="c", gap=26,
           top_gaps=[40, 14, 14] if c.v == 0 else [14, 14])
    # a short rule between the person and the details
    y = H - M + 10 - bottom[0].h - 16
    cv.d.line([(W / 2 - 40, y), (W / 2 + 40, y)], fill=th.c("accent"), width=2)


def L_two_columns(cv: Canvas, c: Card, th: Theme, rule: bool = True) -> None:
    W, H = cv.W, cv.H
    split = W * (0.50 if c.v == 0 else 0.47)
    left: list[Thing] = []
    if has_logo(c):
        left.append(Logo(c, th, size=th.co_size * 0.9, mono=bool(c.mono)))
    left_bottom: list[Thing] = [ident(c, th, split - M - 34)]
    column(cv, M, M, H - M + 6, split - M - 34, left, left_bottom, gap=24)
    if rule:
        cv.d.line([(split, M + 10), (split, H - M - 10)], fill=mix(th.c("bg"), th.c("muted"), 0.5),
                  width=2)
    det = details(c, th, lead=1.5, gap=14)
    if c.v == 0:
        column(cv, split + 36, M, H - M, W - split - 36 - M + 10, [det], center=True)
    else:
        column(cv, W - M, M, H - M, W - split - 36 - M, [det], center=True, align="r")


def L_vertical(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    align, x = ("c", W / 2) if c.v == 0 else ("l", M)
    if c.v == 1:
        cv.d.rectangle([0, 0, W, 14], fill=th.c("accent"))
    y0 = M + (30 if c.v == 0 else 56)
    lg = None
    if has_logo(c):
        lg = Logo(c, th, above=True, mono=bool(c.mono), size=th.co_size * 1.05)
        lg.fit(W - 2 * M, H * 0.25)
    idb = ident(c, th, W - 2 * M + 10)
    det = details(c, th, lead=1.45).fit(W - 2 * M + 10)
    for _ in range(30):
        ytop = y0 + (lg.h + 50 if lg else 0)
        ybot = H - M - det.h
        if ybot - ytop >= idb.h + 60:
            break
        det.k *= 0.97
        idb.k *= 0.97
    if lg:
        place(cv, lg, x, y0, align)
    place(cv, idb, x, ytop + max(0, (ybot - ytop - idb.h) * 0.42), align)
    place(cv, det, x, ybot, align)


def L_dark(cv: Canvas, c: Card, th: Theme) -> None:
    if c.v == 0:
        L_classic(cv, c, th)
    elif c.v == 1:
        L_centred(cv, c, th)
    else:
        L_two_columns(cv, c, th, rule=False)


def L_band(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    acc = th.c("accent")
    if c.v == 0:  # side bar on the left
        cv.d.rectangle([0, 0, 34, H], fill=acc)
        top: list[Thing] = []
        if has_logo(c):
            top.append(Logo(c, th))
        top.append(ident(c, th, W - 2 * M - 34))
        column(cv, M + 34, M, H - M + 8, W - 2 * M - 34, top, [details(c, th)], gap=20,
               top_gaps=[44, 20])
    elif c.v == 1:  # coloured band across the top with the logo in it
        bh = H * 0.30
        cv.d.rectangle([0, 0, W, bh], fill=acc)
        light = th.c("bg")
        if has_logo(c):
            lg = Logo(c, th, color=light, bg=acc, mark=False).fit(W - 2 * M, bh - 40)
            place(cv, lg, M, (bh - lg.h) / 2)
        split = W * 0.48
        column(cv, M, bh + 40, H - 40, split - M, [ident(c, th, split - M)], center=True)
        column(cv, split + 20, bh + 34, H - 34, W - split - 20 - M + 20,
               [details(c, th, size=th.body_size * 0.95, lead=1.4, gap=8)], center=True)
    elif c.v == 2:  # band along the bottom with the web address / phone in it
        bh = H * 0.2
        cv.d.rectangle([0, H - bh, W, H], fill=acc)
        band_rows = c.rows[-1:]
        top = []
        if has_logo(c):
            top.append(Logo(c, th))
        top.append(ident(c, th, W - 2 * M))
        body = stack(rows_block(c, th, rows=c.rows[:-1]), addr_block(c, th), gap=8)
        column(cv, M, M - 6, H - bh - 26, W - 2 * M, top, [body], gap=20, top_gaps=[36, 16])
        bb = rows_block(c, th, rows=band_rows, color=th.c("bg"), mode="inline").fit(W - 2 * M)
        place(cv, bb, W / 2, H - bh / 2 - bb.h / 2, "c")
    else:  # coloured panel on the right third with the logo
        px = W * 0.64
        cv.d.rectangle([px, 0, W, H], fill=acc)
        top = [ident(c, th, px - M - 40)]
        column(cv, M, M, H - M + 8, px - M - 40, top, [details(c, th)], gap=22)
        if has_logo(c):
            lg = Logo(c, th, color=th.c("bg"), bg=acc, above=True).fit(W - px - 60, H * 0.6)
            place(cv, lg, (px + W) / 2, (H - lg.h) / 2, "c")


def L_monogram(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    if c.v == 0:  # tile + company top-left, person and details below
        top: list[Thing] = [Logo(c, th, mono=True, size=th.co_size * 0.85), ident(c, th, W - 2 * M)]
        column(cv, M, M, H - M + 8, W - 2 * M, top, [details(c, th)], gap=20, top_gaps=[36, 20])
    elif c.v == 1:  # tile centred above the company, person and details centred
        lg = Logo(c, th, mono=True, above=True, size=th.co_size * 0.95)
        column(cv, W / 2, M - 16, H - M + 12, W - 2 * M, [lg, ident(c, th, W - 2 * M)],
               [details(c, th, lead=1.35, gap=6)], align="c", gap=18, top_gaps=[20, 10])
    else:  # outlined tile with company at left, details on the right
        L_two_columns(cv, c, th, rule=False)


def L_company_top(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    align, x = ("l", M) if c.v == 0 else ("c", W / 2)
    lg = Logo(c, th, size=th.co_size)
    idb = ident(c, th, W - 2 * M)
    if c.v == 0:
        column(cv, x, M - 8, H - M + 8, W - 2 * M, [lg, idb], [details(c, th)], align=align,
               gap=20, top_gaps=[40, 20])
    else:
        column(cv, x, M - 8, H - M + 8, W - 2 * M, [lg, idb], [details(c, th, lead=1.35, gap=6)],
               align=align, gap=20, top_gaps=[34, 16])


def L_minimal(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    if c.v == 0:
        idb = ident(c, th, W - 2 * M).fit(W - 2 * M)
        place(cv, idb, M + 10, H * 0.36 - idb.h / 2)
        det = details(c, th, lead=1.5).fit(W - 2 * M)
        place(cv, det, M + 10, H - M - det.h + 4)
    else:
        idb = ident(c, th, W - 2 * M).fit(W - 2 * M)
        det = details(c, th, lead=1.5).fit(W - 2 * M)
        place(cv, idb, W / 2, H * 0.42 - idb.h / 2 - 10, "c")
        place(cv, det, W / 2, H * 0.42 + idb.h / 2 + 40, "c")


def L_labels(cv: Canvas, c: Card, th: Theme) -> None:
    if c.v == 0:
        L_classic(cv, c, th)
    else:
        # labels in a column read best left-aligned, so the right column is left-aligned too
        v, c.v = c.v, 0
        L_two_columns(cv, c, th, rule=v == 1)
        c.v = v


def L_icons(cv: Canvas, c: Card, th: Theme) -> None:
    if c.v == 0:
        L_two_columns(cv, c, th, rule=False)
    else:
        L_classic(cv, c, th)


def L_one_line(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    if c.v == 0:
        idb = ident(c, th, W * 0.5)
        top: list[Thing] = [idb]
        if has_logo(c):
            lg = Logo(c, th, size=th.co_size * 0.85).fit(W * 0.4, H * 0.25)
            idb.fit(W * 0.5)
            place(cv, idb, M, M)
            place(cv, lg, W - M, M + 6, "r")
            top = []
        det = details(c, th, lead=1.55, addr_first=True, gap=0)
        column(cv, M, M + (0 if top else idb.h + 30), H - M + 8, W - 2 * M, top, [det], gap=20)
    else:
        top = []
        if has_logo(c):
            top.append(Logo(c, th))
        top.append(ident(c, th, W - 2 * M))
        column(cv, W / 2, M - 6, H - M + 8, W - 2 * M, top,
               [details(c, th, lead=1.5, addr_first=False, gap=0)],
               align="c", gap=20, top_gaps=[30, 14])


def L_dense(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    split = W * 0.5
    left: list[Thing] = []
    if has_logo(c):
        left.append(Logo(c, th, size=th.co_size * 0.95, mono=bool(c.mono)))
    idb = ident(c, th, split - M - 4, gap=4)
    column(cv, M - 16, M - 20, H - M + 20, split - M - 4, left, [idb], gap=20)
    det = details(c, th, lead=1.38, gap=10)
    if c.v == 0:
        column(cv, split + 10, M - 26, H - M + 26, W - split - M + 26, [det], center=True)
    else:
        column(cv, W - M + 16, M - 26, H - M + 26, W - split - M + 6, [det], center=True, align="r")


def L_right_aligned(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    if has_logo(c):
        lg = Logo(c, th, size=th.co_size * 0.9, above=c.v == 1).fit(W * 0.42, H * 0.4)
        place(cv, lg, M, M)
    top: list[Thing] = [ident(c, th, W * 0.5 - M)]
    x0 = W * 0.5
    column(cv, W - M, M + (lg.h + 30 if c.v == 1 and has_logo(c) else 0), H - M + 8,
           W - M - x0, top, [details(c, th)], align="r", gap=22)


# Batch 3's own layouts: logo-left (a logo panel or a large mark on the left, text on the
# right), qr (a QR-code block beside the text) and big-name (the name in very large thin type).


def L_logo_left(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    acc, bg = th.c("accent"), th.c("bg")
    if c.v == 0:  # a coloured panel on the left: a light mark and the company under it
        pw = W * 0.34
        cv.d.rectangle([0, 0, pw, H], fill=acc)
        cb = co_block(c, th, color=bg).fit(pw - 56, H * 0.4)
        ms = H * 0.24 if th.mark else 0
        top = (H - ms * 1.3 - cb.h) / 2
        if th.mark:
            draw_mark(cv, th.mark, pw / 2 - ms / 2, top, ms, bg, acc)
        place(cv, cb, pw / 2, top + ms * 1.3, "c")
        x = pw + 50
        column(cv, x, M, H - M + 8, W - x - M + 10, [ident(c, th, W - x - M)], [details(c, th)],
               gap=22)
    else:  # a large mark or initials tile on white, a thin rule, then everything else
        s = H * 0.36
        if c.mono:
            monogram(cv, c.mono, M, (H - s) / 2, s, th)
        elif th.mark:
            draw_mark(cv, th.mark, M, (H - s) / 2, s, acc, bg)
        rx = M + s + 40
        cv.d.line([(rx, M), (rx, H - M)], fill=mix(bg, th.c("muted"), 0.5), width=2)
        x = rx + 40
        w = W - x - M + 10
        top: list[Thing] = []
        if c.co:
            top.append(co_block(c, th, size=th.co_size * 0.8))
        top.append(ident(c, th, w))
        column(cv, x, M - 6, H - M + 8, w, top, [details(c, th)], gap=20, top_gaps=[18, 20])


def draw_qr(cv: Canvas, x: float, y: float, s: float, seed: int, fg: str) -> None:
    """A QR-code-like block (finder squares, timing rows, seeded modules) on a white patch.

    It does not decode: it stands for the vCard or URL code that many cards print, as a
    distraction for the text reader, not as data."""
    n = 29
    q = s / (n + 2)  # one module of quiet zone all round
    cv.d.rectangle([x, y, x + s, y + s], fill="#ffffff")
    rng = np.random.default_rng(seed)
    dark = rng.random((n, n)) < 0.48
    for i in range(n):
        dark[6, i] = dark[i, 6] = i % 2 == 0
    for fy, fx in ((0, 0), (0, n - 7), (n - 7, 0)):
        for yy in range(-1, 8):
            for xx in range(-1, 8):
                if 0 <= fy + yy < n and 0 <= fx + xx < n:
                    ring = max(abs(yy - 3), abs(xx - 3))
                    dark[fy + yy, fx + xx] = ring in (0, 1, 3)
    for yy in range(n):
        for xx in range(n):
            if dark[yy, xx]:
                x0, y0 = x + q * (xx + 1), y + q * (yy + 1)
                cv.d.rectangle([round(x0), round(y0), round(x0 + q) - 1, round(y0 + q) - 1],
                               fill=fg)


def L_qr(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    qs = H * (0.42 if c.v == 0 else 0.36)
    qx = W - M - qs
    lw = qx - M - 44
    top: list[Thing] = []
    if has_logo(c):
        top.append(Logo(c, th, size=th.co_size * 0.9))
    top.append(ident(c, th, lw))
    column(cv, M, M, H - M + 8, lw, top, [details(c, th)], gap=20, top_gaps=[36, 18])
    cap = None
    if c.qr_caption:
        cap = Block().add(Seg(c.qr_caption, th.body, "medium", th.body_size * 0.78,
                              th.c("muted"))).fit(qs + 40)
    if c.v == 0:  # the code centred on the right, its caption under it
        qy = (H - qs - (cap.h + 8 if cap else 0)) / 2
        draw_qr(cv, qx, qy, qs, int(c.id) * 31 + 7, "#111111")
        if cap:
            place(cv, cap, qx + qs / 2, qy + qs + 8, "c")
    else:  # the caption above, the code in the bottom-right corner
        qy = H - M - qs + 8
        if cap:
            place(cv, cap, qx + qs / 2, qy - cap.h - 6, "c")
        draw_qr(cv, qx, qy, qs, int(c.id) * 31 + 7, "#111111")


def L_big_name(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    nb = name_block(c, th).fit(W - 2 * M)
    tb = title_block(c, th).fit(W - 2 * M)
    top: list[Block] = [nb, tb]
    if c.co:
        top.append(co_block(c, th, size=th.title_size, color=th.c("accent")).fit(W - 2 * M))
    split = W * 0.56
    rb = stack(rows_block(c, th, lead=1.4), extra_block(c, th)).fit(split - M - 30)
    ab = addr_block(c, th, lead=1.4).fit(W - M - split)
    hb = max(rb.h, ab.h)
    y0, y1 = M - 18, H - M - hb - 30
    for _ in range(40):
        if sum(b.h for b in top) + 10 * (len(top) - 1) <= y1 - y0:
            break
        for b in top:
            b.k *= 0.97
    y = y0
    for b in top:
        place(cv, b, M, y)
        y += b.h + 10
    cv.d.line([(M, H - M - hb - 16), (W - M, H - M - hb - 16)],
              fill=mix(th.c("bg"), th.c("muted"), 0.45), width=2)
    place(cv, rb, M, H - M + 6 - rb.h)
    place(cv, ab, split, H - M + 6 - ab.h)


# Batch 5's own layouts: spaced (centred and minimal, the name in letter-spaced capitals, a thin
# rule), logo-area (a big logo area, the text along the bottom edge), avatar (a photo
# placeholder box beside the text) and grid (the person above a rule, the contacts below in a
# grid of cells, each with a small heading over its value).


def L_spaced(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    acc = th.c("accent")
    head: Thing | None = None
    if c.v == 1 and has_logo(c):  # the company in spaced capitals at the top
        head = co_block(c, th).fit(W - 2 * M)
    idb = ident(c, th, W - 2 * M, gap=10)
    low: list[Block] = []
    if c.v == 0 and has_logo(c):  # the company after the rule, in the accent colour
        low.append(co_block(c, th, size=th.title_size, color=acc).fit(W - 2 * M))
    low.append(details(c, th, lead=1.4, gap=6).fit(W - 2 * M))
    things: list[Thing] = [*([head] if head else []), idb, *low]
    gaps = ([34] if head else []) + [44] + [14] * (len(low) - 1)  # 44: room for the rule
    for _ in range(60):
        need = sum(t.h for t in things) + sum(gaps)
        if need <= H - 2 * M + 20:
            break
        for t in things:
            t.k *= 0.97
    y = (H - need) / 2
    for i, t in enumerate(things):
        place(cv, t, W / 2, y, "c")
        y += t.h
        if t is idb:  # a thin rule between the person and the rest
            cv.d.line([(W / 2 - W * 0.16, y + 18), (W / 2 + W * 0.16, y + 18)], fill=acc, width=1)
        if i < len(gaps):
            y += gaps[i]


def L_logo_area(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    acc, bg = th.c("accent"), th.c("bg")
    strip = H * 0.42  # the text along the bottom edge
    area = H - strip - 16
    if c.v == 0:  # a large mark and the company name on the card's own colour
        ms = area * 0.5 if th.mark else 0
        cb = co_block(c, th, size=th.co_size * 1.3).fit(W - 2 * M - ms * 1.3, area - 60)
        wtot = (ms * 1.3 if ms else 0) + cb.w
        x0 = (W - wtot) / 2
        if ms:
            draw_mark(cv, th.mark or "circle", x0, (area - ms) / 2 + 20, ms, acc, bg)
        place(cv, cb, x0 + (ms * 1.3 if ms else 0), (area - cb.h) / 2 + 24)
    else:  # a coloured area across the top with the company in the card's colour
        cv.d.rectangle([0, 0, W, area], fill=acc)
        ms = area * 0.34 if th.mark else 0
        cb = co_block(c, th, size=th.co_size * 1.2, color=bg, with_tag=False)
        if c.tag:  # the tagline in a light tint of the card's colour, readable on the accent
            cb.add(Seg(c.tag, th.body, "regular", th.co_size * 0.55, mix(bg, acc, 0.22), 1.5),
                   lead=1.4)
        cb.fit(W - 2 * M, area * 0.5)
        top = (area - ms * 1.25 - cb.h) / 2
        if ms:
            draw_mark(cv, th.mark or "circle", W / 2 - ms / 2, top, ms, bg, acc)
        place(cv, cb, W / 2, top + ms * 1.25, "c")
    y0, y1 = H - strip + 16, H - 40
    idb = ident(c, th, W * 0.4, name_size=th.name_size * 0.8, title_size=th.title_size * 0.9)
    det = details(c, th, size=th.body_size * 0.9, lead=1.36, gap=4)
    idb.fit(W * 0.4, y1 - y0)
    det.fit(W * 0.52, y1 - y0)
    place(cv, idb, M - 16, y1 - idb.h)
    place(cv, det, W - M + 16, y1 - det.h, "r")


def draw_avatar(cv: Canvas, x: float, y: float, w: float, h: float, th: Theme,
                circle: bool) -> None:
    """A photo placeholder: a head-and-shoulders silhouette in a grey box or circle."""
    bg = mix(th.c("bg"), th.c("muted"), 0.28)
    fg = mix(th.c("bg"), th.c("muted"), 0.62)
    nw, nh = round(w), round(h)
    tile = Image.new("RGB", (nw, nh), bg)
    d = ImageDraw.Draw(tile)
    r = nw * 0.19
    cx, cy = nw / 2, nh - nw * 0.62  # the head sits a shoulder's width above the bottom
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fg)
    d.chord([nw * 0.14, nh - nw * 0.36, nw * 0.86, nh + nw * 0.36], 180, 360, fill=fg)
    mask = Image.new("L", (nw, nh), 0)
    if circle:
        ImageDraw.Draw(mask).ellipse([0, 0, nw - 1, nh - 1], fill=255)
    else:
        ImageDraw.Draw(mask).rounded_rectangle([0, 0, nw - 1, nh - 1], radius=nw * 0.06,
                                               fill=255)
    cv.img.paste(tile, (round(x), round(y)), mask)


def L_avatar(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    if c.v == 0:  # a tall photo box on the left, everything else on the right
        bw, bh = W * 0.25, H - 2 * M + 20
        draw_avatar(cv, M - 16, M - 10, bw, bh, th, circle=False)
        x = M - 16 + bw + 44
        w = W - x - M + 10
        top: list[Thing] = []
        if has_logo(c):
            top.append(Logo(c, th, size=th.co_size * 0.85))
        top.append(ident(c, th, w))
        column(cv, x, M - 6, H - M + 8, w, top, [details(c, th)], gap=20, top_gaps=[30, 18])
    else:  # a round photo at the top right, the text on the left
        s = H * 0.34
        draw_avatar(cv, W - M - s, M - 6, s, s, th, circle=True)
        w = W - 2 * M - s - 40
        top = []
        if has_logo(c):
            top.append(Logo(c, th, size=th.co_size * 0.85))
        top.append(ident(c, th, w))
        column(cv, M, M - 6, H - M + 8, W - 2 * M, top, [details(c, th)], gap=20,
               top_gaps=[30, 18])


def L_grid(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    acc, muted = th.c("accent"), th.c("muted")
    ncell = len(c.rows) + (1 if c.addr else 0)
    ry = H * (0.5 if ncell <= 4 else 0.44)
    if c.v == 0:  # logo, then the person, left-aligned above the rule
        top: list[Thing] = []
        if has_logo(c):
            top.append(Logo(c, th, size=th.co_size * 0.85))
        top.append(ident(c, th, W - 2 * M))
        column(cv, M, M - 16, ry - 22, W - 2 * M, top, [], gap=16, top_gaps=[20, 16])
    else:  # the person top left, the logo top right
        idb = ident(c, th, W * 0.56).fit(W * 0.56, ry - M - 10)
        place(cv, idb, M, M - 16)
        if has_logo(c):
            lg = Logo(c, th, size=th.co_size * 0.85).fit(W * 0.34, ry - M - 20)
            place(cv, lg, W - M, M - 10, "r")
    cv.d.line([(M, ry), (W - M, ry)], fill=mix(th.c("bg"), muted, 0.5), width=2)
    # each row of the card is a cell: a heading (the first item's label) over the value(s)
    cells: list[tuple[str, list[str]]] = []
    for row in c.rows:
        cells.append((row[0].label or "", [c.sep.join(it.text for it in row)]))
    if c.addr:
        cells.append((c.addr_label or "", list(c.addr)))
    ncol = 2
    nrow = math.ceil(len(cells) / ncol)
    cw = (W - 2 * M + 20) / ncol
    hs, vs = th.body_size * 0.66, th.body_size * 0.9
    blocks = []
    for head, vals in cells:
        b = Block()
        if head:
            b.add(Seg(head, th.body, "semibold", hs, acc, 2.2), lead=1.5)
        for v in vals:
            b.add(Seg(v, th.body, th.body_w, vs, th.c("text")), lead=1.32)
        blocks.append(b.fit(cw - 24))
    k = min(b.k for b in blocks)
    for b in blocks:
        b.k = k
    row_h = [max(blocks[i].h for i in range(r * ncol, min(len(blocks), (r + 1) * ncol)))
             for r in range(nrow)]
    avail = H - ry - 26 - 40
    gap = 12.0
    while sum(row_h) + gap * (nrow - 1) > avail and k > 0.5:
        k *= 0.97
        for b in blocks:
            b.k = k
        row_h = [max(blocks[i].h for i in range(r * ncol, min(len(blocks), (r + 1) * ncol)))
                 for r in range(nrow)]
    y = ry + 26
    for r in range(nrow):
        for j in range(ncol):
            i = r * ncol + j
            if i < len(blocks):
                place(cv, blocks[i], M + j * cw, y)
        y += row_h[r] + gap


# Batch 6's own layouts: side-name (the name and title set vertically up the left edge),
# footer (a wide coloured footer holding the contacts) and addr-top (a text-only card that
# prints the address first, above the name).


def _on_accent(th: Theme) -> Theme:
    """The same theme with the card's colours swapped for text drawn on the accent colour."""
    acc, bg = th.c("accent"), th.c("bg")
    name = f"{th.pal}-on-accent"
    PALETTES[name] = dict(bg=acc, fg=bg, text=bg, muted=mix(acc, bg, 0.82), accent=bg)
    t2 = copy.copy(th)  # a copy, not a new Theme: __post_init__ would scale the sizes again
    t2.pal = name
    return t2


def L_side_name(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    acc = th.c("accent")
    # the name and title run up the left edge, read from bottom to top (a book-spine turn)
    sth = _on_accent(th) if c.v == 1 else th
    nb = name_block(c, sth).fit(H - 2 * M + 30)
    tb = title_block(c, sth).fit(H - 2 * M + 30)
    idb = stack(bake(nb), bake(tb), gap=4).fit(H - 2 * M + 30, W * 0.26)
    strip = round(idb.h + 70)
    sub = Canvas((H, strip), acc if c.v == 1 else th.c("bg"))
    sub.draw_block(idb, M - 10, (strip - idb.h) / 2 + 4)
    cv.img.paste(sub.img.rotate(90, expand=True), (0, 0))
    cv.lines.extend(sub.lines)
    if c.v == 0:
        cv.d.line([(strip, M - 10), (strip, H - M + 10)], fill=acc, width=3)
    x = strip + 46
    w = W - x - M + 10
    top: list[Thing] = [Logo(c, th, size=th.co_size * 0.9)] if has_logo(c) else []
    column(cv, x, M - 6, H - M + 8, w, top, [details(c, th)], gap=20)


def L_footer(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    acc = th.c("accent")
    fh = H * 0.4
    cv.d.rectangle([0, H - fh, W, H], fill=acc)
    # above the footer: the person on the left, the logo on the right
    lw = W * 0.34
    idb = stack(ident(c, th, W - 2 * M - lw), extra_block(c, th), gap=6)
    idb.fit(W - 2 * M - lw - 20, H - fh - M - 10)
    place(cv, idb, M, (H - fh - idb.h) / 2 + 4)
    if has_logo(c):
        lg = Logo(c, th, size=th.co_size * 0.9, above=c.v == 1).fit(lw, H - fh - M - 20)
        place(cv, lg, W - M, (H - fh - lg.h) / 2 + 4, "r")
    fth = _on_accent(th)
    if c.v == 0:  # contact rows on the left of the footer, the address on the right
        split = W * 0.55
        rb = rows_block(c, fth, lead=1.36).fit(split - M - 20, fh - 44)
        ab = addr_block(c, fth, lead=1.36).fit(W - split - M, fh - 44)
        k = min(rb.k, ab.k)
        rb.k = ab.k = k
        place(cv, rb, M, H - fh + (fh - rb.h) / 2 + 2)
        place(cv, ab, split, H - fh + (fh - ab.h) / 2 + 2)
    else:  # everything centred on lines of its own, items separated by vertical bars
        b = stack(rows_block(c, fth, lead=1.4), addr_block(c, fth, lead=1.4), gap=2)
        b.fit(W - 2 * M + 20, fh - 40)
        place(cv, b, W / 2, H - fh + (fh - b.h) / 2 + 2, "c")


def L_addr_top(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    muted = th.c("muted")
    ab = addr_block(c, th, size=th.body_size * 0.9, color=muted, mode="inline", lead=1.3)
    idb = ident(c, th, W - 2 * M)
    cb = co_block(c, th, size=th.title_size * 1.05, color=th.c("accent")) if c.co else Block()
    rb = stack(rows_block(c, th, mode="inline", lead=1.4), extra_block(c, th), gap=4)
    align, x = ("l", M) if c.v == 0 else ("c", W / 2)
    things: list[Block] = [b for b in (ab, idb, cb, rb) if b.lines]
    for b in things:
        b.fit(W - 2 * M)
    gaps = {id(ab): 40, id(idb): 8, id(cb): 30}
    for _ in range(60):
        need = sum(b.h for b in things) + sum(gaps.get(id(b), 30) for b in things[:-1])
        if need <= H - 2 * M + 24:
            break
        for b in things:
            b.k *= 0.97
    y = (H - need) / 2
    for b in things:
        place(cv, b, x, y, align)
        y += b.h
        if b is ab:  # a hairline between the address and the person
            x0, x1 = (M, M + W * 0.22) if c.v == 0 else (W / 2 - W * 0.11, W / 2 + W * 0.11)
            cv.d.line([(x0, y + 18), (x1, y + 18)], fill=mix(th.c("bg"), muted, 0.6), width=2)
        y += gaps.get(id(b), 30)


# Batch 7 adds three more layouts: strip-name (a coloured strip down the left edge, the name
# set top right), qr-left (the code on the left, all the text in a column on its right) and
# boxed (the contact details inside a rounded, tinted box under the person).


def L_strip_name(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    acc = th.c("accent")
    sw = 30 if c.v == 0 else 54
    cv.d.rectangle([0, 0, sw, H], fill=acc)
    # the person top right, right-aligned; the logo and the details below on the left
    idb = ident(c, th, W * 0.6).fit(W * 0.6, H * 0.34)
    place(cv, idb, W - M, M - 8, "r")
    x = sw + 50
    w = W - x - M
    top: list[Thing] = [Logo(c, th, size=th.co_size * 0.85)] if has_logo(c) else []
    column(cv, x, M - 8 + idb.h + 26, H - M + 8, w, top, [details(c, th)], gap=18)


def L_qr_left(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    qs = H * 0.4
    qx = M
    cap = None
    if c.qr_caption:
        cap = Block().add(Seg(c.qr_caption, th.body, "medium", th.body_size * 0.74,
                              th.c("muted"))).fit(qs + 30)
    qy = (H - qs - (cap.h + 8 if cap else 0)) / 2
    draw_qr(cv, qx, qy, qs, int(c.id) * 37 + 11, "#111111")
    if cap:  # the left column is read before the right one
        place(cv, cap, qx + qs / 2, qy + qs + 8, "c")
    x = qx + qs + 40
    cv.d.line([(x - 20, M), (x - 20, H - M)], fill=mix(th.c("bg"), th.c("muted"), 0.45),
              width=2)
    x += 10
    lw = W - x - M + 10
    top: list[Thing] = []
    if has_logo(c):
        top.append(Logo(c, th, size=th.co_size * 0.8))
    top.append(ident(c, th, lw))
    column(cv, x, M - 10, H - M + 10, lw, top, [details(c, th)], gap=16, top_gaps=[24, 16])


def L_boxed(cv: Canvas, c: Card, th: Theme) -> None:
    W, H = cv.W, cv.H
    # the person on the left and the logo on the right across the top
    lw = W * 0.36
    idb = ident(c, th, W - 2 * M - lw).fit(W - 2 * M - lw - 16, H * 0.3)
    place(cv, idb, M, M - 14)
    top_h = idb.h
    if has_logo(c):
        lg = Logo(c, th, size=th.co_size * 0.85, above=c.v == 1).fit(lw, H * 0.3)
        place(cv, lg, W - M, M - 14, "r")
        top_h = max(top_h, lg.h)
    by0 = M - 14 + top_h + 26
    by1 = H - M + 24
    cv.d.rounded_rectangle([M - 24, by0, W - M + 24, by1], radius=22,
                           fill=mix(th.c("bg"), th.c("accent"), 0.1),
                           outline=mix(th.c("bg"), th.c("accent"), 0.45), width=2)
    inner = by1 - by0 - 36
    if c.v == 0:  # rows on the left of the box, the address on the right
        split = W * 0.55
        rb = stack(rows_block(c, th, lead=1.36), extra_block(c, th), gap=4)
        rb.fit(split - M - 20, inner)
        ab = addr_block(c, th, lead=1.34).fit(W - split - M, inner)
        k = min(rb.k, ab.k)
        rb.k = ab.k = k
        place(cv, rb, M, by0 + (by1 - by0 - rb.h) / 2 + 2)
        place(cv, ab, split, by0 + (by1 - by0 - ab.h) / 2 + 2)
    else:
        b = details(c, th, gap=8, lead=1.36).fit(W - 2 * M, inner)
        place(cv, b, M, by0 + (by1 - by0 - b.h) / 2 + 2)


LAYOUTS = {
    "classic": L_classic,
    "centred": L_centred,
    "two-columns": L_two_columns,
    "vertical": L_vertical,
    "dark": L_dark,
    "band": L_band,
    "monogram": L_monogram,
    "company-top": L_company_top,
    "minimal": L_minimal,
    "labels": L_labels,
    "icons": L_icons,
    "one-line": L_one_line,
    "dense": L_dense,
    "right-aligned": L_right_aligned,
    "logo-left": L_logo_left,
    "qr": L_qr,
    "big-name": L_big_name,
    "spaced": L_spaced,
    "logo-area": L_logo_area,
    "avatar": L_avatar,
    "grid": L_grid,
    "side-name": L_side_name,
    "footer": L_footer,
    "addr-top": L_addr_top,
    "strip-name": L_strip_name,
    "qr-left": L_qr_left,
    "boxed": L_boxed,
}


def render(c: Card) -> tuple[Image.Image, list[str]]:
    size = PORTRAIT if c.layout == "vertical" else LANDSCAPE
    cv = Canvas(size, c.th.c("bg"))
    LAYOUTS[c.layout](cv, c, c.th)
    return cv.img, cv.lines


# --------------------------------------------------------------------------------------------
# Scans and photos


def smooth_noise(rng: np.random.Generator, h: int, w: int, cell: int) -> np.ndarray:
    """Smooth value noise in [-1, 1] with features about `cell` pixels across."""
    gh, gw = max(2, h // cell + 2), max(2, w // cell + 2)
    small = Image.fromarray(rng.uniform(-1, 1, (gh, gw)).astype(np.float32), mode="F")
    big = small.resize((gw * cell, gh * cell), Image.Resampling.BICUBIC)
    return np.asarray(big, dtype=np.float32)[:h, :w]


BACKGROUNDS = ["oak", "walnut", "pine", "desk", "slate", "linen", "marble", "kraft"]


def background(rng: np.random.Generator, w: int, h: int, kind: str | None = None) -> np.ndarray:
    kind = kind or str(rng.choice(BACKGROUNDS))
    if kind in ("oak", "walnut", "pine"):
        woods = {"oak": (172, 128, 86), "walnut": (98, 66, 44), "pine": (204, 166, 116)}
        base = np.array(woods[kind], dtype=np.float32)
        vertical = rng.random() < 0.5
        ph, pw = (w, h) if vertical else (h, w)  # draw with the grain along x, turn if needed
        yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)

        def streaks(cy: int, cx: int) -> np.ndarray:
            """Noise stretched along the grain: cells cy tall, cx long."""
            small = rng.uniform(-1, 1, (ph // cy + 2, pw // cx + 2)).astype(np.float32)
            img = Image.fromarray(small, mode="F").resize(
                ((pw // cx + 2) * cx, (ph // cy + 2) * cy), Image.Resampling.BICUBIC)
            return np.asarray(img, dtype=np.float32)[:ph, :pw]

        plank = int(rng.uniform(150, 260))
        warp = smooth_noise(rng, ph, pw, 260) * 14 + streaks(40, 400) * 6
        period = rng.uniform(18, 34)
        ring = np.sin((yy + warp) * 2 * math.pi / period) ** 8
        shade = 1 + 0.05 * streaks(2, 70) + 0.05 * streaks(9, 260) - 0.07 * ring
        idx = (yy // plank).astype(int)
        offsets = rng.uniform(-0.07, 0.07, idx.max() + 2)
        shade = shade * (1 + offsets[idx])
        seam = (yy % plank) < 2
        shade = np.where(seam, shade * 0.62, shade)
        shade = shade * (1 + 0.05 * smooth_noise(rng, ph, pw, 300))
        img = shade[..., None] * base[None, None, :]
        if vertical:
            img = img.transpose(1, 0, 2)
        return np.clip(img, 0, 255).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "marble":
        a = rng.uniform(0, math.pi)
        turb = (smooth_noise(rng, h, w, 180) * 2.5 + smooth_noise(rng, h, w, 60) * 0.8
                + smooth_noise(rng, h, w, 20) * 0.25)
        phase = (xx * math.cos(a) + yy * math.sin(a)) / w * 2 * math.pi * rng.uniform(1.2, 2.2)
        vein = np.exp(-np.abs(np.sin(phase + turb * 2.2)) / 0.05)
        fade = np.clip(smooth_noise(rng, h, w, 320) + 0.35, 0, 1)
        shade = 1 - 0.10 * vein * fade - 0.03 * smooth_noise(rng, h, w, 200)
        base = rng.choice([(232, 230, 226), (214, 214, 212)])
        img = shade[..., None] * np.array(base, dtype=np.float32)[None, None, :]
    elif kind == "linen":
        base = np.array(rng.choice([(200, 196, 186), (92, 104, 122), (150, 60, 58), (58, 72, 64)]))
        weave = 0.03 * np.sin(xx * 1.3) * np.sin(yy * 1.1) + 0.03 * smooth_noise(rng, h, w, 6)
        shade = 1 + weave + 0.05 * smooth_noise(rng, h, w, 240)
        img = shade[..., None] * base[None, None, :]
    else:
        base = {"desk": rng.choice([(232, 232, 228), (190, 192, 190), (214, 206, 190)]),
                "slate": (62, 66, 72), "kraft": (176, 146, 106)}[kind]
        shade = 1 + 0.05 * smooth_noise(rng, h, w, 260) + 0.02 * smooth_noise(rng, h, w, 8)
        img = shade[..., None] * np.array(base, dtype=np.float32)[None, None, :]
    return np.clip(img, 0, 255).astype(np.float32)


def perspective_coeffs(dst: list[tuple[float, float]],
                       src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): output point (dst) -> input point (src)."""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, dtype=np.float64), np.array(b, dtype=np.float64)).tolist()


def save_jpeg(img: Image.Image, path: Path, quality: int = 85) -> int:
    for q in (quality, 82, 79, 76, 73, 70):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=q, optimize=True)
        if buf.tell() <= MAX_BYTES or q == 70:
            path.write_bytes(buf.getvalue())
            return q
    return quality


def flat_scan(card_img: Image.Image, rng: np.random.Generator) -> Image.Image:
    a = np.asarray(card_img, dtype=np.float32)
    a = a * rng.uniform(0.985, 1.0) + rng.normal(0, 1.2, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(0.35))


def phone_photo(card_img: Image.Image, rng: np.random.Generator, rounded: bool) -> Image.Image:
    rounded = rounded or rng.random() < 0.2
    cw0, ch0 = card_img.size
    portrait = ch0 > cw0
    W, H = PHOTO_SIZE[::-1] if portrait else PHOTO_SIZE
    bg = background(rng, W, H)
    SS = 2  # warp at twice the size, then downsample: smooth card edges

    # scale the card to its size in the photo first (clean downsampling), then warp it
    frac = rng.uniform(0.70, 0.82)
    scale = SS * frac * (H if portrait else W) / (ch0 if portrait else cw0)
    cw, ch = round(cw0 * scale), round(ch0 * scale)
    small = card_img.resize((cw, ch), Image.Resampling.LANCZOS).convert("RGBA")
    # paper: faint fibre texture and a little warmth
    pa = np.asarray(small, dtype=np.float32)
    pa[..., :3] *= (1 + 0.012 * smooth_noise(rng, ch, cw, 5))[..., None]
    small = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8), "RGBA")
    if rounded:
        mask = Image.new("L", (cw, ch), 0)
        ImageDraw.Draw(mask).rounded_rectangle([0, 0, cw - 1, ch - 1], radius=round(cw * 0.03),
                                               fill=255)
        small.putalpha(mask)

    ang = math.radians(rng.uniform(-8, 8))
    cx = SS * (W / 2 + rng.uniform(-0.05, 0.05) * W)
    cy = SS * (H / 2 + rng.uniform(-0.05, 0.05) * H)
    corners = [(-cw / 2, -ch / 2), (cw / 2, -ch / 2), (cw / 2, ch / 2), (-cw / 2, ch / 2)]
    # keystone: the far edge a little shorter (phone held slightly tilted)
    tilt = rng.uniform(0.0, 0.06)
    side = rng.integers(0, 4)
    dst = []
    for i, (x, y) in enumerate(corners):
        if side == 0 and y < 0 or side == 1 and y > 0:
            x *= 1 - tilt
        if side == 2 and x < 0 or side == 3 and x > 0:
            y *= 1 - tilt
        x += rng.uniform(-0.008, 0.008) * cw
        y += rng.uniform(-0.008, 0.008) * ch
        xr = x * math.cos(ang) - y * math.sin(ang) + cx
        yr = x * math.sin(ang) + y * math.cos(ang) + cy
        dst.append((xr, yr))
        del i
    src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    coeffs = perspective_coeffs(dst, src)
    warped = small.transform((W * SS, H * SS), Image.Transform.PERSPECTIVE, coeffs,
                             Image.Resampling.BICUBIC)
    warped = warped.resize((W, H), Image.Resampling.BOX)
    wa = np.asarray(warped, dtype=np.float32)
    alpha = wa[..., 3:4] / 255.0

    # soft contact shadow
    sh = Image.fromarray((alpha[..., 0] * 255).astype(np.uint8), "L")
    off = (rng.uniform(-6, 14), rng.uniform(6, 18))
    sh = sh.transform((W, H), Image.Transform.AFFINE, (1, 0, -off[0], 0, 1, -off[1]))
    sh = sh.filter(ImageFilter.GaussianBlur(rng.uniform(8, 16)))
    sha = np.asarray(sh, dtype=np.float32)[..., None] / 255.0
    out = bg * (1 - rng.uniform(0.35, 0.55) * sha)
    out = out * (1 - alpha) + wa[..., :3] * alpha

    # uneven light: a gradient across the frame, a vignette, sometimes a soft shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    th = rng.uniform(0, 2 * math.pi)
    g = ((xx - W / 2) * math.cos(th) + (yy - H / 2) * math.sin(th)) / math.hypot(W, H)
    light = 1 + rng.uniform(0.18, 0.40) * g
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1 - rng.uniform(0.10, 0.25) * r2 * 2
    if rng.random() < 0.45:
        blob = Image.new("L", (W, H), 0)
        bx, by = rng.uniform(-0.2, 1.2) * W, rng.choice([-0.15, 1.15]) * H
        rr = rng.uniform(0.35, 0.6) * W
        ImageDraw.Draw(blob).ellipse([bx - rr, by - rr * 0.7, bx + rr, by + rr * 0.7], fill=255)
        blob = blob.filter(ImageFilter.GaussianBlur(70))
        light *= 1 - rng.uniform(0.12, 0.25) * np.asarray(blob, dtype=np.float32) / 255.0
    tint = np.array([1 + rng.uniform(-0.02, 0.05), 1.0, 1 + rng.uniform(-0.07, 0.02)])
    out = out * light[..., None] * tint[None, None, :] * rng.uniform(0.9, 1.02)

    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.55, 1.05)))
    a = np.asarray(img, dtype=np.float32)
    sigma = rng.uniform(1.6, 3.0)
    noise = rng.normal(0, sigma, (H, W, 1)) + rng.normal(0, sigma * 0.3, (H, W, 3))
    return Image.fromarray(np.clip(a + noise, 0, 255).astype(np.uint8))


# --------------------------------------------------------------------------------------------
# Truth


def norm_web(s: str) -> str:
    s = s.strip().lower()
    s = re.sub(r"^https?://", "", s)
    s = re.sub(r"^www\.", "", s)
    return s.rstrip("/")


def norm_linkedin(s: str) -> str:
    s = norm_web(s)
    if s.startswith("in/"):
        s = "linkedin.com/" + s
    return s


def norm_twitter(s: str) -> str:
    s = s.strip()
    m = re.search(r"(?:twitter\.com|x\.com)/(\w+)", s)
    if m:
        return "@" + m.group(1)
    return s if s.startswith("@") else "@" + s


def truth(c: Card, lines: list[str]) -> dict:
    items = [it for r in c.rows for it in r]
    phones = [
        {"type": it.typ, "e164": e164(it.text, c.cc, it.ext), "ext": it.ext, "as_printed": it.text}  # type: ignore[attr-defined]
        for it in items if it.kind == "phone"
    ]
    webs = [norm_web(it.text) for it in items if it.kind == "web"]
    lis = [norm_linkedin(it.text) for it in items if it.kind == "linkedin"]
    tws = [norm_twitter(it.text) for it in items if it.kind == "twitter"]
    title = c.title_truth or (" ".join(c.title) if c.title else None)
    dept = c.dept_truth or (" ".join(c.dept) if c.dept else None)
    p = c.person
    return {
        "id": c.id,
        "batch": c.batch,
        "layout": c.layout,
        "country_shown": c.cc if c.shown else None,
        "country": c.cc,
        "flat": f"cards/{c.id}-flat.jpg",
        "photo": f"cards/{c.id}-photo.jpg",
        "full_name": p.full,
        "first": p.first,
        "middle": p.middle,
        "last": p.last,
        "prefix": p.prefix,
        "suffix": p.suffix,
        "credentials": p.cred,
        "title": title,
        "department": dept,
        "company": c.company,
        "emails": [it.text.lower() for it in items if it.kind == "email"],
        "phones": phones,
        "website": webs[0] if webs else None,
        "linkedin": lis[0] if lis else None,
        "twitter": tws[0] if tws else None,
        "street": c.street,
        "city": c.city,
        "region": c.region,
        "postal_code": c.postal,
        "lines": lines,
    }


# --------------------------------------------------------------------------------------------
# The cards. Fictitious people and companies; numbers in documentation/drama ranges where a
# country has them (US 555-01xx, UK 020 7946 0xxx / 0113 496 0xxx / 07700 900xxx, AU 02/03/07/08
# 5550 xxxx / 7010 xxxx and 0491 570 xxx), otherwise well-formed numbers of the right shape.


def T(head: str, body: str | None = None, pal: str = "ink", **kw) -> Theme:
    return Theme(head=head, body=body or head, pal=pal, **kw)


SPECS: list[Card] = [
    # ---------------------------------------------------------------- classic, left-aligned
    card("classic", "US", False, T("inter", mark="circle"),
         P("Daniel", "Okafor"), "Daniel Okafor",
         co="Brightline Analytics", title="Senior Product Manager",
         rows=[Ph("(415) 555-0142"), Em("dokafor@brightline.io"), Web("brightline.io")],
         addr=["500 Market St, Suite 200", "San Francisco, CA 94105"],
         street="500 Market St, Suite 200", city="San Francisco", region="CA", postal="94105"),
    card("classic", "GB", False, T("libertine", pal="burgundy", name_w="semibold", name_size=52,
                                   co_size=30, body_size=25, title_w="italic", co_w="regular"),
         P("Sinéad", "O'Neill"), "Sinéad O'Neill",
         co="Halvorsen & Pike LLP", title="Associate Solicitor", v=1,
         rows=[Ph("+44 (0)20 7946 0321", "T"), Em("s.oneill@halvorsenpike.co.uk", "E"),
               Web("www.halvorsenpike.co.uk")],
         addr=["14 Bevis Marks", "London EC3A 7JB"],
         street="14 Bevis Marks", city="London", postal="EC3A 7JB"),
    card("classic", "DE", False, T("opensans", pal="teal", mark="bars", name_w="semibold",
                                   body_size=23),
         P("Jonas", "Weidemann", prefix="Dr."), "Dr. Jonas Weidemann",
         co="Kessler & Voigt GmbH", title="Leiter Vertrieb", addr_first=True,
         rows=[[Ph("+49 30 2345 6789", "Tel."), Ph("+49 171 2345678", "Mobil", "mobile")],
               [Em("j.weidemann@kessler-voigt.de"), Web("www.kessler-voigt.de")]],
         sep="   ",
         addr=["Friedrichstraße 68 · 10117 Berlin"],
         street="Friedrichstraße 68", city="Berlin", postal="10117"),
    card("classic", "AU", False, T("lato", pal="sky", mark="arc", co_size=30, name_w="black"),
         P("Priya", "Raman"), "Priya Raman",
         co=["Coastline", "Engineering"], title="Senior Structural Engineer", v=1,
         rows=[Ph("(02) 5550 1234", "T"), Ph("0491 570 156", "M", "mobile"),
               Em("priya.raman@coastline.com.au", "E")],
         addr=["Level 12, 1 Martin Place", "Sydney NSW 2000"],
         street="Level 12, 1 Martin Place", city="Sydney", region="NSW", postal="2000"),
    card("classic", "CA", False, T("carlito", pal="mist", co_caps=True, co_track=3, co_size=28,
                                   name_size=50, body_size=25),
         P("Ethan", "MacAulay", cred="CPA"), "Ethan MacAulay, CPA",
         co="Dunmore Fraser LLP", title="Partner, Tax Advisory", addr_first=True,
         rows=[[Ph("416-555-0178", "T"), Ph("416-555-0179", "F", "fax")],
               [Em("emacaulay@dunmorefraser.ca")]],
         sep="   ",
         addr=["100 King Street West, Suite 5600", "Toronto, ON M5X 1C9"],
         street="100 King Street West, Suite 5600", city="Toronto", region="ON", postal="M5X 1C9"),
    card("classic", "NZ", False, T("manrope", pal="green", mark="leaf", name_w="black"),
         P("Aroha", "Ngata"), "Aroha Ngata",
         co="Kahu Landscape Studio", title="Landscape Architect", sep=" | ",
         rows=[[Ph("+64 9 379 4455", "P"), Ph("+64 21 045 8832", "M", "mobile")],
               [Em("aroha@kahulandscape.co.nz"), Web("kahulandscape.co.nz")]],
         addr=["Level 2, 18 Drake Street, Auckland 1010"],
         street="Level 2, 18 Drake Street", city="Auckland", postal="1010"),
    card("classic", "IN", True, T("roboto", pal="orange", mark="hex", name_w="medium",
                                  body_size=22),
         P("Ananya", "Krishnan"), "Ananya Krishnan",
         co="Vistara Digital Pvt. Ltd.", title="Head of Data Platforms", v=1,
         rows=[Ph("+91 80 4123 4567", "T"), Ph("+91 98450 12345", "M", "mobile"),
               Em("ananya.k@vistaradigital.in", "E")],
         addr=["4th Floor, Prestige Tech Park", "Outer Ring Road", "Bengaluru, Karnataka 560103",
               "India"],
         street="4th Floor, Prestige Tech Park, Outer Ring Road", city="Bengaluru", region="KA",
         postal="560103"),
    # ---------------------------------------------------------------- centred
    card("centred", "FR", False, T("garamond", "biolinum", pal="cream", name_w="regular",
                                   name_size=54, co_size=40, co_w="regular", co_caps=True,
                                   co_track=6, title_w="italic"),
         P("Camille", "Durand-Lefèvre"), "Camille Durand-Lefèvre",
         co="Atelier Lumière", company="Atelier Lumière", title="Directrice artistique",
         rows=[[Ph("+33 1 42 68 53 00", "Tél."), Ph("+33 6 12 34 56 78", "Mob.", "mobile")],
               [Em("camille@atelier-lumiere.fr"), Web("atelier-lumiere.fr")]],
         addr=["12 rue de la Paix, 75002 Paris"],
         street="12 rue de la Paix", city="Paris", postal="75002"),
    card("centred", "US", False, T("palladio", pal="gold", mark="diamond", co_size=32,
                                   name_w="bold", title_w="italic"),
         P("Thomas", "Whitfield", suffix="III"), "Thomas Whitfield III",
         co="Harborview Private Wealth", title="Senior Wealth Advisor",
         rows=[[Ph("617.555.0123", "Office"), Ph("617.555.0187", "Mobile", "mobile")],
               [Em("twhitfield@harborviewpw.com")]],
         addr=["One Financial Center, 22nd Floor", "Boston, MA 02111"],
         street="One Financial Center, 22nd Floor", city="Boston", region="MA", postal="02111"),
    card("centred", "IE", False, T("cabin", pal="teal", name_w="semibold"),
         P("Ciarán", "Ó Briain"), "Ciarán Ó Briain",
         co="Liffey Physio Clinic", title="Chartered Physiotherapist", v=1,
         rows=[[Ph("01 872 4410"), Em("ciaran@liffeyphysio.ie")], [Web("www.liffeyphysio.ie")]],
         addr=["22 Ormond Quay Upper, Dublin D07 F2K6"],
         street="22 Ormond Quay Upper", city="Dublin", postal="D07 F2K6"),
    card("centred", "GB", False, T("gothic", "quicksand", pal="mist", name_caps=True,
                                   name_track=5, name_size=46, co_size=24, co_w="regular",
                                   co_caps=True, co_track=4, body_w="medium"),
         P("Emily", "Hargreaves"), "Emily Hargreaves",
         co="Fox & Fern Studio", title="Wedding & Portrait Photographer",
         rows=[[Ph("+44 7700 900457", "M", "mobile"), Em("hello@foxandfern.studio")],
               [Web("foxandfern.studio")]]),
    card("centred", "CA", False, T("century", pal="ink", co_size=30, name_size=44),
         P("Geneviève", "Tremblay", prefix="Me"), "Me Geneviève Tremblay",
         co=["Tremblay Gagnon", "Notaires"], title="Notaire",
         rows=[[Ph("514 555-0187", "Tél."), Ph("514 555-0188", "Téléc.", "fax")],
               [Em("gtremblay@tremblaygagnon.ca")]],
         addr=["1250, rue Sainte-Catherine Ouest, bureau 400", "Montréal (Québec) H3B 4W8"],
         street="1250, rue Sainte-Catherine Ouest, bureau 400", city="Montréal", region="QC",
         postal="H3B 4W8"),
    card("centred", "AU", False, T("robotoslab", "roboto", pal="orange", mark="tri",
                                   co_caps=True, co_size=30, co_track=2),
         P("Liam", "O'Connor"), "Liam O'Connor",
         co="Saltbush Brewing Co.", company="Saltbush Brewing Co.", title="Head Brewer",
         rows=[[Ph("0491 570 223", "M", "mobile"), Em("liam@saltbushbrewing.com.au")],
               [Web("saltbushbrewing.com.au")]],
         addr=["Unit 3, 41 Whitehall Street, Footscray VIC 3011"],
         street="Unit 3, 41 Whitehall Street", city="Footscray", region="VIC", postal="3011"),
    card("centred", "DE", False, T("libertine", "nimbussans", pal="sky", name_w="semibold",
                                   name_size=44),
         P("Katharina", "Albrecht", prefix="Prof. Dr."), "Prof. Dr. Katharina Albrecht",
         co="Hochschule Rheinfeld", title="Institutsleiterin", dept="Institut für Werkstofftechnik",
         v=1,
         rows=[[Ph("+49 228 73-4410", "Tel.")], [Em("k.albrecht@hs-rheinfeld.de")]],
         addr=["Am Campus 4 · 53115 Bonn"],
         street="Am Campus 4", city="Bonn", postal="53115"),
    # ---------------------------------------------------------------- two columns
    card("two-columns", "GB", False, T("inter", pal="purple", mark="rings", name_w="semibold",
                                       body_size=23, co_size=32),
         P("Renata", "Solberg", prefix="Dr", cred="PhD"), "Dr Renata Solberg PhD",
         co="Ferncliff Labs", title="Head of Applied Science", dept="Cloud & AI Department",
         rows=[Ph("+44 (0)20 7946 0958", "T"), Ph("+44 (0)7700 900184", "M", "mobile"),
               Em("r.solberg@ferncliff.co.uk", "E"), Web("ferncliff.co.uk", "W")],
         addr=["41 Clifton Street", "London EC2A 4NE"],
         street="41 Clifton Street", city="London", postal="EC2A 4NE"),
    card("two-columns", "US", False, T("robotocond", pal="green", mark="tri", name_size=46,
                                       body_size=25),
         P("Michael", "Thornton", middle="J.", cred="PE"), "Michael J. Thornton, PE",
         co="Ridgeline Civil Group", title="Principal Civil Engineer", v=1,
         rows=[Ph("503-555-0164", "Tel"), Ph("503-555-0190", "Cell", "mobile"),
               Em("mthornton@ridgelinecivil.com")],
         addr=["1120 NW Couch St, Ste 410", "Portland, OR 97209"],
         street="1120 NW Couch St, Ste 410", city="Portland", region="OR", postal="97209"),
    card("two-columns", "CA", False, T("spartan", pal="orange", co_caps=True, co_track=4,
                                       co_size=30, title_caps=True, title_track=2,
                                       title_size=21, name_size=50),
         P("Olivia", "Chen"), "Olivia Chen",
         co="Northbound Media", company="Northbound Media", title="Creative Director",
         rows=[Ph("604-555-0112"), Em("olivia@northboundmedia.ca"), Web("northboundmedia.ca")],
         addr=["210-1085 Homer Street", "Vancouver, BC V6B 1J4"],
         street="210-1085 Homer Street", city="Vancouver", region="BC", postal="V6B 1J4"),
    card("two-columns", "DE", False, T("karla", pal="mist", mark="square", name_w="bold",
                                       body_size=23),
         P("Lukas", "Brandt"), "Lukas Brandt",
         co=["Pixelwerk", "Studio GmbH"], title="Senior UX Designer",
         rows=[Ph("+49 89 4521 8830", "T"), Ph("+49 160 9876 5432", "M", "mobile"),
               Em("lukas.brandt@pixelwerk.design"), Web("pixelwerk.design")],
         addr=["Sendlinger Straße 12", "80331 München"],
         street="Sendlinger Straße 12", city="München", postal="80331"),
    card("two-columns", "AU", False, T("opensans", pal="teal", mark="circle", name_w="semibold",
                                       name_size=44),
         P("Hannah", "Whitlock", prefix="Dr", cred="MBBS, FRACGP"), "Dr Hannah Whitlock",
         co="Bayside Family Medical", title=["MBBS, FRACGP", "General Practitioner"],
         title_truth="General Practitioner", v=1,
         rows=[Ph("(03) 7010 4432", "T"), Ph("(03) 7010 4433", "F", "fax"),
               Web("baysidefamilymedical.com.au")],
         addr=["Suite 4, 118 Hampton Street", "Hampton VIC 3188"],
         street="Suite 4, 118 Hampton Street", city="Hampton", region="VIC", postal="3188"),
    card("two-columns", "US", False, T("nimbussans", pal="ink", mark="hex", body_size=23),
         P("Rebecca", "Lindqvist", cred="MBA"), "Rebecca Lindqvist, MBA",
         co="Quillon Therapeutics", title="VP, Business Development",
         rows=[Ph("+1 (617) 555-0131"), Em("rlindqvist@quillontx.com"), Web("quillontx.com"),
               Li("linkedin.com/in/rebeccalindqvist")],
         addr=["245 First Street, 18th Floor", "Cambridge, MA 02142"],
         street="245 First Street, 18th Floor", city="Cambridge", region="MA", postal="02142"),
    card("two-columns", "IN", False, T("palladio", "opensans", pal="burgundy", co_size=30,
                                       body_size=22),
         P("Rohan", "Mehta", cred="FCA"), "Rohan Mehta, FCA",
         co="Mehta & Iyer Associates", tag="CHARTERED ACCOUNTANTS", title="Partner",
         rows=[Ph("+91 22 6612 3400", "Tel"), Ph("+91 98200 45678", "Mob", "mobile"),
               Em("rohan@mehtaiyer.co.in"), Web("www.mehtaiyer.co.in")],
         addr=["702, Maker Chambers V, Nariman Point", "Mumbai 400021"],
         street="702, Maker Chambers V, Nariman Point", city="Mumbai", postal="400021"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "US", False, T("inter", mark="circle", name_size=46, co_size=34,
                                    pal="purple"),
         P("Ava", "Martinez"), "Ava Martinez",
         co="Lumen Loop", title="Founder & CEO",
         rows=[Em("ava@lumenloop.ai"), Ph("(512) 555-0148"), Web("lumenloop.ai")],
         addr=["Austin, TX"],
         city="Austin", region="TX"),
    card("vertical", "NZ", True, T("lato", pal="green", mark="leaf", name_w="bold",
                                   label_mode="column"),
         P("Sophie", "Tamihana"), ["Sophie", "Tamihana"],
         co="Kauri Coast Tourism", title="Marketing Manager", v=1,
         rows=[Ph("+64 9 439 1270", "P"), Em("sophie@kauricoast.org.nz", "E"),
               Web("kauricoast.org.nz", "W")],
         addr=["PO Box 1234", "Dargaville 0340", "New Zealand"],
         street="PO Box 1234", city="Dargaville", postal="0340"),
    card("vertical", "FR", True, T("manrope", pal="red", mark="arc", name_w="black"),
         P("Julien", "Moreau"), "Julien Moreau",
         co="Vélocité Conseil", title="Chef de projet",
         rows=[Ph("+33 6 78 12 34 56", "M", "mobile"), Em("j.moreau@velocite-conseil.fr")],
         addr=["48 boulevard Haussmann", "75009 Paris", "France"],
         street="48 boulevard Haussmann", city="Paris", postal="75009"),
    card("vertical", "GB", False, T("robotoslab", "roboto", pal="cream", mark="square",
                                    name_size=50),
         P("Oliver", "Bennett-Shaw"), ["Oliver", "Bennett-Shaw"],
         co="Northern Grind Coffee Co.", title="Head Roaster", v=1,
         rows=[Ph("0161 496 0734"), Em("oliver@northerngrind.co.uk"), Tw("@northerngrind")],
         addr=["Unit 7, Mill Yard", "44 Ancoats Street", "Manchester M4 6DE"],
         street="Unit 7, Mill Yard, 44 Ancoats Street", city="Manchester", postal="M4 6DE"),
    card("vertical", "CA", False, T("opensans", pal="sky", mark="hex", name_w="bold",
                                    body_size=22, title_size=24),
         P("Marc-André", "Côté"), "Marc-André Côté",
         co="Groupe Boréal inc.", title=["Conseiller principal,", "Ventes institutionnelles"],
         rows=[Ph("418 555-0136", "Tél. :"), Ph("418 555-0191", "Cell. :", "mobile"),
               Em("marc-andre.cote@groupeboreal.ca")],
         addr=["2700, boulevard Laurier", "bureau 1200", "Québec (Québec) G1V 2L8"],
         street="2700, boulevard Laurier, bureau 1200", city="Québec", region="QC",
         postal="G1V 2L8"),
    card("vertical", "AU", False, T("cabin", pal="orange", name_w="bold", co_caps=True,
                                    co_track=3, co_size=30),
         P("Jessica", "Nguyen"), "Jessica Nguyen",
         co="Harbourline Realty", company="Harbourline Realty", title="Property Manager", v=1,
         rows=[Ph("0491 570 312", "M", "mobile"), Ph("(02) 5550 8120", "T"),
               Em("jessica@harbourline.com.au", "E")],
         addr=["Shop 3, 88 Beach Road", "Coogee NSW 2034"],
         street="Shop 3, 88 Beach Road", city="Coogee", region="NSW", postal="2034"),
    # ---------------------------------------------------------------- dark
    card("dark", "US", False, T("spartan", pal="black", name_caps=True, name_track=4,
                                name_size=50, co_size=26, co_w="medium", co_caps=True,
                                co_track=6, title_size=24),
         P("James", "O'Reilly"), "James O'Reilly",
         co="Tall Pines Films", company="Tall Pines Films", title="Cinematographer", v=1,
         rows=[[Ph("(323) 555-0117"), Em("james@tallpines.tv")], [Web("tallpines.tv")]],
         addr=["Los Angeles, CA"],
         city="Los Angeles", region="CA"),
    card("dark", "DE", False, T("inter", pal="navy", mark="arc", name_w="semibold",
                                label_mode="column"),
         P("Anna-Lena", "Hoffmann"), "Anna-Lena Hoffmann",
         co="Nordlicht Media GmbH", title="Geschäftsführerin",
         rows=[Ph("+49 40 3456 7890", "Tel."), Ph("+49 172 3456789", "Mobil", "mobile"),
               Em("a.hoffmann@nordlicht-media.de", "Mail")],
         addr=["Große Elbstraße 145, 22767 Hamburg"],
         street="Große Elbstraße 145", city="Hamburg", postal="22767"),
    card("dark", "AU", False, T("manrope", pal="charcoal", mark="hex", name_w="bold"),
         P("Samuel", "Adeyemi", prefix="Dr."), "Dr. Samuel Adeyemi",
         co="Quokka Robotics", title="Founder & Chief Scientist", v=2,
         rows=[Ph("+61 2 5550 8821"), Em("sam@quokka.ai"), Web("quokka.ai")],
         addr=["Level 5, 80 Bay Street", "Ultimo NSW 2007"],
         street="Level 5, 80 Bay Street", city="Ultimo", region="NSW", postal="2007"),
    card("dark", "GB", True, T("libertine", "nimbussans", pal="forest", name_size=50,
                               co_size=34, co_w="regular", body_size=23),
         P("Priyanka", "Shah"), "Priyanka Shah",
         co="Ashdown Rowe", title="Senior Associate", dept="Corporate Finance",
         rows=[Ph("+44 (0)113 496 0511"), Em("priyanka.shah@ashdownrowe.co.uk")],
         addr=["1 Park Row, Leeds LS1 5AB", "United Kingdom"],
         street="1 Park Row", city="Leeds", postal="LS1 5AB"),
    card("dark", "CA", False, T("karla", pal="plum", mark="bars", name_w="bold"),
         P("Noah", "Fitzgerald"), "Noah Fitzgerald",
         co="Ferrous Labs", title="Software Developer", v=2,
         rows=[Em("noah@ferrouslabs.ca"), Ph("(613) 555-0176"), Web("ferrouslabs.ca"),
               Tw("@noahfitz")],
         addr=["Ottawa, ON K1P 5J2"],
         city="Ottawa", region="ON", postal="K1P 5J2"),
    card("dark", "IE", False, T("garamond", "lato", pal="navy", name_w="regular", name_size=54,
                                co_size=26, co_w="regular", co_caps=True, co_track=4,
                                body_size=23),
         P("Aoife", "Nic Dhonnacha"), "Aoife Nic Dhonnacha",
         co="Byrne Walsh Solicitors LLP", company="Byrne Walsh Solicitors LLP",
         title="Associate Solicitor", v=1,
         rows=[[Ph("+353 1 614 2280", "T"), Ph("+353 87 123 4567", "M", "mobile")],
               [Em("aoife@byrnewalsh.ie")]],
         addr=["Block 4, Harcourt Centre, Harcourt Road, Dublin D02 HW77"],
         street="Block 4, Harcourt Centre, Harcourt Road", city="Dublin", postal="D02 HW77"),
    # ---------------------------------------------------------------- band / side bar
    card("band", "GB", False, T("nimbussans", pal="teal", co_caps=True, co_track=5, co_size=40,
                                name_size=40),
         P("Amelia", "Kestrel", cred="RIBA"), "Amelia Kestrel RIBA",
         co=["Kestrel & Holt", "Architects"], company="Kestrel & Holt Architects",
         title="Director", v=1,
         rows=[Ph("+44 (0)131 496 0622", "T"), Em("amelia@kestrelholt.co.uk", "E"),
               Web("kestrelholt.co.uk", "W")],
         addr=["9 Queen Street", "Edinburgh EH2 1JQ"],
         street="9 Queen Street", city="Edinburgh", postal="EH2 1JQ"),
    card("band", "US", False, T("lato", pal="sky", mark="arc", name_w="bold", co_size=30),
         P("Aisha", "Rahman", prefix="Dr.", cred="DDS"), "Dr. Aisha Rahman, DDS",
         co="Rahman Family Dentistry", title="Owner & Lead Dentist", sep=" | ",
         rows=[[Ph("404-555-0155", "P"), Ph("404-555-0156", "F", "fax")],
               [Em("aisha@rahmandental.com"), Web("rahmandental.com")]],
         addr=["2150 Peachtree Rd NE, Ste 300", "Atlanta, GA 30309"],
         street="2150 Peachtree Rd NE, Ste 300", city="Atlanta", region="GA", postal="30309"),
    card("band", "FR", False, T("palladio", "biolinum", pal="burgundy", co_size=30,
                                name_size=46, title_w="italic"),
         P("Léa", "Fontaine"), "Léa Fontaine",
         co="Maison Verdier", title="Responsable communication", v=2,
         rows=[[Ph("+33 4 78 92 15 60"), Em("lea.fontaine@maisonverdier.fr")],
               [Web("www.maisonverdier.fr")]],
         addr=["27 quai Saint-Antoine, 69002 Lyon"],
         street="27 quai Saint-Antoine", city="Lyon", postal="69002"),
    card("band", "CA", False, T("roboto", pal="red", co_size=34, co_w="bold", name_w="medium"),
         P("Daniel", "Kowalczyk", cred="P.Eng."), "Daniel Kowalczyk, P.Eng.",
         co=["Prairie Ridge", "Engineering Ltd."], title="Project Engineer", v=3,
         rows=[Ph("403-555-0129", "T"), Ph("403-555-0172", "C", "mobile"),
               Em("dkowalczyk@prairieridge.ca", "E")],
         addr=["Suite 1500, 640 5 Avenue SW", "Calgary, AB T2P 3G4"],
         street="Suite 1500, 640 5 Avenue SW", city="Calgary", region="AB", postal="T2P 3G4"),
    card("band", "NZ", True, T("garamond", "lato", pal="burgundy", name_w="regular",
                               name_size=54, co_w="regular", co_size=34),
         P("Isabella", "Rossi"), "Isabella Rossi",
         co="Stonefield Estate", title="Winemaker",
         rows=[Ph("+64 3 572 8104"), Em("bella@stonefieldwines.co.nz"),
               Web("stonefieldwines.co.nz")],
         addr=["212 Rapaura Road, Blenheim 7273", "New Zealand"],
         street="212 Rapaura Road", city="Blenheim", postal="7273"),
    card("band", "DE", False, T("opensans", pal="sky", name_w="semibold", co_size=40,
                                name_size=42),
         P("Felix", "Schneider"), "Felix Schneider",
         co="Datenhafen AG", title="Key Account Manager", v=1, addr_first=True,
         rows=[Ph("+49 69 9876 5432", "Tel."), Ph("+49 69 9876 5433", "Fax", "fax"),
               Em("felix.schneider@datenhafen.de"), Web("www.datenhafen.de")],
         addr=["Mainzer Landstraße 50", "60325 Frankfurt am Main"],
         street="Mainzer Landstraße 50", city="Frankfurt am Main", postal="60325"),
    # ---------------------------------------------------------------- monogram tile
    card("monogram", "US", False, T("palladio", "opensans", pal="navy", co_caps=True,
                                     co_track=5, co_size=34, name_size=42, body_size=23),
         P("Benjamin", "Russo"), "Benjamin Russo", mono="NC",
         co=["Northgate", "Capital"], company="Northgate Capital", title="Managing Director",
         sep=" | ",
         rows=[[Ph("212-555-0123 ext. 204", ext="204")],
               [Em("brusso@northgatecap.com"), Web("northgatecap.com")]],
         addr=["399 Park Avenue, 34th Fl, New York, NY 10022"],
         street="399 Park Avenue, 34th Fl", city="New York", region="NY", postal="10022"),
    card("monogram", "AU", False, T("lato", pal="ink", name_w="bold", co_size=30),
         P("Georgia", "Bell"), "Georgia Bell", mono="AB",
         co="Ashby Bell Lawyers", title="Senior Associate", v=1,
         rows=[[Ph("+61 7 5550 2210", "T"), Em("gbell@ashbybell.com.au", "E")]],
         addr=["Level 9, 400 Queen Street, Brisbane QLD 4000"],
         street="Level 9, 400 Queen Street", city="Brisbane", region="QLD", postal="4000"),
    card("monogram", "GB", False, T("manrope", pal="orange", name_w="bold", co_size=34),
         P("Tom", "Wren"), "Tom Wren", mono="HW",
         co="Hollis & Wren", title="Brand Strategist",
         rows=[[Ph("+44 (0)20 7946 0112")],
               [Em("tom@holliswren.agency"), Web("holliswren.agency")]],
         addr=["The Kettle Building, 56 Shoreditch High Street, London E1 6JJ"],
         street="The Kettle Building, 56 Shoreditch High Street", city="London", postal="E1 6JJ"),
    card("monogram", "CA", False, T("century", "carlito", pal="burgundy", co_size=34,
                                    name_size=42, body_size=24),
         P("Sophie", "Lavoie", prefix="Me"), "Me Sophie Lavoie", mono="LM",
         co="Lavoie Marchand", tag="AVOCATS · LAWYERS", title="Avocate associée", v=2,
         rows=[Ph("514 555-0163", "Tél."), Ph("514 555-0164", "Téléc.", "fax"),
               Em("slavoie@lavoiemarchand.ca")],
         addr=["800, square Victoria, bureau 3700", "Montréal (Québec) H4Z 1E9"],
         street="800, square Victoria, bureau 3700", city="Montréal", region="QC",
         postal="H4Z 1E9"),
    card("monogram", "IN", False, T("quicksand", pal="gold", name_w="bold", co_size=30),
         P("Kavya", "Sharma"), "Kavya Sharma", mono="SK",
         co="Sutra Kraft", title="Co-founder", v=1,
         rows=[[Ph("+91 99001 23456"), Em("kavya@sutrakraft.in")], [Web("sutrakraft.in")]],
         addr=["B-12, Hauz Khas Village, New Delhi 110016"],
         street="B-12, Hauz Khas Village", city="New Delhi", postal="110016"),
    card("monogram", "DE", False, T("nimbussans", pal="mist", co_size=32, name_size=44),
         P("Martin", "Vogel", prefix="Dipl.-Ing."), "Dipl.-Ing. Martin Vogel", mono="VL",
         co="Vogel Lindner Architekten", title="Partner", addr_first=True,
         rows=[[Ph("+49 221 5566 7788", "Tel.")],
               [Em("vogel@vogel-lindner.de"), Web("vogel-lindner.de")]],
         sep="   ",
         addr=["Schanzenstraße 22, 51063 Köln"],
         street="Schanzenstraße 22", city="Köln", postal="51063"),
    # ---------------------------------------------------------------- company name on top
    card("company-top", "US", False, T("libertine", pal="green", co_caps=True, co_track=5,
                                       co_size=54, co_w="regular", name_size=32,
                                       name_w="semibold", title_size=24),
         P("Grace", "Whitaker", cred="PLA, ASLA"), "Grace Whitaker, PLA, ASLA",
         co="Alder & Stone", company="Alder & Stone", tag="LANDSCAPE ARCHITECTURE",
         title="Principal",
         rows=[[Ph("720.555.0133"), Em("grace@alderandstone.design")],
               [Web("alderandstone.design")]],
         addr=["1600 Wynkoop St, Suite 300, Denver, CO 80202"],
         street="1600 Wynkoop St, Suite 300", city="Denver", region="CO", postal="80202"),
    card("company-top", "GB", False, T("cabin", pal="sky", co_size=50, name_size=32,
                                       title_size=23),
         P("Harriet", "Clarke"), "Harriet Clarke",
         co="Brightwater Lettings", title="Lettings Manager", v=1,
         rows=[[Ph("0117 496 0284", "T"), Ph("07700 900672", "M", "mobile")],
               [Em("harriet@brightwaterlettings.co.uk")]],
         addr=["Brightwater House, 17 Queen Square, Bristol BS1 4NT"],
         street="Brightwater House, 17 Queen Square", city="Bristol", postal="BS1 4NT"),
    card("company-top", "AU", False, T("spartan", "opensans", pal="teal", co_caps=True,
                                       co_track=3, co_size=46, name_size=32, title_size=23,
                                       body_size=23),
         P("Oliver", "Grant", prefix="Dr", cred="MBBS, FRACP"), "Dr Oliver Grant MBBS, FRACP",
         co=["Meridian", "Health Partners"], company="Meridian Health Partners",
         title="Consultant Cardiologist",
         rows=[[Ph("(08) 5550 3312", "T"), Ph("(08) 5550 3313", "F", "fax")],
               [Em("reception@meridianhealth.com.au", "E")]],
         addr=["Suite 12, 146 Mounts Bay Road, Perth WA 6000"],
         street="Suite 12, 146 Mounts Bay Road", city="Perth", region="WA", postal="6000"),
    card("company-top", "IE", True, T("garamond", pal="cream", co_size=56, co_w="regular",
                                      name_size=34, name_w="regular", title_w="italic"),
         P("Niamh", "Connolly", cred="FCA"), "Niamh Connolly FCA",
         co="Connolly & Daly", tag="CHARTERED ACCOUNTANTS", title="Partner", v=1,
         rows=[[Ph("+353 21 427 5500"), Em("niamh@connollydaly.ie")]],
         addr=["6 South Mall, Cork T12 W8K3, Ireland"],
         street="6 South Mall", city="Cork", postal="T12 W8K3"),
    card("company-top", "FR", False, T("gothic", "karla", pal="purple", co_size=52,
                                       name_size=32, mark="rings"),
         P("Hugo", "Lambert"), "Hugo Lambert",
         co="Studio Nébuleuse", title="Développeur iOS",
         rows=[Em("hugo@nebuleuse.app"), Ph("+33 6 45 23 78 90"), Web("nebuleuse.app")],
         addr=["8 cours du Médoc, 33300 Bordeaux"],
         street="8 cours du Médoc", city="Bordeaux", postal="33300"),
    card("company-top", "CA", False, T("palladio", "lato", pal="red", co_size=50, name_size=32,
                                       title_size=23),
         P("Jennifer", "Morrison-Clarke"), "Jennifer Morrison-Clarke",
         co="Maple & Main Realty", title="Sales Representative", v=1,
         rows=[[Ph("902-555-0145", "Direct"), Ph("902-555-0100", "Office")],
               [Em("jennifer@mapleandmain.ca")]],
         addr=["1801 Hollis Street, Halifax, NS B3J 3N4"],
         street="1801 Hollis Street", city="Halifax", region="NS", postal="B3J 3N4"),
    # ---------------------------------------------------------------- minimalist
    card("minimal", "US", False, T("inter", name_w="light", name_size=56),
         P("Nora", "Feld"), "Nora Feld", co=[],
         rows=[Em("nora@fieldnotes.studio"), Ph("(646) 555-0171")]),
    card("minimal", "GB", False, T("garamond", pal="cream", name_w="regular", name_size=58,
                                   title_w="italic", body_size=28),
         P("Alexander", "Pryce"), "Alexander Pryce", co=[], title="Illustrator", v=1,
         rows=[[Em("alex@alexanderpryce.co.uk"), Ph("07700 900345")]]),
    card("minimal", "DE", False, T("karla", pal="mist", name_w="bold", name_size=52),
         P("Jana", "Krüger"), "Jana Krüger", co=[],
         rows=[Em("jana@krueger.design"), Ph("+49 151 2345 6789")]),
    card("minimal", "AU", False, T("spartan", pal="orange", name_caps=True, name_track=3,
                                   name_size=54, title_caps=True, title_track=3, title_size=22),
         P("Matt", "O'Brien"), "Matt O'Brien", co=[], title="Licensed Builder",
         rows=[Ph("0491 570 908", "M", "mobile"), Em("matt@obrienbuilding.com.au", "E")]),
    card("minimal", "FR", False, T("libertine", pal="ink", name_size=52, title_w="italic"),
         P("Élodie", "Marchal"), "Élodie Marchal", co=[], title="Traductrice", v=1,
         rows=[[Em("elodie.marchal@gmail.com")], [Ph("+33 7 81 22 46 90")]]),
    card("minimal", "CA", False, T("opensans", name_w="light", name_size=54, pal="teal"),
         P("Ryan", "Lowe", middle="T."), "Ryan T. Lowe", co=[],
         rows=[Em("ryan@lowedesign.ca"), Ph("(902) 555-0180")]),
    # ---------------------------------------------------------------- small labels
    card("labels", "GB", True, T("lato", pal="teal", label_mode="column", name_w="bold",
                                 body_size=23),
         P("Charlotte", "Davies-Evans"), "Charlotte Davies-Evans",
         co="Marlow Quay Partners", title="Head of People", v=1,
         rows=[Ph("+44 (0)20 7946 0958", "T"), Ph("+44 (0)7700 900812", "M", "mobile"),
               Em("c.davies-evans@marlowquay.co.uk", "E"), Web("marlowquay.co.uk", "W")],
         addr=["3rd Floor, 25 Farringdon Street", "London EC4A 4AB", "United Kingdom"],
         street="3rd Floor, 25 Farringdon Street", city="London", postal="EC4A 4AB"),
    card("labels", "US", False, T("opensans", pal="orange", mark="bars", label_w="regular",
                                  body_size=23),
         P("Marcus", "Greene", suffix="Jr."), "Marcus Greene Jr.",
         co="Lakeshore Media Group", title="Senior Account Executive",
         rows=[Ph("312.555.0189", "p:"), Em("mgreene@lakeshoremedia.com", "e:"),
               Web("lakeshoremedia.com", "w:")],
         addr=["225 W Wacker Dr, Ste 1800, Chicago, IL 60606"],
         street="225 W Wacker Dr, Ste 1800", city="Chicago", region="IL", postal="60606"),
    card("labels", "DE", False, T("robotoslab", "roboto", pal="sky", label_mode="column",
                                  co_size=30, body_size=23),
         P("Stefan", "Bauer", prefix="Dr. med."), "Dr. med. Stefan Bauer",
         co="Praxis am Lindenplatz", title="Facharzt für Orthopädie", v=2, addr_first=True,
         rows=[Ph("0711 2233 440", "Tel."), Ph("0711 2233 441", "Fax", "fax"),
               Em("praxis@lindenplatz-ortho.de", "E-Mail"), Web("www.lindenplatz-ortho.de", "Web")],
         addr=["Lindenplatz 3", "70173 Stuttgart"],
         street="Lindenplatz 3", city="Stuttgart", postal="70173"),
    card("labels", "AU", False, T("inter", pal="sky", label_mode="column", mark="diamond",
                                  co_size=28, body_size=23),
         P("Tom", "Papadopoulos"), "Tom Papadopoulos",
         co=["Southern Cross", "Logistics Pty Ltd"], title="Sales Director", v=1,
         rows=[Ph("(02) 5550 7741", "T"), Ph("0491 570 445", "M", "mobile"),
               Em("tom@scxlogistics.com.au", "E"), Web("scxlogistics.com.au", "W")],
         addr=["PO Box 1220", "Parramatta NSW 2124"],
         street="PO Box 1220", city="Parramatta", region="NSW", postal="2124"),
    card("labels", "CA", False, T("garamond", "cabin", pal="cream", co_size=34, name_size=48,
                                  name_w="regular", body_size=23),
         P("Isabelle", "Gagnon-Roy"), "Isabelle Gagnon-Roy",
         co=["Boulangerie", "Saint-Laurent"], title="Directrice des finances", v=1,
         rows=[Ph("514 555-0122", "Tél."), Ph("514 555-0195", "Cell.", "mobile"),
               Em("isabelle@boulangeriestlaurent.ca", "Courriel")],
         addr=["4820, boulevard Saint-Laurent", "Montréal (Québec) H2T 1R5"],
         street="4820, boulevard Saint-Laurent", city="Montréal", region="QC", postal="H2T 1R5"),
    card("labels", "IN", False, T("opensans", pal="red", label_mode="column", name_w="bold",
                                  name_size=42, body_size=22, co_size=28),
         P("Arjun", "Nair", prefix="Dr.", cred="MD, DM"), "Dr. Arjun Nair, MD, DM",
         co="Sahyadri Heart Institute", title="Consultant Cardiologist",
         dept="Department of Cardiology", v=2,
         rows=[Ph("+91 20 6712 3400 Ext. 2210", "Tel", ext="2210"),
               Ph("+91 98220 56789", "Mob", "mobile"), Em("arjun.nair@sahyadriheart.org", "Email")],
         addr=["Survey No. 12, Baner Road", "Pune, Maharashtra 411045"],
         street="Survey No. 12, Baner Road", city="Pune", region="MH", postal="411045"),
    card("labels", "NZ", False, T("roboto", pal="green", label_mode="column", mark="leaf",
                                  body_size=23),
         P("Grace", "Tuilagi"), "Grace Tuilagi",
         co="Fernhill Freight Ltd", title="Operations Manager",
         rows=[Ph("+64 4 499 2210", "P"), Ph("+64 21 045 7723", "M", "mobile"),
               Em("grace.tuilagi@fernhillfreight.co.nz", "E")],
         addr=["Level 4, 150 Featherston Street, Wellington 6011"],
         street="Level 4, 150 Featherston Street", city="Wellington", postal="6011"),
    # ---------------------------------------------------------------- icons / bullets
    card("icons", "US", False, T("lato", pal="teal", label_mode="icons", name_w="bold",
                                 mark="rings", body_size=23),
         P("Elena", "Vásquez", cred="PsyD"), "Elena Vásquez, PsyD",
         co="Clearwater Counseling", title="Licensed Clinical Psychologist",
         rows=[Ph("(305) 555-0126"), Em("elena@clearwatercounseling.org"),
               Web("clearwatercounseling.org")],
         addr=["1428 Brickell Ave #600", "Miami, FL 33131"],
         street="1428 Brickell Ave #600", city="Miami", region="FL", postal="33131"),
    card("icons", "GB", False, T("inter", pal="purple", label_mode="icons", mark="bars",
                                 body_size=23),
         P("Ravi", "Chandran"), "Ravi Chandran",
         co="Quayside Software Ltd", title="Full-Stack Developer",
         rows=[Ph("+44 7700 900981", typ="mobile"), Em("ravi@quayside.dev"), Web("quayside.dev"),
               Li("linkedin.com/in/ravichandran"), Tw("@ravicodes")]),
    card("icons", "DE", False, T("opensans", pal="green", label_mode="bullets", name_w="bold",
                                 body_size=22),
         P("Sophie", "Wagner"), "Sophie Wagner",
         co="Grünwerk Energie GmbH", title="Projektleiterin", dept="Abteilung Photovoltaik", v=1,
         rows=[Ph("+49 711 2233 4455"), Em("sophie.wagner@gruenwerk-energie.de"),
               Web("www.gruenwerk-energie.de")],
         addr=["Königstraße 10", "70173 Stuttgart"],
         street="Königstraße 10", city="Stuttgart", postal="70173"),
    card("icons", "AU", False, T("spartan", pal="mist", label_mode="icons", co_size=30,
                                 co_caps=True, co_track=3, name_size=46),
         P("Ben", "Carter"), "Ben Carter",
         co="Ben Carter Photography", company="Ben Carter Photography", title="Photographer",
         v=1,
         rows=[Ph("0491 570 667", typ="mobile"), Em("hello@bencarter.com.au"),
               Web("bencarter.com.au")],
         addr=["Fremantle WA"],
         city="Fremantle", region="WA"),
    card("icons", "CA", False, T("cabin", pal="orange", label_mode="icons", mark="circle",
                                 body_size=22),
         P("Aaliyah", "Thompson"), "Aaliyah Thompson",
         co="Harbourfront Food Bank", title=["Community Outreach", "Coordinator"],
         rows=[Ph("(416) 555-0193 x 221", ext="221"), Em("aaliyah@harbourfrontfoodbank.ca"),
               Web("harbourfrontfoodbank.ca")],
         addr=["75 Queens Quay E, Unit 3", "Toronto, ON M5E 1T1"],
         street="75 Queens Quay E, Unit 3", city="Toronto", region="ON", postal="M5E 1T1"),
    card("icons", "FR", False, T("roboto", pal="sky", label_mode="icons", name_w="medium",
                                 mark="tri"),
         P("Nicolas", "Petit"), "Nicolas Petit",
         co="Aérolys SAS", title="Ingénieur commercial", v=1,
         rows=[Ph("+33 5 61 22 33 44"), Ph("+33 6 12 98 76 54", typ="mobile"),
               Em("n.petit@aerolys.fr")],
         addr=["15 avenue de l'Aérodrome", "31700 Blagnac"],
         street="15 avenue de l'Aérodrome", city="Blagnac", postal="31700"),
    # ---------------------------------------------------------------- one line with separators
    card("one-line", "US", False, T("inter", pal="orange", mark="leaf", body_size=23),
         P("Dana", "Whitmore"), "Dana Whitmore",
         co="Copperleaf Labs", title="Head of Growth", sep=" | ",
         rows=[[Ph("+1 415 555 0199", "T"), Ph("+1 415 555 0137", "M", "mobile")],
               [Em("dana@copperleaf.io"), Web("copperleaf.io")]],
         addr=["500 Market St · Suite 200 · San Francisco, CA 94105"],
         street="500 Market St, Suite 200", city="San Francisco", region="CA", postal="94105"),
    card("one-line", "GB", False, T("garamond", "karla", pal="green", name_w="regular",
                                    name_size=50, co_w="regular", co_size=30, body_size=22),
         P("Hamish", "MacLeod"), "Hamish MacLeod",
         co="Glenbrae Trust", title="Estate Manager", sep=" • ", v=1,
         rows=[[Ph("+44 (0)1632 960418"), Em("hamish@glenbraetrust.org.uk")],
               [Web("www.glenbraetrust.org.uk")]],
         addr=["Glenbrae House • Strathpeffer • IV14 9AB"],
         street="Glenbrae House", city="Strathpeffer", postal="IV14 9AB"),
    card("one-line", "AU", False, T("lato", pal="sky", name_w="black", body_size=23),
         P("Zoe", "Mitchell"), "Zoe Mitchell", co=[], company="Tasman Advisory",
         title="Senior Consultant", title_co=" | ", sep=" | ",
         rows=[[Ph("+61 2 5550 4410"), Ph("+61 491 570 731", "M", "mobile")],
               [Em("zoe.mitchell@tasmanadvisory.com.au")]],
         addr=["Level 12, 1 Martin Place | Sydney NSW 2000"],
         street="Level 12, 1 Martin Place", city="Sydney", region="NSW", postal="2000"),
    card("one-line", "DE", False, T("nimbussans", pal="mist", name_size=46),
         P("Max", "Hoffmann"), "Max Hoffmann", co=[], title="Fotograf", name_sep=" · ", v=1,
         rows=[[Ph("0221 987 6543", "T"), Ph("0176 1234 5678", "M", "mobile"),
                Em("mail@maxhoffmann.de")]],
         addr=["Lindenstraße 14 · 50674 Köln"],
         street="Lindenstraße 14", city="Köln", postal="50674"),
    card("one-line", "IE", False, T("opensans", pal="sky", name_w="bold", body_size=23),
         P("Seán", "Kavanagh"), "Seán Kavanagh", co=[], company="Atlantic Seafoods Ltd",
         title="Sales Manager", title_co=" | ", sep=" | ",
         rows=[[Ph("+353 91 572 210"), Em("sean.kavanagh@atlanticseafoods.ie")],
               [Web("atlanticseafoods.ie")]],
         addr=["Unit 4, Galway Business Park | Galway H91 X2T4"],
         street="Unit 4, Galway Business Park", city="Galway", postal="H91 X2T4"),
    card("one-line", "CA", False, T("libertine", pal="burgundy", name_size=46,
                                    name_w="semibold", body_size=23),
         P("Étienne", "Lefebvre"), "Étienne Lefebvre", co=[], title="Photographe",
         name_sep=" — ", v=1,
         rows=[[Ph("819 555-0146", "Tél."), Em("etienne@lefebvrephoto.ca")],
               [Web("lefebvrephoto.ca")]],
         addr=["55, rue Wellington Nord, Sherbrooke (Québec) J1H 5A9"],
         street="55, rue Wellington Nord", city="Sherbrooke", region="QC", postal="J1H 5A9"),
    # ---------------------------------------------------------------- dense, with departments
    card("dense", "US", True, T("opensans", pal="ink", mark="hex", label_mode="column",
                                name_size=40, title_size=22, body_size=21, co_size=30),
         P("Rachel", "Kim", cred="PhD"), "Rachel Kim, PhD",
         co="Vantage Systems, Inc.", title=["Senior Director,", "Machine Learning Research"],
         dept="Cloud & AI Department",
         rows=[Ph("+1 (408) 555-0152", "T"), Ph("+1 (408) 555-0178", "M", "mobile"),
               Ph("+1 (408) 555-0153", "F", "fax"), Em("rachel.kim@vantagesystems.com", "E"),
               Web("vantagesystems.com", "W"), Li("linkedin.com/in/rachelkimphd", "in")],
         addr=["2200 Mission College Blvd, Bldg 4", "Santa Clara, CA 95054", "USA"],
         street="2200 Mission College Blvd, Bldg 4", city="Santa Clara", region="CA",
         postal="95054"),
    card("dense", "GB", False, T("nimbussans", pal="sky", name_size=36, title_size=21,
                                 body_size=21, co_size=28, label_w="bold"),
         P("Helen", "Ashworth", prefix="Professor", cred="MBChB PhD FRCP"),
         "Professor Helen Ashworth",
         co=["Pennine Hospitals", "NHS Foundation Trust"],
         company="Pennine Hospitals NHS Foundation Trust",
         title=["MBChB PhD FRCP", "Consultant Rheumatologist and", "Clinical Director"],
         title_truth="Consultant Rheumatologist and Clinical Director",
         dept="Musculoskeletal Research Unit", v=1, addr_first=True,
         rows=[Ph("0113 496 0377", "Tel:"), Ph("0113 496 0378", "Fax:", "fax"),
               Ph("07700 900563", "Mobile:", "mobile"),
               Em("helen.ashworth@pennine.nhs.uk", "Email:")],
         addr=["Clarendon Wing, St Aidan's Hospital", "Great George Street", "Leeds LS1 3EX"],
         street="Clarendon Wing, St Aidan's Hospital, Great George Street", city="Leeds",
         postal="LS1 3EX"),
    card("dense", "DE", True, T("robotocond", pal="red", label_mode="column", name_size=40,
                                title_size=22, body_size=21, co_size=30, mark="square"),
         P("Thomas", "Becker", prefix="Dr.-Ing."), "Dr.-Ing. Thomas Becker",
         co=["Brenner", "Antriebssysteme GmbH"], title="Leiter Forschung & Entwicklung",
         dept="Abteilung Antriebstechnik", addr_first=True,
         rows=[Ph("+49 711 8899-2100", "Tel."), Ph("+49 711 8899-2199", "Fax", "fax"),
               Ph("+49 170 5566778", "Mobil", "mobile"),
               Em("thomas.becker@brenner-antriebe.de", "E-Mail"),
               Web("www.brenner-antriebe.de", "Web")],
         addr=["Industriestraße 27", "70565 Stuttgart", "Germany"],
         street="Industriestraße 27", city="Stuttgart", postal="70565"),
    card("dense", "AU", True, T("lato", pal="teal", label_mode="column", name_size=40,
                                title_size=22, body_size=21, co_size=28, mark="arc"),
         P("Michelle", "Tan", prefix="Dr"), "Dr Michelle Tan",
         co=["University of the", "Coral Coast"], title="Senior Research Fellow",
         dept="School of Marine Science", v=1,
         rows=[Ph("+61 7 5550 1187", "T"), Ph("+61 491 570 159", "M", "mobile"),
               Em("michelle.tan@ucc.edu.au", "E"), Web("ucc.edu.au", "W")],
         addr=["Building 14, Reef Road", "Townsville QLD 4811", "Australia"],
         street="Building 14, Reef Road", city="Townsville", region="QLD", postal="4811"),
    card("dense", "IN", False, T("roboto", pal="purple", label_mode="column", name_size=40,
                                 title_size=22, body_size=21, co_size=28, mark="circle"),
         P("Sneha", "Kulkarni"), "Sneha Kulkarni",
         co="Nimbus Infotech Pvt. Ltd.", title="Associate Vice President",
         dept="Cloud Infrastructure Services",
         rows=[Ph("+91 124 456 7800 Ext 512", "T", ext="512"),
               Ph("+91 98110 23456", "M", "mobile"),
               Em("sneha.kulkarni@nimbusinfotech.com", "E"),
               Li("linkedin.com/in/snehakulkarni")],
         addr=["Tower B, 7th Floor, Skyline Tech Park", "Gurugram, Haryana 122002"],
         street="Tower B, 7th Floor, Skyline Tech Park", city="Gurugram", region="HR",
         postal="122002"),
    card("dense", "CA", False, T("carlito", pal="teal", name_size=38, title_size=22,
                                 body_size=22, co_size=30, mark="diamond"),
         P("Jordan", "Blackwood", prefix="Dr.", cred="MD, FRCPC"),
         "Dr. Jordan Blackwood, MD, FRCPC",
         co=["Lakeview Regional", "Health Centre"], title="Chief of Emergency Medicine",
         dept="Department of Emergency Medicine", v=1, addr_first=True,
         rows=[Ph("705-555-0161", "T"), Ph("705-555-0162", "F", "fax"),
               Em("jblackwood@lakeviewhealth.ca", "E")],
         addr=["200 Lakeview Drive", "PO Box 4000", "Barrie, ON L4M 6M2"],
         street="200 Lakeview Drive, PO Box 4000", city="Barrie", region="ON", postal="L4M 6M2"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "FR", False, T("palladio", pal="gold", co_size=34, name_size=44,
                                         title_w="italic"),
         P("Claire", "Dubois"), "Claire Dubois",
         co="Dubois & Associés", title="Avocate au Barreau de Paris", addr_first=True,
         rows=[Ph("+33 1 53 67 44 20", "Tél."), Ph("+33 1 53 67 44 21", "Fax", "fax"),
               Em("c.dubois@dubois-avocats.fr")],
         addr=["8 avenue Montaigne", "75008 Paris"],
         street="8 avenue Montaigne", city="Paris", postal="75008"),
    card("right-aligned", "US", False, T("manrope", pal="red", name_caps=True, name_track=2,
                                         name_size=40, co_size=28, mark="diamond"),
         P("María", "García-López"), "María García-López",
         co=["García-López", "Law, PLLC"], title="Immigration Attorney", v=1,
         rows=[Ph("(713) 555-0184", "Office"), Em("maria@garcialopezlaw.com")],
         addr=["3200 Southwest Fwy, Ste 1500", "Houston, TX 77027"],
         extra=["Se habla español"],
         street="3200 Southwest Fwy, Ste 1500", city="Houston", region="TX", postal="77027"),
    card("right-aligned", "NZ", False, T("garamond", "opensans", pal="teal", name_w="regular",
                                         name_size=50, co_size=32, co_w="regular",
                                         body_size=22),
         P("Pieter", "van der Berg"), "Pieter van der Berg",
         co="Harbourside Legal", title="Director",
         rows=[Ph("+64 9 309 5521", "DDI"), Em("pieter@harbourside.legal"),
               Web("harbourside.legal")],
         addr=["PO Box 5620, Auckland 1141"],
         street="PO Box 5620", city="Auckland", postal="1141"),
    card("right-aligned", "GB", False, T("libertine", pal="burgundy", name_w="semibold",
                                         co_size=30, body_size=23, mark="square"),
         P("Kwame", "Mensah", prefix="Dr"), "Dr Kwame Mensah",
         co=["University of", "Westmoor"], title="Senior Lecturer in Economics",
         dept="School of Economics", v=1,
         rows=[Ph("+44 (0)115 496 0290"), Em("k.mensah@westmoor.ac.uk")],
         addr=["Kingsley Building, University Park", "Nottingham NG7 4XY"],
         street="Kingsley Building, University Park", city="Nottingham", postal="NG7 4XY"),
    card("right-aligned", "IE", False, T("cabin", pal="green", mark="leaf", co_size=30),
         P("Fionnuala", "Byrne", cred="MVB MRCVS"), "Fionnuala Byrne MVB MRCVS",
         co="Ashgrove Veterinary Clinic", title="Veterinary Surgeon",
         rows=[Ph("045 897 123"), Ph("086 123 4567", "Mobile", "mobile"), Web("ashgrovevets.ie")],
         addr=["Main Street, Naas W91 K2P8"],
         street="Main Street", city="Naas", postal="W91 K2P8"),
    card("right-aligned", "AU", False, T("quicksand", pal="gold", name_w="bold", co_size=32,
                                         co_w="medium"),
         P("Olivia", "Hartmann"), "Olivia Hartmann",
         co="Hartmann Interiors", title="Interior Designer", v=1,
         rows=[Ph("0491 570 884"), Em("studio@hartmanninteriors.com.au"),
               Web("hartmanninteriors.com.au")],
         addr=["Studio 4, 21 James Street", "Fortitude Valley QLD 4006"],
         street="Studio 4, 21 James Street", city="Fortitude Valley", region="QLD",
         postal="4006"),
]


# --------------------------------------------------------------------------------------------
# Batch 2: written later by a second author, from what printed cards look like in each country
# (not from the parser), ids 089 onwards. Same renderer and conventions as above, plus the
# Netherlands, Spain, Italy, Singapore and South Africa (see README.md).

SPECS2: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "US", False, T("opensans", pal="red", mark="bars", name_w="bold",
                                   body_size=23),
         P("Raymond", "Delgado", suffix="Sr."), "Raymond Delgado Sr.",
         co="Delgado & Sons Roofing", title="Owner",
         rows=[Ph("(210) 555-0137", "Office"), Ph("(210) 555-0162", "Cell", "mobile"),
               Em("ray@delgadoroofing.com"), Web("www.delgadoroofing.com")],
         addr=["P.O. Box 1187", "San Antonio, TX 78294"], extra=["Licensed & Insured"],
         street="P.O. Box 1187", city="San Antonio", region="TX", postal="78294"),
    card("classic", "NL", False, T("nimbussans", pal="sky", mark="square", co_size=28,
                                   body_size=23),
         P("Sanne", "van den Heuvel", prefix="ir."), "ir. Sanne van den Heuvel",
         co=["Haverkamp", "Waterbouw B.V."], company="Haverkamp Waterbouw B.V.",
         title="Senior adviseur waterveiligheid", v=1,
         rows=[Ph("+31 (0)10 794 2210", "T"), Ph("+31 (0)6 4178 2290", "M", "mobile"),
               Em("s.vandenheuvel@haverkamp-waterbouw.nl", "E")],
         addr=["Postbus 2148", "3000 CC Rotterdam"],
         street="Postbus 2148", city="Rotterdam", postal="3000 CC"),
    card("classic", "ZA", False, T("manrope", pal="green", mark="arc", name_w="bold",
                                   body_size=22),
         P("Thandiwe", "Nkosi"), "Thandiwe Nkosi",
         co="Khanyisa Capital (Pty) Ltd", title="Investment Analyst", addr_first=True,
         rows=[[Ph("+27 (0)11 783 4410", "Tel"), Ph("+27 (0)82 555 0142", "Cell", "mobile")],
               [Em("thandiwe@khanyisacapital.co.za"), Web("www.khanyisacapital.co.za")]],
         sep="   ",
         addr=["2nd Floor, Katherine Towers, 1 Park Lane", "Sandton 2196"],
         street="2nd Floor, Katherine Towers, 1 Park Lane", city="Sandton", postal="2196"),
    card("classic", "IE", False, T("cabin", pal="teal", mark="tri", co_size=28),
         P("Conor", "Fitzpatrick", cred="BE CEng MIEI"), "Conor Fitzpatrick BE CEng MIEI",
         co=["Shannonside", "Consulting Engineers"],
         company="Shannonside Consulting Engineers", title="Associate Director", v=1,
         rows=[Ph("+353 (0)61 315 420", "T"), Ph("+353 (0)87 224 1908", "M", "mobile"),
               Em("cfitzpatrick@shannonside.ie", "E")],
         addr=["Block C, Raheen Business Park", "Limerick V94 X6R2"],
         street="Block C, Raheen Business Park", city="Limerick", postal="V94 X6R2"),
    # ---------------------------------------------------------------- centred
    card("centred", "IT", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=52, co_size=30, co_w="regular", co_caps=True,
                                   co_track=4, title_w="italic"),
         P("Giulia", "De Santis", prefix="Avv."), "Avv. Giulia De Santis",
         co=["Studio Legale", "De Santis & Ferri"], company="Studio Legale De Santis & Ferri",
         title="Socio fondatore",
         rows=[[Ph("+39 02 8633 4512", "Tel."), Ph("+39 02 8633 4513", "Fax", "fax")],
               [Em("g.desantis@desantisferri.it"), Web("www.desantisferri.it")]],
         addr=["Via Monte Napoleone 8 · 20121 Milano (MI)"],
         street="Via Monte Napoleone 8", city="Milano", region="MI", postal="20121"),
    card("centred", "SG", True, T("inter", pal="navy", name_w="semibold", co_size=28),
         P("Rachel", "Lim", cred="CFA"), "Rachel Lim, CFA",
         co="Meranti Capital Pte. Ltd.", title="Director, Private Markets", v=1,
         rows=[[Ph("+65 6715 3380", "Tel"), Ph("+65 9127 4456", "HP", "mobile")],
               [Em("rachel.lim@meranticapital.com.sg")]],
         addr=["8 Marina View, #31-02 Asia Square Tower 1", "Singapore 018960"],
         street="8 Marina View, #31-02 Asia Square Tower 1", city="Singapore",
         postal="018960"),
    card("centred", "CA", False, T("century", "carlito", pal="burgundy", co_size=30,
                                   name_size=42, body_size=23),
         P("Jean-François", "Bélanger", cred="CPA"), "Jean-François Bélanger, CPA",
         co="Lévesque Arsenault S.E.N.C.R.L.", tag="COMPTABLES PROFESSIONNELS AGRÉÉS",
         title="Associé, Fiscalité",
         rows=[[Ph("418 555-0174, poste 2301", "Tél.", ext="2301")],
               [Ph("418 555-0175", "Téléc.", "fax"), Em("jfbelanger@levesquearsenault.ca")]],
         sep="   ",
         addr=["C.P. 2150, succursale Haute-Ville, Québec (Québec) G1R 5J1"],
         street="C.P. 2150, succursale Haute-Ville", city="Québec", region="QC",
         postal="G1R 5J1"),
    card("centred", "CA", False, T("lato", pal="ink", mark="hex", name_w="bold", co_size=30),
         P("Mathieu", "Després"), "Mathieu Després",
         co="Boréalis Énergie inc.", title="Directeur, Développement des affaires", v=1,
         rows=[[Ph("514 555-0157", "Bur."), Ph("514 555-0183", "Cell.", "mobile")],
               [Em("mathieu.despres@borealis-energie.ca")]],
         addr=["1100, boulevard René-Lévesque Ouest, 25e étage", "Montréal (Québec) H3B 4N4"],
         street="1100, boulevard René-Lévesque Ouest, 25e étage", city="Montréal",
         region="QC", postal="H3B 4N4"),
    # ---------------------------------------------------------------- two columns
    card("two-columns", "ES", False, T("roboto", pal="orange", mark="circle", name_w="medium",
                                       body_size=22, co_size=28),
         P("Javier", "Ruiz Fernández"), "Javier Ruiz Fernández",
         co="Arquímedes Ingeniería S.L.", title="Director de Proyectos",
         dept="Departamento de Estructuras",
         rows=[Ph("+34 913 458 210", "T"), Ph("+34 638 412 907", "M", "mobile"),
               Em("jruiz@arquimedes-ing.es"), Web("www.arquimedes-ing.es")],
         addr=["Paseo de la Castellana, 89, planta 12", "28046 Madrid"],
         street="Paseo de la Castellana, 89, planta 12", city="Madrid", postal="28046"),
    card("two-columns", "US", False, T("palladio", "opensans", pal="navy", co_size=28,
                                       body_size=21, name_size=42),
         P("Kathleen", "O'Donnell-Reyes", cred="Esq."), "Kathleen O'Donnell-Reyes, Esq.",
         co=["Whitcombe Marsh", "& O'Donnell LLP"], company="Whitcombe Marsh & O'Donnell LLP",
         title="Partner", dept="Litigation Practice Group", v=1,
         rows=[Ph("(215) 555-0148 ext. 312", "Direct", ext="312"), Ph("(215) 555-0100", "Main"),
               Ph("(215) 555-0199", "Fax", "fax"), Em("kodonnell-reyes@whitcombemarsh.com")],
         addr=["Two Liberty Place, 41st Floor", "1650 Market Street", "Philadelphia, PA 19103"],
         street="Two Liberty Place, 41st Floor, 1650 Market Street", city="Philadelphia",
         region="PA", postal="19103"),
    card("two-columns", "IN", False, T("opensans", pal="teal", mark="circle", name_w="bold",
                                       body_size=21, name_size=42, co_size=26),
         P("Farhan", "Qureshi", prefix="Dr.", cred="MBBS, MS (Ortho)"), "Dr. Farhan Qureshi",
         co="Cauvery Multispeciality Hospital",
         title=["MBBS, MS (Ortho)", "Consultant Orthopaedic Surgeon"],
         title_truth="Consultant Orthopaedic Surgeon", dept="Department of Orthopaedics",
         rows=[Ph("+91 44 2811 4400 Ext. 318", "Tel", ext="318"),
               Ph("+91 98401 27735", "Mob", "mobile"), Em("farhan.qureshi@cauveryhospital.in")],
         addr=["No. 12, Cathedral Road, Gopalapuram", "Chennai, Tamil Nadu 600086"],
         street="No. 12, Cathedral Road, Gopalapuram", city="Chennai", region="TN",
         postal="600086"),
    card("two-columns", "FR", False, T("libertine", "biolinum", pal="burgundy", co_size=30,
                                       name_w="semibold", title_w="italic", body_size=23),
         P("Sébastien", "Roux"), "Sébastien Roux",
         co=["Compagnie", "des Vins du Rhône"], company="Compagnie des Vins du Rhône",
         title="Responsable export", dept="Direction commerciale", v=1,
         rows=[Ph("+33 4 90 83 71 20", "Tél."), Ph("+33 6 07 48 22 91", "Mob.", "mobile"),
               Em("s.roux@vinsdurhone-cie.fr"), Web("vinsdurhone-cie.fr")],
         addr=["BP 45", "84230 Châteauneuf-du-Pape"],
         street="BP 45", city="Châteauneuf-du-Pape", postal="84230"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "NL", False, T("spartan", "karla", pal="orange", mark="circle",
                                    name_size=46),
         P("Maarten", "de Vries"), ["Maarten", "de Vries"],
         co="Studio Grachtwerk", title="Creatief directeur",
         rows=[Ph("+31 (0)20 794 1187"), Em("maarten@grachtwerk.nl"), Web("grachtwerk.nl")],
         addr=["Herengracht 420", "1017 BZ Amsterdam"],
         street="Herengracht 420", city="Amsterdam", postal="1017 BZ"),
    card("vertical", "ZA", False, T("garamond", "opensans", pal="forest", name_w="regular",
                                    name_size=50, co_w="regular", co_size=32, body_size=22),
         P("Anri", "du Plessis"), "Anri du Plessis",
         co="Fynbos & Vine Wines", title="Cellar Master", v=1,
         rows=[Ph("021 876 2290", "T"), Ph("083 555 0147", "C", "mobile"),
               Em("anri@fynbosvine.co.za", "E")],
         addr=["Excelsior Road", "Franschhoek 7690"],
         street="Excelsior Road", city="Franschhoek", postal="7690"),
    card("vertical", "US", False, T("quicksand", pal="purple", name_w="bold", name_size=48),
         P("Tomás", "Herrera"), ["Tomás", "Herrera"], co=[],
         title="Freelance Sound Engineer", extra=["Mixing · Mastering · Live Sound"],
         rows=[Ph("(615) 555-0193", "M", "mobile"), Em("tomas@herreraaudio.com"),
               Web("herreraaudio.com"), Tw("@tomasherrera")],
         addr=["Nashville, TN"], city="Nashville", region="TN"),
    card("vertical", "CA", False, T("robotoslab", "roboto", pal="sky", mark="bars",
                                    name_size=44, body_size=22),
         P("Gordon", "MacIsaac", suffix="Jr."), "Gordon MacIsaac Jr.",
         co="Cape Breton Marine Services", title="Operations Manager", v=1,
         rows=[Ph("902-555-0118", "T"), Ph("902-555-0152", "C", "mobile"),
               Em("gordon@cbmarine.ca")],
         addr=["PO Box 219", "Port Hawkesbury, NS B9A 2M3"],
         street="PO Box 219", city="Port Hawkesbury", region="NS", postal="B9A 2M3"),
    # ---------------------------------------------------------------- dark
    card("dark", "AU", False, T("inter", pal="charcoal", mark="diamond", name_w="semibold"),
         P("Lachlan", "McKenzie", cred="CPA"), "Lachlan McKenzie CPA",
         co="Banksia Wealth Partners", title="Senior Financial Adviser",
         rows=[[Ph("(03) 5550 2618", "T"), Ph("0491 570 127", "M", "mobile")],
               [Em("lachlan@banksiawealth.com.au"), Web("banksiawealth.com.au")]],
         sep="   ",
         addr=["Level 8, 350 Collins Street, Melbourne VIC 3000"], extra=["ABN 53 627 093 118"],
         street="Level 8, 350 Collins Street", city="Melbourne", region="VIC", postal="3000"),
    card("dark", "FR", False, T("gothic", "karla", pal="navy", name_size=44, co_size=26,
                                co_caps=True, co_track=4, co_w="regular"),
         P("Pierre-Yves", "Le Gall"), "Pierre-Yves LE GALL",
         co="Armor Numérique", company="Armor Numérique", title="Directeur technique", v=1,
         rows=[[Ph("02 98 44 12 67", "Tél."), Ph("06 71 23 45 89", "Port.", "mobile")],
               [Em("py.legall@armor-numerique.fr")]],
         addr=["5 rue Jean Jaurès, 29200 Brest"],
         street="5 rue Jean Jaurès", city="Brest", postal="29200"),
    card("dark", "DE", False, T("lato", pal="black", mark="rings", name_w="bold", body_size=22),
         P("Friederike", "von Arnim", prefix="Dr."), "Dr. Friederike von Arnim",
         co="Hanseatic Bioscience GmbH", title="Head of Regulatory Affairs", v=2,
         rows=[Ph("+49 40 8197 3320", "Tel."), Ph("+49 151 4423 7781", "Mobil", "mobile"),
               Em("f.vonarnim@hanseatic-bio.de"), Web("hanseatic-bio.de")],
         addr=["Falkenried 88", "Gebäude N27", "20251 Hamburg"],
         street="Falkenried 88, Gebäude N27", city="Hamburg", postal="20251"),
    # ---------------------------------------------------------------- band / side bar
    card("band", "GB", False, T("opensans", pal="burgundy", name_w="semibold", name_size=42,
                                body_size=22, co_size=30),
         P("Gareth", "Llewellyn-Jones", cred="BSc (Hons) MRICS"), "Gareth Llewellyn-Jones",
         co="Morgan Price Surveyors",
         title=["BSc (Hons) MRICS", "Associate Director"], title_truth="Associate Director",
         dept="Building Surveying",
         rows=[Ph("029 2018 0471", "DD"), Ph("07700 900418", "Mob", "mobile"),
               Em("gareth.lj@morganprice.co.uk")],
         addr=["Suite 3, Floor 2, Brunel House", "2 Fitzalan Road, Cardiff CF24 0EB"],
         street="Suite 3, Floor 2, Brunel House, 2 Fitzalan Road", city="Cardiff",
         postal="CF24 0EB"),
    card("band", "IT", False, T("roboto", pal="sky", name_w="medium", co_size=34),
         P("Marco", "Bellandi", prefix="Ing."), "Ing. Marco Bellandi",
         co="Ferri Automazione S.p.A.", title="Responsabile Ufficio Tecnico", v=1,
         rows=[Ph("+39 051 644 2871", "Tel."), Ph("+39 335 712 4408", "Cell.", "mobile"),
               Em("m.bellandi@ferriautomazione.it")],
         addr=["Via dell'Industria 14/B", "40138 Bologna (BO)"], extra=["P.IVA 02841570379"],
         street="Via dell'Industria 14/B", city="Bologna", region="BO", postal="40138"),
    card("band", "CA", False, T("karla", pal="teal", mark="leaf", name_w="bold"),
         P("Priya", "Sandhu", cred="MScPT"), "Priya Sandhu, MScPT",
         co="Fraser Valley Physiotherapy", title="Registered Physiotherapist", v=2, sep=" | ",
         rows=[[Ph("604-555-0138", "T"), Ph("604-555-0139", "F", "fax")],
               [Em("priya@fvphysio.ca")], [Web("www.fvphysio.ca")]],
         addr=["Unit 104, 2151 McCallum Road, Abbotsford, BC V2S 3N8"],
         street="Unit 104, 2151 McCallum Road", city="Abbotsford", region="BC",
         postal="V2S 3N8"),
    card("band", "US", False, T("inter", pal="purple", name_w="bold", co_size=32,
                                body_size=22),
         P("DeShawn", "Carter", suffix="II"), "DeShawn Carter II",
         co=["Blue Ridge", "Cyber Defense"], company="Blue Ridge Cyber Defense",
         title="Principal Security Engineer", v=3,
         rows=[Ph("(703) 555-0186", "O"), Ph("(571) 555-0120", "M", "mobile"),
               Em("dcarter@blueridgecyber.com", "E"), Li("linkedin.com/in/deshawncarter2", "in")],
         addr=["1900 Campus Commons Dr, Ste 100", "Reston, VA 20191"],
         street="1900 Campus Commons Dr, Ste 100", city="Reston", region="VA", postal="20191"),
    # ---------------------------------------------------------------- monogram tile
    card("monogram", "NZ", False, T("lato", pal="green", name_w="bold", co_size=30),
         P("Mereana", "Walker"), "Mereana Walker", mono="TW",
         co=["Te Waka", "Advisory"], company="Te Waka Advisory", title="Principal Consultant",
         rows=[[Ph("+64 4 472 8830", "P"), Ph("+64 27 483 1192", "M", "mobile")],
               [Em("mereana@tewaka.co.nz")]],
         addr=["PO Box 10-245, Wellington 6143"],
         street="PO Box 10-245", city="Wellington", postal="6143"),
    card("monogram", "ES", False, T("palladio", "lato", pal="teal", co_size=30, name_size=42,
                                    body_size=23),
         P("Lucía", "Martín Ortega", prefix="Dra."), "Dra. Lucía Martín Ortega", mono="CM",
         co="Clínica Dental Mediterránea", title="Directora médica", v=1, sep=" · ",
         rows=[[Ph("+34 963 512 704", "Tel."), Ph("+34 654 201 388", "Móvil", "mobile")],
               [Em("lmartin@clinicamediterranea.es"), Web("clinicamediterranea.es")]],
         addr=["Calle de Colón, 22, 2.º · 46004 Valencia"],
         street="Calle de Colón, 22, 2.º", city="Valencia", postal="46004"),
    card("monogram", "IN", False, T("manrope", pal="gold", name_w="bold", co_size=30,
                                    body_size=22),
         P("Aditya", "Banerjee"), "Aditya Banerjee", mono="KS",
         co="Kanthaa Studio", title="Founder & Design Lead", v=2,
         rows=[Ph("+91 33 4006 2218", "T"), Ph("+91 98310 44275", "M", "mobile"),
               Em("aditya@kanthaastudio.in"), Web("kanthaastudio.in")],
         addr=["3rd Floor, 22 Camac Street", "Kolkata 700016"], extra=["GSTIN 19AAKCK4471M1Z2"],
         street="3rd Floor, 22 Camac Street", city="Kolkata", postal="700016"),
    card("monogram", "AU", False, T("cabin", pal="sky", name_w="bold", co_size=30),
         P("Aisha", "Karimi", prefix="Dr", cred="BDSc"), "Dr Aisha Karimi BDSc", mono="KD",
         co="Karimi Dental", title="Principal Dentist",
         rows=[[Ph("(08) 7010 5514", "T"), Em("hello@karimidental.com.au", "E")]],
         addr=["Shop 6, 120 King William Road, Hyde Park SA 5061"],
         street="Shop 6, 120 King William Road", city="Hyde Park", region="SA", postal="5061"),
    # ---------------------------------------------------------------- company name on top
    card("company-top", "DE", False, T("robotocond", pal="red", co_size=46, name_size=32,
                                       title_size=23, body_size=22, mark="hex"),
         P("Jürgen", "Maier"), "Jürgen Maier",
         co="Schwarzwald Präzision GmbH", title="Vertriebsleiter", dept="Export Osteuropa",
         sep="   ",
         rows=[[Ph("+49 7721 9380-112", "Tel."), Ph("+49 7721 9380-199", "Fax", "fax")],
               [Ph("+49 171 8823 4410", "Mobil", "mobile"),
                Em("j.maier@schwarzwald-praezision.de")]],
         addr=["Postfach 11 62 · 78001 Villingen-Schwenningen"],
         street="Postfach 11 62", city="Villingen-Schwenningen", postal="78001"),
    card("company-top", "SG", True, T("spartan", "opensans", pal="teal", co_caps=True,
                                      co_track=3, co_size=40, name_size=32, title_size=22,
                                      body_size=22),
         P("Arjun", "Pillai"), "Arjun Pillai",
         co="Kranji Logistics Pte Ltd", company="Kranji Logistics Pte Ltd",
         title="Regional Operations Manager", dept="Asia-Pacific", v=1,
         rows=[[Ph("+65 6861 2240", "Tel"), Ph("+65 6861 2241", "Fax", "fax")],
               [Ph("+65 9338 7102", "HP", "mobile"), Em("arjun.pillai@kranjilogistics.com.sg")]],
         addr=["21 Gul Lane, #03-05 Gul Logistics Hub, Singapore 629416"],
         street="21 Gul Lane, #03-05 Gul Logistics Hub", city="Singapore", postal="629416"),
    card("company-top", "GB", False, T("libertine", "cabin", pal="green", co_size=46,
                                       co_w="regular", name_size=32, title_size=23),
         P("Imogen", "Fairweather", cred="BVetMed MRCVS"), "Imogen Fairweather BVetMed MRCVS",
         co=["The Old Forge", "Veterinary Practice"],
         company="The Old Forge Veterinary Practice", title="Clinical Director",
         rows=[[Ph("01632 960731", "T"), Em("imogen@oldforgevets.co.uk", "E")]],
         addr=["Church Lane, Abingdon OX14 4RA"],
         street="Church Lane", city="Abingdon", postal="OX14 4RA"),
    # ---------------------------------------------------------------- minimalist
    card("minimal", "IT", False, T("garamond", pal="mist", name_w="regular", name_size=58,
                                   title_w="italic", body_size=26),
         P("Chiara", "Lombardi"), "Chiara Lombardi", co=[], title="Fotografa",
         rows=[[Em("chiara@chiaralombardi.it")], [Ph("+39 347 218 6604")]]),
    card("minimal", "US", False, T("inter", pal="teal", name_w="light", name_size=52),
         P("Evelyn", "Park", cred="LCSW"), "Evelyn Park, LCSW", co=[],
         title="Psychotherapist", v=1,
         rows=[[Ph("(503) 555-0117"), Em("evelyn@evelynparktherapy.com")]],
         addr=["Portland, Oregon"], city="Portland", region="OR"),
    card("minimal", "ZA", False, T("spartan", pal="black", name_caps=True, name_track=4,
                                   name_size=50, title_size=22),
         P("Sipho", "Dlamini"), "Sipho Dlamini", co=[], title="Brand & Packaging Designer",
         rows=[Ph("+27 (0)72 555 0193"), Em("sipho@siphodlamini.co.za")]),
    # ---------------------------------------------------------------- small labels
    card("labels", "US", False, T("century", "opensans", pal="gold", co_size=30,
                                  body_size=22, mark="diamond"),
         P("Charles", "Whitney", middle="E.", suffix="IV"), "Charles E. Whitney IV",
         co="Whitney Hardware & Supply", title="President",
         rows=[Ph("(802) 555-0164", "Tel"), Ph("(802) 555-0165", "Fax", "fax"),
               Em("chuck@whitneyhardware.com", "Email")],
         addr=["12 Main Street", "PO Box 88", "Woodstock, VT 05091"],
         street="12 Main Street, PO Box 88", city="Woodstock", region="VT", postal="05091"),
    card("labels", "GB", False, T("inter", pal="orange", label_mode="column", body_size=22,
                                  co_size=28, mark="bars"),
         P("Siobhan", "McAllister"), "Siobhan McAllister",
         co="Lagan Quay Recruitment", title="Senior Consultant",
         dept="Technology & Engineering", v=1,
         rows=[Ph("028 9018 0336", "T"), Ph("07700 900729", "M", "mobile"),
               Em("siobhan@laganquay.co.uk", "E"), Web("laganquay.co.uk", "W")],
         addr=["Floor 5, Victoria House", "15–17 Gloucester Street", "Belfast BT1 4LS"],
         street="Floor 5, Victoria House, 15–17 Gloucester Street", city="Belfast",
         postal="BT1 4LS"),
    card("labels", "FR", False, T("palladio", "nimbussans", pal="ink", label_mode="column",
                                  co_size=30, body_size=22, name_size=40),
         P("Hélène", "de Montclair", prefix="Me"), "Me Hélène de Montclair",
         co="Montclair Avocats", tag="AVOCAT AU BARREAU DE LYON", title="Avocate associée", v=2,
         rows=[Ph("+33 (0)4 72 41 18 90", "T"), Ph("+33 (0)6 14 52 88 31", "M", "mobile"),
               Ph("+33 (0)4 72 41 18 91", "F", "fax"),
               Em("hdemontclair@montclair-avocats.fr", "E")],
         addr=["42 cours Franklin Roosevelt", "69006 Lyon"],
         street="42 cours Franklin Roosevelt", city="Lyon", postal="69006"),
    card("labels", "AU", False, T("lato", pal="green", label_mode="column", name_w="bold",
                                  body_size=22, co_size=30),
         P("Bronwyn", "Kelly"), "Bronwyn Kelly",
         co="Kelly Conveyancing", title="Licensed Conveyancer",
         rows=[Ph("(07) 5550 3391", "Ph"), Ph("(07) 5550 3392", "Fax", "fax"),
               Ph("0491 570 883", "Mob", "mobile"),
               Em("bronwyn@kellyconveyancing.com.au", "Email")],
         addr=["PO Box 412", "Toowoomba QLD 4350"], extra=["ABN 41 627 093 118"],
         street="PO Box 412", city="Toowoomba", region="QLD", postal="4350"),
    # ---------------------------------------------------------------- icons / bullets
    card("icons", "NL", False, T("karla", pal="orange", label_mode="icons", name_w="bold",
                                 mark="circle", body_size=23),
         P("Daan", "Bakker"), "Daan Bakker",
         co="Fietsfabriek Utrecht", title="Eigenaar",
         rows=[Ph("+31 30 204 7781"), Ph("+31 6 2874 1190", typ="mobile"),
               Em("daan@fietsfabriek.nl"), Web("fietsfabriek.nl")],
         addr=["Oudegracht 212", "3511 NR Utrecht"],
         street="Oudegracht 212", city="Utrecht", postal="3511 NR"),
    card("icons", "CA", False, T("opensans", pal="purple", label_mode="icons", name_w="semibold",
                                 body_size=23, name_size=46),
         P("Megan", "Sinclair"), "Megan Sinclair", co=[], title="UX Researcher & Writer", v=1,
         rows=[Ph("(250) 555-0122", typ="mobile"), Em("hello@megansinclair.ca"),
               Web("megansinclair.ca"), Li("linkedin.com/in/megansinclair")],
         addr=["Victoria, BC"], city="Victoria", region="BC"),
    card("icons", "IE", False, T("nimbussans", pal="teal", label_mode="bullets",
                                 name_w="bold", mark="arc", body_size=22),
         P("Pádraig", "Ó Súilleabháin"), "Pádraig Ó Súilleabháin",
         co="Skellig Sea Kayaking", title="Owner & Lead Guide",
         rows=[Ph("+353 66 947 2231"), Ph("+353 87 940 5512", "Mobile", "mobile"),
               Em("padraig@skelligkayak.ie"), Web("skelligkayak.ie")],
         addr=["The Pier, Portmagee", "Co. Kerry V23 FX40"],
         street="The Pier", city="Portmagee", postal="V23 FX40"),
    # ---------------------------------------------------------------- one line with separators
    card("one-line", "DE", False, T("opensans", pal="mist", mark="square", body_size=22),
         P("Lena", "Schmidt-Rauch"), "Lena Schmidt-Rauch",
         co="Rauch & Partner mbB", tag="STEUERBERATUNG", title="Steuerberaterin", sep=" | ",
         rows=[[Ph("0341 2256 780", "T"), Ph("0341 2256 789", "F", "fax")],
               [Em("l.schmidt-rauch@rauch-partner.de"), Web("rauch-partner.de")]],
         addr=["Katharinenstraße 17 | 04109 Leipzig"],
         street="Katharinenstraße 17", city="Leipzig", postal="04109"),
    card("one-line", "AU", False, T("manrope", pal="sky", name_w="bold", body_size=22),
         P("Mitchell", "Brooks"), "Mitchell Brooks", co=[], company="Saltwater Creative",
         title="Creative Director", title_co=" | ", sep=" · ", v=1,
         rows=[[Ph("0491 570 214", "M", "mobile"), Em("mitch@saltwatercreative.com.au")],
               [Web("saltwatercreative.com.au"), Tw("@saltwatercreate")]],
         addr=["2/14 Burleigh Street · Burleigh Heads QLD 4220"],
         street="2/14 Burleigh Street", city="Burleigh Heads", region="QLD", postal="4220"),
    card("one-line", "IN", False, T("libertine", "lato", pal="burgundy", name_w="semibold",
                                    name_size=46, body_size=22),
         P("Meera", "Iyer"), "Meera Iyer", co=[], title="Carnatic Vocalist & Teacher",
         name_sep=" | ", v=1,
         rows=[[Ph("+91 98450 33127"), Em("meera.iyer.music@gmail.com")]],
         addr=["Malleswaram, Bengaluru 560003"],
         street="Malleswaram", city="Bengaluru", postal="560003"),
    # ---------------------------------------------------------------- dense, with departments
    card("dense", "US", False, T("lato", pal="sky", label_mode="column", name_size=38,
                                 title_size=21, body_size=21, co_size=28, mark="tri"),
         P("Sofia", "de la Cruz", cred="MD, MPH"), "Sofia de la Cruz, MD, MPH",
         co=["Mercy Valley", "Medical Center"], company="Mercy Valley Medical Center",
         title=["Associate Chief", "Medical Officer"],
         dept="Department of Population Health",
         rows=[Ph("(559) 555-0133 x4410", "T", ext="4410"), Ph("(559) 555-0198", "F", "fax"),
               Ph("(559) 555-0171", "C", "mobile"), Em("sofia.delacruz@mercyvalley.org", "E")],
         addr=["2823 Fresno Street, 3rd Floor", "Fresno, CA 93721"],
         street="2823 Fresno Street, 3rd Floor", city="Fresno", region="CA", postal="93721"),
    card("dense", "DE", False, T("nimbussans", pal="ink", name_size=34, title_size=21,
                                 body_size=21, co_size=28, mark="bars"),
         P("Katrin", "Oberhauser", prefix="Prof. Dr.-Ing."), "Prof. Dr.-Ing. Katrin Oberhauser",
         co=["Hochschule", "Donau-Isar"], company="Hochschule Donau-Isar", title="Dekanin",
         dept="Fakultät Maschinenbau", v=1, addr_first=True,
         rows=[Ph("+49 (0)941 943-1120", "Tel."), Ph("+49 (0)941 943-1199", "Fax", "fax"),
               Em("katrin.oberhauser@hs-donau-isar.de", "E-Mail")],
         addr=["Prüfeninger Straße 58", "93049 Regensburg"],
         street="Prüfeninger Straße 58", city="Regensburg", postal="93049"),
    card("dense", "CA", False, T("roboto", pal="red", label_mode="column", name_size=36,
                                 title_size=21, body_size=20, co_size=26, mark="diamond"),
         P("Marie-Ève", "Gagné-Lapointe", prefix="Dre"), "Dre Marie-Ève Gagné-Lapointe",
         co=["Centre hospitalier", "des Laurentides-Nord"],
         company="Centre hospitalier des Laurentides-Nord", title="Pédiatre",
         dept="Département de pédiatrie",
         rows=[Ph("450 555-0140, poste 4412", "Tél.", ext="4412"),
               Ph("450 555-0141", "Téléc.", "fax"),
               Em("marie-eve.gagne-lapointe@chln.qc.ca", "Courriel")],
         addr=["1000, rue Labelle, bureau 2.310", "Saint-Jérôme (Québec) J7Z 5N6"],
         street="1000, rue Labelle, bureau 2.310", city="Saint-Jérôme", region="QC",
         postal="J7Z 5N6"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "ES", False, T("gothic", "karla", pal="red", co_size=30,
                                         name_size=42, body_size=22),
         P("Jordi", "Puig i Soler"), "Jordi Puig i Soler",
         co="Puig Soler Arquitectes", title="Arquitecte",
         rows=[Ph("+34 932 187 450", "T"), Em("jordi@puigsoler.cat"), Web("puigsoler.cat")],
         addr=["Carrer de Pau Claris, 162, 4t 1a", "08037 Barcelona"],
         street="Carrer de Pau Claris, 162, 4t 1a", city="Barcelona", postal="08037"),
    card("right-aligned", "NZ", False, T("robotoslab", "roboto", pal="green", mark="leaf",
                                         co_size=30, body_size=22),
         P("Hemi", "Te Rangi"), "Hemi Te Rangi",
         co="Whenua Surveying Ltd", title="Licensed Cadastral Surveyor", v=1,
         rows=[Ph("07 578 2290", "P"), Ph("021 455 0183", "M", "mobile"),
               Em("hemi@whenuasurveying.co.nz", "E")],
         addr=["1142 Oropi Road, RD 3", "Tauranga 3173"],
         street="1142 Oropi Road, RD 3", city="Tauranga", postal="3173"),
    card("right-aligned", "GB", False, T("quicksand", "opensans", pal="plum", name_w="bold",
                                         co_size=30, body_size=23),
         P("Nathaniel", "Osei"), "Nathaniel Osei",
         co="Kestrel Audio Ltd", title="Sound Designer",
         rows=[Ph("07700 900264", "M", "mobile"), Em("nat@kestrelaudio.co.uk"),
               Web("kestrelaudio.co.uk")]),
]


# --------------------------------------------------------------------------------------------
# Batch 3: written by a third author from what printed cards look like in each country (not
# from the parser or the scanner's output), ids 138 onwards. Same renderer and conventions, plus
# eleven more countries (MX BR SE CH JP PL BE AT PH IL AE) and three layouts of its own
# (logo-left, qr, big-name); see README.md.

SPECS3: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "US", False, T("century", "opensans", pal="gold", mark="diamond",
                                   co_size=30, body_size=22),
         P("Robert", "Kensington", middle="L.", suffix="Jr."), "Robert L. Kensington, Jr.",
         co="Kensington Title & Escrow", title="Senior Escrow Officer",
         rows=[Ph("(602) 555-0148", "Direct"), Ph("(602) 555-0100", "Main"),
               Ph("(602) 555-0199", "Fax", "fax"), Em("rkensington@kensingtontitle.com")],
         addr=["2398 E. Camelback Road, Suite 1100", "Phoenix, AZ 85016"],
         street="2398 E. Camelback Road, Suite 1100", city="Phoenix", region="AZ",
         postal="85016"),
    card("classic", "MX", False, T("roboto", pal="red", mark="bars", name_w="medium",
                                   co_size=28, body_size=22),
         P("Alejandro", "García Márquez", prefix="Lic."), "Lic. Alejandro García Márquez",
         co=["Grupo Sierra Madre", "S.A. de C.V."], company="Grupo Sierra Madre S.A. de C.V.",
         title="Director Jurídico", v=1,
         rows=[Ph("+52 (81) 8335 4120", "Tel."), Ph("+52 81 1234 5678", "Cel.", "mobile"),
               Em("agarcia@gruposierramadre.com.mx")],
         addr=["Av. Constitución 1465 Pte., Piso 8", "Col. Centro, 64000 Monterrey, N.L."],
         street="Av. Constitución 1465 Pte., Piso 8, Col. Centro", city="Monterrey",
         region="NLE", postal="64000"),
    card("classic", "SE", False, T("karla", pal="mist", mark="square", name_w="bold",
                                   co_size=28),
         P("Åsa", "Lindqvist"), "Åsa Lindqvist",
         co="Norrsken Landskap AB", title="Landskapsarkitekt", addr_first=True,
         rows=[[Ph("08-545 120 40", "Tel"), Ph("070-312 45 67", "Mobil", "mobile")],
               [Em("asa.lindqvist@norrsken.se"), Web("norrsken.se")]],
         sep="   ",
         addr=["Götgatan 22A, 118 46 Stockholm"],
         street="Götgatan 22A", city="Stockholm", postal="118 46"),
    # ---------------------------------------------------------------- centred
    card("centred", "CH", False, T("garamond", "biolinum", pal="cream", name_w="regular",
                                   name_size=52, co_size=34, co_w="regular", co_caps=True,
                                   co_track=5, title_w="italic"),
         P("Léa", "Rochat-Dubois"), "Léa Rochat-Dubois",
         co="Lémanique Gestion SA", tag="GESTION DE FORTUNE",
         title="Gestionnaire de fortune senior",
         rows=[[Ph("+41 22 818 45 60", "T"), Ph("+41 79 412 58 03", "M", "mobile")],
               [Em("lea.rochat@lemanique.ch"), Web("lemanique.ch")]],
         addr=["Rue du Rhône 65 · CH-1204 Genève"],
         street="Rue du Rhône 65", city="Genève", postal="1204"),
    card("centred", "BR", False, T("opensans", pal="purple", mark="circle", name_w="semibold",
                                   name_size=44, body_size=22),
         P("Isabela", "Gonçalves de Almeida"), "Isabela Gonçalves de Almeida",
         co="Ipê Roxo Comunicação", title="Diretora de Atendimento", v=1,
         rows=[[Ph("+55 11 3045-2210", "Tel.:"), Ph("+55 11 98765-4321", "Cel.:", "mobile")],
               [Em("isabela@iperoxo.com.br"), Web("iperoxo.com.br")]],
         addr=["Av. Brigadeiro Faria Lima, 3477 – 14º andar – Itaim Bibi",
               "04538-133 São Paulo – SP"],
         street="Av. Brigadeiro Faria Lima, 3477, 14º andar, Itaim Bibi", city="São Paulo",
         region="SP", postal="04538-133"),
    card("centred", "GB", False, T("palladio", "lato", pal="green", mark="leaf", co_size=30,
                                   name_size=44, title_w="italic"),
         P("Eleanor", "Ashcombe-Price", cred="MBE FRSA"), "Eleanor Ashcombe-Price MBE FRSA",
         co="The Wychwood Trust", title="Chief Executive",
         rows=[[Ph("+44 (0)1632 960 418", "T"), Ph("+44 (0)7700 900 571", "M", "mobile")],
               [Em("eleanor@wychwoodtrust.org.uk"), Web("wychwoodtrust.org.uk")]],
         addr=["The Old Granary, Church Lane, Charlbury OX7 3PQ"],
         extra=["Registered charity no. 1187342"],
         street="The Old Granary, Church Lane", city="Charlbury", postal="OX7 3PQ"),
    # ---------------------------------------------------------------- two columns
    card("two-columns", "PL", False, T("lato", pal="sky", mark="rings", name_w="bold",
                                       name_size=40, body_size=21, co_size=28),
         P("Katarzyna", "Nowak-Wiśniewska", prefix="dr inż."),
         ["dr inż. Katarzyna", "Nowak-Wiśniewska"],
         co="Wisła Energia Sp. z o.o.", title="Kierownik Zespołu",
         dept="Dział Badań i Rozwoju",
         rows=[Ph("+48 22 628 14 50 wew. 315", "tel.", ext="315"),
               Ph("+48 601 234 567", "tel. kom.", "mobile"),
               Em("k.nowak-wisniewska@wislaenergia.pl")],
         addr=["ul. Marszałkowska 126/134", "00-008 Warszawa"],
         street="ul. Marszałkowska 126/134", city="Warszawa", postal="00-008"),
    card("two-columns", "JP", True, T("nimbussans", pal="ink", mark="circle", name_size=42,
                                      body_size=21, co_size=26),
         P("Kenji", "Watanabe"), "Kenji WATANABE",
         co="Hoshizora Systems Co., Ltd.", title="Senior Manager",
         dept="Global Partnerships Division", v=1,
         rows=[Ph("+81-3-6555-0142", "Tel"), Ph("+81-3-6555-0143", "Fax", "fax"),
               Ph("+81-90-5555-0187", "Mobile", "mobile"),
               Em("k.watanabe@hoshizora-sys.co.jp")],
         addr=["Hoshizora Bldg. 8F", "2-4-1 Nihonbashi, Chuo-ku", "Tokyo 103-0027, Japan"],
         street="Hoshizora Bldg. 8F, 2-4-1 Nihonbashi, Chuo-ku", city="Tokyo",
         postal="103-0027"),
    card("two-columns", "AU", False, T("manrope", pal="teal", mark="arc", name_w="bold",
                                       body_size=22, co_size=28),
         P("Lachlan", "Fitzgerald-Wong"), "Lachlan Fitzgerald-Wong",
         co="Southerly Wind Energy", title="Project Director",
         rows=[Ph("(08) 7010 4412", "Ph"), Ph("0491 570 993", "Mob", "mobile"),
               Em("lachlan@southerlywind.com.au"), Web("southerlywind.com.au")],
         addr=["GPO Box 1572", "Adelaide SA 5001"],
         street="GPO Box 1572", city="Adelaide", region="SA", postal="5001"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "IL", True, T("inter", pal="sky", mark="hex", name_w="semibold",
                                   name_size=44, co_size=32),
         P("Noa", "Ben-David"), "Noa Ben-David",
         co="Kinneret Cyber Ltd.", title="VP Research",
         rows=[Ph("+972-3-612-4455", "Tel"), Ph("+972-52-555-3412", "Mobile", "mobile"),
               Em("noa@kinneretcyber.co.il"), Web("kinneretcyber.co.il")],
         addr=["22 Rothschild Blvd., 14th Floor", "Tel Aviv 6688218, Israel"],
         street="22 Rothschild Blvd., 14th Floor", city="Tel Aviv", postal="6688218"),
    card("vertical", "CA", False, T("robotocond", "roboto", pal="green", mark="tri",
                                    name_w="bold", name_size=42, co_size=30, body_size=21),
         P("Harjit", "Sandhu", cred="P.Eng., PMP"), "Harjit Sandhu, P.Eng., PMP",
         co="Fraser Delta Engineering Ltd.", title="Senior Project Engineer",
         dept="Transportation Group", v=1,
         rows=[Ph("604-555-0163 ext. 227", "T", ext="227"), Ph("604-555-0190", "C", "mobile"),
               Em("hsandhu@fraserdelta.ca")],
         addr=["1050 West Pender Street, 9th Floor", "Vancouver, BC V6E 3S7"],
         street="1050 West Pender Street, 9th Floor", city="Vancouver", region="BC",
         postal="V6E 3S7"),
    card("vertical", "BE", False, T("libertine", "opensans", pal="burgundy", name_w="semibold",
                                    name_size=44, co_size=32, body_size=21),
         P("Pieter", "Van der Berghe"), "Pieter Van der Berghe",
         co="Scheldekaai Advocaten", title="Advocaat-vennoot",
         rows=[Ph("+32 3 225 14 80", "T"), Ph("+32 475 12 34 56", "GSM", "mobile"),
               Em("pieter.vanderberghe@scheldekaai.be")],
         addr=["Meir 48 bus 3", "2000 Antwerpen"], extra=["BTW BE 0456.789.123"],
         street="Meir 48 bus 3", city="Antwerpen", postal="2000"),
    # ---------------------------------------------------------------- dark
    card("dark", "AE", True, T("manrope", pal="navy", mark="diamond", name_w="bold",
                               body_size=22, co_size=30),
         P("Omar", "Al Mansoori"), "Omar Al Mansoori",
         co="Falcon Gate Logistics LLC", title="General Manager",
         rows=[[Ph("+971 4 423 8800", "Tel"), Ph("+971 4 423 8801", "Fax", "fax")],
               [Ph("+971 50 555 1234", "Mob", "mobile"), Em("omar@falcongate.ae")]],
         sep="   ",
         addr=["Office 2104, Boulevard Plaza Tower 1", "P.O. Box 123456, Dubai, UAE"],
         street="Office 2104, Boulevard Plaza Tower 1, P.O. Box 123456", city="Dubai"),
    card("dark", "US", False, T("spartan", "inter", pal="charcoal", name_w="medium",
                                name_size=44, co_size=24, co_caps=True, co_track=4),
         P("Marcus", "Bellweather", cred="CPA, CFP"), "Marcus Bellweather, CPA, CFP",
         co="Bellweather Wealth Partners", title="Managing Partner",
         v=1, rows=[[Ph("(312) 555-0172", "O"), Ph("(312) 555-0139", "M", "mobile")],
               [Em("marcus@bellweatherwp.com"), Web("bellweatherwp.com")]],
         addr=["225 W. Wacker Drive, 18th Floor, Chicago, IL 60606"],
         street="225 W. Wacker Drive, 18th Floor", city="Chicago", region="IL",
         postal="60606"),
    card("dark", "AT", False, T("libertine", "lato", pal="forest", name_w="semibold",
                                name_size=44, co_size=28, body_size=21),
         P("Christoph", "Hofbauer", prefix="Mag."), "Mag. Christoph Hofbauer",
         co=["Hofbauer & Partner", "Rechtsanwälte GmbH"],
         company="Hofbauer & Partner Rechtsanwälte GmbH", title="Rechtsanwalt",
         v=2, rows=[Ph("+43 1 532 45 67-12", "Tel."), Ph("+43 1 532 45 67-99", "Fax", "fax"),
               Ph("+43 664 123 45 67", "Mobil", "mobile"),
               Em("c.hofbauer@hofbauer-partner.at"), Web("hofbauer-partner.at")],
         addr=["Kärntner Ring 5–7", "A-1010 Wien"],
         street="Kärntner Ring 5–7", city="Wien", postal="1010"),
    # ---------------------------------------------------------------- band
    card("band", "ZA", False, T("opensans", pal="teal", name_w="bold", name_size=40,
                                co_size=32, body_size=21),
         P("Lindiwe", "Mahlangu-Sithole"), "Lindiwe Mahlangu-Sithole",
         co="Table Bay Marine Surveys", tag="MARINE SURVEYORS & CONSULTANTS",
         title="Principal Marine Surveyor",
         v=1, rows=[Ph("021 555 0142", "Tel"), Ph("082 555 0187", "Cell", "mobile"),
               Ph("086 555 0199", "Fax", "fax"), Em("lindiwe@tablebaymarine.co.za")],
         addr=["Unit 12, The Foundry, Prestwich Street", "Cape Town 8001"],
         street="Unit 12, The Foundry, Prestwich Street", city="Cape Town", postal="8001"),
    card("band", "CH", False, T("inter", pal="red", name_w="bold", name_size=42, co_size=30,
                                body_size=21, mark="square"),
         P("Reto", "Brunner", cred="dipl. Bauingenieur ETH/SIA"), "Reto Brunner",
         co="Brunner Gysin Ingenieure AG",
         title=["dipl. Bauingenieur ETH/SIA", "Projektleiter Tragwerksplanung"],
         title_truth="Projektleiter Tragwerksplanung",
         rows=[[Ph("+41 44 211 42 80", "Tel."), Ph("+41 44 211 42 83", "Direkt")],
               [Ph("+41 79 555 12 34", "Natel", "mobile"), Em("reto.brunner@bgi-ing.ch")]],
         sep="   ",
         addr=["Seefeldstrasse 108, Postfach, 8034 Zürich"],
         street="Seefeldstrasse 108, Postfach", city="Zürich", postal="8034"),
    card("band", "PH", True, T("lato", pal="sky", mark="circle", name_w="bold", name_size=40,
                               co_size=28, body_size=21),
         P("Ma. Carmela", "Villanueva-Reyes", middle="D.", cred="CPA"),
         "Ma. Carmela D. Villanueva-Reyes, CPA",
         co="Bayanihan Assurance & Advisory", title="Audit Partner",
         v=2, rows=[[Ph("+63 2 8812 3456 loc. 204", "Tel.", ext="204"),
                Ph("+63 917 555 0142", "Mobile", "mobile")],
               [Em("carmela.reyes@bayanihan.com.ph")],
               [Web("www.bayanihan.com.ph")]],
         sep="   ",
         addr=["18F Tower One, Ayala Triangle, Ayala Avenue, Makati City 1226, Philippines"],
         street="18F Tower One, Ayala Triangle, Ayala Avenue", city="Makati City",
         postal="1226"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "BR", False, T("palladio", "opensans", pal="navy", co_size=30,
                                    name_size=42, body_size=21),
         P("João Pedro", "Carvalho Lima"), "João Pedro Carvalho Lima", mono="CL",
         co="Carvalho Lima Advogados", title="Sócio",
         rows=[Ph("+55 21 2555-0142 ramal 215", "Tel.", ext="215"),
               Ph("+55 21 99555-0187", "Cel.", "mobile"), Em("joaopedro@carvalholima.adv.br")],
         addr=["Rua da Assembleia, 10, sala 2801 – Centro", "20011-901 Rio de Janeiro – RJ"],
         extra=["OAB/RJ 123.456"],
         street="Rua da Assembleia, 10, sala 2801, Centro", city="Rio de Janeiro",
         region="RJ", postal="20011-901"),
    card("monogram", "GB", False, T("quicksand", pal="orange", name_w="bold", co_size=30,
                                    body_w="medium"),
         P("Priyanka", "Chaudhary-Bell"), "Priyanka Chaudhary-Bell", mono="CI",
         co="Copperbeech Interiors", title="Lead Designer",
         v=1, rows=[[Ph("+44 (0)113 496 0721"), Ph("+44 (0)7700 900 852", "M", "mobile")],
               [Em("hello@copperbeech.studio"), Web("copperbeech.studio")]],
         addr=["Unit 4, Round Foundry, Water Lane, Leeds LS11 5QN"],
         street="Unit 4, Round Foundry, Water Lane", city="Leeds", postal="LS11 5QN"),
    card("monogram", "SG", True, T("inter", pal="teal", name_w="semibold", co_size=28,
                                   body_size=21),
         P("Wei Ling", "Tan"), "Tan Wei Ling", mono="MH",
         co="Merlion Harbour Advisory", title="Senior Associate", dept="Corporate Finance",
         v=2, rows=[Ph("+65 6438 2210", "DID"), Ph("+65 9123 4567", "HP", "mobile"),
               Em("weiling.tan@merlionharbour.sg")],
         addr=["10 Collyer Quay, #18-01", "Ocean Financial Centre", "Singapore 049315"],
         street="10 Collyer Quay, #18-01, Ocean Financial Centre", city="Singapore",
         postal="049315"),
    # ---------------------------------------------------------------- company on top
    card("company-top", "JP", False, T("robotoslab", "roboto", pal="mist", co_size=40,
                                       name_size=36, body_size=21),
         P("Yuki", "Tanaka"), "TANAKA Yuki",
         co="Minatogawa Trading Co., Ltd.", title="Deputy General Manager",
         dept="Overseas Sales Department",
         v=1, rows=[[Ph("06-6555-0142", "Tel"), Ph("06-6555-0143", "Fax", "fax")],
               [Em("y.tanaka@minatogawa.co.jp")]],
         addr=["Umeda Sky Tower 21F, 1-1-88 Oyodonaka, Kita-ku, Osaka 531-6021"],
         street="Umeda Sky Tower 21F, 1-1-88 Oyodonaka, Kita-ku", city="Osaka",
         postal="531-6021"),
    card("company-top", "DE", False, T("spartan", "opensans", pal="sky", co_caps=True,
                                       co_track=3, co_size=44, name_size=34, body_size=21),
         P("Matthias", "Kühne-Borchardt", prefix="Dipl.-Kfm."),
         "Dipl.-Kfm. Matthias Kühne-Borchardt",
         co="Nordlicht Logistik GmbH", title="Geschäftsführer",
         rows=[[Ph("+49 40 3289 1450", "T"), Ph("+49 40 3289 1459", "F", "fax"),
                Ph("+49 160 9876 5432", "M", "mobile")],
               [Em("m.kuehne-borchardt@nordlicht-logistik.de"), Web("nordlicht-logistik.de")]],
         sep="   ",
         addr=["Am Sandtorkai 38 · 20457 Hamburg"],
         street="Am Sandtorkai 38", city="Hamburg", postal="20457"),
    card("company-top", "MX", False, T("gothic", "karla", pal="plum", co_size=44,
                                       name_size=34, body_size=21, co_w="bold"),
         P("María Fernanda", "de la Garza Treviño"), "María Fernanda de la Garza Treviño",
         co="Arcoíris Editorial", tag="DISEÑO · LIBROS · REVISTAS",
         title="Directora Creativa",
         rows=[[Ph("55 5208 4410", "Oficina"), Ph("55 1234 8876", "Cel.", "mobile")],
               [Em("mf.delagarza@arcoiris.mx"), Web("arcoiris.mx")]],
         sep="   ",
         addr=["Río Lerma 232, Piso 5, Col. Cuauhtémoc", "06500 Ciudad de México, CDMX"],
         street="Río Lerma 232, Piso 5, Col. Cuauhtémoc", city="Ciudad de México",
         region="CMX", postal="06500"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "SE", False, T("opensans", pal="ink", name_w="light", name_size=56),
         P("Björn", "Ekström"), "Björn Ekström", title="Fotograf",
         v=1, rows=[[Ph("+46 70 123 45 67")], [Em("bjorn@ekstromfoto.se"), Web("ekstromfoto.se")]],
         addr=["Göteborg"], city="Göteborg"),
    card("minimal", "US", False, T("inter", pal="mist", name_w="semibold", name_size=50),
         P("Genevieve", "Okonkwo-Hart"), "Genevieve Okonkwo-Hart",
         title="Independent UX Researcher",
         rows=[Ph("(503) 555-0126"), Em("gen@okonkwohart.design"),
               Li("linkedin.com/in/genokonkwohart")],
         addr=["Portland, OR"], city="Portland", region="OR"),
    card("minimal", "CH", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=54, title_w="italic"),
         P("Anna-Lena", "Vögeli", prefix="Dr. phil."), "Dr. phil. Anna-Lena Vögeli",
         title="Fachpsychologin für Psychotherapie FSP",
         rows=[Ph("061 271 45 30", "Praxis"), Em("praxis@voegeli-psychotherapie.ch")],
         addr=["Gerbergasse 14, 4001 Basel"],
         street="Gerbergasse 14", city="Basel", postal="4001"),
    # ---------------------------------------------------------------- labels
    card("labels", "AT", False, T("cabin", pal="green", mark="leaf", label_mode="column",
                                  name_w="bold", co_size=28, body_size=21),
         P("Sabine", "Leitner-Hofmann", prefix="DI", cred="MSc"),
         "DI Sabine Leitner-Hofmann, MSc",
         co="Murtal Holzbau GmbH", title="Technische Leiterin",
         rows=[Ph("+43 316 82 45 10-23", "Tel."), Ph("+43 316 82 45 10-9", "Fax", "fax"),
               Ph("+43 676 555 12 34", "Mobil", "mobile"),
               Em("s.leitner@murtal-holzbau.at", "E-Mail"), Web("murtal-holzbau.at", "Web")],
         addr=["Lendplatz 27, 8020 Graz"],
         street="Lendplatz 27", city="Graz", postal="8020"),
    card("labels", "GB", False, T("nimbussans", pal="burgundy", label_mode="column",
                                  co_size=28, body_size=21, co_caps=True, co_track=2),
         P("Callum", "MacLeod", cred="CA"), "Callum MacLeod CA",
         co="Strathearn & Bruce", tag="TAX · AUDIT · ADVISORY",
         title="Director", dept="Private Client Tax",
         v=1, rows=[Ph("0131 496 0382", "DD"), Ph("0131 496 0300", "Main"),
               Ph("07700 900629", "Mob", "mobile"),
               Em("callum.macleod@strathearnbruce.co.uk", "Email")],
         addr=["3 Charlotte Square", "Edinburgh EH2 4DR"],
         street="3 Charlotte Square", city="Edinburgh", postal="EH2 4DR"),
    card("labels", "PL", False, T("roboto", pal="orange", label_mode="column", mark="hex",
                                  name_w="medium", co_size=28, body_size=21),
         P("Tomasz", "Zieliński", cred="MBA"), "Tomasz Zieliński, MBA",
         co="Smok Software S.A.", title="Dyrektor Handlowy",
         v=2, rows=[Ph("+48 12 345 67 89", "tel."), Ph("+48 512 345 678", "kom.", "mobile"),
               Em("tomasz.zielinski@smoksoftware.pl", "e-mail"), Web("smoksoftware.pl", "www")],
         addr=["ul. Floriańska 15/4", "31-019 Kraków"], extra=["NIP 676-123-45-67"],
         street="ul. Floriańska 15/4", city="Kraków", postal="31-019"),
    # ---------------------------------------------------------------- icons
    card("icons", "MX", False, T("opensans", pal="teal", label_mode="icons", mark="tri",
                                 name_w="bold", name_size=40, co_size=26, body_size=20),
         P("Diego", "Hernández Ruiz", prefix="Ing."), "Ing. Diego Hernández Ruiz",
         co="Agave Azul Software", title="Gerente de Ingeniería",
         rows=[Ph("+52 33 3615 2280 ext. 1204", ext="1204"), Ph("+52 33 1987 6543", typ="mobile"),
               Em("diego.hernandez@agaveazul.io"), Web("agaveazul.io")],
         addr=["Av. Chapultepec Sur 480, Int. 12", "Col. Americana", "44160 Guadalajara, Jal."],
         street="Av. Chapultepec Sur 480, Int. 12, Col. Americana", city="Guadalajara",
         region="JAL", postal="44160"),
    card("icons", "PH", False, T("carlito", pal="orange", label_mode="icons", mark="bars",
                                 name_w="bold", co_size=28, body_size=22),
         P("Jose Miguel", "dela Cruz", suffix="Jr."), "Jose Miguel dela Cruz Jr.",
         co="Visayas Solar Power Corp.", title="Business Development Manager",
         v=1, rows=[Ph("(032) 234 5678"), Ph("0917 555 0142", typ="mobile"),
               Em("jmdelacruz@visayassolar.ph")],
         addr=["Unit 1204, Cebu IT Tower 2", "Cebu Business Park, Cebu City 6000"],
         street="Unit 1204, Cebu IT Tower 2, Cebu Business Park", city="Cebu City",
         postal="6000"),
    card("icons", "IL", False, T("lato", pal="purple", label_mode="icons", name_w="bold",
                                 co_size=28, body_size=21, mark="rings"),
         P("Yael", "Shapiro-Levi", prefix="Dr."), "Dr. Yael Shapiro-Levi",
         co="Galil MedTech", title="Chief Scientific Officer",
         rows=[Ph("+972 9 955 4120"), Ph("+972 54 555 7788", typ="mobile"),
               Em("yael@galilmedtech.com"), Li("linkedin.com/in/yaelshapirolevi")],
         addr=["10 Abba Eban Blvd., Building C", "Herzliya 4672520"],
         street="10 Abba Eban Blvd., Building C", city="Herzliya", postal="4672520"),
    # ---------------------------------------------------------------- one line
    card("one-line", "BE", False, T("biolinum", pal="gold", mark="arc", name_w="bold",
                                    co_size=30, body_size=22),
         P("Amélie", "Lambert-Dufour"), "Amélie Lambert-Dufour",
         co="Atelier Sablon", title="Architecte d'intérieur",
         rows=[[Ph("+32 2 512 48 30", "Tél."), Ph("+32 478 55 01 42", "GSM", "mobile")],
               [Em("amelie@ateliersablon.be"), Web("ateliersablon.be")]],
         sep=" | ",
         addr=["Rue de la Régence 58 · 1000 Bruxelles"],
         street="Rue de la Régence 58", city="Bruxelles", postal="1000"),
    card("one-line", "CA", False, T("cabin", pal="red", name_w="semibold", co_size=28,
                                    body_size=21),
         P("Mélanie", "Tremblay-Roy", cred="ing."), "Mélanie Tremblay-Roy, ing.",
         co="Hydro-Conseil Laurentien inc.", title="Chargée de projets",
         v=1, rows=[[Ph("819 555-0134", "Tél."), Ph("819 555-0178", "Cell.", "mobile"),
                Em("mtremblay-roy@hcl.qc.ca")]],
         sep=" • ",
         addr=["2500, boulevard des Récollets, bureau 300 | Trois-Rivières (Québec) G8Z 4G1"],
         street="2500, boulevard des Récollets, bureau 300", city="Trois-Rivières",
         region="QC", postal="G8Z 4G1"),
    card("one-line", "AE", True, T("century", "nimbussans", pal="cream", mark="hex",
                                   co_size=28, body_size=21, name_size=44),
         P("Fatima", "Al Hashimi"), "Fatima Al Hashimi",
         co="Saadiyat Cultural Consultancy", title="Senior Curator",
         rows=[[Ph("+971 2 555 0142", "T"), Ph("+971 56 555 0187", "M", "mobile")],
               [Em("fatima@saadiyatcc.ae"), Web("saadiyatcc.ae")]],
         sep=" | ",
         addr=["P.O. Box 54321 · Abu Dhabi · United Arab Emirates"],
         street="P.O. Box 54321", city="Abu Dhabi"),
    # ---------------------------------------------------------------- dense
    card("dense", "US", False, T("roboto", pal="sky", label_mode="column", name_size=34,
                                 title_size=20, body_size=19, co_size=26, mark="circle"),
         P("Sarah", "Goldberg-Nakamura", cred="PhD"), "Sarah Goldberg-Nakamura, PhD",
         co=["Lakeshore University", "Medical Center"],
         company="Lakeshore University Medical Center",
         title=["Director, Clinical Research", "Informatics"],
         dept="Department of Biomedical Informatics",
         rows=[Ph("(216) 555-0184 ext. 3307", "T", ext="3307"),
               Ph("(216) 555-0185", "F", "fax"), Ph("(216) 555-0146", "C", "mobile"),
               Em("sgoldberg@lakeshoreumc.org", "E")],
         addr=["11100 Euclid Avenue, Mailstop 4-210", "Cleveland, OH 44106"],
         street="11100 Euclid Avenue, Mailstop 4-210", city="Cleveland", region="OH",
         postal="44106"),
    card("dense", "ZA", False, T("palladio", "opensans", pal="burgundy", label_mode="column",
                                 name_size=34, title_size=20, body_size=19, co_size=26,
                                 mark="square"),
         P("Johannes", "van der Walt", prefix="Prof."), "Prof. Johannes van der Walt",
         co=["University of", "the Highveld"], company="University of the Highveld",
         title="Head of School", dept="School of Mining Engineering",
         v=1, rows=[Ph("+27 (0)12 555 0142", "Tel"), Ph("+27 (0)12 555 0143", "Fax", "fax"),
               Ph("+27 (0)83 555 0187", "Cell", "mobile"),
               Em("johannes.vanderwalt@highveld.ac.za", "Email")],
         addr=["Private Bag X20, Hatfield", "Pretoria 0028"],
         street="Private Bag X20, Hatfield", city="Pretoria", postal="0028"),
    card("dense", "IN", False, T("opensans", pal="orange", label_mode="column", name_size=34,
                                 title_size=20, body_size=19, co_size=26, mark="hex"),
         P("Aditi", "Deshpande-Kulkarni", prefix="Dr.", cred="MBBS, MD (Paediatrics)"),
         "Dr. Aditi Deshpande-Kulkarni",
         co=["Sahyadri Children's", "Hospital"], company="Sahyadri Children's Hospital",
         title=["MBBS, MD (Paediatrics)", "Consultant Paediatrician"],
         title_truth="Consultant Paediatrician", dept="Neonatal Intensive Care Unit",
         rows=[Ph("+91 20 6712 3400 Ext. 412", "Tel", ext="412"),
               Ph("+91 98220 55014", "Mob", "mobile"),
               Em("aditi.dk@sahyadrichildrens.in", "Email")],
         addr=["Plot 12, Erandwane, Karve Road", "Pune, Maharashtra 411004"],
         street="Plot 12, Erandwane, Karve Road", city="Pune", region="MH", postal="411004"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "NZ", False, T("manrope", pal="gold", mark="leaf", name_w="bold",
                                         co_size=30, body_size=22),
         P("Ngaire", "Pōtae"), "Ngaire Pōtae",
         co="Kōwhai Design Studio", title="Creative Director",
         rows=[Ph("+64 4 801 2255"), Ph("+64 27 555 0142", "M", "mobile"),
               Em("ngaire@kowhai.design")],
         addr=["Level 3, 11 Cuba Street", "Wellington 6011"],
         street="Level 3, 11 Cuba Street", city="Wellington", postal="6011"),
    card("right-aligned", "SG", True, T("opensans", pal="navy", name_w="semibold", co_size=28,
                                        body_size=21, mark="diamond"),
         P("Priya", "Raghunathan"), "Priya Raghunathan",
         co="Straits Clinical Research Pte. Ltd.", title="Clinical Operations Lead",
         v=1, rows=[Ph("+65 6221 4850", "T"), Ph("+65 8123 4567", "HP", "mobile"),
               Em("priya.r@straitsclinical.com.sg")],
         addr=["71 Ayer Rajah Crescent, #05-18", "Singapore 139951"],
         street="71 Ayer Rajah Crescent, #05-18", city="Singapore", postal="139951"),
    card("right-aligned", "AU", False, T("lato", pal="teal", name_w="black", co_size=30,
                                         body_size=22),
         P("Matilda", "O'Sullivan-Tran", cred="APAM"), "Matilda O'Sullivan-Tran APAM",
         co="Yarra Bend Physiotherapy", title="Principal Physiotherapist",
         rows=[Ph("(03) 5550 7712", "P"), Ph("(03) 5550 7713", "F", "fax"),
               Em("matilda@yarrabendphysio.com.au"), Web("yarrabendphysio.com.au")],
         addr=["Shop 3, 412 Johnston Street", "Abbotsford VIC 3067"],
         street="Shop 3, 412 Johnston Street", city="Abbotsford", region="VIC",
         postal="3067"),
    # ---------------------------------------------------------------- logo on the left (new)
    card("logo-left", "CA", False, T("inter", pal="green", mark="tri", name_w="bold",
                                     name_size=42, co_size=30, body_size=21),
         P("Graham", "Whitecloud", cred="P.Geo."), "Graham Whitecloud, P.Geo.",
         co=["Bow River", "Geoscience"], company="Bow River Geoscience",
         title="Senior Hydrogeologist",
         rows=[Ph("403-555-0117", "T"), Ph("403-555-0152", "M", "mobile"),
               Em("gwhitecloud@bowrivergeo.ca"), Web("bowrivergeo.ca")],
         addr=["Suite 1200, 333 7 Avenue SW", "Calgary, AB T2P 2Z1"],
         street="Suite 1200, 333 7 Avenue SW", city="Calgary", region="AB",
         postal="T2P 2Z1"),
    card("logo-left", "BR", False, T("quicksand", "opensans", pal="gold", name_w="bold",
                                     name_size=40, co_size=30, body_size=21),
         P("Ana Luísa", "Ferreira da Silva"), "Ana Luísa Ferreira da Silva", mono="FS",
         co="Ferreira da Silva Arquitetura", title="Arquiteta e Urbanista",
         v=1, rows=[Ph("(31) 3555-0142", "Tel."), Ph("(31) 99555-0187", "Cel./WhatsApp", "mobile"),
               Em("ana@fsarquitetura.com.br"), [Web("fsarquitetura.com.br"),
                                                Tx("@fs.arquitetura", "Instagram")]],
         sep="  ",
         addr=["Av. do Contorno, 6594, 7º andar – Savassi", "30110-044 Belo Horizonte/MG"],
         street="Av. do Contorno, 6594, 7º andar, Savassi", city="Belo Horizonte",
         region="MG", postal="30110-044"),
    card("logo-left", "ES", False, T("robotoslab", "roboto", pal="orange", mark="leaf",
                                     name_size=42, co_size=30, body_size=21),
         P("Carmen", "Navarro Beltrán"), "Carmen Navarro Beltrán",
         co=["Azahar", "Consultores"], company="Azahar Consultores", title="Socia Directora",
         rows=[Ph("+34 963 52 41 80", "Tel."), Ph("+34 655 12 34 56", "Móvil", "mobile"),
               Em("cnavarro@azaharconsultores.es"), Web("azaharconsultores.es")],
         addr=["C/ de Colón, 32, 5ª planta", "46004 Valencia"],
         street="C/ de Colón, 32, 5ª planta", city="Valencia", postal="46004"),
    # ---------------------------------------------------------------- QR block (new)
    card("qr", "US", False, T("spartan", "inter", pal="ink", mark="bars", name_w="bold",
                              name_size=42, co_size=28, body_size=21),
         P("Kevin", "Tran"), "Kevin Tran",
         co="Northbeam Robotics", title="Field Applications Engineer",
         rows=[Ph("(512) 555-0163", "M", "mobile"), Em("kevin.tran@northbeam.io"),
               Web("northbeam.io"), Tw("@kevtran_robots")],
         addr=["1201 E. 6th Street, Unit 210", "Austin, TX 78702"],
         qr_caption="Scan to save my contact",
         street="1201 E. 6th Street, Unit 210", city="Austin", region="TX", postal="78702"),
    card("qr", "AU", False, T("opensans", pal="purple", name_w="bold", name_size=42,
                              co_size=28, body_size=21, co_caps=True, co_track=3),
         P("Sienna", "Kowalczyk"), "Sienna Kowalczyk",
         co="Riverbend Real Estate", title="Sales Agent",
         v=1, rows=[Ph("0491 570 110", "M", "mobile"), Ph("(07) 5550 2390", "O"),
               Em("sienna@riverbendre.com.au")],
         addr=["88 Merthyr Road, New Farm QLD 4005"],
         qr_caption="View my listings",
         street="88 Merthyr Road", city="New Farm", region="QLD", postal="4005"),
    card("qr", "NL", False, T("karla", pal="sky", mark="square", name_w="bold", name_size=42,
                              co_size=28, body_size=21),
         P("Thijs", "de Groot"), "Thijs de Groot",
         co="Domstad Data B.V.", title="Data engineer",
         rows=[Ph("+31 (0)30 714 2250", "T"), Ph("+31 (0)6 2834 1167", "M", "mobile"),
               Em("thijs@domstaddata.nl"), Web("domstaddata.nl")],
         addr=["Oudegracht 214", "3511 NR Utrecht"],
         street="Oudegracht 214", city="Utrecht", postal="3511 NR"),
    # ---------------------------------------------------------------- big thin name (new)
    card("big-name", "FR", False, T("inter", pal="ink", name_w="light", name_size=100,
                                    name_track=1, title_size=26, body_size=21),
         P("Héloïse", "Marchand"), ["Héloïse", "Marchand"],
         co="Studio Traboule", title="Directrice de création",
         rows=[Ph("+33 4 78 92 14 60", "T"), Ph("+33 6 71 24 58 93", "M", "mobile"),
               Em("heloise@traboule.studio")],
         addr=["14 rue Mercière", "69002 Lyon"],
         street="14 rue Mercière", city="Lyon", postal="69002"),
    card("big-name", "GB", False, T("lato", pal="charcoal", name_w="light", name_size=80,
                                    title_size=26, body_size=21, title_caps=True,
                                    title_track=3),
         P("Theo", "Adeyemi-Clarke"), "Theo Adeyemi-Clarke",
         title="Photographer & Filmmaker",
         rows=[Ph("+44 (0)7700 900 317", "M", "mobile"), Em("theo@adeyemiclarke.com"),
               Web("adeyemiclarke.com"), Tw("@theoac_films")],
         addr=["Studio 6, Paintworks, Bath Road", "Bristol BS4 3EH"],
         street="Studio 6, Paintworks, Bath Road", city="Bristol", postal="BS4 3EH"),
]


# --------------------------------------------------------------------------------------------
# Batch 4: written by a fourth author from what printed cards look like in each country (not
# from the parser or the scanner's output), ids 188 onwards. Same renderer and conventions;
# held out whole (BATCH4 in report.py). See README.md.

SPECS4: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "US", False, T("lato", pal="sky", mark="circle", co_size=30, body_size=22),
         P("Daniel", "Okafor", middle="A.", cred="DDS, MS"), "Daniel A. Okafor, DDS, MS",
         co="Cedar Ridge Orthodontics", title="Orthodontist",
         rows=[Ph("(919) 555-0131", "Office"), Ph("(919) 555-0132", "Fax", "fax"),
               Em("dr.okafor@cedarridgeortho.com"), Web("cedarridgeortho.com")],
         addr=["4301 Lake Boone Trail, Suite 205", "Raleigh, NC 27607"],
         street="4301 Lake Boone Trail, Suite 205", city="Raleigh", region="NC",
         postal="27607"),
    card("classic", "IT", False, T("garamond", "lato", pal="burgundy", name_w="regular",
                                   co_size=30, body_size=22),
         P("Giulia", "Bianchi Ferraris", prefix="Arch."), "Arch. Giulia Bianchi Ferraris",
         v=1, co="Studio Ferraris Architetti Associati", title="Socia fondatrice",
         rows=[Ph("011 562 3410", "Tel."), Ph("347 218 5560", "Cell.", "mobile"),
               Em("g.bianchiferraris@studioferraris.it"), Web("studioferraris.it")],
         addr=["Via Maria Vittoria 18", "10123 Torino (TO)"],
         street="Via Maria Vittoria 18", city="Torino", region="TO", postal="10123"),
    # ---------------------------------------------------------------- centred
    card("centred", "FR", False, T("libertine", "opensans", pal="cream", name_w="semibold",
                                   name_size=48, co_size=32, co_w="regular", co_caps=True,
                                   co_track=3, title_w="italic"),
         P("Anne-Sophie", "de Villeneuve", prefix="Me"), "Me Anne-Sophie de Villeneuve",
         co="Villeneuve & Associés", tag="AVOCATS AU BARREAU DE PARIS",
         title="Avocate associée",
         rows=[[Ph("+33 1 42 56 78 90", "Tél."), Ph("+33 1 42 56 78 91", "Fax", "fax")],
               [Ph("+33 6 12 34 56 78", "Port.", "mobile"),
                Em("asdevilleneuve@villeneuve-avocats.fr")]],
         addr=["42, avenue de l'Opéra · 75002 Paris"],
         street="42, avenue de l'Opéra", city="Paris", postal="75002"),
    card("centred", "BR", False, T("cabin", pal="green", mark="leaf", name_w="semibold",
                                   name_size=44, body_size=21),
         P("Rafael", "Souza Albuquerque"), "Rafael Souza Albuquerque",
         v=1, co="Mata Atlântica Engenharia Ambiental", title="Engenheiro Ambiental",
         rows=[[Ph("(41) 3555-2140", "Tel."), Ph("(41) 99876-5432", "Cel.", "mobile")],
               [Em("rafael@mataatlantica.eng.br"), Web("mataatlantica.eng.br")]],
         addr=["Rua XV de Novembro, 1299, cj. 1104 – Centro", "80060-000 Curitiba – PR"],
         extra=["CREA-PR 12.345/D"],
         street="Rua XV de Novembro, 1299, cj. 1104, Centro", city="Curitiba", region="PR",
         postal="80060-000"),
    # ---------------------------------------------------------------- two columns
    card("two-columns", "DE", False, T("nimbussans", pal="mist", mark="square", name_size=38,
                                       body_size=21, co_size=28),
         P("Friederike", "von der Heydt", prefix="Prof. Dr."),
         "Prof. Dr. Friederike von der Heydt",
         co=["Technische Hochschule", "Rhein-Ruhr"], company="Technische Hochschule Rhein-Ruhr",
         title="Dekanin", dept="Fachbereich Maschinenbau",
         rows=[Ph("+49 201 183-4410", "Tel."), Ph("+49 201 183-4499", "Fax", "fax"),
               Em("f.vonderheydt@th-rheinruhr.de"), Web("th-rheinruhr.de")],
         addr=["Postfach 10 32 64", "45032 Essen"],
         street="Postfach 10 32 64", city="Essen", postal="45032"),
    card("two-columns", "IN", False, T("roboto", pal="orange", mark="bars", name_size=38,
                                       body_size=21, co_size=31),
         P("Venkatesh", "Subramanian", cred="FCA"), "Venkatesh Subramanian, FCA",
         v=1, co="Subramanian & Iyer LLP", tag="CHARTERED ACCOUNTANTS", title="Senior Partner",
         rows=[Ph("+91 44 2815 6620", "Tel"), Ph("+91 94440 12345", "Mob", "mobile"),
               Em("venkatesh@siandco.in"), Web("siandco.in")],
         addr=["Old No. 12, New No. 27, 3rd Floor", "Cathedral Road, Gopalapuram",
               "Chennai, Tamil Nadu 600086"],
         street="Old No. 12, New No. 27, 3rd Floor, Cathedral Road, Gopalapuram",
         city="Chennai", region="TN", postal="600086"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "NZ", False, T("inter", pal="teal", mark="leaf", name_w="semibold",
                                    name_size=40, co_size=30),
         P("Aroha", "Te Whata-Mills"), "Aroha Te Whata-Mills",
         co="Tūī Ecology Ltd", title="Senior Freshwater Ecologist",
         rows=[Ph("+64 3 365 4120", "P"), Ph("+64 21 555 0142", "M", "mobile"),
               Em("aroha@tuiecology.co.nz"), Web("tuiecology.co.nz")],
         addr=["PO Box 13 442", "Christchurch 8141"],
         street="PO Box 13 442", city="Christchurch", postal="8141"),
    card("vertical", "MX", False, T("opensans", pal="purple", mark="diamond", name_w="bold",
                                    name_size=40, co_size=30, body_size=20),
         P("Ximena", "Villaseñor Ortiz", prefix="Arq."), ["Arq. Ximena", "Villaseñor Ortiz"],
         v=1, co="Taller Cantera", title="Directora de Proyectos",
         rows=[Ph("442 215 3370", "Tel."), Ph("442 187 6621", "Cel.", "mobile"),
               Em("ximena@tallercantera.mx"), Web("tallercantera.mx")],
         addr=["Av. Zaragoza 112 Pte., Int. 4", "Col. Centro",
               "76000 Santiago de Querétaro, Qro."],
         street="Av. Zaragoza 112 Pte., Int. 4, Col. Centro", city="Santiago de Querétaro",
         region="QUE", postal="76000"),
    # ---------------------------------------------------------------- dark
    card("dark", "GB", False, T("libertine", "lato", pal="navy", name_w="semibold",
                                name_size=42, co_size=28, body_size=21),
         P("Alasdair", "Cunningham-Reid", prefix="Dr", cred="BVMS MRCVS"),
         "Dr Alasdair Cunningham-Reid BVMS MRCVS",
         co="Kelvinside Veterinary Practice", title="Clinical Director",
         rows=[Ph("0141 496 0217", "T"), Ph("0141 496 0218", "Out of hours"),
               Em("alasdair@kelvinsidevets.co.uk"), Web("kelvinsidevets.co.uk")],
         addr=["12 Byres Road", "Glasgow G11 5JY"],
         street="12 Byres Road", city="Glasgow", postal="G11 5JY"),
    card("dark", "JP", True, T("inter", pal="charcoal", name_w="semibold", name_size=42,
                               co_size=26, body_size=21),
         P("Haruto", "Kobayashi"), "Haruto KOBAYASHI",
         v=1, co="Kobayashi Precision Industries Co., Ltd.", title="Manager",
         dept="Quality Assurance Section",
         rows=[[Ph("+81-52-555-0142", "Tel"), Ph("+81-52-555-0143", "Fax", "fax")],
               [Em("h.kobayashi@kobayashi-seimitsu.co.jp")]],
         sep="   ",
         addr=["Meieki Central Bldg. 12F, 3-15-1 Meieki, Nakamura-ku", "Nagoya 450-0002, Japan"],
         street="Meieki Central Bldg. 12F, 3-15-1 Meieki, Nakamura-ku", city="Nagoya",
         postal="450-0002"),
    # ---------------------------------------------------------------- band
    card("band", "US", False, T("roboto", pal="red", name_w="bold", name_size=42, co_size=30,
                                body_size=21, mark="tri"),
         P("Brandon", "Mulcahy", middle="T."), "Brandon T. Mulcahy",
         co="Mulcahy Roofing & Restoration", tag="LICENSED · BONDED · INSURED", title="Owner",
         rows=[Ph("(614) 555-0188", "Office"), Ph("(614) 555-0123", "Cell", "mobile"),
               Em("brandon@mulcahyroofing.com"), Web("mulcahyroofing.com")],
         addr=["PO Box 2291", "Columbus, OH 43216"],
         street="PO Box 2291", city="Columbus", region="OH", postal="43216"),
    card("band", "ES", False, T("opensans", pal="teal", name_w="bold", name_size=40,
                                co_size=30, body_size=21, mark="arc"),
         P("Jordi", "Puigdomènech Vidal"), "Jordi Puigdomènech Vidal",
         v=2, co="Mediterrània Logística S.L.", title="Director Comercial",
         dept="Departamento de Exportación",
         rows=[[Ph("+34 933 18 42 60", "T."), Ph("+34 618 45 22 90", "M.", "mobile")],
               [Em("jpuigdomenech@mediterranialogistica.es")],
               [Web("mediterranialogistica.es")]],
         sep="   ",
         addr=["Moll de Barcelona, s/n, Edificio Este, 3ª planta · 08039 Barcelona"],
         street="Moll de Barcelona, s/n, Edificio Este, 3ª planta", city="Barcelona",
         postal="08039"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "IE", False, T("palladio", "opensans", pal="green", co_size=30,
                                    name_size=42, body_size=21),
         P("Siobhán", "Ní Bhriain"), "Siobhán Ní Bhriain", mono="NB",
         co="Ní Bhriain Solicitors", title="Principal Solicitor",
         rows=[Ph("+353 (0)91 562 410", "T"), Ph("+353 (0)91 562 411", "F", "fax"),
               Ph("+353 (0)87 123 4567", "M", "mobile"), Em("siobhan@nibhriain.ie")],
         addr=["Unit 3, Cathedral Buildings", "Middle Street, Galway H91 X2C8"],
         street="Unit 3, Cathedral Buildings, Middle Street", city="Galway",
         postal="H91 X2C8"),
    # ---------------------------------------------------------------- company on top
    card("company-top", "PL", False, T("spartan", "opensans", pal="sky", co_size=40,
                                       name_size=34, body_size=21),
         P("Małgorzata", "Dąbrowska-Kędzior", prefix="mgr inż."),
         "mgr inż. Małgorzata Dąbrowska-Kędzior",
         co="Bursztyn Logistyka Sp. z o.o.", title="Kierownik Działu Transportu",
         rows=[[Ph("+48 58 345 21 10 wew. 24", "tel.", ext="24"),
                Ph("+48 58 345 21 19", "faks", "fax")],
               [Ph("+48 602 345 118", "kom.", "mobile"), Em("m.dabrowska@bursztyn-logistyka.pl")]],
         sep="   ",
         addr=["ul. Długa 45/3 · 80-827 Gdańsk"],
         street="ul. Długa 45/3", city="Gdańsk", postal="80-827"),
    card("company-top", "US", False, T("gothic", "karla", pal="ink", co_size=40,
                                       name_size=34, body_size=21, co_w="bold"),
         P("Aisha", "Rahman-Cole", cred="AIA, LEED AP"), "Aisha Rahman-Cole, AIA, LEED AP",
         v=1, co="Harborline Architects", title="Principal", dept="Healthcare Studio",
         rows=[[Ph("(617) 555-0144 x302", ext="302"), Ph("(617) 555-0197", "m", "mobile")],
               [Em("arahmancole@harborline.com"), Web("harborline.com")]],
         sep="   ",
         addr=["One Boston Wharf Road, 4th Floor, Boston, MA 02210"],
         street="One Boston Wharf Road, 4th Floor", city="Boston", region="MA",
         postal="02210"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "SE", False, T("manrope", pal="ink", name_w="light", name_size=54),
         P("Linnéa", "Åkesson"), "Linnéa Åkesson", title="Frilansande översättare",
         rows=[Ph("070-812 34 56"), Em("linnea@akessonsprak.se")],
         addr=["Uppsala"], city="Uppsala"),
    card("minimal", "GB", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=54, title_w="italic"),
         P("Imogen", "Fairweather-Hale", cred="MSGD"), "Imogen Fairweather-Hale MSGD",
         title="Garden Designer",
         rows=[[Ph("07700 900 468")], [Em("imogen@fairweatherhale.co.uk"),
                                       Web("fairweatherhale.co.uk")]],
         addr=["Cirencester, Gloucestershire"], city="Cirencester"),
    # ---------------------------------------------------------------- labels
    card("labels", "CH", False, T("inter", pal="red", label_mode="column", mark="square",
                                  name_w="semibold", co_size=28, body_size=21),
         P("Matteo", "Bernasconi", prefix="Avv."), "Avv. Matteo Bernasconi",
         v=1, co="Studio legale Bernasconi & Rusca", title="Avvocato e notaio",
         rows=[Ph("+41 91 911 84 20", "Tel."), Ph("+41 91 911 84 29", "Fax", "fax"),
               Ph("+41 79 555 43 21", "Cell.", "mobile"),
               Em("m.bernasconi@bernasconi-rusca.ch", "E-mail")],
         addr=["Via Nassa 21, Casella postale", "6900 Lugano"],
         street="Via Nassa 21, Casella postale", city="Lugano", postal="6900"),
    card("labels", "AU", False, T("cabin", pal="green", label_mode="column", name_w="bold",
                                  co_size=28, body_size=21, mark="leaf"),
         P("Bridget", "McAllister", prefix="Dr", cred="BVSc (Hons)"),
         "Dr Bridget McAllister BVSc (Hons)",
         v=1, co="Darling Downs Vet Clinic", title="Senior Veterinarian",
         rows=[Ph("(07) 5550 3318", "Ph"), Ph("(07) 5550 3319", "Fax", "fax"),
               Ph("0491 570 254", "Mob", "mobile"), Em("bridget@ddvetclinic.com.au", "Email")],
         addr=["PO Box 412", "Toowoomba QLD 4350"],
         street="PO Box 412", city="Toowoomba", region="QLD", postal="4350"),
    # ---------------------------------------------------------------- icons
    card("icons", "BR", False, T("lato", pal="orange", label_mode="icons", mark="circle",
                                 name_w="bold", co_size=26, body_size=21),
         P("Thiago", "Nascimento Rocha"), "Thiago Nascimento Rocha",
         co="Pampa Agritech", title="Gerente Comercial", dept="Regional Sul",
         rows=[Ph("+55 51 3555-0142 ramal 31", ext="31"), Ph("+55 51 99812-3344", typ="mobile"),
               Em("thiago.rocha@pampaagritech.com.br"), Web("pampaagritech.com.br")],
         addr=["Av. Ipiranga, 6681 – Prédio 99A – Partenon", "90619-900 Porto Alegre/RS"],
         street="Av. Ipiranga, 6681, Prédio 99A, Partenon", city="Porto Alegre", region="RS",
         postal="90619-900"),
    card("icons", "IN", False, T("carlito", pal="teal", label_mode="icons", mark="hex",
                                 name_w="bold", co_size=28, body_size=22),
         P("Farhan", "Qureshi", cred="B.Arch, MUD"), "Farhan Qureshi, B.Arch, MUD",
         v=1, co="Sabarmati Urban Lab", title="Principal Urban Designer",
         rows=[Ph("079 2656 4410"), Ph("+91 98250 12345", typ="mobile"),
               Em("farhan@sabarmatiurbanlab.in"), Web("sabarmatiurbanlab.in")],
         addr=["B-304, Shapath Hexa, S.G. Highway", "Ahmedabad, Gujarat 380060"],
         street="B-304, Shapath Hexa, S.G. Highway", city="Ahmedabad", region="GJ",
         postal="380060"),
    # ---------------------------------------------------------------- one line
    card("one-line", "CA", False, T("biolinum", pal="burgundy", mark="arc", name_w="bold",
                                    co_size=30, body_size=22),
         P("Jean-Philippe", "Bélanger-Côté", prefix="Me"), "Me Jean-Philippe Bélanger-Côté",
         co="Bélanger Côté notaires inc.", title="Notaire",
         rows=[[Ph("418 555-0162, poste 225", "Tél.", ext="225"),
                Ph("418 555-0169", "Téléc.", "fax")],
               [Em("jpbelanger@bcnotaires.qc.ca"), Web("bcnotaires.qc.ca")]],
         sep=" | ",
         addr=["1140, Grande Allée Ouest, bureau 210 · Québec (Québec) G1S 1E5"],
         street="1140, Grande Allée Ouest, bureau 210", city="Québec", region="QC",
         postal="G1S 1E5"),
    card("one-line", "IL", False, T("cabin", pal="sky", name_w="semibold", co_size=28,
                                    body_size=21),
         P("Eitan", "Mizrahi"), "Eitan Mizrahi",
         v=1, co="Negev Water Technologies Ltd.", title="Director of Business Development",
         rows=[[Ph("+972-8-646-1520", "O"), Ph("+972-54-555-2290", "M", "mobile"),
                Em("eitan@negevwater.co.il")]],
         sep=" • ",
         addr=["Hi-Tech Park, Building 3 | Be'er Sheva 8489101"],
         street="Hi-Tech Park, Building 3", city="Be'er Sheva", postal="8489101"),
    # ---------------------------------------------------------------- dense
    card("dense", "US", False, T("roboto", pal="green", label_mode="column", name_size=34,
                                 title_size=20, body_size=19, co_size=26, mark="leaf"),
         P("Catherine", "Delacroix-Byrne", cred="MD, FACC"),
         "Catherine Delacroix-Byrne, MD, FACC",
         co=["Riverside Heart", "& Vascular Institute"],
         company="Riverside Heart & Vascular Institute",
         title="Interventional Cardiologist", dept="Division of Cardiology",
         rows=[Ph("(804) 555-0171", "T"), Ph("(804) 555-0180", "Appts"),
               Ph("(804) 555-0179", "F", "fax"), Em("cdelacroix@riversideheart.org", "E")],
         addr=["7101 Jahnke Road, Building B, Suite 400", "Richmond, VA 23225"],
         street="7101 Jahnke Road, Building B, Suite 400", city="Richmond", region="VA",
         postal="23225"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "NL", False, T("manrope", pal="orange", mark="circle", name_w="bold",
                                         co_size=30, body_size=22),
         P("Maarten", "ter Horst", prefix="drs."), "drs. Maarten ter Horst",
         co="Horst & Veenstra Adviseurs", title="Senior adviseur pensioenen",
         rows=[Ph("+31 (0)50 318 44 20", "T"), Ph("+31 (0)6 4127 8833", "M", "mobile"),
               Em("m.terhorst@horstveenstra.nl"), Web("horstveenstra.nl")],
         addr=["Postbus 1124", "9701 BC Groningen"],
         street="Postbus 1124", city="Groningen", postal="9701 BC"),
    card("right-aligned", "PH", True, T("opensans", pal="navy", name_w="semibold", co_size=28,
                                        body_size=21, mark="diamond"),
         P("Rodrigo", "Manalastas", middle="S.", prefix="Engr."), "Engr. Rodrigo S. Manalastas",
         v=1, co="Pasig Riverworks Construction Inc.", title="Project Manager",
         rows=[Ph("(02) 8634 5120", "Tel."), Ph("+63 918 555 0173", "Mobile", "mobile"),
               Em("rsmanalastas@riverworks.com.ph")],
         addr=["Unit 2204, Tektite East Tower", "Exchange Road, Ortigas Center",
               "Pasig City 1605, Philippines"],
         street="Unit 2204, Tektite East Tower, Exchange Road, Ortigas Center",
         city="Pasig City", postal="1605"),
    # ---------------------------------------------------------------- logo on the left
    card("logo-left", "GB", False, T("inter", pal="purple", mark="rings", name_w="bold",
                                     name_size=42, co_size=30, body_size=21),
         P("Rhys", "ap Gwilym"), "Rhys ap Gwilym",
         co=["Glanfa", "Analytics"], company="Glanfa Analytics",
         title="Head of Data Engineering",
         rows=[Ph("029 2018 0354", "DD"), Ph("07700 900 731", "M", "mobile"),
               Em("rhys.apgwilym@glanfa.co.uk"), Web("glanfa.co.uk")],
         addr=["Floor 6, Capital Tower, Greyfriars Road", "Cardiff CF10 3AG"],
         street="Floor 6, Capital Tower, Greyfriars Road", city="Cardiff", postal="CF10 3AG"),
    card("logo-left", "MX", False, T("quicksand", "opensans", pal="teal", name_w="bold",
                                     name_size=40, co_size=30, body_size=21),
         P("Paulina", "Castañeda Preciado", prefix="Mtra."),
         "Mtra. Paulina Castañeda Preciado", mono="CP",
         v=1, co="Castañeda Preciado Consultores", title="Directora de Impuestos",
         rows=[Ph("(222) 231 4580", "Tel."), Ph("222 318 7745", "WhatsApp", "mobile"),
               Em("paulina@cpconsultores.com.mx"), Web("cpconsultores.com.mx")],
         addr=["Av. Juárez 2915, Piso 3, Col. La Paz", "72160 Puebla, Pue."],
         street="Av. Juárez 2915, Piso 3, Col. La Paz", city="Puebla", region="PUE",
         postal="72160"),
    # ---------------------------------------------------------------- QR block
    card("qr", "US", False, T("karla", pal="ink", mark="bars", name_w="bold", name_size=42,
                              co_size=28, body_size=21),
         P("Jasmine", "Whitaker-Soto"), "Jasmine Whitaker-Soto",
         v=1, co="Desert Bloom Realty", title="Broker Associate",
         rows=[Ph("(480) 555-0119", "C", "mobile"), Ph("(480) 555-0100", "Office"),
               Em("jasmine@desertbloomrealty.com"), Web("desertbloomrealty.com")],
         addr=["7150 E. Camelback Road, Suite 444", "Scottsdale, AZ 85251"],
         qr_caption="Scan for my listings",
         street="7150 E. Camelback Road, Suite 444", city="Scottsdale", region="AZ",
         postal="85251"),
    # ---------------------------------------------------------------- big thin name
    card("big-name", "CA", False, T("lato", pal="ink", name_w="light", name_size=90,
                                    title_size=26, body_size=21),
         P("Owen", "MacKinnon"), ["Owen", "MacKinnon"],
         co="Tidewater Studio", title="Brand Strategist",
         rows=[Ph("902-555-0138", "m", "mobile"), Em("owen@tidewater.studio"),
               Li("linkedin.com/in/owenmackinnon")],
         addr=["1668 Barrington Street, Unit 502", "Halifax, NS B3J 2A2"],
         street="1668 Barrington Street, Unit 502", city="Halifax", region="NS",
         postal="B3J 2A2"),
]

# Batch 5 (cards 218-257): a fifth author, 40 cards, 24 countries (11 new to the set), and the
# four layouts added above (spaced, logo-area, avatar, grid).
SPECS5: list[Card] = [
    # ---------------------------------------------------------------- spaced (new)
    card("spaced", "NO", False, T("manrope", pal="ink", name_caps=True, name_track=9,
                                  name_w="regular", name_size=40, title_size=24, co_size=30,
                                  body_size=21),
         P("Ingrid", "Haugland"), "Ingrid Haugland",
         co="Fjordvik Advokatfirma AS", title="Advokat, partner",
         rows=[[Ph("+47 22 55 41 30", "T"), Ph("+47 915 55 012", "M", "mobile")],
               [Em("ingrid.haugland@fjordvik.no"), Web("fjordvik.no")]],
         sep="   ",
         addr=["Haakon VIIs gate 5 · Postboks 1524 Vika · 0117 Oslo"],
         street="Haakon VIIs gate 5, Postboks 1524 Vika", city="Oslo", postal="0117"),
    card("spaced", "IT", False, T("libertine", "lato", pal="cream", name_caps=True,
                                  name_track=7, name_w="regular", name_size=38, co_caps=True,
                                  co_track=6, co_size=24, co_w="regular", title_w="italic",
                                  body_size=21),
         P("Lorenzo", "De Marchi", prefix="Dott."), "Dott. Lorenzo De Marchi",
         v=1, co="Studio De Marchi", tag="CONSULENZA TRIBUTARIA E SOCIETARIA",
         title="Dottore Commercialista – Revisore Legale",
         rows=[[Ph("041 522 8614", "T"), Ph("348 712 4409", "M", "mobile")],
               [Em("l.demarchi@studiodemarchi.it")]],
         sep="   ",
         addr=["Fondamenta della Misericordia 2590 · 30121 Venezia (VE)"],
         extra=["P.IVA 03812450271"],
         street="Fondamenta della Misericordia 2590", city="Venezia", region="VE",
         postal="30121"),
    card("spaced", "AR", False, T("gothic", "opensans", pal="mist", name_caps=True,
                                  name_track=8, name_w="regular", name_size=36, title_size=23,
                                  co_size=28, body_size=20),
         P("Valentina", "Fernández Achával", prefix="Arq."), "Arq. Valentina Fernández Achával",
         co="Estudio Achával & Ríos", title="Arquitecta asociada",
         rows=[[Ph("(011) 4815-2290", "Tel."), Ph("+54 9 11 5873-4412", "Cel.", "mobile")],
               [Em("valentina@achavalrios.com.ar"), Web("achavalrios.com.ar")]],
         sep="   ",
         addr=["Av. Santa Fe 1460, piso 7, of. B · C1060ABN Buenos Aires"],
         street="Av. Santa Fe 1460, piso 7, of. B", city="Buenos Aires", postal="C1060ABN"),
    # ---------------------------------------------------------------- logo-area (new)
    card("logo-area", "DK", False, T("spartan", "karla", pal="teal", mark="hex", co_size=44,
                                     name_size=40, body_size=22),
         P("Mads", "Kjærgaard"), "Mads Kjærgaard",
         co="Kystlys Energi", tag="OFFSHORE WIND SERVICES", title="Projektleder",
         dept="Offshore Service",
         rows=[Ph("+45 76 12 45 80", "T"), Ph("+45 21 55 48 19", "M", "mobile"),
               [Em("mk@kystlys.dk"), Web("kystlys.dk")]],
         sep="  ·  ",
         addr=["Dokvej 3 · 6700 Esbjerg"],
         street="Dokvej 3", city="Esbjerg", postal="6700"),
    card("logo-area", "NG", False, T("inter", pal="green", mark="leaf", name_w="bold",
                                     co_size=40, name_size=42, body_size=22),
         P("Chiamaka", "Nwosu-Okafor", prefix="Barr.", cred="LL.M"),
         "Barr. Chiamaka Nwosu-Okafor, LL.M",
         v=1, co="Adekunle Nwosu & Partners", tag="BARRISTERS & SOLICITORS",
         title="Senior Associate", dept="Energy & Natural Resources",
         rows=[Ph("+234 201 271 4450", "T"), Ph("0803 555 2190", "M", "mobile"),
               Em("c.nwosu-okafor@anplegal.com.ng"), Web("anplegal.com.ng")],
         addr=["8th Floor, Marina Court", "214 Broad Street, Lagos Island, Lagos"],
         street="8th Floor, Marina Court, 214 Broad Street, Lagos Island", city="Lagos"),
    card("logo-area", "AU", False, T("gothic", "lato", pal="orange", mark="arc", co_size=46,
                                     name_size=40, co_w="bold", body_size=22),
         P("Callum", "McIntyre-Walsh"), "Callum McIntyre-Walsh",
         co="Saltbush Brewing Co.", tag="SMALL-BATCH ALES", title="Head Brewer",
         rows=[[Ph("(08) 5550 4417", "P"), Ph("0491 570 318", "M", "mobile")],
               [Em("callum@saltbushbrewing.com.au")], [Web("saltbushbrewing.com.au")]],
         sep="   ",
         addr=["Unit 4, 21 Pakenham Street", "Fremantle WA 6160"],
         street="Unit 4, 21 Pakenham Street", city="Fremantle", region="WA", postal="6160"),
    # ---------------------------------------------------------------- avatar (new)
    card("avatar", "KE", False, T("opensans", pal="sky", mark="circle", name_w="bold",
                                  name_size=38, co_size=26, body_size=21),
         P("Wanjiru", "Kamau", prefix="Prof.", cred="MBChB, MMed"),
         "Prof. Wanjiru Kamau, MBChB, MMed",
         co="Karura Children's Clinic", title="Consultant Paediatrician",
         rows=[Ph("+254 20 444 7120", "Tel"), Ph("0722 555 318", "Cell", "mobile"),
               Em("wkamau@karurakids.co.ke"), Web("karurakids.co.ke")],
         addr=["Karura Medical Plaza, 3rd Floor, Kiambu Road", "P.O. Box 45120-00100, Nairobi"],
         street="Karura Medical Plaza, 3rd Floor, Kiambu Road, P.O. Box 45120",
         city="Nairobi", postal="00100"),
    card("avatar", "US", False, T("lato", pal="gold", name_w="bold", name_size=42, co_size=26,
                                  body_size=21, mark="diamond"),
         P("Marcus", "Bellamy", suffix="Jr."), "Marcus Bellamy Jr.",
         v=1, co="Hudson Gate Realty", title="Licensed Real Estate Salesperson",
         rows=[Ph("(914) 555-0162", "Cell", "mobile"), Ph("(914) 555-0100", "Office"),
               Em("mbellamy@hudsongaterealty.com"), Web("hudsongaterealty.com")],
         addr=["88 Mamaroneck Avenue, 2nd Floor", "White Plains, NY 10601"],
         street="88 Mamaroneck Avenue, 2nd Floor", city="White Plains", region="NY",
         postal="10601"),
    card("avatar", "CO", False, T("roboto", pal="purple", mark="tri", name_w="bold",
                                  name_size=36, co_size=26, body_size=20),
         P("Andrés Felipe", "Restrepo Londoño", cred="MBA"),
         "Andrés Felipe Restrepo Londoño, MBA",
         co="Fiducia Andina S.A.S.", title="Gerente de Cuenta", dept="Banca Empresarial",
         rows=[Ph("(604) 444 2180", "Tel."), Ph("310 555 4827", "Cel.", "mobile"),
               Em("afrestrepo@fiduciaandina.com.co")],
         addr=["Carrera 43A # 1-50, Torre 2, Oficina 804", "Medellín, Antioquia"],
         street="Carrera 43A # 1-50, Torre 2, Oficina 804", city="Medellín", region="ANT"),
    # ---------------------------------------------------------------- grid (new)
    card("grid", "FI", False, T("inter", pal="mist", mark="square", name_w="semibold",
                                name_size=40, co_size=28, body_size=22),
         P("Aino", "Virtanen-Laaksonen", cred="TkT"), "Aino Virtanen-Laaksonen, TkT",
         co="Revontuli Robotics Oy", title="Tutkimusjohtaja",
         rows=[[Ph("+358 40 555 2748", "MOBILE", "mobile")],
               [Em("aino.virtanen-laaksonen@revontuli.fi", "EMAIL")],
               [Web("revontuli.fi", "WEB")]],
         addr=["Tekniikantie 14 B, 4. krs", "02150 Espoo"], addr_label="OFFICE",
         street="Tekniikantie 14 B, 4. krs", city="Espoo", postal="02150"),
    card("grid", "KR", True, T("nimbussans", pal="ink", mark="bars", name_w="bold",
                               name_size=40, co_size=26, body_size=22),
         P("Ji-woo", "Park"), "PARK Ji-woo",
         v=1, co="Hanbit Semiconductor Co., Ltd.", title="Senior Manager",
         dept="Global Business Team",
         rows=[[Ph("+82-2-3456-7890", "TEL")], [Ph("+82-10-5555-2840", "MOBILE", "mobile")],
               [Ph("+82-2-3456-7899", "FAX", "fax")],
               [Em("jiwoo.park@hanbitsemi.co.kr", "E-MAIL")]],
         addr=["15F, 231 Teheran-ro, Gangnam-gu", "Seoul 06142, Korea"], addr_label="ADDRESS",
         street="15F, 231 Teheran-ro, Gangnam-gu", city="Seoul", postal="06142"),
    card("grid", "NL", False, T("manrope", pal="orange", mark="circle", name_w="bold",
                                name_size=40, co_size=28, body_size=22),
         P("Sanne", "van der Linden-Bos"), "Sanne van der Linden-Bos",
         co="Studio Grachtwerk", title="Creative Director",
         rows=[[Ph("+31 20 624 81 35", "STUDIO")], [Ph("06 4218 7750", "MOBIEL", "mobile")],
               [Em("sanne@grachtwerk.amsterdam", "E-MAIL")]],
         addr=["Keizersgracht 452-III", "1016 GD Amsterdam"], addr_label="BEZOEKADRES",
         street="Keizersgracht 452-III", city="Amsterdam", postal="1016 GD"),
    # ---------------------------------------------------------------- classic
    card("classic", "PT", False, T("garamond", "opensans", pal="burgundy", name_w="regular",
                                   co_size=30, body_size=21, name_size=46),
         P("Catarina", "Sousa Mendes", prefix="Dra."), "Dra. Catarina Sousa Mendes",
         co="Mendes, Faria & Associados", tag="SOCIEDADE DE ADVOGADOS, SP, RL",
         title="Advogada Associada Sénior",
         rows=[Ph("+351 213 845 120", "T"), Ph("+351 912 555 408", "M", "mobile"),
               Ph("+351 213 845 129", "F", "fax"), Em("csm@mfa-advogados.pt"),
               Web("mfa-advogados.pt")],
         addr=["Avenida da Liberdade, 190, 4.º Dto.", "1250-147 Lisboa"],
         street="Avenida da Liberdade, 190, 4.º Dto.", city="Lisboa", postal="1250-147"),
    card("classic", "GB", False, T("robotoslab", "roboto", pal="sky", name_w="bold",
                                   co_size=28, body_size=21, name_size=40),
         P("Fergus", "MacLeod", prefix="Mr", cred="MBChB FRCS (Tr & Orth)"),
         "Mr Fergus MacLeod MBChB FRCS (Tr & Orth)",
         co="Edinburgh Knee & Hip Clinic", title="Consultant Orthopaedic Surgeon",
         rows=[Ph("0131 496 0582", "Secretary"), Ph("0131 496 0583", "F", "fax"),
               Em("secretary@edinburghkneehip.co.uk"), Web("edinburghkneehip.co.uk")],
         addr=["Suite 3, 12 Randolph Crescent", "Edinburgh EH3 7TH"],
         street="Suite 3, 12 Randolph Crescent", city="Edinburgh", postal="EH3 7TH"),
    # ---------------------------------------------------------------- centred
    card("centred", "CL", False, T("lato", pal="teal", mark="tri", name_w="bold",
                                   name_size=44, co_size=30, body_size=21),
         P("Francisca", "Undurraga Echeverría"), "Francisca Undurraga Echeverría",
         co="Viña Cordillera Alta", tag="VALLE DEL MAIPO", title="Gerente de Operaciones",
         rows=[[Ph("+56 2 2798 4410", "T"), Ph("+56 9 8765 4321", "M", "mobile")],
               [Em("fundurraga@cordilleraalta.cl"), Web("cordilleraalta.cl")]],
         addr=["Av. Apoquindo 3650, piso 11, Las Condes, Santiago"],
         street="Av. Apoquindo 3650, piso 11, Las Condes", city="Santiago"),
    card("centred", "IE", False, T("palladio", "opensans", pal="green", name_w="bold",
                                   name_size=44, co_size=28, body_size=21),
         P("Ciarán", "Mac Mathúna", prefix="Dr", cred="BDentSc MFDS"),
         "Dr Ciarán Mac Mathúna BDentSc MFDS",
         v=1, co="South Mall Dental", title="Principal Dentist",
         rows=[[Ph("(021) 427 3150", "T"), Ph("087 555 2194", "M", "mobile")],
               [Em("hello@southmalldental.ie"), Web("southmalldental.ie")]],
         addr=["First Floor, 22 South Mall, Cork T12 RD43"],
         street="First Floor, 22 South Mall", city="Cork", postal="T12 RD43"),
    # ---------------------------------------------------------------- two columns
    card("two-columns", "CZ", False, T("nimbussans", pal="red", mark="square", name_size=36,
                                       body_size=21, co_size=28),
         P("Tomáš", "Dvořák", prefix="Ing.", cred="Ph.D."), "Ing. Tomáš Dvořák, Ph.D.",
         co="Vltava Pohony s.r.o.", title="Vedoucí oddělení vývoje",
         rows=[Ph("+420 224 555 318", "Tel."), Ph("+420 603 555 742", "Mobil", "mobile"),
               Em("dvorak@vltavapohony.cz"), Web("vltavapohony.cz")],
         addr=["Na Poříčí 1079/3a", "110 00 Praha 1"],
         street="Na Poříčí 1079/3a", city="Praha 1", postal="110 00"),
    card("two-columns", "IN", False, T("carlito", pal="orange", mark="bars", name_size=38,
                                       body_size=21, co_size=30),
         P("Priya", "Raghunathan", prefix="CA"), "CA Priya Raghunathan",
         v=1, co="Raghunathan Mehta & Co.", tag="CHARTERED ACCOUNTANTS", title="Partner",
         rows=[Ph("+91 80 4155 2210", "Tel"), Ph("+91 98450 55123", "Mob", "mobile"),
               Em("priya@rmco.co.in"), Web("rmco.co.in")],
         addr=["No. 42, 2nd Cross, 5th Block, Koramangala", "Bengaluru – 560 095, Karnataka"],
         street="No. 42, 2nd Cross, 5th Block, Koramangala", city="Bengaluru", region="KA",
         postal="560 095"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "US", False, T("cabin", pal="green", mark="leaf", name_w="semibold",
                                    name_size=38, co_size=30, body_size=21),
         P("Eleanor", "Whitfield-Park", cred="LMFT"), "Eleanor Whitfield-Park, LMFT",
         co="Willow Bend Counseling", title="Licensed Marriage & Family Therapist",
         rows=[Ph("(208) 555-0147", "P"), Em("eleanor@willowbend.health"),
               Web("willowbend.health")],
         addr=["815 W Bannock Street, Suite 310", "Boise, ID 83702"],
         street="815 W Bannock Street, Suite 310", city="Boise", region="ID", postal="83702"),
    card("vertical", "NZ", False, T("inter", pal="sky", mark="arc", name_w="bold",
                                    name_size=40, co_size=30, body_size=20),
         P("Tama", "Ngata"), "Tama Ngata",
         v=1, co="Awa Freight Ltd", title="General Manager",
         rows=[Ph("+64 7 834 2210", "P"), Ph("021 555 0183", "M", "mobile"),
               Em("tama@awafreight.co.nz"), Web("awafreight.co.nz")],
         addr=["Level 2, 40 Anglesea Street", "PO Box 19 204", "Hamilton 3244"],
         street="Level 2, 40 Anglesea Street, PO Box 19 204", city="Hamilton", postal="3244"),
    # ---------------------------------------------------------------- dark
    card("dark", "SG", True, T("inter", pal="charcoal", name_w="semibold", name_size=40,
                               co_size=26, body_size=21, mark="diamond"),
         P("Wei Jie", "Lim", cred="CFA"), "Lim Wei Jie, CFA",
         v=2, co="Marina Crest Capital Pte. Ltd.", title="Director",
         dept="Private Wealth Management",
         rows=[Ph("+65 6555 0142", "T"), Ph("+65 9555 0187", "M", "mobile"),
               Em("weijie.lim@marinacrest.com.sg")],
         addr=["10 Marina Boulevard, #24-01", "Marina Bay Financial Centre Tower 2",
               "Singapore 018983"],
         street="10 Marina Boulevard, #24-01, Marina Bay Financial Centre Tower 2",
         city="Singapore", postal="018983"),
    card("dark", "NO", False, T("spartan", "karla", pal="forest", mark="tri", name_w="bold",
                                name_size=42, co_size=30, body_size=22),
         P("Eirik", "Solbakken"), "Eirik Solbakken",
         co="Tindestig Fjellguiding AS", tag="FJELLFØRING · BRE · KLATRING",
         title="Daglig leder",
         rows=[Ph("476 55 021", "Mob", "mobile"), Em("eirik@tindestig.no"), Web("tindestig.no")],
         addr=["Postboks 88", "6300 Åndalsnes"],
         street="Postboks 88", city="Åndalsnes", postal="6300"),
    # ---------------------------------------------------------------- band
    card("band", "ZA", False, T("opensans", pal="navy", name_w="bold", name_size=40,
                                co_size=30, body_size=21, mark="rings"),
         P("Thabo", "Mokoena", cred="CA(SA)"), "Thabo Mokoena CA(SA)",
         v=1, co="Mokoena Pillay Inc.", title="Audit Partner",
         rows=[Ph("011 783 4410", "Tel"), Ph("082 555 3190", "Cell", "mobile"),
               Em("thabo@mokoenapillay.co.za"), Web("mokoenapillay.co.za")],
         addr=["Block C, Kestrel Park", "14 Wierda Road East, Sandton", "Johannesburg, 2196"],
         street="Block C, Kestrel Park, 14 Wierda Road East, Sandton", city="Johannesburg",
         postal="2196"),
    card("band", "CO", False, T("roboto", pal="red", name_w="bold", name_size=38,
                                co_size=30, body_size=21, mark="diamond"),
         P("María José", "Ospina de la Torre", prefix="Dra."),
         "Dra. María José Ospina de la Torre",
         v=3, co=["Ospina & Arbeláez", "Abogados"], company="Ospina & Arbeláez Abogados",
         title="Socia Directora",
         rows=[Ph("+57 601 555 3180", "PBX"), Ph("+57 315 555 2047", "Cel.", "mobile"),
               Em("mjospina@ospinaarbelaez.com.co")],
         addr=["Calle 93 # 11A-28, Oficina 502", "Bogotá D.C."],
         street="Calle 93 # 11A-28, Oficina 502", city="Bogotá", region="DC"),
    # ---------------------------------------------------------------- company on top
    card("company-top", "KR", False, T("inter", pal="sky", mark="circle", co_size=38,
                                       name_size=34, body_size=21),
         P("Seo-yeon", "Choi", prefix="Dr."), "Dr. Seo-yeon Choi",
         co="Daewon Bio Inc.", title="Principal Researcher", dept="AI Research Center",
         rows=[[Ph("+82 31 555 7210", "T"), Ph("+82 10 5555 8342", "M", "mobile")],
               [Em("sychoi@daewonbio.co.kr"), Web("daewonbio.co.kr")]],
         sep="   ",
         addr=["8F, 700 Daewangpangyo-ro, Bundang-gu, Seongnam 13488"],
         street="8F, 700 Daewangpangyo-ro, Bundang-gu", city="Seongnam", postal="13488"),
    card("company-top", "DE", False, T("palladio", "opensans", pal="burgundy", co_size=32,
                                       name_size=34, body_size=20, co_w="regular"),
         P("Johanna", "Meyer-Lindqvist", prefix="Dr.", cred="LL.M."),
         "Dr. Johanna Meyer-Lindqvist, LL.M.",
         v=1, co="Lindqvist Reuter Rechtsanwälte PartG mbB",
         title=["Rechtsanwältin", "Fachanwältin für Arbeitsrecht"],
         rows=[[Ph("+49 40 355 470-12", "T"), Ph("+49 40 355 470-99", "F", "fax")],
               [Em("meyer-lindqvist@lindqvist-reuter.de"), Web("lindqvist-reuter.de")]],
         sep="   ",
         addr=["Neuer Wall 54 · 20354 Hamburg"],
         street="Neuer Wall 54", city="Hamburg", postal="20354"),
    # ---------------------------------------------------------------- labels
    card("labels", "DK", False, T("karla", pal="teal", label_mode="column", name_w="bold",
                                  co_size=28, body_size=21, mark="hex"),
         P("Signe", "Østergaard Holm"), "Signe Østergaard Holm",
         v=1, co="Holm & Krag Arkitekter", title="Arkitekt MAA, partner",
         rows=[Ph("+45 33 12 48 60", "Tlf."), Ph("+45 28 55 41 07", "Mobil", "mobile"),
               Em("soh@holmkrag.dk", "E-mail"), Web("holmkrag.dk", "Web")],
         addr=["Store Kongensgade 68, 2. sal", "1264 København K"],
         street="Store Kongensgade 68, 2. sal", city="København K", postal="1264"),
    card("labels", "CA", False, T("lato", pal="burgundy", name_w="bold", co_size=28,
                                  body_size=21, mark="arc"),
         P("Marie-Claude", "Lefebvre-Gauthier", cred="CPA"),
         "Marie-Claude Lefebvre-Gauthier, CPA",
         co="Raymond Gauthier S.E.N.C.R.L.", tag="COMPTABLES PROFESSIONNELS AGRÉÉS",
         title="Associée, Certification",
         rows=[Ph("819 555-0174, poste 2210", "Tél.", ext="2210"),
               Ph("819 555-0179", "Téléc.", "fax"), Ph("819 555-0188", "Cell.", "mobile"),
               Em("mclefebvre@rgcpa.qc.ca", "Courriel")],
         addr=["455, boulevard de l'Université Est, bureau 300", "Sherbrooke (Québec) J1K 2R1"],
         street="455, boulevard de l'Université Est, bureau 300", city="Sherbrooke",
         region="QC", postal="J1K 2R1"),
    # ---------------------------------------------------------------- icons
    card("icons", "NG", False, T("manrope", pal="green", label_mode="icons", mark="diamond",
                                 name_w="bold", co_size=26, body_size=21),
         P("Oluwaseun", "Adebayo-Williams", prefix="Engr.", cred="MNSE"),
         "Engr. Oluwaseun Adebayo-Williams, MNSE",
         co="Lekki Power Systems Ltd", title="Head, Projects & Maintenance",
         rows=[Ph("0201 271 8840"), Ph("0809 555 1240", typ="mobile"),
               Em("seun.adebayo@lekkipower.ng"), Web("lekkipower.ng")],
         addr=["Plot 12B, Admiralty Way", "Lekki Phase 1, Lagos"],
         street="Plot 12B, Admiralty Way, Lekki Phase 1", city="Lagos"),
    card("icons", "AR", True, T("opensans", pal="sky", label_mode="icons", mark="circle",
                                name_w="bold", co_size=28, body_size=21),
         P("Joaquín", "Etchegaray"), "Joaquín Etchegaray",
         v=1, co="Bodega Valle de Uco", title="Gerente Comercial", dept="Exportaciones",
         rows=[Ph("+54 261 555-4418"), Ph("+54 9 261 555-2093", typ="mobile"),
               Em("jetchegaray@bodegavalledeuco.com.ar"), Web("bodegavalledeuco.com.ar")],
         addr=["San Martín 1143, 4º piso, of. 12", "M5500GIF Mendoza, Argentina"],
         street="San Martín 1143, 4º piso, of. 12", city="Mendoza", postal="M5500GIF"),
    # ---------------------------------------------------------------- one line
    card("one-line", "FI", False, T("inter", pal="mist", mark="bars", name_w="bold",
                                    co_size=30, body_size=22),
         P("Juhani", "Mäkelä"), "Juhani Mäkelä",
         co="Saimaan Puutalo Oy", title="Toimitusjohtaja",
         rows=[[Ph("040 555 1873", "puh."), Em("juhani.makela@saimaanpuutalo.fi"),
                Web("saimaanpuutalo.fi")]],
         sep=" | ",
         addr=["Satamakatu 7 · PL 42 · 53100 Lappeenranta"],
         street="Satamakatu 7, PL 42", city="Lappeenranta", postal="53100"),
    card("one-line", "IE", False, T("biolinum", pal="purple", name_w="bold", co_size=28,
                                    body_size=21, mark="rings"),
         P("Aoife", "McGuinness-Doyle"), "Aoife McGuinness-Doyle",
         v=1, co="Liffey Data Labs", title="Head of Partnerships",
         rows=[[Ph("+353 1 672 4410", "T"), Ph("+353 86 555 0193", "M", "mobile"),
                Em("aoife@liffeydata.ie")]],
         sep=" • ",
         addr=["The Academy, 42 Pearse Street • Dublin 2 • D02 YX88"],
         street="The Academy, 42 Pearse Street", city="Dublin 2", postal="D02 YX88"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "PT", False, T("manrope", pal="teal", mark="leaf", name_w="bold",
                                         co_size=28, body_size=21),
         P("Rui", "Carvalho dos Santos", prefix="Eng.º"), "Eng.º Rui Carvalho dos Santos",
         v=1, co="Atlântico Renováveis, S.A.", title="Diretor Técnico",
         rows=[Ph("+351 226 155 340", "Tel."), Ph("+351 936 555 210", "Tlm.", "mobile"),
               Em("rcsantos@atlanticorenovaveis.pt")],
         addr=["Rua de Gonçalo Cristóvão, 347, Sala 204", "4000-270 Porto"],
         street="Rua de Gonçalo Cristóvão, 347, Sala 204", city="Porto", postal="4000-270"),
    card("right-aligned", "CA", False, T("robotoslab", "roboto", pal="ink", mark="square",
                                         name_w="bold", co_size=28, body_size=21),
         P("Douglas", "Whitcombe", middle="R.", suffix="III", cred="P.Eng."),
         "Douglas R. Whitcombe III, P.Eng.",
         co="Northline Structural Ltd.", title="Principal Structural Engineer",
         rows=[Ph("403-555-0126", "T"), Ph("403-555-0191", "C", "mobile"),
               Em("dwhitcombe@northlinestructural.ca"), Web("northlinestructural.ca")],
         addr=["Suite 1100, 635 8 Avenue SW", "Calgary, AB T2P 3M3"],
         street="Suite 1100, 635 8 Avenue SW", city="Calgary", region="AB", postal="T2P 3M3"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "KE", False, T("palladio", "opensans", pal="gold", co_size=28,
                                    name_size=40, body_size=21),
         P("Brian", "Kiprono", middle="K.", prefix="Eng."), "Eng. Brian K. Kiprono", mono="KA",
         co="Kiprono & Achieng Consulting Engineers", title="Managing Director",
         rows=[Ph("+254 20 271 4410", "T"), Ph("0733 555 902", "M", "mobile"),
               Em("bkiprono@kaengineers.co.ke"), Web("kaengineers.co.ke")],
         addr=["Upper Hill Chambers, 6th Floor, 2nd Ngong Avenue",
               "P.O. Box 52314 – 00200 Nairobi"],
         street="Upper Hill Chambers, 6th Floor, 2nd Ngong Avenue, P.O. Box 52314",
         city="Nairobi", postal="00200"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "ES", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=54, title_w="italic"),
         P("Lucía", "de la Fuente Ibarra"), "Lucía de la Fuente Ibarra",
         v=1, title="Traductora jurada de inglés",
         rows=[[Ph("+34 655 12 38 47")], [Em("lucia@delafuentetraducciones.es")]],
         addr=["Bilbao"], city="Bilbao"),
    # ---------------------------------------------------------------- dense
    card("dense", "US", False, T("roboto", pal="navy", label_mode="column", name_size=32,
                                 title_size=20, body_size=19, co_size=26, mark="bars"),
         P("Robert", "Castellano", middle="J.", suffix="Jr.", cred="CPA, CFE"),
         "Robert J. Castellano Jr., CPA, CFE",
         co="Castellano Brandt LLP", title="Managing Director",
         dept="Forensic Accounting & Litigation Support",
         rows=[Ph("(312) 555-0164", "D"), Ph("(312) 555-0100", "Main"),
               Ph("(312) 555-0165", "F", "fax"), Ph("(773) 555-0149", "M", "mobile"),
               Em("rcastellano@castellanobrandt.com", "E")],
         addr=["333 W. Wacker Drive, Suite 2700", "Chicago, IL 60606"],
         street="333 W. Wacker Drive, Suite 2700", city="Chicago", region="IL",
         postal="60606"),
    # ---------------------------------------------------------------- logo on the left
    card("logo-left", "IN", False, T("opensans", pal="purple", mark="rings", name_w="bold",
                                     name_size=38, co_size=30, body_size=21),
         P("Ananya", "Iyer-Malhotra", prefix="Ms."), "Ms. Ananya Iyer-Malhotra",
         co=["Sahyadri Textiles", "Pvt. Ltd."], company="Sahyadri Textiles Pvt. Ltd.",
         title="Vice President – Sales",
         rows=[Ph("+91 20 2553 4410", "T"), Ph("+91 98220 55318", "M", "mobile"),
               Em("ananya.im@sahyadritextiles.com"), Web("sahyadritextiles.com")],
         addr=["Office No. 7, 4th Floor, Pride Icon", "Baner Road, Pune – 411 045, Maharashtra"],
         street="Office No. 7, 4th Floor, Pride Icon, Baner Road", city="Pune", region="MH",
         postal="411 045"),
    # ---------------------------------------------------------------- QR block
    card("qr", "GB", False, T("karla", pal="ink", mark="hex", name_w="bold", name_size=40,
                              co_size=28, body_size=21),
         P("Hannah", "Okonjo-Bright"), "Hannah Okonjo-Bright",
         co="Northern Quarter Makers", title="Events & Partnerships Lead",
         rows=[Ph("0161 496 0735", "T"), Ph("07700 900 412", "M", "mobile"),
               Em("hannah@nqmakers.co.uk"), Li("linkedin.com/in/hannahokonjobright")],
         addr=["Unit 5, Hilton House, 26 Dale Street", "Manchester M1 1EZ"],
         qr_caption="Scan to connect",
         street="Unit 5, Hilton House, 26 Dale Street", city="Manchester", postal="M1 1EZ"),
    # ---------------------------------------------------------------- big thin name
    card("big-name", "AU", False, T("lato", pal="ink", name_w="light", name_size=90,
                                    title_size=26, body_size=21),
         P("Isla", "Fitzgerald"), ["Isla", "Fitzgerald"],
         co="Paperbark Creative", title="Senior Copywriter",
         rows=[Ph("0491 570 227", "M", "mobile"), Em("isla@paperbark.com.au"),
               Tw("@islawrites")],
         addr=["Level 3, 88 Gertrude Street", "Fitzroy VIC 3065"],
         street="Level 3, 88 Gertrude Street", city="Fitzroy", region="VIC", postal="3065"),
]

# Batch 6 (cards 258-297): a sixth author, 40 cards, 20 countries weighted towards the tool's
# most common users, and three layouts added above (side-name, footer, addr-top).
SPECS6: list[Card] = [
    # ---------------------------------------------------------------- side-name (new)
    card("side-name", "US", False, T("inter", pal="sky", mark="hex", name_w="bold",
                                     name_size=44, co_size=30, body_size=21),
         P("Katherine", "Alvarez-Whitfield", middle="M."), "Katherine M. Alvarez-Whitfield",
         co="Cobalt Ridge Health", title="Director of Talent Acquisition",
         dept="People Operations",
         rows=[Ph("(303) 555-0147 ext. 412", "O", ext="412"),
               Ph("(720) 555-0193", "M", "mobile"),
               Em("kalvarez-whitfield@cobaltridgehealth.org"), Web("cobaltridgehealth.org")],
         addr=["1600 Wynkoop Street, Suite 300", "Denver, CO 80202"],
         street="1600 Wynkoop Street, Suite 300", city="Denver", region="CO", postal="80202"),
    card("side-name", "DE", False, T("opensans", pal="teal", mark="bars", name_w="semibold",
                                     name_size=40, co_size=28, body_size=21),
         P("Friederike", "Brandt-Osterhagen", prefix="Dipl.-Ing."),
         ["Dipl.-Ing. Friederike", "Brandt-Osterhagen"],
         v=1, co="Osterhagen Ingenieure GmbH", title="Projektleiterin Tragwerksplanung",
         rows=[Ph("+49 89 5523 418-20", "T"), Ph("+49 160 5528 4471", "M", "mobile"),
               Em("f.brandt@osterhagen-ing.de"), Web("osterhagen-ing.de")],
         addr=["Landsberger Straße 302, 4. OG", "80687 München"],
         street="Landsberger Straße 302, 4. OG", city="München", postal="80687"),
    card("side-name", "AU", False, T("lato", pal="green", mark="leaf", name_w="bold",
                                     name_size=42, co_size=30, body_size=21),
         P("Priya", "Raghunathan", prefix="Dr", cred="BDS (Hons)"),
         "Dr Priya Raghunathan BDS (Hons)",
         co="Harbourside Dental Studio", title="General Dentist",
         rows=[Ph("(02) 5550 3184", "P"), Ph("(02) 5550 3185", "F", "fax"),
               Em("reception@harboursidedental.com.au"), Web("harboursidedental.com.au")],
         addr=["Shop 3, 1 Alfred Street", "Sydney NSW 2000"],
         street="Shop 3, 1 Alfred Street", city="Sydney", region="NSW", postal="2000"),
    card("side-name", "NL", False, T("libertine", "opensans", pal="burgundy", name_w="semibold",
                                     name_size=44, co_size=28, body_size=21, co_w="regular"),
         P("Femke", "Schouten", prefix="mr."), "mr. Femke Schouten",
         v=1, co="Schouten Kuipers Advocaten", title="Advocaat-partner",
         rows=[Ph("+31 10 555 4720", "T"), Ph("+31 6 4155 2093", "M", "mobile"),
               Em("schouten@schoutenkuipers.nl"), Web("schoutenkuipers.nl")],
         addr=["Postbus 21340", "3001 AH Rotterdam"],
         street="Postbus 21340", city="Rotterdam", postal="3001 AH"),
    # ---------------------------------------------------------------- footer (new)
    card("footer", "GB", False, T("robotoslab", "roboto", pal="navy", mark="square",
                                  name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Thomas", "Ashworth-Keane", middle="J.", cred="BSc MRICS"),
         "Thomas J. Ashworth-Keane BSc MRICS",
         co="Pennine Cross Surveyors", tag="CHARTERED SURVEYORS",
         title="Associate Director", dept="Building Consultancy",
         rows=[Ph("0113 496 0742", "T"), Ph("07700 900 583", "M", "mobile"),
               Em("tom.ashworth-keane@penninecross.co.uk"), Web("penninecross.co.uk")],
         addr=["2nd Floor, Wellington House", "36 Wellington Street", "Leeds LS1 2DE"],
         street="2nd Floor, Wellington House, 36 Wellington Street", city="Leeds",
         postal="LS1 2DE"),
    card("footer", "CA", False, T("manrope", pal="red", mark="diamond", name_w="bold",
                                  name_size=42, co_size=28, body_size=21),
         P("Amandeep", "Sidhu-Grewal"), "Amandeep Sidhu-Grewal",
         v=1, co="Maple Crest Mortgages Inc.", title="Mortgage Agent Level 2",
         rows=[[Ph("905-555-0138", "O"), Ph("647-555-0172", "C", "mobile"),
                Em("amandeep@maplecrestmortgages.ca")]],
         sep="  |  ",
         addr=["2 County Court Blvd, Suite 400, Brampton, ON L6W 3W8"],
         extra=["FSRA Lic. #M19004712"],
         street="2 County Court Blvd, Suite 400", city="Brampton", region="ON",
         postal="L6W 3W8"),
    card("footer", "ZA", True, T("opensans", pal="forest", mark="rings", name_w="bold",
                                 name_size=40, co_size=28, body_size=21),
         P("Lwazi", "Ndlovu", middle="S.", prefix="Adv."), "Adv. Lwazi S. Ndlovu",
         co="Karoo Mutual Assurance Ltd", title="Senior Legal Adviser", dept="Group Legal",
         rows=[Ph("+27 21 555 4820", "Tel"), Ph("+27 82 555 7314", "Cell", "mobile"),
               Em("lndlovu@karoomutual.co.za"), Web("karoomutual.co.za")],
         addr=["Karoo Mutual House", "12 Riebeek Street", "Cape Town, 8001", "South Africa"],
         street="Karoo Mutual House, 12 Riebeek Street", city="Cape Town", postal="8001"),
    card("footer", "IN", False, T("inter", pal="purple", mark="circle", name_w="bold",
                                  name_size=42, co_size=30, body_size=21),
         P("Sneha", "Kulkarni"), "Sneha Kulkarni",
         v=1, co="Tanmatra Software Pvt. Ltd.", title="Senior Talent Partner",
         rows=[[Ph("+91 80 4718 2250", "T"), Ph("+91 98455 21873", "M", "mobile")],
               [Em("sneha.k@tanmatra.in"), Web("tanmatra.in")]],
         sep="  |  ",
         addr=["4th Floor, Block B, Prestige Tech Park, Outer Ring Road",
               "Bengaluru – 560 103, Karnataka"],
         street="4th Floor, Block B, Prestige Tech Park, Outer Ring Road", city="Bengaluru",
         region="KA", postal="560 103"),
    # ---------------------------------------------------------------- addr-top (new)
    card("addr-top", "FR", False, T("palladio", "lato", pal="cream", name_w="regular",
                                    name_size=48, co_size=28, body_size=21, co_w="regular"),
         P("Anne-Laure", "Marchetti-Vidal"), "Anne-Laure Marchetti-Vidal",
         co="Ateliers Vidal & Fils", title="Directrice des ressources humaines",
         rows=[[Ph("+33 4 72 55 18 40", "Tél."), Ph("+33 6 12 55 84 21", "Port.", "mobile")],
               [Em("al.marchetti@ateliers-vidal.fr"), Web("ateliers-vidal.fr")]],
         sep="   ",
         addr=["27, quai Saint-Antoine", "69002 Lyon"],
         street="27, quai Saint-Antoine", city="Lyon", postal="69002"),
    card("addr-top", "US", False, T("century", "opensans", pal="ink", name_w="bold",
                                    name_size=44, co_size=28, body_size=21),
         P("Jonathan", "Reyes-Callahan", middle="P.", cred="Esq."),
         "Jonathan P. Reyes-Callahan, Esq.",
         v=1, co="Callahan Ostrowski LLP", title="Partner",
         rows=[[Ph("(215) 555-0186", "Direct"), Ph("(215) 555-0100", "Main")],
               [Ph("(215) 555-0101", "Fax", "fax"),
                Em("jreyescallahan@callahanostrowski.com")]],
         sep="   ",
         addr=["Two Penn Center, 1500 JFK Boulevard, Suite 1220", "Philadelphia, PA 19102"],
         street="Two Penn Center, 1500 JFK Boulevard, Suite 1220", city="Philadelphia",
         region="PA", postal="19102"),
    card("addr-top", "IE", False, T("karla", pal="teal", name_w="bold", name_size=44,
                                    co_size=28, body_size=21),
         P("Ciarán", "Ó Dónaill"), "Ciarán Ó Dónaill",
         co="Corrib Veterinary Hospital", title="Practice Manager",
         rows=[Ph("091 555 218", "T"), Ph("087 555 4120", "M", "mobile"),
               [Em("ciaran@corribvets.ie"), Web("corribvets.ie")]],
         sep=" · ",
         addr=["Unit 6, Ballybrit Business Park, Galway H91 X2T8"],
         street="Unit 6, Ballybrit Business Park", city="Galway", postal="H91 X2T8"),
    # ---------------------------------------------------------------- classic
    card("classic", "US", False, T("nimbussans", pal="sky", mark="arc", name_w="bold",
                                   name_size=42, co_size=28, body_size=21),
         P("Emily", "Nakamura-Brooks", cred="PT, DPT"), "Emily Nakamura-Brooks, PT, DPT",
         co="Summit Motion Physical Therapy", title="Physical Therapist",
         rows=[Ph("(206) 555-0129", "P"), Ph("(206) 555-0130", "F", "fax"),
               Em("emily@summitmotionpt.com"), Web("summitmotionpt.com")],
         addr=["1200 Fifth Avenue, Suite 1850", "Seattle, WA 98101"],
         street="1200 Fifth Avenue, Suite 1850", city="Seattle", region="WA", postal="98101"),
    card("classic", "PL", False, T("roboto", pal="red", mark="tri", name_w="bold",
                                   name_size=40, co_size=28, body_size=21),
         P("Agnieszka", "Kowalczyk-Zając"), "Agnieszka Kowalczyk-Zając",
         v=1, co="Wistula Logistyka Sp. z o.o.", title="Kierownik Działu Kadr",
         rows=[Ph("+48 22 555 48 10", "tel."), Ph("+48 601 555 872", "kom.", "mobile"),
               Em("a.kowalczyk@wistula.pl"), Web("wistula.pl")],
         addr=["ul. Grzybowska 87, lok. 12", "00-844 Warszawa"],
         street="ul. Grzybowska 87, lok. 12", city="Warszawa", postal="00-844"),
    # ---------------------------------------------------------------- centred
    card("centred", "IT", False, T("garamond", "lato", pal="gold", name_w="regular",
                                   name_size=50, co_size=30, body_size=21, mark="diamond"),
         P("Giulia", "Ferrante Rossi", prefix="Avv."), "Avv. Giulia Ferrante Rossi",
         co="Studio Legale Ferrante", title="Avvocato",
         rows=[[Ph("02 7600 4512", "Tel."), Ph("02 7600 4519", "Fax", "fax")],
               [Ph("335 555 8142", "Cell.", "mobile"), Em("g.ferrante@studiolegaleferrante.it")]],
         sep="   ",
         addr=["Corso di Porta Vittoria 18 · 20122 Milano"],
         street="Corso di Porta Vittoria 18", city="Milano", postal="20122"),
    # ---------------------------------------------------------------- two columns
    card("two-columns", "SG", True, T("inter", pal="red", mark="bars", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Wei Jie", "Lim"), "Lim Wei Jie",
         co="Straits Harbour Bank Ltd", title="Assistant Vice President",
         dept="Treasury & Markets",
         rows=[Ph("+65 6555 2184", "DID"), Ph("+65 9155 7302", "HP", "mobile"),
               Em("weijie.lim@straitsharbour.com.sg")],
         addr=["10 Marina Boulevard, #22-01", "Marina Bay Financial Centre Tower 2",
               "Singapore 018983"],
         street="10 Marina Boulevard, #22-01, Marina Bay Financial Centre Tower 2",
         city="Singapore", postal="018983"),
    card("two-columns", "BR", False, T("opensans", pal="green", mark="leaf", name_w="bold",
                                       name_size=38, co_size=28, body_size=21),
         P("Rafael", "de Oliveira Mattos"), "Rafael de Oliveira Mattos",
         v=1, co="Nordeste Agroindustrial S.A.", title="Gerente de Recursos Humanos",
         rows=[Ph("(81) 3555-4120", "Tel."), Ph("(81) 99555-2817", "Cel.", "mobile"),
               Em("rafael.mattos@nordesteagro.com.br"), Web("nordesteagro.com.br")],
         addr=["Av. Eng. Domingos Ferreira, 2160 – sala 1304",
               "Boa Viagem – Recife/PE – CEP 51111-020"],
         street="Av. Eng. Domingos Ferreira, 2160, sala 1304, Boa Viagem", city="Recife",
         region="PE", postal="51111-020"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "NZ", False, T("quicksand", "lato", pal="forest", mark="arc",
                                    name_w="bold", name_size=44, co_size=30, body_size=22),
         P("Aroha", "Tipene-Hall"), "Aroha Tipene-Hall",
         co="Whenua Tūpuna Tours", title="Operations Manager",
         rows=[Ph("+64 7 555 3190", "P"), Ph("021 555 4827", "M", "mobile"),
               Em("aroha@whenuatours.co.nz"), Web("whenuatours.co.nz")],
         addr=["1163 Fenton Street", "Rotorua 3010"],
         street="1163 Fenton Street", city="Rotorua", postal="3010"),
    # ---------------------------------------------------------------- dark
    card("dark", "ES", False, T("manrope", pal="navy", mark="hex", name_w="bold",
                                name_size=42, co_size=28, body_size=21),
         P("Javier", "Montoya Echeverría"), "Javier Montoya Echeverría",
         co="Ribera Logística, S.L.", title="Director de Operaciones",
         rows=[Ph("+34 963 55 41 20", "T"), Ph("+34 655 41 22 87", "M", "mobile"),
               Em("jmontoya@riberalogistica.es"), Web("riberalogistica.es")],
         addr=["Av. de Aragón, 30, 8.º, pta. 15", "46021 Valencia"],
         street="Av. de Aragón, 30, 8.º, pta. 15", city="Valencia", postal="46021"),
    card("dark", "JP", True, T("nimbussans", pal="charcoal", mark="circle", name_w="bold",
                               name_size=40, co_size=28, body_size=20),
         P("Haruka", "Yamamoto"), "Haruka YAMAMOTO",
         v=2, co="Kisaragi Electronics Co., Ltd.", title="Manager, Global Recruitment",
         dept="Human Resources Division",
         rows=[Ph("+81-3-5555-2418", "TEL"), Ph("+81-3-5555-2419", "FAX", "fax"),
               Ph("+81-90-5555-7341", "MOBILE", "mobile"), Em("h.yamamoto@kisaragi-elec.co.jp")],
         addr=["Kaigan Daiichi Bldg. 21F", "1-9-2 Higashi-Shimbashi, Minato-ku",
               "Tokyo 105-0021, Japan"],
         street="Kaigan Daiichi Bldg. 21F, 1-9-2 Higashi-Shimbashi, Minato-ku", city="Tokyo",
         postal="105-0021"),
    # ---------------------------------------------------------------- band
    card("band", "MX", True, T("roboto", pal="orange", mark="tri", name_w="bold",
                               name_size=38, co_size=28, body_size=21),
         P("Ximena", "Garza Villarreal", prefix="Lic."), "Lic. Ximena Garza Villarreal",
         co="Grupo Acerero del Norte", title="Gerente de Talento Humano",
         rows=[Ph("81 8355 2410", "Tel."), Ph("81 1555 9027", "Cel.", "mobile"),
               Em("xgarza@acereronorte.com.mx"), Web("acereronorte.com.mx")],
         addr=["Av. Constitución 405 Pte., Piso 9, Col. Centro",
               "64000 Monterrey, N.L., México"],
         street="Av. Constitución 405 Pte., Piso 9, Col. Centro", city="Monterrey",
         region="NLE", postal="64000"),
    card("band", "US", False, T("spartan", "opensans", pal="ink", mark="tri", name_w="bold",
                                name_size=40, co_size=30, body_size=21),
         P("Derek", "Thibodeaux"), "Derek Thibodeaux",
         v=2, co="Bayou State Roofing LLC", title="Owner",
         rows=[[Ph("(337) 555-0154", "Office"), Ph("(337) 555-0187", "Cell", "mobile")],
               [Em("derek@bayoustateroofing.com")], [Web("bayoustateroofing.com")]],
         sep="   ",
         addr=["PO Box 81214, Lafayette, LA 70598"],
         street="PO Box 81214", city="Lafayette", region="LA", postal="70598"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "NG", True, T("palladio", "opensans", pal="teal", co_size=28,
                                   name_size=38, body_size=21),
         P("Ifeoma", "Chukwuemeka", middle="N.", prefix="Dr.", cred="FWACP"),
         "Dr. Ifeoma N. Chukwuemeka, FWACP", mono="MSH",
         v=1, co="Maitama Specialist Hospital", title="Consultant Physician",
         rows=[[Ph("+234 209 555 4120", "T"), Ph("0803 555 7261", "M", "mobile")],
               [Em("i.chukwuemeka@maitamaspecialist.com.ng")]],
         sep="   ",
         addr=["Plot 1187, Aguiyi Ironsi Street, Maitama, Abuja, Nigeria"],
         street="Plot 1187, Aguiyi Ironsi Street, Maitama", city="Abuja"),
    # ---------------------------------------------------------------- company on top
    card("company-top", "PH", True, T("lato", pal="navy", mark="rings", co_size=32,
                                      name_size=36, body_size=21),
         P("Jose Miguel", "Santiago", middle="R.", suffix="III", cred="CPA"),
         "Jose Miguel R. Santiago III, CPA",
         co="Reyes Tan Quiambao & Co.", title="Senior Audit Manager",
         rows=[[Ph("+63 2 8555 4120 loc. 218", "T", ext="218"),
                Ph("+63 917 555 3842", "M", "mobile")],
               [Em("jmsantiago@rtqco.com.ph"), Web("rtqco.com.ph")]],
         sep="   ",
         addr=["19/F Legazpi Pointe Tower, 134 V.A. Rufino Street",
               "Makati City 1226, Philippines"],
         street="19/F Legazpi Pointe Tower, 134 V.A. Rufino Street", city="Makati City",
         postal="1226"),
    card("company-top", "GB", False, T("biolinum", pal="purple", mark="leaf", co_size=32,
                                       name_size=36, body_size=21),
         P("Harriet", "Pemberton-Lowe"), "Harriet Pemberton-Lowe",
         v=1, co="Ashgrove Housing Association", title="Head of Talent",
         rows=[[Ph("029 2018 0457", "T"), Ph("07700 900 736", "M", "mobile")],
               [Em("harriet.pembertonlowe@ashgrovehousing.org.uk")]],
         sep="   ",
         addr=["Tŷ Derwen, 4 Columbus Walk · Cardiff CF10 4SD"],
         street="Tŷ Derwen, 4 Columbus Walk", city="Cardiff", postal="CF10 4SD"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "AU", False, T("gothic", "lato", pal="mist", name_w="regular",
                                   name_size=52),
         P("Declan", "Fitzpatrick"), "Declan Fitzpatrick",
         title="Freelance Video Editor",
         rows=[[Ph("0491 570 384")], [Em("declan@fitzcuts.com.au")], [Web("fitzcuts.com.au")]],
         addr=["Brisbane QLD"], city="Brisbane", region="QLD"),
    # ---------------------------------------------------------------- labels
    card("labels", "IN", False, T("opensans", pal="orange", label_mode="column", mark="hex",
                                  name_w="bold", co_size=28, body_size=21),
         P("Arjun", "Mehta", middle="S."), "Arjun S. Mehta",
         co="Kaveri Pharma Ltd.", title="Head – Talent Acquisition",
         rows=[Ph("+91 22 6655 4120", "Tel"), Ph("+91 98200 55731", "Mob", "mobile"),
               Ph("+91 22 6655 4199", "Fax", "fax"), Em("arjun.mehta@kaveripharma.co.in", "Email"),
               Web("kaveripharma.co.in", "Web")],
         addr=["Kaveri House, 5th Floor, Plot C-59, G Block",
               "Bandra Kurla Complex, Bandra (E)", "Mumbai 400 051"],
         street="Kaveri House, 5th Floor, Plot C-59, G Block, Bandra Kurla Complex, Bandra (E)",
         city="Mumbai", postal="400 051"),
    card("labels", "IE", False, T("cabin", pal="green", name_w="bold", co_size=28,
                                  body_size=21, mark="circle"),
         P("Róisín", "Mac Giolla Bhríde"), "Róisín Mac Giolla Bhríde",
         v=1, co="Lagan & Lee Recruitment", title="Senior Recruitment Consultant",
         rows=[Ph("021 455 3190", "T"), Ph("086 555 2716", "M", "mobile"),
               Em("roisin@laganlee.ie", "E"), Web("laganlee.ie", "W")],
         addr=["Merchant's Wharf, Unit 2.04, Albert Quay", "Cork T12 K7P2"],
         street="Merchant's Wharf, Unit 2.04, Albert Quay", city="Cork", postal="T12 K7P2"),
    # ---------------------------------------------------------------- icons
    card("icons", "ZA", False, T("roboto", pal="gold", label_mode="icons", mark="bars",
                                 name_w="bold", co_size=26, body_size=21),
         P("Pieter", "Janse van Rensburg"), "Pieter Janse van Rensburg",
         co="Boland Agri Supplies (Pty) Ltd", title="Regional Sales Manager",
         dept="Agricultural Division",
         rows=[Ph("021 872 5540"), Ph("083 555 6127", typ="mobile"),
               Em("pieter.jvr@bolandagri.co.za"), Web("bolandagri.co.za")],
         addr=["14 Lady Grey Street", "Paarl, 7646"],
         street="14 Lady Grey Street", city="Paarl", postal="7646"),
    card("icons", "PH", False, T("manrope", pal="sky", label_mode="icons", mark="circle",
                                 name_w="bold", co_size=26, body_size=21),
         P("Ma. Angelica", "Dimaculangan", middle="L.", cred="RN"),
         "Ma. Angelica L. Dimaculangan, RN",
         co="Visayas Medical Staffing Inc.", title="Nurse Recruitment Officer",
         rows=[Ph("(032) 255 4180"), Ph("0917 555 2846", typ="mobile"),
               Em("angelica.dimaculangan@visayasmedstaff.ph"), Web("visayasmedstaff.ph")],
         addr=["Unit 1204, Cebu Exchange Tower", "Salinas Drive, Lahug, Cebu City 6000"],
         street="Unit 1204, Cebu Exchange Tower, Salinas Drive, Lahug", city="Cebu City",
         postal="6000"),
    # ---------------------------------------------------------------- one line
    card("one-line", "FR", False, T("inter", pal="burgundy", mark="square", name_w="semibold",
                                    co_size=28, body_size=21),
         P("Étienne", "Rousseau-Delmas"), "Étienne Rousseau-Delmas",
         co="Cabinet Delmas Conseil", title="Consultant senior",
         rows=[[Ph("01 42 55 71 30", "T."), Ph("06 55 18 42 97", "M.", "mobile"),
                Em("e.rousseau@delmas-conseil.fr")]],
         sep=" · ",
         addr=["18, rue de la Chaussée-d'Antin · 75009 Paris"],
         street="18, rue de la Chaussée-d'Antin", city="Paris", postal="75009"),
    card("one-line", "CA", False, T("lato", pal="teal", mark="arc", name_w="bold",
                                    co_size=28, body_size=21),
         P("Meiling", "Chow", cred="CPA, CA"), "Meiling Chow, CPA, CA",
         v=1, co="Burrard Inlet Advisory LLP", title="Tax Manager",
         rows=[[Ph("604-555-0121 ext. 305", "T", ext="305"), Em("mchow@burrardinlet.ca")]],
         sep=" | ",
         addr=["1055 West Georgia Street, Suite 2400 | Vancouver, BC V6E 3P3"],
         street="1055 West Georgia Street, Suite 2400", city="Vancouver", region="BC",
         postal="V6E 3P3"),
    # ---------------------------------------------------------------- dense
    card("dense", "DE", False, T("carlito", pal="ink", label_mode="column", name_size=32,
                                 title_size=20, body_size=19, co_size=26, mark="circle"),
         P("Klaus-Peter", "Hinrichsen", prefix="Prof. Dr. med."),
         "Prof. Dr. med. Klaus-Peter Hinrichsen",
         co="Klinikum Elbmarsch", title="Chefarzt",
         dept="Klinik für Kardiologie und Angiologie",
         rows=[Ph("+49 4141 555-2210", "Sekretariat"), Ph("+49 4141 555-2219", "Fax", "fax"),
               Em("k.hinrichsen@klinikum-elbmarsch.de", "E-Mail"),
               Web("klinikum-elbmarsch.de", "Web")],
         addr=["Bremervörder Straße 111", "21682 Stade"],
         street="Bremervörder Straße 111", city="Stade", postal="21682"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "NL", False, T("inter", pal="orange", mark="square", name_w="bold",
                                         co_size=28, body_size=21),
         P("Joost", "Verhoeven", prefix="ing."), "ing. Joost Verhoeven",
         v=1, co="Brabantse Bouwcombinatie B.V.", title="Projectmanager Infra",
         rows=[Ph("+31 40 555 2184", "T"), Ph("06 1555 8720", "M", "mobile"),
               Em("j.verhoeven@brabantbouw.nl"), Web("brabantbouw.nl")],
         addr=["Kennedyplein 210", "5611 ZT Eindhoven"],
         street="Kennedyplein 210", city="Eindhoven", postal="5611 ZT"),
    # ---------------------------------------------------------------- logo on the left
    card("logo-left", "US", False, T("opensans", pal="gold", mark="diamond", name_w="bold",
                                     name_size=38, co_size=28, body_size=21),
         P("Rebecca", "Lindqvist", middle="A.", cred="SHRM-SCP"),
         "Rebecca A. Lindqvist, SHRM-SCP",
         co=["Tallgrass", "Mutual Insurance"], company="Tallgrass Mutual Insurance",
         title="VP, People & Culture",
         rows=[Ph("(913) 555-0162", "Direct"), Ph("(913) 555-0100", "Main"),
               Em("rlindqvist@tallgrassmutual.com"), Web("tallgrassmutual.com")],
         addr=["7500 College Boulevard, Floor 6", "Overland Park, KS 66210"],
         street="7500 College Boulevard, Floor 6", city="Overland Park", region="KS",
         postal="66210"),
    # ---------------------------------------------------------------- QR block
    card("qr", "GB", True, T("inter", pal="ink", mark="bars", name_w="bold", name_size=40,
                             co_size=28, body_size=21),
         P("Oliver", "Brennan-Shaw"), "Oliver Brennan-Shaw",
         v=1, co="Quayside Fintech Ltd", title="Software Engineering Manager",
         rows=[Ph("+44 (0)117 496 0813", "T"), Ph("+44 (0)7700 900 274", "M", "mobile"),
               Em("oliver@quaysidefintech.co.uk"), Li("linkedin.com/in/oliverbrennanshaw")],
         addr=["Unit 12, Harbourside Works, Gas Ferry Road", "Bristol BS1 6UN",
               "United Kingdom"],
         qr_caption="Add me to your contacts",
         street="Unit 12, Harbourside Works, Gas Ferry Road", city="Bristol",
         postal="BS1 6UN"),
    # ---------------------------------------------------------------- big thin name
    card("big-name", "CA", False, T("lato", pal="ink", name_w="light", name_size=84,
                                    title_size=24, body_size=21),
         P("Geneviève", "Bouchard-Tremblay"), ["Geneviève", "Bouchard-Tremblay"],
         co="Groupe Laurentides Technologies inc.",
         title="Conseillère principale, acquisition de talents",
         rows=[Ph("514 555-0147, poste 3320", "Tél.", ext="3320"),
               Ph("514 555-0193", "Cell.", "mobile"),
               Em("gbouchard@laurentidestech.qc.ca")],
         addr=["1100, boulevard René-Lévesque Ouest", "bureau 2100",
               "Montréal (Québec) H3B 4N4"],
         street="1100, boulevard René-Lévesque Ouest, bureau 2100", city="Montréal",
         region="QC", postal="H3B 4N4"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "SG", True, T("manrope", pal="mist", name_caps=True, name_track=8,
                                 name_w="regular", name_size=38, title_size=23, co_size=28,
                                 body_size=20),
         P("Kavitha", "Ramasamy"), "Kavitha Ramasamy",
         co="Atelier Kallang Pte. Ltd.", title="Principal Interior Designer",
         rows=[[Ph("+65 6555 8312", "T"), Ph("+65 8555 2047", "M", "mobile")],
               [Em("kavitha@atelierkallang.sg"), Web("atelierkallang.sg")]],
         sep="   ",
         addr=["71 Ayer Rajah Crescent, #05-18 · Singapore 139951"],
         street="71 Ayer Rajah Crescent, #05-18", city="Singapore", postal="139951"),
    # ---------------------------------------------------------------- logo area
    card("logo-area", "IN", False, T("gothic", "opensans", pal="sky", mark="arc",
                                     co_size=42, name_size=38, body_size=21),
         P("Rahul", "Bhattacharya", prefix="Dr.", cred="MBBS, MD"),
         "Dr. Rahul Bhattacharya, MBBS, MD",
         v=1, co="Hooghly Care Hospitals", tag="MULTISPECIALITY CARE",
         title="Senior Consultant – Pulmonology",
         rows=[Ph("033 4055 2180", "T"), Ph("+91 98310 55427", "M", "mobile"),
               Em("rahul.b@hooghlycare.in")],
         addr=["DD-18, Sector 1, Salt Lake City", "Kolkata 700 064, West Bengal"],
         street="DD-18, Sector 1, Salt Lake City", city="Kolkata", region="WB",
         postal="700 064"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "NG", False, T("roboto", pal="green", mark="hex", name_w="bold",
                                  name_size=38, co_size=26, body_size=21),
         P("Babatunde", "Bakare", middle="A.", cred="ANIVS, RSV"),
         "Babatunde A. Bakare, ANIVS, RSV",
         co="Bakare & Co. Estate Surveyors", title="Principal Partner",
         rows=[Ph("+234 802 555 3418", "Mobile", "mobile"), Ph("0201 455 2870", "Office"),
               Em("tunde@bakareandco.com.ng"), Web("bakareandco.com.ng")],
         addr=["Suite 14, Ikota Shopping Complex", "VGC, Lekki, Lagos"],
         street="Suite 14, Ikota Shopping Complex, VGC, Lekki", city="Lagos"),
    # ---------------------------------------------------------------- grid
    card("grid", "MX", False, T("opensans", pal="red", mark="square", name_w="bold",
                                name_size=36, co_size=26, body_size=21),
         P("Carlos Eduardo", "Ramírez Ochoa", prefix="Ing."),
         "Ing. Carlos Eduardo Ramírez Ochoa",
         co="Manufacturas Bajío S.A. de C.V.", title="Gerente de Planta",
         rows=[[Ph("442 555 2816", "TEL.")], [Ph("442 155 4930", "CEL.", "mobile")],
               [Em("cramirez@mfbajio.com.mx", "CORREO")]],
         addr=["Av. de la Luz 24, Parque Industrial Benito Juárez",
               "76120 Santiago de Querétaro, Qro."], addr_label="PLANTA",
         street="Av. de la Luz 24, Parque Industrial Benito Juárez",
         city="Santiago de Querétaro", region="QUE", postal="76120"),
]

SPECS7: list[Card] = [
    # ---------------------------------------------------------------- strip-name (new)
    card("strip-name", "US", False, T("inter", pal="navy", mark="circle", name_w="bold",
                                      name_size=44, co_size=28, body_size=21),
         P("Robert", "Castellano", middle="J.", suffix="Jr."), 'Robert J. "Bobby" Castellano Jr.',
         co="Castellano Brothers Roofing", title="Estimator & Project Lead",
         rows=[Ph("(412) 555-0163", "O"), Ph("(412) 555-0178", "C", "mobile"),
               Em("bobby@castellanoroofing.com"), Web("castellanoroofing.com")],
         addr=["2210 Banksville Road", "Pittsburgh, PA 15216"],
         street="2210 Banksville Road", city="Pittsburgh", region="PA", postal="15216"),
    card("strip-name", "IN", True, T("opensans", pal="orange", mark="leaf", name_w="bold",
                                     name_size=40, co_size=28, body_size=21),
         P("Venkata", "Subramanian", middle="Ramana", cred="CA"),
         "Venkata Ramana Subramanian, CA",
         v=1, co="Subramanian & Iyer Associates", title="Partner – Audit & Assurance",
         rows=[Ph("+91 44 4211 5520", "Tel"), Ph("+91 98410 55732", "Mob", "mobile"),
               Em("vr.subramanian@siassociates.co.in"), Web("siassociates.co.in")],
         addr=["Old No. 14, New No. 27, 3rd Floor", "Greams Road, Thousand Lights",
               "Chennai 600 006, Tamil Nadu, India"],
         street="Old No. 14, New No. 27, 3rd Floor, Greams Road, Thousand Lights",
         city="Chennai", region="TN", postal="600 006"),
    card("strip-name", "SE", False, T("manrope", pal="teal", mark="bars", name_w="semibold",
                                      name_size=44, co_size=28, body_size=21),
         P("Karin", "Lindqvist Ahlberg"), "Karin Lindqvist Ahlberg",
         co="Norrsken Rekrytering AB", title="Rekryteringskonsult", dept="Teknik & IT",
         rows=[Ph("+46 8 555 214 60", "Tel"), Ph("+46 70 555 38 14", "Mobil", "mobile"),
               Em("karin.lindqvist@norrskenrekrytering.se")],
         addr=["Sveavägen 44, 6 tr", "111 34 Stockholm"],
         street="Sveavägen 44, 6 tr", city="Stockholm", postal="111 34"),
    card("strip-name", "AU", False, T("lato", pal="forest", mark="tri", name_w="bold",
                                      name_size=42, co_size=28, body_size=21),
         P("Siobhan", "Fitzgerald-Nguyen"), "Siobhan Fitzgerald-Nguyen",
         v=1, co="Coastline Property Group", title="Senior Property Manager",
         rows=[Ph("(07) 5550 6218", "P"), Ph("0491 570 227", "M", "mobile"),
               Em("siobhan@coastlineproperty.com.au"), Web("coastlineproperty.com.au")],
         addr=["Level 2, 40 Cavill Avenue", "Surfers Paradise QLD 4217"],
         street="Level 2, 40 Cavill Avenue", city="Surfers Paradise", region="QLD",
         postal="4217"),
    # ---------------------------------------------------------------- qr-left (new)
    card("qr-left", "GB", False, T("roboto", pal="ink", mark="square", name_w="bold",
                                   name_size=40, co_size=26, body_size=21),
         P("Olamide", "Adeyemi-Clarke"), "Olamide Adeyemi-Clarke",
         co="Harrowgate Talent Partners", title="Principal Consultant – Finance",
         qr_caption="Scan to save",
         rows=[Ph("0161 496 0825", "T"), Ph("07700 900 416", "M", "mobile"),
               Em("olamide@harrowgatetalent.co.uk"), Li("linkedin.com/in/olamide-adeyemi-clarke")],
         addr=["Suite 5, 3 Hardman Street", "Manchester M3 3HF"],
         street="Suite 5, 3 Hardman Street", city="Manchester", postal="M3 3HF"),
    card("qr-left", "SG", True, T("inter", pal="sky", mark="hex", name_w="bold",
                                  name_size=40, co_size=26, body_size=21),
         P("Marcus", "Tan", middle="Wei Ming"), "Marcus Tan Wei Ming",
         co="Straits Harbour Logistics Pte Ltd", title="Regional Manager, Southeast Asia",
         rows=[Ph("+65 6555 2180", "DID"), Ph("+65 9555 4127", "HP", "mobile"),
               Em("marcus.tan@straitsharbour.com.sg")],
         addr=["1 Harbourfront Avenue, #14-07", "Keppel Bay Tower", "Singapore 098632"],
         street="1 Harbourfront Avenue, #14-07, Keppel Bay Tower", city="Singapore",
         postal="098632"),
    card("qr-left", "CA", False, T("manrope", pal="red", mark="diamond", name_w="bold",
                                   name_size=40, co_size=26, body_size=21),
         P("Geneviève", "Lachance-Roy"), "Geneviève Lachance-Roy",
         co="Groupe Conseil Boréal", title="Conseillère en recrutement",
         qr_caption="Balayez pour mes coordonnées",
         rows=[Ph("418 555-0126, poste 214", "Tél.", ext="214"),
               Ph("418 555-0189", "Cell.", "mobile"), Em("glachance@groupeboreal.qc.ca")],
         addr=["825, boulevard Lebourgneuf, bureau 310", "Québec (Québec) G2J 0B9"],
         street="825, boulevard Lebourgneuf, bureau 310", city="Québec", region="QC",
         postal="G2J 0B9"),
    card("qr-left", "MY", True, T("opensans", pal="purple", mark="circle", name_w="bold",
                                  name_size=40, co_size=26, body_size=21),
         P("Nurul Aisyah", "Binti Rahman"), "Nurul Aisyah Binti Rahman",
         co="Permata Digital Sdn. Bhd.", title="Head of Human Resources",
         rows=[Ph("+60 3-2715 8140", "T"), Ph("+60 12-555 7316", "M", "mobile"),
               Em("aisyah.rahman@permatadigital.com.my"), Web("permatadigital.com.my")],
         addr=["Level 23, Menara Binjai, 2 Jalan Binjai", "50450 Kuala Lumpur, Malaysia"],
         street="Level 23, Menara Binjai, 2 Jalan Binjai", city="Kuala Lumpur",
         postal="50450"),
    # ---------------------------------------------------------------- boxed (new)
    card("boxed", "US", False, T("lato", pal="green", mark="leaf", name_w="bold",
                                 name_size=42, co_size=28, body_size=21),
         P("Margaret", "O'Sullivan-Price", middle="A.", prefix="Dr.", cred="DVM"),
         "Dr. Margaret A. O'Sullivan-Price, DVM",
         co="Prairie Wind Animal Hospital", title="Medical Director",
         rows=[Ph("(316) 555-0142", "Main"), Ph("(316) 555-0143", "Fax", "fax"),
               Em("drprice@prairiewindvet.com")],
         addr=["PO Box 780", "Wichita, KS 67201"],
         street="PO Box 780", city="Wichita", region="KS", postal="67201"),
    card("boxed", "ZA", True, T("roboto", pal="gold", mark="rings", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Thandeka", "Mokoena"), "Thandeka Mokoena",
         v=1, co="Highveld Engineering Recruiters", title="Talent Sourcing Specialist",
         rows=[Ph("+27 11 555 3092", "Tel"), Ph("+27 72 555 6418", "Cell", "mobile"),
               Em("thandeka@highveldrecruit.co.za"), Web("highveldrecruit.co.za")],
         addr=["Unit 12, Waterfall Corporate Campus", "74 Waterfall Drive, Midrand, 1685",
               "South Africa"],
         street="Unit 12, Waterfall Corporate Campus, 74 Waterfall Drive",
         city="Midrand", postal="1685"),
    card("boxed", "DE", False, T("nimbussans", pal="charcoal", mark="square", name_w="bold",
                                 name_size=40, co_size=28, body_size=21),
         P("Hans-Jürgen", "von Hohenberg", prefix="Dr. rer. nat."),
         "Dr. rer. nat. Hans-Jürgen von Hohenberg",
         co="Kaltenbach Analytik GmbH", title="Leiter Qualitätssicherung",
         rows=[Ph("+49 30 5551 2380-14", "Tel."), Ph("+49 30 5551 2380-99", "Fax", "fax"),
               Ph("+49 171 555 8824", "Mobil", "mobile"), Em("hohenberg@kaltenbach-analytik.de")],
         addr=["Gebäude C, 3. OG", "Rudower Chaussee 29", "12489 Berlin"],
         street="Gebäude C, 3. OG, Rudower Chaussee 29", city="Berlin", postal="12489"),
    card("boxed", "PH", True, T("inter", pal="sky", mark="arc", name_w="bold",
                                name_size=40, co_size=26, body_size=21),
         P("Maria Theresa", "Villanueva-Cruz", cred="CPA"), "Maria Theresa Villanueva-Cruz, CPA",
         v=1, co="Bayanihan BPO Solutions, Inc.", title="Recruitment Team Lead",
         rows=[Ph("+63 2 8555 7340 loc. 112", "Tel", ext="112"),
               Ph("+63 917 555 2846", "Mobile", "mobile"), Em("mtvcruz@bayanihanbpo.com.ph")],
         addr=["12/F Cyber One Building, 11 Eastwood Avenue", "Bagumbayan, Quezon City 1110",
               "Philippines"],
         street="12/F Cyber One Building, 11 Eastwood Avenue, Bagumbayan", city="Quezon City",
         postal="1110"),
    # ---------------------------------------------------------------- existing layouts
    card("classic", "US", False, T("century", "opensans", pal="ink", mark="circle",
                                   name_w="bold", name_size=44, co_size=28, body_size=21),
         P("William", "Harrington", middle="T.", suffix="III", cred="CFP"),
         "William T. Harrington III, CFP®",
         co="Harrington Wealth Advisors", title="Senior Wealth Advisor",
         rows=[Ph("(615) 555-0137 x 204", "T", ext="204"), Ph("(615) 555-0190", "M", "mobile"),
               Em("wharrington@harringtonwealth.com")],
         addr=["Two Commerce Place, Suite 1850", "Nashville, TN 37219"],
         street="Two Commerce Place, Suite 1850", city="Nashville", region="TN",
         postal="37219"),
    card("classic", "IE", False, T("libertine", "opensans", pal="green", name_w="semibold",
                                   name_size=44, co_size=28, body_size=21, co_w="regular"),
         P("Aoife", "Ní Mhurchú"), "Aoife Ní Mhurchú",
         v=1, co="Corrib Software Ltd", title="Engineering Manager",
         rows=[Ph("+353 91 555 204", "T"), Ph("087 555 3197", "M", "mobile"),
               Em("aoife.nimhurchu@corribsoftware.ie")],
         addr=["Unit 3, Galway Technology Park", "Parkmore, Galway H91 P2DK"],
         street="Unit 3, Galway Technology Park, Parkmore", city="Galway", postal="H91 P2DK"),
    card("centred", "GB", True, T("garamond", "lato", pal="cream", name_w="regular",
                                  name_size=46, co_size=28, body_size=21, co_w="regular"),
         P("Eleanor", "Fairbairn", middle="Rose"), "Eleanor Rose Fairbairn",
         co="Fairbairn & Lowther", tag="SOLICITORS", title="Partner – Private Client",
         rows=[[Ph("0131 496 0218", "T"), Ph("0131 496 0219", "F", "fax")],
               [Em("eleanor.fairbairn@fairbairnlowther.co.uk")]],
         addr=["14 Albyn Place, Edinburgh EH2 4NG, United Kingdom"],
         street="14 Albyn Place", city="Edinburgh", postal="EH2 4NG"),
    card("two-columns", "NG", False, T("opensans", pal="forest", mark="hex", name_w="bold",
                                       name_size=40, co_size=28, body_size=21),
         P("Chukwudi", "Okonkwo-Eze", middle="E."), 'Chukwudi E. (Chudi) Okonkwo-Eze',
         co="Lagoon Fintech Ltd", title="Head, Talent Acquisition",
         rows=[Ph("+234 201 555 2074", "T"), Ph("+234 803 555 6182", "M", "mobile"),
               Em("chudi.okonkwo-eze@lagoonfintech.com.ng"), Web("lagoonfintech.com.ng")],
         addr=["Plot 1402B, Adeola Hopewell Street", "Victoria Island, Lagos"],
         street="Plot 1402B, Adeola Hopewell Street, Victoria Island", city="Lagos"),
    card("two-columns", "AE", True, T("manrope", pal="gold", mark="diamond", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Omar", "Al Mansoori", middle="Khalid"), "Omar Khalid Al Mansoori",
         co="Falcon Gate Properties LLC", title="Leasing Director",
         rows=[Ph("+971 4 555 7120", "T"), Ph("+971 50 555 4381", "M", "mobile"),
               Em("omar.almansoori@falcongate.ae")],
         addr=["Office 1204, Level 12, Boulevard Plaza Tower 1", "PO Box 117420",
               "Downtown Dubai, UAE"],
         street="Office 1204, Level 12, Boulevard Plaza Tower 1, PO Box 117420, Downtown Dubai",
         city="Dubai"),
    card("vertical", "CA", False, T("lato", pal="teal", mark="leaf", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Devinder", "Singh Bains"), "Devinder Singh Bains",
         co="Fraser Valley Logistics Ltd.", title="Dispatch Supervisor",
         rows=[Ph("604-555-0115 ext. 22", "T", ext="22"), Ph("778-555-0164", "C", "mobile"),
               Em("dbains@fvlogistics.ca")],
         addr=["31250 Wheel Avenue, Unit 4", "Abbotsford, BC V2T 6H1"],
         street="31250 Wheel Avenue, Unit 4", city="Abbotsford", region="BC", postal="V2T 6H1"),
    card("dark", "HK", True, T("inter", pal="black", mark="square", name_w="bold",
                               name_size=40, co_size=28, body_size=21),
         P("Alan", "Leung", middle="Kwok Wing", cred="CPA"), "Alan LEUNG Kwok Wing, CPA",
         co="Victoria Peak Capital Limited", title="Vice President, Finance",
         rows=[Ph("+852 2555 3184", "T"), Ph("+852 9555 6207", "M", "mobile"),
               Em("alan.leung@vpcapital.com.hk")],
         addr=["Room 2105, 21/F, Nexxus Building", "41 Connaught Road Central",
               "Central, Hong Kong"],
         street="Room 2105, 21/F, Nexxus Building, 41 Connaught Road Central, Central",
         city="Hong Kong"),
    card("band", "US", False, T("roboto", pal="orange", mark="tri", name_w="bold",
                                name_size=42, co_size=28, body_size=21),
         P("LaToya", "Washington-Reed", middle="D."), "LaToya D. Washington-Reed",
         co="Peachtree Staffing Group", title="Branch Manager",
         rows=[Ph("(404) 555-0129", "Office"), Ph("(404) 555-0182", "Cell", "mobile"),
               Em("lwashington@peachtreestaffing.com"), Web("peachtreestaffing.com")],
         addr=["3344 Peachtree Road NE, Suite 800", "Atlanta, GA 30326"],
         street="3344 Peachtree Road NE, Suite 800", city="Atlanta", region="GA",
         postal="30326"),
    card("band", "CH", False, T("opensans", pal="red", mark="square", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Lukas", "Meier-Schneebeli", prefix="lic. iur."), "lic. iur. Lukas Meier-Schneebeli",
         v=1, co="Schneebeli Treuhand AG", title="Mandatsleiter",
         rows=[Ph("+41 44 555 21 40", "T"), Ph("+41 79 555 38 12", "M", "mobile"),
               Em("l.meier@schneebeli-treuhand.ch"), Web("schneebeli-treuhand.ch")],
         addr=["Bahnhofstrasse 58, Postfach", "8001 Zürich"],
         street="Bahnhofstrasse 58, Postfach", city="Zürich", postal="8001"),
    card("monogram", "IN", False, T("palladio", "opensans", pal="burgundy", co_size=28,
                                    name_size=40, body_size=21),
         P("Ananya", "Sen Gupta", prefix="Dr.", cred="MBBS, DNB"),
         "Dr. Ananya Sen Gupta, MBBS, DNB", mono="SC",
         co="Sanjeevani Clinics", title="Consultant Dermatologist",
         rows=[Ph("+91 22 2655 4180", "Tel"), Ph("+91 98201 55374", "Mob", "mobile"),
               Em("dr.ananya@sanjeevaniclinics.in")],
         addr=["Shop No. 5, Sea Breeze Apartments, 14th Road", "Khar (W), Mumbai 400 052"],
         street="Shop No. 5, Sea Breeze Apartments, 14th Road, Khar (W)", city="Mumbai",
         postal="400 052"),
    card("company-top", "AU", True, T("spartan", "inter", pal="navy", mark="arc",
                                      name_w="bold", name_size=40, co_size=30, body_size=21),
         P("James", "McAllister", middle="R."), "James R. McAllister",
         co="Southern Cross Mining Services", title="Site HR Business Partner",
         dept="Western Operations",
         rows=[Ph("+61 8 5550 4172", "T"), Ph("+61 491 570 318", "M", "mobile"),
               Em("james.mcallister@scmining.com.au")],
         addr=["PO Box 1183", "Kalgoorlie WA 6430", "Australia"],
         street="PO Box 1183", city="Kalgoorlie", region="WA", postal="6430"),
    card("minimal", "NL", False, T("karla", pal="mist", name_w="bold", name_size=42,
                                   co_size=26, body_size=21),
         P("Sanne", "de Vries-Bakker"), "Sanne de Vries-Bakker",
         co="Grachtwerk", title="UX-onderzoeker",
         rows=[Ph("06 4155 2871"), Em("sanne@grachtwerk.nl"), Web("grachtwerk.nl")],
         addr=["Herengracht 182-C, 1016 BR Amsterdam"],
         street="Herengracht 182-C", city="Amsterdam", postal="1016 BR"),
    card("labels", "US", False, T("inter", pal="ink", mark="bars", name_w="bold",
                                  name_size=42, co_size=28, body_size=21),
         P("Elizabeth", "Nakagawa-Hart", middle="Anne", cred="SHRM-CP"),
         "Elizabeth Anne (Liz) Nakagawa-Hart, SHRM-CP",
         co="Cascadia Health Partners", title="HR Generalist", dept="People & Culture",
         rows=[Ph("(503) 555-0170", "Direct"), Ph("(503) 555-0100", "Main"),
               Ph("(971) 555-0124", "Mobile", "mobile"), Em("lnakagawa-hart@cascadiahp.org")],
         addr=["1120 NW Couch Street, 5th Floor", "Portland, OR 97209"],
         street="1120 NW Couch Street, 5th Floor", city="Portland", region="OR",
         postal="97209"),
    card("icons", "GB", False, T("manrope", pal="teal", label_mode="icons", mark="circle",
                                 name_w="bold", co_size=26, body_size=21),
         P("Gareth", "Llewellyn-Jones"), "Gareth Llewellyn-Jones",
         co="Taff Valley Housing Association", title="Recruitment Officer",
         rows=[Ph("029 2018 0764"), Ph("07700 900 731", typ="mobile"),
               Em("g.llewellyn-jones@taffvalleyha.org.uk"), Web("taffvalleyha.org.uk")],
         addr=["Ty Afon, Bute Terrace", "Cardiff CF10 2FE"],
         street="Ty Afon, Bute Terrace", city="Cardiff", postal="CF10 2FE"),
    card("icons", "AT", True, T("roboto", pal="red", label_mode="icons", mark="hex",
                                name_w="bold", co_size=26, body_size=21),
         P("Katharina", "Gruber", prefix="Mag.", cred="MBA"), "Mag. Katharina Gruber, MBA",
         co="Alpenblick Personalberatung GmbH", title="Geschäftsführerin",
         rows=[Ph("+43 1 555 3821"), Ph("+43 664 555 2917", typ="mobile"),
               Em("k.gruber@alpenblick-personal.at")],
         addr=["Mariahilfer Straße 123/4/12", "1060 Wien, Österreich"],
         street="Mariahilfer Straße 123/4/12", city="Wien", postal="1060"),
    card("one-line", "IE", False, T("lato", pal="navy", mark="arc", name_w="semibold",
                                    co_size=28, body_size=21),
         P("Cormac", "Mac Cárthaigh", cred="FCCA"), "Cormac Mac Cárthaigh FCCA",
         co="Shandon Accountants", title="Tax Partner",
         rows=[[Ph("021 455 2190", "T"), Ph("086 555 4417", "M", "mobile")],
               [Em("cormac@shandonaccountants.ie")]],
         addr=["5 South Mall, Cork T12 X2YK"],
         street="5 South Mall", city="Cork", postal="T12 X2YK"),
    card("dense", "ZA", False, T("carlito", pal="ink", mark="bars", name_w="bold",
                                 name_size=38, co_size=26, body_size=20),
         P("Johannes", "du Plessis", middle="Hendrik", cred="CA(SA)"),
         "Johannes Hendrik du Plessis CA(SA)",
         co="Vlei & Veld Chartered Accountants Inc.", title="Director",
         dept="Audit & Advisory",
         rows=[Ph("021 555 8130", "Tel"), Ph("021 555 8131", "Fax", "fax"),
               Ph("082 555 6049", "Cell", "mobile"), Em("jh@vleiveld.co.za"),
               Web("vleiveld.co.za")],
         addr=["PO Box 4412", "Durbanville, 7551"],
         street="PO Box 4412", city="Durbanville", postal="7551"),
    card("right-aligned", "IL", False, T("opensans", pal="sky", mark="circle", name_w="bold",
                                         name_size=40, co_size=28, body_size=21),
         P("Noa", "Ben-David"), "Noa Ben-David",
         co="Carmel Cyber Ltd.", title="Talent Acquisition Lead",
         rows=[Ph("+972 3-555-2840", "T"), Ph("+972 52-555-7193", "M", "mobile"),
               Em("noa@carmelcyber.co.il")],
         addr=["Azrieli Sarona Tower, 37th Floor", "121 Menachem Begin Road", "Tel Aviv 6701203"],
         street="Azrieli Sarona Tower, 37th Floor, 121 Menachem Begin Road", city="Tel Aviv",
         postal="6701203"),
    card("logo-left", "US", False, T("cabin", pal="purple", mark="rings", name_w="bold",
                                     name_size=42, co_size=28, body_size=21),
         P("Marisol", "Vega de la Cruz"), "Marisol Vega de la Cruz",
         co="Sonoran Community Credit Union", title="Branch Operations Manager",
         rows=[Ph("(602) 555-0151", "P"), Ph("(602) 555-0152", "F", "fax"),
               Em("mvega@sonorancu.org"), Web("sonorancu.org")],
         addr=["4510 N 16th Street", "Phoenix, AZ 85016"],
         street="4510 N 16th Street", city="Phoenix", region="AZ", postal="85016"),
    card("qr", "PH", False, T("inter", pal="green", mark="leaf", name_w="bold",
                              name_size=40, co_size=26, body_size=21),
         P("Jose Antonio", "Dela Rosa", middle="B.", suffix="Jr."), "Jose Antonio B. Dela Rosa Jr.",
         co="Visayan Shipping Lines, Inc.", title="HR & Admin Manager",
         qr_caption="Scan for vCard",
         rows=[Ph("(032) 555 4127", "Tel"), Ph("0917 555 8203", "Mobile", "mobile"),
               Em("jadelarosa@visayanshipping.com.ph")],
         addr=["Pier 4, Reclamation Area", "Cebu City 6000"],
         street="Pier 4, Reclamation Area", city="Cebu City", postal="6000"),
    card("big-name", "AU", False, T("quicksand", "lato", pal="plum", name_w="bold",
                                    name_size=60, co_size=26, body_size=21),
         P("Mia", "Kowalski"), "Mia Kowalski",
         co=None, title="Freelance Copywriter & Content Strategist",
         rows=[Ph("0491 570 442"), Em("hello@miakowalski.com.au"), Web("miakowalski.com.au")],
         addr=["Fitzroy VIC 3065"], city="Fitzroy", region="VIC", postal="3065"),
    card("spaced", "DE", False, T("manrope", pal="mist", name_caps=True, name_track=8,
                                  name_w="regular", name_size=38, title_size=23, co_size=28,
                                  body_size=20),
         P("Jana", "Schulte-Wilmsen"), "Jana Schulte-Wilmsen",
         co="Hafenkante Digital GmbH", title="Head of People",
         rows=[Ph("+49 40 5553 1870"), Ph("+49 152 5557 2248", typ="mobile"),
               Em("jana@hafenkante-digital.de"), Web("hafenkante-digital.de")],
         addr=["Große Elbstraße 145b", "22767 Hamburg"],
         street="Große Elbstraße 145b", city="Hamburg", postal="22767"),
    card("logo-area", "BR", True, T("opensans", pal="green", mark="circle", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Ana Beatriz", "Carvalho dos Santos"), "Ana Beatriz Carvalho dos Santos",
         co="Ipê Tecnologia Ltda.", title="Gerente de Recursos Humanos",
         rows=[Ph("+55 11 3555-2184", "Tel."), Ph("+55 11 98555-4127", "Cel.", "mobile"),
               Em("ana.santos@ipetecnologia.com.br")],
         addr=["Av. Brigadeiro Faria Lima, 3477, 14º andar", "Itaim Bibi – São Paulo/SP",
               "04538-133 – Brasil"],
         street="Av. Brigadeiro Faria Lima, 3477, 14º andar, Itaim Bibi", city="São Paulo",
         region="SP", postal="04538-133"),
    card("avatar", "SG", True, T("roboto", pal="teal", mark="hex", name_w="bold",
                                  name_size=38, co_size=26, body_size=21),
         P("Priyanka", "Nair", middle="S."), "Priyanka S. Nair",
         co="Lion City Careers Pte. Ltd.", title="Senior Recruiter, Technology",
         rows=[Ph("+65 6555 9032", "O"), Ph("+65 8555 2716", "M", "mobile"),
               Em("priyanka@lioncitycareers.sg")],
         addr=["80 Robinson Road, #10-01", "Singapore 068898"],
         street="80 Robinson Road, #10-01", city="Singapore", postal="068898"),
    card("grid", "CA", False, T("opensans", pal="navy", mark="square", name_w="bold",
                                name_size=36, co_size=26, body_size=21),
         P("Olivia", "Bergström-Chen"), "Olivia Bergström-Chen",
         co="Northern Lights Career Services", title="Employment Counsellor",
         rows=[[Ph("(780) 555-0139", "TEL")], [Ph("(780) 555-0185", "CELL", "mobile")],
               [Em("obergstrom@nlcareers.ca", "EMAIL")]],
         addr=["10130 103 Street NW, Suite 1500", "Edmonton, AB T5J 3N9"], addr_label="OFFICE",
         street="10130 103 Street NW, Suite 1500", city="Edmonton", region="AB",
         postal="T5J 3N9"),
    card("side-name", "NG", True, T("lato", pal="forest", mark="rings", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Aisha", "Bello-Yusuf", middle="Hauwa", prefix="Barr."),
         "Barr. Aisha Hauwa Bello-Yusuf",
         v=1, co="Bello-Yusuf & Partners", title="Managing Partner",
         rows=[Ph("+234 209 555 2048", "T"), Ph("0803 555 7714", "M", "mobile"),
               Em("aisha@belloyusuflaw.com.ng")],
         addr=["Suite C4, Ahmadu Bello Way", "Central Business District", "Abuja, Nigeria"],
         street="Suite C4, Ahmadu Bello Way, Central Business District", city="Abuja"),
    card("footer", "US", False, T("inter", pal="sky", mark="hex", name_w="bold",
                                  name_size=42, co_size=28, body_size=21),
         P("Christopher", "Oyelaran-Whitmore", middle="M."), "Christopher M. Oyelaran-Whitmore",
         co="Lakeshore Data Systems", title="Staff Software Engineer",
         rows=[Ph("(312) 555-0196", "M", "mobile"), Em("chris@lakeshoredata.io"),
               Tw("@cmowhit")],
         addr=["600 W Chicago Avenue, Floor 7", "Chicago, IL 60654"],
         street="600 W Chicago Avenue, Floor 7", city="Chicago", region="IL", postal="60654"),
    card("addr-top", "IN", False, T("palladio", "lato", pal="cream", name_w="regular",
                                    name_size=44, co_size=28, body_size=21, co_w="regular"),
         P("Rohan", "Mehta", middle="K."), "Rohan K. Mehta",
         v=1, co="Mehta Desai Architects LLP", title="Principal Architect",
         rows=[[Ph("+91 79 2655 4120", "T"), Ph("+91 98250 44719", "M", "mobile")],
               [Em("rohan@mehtadesai.in"), Web("mehtadesai.in")]],
         sep="   ",
         addr=["B-404, Shapath Hexa, S.G. Highway", "Ahmedabad 380 060, Gujarat"],
         street="B-404, Shapath Hexa, S.G. Highway", city="Ahmedabad", region="GJ",
         postal="380 060"),
]


SPECS8: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "CA", False, T("libertine", "opensans", pal="burgundy", name_w="semibold",
                                   name_size=42, co_size=28, body_size=21),
         P("Marguerite", "Thibodeau-Landry", prefix="Me"), "Me Marguerite Thibodeau-Landry",
         co="Thibodeau, Landry & Associés", tag="AVOCATS · NOTAIRES", title="Associée",
         rows=[Ph("514 555-0147, poste 2206", "Tél.", ext="2206"),
               Ph("514 555-0148", "Téléc.", "fax"), Em("mthibodeau@tlassocies.qc.ca")],
         addr=["2000, avenue McGill College, 12e étage", "Montréal (Québec) H3A 3H3"],
         street="2000, avenue McGill College, 12e étage", city="Montréal", region="QC",
         postal="H3A 3H3"),
    card("classic", "KE", True, T("opensans", pal="forest", mark="leaf", name_w="bold",
                                  name_size=40, co_size=28, body_size=21),
         P("Wanjiru", "Kamau-Otieno", middle="N.", cred="CPA (K)"),
         "Wanjiru N. Kamau-Otieno, CPA (K)",
         co="Rift Valley Audit Partners LLP", title="Senior Audit Manager",
         rows=[Ph("+254 20 555 3148", "Tel"), Ph("0722 555 609", "Cell", "mobile"),
               Em("wkamau@riftvalleyaudit.co.ke")],
         addr=["Westside Towers, 7th Floor, Lower Kabete Road", "P.O. Box 14208-00800",
               "Westlands, Nairobi, Kenya"],
         street="Westside Towers, 7th Floor, Lower Kabete Road, P.O. Box 14208, Westlands",
         city="Nairobi", postal="00800"),
    # ---------------------------------------------------------------- centred
    card("centred", "GB", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=44, co_size=28, body_size=21),
         P("Eleanor", "Ashworth-Pryce", middle="C.", cred="FCA CTA"),
         "Eleanor C. Ashworth-Pryce FCA CTA",
         co="Pryce Whitcombe", tag="CHARTERED ACCOUNTANTS & TAX ADVISERS", title="Tax Partner",
         rows=[Ph("0117 496 0382", "T"), Ph("07700 900 583", "M", "mobile"),
               Em("eleanor@prycewhitcombe.co.uk")],
         addr=["3rd Floor, Bridgewater House", "Counterslip, Bristol BS1 6BX"],
         street="3rd Floor, Bridgewater House, Counterslip", city="Bristol", postal="BS1 6BX"),
    card("centred", "IT", False, T("century", "opensans", pal="ink", mark="circle",
                                   name_size=40, co_size=28, body_size=21),
         P("Gianluca", "De Santis", middle="Maria", prefix="Ing."),
         "Ing. Gianluca Maria De Santis",
         co="Studio Tecnico De Santis & Ferraro", title="Direttore Tecnico",
         rows=[Ph("+39 06 5550 3812", "Tel."), Ph("+39 335 555 7204", "Cell.", "mobile"),
               Em("g.desantis@studiodesantisferraro.it"), Web("studiodesantisferraro.it")],
         addr=["Via Flaminia 388, scala B", "00196 Roma (RM)"],
         street="Via Flaminia 388, scala B", city="Roma", region="RM", postal="00196"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "AE", True, T("manrope", pal="navy", mark="diamond", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Fatima", "Al-Suwaidi", middle="Rashid"), "Fatima Rashid Al-Suwaidi",
         co="Gulf Meridian Healthcare LLC", title="Head of Talent & Culture",
         rows=[Ph("+971 2 555 8134", "Tel"), Ph("+971 56 555 2907", "Mob", "mobile"),
               Em("f.alsuwaidi@gulfmeridian.ae"), Web("gulfmeridian.ae")],
         addr=["Floor 9, Al Maqam Tower, ADGM Square", "Al Maryah Island, P.O. Box 764322",
               "Abu Dhabi, United Arab Emirates"],
         street="Floor 9, Al Maqam Tower, ADGM Square, Al Maryah Island, P.O. Box 764322",
         city="Abu Dhabi"),
    card("two-columns", "DE", False, T("opensans", pal="teal", mark="bars", name_w="semibold",
                                       name_size=40, co_size=28, body_size=21),
         P("Katharina", "Brandt-Öztürk", middle="S.", prefix="Dipl.-Kffr."),
         "Dipl.-Kffr. Katharina S. Brandt-Öztürk",
         co="Rheinwerk Personalberatung GmbH", title="Senior Beraterin",
         dept="Executive Search Finanzen",
         rows=[Ph("+49 221 5558 7140", "Tel."), Ph("+49 160 5552 3398", "Mobil", "mobile"),
               Em("k.brandt@rheinwerk-personal.de")],
         addr=["Kaiser-Wilhelm-Ring 27–29", "50672 Köln"],
         street="Kaiser-Wilhelm-Ring 27–29", city="Köln", postal="50672"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "HK", True, T("lato", pal="red", mark="hex", name_w="bold",
                                   name_size=38, co_size=26, body_size=21),
         P("Vivian", "Chan", middle="Hoi Yan"), "Vivian CHAN Hoi Yan",
         co="Harbourline Executive Search Limited", title="Associate Director",
         rows=[Ph("+852 3555 7281", "T"), Ph("+852 6555 0394", "M", "mobile"),
               Em("vivian.chan@harbourline.com.hk")],
         addr=["Unit 1608, 16/F, Tower 2", "Times Square, 1 Matheson Street",
               "Causeway Bay, Hong Kong"],
         street="Unit 1608, 16/F, Tower 2, Times Square, 1 Matheson Street, Causeway Bay",
         city="Hong Kong"),
    card("vertical", "NZ", False, T("lato", pal="teal", mark="arc",
                                    name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Aroha", "Te Whata", middle="Mere"), "Aroha Mere Te Whata",
         co="Kōwhai Consulting", title="Kaiārahi – Workforce Development",
         rows=[Ph("04 555 2817", "P"), Ph("027 555 4162", "M", "mobile"),
               Em("aroha@kowhaiconsulting.co.nz")],
         addr=["Level 4, 86 Customhouse Quay", "Wellington 6011"],
         street="Level 4, 86 Customhouse Quay", city="Wellington", postal="6011"),
    # ---------------------------------------------------------------- dark
    card("dark", "AE", True, T("inter", pal="black", mark="square", name_w="bold",
                               name_size=40, co_size=28, body_size=21),
         P("Rajesh", "Pillai", middle="Gopalakrishnan", cred="CFA, FRM"),
         "Rajesh Gopalakrishnan Pillai, CFA, FRM",
         co="Emirates Crescent Investments", title="Portfolio Manager – Fixed Income",
         rows=[Ph("+971 4 555 9620", "Direct"), Ph("+971 55 555 1473", "Mobile", "mobile"),
               Em("rajesh.pillai@crescentinv.ae")],
         addr=["Unit 2203, Level 22, Index Tower", "DIFC, PO Box 507118, Dubai, UAE"],
         street="Unit 2203, Level 22, Index Tower, DIFC, PO Box 507118", city="Dubai"),
    card("dark", "US", False, T("inter", pal="black", mark="circle", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Theodore", "Vanderbilt-Moss", middle="J.", suffix="III", cred="CFP"),
         "Theodore J. Vanderbilt-Moss III, CFP®",
         co="Moss Ridge Wealth Advisors", title="Managing Director",
         rows=[Ph("(704) 555-0171", "O"), Ph("(704) 555-0186", "M", "mobile"),
               Em("tvmoss@mossridgewealth.com"), Web("mossridgewealth.com")],
         addr=["4201 Congress Street, Suite 340", "Charlotte, NC 28209"],
         street="4201 Congress Street, Suite 340", city="Charlotte", region="NC",
         postal="28209"),
    # ---------------------------------------------------------------- band
    card("band", "CH", False, T("opensans", pal="red", mark="square", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Beatrice", "Furrer-Känzig", middle="M.", prefix="Prof. Dr."),
         "Prof. Dr. Beatrice M. Furrer-Känzig",
         co="Fachhochschule Limmattal", title="Leiterin Institut für Baustatik",
         dept="Departement Bau & Umwelt",
         rows=[Ph("+41 56 555 47 12", "Tel."), Ph("+41 79 555 63 08", "Mobile", "mobile"),
               Em("beatrice.furrer@fh-limmattal.ch"), Web("fh-limmattal.ch")],
         addr=["Badenerstrasse 21", "5400 Baden"],
         street="Badenerstrasse 21", city="Baden", postal="5400"),
    card("band", "MX", True, T("roboto", pal="orange", mark="tri", name_w="bold",
                               name_size=40, co_size=28, body_size=21),
         P("José Luis", "Garza Treviño", prefix="Lic."), "Lic. José Luis Garza Treviño",
         v=1, co="Grupo Industrial Sierra Madre", title="Gerente de Capital Humano",
         rows=[Ph("+52 81 8555 3271", "Tel."), Ph("+52 81 1555 6094", "Cel./WhatsApp", "mobile"),
               Em("jlgarza@gisierramadre.com.mx")],
         addr=["Av. Lázaro Cárdenas 2424 Pte., Piso 11", "Col. Residencial San Agustín",
               "66260 San Pedro Garza García, N.L., México"],
         street="Av. Lázaro Cárdenas 2424 Pte., Piso 11, Col. Residencial San Agustín",
         city="San Pedro Garza García", region="NLE", postal="66260"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "NG", False, T("palladio", "opensans", pal="forest", co_size=28,
                                    name_size=40, body_size=21),
         P("Ngozi", "Eze", middle="Adaeze", prefix="Dr.", cred="MBBS, FWACS"),
         "Dr. Ngozi Adaeze Eze, MBBS, FWACS", mono="NE",
         co="Lekki Women's Specialist Hospital", title="Consultant Obstetrician & Gynaecologist",
         rows=[Ph("+234 201 555 8027", "Tel"), Ph("0809 555 1346", "Mob", "mobile"),
               Em("n.eze@lekkiwomens.com.ng")],
         addr=["12 Admiralty Way, Lekki Phase 1", "Lagos"],
         street="12 Admiralty Way, Lekki Phase 1", city="Lagos"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "CH", False, T("spartan", "inter", pal="navy", mark="arc",
                                       name_w="bold", name_size=40, co_size=30, body_size=21),
         P("Jean-Marc", "Rochat", cred="CFA"), "Jean-Marc Rochat, CFA",
         co="Banque Privée Lavaux SA", title="Directeur adjoint", dept="Gestion de fortune",
         rows=[Ph("+41 21 555 82 40", "T"), Ph("+41 21 555 82 49", "F", "fax"),
               Ph("+41 78 555 19 63", "M", "mobile"), Em("jm.rochat@lavaux-banque.ch")],
         addr=["Avenue de Rumine 12", "Case postale 318", "1001 Lausanne"],
         street="Avenue de Rumine 12, Case postale 318", city="Lausanne", postal="1001"),
    card("company-top", "JP", True, T("inter", pal="sky", mark="circle", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Takeshi", "Yamamoto"), "Takeshi YAMAMOTO",
         co="Kintsugi Robotics Co., Ltd.", title="General Manager", dept="Overseas Sales Division",
         rows=[Ph("+81-3-5555-2741", "TEL"), Ph("+81-3-5555-2742", "FAX", "fax"),
               Ph("+81-80-5555-9136", "Mobile", "mobile"),
               Em("t.yamamoto@kintsugi-robotics.co.jp")],
         addr=["Shinagawa Grand Central Tower 14F", "2-16-4 Konan, Minato-ku, Tokyo 108-0075",
               "Japan"],
         street="Shinagawa Grand Central Tower 14F, 2-16-4 Konan, Minato-ku", city="Tokyo",
         postal="108-0075"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "CH", False, T("karla", pal="mist", name_w="bold", name_size=42,
                                   co_size=26, body_size=21),
         P("Alessandra", "Bernasconi Rezzonico", prefix="Avv."),
         "Avv. Alessandra Bernasconi Rezzonico",
         co="Studio Legale Bernasconi & Gianella", title="Socia", title_co=" · ",
         rows=[Ph("+41 91 555 23 70", "Tel."), Em("a.bernasconi@bg-legale.ch"),
               Web("bg-legale.ch")],
         addr=["Via Nassa 21, 6900 Lugano"],
         street="Via Nassa 21", city="Lugano", postal="6900"),
    # ---------------------------------------------------------------- labels
    card("labels", "DE", False, T("nimbussans", pal="charcoal", mark="square", name_w="bold",
                                  name_size=40, co_size=28, body_size=21),
         P("Matthias", "Eberhardt", middle="K.", prefix="Prof. Dr.-Ing."),
         "Prof. Dr.-Ing. Matthias K. Eberhardt",
         co="Eberhardt Ingenieure GmbH", title="Geschäftsführender Gesellschafter",
         rows=[Ph("+49 711 5556 2090", "Telefon"), Ph("+49 711 5556 2099", "Telefax", "fax"),
               Ph("+49 172 5553 8041", "Mobil", "mobile"),
               Em("m.eberhardt@eberhardt-ing.de", "E-Mail"),
               Web("eberhardt-ing.de", "Web")],
         addr=["Postfach 10 43 52", "70038 Stuttgart"],
         street="Postfach 10 43 52", city="Stuttgart", postal="70038"),
    card("labels", "KR", True, T("inter", pal="ink", mark="bars", name_w="bold",
                                 name_size=42, co_size=28, body_size=21),
         P("Min-jun", "Choi"), "CHOI Min-jun",
         co="Hanbit Semiconductor Co., Ltd.", title="Senior Manager", dept="Global HR Team",
         rows=[Ph("+82-2-555-3814", "T"), Ph("+82-10-5555-7269", "M", "mobile"),
               Ph("+82-2-555-3899", "F", "fax"), Em("minjun.choi@hanbitsemi.co.kr", "E")],
         addr=["12F, 152 Teheran-ro, Gangnam-gu", "Seoul 06236, Korea"],
         street="12F, 152 Teheran-ro, Gangnam-gu", city="Seoul", postal="06236"),
    # ---------------------------------------------------------------- icons
    card("icons", "BR", True, T("manrope", pal="teal", label_mode="icons", mark="circle",
                                name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Mariana", "Figueiredo Lopes", prefix="Dra."), "Dra. Mariana Figueiredo Lopes",
         co="Figueiredo Lopes Advocacia", title="Advogada – Direito do Trabalho",
         rows=[Ph("(21) 2555-3817"), Ph("(21) 98555-6402", typ="mobile"),
               Em("mariana@figueiredolopes.adv.br")],
         addr=["Av. Rio Branco, 156, conj. 2204", "Centro – Rio de Janeiro – RJ",
               "CEP 20040-003 – Brasil"],
         street="Av. Rio Branco, 156, conj. 2204, Centro", city="Rio de Janeiro", region="RJ",
         postal="20040-003"),
    card("icons", "AU", False, T("roboto", pal="green", label_mode="icons", mark="leaf",
                                 name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Lachlan", "O'Brien-Hughes", prefix="Dr", cred="BVSc MANZCVS"),
         "Dr Lachlan O'Brien-Hughes BVSc MANZCVS",
         co="Riverina Equine Veterinary Clinic", title="Principal Veterinarian",
         rows=[Ph("(02) 5550 7314"), Ph("0491 570 863", typ="mobile"),
               Em("lachlan@riverinaequine.com.au"), Web("riverinaequine.com.au")],
         addr=["PO Box 612", "Wagga Wagga NSW 2650"],
         street="PO Box 612", city="Wagga Wagga", region="NSW", postal="2650"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "NL", False, T("lato", pal="navy", mark="arc", name_w="semibold",
                                    name_size=40, co_size=28, body_size=21),
         P("Pieter", "van der Berg", middle="J.M.", prefix="mr."), "mr. Pieter J.M. van der Berg",
         co="Van der Berg Kloosterman Advocaten", title="Advocaat-partner",
         rows=[[Ph("+31 (0)70 555 2184", "T"), Ph("+31 (0)6 5552 9037", "M", "mobile")],
               [Em("vanderberg@vdbk-advocaten.nl"), Web("vdbk-advocaten.nl")]],
         sep="  |  ",
         addr=["Postbus 30412 · 2500 GK Den Haag"],
         street="Postbus 30412", city="Den Haag", postal="2500 GK"),
    # ---------------------------------------------------------------- dense
    card("dense", "NG", False, T("carlito", pal="ink", mark="bars", name_w="bold",
                                 name_size=40, co_size=28, body_size=21),
         P("Olufemi", "Adebayo-Williams", middle="A.", prefix="Engr.", cred="FNSE"),
         "Engr. Olufemi A. Adebayo-Williams, FNSE",
         co="Niger Delta Pipeline Services Ltd", title="General Manager, Projects",
         dept="Engineering & Technical Services",
         rows=[Ph("+234 2084 55 2194", "Tel"), Ph("0805 555 3871", "Mob", "mobile"),
               Ph("0703 555 6620", "Mob", "mobile"), Em("f.adebayo-williams@ndpsltd.com.ng"),
               Web("ndpsltd.com.ng")],
         addr=["Plot 18, Trans-Amadi Industrial Layout", "Port Harcourt"],
         street="Plot 18, Trans-Amadi Industrial Layout", city="Port Harcourt"),
    card("dense", "IN", False, T("carlito", pal="burgundy", mark="hex", name_w="bold",
                                 name_size=40, co_size=28, body_size=21),
         P("Lakshmi", "Iyengar", middle="Narayanan", prefix="Dr.", cred="PhD"),
         "Dr. Lakshmi Narayanan Iyengar, PhD",
         co="Kaveri BioSciences Pvt. Ltd.", title="Associate Vice President – R&D",
         dept="Biologics Process Development",
         rows=[Ph("+91 80 4155 6230", "Tel"), Ph("+91 80 4155 6239", "Fax", "fax"),
               Ph("+91 99005 47218", "Mob", "mobile"), Em("lakshmi.iyengar@kaveribio.co.in")],
         addr=["Plot No. 27, Bommasandra Industrial Area, Phase IV",
               "Bengaluru 560 099, Karnataka"],
         street="Plot No. 27, Bommasandra Industrial Area, Phase IV", city="Bengaluru",
         region="KA", postal="560 099"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "ES", False, T("opensans", pal="sky", mark="circle", name_w="bold",
                                         name_size=40, co_size=28, body_size=21),
         P("María del Carmen", "de la Cruz Ortega"), "María del Carmen de la Cruz Ortega",
         co="Olivar Consultores S.L.", title="Directora de Selección",
         rows=[Ph("+34 954 552 318", "Tel."), Ph("+34 655 218 407", "Móvil", "mobile"),
               Em("mcdelacruz@olivarconsultores.es")],
         addr=["Avda. de la Constitución, 24, 3.º B", "41004 Sevilla"],
         street="Avda. de la Constitución, 24, 3.º B", city="Sevilla", postal="41004"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "BR", True, T("cabin", pal="green", mark="rings", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("João Pedro", "Albuquerque Neto"), "João Pedro Albuquerque Neto",
         co="Vale Verde Agronegócios S.A.", title="Diretor Comercial",
         rows=[Ph("+55 31 3555-7140", "Tel."), Ph("+55 31 99555-2086", "Cel.", "mobile"),
               Em("joao.neto@valeverdeagro.com.br"), Web("valeverdeagro.com.br")],
         addr=["Rua dos Inconfidentes, 1190, sala 502", "Funcionários – Belo Horizonte/MG",
               "30140-120 – Brasil"],
         street="Rua dos Inconfidentes, 1190, sala 502, Funcionários", city="Belo Horizonte",
         region="MG", postal="30140-120"),
    card("logo-left", "HK", True, T("cabin", pal="purple", mark="diamond", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Kenneth", "Lau", middle="K.W.", cred="FCPA, FCCA"), "Kenneth K.W. Lau, FCPA, FCCA",
         co="Lau & Tsang CPA Limited", title="Practising Director",
         rows=[Ph("+852 2555 9018", "Tel"), Ph("+852 2555 9019", "Fax", "fax"),
               Em("kenneth.lau@lautsangcpa.com.hk")],
         addr=["Room 1203, 12/F, Wing On Centre", "111 Connaught Road Central",
               "Sheung Wan, Hong Kong"],
         street="Room 1203, 12/F, Wing On Centre, 111 Connaught Road Central, Sheung Wan",
         city="Hong Kong"),
    # ---------------------------------------------------------------- qr
    card("qr", "KR", False, T("inter", pal="green", mark="leaf", name_w="bold",
                              name_size=40, co_size=26, body_size=21),
         P("Seo-yeon", "Kim"), "Seo-yeon Kim",
         co="Daon Bio Co., Ltd.", title="Research Scientist",
         qr_caption="Scan for contact",
         rows=[Ph("+82 31 555 4028", "Tel"), Ph("+82 10 5555 3176", "Mobile", "mobile"),
               Em("seoyeon.kim@daonbio.co.kr")],
         addr=["5F, 17 Pangyoyeok-ro 192beon-gil", "Bundang-gu, Seongnam-si 13524"],
         street="5F, 17 Pangyoyeok-ro 192beon-gil, Bundang-gu", city="Seongnam",
         postal="13524"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "FR", False, T("quicksand", "lato", pal="plum", name_w="bold",
                                    name_size=58, co_size=26, body_size=21),
         P("Anne-Sophie", "Delacroix-Moreau"), "Anne-Sophie Delacroix-Moreau",
         co=None, title="Traductrice-interprète indépendante",
         rows=[Ph("06 55 41 28 73", "Port.", "mobile"), Em("contact@as-delacroix.fr"),
               Web("as-delacroix.fr")],
         addr=["69006 Lyon"], city="Lyon", postal="69006"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "BR", False, T("manrope", pal="mist", name_caps=True, name_track=8,
                                  name_w="regular", name_size=38, title_size=23, co_size=28,
                                  body_size=20),
         P("Rafael", "Nakamura Silva", middle="H."), "Rafael H. Nakamura Silva",
         co="Cajú Labs", title="Engenheiro de Software Sênior",
         rows=[Ph("+55 11 4555-0921"), Ph("+55 11 97555-3318", typ="mobile"),
               Em("rafael.silva@cajulabs.com.br"), Web("cajulabs.com.br")],
         addr=["Rua Fradique Coutinho, 212 – cj. 41", "Pinheiros, São Paulo – SP, 05416-000"],
         street="Rua Fradique Coutinho, 212 – cj. 41, Pinheiros", city="São Paulo",
         region="SP", postal="05416-000"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "ZA", True, T("opensans", pal="gold", mark="circle", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Johannes", "van Rensburg", middle="P.", cred="Pr.Eng."),
         "Johannes P. van Rensburg, Pr.Eng.",
         co="Karoo Civil Consulting (Pty) Ltd", title="Associate – Water & Sanitation",
         rows=[Ph("+27 21 555 7093", "Tel"), Ph("+27 82 555 4418", "Cell", "mobile"),
               Em("jvrensburg@karoocivil.co.za")],
         addr=["2nd Floor, Block B, Tygerberg Park", "163 Uys Krige Drive, Plattekloof, 7500",
               "Cape Town, South Africa"],
         street="2nd Floor, Block B, Tygerberg Park, 163 Uys Krige Drive, Plattekloof",
         city="Cape Town", postal="7500"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "PL", False, T("roboto", pal="teal", mark="hex", name_w="bold",
                                  name_size=38, co_size=26, body_size=21),
         P("Katarzyna", "Wiśniewska-Nowak", prefix="dr hab."),
         "dr hab. Katarzyna Wiśniewska-Nowak",
         co="Wiśniewska-Nowak Doradztwo Sp. z o.o.", title="Prezes Zarządu",
         rows=[Ph("+48 61 555 28 40", "tel."), Ph("+48 605 552 917", "kom.", "mobile"),
               Em("k.wisniewska@wn-doradztwo.pl")],
         addr=["ul. Półwiejska 32, lok. 5", "61-888 Poznań"],
         street="ul. Półwiejska 32, lok. 5", city="Poznań", postal="61-888"),
    # ---------------------------------------------------------------- grid
    card("grid", "US", False, T("opensans", pal="navy", mark="square", name_w="bold",
                                name_size=36, co_size=26, body_size=21),
         P("Guadalupe", "Hernández-Reyes", middle="M.", cred="LCSW"),
         "Guadalupe M. Hernández-Reyes, LCSW",
         co="Desert Bloom Family Services", title="Clinical Program Director",
         rows=[[Ph("(505) 555-0128", "OFFICE")], [Ph("(505) 555-0157", "FAX", "fax")],
               [Em("ghernandez@desertbloomfs.org", "EMAIL")]],
         addr=["PO Box 27403", "Albuquerque, NM 87125"], addr_label="MAIL",
         street="PO Box 27403", city="Albuquerque", region="NM", postal="87125"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "AE", True, T("lato", pal="gold", mark="rings", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Hamad", "Al-Mansouri", middle="Saeed", prefix="Eng."), "Eng. Hamad Saeed Al-Mansouri",
         v=1, co="Sharjah Coastal Infrastructure", title="Senior Project Manager",
         rows=[Ph("+971 6 555 3042", "T"), Ph("050 555 8716", "M", "mobile"),
               Em("hamad.almansouri@sci-uae.ae")],
         addr=["Al Reem Tower, Office 1405", "Al Majaz 2, P.O. Box 48271", "Sharjah, U.A.E."],
         street="Al Reem Tower, Office 1405, Al Majaz 2, P.O. Box 48271", city="Sharjah"),
    # ---------------------------------------------------------------- footer
    card("footer", "GB", False, T("inter", pal="sky", mark="hex", name_w="bold",
                                  name_size=42, co_size=28, body_size=21),
         P("Rhys", "ap Gwilym", middle="Owen", cred="BSc MRICS"), "Rhys Owen ap Gwilym BSc MRICS",
         co="Taff Vale Surveyors", title="Associate Director – Building Surveying",
         rows=[Ph("029 2018 0473", "DD"), Ph("07700 900 762", "M", "mobile"),
               Em("rhys.apgwilym@taffvalesurveyors.co.uk")],
         addr=["Unit 5, Capital Quarter, Tyndall Street", "Cardiff CF10 4BZ"],
         street="Unit 5, Capital Quarter, Tyndall Street", city="Cardiff", postal="CF10 4BZ"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "IN", True, T("palladio", "lato", pal="cream", name_w="regular",
                                   name_size=44, co_size=28, body_size=21, co_w="regular"),
         P("Arjun", "Malhotra", middle="Singh", cred="ACA, CS"), "Arjun Singh Malhotra, ACA, CS",
         v=1, co="Malhotra Kapoor & Co.", tag="CHARTERED ACCOUNTANTS", title="Partner",
         rows=[[Ph("+91 124 455 8130", "T"), Ph("+91 98110 62473", "M", "mobile")],
               [Em("arjun@mkcoindia.in")]],
         sep="   ",
         addr=["Unit 704, Tower B, Vatika Business Park, Sohna Road",
               "Gurugram 122 018, Haryana, India"],
         street="Unit 704, Tower B, Vatika Business Park, Sohna Road", city="Gurugram",
         region="HR", postal="122 018"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "HK", True, T("inter", pal="navy", mark="circle", name_w="bold",
                                     name_size=42, co_size=28, body_size=21),
         P("Priscilla", "Wong", middle="Mei Ling", prefix="Dr."), "Dr. Priscilla WONG Mei Ling",
         co="Kowloon Bay Dental Centre", title="Specialist in Orthodontics",
         rows=[Ph("+852 2555 6130", "Tel"), Ph("+852 9555 2847", "WhatsApp", "mobile"),
               Em("dr.wong@klnbaydental.hk")],
         addr=["Shop 208, 2/F, Telford Plaza", "33 Wai Yip Street, Kowloon Bay",
               "Kowloon, Hong Kong"],
         street="Shop 208, 2/F, Telford Plaza, 33 Wai Yip Street, Kowloon Bay, Kowloon",
         city="Hong Kong"),
    card("strip-name", "CA", False, T("lato", pal="forest", mark="tri", name_w="bold",
                                      name_size=42, co_size=28, body_size=21),
         P("Daniel", "MacKinnon-Fraser", middle="R.", cred="P.Eng., PMP"),
         "Daniel R. MacKinnon-Fraser, P.Eng., PMP",
         v=1, co="Bluenose Structural Engineering Ltd.", title="Senior Structural Engineer",
         rows=[Ph("902-555-0134", "T"), Ph("902-555-0192", "C", "mobile"),
               Em("dmackinnon@bluenosestructural.ca")],
         addr=["1801 Hollis Street, Suite 1220", "Halifax, NS B3J 3N4"],
         street="1801 Hollis Street, Suite 1220", city="Halifax", region="NS",
         postal="B3J 3N4"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "NG", True, T("opensans", pal="purple", mark="circle", name_w="bold",
                                  name_size=40, co_size=26, body_size=21),
         P("Babatunde", "Okonkwo-Bello", middle="Chinedu"), "Babatunde Chinedu Okonkwo-Bello",
         co="Sahel Gate Logistics Limited", title="Country HR Director",
         qr_caption="Scan to connect",
         rows=[Ph("+234 209 555 4172", "T"), Ph("+234 812 555 0936", "M", "mobile"),
               Em("b.okonkwo-bello@sahelgate.ng")],
         addr=["3rd Floor, Mabushi Plaza, Ahmadu Bello Way", "Mabushi, Abuja, Nigeria"],
         street="3rd Floor, Mabushi Plaza, Ahmadu Bello Way, Mabushi", city="Abuja"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "DE", False, T("nimbussans", pal="charcoal", mark="square", name_w="bold",
                                 name_size=40, co_size=28, body_size=21),
         P("Stefan", "Hoffmann-Schäfer", middle="A.", prefix="Dr. med."),
         "Dr. med. Stefan A. Hoffmann-Schäfer",
         co="Praxisklinik am Englischen Garten", title="Facharzt für Orthopädie",
         rows=[Ph("089 5552 7140", "Tel."), Ph("089 5552 7149", "Fax", "fax"),
               Em("praxis@pk-englischer-garten.de")],
         addr=["Königinstraße 43a, 2. OG", "80539 München"],
         street="Königinstraße 43a, 2. OG", city="München", postal="80539"),
    card("boxed", "AU", True, T("inter", pal="sky", mark="arc", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Mei", "Tanaka-Reid", middle="Louise"), "Mei Louise Tanaka-Reid",
         v=1, co="Southbank Talent Co.", title="Talent Acquisition Partner",
         rows=[Ph("+61 3 5550 2871", "T"), Ph("+61 491 570 194", "M", "mobile"),
               Em("mei@southbanktalent.com.au"), Li("linkedin.com/in/meitanakareid")],
         addr=["Suite 14.02, Level 14", "1 Southbank Boulevard", "Southbank VIC 3006, Australia"],
         street="Suite 14.02, Level 14, 1 Southbank Boulevard", city="Southbank", region="VIC",
         postal="3006"),
]


SPECS9: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "NL", False, T("lato", pal="sky", mark="arc", name_w="bold",
                                   name_size=42, co_size=28, body_size=21),
         P("Annelies", "de Wit-Bakker", prefix="drs."), "drs. Annelies de Wit-Bakker",
         co="Grachtzicht Vermogensbeheer B.V.", title="Senior Vermogensbeheerder",
         rows=[Ph("020 555 3817", "T"), Ph("06 5551 2094", "M", "mobile"),
               Em("a.dewit@grachtzicht.nl"), Web("www.grachtzicht.nl")],
         addr=["Herengracht 448", "1017 CA Amsterdam"],
         street="Herengracht 448", city="Amsterdam", postal="1017 CA"),
    card("classic", "ZA", False, T("opensans", pal="green", mark="leaf", name_w="bold",
                                   name_size=40, co_size=28, body_size=21),
         P("Thandiwe", "Mokoena", middle="Grace", cred="CA(SA)"),
         "Thandiwe Grace Mokoena CA(SA)",
         co="Highveld Assurance Partners Inc.", title="Audit Director",
         rows=[Ph("011 555 2847", "Tel"), Ph("082 555 6130", "Cell", "mobile"),
               Em("thandiwe.mokoena@highveldassurance.co.za")],
         addr=["Block D, Rivonia Village", "56 Rivonia Boulevard", "Rivonia", "Johannesburg",
               "2128"],
         street="Block D, Rivonia Village, 56 Rivonia Boulevard, Rivonia", city="Johannesburg",
         postal="2128"),
    # ---------------------------------------------------------------- centred
    card("centred", "FR", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=44, co_size=28, body_size=21),
         P("Charles-Henri", "de Montclar", prefix="Me"), "Me Charles-Henri de Montclar",
         co="Montclar Vasseur Avocats", tag="AVOCATS AU BARREAU DE PARIS",
         title="Avocat associé",
         rows=[Ph("01 55 42 18 70", "Tél."), Ph("01 55 42 18 79", "Fax", "fax"),
               Em("chdemontclar@montclar-avocats.fr")],
         addr=["14 bis, rue de Miromesnil", "75008 Paris"],
         street="14 bis, rue de Miromesnil", city="Paris", postal="75008"),
    card("centred", "IT", False, T("century", "opensans", pal="burgundy", mark="rings",
                                   name_size=40, co_size=26, body_size=21),
         P("Francesca", "Colombo", prefix="Dott.ssa"), "Dott.ssa Francesca Colombo",
         co="Colombo & Rinaldi Commercialisti Associati",
         title="Dottore Commercialista – Revisore Legale",
         rows=[Ph("02 5558 3140", "Tel."), Ph("347 555 2816", "Cell.", "mobile"),
               Em("f.colombo@colomborinaldi.it"), Web("colomborinaldi.it")],
         addr=["Corso di Porta Romana 61", "20122 Milano (MI)"],
         street="Corso di Porta Romana 61", city="Milano", region="MI", postal="20122"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "ES", False, T("opensans", pal="orange", mark="tri", name_w="bold",
                                       name_size=38, co_size=26, body_size=21),
         P("Álvaro", "Fernández de Córdoba Ruiz"), "Álvaro Fernández de Córdoba Ruiz",
         co="Bética Ingeniería y Proyectos S.L.", title="Director de Proyectos",
         rows=[Ph("952 55 41 80", "Tel."), Ph("622 55 18 37", "Móvil", "mobile"),
               Em("afernandez@beticaingenieria.es")],
         addr=["C/ Marqués de Larios, nº 4, 3º B", "29005 Málaga"],
         street="C/ Marqués de Larios, nº 4, 3º B", city="Málaga", postal="29005"),
    card("two-columns", "KE", False, T("manrope", pal="navy", mark="diamond", name_w="bold",
                                       name_size=40, co_size=28, body_size=21),
         P("Brian", "Odhiambo", middle="Otieno"), "Brian Otieno Odhiambo",
         co="Savannah Freight Solutions Ltd", title="Regional Operations Manager",
         rows=[Ph("+254 20 555 7316", "Tel"), Ph("+254 733 555 284", "Mobile", "mobile"),
               Em("b.odhiambo@savannahfreight.co.ke"), Web("savannahfreight.co.ke")],
         addr=["Mirage Plaza, 3rd Floor, Mombasa Road", "P.O. Box 46125 - 00100", "Nairobi"],
         street="Mirage Plaza, 3rd Floor, Mombasa Road, P.O. Box 46125", city="Nairobi",
         postal="00100"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "JP", False, T("inter", pal="ink", mark="circle", name_w="bold",
                                    name_size=40, co_size=26, body_size=21),
         P("Haruka", "Sato"), "SATO Haruka",
         co="Hinode Translation Services Inc.", title="Project Coordinator",
         rows=[Ph("03-5555-8120", "TEL"), Ph("090-5555-3471", "Mobile", "mobile"),
               Em("h.sato@hinode-ts.co.jp")],
         addr=["102-0083", "Kojimachi Square 6F", "3-3 Kojimachi", "Chiyoda-ku, Tokyo"],
         street="Kojimachi Square 6F, 3-3 Kojimachi, Chiyoda-ku", city="Tokyo",
         postal="102-0083"),
    card("vertical", "BR", False, T("quicksand", "lato", pal="green", mark="leaf",
                                    name_w="bold", name_size=38, co_size=26, body_size=21),
         P("Ana Beatriz", "dos Santos Ferreira"), "Ana Beatriz dos Santos Ferreira", v=1,
         co="Ipê Arquitetura e Urbanismo", title="Arquiteta e Urbanista",
         rows=[Ph("(11) 3555-2918", "Tel."), Ph("(11) 99555-4170", "Cel.", "mobile"),
               Em("ana@ipearquitetura.com.br"), Web("ipearquitetura.com.br")],
         addr=["Rua Harmonia, 1250", "Vila Madalena", "São Paulo - SP", "CEP 05435-001"],
         street="Rua Harmonia, 1250, Vila Madalena", city="São Paulo", region="SP",
         postal="05435-001"),
    card("vertical", "SE", False, T("karla", pal="mist", mark="bars", name_w="bold",
                                    name_size=40, co_size=26, body_size=21),
         P("Linnea", "Lindqvist"), "Linnea Lindqvist",
         co="Norrsken Design AB", title="Kreativ chef",
         rows=[Ph("08-555 318 20", "Tel"), Ph("070-555 27 41", "Mobil", "mobile"),
               Em("linnea@norrskendesign.se")],
         addr=["Besöksadress:", "Åsögatan 122", "Postadress:", "Box 5012", "102 41 Stockholm"],
         street="Box 5012", city="Stockholm", postal="102 41"),
    # ---------------------------------------------------------------- dark
    card("dark", "MX", False, T("spartan", "inter", pal="charcoal", mark="hex", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Mariana", "Villaseñor Ortiz", prefix="Arq."), "Arq. Mariana Villaseñor Ortiz",
         co="Taller Cenote Arquitectos", title="Socia Directora",
         rows=[Ph("55 5555 2817", "Tel."), Ph("55 1555 9034", "Cel.", "mobile"),
               Em("mvillasenor@tallercenote.mx"), Web("tallercenote.mx")],
         addr=["Av. Álvaro Obregón 185, Int. 3, Col. Roma Norte",
               "Cuauhtémoc, 06700 Ciudad de México, CDMX"],
         street="Av. Álvaro Obregón 185, Int. 3, Col. Roma Norte, Cuauhtémoc",
         city="Ciudad de México", region="CMX", postal="06700"),
    card("dark", "IE", False, T("inter", pal="forest", mark="circle", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Ciarán", "Mac Giolla Bhríde"), "Ciarán Mac Giolla Bhríde", v=1,
         co="Atlantic Edge Software Ltd", title="Príomhfheidhmeannach | Chief Executive",
         title_truth="Chief Executive",
         rows=[Ph("+353 1 555 3190", "T"), Ph("+353 87 555 2046", "M", "mobile"),
               Em("ciaran@atlanticedge.ie")],
         addr=["The Chase, Carmanhall Road", "Sandyford Industrial Estate", "Dublin 18, D18 Y3X2"],
         street="The Chase, Carmanhall Road, Sandyford Industrial Estate", city="Dublin 18",
         postal="D18 Y3X2"),
    card("dark", "ZA", False, T("robotoslab", "roboto", pal="plum", mark="square",
                                name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Pieter", "du Plessis", middle="Johan"), "Pieter Johan du Plessis", v=2,
         co="Boland Wine Logistics (Pty) Ltd", title="Bedryfsbestuurder",
         rows=[Ph("021 555 8713", "Tel"), Ph("083 555 2046", "Sel", "mobile"),
               Em("pieter@bolandwine.co.za")],
         addr=["Posbus 318", "Stellenbosch", "7599"],
         street="Posbus 318", city="Stellenbosch", postal="7599"),
    # ---------------------------------------------------------------- band
    card("band", "IT", False, T("opensans", pal="teal", mark="bars", name_w="bold",
                                name_size=40, co_size=28, body_size=20),
         P("Lorenzo", "Bianchi", prefix="Arch."), "Arch. Lorenzo Bianchi", v=0,
         co="Bianchi Lab Architettura S.r.l.", title="Socio fondatore",
         rows=[Ph("+39 02 5554 7120", "T"), Ph("+39 338 555 9014", "M", "mobile"),
               Em("lorenzo@bianchilab.it")],
         addr=["Sede legale: Via Monte Napoleone 8 – 20121 Milano",
               "Sede operativa: Via Tortona 31", "20144 Milano (MI)"],
         street="Via Tortona 31", city="Milano", region="MI", postal="20144"),
    card("band", "MX", False, T("roboto", pal="red", mark="tri", name_w="bold",
                                name_size=40, co_size=26, body_size=21),
         P("Luis Fernando", "Ibarra Castañeda", prefix="Ing."),
         "Ing. Luis Fernando Ibarra Castañeda", v=2,
         co="Agroindustrias del Bajío S.A. de C.V.", title="Gerente de Planta",
         rows=[Ph("477 555 3018", "Tel."), Ph("477 155 4267", "Cel.", "mobile"),
               Em("libarra@agrobajio.com.mx"), Web("agrobajio.com.mx")],
         addr=["Blvd. Adolfo López Mateos 2405 Ote.", "Col. Jardines del Moral",
               "C.P. 37160 León, Gto."],
         street="Blvd. Adolfo López Mateos 2405 Ote., Col. Jardines del Moral", city="León",
         region="GUA", postal="37160"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "NL", False, T("gothic", "opensans", pal="ink", co_size=28,
                                    name_size=40, body_size=21),
         P("Joost", "van den Heuvel", middle="W.", prefix="ir."), "ir. Joost W. van den Heuvel",
         mono="VH", co="Van den Heuvel Bouwadvies", title="Directeur-eigenaar",
         rows=[Ph("+31 (0)30 555 2184", "T"), Ph("06-5552 8014", "M", "mobile"),
               Em("joost@vdheuvel-bouwadvies.nl")],
         addr=["Oudegracht 117A, 3511 AZ Utrecht"],
         street="Oudegracht 117A", city="Utrecht", postal="3511 AZ"),
    card("monogram", "PL", False, T("roboto", pal="burgundy", co_size=26, name_size=38,
                                    body_size=21),
         P("Tomasz", "Zieliński", prefix="mgr inż."), "mgr inż. Tomasz Zieliński", v=1,
         mono="WI", co="Wisła Inżynieria Sp. z o.o.", title="Dyrektor Techniczny",
         rows=[Ph("+48 22 555 41 80", "tel."), Ph("+48 601 555 237", "kom.", "mobile"),
               Em("t.zielinski@wisla-inzynieria.pl")],
         addr=["ul. Marszałkowska 142, lok. 12", "00-061 Warszawa"],
         street="ul. Marszałkowska 142, lok. 12", city="Warszawa", postal="00-061"),
    card("monogram", "KE", False, T("palladio", "lato", pal="teal", co_size=26,
                                    name_size=38, body_size=21),
         P("Mercy", "Onyango", middle="Achieng", prefix="Dr.", cred="MBChB, MMed (Paeds)"),
         ["Dr. Mercy Achieng Onyango", "MBChB, MMed (Paeds)"], mono="MO",
         co="Lakeside Paediatric Clinic", title="Consultant Paediatrician",
         rows=[Ph("057 555 2184", "Tel"), Ph("0722 555 914", "Mob", "mobile"),
               Em("m.onyango@lakesidepaeds.co.ke")],
         addr=["Mega Plaza, 2nd Floor, Oginga Odinga Street", "P.O. Box 2817-40100, Kisumu"],
         street="Mega Plaza, 2nd Floor, Oginga Odinga Street, P.O. Box 2817", city="Kisumu",
         postal="40100"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "JP", True, T("inter", pal="navy", mark="circle", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Kenji", "Watanabe"), "Kenji Watanabe",
         co="Sakura Mirai Capital Co., Ltd.", title="Managing Director",
         dept="Investment Division",
         rows=[Ph("+81-3-5555-6120", "Tel"), Ph("+81-3-5555-6121", "Fax", "fax"),
               Em("k.watanabe@sakuramirai.co.jp"), Web("www.sakuramirai.co.jp")],
         addr=["Shin-Marunouchi Building 28F, 1-5-1 Marunouchi",
               "Chiyoda-ku, Tokyo 100-0005, Japan"],
         street="Shin-Marunouchi Building 28F, 1-5-1 Marunouchi, Chiyoda-ku", city="Tokyo",
         postal="100-0005"),
    card("company-top", "ES", False, T("libertine", "opensans", pal="gold", mark="diamond",
                                       name_w="semibold", name_size=40, co_size=28,
                                       body_size=21),
         P("Jordi", "Puig i Serra"), "Jordi Puig i Serra",
         co="Puig Serra Advocats SLP", title="Soci director",
         rows=[Ph("+34 93 555 48 20", "T."), Ph("+34 655 48 21 97", "M.", "mobile"),
               Em("jpuig@puigserra.cat")],
         addr=["Passeig de Gràcia, 55, 4t 2a", "08007 Barcelona"],
         street="Passeig de Gràcia, 55, 4t 2a", city="Barcelona", postal="08007"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "FR", False, T("biolinum", pal="mist", name_w="bold", name_size=42,
                                   co_size=26, body_size=21),
         P("Sébastien", "Lefèvre"), "Sébastien Lefèvre",
         co=None, title="Consultant en systèmes d'information",
         rows=[Ph("06 55 27 41 83", "Port.", "mobile"), Em("s.lefevre@lefevre-conseil.fr")],
         addr=["BP 20418 – 31004 Toulouse Cedex 6"],
         street="BP 20418", city="Toulouse Cedex 6", postal="31004"),
    # ---------------------------------------------------------------- labels
    card("labels", "PL", False, T("lato", pal="ink", mark="hex", name_w="bold",
                                  name_size=40, co_size=28, body_size=21),
         P("Agnieszka", "Kowalczyk-Dąbrowska", prefix="lek. med."),
         "lek. med. Agnieszka Kowalczyk-Dąbrowska",
         co="Centrum Medyczne Mokotów", title="Dyrektor Medyczny",
         rows=[Ph("22 555 18 40", "tel."), Ph("501 555 327", "tel. kom.", "mobile"),
               Em("a.kowalczyk@cm-mokotow.pl", "e-mail"), Web("cm-mokotow.pl", "www")],
         addr=["ul. Puławska 145", "02-715 Warszawa"],
         street="ul. Puławska 145", city="Warszawa", postal="02-715"),
    card("labels", "SE", False, T("nimbussans", pal="sky", mark="square", name_w="bold",
                                  name_size=40, co_size=28, body_size=21),
         P("Erik", "Johansson", middle="O."), "Erik O. Johansson",
         co="Västkust Fastigheter AB", title="Fastighetschef",
         rows=[Ph("031-555 48 20", "Tfn"), Ph("070-555 91 34", "Mobil", "mobile"),
               Em("erik.johansson@vastkustfastigheter.se", "E-post")],
         addr=["Kungsportsavenyen 21", "411 36 Göteborg"],
         street="Kungsportsavenyen 21", city="Göteborg", postal="411 36"),
    # ---------------------------------------------------------------- icons
    card("icons", "BR", False, T("manrope", pal="orange", label_mode="icons", mark="circle",
                                 name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Carlos Eduardo", "Moreira"), "Carlos Eduardo Moreira",
         co="Tropicália Seguros S.A.", title="Gerente de Contas Corporativas",
         rows=[Ph("(19) 3555-8140"), Ph("(19) 99555-3027", typ="mobile"),
               Em("carlos.moreira@tropicaliaseguros.com.br")],
         addr=["Av. José de Souza Campos, 1073 – sala 84", "Cambuí – Campinas – SP",
               "CEP 13025-320"],
         street="Av. José de Souza Campos, 1073 – sala 84, Cambuí", city="Campinas",
         region="SP", postal="13025-320"),
    card("icons", "ZA", False, T("cabin", pal="sky", label_mode="icons", mark="arc",
                                 name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Sipho", "Ndlovu", middle="B."), "Sipho B. Ndlovu",
         co="Umhlanga Coastal Properties", title="Principal Property Practitioner",
         rows=[Ph("031 555 2817"), Ph("072 555 3046", typ="mobile"),
               Em("sipho@umhlangacoastal.co.za"), Web("umhlangacoastal.co.za")],
         addr=["Suite 4, The Crescent Centre", "12 Lighthouse Road", "Umhlanga Rocks",
               "Durban, 4319"],
         street="Suite 4, The Crescent Centre, 12 Lighthouse Road, Umhlanga Rocks",
         city="Durban", postal="4319"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "NL", False, T("manrope", pal="black", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Sanne", "Vermeulen"), "Sanne Vermeulen",
         co="Studio Vermeulen", title="Grafisch ontwerper",
         rows=[[Ph("06 1555 2093", "M", "mobile"), Em("hallo@studiovermeulen.nl"),
                Web("studiovermeulen.nl")]],
         sep=" / ",
         addr=["Westerstraat 187-H / 1015 MA Amsterdam"],
         street="Westerstraat 187-H", city="Amsterdam", postal="1015 MA"),
    card("one-line", "IT", False, T("libertine", "lato", pal="cream", name_w="semibold",
                                    name_size=42, co_size=28, body_size=21),
         P("Maria Chiara", "Esposito", prefix="Dott.ssa"), "Dott.ssa Maria Chiara Esposito",
         co="Studio Esposito", title="Consulente del Lavoro",
         rows=[[Ph("081 555 2914", "Tel."), Ph("339 555 7108", "Cell.", "mobile")],
               [Em("mc.esposito@studioesposito.it")]],
         sep=" • ",
         addr=["Via Toledo 256 • 80134 Napoli (NA)"],
         street="Via Toledo 256", city="Napoli", region="NA", postal="80134"),
    card("one-line", "IE", False, T("inter", pal="teal", mark="rings", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Pádraig", "Ó Súilleabháin", cred="MRIAI"), "Pádraig Ó Súilleabháin MRIAI",
         co="Ó Súilleabháin Architects", title="Principal Architect",
         rows=[[Ph("021 455 1830", "T"), Ph("086 555 2749", "M", "mobile")],
               [Em("padraig@osarchitects.ie"), Web("osarchitects.ie")]],
         sep="  |  ",
         addr=["Penrose Wharf, Penrose Quay, Cork T23 KW81"],
         street="Penrose Wharf, Penrose Quay", city="Cork", postal="T23 KW81"),
    # ---------------------------------------------------------------- dense
    card("dense", "MX", False, T("carlito", pal="ink", mark="bars", name_w="bold",
                                 name_size=40, co_size=28, body_size=21),
         P("Rodrigo", "Altamirano Ruiz", prefix="C.P."), "C.P. Rodrigo Altamirano Ruiz",
         co="Altamirano, Vega y Asociados, S.C.", title="Socio de Auditoría",
         dept="Auditoría y Aseguramiento",
         rows=[Ph("+52 55 5555 8130", "Tel."), Ph("+52 55 5555 8139", "Fax", "fax"),
               Ph("+52 55 3555 2819", "Cel.", "mobile"), Em("raltamirano@avya.com.mx"),
               Web("avya.com.mx")],
         addr=["Paseo de la Reforma 2620, Piso 8", "Col. Lomas Altas, Miguel Hidalgo",
               "C.P. 11950, Ciudad de México"],
         street="Paseo de la Reforma 2620, Piso 8, Col. Lomas Altas, Miguel Hidalgo",
         city="Ciudad de México", postal="11950"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "ES", False, T("lato", pal="purple", mark="circle", name_w="bold",
                                         name_size=40, co_size=28, body_size=21),
         P("Lucía", "Navarro Gil", prefix="Dra."), "Dra. Lucía Navarro Gil",
         co="Clínica Dental Navarro", title="Odontóloga · Ortodoncia",
         rows=[Ph("965 55 28 14", "Tel."), Ph("678 55 13 90", "Móvil", "mobile"),
               Em("citas@clinicanavarro.es")],
         addr=["C/ Mayor, nº 12, 1º A", "03201 Elche (Alicante)"],
         street="C/ Mayor, nº 12, 1º A", city="Elche", region="A", postal="03201"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "KE", True, T("opensans", pal="orange", mark="tri", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Grace", "Wambui", middle="Njeri"), "Grace Njeri Wambui",
         co="Kilele Digital Agency", title="Head of Client Services",
         rows=[Ph("0709 555 218", "Tel"), Ph("0722 555 416", "Mob", "mobile"),
               Em("grace@kilele.co.ke"), Web("kilele.co.ke")],
         addr=["The Mirage, Tower 2, 9th Floor", "Chiromo Road, Westlands",
               "P.O. Box 66412 - 00800", "Nairobi, Kenya"],
         street="The Mirage, Tower 2, 9th Floor, Chiromo Road, Westlands, P.O. Box 66412",
         city="Nairobi", postal="00800"),
    # ---------------------------------------------------------------- qr
    card("qr", "FR", False, T("inter", pal="purple", mark="diamond", name_w="bold",
                              name_size=40, co_size=26, body_size=21),
         P("Isabelle", "Marchetti-Roux"), "Isabelle Marchetti-Roux",
         co="Groupe Aéris", title="Responsable Recrutement",
         dept="Direction des Ressources Humaines", qr_caption="Flashez-moi",
         rows=[Ph("+33 1 55 84 27 10", "Tél."), Ph("+33 6 55 31 47 82", "Port.", "mobile"),
               Em("isabelle.marchetti-roux@groupe-aeris.fr")],
         addr=["Tour Ariane, 5 place de la Pyramide", "92088 Paris La Défense Cedex"],
         street="Tour Ariane, 5 place de la Pyramide", city="Paris La Défense Cedex",
         postal="92088"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "IT", False, T("spartan", "lato", pal="charcoal", name_w="bold",
                                    name_size=58, co_size=26, body_size=21),
         P("Alessio", "Greco"), "Alessio Greco",
         co=None, title="Fotografo di architettura",
         rows=[Ph("+39 349 555 6182", "cell"), Em("studio@alessiogreco.photo"),
               Web("alessiogreco.photo")],
         addr=["Via del Pratello 42/B · 40122 Bologna (BO)"],
         street="Via del Pratello 42/B", city="Bologna", region="BO", postal="40122"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "NL", True, T("opensans", pal="mist", name_caps=True, name_track=6,
                                 name_w="regular", name_size=36, title_size=23, co_size=26,
                                 body_size=19),
         P("Maarten", "de Jong", middle="P."), "Maarten P. de Jong",
         co="Maasveld Logistiek B.V.", title="Commercieel Directeur",
         rows=[Ph("+31 10 555 2918", "T"), Ph("+31 6 5552 7730", "M", "mobile"),
               Em("m.dejong@maasveld.nl")],
         addr=["Bezoekadres: Wilhelminakade 91, 3072 AP Rotterdam",
               "Postadres: Postbus 21840, 3001 AV Rotterdam, Nederland"],
         street="Wilhelminakade 91", city="Rotterdam", postal="3072 AP"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "MX", True, T("quicksand", "opensans", pal="orange", mark="rings",
                                    name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Valeria", "Sánchez", middle="Itzel"), "Valeria Itzel Sánchez",
         co="Nopal Estudio Creativo", title="Directora de Arte",
         rows=[Ph("33 3555 2817", "Tel."), Ph("33 1555 4092", "WhatsApp", "mobile"),
               Em("valeria@nopalestudio.com"), Web("nopalestudio.com")],
         addr=["Av. Chapultepec Sur 480, Piso 3", "Col. Americana, C.P. 44160",
               "Guadalajara, Jal., México"],
         street="Av. Chapultepec Sur 480, Piso 3, Col. Americana", city="Guadalajara",
         region="JAL", postal="44160"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "JP", False, T("roboto", pal="sky", mark="hex", name_w="bold",
                                  name_size=38, co_size=26, body_size=21),
         P("Yuki", "Nakamura"), "Yuki NAKAMURA",
         co="Kumo Cloud Solutions K.K.", title="Senior Solutions Architect",
         rows=[Ph("06-6555-3120", "T"), Ph("080-5555-2718", "M", "mobile"),
               Em("yuki.nakamura@kumocloud.co.jp")],
         addr=["Grand Front Osaka Tower B 15F", "3-1 Ofukacho, Kita-ku, Osaka 530-0011"],
         street="Grand Front Osaka Tower B 15F, 3-1 Ofukacho, Kita-ku", city="Osaka",
         postal="530-0011"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "ZA", True, T("lato", pal="navy", mark="square", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Anri", "van Wyk", cred="BCom LLB"), "Anri van Wyk BCom LLB",
         co="Van Wyk Malan Attorneys Inc.", title="Director",
         rows=[Ph("+27 12 555 3087", "T"), Ph("+27 83 555 4129", "C", "mobile"),
               Em("anri@vwmattorneys.co.za")],
         addr=["Lynnwood Corner, 3rd Floor", "Cnr Lynnwood Road & Daventry Street",
               "Lynnwood Manor, Pretoria, 0081", "South Africa"],
         street="Lynnwood Corner, 3rd Floor, Cnr Lynnwood Road & Daventry Street, Lynnwood Manor",
         city="Pretoria", postal="0081"),
    # ---------------------------------------------------------------- footer
    card("footer", "FR", False, T("robotoslab", "opensans", pal="cream", mark="leaf",
                                  name_w="bold", name_size=42, co_size=28, body_size=21),
         P("Jean-Baptiste", "Morel"), "Jean-Baptiste Morel",
         co="Ateliers Morel Ébénisterie", title="Artisan ébéniste",
         rows=[Ph("04 55 78 21 36", "Tél."), Ph("06 55 12 84 39", "Port.", "mobile"),
               Em("contact@ateliers-morel.fr"), Web("ateliers-morel.fr")],
         addr=["3 ter, chemin des Vignes", "69390 Vourles"],
         street="3 ter, chemin des Vignes", city="Vourles", postal="69390"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "IE", False, T("century", "lato", pal="sky", name_w="regular",
                                    name_size=42, co_size=28, body_size=21),
         P("Aoife", "Kavanagh", cred="MISCP"), "Aoife Kavanagh MISCP",
         co="Slaney Valley Physiotherapy", title="Chartered Physiotherapist",
         rows=[[Ph("053 555 8240", "T"), Ph("085 555 1347", "M", "mobile")],
               [Em("aoife@slaneyphysio.ie")]],
         sep="   ",
         addr=["Unit 2, Abbey Quarter, Mill Road", "Enniscorthy, Co. Wexford, Y21 K2X6"],
         street="Unit 2, Abbey Quarter, Mill Road", city="Enniscorthy", postal="Y21 K2X6"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "ES", False, T("inter", pal="red", mark="arc", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Iñaki", "Etxeberria Goikoetxea"), "Iñaki Etxeberria Goikoetxea", v=1,
         co="Kresala Ingeniería Naval S.L.", title="Jefe de Proyectos",
         rows=[Ph("+34 944 55 82 17", "Tel."), Ph("+34 688 55 21 40", "Móvil", "mobile"),
               Em("ietxeberria@kresala.es")],
         addr=["Alameda de Urquijo, 28, 5º izda.", "48010 Bilbao (Bizkaia)"],
         street="Alameda de Urquijo, 28, 5º izda.", city="Bilbao", region="BI",
         postal="48010"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "BR", True, T("manrope", pal="charcoal", mark="square", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Fernanda", "Oliveira", middle="Cristina"), "Fernanda Cristina Oliveira",
         co="Paulista Recursos Humanos Ltda.", title="Gerente de Recrutamento",
         rows=[Ph("+55 11 3555-4180", "Tel"), Ph("+55 11 98555-2719", "Cel", "mobile"),
               Em("fernanda.oliveira@paulistarh.com.br")],
         addr=["Av. Paulista, 1842 – 15º andar – cj. 155", "Bela Vista – São Paulo – SP",
               "01310-200 – Brasil"],
         street="Av. Paulista, 1842 – 15º andar – cj. 155, Bela Vista", city="São Paulo",
         region="SP", postal="01310-200"),
]


SPECS10: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "BR", False, T("lato", pal="green", mark="leaf", name_w="bold",
                                   name_size=40, co_size=28, body_size=21),
         P("João Pedro", "Albuquerque Lins", prefix="Dr."), "Dr. João Pedro Albuquerque Lins",
         co="Albuquerque Lins & Tavares Advogados", title="Sócio",
         rows=[Ph("(11) 3555-4187", "Tel."), Ph("(11) 99555-2731", "Cel.", "mobile"),
               Em("jplins@altadvogados.com.br"), Web("www.altadvogados.com.br")],
         addr=["Av. Paulista, 1578, conj. 121 – Bela Vista", "01310-100  São Paulo - SP"],
         street="Av. Paulista, 1578, conj. 121 – Bela Vista", city="São Paulo", region="SP",
         postal="01310-100"),
    card("classic", "CZ", False, T("opensans", pal="sky", mark="bars", name_w="bold",
                                   name_size=40, co_size=28, body_size=21),
         P("Tereza", "Dvořáková", prefix="Ing."), "Ing. Tereza Dvořáková",
         co="Vltava Stavební Projekty s.r.o.", title="jednatelka",
         rows=[Ph("+420 222 555 418", "tel."), Ph("+420 602 555 318", "mobil", "mobile"),
               Em("dvorakova@vltava-projekty.cz")],
         addr=["Vodičkova 704/36", "110 00 Praha 1"],
         street="Vodičkova 704/36", city="Praha 1", postal="110 00"),
    # ---------------------------------------------------------------- centred
    card("centred", "IT", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=44, co_size=28, body_size=21),
         P("Giulio", "Ferraris", prefix="Avv."), "Avv. Giulio Ferraris",
         co="Studio Legale Ferraris Ghersi", title="Avvocato Cassazionista",
         rows=[Ph("011 555 4718", "Tel."), Ph("011 555 4719", "Fax", "fax"),
               Em("g.ferraris@studioferrarisghersi.it")],
         addr=["Corso Vittorio Emanuele II 111, int. 7", "10128 Torino (TO)"],
         street="Corso Vittorio Emanuele II 111, int. 7", city="Torino", region="TO",
         postal="10128"),
    card("centred", "PT", False, T("century", "opensans", pal="burgundy", mark="rings",
                                   name_size=40, co_size=26, body_size=21),
         P("Inês", "Carvalho Mendes", prefix="Dra."), "Dra. Inês Carvalho Mendes",
         co="Mendes & Sá Sociedade de Advogados, SP, RL", title="Advogada Associada",
         rows=[Ph("213 555 418", "Tel."), Ph("912 555 347", "Tlm.", "mobile"),
               Em("ines.mendes@mendesesa.pt")],
         addr=["Rua Castilho, 39 – 5.º Esq.", "1250-068 Lisboa"],
         street="Rua Castilho, 39 – 5.º Esq.", city="Lisboa", postal="1250-068"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "TR", False, T("opensans", pal="red", mark="tri", name_w="bold",
                                       name_size=38, co_size=26, body_size=21),
         P("Elif", "Yıldırım Aksoy"), "Elif Yıldırım Aksoy",
         co="Boğaziçi Lojistik A.Ş.", title="Satış ve Pazarlama Müdürü",
         rows=[Ph("+90 212 555 41 80", "T"), Ph("+90 532 555 27 14", "M", "mobile"),
               Em("elif.aksoy@bogazicilojistik.com.tr")],
         addr=["Barbaros Bulvarı No:145 Kat:3 D:7", "34349 Beşiktaş/İstanbul"],
         street="Barbaros Bulvarı No:145 Kat:3 D:7, Beşiktaş", city="İstanbul",
         postal="34349"),
    card("two-columns", "AT", False, T("inter", pal="mist", mark="square", name_w="bold",
                                       name_size=40, co_size=28, body_size=21),
         P("Katharina", "Eder", middle="Maria", prefix="Mag."), "Mag. Katharina Maria Eder",
         co="Eder & Huber Steuerberatung GmbH", title="Steuerberaterin",
         rows=[Ph("+43 1 555 41 80", "T"), Ph("+43 664 555 12 34", "M", "mobile"),
               Em("k.eder@eder-huber.at"), Web("www.eder-huber.at")],
         addr=["Herrengasse 6-8, Stiege 2, Top 14", "1010 Wien"],
         street="Herrengasse 6-8, Stiege 2, Top 14", city="Wien", postal="1010"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "CO", True, T("manrope", pal="ink", mark="circle", name_w="bold",
                                    name_size=38, co_size=26, body_size=21),
         P("Juan Camilo", "Restrepo Arango"), "Juan Camilo Restrepo Arango",
         co="Andina Capital Partners S.A.S.", title="Gerente de Inversiones",
         rows=[Ph("(601) 555 4180", "PBX"), Ph("+57 310 555 2718", "Cel.", "mobile"),
               Em("jcrestrepo@andinacapital.co")],
         addr=["Cra. 7 No. 71-21", "Torre B, Piso 12", "Bogotá, Colombia"],
         street="Cra. 7 No. 71-21, Torre B, Piso 12", city="Bogotá", postal=None),
    card("vertical", "PL", False, T("karla", pal="mist", mark="bars", name_w="bold",
                                    name_size=40, co_size=26, body_size=21),
         P("Bartosz", "Wróblewski", prefix="dr inż."), "dr inż. Bartosz Wróblewski", v=1,
         co="Pomorskie Laboratorium Materiałowe sp. z o.o.", title="Kierownik Laboratorium",
         rows=[Ph("58 555 31 40", "tel."), Ph("605 555 218", "kom.", "mobile"),
               Em("b.wroblewski@plm-gdansk.pl")],
         addr=["ul. Długa 44/50", "80-827 Gdańsk"],
         street="ul. Długa 44/50", city="Gdańsk", postal="80-827"),
    # ---------------------------------------------------------------- dark
    card("dark", "ES", False, T("spartan", "inter", pal="charcoal", mark="hex", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("María del Carmen", "Ortega Blanco"), "María del Carmen Ortega Blanco",
         co="Castellana Gestión Patrimonial S.A.", title="Directora Financiera",
         rows=[Ph("91 555 32 18", "Tel."), Ph("655 48 21 73", "Móvil", "mobile"),
               Em("mcortega@castellanagestion.es"), Web("castellanagestion.es")],
         addr=["C/ Serrano, 41, 3º B", "28001 Madrid"],
         street="C/ Serrano, 41, 3º B", city="Madrid", postal="28001"),
    card("dark", "TR", False, T("inter", pal="navy", mark="circle", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Zeynep", "Kaya", prefix="Av."), "Av. Zeynep Kaya", v=1,
         co="Kaya Hukuk Bürosu", title="Kurucu Ortak",
         rows=[Ph("(0312) 555 41 80", "Tel"), Ph("0 (532) 555 27 14", "Gsm", "mobile"),
               Em("zeynep@kayahukuk.com.tr")],
         addr=["Atatürk Bulvarı No:199/A Kat:5", "06680 Çankaya/Ankara"],
         street="Atatürk Bulvarı No:199/A Kat:5, Çankaya", city="Ankara", postal="06680"),
    # ---------------------------------------------------------------- band
    card("band", "BR", False, T("opensans", pal="teal", mark="bars", name_w="bold",
                                name_size=40, co_size=28, body_size=20),
         P("Rafael Henrique", "Monteiro Cunha"), "Rafael Henrique Monteiro Cunha", v=0,
         co="Guanabara Energia S.A.", title="Diretor de Operações",
         rows=[Ph("(21) 3555-8140", "Tel."), Ph("(21) 99555-6173", "Cel.", "mobile"),
               Em("rafael.cunha@guanabaraenergia.com.br")],
         addr=["Rua da Assembleia, 10, sala 2817 – Centro", "Rio de Janeiro - RJ",
               "CEP 20011-901"],
         street="Rua da Assembleia, 10, sala 2817 – Centro", city="Rio de Janeiro",
         region="RJ", postal="20011-901"),
    card("band", "AR", False, T("roboto", pal="sky", mark="tri", name_w="bold",
                                name_size=40, co_size=26, body_size=21),
         P("Martín", "Ferreyra", middle="Ezequiel"), "Martín Ezequiel Ferreyra", v=2,
         co="Pampa Agroexport S.A.", title="Gerente Comercial",
         rows=[Ph("+54 11 5555-4180", "Tel."), Ph("+54 9 11 5555-2718", "Cel.", "mobile"),
               Em("mferreyra@pampaagroexport.com.ar"), Web("pampaagroexport.com.ar")],
         addr=["Av. Leandro N. Alem 855, piso 14", "C1001AAD CABA"],
         street="Av. Leandro N. Alem 855, piso 14", city="CABA", postal="C1001AAD"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "BE", False, T("gothic", "opensans", pal="ink", co_size=28,
                                    name_size=40, body_size=21),
         P("Pieter-Jan", "Van Damme"), "Pieter-Jan Van Damme",
         mono="VP", co="Van Damme & Peeters BV", title="Zaakvoerder",
         rows=[Ph("+32 3 555 41 80", "T"), Ph("+32 475 55 31 20", "GSM", "mobile"),
               Em("pj@vandamme-peeters.be")],
         addr=["Meir 24 bus 3", "2000 Antwerpen"],
         street="Meir 24 bus 3", city="Antwerpen", postal="2000"),
    card("monogram", "IT", False, T("palladio", "lato", pal="burgundy", co_size=26,
                                    name_size=38, body_size=21),
         P("Federico", "Santangelo", prefix="Ing."), "Ing. Federico Santangelo", v=1,
         mono="SI", co="Santangelo Impianti S.p.A.", title="Direttore Tecnico",
         rows=[Ph("06 5557 2184", "Tel."), Ph("+39 335 555 7102", "Cell.", "mobile"),
               Em("f.santangelo@santangeloimpianti.it")],
         addr=["Via dei Condotti 61/A, scala B, int. 4", "00187 Roma RM"],
         street="Via dei Condotti 61/A, scala B, int. 4", city="Roma", region="RM",
         postal="00187"),
    # ---------------------------------------------------------------- labels
    card("labels", "AT", False, T("lato", pal="ink", mark="hex", name_w="bold",
                                  name_size=40, co_size=26, body_size=21),
         P("Florian", "Gruber", prefix="DI", cred="MSc"), "DI Florian Gruber, MSc",
         co="Murtal Energietechnik GmbH & Co KG", title="Prokurist",
         rows=[Ph("+43 316 555 248", "Tel"), Ph("+43 676 555 31 90", "Mobil", "mobile"),
               Em("f.gruber@murtal-energie.at", "E-Mail")],
         addr=["Sackstraße 22", "A-8010 Graz"],
         street="Sackstraße 22", city="Graz", postal="8010"),
    card("labels", "PL", False, T("nimbussans", pal="red", mark="square", name_w="bold",
                                  name_size=40, co_size=28, body_size=21),
         P("Magdalena", "Nowak-Szymańska", prefix="mgr"), "mgr Magdalena Nowak-Szymańska",
         co="Vistula Consulting Sp. z o.o.", title="Dyrektor ds. Personalnych",
         rows=[Ph("+48 22 555 73 10", "tel."), Ph("+48 502 555 841", "kom.", "mobile"),
               Em("m.nowak-szymanska@vistulaconsulting.pl", "e-mail")],
         addr=["al. Jerozolimskie 123A, lok. 45", "02-017 Warszawa"],
         street="al. Jerozolimskie 123A, lok. 45", city="Warszawa", postal="02-017"),
    # ---------------------------------------------------------------- icons
    card("icons", "CO", False, T("manrope", pal="orange", label_mode="icons", mark="circle",
                                 name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Natalia Andrea", "Gómez Vélez"), "Natalia Andrea Gómez Vélez",
         co="Antioquia Textil S.A.S.", title="Directora de Talento Humano",
         rows=[Ph("(604) 555 2814"), Ph("315 555 9021", typ="mobile"),
               Em("ngomez@antioquiatextil.com.co")],
         addr=["Edificio Milla de Oro, Of. 904", "Carrera 43A # 1 Sur-100",
               "El Poblado, Medellín – Antioquia"],
         street="Edificio Milla de Oro, Of. 904, Carrera 43A # 1 Sur-100, El Poblado",
         city="Medellín", region="ANT"),
    card("icons", "IN", False, T("cabin", pal="sky", label_mode="icons", mark="arc",
                                 name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Priya", "Iyer", middle="Ramesh"), "Priya Ramesh Iyer",
         co="Kaveri Cloudworks Pvt. Ltd.", title="Vice President – Engineering",
         rows=[Ph("+91 80 4155 4180"), Ph("+91 98450 55512", typ="mobile"),
               Em("priya.iyer@kavericloud.in"), Web("www.kavericloud.in")],
         addr=["No. 17, 3rd Floor, Prestige Meridian II", "M.G. Road, Bengaluru – 560 001",
               "Karnataka"],
         street="No. 17, 3rd Floor, Prestige Meridian II, M.G. Road", city="Bengaluru",
         region="KA", postal="560 001"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "PT", False, T("manrope", pal="black", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Tiago", "Sousa Pinto", prefix="Eng.º"), "Eng.º Tiago Sousa Pinto",
         co="Douro Automação, Lda.", title="Diretor Técnico",
         rows=[[Ph("+351 22 555 4180", "T"), Ph("+351 912 555 736", "M", "mobile")],
               [Em("tiago.pinto@douroautomacao.pt")]],
         sep=" · ",
         addr=["Avenida da Boavista, 1837, r/c · 4100-133 Porto"],
         street="Avenida da Boavista, 1837, r/c", city="Porto", postal="4100-133"),
    card("one-line", "ES", False, T("libertine", "lato", pal="cream", name_w="semibold",
                                    name_size=42, co_size=28, body_size=21),
         P("Marc", "Vidal Soler"), "Marc Vidal Soler",
         co="Vidal Digital S.L.", title="Consultor SEO",
         rows=[[Ph("+34 93 555 21 87", "T."), Ph("+34 622 55 43 10", "M.", "mobile")],
               [Em("marc@vidaldigital.es"), Web("vidaldigital.es")]],
         sep="  |  ",
         addr=["Pl. de Catalunya, 9, 5º 1ª | 08002 Barcelona"],
         street="Pl. de Catalunya, 9, 5º 1ª", city="Barcelona", postal="08002"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "TR", False, T("inter", pal="navy", mark="diamond", name_w="bold",
                                       name_size=40, co_size=28, body_size=21),
         P("Burak", "Şahin"), "Burak Şahin",
         co="Marmara Gıda Sanayi A.Ş.", title="İnsan Kaynakları Direktörü",
         rows=[Ph("+90 212 555 62 40", "Tel"), Ph("+90 212 555 62 49", "Faks", "fax"),
               Ph("+90 535 555 18 02", "Gsm", "mobile"), Em("burak.sahin@marmaragida.com.tr")],
         addr=["Harbiye Mah. Cumhuriyet Cad.", "Dere Sok. No:7 Kat:2",
               "34367 Şişli/İstanbul"],
         street="Harbiye Mah. Cumhuriyet Cad., Dere Sok. No:7 Kat:2, Şişli", city="İstanbul",
         postal="34367"),
    card("company-top", "BR", False, T("libertine", "opensans", pal="gold", mark="leaf",
                                       name_w="semibold", name_size=40, co_size=28,
                                       body_size=21),
         P("Luíza", "Fernandes Rocha"), "Luíza Fernandes Rocha",
         co="Serra do Curral Mineração Ltda.", title="Gerente de Recursos Humanos",
         rows=[Ph("+55 31 3555-2047", "Tel"), Ph("+55 31 98555-1420", "Cel", "mobile"),
               Em("luiza.rocha@serradocurral.com.br")],
         addr=["Av. Afonso Pena, 3924, 8º andar", "Mangabeiras – Belo Horizonte/MG",
               "30130-009"],
         street="Av. Afonso Pena, 3924, 8º andar, Mangabeiras", city="Belo Horizonte",
         region="MG", postal="30130-009"),
    # ---------------------------------------------------------------- dense
    card("dense", "IN", False, T("carlito", pal="ink", mark="bars", name_w="bold",
                                 name_size=40, co_size=28, body_size=21),
         P("Rajat", "Malhotra", middle="Kumar"), "Rajat Kumar Malhotra",
         co="Aravalli Auto Components Pvt. Ltd.", title="Senior Manager – Procurement",
         dept="Supply Chain Management",
         rows=[Ph("0124 555 4180", "Tel"), Ph("0124 555 4189", "Fax", "fax"),
               Ph("+91 98110 55523", "Mob", "mobile"), Em("rajat.malhotra@aravalliauto.co.in"),
               Web("aravalliauto.co.in")],
         addr=["Plot No. 42, Sector 44", "Gurugram, Haryana 122 003"],
         street="Plot No. 42, Sector 44", city="Gurugram", region="HR", postal="122 003"),
    card("dense", "AR", False, T("robotocond", "roboto", pal="mist", mark="square",
                                 name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Diego", "Paz", middle="Alejandro", prefix="Ing."), "Ing. Diego Alejandro Paz",
         co="Mediterránea Construcciones S.R.L.", title="Jefe de Ingeniería",
         dept="Departamento de Proyectos",
         rows=[Ph("(0351) 555-4180", "Tel."), Ph("(0351) 555-4189", "Fax", "fax"),
               Ph("+54 9 351 555-2718", "Cel.", "mobile"), Em("dpaz@mediterranea.com.ar"),
               Web("www.mediterranea.com.ar")],
         addr=["Bv. San Juan 120, 3º piso, of. B", "X5000ATN Córdoba"],
         street="Bv. San Juan 120, 3º piso, of. B", city="Córdoba", postal="X5000ATN"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "BE", False, T("lato", pal="purple", mark="circle", name_w="bold",
                                         name_size=40, co_size=28, body_size=21),
         P("Marie-Laure", "Dubois-Lambert", prefix="Me"), "Me Marie-Laure Dubois-Lambert",
         co="Lambert & Associés SRL", title="Avocate associée",
         rows=[Ph("02 555 41 82", "Tél."), Ph("0475 55 31 27", "GSM", "mobile"),
               Em("ml.dubois@lambert-associes.be")],
         addr=["Rue Belliard 40 Belliardstraat", "1040 Bruxelles - Brussel"],
         street="Rue Belliard 40 Belliardstraat", city="Bruxelles", postal="1040"),
    card("right-aligned", "IT", False, T("century", "opensans", pal="green", mark="leaf",
                                         name_w="bold", name_size=40, co_size=28,
                                         body_size=21),
         P("Lorenzo", "Bartolini", prefix="Geom."), "Geom. Lorenzo Bartolini", v=1,
         co="Arno Immobiliare S.a.s.", title="Titolare",
         rows=[Ph("055 555 2190", "Tel."), Ph("338 555 4721", "Cell.", "mobile"),
               Em("info@arnoimmobiliare.it"), Web("arnoimmobiliare.it")],
         addr=["Piazza della Repubblica 32", "50123 Firenze FI"],
         street="Piazza della Repubblica 32", city="Firenze", region="FI", postal="50123"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "CZ", False, T("biolinum", pal="mist", name_w="bold", name_size=42,
                                   co_size=26, body_size=21),
         P("Jakub", "Novotný", prefix="Mgr."), "Mgr. Jakub Novotný",
         co=None, title="soudní překladatel a tlumočník",
         rows=[Ph("+420 777 555 412", "mobil", "mobile"), Em("jakub@novotny-preklady.cz")],
         addr=["Údolní 567/33, 602 00 Brno"],
         street="Údolní 567/33", city="Brno", postal="602 00"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "ES", False, T("opensans", pal="orange", mark="tri", name_w="bold",
                                     name_size=40, co_size=28, body_size=21),
         P("Rocío", "Jiménez Morales"), "Rocío Jiménez Morales",
         co="Giralda Arquitectura S.L.P.", title="Arquitecta",
         rows=[Ph("954 55 21 80", "Tel."), Ph("687 55 31 42", "Móvil", "mobile"),
               Em("rocio@giraldaarquitectura.es"), Web("giraldaarquitectura.es")],
         addr=["Avda. de la Constitución, 18, 2º dcha.", "41004 Sevilla"],
         street="Avda. de la Constitución, 18, 2º dcha.", city="Sevilla", postal="41004"),
    # ---------------------------------------------------------------- qr
    card("qr", "US", False, T("inter", pal="purple", mark="diamond", name_w="bold",
                              name_size=40, co_size=26, body_size=21),
         P("Marisol", "Cruz-Whitaker"), "Marisol Cruz-Whitaker",
         co="Lakeshore Freight Systems, LLC", title="Director, Talent Acquisition",
         qr_caption="Scan to save contact",
         rows=[Ph("(312) 555-0186", "O"), Ph("(312) 555-0129", "M", "mobile"),
               Em("mcruz-whitaker@lakeshorefreight.com")],
         addr=["The Rookery, Suite 1150", "209 South LaSalle Street", "Chicago, IL 60604"],
         street="The Rookery, Suite 1150, 209 South LaSalle Street", city="Chicago",
         region="IL", postal="60604"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "PT", False, T("spartan", "lato", pal="charcoal", name_w="bold",
                                    name_size=58, co_size=26, body_size=21),
         P("Beatriz", "Lobo Antunes"), "Beatriz Lobo Antunes",
         co=None, title="Designer de Interiores",
         rows=[Ph("+351 936 555 218", "tlm", "mobile"), Em("ola@beatrizloboantunes.pt"),
               Web("beatrizloboantunes.pt")],
         addr=["Rua da Rosa, 157, 2.º Dto. · 1200-383 Lisboa"],
         street="Rua da Rosa, 157, 2.º Dto.", city="Lisboa", postal="1200-383"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "AT", True, T("opensans", pal="mist", name_caps=True, name_track=6,
                                 name_w="regular", name_size=36, title_size=23, co_size=26,
                                 body_size=19),
         P("Lukas", "Hofbauer"), "Lukas Hofbauer",
         co="Hofbauer Immobilien KG", title="Geschäftsführer",
         rows=[Ph("+43 1 555 72 18", "T"), Ph("+43 699 555 40 12", "M", "mobile"),
               Em("office@hofbauer-immobilien.at")],
         addr=["Kärntner Straße 12/Top 5", "1010 Wien, Österreich"],
         street="Kärntner Straße 12/Top 5", city="Wien", postal="1010"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "BR", False, T("quicksand", "opensans", pal="green", mark="rings",
                                     name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Gabriel", "Kunzler Weber", prefix="Dr."), "Dr. Gabriel Kunzler Weber",
         co="Clínica Veterinária Pampa", title="Médico Veterinário · CRMV-RS 14.827",
         title_truth="Médico Veterinário",
         rows=[Ph("(51) 3555-7284", "Tel."), Ph("(51) 99555-3816", "WhatsApp", "mobile"),
               Em("gabriel@vetpampa.com.br")],
         addr=["Rua Padre Chagas, nº 342, sala 501", "Moinhos de Vento – Porto Alegre – RS",
               "CEP 90570-080"],
         street="Rua Padre Chagas, nº 342, sala 501, Moinhos de Vento", city="Porto Alegre",
         region="RS", postal="90570-080"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "CO", False, T("roboto", pal="sky", mark="hex", name_w="bold",
                                  name_size=38, co_size=26, body_size=21),
         P("Andrés Felipe", "Rojas Castaño"), "Andrés Felipe Rojas Castaño",
         co="Cafetal Digital S.A.S.", title="Director de Tecnología",
         rows=[Ph("+57 601 555 8140", "T"), Ph("+57 320 555 4127", "M", "mobile"),
               Em("arojas@cafetaldigital.co")],
         addr=["Calle 93 # 11-26, Of. 502", "Bogotá D.C. – 110221"],
         street="Calle 93 # 11-26, Of. 502", city="Bogotá", region="DC", postal="110221"),
    # ---------------------------------------------------------------- grid
    card("grid", "TR", False, T("opensans", pal="navy", mark="square", name_w="bold",
                                name_size=40, co_size=26, body_size=22),
         P("Mehmet Can", "Öztürk"), "Mehmet Can Öztürk",
         co="Ege Tekstil San. ve Tic. Ltd. Şti.", title="Genel Müdür",
         rows=[[Ph("+90 232 555 41 87", "TEL")], [Ph("+90 533 555 62 10", "GSM", "mobile")],
               [Em("mcozturk@egetekstil.com.tr", "E-POSTA")]],
         addr=["Cumhuriyet Bulvarı No:140 K:6", "35210 Konak/İzmir"], addr_label="ADRES",
         street="Cumhuriyet Bulvarı No:140 K:6, Konak", city="İzmir", postal="35210"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "PL", False, T("lato", pal="navy", mark="square", name_w="bold",
                                     name_size=40, co_size=26, body_size=21),
         P("Piotr", "Grabowski", prefix="r.pr."), "r.pr. Piotr Grabowski",
         co="Grabowski i Wspólnicy Kancelaria Radców Prawnych sp.k.", title="Radca prawny",
         rows=[Ph("12 555 41 27", "tel."), Ph("+48 691 555 034", "tel. kom.", "mobile"),
               Em("p.grabowski@grabowski-kancelaria.pl")],
         addr=["ul. Floriańska 15/7", "31-019 Kraków"],
         street="ul. Floriańska 15/7", city="Kraków", postal="31-019"),
    # ---------------------------------------------------------------- footer
    card("footer", "IT", False, T("robotoslab", "opensans", pal="cream", mark="arc",
                                  name_w="bold", name_size=42, co_size=28, body_size=21),
         P("Chiara", "Lombardi Rossetti"), "Chiara Lombardi Rossetti",
         co="Lombarda Assicurazioni S.p.A.", title="Responsabile Risorse Umane",
         rows=[Ph("+39 02 5550 8140", "T"), Ph("+39 345 555 2910", "M", "mobile"),
               Em("chiara.lombardi@lombardassicurazioni.it"), Web("lombardassicurazioni.it")],
         addr=["Piazza Cavour 2", "20121 Milano MI"],
         street="Piazza Cavour 2", city="Milano", region="MI", postal="20121"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "AR", False, T("century", "lato", pal="sky", name_w="regular",
                                    name_size=42, co_size=28, body_size=21),
         P("Valentina", "Sosa Ibáñez", prefix="Lic."), "Lic. Valentina Sosa Ibáñez",
         co="Sosa Ibáñez Comunicación", title="Consultora en Comunicación Corporativa",
         rows=[[Ph("(011) 5555-3127", "T"), Ph("+54 9 11 5555-8042", "C", "mobile")],
               [Em("valentina@sosaibanez.com.ar")]],
         sep="   ",
         addr=["Av. Corrientes 1386, piso 9, of. 902 (esq. Uruguay)", "C1043ABN Buenos Aires"],
         street="Av. Corrientes 1386, piso 9, of. 902 (esq. Uruguay)", city="Buenos Aires",
         postal="C1043ABN"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "ES", False, T("inter", pal="red", mark="arc", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("José Antonio", "Ruiz de la Fuente"), "José Antonio Ruiz de la Fuente", v=1,
         co="Ruiz de la Fuente Abogados, S.L.P.", title="Socio Director",
         rows=[Ph("+34 91 555 72 40", "Tel."), Ph("+34 609 55 18 23", "Móvil", "mobile"),
               Em("jaruiz@ruizdelafuente.es")],
         addr=["Gran Vía, 28, planta 6, oficina 12", "28013 Madrid"],
         street="Gran Vía, 28, planta 6, oficina 12", city="Madrid", postal="28013"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "CA", False, T("manrope", pal="teal", mark="rings", name_w="bold",
                                   name_size=40, co_size=26, body_size=21),
         P("Daniel", "Tremblay-Wong"), "Daniel Tremblay-Wong",
         co="Coastline Analytics Inc.", title="Senior Product Manager",
         rows=[Ph("604 555-0143", "T"), Ph("604 555-0172", "C", "mobile"),
               Em("daniel.tw@coastlineanalytics.ca")],
         addr=["Suite 2100, Park Place", "666 Burrard Street", "Vancouver, BC  V6C 2X8"],
         street="Suite 2100, Park Place, 666 Burrard Street", city="Vancouver", region="BC",
         postal="V6C 2X8"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "BE", True, T("manrope", pal="charcoal", mark="square", name_w="bold",
                                name_size=40, co_size=28, body_size=21),
         P("Sofie", "Claes-Verbeke"), "Sofie Claes-Verbeke",
         co="Meridian Clinical Research SA/NV", title="Head of Regulatory Affairs",
         rows=[Ph("+32 2 555 63 10", "T"), Ph("+32 486 55 72 19", "M", "mobile"),
               Em("sofie.claes@meridian-cr.be")],
         addr=["Avenue Louise 231 Louizalaan", "1050 Brussels, Belgium"],
         street="Avenue Louise 231 Louizalaan", city="Brussels", postal="1050"),
]


# --------------------------------------------------------------------------------------------
# Batch 11 (cards 458-497), by an eleventh author who did not see the parser, the scanner or
# its output: a third US and UK, the rest spread over the world. See README.md, "Batch 11".

SPECS11: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "US", False, T("libertine", "lato", pal="navy", mark="square",
                                   name_w="semibold", name_size=40, co_size=28, body_size=21),
         P("Jonathan", "Whitfield-Hayes", middle="R.", cred="CFA"),
         "Jonathan R. Whitfield-Hayes, CFA",
         co="Harborline Capital Advisors, LLC", title="Managing Director",
         rows=[Ph("(212) 555-0147", "T"), Ph("(917) 555-0162", "M", "mobile"),
               Em("jwhitfieldhayes@harborlinecap.com"), Web("harborlinecap.com")],
         addr=["One Liberty Plaza, 31st Floor", "165 Broadway", "New York, NY 10006"],
         street="One Liberty Plaza, 31st Floor, 165 Broadway", city="New York", region="NY",
         postal="10006"),
    card("classic", "GR", True, T("opensans", pal="sky", mark="arc", name_w="bold",
                                  name_size=40, co_size=28, body_size=21),
         P("Dimitrios", "Papadopoulos"), "Dimitrios Papadopoulos",
         co="Aegean Ship Management S.A.", title="Chief Financial Officer",
         rows=[Ph("+30 210 555 4180", "T"), Ph("+30 210 555 4189", "F", "fax"),
               Ph("+30 694 555 2187", "M", "mobile"), Em("d.papadopoulos@aegeanship.gr")],
         addr=["Akti Miaouli 85, 4th Floor", "185 38 Piraeus, Greece"],
         street="Akti Miaouli 85, 4th Floor", city="Piraeus", postal="185 38"),
    # ---------------------------------------------------------------- centred
    card("centred", "GB", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=44, co_size=28, body_size=21),
         P("Eleanor", "Fitzwilliam-Shaw", prefix="Dr", cred="DClinPsy"),
         "Dr Eleanor Fitzwilliam-Shaw DClinPsy",
         co="The Harley Practice", title="Consultant Clinical Psychologist",
         rows=[Ph("020 7946 0813", "T"), Em("e.fitzwilliam-shaw@harleypractice.co.uk")],
         addr=["Second Floor, 10 Harley Street", "London W1G 9PF"],
         street="Second Floor, 10 Harley Street", city="London", postal="W1G 9PF"),
    card("centred", "IL", True, T("manrope", pal="mist", mark="hex", name_w="bold",
                                  name_size=40, co_size=28, body_size=21),
         P("Noa", "Ben-David"), "Noa Ben-David",
         co="Carmel Cyber Ltd.", title="Head of Partnerships",
         rows=[Ph("+972 3 555 4180", "Office"), Ph("+972 54 555 2718", "Mobile", "mobile"),
               Em("noa.bd@carmelcyber.co.il")],
         addr=["Azrieli Sarona Tower, 37th Floor", "121 Menachem Begin Rd.",
               "Tel Aviv 6701203, Israel"],
         street="Azrieli Sarona Tower, 37th Floor, 121 Menachem Begin Rd.", city="Tel Aviv",
         postal="6701203"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "CA", False, T("inter", pal="burgundy", mark="square", name_w="bold",
                                       name_size=40, co_size=28, body_size=21),
         P("Jean-François", "Bélanger", cred="CPA"), "Jean-François Bélanger, CPA",
         co="Bélanger Lavoie S.E.N.C.R.L.", title="Associé / Partner", title_truth="Associé",
         rows=[Ph("514 555-0162", "Tél. / Tel."), Ph("514 555-0165", "Téléc. / Fax", "fax"),
               Ph("514 555-0197", "Cell.", "mobile"), Em("jfbelanger@belangerlavoie.ca")],
         addr=["1000, rue De La Gauchetière Ouest, bureau 2400", "Montréal (Québec)  H3B 4W5"],
         street="1000, rue De La Gauchetière Ouest, bureau 2400", city="Montréal", region="QC",
         postal="H3B 4W5"),
    card("two-columns", "SG", True, T("lato", pal="teal", mark="rings", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Desmond", "Lim", middle="Kok Wah"), "Desmond Lim Kok Wah",
         co="Meridian Marine Pte. Ltd.", title="Regional Sales Director, APAC",
         rows=[Ph("+65 6555 4180", "DID"), Ph("+65 9555 2718", "HP", "mobile"),
               Em("desmond.lim@meridianmarine.com.sg")],
         addr=["#12-03 Suntec Tower Four", "6 Temasek Boulevard", "Singapore 038986"],
         street="#12-03 Suntec Tower Four, 6 Temasek Boulevard", city="Singapore",
         postal="038986"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "KR", True, T("nimbussans", pal="ink", mark="bars", name_w="bold",
                                   name_size=40, co_size=26, body_size=21),
         P("Seo-yeon", "Kim"), "KIM Seo-yeon",
         co="Daehan Biologics Co., Ltd.", title="Manager, Overseas Marketing Team",
         rows=[Ph("+82-2-555-4180", "TEL"), Ph("+82-10-5555-2718", "MOBILE", "mobile"),
               Em("sy.kim@daehanbio.co.kr")],
         addr=["8F, 55 Sejong-daero, Jung-gu", "Seoul 04519, Korea"],
         street="8F, 55 Sejong-daero, Jung-gu", city="Seoul", postal="04519"),
    card("vertical", "NZ", False, T("karla", pal="green", mark="leaf", name_w="bold",
                                    name_size=40, co_size=26, body_size=21),
         P("Aroha", "Ngata"), "Aroha Ngata", v=1,
         co="Te Awa Housing Trust", title=["Kaiwhakahaere Matua", "Chief Executive"],
         title_truth="Kaiwhakahaere Matua",
         rows=[Ph("+64 4 555 4180", "DDI"), Ph("021 555 2718", "M", "mobile"),
               Em("aroha.ngata@teawa.org.nz")],
         addr=["Level 3, 22 Customhouse Quay", "PO Box 10-245", "Wellington 6143"],
         street="Level 3, 22 Customhouse Quay, PO Box 10-245", city="Wellington",
         postal="6143"),
    # ---------------------------------------------------------------- dark
    card("dark", "AE", True, T("manrope", pal="charcoal", mark="diamond", name_w="bold",
                               name_size=40, co_size=28, body_size=21),
         P("Khalid", "Al Suwaidi"), "Khalid Al Suwaidi",
         co="Gulfstar Trading FZCO", title="Business Development Manager",
         rows=[Ph("+971 4 555 4180", "Tel"), Ph("+971 55 555 2718", "Mob", "mobile"),
               Em("khalid@gulfstartrading.ae")],
         addr=["Office 1408, Jafza One Tower A", "Jebel Ali Free Zone",
               "P.O. Box 261744, Dubai, U.A.E."],
         street="Office 1408, Jafza One Tower A, Jebel Ali Free Zone, P.O. Box 261744",
         city="Dubai"),
    card("dark", "US", False, T("spartan", "inter", pal="navy", mark="hex", name_w="bold",
                                name_size=38, co_size=26, body_size=21),
         P("Reginald", "Brooks", middle="T.", suffix="Jr.", cred="AIA, NCARB"),
         "Reginald T. Brooks Jr., AIA, NCARB", v=1,
         co="Brooks Okafor Architecture, PLLC", title="Principal",
         rows=[Ph("404.555.0127", "O"), Ph("404.555.0183", "C", "mobile"),
               Em("rbrooks@brooksokafor.com")],
         addr=["1201 Peachtree Street NE, Suite 1600", "Atlanta, GA 30361"],
         street="1201 Peachtree Street NE, Suite 1600", city="Atlanta", region="GA",
         postal="30361"),
    # ---------------------------------------------------------------- band
    card("band", "PH", True, T("opensans", pal="sky", mark="circle", name_w="bold",
                               name_size=38, co_size=26, body_size=20),
         P("Ma. Cristina", "Dela Cruz-Santos"), "Ma. Cristina Dela Cruz-Santos", v=0,
         co="Luzon Power Holdings, Inc.", title="Vice President, Human Resources",
         rows=[Ph("+63 2 8555 4180", "T"), Ph("+63 917 555 2718", "M", "mobile"),
               Em("cristina.santos@luzonpower.com.ph")],
         addr=["26th Floor, One Bonifacio High Street", "5th Avenue cor. 28th Street, BGC",
               "Taguig City 1634, Philippines"],
         street="26th Floor, One Bonifacio High Street, 5th Avenue cor. 28th Street, BGC",
         city="Taguig City", postal="1634"),
    card("band", "GB", False, T("century", "opensans", pal="forest", mark="bars",
                                name_w="bold", name_size=40, co_size=28, body_size=20),
         P("Alistair", "MacLeod", middle="J."), "Alistair J. MacLeod", v=2,
         co="MacLeod Rennie LLP", tag="SOLICITORS & NOTARIES", title="Partner",
         rows=[Ph("0131 496 0521", "DD"), Ph("07700 900418", "M", "mobile"),
               Em("ajm@macleodrennie.co.uk")],
         addr=["Saltire Court, 20 Castle Terrace", "Edinburgh EH1 2EN"],
         street="Saltire Court, 20 Castle Terrace", city="Edinburgh", postal="EH1 2EN"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "CH", False, T("gothic", "opensans", pal="ink", co_size=28,
                                    name_size=40, body_size=21),
         P("Sabine", "Keller-Nüesch", prefix="Dr. oec."), "Dr. oec. Sabine Keller-Nüesch",
         mono="KN", co="Keller Nüesch Treuhand AG", title="Partnerin",
         rows=[Ph("+41 44 555 41 80", "T"), Ph("+41 79 555 27 18", "M", "mobile"),
               Em("s.keller@kn-treuhand.ch")],
         addr=["Bahnhofstrasse 42", "Postfach", "8021 Zürich"],
         street="Bahnhofstrasse 42, Postfach", city="Zürich", postal="8021"),
    card("monogram", "GH", True, T("palladio", "lato", pal="gold", co_size=26,
                                   name_size=38, body_size=21),
         P("Akua", "Owusu-Ansah", prefix="Dr."), "Dr. Akua Owusu-Ansah", v=1,
         mono="OA", co="Owusu-Ansah & Associates", tag="CHARTERED ACCOUNTANTS",
         title="Managing Partner",
         rows=[Ph("+233 30 255 4180", "Tel"), Ph("+233 24 455 2718", "Mob", "mobile"),
               Em("akua@owusuansah.com.gh")],
         addr=["No. 14 Ridge Road, Roman Ridge", "P.O. Box CT 4512, Cantonments",
               "Accra, Ghana"],
         street="No. 14 Ridge Road, Roman Ridge, P.O. Box CT 4512, Cantonments", city="Accra"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "SA", True, T("inter", pal="green", mark="diamond", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Faisal", "Al-Qahtani", prefix="Eng."), "Eng. Faisal Al-Qahtani",
         co="Najd Infrastructure Development Co.", title="Projects Director",
         rows=[Ph("+966 11 555 4180", "Tel"), Ph("+966 11 555 4189", "Fax", "fax"),
               Ph("+966 55 555 2718", "Mobile", "mobile"), Em("f.alqahtani@najdinfra.com.sa")],
         addr=["King Fahd Road, Al Olaya District", "P.O. Box 58214, Riyadh 11594",
               "Kingdom of Saudi Arabia"],
         street="King Fahd Road, Al Olaya District, P.O. Box 58214", city="Riyadh",
         postal="11594"),
    card("company-top", "TW", True, T("roboto", pal="red", mark="circle", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Jason", "Lin", middle="Y. H."), "Jason Y. H. Lin",
         co="Formosa Precision Optics Co., Ltd.", title="Senior Manager, Procurement",
         rows=[Ph("+886 2 2555 4180 ext. 312", "T", ext="312"),
               Ph("+886 912 555 718", "M", "mobile"), Em("jason.lin@formosaoptics.com.tw")],
         addr=["11F, No. 7, Sec. 5, Xinyi Rd.", "Xinyi Dist., Taipei City 110",
               "Taiwan (R.O.C.)"],
         street="11F, No. 7, Sec. 5, Xinyi Rd., Xinyi Dist.", city="Taipei City",
         postal="110"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "AU", False, T("quicksand", pal="mist", name_w="bold", name_size=42,
                                   co_size=26, body_size=21),
         P("Bec", "Thornton"), "Bec Thornton",
         co=None, title="Landscape Architect",
         rows=[Ph("0491 570 218", "M", "mobile"), Em("bec@thorntonlandscapes.com.au")],
         addr=["PO Box 412", "Byron Bay NSW 2481"],
         street="PO Box 412", city="Byron Bay", region="NSW", postal="2481"),
    card("minimal", "DK", False, T("biolinum", pal="cream", name_w="bold", name_size=42,
                                   co_size=26, body_size=21),
         P("Mette", "Holm", middle="Kjærgaard"), "Mette Kjærgaard Holm",
         co=None, title="Arkitekt MAA",
         rows=[Ph("+45 33 55 41 80"), Ph("+45 28 55 27 18", "mobil", "mobile"),
               Em("mkh@holmarkitekter.dk")],
         addr=["Store Kongensgade 40H, 2. sal", "1264 København K"],
         street="Store Kongensgade 40H, 2. sal", city="København K", postal="1264"),
    # ---------------------------------------------------------------- labels
    card("labels", "EG", True, T("lato", pal="gold", mark="tri", name_w="bold",
                                 name_size=40, co_size=26, body_size=21),
         P("Mohamed", "El-Sayed", middle="Ahmed", prefix="Eng."),
         "Eng. Mohamed Ahmed El-Sayed",
         co="Nile Delta Contracting S.A.E.", title="Senior Project Engineer",
         rows=[Ph("+20 2 2555 4180", "Tel."), Ph("+20 10 0555 2718", "Mob.", "mobile"),
               Em("m.elsayed@niledelta-contracting.com.eg")],
         addr=["12 Mohamed Mazhar St., Zamalek", "Cairo 11211, Egypt"],
         street="12 Mohamed Mazhar St., Zamalek", city="Cairo", postal="11211"),
    card("labels", "GB", False, T("carlito", pal="ink", mark="square", name_w="bold",
                                  name_size=40, co_size=26, body_size=21),
         P("Fiona", "Strachan", middle="M.", prefix="Ms", cred="FCCA"),
         "Ms Fiona M. Strachan FCCA", v=1,
         co="Tayside Renewables Ltd", title="Finance Director",
         rows=[Ph("01632 960418", "T"), Ph("01632 960419", "F", "fax"),
               Ph("07700 900271", "M", "mobile"), Em("fiona.strachan@taysiderenewables.co.uk")],
         addr=["Unit 4, Dundee Technology Park", "Dundee DD2 1TY"],
         street="Unit 4, Dundee Technology Park", city="Dundee", postal="DD2 1TY"),
    # ---------------------------------------------------------------- icons
    card("icons", "NG", False, T("manrope", pal="green", label_mode="icons", mark="leaf",
                                 name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Oluwaseun", "Adebayo-Williams"), "Oluwaseun Adebayo-Williams",
         co="Lagoon Merchant Bank Limited", title="Head, Corporate Banking",
         rows=[Ph("+234 201 271 4180"), Ph("+234 803 555 2718", typ="mobile"),
               Em("seun.adebayo-williams@lagoonmerchant.com.ng")],
         addr=["Plot 1668B Oyin Jolayemi Street", "Victoria Island, Lagos"],
         street="Plot 1668B Oyin Jolayemi Street, Victoria Island", city="Lagos"),
    card("icons", "ID", True, T("cabin", pal="orange", label_mode="icons", mark="arc",
                                name_w="bold", name_size=38, co_size=26, body_size=21),
         P("Rina", "Sari", middle="Kartika", cred="S.H., M.H."), "Rina Kartika Sari, S.H., M.H.",
         co="PT Nusantara Digital Logistik", title="Head of Legal & Compliance",
         rows=[Ph("(021) 5555 4180"), Ph("0812 5555 2718", typ="mobile"),
               Em("rina.sari@nusantaralogistik.co.id")],
         addr=["Menara Astra, Lt. 27", "Jl. Jend. Sudirman Kav. 5-6",
               "Jakarta Pusat 10220, Indonesia"],
         street="Menara Astra, Lt. 27, Jl. Jend. Sudirman Kav. 5-6", city="Jakarta Pusat",
         postal="10220"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "PT", False, T("libertine", "lato", pal="cream", name_w="semibold",
                                    name_size=42, co_size=28, body_size=21),
         P("Rui Miguel", "Tavares Ferreira"), "Rui Miguel Tavares Ferreira",
         co="Atlântico Seguros, S.A.", title="Gestor de Cliente Empresas",
         rows=[[Ph("+351 21 555 4180", "T"), Ph("+351 917 555 218", "M", "mobile")],
               [Em("rui.ferreira@atlanticoseguros.pt")]],
         sep=" · ",
         addr=["Av. da Liberdade, 245, 4.º · 1250-143 Lisboa"],
         street="Av. da Liberdade, 245, 4.º", city="Lisboa", postal="1250-143"),
    card("one-line", "US", False, T("manrope", pal="black", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("Kelsey", "Morgan", middle="A.", cred="PMP"), "Kelsey A. Morgan, PMP",
         co="Cascade Health Partners", title="Senior Program Manager",
         rows=[[Ph("503-555-0148", "P"), Em("kmorgan@cascadehealthpartners.org")]],
         sep="  |  ",
         addr=["PO Box 2217  |  Portland, OR 97208"],
         street="PO Box 2217", city="Portland", region="OR", postal="97208"),
    # ---------------------------------------------------------------- dense
    card("dense", "DE", False, T("robotocond", "roboto", pal="mist", mark="square",
                                 name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Matthias", "Oberländer", prefix="Prof. Dr.-Ing."),
         "Prof. Dr.-Ing. Matthias Oberländer",
         co="Oberländer Antriebssysteme GmbH & Co. KG", title="Leiter Forschung und Entwicklung",
         dept="Geschäftsbereich Antriebstechnik",
         rows=[Ph("+49 711 555 418-0", "Tel."), Ph("+49 711 555 418-29", "Fax", "fax"),
               Ph("+49 170 555 2718", "Mobil", "mobile"), Em("m.oberlaender@oberlaender-as.de"),
               Web("www.oberlaender-as.de")],
         addr=["Industriestraße 17–19", "70565 Stuttgart"],
         street="Industriestraße 17–19", city="Stuttgart", postal="70565"),
    card("dense", "MY", True, T("carlito", pal="navy", mark="bars", name_w="bold",
                                name_size=38, co_size=28, body_size=21),
         P("Ahmad Faizal", "bin Hashim", prefix="Dato'"), "Dato' Ahmad Faizal bin Hashim",
         co="Semenanjung Holdings Berhad", title="Group Chief Operating Officer",
         dept="Group Operations",
         rows=[Ph("+603-2715 4180", "Tel"), Ph("+603-2715 4189", "Fax", "fax"),
               Ph("+6012-555 2718", "H/P", "mobile"), Em("faizal.hashim@semenanjung.com.my")],
         addr=["Level 23, Menara Semenanjung", "No. 8, Jalan Sultan Ismail",
               "50250 Kuala Lumpur, Malaysia"],
         street="Level 23, Menara Semenanjung, No. 8, Jalan Sultan Ismail",
         city="Kuala Lumpur", postal="50250"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "CA", False, T("lato", pal="purple", mark="circle", name_w="bold",
                                         name_size=40, co_size=26, body_size=21),
         P("Marie-Ève", "Gagnon-Laflamme"), "Marie-Ève Gagnon-Laflamme",
         co=["Conseil canadien du transport", "Canadian Transport Council"],
         company="Conseil canadien du transport",
         title=["Directrice, Communications", "Director, Communications"],
         title_truth="Directrice, Communications",
         rows=[Ph("613 555-0148", "Tél. / Tel."), Ph("613 555-0177", "Cell.", "mobile"),
               Em("me.gagnon-laflamme@cct-ctc.ca")],
         addr=["350, rue Sparks, bureau 800", "Ottawa (Ontario)  K1R 7S8"],
         street="350, rue Sparks, bureau 800", city="Ottawa", region="ON", postal="K1R 7S8"),
    card("right-aligned", "GB", False, T("century", "opensans", pal="green", mark="leaf",
                                         name_w="bold", name_size=40, co_size=28,
                                         body_size=21),
         P("Oliver", "St John-Mildmay"), "Oliver St John-Mildmay", v=1,
         co="Belgravia & Chelsea Estates", title="Head of Lettings",
         rows=[Ph("+44 (0)20 7946 0382", "T"), Ph("+44 (0)7700 900614", "M", "mobile"),
               Em("oliver@belgraviachelsea.co.uk"), Web("belgraviachelsea.co.uk")],
         addr=["First Floor, Cadogan House", "118 Sloane Street", "London SW1X 9PQ"],
         street="First Floor, Cadogan House, 118 Sloane Street", city="London",
         postal="SW1X 9PQ"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "CL", True, T("opensans", pal="burgundy", mark="tri", name_w="bold",
                                    name_size=40, co_size=28, body_size=21),
         P("María José", "Fuentes Araya"), "María José Fuentes Araya",
         co="Viña Cordillera SpA", title="Gerente de Finanzas",
         rows=[Ph("+56 2 2555 4180", "Tel."), Ph("+56 9 5555 2718", "Cel.", "mobile"),
               Em("mjfuentes@vinacordillera.cl"), Web("vinacordillera.cl")],
         addr=["Av. Apoquindo 3721, Of. 1402", "Las Condes, Santiago", "Chile"],
         street="Av. Apoquindo 3721, Of. 1402, Las Condes", city="Santiago"),
    # ---------------------------------------------------------------- qr
    card("qr", "US", False, T("inter", pal="teal", mark="diamond", name_w="bold",
                              name_size=40, co_size=26, body_size=21),
         P("Christopher", "Delgado", middle="M."), "Christopher M. Delgado",
         co="Summit Ridge Insurance Group", title="Regional Vice President",
         qr_caption="Save my contact",
         rows=[Ph("(602) 555-0139 x 204", "Direct", ext="204"),
               Ph("(480) 555-0176", "Cell", "mobile"), Em("cdelgado@summitridgeins.com")],
         addr=["c/o Regus, Suite 300", "2398 E. Camelback Road", "Phoenix, AZ 85016"],
         street="c/o Regus, Suite 300, 2398 E. Camelback Road", city="Phoenix", region="AZ",
         postal="85016"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "SE", False, T("spartan", "lato", pal="charcoal", name_w="bold",
                                    name_size=58, co_size=26, body_size=21),
         P("Linnéa", "Åberg"), "Linnéa Åberg",
         co="Norrsken Mjukvara AB", title="Produktchef",
         rows=[Ph("08-555 418 20", "Tel"), Ph("070-555 27 18", "Mobil", "mobile"),
               Em("linnea.aberg@norrskenmjukvara.se")],
         addr=["Box 7183", "103 88 Stockholm"],
         street="Box 7183", city="Stockholm", postal="103 88"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "CN", True, T("opensans", pal="red", name_caps=True, name_track=6,
                                 name_w="regular", name_size=36, title_size=23, co_size=26,
                                 body_size=19),
         P("David", "Zhang", middle="Wei"), "David Zhang Wei",
         co="Shanghai Huaxin Precision Machinery Co., Ltd.", title="Deputy General Manager",
         rows=[Ph("+86 21 5555 4180", "Tel"), Ph("+86 139 1555 2718", "Mobile", "mobile"),
               Em("david.zhang@huaxin-pm.cn")],
         addr=["Room 1205, Tower 2, Plaza 66", "1266 Nanjing West Road, Jing'an District",
               "Shanghai 200040, P.R. China"],
         street="Room 1205, Tower 2, Plaza 66, 1266 Nanjing West Road, Jing'an District",
         city="Shanghai", postal="200040"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "TR", False, T("quicksand", "opensans", pal="navy", mark="rings",
                                     name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Emre", "Çelik"), "Emre Çelik",
         co="Anadolu Sigorta Aracılık Hizmetleri A.Ş.",
         title=["Bölge Müdürü", "Regional Manager"], title_truth="Bölge Müdürü",
         rows=[Ph("+90 312 555 41 80", "T"), Ph("+90 533 555 27 18", "GSM", "mobile"),
               Em("emre.celik@anadolusigortaaracilik.com.tr")],
         addr=["Kavaklıdere Mah. Tunalı Hilmi Cad. No:88/12", "06680 Çankaya/Ankara"],
         street="Kavaklıdere Mah. Tunalı Hilmi Cad. No:88/12, Çankaya", city="Ankara",
         postal="06680"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "PE", False, T("roboto", pal="sky", mark="hex", name_w="bold",
                                  name_size=38, co_size=26, body_size=21),
         P("Luis Alberto", "Quispe Mamani", prefix="Ing."), "Ing. Luis Alberto Quispe Mamani",
         co="Andes Minería y Servicios S.A.C.", title="Jefe de Operaciones",
         rows=[Ph("(01) 555 4180", "T"), Ph("+51 987 555 218", "C", "mobile"),
               Em("lquispe@andesmineria.com.pe")],
         addr=["Av. Javier Prado Este 4200, piso 7", "Santiago de Surco, Lima 15023"],
         street="Av. Javier Prado Este 4200, piso 7, Santiago de Surco", city="Lima",
         postal="15023"),
    # ---------------------------------------------------------------- grid
    card("grid", "GB", False, T("opensans", pal="orange", mark="square", name_w="bold",
                                name_size=40, co_size=26, body_size=22),
         P("Hannah", "Pritchard", middle="Louise"), "Hannah Louise Pritchard",
         co="Pritchard Vaughan Solicitors", title="Senior Associate",
         rows=[[Ph("029 2018 0734", "TEL")], [Ph("07700 900852", "MOBILE", "mobile")],
               [Em("hannah.pritchard@pritchardvaughan.co.uk", "EMAIL")]],
         addr=["Suite 5B, Brunel House", "2 Fitzalan Road", "Cardiff CF24 0EB"],
         addr_label="ADDRESS",
         street="Suite 5B, Brunel House, 2 Fitzalan Road", city="Cardiff", postal="CF24 0EB"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "US", False, T("lato", pal="plum", mark="square", name_w="bold",
                                     name_size=40, co_size=26, body_size=21),
         P("Sarah-Jane", "Kowalczyk"), "Sarah-Jane Kowalczyk",
         co="Lakeview Preparatory School", title="Director of Admissions",
         rows=[Ph("651-555-0193", "Office"), Ph("651-555-0194", "Fax", "fax"),
               Em("sjkowalczyk@lakeviewprep.org")],
         addr=["Hartwell Hall, Room 210", "2300 Summit Avenue", "Saint Paul, MN 55105"],
         street="Hartwell Hall, Room 210, 2300 Summit Avenue", city="Saint Paul",
         region="MN", postal="55105"),
    # ---------------------------------------------------------------- footer
    card("footer", "US", False, T("robotoslab", "opensans", pal="gold", mark="arc",
                                  name_w="bold", name_size=42, co_size=28, body_size=21),
         P("Dana", "Whitlock-Ruiz", middle="K."), "Dana K. Whitlock-Ruiz",
         co="Prairie Ag Supply Co.", title="Field Sales Representative",
         rows=[Ph("(785) 555-0121", "Office"), Ph("(785) 555-0188", "Cell", "mobile"),
               Em("dana@prairieagsupply.com")],
         addr=["Rural Route 2, Box 118", "Hays, KS 67601"],
         street="Rural Route 2, Box 118", city="Hays", region="KS", postal="67601"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "US", False, T("century", "lato", pal="cream", name_w="regular",
                                    name_size=42, co_size=28, body_size=21),
         P("Brooke", "Harrington"), "Brooke Harrington",
         co="Harrington & Daughters Bakery", title="Owner & Head Baker",
         rows=[[Ph("(515) 555-0163", "T")], [Em("brooke@harringtonbakery.com")]],
         sep="   ",
         addr=["502 Main Street (at 5th Street)", "Ames, IA 50010"],
         street="502 Main Street (at 5th Street)", city="Ames", region="IA", postal="50010"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "AU", False, T("inter", pal="teal", mark="arc", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Mei-Lin", "Nguyen-Walsh", prefix="Dr", cred="BVSc (Hons)"),
         "Dr Mei-Lin Nguyen-Walsh BVSc (Hons)", v=1,
         co="Harbourside Animal Hospital", title="Veterinary Surgeon",
         rows=[Ph("(02) 5550 4182", "Ph"), Ph("0491 570 331", "Mob", "mobile"),
               Em("meilin@harboursidevet.com.au")],
         addr=["Shop 4, 88–92 Military Road", "Neutral Bay NSW 2089"],
         street="Shop 4, 88–92 Military Road", city="Neutral Bay", region="NSW",
         postal="2089"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "GB", False, T("manrope", pal="charcoal", mark="square", name_w="bold",
                                 name_size=40, co_size=28, body_size=21),
         P("Georgina", "Blake-Harcourt"), "Georgina Blake-Harcourt",
         co=None, title="Independent Art Consultant",
         rows=[Ph("+44 (0)7700 900648", "M", "mobile"), Em("georgina@blakeharcourt.art")],
         addr=["c/o Marlowe Gallery", "14 Cork Street", "London W1S 3NS"],
         street="c/o Marlowe Gallery, 14 Cork Street", city="London", postal="W1S 3NS"),
]


# Batch 12: cards 498-537, by a twelfth author who had not seen the parser, the scanner or its
# output; held out whole like the batches before it. See README.md ("Batch 12").
SPECS12: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "CN", True, T("opensans", pal="red", mark="circle", name_w="bold",
                                  name_size=40, co_size=26, body_size=20),
         P("Wei", "Zhang"), "ZHANG Wei",
         co="Shenzhen Huaxin Electronics Co., Ltd.", title="Overseas Sales Manager",
         dept="International Business Dept.",
         rows=[Ph("+86 755 8655 4180", "Tel"), Ph("+86 138 2655 2718", "Mob", "mobile"),
               Em("zhangwei@huaxin-elec.com.cn"), Web("www.huaxin-elec.com.cn")],
         addr=["Room 1806, Block B, Galaxy Century Building", "3069 Caitian Road, Futian District",
               "Shenzhen 518026, P.R. China"],
         street="Room 1806, Block B, Galaxy Century Building, 3069 Caitian Road, Futian District",
         city="Shenzhen", postal="518026"),
    card("classic", "KE", False, T("lato", pal="green", mark="leaf", name_w="bold",
                                   name_size=40, co_size=26, body_size=21),
         P("Wanjiru", "Kamau", middle="N."), "Wanjiru N. Kamau",
         co="Savannah Agri Solutions Ltd", title="Head of Finance",
         rows=[Ph("+254 20 555 4180", "Tel"), Ph("+254 722 555 718", "Cell", "mobile"),
               Em("wkamau@savannahagri.co.ke")],
         addr=["ABC Place, 2nd Floor, off Waiyaki Way", "P.O. Box 30452 - 00100, Nairobi"],
         street="ABC Place, 2nd Floor, off Waiyaki Way, P.O. Box 30452", city="Nairobi",
         postal="00100"),
    # ---------------------------------------------------------------- centred
    card("centred", "IE", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=44, co_size=28, body_size=21),
         P("Siobhán", "Ní Mhurchú"), "Siobhán Ní Mhurchú",
         co="Ní Mhurchú & Daly Solicitors", title="Partner",
         rows=[Ph("+353 1 555 4180", "T"), Ph("+353 87 555 2718", "M", "mobile"),
               Em("siobhan@nmdaly.ie")],
         addr=["14 Fitzwilliam Square East", "Dublin 2, D02 R279"],
         street="14 Fitzwilliam Square East", city="Dublin 2", postal="D02 R279"),
    card("centred", "TH", True, T("manrope", pal="purple", mark="diamond", name_w="bold",
                                  name_size=40, co_size=26, body_size=20),
         P("Suchada", "Wongsawat"), "Suchada Wongsawat",
         co="Siam Horizon Logistics Co., Ltd.", title="Assistant Managing Director",
         rows=[Ph("+66 2 555 4180", "Tel"), Ph("+66 81 555 2718", "Mobile", "mobile"),
               Em("suchada.w@siamhorizon.co.th")],
         addr=["23rd Floor, Sathorn Square Office Tower", "98 North Sathorn Road, Silom, Bangrak",
               "Bangkok 10500, Thailand"],
         street="23rd Floor, Sathorn Square Office Tower, 98 North Sathorn Road, Silom, Bangrak",
         city="Bangkok", postal="10500"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "IN", False, T("inter", pal="orange", mark="square", name_w="bold",
                                       name_size=40, co_size=28, body_size=21),
         P("Rajesh", "Venkataraman", middle="Kumar"), "Rajesh Kumar Venkataraman",
         co="Brightpath Infotech Pvt. Ltd.", title="Senior Manager", dept="Delivery Excellence",
         rows=[Ph("+91 124 455 4180", "T"), Ph("+91 98110 52718", "M", "mobile"),
               Em("rajesh.v@brightpathinfo.in")],
         addr=["Tower C, 5th Floor, Unitech Cyber Park", "Sector 39, Gurugram",
               "Haryana 122002"],
         street="Tower C, 5th Floor, Unitech Cyber Park, Sector 39", city="Gurugram",
         region="HR", postal="122002"),
    card("two-columns", "PL", False, T("lato", pal="mist", mark="bars", name_w="bold",
                                       name_size=40, co_size=28, body_size=21),
         P("Katarzyna", "Wiśniewska-Nowak"), "Katarzyna Wiśniewska-Nowak",
         co="Vistula Data Sp. z o.o.", title="Dyrektor Operacyjna",
         rows=[Ph("+48 22 555 41 80", "tel."), Ph("+48 601 555 271", "kom.", "mobile"),
               Em("k.wisniewska@vistuladata.pl")],
         addr=["ul. Prosta 68, lok. 204", "00-838 Warszawa"],
         street="ul. Prosta 68, lok. 204", city="Warszawa", postal="00-838"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "JP", True, T("nimbussans", pal="ink", mark="circle", name_w="bold",
                                   name_size=40, co_size=26, body_size=20),
         P("Haruto", "Tanaka"), "Haruto TANAKA",
         co="Kitamura Precision Co., Ltd.", title="Deputy General Manager",
         dept="Overseas Sales Division",
         rows=[Ph("+81-3-5555-4180", "TEL"), Ph("+81-3-5555-4181", "FAX", "fax"),
               Em("h.tanaka@kitamura-prec.co.jp")],
         addr=["Shinagawa Intercity B 14F", "2-15-2 Konan, Minato-ku", "Tokyo 108-6114, Japan"],
         street="Shinagawa Intercity B 14F, 2-15-2 Konan, Minato-ku", city="Tokyo",
         postal="108-6114"),
    card("vertical", "US", False, T("karla", pal="teal", mark="leaf", name_w="bold",
                                    name_size=40, co_size=26, body_size=21),
         P("Maya", "Castellanos", middle="Elise", cred="OTR/L"), "Maya Elise Castellanos", v=1,
         co="Redwood Pediatric Therapy", title="Occupational Therapist, OTR/L",
         title_truth="Occupational Therapist",
         rows=[Ph("(707) 555-0148", "P"), Ph("(707) 555-0149", "F", "fax"),
               Em("maya@redwoodpeds.com")],
         addr=["1450 Guerneville Rd., Ste. 2", "Santa Rosa, CA 95403"],
         street="1450 Guerneville Rd., Ste. 2", city="Santa Rosa", region="CA",
         postal="95403"),
    # ---------------------------------------------------------------- dark
    card("dark", "AE", True, T("manrope", pal="black", mark="hex", name_w="bold",
                               name_size=40, co_size=28, body_size=21, co_caps=True),
         P("Rania", "Haddad"), "Rania Haddad",
         co="Falconview Properties", company="Falconview Properties",
         title="Senior Leasing Consultant",
         rows=[Ph("+971 2 555 4180", "T"), Ph("+971 50 555 2718", "M", "mobile"),
               Em("rania.haddad@falconview.ae")],
         addr=["Office 2204, Al Maqam Tower, Al Maryah Island", "PO Box 128455, Abu Dhabi, UAE"],
         street="Office 2204, Al Maqam Tower, Al Maryah Island, PO Box 128455",
         city="Abu Dhabi"),
    card("dark", "GB", False, T("spartan", "inter", pal="charcoal", mark="bars",
                                name_w="bold", name_size=38, co_size=26, body_size=21),
         P("Oliver", "Pemberton", middle="James"), "OLIVER JAMES PEMBERTON",
         co="Northlight Studio", title="Creative Director", v=1,
         rows=[Ph("+44 (0)20 7946 0372", "T"), Ph("+44 (0)7700 900 615", "M", "mobile"),
               Em("oliver@northlight.studio"), Web("northlight.studio")],
         addr=["Studio 12, The Biscuit Factory", "100 Drummond Road, London SE16 4DG"],
         street="Studio 12, The Biscuit Factory, 100 Drummond Road", city="London",
         postal="SE16 4DG"),
    # ---------------------------------------------------------------- band
    card("band", "NG", True, T("opensans", pal="green", mark="circle", name_w="bold",
                               name_size=38, co_size=26, body_size=20),
         P("Chukwuemeka", "Okonkwo", middle="A."), "Chukwuemeka A. Okonkwo", v=0,
         co="Crestfield Energy Services Limited", title="General Manager, Operations",
         rows=[Ph("+234 201 555 4180", "T"), Ph("+234 803 555 2718", "M", "mobile"),
               Em("e.okonkwo@crestfieldenergy.com.ng")],
         addr=["Plot 1412, off Adeola Odeku Street", "Victoria Island, Lagos, Nigeria"],
         street="Plot 1412, off Adeola Odeku Street, Victoria Island", city="Lagos"),
    card("band", "MX", False, T("century", "opensans", pal="burgundy", mark="arc",
                                name_w="bold", name_size=40, co_size=28, body_size=20),
         P("Luis", "Hernández Ortega", middle="Alberto", prefix="Lic."),
         "Lic. Luis Alberto Hernández Ortega", v=2,
         co="Hernández Ortega Abogados, S.C.", tag="ABOGADOS", title="Socio Director",
         rows=[Ph("+52 55 5555 4180", "Tel."), Ph("55 5555 2718", "Cel.", "mobile"),
               Em("lhernandez@hoabogados.com.mx")],
         addr=["Paseo de la Reforma 505, Piso 31", "Col. Cuauhtémoc, 06500",
               "Ciudad de México, CDMX"],
         street="Paseo de la Reforma 505, Piso 31, Col. Cuauhtémoc", city="Ciudad de México",
         region="CMX", postal="06500"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "VN", True, T("gothic", "opensans", pal="ink", co_size=26,
                                   name_size=40, body_size=20),
         P("Minh Anh", "Nguyen", middle="Thi"), "Nguyen Thi Minh Anh",
         mono="SP", co="Saigon Pearl Consulting", title="Managing Partner",
         rows=[Ph("+84 28 3822 4180", "T"), Ph("+84 90 555 2718", "M", "mobile"),
               Em("minhanh@saigonpearl.vn")],
         addr=["Floor 9, Bitexco Financial Tower", "2 Hai Trieu Street, Ben Nghe Ward, District 1",
               "Ho Chi Minh City, Vietnam"],
         street="Floor 9, Bitexco Financial Tower, 2 Hai Trieu Street, Ben Nghe Ward, District 1",
         city="Ho Chi Minh City"),
    card("monogram", "US", False, T("palladio", "lato", pal="gold", co_size=26,
                                    name_size=38, body_size=21),
         P("Catherine", "Delacroix-Moore", middle="A.", cred="CFP"),
         "Catherine A. Delacroix-Moore, CFP", v=1,
         mono="DM", co="Delacroix Moore Wealth Partners", title="Senior Wealth Advisor",
         rows=[Ph("(617) 555-0132", "Direct"), Ph("(617) 555-0100", "Main"),
               Em("cdmoore@dmwealth.com")],
         addr=["125 High Street, Suite 2110", "Boston, MA 02110"],
         street="125 High Street, Suite 2110", city="Boston", region="MA", postal="02110"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "TW", True, T("inter", pal="sky", mark="diamond", name_w="bold",
                                      name_size=40, co_size=28, body_size=20, co_caps=True),
         P("Yu-Ting", "Chen"), "Yu-Ting Chen (Tina)",
         co="Formosa Optronics Corp.", company="Formosa Optronics Corp.",
         title="Product Marketing Manager",
         rows=[Ph("+886-3-555-4180 ext. 2315", "Tel", ext="2315"),
               Ph("+886-912-555-718", "Mobile", "mobile"), Em("tina.chen@formosaopto.com.tw")],
         addr=["No. 18, Ln. 126, Sec. 2, Guangfu Rd., East Dist.", "Hsinchu City 300, Taiwan"],
         street="No. 18, Ln. 126, Sec. 2, Guangfu Rd., East Dist.", city="Hsinchu City",
         postal="300"),
    card("company-top", "SA", True, T("opensans", pal="teal", mark="rings", name_w="bold",
                                      name_size=40, co_size=28, body_size=21),
         P("Abdulrahman", "Al-Otaibi"), "Abdulrahman Al-Otaibi",
         co="Al-Rashid Medical Supplies Co.", title="Regional Sales Manager - Western Region",
         rows=[Ph("+966 12 555 4180", "Tel"), Ph("+966 12 555 4189", "Fax", "fax"),
               Ph("+966 55 555 2718", "Mob", "mobile"), Em("a.alotaibi@alrashidmed.com.sa")],
         addr=["Al Tahlia Street, Al Andalus District", "P.O. Box 9142, Jeddah 21413",
               "Kingdom of Saudi Arabia"],
         street="Al Tahlia Street, Al Andalus District, P.O. Box 9142", city="Jeddah",
         postal="21413"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "NL", False, T("karla", pal="mist", name_w="bold", name_size=40,
                                   co_size=26, body_size=21),
         P("Sanne", "de Vries"), "Sanne de Vries",
         title="Grafisch ontwerper",
         rows=[Ph("+31 6 5555 2718", "M", "mobile"), Em("sanne@grachtwerk.nl")],
         addr=["Keizersgracht 241-III", "1016 EA Amsterdam"],
         street="Keizersgracht 241-III", city="Amsterdam", postal="1016 EA"),
    card("minimal", "JP", False, T("lato", pal="ink", name_w="regular", name_size=40,
                                   co_size=24, body_size=21, name_caps=True),
         P("Yuki", "Watanabe"), "Yuki WATANABE",
         title="Architect",
         rows=[Ph("090-5555-2718", "M", "mobile"), Em("yuki@watanabe-do.jp")],
         addr=["3-12-8 Nishiki, Naka-ku", "Nagoya, Aichi 460-0003"],
         street="3-12-8 Nishiki, Naka-ku", city="Nagoya", postal="460-0003"),
    # ---------------------------------------------------------------- labels
    card("labels", "IN", False, T("opensans", pal="orange", mark="tri", name_w="bold",
                                  name_size=40, co_size=26, body_size=21),
         P("Priya", "Deshpande", middle="S.", prefix="Dr.", cred="MD"),
         "Dr. Priya S. Deshpande, MD",
         co="Sahyadri Diagnostics", title="Consultant Pathologist",
         rows=[Ph("+91 20 6655 4180", "Ph"), Ph("+91 98220 52718", "Mob", "mobile"),
               Em("priya.d@sahyadridx.in")],
         addr=["Plot 7, Rajiv Gandhi Infotech Park, Phase 1", "Hinjewadi, Pune 411057",
               "Maharashtra"],
         street="Plot 7, Rajiv Gandhi Infotech Park, Phase 1", city="Pune", region="MH",
         postal="411057"),
    card("labels", "GB", False, T("century", "opensans", pal="navy", mark="square",
                                  name_w="bold", name_size=40, co_size=26, body_size=21),
         P("Harriet", "Osei-Bonsu", middle="K."), "Harriet K. Osei-Bonsu",
         co="Calder Rowe Chartered Accountants", title="Audit Manager",
         rows=[Ph("0161 496 0724", "T"), Ph("07700 900 387", "M", "mobile"),
               Em("h.osei-bonsu@calderrowe.co.uk")],
         addr=["3rd Floor, Bridgewater House", "58 Whitworth Street, Manchester M1 6LT"],
         street="3rd Floor, Bridgewater House, 58 Whitworth Street", city="Manchester",
         postal="M1 6LT"),
    # ---------------------------------------------------------------- icons
    card("icons", "CN", True, T("inter", pal="navy", mark="hex", name_w="bold", name_size=40,
                                co_size=26, body_size=20, label_mode="icons"),
         P("Jianhua", "Li"), "LI Jianhua (Jason)",
         co="Hangzhou Qingyun Textile Co., Ltd.", title="Export Department Manager",
         rows=[Ph("+86 571 8555 4180"), Ph("+86 139 5555 2718", typ="mobile"),
               Em("jason@qingyuntex.com"), Web("www.qingyuntex.com")],
         addr=["No. 288 Wenyi West Road, Xihu District", "Hangzhou, Zhejiang 310012, China"],
         street="No. 288 Wenyi West Road, Xihu District", city="Hangzhou", postal="310012"),
    card("icons", "KE", True, T("lato", pal="forest", mark="leaf", name_w="bold", name_size=40,
                                co_size=26, body_size=20, label_mode="icons"),
         P("Otieno", "Odhiambo", middle="Brian"), "Brian Otieno Odhiambo",
         co="Lakeside Fintech Kenya", title="Head of Partnerships",
         rows=[Ph("+254 711 555 180", typ="mobile"), Em("brian@lakesidefintech.co.ke"),
               Web("lakesidefintech.co.ke")],
         addr=["Plot 209/4521, Oginga Odinga Street", "P.O. Box 1877-40100, Kisumu, Kenya"],
         street="Plot 209/4521, Oginga Odinga Street, P.O. Box 1877", city="Kisumu",
         postal="40100"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "US", False, T("manrope", pal="ink", mark="arc", name_w="bold",
                                    name_size=40, co_size=26, body_size=20),
         P("Derek", "Yamamoto", middle="H.", cred="PE"), "Derek H. Yamamoto",
         co="Cascade Ridge Engineering", title="Project Engineer, PE",
         title_truth="Project Engineer",
         rows=[[Ph("503.555.0163", "O"), Ph("503.555.0177", "C", "mobile")],
               [Em("dyamamoto@cascaderidge-eng.com")]],
         addr=["PO Box 1189  |  Bend, OR 97709"],
         street="PO Box 1189", city="Bend", region="OR", postal="97709"),
    card("one-line", "AR", True, T("libertine", "lato", pal="cream", mark="circle",
                                   name_w="semibold", name_size=40, co_size=26, body_size=20),
         P("Martina", "Fernández", middle="Sol"), "Martina Sol Fernández",
         co="Estudio Pampa Diseño", title="Directora de Arte",
         rows=[[Ph("+54 11 5555-4180", "T"), Ph("+54 9 11 5555-2718", "Cel", "mobile")],
               [Em("martina@estudiopampa.com.ar")]],
         addr=["Honduras 4762, 2º B · C1414BMJ Buenos Aires · Argentina"],
         street="Honduras 4762, 2º B", city="Buenos Aires", postal="C1414BMJ"),
    # ---------------------------------------------------------------- dense
    card("dense", "TW", False, T("nimbussans", pal="ink", mark="bars", name_w="bold",
                                 name_size=38, co_size=24, body_size=19),
         P("Chia-Hao", "Lin"), "Chia-Hao Lin", co="Taiyang Semiconductor Co., Ltd.",
         title=["Section Manager"], dept=["Reliability Section, Quality Assurance Div."],
         rows=[Ph("+886-2-2555-4180 #3612", "TEL", ext="3612"),
               Ph("+886-2-2555-4199", "FAX", "fax"), Ph("+886-933-555-271", "M", "mobile"),
               Em("chlin@taiyangsemi.com.tw")],
         addr=["8F., No. 66, Sec. 1, Zhongxiao W. Rd., Zhongzheng Dist.", "Taipei City 100"],
         street="8F., No. 66, Sec. 1, Zhongxiao W. Rd., Zhongzheng Dist.", city="Taipei City",
         postal="100"),
    card("dense", "NG", False, T("opensans", pal="green", mark="square", name_w="bold",
                                 name_size=38, co_size=24, body_size=19),
         P("Aisha", "Bello", middle="Hadiza"), "Aisha Hadiza Bello",
         co="Federal Medical Centre, Abuja", title="Principal Medical Records Officer",
         dept="Health Information Management Department",
         rows=[Ph("0209 461 4180", "Tel"), Ph("0703 555 2718", "GSM", "mobile"),
               Em("aisha.bello@fmcabuja.gov.ng")],
         addr=["Plot 1224, Ahmadu Bello Way, Jabi", "P.M.B. 5417, Garki, Abuja"],
         street="Plot 1224, Ahmadu Bello Way, Jabi, P.M.B. 5417, Garki", city="Abuja"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "IE", False, T("libertine", "lato", pal="green", mark="leaf",
                                         name_w="semibold", name_size=40, co_size=26,
                                         body_size=21),
         P("Cormac", "O'Sullivan", middle="P.", cred="MVB MRCVS"),
         "Cormac P. O'Sullivan MVB MRCVS",
         co="Lee Valley Veterinary Clinic", title="Veterinary Surgeon",
         rows=[Ph("021 455 4180", "T"), Ph("087 555 2718", "M", "mobile"),
               Em("cormac@leevalleyvets.ie")],
         addr=["Unit 3, Ballincollig Business Park", "Ballincollig, Co. Cork, P31 X2E6"],
         street="Unit 3, Ballincollig Business Park", city="Ballincollig", postal="P31 X2E6"),
    card("right-aligned", "GB", False, T("garamond", "lato", pal="cream", name_w="regular",
                                         name_size=42, co_size=26, body_size=21),
         P("Fiona", "MacKenzie-Grant", middle="R."), "Fiona R. MacKenzie-Grant",
         co="Heather & Thistle", title="Bespoke Bridal Designer",
         rows=[Ph("07700 900 142", "M", "mobile"), Em("fiona@heatherandthistle.co.uk"),
               Web("heatherandthistle.co.uk")],
         addr=["The Old Schoolhouse, Main Street", "Killearn, Glasgow G63 9RJ"],
         street="The Old Schoolhouse, Main Street, Killearn", city="Glasgow", postal="G63 9RJ"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "IN", True, T("manrope", pal="sky", mark="rings", name_w="bold",
                                    name_size=40, co_size=26, body_size=20),
         P("Ananya", "Iyer", middle="R."), "Ananya R. Iyer",
         co="Coromandel Analytics Pvt. Ltd.", title="Lead Data Scientist",
         rows=[Ph("+91 44 4555 4180", "T"), Ph("+91 94440 52718", "M", "mobile"),
               Em("ananya.iyer@coromandel.ai")],
         addr=["No. 14, 3rd Cross Street, Phase 2", "Ambattur Industrial Estate",
               "Chennai 600058, Tamil Nadu, India"],
         street="No. 14, 3rd Cross Street, Phase 2, Ambattur Industrial Estate", city="Chennai",
         region="TN", postal="600058"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "US", False, T("spartan", "inter", pal="black", name_w="bold",
                                    name_size=54, co_size=24, body_size=20),
         P("Tamika", "Washington", middle="L."), "Tamika L. Washington",
         co="BlueHarbor Health", title="Director, Patient Experience",
         dept="Department of Nursing",
         rows=[Ph("(312) 555-0186", "O"), Ph("(312) 555-0119", "C", "mobile"),
               Em("tlwashington@blueharborhealth.org")],
         addr=["233 S. Wacker Dr., 84th Floor", "Chicago, IL 60606"],
         street="233 S. Wacker Dr., 84th Floor", city="Chicago", region="IL", postal="60606"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "VN", True, T("lato", pal="mist", name_w="bold", name_size=40,
                                 co_size=24, body_size=20, co_caps=True),
         P("Quang Huy", "Tran", middle="Duc"), "TRAN DUC QUANG HUY",
         co="Hanoi Lotus Travel", company="Hanoi Lotus Travel", title="Sales Executive",
         rows=[Ph("+84 24 3933 4180", "Tel"), Ph("+84 91 555 2718", "Hotline"),
               Em("huy.tran@hanoilotus.vn")],
         addr=["No. 45 Hang Bac Street, Hoan Kiem District", "Hanoi, Vietnam"],
         street="No. 45 Hang Bac Street, Hoan Kiem District", city="Hanoi"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "MX", True, T("opensans", pal="orange", mark="tri", name_w="bold",
                                    name_size=40, co_size=26, body_size=20),
         P("Ana", "Garza Villarreal", middle="Sofía", prefix="Ing."),
         "Ing. Ana Sofía Garza Villarreal",
         co="Grupo Industrial Sierra Madre", title="Gerente de Calidad",
         rows=[Ph("+52 81 8555 4180", "Tel."), Ph("+52 81 1555 2718", "Cel.", "mobile"),
               Em("agarza@gism.com.mx")],
         addr=["Av. Ricardo Margáin Zozaya 575, Torre C, Piso 9", "Col. Valle del Campestre",
               "San Pedro Garza García, N.L. 66265, México"],
         street="Av. Ricardo Margáin Zozaya 575, Torre C, Piso 9, Col. Valle del Campestre",
         city="San Pedro Garza García", region="NLE", postal="66265"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "TH", False, T("manrope", pal="teal", name_w="bold", name_size=40,
                                  co_size=24, body_size=20),
         P("Kittipong", "Srisuk"), "Kittipong Srisuk (Ton)",
         co="Lanna Craft Coffee", title="Founder & Head Roaster",
         rows=[Ph("+66 89 555 2718", "Mobile", "mobile"), Em("ton@lannacraftcoffee.co.th"),
               Web("lannacraftcoffee.co.th")],
         addr=["88/3 Nimmanhaemin Soi 9, Suthep, Mueang", "Chiang Mai 50200"],
         street="88/3 Nimmanhaemin Soi 9, Suthep, Mueang", city="Chiang Mai", postal="50200"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "GB", False, T("inter", pal="purple", name_w="bold", name_size=40,
                                     co_size=24, body_size=20),
         P("Rhys", "Llewellyn-Jones", prefix="Prof."), "Prof. Rhys Llewellyn-Jones",
         co="Cardiff School of Engineering", title="Chair in Structural Engineering",
         rows=[Ph("029 2018 0743", "T"), Em("llewellyn-jonesr@cse.cardiff.ac.uk")],
         addr=["Queen's Buildings, The Parade", "Cardiff CF24 3AA"],
         street="Queen's Buildings, The Parade", city="Cardiff", postal="CF24 3AA"),
    # ---------------------------------------------------------------- footer
    card("footer", "AE", True, T("robotoslab", "roboto", pal="navy", mark="square",
                                 name_w="bold", name_size=40, co_size=26, body_size=20),
         P("Arjun", "Menon", middle="Suresh"), "Arjun Suresh Menon",
         co="Desert Rose Hospitality LLC", title="Cluster Revenue Manager",
         rows=[Ph("+971 4 555 4180", "T"), Ph("+971 52 555 2718", "M", "mobile"),
               Em("arjun.menon@desertrosehotels.com")],
         addr=["Level 14, Boulevard Plaza Tower 1, Sheikh Mohammed bin Rashid Blvd",
               "P.O. Box 118290, Dubai, UAE"],
         street="Level 14, Boulevard Plaza Tower 1, Sheikh Mohammed bin Rashid Blvd, "
                "P.O. Box 118290", city="Dubai"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "NL", True, T("karla", pal="orange", mark="circle", name_w="bold",
                                   name_size=40, co_size=26, body_size=20),
         P("Joost", "van den Bosch", middle="W.", prefix="ir."), "ir. Joost W. van den Bosch",
         co="Delta Waterbouw B.V.", title="Projectleider",
         rows=[Ph("+31 10 555 4180", "T"), Ph("+31 6 5555 2718", "M", "mobile"),
               Em("j.vandenbosch@deltawaterbouw.nl")],
         addr=["Postbus 29145", "3001 GC Rotterdam", "Nederland"],
         street="Postbus 29145", city="Rotterdam", postal="3001 GC"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "IN", False, T("opensans", pal="red", name_w="bold", name_size=40,
                                      co_size=24, body_size=20),
         P("Vikram", "Malhotra", middle="Singh"), "VIKRAM SINGH MALHOTRA",
         co="Yamuna Realty", title="Director",
         rows=[Ph("+91 120 455 4180", "Off"), Ph("+91 98100 52718", "Mob", "mobile"),
               Em("vikram@yamunarealty.in")],
         addr=["C-56/12, Sector 62", "Noida, Uttar Pradesh 201301"],
         street="C-56/12, Sector 62", city="Noida", region="UP", postal="201301"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "CN", False, T("libertine", "lato", pal="gold", name_w="semibold",
                                 name_size=40, co_size=26, body_size=20),
         P("Mei", "Wong", prefix="Ms."), "Ms. WONG Mei",
         co="Jinqiao Legal Consulting", title="Senior Associate",
         rows=[Ph("+86 21 5555 4180", "T"), Ph("+86 186 2155 2718", "M", "mobile"),
               Em("mei.wong@jinqiaolegal.cn")],
         addr=["Unit 2103, 21/F, 1717 Nanjing West Road, Jing'an District",
               "Shanghai 200040"],
         street="Unit 2103, 21/F, 1717 Nanjing West Road, Jing'an District", city="Shanghai",
         postal="200040"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "US", False, T("inter", pal="ink", mark="hex", name_w="bold", name_size=40,
                                   co_size=24, body_size=20),
         P("Samuel", "Okafor", middle="B."), "Samuel B. Okafor",
         co="GRIDLINE", company="Gridline", title="Solutions Architect",
         rows=[Ph("+1 (737) 555-0154", "M", "mobile"), Em("sam@gridline.io"),
               Li("linkedin.com/in/samokafor")],
         addr=["500 W 2nd St, Floor 19", "Austin, TX 78701"],
         street="500 W 2nd St, Floor 19", city="Austin", region="TX", postal="78701"),
    # ---------------------------------------------------------------- grid
    card("grid", "GB", True, T("lato", pal="sky", mark="rings", name_w="bold", name_size=40,
                               co_size=24, body_size=20),
         P("Priyanka", "Chauhan-Reid", middle="D."), "Priyanka D. Chauhan-Reid",
         co="Tidewater Freight Forwarding Ltd", title="Customs Compliance Lead",
         dept="Import Operations",
         rows=[Ph("+44 (0)117 496 0528", "T"), Ph("+44 (0)7700 900 861", "M", "mobile"),
               Em("p.chauhan-reid@tidewaterfreight.co.uk")],
         addr=["Unit 9, Western Approach Distribution Park", "Severn Beach, Bristol BS35 4GG",
               "United Kingdom"],
         street="Unit 9, Western Approach Distribution Park, Severn Beach", city="Bristol",
         postal="BS35 4GG"),
]


# Batch 13 (cards 538-577): a thirteenth author, by hand like the others; no new layouts.
SPECS13: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "ZA", True, T("opensans", pal="navy", mark="square", name_w="bold",
                                  name_size=40, co_size=26, body_size=20),
         P("Kagiso", "Molefe", cred="CA(SA)"), "Kagiso Molefe CA(SA)",
         co="Molefe Pillay Incorporated", tag="CHARTERED ACCOUNTANTS (SA)", title="Director",
         rows=[Ph("+27 41 555 4180", "T"), Ph("+27 82 555 2718", "C", "mobile"),
               Em("kagiso@molefepillay.co.za")],
         addr=["Ground Floor, Fairview Office Park", "66 Ring Road, Greenacres",
               "Gqeberha, 6045, South Africa"],
         street="Ground Floor, Fairview Office Park, 66 Ring Road, Greenacres", city="Gqeberha",
         postal="6045"),
    card("classic", "CZ", False, T("roboto", pal="sky", mark="bars", name_w="bold",
                                   name_size=40, co_size=26, body_size=21),
         P("Lucie", "Horáková", prefix="Ing.", cred="Ph.D."), "Ing. Lucie Horáková, Ph.D.", v=1,
         co="Ostravské strojírny a.s.", title="Obchodní ředitelka",
         rows=[Ph("+420 596 555 418", "T"), Ph("+420 602 555 271", "M", "mobile"),
               Em("horakova@ostravske-strojirny.cz")],
         addr=["Nádražní 3112/135", "702 00 Ostrava"],
         street="Nádražní 3112/135", city="Ostrava", postal="702 00"),
    # ---------------------------------------------------------------- centred
    card("centred", "BE", True, T("garamond", "lato", pal="burgundy", name_w="regular",
                                  name_size=44, co_size=28, body_size=21),
         P("Caroline", "Delvaux", prefix="Me"), "Me Caroline Delvaux",
         co="Delvaux & Gilson", tag="AVOCATS AU BARREAU DE LIÈGE", title="Avocate associée",
         rows=[Ph("+32 4 223 41 80", "Tél."), Ph("+32 475 55 27 18", "GSM", "mobile"),
               Em("c.delvaux@delvaux-gilson.be")],
         addr=["Boulevard d'Avroy 38, bte 4", "4000 Liège, Belgique"],
         street="Boulevard d'Avroy 38, bte 4", city="Liège", postal="4000"),
    card("centred", "EG", True, T("manrope", pal="teal", mark="arc", name_w="bold",
                                  name_size=40, co_size=26, body_size=20),
         P("Mona", "El-Sayed", prefix="Dr."), "Dr. Mona El-Sayed", v=1,
         co="Nile Delta Pharmaceuticals S.A.E.", title="Medical Affairs Director",
         rows=[Ph("+20 2 2555 4180", "Tel"), Ph("+20 100 555 2718", "Mobile", "mobile"),
               Em("mona.elsayed@niledeltapharma.com.eg")],
         addr=["47 North 90th Street, Fifth Settlement", "New Cairo 11835, Egypt"],
         street="47 North 90th Street, Fifth Settlement", city="New Cairo", postal="11835"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "GB", False, T("spartan", "inter", pal="orange", mark="tri",
                                       name_w="bold", name_size=40, co_size=28, body_size=21,
                                       co_caps=True),
         P("Gareth", "Pritchard", middle="Wyn"), "Gareth Wyn Pritchard",
         co=["Foundry Lane", "Games"], company="Foundry Lane Games",
         title=["Lead Technical", "Artist"],
         rows=[Ph("0113 496 0582", "T"), Ph("07700 900 734", "M", "mobile"),
               Em("gareth@foundrylanegames.co.uk"), Web("foundrylanegames.co.uk")],
         addr=["Unit 12, Round Foundry Media Centre", "Foundry Street", "Leeds LS11 5QP"],
         street="Unit 12, Round Foundry Media Centre, Foundry Street", city="Leeds",
         postal="LS11 5QP"),
    card("two-columns", "PK", True, T("lato", pal="green", mark="leaf", name_w="bold",
                                      name_size=40, co_size=28, body_size=20),
         P("Muhammad", "Qureshi", middle="Usman"), "Muhammad Usman Qureshi", v=1,
         co="Indus Textile Mills Limited", title="Deputy General Manager",
         dept="Export Marketing",
         rows=[Ph("+92 21 3555 4180", "Tel"), Ph("+92 21 3555 4189", "Fax", "fax"),
               Ph("+92 300 555 2718", "Cell", "mobile"), Em("usman.qureshi@industextile.com.pk")],
         addr=["Office 1104, 11th Floor, Emerald Tower", "Plot G-19, Block 5, Clifton",
               "Karachi 75600, Pakistan"],
         street="Office 1104, 11th Floor, Emerald Tower, Plot G-19, Block 5, Clifton",
         city="Karachi", postal="75600"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "KR", True, T("nimbussans", pal="ink", mark="diamond", name_w="bold",
                                   name_size=40, co_size=26, body_size=20),
         P("Min-jun", "Choi"), "CHOI Min-jun",
         co="Haeun Shipping Co., Ltd.", title="Assistant Manager", dept="Chartering Team",
         rows=[Ph("+82-51-555-4180", "TEL"), Ph("+82-51-555-4181", "FAX", "fax"),
               Ph("+82-10-5555-2718", "MOBILE", "mobile"), Em("mj.choi@haeunship.co.kr")],
         addr=["12F, Busan International Finance Center", "40 Munhyeongeumyung-ro, Nam-gu",
               "Busan 48400, Korea"],
         street="12F, Busan International Finance Center, 40 Munhyeongeumyung-ro, Nam-gu",
         city="Busan", postal="48400"),
    card("vertical", "CA", False, T("cabin", pal="forest", mark="tri", name_w="bold",
                                    name_size=40, co_size=26, body_size=21),
         P("Brendan", "O'Connor-Reid", cred="P.Eng."), "Brendan O'Connor-Reid, P.Eng.", v=1,
         co="Bowfront Geotechnical Inc.", title="Senior Geotechnical Engineer",
         rows=[Ph("403-555-0148", "T"), Ph("403-555-0172", "C", "mobile"),
               Em("boconnorreid@bowfront.ca")],
         addr=["Suite 2100, Bow Valley Square 3", "255 5 Avenue SW", "Calgary, AB  T2P 3G6"],
         street="Suite 2100, Bow Valley Square 3, 255 5 Avenue SW", city="Calgary", region="AB",
         postal="T2P 3G6"),
    # ---------------------------------------------------------------- dark
    card("dark", "HK", True, T("libertine", "lato", pal="charcoal", mark="rings",
                               name_w="semibold", name_size=40, co_size=26, body_size=20),
         P("Vincent", "Chan", middle="Ka-ming"), "Vincent Chan Ka-ming",
         co="Harbourfront Capital Limited", title="Director, Private Wealth",
         rows=[Ph("+852 2555 4180", "T"), Ph("+852 9555 2718", "M", "mobile"),
               Em("vincent.chan@harbourfrontcap.com.hk")],
         addr=["Suite 3208, 32/F, Two Exchange Square", "8 Connaught Place, Central",
               "Hong Kong"],
         street="Suite 3208, 32/F, Two Exchange Square, 8 Connaught Place, Central",
         city="Hong Kong"),
    card("dark", "US", False, T("palladio", "opensans", pal="navy", name_w="bold",
                                name_size=40, co_size=26, body_size=20, co_caps=True,
                                co_track=3),
         P("Marcus", "Ellington", middle="D."), "Marcus D. Ellington", v=2,
         co="Ellington & Vance", company="Ellington & Vance", tag="TRIAL LAWYERS",
         title="Partner",
         rows=[Ph("(213) 555-0139", "Direct"), Ph("(213) 555-0100", "Main"),
               Ph("(213) 555-0101", "Fax", "fax"), Em("mellington@ellingtonvance.com")],
         addr=["Bunker Hill Tower", "333 South Grand Avenue, 35th Floor",
               "Los Angeles, CA 90071"],
         street="Bunker Hill Tower, 333 South Grand Avenue, 35th Floor", city="Los Angeles",
         region="CA", postal="90071"),
    # ---------------------------------------------------------------- band
    card("band", "NG", True, T("opensans", pal="sky", mark="circle", name_w="bold",
                               name_size=38, co_size=28, body_size=20),
         P("Ibinabo", "Georgewill", middle="T.", prefix="Engr."), "Engr. Ibinabo T. Georgewill",
         v=1, co="Rivers Marine Logistics Ltd", title="Head, Fleet Maintenance",
         rows=[Ph("+234 208 455 4180", "Office"), Ph("+234 803 555 2718", "Mobile", "mobile"),
               Em("i.georgewill@riversmarine.com.ng")],
         addr=["Km 16, East-West Road, Rumuodara", "Port Harcourt, Rivers State, Nigeria"],
         street="Km 16, East-West Road, Rumuodara", city="Port Harcourt"),
    card("band", "AU", False, T("inter", pal="teal", mark="leaf", name_w="bold",
                                name_size=40, co_size=26, body_size=20),
         P("Liam", "Fitzgerald", cred="B.Physio, APAM"), "Liam Fitzgerald, B.Physio, APAM", v=3,
         co="Swan River Physiotherapy", title=["Senior Physiotherapist", "& Clinic Director"],
         rows=[Ph("(08) 5550 4182", "Ph"), Ph("(08) 5550 4183", "Fax", "fax"),
               Ph("0491 570 311", "Mob", "mobile"), Em("liam@swanriverphysio.com.au")],
         addr=["Suite 5, Level 1", "1 Mends Street", "South Perth WA 6151"],
         street="Suite 5, Level 1, 1 Mends Street", city="South Perth", region="WA",
         postal="6151"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "NZ", False, T("gothic", "opensans", pal="green", co_size=26,
                                    name_size=40, body_size=21),
         P("Hemi", "Parata"), "Hemi Parata",
         mono="PL", co="Parata Lawson Surveyors", title="Licensed Cadastral Surveyor",
         rows=[Ph("+64 3 555 4180", "DDI"), Ph("027 555 2718", "M", "mobile"),
               Em("hemi@paratalawson.co.nz")],
         addr=["Unit 4, 17 Sir William Pickering Drive", "Burnside, Christchurch 8053"],
         street="Unit 4, 17 Sir William Pickering Drive, Burnside", city="Christchurch",
         postal="8053"),
    card("monogram", "CH", False, T("palladio", "lato", pal="gold", co_size=24,
                                    name_size=38, body_size=21),
         P("Laurent", "Favre-Bulle"), "Laurent Favre-Bulle", v=1,
         mono="FB", co="Favre-Bulle Gestion de Fortune SA", title="Associé gérant",
         rows=[Ph("+41 32 555 41 80", "T"), Ph("+41 79 555 27 18", "M", "mobile"),
               Em("l.favre@fb-gestion.ch")],
         addr=["Rue du Seyon 12", "Case postale 2240", "2001 Neuchâtel"],
         street="Rue du Seyon 12, Case postale 2240", city="Neuchâtel", postal="2001"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "ID", True, T("roboto", pal="red", mark="hex", name_w="bold",
                                      name_size=40, co_size=28, body_size=20, co_caps=True),
         P("Budi", "Santoso", cred="S.E., M.M."), "Budi Santoso, S.E., M.M.",
         co="PT Samudra Logistik Nusantara", company="PT Samudra Logistik Nusantara",
         title="Branch Manager",
         rows=[Ph("+62 31 555 4180", "Tel"), Ph("+62 31 555 4181", "Fax", "fax"),
               Ph("+62 811 555 2718", "HP", "mobile"), Em("budi.santoso@samudralogistik.co.id")],
         addr=["Graha Pena Building, 12th Floor, Suite 1203", "Jl. Ahmad Yani No. 88",
               "Surabaya 60234, Indonesia"],
         street="Graha Pena Building, 12th Floor, Suite 1203, Jl. Ahmad Yani No. 88",
         city="Surabaya", postal="60234"),
    card("company-top", "GR", True, T("century", "opensans", pal="green", mark="leaf",
                                      name_w="bold", name_size=40, co_size=28, body_size=21),
         P("Eleni", "Karamanli"), "Eleni Karamanli", v=1,
         co="Thermaikos Olive Oil S.A.", title="Export Manager",
         rows=[Ph("+30 2310 555 418", "T"), Ph("+30 697 555 2718", "M", "mobile"),
               Em("e.karamanli@thermaikosoil.gr")],
         addr=["Tsimiski 43, 3rd floor", "546 23 Thessaloniki, Greece"],
         street="Tsimiski 43, 3rd floor", city="Thessaloniki", postal="546 23"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "SE", False, T("quicksand", pal="mist", name_w="bold", name_size=42,
                                   co_size=26, body_size=21),
         P("Linnea", "Bergström"), "Linnea Bergström",
         co=None, title="Illustratör",
         rows=[Ph("070-555 31 42", "mobil", "mobile"), Em("linnea@linneabergstrom.se"),
               Web("linneabergstrom.se")],
         addr=["Järntorgsgatan 8", "413 01 Göteborg"],
         street="Järntorgsgatan 8", city="Göteborg", postal="413 01"),
    card("minimal", "US", False, T("garamond", "karla", pal="cream", name_w="regular",
                                   name_size=44, co_size=24, body_size=21),
         P("Hannah", "Lee-Marchetti"), "Hannah Lee-Marchetti", v=1,
         co=None, title="Wedding & Portrait Photographer",
         rows=[Ph("(406) 555-0123"), Em("hello@hannahleemarchetti.com"),
               Web("www.hannahleemarchetti.com")],
         addr=["PO Box 2045", "Missoula, MT 59806"],
         street="PO Box 2045", city="Missoula", region="MT", postal="59806"),
    # ---------------------------------------------------------------- labels
    card("labels", "MY", True, T("opensans", pal="sky", label_mode="column", mark="square",
                                 name_w="bold", name_size=40, co_size=26, body_size=20),
         P("Wei Ling", "Tan"), "Tan Wei Ling", v=1,
         co="Penang Precision Moulding Sdn. Bhd.", title="Senior Purchasing Executive",
         rows=[Ph("+604-555 4180", "Tel"), Ph("+604-555 4181", "Fax", "fax"),
               Ph("+6012-555 2718", "H/P", "mobile"), Em("weiling.tan@ppmould.com.my", "Email")],
         addr=["Plot 82, Lorong Perusahaan Maju 7", "Bukit Tengah Industrial Park",
               "14000 Bukit Mertajam, Penang, Malaysia"],
         street="Plot 82, Lorong Perusahaan Maju 7, Bukit Tengah Industrial Park",
         city="Bukit Mertajam", postal="14000"),
    card("labels", "GB", False, T("lato", pal="purple", label_mode="column", name_w="bold",
                                  name_size=40, co_size=26, body_size=21),
         P("Ciarán", "McAllister", cred="MRICS"), "Ciarán McAllister MRICS", v=2,
         co="Lagan Quay Property Consultants", title="Associate Director",
         rows=[Ph("028 9649 6127", "DD"), Ph("07700 900 463", "M", "mobile"),
               Em("c.mcallister@laganquay.co.uk", "E")],
         addr=["Victoria House", "15–17 Gloucester Street", "Belfast BT1 4LS"],
         street="Victoria House, 15–17 Gloucester Street", city="Belfast", postal="BT1 4LS"),
    # ---------------------------------------------------------------- icons
    card("icons", "SG", True, T("manrope", pal="purple", mark="rings", name_w="bold",
                                name_size=40, co_size=26, body_size=20, label_mode="icons"),
         P("Nurul Huda", "binte Ismail"), "Nurul Huda binte Ismail",
         co="Straits Harbour Insurance Brokers Pte Ltd",
         title="Account Manager, Marine & Cargo",
         rows=[Ph("+65 6555 4180"), Ph("+65 9555 2718", typ="mobile"),
               Em("nurul.huda@straitsharbour.com.sg")],
         addr=["1 Raffles Place, #44-01", "One Raffles Place Tower 1", "Singapore 048616"],
         street="1 Raffles Place, #44-01, One Raffles Place Tower 1", city="Singapore",
         postal="048616"),
    card("icons", "FI", True, T("inter", pal="ink", mark="bars", name_w="bold", name_size=40,
                                co_size=26, body_size=20, label_mode="icons"),
         P("Mikko", "Heikkinen", middle="Juhani"), "Mikko Juhani Heikkinen", v=1,
         co="Pohjoisranta Consulting Oy", title="Senior Consultant",
         rows=[Ph("+358 9 555 4180"), Ph("+358 40 555 2718", typ="mobile"),
               Em("mikko.heikkinen@pohjoisranta.fi"), Web("pohjoisranta.fi")],
         addr=["Pohjoisesplanadi 25 A 4", "00100 Helsinki, Finland"],
         street="Pohjoisesplanadi 25 A 4", city="Helsinki", postal="00100"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "CO", True, T("manrope", pal="orange", mark="circle", name_w="bold",
                                   name_size=40, co_size=26, body_size=20),
         P("Valentina", "Marín Cuello"), "Valentina Marín Cuello",
         co="Caribe Puerto Seguro S.A.S.", title="Gerente Comercial",
         rows=[[Ph("+57 605 385 4180", "T"), Ph("+57 300 555 2718", "Cel", "mobile")],
               [Em("vmarin@caribepuertoseguro.com.co")]],
         addr=["Carrera 53 # 82-86, Oficina 1104 · Barranquilla, Atlántico · Colombia"],
         street="Carrera 53 # 82-86, Oficina 1104", city="Barranquilla", region="ATL"),
    card("one-line", "CN", True, T("opensans", pal="red", mark="diamond", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Kevin", "Huang", middle="Zhiqiang"), "Kevin Huang Zhiqiang", v=1,
         co=["Guangzhou Lingnan Furniture", "Manufacturing Co., Ltd."],
         title="Sales Director", sep=" | ",
         rows=[[Ph("+86 20 3855 4180", "Tel"), Ph("+86 20 3855 4181", "Fax", "fax")],
               [Ph("+86 137 2255 2718", "Mob", "mobile"), Em("kevin@lingnanfurniture.com")]],
         addr=["No. 63 Huangpu Avenue West, Tianhe District, Guangzhou 510620, China"],
         street="No. 63 Huangpu Avenue West, Tianhe District", city="Guangzhou",
         postal="510620"),
    # ---------------------------------------------------------------- dense
    card("dense", "ZA", False, T("carlito", pal="burgundy", mark="arc", name_w="bold",
                                 name_size=38, co_size=24, body_size=19),
         P("Annelie", "Steyn"), "Annelie Steyn",
         co="Fynbos Wine Estates (Pty) Ltd", title="Marketing Manager", dept="Export Division",
         rows=[Ph("+27 21 555 4180", "Tel"), Ph("+27 21 555 4181", "Fax", "fax"),
               Ph("+27 83 555 2718", "Cell", "mobile"), Em("annelie@fynboswine.co.za"),
               Web("www.fynboswine.co.za")],
         addr=["2nd Floor, The Boulevard Office Park", "Searle Street, Woodstock",
               "Cape Town, 7925"],
         street="2nd Floor, The Boulevard Office Park, Searle Street, Woodstock",
         city="Cape Town", postal="7925"),
    card("dense", "IL", True, T("nimbussans", pal="sky", mark="hex", name_w="bold",
                                name_size=38, co_size=24, body_size=19),
         P("Yael", "Rosenberg-Katz", prefix="Dr."), "Dr. Yael Rosenberg-Katz", v=1,
         co="Galil Medical Devices Ltd.", title="VP Regulatory Affairs",
         dept="Quality & Regulatory",
         rows=[Ph("+972-4-855-4180", "Tel"), Ph("+972-4-855-4181", "Fax", "fax"),
               Ph("+972-52-555-2718", "Mobile", "mobile"), Em("yael.rk@galilmed.co.il")],
         addr=["MATAM Park, Building 23", "P.O.B. 15012", "Haifa 3190501, Israel"],
         street="MATAM Park, Building 23, P.O.B. 15012", city="Haifa", postal="3190501"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "AU", False, T("libertine", "lato", pal="navy", mark="square",
                                         name_w="semibold", name_size=40, co_size=26,
                                         body_size=21),
         P("Thomas", "Brennan", middle="A."), "Thomas A. Brennan",
         co=["Brennan Ashby", "Lawyers"], company="Brennan Ashby Lawyers", title="Principal",
         rows=[Ph("(03) 5550 4127", "T"), Ph("0491 570 884", "M", "mobile"),
               Em("tbrennan@brennanashby.com.au")],
         addr=["Level 14, 530 Collins Street", "Melbourne VIC 3000"],
         street="Level 14, 530 Collins Street", city="Melbourne", region="VIC",
         postal="3000"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "PE", True, T("opensans", pal="red", mark="tri", name_w="bold",
                                    name_size=38, co_size=26, body_size=20),
         P("Carmen Rosa", "Quispe Mamani", prefix="Ing."), "Ing. Carmen Rosa Quispe Mamani",
         co="Minera Chachani S.A.C.",
         title=["Jefa de Seguridad y", "Salud Ocupacional"],
         rows=[Ph("+51 54 555 418", "T"), Ph("+51 959 555 271", "Cel", "mobile"),
               Em("cquispe@chachani.com.pe")],
         addr=["Calle Mercaderes 212, Of. 305", "Cercado, Arequipa 04001, Perú"],
         street="Calle Mercaderes 212, Of. 305, Cercado", city="Arequipa", postal="04001"),
    # ---------------------------------------------------------------- qr
    card("qr", "US", False, T("inter", pal="orange", mark="circle", name_w="bold",
                              name_size=42, co_size=28, body_size=21),
         P("Ethan", "Nakamura-Price", middle="J."), "Ethan J. Nakamura-Price", v=1,
         co="Front Range Solar", title="Residential Solar Consultant",
         qr_caption="Scan for a free quote",
         rows=[Ph("720-555-0114", "Cell", "mobile"), Em("ethan@frontrangesolar.com"),
               Web("frontrangesolar.com")],
         addr=["1550 Wynkoop St, Unit 300", "Denver, CO 80202"],
         street="1550 Wynkoop St, Unit 300", city="Denver", region="CO", postal="80202"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "CA", False, T("biolinum", "lato", pal="plum", name_w="bold",
                                    name_size=54, co_size=24, body_size=20),
         P("Geneviève", "Tremblay-Roy"), "Geneviève Tremblay-Roy",
         co="Atelier Boréal", title="Designer graphique principale",
         rows=[Ph("418 555-0137", "Tél."), Ph("418 555-0164", "Cell.", "mobile"),
               Em("genevieve@atelierboreal.ca")],
         addr=["580, Grande Allée Est, bureau 320", "Québec (Québec)  G1R 2K2"],
         street="580, Grande Allée Est, bureau 320", city="Québec", region="QC",
         postal="G1R 2K2"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "NO", False, T("lato", pal="mist", name_caps=True, name_track=8,
                                  name_w="regular", name_size=38, title_size=23, co_size=26,
                                  body_size=20),
         P("Sigrid", "Solheim", middle="Aasen"), "Sigrid Aasen Solheim",
         co="Fjordlys Arkitekter AS", title="Sivilarkitekt MNAL",
         rows=[Ph("+47 55 55 41 80", "T"), Ph("+47 915 55 271", "M", "mobile"),
               Em("sigrid@fjordlys.no")],
         addr=["Strandkaien 2A, Postboks 733 Sentrum", "5807 Bergen"],
         street="Strandkaien 2A, Postboks 733 Sentrum", city="Bergen", postal="5807"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "BE", False, T("spartan", "karla", pal="sky", mark="bars", co_size=44,
                                     name_size=40, body_size=22),
         P("Wouter", "De Smedt"), "Wouter De Smedt", v=1,
         co="Scheldezicht Logistiek NV", tag="HAVENLOGISTIEK · GENT",
         title="Operationeel directeur",
         rows=[Ph("+32 9 225 41 80", "T"), Ph("+32 478 55 27 18", "GSM", "mobile"),
               Em("wouter.desmedt@scheldezicht.be")],
         addr=["Ottergemsesteenweg-Zuid 808 bus 14", "9000 Gent"],
         extra=["BTW BE 0456.789.123"],
         street="Ottergemsesteenweg-Zuid 808 bus 14", city="Gent", postal="9000"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "PH", False, T("karla", pal="teal", mark="diamond", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Jose Miguel", "Villanueva", middle="R."), "Jose Miguel R. Villanueva",
         co="Visayas Realty Corporation", title="Licensed Real Estate Broker",
         rows=[Ph("+63 32 555 4180", "Tel"), Ph("+63 917 555 2718", "Mobile", "mobile"),
               Em("jm.villanueva@visayasrealty.com.ph")],
         addr=["Unit 1207, Cebu IT Tower 2", "Archbishop Reyes Avenue, Cebu Business Park",
               "Cebu City 6000"],
         street="Unit 1207, Cebu IT Tower 2, Archbishop Reyes Avenue, Cebu Business Park",
         city="Cebu City", postal="6000"),
    # ---------------------------------------------------------------- grid
    card("grid", "CL", True, T("cabin", pal="teal", mark="arc", name_w="bold", name_size=40,
                               co_size=24, body_size=21),
         P("Francisca Ignacia", "Soto Valenzuela"), "Francisca Ignacia Soto Valenzuela",
         co="Puerto Austral Agencia de Naves Ltda.", title="Jefa de Operaciones",
         rows=[Ph("+56 32 255 4180", "TELÉFONO"), Ph("+56 9 5555 2718", "CELULAR", "mobile"),
               Em("fsoto@puertoaustral.cl", "CORREO")],
         addr=["Blanco 1131, piso 6, oficina 602", "Valparaíso, Chile"], addr_label="DIRECCIÓN",
         street="Blanco 1131, piso 6, oficina 602", city="Valparaíso"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "BD", True, T("roboto", pal="green", mark="circle", name_w="bold",
                                    name_size=40, co_size=26, body_size=20),
         P("Tanvir", "Chowdhury", middle="Ahmed"), "Tanvir Ahmed Chowdhury", v=1,
         co="Meghna Apparels Ltd.", title="General Manager, Merchandising",
         rows=[Ph("+880 2 5555 4180", "T"), Ph("+880 1711 555271", "M", "mobile"),
               Em("tanvir@meghnaapparels.com.bd")],
         addr=["House 42, Road 11, Block F", "Banani, Dhaka 1213, Bangladesh"],
         street="House 42, Road 11, Block F, Banani", city="Dhaka", postal="1213"),
    # ---------------------------------------------------------------- footer
    card("footer", "PK", False, T("inter", pal="purple", mark="hex", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Ayesha", "Siddiqui"), "Ayesha Siddiqui", v=1,
         co="Ravi Software House (Pvt.) Ltd.", title="Engineering Manager",
         rows=[Ph("+92 42 3555 4180", "T"), Ph("+92 321 555 2718", "M", "mobile"),
               Em("ayesha.siddiqui@ravisoft.pk")],
         addr=["3rd Floor, Ravi Tech Tower, 346-B Ferozepur Road, Lahore 54600"],
         street="3rd Floor, Ravi Tech Tower, 346-B Ferozepur Road", city="Lahore",
         postal="54600"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "NG", False, T("century", "opensans", pal="gold", name_w="bold",
                                    name_size=40, co_size=26, body_size=20),
         P("Oluwaseun", "Adebayo-Williams"), "Oluwaseun Adebayo-Williams",
         co="Adebayo-Williams & Co.", title="Principal Partner",
         rows=[Ph("+234 201 555 4180", "T"), Ph("0803 555 2718", "M", "mobile"),
               Em("seun@adebayowilliams.com.ng")],
         addr=["Suite 12, Mulliner Towers", "39 Alfred Rewane Road, Ikoyi", "Lagos"],
         street="Suite 12, Mulliner Towers, 39 Alfred Rewane Road, Ikoyi", city="Lagos"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "PH", False, T("lato", pal="sky", name_w="bold", name_size=40,
                                      co_size=24, body_size=20),
         P("Maria Angelica", "Reyes", middle="P.", cred="RN, MAN"),
         "Maria Angelica P. Reyes, RN, MAN",
         co="St. Lorenzo Medical Center", title="Chief Nursing Officer",
         rows=[Ph("(02) 8555 4180 loc. 2215", "Tel", ext="2215"),
               Ph("0917 555 2718", "Mobile", "mobile"), Em("mapreyes@stlorenzomed.com.ph")],
         addr=["1120 E. Rodriguez Sr. Avenue", "Brgy. Kristong Hari, Quezon City 1112",
               "Metro Manila"],
         street="1120 E. Rodriguez Sr. Avenue, Brgy. Kristong Hari", city="Quezon City",
         postal="1112"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "GB", True, T("spartan", "inter", pal="ink", mark="square", name_w="bold",
                                  name_size=40, co_size=24, body_size=20, co_caps=True,
                                  co_track=2),
         P("Amelia", "Hartley", middle="Rose"), "Amelia Rose Hartley",
         co="Hartley & Finch", company="Hartley & Finch", title="Senior Brand Strategist",
         rows=[Ph("+44 (0)20 7946 0291", "T"), Ph("+44 (0)7700 900 552", "M", "mobile"),
               Em("amelia@hartleyfinch.co.uk"), Li("linkedin.com/in/ameliahartley")],
         addr=["The Hatters Building, Unit 3.08", "56 Shoreditch High Street",
               "London E1 6JJ, United Kingdom"],
         street="The Hatters Building, Unit 3.08, 56 Shoreditch High Street", city="London",
         postal="E1 6JJ"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "CN", True, T("robotoslab", "roboto", pal="teal", mark="rings",
                                name_w="bold", name_size=40, co_size=24, body_size=20),
         P("Jing", "Chen", prefix="Dr."), "Dr. CHEN Jing", v=1,
         co="Beijing Zhongguancun Biotech Co., Ltd.", title="Chief Scientist",
         dept="R&D Center",
         rows=[Ph("+86 10 8255 4180", "Tel"), Ph("+86 135 0125 2718", "Mob", "mobile"),
               Em("chenjing@zgcbiotech.cn")],
         addr=["Room 501, Building 3, No. 5 Kaituo Road",
               "Haidian District, Beijing 100085, China"],
         street="Room 501, Building 3, No. 5 Kaituo Road, Haidian District", city="Beijing",
         postal="100085"),
]

# Batch 14 (cards 578-617), by a fourteenth author: weighted towards the countries batches 12
# and 13 had one card of or none (Germany, France, Spain, Italy, Brazil, ...), and three new
# ones (Romania, Ukraine, Morocco).
SPECS14: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "DE", False, T("opensans", pal="ink", mark="bars", name_w="bold",
                                   name_size=40, co_size=26, body_size=20),
         P("Jörg", "Wiesenthal", prefix="Dr.-Ing."), "Dr.-Ing. Jörg Wiesenthal",
         co="Frankenwerk Antriebstechnik GmbH", title="Leiter Entwicklung",
         dept="Geschäftsbereich Antriebssysteme",
         rows=[Ph("+49 9131 7740-218", "Tel."), Ph("+49 171 5552718", "Mobil", "mobile"),
               Em("joerg.wiesenthal@frankenwerk.de", "E-Mail")],
         addr=["Gewerbepark Tennenlohe, Haus 3", "Am Weichselgarten 21", "91058 Erlangen"],
         street="Gewerbepark Tennenlohe, Haus 3, Am Weichselgarten 21", city="Erlangen",
         postal="91058"),
    card("classic", "GH", True, T("roboto", pal="green", mark="leaf", name_w="bold",
                                  name_size=40, co_size=26, body_size=20),
         P("Akosua", "Boateng", middle="Serwaa"), "Akosua Serwaa Boateng", v=1,
         co="Ashanti Cocoa Processing Ltd", title="Quality Assurance Manager",
         rows=[Ph("+233 32 202 4180", "T"), Ph("+233 24 455 2718", "M", "mobile"),
               Em("a.boateng@ashanticocoa.com.gh")],
         addr=["Plot 14, Block C", "Kaase Industrial Area", "P.O. Box KS 1840",
               "Kumasi, Ghana"],
         street="Plot 14, Block C, Kaase Industrial Area, P.O. Box KS 1840", city="Kumasi"),
    # ---------------------------------------------------------------- centred
    card("centred", "FR", False, T("libertine", "lato", pal="cream", name_w="semibold",
                                   name_size=42, co_size=26, body_size=21, co_caps=True,
                                   co_track=2),
         P("Claire", "Dumont"), "Claire DUMONT",
         co="Dumont Rousseau Architectes", title="Architecte associée",
         rows=[Ph("04 72 55 41 80", "Tél."), Ph("06 12 55 27 18", "Port.", "mobile"),
               Em("c.dumont@dumont-rousseau.fr")],
         addr=["Immeuble Le Quadrille, 3e étage", "19, rue Garibaldi", "69006 Lyon"],
         street="Immeuble Le Quadrille, 3e étage, 19, rue Garibaldi", city="Lyon",
         postal="69006"),
    card("centred", "IE", False, T("garamond", "opensans", pal="burgundy", name_w="regular",
                                   name_size=42, co_size=26, body_size=20),
         P("Ciara", "Fahy", middle="M."), "Ciara M. Fahy", v=1,
         co=["University of Galway", "Ollscoil na Gaillimhe"], company="University of Galway",
         title="Senior Research Fellow", dept="Ryan Institute",
         rows=[Ph("+353 91 495 418", "T"), Ph("+353 87 555 2718", "M", "mobile"),
               Em("ciara.fahy@universityofgalway.ie")],
         addr=["Room 2.014, Arts & Science Building", "University Road", "Galway H91 TK33"],
         street="Room 2.014, Arts & Science Building, University Road", city="Galway",
         postal="H91 TK33"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "ES", False, T("lato", pal="red", mark="square", name_w="bold",
                                       name_size=38, co_size=26, body_size=20),
         P("María del Carmen", "Ruiz Olmedo"), "María del Carmen Ruiz Olmedo",
         co="Grupo Meridiano Seguros, S.A.", title="Directora de Siniestros",
         dept="Área de Empresas",
         rows=[Ph("+34 915 554 180", "Tel."), Ph("+34 655 552 718", "Móvil", "mobile"),
               Em("mcruiz@grupomeridiano.es")],
         addr=["Calle de Serrano, 41, 4.º izda.", "28001 Madrid"],
         street="Calle de Serrano, 41, 4.º izda.", city="Madrid", postal="28001"),
    card("two-columns", "TW", True, T("roboto", pal="sky", mark="hex", name_w="bold",
                                      name_size=40, co_size=24, body_size=19, co_caps=True),
         P("Jason", "Lin", middle="C. H."), "Jason C. H. Lin", v=1,
         co="Precision Tooling Taiwan Co., Ltd.", company="Precision Tooling Taiwan Co., Ltd.",
         title="Overseas Sales Manager", dept="International Business Div.",
         rows=[Ph("+886-4-2359-4180 ext. 215", "TEL", ext="215"),
               Ph("+886-4-2359-4189", "FAX", "fax"), Ph("+886-912-555-271", "Mobile", "mobile"),
               Em("jason.lin@ptt-tooling.com.tw")],
         addr=["No. 37, Gongyequ 38th Rd., Xitun Dist.", "Taichung City 407, Taiwan (R.O.C.)"],
         street="No. 37, Gongyequ 38th Rd., Xitun Dist.", city="Taichung City", postal="407"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "JP", True, T("nimbussans", pal="ink", mark="circle", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Yuki", "Nakamura"), "Yuki NAKAMURA",
         co="Naniwa Fine Chemicals Co., Ltd.", title="Manager",
         dept="Overseas Business Department",
         rows=[Ph("+81-6-6345-4180", "TEL"), Ph("+81-6-6345-4189", "FAX", "fax"),
               Ph("+81-90-5555-2718", "Mobile", "mobile"), Em("y-nakamura@naniwa-fc.co.jp")],
         addr=["Dojima Riverside Bldg. 9F", "2-4-7 Dojimahama, Kita-ku",
               "Osaka 530-0004, Japan"],
         street="Dojima Riverside Bldg. 9F, 2-4-7 Dojimahama, Kita-ku", city="Osaka",
         postal="530-0004"),
    card("vertical", "CA", False, T("cabin", pal="teal", mark="arc", name_w="bold",
                                    name_size=40, co_size=26, body_size=21),
         P("Ryan", "MacIsaac", middle="T.", cred="PhD"), "Ryan T. MacIsaac, PhD", v=1,
         co="Atlantic Coastal Research Inc.", title="Senior Fisheries Biologist",
         rows=[Ph("902-555-0118", "Office"), Ph("902-555-0176", "Cell", "mobile"),
               Em("rmacisaac@atlanticcoastal.ca")],
         addr=["Suite 410, Harbourview Centre", "1505 Barrington Street",
               "Halifax, NS  B3J 3K5"],
         street="Suite 410, Harbourview Centre, 1505 Barrington Street", city="Halifax",
         region="NS", postal="B3J 3K5"),
    # ---------------------------------------------------------------- dark
    card("dark", "AE", True, T("manrope", pal="black", mark="diamond", name_w="bold",
                               name_size=40, co_size=26, body_size=20),
         P("Rashid", "Al Mazrouei", middle="Khalfan"), "Rashid Khalfan Al Mazrouei",
         co="Gulf Crescent Properties LLC", title="Head of Leasing",
         rows=[Ph("+971 4 555 4180", "T"), Ph("+971 50 555 2718", "M", "mobile"),
               Em("rashid.almazrouei@gulfcrescent.ae")],
         addr=["Office 1807, Al Noor Tower B", "Dubai Internet City",
               "P.O. Box 502214, Dubai, U.A.E."],
         street="Office 1807, Al Noor Tower B, Dubai Internet City, P.O. Box 502214",
         city="Dubai"),
    card("dark", "US", False, T("palladio", "lato", pal="forest", name_w="bold",
                                name_size=40, co_size=26, body_size=20, co_caps=True,
                                co_track=3),
         P("Jonathan", "Whitaker", middle="R.", cred="CFA"), "Jonathan R. Whitaker, CFA", v=2,
         co="Whitaker & Hale", tag="WEALTH MANAGEMENT", title="Managing Director",
         rows=[Ph("(312) 555-0147", "Direct"), Ph("(312) 555-0182", "Mobile", "mobile"),
               Em("jwhitaker@whitakerhale.com")],
         addr=["Lakeshore Exchange Building", "53 W. Jackson Blvd., Suite 1220",
               "Chicago, IL 60604"],
         street="Lakeshore Exchange Building, 53 W. Jackson Blvd., Suite 1220",
         city="Chicago", region="IL", postal="60604"),
    # ---------------------------------------------------------------- band
    card("band", "BR", False, T("opensans", pal="teal", mark="circle", name_w="bold",
                                name_size=38, co_size=28, body_size=20),
         P("Ana Beatriz", "Cavalcanti Rocha"), "Ana Beatriz Cavalcanti Rocha", v=1,
         co="Ilha Verde Tecnologia Ltda.", title="Gerente de Projetos",
         rows=[Ph("+55 48 3555-4180", "Tel."), Ph("+55 48 99555-2718", "Cel.", "mobile"),
               Em("ana.rocha@ilhaverde.com.br")],
         addr=["Rod. SC-401, 8600, bloco 5, sala 104", "Santo Antônio de Lisboa",
               "88050-000 Florianópolis/SC"],
         street="Rod. SC-401, 8600, bloco 5, sala 104, Santo Antônio de Lisboa",
         city="Florianópolis", region="SC", postal="88050-000"),
    card("band", "KE", True, T("lato", pal="orange", mark="tri", name_w="bold",
                               name_size=40, co_size=26, body_size=20),
         P("Fatma", "Abdalla", middle="Said"), "Fatma Said Abdalla", v=3,
         co="Pwani Freight & Clearing Ltd", title="Operations Manager",
         rows=[Ph("+254 41 222 4180", "Tel"), Ph("+254 722 555 271", "Cell", "mobile"),
               Em("fatma@pwanifreight.co.ke")],
         addr=["Pwani Plaza, 3rd Floor, Moi Avenue", "P.O. Box 84217 - 80100",
               "Mombasa, Kenya"],
         street="Pwani Plaza, 3rd Floor, Moi Avenue, P.O. Box 84217", city="Mombasa",
         postal="80100"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "IT", False, T("garamond", "lato", pal="burgundy", co_size=26,
                                    name_size=40, body_size=20, name_w="semibold"),
         P("Francesca", "Lanzoni", prefix="Avv."), "Avv. Francesca Lanzoni",
         mono="LF", co="Studio Legale Lanzoni Ferri", title="Socio fondatore",
         rows=[Ph("051 555 4180", "Tel."), Ph("+39 347 555 2718", "Cell.", "mobile"),
               Em("f.lanzoni@lanzoniferri.it"), Em("francesca.lanzoni@pec.lanzoniferri.it", "PEC")],
         addr=["Via dell'Indipendenza, 44", "40121 Bologna (BO)"],
         street="Via dell'Indipendenza, 44", city="Bologna", region="BO", postal="40121"),
    card("monogram", "TR", False, T("inter", pal="navy", co_size=24, name_size=38,
                                    body_size=20),
         P("Hakan", "Demirci", middle="Ali"), "Hakan Ali Demirci", v=1,
         mono="NT", co="Nilüfer Tekstil Makina San. ve Tic. A.Ş.",
         title=["Dış Ticaret Müdürü", "Foreign Trade Manager"], title_truth="Dış Ticaret Müdürü",
         rows=[Ph("+90 224 555 41 80", "T"), Ph("+90 224 555 41 89", "F", "fax"),
               Ph("+90 532 555 27 18", "GSM", "mobile"), Em("hakan.demirci@nilufertekstil.com.tr")],
         addr=["Nilüfer OSB, Ertuğrul Cad. No:12", "16140 Nilüfer/Bursa"],
         street="Nilüfer OSB, Ertuğrul Cad. No:12, Nilüfer", city="Bursa", postal="16140"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "PT", True, T("spartan", "opensans", pal="gold", mark="rings",
                                      name_w="bold", name_size=38, co_size=30, body_size=20,
                                      co_caps=True),
         P("Rui", "Carvalho Sousa", prefix="Eng."), "Eng. Rui Carvalho Sousa",
         co="Cortiça Norte, S.A.", company="Cortiça Norte, S.A.", title="Diretor de Produção",
         rows=[Ph("+351 22 555 4180", "Tel."), Ph("+351 912 555 271", "Tlm.", "mobile"),
               Em("rui.sousa@corticanorte.pt")],
         addr=["Rua do Freixo, 1071, 2.º Esq.", "4300-219 Porto", "Portugal"],
         street="Rua do Freixo, 1071, 2.º Esq.", city="Porto", postal="4300-219"),
    card("company-top", "SA", True, T("robotoslab", "roboto", pal="green", mark="hex",
                                      name_w="bold", name_size=38, co_size=28, body_size=20,
                                      co_caps=True),
         P("Abdullah", "Al-Qahtani", middle="Saleh", prefix="Eng."),
         "Eng. Abdullah Saleh Al-Qahtani", v=1,
         co="Najd Industrial Services Co.", company="Najd Industrial Services Co.",
         title="Projects Director",
         rows=[Ph("+966 11 555 4180", "Tel"), Ph("+966 11 555 4189", "Fax", "fax"),
               Ph("+966 55 555 2718", "Mobile", "mobile"), Em("a.alqahtani@najdindustrial.com.sa")],
         addr=["Bldg. 7421, King Fahd Road, Al Olaya District", "P.O. Box 58214, Riyadh 11594",
               "Kingdom of Saudi Arabia"],
         street="Bldg. 7421, King Fahd Road, Al Olaya District, P.O. Box 58214",
         city="Riyadh", postal="11594"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "AT", False, T("karla", pal="mist", name_w="bold", name_size=42,
                                   co_size=24, body_size=21),
         P("Lena", "Hofbauer", prefix="Mag."), "Mag. Lena Hofbauer",
         co=None, title="Psychotherapeutin (Verhaltenstherapie)",
         rows=[Ph("+43 1 405 41 80"), Ph("+43 664 555 27 18"),
               Em("praxis@lena-hofbauer.at"), Web("www.lena-hofbauer.at")],
         addr=["Josefstädter Straße 34/11", "1080 Wien"],
         street="Josefstädter Straße 34/11", city="Wien", postal="1080"),
    # ---------------------------------------------------------------- labels
    card("labels", "GB", False, T("inter", pal="purple", name_w="bold", name_size=40,
                                  co_size=26, body_size=20),
         P("Daniel", "O'Hare", middle="J."), "Daniel J. O'Hare",
         co="Colmore Row Capital LLP", title="Senior Associate", dept="Corporate Finance",
         rows=[Ph("0121 496 0734", "t:"), Ph("07700 900 218", "m:", "mobile"),
               Em("daniel.ohare@colmorerowcapital.co.uk", "e:"),
               Web("colmorerowcapital.co.uk", "w:")],
         addr=["2nd Floor, Cornwall Buildings", "45 Newhall Street", "Birmingham B3 3QR"],
         street="2nd Floor, Cornwall Buildings, 45 Newhall Street", city="Birmingham",
         postal="B3 3QR"),
    card("labels", "IN", True, T("opensans", pal="sky", label_mode="column", mark="square",
                                 name_w="bold", name_size=38, co_size=24, body_size=19),
         P("Harsha", "Reddy", middle="Vardhan"), "Harsha Vardhan Reddy", v=1,
         co="Sabarmati BioPharma Pvt. Ltd.", title="Associate Vice President",
         dept="Regulatory Affairs",
         rows=[Ph("+91 79 4555 4180", "Tel"), Ph("+91 98250 55271", "Mob", "mobile"),
               Em("harsha.reddy@sabarmatibio.in", "Email")],
         addr=["B-1204, Shivalik Corporate Park", "Nr. Prahladnagar Garden, Satellite",
               "Ahmedabad - 380 015, Gujarat, India"],
         street="B-1204, Shivalik Corporate Park, Nr. Prahladnagar Garden, Satellite",
         city="Ahmedabad", region="GJ", postal="380 015"),
    # ---------------------------------------------------------------- icons
    card("icons", "VN", True, T("manrope", pal="teal", mark="arc", name_w="bold",
                                name_size=40, co_size=24, body_size=20, label_mode="icons",
                                name_caps=True),
         P("Phuc", "Le", middle="Hoang"), "Le Hoang Phuc",
         co="Song Han Seafood Export JSC", title="Export Sales Executive",
         rows=[Ph("+84 236 355 4180"), Ph("+84 905 555 271", typ="mobile"),
               Em("phuc.le@songhanseafood.com.vn")],
         addr=["Lot A5, Tho Quang Seafood Industrial Zone", "Tho Quang Ward, Son Tra District",
               "Da Nang City, Vietnam"],
         street="Lot A5, Tho Quang Seafood Industrial Zone, Tho Quang Ward, Son Tra District",
         city="Da Nang City"),
    card("icons", "US", False, T("lato", pal="purple", mark="leaf", name_w="bold",
                                 name_size=40, co_size=26, body_size=20, label_mode="icons"),
         P("Christopher", "Dunleavy", middle="M.", cred="RN, BSN"),
         "Christopher M. Dunleavy, RN, BSN", v=1,
         co="Bluebonnet Home Health", title=["Director of Clinical", "Operations"],
         rows=[Ph("(512) 555-0126"), Ph("(512) 555-0193", typ="mobile"),
               Em("cdunleavy@bluebonnethh.com"), Web("bluebonnethh.com")],
         addr=["Building 2, Suite 150", "9600 Great Hills Trail", "Austin, TX 78759"],
         street="Building 2, Suite 150, 9600 Great Hills Trail", city="Austin", region="TX",
         postal="78759"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "MA", True, T("opensans", pal="red", mark="diamond", name_w="bold",
                                   name_size=40, co_size=26, body_size=19),
         P("Youssef", "El Amrani"), "Youssef El Amrani",
         co="Atlas Conseil & Audit SARL", title="Associé, Expert-comptable",
         rows=[[Ph("+212 522 55 41 80", "Tél."), Ph("+212 522 55 41 89", "Fax", "fax")],
               [Ph("+212 661 55 27 18", "GSM", "mobile"), Em("y.elamrani@atlasconseil.ma")]],
         addr=["Immeuble Zénith, 5e étage, Bd Abdelmoumen · 20250 Casablanca · Maroc"],
         street="Immeuble Zénith, 5e étage, Bd Abdelmoumen", city="Casablanca",
         postal="20250"),
    card("one-line", "IN", False, T("carlito", pal="ink", mark="bars", name_w="bold",
                                    name_size=40, co_size=26, body_size=20),
         P("Arindam", "Sengupta"), "Arindam Sengupta", v=1,
         co="HOOGHLY JUTE MILLS LTD.", company="Hooghly Jute Mills Ltd.",
         title="General Manager - Exports", sep="  |  ",
         rows=[[Ph("+91 33 4555 4180", "Ph"), Ph("+91 98300 55271", "Mob", "mobile")],
               [Em("arindam.sengupta@hooghlyjute.co.in")]],
         addr=["Park Street Chambers, 6th Floor, 24 Park Street, Kolkata 700016, West Bengal"],
         street="Park Street Chambers, 6th Floor, 24 Park Street", city="Kolkata",
         region="WB", postal="700016"),
    # ---------------------------------------------------------------- dense
    card("dense", "DE", False, T("nimbussans", pal="sky", mark="square", name_w="bold",
                                 name_size=38, co_size=22, body_size=19),
         P("Henrik", "Paulsen"), "Henrik Paulsen",
         co=["Elbkontor Schiffsmakler", "GmbH & Co. KG"],
         company="Elbkontor Schiffsmakler GmbH & Co. KG", title="Prokurist",
         dept="Abteilung Befrachtung",
         rows=[Ph("+49 (0)40 355541-0", "Tel."), Ph("+49 (0)40 355541-99", "Fax", "fax"),
               Ph("+49 (0)160 5552718", "Mobil", "mobile"), Em("h.paulsen@elbkontor.de")],
         addr=["Am Sandtorkai 38 · 20457 Hamburg", "Postfach 11 04 27 · 20404 Hamburg"],
         street="Am Sandtorkai 38", city="Hamburg", postal="20457"),
    card("dense", "UA", True, T("roboto", pal="ink", mark="rings", name_w="bold",
                                name_size=38, co_size=24, body_size=19),
         P("Oleksandr", "Kovalenko", middle="Petrovych"), "Oleksandr Petrovych Kovalenko", v=1,
         co="Dnipro Agro Trading LLC", title="Commercial Director",
         dept="Grain Export Department",
         rows=[Ph("+380 44 555 41 80", "Tel"), Ph("+380 67 555 27 18", "Mob", "mobile"),
               Em("o.kovalenko@dniproagro.com.ua"), Web("www.dniproagro.com.ua")],
         addr=["Podil Plaza Business Centre, office 1204", "30 Spaska St.",
               "Kyiv 04070, Ukraine"],
         street="Podil Plaza Business Centre, office 1204, 30 Spaska St.", city="Kyiv",
         postal="04070"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "GB", False, T("lato", pal="green", mark="leaf", name_w="bold",
                                         name_size=38, co_size=22, body_size=20),
         P("Rhian", "Llewelyn", middle="M."), "Rhian M. Llewelyn",
         co=["Ymddiriedolaeth Treftadaeth Morgannwg", "Glamorgan Heritage Trust"],
         company="Ymddiriedolaeth Treftadaeth Morgannwg",
         title=["Rheolwr Prosiect", "Project Manager"], title_truth="Rheolwr Prosiect",
         rows=[Ph("029 2018 0457", "Ffôn / Tel"), Ph("07700 900 381", "Symudol / Mobile", "mobile"),
               Em("rhian.llewelyn@treftadaethmorgannwg.org.uk")],
         addr=["Unit 4, Parc Tŷ Glas", "Llanishen, Cardiff CF14 5DU"],
         street="Unit 4, Parc Tŷ Glas, Llanishen", city="Cardiff", postal="CF14 5DU"),
    card("right-aligned", "US", False, T("spartan", "inter", pal="navy", mark="tri",
                                         name_w="bold", name_size=40, co_size=24,
                                         body_size=20),
         P("Erik", "Halvorsen", middle="J.", cred="PE"), "Erik J. Halvorsen, PE", v=1,
         co=["Puget Sound", "Naval Architects"], company="Puget Sound Naval Architects",
         title="Principal Naval Architect",
         rows=[Ph("206-555-0134", "T"), Ph("206-555-0161", "C", "mobile"),
               Em("erik@psnavalarch.com")],
         addr=["3301 W. Marginal Way SW, Bldg. C", "Seattle, WA 98106"],
         street="3301 W. Marginal Way SW, Bldg. C", city="Seattle", region="WA",
         postal="98106"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "TH", True, T("quicksand", "opensans", pal="sky", mark="circle",
                                    name_w="bold", name_size=38, co_size=24, body_size=20),
         P("Siriporn", "Wongsakul", prefix="Ms."), "Ms. Siriporn Wongsakul",
         co="Andaman Pearl Resort & Spa", title="Director of Sales & Marketing",
         rows=[Ph("+66 76 555 418", "T"), Ph("+66 81 555 2718", "M", "mobile"),
               Em("siriporn.w@andamanpearl.co.th"), Web("www.andamanpearl.co.th")],
         addr=["99/12 Moo 4, Kamala Beach Road", "Kathu, Phuket 83150, Thailand"],
         street="99/12 Moo 4, Kamala Beach Road, Kathu", city="Phuket", postal="83150"),
    # ---------------------------------------------------------------- qr
    card("qr", "GB", False, T("opensans", pal="teal", mark="arc", name_w="bold",
                              name_size=40, co_size=26, body_size=20),
         P("Isla", "MacKenzie", prefix="Dr", cred="DClinPsy"), "Dr Isla MacKenzie DClinPsy",
         co="Leith Walk Psychology", title="Consultant Clinical Psychologist",
         qr_caption="Book an appointment",
         rows=[Ph("0131 496 0825", "T"), Em("isla@leithwalkpsychology.co.uk"),
               Web("leithwalkpsychology.co.uk")],
         addr=["Suite 3, Albany House", "58 Albany Street", "Edinburgh EH1 3QR"],
         street="Suite 3, Albany House, 58 Albany Street", city="Edinburgh", postal="EH1 3QR"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "CA", False, T("biolinum", "opensans", pal="ink", name_w="bold",
                                    name_size=52, co_size=24, body_size=19),
         P("Marie-Ève", "Bouchard-Lessard"), "Marie-Ève Bouchard-Lessard",
         co="Fondation Rivière-des-Prairies",
         title=["Directrice des communications", "Director of Communications"],
         title_truth="Directrice des communications",
         rows=[Ph("514 555-0143, poste 225", "Tél.", ext="225"),
               Ph("514 555-0178", "Cell.", "mobile"), Em("mebouchard@fondationrdp.org")],
         addr=["1800, avenue McGill College, bureau 2210", "Montréal (Québec)  H3A 3J6"],
         street="1800, avenue McGill College, bureau 2210", city="Montréal", region="QC",
         postal="H3A 3J6"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "FR", True, T("lato", pal="cream", name_caps=True, name_track=7,
                                 name_w="regular", name_size=36, title_size=22, co_size=24,
                                 body_size=20),
         P("Camille", "Delacroix-Marchal"), "Camille Delacroix-Marchal",
         co="Maison Vérane", title="Directrice artistique",
         rows=[Ph("+33 1 45 55 41 80", "T"), Ph("+33 6 12 55 27 18", "M", "mobile"),
               Em("camille@maisonverane.com")],
         addr=["12, rue du Mail", "75002 Paris, France"],
         street="12, rue du Mail", city="Paris", postal="75002"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "RO", True, T("spartan", "karla", pal="purple", mark="hex", co_size=40,
                                    name_size=40, body_size=21),
         P("Andrei-Mihai", "Pop"), "Andrei-Mihai Pop", v=1,
         co="Transilvania Software Solutions SRL", tag="SOFTWARE ENGINEERING",
         title="Engineering Lead",
         rows=[Ph("+40 264 555 418", "T"), Ph("+40 722 555 271", "M", "mobile"),
               Em("andrei.pop@transilvaniasoft.ro")],
         addr=["Cluj Business Center, Clădirea B, etaj 4", "Bd. 21 Decembrie 1989 nr. 77",
               "400604 Cluj-Napoca, România"],
         street="Cluj Business Center, Clădirea B, etaj 4, Bd. 21 Decembrie 1989 nr. 77",
         city="Cluj-Napoca", postal="400604"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "US", False, T("century", "lato", pal="gold", mark="diamond",
                                  name_w="bold", name_size=40, co_size=24, body_size=20),
         P("Tiffany", "Caldwell", middle="R."), "Tiffany R. Caldwell", v=1,
         co="Magnolia Realty Group", title="Realtor, Luxury Homes Specialist",
         rows=[Ph("(843) 555-0152", "Cell", "mobile"), Ph("(843) 555-0100", "Office"),
               Em("tiffany@magnoliarealtygroup.com"), Web("magnoliarealtygroup.com")],
         addr=["475 King Street, 2nd Floor", "Charleston, SC 29403"],
         street="475 King Street, 2nd Floor", city="Charleston", region="SC", postal="29403"),
    # ---------------------------------------------------------------- grid
    card("grid", "IT", True, T("inter", pal="mist", mark="square", name_w="bold",
                               name_size=40, co_size=24, body_size=21),
         P("Marco", "Bellandi", prefix="Ing."), "Ing. Marco Bellandi",
         co="Bellandi Impianti S.r.l.", title="Direttore Tecnico",
         rows=[Ph("+39 02 6555 4180", "TELEFONO"), Ph("+39 347 555 2718", "CELLULARE", "mobile"),
               Em("m.bellandi@bellandimpianti.it", "EMAIL")],
         addr=["Via Giovanni Battista Pirelli, 27", "20124 Milano (MI), Italia"],
         addr_label="INDIRIZZO",
         street="Via Giovanni Battista Pirelli, 27", city="Milano", region="MI",
         postal="20124"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "ES", False, T("karla", pal="orange", mark="tri", name_w="bold",
                                     name_size=40, co_size=24, body_size=20),
         P("Jordi", "Puig i Ferrer"), "Jordi Puig i Ferrer",
         co="Estudi Puig Arquitectes SLP", title="Arquitecte",
         rows=[Ph("+34 933 554 180", "T"), Ph("+34 622 552 718", "M", "mobile"),
               Em("jordi@estudipuig.cat")],
         addr=["Carrer de Pujades, 77, 3r 2a", "08005 Barcelona"],
         street="Carrer de Pujades, 77, 3r 2a", city="Barcelona", postal="08005"),
    # ---------------------------------------------------------------- footer
    card("footer", "GB", False, T("manrope", pal="ink", mark="bars", name_w="bold",
                                  name_size=40, co_size=24, body_size=19),
         P("Hannah", "Whitlock", middle="Jane"), "Hannah Jane Whitlock",
         co="Farringdon Lane Recruitment", title="Senior Consultant, Technology",
         rows=[Ph("020 7946 0613", "T"), Ph("07700 900 642", "M", "mobile"),
               Em("hannah.whitlock@farringdonlane.co.uk")],
         addr=["London: 8th Floor, 25 Farringdon Street, EC4A 4AB",
               "Leeds: Platform, New Station Street, LS1 4JB"],
         street="8th Floor, 25 Farringdon Street", city="London", postal="EC4A 4AB"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "DE", False, T("robotoslab", "roboto", pal="sky", name_w="bold",
                                    name_size=38, co_size=24, body_size=20),
         P("Stefanie", "Krautwurst", prefix="Prof. Dr. med."),
         "Prof. Dr. med. Stefanie Krautwurst",
         co="Klinikum Isartal", title="Chefärztin", dept="Klinik für Kardiologie",
         rows=[Ph("+49 89 5555 4180", "Tel."), Ph("+49 89 5555 4189", "Fax", "fax"),
               Em("stefanie.krautwurst@klinikum-isartal.de", "E-Mail")],
         addr=["Isartalstraße 112", "81379 München"],
         street="Isartalstraße 112", city="München", postal="81379"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "BR", False, T("roboto", pal="green", name_w="bold", name_size=40,
                                      co_size=24, body_size=20),
         P("Lucas", "Schneider", middle="Henrique"), "Lucas Henrique Schneider",
         co="Amazonas Agro Insumos S.A.", title="Coordenador Comercial",
         rows=[Ph("(92) 3555-4180", "Fone"), Ph("(92) 99555-2718", "Cel./WhatsApp", "mobile"),
               Em("lucas.schneider@amazonasagro.com.br")],
         addr=["Av. Djalma Batista, 1719, sala 1102 – Chapada", "CEP 69050-010 – Manaus/AM"],
         street="Av. Djalma Batista, 1719, sala 1102, Chapada", city="Manaus", region="AM",
         postal="69050-010"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "US", False, T("inter", pal="orange", mark="circle", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Aaliyah", "Brooks", middle="N."), "Aaliyah N. Brooks",
         co="Brightline Events", title="Senior Event Producer",
         rows=[Ph("(718) 555-0165", "M", "mobile"), Em("aaliyah@brightline.events"),
               Web("brightline.events"), Tw("@brightlinenyc")],
         addr=["55 Washington Street, Suite 312", "Brooklyn, NY 11201"],
         street="55 Washington Street, Suite 312", city="Brooklyn", region="NY",
         postal="11201"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "GB", False, T("robotocond", "roboto", pal="charcoal", mark="square",
                                 name_w="bold", name_size=40, co_size=24, body_size=20,
                                 co_caps=True),
         P("Thomas", "Ashworth", middle="E.", cred="CEng MIStructE"),
         "Thomas E. Ashworth CEng MIStructE", v=1,
         co=["Harbourside", "Structural Design"], company="Harbourside Structural Design",
         title="Associate Director",
         rows=[Ph("0117 496 0372", "T"), Ph("07700 900 517", "M", "mobile"),
               Em("tom.ashworth@harboursidestructural.co.uk")],
         addr=["Unit 2.3, Paintworks", "Bath Road", "Bristol BS4 3EH"],
         street="Unit 2.3, Paintworks, Bath Road", city="Bristol", postal="BS4 3EH"),
]


# Batch 15 (cards 618-657), by a fifteenth author: weighted towards the countries batches 13
# and 14 had one card of or none (the Netherlands, Poland, Denmark, Hungary, Mexico, Argentina,
# Vietnam, Singapore, Indonesia, China, Nigeria, Australia, New Zealand, ...), two countries new
# to the set (Jordan, Qatar) and Hungary, new as well; a quarter US, UK and Canada.
SPECS15: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "NL", False, T("inter", pal="sky", mark="diamond", name_w="bold",
                                   name_size=40, co_size=26, body_size=20),
         P("Pieter-Jan", "de Vries", prefix="ir."), "ir. Pieter-Jan de Vries",
         co="Hollands Delta Ingenieurs B.V.", title="Senior adviseur",
         dept="Waterbouw & Kustverdediging",
         rows=[Ph("+31 (0)15 256 41 80", "T"), Ph("+31 (0)6 4155 2718", "M", "mobile"),
               Em("p.devries@hollandsdelta.nl", "E")],
         addr=["Mijnbouwstraat 120", "2628 RX Delft"],
         street="Mijnbouwstraat 120", city="Delft", postal="2628 RX"),
    card("classic", "PL", False, T("roboto", pal="red", mark="bars", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Tomasz", "Wróblewski", prefix="mgr inż."), "mgr inż. Tomasz Wróblewski", v=1,
         co="Odra Automatyka Przemysłowa Sp. z o.o.",
         title=["Kierownik Działu", "Automatyki i Robotyki"],
         rows=[Ph("+48 71 555 41 80", "tel."), Ph("+48 601 555 271", "kom.", "mobile"),
               Em("t.wroblewski@odra-automatyka.pl", "e-mail")],
         addr=["ul. Legnicka 48, bud. C, lok. 12", "54-202 Wrocław"],
         street="ul. Legnicka 48, bud. C, lok. 12", city="Wrocław", postal="54-202"),
    # ---------------------------------------------------------------- centred
    card("centred", "HU", False, T("garamond", "lato", pal="burgundy", name_w="semibold",
                                   name_size=42, co_size=26, body_size=21),
         P("Eszter", "Kovács", prefix="Dr."), "Dr. Kovács Eszter",
         co="Kovács és Szalai Ügyvédi Iroda", title="Ügyvéd, partner",
         rows=[Ph("+36 1 555 4180", "Tel."), Ph("+36 30 555 2718", "Mobil", "mobile"),
               Em("kovacs.eszter@kszlaw.hu")],
         addr=["1054 Budapest, Szabadság tér 7., IV. emelet"],
         street="Szabadság tér 7., IV. emelet", city="Budapest", postal="1054"),
    card("centred", "AR", True, T("libertine", "opensans", pal="cream", name_w="semibold",
                                  name_size=40, co_size=26, body_size=20, co_caps=True,
                                  co_track=2),
         P("María Florencia", "Iturralde", prefix="Lic."), "Lic. María Florencia Iturralde",
         v=1, co="Pampa Comunicación", tag="CONSULTORA EN COMUNICACIÓN ESTRATÉGICA",
         title="Directora de Cuentas",
         rows=[Ph("+54 11 5555-4180", "Tel."), Ph("+54 9 11 5555-2718", "Cel.", "mobile"),
               Em("fiturralde@pampacomunicacion.com.ar")],
         addr=["Av. Córdoba 1255, piso 4, of. B",
               "C1055AAC Ciudad Autónoma de Buenos Aires, Argentina"],
         street="Av. Córdoba 1255, piso 4, of. B", city="Buenos Aires", postal="C1055AAC"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "CN", True, T("opensans", pal="red", mark="hex", name_w="bold",
                                      name_size=40, co_size=22, body_size=19),
         P("Lei", "Zhang"), "Zhang Lei",
         co=["Sichuan Tianfu Smart Grid", "Technology Co., Ltd."],
         company="Sichuan Tianfu Smart Grid Technology Co., Ltd.",
         title="Deputy General Manager", dept="Overseas Market Dept.",
         rows=[Ph("+86 28 8555 4180", "Tel"), Ph("+86 28 8555 4189", "Fax", "fax"),
               Ph("+86 139 8055 2718", "Mob", "mobile"), Em("zhanglei@tfsmartgrid.com.cn")],
         addr=["Room 1608, Block A, Tianfu Software Park",
               "No. 1480 North Section of Tianfu Avenue",
               "High-tech Zone, Chengdu 610041, Sichuan, China"],
         street="Room 1608, Block A, Tianfu Software Park, No. 1480 North Section of Tianfu "
                "Avenue, High-tech Zone", city="Chengdu", postal="610041"),
    card("two-columns", "GB", False, T("spartan", "opensans", pal="navy", mark="arc",
                                       name_w="bold", name_size=38, co_size=24, body_size=20,
                                       co_caps=True),
         P("Fiona", "Drummond", middle="C."), "Fiona C. Drummond", v=1,
         co=["Clydeside", "Marine Surveyors"], company="Clydeside Marine Surveyors",
         title="Principal Surveyor – Hull & Machinery",
         rows=[Ph("0141 496 0518", "T"), Ph("07700 900 463", "M", "mobile"),
               Em("fiona.drummond@clydesidemarine.co.uk"), Web("clydesidemarine.co.uk")],
         addr=["Suite 2/1, Merchants House", "7 West George Street", "Glasgow G2 1BA"],
         street="Suite 2/1, Merchants House, 7 West George Street", city="Glasgow",
         postal="G2 1BA"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "JO", True, T("manrope", pal="teal", mark="tri", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Lina", "Haddad", prefix="Eng."), "Eng. Lina Haddad",
         co="Petra Water Solutions",
         title=["Water & Environment Division", "Senior Project Engineer"],
         title_truth="Senior Project Engineer", dept_truth="Water & Environment Division",
         rows=[Ph("+962 6 555 4180", "Tel"), Ph("+962 79 555 2718", "Mob", "mobile"),
               Em("l.haddad@petrawater.com.jo")],
         addr=["Building 12, Al-Shareef Abdul Hameed Sharaf St.",
               "Shmeisani, P.O. Box 941234", "Amman 11194, Jordan"],
         street="Building 12, Al-Shareef Abdul Hameed Sharaf St., Shmeisani, P.O. Box 941234",
         city="Amman", postal="11194"),
    card("vertical", "CA", False, T("lato", pal="ink", mark="square", name_w="bold",
                                    name_size=40, co_size=26, body_size=20),
         P("Harjit", "Sandhu", middle="K.", cred="CPA"), "Harjit K. Sandhu, CPA", v=1,
         co="Fraser & Sandhu LLP", tag="CHARTERED PROFESSIONAL ACCOUNTANTS",
         title="Partner, Tax Services",
         rows=[Ph("604-555-0127", "T"), Ph("604-555-0149", "F", "fax"),
               Ph("778-555-0163", "C", "mobile"), Em("hsandhu@frasersandhu.ca")],
         addr=["1100 – 1055 West Georgia Street", "Vancouver, BC  V6E 3P3"],
         street="1100 – 1055 West Georgia Street", city="Vancouver", region="BC",
         postal="V6E 3P3"),
    # ---------------------------------------------------------------- dark
    card("dark", "QA", True, T("manrope", pal="black", mark="diamond", name_w="bold",
                               name_size=40, co_size=24, body_size=20),
         P("Khalid", "Al-Kuwari", middle="Mohammed"), "Khalid Mohammed Al-Kuwari",
         co="Al Dafna Trading & Contracting W.L.L.", title="General Manager",
         rows=[Ph("+974 4455 4180", "Tel"), Ph("+974 4455 4189", "Fax", "fax"),
               Ph("+974 5555 2718", "Mobile", "mobile"), Em("khalid@aldafna.com.qa")],
         addr=["Office 1203, Tornado Tower, West Bay", "P.O. Box 24187, Doha, Qatar"],
         street="Office 1203, Tornado Tower, West Bay, P.O. Box 24187", city="Doha"),
    card("dark", "US", False, T("palladio", "lato", pal="navy", name_w="bold",
                                name_size=40, co_size=26, body_size=20, co_caps=True,
                                co_track=3),
         P("Marcus", "Greene", middle="A.", cred="Esq."), "Marcus A. Greene, Esq.", v=2,
         co="Greene Okafor", tag="TRIAL & APPELLATE COUNSEL", title="Partner",
         rows=[Ph("404-555-0172", "Direct"), Ph("404-555-0100", "Main"),
               Em("mgreene@greeneokafor.com")],
         addr=["One Atlantic Center", "1201 West Peachtree Street NW, Suite 2800",
               "Atlanta, GA 30309"],
         street="One Atlantic Center, 1201 West Peachtree Street NW, Suite 2800",
         city="Atlanta", region="GA", postal="30309"),
    # ---------------------------------------------------------------- band
    card("band", "NG", False, T("opensans", pal="green", mark="leaf", name_w="bold",
                                name_size=38, co_size=26, body_size=20),
         P("Ngozi", "Okafor", middle="Adaeze", prefix="Dr. (Mrs.)"),
         "Dr. (Mrs.) Ngozi Adaeze Okafor", v=1,
         co="Zuma Health Consult Ltd", title="Managing Consultant, Public Health",
         rows=[Ph("+234 209 290 4180", "Office"), Ph("0803 555 2718", "Mobile", "mobile"),
               Em("ngozi.okafor@zumahealth.com.ng")],
         addr=["Plot 1024, Cadastral Zone A07", "Aminu Kano Crescent, Wuse II", "Abuja, FCT"],
         street="Plot 1024, Cadastral Zone A07, Aminu Kano Crescent, Wuse II", city="Abuja"),
    card("band", "AU", False, T("roboto", pal="orange", mark="circle", name_w="bold",
                                name_size=40, co_size=26, body_size=20),
         P("Liam", "O'Sullivan"), "Liam O'Sullivan", v=2,
         co="Hunter Valley Solar", title="Installation Manager",
         rows=[Ph("(02) 5550 4182", "P"), Ph("0491 570 318", "M", "mobile"),
               Em("liam@huntervalleysolar.com.au")],
         addr=["Unit 6, 14 Hartley Drive", "Thornton NSW 2322"],
         street="Unit 6, 14 Hartley Drive", city="Thornton", region="NSW", postal="2322"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "DK", False, T("karla", pal="mist", co_size=24, name_size=40,
                                    body_size=20, name_w="bold"),
         P("Mette", "Kjærgaard", middle="Louise"), "Mette Louise Kjærgaard",
         mono="MK", co="Kjærgaard Arkitekter ApS", title="Partner, arkitekt MAA",
         rows=[Ph("+45 86 12 41 80", "T"), Ph("+45 22 55 27 18", "M", "mobile"),
               Em("mlk@kjaergaard-ark.dk")],
         addr=["Åboulevarden 62, 3. sal", "8000 Aarhus C"],
         street="Åboulevarden 62, 3. sal", city="Aarhus C", postal="8000"),
    card("monogram", "MX", False, T("biolinum", "opensans", pal="gold", co_size=26,
                                    name_size=38, body_size=20),
         P("José Luis", "Canto Peniche", prefix="Arq."), "Arq. José Luis Canto Peniche", v=1,
         mono="CP", co="Canto Peniche Arquitectos", title="Director General",
         rows=[Ph("+52 999 555 4180", "Tel."), Ph("999 555 2718", "Cel.", "mobile"),
               Em("jlcanto@cantopeniche.mx")],
         addr=["Calle 60 No. 338-A x 35 y 37", "Col. Centro, C.P. 97000", "Mérida, Yuc."],
         street="Calle 60 No. 338-A x 35 y 37, Col. Centro", city="Mérida", region="YUC",
         postal="97000"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "ID", False, T("spartan", "inter", pal="red", mark="rings",
                                       name_w="bold", name_size=38, co_size=28, body_size=20,
                                       co_caps=True),
         P("Andi", "Wijaya", middle="Pratama"), "Andi Pratama Wijaya",
         co="PT Nusantara Kreasi Digital", title="Head of Business Development",
         rows=[Ph("+62 21 5555 4180", "T"), Ph("+62 812 5555 2718", "M", "mobile"),
               Em("andi.wijaya@nusantarakreasi.co.id")],
         addr=["Gedung Graha Niaga Lt. 15", "Jl. Jend. Sudirman Kav. 58",
               "Jakarta Selatan 12190"],
         street="Gedung Graha Niaga Lt. 15, Jl. Jend. Sudirman Kav. 58",
         city="Jakarta Selatan", postal="12190"),
    card("company-top", "SG", True, T("robotoslab", "roboto", pal="sky", mark="square",
                                      name_w="bold", name_size=38, co_size=26, body_size=20),
         P("Daniel", "Lim", middle="Wee Kiat"), "Daniel Lim Wee Kiat", v=1,
         co="Lim & Tan Engineering Pte. Ltd.", title="Senior Project Manager",
         dept="M&E Division",
         rows=[Ph("+65 6555 4180", "T"), Ph("+65 9155 2718", "M", "mobile"),
               Em("daniel.lim@limtaneng.com.sg")],
         addr=["No. 3 Ang Mo Kio Street 62, #05-17", "Link@AMK", "Singapore 569139"],
         street="No. 3 Ang Mo Kio Street 62, #05-17, Link@AMK", city="Singapore",
         postal="569139"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "DK", False, T("quicksand", pal="ink", name_w="bold", name_size=42,
                                   co_size=24, body_size=21),
         P("Rasmus", "Holm"), "Rasmus Holm",
         co=None, title="Freelance UX-designer",
         rows=[Ph("+45 28 55 41 80"), Em("rasmus@rasmusholm.dk"), Web("rasmusholm.dk")],
         addr=["Jægersborggade 41, st. th.", "2200 København N"],
         street="Jægersborggade 41, st. th.", city="København N", postal="2200"),
    # ---------------------------------------------------------------- labels
    card("labels", "KE", False, T("inter", pal="green", name_w="bold", name_size=40,
                                  co_size=26, body_size=20),
         P("Grace", "Kamau", middle="Wanjiru"), "Grace Wanjiru Kamau",
         co="Savannah Fintech Solutions Ltd", title=["Head of Partnerships,", "East Africa"],
         rows=[Ph("+254 20 555 4180", "Tel:"), Ph("+254 722 555 318", "Cell:", "mobile"),
               Em("grace.kamau@savannahfintech.co.ke", "Email:"),
               Web("www.savannahfintech.co.ke", "Web:")],
         addr=["5th Floor, The Mirage, Tower 2", "Chiromo Road, Westlands",
               "P.O. Box 14328 - 00800, Nairobi"],
         street="5th Floor, The Mirage, Tower 2, Chiromo Road, Westlands, P.O. Box 14328",
         city="Nairobi", postal="00800"),
    card("labels", "VN", False, T("opensans", pal="teal", label_mode="column", mark="circle",
                                  name_w="bold", name_size=38, co_size=24, body_size=19),
         P("Thao", "Nguyen", middle="Thi Phuong", prefix="Ms."), "Ms. Nguyen Thi Phuong Thao",
         v=1, co="Saigon Green Logistics JSC", title="Customer Service Supervisor",
         rows=[Ph("+84 28 3555 4180", "Tel"), Ph("+84 28 3555 4189", "Fax", "fax"),
               Ph("+84 903 555 271", "Mobile", "mobile"),
               Em("thao.nguyen@saigongreenlog.vn", "Email")],
         addr=["Floor 7, Etown Central, 11 Doan Van Bo Street",
               "Ward 13, District 4, Ho Chi Minh City"],
         street="Floor 7, Etown Central, 11 Doan Van Bo Street, Ward 13, District 4",
         city="Ho Chi Minh City"),
    # ---------------------------------------------------------------- icons
    card("icons", "US", False, T("lato", pal="purple", mark="tri", name_w="bold",
                                 name_size=40, co_size=26, body_size=20, label_mode="icons"),
         P("Kristen", "Larson", middle="Marie"), "Kristen Marie Larson",
         co="North Loop Creative Co.", title="Art Director",
         rows=[Ph("612-555-0138"), Ph("612-555-0192", typ="mobile"),
               Em("kristen@northloopcreative.com"), Web("northloopcreative.com")],
         addr=["212 3rd Ave N, Suite 540", "Minneapolis, MN 55401"],
         street="212 3rd Ave N, Suite 540", city="Minneapolis", region="MN", postal="55401"),
    card("icons", "EG", True, T("roboto", pal="sky", mark="arc", name_w="bold",
                                name_size=40, co_size=24, body_size=20, label_mode="icons"),
         P("Mohamed", "El-Sayed", middle="Ahmed"), "Mohamed Ahmed El-Sayed", v=1,
         co="Delta Marine Shipping Agency", title="Operations Manager",
         dept="Liner & Port Services",
         rows=[Ph("+20 3 555 4180"), Ph("+20 100 555 2718", typ="mobile"),
               Em("m.elsayed@deltamarine.com.eg")],
         addr=["14 El Horreya Road, 3rd Floor", "Raml Station, Alexandria 21519", "Egypt"],
         street="14 El Horreya Road, 3rd Floor, Raml Station", city="Alexandria",
         postal="21519"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "CN", True, T("nimbussans", pal="ink", mark="square", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("David", "Wang"), "David Wang",
         co="Suzhou Heng'an Precision Machinery Co., Ltd.", title="Sales Director",
         rows=[[Ph("+86 512 6555 4180", "T"), Ph("+86 138 1555 2718", "M", "mobile")],
               [Em("david.wang@henganprecision.cn")]],
         addr=["No. 88 Suhong East Road, Suzhou Industrial Park, Suzhou, Jiangsu 215021, "
               "P.R. China"],
         street="No. 88 Suhong East Road, Suzhou Industrial Park", city="Suzhou",
         postal="215021"),
    card("one-line", "MX", False, T("lato", pal="orange", mark="diamond", name_w="bold",
                                    name_size=40, co_size=26, body_size=19),
         P("Ana Sofía", "Treviño Garza"), "Ana Sofía Treviño Garza", v=1,
         co="Grupo Altamira Consultores, S.C.", title="Gerente de Recursos Humanos",
         sep="  |  ",
         rows=[[Ph("+52 55 5555 4180", "Tel."), Ph("+52 55 5555 2718", "Cel.", "mobile")],
               [Em("asofia.trevino@grupoaltamira.com.mx")]],
         addr=["Av. Insurgentes Sur 1602, Piso 11, Col. Crédito Constructor, Benito Juárez, "
               "03940 Ciudad de México, CDMX"],
         street="Av. Insurgentes Sur 1602, Piso 11, Col. Crédito Constructor, Benito Juárez",
         city="Ciudad de México", region="CMX", postal="03940"),
    # ---------------------------------------------------------------- dense
    card("dense", "HU", False, T("nimbussans", pal="sky", mark="hex", name_w="bold",
                                 name_size=38, co_size=22, body_size=19),
         P("Gábor", "Tóth"), "Tóth Gábor",
         co="Rába-Parts Járműalkatrész Kft.", title="Minőségügyi vezető",
         dept="Minőségbiztosítási Osztály",
         rows=[Ph("+36 96 555 418", "Tel."), Ph("+36 96 555 419", "Fax", "fax"),
               Ph("+36 20 555 2718", "Mobil", "mobile"), Em("toth.gabor@rabaparts.hu"),
               Web("www.rabaparts.hu")],
         addr=["Kandó Kálmán u. 12.", "H-9027 Győr"],
         street="Kandó Kálmán u. 12.", city="Győr", postal="9027"),
    card("dense", "GB", False, T("roboto", pal="ink", mark="bars", name_w="bold",
                                 name_size=38, co_size=22, body_size=19),
         P("Aisha", "Rahman", prefix="Dr", cred="MBChB MRCPsych"),
         "Dr Aisha Rahman MBChB MRCPsych", v=1,
         co="Calder Valley NHS Foundation Trust", title="Consultant Psychiatrist",
         dept="Community Mental Health Team (North)",
         rows=[Ph("01632 960 418", "T"), Ph("01632 960 419", "F", "fax"),
               Ph("07700 900 582", "M", "mobile"), Em("aisha.rahman2@nhs.net"),
               Web("www.caldervalley.nhs.uk")],
         addr=["Ground Floor, Block B, Weavers Court", "Halifax Road",
               "Todmorden OL14 5SQ"],
         street="Ground Floor, Block B, Weavers Court, Halifax Road", city="Todmorden",
         postal="OL14 5SQ"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "NZ", False, T("lato", pal="teal", mark="leaf", name_w="bold",
                                         name_size=38, co_size=24, body_size=20),
         P("Aroha", "Ngata"), "Aroha Ngata",
         co="Tāmaki Legal", title="Senior Solicitor – Employment",
         rows=[Ph("+64 9 555 4180", "DDI"), Ph("+64 21 555 271", "M", "mobile"),
               Em("aroha@tamakilegal.co.nz")],
         addr=["Level 8, 45 Queen Street", "Auckland 1010"],
         street="Level 8, 45 Queen Street", city="Auckland", postal="1010"),
    card("right-aligned", "CA", False, T("garamond", "opensans", pal="cream", mark="square",
                                         name_w="semibold", name_size=40, co_size=24,
                                         body_size=20),
         P("Jean-François", "Bélanger", prefix="Me"), "Me Jean-François Bélanger", v=1,
         co="Bélanger Poirier s.e.n.c.r.l.", title="Avocat associé",
         rows=[Ph("819 555-0134", "Tél."), Ph("819 555-0188", "Téléc.", "fax"),
               Em("jfbelanger@belangerpoirier.ca")],
         addr=["455, rue King Ouest, bureau 300", "Sherbrooke (Québec)  J1H 6E9"],
         street="455, rue King Ouest, bureau 300", city="Sherbrooke", region="QC",
         postal="J1H 6E9"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "AR", False, T("opensans", pal="green", mark="leaf", name_w="bold",
                                     name_size=38, co_size=24, body_size=20),
         P("Martín", "Giuliani", middle="E.", prefix="Ing."), "Ing. Martín E. Giuliani",
         co="Agrotécnica del Litoral S.A.", title="Gerente Comercial",
         rows=[Ph("+54 341 555-4180", "Tel."), Ph("+54 9 341 555-2718", "Cel.", "mobile"),
               Em("mgiuliani@agrolitoral.com.ar"), Web("www.agrolitoral.com.ar")],
         addr=["Bv. Oroño 1250, 5º piso", "S2000DSY Rosario, Santa Fe"],
         street="Bv. Oroño 1250, 5º piso", city="Rosario", postal="S2000DSY"),
    # ---------------------------------------------------------------- qr
    card("qr", "NL", False, T("karla", pal="mist", mark="circle", name_w="bold",
                              name_size=40, co_size=26, body_size=20),
         P("Sanne", "Bakker"), "Sanne Bakker",
         co="Studio Noord Fotografie", title="Fotograaf & videomaker",
         qr_caption="Bekijk mijn portfolio",
         rows=[Ph("06 1255 2718", "M", "mobile"), Em("sanne@studionoord.nl"),
               Web("studionoord.nl")],
         addr=["NDSM-werf, Loods 6, unit 2.14", "T.T. Neveritaweg 15", "1033 WB Amsterdam"],
         street="NDSM-werf, Loods 6, unit 2.14, T.T. Neveritaweg 15", city="Amsterdam",
         postal="1033 WB"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "US", False, T("biolinum", "lato", pal="ink", name_w="bold",
                                    name_size=50, co_size=24, body_size=19),
         P("Jacqueline", "Thibodeaux", cred="AIA, LEED AP"),
         "Jacqueline Thibodeaux, AIA, LEED AP",
         co="Bayou Design Collaborative", title="Principal Architect",
         rows=[Ph("504.555.0127", "O"), Ph("504.555.0185", "C", "mobile"),
               Em("jthibodeaux@bayoudesign.com")],
         addr=["1010 Common Street, Suite 1850", "New Orleans, LA 70112"],
         street="1010 Common Street, Suite 1850", city="New Orleans", region="LA",
         postal="70112"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "PL", False, T("lato", pal="cream", name_caps=True, name_track=6,
                                  name_w="regular", name_size=34, title_size=22, co_size=24,
                                  body_size=20),
         P("Agnieszka", "Zielińska-Mróz"), "Agnieszka Zielińska-Mróz",
         co="Pracownia Projektowa Wawel", title="Architekt wnętrz",
         rows=[Ph("+48 12 555 41 80", "T"), Ph("+48 602 555 271", "M", "mobile"),
               Em("agnieszka@pracowniawawel.pl")],
         addr=["ul. Józefa 22/5", "31-056 Kraków"],
         street="ul. Józefa 22/5", city="Kraków", postal="31-056"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "NG", True, T("spartan", "opensans", pal="navy", mark="tri", co_size=38,
                                    name_size=40, body_size=20),
         P("Oluwaseun", "Adebayo", middle="T."), "Oluwaseun T. Adebayo",
         co="Lagoon Capital Partners", tag="INVESTMENT ADVISORY",
         title="Vice President, Corporate Finance",
         rows=[Ph("+234 201 295 4180", "T"), Ph("+234 803 555 2718", "M", "mobile"),
               Em("seun.adebayo@lagooncapital.com.ng")],
         addr=["8th Floor, Churchgate Tower 2, Plot PC 31, Churchgate Street",
               "Victoria Island, Lagos, Nigeria"],
         street="8th Floor, Churchgate Tower 2, Plot PC 31, Churchgate Street, Victoria Island",
         city="Lagos"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "AU", False, T("cabin", pal="teal", mark="circle", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Chloe", "Nguyen", cred="B.Physio (Hons)"), "Chloe Nguyen, B.Physio (Hons)", v=1,
         co="Salamanca Physio & Pilates", title="Principal Physiotherapist",
         rows=[Ph("(03) 5550 4173", "P"), Ph("0491 570 226", "M", "mobile"),
               Em("chloe@salamancaphysio.com.au"), Web("salamancaphysio.com.au")],
         addr=["Shop 2, 71 Salamanca Place", "Battery Point TAS 7004"],
         street="Shop 2, 71 Salamanca Place", city="Battery Point", region="TAS",
         postal="7004"),
    # ---------------------------------------------------------------- grid
    card("grid", "ID", False, T("inter", pal="mist", mark="hex", name_w="bold",
                                name_size=40, co_size=24, body_size=21),
         P("Rina", "Kusumawati", prefix="Ir.", cred="M.T."), "Ir. Rina Kusumawati, M.T.",
         co="PT Parahyangan Tekstil Mandiri", title="Manajer Produksi",
         rows=[Ph("+62 22 555 4180", "TELEPON"), Ph("+62 811 555 2718", "PONSEL", "mobile"),
               Em("rina.kusuma@parahyanganteks.co.id", "SUREL")],
         addr=["Jl. Soekarno-Hatta No. 455", "Batununggal, Bandung 40266", "Jawa Barat"],
         addr_label="ALAMAT",
         street="Jl. Soekarno-Hatta No. 455, Batununggal", city="Bandung", postal="40266"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "VN", True, T("karla", pal="red", mark="square", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Minh", "Tran", middle="Quang"), "Tran Quang Minh", v=1,
         co="Thang Long Software JSC", title="Technical Lead", dept="Embedded Systems Team",
         rows=[Ph("+84 24 3555 4180", "T"), Ph("+84 912 555 271", "M", "mobile"),
               Em("minh.tq@thanglongsoft.vn")],
         addr=["12th Floor, Viet Tower, 1 Thai Ha Street", "Dong Da District, Hanoi, Vietnam"],
         street="12th Floor, Viet Tower, 1 Thai Ha Street, Dong Da District", city="Hanoi"),
    # ---------------------------------------------------------------- footer
    card("footer", "SG", True, T("manrope", pal="purple", mark="rings", name_w="bold",
                                 name_size=40, co_size=24, body_size=19),
         P("Priya", "Raman", prefix="Dr.", cred="MBBS, FRCS (Ed)"),
         "Dr. Priya Raman MBBS, FRCS (Ed)",
         co="Orchard Eye Specialists", title="Consultant Ophthalmologist",
         rows=[Ph("+65 6555 4190", "Clinic"), Ph("+65 6555 4199", "Fax", "fax"),
               Em("appointments@orchardeye.com.sg")],
         addr=["#09-12 Novena Heights Medical Suites", "38 Irrawaddy Road, Singapore 329563"],
         street="#09-12 Novena Heights Medical Suites, 38 Irrawaddy Road", city="Singapore",
         postal="329563"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "GB", False, T("libertine", "lato", pal="forest", name_w="bold",
                                    name_size=38, co_size=24, body_size=20, co_caps=True),
         P("Sophie", "Clarke-Hughes"), "Sophie Clarke-Hughes",
         co="Avon Heritage Conservation Ltd", title="Senior Conservator",
         dept="Stone & Masonry",
         rows=[Ph("01632 960 733", "T"), Ph("07700 900 146", "M", "mobile"),
               Em("sophie@avonheritage.co.uk")],
         addr=["The Old Malthouse", "Comfortable Place, Upper Bristol Road", "Bath BA1 3AJ"],
         street="The Old Malthouse, Comfortable Place, Upper Bristol Road", city="Bath",
         postal="BA1 3AJ"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "NZ", False, T("roboto", pal="orange", name_w="bold", name_size=40,
                                      co_size=24, body_size=20),
         P("Hamish", "McLeod", middle="J."), "Hamish J. McLeod",
         co="Otago Rural Surveying Ltd", title="Registered Professional Surveyor",
         rows=[Ph("03 555 4180", "P"), Ph("027 555 2718", "M", "mobile"),
               Em("hamish@otagorural.co.nz")],
         addr=["PO Box 5127, Moray Place", "Dunedin 9058"],
         street="PO Box 5127, Moray Place", city="Dunedin", postal="9058"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "CA", False, T("inter", pal="sky", mark="bars", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Kevin", "Tremblay-Nguyen"), "Kevin Tremblay-Nguyen",
         co="Rideau Data Labs", title="Director of Engineering – Platform",
         rows=[Ph("613-555-0149", "M", "mobile"), Em("kevin@rideaudatalabs.ca"),
               Web("rideaudatalabs.ca"), Li("linkedin.com/in/ktremblaynguyen")],
         addr=["150 Elgin Street, 10th Floor", "Ottawa, ON  K2P 1L4"],
         street="150 Elgin Street, 10th Floor", city="Ottawa", region="ON", postal="K2P 1L4"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "US", False, T("robotocond", "roboto", pal="charcoal", mark="square",
                                 name_w="bold", name_size=40, co_size=24, body_size=20,
                                 co_caps=True),
         P("Rodrigo", "Salinas", suffix="Jr."), "Rodrigo Salinas Jr.",
         co=["Gulf Coast", "Pipe & Supply"], company="Gulf Coast Pipe & Supply",
         title="Outside Sales Representative",
         rows=[Ph("(713) 555-0186", "Office"), Ph("(832) 555-0143", "Cell", "mobile"),
               Em("rsalinas@gulfcoastpipe.com")],
         addr=["8800 Clinton Drive", "Houston, TX 77029"],
         street="8800 Clinton Drive", city="Houston", region="TX", postal="77029"),
]


SPECS16: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "DE", False, T("opensans", pal="teal", mark="bars", name_w="semibold",
                                   name_size=40, co_size=24, body_size=20),
         P("Katharina", "Brenner", middle="Sophie"), "Katharina Sophie Brenner",
         co="Neckartal Maschinenbau GmbH", title="Leiterin Einkauf, Prokuristin",
         addr_first=True,
         rows=[[Ph("+49 711 555418-0", "Tel."), Ph("+49 711 555418-99", "Fax", "fax")],
               [Ph("+49 170 5552718", "Mobil", "mobile")],
               [Em("k.brenner@neckartal-mb.de")]],
         sep="   ",
         addr=["Königstraße 28 · 70173 Stuttgart"],
         street="Königstraße 28", city="Stuttgart", postal="70173"),
    card("classic", "CL", False, T("lato", pal="sky", mark="tri", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Catalina", "Muñoz Herrera"), "Catalina Muñoz Herrera", v=1,
         co="Andes Minería Consultores SpA",
         title=["Jefa de Proyectos", "Geotecnia y Relaves"],
         rows=[Ph("+56 2 2555 4180", "Tel."), Ph("+56 9 5555 2718", "Cel.", "mobile"),
               Em("cmunoz@andesmineria.cl")],
         addr=["Av. Providencia 1760, of. 1503", "Providencia, Santiago"],
         street="Av. Providencia 1760, of. 1503, Providencia", city="Santiago"),
    # ---------------------------------------------------------------- centred
    card("centred", "CH", False, T("garamond", "lato", pal="cream", name_w="semibold",
                                   name_size=42, co_size=26, body_size=20, co_caps=True,
                                   co_track=3),
         P("Laurent", "Favre"), "Laurent Favre",
         co="Favre & Associés SA", tag="GESTION DE FORTUNE", title="Associé gérant",
         rows=[Ph("+41 22 555 41 80", "T"), Ph("+41 79 555 27 18", "M", "mobile"),
               Em("l.favre@favre-associes.ch")],
         addr=["Rue du Rhône 62", "1204 Genève"],
         street="Rue du Rhône 62", city="Genève", postal="1204"),
    card("centred", "PE", True, T("opensans", pal="red", name_w="bold", name_size=38,
                                  co_size=24, body_size=20),
         P("Luis Alberto", "Quispe Mamani", prefix="Ing."), "Ing. Luis Alberto Quispe Mamani",
         v=1, co="Constructora Pachacámac S.A.C.", title="Gerente de Operaciones",
         rows=[Ph("(01) 555-4180", "Telf."), Ph("987 555 271", "Cel.", "mobile"),
               Em("lquispe@pachacamac.com.pe")],
         addr=["Av. Javier Prado Este 2465, of. 701", "San Borja, Lima 15036 – Perú"],
         street="Av. Javier Prado Este 2465, of. 701, San Borja", city="Lima",
         postal="15036"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "BE", False, T("inter", pal="purple", mark="rings", name_w="bold",
                                       name_size=38, co_size=24, body_size=19),
         P("Nathalie", "Vandenberghe"), "Nathalie Vandenberghe",
         co="Meuse Packaging SA", title=["Directrice commerciale", "Sales Director"],
         title_truth="Directrice commerciale",
         rows=[Ph("+32 4 255 41 80", "T"), Ph("+32 475 55 27 18", "M", "mobile"),
               Em("n.vandenberghe@meusepackaging.be"), Web("www.meusepackaging.be")],
         addr=["Rue des Guillemins 26", "4000 Liège"],
         street="Rue des Guillemins 26", city="Liège", postal="4000"),
    card("two-columns", "KR", True, T("roboto", pal="ink", mark="square", name_w="bold",
                                      name_size=38, co_size=24, body_size=19),
         P("Jae-won", "Lee"), "LEE Jae-won", v=1,
         co="Hanbit Precision Instruments Co., Ltd.",
         title=["Global Sales Team", "Senior Manager"],
         title_truth="Senior Manager", dept_truth="Global Sales Team",
         rows=[Ph("+82 42 555 4180", "Tel"), Ph("+82 42 555 4189", "Fax", "fax"),
               Ph("+82 10 5555 2718", "Mobile", "mobile"), Em("jw.lee@hanbitpi.co.kr")],
         addr=["7F, 125 Gwahak-ro, Yuseong-gu", "Daejeon 34141, Korea"],
         street="7F, 125 Gwahak-ro, Yuseong-gu", city="Daejeon", postal="34141"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "JP", True, T("nimbussans", pal="red", mark="circle", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Hiroshi", "Tanaka"), "Hiroshi Tanaka",
         co="Sakura Robotics Inc.", title="Assistant Manager", dept="Overseas Sales Section",
         rows=[Ph("+81-3-5555-4180", "TEL"), Ph("+81-3-5555-4189", "FAX", "fax"),
               Ph("+81-90-5555-2718", "MOBILE", "mobile"), Em("h.tanaka@sakura-robotics.co.jp")],
         addr=["Shiodome Bldg. 14F", "1-2-20 Kaigan, Minato-ku", "Tokyo 105-0022, Japan"],
         street="Shiodome Bldg. 14F, 1-2-20 Kaigan, Minato-ku", city="Tokyo",
         postal="105-0022"),
    card("vertical", "BR", False, T("manrope", pal="green", mark="leaf", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Gustavo", "Moreira Dantas"), "Gustavo Moreira Dantas", v=1,
         co="Araucária Engenharia Ltda.", title="Engenheiro Civil – Obras",
         rows=[Ph("(41) 3555-4180", "Tel."), Ph("(41) 99555-2718", "Cel.", "mobile"),
               Em("gustavo.dantas@araucariaeng.com.br")],
         addr=["Rua Marechal Deodoro, 630, cj. 1504", "Centro – Curitiba/PR",
               "CEP 80020-320"],
         street="Rua Marechal Deodoro, 630, cj. 1504, Centro", city="Curitiba", region="PR",
         postal="80020-320"),
    # ---------------------------------------------------------------- dark
    card("dark", "US", False, T("lato", pal="charcoal", mark="hex", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Danielle", "Washington", middle="R."), "Danielle R. Washington",
         co=["Front Range", "Capital Partners"], company="Front Range Capital Partners",
         title=["Vice President,", "Strategic Partnerships"],
         rows=[Ph("303.555.0164", "o"), Ph("720.555.0119", "m", "mobile"),
               Em("dwashington@frontrangecap.com")],
         addr=["1700 Lincoln Street, 32nd Floor", "Denver, CO 80203"],
         street="1700 Lincoln Street, 32nd Floor", city="Denver", region="CO",
         postal="80203"),
    card("dark", "IL", False, T("inter", pal="navy", mark="diamond", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Noa", "Ben-David"), "Noa Ben-David", v=1,
         co="Kinneret Cyber Ltd.", title="Team Lead", dept="Threat Intelligence Team",
         rows=[Ph("+972 3 555 4180", "Office"), Ph("+972 52 555 2718", "Mobile", "mobile"),
               Em("noa@kinneretcyber.co.il")],
         addr=["Rothschild Blvd 22, 9th Floor", "Tel Aviv 6688218"],
         street="Rothschild Blvd 22, 9th Floor", city="Tel Aviv", postal="6688218"),
    # ---------------------------------------------------------------- band
    card("band", "ZA", False, T("opensans", pal="teal", mark="arc", name_w="bold",
                                name_size=38, co_size=24, body_size=20),
         P("Aisha", "Davids", middle="N.", cred="FASSA"), "Aisha N. Davids, FASSA", v=1,
         co="Table Bay Actuarial (Pty) Ltd", title="Senior Actuarial Analyst",
         rows=[Ph("+27 21 555 4180", "T"), Ph("+27 82 555 2718", "C", "mobile"),
               Em("aisha@tablebayact.co.za")],
         addr=["3rd Floor, The Terraces", "34 Bree Street, Cape Town, 8001"],
         street="3rd Floor, The Terraces, 34 Bree Street", city="Cape Town", postal="8001"),
    card("band", "CO", False, T("roboto", pal="orange", mark="circle", name_w="bold",
                                name_size=40, co_size=26, body_size=20),
         P("Juliana", "Restrepo Ochoa"), "Juliana Restrepo Ochoa", v=2,
         co="Antioquia Textil S.A.S.", title="Directora de Exportaciones",
         rows=[Ph("+57 604 555 4180", "PBX"), Ph("+57 310 555 2718", "Cel.", "mobile"),
               Em("jrestrepo@antioquiatextil.com.co")],
         addr=["Carrera 43A # 1 Sur-100, Torre 2, Of. 905", "Medellín, Antioquia"],
         street="Carrera 43A # 1 Sur-100, Torre 2, Of. 905", city="Medellín", region="ANT"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "GR", True, T("libertine", "opensans", pal="navy", name_w="semibold",
                                   name_size=40, co_size=24, body_size=20),
         P("Dimitrios", "Papadopoulos"), "Dimitrios Papadopoulos",
         mono="PP", co="Papadopoulos & Partners Law Firm", title="Managing Partner",
         rows=[Ph("+30 210 555 4180", "T"), Ph("+30 210 555 4189", "F", "fax"),
               Ph("+30 697 555 2718", "M", "mobile"), Em("d.papadopoulos@pplaw.gr")],
         addr=["Vasilissis Sofias 45", "106 76 Athens, Greece"],
         street="Vasilissis Sofias 45", city="Athens", postal="106 76"),
    card("monogram", "IN", False, T("cabin", pal="orange", co_size=24, name_size=38,
                                    body_size=20, name_w="bold"),
         P("Anand", "Iyer", middle="R."), "Anand R. Iyer", v=1,
         mono="SI", co="Sahyadri Infrasystems Pvt. Ltd.", title="General Manager – Projects",
         rows=[Ph("+91 20 5555 4180", "Tel"), Ph("+91 98220 55271", "Mob", "mobile"),
               Em("anand.iyer@sahyadriinfra.co.in")],
         addr=["Office No. 502, 5th Floor, Pride Icon", "Kharadi Bypass Road, Kharadi",
               "Pune – 411014, Maharashtra"],
         street="Office No. 502, 5th Floor, Pride Icon, Kharadi Bypass Road, Kharadi",
         city="Pune", region="MH", postal="411014"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "MY", True, T("robotoslab", "roboto", pal="green", mark="leaf",
                                      name_w="bold", name_size=38, co_size=26, body_size=20,
                                      co_caps=True),
         P("Kavitha", "a/p Subramaniam"), "Kavitha a/p Subramaniam",
         co="Selatan Palm Oil Sdn. Bhd.", title="Sustainability Manager",
         dept="Group Sustainability Department",
         rows=[Ph("+607 555 4180", "T"), Ph("+607 555 4189", "F", "fax"),
               Ph("+6012 555 2718", "M", "mobile"), Em("kavitha.s@selatanpalm.com.my")],
         addr=["Suite 12.03, Level 12, Menara Landmark", "No. 12, Jalan Ngee Heng",
               "80000 Johor Bahru, Johor, Malaysia"],
         street="Suite 12.03, Level 12, Menara Landmark, No. 12, Jalan Ngee Heng",
         city="Johor Bahru", postal="80000"),
    card("company-top", "DE", False, T("spartan", "opensans", pal="ink", mark="square",
                                       name_w="bold", name_size=38, co_size=26, body_size=20,
                                       co_caps=True),
         P("Markus", "Schäfer", prefix="Dipl.-Kfm."), "Dipl.-Kfm. Markus Schäfer", v=1,
         co=["Westfalen", "Logistik AG"], company="Westfalen Logistik AG",
         title="Bereichsleiter", dept="Kontraktlogistik & Lagerwirtschaft",
         rows=[Ph("+49 231 555 4180", "T"), Ph("+49 231 555 4189", "F", "fax"),
               Ph("+49 151 5552 7180", "M", "mobile"),
               Em("markus.schaefer@westfalen-logistik.de"), Web("www.westfalen-logistik.de")],
         addr=["Hafenpromenade 1–3", "44147 Dortmund"],
         street="Hafenpromenade 1–3", city="Dortmund", postal="44147"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "SE", False, T("karla", pal="mist", name_w="bold", name_size=42,
                                   co_size=24, body_size=21),
         P("Elin", "Lindqvist"), "Elin Lindqvist",
         co="Lindqvist Form AB", title="Industridesigner", title_co=" · ",
         rows=[Ph("+46 70 555 27 18", "M", "mobile"), Em("elin@lindqvistform.se"),
               Web("lindqvistform.se")],
         addr=["Södra Förstadsgatan 26, 211 43 Malmö"],
         street="Södra Förstadsgatan 26", city="Malmö", postal="211 43"),
    # ---------------------------------------------------------------- labels
    card("labels", "PK", True, T("opensans", pal="green", name_w="bold", name_size=38,
                                 co_size=24, body_size=19, mark="diamond"),
         P("Ayesha", "Siddiqui", middle="Fatima"), "Ayesha Fatima Siddiqui",
         co="Ravi Textile Mills Ltd.", title="Manager, Export Marketing",
         rows=[Ph("+92 42 3555 4180", "Ph:"), Ph("+92 42 3555 4189", "Fax:", "fax"),
               Ph("+92 300 555 2718", "Cell:", "mobile"),
               Em("ayesha.siddiqui@ravitextile.com.pk", "Email:")],
         addr=["Plot 23-B, Sundar Industrial Estate", "Raiwind Road, Lahore, Pakistan"],
         street="Plot 23-B, Sundar Industrial Estate, Raiwind Road", city="Lahore"),
    card("labels", "GB", False, T("lato", pal="ink", label_mode="column", mark="bars",
                                  name_w="bold", name_size=38, co_size=24, body_size=20),
         P("Rebecca", "Ashworth", cred="MRTPI"), "Rebecca Ashworth MRTPI", v=1,
         co="Pennine Planning Partnership", title="Associate Director – Planning",
         rows=[Ph("0161 496 0372", "T"), Ph("07700 900 518", "M", "mobile"),
               Em("rebecca.ashworth@penninepp.co.uk", "E"), Web("penninepp.co.uk", "W")],
         addr=["Suite 5B, Jactin House", "24 Hood Street, Ancoats", "Manchester M4 6WX"],
         street="Suite 5B, Jactin House, 24 Hood Street, Ancoats", city="Manchester",
         postal="M4 6WX"),
    # ---------------------------------------------------------------- icons
    card("icons", "BR", False, T("inter", pal="sky", mark="arc", name_w="bold",
                                 name_size=40, co_size=24, body_size=20, label_mode="icons"),
         P("Camila", "Farias Cavalcanti"), "Camila Farias Cavalcanti",
         co="Capibaribe Soluções Digitais Ltda.", title="Gerente de Projetos",
         rows=[Ph("+55 81 3555-4180"), Ph("+55 81 99555-2718", typ="mobile"),
               Em("camila@capibaribedigital.com.br"), Web("capibaribedigital.com.br")],
         addr=["Rua do Apolo, 181, 3º andar – Bairro do Recife", "Recife – PE, 50030-220"],
         street="Rua do Apolo, 181, 3º andar, Bairro do Recife", city="Recife", region="PE",
         postal="50030-220"),
    card("icons", "PH", True, T("roboto", pal="purple", mark="tri", name_w="bold",
                                name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Maria Kristina", "Dela Cruz", middle="R.", cred="CPA"),
         "Maria Kristina R. Dela Cruz, CPA", v=1,
         co="Visayas Shared Services Inc.", title="Finance Operations Lead",
         rows=[Ph("+63 32 555 4180"), Ph("+63 917 555 2718", typ="mobile"),
               Em("kdelacruz@visayasshared.com.ph")],
         addr=["Unit 1204, 12th Floor, Cebu Exchange Tower",
               "Salinas Drive, Cebu IT Park, Lahug", "Cebu City 6000, Philippines"],
         street="Unit 1204, 12th Floor, Cebu Exchange Tower, Salinas Drive, Cebu IT Park, "
                "Lahug", city="Cebu City", postal="6000"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "TR", False, T("opensans", pal="red", mark="hex", name_w="bold",
                                    name_size=40, co_size=24, body_size=19),
         P("Emre", "Aydın"), "Emre Aydın",
         co="Ege Zeytinyağı San. ve Tic. A.Ş.", title="Satış Müdürü",
         rows=[[Ph("+90 232 555 41 80", "T"), Ph("+90 532 555 27 18", "M", "mobile")],
               [Em("emre.aydin@egezeytin.com.tr")]],
         addr=["Atatürk Cad. No: 164 Kat: 5 D: 9, 35210 Alsancak / İzmir"],
         street="Atatürk Cad. No: 164 Kat: 5 D: 9, Alsancak", city="İzmir", postal="35210"),
    card("one-line", "AU", False, T("manrope", pal="sky", mark="circle", name_w="bold",
                                    name_size=40, co_size=24, body_size=19),
         P("Jack", "Whitmore"), "Jack Whitmore", v=1,
         co="Moreton Bay Marine Services", title="Operations Manager", sep="  |  ",
         rows=[[Ph("(07) 5550 4180", "P"), Ph("0491 570 427", "M", "mobile")],
               [Em("jack@moretonbaymarine.com.au"), Web("moretonbaymarine.com.au")]],
         addr=["Unit 3, 18 Leckie Road, Kedron QLD 4031"],
         street="Unit 3, 18 Leckie Road", city="Kedron", region="QLD", postal="4031"),
    # ---------------------------------------------------------------- dense
    card("dense", "FI", False, T("inter", pal="sky", mark="diamond", name_w="bold",
                                 name_size=38, co_size=22, body_size=19),
         P("Mikko", "Virtanen", middle="Juhani"), "Mikko Juhani Virtanen",
         co=["Saaristomeren Varustamo Oy", "Skärgårdshavets Rederi Ab"],
         company="Saaristomeren Varustamo Oy",
         title="Teknillinen johtaja", dept="Laivanrakennus ja huolto",
         rows=[Ph("+358 9 5554 180", "Puh."), Ph("+358 40 555 2718", "Matkap.", "mobile"),
               Em("mikko.virtanen@saaristomeren.fi"), Web("www.saaristomeren.fi")],
         addr=["Eteläranta 12 / Södra kajen 12", "00130 Helsinki / Helsingfors"],
         street="Eteläranta 12", city="Helsinki", postal="00130"),
    card("dense", "CA", False, T("robotocond", "roboto", pal="ink", mark="tri", name_w="bold",
                                 name_size=38, co_size=22, body_size=19),
         P("J.", "Thornton", middle="Michael", cred="P.Eng."), "J. Michael Thornton, P.Eng.",
         v=1, co="Bow River Geotechnical Ltd.", title="Principal Geotechnical Engineer",
         dept="Pipelines & Energy Group",
         rows=[Ph("403-555-0127", "T"), Ph("403-555-0128", "F", "fax"),
               Ph("587-555-0163", "C", "mobile"), Em("mthornton@bowrivergeo.ca"),
               Web("bowrivergeo.ca")],
         addr=["Suite 600, 707 – 8th Avenue SW", "Calgary, AB  T2P 1H5"],
         street="Suite 600, 707 – 8th Avenue SW", city="Calgary", region="AB",
         postal="T2P 1H5"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "US", False, T("palladio", "opensans", pal="burgundy",
                                         name_w="bold", name_size=38, co_size=24,
                                         body_size=20),
         P("Catherine", "Liu", middle="W.", cred="MD, MPH"), "Catherine W. Liu, MD, MPH",
         co="Back Bay Medical Center", title="Associate Professor of Medicine",
         dept="Division of Infectious Diseases",
         rows=[Ph("617-555-0142", "Tel"), Ph("617-555-0143", "Fax", "fax"),
               Em("cliu@backbaymed.org")],
         addr=["330 Brookline Avenue, Suite 4B", "Boston, MA 02215"],
         street="330 Brookline Avenue, Suite 4B", city="Boston", region="MA",
         postal="02215"),
    card("right-aligned", "MA", False, T("lato", pal="gold", mark="rings", name_w="bold",
                                         name_size=38, co_size=24, body_size=20),
         P("Youssef", "El Amrani"), "Youssef El Amrani", v=1,
         co="Détroit Logistique SARL", title="Directeur des opérations",
         rows=[Ph("+212 5 39 55 41 80", "Tél."), Ph("+212 6 61 55 27 18", "GSM", "mobile"),
               Em("y.elamrani@detroit-logistique.ma")],
         addr=["Lot 45, Zone Franche de Gzenayeh, 90100 Tanger"],
         street="Lot 45, Zone Franche de Gzenayeh", city="Tanger", postal="90100"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "CO", True, T("opensans", pal="forest", mark="leaf", name_w="bold",
                                    name_size=38, co_size=24, body_size=20),
         P("Andrés Felipe", "Gómez Ruiz"), "Andrés Felipe Gómez Ruiz",
         co="Andina Café Exportadores S.A.S.",
         title="Gerente Comercial – Mercados Internacionales",
         rows=[Ph("+57 601 555 4180", "Tel."), Ph("+57 315 555 2718", "Cel.", "mobile"),
               Em("agomez@andinacafe.com.co"), Web("www.andinacafe.com.co")],
         addr=["Calle 93 # 11A-28, Oficina 402", "Bogotá D.C., Colombia"],
         street="Calle 93 # 11A-28, Oficina 402", city="Bogotá", region="DC"),
    # ---------------------------------------------------------------- qr
    card("qr", "GB", False, T("karla", pal="teal", mark="circle", name_w="bold",
                              name_size=40, co_size=26, body_size=20),
         P("Priya", "Chauhan"), "Priya Chauhan",
         co="Aire Valley Digital", title="UX Researcher",
         qr_caption="Scan to save my details",
         rows=[Ph("0113 496 0745", "T"), Em("priya@airevalleydigital.co.uk"),
               Web("airevalleydigital.co.uk"), Li("linkedin.com/in/priyachauhan-ux")],
         addr=["The Round Foundry, Water Lane", "Leeds LS11 5QP"],
         street="The Round Foundry, Water Lane", city="Leeds", postal="LS11 5QP"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "US", False, T("gothic", "lato", pal="ink", name_w="bold",
                                    name_size=50, co_size=24, body_size=19),
         P("Mateo", "Alvarez-Kim"), "Mateo Alvarez-Kim",
         co="Alvarez-Kim Woodworks", title="Furniture Maker & Owner",
         rows=[Ph("(503) 555-0158"), Em("mateo@akwoodworks.com"), Web("akwoodworks.com"),
               Tw("@akwoodworks")],
         addr=["2250 NW Nicolai Street, Unit 104", "Portland, OR 97210"],
         street="2250 NW Nicolai Street, Unit 104", city="Portland", region="OR",
         postal="97210"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "CH", False, T("lato", pal="mist", name_caps=True, name_track=6,
                                  name_w="regular", name_size=34, title_size=22, co_size=24,
                                  body_size=20),
         P("Anna-Lena", "Brunner", prefix="Dr."), "Dr. Anna-Lena Brunner",
         co="Limmat Bioanalytik AG", title="Leiterin Qualitätssicherung",
         rows=[Ph("+41 44 555 41 80", "T"), Ph("+41 79 555 27 18", "M", "mobile"),
               Em("a.brunner@limmat-bio.ch")],
         addr=["Hardturmstrasse 161", "8005 Zürich"],
         street="Hardturmstrasse 161", city="Zürich", postal="8005"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "ZA", False, T("spartan", "opensans", pal="charcoal", mark="tri",
                                     co_size=38, name_size=40, body_size=19),
         P("Sipho", "Ndlovu", middle="Themba"), "Sipho Themba Ndlovu",
         co="Highveld Mining Services", tag="ENGINEERING · ADVISORY · TRAINING",
         title="Director, Mine Ventilation",
         rows=[Ph("+27 11 555 4180", "T"), Ph("+27 83 555 2718", "C", "mobile"),
               Em("sipho@highveldmining.co.za")],
         addr=["Physical: 14 Fricker Road, Illovo", "Johannesburg 2196",
               "Postal: PO Box 55127", "Northlands 2116"],
         street="14 Fricker Road, Illovo", city="Johannesburg", postal="2196"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "CA", False, T("cabin", pal="burgundy", mark="circle", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Mélanie", "Cormier"), "Mélanie Cormier",
         co="Acadie Traduction inc.", title=["Traductrice agréée", "Certified Translator"],
         title_truth="Traductrice agréée",
         rows=[Ph("506 555-0134", "Tél. / Tel."), Ph("506 555-0187", "Cell.", "mobile"),
               Em("melanie@acadietraduction.ca")],
         addr=["770, rue Main, bureau 210", "Moncton (N.-B.)  E1C 1E7"],
         street="770, rue Main, bureau 210", city="Moncton", region="NB", postal="E1C 1E7"),
    # ---------------------------------------------------------------- grid
    card("grid", "BR", False, T("inter", pal="gold", mark="hex", name_w="bold",
                                name_size=40, co_size=24, body_size=21),
         P("Letícia", "Ogawa Ribeiro"), "Letícia Ogawa Ribeiro", v=1,
         co="Paulista Contabilidade & Consultoria", title="Sócia-Diretora",
         rows=[Ph("+55 11 3555-4180", "TELEFONE"),
               Ph("+55 11 95555-2718", "CELULAR / WHATSAPP", "mobile"),
               Em("leticia@paulistacontabil.com.br", "E-MAIL")],
         addr=["Rua Vergueiro, 2045, 8º andar", "Vila Mariana – São Paulo/SP", "04101-000"],
         addr_label="ENDEREÇO",
         street="Rua Vergueiro, 2045, 8º andar, Vila Mariana", city="São Paulo", region="SP",
         postal="04101-000"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "TW", True, T("roboto", pal="teal", mark="square", name_w="bold",
                                    name_size=40, co_size=24, body_size=19),
         P("Yi-Ting", "Chen"), "Chen, Yi-Ting",
         co="Formosa Harbor Logistics Corp.", title="Assistant Manager",
         dept="Customs Brokerage Dept.",
         rows=[Ph("+886-7-555-4180", "Tel"), Ph("+886-7-555-4189", "Fax", "fax"),
               Ph("+886-912-555-271", "Mobile", "mobile"),
               Em("yiting.chen@formosaharbor.com.tw")],
         addr=["8F., No. 25, Chenggong 2nd Rd., Qianzhen Dist.", "Kaohsiung City 806, Taiwan"],
         street="8F., No. 25, Chenggong 2nd Rd., Qianzhen Dist.", city="Kaohsiung City",
         postal="806"),
    # ---------------------------------------------------------------- footer
    card("footer", "BE", False, T("nimbussans", pal="navy", mark="bars", name_w="bold",
                                  name_size=40, co_size=24, body_size=19),
         P("Pieter", "Claes"), "Pieter Claes",
         co="Scheldt Advocaten", title="Advocaat-vennoot",
         rows=[Ph("+32 3 555 41 80", "T"), Ph("+32 476 55 27 18", "M", "mobile"),
               Em("pieter.claes@scheldtadvocaten.be")],
         addr=["Antwerpen: Meir 24, 2000 Antwerpen", "Brussel: Louizalaan 65, 1050 Brussel"],
         street="Meir 24", city="Antwerpen", postal="2000"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "IN", False, T("libertine", "lato", pal="burgundy", name_w="bold",
                                    name_size=38, co_size=24, body_size=20, co_caps=True),
         P("Deepa", "Raghavan"), "Deepa Raghavan", v=1,
         co="Coromandel Analytics Pvt. Ltd.", title="Senior Vice President",
         dept="Credit Risk Analytics",
         rows=[Ph("+91 44 5555 4180", "T"), Ph("+91 98400 55271", "M", "mobile"),
               Em("deepa.r@coromandelanalytics.in")],
         addr=["No. 14, 3rd Floor, Khader Nawaz Khan Road",
               "Nungambakkam, Chennai – 600 006, Tamil Nadu"],
         street="No. 14, 3rd Floor, Khader Nawaz Khan Road, Nungambakkam", city="Chennai",
         region="TN", postal="600 006"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "CL", False, T("opensans", pal="forest", name_w="bold", name_size=40,
                                      co_size=24, body_size=20),
         P("Ignacio", "Fuentes Arancibia", middle="Tomás"), "Ignacio Tomás Fuentes Arancibia",
         co="Biobío Forestal Ltda.", title="Jefe de Planta",
         rows=[Ph("+56 41 255 4180", "Fono"), Ph("+56 9 6555 2718", "Cel.", "mobile"),
               Em("ifuentes@biobioforestal.cl")],
         addr=["Camino a Penco 2450, Km 4", "Concepción, Región del Biobío"],
         street="Camino a Penco 2450, Km 4", city="Concepción"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "US", False, T("manrope", pal="purple", mark="rings", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Keisha", "Brooks", middle="L."), "Keisha L. Brooks",
         co="Three Rivers Robotics", title="Talent Acquisition Partner — Engineering",
         rows=[Ph("412-555-0137", "M", "mobile"), Em("keisha.brooks@threeriversrobotics.com"),
               Li("linkedin.com/in/keishabrooks")],
         addr=["2000 Smallman Street, Suite 300", "Pittsburgh, PA 15222"],
         street="2000 Smallman Street, Suite 300", city="Pittsburgh", region="PA",
         postal="15222"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "GB", False, T("century", "lato", pal="cream", mark="square",
                                 name_w="bold", name_size=40, co_size=24, body_size=20,
                                 co_caps=True),
         P("Edward", "Pemberton", cred="FRICS"), "Edward Pemberton FRICS",
         co=["Pemberton Gray", "Land & Property"], company="Pemberton Gray Land & Property",
         title="Director",
         rows=[Ph("01632 960 281", "DD"), Ph("01632 960 200", "Switchboard"),
               Ph("07700 900 734", "Mobile", "mobile"),
               Em("edward.pemberton@pembertongray.co.uk")],
         addr=["9 Upper King Street", "Norwich NR3 1RB"],
         street="9 Upper King Street", city="Norwich", postal="NR3 1RB"),
]


SPECS17: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "HU", False, T("opensans", pal="green", mark="leaf", name_w="semibold",
                                   name_size=40, co_size=24, body_size=20),
         P("Zsófia", "Kovács", prefix="Dr."), "Dr. Kovács Zsófia",
         co="Tisza Agrárkutató Kft.", title="Kutatási igazgató",
         rows=[Ph("+36 52 555 418", "Tel.:"), Ph("+36 30 555 2718", "Mobil:", "mobile"),
               Em("kovacs.zsofia@tiszaagrar.hu")],
         addr=["4032 Debrecen, Böszörményi út 138."],
         street="Böszörményi út 138.", city="Debrecen", postal="4032"),
    card("classic", "PL", False, T("lato", pal="red", mark="bars", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Tomasz", "Wiśniewski", middle="Piotr"), "Tomasz Piotr Wiśniewski", v=1,
         co="Wisła Systemy Magazynowe Sp. z o.o.",
         title=["Kierownik Działu Sprzedaży", "Region Południe"],
         rows=[Ph("+48 32 555 41 80", "tel."), Ph("+48 601 555 271", "kom.", "mobile"),
               Em("t.wisniewski@wislasm.pl")],
         addr=["ul. Chorzowska 150, lok. 3", "40-101 Katowice"],
         street="ul. Chorzowska 150, lok. 3", city="Katowice", postal="40-101"),
    # ---------------------------------------------------------------- centred
    card("centred", "FR", False, T("garamond", "lato", pal="cream", name_w="semibold",
                                   name_size=42, co_size=26, body_size=20, co_caps=True,
                                   co_track=3),
         P("Hélène", "Marchetti-Roux"), "Hélène Marchetti-Roux",
         co="Maison Roux & Fils", tag="NÉGOCIANTS EN VINS DEPUIS 1921",
         title="Directrice export",
         rows=[Ph("+33 5 56 55 41 80", "T"), Ph("+33 6 55 52 71 80", "M", "mobile"),
               Em("h.marchetti@maisonroux.fr")],
         addr=["14, quai des Chartrons", "33000 Bordeaux"],
         street="14, quai des Chartrons", city="Bordeaux", postal="33000"),
    card("centred", "IT", False, T("libertine", "opensans", pal="ink", name_w="semibold",
                                   name_size=40, co_size=24, body_size=20),
         P("Giulia", "Ferraresi", prefix="Avv."), "Avv. Giulia Ferraresi", v=1,
         co="Studio Legale Ferraresi Bassi", title="Socio fondatore",
         rows=[Ph("051 555 4180", "Tel."), Ph("051 555 4189", "Fax", "fax"),
               Ph("+39 338 555 2718", "Cell.", "mobile"), Em("g.ferraresi@studioferraresi.it")],
         addr=["Via Santo Stefano 31", "40125 Bologna (BO)"],
         street="Via Santo Stefano 31", city="Bologna", region="BO", postal="40125"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "CZ", False, T("roboto", pal="sky", mark="square", name_w="bold",
                                       name_size=38, co_size=24, body_size=19),
         P("Jan", "Dvořák", prefix="Ing."), "Ing. Jan Dvořák",
         co="Vltava Energo a.s.", title="Vedoucí oddělení", dept="Obnovitelné zdroje",
         rows=[Ph("+420 235 554 180", "T"), Ph("+420 724 555 271", "M", "mobile"),
               Em("jan.dvorak@vltavaenergo.cz")],
         addr=["Radlická 751/113e", "158 00 Praha 5"],
         street="Radlická 751/113e", city="Praha 5", postal="158 00"),
    card("two-columns", "ES", False, T("inter", pal="orange", mark="circle", name_w="bold",
                                       name_size=38, co_size=24, body_size=19),
         P("Marta", "Puig i Soler"), "Marta Puig i Soler", v=1,
         co="Fundació Mediterrània de Disseny",
         title=["Cap de Comunicació", "Jefa de Comunicación"],
         title_truth="Cap de Comunicació",
         rows=[Ph("+34 93 555 41 80", "T"), Ph("+34 655 527 180", "M", "mobile"),
               Em("mpuig@fmdisseny.cat")],
         addr=["Carrer de Pallars, 193, 3r 1a", "08005 Barcelona"],
         street="Carrer de Pallars, 193, 3r 1a", city="Barcelona", postal="08005"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "CN", True, T("nimbussans", pal="red", mark="circle", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Wenjie", "Zhou"), "ZHOU Wenjie",
         co="Yangtze Marine Electronics Co., Ltd.", title="Deputy General Manager",
         dept="International Business Dept.",
         rows=[Ph("+86 21 5555 4180", "Tel"), Ph("+86 139 5555 2718", "Mob", "mobile"),
               Em("zhouwj@yzmarine.com.cn")],
         addr=["Room 903, No. 1500 Century Avenue", "Pudong New District",
               "Shanghai 200122, P.R. China"],
         street="Room 903, No. 1500 Century Avenue, Pudong New District", city="Shanghai",
         postal="200122"),
    card("vertical", "VN", True, T("manrope", pal="teal", mark="leaf", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Ha", "Nguyen", middle="Thi Thu"), "Nguyen Thi Thu Ha", v=1,
         co="Mekong Agritrade JSC", title="Export Manager",
         rows=[Ph("+84 292 355 4180", "Tel"), Ph("+84 903 555 271", "Mobile", "mobile"),
               Em("ha.nguyen@mekongagritrade.vn")],
         addr=["45 Hoa Binh Avenue, Tan An Ward", "Ninh Kieu District, Can Tho City",
               "Vietnam"],
         street="45 Hoa Binh Avenue, Tan An Ward, Ninh Kieu District", city="Can Tho City"),
    # ---------------------------------------------------------------- dark
    card("dark", "AE", True, T("lato", pal="black", mark="hex", name_w="bold", co_caps=True,
                               name_size=40, co_size=24, body_size=20),
         P("Omar", "Al Suwaidi", middle="Khalid"), "Omar Khalid Al Suwaidi",
         co=["Gulf Horizon", "Properties L.L.C."], company="Gulf Horizon Properties L.L.C.",
         title="Head of Leasing – Commercial",
         rows=[Ph("+971 4 555 4180", "T"), Ph("+971 50 555 2718", "M", "mobile"),
               Em("omar.suwaidi@gulfhorizon.ae")],
         addr=["Office 1602, Platinum Tower, JLT Cluster I", "P.O. Box 337120, Dubai, UAE"],
         street="Office 1602, Platinum Tower, JLT Cluster I, P.O. Box 337120", city="Dubai"),
    card("dark", "US", False, T("inter", pal="navy", mark="diamond", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Marcus", "Whitaker", middle="J."), "Marcus J. Whitaker", v=1,
         co="Hudson Yard Advisors LLC", title="Managing Director",
         dept="Restructuring Group",
         rows=[Ph("(212) 555-0173", "Direct"), Ph("(917) 555-0128", "Mobile", "mobile"),
               Em("mwhitaker@hudsonyardadv.com")],
         addr=["55 West 46th Street, 29th Floor", "New York, NY 10036"],
         street="55 West 46th Street, 29th Floor", city="New York", region="NY",
         postal="10036"),
    # ---------------------------------------------------------------- band
    card("band", "NG", False, T("opensans", pal="green", mark="arc", name_w="bold",
                                name_size=38, co_size=24, body_size=20),
         P("Chukwuemeka", "Eze", middle="A."), "Chukwuemeka A. Eze", v=1,
         co="Bonny River Pipeline Services Ltd", title="Project Controls Engineer",
         rows=[Ph("+234 803 555 2718", "M", "mobile"), Em("c.eze@bonnypipeline.com.ng"),
               Web("www.bonnypipeline.com.ng")],
         addr=["Plot 41, Stadium Road", "Port Harcourt, Rivers State"],
         street="Plot 41, Stadium Road", city="Port Harcourt"),
    card("band", "PT", False, T("roboto", pal="sky", mark="circle", name_w="bold",
                                name_size=40, co_size=26, body_size=20),
         P("Inês", "Carvalho Pires"), "Inês Carvalho Pires", v=2,
         co="Tejo Mútua Seguros, S.A.", title="Diretora de Sinistros",
         rows=[Ph("+351 213 554 180", "Tel."), Ph("+351 912 555 271", "Tlm.", "mobile"),
               Em("ines.pires@tejomutua.pt")],
         addr=["Rua Braamcamp, 40, 6.º Esq.", "1250-050 Lisboa"],
         street="Rua Braamcamp, 40, 6.º Esq.", city="Lisboa", postal="1250-050"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "NL", False, T("libertine", "opensans", pal="navy", name_w="semibold",
                                    name_size=40, co_size=24, body_size=20),
         P("Sander", "de Vries", middle="W."), "Sander W. de Vries",
         mono="DV", co="De Vries Havenadvies B.V.", title="Partner",
         rows=[Ph("+31 10 555 41 80", "T"), Ph("+31 6 5555 2718", "M", "mobile"),
               Em("s.devries@dvhavenadvies.nl")],
         addr=["Lloydstraat 204", "3024 EA Rotterdam"],
         street="Lloydstraat 204", city="Rotterdam", postal="3024 EA"),
    card("monogram", "GB", False, T("cabin", pal="burgundy", co_size=24, name_size=38,
                                    body_size=20, name_w="bold"),
         P("Harriet", "Okonjo-Blake"), "Harriet Okonjo-Blake", v=1,
         mono="FW", co="Fenwick Wharf Architects", title="Associate Director",
         rows=[Ph("+44 (0)20 7946 0382", "T"), Ph("+44 (0)7700 900 518", "M", "mobile"),
               Em("harriet@fenwickwharf.co.uk")],
         addr=["Unit 4, Bankside Yard, 21 Park Street", "London SE1 9EQ"],
         street="Unit 4, Bankside Yard, 21 Park Street", city="London", postal="SE1 9EQ"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "SA", True, T("robotoslab", "roboto", pal="green", mark="hex",
                                      name_w="bold", name_size=38, co_size=26, body_size=20,
                                      co_caps=True),
         P("Faisal", "Al-Otaibi", prefix="Eng.", middle="Abdullah"),
         "Eng. Faisal Abdullah Al-Otaibi",
         co="Najd Water Technologies Co.", title="Operations Director",
         dept="Desalination Plants Division",
         rows=[Ph("+966 11 555 4180", "Tel"), Ph("+966 11 555 4189", "Fax", "fax"),
               Ph("+966 55 555 2718", "Mobile", "mobile"), Em("f.alotaibi@najdwater.com.sa")],
         addr=["Al Imam Saud Road, Al Ghadir District", "Riyadh 13311, Saudi Arabia"],
         street="Al Imam Saud Road, Al Ghadir District", city="Riyadh", postal="13311"),
    card("company-top", "AT", False, T("spartan", "opensans", pal="ink", mark="square",
                                       name_w="bold", name_size=38, co_size=26, body_size=20,
                                       co_caps=True),
         P("Florian", "Strasser", prefix="Mag.", cred="MBA"), "Mag. Florian Strasser, MBA", v=1,
         co=["Alpenländische", "Holzbau GmbH"], company="Alpenländische Holzbau GmbH",
         title=["Vertrieb Österreich West", "Prokurist"],
         title_truth="Prokurist", dept_truth="Vertrieb Österreich West",
         rows=[Ph("+43 512 555 418", "T"), Ph("+43 664 555 2718", "M", "mobile"),
               Em("f.strasser@alpenholzbau.at")],
         addr=["Museumstraße 18/3", "6020 Innsbruck"],
         street="Museumstraße 18/3", city="Innsbruck", postal="6020"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "IE", False, T("karla", pal="mist", name_w="bold", name_size=42,
                                   co_size=24, body_size=21),
         P("Aoife", "Ní Bhriain"), "Aoife Ní Bhriain",
         co="Liffey Lane Studio", title="Illustrator", title_co=", ",
         rows=[Ph("087 555 2718", "M", "mobile"), Em("aoife@liffeylane.ie"),
               Web("liffeylane.ie")],
         addr=["41 Manor Street, Dublin 7, D07 H2P3"],
         street="41 Manor Street", city="Dublin 7", postal="D07 H2P3"),
    # ---------------------------------------------------------------- labels
    card("labels", "KE", True, T("opensans", pal="teal", mark="tri", name_w="bold",
                                 name_size=38, co_size=24, body_size=20),
         P("Atieno", "Odhiambo", middle="Akinyi"), "Atieno Akinyi Odhiambo",
         co="Rift Valley Dairy Co-operative Union", title="Finance Manager",
         rows=[Ph("+254 51 555 4180", "Tel:"), Ph("+254 722 555 271", "Cell:", "mobile"),
               Em("a.odhiambo@riftdairy.co.ke", "Email:")],
         addr=["Kenyatta Avenue, Lake View Plaza, 2nd Floor", "P.O. Box 1452-20100, Nakuru, Kenya"],
         street="Kenyatta Avenue, Lake View Plaza, 2nd Floor, P.O. Box 1452", city="Nakuru",
         postal="20100"),
    card("labels", "US", False, T("lato", pal="ink", mark="bars", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Margaret", "Lindgren", middle="A.", cred="CPA, CFE"),
         "Margaret A. Lindgren, CPA, CFE", v=1,
         co="Lakeshore Forensic Accounting", title=["Principal,", "Litigation Support"],
         rows=[Ph("312-555-0166", "P"), Ph("312-555-0167", "F", "fax"),
               Em("mlindgren@lakeshoreforensic.com", "E")],
         addr=["200 North LaSalle Street, Suite 2210", "Chicago, IL 60601"],
         street="200 North LaSalle Street, Suite 2210", city="Chicago", region="IL",
         postal="60601"),
    # ---------------------------------------------------------------- icons
    card("icons", "TH", True, T("inter", pal="purple", mark="rings", name_w="bold",
                                name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Pimchanok", "Srisawat"), "Pimchanok Srisawat",
         co="Siam Cold Chain Co., Ltd.", title="Business Development Manager",
         rows=[Ph("+66 2 555 4180"), Ph("+66 81 555 2718", None, "mobile"),
               Em("pimchanok@siamcoldchain.co.th")],
         addr=["1126/2 New Petchburi Road, Makkasan", "Ratchathewi, Bangkok 10400, Thailand"],
         street="1126/2 New Petchburi Road, Makkasan, Ratchathewi", city="Bangkok",
         postal="10400"),
    card("icons", "GH", True, T("cabin", pal="orange", mark="circle", name_w="bold",
                                name_size=38, co_size=24, body_size=20, label_mode="icons"),
         P("Kwabena", "Asante-Mensah"), "Kwabena Asante-Mensah", v=1,
         co="Volta Solar Installations Ltd", title="Technical Lead", dept="Mini-Grid Team",
         rows=[Ph("+233 30 255 4180"), Ph("+233 24 455 2718", None, "mobile"),
               Em("kwabena@voltasolar.com.gh")],
         addr=["No. 7 Liberation Road, Airport Residential Area", "Accra, Ghana"],
         street="No. 7 Liberation Road, Airport Residential Area", city="Accra"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "SG", True, T("roboto", pal="sky", mark="diamond", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Hui Min", "Lim"), "Lim Hui Min",
         co="Straits Biotech Pte. Ltd.", title="Regulatory Affairs Lead",
         rows=[[Ph("+65 6555 4180", "T"), Ph("+65 9555 2718", "M", "mobile")],
               [Em("huimin.lim@straitsbiotech.sg")]],
         sep=" | ",
         addr=["20 Biopolis Way, #08-01 Centros, Singapore 138668"],
         street="20 Biopolis Way, #08-01 Centros", city="Singapore", postal="138668"),
    card("one-line", "US", False, T("karla", pal="green", mark="leaf", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Ryan", "O'Callaghan"), "Ryan O'Callaghan", v=1,
         co="Cascadia Trail Outfitters", title="Buyer — Footwear & Packs",
         rows=[[Ph("206.555.0191", "o"), Ph("206.555.0148", "c", "mobile")],
               [Em("ryan@cascadiatrail.com"), Web("cascadiatrail.com")]],
         sep=" • ",
         addr=["1420 Westlake Ave N, Seattle, WA 98109"],
         street="1420 Westlake Ave N", city="Seattle", region="WA", postal="98109"),
    # ---------------------------------------------------------------- dense
    card("dense", "EG", True, T("opensans", pal="gold", mark="tri", name_w="bold",
                                name_size=38, co_size=24, body_size=19),
         P("Mostafa", "Hassan", prefix="Dr.", middle="Ahmed"), "Dr. Mostafa Ahmed Hassan",
         co="October Sterile Pharma S.A.E.", title="Head of Quality Control",
         dept="Quality Assurance Sector",
         rows=[Ph("+20 2 2555 4180", "Tel"), Ph("+20 2 2555 4189", "Fax", "fax"),
               Ph("+20 100 555 2718", "Mobile", "mobile"), Em("m.hassan@octobersterile.com.eg")],
         addr=["Plot 52, Industrial Zone 3", "6th of October City, Giza, Egypt"],
         street="Plot 52, Industrial Zone 3", city="6th of October City"),
    card("dense", "CA", False, T("lato", pal="burgundy", mark="square", name_w="bold", co_caps=True,
                                 name_size=38, co_size=24, body_size=19),
         P("Priyanka", "Sharma-Boyd"), "Priyanka Sharma-Boyd", v=1,
         co=["Northern Shield", "Insurance Group"], company="Northern Shield Insurance Group",
         title="Senior Underwriter", dept="Commercial Lines – Marine & Cargo",
         rows=[Ph("416-555-0183 ext. 2214", "T", "work", "2214"), Ph("416-555-0190", "F", "fax"),
               Ph("647-555-0152", "C", "mobile"), Em("psharmaboyd@northernshield.ca")],
         addr=["145 Wellington Street West, Suite 900", "Toronto, ON  M5J 1H8"],
         street="145 Wellington Street West, Suite 900", city="Toronto", region="ON",
         postal="M5J 1H8"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "MX", False, T("lato", pal="gold", mark="rings", name_w="bold",
                                         name_size=38, co_size=24, body_size=20),
         P("Rodrigo", "Elizondo Cantú", prefix="Lic."), "Lic. Rodrigo Elizondo Cantú",
         co="Grupo Industrial Cumbres, S.A. de C.V.", title="Director Jurídico",
         rows=[Ph("+52 81 5555 4180", "Tel."), Ph("+52 81 5555 2718", "Cel.", "mobile"),
               Em("relizondo@grupocumbres.com.mx")],
         addr=["Av. Lázaro Cárdenas 1000, Piso 14, Col. Valle del Mirador",
               "64750 Monterrey, N.L."],
         street="Av. Lázaro Cárdenas 1000, Piso 14, Col. Valle del Mirador", city="Monterrey",
         region="NLE", postal="64750"),
    card("right-aligned", "AR", False, T("inter", pal="ink", mark="bars", name_w="bold",
                                         name_size=38, co_size=24, body_size=20),
         P("Valentina", "Ruiz Etchegaray"), "Valentina Ruiz Etchegaray", v=1,
         co="Pampa Semillas S.A.", title="Gerente de Marketing", dept="Cultivos Extensivos",
         rows=[Ph("+54 11 5555-4180", "Tel."), Ph("+54 9 11 5555-2718", "Cel.", "mobile"),
               Em("vruiz@pampasemillas.com.ar")],
         addr=["Av. del Libertador 6250, piso 3º", "C1428ARS Buenos Aires"],
         street="Av. del Libertador 6250, piso 3º", city="Buenos Aires", postal="C1428ARS"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "ID", True, T("opensans", pal="forest", mark="leaf", name_w="bold",
                                    name_size=38, co_size=24, body_size=20),
         P("Rizky", "Pratama", middle="Adi"), "Rizky Adi Pratama",
         co="PT Nusantara Logistik Terpadu", title="Kepala Cabang",
         rows=[Ph("+62 31 555 4180", "Telp."), Ph("+62 812 5555 2718", "HP", "mobile"),
               Em("rizky.pratama@nusalog.co.id")],
         addr=["Jl. Raya Darmo No. 88, Lt. 5", "Surabaya 60264, Indonesia"],
         street="Jl. Raya Darmo No. 88, Lt. 5", city="Surabaya", postal="60264"),
    # ---------------------------------------------------------------- qr
    card("qr", "US", False, T("karla", pal="teal", mark="circle", name_w="bold",
                              name_size=40, co_size=26, body_size=20),
         P("Jordan", "Reyes", middle="T."), "Jordan T. Reyes",
         co="Bluebonnet Health Analytics", title="Data Engineer", dept="Claims Platform Team",
         qr_caption="Add me to contacts",
         rows=[Ph("512-555-0124", "M", "mobile"), Em("jreyes@bluebonnethealth.com"),
               Li("linkedin.com/in/jordantreyes")],
         addr=["600 Congress Ave, Ste 1400", "Austin, TX 78701"],
         street="600 Congress Ave, Ste 1400", city="Austin", region="TX", postal="78701"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "GB", False, T("gothic", "lato", pal="ink", name_w="bold",
                                    name_size=50, co_size=24, body_size=19),
         P("Tobias", "Pennington-Ward"), "Tobias Pennington-Ward",
         co="Clifton Letterpress", title="Printer & Bookbinder",
         rows=[Ph("0117 496 0823"), Em("toby@cliftonletterpress.co.uk"),
               Web("cliftonletterpress.co.uk")],
         addr=["The Old Dairy, 3 Hope Chapel Hill", "Bristol BS8 4ND"],
         street="The Old Dairy, 3 Hope Chapel Hill", city="Bristol", postal="BS8 4ND"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "FR", False, T("lato", pal="mist", name_caps=True, name_track=6,
                                  name_w="regular", name_size=34, title_size=22, co_size=24,
                                  body_size=20),
         P("Anne-Sophie", "Delacroix"), "Anne-Sophie Delacroix",
         co="Atelier Rhône Paysage", title="Architecte paysagiste DPLG",
         rows=[Ph("04 72 55 41 80", "T"), Ph("06 55 52 71 80", "P", "mobile"),
               Em("as.delacroix@rhonepaysage.fr")],
         addr=["27, rue Sainte-Hélène", "69002 Lyon"],
         street="27, rue Sainte-Hélène", city="Lyon", postal="69002"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "MX", False, T("spartan", "opensans", pal="charcoal", mark="tri",
                                     co_size=38, name_size=40, body_size=19),
         P("Ana Paula", "Villaseñor Ortiz"), "Ana Paula Villaseñor Ortiz",
         co="Tequilera Los Altos", tag="DESTILERÍA · EXPORTACIÓN",
         title="Coordinadora de Exportaciones",
         rows=[Ph("+52 33 5555 4180", "T"), Ph("+52 33 5555 2718", "C", "mobile"),
               Em("apvillasenor@tequileralosaltos.mx")],
         addr=["Oficinas: Av. Américas 1545, Piso 6", "Col. Providencia, 44630 Guadalajara, Jal.",
               "Planta: Carr. Arandas km 12, 47180 Arandas, Jal."],
         street="Av. Américas 1545, Piso 6, Col. Providencia", city="Guadalajara",
         region="JAL", postal="44630"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "CA", False, T("cabin", pal="plum", mark="circle", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Étienne", "Charbonneau"), "Étienne Charbonneau",
         co="Laurentides Génie-conseil inc.", title=["Ingénieur principal", "Senior Engineer"],
         title_truth="Ingénieur principal",
         rows=[Ph("819 555-0172", "Bur. / Office"), Ph("819 555-0139", "Cell.", "mobile"),
               Em("e.charbonneau@laurentidesgc.ca")],
         addr=["455, boul. de la Gappe, bureau 300", "Gatineau (Québec)  J8T 0E8"],
         street="455, boul. de la Gappe, bureau 300", city="Gatineau", region="QC",
         postal="J8T 0E8"),
    # ---------------------------------------------------------------- grid
    card("grid", "AR", True, T("inter", pal="gold", mark="hex", name_w="bold",
                               name_size=40, co_size=24, body_size=21),
         P("Martín", "Aguirre", middle="Ezequiel"), "Martín Ezequiel Aguirre", v=1,
         co="Cuyo Viñedos S.R.L.", title="Enólogo Jefe",
         rows=[Ph("+54 261 555-4180", "TELÉFONO"),
               Ph("+54 9 261 555-2718", "CELULAR", "mobile"),
               Em("maguirre@cuyovinedos.com.ar", "CORREO")],
         addr=["Ruta Provincial 15, km 29", "Agrelo, Luján de Cuyo", "M5509 Mendoza, Argentina"],
         addr_label="DIRECCIÓN",
         street="Ruta Provincial 15, km 29, Agrelo", city="Luján de Cuyo", postal="M5509"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "SG", True, T("roboto", pal="teal", mark="square", name_w="bold",
                                    name_size=40, co_size=24, body_size=19),
         P("Vikram", "Menon", middle="S."), "Vikram S. Menon",
         co="Merlion Freight Forwarding Pte Ltd",
         title=["Assistant Vice President,", "Ocean Freight"],
         rows=[Ph("+65 6555 4180", "DID"), Ph("+65 8555 2718", "HP", "mobile"),
               Em("vikram.menon@merlionfreight.com.sg")],
         addr=["10 Pasir Panjang Road, #11-03 Mapletree Business City", "Singapore 117438"],
         street="10 Pasir Panjang Road, #11-03 Mapletree Business City", city="Singapore",
         postal="117438"),
    # ---------------------------------------------------------------- footer
    card("footer", "IT", False, T("nimbussans", pal="navy", mark="bars", name_w="bold",
                                  name_size=40, co_size=24, body_size=19),
         P("Matteo", "Colombo", prefix="Ing."), "Ing. Matteo Colombo",
         co="Colombo Impianti S.r.l.", title="Direttore Tecnico",
         rows=[Ph("+39 011 555 4180", "T"), Ph("+39 347 555 2718", "M", "mobile"),
               Em("m.colombo@colomboimpianti.it")],
         addr=["Sede: Via Nizza 150, 10126 Torino",
               "Stabilimento: Via Artigianato 9, 10042 Nichelino (TO)"],
         street="Via Nizza 150", city="Torino", postal="10126"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "AE", True, T("libertine", "lato", pal="burgundy", name_w="bold",
                                    name_size=38, co_size=24, body_size=20, co_caps=True),
         P("Layla", "Haddad"), "Layla Haddad", v=1,
         co="Corniche Wealth Partners Ltd", title="Director", dept="Private Clients – GCC",
         rows=[Ph("+971 2 555 4180", "T"), Ph("+971 56 555 2718", "M", "mobile"),
               Em("layla.haddad@cornichewealth.ae")],
         addr=["Level 18, Sky Tower, Al Reem Island", "PO Box 112233, Abu Dhabi, UAE"],
         street="Level 18, Sky Tower, Al Reem Island, PO Box 112233", city="Abu Dhabi"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "PT", False, T("opensans", pal="forest", name_w="bold", name_size=40,
                                      co_size=24, body_size=20),
         P("Ricardo", "Sousa Teixeira", middle="Manuel"), "Ricardo Manuel Sousa Teixeira",
         co="Douro Cortiça, Lda.", title="Diretor Comercial – Mercados Externos",
         rows=[Ph("+351 22 555 4180", "T"), Ph("+351 93 555 2718", "M", "mobile"),
               Em("rteixeira@dourocortica.pt")],
         addr=["Rua de Júlio Dinis, 561, 3.º", "4050-325 Porto"],
         street="Rua de Júlio Dinis, 561, 3.º", city="Porto", postal="4050-325"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "IE", False, T("manrope", pal="purple", mark="rings", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Cian", "Ó Súilleabháin"), "Cian Ó Súilleabháin",
         co="Lee Valley MedTech", title="Quality Engineer II",
         rows=[Ph("+353 21 555 4180", "T"), Ph("+353 86 555 2718", "M", "mobile"),
               Em("cian.osullivan@leevalleymedtech.ie")],
         addr=["Unit 12, Cork Airport Business Park", "Kinsale Road, Cork, T12 X2R8"],
         street="Unit 12, Cork Airport Business Park, Kinsale Road", city="Cork",
         postal="T12 X2R8"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "GB", False, T("century", "lato", pal="cream", mark="square",
                                 name_w="bold", name_size=40, co_size=24, body_size=20,
                                 co_caps=True),
         P("Fiona", "MacLeod", middle="J.", cred="WS"), "Fiona J. MacLeod WS",
         co=["Drummond Hay", "Solicitors LLP"], company="Drummond Hay Solicitors LLP",
         title="Partner", dept="Private Client & Trusts",
         rows=[Ph("0131 496 0457", "DDI"), Ph("0131 496 0400", "Tel"),
               Em("fiona.macleod@drummondhay.co.uk")],
         addr=["27 Melville Street", "Edinburgh EH3 7JF"],
         street="27 Melville Street", city="Edinburgh", postal="EH3 7JF"),
]


# Batch 18 (cards 738-777), by an eighteenth author who did not see the parser or the scanner:
# weighted towards countries batches 16 and 17 had one card of or none.
SPECS18: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "DE", False, T("opensans", pal="ink", mark="square", name_w="semibold",
                                   name_size=40, co_size=24, body_size=20),
         P("Katharina", "Albrecht", prefix="Dr.-Ing."), "Dr.-Ing. Katharina Albrecht",
         co="Rheinauer Antriebstechnik GmbH", title="Leiterin Entwicklung",
         dept="Elektrische Antriebe",
         rows=[Ph("+49 621 555 4180", "Tel."), Ph("+49 171 555 2718", "Mobil", "mobile"),
               Em("k.albrecht@rheinauer-antriebe.de")],
         addr=["Rheinauer Ring 44", "68219 Mannheim"],
         street="Rheinauer Ring 44", city="Mannheim", postal="68219"),
    card("classic", "DK", False, T("lato", pal="sky", mark="circle", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Mette", "Kjærgaard", middle="Holm"), "Mette Holm Kjærgaard", v=1,
         co="Limfjord Akvakultur A/S", title="Salgschef, Norden",
         rows=[Ph("+45 98 55 41 80", "Tlf."), Ph("+45 25 55 27 18", "Mobil", "mobile"),
               Em("mhk@limfjord-akva.dk")],
         addr=["Havnegade 12, 1. sal, 9000 Aalborg"],
         street="Havnegade 12, 1. sal", city="Aalborg", postal="9000"),
    # ---------------------------------------------------------------- centred
    card("centred", "CH", True, T("garamond", "lato", pal="cream", name_w="semibold",
                                  name_size=42, co_size=26, body_size=20, co_caps=True,
                                  co_track=3),
         P("Laurent", "Favre", middle="M."), "Laurent M. Favre",
         co="Banque Privée Léman SA", tag="GENÈVE · ZURICH",
         title="Directeur adjoint", dept="Gestion de fortune",
         rows=[Ph("+41 22 555 41 80", "T"), Ph("+41 79 555 27 18", "M", "mobile"),
               Em("laurent.favre@bpleman.ch")],
         addr=["Rue du Rhône 48", "1204 Genève, Suisse"],
         street="Rue du Rhône 48", city="Genève", postal="1204"),
    card("centred", "GR", True, T("libertine", "opensans", pal="ink", name_w="semibold",
                                  name_size=40, co_size=24, body_size=20),
         P("Eleni", "Papadopoulou"), "Eleni Papadopoulou", v=1,
         co="Aegean Ferry Lines S.A.", title="Chartering Manager",
         rows=[Ph("+30 210 555 4180", "Tel."), Ph("+30 694 555 2718", "Mob.", "mobile"),
               Em("e.papadopoulou@aegeanferry.gr")],
         addr=["Akti Miaouli 87, 185 38 Piraeus, Greece"],
         street="Akti Miaouli 87", city="Piraeus", postal="185 38"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "BE", True, T("roboto", pal="sky", mark="square", name_w="bold",
                                      name_size=38, co_size=24, body_size=19),
         P("Pieter", "Vandenberghe"), "Pieter Vandenberghe",
         co="Scheldt Port Services NV",
         title=["Commercieel directeur", "Directeur commercial"],
         title_truth="Commercieel directeur",
         rows=[Ph("+32 3 555 41 80", "T"), Ph("+32 475 55 27 18", "M", "mobile"),
               Em("pieter.vandenberghe@scheldtport.be")],
         addr=["Noorderlaan 147 bus 3", "2030 Antwerpen, België"],
         street="Noorderlaan 147 bus 3", city="Antwerpen", postal="2030"),
    card("two-columns", "CL", True, T("inter", pal="orange", mark="circle", name_w="bold",
                                      name_size=38, co_size=24, body_size=19),
         P("Camila", "Fuentes Araya", middle="Andrea"), "Camila Andrea Fuentes Araya", v=1,
         co="Minera Cordillera Norte SpA", title="Jefa de Medio Ambiente",
         dept="Gerencia de Sustentabilidad",
         rows=[Ph("+56 55 255 4180", "Fono"), Ph("+56 9 5555 2718", "Cel.", "mobile"),
               Em("cfuentes@cordilleranorte.cl")],
         addr=["Av. Grecia 1280, oficina 504", "Antofagasta, Chile"],
         street="Av. Grecia 1280, oficina 504", city="Antofagasta"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "JP", True, T("nimbussans", pal="red", mark="circle", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Haruto", "Takahashi"), "Haruto TAKAHASHI",
         co="Setouchi Precision Co., Ltd.", title="Manager, Overseas Sales Section",
         dept="Sales Division",
         rows=[Ph("+81 82 555 4180", "TEL"), Ph("+81 82 555 4189", "FAX", "fax"),
               Ph("+81 90 5555 2718", "Mobile", "mobile"), Em("h.takahashi@setouchi-p.co.jp")],
         addr=["2-14-7 Kamiyacho, Naka-ku", "Hiroshima 730-0031, Japan"],
         street="2-14-7 Kamiyacho, Naka-ku", city="Hiroshima", postal="730-0031"),
    card("vertical", "TW", True, T("manrope", pal="teal", mark="leaf", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Yi-Ting", "Chen"), "Chen Yi-Ting", v=1,
         co="Formosa Optoelectronics Corp.", title="Senior Engineer, R&D Center",
         rows=[Ph("+886 3 555 4180 #312", "Tel", "work", "312"),
               Ph("+886 912 555 271", "Mobile", "mobile"), Em("yiting.chen@formosa-opto.com.tw")],
         addr=["No. 8, Lixing 6th Rd., East Dist.", "Hsinchu City 300, Taiwan"],
         street="No. 8, Lixing 6th Rd., East Dist.", city="Hsinchu City", postal="300"),
    # ---------------------------------------------------------------- dark
    card("dark", "IL", True, T("lato", pal="black", mark="hex", name_w="bold", co_caps=True,
                               name_size=40, co_size=24, body_size=20),
         P("Noa", "Ben-David"), "Noa Ben-David",
         co="Carmel Cyber Ltd.", title="VP Product",
         rows=[Ph("+972 3 555 4180", "O"), Ph("+972 52 555 2718", "M", "mobile"),
               Em("noa@carmelcyber.co.il")],
         addr=["Azrieli Sarona Tower, 121 Menachem Begin Rd.", "Tel Aviv 6701203, Israel"],
         street="Azrieli Sarona Tower, 121 Menachem Begin Rd.", city="Tel Aviv",
         postal="6701203"),
    card("dark", "AU", False, T("inter", pal="navy", mark="diamond", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Lachlan", "Murray", middle="J."), "Lachlan J. Murray", v=1,
         co="Southern Cross Infrastructure Partners", title="Investment Director",
         rows=[Ph("+61 2 5550 4180", "T"), Ph("0491 570 213", "M", "mobile"),
               Em("lachlan.murray@scip.com.au")],
         addr=["Level 27, 1 Farrer Place", "Sydney NSW 2000"],
         street="Level 27, 1 Farrer Place", city="Sydney", region="NSW", postal="2000"),
    # ---------------------------------------------------------------- band
    card("band", "BR", False, T("opensans", pal="green", mark="leaf", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Rafael", "Monteiro", middle="Augusto de Souza"), "Rafael Augusto de Souza Monteiro",
         co="Cerrado Bioenergia S.A.", title="Gerente de Suprimentos",
         rows=[Ph("+55 62 5555-4180", "Tel."), Ph("+55 62 95555-2718", "Cel.", "mobile"),
               Em("rafael.monteiro@cerradobio.com.br")],
         addr=["Av. T-63, 1296, Sala 1402 – Setor Bueno", "74230-100 Goiânia – GO"],
         street="Av. T-63, 1296, Sala 1402, Setor Bueno", city="Goiânia", region="GO",
         postal="74230-100"),
    card("band", "ZA", True, T("cabin", pal="orange", mark="tri", name_w="bold",
                               name_size=40, co_size=24, body_size=20),
         P("Thandiwe", "Nkosi", middle="P."), "Thandiwe P. Nkosi", v=1,
         co="Highveld Actuarial Consulting (Pty) Ltd", title="Senior Actuarial Analyst",
         rows=[Ph("+27 11 555 4180", "Tel"), Ph("+27 82 555 2718", "Cell", "mobile"),
               Em("thandiwe@highveldact.co.za")],
         addr=["2nd Floor, The Firs, Cnr Cradock & Biermann Ave", "Rosebank, Johannesburg, 2196",
               "South Africa"],
         street="2nd Floor, The Firs, Cnr Cradock & Biermann Ave, Rosebank",
         city="Johannesburg", postal="2196"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "SE", False, T("karla", pal="mist", co_size=24, name_size=38,
                                    body_size=20, name_w="bold"),
         P("Johan", "Lindqvist"), "Johan Lindqvist",
         mono="NA", co="Norrsken Arkitekter AB", title="Arkitekt SAR/MSA", dept="Team Bostad",
         rows=[Ph("+46 8 555 418 00", "Tel"), Ph("+46 70 555 27 18", "Mobil", "mobile"),
               Em("johan.lindqvist@norrskenark.se")],
         addr=["Götgatan 78, 118 30 Stockholm"],
         street="Götgatan 78", city="Stockholm", postal="118 30"),
    card("monogram", "MY", True, T("cabin", pal="burgundy", co_size=24, name_size=38,
                                   body_size=20, name_w="bold"),
         P("Nurul Aina", "binti Ismail"), "Nurul Aina binti Ismail", v=1,
         mono="PB", co="Permata Bay Resorts Sdn. Bhd.", title="Head of Sales & Marketing",
         rows=[Ph("+60 3 5555 4180", "T"), Ph("+60 12 555 2718", "H/P", "mobile"),
               Em("nurulaina@permatabay.com.my")],
         addr=["Level 12, Menara Permata, Jalan Sultan Ismail", "50250 Kuala Lumpur, Malaysia"],
         street="Level 12, Menara Permata, Jalan Sultan Ismail", city="Kuala Lumpur",
         postal="50250"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "TR", True, T("robotoslab", "roboto", pal="red", mark="hex",
                                      name_w="bold", name_size=38, co_size=26, body_size=20,
                                      co_caps=True),
         P("Emre", "Yıldırım", middle="Can"), "Emre Can Yıldırım",
         co=["Anadolu Tekstil", "San. ve Tic. A.Ş."], company="Anadolu Tekstil San. ve Tic. A.Ş.",
         title="İhracat Müdürü",
         rows=[Ph("+90 224 555 41 80", "T"), Ph("+90 532 555 27 18", "M", "mobile"),
               Em("emre.yildirim@anadolutekstil.com.tr")],
         addr=["Organize Sanayi Bölgesi, Mavi Cad. No: 14", "16140 Nilüfer / Bursa, Türkiye"],
         street="Organize Sanayi Bölgesi, Mavi Cad. No: 14, Nilüfer", city="Bursa", postal="16140"),
    card("company-top", "NO", False, T("spartan", "opensans", pal="ink", mark="square",
                                       name_w="bold", name_size=38, co_size=26, body_size=20,
                                       co_caps=True),
         P("Ingrid", "Solheim", middle="Marie"), "Ingrid Marie Solheim", v=1,
         co="Vestkyst Havbruk AS", title="Driftsleder – Sjø",
         rows=[Ph("+47 55 55 41 80", "Tlf"), Ph("+47 915 55 271", "Mob", "mobile"),
               Em("ingrid.solheim@vestkysthavbruk.no")],
         addr=["Postboks 214 Sentrum", "5804 Bergen"],
         street="Postboks 214 Sentrum", city="Bergen", postal="5804"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "FI", False, T("karla", pal="mist", name_w="bold", name_size=42,
                                   co_size=24, body_size=21),
         P("Aino", "Virtanen"), "Aino Virtanen",
         co="Saimaa Design Oy", title="Palvelumuotoilija", title_co=", ",
         rows=[Ph("+358 40 555 2718", "puh."), Em("aino@saimaadesign.fi"),
               Web("saimaadesign.fi")],
         addr=["Kauppakatu 21 B 7, 53100 Lappeenranta"],
         street="Kauppakatu 21 B 7", city="Lappeenranta", postal="53100"),
    # ---------------------------------------------------------------- labels
    card("labels", "IN", True, T("opensans", pal="teal", mark="tri", name_w="bold",
                                 name_size=38, co_size=24, body_size=20),
         P("R.", "Subramanian", middle="Venkatesh"), "R. Venkatesh Subramanian",
         co="Coromandel Auto Components Pvt. Ltd.", title="Deputy General Manager – Purchase",
         rows=[Ph("+91 44 5555 4180", "Ph:"), Ph("+91 98400 55271", "Mob:", "mobile"),
               Em("venkatesh.s@coromandelauto.co.in", "Email:")],
         addr=["Plot No. 42, SIDCO Industrial Estate, Ambattur",
               "Chennai – 600 098, Tamil Nadu, India"],
         street="Plot No. 42, SIDCO Industrial Estate, Ambattur", city="Chennai", region="TN",
         postal="600 098"),
    card("labels", "CA", False, T("lato", pal="ink", mark="bars", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Danielle", "Fraser", middle="M.", cred="CPA, CA"),
         "Danielle M. Fraser, CPA, CA", v=1,
         co="Bow River Tax Advisors LLP", title=["Partner,", "Indirect Tax"],
         rows=[Ph("403-555-0137", "P"), Ph("403-555-0138", "F", "fax"),
               Em("dfraser@bowrivertax.ca", "E")],
         addr=["800 5 Ave SW, Suite 1500, Calgary, AB  T2P 3T6"],
         street="800 5 Ave SW, Suite 1500", city="Calgary", region="AB", postal="T2P 3T6"),
    # ---------------------------------------------------------------- icons
    card("icons", "PH", True, T("inter", pal="purple", mark="rings", name_w="bold",
                                name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Maria Theresa", "Villanueva", middle="D."), "Maria Theresa D. Villanueva",
         co="Visayas Shared Services Inc.", title="Recruitment Lead", dept="Talent Acquisition",
         rows=[Ph("+63 32 555 4180"), Ph("+63 917 555 2718", None, "mobile"),
               Em("mtvillanueva@visayasss.com.ph")],
         addr=["12F Cebu Exchange Tower, Salinas Drive, Lahug", "Cebu City 6000, Philippines"],
         street="12F Cebu Exchange Tower, Salinas Drive, Lahug", city="Cebu City",
         postal="6000"),
    card("icons", "MA", True, T("cabin", pal="gold", mark="circle", name_w="bold",
                                name_size=38, co_size=24, body_size=20, label_mode="icons"),
         P("Youssef", "El Amrani"), "Youssef El Amrani", v=1,
         co="Atlas Agrumes SARL", title="Responsable logistique",
         rows=[Ph("+212 528 55 41 80"), Ph("+212 661 55 27 18", None, "mobile"),
               Em("y.elamrani@atlasagrumes.ma")],
         addr=["Zone Industrielle Ait Melloul, Lot 118", "Agadir 80150, Maroc"],
         street="Zone Industrielle Ait Melloul, Lot 118", city="Agadir", postal="80150"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "KR", True, T("roboto", pal="sky", mark="diamond", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Ji-hoon", "Park"), "PARK Ji-hoon",
         co="Hanbit Battery Materials Co., Ltd.", title="Team Leader, Global Procurement",
         rows=[[Ph("+82 2 555 4180", "T"), Ph("+82 10 5555 2718", "M", "mobile")],
               [Em("jihoon.park@hanbitbm.co.kr")]],
         sep=" | ",
         addr=["14F, 152 Teheran-ro, Gangnam-gu, Seoul 06236, Korea"],
         street="14F, 152 Teheran-ro, Gangnam-gu", city="Seoul", postal="06236"),
    card("one-line", "US", False, T("karla", pal="green", mark="leaf", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Kimberly", "Okafor", middle="Ann"), "Kimberly Ann Okafor", v=1,
         co="Piedmont Pediatric Therapy", title="Occupational Therapist, OTR/L",
         rows=[[Ph("704.555.0152", "o"), Ph("704.555.0159", "f", "fax")],
               [Em("kokafor@piedmontpeds.com"), Web("piedmontpeds.com")]],
         sep=" • ",
         addr=["2711 Randolph Rd, Charlotte, NC 28207"],
         street="2711 Randolph Rd", city="Charlotte", region="NC", postal="28207"),
    # ---------------------------------------------------------------- dense
    card("dense", "PK", True, T("opensans", pal="forest", mark="tri", name_w="bold",
                                name_size=38, co_size=24, body_size=19),
         P("Ahmed", "Qureshi", middle="Bilal"), "Ahmed Bilal Qureshi",
         co="Indus Textile Mills Limited", title="General Manager",
         dept="Corporate Finance & Treasury",
         rows=[Ph("+92 21 3555 4180", "Tel"), Ph("+92 21 3555 4189", "Fax", "fax"),
               Ph("+92 300 555 2718", "Cell", "mobile"), Em("bilal.qureshi@industextile.com.pk")],
         addr=["4th Floor, Business Plaza, Mumtaz Hassan Road", "Off I.I. Chundrigar Road,",
               "Karachi-74000, Pakistan"],
         street="4th Floor, Business Plaza, Mumtaz Hassan Road, Off I.I. Chundrigar Road",
         city="Karachi", postal="74000"),
    card("dense", "GB", False, T("lato", pal="burgundy", mark="square", name_w="bold",
                                 co_caps=True, name_size=38, co_size=24, body_size=19),
         P("Alistair", "Whitmore", middle="D. R."), "Alistair D. R. Whitmore", v=1,
         co=["Pennine Mutual", "Building Society"], company="Pennine Mutual Building Society",
         title="Head of Mortgage Operations", dept="Retail Lending",
         rows=[Ph("0113 496 0218", "T"), Ph("07700 900 461", "M", "mobile"),
               Em("alistair.whitmore@penninemutual.co.uk")],
         addr=["Pennine House, 14 Wellington Street", "Leeds LS1 4DL"],
         street="Pennine House, 14 Wellington Street", city="Leeds", postal="LS1 4DL"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "CO", False, T("lato", pal="gold", mark="rings", name_w="bold",
                                         name_size=38, co_size=24, body_size=20),
         P("Santiago", "Restrepo Gómez"), "Santiago Restrepo Gómez",
         co="Café Sierra Nevada S.A.S.", title="Director Comercial", dept="Exportaciones",
         rows=[Ph("+57 604 555 4180", "Tel."), Ph("+57 310 555 2718", "Cel.", "mobile"),
               Em("srestrepo@cafesierranevada.co")],
         addr=["Carrera 43A # 1-50, Torre 2, Oficina 905", "Medellín, Antioquia"],
         street="Carrera 43A # 1-50, Torre 2, Oficina 905", city="Medellín", region="ANT"),
    card("right-aligned", "PE", True, T("inter", pal="ink", mark="bars", name_w="bold",
                                        name_size=38, co_size=24, body_size=20),
         P("Lucía", "Quispe Mamani"), "Lucía Quispe Mamani", v=1,
         co="Andes Textiles Alpaca S.A.C.", title="Jefa de Producción",
         rows=[Ph("+51 54 555 418", "Telf."), Ph("+51 955 527 180", "Cel.", "mobile"),
               Em("lquispe@andesalpaca.com.pe")],
         addr=["Calle Mercaderes 212, Cercado", "Arequipa 04001, Perú"],
         street="Calle Mercaderes 212, Cercado", city="Arequipa", postal="04001"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "IN", True, T("opensans", pal="forest", mark="leaf", name_w="bold",
                                    name_size=38, co_size=24, body_size=20),
         P("Ananya", "Deshpande"), "Ananya Deshpande",
         co="Sahyadri Agro Foods Ltd.", title="Manager – Quality Assurance",
         rows=[Ph("+91 20 5555 4180", "Tel"), Ph("+91 98220 55271", "Mob", "mobile"),
               Em("ananya.d@sahyadriagro.in")],
         addr=["Survey No. 118, Hinjewadi Phase II", "Pune 411057, Maharashtra, India"],
         street="Survey No. 118, Hinjewadi Phase II", city="Pune", region="MH",
         postal="411057"),
    # ---------------------------------------------------------------- qr
    card("qr", "US", False, T("karla", pal="teal", mark="circle", name_w="bold",
                              name_size=40, co_size=26, body_size=20),
         P("Daniel", "Kowalczyk", middle="R."), "Daniel R. Kowalczyk",
         co="Great Lakes Robotics Inc.", title="Field Applications Engineer",
         qr_caption="Scan to save my contact",
         rows=[Ph("(616) 555-0143", "M", "mobile"), Em("dkowalczyk@greatlakesrobotics.com"),
               Li("linkedin.com/in/danielkowalczyk")],
         addr=["3500 Patterson Ave SE", "Grand Rapids, MI 49512"],
         street="3500 Patterson Ave SE", city="Grand Rapids", region="MI", postal="49512"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "AU", False, T("gothic", "lato", pal="ink", name_w="bold",
                                    name_size=50, co_size=24, body_size=19),
         P("Matilda", "Oyelaran-Hughes"), "Matilda Oyelaran-Hughes",
         co="Fremantle Ceramics Studio", title="Potter & Teacher",
         rows=[Ph("0491 570 388"), Em("matilda@fremantleceramics.com.au"),
               Web("fremantleceramics.com.au")],
         addr=["Shed 3, 17 Mews Road", "Fremantle WA 6160"],
         street="Shed 3, 17 Mews Road", city="Fremantle", region="WA", postal="6160"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "DE", False, T("lato", pal="mist", name_caps=True, name_track=6,
                                  name_w="regular", name_size=34, title_size=22, co_size=24,
                                  body_size=20),
         P("Jonas", "von Hohenberg"), "Jonas von Hohenberg",
         co="Hohenberg Innenarchitektur", title="Innenarchitekt AKH",
         rows=[Ph("+49 40 555 418 0", "T"), Ph("+49 160 555 2718", "M", "mobile"),
               Em("jvh@hohenberg-innen.de")],
         addr=["Hofweg 61", "22085 Hamburg"],
         street="Hofweg 61", city="Hamburg", postal="22085"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "BR", True, T("spartan", "opensans", pal="charcoal", mark="tri",
                                    co_size=38, name_size=40, body_size=19),
         P("Juliana", "Albuquerque", middle="C."), "Juliana C. Albuquerque",
         co="Ventos do Nordeste", tag="ENERGIA EÓLICA",
         title="Coordenadora de Projetos",
         rows=[Ph("+55 85 5555-4180", "T"), Ph("+55 85 95555-2718", "C", "mobile"),
               Em("juliana.albuquerque@ventosne.com.br")],
         addr=["Escritório: Av. Santos Dumont, 2828, sala 1101",
               "Aldeota, Fortaleza – CE, 60150-162, Brasil",
               "Parque: Rodovia CE-085, km 140, Trairi – CE"],
         street="Av. Santos Dumont, 2828, sala 1101, Aldeota", city="Fortaleza", region="CE",
         postal="60150-162"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "CA", False, T("cabin", pal="plum", mark="circle", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Sarah", "Tremblay-Nguyen"), "Sarah Tremblay-Nguyen",
         co="Fraser Valley Community Health", title="Nurse Practitioner",
         dept="Primary Care Clinic",
         rows=[Ph("604-555-0116", "Office"), Ph("604-555-0183", "Cell", "mobile"),
               Em("s.tremblaynguyen@fvch.ca")],
         addr=["33780 Laurel St, Abbotsford, BC  V2S 1X4"],
         street="33780 Laurel St", city="Abbotsford", region="BC", postal="V2S 1X4"),
    # ---------------------------------------------------------------- grid
    card("grid", "CH", False, T("inter", pal="gold", mark="hex", name_w="bold",
                                name_size=40, co_size=24, body_size=21),
         P("Reto", "Käslin"), "Reto Käslin",
         co="Käslin Holzbau AG", title="Geschäftsführer",
         rows=[Ph("+41 41 555 41 80", "TELEFON"), Ph("+41 79 555 27 18", "MOBILE", "mobile"),
               Em("reto.kaeslin@kaeslin-holzbau.ch", "E-MAIL")],
         addr=["Industriestrasse 9", "6370 Stans"], addr_label="ADRESSE",
         street="Industriestrasse 9", city="Stans", postal="6370"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "ZA", True, T("roboto", pal="teal", mark="square", name_w="bold",
                                    name_size=40, co_size=24, body_size=19),
         P("Pieter", "du Plessis", middle="J."), "Pieter J. du Plessis",
         co="Boland Wine Exporters (Pty) Ltd", title=["Export Manager,", "Europe & Asia"],
         rows=[Ph("+27 21 555 4180", "T"), Ph("+27 83 555 2718", "C", "mobile"),
               Em("pieter@bolandwine.co.za")],
         addr=["14 Dorp Street, Stellenbosch, 7600", "South Africa"],
         street="14 Dorp Street", city="Stellenbosch", postal="7600"),
    # ---------------------------------------------------------------- footer
    card("footer", "JP", True, T("nimbussans", pal="navy", mark="bars", name_w="bold",
                                 name_size=40, co_size=24, body_size=19),
         P("Yuki", "Nakamura", middle="S."), "Yuki S. Nakamura",
         co="Kansai Medical Devices K.K.", title="General Manager, Regulatory Affairs",
         rows=[Ph("+81 6 5555 4180", "T"), Ph("+81 80 5555 2718", "M", "mobile"),
               Em("y.nakamura@kansaimd.co.jp")],
         addr=["Head Office: 3-6-1 Dosho-machi, Chuo-ku, Osaka 541-0045, Japan",
               "Tokyo Branch: 1-9-2 Nihonbashi, Chuo-ku, Tokyo 103-0027"],
         street="3-6-1 Dosho-machi, Chuo-ku", city="Osaka", postal="541-0045"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "KR", True, T("libertine", "lato", pal="burgundy", name_w="bold",
                                   name_size=38, co_size=24, body_size=20, co_caps=True),
         P("Seo-yeon", "Kim"), "Kim Seo-yeon",
         co="Haeundae Marine Logistics", title="Manager", dept="Customs Clearance Team",
         rows=[Ph("+82 51 555 4180", "T"), Ph("+82 10 5555 4718", "M", "mobile"),
               Em("seoyeon.kim@hmlogis.co.kr")],
         addr=["7F, 45 Jungang-daero, Jung-gu", "Busan 48939, Republic of Korea"],
         street="7F, 45 Jungang-daero, Jung-gu", city="Busan", postal="48939"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "US", False, T("opensans", pal="forest", name_w="bold", name_size=40,
                                      co_size=24, body_size=20),
         P("Luis", "Hernández", middle="Alberto"), "Luis Alberto Hernández",
         co="Rio Grande Valley Produce Co.", title="Operations Manager – Cold Storage",
         rows=[Ph("956-555-0171", "T"), Ph("956-555-0128", "M", "mobile"),
               Em("lhernandez@rgvproduce.com")],
         addr=["1200 W Expressway 83, McAllen, TX 78501"],
         street="1200 W Expressway 83", city="McAllen", region="TX", postal="78501"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "GB", False, T("manrope", pal="purple", mark="rings", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Priya", "Chaudhary"), "Priya Chaudhary",
         co="Mersey Clinical Trials Unit", title="Senior Research Nurse",
         rows=[Ph("0151 496 0735", "T"), Ph("07700 900 284", "M", "mobile"),
               Em("priya.chaudhary@merseyctu.nhs.uk")],
         addr=["Level 3, Liverpool Science Park", "131 Mount Pleasant, Liverpool L3 5TF"],
         street="Level 3, Liverpool Science Park, 131 Mount Pleasant", city="Liverpool",
         postal="L3 5TF"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "US", False, T("century", "lato", pal="cream", mark="square",
                                 name_w="bold", name_size=40, co_size=24, body_size=20,
                                 co_caps=True),
         P("Catherine", "Albright", middle="H.", cred="Esq."), "Catherine H. Albright, Esq.",
         co=["Albright Sloane", "& Mercer LLP"], company="Albright Sloane & Mercer LLP",
         title="Partner", dept="Trusts & Estates",
         rows=[Ph("(617) 555-0144", "T"), Ph("(617) 555-0145", "F", "fax"),
               Em("calbright@asmlaw.com")],
         addr=["One Beacon Street, 22nd Floor", "Boston, MA 02108"],
         street="One Beacon Street, 22nd Floor", city="Boston", region="MA", postal="02108"),
]

SPECS19: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "NZ", False, T("lato", pal="teal", mark="arc", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Olivia", "Tauroa"), "Olivia Tauroa",
         co="Harbourside Employment Law", title="Senior Associate – Employment",
         rows=[Ph("04 555 4180", "DDI"), Ph("021 555 2718", "M", "mobile"),
               Em("olivia.tauroa@harbourside.co.nz")],
         addr=["Level 6, 95 Customhouse Quay", "Wellington 6011"],
         street="Level 6, 95 Customhouse Quay", city="Wellington", postal="6011"),
    card("classic", "CZ", False, T("opensans", pal="ink", mark="square", name_w="semibold",
                                   name_size=40, co_size=24, body_size=20, co_caps=True),
         P("Petr", "Dvořák", prefix="Ing.", cred="Ph.D."), "Ing. Petr Dvořák, Ph.D.", v=1,
         co="Moravia Embedded s.r.o.", title="Vedoucí vývoje",
         dept="Oddělení řídicích systémů",
         rows=[Ph("+420 545 554 180", "Tel.:"), Ph("+420 605 552 718", "Mobil:", "mobile"),
               Em("petr.dvorak@moravia-embedded.cz")],
         addr=["Purkyňova 649/127", "612 00 Brno"],
         street="Purkyňova 649/127", city="Brno", postal="612 00"),
    # ---------------------------------------------------------------- centred
    card("centred", "BE", False, T("garamond", "lato", pal="cream", name_w="semibold",
                                   name_size=40, co_size=28, body_size=20, co_caps=True,
                                   co_track=3),
         P("Amélie", "Dubois-Peeters", prefix="Me"), "Me Amélie Dubois-Peeters",
         co="Meuse & Senne", tag="AVOCATS · ADVOCATEN",
         title=["Avocate associée", "Vennoot-advocaat"], title_truth="Avocate associée",
         rows=[Ph("+32 2 555 41 80", "T"), Ph("+32 475 55 27 18", "M", "mobile"),
               Em("a.dubois@meuse-senne.be")],
         addr=["Avenue Louise 235 / Louizalaan 235", "1050 Bruxelles / Brussel"],
         street="Avenue Louise 235", city="Bruxelles", postal="1050"),
    card("centred", "AT", True, T("libertine", "opensans", pal="ink", name_w="semibold",
                                  name_size=40, co_size=24, body_size=20),
         P("Christina", "Pichler", prefix="Mag."), "Mag. Christina Pichler", v=1,
         co=["Salzach Treuhand", "Steuerberatung GmbH"],
         company="Salzach Treuhand Steuerberatung GmbH",
         title="Steuerberaterin und Partnerin",
         rows=[Ph("+43 662 555 418", "T"), Ph("+43 664 555 2718", "M", "mobile"),
               Em("c.pichler@salzach-treuhand.at")],
         addr=["Alpenstraße 48/2", "5020 Salzburg, Österreich"],
         street="Alpenstraße 48/2", city="Salzburg", postal="5020"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "ES", False, T("roboto", pal="orange", mark="circle", name_w="bold",
                                       name_size=38, co_size=24, body_size=19),
         P("Francisco Javier", "Martínez Soler"), "Francisco Javier Martínez Soler",
         co="Cítricos del Turia, S.L.", title=["Director de Exportación", "Asia-Pacífico"],
         rows=[Ph("+34 963 55 41 80", "Tel."), Ph("+34 655 52 71 80", "Móvil", "mobile"),
               Em("fjmartinez@citricosturia.es")],
         addr=["Av. del Puerto, 332, 4.º B", "46024 València"],
         street="Av. del Puerto, 332, 4.º B", city="València", postal="46024"),
    card("two-columns", "FI", False, T("inter", pal="sky", mark="square", name_w="bold",
                                       name_size=38, co_size=24, body_size=19),
         P("Mikael", "Lindholm"), "Mikael Lindholm", v=1,
         co="Itämeren Satamapalvelut Oy", title=["Myyntijohtaja", "Försäljningsdirektör"],
         title_truth="Myyntijohtaja",
         rows=[Ph("+358 9 5554 180", "puh./tfn"), Ph("+358 50 555 2718", "GSM", "mobile"),
               Em("mikael.lindholm@itameren.fi")],
         addr=["Eteläranta 12 / Södra kajen 12", "00130 Helsinki / Helsingfors"],
         street="Eteläranta 12", city="Helsinki", postal="00130"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "TW", True, T("nimbussans", pal="sky", mark="diamond", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Mei-Ling", "Lin"), "LIN Mei-Ling",
         co="Taichung Precision Machinery Co., Ltd.",
         title=["Overseas Sales Dept.", "Assistant Manager"],
         title_truth="Assistant Manager", dept_truth="Overseas Sales Dept.",
         rows=[Ph("+886 4 2355 4180 ext. 215", "Tel", "work", "215"),
               Ph("+886 912 555 718", "Mobile", "mobile"), Em("meiling.lin@tcpm.com.tw")],
         addr=["No. 36, Gongyequ 38th Rd., Xitun Dist.", "Taichung City 407, Taiwan"],
         street="No. 36, Gongyequ 38th Rd., Xitun Dist.", city="Taichung City", postal="407"),
    card("vertical", "HK", True, T("manrope", pal="red", mark="hex", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Kelvin", "Chan", middle="Ka-wai"), "Kelvin CHAN Ka-wai", v=1,
         co="Harbour Crest Logistics Limited", title="Senior Operations Manager",
         dept="Air Freight",
         rows=[Ph("+852 2555 4180", "T"), Ph("+852 9555 2718", "M", "mobile"),
               Em("kelvin.chan@harbourcrest.com.hk")],
         addr=["Unit 1208, 12/F, Tower 2, Metroplaza", "223 Hing Fong Road, Kwai Chung",
               "New Territories, Hong Kong"],
         street="Unit 1208, 12/F, Tower 2, Metroplaza, 223 Hing Fong Road, Kwai Chung, "
                "New Territories", city="Hong Kong"),
    # ---------------------------------------------------------------- dark
    card("dark", "IL", True, T("inter", pal="navy", mark="rings", name_w="bold",
                               name_size=40, co_size=24, body_size=20),
         P("Yael", "Rosen-Katz", prefix="Dr."), "Dr. Yael Rosen-Katz",
         co="Galilee MedTech Ltd.", title="Director of Clinical Affairs",
         rows=[Ph("+972 4 855 4180", "Tel"), Ph("+972 54 555 2718", "Mobile", "mobile"),
               Em("yael.rk@galileemedtech.co.il")],
         addr=["MATAM Park, Building 23", "Haifa 3508409, Israel"],
         street="MATAM Park, Building 23", city="Haifa", postal="3508409"),
    card("dark", "US", False, T("lato", pal="charcoal", mark="bars", name_w="bold",
                                name_size=40, co_size=24, body_size=20, co_caps=True),
         P("J.", "Nguyen", middle="Carter"), "J. Carter Nguyen", v=1,
         co="Longhorn Semiconductor", title="Director, Product Marketing",
         dept="Power Management ICs",
         rows=[Ph("(512) 555-0162", "O"), Ph("(512) 555-0189", "M", "mobile"),
               Em("cnguyen@longhornsemi.com")],
         addr=["11501 Alterra Pkwy, Suite 300, Austin, TX 78758"],
         street="11501 Alterra Pkwy, Suite 300", city="Austin", region="TX", postal="78758"),
    # ---------------------------------------------------------------- band
    card("band", "NG", True, T("opensans", pal="green", mark="leaf", name_w="bold",
                               name_size=40, co_size=24, body_size=20),
         P("Oluwaseun", "Adeyemi", middle="Babatunde"), "Oluwaseun Babatunde Adeyemi",
         co="Lagoon Capital Partners Limited", title="Head, Corporate Banking",
         rows=[Ph("+234 1 555 4180", "T"), Ph("+234 803 555 2718", "M", "mobile"),
               Em("seun.adeyemi@lagooncapital.com.ng")],
         addr=["Plot 1412 Ahmadu Bello Way", "Victoria Island, Lagos, Nigeria"],
         street="Plot 1412 Ahmadu Bello Way, Victoria Island", city="Lagos"),
    card("band", "CL", True, T("cabin", pal="burgundy", mark="tri", name_w="bold",
                               name_size=40, co_size=24, body_size=20),
         P("Matías", "Rojas Vergara", middle="Ignacio"), "Matías Ignacio Rojas Vergara", v=2,
         co="Viña Valle del Maipo S.A.", title="Enólogo Jefe",
         rows=[Ph("+56 2 2555 4180", "Fono"), Ph("+56 9 8555 2718", "Móvil", "mobile"),
               Em("mrojas@vinavallemaipo.cl"), Web("www.vinavallemaipo.cl")],
         addr=["Av. Apoquindo 4501, piso 11, Las Condes", "Santiago, Chile"],
         street="Av. Apoquindo 4501, piso 11, Las Condes", city="Santiago"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "DK", False, T("karla", pal="mist", co_size=24, name_size=38,
                                    body_size=20, name_w="bold"),
         P("Rasmus", "Thygesen"), "Rasmus Thygesen",
         mono="ØT", co="Østjysk Tegnestue ApS", title="Partner, bygningskonstruktør",
         rows=[Ph("+45 86 55 41 80", "T"), Ph("+45 20 55 27 18", "M", "mobile"),
               Em("rt@ostjysktegnestue.dk")],
         addr=["Åboulevarden 23, 3. th.", "8000 Aarhus C"],
         street="Åboulevarden 23, 3. th.", city="Aarhus C", postal="8000"),
    card("monogram", "GB", False, T("palladio", "lato", pal="green", co_size=24,
                                    name_size=38, body_size=20, name_w="bold"),
         P("Eleanor", "Fitzgerald-Hale", middle="R.", cred="RIBA"),
         "Eleanor R. Fitzgerald-Hale RIBA", v=1,
         mono="FH", co="Fitzgerald Hale Architects", title="Associate Director",
         rows=[Ph("020 7946 0372", "T"), Ph("07700 900 518", "M", "mobile"),
               Em("eleanor@fitzgeraldhale.co.uk"), Web("fitzgeraldhale.co.uk")],
         addr=["Studio 4, The Leathermarket", "Weston Street, London SE1 3ER"],
         street="Studio 4, The Leathermarket, Weston Street", city="London",
         postal="SE1 3ER"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "EG", True, T("robotoslab", "roboto", pal="gold", mark="tri",
                                      name_w="bold", name_size=38, co_size=26, body_size=20,
                                      co_caps=True),
         P("Karim", "Farouk", prefix="Eng.", middle="Mahmoud"), "Eng. Karim Mahmoud Farouk",
         co="Nile Delta Construction Co.", title="Projects Manager – Infrastructure",
         rows=[Ph("+20 3 555 4180", "Tel"), Ph("+20 100 555 2718", "Mob", "mobile"),
               Em("k.farouk@nile-delta.com.eg")],
         addr=["14 El Horreya Road, Sporting", "Alexandria 21523, Egypt"],
         street="14 El Horreya Road, Sporting", city="Alexandria", postal="21523"),
    card("company-top", "PL", False, T("spartan", "opensans", pal="red", mark="square",
                                       name_w="bold", name_size=38, co_size=26, body_size=20,
                                       co_caps=True),
         P("Anna", "Zielińska-Kowal", prefix="mgr inż."), "mgr inż. Anna Zielińska-Kowal", v=1,
         co=["Odra Logistyka", "Sp. z o.o."], company="Odra Logistyka Sp. z o.o.",
         title="Kierownik Magazynu", dept="Centrum Dystrybucyjne Bielany",
         rows=[Ph("+48 71 555 41 80", "tel."), Ph("+48 601 555 271", "kom.", "mobile"),
               Em("a.zielinska@odralogistyka.pl")],
         addr=["ul. Logistyczna 7", "55-040 Bielany Wrocławskie"],
         street="ul. Logistyczna 7", city="Bielany Wrocławskie", postal="55-040"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "NO", False, T("quicksand", pal="mist", name_w="bold", name_size=42,
                                   co_size=24, body_size=21),
         P("Sigrid", "Nilsen", middle="Aune"), "Sigrid Aune Nilsen",
         co="Nordlys Foto", title="Fotograf", title_co=" | ",
         rows=[Ph("+47 915 55 372", "Mob", "mobile"), Em("sigrid@nordlysfoto.no"),
               Web("nordlysfoto.no")],
         addr=["Storgata 94, 9008 Tromsø"],
         street="Storgata 94", city="Tromsø", postal="9008"),
    # ---------------------------------------------------------------- labels
    card("labels", "KE", True, T("opensans", pal="teal", mark="circle", name_w="bold",
                                 name_size=38, co_size=24, body_size=20),
         P("Hamisi", "Mwinyi", middle="Juma"), "Hamisi Juma Mwinyi",
         co="Pwani Freight Forwarders Ltd", title="Operations Manager",
         dept="Clearing & Forwarding",
         rows=[Ph("+254 41 555 4180", "Tel:"), Ph("+254 722 555 271", "Cell:", "mobile"),
               Em("hamisi.mwinyi@pwanifreight.co.ke", "Email:")],
         addr=["Bima Towers, 5th Floor, Moi Avenue", "P.O. Box 84412-80100, Mombasa, Kenya"],
         street="Bima Towers, 5th Floor, Moi Avenue, P.O. Box 84412", city="Mombasa",
         postal="80100"),
    card("labels", "US", False, T("carlito", pal="ink", mark="hex", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Marcus", "Delgado", cred="P.E."), "Marcus Delgado, P.E.", v=1,
         co="Front Range Civil Engineers", title=["Senior Project Engineer,", "Water Resources"],
         rows=[Ph("303.555.0114", "P"), Ph("303.555.0177", "C", "mobile"),
               Em("mdelgado@frontrangecivil.com", "E")],
         addr=["1600 Champa St, Ste 410", "Denver, CO 80202"],
         street="1600 Champa St, Ste 410", city="Denver", region="CO", postal="80202"),
    # ---------------------------------------------------------------- icons
    card("icons", "MA", False, T("lato", pal="purple", mark="diamond", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Salma", "Benjelloun"), "Salma Benjelloun",
         co="Atlantique Assurances S.A.", title="Directrice Marketing & Communication",
         rows=[Ph("+212 522 55 41 80"), Ph("+212 662 55 27 18", None, "mobile"),
               Em("s.benjelloun@atlantique-assurances.ma")],
         addr=["Twin Center, Tour Ouest, 12e étage", "Bd Zerktouni, 20100 Casablanca"],
         street="Twin Center, Tour Ouest, 12e étage, Bd Zerktouni", city="Casablanca",
         postal="20100"),
    card("icons", "PE", False, T("roboto", pal="orange", mark="circle", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="bullets"),
         P("Diego", "Salazar Huamán", middle="Alonso"), "Diego Alonso Salazar Huamán", v=1,
         co="Pacífico Pesquera S.A.C.", title="Jefe de Exportaciones – Asia",
         rows=[Ph("+51 1 555 4180", "T"), Ph("+51 987 555 271", "Cel.", "mobile"),
               Em("dsalazar@pacificopesquera.com.pe")],
         addr=["Av. Javier Prado Este 4200, Of. 1502", "Santiago de Surco, Lima 15023"],
         street="Av. Javier Prado Este 4200, Of. 1502, Santiago de Surco", city="Lima",
         postal="15023"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "AU", False, T("karla", pal="sky", mark="arc", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Rebecca", "O'Sullivan", cred="APAM"), "Rebecca O'Sullivan APAM",
         co="Moreton Bay Physio", title="Senior Physiotherapist",
         rows=[[Ph("(07) 5550 4183", "P"), Ph("0491 570 627", "M", "mobile")],
               [Em("bec@moretonbayphysio.com.au"), Web("moretonbayphysio.com.au")]],
         sep=" | ",
         addr=["Shop 4, 88 Redcliffe Pde, Redcliffe QLD 4020"],
         street="Shop 4, 88 Redcliffe Pde", city="Redcliffe", region="QLD", postal="4020"),
    card("one-line", "SE", False, T("inter", pal="mist", mark="square", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Lars-Erik", "Holmgren"), "Lars-Erik Holmgren", v=1,
         co="Västkust Marinteknik AB", title="Serviceansvarig, fritidsbåtar",
         rows=[[Ph("031-555 41 80", "Tel"), Ph("070-555 27 18", "Mobil", "mobile")],
               [Em("lars-erik.holmgren@vastkustmarin.se")]],
         sep=" • ",
         addr=["Lindholmspiren 5, 417 56 Göteborg"],
         street="Lindholmspiren 5", city="Göteborg", postal="417 56"),
    # ---------------------------------------------------------------- dense
    card("dense", "PK", True, T("roboto", pal="forest", mark="leaf", name_w="bold",
                                name_size=38, co_size=24, body_size=19),
         P("Usman", "Chaudhry", middle="Tariq"), "Usman Tariq Chaudhry",
         co="Ravi Pharmaceuticals (Pvt.) Ltd.", title="Senior Manager",
         dept="Regulatory Affairs & Registrations",
         rows=[Ph("+92 42 111 555 418", "UAN"), Ph("+92 42 3555 4189", "Fax", "fax"),
               Ph("+92 321 555 2718", "Cell", "mobile"), Em("usman.chaudhry@ravipharma.com.pk")],
         addr=["21-B, Industrial Estate, Kot Lakhpat", "Lahore 54770, Pakistan"],
         street="21-B, Industrial Estate, Kot Lakhpat", city="Lahore", postal="54770"),
    card("dense", "CA", False, T("nimbussans", pal="sky", mark="rings", name_w="bold",
                                 co_caps=True, name_size=38, co_size=22, body_size=19),
         P("Siobhan", "MacNeil", middle="A.", cred="PhD, P.Eng."),
         "Siobhan A. MacNeil, PhD, P.Eng.", v=1,
         co=["Atlantic Ocean", "Technologies Inc."], company="Atlantic Ocean Technologies Inc.",
         title="Principal Scientist", dept="Acoustics & Sensing Group",
         rows=[Ph("902-555-0131", "T"), Ph("902-555-0132", "F", "fax"),
               Ph("902-555-0194", "C", "mobile"), Em("smacneil@atlanticoceantech.ca")],
         addr=["1 Research Drive, Suite 220", "Dartmouth, NS  B2Y 4M9"],
         street="1 Research Drive, Suite 220", city="Dartmouth", region="NS",
         postal="B2Y 4M9"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "CO", True, T("opensans", pal="gold", mark="rings", name_w="bold",
                                        name_size=38, co_size=24, body_size=20),
         P("Valentina", "Ospina Duarte"), "Valentina Ospina Duarte",
         co="Andina Seguros S.A.",
         title=["Vicepresidencia de Riesgos", "Gerente de Riesgo Operativo"],
         title_truth="Gerente de Riesgo Operativo", dept_truth="Vicepresidencia de Riesgos",
         rows=[Ph("+57 601 555 4180", "PBX"), Ph("+57 315 555 2718", "Cel.", "mobile"),
               Em("vospina@andinaseguros.com.co")],
         addr=["Calle 72 # 10-07, piso 8", "Bogotá D.C., Colombia"],
         street="Calle 72 # 10-07, piso 8", city="Bogotá", region="DC"),
    card("right-aligned", "GR", True, T("libertine", "lato", pal="sky", mark="circle",
                                        name_w="bold", name_size=38, co_size=24,
                                        body_size=20),
         P("Dimitrios", "Karagiannis"), "Dimitrios Karagiannis", v=1,
         co="Macedonian Olive Co. S.A.", title="Export Sales Manager",
         rows=[Ph("+30 2310 555 418", "T"), Ph("+30 697 555 2718", "M", "mobile"),
               Em("d.karagiannis@macedonianolive.gr")],
         addr=["26is Oktovriou 42", "546 27 Thessaloniki, Greece"],
         street="26is Oktovriou 42", city="Thessaloniki", postal="546 27"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "MY", True, T("opensans", pal="navy", mark="hex", name_w="bold",
                                    name_size=38, co_size=24, body_size=20),
         P("Chee Keong", "Ooi"), "Ooi Chee Keong", v=1,
         co="Straits Electronics Manufacturing Sdn. Bhd.",
         title="Senior Manager, Supply Chain",
         rows=[Ph("+60 4 555 4180", "T"), Ph("+60 12 555 2718", "H/P", "mobile"),
               Em("ck.ooi@straitselectronics.com.my")],
         addr=["Plot 45, Bayan Lepas Technoplex, Medan Bayan Lepas",
               "11900 Bayan Lepas, Pulau Pinang, Malaysia"],
         street="Plot 45, Bayan Lepas Technoplex, Medan Bayan Lepas", city="Bayan Lepas",
         postal="11900"),
    # ---------------------------------------------------------------- qr
    card("qr", "US", False, T("manrope", pal="purple", mark="circle", name_w="bold",
                              name_size=40, co_size=26, body_size=20),
         P("Tamika", "Jefferson-Reed"), "Tamika Jefferson-Reed", v=1,
         co="Cumberland Homes Realty", title="Realtor · Relocation Specialist",
         qr_caption="Scan for my listings",
         rows=[Ph("(615) 555-0129", "Cell", "mobile"), Ph("(615) 555-0100", "Office"),
               Em("tamika@cumberlandhomes.com")],
         addr=["4301 Hillsboro Pike, Suite 210", "Nashville, TN 37215"],
         street="4301 Hillsboro Pike, Suite 210", city="Nashville", region="TN",
         postal="37215"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "AU", False, T("spartan", "lato", pal="forest", name_w="bold",
                                    name_size=50, co_size=24, body_size=19),
         P("Finn", "McAlister"), "Finn McAlister",
         co="Derwent Wooden Boats", title="Boatbuilder & Shipwright",
         rows=[Ph("0491 570 944", "M", "mobile"), Ph("(03) 5550 7712", "W"),
               Em("finn@derwentwoodenboats.com.au")],
         addr=["2 Castray Esplanade, Battery Point TAS 7004"],
         street="2 Castray Esplanade", city="Battery Point", region="TAS", postal="7004"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "NL", False, T("lato", pal="cream", name_caps=True, name_track=6,
                                  name_w="regular", name_size=34, title_size=22, co_size=24,
                                  body_size=20),
         P("Sanne", "van der Linden"), "Sanne van der Linden", v=1,
         co="Studio Linden", title="Grafisch ontwerper",
         rows=[Ph("+31 6 5555 2718", "M", "mobile"), Em("sanne@studiolinden.nl"),
               Web("studiolinden.nl")],
         addr=["Oudegracht 214 bis", "3511 NT Utrecht"],
         street="Oudegracht 214 bis", city="Utrecht", postal="3511 NT"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "TR", True, T("opensans", pal="green", mark="leaf",
                                    co_size=36, name_size=40, body_size=19),
         P("Elif", "Aksoy", middle="Zeynep"), "Elif Zeynep Aksoy", v=1,
         co="Egeli Zeytincilik A.Ş.", tag="ZEYTİNYAĞI · SABUN · KOZMETİK",
         title="Dış Ticaret Uzmanı",
         rows=[Ph("+90 232 555 41 80", "T"), Ph("+90 533 555 27 18", "M", "mobile"),
               Em("elif.aksoy@egelizeytin.com.tr")],
         addr=["Merkez: Cumhuriyet Bulvarı No: 142 K: 5", "35210 Alsancak / İzmir, Türkiye",
               "Fabrika: Ayvalık OSB 3. Cadde No: 8, Balıkesir"],
         street="Cumhuriyet Bulvarı No: 142 K: 5, Alsancak", city="İzmir", postal="35210"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "PH", True, T("inter", pal="ink", mark="circle", name_w="bold",
                                 name_size=40, co_size=24, body_size=20),
         P("Jose Miguel", "Reyes", middle="S.", suffix="Jr."), "Jose Miguel S. Reyes Jr.", v=1,
         co="Luzon Digital Media Corp.", title="Account Director",
         rows=[Ph("+63 2 8555 4180 loc. 312", "Tel", "work", "312"),
               Ph("+63 917 555 2718", "Mobile", "mobile"), Em("jm.reyes@luzondigital.com.ph")],
         addr=["27F Tower One, Ayala Triangle, Ayala Avenue", "Makati City 1226, Philippines"],
         street="27F Tower One, Ayala Triangle, Ayala Avenue", city="Makati City",
         postal="1226"),
    # ---------------------------------------------------------------- grid
    card("grid", "HU", False, T("nimbussans", pal="burgundy", mark="square", name_w="bold",
                                name_size=40, co_size=24, body_size=21),
         P("Péter", "Nagy", prefix="dr."), "dr. Nagy Péter", v=1,
         co="Nagy és Társai Ügyvédi Iroda", title="ügyvéd",
         rows=[Ph("+36 1 555 4180", "TELEFON"), Ph("+36 20 555 2718", "MOBIL", "mobile"),
               Em("nagy.peter@nagyestarsai.hu", "E-MAIL")],
         addr=["1054 Budapest,", "Szabadság tér 7. III/2."], addr_label="CÍM",
         street="Szabadság tér 7. III/2.", city="Budapest", postal="1054"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "RO", True, T("roboto", pal="purple", mark="diamond", name_w="bold",
                                    name_size=40, co_size=24, body_size=19),
         P("Andrei", "Popescu", middle="Mihai"), "Andrei Mihai Popescu", v=1,
         co="Someș Software S.R.L.", title="Software Architect", dept="Cloud Platform Team",
         rows=[Ph("+40 264 555 418", "T"), Ph("+40 722 555 271", "M", "mobile"),
               Em("andrei.popescu@somes-software.ro")],
         addr=["Str. Memorandumului nr. 28, et. 3", "400114 Cluj-Napoca, România"],
         street="Str. Memorandumului nr. 28, et. 3", city="Cluj-Napoca", postal="400114"),
    # ---------------------------------------------------------------- footer
    card("footer", "NZ", True, T("gothic", "opensans", pal="teal", mark="tri", name_w="bold",
                                 name_size=40, co_size=24, body_size=19),
         P("Callum", "McKenzie", middle="J."), "Callum J. McKenzie", v=1,
         co="Tasman Geotechnical Ltd", title="Principal – Geotechnical Engineering",
         rows=[Ph("+64 9 555 4180", "P"), Ph("+64 21 555 2718", "M", "mobile"),
               Em("callum.mckenzie@tasmangeo.co.nz")],
         addr=["Auckland: Level 3, 16 Nugent Street, Grafton, Auckland 1023, New Zealand",
               "Christchurch: 12 Show Place, Addington, Christchurch 8024"],
         street="Level 3, 16 Nugent Street, Grafton", city="Auckland", postal="1023"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "CA", False, T("lato", pal="red", mark="square", name_w="bold",
                                    name_size=38, co_size=24, body_size=20),
         P("Marie-Ève", "Lalonde"), "Marie-Ève Lalonde",
         co="Conseil Rideau", title=["Conseillère principale, politiques",
                                     "Senior Policy Advisor"],
         title_truth="Conseillère principale, politiques",
         rows=[Ph("613-555-0148", "Tél. / Tel."), Ph("613-555-0187", "Cell.", "mobile"),
               Em("me.lalonde@conseilrideau.ca")],
         addr=["150, rue Elgin, bureau 1100", "Ottawa (Ontario)  K2P 1L4"],
         street="150, rue Elgin, bureau 1100", city="Ottawa", region="ON", postal="K2P 1L4"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "US", False, T("century", "opensans", pal="navy", name_w="bold",
                                      name_size=40, co_size=24, body_size=20),
         P("Robert", "Kaminski", middle="L.", suffix="III"), "Robert L. Kaminski III",
         co="Cuyahoga Savings Bank", title="Vice President, Commercial Lending",
         rows=[Ph("216-555-0135", "Direct"), Ph("216-555-0190", "Mobile", "mobile"),
               Em("rkaminski@cuyahogasavings.com")],
         addr=["1100 Superior Ave E, 14th Floor", "Cleveland, OH 44114"],
         street="1100 Superior Ave E, 14th Floor", city="Cleveland", region="OH",
         postal="44114"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "BE", False, T("manrope", pal="mist", mark="bars", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Lotte", "Vermeulen"), "Lotte Vermeulen",
         co="Vermeulen & Claes Architecten", title="Architect-vennoot",
         rows=[Ph("+32 9 555 41 80", "T"), Ph("+32 486 55 27 18", "GSM", "mobile"),
               Em("lotte@vermeulenclaes.be")],
         addr=["Coupure Links 653 bus 2, 9000 Gent"],
         street="Coupure Links 653 bus 2", city="Gent", postal="9000"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "GB", False, T("garamond", "lato", pal="cream", mark="square",
                                 name_w="bold", name_size=40, co_size=24, body_size=20),
         P("Sioned", "Pritchard", prefix="Dr"), "Dr Sioned Pritchard",
         co=["Coleg Glannau Menai", "Menai Shores College"], company="Coleg Glannau Menai",
         title=["Darlithydd mewn Cemeg", "Lecturer in Chemistry"],
         title_truth="Darlithydd mewn Cemeg",
         rows=[Ph("01632 960 457", "Ffôn / Tel"), Ph("07700 900 736", "Symudol / Mobile",
                                                     "mobile"),
               Em("s.pritchard@glannaumenai.ac.uk")],
         addr=["Adeilad Menai, Ffordd Deiniol", "Menai Building, Deiniol Road",
               "Bangor LL57 2UW"],
         street="Adeilad Menai, Ffordd Deiniol", city="Bangor", postal="LL57 2UW"),
]

SPECS20: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "DE", False, T("opensans", pal="ink", mark="bars", name_w="semibold",
                                   name_size=40, co_size=24, body_size=20),
         P("Matthias", "Lehmann", prefix="Dipl.-Kfm."), "Dipl.-Kfm. Matthias Lehmann",
         co="Rheinfeld Sensorik GmbH", title="Leiter Einkauf", dept="Zentralbereich Beschaffung",
         rows=[Ph("+49 221 5554 180", "Tel."), Ph("+49 221 5554 189", "Fax", "fax"),
               Ph("+49 172 555 2718", "Mobil", "mobile"), Em("m.lehmann@rheinfeld-sensorik.de")],
         addr=["Widdersdorfer Straße 190", "50825 Köln"],
         street="Widdersdorfer Straße 190", city="Köln", postal="50825"),
    card("classic", "IN", False, T("lato", pal="teal", mark="leaf", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Priya", "Narayanan", middle="Lakshmi"), "Priya Lakshmi Narayanan", v=1,
         co="Deccan Finserve Pvt. Ltd.", title="Assistant Vice President – Credit Risk",
         rows=[Ph("+91 80 5555 4180", "Tel"), Ph("+91 98455 52718", "Mobile", "mobile"),
               Em("priya.narayanan@deccanfinserve.co.in")],
         addr=["No. 14, 3rd Floor, Prestige Meridian", "MG Road, Bengaluru 560 001, Karnataka"],
         street="No. 14, 3rd Floor, Prestige Meridian, MG Road", city="Bengaluru", region="KA",
         postal="560 001"),
    # ---------------------------------------------------------------- centred
    card("centred", "CH", False, T("garamond", "lato", pal="cream", name_w="semibold",
                                   name_size=40, co_size=28, body_size=20, co_caps=True,
                                   co_track=3),
         P("Nicolas", "Gobet"), "Nicolas Gobet",
         co="Sarine Précision SA", tag="MICROMÉCANIQUE · MIKROMECHANIK",
         title=["Responsable des ventes", "Verkaufsleiter"], title_truth="Responsable des ventes",
         rows=[Ph("+41 26 555 41 80", "T"), Ph("+41 79 555 27 18", "M", "mobile"),
               Em("n.gobet@sarine-precision.ch")],
         addr=["Route de la Glâne 107", "1700 Fribourg / Freiburg"],
         street="Route de la Glâne 107", city="Fribourg", postal="1700"),
    card("centred", "GR", True, T("libertine", "opensans", pal="ink", name_w="semibold",
                                  name_size=40, co_size=24, body_size=20),
         P("Eleni", "Markopoulou"), "Eleni Markopoulou", v=1,
         co="Markopoulou & Associates Law Firm", title="Managing Partner, Shipping Finance",
         rows=[Ph("+30 210 555 4180", "T"), Ph("+30 697 555 2718", "M", "mobile"),
               Em("e.markopoulou@markolaw.gr")],
         addr=["Vasilissis Sofias 23, 106 74 Athens, Greece"],
         street="Vasilissis Sofias 23", city="Athens", postal="106 74"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "BR", False, T("roboto", pal="green", mark="circle", name_w="bold",
                                       name_size=38, co_size=24, body_size=19),
         P("Ana Beatriz", "Figueiredo"), "Ana Beatriz Figueiredo",
         co="Pampa Seguros S.A.", title="Gerente de Contas Corporativas",
         dept="Diretoria Comercial – Região Sul",
         rows=[Ph("+55 51 5555-4180 ramal 214", "Tel.", "work", "214"),
               Ph("+55 51 95555-2718", "Cel.", "mobile"), Em("ana.figueiredo@pampaseguros.com.br")],
         addr=["Av. Carlos Gomes, 700, 12º andar", "Boa Vista – Porto Alegre/RS",
               "CEP 90480-000"],
         street="Av. Carlos Gomes, 700, 12º andar, Boa Vista", city="Porto Alegre", region="RS",
         postal="90480-000"),
    card("two-columns", "SE", False, T("inter", pal="sky", mark="square", name_w="bold",
                                       name_size=38, co_size=24, body_size=19),
         P("Karin", "Lindqvist"), "Karin Lindqvist", v=1,
         co="Norrström Bygg AB", title="Projektledare", dept="Team Anläggning",
         rows=[Ph("018-55 41 80", "Tel"), Ph("070-555 27 18", "Mobil", "mobile"),
               Em("karin.lindqvist@norrstrombygg.se")],
         addr=["Kungsängsvägen 31, 753 23 Uppsala"],
         street="Kungsängsvägen 31", city="Uppsala", postal="753 23"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "JP", True, T("nimbussans", pal="red", mark="circle", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Aiko", "Watanabe"), "WATANABE Aiko",
         co="Tohoku Seimitsu Kogyo Co., Ltd.",
         title=["Manager,", "Overseas Business Development"],
         rows=[Ph("+81 22 555 4180", "TEL"), Ph("+81 90 5555 2718", "Mobile", "mobile"),
               Em("a.watanabe@tohoku-seimitsu.co.jp")],
         addr=["2-14-7 Kokubuncho, Aoba-ku", "Sendai, Miyagi 980-0803, Japan"],
         street="2-14-7 Kokubuncho, Aoba-ku", city="Sendai", postal="980-0803"),
    card("vertical", "KR", True, T("manrope", pal="sky", mark="hex", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Ji-woo", "Choi"), "Choi Ji-woo", v=1,
         co="Hanbit Energy Solutions Co., Ltd.", title="Senior Researcher",
         dept="Battery Materials Lab",
         rows=[Ph("+82 42 555 4180", "T"), Ph("+82 10 5555 2718", "M", "mobile"),
               Em("jiwoo.choi@hanbitenergy.co.kr")],
         addr=["Hanbit R&D Campus, 188 Munji-ro, Yuseong-gu", "Daejeon 34122, Korea"],
         street="Hanbit R&D Campus, 188 Munji-ro, Yuseong-gu", city="Daejeon", postal="34122"),
    # ---------------------------------------------------------------- dark
    card("dark", "ZA", False, T("inter", pal="forest", mark="leaf", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Sipho", "Mahlangu", middle="B.", cred="CA(SA)"), "Sipho B. Mahlangu CA(SA)",
         co="Mahlangu Dube Inc.", title="Audit Partner",
         rows=[Ph("+27 11 555 4180", "T"), Ph("+27 82 555 2718", "M", "mobile"),
               Em("sipho@mahlangudube.co.za")],
         addr=["3rd Floor, 90 Rivonia Road", "Sandton, 2196"],
         street="3rd Floor, 90 Rivonia Road", city="Sandton", postal="2196"),
    card("dark", "US", False, T("lato", pal="navy", mark="bars", name_w="bold",
                                name_size=40, co_size=24, body_size=20, co_caps=True),
         P("Anthony", "Castellano", middle="R."), "Anthony R. Castellano", v=1,
         co="Harbor Point Capital", title="Managing Director",
         dept="Healthcare Investment Banking",
         rows=[Ph("212-555-0173", "Direct"), Ph("917-555-0126", "Mobile", "mobile"),
               Em("acastellano@harborpointcap.com")],
         addr=["One Liberty Plaza, 38th Floor", "New York, NY 10006"],
         street="One Liberty Plaza, 38th Floor", city="New York", region="NY", postal="10006"),
    # ---------------------------------------------------------------- band
    card("band", "CL", True, T("opensans", pal="sky", mark="arc", name_w="bold",
                               name_size=40, co_size=24, body_size=20),
         P("Constanza", "Pérez Lagos"), "Constanza Pérez Lagos",
         co="Salmones Reloncaví S.A.", title="Gerente de Operaciones",
         dept="Planta Chinquihue",
         rows=[Ph("+56 65 255 4180", "Fono"), Ph("+56 9 7555 2718", "Cel.", "mobile"),
               Em("cperez@salmonesreloncavi.cl")],
         addr=["Av. Diego Portales 2000, of. 1304", "Puerto Montt, Chile"],
         street="Av. Diego Portales 2000, of. 1304", city="Puerto Montt"),
    card("band", "AU", False, T("karla", pal="orange", mark="tri", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Georgia", "Pappas"), "Georgia Pappas", v=1,
         co="Swan River Planning Pty Ltd", title="Principal Town Planner",
         rows=[Ph("(08) 5550 4180", "P"), Ph("0491 570 318", "M", "mobile"),
               Em("georgia@swanriverplanning.com.au")],
         addr=["Level 2, 25 Barrack Street", "Perth WA 6000"],
         street="Level 2, 25 Barrack Street", city="Perth", region="WA", postal="6000"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "TW", True, T("roboto", pal="mist", co_size=24, name_size=38,
                                   body_size=20, name_w="bold"),
         P("Shu-Fen", "Huang"), "HUANG Shu-Fen",
         mono="HT", co="Hsin Tai Biotech Corp.",
         title=["Quality Assurance Div.", "Director"],
         title_truth="Director", dept_truth="Quality Assurance Div.",
         rows=[Ph("+886 2 2555 4180 #205", "Tel", "work", "205"),
               Ph("+886 935 555 718", "Mobile", "mobile"), Em("sf.huang@hsintaibio.com.tw")],
         addr=["11F, No. 168, Sec. 2, Zhongshan N. Rd.",
               "Zhongshan Dist., Taipei City 104, Taiwan"],
         street="11F, No. 168, Sec. 2, Zhongshan N. Rd., Zhongshan Dist.", city="Taipei City",
         postal="104"),
    card("monogram", "CA", False, T("palladio", "lato", pal="burgundy", co_size=24,
                                    name_size=38, body_size=20, name_w="bold"),
         P("Jean-François", "Bélanger", cred="CPA"), "Jean-François Bélanger, CPA", v=1,
         mono="BL", co="Bélanger Lavoie CPA inc.", title="Associé, Fiscalité",
         rows=[Ph("418 555-0153", "Tél."), Ph("418 555-0198", "Cell.", "mobile"),
               Em("jf.belanger@belangerlavoie.ca")],
         addr=["2600, boul. Laurier, bureau 850", "Québec (Québec)  G1V 4W1"],
         street="2600, boul. Laurier, bureau 850", city="Québec", region="QC",
         postal="G1V 4W1"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "NO", False, T("spartan", "opensans", pal="navy", mark="arc",
                                       name_w="bold", name_size=38, co_size=26, body_size=20,
                                       co_caps=True),
         P("Kristian", "Haugland", middle="Eide"), "Kristian Eide Haugland",
         co="Nordhav Energi AS", title=["Prosjektleder,", "Havvind"],
         rows=[Ph("+47 55 55 41 80", "Tlf"), Ph("+47 915 52 718", "Mob", "mobile"),
               Em("kristian.haugland@nordhav.no")],
         addr=["Strandkaien 2, 5013 Bergen"],
         street="Strandkaien 2", city="Bergen", postal="5013"),
    card("company-top", "PK", True, T("robotoslab", "roboto", pal="gold", mark="diamond",
                                      name_w="bold", name_size=38, co_size=26, body_size=20,
                                      co_caps=True),
         P("Muhammad", "Hassan", middle="Ali"), "Muhammad Ali Hassan", v=1,
         co=["Indus Textile", "Mills (Pvt.) Ltd."], company="Indus Textile Mills (Pvt.) Ltd.",
         title="General Manager – Exports",
         rows=[Ph("+92 41 555 4180", "Tel"), Ph("+92 41 555 4189", "Fax", "fax"),
               Ph("+92 300 555 2718", "Cell", "mobile"), Em("ali.hassan@industextile.com.pk")],
         addr=["P-145, Sargodha Road", "Faisalabad 38000, Pakistan"],
         street="P-145, Sargodha Road", city="Faisalabad", postal="38000"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "FI", False, T("quicksand", pal="mist", name_w="bold", name_size=42,
                                   co_size=24, body_size=21),
         P("Aino", "Virtanen"), "Aino Virtanen",
         title="Sisustusarkkitehti",
         rows=[Ph("040 555 2718", "puh."), Em("aino@studioaino.fi"), Web("studioaino.fi")],
         addr=["Hämeenkatu 18 A 4, 33200 Tampere"],
         street="Hämeenkatu 18 A 4", city="Tampere", postal="33200"),
    # ---------------------------------------------------------------- labels
    card("labels", "GB", False, T("garamond", "lato", pal="burgundy", mark="square",
                                  name_w="semibold", name_size=40, co_size=24, body_size=20),
         P("Alastair", "Pennington", middle="J.", cred="FRICS"),
         "Alastair J. Pennington FRICS",
         co="Calder Pennington LLP", title="Associate Director, Building Consultancy",
         rows=[Ph("0131 496 0412", "DD:"), Ph("07700 900 613", "M:", "mobile"),
               Em("a.pennington@calderpennington.co.uk", "E:")],
         addr=["Princes Exchange, 1 Earl Grey Street", "Edinburgh EH3 9EE"],
         street="Princes Exchange, 1 Earl Grey Street", city="Edinburgh", postal="EH3 9EE"),
    card("labels", "IL", True, T("opensans", pal="sky", mark="rings", name_w="bold",
                                 name_size=40, co_size=24, body_size=20),
         P("Tamar", "Shapiro"), "Tamar Shapiro", v=1,
         co="Negev Water Technologies Ltd.", title="VP, Business Development",
         rows=[Ph("+972 8 655 4180", "Tel:"), Ph("+972 8 655 4189", "Fax:", "fax"),
               Ph("+972 52 555 2718", "Mobile:", "mobile"), Em("tamar@negevwater.co.il", "Email:")],
         addr=["Gav-Yam Negev Park, Building 3", "Be'er Sheva 8489101, Israel"],
         street="Gav-Yam Negev Park, Building 3", city="Be'er Sheva", postal="8489101"),
    # ---------------------------------------------------------------- icons
    card("icons", "MY", True, T("lato", pal="green", mark="leaf", name_w="bold",
                                name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Muhammad Faiz", "bin Abdul Rahman"), "Muhammad Faiz bin Abdul Rahman",
         co="Borneo Palm Holdings Berhad", title="Senior Executive",
         dept="Corporate Communications",
         rows=[Ph("+60 82 555 418"), Ph("+60 19 555 2718", None, "mobile"),
               Em("faiz.rahman@borneopalm.com.my")],
         addr=["Lot 2184, Jalan Pending", "93450 Kuching, Sarawak, Malaysia"],
         street="Lot 2184, Jalan Pending", city="Kuching", postal="93450"),
    card("icons", "PH", True, T("inter", pal="purple", mark="circle", name_w="bold",
                                name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Ma. Cristina", "Dela Cruz", middle="L."), "Ma. Cristina L. Dela Cruz", v=1,
         co="Mindanao Shared Services Inc.", title="HR Business Partner",
         dept="People & Culture",
         rows=[Ph("+63 82 555 4180"), Ph("+63 917 555 2718", None, "mobile"),
               Em("cristina.delacruz@mindanaoss.com.ph")],
         addr=["3F Abreeza Corporate Center, J.P. Laurel Ave.",
               "Bajada, Davao City 8000, Philippines"],
         street="3F Abreeza Corporate Center, J.P. Laurel Ave., Bajada", city="Davao City",
         postal="8000"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "US", False, T("roboto", pal="red", mark="square", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Kevin", "O'Brien"), "Kevin O'Brien",
         co="Cascade Garage Door Co.", title="Owner & Lead Technician",
         rows=[[Ph("(206) 555-0117", "o"), Ph("(206) 555-0158", "c", "mobile")],
               [Em("kevin@cascadegaragedoor.com"), Web("cascadegaragedoor.com")]],
         sep=" | ",
         addr=["8421 Aurora Ave N, Seattle, WA 98103"],
         street="8421 Aurora Ave N", city="Seattle", region="WA", postal="98103"),
    card("one-line", "DK", False, T("karla", pal="teal", mark="arc", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Line", "Sørensen", middle="Damgaard"), "Line Damgaard Sørensen", v=1,
         co="Damgaard Landskab ApS", title="Landskabsarkitekt, partner",
         rows=[[Ph("+45 33 55 41 80", "T"), Ph("+45 28 55 27 18", "M", "mobile")],
               [Em("line@damgaardlandskab.dk"), Web("damgaardlandskab.dk")]],
         addr=["Vesterbrogade 149, 1620 København V"],
         street="Vesterbrogade 149", city="København V", postal="1620"),
    # ---------------------------------------------------------------- dense
    card("dense", "GB", False, T("libertine", "opensans", pal="navy", mark="square",
                                 name_w="bold", name_size=38, co_size=24, body_size=19),
         P("Oliver", "Whitcombe", prefix="Professor", middle="J."),
         "Professor Oliver J. Whitcombe",
         co="Trent Valley University", title="Head of School",
         dept="School of Mechanical Engineering",
         rows=[Ph("0115 496 0528", "T"), Ph("07700 900 247", "M", "mobile"),
               Em("oliver.whitcombe@trentvalley.ac.uk", "E")],
         addr=["Room B14, Coates Building", "University Park, Nottingham NG7 2RD"],
         street="Room B14, Coates Building, University Park", city="Nottingham",
         postal="NG7 2RD"),
    card("dense", "IN", False, T("carlito", pal="ink", mark="bars", name_w="bold",
                                 name_size=38, co_size=24, body_size=19),
         P("Rohan", "Deshpande", middle="V."), "Rohan V. Deshpande", v=1,
         co="Sahyadri Co-operative Bank Ltd.", title="Chief Manager",
         dept="Treasury & Forex Operations",
         rows=[Ph("020 5555 4180", "Tel"), Ph("020 5555 4189", "Fax", "fax"),
               Ph("+91 98220 52718", "Mob", "mobile"), Em("rv.deshpande@sahyadribank.in")],
         addr=["Sahyadri Bhavan, 1187/22 Shivajinagar", "Pune – 411 005, Maharashtra"],
         street="Sahyadri Bhavan, 1187/22 Shivajinagar", city="Pune", region="MH",
         postal="411 005"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "CO", True, T("cabin", pal="gold", mark="diamond", name_w="bold",
                                        name_size=38, co_size=24, body_size=20),
         P("Juan Sebastián", "Cárdenas Ríos"), "Juan Sebastián Cárdenas Ríos",
         co="Cárdenas & Ríos Abogados S.A.S.", title="Socio – Derecho Corporativo",
         rows=[Ph("(602) 555 4180", "PBX"), Ph("+57 315 555 2718", "Cel.", "mobile"),
               Em("jscardenas@cardenasrios.com.co")],
         addr=["Calle 10 # 4-47, oficina 1102", "Cali, Valle del Cauca, Colombia"],
         street="Calle 10 # 4-47, oficina 1102", city="Cali", region="VAC"),
    card("right-aligned", "TR", True, T("opensans", pal="red", mark="tri", name_w="bold",
                                        name_size=38, co_size=24, body_size=20),
         P("Mehmet", "Karataş", middle="Emin"), "Mehmet Emin Karataş", v=1,
         co=["Karadeniz Lojistik", "Taşımacılık A.Ş."],
         company="Karadeniz Lojistik Taşımacılık A.Ş.",
         title="Satış Müdürü", dept="Uluslararası Taşımacılık",
         rows=[Ph("+90 362 555 41 80", "T"), Ph("+90 532 555 27 18", "M", "mobile"),
               Em("mehmet.karatas@karadenizlojistik.com.tr")],
         addr=["Atatürk Cad. No: 45 Kat: 3", "55200 Atakum / Samsun, Türkiye"],
         street="Atatürk Cad. No: 45 Kat: 3, Atakum", city="Samsun", postal="55200"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "MA", True, T("lato", pal="orange", mark="hex", name_w="bold",
                                    name_size=38, co_size=24, body_size=19),
         P("Nadia", "El Fassi"), "Nadia El Fassi",
         co="Argania Export SARL", title=["Directrice Générale", "Managing Director"],
         title_truth="Directrice Générale",
         rows=[Ph("+212 524 33 41 80", "Tél."), Ph("+212 661 55 27 18", "GSM", "mobile"),
               Em("n.elfassi@argania-export.ma")],
         addr=["Zone Industrielle Sidi Ghanem, Lot 412", "40110 Marrakech, Maroc"],
         street="Zone Industrielle Sidi Ghanem, Lot 412", city="Marrakech", postal="40110"),
    # ---------------------------------------------------------------- qr
    card("qr", "US", False, T("inter", pal="teal", mark="rings", name_w="bold",
                              name_size=40, co_size=26, body_size=20),
         P("Jennifer", "Morales", middle="A.", cred="RN, BSN"), "Jennifer A. Morales, RN, BSN",
         co="St. Brendan Medical Center", title="Clinical Nurse Manager",
         dept="Cardiac Step-Down Unit", qr_caption="Scan to save contact",
         rows=[Ph("(602) 555-0148", "Office"), Ph("(602) 555-0193", "Cell", "mobile"),
               Em("jmorales@stbrendanmc.org")],
         addr=["2400 N Central Ave", "Phoenix, AZ 85004"],
         street="2400 N Central Ave", city="Phoenix", region="AZ", postal="85004"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "CA", False, T("spartan", "lato", pal="plum", name_w="bold",
                                    name_size=50, co_size=24, body_size=19),
         P("Ava", "Kowalchuk"), "Ava Kowalchuk",
         co="Prairie Sky Realty", title="Sales Representative",
         rows=[Ph("204-555-0167", "Cell", "mobile"), Ph("204-555-0100", "Office"),
               Em("ava@prairieskyrealty.ca")],
         addr=["1550 Portage Ave, Winnipeg, MB  R3G 0W4"],
         street="1550 Portage Ave", city="Winnipeg", region="MB", postal="R3G 0W4"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "DE", False, T("manrope", pal="cream", name_caps=True, name_track=6,
                                  name_w="regular", name_size=34, title_size=22, co_size=24,
                                  body_size=20),
         P("Lena", "Hoffmann"), "Lena Hoffmann",
         co="Atelier Hoffmann", title="Fotografin & Art Director",
         rows=[Ph("+49 176 5552 7183", "M", "mobile"), Em("lena@atelier-hoffmann.de"),
               Web("atelier-hoffmann.de")],
         addr=["Karl-Heine-Straße 85", "04229 Leipzig"],
         street="Karl-Heine-Straße 85", city="Leipzig", postal="04229"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "BR", True, T("spartan", "opensans", pal="burgundy", mark="square",
                                    co_size=34, name_size=40, body_size=19),
         P("Thiago", "Batista", middle="Henrique"), "Thiago Henrique Batista", v=1,
         co="Cerâmica Vale do Sapucaí Ltda.", tag="REVESTIMENTOS CERÂMICOS",
         title="Gerente Comercial – Exportação",
         rows=[Ph("+55 11 5555-4180", "T"), Ph("+55 35 95555-2718", "C", "mobile"),
               Em("thiago.batista@ceramicasapucai.com.br")],
         addr=["Escritório: Rua Funchal, 418, conj. 2201 – Vila Olímpia",
               "São Paulo – SP, 04551-060, Brasil",
               "Fábrica: Rod. MG-290, km 12, Pouso Alegre – MG"],
         street="Rua Funchal, 418, conj. 2201, Vila Olímpia", city="São Paulo", region="SP",
         postal="04551-060"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "KR", True, T("inter", pal="ink", mark="circle", name_w="bold",
                                 name_size=40, co_size=24, body_size=20),
         P("Hyun-woo", "Jang"), "Hyun-woo Jang", v=1,
         co="Hangang Digital Bank", title="UX Design Lead", dept="Mobile Banking Squad",
         rows=[Ph("+82 2 555 4180", "T"), Ph("+82 10 5555 2718", "M", "mobile"),
               Em("hyunwoo.jang@hangangbank.co.kr")],
         addr=["23F, 26 Gukjegeumyung-ro 8-gil, Yeongdeungpo-gu", "Seoul 07327, Korea"],
         street="23F, 26 Gukjegeumyung-ro 8-gil, Yeongdeungpo-gu", city="Seoul",
         postal="07327"),
    # ---------------------------------------------------------------- grid
    card("grid", "CH", False, T("nimbussans", pal="mist", mark="square", name_w="bold",
                                name_size=40, co_size=24, body_size=21),
         P("Martina", "Keller-Bühler", prefix="Dr."), "Dr. Martina Keller-Bühler", v=1,
         co="Limmat Legal AG", title="Rechtsanwältin, Partnerin",
         rows=[Ph("+41 44 555 41 80", "TEL"), Ph("+41 78 555 27 18", "MOBILE", "mobile"),
               Em("m.keller@limmatlegal.ch", "E-MAIL")],
         addr=["Bahnhofstrasse 64", "Postfach", "8021 Zürich"], addr_label="ADRESSE",
         street="Bahnhofstrasse 64, Postfach", city="Zürich", postal="8021"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "ZA", False, T("roboto", pal="green", mark="leaf", name_w="bold",
                                     name_size=40, co_size=24, body_size=19),
         P("Nomvula", "Zulu", middle="P."), "Nomvula P. Zulu",
         co="Umgeni Water Solutions (Pty) Ltd", title="Head: Talent Management",
         rows=[Ph("+27 31 555 4180", "Tel"), Ph("+27 83 555 2718", "Cell", "mobile"),
               Em("nomvula.zulu@umgeniwater.co.za")],
         addr=["12 Walnut Road, Durban, 4001"],
         street="12 Walnut Road", city="Durban", postal="4001"),
    # ---------------------------------------------------------------- footer
    card("footer", "JP", True, T("gothic", "opensans", pal="charcoal", mark="bars",
                                 name_w="bold", name_size=40, co_size=24, body_size=19),
         P("Kenji", "Morimoto"), "Kenji Morimoto",
         co="Chubu Kasei Kogyo Co., Ltd.", title="Deputy General Manager",
         dept="Global Procurement Dept.",
         rows=[Ph("+81 52 555 4180", "T"), Ph("+81 80 5555 2718", "M", "mobile"),
               Em("k.morimoto@chubukasei.co.jp")],
         addr=["2-8-15 Meieki, Nakamura-ku, Nagoya 450-0002, Japan"],
         street="2-8-15 Meieki, Nakamura-ku", city="Nagoya", postal="450-0002"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "PE", True, T("lato", pal="teal", mark="circle", name_w="bold",
                                   name_size=38, co_size=24, body_size=20),
         P("Lucía", "Paredes Castillo", middle="Fernanda"), "Lucía Fernanda Paredes Castillo",
         co="Pesquera Costa Norte S.A.C.", title="Jefa de Calidad", dept="Planta de Congelados",
         rows=[Ph("+51 1 555 4180", "Telf."), Ph("+51 998 555 271", "Cel.", "mobile"),
               Em("lparedes@costanorte.com.pe")],
         addr=["Oficina: Av. Camino Real 348, of. 701, San Isidro, Lima 15073, Perú",
               "Planta: Zona Industrial II Mz. B Lote 4, Paita, Piura"],
         street="Av. Camino Real 348, of. 701, San Isidro", city="Lima", postal="15073"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "US", False, T("century", "opensans", pal="forest", name_w="bold",
                                      name_size=40, co_size=24, body_size=20),
         P("Samantha", "Greer", cred="CFP"), "Samantha Greer, CFP",
         co="Blue Ridge Wealth Partners", title="Senior Wealth Advisor",
         rows=[Ph("828-555-0134", "Office"), Ph("828-555-0172", "Cell", "mobile"),
               Em("sgreer@blueridgewp.com")],
         addr=["54 Broadway, Suite 200", "Asheville, NC 28801"],
         street="54 Broadway, Suite 200", city="Asheville", region="NC", postal="28801"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "BE", False, T("karla", pal="purple", mark="rings", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Marc-Antoine", "Lejeune"), "Marc-Antoine Lejeune",
         co="Meuse Fret Logistique SRL", title="Responsable logistique",
         rows=[Ph("+32 4 555 41 80", "T"), Ph("+32 478 55 27 18", "GSM", "mobile"),
               Em("ma.lejeune@meusefret.be")],
         addr=["Rue Saint-Gilles 58, bte 3", "4000 Liège"],
         street="Rue Saint-Gilles 58, bte 3", city="Liège", postal="4000"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "AU", False, T("palladio", "lato", pal="cream", mark="square",
                                 name_w="bold", name_size=40, co_size=24, body_size=20),
         P("Mei Ling", "Tan", prefix="Dr", cred="BDSc"), "Dr Mei Ling Tan BDSc",
         co="Brunswick Street Dental", title="Principal Dentist",
         rows=[Ph("(03) 5550 4180", "T"), Ph("(03) 5550 4189", "F", "fax"),
               Em("reception@brunswickstdental.com.au")],
         addr=["Suite 3, 212 Brunswick Street", "Fitzroy VIC 3065"],
         street="Suite 3, 212 Brunswick Street", city="Fitzroy", region="VIC", postal="3065"),
]


SPECS21: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "DE", False, T("roboto", pal="mist", mark="hex", name_w="medium",
                                   name_size=40, co_size=24, body_size=20, co_caps=True,
                                   co_track=1),
         P("Stefan", "Brandt", prefix="Dr.-Ing."), "Dr.-Ing. Stefan Brandt",
         co="Wesertal Anlagenbau GmbH", tag="FÖRDERTECHNIK · STAHLBAU",
         title="Leiter Konstruktion", dept="Geschäftsbereich Hafenkrane",
         rows=[Ph("+49 421 5554 180", "Tel."), Ph("+49 421 5554 199", "Fax", "fax"),
               Ph("+49 160 555 2718", "Mobil", "mobile"),
               Em("s.brandt@wesertal-anlagenbau.de", "E-Mail")],
         addr=["Hafenstraße 12a", "28217 Bremen"],
         street="Hafenstraße 12a", city="Bremen", postal="28217"),
    card("classic", "AU", False, T("inter", pal="sky", mark="arc", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Liam", "Nguyen", middle="Quoc"), "Liam Quoc Nguyen", v=1,
         co="Tidewater Civil Pty Ltd",
         title=["Senior Project Engineer –", "Marine Structures"],
         rows=[Ph("(07) 5550 4180", "T"), Ph("0491 570 227", "M", "mobile"),
               Em("liam.nguyen@tidewatercivil.com.au", "E")],
         addr=["Level 9, 120 Edward Street", "Brisbane City QLD 4000"],
         street="Level 9, 120 Edward Street", city="Brisbane City", region="QLD",
         postal="4000"),
    # ---------------------------------------------------------------- centred
    card("centred", "BE", False, T("palladio", "opensans", pal="ink", name_w="bold",
                                   name_size=40, co_size=26, body_size=20),
         P("Pieter", "Van den Broeck"), "Pieter Van den Broeck",
         co="Iris Courtage SA/NV", tag="ASSURANCES · VERZEKERINGEN",
         title=["Directeur commercial", "Commercieel directeur"],
         title_truth="Directeur commercial",
         rows=[Ph("+32 2 555 41 80", "T"), Ph("+32 475 55 27 18", "GSM", "mobile"),
               Em("p.vandenbroeck@iriscourtage.be")],
         addr=["Avenue Louise 231 Louizalaan", "1050 Bruxelles / Brussel"],
         street="Avenue Louise 231", city="Bruxelles", postal="1050"),
    card("centred", "IL", True, T("lato", pal="teal", mark="rings", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Yael", "Ben-David", prefix="Dr."), "Dr. Yael Ben-David", v=1,
         co="Carmel Medical Imaging Ltd.", title="Director of Clinical Affairs",
         rows=[Ph("+972 4 855 4180", "Tel"), Ph("+972 54 555 2718", "Mobile", "mobile"),
               Em("yael.bd@carmelimaging.co.il")],
         addr=["MATAM Advanced Technology Park, Building 22", "Haifa 3508409, Israel"],
         street="MATAM Advanced Technology Park, Building 22", city="Haifa",
         postal="3508409"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "BR", False, T("libertine", "lato", pal="burgundy", mark="square",
                                       name_w="semibold", name_size=38, co_size=24,
                                       body_size=19),
         P("Carlos Eduardo", "Nogueira"), "Carlos Eduardo Nogueira",
         co="Nogueira & Prado Advogados", title=["Sócio,", "Direito Tributário"],
         rows=[Ph("+55 11 3555-4180", "Tel."), Ph("+55 11 95555-2718", "Cel.", "mobile"),
               Em("cen@nogueiraprado.adv.br")],
         addr=["Av. Brigadeiro Faria Lima, 3477, 14º andar", "Itaim Bibi – São Paulo – SP",
               "04538-133"],
         street="Av. Brigadeiro Faria Lima, 3477, 14º andar, Itaim Bibi", city="São Paulo",
         region="SP", postal="04538-133"),
    card("two-columns", "FI", False, T("opensans", pal="sky", mark="bars", name_w="bold",
                                       name_size=38, co_size=24, body_size=19),
         P("Mikael", "Lindholm"), "Mikael Lindholm", v=1,
         co="Saaristo Marine Oy Ab", title=["Myyntijohtaja", "Försäljningsdirektör"],
         title_truth="Myyntijohtaja",
         rows=[Ph("+358 9 5555 4180", "Puh."), Ph("+358 40 555 2718", "Mob.", "mobile"),
               Em("mikael.lindholm@saaristomarine.fi")],
         addr=["Porkkalankatu 24 / Porkalagatan 24", "00180 Helsinki / Helsingfors"],
         street="Porkkalankatu 24", city="Helsinki", postal="00180"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "JP", True, T("roboto", pal="ink", mark="circle", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Takeshi", "Ogawa"), "OGAWA Takeshi",
         co="Setouchi Zosen Co., Ltd.",
         title=["Hull Design Section", "Chief Engineer"],
         title_truth="Chief Engineer", dept_truth="Hull Design Section",
         rows=[Ph("+81 82 555 4180", "TEL"), Ph("+81 82 555 4189", "FAX", "fax"),
               Em("t-ogawa@setouchi-zosen.co.jp", "E-mail")],
         addr=["1-4-22 Ujina-kaigan, Minami-ku", "Hiroshima 734-0011, Japan"],
         street="1-4-22 Ujina-kaigan, Minami-ku", city="Hiroshima", postal="734-0011"),
    card("vertical", "KR", True, T("inter", pal="navy", mark="diamond", name_w="bold",
                                   name_size=40, co_size=24, body_size=19),
         P("Seo-yeon", "Park"), "Seo-yeon Park", v=1,
         co="Daehan Precision Co., Ltd.", title="Assistant Manager, Export Sales",
         rows=[Ph("+82 2 555 4180", "T"), Ph("+82 10 5555 2718", "M", "mobile"),
               Em("sy.park@daehanprecision.co.kr", "E")],
         addr=["HQ: 15F, 302 Teheran-ro, Gangnam-gu", "Seoul 06210, Korea",
               "Factory: 88 Sandan-ro, Pyeongtaek-si", "Gyeonggi-do 17862, Korea"],
         street="15F, 302 Teheran-ro, Gangnam-gu", city="Seoul", postal="06210"),
    # ---------------------------------------------------------------- dark
    card("dark", "ZA", False, T("manrope", pal="charcoal", mark="tri", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Thabo", "Nkosi", middle="J.", cred="Pr.Sci.Nat."), "Thabo J. Nkosi Pr.Sci.Nat.",
         co=["Highveld Mining", "Consultants (Pty) Ltd"],
         company="Highveld Mining Consultants (Pty) Ltd", title="Principal Geologist",
         rows=[Ph("+27 11 555 4180", "T"), Ph("+27 82 555 6613", "C", "mobile"),
               Em("thabo.nkosi@highveldmining.co.za", "E")],
         addr=["Building 4, Woodmead Office Park", "145 Western Service Road, Woodmead, 2191"],
         street="Building 4, Woodmead Office Park, 145 Western Service Road", city="Woodmead",
         postal="2191"),
    card("dark", "US", False, T("spartan", "roboto", pal="black", mark="bars", name_w="bold",
                                name_size=40, co_size=24, body_size=20, co_caps=True,
                                co_track=2),
         P("Marcus", "Bell", middle="D.", suffix="Jr."), "Marcus D. Bell Jr.", v=1,
         co="Lakeshore Commercial Roofing", title="Senior Estimator",
         rows=[Ph("(773) 555-0142", "Office"), Ph("(312) 555-0187", "Cell", "mobile"),
               Em("mbell@lakeshoreroofing.com"), Web("lakeshoreroofing.com")],
         addr=["3310 W Fullerton Ave, Chicago, IL 60647"],
         street="3310 W Fullerton Ave", city="Chicago", region="IL", postal="60647"),
    # ---------------------------------------------------------------- band
    card("band", "CL", True, T("cabin", pal="burgundy", mark="leaf", name_w="bold",
                               name_size=40, co_size=24, body_size=20),
         P("Francisca", "Muñoz Soto"), "Francisca Muñoz Soto",
         co="Viña Cordillera Alta S.A.", title="Enóloga Jefe",
         rows=[Ph("+56 2 2555 4180", "Tel."), Ph("+56 9 8555 2718", "Cel.", "mobile"),
               Em("fmunoz@cordilleraalta.cl")],
         addr=["Camino a Pirque 1450, Pirque", "Región Metropolitana, Chile"],
         street="Camino a Pirque 1450", city="Pirque"),
    card("band", "GB", False, T("century", "opensans", pal="forest", mark="leaf",
                                name_w="bold", name_size=40, co_size=24, body_size=20),
         P("Harriet", "Ellison-Gray"), "Harriet Ellison-Gray", v=1,
         co="Pennine Heritage Trust",
         title="Head of Learning & Engagement",
         rows=[Ph("01632 960 418", "T"), Ph("07700 900 352", "M", "mobile"),
               Em("harriet@penninetrust.org.uk", "E"), Web("penninetrust.org.uk")],
         addr=["The Old Mill, Canal Wharf", "Hebden Bridge HX7 8AD"],
         street="The Old Mill, Canal Wharf", city="Hebden Bridge", postal="HX7 8AD"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "MY", True, T("opensans", pal="red", co_size=24, name_size=38,
                                   body_size=19, name_w="bold"),
         P("Wei Jie", "Lim"), "Lim Wei Jie",
         mono="PA", co="Perdana Automation Sdn. Bhd.",
         title="Senior Manager, Business Development",
         rows=[Ph("+60 3 6155 4180", "Tel"), Ph("+60 12 555 2718", "H/P", "mobile"),
               Em("weijie.lim@perdana-auto.com.my")],
         addr=["No. 8, Jalan Teknologi 3/5", "Taman Sains Selangor 1, Kota Damansara",
               "47810 Petaling Jaya, Selangor, Malaysia"],
         street="No. 8, Jalan Teknologi 3/5, Taman Sains Selangor 1, Kota Damansara",
         city="Petaling Jaya", postal="47810"),
    card("monogram", "CA", False, T("robotoslab", "roboto", pal="green", co_size=24,
                                    name_size=38, body_size=20, name_w="bold"),
         P("Rebecca", "Thompson-Reid"), "Rebecca Thompson-Reid", v=1,
         mono="MT", co="Muskoka Timberframe Ltd.", title="Project Coordinator",
         rows=[Ph("705-555-0139", "Office"), Ph("705-555-0171", "Cell", "mobile"),
               Em("rebecca@muskokatimberframe.ca"), Web("muskokatimberframe.ca")],
         addr=["1047 Bay Lake Road, RR 2", "Bracebridge, ON  P1L 1X2"],
         street="1047 Bay Lake Road, RR 2", city="Bracebridge", region="ON",
         postal="P1L 1X2"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "IN", True, T("carlito", pal="navy", mark="circle", name_w="bold",
                                      name_size=38, co_size=26, body_size=19, co_caps=True),
         P("Venkatesh", "Subramanian"), "Venkatesh Subramanian",
         co=["Kaveri Agro", "Industries Ltd."], company="Kaveri Agro Industries Ltd.",
         tag="AN ISO 9001:2015 COMPANY",
         title="Deputy General Manager – Marketing",
         rows=[Ph("+91 44 5555 4180", "Ph"), Ph("+91 94440 52718", "Mob", "mobile"),
               Em("venkatesh.s@kaveriagro.co.in")],
         addr=["Regd. Office: 42, Cathedral Road, Chennai – 600 086, India",
               "Works: SIPCOT Industrial Estate, Hosur – 635 126"],
         street="42, Cathedral Road", city="Chennai", postal="600 086"),
    card("company-top", "CH", False, T("nimbussans", pal="orange", mark="tri", name_w="bold",
                                       name_size=38, co_size=26, body_size=20, co_caps=True,
                                       co_track=2),
         P("Reto", "Ammann"), "Reto Ammann", v=1,
         co="Alpnach Holzbau AG", tag="ZIMMEREI · ELEMENTBAU",
         title="Projektleiter, Elementbau",
         rows=[Ph("041 555 41 80", "T"), Ph("079 555 27 18", "M", "mobile"),
               Em("r.ammann@alpnach-holzbau.ch")],
         addr=["Brünigstrasse 118, 6055 Alpnach Dorf"],
         street="Brünigstrasse 118", city="Alpnach Dorf", postal="6055"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "SE", False, T("manrope", pal="cream", name_w="semibold", name_size=42,
                                   co_size=24, body_size=21),
         P("Elin", "Bergström"), "Elin Bergström",
         title="Fotograf",
         rows=[Ph("070-555 41 82", "Mobil", "mobile"), Em("elin@elinbergstrom.se"),
               Web("elinbergstrom.se")],
         addr=["Södra Förstadsgatan 40, 211 43 Malmö"],
         street="Södra Förstadsgatan 40", city="Malmö", postal="211 43"),
    card("minimal", "NO", False, T("garamond", "lato", pal="ink", name_w="regular",
                                   name_size=44, co_size=22, body_size=20),
         P("Ingrid", "Solheim", middle="Marie"), "Ingrid Marie Solheim", v=1,
         co="Advokatfirmaet Solheim AS", title="Advokat, partner", title_co=" | ",
         rows=[Ph("+47 22 55 41 80", "Tlf"), Ph("+47 915 55 271", "Mob", "mobile"),
               Em("ims@solheimlaw.no")],
         addr=["Postboks 1842 Vika", "0123 Oslo"],
         street="Postboks 1842 Vika", city="Oslo", postal="0123"),
    # ---------------------------------------------------------------- labels
    card("labels", "GB", False, T("karla", pal="purple", mark="hex", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Siobhan", "McAllister", cred="MCIPD"), "Siobhan McAllister MCIPD",
         co="Clydeside Housing Association", title="People Partner",
         dept="HR & Organisational Development",
         rows=[Ph("0141 496 0735", "t"), Ph("07700 900 148", "m", "mobile"),
               Em("s.mcallister@clydesidehousing.org.uk", "e")],
         addr=["Unit 4, 77 Govan Road", "Glasgow G51 1HL"],
         street="Unit 4, 77 Govan Road", city="Glasgow", postal="G51 1HL"),
    card("labels", "DK", False, T("lato", pal="teal", mark="arc", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Mads", "Nielsen", middle="Kjær"), "Mads Kjær Nielsen", v=1,
         co="Kattegat Vind A/S", title="Senior specialist, netintegration",
         rows=[Ph("+45 45 55 41 80", "Tlf."), Ph("+45 21 55 27 18", "Mobil", "mobile"),
               Em("mkn@kattegatvind.dk", "E-mail")],
         addr=["Skovlytoften 33", "2840 Holte"],
         street="Skovlytoften 33", city="Holte", postal="2840"),
    # ---------------------------------------------------------------- icons
    card("icons", "PH", True, T("roboto", pal="sky", mark="circle", name_w="bold",
                                name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Jose Miguel", "Santos", middle="R."), "Jose Miguel R. Santos",
         co="Visayas Cold Chain Corp.", title="Operations Manager",
         dept="Warehousing & Distribution",
         rows=[Ph("+63 32 555 4180"), Ph("+63 917 555 3120", None, "mobile"),
               Em("jm.santos@visayascoldchain.com.ph")],
         addr=["Lot 7, Mandaue Reclamation Area", "Mandaue City, Cebu 6014, Philippines"],
         street="Lot 7, Mandaue Reclamation Area", city="Mandaue City", postal="6014"),
    card("icons", "TW", True, T("lato", pal="mist", mark="square", name_w="bold",
                                name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Chia-Hao", "Lin"), "LIN, Chia-Hao", v=1,
         co="Formosa Optoelectronics Inc.", title="Section Manager",
         dept="R&D Center – Optical Design",
         rows=[Ph("+886 4 2555 4180 ext. 312", None, "work", "312"),
               Ph("+886 912 555 718", None, "mobile"), Em("chiahao.lin@formosa-opto.com.tw")],
         addr=["No. 25, Kejhong Rd., Wurih Dist.", "Taichung City 414, Taiwan"],
         street="No. 25, Kejhong Rd., Wurih Dist.", city="Taichung City", postal="414"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "US", False, T("quicksand", pal="gold", mark="diamond", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Dana", "Whitaker", cred="ASID"), "Dana Whitaker, ASID",
         co="Whitaker & Lowe Interiors", title="Principal Designer",
         rows=[[Ph("512.555.0114", "T"), Ph("512.555.0162", "M", "mobile")],
               [Em("dana@whitakerlowe.com"), Web("whitakerlowe.com")]],
         sep=" | ",
         addr=["1701 S Lamar Blvd, Suite 210, Austin, TX 78704"],
         street="1701 S Lamar Blvd, Suite 210", city="Austin", region="TX", postal="78704"),
    card("one-line", "GR", False, T("opensans", pal="navy", mark="arc", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Nikolaos", "Papadakis"), "Nikolaos Papadakis", v=1,
         co="Aegean Yacht Services IKE", title="Operations Director",
         rows=[[Ph("+30 210 455 4180", "T"), Ph("+30 694 555 2718", "M", "mobile")],
               [Em("n.papadakis@aegeanyacht.gr"), Web("aegeanyacht.gr")]],
         addr=["Akti Themistokleous 82, 185 36 Piraeus"],
         street="Akti Themistokleous 82", city="Piraeus", postal="185 36"),
    # ---------------------------------------------------------------- dense
    card("dense", "DE", False, T("palladio", "opensans", pal="cream", mark="square",
                                 name_w="bold", name_size=38, co_size=24, body_size=19),
         P("Anna-Lena", "Schäfer", prefix="Prof. Dr."), "Prof. Dr. Anna-Lena Schäfer",
         co="Hochschule Lahntal", title="Professorin für Technische Thermodynamik",
         dept="Fachbereich Maschinenbau und Energietechnik",
         rows=[Ph("+49 641 5554 180", "Tel."), Ph("+49 641 5554 189", "Fax", "fax"),
               Em("anna-lena.schaefer@hs-lahntal.de", "E-Mail"), Web("www.hs-lahntal.de")],
         addr=["Wiesenstraße 14, Gebäude C, Raum 2.14", "35390 Gießen"],
         street="Wiesenstraße 14, Gebäude C, Raum 2.14", city="Gießen", postal="35390"),
    card("dense", "PK", False, T("inter", pal="green", mark="bars", name_w="bold",
                                 name_size=38, co_size=24, body_size=19),
         P("Ayesha", "Siddiqui"), "Ayesha Siddiqui", v=1,
         co="Karachi Port Logistics (Pvt.) Ltd.", title="Manager",
         dept="Customs Clearance & Compliance",
         rows=[Ph("+92 21 111 555 418", "UAN"), Ph("+92 21 3555 4189", "Fax", "fax"),
               Ph("+92 300 555 2718", "Cell", "mobile"), Em("ayesha.siddiqui@kpl.com.pk")],
         addr=["Office No. 512, 5th Floor, Business Centre", "Mumtaz Hassan Road, Karachi-74000"],
         street="Office No. 512, 5th Floor, Business Centre, Mumtaz Hassan Road",
         city="Karachi", postal="74000"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "CO", True, T("lato", pal="orange", mark="circle", name_w="bold",
                                        name_size=38, co_size=24, body_size=20),
         P("María Camila", "Restrepo Gómez"), "María Camila Restrepo Gómez",
         co="Textiles Aburrá S.A.S.", title="Directora de Mercadeo",
         rows=[Ph("(604) 555 4180", "PBX"), Ph("+57 310 555 2718", "Cel.", "mobile"),
               Em("mcrestrepo@textilesaburra.com.co")],
         addr=["Carrera 43A # 1-50, Torre 2, Piso 9", "Medellín, Antioquia, Colombia"],
         street="Carrera 43A # 1-50, Torre 2, Piso 9", city="Medellín", region="ANT"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "MA", False, T("opensans", pal="teal", mark="diamond", name_w="bold",
                                     name_size=38, co_size=24, body_size=19),
         P("Youssef", "Benjelloun"), "Youssef Benjelloun", v=1,
         co="Atlas Conseil & Audit", title="Associé gérant",
         rows=[Ph("+212 522 55 41 80", "Tél."), Ph("+212 522 55 41 89", "Fax", "fax"),
               Ph("+212 661 55 27 18", "GSM", "mobile"), Em("y.benjelloun@atlasconseil.ma")],
         addr=["Twin Center, Tour Ouest, 12e étage",
               "Angle Bd Zerktouni et Bd Al Massira", "20100 Casablanca"],
         street="Twin Center, Tour Ouest, 12e étage, Angle Bd Zerktouni et Bd Al Massira",
         city="Casablanca", postal="20100"),
    # ---------------------------------------------------------------- qr
    card("qr", "US", False, T("nimbussans", pal="sky", mark="rings", name_w="bold",
                              name_size=40, co_size=26, body_size=20),
         P("Priya", "Raman", cred="DMD"), "Priya Raman, DMD",
         co="Brookline Family Dentistry", qr_caption="Scan to book online",
         rows=[Ph("(617) 555-0128", "Tel"), Ph("(617) 555-0129", "Fax", "fax"),
               Em("drraman@brooklinefamilydentistry.com")],
         addr=["1280 Beacon Street, Suite 3", "Brookline, MA 02446"],
         street="1280 Beacon Street, Suite 3", city="Brookline", region="MA",
         postal="02446"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "KR", False, T("gothic", "opensans", pal="ink", name_w="bold",
                                    name_size=50, co_size=24, body_size=19, name_caps=True),
         P("Min-jun", "Kim"), "Kim Min-jun",
         co="Hanul Robotics Inc.", title="CEO & Co-founder",
         rows=[Ph("+82 31 555 4180", "T"), Ph("+82 10 5555 2718", "M", "mobile"),
               Em("mj.kim@hanulrobotics.co.kr"), Web("hanulrobotics.co.kr")],
         addr=["4F, 27 Pangyoyeok-ro 192beon-gil, Bundang-gu", "Seongnam-si, Gyeonggi-do 13524"],
         street="4F, 27 Pangyoyeok-ro 192beon-gil, Bundang-gu", city="Seongnam-si",
         postal="13524"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "AU", False, T("lato", pal="mist", name_caps=True, name_track=6,
                                  name_w="regular", name_size=34, title_size=22, co_size=24,
                                  body_size=20),
         P("Isla", "McKenzie"), "Isla McKenzie", v=1,
         co="McKenzie Landscape Studio", title="Landscape Architect",
         rows=[Ph("0491 570 884", "M", "mobile"), Em("isla@mckenzielandscape.com.au"),
               Web("mckenzielandscape.com.au")],
         addr=["2/41 Salamanca Place, Battery Point TAS 7004"],
         street="2/41 Salamanca Place", city="Battery Point", region="TAS", postal="7004"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "TR", True, T("opensans", pal="navy", mark="hex", co_size=34,
                                    name_size=40, body_size=19),
         P("Zeynep", "Aydın"), "Zeynep Aydın",
         co=["Ege Örme Tekstil", "San. ve Tic. A.Ş."],
         company="Ege Örme Tekstil San. ve Tic. A.Ş.", tag="ÖRME KUMAŞ · HAZIR GİYİM",
         title="İhracat Müdürü",
         rows=[Ph("+90 258 555 41 80", "T"), Ph("+90 258 555 41 89", "F", "fax"),
               Ph("+90 532 555 27 18", "M", "mobile"), Em("zeynep.aydin@egeorme.com.tr")],
         addr=["Organize Sanayi Bölgesi, 8. Cad. No: 21", "20330 Honaz / Denizli, Türkiye"],
         street="Organize Sanayi Bölgesi, 8. Cad. No: 21, Honaz", city="Denizli",
         postal="20330"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "IE", False, T("roboto", pal="cream", mark="leaf", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Ciarán", "Ó Súilleabháin"), "Ciarán Ó Súilleabháin", v=1,
         co="Corrib Medtech Ltd.", title="Quality Engineer II", dept="Catheter Assembly",
         rows=[Ph("+353 91 555 418", "T"), Ph("+353 87 555 2718", "M", "mobile"),
               Em("ciaran.osullivan@corribmedtech.ie")],
         addr=["Unit 6, Galway Technology Park", "Parkmore, Galway H91 C9T2"],
         street="Unit 6, Galway Technology Park, Parkmore", city="Galway", postal="H91 C9T2"),
    # ---------------------------------------------------------------- grid
    card("grid", "CH", True, T("inter", pal="ink", mark="square", name_w="bold",
                               name_size=40, co_size=24, body_size=21),
         P("Camille", "Rochat"), "Camille Rochat",
         co="Léman Fiduciaire SA", title="Experte fiscale diplômée",
         rows=[Ph("+41 22 555 41 80", "TÉL."), Ph("+41 79 555 27 18", "MOBILE", "mobile"),
               Em("c.rochat@leman-fiduciaire.ch", "E-MAIL")],
         addr=["Rue du Rhône 80", "Case postale 3142", "1211 Genève 3, Suisse"],
         addr_label="ADRESSE",
         street="Rue du Rhône 80, Case postale 3142", city="Genève", postal="1211"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "ZA", False, T("garamond", "opensans", pal="plum", mark="leaf",
                                     name_w="regular", name_size=42, co_size=24, body_size=19),
         P("Annelie", "van der Merwe"), "Annelie van der Merwe",
         co="Breedekloof Wine Cellars (Pty) Ltd", title="Cellar Master",
         rows=[Ph("023 555 4180", "Tel"), Ph("082 555 9034", "Cell", "mobile"),
               Em("annelie@breedekloofwine.co.za")],
         addr=["Farm 212, Slanghoek Road", "Rawsonville, 6845"],
         street="Farm 212, Slanghoek Road", city="Rawsonville", postal="6845"),
    # ---------------------------------------------------------------- footer
    card("footer", "PE", True, T("robotocond", "roboto", pal="charcoal", mark="tri",
                                 name_w="bold", name_size=40, co_size=24, body_size=19),
         P("Diego", "Quispe Mamani", middle="Alonso"), "Diego Alonso Quispe Mamani",
         co="Andes Minerales S.A.C.", title="Superintendente de Seguridad",
         dept="Unidad Minera Chapi",
         rows=[Ph("+51 54 255 418", "Telf."), Ph("+51 959 555 271", "Cel.", "mobile"),
               Em("dquispe@andesminerales.com.pe")],
         addr=["Av. Ejército 710, Yanahuara, Arequipa 04017, Perú"],
         street="Av. Ejército 710, Yanahuara", city="Arequipa", postal="04017"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "BR", False, T("karla", pal="green", mark="circle", name_w="bold",
                                    name_size=38, co_size=24, body_size=20),
         P("Fernanda", "de Albuquerque", middle="M."), "Fernanda M. de Albuquerque",
         co="Mangue Digital Ltda.", title="Head de Produto", dept="Squad Pagamentos",
         rows=[Ph("(81) 3555-4180", "Tel."), Ph("(81) 99555-2718", "Cel.", "mobile"),
               Em("fernanda@manguedigital.com.br")],
         addr=["Rua do Bom Jesus, 220, sala 301 – Recife Antigo",
               "Recife/PE – CEP 50030-170"],
         street="Rua do Bom Jesus, 220, sala 301, Recife Antigo", city="Recife", region="PE",
         postal="50030-170"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "CA", False, T("opensans", pal="burgundy", name_w="bold",
                                      name_size=40, co_size=22, body_size=19),
         P("Geneviève", "Tremblay-Roy"), "Geneviève Tremblay-Roy",
         co=["Conseil des eaux du Nord", "Northern Waters Council"],
         company="Conseil des eaux du Nord",
         title=["Conseillère principale en politiques", "Senior Policy Advisor"],
         title_truth="Conseillère principale en politiques",
         rows=[Ph("613-555-0146", "Tél./Tel."), Ph("613-555-0189", "Cell.", "mobile"),
               Em("genevieve.tremblay-roy@eauxdunord.ca")],
         addr=["200, rue Kent, bureau 900", "Ottawa (Ontario)  K1A 0E6"],
         street="200, rue Kent, bureau 900", city="Ottawa", region="ON", postal="K1A 0E6"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "GB", False, T("robotoslab", "lato", pal="gold", mark="square",
                                   name_w="bold", name_size=40, co_size=24, body_size=20),
         P("Tom", "Hargreaves"), "Tom Hargreaves",
         co="Hargreaves & Sons Joinery", title="Director",
         rows=[Ph("01632 960 514", "T"), Ph("07700 900 781", "M", "mobile"),
               Em("tom@hargreavesjoinery.co.uk")],
         addr=["Unit 12, Bridge Street Works", "Skipton, North Yorkshire BD23 1NX"],
         street="Unit 12, Bridge Street Works", city="Skipton", postal="BD23 1NX"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "MX", True, T("century", "lato", pal="mist", mark="square",
                                 name_w="bold", name_size=40, co_size=24, body_size=20),
         P("Luis Fernando", "Garza Treviño", prefix="Ing."),
         "Ing. Luis Fernando Garza Treviño",
         co="Aceros y Perfiles del Norte, S.A. de C.V.", title="Gerente de Planta",
         rows=[Ph("+52 81 5555 4180", "Tel."), Ph("+52 81 5555 2718", "Cel.", "mobile"),
               Em("lgarza@acerosdelnorte.com.mx")],
         addr=["Av. Constitución 2050 Pte., Col. Centro", "Monterrey, N.L., C.P. 64000, México"],
         street="Av. Constitución 2050 Pte., Col. Centro", city="Monterrey", region="NLE",
         postal="64000"),
]

SPECS22: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "CL", True, T("lato", pal="navy", mark="tri", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Rodrigo", "Fuentes Lagos", middle="Andrés"), "Rodrigo Andrés Fuentes Lagos",
         co="Transportes Cordillera Ltda.",
         title=["Gerente de Operaciones,", "Zona Centro-Sur"],
         rows=[Ph("+56 2 2555 4180", "Tel."), Ph("+56 9 8555 3321", "Móvil", "mobile"),
               Em("rfuentes@tcordillera.cl")],
         addr=["Av. Apoquindo 4501, of. 1203", "Las Condes, Santiago", "Chile"],
         street="Av. Apoquindo 4501, of. 1203, Las Condes", city="Santiago"),
    # ---------------------------------------------------------------- centred
    card("centred", "GR", False, T("garamond", "opensans", pal="cream", name_w="regular",
                                   name_size=44, co_size=26, body_size=20),
         P("Eleni", "Karagianni", prefix="Dr."), "Dr. Eleni Karagianni",
         co="Karagianni Orthodontics", tag="ORTHODONTIC CLINIC · ΟΡΘΟΔΟΝΤΙΚΗ",
         title="Specialist Orthodontist",
         rows=[Ph("+30 2310 555 418", "T"), Ph("+30 697 555 2718", "M", "mobile"),
               Em("info@karagianni-ortho.gr"), Web("www.karagianni-ortho.gr")],
         addr=["Tsimiski 45, 3rd floor", "546 23 Thessaloniki"],
         street="Tsimiski 45, 3rd floor", city="Thessaloniki", postal="546 23"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "TW", True, T("roboto", pal="teal", mark="hex", name_w="bold",
                                      name_size=38, co_size=24, body_size=18),
         P("Mei-Ling", "Huang"), "HUANG, Mei-Ling",
         co="Tatung Bay Semiconductor Corp.",
         title=["Procurement Div. – Equipment Sourcing", "Deputy Manager"],
         title_truth="Deputy Manager", dept_truth="Procurement Div. – Equipment Sourcing",
         rows=[Ph("+886 2 2555 4180 #2207", "TEL", "work", "2207"),
               Ph("+886 935 555 271", "MOBILE", "mobile"), Em("ml.huang@tbsemi.com.tw")],
         addr=["Taipei Office: 8F, No. 168, Sec. 2, Dunhua S. Rd.", "Da'an Dist., Taipei 106",
               "Fab: No. 12, Innovation Rd. II", "Hsinchu Science Park, Hsinchu 300, Taiwan"],
         street="8F, No. 168, Sec. 2, Dunhua S. Rd., Da'an Dist.", city="Taipei",
         postal="106"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "PK", True, T("opensans", pal="green", mark="leaf", name_w="bold",
                                   name_size=38, co_size=24, body_size=18, co_caps=True),
         P("Muhammad", "Qureshi", middle="Usman"), "Muhammad Usman Qureshi",
         co=["Ravi Textile", "Mills Limited"], company="Ravi Textile Mills Limited",
         title="General Manager (Exports)",
         rows=[Ph("+92 42 3555 4180", "Ph"), Ph("+92 321 555 2718", "Cell", "mobile"),
               Em("usman.qureshi@ravitextile.com.pk")],
         addr=["Head Office: 21-B, Main Boulevard, Gulberg III", "Lahore-54660, Pakistan",
               "Mills: 14 Km, Sheikhupura Road, Faisalabad"],
         street="21-B, Main Boulevard, Gulberg III", city="Lahore", postal="54660"),
    # ---------------------------------------------------------------- dark
    card("dark", "US", False, T("inter", pal="charcoal", mark="arc", name_w="semibold",
                                name_size=40, co_size=24, body_size=20),
         P("A.J.", "Whitford"), "A.J. Whitford",
         co="Front Range Solar Co.", title="Field Operations Lead – Commercial Installs",
         rows=[Ph("(303) 555-0157", "O"), Ph("(720) 555-0193", "C", "mobile"),
               Em("aj@frontrangesolar.com"), Web("frontrangesolar.com")],
         addr=["4820 Brighton Blvd, Unit B, Denver, CO 80216"],
         street="4820 Brighton Blvd, Unit B", city="Denver", region="CO", postal="80216"),
    # ---------------------------------------------------------------- band
    card("band", "NO", False, T("inter", pal="sky", mark="bars", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Øystein", "Haugland"), "Øystein Haugland", v=2,
         co="Vestlandet Havbruk AS", title="Driftsleder",
         dept="Settefisk og smoltproduksjon",
         rows=[Ph("+47 55 55 41 80", "Tlf."), Ph("+47 934 55 271", "Mob.", "mobile"),
               Em("oystein.haugland@vestlandethavbruk.no")],
         addr=["Sandviksboder 17", "5035 Bergen"],
         street="Sandviksboder 17", city="Bergen", postal="5035"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "MY", True, T("lato", pal="gold", co_size=24, name_size=38,
                                   body_size=19, name_w="bold"),
         P("Boon Keat", "Tan"), "TAN BOON KEAT",
         mono="TH", co="Tanjung Harbour Logistics Sdn. Bhd.",
         title="Branch Manager", dept="Northern Region",
         rows=[Ph("+60 4 555 4180", "Tel"), Ph("+60 4 555 4189", "Fax", "fax"),
               Ph("+60 16 555 2718", "HP", "mobile"), Em("bk.tan@tanjungharbour.com.my")],
         addr=["Lot 2218, Jalan Perusahaan 4, Prai Industrial Estate",
               "13600 Prai, Penang, Malaysia"],
         street="Lot 2218, Jalan Perusahaan 4, Prai Industrial Estate", city="Prai",
         postal="13600"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "TR", True, T("opensans", pal="red", mark="circle", name_w="bold",
                                      name_size=38, co_size=26, body_size=19),
         P("Emre", "Yılmaz", middle="Can"), "Emre Can Yılmaz",
         co=["Körfez Lojistik", "Taşımacılık A.Ş."], company="Körfez Lojistik Taşımacılık A.Ş.",
         title="Satış ve Pazarlama Müdürü",
         rows=[Ph("+90 232 555 41 80", "Tel"), Ph("+90 532 555 27 18", "GSM", "mobile"),
               Em("emre.yilmaz@korfezlojistik.com.tr"), Web("www.korfezlojistik.com.tr")],
         addr=["Atatürk Cad. No: 148 Kat: 5 Alsancak", "35220 Konak / İzmir, Türkiye"],
         street="Atatürk Cad. No: 148 Kat: 5 Alsancak, Konak", city="İzmir", postal="35220"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "FI", False, T("karla", pal="mist", name_w="bold", name_size=42,
                                   co_size=22, body_size=20),
         P("Aino", "Koskinen"), "Aino Koskinen",
         co="Studio Koskinen", title="Sisustusarkkitehti SIO", title_co=" · ",
         rows=[Ph("040 555 2718", "Puh."), Em("aino@studiokoskinen.fi")],
         addr=["Hämeenkatu 9 B 21, 33100 Tampere"],
         street="Hämeenkatu 9 B 21", city="Tampere", postal="33100"),
    # ---------------------------------------------------------------- labels
    card("labels", "DK", False, T("nimbussans", pal="ink", mark="square", name_w="bold",
                                  name_size=40, co_size=24, body_size=20, co_caps=True),
         P("Sofie", "Lund", middle="Kragh"), "Sofie Kragh Lund",
         co="Århus Ingeniørgruppe A/S", title="Afdelingsleder",
         dept="Bygningsfysik & Energi",
         rows=[Ph("+45 86 55 41 80", "Direkte"), Ph("+45 28 55 27 18", "Mobil", "mobile"),
               Em("skl@aarhus-ig.dk", "Mail")],
         addr=["Åboulevarden 70, 3. sal", "8000 Aarhus C"],
         street="Åboulevarden 70, 3. sal", city="Aarhus C", postal="8000"),
    # ---------------------------------------------------------------- icons
    card("icons", "PH", False, T("manrope", pal="navy", mark="diamond", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Ma. Kristina", "Villanueva", middle="D.", cred="CPA"),
         "Ma. Kristina D. Villanueva, CPA",
         co="Reyes Lacson & Co.", tag="CERTIFIED PUBLIC ACCOUNTANTS",
         title="Senior Associate – Tax Advisory",
         rows=[Ph("(02) 8555 4180 loc. 214", None, "work", "214"),
               Ph("0917 555 3182", None, "mobile"), Em("mk.villanueva@reyeslacson.com.ph")],
         addr=["20/F Ayala Tower One, Ayala Avenue, Makati City 1226"],
         street="20/F Ayala Tower One, Ayala Avenue", city="Makati City", postal="1226"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "AU", False, T("cabin", pal="orange", mark="leaf", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Brendan", "O'Loughlin"), "Brendan O'Loughlin",
         co="Swan River Surveying", title="Licensed Surveyor", sep=" | ",
         rows=[[Ph("(08) 5550 7314", "P"), Ph("0491 570 613", "M", "mobile")],
               [Em("brendan@swanriversurveying.com.au")]],
         addr=["PO Box 1187, Subiaco WA 6904"],
         street="PO Box 1187", city="Subiaco", region="WA", postal="6904"),
    # ---------------------------------------------------------------- dense
    card("dense", "IL", False, T("roboto", pal="sky", mark="rings", name_w="bold",
                                 name_size=38, co_size=24, body_size=19),
         P("Noam", "Friedman"), "Noam Friedman",
         co="Yarden Water Technologies Ltd.", title="VP Engineering",
         dept="Desalination Systems Group",
         rows=[Ph("+972 3 555 4180", "Office"), Ph("+972 3 555 4189", "Fax", "fax"),
               Ph("+972 52 555 2718", "Mobile", "mobile"), Em("noamf@yardenwater.co.il"),
               Web("www.yardenwater.co.il")],
         addr=["Azrieli Sarona Tower, 121 Menachem Begin Rd., 38th fl.",
               "Tel Aviv 6701203"],
         street="Azrieli Sarona Tower, 121 Menachem Begin Rd., 38th fl.", city="Tel Aviv",
         postal="6701203"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "CA", False, T("lato", pal="forest", mark="leaf", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Jasdeep", "Sandhu", middle="K.", cred="CPA, CA"), "Jasdeep K. Sandhu, CPA, CA",
         co="Fraser & Sandhu LLP", tag="CHARTERED PROFESSIONAL ACCOUNTANTS",
         title="Partner",
         rows=[Ph("604-555-0138", "T"), Ph("604-555-0139", "F", "fax"),
               Em("jsandhu@frasersandhu.ca")],
         addr=["Suite 1500 – 1055 West Hastings Street", "Vancouver, BC  V6E 2E9"],
         street="Suite 1500 – 1055 West Hastings Street", city="Vancouver", region="BC",
         postal="V6E 2E9"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "SE", False, T("manrope", pal="plum", mark="arc", name_w="bold",
                                         name_size=38, co_size=24, body_size=20),
         P("Johan", "Ekström"), "Johan Ekström",
         co="Hisingen Marinteknik AB",
         title="Teknisk chef", dept="Konstruktion och utveckling",
         rows=[Ph("031-55 41 80", "Tel"), Ph("070-555 27 18", "Mobil", "mobile"),
               Em("johan.ekstrom@hisingenmarin.se")],
         addr=["Box 8714", "402 75 Göteborg"],
         street="Box 8714", city="Göteborg", postal="402 75"),
    card("right-aligned", "CO", True, T("robotoslab", "roboto", pal="burgundy", mark="square",
                                        name_w="bold", name_size=38, co_size=24,
                                        body_size=19),
         P("Andrés Felipe", "Ospina Castaño"), "Andrés Felipe Ospina Castaño", v=1,
         co="Café Altos del Quindío S.A.S.", title="Jefe de Exportaciones",
         rows=[Ph("+57 601 555 4180", "PBX"), Ph("+57 315 555 2718", "Cel.", "mobile"),
               Em("aospina@altosdelquindio.co")],
         addr=["Calle 93B # 13-47, Oficina 502", "Bogotá D.C., Colombia"],
         street="Calle 93B # 13-47, Oficina 502", city="Bogotá", region="DC"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "MA", True, T("lato", pal="orange", mark="hex", name_w="bold",
                                    name_size=38, co_size=24, body_size=19),
         P("Salma", "El Idrissi"), "Salma El Idrissi",
         co="Détroit Agro-Export SARL", title=["Responsable Export", "Export Manager"],
         title_truth="Responsable Export",
         rows=[Ph("+212 539 55 41 80", "Tél."), Ph("+212 661 55 27 18", "Mob.", "mobile"),
               Em("s.elidrissi@detroit-agro.ma")],
         addr=["Zone Franche Logistique, Lot 37", "Port Tanger Med, 90000 Tanger, Maroc"],
         street="Zone Franche Logistique, Lot 37, Port Tanger Med", city="Tanger",
         postal="90000"),
    card("logo-left", "PE", False, T("opensans", pal="teal", mark="circle", name_w="bold",
                                     name_size=38, co_size=24, body_size=19),
         P("Lucía", "Paredes Villanueva"), "Lucía Paredes Villanueva", v=1,
         co="Pacífico Sur Consultores S.A.C.", title="Socia",
         dept="Área de Derecho Ambiental",
         rows=[Ph("(01) 555-4180", "T"), Ph("987 555 271", "C", "mobile"),
               Em("lparedes@pacificosur.pe")],
         addr=["Calle Los Laureles 365, piso 7, San Isidro, Lima 15073"],
         street="Calle Los Laureles 365, piso 7, San Isidro", city="Lima", postal="15073"),
    # ---------------------------------------------------------------- qr
    card("qr", "US", False, T("robotoslab", "lato", pal="green", mark="leaf", name_w="bold",
                              name_size=40, co_size=26, body_size=20),
         P("Katherine", "Oyelaran-Brooks", cred="LMFT"), "Katherine Oyelaran-Brooks, LMFT",
         co="Willamette Counseling Collective", qr_caption="Book a consultation",
         title="Licensed Marriage & Family Therapist",
         rows=[Ph("503.555.0126", "Office"), Ph("503.555.0127", "Fax", "fax"),
               Em("katherine@willamettecounseling.com")],
         addr=["2035 NW Lovejoy St, Ste 204", "Portland, Oregon 97209"],
         street="2035 NW Lovejoy St, Ste 204", city="Portland", region="OR", postal="97209"),
    card("qr", "GB", False, T("opensans", pal="ink", mark="bars", name_w="bold",
                              name_size=40, co_size=24, body_size=20, co_caps=True,
                              co_track=2),
         P("Rhys", "Pritchard", middle="Owen"), "Rhys Owen Pritchard", v=1,
         co="Severn Valley Engineering Ltd", qr_caption="Save my details",
         title="Business Development Manager, Rail",
         rows=[Ph("+44 (0)1632 960 271", "DD"), Ph("+44 (0)7700 900 418", "M", "mobile"),
               Em("rhys.pritchard@severnvalleyeng.co.uk")],
         addr=["Unit 3B, Kingsway Business Park", "Newport NP20 2DP"],
         street="Unit 3B, Kingsway Business Park", city="Newport", postal="NP20 2DP"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "TW", False, T("inter", pal="mist", name_w="black", name_size=50,
                                    co_size=24, body_size=19, name_caps=True),
         P("Yu-Ting", "Chen"), "Chen Yu-Ting",
         co="Jade Mountain Tea Co., Ltd.", title="Brand Director",
         rows=[Ph("(04) 2555-4180", "T"), Ph("0912-555-718", "M", "mobile"),
               Em("yuting.chen@jademountaintea.com.tw"), Web("jademountaintea.com.tw")],
         addr=["No. 77, Gongyi Rd., Nantun Dist., Taichung City 408"],
         street="No. 77, Gongyi Rd., Nantun Dist.", city="Taichung City", postal="408"),
    card("big-name", "PH", True, T("spartan", "opensans", pal="red", name_w="bold",
                                   name_size=50, co_size=24, body_size=19),
         P("Paolo", "Dela Cruz", middle="Miguel"), "Paolo Miguel Dela Cruz", v=1,
         co="Bayanihan Builders Inc.", title="Project Architect",
         dept="Design & Build Division",
         rows=[Ph("(02) 8555 7120", "Tel"), Ph("+63 918 555 4407", "Mobile", "mobile"),
               Em("paolo.delacruz@bayanihanbuilders.ph")],
         addr=["Unit 1203, Cyber One Bldg., Eastwood City", "Bagumbayan, Quezon City 1110",
               "Philippines"],
         street="Unit 1203, Cyber One Bldg., Eastwood City, Bagumbayan", city="Quezon City",
         postal="1110"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "FI", True, T("quicksand", "lato", pal="teal", name_caps=True,
                                 name_track=6, name_w="bold", name_size=34, title_size=22,
                                 co_size=24, body_size=20),
         P("Juha-Pekka", "Virtanen"), "Juha-Pekka Virtanen",
         co="Nordkraft Automation Oy", title="Key Account Manager, Pulp & Paper",
         rows=[Ph("+358 10 555 4180", "Tel."), Ph("+358 50 555 2718", "Mobile", "mobile"),
               Em("juha-pekka.virtanen@nordkraft.fi")],
         addr=["Tekniikantie 14, FI-02150 Espoo, Finland"],
         street="Tekniikantie 14", city="Espoo", postal="02150"),
    card("spaced", "AU", False, T("century", "opensans", pal="cream", name_caps=True,
                                  name_track=5, name_w="regular", name_size=34,
                                  title_size=22, co_size=24, body_size=20),
         P("Charlotte", "Beaumont", middle="Rose"), "Charlotte Rose Beaumont", v=1,
         co="Beaumont Family Law", title="Accredited Family Law Specialist",
         rows=[Ph("(02) 5550 3186", "T"), Ph("(02) 5550 3187", "F", "fax"),
               Em("crb@beaumontfamilylaw.com.au")],
         addr=["Suite 4.02, Level 4", "131 Macquarie Street", "Sydney NSW 2000"],
         street="Suite 4.02, Level 4, 131 Macquarie Street", city="Sydney", region="NSW",
         postal="2000"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "CL", False, T("roboto", pal="forest", mark="tri", co_size=34,
                                     name_size=40, body_size=19, co_caps=True),
         P("Constanza", "Riquelme Araya"), "Constanza Riquelme Araya",
         co="Forestal Biobío S.A.", tag="MADERAS Y TABLEROS",
         title="Jefa de Sustentabilidad",
         rows=[Ph("+56 41 255 4180", "Fono"), Ph("+56 9 7555 2718", "Cel.", "mobile"),
               Em("criquelme@forestalbiobio.cl")],
         addr=["Av. Pedro de Valdivia 1001, Concepción"],
         street="Av. Pedro de Valdivia 1001", city="Concepción"),
    card("logo-area", "IL", True, T("opensans", pal="navy", mark="diamond", co_size=34,
                                    name_size=40, body_size=19),
         P("Tamar", "Levi-Shapira"), "Tamar Levi-Shapira", v=1,
         co="Negev Agritech", tag="PRECISION IRRIGATION",
         title="Head of Customer Success", dept="EMEA & LATAM",
         rows=[Ph("+972 8 655 4180", "T"), Ph("+972 54 555 3719", "M", "mobile"),
               Em("tamar@negevagritech.com")],
         addr=["Gav-Yam Negev Park, 1 Ha'Ahim Bejerano St.", "Be'er Sheva 8489315, Israel"],
         street="Gav-Yam Negev Park, 1 Ha'Ahim Bejerano St.", city="Be'er Sheva",
         postal="8489315"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "CO", False, T("lato", pal="plum", mark="circle", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Valentina", "Cárdenas Rojas", prefix="Dra."), "Dra. Valentina Cárdenas Rojas",
         co="Clínica Dermatológica del Valle", title="Dermatóloga",
         rows=[Ph("(602) 555 4180", "Tel."), Ph("315 555 2718", "WhatsApp", "mobile"),
               Em("vcardenas@dermavalle.com.co")],
         addr=["Carrera 38 # 5A-100, Consultorio 412", "Cali, Valle del Cauca"],
         street="Carrera 38 # 5A-100, Consultorio 412", city="Cali", region="VAC"),
    card("avatar", "GB", False, T("karla", pal="gold", mark="hex", name_w="bold",
                                  name_size=40, co_size=24, body_size=20),
         P("Priya", "Chauhan"), "Priya Chauhan", v=1,
         co="Northern Quarter Design Co.", title="Senior UX Researcher",
         dept="Checkout & Payments Team",
         rows=[Ph("0161 496 0528", "T"), Ph("07700 900 662", "M", "mobile"),
               Em("priya@nqdesign.co.uk"), Li("linkedin.com/in/priyachauhanux")],
         addr=["3rd Floor, 41 Thomas Street, Manchester M4 1NA"],
         street="3rd Floor, 41 Thomas Street", city="Manchester", postal="M4 1NA"),
    # ---------------------------------------------------------------- grid
    card("grid", "BE", False, T("inter", pal="mist", mark="square", name_w="bold",
                                name_size=40, co_size=24, body_size=21),
         P("Wouter", "De Smedt", prefix="ir."), "ir. Wouter De Smedt",
         co="Scheldeport Engineering NV", title="Projectingenieur – Kaaimuren",
         rows=[Ph("+32 3 555 41 80", "TEL"), Ph("+32 478 55 27 18", "GSM", "mobile"),
               Em("wouter.desmedt@scheldeport.be", "MAIL")],
         addr=["Noorderlaan 139 bus 4", "2030 Antwerpen"], addr_label="ADRES",
         street="Noorderlaan 139 bus 4", city="Antwerpen", postal="2030"),
    card("grid", "SE", True, T("lato", pal="sky", mark="rings", name_w="bold",
                               name_size=40, co_size=24, body_size=21),
         P("Karin", "Sjöberg", middle="Louise"), "Karin Louise Sjöberg", v=1,
         co="Norrland Skog & Trä AB", title="Inköpschef, Råvara",
         rows=[Ph("+46 60 55 41 80", "TELEFON"), Ph("+46 70 555 27 18", "MOBIL", "mobile"),
               Em("karin.sjoberg@norrlandskog.se", "E-POST")],
         addr=["Storgatan 12", "852 30 Sundsvall", "Sverige"], addr_label="BESÖKSADRESS",
         street="Storgatan 12", city="Sundsvall", postal="852 30"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "MA", False, T("opensans", pal="burgundy", mark="leaf",
                                     name_w="bold", name_size=40, co_size=24, body_size=19),
         P("Karim", "Tazi", middle="Mehdi"), "Karim Mehdi Tazi",
         co="Cabinet Tazi Architectes", title="Architecte DPLG",
         rows=[Ph("05 37 55 41 80", "Tél"), Ph("06 61 55 27 18", "Mob", "mobile"),
               Em("contact@tazi-architectes.ma")],
         addr=["14, rue Oued Baht, Agdal", "10090 Rabat"],
         street="14, rue Oued Baht, Agdal", city="Rabat", postal="10090"),
    card("side-name", "GR", True, T("roboto", pal="sky", mark="arc", name_w="bold",
                                    name_size=40, co_size=24, body_size=19),
         P("Georgios", "Manolakis"), "MANOLAKIS Georgios", v=1,
         co="Cretan Olive Estates S.A.", title="Export Sales Manager",
         rows=[Ph("+30 2810 555 418", "Tel"), Ph("+30 694 555 3271", "Mob", "mobile"),
               Em("g.manolakis@cretanolive.gr")],
         addr=["Leoforos Knossou 210", "713 09 Heraklion, Crete, Greece"],
         street="Leoforos Knossou 210", city="Heraklion", postal="713 09"),
    # ---------------------------------------------------------------- footer
    card("footer", "PK", False, T("lato", pal="teal", mark="hex", name_w="bold",
                                  name_size=40, co_size=24, body_size=19),
         P("Fatima", "Malik", prefix="Dr.", middle="Zahra"), "Dr. Fatima Zahra Malik",
         co="Margalla Health Analytics", title="Chief Data Scientist",
         rows=[Ph("051-555 4180", "Tel"), Ph("0300-555 2718", "Cell", "mobile"),
               Em("fatima.malik@margallahealth.pk")],
         addr=["Plot 38, Street 9, I-10/3, Islamabad"],
         street="Plot 38, Street 9, I-10/3", city="Islamabad"),
    card("footer", "NO", True, T("manrope", pal="charcoal", mark="bars", name_w="bold",
                                 name_size=40, co_size=24, body_size=19),
         P("Kari", "Berg", middle="Anne"), "Kari Anne Berg", v=1,
         co="Trøndelag Bioenergi AS",
         title=["Prosjektsjef,", "fjernvarme og kjøling"],
         rows=[Ph("+47 73 55 41 80", "Sentralbord"), Ph("+47 916 55 271", "Mobil", "mobile"),
               Em("kari.anne.berg@tbioenergi.no")],
         addr=["Kjøpmannsgata 35, 7011 Trondheim, Norge"],
         street="Kjøpmannsgata 35", city="Trondheim", postal="7011"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "PE", True, T("karla", pal="orange", mark="tri", name_w="bold",
                                   name_size=38, co_size=24, body_size=20),
         P("Wilfredo", "Huamán Condori", middle="R."), "Wilfredo R. Huamán Condori",
         co="Inka Trails Expediciones E.I.R.L.", title="Gerente General",
         rows=[Ph("+51 84 255 418", "Tel."), Ph("+51 984 555 271", "Cel.", "mobile"),
               Em("whuaman@inkatrails.pe")],
         addr=["Calle Plateros 348, of. 2", "Cusco 08002 – Perú"],
         street="Calle Plateros 348, of. 2", city="Cusco", postal="08002"),
    card("addr-top", "MY", False, T("opensans", pal="green", mark="leaf", name_w="bold",
                                    name_size=38, co_size=24, body_size=20),
         P("Nur Syafiqah", "binti Ramli"), "Nur Syafiqah binti Ramli", v=1,
         co="Kelana Halal Foods Sdn. Bhd.", title="Executive, Halal Compliance",
         dept="Quality Assurance Department",
         rows=[Ph("03-5555 4180", "T"), Ph("012-555 2718", "H/P", "mobile"),
               Em("syafiqah@kelanahalal.com.my")],
         addr=["No. 12, Jalan SS 7/19, Kelana Jaya", "47301 Petaling Jaya, Selangor"],
         street="No. 12, Jalan SS 7/19, Kelana Jaya", city="Petaling Jaya", postal="47301"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "TR", False, T("opensans", pal="navy", name_w="bold",
                                      name_size=40, co_size=22, body_size=19),
         P("Selin", "Öztürk", prefix="Av."), "Av. Selin Öztürk",
         co="Öztürk & Demir Hukuk Bürosu",
         title="Avukat, Kurucu Ortak",
         rows=[Ph("+90 212 555 41 80", "T"), Ph("+90 532 555 27 18", "M", "mobile"),
               Em("selin@ozturkdemir.av.tr")],
         addr=["Büyükdere Cad. No: 199 Levent 199 Kat: 11",
               "34394 Şişli / İstanbul"],
         street="Büyükdere Cad. No: 199 Levent 199 Kat: 11, Şişli", city="İstanbul",
         postal="34394"),
    card("strip-name", "CA", False, T("lato", pal="red", name_w="bold", name_size=40,
                                      co_size=22, body_size=19),
         P("Jean-François", "Gagnon", middle="L.", cred="ing."),
         "Jean-François L. Gagnon, ing.", v=1,
         co="Groupe Boréal Génie-Conseil inc.",
         title=["Chargé de projets principal", "Senior Project Manager"],
         title_truth="Chargé de projets principal",
         dept="Infrastructures municipales",
         rows=[Ph("418 555-0163, poste 2241", "Tél.", "work", "2241"),
               Ph("418 555-0177", "Cell.", "mobile"), Em("jf.gagnon@groupeboreal.ca")],
         addr=["2875, boul. Laurier, bureau 600", "Québec (Québec)  G1V 2M2"],
         street="2875, boul. Laurier, bureau 600", city="Québec", region="QC",
         postal="G1V 2M2"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "US", True, T("nimbussans", pal="burgundy", mark="square", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Erik", "Lindqvist", middle="T."), "Erik T. Lindqvist",
         co="North Star Mutual Insurance", title="Regional Claims Manager",
         dept="Upper Midwest Region",
         rows=[Ph("(612) 555-0175 ext. 418", "Direct", "work", "418"),
               Ph("(612) 555-0199", "Mobile", "mobile"), Em("elindqvist@northstarmutual.com")],
         addr=["800 Nicollet Mall, Suite 1900", "Minneapolis, MN 55402-7020", "USA"],
         street="800 Nicollet Mall, Suite 1900", city="Minneapolis", region="MN",
         postal="55402-7020"),
    card("boxed", "GB", False, T("palladio", "lato", pal="forest", mark="leaf",
                                 name_w="bold", name_size=40, co_size=24, body_size=20),
         P("Eleanor", "Whitcombe", prefix="Dr", cred="BVSc MRCVS"),
         "Dr Eleanor Whitcombe BVSc MRCVS", v=1,
         co="Dales Equine Veterinary Practice", title="Clinical Director",
         rows=[Ph("01632 960 744", "Surgery"), Ph("07700 900 519", "Mob", "mobile"),
               Em("eleanor@dalesequine.co.uk")],
         addr=["Low Mill Farm, Harrogate Road", "Ripon HG4 3AX"],
         street="Low Mill Farm, Harrogate Road", city="Ripon", postal="HG4 3AX"),
]


SPECS23: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "DE", False, T("lato", pal="ink", mark="square", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Jan-Hendrik", "Brüggemann", prefix="Dipl.-Ing."), "Dipl.-Ing. Jan-Hendrik Brüggemann",
         co="Brüggemann Anlagenbau GmbH", title=["Leiter Vertrieb –", "Prozesswärme"],
         title_truth="Leiter Vertrieb – Prozesswärme",
         rows=[Ph("+49 521 555 418-22", "Tel."),
               Ph("+49 171 555 2718", "Mobil", "mobile"), Em("jh.brueggemann@brueggemann-ab.de")],
         addr=["Eckendorfer Straße 91, 33609 Bielefeld"],
         street="Eckendorfer Straße 91", city="Bielefeld", postal="33609"),
    card("classic", "ZA", True, T("opensans", pal="forest", mark="leaf", name_w="bold",
                                  name_size=34, co_size=20, body_size=19),
         P("Thandiwe", "Mokoena", middle="Nomvula"), "Thandiwe Nomvula Mokoena", v=1,
         co="Highveld Water Engineers (Pty) Ltd", title="Associate Director, Bulk Water",
         rows=[Ph("+27 11 555 4180", "Tel"), Ph("+27 82 555 2718", "Cell", "mobile"),
               Em("thandiwe.mokoena@highveldwater.co.za")],
         addr=["Block C, Grayston Office Park", "128 Peter Road, Sandown",
               "Sandton 2196, South Africa"],
         street="Block C, Grayston Office Park, 128 Peter Road, Sandown", city="Sandton",
         postal="2196"),
    # ---------------------------------------------------------------- centred
    card("centred", "BR", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=44, co_size=26, body_size=20),
         P("Ana Beatriz", "Cavalcanti de Albuquerque", prefix="Dra."),
         "Dra. Ana Beatriz Cavalcanti de Albuquerque",
         co="Albuquerque & Pessoa Advogados", tag="DIREITO EMPRESARIAL E TRIBUTÁRIO",
         title="Sócia",
         rows=[Ph("(81) 3555-4180", "Tel."), Ph("(81) 99555-2718", "Cel.", "mobile"),
               Em("anabeatriz@albuquerquepessoa.adv.br")],
         addr=["Av. Boa Viagem, 3200, sala 1104", "Boa Viagem – Recife/PE – 51020-000"],
         street="Av. Boa Viagem, 3200, sala 1104, Boa Viagem", city="Recife", region="PE",
         postal="51020-000"),
    card("centred", "JP", True, T("libertine", "lato", pal="ink", name_w="regular",
                                  name_size=42, co_size=24, body_size=19),
         P("Haruka", "Nishimura"), "NISHIMURA Haruka", v=1,
         co="Kobe Fine Chemicals Co., Ltd.", title="Manager",
         dept="Overseas Sales Section, Export Department",
         rows=[Ph("+81 78 555 4180", "TEL"), Ph("+81 78 555 4189", "FAX", "fax"),
               Em("h.nishimura@kobe-finechem.co.jp")],
         addr=["Head Office: 3-1-7 Minatojima-minamimachi, Chuo-ku, Kobe 650-0047, Japan",
               "Tokyo Branch: 2-5-1 Nihonbashi, Chuo-ku, Tokyo 103-0027"],
         street="3-1-7 Minatojima-minamimachi, Chuo-ku", city="Kobe", postal="650-0047"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "KR", True, T("roboto", pal="teal", mark="hex", name_w="bold",
                                      name_size=38, co_size=24, body_size=18),
         P("Ji-hoon", "Park"), "Ji-hoon Park",
         co="Hanbit Battery Materials Co., Ltd.",
         title=["Senior Researcher", "Cathode R&D Team"],
         title_truth="Senior Researcher", dept_truth="Cathode R&D Team",
         rows=[Ph("+82 31 555 4180", "T"), Ph("+82 10 5555 2718", "M", "mobile"),
               Em("jihoon.park@hanbitbm.co.kr")],
         addr=["R&D Center: 17, Gwanggyo-ro 156beon-gil", "Yeongtong-gu, Suwon-si",
               "Gyeonggi-do 16229, Korea"],
         street="17, Gwanggyo-ro 156beon-gil, Yeongtong-gu", city="Suwon-si",
         postal="16229"),
    card("two-columns", "IN", True, T("opensans", pal="orange", mark="circle", name_w="bold",
                                      name_size=38, co_size=24, body_size=18, co_caps=True),
         P("Sreenivas", "Rao", middle="K."), "K. Sreenivas Rao", v=1,
         co="Deccan Precision Castings Pvt. Ltd.", title="Vice President – Operations",
         rows=[Ph("+91 40 2355 4180", "Ph"), Ph("+91 98480 52718", "Mob", "mobile"),
               Em("ksrao@deccancastings.in")],
         addr=["Plot No. 27, IDA Phase II, Cherlapally", "Hyderabad – 500 051",
               "Telangana, India"],
         street="Plot No. 27, IDA Phase II, Cherlapally", city="Hyderabad", region="TG",
         postal="500 051"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "CH", True, T("inter", pal="red", mark="square", name_w="bold",
                                   name_size=38, co_size=24, body_size=18),
         P("Mathieu", "Perrenoud"), "Mathieu Perrenoud",
         co="Horlogerie Perrenoud SA",
         title=["Responsable qualité", "Qualitätsverantwortlicher"],
         title_truth="Responsable qualité",
         rows=[Ph("+41 32 555 41 80", "T"), Ph("+41 79 555 27 18", "M", "mobile"),
               Em("m.perrenoud@perrenoud-horlogerie.ch")],
         addr=["Rue de la Paix 48", "2300 La Chaux-de-Fonds", "Suisse"],
         street="Rue de la Paix 48", city="La Chaux-de-Fonds", postal="2300"),
    card("vertical", "MX", True, T("lato", pal="green", mark="leaf", name_w="bold",
                                   name_size=38, co_size=24, body_size=18),
         P("María Guadalupe", "Treviño Salinas"), "María Guadalupe Treviño Salinas", v=1,
         co="Agroexportadora del Bajío S.A. de C.V.", title="Coordinadora de Logística",
         dept="Exportaciones",
         rows=[Ph("+52 477 555 4180", "Tel."), Ph("+52 477 555 2718", "Cel.", "mobile"),
               Em("gtrevino@agrobajio.com.mx")],
         addr=["Blvd. Adolfo López Mateos 2102 Ote.", "Col. Jardines del Moral",
               "C.P. 37160 León, Gto., México"],
         street="Blvd. Adolfo López Mateos 2102 Ote., Col. Jardines del Moral", city="León",
         region="GUA", postal="37160"),
    # ---------------------------------------------------------------- dark
    card("dark", "GB", False, T("inter", pal="charcoal", mark="arc", name_w="semibold",
                                name_size=40, co_size=24, body_size=20),
         P("Siobhan", "Gallagher-Reid"), "Siobhan Gallagher-Reid",
         co="Northlight Studios", title="Head of Post-Production",
         rows=[Ph("+44 (0)161 555 0142", "T"), Ph("+44 (0)7700 900 318", "M", "mobile"),
               Em("siobhan@northlightstudios.co.uk"), Web("northlightstudios.co.uk")],
         addr=["Unit 12, MediaCityUK, Salford M50 2EQ"],
         street="Unit 12, MediaCityUK", city="Salford", postal="M50 2EQ"),
    card("dark", "US", False, T("manrope", pal="black", mark="diamond", name_w="bold",
                                name_size=40, co_size=24, body_size=20, co_caps=True),
         P("Marcus", "Bell", middle="T.", suffix="Jr."), "Marcus T. Bell Jr.", v=1,
         co="Bell & Hargrove", tag="ARCHITECTURE + INTERIORS", title="Principal",
         rows=[Ph("404.555.0176", "o"), Ph("404.555.0139", "c", "mobile"),
               Em("mbell@bellhargrove.com")],
         addr=["675 Ponce de Leon Ave NE, Suite 310", "Atlanta, GA 30308"],
         street="675 Ponce de Leon Ave NE, Suite 310", city="Atlanta", region="GA",
         postal="30308"),
    # ---------------------------------------------------------------- band
    card("band", "DK", False, T("nimbussans", pal="sky", mark="bars", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Mads", "Thygesen", middle="Bech"), "Mads Bech Thygesen",
         co="Nordsøen Offshore Service ApS", title="Teamleder, Vedligehold",
         rows=[Ph("+45 75 55 41 80", "Tlf."), Ph("+45 20 55 27 18", "Mobil", "mobile"),
               Em("mbt@nordsoen-offshore.dk")],
         addr=["Esbjerg Havn, Auktionsgade 6, 6700 Esbjerg"],
         street="Esbjerg Havn, Auktionsgade 6", city="Esbjerg", postal="6700"),
    card("band", "AU", False, T("karla", pal="orange", mark="circle", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Bec", "Nguyen"), "Bec Nguyen", v=1,
         co="Coastline Physio & Pilates", title="Practice Owner | Physiotherapist",
         rows=[Ph("(07) 5555 4180", "P"), Ph("0412 555 271", "M", "mobile"),
               Em("bec@coastlinephysio.com.au")],
         addr=["Shop 4, 21 Gunnamatta Avenue", "Burleigh Heads QLD 4220"],
         street="Shop 4, 21 Gunnamatta Avenue", city="Burleigh Heads", region="QLD",
         postal="4220"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "BE", False, T("palladio", "lato", pal="gold", co_size=24, name_size=38,
                                    body_size=19, name_w="bold"),
         P("Pieter-Jan", "Van den Bossche", prefix="Mr."), "Mr. Pieter-Jan Van den Bossche",
         mono="VB", co="Van den Bossche & Partners", tag="Advocaten · Avocats",
         title="Advocaat-vennoot / Avocat associé", title_truth="Advocaat-vennoot",
         rows=[Ph("+32 9 555 41 80", "T"), Ph("+32 475 55 27 18", "M", "mobile"),
               Em("pj.vandenbossche@vdb-law.be")],
         addr=["Coupure Links 103", "9000 Gent"],
         street="Coupure Links 103", city="Gent", postal="9000"),
    card("monogram", "IE", False, T("lato", pal="green", co_size=24, name_size=38,
                                    body_size=19, name_w="bold"),
         P("Aoife", "Ní Bhriain"), "Aoife Ní Bhriain", v=1,
         mono="AB", co="Ní Bhriain Accountants",
         title="Chartered Accountant", dept="Audit & Assurance",
         rows=[Ph("(091) 555 418", "T"), Ph("087 555 2718", "M", "mobile"),
               Em("aoife@nibhriain.ie")],
         addr=["2 Eyre Square, Galway H91 F2XK"],
         street="2 Eyre Square", city="Galway", postal="H91 F2XK"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "IN", True, T("opensans", pal="red", mark="circle", name_w="bold",
                                      name_size=38, co_size=26, body_size=19, co_caps=True),
         P("Priyanka", "Deshmukh", middle="S."), "Priyanka S. Deshmukh",
         co=["Sahyadri Agro", "Foods Limited"], company="Sahyadri Agro Foods Limited",
         title="Deputy General Manager", dept="Human Resources & Administration",
         rows=[Ph("+91 20 6655 4180", "Tel"), Ph("+91 98220 52718", "Mob", "mobile"),
               Em("priyanka.deshmukh@sahyadriagro.co.in")],
         addr=["Survey No. 114/2, Nashik Road, Chakan", "Pune 410 501, Maharashtra, India"],
         street="Survey No. 114/2, Nashik Road, Chakan", city="Pune", region="MH",
         postal="410 501"),
    card("company-top", "ZA", False, T("roboto", pal="navy", mark="tri", name_w="bold",
                                       name_size=38, co_size=26, body_size=19),
         P("Pieter", "van der Merwe", middle="J."), "Pieter J. van der Merwe", v=1,
         co="Karoo Veldwerk Boerdery", title="Besturende Direkteur / Managing Director",
         title_truth="Besturende Direkteur",
         rows=[Ph("023 555 4180", "Tel"), Ph("082 555 2718", "Sel", "mobile"),
               Em("pieter@karooveldwerk.co.za")],
         addr=["Posbus 214, Prince Albert, 6930"],
         street="Posbus 214", city="Prince Albert", postal="6930"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "CH", False, T("karla", pal="mist", name_w="bold", name_size=42,
                                   co_size=22, body_size=20),
         P("Lea", "Brunner"), "Lea Brunner",
         co="Atelier Brunner", title="Grafikerin EFZ", title_co=" — ",
         rows=[Ph("044 555 41 80"), Em("lea@atelierbrunner.ch")],
         addr=["Josefstrasse 52, 8005 Zürich"],
         street="Josefstrasse 52", city="Zürich", postal="8005"),
    card("minimal", "KR", False, T("inter", pal="ink", name_w="bold", name_size=42,
                                   co_size=22, body_size=20),
         P("Seo-yeon", "Kim"), "KIM SEO-YEON", v=1,
         co="Studio Onda", title="Creative Director", title_co=" | ",
         rows=[Ph("+82 10 5555 2718"), Em("seoyeon@studio-onda.kr")],
         addr=["3F, 25 Dosan-daero 45-gil, Gangnam-gu, Seoul 06017"],
         street="3F, 25 Dosan-daero 45-gil, Gangnam-gu", city="Seoul", postal="06017"),
    # ---------------------------------------------------------------- labels
    card("labels", "DK", True, T("roboto", pal="ink", mark="square", name_w="bold",
                                 name_size=40, co_size=24, body_size=20, co_caps=True),
         P("Freja", "Kjærgaard", middle="Maria"), "Freja Maria Kjærgaard",
         co="Kjærgaard Møbler A/S", title="Indkøbschef",
         rows=[Ph("+45 98 55 41 80", "Tlf."), Ph("+45 40 55 27 18", "Mobil", "mobile"),
               Em("fmk@kjaergaard-mobler.dk", "E-mail"), Web("kjaergaard-mobler.dk", "Web")],
         addr=["Industrivej Nord 11", "9800 Hjørring", "Danmark"],
         street="Industrivej Nord 11", city="Hjørring", postal="9800"),
    card("labels", "DE", False, T("nimbussans", pal="ink", mark="bars", name_w="bold",
                                 name_size=40, co_size=24, body_size=20),
         P("Katharina", "Albers", prefix="Dr."), "Dr. Katharina Albers", v=1,
         co="Hanseatische Logistik Consult GmbH", title="Senior Consultant",
         dept="Hafenlogistik & Zoll",
         rows=[Ph("+49 40 555 418 30", "Telefon"), Ph("+49 40 555 418 99", "Fax", "fax"),
               Em("k.albers@hlc-hamburg.de", "E-Mail")],
         addr=["Am Sandtorkai 44 · 20457 Hamburg",
               "Büro Bremen: Überseetor 18 · 28217 Bremen"],
         street="Am Sandtorkai 44", city="Hamburg", postal="20457"),
    # ---------------------------------------------------------------- icons
    card("icons", "BR", True, T("manrope", pal="navy", mark="diamond", name_w="bold",
                                name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Rafael", "Moreira", middle="Augusto"), "Rafael Augusto Moreira",
         co="Moreira Tecnologia Agrícola Ltda.",
         title="Gerente Comercial – Região Centro-Oeste",
         rows=[Ph("+55 62 3555-4180", None), Ph("+55 62 99555-2718", None, "mobile"),
               Em("rafael.moreira@moreiraagro.com.br")],
         addr=["Rua 9, nº 1.140, Setor Marista", "Goiânia – GO, 74150-130, Brasil"],
         street="Rua 9, nº 1.140, Setor Marista", city="Goiânia", region="GO",
         postal="74150-130"),
    card("icons", "CA", False, T("lato", pal="sky", mark="rings", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Harjit", "Dhillon", middle="Singh"), "Harjit Singh Dhillon", v=1,
         co="Fraser Valley Cold Storage Ltd.", title="Operations Manager",
         rows=[Ph("604-555-0148 ext. 205", None, "work", "205"),
               Ph("778-555-0163", None, "mobile"), Em("harjit@fvcoldstorage.ca")],
         addr=["31450 Marshall Rd, Abbotsford, BC V2T 6B1"],
         street="31450 Marshall Rd", city="Abbotsford", region="BC", postal="V2T 6B1"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "JP", False, T("roboto", pal="mist", mark="circle", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Kenji", "Matsuda"), "Kenji Matsuda",
         co="Matsuda Design Office", title="Architect",
         rows=[Ph("090-5555-2718"), Em("kenji@matsuda-design.jp")],
         addr=["2-14-8 Kamimeguro, Meguro-ku, Tokyo 153-0051"],
         street="2-14-8 Kamimeguro, Meguro-ku", city="Tokyo", postal="153-0051"),
    card("one-line", "US", False, T("cabin", pal="green", mark="leaf", name_w="bold",
                                    name_size=40, co_size=24, body_size=20),
         P("Dana", "Kowalczyk"), "Dana Kowalczyk", v=1,
         co="Prairie Root Farm", title="Grower & Co-owner",
         rows=[Ph("(515) 555-0182"), Em("dana@prairierootfarm.com")],
         addr=["2870 Hickory Ave, Ames, IA 50014"],
         street="2870 Hickory Ave", city="Ames", region="IA", postal="50014"),
    # ---------------------------------------------------------------- dense
    card("dense", "DE", False, T("roboto", pal="sky", mark="rings", name_w="bold",
                                 name_size=36, co_size=22, body_size=17),
         P("Florian", "Weißenberger", middle="M."), "Florian M. Weißenberger",
         co="Süddeutsche Kältetechnik GmbH & Co. KG",
         title="Technischer Leiter", dept="Service Süd / Kundendienst",
         rows=[Ph("+49 89 555 418-0", "Zentrale"), Ph("+49 89 555 418-41", "Durchwahl"),
               Ph("+49 160 555 2718", "Mobil", "mobile"), Em("f.weissenberger@sdkt.de"),
               Web("www.sdkt.de")],
         addr=["Frankfurter Ring 193a", "80807 München"],
         street="Frankfurter Ring 193a", city="München", postal="80807"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "MX", False, T("manrope", pal="plum", mark="arc", name_w="bold",
                                         name_size=38, co_size=24, body_size=19),
         P("Santiago", "Villarreal Garza", prefix="Ing."), "Ing. Santiago Villarreal Garza",
         co="Aceros Forjados del Norte", title="Director de Planta",
         rows=[Ph("+52 81 8555 4180", "Tel."), Ph("+52 81 1555 2718", "Cel.", "mobile"),
               Em("svillarreal@acerosforjados.mx")],
         addr=["Av. Ruiz Cortines 5500, Col. Valle Verde", "Monterrey, N.L. 64360"],
         street="Av. Ruiz Cortines 5500, Col. Valle Verde", city="Monterrey", region="NLE",
         postal="64360"),
    # ---------------------------------------------------------------- logo-left
    card("logo-left", "BE", True, T("lato", pal="orange", mark="hex", name_w="bold",
                                    name_size=38, co_size=24, body_size=19),
         P("Sarah", "Lemaire"), "Sarah Lemaire",
         co="Brasserie des Fagnes", title="Responsable export / Exportmanager",
         title_truth="Responsable export",
         rows=[Ph("+32 60 55 41 80", "Tél."), Ph("+32 478 55 27 18", "GSM", "mobile"),
               Em("s.lemaire@fagnes.be")],
         addr=["Route de Couvin 56", "5660 Mariembourg", "Belgique"],
         street="Route de Couvin 56", city="Mariembourg", postal="5660"),
    # ---------------------------------------------------------------- qr
    card("qr", "GB", False, T("opensans", pal="ink", mark="bars", name_w="bold",
                              name_size=38, co_size=24, body_size=19),
         P("Oluwaseun", "Adebayo-Hughes"), "Oluwaseun Adebayo-Hughes",
         co="Tyne Bridge Housing Association", qr_caption="Scan to save contact",
         title="Tenancy Sustainment Officer", dept="Communities Team",
         rows=[Ph("0191 555 0164", "T"), Ph("07700 900 482", "M", "mobile"),
               Em("o.adebayo-hughes@tynebridgeha.org.uk")],
         addr=["Quayside House, 110 Quayside", "Newcastle upon Tyne NE1 3DX"],
         street="Quayside House, 110 Quayside", city="Newcastle upon Tyne",
         postal="NE1 3DX"),
    # ---------------------------------------------------------------- big-name
    card("big-name", "JP", False, T("inter", pal="mist", name_w="black", name_size=50,
                                    co_size=22, body_size=18),
         P("Yuki", "Takahashi"), "Yuki TAKAHASHI",
         co="Sapporo Snow Tech Inc.", title="Chief Engineer, Product Development Dept.",
         rows=[Ph("+81 11 555 4180", "Tel"), Ph("+81 80 5555 2718", "Mobile", "mobile"),
               Em("y.takahashi@snowtech.co.jp")],
         addr=["Kita 7-jo Nishi 4-chome 1-2, Kita-ku", "Sapporo, Hokkaido 060-0807"],
         street="Kita 7-jo Nishi 4-chome 1-2, Kita-ku", city="Sapporo", postal="060-0807"),
    # ---------------------------------------------------------------- spaced
    card("spaced", "AU", False, T("quicksand", "lato", pal="teal", name_caps=True,
                                  name_track=6, name_w="bold", name_size=36,
                                  co_size=22, body_size=19),
         P("Matilda", "Hartley", middle="Jane"), "Matilda Jane Hartley",
         co="Hartley Vine & Cellar", title="Winemaker",
         rows=[Ph("(08) 8555 4180", "T"), Ph("0433 555 271", "M", "mobile"),
               Em("tilly@hartleyvine.com.au")],
         addr=["PO Box 318", "Tanunda SA 5352"],
         street="PO Box 318", city="Tanunda", region="SA", postal="5352"),
    # ---------------------------------------------------------------- logo-area
    card("logo-area", "BR", False, T("roboto", pal="forest", mark="tri", co_size=34,
                                     name_w="bold", name_size=36, body_size=19, co_caps=True),
         P("Luiz Fernando", "Takeda"), "Luiz Fernando Takeda",
         co="Vale Verde Engenharia", tag="SANEAMENTO · MEIO AMBIENTE",
         title="Engenheiro Civil Sênior", dept="Diretoria de Projetos",
         rows=[Ph("(11) 3555-4180", "Tel."), Ph("(11) 99555-2718", "Cel.", "mobile"),
               Em("luiz.takeda@valeverde.eng.br")],
         addr=["Rua Funchal, 418, 12º andar – Vila Olímpia", "04551-060 São Paulo – SP"],
         street="Rua Funchal, 418, 12º andar, Vila Olímpia", city="São Paulo", region="SP",
         postal="04551-060"),
    # ---------------------------------------------------------------- avatar
    card("avatar", "IN", False, T("lato", pal="plum", mark="circle", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Ananya", "Iyer"), "Ananya Iyer",
         co="Kadamba Health Analytics", title="Lead Data Scientist",
         dept="Clinical AI Team",
         rows=[Ph("+91 80 4555 4180", "T"), Ph("+91 99000 52718", "M", "mobile"),
               Em("ananya.iyer@kadambahealth.in"), Li("linkedin.com/in/ananya-iyer")],
         addr=["4th Floor, 27th Main, HSR Layout Sector 1", "Bengaluru 560102"],
         street="4th Floor, 27th Main, HSR Layout Sector 1", city="Bengaluru",
         postal="560102"),
    # ---------------------------------------------------------------- grid
    card("grid", "CH", False, T("inter", pal="mist", mark="square", name_w="bold",
                                name_size=38, co_size=24, body_size=18),
         P("Reto", "Zimmermann", middle="A."), "Reto A. Zimmermann",
         co="Zimmermann Holzbau AG", title="Projektleiter, eidg. dipl. Zimmermeister",
         rows=[Ph("+41 41 555 41 80", "TEL"), Ph("+41 79 555 27 18", "MOBILE", "mobile"),
               Em("r.zimmermann@zimmermann-holzbau.ch", "MAIL")],
         addr=["Industriestrasse 7", "6210 Sursee"], addr_label="ADRESSE",
         street="Industriestrasse 7", city="Sursee", postal="6210"),
    # ---------------------------------------------------------------- side-name
    card("side-name", "KR", False, T("opensans", pal="burgundy", mark="leaf", name_w="bold",
                                     name_size=38, co_size=24, body_size=18),
         P("Min-jung", "Lee"), "LEE MIN-JUNG",
         co="Dongbang Maritime Co., Ltd.", title="Deputy General Manager",
         dept="Chartering Team",
         rows=[Ph("+82 51 555 4180", "Tel"), Ph("+82 51 555 4189", "Fax", "fax"),
               Ph("+82 10 5555 2718", "Mobile", "mobile"), Em("mjlee@dongbangmar.co.kr")],
         addr=["12F, 30 Jungang-daero, Jung-gu", "Busan 48939"],
         street="12F, 30 Jungang-daero, Jung-gu", city="Busan", postal="48939"),
    # ---------------------------------------------------------------- footer
    card("footer", "ZA", False, T("lato", pal="teal", mark="hex", name_w="bold",
                                  name_size=38, co_size=24, body_size=18),
         P("Riaan", "Botha"), "Riaan Botha",
         co="Boland Solar Installations", title="Installations Manager",
         rows=[Ph("021 555 4180", "Office"), Ph("072 555 2718", "Cell", "mobile"),
               Em("riaan@bolandsolar.co.za")],
         addr=["Unit 5, Paarl Business Park, 14 Jan van Riebeeck Drive, Paarl 7646"],
         street="Unit 5, Paarl Business Park, 14 Jan van Riebeeck Drive", city="Paarl",
         postal="7646"),
    # ---------------------------------------------------------------- addr-top
    card("addr-top", "IE", True, T("karla", pal="orange", mark="tri", name_w="bold",
                                   name_size=38, co_size=24, body_size=19),
         P("Cormac", "Ó Súilleabháin"), "Cormac Ó Súilleabháin",
         co="Lee Valley Engineering Ltd", title="Project Engineer – Mechanical",
         rows=[Ph("+353 21 455 4180", "T"), Ph("+353 86 555 2718", "M", "mobile"),
               Em("cormac.osullivan@leevalleyeng.ie")],
         addr=["Unit 3, Kilbarry Business Park", "Dublin Hill, Cork T23 X2K8, Ireland"],
         street="Unit 3, Kilbarry Business Park, Dublin Hill", city="Cork",
         postal="T23 X2K8"),
    # ---------------------------------------------------------------- strip-name
    card("strip-name", "CA", False, T("lato", pal="red", name_w="bold", name_size=40,
                                      co_size=24, body_size=19),
         P("Geneviève", "Tremblay", cred="CRHA"), "Geneviève Tremblay, CRHA",
         co="Groupe Boréal Conseil inc.", title="Conseillère principale, talents",
         rows=[Ph("418 555-0137, poste 221", "Bur.", "work", "221"),
               Ph("581 555-0194", "Cell.", "mobile"), Em("gtremblay@borealconseil.ca")],
         addr=["1245, chemin Sainte-Foy, bureau 300", "Québec (Québec)  G1S 4P2"],
         street="1245, chemin Sainte-Foy, bureau 300", city="Québec", region="QC",
         postal="G1S 4P2"),
    # ---------------------------------------------------------------- qr-left
    card("qr-left", "US", False, T("lato", pal="forest", mark="leaf", name_w="bold",
                                   name_size=38, co_size=24, body_size=19),
         P("Rosa", "Delgado", middle="I.", cred="PE"), "Rosa I. Delgado, PE",
         co="Southwest Water Partners", title="Senior Water Resources Engineer",
         rows=[Ph("(505) 555-0126", "Office"), Ph("(505) 555-0171", "Mobile", "mobile"),
               Em("rdelgado@swwaterpartners.com")],
         addr=["6100 Uptown Blvd NE, Suite 400", "Albuquerque, NM 87110"],
         street="6100 Uptown Blvd NE, Suite 400", city="Albuquerque", region="NM",
         postal="87110"),
    card("qr-left", "GB", True, T("opensans", pal="ink", mark="rings", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Hamish", "MacLeod", middle="J."), "Hamish J. MacLeod", v=1,
         co="Highland Estates Forestry", title="Forest Manager",
         rows=[Ph("01463 555 418", "Tel"), Ph("07700 900 271", "Mob", "mobile"),
               Em("hamish@highlandforestry.co.uk")],
         addr=["Balnain House, 40 Huntly Street", "Inverness IV3 5HR", "Scotland, UK"],
         street="Balnain House, 40 Huntly Street", city="Inverness", postal="IV3 5HR"),
    # ---------------------------------------------------------------- boxed
    card("boxed", "CA", True, T("nimbussans", pal="burgundy", mark="square", name_w="bold",
                                name_size=38, co_size=24, body_size=19),
         P("Olivia", "Chen-Lafleur"), "Olivia Chen-Lafleur",
         co="Maple Ridge Veterinary Hospital", title="Practice Manager",
         rows=[Ph("(905) 555-0110", "Tel"), Ph("(905) 555-0119", "Fax", "fax"),
               Em("olivia@mapleridgevet.ca")],
         addr=["2210 Lakeshore Road West", "Oakville, Ontario L6L 1H1", "Canada"],
         street="2210 Lakeshore Road West", city="Oakville", region="ON", postal="L6L 1H1"),
]


# Batch 24 (cards 978-1017): a twenty-fourth author, written by hand from what printed cards in
# each country look like; weighted towards the countries batch 23 had none of.
SPECS24: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "CL", False, T("lato", pal="ink", mark="circle", name_w="bold",
                                   name_size=40, co_size=24, body_size=20),
         P("Francisca", "Undurraga Vial", middle="Javiera"), "Francisca Javiera Undurraga Vial",
         co="Viña Los Maitenes S.A.", title=["Subgerente de Exportaciones", "Mercados Asiáticos"],
         title_truth="Subgerente de Exportaciones", dept_truth="Mercados Asiáticos",
         rows=[Ph("+56 2 2555 4180", "Tel."), Ph("+56 9 8555 2718", "Cel.", "mobile"),
               Em("fundurraga@vinalosmaitenes.cl")],
         addr=["Av. Apoquindo 3472, of. 902, Las Condes, Santiago"],
         street="Av. Apoquindo 3472, of. 902, Las Condes", city="Santiago"),
    card("classic", "NO", False, T("inter", pal="sky", mark="bars", name_w="semibold",
                                   name_size=40, co_size=24, body_size=20),
         P("Eirik", "Haugland", middle="Solberg"), "Eirik Solberg Haugland", v=1,
         co="Vestkyst Havbruk AS", title="Driftsleder – settefisk",
         rows=[Ph("+47 55 55 41 80", "Tlf"), Ph("+47 915 52 718", "Mob", "mobile"),
               Em("eirik.haugland@vestkysthavbruk.no")],
         addr=["Postboks 214 Sentrum", "5804 Bergen"],
         street="Postboks 214 Sentrum", city="Bergen", postal="5804"),
    # ---------------------------------------------------------------- centred
    card("centred", "GR", True, T("garamond", "lato", pal="cream", name_w="regular",
                                  name_size=44, co_size=26, body_size=20),
         P("Konstantinos", "Papadimitriou", middle="G."), "Konstantinos G. Papadimitriou",
         co="Papadimitriou & Associates", tag="LAW FIRM", title="Managing Partner",
         rows=[Ph("+30 210 555 4180", "T"), Ph("+30 694 555 2718", "M", "mobile"),
               Em("kpapadimitriou@papadimitriou-law.gr")],
         addr=["12 Vasilissis Sofias Ave., 106 74 Athens, Greece"],
         street="12 Vasilissis Sofias Ave.", city="Athens", postal="106 74"),
    card("centred", "MA", True, T("libertine", "opensans", pal="gold", name_w="regular",
                                  name_size=40, co_size=24, body_size=19),
         P("Youssef", "Benjelloun"), "Youssef BENJELLOUN", v=1,
         co="Atlas Agrumes SARL", title="Directeur Commercial",
         dept="Export & Grande Distribution",
         rows=[Ph("+212 5 22 55 41 80", "Tél."), Ph("+212 6 61 55 27 18", "GSM", "mobile"),
               Em("y.benjelloun@atlasagrumes.ma")],
         addr=["Siège : 45, Bd Zerktouni, 3ème étage, 20040 Casablanca",
               "Station : Route de Taroudant, Km 12, Agadir – Maroc"],
         street="45, Bd Zerktouni, 3ème étage", city="Casablanca", postal="20040"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "TW", True, T("roboto", pal="teal", mark="hex", name_w="bold",
                                      name_size=38, co_size=24, body_size=18),
         P("Yi-ting", "Chen"), "CHEN Yi-ting",
         co="Formosa Optoelectronics Corp.",
         title=["Deputy Manager", "Quality Assurance Dept."],
         title_truth="Deputy Manager", dept_truth="Quality Assurance Dept.",
         rows=[Ph("+886 3 555 4180 ext. 2718", "T", ext="2718"),
               Ph("+886 912 555 271", "M", "mobile"),
               Em("yiting.chen@formosa-opto.com.tw")],
         addr=["No. 8, Lixing 6th Rd., East Dist.", "Hsinchu Science Park",
               "Hsinchu City 300, Taiwan"],
         street="No. 8, Lixing 6th Rd., East Dist., Hsinchu Science Park", city="Hsinchu City",
         postal="300"),
    card("two-columns", "PK", True, T("opensans", pal="green", mark="leaf", name_w="bold",
                                      name_size=38, co_size=24, body_size=18, co_caps=True),
         P("Ayesha", "Qureshi", middle="Naz"), "Ayesha Naz Qureshi", v=1,
         co="Indus Textile Mills Ltd.", title="General Manager, Human Resources",
         rows=[Ph("+92 42 3555 4180", "Tel"), Ph("+92 300 555 2718", "Cell", "mobile"),
               Em("ayesha.qureshi@industextile.com.pk")],
         addr=["Head Office: 23-B, Block L, Gulberg III", "Lahore 54660, Pakistan"],
         street="23-B, Block L, Gulberg III", city="Lahore", postal="54660"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "FI", True, T("inter", pal="ink", mark="square", name_w="bold",
                                   name_size=38, co_size=24, body_size=18),
         P("Aino", "Virtanen", middle="Maria"), "Aino Maria Virtanen",
         co="Saimaan Puutuote Oy",
         title=["Myyntipäällikkö", "Försäljningschef"],
         title_truth="Myyntipäällikkö",
         rows=[Ph("+358 5 555 4180", "P."), Ph("+358 40 555 2718", "M.", "mobile"),
               Em("aino.virtanen@saimaanpuutuote.fi")],
         addr=["Teollisuuskatu 14", "53100 Lappeenranta", "Finland"],
         street="Teollisuuskatu 14", city="Lappeenranta", postal="53100"),
    card("vertical", "PE", True, T("lato", pal="burgundy", mark="diamond", name_w="bold",
                                   name_size=38, co_size=24, body_size=18),
         P("José Luis", "Quispe Mamani"), "José Luis Quispe Mamani", v=1,
         co="Minera Altiplano S.A.C.", title="Jefe de Seguridad y Salud Ocupacional",
         rows=[Ph("+51 1 555 4180", "T."), Ph("+51 987 555 271", "C.", "mobile"),
               Em("jquispe@mineraaltiplano.pe")],
         addr=["Av. Javier Prado Este 1066, piso 7", "San Isidro, Lima 15036", "Perú"],
         street="Av. Javier Prado Este 1066, piso 7, San Isidro", city="Lima", postal="15036"),
    # ---------------------------------------------------------------- dark
    card("dark", "US", False, T("manrope", pal="navy", mark="arc", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Rebecca", "Lindqvist", middle="A."), "Rebecca A. Lindqvist",
         co="Cascade Ridge Capital", title="Vice President, Portfolio Operations",
         rows=[Ph("(206) 555-0183", "O"), Ph("(206) 555-0127", "M", "mobile"),
               Em("rlindqvist@cascaderidgecap.com")],
         addr=["1201 Third Avenue, Suite 4100, Seattle, WA 98101"],
         street="1201 Third Avenue, Suite 4100", city="Seattle", region="WA", postal="98101"),
    card("dark", "IL", True, T("inter", pal="charcoal", mark="tri", name_w="semibold",
                               name_size=40, co_size=24, body_size=20),
         P("Noa", "Ben-David"), "Noa Ben-David", v=1,
         co="Lumora Vision Ltd.", title="VP R&D",
         rows=[Ph("+972 3 555 4180", "Office"), Ph("+972 54 555 2718", "Mobile", "mobile"),
               Em("noa@lumoravision.com")],
         addr=["ToHa Tower, 114 Yigal Alon St., Tel Aviv 6744320, Israel"],
         street="ToHa Tower, 114 Yigal Alon St.", city="Tel Aviv", postal="6744320"),
    # ---------------------------------------------------------------- band
    card("band", "SE", False, T("nimbussans", pal="sky", mark="bars", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Linnea", "Åkesson"), "Linnea Åkesson",
         co="Norrsken Energi AB", title="Projektledare, Vindkraft",
         rows=[Ph("+46 31 555 41 80", "Tel"), Ph("+46 70 555 27 18", "Mobil", "mobile"),
               Em("linnea.akesson@norrskenenergi.se")],
         addr=["Lilla Bommen 5, 411 04 Göteborg"],
         street="Lilla Bommen 5", city="Göteborg", postal="411 04"),
    card("band", "AU", False, T("karla", pal="orange", mark="circle", name_w="bold",
                                name_size=40, co_size=24, body_size=20),
         P("Lachlan", "Fitzgerald"), "Lachlan Fitzgerald", v=1,
         co="Southern Cross Surveying", title="Senior Surveyor",
         dept="Cadastral & Engineering",
         rows=[Ph("(08) 5550 4180", "P"), Ph("0491 570 218", "M", "mobile"),
               Em("lachlan@sxsurveying.com.au")],
         addr=["Level 2, 90 King William St", "Adelaide SA 5000"],
         street="Level 2, 90 King William St", city="Adelaide", region="SA", postal="5000"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "CO", False, T("garamond", "lato", pal="cream", name_w="regular",
                                    name_size=40, co_size=24, body_size=19),
         P("Juliana", "Restrepo Arango"), "Juliana Restrepo Arango",
         mono="RA", co=["Restrepo Arango", "Arquitectos"],
         company="Restrepo Arango Arquitectos", title="Socia fundadora",
         rows=[Ph("+57 604 555 4180", "T"), Ph("+57 310 555 2718", "C", "mobile"),
               Em("juliana@restrepoarango.co")],
         addr=["Cra. 43A # 7 Sur-170, of. 1204", "El Poblado, Medellín"],
         street="Cra. 43A # 7 Sur-170, of. 1204, El Poblado", city="Medellín"),
    card("monogram", "MY", True, T("lato", pal="plum", name_w="bold",
                                   name_size=38, co_size=24, body_size=19),
         P("Nurul Aisyah", "Abdul Rahman"), "Nurul Aisyah Abdul Rahman", v=1,
         mono="TK", co="Teratai Kreatif Sdn. Bhd.", title="Creative Director",
         rows=[Ph("+60 3 5555 4180", "T"), Ph("+60 12 555 2718", "M", "mobile"),
               Em("aisyah@teratai.com.my")],
         addr=["B-12-3, Menara Uncang Emas, Jalan Loke Yew",
               "55200 Kuala Lumpur, Malaysia"],
         street="B-12-3, Menara Uncang Emas, Jalan Loke Yew", city="Kuala Lumpur",
         postal="55200"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "PH", True, T("opensans", pal="ink", mark="rings", name_w="bold",
                                      name_size=38, co_size=26, body_size=19, co_caps=True),
         P("Maria Cristina", "Villanueva", middle="R."), "Maria Cristina R. Villanueva",
         co="Bayanihan Logistics Corporation", title="Assistant Vice President",
         dept="Customs Brokerage Group",
         rows=[Ph("+63 2 8555 4180", "Tel"), Ph("+63 917 555 2718", "Mobile", "mobile"),
               Em("mcvillanueva@bayanihanlogistics.ph")],
         addr=["Unit 1802, Tycoon Centre, Pearl Drive, Ortigas Center",
               "Pasig City 1605, Philippines"],
         street="Unit 1802, Tycoon Centre, Pearl Drive, Ortigas Center", city="Pasig City",
         postal="1605"),
    card("company-top", "TR", True, T("roboto", pal="red", mark="tri", name_w="bold",
                                      name_size=38, co_size=26, body_size=19),
         P("Ayşe", "Kılıçoğlu", middle="Gül"), "Ayşe Gül Kılıçoğlu", v=1,
         co=["Ege Zeytin ve Gıda", "Sanayi A.Ş."], company="Ege Zeytin ve Gıda Sanayi A.Ş.",
         title="İhracat Müdürü",
         rows=[Ph("+90 232 555 41 80", "T"), Ph("+90 532 555 27 18", "M", "mobile"),
               Em("ayse.kilicoglu@egezeytin.com.tr")],
         addr=["Atatürk Organize Sanayi Bölgesi, 10003 Sk. No:14",
               "35620 Çiğli / İzmir, Türkiye"],
         street="Atatürk Organize Sanayi Bölgesi, 10003 Sk. No:14", city="İzmir",
         postal="35620"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "GB", False, T("inter", pal="mist", name_w="medium",
                                   name_size=36, co_size=22, body_size=19),
         P("Imogen", "Ashworth"), "Imogen Ashworth",
         co="Ashworth Type & Print", title="Letterpress Printer", title_co=" · ",
         rows=[Ph("07700 900 462"), Em("imogen@ashworthtype.co.uk")],
         addr=["The Old Dairy, 4 Mill Lane, Hebden Bridge HX7 8AB"],
         street="The Old Dairy, 4 Mill Lane", city="Hebden Bridge", postal="HX7 8AB"),
    card("minimal", "FI", False, T("manrope", pal="ink", name_w="semibold",
                                   name_size=36, co_size=22, body_size=19),
         P("Joonas", "Heikkinen"), "Joonas Heikkinen", v=1,
         co="Kaamos Games Oy", title="Lead Gameplay Programmer", title_co=" | ",
         rows=[Ph("+358 50 555 2718", typ="mobile"), Em("joonas@kaamosgames.fi")],
         addr=["Hämeenkatu 25 B, 33200 Tampere"],
         street="Hämeenkatu 25 B", city="Tampere", postal="33200"),
    # ---------------------------------------------------------------- labels
    card("labels", "CA", False, T("opensans", pal="teal", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Étienne", "Gagnon-Roy"), "Étienne Gagnon-Roy",
         co="Laboratoires Boréal inc.", title="Directeur, Affaires réglementaires",
         rows=[Ph("514 555-0163", "Tél."), Ph("514 555-0178", "Cell.", "mobile"),
               Em("egagnonroy@laboreal.ca", "Courriel")],
         addr=["1250, boul. René-Lévesque Ouest, bureau 2200", "Montréal (Québec)  H3B 4W8"],
         street="1250, boul. René-Lévesque Ouest, bureau 2200", city="Montréal", region="QC",
         postal="H3B 4W8"),
    card("labels", "DE", False, T("lato", pal="ink", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Katharina", "Oberländer", prefix="Prof. Dr."), "Prof. Dr. Katharina Oberländer",
         v=1, co="Institut für Angewandte Akustik", dept="Abteilung Raumakustik",
         title="Abteilungsleiterin",
         rows=[Ph("+49 711 555 418-0", "Tel."), Ph("+49 711 555 418-99", "Fax", "fax"),
               Em("k.oberlaender@iaa-stuttgart.de", "E-Mail")],
         addr=["Nobelstraße 12 · 70569 Stuttgart"],
         street="Nobelstraße 12", city="Stuttgart", postal="70569"),
    # ---------------------------------------------------------------- icons
    card("icons", "BR", False, T("roboto", pal="green", mark="leaf", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Thiago", "Nascimento", middle="Henrique"), "Thiago Henrique Nascimento",
         co="Cerrado Bioinsumos Ltda.", title="Gerente Técnico – Sementes",
         rows=[Ph("(62) 3555-4180"), Ph("(62) 99555-2718", typ="mobile"),
               Em("thiago.nascimento@cerradobio.com.br"), Web("www.cerradobio.com.br")],
         addr=["Rod. GO-060, Km 7, Qd. 12, Lt. 4 – Setor Industrial", "Goiânia – GO, 74690-900"],
         street="Rod. GO-060, Km 7, Qd. 12, Lt. 4, Setor Industrial", city="Goiânia",
         region="GO", postal="74690-900"),
    card("icons", "US", False, T("opensans", pal="sky", mark="circle", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Danielle", "Okonkwo-Harris", cred="PT, DPT"), "Danielle Okonkwo-Harris, PT, DPT",
         v=1, co="Lakeshore Sports Rehab", title="Clinic Director",
         rows=[Ph("(312) 555-0148"), Ph("(312) 555-0149", typ="fax"),
               Em("dharris@lakeshorerehab.com"), Web("lakeshorerehab.com")],
         addr=["2150 N Clybourn Ave, Chicago, IL 60614"],
         street="2150 N Clybourn Ave", city="Chicago", region="IL", postal="60614"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "SE", True, T("inter", pal="ink", name_w="semibold",
                                   name_size=36, co_size=22, body_size=18),
         P("Oskar", "Lindberg", middle="E."), "Oskar E. Lindberg",
         co="Lindberg Revision AB", title="Auktoriserad revisor",
         rows=[[Ph("+46 8 555 418 00", "T"), Em("oskar@lindbergrevision.se")]],
         addr=["Box 5127, 102 43 Stockholm, Sweden"],
         street="Box 5127", city="Stockholm", postal="102 43"),
    card("one-line", "GB", False, T("lato", pal="burgundy", name_w="bold",
                                    name_size=36, co_size=22, body_size=18),
         P("Rhys", "Llewellyn-Price"), "Rhys Llewellyn-Price", v=1,
         co="Tŷ Gwyn Estates", title="Estate Manager",
         rows=[[Ph("01632 960 418", "T"), Ph("07700 900 271", "M", "mobile")],
               [Em("rhys@tygwynestates.co.uk")]],
         addr=["Plas Road, Llanbadarn Fawr, Aberystwyth SY23 3QA"],
         street="Plas Road, Llanbadarn Fawr", city="Aberystwyth", postal="SY23 3QA"),
    # ---------------------------------------------------------------- dense
    card("dense", "CO", True, T("robotocond", pal="ink", mark="square", name_w="bold",
                                name_size=34, co_size=22, body_size=17, co_caps=True),
         P("Andrés Felipe", "Ospina Giraldo", prefix="Ing."), "Ing. Andrés Felipe Ospina Giraldo",
         co="Transportes Andinos del Valle S.A.S.", title="Director de Operaciones",
         dept="Gerencia de Flota y Mantenimiento",
         rows=[[Ph("+57 602 555 4180", "PBX"), Ph("+57 315 555 2718", "Cel", "mobile")],
               [Em("aospina@transandinos.com.co"), Web("www.transandinos.com.co")]],
         addr=["Calle 15 # 26-101, Bodega 7, Zona Industrial Acopi",
               "Yumbo, Valle del Cauca – Colombia"],
         street="Calle 15 # 26-101, Bodega 7, Zona Industrial Acopi", city="Yumbo",
         region="VAC"),
    card("dense", "PK", False, T("opensans", pal="teal", mark="bars", name_w="bold",
                                 name_size=34, co_size=22, body_size=17),
         P("Muhammad", "Khan", prefix="Dr.", middle="Usman", cred="FCPS"),
         "Dr. Muhammad Usman Khan, FCPS", v=1,
         co="Shifa Heart Centre", title=["Consultant Cardiologist", "Department of Cardiology"],
         title_truth="Consultant Cardiologist", dept_truth="Department of Cardiology",
         rows=[[Ph("+92 51 555 4180", "Clinic"), Ph("+92 333 555 2718", "Cell", "mobile")],
               [Em("usman.khan@shifaheart.pk")]],
         addr=["Plot 41, Sector H-8/4, Islamabad"],
         street="Plot 41, Sector H-8/4", city="Islamabad"),
    # ---------------------------------------------------------------- singles
    card("right-aligned", "CL", False, T("manrope", pal="ink", name_w="bold",
                                         name_size=38, co_size=24, body_size=19),
         P("Matías", "Fuentealba Rojas"), "Matías Fuentealba Rojas",
         co="Frío Austral SpA", title="Jefe Comercial Zona Sur",
         rows=[Ph("+56 65 255 4180", "F:"), Ph("+56 9 6555 2718", "C:", "mobile"),
               Em("mfuentealba@frioaustral.cl")],
         addr=["Ruta 5 Sur Km 1.022, Puerto Montt"],
         street="Ruta 5 Sur Km 1.022", city="Puerto Montt"),
    card("logo-left", "TW", True, T("inter", pal="sky", mark="hex", name_w="bold",
                                    name_size=36, co_size=24, body_size=18),
         P("Chih-wei", "Lin"), "Lin Chih-wei",
         co=["TAICHUNG", "PRECISION TOOLS"], company="Taichung Precision Tools",
         title="Sales Engineer, Europe Team",
         rows=[Ph("+886 4 2355 4180", "Tel"), Ph("+886 932 555 718", "Mobile", "mobile"),
               Em("cw.lin@tc-ptools.com.tw")],
         addr=["No. 18, Gongye 9th Rd., Dali Dist., Taichung City 412, Taiwan"],
         street="No. 18, Gongye 9th Rd., Dali Dist.", city="Taichung City", postal="412"),
    card("qr", "CA", False, T("roboto", pal="ink", mark="bars", name_w="bold",
                              name_size=38, co_size=24, body_size=19),
         P("Priya", "Raghunathan"), "Priya Raghunathan",
         co="Prairie Grain Analytics", title="Data Science Lead – Crop Forecasting",
         rows=[Ph("306-555-0132", "T"), Em("priya@prairiegrain.ca"),
               Web("prairiegrain.ca")],
         addr=["410 22nd Street East, Suite 800", "Saskatoon, SK  S7K 5T6"],
         street="410 22nd Street East, Suite 800", city="Saskatoon", region="SK",
         postal="S7K 5T6"),
    card("big-name", "IL", False, T("manrope", pal="ink", name_w="black",
                                    name_size=54, co_size=22, body_size=18),
         P("Yael", "Shapira-Cohen"), "Yael Shapira-Cohen",
         co="Shapira-Cohen Law Offices", title="Advocate & Notary",
         rows=[Ph("03-555-4180", "Tel."), Ph("052-555-2718", "Mob.", "mobile"),
               Em("yael@shapira-law.co.il")],
         addr=["Azrieli Center, Round Tower, 32nd Fl.", "132 Menachem Begin Rd., Tel Aviv"],
         street="Azrieli Center, Round Tower, 32nd Fl., 132 Menachem Begin Rd.",
         city="Tel Aviv"),
    card("spaced", "AU", False, T("lato", pal="mist", name_w="regular",
                                  name_size=38, co_size=22, body_size=18, name_caps=True,
                                  name_track=4),
         P("Georgia", "Papadakis"), "Georgia Papadakis",
         co="Salt & Stone Interiors", title="Principal Designer",
         rows=[Ph("0491 570 336", typ="mobile"), Em("georgia@saltandstone.com.au"),
               Web("saltandstone.com.au")],
         addr=["Studio 3, 41 Ocean Street, Woollahra NSW 2025"],
         street="Studio 3, 41 Ocean Street", city="Woollahra", region="NSW", postal="2025"),
    card("logo-area", "MY", False, T("roboto", pal="forest", mark="tri", co_size=34,
                                     name_size=36, body_size=18),
         P("Kok Wai", "Tan"), "Tan Kok Wai",
         co="Sinar Palm Engineering Sdn. Bhd.", tag="Mill Automation · Boiler Services",
         title="Senior Project Engineer",
         rows=[Ph("+60 7 555 4180", "T"), Ph("+60 16 555 2718", "H/P", "mobile"),
               Em("kw.tan@sinarpalm.com.my")],
         addr=["No. 27, Jalan Perindustrian 3, Taman Perindustrian Cemerlang",
               "81800 Ulu Tiram, Johor"],
         street="No. 27, Jalan Perindustrian 3, Taman Perindustrian Cemerlang",
         city="Ulu Tiram", postal="81800"),
    card("avatar", "PH", False, T("opensans", pal="ink", name_w="bold",
                                  name_size=36, co_size=22, body_size=18),
         P("Jose Miguel", "Dela Cruz", middle="Santos"), "Jose Miguel Santos Dela Cruz",
         co="Cebu Harbour Realty, Inc.", title="Licensed Real Estate Broker",
         rows=[Ph("+63 32 555 4180", "Office"), Ph("+63 918 555 2718", "Mobile", "mobile"),
               Em("jm.delacruz@cebuharbour.ph")],
         addr=["Suite 604, Ayala Center Cebu, Cebu Business Park, Cebu City 6000"],
         street="Suite 604, Ayala Center Cebu, Cebu Business Park", city="Cebu City",
         postal="6000"),
    card("grid", "NO", False, T("inter", pal="mist", mark="square", name_w="bold",
                                name_size=36, co_size=22, body_size=18),
         P("Ingrid", "Bakke", middle="Marie"), "Ingrid Marie Bakke",
         co="Fjordlys Arkitekter AS", title=["Daglig leder", "Sivilarkitekt MNAL"],
         title_truth="Daglig leder", addr_label="Besøksadresse",
         rows=[Ph("+47 73 55 41 80", "Telefon"), Ph("+47 928 55 271", "Mobil", "mobile"),
               Em("ingrid@fjordlys.no", "E-post")],
         addr=["Kjøpmannsgata 37", "7011 Trondheim"],
         street="Kjøpmannsgata 37", city="Trondheim", postal="7011"),
    card("side-name", "TR", False, T("lato", pal="navy", name_w="bold",
                                     name_size=36, co_size=22, body_size=18),
         P("Emre", "Yıldırım", middle="Can"), "Emre Can Yıldırım",
         co="Boğaziçi Yazılım Teknolojileri A.Ş.", title="Kıdemli Yazılım Mühendisi",
         dept="Ödeme Sistemleri Ekibi",
         rows=[Ph("+90 216 555 41 80", "T"), Ph("+90 533 555 27 18", "M", "mobile"),
               Em("emre.yildirim@bogazici-yazilim.com.tr")],
         addr=["Kozyatağı Mah. Değirmen Sk. No: 18 Kat: 6", "34742 Kadıköy / İstanbul"],
         street="Kozyatağı Mah. Değirmen Sk. No: 18 Kat: 6", city="İstanbul", postal="34742"),
    card("footer", "US", False, T("garamond", "inter", pal="cream", name_w="regular",
                                  name_size=40, co_size=24, body_size=18),
         P("Charles", "Whitfield", middle="Edward", suffix="III", cred="CFP®"),
         "Charles Edward Whitfield III, CFP®",
         co=["WHITFIELD & MARSH", "WEALTH ADVISORS"], company="Whitfield & Marsh Wealth Advisors",
         title="Senior Partner",
         rows=[Ph("(843) 555-0191", "T"), Ph("(843) 555-0106", "F", "fax"),
               Em("cwhitfield@whitfieldmarsh.com")],
         addr=["40 Broad Street, Charleston, SC 29401"],
         street="40 Broad Street", city="Charleston", region="SC", postal="29401"),
    card("addr-top", "GR", False, T("opensans", pal="sky", name_w="bold",
                                    name_size=36, co_size=22, body_size=18),
         P("Eleni", "Karagianni"), "Eleni Karagianni",
         co="Aegean Ferry Agencies", title=["Operations Manager –", "Cyclades Lines"],
         title_truth="Operations Manager – Cyclades Lines",
         rows=[Ph("+30 22890 55418", "T"), Ph("+30 697 555 2718", "M", "mobile"),
               Em("e.karagianni@aegeanferry.gr")],
         addr=["Akti Miaouli 85, 185 38 Piraeus"],
         street="Akti Miaouli 85", city="Piraeus", postal="185 38"),
    card("strip-name", "PE", False, T("roboto", pal="orange", name_w="bold",
                                      name_size=36, co_size=22, body_size=18),
         P("Rosa María", "Huamán Condori"), "Rosa María Huamán Condori",
         co="Textiles Andinos Cusco E.I.R.L.", title="Gerente General",
         rows=[Ph("(084) 555418", "Telf."), Ph("984 555 271", "Cel.", "mobile"),
               Em("rhuaman@textilesandinos.pe")],
         addr=["Calle Plateros 334, Cusco"],
         street="Calle Plateros 334", city="Cusco"),
    card("qr-left", "MA", False, T("inter", pal="ink", name_w="semibold",
                                   name_size=36, co_size=22, body_size=18),
         P("Salma", "El Idrissi"), "Salma El Idrissi",
         co="Riad Conseil", title="Consultante senior, Transformation digitale",
         rows=[Ph("+212 5 37 55 41 80", "T"), Ph("+212 6 70 55 27 18", "M", "mobile"),
               Em("s.elidrissi@riadconseil.ma")],
         addr=["Immeuble Al Manar, 7 rue Oued Ziz, Agdal, Rabat"],
         street="Immeuble Al Manar, 7 rue Oued Ziz, Agdal", city="Rabat"),
    card("boxed", "AU", False, T("karla", pal="ink", name_w="bold",
                                 name_size=36, co_size=22, body_size=18),
         P("Siobhan", "Nguyen", middle="T."), "Siobhan T. Nguyen",
         co="Coral Coast Dental", title="Principal Dentist",
         rows=[Ph("(07) 5550 4180", "P"), Em("reception@coralcoastdental.com.au"),
               Web("coralcoastdental.com.au")],
         addr=["Shop 4, 128 Mulgrave Road", "Cairns QLD 4870"],
         street="Shop 4, 128 Mulgrave Road", city="Cairns", region="QLD", postal="4870"),
]

SPECS25: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "CH", True, T("inter", pal="ink", mark="square", name_w="semibold",
                                  name_size=40, co_size=24, body_size=19),
         P("Lukas", "Brunner", middle="Andreas", prefix="Dr. sc. techn."),
         "Dr. sc. techn. Lukas Andreas Brunner",
         co="Alpenwerk Hydraulik AG", title="Leiter Entwicklung",
         dept="Geschäftsbereich Mobilhydraulik",
         rows=[Ph("+41 44 555 41 80", "T"), Ph("+41 79 555 27 18", "M", "mobile"),
               Em("lukas.brunner@alpenwerk.ch")],
         addr=["Industriestrasse 27, 8304 Wallisellen, Schweiz"],
         street="Industriestrasse 27", city="Wallisellen", postal="8304"),
    card("classic", "IN", False, T("opensans", pal="burgundy", mark="circle", name_w="bold",
                                   name_size=38, co_size=24, body_size=19),
         P("Venkata", "Subramanian", middle="R."), "Venkata R. Subramanian", v=1,
         co="Kaveri Agritech Pvt. Ltd.", title="Senior Manager – Procurement",
         rows=[Ph("+91 80 5555 4180", "Ph"), Ph("+91 98450 55271", "Mob", "mobile"),
               Em("venkat.s@kaveriagritech.in")],
         addr=["No. 14, 2nd Cross, Indiranagar 1st Stage", "Bengaluru 560 038, Karnataka"],
         street="No. 14, 2nd Cross, Indiranagar 1st Stage", city="Bengaluru", region="KA",
         postal="560 038"),
    # ---------------------------------------------------------------- centred
    card("centred", "BE", True, T("libertine", "opensans", pal="cream", name_w="regular",
                                  name_size=40, co_size=24, body_size=19),
         P("Pieter", "Vandenbroucke"), "Pieter Vandenbroucke",
         co="Vandenbroucke & Claes", tag="ADVOCATEN · AVOCATS", title="Vennoot – Associé",
         rows=[Ph("+32 2 555 41 80", "T"), Ph("+32 475 55 27 18", "M", "mobile"),
               Em("p.vandenbroucke@vbclaes.be")],
         addr=["Kantoor Brussel: Louizalaan 149, 1050 Brussel",
               "Kantoor Gent: Kortrijksesteenweg 312, 9000 Gent – België"],
         street="Louizalaan 149", city="Brussel", postal="1050"),
    card("centred", "GB", False, T("garamond", "lato", pal="gold", name_w="regular",
                                   name_size=42, co_size=24, body_size=19),
         P("Harriet", "Pemberton-Lowe", middle="J."), "Harriet J. Pemberton-Lowe", v=1,
         co="Pemberton Fine Art", title="Director",
         rows=[Ph("0131 496 0418", "T"), Ph("07700 900 314", "M", "mobile"),
               Em("harriet@pembertonfineart.co.uk")],
         addr=["23 Dundas Street", "Edinburgh EH3 6QQ"],
         street="23 Dundas Street", city="Edinburgh", postal="EH3 6QQ"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "JP", True, T("roboto", pal="red", mark="circle", name_w="bold",
                                      name_size=38, co_size=24, body_size=18),
         P("Haruto", "Takahashi"), "TAKAHASHI Haruto",
         co="Kansai Precision Bearings Co., Ltd.",
         title=["Assistant Manager", "Overseas Sales Section"],
         title_truth="Assistant Manager", dept_truth="Overseas Sales Section",
         rows=[Ph("+81 6-6555-4180", "TEL"), Ph("+81 6-6555-4181", "FAX", "fax"),
               Em("h.takahashi@kansai-pb.co.jp")],
         addr=["3-5-12 Kitahama, Chuo-ku", "Osaka 541-0041, Japan"],
         street="3-5-12 Kitahama, Chuo-ku", city="Osaka", postal="541-0041"),
    card("two-columns", "ZA", True, T("opensans", pal="green", mark="leaf", name_w="bold",
                                      name_size=38, co_size=24, body_size=18),
         P("Thandiwe", "Mokoena", middle="Grace"), "Thandiwe Grace Mokoena", v=1,
         co="Highveld Solar Solutions (Pty) Ltd", title="Head: Project Finance",
         rows=[Ph("+27 11 555 4180", "Tel"), Ph("+27 82 555 2718", "Cell", "mobile"),
               Em("thandiwe@highveldsolar.co.za")],
         addr=["Building 4, Woodlands Office Park", "20 Woodlands Drive, Woodmead",
               "Sandton 2191, South Africa"],
         street="Building 4, Woodlands Office Park, 20 Woodlands Drive, Woodmead",
         city="Sandton", postal="2191"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "DK", True, T("inter", pal="sky", mark="bars", name_w="bold",
                                   name_size=38, co_size=24, body_size=18),
         P("Mette", "Søndergaard", middle="Louise"), "Mette Louise Søndergaard",
         co="Nordhavn Rederi A/S", title=["Chartering Manager", "Tank & Bulk"],
         title_truth="Chartering Manager", dept_truth="Tank & Bulk",
         rows=[Ph("+45 33 55 41 80", "Tlf."), Ph("+45 20 55 27 18", "Mobil", "mobile"),
               Em("mls@nordhavnrederi.dk")],
         addr=["Strandvejen 104A, 2900 Hellerup", "Denmark"],
         street="Strandvejen 104A", city="Hellerup", postal="2900"),
    card("vertical", "KR", True, T("lato", pal="navy", mark="diamond", name_w="bold",
                                   name_size=38, co_size=24, body_size=18),
         P("Seo-yeon", "Park"), "Park Seo-yeon", v=1,
         co="Hanbit Biologics Inc.", title="Principal Scientist, Cell Line Development",
         rows=[Ph("+82 31 555 4180", "T"), Ph("+82 10 5555 2718", "M", "mobile"),
               Em("seoyeon.park@hanbitbio.co.kr")],
         addr=["7F, 25 Pangyo-ro 255beon-gil, Bundang-gu", "Seongnam-si, Gyeonggi-do 13486",
               "Korea"],
         street="7F, 25 Pangyo-ro 255beon-gil, Bundang-gu", city="Seongnam-si",
         postal="13486"),
    # ---------------------------------------------------------------- dark
    card("dark", "US", False, T("manrope", pal="charcoal", mark="arc", name_w="bold",
                                name_size=40, co_size=24, body_size=19),
         P("Marcus", "Delgado", middle="T."), "Marcus T. Delgado",
         co="Ironwood Security Labs", title="Director of Threat Intelligence",
         rows=[Ph("(512) 555-0164", "O"), Ph("(512) 555-0192", "C", "mobile"),
               Em("mdelgado@ironwoodsec.io")],
         addr=["600 Congress Ave, 14th Floor, Austin, TX 78701"],
         street="600 Congress Ave, 14th Floor", city="Austin", region="TX", postal="78701"),
    card("dark", "SE", True, T("nimbussans", pal="navy", mark="tri", name_w="bold",
                               name_size=40, co_size=24, body_size=19),
         P("Johan", "Ek", middle="Fredrik"), "Johan Fredrik Ek", v=1,
         co="Polarljus Media AB", title="Kreativ chef",
         rows=[Ph("+46 90 555 41 80", "Tel"), Ph("+46 73 555 27 18", "Mobil", "mobile"),
               Em("johan.ek@polarljus.se")],
         addr=["Storgatan 46, 903 26 Umeå, Sverige"],
         street="Storgatan 46", city="Umeå", postal="903 26"),
    # ---------------------------------------------------------------- band
    card("band", "DE", False, T("karla", pal="orange", mark="circle", name_w="bold",
                                name_size=40, co_size=24, body_size=19),
         P("Friederike", "von Hagen"), "Friederike von Hagen",
         co="Hansekontor Logistik GmbH", title="Prokuristin, Leitung Zollabwicklung",
         rows=[Ph("+49 40 555 418-20", "Tel."), Ph("+49 171 555 2718", "Mobil", "mobile"),
               Em("f.vonhagen@hansekontor.de")],
         addr=["Am Sandtorkai 41", "20457 Hamburg"],
         street="Am Sandtorkai 41", city="Hamburg", postal="20457"),
    card("band", "CA", False, T("roboto", pal="teal", mark="bars", name_w="bold",
                                name_size=40, co_size=24, body_size=19),
         P("Aiden", "MacLeod", cred="P.Eng."), "Aiden MacLeod, P.Eng.", v=1,
         co="Bluenose Marine Engineering", title="Naval Architect",
         rows=[Ph("902-555-0147", "T"), Ph("902-555-0185", "C", "mobile"),
               Em("amacleod@bluenosemarine.ca")],
         addr=["1969 Upper Water St., Suite 1300", "Halifax, NS  B3J 3R7"],
         street="1969 Upper Water St., Suite 1300", city="Halifax", region="NS",
         postal="B3J 3R7"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "BR", False, T("garamond", "lato", pal="cream", name_w="regular",
                                    name_size=40, co_size=24, body_size=19),
         P("Beatriz", "Figueiredo", middle="Helena"), "Beatriz Helena Figueiredo",
         mono="FM", co=["Figueiredo Mattos", "Advogados Associados"],
         company="Figueiredo Mattos Advogados Associados", title="Sócia – Direito Tributário",
         rows=[Ph("+55 11 3555-4180", "T"), Ph("+55 11 99555-2718", "C", "mobile"),
               Em("beatriz@figueiredomattos.adv.br")],
         addr=["Av. Brigadeiro Faria Lima, 3477, 12º andar", "Itaim Bibi – São Paulo – SP",
               "04538-133"],
         street="Av. Brigadeiro Faria Lima, 3477, 12º andar, Itaim Bibi", city="São Paulo",
         region="SP", postal="04538-133"),
    card("monogram", "NO", False, T("lato", pal="plum", name_w="bold",
                                    name_size=38, co_size=24, body_size=19),
         P("Sindre", "Nilsen", middle="K."), "Sindre K. Nilsen", v=1,
         mono="NH", co="Nordlys Helse AS", title="Fagansvarlig fysioterapeut",
         rows=[Ph("+47 77 55 41 80", "Tlf"), Ph("+47 948 55 271", "Mob", "mobile"),
               Em("sindre@nordlyshelse.no")],
         addr=["Storgata 88, 9008 Tromsø"],
         street="Storgata 88", city="Tromsø", postal="9008"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "IN", False, T("opensans", pal="ink", mark="rings", name_w="bold",
                                       name_size=38, co_size=26, body_size=19, co_caps=True),
         P("Ananya", "Deshpande"), "Ananya Deshpande",
         co="Sahyadri Infra Projects Limited", title="Assistant General Manager",
         dept="Contracts & Claims",
         rows=[Ph("+91 22 5555 4180", "Tel"), Ph("+91 98200 55271", "Mobile", "mobile"),
               Em("ananya.d@sahyadriinfra.co.in")],
         addr=["Unit 1204, Tower B, Peninsula Business Park,",
               "Ganpatrao Kadam Marg, Lower Parel, Mumbai 400 013"],
         street="Unit 1204, Tower B, Peninsula Business Park, Ganpatrao Kadam Marg, Lower Parel",
         city="Mumbai", postal="400 013"),
    card("company-top", "KR", False, T("roboto", pal="sky", mark="hex", name_w="bold",
                                       name_size=38, co_size=26, body_size=19),
         P("Ji-hoon", "Lee"), "Ji-hoon LEE", v=1,
         co=["Daehan Smart", "Mobility Co., Ltd."], company="Daehan Smart Mobility Co., Ltd.",
         title="Team Leader", dept="Battery Systems Team",
         rows=[Ph("+82 2 555 4180", "T"), Ph("+82 10 5555 2719", "M", "mobile"),
               Em("jihoon.lee@daehanmobility.co.kr")],
         addr=["12F, 311 Teheran-ro, Gangnam-gu, Seoul 06151"],
         street="12F, 311 Teheran-ro, Gangnam-gu", city="Seoul", postal="06151"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "AU", False, T("inter", pal="mist", name_w="medium",
                                   name_size=36, co_size=22, body_size=19),
         P("Tamsin", "Wheeler"), "Tamsin Wheeler",
         co="Fieldwork Coffee Roasters", title="Head Roaster", title_co=" — ",
         rows=[Ph("0491 570 427", typ="mobile"), Em("tamsin@fieldworkcoffee.com.au")],
         addr=["7/22 Smith Street, Collingwood VIC 3066"],
         street="7/22 Smith Street", city="Collingwood", region="VIC", postal="3066"),
    # ---------------------------------------------------------------- labels
    card("labels", "ZA", False, T("lato", pal="teal", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Johannes", "du Plessis", middle="Pieter"), "Johannes Pieter du Plessis",
         co="Boland Wynkelder Koöperasie", title="Keldermeester / Cellar Master",
         title_truth="Keldermeester",
         rows=[Ph("021 555 4180", "Tel:"), Ph("082 555 2718", "Sel:", "mobile"),
               Ph("021 555 4189", "Faks:", "fax"), Em("johan@bolandwyn.co.za", "E-pos:")],
         addr=["Posbus 112, Paarl, 7620"],
         street="Posbus 112", city="Paarl", postal="7620"),
    card("labels", "CH", False, T("opensans", pal="ink", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Chloé", "Favre", middle="Anne"), "Chloé Anne Favre", v=1,
         co="Fiduciaire Léman SA", title="Experte fiscale diplômée",
         rows=[Ph("+41 21 555 41 80", "Tél."), Ph("+41 78 555 27 18", "Mob.", "mobile"),
               Em("c.favre@fiduciaireleman.ch", "E-mail")],
         addr=["Avenue de la Gare 10", "Case postale 1234", "1001 Lausanne"],
         street="Avenue de la Gare 10, Case postale 1234", city="Lausanne", postal="1001"),
    # ---------------------------------------------------------------- icons
    card("icons", "MY", False, T("roboto", pal="green", mark="leaf", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Priya", "Krishnan", middle="Devi"), "Priya Devi Krishnan",
         co="Straits Medicare Sdn. Bhd.", title="Business Development Executive",
         rows=[Ph("+60 4 555 4180"), Ph("+60 19 555 2718", typ="mobile"),
               Em("priya.k@straitsmedicare.com.my"), Web("www.straitsmedicare.com.my")],
         addr=["Lot 3A, Lebuh Pantai, 10300 George Town, Pulau Pinang"],
         street="Lot 3A, Lebuh Pantai", city="George Town", postal="10300"),
    card("icons", "GB", False, T("opensans", pal="sky", mark="circle", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Oluwaseun", "Adeyemi"), "Oluwaseun Adeyemi", v=1,
         co="Northern Quarter Digital", title="UX Research Lead",
         rows=[Ph("0161 496 0732"), Ph("07700 900 583", typ="mobile"),
               Em("seun@nqdigital.co.uk"), Li("linkedin.com/in/seunadeyemi")],
         addr=["Unit 5, Hilton House, 26 Hilton Street, Manchester M1 2EH"],
         street="Unit 5, Hilton House, 26 Hilton Street", city="Manchester", postal="M1 2EH"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "DK", False, T("inter", pal="ink", name_w="semibold",
                                    name_size=36, co_size=22, body_size=18),
         P("Rasmus", "Kjærgaard"), "Rasmus Kjærgaard",
         co="Kjærgaard Tegnestue ApS", title="Arkitekt MAA",
         title_truth="Arkitekt",
         rows=[[Ph("+45 86 55 41 80", "T"), Em("rk@kjaergaard-tegnestue.dk")]],
         addr=["Mejlgade 35B, 1. sal · 8000 Aarhus C"],
         street="Mejlgade 35B, 1. sal", city="Aarhus C", postal="8000"),
    card("one-line", "US", False, T("lato", pal="burgundy", name_w="bold",
                                     name_size=36, co_size=22, body_size=18),
         P("Eleanor", "Whitcomb", prefix="Dr.", cred="DVM"), "Dr. Eleanor Whitcomb, DVM",
         v=1, co="Green Mountain Equine Clinic", title="Associate Veterinarian",
         rows=[[Ph("(802) 555-0118", "P"), Ph("(802) 555-0176", "F", "fax")],
               [Em("ewhitcomb@gmequine.com")]],
         addr=["1124 Route 100 | Stowe, VT 05672"],
         street="1124 Route 100", city="Stowe", region="VT", postal="05672"),
    # ---------------------------------------------------------------- dense
    card("dense", "DE", True, T("robotocond", pal="ink", mark="square", name_w="bold",
                                name_size=34, co_size=22, body_size=17),
         P("Tobias", "Schäfer", prefix="Dipl.-Wirt.-Ing.", middle="M."),
         "Dipl.-Wirt.-Ing. Tobias M. Schäfer",
         co="Rheinland Kunststofftechnik GmbH & Co. KG", dept="Einkauf & Supply Chain",
         title="Strategischer Einkäufer",
         rows=[[Ph("+49 221 555 418-12", "Tel."), Ph("+49 221 555 418-99", "Fax", "fax")],
               [Ph("+49 160 555 2718", "Mobil", "mobile"), Em("t.schaefer@rkt-koeln.de")]],
         addr=["Werk Köln: Emil-Hoffmann-Str. 55, 50996 Köln",
               "Werk Bonn: Mildred-Scheel-Str. 2, 53175 Bonn · Deutschland"],
         street="Emil-Hoffmann-Str. 55", city="Köln", postal="50996"),
    card("dense", "PK", True, T("opensans", pal="teal", mark="bars", name_w="bold",
                                 name_size=34, co_size=22, body_size=17, co_caps=True),
         P("Faisal", "Siddiqui", middle="Ahmed", cred="ACA"), "Faisal Ahmed Siddiqui, ACA",
         v=1, co="Siddiqui Haroon & Co.", tag="CHARTERED ACCOUNTANTS",
         title=["Partner", "Audit & Assurance"],
         title_truth="Partner", dept_truth="Audit & Assurance",
         rows=[[Ph("+92 21 3555 4180", "UAN"), Ph("+92 321 555 2718", "Cell", "mobile")],
               [Em("faisal@shco.com.pk"), Web("www.shco.com.pk")]],
         addr=["Suite 702, 7th Floor, Business Centre, Shahrah-e-Faisal, Karachi 75350",
               "Pakistan"],
         street="Suite 702, 7th Floor, Business Centre, Shahrah-e-Faisal", city="Karachi",
         postal="75350"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "FI", False, T("manrope", pal="ink", name_w="bold",
                                         name_size=38, co_size=24, body_size=19),
         P("Veera", "Laaksonen"), "Veera Laaksonen",
         co="Lapin Matkailupalvelut Oy", title="Myynti- ja markkinointipäällikkö",
         rows=[Ph("+358 16 555 4180", "P."), Ph("+358 40 555 2719", "M.", "mobile"),
               Em("veera.laaksonen@lapinmatkailu.fi")],
         addr=["Koskikatu 9 A 4, 96200 Rovaniemi"],
         street="Koskikatu 9 A 4", city="Rovaniemi", postal="96200"),
    card("right-aligned", "JP", False, T("inter", pal="ink", name_w="bold",
                                         name_size=38, co_size=24, body_size=19),
         P("Yuki", "Morimoto"), "Yuki Morimoto", v=1,
         co="Shinonome Design Studio", title="Art Director",
         rows=[Ph("+81 3-5555-4182", "T"), Ph("+81 90-5555-2718", "M", "mobile"),
               Em("morimoto@shinonome-design.jp")],
         addr=["Aoyama Bldg. 5F, 2-7-18 Minami-Aoyama", "Minato-ku, Tokyo 107-0062"],
         street="Aoyama Bldg. 5F, 2-7-18 Minami-Aoyama, Minato-ku", city="Tokyo",
         postal="107-0062"),
    # ---------------------------------------------------------------- singles
    card("logo-left", "BE", True, T("inter", pal="sky", mark="hex", name_w="bold",
                                     name_size=36, co_size=24, body_size=18),
         P("Sofie", "De Smet"), "Sofie De Smet",
         co=["SCHELDE", "BIOPROCESS"], company="Schelde Bioprocess",
         title="Business Unit Manager", dept="Fermentation Services",
         rows=[Ph("+32 9 555 41 80", "T"), Ph("+32 486 55 27 18", "M", "mobile"),
               Em("sofie.desmet@scheldebio.be")],
         addr=["Technologiepark-Zwijnaarde 82", "9052 Gent, Belgium"],
         street="Technologiepark-Zwijnaarde 82", city="Gent", postal="9052"),
    card("qr", "US", False, T("roboto", pal="ink", mark="bars", name_w="bold",
                              name_size=38, co_size=24, body_size=19),
         P("Kimberly", "Nakamura-Price"), "Kimberly Nakamura-Price",
         co="Summit Ridge Realty Group", title="Broker Associate",
         rows=[Ph("(303) 555-0129", "C", "mobile"), Em("kim@summitridgerealty.com"),
               Web("summitridgerealty.com")],
         addr=["1550 Wewatta St, Denver, CO 80202"],
         street="1550 Wewatta St", city="Denver", region="CO", postal="80202"),
    card("big-name", "GR", False, T("manrope", pal="ink", name_w="black",
                                    name_size=54, co_size=22, body_size=18),
         P("Dimitris", "Alexandropoulos"), "Dimitris Alexandropoulos",
         co="Thessaloniki Port Services S.A.", title="Chief Commercial Officer",
         rows=[Ph("+30 2310 555 418", "T"), Ph("+30 697 555 2719", "M", "mobile"),
               Em("d.alexandropoulos@thps.gr")],
         addr=["26is Oktovriou 17", "546 27 Thessaloniki"],
         street="26is Oktovriou 17", city="Thessaloniki", postal="546 27"),
    card("spaced", "CL", False, T("lato", pal="mist", name_w="regular",
                                  name_size=38, co_size=22, body_size=18, name_caps=True,
                                  name_track=4),
         P("Catalina", "Errázuriz Montes"), "Catalina Errázuriz Montes",
         co="Estudio Cordillera", title="Arquitecta",
         rows=[Ph("+56 9 7555 2718", typ="mobile"), Em("catalina@estudiocordillera.cl"),
               Web("estudiocordillera.cl")],
         addr=["Merced 380, depto. 51, Santiago Centro"],
         street="Merced 380, depto. 51", city="Santiago Centro"),
    card("logo-area", "TW", True, T("roboto", pal="forest", mark="tri", co_size=34,
                                    name_size=36, body_size=18),
         P("Mei-ling", "Huang"), "HUANG Mei-ling",
         co="Jade Mountain Tea Co.", tag="Oolong · Since 1968",
         title="Export Manager",
         rows=[Ph("+886 49 255 4180", "T"), Ph("+886 921 555 718", "M", "mobile"),
               Em("meiling@jademountaintea.com.tw")],
         addr=["No. 66, Sec. 2, Zhongshan Rd., Lugu Township", "Nantou County 558, Taiwan"],
         street="No. 66, Sec. 2, Zhongshan Rd., Lugu Township", city="Nantou County",
         postal="558"),
    card("avatar", "PH", False, T("opensans", pal="ink", name_w="bold",
                                  name_size=36, co_size=22, body_size=18),
         P("Kristine Joy", "Bautista", middle="M."), "Kristine Joy M. Bautista",
         co="Visayas Fintech Solutions, Inc.", title="Product Owner, Mobile Payments",
         rows=[Ph("+63 2 8555 4182", "Office"), Ph("+63 917 555 2719", "Mobile", "mobile"),
               Em("kjbautista@visayasfintech.ph")],
         addr=["18th Floor, Ayala Triangle Gardens Tower 2, Paseo de Roxas, Makati City 1226"],
         street="18th Floor, Ayala Triangle Gardens Tower 2, Paseo de Roxas",
         city="Makati City", postal="1226"),
    card("grid", "CO", False, T("inter", pal="mist", mark="square", name_w="bold",
                                name_size=36, co_size=22, body_size=18),
         P("Valentina", "Cárdenas Moreno"), "Valentina Cárdenas Moreno",
         co="Café Sierra Nevada S.A.S.", title=["Coordinadora de Calidad", "Laboratorio de Taza"],
         title_truth="Coordinadora de Calidad", dept_truth="Laboratorio de Taza",
         addr_label="Dirección",
         rows=[Ph("+57 605 555 4180", "Tel."), Ph("+57 312 555 2718", "Cel.", "mobile"),
               Em("vcardenas@cafesierranevada.co", "Correo")],
         addr=["Calle 22 # 3-48, Centro Histórico", "Santa Marta, Magdalena"],
         street="Calle 22 # 3-48, Centro Histórico", city="Santa Marta", region="MAG"),
    card("side-name", "TR", False, T("lato", pal="navy", name_w="bold",
                                     name_size=36, co_size=22, body_size=18),
         P("Zeynep", "Aydoğan"), "Zeynep AYDOĞAN",
         co="Anadolu Tekstil Boya San. ve Tic. A.Ş.", title="Kalite Güvence Müdürü",
         rows=[Ph("+90 224 555 41 80", "T"), Ph("+90 532 555 27 19", "M", "mobile"),
               Em("zeynep.aydogan@anadolutekstil.com.tr")],
         addr=["Demirtaş OSB, Mustafa Karaer Cad. No: 22", "16245 Osmangazi / Bursa"],
         street="Demirtaş OSB, Mustafa Karaer Cad. No: 22", city="Bursa", postal="16245"),
    card("footer", "GB", False, T("garamond", "inter", pal="cream", name_w="regular",
                                  name_size=40, co_size=24, body_size=18),
         P("Alistair", "Forbes", middle="James", cred="MRICS"),
         "Alistair James Forbes MRICS",
         co=["FORBES & KERR", "CHARTERED SURVEYORS"], company="Forbes & Kerr",
         title="Associate Director",
         rows=[Ph("01632 960 527", "T"), Ph("07700 900 618", "M", "mobile"),
               Em("alistair.forbes@forbeskerr.co.uk")],
         addr=["2 Albyn Place, Aberdeen AB10 1YH"],
         street="2 Albyn Place", city="Aberdeen", postal="AB10 1YH"),
    card("addr-top", "IL", False, T("opensans", pal="sky", name_w="bold",
                                    name_size=36, co_size=22, body_size=18),
         P("Avi", "Mizrahi", middle="D."), "Avi D. Mizrahi",
         co="Negev AgriSense Ltd.", title="VP Business Development",
         rows=[Ph("08-655-4180", "Tel."), Ph("050-555-2718", "Mob.", "mobile"),
               Em("avi@negevagrisense.co.il")],
         addr=["Gav-Yam Negev Park, 1 Ha-Ofeh St., Be'er Sheva"],
         street="Gav-Yam Negev Park, 1 Ha-Ofeh St.", city="Be'er Sheva"),
    card("strip-name", "MA", True, T("roboto", pal="orange", name_w="bold",
                                     name_size=36, co_size=22, body_size=18),
         P("Karim", "Tazi"), "Karim TAZI",
         co="Marrakech Événements", title="Chef de projet – Congrès & Séminaires",
         rows=[Ph("+212 5 24 55 41 80", "Tél."), Ph("+212 6 62 55 27 19", "GSM", "mobile"),
               Em("k.tazi@marrakech-evenements.ma")],
         addr=["Résidence Yasmine, Bureau 14, Av. Mohammed VI, Guéliz",
               "40000 Marrakech – Maroc"],
         street="Résidence Yasmine, Bureau 14, Av. Mohammed VI, Guéliz", city="Marrakech",
         postal="40000"),
    card("qr-left", "CA", False, T("inter", pal="ink", name_w="semibold",
                                   name_size=36, co_size=22, body_size=18),
         P("Nathalie", "Bouchard-Tremblay"), "Nathalie Bouchard-Tremblay",
         co="Groupe Conseil Saguenay", title="Conseillère principale, Ressources humaines",
         rows=[Ph("418 555-0153, poste 221", "Bur.", ext="221"),
               Ph("418 555-0199", "Cell.", "mobile"), Em("nbtremblay@gcsaguenay.ca")],
         addr=["930, rue Jacques-Cartier Est, bureau 300, Chicoutimi (Québec) G7H 7K9"],
         street="930, rue Jacques-Cartier Est, bureau 300", city="Chicoutimi", region="QC",
         postal="G7H 7K9"),
    card("boxed", "AU", False, T("karla", pal="ink", name_w="bold",
                                 name_size=36, co_size=22, body_size=18),
         P("Rohan", "Bhattacharya", prefix="Dr", cred="BVSc"), "Dr Rohan Bhattacharya BVSc",
         co="Swan Valley Vet Hospital", title="Senior Veterinarian",
         rows=[Ph("(08) 5550 4127", "P"), Em("rohan@swanvalleyvet.com.au"),
               Web("swanvalleyvet.com.au")],
         addr=["PO Box 318", "Midland WA 6936"],
         street="PO Box 318", city="Midland", region="WA", postal="6936"),
]


SPECS26: list[Card] = [
    # ---------------------------------------------------------------- classic
    card("classic", "PE", True, T("opensans", pal="ink", mark="tri", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Rodrigo", "Quispe Mamani", middle="Alonso"), "Rodrigo Alonso Quispe Mamani",
         co="Minera Andina del Sur S.A.A.", title="Jefe de Operaciones Mineras",
         rows=[Ph("+51 1 555 4180", "T"), Ph("+51 987 555 271", "Cel.", "mobile"),
               Em("rquispe@mineraandina.com.pe")],
         addr=["Av. Víctor Andrés Belaúnde 147, Of. 702, San Isidro", "Lima 15073, Perú"],
         street="Av. Víctor Andrés Belaúnde 147, Of. 702, San Isidro", city="Lima",
         postal="15073"),
    card("classic", "KR", True, T("lato", pal="navy", mark="square", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Do-hyun", "Kim", cred="Ph.D."), "Do-hyun Kim, Ph.D.", v=1,
         co="Hanul Robotics Co., Ltd.", title="Principal Researcher",
         dept="AI Research Center",
         rows=[Ph("+82 2 555 4183", "T"), Ph("+82 10 5555 2716", "M", "mobile"),
               Em("dohyun.kim@hanulrobotics.co.kr")],
         addr=["5F, 17 Gwacheon-daero 7na-gil", "Gwacheon-si, Gyeonggi-do 13840, Korea"],
         street="5F, 17 Gwacheon-daero 7na-gil", city="Gwacheon-si", postal="13840"),
    # ---------------------------------------------------------------- centred
    card("centred", "GB", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=42, co_size=24, body_size=19),
         P("Eleanor", "Vaughan"), "Eleanor Vaughan",
         co="Pryce Vaughan", tag="CYFREITHWYR · SOLICITORS", title="Partner",
         dept="Private Client",
         rows=[Ph("029 2018 0472", "T"), Ph("07700 900 846", "M", "mobile"),
               Em("eleanor.vaughan@pryce-vaughan.co.uk")],
         addr=["Tŷ Afon, 12 Heol y Frenhines", "Cardiff CF10 2BU"],
         street="Tŷ Afon, 12 Heol y Frenhines", city="Cardiff", postal="CF10 2BU"),
    card("centred", "CL", True, T("libertine", "opensans", pal="burgundy", name_w="regular",
                                  name_size=40, co_size=24, body_size=19),
         P("María José", "Fuenzalida Rojas"), "María José Fuenzalida Rojas", v=1,
         co="Viña Los Boldos", title="Enóloga Jefe",
         rows=[Ph("+56 72 255 4180", "Tel."), Ph("+56 9 6555 2718", "Cel.", "mobile"),
               Em("mjfuenzalida@vinalosboldos.cl")],
         addr=["Fundo El Retiro s/n, Parcela 14", "Santa Cruz, Colchagua – Chile"],
         street="Fundo El Retiro s/n, Parcela 14", city="Santa Cruz"),
    # ---------------------------------------------------------------- two-columns
    card("two-columns", "TW", True, T("roboto", pal="sky", mark="hex", name_w="bold",
                                      name_size=38, co_size=24, body_size=18),
         P("Yu-ting", "Chen"), "CHEN Yu-ting",
         co="Formosa Microsystems Corp.", title=["Senior Engineer", "RF Design Dept."],
         title_truth="Senior Engineer", dept_truth="RF Design Dept.",
         rows=[Ph("+886 3 555 4180 ext. 3312", "TEL", ext="3312"),
               Ph("+886 912 555 718", "MOBILE", "mobile"), Em("ytchen@formosamicro.com.tw")],
         addr=["8F, No. 19, Lixing 6th Rd., East Dist.", "Hsinchu City 300, Taiwan"],
         street="8F, No. 19, Lixing 6th Rd., East Dist.", city="Hsinchu City", postal="300"),
    card("two-columns", "MA", False, T("opensans", pal="teal", mark="circle", name_w="bold",
                                       name_size=38, co_size=24, body_size=18),
         P("Salma", "Benjelloun", prefix="Dr."), "Dr. Salma Benjelloun", v=1,
         co="Centre d'Imagerie Anfa", title="Médecin radiologue",
         rows=[Ph("+212 5 22 55 41 80", "Tél."), Ph("+212 5 22 55 41 81", "Fax", "fax"),
               Ph("+212 6 61 55 27 18", "GSM", "mobile"), Em("s.benjelloun@imagerie-anfa.ma")],
         addr=["Angle Bd d'Anfa et Rue Ibnou Hamdiss, 3e étage", "20050 Casablanca"],
         street="Angle Bd d'Anfa et Rue Ibnou Hamdiss, 3e étage", city="Casablanca",
         postal="20050"),
    # ---------------------------------------------------------------- vertical
    card("vertical", "FI", True, T("inter", pal="forest", mark="bars", name_w="bold",
                                   name_size=38, co_size=24, body_size=18),
         P("Aleksi", "Heikkinen", middle="Juhani"), "Aleksi Juhani Heikkinen",
         co="Saimaan Puu Oy", title="Toimitusjohtaja",
         rows=[Ph("+358 5 555 4180", "puh."), Ph("+358 40 555 2718", "gsm", "mobile"),
               Em("aleksi.heikkinen@saimaanpuu.fi")],
         addr=["Satamakatu 7 B", "53100 Lappeenranta", "Finland"],
         street="Satamakatu 7 B", city="Lappeenranta", postal="53100"),
    card("vertical", "PH", False, T("opensans", pal="red", mark="diamond", name_w="bold",
                                    name_size=36, co_size=24, body_size=18),
         P("Ma. Cristina", "Villanueva", middle="R."), "Ma. Cristina R. Villanueva", v=1,
         co="Mindanao Rural Bank, Inc.", title="Branch Manager",
         rows=[Ph("(082) 555 4180", "Tel"), Ph("0917 555 2718", "Mobile", "mobile"),
               Em("mcvillanueva@mindanaorb.com.ph")],
         addr=["Ground Floor, Jose Chavez Bldg.,", "C.M. Recto Avenue, Davao City 8000"],
         street="Ground Floor, Jose Chavez Bldg., C.M. Recto Avenue", city="Davao City",
         postal="8000"),
    # ---------------------------------------------------------------- dark
    card("dark", "AU", False, T("manrope", pal="charcoal", mark="arc", name_w="bold",
                                name_size=40, co_size=24, body_size=19),
         P("Liam", "O'Sullivan"), "Liam O'Sullivan",
         co="Saltwater Surf Co.", title="Founder & Head Shaper",
         rows=[Ph("0491 570 318", "M", "mobile"), Ph("(02) 5550 4182", "P"),
               Em("liam@saltwatersurf.com.au")],
         addr=["Shop 3, 41 Gerrard Street", "Alstonville NSW 2477"],
         street="Shop 3, 41 Gerrard Street", city="Alstonville", region="NSW", postal="2477"),
    card("dark", "IL", True, T("inter", pal="navy", mark="tri", name_w="bold",
                               name_size=40, co_size=24, body_size=19),
         P("Noa", "Ben-David"), "Noa Ben-David", v=1,
         co="Quantix Vision Ltd.", title="CTO & Co-Founder",
         rows=[Ph("+972 3-555-4180", "T"), Ph("+972 54-555-2718", "M", "mobile"),
               Em("noa@quantixvision.com")],
         addr=["Yigal Alon St. 94, Floor 11", "Tel Aviv 6789139, Israel"],
         street="Yigal Alon St. 94, Floor 11", city="Tel Aviv", postal="6789139"),
    # ---------------------------------------------------------------- band
    card("band", "TR", False, T("lato", pal="teal", mark="circle", name_w="bold",
                                name_size=40, co_size=24, body_size=19),
         P("Mehmet", "Karataş", middle="Emin"), "Mehmet Emin Karataş",
         co="Ege Zeytinyağı Sanayi A.Ş.", title="Satış Müdürü", dept="İhracat Departmanı",
         rows=[Ph("+90 232 555 41 80", "Tel"), Ph("+90 532 555 27 18", "Gsm", "mobile"),
               Em("mehmet.karatas@egezeytinyagi.com.tr")],
         addr=["Atatürk Cad. No: 214 Kat: 3", "35220 Konak / İzmir"],
         street="Atatürk Cad. No: 214 Kat: 3", city="İzmir", postal="35220"),
    card("band", "CO", False, T("roboto", pal="orange", mark="bars", name_w="bold",
                                name_size=40, co_size=24, body_size=19),
         P("Andrés", "Restrepo Gómez", middle="Felipe"), "Andrés Felipe Restrepo Gómez", v=1,
         co="Textiles del Valle de Aburrá S.A.S.",
         title="Director Comercial – Región Andina",
         rows=[Ph("+57 604 555 4180", "PBX"), Ph("+57 310 555 2718", "Cel.", "mobile"),
               Em("arestrepo@textilesaburra.com.co")],
         addr=["Carrera 43A # 1 Sur-100, Oficina 1204", "Medellín, Antioquia"],
         street="Carrera 43A # 1 Sur-100, Oficina 1204", city="Medellín", region="ANT"),
    # ---------------------------------------------------------------- monogram
    card("monogram", "GR", True, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=40, co_size=24, body_size=19),
         P("Eleni", "Papadaki"), "Eleni Papadaki",
         mono="EP", co="Papadaki Architects", title="Founding Architect",
         rows=[Ph("+30 210 555 4180", "T."), Ph("+30 694 555 2718", "M.", "mobile"),
               Em("eleni@papadaki-architects.gr")],
         addr=["Skoufa 42", "106 73 Athens, Greece"],
         street="Skoufa 42", city="Athens", postal="106 73"),
    card("monogram", "IE", False, T("lato", pal="plum", name_w="bold",
                                    name_size=36, co_size=24, body_size=19),
         P("Ciarán", "Mac Giolla Bhríde", prefix="Dr", cred="BDS"),
         "Dr Ciarán Mac Giolla Bhríde BDS", v=1,
         mono="MGB", co="Mac Giolla Bhríde Dental", title="Principal Dentist",
         rows=[Ph("074 915 5418", "T"), Ph("087 555 2718", "M", "mobile"),
               Em("ciaran@mgbdental.ie")],
         addr=["Unit 2, Atlantic Point, Port Road", "Letterkenny, Co. Donegal F92 X2K8"],
         street="Unit 2, Atlantic Point, Port Road", city="Letterkenny", postal="F92 X2K8"),
    # ---------------------------------------------------------------- company-top
    card("company-top", "MY", True, T("roboto", pal="navy", mark="rings", name_w="bold",
                                      name_size=38, co_size=24, body_size=19, co_caps=True),
         P("Wei Ming", "Tan"), "TAN Wei Ming",
         co="Syarikat Perkapalan Selatan Sdn. Bhd.", title="General Manager",
         dept="Operations & Logistics",
         rows=[Ph("+60 7 555 4180", "Tel"), Ph("+60 7 555 4181", "Fax", "fax"),
               Ph("+60 12 555 2718", "H/P", "mobile"), Em("wmtan@perkapalanselatan.com.my")],
         addr=["No. 8, Jalan Kemajuan 3,", "Taman Perindustrian Pasir Gudang,",
               "81700 Pasir Gudang, Johor, Malaysia"],
         street="No. 8, Jalan Kemajuan 3, Taman Perindustrian Pasir Gudang",
         city="Pasir Gudang", postal="81700"),
    card("company-top", "PK", False, T("opensans", pal="green", mark="leaf", name_w="bold",
                                       name_size=38, co_size=26, body_size=19),
         P("Muhammad", "Tariq", middle="Usman"), "Muhammad Usman Tariq", v=1,
         co=["Indus Valley", "Pharmaceuticals (Pvt.) Ltd."],
         company="Indus Valley Pharmaceuticals (Pvt.) Ltd.",
         title="Regional Sales Manager – Punjab North",
         rows=[Ph("+92 42 3555 4180", "Ph"), Ph("+92 300 555 2718", "Cell", "mobile"),
               Em("usman.tariq@indusvalleypharma.com.pk")],
         addr=["Plot 23-B, Sundar Industrial Estate,", "Raiwind Road, Lahore 54000"],
         street="Plot 23-B, Sundar Industrial Estate, Raiwind Road", city="Lahore",
         postal="54000"),
    # ---------------------------------------------------------------- minimal
    card("minimal", "NO", False, T("inter", pal="mist", name_w="medium",
                                   name_size=36, co_size=22, body_size=19),
         P("Ingrid", "Haugen", middle="Aas"), "Ingrid Aas Haugen",
         co="Advokatfirmaet Haugen & Berg AS", title="Advokat", title_co=" | ",
         rows=[Ph("+47 930 55 271", typ="mobile"), Em("iah@haugenberg.no")],
         addr=["Kongens gate 14, 7011 Trondheim"],
         street="Kongens gate 14", city="Trondheim", postal="7011"),
    # ---------------------------------------------------------------- labels
    card("labels", "BR", False, T("lato", pal="teal", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Paulo", "Nogueira", middle="Roberto", prefix="Dr."), "Dr. Paulo Roberto Nogueira",
         co="Clínica Ortopédica Serra Gaúcha", title="Diretor Clínico",
         extra=["CRM-RS 24180"],
         rows=[Ph("+55 54 3555-4180", "Tel.:"), Ph("+55 54 99555-2718", "Cel.:", "mobile"),
               Em("paulo.nogueira@ortoserragaucha.com.br", "E-mail:")],
         addr=["Rua Sinimbu, 1878, sala 504, Centro", "95020-002 Caxias do Sul – RS"],
         street="Rua Sinimbu, 1878, sala 504, Centro", city="Caxias do Sul", region="RS",
         postal="95020-002"),
    card("labels", "CA", False, T("opensans", pal="ink", name_w="bold",
                                  name_size=38, co_size=24, body_size=19),
         P("Priya", "Raghunathan", cred="CPA, CA"), "Priya Raghunathan, CPA, CA", v=1,
         co="Raghunathan Tax & Advisory", title="Principal",
         rows=[Ph("416-555-0119", "Tel"), Ph("416-555-0183", "Cell", "mobile"),
               Ph("416-555-0120", "Fax", "fax"), Em("priya@raghunathantax.ca", "Email")],
         addr=["3300 Bloor Street West, Suite 2900", "Toronto, ON  M8X 2X3"],
         street="3300 Bloor Street West, Suite 2900", city="Toronto", region="ON",
         postal="M8X 2X3"),
    # ---------------------------------------------------------------- icons
    card("icons", "PE", False, T("roboto", pal="orange", mark="tri", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Lucía", "Huamán Ccori"), "Lucía Huamán Ccori",
         co="Cusco Andean Treks E.I.R.L.", title="Gerente General",
         rows=[Ph("+51 84 555 418"), Ph("+51 984 555 271", typ="mobile"),
               Em("lucia@cuscoandeantreks.pe"), Web("www.cuscoandeantreks.pe")],
         addr=["Calle Plateros 348, Of. 2", "Cusco 08002"],
         street="Calle Plateros 348, Of. 2", city="Cusco", postal="08002"),
    card("icons", "US", False, T("opensans", pal="navy", mark="square", name_w="bold",
                                 name_size=38, co_size=24, body_size=19, label_mode="icons"),
         P("Jamal", "Whitaker", middle="K."), "Jamal K. Whitaker", v=1,
         co="Bayou City Mechanical", title="Project Estimator",
         rows=[Ph("(713) 555-0142"), Ph("(713) 555-0187", typ="mobile"),
               Em("jwhitaker@bayoucitymech.com"), Web("bayoucitymech.com")],
         addr=["8815 Clinton Dr, Houston, TX 77029"],
         street="8815 Clinton Dr", city="Houston", region="TX", postal="77029"),
    # ---------------------------------------------------------------- one-line
    card("one-line", "SE", False, T("inter", pal="ink", name_w="semibold",
                                    name_size=36, co_size=22, body_size=18),
         P("Karin", "Lindström"), "Karin Lindström",
         co="Lindström Revision AB", title="Auktoriserad revisor",
         rows=[[Ph("+46 31 555 41 80", "Tel"), Ph("+46 70 555 27 18", "Mobil", "mobile")],
               [Em("karin@lindstromrevision.se")]],
         addr=["Kungsportsavenyen 21 · 411 36 Göteborg"],
         street="Kungsportsavenyen 21", city="Göteborg", postal="411 36"),
    card("one-line", "GB", False, T("karla", pal="burgundy", name_w="bold",
                                    name_size=36, co_size=22, body_size=18),
         P("Nadia", "Rahman"), "Nadia Rahman", v=1,
         co="Kirkgate Print Studio", title="Studio Manager",
         rows=[[Ph("0113 496 0572", "T"), Em("nadia@kirkgateprint.co.uk")],
               [Web("kirkgateprint.co.uk")]],
         addr=["Arch 14, Granary Wharf | Leeds LS1 4BR"],
         street="Arch 14, Granary Wharf", city="Leeds", postal="LS1 4BR"),
    # ---------------------------------------------------------------- dense
    card("dense", "MY", False, T("robotocond", pal="ink", mark="square", name_w="bold",
                                 name_size=34, co_size=22, body_size=17, co_caps=True),
         P("Ahmad Faizal", "bin Hashim", prefix="Ir."), "Ir. Ahmad Faizal bin Hashim",
         co="Teknik Bina Bersatu Sdn. Bhd.",
         title="Pengarah Urusan / Managing Director", title_truth="Pengarah Urusan",
         rows=[[Ph("+60 3 5555 4180", "T"), Ph("+60 3 5555 4181", "F", "fax")],
               [Ph("+60 13 555 2718", "M", "mobile"), Em("faizal@tbbersatu.com.my")]],
         addr=["HQ: Level 12, Menara Bangsar, Jalan Bangsar, 59200 Kuala Lumpur",
               "Branch: 21, Jalan Tun Abdul Razak, 80000 Johor Bahru"],
         street="Level 12, Menara Bangsar, Jalan Bangsar", city="Kuala Lumpur",
         postal="59200"),
    card("dense", "DE", False, T("nimbussans", pal="teal", mark="bars", name_w="bold",
                                 name_size=34, co_size=22, body_size=17),
         P("Karl-Heinz", "Baumgärtner", prefix="Prof. Dr.-Ing."),
         "Prof. Dr.-Ing. Karl-Heinz Baumgärtner", v=1,
         co="Baumgärtner Ingenieurgesellschaft mbH", dept="Geschäftsführung",
         title="Geschäftsführender Gesellschafter",
         rows=[[Ph("+49 641 555 418-0", "Tel."), Ph("+49 641 555 418-29", "Fax", "fax")],
               [Ph("+49 172 555 2718", "Mobil", "mobile"), Em("k.baumgaertner@big-giessen.de")]],
         addr=["Wilhelmstraße 12a", "35392 Gießen"],
         street="Wilhelmstraße 12a", city="Gießen", postal="35392"),
    # ---------------------------------------------------------------- right-aligned
    card("right-aligned", "TW", False, T("manrope", pal="ink", name_w="bold",
                                         name_size=38, co_size=24, body_size=19),
         P("Kevin", "Lin", middle="Chia-Hao"), "Kevin Chia-Hao Lin",
         co="Pacific Rim Semicon Trading Co., Ltd.", title="Sales Director, APAC",
         rows=[Ph("+886 2 2555 4180", "T"), Ph("+886 933 555 718", "M", "mobile"),
               Em("kevin.lin@pacrimsemi.com.tw")],
         addr=["12F-3, No. 97, Sec. 4, Chongxin Rd.,", "Sanchong Dist., New Taipei City 241"],
         street="12F-3, No. 97, Sec. 4, Chongxin Rd., Sanchong Dist.", city="New Taipei City",
         postal="241"),
    card("right-aligned", "CL", True, T("garamond", "inter", pal="ink", name_w="regular",
                                        name_size=40, co_size=24, body_size=19),
         P("Ignacio", "Larraín"), "Ignacio Larraín", v=1,
         co="Larraín & Vial Abogados", title=["Socio", "Derecho Minero y Ambiental"],
         title_truth="Socio", dept_truth="Derecho Minero y Ambiental",
         rows=[Ph("+56 2 2555 4180", "T"), Ph("+56 9 8555 2718", "M", "mobile"),
               Em("ilarrain@larrainvial-abogados.cl")],
         addr=["Av. Apoquindo 3721, piso 9, Las Condes", "Santiago, Chile"],
         street="Av. Apoquindo 3721, piso 9, Las Condes", city="Santiago"),
    # ---------------------------------------------------------------- singles
    card("logo-left", "CO", False, T("lato", pal="forest", mark="leaf", name_w="bold",
                                     name_size=36, co_size=24, body_size=18),
         P("Luisa Fernanda", "Ortiz"), "Luisa Fernanda Ortiz",
         co=["CAFÉ", "ALTO CAUCA"], company="Café Alto Cauca",
         title="Gerente de Exportaciones",
         rows=[Ph("+57 602 555 4180", "T"), Ph("+57 315 555 2718", "C", "mobile"),
               Em("lfortiz@cafealtocauca.co")],
         addr=["Calle 5 # 38-25, Barrio San Fernando", "Cali, Valle del Cauca"],
         street="Calle 5 # 38-25, Barrio San Fernando", city="Cali", region="VAC"),
    card("qr", "CA", False, T("inter", pal="forest", mark="leaf", name_w="bold",
                              name_size=38, co_size=24, body_size=19),
         P("Grace", "Nakagawa", cred="BCSLA"), "Grace Nakagawa, BCSLA",
         co="Cedar & Tide Landscape Studio", title="Principal Landscape Architect",
         rows=[Ph("604-555-0136", "T"), Ph("604-555-0171", "M", "mobile"),
               Em("grace@cedarandtide.ca"), Web("cedarandtide.ca")],
         addr=["210 – 1037 West Broadway", "Vancouver, BC  V6H 1E3"],
         street="210 – 1037 West Broadway", city="Vancouver", region="BC", postal="V6H 1E3"),
    card("big-name", "FI", False, T("manrope", pal="ink", name_w="black",
                                    name_size=54, co_size=22, body_size=18),
         P("Eero", "Mäkelä"), "Eero Mäkelä",
         co="Mäkelä Muotoilu Oy", title="Teollinen muotoilija",
         rows=[Ph("+358 9 555 4180", "puh."), Ph("+358 50 555 2718", "gsm", "mobile"),
               Em("eero@makelamuotoilu.fi")],
         addr=["Tallberginkatu 1 C 85", "00180 Helsinki"],
         street="Tallberginkatu 1 C 85", city="Helsinki", postal="00180"),
    card("spaced", "GR", True, T("lato", pal="mist", name_w="regular",
                                 name_size=38, co_size=22, body_size=18, name_caps=True,
                                 name_track=4),
         P("Anna", "Konstantinidou"), "Anna Konstantinidou",
         co="Kyma Boutique Hotel", title="Guest Relations Manager",
         rows=[Ph("+30 22860 55418", "T"), Ph("+30 697 555 4182", "M", "mobile"),
               Em("anna@kymahotel.gr")],
         addr=["Ypapantis 12, 847 00 Fira, Greece"],
         street="Ypapantis 12", city="Fira", postal="847 00"),
    card("logo-area", "MA", True, T("opensans", pal="gold", mark="circle", co_size=30,
                                    name_size=36, body_size=18),
         P("Fatima-Zahra", "El Idrissi"), "Fatima-Zahra El Idrissi",
         co="Atlas Argan Coopérative", tag="Huile d'argan bio · Essaouira",
         title="Responsable commerciale",
         rows=[Ph("+212 5 24 55 41 82", "Tél."), Ph("+212 6 61 55 27 19", "GSM", "mobile"),
               Em("fz.elidrissi@atlasargan.ma")],
         addr=["Route de Marrakech, Km 7, Ghazoua", "44000 Essaouira, Maroc"],
         street="Route de Marrakech, Km 7, Ghazoua", city="Essaouira", postal="44000"),
    card("avatar", "US", False, T("lato", pal="plum", name_w="bold",
                                  name_size=36, co_size=22, body_size=18),
         P("Marisol", "Ortega-Reyes", cred="LCSW"), "Marisol Ortega-Reyes, LCSW",
         co="Desert Bloom Counseling, PLLC", title="Therapist & Clinical Director",
         rows=[Ph("(602) 555-0134", "Office"), Ph("(602) 555-0199", "Fax", "fax"),
               Em("marisol@desertbloomcounseling.com")],
         addr=["4425 N 24th St, Ste 210", "Phoenix, AZ 85016"],
         street="4425 N 24th St, Ste 210", city="Phoenix", region="AZ", postal="85016"),
    card("grid", "IL", True, T("inter", pal="mist", mark="square", name_w="bold",
                               name_size=36, co_size=22, body_size=18),
         P("Yael", "Friedman-Katz"), "Yael Friedman-Katz",
         co="Carmel Bio-Labs Ltd.", title="Head of Regulatory Affairs",
         addr_label="Address",
         rows=[Ph("+972 4-855-4180", "Tel."), Ph("+972 52-555-2718", "Mobile", "mobile"),
               Em("yael.fk@carmelbiolabs.co.il", "Email")],
         addr=["MATAM Park, Building 30", "Haifa 3508409, Israel"],
         street="MATAM Park, Building 30", city="Haifa", postal="3508409"),
    card("side-name", "PK", False, T("roboto", pal="green", name_w="bold",
                                     name_size=36, co_size=22, body_size=18),
         P("Ayesha", "Malik", middle="Naveed"), "Ayesha Naveed Malik",
         co="Malik Textile Mills Ltd.", title="Director – Exports",
         rows=[Ph("+92 41 855 4180", "T"), Ph("+92 321 555 4182", "M", "mobile"),
               Em("ayesha@maliktextile.com.pk")],
         addr=["32-A, Canal Road, Faisalabad 38000"],
         street="32-A, Canal Road", city="Faisalabad", postal="38000"),
    card("footer", "AU", False, T("karla", "inter", pal="sky", name_w="bold",
                                  name_size=40, co_size=24, body_size=18),
         P("Matthew", "Tran"), "Matthew Tran",
         co=["RIVERLINE", "PHYSIOTHERAPY"], company="Riverline Physiotherapy",
         title="Principal Physiotherapist",
         rows=[Ph("(07) 5550 4183", "P"), Ph("0491 570 642", "M", "mobile"),
               Em("matt@riverlinephysio.com.au")],
         addr=["Level 1, 88 Boundary Street, West End QLD 4101"],
         street="Level 1, 88 Boundary Street", city="West End", region="QLD", postal="4101"),
    card("addr-top", "BR", False, T("opensans", pal="orange", name_w="bold",
                                    name_size=36, co_size=22, body_size=18),
         P("Lucas", "Martins", middle="Henrique"), "Lucas Henrique Martins",
         co="Porto Digital Engenharia de Software Ltda.", title="Gerente de Projetos",
         rows=[Ph("+55 81 3555-4180", "T"), Ph("+55 81 99555-2718", "C", "mobile"),
               Em("lucas.martins@portoeng.com.br")],
         addr=["Rua do Apolo, 181, Bairro do Recife", "50030-220 Recife – PE"],
         street="Rua do Apolo, 181, Bairro do Recife", city="Recife", region="PE",
         postal="50030-220"),
    card("strip-name", "TR", False, T("opensans", pal="navy", name_w="bold",
                                      name_size=36, co_size=22, body_size=18),
         P("Burak", "Yıldız"), "Burak Yıldız",
         co="Boğaziçi Yazılım Teknolojileri A.Ş.", title="Kıdemli Yazılım Mühendisi",
         rows=[Ph("+90 212 555 41 80", "T"), Ph("+90 533 555 27 18", "M", "mobile"),
               Em("burak.yildiz@bogazicisoft.com.tr")],
         addr=["Büyükdere Cad. No: 199, Levent 34394 Şişli / İstanbul"],
         street="Büyükdere Cad. No: 199, Levent", city="İstanbul", postal="34394"),
    card("qr-left", "GB", False, T("garamond", "lato", pal="cream", name_w="regular",
                                   name_size=36, co_size=22, body_size=18),
         P("Fiona", "MacAskill"), "Fiona MacAskill",
         co="Skye Heritage Distillery", title="Brand Ambassador",
         rows=[Ph("01632 960 418", "T"), Ph("07700 900 772", "M", "mobile"),
               Em("fiona@skyeheritage.co.uk"), Web("skyeheritage.co.uk")],
         addr=["Carbost, Isle of Skye IV47 8SR"],
         city="Carbost", postal="IV47 8SR"),
    card("boxed", "US", False, T("nimbussans", pal="ink", name_w="bold",
                                 name_size=34, co_size=22, body_size=18),
         P("Anand", "Krishnamurthy", prefix="Dr.", cred="MD, FACC"),
         "Dr. Anand Krishnamurthy, MD, FACC",
         co="Lakeshore Heart & Vascular", title="Interventional Cardiologist",
         rows=[Ph("(847) 555-0112", "P"), Ph("(847) 555-0113", "F", "fax"),
               Em("akrishnamurthy@lakeshoreheart.com")],
         addr=["1 Medical Center Dr, Suite 400", "Evanston, IL 60201"],
         street="1 Medical Center Dr, Suite 400", city="Evanston", region="IL",
         postal="60201"),
]


def interleave(specs: list[Card], start: int = 1, batch: int = 1) -> list[Card]:
    """Number the cards round-robin over the layouts, so any prefix of the set mixes them."""
    groups: dict[str, list[Card]] = {}
    for c in specs:
        groups.setdefault(c.layout, []).append(c)
    out: list[Card] = []
    while any(groups.values()):
        for g in groups.values():
            if g:
                out.append(g.pop(0))
    for i, c in enumerate(out, start):
        c.id = f"{i:03d}"
        c.batch = batch
    return out


CARDS = (interleave(SPECS) + interleave(SPECS2, start=len(SPECS) + 1, batch=2)
         + interleave(SPECS3, start=len(SPECS) + len(SPECS2) + 1, batch=3)
         + interleave(SPECS4, start=len(SPECS) + len(SPECS2) + len(SPECS3) + 1, batch=4)
         + interleave(SPECS5, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4) + 1,
                      batch=5)
         + interleave(SPECS6, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + 1, batch=6)
         + interleave(SPECS7, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + 1, batch=7)
         + interleave(SPECS8, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + 1, batch=8)
         + interleave(SPECS9, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + 1, batch=9)
         + interleave(SPECS10, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + 1, batch=10)
         + interleave(SPECS11, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + 1, batch=11)
         + interleave(SPECS12, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + 1, batch=12)
         + interleave(SPECS13, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + 1, batch=13)
         + interleave(SPECS14, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13) + 1,
                      batch=14)
         + interleave(SPECS15, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + 1, batch=15)
         + interleave(SPECS16, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + 1, batch=16)
         + interleave(SPECS17, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + 1, batch=17)
         + interleave(SPECS18, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + len(SPECS17) + 1,
                      batch=18)
         + interleave(SPECS19, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + len(SPECS17)
                      + len(SPECS18) + 1, batch=19)
         + interleave(SPECS20, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + len(SPECS17)
                      + len(SPECS18) + len(SPECS19) + 1, batch=20)
         + interleave(SPECS21, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + len(SPECS17)
                      + len(SPECS18) + len(SPECS19) + len(SPECS20) + 1, batch=21)
         + interleave(SPECS22, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + len(SPECS17)
                      + len(SPECS18) + len(SPECS19) + len(SPECS20) + len(SPECS21) + 1,
                      batch=22)
         + interleave(SPECS23, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + len(SPECS17)
                      + len(SPECS18) + len(SPECS19) + len(SPECS20) + len(SPECS21)
                      + len(SPECS22) + 1, batch=23)
         + interleave(SPECS24, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + len(SPECS17)
                      + len(SPECS18) + len(SPECS19) + len(SPECS20) + len(SPECS21)
                      + len(SPECS22) + len(SPECS23) + 1, batch=24)
         + interleave(SPECS25, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + len(SPECS17)
                      + len(SPECS18) + len(SPECS19) + len(SPECS20) + len(SPECS21)
                      + len(SPECS22) + len(SPECS23) + len(SPECS24) + 1, batch=25)
         + interleave(SPECS26, start=len(SPECS) + len(SPECS2) + len(SPECS3) + len(SPECS4)
                      + len(SPECS5) + len(SPECS6) + len(SPECS7) + len(SPECS8) + len(SPECS9)
                      + len(SPECS10) + len(SPECS11) + len(SPECS12) + len(SPECS13)
                      + len(SPECS14) + len(SPECS15) + len(SPECS16) + len(SPECS17)
                      + len(SPECS18) + len(SPECS19) + len(SPECS20) + len(SPECS21)
                      + len(SPECS22) + len(SPECS23) + len(SPECS24) + len(SPECS25) + 1,
                      batch=26))


def main(argv: list[str]) -> None:
    only = set(argv)
    OUT.mkdir(exist_ok=True)
    records = []
    for c in CARDS:
        img, lines = render(c)
        records.append(truth(c, lines))
        if only and c.id not in only:
            continue
        seed = int(c.id) * 7919 + 13
        qf = save_jpeg(flat_scan(img, np.random.default_rng(seed)), OUT / f"{c.id}-flat.jpg")
        photo = phone_photo(img, np.random.default_rng(seed + 1), c.th.rounded)
        qp = save_jpeg(photo, OUT / f"{c.id}-photo.jpg")
        print(c.id, c.layout, c.cc, f"q={qf}/{qp}", flush=True)
    TRUTH.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(records)} cards -> {TRUTH.name} in {HERE.name}/")


if __name__ == "__main__":
    main(sys.argv[1:])
