#!/usr/bin/env python3
"""Writes assets/fonts/NotoSansJP-Subset.otf: Noto Sans CJK JP Regular cut down to the characters
the game uses, and DejaVuSans.ttf / DejaVuSans-Bold.ttf cut down the same way (plus the Latin
blocks below and Latin Extended-A), so that fontdue prepares ~1,000 glyphs a face instead of
~6,000 (that took 41 MB of the player's memory). Both come from Debian (fonts-noto-cjk,
fonts-dejavu-core); so the player bundles ~1 MB instead of a 19 MB collection (fontdue parses every
glyph of a font at load: the full font costs over a second and hundreds of MB).

Kept: every character in locales/*/*.ftl (all locales), story/*.vn and story/*.toml, the player's
own source strings (engine/player/src) and the player test fixture's locales, plus whole blocks
so translators have room without a new subset: ASCII, Latin-1 punctuation, general punctuation,
arrows, CJK symbols and punctuation, hiragana, katakana (and its phonetic extensions), and the
half- and full-width forms.

Needs Debian's fonts-noto-cjk (or NOTO_CJK=path/to/NotoSansCJK-Regular.ttc) and fonttools:

    apt-get install fonts-noto-cjk fonts-dejavu-core
    pip install fonttools
    python3 assets/src/subset_fonts.py

The result is committed; CI does not run this. Run it again when a translation adds kanji (the
test engine/player/tests/font_coverage.rs fails until you do).
"""

import os
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(os.environ.get("NOTO_CJK", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))
FAMILY = "Noto Sans CJK JP"
OUT = ROOT / "assets" / "fonts" / "NotoSansJP-Subset.otf"
DEJAVU = Path(os.environ.get("DEJAVU", "/usr/share/fonts/truetype/dejavu"))
DEJAVU_FACES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]
LATIN_EXTENDED_A = (0x0100, 0x017F)  # room for European translations

BLOCKS = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 punctuation and letters
    (0x2010, 0x206F),  # general punctuation: dashes, quotes, ellipsis
    (0x20A0, 0x20CF),  # currency symbols: the euro and the others a translation may need
    (0x2190, 0x21FF),  # arrows
    (0x25A0, 0x25FF),  # geometric shapes (the player's markers)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x309F),  # hiragana
    (0x30A0, 0x30FF),  # katakana
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]

# Files whose every character is kept: (folder, glob).
SOURCES = [
    ("locales", "*/*.ftl"),
    ("story", "*.vn"),
    ("story", "*.toml"),
    ("engine/player/src", "**/*.rs"),
    ("tests/fixtures/player/locales", "*/*.ftl"),
]


def used_characters():
    chars = set()
    for folder, pattern in SOURCES:
        for path in sorted((ROOT / folder).glob(pattern)):
            text = path.read_text(encoding="utf-8")
            chars.update(c for c in text if c.isprintable())
            # Rust sources name some symbols by escape: "\u{25b6}".
            chars.update(chr(int(h, 16)) for h in re.findall(r"\\u\{([0-9a-fA-F]+)\}", text))
    for first, last in BLOCKS:
        chars.update(chr(c) for c in range(first, last + 1))
    return chars


def japanese_face(collection_path):
    collection = TTCollection(str(collection_path))
    for number, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == FAMILY:
            return number
    sys.exit(f"{collection_path}: no face named {FAMILY}")


def main():
    if not SOURCE.is_file():
        sys.exit(f"{SOURCE} not found: apt-get install fonts-noto-cjk, or set NOTO_CJK")
    number = japanese_face(SOURCE)
    chars = used_characters()
    options = subset.Options()
    options.font_number = number
    # No layout features: the player draws each character by its own glyph (no shaping), and
    # the rasteriser reads every glyph of the font into memory, the unreachable ones too.
    options.layout_features = []
    options.name_IDs = ["*"]  # keep the copyright and licence fields
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # fontdue does not hint; the CFF hints are dead weight
    options.desubroutinize = True  # compresses better, and simpler CFF for the parser
    font = subset.load_font(str(SOURCE), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(OUT), options)
    covered = len(font.getBestCmap())
    print(f"{OUT.relative_to(ROOT)}: {covered} characters from face {number} ({FAMILY}), "
          f"{OUT.stat().st_size // 1024} KB")


def subset_dejavu(chars):
    for face in DEJAVU_FACES:
        source = DEJAVU / face
        if not source.is_file():
            sys.exit(f"{source} not found: apt-get install fonts-dejavu-core, or set DEJAVU")
        options = subset.Options()
        options.layout_features = ["*"]  # kerning and ligatures as in the full face
        options.name_IDs = ["*"]  # keep the copyright and licence fields
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False  # fontdue does not hint
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        first, last = LATIN_EXTENDED_A
        wanted = set(chars) | {chr(c) for c in range(first, last + 1)}
        subsetter.populate(unicodes=[ord(c) for c in wanted])
        subsetter.subset(font)
        out = ROOT / "assets" / "fonts" / face
        subset.save_font(font, str(out), options)
        print(f"{out.relative_to(ROOT)}: {len(font.getBestCmap())} characters, "
              f"{out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
    subset_dejavu(used_characters())
