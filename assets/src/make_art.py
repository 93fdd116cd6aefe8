#!/usr/bin/env python3
"""Generates all the original vector art of the bundled story (Python 3 standard library only).

Writes SVG text, deterministically (every random choice comes from a seeded generator):

  assets/backgrounds/*.svg          1920x1080 scenes, one function per place
  assets/characters/<who>/...       600x1200 sprites, transparent (figures.py)
  assets/cg/*.svg                   1920x1080 illustrations (cgs.py)
  assets/ui/*.svg                   title illustration, logo; text box, name plate, button and
                                    menu panel frames in two themes (9-slice friendly: plain
                                    edges, ornaments only in the corners)

Style: flat-shaded vector with atmospheric gradients, like a modern minimal poster. Two palettes:
the Republic (pale blue, white, silver, warm gold light) and the 86th Sector (olive, rust, dust,
cold blue night, orange dusk). No <text> anywhere: resvg does not need fonts to draw these.

This script only writes SVG files. Music and sound come from other scripts in this folder, and
make_placeholders.py no longer writes art, so re-running either never overwrites the other.

Characters (figures.py) and illustrations (cgs.py) are drawn in their own modules with the
helpers of this one:

  assets/characters/<who>/<expr>.svg         the default pose, one file per expression
  assets/characters/<who>/<pose>/<expr>.svg  the other poses
  assets/cg/<name>.svg                       1920x1080 illustrations of key moments

Run from anywhere:  python3 assets/src/make_art.py   (or with --only backgrounds|characters|ui|cg)
The character sheet (docs/characters.png): python3 assets/src/make_sheet.py
"""

import math
import random
import sys
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------------------------
# A tiny SVG writer
# ---------------------------------------------------------------------------------------------
def n(v):
    """A number, short: at most one decimal."""
    r = round(float(v), 1)
    if r == int(r):
        return str(int(r))
    return f"{r:.1f}"


def pts(points):
    return " ".join(f"{n(x)},{n(y)}" for x, y in points)


class Svg:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.defs = []
        self.body = []
        self.count = 0

    def _id(self, prefix):
        self.count += 1
        return f"{prefix}{self.count}"

    @staticmethod
    def _attrs(attrs):
        out = []
        for k, v in attrs.items():
            if v is None:
                continue
            k = k.rstrip("_").replace("_", "-")
            if isinstance(v, float):
                v = n(v)
            out.append(f'{k}="{v}"')
        return " ".join(out)

    def el(self, tag, **attrs):
        self.body.append(f"<{tag} {self._attrs(attrs)}/>")

    def open(self, tag="g", **attrs):
        self.body.append(f"<{tag} {self._attrs(attrs)}>")

    def close(self, tag="g"):
        self.body.append(f"</{tag}>")

    def _stops(self, stops):
        out = []
        for s in stops:
            off, col = s[0], s[1]
            op = s[2] if len(s) > 2 else None
            extra = f' stop-opacity="{round(op, 3) if op < 1 else 1}"' if op is not None else ""
            out.append(f'<stop offset="{n(off) if off in (0, 1) else round(off, 3)}" stop-color="{col}"{extra}/>')
        return "".join(out)

    def lin(self, stops, x1=0, y1=0, x2=0, y2=1, user=False):
        gid = self._id("l")
        units = ' gradientUnits="userSpaceOnUse"' if user else ""
        self.defs.append(
            f'<linearGradient id="{gid}" x1="{n(x1)}" y1="{n(y1)}" x2="{n(x2)}" y2="{n(y2)}"{units}>'
            f"{self._stops(stops)}</linearGradient>"
        )
        return f"url(#{gid})"

    def rad(self, stops, cx=0.5, cy=0.5, r=0.5, user=False, fx=None, fy=None):
        gid = self._id("r")
        units = ' gradientUnits="userSpaceOnUse"' if user else ""
        focus = f' fx="{n(fx)}" fy="{n(fy)}"' if fx is not None else ""
        self.defs.append(
            f'<radialGradient id="{gid}" cx="{n(cx) if user else cx}" cy="{n(cy) if user else cy}" '
            f'r="{n(r) if user else r}"{focus}{units}>{self._stops(stops)}</radialGradient>'
        )
        return f"url(#{gid})"

    def clip(self, inner):
        gid = self._id("c")
        self.defs.append(f'<clipPath id="{gid}">{inner}</clipPath>')
        return f"url(#{gid})"

    # shapes
    def rect(self, x, y, w, h, fill, **kw):
        self.el("rect", x=n(x), y=n(y), width=n(w), height=n(h), fill=fill, **kw)

    def poly(self, points, fill, **kw):
        self.el("polygon", points=pts(points), fill=fill, **kw)

    def line(self, points, stroke, width=2, **kw):
        self.el("polyline", points=pts(points), fill="none", stroke=stroke, stroke_width=n(width), **kw)

    def path(self, d, fill, **kw):
        self.el("path", d=d, fill=fill, **kw)

    def circle(self, cx, cy, r, fill, **kw):
        self.el("circle", cx=n(cx), cy=n(cy), r=n(r), fill=fill, **kw)

    def ellipse(self, cx, cy, rx, ry, fill, **kw):
        self.el("ellipse", cx=n(cx), cy=n(cy), rx=n(rx), ry=n(ry), fill=fill, **kw)

    def text(self):
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.w}" height="{self.h}" '
            f'viewBox="0 0 {self.w} {self.h}">\n<defs>' + "".join(self.defs) + "</defs>\n"
            + "\n".join(self.body) + "\n</svg>\n"
        )


def D(*parts):
    """Path data from tokens: numbers are shortened, letters kept."""
    out = []
    for p in parts:
        if isinstance(p, (int, float)):
            out.append(n(p))
        elif isinstance(p, tuple):
            out.append(f"{n(p[0])} {n(p[1])}")
        else:
            out.append(p)
    return " ".join(out)


def mix(a, b, t):
    """Blends two #rrggbb colours."""
    a, b = a.lstrip("#"), b.lstrip("#")
    ca = [int(a[i:i + 2], 16) for i in (0, 2, 4)]
    cb = [int(b[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb))


def dark(c, t=0.25):
    return mix(c, "#1a1420", t)


def light(c, t=0.25):
    return mix(c, "#ffffff", t)


def blob(points):
    """A closed path through points; a point given as (x, y, "s") is a sharp corner (a hair tip)."""
    k = len(points)
    p = [(q[0], q[1]) for q in points]
    sharp = [len(q) > 2 for q in points]

    def tangent(i):
        i %= k
        if sharp[i]:
            return (0.0, 0.0)
        a, b = p[(i - 1) % k], p[(i + 1) % k]
        return ((b[0] - a[0]) / 6, (b[1] - a[1]) / 6)

    d = [f"M {n(p[0][0])} {n(p[0][1])}"]
    for i in range(k):
        p1, p2 = p[i], p[(i + 1) % k]
        t1, t2 = tangent(i), tangent(i + 1)
        d.append(
            f"C {n(p1[0] + t1[0])} {n(p1[1] + t1[1])} {n(p2[0] - t2[0])} {n(p2[1] - t2[1])} {n(p2[0])} {n(p2[1])}"
        )
    return " ".join(d) + " Z"


def mirror(half, cx=0.0):
    """A symmetric outline from its right half (top to bottom, on or right of the axis)."""
    left = [(2 * cx - q[0], q[1]) + tuple(q[2:]) for q in reversed(half) if abs(q[0] - cx) > 0.01]
    return list(half) + left


def at(base, points, flip=False):
    """Offsets relative points by base; flip mirrors them left-right."""
    bx, by = base
    return [((bx - q[0]) if flip else (bx + q[0]), by + q[1]) + tuple(q[2:]) for q in points]


# ---------------------------------------------------------------------------------------------
# Characters and illustrations: drawn by figures.py and cgs.py beside this file, with this
# file's SVG helpers (imported lazily: those modules import this one).
# ---------------------------------------------------------------------------------------------
def _module(name):
    import importlib
    return importlib.import_module(name)


def character_svg(name, expr, pose="default"):
    """One sprite: 600x1200, transparent, the figure standing on the bottom edge."""
    return _module("figures").sprite_svg(name, pose, expr)


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
def write(rel, text):
    path = ASSETS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_characters():
    """Every pose and expression of every character: the default pose in
    characters/<who>/<expr>.svg, the others in characters/<who>/<pose>/<expr>.svg."""
    return _module("figures").make_characters(write)


def make_cgs():
    """The full-screen illustrations: cg/<name>.svg."""
    return _module("cgs").make_cgs(write)


# ---------------------------------------------------------------------------------------------
# Background helpers
# ---------------------------------------------------------------------------------------------
W, H = 1920, 1080

# The Republic: pale blue, white, silver, warm gold light.
REP_BLUE = "#b4c8e0"
R_WALL = "#e6eef7"
R_WALL2 = "#c9d7e8"
R_DEEP = "#5d7391"
R_GOLD = "#ffd98a"
R_GOLD2 = "#f3b95f"
# The 86th Sector: olive, rust, dust; cold blue night, orange dusk.
F_RUST = "#8a4a26"
F_DUST = "#b9a57c"
F_DUSK = "#e2874a"


def fill_all(s, fill, op=None):
    s.rect(0, 0, W, H, fill, opacity=None if op is None else n(op))


def soft(color, op, color2=None):
    """Gradient stops that fade out smoothly (no visible rim where a linear fade would end)."""
    c2 = color2 or color
    return [(0, color, op), (0.3, color, op * 0.6), (0.6, c2, op * 0.22), (0.85, c2, op * 0.05), (1, c2, 0)]


def glow(s, x, y, r, color, op=0.6, ry=None):
    g = s.rad(soft(color, op))
    if ry is None:
        s.circle(x, y, r, g)
    else:
        haze(s, x, y, r, ry, g)


def haze(s, x, y, rx, ry, fill, rotate=0):
    """An elliptical soft light: a circle squashed by a transform, so that renderers that draw
    bounding-box radial gradients as circles still fade it out evenly to the rim."""
    s.open("g", transform=f"translate({n(x)} {n(y)}) rotate({n(rotate)}) scale(1 {round(ry / rx, 4)})")
    s.circle(0, 0, rx, fill)
    s.close()


def vignette(s, op=0.45, color="#000000"):
    fill_all(s, s.rad([(0, color, 0), (0.55, color, 0), (0.8, color, op * 0.45), (1, color, op)], r=0.75))


def milky_way(s, rng, a, b, count, strength=1.0):
    """A soft band of light between two points: overlapping glows, then a crowd of faint stars."""
    (x0, y0), (x1, y1) = a, b
    for k in range(18):
        t = (k + rng.random()) / 18
        x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        glow(s, x + rng.gauss(0, 30), y + rng.gauss(0, 30), rng.uniform(160, 260), rng.choice(["#7a90c8", "#8a9ad0", "#a8a0d0"]), 0.16 * strength)
    for _ in range(count):
        t = rng.random()
        off = rng.gauss(0, 70)
        x, y = x0 + (x1 - x0) * t + off * 0.3, y0 + (y1 - y0) * t + off
        s.circle(x, y, rng.uniform(0.7, 1.6), "#e8eeff", opacity=n(rng.uniform(0.25, 0.85)))


def band(s, y0, y1, color, op0, op1):
    s.rect(0, y0, W, y1 - y0, s.lin([(0, color, op0), (1, color, op1)]))


def stars(s, rng, count, y_max, colors=("#ffffff", "#dfe8ff", "#fff2d8"), big=0.08):
    for _ in range(count):
        x = rng.uniform(0, W)
        y = y_max * rng.random() ** 1.3
        r = rng.uniform(0.8, 2.0)
        s.circle(x, y, r, rng.choice(colors), opacity=n(rng.uniform(0.35, 1.0)))
    for _ in range(int(count * big)):
        x, y = rng.uniform(0, W), y_max * rng.random() ** 1.5
        r = rng.uniform(6, 11)
        c = rng.choice(colors)
        s.path(D("M", (x - r, y), "Q", (x, y), (x, y - r), "Q", (x, y), (x + r, y), "Q", (x, y), (x, y + r), "Q", (x, y), (x - r, y), "Z"), c, opacity="0.9")
        glow(s, x, y, r * 1.6, c, 0.35)


def skyline(s, rng, base, x0, x1, hmin, hmax, color, lit=None, lit_p=0.3, wmin=50, wmax=140, spires=0.25, gap=(0, 18)):
    x = x0
    while x < x1:
        w = rng.uniform(wmin, wmax)
        h = rng.uniform(hmin, hmax)
        top = base - h
        s.rect(x, top, w, h + 2, color)
        r = rng.random()
        if r < spires:
            s.poly([(x + w * 0.3, top), (x + w * 0.5, top - h * 0.35), (x + w * 0.7, top)], color)
        elif r < spires + 0.2:
            s.path(D("M", (x + w * 0.1, top), "A", w * 0.4, w * 0.3, 0, 0, 1, (x + w * 0.9, top), "Z"), color)
        if lit:
            for wy in range(int(top + 14), int(base - 10), 22):
                for wx in range(int(x + 8), int(x + w - 10), 18):
                    if rng.random() < lit_p:
                        s.rect(wx, wy, 8, 11, lit, opacity=n(rng.uniform(0.5, 1)))
        x += w + rng.uniform(*gap)


def ruined_skyline(s, rng, base, x0, x1, hmin, hmax, color, wmin=60, wmax=160, holes=None):
    x = x0
    while x < x1:
        w = rng.uniform(wmin, wmax)
        h = rng.uniform(hmin, hmax)
        top = base - h
        k = rng.randint(2, 4)
        jag = [(x + w * i / k, top + rng.uniform(0, h * 0.35)) for i in range(k + 1)]
        s.poly([(x, base)] + jag + [(x + w, base)], color)
        if holes:
            for _ in range(rng.randint(1, 5)):
                hx, hy = x + rng.uniform(8, w - 24), rng.uniform(top + h * 0.35, base - 20)
                s.rect(hx, hy, rng.uniform(8, 16), rng.uniform(10, 20), holes, opacity="0.8")
        x += w + rng.uniform(-10, 20)


def juggernaut(s, x, y, sc, color, flip=False, crouch=0.0, eye=None, gun=True, flat=False):
    """The squadron's walking tank: a low armoured pod slung between four long spider legs, one gun."""
    f = -1 if flip else 1

    def P(px, py):
        return (x + f * px * sc, y + py * sc)

    hip = -125 + crouch * 45
    far = color if flat else dark(color, 0.3)

    def leg(c, h, k, foot, width):
        s.line([P(*h), P(*k)], c, width * sc, stroke_linecap="round")
        s.line([P(*k), P(*foot)], c, width * 0.75 * sc, stroke_linecap="round")
        s.circle(*P(*k), width * 0.8 * sc, c)
        s.poly([P(foot[0] - 14, 0), P(foot[0] + 14, 0), P(foot[0] + 3, -18), P(foot[0] - 3, -18)], c)

    leg(far, (-30, hip - 20), (-95, hip - 105), (-125, 0), 11)
    leg(far, (40, hip - 20), (105, hip - 105), (145, 0), 11)
    body = [(-78, hip - 6), (-66, hip - 48), (36, hip - 58), (94, hip - 30), (84, hip + 6), (-52, hip + 12)]
    s.poly([P(*q) for q in body], color)
    if not flat:
        s.poly([P(*q) for q in [(-66, hip - 48), (36, hip - 58), (94, hip - 30), (80, hip - 30), (30, hip - 48), (-60, hip - 40)]], light(color, 0.12))
        s.poly([P(*q) for q in [(-78, hip - 6), (84, hip + 6), (-52, hip + 12)]], dark(color, 0.25))
    s.poly([P(*q) for q in [(-34, hip - 50), (-16, hip - 76), (38, hip - 74), (52, hip - 56)]], color)
    if gun:
        s.poly([P(*q) for q in [(40, hip - 64), (226, hip - 72), (226, hip - 62), (44, hip - 52)]], color)
        s.poly([P(*q) for q in [(214, hip - 76), (232, hip - 76), (232, hip - 58), (214, hip - 58)]], color)
    if not flat:
        s.line([P(-20, hip - 44), P(30, hip - 50)], dark(color, 0.35), 3 * sc)
    leg(color, (-50, hip), (-145, hip - 72), (-185, 0), 13)
    leg(color, (50, hip), (150, hip - 72), (195, 0), 13)
    if eye:
        s.circle(*P(86, hip - 22), 5 * sc, eye)
        glow(s, *P(86, hip - 22), 24 * sc, eye, 0.5)


def legion_wreck(s, x, y, sc, color, flip=False, tilt=8.0):
    """A wrecked Legion tank: a heavy hull with a long turret gun, legs broken under it."""
    f = -1 if flip else 1

    def P(px, py):
        return (x + f * px * sc, y + py * sc)

    s.open("g", transform=f"rotate({n(tilt * f)} {n(x)} {n(y)})")
    for lx, kx, ky, fx in ((-150, -250, -150, -300), (-80, -120, -190, -150), (60, 90, -200, 130), (150, 260, -140, 330), (190, 250, -60, 280)):
        s.line([P(lx, -50), P(kx, ky), P(fx, 0)], color, 10 * sc, stroke_linejoin="round")
        s.circle(*P(kx, ky), 9 * sc, color)
    hull = [(-180, -40), (-160, -120), (-60, -150), (120, -150), (200, -110), (210, -50), (150, -20), (-150, -20)]
    s.poly([P(*q) for q in hull], color)
    tur = [(-60, -150), (-40, -210), (60, -220), (110, -190), (100, -150)]
    s.poly([P(*q) for q in tur], color)
    s.poly([P(*q) for q in [(100, -200), (300, -225), (304, -212), (104, -184)]], color)
    s.poly([P(*q) for q in [(300, -226), (330, -250), (322, -206)]], color)
    s.close()


def light_beam(s, points, color, op=0.35):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    g = s.lin([(0, color, op), (1, color, 0)], min(xs), min(ys), max(xs), max(ys), user=True)
    s.poly(points, g)


def bunting(s, x0, y0, x1, y1, sag, count, colors, size=34):
    s.path(D("M", (x0, y0), "Q", ((x0 + x1) / 2, (y0 + y1) / 2 + sag * 2), (x1, y1)), "none", stroke="#5a6678", stroke_width=2)
    for i in range(count):
        t = (i + 0.5) / count
        x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * (x0 + x1) / 2 + t * t * x1
        y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * ((y0 + y1) / 2 + sag * 2) + t * t * y1
        s.poly([(x - size / 2, y), (x + size / 2, y), (x, y + size * 1.2)], colors[i % len(colors)])


def lanterns(s, x0, y0, x1, y1, sag, count, color, size=14):
    s.path(D("M", (x0, y0), "Q", ((x0 + x1) / 2, (y0 + y1) / 2 + sag * 2), (x1, y1)), "none", stroke="#1c2030", stroke_width=2, opacity="0.8")
    for i in range(count):
        t = (i + 0.5) / count
        x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * (x0 + x1) / 2 + t * t * x1
        y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * ((y0 + y1) / 2 + sag * 2) + t * t * y1
        c = color if isinstance(color, str) else color[i % len(color)]
        glow(s, x, y + size, size * 3.2, c, 0.45)
        s.ellipse(x, y + size, size * 0.8, size, c)
        s.ellipse(x - size * 0.2, y + size * 0.8, size * 0.3, size * 0.5, "#fff6dc", opacity="0.7")


def firework(s, rng, x, y, r, color, rays=28):
    glow(s, x, y, r * 1.3, color, 0.25)
    for i in range(rays):
        a = 2 * math.pi * i / rays + rng.uniform(-0.05, 0.05)
        r0, r1 = r * rng.uniform(0.25, 0.4), r * rng.uniform(0.8, 1.0)
        s.line([(x + math.cos(a) * r0, y + math.sin(a) * r0), (x + math.cos(a) * r1, y + math.sin(a) * r1 + r * 0.05)], color, 3, stroke_linecap="round", opacity="0.85")
        s.circle(x + math.cos(a) * r1 * 1.04, y + math.sin(a) * r1 * 1.04 + r * 0.08, 3.5, light(color, 0.5))


def crowd(s, rng, base, x0, x1, color, hmin=70, hmax=110, count=60):
    for _ in range(count):
        x = rng.uniform(x0, x1)
        h = rng.uniform(hmin, hmax)
        w = h * 0.32
        s.path(D("M", (x - w, base), "Q", (x - w, base - h * 0.7), (x, base - h * 0.72), "Q", (x + w, base - h * 0.7), (x + w, base), "Z"), color)
        s.circle(x, base - h * 0.82, h * 0.13, color)


def republic_flag(s, x, y, w, h):
    """A hanging banner in the Republic's colours: blue and white with a silver star-flower."""
    d = D("M", (x, y), "L", (x + w, y), "L", (x + w, y + h), "L", (x + w / 2, y + h - w * 0.35), "L", (x, y + h), "Z")
    s.path(d, "#f4f7fb", stroke="#9fb2ca", stroke_width=2)
    s.path(D("M", (x, y), "L", (x + w * 0.32, y), "L", (x + w * 0.32, y + h - w * 0.18), "L", (x, y + h), "Z"), "#2f5596")
    s.path(D("M", (x + w, y), "L", (x + w * 0.68, y), "L", (x + w * 0.68, y + h - w * 0.18), "L", (x + w, y + h), "Z"), "#2f5596")
    cx, cy = x + w / 2, y + h * 0.35
    for k in range(5):
        a = -math.pi / 2 + 2 * math.pi * k / 5
        s.ellipse(cx + math.cos(a) * w * 0.07, cy + math.sin(a) * w * 0.07, w * 0.05, w * 0.05, "#b9c6d6")
    s.rect(x - 6, y - 8, w + 12, 10, "#c9b27a", rx="4")


def bg_lena_apartment(night=False):
    s, rng = Svg(W, H), random.Random("lena_apartment")
    wall = (["#2b3a58", "#1b2740"] if night else [R_WALL, R_WALL2])
    s.rect(0, 0, W, 780, s.lin([(0, wall[0]), (1, wall[1])]))
    s.rect(0, 700, W, 80, dark(wall[1], 0.08))  # wainscot
    s.rect(0, 690, W, 12, light(wall[1], 0.3) if not night else "#3a4a68")
    floor = ["#d8c29e", "#a98a64"] if not night else ["#3a3446", "#211d2a"]
    s.rect(0, 780, W, 300, s.lin([(0, floor[0]), (1, floor[1])]))
    for k in range(9):
        x = -200 + k * 300
        s.line([(960 + (x - 960) * 0.35, 780), (x, 1080)], dark(floor[1], 0.15), 2, opacity="0.4")
    s.rect(0, 776, W, 8, dark(floor[1], 0.3))
    # the tall window with the First Sector beyond
    wx, wy, ww, wh = 200, 110, 460, 620
    sky = s.lin([(0, "#0d1630"), (1, "#2c3c66")]) if night else s.lin([(0, "#bcd8f4"), (0.7, "#eaf2fb"), (1, "#fff0cf")])
    d = D("M", (wx, wy + wh), "L", (wx, wy + ww / 2), "A", ww / 2, ww / 2, 0, 0, 1, (wx + ww, wy + ww / 2), "L", (wx + ww, wy + wh), "Z")
    s.path(d, sky)
    s.open("g", clip_path=s.clip(f'<path d="{d}"/>'))
    if night:
        stars(s, rng, 40, 400)
        s.circle(540, 230, 34, "#f2f0e0")
        skyline(s, rng, wy + wh, wx - 20, wx + ww + 20, 120, 330, "#0f1830", lit="#ffd98a", lit_p=0.25, wmin=40, wmax=90)
    else:
        skyline(s, rng, wy + wh, wx - 20, wx + ww + 20, 140, 360, "#d6e2f0", wmin=40, wmax=90)
        skyline(s, rng, wy + wh, wx - 20, wx + ww + 20, 60, 200, "#c0d0e4", wmin=50, wmax=110)
    s.close()
    frame = "#f4f7fb" if not night else "#55627c"
    s.path(d, "none", stroke=frame, stroke_width=16)
    s.line([(wx + ww / 2, wy + ww / 2 - 220), (wx + ww / 2, wy + wh)], frame, 8)
    for k in (0.45, 0.72):
        s.line([(wx, wy + wh * k), (wx + ww, wy + wh * k)], frame, 7)
    s.rect(wx - 30, wy + wh, ww + 60, 22, frame)
    # sheer curtains
    for side in (-1, 1):
        x = wx - 40 if side < 0 else wx + ww - 50
        s.path(D("M", (x, 80), "L", (x + 90, 80), "C", (x + 60, 300), (x + 110, 500), (x + 70, 760), "L", (x, 760), "Z"),
               "#ffffff" if not night else "#8fa2c4", opacity="0.5" if not night else "0.25")
    s.rect(wx - 80, 70, ww + 160, 14, "#c9b27a", rx="7")
    # light through the window onto the floor
    if night:
        light_beam(s, [(wx, wy + wh), (wx + ww, wy + wh), (wx + ww + 520, 1080), (wx + 300, 1080)], "#9fb8ff", 0.18)
    else:
        light_beam(s, [(wx, 200), (wx + ww, 200), (wx + ww + 700, 1080), (wx + 260, 1080)], R_GOLD, 0.28)
        s.poly([(wx + 120, 790), (wx + ww + 120, 790), (wx + ww + 480, 1080), (wx + 300, 1080)], R_GOLD, opacity="0.3")
    # kitchen: cabinets, counter, kettle
    cab = "#f0f4f9" if not night else "#34405a"
    s.rect(1300, 150, 620, 260, cab, stroke=dark(cab, 0.15), stroke_width=4)
    for k in range(4):
        s.rect(1310 + k * 152, 165, 140, 230, light(cab, 0.2) if not night else cab, stroke=dark(cab, 0.18), stroke_width=3)
        s.rect(1370 + k * 152, 370, 20, 6, "#b8c2d0", rx="3")
    s.rect(1280, 560, 640, 30, "#c6cfdb" if not night else "#4c586e")
    s.rect(1290, 590, 630, 210, cab, stroke=dark(cab, 0.15), stroke_width=4)
    for k in range(4):
        s.rect(1300 + k * 156, 605, 146, 180, light(cab, 0.15) if not night else cab, stroke=dark(cab, 0.18), stroke_width=3)
    s.path(D("M", (1500, 560), "C", (1500, 480), (1600, 480), (1600, 560), "Z"), "#9aa8ba" if not night else "#5a6680")
    s.path(D("M", (1598, 520), "L", (1640, 500), "L", (1638, 510), "L", (1600, 535), "Z"), "#8a98aa" if not night else "#4c586e")
    s.rect(1530, 470, 40, 10, "#6a788c", rx="5")
    if not night:
        for k in range(3):
            s.path(D("M", (1640 + k * 8, 490), "q", -20, -30, 0, -60, "q", 20, -30, 0, -60), "none", stroke="#ffffff", stroke_width=6, stroke_linecap="round", opacity="0.5")
    # a chair with the pressed uniform over its back, a table with the newspaper
    chair = "#8a6a4a" if not night else "#2a2230"
    s.rect(980, 560, 20, 360, chair)
    s.rect(1140, 560, 20, 360, chair)
    s.rect(975, 555, 190, 30, chair, rx="6")
    s.rect(990, 740, 160, 24, dark(chair, 0.1))
    jacket = REP_BLUE if not night else "#4e6284"
    s.path(D("M", (958, 596), "Q", (1066, 536), (1174, 596), "L", (1194, 800), "L", (1158, 808), "L", (1150, 720), "L", (1136, 748), "L", (996, 748), "L", (982, 720), "L", (974, 808), "L", (938, 800), "Z"),
           jacket, stroke=dark(jacket, 0.35), stroke_width=3, stroke_linejoin="round")
    s.path(D("M", (1010, 570), "L", (1060, 640), "L", (1110, 570)), "none", stroke="#e4e8ee", stroke_width=5)
    for k in range(3):
        s.circle(1072, 664 + k * 26, 5, "#e4e8ee")
    for x in (958, 1158):
        s.rect(x, 596, 34, 10, "#e4e8ee", rx="4")
    s.line([(982, 720), (974, 808)], dark(jacket, 0.3), 2)
    s.line([(1150, 720), (1158, 808)], dark(jacket, 0.3), 2)
    tab = "#e9dcc4" if not night else "#3c3446"
    s.ellipse(760, 790, 170, 36, dark(tab, 0.2))
    s.ellipse(760, 780, 170, 36, tab)
    s.rect(748, 800, 24, 200, dark(tab, 0.3))
    s.ellipse(760, 1000, 80, 14, dark(tab, 0.3))
    s.poly([(690, 770), (800, 760), (830, 782), (716, 794)], "#fbfaf4" if not night else "#8c93a6")
    for k in range(4):
        s.line([(712 + k * 6, 772 + k * 4), (790 + k * 6, 764 + k * 4)], "#4a5060", 2.5 if k == 0 else 1.2, opacity="0.6")
    s.path(D("M", (820, 740), "h", 34, "l", -4, 40, "h", -26, "Z"), "#ffffff" if not night else "#9aa4b8")
    # plant and a framed print
    s.path(D("M", (90, 820), "h", 80, "l", -10, 80, "h", -60, "Z"), "#c07a4e" if not night else "#4a3030")
    for k in range(7):
        a = -2.6 + k * 0.35
        s.path(D("M", (130, 820), "q", math.cos(a) * 60, math.sin(a) * 90 - 40, math.cos(a) * 100, math.sin(a) * 130), "none",
               stroke="#6a9a6a" if not night else "#2c4034", stroke_width=14, stroke_linecap="round")
    s.rect(820, 260, 280, 200, "#c9b27a" if not night else "#5a5030")
    s.rect(836, 276, 248, 168, s.lin([(0, "#a8c4e0"), (1, "#e8dcc0")]) if not night else "#26324c")
    s.path(D("M", (836, 444), "L", (920, 360), "L", (980, 410), "L", (1030, 350), "L", (1084, 444), "Z"), "#7f9cc0" if not night else "#1a2238", opacity="0.7")
    if night:
        # the one lamp left on
        s.rect(1230, 700, 12, 90, "#2a2430")
        s.path(D("M", (1196, 700), "L", (1276, 700), "L", (1260, 640), "L", (1212, 640), "Z"), "#f3d39a")
        glow(s, 1236, 690, 420, R_GOLD2, 0.35)
        fill_all(s, "#0a1020", 0.25)
    else:
        glow(s, 430, 400, 700, "#fff4d6", 0.3)
    vignette(s, 0.35 if not night else 0.6)
    return s.text()


def perspective_hall(s, far, wall_l, wall_r, ceil, floor_fill):
    """Four quads for a one-point-perspective room. far = (x0, y0, x1, y1) of the back wall."""
    x0, y0, x1, y1 = far
    s.poly([(0, 0), (W, 0), (x1, y0), (x0, y0)], ceil)
    s.poly([(0, H), (W, H), (x1, y1), (x0, y1)], floor_fill)
    s.poly([(0, 0), (x0, y0), (x0, y1), (0, H)], wall_l)
    s.poly([(W, 0), (x1, y0), (x1, y1), (W, H)], wall_r)


def on_left(x, far, top_frac, bot_frac):
    """Points on the left wall at screen x: heights as fractions between ceiling and floor."""
    x0, y0, _, y1 = far
    t = x / x0
    ceil, flo = y0 * t, H + (y1 - H) * t
    return ceil + (flo - ceil) * top_frac, ceil + (flo - ceil) * bot_frac


def bg_hq_corridor():
    s = Svg(W, H)
    far = (780, 330, 1140, 640)
    perspective_hall(s, far, s.lin([(0, "#dfe8f3"), (1, "#c3d2e4")], 0, 0, 1, 0), s.lin([(0, "#b6c6da"), (1, "#d8e2ee")], 0, 0, 1, 0),
                     s.lin([(0, "#cbd8e8"), (1, "#eef3f9")]), s.lin([(0, "#e6d8bc"), (1, "#b7a888")]))
    # the far end: a tall door of light
    s.rect(780, 330, 360, 310, "#eef3f9")
    s.rect(900, 380, 120, 260, "#fff7e0")
    glow(s, 960, 520, 260, "#fff3d0", 0.7)
    # ceiling arches
    for z in (1.12, 1.35, 1.7, 2.3, 3.4):
        t = 1 - 1 / z
        xl, xr, yt = 780 * t, W - (W - 1140) * t, 330 * t
        s.path(D("M", (xl, yt + 60 * (1 - t)), "Q", (960, yt - 40 * (1 - t)), (xr, yt + 60 * (1 - t))), "none", stroke="#f6f9fc", stroke_width=n(26 * (1 - t) + 4))
        glow(s, 960, yt + 50 * (1 - t), 120 * (1 - t) + 30, "#fff2cc", 0.6)
        s.ellipse(960, yt + 50 * (1 - t), 34 * (1 - t) + 8, 10 * (1 - t) + 3, "#fffaf0")
    # tall windows on the left wall; their light lies across the floor
    for z in (1.05, 1.3, 1.65, 2.2, 3.2):
        xa, xb = 780 * (1 - 1 / z), 780 * (1 - 1 / (z + 0.16))
        ta, ba = on_left(xa, far, 0.12, 0.78)
        tb, bb = on_left(xb, far, 0.12, 0.78)
        s.poly([(xa, ta), (xb, tb), (xb, bb), (xa, ba)], s.lin([(0, "#cfe6ff"), (1, "#fff1d0")]), stroke="#f8fbfe", stroke_width=n(10 / z))
        s.line([((xa + xb) / 2, (ta + tb) / 2), ((xa + xb) / 2, (ba + bb) / 2)], "#f8fbfe", n(6 / z))
        fa, fb = on_left(xa, far, 1, 1)[0], on_left(xb, far, 1, 1)[0]
        s.poly([(xa, fa), (xb, fb), (xb + 700 / z, fb + 40 / z), (xa + 760 / z, fa + 60 / z)], R_GOLD, opacity="0.35")
        light_beam(s, [(xa, ta), (xb, tb), (xb + 700 / z, fb + 40 / z), (xa + 760 / z, fa + 60 / z)], "#fff0c0", 0.16)
    # pilasters and flags on the right wall: the flags hang between the pilasters
    zs = (1.08, 1.4, 1.85, 2.6, 4.0, 7.0)
    cols = []
    for z in zs:
        t = 1 - 1 / z
        cols.append((W - (W - 1140) * t, 330 * t, H + (640 - H) * t, 1 - t))
    for (xa, ta, ba, _), (xb, tb, bb, _) in zip(cols, cols[1:]):
        gap = xa - xb
        fw = gap * 0.42
        fx = (xa + xb) / 2 - fw / 2
        ft = (ta + tb) / 2 + ((ba - ta) + (bb - tb)) / 2 * 0.14
        fh = ((ba - ta) + (bb - tb)) / 2 * 0.5
        republic_flag(s, fx, ft, fw, fh)
    for x, top, bot, sc in reversed(cols[:-1]):
        s.rect(x - 40 * sc - 6, top, 80 * sc + 6, bot - top, "#eef3f9")
        s.rect(x + 40 * sc - 4, top, 10 * sc + 3, bot - top, "#a9bbd1")
    # polished floor: reflections and a runner carpet
    s.poly([(880, 640), (1040, 640), (1340, H), (580, H)], s.lin([(0, "#5a7aa8"), (1, "#2f4d7a")]), opacity="0.8")
    s.poly([(900, 640), (1020, 640), (1290, H), (630, H)], "none", stroke="#c9b27a", stroke_width=4)
    # officers in the distance
    for x, h in ((1010, 120), (1050, 112), (850, 96)):
        s.path(D("M", (x - 14, 640), "L", (x - 16, 640 - h * 0.6), "Q", (x, 640 - h * 0.75), (x + 16, 640 - h * 0.6), "L", (x + 14, 640), "Z"), "#5a7194", opacity="0.75")
        s.circle(x, 640 - h * 0.84, h * 0.1, "#5a7194", opacity="0.75")
    vignette(s, 0.3, "#2a3c5a")
    return s.text()


def bg_control_room(alert=False):
    s, rng = Svg(W, H), random.Random("control_room")
    fill_all(s, s.lin([(0, "#1c2840"), (1, "#0c1220")]))
    # wall panels
    for k in range(9):
        x = k * 220 - 20
        s.rect(x, 60, 200, 700, "#1a253a", stroke="#26344f", stroke_width=3)
    s.rect(0, 740, W, 340, s.lin([(0, "#141c2c"), (1, "#080c16")]))
    # the big screen: the eastern front as a clean green line
    sx, sy, sw, sh = 410, 110, 1100, 560
    tint = "#3a0c14" if alert else "#0b2436"
    glow(s, 960, 390, 1100, "#d04040" if alert else "#3aa0d0", 0.28, ry=620)
    s.rect(sx - 16, sy - 16, sw + 32, sh + 32, "#0a0f18", rx="8")
    s.rect(sx, sy, sw, sh, s.lin([(0, tint), (1, dark(tint, 0.3))]))
    scr = s.clip(f'<rect x="{sx}" y="{sy}" width="{sw}" height="{sh}"/>')
    s.open("g", clip_path=scr)
    grid = "#2a5a7a" if not alert else "#6a2a30"
    for k in range(0, sw, 55):
        s.line([(sx + k, sy), (sx + k, sy + sh)], grid, 1.5, opacity="0.5")
    for k in range(0, sh, 55):
        s.line([(sx, sy + k), (sx + sw, sy + k)], grid, 1.5, opacity="0.5")
    land = "#12384c" if not alert else "#40161c"
    s.path(blob([(sx - 40, sy + 120), (sx + 300, sy + 60), (sx + 620, sy + 140), (sx + 900, sy + 80), (sx + 1160, sy + 160), (sx + 1160, sy + 600), (sx - 40, sy + 600)]), land)
    river = "#2a7aa8" if not alert else "#7a3a48"
    s.path(D("M", (sx + 400, sy), "C", (sx + 520, sy + 160), (sx + 620, sy + 220), (sx + 700, sy + 300), "S", (sx + 900, sy + 480), (sx + 1100, sy + 520)), "none", stroke=river, stroke_width=6)
    line = D("M", (sx + 640, sy - 10), "C", (sx + 600, sy + 140), (sx + 700, sy + 260), (sx + 660, sy + 380), "S", (sx + 700, sy + 520), (sx + 680, sy + 580))
    s.path(line, "none", stroke="#5ef08a", stroke_width=14, opacity="0.25")
    s.path(line, "none", stroke="#7dffa0", stroke_width=5)
    for k in range(7):
        x, y = sx + rng.uniform(120, 560), sy + rng.uniform(60, 520)
        s.rect(x - 7, y - 7, 14, 14, "#9fe0ff", opacity="0.8")
    if alert:
        haze(s, sx + 820, sy + 210, 210, 90, s.rad(soft("#ff3a3a", 0.8)))
        for k in range(40):
            x, y = sx + 820 + rng.gauss(0, 90), sy + 210 + rng.gauss(0, 35)
            s.circle(x, y, 4, "#ff6a5a")
    else:
        for k in range(5):
            x, y = sx + rng.uniform(760, 1060), sy + rng.uniform(80, 500)
            s.circle(x, y, 5, "#ff6a5a", opacity="0.7")
    for k in range(0, sh, 6):
        s.line([(sx, sy + k), (sx + sw, sy + k)], "#000000", 1.5, opacity="0.12")
    s.close()
    # side monitors
    for x in (90, 1600):
        s.rect(x, 260, 230, 150, "#0a0f18", rx="6")
        s.rect(x + 10, 270, 210, 130, "#10283a" if not alert else "#34121a")
        pts_ = [(x + 14 + i * 10, 340 + 30 * math.sin(i * 0.8) * rng.uniform(0.5, 1)) for i in range(21)]
        s.line(pts_, "#6ad0ff" if not alert else "#ff8070", 2.5)
    # console desk, raised so that what lies on it shows above the text box
    s.open("g", transform="translate(0 -70)")
    s.poly([(120, 790), (1800, 790), (1920, 1150), (0, 1150)], s.lin([(0, "#2a3650"), (1, "#101624")]))
    s.poly([(120, 790), (1800, 790), (1830, 820), (90, 820)], "#3a4a6a")
    for k in range(14):
        x = 180 + k * 115
        s.rect(x, 830, 70, 14, ["#3ad0a0", "#f0c050", "#5ab4ff", "#ff6a5a"][k % 4] if k % 3 else "#24304a", opacity="0.85", rx="3")
    # the Para-RAID band, resting on the desk
    s.ellipse(1420, 900, 96, 30, "none", stroke="#dfe6f0", stroke_width=10)
    s.ellipse(1420, 900, 96, 30, "none", stroke="#8a96aa", stroke_width=3)
    s.circle(1500, 912, 7, "#5ab4ff")
    glow(s, 1500, 912, 50, "#5ab4ff", 0.6)
    # the form and a cup
    s.poly([(420, 880), (600, 870), (620, 960), (430, 972)], "#dfe4ea", opacity="0.9")
    for k in range(5):
        s.line([(440, 892 + k * 14), (590, 884 + k * 14)], "#7a8496", 2, opacity="0.6")
    s.rect(660, 870, 44, 54, "#c8d0dc", rx="6")
    s.close()
    # the good chair, seen from behind
    s.path(D("M", (850, 820), "L", (850, 560), "Q", (850, 520), (890, 516), "L", (1030, 516), "Q", (1070, 520), (1070, 560), "L", (1070, 820), "Z"), "#0a0e18", stroke="#34425e", stroke_width=4)
    s.rect(900, 470, 120, 56, "#0a0e18", rx="16", stroke="#34425e", stroke_width=4)
    s.rect(800, 760, 320, 40, "#0a0e18", rx="14")
    s.rect(945, 820, 30, 150, "#0a0e18")
    s.path(D("M", (830, 1000), "L", (1090, 1000), "L", (1060, 970), "L", (860, 970), "Z"), "#0a0e18")
    glow(s, 960, 640, 300, "#6ab8ff" if not alert else "#ff5050", 0.12)
    vignette(s, 0.55)
    return s.text()


def facade(s, rng, x, y, w, h, wall, win, roof, floors=5, night=False, lit="#ffd98a"):
    s.rect(x, y, w, h, wall)
    s.poly([(x - 10, y), (x + w + 10, y), (x + w - 20, y - 70), (x + 20, y - 70)], roof)
    for k in range(int(w // 110)):
        s.rect(x + 30 + k * 110, y - 56, 34, 40, win if not night else "#1a2236")
    fh = h / floors
    for f in range(floors):
        for k in range(int(w // 110)):
            wx, wy = x + 30 + k * 110, y + f * fh + fh * 0.2
            if night:
                c = lit if rng.random() < 0.55 else "#1c2640"
            else:
                c = win
            s.rect(wx, wy, 50, fh * 0.6, c)
            if night and c == lit:
                glow(s, wx + 25, wy + fh * 0.3, 60, lit, 0.25)
            if f in (1, 3):
                s.rect(wx - 8, wy + fh * 0.6, 66, 8, dark(wall, 0.2))
        s.rect(x, y + f * fh - 3, w, 5, dark(wall, 0.08))


def bg_cafe():
    s, rng = Svg(W, H), random.Random("cafe")
    fill_all(s, s.lin([(0, "#a9cdf0"), (1, "#eaf3fb")]))
    glow(s, 1650, 80, 500, "#fff4d0", 0.8)
    facade(s, rng, -40, 150, 760, 520, "#f2ece0", "#9fb8d4", "#8fa4bf", 5)
    facade(s, rng, 730, 110, 700, 560, "#ece6da", "#a6bdd8", "#97aac2", 5)
    facade(s, rng, 1440, 170, 560, 500, "#f4eee4", "#9fb8d4", "#8fa4bf", 5)
    s.rect(0, 640, W, 40, "#c9c0ae")
    # trees along the avenue
    for x in (200, 760, 1340, 1820):
        s.rect(x - 10, 420, 20, 260, "#6a5a48")
        for k in range(6):
            s.circle(x + rng.uniform(-90, 90), 380 + rng.uniform(-60, 60), rng.uniform(60, 95), rng.choice(["#7aa868", "#8cb872", "#6a9a5e"]))
    crowd(s, rng, 690, 0, W, "#8496b0", 60, 90, 18)
    s.rect(0, 680, W, 400, s.lin([(0, "#e6dccb"), (1, "#cdbfa6")]))
    for k in range(12):
        s.line([(0, 700 + k * k * 3.5), (W, 700 + k * k * 3.5)], "#b8aa90", 2, opacity="0.5")
    # festival bunting, blue and white
    bunting(s, -20, 60, 980, 120, 40, 18, ["#2f5596", "#ffffff"])
    bunting(s, 940, 120, 1940, 40, 50, 18, ["#ffffff", "#2f5596"])
    bunting(s, -20, 260, 1940, 230, 30, 34, ["#2f5596", "#ffffff"], 28)
    # awning of the café
    aw = [(0, 0), (760, 0), (820, 200), (0, 200)]
    s.poly(aw, "#f4f7fb")
    for k in range(8):
        x = k * 110
        s.poly([(x, 0), (x + 55, 0), (x + 55 + 8 * 0.5 + 4, 200), (x + 4, 200)], "#2f5596")
    for k in range(15):
        x = k * 55
        s.path(D("M", (x, 200), "a", 27.5, 22, 0, 0, 0, 55, 0, "Z"), "#2f5596" if k % 2 == 0 else "#f4f7fb")
    s.poly([(0, 200), (860, 200), (1100, 640), (0, 640)], "#203050", opacity="0.06")
    # tables: white bistro tables with cakes and cups
    for x, y, sc in ((420, 860, 1.0), (1100, 760, 0.7), (1600, 900, 1.15)):
        s.ellipse(x, y + 190 * sc, 120 * sc, 18 * sc, "#000000", opacity="0.12")
        s.rect(x - 6 * sc, y, 12 * sc, 190 * sc, "#5a6272")
        s.ellipse(x, y, 130 * sc, 30 * sc, "#f9fbfd", stroke="#b8c2d0", stroke_width=3)
        s.ellipse(x - 40 * sc, y - 6 * sc, 32 * sc, 10 * sc, "#ffffff", stroke="#c8d0dc", stroke_width=2)
        s.path(D("M", (x - 56 * sc, y - 8 * sc), "l", 14 * sc, -22 * sc, "l", 16 * sc, 22 * sc, "Z"), "#f0c0c8")
        s.rect(x + 30 * sc, y - 30 * sc, 26 * sc, 26 * sc, "#ffffff", stroke="#c8d0dc", stroke_width=2)
        for side in (-1, 1):
            cx = x + side * 170 * sc
            s.rect(cx - 40 * sc, y + 40 * sc, 80 * sc, 12 * sc, "#3e4658")
            s.line([(cx - 36 * sc, y + 50 * sc), (cx - 40 * sc, y + 190 * sc)], "#3e4658", 6 * sc)
            s.line([(cx + 36 * sc, y + 50 * sc), (cx + 40 * sc, y + 190 * sc)], "#3e4658", 6 * sc)
            s.path(D("M", (cx - 38 * sc, y + 40 * sc), "Q", (cx - 44 * sc, y - 70 * sc), (cx, y - 74 * sc), "Q", (cx + 44 * sc, y - 70 * sc), (cx + 38 * sc, y + 40 * sc)),
                   "none", stroke="#3e4658", stroke_width=n(6 * sc))
    vignette(s, 0.22, "#3a4a6a")
    return s.text()


def bg_lab(night=False):
    s, rng = Svg(W, H), random.Random("lab")
    N = night
    fill_all(s, s.lin([(0, "#eef3f9"), (1, "#d3deeb")]) if not N else s.lin([(0, "#141c30"), (1, "#1c2740")]))
    s.rect(0, 600, W, 160, "#c3d0e0" if not N else "#18223a")
    s.rect(0, 590, W, 14, R_DEEP if not N else "#26324c")
    s.rect(0, 760, W, 320, s.lin([(0, "#dfe7f0"), (1, "#b4c3d6")]) if not N else s.lin([(0, "#1a2438"), (1, "#0c121e")]))
    for k in range(-8, 10):
        s.line([(960 + k * 150, 760), (960 + k * 420, H)], "#9fb0c6" if not N else "#2a3650", 2, opacity="0.6")
    for y in (790, 840, 910, 1000):
        s.line([(0, y), (W, y)], "#9fb0c6" if not N else "#2a3650", 2, opacity="0.6")
    s.rect(0, 752, W, 10, "#8a9cb4" if not N else "#2c3850")
    # an equipment rack, blinking
    s.rect(40, 220, 200, 540, "#3a4658" if not N else "#1c2430", rx="6")
    for k in range(8):
        s.rect(56, 240 + k * 62, 168, 50, "#2a3444" if not N else "#121822", rx="3")
        for j in range(4):
            c = ["#5ab4ff", "#3ad0a0", "#f0c050", "#5ab4ff"][(j + k) % 4]
            s.circle(76 + j * 22, 265 + k * 62, 4.5, c)
            if N and (j + 2 * k) % 3 == 0:
                glow(s, 76 + j * 22, 265 + k * 62, 22, c, 0.7)
        s.rect(170, 256 + k * 62, 40, 16, "#1a2230" if not N else "#0a0e16")
    if N:
        glow(s, 140, 490, 260, "#3a8ad0", 0.18)
    # ceiling light strips (off at night)
    for k in range(4):
        x = 160 + k * 460
        s.rect(x, 0, 300, 26, "#ffffff" if not N else "#2a3448")
        if not N:
            light_beam(s, [(x, 26), (x + 300, 26), (x + 360, 760), (x - 60, 760)], "#ffffff", 0.35)
    if not N:
        # glass wall into the observation room
        s.rect(540, 120, 840, 460, s.lin([(0, "#9db8d6"), (1, "#c8d8ea")]), stroke="#7088a8", stroke_width=10)
        s.rect(560, 420, 300, 160, "#8aa2c0")
        s.rect(1100, 380, 260, 200, "#8aa2c0")
        s.circle(700, 380, 40, "#7a92b2")
    else:
        # the observation room is dark; through its far window, the capital at night
        s.rect(540, 120, 840, 460, s.lin([(0, "#0a1430"), (0.65, "#1a2c58"), (1, "#34406e")]), stroke="#34425e", stroke_width=10)
        s.open("g", clip_path=s.clip('<rect x="545" y="125" width="830" height="450"/>'))
        stars(s, rng, 26, 330, big=0.0)
        glow(s, 960, 560, 520, "#ffc890", 0.22, ry=140)
        skyline(s, rng, 540, 520, 1400, 110, 260, "#17213e", spires=0.3, wmin=40, wmax=90)
        skyline(s, rng, 590, 520, 1400, 60, 190, "#0e1530", lit="#ffd98a", lit_p=0.28, wmin=40, wmax=110, spires=0.2)
        s.close()
        s.poly([(540, 762), (1380, 762), (1560, H), (360, H)], s.lin([(0, "#6a8ad0", 0.14), (1, "#6a8ad0", 0)]))
    for k in (1, 2):
        s.line([(540 + 280 * k, 120), (540 + 280 * k, 580)], "#9fb2ca" if not N else "#2e3a54", 8)
    s.poly([(600, 130), (680, 130), (560, 400), (550, 300)], "#ffffff", opacity="0.5" if not N else "0.06")
    s.poly([(940, 130), (980, 130), (860, 450), (840, 400)], "#ffffff", opacity="0.4" if not N else "0.05")
    # the sync apparatus: a reclining chair under a halo ring
    s.ellipse(960, 740, 260, 36, "#9fb2ca" if not N else "#3a6aa0", opacity="0.5" if not N else "0.25")
    s.path(D("M", (760, 700), "L", (1120, 700), "Q", (1170, 700), (1180, 640), "L", (1200, 520), "Q", (1210, 480), (1170, 480), "L", (1140, 480), "L", (1110, 620), "L", (800, 620), "Q", (760, 620), (760, 660), "Z"),
           "#f8fbfe" if not N else "#4a5a78", stroke="#8a9ab2" if not N else "#6a86b0", stroke_width=5)
    s.rect(930, 700, 60, 40, "#8a9ab2" if not N else "#2a3650")
    if N:
        glow(s, 1120, 440, 330, "#5ab4ff", 0.22, ry=170)
    s.ellipse(1120, 380, 170, 60, "none", stroke="#dfe8f3" if not N else "#8ab0d8", stroke_width=22)
    s.ellipse(1120, 380, 170, 60, "none", stroke="#6a84a8" if not N else "#b8dcff", stroke_width=4)
    for k in range(6):
        a = k * math.pi / 3
        s.circle(1120 + math.cos(a) * 170, 380 + math.sin(a) * 60, 8, "#5ab4ff" if not N else "#9ad8ff")
        glow(s, 1120 + math.cos(a) * 170, 380 + math.sin(a) * 60, 30 if not N else 46, "#5ab4ff", 0.5 if not N else 0.8)
    s.line([(1120, 320), (1120, 0)], "#8a9ab2" if not N else "#2a3448", 10)
    s.path(D("M", (1240, 400), "C", (1400, 420), (1380, 700), (1500, 740)), "none", stroke="#5a6a84" if not N else "#0e1420", stroke_width=8)
    s.path(D("M", (1230, 370), "C", (1430, 380), (1440, 680), (1560, 730)), "none", stroke="#3a4a64" if not N else "#0a0e18", stroke_width=6)
    # benches with glassware, monitors with waveforms
    if N:
        # a bench lamp, bent low over the glassware, and its pool of light
        haze(s, 420, 606, 300, 60, s.rad(soft("#ffcf80", 0.8)))
        glow(s, 420, 560, 360, R_GOLD2, 0.28)
    s.rect(260, 600, 300, 30, "#c6d2e0" if not N else "#8a8070")
    s.rect(270, 630, 280, 180, "#e6edf5" if not N else "#222c40", stroke="#8a9cb4" if not N else "#34405a", stroke_width=4)
    for k in range(3):
        x = 290 + k * 80
        h = rng.uniform(50, 110)
        s.rect(x, 600 - h, 30, h, "#d8ecfa" if not N else "#f0e0c0", opacity="0.8" if not N else "0.35", stroke="#8ab0d0" if not N else "#e8c890", stroke_width=3)
        s.rect(x + 3, 600 - h * 0.45, 24, h * 0.45 - 3, rng.choice(["#7ad0c0", "#9ab8f0", "#f0a0b0"]), opacity="0.7")
    if N:
        # the lamp is clamped to the end of the bench, its head bent back over the glassware
        s.line([(548, 600), (596, 470), (640, 430)], "#2a2a30", 8, stroke_linejoin="round", stroke_linecap="round")
        s.ellipse(548, 600, 24, 6, "#2a2a30")
        s.circle(596, 470, 8, "#3a3a44")
        s.path(D("M", (612, 414), "L", (672, 446), "L", (654, 474), "L", (598, 450), "Z"), "#3a3a44")
        glow(s, 622, 460, 60, "#fff0c0", 0.9)
        light_beam(s, [(598, 450), (654, 474), (560, 602), (330, 602)], "#ffe0a0", 0.3)
    s.rect(1480, 520, 440, 28, "#c6d2e0" if not N else "#2a3650")
    s.rect(1500, 548, 400, 250, "#e6edf5" if not N else "#1a2234", stroke="#a9bbd1" if not N else "#2c3850", stroke_width=4)
    for k, x in enumerate((1510, 1710)):
        if N:
            glow(s, x + 90, 415, 260, "#6ae0ff" if k == 0 else "#9affc0", 0.22)
            s.poly([(x + 20, 520), (x + 160, 520), (x + 200, 548), (x - 20, 548)], "#6ae0ff" if k == 0 else "#9affc0", opacity="0.18")
        s.rect(x, 330, 180, 170, "#1a2a40" if not N else "#06101c", rx="8")
        pts_ = [(x + 10 + i * 8, 415 + (40 if k else 25) * math.sin(i * (0.7 + k * 0.4))) for i in range(21)]
        s.line(pts_, "#6ae0ff" if k == 0 else "#9affc0", 3)
        s.rect(x + 80, 500, 20, 22, "#5a6a84" if not N else "#1c2434")
    if not N:
        glow(s, 960, 380, 900, "#ffffff", 0.15)
        vignette(s, 0.3, "#3d5371")
    else:
        glow(s, 960, 360, 700, "#5a7ab8", 0.12)
        vignette(s, 0.6, "#04060c")
    return s.text()


def bg_karlstahl_house():
    s = Svg(W, H)
    fill_all(s, s.lin([(0, "#3a3f58"), (1, "#2a2a3a")]))
    for k in range(0, W, 48):
        s.rect(k, 0, 24, 560, "#434a66", opacity="0.5")
    s.rect(0, 560, W, 520, s.lin([(0, "#5a3a28"), (1, "#2a1a14")]))
    for k in range(10):
        s.rect(30 + k * 196, 600, 160, 180, "none", stroke="#7a5238", stroke_width=5)
    s.rect(0, 548, W, 16, "#8a6a44")
    # tall window with heavy curtains, night outside
    s.rect(760, 80, 400, 470, s.lin([(0, "#0e1a34"), (1, "#24365a")]), stroke="#c9b27a", stroke_width=10)
    s.line([(960, 80), (960, 550)], "#c9b27a", 6)
    s.line([(760, 300), (1160, 300)], "#c9b27a", 6)
    s.circle(1080, 160, 26, "#e8e6d8")
    for side in (-1, 1):
        x = 760 if side < 0 else 1160
        s.path(D("M", (x - side * 30, 50), "L", (x + side * 120, 50), "C", (x + side * 80, 300), (x + side * 140, 480), (x + side * 110, 600), "L", (x - side * 40, 600), "Z"), "#2a3a6a")
        s.path(D("M", (x + side * 30, 60), "C", (x + side * 20, 300), (x + side * 60, 460), (x + side * 40, 590)), "none", stroke="#1a264a", stroke_width=8)
    s.rect(700, 40, 520, 18, "#c9b27a", rx="9")
    # portraits in gilt frames
    for x, y in ((180, 150), (1460, 150)):
        s.rect(x, y, 240, 300, "#c9a45a", rx="6")
        s.rect(x + 18, y + 18, 204, 264, "#2a2a3a")
        s.ellipse(x + 120, y + 130, 44, 56, "#6a6a7a")
        s.path(D("M", (x + 40, y + 282), "Q", (x + 120, y + 170), (x + 200, y + 282), "Z"), "#3a4a6a")
    # the table in perspective, white cloth
    s.poly([(660, 640), (1260, 640), (1700, 1080), (220, 1080)], "#f4efe4")
    s.poly([(660, 640), (1260, 640), (1264, 660), (656, 660)], "#d8d0c0")
    s.poly([(220, 1080), (660, 640), (640, 660), (180, 1080)], "#c8bfae")
    s.poly([(1700, 1080), (1260, 640), (1280, 660), (1740, 1080)], "#c8bfae")
    for x, y, sc in ((760, 690, 0.5), (1160, 690, 0.5), (560, 820, 0.75), (1360, 820, 0.75), (420, 980, 1.0), (1500, 980, 1.0)):
        s.ellipse(x, y, 80 * sc, 24 * sc, "#ffffff", stroke="#cfc8b8", stroke_width=3)
        s.ellipse(x, y, 50 * sc, 14 * sc, "none", stroke="#d8c08a", stroke_width=2)
        s.rect(x + 70 * sc, y - 70 * sc, 14 * sc, 60 * sc, "#e8f0f8", opacity="0.6")
    # candelabra with five candles
    s.rect(950, 560, 20, 200, "#d6d6dc")
    s.ellipse(960, 760, 60, 16, "#c0c0c8")
    s.path(D("M", (840, 600), "Q", (960, 680), (1080, 600)), "none", stroke="#d6d6dc", stroke_width=10)
    s.path(D("M", (890, 580), "Q", (960, 640), (1030, 580)), "none", stroke="#d6d6dc", stroke_width=8)
    for x, y in ((840, 600), (890, 580), (960, 560), (1030, 580), (1080, 600)):
        s.rect(x - 9, y - 70, 18, 70, "#f8f4e8")
        glow(s, x, y - 86, 160, R_GOLD2, 0.5)
        s.path(D("M", (x, y - 104), "Q", (x + 10, y - 84), (x, y - 74), "Q", (x - 10, y - 84), (x, y - 104), "Z"), "#ffd070")
    glow(s, 960, 520, 900, R_GOLD2, 0.28)
    # chair backs
    for x, sc in ((520, 0.8), (1400, 0.8), (300, 1.1), (1620, 1.1)):
        s.path(D("M", (x - 50 * sc, 1080), "L", (x - 50 * sc, 760 - 60 * sc), "Q", (x, 700 - 80 * sc), (x + 50 * sc, 760 - 60 * sc), "L", (x + 50 * sc, 1080), "Z"), "#2a1812")
        s.rect(x - 32 * sc, 760 - 40 * sc, 64 * sc, 120 * sc, "#5a2a2a", rx="6")
    vignette(s, 0.55)
    return s.text()


def bg_archives():
    s, rng = Svg(W, H), random.Random("archives")
    far = (800, 380, 1120, 600)
    perspective_hall(s, far, "#4a5870", "#3e4a60", s.lin([(0, "#2a3244"), (1, "#3a4458")]), s.lin([(0, "#5a6272"), (1, "#2e3440")]))
    s.rect(800, 380, 320, 220, "#1c222e")
    glow(s, 960, 500, 200, R_GOLD2, 0.5)
    # pipes along the ceiling
    for k, c in enumerate(("#6a7488", "#5a6478")):
        s.line([(0, 40 + k * 40), (800, 380 - 8 + k * 8)], c, 16 - k * 4)
    # stacks: shelving on both sides, receding
    box_cols = ["#c9b896", "#b8a886", "#d8ccb0", "#a8b4c4", "#bcc6d2", "#9a8a6a"]
    for side in (-1, 1):
        for z in (1.0, 1.25, 1.6, 2.1, 2.9, 4.2):
            t = 1 - 1 / z
            sc = 1 - t
            x_near = 800 * t if side < 0 else W - (W - 1120) * t
            depth = 150 * sc
            top = 380 * t + 40 * sc
            bot = H + (600 - H) * t
            x0 = x_near if side < 0 else x_near - depth
            s.rect(x0, top, depth, bot - top, "#2a303c")
            shelves = 6
            for k in range(shelves):
                y = top + (bot - top) * k / shelves
                hgt = (bot - top) / shelves
                s.rect(x0, y + hgt - 6 * sc - 2, depth, 6 * sc + 2, "#7a8496")
                bx = x0 + 4
                while bx < x0 + depth - 8 * sc:
                    bw = rng.uniform(18, 40) * sc + 4
                    bh = hgt * rng.uniform(0.55, 0.85)
                    s.rect(bx, y + hgt - 6 * sc - bh, bw - 2, bh, rng.choice(box_cols))
                    bx += bw
            s.rect(x0, top, depth, bot - top, "#000000", opacity=n(0.15 + 0.5 * t))
    # hanging lamps with warm cones
    for z in (1.2, 1.7, 2.6):
        t = 1 - 1 / z
        sc = 1 - t
        y = 380 * t + 60 * sc
        s.line([(960, 0 if t < 0.1 else 380 * t - 20), (960, y)], "#1a1e28", 3)
        s.path(D("M", (960 - 50 * sc, y + 30 * sc), "L", (960 + 50 * sc, y + 30 * sc), "L", (960 + 18 * sc, y), "L", (960 - 18 * sc, y), "Z"), "#3a4454")
        light_beam(s, [(960 - 40 * sc, y + 30 * sc), (960 + 40 * sc, y + 30 * sc), (960 + 380 * sc, H + (600 - H) * t), (960 - 380 * sc, H + (600 - H) * t)], R_GOLD, 0.35)
        glow(s, 960, y + 34 * sc, 90 * sc, "#fff0c0", 0.8)
    # a reading desk with a lamp and a file, in front
    s.poly([(1180, 880), (1740, 860), (1820, 1080), (1120, 1080)], "#5a4a3a")
    s.poly([(1300, 900), (1520, 890), (1540, 960), (1300, 972)], "#e8e0cc")
    s.line([(1320, 918), (1500, 910)], "#6a6258", 2)
    s.line([(1320, 936), (1470, 930)], "#6a6258", 2)
    s.rect(1600, 760, 10, 120, "#2a2a30")
    s.path(D("M", (1560, 770), "L", (1660, 770), "L", (1630, 730), "L", (1590, 730), "Z"), "#3a6a4a")
    glow(s, 1610, 800, 300, R_GOLD2, 0.45)
    vignette(s, 0.6)
    return s.text()


def city_night(s, rng, base, lit="#ffd98a"):
    skyline(s, rng, base - 40, -20, W + 20, 160, 360, "#24304e", spires=0.3, wmin=60, wmax=140)
    skyline(s, rng, base, -20, W + 20, 80, 260, "#151c30", lit=lit, lit_p=0.35, wmin=70, wmax=170, spires=0.15)


def night_festival_sky(s, rng, fireworks=6):
    fill_all(s, s.lin([(0, "#0a1028"), (0.6, "#1e2a58"), (1, "#4a3a6a")]))
    stars(s, rng, 70, 500)
    cols = ["#ffd98a", "#ffffff", "#8fc8ff", "#ff9ab0", "#c0a0ff"]
    for k in range(fireworks):
        firework(s, rng, rng.uniform(150, W - 150), rng.uniform(90, 380), rng.uniform(70, 150), cols[k % len(cols)])


def bg_plaza():
    s, rng = Svg(W, H), random.Random("plaza")
    # a clear morning over Revolution Plaza
    fill_all(s, s.lin([(0, "#8dbbe8"), (0.55, "#cfe2f4"), (1, "#f4f0e4")]))
    glow(s, 1500, 120, 520, "#fff8e0", 0.7)
    for k in range(5):
        x, y = rng.uniform(100, W - 100), rng.uniform(70, 260)
        for j in range(3):
            s.ellipse(x + j * 70, y + rng.uniform(-8, 8), rng.uniform(80, 140), rng.uniform(20, 32), "#ffffff", opacity="0.7")
    base = 700
    # the city around the square: pale stone façades
    facade(s, rng, -60, 300, 620, 400, "#efe8da", "#a8c0da", "#9aaec6", 5)
    facade(s, rng, 1360, 290, 640, 410, "#f2ecdf", "#a8c0da", "#9aaec6", 5)
    for x in (560, 1300):
        s.rect(x, 360, 60, 340, "#e2e6ec")
        s.poly([(x - 4, 360), (x + 64, 360), (x + 30, 240)], "#b8c6d8")
    # the Assembly: a portico of columns, a pediment, a dome
    ax = 960
    s.rect(ax - 300, 330, 600, 330, "#f4efe4")
    s.path(D("M", (ax - 150, 250), "A", 150, 140, 0, 0, 1, (ax + 150, 250), "Z"), s.lin([(0, "#dfe8f2"), (1, "#9fb2ca")], 0, 0, 1, 0))
    s.rect(ax - 170, 240, 340, 22, "#e8e2d4")
    s.rect(ax - 160, 262, 320, 70, "#efe8da")
    for k in range(9):
        s.rect(ax - 150 + k * 36, 272, 14, 50, "#c9d4e2")
    s.rect(ax - 8, 90, 16, 30, "#c9b27a")
    s.circle(ax, 86, 9, "#c9b27a")
    s.poly([(ax - 330, 360), (ax + 330, 360), (ax, 270)], "#f8f4ea")
    s.poly([(ax - 290, 352), (ax + 290, 352), (ax, 284)], "none", stroke="#d8d0c0", stroke_width=4)
    s.rect(ax - 330, 356, 660, 20, "#e4dccc")
    for k in range(8):
        x = ax - 270 + k * 77
        s.rect(x, 380, 30, 250, s.lin([(0, "#ffffff"), (1, "#d4d8e0")], 0, 0, 1, 0))
        s.rect(x - 6, 376, 42, 10, "#e4dccc")
        s.rect(x - 6, 624, 42, 10, "#e4dccc")
    for k in range(7):
        s.rect(ax - 230 + k * 77, 430, 40, 120, "#9fb2c8", opacity="0.5")
    for k in range(5):
        s.rect(ax - 340 - k * 24, 634 + k * 14, 680 + k * 48, 14, "#ece6d8" if k % 2 == 0 else "#ddd6c6")
    # the stage going up in front of the steps, a plank at a time
    st = "#8a6a4a"
    s.rect(560, 610, 380, 16, "#b8966a")
    for x in (570, 660, 750, 840, 920):
        s.rect(x, 610, 10, 90, st)
    for k in range(4):
        s.line([(570 + k * 90, 700), (660 + k * 90, 626)], st, 4)
    for x in (580, 900):
        s.rect(x, 470, 8, 140, "#6a7488")
    s.line([(584, 474), (904, 474)], "#6a7488", 6)
    s.rect(640, 478, 220, 40, "#2f5596")
    s.rect(640, 478, 220, 8, "#f4f7fb")
    s.poly([(720, 700), (800, 700), (790, 680), (730, 682)], "#c8a678")  # a stack of planks
    s.rect(724, 664, 70, 10, "#b8966a")
    # flags of the Republic on the lamp posts round the square; workmen up ladders hanging more
    for x, h in ((330, 420), (560, 300), (1360, 300), (1590, 420)):
        lamp_post(s, x, base + (h - 300) * 0.4, h)
    for lx, ly, h in ((1530, 740, 260), (410, 736, 250)):
        s.line([(lx - 40, ly), (lx, ly - h)], "#c0a060", 6)
        s.line([(lx + 40, ly), (lx, ly - h)], "#c0a060", 6)
        for k in range(1, 6):
            y = ly - h * k / 6
            w = 40 * (1 - k / 6)
            s.line([(lx - w, y), (lx + w, y)], "#c0a060", 4)
        wx, wy = lx + 6, ly - h - 6
        s.path(D("M", (wx - 16, wy), "L", (wx - 14, wy - 50), "Q", (wx, wy - 58), (wx + 14, wy - 50), "L", (wx + 16, wy), "Z"), "#3a5a8a")
        s.circle(wx, wy - 66, 11, "#f0dccc")
        s.path(D("M", (wx - 12, wy - 68), "Q", (wx, wy - 84), (wx + 12, wy - 68), "Z"), "#e8c040")
        s.line([(wx + 10, wy - 46), (wx + 34 if lx > 960 else wx - 30, wy - 80)], "#3a5a8a", 8, stroke_linecap="round")
        s.line([(wx - 6, wy), (wx - 10, wy + 30)], "#4a4a54", 9)
        s.line([(wx + 6, wy), (wx + 10, wy + 30)], "#4a4a54", 9)
    # bunting strung across the square
    bunting(s, -20, 150, 980, 250, 40, 20, ["#2f5596", "#ffffff"])
    bunting(s, 940, 250, 1940, 140, 40, 20, ["#ffffff", "#2f5596"])
    # the paving
    s.rect(0, base, W, H - base, s.lin([(0, "#e4dccb"), (1, "#c4b8a0")]))
    for k in range(-9, 11):
        s.line([(960 + k * 110, base), (960 + k * 520, H)], "#b8aa90", 2, opacity="0.5")
    for k in range(9):
        y = base + (k + 1) ** 2 * 4.6
        s.line([(0, y), (W, y)], "#b8aa90", 2, opacity="0.5")
    people(s, rng, base + 14, 0, 560, ["#8a9ab4", "#b8c4d6", "#6a7a98", "#c8a070"], 60, 84, 16, kids=0.3)
    people(s, rng, base + 14, 1380, W, ["#8a9ab4", "#b8c4d6", "#6a7a98", "#c8a070"], 60, 84, 16, kids=0.3)
    # the Guardian: a Juggernaut on a plinth of white stone, facing the Assembly
    px, pt = 1140, 640
    s.open("g", transform="translate(0 -64)")  # raised, so that it stands clear of the text box
    s.ellipse(px, 806, 300, 26, "#a89a80", opacity="0.5")
    s.poly([(px - 290, 800), (px + 290, 800), (px + 270, 770), (px - 270, 770)], "#dcd6ca")
    s.poly([(px - 250, 770), (px + 250, 770), (px + 236, 744), (px - 236, 744)], "#ece8e0")
    s.rect(px - 210, pt, 420, 106, s.lin([(0, "#ffffff"), (0.7, "#e6e2da"), (1, "#c8c2b6")], 0, 0, 1, 0))
    s.rect(px - 222, pt - 12, 444, 16, "#f4f2ee")
    s.rect(px - 56, pt + 34, 112, 36, "#c9a45a", rx="3")
    s.rect(px - 48, pt + 40, 96, 24, "#dcbc70", rx="2")
    juggernaut(s, px, pt - 12, 0.95, "#6e7a88", crouch=0.0)
    # children round the plinth, a mother with a little boy and a balloon
    for x, h, c, hair in ((px - 330, 84, "#d86a5a", "#c8a470"), (px - 272, 76, "#5a8ad0", "#e8e4dc"), (px - 384, 72, "#e8c040", "#6a4a34")):
        person(s, x, 812, h, c, hair, child=True)
    person(s, px + 300, 814, 140, "#7a8ab0", "#e8e4dc")
    person(s, px + 256, 814, 76, "#6aa070", "#e8e4dc", child=True)
    s.line([(px + 262, 770), (px + 250, 610)], "#6a6a6a", 1.5)
    s.circle(px + 250, 594, 18, "#e84a4a")
    s.close()
    glow(s, 1300, 200, 900, "#fffaf0", 0.2)
    vignette(s, 0.22, "#4a5a7a")
    return s.text()


def bg_annette_balcony():
    s, rng = Svg(W, H), random.Random("annette_balcony")
    # after the fireworks: the same sky and city, only thin smoke drifting where they burst
    fill_all(s, s.lin([(0, "#0a1028"), (0.6, "#1e2a58"), (1, "#4a3a6a")]))
    stars(s, rng, 70, 500)
    spent = Svg(W, H)  # the bursts are drawn nowhere, so the city behind keeps its lights
    for k in range(3):
        x, y, r = rng.uniform(150, W - 150), rng.uniform(90, 380), rng.uniform(70, 150)
        firework(spent, rng, x, y, r, "#ffffff")
        for j in range(5):
            sx = x + (j - 2) * r * 0.45 + r * 0.2 * j
            haze(s, sx, y + r * 0.1 + j * 6, r * (0.7 + 0.15 * j), r * 0.22, s.rad(soft("#a8a4c8", 0.22)), rotate=-6)
        s.path(D("M", (x - r * 0.9, y + r * 0.2), "C", (x - r * 0.3, y - r * 0.15), (x + r * 0.4, y + r * 0.35), (x + r * 1.4, y + r * 0.05)),
               "none", stroke="#b8b4d4", stroke_width=n(r * 0.12), stroke_linecap="round", opacity="0.07")
    glow(s, 1300, 680, 700, "#ffb070", 0.25, ry=200)
    city_night(s, rng, 760)
    s.rect(0, 740, W, 60, "#0e1424")
    for k in range(40):
        s.circle(rng.uniform(500, W), rng.uniform(745, 790), 2.5, rng.choice(["#ffd98a", "#fff0c0", "#ff9a6a"]))
    # the open balcony doors and their warm light
    s.rect(0, 0, 460, H, "#d8d0c4")
    s.rect(60, 120, 340, 780, s.lin([(0, "#ffe6b0"), (1, "#e8b878")]))
    s.path(D("M", (120, 640), "h", 260, "v", 90, "h", -260, "Z"), "#6a5a7a")
    s.path(D("M", (110, 600), "h", 60, "v", 130, "h", -60, "Z"), "#6a5a7a")
    s.poly([(60, 120), (200, 160), (200, 860), (60, 900)], "#f4f7fb", opacity="0.5", stroke="#c8c0b0", stroke_width=8)
    s.poly([(400, 120), (560, 170), (560, 850), (400, 900)], "#f4f7fb", opacity="0.45", stroke="#c8c0b0", stroke_width=8)
    s.path(D("M", (380, 100), "C", (430, 300), (400, 600), (470, 900), "L", (520, 900), "C", (480, 600), (500, 300), (440, 100), "Z"), "#c9b3e0", opacity="0.6")
    light_beam(s, [(60, 900), (560, 900), (1100, H), (60, H)], R_GOLD, 0.45)
    # balcony floor and railing
    s.poly([(0, 900), (W, 900), (W, H), (0, H)], s.lin([(0, "#3a3446"), (1, "#1e1a26")]))
    s.poly([(60, 900), (560, 900), (1100, H), (60, H)], R_GOLD, opacity="0.25")
    s.rect(460, 600, 1460, 20, "#20242e")
    s.rect(460, 880, 1460, 22, "#20242e")
    for k in range(38):
        x = 480 + k * 38
        s.rect(x, 620, 8, 260, "#20242e")
        if k % 4 == 0:
            s.path(D("M", (x + 4, 680), "c", 20, 20, 20, 50, 0, 70, "c", -20, -20, -20, -50, 0, -70, "Z"), "none", stroke="#20242e", stroke_width=5)
    # plates stacked on the railing, a glass
    for k in range(5):
        s.ellipse(1380, 594 - k * 9, 70, 14, "#f4f2ec", stroke="#a8a090", stroke_width=2)
    s.path(D("M", (1500, 540), "h", 36, "l", -6, 56, "h", -24, "Z"), "#dfe8f3", opacity="0.6")
    for x, c in ((700, "#6a8a5a"), (1700, "#5a7a50")):
        s.path(D("M", (x - 40, 900), "h", 80, "l", -10, -70, "h", -60, "Z"), "#8a5a44")
        for _ in range(6):
            s.circle(x + rng.uniform(-40, 40), 800 + rng.uniform(-30, 20), rng.uniform(18, 30), c)
            s.circle(x + rng.uniform(-40, 40), 790 + rng.uniform(-30, 20), 6, "#e88aa0")
    vignette(s, 0.5)
    return s.text()


def bg_lena_office():
    s, rng = Svg(W, H), random.Random("lena_office")
    fill_all(s, s.lin([(0, R_WALL), (1, R_WALL2)]))
    s.rect(0, 800, W, 280, s.lin([(0, "#c9b89a"), (1, "#9a8464")]))
    s.rect(0, 790, W, 12, "#8a96aa")
    # big window behind the desk, the capital by day
    wx, wy, ww, wh = 560, 90, 800, 560
    s.rect(wx, wy, ww, wh, s.lin([(0, "#b8d6f4"), (1, "#f2f0e6")]))
    s.open("g", clip_path=s.clip(f'<rect x="{wx}" y="{wy}" width="{ww}" height="{wh}"/>'))
    skyline(s, rng, wy + wh, wx, wx + ww, 120, 360, "#d2deec", wmin=50, wmax=120)
    skyline(s, rng, wy + wh, wx, wx + ww, 50, 200, "#b6c8dc", wmin=60, wmax=140)
    s.close()
    for k in range(1, 4):
        s.line([(wx + ww * k / 4, wy), (wx + ww * k / 4, wy + wh)], "#f4f7fb", 10)
    s.line([(wx, wy + 180), (wx + ww, wy + 180)], "#f4f7fb", 8)
    s.rect(wx, wy, ww, wh, "none", stroke="#f4f7fb", stroke_width=18)
    light_beam(s, [(wx, wy + wh), (wx + ww, wy + wh), (wx + ww + 300, H), (wx - 200, H)], R_GOLD, 0.3)
    # bookshelf left, flag on a stand right
    s.rect(60, 140, 380, 660, "#8a6a4a")
    for k in range(5):
        y = 170 + k * 125
        s.rect(80, y + 100, 340, 12, "#6a4e36")
        x = 86
        while x < 410:
            bw = rng.uniform(14, 30)
            s.rect(x, y + 100 - rng.uniform(60, 92), bw - 2, 100, rng.choice(["#3a5a8a", "#8a3a3a", "#d8ccb0", "#4a6a5a", "#b8a070", "#2f4468"]))
            x += bw
    s.line([(1640, 200), (1640, 800)], "#c9b27a", 8)
    s.circle(1640, 196, 12, "#c9b27a")
    republic_flag(s, 1646, 220, 170, 380)
    # the desk, papers, lamp, nameplate block
    s.poly([(340, 760), (1580, 760), (1700, 920), (220, 920)], s.lin([(0, "#6a4a34"), (1, "#4a3224")]))
    s.rect(240, 920, 1440, 160, "#3e2a1e")
    for k in range(4):
        s.poly([(520 + k * 14, 780 - k * 10), (720 + k * 14, 780 - k * 10), (740 + k * 14, 820 - k * 10), (500 + k * 14, 820 - k * 10)], "#f6f4ee", stroke="#c8c0b0", stroke_width=2)
    s.poly([(1000, 790), (1180, 784), (1200, 830), (1010, 840)], "#f6f4ee", stroke="#c8c0b0", stroke_width=2)
    s.rect(1360, 640, 10, 140, "#c9b27a")
    s.path(D("M", (1310, 650), "L", (1420, 650), "L", (1390, 590), "L", (1340, 590), "Z"), "#2f5a4a")
    glow(s, 1365, 700, 240, R_GOLD, 0.4)
    s.rect(820, 740, 160, 30, "#2f4468", rx="4")
    s.rect(830, 748, 140, 4, "#c9b27a")
    glow(s, 960, 370, 800, "#fff6e0", 0.3)
    vignette(s, 0.3, "#3a4a6a")
    return s.text()


def bg_boulevard_festival():
    s, rng = Svg(W, H), random.Random("boulevard_festival")
    night_festival_sky(s, rng, 5)
    vp = (960, 560)
    # façades on both sides, receding
    for side in (-1, 1):
        for z in (4.0, 2.8, 2.0, 1.5, 1.15):
            t = 1 - 1 / z
            sc = 1 - t
            xn = vp[0] + side * (1100 * sc + 60)
            xf = vp[0] + side * (1100 * (1 - (1 - 1 / (z + 0.6))) + 60)
            top_n, top_f = vp[1] - 620 * sc, vp[1] - 620 * (1 / (z + 0.6))
            bot_n, bot_f = vp[1] + 520 * sc, vp[1] + 520 * (1 / (z + 0.6))
            wall = mix("#2a3656", "#121a30", sc)
            s.poly([(xn, top_n), (xf, top_f), (xf, bot_f), (xn, bot_n)], wall)
            s.poly([(xn, top_n), (xf, top_f), (xf, top_f + (bot_f - top_f) * 0.04), (xn, top_n + (bot_n - top_n) * 0.04)], light(wall, 0.15))
            for fl in range(7):
                for c in range(4):
                    u0, u1 = 0.1 + c * 0.22, 0.2 + c * 0.22
                    v0, v1 = 0.1 + fl * 0.12, 0.17 + fl * 0.12

                    def P(u, v):
                        x = xn + (xf - xn) * u
                        top = top_n + (top_f - top_n) * u
                        bot = bot_n + (bot_f - bot_n) * u
                        return (x, top + (bot - top) * v)

                    lit = rng.random() < 0.6
                    s.poly([P(u0, v0), P(u1, v0), P(u1, v1), P(u0, v1)], "#ffd98a" if lit else "#1a2238", opacity="0.9" if lit else "1")
    # the palace at the end of the avenue, lit for the festival
    px, py = vp
    s.rect(px - 150, py - 120, 300, 140, "#2a3658")
    s.path(D("M", (px - 60, py - 120), "A", 60, 56, 0, 0, 1, (px + 60, py - 120), "Z"), "#34426a")
    s.rect(px - 4, py - 200, 8, 30, "#34426a")
    for k in range(9):
        s.rect(px - 135 + k * 32, py - 90, 14, 26, R_GOLD, opacity="0.9")
        s.rect(px - 135 + k * 32, py - 44, 14, 26, R_GOLD, opacity="0.7")
    glow(s, px, py - 60, 260, R_GOLD2, 0.35)
    s.poly([(0, H), (W, H), (px + 150, py + 20), (px - 150, py + 20)], s.lin([(0, "#141826"), (1, "#2a2e44")]))
    for k in range(-3, 4):
        s.line([(px + k * 40, py + 20), (px + k * 520, H)], "#3a3e58", 3, opacity="0.6")
    for side in (-1, 1):
        for z in (1.2, 1.7, 2.6):
            sc = 1 / z
            x = vp[0] + side * 700 * sc
            s.ellipse(x, vp[1] + 520 * sc, 30 * sc, 160 * sc, R_GOLD, opacity="0.14")
    # lantern strings across the avenue, receding
    for z in (1.3, 1.8, 2.6, 3.8):
        sc = 1 / z
        y = vp[1] - 420 * sc
        lanterns(s, vp[0] - 1100 * sc - 40, y, vp[0] + 1100 * sc + 40, y, 50 * sc, 14, ["#ffcf70", "#ff9a6a", "#fff0b0", "#8fc8ff"], 16 * sc + 3)
    # flags on poles, trees with lights
    for side in (-1, 1):
        for z in (1.2, 1.7, 2.6):
            sc = 1 / z
            x = vp[0] + side * 760 * sc
            yb = vp[1] + 480 * sc
            s.line([(x, yb), (x, yb - 520 * sc)], "#8a96aa", 6 * sc + 1)
            republic_flag(s, x + (6 if side > 0 else -6 - 90 * sc), yb - 500 * sc, 90 * sc, 220 * sc)
    crowd(s, rng, H + 20, -40, W + 40, "#080a14", 170, 260, 50)
    crowd(s, rng, 900, 200, 1720, "#141830", 80, 120, 50)
    vignette(s, 0.5)
    return s.text()


# ---------------------------------------------------------------------------------------------
# Backgrounds: the 86th Sector
# ---------------------------------------------------------------------------------------------
def pylon(s, x, base, h, color, width=None):
    """A stripped electricity pylon: a lattice tower with two cross-arms."""
    w = width or h * 0.22
    top = base - h
    s.open("g", stroke=color, fill="none", stroke_width=n(max(1.5, h / 90)), stroke_linejoin="round")
    s.el("polyline", points=pts([(x - w, base), (x - w * 0.12, top), (x + w * 0.12, top), (x + w, base)]))
    k = 6
    for i in range(k):
        y0, y1 = base - h * i / k, base - h * (i + 1) / k
        xa0, xa1 = w - (w * 0.88) * i / k, w - (w * 0.88) * (i + 1) / k
        s.el("polyline", points=pts([(x - xa0, y0), (x + xa1, y1)]))
        s.el("polyline", points=pts([(x + xa0, y0), (x - xa1, y1)]))
    for y, arm in ((top + h * 0.12, w * 1.5), (top + h * 0.3, w * 1.9)):
        s.el("polyline", points=pts([(x - arm, y), (x + arm, y)]))
        s.el("polyline", points=pts([(x - arm, y), (x, y - h * 0.06), (x + arm, y)]))
    s.close()


def corrugated(s, x, y, w, h, base, step=22, op=0.25):
    s.rect(x, y, w, h, base)
    for k in range(int(w // step)):
        s.rect(x + k * step, y, step / 2, h, dark(base, 0.3), opacity=n(op))


def bg_hangar(night=False):
    s, rng = Svg(W, H), random.Random("hangar")
    wall = "#4d4f3a" if not night else "#1c2230"
    fill_all(s, wall)
    # far wall, corrugated, with the big door open onto the ward
    corrugated(s, 0, 170, W, 560, "#5e5f44" if not night else "#1e2636")
    s.rect(620, 240, 680, 490, s.lin([(0, "#e6d2a4"), (1, "#f2e4c0")]) if not night else s.lin([(0, "#0a1222"), (1, "#1c2a48")]))
    s.open("g", clip_path=s.clip('<rect x="620" y="240" width="680" height="490"/>'))
    if night:
        stars(s, rng, 60, 500)
    else:
        glow(s, 1100, 480, 500, "#fff0d0", 0.6)
    ruined_skyline(s, rng, 640, 600, 1320, 40, 170, "#b9a57c" if not night else "#0c1220", 30, 90)
    s.rect(620, 640, 680, 100, "#a89870" if not night else "#0e1420")
    juggernaut(s, 1110, 700, 0.55, "#6a6646" if not night else "#0a0e18", flip=True, crouch=0.2)
    s.close()
    s.rect(600, 220, 720, 26, "#3a3a2a" if not night else "#141a26")
    s.rect(600, 220, 26, 510, "#3a3a2a" if not night else "#141a26")
    s.rect(1294, 220, 26, 510, "#3a3a2a" if not night else "#141a26")
    # roof trusses
    roof = "#2e2f22" if not night else "#0c0f18"
    s.poly([(0, 0), (W, 0), (W, 170), (0, 170)], roof)
    for k in range(9):
        x = k * 240
        s.line([(x, 170), (x + 120, 20), (x + 240, 170)], "#5a5a40" if not night else "#262e40", 8)
        s.line([(x + 120, 20), (x + 120, 170)], "#5a5a40" if not night else "#262e40", 6)
    s.rect(0, 160, W, 16, "#5a5a40" if not night else "#262e40")
    # light: dust shafts by day, hanging lamps by night
    if not night:
        for x in (380, 1460):
            light_beam(s, [(x, 0), (x + 50, 0), (x + 260, 1000), (x + 120, 1000)], "#fff0c8", 0.3)
        light_beam(s, [(620, 730), (1300, 730), (1500, 1080), (420, 1080)], "#f0dcae", 0.35)
    else:
        light_beam(s, [(620, 730), (1300, 730), (1500, 1080), (420, 1080)], "#6a8ad0", 0.12)
    for x in (330, 960, 1590):
        s.line([(x, 170), (x, 300)], "#1a1a14", 3)
        s.path(D("M", (x - 50, 330), "L", (x + 50, 330), "L", (x + 20, 300), "L", (x - 20, 300), "Z"), "#2a2a20")
        if night:
            light_beam(s, [(x - 44, 330), (x + 44, 330), (x + 300, 1000), (x - 300, 1000)], "#ffb860", 0.22)
            glow(s, x, 336, 120, "#ffd890", 0.9)
        else:
            s.ellipse(x, 332, 30, 6, "#fff4d0")
    # floor: concrete, bay lines, oil stains, the puddle under bay six
    fl = s.lin([(0, "#6a6650"), (1, "#3a3828")]) if not night else s.lin([(0, "#1c2030"), (1, "#0a0c14")])
    s.rect(0, 730, W, 350, fl)
    for k in range(-4, 6):
        s.line([(960 + k * 260, 730), (960 + k * 700, H)], "#d8b040" if not night else "#6a5a30", 6, opacity="0.55")
    for _ in range(10):
        s.ellipse(rng.uniform(0, W), rng.uniform(760, 1060), rng.uniform(40, 140), rng.uniform(8, 26), "#1a1810", opacity="0.35")
    s.ellipse(1560, 900, 180, 30, "#8aa0b8" if not night else "#2a3a58", opacity="0.5")
    # Juggernauts in their bays
    jc = "#3c3e2a" if not night else "#10141e"
    juggernaut(s, 420, 880, 1.5, jc, crouch=0.4, eye="#ffb040" if night else None)
    juggernaut(s, 1600, 850, 1.15, dark(jc, 0.1), flip=True, crouch=0.6)
    if night:
        glow(s, 380, 870, 400, "#ffb860", 0.2)
    # drums and crates
    for x, c in ((860, F_RUST), (930, "#5a5e3c"), (1340, F_RUST)):
        s.rect(x, 810, 60, 86, c, rx="6")
        s.rect(x, 830, 60, 6, dark(c, 0.3))
        s.rect(x, 868, 60, 6, dark(c, 0.3))
    s.rect(1180, 800, 120, 96, "#7a6a46")
    s.line([(1180, 800), (1300, 896)], "#5a4a30", 4)
    s.line([(1300, 800), (1180, 896)], "#5a4a30", 4)
    if night:
        fill_all(s, "#0a1430", 0.25)
    vignette(s, 0.5 if not night else 0.65)
    return s.text()


def bg_barracks(night=False, dusk=False):
    s, rng = Svg(W, H), random.Random("barracks")
    fill_all(s, s.lin([(0, "#8a8e74"), (1, "#6e7058")]))
    s.rect(0, 620, W, 140, "#4f5238")
    s.rect(0, 612, W, 10, "#3a3c28")
    s.rect(0, 760, W, 320, s.lin([(0, "#7a5e40"), (1, "#4a3626")]))
    for k in range(14):
        s.line([(0, 780 + k * k * 1.9), (W, 780 + k * k * 1.9)], "#3a2a1c", 2, opacity="0.5")
    if dusk:
        # early evening: the room darkening, the low sun coming in nearly level
        fill_all(s, "#2a1a20", 0.3)
    # windows with taped panes and dusty light
    for x in (90, 470):
        if dusk:
            s.rect(x, 130, 300, 420, s.lin([(0, "#e8a070"), (0.55, "#ffc880"), (1, "#ffe2a8")]))
            s.open("g", clip_path=s.clip(f'<rect x="{x}" y="130" width="300" height="420"/>'))
            glow(s, 560, 470, 220, "#fff4d0", 0.9)
            ruined_skyline(s, random.Random(f"barracks_dusk{x}"), 560, x - 20, x + 320, 20, 90, "#8a4a3a", 30, 70)
            s.close()
            s.rect(x, 130, 300, 420, "none", stroke="#5a5a40", stroke_width=12)
        else:
            s.rect(x, 130, 300, 420, s.lin([(0, "#dcd8c0"), (1, "#f0e4c0")]), stroke="#5a5a40", stroke_width=12)
        s.line([(x + 150, 130), (x + 150, 550)], "#5a5a40", 8)
        s.line([(x, 340), (x + 300, 340)], "#5a5a40", 8)
        for px, py in ((x + 75, 235), (x + 225, 445)):
            s.line([(px - 40, py - 50), (px + 40, py + 50)], "#c8b88a", 8, opacity="0.8")
            s.line([(px + 40, py - 50), (px - 40, py + 50)], "#c8b88a", 8, opacity="0.8")
        if not dusk:
            light_beam(s, [(x, 130), (x + 300, 130), (x + 760, 1000), (x + 380, 1000)], "#fff0c8", 0.25)
    # the blackboard: the cooking rota in chalk
    bx, by = 900, 160
    s.rect(bx - 20, by - 20, 900, 440, "#6a4a30")
    s.rect(bx, by, 860, 400, s.lin([(0, "#2e4034"), (1, "#243228")]))
    for r in range(6):
        s.line([(bx + 40, by + 70 + r * 50), (bx + 820, by + 70 + r * 50)], "#e8e8dc", 2, opacity="0.5")
    s.line([(bx + 260, by + 40), (bx + 260, by + 350)], "#e8e8dc", 2, opacity="0.5")
    for r in range(6):
        y = by + 60 + r * 50
        x = bx + 60
        for _ in range(rng.randint(2, 4)):
            w = rng.uniform(20, 50)
            s.path(D("M", (x, y), "q", w / 4, -16, w / 2, 0, "t", w / 2, 0), "none", stroke="#e8e8dc", stroke_width=3, opacity="0.75")
            x += w + 8
        x = bx + 300
        for _ in range(rng.randint(3, 7)):
            w = rng.uniform(30, 70)
            s.path(D("M", (x, y), "q", w / 4, -14, w / 2, 0, "t", w / 2, 0), "none", stroke="#e8e8dc", stroke_width=3, opacity="0.65")
            x += w + 12
    s.circle(bx + 740, by + 330, 22, "none", stroke="#f0c060", stroke_width=4, opacity="0.8")
    s.rect(bx + 20, by + 400, 820, 14, "#5a3e28")
    # pinned drawings
    for k, c in enumerate(("#e8dcc0", "#dcd0b0", "#f0e6cc")):
        x = 1810 - k * 20
        s.rect(x - 120, 220 + k * 150, 110, 130, c, transform=f"rotate({(-4, 3, -2)[k]} {x} {280 + k * 150})")
        s.path(D("M", (x - 100, 320 + k * 150), "l", 30, -50, "l", 30, 30, "l", 30, -40), "none", stroke=F_RUST, stroke_width=3)
    # the long table and fourteen chairs
    s.poly([(640, 700), (1500, 700), (1780, 930), (360, 930)], "#8a6a48")
    s.poly([(360, 930), (1780, 930), (1780, 956), (360, 956)], "#5a4030")
    for x in (420, 1720):
        s.rect(x - 12, 950, 24, 130, "#4a3424")
    chair_cols = ["#5a6a48", "#7a5a3a", "#6a6a60", "#8a4a2a", "#4a5a5a"]
    for k in range(7):
        t = k / 6
        for side in (-1, 1):
            x = (700 + 760 * t) if side < 0 else (700 + 760 * t)
            y = 690 if side < 0 else 970
            sc = 0.6 if side < 0 else 1.0
            c = chair_cols[(k + (side > 0) * 3) % 5]
            if side < 0:
                s.rect(x - 24 * sc, y - 80 * sc, 48 * sc, 70 * sc, c)
                s.rect(x - 28 * sc, y - 90 * sc, 56 * sc, 14 * sc, dark(c, 0.2))
            else:
                xx = 380 + 1340 * t
                s.rect(xx - 44, y - 60, 12, 180, dark(c, 0.2))
                s.rect(xx + 32, y - 60, 12, 180, dark(c, 0.2))
                s.rect(xx - 50, y - 66, 100, 26, c, rx="5")
                s.rect(xx - 40, y - 20, 80, 14, c)
    # mugs and the pot on a camp stove
    for x in (800, 990, 1210, 1380):
        s.rect(x, 740, 24, 28, "#d8d0c0", rx="3")
    s.rect(1560, 600, 200, 160, "#3a3a30")
    s.path(D("M", (1590, 600), "L", (1730, 600), "L", (1720, 500), "L", (1600, 500), "Z"), "#6a6a64")
    s.rect(1584, 490, 152, 16, "#4a4a44", rx="6")
    glow(s, 1660, 600, 80, "#ff9040", 0.6)
    for k in range(3):
        s.path(D("M", (1630 + k * 30, 480), "q", -24, -40, 0, -80, "q", 24, -40, 0, -80), "none", stroke="#ffffff", stroke_width=8, stroke_linecap="round", opacity="0.35")
    if night:
        fill_all(s, "#0a1430", 0.55)
        glow(s, 1660, 560, 500, "#ff9040", 0.3)
    if dusk:
        # the low sun comes in nearly level: long bars of light across the table and the floor
        table = s.clip(f'<polygon points="{pts([(640, 700), (1500, 700), (1780, 930), (360, 930)])}"/>')
        for x in (90, 470):
            beam = [(x, 130), (x + 300, 130), (x + 1150, 1080), (x + 560, 1080)]
            light_beam(s, beam, "#ffb060", 0.3)
            s.poly(beam, "#ffc070", opacity="0.18", clip_path=table)
        glow(s, 380, 340, 700, "#ff9a50", 0.3)
        fill_all(s, s.lin([(0, "#ff9a50", 0.0), (0.6, "#ff9a50", 0.08), (1, "#2a1020", 0.35)]))
    vignette(s, 0.45)
    return s.text()


def bg_battlefield(night=False):
    s, rng = Svg(W, H), random.Random("battlefield")
    if night:
        fill_all(s, s.lin([(0, "#08101e"), (0.65, "#22305a"), (1, "#4a5a80")]))
        stars(s, rng, 160, 560)
        glow(s, 1380, 260, 300, "#c8d8ff", 0.35)
        s.circle(1380, 260, 42, "#eef2ff")
        s.circle(1396, 250, 38, "#22305a", opacity="0.25")
    else:
        fill_all(s, s.lin([(0, "#2e2c4a"), (0.35, "#7a4a5a"), (0.62, F_DUSK), (0.72, "#f6c47a"), (1, "#f6d8a0")]))
        glow(s, 1380, 640, 520, "#ffd080", 0.75)
        s.circle(1380, 640, 70, "#fff0c8")
        for k in range(4):
            y = 200 + k * 90
            s.ellipse(rng.uniform(200, 1700), y, rng.uniform(300, 500), 16, "#f0a070", opacity="0.35")
    hz = 660
    s.path(blob([(-50, hz), (300, hz - 60), (700, hz - 30), (1100, hz - 80), (1500, hz - 40), (1980, hz - 70), (1980, hz + 20), (-50, hz + 20)]), "#7a4a4a" if not night else "#101828", opacity="0.7")
    ruined_skyline(s, rng, hz, 60, 900, 30, 120, "#6a3e44" if not night else "#0e1422", 40, 100)
    s.rect(0, hz, W, H - hz, s.lin([(0, "#5a3a2a" if not night else "#141a24"), (1, "#2a2018" if not night else "#080a10")]))
    for k in range(14):
        y = hz + 6 + k * k * 2.4
        s.line([(0, y), (W, y)], "#000000", 2, opacity="0.18")
    for k in range(-6, 8):
        s.line([(960 + k * 40, hz), (960 + k * 420, H)], "#000000", 2, opacity="0.12")
    # the row of pylons, stripped of cable, receding
    col = "#2a1e1e" if not night else "#0a0e18"
    for i, (x, h) in enumerate(((250, 620), (620, 330), (880, 200), (1060, 130), (1190, 88), (1280, 60))):
        pylon(s, x, hz + h * 0.18 + (40 if i == 0 else 0), h, col)
    # wrecked Legion in the middle distance, smoke rising
    legion_wreck(s, 1540, hz + 50, 0.55, "#3a2424" if not night else "#0c1018", tilt=-6)
    legion_wreck(s, 720, hz + 30, 0.35, "#4a2e2e" if not night else "#0e121c", flip=True, tilt=10)
    for x, y in ((1560, hz - 40), (700, hz - 10)):
        for k in range(6):
            s.circle(x + k * 18 + rng.uniform(-10, 10), y - k * 55, 30 + k * 12, "#6a5a5a" if not night else "#2a3040", opacity=n(0.35 - k * 0.04))
    # craters
    for _ in range(7):
        x, y = rng.uniform(0, W), rng.uniform(hz + 60, H - 40)
        r = 40 + (y - hz) * 0.35
        s.ellipse(x, y, r * 1.15, r * 0.3, "#7a5a40" if not night else "#1e2636", opacity="0.45")
        s.ellipse(x, y + r * 0.04, r * 0.95, r * 0.22, "#1a120e" if not night else "#04060a", opacity="0.75")
    # fence posts with tin cans, on the right
    for k in range(6):
        x = 1500 + k * 80
        y = 870 + k * 20
        s.rect(x, y - 90, 12, 100, "#2a1e16")
        if k % 2 == 0:
            s.rect(x - 3, y - 112, 18, 22, "#b8b0a0" if not night else "#4a5060")
    # Juggernauts crouched in the foreground, dusk light on their backs
    juggernaut(s, 380, 960, 1.3, "#1e1816" if not night else "#06080e", crouch=0.9)
    band(s, hz - 120, hz + 60, "#f0a070" if not night else "#3a4a70", 0, 0.25)
    vignette(s, 0.55)
    return s.text()


def bg_graves():
    s, rng = Svg(W, H), random.Random("graves")
    fill_all(s, s.lin([(0, "#3a4a6a"), (0.5, "#9a8a9a"), (0.78, "#e8b08a"), (1, "#f0c8a0")]))
    glow(s, 1500, 560, 600, "#ffd0a0", 0.45)
    hz = 580
    s.path(blob([(-50, hz), (500, hz - 50), (1100, hz - 20), (1600, hz - 60), (1980, hz - 30), (1980, hz + 30), (-50, hz + 30)]), "#6a5a6a", opacity="0.6")
    # the hangar's end wall on the left
    corrugated(s, 0, 120, 460, hz - 100, "#3e3f2e", step=26, op=0.35)
    s.poly([(0, 60), (480, 120), (480, 140), (0, 80)], "#2a2a20")
    s.rect(340, 330, 70, 110, "#2a2a20")
    s.rect(0, hz, W, H - hz, s.lin([(0, "#6a5a40"), (1, "#3a2e20")]))
    # a lone cherry tree, blossom against the dusk
    tx, ty = 1560, 640
    s.path(D("M", (tx - 26, ty), "C", (tx - 10, ty - 120), (tx - 40, ty - 220), (tx - 10, ty - 330), "L", (tx + 14, ty - 330), "C", (tx - 10, ty - 220), (tx + 20, ty - 120), (tx + 26, ty), "Z"), "#2a1e1e")
    for a, l in ((-2.4, 260), (-1.9, 300), (-1.3, 280), (-0.8, 240), (-2.9, 200)):
        s.path(D("M", (tx - 2, ty - 300), "q", math.cos(a) * l * 0.5, math.sin(a) * l * 0.2 - 40, math.cos(a) * l, math.sin(a) * l * 0.6), "none", stroke="#2a1e1e", stroke_width=14, stroke_linecap="round")
    for _ in range(70):
        a = rng.uniform(-3.2, 0.1)
        r = rng.uniform(60, 300)
        x, y = tx + math.cos(a) * r, ty - 330 + math.sin(a) * r * 0.55 - 30
        s.circle(x, y, rng.uniform(22, 44), rng.choice(["#f4c8d4", "#e8b0c0", "#f8dce4", "#d898aa"]), opacity=n(rng.uniform(0.7, 0.95)))
    for _ in range(30):
        s.ellipse(rng.uniform(1100, 1900), rng.uniform(hz, 1060), 5, 3, "#f4c8d4", opacity="0.8")
    # the markers: squares of aluminium, names scratched with a knife
    s.ellipse(720, 760, 760, 170, "#4a3c28", opacity="0.5")
    marks = []
    while len(marks) < 26:
        y = hz + 30 + 300 * rng.random() ** 0.9
        x = rng.uniform(140, 1340)
        if all(abs(x - mx) > 90 * (0.35 + (my - hz) / 300) or abs(y - my) > 40 for mx, my in marks):
            marks.append((x, y))
    for x, y in sorted(marks, key=lambda m: m[1]):
        sc = 0.35 + (y - hz) / 300
        h = rng.uniform(70, 100) * sc
        w = rng.uniform(55, 80) * sc
        lean = rng.uniform(-14, 14)
        s.open("g", transform=f"rotate({n(lean)} {n(x)} {n(y)})")
        j = [rng.uniform(-6, 6) * sc for _ in range(4)]
        s.poly([(x - w / 2 + j[0], y - h * 0.75 + j[1]), (x + w / 2 + j[2], y - h * 0.75 - 4 * sc), (x + w / 2 + 2, y + 2 + j[3]), (x - w / 2, y + 2)],
               s.lin([(0, "#f0d8c0"), (0.35, "#aab2bc"), (1, "#5a6270")], 0, 0, 1, 1), stroke="#3a4250", stroke_width=n(1.5 * sc + 0.5))
        for k in range(rng.randint(1, 3)):
            yy = y - h * (0.56 - k * 0.15)
            s.line([(x - w * 0.32, yy), (x + w * rng.uniform(0.05, 0.3), yy - 2)], "#3a4252", 1.6 * sc + 0.4, opacity="0.75")
        s.close()
        s.ellipse(x, y + 2, w * 0.6, 7 * sc, "#2a2016", opacity="0.45")
        if rng.random() < 0.3:
            fx = x + w * 0.55
            s.line([(fx, y), (fx + 2, y - 18 * sc)], "#4a6a30", 2 * sc + 0.5)
            s.circle(fx + 2, y - 18 * sc, 6 * sc, "#f0f0e0")
            s.circle(fx + 2, y - 18 * sc, 2.5 * sc, "#e8c040")
    band(s, hz - 160, hz + 40, "#ffd0a0", 0, 0.2)
    vignette(s, 0.5)
    return s.text()


def bg_night_sky():
    s, rng = Svg(W, H), random.Random("night_sky")
    fill_all(s, s.lin([(0, "#03060e"), (0.6, "#0c1428"), (1, "#1c2a44")]))
    # the Milky Way, a soft diagonal band crowded with stars
    milky_way(s, rng, (-100, 760), (2000, 80), 320)
    stars(s, rng, 280, 820, big=0.06)
    # the faint paleness in the west where the Republic keeps its lights on
    glow(s, 180, 860, 620, "#e8d8b0", 0.35, ry=170)
    # the slow red blink of something that is not a star
    glow(s, 1240, 790, 40, "#ff3a2a", 0.8)
    s.circle(1240, 790, 4, "#ff6a5a")
    hz = 840
    ruined_skyline(s, rng, hz, -20, W + 20, 40, 170, "#0a101e", 50, 140, holes="#1c2a44")
    s.rect(0, hz, W, H - hz, s.lin([(0, "#0a0e18"), (1, "#04060a")]))
    # the old water tower: its legs, its tank, the platform in front of us
    tc = "#05070c"
    for x0, x1 in ((1500, 1560), (1860, 1800)):
        s.line([(x0, H), (x1, 250)], tc, 18)
    for k in range(4):
        y = 1000 - k * 190
        s.line([(1505 + k * 14, y), (1855 - k * 14, y - 150)], tc, 7)
        s.line([(1855 - k * 14, y), (1505 + k * 14, y - 150)], tc, 7)
    s.path(D("M", (1500, 250), "L", (1500, 80), "Q", (1680, 0), (1860, 80), "L", (1860, 250), "Z"), tc)
    s.rect(1480, 240, 400, 20, tc)
    s.rect(0, 1000, W, 80, "#06080e")
    s.rect(0, 990, W, 14, "#1a2030")
    for k in range(25):
        s.rect(k * 80 + 20, 900, 8, 100, "#0c1018")
    s.rect(0, 892, W, 12, "#0c1018")
    s.rect(0, 893, W, 3, "#3a4460", opacity="0.6")
    vignette(s, 0.5)
    return s.text()


def bg_cockpit():
    s, rng = Svg(W, H), random.Random("cockpit")
    # the hangar at night, seen from the floor beside one Juggernaut
    fill_all(s, s.lin([(0, "#0a0e18"), (1, "#161e30")]))
    corrugated(s, 0, 150, W, 620, "#182234", step=26, op=0.35)
    s.poly([(0, 0), (W, 0), (W, 150), (0, 150)], "#080b12")
    for k in range(9):
        x = k * 240
        s.line([(x, 150), (x + 120, 10), (x + 240, 150)], "#1e2638", 8)
        s.line([(x + 120, 10), (x + 120, 150)], "#1e2638", 6)
    s.rect(0, 144, W, 14, "#1e2638")
    # the big door, ajar on the night
    s.rect(60, 260, 240, 480, s.lin([(0, "#0c1630"), (1, "#1e2e52")]))
    s.open("g", clip_path=s.clip('<rect x="60" y="260" width="240" height="480"/>'))
    stars(s, rng, 30, 520, big=0.0)
    ruined_skyline(s, rng, 660, 40, 320, 30, 110, "#0a0e1a", 30, 60)
    s.rect(60, 660, 240, 80, "#0c111c")
    s.close()
    s.rect(40, 240, 20, 500, "#10141e")
    s.rect(300, 240, 20, 500, "#10141e")
    # hanging lamps and their warm cones
    for x, y in ((420, 300), (1640, 280)):
        s.line([(x, 150 if y > 150 else 0), (x, y - 30)], "#05070c", 3)
        s.path(D("M", (x - 50, y), "L", (x + 50, y), "L", (x + 20, y - 30), "L", (x - 20, y - 30), "Z"), "#1e1e18")
        light_beam(s, [(x - 44, y), (x + 44, y), (x + 330, 1000), (x - 330, 1000)], "#ffb860", 0.16)
        glow(s, x, y + 6, 110, "#ffd890", 0.85)
    # the floor
    fl = 760
    s.rect(0, fl, W, H - fl, s.lin([(0, "#1a2030"), (1, "#080a10")]))
    for k in range(-4, 6):
        s.line([(960 + k * 260, fl), (960 + k * 760, H)], "#6a5a30", 6, opacity="0.45")
    s.ellipse(1020, 840, 560, 50, "#000000", opacity="0.45")  # the machine's shadow
    s.ellipse(1220, 960, 260, 34, "#3a4a6a", opacity="0.4")  # a puddle
    jc = "#2a3040"
    far = "#161b26"
    lit = "#4a5064"
    # the pod, close and above us: a front face with the cockpit in it, its right flank going away
    s.open("g", transform="translate(0 -100)")
    front = [(560, 390), (650, 300), (1350, 296), (1440, 380), (1424, 560), (1320, 640), (680, 640), (578, 560)]
    side = [(1440, 380), (1350, 296), (1580, 300), (1660, 360), (1640, 520), (1424, 560)]
    s.poly(side, "#1e2330")
    s.poly(front, s.lin([(0, "#343c50"), (1, "#202634")]))
    s.poly([(650, 300), (1350, 296), (1440, 380), (1420, 384), (1340, 310), (660, 314), (574, 392), (560, 390)], lit)  # lamplight on the top edge
    s.poly([(680, 640), (1320, 640), (1424, 560), (1640, 520), (1600, 580), (1380, 660), (700, 664)], "#141822")  # the underside
    for x in (600, 1400):
        for k in range(4):
            s.circle(x + (14 if x < 1000 else -14), 420 + k * 40, 5, "#4a5266")
    s.path(D("M", (1480, 420), "l", 26, -56, "l", 26, 56, "l", -14, -6, "l", -2, 50, "l", -20, 0, "l", -2, -50, "Z"), "#c8c4b0", opacity="0.55")  # the squadron's mark
    # the open cockpit: the hatch swung up on its hinge, the seat and the screens lit inside
    ox0, oy0, ox1, oy1 = 760, 346, 1240, 580
    opening = D("M", (ox0 + 30, oy0), "L", (ox1 - 30, oy0), "Q", (ox1, oy0), (ox1, oy0 + 30), "L", (ox1 - 20, oy1), "L", (ox0 + 20, oy1), "L", (ox0, oy0 + 30), "Q", (ox0, oy0), (ox0 + 30, oy0), "Z")
    s.path(opening, "#0a0c12")
    s.open("g", clip_path=s.clip(f'<path d="{opening}"/>'))
    glow(s, 1000, 470, 320, "#4ab0c8", 0.35)
    glow(s, 1150, 400, 200, "#ffc870", 0.6)
    for x, y, w, h in ((790, 380, 120, 90), (1090, 380, 120, 90), (900, 360, 200, 40)):
        s.rect(x, y, w, h, "#0e2a34", stroke="#2a5a68", stroke_width=3, rx="6")
        s.line([(x + 10, y + h * 0.6), (x + w * 0.3, y + h * 0.4), (x + w * 0.6, y + h * 0.65), (x + w - 10, y + h * 0.35)], "#5ad0e0", 2.5, opacity="0.8")
    # the seat: its back, the headrest, the harness; a folded blanket on it
    s.path(D("M", (900, oy1), "L", (910, 430), "Q", (914, 410), (940, 408), "L", (1060, 408), "Q", (1086, 410), (1090, 430), "L", (1100, oy1), "Z"), "#3a3c30")
    s.rect(950, 384, 100, 40, "#44463a", rx="10")
    for x in (945, 1055):
        s.line([(x, 418), (x + (20 if x < 1000 else -20), oy1)], "#8a8a70", 7)
    s.rect(930, 540, 140, 34, "#7a6a58", rx="8")
    s.line([(930, 556), (1070, 556)], "#5a4c40", 3)
    for x in (830, 1170):
        s.rect(x - 10, 490, 20, 90, "#1a1c18")
        s.rect(x - 18, 470, 36, 40, "#2a2c24", rx="10")
        s.circle(x, 478, 6, "#8a3a2a")
    s.close()
    s.path(opening, "none", stroke="#4a5266", stroke_width=8)
    # the hatch itself, raised, its inner face toward us
    hatch = [(ox0 - 10, oy0 - 4), (ox1 + 10, oy0 - 4), (ox1 - 30, 120), (ox0 + 30, 120)]
    s.poly(hatch, s.lin([(0, "#2a3040"), (1, "#3a4256")]))
    s.poly([(ox0 + 30, 120), (ox1 - 30, 120), (ox1 - 26, 134), (ox0 + 34, 134)], lit)
    s.poly([(ox0 + 40, oy0 - 24), (ox1 - 40, oy0 - 24), (ox1 - 60, 150), (ox0 + 60, 150)], "#202636")
    s.rect(900, 180, 200, 90, "#12161e", rx="6")
    s.rect(908, 188, 184, 74, "#2a3a52", opacity="0.6", rx="4")
    for x0, x1 in ((ox0 + 6, ox0 + 50), (ox1 - 6, ox1 - 50)):
        s.line([(x0, oy0 + 40), (x1, 200)], "#5a6276", 8, stroke_linecap="round")
        s.line([(x0, oy0 + 40), (x0 + (x1 - x0) * 0.5, oy0 + 40 + (200 - oy0 - 40) * 0.5)], "#8a92a4", 12, stroke_linecap="round")
    # a paper charm taped inside the hatch: a fox
    s.rect(1110, 200, 60, 74, "#e8dcc0", transform="rotate(8 1140 237)")
    s.path(D("M", (1122, 258), "l", 16, -36, "l", 7, 14, "l", 7, -14, "l", 12, 36, "Z"), "#d07030", transform="rotate(8 1140 237)")
    s.close()
    # near legs: from the flanks up to the knees and down past us to the floor
    for hip, knee, foot in (((620, 380), (380, 60), (190, 1100)), ((1420, 370), (1710, 40), (1890, 1100))):
        limb(s, hip, knee, 96, 70, jc)
        limb(s, knee, foot, 70, 34, jc)
        s.circle(*knee, 58, jc)
        s.circle(*knee, 24, lit)
        s.line([(knee[0] - 40, knee[1] - 46), (knee[0] + 40, knee[1] - 46)], lit, 6)
    glow(s, 1000, 470, 520, "#4ab0c8", 0.12)
    # a work lamp clipped to the hatch, shining in
    s.line([(ox1 - 40, 260), (ox1 - 80, 300)], "#14161c", 6)
    s.path(D("M", (ox1 - 100, 292), "L", (ox1 - 60, 286), "L", (ox1 - 70, 320), "Z"), "#2a2a24")
    glow(s, ox1 - 80, 312, 90, "#ffd890", 0.8)
    light_beam(s, [(ox1 - 100, 296), (ox1 - 64, 300), (ox1 - 120, 480), (ox1 - 300, 470)], "#ffd890", 0.3)
    fill_all(s, "#0a1430", 0.1)
    vignette(s, 0.55)
    return s.text()


def bg_ruined_city():
    s, rng = Svg(W, H), random.Random("ruined_city")
    fill_all(s, s.lin([(0, "#9aa2a0"), (0.6, "#d8c8a0"), (1, "#c8b48a")]))
    glow(s, 700, 260, 500, "#fff4d8", 0.5)
    ruined_skyline(s, rng, 620, -20, W + 20, 150, 380, "#a8a090", 80, 180, holes="#c8bca0")
    ruined_skyline(s, rng, 680, -20, W + 20, 100, 300, "#8a8270", 90, 200, holes="#b0a488")
    band(s, 300, 700, F_DUST, 0, 0.45)
    # near buildings: broken façades at both sides
    for side in (-1, 1):
        x0 = 0 if side < 0 else W - 520
        pts_ = [(x0, H), (x0, 60), (x0 + 160, 90), (x0 + 200, 40), (x0 + 330, 140), (x0 + 380, 260), (x0 + 470, 300), (x0 + 520, 520), (x0 + 520, H)]
        if side > 0:
            pts_ = [(2 * (x0 + 260) - x, y) for x, y in pts_]
        s.poly(pts_, "#5a5446")
        for fl in range(5):
            for c in range(3):
                wx = x0 + 50 + c * 140
                wy = 200 + fl * 150
                if wy > 160 + c * 60:
                    s.rect(wx, wy, 70, 90, "#2a2620")
        s.poly([(p[0], p[1]) for p in pts_[:3]] + [(pts_[2][0], pts_[2][1] + 30)], "#6a6454")
    # rubble, rebar, a street cracked open, weeds
    s.rect(0, 820, W, 260, s.lin([(0, "#8a7a5e"), (1, "#5a4c38")]))
    for _ in range(24):
        x, y = rng.uniform(0, W), rng.uniform(800, 1060)
        w = rng.uniform(40, 160)
        s.poly([(x - w / 2, y), (x - w / 4, y - w * 0.4), (x + w / 5, y - w * 0.5), (x + w / 2, y)], rng.choice(["#6a604c", "#7a6e58", "#554b3a", "#8a7e66"]))
    for _ in range(10):
        x, y = rng.uniform(0, W), rng.uniform(820, 1000)
        s.line([(x, y), (x + rng.uniform(-40, 40), y - rng.uniform(40, 100))], "#3a2a20", 4)
    s.path(D("M", (700, H), "L", (820, 960), "L", (780, 920), "L", (900, 860), "L", (880, 830)), "none", stroke="#2a2218", stroke_width=5)
    for _ in range(40):
        x, y = rng.uniform(0, W), rng.uniform(840, 1080)
        s.path(D("M", (x, y), "q", -6, -20, -2, -34, "M", (x, y), "q", 8, -16, 12, -26), "none", stroke=rng.choice(["#6a7a40", "#7a8a48", "#5a6a38"]), stroke_width=4)
    # a Juggernaut picking its way through, small in the distance
    juggernaut(s, 1180, 720, 0.5, "#4a4a3a", flip=True, crouch=0.1)
    vignette(s, 0.45, "#2a2418")
    return s.text()


def bg_flower_field():
    s, rng = Svg(W, H), random.Random("flower_field")
    fill_all(s, s.lin([(0, "#6a88b0"), (0.55, "#e8c8a8"), (1, "#f4d8b0")]))
    glow(s, 1500, 520, 520, "#fff0d0", 0.7)
    s.circle(1500, 520, 50, "#fff6e4")
    hz = 600
    s.path(blob([(-50, hz), (400, hz - 40), (900, hz - 10), (1400, hz - 50), (1980, hz - 20), (1980, hz + 30), (-50, hz + 30)]), "#8a8aa0", opacity="0.6")
    ruined_skyline(s, rng, hz, 200, 500, 30, 120, "#7a7a90", 40, 90)
    s.rect(0, hz, W, H - hz, s.lin([(0, "#7a6a48"), (1, "#4a3a24")]))
    band(s, hz, hz + 180, "#c8404a", 0.35, 0)
    # red spider lilies: a sea of small curled petals, larger as they come close
    reds = ["#d02a30", "#e0383a", "#b81e2a", "#e8504a"]
    for row in range(16):
        t = row / 15
        y = hz + 10 + (H - hz) * t ** 1.6
        sc = 0.15 + t * 1.1
        count = int(44 - t * 26)
        dots = {c: [] for c in reds}
        for _ in range(count):
            x = rng.uniform(-20, W + 20)
            yy = y + rng.uniform(-8, 8) * sc
            c = rng.choice(reds)
            if sc < 0.45:
                r = 6 * sc + 1.5
                dots[c].append(f"M{n(x - r)} {n(yy)}a{n(r)} {n(r)} 0 1 0 {n(2 * r)} 0a{n(r)} {n(r)} 0 1 0 {n(-2 * r)} 0")
                continue
            s.line([(x, yy), (x + rng.uniform(-4, 4), yy + 40 * sc)], "#4a5a30", max(1, 3 * sc))
            d = []
            for k in range(6):
                a = k * math.pi / 3 + rng.uniform(-0.2, 0.2)
                d.append(D("M", (x, yy), "q", math.cos(a) * 22 * sc, math.sin(a) * 10 * sc - 10 * sc, math.cos(a) * 26 * sc, math.sin(a) * 16 * sc - 2 * sc))
            s.path(" ".join(d), "none", stroke=c, stroke_width=n(4 * sc), stroke_linecap="round")
        for c, ds in dots.items():
            if ds:
                s.path("".join(ds), c)
    # a wrecked Juggernaut, overgrown, half-sunk in the flowers
    juggernaut(s, 520, 700, 0.8, "#4a4236", crouch=1.0, gun=True)
    for _ in range(12):
        s.circle(520 + rng.uniform(-120, 120), 690 + rng.uniform(-10, 20), 7, "#d02a30")
    vignette(s, 0.4, "#3a2020")
    return s.text()


def bg_minefield_wall():
    s, rng = Svg(W, H), random.Random("minefield_wall")
    fill_all(s, s.lin([(0, "#5a6270"), (0.7, "#9aa0a4"), (1, "#b8b4a8")]))
    for k in range(5):
        s.ellipse(rng.uniform(0, W), rng.uniform(60, 300), rng.uniform(300, 600), rng.uniform(30, 60), "#7a828e", opacity="0.4")
    # the Gran Mur: a grey wall across the whole horizon, towers and lights on top
    wt, wb = 330, 640
    s.rect(0, wt, W, wb - wt, s.lin([(0, "#8a8e94"), (1, "#5a5e64")]))
    for k in range(0, W, 160):
        s.line([(k, wt), (k, wb)], "#4a4e54", 3)
        for _ in range(2):
            x = k + rng.uniform(20, 140)
            s.rect(x, wt, rng.uniform(6, 22), rng.uniform(60, 220), "#3a3e44", opacity=n(rng.uniform(0.15, 0.35)))
    s.rect(0, wt - 20, W, 24, "#8a8e94")
    for x in (160, 640, 1120, 1600):
        s.rect(x, wt - 110, 80, 110, "#8a8e94")
        s.rect(x - 12, wt - 130, 104, 26, "#7a7e84")
        glow(s, x + 40, wt - 118, 60, "#fff0c0", 0.6)
    for k in range(0, W, 40):
        s.line([(k, wt - 24), (k + 20, wt - 40), (k + 40, wt - 24)], "#4a4e54", 2)
    band(s, wt, wb, "#c8ccd0", 0.2, 0)
    # the minefield: dead grass, wire, warning plates, craters
    s.rect(0, wb, W, H - wb, s.lin([(0, "#8a7e60"), (1, "#4a4230")]))
    for _ in range(120):
        x, y = rng.uniform(0, W), rng.uniform(wb + 10, H)
        h = 8 + (y - wb) * 0.08
        s.path(D("M", (x, y), "l", -3, -h, "M", (x, y), "l", 4, -h * 0.8), "none", stroke=rng.choice(["#a89868", "#7a6c48", "#b8a878"]), stroke_width=2)
    for _ in range(8):
        x, y = rng.uniform(0, W), rng.uniform(wb + 40, H - 40)
        r = 20 + (y - wb) * 0.2
        s.ellipse(x, y, r, r * 0.3, "#3a3222", opacity="0.6")
    for y, sc in ((700, 0.5), (860, 0.8), (1020, 1.2)):
        posts = [(x, y + rng.uniform(-6, 6)) for x in range(-40, W + 200, int(220 * sc))]
        for x, py in posts:
            s.line([(x, py), (x + 4, py - 120 * sc)], "#3a3228", 6 * sc)
        for k in range(3):
            d = ["M", (posts[0][0], posts[0][1] - (30 + k * 35) * sc)]
            for x, py in posts[1:]:
                d += ["Q", (x - 110 * sc, py - (10 + k * 35) * sc), (x, py - (30 + k * 35) * sc)]
            s.path(D(*d), "none", stroke="#2a2420", stroke_width=n(2 * sc + 0.5))
        for x, py in posts[1::3]:
            s.poly([(x + 10, py - 90 * sc), (x + 60 * sc + 10, py - 90 * sc), (x + 35 * sc + 10, py - 44 * sc)], "#c83a2a", stroke="#f0e0c0", stroke_width=n(3 * sc))
            s.circle(x + 35 * sc + 10, py - 78 * sc, 5 * sc, "#f0e0c0")
    vignette(s, 0.45)
    return s.text()


# ---------------------------------------------------------------------------------------------
# Backgrounds: Act II
# ---------------------------------------------------------------------------------------------
def bg_hearing_room():
    s, rng = Svg(W, H), random.Random("hearing_room")
    # the back wall: cold blue-grey panelling
    wall = s.lin([(0, "#b9c6d6"), (1, "#94a4b9")])
    fill_all(s, wall)
    for k in range(0, W + 1, 240):
        s.rect(k - 10, 0, 20, 640, "#a6b4c6")
        s.rect(k - 3, 0, 6, 640, "#d4dde8", opacity="0.6")
    s.rect(0, 40, W, 18, "#d6dee8")
    s.rect(0, 58, W, 6, "#8191a8")
    # dark wood panelling to the height of a tall man under the windows
    s.rect(0, 500, W, 160, s.lin([(0, "#4a3526"), (1, "#2e2118")]))
    for k in range(0, W + 1, 160):
        s.rect(k + 12, 512, 136, 136, "none", stroke="#5e4532", stroke_width=4)
    s.rect(0, 496, W, 8, "#6b4f38")
    # a row of tall windows behind the board: overcast light, the ministry roofs beyond
    wins = [(250 + k * 210, 170) for k in range(7)]
    for i, (wx, ww) in enumerate(wins):
        wy, wh = 120 if i != 3 else 300, 420 if i != 3 else 240
        d = D("M", (wx, wy + wh), "L", (wx, wy + ww / 2), "A", ww / 2, ww / 2, 0, 0, 1, (wx + ww, wy + ww / 2), "L", (wx + ww, wy + wh), "Z")
        s.path(d, s.lin([(0, "#d9e5f2"), (0.7, "#f2f6fa"), (1, "#fbfcfd")]))
        s.open("g", clip_path=s.clip(f'<path d="{d}"/>'))
        skyline(s, rng, 540, wx - 10, wx + ww + 10, 50, 150, "#cbd7e5", wmin=30, wmax=70, spires=0.4)
        s.close()
        s.path(d, "none", stroke="#e6edf4", stroke_width=12)
        s.line([(wx + ww / 2, wy + 20), (wx + ww / 2, wy + wh)], "#e6edf4", 6)
        for k in (0.45, 0.75):
            s.line([(wx, wy + wh * k), (wx + ww, wy + wh * k)], "#e6edf4", 5)
        s.rect(wx - 14, wy + wh - 4, ww + 28, 12, "#d6dee8")
    glow(s, 960, 420, 900, "#f4f8ff", 0.35, ry=260)
    # the state emblem above the president's chair, where the middle window gives way to it
    ex, ey = 960, 200
    s.circle(ex, ey, 84, "#8a9ab0")
    s.circle(ex, ey, 76, s.lin([(0, "#f2f5f9"), (1, "#c2cddb")], 0, 0, 1, 1), stroke="#c9b27a", stroke_width=6)
    for k in range(5):
        a = -math.pi / 2 + 2 * math.pi * k / 5
        s.ellipse(ex + math.cos(a) * 26, ey + math.sin(a) * 26, 21, 21, "#2f5596", opacity="0.9")
    s.circle(ex, ey, 12, "#c9b27a")
    for k in range(10):
        a = math.radians(252 - k * 13)
        lx, ly = ex + math.cos(a) * 100, ey - math.sin(a) * 100
        deg = math.degrees(math.atan2(-math.cos(a), -math.sin(a)))
        for o in (-1, 1):
            x = lx if o < 0 else 2 * ex - lx
            s.ellipse(x, ly, 11, 4.5, "#c9b27a", transform=f"rotate({n(deg if o < 0 else 180 - deg)} {n(x)} {n(ly)})")
    # flags of the Republic on poles at both ends of the dais
    for x in (150, 1770):
        s.line([(x, 660), (x, 96)], "#c9b27a", 8)
        s.circle(x, 90, 11, "#c9b27a")
        s.path(D("M", (x + 4, 110), "C", (x + 60, 120), (x + 20, 300), (x + 40, 470), "L", (x - 30, 470), "C", (x - 50, 300), (x - 60, 130), (x - 4, 110), "Z"), "#2f5596")
        s.path(D("M", (x + 4, 116), "C", (x + 30, 130), (x + 2, 300), (x + 12, 470), "L", (x - 10, 470), "C", (x - 22, 300), (x - 20, 140), (x - 4, 116), "Z"), "#f4f7fb")
    # the board, seated in a row, dark against the windows
    sil = "#1c2436"
    # five of them, as the story says ("five shapes cut out of the afternoon")
    seats = [560, 760, 960, 1160, 1360]
    for i, x in enumerate(seats):
        officer(s, x + rng.uniform(-8, 8), 530, 1.0 + (0.1 if x == 960 else 0), sil, cap=(i % 3 != 1))
    # the long table, raised, a blue cloth with a gold edge
    s.rect(100, 520, 1720, 22, "#3a4862")
    s.rect(100, 512, 1720, 10, "#56647e")
    s.rect(110, 542, 1700, 120, s.lin([(0, "#2b3d62"), (1, "#1e2c48")]))
    s.rect(110, 548, 1700, 5, "#c9b27a")
    s.rect(110, 650, 1700, 4, "#c9b27a", opacity="0.6")
    for k in range(9):
        x = 200 + k * 190
        s.poly([(x, 542), (x + 18, 542), (x + 9, 566)], "#c9b27a", opacity="0.7")
    # papers, water glasses, a gavel: small cold details on the table
    for x in seats:
        s.poly([(x - 40, 516), (x + 20, 514), (x + 28, 520), (x - 34, 522)], "#eef2f6")
        s.rect(x + 34, 488, 12, 26, "#dfe8f2", opacity="0.55")
    s.rect(1040, 502, 46, 12, "#5a4430", rx="4")
    s.rect(1058, 494, 10, 20, "#5a4430")
    # the dais steps and the floor of polished grey stone
    s.rect(60, 662, 1800, 26, "#7d8ca2")
    s.rect(60, 662, 1800, 4, "#c5d0dd")
    s.rect(0, 688, W, H - 688, s.lin([(0, "#8a98ac"), (0.4, "#6f7e94"), (1, "#4c5a70")]))
    for k in range(-9, 11):
        s.line([(960 + k * 120, 688), (960 + k * 480, H)], "#5c6a80", 2, opacity="0.5")
    for k in range(8):
        y = 688 + (k + 1) ** 2 * 6.2
        s.line([(0, y), (W, y)], "#5c6a80", 2, opacity="0.45")
    # the windows' cold light reflected long on the floor
    for wx, ww in wins:
        cx = wx + ww / 2
        s.poly([(cx - ww * 0.3, 690), (cx + ww * 0.3, 690), (cx + (cx - 960) * 0.5 + ww * 0.6, H), (cx + (cx - 960) * 0.5 - ww * 0.6, H)],
               s.lin([(0, "#e8f0fa", 0.35), (1, "#e8f0fa", 0)]))
    # the chair for the one who answers, alone, facing the board
    cx, cy = 610, 842
    chair = "#2a2a34"
    s.poly([(cx - 60, cy + 4), (cx + 60, cy + 4), (cx - 40, H), (cx - 250, H)], s.lin([(0, "#2a3448", 0.4), (1, "#2a3448", 0)], cx, cy, cx - 150, H, user=True))  # its shadow, toward us
    s.rect(cx - 54, cy - 130, 10, 136, chair)
    s.rect(cx + 44, cy - 130, 10, 136, chair)
    s.rect(cx - 60, cy - 196, 120, 78, chair, rx="8")
    s.rect(cx - 50, cy - 188, 100, 62, "#3c3c48", rx="5")
    s.poly([(cx - 66, cy - 86), (cx + 66, cy - 86), (cx + 58, cy - 68), (cx - 58, cy - 68)], "#3c3c48")
    s.rect(cx - 60, cy - 70, 120, 10, chair)
    s.line([(cx - 40, cy - 62), (cx - 36, cy + 4)], chair, 8)
    s.line([(cx + 40, cy - 62), (cx + 36, cy + 4)], chair, 8)
    band(s, 0, 300, "#5a6e90", 0.25, 0)
    vignette(s, 0.45, "#1c2840")
    return s.text()


def bg_karlstahl_study():
    s, rng = Svg(W, H), random.Random("karlstahl_study")
    # dark panelled walls, night blue in the shadows
    fill_all(s, s.lin([(0, "#1e1a24"), (1, "#2a2026")]))
    for k in range(0, W, 190):
        s.rect(k + 20, 90, 150, 440, "none", stroke="#3a2a26", stroke_width=5)
    # the window behind the desk: the capital at night
    wx, wy, ww, wh = 690, 70, 540, 500
    s.rect(wx, wy, ww, wh, s.lin([(0, "#0a1228"), (0.7, "#1c2a50"), (1, "#3a3c60")]))
    s.open("g", clip_path=s.clip(f'<rect x="{wx}" y="{wy}" width="{ww}" height="{wh}"/>'))
    stars(s, rng, 30, wy + 220, big=0.03)
    s.circle(wx + 420, wy + 96, 24, "#eeeede")
    glow(s, wx + 420, wy + 96, 110, "#c8d8ff", 0.35)
    glow(s, wx + ww / 2, wy + wh, 420, "#ffc890", 0.3, ry=120)
    skyline(s, rng, wy + wh - 30, wx - 20, wx + ww + 20, 120, 260, "#1c2644", spires=0.3, wmin=40, wmax=90)
    skyline(s, rng, wy + wh + 10, wx - 20, wx + ww + 20, 60, 190, "#111830", lit="#ffd98a", lit_p=0.3, wmin=40, wmax=100, spires=0.15)
    s.close()
    frame = "#4a3424"
    s.rect(wx, wy, ww, wh, "none", stroke=frame, stroke_width=16)
    s.line([(wx + ww / 2, wy), (wx + ww / 2, wy + wh)], frame, 10)
    for k in (0.33, 0.66):
        s.line([(wx, wy + wh * k), (wx + ww, wy + wh * k)], frame, 8)
    s.rect(wx - 30, wy + wh - 6, ww + 60, 22, "#5a4030")
    for side in (-1, 1):
        x = wx if side < 0 else wx + ww
        s.path(D("M", (x - side * 50, 40), "L", (x + side * 90, 40), "C", (x + side * 60, 250), (x + side * 110, 440), (x + side * 80, 600),
                 "L", (x - side * 60, 600), "Z"), "#3a1e22")
        for j in range(3):
            s.path(D("M", (x + side * (j * 34 - 20), 50), "C", (x + side * (j * 30 - 30), 260), (x + side * (j * 36 - 10), 440), (x + side * (j * 30 - 30), 596)),
                   "none", stroke="#24121a", stroke_width=7)
    s.rect(wx - 90, 30, ww + 180, 16, "#8a6a40", rx="8")
    # shelves of ledgers along both walls, from floor to ceiling
    ledger_shelves(s, rng, -10, 560, 0, 800, 6, 0.12, 520)
    ledger_shelves(s, rng, 1360, 1930, 0, 800, 6, 0.18, 1400)
    # the general's chair, its high back against the window
    s.path(D("M", (850, 640), "L", (848, 400), "Q", (850, 350), (960, 346), "Q", (1070, 350), (1072, 400), "L", (1070, 640), "Z"), "#241414")
    s.path(D("M", (872, 620), "L", (872, 410), "Q", (874, 372), (960, 368), "Q", (1046, 372), (1048, 410), "L", (1048, 620), "Z"), "#3a1c1c")
    for k in range(4):
        for j in range(3):
            s.circle(900 + j * 60, 400 + k * 50, 3.5, "#1c0e0e")
    # the floor and the desk, seen from a little above
    s.rect(0, 800, W, 280, s.lin([(0, "#2a1c18"), (1, "#140e0c")]))
    s.poly([(560, 612), (1360, 612), (1440, 730), (480, 730)], s.lin([(0, "#4a2c1c"), (1, "#6a4028")]))
    s.poly([(560, 612), (1360, 612), (1362, 618), (558, 618)], "#7a5034")
    s.rect(480, 730, 960, 22, "#7a4a2c")
    s.rect(490, 752, 940, 330, s.lin([(0, "#3a2216"), (1, "#1e120c")]))
    for x in (520, 1200):
        s.rect(x, 790, 200, 230, "none", stroke="#4e3020", stroke_width=5)
    s.poly([(640, 632), (1020, 630), (1030, 676), (620, 680)], "#2e4a38", opacity="0.9")  # green leather inlay
    # the pool of warm light from the green-shaded lamp
    lx, ly = 1200, 560
    haze(s, lx - 120, 670, 420, 90, s.rad(soft("#ffcf80", 0.75)))
    glow(s, lx, ly + 20, 520, R_GOLD2, 0.3)
    # the open ledger: two pages in a tidy hand
    lp = [(760, 642), (960, 636), (1160, 642), (1176, 708), (960, 700), (744, 708)]
    s.poly([(754, 648), (1166, 648), (1184, 714), (736, 714)], "#2a1a14", opacity="0.5")
    s.poly([lp[0], lp[1], (960, 700), lp[5]], "#f4ecd8")
    s.poly([lp[1], lp[2], lp[3], (960, 700)], "#fbf4e2")
    s.line([(960, 636), (960, 700)], "#c8b894", 3)
    for k in range(7):
        t = (k + 1) / 8
        for side in (-1, 1):
            y0 = 640 + 62 * t
            xa = 960 + side * (18)
            xb = 960 + side * (188 + 16 * t)
            x = min(xa, xb)
            xe = max(xa, xb)
            while x < xe - 14:
                w = rng.uniform(14, 38)
                w = min(w, xe - x)
                s.path(D("M", (x, y0), "q", w / 4, -4, w / 2, 0, "t", w / 2, 0), "none", stroke="#3a3448", stroke_width=1.6, opacity="0.75")
                x += w + 6
    s.line([(1100, 670), (1170, 652)], "#1a1a22", 5, stroke_linecap="round")  # the pen
    s.line([(1160, 655), (1172, 652)], "#c9a45a", 5, stroke_linecap="round")
    # a stack of closed ledgers, a glass, an ashtray
    for k in range(4):
        c = ["#5a2a24", "#3a4a3a", "#4a3a2a", "#2e3a4e"][k]
        s.rect(556 + k * 3, 626 - k * 20, 120, 20, c, rx="3")
        s.rect(556 + k * 3, 630 - k * 20, 120, 4, "#e8dcc0", opacity="0.5")
    # a framed photograph on the desk: two young officers, arm in arm, years ago
    px, py, pw, ph = 650, 556, 104, 80
    s.poly([(px + 30, py + ph), (px + 60, py + ph + 16), (px + 64, py + ph)], "#6a4a20")
    s.rect(px, py, pw, ph, "#b8944a", rx="3")
    s.rect(px + 8, py + 8, pw - 16, ph - 16, s.lin([(0, "#e0d4b4"), (1, "#a89878")]))
    s.rect(px + 8, py + 50, pw - 16, ph - 58, "#8a7c62")
    for dx, hh in ((40, 0), (70, 4)):
        x = px + dx
        s.path(D("M", (x - 13, py + ph - 8), "L", (x - 11, py + 40 + hh), "Q", (x, py + 35 + hh), (x + 11, py + 40 + hh), "L", (x + 13, py + ph - 8), "Z"), "#4a4236")
        s.circle(x, py + 30 + hh, 6.5, "#6a5e4a")
        s.path(D("M", (x - 8, py + 26 + hh), "L", (x - 9, py + 20 + hh), "L", (x + 9, py + 20 + hh), "L", (x + 8, py + 26 + hh), "Z"), "#3a342a")
    s.path(D("M", (1290, 598), "h", 34, "l", -4, 40, "h", -26, "Z"), "#e8eef4", opacity="0.35")
    s.path(D("M", (1293, 622), "h", 28, "l", -2, 16, "h", -24, "Z"), "#c07a30", opacity="0.7")
    # the lamp: brass stem, green glass shade, light beneath it
    s.ellipse(lx, 648, 56, 12, "#8a6a30")
    s.rect(lx - 6, 560, 12, 88, "#b8944a")
    s.path(D("M", (lx - 110, 566), "Q", (lx - 104, 516), (lx, 512), "Q", (lx + 104, 516), (lx + 110, 566), "Z"), s.lin([(0, "#3a8a5a"), (1, "#1e5a3a")]))
    s.path(D("M", (lx - 110, 566), "Q", (lx, 580), (lx + 110, 566), "Q", (lx, 572), (lx - 110, 566), "Z"), "#fff0b0")
    s.path(D("M", (lx - 80, 540), "Q", (lx - 40, 522), (lx, 520)), "none", stroke="#8ad0a0", stroke_width=4, opacity="0.6")
    glow(s, lx, 572, 140, "#fff0c0", 0.7, ry=30)
    vignette(s, 0.6, "#05040a")
    return s.text()


def bg_forest_road():
    s, rng = Svg(W, H), random.Random("forest_road")
    # a pale spring sky, a low soft sun
    fill_all(s, s.lin([(0, "#a8c8dc"), (0.5, "#d4e4e4"), (0.75, "#f2f0dc"), (1, "#f6eed2")]))
    glow(s, 1240, 420, 600, "#fff8dc", 0.7)
    for k in range(5):
        s.ellipse(rng.uniform(0, W), 90 + k * 70, rng.uniform(200, 420), rng.uniform(14, 26), "#ffffff", opacity="0.35")
    vx, vy = 980, 600
    # far off: the broken roofs of a town where the road ends
    s.path(blob([(-40, vy), (300, vy - 50), (640, vy - 30), (900, vy - 60), (1200, vy - 40), (1600, vy - 70), (1960, vy - 40), (1960, vy + 20), (-40, vy + 20)]), "#b8c8c8", opacity="0.7")
    town = "#8e9ca8"
    x = 850
    while x < 1130:
        w = rng.uniform(34, 60)
        h = rng.uniform(18, 34)
        roof = rng.uniform(16, 26)
        top = vy - h
        broken = rng.random() < 0.6
        pts_ = [(x, vy), (x, top), (x + w / 2, top - roof), (x + w, top), (x + w, vy)]
        if broken:
            bx = x + w * rng.uniform(0.35, 0.7)
            pts_ = [(x, vy), (x, top), (x + w * 0.3, top - roof * 0.6), (bx - 6, top - roof * 0.3), (bx, top + 6), (bx + 8, top - roof * 0.2), (x + w, top), (x + w, vy)]
        s.poly(pts_, mix(town, "#c8d4d8", rng.uniform(0, 0.4)))
        if rng.random() < 0.5:
            s.rect(x + w * 0.2, top + h * 0.3, 5, 7, "#c8d4d8")
        x += w * rng.uniform(0.7, 1.0)
    s.rect(1046, vy - 130, 18, 120, town)
    s.poly([(1040, vy - 130), (1055, vy - 180), (1070, vy - 130)], town)
    s.poly([(1046, vy - 100), (1064, vy - 110), (1064, vy - 102)], "#c8d4d8")  # a hole in the steeple
    # the woods on both sides, layered, nearer ones darker and greener
    tree_mass(s, rng, vy + 6, -40, 830, 40, 110, ["#a4b8a0", "#9ab298", "#aebfa8"], (26, 50))
    tree_mass(s, rng, vy + 6, 1150, 1960, 40, 120, ["#a4b8a0", "#9ab298", "#aebfa8"], (26, 50))
    for k in range(18):
        x = rng.uniform(0, 760) if k % 2 else rng.uniform(1200, W)
        birch(s, rng, x, vy + 20, rng.uniform(120, 200), 6, leaves=("#b4c8a4", "#a8c09c", "#c4d4b0"), lean=rng.uniform(-0.05, 0.05), crown=0.8, bark="#e4e6de")
    tree_mass(s, rng, vy + 60, -40, 700, 90, 220, ["#8aac78", "#7ea26e", "#98b884"], (40, 80))
    tree_mass(s, rng, vy + 60, 1260, 1960, 90, 230, ["#8aac78", "#7ea26e", "#98b884"], (40, 80))
    # the ground: spring grass
    s.rect(0, vy, W, H - vy, s.lin([(0, "#a8c080"), (1, "#6e8a48")]))
    # the road, cracked asphalt going back to grass
    road = [(vx - 18, vy), (vx + 18, vy), (1560, H), (400, H)]
    s.poly(road, s.lin([(0, "#a8aca4"), (1, "#6e706a")]))
    rc = s.clip(f'<polygon points="{pts(road)}"/>')
    s.open("g", clip_path=rc)
    for _ in range(46):
        t = rng.random() ** 1.4
        y = vy + (H - vy) * t
        half = 18 + (580 - 18) * t
        x = vx + rng.uniform(-1.1, 1.1) * half
        w = rng.uniform(30, 110) * (0.1 + t)
        k = rng.randint(5, 8)
        s.path(blob([(x + math.cos(2 * math.pi * i / k) * w * rng.uniform(0.5, 1.1), y + math.sin(2 * math.pi * i / k) * w * 0.2 * rng.uniform(0.5, 1.1)) for i in range(k)]),
               rng.choice(["#8ea86a", "#9ab070", "#a8b880"]), opacity=n(rng.uniform(0.5, 0.85)))
        for j in range(int(3 + 6 * t)):
            gx = x + rng.uniform(-w, w) * 0.7
            hh = (6 + 34 * t) * rng.uniform(0.6, 1.2)
            s.path(D("M", (gx, y), "q", rng.uniform(-4, 4), -hh * 0.6, rng.uniform(-8, 8), -hh), "none",
                   stroke=rng.choice(["#7a9a50", "#8aac5c", "#a0bc70"]), stroke_width=n(1 + 2 * t), stroke_linecap="round")
    for _ in range(16):
        t = rng.uniform(0.05, 1)
        y = vy + (H - vy) * t
        x = vx + rng.uniform(-0.9, 0.9) * (18 + 560 * t)
        d = ["M", (x, y)]
        for _ in range(4):
            x += rng.uniform(-60, 60) * t
            y += rng.uniform(5, 30) * t
            d += ["L", (x, y)]
        s.path(D(*d), "none", stroke="#3e403a", stroke_width=n(1 + 2.5 * t), stroke_linejoin="round", opacity="0.7")
    # the worn centre line
    for k in range(12):
        t0, t1 = (k / 12) ** 1.8, ((k + 0.45) / 12) ** 1.8
        y0, y1 = vy + (H - vy) * t0, vy + (H - vy) * t1
        s.poly([(vx - 1 - 8 * t0, y0), (vx + 1 + 8 * t0, y0), (vx + 1 + 8 * t1, y1), (vx - 1 - 8 * t1, y1)], "#e0d8b0", opacity="0.5")
    s.close()
    # the verges: tall grass eating the road's edges
    for side in (-1, 1):
        edge = [(vx + side * 18, vy), (vx + side * 580, H)]
        for k in range(140):
            t = rng.random() ** 1.5
            x = edge[0][0] + (edge[1][0] - edge[0][0]) * t + side * rng.uniform(-40, 20) * (0.1 + t)
            y = vy + (H - vy) * t
            hh = 6 + 40 * t
            s.path(D("M", (x, y), "q", -2, -hh * 0.6, -5, -hh, "M", (x, y), "q", 3, -hh * 0.5, 6, -hh * 0.9), "none",
                   stroke=rng.choice(["#7a9a50", "#8aac5c", "#a0bc70", "#6a8a44"]), stroke_width=n(1 + 2 * t), stroke_linecap="round")
    # the woods close in on both sides: rows of young birches and scrub, receding
    trees = []
    for side in (-1, 1):
        for k in range(18):
            z = 0.02 + 0.42 * (k / 17) ** 1.4 + rng.uniform(0, 0.02)
            x = vx + side * (50 + 640 * z + rng.uniform(0.1, 1.5) * 1100 * z)
            trees.append((z, x))
    for z, x in sorted(trees):
        base = vy + (H - vy) * z
        s.ellipse(x, base, 60 * z + 8, 16 * z + 3, rng.choice(["#7e9a5a", "#8aa866", "#6e8c4e"]), opacity="0.8")
        birch(s, rng, x, base, 1100 * z + 60, 16 * z + 2.5, lean=rng.uniform(-0.05, 0.05), crown=0.9)
    # the power line: poles along the left, the nearest one down, its wire across the road
    pole = "#5a4a3c"
    for z in (0.08, 0.14, 0.24, 0.42):
        x = vx - 60 - 760 * z
        yb = vy + (H - vy) * z
        hgt = 520 * z + 20
        s.line([(x, yb), (x, yb - hgt)], pole, max(2, 16 * z))
        s.line([(x - 40 * z - 4, yb - hgt * 0.92), (x + 40 * z + 4, yb - hgt * 0.92)], pole, max(1.5, 10 * z))
    wires = [(vx - 60 - 760 * z, vy + (H - vy) * z - (520 * z + 20) * 0.92) for z in (0.08, 0.14, 0.24, 0.42)]
    for (x0, y0), (x1, y1) in zip(wires, wires[1:]):
        s.path(D("M", (x0, y0), "Q", ((x0 + x1) / 2, (y0 + y1) / 2 + 20), (x1, y1)), "none", stroke="#3a3430", stroke_width=2)
    # the nearest pole has fallen across the verge into a birch; its wire sags over the road
    fx, fy, tx, ty = 200, 820, 680, 560
    s.line([(fx, fy), (tx, ty)], pole, 22, stroke_linecap="round")
    s.line([(tx - 30, ty - 50), (tx + 24, ty + 44)], pole, 13, stroke_linecap="round")
    for k in (-1, 1):
        s.circle(tx + k * 22, ty + k * 38 - 8, 6, "#c8ccc4")
    x1, y1 = wires[-1]
    s.path(D("M", (x1, y1), "Q", ((x1 + tx) / 2, ty - 20), (tx - 22, ty - 46)), "none", stroke="#3a3430", stroke_width=3)
    s.path(D("M", (tx + 22, ty + 30), "C", (800, 700), (1000, 690), (1180, 640), "S", (1380, 700), (1430, 740)), "none", stroke="#3a3430", stroke_width=3)
    # young birches grown up through the road and along it
    for x, base, h, w, lean in ((1190, 690, 220, 6, 0.03), (760, 730, 280, 8, -0.04), (1090, 800, 400, 10, 0.05), (560, 880, 520, 13, -0.02)):
        s.poly([(x - w * 4, base + 2), (x - w, base - 4), (x + w * 2, base - 3), (x + w * 5, base + 3), (x + w, base + 6)], "#4a4c44", opacity="0.5")
        birch(s, rng, x, base, h, w, lean=lean)
    # the road sign: rusted through, bent on its post
    sx, sy = 1480, 880
    s.line([(sx, sy), (sx + 14, sy - 330)], "#6a5a4a", 12)
    s.open("g", transform=f"rotate(-7 {sx + 14} {sy - 330})")
    s.rect(sx - 110, sy - 440, 250, 120, "#5a6a4a", rx="8")
    s.rect(sx - 100, sy - 430, 230, 100, "none", stroke="#e8e4d0", stroke_width=5, rx="5", opacity="0.8")
    s.path(D("M", (sx - 70, sy - 380), "L", (sx + 70, sy - 380), "L", (sx + 70, sy - 400), "L", (sx + 104, sy - 374), "L", (sx + 70, sy - 348), "L", (sx + 70, sy - 368), "L", (sx - 70, sy - 368), "Z"), "#e8e4d0", opacity="0.8")
    for _ in range(16):
        ex = rng.choice([sx - 108 + rng.uniform(0, 20), sx + 120 + rng.uniform(0, 18), sx - 100 + rng.uniform(0, 230)])
        s.ellipse(ex, sy - 440 + rng.uniform(0, 120), rng.uniform(6, 18), rng.uniform(5, 12), F_RUST, opacity=n(rng.uniform(0.5, 0.9)))
    for _ in range(6):
        s.circle(sx - 90 + rng.uniform(0, 210), sy - 430 + rng.uniform(0, 100), rng.uniform(3, 6), "#3a3a34")
    s.close()
    # near birches framing the picture, their crowns above it
    birch(s, rng, 110, H + 40, 1000, 26, lean=0.02, crown=1.3, crown_at=1.0)
    birch(s, rng, 1840, H + 40, 1040, 28, lean=-0.03, crown=1.3, crown_at=1.0)
    birch(s, rng, 1730, H + 60, 860, 16, lean=0.04, crown=1.0, crown_at=0.95)
    s.rect(0, vy - 220, W, 360, s.lin([(0, "#fff6dc", 0), (0.6, "#fff6dc", 0.4), (1, "#fff6dc", 0)]))
    vignette(s, 0.3, "#3a4a30")
    return s.text()


def bg_camp_night():
    s, rng = Svg(W, H), random.Random("camp_night")
    fill_all(s, s.lin([(0, "#050914"), (0.55, "#101c34"), (1, "#22304e")]))
    milky_way(s, rng, (200, 700), (1900, -40), 160, 0.6)
    stars(s, rng, 220, 620, big=0.05)
    hz = 640
    s.path(blob([(-50, hz), (400, hz - 40), (900, hz - 20), (1300, hz - 50), (1980, hz - 30), (1980, hz + 30), (-50, hz + 30)]), "#0c1424")
    fx, fy = 960, 742
    # the farmhouse: a tall gable end with its chimney on the left, a broken long wall behind, a low wall on the right
    light = (fx, fy - 40, 1000)
    stone_wall(s, rng, [(250, hz + 60), (250, 300), (520, 150), (560, 180), (560, 120), (620, 120), (620, 230), (700, 300), (700, 420), (760, 440), (770, hz + 60)],
               "#8a6a58", "#3a2a24", light)
    s.path(D("M", (400, hz + 60), "L", (400, 420), "Q", (460, 360), (520, 420), "L", (520, hz + 60), "Z"), "#140e12")  # the door
    s.rect(300, 330, 60, 70, "#0a0e1a")
    stone_wall(s, rng, [(760, hz + 40), (760, 470), (840, 460), (880, 500), (960, 440), (1040, 470), (1080, 430), (1160, 480), (1200, 455), (1280, 520), (1280, hz + 40)],
               "#7a5e50", "#3a2a24", light, rows=8)
    for x in (850, 1100):
        s.rect(x, 520, 56, 70, "#0c1020")
        s.rect(x - 6, 590, 68, 8, "#5a4438")
    stone_wall(s, rng, [(1280, hz + 80), (1280, 540), (1400, 520), (1470, 560), (1560, 500), (1700, 580), (1760, 560), (1760, hz + 80)],
               "#7a5e50", "#3a2a24", light, rows=6)
    # the stubs of the rafters against the stars
    for x0, y0, x1, y1 in ((640, 262, 720, 200), (672, 290, 760, 236)):
        s.line([(x0, y0), (x1, y1)], "#1a1214", 14, stroke_linecap="round")
    # the ground inside the walls: packed earth, rubble, the firelight on it
    s.rect(0, hz + 40, W, H - hz - 40, s.lin([(0, "#1e1a20"), (1, "#0a080c")]))
    haze(s, fx, fy + 20, 900, 200, s.rad(soft("#ff8a3a", 0.45)))
    for _ in range(26):
        x, y = rng.uniform(0, W), rng.uniform(hz + 60, H)
        w = rng.uniform(20, 70) * (0.5 + (y - hz) / 400)
        dist = math.hypot(x - fx, (y - fy) * 2.5) / 700
        c = mix("#7a5644", "#141016", min(1, dist + 0.15))
        s.poly([(x - w / 2, y), (x - w / 3, y - w * 0.35), (x + w / 4, y - w * 0.45), (x + w / 2, y)], c)
    # the Juggernauts, crouched in a half circle, the fire's light on their near sides
    jugs = [(560, 700, 0.62, True), (1360, 700, 0.62, False), (770, 664, 0.42, True), (1150, 664, 0.42, False), (330, 830, 0.95, True), (1590, 830, 0.95, False)]
    for x, y, sc, flip in sorted(jugs, key=lambda j: j[1]):
        juggernaut(s, x, y, sc, "#a0603a", flip=flip, crouch=1.0, gun=True, flat=True)
        off = 7 * sc * (-1 if x < fx else 1)
        s.open("g", transform=f"translate({n(off)} {n(-2 * sc)})")
        juggernaut(s, x, y, sc, "#161820", flip=flip, crouch=1.0, gun=True)
        s.close()
        s.ellipse(x, y + 4, 200 * sc, 14 * sc, "#000000", opacity="0.3")
    # seats round the fire: crates and a bedroll, a kettle on a tripod
    for x, y, w in ((800, 770, 90), (1110, 776, 80)):
        s.rect(x - w / 2, y - 50, w, 50, "#5a3e2a")
        s.rect(x - w / 2, y - 50, w, 8, "#c07840", opacity="0.6")
        s.line([(x - w / 2, y - 50), (x + w / 2, y)], "#3a2818", 3)
    s.line([(fx - 90, fy + 6), (fx, fy - 190)], "#2a1c14", 6)
    s.line([(fx + 90, fy + 6), (fx, fy - 190)], "#2a1c14", 6)
    s.line([(fx, fy - 190), (fx, fy - 140)], "#2a1c14", 3)
    campfire(s, rng, fx, fy, 1.0)
    s.path(D("M", (fx - 28, fy - 140), "L", (fx + 28, fy - 140), "L", (fx + 24, fy - 100), "Q", (fx, fy - 92), (fx - 24, fy - 100), "Z"), "#2a2a30")
    s.rect(fx - 28, fy - 140, 56, 6, "#8a5a3a", opacity="0.8")
    s.path(D("M", (fx - 24, fy - 100), "Q", (fx, fy - 92), (fx + 24, fy - 100), "L", (fx + 20, fy - 112), "Q", (fx, fy - 104), (fx - 20, fy - 112), "Z"), "#ff9a40", opacity="0.7")
    glow(s, fx, fy - 80, 620, "#ffb060", 0.22)
    vignette(s, 0.6, "#020308")
    return s.text()


def bg_legion_nest():
    s, rng = Svg(W, H), random.Random("legion_nest")
    # dusk in the east: violet above, a long orange burn along the horizon
    fill_all(s, s.lin([(0, "#1a1630"), (0.35, "#3a2848"), (0.6, "#8a4a50"), (0.72, "#d8784a"), (0.8, "#f0a060"), (1, "#6a3a38")]))
    glow(s, 760, 640, 700, "#ffb070", 0.55, ry=220)
    for k in range(6):
        y = 150 + k * 70 + rng.uniform(-20, 20)
        s.ellipse(rng.uniform(200, 1700), y, rng.uniform(300, 700), rng.uniform(8, 18), "#c86a5a" if k > 2 else "#5a3a5a", opacity="0.45")
    stars(s, rng, 30, 220, colors=("#fff0e0", "#ffe8d0"), big=0.0)
    hz = 700
    glow(s, 640, hz - 40, 260, "#fff0c0", 0.8)
    s.circle(640, hz - 36, 56, "#ffe6b8", opacity="0.95")
    # far: the town's outline in the haze
    far = "#9a5a64"
    for x, h in ((120, 240), (210, 200), (1260, 230), (1560, 280), (1640, 220)):
        chimney(s, x, hz, h, 30, far)
    factory_hall(s, rng, -40, hz, 620, 100, far, teeth=8, broken=(0.4, 0.6))
    factory_hall(s, rng, 1180, hz, 800, 120, far, teeth=9, broken=(0.55, 0.8))
    ruined_skyline(s, rng, hz, 560, 1200, 40, 100, far, 50, 110)
    band(s, hz - 260, hz, "#f0a070", 0, 0.35)
    # the ground, and far off a first machine, half lost in the haze
    s.rect(0, hz, W, H - hz, s.lin([(0, "#4a2a30"), (0.2, "#2a1a22"), (1, "#0a0608")]))
    legion_giant(s, rng, 430, hz + 14, 0.42, "#6a4050", "#d08a78", flip=False)
    band(s, hz - 140, hz + 20, "#d07a5a", 0, 0.3)
    # middle: chimneys and collapsed halls, darker
    mid = "#2e1e28"
    chimney(s, 720, hz + 40, 500, 54, mid, band="#8a4a48", broken=30)
    chimney(s, 800, hz + 40, 380, 44, mid, band="#8a4a48")
    chimney(s, 1880, hz + 40, 430, 50, mid, band="#8a4a48", broken=60)
    factory_hall(s, rng, 560, hz + 40, 520, 140, mid, teeth=5, broken=(0.3, 1.0), truss=True)
    factory_hall(s, rng, 1600, hz + 40, 340, 120, mid, teeth=3, broken=(0.0, 0.5), truss=True)
    # the nearer giant, standing over the halls
    legion_giant(s, rng, 1380, hz + 46, 0.72, "#22182a", "#b86a5a", flip=True)
    # near: the broken end of a hall on the left, rubble
    near = "#140e16"
    s.poly([(0, H), (0, 380), (70, 366), (110, 420), (150, 414), (190, 500), (220, 510), (230, H)], near)
    for k in range(3):
        s.line([(190 + k * 14, 510 + k * 40), (280 + k * 50, 440 + k * 40)], near, 8)
    for _ in range(30):
        x, y = rng.uniform(0, W), rng.uniform(hz + 60, H)
        w = rng.uniform(30, 120) * (0.5 + (y - hz) / 300)
        s.poly([(x - w / 2, y), (x - w / 4, y - w * 0.3), (x + w / 5, y - w * 0.4), (x + w / 2, y)], rng.choice(["#20141a", "#2a1a20", "#181016"]))
    band(s, hz + 40, hz + 200, "#e08a60", 0.12, 0)
    vignette(s, 0.55, "#0a0408")
    return s.text()


def bg_cherry_hill():
    s, rng = Svg(W, H), random.Random("cherry_hill")
    # a soft spring sky
    fill_all(s, s.lin([(0, "#9ec4e8"), (0.45, "#cfe0f0"), (0.75, "#f6e6e6"), (1, "#fbeedc")]))
    glow(s, 700, 300, 700, "#fffaf0", 0.6)
    for k in range(7):
        x, y = rng.uniform(0, W), rng.uniform(60, 380)
        for j in range(4):
            s.ellipse(x + j * rng.uniform(40, 90), y + rng.uniform(-10, 10), rng.uniform(70, 150), rng.uniform(24, 40), "#ffffff", opacity="0.5")
    # far to the east: soft blue hills, a river catching the light
    s.path(blob([(-60, 600), (200, 560), (520, 585), (820, 548), (1100, 580), (1400, 540), (1980, 570), (1980, 700), (-60, 700)]), "#b4c4dc")
    s.path(blob([(-60, 640), (260, 610), (600, 630), (900, 600), (1300, 630), (1980, 610), (1980, 740), (-60, 740)]), "#a8c0b4")
    s.path(D("M", (-20, 660), "C", (200, 650), (360, 672), (560, 660), "S", (820, 640), (980, 648)), "none", stroke="#eaf4fb", stroke_width=5, opacity="0.8")
    # the hill: rising to the right, fresh grass
    hill = [(-60, 700), (300, 660), (700, 600), (1100, 520), (1500, 470), (1980, 450), (1980, H + 20), (-60, H + 20)]
    s.path(blob(hill), s.lin([(0, "#b8d68a"), (0.5, "#9cc472"), (1, "#78a458")]))
    s.path(blob([(-60, 720), (400, 690), (900, 640), (1400, 560), (1980, 530), (1980, 600), (1400, 640), (900, 700), (-60, 760)]), "#c8e09a", opacity="0.45")
    # trees along the crest, smaller as they go over it
    for x, b, sc in ((1010, 536, 0.34), (1180, 506, 0.42), (860, 566, 0.3)):
        cherry_tree(s, rng, x, b, sc)
    # a broken fence down the slope
    posts = [(120, 770), (300, 735), (470, 700), (630, 668), (780, 640)]
    for i, (px, py) in enumerate(posts):
        h = 110 - i * 12
        lean = [0, 8, -14, 4, 0][i]
        s.line([(px, py), (px + lean, py - h)], "#7a6450", max(4, 12 - i * 1.5), stroke_linecap="round")
    for i in (0, 2, 3):
        (ax, ay), (bx, by) = posts[i], posts[i + 1]
        h0, h1 = 110 - i * 12, 110 - (i + 1) * 12
        s.line([(ax, ay - h0 * 0.75), (bx, by - h1 * 0.75)], "#8a7258", max(3, 9 - i * 1.4), stroke_linecap="round")
        if i != 2:
            s.line([(ax, ay - h0 * 0.4), (bx, by - h1 * 0.4)], "#8a7258", max(3, 9 - i * 1.4), stroke_linecap="round")
    s.line([(310, 740), (470, 744)], "#8a7258", 8, stroke_linecap="round")  # a rail fallen in the grass
    # where a Juggernaut crouched for a while: the grass pressed flat, four deep footprints
    cx, cy = 1050, 694
    s.ellipse(cx, cy, 190, 36, "#d2e29c", opacity="0.75")
    for k in range(14):
        x = cx + rng.uniform(-160, 160)
        y = cy + rng.uniform(-22, 22)
        s.line([(x, y), (x + rng.uniform(16, 30), y + rng.uniform(-3, 3))], "#a8c47c", 2.5, stroke_linecap="round")
    for fx, fy, sc in ((cx - 200, cy + 44, 1.0), (cx + 210, cy + 40, 1.0), (cx - 140, cy - 34, 0.7), (cx + 150, cy - 36, 0.7)):
        for j in range(9):
            a = math.pi * (j / 8)
            s.line([(fx + math.cos(a) * 14 * sc, fy + math.sin(a) * 5 * sc - 2), (fx + math.cos(a) * 34 * sc, fy + math.sin(a) * 12 * sc - 3)], "#c8dc92", 3 * sc, stroke_linecap="round")
        s.ellipse(fx, fy, 20 * sc, 7 * sc, "#5a7a40")
        s.ellipse(fx + 2, fy + 2 * sc, 12 * sc, 4 * sc, "#3e5a2c")
    # the great old trees framing the hill
    cherry_tree(s, rng, 1560, 520, 1.15, spread=1.15)
    cherry_tree(s, rng, 230, 760, 1.0, spread=1.05)
    # grass blades and small white flowers near us
    for _ in range(160):
        x, y = rng.uniform(0, W), rng.uniform(600, H)
        if y < 700 - x * 0.14:
            continue
        hh = 6 + (y - 600) * 0.06
        s.path(D("M", (x, y), "q", -2, -hh * 0.6, -4, -hh, "M", (x, y), "q", 3, -hh * 0.5, 5, -hh * 0.8), "none", stroke=rng.choice(["#6a9448", "#88b060", "#a0c474"]), stroke_width=2)
    fl = {"#ffffff": [], "#fff4c0": []}
    for _ in range(120):
        x, y = rng.uniform(0, W), rng.uniform(620, H)
        if y < 700 - x * 0.14:
            continue
        fl[rng.choice(list(fl))].append((x, y, 2 + (y - 600) * 0.008))
    dots(s, fl)
    # petals drifting down like snow, and lying in the grass
    petals(s, rng, 60, 0, 600, W, H, size=(3, 6))
    petals(s, rng, 220, 0, 0, W, H, size=(4, 9))
    petals(s, rng, 24, 0, 0, W, H, size=(10, 15))
    glow(s, 700, 200, 900, "#fff6e8", 0.25)
    vignette(s, 0.22, "#c07090")
    return s.text()


def bg_wall_gate():
    s, rng = Svg(W, H), random.Random("wall_gate")
    # morning: the sun is rising in the east, behind the wall
    fill_all(s, s.lin([(0, "#8fb4dc"), (0.35, "#c4d8ec"), (0.55, "#f6e2bc"), (0.62, "#ffd79a"), (1, "#ffe8c0")]))
    gx = 1180  # the gate, a little right of centre
    glow(s, gx + 60, 250, 700, "#fff2d0", 0.8)
    for k in range(5):
        s.ellipse(rng.uniform(0, W), rng.uniform(60, 200), rng.uniform(200, 420), rng.uniform(12, 24), "#ffffff", opacity="0.45")
    # rays over the top of the wall
    for k in range(9):
        a = math.radians(-160 + k * 17 + rng.uniform(-4, 4))
        x0, y0 = gx + 60, 300
        s.poly([(x0, y0), (x0 + math.cos(a - 0.04) * 1600, y0 + math.sin(a - 0.04) * 1600), (x0 + math.cos(a + 0.04) * 1600, y0 + math.sin(a + 0.04) * 1600)],
               s.lin([(0, "#fff4d0", 0.35), (1, "#fff4d0", 0)], x0, y0, x0 + math.cos(a) * 1200, y0 + math.sin(a) * 1200, user=True))
    wt, wb = 170, 650
    # the wall: great concrete panels, in its own shadow, lit along the top
    s.rect(0, wt, W, wb - wt, s.lin([(0, "#8e98a6"), (0.5, "#7a8494"), (1, "#6a7282")]))
    s.rect(0, wt, W, 10, "#f4e2c0")
    s.rect(0, wt + 10, W, 6, "#5a6272", opacity="0.6")
    for x in range(-40, W + 80, 200):
        s.line([(x, wt + 16), (x, wb)], "#5e6676", 3)
        for _ in range(3):
            sx = x + rng.uniform(12, 180)
            s.rect(sx, wt + 16, rng.uniform(5, 18), rng.uniform(40, 220), "#4e5564", opacity=n(rng.uniform(0.12, 0.3)))
    for y in (wt + 160, wt + 320):
        s.line([(0, y), (W, y)], "#5e6676", 2, opacity="0.5")
    # buttresses: broad ribs standing out of the wall, lit on their left faces
    for x in (60, 520, 1760):
        s.rect(x, wt + 16, 110, wb - wt - 16, "#848e9e")
        s.rect(x, wt + 16, 26, wb - wt - 16, "#a0a8b4")
        s.rect(x + 110, wt + 16, 14, wb - wt - 16, "#5a6272", opacity="0.6")
        s.rect(x - 6, wt + 10, 122, 16, "#c8c0b0")
    # grass and ivy in the cracks
    for _ in range(14):
        x = rng.uniform(0, W)
        if abs(x - gx) < 200:
            continue
        y = rng.uniform(wt + 60, wb - 40)
        d = ["M", (x, y)]
        for _ in range(4):
            x += rng.uniform(-20, 20)
            y += rng.uniform(10, 30)
            d += ["L", (x, y)]
        s.path(D(*d), "none", stroke="#3e4450", stroke_width=2, opacity="0.7")
        for _ in range(3):
            s.circle(x + rng.uniform(-10, 10), y + rng.uniform(-14, 4), rng.uniform(4, 7), rng.choice(["#6a8a4a", "#7a9a54"]))
    for x in (120, 420):
        d = ["M", (x, wb)]
        y = wb
        while y > wt + 200:
            y -= rng.uniform(20, 40)
            d += ["L", (x + rng.uniform(-16, 16), y)]
        s.path(D(*d), "none", stroke="#4a6a3a", stroke_width=3)
        for _ in range(20):
            s.ellipse(x + rng.uniform(-26, 26), rng.uniform(y, wb), 7, 5, rng.choice(["#5e8a44", "#6e9a4e", "#4e7a3a"]))
    # towers on the top, barbed wire, lamps put out for the day
    for x in (280, 1560):
        s.rect(x, wt - 110, 90, 110, "#7e8898")
        s.rect(x - 14, wt - 134, 118, 28, "#6e7888")
        s.rect(x + 16, wt - 84, 58, 22, "#3a4050")
        s.rect(x + 80, wt - 110, 10, 110, "#f4e2c0", opacity="0.5")
    for k in range(0, W, 36):
        s.path(D("M", (k, wt - 2), "q", 9, -18, 18, 0, "q", 9, -18, 18, 0), "none", stroke="#4a505c", stroke_width=2)
    for x in range(60, W, 240):
        s.line([(x, wt), (x, wt - 40)], "#4a505c", 4)
    # the gate: a deep portal, two steel leaves, the right one standing open a little
    pw, ph = 320, 380
    px0, py0 = gx - pw / 2, wb - ph
    s.rect(gx - 280, wt - 70, 560, wb - wt + 70, s.lin([(0, "#8a94a2"), (1, "#6c7484")]))
    s.rect(gx - 280, wt - 70, 560, 12, "#f4e2c0")
    s.rect(gx - 280, wt - 58, 560, 8, "#5a6272", opacity="0.6")
    s.rect(gx - 280, wt - 70, 30, wb - wt + 70, "#a4acb8")
    s.rect(gx + 266, wt - 70, 14, wb - wt + 70, "#5a6272", opacity="0.6")
    for x in (gx - 200, gx + 160):
        s.rect(x, wt + 10, 40, 14, "#2e3440")
    s.rect(gx - 24, wt - 40, 48, 16, "#c9b27a", opacity="0.8")
    s.rect(px0 - 50, py0 - 60, pw + 100, ph + 60, "#5e6676")
    s.rect(px0 - 50, py0 - 60, pw + 100, 26, "#8a94a2")
    s.rect(px0 - 36, py0 - 34, pw + 72, ph + 34, "#4e5564")
    s.rect(px0, py0, pw, ph, "#3a3e48")
    gap = 36
    # the gap: the east, bright
    s.rect(gx - 4, py0, gap, ph, s.lin([(0, "#fff8e0"), (1, "#ffe0a0")]))
    glow(s, gx + gap / 2, py0 + ph * 0.6, 260, "#fff0c0", 0.6)
    leaf = s.lin([(0, "#5a6474"), (1, "#4a5262")], 0, 0, 1, 0)
    s.rect(px0, py0, pw / 2 - 4, ph, leaf)
    s.poly([(gx + gap - 4, py0 + 6), (px0 + pw, py0), (px0 + pw, wb), (gx + gap - 4, wb - 6)], s.lin([(0, "#68727e"), (1, "#4a5262")], 0, 0, 1, 0))
    for lx0, lx1 in ((px0, gx - 4), (gx + gap - 4, px0 + pw)):
        for k in range(1, 4):
            y = py0 + ph * k / 4
            s.line([(lx0 + 6, y), (lx1 - 6, y)], "#3a404c", 4)
        for k in range(6):
            y = py0 + 20 + k * (ph - 40) / 5
            s.circle(lx0 + 14, y, 3.5, "#7a8494")
            s.circle(lx1 - 14, y, 3.5, "#7a8494")
        for _ in range(4):
            rx = rng.uniform(lx0 + 10, lx1 - 20)
            s.rect(rx, py0 + rng.uniform(0, ph * 0.5), rng.uniform(4, 10), rng.uniform(60, 180), F_RUST, opacity=n(rng.uniform(0.3, 0.6)))
    # the base of the wall, a kerb, grass along it
    s.rect(0, wb - 6, W, 12, "#5a6070")
    # the ground on the Republic side: spring grass, the road running up to the gate
    s.rect(0, wb, W, H - wb, s.lin([(0, "#a8bc78"), (1, "#6e8a4a")]))
    road = [(gx - 110, wb), (gx + 110, wb), (1640, H), (360, H)]
    s.poly(road, s.lin([(0, "#9a9a94"), (1, "#6a6a66")]))
    s.rect(0, wb, W, 200, s.lin([(0, "#3a4a6a", 0.45), (0.7, "#3a4a6a", 0.2), (1, "#3a4a6a", 0)]))  # the wall's morning shadow
    s.poly([(gx - 4, wb), (gx + gap - 4, wb), (gx + 340, H), (gx - 260, H)], s.lin([(0, "#fff0c0", 0.75), (1, "#fff0c0", 0)]))
    s.open("g", clip_path=s.clip(f'<polygon points="{pts(road)}"/>'))
    for k in range(10):
        t0, t1 = (k / 10) ** 1.5, ((k + 0.45) / 10) ** 1.5
        y0, y1 = wb + (H - wb) * t0, wb + (H - wb) * t1
        x0 = gx + (1000 - gx) * t0
        x1 = gx + (1000 - gx) * t1
        s.poly([(x0 - 2 - 7 * t0, y0), (x0 + 2 + 7 * t0, y0), (x1 + 2 + 7 * t1, y1), (x1 - 2 - 7 * t1, y1)], "#f2ecd8", opacity="0.7")
    for _ in range(14):
        t = rng.uniform(0.05, 1)
        y = wb + (H - wb) * t
        x = gx + (1000 - gx) * t + rng.uniform(-1, 1) * (110 + 530 * t)
        d = ["M", (x, y)]
        for _ in range(4):
            x += rng.uniform(-50, 50) * t
            y += rng.uniform(4, 24) * t
            d += ["L", (x, y)]
        s.path(D(*d), "none", stroke="#4a4a46", stroke_width=n(1 + 2 * t), opacity="0.6")
        for j in range(int(2 + 5 * t)):
            hh = (5 + 26 * t) * rng.uniform(0.6, 1.2)
            gx2 = x + rng.uniform(-14, 14) * t
            s.path(D("M", (gx2, y), "q", rng.uniform(-4, 4), -hh * 0.6, rng.uniform(-8, 8), -hh), "none", stroke=rng.choice(["#7a9a50", "#8aac5c"]), stroke_width=n(1 + 1.6 * t))
    s.close()
    # the checkpoint: an empty booth, the barrier arm raised
    bx, by = gx - 420, wb + 40
    s.rect(bx - 60, by - 150, 120, 150, "#dfe6ee")
    s.rect(bx - 70, by - 166, 140, 20, "#9aa6b6")
    s.rect(bx - 40, by - 120, 80, 50, "#9fc0dc")
    s.poly([(bx - 40, by - 120), (bx - 6, by - 120), (bx - 30, by - 70), (bx - 40, by - 70)], "#ffffff", opacity="0.5")
    s.rect(bx - 60, by - 150, 120, 150, "none", stroke="#a8b4c4", stroke_width=3)
    s.rect(gx - 250, wb + 10, 26, 70, "#5a6270")
    s.open("g", transform=f"rotate(-84 {gx - 237} {wb + 22})")
    for k in range(8):
        s.rect(gx - 237 + k * 40, wb + 16, 40, 12, "#c83a2a" if k % 2 == 0 else "#f4f4f0")
    s.close()
    # verges: grass, dandelions, spring flowers
    for _ in range(220):
        t = rng.random() ** 1.2
        y = wb + (H - wb) * t
        side = rng.choice((-1, 1))
        edge = gx + (1000 - gx) * t + side * (110 + 530 * t)
        x = edge + side * rng.uniform(0, 900)
        if x < -10 or x > W + 10:
            continue
        hh = 5 + 40 * t
        s.path(D("M", (x, y), "q", -2, -hh * 0.6, -5, -hh, "M", (x, y), "q", 3, -hh * 0.5, 6, -hh * 0.9), "none",
               stroke=rng.choice(["#6a8a44", "#7e9e52", "#94b464"]), stroke_width=n(1 + 2 * t), stroke_linecap="round")
    fl = {"#f4d040": [], "#ffffff": [], "#c8b0e8": []}
    for _ in range(120):
        t = rng.random()
        y = wb + 10 + (H - wb) * t
        x = rng.uniform(0, W)
        if abs(x - (gx + (1000 - gx) * t)) < 120 + 530 * t:
            continue
        fl[rng.choice(list(fl))].append((x, y, 2 + 5 * t))
    dots(s, fl)
    glow(s, gx + 18, wb - 100, 500, "#fff0c0", 0.25)
    vignette(s, 0.3, "#4a4a60")
    return s.text()


def officer(s, x, y, sc, color, cap=True):
    """A seated officer seen from the front as a silhouette: shoulders, epaulettes, head, peaked cap."""
    s.path(D("M", (x - 62 * sc, y), "C", (x - 64 * sc, y - 50 * sc), (x - 50 * sc, y - 70 * sc), (x - 18 * sc, y - 76 * sc),
             "L", (x + 18 * sc, y - 76 * sc), "C", (x + 50 * sc, y - 70 * sc), (x + 64 * sc, y - 50 * sc), (x + 62 * sc, y), "Z"), color)
    s.rect(x - 9 * sc, y - 92 * sc, 18 * sc, 20 * sc, color)
    s.ellipse(x, y - 112 * sc, 21 * sc, 26 * sc, color)
    for o in (-1, 1):
        s.poly([(x + o * 20 * sc, y - 78 * sc), (x + o * 58 * sc, y - 70 * sc), (x + o * 66 * sc, y - 58 * sc), (x + o * 24 * sc, y - 66 * sc)], color)
    if cap:
        s.path(D("M", (x - 25 * sc, y - 124 * sc), "L", (x - 38 * sc, y - 146 * sc), "Q", (x, y - 160 * sc), (x + 38 * sc, y - 146 * sc),
                 "L", (x + 25 * sc, y - 124 * sc), "Z"), color)
        s.path(D("M", (x - 26 * sc, y - 126 * sc), "Q", (x, y - 112 * sc), (x + 26 * sc, y - 126 * sc), "Z"), color)


def ledger_shelves(s, rng, x0, x1, top, bot, rows, lit=0.0, lit_x=None):
    """A wall of shelves full of bound ledgers, years on their spines as pale label patches."""
    s.rect(x0, top, x1 - x0, bot - top, "#2a1c16")
    cols = ["#5a2a24", "#3a4a3a", "#4a3a2a", "#6a4a2e", "#2e3a4e", "#5a4a3a", "#4a2a2e"]
    rh = (bot - top) / rows
    for r in range(rows):
        y = top + r * rh
        s.rect(x0, y + rh - 14, x1 - x0, 14, "#4a3020")
        x = x0 + 10
        while x < x1 - 30:
            if rng.random() < 0.05:
                x += rng.uniform(30, 60)  # a gap where a year was taken down
                continue
            bw = rng.uniform(24, 36)
            bh = rh * rng.uniform(0.72, 0.86)
            c = rng.choice(cols)
            s.rect(x, y + rh - 14 - bh, bw - 3, bh, c)
            s.rect(x + 3, y + rh - 14 - bh * 0.78, bw - 9, bh * 0.12, "#d8c8a0", opacity="0.55")
            s.rect(x, y + rh - 14 - bh * 0.35, bw - 3, 4, "#c9a45a", opacity="0.5")
            x += bw
    for k in range(2):
        xx = x0 if k == 0 else x1 - 16
        s.rect(xx, top, 16, bot - top, "#3a261a")
    if lit_x is not None:
        # darker away from the lamp, and toward the ceiling
        near = 1 if abs(lit_x - x1) < abs(lit_x - x0) else 0
        s.rect(x0, top, x1 - x0, bot - top, s.lin([(0, "#0a0610", 0.78 if near else 0.4), (1, "#0a0610", 0.4 if near else 0.78)], 0, 0, 1, 0))
        s.rect(x0, top, x1 - x0, bot - top, s.lin([(0, "#0a0610", 0.45), (0.6, "#0a0610", 0)]))
        glow(s, lit_x, bot - 40, (x1 - x0) * 0.9, R_GOLD2, lit)


def birch(s, rng, x, base, h, w, leaves=("#a8c888", "#8ab470", "#c8dca0", "#b8d490"), lean=0.0, crown=1.0, bark="#eeeae0", crown_at=0.8):
    """A young birch: a thin white trunk with dark marks, a few twigs, a light crown of small leaves."""
    top = (x + lean * h, base - h)
    s.path(D("M", (x - w / 2, base), "Q", (x + lean * h * 0.5 - w * 0.3, base - h * 0.5), (top[0] - w * 0.12, top[1]),
             "L", (top[0] + w * 0.12, top[1]), "Q", (x + lean * h * 0.5 + w * 0.3, base - h * 0.5), (x + w / 2, base), "Z"), bark)
    s.path(D("M", (x + w * 0.1, base), "Q", (x + lean * h * 0.5 + w * 0.2, base - h * 0.5), (top[0] + w * 0.08, top[1]),
             "L", (top[0] + w * 0.12, top[1]), "Q", (x + lean * h * 0.5 + w * 0.3, base - h * 0.5), (x + w / 2, base), "Z"), "#b8b4a8", opacity="0.6")
    for _ in range(int(min(h / (w * 1.6), 11)) + 2):
        t = rng.uniform(0.02, 0.85)
        cx = x + lean * h * t * (1 - t * 0.1)
        cy = base - h * t
        ww = w * (1 - t * 0.75)
        s.rect(cx - ww / 2, cy, ww * rng.uniform(0.4, 1.0), max(1.5, w * rng.uniform(0.1, 0.28)), "#2e2c2a", opacity="0.85")
    for k in range(int(4 * crown) + 2):
        t = rng.uniform(0.45, 0.95)
        cx, cy = x + lean * h * t, base - h * t
        a = rng.choice((-1, 1)) * rng.uniform(0.5, 1.2)
        L = h * rng.uniform(0.1, 0.22)
        s.line([(cx, cy), (cx + math.sin(a) * L, cy - math.cos(a) * L)], "#5a5048", max(1.2, w * 0.18), stroke_linecap="round")
    cx, cy = x + lean * h * crown_at, base - h * crown_at
    R = h * 0.2 * crown
    leaf = {c: [] for c in leaves}
    for _ in range(int(min(130, 20 + R * 0.55))):
        a = rng.uniform(0, 2 * math.pi)
        r = R * math.sqrt(rng.random())
        px, py = cx + math.cos(a) * r * 0.95, cy + math.sin(a) * r * 1.35
        lr = max(2.0, min(R * rng.uniform(0.05, 0.1), rng.uniform(5, 9)))
        leaf[rng.choice(leaves)].append(f"M{n(px - lr)} {n(py)}a{n(lr)} {n(lr * 1.3)} 0 1 0 {n(2 * lr)} 0a{n(lr)} {n(lr * 1.3)} 0 1 0 {n(-2 * lr)} 0")
    for c, d in leaf.items():
        if d:
            s.path("".join(d), c, opacity="0.8")


def tree_mass(s, rng, base, x0, x1, hmin, hmax, colors, r=(30, 60)):
    """A soft band of woodland: overlapping round crowns standing on a line."""
    x = x0
    while x < x1:
        rr = rng.uniform(*r)
        h = rng.uniform(hmin, hmax)
        s.circle(x, base - h + rr, rr, rng.choice(colors))
        s.rect(x - rr, base - h + rr, rr * 2, h - rr + 2, rng.choice(colors))
        x += rr * rng.uniform(0.8, 1.3)


def campfire(s, rng, x, y, sc=1.0):
    """Logs, layered flames, a few sparks rising."""
    glow(s, x, y - 40 * sc, 260 * sc, "#ff9a40", 0.55)
    for a in (-25, 20, -5):
        s.open("g", transform=f"rotate({a} {n(x)} {n(y)})")
        s.rect(x - 70 * sc, y - 9 * sc, 140 * sc, 18 * sc, "#3a2418", rx=n(8 * sc))
        s.rect(x - 66 * sc, y - 7 * sc, 40 * sc, 6 * sc, "#ff8030", opacity="0.6")
        s.close()
    for (w, h, c, op) in ((58, 150, "#d8401c", 0.9), (44, 120, "#f07a24", 0.95), (30, 88, "#ffb640", 1), (16, 50, "#fff0b0", 1)):
        w, h = w * sc, h * sc
        tips = []
        k = 3
        for i in range(k):
            tx = x + (i - (k - 1) / 2) * w * 0.55 + rng.uniform(-6, 6) * sc
            tips.append((tx, y - h * rng.uniform(0.7, 1.0)))
        d = ["M", (x - w, y)]
        d += ["C", (x - w * 1.05, y - h * 0.35), (tips[0][0] - w * 0.3, y - h * 0.5), tips[0]]
        d += ["Q", ((tips[0][0] + tips[1][0]) / 2, y - h * 0.45), tips[1]]
        d += ["Q", ((tips[1][0] + tips[2][0]) / 2, y - h * 0.45), tips[2]]
        d += ["C", (tips[2][0] + w * 0.3, y - h * 0.5), (x + w * 1.05, y - h * 0.35), (x + w, y), "Z"]
        s.path(D(*d), c, opacity=n(op))
    for _ in range(26):
        sx = x + rng.gauss(0, 40 * sc)
        sy = y - rng.uniform(140, 420) * sc
        r = rng.uniform(1.5, 3.5) * sc
        s.circle(sx, sy, r, rng.choice(["#ffd070", "#ffa040", "#fff0c0"]), opacity=n(rng.uniform(0.4, 1)))


def stone_wall(s, rng, outline, lit, shade, light_from=None, rows=14):
    """A rough stone wall: an outline filled, then courses of irregular stones drawn as darker joints."""
    s.poly(outline, lit)
    clip = s.clip(f'<polygon points="{pts(outline)}"/>')
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    s.open("g", clip_path=clip)
    hgt = (y1 - y0) / rows
    d = []
    for r in range(rows + 1):
        y = y0 + r * hgt
        d += ["M", (x0, y + rng.uniform(-2, 2)), "L", (x1, y + rng.uniform(-2, 2))]
        x = x0 + rng.uniform(0, 40)
        while x < x1:
            d += ["M", (x, y), "L", (x + rng.uniform(-3, 3), y + hgt)]
            x += rng.uniform(40, 90)
    s.path(D(*d), "none", stroke=shade, stroke_width=3, opacity="0.6")
    if light_from:
        lx, ly, r = light_from
        s.rect(x0, y0, x1 - x0, y1 - y0, s.rad([(0, "#ffb060", 0.1), (0.25, "#0a0c18", 0.1), (0.55, "#0a0c18", 0.55), (0.8, "#0a0c18", 0.85), (1, "#0a0c18", 0.92)], lx, ly, r, user=True))
    s.close()


def legion_giant(s, rng, x, y, sc, color, rim, light="#8fe0ff", flip=False, gun=True):
    """A very large Legion machine standing: a heavy angular hull slung between six long spider
    legs whose knees rise above it, a sensor head with small cold lights, a long gun.
    (x, y) is the ground under its middle; it faces right unless flipped."""
    f = -1 if flip else 1

    def P(px, py):
        return (x + f * px * sc, y + py * sc)

    hb = -300  # underside of the hull
    far = mix(color, "#000000", 0.35)

    def leg(hip, knee, foot, c):
        limb(s, P(*hip), P(*knee), 44 * sc, 28 * sc, c)
        limb(s, P(*knee), P(*foot), 28 * sc, max(3, 10 * sc), c)
        kx, ky = knee
        s.poly([P(kx - 26, ky - 8), P(kx + 26, ky - 8), P(kx + 14, ky + 30), P(kx - 14, ky + 30)], c)
        fx = foot[0]
        s.poly([P(fx - 20, 0), P(fx + 20, 0), P(fx + 8, -36), P(fx - 8, -36)], c)

    for hip, knee, foot in (((-160, hb - 80), (-260, -580), (-430, 0)), ((20, hb - 90), (70, -620), (130, 0)), ((190, hb - 80), (370, -560), (590, 0))):
        leg(hip, knee, foot, far)
    hull = [(-270, hb), (-310, hb - 90), (-210, hb - 190), (80, hb - 214), (250, hb - 160), (310, hb - 70), (270, hb + 14), (-200, hb + 24)]
    s.poly([P(*q) for q in hull], color)
    s.poly([P(*q) for q in [(-310, hb - 90), (-210, hb - 190), (80, hb - 214), (250, hb - 160), (226, hb - 150), (76, hb - 196), (-204, hb - 172), (-292, hb - 86)]], rim, opacity="0.75")
    s.poly([P(*q) for q in [(-200, hb + 24), (270, hb + 14), (310, hb - 70), (200, hb - 40), (-180, hb - 20)]], mix(color, "#000000", 0.35))
    for px in (-150, -30, 90, 200):
        s.line([P(px, hb - 196 + abs(px) * 0.1), P(px + 20, hb + 10)], mix(color, "#000000", 0.45), 3 * sc)
    for k in range(3):
        px = -240 + k * 60
        s.poly([P(px, hb - 170 + k * -8), P(px + 50, hb - 184), P(px + 6, hb - 250 - k * 16)], color)
    s.line([P(-120, hb - 200), P(-150, hb - 400)], color, 5 * sc)
    s.circle(*P(-150, hb - 400), 5 * sc, "#ff5a4a")
    glow(s, *P(-150, hb - 400), 30 * sc, "#ff5a4a", 0.5)
    if gun:
        s.poly([P(*q) for q in [(-60, hb - 206), (-20, hb - 268), (150, hb - 272), (190, hb - 212)]], color)
        s.poly([P(*q) for q in [(-20, hb - 268), (150, hb - 272), (156, hb - 260), (-14, hb - 256)]], rim, opacity="0.75")
        s.poly([P(*q) for q in [(150, hb - 258), (640, hb - 290), (642, hb - 274), (160, hb - 232)]], color)
        s.poly([P(*q) for q in [(620, hb - 298), (672, hb - 300), (672, hb - 266), (620, hb - 268)]], color)
    head = [(250, hb - 160), (350, hb - 172), (392, hb - 118), (364, hb - 50), (300, hb - 40)]
    s.poly([P(*q) for q in head], color)
    for ex, ey, r in ((350, hb - 128, 8), (372, hb - 106, 5), (330, hb - 100, 4.5), (356, hb - 80, 4)):
        glow(s, *P(ex, ey), r * 8 * sc, light, 0.6)
        s.circle(*P(ex, ey), max(1.5, r * sc), "#e8fbff")
    for hip, knee, foot in (((-190, hb - 60), (-330, -600), (-520, 0)), ((0, hb - 70), (-40, -650), (-110, 0)), ((170, hb - 60), (300, -600), (480, 0))):
        leg(hip, knee, foot, color)
        s.line([P(knee[0] - 24, knee[1] - 10), P(knee[0] + 24, knee[1] - 10)], rim, 6 * sc)
    for ex in (-200, -60, 100):
        glow(s, *P(ex, hb + 6), 34 * sc, light, 0.45)
        s.circle(*P(ex, hb + 6), max(1.2, 3 * sc), "#dff8ff")


def factory_hall(s, rng, x, base, w, h, color, teeth=5, broken=None, truss=None):
    """A long factory hall side-on with a sawtooth roof; `broken` is a (from, to) fraction of its
    length where the roof has fallen in and only the trusses remain."""
    tw = w / teeth
    pts_ = [(x, base), (x, base - h)]
    for k in range(teeth):
        x0 = x + k * tw
        if broken and broken[0] <= (k + 0.5) / teeth <= broken[1]:
            pts_ += [(x0, base - h + rng.uniform(10, 60)), (x0 + tw * 0.5, base - h + rng.uniform(30, 90))]
            continue
        pts_ += [(x0, base - h), (x0 + tw * 0.8, base - h - tw * 0.45), (x0 + tw * 0.8, base - h)]
    pts_ += [(x + w, base - h), (x + w, base)]
    s.poly(pts_, color)
    if broken and truss:
        for k in range(teeth):
            if broken[0] <= (k + 0.5) / teeth <= broken[1]:
                x0 = x + k * tw
                s.line([(x0, base - h), (x0 + tw * 0.8, base - h - tw * 0.45), (x0 + tw * 0.8, base - h)], color, 5)
                s.line([(x0 + tw * 0.4, base - h), (x0 + tw * 0.8, base - h - tw * 0.45)], color, 3)
    return pts_


def chimney(s, x, base, h, w, color, band=None, broken=0):
    top = base - h
    s.poly([(x - w / 2, base), (x - w * 0.36, top + broken), (x, top), (x + w * 0.36, top), (x + w / 2, base)], color)
    if band:
        for k in (0.08, 0.16):
            s.rect(x - w * 0.38, top + h * k, w * 0.76, 6, band, opacity="0.6")


def limb(s, a, b, wa, wb, color):
    """A tapered straight segment from a (width wa) to b (width wb)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    L = math.hypot(dx, dy) or 1
    nx, ny = -dy / L, dx / L
    s.poly([(a[0] + nx * wa / 2, a[1] + ny * wa / 2), (b[0] + nx * wb / 2, b[1] + ny * wb / 2),
            (b[0] - nx * wb / 2, b[1] - ny * wb / 2), (a[0] - nx * wa / 2, a[1] - ny * wa / 2)], color)


BLOSSOM = ["#f7c9d6", "#f2b4c7", "#fbdde6", "#eaa2b9", "#fff0f4"]


def dots(s, groups):
    """Many circles as one path per colour: groups is {colour: [(x, y, r), ...]}."""
    for c, items in groups.items():
        if items:
            s.path("".join(f"M{n(x - r)} {n(y)}a{n(r)} {n(r)} 0 1 0 {n(2 * r)} 0a{n(r)} {n(r)} 0 1 0 {n(-2 * r)} 0" for x, y, r in items), c)


def cherry_tree(s, rng, x, base, sc, bark="#4a3638", spread=1.0, shade="#d98aa6"):
    """An old cherry tree in full blossom: a short gnarled trunk, low spreading limbs, a wide crown
    of blossom built from many small clusters (deep pink in the shade, nearly white in the light)."""
    top = (x + rng.uniform(-20, 20) * sc, base - 220 * sc)
    s.path(D("M", (x - 46 * sc, base), "C", (x - 30 * sc, base - 80 * sc), (x - 50 * sc, base - 150 * sc), (top[0] - 20 * sc, top[1]),
             "L", (top[0] + 24 * sc, top[1]), "C", (x + 40 * sc, base - 140 * sc), (x + 30 * sc, base - 70 * sc), (x + 52 * sc, base), "Z"), bark)
    ends = []
    for k in range(6):
        a = math.radians(-165 + k * 30 + rng.uniform(-10, 10))
        L = rng.uniform(170, 260) * sc * spread
        ex, ey = top[0] + math.cos(a) * L * 1.3, top[1] + math.sin(a) * L * 0.75
        mx, my = top[0] + math.cos(a) * L * 0.5, top[1] + math.sin(a) * L * 0.5 - 30 * sc
        s.path(D("M", (top[0] - 14 * sc, top[1] + 10 * sc), "Q", (mx, my), (ex, ey), "Q", (mx + 6 * sc, my + 16 * sc), (top[0] + 14 * sc, top[1] + 14 * sc), "Z"), bark)
        s.path(D("M", (mx, my), "q", math.cos(a) * 60 * sc, -50 * sc, math.cos(a) * 90 * sc, -40 * sc), "none", stroke=bark, stroke_width=n(5 * sc), stroke_linecap="round")
        ends.append((ex, ey))
    g = {c: [] for c in [shade] + BLOSSOM}
    base = {shade: [], BLOSSOM[1]: []}
    cx = sum(e[0] for e in ends) / len(ends)
    cy = sum(e[1] for e in ends) / len(ends)
    for ex, ey in ends + [(cx, cy - 60 * sc), (cx - 120 * sc, cy - 40 * sc), (cx + 120 * sc, cy - 50 * sc)]:
        R = rng.uniform(90, 130) * sc * spread
        base[shade].append((ex, ey + R * 0.25, R * 0.75))
        base[BLOSSOM[1]].append((ex, ey - R * 0.1, R * 0.72))
        for _ in range(int(70 + 50 * sc)):
            a = rng.uniform(0, 2 * math.pi)
            r = R * math.sqrt(rng.random())
            px, py = ex + math.cos(a) * r * 1.2, ey + math.sin(a) * r * 0.8
            rr = rng.uniform(8, 20) * sc
            lit = (py - (ey - R)) / (2 * R)  # lower = shadier
            if lit > 0.72:
                c = shade if rng.random() < 0.7 else BLOSSOM[3]
            elif lit < 0.3:
                c = rng.choice([BLOSSOM[2], BLOSSOM[4], BLOSSOM[0]])
            else:
                c = rng.choice(BLOSSOM[:4])
            g[c].append((px, py, rr))
    dots(s, base)
    # draw the shade first, the light last
    dots(s, {c: g[c] for c in [shade, BLOSSOM[3], BLOSSOM[1], BLOSSOM[0], BLOSSOM[2], BLOSSOM[4]]})
    return ends


def petals(s, rng, count, x0, y0, x1, y1, colors=("#f7c9d6", "#fbdde6", "#f2b4c7", "#ffffff"), size=(4, 9)):
    for _ in range(count):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        r = rng.uniform(*size)
        a = rng.uniform(0, 180)
        s.ellipse(x, y, r, r * 0.55, rng.choice(colors), opacity=n(rng.uniform(0.7, 1)), transform=f"rotate({n(a)} {n(x)} {n(y)})")


def people(s, rng, base, x0, x1, colors, hmin=70, hmax=110, count=30, kids=0.0):
    """Daylight passers-by in a few coat colours, some of them children."""
    for _ in range(count):
        x = rng.uniform(x0, x1)
        child = rng.random() < kids
        h = rng.uniform(hmin, hmax) * (0.6 if child else 1.0)
        person(s, x, base + rng.uniform(-3, 3), h, rng.choice(colors), rng.choice(["#e8e4dc", "#6a4a34", "#c8a470", "#3a3430"]), child=child)


def lamp_post(s, x, base, h, color="#5a6478", flag=True):
    s.rect(x - h * 0.012 - 2, base - h, h * 0.024 + 4, h, color)
    s.rect(x - h * 0.03, base - h * 0.08, h * 0.06, h * 0.08, color)
    s.path(D("M", (x, base - h), "q", h * 0.09, -h * 0.05, h * 0.15, 0), "none", stroke=color, stroke_width=n(h * 0.012 + 2))
    s.ellipse(x + h * 0.15, base - h + h * 0.02, h * 0.035, h * 0.02, color)
    if flag:
        republic_flag(s, x - h * 0.12, base - h * 0.86, h * 0.11, h * 0.32)


def person(s, x, base, h, coat, hair="#6a4a34", legs="#3a3c48", child=False):
    """A small standing figure: legs, a coat from the shoulders to the knees, a head."""
    hd = h * (0.16 if child else 0.13)
    sh = h * (0.2 if child else 0.22)
    knee = base - h * 0.3
    s.rect(x - sh * 0.5, knee - 4, sh * 0.36, h * 0.3 + 4, legs)
    s.rect(x + sh * 0.14, knee - 4, sh * 0.36, h * 0.3 + 4, legs)
    top = base - h + hd * 2
    s.path(D("M", (x - sh, knee), "L", (x - sh * 0.9, top + sh * 0.3), "Q", (x - sh * 0.85, top), (x - sh * 0.4, top), "L", (x + sh * 0.4, top),
             "Q", (x + sh * 0.85, top), (x + sh * 0.9, top + sh * 0.3), "L", (x + sh, knee), "Z"), coat)
    s.circle(x, top - hd * 0.8, hd, "#f0dccc")
    s.path(D("M", (x - hd * 1.05, top - hd * 0.7), "Q", (x - hd, top - hd * 2.1), (x, top - hd * 1.95), "Q", (x + hd, top - hd * 2.1), (x + hd * 1.05, top - hd * 0.7),
             "Q", (x, top - hd * 1.5), (x - hd * 1.05, top - hd * 0.7), "Z"), hair)


# ACT2_END


# ---------------------------------------------------------------------------------------------
# Interface: logo, title illustration, text box and name plate frames
# ---------------------------------------------------------------------------------------------
# A stencil alphabet on a 100x140 cell: strokes only, so the logo needs no font.
GLYPHS = {
    "S": [[(88, 14), (12, 14), (12, 70), (88, 70), (88, 126), (12, 126)]],
    "P": [[(12, 132), (12, 14), (88, 14), (88, 70), (12, 70)]],
    "E": [[(88, 14), (12, 14), (12, 126), (88, 126)], [(12, 70), (70, 70)]],
    "A": [[(8, 134), (50, 12), (92, 134)], [(27, 86), (73, 86)]],
    "R": [[(12, 132), (12, 14), (88, 14), (88, 70), (12, 70)], [(48, 70), (90, 132)]],
    "H": [[(12, 8), (12, 132)], [(88, 8), (88, 132)], [(12, 70), (88, 70)]],
    "D": [[(12, 14), (12, 126), (62, 126), (88, 100), (88, 40), (62, 14), (12, 14)]],
}


def wordmark(s, word, x, y, scale, color, width=20, spacing=118, **kw):
    for i, ch in enumerate(word):
        for stroke in GLYPHS[ch]:
            s.line([(x + (i * spacing + px) * scale, y + py * scale) for px, py in stroke], color, width * scale,
                   stroke_linejoin="miter", stroke_linecap="square", **kw)
    return x + (len(word) * spacing - 18) * scale


def emblem(s, cx, cy, r):
    """The squadron's mark: a silver spearhead over a crossed shovel, a red flower at its heart."""
    # the shovel, crossed behind
    s.open("g", transform=f"rotate(-35 {n(cx)} {n(cy)})")
    s.rect(cx - r * 0.06, cy - r * 0.9, r * 0.12, r * 1.5, "#6a5a40")
    s.rect(cx - r * 0.2, cy - r * 1.02, r * 0.4, r * 0.12, "#6a5a40", rx=n(r * 0.05))
    s.path(D("M", (cx - r * 0.28, cy + r * 0.55), "L", (cx + r * 0.28, cy + r * 0.55), "L", (cx + r * 0.24, cy + r * 0.95), "Q", (cx, cy + r * 1.15), (cx - r * 0.24, cy + r * 0.95), "Z"), "#8a8e94")
    s.close()
    # the spearhead
    head = [(cx, cy - r), (cx + r * 0.42, cy + r * 0.15), (cx + r * 0.2, cy + r * 0.08), (cx + r * 0.12, cy + r * 0.7), (cx, cy + r * 0.82),
            (cx - r * 0.12, cy + r * 0.7), (cx - r * 0.2, cy + r * 0.08), (cx - r * 0.42, cy + r * 0.15)]
    s.poly(head, s.lin([(0, "#f4f7fb"), (1, "#9aa6b8")], 0, 0, 1, 1), stroke="#2a3040", stroke_width=n(r * 0.05), stroke_linejoin="round")
    s.poly([(cx, cy - r), (cx, cy + r * 0.82), (cx + r * 0.12, cy + r * 0.7), (cx + r * 0.2, cy + r * 0.08), (cx + r * 0.42, cy + r * 0.15)], "#5a6478", opacity="0.35")
    fy = cy + r * 0.12
    for k in range(5):
        a = -math.pi / 2 + 2 * math.pi * k / 5
        s.ellipse(cx + math.cos(a) * r * 0.1, fy + math.sin(a) * r * 0.1, r * 0.09, r * 0.09, "#d02a30")
    s.circle(cx, fy, r * 0.05, "#f0c040")


def ui_logo():
    s = Svg(1400, 300)
    emblem(s, 150, 150, 120)
    wordmark(s, "SPEARHEAD", 300, 80, 1.0, "#1e2a40", 22, spacing=118)
    wordmark(s, "SPEARHEAD", 296, 76, 1.0, "#eef3f9", 22, spacing=118)
    s.rect(300, 240, 1040, 6, "#c83a2a")
    s.rect(300, 252, 1040, 2, "#9aa6b8")
    return s.text()


def ui_title():
    s, rng = Svg(W, H), random.Random("title")
    fill_all(s, s.lin([(0, "#04070f"), (0.5, "#121c3a"), (0.72, "#2c2c50"), (0.8, "#6a4a5a")]))
    milky_way(s, rng, (-100, 520), (2000, -60), 200, 0.8)
    stars(s, rng, 260, 640)
    # far to the west, the Republic's festival: fireworks and a glowing city beyond the wall
    for k in range(5):
        firework(s, rng, rng.uniform(120, 820), rng.uniform(330, 560), rng.uniform(36, 70), ["#ffd98a", "#8fc8ff", "#ffffff", "#ff9ab0", "#c0a0ff"][k])
    hz = 720
    glow(s, 450, hz - 20, 720, "#ffd8a0", 0.4, ry=180)
    skyline(s, rng, hz - 18, 0, 980, 40, 170, "#2e3a60", lit="#ffd98a", lit_p=0.35, wmin=30, wmax=70, gap=(0, 6))
    # the wall: a long dark line across the whole horizon, lights along its top
    s.rect(0, hz - 26, W, 34, "#1a1e2c")
    for x in range(30, W, 120):
        s.circle(x, hz - 30, 2.5, "#ffe0a0")
        glow(s, x, hz - 30, 18, "#ffe0a0", 0.5)
    s.rect(0, hz + 8, W, H - hz, s.lin([(0, "#120e18"), (1, "#050406")]))
    ruined_skyline(s, rng, hz + 10, 980, W + 20, 20, 70, "#0e0c14", 40, 100)
    band(s, hz - 200, hz + 10, "#ffb070", 0, 0.12)
    # the ridge on the right: the squadron, and their Juggernauts against the sky
    ridge = "#07060a"
    s.path(blob([(440, H + 60), (640, 930), (980, 760), (1300, 680), (1640, 640), (1980, 620), (1980, H + 60)]), ridge)
    juggernaut(s, 1720, 642, 1.0, ridge, flip=True, crouch=0.3, flat=True)
    juggernaut(s, 1460, 668, 0.8, ridge, flip=True, crouch=0.7, flat=True)
    for x, h in ((1040, 92), (1095, 86), (1150, 98), (1205, 82), (985, 88)):
        y = 762 - (x - 980) * 0.3
        s.path(D("M", (x - 22, y + 4), "Q", (x - 24, y - h * 0.7), (x, y - h * 0.72), "Q", (x + 24, y - h * 0.7), (x + 22, y + 4), "Z"), ridge)
        s.circle(x, y - h * 0.84, h * 0.14, ridge)
    s.path(D("M", (1100, 700), "l", 56, -10, "l", -10, 12, "Z"), "#9ab8c8")  # a scarf end in the wind
    # red flowers in the foreground
    for _ in range(110):
        x = rng.uniform(0, W)
        y = rng.uniform(940, H)
        sc = (y - 920) / 160
        s.circle(x, y, 4 + 7 * sc, rng.choice(["#c02a30", "#a01e28", "#d83a3a"]), opacity=n(0.5 + 0.5 * min(sc, 1)))
    vignette(s, 0.55)
    return s.text()


def ui_textbox(front):
    """The dialogue box, at the player's own proportions (layout::TEXTBOX is 1200x196)."""
    w, h = 1200, 196
    s = Svg(w, h)
    if front:
        s.rect(3, 3, w - 6, h - 6, "#16170f", opacity="0.88", rx="4")
        s.rect(3, 3, w - 6, h - 6, "none", stroke="#6a6b44", stroke_width=3, rx="4")
        s.rect(11, 11, w - 22, h - 22, "none", stroke="#3a3b28", stroke_width=1.5)
        for x, y, dx, dy in ((11, 11, 1, 1), (w - 11, 11, -1, 1), (11, h - 11, 1, -1), (w - 11, h - 11, -1, -1)):
            s.line([(x, y + dy * 28), (x, y), (x + dx * 28, y)], "#c8783a", 5)
            s.circle(x + dx * 17, y + dy * 17, 3, "#8a8a66")
    else:
        s.rect(3, 3, w - 6, h - 6, "#f6f8fc", opacity="0.92", rx="10")
        s.rect(3, 3, w - 6, h - 6, "none", stroke="#9fb2ca", stroke_width=3, rx="10")
        s.rect(12, 12, w - 24, h - 24, "none", stroke="#d9c27a", stroke_width=1.5, rx="6")
        for x, y in ((12, 12), (w - 12, 12), (12, h - 12), (w - 12, h - 12)):
            s.path(D("M", (x - 6, y), "L", (x, y - 6), "L", (x + 6, y), "L", (x, y + 6), "Z"), "#d9c27a")
        s.rect(3, 3, w - 6, 6, "#608cc8", opacity="0.9", rx="3")
    return s.text()


def ui_nameplate(front):
    """The name plate, at the player's own proportions (layout::NAME_PLATE is 260x48)."""
    w, h = 260, 48
    s = Svg(w, h)
    if front:
        s.poly([(2, 2), (w - 12, 2), (w - 2, 12), (w - 2, h - 2), (2, h - 2)], "#2a2c1c", stroke="#6a6b44", stroke_width=2.5)
        for k in range(3):
            s.poly([(10 + k * 11, h - 2), (17 + k * 11, h - 2), (24 + k * 11, h - 11), (17 + k * 11, h - 11)], "#c8a040", opacity="0.9")
        s.rect(2, 2, 6, h - 4, "#c8783a")
    else:
        s.rect(2, 2, w - 4, h - 4, "#233654", rx="7", stroke="#c9d4e2", stroke_width=2.5)
        s.rect(7, 7, w - 14, h - 14, "none", rx="4", stroke="#d9c27a", stroke_width=1.2)
        s.rect(2, 2, 8, h - 4, "#608cc8", rx="4")
    return s.text()


def ui_button(front, hover=False):
    s = Svg(480, 96)
    if front:
        fill = "#3a3c26" if hover else "#24261a"
        s.poly([(2, 2), (462, 2), (478, 18), (478, 94), (18, 94), (2, 78)], fill, stroke="#c8783a" if hover else "#6a6b44", stroke_width=3)
        s.rect(2, 30, 6, 36, "#c8783a")
    else:
        s.rect(2, 2, 476, 92, "#dfe8f3" if hover else "#f6f8fc", rx="46", stroke="#608cc8" if hover else "#9fb2ca", stroke_width=3)
        s.rect(10, 10, 460, 76, "none", rx="38", stroke="#d9c27a", stroke_width=1.5)
    return s.text()


def ui_panel(front):
    """A menu panel (saves, settings, backlog): a larger, quieter frame than the text box."""
    s = Svg(1200, 800)
    if front:
        s.rect(4, 4, 1192, 792, "#121309", opacity="0.92", rx="4")
        s.rect(4, 4, 1192, 792, "none", stroke="#6a6b44", stroke_width=4, rx="4")
        for x, y, dx, dy in ((16, 16, 1, 1), (1184, 16, -1, 1), (16, 784, 1, -1), (1184, 784, -1, -1)):
            s.line([(x, y + dy * 44), (x, y), (x + dx * 44, y)], "#c8783a", 6)
    else:
        s.rect(4, 4, 1192, 792, "#f6f8fc", opacity="0.95", rx="18")
        s.rect(4, 4, 1192, 792, "none", stroke="#9fb2ca", stroke_width=4, rx="18")
        s.rect(18, 18, 1164, 764, "none", stroke="#d9c27a", stroke_width=2, rx="10")
        s.rect(4, 4, 1192, 10, "#608cc8", rx="5")
    return s.text()


# ---------------------------------------------------------------------------------------------
# What is written where
# ---------------------------------------------------------------------------------------------
BACKGROUNDS = {
    # used by the story (story/story.toml)
    "lena_apartment": bg_lena_apartment,
    "hq_corridor": bg_hq_corridor,
    "control_room": bg_control_room,
    "cafe": bg_cafe,
    "lab": bg_lab,
    "karlstahl_house": bg_karlstahl_house,
    "archives": bg_archives,
    "plaza": bg_plaza,
    "annette_balcony": bg_annette_balcony,
    "hangar": bg_hangar,
    "barracks": bg_barracks,
    "battlefield": bg_battlefield,
    "graves": bg_graves,
    "night_sky": bg_night_sky,
    "cockpit": bg_cockpit,
    # places the issue asks for that the story does not use yet
    "ruined_city": bg_ruined_city,
    "flower_field": bg_flower_field,
    "minefield_wall": bg_minefield_wall,
    "lena_office": bg_lena_office,
    "boulevard_festival": bg_boulevard_festival,
    # time-of-day and mood variants
    "lena_apartment_night": lambda: bg_lena_apartment(night=True),
    "hangar_night": lambda: bg_hangar(night=True),
    "barracks_night": lambda: bg_barracks(night=True),
    "battlefield_night": lambda: bg_battlefield(night=True),
    "control_room_alert": lambda: bg_control_room(alert=True),
    "barracks_dusk": lambda: bg_barracks(dusk=True),
    # Act II
    "hearing_room": bg_hearing_room,
    "karlstahl_study": bg_karlstahl_study,
    "lab_night": lambda: bg_lab(night=True),
    "forest_road": bg_forest_road,
    "camp_night": bg_camp_night,
    "legion_nest": bg_legion_nest,
    "cherry_hill": bg_cherry_hill,
    "wall_gate": bg_wall_gate,
}

UI = {
    "title": ui_title,
    "logo": ui_logo,
    "textbox_republic": lambda: ui_textbox(front=False),
    "textbox_front": lambda: ui_textbox(front=True),
    "nameplate_republic": lambda: ui_nameplate(front=False),
    "nameplate_front": lambda: ui_nameplate(front=True),
    "button_republic": lambda: ui_button(front=False),
    "button_republic_hover": lambda: ui_button(front=False, hover=True),
    "button_front": lambda: ui_button(front=True),
    "button_front_hover": lambda: ui_button(front=True, hover=True),
    "panel_republic": lambda: ui_panel(front=False),
    "panel_front": lambda: ui_panel(front=True),
}


def make_backgrounds():
    return [write(f"backgrounds/{name}.svg", draw()) for name, draw in BACKGROUNDS.items()]


def make_ui():
    return [write(f"ui/{name}.svg", draw()) for name, draw in UI.items()]


def main(argv):
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    written = []
    if only in (None, "backgrounds"):
        written += make_backgrounds()
    if only in (None, "characters"):
        written += make_characters()
    if only in (None, "ui"):
        written += make_ui()
    if only in (None, "cg"):
        written += make_cgs()
    total = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} SVG files, {total / 1024:.0f} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
