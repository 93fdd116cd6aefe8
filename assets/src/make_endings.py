#!/usr/bin/env python3
"""The six ending illustrations of the bundled story (Python 3 standard library only).

Writes assets/endings/<id>.svg, 1920x1080 each, one per [endings.*] in story/story.toml. They are
shown full screen on the ending card, with the ending's title drawn over the lower part, and as
thumbnails on the Endings screen: so each has one clear focal point in the upper three quarters
and a quieter bottom quarter.

Same style and palettes as the backgrounds, and the same helpers: this script imports
make_art.py from this folder and never changes it. Deterministic: every random choice comes from
a generator seeded with the ending's id. No <text> anywhere.

Run from anywhere:  python3 assets/src/make_endings.py
"""

import importlib
import math
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _load_make_art():
    """make_art.py may be mid-edit by someone else: retry a few times before giving up."""
    err = None
    for _ in range(10):
        try:
            return importlib.import_module("make_art")
        except Exception as e:  # noqa: BLE001 (any half-written state)
            err = e
            time.sleep(3)
    raise err


A = _load_make_art()
Svg, D, n, mix, dark, light = A.Svg, A.D, A.n, A.mix, A.dark, A.light
W, H = A.W, A.H
fill_all, glow, haze, vignette, band, stars = A.fill_all, A.glow, A.haze, A.vignette, A.band, A.stars
skyline, ruined_skyline, juggernaut, light_beam = A.skyline, A.ruined_skyline, A.juggernaut, A.light_beam
facade, republic_flag, pylon, soft = A.facade, A.republic_flag, A.pylon, A.soft
R_GOLD, R_GOLD2 = A.R_GOLD, A.R_GOLD2


# ---------------------------------------------------------------------------------------------
# Shared pieces
# ---------------------------------------------------------------------------------------------
def circle_d(x, y, r):
    """A circle as path data, so that many circles of one colour can share one <path>."""
    return f"M{n(x - r)} {n(y)}a{n(r)} {n(r)} 0 1 0 {n(2 * r)} 0a{n(r)} {n(r)} 0 1 0 {n(-2 * r)} 0"


def petal_d(x, y, size, ang):
    """One cherry petal (an almond with a small notch at its outer end) as path data."""
    c, si = math.cos(ang), math.sin(ang)

    def P(u, v):
        return (x + c * u - si * v, y + si * u + c * v)

    L, w = size / 2, size * 0.36
    a, b = P(-L, 0), P(L, 0)
    notch = P(L * 0.72, 0)
    return (
        f"M{n(a[0])} {n(a[1])}Q{n(P(0, -w * 1.4)[0])} {n(P(0, -w * 1.4)[1])} {n(P(L, -w * 0.45)[0])} {n(P(L, -w * 0.45)[1])}"
        f"L{n(notch[0])} {n(notch[1])}L{n(P(L, w * 0.45)[0])} {n(P(L, w * 0.45)[1])}"
        f"Q{n(P(0, w * 1.4)[0])} {n(P(0, w * 1.4)[1])} {n(a[0])} {n(a[1])}Z"
    )


def person(s, x, y, h, color, stride=0.0, pack=None, hair=None, hair_long=False, scarf=None, arm=0.0, lean=0.0, coat=None, long=False):
    """A small standing figure, base at (x, y), h tall: a silhouette for far away.

    stride opens the legs (walking), pack draws a rucksack on the back (seen from behind),
    hair and scarf add a colour, arm raises the right forearm (0..1), lean tilts the body,
    coat colours the body, long makes it a coat or a skirt down to the knees."""
    u = h / 100
    s.open("g", transform=f"rotate({n(lean)} {n(x)} {n(y)})" if lean else None)
    body = coat or color
    for side in (-1, 1):
        fx = x + side * (3 + stride * 9) * u
        s.line([(x + side * 3.5 * u, y - 48 * u), (fx, y - 2 * u)], color, 6.4 * u, stroke_linecap="round")
    hem, flare = (y - 26 * u, 12.5 * u) if long else (y - 44 * u, 8.5 * u)
    s.path(D("M", (x - 11 * u, y - 80 * u), "Q", (x, y - 86 * u), (x + 11 * u, y - 80 * u), "L", (x + flare, hem),
             "L", (x - flare, hem), "Z"), body)
    s.line([(x - 10 * u, y - 78 * u), (x - 12.5 * u, y - 60 * u), (x - 12 * u, y - 46 * u)], body, 4.6 * u, stroke_linecap="round", stroke_linejoin="round")
    if arm:
        s.line([(x + 10 * u, y - 78 * u), (x + 13 * u, y - 62 * u), (x + 13 * u + 8 * arm * u, y - 62 * u - 12 * arm * u)], body, 4.6 * u, stroke_linecap="round", stroke_linejoin="round")
    else:
        s.line([(x + 10 * u, y - 78 * u), (x + 12.5 * u, y - 60 * u), (x + 12 * u, y - 46 * u)], body, 4.6 * u, stroke_linecap="round", stroke_linejoin="round")
    s.rect(x - 3 * u, y - 88 * u, 6 * u, 6 * u, color)
    s.circle(x, y - 93 * u, 7.2 * u, color)
    if hair and hair_long:
        s.path(D("M", (x - 8 * u, y - 96 * u), "Q", (x - 10 * u, y - 80 * u), (x - 9 * u, y - 62 * u), "L", (x + 9 * u, y - 62 * u),
                 "Q", (x + 10 * u, y - 80 * u), (x + 8 * u, y - 96 * u), "Q", (x, y - 103 * u), (x - 8 * u, y - 96 * u), "Z"), hair)
    elif hair:
        s.path(D("M", (x - 7.6 * u, y - 92 * u), "Q", (x - 8 * u, y - 101.5 * u), (x, y - 101 * u), "Q", (x + 8 * u, y - 101.5 * u), (x + 7.6 * u, y - 92 * u), "Z"), hair)
    if scarf:
        s.path(D("M", (x - 6 * u, y - 86 * u), "Q", (x, y - 82 * u), (x + 6 * u, y - 86 * u), "L", (x + 6 * u, y - 81 * u), "Q", (x, y - 77 * u), (x - 6 * u, y - 81 * u), "Z"), scarf)
        s.path(D("M", (x + 3 * u, y - 82 * u), "l", 3 * u, 16 * u, "l", 4 * u, -1 * u, "l", -3 * u, -15 * u, "Z"), scarf)
    if pack:
        s.rect(x - 9 * u, y - 80 * u, 18 * u, 28 * u, pack, rx=n(4 * u))
        s.rect(x - 10 * u, y - 86 * u, 20 * u, 8 * u, dark(pack, 0.15), rx=n(3 * u))
        s.rect(x - 8 * u, y - 58 * u, 16 * u, 5 * u, dark(pack, 0.25), rx=n(2 * u))
    s.close()


def sitter(s, x, y, h, color, flip=False, hug=False, hair=None):
    """A small seated figure, base at (x, y) (where it sits), h its height if it stood."""
    u = h / 100
    f = -1 if flip else 1

    def P(px, py):
        return (x + f * px * u, y + py * u)

    # thighs forward, shins down (or drawn up to the chest, hugged)
    if hug:
        s.line([P(-2, -4), P(14, -30), P(22, -2)], color, 7 * u, stroke_linecap="round", stroke_linejoin="round")
    else:
        s.line([P(-2, -4), P(26, -8), P(30, -1)], color, 7 * u, stroke_linecap="round", stroke_linejoin="round")
    s.path(D("M", P(-9, -2), "L", P(-12, -40), "Q", P(-4, -47), P(5, -41), "L", P(8, -2), "Z"), color)
    if hug:
        s.line([P(0, -38), P(10, -26), P(16, -28)], color, 4.6 * u, stroke_linecap="round", stroke_linejoin="round")
    else:
        s.line([P(2, -38), P(6, -20), P(12, -10)], color, 4.6 * u, stroke_linecap="round", stroke_linejoin="round")
    s.circle(*P(-4, -51), 7.2 * u, color)
    if hair:
        s.path(D("M", P(-11, -52), "Q", P(-10, -61), P(-3, -60), "Q", P(4, -60), P(3, -52), "Z"), hair)


def cherry_tree(s, rng, x, y, sc, bark, tones, spread=1.0, depth=4, sun=(1, -1), tips_out=None):
    """An old cherry tree in full blossom: a short thick trunk, wide limbs, clouds of flowers.

    tones: shadow, body, light, highlight pinks, darkest first. sun: the light's direction."""
    segs, tips = [], []

    def branch(x0, y0, ang, length, width, d):
        bend = rng.uniform(-0.35, 0.35)
        x1, y1 = x0 + math.cos(ang) * length, y0 + math.sin(ang) * length
        cx = (x0 + x1) / 2 + math.cos(ang + math.pi / 2) * length * bend * 0.4
        cy = (y0 + y1) / 2 + math.sin(ang + math.pi / 2) * length * bend * 0.4
        segs.append((d, D("M", (x0, y0), "Q", (cx, cy), (x1, y1)), width))
        if d == 0:
            tips.append((x1, y1))
            return
        k = 3 if d >= depth - 1 else rng.choice((2, 2, 3))
        for i in range(k):
            t = (i + 0.5) / k - 0.5
            a = ang + t * 1.5 * spread + rng.uniform(-0.2, 0.2)
            # old cherries reach out more than up
            a = a + (0.35 if math.cos(a) > 0 else -0.35) * (a < -math.pi / 2 + 1.2 and a > -math.pi / 2 - 1.2)
            branch(x1, y1, a, length * rng.uniform(0.62, 0.8), width * 0.62, d - 1)

    trunk_h = 150 * sc
    branch(x, y - trunk_h * 0.1, -math.pi / 2 + rng.uniform(-0.1, 0.1), trunk_h, 46 * sc, depth)
    # flared foot of the trunk
    s.path(D("M", (x - 44 * sc, y + 4), "Q", (x - 20 * sc, y - 20 * sc), (x - 22 * sc, y - 70 * sc), "L", (x + 22 * sc, y - 70 * sc),
             "Q", (x + 20 * sc, y - 20 * sc), (x + 46 * sc, y + 4), "Z"), bark)
    for d, path, wdt in sorted(segs, key=lambda q: -q[2]):
        s.path(path, "none", stroke=bark, stroke_width=n(wdt), stroke_linecap="round")
    # the blossom: clusters on every tip, in four tones, each tone one path
    sx, sy = sun
    layers = [[] for _ in tones]
    sparks = []
    for tx, ty in tips:
        for _ in range(rng.randint(3, 5)):
            r = rng.uniform(26, 46) * sc
            cx, cy = tx + rng.gauss(0, 26 * sc), ty + rng.gauss(0, 18 * sc) - 8 * sc
            layers[0].append(circle_d(cx - sx * r * 0.18, cy - sy * r * 0.22, r * 1.05))
            layers[1].append(circle_d(cx, cy, r * 0.92))
            layers[2].append(circle_d(cx + sx * r * 0.2, cy + sy * r * 0.22, r * 0.6))
            if rng.random() < 0.5:
                layers[3].append(circle_d(cx + sx * r * 0.34, cy + sy * r * 0.36, r * 0.28))
            if rng.random() < 0.5:
                sparks.append((cx + rng.uniform(-r, r), cy + rng.uniform(-r, r) * 0.8))
    for tone, ds in zip(tones, layers):
        s.path("".join(ds), tone)
    if tips_out is not None:
        tips_out.extend(tips)
    return sparks


def wave_flag(s, x, y, w, h, phase, blue="#2f5596", white="#f4f7fb", pole="#c9b27a"):
    """A flag on a pole, flying to the right: blue, white, blue in three vertical bands."""
    s.line([(x, y - 10), (x, y + h * 4.2)], pole, 6)
    s.circle(x, y - 12, 7, pole)

    def wave(u, v):
        return (x + u * w, y + v * h + math.sin(phase + u * 5.2) * h * 0.12 * u + u * h * 0.1)

    for k, c in enumerate((blue, white, blue)):
        u0, u1 = k / 3, (k + 1) / 3
        top = [wave(u0 + (u1 - u0) * i / 6, 0) for i in range(7)]
        bot = [wave(u1 - (u1 - u0) * i / 6, 1) for i in range(7)]
        s.poly(top + bot, c)
    # the fold shading
    for k in range(3):
        u = 0.18 + k * 0.3
        a, b = wave(u, 0), wave(u, 1)
        s.line([a, b], "#000000", w * 0.06, opacity="0.08")


def bokeh_petals(s, rng, count, boxes, color, size=(24, 40), op=(0.25, 0.45)):
    for _ in range(count):
        x0, y0, x1, y1 = rng.choice(boxes)
        s.path(petal_d(rng.uniform(x0, x1), rng.uniform(y0, y1), rng.uniform(*size), rng.uniform(0, math.pi)), color,
               opacity=n(rng.uniform(*op)))


# ---------------------------------------------------------------------------------------------
# 1. Warm Snow (the secret ending): the hillside in the east, in spring
# ---------------------------------------------------------------------------------------------
def great_cherry(s, rng, x, y, sc, bark, tones, clusters=120, sun=(0.62, -0.78)):
    """An old cherry in full bloom, the way they grow when nobody prunes them: a short thick
    trunk, long limbs reaching out sideways, and tiers of blossom at their ends, lit from the
    sun's side, with gaps where the limbs show through.

    tones: shade, body, light, highlight. Returns a few points on the lit side."""
    def P(px, py):
        return (x + px * sc, y + py * sc)

    # limbs: (start, control, end, width); each ends inside a lobe of blossom
    limbs = [((-10, -190), (-250, -300), (-520, -330), 36), ((-6, -200), (-120, -330), (-250, -470), 32),
             ((6, -205), (60, -380), (20, -560), 32), ((10, -200), (170, -320), (300, -470), 32),
             ((12, -185), (300, -260), (540, -330), 34)]
    lobes = [(-500, -350, 230, 120), (-250, -490, 240, 140), (20, -580, 250, 130), (290, -490, 250, 140), (530, -350, 220, 115),
             (-110, -400, 170, 100), (160, -400, 170, 100)]
    s.path(D("M", P(-84, 6), "Q", P(-40, -26), P(-50, -90), "Q", P(-58, -170), P(-24, -214), "L", P(28, -214),
             "Q", P(54, -160), P(44, -90), "Q", P(44, -24), P(90, 6), "Z"), bark)
    s.path(D("M", P(-20, -40), "Q", P(-34, -110), P(-14, -170)), "none", stroke=dark(bark, 0.3), stroke_width=n(5 * sc), stroke_linecap="round", opacity="0.6")
    s.path(D("M", P(70, 2), "Q", P(36, -24), P(36, -90), "Q", P(44, -150), P(24, -200)), "none", stroke=light(bark, 0.3), stroke_width=n(6 * sc), stroke_linecap="round", opacity="0.5")
    for a, b, c, wdt in limbs:
        s.path(D("M", P(*a), "Q", P(*b), P(*c)), "none", stroke=bark, stroke_width=n(wdt * sc), stroke_linecap="round")
        for _ in range(3):
            ang = math.atan2(c[1] - b[1], c[0] - b[0]) + rng.uniform(-1.0, 1.0)
            ln = rng.uniform(40, 80)
            s.line([P(*c), P(c[0] + math.cos(ang) * ln, c[1] + math.sin(ang) * ln)], bark, wdt * 0.4 * sc, stroke_linecap="round")
    layers = [[] for _ in tones]
    lit = []
    pts_ = []
    total = sum(rx * ry for _, _, rx, ry in lobes)
    for lx, ly, rx, ry in lobes:
        for _ in range(max(6, round(clusters * rx * ry / total))):
            a = rng.uniform(0, 2 * math.pi)
            d = math.sqrt(rng.random()) * 0.9
            px, py = lx + math.cos(a) * rx * d, ly + math.sin(a) * ry * d * (0.7 if math.sin(a) > 0 else 1)
            pts_.append((px, py, lx, ly, rx, ry))
    for lx, ly, rx, ry in lobes:  # a solid core, so that no sky shows through the middle
        X, Y = P(lx, ly + ry * 0.1)
        s.open("g", transform=f"translate({n(X)} {n(Y)}) scale(1 {round(ry / rx * 0.8, 3)})")
        s.circle(0, 0, rx * 0.8 * sc, tones[0])
        s.circle(rx * 0.05 * sc, -rx * 0.12 * sc, rx * 0.62 * sc, tones[1])
        s.close()
    for px, py, lx, ly, rx, ry in sorted(pts_, key=lambda q: q[1]):
        r = rng.uniform(40, 64)
        nx_, ny_ = (px - lx) / rx, (py - ly) / ry
        shade = nx_ * sun[0] + ny_ * sun[1] - (py + 460) / 500  # toward the sun and high up: light
        X, Y = P(px, py)
        R = r * sc
        layers[0].append(circle_d(X - R * 0.12, Y + R * 0.22, R * 1.06))
        if shade > -0.95:
            layers[1].append(circle_d(X + R * 0.06, Y - R * 0.04, R * 0.9))
            # a frill of small flower heads breaks the round edge
            for _ in range(3):
                a = rng.uniform(0, 2 * math.pi)
                layers[1].append(circle_d(X + math.cos(a) * R * 0.95, Y + math.sin(a) * R * 0.9, R * rng.uniform(0.18, 0.3)))
        if shade > -0.2:
            layers[2].append(circle_d(X + R * 0.2, Y - R * 0.2, R * 0.62))
        if shade > 0.5 and rng.random() < 0.5:
            layers[3].append(circle_d(X + R * 0.34, Y - R * 0.34, R * 0.24))
        if shade > 0.1:
            lit.append((X + R * 0.3, Y - R * 0.3))
    for tone, ds in zip(tones, layers):
        if ds:
            s.path("".join(ds), tone)
    return lit


def end_warm_snow():
    s, rng = Svg(W, H), random.Random("warm_snow")
    fill_all(s, s.lin([(0, "#86afdb"), (0.4, "#c9d6ec"), (0.6, "#f4e0e6"), (0.75, "#fff0e2")]))
    sun = (1710, 150)
    glow(s, *sun, 1100, "#fff4e0", 0.7)
    glow(s, *sun, 240, "#fffaf0", 0.95)
    s.circle(*sun, 50, "#fffdf6")
    for _ in range(6):
        haze(s, rng.uniform(0, W), rng.uniform(80, 380), rng.uniform(260, 520), rng.uniform(22, 38), s.rad(soft("#ffffff", 0.5)))

    # far mountains, then the hillsides of the east, every slope pink with cherry trees
    hz = 600
    far = [(-40, H)] + [(x, hz - 80 - 40 * math.sin(x / 210) - 30 * math.sin(x / 97 + 1)) for x in range(-40, W + 80, 40)] + [(W + 40, H)]
    s.poly(far, "#c4c2dc")
    band(s, hz - 150, hz + 20, "#fbe6ea", 0, 0.6)
    for layer, (base, amp, col, tcol) in enumerate(((hz, 36, "#bccab6", "#efd2dc"), (hz + 40, 46, "#adc49c", "#f1c8d4"))):
        def prof(px):
            return base - amp * (0.5 + 0.5 * math.sin(px / (250 - layer * 60) + layer * 2.1))
        s.poly([(-40, H)] + [(px, prof(px)) for px in range(-40, W + 80, 30)] + [(W + 40, H)], col)
        dots = []
        for _ in range(60 + layer * 30):
            px = rng.uniform(-20, W + 20)
            py = prof(px) + rng.uniform(-2, 26 + layer * 18)
            for _ in range(5):
                dots.append(circle_d(px + rng.uniform(-16, 16), py + rng.uniform(-9, 3), rng.uniform(6, 11) * (1 + layer * 0.45)))
        s.path("".join(dots), tcol)
        band(s, base - amp, base + 80, "#fbeef0", 0.4, 0.05)
    # two trees of the same grove, a little way off on the next slope
    for bx_, by_, sc_ in ((170, 700, 0.34), (1800, 690, 0.3)):
        great_cherry(s, rng, bx_, by_, sc_, "#7a6068", ["#e6b8c6", "#eec6d2", "#f6d8e0", "#fff0f4"], clusters=60)

    # the near hill: a gentle dome with the oldest tree on top
    tx = 1000

    def ground(px):
        return 742 + 0.0001 * (px - tx) ** 2

    s.poly([(-40, H + 10)] + [(px, ground(px)) for px in range(-40, W + 80, 40)] + [(W + 40, H + 10)],
           s.lin([(0, "#a6c888"), (0.3, "#8cb674"), (1, "#5c8854")]))
    band(s, 730, 820, "#fff4dc", 0.22, 0)
    # the shade under the tree, and the petals already fallen
    haze(s, tx + 30, ground(tx) + 16, 640, 46, s.rad(soft("#3e6a40", 0.5)))
    fallen = []
    for _ in range(300):
        px = tx + rng.gauss(0, 420)
        py = ground(px) + abs(rng.gauss(0, 36)) + 4
        fallen.append(circle_d(px, py, rng.uniform(2, 4.5)))
    s.path("".join(fallen), "#f8dae2", opacity="0.9")

    # the Juggernauts, folded down to rest at the edges of the shade
    jc = "#8a8874"
    juggernaut(s, 420, ground(420) + 6, 0.78, jc, flip=True, crouch=1.0)
    juggernaut(s, 1610, ground(1610) + 4, 0.74, dark(jc, 0.06), crouch=1.0)
    pet = []
    for jx, jy in ((420, ground(420) - 85), (1610, ground(1610) - 80)):
        for _ in range(14):
            pet.append(circle_d(jx + rng.uniform(-60, 60), jy + rng.uniform(-10, 14), rng.uniform(2.5, 4)))
    s.path("".join(pet), "#f8dae2")

    lit = great_cherry(s, rng, tx, ground(tx) + 6, 1.0, "#4a323a", ["#cf889e", "#eab0c2", "#f8d0da", "#fff2f5"], clusters=150)
    for px, py in rng.sample(lit, min(40, len(lit))):
        s.circle(px + rng.uniform(-20, 20), py + rng.uniform(-20, 20), rng.uniform(2, 3.4), "#ffffff", opacity="0.85")

    # the squadron: sitting against the trunk and in the grass, one asleep, and one standing at
    # the edge of the shade, looking east, a pale blue scarf at his neck
    fig = "#4a4048"
    g = lambda px, d=8: ground(px) + d  # noqa: E731
    sitter(s, tx - 80, g(tx - 80), 110, fig, hair="#2a2228")
    sitter(s, tx + 92, g(tx + 92), 106, dark(fig, 0.05), flip=True, hug=True, hair="#7a5a4a")
    sitter(s, tx - 250, g(tx - 250), 103, fig, hug=True, hair="#c8643a")
    sitter(s, tx - 350, g(tx - 350, 10), 101, fig, flip=True, hair="#3a2a30")
    sitter(s, tx + 250, g(tx + 250), 103, fig, flip=True, hair="#d8c8a0")
    sitter(s, 560, g(560, 10), 97, fig, hair="#e8e0d0")
    gx = tx - 520
    gy = g(gx, 12)
    s.path(D("M", (gx - 46, gy - 2), "Q", (gx - 10, gy - 20), (gx + 52, gy - 6), "L", (gx + 54, gy + 2), "L", (gx - 46, gy + 4), "Z"), fig)
    s.circle(gx - 56, gy - 8, 10, fig)
    s.path(D("M", (gx - 64, gy - 10), "Q", (gx - 62, gy - 22), (gx - 50, gy - 18), "Z"), "#1e1a20")
    person(s, tx + 470, g(tx + 470, 10), 129, "#383240", hair="#1c181e", scarf="#9cc6e8")
    person(s, tx + 405, g(tx + 405, 9), 122, "#4a4048", hair="#8a5a3a", lean=-2)
    person(s, 1440, g(1440, 8), 120, "#4a4248", hair="#5a4a40", arm=1.0)

    # petals falling like warm snow: thickest under the tree, drifting on a soft wind
    tones = ["#fbe0e8", "#f4c4d2", "#ffffff", "#f8d0dc"]
    groups = {c: [] for c in tones}
    for _ in range(380):
        if rng.random() < 0.7:
            px, py = tx + rng.gauss(-40, 520), rng.uniform(100, 860)
        else:
            px, py = rng.uniform(-20, W + 20), rng.uniform(0, 1060)
        size = rng.uniform(7, 13) * (0.8 + py / 1400)
        groups[rng.choice(tones)].append(petal_d(px, py, size, rng.uniform(0, math.pi)))
    for c, ds in groups.items():
        s.path("".join(ds), c, opacity="0.92")
    # a few close to the eye, large and soft
    bokeh_petals(s, rng, 8, [(0, 0, 360, 520), (1560, 360, 1920, 700), (60, 860, 1860, 1060)], "#fbd8e2", (34, 60), (0.2, 0.4))
    band(s, 830, H, "#3c5a3c", 0, 0.38)
    vignette(s, 0.28, "#6a4a58")
    return s.text()


# ---------------------------------------------------------------------------------------------
# 2. Out of Uniform: her apartment at night, the post gone, the names kept
# ---------------------------------------------------------------------------------------------
def end_out_of_uniform():
    s, rng = Svg(W, H), random.Random("out_of_uniform")
    fill_all(s, s.lin([(0, "#1e2944"), (1, "#111828")]))
    # the tall window and the First Sector beyond it
    wx, wy, ww, wh = 220, 90, 860, 640
    sky = s.lin([(0, "#0a1230"), (0.7, "#1f2f5a"), (1, "#3a4a78")])
    s.rect(wx, wy, ww, wh, sky)
    s.open("g", clip_path=s.clip(f'<rect x="{wx}" y="{wy}" width="{ww}" height="{wh}"/>'))
    stars(s, rng, 50, 380, big=0.05)
    s.circle(900, 210, 36, "#f2efe0")
    s.circle(916, 200, 32, "#0f1838")
    glow(s, 890, 212, 140, "#e8ecff", 0.25)
    # far off, beyond the city, the searchlights on the wall still sweep
    for a, x0 in ((-62, 430), (-104, 700)):
        g = s.lin([(0, "#c8d8ff", 0.3), (1, "#c8d8ff", 0)], 0, 1, 0, 0)
        s.poly([(x0 - 4, 650), (x0 + 4, 650), (x0 + math.cos(math.radians(a)) * 700 + 30, 650 + math.sin(math.radians(a)) * 700),
                (x0 + math.cos(math.radians(a)) * 700 - 30, 650 + math.sin(math.radians(a)) * 700)], g)
    glow(s, 650, 730, 520, "#ffcf80", 0.22, ry=140)
    skyline(s, rng, 690, wx - 20, wx + ww + 20, 160, 380, "#1a2548", wmin=50, wmax=110, spires=0.35)
    skyline(s, rng, 730, wx - 20, wx + ww + 20, 60, 250, "#101830", lit="#ffd98a", lit_p=0.3, wmin=60, wmax=130, spires=0.1)
    s.close()
    frame = "#3a4868"
    for k in (1, 2):
        s.line([(wx + ww * k / 3, wy), (wx + ww * k / 3, wy + wh)], frame, 12)
    s.line([(wx, wy + 210), (wx + ww, wy + 210)], frame, 10)
    s.rect(wx, wy, ww, wh, "none", stroke=frame, stroke_width=22)
    # reflections on the glass
    for k in range(3):
        x = wx + 60 + k * ww / 3
        s.poly([(x, wy + 230), (x + 60, wy + 230), (x - 80, wy + 620), (x - 140, wy + 620)], "#ffffff", opacity="0.035")
    s.rect(wx - 40, wy + wh - 6, ww + 80, 26, "#2e3a58")
    # curtain, half drawn
    s.path(D("M", (wx + ww - 140, 60), "L", (wx + ww + 110, 60), "C", (wx + ww + 90, 300), (wx + ww + 130, 560), (wx + ww + 100, 800), "L", (wx + ww - 20, 800),
             "C", (wx + ww - 70, 560), (wx + ww - 110, 300), (wx + ww - 140, 60), "Z"), "#26304a")
    for k in range(3):
        x = wx + ww - 90 + k * 60
        s.path(D("M", (x, 70), "C", (x - 10, 300), (x + 20, 560), (x - 5, 800)), "none", stroke="#1a2236", stroke_width=6, opacity="0.7")
    s.rect(wx - 80, 52, ww + 260, 14, "#5a5030", rx="7")
    # moonlight on the floor; the floor itself
    s.rect(0, 760, W, 320, s.lin([(0, "#1c1c2c"), (1, "#0c0c14")]))
    light_beam(s, [(wx, 730), (wx + ww, 730), (wx + ww + 260, H), (wx + 180, H)], "#8aa4e0", 0.12)

    # a rail along the wall, and a small framed print above the table, in the lamp's reach
    s.rect(1180, 600, W - 1180, 8, "#2a3450")
    s.rect(1180, 608, W - 1180, 4, "#0e1422", opacity="0.6")
    s.rect(1260, 300, 190, 150, "#3e3626")
    s.rect(1274, 314, 162, 122, s.lin([(0, "#2a3450"), (1, "#4a4a54")]))
    s.path(D("M", (1274, 436), "L", (1330, 380), "L", (1370, 410), "L", (1406, 372), "L", (1436, 436), "Z"), "#1e263c", opacity="0.8")
    s.circle(1400, 340, 10, "#8a8470", opacity="0.6")
    # the lamp: the one warm light in the room
    lx, ly = 1580, 712
    glow(s, lx, ly - 110, 900, R_GOLD2, 0.3)
    glow(s, lx, ly - 60, 360, "#ffd98a", 0.35)
    # the chair on the far side of the table, her uniform jacket hung over its back
    cx = 860
    chair = "#161116"
    for x in (cx - 104, cx + 88):
        s.rect(x, 476, 16, 240, chair)
    s.rect(cx - 112, 466, 216, 22, chair, rx="6")
    jacket = "#4a5e80"
    s.path(D("M", (cx - 122, 506), "Q", (cx, 446), (cx + 122, 506), "L", (cx + 140, 700), "L", (cx - 140, 700), "Z"),
           s.lin([(0, "#3e5072"), (0.55, "#51668a"), (1, "#9a8a70")], 0, 0, 1, 0), stroke="#222c44", stroke_width=3, stroke_linejoin="round")
    s.path(D("M", (cx + 64, 484), "Q", (cx + 108, 494), (cx + 122, 506), "L", (cx + 140, 700), "L", (cx + 96, 700), "Z"), "#e0b070", opacity="0.35")
    for o in (-1, 1):  # sleeves hanging down the sides
        s.path(D("M", (cx + o * 118, 512), "Q", (cx + o * 150, 600), (cx + o * 146, 700), "L", (cx + o * 112, 700), "Q", (cx + o * 116, 600), (cx + o * 100, 520), "Z"),
               "#44587a" if o < 0 else "#5c6c86", stroke="#222c44", stroke_width=2.5)
    s.path(D("M", (cx - 52, 480), "L", (cx + 2, 556), "L", (cx + 56, 480)), "none", stroke="#c8d0dc", stroke_width=4)
    for k in range(4):
        s.circle(cx + 12, 580 + k * 28, 4.5, "#c8ccd4")
    # the shoulder boards, taken off: two paler oblongs where they were
    for x in (cx - 110, cx + 72):
        s.rect(x, 496, 38, 10, "#6e80a0", rx="4")
    # the table, seen from a little above
    s.poly([(640, 690), (1800, 690), (1920, 790), (560, 790)], s.lin([(0, "#3a2c2a"), (1, "#4e3a32")]))
    haze(s, lx - 100, 742, 500, 62, s.rad(soft("#ffcf80", 0.55)))
    s.poly([(560, 790), (1920, 790), (1920, 816), (560, 816)], "#1e1616")
    s.rect(600, 816, 26, 264, "#181212")
    s.rect(1820, 816, 26, 264, "#181212")

    # the open notebook: names in rows (lines, no letters); a pencil
    ox = 1020
    s.poly([(ox - 8, 716), (ox + 324, 712), (ox + 332, 786), (ox + 4, 790)], "#2a1e1c", opacity="0.6")
    s.poly([(ox, 712), (ox + 160, 704), (ox + 180, 772), (ox + 12, 782)], "#efe4cc")
    s.poly([(ox + 160, 704), (ox + 312, 710), (ox + 320, 778), (ox + 180, 772)], "#f6ecd6")
    s.line([(ox + 160, 704), (ox + 180, 772)], "#b8a888", 2)
    for k in range(6):
        t = (k + 1) / 7.5
        y0 = 712 + 70 * t - 6 * (1 - t)
        s.line([(ox + 14 + 12 * t, y0 - 6), (ox + 14 + 12 * t + rng.uniform(60, 120), y0 - 10)], "#4a4a5a", 1.6, opacity="0.7")
        y1 = 708 + 64 * t
        if k < 4:
            s.line([(ox + 176 + 14 * t, y1), (ox + 176 + 14 * t + rng.uniform(50, 100), y1 + 2)], "#4a4a5a", 1.6, opacity="0.7")
    s.line([(ox - 60, 774), (ox - 10, 730)], "#c89a3a", 5, stroke_linecap="round")
    s.line([(ox - 12, 732), (ox - 4, 725)], "#2a2a2a", 4, stroke_linecap="round")
    # the RAID band, silver, switched off, catching the lamp
    bx, by = 1440, 756
    s.ellipse(bx + 4, by + 6, 84, 18, "#1a1212", opacity="0.45")
    s.ellipse(bx, by, 80, 20, "none", stroke="#dfe6f0", stroke_width=10)
    s.ellipse(bx, by, 80, 20, "none", stroke="#8a96aa", stroke_width=3)
    s.path(D("M", (bx + 10, by - 20), "Q", (bx + 60, by - 18), (bx + 78, by - 6)), "none", stroke="#fff4d8", stroke_width=4, stroke_linecap="round")
    s.circle(bx - 68, by + 10, 5, "#3a4250")
    # a cup gone cold
    s.rect(1720, 706, 46, 54, "#d8d4cc", rx="6")
    s.path(D("M", (1766, 718), "q", 20, 4, 0, 26), "none", stroke="#d8d4cc", stroke_width=6)
    s.ellipse(1743, 708, 23, 6, "#6a4a34")
    # the lamp itself
    s.ellipse(lx, ly + 6, 46, 10, "#2a221e")
    s.rect(lx - 5, ly - 150, 10, 156, "#8a7a5a")
    s.path(D("M", (lx - 72, ly - 140), "L", (lx + 72, ly - 140), "L", (lx + 48, ly - 228), "L", (lx - 48, ly - 228), "Z"), s.lin([(0, "#ffe6a8"), (1, "#f0b860")]))
    s.ellipse(lx, ly - 140, 72, 10, "#fff2c8")
    light_beam(s, [(lx - 70, ly - 136), (lx + 70, ly - 136), (lx + 260, ly + 70), (lx - 300, ly + 70)], "#ffe0a0", 0.18)
    band(s, 830, H, "#05060c", 0, 0.5)
    vignette(s, 0.55)
    return s.text()


# ---------------------------------------------------------------------------------------------
# 3. Past the Walls: the gate open, the road east, one walker
# ---------------------------------------------------------------------------------------------
def fade_poly(s, points, color, op0, y0, y1, op1=0.0):
    """A polygon filled with one colour fading from op0 at y0 to op1 at y1 (top to bottom)."""
    s.poly(points, s.lin([(0, color, op0), (1, color, op1)], 0, y0, 0, y1, user=True))


def end_past_the_walls():
    s, rng = Svg(W, H), random.Random("past_the_walls")
    vx, vy = 960, 600  # the vanishing point: the road's end, where the sun comes up
    sun = (vx + 18, vy - 40)
    top, base = 124, 720  # the wall's top and foot on our side
    gx0, gx1, gy0 = 700, 1220, 250  # the gate's mouth on our side
    k = 0.8  # the far mouth, scaled toward the vanishing point

    def far(px, py, kk=k):
        return (vx + (px - vx) * kk, vy + (py - vy) * kk)

    def morning(x0, y0, x1, y1, flowers):
        """The country beyond the wall: sky, sun, low hills, meadow, wildflowers, the road."""
        s.rect(x0, y0, x1 - x0, vy - y0, s.lin([(0, "#b4d0ec"), (0.55, "#e6eef2"), (0.85, "#fff0d0"), (1, "#ffe6b4")], 0, y0, 0, vy, user=True))
        glow(s, *sun, 420, "#fff3d0", 0.95)
        s.circle(*sun, 36, "#fffcf2")
        s.path(A.blob([(x0 - 60, vy + 2), (x0 + 120, vy - 22), (vx - 90, vy - 12), (vx + 40, vy - 28), (vx + 200, vy - 8), (x1 + 60, vy - 24), (x1 + 60, vy + 8), (x0 - 60, vy + 8)]), "#b6c9b0")
        s.rect(x0, vy, x1 - x0, y1 - vy, s.lin([(0, "#cadba8"), (0.2, "#a6c582"), (1, "#86b068")], 0, vy, 0, y1, user=True))
        band(s, vy - 30, vy + 30, "#fff4dc", 0, 0.5)
        fl = {c: [] for c in ("#ffffff", "#f8d850", "#b8a0e8", "#f4a8b8")}
        for _ in range(flowers):
            y = vy + 3 + (y1 - vy) * rng.random() ** 1.4
            t = (y - vy) / (y1 - vy)
            x = rng.uniform(x0, x1)
            if abs(x - vx) < (y - vy) * 0.95 + 3:  # not on the road
                continue
            fl[rng.choice(list(fl))].append(circle_d(x, y, 0.7 + (y - vy) * 0.03))
        for c, ds in fl.items():
            s.path("".join(ds), c, opacity="0.95")
        s.poly([(vx - 2, vy), (vx + 2, vy), (vx + (y1 - vy) * 0.9, y1), (vx - (y1 - vy) * 0.9, y1)], s.lin([(0, "#fff4dc"), (1, "#ece0c4")], 0, vy, 0, y1, user=True))

    fill_all(s, s.lin([(0, "#9cc0e6"), (0.3, "#d2e2f0"), (0.55, "#fff0d4")]))
    glow(s, *sun, 900, "#fff3d0", 0.6)
    # the wall, in its own shadow, the sun behind it; the gate's tunnel cut through it
    wall = s.lin([(0, "#8a94a2"), (0.5, "#737e8c"), (1, "#5a6472")])
    mouth = D("M", (gx0, base), "L", (gx0, gy0), "L", (gx1, gy0), "L", (gx1, base), "Z")
    s.path(D("M", (-10, top), "L", (W + 10, top), "L", (W + 10, base), "L", (-10, base), "Z") + " " + mouth, wall, fill_rule="evenodd")
    for x in range(30, W, 160):  # panel seams and rain streaks
        if gx0 - 10 < x < gx1 + 10:
            continue
        s.line([(x, top), (x, base)], "#4e5866", 3, opacity="0.6")
        for _ in range(2):
            sx = x + rng.uniform(14, 130)
            if gx0 - 30 < sx < gx1 + 10:
                continue
            s.rect(sx, top + 24, rng.uniform(5, 18), rng.uniform(60, 280), "#3e4652", opacity=n(rng.uniform(0.12, 0.3)))
    for y in (top + 205, top + 410):
        s.path(D("M", (-10, y), "H", gx0, "M", (gx1, y), "H", W + 10), "none", stroke="#4e5866", stroke_width=3, opacity="0.55")
    band(s, base - 140, base, "#2e3440", 0, 0.3)
    # the coping, sunlit along its edge, and the old towers, empty now
    s.rect(-10, top - 18, W + 20, 24, "#6c7684")
    for x in (130, 1690):  # floodlights on the coping, dark now
        s.rect(x, top - 96, 8, 80, "#4e5866")
        s.poly([(x - 18, top - 104), (x + 26, top - 104), (x + 20, top - 88), (x - 12, top - 88)], "#4e5866")
        s.rect(x - 18, top - 106, 44, 3, "#fff2d0", opacity="0.6")
    s.rect(-10, top - 20, W + 20, 4, "#fff2d0", opacity="0.75")
    coil = []
    for x in range(-20, W + 20, 26):
        coil.append(D("M", (x, top - 20), "c", 6, -22, 30, -22, 26, 0))
    s.path("".join(coil), "none", stroke="#3e4652", stroke_width=2.5)
    # a lintel and jambs round the gate
    s.path(D("M", (gx0 - 40, base), "L", (gx0 - 40, gy0 - 40), "L", (gx1 + 40, gy0 - 40), "L", (gx1 + 40, base), "L", (gx1, base), "L", (gx1, gy0),
             "L", (gx0, gy0), "L", (gx0, base), "Z"), "#68727f")
    s.rect(gx0 - 40, gy0 - 40, gx1 - gx0 + 80, 6, "#8a94a0")
    # the tunnel: dark sides and ceiling, a lit floor
    s.poly([(gx0, gy0), far(gx0, gy0), far(gx0, base), (gx0, base)], "#3a4250")
    s.poly([(gx1, gy0), far(gx1, gy0), far(gx1, base), (gx1, base)], "#424a58")
    s.poly([(gx0, gy0), (gx1, gy0), far(gx1, gy0), far(gx0, gy0)], "#2c323e")
    s.poly([(gx0, base), (gx1, base), far(gx1, base), far(gx0, base)], "#b4aa90")
    # what the far mouth frames: the morning
    fx0, fy0 = far(gx0, gy0)
    fx1, fy1 = far(gx1, base)
    s.open("g", clip_path=s.clip(f'<rect x="{n(fx0)}" y="{n(fy0)}" width="{n(fx1 - fx0)}" height="{n(fy1 - fy0)}"/>'))
    morning(fx0, fy0, fx1, fy1, 220)
    s.close()
    s.poly([(fx0, fy0), (fx1, fy0), (fx1, fy0 + 8), (fx0, fy0 + 8)], "#000000", opacity="0.15")

    # on our side: the old road, grass and flowers at the wall's foot, in the wall's shade
    s.rect(-10, base, W + 20, H - base, s.lin([(0, "#6e7e66"), (1, "#46563e")]))
    s.poly([(780, base), (1140, base), (1680, H), (240, H)], s.lin([(0, "#8e8c84"), (1, "#66645e")]))
    s.poly([(gx0, base), (gx1, base), far(gx1, base), far(gx0, base)], "#b4aa90")
    # sunlight through the gate, lying along the road toward us, thinning out as it comes
    lit = [far(gx0, base), far(gx1, base), (2000, H), (-80, H)]
    fade_poly(s, lit, "#fff0c8", 0.75, 700, 930)
    for _ in range(16):
        x, y = rng.uniform(360, 1560), rng.uniform(base + 30, H - 10)
        s.path(D("M", (x, y), "l", rng.uniform(-50, 50), rng.uniform(8, 24)), "none", stroke="#4a4842", stroke_width=2, opacity="0.35")
    # the walker's long shadow, thrown back at us
    wy_ = far(vx, base)[1] - 2
    fade_poly(s, [(vx - 5, wy_), (vx + 5, wy_), (vx + 22, 980), (vx - 22, 980)], "#3a3428", 0.55, wy_, 980)
    # the great doors, swung open toward us
    o = 1.5
    for side in (-1, 1):
        e = gx0 if side < 0 else gx1
        nx, nt, nb = vx + (e - vx) * o, vy + (gy0 - vy) * o, vy + (base - vy) * o
        fill = s.lin([(0, "#4e5664"), (1, "#6a727e")], 0, 0, 1, 0) if side < 0 else s.lin([(0, "#6a727e"), (1, "#4e5664")], 0, 0, 1, 0)
        s.poly([(e, gy0 + 6), (nx, nt + 10), (nx, nb), (e, base)], fill)
        for t in (0.2, 0.4, 0.6, 0.8):
            s.line([(e, gy0 + (base - gy0) * t), (nx, nt + (nb - nt) * t)], "#3e4450", 4)
        s.poly([(nx, nt + 10), (nx - side * 16, nt + 8), (nx - side * 16, nb + 6), (nx, nb)], "#3a404a")
        s.poly([(e, base), (nx, nb), (nx + side * 60, nb + 10), (e + side * 40, base + 2)], "#1e2218", opacity="0.35")
    # grass and flowers in the shade at both sides
    grass = {c: [] for c in ("#5a7a4a", "#6e8e56", "#4a6a3e")}
    fl3 = {c: [] for c in ("#ffffff", "#f8d850", "#b8a0e8")}
    for _ in range(300):
        side = rng.choice((-1, 1))
        y = base + 6 + (H - base - 6) * rng.random()
        edge = vx + side * (180 + (y - base) * 4.5)  # keep off the road
        x = rng.uniform(-10, edge - 20) if side < 0 else rng.uniform(edge + 20, W + 10)
        if not -10 < x < W + 10:
            continue
        h = 10 + (y - base) * 0.08
        grass[rng.choice(list(grass))].append(D("M", (x, y), "l", -3, -h, "M", (x, y), "l", 4, -h * 0.8))
        if rng.random() < 0.25 and y < 940:
            fl3[rng.choice(list(fl3))].append(circle_d(x + 2, y - h, 2 + (y - base) * 0.012))
    for c, ds in grass.items():
        s.path("".join(ds), "none", stroke=c, stroke_width=3, stroke_linecap="round")
    for c, ds in fl3.items():
        s.path("".join(ds), c)
    # ivy coming up the wall at its foot
    for x0 in (90, 420, 1450, 1760):
        for _ in range(3):
            pts_ = [(x0 + rng.uniform(-30, 30), base)]
            for _ in range(6):
                pts_.append((pts_[-1][0] + rng.uniform(-24, 24), pts_[-1][1] - rng.uniform(18, 36)))
            s.line(pts_, "#4a6040", 3, stroke_linejoin="round")
            for px, py in pts_[1:]:
                s.ellipse(px + 6, py, 9, 6, "#5e7a4c")
    # morning light streaming through the gate: soft rays in the dust
    for a0, a1, op in ((-0.5, -0.38, 0.16), (-0.24, -0.16, 0.12), (0.05, 0.12, 0.14), (0.3, 0.42, 0.16), (0.58, 0.66, 0.1)):
        pts_ = [sun]
        for a in (a0, a1):
            pts_.append((sun[0] + math.sin(a) * 900, sun[1] + math.cos(a) * 900))
        s.poly(pts_, s.rad([(0, "#fff6dc", op * 0.7), (0.5, "#fff6dc", op * 0.25), (1, "#fff6dc", 0)], sun[0], sun[1], 640, user=True))
    glow(s, vx, base - 30, 300, "#fff2d0", 0.3)
    # the walker, at the far mouth of the gate, going east with a rucksack
    glow(s, vx, wy_ - 40, 110, "#fffaf0", 0.55)
    person(s, vx, wy_, 94, "#363644", stride=0.5, pack="#5a5a4a", hair="#eef0f6", hair_long=True)
    band(s, 820, H, "#262e22", 0, 0.5)
    vignette(s, 0.4, "#2a3040")
    return s.text()


# ---------------------------------------------------------------------------------------------
# 4. A Voice Inside the Walls: the plaza, by day, and the names said out loud
# ---------------------------------------------------------------------------------------------
def listener(s, x, base, h, color, hair=None):
    """A figure in a crowd, from behind: head and a coat to the ground, as in make_art's crowd()."""
    w = h * 0.27
    s.path(D("M", (x - w, base), "Q", (x - w * 1.02, base - h * 0.72), (x, base - h * 0.76), "Q", (x + w * 1.02, base - h * 0.72), (x + w, base), "Z"), color)
    s.circle(x, base - h * 0.86, h * 0.1, color)
    if hair:
        s.path(D("M", (x - h * 0.1, base - h * 0.85), "A", h * 0.1, h * 0.1, 0, 0, 1, (x + h * 0.1, base - h * 0.85), "Z"), hair)


def speaker(s, x, y, h, jacket="#4a5e84", hair="#f4f6fb", skin="#f6e2d8"):
    """Lena at the lectern, facing us: long pale hair, the Republic's blue, no features."""
    u = h / 100
    s.path(D("M", (x - 10 * u, y - 94 * u), "Q", (x - 15 * u, y - 70 * u), (x - 14 * u, y - 46 * u), "L", (x + 14 * u, y - 46 * u),
             "Q", (x + 15 * u, y - 70 * u), (x + 10 * u, y - 94 * u), "Z"), dark(hair, 0.12))
    s.path(D("M", (x - 12 * u, y - 78 * u), "Q", (x, y - 84 * u), (x + 12 * u, y - 78 * u), "L", (x + 10 * u, y - 30 * u), "L", (x - 10 * u, y - 30 * u), "Z"), jacket)
    s.poly([(x - 4 * u, y - 82 * u), (x + 4 * u, y - 82 * u), (x, y - 70 * u)], "#eef2f8")
    s.line([(x, y - 78 * u), (x, y - 66 * u)], "#2a3450", 1.6 * u)
    for o in (-1, 1):
        s.line([(x + o * 11 * u, y - 76 * u), (x + o * 14 * u, y - 58 * u), (x + o * 12 * u, y - 46 * u)], jacket, 5 * u, stroke_linecap="round", stroke_linejoin="round")
    s.rect(x - 2.6 * u, y - 88 * u, 5.2 * u, 7 * u, dark(skin, 0.1))
    s.ellipse(x, y - 93 * u, 6.4 * u, 7.6 * u, skin)
    # the fringe and the locks that frame the face, falling past the shoulders
    s.path(D("M", (x - 7.6 * u, y - 90 * u), "Q", (x - 8.6 * u, y - 103.5 * u), (x, y - 102.5 * u), "Q", (x + 8.6 * u, y - 103.5 * u), (x + 7.6 * u, y - 90 * u),
             "Q", (x + 3 * u, y - 97 * u), (x - 1 * u, y - 96 * u), "Q", (x - 5 * u, y - 95 * u), (x - 7.6 * u, y - 90 * u), "Z"), hair)
    for o in (-1, 1):
        s.path(D("M", (x + o * 7.8 * u, y - 96 * u), "Q", (x + o * 9.6 * u, y - 80 * u), (x + o * 8.6 * u, y - 62 * u), "L", (x + o * 5.6 * u, y - 66 * u),
                 "Q", (x + o * 6.6 * u, y - 82 * u), (x + o * 5.8 * u, y - 92 * u), "Z"), hair)


def end_voice_inside():
    s, rng = Svg(W, H), random.Random("voice_inside")
    fill_all(s, s.lin([(0, "#7eaadc"), (0.45, "#c4daf0"), (0.58, "#eef0ea")]))
    glow(s, 1640, 100, 760, "#fff6dc", 0.75)
    for _ in range(5):
        haze(s, rng.uniform(0, W), rng.uniform(80, 300), rng.uniform(200, 420), rng.uniform(18, 34), s.rad(soft("#ffffff", 0.7)))
    hz = 600
    # the city around the plaza
    skyline(s, rng, 440, -20, W + 20, 60, 200, "#c2d2e6", wmin=60, wmax=150, spires=0.3)
    facade(s, rng, -80, 270, 560, 340, "#e8e4da", "#a8bcd4", "#8fa2bc", 5)
    facade(s, rng, 1500, 260, 540, 350, "#eae6dc", "#a8bcd4", "#8fa2bc", 5)
    band(s, 200, hz, "#dfe8f2", 0, 0.35)
    # the Assembly: pediment, columns, steps
    ax0, ax1, at, ab = 540, 1500, 250, 540
    s.rect(ax0, at, ax1 - ax0, ab - at, "#e2e7ee")
    s.poly([(ax0 - 30, at), (ax1 + 30, at), ((ax0 + ax1) / 2, at - 110)], "#f2f4f8")
    s.poly([(ax0 + 30, at - 12), (ax1 - 30, at - 12), ((ax0 + ax1) / 2, at - 90)], "#d0d9e4")
    s.rect(ax0 - 30, at - 10, ax1 - ax0 + 60, 20, "#f6f7fa")
    s.rect(ax0 - 10, at + 10, ax1 - ax0 + 20, 14, "#c4ccd8")
    s.rect(ax0, at + 24, ax1 - ax0, ab - at - 24, "#5d7391", opacity="0.14")
    for i in range(10):
        x = ax0 + 40 + i * (ax1 - ax0 - 80) / 9
        s.rect(x - 18, at + 24, 36, ab - at - 24, s.lin([(0, "#ffffff"), (0.6, "#e6eaf0"), (1, "#aeb8c8")], 0, 0, 1, 0))
        s.rect(x - 24, at + 24, 48, 10, "#eef0f4")
        s.rect(x - 24, ab - 8, 48, 10, "#c8d0dc")
    for k in range(6):
        s.rect(ax0 - 40 - k * 22, ab + k * 10, ax1 - ax0 + 80 + k * 44, 10, "#e8ebf0" if k % 2 else "#d2d8e2")
    for x in (560, 1400):  # two long banners on the façade
        republic_flag(s, x, at + 40, 80, 210)
    # the plaza floor
    s.rect(0, hz, W, H - hz, s.lin([(0, "#e4dfd4"), (1, "#bab2a2")]))
    for k in range(-9, 10):
        s.line([(960 + k * 60, hz), (960 + k * 320, H)], "#a8a090", 2, opacity="0.3")
    for k in range(10):
        s.line([(0, hz + 6 + k * k * 5), (W, hz + 6 + k * k * 5)], "#a8a090", 2, opacity="0.3")

    # the stage before the steps: the board of names behind it, the lectern, the speaker
    st0, st1, sty, stb = 700, 1500, 596, 660
    bx0, bx1, by0 = 870, 1350, 330
    lx = (bx0 + bx1) / 2
    s.rect(bx0 + 14, by0 + 14, bx1 - bx0, sty - by0, "#1a2238", opacity="0.25")
    s.rect(bx0, by0, bx1 - bx0, sty - by0, s.lin([(0, "#28426e"), (1, "#1c3158")]))
    s.rect(bx0 - 10, by0 - 12, bx1 - bx0 + 20, 16, "#c9b27a")
    for col in range(2):  # twelve names, six a side, in silver: lines, not letters
        for row in range(6):
            w = rng.uniform(96, 140)
            x = bx0 + 34 if col == 0 else bx1 - 34 - w
            s.rect(x, by0 + 40 + row * 34, w, 7, "#dfe6f0", rx="3")
    s.rect(st0, sty, st1 - st0, stb - sty, "#2f4a78")
    for k in range(12):
        x = st0 + (st1 - st0) * (k + 0.5) / 12
        s.path(D("M", (x - 32, sty + 2), "Q", (x, sty + 30), (x + 32, sty + 2)), "none", stroke="#f4f7fb", stroke_width=4)
    s.rect(st0 - 10, sty - 8, st1 - st0 + 20, 12, "#c9b27a")
    glow(s, lx, sty - 80, 150, "#dfe8ff", 0.35)
    speaker(s, lx, sty, 136)
    s.poly([(lx - 40, sty - 66), (lx + 40, sty - 66), (lx + 32, sty), (lx - 32, sty)], "#6a4a34")
    s.rect(lx - 46, sty - 72, 92, 10, "#8a6a4a")
    s.line([(lx + 22, sty - 72), (lx + 14, sty - 98)], "#2a2a2a", 3)
    s.circle(lx + 14, sty - 100, 4, "#2a2a2a")
    for x, ph in ((st0 - 30, 0.3), (st1 + 30, 1.7)):
        wave_flag(s, x, 200, 130, 84, ph)
    # birds over the plaza
    for _ in range(9):
        x, y, r = rng.uniform(160, 1000), rng.uniform(70, 220), rng.uniform(8, 14)
        s.path(D("M", (x - r, y - r * 0.3), "Q", (x - r * 0.4, y - r * 0.5), (x, y), "Q", (x + r * 0.4, y - r * 0.5), (x + r, y - r * 0.3)), "none", stroke="#5a6a80", stroke_width=2.5, stroke_linecap="round")

    # the Juggernaut on its white plinth, on the left; flowers left at its foot
    px, pb = 330, 712
    s.poly([(px - 180, pb), (px + 180, pb), (px + 160, pb - 20), (px - 160, pb - 20)], "#c8ccd2")
    s.rect(px - 130, 468, 260, pb - 486, s.lin([(0, "#ffffff"), (0.7, "#e4e6ea"), (1, "#b8bec8")], 0, 0, 1, 0))
    s.rect(px - 146, 454, 292, 22, "#f4f5f7")
    s.rect(px - 56, 560, 112, 40, "#c8a860")
    juggernaut(s, px, 456, 0.86, "#8c98a8", crouch=0.15)
    for _ in range(30):
        fx, fy = px + rng.uniform(-160, 160), pb + rng.uniform(-4, 12)
        s.circle(fx, fy, rng.uniform(5, 9), rng.choice(["#ffffff", "#f4c4d0", "#f8d860", "#e86a6a"]))
    s.circle(px - 90, pb - 14, 24, "none", stroke="#4a7a4a", stroke_width=9)
    for k in range(10):
        a = k * math.pi / 5
        s.circle(px - 90 + math.cos(a) * 24, pb - 14 + math.sin(a) * 24, 5, "#f4f4f0")

    # the crowd: most of it stopped to listen, some still passing at the edges
    haze(s, 1080, 786, 620, 40, s.rad(soft("#6a6458", 0.3)))
    cols = ["#6a7c98", "#56668a", "#857a70", "#8a96aa", "#5e6872", "#72687a", "#4a5c7c", "#9a8c78", "#7a8a8a"]
    hairs = ["#3a2a20", "#c8a870", "#1e1a18", "#6a4a30", "#e8e0d0", "#8a5a3a"]
    for base, count, x0, x1 in ((676, 26, 640, 1580), (700, 24, 600, 1640), (728, 20, 560, 1700), (760, 16, 520, 1760)):
        for _ in range(count):
            x = rng.uniform(x0, x1)
            if base < 720 and abs(x - lx) < 70:
                continue  # a gap to see her through
            listener(s, x, base + rng.uniform(-6, 6), (base - hz) * rng.uniform(0.8, 0.95), rng.choice(cols), rng.choice(hairs + [None]))
    for x, y, d in ((80, 744, 1), (200, 790, 1), (1800, 724, -1), (1880, 776, -1)):
        person(s, x, y, (y - hz) * 0.86, rng.choice(cols), stride=0.6, hair=rng.choice(hairs), lean=3 * d)
    # the boy from the plaza and his mother, by the plinth, looking up at it
    person(s, px + 230, 770, 146, "#8a6a7a", hair="#6a4a30", long=True)
    person(s, px + 180, 770, 80, "#5d7391", hair="#e0c890", arm=1.0)
    # long soft shadows of the crowd on the stones, and pigeons that do not care
    for _ in range(7):
        x, y = rng.uniform(300, 1700), rng.uniform(880, 960)
        f = rng.choice((-1, 1))
        s.ellipse(x, y, 13, 8, "#7a8290")
        s.circle(x + f * 11, y - 7, 5, "#6a7280")
        s.poly([(x + f * 15, y - 8), (x + f * 21, y - 6), (x + f * 15, y - 5)], "#c8a860")
        s.line([(x - 2, y + 7), (x - 3, y + 13)], "#c87060", 1.5)
        s.line([(x + 3, y + 7), (x + 4, y + 13)], "#c87060", 1.5)
    band(s, 830, H, "#8a8270", 0, 0.3)
    vignette(s, 0.3, "#3a4a6a")
    return s.text()


# ---------------------------------------------------------------------------------------------
# 5. Twelve Names: aluminium in bare earth, at dusk
# ---------------------------------------------------------------------------------------------
def end_twelve_names():
    s, rng = Svg(W, H), random.Random("twelve_names")
    hz = 640
    fill_all(s, s.lin([(0, "#141830"), (0.3, "#2a2a48"), (0.46, "#4e4060"), (0.54, "#8a5e6a"), (0.6, "#c98266")]))
    stars(s, rng, 70, 360, big=0.0)
    # the evening star over the markers
    ex, ey = 1190, 190
    glow(s, ex, ey, 70, "#fff2dc", 0.55)
    s.path(D("M", (ex - 15, ey), "Q", (ex, ey), (ex, ey - 15), "Q", (ex, ey), (ex + 15, ey), "Q", (ex, ey), (ex, ey + 15), "Q", (ex, ey), (ex - 15, ey), "Z"), "#fffaf0")
    sunset = (820, hz)
    glow(s, *sunset, 1000, "#f0a070", 0.3, ry=260)
    glow(s, *sunset, 360, "#ffc890", 0.35, ry=90)
    for _ in range(4):
        haze(s, rng.uniform(200, 1700), rng.uniform(420, 570), rng.uniform(300, 520), rng.uniform(18, 28), s.rad(soft("#f0a890", 0.22)))
    ruined_skyline(s, rng, hz, -20, 640, 14, 56, "#3a2c40", 30, 80)
    ruined_skyline(s, rng, hz, 1280, W + 20, 10, 40, "#3a2c40", 30, 80)
    for x, h in ((1470, 120), (1610, 82), (1710, 58), (1790, 42)):
        pylon(s, x, hz + 2, h, "#2c2234")
    # bare earth, the last light lying along it
    s.rect(0, hz, W, H - hz, s.lin([(0, "#5a4036"), (0.25, "#3a2a26"), (1, "#161010")]))
    haze(s, sunset[0], hz + 4, 900, 40, s.rad(soft("#e89070", 0.4)))
    for k in range(16):
        y = hz + 5 + k * k * 1.8
        s.line([(0, y), (W, y + rng.uniform(-4, 4))], "#140e0e", 2, opacity="0.28")
    stones = []
    for _ in range(40):
        x, y = rng.uniform(0, W), hz + 12 + (H - hz - 12) * rng.random() ** 1.5
        r = 1.2 + (y - hz) * 0.012
        stones.append(D("M", (x - r * 1.8, y), "Q", (x - r, y - r * 1.2), (x + r * 0.4, y - r), "Q", (x + r * 1.8, y - r * 0.4), (x + r * 1.6, y), "Z"))
    s.path("".join(stones), "#5e4a42", opacity="0.7")
    for _ in range(30):
        x, y = rng.uniform(0, W), rng.uniform(hz + 20, 820)
        h = 6 + (y - hz) * 0.1
        s.path(D("M", (x, y), "l", -4, -h, "M", (x, y), "l", 1, -h * 1.1, "M", (x, y), "l", 5, -h * 0.8), "none", stroke="#7a6048", stroke_width=1.6, opacity="0.7")

    # twelve squares of aluminium in a shallow arc, each pushed into the earth by hand
    marks = []
    for i in range(12):
        t = (i - 5.5) / 5.5
        x = 960 + t * 640 + rng.uniform(-12, 12)
        y = 716 + 56 * t * t + rng.uniform(-6, 6)
        marks.append((x, y))
    for x, y in sorted(marks, key=lambda m: m[1]):
        sc = 1.04 + (y - 716) / 200
        w, h = 86 * sc, 88 * sc
        # a long shadow toward us, away from where the sun went down
        dx, dy = x - sunset[0], y - sunset[1]
        ln = math.hypot(dx, dy)
        ux, uy = dx / ln, dy / ln
        L = 200 * sc
        s.poly([(x - w * 0.45, y), (x + w * 0.45, y), (x + w * 0.6 + ux * L, y + uy * L), (x - w * 0.6 + ux * L, y + uy * L)],
               s.lin([(0, "#080404", 0.5), (1, "#080404", 0)], x, y, x + ux * L, y + uy * L, user=True))
        s.ellipse(x, y + 3, w * 0.72, 10 * sc, "#1e1614")
        s.ellipse(x, y - 1, w * 0.6, 6 * sc, "#6a4c40", opacity="0.7")
        lean = rng.uniform(-7, 7)
        s.open("g", transform=f"rotate({n(lean)} {n(x)} {n(y)})")
        j = [rng.uniform(-4, 4) * sc for _ in range(4)]
        shape = [(x - w / 2 + j[0], y - h + j[1]), (x + w / 2 + j[2], y - h - 3 * sc + j[3]), (x + w / 2 + 1, y), (x - w / 2, y)]
        s.poly(shape, s.lin([(0, "#9a90a4"), (0.45, "#5c5668"), (1, "#302a38")], 0, 0, 0.25, 1), stroke="#1e1a24", stroke_width=n(1.6 * sc))
        # the rim catching the last of the light
        s.line([shape[0], shape[1]], "#ffd4ac", 2.6 * sc, stroke_linecap="round")
        s.line([shape[1], (shape[2][0], shape[2][1] - h * 0.4)], "#f0a880", 1.6 * sc, opacity="0.7")
        # scratched, by hand, with a knife: short straight cuts of bright metal, no letters
        for row in range(rng.choice((1, 2, 2))):
            yy = y - h * (0.7 - row * 0.25)
            xx = x - w * 0.34
            end = x + w * rng.uniform(0.14, 0.34)
            cuts = []
            while xx < end:
                gh = rng.uniform(9, 13) * sc
                for _ in range(rng.choice((1, 2, 2, 3))):
                    a = rng.choice((math.pi / 2, math.pi / 2, rng.uniform(0.3, 1.2), rng.uniform(1.9, 2.8), 0.0))
                    ln = gh if a else gh * 0.5
                    cx_, cy_ = xx + rng.uniform(0, 3) * sc, yy + rng.uniform(-1.5, 1.5) * sc
                    cuts.append(((cx_ - math.cos(a) * ln / 2, cy_ + math.sin(a) * ln / 2), (cx_ + math.cos(a) * ln / 2, cy_ - math.sin(a) * ln / 2)))
                xx += rng.uniform(6, 9) * sc
            s.path("".join(D("M", (a[0] + 0.8, a[1] + 1.2), "L", (b[0] + 0.8, b[1] + 1.2)) for a, b in cuts), "none", stroke="#16121c", stroke_width=n(1.5 * sc), opacity="0.8")
            s.path("".join(D("M", a, "L", b) for a, b in cuts), "none", stroke="#f2e6e0", stroke_width=n(1.2 * sc), stroke_linecap="round", opacity="0.92")
        s.close()
        # the earth pushed up against its foot
        mound = [(x - w * 0.62, y + 4 * sc)]
        for k in range(7):
            mound.append((x - w * 0.55 + w * 1.1 * k / 6, y - rng.uniform(3, 9) * sc))
        mound.append((x + w * 0.62, y + 4 * sc))
        s.poly(mound, "#2a1e1a")
        s.line(mound[1:-1], "#7a5848", 1.6 * sc, opacity="0.6")
    # the knife, laid down in front of them
    kx, ky = 1040, 806
    s.open("g", transform=f"rotate(-10 {kx} {ky})")
    s.ellipse(kx + 4, ky + 10, 96, 8, "#080404", opacity="0.5")
    s.path(D("M", (kx, ky - 9), "L", (kx + 70, ky - 9), "Q", (kx + 92, ky - 6), (kx + 104, ky + 4), "Q", (kx + 70, ky + 8), (kx, ky + 8), "Z"),
           s.lin([(0, "#f0c0a0"), (0.45, "#8a8490"), (1, "#3a3642")], 0, 0, 0, 1))
    s.line([(kx + 2, ky - 8), (kx + 76, ky - 8)], "#ffe0c4", 2, opacity="0.9")
    s.line([(kx + 6, ky + 1), (kx + 64, ky + 1)], "#2a2630", 1.5, opacity="0.5")
    s.rect(kx - 10, ky - 15, 12, 28, "#2e2c28", rx="3")
    s.rect(kx - 76, ky - 9, 68, 18, "#2a2a20", rx="7")
    for k in range(5):
        s.line([(kx - 70 + k * 13, ky - 9), (kx - 64 + k * 13, ky + 9)], "#4a4a36", 3)
    s.circle(kx - 80, ky, 6, "#2e2c28")
    s.close()
    band(s, 860, H, "#000000", 0, 0.4)
    vignette(s, 0.55, "#0a0610")
    return s.text()


# ---------------------------------------------------------------------------------------------
# 6. Static: the control room at night, the screen full of noise
# ---------------------------------------------------------------------------------------------
def noise_pattern(s, rng, size, count, colors, cell=(2, 5)):
    pid = s._id("p")
    rects = []
    for _ in range(count):
        w = rng.uniform(*cell)
        rects.append(f'<rect x="{n(rng.uniform(0, size))}" y="{n(rng.uniform(0, size))}" width="{n(w * rng.uniform(1, 3))}" height="{n(w * 0.7)}" '
                     f'fill="{rng.choice(colors)}" opacity="{round(rng.uniform(0.2, 0.9), 2)}"/>')
    s.defs.append(f'<pattern id="{pid}" width="{size}" height="{size}" patternUnits="userSpaceOnUse">{"".join(rects)}</pattern>')
    return f"url(#{pid})"


def end_static():
    s, rng = Svg(W, H), random.Random("static")
    fill_all(s, s.lin([(0, "#141c30"), (1, "#070a12")]))
    for k in range(10):
        s.rect(k * 200 - 40, 40, 184, 660, "#111a2c", stroke="#1c2840", stroke_width=3)
    sx, sy, sw, sh = 400, 90, 1120, 560
    glow(s, 960, 370, 1200, "#5a8ac8", 0.3, ry=640)
    s.rect(sx - 18, sy - 18, sw + 36, sh + 36, "#070a10", rx="8")
    s.rect(sx, sy, sw, sh, s.lin([(0, "#1a2a40"), (1, "#0e1828")]))
    s.open("g", clip_path=s.clip(f'<rect x="{sx}" y="{sy}" width="{sw}" height="{sh}"/>'))
    # what is left of the map: the grid and the front line, barely
    for k in range(0, sw, 55):
        s.line([(sx + k, sy), (sx + k, sy + sh)], "#3a5a7a", 1.5, opacity="0.25")
    for k in range(0, sh, 55):
        s.line([(sx, sy + k), (sx + sw, sy + k)], "#3a5a7a", 1.5, opacity="0.25")
    s.path(D("M", (sx + 400, sy), "C", (sx + 520, sy + 160), (sx + 620, sy + 220), (sx + 700, sy + 300), "S", (sx + 900, sy + 480), (sx + 1100, sy + 520)), "none", stroke="#4a7aa0", stroke_width=5, opacity="0.3")
    # and the noise over all of it
    cols = ["#c8d8f0", "#8aa4c8", "#ffffff", "#5a7090"]
    s.open("g", opacity="0.78")
    for size, count in ((97, 170), (131, 260), (173, 380)):
        s.rect(sx, sy, sw, sh, noise_pattern(s, rng, size, count, cols))
    s.close()
    for _ in range(26):
        y = sy + rng.uniform(0, sh)
        hgt = rng.choice((2, 3, 5, 9, 16))
        s.rect(sx, y, sw, hgt, rng.choice(cols), opacity=n(rng.uniform(0.05, 0.25)))
    # the march's last track on the map, east out of the ward, and the ring where it went
    track = [(sx + 180, sy + 380), (sx + 330, sy + 350), (sx + 470, sy + 330), (sx + 610, sy + 290), (sx + 740, sy + 240), (sx + 830, sy + 210)]
    for i, (px, py) in enumerate(track):
        s.rect(px - 6, py - 6, 12, 12, "#7cc4ff", opacity=n(0.75 - i * 0.12))
    s.line(track, "#7cc4ff", 2, opacity="0.35", stroke_dasharray="4 8")
    s.circle(sx + 840, sy + 200, 50, "none", stroke="#9fd0ff", stroke_width=2.5, opacity="0.5", stroke_dasharray="6 10")
    for k in range(0, sh, 5):
        s.line([(sx, sy + k), (sx + sw, sy + k)], "#000000", 1.5, opacity="0.16")
    glow(s, sx + sw / 2, sy + sh / 2, 700, "#cfe0ff", 0.14)
    s.rect(sx, sy, sw, sh, s.rad([(0, "#000000", 0), (0.6, "#000000", 0.05), (1, "#000000", 0.55)], r=0.72))
    s.close()
    # side monitors, flat lines
    for x in (80, 1610):
        s.rect(x, 300, 230, 150, "#070a10", rx="6")
        s.rect(x + 10, 310, 210, 130, "#0e2032")
        s.line([(x + 14, 378), (x + 216, 378)], "#6ad0ff", 2.5, opacity="0.7")
    # the desk
    s.poly([(140, 700), (1780, 700), (1920, 880), (0, 880)], s.lin([(0, "#1e2a42"), (1, "#0c1220")]))
    s.poly([(140, 700), (1780, 700), (1800, 720), (120, 720)], "#34466a")
    haze(s, 960, 720, 760, 90, s.rad(soft("#a8c4f0", 0.22)))
    s.line([(120, 720), (1800, 720)], "#6a84b0", 2, opacity="0.5")
    for k in range(12):
        x = 220 + k * 128
        s.rect(x, 736, 70, 12, "#24304a", rx="3")
    # the lamp: one pool of light, cold white
    lx, ly = 500, 770
    haze(s, 640, 786, 230, 46, s.rad(soft("#eaf2ff", 0.55)))
    glow(s, 600, 660, 330, "#dce8ff", 0.14)
    s.ellipse(lx, ly + 4, 46, 11, "#0a0e16")
    s.ellipse(lx, ly, 40, 9, "#3a4458")
    s.line([(lx, ly), (lx - 40, ly - 150), (lx + 70, ly - 196)], "#3a4458", 7, stroke_linejoin="round", stroke_linecap="round")
    s.circle(lx - 40, ly - 150, 8, "#4a5468")
    hx, hy = lx + 86, ly - 190  # the head, tipped down toward the desk
    s.path(D("M", (hx - 30, hy - 24), "L", (hx + 18, hy - 30), "L", (hx + 44, hy + 34), "L", (hx - 36, hy + 44), "Z"), "#4a5468")
    s.path(D("M", (hx - 36, hy + 44), "L", (hx + 44, hy + 34), "Q", (hx + 6, hy + 52), (hx - 36, hy + 44), "Z"), "#f4f8ff")
    s.poly([(hx - 36, hy + 44), (hx + 44, hy + 34), (hx + 220, ly + 20), (hx - 190, ly + 24)],
           s.lin([(0, "#eef4ff", 0.22), (1, "#eef4ff", 0.02)], 0, hy + 40, 0, ly + 24, user=True))
    # a log sheet, a cup, and the band, taken off and laid down, its light still on
    s.poly([(560, 780), (740, 772), (752, 840), (566, 848)], "#d8e0ea")
    for k in range(5):
        s.line([(580, 790 + k * 11), (720, 784 + k * 11)], "#6a7488", 1.6, opacity="0.6")
    s.rect(820, 760, 40, 50, "#aab4c4", rx="6")
    s.ellipse(840, 762, 20, 5, "#5a6478")
    bx, by = 1080, 800
    s.ellipse(bx, by + 6, 110, 28, "#05070c", opacity="0.5")
    s.ellipse(bx, by, 106, 30, "none", stroke="#dfe6f0", stroke_width=11)
    s.ellipse(bx, by, 106, 30, "none", stroke="#8a96aa", stroke_width=3)
    s.path(D("M", (bx - 64, by - 26), "Q", (bx, by - 34), (bx + 64, by - 26)), "none", stroke="#ffffff", stroke_width=3, opacity="0.7")
    s.circle(bx + 92, by + 12, 6, "#5ab4ff")
    glow(s, bx + 92, by + 12, 44, "#5ab4ff", 0.75)
    # the floor; and in the chair, her back to us, she is still listening
    s.rect(0, 880, W, 200, s.lin([(0, "#0a0e18"), (1, "#04060a")]))
    ch = "#070a12"
    rim = "#2a3a5c"
    cx = 1520
    hair = "#b4c2dc"
    glow(s, cx, 500, 170, "#9fb8e8", 0.25)
    hair_fill = s.lin([(0, "#e4ecfa"), (0.5, "#b4c2dc"), (1, "#7e8eae")])
    s.path(D("M", (cx - 124, 612), "Q", (cx - 120, 570), (cx - 60, 560), "L", (cx + 60, 560), "Q", (cx + 120, 570), (cx + 124, 612), "Z"), "#1e2a48", stroke="#5a74a8", stroke_width=3)
    s.path(D("M", (cx - 36, 500), "Q", (cx - 40, 460), (cx, 458), "Q", (cx + 40, 460), (cx + 36, 500), "Q", (cx + 44, 540), (cx + 54, 580),
             "L", (cx - 54, 580), "Q", (cx - 44, 540), (cx - 36, 500), "Z"), hair_fill)
    s.path(D("M", (cx - 26, 468), "Q", (cx, 456), (cx + 26, 468)), "none", stroke="#f4f8ff", stroke_width=4, stroke_linecap="round", opacity="0.8")
    s.path(D("M", (cx - 110, 870), "L", (cx - 114, 600), "Q", (cx - 114, 562), (cx - 76, 558), "L", (cx + 70, 556), "Q", (cx + 108, 560), (cx + 108, 598),
             "L", (cx + 104, 870), "Z"), ch, stroke=rim, stroke_width=4)
    # her hair, spilling over the top of the chair back
    s.path(D("M", (cx - 52, 556), "Q", (cx - 58, 600), (cx - 46, 640), "Q", (cx - 34, 630), (cx - 26, 650), "Q", (cx - 8, 636), (cx + 4, 654),
             "Q", (cx + 20, 636), (cx + 32, 648), "Q", (cx + 40, 632), (cx + 50, 640), "Q", (cx + 58, 600), (cx + 52, 554), "Z"),
           s.lin([(0, "#a4b2cc"), (1, "#6e7e9e")]))
    s.path(D("M", (cx - 30, 566), "Q", (cx - 34, 600), (cx - 28, 636), "M", (cx - 4, 566), "Q", (cx - 6, 610), (cx + 2, 644), "M", (cx + 24, 566), "Q", (cx + 28, 600), (cx + 30, 636)),
           "none", stroke="#55648a", stroke_width=2, opacity="0.6")
    s.path(D("M", (cx - 150, 880), "Q", (cx, 860), (cx + 146, 880), "L", (cx + 140, 912), "Q", (cx, 928), (cx - 144, 912), "Z"), ch, stroke=rim, stroke_width=3)
    s.rect(cx - 14, 922, 28, 90, ch)
    for dx in (-130, -50, 50, 130):
        s.line([(cx, 1010), (cx + dx, 1030 + abs(dx) * 0.05)], ch, 12, stroke_linecap="round")
    vignette(s, 0.6)
    return s.text()


# ---------------------------------------------------------------------------------------------
# What is written where
# ---------------------------------------------------------------------------------------------
ENDINGS = {
    "warm_snow": end_warm_snow,
    "out_of_uniform": end_out_of_uniform,
    "past_the_walls": end_past_the_walls,
    "voice_inside": end_voice_inside,
    "twelve_names": end_twelve_names,
    "static": end_static,
}


def main(argv):
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    written = [A.write(f"endings/{name}.svg", draw()) for name, draw in ENDINGS.items() if only in (None, name)]
    total = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} SVG files, {total / 1024:.0f} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
