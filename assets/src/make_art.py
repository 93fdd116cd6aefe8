#!/usr/bin/env python3
"""Generates all the original vector art of the bundled story (Python 3 standard library only).

Writes SVG text, deterministically (every random choice comes from a seeded generator):

  assets/backgrounds/*.svg          1920x1080 scenes, one function per place
  assets/characters/<who>/<expr>.svg 600x1200 sprites, transparent, one shared drawing function
  assets/ui/*.svg                   title illustration, logo; text box, name plate, button and
                                    menu panel frames in two themes (9-slice friendly: plain
                                    edges, ornaments only in the corners)

Style: flat-shaded vector with atmospheric gradients, like a modern minimal poster. Two palettes:
the Republic (pale blue, white, silver, warm gold light) and the 86th Sector (olive, rust, dust,
cold blue night, orange dusk). No <text> anywhere: resvg does not need fonts to draw these.

This script only writes SVG files. Music and sound come from other scripts in this folder, and
make_placeholders.py no longer writes art, so re-running either never overwrites the other.

Run from anywhere:  python3 assets/src/make_art.py   (or with --only backgrounds|characters|ui)
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
# Characters
# ---------------------------------------------------------------------------------------------
EXPRESSIONS = ["neutral", "smile", "sad", "angry", "worried", "surprised"]

# brow: (inner dy, outer dy, arch); eyes: openness, upper lid drop at inner and outer end,
# lower lid lift, iris size; mouth; extras.
EXPR = {
    "neutral": dict(brow=(0, 0, 3), open=1.0, lid_in=0, lid_out=0, lift=0, iris=1.0, blush=0.0),
    "smile": dict(brow=(-5, -2, 6), open=0.9, lid_in=0, lid_out=2, lift=9, iris=1.0, blush=0.35),
    "sad": dict(brow=(-15, 5, -3), open=0.8, lid_in=-1, lid_out=8, lift=2, iris=1.0, blush=0.0),
    "angry": dict(brow=(13, -7, -2), open=0.8, lid_in=9, lid_out=-1, lift=3, iris=0.92, blush=0.0),
    "worried": dict(brow=(-13, 4, 0), open=0.97, lid_in=-1, lid_out=4, lift=0, iris=0.95, blush=0.0),
    "surprised": dict(brow=(-17, -13, 9), open=1.2, lid_in=0, lid_out=0, lift=-3, iris=0.74, blush=0.15),
}

INK = "#2a2230"
MOUTH = "#7a3438"


def outline_of(c):
    return mix(c, INK, 0.6)


def draw_eye(s, ex, ey, o, C, E):
    """One eye; o = -1 for the eye on the left of the picture, +1 for the right."""
    w = C["eye_w"]
    h0 = C["eye_h"]
    h = h0 * E["open"]
    inner = (ex - o * w, ey + 3)
    outer = (ex + o * w, ey - C["eye_tilt"])
    up_in = (ex - o * w * 0.55, ey - h + E["lid_in"])
    up_out = (ex + o * w * 0.5, ey - h * 1.02 + E["lid_out"])
    low = ey + h * 0.62 - E["lift"]
    white = D("M", inner, "C", up_in, up_out, outer, "C", (ex + o * w * 0.55, low), (ex - o * w * 0.45, low), inner, "Z")
    clip = s.clip(f'<path d="{white}"/>')
    s.path(white, "#fbfbfd")
    s.open("g", clip_path=clip)
    s.ellipse(ex, ey - h0 * 0.1, w * 1.2, h0 * 0.35, "#c9cfdd")  # lid shadow on the white
    ix, iy = ex + o * 1.5, ey + h0 * 0.02
    rx, ry = w * 0.56 * E["iris"], h0 * 0.78 * E["iris"]
    iris = s.lin([(0, dark(C["eyes"], 0.55)), (0.55, C["eyes"]), (1, light(C["eyes"], 0.45))])
    s.ellipse(ix, iy, rx, ry, iris, stroke=dark(C["eyes"], 0.6), stroke_width=2)
    s.ellipse(ix, iy + ry * 0.05, rx * 0.45, ry * 0.5, dark(C["eyes"], 0.7))
    s.ellipse(ix - 6, iy - ry * 0.42, 5.5, 6.5, "#ffffff")
    s.circle(ix + 6, iy + ry * 0.4, 2.6, "#ffffff", opacity="0.85")
    s.close()
    # upper lash line: a crescent, thicker toward the outer corner
    t = C["lash"]
    lash = D(
        "M", (inner[0] - o * 2, inner[1] + 1), "C", up_in, up_out, outer,
        "L", (outer[0] + o * (4 + t), outer[1] - 2 - t * 0.6),
        "C", (up_out[0] + o * 2, up_out[1] - t - 1), (up_in[0], up_in[1] - t * 0.6), (inner[0] - o * 1, inner[1] - 3), "Z",
    )
    s.path(lash, C["lash_col"], stroke=C["lash_col"], stroke_width=1.5, stroke_linejoin="round")
    s.path(
        D("M", (outer[0] - o * 2, outer[1] + 6), "C", (ex + o * w * 0.55, low + 1), (ex + o * w * 0.1, low + 2), (ex - o * w * 0.2, low + 1)),
        "none", stroke=C["lash_col"], stroke_width=2, stroke_linecap="round", opacity="0.55",
    )
    # lid crease
    s.path(
        D("M", (ex - o * w * 0.35, ey - h - 9 + E["lid_in"] * 0.6), "Q", (ex + o * w * 0.4, ey - h - 13 + E["lid_out"] * 0.6), (outer[0] + o * 3, outer[1] - 10)),
        "none", stroke=C["lash_col"], stroke_width=1.6, stroke_linecap="round", opacity="0.35",
    )


def draw_brow(s, ex, ey, o, C, E):
    bi, bo, arch = E["brow"]
    bi += C.get("brow_bias", 0)
    by = ey - C["brow_gap"]
    inner = (ex - o * 22, by + bi)
    outer = (ex + o * 30, by + 7 + bo)
    mid = ((inner[0] + outer[0]) / 2, min(inner[1], outer[1]) - arch - 3)
    thick = C["brow_w"]
    d = D(
        "M", inner, "Q", mid, outer,
        "Q", (mid[0], mid[1] + thick * 0.9), (inner[0], inner[1] + thick), "Z",
    )
    if C.get("brow_halo"):
        # over dark hair, a thin skin-coloured edge keeps the brow readable
        s.path(d, "none", stroke=light(C["skin"], 0.2), stroke_width=6, stroke_linejoin="round", opacity="0.9")
    s.path(d, C["brow_col"], stroke=C["brow_col"], stroke_width=2.5, stroke_linejoin="round")


def draw_mouth(s, cx, my, expr, C):
    line = dict(fill="none", stroke=MOUTH, stroke_width=3.4, stroke_linecap="round")
    loud = C["loud"]
    if expr == "neutral":
        s.path(D("M", (cx - 13, my), "Q", (cx, my + 3), (cx + 13, my - 1)), **line)
    elif expr == "smile" and C.get("smirk"):
        # a lopsided grin: one corner pulled up
        d = D("M", (cx - 20, my - 1), "Q", (cx - 2, my + 8), (cx + 24, my - 12), "Q", (cx + 6, my + 18), (cx - 20, my - 1), "Z")
        s.path(d, "#8e3a42", stroke=MOUTH, stroke_width=2.5, stroke_linejoin="round")
        cl = s.clip(f'<path d="{d}"/>')
        s.path(D("M", (cx - 18, my), "Q", (cx, my + 7), (cx + 22, my - 10), "L", (cx + 20, my - 4), "Q", (cx, my + 11), (cx - 16, my + 3), "Z"), "#ffffff", clip_path=cl)
        s.path(D("M", (cx + 22, my - 12), "q", 6, -2, 8, -7), "none", stroke=MOUTH, stroke_width=2.4, stroke_linecap="round")
    elif expr == "smile":
        if loud:
            d = D("M", (cx - 24, my - 5), "Q", (cx, my + 4), (cx + 24, my - 6), "Q", (cx + 2, my + 24), (cx - 24, my - 5), "Z")
            s.path(d, "#8e3a42", stroke=MOUTH, stroke_width=2.5, stroke_linejoin="round")
            cl = s.clip(f'<path d="{d}"/>')
            s.ellipse(cx + 2, my + 18, 14, 8, "#e27d80", clip_path=cl)
            s.path(D("M", (cx - 20, my - 3), "Q", (cx, my + 4), (cx + 20, my - 4), "L", (cx + 17, my + 2), "Q", (cx, my + 8), (cx - 17, my + 2), "Z"), "#ffffff", clip_path=cl)
        else:
            s.path(D("M", (cx - 19, my - 4), "Q", (cx, my + 9), (cx + 19, my - 5)), **line)
    elif expr == "sad":
        s.path(D("M", (cx - 15, my + 5), "Q", (cx, my - 5), (cx + 15, my + 5)), **line)
    elif expr == "angry":
        if loud:
            d = D("M", (cx - 21, my + 3), "Q", (cx, my - 7), (cx + 21, my + 3), "Q", (cx + 14, my + 15), (cx, my + 15), "Q", (cx - 14, my + 15), (cx - 21, my + 3), "Z")
            s.path(d, "#8e3a42", stroke=MOUTH, stroke_width=2.5, stroke_linejoin="round")
            cl = s.clip(f'<path d="{d}"/>')
            s.rect(cx - 22, my - 8, 44, 9, "#ffffff", clip_path=cl)
            s.rect(cx - 22, my + 10, 44, 8, "#f3eef0", clip_path=cl)
        else:
            s.path(D("M", (cx - 16, my + 4), "Q", (cx - 4, my - 3), (cx + 16, my + 1)), **line)
            s.path(D("M", (cx - 17, my + 7), "L", (cx - 12, my + 3)), **line)
    elif expr == "worried":
        s.path(D("M", (cx - 15, my + 3), "Q", (cx - 8, my - 3), (cx - 1, my + 1), "Q", (cx + 7, my + 5), (cx + 14, my - 1)), **line)
    elif expr == "surprised":
        d = D("M", (cx, my - 9), "C", (cx + 13, my - 9), (cx + 12, my + 17), (cx, my + 17), "C", (cx - 12, my + 17), (cx - 13, my - 9), (cx, my - 9), "Z")
        s.path(d, "#8e3a42", stroke=MOUTH, stroke_width=2.5)
        cl = s.clip(f'<path d="{d}"/>')
        s.ellipse(cx, my + 15, 9, 6, "#e27d80", clip_path=cl)


def draw_face(s, C, expr):
    cx, cy = C["cx"], C["cy"]
    E = EXPR[expr]
    W = C["face_w"]
    jaw = C["jaw"]
    skin = C["skin"]
    # ears
    for o in (-1, 1):
        s.ellipse(cx + o * (W - 2), cy + 22, 14, 24, dark(skin, 0.08), stroke=outline_of(skin), stroke_width=3)
    face = D(
        "M", (cx - W, cy - 70), "C", (cx - W - 4, cy + 10), (cx - W + 2, cy + 60), (cx - W + jaw, cy + 100),
        "Q", (cx - 24, cy + 140), (cx, cy + 143), "Q", (cx + 24, cy + 140), (cx + W - jaw, cy + 100),
        "C", (cx + W - 2, cy + 60), (cx + W + 4, cy + 10), (cx + W, cy - 70), "Q", (cx, cy - 120), (cx - W, cy - 70), "Z",
    )
    s.path(face, s.lin([(0, light(skin, 0.1)), (1, skin)]), stroke=outline_of(skin), stroke_width=3.5, stroke_linejoin="round")
    C["_face"] = face
    # soft shade on the far side of the face (light from the upper left)
    cl = s.clip(f'<path d="{face}"/>')
    s.path(D("M", (cx + W - 26, cy - 80), "C", (cx + W - 34, cy + 20), (cx + W - 40, cy + 80), (cx + 10, cy + 150), "L", (cx + W + 20, cy + 150), "L", (cx + W + 20, cy - 80), "Z"), dark(skin, 0.12), opacity="0.5", clip_path=cl)
    if C.get("age"):
        lc = dict(fill="none", stroke=dark(skin, 0.35), stroke_width=2.2, stroke_linecap="round", opacity="0.6")
        for o in (-1, 1):
            s.path(D("M", (cx + o * 30, cy + 58), "Q", (cx + o * 40, cy + 80), (cx + o * 34, cy + 100)), **lc)
            s.path(D("M", (cx + o * 64, cy + 42), "Q", (cx + o * 56, cy + 50), (cx + o * 48, cy + 50)), **lc)
    b = E["blush"] * C.get("blush_k", 1.0)
    if b > 0.05:
        for o in (-1, 1):
            s.ellipse(cx + o * 54, cy + 66, 22, 9, "#f08a8a", opacity=n(b))
            if b >= 0.3:
                for k in range(3):
                    x = cx + o * 54 + (k - 1) * 9
                    s.path(D("M", (x - 2, cy + 71), "L", (x + 3, cy + 61)), "none", stroke="#d8606a", stroke_width=1.6, opacity="0.6")
    # nose
    s.path(D("M", (cx + 5, cy + 50), "Q", (cx + 7, cy + 60), (cx + 1, cy + 64)), "none", stroke=dark(skin, 0.35), stroke_width=2.4, stroke_linecap="round")
    ey = cy + 22
    for o in (-1, 1):
        draw_eye(s, cx + o * C["eye_dx"], ey, o, C, E)
    draw_mouth(s, cx + 2, cy + 96, expr, C)
    if C.get("moustache"):
        m = C["hair_shade"]
        s.path(D("M", (cx, cy + 78), "C", (cx - 14, cy + 70), (cx - 34, cy + 74), (cx - 40, cy + 90), "C", (cx - 26, cy + 84), (cx - 12, cy + 86), (cx, cy + 84),
                 "C", (cx + 12, cy + 86), (cx + 26, cy + 84), (cx + 40, cy + 90), "C", (cx + 34, cy + 74), (cx + 14, cy + 70), (cx, cy + 78), "Z"),
               m, stroke=outline_of(m), stroke_width=2)
    return ey


def draw_extras(s, C, expr, ey):
    cx, cy = C["cx"], C["cy"]
    E = EXPR[expr]
    for o in (-1, 1):
        draw_brow(s, cx + o * C["eye_dx"], ey, o, C, E)
    if expr == "worried":
        x, y = cx + C["face_w"] + 14, cy - 40
        s.path(D("M", (x, y - 24), "Q", (x + 14, y), (x + 11, y + 8), "A", 11, 11, 0, 1, 1, (x - 11, y + 8), "Q", (x - 14, y), (x, y - 24), "Z"), "#bfe3f7", stroke="#6fa8c8", stroke_width=2.5)
        s.ellipse(x - 4, y + 6, 3, 5, "#ffffff")
    if expr == "sad":
        x, y = cx - C["eye_dx"] - 14, ey + 20
        s.path(D("M", (x, y), "Q", (x - 7, y + 14), (x, y + 20), "Q", (x + 7, y + 14), (x, y), "Z"), "#cfeaff", stroke="#8fbcd8", stroke_width=1.5, opacity="0.9")
    if expr == "angry":
        pass


# --- hair -------------------------------------------------------------------------------------
def hair_fill(s, C):
    h = C["hair"]
    return s.lin([(0, light(h, 0.12)), (0.5, h), (1, dark(h, 0.18))])


def hair_path(s, C, points, shade=False):
    if C.get("_cast_pending") and not shade:
        # the fringe casts a soft shadow on the forehead
        C["_cast_pending"] = False
        s.open("g", clip_path=s.clip(f'<path d="{C["_face"]}"/>'))
        s.path(blob([(q[0] + 4, q[1] + 12) + tuple(q[2:]) for q in points]), dark(C["skin"], 0.16), opacity="0.75")
        s.close()
    fill = C["hair_shade"] if shade else hair_fill(s, C)
    s.path(blob(points), fill, stroke=outline_of(C["hair"]), stroke_width=3.5, stroke_linejoin="round")


def hair_shine(s, C, y, width=150, thick=12):
    """The glossy band across the crown."""
    cx = C["cx"]
    hl = light(C["hair"], 0.45)
    s.path(
        D("M", (cx - width / 2, y + 10), "Q", (cx, y - 14), (cx + width / 2, y + 10), "Q", (cx + width / 2 - 8, y + 10 + thick * 0.6), (cx + width / 2 - 16, y + 10 + thick),
          "Q", (cx, y - 14 + thick * 1.3), (cx - width / 2 + 14, y + 10 + thick), "Z"),
        hl, opacity="0.55",
    )


def strands(s, C, lines):
    """Thin darker lines inside hair masses."""
    for pl in lines:
        s.path(D("M", pl[0], "Q", pl[1], pl[2]), "none", stroke=outline_of(C["hair"]), stroke_width=2, stroke_linecap="round", opacity="0.45")


def hair_back(s, C):
    st = C["style"]
    R = lambda p: at((C["cx"], C["cy"]), p)  # noqa: E731
    if st in ("long", "long_soft"):
        wave = 14 if st == "long_soft" else 0
        length = C.get("hair_len", 760)
        half = [(0, -168), (112, -140), (162, -40), (180 + wave, 140), (192, 380), (206 + wave, 560), (214, length - 60),
                (196, length, "s"), (176, length - 70), (156, length + 20, "s"), (128, length - 60), (90, length - 10, "s"), (60, length - 90), (0, length - 90)]
        hair_path(s, C, R(mirror(half)), shade=True)
    elif st == "bob":
        hair_path(s, C, R(mirror([(0, -182), (124, -146), (154, -20), (160, 110), (150, 168, "s"), (100, 150), (0, 150)])), shade=True)
    elif st == "messy":
        hair_path(s, C, R(mirror([(0, -182), (122, -140), (148, -40), (150, 60), (142, 132, "s"), (120, 92), (110, 156, "s"), (80, 120), (0, 120)])), shade=True)
    elif st == "spiky":
        hair_path(s, C, R(mirror([(0, -190), (112, -150), (140, -50), (134, 10), (118, 40, "s"), (90, 20), (0, 20)])), shade=True)
    elif st == "tousled":
        hair_path(s, C, R(mirror([(0, -186), (126, -146), (150, -40), (148, 50), (132, 100, "s"), (110, 70), (0, 70)])), shade=True)
    elif st == "short_girl":
        hair_path(s, C, R(mirror([(0, -182), (124, -148), (152, -30), (154, 90), (140, 158, "s"), (112, 120), (0, 120)])), shade=True)
    elif st == "ponytail":
        hair_path(s, C, R([(60, -150), (150, -178), (214, -120), (238, 10), (232, 190), (206, 400, "s"), (192, 250), (176, 330, "s"), (160, 160), (140, 0), (110, -80)]), shade=True)
        hair_path(s, C, R(mirror([(0, -178), (116, -146), (134, -40), (124, 36, "s"), (0, 36)])), shade=True)
    elif st in ("old", "slick"):
        hair_path(s, C, R(mirror([(0, -174), (116, -140), (130, -40), (118, 14, "s"), (0, 14)])), shade=True)


def hair_front(s, C):
    st = C["style"]
    R = lambda p: at((C["cx"], C["cy"]), p)  # noqa: E731
    shine_y = C["cy"] - 150
    if st in ("long", "long_soft"):
        soft = st == "long_soft"
        front = [(-116, 40), (-114, -70), (-78, -148), (0, -178), (80, -148), (116, -70), (116, 40),
                 (104, 84, "s"), (94, 0), (82, 38, "s"), (66, -30), (52, 2, "s"), (36, -46), (22, 22, "s"), (4, -40),
                 (-10, 8, "s"), (-30, -50), (-46, 12, "s"), (-62, -28), (-80, 32, "s"), (-96, -4), (-106, 84, "s")]
        if soft:
            front = [(-116, 40), (-114, -70), (-78, -148), (0, -178), (80, -148), (116, -70), (116, 40),
                     (104, 90, "s"), (92, 0), (80, 24, "s"), (60, -30), (36, -8, "s"), (14, -44), (-4, 8, "s"), (-20, -44),
                     (-40, -6, "s"), (-60, -36), (-80, 22, "s"), (-98, -4), (-106, 90, "s")]
        hair_path(s, C, R(front))
        lock = [(-100, -40), (-124, 60), (-140, 250), (-150, 440, "s"), (-118, 290), (-94, 120), (-86, 0)]
        if soft:
            lock = [(-100, -40), (-128, 70), (-134, 200), (-150, 330), (-140, 470, "s"), (-120, 330), (-108, 200), (-92, 100), (-86, 0)]
        hair_path(s, C, R(lock))
        hair_path(s, C, R([(-q[0], q[1]) + tuple(q[2:]) for q in lock]))
        strands(s, C, [R([(-60, -120), (-40, -80), (-44, -30)]), R([(40, -128), (30, -80), (36, -30)]), R([(-126, 150), (-130, 250), (-138, 380)]), R([(126, 150), (130, 250), (138, 380)])])
        hair_shine(s, C, shine_y, 150)
    elif st == "bob":
        front = [(-122, 60), (-118, -70), (-80, -150), (0, -178), (82, -150), (120, -70), (124, 60), (130, 154, "s"), (106, 96), (98, 30),
                 (88, -8, "s"), (72, -22), (54, -6, "s"), (36, -22), (18, -4, "s"), (0, -22), (-18, -4, "s"), (-36, -22), (-54, -6, "s"),
                 (-72, -22), (-88, -8, "s"), (-98, 30), (-106, 96), (-128, 154, "s")]
        hair_path(s, C, R(front))
        strands(s, C, [R([(-104, 40), (-112, 90), (-120, 140)]), R([(104, 40), (112, 90), (120, 140)]), R([(-50, -130), (-30, -90), (-30, -40)])])
        hair_shine(s, C, shine_y, 150)
    elif st == "messy":
        front = [(-124, 40, "s"), (-134, -40), (-102, -140), (-30, -184), (40, -180), (106, -140), (136, -40), (128, 50, "s"), (108, 8),
                 (100, 72, "s"), (86, -10), (66, 40, "s"), (52, -40), (32, 14, "s"), (18, -46), (0, 36, "s"), (-14, -44), (-34, 10, "s"),
                 (-52, -38), (-70, 30, "s"), (-86, -14), (-102, 66, "s"), (-106, 0)]
        hair_path(s, C, R(front))
        strands(s, C, [R([(-60, -130), (-40, -80), (-34, -20)]), R([(30, -140), (24, -80), (30, -10)]), R([(90, -110), (96, -60), (88, 0)])])
        hair_shine(s, C, shine_y, 140)
    elif st == "spiky":
        front = [(-118, 30, "s"), (-128, -50), (-148, -112, "s"), (-106, -134), (-116, -196, "s"), (-66, -170), (-42, -226, "s"), (-10, -182),
                 (28, -228, "s"), (48, -178), (98, -202, "s"), (102, -150), (146, -122, "s"), (128, -60), (122, 30, "s"), (104, -12), (90, 18, "s"),
                 (70, -36), (50, -6, "s"), (30, -48), (10, -14, "s"), (-12, -50), (-32, -12, "s"), (-54, -46), (-76, -8, "s"), (-94, -32),
                 (-106, 20, "s"), (-110, -22)]
        hair_path(s, C, R(front))
        strands(s, C, [R([(-60, -150), (-50, -110), (-40, -60)]), R([(20, -170), (16, -120), (20, -60)])])
        hair_shine(s, C, shine_y - 6, 130)
    elif st == "tousled":
        front = [(-126, 50, "s"), (-136, -40), (-106, -146), (-20, -190), (70, -174), (124, -120), (140, -30), (132, 64, "s"), (114, 10),
                 (106, 50, "s"), (90, -16), (72, 20, "s"), (44, -38), (8, 4, "s"), (-18, -40), (-52, -2, "s"), (-66, -42), (-94, 24, "s"), (-108, -10)]
        hair_path(s, C, R(front))
        hair_path(s, C, R([(-8, -184), (16, -228, "s"), (28, -200), (56, -214, "s"), (44, -180)]))
        strands(s, C, [R([(-70, -130), (-40, -90), (-30, -40)]), R([(40, -150), (60, -100), (70, -40)])])
        hair_shine(s, C, shine_y, 140)
    elif st == "short_girl":
        front = [(-124, 70), (-126, -50), (-96, -148), (-10, -184), (80, -160), (124, -90), (130, 20), (134, 150, "s"), (112, 100), (104, 40),
                 (90, -2, "s"), (76, -40), (58, 6, "s"), (40, -40), (22, -4, "s"), (4, -44), (-16, 0, "s"), (-36, -42), (-54, -6, "s"),
                 (-72, -38), (-90, 4, "s"), (-102, 40), (-108, 110), (-130, 152, "s")]
        hair_path(s, C, R(front))
        strands(s, C, [R([(-110, 40), (-114, 90), (-122, 140)]), R([(110, 40), (116, 90), (124, 140)]), R([(-40, -140), (-30, -90), (-34, -40)])])
        hair_shine(s, C, shine_y, 150)
        x, y = C["cx"] - 78, C["cy"] - 62
        s.path(D("M", (x - 20, y - 14), "L", (x + 18, y + 4), "L", (x + 14, y + 12), "L", (x - 24, y - 6), "Z"), C.get("clip", "#d9542c"), stroke=INK, stroke_width=2)
    elif st == "ponytail":
        front = [(-120, 40, "s"), (-124, -60), (-92, -150), (0, -178), (92, -150), (124, -60), (120, 40, "s"), (106, 0), (98, 54, "s"), (86, -20),
                 (60, -34), (30, -46), (12, -6, "s"), (0, -60), (-12, -6, "s"), (-30, -46), (-60, -34), (-86, -20), (-98, 54, "s"), (-106, 0)]
        hair_path(s, C, R(front))
        strands(s, C, [R([(-8, -150), (-4, -100), (-2, -66)]), R([(-60, -130), (-80, -80), (-90, -20)]), R([(60, -130), (80, -80), (90, -20)])])
        hair_shine(s, C, shine_y, 150)
        x, y = C["cx"] + 116, C["cy"] - 150
        s.path(D("M", (x - 16, y - 18), "L", (x + 14, y - 30), "L", (x + 24, y - 4), "L", (x - 6, y + 8), "Z"), C.get("clip", "#c0303a"), stroke=INK, stroke_width=2)
    elif st == "old":
        front = [(-112, 40, "s"), (-122, -40), (-102, -130), (-30, -172), (50, -168), (108, -128), (124, -40), (116, 40, "s"), (102, -20),
                 (88, -72), (50, -98), (0, -104), (-50, -98), (-88, -72), (-100, -20)]
        hair_path(s, C, R(front))
        strands(s, C, [R([(-80, -110), (-40, -140), (10, -150)]), R([(-60, -90), (-10, -122), (50, -130)]), R([(0, -100), (50, -118), (96, -100)])])
        hair_shine(s, C, shine_y - 4, 120, 9)
    elif st == "slick":
        front = [(-112, 40, "s"), (-122, -40), (-102, -138), (-30, -178), (50, -174), (110, -132), (126, -40), (118, 40, "s"), (104, -20),
                 (90, -66), (40, -88), (-10, -82), (-46, -46, "s"), (-54, -76), (-90, -56), (-104, -10)]
        hair_path(s, C, R(front))
        strands(s, C, [R([(-90, -90), (-40, -130), (30, -140)]), R([(-50, -70), (10, -110), (80, -110)])])
        hair_shine(s, C, shine_y - 4, 130, 10)


# --- body and clothes -------------------------------------------------------------------------
def torso_path(C):
    cx, sw, nw, top = C["cx"], C["shoulder"], C["neck"], C["cy"] + 245
    return D(
        "M", (cx - nw - 14, top), "C", (cx - sw * 0.55, top + 6), (cx - sw + 6, top + 14), (cx - sw - 4, top + 62),
        "C", (cx - sw - 14, top + 112), (cx - sw - 18, top + 300), (cx - sw - 16, 1210),
        "L", (cx + sw + 16, 1210), "C", (cx + sw + 18, top + 300), (cx + sw + 14, top + 112), (cx + sw + 4, top + 62),
        "C", (cx + sw - 6, top + 14), (cx + sw * 0.55, top + 6), (cx + nw + 14, top), "Z",
    )


def draw_neck(s, C):
    cx, cy, nw, skin = C["cx"], C["cy"], C["neck"], C["skin"]
    s.path(D("M", (cx - nw, cy + 90), "L", (cx - nw - 3, cy + 262), "L", (cx + nw + 3, cy + 262), "L", (cx + nw, cy + 90), "Z"), skin, stroke=outline_of(skin), stroke_width=3)
    s.path(D("M", (cx - nw, cy + 100), "Q", (cx, cy + 180), (cx + nw, cy + 100), "L", (cx + nw, cy + 90), "L", (cx - nw, cy + 90), "Z"), dark(skin, 0.16))


def arm_lines(s, C, col):
    cx, sw, top = C["cx"], C["shoulder"], C["cy"] + 245
    for o in (-1, 1):
        s.path(D("M", (cx + o * (sw - 34), top + 150), "C", (cx + o * (sw - 40), top + 300), (cx + o * (sw - 44), top + 500), (cx + o * (sw - 46), 1210)),
               "none", stroke=col, stroke_width=3, stroke_linecap="round", opacity="0.7")


def side_shade(s, C, clip, col, op=0.18):
    cx, sw, top = C["cx"], C["shoulder"], C["cy"] + 245
    s.path(D("M", (cx + sw - 50, top), "C", (cx + sw - 40, top + 200), (cx + sw - 70, top + 500), (cx + sw - 60, 1210), "L", (cx + sw + 40, 1210), "L", (cx + sw + 40, top), "Z"),
           col, opacity=n(op), clip_path=clip)


def republic_outfit(s, C, rng):
    cx, sw, nw, top = C["cx"], C["shoulder"], C["neck"], C["cy"] + 245
    jacket, trim = C["coat"], C["trim"]
    tp = torso_path(C)
    s.path(tp, s.lin([(0, light(jacket, 0.12)), (1, dark(jacket, 0.08))]), stroke=outline_of(jacket), stroke_width=3.5, stroke_linejoin="round")
    clip = s.clip(f'<path d="{tp}"/>')
    side_shade(s, C, clip, dark(jacket, 0.5))
    arm_lines(s, C, outline_of(jacket))
    # shirt and tie in the V of the lapels
    s.poly([(cx - nw - 10, top - 6), (cx + nw + 10, top - 6), (cx, top + 160)], "#f7f8fb", stroke=outline_of("#e8ecf2"), stroke_width=2.5)
    for o in (-1, 1):
        s.poly([(cx + o * (nw + 4), top - 22), (cx + o * 4, top + 34), (cx + o * (nw + 18), top + 18)], "#ffffff", stroke=outline_of("#e8ecf2"), stroke_width=2.5, stroke_linejoin="round")
    tie = C.get("tie", "#2c4168")
    s.poly([(cx - 9, top + 22), (cx + 9, top + 22), (cx + 13, top + 128), (cx, top + 152), (cx - 13, top + 128)], tie, stroke=dark(tie, 0.4), stroke_width=2)
    s.poly([(cx - 11, top + 4), (cx + 11, top + 4), (cx + 8, top + 24), (cx - 8, top + 24)], tie, stroke=dark(tie, 0.4), stroke_width=2)
    # lapels with silver piping
    for o in (-1, 1):
        s.poly([(cx + o * (nw + 12), top - 4), (cx + o * 3, top + 168), (cx + o * 46, top + 96), (cx + o * (nw + 50), top + 44)],
               light(jacket, 0.1), stroke=trim, stroke_width=4, stroke_linejoin="round")
    # closure and buttons
    s.path(D("M", (cx + 2, top + 168), "L", (cx + 4, 1210)), "none", stroke=outline_of(jacket), stroke_width=3)
    for k in range(3):
        s.circle(cx + 20, top + 214 + k * 110, 7, trim, stroke=dark(trim, 0.4), stroke_width=2)
    # breast pockets
    for o in (-1, 1):
        x = cx + o * 84
        s.path(D("M", (x - 34, top + 200), "L", (x + 34, top + 200), "L", (x + 32, top + 222), "Q", (x, top + 232), (x - 32, top + 222), "Z"),
               light(jacket, 0.06), stroke=outline_of(jacket), stroke_width=2.5)
    # epaulettes
    for o in (-1, 1):
        s.poly([(cx + o * (nw + 22), top + 2), (cx + o * (sw - 6), top + 16), (cx + o * (sw + 4), top + 44), (cx + o * (nw + 24), top + 30)],
               trim, stroke=dark(trim, 0.45), stroke_width=2.5, stroke_linejoin="round")
        s.line([(cx + o * (nw + 40), top + 18), (cx + o * (sw - 10), top + 30)], C.get("stripe", "#3d5a8a"), 4)
    if C.get("aiguillette"):
        cord = C["aiguillette"]
        for k in range(2):
            s.path(D("M", (cx + sw - 20, top + 30), "C", (cx + sw - 30, top + 130 + k * 30), (cx + 70, top + 170 + k * 30), (cx + 40, top + 120 + k * 20)),
                   "none", stroke=cord, stroke_width=5, stroke_linecap="round")
    if C.get("ribbons"):
        cols = ["#b03a3a", "#e0e0e0", "#3a5a9a", "#c8a040", "#3a7a5a", "#7a4a8a"]
        for k in range(6):
            s.rect(cx - 124 + (k % 3) * 22, top + 168 + (k // 3) * 13, 21, 12, cols[k], stroke=INK, stroke_width=1)
    if C.get("raid_band"):
        s.rect(cx - C["neck"] - 3, C["cy"] + 178, 2 * C["neck"] + 6, 14, "#d8dee8", stroke="#6a7688", stroke_width=2, rx="6")
        s.circle(cx + 12, C["cy"] + 185, 4, "#5ab4ff")
    s.path(tp, "none", stroke=outline_of(jacket), stroke_width=3.5, stroke_linejoin="round")


def labcoat_outfit(s, C, rng):
    cx, nw, top = C["cx"], C["neck"], C["cy"] + 245
    coat = "#f3f5f8"
    tp = torso_path(C)
    s.path(tp, s.lin([(0, "#ffffff"), (1, "#e4e8ee")]), stroke="#8a93a3", stroke_width=3.5, stroke_linejoin="round")
    clip = s.clip(f'<path d="{tp}"/>')
    side_shade(s, C, clip, "#7a8498", 0.16)
    arm_lines(s, C, "#98a2b2")
    # the uniform underneath
    uni = C["coat"]
    s.poly([(cx - nw - 12, top - 6), (cx + nw + 12, top - 6), (cx + 62, top + 160), (cx + 72, 1210), (cx - 72, 1210), (cx - 62, top + 160)],
           s.lin([(0, light(uni, 0.1)), (1, dark(uni, 0.1))]), stroke=outline_of(uni), stroke_width=3)
    s.poly([(cx - nw - 6, top - 6), (cx + nw + 6, top - 6), (cx, top + 110)], "#f7f8fb", stroke="#9aa4b4", stroke_width=2.5)
    for o in (-1, 1):
        s.poly([(cx + o * (nw + 4), top - 20), (cx + o * 4, top + 30), (cx + o * (nw + 16), top + 16)], "#ffffff", stroke="#9aa4b4", stroke_width=2.5, stroke_linejoin="round")
    rib = C.get("tie", "#6a5a9a")
    s.path(D("M", (cx, top + 30), "L", (cx - 26, top + 16), "L", (cx - 24, top + 46), "Z", "M", (cx, top + 30), "L", (cx + 26, top + 16), "L", (cx + 24, top + 46), "Z"), rib, stroke=dark(rib, 0.4), stroke_width=2)
    s.circle(cx, top + 30, 6, rib, stroke=dark(rib, 0.4), stroke_width=2)
    for k in range(3):
        s.circle(cx, top + 190 + k * 100, 6, C["trim"], stroke=dark(C["trim"], 0.4), stroke_width=2)
    # coat lapels, wide and open
    for o in (-1, 1):
        s.poly([(cx + o * (nw + 14), top - 16), (cx + o * 64, top + 170), (cx + o * 70, 1210), (cx + o * 98, 1210), (cx + o * 96, top + 200), (cx + o * 88, top + 120), (cx + o * (nw + 56), top + 46)],
               coat, stroke="#8a93a3", stroke_width=3, stroke_linejoin="round")
    # pocket with pens
    x = cx - 100
    s.rect(x - 10, top + 180, 6, 44, "#3a5a9a", rx="2")
    s.rect(x + 2, top + 174, 6, 50, "#c04040", rx="2")
    s.path(D("M", (x - 30, top + 200), "L", (x + 30, top + 200), "L", (x + 28, top + 290), "L", (x - 28, top + 290), "Z"), coat, stroke="#8a93a3", stroke_width=2.5)
    s.rect(cx + 70, top + 196, 54, 30, "#dfe6f0", stroke="#8a93a3", stroke_width=2, rx="3")  # ID badge
    s.rect(cx + 76, top + 202, 14, 18, "#9fb6d4")
    s.path(tp, "none", stroke="#8a93a3", stroke_width=3.5, stroke_linejoin="round")


def field_outfit(s, C, rng):
    cx, sw, nw, top = C["cx"], C["shoulder"], C["neck"], C["cy"] + 245
    j = C["coat"]
    inner = C.get("inner", "#3a3a34")
    tp = torso_path(C)
    s.path(tp, s.lin([(0, light(j, 0.08)), (0.6, j), (1, dark(j, 0.12))]), stroke=outline_of(j), stroke_width=3.5, stroke_linejoin="round")
    clip = s.clip(f'<path d="{tp}"/>')
    side_shade(s, C, clip, dark(j, 0.6), 0.22)
    # wear: scuffs, rust, a stitched patch
    s.open("g", clip_path=clip)
    for _ in range(9):
        x, y = cx + rng.uniform(-sw, sw), rng.uniform(top + 60, 1180)
        s.ellipse(x, y, rng.uniform(10, 34), rng.uniform(5, 14), light(j, 0.25), opacity=n(rng.uniform(0.15, 0.35)))
    for _ in range(3):
        x, y = cx + rng.uniform(-sw, sw), rng.uniform(top + 200, 1180)
        s.ellipse(x, y, rng.uniform(8, 20), rng.uniform(6, 12), "#8a4a26", opacity="0.35")
    s.rect(cx - sw * 0.1 - 130, 1000, 1.0 * sw * 2 + 60, 210, s.lin([(0, "#b8a27a", 0), (1, "#b8a27a", 0.4)]))
    s.close()
    px, py = cx + sw - 100, top + 420
    s.rect(px, py, 64, 52, dark(j, 0.1), stroke=light(j, 0.3), stroke_width=2, stroke_dasharray="5 4", transform=f"rotate(-6 {px} {py})")
    arm_lines(s, C, outline_of(j))
    opening = C.get("open", 0)
    if opening:
        s.poly([(cx - nw - 8, top - 8), (cx + nw + 8, top - 8), (cx + opening, top + 120), (cx + opening + 10, 1210), (cx - opening - 10, 1210), (cx - opening, top + 120)],
               s.lin([(0, light(inner, 0.05)), (1, dark(inner, 0.1))]), stroke=outline_of(inner), stroke_width=3)
        s.path(D("M", (cx - nw - 6, top - 6), "Q", (cx, top + 40), (cx + nw + 6, top - 6)), "none", stroke=dark(inner, 0.3), stroke_width=3)
        for o in (-1, 1):
            s.path(D("M", (cx + o * opening, top + 120), "L", (cx + o * (opening + 10), 1210)), "none", stroke=outline_of(j), stroke_width=3.5)
    else:
        s.poly([(cx - nw - 8, top - 8), (cx + nw + 8, top - 8), (cx, top + 80)], inner, stroke=outline_of(inner), stroke_width=3)
        s.path(D("M", (cx + 2, top + 78), "L", (cx + 10, 1210)), "none", stroke=outline_of(j), stroke_width=3)
        s.path(D("M", (cx + 8, top + 78), "L", (cx + 16, 1210)), "none", stroke=light(j, 0.2), stroke_width=2, stroke_dasharray="3 5")
    # chest pockets
    for o in (-1, 1):
        x = cx + o * (opening + 62 if opening else 76)
        if abs(x - cx) > sw - 20:
            continue
        s.rect(x - 34, top + 150, 68, 86, light(j, 0.04), stroke=outline_of(j), stroke_width=2.5, rx="4")
        s.path(D("M", (x - 38, top + 142), "L", (x + 38, top + 142), "L", (x + 36, top + 170), "L", (x, top + 178), "L", (x - 36, top + 170), "Z"),
               dark(j, 0.06), stroke=outline_of(j), stroke_width=2.5, stroke_linejoin="round")
        s.circle(x, top + 166, 4.5, dark(j, 0.4))
    # fold-down collar
    for o in (-1, 1):
        s.poly([(cx + o * (nw + 2), top - 34), (cx + o * (nw + 46), top + 6), (cx + o * (opening * 0.6 + 26), top + 74), (cx + o * (opening * 0.3 + 6), top + 30), (cx + o * (nw - 4), top - 6)],
               light(j, 0.12), stroke=outline_of(j), stroke_width=3, stroke_linejoin="round")
    # shoulder patch: the squadron's spearhead
    x, y = cx - sw + 8, top + 150
    s.rect(x - 26, y - 30, 52, 62, "#2c2e22", stroke="#8a8a66", stroke_width=2.5, rx="8")
    s.path(D("M", (x, y - 22), "L", (x + 13, y + 6), "L", (x + 4, y + 2), "L", (x + 3, y + 22), "L", (x - 3, y + 22), "L", (x - 4, y + 2), "L", (x - 13, y + 6), "Z"), "#d8d0b0")
    if C.get("dogtags"):
        s.path(D("M", (cx - nw + 4, top - 10), "L", (cx - 4, top + 120), "M", (cx + nw - 4, top - 10), "L", (cx + 4, top + 120)), "none", stroke="#9aa0a6", stroke_width=2.5, stroke_dasharray="3 2")
        s.rect(cx - 12, top + 116, 22, 32, "#c4c8cc", stroke="#5a6066", stroke_width=2, rx="6", transform=f"rotate(8 {cx} {top + 130})")
    if C.get("paint"):
        s.path(D("M", (cx + 96, top + 330), "q", 16, -6, 22, 8, "q", 4, 14, -12, 16, "q", -18, -2, -10, -24, "Z"), "#e08a2a", opacity="0.8")
        s.circle(cx + 130, top + 360, 4, "#e08a2a", opacity="0.8")
    s.path(tp, "none", stroke=outline_of(j), stroke_width=3.5, stroke_linejoin="round")


def draw_scarf(s, C):
    cx, nw, top = C["cx"], C["neck"], C["cy"] + 245
    sc = C["scarf"]
    fill = s.lin([(0, light(sc, 0.15)), (1, dark(sc, 0.1))])
    tail = [(cx + 16, top + 10), (cx + 62, top + 24), (cx + 76, top + 170), (cx + 86, top + 250, "s"), (cx + 60, top + 236), (cx + 40, top + 254, "s"), (cx + 34, top + 120), (cx + 10, top + 50)]
    s.path(blob(tail), fill, stroke=outline_of(sc), stroke_width=3, stroke_linejoin="round")
    s.path(D("M", (cx + 50, top + 60), "Q", (cx + 58, top + 150), (cx + 62, top + 230)), "none", stroke=outline_of(sc), stroke_width=2, opacity="0.5")
    wrap = [(cx - nw - 20, top - 56), (cx, top - 44), (cx + nw + 20, top - 58), (cx + nw + 40, top - 14), (cx + nw + 18, top + 34), (cx, top + 44), (cx - nw - 18, top + 30), (cx - nw - 40, top - 12)]
    s.path(blob(wrap), fill, stroke=outline_of(sc), stroke_width=3.5, stroke_linejoin="round")
    for k in range(2):
        s.path(D("M", (cx - nw - 26, top - 24 + k * 26), "Q", (cx, top - 6 + k * 26), (cx + nw + 28, top - 26 + k * 26)), "none", stroke=outline_of(sc), stroke_width=2, opacity="0.45")


OUTFITS = {"republic": republic_outfit, "labcoat": labcoat_outfit, "field": field_outfit}


FEMALE = dict(face_w=90, jaw=30, neck=26, eye_w=26, eye_h=27, eye_tilt=4, lash=4.5, eye_dx=44, brow_gap=40, brow_w=4.5, shoulder=146)
MALE = dict(face_w=94, jaw=26, neck=32, eye_w=23, eye_h=20, eye_tilt=2, lash=2.5, eye_dx=44, brow_gap=36, brow_w=6.5, shoulder=170)

ALBA_SKIN = "#f8e6dc"
REP_BLUE = "#b4c8e0"
OLIVE = "#5e6240"

CHARACTERS = {
    # The Republic: pale blue and silver.
    "lena": dict(FEMALE, cy=318, style="long", hair="#e9edf3", hair_shade="#c2c9d6", eyes="#8a96a8", skin=ALBA_SKIN, outfit="republic",
                 coat=REP_BLUE, trim="#e4e8ee", aiguillette="#e8ecf2", raid_band=True, loud=True, hair_len=800),
    "annette": dict(FEMALE, cy=324, style="bob", hair="#e8e2ea", hair_shade="#c0b6c8", eyes="#9484b4", skin=ALBA_SKIN, outfit="labcoat",
                    coat="#a9bfda", trim="#d8dde6", tie="#7a68a8", loud=True),
    "karlstahl": dict(MALE, cy=300, style="old", hair="#b8bcc2", hair_shade="#8c9098", eyes="#6a7c94", skin="#f0dacb", outfit="republic",
                      coat="#2f4468", trim="#d9c27a", stripe="#d9c27a", tie="#1c2a44", aiguillette="#d9c27a", ribbons=True, moustache=True,
                      age=True, loud=False, shoulder=176, face_w=98, jaw=22, blush_k=0.0),
    "duval": dict(MALE, cy=296, style="slick", hair="#7a5a3e", hair_shade="#5a402a", eyes="#6f8cab", skin=ALBA_SKIN, outfit="republic",
                  coat="#a8bcd4", trim="#d6dce4", loud=True, blush_k=0.3),
    # The 86th Sector: worn olive field gear.
    "shin": dict(MALE, cy=300, style="messy", hair="#2a2a33", hair_shade="#1b1b22", eyes="#c8322c", skin="#f4e0d2", outfit="field",
                 coat=OLIVE, inner="#34352e", scarf="#9ab8c8", loud=False, shoulder=160, blush_k=0.5, brow_halo=True),
    "raiden": dict(MALE, cy=272, style="spiky", hair="#3a3a40", hair_shade="#26262c", eyes="#8a6e48", skin="#e6c6aa", outfit="field",
                   coat="#5a5e3c", inner="#4a4a44", open=40, dogtags=True, loud=True, shoulder=184, face_w=98, jaw=22, neck=36, blush_k=0.4, brow_halo=True),
    "theo": dict(MALE, cy=314, style="tousled", hair="#c8a468", hair_shade="#9c7c48", eyes="#4e9a7c", skin="#f4dfcf", outfit="field",
                 coat="#646842", inner="#c9c3aa", open=34, paint=True, loud=True, shoulder=156, eye_h=22, smirk=True),
    "kurena": dict(FEMALE, cy=322, style="short_girl", hair="#7a4e32", hair_shade="#5a3622", eyes="#c8962e", skin="#eccbb2", outfit="field",
                   coat="#5c603e", inner="#3c3a32", clip="#e0602c", loud=True, brow_w=5.5, brow_bias=4),
    "anju": dict(FEMALE, cy=318, style="long_soft", hair="#8fb0d4", hair_shade="#6a88b0", eyes="#4a7ec0", skin="#f6e2d6", outfit="field",
                 coat="#62664a", inner="#d8d0b8", open=30, loud=False, hair_len=720),
    "kaie": dict(FEMALE, cy=318, style="ponytail", hair="#1e1c24", hair_shade="#141218", eyes="#4a3430", skin="#f2d8c2", outfit="field",
                 coat="#5a5e3e", inner="#3a3a34", clip="#c0303a", loud=True, eye_tilt=6, brow_halo=True),
}


def character_svg(name, expr):
    C = dict(CHARACTERS[name])
    C["cx"] = 300
    C.setdefault("brow_col", dark(C["hair"], 0.45 if name not in ("lena", "annette", "karlstahl") else 0.4))
    C.setdefault("lash_col", "#2a2230" if name not in ("lena", "annette") else "#4a4e60")
    rng = random.Random(name)
    s = Svg(600, 1200)
    hair_back(s, C)
    draw_neck(s, C)
    OUTFITS[C["outfit"]](s, C, rng)
    if C.get("scarf"):
        draw_scarf(s, C)
    ey = draw_face(s, C, expr)
    C["_cast_pending"] = True
    hair_front(s, C)
    draw_extras(s, C, expr, ey)
    return s.text()


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
def write(rel, text):
    path = ASSETS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_characters():
    out = []
    for name in CHARACTERS:
        for expr in EXPRESSIONS:
            out.append(write(f"characters/{name}/{expr}.svg", character_svg(name, expr)))
    return out


# ---------------------------------------------------------------------------------------------
# Background helpers
# ---------------------------------------------------------------------------------------------
W, H = 1920, 1080

# The Republic: pale blue, white, silver, warm gold light.
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


def bg_lab():
    s, rng = Svg(W, H), random.Random("lab")
    fill_all(s, s.lin([(0, "#eef3f9"), (1, "#d3deeb")]))
    s.rect(0, 600, W, 160, "#c3d0e0")
    s.rect(0, 590, W, 14, R_DEEP)
    s.rect(0, 760, W, 320, s.lin([(0, "#dfe7f0"), (1, "#b4c3d6")]))
    for k in range(-8, 10):
        s.line([(960 + k * 150, 760), (960 + k * 420, H)], "#9fb0c6", 2, opacity="0.6")
    for y in (790, 840, 910, 1000):
        s.line([(0, y), (W, y)], "#9fb0c6", 2, opacity="0.6")
    s.rect(0, 752, W, 10, "#8a9cb4")
    # an equipment rack, blinking
    s.rect(40, 220, 200, 540, "#3a4658", rx="6")
    for k in range(8):
        s.rect(56, 240 + k * 62, 168, 50, "#2a3444", rx="3")
        for j in range(4):
            s.circle(76 + j * 22, 265 + k * 62, 4.5, ["#5ab4ff", "#3ad0a0", "#f0c050", "#5ab4ff"][(j + k) % 4])
        s.rect(170, 256 + k * 62, 40, 16, "#1a2230")
    # ceiling light strips
    for k in range(4):
        x = 160 + k * 460
        s.rect(x, 0, 300, 26, "#ffffff")
        light_beam(s, [(x, 26), (x + 300, 26), (x + 360, 760), (x - 60, 760)], "#ffffff", 0.35)
    # glass wall into the observation room
    s.rect(540, 120, 840, 460, s.lin([(0, "#9db8d6"), (1, "#c8d8ea")]), stroke="#7088a8", stroke_width=10)
    s.rect(560, 420, 300, 160, "#8aa2c0")
    s.rect(1100, 380, 260, 200, "#8aa2c0")
    s.circle(700, 380, 40, "#7a92b2")
    for k in (1, 2):
        s.line([(540 + 280 * k, 120), (540 + 280 * k, 580)], "#9fb2ca", 8)
    s.poly([(600, 130), (680, 130), (560, 400), (550, 300)], "#ffffff", opacity="0.5")
    s.poly([(940, 130), (980, 130), (860, 450), (840, 400)], "#ffffff", opacity="0.4")
    # the sync apparatus: a reclining chair under a halo ring
    s.ellipse(960, 740, 260, 36, "#9fb2ca", opacity="0.5")
    s.path(D("M", (760, 700), "L", (1120, 700), "Q", (1170, 700), (1180, 640), "L", (1200, 520), "Q", (1210, 480), (1170, 480), "L", (1140, 480), "L", (1110, 620), "L", (800, 620), "Q", (760, 620), (760, 660), "Z"),
           "#f8fbfe", stroke="#8a9ab2", stroke_width=5)
    s.rect(930, 700, 60, 40, "#8a9ab2")
    s.ellipse(1120, 380, 170, 60, "none", stroke="#dfe8f3", stroke_width=22)
    s.ellipse(1120, 380, 170, 60, "none", stroke="#6a84a8", stroke_width=4)
    for k in range(6):
        a = k * math.pi / 3
        s.circle(1120 + math.cos(a) * 170, 380 + math.sin(a) * 60, 8, "#5ab4ff")
        glow(s, 1120 + math.cos(a) * 170, 380 + math.sin(a) * 60, 30, "#5ab4ff", 0.5)
    s.line([(1120, 320), (1120, 0)], "#8a9ab2", 10)
    s.path(D("M", (1240, 400), "C", (1400, 420), (1380, 700), (1500, 740)), "none", stroke="#5a6a84", stroke_width=8)
    s.path(D("M", (1230, 370), "C", (1430, 380), (1440, 680), (1560, 730)), "none", stroke="#3a4a64", stroke_width=6)
    # benches with glassware, monitors with waveforms
    s.rect(260, 600, 300, 30, "#c6d2e0")
    s.rect(270, 630, 280, 180, "#e6edf5", stroke="#8a9cb4", stroke_width=4)
    for k in range(3):
        x = 290 + k * 80
        h = rng.uniform(50, 110)
        s.rect(x, 600 - h, 30, h, "#d8ecfa", opacity="0.8", stroke="#8ab0d0", stroke_width=3)
        s.rect(x + 3, 600 - h * 0.45, 24, h * 0.45 - 3, rng.choice(["#7ad0c0", "#9ab8f0", "#f0a0b0"]), opacity="0.7")
    s.rect(1480, 520, 440, 28, "#c6d2e0")
    s.rect(1500, 548, 400, 250, "#e6edf5", stroke="#a9bbd1", stroke_width=4)
    for k, x in enumerate((1510, 1710)):
        s.rect(x, 330, 180, 170, "#1a2a40", rx="8")
        pts_ = [(x + 10 + i * 8, 415 + (40 if k else 25) * math.sin(i * (0.7 + k * 0.4))) for i in range(21)]
        s.line(pts_, "#6ae0ff" if k == 0 else "#9affc0", 3)
        s.rect(x + 80, 500, 20, 22, "#5a6a84")
    glow(s, 960, 380, 900, "#ffffff", 0.15)
    vignette(s, 0.3, "#3d5371")
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
    night_festival_sky(s, rng, 7)
    city_night(s, rng, 700)
    # the Revolution monument: a figure holding up a flower, on a column, on steps
    s.poly([(800, 760), (1120, 760), (1090, 730), (830, 730)], "#8a96aa")
    s.poly([(840, 730), (1080, 730), (1060, 690), (860, 690)], "#aeb8c8")
    s.rect(880, 560, 160, 130, s.lin([(0, "#d8dee8"), (1, "#8a96aa")], 0, 0, 1, 0))
    s.rect(870, 548, 180, 18, "#c4ccd8")
    s.rect(868, 684, 184, 12, "#c4ccd8")
    s.rect(915, 330, 90, 220, s.lin([(0, "#d8dee8"), (1, "#7a86a0")], 0, 0, 1, 0))
    for k in range(4):
        s.line([(927 + k * 22, 330), (927 + k * 22, 548)], "#6a7488", 3, opacity="0.5")
    s.rect(900, 316, 120, 18, "#c4ccd8")
    fig = "#e8d8a0"
    s.path(D("M", (938, 316), "L", (944, 250), "Q", (946, 214), (960, 210), "Q", (976, 214), (978, 250), "L", (984, 316), "Z"), fig)
    s.path(D("M", (944, 316), "Q", (930, 290), (936, 250), "L", (946, 250), "Z"), dark(fig, 0.15))
    s.circle(961, 196, 14, fig)
    s.path(D("M", (972, 226), "L", (1004, 150), "L", (1012, 154), "L", (982, 232), "Z"), fig)
    for k in range(5):
        a = -math.pi / 2 + 2 * math.pi * k / 5
        s.ellipse(1008 + math.cos(a) * 9, 138 + math.sin(a) * 9, 7, 7, "#fff0c0")
    glow(s, 1008, 140, 120, R_GOLD, 0.6)
    glow(s, 960, 260, 220, R_GOLD, 0.3)
    # lantern strings from the buildings to the column
    for y0, y1 in ((420, 330), (520, 380), (600, 460)):
        lanterns(s, -20, y0, 900, y1, 40, 10, ["#ffcf70", "#ff9a6a", "#fff0b0"], 12)
        lanterns(s, 1020, y1, 1940, y0, 40, 10, ["#fff0b0", "#ffcf70", "#ff9a6a"], 12)
    # the plaza floor, wet-bright with reflections
    s.rect(0, 720, W, 360, s.lin([(0, "#2a3150"), (1, "#141828")]))
    for k in range(8):
        s.line([(960, 720), (960 + (k - 3.5) * 600, H)], "#3a4468", 2, opacity="0.5")
    glow(s, 960, 900, 500, R_GOLD2, 0.25, ry=160)
    crowd(s, rng, H + 10, -40, W + 40, "#0a0e1c", 150, 230, 70)
    crowd(s, rng, 880, 0, W, "#161c34", 70, 100, 60)
    vignette(s, 0.5)
    return s.text()


def bg_annette_balcony():
    s, rng = Svg(W, H), random.Random("annette_balcony")
    night_festival_sky(s, rng, 3)
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


def bg_barracks(night=False):
    s, rng = Svg(W, H), random.Random("barracks")
    fill_all(s, s.lin([(0, "#8a8e74"), (1, "#6e7058")]))
    s.rect(0, 620, W, 140, "#4f5238")
    s.rect(0, 612, W, 10, "#3a3c28")
    s.rect(0, 760, W, 320, s.lin([(0, "#7a5e40"), (1, "#4a3626")]))
    for k in range(14):
        s.line([(0, 780 + k * k * 1.9), (W, 780 + k * k * 1.9)], "#3a2a1c", 2, opacity="0.5")
    # windows with taped panes and dusty light
    for x in (90, 470):
        s.rect(x, 130, 300, 420, s.lin([(0, "#dcd8c0"), (1, "#f0e4c0")]), stroke="#5a5a40", stroke_width=12)
        s.line([(x + 150, 130), (x + 150, 550)], "#5a5a40", 8)
        s.line([(x, 340), (x + 300, 340)], "#5a5a40", 8)
        for px, py in ((x + 75, 235), (x + 225, 445)):
            s.line([(px - 40, py - 50), (px + 40, py + 50)], "#c8b88a", 8, opacity="0.8")
            s.line([(px + 40, py - 50), (px - 40, py + 50)], "#c8b88a", 8, opacity="0.8")
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
    # through the raised canopy: the night
    fill_all(s, s.lin([(0, "#060a16"), (1, "#1a2640")]))
    stars(s, rng, 120, 420)
    ruined_skyline(s, rng, 470, -20, W + 20, 20, 90, "#0a0e18", 40, 120)
    glow(s, 960, 300, 700, "#4a6aa0", 0.25)
    # the frame of the cockpit, close and heavy
    frame = "#1e2218"
    s.path(D("M", (0, 0), "L", (380, 0), "L", (300, 520), "L", (0, 640), "Z"), frame)
    s.path(D("M", (W, 0), "L", (1540, 0), "L", (1620, 520), "L", (W, 640), "Z"), frame)
    s.path(D("M", (380, 0), "L", (1540, 0), "L", (1530, 40), "L", (390, 40), "Z"), "#2a2e22")
    s.line([(380, 0), (300, 520)], "#4a5038", 8)
    s.line([(1540, 0), (1620, 520)], "#4a5038", 8)
    for k in range(5):
        s.circle(340 - k * 10, 80 + k * 100, 6, "#4a4e3a")
        s.circle(1580 + k * 10, 80 + k * 100, 6, "#4a4e3a")
    # the dashboard: three dark screens and a ring of dead instruments
    s.path(D("M", (0, 640), "L", (300, 520), "Q", (960, 440), (1620, 520), "L", (W, 640), "L", (W, H), "L", (0, H), "Z"), s.lin([(0, "#2e3324"), (1, "#101208")]))
    for x, w, h in ((520, 300, 200), (830, 260, 220), (1100, 300, 200)):
        y = 560 + (0 if w == 260 else 20)
        s.rect(x - 10, y - 10, w + 20, h + 20, "#14160e", rx="8")
        s.rect(x, y, w, h, s.lin([(0, "#0a1018"), (1, "#121c28")]))
        s.poly([(x + w * 0.1, y), (x + w * 0.35, y), (x + w * 0.05, y + h), (x, y + h), (x, y + h * 0.6)], "#6a8ab8", opacity="0.08")
    s.ellipse(960, 670, 60, 60, "none", stroke="#3a5a3a", stroke_width=2, opacity="0.6")
    for k, (x, c) in enumerate(((420, "#e8a040"), (460, "#3ad07a"), (1480, "#3ad07a"), (1520, "#e84040"))):
        s.circle(x, 620 + k % 2 * 20, 6, c)
        glow(s, x, 620 + k % 2 * 20, 22, c, 0.6)
    for k in range(6):
        s.rect(400 + k * 30, 680, 18, 34, "#3a3e2e", rx="3")
        s.rect(1400 + k * 30, 680, 18, 34, "#3a3e2e", rx="3")
    # control sticks and the harness
    for x in (420, 1500):
        s.rect(x - 14, 830, 28, 250, "#14160e")
        s.rect(x - 34, 780, 68, 90, "#2a2e22", rx="20")
        s.circle(x, 790, 10, "#8a3a2a")
    s.path(D("M", (0, 760), "C", (200, 800), (260, 960), (300, H), "L", (230, H), "C", (200, 980), (140, 840), (0, 820), "Z"), "#3a3a2a")
    s.path(D("M", (W, 760), "C", (W - 200, 800), (W - 260, 960), (W - 300, H), "L", (W - 230, H), "C", (W - 200, 980), (W - 140, 840), (W, 820), "Z"), "#3a3a2a")
    s.rect(248, 900, 60, 40, "#8a8a7a", rx="6", transform="rotate(20 278 920)")
    # a paper charm taped to the frame: a fox
    s.rect(1640, 560, 90, 110, "#e8dcc0", transform="rotate(8 1685 615)")
    s.path(D("M", (1660, 640), "l", 22, -50, "l", 10, 20, "l", 10, -20, "l", 18, 50, "Z"), "#d07030", transform="rotate(8 1685 615)")
    band(s, 0, 200, "#000000", 0.3, 0)
    vignette(s, 0.6)
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
    total = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} SVG files, {total / 1024:.0f} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
