//! Glyph coverage: every character a locale's messages show must be in one of the fonts the story
//! bundles (`<assets>/fonts/*.ttf|otf`), or the player draws a blank box for it. `check` reports
//! each missing character once per locale, at the first message that uses it.

use super::ftl::FtlMessage;
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::source::{FileId, Span};
use crate::story::Story;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Font files are read up to this size (the bundled ones are under 1 MB).
pub const MAX_FONT_BYTES: u64 = 32 * 1024 * 1024;

/// The story's bundled fonts, as bytes (parsed when checked).
#[derive(Debug, Default)]
pub struct Fonts {
    pub files: Vec<(PathBuf, Vec<u8>)>,
}

impl Fonts {
    /// The font files in the story's `<assets>/fonts`; `None` when there are none to check
    /// against (a story without that folder, a translator's copy without assets/).
    pub fn of_story(story: &Story) -> Option<Fonts> {
        let dir = story.root.join(&story.manifest.assets).join("fonts");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ttf") || e.eq_ignore_ascii_case("otf"))
            })
            .collect();
        paths.sort();
        let files: Vec<(PathBuf, Vec<u8>)> = paths
            .into_iter()
            .filter_map(|p| {
                let real = crate::files::confined(&dir, &p).ok()?;
                let bytes = crate::files::read_capped(&real, MAX_FONT_BYTES).ok()?;
                ttf_parser::Face::parse(&bytes, 0).ok()?;
                Some((p, bytes))
            })
            .collect();
        (!files.is_empty()).then_some(Fonts { files })
    }

    /// The characters of `chars` no font has a glyph for.
    fn lacking(&self, chars: impl Iterator<Item = char>) -> Vec<char> {
        let faces: Vec<ttf_parser::Face> = self
            .files
            .iter()
            .filter_map(|(_, bytes)| ttf_parser::Face::parse(bytes, 0).ok())
            .collect();
        chars
            .filter(|&c| !faces.iter().any(|f| f.glyph_index(c).is_some()))
            .collect()
    }
}

/// Characters that need no glyph: line breaks and tabs, and format controls.
fn drawn(c: char) -> bool {
    !c.is_control() && !matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// One error per character of `locale`'s messages that no bundled font can draw.
pub fn missing_glyphs(
    fonts: &Fonts,
    locale: &str,
    files: &[(FileId, Vec<FtlMessage>)],
) -> Vec<Diagnostic> {
    // Each character, with the first message (file, message) that uses it.
    let mut first: BTreeMap<char, (FileId, &FtlMessage)> = BTreeMap::new();
    for (file, messages) in files {
        for message in messages {
            for c in message.source.chars().filter(|&c| drawn(c) && c != ' ') {
                first.entry(c).or_insert((*file, message));
            }
        }
    }
    let names: Vec<String> = fonts
        .files
        .iter()
        .filter_map(|(p, _)| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    fonts
        .lacking(first.keys().copied())
        .into_iter()
        .map(|c| {
            let (file, message) = first[&c];
            let span = Span::new(file, message.offset, message.offset + message.id.len());
            Diagnostic::new(
                DiagnosticKind::MissingGlyph,
                format!(
                    "{locale}: message `{}` uses {} ({c:?}), which no bundled font can draw",
                    message.id,
                    code_point(c)
                ),
                span,
            )
            .with_label(format!("uses {}", code_point(c)))
            .with_hint(format!(
                "the player would draw a box; the fonts are {} in the story's assets/fonts: add \
                 the character to a subset (assets/src/subset_fonts.py) or use another",
                names.join(", ")
            ))
        })
        .collect()
}

/// `U+20AC EURO SIGN`: the code point, with its name for the few a translator commonly meets.
pub fn code_point(c: char) -> String {
    let name = match c {
        '\u{00a0}' => " NO-BREAK SPACE",
        '\u{202f}' => " NARROW NO-BREAK SPACE",
        '\u{2009}' => " THIN SPACE",
        '\u{20ac}' => " EURO SIGN",
        '\u{0153}' => " LATIN SMALL LIGATURE OE",
        '\u{0152}' => " LATIN CAPITAL LIGATURE OE",
        '\u{00ab}' => " LEFT-POINTING DOUBLE ANGLE QUOTATION MARK",
        '\u{00bb}' => " RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK",
        '\u{2019}' => " RIGHT SINGLE QUOTATION MARK",
        '\u{2026}' => " HORIZONTAL ELLIPSIS",
        _ => "",
    };
    format!("U+{:04X}{name}", c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_are_written_the_unicode_way() {
        assert_eq!(code_point('€'), "U+20AC EURO SIGN");
        assert_eq!(code_point('字'), "U+5B57");
    }
}
