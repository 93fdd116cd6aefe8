#!/usr/bin/env python3
"""Draws the character sheet, docs/characters.png: one row per character, every expression of
the default pose, then each other pose (neutral), cropped to what the game shows above the text
box. Reads the sprites under assets/characters/ (run make_art.py first).

Needs rsvg-convert (librsvg) and Pillow. Deterministic: the same sprites give the same bytes.

    python3 assets/src/make_sheet.py [OUT.png]
"""

import io
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SRC = Path(__file__).resolve().parent
ASSETS = SRC.parent
ROOT = ASSETS.parent
sys.path.insert(0, str(SRC))

import figures  # noqa: E402

CELL = 132            # cell width in the sheet
LABEL = 112           # the name column
TOP, BOTTOM = 50, 690  # the part of a 600x1200 sprite shown: the head down to the hands
LEFT, RIGHT = 100, 500
PAD = 6
FRONT = {"shin", "raiden", "theo", "kurena", "anju", "kaie"}
NAMES = {"lena": "Lena", "shin": "Shin", "raiden": "Raiden", "theo": "Theo", "kurena": "Kurena", "anju": "Anju",
         "annette": "Annette", "kaie": "Kaie", "karlstahl": "Karlstahl", "duval": "Duval"}


def render(path, width):
    scale = width * 2 / (RIGHT - LEFT)
    png = subprocess.run(["rsvg-convert", "-w", str(round(600 * scale)), str(path)], check=True, capture_output=True).stdout
    im = Image.open(io.BytesIO(png)).convert("RGBA")
    im = im.crop((round(LEFT * scale), round(TOP * scale), round(RIGHT * scale), round(BOTTOM * scale)))
    return im.resize((width, round(im.height / 2)), Image.LANCZOS)


def font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(ASSETS / "fonts" / name), size)
    except OSError:
        return ImageFont.load_default()


def main(argv):
    out = Path(argv[0]) if argv else ROOT / "docs" / "characters.png"
    rows = {}
    for name, pose, expr, rel in figures.sprite_files():
        if pose == "default" or expr == "neutral":
            rows.setdefault(name, []).append((pose, expr, ASSETS / rel))
    cell_h = round(CELL * (BOTTOM - TOP) / (RIGHT - LEFT))
    ncols = max(len(v) for v in rows.values())
    head = 28
    width = LABEL + ncols * CELL + PAD
    height = head + len(rows) * (cell_h + 22) + PAD
    sheet = Image.new("RGBA", (width, height), (244, 242, 238, 255))
    draw = ImageDraw.Draw(sheet)
    f_small, f_name = font(12), font(17, bold=True)
    for k, expr in enumerate(figures.EXPRESSIONS):
        x = LABEL + k * CELL + CELL // 2
        draw.text((x, head // 2 + 2), expr, fill=(70, 70, 80, 255), font=f_small, anchor="mm")
    draw.text((LABEL + len(figures.EXPRESSIONS) * CELL + CELL // 2, head // 2 + 2), "other poses", fill=(70, 70, 80, 255), font=f_small, anchor="lm")
    y = head
    for name, cells in rows.items():
        front = name in FRONT
        colour = (186, 188, 164) if front else (206, 216, 232)
        band = Image.new("RGBA", (width - PAD, cell_h), colour + (255,))
        sheet.alpha_composite(band, (PAD // 2, y))
        draw.text((12, y + cell_h // 2), NAMES.get(name, name), fill=(40, 40, 50, 255), font=f_name, anchor="lm")
        for k, (pose, expr, path) in enumerate(cells):
            im = render(path, CELL)
            x = LABEL + k * CELL
            sheet.alpha_composite(im, (x, y))
            label = expr if pose == "default" else pose
            if pose != "default":
                draw.line([(x, y + 4), (x, y + cell_h - 4)], fill=(255, 255, 255, 160), width=2)
            draw.text((x + CELL // 2, y + cell_h + 10), label, fill=(90, 90, 100, 255), font=f_small, anchor="mm")
        y += cell_h + 22
    out.parent.mkdir(parents=True, exist_ok=True)
    # flat colours: a 256-colour palette keeps the file small without visible loss
    sheet.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(out, optimize=True)
    print(f"wrote {out} ({width}x{height})")


if __name__ == "__main__":
    main(sys.argv[1:])
