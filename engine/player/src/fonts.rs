//! Fonts: the bundled ones (DejaVu Sans, and Noto Sans CJK JP for what DejaVu lacks) and the
//! font files a story's looks name for the dialogue, the speaker's name and the menus, read
//! inside the assets folder like any asset and loaded once each.

use crate::loader;
use macroquad::prelude::*;
use spearhead_core::files::{self, FileError, MAX_FONT_BYTES};
use spearhead_core::look;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// The bundled Latin font (DejaVu Sans; licence in assets/fonts/LICENSE-DejaVu.txt).
const SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
/// The bundled Japanese font: Noto Sans CJK JP cut down to the characters the game uses plus
/// whole kana and punctuation blocks (`assets/src/subset_fonts.py`; SIL OFL 1.1, licence in
/// assets/fonts/LICENSE-NotoSansCJK.txt). It has Latin letters too.
const CJK: &[u8] = include_bytes!("../../../assets/fonts/NotoSansJP-Subset.otf");
/// The easier-to-read font a reader may choose for the dialogue (OpenDyslexic; CC BY 3.0 and
/// the Bitstream Vera licence, in assets/fonts/LICENSE-OpenDyslexic.txt). Latin script only.
const READABLE: [&[u8]; 2] = [
    include_bytes!("../../../assets/fonts/OpenDyslexic-Regular.otf"),
    include_bytes!("../../../assets/fonts/OpenDyslexic-Bold.otf"),
];

/// The fonts text is drawn with. A Latin string is drawn in the regular (or bold) font, a
/// mostly Japanese one in the Japanese font; either way each character the first font lacks is
/// drawn and measured in the other (per glyph: one `€` or kana in an English line changes that
/// glyph, not the line). The regular and bold are DejaVu unless a look names its own
/// (`Fonts::with`). Cloning is cheap: fonts are shared handles.
#[derive(Clone)]
pub struct Fonts {
    pub regular: Font,
    pub bold: Font,
    /// Loaded the first time a string needs it: most readers never do, and it holds about
    /// 7 MB (every glyph's outline, and an atlas). `None` inside only if the bundled file is
    /// corrupt; DejaVu is used for everything then.
    cjk: Rc<std::cell::OnceCell<Option<Font>>>,
    /// The fonts paired for per-glyph fallback once the Japanese one is loaded (made again for
    /// each set of regular and bold fonts).
    mixed: Rc<std::cell::OnceCell<Option<Mixed>>>,
    /// The regular and bold fonts' tables, to ask which characters they have.
    faces: [Rc<ttf_parser::Face<'static>>; 2],
    /// The easier-to-read font, regular and bold with their faces: loaded the first time a
    /// reader asks for it; `None` inside only if the bundled files are corrupt.
    readable: Rc<std::cell::OnceCell<Option<Box<Readable>>>>,
}

/// The easier-to-read font, drawn and measured with, and its faces, asked which characters
/// it has.
struct Readable {
    fonts: [Font; 2],
    faces: [ttf_parser::Face<'static>; 2],
}

impl Fonts {
    /// The bundled fonts. `None` only if the bundled files are corrupt (a build problem); the
    /// caller then falls back to macroquad's built-in font.
    pub fn load() -> Option<Fonts> {
        let regular = load_ttf_font_from_bytes(SANS).ok()?;
        let bold = load_ttf_font_from_bytes(SANS_BOLD).ok()?;
        let faces = [
            Rc::new(ttf_parser::Face::parse(SANS, 0).ok()?),
            Rc::new(ttf_parser::Face::parse(SANS_BOLD, 0).ok()?),
        ];
        Some(Fonts {
            regular,
            bold,
            cjk: Rc::default(),
            mixed: Rc::default(),
            faces,
            readable: Rc::default(),
        })
    }

    /// These fonts with the regular and the bold replaced by a story's, where one is given.
    pub fn with(&self, regular: Option<&StoryFont>, bold: Option<&StoryFont>) -> Fonts {
        let mut fonts = self.clone();
        fonts.mixed = Rc::default();
        if let Some(font) = regular {
            fonts.regular = font.font.clone();
            fonts.faces[0] = font.face.clone();
        }
        if let Some(font) = bold {
            fonts.bold = font.font.clone();
            fonts.faces[1] = font.face.clone();
        }
        fonts
    }

    /// The font to draw `text` with: the regular or bold one alone if it has every character;
    /// else the Japanese font for mostly Japanese text and the regular or bold for the rest,
    /// each with the other behind it for the characters it lacks.
    pub fn pick(&self, text: &str, bold: bool) -> &Font {
        let (font, face) = if bold {
            (&self.bold, &self.faces[1])
        } else {
            (&self.regular, &self.faces[0])
        };
        if covers(face, text) {
            return font;
        }
        match self.mixed() {
            Some(mixed) if mostly_japanese(text) => &mixed.cjk,
            Some(mixed) if bold => &mixed.bold,
            Some(mixed) => &mixed.regular,
            None => font,
        }
    }

    /// The font to draw dialogue `text` with when the reader asked for the easier-to-read
    /// font: it, if it has every character of `text`, else the font `pick` gives.
    pub fn pick_readable(&self, text: &str, bold: bool) -> &Font {
        let readable = self.readable.get_or_init(load_readable).as_deref();
        match readable {
            Some(r) if covers(&r.faces[bold as usize], text) => &r.fonts[bold as usize],
            _ => self.pick(text, bold),
        }
    }

    /// The Japanese font, loaded now if this is the first time it is needed (about 40 ms).
    pub fn cjk(&self) -> Option<&Font> {
        let load = || match load_ttf_font_from_bytes(CJK) {
            Ok(font) => Some(font),
            Err(e) => {
                log::warn!("the bundled Japanese font did not load: {e}");
                None
            }
        };
        self.cjk.get_or_init(load).as_ref()
    }

    fn mixed(&self) -> Option<&Mixed> {
        let pair = || {
            let cjk = self.cjk()?;
            Some(Mixed {
                regular: self.regular.with_fallbacks(std::slice::from_ref(cjk)),
                bold: self.bold.with_fallbacks(std::slice::from_ref(cjk)),
                cjk: cjk.with_fallbacks(std::slice::from_ref(&self.regular)),
            })
        };
        self.mixed.get_or_init(pair).as_ref()
    }
}

/// The fonts each falling back on the other per glyph.
struct Mixed {
    /// The Japanese font, the regular one behind it.
    cjk: Font,
    /// The regular and bold fonts, the Japanese one behind each.
    regular: Font,
    bold: Font,
}

/// Whether more of `text`'s letters are Japanese than not: a Japanese line with a Latin word
/// is drawn in the Japanese font (its Latin letters match its kana), an English line with a
/// Japanese name in the Latin font.
fn mostly_japanese(text: &str) -> bool {
    let japanese = text.chars().filter(|&c| is_japanese(c)).count();
    let other = (text.chars())
        .filter(|&c| c.is_alphanumeric() && !is_japanese(c))
        .count();
    japanese > other
}

/// Whether `c` is written in Japanese: kana, kanji, and the CJK and full-width punctuation
/// that goes with them (the code points as numbers: see the font coverage test).
fn is_japanese(c: char) -> bool {
    matches!(u32::from(c),
        0x3000..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
}

/// Whether `face` has a glyph for every visible character of `text`.
fn covers(face: &ttf_parser::Face, text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || c.is_control() || face.glyph_index(c).is_some())
}

/// The easier-to-read font from its bundled files; `None` with a warning if they are corrupt.
fn load_readable() -> Option<Box<Readable>> {
    let load = || -> Result<Readable, String> {
        let font = |bytes| load_ttf_font_from_bytes(bytes).map_err(|e| e.to_string());
        let face = |bytes| ttf_parser::Face::parse(bytes, 0).map_err(|e| e.to_string());
        Ok(Readable {
            fonts: [font(READABLE[0])?, font(READABLE[1])?],
            faces: [face(READABLE[0])?, face(READABLE[1])?],
        })
    };
    match load() {
        Ok(readable) => Some(Box::new(readable)),
        Err(e) => {
            log::warn!("the bundled easier-to-read font did not load: {e}");
            None
        }
    }
}

/// The font for `text` from `fonts`, or `None` (macroquad's built-in font) without them.
pub fn font_for<'a>(fonts: Option<&'a Fonts>, text: &str, bold: bool) -> Option<&'a Font> {
    fonts.map(|f| f.pick(text, bold))
}

/// The font for dialogue `text`: the easier-to-read one when `readable` and it has the
/// characters, else as `font_for`.
pub fn dialogue_font<'a>(
    fonts: Option<&'a Fonts>,
    text: &str,
    bold: bool,
    readable: bool,
) -> Option<&'a Font> {
    match fonts {
        Some(f) if readable => Some(f.pick_readable(text, bold)),
        _ => font_for(fonts, text, bold),
    }
}

/// A font file a story's look names, loaded: the font to draw with and its tables.
#[derive(Clone)]
pub struct StoryFont {
    font: Font,
    /// Shared: a face's tables are a few kilobytes.
    face: Rc<ttf_parser::Face<'static>>,
}

/// Why a story's font file is not used (the bundled font stands in).
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("{file} is not a TrueType or OpenType font")]
    NotAFont { file: String },
}

/// The bytes of the font file `file` names (relative to `assets`), checked to be a font. They
/// live as long as the player: the font's tables point into them, and each file is read once
/// (`FontBook`), so what is kept is bounded by the fonts the story's looks name.
fn read_font(assets: &Path, file: &str) -> Result<&'static [u8], FontError> {
    let path = files::inside(assets, file)?;
    let bytes = loader::read_asset(assets, &path, MAX_FONT_BYTES)?;
    if ttf_parser::Face::parse(&bytes, 0).is_err() {
        return Err(FontError::NotAFont { file: file.into() });
    }
    Ok(Box::leak(bytes.into_boxed_slice()))
}

impl StoryFont {
    /// Loads `file` (relative to `assets`) for drawing (needs the window).
    pub fn load(assets: &Path, file: &str) -> Result<StoryFont, FontError> {
        let bytes = read_font(assets, file)?;
        let not_a_font = || FontError::NotAFont { file: file.into() };
        let face = Rc::new(ttf_parser::Face::parse(bytes, 0).map_err(|_| not_a_font())?);
        let font = load_ttf_font_from_bytes(bytes).map_err(|_| not_a_font())?;
        Ok(StoryFont { font, face })
    }
}

/// The bundled fonts and the story's font files loaded so far, each file once (a file that
/// does not load is one warning, and the bundled font stands in for it).
pub struct FontBook {
    bundled: Option<Fonts>,
    assets: PathBuf,
    loaded: HashMap<String, Option<StoryFont>>,
}

impl FontBook {
    pub fn new(assets: &Path) -> FontBook {
        let bundled = Fonts::load();
        if bundled.is_none() {
            log::warn!("the bundled fonts did not load; using the built-in font");
        }
        FontBook {
            bundled,
            assets: assets.to_path_buf(),
            loaded: HashMap::new(),
        }
    }

    /// The fonts for a look's dialogue: its body font as the regular, its name font as the bold.
    pub fn dialogue(&mut self, fonts: &look::Fonts) -> Option<Fonts> {
        self.with(fonts.body.as_deref(), fonts.name.as_deref())
    }

    /// The fonts for a look's menus and notices: its interface font, regular and bold.
    pub fn interface(&mut self, fonts: &look::Fonts) -> Option<Fonts> {
        self.with(fonts.ui.as_deref(), fonts.ui.as_deref())
    }

    fn with(&mut self, regular: Option<&str>, bold: Option<&str>) -> Option<Fonts> {
        let regular = regular.and_then(|f| self.story_font(f));
        let bold = bold.and_then(|f| self.story_font(f));
        let bundled = self.bundled.as_ref()?;
        Some(bundled.with(regular.as_ref(), bold.as_ref()))
    }

    fn story_font(&mut self, file: &str) -> Option<StoryFont> {
        let assets = &self.assets;
        let load = || match StoryFont::load(assets, file) {
            Ok(font) => Some(font),
            Err(e) => {
                log::warn!("font {file}: {e}; using the bundled font");
                None
            }
        };
        self.loaded
            .entry(file.to_string())
            .or_insert_with(load)
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_japanese_when_most_of_its_letters_are() {
        assert!(mostly_japanese("「ハンドラー・ワン、きこえますか。」"));
        assert!(mostly_japanese("ジャガーノートのパイロットはSpearhead"));
        assert!(!mostly_japanese("Handler One, ハンドラ"));
        assert!(!mostly_japanese("5 \u{20ac}"));
    }

    fn assets() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets")
    }

    #[test]
    fn a_looks_font_is_read_inside_the_assets_folder_and_must_be_a_font() {
        assert!(read_font(&assets(), "fonts/DejaVuSans-Bold.ttf").is_ok());
        assert!(matches!(
            read_font(&assets(), "../Cargo.toml"),
            Err(FontError::File(FileError::Outside { .. }))
        ));
        assert!(matches!(
            read_font(&assets(), "fonts/LICENSE-DejaVu.txt"),
            Err(FontError::NotAFont { .. })
        ));
        assert!(matches!(
            read_font(&assets(), "fonts/nothing.ttf"),
            Err(FontError::File(e)) if e.is_missing()
        ));
    }
}
