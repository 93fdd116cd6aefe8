//! Glyphs missing from a font render as blank space without any warning, so every character the
//! bundled story, its translations and the player's own strings use must be in a bundled font:
//! DejaVu Sans (Latin) or the Noto Sans CJK JP subset (Japanese, with Latin too). The player
//! draws a string in DejaVu when DejaVu has all its characters, else in the Japanese font.

use std::collections::BTreeSet;
use std::path::Path;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Every character in the files under `dir` whose name ends in one of `extensions`.
fn characters(dir: &Path, extensions: &[&str]) -> BTreeSet<char> {
    let mut chars = BTreeSet::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return chars;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            chars.extend(characters(&path, extensions));
        } else if extensions
            .iter()
            .any(|e| path.extension().is_some_and(|x| x == *e))
        {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            chars.extend(text.chars().filter(|c| !c.is_control()));
            chars.extend(escaped(&text));
        }
    }
    chars
}

/// The characters a Rust source names by escape (`"\u{25b6}"`), visible ones only.
fn escaped(text: &str) -> Vec<char> {
    text.split("\\u{")
        .skip(1)
        .filter_map(|rest| u32::from_str_radix(rest.split('}').next()?, 16).ok())
        .filter_map(char::from_u32)
        .filter(|c| !c.is_control() && !c.is_whitespace() && !('\u{2028}'..='\u{2029}').contains(c))
        .collect()
}

/// The characters of `chars` that the bundled `font` has no glyph for.
fn missing(font: &str, chars: &BTreeSet<char>) -> BTreeSet<char> {
    let bytes = std::fs::read(Path::new(ROOT).join("assets/fonts").join(font))
        .expect("the bundled font exists");
    let face = ttf_parser::Face::parse(&bytes, 0).expect("the bundled font parses");
    chars
        .iter()
        .copied()
        .filter(|&c| face.glyph_index(c).is_none())
        .collect()
}

/// Everything a reader may see: the story (scripts and manifest), every locale's messages, the
/// player's own strings (its sources), and the window tests' fixture with its translations.
fn everything() -> BTreeSet<char> {
    let root = Path::new(ROOT);
    let mut chars = characters(&root.join("story"), &["vn", "toml"]);
    chars.extend(characters(&root.join("locales"), &["ftl"]));
    chars.extend(characters(&root.join("engine/player/src"), &["rs"]));
    chars.extend(characters(
        &root.join("tests/fixtures/player"),
        &["vn", "toml", "ftl"],
    ));
    chars
}

#[test]
fn the_bundled_fonts_cover_every_character_of_the_story_its_translations_and_interface() {
    let chars = everything();
    assert!(
        chars.len() > 300,
        "found only {} characters: are the story and the ja-JP locale there?",
        chars.len()
    );
    // A character DejaVu lacks is drawn with the Japanese font, so it must be there.
    for latin in ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"] {
        let gaps = missing("NotoSansJP-Subset.otf", &missing(latin, &chars));
        assert!(
            gaps.is_empty(),
            "neither {latin} nor the Japanese subset has a glyph for {gaps:?}: \
             run `python3 assets/src/subset_fonts.py`"
        );
    }
}

#[test]
fn japanese_strings_are_drawn_whole_in_the_japanese_font() {
    // A string with a character DejaVu lacks is drawn entirely in the Japanese font, so that
    // font needs every character of the Japanese translations, and the player's own symbols
    // that go into the same strings (the backlog's marker before a choice taken, arrows).
    let root = Path::new(ROOT);
    let mut chars = characters(&root.join("locales/ja-JP"), &["ftl"]);
    chars.extend(characters(
        &root.join("tests/fixtures/player/locales/ja-JP"),
        &["ftl"],
    ));
    chars.extend(
        characters(&root.join("engine/player/src"), &["rs"])
            .into_iter()
            .filter(|c| !c.is_ascii()),
    );
    let gaps = missing("NotoSansJP-Subset.otf", &chars);
    assert!(
        gaps.is_empty(),
        "the Japanese subset has no glyph for {gaps:?}: run `python3 assets/src/subset_fonts.py`, \
         or use a symbol Noto Sans CJK JP has"
    );
}

#[test]
fn the_japanese_subset_has_the_whole_kana_and_punctuation_blocks() {
    // Translators may use any kana or Japanese punctuation without a new subset.
    let blocks: BTreeSet<char> = (0x3000..=0x30FF)
        .chain(0xFF01..=0xFF5E)
        .chain(0x20..=0x7E)
        .filter_map(char::from_u32)
        .collect();
    let gaps = missing("NotoSansJP-Subset.otf", &blocks);
    // A few code points in these blocks are unassigned or have no glyph in Noto CJK itself.
    assert!(gaps.len() < 8, "the subset lacks {gaps:?}");
    let size = std::fs::metadata(Path::new(ROOT).join("assets/fonts/NotoSansJP-Subset.otf"))
        .expect("the subset exists")
        .len();
    assert!(
        size < 2_000_000,
        "the subset is {size} bytes: keep it small"
    );
}
