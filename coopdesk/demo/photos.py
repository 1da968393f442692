"""Portrait placeholders for the demo members: a head-and-shoulders avatar drawn with Pillow.

Everything about a portrait is in its :class:`Look`, chosen from the generator's seeded random
source, so the same seed draws the same picture to the byte. Drawn at twice the size and scaled
down, so the edges are smooth; a flat picture like this is a few kilobytes as JPEG.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 160, 200
_SCALE = 2
RGB = tuple[int, int, int]

SKIN_LIGHT: tuple[RGB, ...] = ((241, 206, 176), (226, 183, 145), (205, 156, 114))
SKIN_DARK: tuple[RGB, ...] = ((160, 108, 72), (122, 80, 52), (92, 58, 38))
HAIR: tuple[RGB, ...] = ((28, 22, 20), (45, 32, 25), (66, 45, 30), (90, 62, 40))
GREY_HAIR: tuple[RGB, ...] = ((150, 148, 145), (190, 188, 184))
BACKGROUNDS: tuple[RGB, ...] = ((183, 210, 226), (201, 224, 196), (236, 218, 180),
                                (222, 200, 222), (205, 205, 215), (240, 205, 190),
                                (190, 220, 215))
CLOTHES: tuple[RGB, ...] = ((40, 80, 140), (150, 40, 45), (60, 110, 70), (210, 150, 40),
                            (90, 90, 95), (230, 230, 225), (110, 60, 120), (200, 90, 40),
                            (30, 120, 150))
HELMETS: tuple[RGB, ...] = ((245, 200, 30), (240, 240, 235), (235, 120, 30), (40, 90, 170))


@dataclass(frozen=True)
class Look:
    skin: RGB
    hair: RGB
    background: RGB
    clothes: RGB
    long_hair: bool
    helmet: RGB | None
    initials: str
    face_width: int  # half-width of the head, in final pixels


def random_look(rng: random.Random, *, woman: bool, age: int, afro: bool, helmet: bool,
                initials: str) -> Look:
    skin = rng.choice(SKIN_DARK if afro else SKIN_LIGHT)
    if rng.random() < 0.25:  # mixed heritage: the neighbouring tones
        skin = rng.choice(SKIN_LIGHT[1:] + SKIN_DARK[:2])
    grey = age >= 50 and rng.random() < (age - 45) / 30
    return Look(skin=skin, hair=rng.choice(GREY_HAIR if grey else HAIR),
                background=rng.choice(BACKGROUNDS), clothes=rng.choice(CLOTHES),
                long_hair=woman and rng.random() < 0.85,
                helmet=rng.choice(HELMETS) if helmet else None,
                initials=initials, face_width=rng.randint(24, 29))


def _box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
    return (round(x0 * _SCALE), round(y0 * _SCALE), round(x1 * _SCALE), round(y1 * _SCALE))


def _shade(c: RGB, f: float) -> RGB:
    r, g, b = (min(255, max(0, round(v * f))) for v in c)
    return (r, g, b)


def draw(look: Look) -> Image.Image:
    """The portrait as a Pillow image of :data:`WIDTH` x :data:`HEIGHT`."""
    img = Image.new("RGB", (WIDTH * _SCALE, HEIGHT * _SCALE), look.background)
    d = ImageDraw.Draw(img)
    cx, cy, fw = WIDTH / 2, 100.0, look.face_width
    fh = fw * 1.25
    if look.long_hair:  # hair falling behind the shoulders
        d.rounded_rectangle(_box(cx - fw - 9, cy - fh + 6, cx + fw + 9, cy + fh + 26),
                            radius=18 * _SCALE, fill=look.hair)
    # shoulders and chest, then the neck
    d.ellipse(_box(cx - 70, 146, cx + 70, 262), fill=look.clothes)
    d.rectangle(_box(cx - 12, cy + fh - 12, cx + 12, 154), fill=_shade(look.skin, 0.88))
    d.polygon([(round((cx - 14) * _SCALE), 146 * _SCALE), (round(cx * _SCALE), 164 * _SCALE),
               (round((cx + 14) * _SCALE), 146 * _SCALE)], fill=_shade(look.skin, 0.88))
    # ears, head, hair on top
    d.ellipse(_box(cx - fw - 6, cy - 8, cx - fw + 6, cy + 12), fill=_shade(look.skin, 0.92))
    d.ellipse(_box(cx + fw - 6, cy - 8, cx + fw + 6, cy + 12), fill=_shade(look.skin, 0.92))
    d.ellipse(_box(cx - fw, cy - fh, cx + fw, cy + fh), fill=look.skin)
    if look.helmet is not None:
        d.chord(_box(cx - fw - 7, cy - fh - 10, cx + fw + 7, cy + 8), 180, 360,
                fill=look.helmet)
        d.rounded_rectangle(_box(cx - fw - 12, cy - 6, cx + fw + 12, cy + 1),
                            radius=3 * _SCALE, fill=_shade(look.helmet, 0.85))
    else:
        d.chord(_box(cx - fw - 2, cy - fh - 4, cx + fw + 2, cy + fh * 0.35), 180, 360,
                fill=look.hair)
    # a calm face: eyes and a small smile
    eye = _shade(look.skin, 0.35)
    for dx in (-fw * 0.4, fw * 0.4):
        d.ellipse(_box(cx + dx - 3, cy + 4, cx + dx + 3, cy + 10), fill=eye)
    d.arc(_box(cx - 9, cy + 14, cx + 9, cy + 26), 20, 160, fill=_shade(look.skin, 0.55),
          width=2 * _SCALE)
    out = img.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    if look.initials:
        _initials(out, look)
    return out


def _initials(img: Image.Image, look: Look) -> None:
    d = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=13)
    d.rounded_rectangle((6, 6, 38, 24), radius=5, fill=_shade(look.background, 0.6))
    d.text((22, 15), look.initials[:3], fill=(255, 255, 255), font=font, anchor="mm")


def portrait_jpeg(look: Look, quality: int = 82) -> bytes:
    """The portrait as JPEG bytes (a few kilobytes; no metadata, so the same look gives the
    same bytes)."""
    buf = io.BytesIO()
    draw(look).save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()
