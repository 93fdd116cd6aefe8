"""Full-screen illustrations (CGs) for key moments of the bundled story: 1920x1080 SVG, written to
assets/cg/<name>.svg by make_art.py (--only cg).

Each one is a closer camera on a place the story already has: the place's background (from
make_art.py) is set in, enlarged, behind the people, who are drawn with figures.py at two to
three times their size on the stage, in the light of the scene (a colour filter per figure,
light and shadow laid over them). Deterministic: seeded generators only.

    CG name      scene (file: scene)                          moment
    haircut      ch03_kirschbluete.vn: front.last_evening     Kaie cuts Kurena's hair at dusk
    dandelions   ch05_festival.vn: front.fireworks            the water tower, the far fireworks
    petals       ch07_standing.vn: republic.petals            Lena and Kaie's pressed petals
    red_cover    ch08_last_week.vn: republic.biscuit_tin_radio Annette at the console, cover lifted
    last_light   ch08_last_week.vn: front.last_night          the twelve at the graves at dusk
    birches      ch09_east.vn: front.march                    the birches thin; chimneys in the east
    foundry      ch09_east.vn: front.shepherd                 the old machine in the foundry mouth
"""

import math
import random
import re

import make_art as A
import figures as FG
from make_art import Svg, D, mix, dark, light, blob, n

W, H = 1920, 1080


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
def embed(s, svg_text, prefix, transform=None):
    """Sets another drawing (a background) into s, its ids renamed so they cannot clash."""
    defs = re.search(r"<defs>(.*?)</defs>", svg_text, re.S).group(1)
    body = svg_text.split("</defs>", 1)[1].rsplit("</svg>", 1)[0]

    def ren(t):
        t = re.sub(r'id="([A-Za-z]+\d+)"', lambda m: f'id="{prefix}{m.group(1)}"', t)
        return re.sub(r"url\(#([A-Za-z]+\d+)\)", lambda m: f"url(#{prefix}{m.group(1)})", t)

    s.defs.append(ren(defs))
    s.body.append(f'<g transform="{transform}">' if transform else "<g>")
    s.body.append(ren(body).strip())
    s.body.append("</g>")


def tint(s, mul=(1, 1, 1), add=(0, 0, 0), sat=1.0):
    """A colour filter: the scene's light on a figure (multiply, then add; sat < 1 greys)."""
    fid = s._id("f")
    r, g, b = mul
    ar, ag, ab = add
    # saturation matrix (luminance weights) folded into the multiply
    lw = (0.2126, 0.7152, 0.0722)
    m = []
    for i, k in enumerate((r, g, b)):
        row = [(lw[j] * (1 - sat) + (sat if i == j else 0)) * k for j in range(3)]
        m.append(" ".join(f"{round(v, 3)}" for v in row) + f" 0 {round((ar, ag, ab)[i], 3)}")
    m.append("0 0 0 1 0")
    s.defs.append(f'<filter id="{fid}" x="-10%" y="-10%" width="120%" height="120%" color-interpolation-filters="sRGB">'
                  f'<feColorMatrix type="matrix" values="{" ".join(m)}"/></filter>')
    return f"url(#{fid})"


def place_of(x, y, k):
    """A transform that puts sprite coordinates (600x1200, centre x 300) at scale k with the
    sprite's point (300, 0) at (x, y)."""
    return f"translate({n(x - 300 * k)} {n(y)}) scale({k})"


def to_sprite(p, x, y, k):
    """A picture point in the sprite coordinates of a figure placed with place_of(x, y, k)."""
    return ((p[0] - (x - 300 * k)) / k, (p[1] - y) / k)


def from_sprite(p, x, y, k):
    return (x - 300 * k + p[0] * k, y + p[1] * k)


def define(s, draw):
    """Runs draw() (which draws into s) and moves what it drew into <defs> as one group;
    returns its id, for <use> (one figure, drawn twice: its rim light and itself)."""
    start = len(s.body)
    draw()
    body = s.body[start:]
    del s.body[start:]
    gid = s._id("g")
    s.defs.append(f'<g id="{gid}">' + "".join(body) + "</g>")
    return gid


def use(s, gid, transform=None, filt=None):
    s.el("use", href=f"#{gid}", transform=transform, filter=filt)


def no_arms(C, F):
    return FG.pose_steps(C, F)


# ---------------------------------------------------------------------------------------------
# ch03 "Cherry Trees": Kaie cuts Kurena's hair in the barracks, the low sun in the windows.
# ---------------------------------------------------------------------------------------------
def scissors(s, at, deg, k=1.0):
    x, y = at
    s.open("g", transform=f"translate({n(x)} {n(y)}) rotate({n(deg)}) scale({k})")
    for sgn in (-1, 1):
        s.path(D("M", (0, 0), "L", (sgn * 7, -70), "L", (sgn * 2, -72), "Z"), "#dfe4ea", stroke="#5a6470", stroke_width=1.6, transform=f"rotate({sgn * 6})")
        s.ellipse(sgn * 12, 20, 11, 14, "none", stroke="#b03a3a", stroke_width=6)
    s.circle(0, 0, 3.5, "#8a94a0")
    s.close()


def cg_haircut():
    s, rng = Svg(W, H), random.Random("cg_haircut")
    embed(s, A.bg_barracks(dusk=True), "b", "translate(-260 -190) scale(1.6)")
    # the sun low in the windows: a warm wash from the left
    A.light_beam(s, [(0, 60), (520, 40), (1500, 1080), (0, 1080)], "#ffcf8a", 0.3)
    warm = tint(s, (1.04, 0.9, 0.76), (0.03, 0.0, -0.02))
    # Kaie, standing behind, bent a little over her work
    kx, ky, kk = 820, 20, 1.42
    ux, uy, uk = 1110, 290, 1.5
    kurena_head = (ux, uy + 272 * uk)
    Ck, Fk = FG.draw_figure(s, "kaie", "smile", custom=no_arms, face=dict(gaze=(0.35, 0.45), lift=0.35, open=0.78, blush=0.25),
                            extra=dict(tilt=8), transform=place_of(kx, ky, kk), filt=warm)
    # Kurena, sitting, a sheet round her shoulders, eyes closed

    def sheet(s_, C, F):
        cx, nb = F["cx"], F["nb"]
        pts = [(cx - 40, nb - 20), (cx, nb - 10), (cx + 40, nb - 20), (cx + 150, nb + 80), (cx + 230, 1250, "s"), (cx - 230, 1250, "s"), (cx - 150, nb + 80)]
        d = blob(pts)
        s_.path(d, s_.lin([(0, "#f4f0ea"), (1, "#c8c0b4")]), stroke="#8a8278", stroke_width=3, stroke_linejoin="round")
        for k in range(-3, 4):
            s_.path(D("M", (cx + k * 26, nb + 30), "Q", (cx + k * 44, nb + 300), (cx + k * 62, 1240)), "none", stroke="#a8a094", stroke_width=2.5, opacity="0.5")
        FG.cel(s_, d, blob(FG.shifted(pts, (-40, -10))), "#6a6258", 0.25)
        for _ in range(26):
            x = cx + rng.uniform(-150, 150)
            y = nb + rng.uniform(20, 420)
            a = rng.uniform(0, 180)
            s_.path(D("M", (x, y), "l", 14 * math.cos(math.radians(a)), 14 * math.sin(math.radians(a))), "none", stroke="#7a4a2e", stroke_width=2.2, stroke_linecap="round", opacity="0.85")

    FG.draw_figure(s, "kurena", "smile", custom=no_arms, face=dict(closed=True, mouth="smile", blush=0.2), extra=dict(mouth_style="soft", tilt=-4),
                   transform=place_of(ux, uy, uk), filt=warm, after_torso=sheet)
    # Kaie's hands: the scissors at the side of Kurena's head, the comb lifting a lock at the crown
    Ck2, Fk2, _ = FG.setup("kaie", "smile")
    hx, hy = from_sprite((Fk["cx"], Fk["ey"]), kx, ky, kk)
    s.open("g", transform=place_of(kx, ky, kk), filter=warm)
    sc_hand = to_sprite((kurena_head[0] - 150, kurena_head[1] + 90), kx, ky, kk)
    lock_hand = to_sprite((kurena_head[0] - 176, kurena_head[1] - 20), kx, ky, kk)
    Sl, Sr = Fk["S_l"], Fk["S_r"]
    L = dict(S=Sl, E=(Sl[0] + 20, Sl[1] + 176), W=lock_hand, bend=1, hand="grip", deg=FG.angle_of((1, -0.3)), flip=True, hand_k=0.9)
    R = dict(S=Sr, E=(Sr[0] + 14, Sr[1] + 180), W=sc_hand, bend=-1, hand="grip", deg=FG.angle_of((0.7, -1)), flip=True, hand_k=0.9)
    FG.draw_arm(s, Ck, Fk, L)
    s.rect(lock_hand[0] + 30, lock_hand[1] - 44, 12, 60, "#3a3a40", rx="3", transform=f"rotate(20 {n(lock_hand[0] + 36)} {n(lock_hand[1] - 14)})")
    FG.draw_arm(s, Ck, Fk, R)
    scissors(s, (sc_hand[0] + 30, sc_hand[1] - 30), 40, 1.3)
    s.close()
    # loose hair in the air, dust in the light
    for _ in range(40):
        x, y = rng.uniform(700, 1400), rng.uniform(300, 1000)
        s.circle(x, y, rng.uniform(1, 2.6), "#fff0c8", opacity=n(rng.uniform(0.2, 0.6)))
    A.glow(s, 260, 300, 520, "#ffd89a", 0.25)
    A.vignette(s, 0.5, "#1a0e0a")
    return s.text()


# ---------------------------------------------------------------------------------------------
# ch05 "Dandelions": the five on the water tower, their backs to us; far off to the west the
# Republic's festival, fireworks the size of dandelions.
# ---------------------------------------------------------------------------------------------
def solid(s, colour, op=1.0):
    """A filter that paints a figure one flat colour (for rim light and shadows)."""
    fid = s._id("f")
    c = colour.lstrip("#")
    r, g, b = (int(c[i:i + 2], 16) / 255 for i in (0, 2, 4))
    s.defs.append(f'<filter id="{fid}" x="-10%" y="-10%" width="120%" height="120%" color-interpolation-filters="sRGB">'
                  f'<feColorMatrix type="matrix" values="0 0 0 0 {round(r, 3)} 0 0 0 0 {round(g, 3)} 0 0 0 0 {round(b, 3)} 0 0 0 {op} 0"/></filter>')
    return f"url(#{fid})"


def cg_dandelions():
    s, rng = Svg(W, H), random.Random("cg_dandelions")
    A.fill_all(s, s.lin([(0, "#060a18"), (0.45, "#0e1630"), (0.72, "#1c2440"), (0.8, "#3a3450")]))
    A.milky_way(s, rng, (1500, -60), (300, 700), 500, 0.9)
    A.stars(s, rng, 420, 720)
    # the Republic on the horizon: a long pale glow where the cities keep their lights on
    hz = 640
    A.glow(s, 900, hz, 700, "#e8c89a", 0.4, ry=90)
    A.glow(s, 900, hz, 300, "#fff0d0", 0.45, ry=34)
    s.rect(0, hz, W, 500, s.lin([(0, "#141a28"), (1, "#07090f")]))
    A.skyline(s, random.Random("cg_dand_city"), hz + 2, 560, 1260, 3, 12, "#28283a", wmin=8, wmax=30)
    s.line([(0, hz + 1), (W, hz + 1)], "#c8a880", 2, opacity="0.35")
    # the fireworks: green, gold, white, blue, small and silent, in the gaps between them
    for x, y, r, c in ((500, 470, 30, "#8ef0a0"), (800, 430, 46, "#ffd070"), (1110, 500, 24, "#ffffff"), (1420, 456, 30, "#9ac8ff"), (640, 560, 16, "#ffb070")):
        A.firework(s, rng, x, y, r, c, rays=22)
    s.line([(800, hz - 4), (798, 470)], "#ffd070", 2, opacity="0.35")
    # the platform: planks running toward us, the edge they sit on
    edge = 1000
    s.rect(0, edge, W, H - edge, s.lin([(0, "#2a2a30"), (1, "#15151a")]))
    for k in range(-10, 11):
        s.line([(960 + k * 110, edge), (960 + k * 260, H)], "#0c0c10", 3, opacity="0.7")
    s.line([(0, edge), (W, edge)], "#6a6070", 3, opacity="0.6")
    A.glow(s, 930, edge, 900, "#ffcf8a", 0.12, ry=60)
    # a rail post at each side, the ladder's top at the right
    for x in (90, 1830):
        s.rect(x - 14, 640, 28, 300, "#141418")
        s.rect(x - 14, 640, 6, 300, "#4a4456", opacity="0.6")
    s.rect(90, 660, 120, 14, "#141418")
    s.rect(1710, 660, 120, 14, "#141418")
    # the five, from behind: rim light from the west, the rest in the night
    rim = solid(s, "#ffd8a0", 0.75)
    night = tint(s, (0.34, 0.38, 0.56), (0.01, 0.01, 0.03), sat=0.8)
    k = 0.74
    people = [
        ("kurena", 360, dict(head_dy=36), dict(arms="forward", hood_tilt=-6), 30),
        ("anju", 650, {}, dict(arms="forward", hood_tilt=-4), 0),
        ("theo", 950, {}, dict(arms="forward", blanket="#7a5a48", hood_tilt=5), 0),
        ("raiden", 1250, {}, dict(arms="forward", hood_tilt=3), 0),
        ("shin", 1600, {}, dict(arms="forward"), 0),
    ]
    for name, x, extra, opts, drop in people:
        C0 = FG.prepare(name)
        F0 = FG.frame(C0)
        y = edge + 10 - F0["hy"] * k + drop
        clip = s.clip(f'<rect x="0" y="0" width="{W}" height="{edge + 12}"/>')
        s.open("g", clip_path=clip)
        ex = dict(extra)
        if "head_dy" in ex:
            ex["eye_y"] = C0["eye_y"] + ex.pop("head_dy")
        gid = define(s, lambda: FG.draw_back(s, name, extra=ex, **opts))
        for dx, dy in ((-3, -3), (3, -3)):
            use(s, gid, f"translate({n(x - 300 * k + dx)} {n(y + dy)}) scale({k})", rim)
        use(s, gid, f"translate({n(x - 300 * k)} {n(y)}) scale({k})", night)
        s.close()
    A.vignette(s, 0.55, "#02030a")
    return s.text()


# ---------------------------------------------------------------------------------------------
# ch07 "Pressed Flowers": Lena at her table at night with Kaie's letter and the petals.
# ---------------------------------------------------------------------------------------------
def cg_petals():
    s, rng = Svg(W, H), random.Random("cg_petals")
    embed(s, A.bg_lena_apartment(night=True), "b", "translate(-60 -260) scale(1.5)")
    A.fill_all(s, "#0a0e1c", 0.35)
    lamp = (300, 560)
    A.glow(s, lamp[0], lamp[1] + 60, 900, "#ffc878", 0.5)
    warm = tint(s, (0.96, 0.88, 0.8), (0.02, 0.0, 0.0))
    x, y, k = 980, 20, 1.5
    C, F, _ = FG.setup("lena", "sad")
    table = 800
    # her hands: the right one holding a petal over the page, the left one flat on it
    pet = to_sprite((910, 872), x, y, k)
    flat = to_sprite((1170, 900), x, y, k)

    def pose(C, F):
        Sl, Sr = F["S_l"], F["S_r"]
        L = dict(S=Sl, E=(Sl[0] - 10, Sl[1] + F["ua"] * 0.85), W=pet, bend=1, hand="grip", deg=FG.angle_of((0.7, -0.7)), flip=True, hand_k=0.9)
        R = dict(S=Sr, E=(Sr[0] + 14, Sr[1] + F["ua"] * 0.85), W=flat, bend=-1, hand="flat", deg=FG.angle_of((-1, 0.25)), flip=False, hand_k=0.95)
        return FG.pose_steps(C, F, head=(0, -3)), L, R

    steps, L, R = pose(C, F)
    FG.draw_figure(s, "lena", "sad", custom=lambda C_, F_: steps, face=dict(gaze=(0, 0.45), open=0.7, wet=True, mouth="smile", lift=0.2, blush=0.25),
                   extra=dict(mouth_style="faint"), transform=place_of(x, y, k), filt=warm)
    # the table, the open notebook, the letter with the censor's stamp, the petals
    s.rect(0, table, W, H - table, s.lin([(0, "#5a3e2c"), (1, "#2a1c14")]))
    s.rect(0, table, W, 8, "#7a5a40")
    A.glow(s, lamp[0] + 200, table + 60, 700, "#ffc070", 0.35, ry=160)
    s.open("g", transform="rotate(-3 1000 930)")
    s.rect(760, 860, 480, 200, "#f4ecd8", stroke="#8a7a60", stroke_width=3, rx="6")
    s.line([(1000, 862), (1000, 1058)], "#b8a888", 3)
    for j in range(7):
        s.line([(790, 890 + j * 22), (970 - (j % 3) * 30, 890 + j * 22)], "#4a5a7a", 2, opacity="0.7")
    for j in range(7):
        s.line([(1030, 890 + j * 22), (1200 - (j * 17) % 60, 890 + j * 22)], "#4a5a7a", 2, opacity="0.55")
    s.close()
    s.open("g", transform="rotate(8 1420 920)")
    s.rect(1300, 860, 260, 170, "#efe6d0", stroke="#8a7a60", stroke_width=2.5)
    for j in range(5):
        s.line([(1320, 890 + j * 20), (1520 - (j % 2) * 40, 890 + j * 20)], "#5a4a3a", 2, opacity="0.6")
    s.rect(1450, 960, 90, 50, "none", stroke="#8a3a5a", stroke_width=4, opacity="0.75")
    s.line([(1460, 985), (1530, 985)], "#8a3a5a", 4, opacity="0.75")
    s.close()
    for px, py, a in ((1060, 940, 20), (1100, 900, 80), (1150, 960, 140), (1320, 1000, 40), (1080, 1000, 200)):
        s.open("g", transform=f"translate({px} {py}) rotate({a})")
        s.path(D("M", (0, 0), "C", (10, -14), (24, -6), (16, 8), "C", (10, 16), (-4, 10), (0, 0), "Z"), "#f2a8c0", stroke="#c06a8a", stroke_width=1.5)
        s.close()
    # the arms over the table
    s.open("g", transform=place_of(x, y, k), filter=warm)
    FG.draw_arm(s, C, F, R)
    FG.draw_arm(s, C, F, L)
    tip = (pet[0] + 26, pet[1] - 30)
    s.open("g", transform=f"translate({n(tip[0])} {n(tip[1])}) rotate(-30)")
    s.path(D("M", (0, 0), "C", (8, -12), (20, -5), (14, 7), "C", (8, 13), (-3, 8), (0, 0), "Z"), "#f6b4c8", stroke="#c06a8a", stroke_width=1.2)
    s.close()
    s.close()
    # the lamp
    s.path(D("M", (lamp[0] - 90, lamp[1] + 70), "L", (lamp[0] + 90, lamp[1] + 70), "L", (lamp[0] + 50, lamp[1] - 20), "L", (lamp[0] - 50, lamp[1] - 20), "Z"), "#e8c890", stroke="#6a5030", stroke_width=3)
    s.rect(lamp[0] - 6, lamp[1] + 70, 12, table - lamp[1] - 60, "#3a2a1e")
    s.ellipse(lamp[0], table + 6, 60, 12, "#3a2a1e")
    A.glow(s, lamp[0], lamp[1] + 40, 260, "#fff0c0", 0.55)
    A.vignette(s, 0.55, "#05060c")
    return s.text()


# ---------------------------------------------------------------------------------------------
# ch08 "The Biscuit-Tin Radio": Annette alone at the console, the red cover lifted.
# ---------------------------------------------------------------------------------------------
def cg_red_cover():
    s, rng = Svg(W, H), random.Random("cg_red_cover")
    embed(s, A.bg_lab(night=True), "b", "translate(-700 -330) scale(1.7)")
    A.fill_all(s, "#060a16", 0.45)
    x, y, k = 860, -80, 1.4
    C, F, _ = FG.setup("annette", "sad")
    desk = 760
    sw_at = (1080, 880)      # the transmit switch
    hand_at = to_sprite((sw_at[0] - 80, sw_at[1] - 20), x, y, k)
    rest = to_sprite((640, 830), x, y, k)
    Sl, Sr = F["S_l"], F["S_r"]
    L = dict(S=Sl, E=(Sl[0] - 20, Sl[1] + F["ua"] * 0.95), W=rest, bend=1, hand="flat", deg=FG.angle_of((0.9, 0.5)), flip=False)
    R = dict(S=Sr, E=(Sr[0] + 10, Sr[1] + F["ua"] * 0.95), W=hand_at, bend=-1, hand="fist", deg=FG.angle_of((0.5, 0.9)), flip=False, hand_k=0.95)
    glow_from_below = tint(s, (0.74, 0.74, 0.88), (0.04, 0.02, 0.0))
    FG.draw_figure(s, "annette", "sad", custom=lambda C_, F_: FG.pose_steps(C_, F_, head=(4, 3)),
                   face=dict(gaze=(0.25, 0.55), open=0.7, lid_out=0.3), transform=place_of(x, y, k), filt=glow_from_below)
    # the console: a sloped panel of dials and lamps, lit from its own lights
    s.path(D("M", (0, desk), "L", (W, desk), "L", (W, H), "L", (0, H), "Z"), s.lin([(0, "#2c3444"), (1, "#141820")]))
    s.path(D("M", (0, desk), "L", (W, desk), "L", (W, desk + 18), "L", (0, desk + 18), "Z"), "#4a566c")
    for j in range(9):
        cx_ = 120 + j * 200
        if 440 < cx_ < 1300:
            continue
        s.circle(cx_, desk + 120, 34, "#1c222c", stroke="#5a667a", stroke_width=3)
        a = math.radians(rng.uniform(200, 340))
        s.line([(cx_, desk + 120), (cx_ + math.cos(a) * 26, desk + 120 + math.sin(a) * 26)], "#e8d8a8", 3)
        for q in range(3):
            col = rng.choice(["#7ae08a", "#ffb84a", "#6ab8ff"])
            s.circle(cx_ - 40 + q * 40, desk + 190, 6, col)
            A.glow(s, cx_ - 40 + q * 40, desk + 190, 22, col, 0.5)
    # the speaker, the saucer of screws
    s.rect(1380, desk + 40, 170, 120, "#6a7078", stroke="#2a2e34", stroke_width=3, rx="10")
    for q in range(6):
        for r in range(4):
            s.circle(1410 + q * 22, desk + 70 + r * 22, 4, "#2a2e34")
    s.ellipse(600, desk + 70, 70, 20, "#d8dce0", stroke="#6a7078", stroke_width=2)
    for q in range(6):
        s.circle(560 + q * 16, desk + 68 + (q % 2) * 6, 3.5, "#9aa2aa")
    # the switch, its red cover lifted on the hinge
    sx, sy = sw_at
    s.rect(sx - 46, sy - 30, 92, 80, "#1a1e24", stroke="#5a667a", stroke_width=3, rx="6")
    s.rect(sx - 10, sy - 16, 20, 46, "#c8ccd2", stroke="#3a3e44", stroke_width=2, rx="4")
    A.glow(s, sx, sy, 160, "#ff5a4a", 0.35)
    s.path(D("M", (sx - 44, sy - 30), "L", (sx + 44, sy - 30), "L", (sx + 40, sy - 132), "L", (sx - 40, sy - 132), "Z"), "#e0343a", opacity="0.72", stroke="#7a1a1e", stroke_width=3)
    s.path(D("M", (sx - 36, sy - 120), "L", (sx - 10, sy - 120), "L", (sx - 14, sy - 40)), "none", stroke="#ff9a9a", stroke_width=3, opacity="0.6")
    s.rect(sx - 48, sy - 36, 96, 10, "#8a9098", rx="3")
    # the arms on the console
    s.open("g", transform=place_of(x, y, k), filter=glow_from_below)
    FG.draw_arm(s, C, F, R)
    FG.draw_arm(s, C, F, L)
    s.close()
    A.glow(s, sx, sy - 60, 420, "#ffb080", 0.18)
    A.vignette(s, 0.6, "#02030a")
    return s.text()


# ---------------------------------------------------------------------------------------------
# ch08 "The Last Night": all twelve behind the hangar at dusk, the plates in the ground.
# ---------------------------------------------------------------------------------------------
def cg_last_light():
    s, rng = Svg(W, H), random.Random("cg_last_light")
    embed(s, A.bg_graves(), "b", "translate(-120 -40) scale(1.12)")
    dusk = tint(s, (0.9, 0.8, 0.8), (0.03, 0.01, 0.02), sat=0.92)
    back = tint(s, (0.7, 0.62, 0.7), (0.06, 0.03, 0.05), sat=0.75)

    def grass(base, x0, x1, col, h=40):
        pts_ = [(x0, base + 80)]
        for k_ in range(int((x1 - x0) / 18) + 1):
            xx = x0 + k_ * 18
            pts_.append((xx, base - (h if k_ % 2 else h * 0.3) * rng.uniform(0.5, 1.0)))
        pts_.append((x1, base + 80))
        s.poly(pts_, col)
    rim = solid(s, "#ffcf9a", 0.7)
    ground = 700

    def stand(name, x, base, k, expr="sad", pose="default", face=None, filt=dusk, custom=None, rim_on=True):
        C0 = FG.prepare(name)
        F0 = FG.frame(C0)
        y = base - F0["hy"] * k - 60 * k
        f = dict(gaze=(0, 0.4), open=0.78)
        f.update(face or {})
        clip = s.clip(f'<rect x="0" y="0" width="{W}" height="{n(base)}"/>')
        s.open("g", clip_path=clip)
        gid = define(s, lambda: FG.draw_figure(s, name, expr, pose, custom=custom, face=f))
        if rim_on:
            use(s, gid, f"translate({n(x - 300 * k + 3)} {n(y - 3)}) scale({k})", rim)
        use(s, gid, place_of(x, y, k), filt)
        s.close()

    # the seven, a little behind the others; then Raiden, Anju and Shin; then Theo and Kurena
    for name, x, k in (("pim", 330, 0.5), ("mattie", 470, 0.52), ("noor", 600, 0.5), ("tobiah", 1180, 0.5), ("ezra", 1310, 0.52), ("yuna", 1430, 0.48),
                       ("sasha", 1560, 0.5)):
        stand(name, x, ground + 40, k, custom=lambda C_, F_: FG.p_hip_hang(C_, F_, "R") if C_["name"] in ("mattie", "ezra") else FG.pose_steps(
            C_, F_, arms_mid=[FG.arm_hang(F_, "L"), FG.arm_hang(F_, "R")]), filt=back)
    grass(ground + 4, 200, 1700, "#5a4a3a", 30)
    stand("anju", 780, ground + 90, 0.66, pose="default")
    stand("raiden", 1040, ground + 80, 0.68, pose="pockets")
    stand("shin", 900, ground + 120, 0.72, pose="default", face=dict(gaze=(0.2, 0.4)))
    grass(ground + 70, 640, 1200, "#54432f", 36)
    # the plates nearest us, then Kurena kneeling at the newest one and Theo drawing the row
    for px, py, sc, lean in ((520, 930, 1.3, -6), (760, 880, 1.0, 4), (1120, 900, 1.1, -3), (1380, 960, 1.4, 7), (1640, 890, 1.0, 12)):
        s.open("g", transform=f"rotate({lean} {px} {py})")
        s.poly([(px - 40 * sc, py - 70 * sc), (px + 42 * sc, py - 74 * sc), (px + 44 * sc, py), (px - 42 * sc, py)],
               s.lin([(0, "#f0d8c0"), (0.4, "#aab2bc"), (1, "#5a6270")], 0, 0, 1, 1), stroke="#3a4250", stroke_width=2.5)
        for q in range(2):
            s.line([(px - 26 * sc, py - (48 - q * 18) * sc), (px + 22 * sc, py - (50 - q * 18) * sc)], "#3a4252", 2.5, opacity="0.7")
        s.close()
    # Sasha's brass at the end of the row, holding the last light
    bx, by = 1760, 840
    s.poly([(bx - 22, by - 60), (bx + 24, by - 64), (bx + 26, by), (bx - 24, by)], s.lin([(0, "#fff0b0"), (1, "#b08a30")]), stroke="#6a5020", stroke_width=2)
    A.glow(s, bx, by - 34, 120, "#ffe0a0", 0.55)

    # Kurena kneeling at the newest plate, her hands on its top edge, straightening it
    kx_, kb, kk_ = 600, 1330, 1.05
    C0 = FG.prepare("kurena")
    F0 = FG.frame(C0)
    ky_ = kb - F0["hy"] * kk_ - 60 * kk_
    stand("kurena", kx_, kb, kk_, custom=lambda C_, F_: FG.pose_steps(C_, F_, head=(0, -6)), face=dict(gaze=(0, 0.6), open=0.66))
    px, py = 640, 1100
    s.poly([(px - 90, py - 150), (px + 92, py - 156), (px + 96, py), (px - 94, py)], s.lin([(0, "#fff0dc"), (0.5, "#b8c0ca"), (1, "#6a7280")], 0, 0, 1, 1), stroke="#3a4250", stroke_width=3)
    for q in range(3):
        s.line([(px - 60, py - 110 + q * 30), (px + 54, py - 113 + q * 30)], "#3a4252", 3.5, opacity="0.8")
    Ck_, Fk_, _ = FG.setup("kurena", "sad")
    Sl, Sr = Fk_["S_l"], Fk_["S_r"]
    hl = to_sprite((px - 80, py - 150), kx_, ky_, kk_)
    hr = to_sprite((px + 84, py - 156), kx_, ky_, kk_)
    L = dict(S=Sl, E=(Sl[0] - 4, Sl[1] + 140), W=hl, bend=1, hand="grip", deg=FG.angle_of((0.2, 1)), flip=True, hand_k=0.95)
    R = dict(S=Sr, E=(Sr[0] + 4, Sr[1] + 140), W=hr, bend=-1, hand="grip", deg=FG.angle_of((-0.2, 1)), flip=False, hand_k=0.95)
    s.open("g", transform=place_of(kx_, ky_, kk_), filter=dusk)
    FG.draw_arm(s, Ck_, Fk_, L)
    FG.draw_arm(s, Ck_, Fk_, R)
    s.close()
    stand("theo", 1400, 1200, 1.0, pose="sketchbook", face=dict(gaze=(-0.3, 0.4)))
    A.band(s, 0, 400, "#ffd0a0", 0.15, 0)
    A.vignette(s, 0.5, "#120a10")
    return s.text()


# ---------------------------------------------------------------------------------------------
# ch09 "The March": the third day; the birches thin, and far off in the east there are chimneys.
# ---------------------------------------------------------------------------------------------
def cg_birches():
    s, rng = Svg(W, H), random.Random("cg_birches")
    embed(s, A.bg_forest_road(), "b", "translate(-360 -250) scale(1.4)")
    # the chimneys on the horizon, blue with distance
    for x, h, w in ((930, 120, 16), (962, 150, 18), (1000, 100, 14), (1040, 136, 16), (1074, 90, 14)):
        A.chimney(s, x, 595, h, w, "#8a98a8")
    A.haze(s, 1000, 590, 520, 70, s.rad(A.soft("#f4f0e0", 0.5)))
    # two Juggernauts stopped on the road behind them, cut by the frame
    A.juggernaut(s, 150, 880, 1.2, "#6a6e56", flip=False, crouch=0.6)
    A.juggernaut(s, 1860, 860, 1.1, "#5a5e4a", flip=True, crouch=0.8)
    day = tint(s, (1.0, 0.97, 0.9), (0.0, 0.0, 0.0))
    k = 1.5
    for name, x, opts in (("raiden", 640, dict(arms="hang", hood_tilt=-4)), ("shin", 1420, dict(arms="hang", hood_tilt=3))):
        C0 = FG.prepare(name)
        F0 = FG.frame(C0)
        FG.draw_back(s, name, transform=f"translate({n(x - 300 * k)} {n(1180 - F0['hy'] * k)}) scale({k})", filt=day, **opts)
    # the light through the leaves
    for _ in range(24):
        x, y = rng.uniform(0, W), rng.uniform(0, 700)
        A.glow(s, x, y, rng.uniform(20, 60), "#fffbe0", 0.25)
    A.vignette(s, 0.35, "#1a2010")
    return s.text()


# ---------------------------------------------------------------------------------------------
# ch09 "The Shepherd": the old machine in the mouth of the foundry with the last light on it.
# ---------------------------------------------------------------------------------------------
def cg_foundry():
    s, rng = Svg(W, H), random.Random("cg_foundry")
    A.fill_all(s, s.lin([(0, "#1a1428"), (0.45, "#5a3a58"), (0.7, "#d8805a"), (0.82, "#f0b070")]))
    A.stars(s, rng, 90, 300)
    A.glow(s, 260, 820, 700, "#ffb070", 0.5)
    for x, h in ((120, 560), (300, 620), (1500, 600), (1700, 540), (1840, 640)):
        A.chimney(s, x, 900, h, 60, "#2a1e2a", band="#e0905a", broken=20 if x == 1700 else 0)
    # the foundry: a huge dark front with its doors gone
    hall = "#241c26"
    s.poly([(380, 980), (380, 260), (960, 140), (1540, 260), (1540, 980)], hall)
    s.poly([(380, 260), (960, 140), (1540, 260), (1540, 290), (960, 170), (380, 290)], "#3a2c34")
    mouth = [(600, 980), (600, 420), (1320, 420), (1320, 980)]
    s.poly(mouth, "#0c0a10")
    s.open("g", clip_path=s.clip(f'<polygon points="{A.pts(mouth)}"/>'))
    A.glow(s, 960, 900, 500, "#3a2a40", 0.6)
    # the old machine, patched with the armour of others, the last light across it
    A.legion_giant(s, rng, 980, 990, 0.62, "#3a3440", "#f0a868", light="#9fe8ff")
    for q in range(9):
        px, py = rng.uniform(830, 1130), rng.uniform(640, 760)
        s.rect(px, py, rng.uniform(30, 70), rng.uniform(16, 34), rng.choice(["#4a4450", "#524a3e", "#3e4048", "#5a4a4a"]), stroke="#1a1620", stroke_width=2,
               transform=f"rotate({n(rng.uniform(-12, 12))} {n(px)} {n(py)})")
    A.light_beam(s, [(600, 440), (600, 560), (1320, 980), (1320, 700)], "#ffb070", 0.35)
    s.close()
    for x in (600, 1320):
        s.rect(x - 18, 400, 36, 580, "#1a141c")
    s.rect(582, 396, 756, 30, "#1a141c")
    # the ground, the rail yard, slag
    s.rect(0, 960, W, 120, s.lin([(0, "#3a2a2a"), (1, "#140e12")]))
    for k in range(5):
        s.line([(0, 990 + k * 18), (W, 985 + k * 20)], "#5a3a30", 3, opacity="0.4")
    # the escort, small and turning as it turns
    for x, sc in ((470, 0.5), (1450, 0.55), (1680, 0.4)):
        A.juggernaut(s, x, 980, sc, "#2a2230", flip=x > 960, crouch=0.3, eye="#9fe8ff", flat=True)
    # Shin's Juggernaut in the foreground, from behind, the light along its back
    A.juggernaut(s, 330, 1130, 2.6, "#1e1a20", flip=False, crouch=0.2, flat=True)
    s.path(D("M", (160, 770), "L", (560, 745)), "none", stroke="#ffb070", stroke_width=5, opacity="0.6")
    A.band(s, 0, 400, "#100818", 0.4, 0)
    A.vignette(s, 0.6, "#06030a")
    return s.text()


CGS = {
    "haircut": cg_haircut,
    "dandelions": cg_dandelions,
    "petals": cg_petals,
    "red_cover": cg_red_cover,
    "last_light": cg_last_light,
    "birches": cg_birches,
    "foundry": cg_foundry,
}


def make_cgs(write):
    return [write(f"cg/{name}.svg", draw()) for name, draw in CGS.items()]
