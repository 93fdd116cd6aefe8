#!/usr/bin/env python3
"""Writes the placeholder assets for the bundled story (Python 3 standard library only).

Backgrounds are 1920x1080 SVG gradients in the palette of their location (pale blue and silver
for the Republic, olive and rust for the 86th Sector) with the place's name in small type.
Sprites are simple silhouettes in each character's colour, one file per expression. Real art
replaces these later; the file names stay the same, so story.toml does not change. Music and
sounds are not written here: assets/src/make_sound.py synthesises them.

Run from anywhere:  python3 assets/src/make_placeholders.py
"""

from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent

REPUBLIC = ("#eef4fb", "#b9c9dc", "#5a6b80")  # top, bottom, label
FRONT = ("#3b3a26", "#6e3b22", "#d8c8a8")

BACKGROUNDS = {
    "lena_apartment": (REPUBLIC, "Lena's apartment, First Sector"),
    "hq_corridor": (REPUBLIC, "Republic Army Headquarters"),
    "control_room": (REPUBLIC, "Handler control room"),
    "cafe": (REPUBLIC, "Cafe on Liberty Avenue"),
    "lab": (REPUBLIC, "Research wing, Para-RAID laboratory"),
    "karlstahl_house": (REPUBLIC, "The Karlstahl residence"),
    "archives": (REPUBLIC, "Records office, basement level"),
    "plaza": (REPUBLIC, "Revolution Plaza"),
    "annette_balcony": (REPUBLIC, "Annette's balcony, festival night"),
    "hangar": (FRONT, "Spearhead hangar, first ward"),
    "barracks": (FRONT, "Barracks, first ward"),
    "battlefield": (FRONT, "Contested zone"),
    "graves": (FRONT, "Behind the hangar"),
    "night_sky": (FRONT, "The 86th Sector at night"),
    "cockpit": (FRONT, "Juggernaut cockpit"),
}

# character: (colour, expressions)
EXPRESSIONS = ["neutral", "smile", "sad", "angry", "worried", "surprised"]
CHARACTERS = {
    "lena": "#9fc5e8",
    "shin": "#e06050",
    "raiden": "#a8b86a",
    "theo": "#e8c060",
    "kurena": "#e89a6a",
    "anju": "#8fb7d9",
    "kaie": "#d07fa8",
    "annette": "#c9b3e0",
    "karlstahl": "#b0b8c2",
    "duval": "#a8b0b8",
}

def background_svg(palette, label):
    top, bottom, ink = palette
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" viewBox="0 0 1920 1080">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{top}"/>
      <stop offset="1" stop-color="{bottom}"/>
    </linearGradient>
  </defs>
  <rect width="1920" height="1080" fill="url(#g)"/>
  <rect y="760" width="1920" height="320" fill="{bottom}" opacity="0.5"/>
  <text x="48" y="1040" font-family="sans-serif" font-size="28" fill="{ink}" opacity="0.8">{label}</text>
</svg>
"""


def sprite_svg(colour, expression):
    mouths = {
        "neutral": "M 370 330 L 430 330",
        "smile": "M 365 325 Q 400 355 435 325",
        "sad": "M 365 340 Q 400 315 435 340",
        "angry": "M 365 338 L 435 328",
        "worried": "M 368 338 Q 385 328 400 336 Q 415 344 432 334",
        "surprised": "M 392 330 a 8 10 0 1 0 16 0 a 8 10 0 1 0 -16 0",
    }
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1200" viewBox="0 0 800 1200">
  <g fill="{colour}" stroke="#1d2330" stroke-width="6" stroke-opacity="0.35">
    <ellipse cx="400" cy="280" rx="130" ry="150"/>
    <path d="M 170 1200 C 170 760 260 500 400 500 C 540 500 630 760 630 1200 Z"/>
  </g>
  <path d="{mouths[expression]}" fill="none" stroke="#1d2330" stroke-width="8" stroke-linecap="round"/>
  <text x="400" y="1170" text-anchor="middle" font-family="sans-serif" font-size="26" fill="#1d2330" opacity="0.6">{expression}</text>
</svg>
"""


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main():
    for name, (palette, label) in BACKGROUNDS.items():
        write(ASSETS / "backgrounds" / f"{name}.svg", background_svg(palette, label))
    for name, colour in CHARACTERS.items():
        for expression in EXPRESSIONS:
            write(ASSETS / "characters" / name / f"{expression}.svg", sprite_svg(colour, expression))


if __name__ == "__main__":
    main()
