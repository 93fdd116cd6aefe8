"""The characters of the bundled story, drawn as vector art (Python 3 standard library only).

make_art.py calls make_characters() from here; cgs.py draws the illustrations with the same
pieces. Everything is deterministic: no clock, no unseeded random, no set iteration.

A figure is built from parts in one coordinate space (a 600x1200 sprite, feet far below the
bottom edge): the hair behind, the arms behind the body, the neck and torso with its clothes,
the head (face, eyes, brows, mouth, then the hair in front, which covers the brows), then the
arms in front with their hands and whatever they hold. Limbs are unions of tapered capsules;
every form is a flat colour with a soft gradient, a coloured outline a shade darker than
itself, and one cel shadow on the side away from the light (the upper left, as in the
backgrounds).

Layout: the player draws a sprite 640 px tall standing on the bottom of a 1280x720 window, and
the text box covers the bottom ~30% of the window (sprite y > ~800). So heads sit at y 90-400,
and every pose keeps its hands above y ~760.
"""

import math

from make_art import Svg, D, mix, dark, light, blob, n

INK = "#2a2230"
MOUTH = "#6e2f36"
LIGHT = (-1.0, -0.7)  # the light comes from the upper left


# ---------------------------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------------------------
def add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def mul(a, k):
    return (a[0] * k, a[1] * k)


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def length(a):
    return math.hypot(a[0], a[1])


def unit(a):
    d = length(a) or 1.0
    return (a[0] / d, a[1] / d)


def perp(a):
    return (-a[1], a[0])


def rot(p, deg, c=(0.0, 0.0)):
    r = math.radians(deg)
    x, y = p[0] - c[0], p[1] - c[1]
    return (c[0] + x * math.cos(r) - y * math.sin(r), c[1] + x * math.sin(r) + y * math.cos(r))


def ik(S, W, a, b, bend):
    """Two-bone reach: the elbow between shoulder S and wrist W (upper arm a, forearm b).
    bend = +1 puts the elbow on the left of the line S->W (seen on screen), -1 on the right.
    Returns (elbow, wrist); the wrist is pulled in if it is out of reach."""
    d = sub(W, S)
    dist = length(d)
    dist = max(abs(a - b) + 1.0, min(dist, a + b - 0.5))
    ang = math.atan2(d[1], d[0])
    cos_a = (a * a + dist * dist - b * b) / (2 * a * dist)
    A = math.acos(max(-1.0, min(1.0, cos_a)))
    E = (S[0] + a * math.cos(ang + bend * A), S[1] + a * math.sin(ang + bend * A))
    W2 = (S[0] + dist * math.cos(ang), S[1] + dist * math.sin(ang))
    return E, W2


def angle_of(v):
    """Degrees to rotate a shape drawn pointing down (+y) so it points along v."""
    return math.degrees(math.atan2(v[1], v[0])) - 90.0


def capsule(c1, r1, c2, r2):
    """Path of the convex hull of two circles: a tapered limb segment."""
    dx, dy = c2[0] - c1[0], c2[1] - c1[1]
    L = math.hypot(dx, dy)
    if L <= abs(r1 - r2) + 0.01:
        c, r = (c1, r1) if r1 >= r2 else (c2, r2)
        return D("M", (c[0] - r, c[1]), "A", r, r, 0, 1, 0, (c[0] + r, c[1]), "A", r, r, 0, 1, 0, (c[0] - r, c[1]), "Z")
    th = math.atan2(dy, dx)
    phi = math.acos(max(-1.0, min(1.0, (r1 - r2) / L)))
    p1a = (c1[0] + r1 * math.cos(th + phi), c1[1] + r1 * math.sin(th + phi))
    p2a = (c2[0] + r2 * math.cos(th + phi), c2[1] + r2 * math.sin(th + phi))
    p2b = (c2[0] + r2 * math.cos(th - phi), c2[1] + r2 * math.sin(th - phi))
    p1b = (c1[0] + r1 * math.cos(th - phi), c1[1] + r1 * math.sin(th - phi))
    big2 = 1 if 2 * phi > math.pi else 0
    big1 = 1 if 2 * math.pi - 2 * phi > math.pi else 0
    return D("M", p1a, "L", p2a, "A", r2, r2, 0, big2, 0, p2b, "L", p1b, "A", r1, r1, 0, big1, 0, p1a, "Z")


def place(points, origin, deg=0.0, scale=1.0, flip=False):
    """Points of a shape drawn at the origin, pointing down, moved into place."""
    out = []
    for q in points:
        x, y = q[0] * scale, q[1] * scale
        if flip:
            x = -x
        x, y = rot((x, y), deg)
        out.append((origin[0] + x, origin[1] + y) + tuple(q[2:]))
    return out


def open_path(points):
    """A smooth open path through points (Catmull-Rom as cubic Beziers)."""
    p = [(q[0], q[1]) for q in points]
    d = [f"M {n(p[0][0])} {n(p[0][1])}"]
    for i in range(len(p) - 1):
        a = p[max(i - 1, 0)]
        b, c = p[i], p[i + 1]
        e = p[min(i + 2, len(p) - 1)]
        t1 = ((c[0] - a[0]) / 6, (c[1] - a[1]) / 6)
        t2 = ((e[0] - b[0]) / 6, (e[1] - b[1]) / 6)
        d.append(f"C {n(b[0] + t1[0])} {n(b[1] + t1[1])} {n(c[0] - t2[0])} {n(c[1] - t2[1])} {n(c[0])} {n(c[1])}")
    return " ".join(d)


def shifted(points, v):
    return [(q[0] + v[0], q[1] + v[1]) + tuple(q[2:]) for q in points]


def line_of(c, t=0.5):
    """The outline colour of a fill: the same hue, darker."""
    return mix(c, INK, t)


BIG = "M -2000 -2000 H 4000 V 4000 H -2000 Z "


def cel(s, clip_d, lit_d, colour, op=0.3):
    """A cel shadow: inside clip_d, everything not covered by lit_d (the shape moved toward the
    light) is shaded."""
    s.open("g", clip_path=s.clip(f'<path d="{clip_d}"/>'))
    s.path(BIG + lit_d, colour, fill_rule="evenodd", opacity=n(op))
    s.close()


# ---------------------------------------------------------------------------------------------
# Limbs
# ---------------------------------------------------------------------------------------------
def limb(s, caps, fill, line, lw=3.0, shade=None, shade_op=0.28, shift=(-9, -6)):
    """Draws a union of capsules [(c1, r1, c2, r2), ...] with one outline and a cel shadow.
    Returns the union's path data (for clipping details to it)."""
    ds = [capsule(*c) for c in caps]
    for d in ds:
        s.path(d, "none", stroke=line, stroke_width=n(lw * 2), stroke_linejoin="round")
    union = " ".join(ds)
    for d in ds:
        s.path(d, fill)
    if shade:
        # evenodd on a union of overlapping capsules would punch holes, so each one separately
        s.open("g", clip_path=s.clip("".join(f'<path d="{d}"/>' for d in ds)))
        for d in ds:
            s.path(d, shade, opacity=n(shade_op))
        for c in caps:
            s.path(capsule(add(c[0], shift), c[1], add(c[2], shift), c[3]), fill)
        s.close()
    return union


# ---------------------------------------------------------------------------------------------
# Hands. Drawn at the wrist (0, 0) pointing down (+y), one unit long (scaled to the hand's
# length), the thumb toward +x; flip mirrors them for the other hand.
# ---------------------------------------------------------------------------------------------
HANDS = {
    # a loose fist (on a hip, holding a strap)
    "fist": dict(
        body=[(-0.24, -0.02), (-0.27, 0.2), (-0.28, 0.42), (-0.22, 0.6), (-0.08, 0.66), (0.1, 0.66), (0.24, 0.58),
              (0.29, 0.4), (0.27, 0.18), (0.22, -0.02)],
        thumb=[(0.14, 0.14), (0.26, 0.22), (0.3, 0.34), (0.22, 0.42), (0.04, 0.44), (-0.1, 0.42), (-0.06, 0.34), (0.06, 0.3)],
        lines=[[(-0.24, 0.44), (-0.1, 0.46)], [(-0.26, 0.3), (-0.12, 0.3)], [(-0.08, 0.5), (-0.06, 0.64)], [(0.08, 0.5), (0.09, 0.65)]],
    ),
    # fingers curled round something (a cup, a pencil, a book's edge): the knuckles toward us
    "grip": dict(
        body=[(-0.22, -0.04), (-0.25, 0.2), (-0.28, 0.42), (-0.26, 0.62), (-0.14, 0.7), (0.04, 0.72), (0.2, 0.66),
              (0.27, 0.48), (0.25, 0.22), (0.2, -0.04)],
        thumb=[(0.12, 0.1), (0.26, 0.2), (0.36, 0.34), (0.34, 0.44), (0.24, 0.4), (0.14, 0.3)],
        lines=[[(-0.15, 0.42), (-0.13, 0.7)], [(-0.02, 0.44), (-0.01, 0.72)], [(0.1, 0.44), (0.12, 0.68)], [(-0.26, 0.4), (0.24, 0.42)]],
    ),
}


# Hands whose fingers show one by one are drawn as a palm and capsules (x toward the thumb):
# (palm outline, [(base, r, tip, r), ...] fingers, thumb capsule or None, crease lines)
FINGERED = {
    # hanging at the side, seen from the thumb side: the fingers close together, a little curled
    "relaxed": ([(-0.17, -0.02), (0.14, -0.02), (0.18, 0.22), (0.16, 0.48), (0.06, 0.56), (-0.12, 0.54), (-0.2, 0.44), (-0.2, 0.2)],
                [((0.1, 0.48), 0.058, (0.04, 0.84), 0.05), ((0.02, 0.5), 0.06, (-0.05, 0.9), 0.052), ((-0.07, 0.48), 0.058, (-0.13, 0.84), 0.05),
                 ((-0.15, 0.44), 0.05, (-0.2, 0.72), 0.045)],
                ((0.12, 0.14), 0.07, (0.14, 0.5), 0.052),
                []),
    # palm toward the viewer, fingers a little apart: a wave, an open gesture
    "open": ([(-0.17, -0.02), (0.17, -0.02), (0.23, 0.22), (0.22, 0.48), (0.1, 0.54), (-0.1, 0.54), (-0.21, 0.46), (-0.22, 0.22)],
             [((0.15, 0.46), 0.056, (0.21, 0.86), 0.048), ((0.05, 0.5), 0.058, (0.07, 0.96), 0.05), ((-0.06, 0.49), 0.056, (-0.09, 0.9), 0.047),
              ((-0.16, 0.44), 0.05, (-0.23, 0.76), 0.042)],
             ((0.16, 0.16), 0.075, (0.36, 0.42), 0.052),
             [[(-0.12, 0.34), (0.0, 0.4), (0.12, 0.32)], [(-0.14, 0.16), (-0.02, 0.26)]]),
    # the back of the hand, fingers together and straight (a salute, a hand laid flat)
    "flat": ([(-0.18, -0.02), (0.18, -0.02), (0.22, 0.22), (0.21, 0.5), (0.1, 0.56), (-0.1, 0.56), (-0.2, 0.48), (-0.21, 0.22)],
             [((0.14, 0.48), 0.056, (0.15, 0.88), 0.05), ((0.045, 0.5), 0.058, (0.05, 0.96), 0.052), ((-0.055, 0.5), 0.056, (-0.06, 0.92), 0.05),
              ((-0.15, 0.46), 0.05, (-0.16, 0.8), 0.045)],
             ((0.17, 0.12), 0.07, (0.3, 0.4), 0.05),
             [[(-0.1, 0.5), (0.0, 0.54), (0.12, 0.5)]]),
}


def hand(s, C, wrist, deg, kind="relaxed", flip=False, scale=1.0, shadow=True):
    """One hand at the wrist, rotated by deg from pointing down."""
    L = C["hand"] * scale
    skin = C["skin"]
    ln = line_of(skin, 0.45)
    if kind in FINGERED:
        palm, fingers, thumb, creases = FINGERED[kind]
        P = lambda pts_: place(pts_, wrist, deg, L, flip)  # noqa: E731
        caps = []
        for (b, rb, t, rt) in fingers + ([thumb] if thumb else []):
            (b2, t2) = P([b, t])
            caps.append((b2, rb * L, t2, rt * L))
        palm_d = blob(P(palm))
        ds = [capsule(*c) for c in caps] + [palm_d]
        for d in ds:
            s.path(d, "none", stroke=ln, stroke_width=3.2, stroke_linejoin="round")
        union = " ".join(ds)
        for d in ds:
            s.path(d, skin)
        if shadow:
            s.open("g", clip_path=s.clip("".join(f'<path d="{d}"/>' for d in ds)))
            s.rect(wrist[0] - 2 * L, wrist[1] - 2 * L, 4 * L, 4 * L, dark(skin, 0.35), opacity="0.3")
            v = (-0.06 * L, -0.05 * L)
            for d in [capsule(add(c[0], v), c[1], add(c[2], v), c[3]) for c in caps] + [blob(shifted(P(palm), v))]:
                s.path(d, skin)
            s.close()
        # the gaps between fingers, and the palm's creases
        for k in range(len(fingers) - 1):
            (b0, _, t0, _), (b1, _, t1, _) = fingers[k], fingers[k + 1]
            a_ = ((b0[0] + b1[0]) / 2, (b0[1] + b1[1]) / 2 + 0.04)
            z_ = ((t0[0] + t1[0]) / 2, min(t0[1], t1[1]) - 0.08)
            s.path(open_path(P([a_, z_])), "none", stroke=ln, stroke_width=1.4, stroke_linecap="round", opacity="0.8")
        for pl in creases:
            s.path(open_path(P(pl)), "none", stroke=ln, stroke_width=1.2, stroke_linecap="round", opacity="0.45")
        return palm_d
    H = HANDS[kind]
    parts = []
    if H["thumb"]:
        parts.append(blob(place(H["thumb"], wrist, deg, L, flip)))
    body = blob(place(H["body"], wrist, deg, L, flip))
    back_thumb = kind in ("grip", "fist")
    if not back_thumb:
        s.path(body, skin, stroke=ln, stroke_width=2.4, stroke_linejoin="round")
        for p in parts:
            s.path(p, skin, stroke=ln, stroke_width=2.4, stroke_linejoin="round")
    else:
        s.path(body, skin, stroke=ln, stroke_width=2.4, stroke_linejoin="round")
    if shadow:
        lit = blob(shifted(place(H["body"], wrist, deg, L, flip), (-0.07 * L, -0.05 * L)))
        cel(s, body, lit, dark(skin, 0.35), 0.35)
    for pl in H["lines"]:
        s.path(open_path(place(pl, wrist, deg, L, flip)), "none", stroke=ln, stroke_width=1.5, stroke_linecap="round", opacity="0.7")
    if back_thumb:
        for p in parts:
            s.path(p, skin, stroke=ln, stroke_width=2.4, stroke_linejoin="round")
    return body


# ---------------------------------------------------------------------------------------------
# Expressions. Brows: (inner dy, outer dy, arch) in head units (up is negative). Eyes: open
# (height factor), lid_in / lid_out (upper lid lowered at the inner / outer end, in eye
# heights), flat (how straight the upper lid is: heavy lids), lift (lower lid raised: a smile
# in the eyes), iris (size), gaze (iris offset in eye widths / heights). Mouth: a shape name.
# ---------------------------------------------------------------------------------------------
EXPRESSIONS = ["neutral", "smile", "sad", "angry", "worried", "surprised", "determined", "tearful", "tired"]

EX = {
    "neutral": dict(brow=(0, 0, 3), open=1.0, lid_in=0.04, lid_out=0.04, flat=0.15, lift=0.0, iris=1.0, gaze=(0, 0), mouth="flat"),
    "smile": dict(brow=(-5, -3, 7), open=0.88, lid_in=0.0, lid_out=0.02, flat=0.0, lift=0.46, iris=1.0, gaze=(0, 0), mouth="smile", blush=0.35),
    "sad": dict(brow=(-16, 6, -2), open=0.72, lid_in=0.0, lid_out=0.34, flat=0.3, lift=0.06, iris=1.0, gaze=(0, 0.3), mouth="sad", tilt=-3),
    "angry": dict(brow=(15, -6, -2), open=0.84, lid_in=0.44, lid_out=0.0, flat=0.5, lift=0.16, iris=0.86, gaze=(0, 0), mouth="angry", crease=True),
    "worried": dict(brow=(-14, 2, 1), open=1.06, lid_in=0.0, lid_out=0.1, flat=0.1, lift=0.0, iris=0.82, gaze=(0.18, 0.02), mouth="worried", sweat=True, tilt=3),
    "surprised": dict(brow=(-19, -16, 9), open=1.28, lid_in=-0.06, lid_out=-0.06, flat=0.0, lift=-0.06, iris=0.68, gaze=(0, -0.02), mouth="o"),
    "determined": dict(brow=(10, -4, 0), open=0.84, lid_in=0.28, lid_out=0.1, flat=0.75, lift=0.2, iris=1.0, gaze=(0, 0), mouth="firm", glint=True),
    "tearful": dict(brow=(-17, 6, -2), open=0.82, lid_in=0.0, lid_out=0.24, flat=0.2, lift=0.24, iris=1.04, gaze=(0, 0.1), mouth="tremble", wet=True, blush=0.3, tilt=-2),
    "tired": dict(brow=(-4, 7, 2), open=0.92, lid_in=0.56, lid_out=0.58, flat=0.88, lift=0.08, iris=1.0, gaze=(0, 0.2), mouth="tired", bags=True, tilt=-4),
}


def expr_of(C, name):
    """The expression table entry, scaled by the character's intensity and overridden where
    the character's own face differs (Shin's smile is barely one)."""
    E = dict(EX[name])
    k = C.get("intensity", 1.0)
    bi, bo, arch = E["brow"]
    E["brow"] = (bi * k, bo * k, arch)
    E.update(C.get("faces", {}).get(name, {}))
    return E


# ---------------------------------------------------------------------------------------------
# The head, in its own coordinates: the origin between the eyes; about 270 units from the top
# of the hair to the chin. Female and male faces share the drawing, not the numbers.
# ---------------------------------------------------------------------------------------------
FACE_F = dict(W=70, jaw=(56, 64), chin=110, ex=35, ew=22.5, eh=24, tilt=3, brow_y=-36, brow_w=5.2, mouth_y=66, lash=4.4, mw=13)
FACE_M = dict(W=73, jaw=(60, 70), chin=114, ex=36, ew=21, eh=17, tilt=1.5, brow_y=-31, brow_w=6.6, mouth_y=70, lash=3.4, mw=14)


def face_path(G):
    W, (jx, jy), ch = G["W"], G["jaw"], G["chin"]
    return D(
        "M", (-W, -80), "C", (-W - 3, -20), (-W - 1, 24), (-jx, jy), "C", (-jx + 16, jy + 30), (-18, ch - 4), (0, ch),
        "C", (18, ch - 4), (jx - 16, jy + 30), (jx, jy), "C", (W + 1, 24), (W + 3, -20), (W, -80),
        "C", (W - 8, -150), (-W + 8, -150), (-W, -80), "Z",
    )


def eye_geometry(G, E, o):
    """Corner and control points of one eye (o = -1 on the left of the picture, +1 right)."""
    ex, ew, eh = o * G["ex"], G["ew"], G["eh"]
    op = E["open"]
    flat = E["flat"]
    inner = (ex - o * ew * 0.98, 3.0)
    outer = (ex + o * ew, -G["tilt"])
    top = -eh * op * 1.3
    c_in = (ex - o * ew * (0.5 + 0.15 * flat), top * (1 - 0.2 * flat) + eh * E["lid_in"] * 1.4)
    c_out = (ex + o * ew * (0.45 + 0.2 * flat), top * (1 - 0.1 * flat) + eh * E["lid_out"] * 1.4)
    low = eh * 0.72 - eh * E["lift"]
    l_out = (ex + o * ew * 0.55, low)
    l_in = (ex - o * ew * 0.5, low + 1)
    return inner, c_in, c_out, outer, l_out, l_in


def draw_eye(s, C, G, E, o):
    if E.get("closed"):
        ex, ew, eh = o * G["ex"], G["ew"], G["eh"]
        y = eh * 0.25
        lashc = C["lash_col"]
        s.path(D("M", (ex - o * ew, y - 2), "Q", (ex, y + eh * 0.55), (ex + o * ew, y - 4)), "none", stroke=lashc, stroke_width=G["lash"] * 0.9, stroke_linecap="round")
        s.path(D("M", (ex + o * ew * 0.7, y + 1), "l", o * 6, 4), "none", stroke=lashc, stroke_width=2, stroke_linecap="round")
        return
    inner, c_in, c_out, outer, l_out, l_in = eye_geometry(G, E, o)
    ex, ew, eh = o * G["ex"], G["ew"], G["eh"]
    lashc = C["lash_col"]
    white = D("M", inner, "C", c_in, c_out, outer, "C", l_out, l_in, inner, "Z")
    s.path(white, "#fbfbfd")
    s.open("g", clip_path=s.clip(f'<path d="{white}"/>'))
    gx, gy = E["gaze"]
    ix, iy = ex + o * 1.0 + gx * ew * (1 if o > 0 else 1), eh * 0.1 + gy * eh
    rx, ry = ew * 0.6 * E["iris"], eh * (0.95 if C["female"] else 1.05) * E["iris"]
    eyes = C["eyes"]
    iris = s.lin([(0, dark(eyes, 0.6)), (0.45, eyes), (1, light(eyes, 0.4))])
    s.ellipse(ix, iy, rx, ry, iris, stroke=dark(eyes, 0.65), stroke_width=1.6)
    s.ellipse(ix, iy + ry * 0.08, rx * 0.44, ry * 0.5, dark(eyes, 0.75))
    # the upper lid's shadow across the white and the iris
    s.path(D("M", (inner[0], inner[1] - eh * 2), "L", (outer[0], outer[1] - eh * 2), "L", outer, "C", c_out, c_in, inner, "Z"), "none")
    s.path(D("M", inner, "C", c_in, c_out, outer, "L", (outer[0], outer[1] + eh * 0.5), "C", (c_out[0], c_out[1] + eh * 0.7), (c_in[0], c_in[1] + eh * 0.7), (inner[0], inner[1] + eh * 0.4), "Z"),
           dark(eyes, 0.5), opacity="0.35")
    hx, hy = ix - o * rx * 0.2 - rx * 0.25, iy - ry * 0.45
    s.ellipse(hx, hy, rx * 0.36, ry * 0.26, "#ffffff")
    s.circle(ix + rx * 0.35, iy + ry * 0.42, rx * 0.16, "#ffffff", opacity="0.8")
    if E.get("glint"):
        s.circle(ix - rx * 0.05, iy - ry * 0.05, rx * 0.13, "#ffffff", opacity="0.9")
    if E.get("wet"):
        s.ellipse(ix - rx * 0.1, iy + ry * 0.2, rx * 0.22, ry * 0.14, "#ffffff", opacity="0.9")
        s.path(D("M", (l_in[0], l_in[1] - 4), "Q", (ex, eh * 0.3), (l_out[0], l_out[1] - 4)), "none", stroke="#ffffff", stroke_width=3, opacity="0.7")
    s.close()
    # the lash line: heavy along the upper lid, a flick at the outer corner
    t = G["lash"]
    lash = D(
        "M", (inner[0] + o * 1, inner[1] + 0.5), "C", c_in, c_out, outer,
        "L", (outer[0] + o * (3 + t), outer[1] - 1 - t * 0.5),
        "C", (c_out[0] + o * 3, c_out[1] - t * 1.1), (c_in[0], c_in[1] - t * 0.7), (inner[0] - o * 1, inner[1] - 2.5), "Z",
    )
    s.path(lash, lashc, stroke=lashc, stroke_width=1.2, stroke_linejoin="round")
    # the lower lid, only its outer part
    s.path(D("M", (outer[0] - o * 1.5, outer[1] + 3), "C", l_out, (l_out[0] - o * ew * 0.25, l_out[1] + 1), (ex - o * ew * 0.15, l_out[1] + 0.5)),
           "none", stroke=lashc, stroke_width=1.8, stroke_linecap="round", opacity="0.6")
    # the fold above the lid
    s.path(D("M", (ex - o * ew * 0.45, c_in[1] * 0.8 - 5), "Q", (ex + o * ew * 0.35, c_out[1] * 0.8 - 8), (outer[0] + o * 2, outer[1] - 7)),
           "none", stroke=lashc, stroke_width=1.4, stroke_linecap="round", opacity="0.35")
    if E.get("bags"):
        s.path(D("M", (ex - o * ew * 0.6, eh * 0.95), "Q", (ex, eh * 1.25), (ex + o * ew * 0.7, eh * 0.85)), "none",
               stroke=dark(C["skin"], 0.3), stroke_width=1.6, stroke_linecap="round", opacity="0.5")


def draw_brow(s, C, G, E, o):
    bi, bo, arch = E["brow"]
    bi += C.get("brow_bias", 0)
    by = G["brow_y"]
    ex = o * G["ex"]
    inner = (ex - o * 17, by + bi + 2)
    outer = (ex + o * 27, by + 6 + bo)
    mid = (ex + o * 4, min(inner[1], outer[1]) - arch - 2)
    t = G["brow_w"] * C.get("brow_k", 1.0)
    d = D("M", inner, "Q", mid, outer, "Q", (mid[0], mid[1] + t * 0.8), (inner[0], inner[1] + t), "Z")
    s.path(d, C["brow_col"], stroke=C["brow_col"], stroke_width=1.6, stroke_linejoin="round")
    return d


def draw_mouth(s, C, G, E):
    shape = E["mouth"]
    my = G["mouth_y"] + C.get("mouth_dy", 0)
    w = G["mw"] * C.get("mouth_k", 1.0)
    style = C.get("mouth_style", "soft")  # soft: closed and small; open: shows teeth; smirk
    line = dict(fill="none", stroke=MOUTH, stroke_width=3.3, stroke_linecap="round", stroke_linejoin="round")
    inside = "#8a3a44"
    tongue = "#d9777c"

    def opened(d, teeth=None, tongue_y=None, low_teeth=None):
        """An open mouth: teeth = (top y, bottom y) of the upper teeth."""
        s.path(d, inside, stroke=MOUTH, stroke_width=2.2, stroke_linejoin="round")
        cl = s.clip(f'<path d="{d}"/>')
        if tongue_y is not None:
            s.ellipse(1, tongue_y, w * 0.9, 6, tongue, clip_path=cl)
        if teeth:
            s.rect(-w * 2, teeth[0], w * 4, teeth[1] - teeth[0], "#ffffff", clip_path=cl)
        if low_teeth:
            s.rect(-w * 2, low_teeth[0], w * 4, low_teeth[1] - low_teeth[0], "#f2ecee", clip_path=cl)
        s.path(d, "none", stroke=MOUTH, stroke_width=2.2, stroke_linejoin="round")

    if shape == "flat":
        s.path(D("M", (-w, my), "Q", (0, my + 1.2), (w, my - 0.5)), **line)
    elif shape == "smile":
        if style == "open":
            d = D("M", (-w - 7, my - 4), "Q", (0, my + 1), (w + 7, my - 4), "Q", (w * 0.6, my + 17), (0, my + 17), "Q", (-w * 0.6, my + 17), (-w - 7, my - 4), "Z")
            opened(d, teeth=(my - 8, my + 2.5), tongue_y=my + 16)
        elif style == "smirk":
            s.path(D("M", (-w - 2, my + 1), "Q", (2, my + 5), (w + 5, my - 6)), **line)
            s.path(D("M", (w + 3, my - 8), "q", 3, 1, 4, 5), "none", stroke=MOUTH, stroke_width=2, stroke_linecap="round")
        elif style == "faint":
            s.path(D("M", (-w + 1, my), "Q", (0, my + 2.4), (w - 1, my - 1.6)), **line)
        else:
            s.path(D("M", (-w - 5, my - 3), "Q", (0, my + 7), (w + 5, my - 3)), **line)
    elif shape == "sad":
        s.path(D("M", (-w, my + 4), "Q", (0, my - 5), (w, my + 4)), **line)
    elif shape == "angry":
        if style in ("open", "smirk") and C.get("shouts", True):
            d = D("M", (-w - 2, my - 1), "Q", (0, my - 4), (w + 2, my - 1), "L", (w * 0.8, my + 9), "Q", (0, my + 12), (-w * 0.8, my + 9), "Z")
            opened(d, teeth=(my - 6, my + 2), low_teeth=(my + 8, my + 14))
        else:
            s.path(D("M", (-w, my + 3), "Q", (-w * 0.3, my - 2), (w, my + 2)), **line)
    elif shape == "worried":
        d = D("M", (-w * 0.8, my + 2), "Q", (-w * 0.4, my - 3), (0, my), "Q", (w * 0.4, my + 3), (w * 0.8, my - 1), "Q", (w * 0.2, my + 7), (-w * 0.8, my + 2), "Z")
        opened(d)
    elif shape == "o":
        big = 1.0 if style == "open" else 0.7
        d = D("M", (0, my - 6 * big), "C", (8 * big, my - 6 * big), (8 * big, my + 12 * big), (0, my + 12 * big),
              "C", (-8 * big, my + 12 * big), (-8 * big, my - 6 * big), (0, my - 6 * big), "Z")
        opened(d, tongue_y=my + 12 * big)
    elif shape == "firm":
        s.path(D("M", (-w, my + 1.5), "Q", (0, my - 1.5), (w, my + 1.5)), **dict(line, stroke_width=3.2))
        for sgn in (-1, 1):
            s.path(D("M", (sgn * (w + 1), my + 1), "l", sgn * 2.5, 2.5), "none", stroke=MOUTH, stroke_width=1.6, stroke_linecap="round", opacity="0.7")
    elif shape == "tremble":
        d = D("M", (-w, my + 3), "Q", (-w * 0.5, my - 2), (-w * 0.15, my + 1), "Q", (w * 0.2, my - 2), (w * 0.55, my + 1), "Q", (w * 0.8, my - 1), (w, my + 3),
              "Q", (0, my + 8), (-w, my + 3), "Z")
        opened(d)
    elif shape == "tired":
        d = D("M", (-w * 0.55, my + 1), "Q", (0, my - 1.5), (w * 0.55, my + 1), "Q", (0, my + 6), (-w * 0.55, my + 1), "Z")
        opened(d)


def draw_face(s, C, G, E):
    """Ears, face, eyes, nose, mouth and brows (brows before the fringe: the hair covers them)."""
    skin = C["skin"]
    ln = line_of(skin, 0.42)
    W = G["W"]
    for o in (-1, 1):
        ear = D("M", (o * (W - 6), -12), "C", (o * (W + 14), -22), (o * (W + 16), 26), (o * (W - 2), 40), "Z")
        s.path(ear, dark(skin, 0.06), stroke=ln, stroke_width=2.6, stroke_linejoin="round")
        s.path(D("M", (o * (W + 2), -6), "Q", (o * (W + 10), 10), (o * (W + 1), 28)), "none", stroke=ln, stroke_width=1.6, opacity="0.5")
    fp = face_path(G)
    C["_face"] = fp
    s.path(fp, s.lin([(0, light(skin, 0.12)), (0.7, skin), (1, dark(skin, 0.03))]), stroke=ln, stroke_width=3, stroke_linejoin="round")
    # cel shadow down the far side of the face and under the jaw
    cl = s.clip(f'<path d="{fp}"/>')
    s.path(D("M", (W - 16, -90), "C", (W - 10, -10), (W - 14, 40), (28, G["chin"] + 4), "L", (W + 30, G["chin"] + 30), "L", (W + 30, -90), "Z"),
           dark(skin, 0.3), opacity="0.28", clip_path=cl)
    b = E.get("blush", 0) * C.get("blush_k", 1.0)
    if b > 0.05:
        for o in (-1, 1):
            s.ellipse(o * 44, 34, 18, 8, "#ef8a8a", opacity=n(b))
    # nose: a small shadow and a tick
    s.path(D("M", (3, 24), "Q", (7, 34), (4, 40), "Q", (1, 42), (-1, 40)), "none", stroke=line_of(skin, 0.3), stroke_width=2, stroke_linecap="round", opacity="0.8")
    if E.get("blush", 0) and C.get("female") and E["mouth"] == "tremble":
        s.ellipse(1, 38, 7, 4, "#ef8a8a", opacity="0.35")
    for o in (-1, 1):
        draw_eye(s, C, G, E, o)
    draw_mouth(s, C, G, E)
    if E.get("crease"):
        for o in (-1, 1):
            s.path(D("M", (o * 7, -30), "q", o * 3, 6, o * 1, 12), "none", stroke=line_of(skin, 0.35), stroke_width=1.6, stroke_linecap="round", opacity="0.6")
    if E.get("wet"):
        for o, ln_ in ((-1, 58), (1, 34)):
            x = o * G["ex"] - o * 4
            s.path(D("M", (x - 2, 16), "Q", (x - 6, 16 + ln_ * 0.5), (x, 16 + ln_), "Q", (x + 5, 16 + ln_ * 0.5), (x + 2, 16), "Z"), "#d8eefc", stroke="#8cc0e0", stroke_width=1.4, opacity="0.95")

    if C.get("age"):
        lc = dict(fill="none", stroke=line_of(skin, 0.3), stroke_width=1.6, stroke_linecap="round", opacity="0.55")
        for o in (-1, 1):
            s.path(D("M", (o * 22, 44), "Q", (o * 30, 60), (o * 26, 76)), **lc)
            s.path(D("M", (o * 58, -4), "l", o * 8, -4), **lc)
    if C.get("moustache"):
        m = C["hair_shade"]
        my = G["mouth_y"] - 9
        s.path(D("M", (0, my), "C", (-12, my - 7), (-28, my - 4), (-33, my + 9), "C", (-22, my + 5), (-11, my + 6), (0, my + 5),
                 "C", (11, my + 6), (22, my + 5), (33, my + 9), "C", (28, my - 4), (12, my - 7), (0, my), "Z"), m, stroke=line_of(m, 0.4), stroke_width=1.6)
    for o in (-1, 1):
        draw_brow(s, C, G, E, o)
    return fp


# ---------------------------------------------------------------------------------------------
# Hair, in head coordinates. Each style: "back" (behind the head and body), "front" (the crown
# and fringe, over the face and brows), "locks" (strands hanging in front of the shoulders),
# "strands" (thin lines inside the masses), "shine" (y and width of the glossy band).
# A point (x, y, "s") is a sharp tip.
# ---------------------------------------------------------------------------------------------
def mirror_half(half):
    left = [(-q[0], q[1]) + tuple(q[2:]) for q in reversed(half) if abs(q[0]) > 0.01]
    return list(half) + left


def flip_x(points):
    return [(-q[0], q[1]) + tuple(q[2:]) for q in points]


def clumps(points, bulge=5.0):
    """A fringe edge of convex locks: points alternate valley, tip, valley, ..., valley (both
    sharp); each lock's edges bow outward a little."""
    out = [tuple(points[0][:2]) + ("s",)]
    for i in range(0, len(points) - 2, 2):
        V, T, V2 = points[i][:2], points[i + 1][:2], points[i + 2][:2]
        c = ((V[0] + T[0] + V2[0]) / 3, (V[1] + T[1] + V2[1]) / 3)
        for a, b in ((V, T), (T, V2)):
            m = lerp(a, b, 0.5)
            p = unit(perp(sub(b, a)))
            if (m[0] + p[0] - c[0]) ** 2 + (m[1] + p[1] - c[1]) ** 2 < (m[0] - c[0]) ** 2 + (m[1] - c[1]) ** 2:
                p = mul(p, -1)
            out.append(add(m, mul(p, bulge)))
            if b is T:
                out.append(tuple(T) + ("s",))
        out.append(tuple(V2) + ("s",))
    return out


def hair_long(C, soft=False):
    L = C.get("hair_len", 540)
    wave = 8 if soft else 0
    back = mirror_half([(0, -172), (90, -154), (116, -96), (120, 0), (124 + wave, 120), (128, 250), (130 + wave, 370), (126, L - 60),
                        (118, L, "s"), (100, L - 44), (84, L + 8, "s"), (62, L - 40), (40, L + 4, "s"), (18, L - 30), (0, L - 10, "s")])
    if soft:
        fr = clumps([(82, -36), (76, -4), (58, -70), (40, -16), (22, -76), (2, -10), (-18, -76), (-38, -16), (-56, -70), (-76, -4), (-82, -36)], 5)
    else:
        fr = clumps([(82, -32), (76, 0), (58, -70), (40, -8), (22, -76), (0, 8), (-20, -76), (-38, -6), (-56, -70), (-74, -2), (-82, -30)], 5)
    front = [(-94, 34, "s"), (-100, -40), (-88, -116), (-48, -160), (0, -174), (50, -162), (90, -118), (100, -40), (94, 34, "s"), (82, 0)] + fr + [(-84, 0)]
    lock = [(-80, -30), (-70, 30), (-68, 130), (-66, 240), (-74, 340, "s"), (-92, 250), (-102, 130), (-104, 30), (-98, -30)]
    if soft:
        lock = [(-80, -30), (-70, 30), (-66, 120), (-58, 220), (-64, 310), (-76, 400, "s"), (-90, 300), (-98, 200), (-106, 90), (-104, 0)]
    bs = [[(o * 70, 40), (o * 88, 200), (o * 92, L - 40)] for o in (-1, 1)] + [[(o * 110, 60), (o * 116, 250), (o * 110, L - 80)] for o in (-1, 1)]
    return dict(back=[back], front=[front], locks=[lock, flip_x(lock)], back_strands=bs,
                strands=[[(-40, -132), (-28, -104), (-24, -84)], [(36, -140), (28, -108), (28, -86)], [(-86, 60), (-84, 160), (-82, 260)], [(86, 60), (84, 160), (82, 260)],
                         [(104, 100), (112, 250), (120, 400)], [(-104, 100), (-112, 250), (-120, 400)]],
                shine=(112, 0.6))


def hair_bob(C):
    back = mirror_half([(0, -160), (80, -142), (98, -70), (104, 30), (100, 80), (88, 104, "s"), (64, 90), (40, 108, "s"), (0, 100)])
    fr = clumps([(82, -30), (74, -2), (58, -66), (42, -10), (22, -74), (2, 2), (-18, -74), (-36, -10), (-56, -66), (-72, -4), (-84, -22)], 5)
    front = [(-94, 100, "s"), (-106, 50), (-108, -20), (-96, -102), (-60, -152), (0, -172), (60, -152), (96, -102), (108, -20), (106, 50), (94, 100, "s"),
             (86, 76), (84, 20)] + fr + [(-86, 20), (-88, 76)]
    return dict(back=[back], front=[front], locks=[],
                strands=[[(-96, 0), (-98, 40), (-94, 80)], [(96, 0), (98, 40), (94, 80)], [(-40, -136), (-28, -106), (-26, -84)]],
                shine=(112, 0.5))


def hair_messy(C):
    back = mirror_half([(0, -170), (90, -148), (104, -80), (102, 0), (96, 40, "s"), (86, 28), (84, 70, "s"), (70, 52), (58, 82, "s"), (40, 64), (0, 72)])
    fr = clumps([(76, -28), (68, 6), (56, -66), (40, -10), (22, -76), (2, 12), (-18, -76), (-36, -12), (-54, -66), (-68, 4), (-76, -28)], 5)
    front = [(-80, 58, "s"), (-90, 10), (-98, -50), (-96, -104), (-70, -148), (-24, -172), (30, -174), (76, -152), (100, -108), (102, -50), (94, 10),
             (84, 58, "s"), (78, 20), (76, 40, "s")] + fr + [(-76, 36, "s"), (-80, 14)]
    return dict(back=[back], front=[front], locks=[],
                strands=[[(-46, -140), (-34, -106), (-30, -84)], [(26, -150), (20, -110), (22, -86)], [(68, -120), (76, -70), (74, -30)], [(-78, -90), (-84, -40), (-84, 20)]],
                shine=(114, 0.4))


def hair_spiky(C):
    back = mirror_half([(0, -172), (96, -140), (110, -60), (106, 10), (94, 30, "s"), (0, 30)])
    fr = clumps([(76, -44), (64, -50), (54, -76), (40, -52), (28, -82), (14, -56), (2, -86), (-12, -58), (-24, -84), (-38, -54), (-50, -80), (-62, -50), (-74, -58),
                 (-78, -36), (-80, -40)], 3)
    front = [(-84, 10, "s"), (-94, -60), (-116, -106, "s"), (-82, -128), (-96, -182, "s"), (-50, -162), (-38, -210, "s"), (-8, -170), (22, -212, "s"), (40, -168),
             (88, -196, "s"), (86, -142), (118, -112, "s"), (96, -60), (86, 10, "s"), (78, -30)] + fr
    return dict(back=[back], front=[front], locks=[],
                strands=[[(-50, -150), (-40, -122), (-34, -100)], [(16, -178), (14, -134), (16, -104)], [(60, -152), (56, -124), (50, -100)]],
                shine=(120, 0.35))


def hair_tousled(C):
    back = mirror_half([(0, -172), (96, -146), (114, -60), (112, 20), (102, 62, "s"), (88, 40), (0, 50)])
    fr = clumps([(80, -30), (62, 0), (56, -68), (34, -14), (24, -76), (0, -8), (-16, -76), (-40, -18), (-50, -68), (-72, -14), (-84, -40)], 5)
    front = [(-90, 50, "s"), (-100, -30), (-90, -124), (-20, -176), (56, -164), (98, -116), (104, -30), (94, 52, "s"), (84, 4), (78, 26, "s")] + fr + [(-86, -10)]
    ahoge = [(-6, -170), (12, -218, "s"), (22, -192), (48, -208, "s"), (34, -170)]
    return dict(back=[back], front=[front, ahoge], locks=[],
                strands=[[(-50, -144), (-34, -108), (-28, -86)], [(30, -154), (44, -116), (46, -88)], [(-86, -60), (-90, -20), (-88, 30)]],
                shine=(114, 0.5))


def hair_short_girl(C):
    back = mirror_half([(0, -160), (80, -142), (98, -70), (102, 20), (96, 74), (84, 100, "s"), (62, 88), (42, 108, "s"), (0, 100)])
    fr = clumps([(84, -24), (76, 2), (60, -66), (44, -10), (24, -74), (6, -6), (-16, -74), (-34, -14), (-52, -66), (-70, -4), (-82, -30)], 5)
    front = [(-96, 92, "s"), (-106, 40), (-106, -24), (-94, -104), (-58, -152), (-12, -170), (40, -168), (80, -148), (102, -100), (108, -24), (106, 40),
             (100, 98, "s"), (92, 66), (88, 90, "s"), (82, 40), (84, 0)] + fr + [(-84, 10), (-88, 60), (-92, 84, "s"), (-94, 64)]
    return dict(back=[back], front=[front], locks=[],
                strands=[[(-94, 10), (-96, 50), (-96, 84)], [(94, 10), (96, 50), (96, 84)], [(-30, -146), (-20, -108), (-18, -86)], [(40, -146), (44, -108), (44, -86)]],
                shine=(114, 0.5), clip=(54, -80))


def hair_ponytail(C):
    back = mirror_half([(0, -172), (92, -146), (108, -60), (104, 20), (94, 38, "s"), (0, 38)])
    tail = [(60, -150), (120, -172), (170, -132), (190, -30), (186, 110), (168, 262, "s"), (152, 142), (134, 212, "s"), (124, 80), (104, -20), (80, -100)]
    fr = clumps([(82, -20), (72, 4), (56, -60), (40, -12), (22, -76), (10, -30), (0, -82), (-10, -30), (-22, -76), (-40, -12), (-56, -60), (-72, 4), (-82, -20)], 4)
    front = [(-88, 40, "s"), (-98, -40), (-84, -126), (-26, -168), (34, -168), (88, -130), (100, -40), (90, 40, "s")] + fr
    return dict(back=[tail, back], front=[front], locks=[],
                strands=[[(-2, -154), (-2, -120), (-2, -96)], [(-48, -140), (-60, -100), (-64, -70)], [(48, -140), (58, -100), (62, -70)], [(152, -60), (162, 40), (158, 160)]],
                shine=(116, 0.6), clip=(88, -124))


def hair_old(C):
    back = mirror_half([(0, -166), (94, -140), (108, -50), (100, 14, "s"), (0, 14)])
    front = [(-80, 30, "s"), (-90, -40), (-82, -118), (-30, -160), (40, -160), (86, -120), (92, -40), (82, 30, "s"), (76, -30),
             (68, -80), (40, -100), (0, -106), (-40, -100), (-68, -80), (-76, -30)]
    return dict(back=[back], front=[front], locks=[],
                strands=[[(-70, -100), (-30, -130), (20, -140)], [(-50, -90), (0, -118), (50, -124)], [(0, -102), (44, -114), (76, -96)]],
                shine=(124, 0.3))


def hair_slick(C):
    back = mirror_half([(0, -168), (94, -142), (110, -50), (102, 16, "s"), (0, 16)])
    front = [(-80, 30, "s"), (-90, -40), (-84, -124), (-30, -166), (44, -164), (88, -124), (94, -40), (84, 30, "s"), (76, -30),
             (66, -72), (30, -92), (-14, -86), (-38, -40, "s"), (-46, -76), (-70, -62), (-76, -20)]
    return dict(back=[back], front=[front], locks=[],
                strands=[[(-76, -80), (-40, -124), (20, -136)], [(-40, -70), (10, -108), (70, -104)]],
                shine=(124, 0.45))


HAIR = {"long": hair_long, "long_soft": lambda C: hair_long(C, soft=True), "bob": hair_bob, "messy": hair_messy, "spiky": hair_spiky,
        "tousled": hair_tousled, "short_girl": hair_short_girl, "ponytail": hair_ponytail, "old": hair_old, "slick": hair_slick}


def hair_mass(s, C, points, shade=False):
    h = C["hair"]
    d = blob(points)
    fill = s.lin([(0, light(h, 0.16)), (0.55, h), (1, dark(h, 0.14))]) if not shade else s.lin([(0, mix(h, C["hair_shade"], 0.7)), (1, dark(C["hair_shade"], 0.12))])
    s.path(d, fill, stroke=line_of(h, 0.45), stroke_width=2.8, stroke_linejoin="round")
    if not shade:
        cel(s, d, blob(shifted(points, (-12, -8))), dark(h, 0.5), 0.3)
    return d


def hair_back(s, C):
    H = HAIR[C["style"]](C)
    for p in H["back"]:
        hair_mass(s, C, p, shade=True)
    for pl in H.get("back_strands", []):
        s.path(open_path(pl), "none", stroke=line_of(C["hair"], 0.35), stroke_width=1.8, stroke_linecap="round", opacity="0.4")


def hair_front(s, C):
    H = HAIR[C["style"]](C)
    h = C["hair"]
    # the fringe's shadow on the forehead
    s.open("g", clip_path=s.clip(f'<path d="{C["_face"]}"/>'))
    for p in H["front"][:1]:
        s.path(blob(shifted(p, (3, 7))), dark(C["skin"], 0.3), opacity="0.3")
    s.close()
    for p in H["locks"]:
        hair_mass(s, C, p)
    for p in H["front"]:
        hair_mass(s, C, p)
    r, op = H["shine"]
    hl = light(h, 0.55)
    cy = -30
    top, bot = [], []
    for k in range(15):
        ang = math.radians(212 + k * (116 / 14))
        top.append((r * math.cos(ang), cy + r * math.sin(ang)))
        rr = r - (10 if k % 2 else 4) - (4 if 3 < k < 11 else 0)
        bot.append((rr * math.cos(ang), cy + rr * math.sin(ang)))
    band = "M " + " L ".join(f"{n(x)} {n(y)}" for x, y in top + list(reversed(bot))) + " Z"
    s.path(band, hl, opacity=n(op * 0.8))
    for pl in H["strands"]:
        s.path(open_path(pl), "none", stroke=line_of(h, 0.4), stroke_width=1.6, stroke_linecap="round", opacity="0.45")
    if H.get("clip"):
        x, y = H["clip"]
        col = C.get("clip", "#d9542c")
        s.path(D("M", (x - 16, y - 10), "L", (x + 14, y + 4), "L", (x + 11, y + 11), "L", (x - 19, y - 3), "Z"), col, stroke=line_of(col, 0.5), stroke_width=1.6)
        s.path(D("M", (x - 12, y - 4), "L", (x + 10, y + 6)), "none", stroke=light(col, 0.4), stroke_width=1.4)


def head(s, C, E, part):
    """Draws the head's back (hair behind) or front (face and hair) at C's head placement."""
    x, y = C["head_at"]
    t = C.get("head_tilt", 0)
    k = C.get("head_k", 1.0)
    s.open("g", transform=f"translate({n(x)} {n(y)}) rotate({n(t)}) scale({k})")
    G = C["G"]
    if part == "back":
        hair_back(s, C)
    else:
        draw_face(s, C, G, E)
        hair_front(s, C)
        if E.get("sweat"):
            x, y = G["W"] - 2, -30
            s.path(D("M", (x, y - 16), "Q", (x + 9, y), (x + 7, y + 5), "A", 7.5, 7.5, 0, 1, 1, (x - 7, y + 5), "Q", (x - 9, y), (x, y - 16), "Z"), "#cdeaf9", stroke="#78acd0", stroke_width=1.8)
            s.ellipse(x - 2.5, y + 3, 2, 3.4, "#ffffff")
    s.close()


# ---------------------------------------------------------------------------------------------
# The cast
# ---------------------------------------------------------------------------------------------
ALBA_SKIN = "#f8e6dc"
REP_BLUE = "#b4c8e0"
OLIVE = "#5e6240"

CAST = {
    # The Republic: pale blue and silver.
    "lena": dict(female=True, style="long", hair="#e6eaf2", hair_shade="#b9c1d2", eyes="#7f8ea6", skin=ALBA_SKIN, outfit="republic",
                 coat=REP_BLUE, trim="#e4e8ee", aiguillette="#eef1f6", skirt="#50698e", raid=True, mouth_style="open", hair_len=560,
                 eye_y=262, build="slim", intensity=1.0, blush_k=0.8, lash_col="#4a4e60", brow_col="#858ea6"),  # upright, level shoulders
    "annette": dict(female=True, style="bob", hair="#e6dfea", hair_shade="#bdb1c8", eyes="#8c7cb0", skin=ALBA_SKIN, outfit="labcoat",
                    coat="#a9bfda", trim="#d8dde6", tie="#7a68a8", skirt="#50698e", raid=True, mouth_style="open", eye_y=276, build="slim", asym=4, tilt=3,
                    intensity=1.05, blush_k=0.7, lash_col="#4a4660", brow_col="#8c809e"),
    "karlstahl": dict(female=False, style="old", hair="#b8bcc2", hair_shade="#8c9098", eyes="#6a7c94", skin="#f0dacb", outfit="republic",
                      coat="#2f4468", trim="#d9c27a", stripe="#d9c27a", tie="#1c2a44", aiguillette="#d9c27a", ribbons=True, moustache=True,
                      age=True, mouth_style="soft", eye_y=228, build="broad", intensity=0.7, blush_k=0.0, brow_col="#7c8088", brow_k=1.15),
    "duval": dict(female=False, style="slick", hair="#7a5a3e", hair_shade="#5a402a", eyes="#6f8cab", skin=ALBA_SKIN, outfit="republic",
                  coat="#a8bcd4", trim="#d6dce4", tie="#2c4168", mouth_style="smirk", shouts=False, eye_y=236, build="male", intensity=1.0, blush_k=0.0),
    # The 86th Sector: worn olive field gear.
    "shin": dict(female=False, style="messy", hair="#26262e", hair_shade="#17171d", eyes="#c0302c", skin="#f4e0d2", outfit="field",
                 coat=OLIVE, inner="#34352e", scarf="#9ab8c8", mouth_style="faint", eye_y=236, build="lean", intensity=0.8, blush_k=0.0, tilt=-2, head_dx=-3,
                 faces=dict(neutral=dict(flat=0.35, lid_in=0.1, lid_out=0.12), smile=dict(lift=0.18, open=0.95, mouth="smile"),
                            angry=dict(open=0.8, lid_in=0.3, flat=0.7, mouth="firm"), surprised=dict(open=1.12, iris=0.8))),
    "raiden": dict(female=False, style="spiky", hair="#3a3a42", hair_shade="#24242a", eyes="#8a6e48", skin="#e6c6aa", outfit="field",
                   coat="#5a5e3c", inner="#45463e", open=34, dogtags=True, mouth_style="smirk", eye_y=214, build="broad", intensity=0.85, blush_k=0.0,
                   asym=10, tilt=-3, head_dx=4),
    "theo": dict(female=False, style="tousled", hair="#d0ac70", hair_shade="#a2824e", eyes="#4e9a7c", skin="#f4dfcf", outfit="field",
                 coat="#646842", inner="#d6d0b8", open=28, paint=True, mouth_style="smirk", eye_y=250, build="slight", intensity=1.0, blush_k=0.3,
                 asym=-8, tilt=5, head_dx=6),
    "kurena": dict(female=True, style="short_girl", hair="#8a5636", hair_shade="#643c24", eyes="#c8962e", skin="#eccbb2", outfit="field",
                   coat="#5c603e", inner="#3c3a32", clip="#e0602c", mouth_style="open", eye_y=272, build="athletic", intensity=1.15, brow_k=1.2,
                   blush_k=0.6),
    "anju": dict(female=True, style="long_soft", hair="#94b4d8", hair_shade="#6a88b0", eyes="#4a7ec0", skin="#f6e2d6", outfit="field",
                 coat="#62664a", inner="#ddd5bd", open=26, mouth_style="soft", hair_len=520, eye_y=266, build="soft", intensity=0.85, blush_k=0.9,
                 tilt=-4, head_dx=-4),
    "kaie": dict(female=True, style="ponytail", hair="#1e1c24", hair_shade="#141218", eyes="#4a3430", skin="#f2d8c2", outfit="field",
                 coat="#5a5e3e", inner="#3a3a34", clip="#c0303a", mouth_style="open", eye_y=262, build="athletic", intensity=1.2, blush_k=0.9,
                 faces=dict(neutral=dict(flat=0.05))),
}


# The seven who never speak have no sprites (they are voices on the link), but they stand with
# the others in the illustrations.
SEVEN = {
    "mattie": dict(female=False, style="messy", hair="#22201e", hair_shade="#141210", eyes="#5a3a28", skin="#8a5a3c", outfit="field", coat="#5c6040",
                   inner="#3a3a32", eye_y=214, build="broad", mouth_style="soft"),
    "yuna": dict(female=True, style="short_girl", hair="#c8a070", hair_shade="#9c7a50", eyes="#6a8a5a", skin="#f2dcc8", outfit="field", coat="#5a5e3e",
                 inner="#3c3a32", eye_y=300, build="athletic", mouth_style="open", clip="#6aa0d0"),
    "tobiah": dict(female=False, style="tousled", hair="#9a5a36", hair_shade="#6a3c22", eyes="#5a6a8a", skin="#efd2bc", outfit="field", coat="#62663e",
                   inner="#4a4a40", eye_y=244, build="slight", mouth_style="soft"),
    "sasha": dict(female=True, style="ponytail", hair="#7a2e2a", hair_shade="#521c1a", eyes="#3a3430", skin="#e8c8a8", outfit="field", coat="#5c603e",
                  inner="#3a3a34", clip="#d8b040", eye_y=276, build="athletic", mouth_style="soft"),
    "ezra": dict(female=False, style="spiky", hair="#6a4a30", hair_shade="#4a321e", eyes="#4a6a5a", skin="#d8b090", outfit="field", coat="#5a5e3c",
                 inner="#4a4a40", eye_y=240, build="male", mouth_style="soft"),
    "noor": dict(female=True, style="long_soft", hair="#1c1a22", hair_shade="#100e14", eyes="#3a2a2a", skin="#c89a78", outfit="field", coat="#60644a",
                 inner="#cfc8b0", open=24, eye_y=270, build="soft", mouth_style="soft", hair_len=420),
    "pim": dict(female=False, style="messy", hair="#d8c090", hair_shade="#a8905e", eyes="#6a8aa8", skin="#f4e0d0", outfit="field", coat="#646842",
                inner="#4a4a40", eye_y=196, build="slight", mouth_style="soft"),
}
CAST.update(SEVEN)


def prepare(name):
    C = dict(CAST[name])
    C["name"] = name
    G = dict(FACE_F if C["female"] else FACE_M)
    C["G"] = G
    C.setdefault("lash_col", "#2a2230")
    C.setdefault("brow_col", dark(C["hair"], 0.35))
    C["hand"] = 70 if C["female"] else 78
    return C


# ---------------------------------------------------------------------------------------------
# Bodies. A frame is the figure's measurements in sprite space: the neck base, the shoulder
# line and its slope, waist and hips, the shoulder joints, arm lengths and thicknesses.
# ---------------------------------------------------------------------------------------------
BUILDS = {
    # sw shoulder half-width, ww waist, hw hips, nw neck, slope of the shoulders, arm lengths,
    # sleeve radii at shoulder / elbow / wrist
    "slim": dict(sw=104, ww=70, hw=90, nw=19, slope=24, ua=150, fa=134, r=(23, 19, 15)),
    "soft": dict(sw=102, ww=74, hw=94, nw=19, slope=30, ua=150, fa=134, r=(27, 23, 19)),
    "athletic": dict(sw=110, ww=80, hw=94, nw=20, slope=18, ua=152, fa=136, r=(27, 23, 19)),
    "lean": dict(sw=124, ww=94, hw=98, nw=24, slope=22, ua=170, fa=150, r=(31, 26, 21)),
    "slight": dict(sw=118, ww=90, hw=96, nw=23, slope=26, ua=164, fa=146, r=(30, 25, 20)),
    "broad": dict(sw=142, ww=110, hw=110, nw=29, slope=14, ua=178, fa=158, r=(36, 30, 24)),
    "male": dict(sw=128, ww=96, hw=102, nw=25, slope=20, ua=170, fa=150, r=(28, 23, 18)),
}


def frame(C):
    B = dict(BUILDS[C["build"]])
    B.update(C.get("body", {}))
    cx = 300 + C.get("lean", 0)
    ey = C["eye_y"]
    chin = ey + C["G"]["chin"]
    nb = chin + (38 if C["female"] else 44)
    sy = nb + B["slope"]
    wy = sy + (226 if C["female"] else 250)
    hy = wy + 110
    F = dict(B, cx=cx, ey=ey, chin=chin, nb=nb, sy=sy, wy=wy, hy=hy)
    asym = C.get("asym", 0)
    F["sy_l"], F["sy_r"] = sy - asym / 2, sy + asym / 2
    ra = B["r"][0]
    F["S_l"] = (cx - B["sw"] + ra - 3, F["sy_l"] + ra * 0.85)
    F["S_r"] = (cx + B["sw"] - ra + 3, F["sy_r"] + ra * 0.85)
    return F


def torso_points(F, hem=None, flare=0, box=0):
    """The upper garment's outline: neck, shoulders, chest, waist (box straightens it), hip,
    down to the hem (a gentle curve), left half mirrored."""
    cx, nw, sw = F["cx"], F["nw"], F["sw"]
    hem = hem or 1230
    ww = F["ww"] + box

    def side(o, sy):
        pts = [(cx + o * (nw + 6), F["nb"] - 4), (cx + o * (nw + 30), sy - 8), (cx + o * (sw - 22), sy - 4), (cx + o * sw, sy + 20),
               (cx + o * (sw - 4), sy + 90), (cx + o * (ww + (F["sw"] - ww) * 0.5), (sy + F["wy"]) / 2 + 20),
               (cx + o * ww, F["wy"])]
        if hem > F["hy"]:
            pts.append((cx + o * (F["hw"] + flare * 0.4), F["hy"]))
        pts.append((cx + o * (F["hw"] + flare), hem, "s"))
        return pts

    right = side(1, F["sy_r"])
    left = side(-1, F["sy_l"])
    return right + [(cx, hem + 6)] + list(reversed(left))


def draw_lower(s, C, F, kind, col, hem):
    """Trousers or a skirt below the jacket's hem (mostly under the text box)."""
    cx, hw, wy = F["cx"], F["hw"], F["wy"]
    ln = line_of(col, 0.5)
    if kind == "skirt":
        pts = [(cx - F["ww"], wy), (cx + F["ww"], wy), (cx + hw + 26, hem + 60), (cx + hw + 44, 1230, "s"), (cx - hw - 44, 1230, "s"), (cx - hw - 26, hem + 60)]
        d = blob([(q[0], q[1], "s") for q in pts])
        s.path(d, s.lin([(0, col), (1, dark(col, 0.18))]), stroke=ln, stroke_width=2.6, stroke_linejoin="round")
        for k in (-3, -1, 1, 3):
            s.path(D("M", (cx + k * 20, hem), "L", (cx + k * 34, 1230)), "none", stroke=ln, stroke_width=1.8, opacity="0.6")
            s.path(D("M", (cx + k * 20 + 8, hem), "L", (cx + k * 34 + 12, 1230)), "none", stroke=light(col, 0.2), stroke_width=1.6, opacity="0.5")
        cel(s, d, blob(shifted([(q[0], q[1], "s") for q in pts], (-24, 0))), dark(col, 0.5), 0.25)
    else:
        pts = [(cx - hw + 4, wy + 20, "s"), (cx + hw - 4, wy + 20, "s"), (cx + hw + 2, F["hy"] + 20), (cx + hw - 4, 1230, "s"), (cx - hw + 4, 1230, "s"), (cx - hw - 2, F["hy"] + 20)]
        d = blob(pts)
        s.path(d, s.lin([(0, col), (1, dark(col, 0.15))]), stroke=ln, stroke_width=2.6, stroke_linejoin="round")
        s.path(D("M", (cx + 2, F["hy"] + 70), "L", (cx + 4, 1230)), "none", stroke=ln, stroke_width=2.4)
        for o in (-1, 1):
            s.path(D("M", (cx + o * hw * 0.5, F["hy"] + 90), "L", (cx + o * hw * 0.52, 1230)), "none", stroke=light(col, 0.12), stroke_width=2, opacity="0.6")
        cel(s, d, blob(shifted(pts, (-26, 0))), dark(col, 0.5), 0.28)


def draw_neck(s, C, F):
    cx, nw, skin = F["cx"], F["nw"], C["skin"]
    top = F["ey"] + 40
    d = D("M", (cx - nw, top), "L", (cx - nw - 2, F["nb"] + 20), "L", (cx + nw + 2, F["nb"] + 20), "L", (cx + nw, top), "Z")
    s.path(d, skin, stroke=line_of(skin, 0.42), stroke_width=2.6)
    # the head's shadow on the neck
    s.path(D("M", (cx - nw - 1, top), "L", (cx - nw - 1, F["chin"] + 14), "Q", (cx, F["chin"] + 34), (cx + nw + 1, F["chin"] + 8), "L", (cx + nw + 1, top), "Z"),
           dark(skin, 0.3), opacity="0.45")
    if C.get("raid"):
        y = F["nb"] - 22
        s.path(D("M", (cx - nw - 2, y), "Q", (cx, y + 8), (cx + nw + 2, y), "L", (cx + nw + 2, y + 9), "Q", (cx, y + 17), (cx - nw - 2, y + 9), "Z"),
               s.lin([(0, "#f4f6fa"), (1, "#aab4c4")]), stroke="#6a7688", stroke_width=1.6)
        s.circle(cx + nw * 0.45, y + 9, 2.6, "#5ab4ff")
        s.circle(cx + nw * 0.45, y + 9, 5, "#5ab4ff", opacity="0.25")


# ---------------------------------------------------------------------------------------------
# Arms: an arm is a dict with the shoulder S, wrist target W, bend (+1 / -1), the hand's kind,
# its angle (None: along the forearm) and flip; drawn with the outfit's sleeve colours.
# ---------------------------------------------------------------------------------------------
def solve_arm(F, A):
    S = A["S"]
    E, W = ik(S, A["W"], F["ua"], F["fa"], A["bend"])
    if "E" in A:
        E = A["E"]
        W = A["W"]
    return S, E, W


def draw_sleeve(s, C, F, S, E, W, part="all", hand_on=True, A=None):
    """The sleeve from shoulder to wrist (part: all, upper, fore) and its cuff."""
    ra, re, rw = F["r"]
    cloth = C["sleeve"]
    ln = line_of(cloth, 0.5)
    caps = []
    if part in ("all", "upper"):
        caps.append((S, ra, E, re))
    if part in ("all", "fore"):
        caps.append((E, re, W, rw))
    fill = cloth
    union = limb(s, caps, fill, ln, lw=1.5, shade=dark(cloth, 0.45), shade_op=0.35, shift=(-10, -7))
    # creases at the inside of the elbow
    if part == "all":
        bendv = unit(add(unit(sub(S, E)), unit(sub(W, E))))
        if length(add(unit(sub(S, E)), unit(sub(W, E)))) > 0.3:
            for k in (-1, 1):
                a = add(E, mul(bendv, re * 0.6))
                b = add(a, add(mul(bendv, -re * 0.5), mul(perp(bendv), k * re * 0.5)))
                s.path(D("M", a, "L", b), "none", stroke=ln, stroke_width=1.6, stroke_linecap="round", opacity="0.55")
    # folds: a crease across the forearm and one above the elbow, on the shaded side
    for (p0, p1, r0, r1, t) in ((S, E, ra, re, 0.72), (E, W, re, rw, 0.42)):
        if (part == "upper" and p0 is E) or (part == "fore" and p0 is S):
            continue
        d = unit(sub(p1, p0))
        q = perp(d)
        m = lerp(p0, p1, t)
        r = r0 + (r1 - r0) * t
        side = 1 if q[0] > 0 else -1
        a_ = add(m, mul(q, side * r * 0.95))
        b_ = add(add(m, mul(q, side * r * 0.1)), mul(d, r * 0.35))
        s.path(D("M", a_, "Q", add(lerp(a_, b_, 0.5), mul(d, -r * 0.2)), b_), "none", stroke=ln, stroke_width=1.6, stroke_linecap="round", opacity="0.55")
    if part in ("all", "upper") and C.get("patch") and S == F["S_r"]:
        # the squadron patch, sewn on the upper sleeve, turned with it
        mid = lerp(S, E, 0.36)
        ang = angle_of(sub(E, S))
        s.open("g", clip_path=s.clip(f'<path d="{capsule(S, ra, E, re)}"/>'), transform=f"rotate({n(ang)} {n(mid[0])} {n(mid[1])})")
        x, y = mid
        s.rect(x - 15, y - 19, 30, 38, "#2c2e22", stroke="#8a8a66", stroke_width=1.6, rx="5")
        s.path(D("M", (x, y - 13), "L", (x + 8, y + 4), "L", (x + 2.5, y + 1), "L", (x + 2, y + 13), "L", (x - 2, y + 13), "L", (x - 2.5, y + 1), "L", (x - 8, y + 4), "Z"), "#d8d0b0")
        s.close()
    return union


def draw_cuff(s, C, F, E, W):
    rw = F["r"][2]
    cloth = C["sleeve"]
    d = unit(sub(W, E))
    p = perp(d)
    a = sub(W, mul(d, 15))
    w = rw + 1.5
    cuff = D("M", add(a, mul(p, w)), "L", add(W, mul(p, w + 1)), "Q", add(W, mul(d, 4)), add(W, mul(p, -w - 1)), "L", add(a, mul(p, -w)), "Z")
    s.path(cuff, C.get("cuff", dark(cloth, 0.06)), stroke=line_of(cloth, 0.5), stroke_width=2.4, stroke_linejoin="round")
    if C.get("cuff_stripe"):
        b = sub(W, mul(d, 6))
        p = perp(d)
        s.path(D("M", add(b, mul(p, rw)), "L", add(b, mul(p, -rw))), "none", stroke=C["cuff_stripe"], stroke_width=3)


def draw_arm(s, C, F, A, part="all"):
    S, E, W = solve_arm(F, A)
    fdir = unit(sub(W, E))
    if part in ("all", "upper"):
        draw_sleeve(s, C, F, S, E, W, "upper" if part == "upper" else "all", A=A)
    elif part == "fore":
        draw_sleeve(s, C, F, S, E, W, "fore", A=A)
    if part in ("all", "fore"):
        kind = A.get("hand", "relaxed")
        if kind is None:
            return S, E, W
        deg = A.get("deg")
        if deg is None:
            deg = angle_of(fdir)
        wrist = add(W, mul(fdir, 2))
        if A.get("hand_first") is None:
            if A.get("hold_under"):
                A["hold_under"](s)
            hand(s, C, wrist, deg, kind, flip=A.get("flip", False), scale=A.get("hand_k", 1.0))
        draw_cuff(s, C, F, E, W)
    return S, E, W


# ---------------------------------------------------------------------------------------------
# Clothes
# ---------------------------------------------------------------------------------------------
def field_outfit(s, C, F):
    cx, nw, sy, nb = F["cx"], F["nw"], F["sy"], F["nb"]
    j = C["coat"]
    ln = line_of(j, 0.5)
    hem = F["hy"] + 46
    draw_lower(s, C, F, "trousers", C.get("trousers", "#4e4c3c"), hem)
    pts = torso_points(F, hem, flare=14, box=12 if C["female"] else 18)
    tp = blob(pts)
    s.path(tp, s.lin([(0, light(j, 0.1)), (0.5, j), (1, dark(j, 0.1))]), stroke=ln, stroke_width=3, stroke_linejoin="round")
    clip = s.clip(f'<path d="{tp}"/>')
    s.open("g", clip_path=clip)
    s.path(D("M", (cx - 300, hem - 22), "Q", (cx, hem - 14), (cx + 300, hem - 22)), "none", stroke=ln, stroke_width=2, opacity="0.6")
    # wear: paler scuffs, a little rust
    rng_pts = C.get("_wear", [])
    for (x, y, rx, ry, col, op) in rng_pts:
        s.ellipse(cx + x, y, rx, ry, col, opacity=n(op))
    s.close()
    opening = C.get("open", 0)
    inner = C.get("inner", "#3a3a34")
    if opening:
        v = [(cx - nw - 6, nb - 6), (cx + nw + 6, nb - 6), (cx + opening, sy + 110), (cx + opening + 10, hem + 8), (cx - opening - 10, hem + 8), (cx - opening, sy + 110)]
        s.poly(v, s.lin([(0, light(inner, 0.08)), (1, dark(inner, 0.1))]), stroke=line_of(inner, 0.5), stroke_width=2.4, stroke_linejoin="round")
        s.path(D("M", (cx - nw - 4, nb - 4), "Q", (cx, nb + 34), (cx + nw + 4, nb - 4)), "none", stroke=line_of(inner, 0.4), stroke_width=2.4)
        # a belt across the opening
        s.rect(cx - opening - 10, F["wy"] + 40, 2 * opening + 20, 20, "#3a3226", stroke="#221c14", stroke_width=1.6)
        s.rect(cx - 10, F["wy"] + 38, 20, 24, "#b8a878", stroke="#5a5030", stroke_width=1.6, rx="3")
        for o in (-1, 1):
            s.path(D("M", (cx + o * opening, sy + 110), "L", (cx + o * (opening + 10), hem)), "none", stroke=ln, stroke_width=3)
            s.path(D("M", (cx + o * (opening + 9), sy + 116), "L", (cx + o * (opening + 19), hem)), "none", stroke=light(j, 0.2), stroke_width=2, opacity="0.6")
        if C.get("dogtags"):
            s.path(D("M", (cx - nw + 2, nb - 8), "Q", (cx - 8, nb + 60), (cx - 2, nb + 96), "M", (cx + nw - 2, nb - 8), "Q", (cx + 8, nb + 60), (cx + 2, nb + 96)),
                   "none", stroke="#a8aeb4", stroke_width=2, stroke_dasharray="3 2")
            s.rect(cx - 10, nb + 92, 20, 30, "#c8ccd0", stroke="#5a6066", stroke_width=1.6, rx="5", transform=f"rotate(8 {cx} {nb + 106})")
            s.rect(cx - 4, nb + 96, 18, 28, "#b4b8bc", stroke="#5a6066", stroke_width=1.6, rx="5", transform=f"rotate(-6 {cx} {nb + 106})")
    else:
        s.poly([(cx - nw - 6, nb - 6), (cx + nw + 6, nb - 6), (cx, nb + 50)], inner, stroke=line_of(inner, 0.5), stroke_width=2.4)
        s.path(D("M", (cx + 1, nb + 48), "L", (cx + 6, hem)), "none", stroke=ln, stroke_width=2.6)
        s.path(D("M", (cx + 7, nb + 52), "L", (cx + 12, hem)), "none", stroke=light(j, 0.22), stroke_width=1.8, stroke_dasharray="3 5")
    # chest pockets with flaps
    for o in (-1, 1):
        x = cx + o * (max(opening, 6) + 48)
        y = sy + 80
        s.rect(x - 30, y, 60, 74, light(j, 0.03), stroke=ln, stroke_width=2, rx="4")
        s.path(D("M", (x - 33, y - 6), "L", (x + 33, y - 6), "L", (x + 31, y + 18), "L", (x, y + 24), "L", (x - 31, y + 18), "Z"), dark(j, 0.05), stroke=ln, stroke_width=2, stroke_linejoin="round")
        s.circle(x, y + 15, 3.5, dark(j, 0.4))
    # the cel shadow down the far side
    cel(s, tp, blob(shifted(pts, (-36, -10))), dark(j, 0.55), 0.32)
    # the fold-down collar
    for o in (-1, 1):
        s.poly([(cx + o * (nw - 2), nb - 34), (cx + o * (nw + 34), nb - 2), (cx + o * (opening * 0.55 + 22), nb + 50), (cx + o * (opening * 0.3 + 4), nb + 14), (cx + o * (nw - 6), nb - 8)],
               light(j, 0.12), stroke=ln, stroke_width=2.4, stroke_linejoin="round")
    if C.get("paint"):
        x, y = cx + 70, sy + 250
        s.path(D("M", (x, y), "q", 14, -6, 20, 7, "q", 4, 12, -11, 14, "q", -16, -2, -9, -21, "Z"), "#e08a2a", opacity="0.85")
        s.circle(x + 28, y + 24, 3.5, "#e08a2a", opacity="0.85")
        s.circle(x - 14, y + 30, 2.5, "#4a9ad8", opacity="0.8")
    return tp


def draw_scarf(s, C, F, tail=True):
    cx, nw, nb = F["cx"], F["nw"], F["nb"]
    sc = C["scarf"]
    ln = line_of(sc, 0.5)
    fill = s.lin([(0, light(sc, 0.15)), (1, dark(sc, 0.12))])
    if tail:
        t = [(cx + 14, nb + 4), (cx + 56, nb + 10), (cx + 66, nb + 120), (cx + 76, nb + 214, "s"), (cx + 56, nb + 198), (cx + 36, nb + 216, "s"), (cx + 30, nb + 110), (cx + 8, nb + 40)]
        d = blob(t)
        s.path(d, fill, stroke=ln, stroke_width=2.4, stroke_linejoin="round")
        cel(s, d, blob(shifted(t, (-10, 0))), dark(sc, 0.4), 0.3)
        s.path(D("M", (cx + 46, nb + 40), "Q", (cx + 52, nb + 120), (cx + 56, nb + 196)), "none", stroke=ln, stroke_width=1.6, opacity="0.5")
        for k in range(5):
            x = cx + 40 + k * 8
            s.path(D("M", (x, nb + 206 + (k % 2) * 4), "l", 1, 14), "none", stroke=dark(sc, 0.2), stroke_width=2.2, stroke_linecap="round")
    w = [(cx - nw - 14, nb - 40), (cx, nb - 32), (cx + nw + 14, nb - 42), (cx + nw + 32, nb - 10), (cx + nw + 16, nb + 24), (cx, nb + 32), (cx - nw - 16, nb + 22), (cx - nw - 32, nb - 6)]
    d = blob(w)
    s.path(d, fill, stroke=ln, stroke_width=2.6, stroke_linejoin="round")
    cel(s, d, blob(shifted(w, (-12, -6))), dark(sc, 0.4), 0.3)
    for k in range(2):
        s.path(D("M", (cx - nw - 22, nb - 16 + k * 20), "Q", (cx, nb - 2 + k * 20), (cx + nw + 24, nb - 18 + k * 20)), "none", stroke=ln, stroke_width=1.6, opacity="0.45")


def republic_outfit(s, C, F):
    cx, nw, sy, nb = F["cx"], F["nw"], F["sy"], F["nb"]
    jacket, trim = C["coat"], C["trim"]
    ln = line_of(jacket, 0.5)
    hem = F["hy"] + (4 if C["female"] else 30)
    if C.get("skirt"):
        draw_lower(s, C, F, "skirt", C["skirt"], hem)
    else:
        draw_lower(s, C, F, "trousers", dark(jacket, 0.3), hem)
    pts = torso_points(F, hem, flare=12 if C["female"] else 6, box=0 if C["female"] else 8)
    tp = blob(pts)
    s.path(tp, s.lin([(0, light(jacket, 0.14)), (0.6, jacket), (1, dark(jacket, 0.08))]), stroke=ln, stroke_width=3, stroke_linejoin="round")
    clip = s.clip(f'<path d="{tp}"/>')
    # the shirt and tie in the V of the lapels
    s.poly([(cx - nw - 8, nb - 8), (cx + nw + 8, nb - 8), (cx, nb + 118)], "#f7f8fb", stroke=line_of("#e8ecf2", 0.45), stroke_width=2)
    for o in (-1, 1):
        s.poly([(cx + o * (nw + 3), nb - 20), (cx + o * 3, nb + 26), (cx + o * (nw + 14), nb + 14)], "#ffffff", stroke=line_of("#e8ecf2", 0.45), stroke_width=2, stroke_linejoin="round")
    tie = C.get("tie", "#2c4168")
    s.poly([(cx - 7, nb + 18), (cx + 7, nb + 18), (cx + 10, nb + 100), (cx, nb + 118), (cx - 10, nb + 100)], tie, stroke=dark(tie, 0.4), stroke_width=1.6)
    s.poly([(cx - 9, nb + 2), (cx + 9, nb + 2), (cx + 7, nb + 20), (cx - 7, nb + 20)], tie, stroke=dark(tie, 0.4), stroke_width=1.6)
    # lapels with piping
    for o in (-1, 1):
        s.poly([(cx + o * (nw + 10), nb - 6), (cx + o * 2, nb + 126), (cx + o * 36, nb + 72), (cx + o * (nw + 40), nb + 30)],
               light(jacket, 0.1), stroke=trim, stroke_width=3, stroke_linejoin="round")
    s.path(D("M", (cx + 2, nb + 126), "L", (cx + 4, hem)), "none", stroke=ln, stroke_width=2.4)
    for k in range(3):
        s.circle(cx + 16, nb + 160 + k * 72, 5.5, trim, stroke=dark(trim, 0.4), stroke_width=1.6)
    # breast pockets
    for o in (-1, 1):
        x = cx + o * 64
        y = sy + 120
        s.path(D("M", (x - 26, y), "L", (x + 26, y), "L", (x + 24, y + 17), "Q", (x, y + 24), (x - 24, y + 17), "Z"), light(jacket, 0.06), stroke=ln, stroke_width=2)
    # belt
    if C.get("belt", C.get("skirt")):
        s.rect(cx - F["ww"] - 6, F["wy"] - 4, 2 * F["ww"] + 12, 18, dark(jacket, 0.45), stroke=dark(jacket, 0.6), stroke_width=1.6)
        s.rect(cx - 12, F["wy"] - 7, 24, 24, trim, stroke=dark(trim, 0.45), stroke_width=1.6, rx="3")
    if C.get("ribbons"):
        cols = ["#b03a3a", "#e0e0e0", "#3a5a9a", "#c8a040", "#3a7a5a", "#7a4a8a"]
        for k in range(6):
            s.rect(cx - 96 + (k % 3) * 18, sy + 84 + (k // 3) * 11, 17, 10, cols[k], stroke=INK, stroke_width=0.8)
    cel(s, tp, blob(shifted(pts, (-34, -10))), dark(jacket, 0.55), 0.26)
    return tp


def republic_shoulders(s, C, F):
    """Shoulder boards and the aiguillette, over the sleeves' tops."""
    cx, sw, nw = F["cx"], F["sw"], F["nw"]
    trim = C["trim"]
    for o, sy in ((-1, F["sy_l"]), (1, F["sy_r"])):
        s.poly([(cx + o * (nw + 18), sy - 6), (cx + o * (sw - 4), sy + 2), (cx + o * (sw + 4), sy + 22), (cx + o * (nw + 20), sy + 12)],
               trim, stroke=dark(trim, 0.45), stroke_width=2, stroke_linejoin="round")
        s.line([(cx + o * (nw + 34), sy + 4), (cx + o * (sw - 8), sy + 12)], C.get("stripe", "#3d5a8a"), 3)
    if C.get("aiguillette"):
        cord = C["aiguillette"]
        y = F["sy_l"]
        for k in range(2):
            s.path(D("M", (cx - sw + 18, y + 20), "C", (cx - sw + 30, y + 110 + k * 26), (cx - 60, y + 130 + k * 26), (cx - 28, y + 90 + k * 18)),
                   "none", stroke=dark(cord, 0.25), stroke_width=6, stroke_linecap="round")
            s.path(D("M", (cx - sw + 18, y + 20), "C", (cx - sw + 30, y + 110 + k * 26), (cx - 60, y + 130 + k * 26), (cx - 28, y + 90 + k * 18)),
                   "none", stroke=cord, stroke_width=3.6, stroke_linecap="round")


def labcoat_outfit(s, C, F):
    cx, nw, sy, nb = F["cx"], F["nw"], F["sy"], F["nb"]
    coat = "#f3f5f8"
    cl = "#8a93a3"
    draw_lower(s, C, F, "skirt", C.get("skirt", "#50698e"), F["hy"])
    pts = torso_points(F, 1230, flare=34)
    tp = blob(pts)
    s.path(tp, s.lin([(0, "#ffffff"), (1, "#e2e6ee")]), stroke=cl, stroke_width=3, stroke_linejoin="round")
    # the uniform underneath, in the coat's opening
    uni = C["coat"]
    inner = [(cx - nw - 10, nb - 8), (cx + nw + 10, nb - 8), (cx + 50, sy + 140), (cx + 58, 1230), (cx - 58, 1230), (cx - 50, sy + 140)]
    s.poly(inner, s.lin([(0, light(uni, 0.1)), (1, dark(uni, 0.1))]), stroke=line_of(uni, 0.5), stroke_width=2.4)
    s.open("g", clip_path=s.clip(f'<path d="{blob(inner)}"/>'))
    s.rect(cx - 100, F["hy"] + 10, 200, 500, C.get("skirt", dark(uni, 0.3)))
    s.close()
    s.poly([(cx - nw - 6, nb - 8), (cx + nw + 6, nb - 8), (cx, nb + 80)], "#f7f8fb", stroke="#9aa4b4", stroke_width=2)
    for o in (-1, 1):
        s.poly([(cx + o * (nw + 2), nb - 20), (cx + o * 3, nb + 22), (cx + o * (nw + 12), nb + 12)], "#ffffff", stroke="#9aa4b4", stroke_width=2, stroke_linejoin="round")
    rib = C.get("tie", "#6a5a9a")
    s.path(D("M", (cx, nb + 24), "L", (cx - 22, nb + 12), "L", (cx - 20, nb + 38), "Z", "M", (cx, nb + 24), "L", (cx + 22, nb + 12), "L", (cx + 20, nb + 38), "Z"),
           rib, stroke=dark(rib, 0.4), stroke_width=1.6)
    s.circle(cx, nb + 24, 5, rib, stroke=dark(rib, 0.4), stroke_width=1.6)
    for k in range(3):
        s.circle(cx, nb + 150 + k * 74, 5, C["trim"], stroke=dark(C["trim"], 0.4), stroke_width=1.6)
    # the coat's front panels and wide lapels
    for o in (-1, 1):
        panel = [(cx + o * (nw + 12), nb - 18), (cx + o * 50, sy + 150), (cx + o * 58, 1230), (cx + o * (F["hw"] + 40), 1230), (cx + o * (F["sw"] - 6), sy + 40)]
        s.poly(panel, coat, stroke=cl, stroke_width=2.4, stroke_linejoin="round")
        s.poly([(cx + o * (nw + 12), nb - 18), (cx + o * 50, sy + 150), (cx + o * 76, sy + 96), (cx + o * (nw + 48), nb + 36)],
               "#ffffff", stroke=cl, stroke_width=2.2, stroke_linejoin="round")
    # pockets: a breast pocket with pens, two hip pockets
    x, y = cx - 82, sy + 110
    s.rect(x - 8, y - 26, 5, 34, "#3a5a9a", rx="2")
    s.rect(x + 2, y - 32, 5, 40, "#c04040", rx="2")
    s.path(D("M", (x - 24, y), "L", (x + 24, y), "L", (x + 22, y + 60), "L", (x - 22, y + 60), "Z"), coat, stroke=cl, stroke_width=2)
    s.rect(cx + 62, y + 4, 44, 26, "#dfe6f0", stroke=cl, stroke_width=1.6, rx="3")
    s.rect(cx + 67, y + 9, 12, 16, "#9fb6d4")
    cel(s, tp, blob(shifted(pts, (-34, -10))), "#6a7488", 0.18)
    return tp


OUTFITS = {"field": field_outfit, "republic": republic_outfit, "labcoat": labcoat_outfit}
SLEEVES = {"field": None, "republic": None, "labcoat": "#f3f5f8"}


# ---------------------------------------------------------------------------------------------
# Poses. A pose returns the drawing steps for its layers: "back" (behind the body), "mid"
# (over the body, under the head), "front" (over everything), and the head's shift and tilt.
# ---------------------------------------------------------------------------------------------
def side_of(F, side):
    return (F["S_l"], -1) if side == "L" else (F["S_r"], 1)


def arm_hang(F, side, spread=18, hand="relaxed"):
    S, o = side_of(F, side)
    W = (S[0] + o * spread, S[1] + F["ua"] + F["fa"] - 26)
    return dict(S=S, W=W, bend=-o, hand=hand, flip=(o > 0))


def arm_hip(F, side):
    S, o = side_of(F, side)
    W = (F["cx"] + o * (F["ww"] + 18), F["wy"] + 4)
    return dict(S=S, W=W, bend=-o, hand="fist", deg=angle_of((-o * 0.9, 0.55)), flip=(o > 0))


def pocket_at(C, F, o):
    if C["outfit"] == "labcoat":
        return F["cx"] + o * (F["hw"] + 2), F["hy"] + 14
    return F["cx"] + o * (F["hw"] - 22), F["hy"] - 10


def arm_pocket(F, side, C=None):
    S, o = side_of(F, side)
    x, y = pocket_at(C or {"outfit": "field"}, F, o)
    return dict(S=S, W=(x, y + 6), bend=-o, hand=None, pocket=True)


def pocket_front(s, C, F, side):
    """The front of a hip pocket, over the wrist that went into it: the jacket's own cloth, a
    slanted opening, a seam down its side."""
    o = -1 if side == "L" else 1
    cloth = "#f3f5f8" if C["outfit"] == "labcoat" else C["coat"]
    x, y = pocket_at(C, F, o)
    top_in, top_out = (x - o * 30, y - 4), (x + o * 26, y - 22)
    d = D("M", top_in, "L", top_out, "L", (x + o * 30, y + 36), "Q", (x, y + 44), (x - o * 30, y + 40), "Z")
    s.path(d, cloth)
    ln = line_of(cloth, 0.5)
    s.path(D("M", top_in, "L", top_out), "none", stroke=ln, stroke_width=3, stroke_linecap="round")
    s.path(D("M", (top_in[0], top_in[1] + 5), "L", (top_out[0], top_out[1] + 5)), "none", stroke=light(cloth, 0.2), stroke_width=1.6, opacity="0.7")


def draws_arm(A, part="all"):
    return lambda s, C, F: draw_arm(s, C, F, A, part)


def pose_steps(C, F, arms_mid=(), arms_front=(), back=(), mid_extra=(), front_extra=(), head=(0, 0)):
    return dict(back=list(back), mid=[draws_arm(A) for A in arms_mid] + list(mid_extra),
                front=[draws_arm(A) for A in arms_front] + list(front_extra), head=head)


# --- props -------------------------------------------------------------------------------------
def prop_book(s, centre, w, h, deg, cover, pages="#f4efe2", clip=False):
    x, y = centre
    s.open("g", transform=f"rotate({n(deg)} {n(x)} {n(y)})")
    s.rect(x - w / 2 + 4, y - h / 2 + 4, w, h, pages, stroke=line_of(pages, 0.5), stroke_width=2, rx="3")
    s.rect(x - w / 2, y - h / 2, w, h, cover, stroke=line_of(cover, 0.5), stroke_width=2.4, rx="4")
    if clip:
        s.rect(x - w / 2 + 10, y - h / 2 + 16, w - 20, h - 26, "#fbfaf6", stroke="#b8b4a8", stroke_width=1.4)
        for k in range(6):
            s.line([(x - w / 2 + 20, y - h / 2 + 40 + k * 18), (x + w / 2 - 22 - (k % 3) * 14, y - h / 2 + 40 + k * 18)], "#9aa4b8", 2)
        s.rect(x - 22, y - h / 2 - 6, 44, 22, "#c0c6cc", stroke="#5a6066", stroke_width=1.8, rx="4")
    else:
        s.rect(x - w / 2 + 8, y - h / 2, 10, h, dark(cover, 0.15))
        s.rect(x - w / 2 + 30, y - h / 2 + 26, w - 52, 30, light(cover, 0.2), opacity="0.6")
    s.close()


def prop_pencil(s, a, b, col="#e0b040"):
    s.path(D("M", a, "L", b), "none", stroke=line_of(col, 0.5), stroke_width=7, stroke_linecap="round")
    s.path(D("M", a, "L", b), "none", stroke=col, stroke_width=4.6, stroke_linecap="round")
    d = unit(sub(b, a))
    tip = add(b, mul(d, 12))
    s.path(D("M", add(b, mul(perp(d), 3.5)), "L", tip, "L", add(b, mul(perp(d), -3.5)), "Z"), "#f0d8b0", stroke="#6a5030", stroke_width=1.2)


def prop_mug(s, centre, col="#c8d0d8", k=1.0):
    x, y = centre
    w, h = 30 * k, 34 * k
    ln = line_of(col, 0.5)
    s.path(D("M", (x + w - 2, y - h * 0.5), "C", (x + w + 24 * k, y - h * 0.5), (x + w + 24 * k, y + h * 0.4), (x + w - 2, y + h * 0.4)), "none", stroke=ln, stroke_width=11 * k, stroke_linecap="round")
    s.path(D("M", (x + w - 2, y - h * 0.5), "C", (x + w + 24 * k, y - h * 0.5), (x + w + 24 * k, y + h * 0.4), (x + w - 2, y + h * 0.4)), "none", stroke=col, stroke_width=7 * k, stroke_linecap="round")
    body = D("M", (x - w, y - h), "L", (x + w, y - h), "L", (x + w * 0.9, y + h - 8), "Q", (x + w * 0.88, y + h), (x + w * 0.7, y + h), "L", (x - w * 0.7, y + h), "Q", (x - w * 0.88, y + h), (x - w * 0.9, y + h - 8), "Z")
    s.path(body, s.lin([(0, light(col, 0.3)), (0.5, col), (1, dark(col, 0.2))], x2=1, y2=0), stroke=ln, stroke_width=2.4, stroke_linejoin="round")
    s.rect(x - w, y - h * 0.2, 2 * w, 9 * k, "#6a8ab0", opacity="0.8")
    s.ellipse(x, y - h, w, 7 * k, dark(col, 0.2), stroke=ln, stroke_width=2)
    s.ellipse(x, y - h + 1, w - 5, 5 * k, "#6a4a32")
    for j, dx in enumerate((-10, 9)):
        s.path(D("M", (x + dx * k, y - h - 10), "q", -8, -14, 0, -26, "q", 8, -12, 0, -26), "none", stroke="#ffffff", stroke_width=3, stroke_linecap="round", opacity=n(0.55 - j * 0.15))


def prop_rifle(s, F, side="L"):
    """A long rifle slung on the shoulder, muzzle up behind it."""
    S, o = side_of(F, side)
    base = (S[0] + o * 6, S[1] + 260)
    top = (S[0] + o * 40, S[1] - 250)
    d = unit(sub(top, base))
    p = perp(d)
    col = "#3a3a36"

    def seg(a, b, w, c):
        s.path(D("M", a, "L", b), "none", stroke=line_of(c, 0.5), stroke_width=w + 3, stroke_linecap="round")
        s.path(D("M", a, "L", b), "none", stroke=c, stroke_width=w, stroke_linecap="round")

    seg(lerp(base, top, 0.1), lerp(base, top, 0.62), 22, "#6a4e34")   # the stock and body
    seg(lerp(base, top, 0.55), top, 9, col)                          # the barrel
    seg(lerp(base, top, 0.96), top, 13, col)                         # the muzzle brake
    sc0 = add(lerp(base, top, 0.34), mul(p, o * 20))
    sc1 = add(lerp(base, top, 0.54), mul(p, o * 20))
    seg(sc0, sc1, 15, "#2c2c2a")                                     # the scope
    s.circle(sc1[0], sc1[1], 8, "#2c2c2a", stroke="#6a7a8a", stroke_width=2)
    return base, top


# --- the poses ----------------------------------------------------------------------------------
def p_clasp(C, F):
    cx, wy = F["cx"], F["wy"]
    Sl, Sr = F["S_l"], F["S_r"]
    L = dict(S=Sl, E=(Sl[0] - 4, Sl[1] + F["ua"] * 0.9), W=(cx - 26, wy + 22), bend=1, hand="flat", deg=angle_of((0.75, 0.7)), flip=False)
    R = dict(S=Sr, E=(Sr[0] + 4, Sr[1] + F["ua"] * 0.9), W=(cx + 30, wy + 14), bend=-1, hand="flat", deg=angle_of((-0.8, 0.6)), flip=True)
    return pose_steps(C, F, arms_front=[L, R])


def p_salute(C, F):
    cx = F["cx"]
    S = F["S_l"]
    L = dict(S=S, E=(S[0] - 86, S[1] + 40), W=(cx - 70, F["ey"] - 40), bend=1, hand="flat", deg=angle_of((1, -0.28)), flip=True)
    R = arm_hang(F, "R")
    return pose_steps(C, F, arms_mid=[R], arms_front=[L], head=(4, 2))


def p_band(C, F):
    cx = F["cx"]
    S = F["S_l"]
    L = dict(S=S, E=(S[0] + 2, S[1] + F["ua"] * 0.86), W=(cx - 30, F["nb"] + 44), bend=1, hand="flat", deg=angle_of((0.45, -1)), flip=True, hand_k=0.95)
    Sr = F["S_r"]
    R = dict(S=Sr, E=(Sr[0] + 6, Sr[1] + F["ua"] * 0.92), W=(cx - 6, F["wy"] + 10), bend=-1, hand="relaxed", deg=angle_of((-1, 0.3)), flip=True)
    return pose_steps(C, F, arms_front=[R, L], head=(-3, -5))


def p_scarf(C, F):
    cx, nb = F["cx"], F["nb"]
    L = arm_hang(F, "L", spread=14)
    S = F["S_r"]
    R = dict(S=S, E=(S[0] + 22, S[1] + 150), W=(cx + 62, nb + 150), bend=-1, hand="grip", deg=angle_of((-1, -0.3)), flip=True)
    return pose_steps(C, F, arms_mid=[L], arms_front=[R])


def p_crossed(C, F):
    cx, sw, sy = F["cx"], F["sw"], F["sy"]
    El, Er = (cx - sw - 2, sy + 192), (cx + sw + 2, sy + 200)
    L = dict(S=F["S_l"], E=El, W=(cx + sw * 0.58, sy + 148), bend=1, hand=None)
    R = dict(S=F["S_r"], E=Er, W=(cx - sw * 0.58, sy + 162), bend=-1, hand="flat", deg=angle_of((-0.5, -1)), flip=False, hand_k=0.85)
    steps = [
        lambda s, C, F: draw_arm(s, C, F, L, "upper"),
        lambda s, C, F: draw_arm(s, C, F, L, "fore"),
        lambda s, C, F: draw_arm(s, C, F, R, "upper"),
        lambda s, C, F: draw_arm(s, C, F, R, "fore"),
    ]
    return pose_steps(C, F, front_extra=steps, head=(0, 0))


def p_hip_hang(C, F, hip="R"):
    A = arm_hip(F, hip)
    B = arm_hang(F, "L" if hip == "R" else "R")
    return pose_steps(C, F, arms_mid=[B, A])


def p_pockets(C, F):
    L, R = arm_pocket(F, "L", C), arm_pocket(F, "R", C)
    extra = [lambda s, C, F: pocket_front(s, C, F, "L"), lambda s, C, F: pocket_front(s, C, F, "R")]
    return pose_steps(C, F, arms_mid=[L, R], mid_extra=extra, head=(-4, -4))


def p_hips(C, F):
    return pose_steps(C, F, arms_mid=[arm_hip(F, "L"), arm_hip(F, "R")], head=(0, 2))


def p_gesture(C, F):
    cx, sy = F["cx"], F["sy"]
    S = F["S_l"]
    L = dict(S=S, E=(S[0] - 14, sy + 206), W=(cx - 62, sy + 140), bend=1, hand="open", deg=angle_of((0.75, -1)), flip=True)
    R = arm_pocket(F, "R")
    return pose_steps(C, F, arms_mid=[R], mid_extra=[lambda s, C, F: pocket_front(s, C, F, "R")], arms_front=[L], head=(3, 4))


def p_wave(C, F):
    cx, sy = F["cx"], F["sy"]
    S = F["S_r"]
    R = dict(S=S, E=(S[0] + 58, sy + 150), W=(S[0] + 66, sy - 20), bend=-1, hand="open", deg=angle_of((0.1, -1)), flip=False)
    L = arm_hip(F, "L")
    return pose_steps(C, F, arms_mid=[L], arms_front=[R], head=(2, 6))


def p_shrug(C, F):
    cx, sy = F["cx"], F["sy"]
    S = F["S_l"]
    L = dict(S=S, E=(S[0] - 18, sy + 214), W=(cx - 96, sy + 166), bend=1, hand="open", deg=angle_of((-0.6, -1)), flip=False)
    R = arm_pocket(F, "R")
    return pose_steps(C, F, arms_mid=[R], mid_extra=[lambda s, C, F: pocket_front(s, C, F, "R")], arms_front=[L], head=(-3, -4))


def p_behind(C, F):
    arms = []
    for side in ("L", "R"):
        S, o = side_of(F, side)
        arms.append(dict(S=S, E=(S[0] + o * 10, S[1] + F["ua"] - 6), W=(F["cx"] + o * 30, F["wy"] + 30), bend=-o, hand=None))
    return pose_steps(C, F, back=[draws_arm(A) for A in arms], head=(0, 0))


def p_together(C, F):
    cx, sy = F["cx"], F["sy"]
    Sl, Sr = F["S_l"], F["S_r"]
    L = dict(S=Sl, E=(Sl[0] - 2, Sl[1] + F["ua"] * 0.88), W=(cx - 14, sy + 174), bend=1, hand="grip", deg=angle_of((1, -0.35)), flip=True, hand_k=0.95)
    R = dict(S=Sr, E=(Sr[0] + 2, Sr[1] + F["ua"] * 0.88), W=(cx + 18, sy + 168), bend=-1, hand="flat", deg=angle_of((-1, -0.5)), flip=False, hand_k=0.95)
    return pose_steps(C, F, arms_front=[L, R], head=(-2, -5))


def p_cup(C, F):
    cx, sy = F["cx"], F["sy"]
    mug = (cx + 2, sy + 168)
    Sl, Sr = F["S_l"], F["S_r"]
    L = dict(S=Sl, E=(Sl[0] - 2, Sl[1] + F["ua"] * 0.9), W=(cx - 60, sy + 216), bend=1, hand="grip", deg=angle_of((1, -0.85)), flip=True, hand_k=0.85)
    R = dict(S=Sr, E=(Sr[0] + 2, Sr[1] + F["ua"] * 0.9), W=(cx + 64, sy + 214), bend=-1, hand="grip", deg=angle_of((-1, -0.85)), flip=False, hand_k=0.85)
    steps = [lambda s, C, F: prop_mug(s, mug, "#d8dee4", 1.25)]
    return pose_steps(C, F, front_extra=steps + [draws_arm(L), draws_arm(R)], head=(-3, -6))


def p_sketch(C, F):
    cx, sy = F["cx"], F["sy"]
    book = (cx + 34, sy + 176)
    Sr = F["S_r"]
    R = dict(S=Sr, E=(Sr[0] + 8, Sr[1] + F["ua"] * 0.95), W=(cx + 84, sy + 250), bend=-1, hand="grip", deg=angle_of((-1, -0.2)), flip=False)
    L = dict(S=F["S_l"], E=(F["S_l"][0] - 10, sy + 210), W=(cx - 26, sy + 170), bend=1, hand="grip", deg=angle_of((1, -0.4)), flip=True)
    steps = [lambda s, C, F: prop_book(s, book, 150, 190, -10, "#8a5a3a"),
             draws_arm(R),
             lambda s, C, F: prop_pencil(s, (cx - 40, sy + 196), (cx + 2, sy + 128)),
             draws_arm(L)]
    return pose_steps(C, F, front_extra=steps, head=(4, 5))


def p_clipboard(C, F):
    cx, sy = F["cx"], F["sy"]
    board = (cx + 38, sy + 190)
    Sr = F["S_r"]
    R = dict(S=Sr, E=(Sr[0] + 8, Sr[1] + F["ua"] * 0.95), W=(cx + 86, sy + 270), bend=-1, hand="grip", deg=angle_of((-1, -0.3)), flip=False)
    L = dict(S=F["S_l"], E=(F["S_l"][0] - 6, sy + 214), W=(cx - 10, sy + 180), bend=1, hand="grip", deg=angle_of((1, -0.1)), flip=True)
    steps = [lambda s, C, F: prop_book(s, board, 140, 190, -8, "#b08a5a", clip=True),
             draws_arm(R),
             lambda s, C, F: prop_pencil(s, (cx - 24, sy + 206), (cx + 20, sy + 150), "#30343a"),
             draws_arm(L)]
    return pose_steps(C, F, front_extra=steps, head=(-3, -4))


def p_rifle(C, F):
    cx, sy = F["cx"], F["sy"]
    S = F["S_l"]
    strap_top = (S[0] + 6, F["sy_l"] - 4)
    grip = (S[0] + 56, sy + 132)
    L = dict(S=S, E=(S[0] - 20, sy + 200), W=(grip[0] + 6, grip[1] + 34), bend=1, hand="grip", deg=angle_of((0.25, -1)), flip=True)

    def strap(s, C, F):
        s.path(D("M", strap_top, "L", grip, "L", (grip[0] - 4, grip[1] + 120)), "none", stroke="#2a2a24", stroke_width=13, stroke_linejoin="round")
        s.path(D("M", strap_top, "L", grip, "L", (grip[0] - 4, grip[1] + 120)), "none", stroke="#6a5a3a", stroke_width=9, stroke_linejoin="round")

    return pose_steps(C, F, back=[lambda s, C, F: prop_rifle(s, F, "L")], arms_mid=[arm_hip(F, "R")], front_extra=[strap, draws_arm(L)], head=(2, 3))


# Each character's poses: the first is the default (assets/characters/<who>/<expr>.svg), the
# others go to assets/characters/<who>/<pose>/<expr>.svg.
POSES = {
    "lena": [("default", p_clasp), ("band", p_band), ("salute", p_salute)],
    "shin": [("default", p_scarf), ("crossed", p_crossed)],
    "raiden": [("default", lambda C, F: p_hip_hang(C, F, "R")), ("pockets", p_pockets)],
    "theo": [("default", p_gesture), ("sketchbook", p_sketch)],
    "kurena": [("default", p_hips), ("rifle", p_rifle)],
    "anju": [("default", p_together), ("cup", p_cup)],
    "annette": [("default", p_pockets), ("clipboard", p_clipboard)],
    "kaie": [("default", p_wave)],
    "karlstahl": [("default", p_behind)],
    "duval": [("default", p_shrug)],
}


def wear(C, F, name):
    """A few deterministic scuffs on field gear (no random module: a hash of the name)."""
    h = sum(ord(c) * (k + 7) for k, c in enumerate(name))
    out = []
    for k in range(7):
        h = (h * 1103515245 + 12345) % 2147483648
        x = (h % 240) - 120
        y = F["sy"] + 60 + (h // 240) % 520
        rx = 8 + (h // 7) % 22
        ry = 4 + (h // 11) % 9
        col = light(C["coat"], 0.25) if k % 3 else "#8a4a26"
        out.append((x, y, rx, ry, col, 0.18 if k % 3 else 0.22))
    return out


def setup(name, expr, extra=None, face=None):
    """The character's drawing data, frame and expression (extra overrides the character,
    face overrides the expression: an illustration's own moment)."""
    C = prepare(name)
    C.update(extra or {})
    F = frame(C)
    E = expr_of(C, expr)
    E.update(face or {})
    C["sleeve"] = SLEEVES[C["outfit"]] or C["coat"]
    C["patch"] = C["outfit"] == "field"
    if C["outfit"] == "republic":
        C["cuff_stripe"] = C["trim"]
    C["_wear"] = wear(C, F, name) if C["outfit"] == "field" else []
    return C, F, E


def draw_figure(s, name, expr="neutral", pose="default", custom=None, extra=None, face=None, transform=None, filt=None, after_torso=None):
    """Draws a whole figure into s (sprite coordinates, moved by transform): the default or a
    named pose, or custom(C, F) returning pose steps."""
    C, F, E = setup(name, expr, extra, face)
    P = custom(C, F) if custom else dict(POSES[name])[pose](C, F)
    dx, tilt = P["head"]
    C["head_at"] = (F["cx"] + dx + C.get("head_dx", 0), F["ey"] + C.get("head_dy", 0))
    C["head_tilt"] = tilt + C.get("tilt", 0) + E.get("tilt", 0) * 0.8
    if transform or filt:
        s.open("g", transform=transform, filter=filt)
    head(s, C, E, "back")
    for step in P["back"]:
        step(s, C, F)
    draw_neck(s, C, F)
    OUTFITS[C["outfit"]](s, C, F)
    if C.get("scarf"):
        draw_scarf(s, C, F)
    if after_torso:
        after_torso(s, C, F)
    for step in P["mid"]:
        step(s, C, F)
    if C["outfit"] == "republic":
        republic_shoulders(s, C, F)
    head(s, C, E, "front")
    for step in P["front"]:
        step(s, C, F)
    if transform or filt:
        s.close()
    return C, F


def sprite_svg(name, pose, expr):
    s = Svg(600, 1200)
    draw_figure(s, name, expr, pose)
    return s.text()


# --- seen from behind (the illustrations) -----------------------------------------------------
def draw_back(s, name, transform=None, filt=None, arms="hang", extra=None, blanket=None, hood_tilt=0):
    """A figure seen from behind: hair, the back of the jacket, the arms."""
    C, F, E = setup(name, "neutral", extra)
    if transform or filt:
        s.open("g", transform=transform, filter=filt)
    cx, nw, nb = F["cx"], F["nw"], F["nb"]
    H = HAIR[C["style"]](C)
    hx, hy = F["cx"], F["ey"]
    # the neck, then the jacket's back
    skin = C["skin"]
    s.path(D("M", (cx - nw, hy + 30), "L", (cx - nw - 2, nb + 20), "L", (cx + nw + 2, nb + 20), "L", (cx + nw, hy + 30), "Z"), dark(skin, 0.1), stroke=line_of(skin, 0.42), stroke_width=2.6)
    j = C["coat"] if C["outfit"] != "labcoat" else "#f3f5f8"
    pts = torso_points(F, F["hy"] + 46, flare=14, box=14)
    tp = blob(pts)
    s.path(tp, s.lin([(0, light(j, 0.08)), (1, dark(j, 0.15))]), stroke=line_of(j, 0.5), stroke_width=3, stroke_linejoin="round")
    ln = line_of(j, 0.5)
    s.path(D("M", (cx, nb + 20), "L", (cx + 2, F["hy"] + 40)), "none", stroke=ln, stroke_width=2, opacity="0.6")
    s.path(D("M", (cx - F["sw"] + 30, F["wy"] + 10), "Q", (cx, F["wy"] + 24), (cx + F["sw"] - 30, F["wy"] + 10)), "none", stroke=ln, stroke_width=2, opacity="0.5")
    s.path(D("M", (cx - nw - 12, nb - 26), "Q", (cx, nb - 8), (cx + nw + 12, nb - 26), "L", (cx + nw + 18, nb + 6), "Q", (cx, nb + 24), (cx - nw - 18, nb + 6), "Z"),
           light(j, 0.1), stroke=ln, stroke_width=2.2)
    cel(s, tp, blob(shifted(pts, (-30, -10))), dark(j, 0.6), 0.3)
    if C.get("scarf"):
        sc = C["scarf"]
        w = [(cx - nw - 14, nb - 30), (cx, nb - 24), (cx + nw + 14, nb - 30), (cx + nw + 30, nb), (cx + nw + 14, nb + 22), (cx, nb + 28), (cx - nw - 14, nb + 20), (cx - nw - 30, nb)]
        s.path(blob(w), sc, stroke=line_of(sc, 0.5), stroke_width=2.4)
    for side in ("L", "R"):
        S, o = side_of(F, side)
        if arms == "hang":
            A = arm_hang(F, side, spread=14, hand="relaxed")
            A["flip"] = not A["flip"]
            draw_arm(s, C, F, A)
        elif arms == "forward":
            # forearms forward, out of sight: only the upper arms show
            A = dict(S=S, E=(S[0] + o * 4, S[1] + F["ua"] * 0.9), W=(S[0] - o * 30, S[1] + F["ua"] * 0.9 + 20), bend=-o, hand=None)
            draw_arm(s, C, F, A, "upper")
    if blanket:
        bl = [(cx - F["sw"] - 20, nb - 10), (cx, nb - 34), (cx + F["sw"] + 20, nb - 10), (cx + F["sw"] + 44, F["wy"] + 60), (cx + F["sw"] + 30, F["hy"] + 60, "s"),
              (cx - F["sw"] - 30, F["hy"] + 60, "s"), (cx - F["sw"] - 44, F["wy"] + 60)]
        d = blob(bl)
        s.path(d, s.lin([(0, light(blanket, 0.1)), (1, dark(blanket, 0.2))]), stroke=line_of(blanket, 0.5), stroke_width=3, stroke_linejoin="round")
        for k in range(4):
            s.path(D("M", (cx - F["sw"] + 10 + k * 60, F["sy"] + 20), "L", (cx - F["sw"] + k * 66, F["hy"] + 50)), "none", stroke=line_of(blanket, 0.4), stroke_width=2, opacity="0.45")
    # the head from behind: a round crown ending in a nape of short locks; long hair and a
    # ponytail over it
    s.open("g", transform=f"translate({n(hx)} {n(hy)}) rotate({n(hood_tilt)})")
    top = [(-104, -20), (-100, -96), (-72, -154), (0, -176), (72, -154), (100, -96), (104, -20)]
    if C["style"] in ("short_girl", "bob"):
        low = [(112, -10), (110, 86), (94, 60), (80, 112), (62, 74), (44, 120), (26, 84), (6, 124), (-12, 86), (-32, 120), (-50, 76), (-70, 114), (-88, 62), (-108, 88), (-112, -10)]
        top = [(-112, -10), (-106, -96), (-76, -156), (0, -176), (76, -156), (106, -96), (112, -10)]
    else:
        low = [(104, -20), (98, 44), (86, 12), (72, 92), (56, 48), (38, 116), (20, 70), (2, 126), (-16, 70), (-34, 116), (-52, 50), (-70, 94), (-86, 14), (-98, 46), (-104, -20)]
    crown = top[:-1] + clumps(low, 5)[:-1]
    if C["style"] in ("messy", "spiky", "tousled", "old", "slick"):
        for o in (-1, 1):
            s.path(D("M", (o * 92, -10), "C", (o * 112, -20), (o * 116, 24), (o * 96, 40), "Z"), dark(skin, 0.12), stroke=line_of(skin, 0.42), stroke_width=2.4)
    if C["style"] == "spiky":
        spikes = [(-92, -40), (-114, -100, "s"), (-80, -122), (-92, -176, "s"), (-46, -158), (-34, -206, "s"), (-4, -166), (24, -208, "s"), (42, -164),
                  (86, -192, "s"), (84, -138), (114, -108, "s"), (94, -40)]
        hair_mass(s, C, spikes)
    if C["style"] in ("long", "long_soft"):
        for p in H["back"]:
            hair_mass(s, C, p)
    hair_mass(s, C, crown)
    if C["style"] in ("long", "long_soft"):
        L = C.get("hair_len", 540)
        hair_mass(s, C, mirror_half([(0, -40), (96, -20), (112, 120), (120, 300), (112, L - 40), (90, L, "s"), (60, L - 30), (30, L + 6, "s"), (0, L - 20)]))
    for k in range(9):
        t = (k - 4) / 4
        a = (t * 14, -120)
        m = (t * 70, -40)
        b = (t * 84, 70 + (1 - abs(t)) * 30)
        s.path(open_path([a, m, b]), "none", stroke=line_of(C["hair"], 0.35), stroke_width=1.8, opacity="0.45")
    if C["style"] == "ponytail":
        hair_mass(s, C, [(-22, -160), (22, -160), (36, -70), (28, 140), (0, 280, "s"), (-28, 140), (-36, -70)])
    r, op = H["shine"]
    s.path(D("M", (-60, -140), "Q", (0, -168), (60, -140)), "none", stroke=light(C["hair"], 0.5), stroke_width=8, opacity=n(op * 0.6), stroke_linecap="round")
    s.close()
    if transform or filt:
        s.close()
    return C, F


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
CHARACTERS = ["lena", "shin", "raiden", "theo", "kurena", "anju", "annette", "kaie", "karlstahl", "duval"]


def sprite_files():
    """(name, pose, expression, path under assets/) of every sprite, in a fixed order."""
    out = []
    for name in CHARACTERS:
        for pose, _ in POSES[name]:
            for expr in EXPRESSIONS:
                rel = f"characters/{name}/{expr}.svg" if pose == "default" else f"characters/{name}/{pose}/{expr}.svg"
                out.append((name, pose, expr, rel))
    return out


def frames_toml():
    """Each character's measurements in sprite space, for tests/art.rs: where the head is, the
    shoulder line, and the torso's half-width at the shoulders (arms hang beside it)."""
    out = ["# Made by assets/src/figures.py (make_art.py --only characters): the measurements",
           "# tests/art.rs checks the sprites against. Sprite space: 600x1200, y down."]
    for name in CHARACTERS:
        C = prepare(name)
        F = frame(C)
        out += ["", f"[{name}]", f"centre_x = {n(F['cx'])}", f"eye_y = {n(F['ey'])}",
                f"shoulder_y = {n(F['sy'])}", f"shoulder_half_width = {n(F['sw'])}"]
    return "\n".join(out) + "\n"


def make_characters(write):
    sprites = [write(rel, sprite_svg(name, pose, expr)) for name, pose, expr, rel in sprite_files()]
    return sprites + [write("characters/frames.toml", frames_toml())]
