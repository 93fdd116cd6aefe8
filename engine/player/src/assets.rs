//! Art and fonts: loads PNG through macroquad's image decoder and SVG through resvg (rasterised
//! at the size it is drawn at, cached, redone when the window size changes much). A file that
//! is missing or broken never stops the game: it becomes a visible placeholder and one warning
//! in the log.

use crate::layout::View;
use crate::loader::{differs, rasterise_svg};
use macroquad::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The bundled Latin font (DejaVu Sans; licence in assets/fonts/LICENSE-DejaVu.txt).
const SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
/// The bundled Japanese font: Noto Sans CJK JP cut down to the characters the game uses plus
/// whole kana and punctuation blocks (`assets/src/subset_fonts.py`; SIL OFL 1.1, licence in
/// assets/fonts/LICENSE-NotoSansCJK.txt). It has Latin letters too.
const CJK: &[u8] = include_bytes!("../../../assets/fonts/NotoSansJP-Subset.otf");

/// The fonts text is drawn with. A string is drawn, measured and wrapped in one font: DejaVu
/// when it has every character of the string, else the Japanese font (so a line never mixes
/// two fonts' metrics, and a glyph missing from DejaVu never leaves a blank).
pub struct Fonts {
    pub regular: Font,
    pub bold: Font,
    /// `None` only if the bundled file is corrupt; DejaVu is used for everything then.
    pub cjk: Option<Font>,
    latin: [ttf_parser::Face<'static>; 2],
}

impl Fonts {
    /// The bundled fonts. `None` only if the bundled files are corrupt (a build problem); the
    /// caller then falls back to macroquad's built-in font.
    pub fn load() -> Option<Fonts> {
        let regular = load_ttf_font_from_bytes(SANS).ok()?;
        let bold = load_ttf_font_from_bytes(SANS_BOLD).ok()?;
        let cjk = match load_ttf_font_from_bytes(CJK) {
            Ok(font) => Some(font),
            Err(e) => {
                eprintln!("warning: the bundled Japanese font did not load: {e}");
                None
            }
        };
        let latin = [
            ttf_parser::Face::parse(SANS, 0).ok()?,
            ttf_parser::Face::parse(SANS_BOLD, 0).ok()?,
        ];
        Some(Fonts {
            regular,
            bold,
            cjk,
            latin,
        })
    }

    /// The font to draw `text` with: the Latin one (bold or not) if it has every character,
    /// else the Japanese one.
    pub fn pick(&self, text: &str, bold: bool) -> &Font {
        let (font, face) = if bold {
            (&self.bold, &self.latin[1])
        } else {
            (&self.regular, &self.latin[0])
        };
        match &self.cjk {
            Some(cjk) if !latin_covers(face, text) => cjk,
            _ => font,
        }
    }
}

/// Whether `face` has a glyph for every visible character of `text`.
fn latin_covers(face: &ttf_parser::Face, text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || c.is_control() || face.glyph_index(c).is_some())
}

/// The font for `text` from `fonts`, or `None` (macroquad's built-in font) without them.
pub fn font_for<'a>(fonts: Option<&'a Fonts>, text: &str, bold: bool) -> Option<&'a Font> {
    fonts.map(|f| f.pick(text, bold))
}

/// A picture to draw: the real thing, or a placeholder that says what is missing.
#[derive(Clone)]
pub enum Art {
    Texture(Texture2D),
    Missing { label: String },
}

struct Cached {
    art: Art,
    /// The pixel size an SVG was rasterised at; `None` for bitmaps (one size fits all).
    raster_size: Option<(u32, u32)>,
}

#[derive(Default)]
pub struct Assets {
    dir: PathBuf,
    art: HashMap<PathBuf, Cached>,
    warned: HashSet<PathBuf>,
}

impl Assets {
    pub fn new(dir: &Path) -> Assets {
        Assets {
            dir: dir.to_path_buf(),
            ..Default::default()
        }
    }

    /// The art at `relative` (under the story's assets folder), to be drawn `want` pixels big
    /// (width, height; for SVG rasterising). `label` names it on the placeholder.
    pub fn art(&mut self, relative: Option<&str>, label: &str, want: (u32, u32)) -> Art {
        let Some(relative) = relative else {
            self.warn_once(
                Path::new(label),
                &format!("no file is declared for {label}"),
            );
            return Art::Missing {
                label: label.to_string(),
            };
        };
        let path = self.dir.join(relative);
        if let Some(cached) = self.art.get(&path) {
            match cached.raster_size {
                Some(size) if differs(size, want) => {}
                _ => return cached.art.clone(),
            }
        }
        let is_svg = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
        let loaded = if is_svg {
            load_svg(&path, want)
        } else {
            load_bitmap(&path)
        };
        let art = match loaded {
            Ok(texture) => Art::Texture(texture),
            Err(e) => {
                self.warn_once(
                    &path,
                    &format!("{}: {e}; showing a placeholder", path.display()),
                );
                Art::Missing {
                    label: label.to_string(),
                }
            }
        };
        let raster_size = is_svg.then_some(want);
        self.art.insert(
            path,
            Cached {
                art: art.clone(),
                raster_size,
            },
        );
        art
    }

    /// An optional interface picture, `ui/<name>.svg` (or `.png`) under the assets folder:
    /// `None` when the story has none (the player then draws its own), a warning if broken.
    pub fn frame(&mut self, name: &str, want: (u32, u32)) -> Option<Texture2D> {
        let found = ["svg", "png"]
            .iter()
            .map(|ext| format!("ui/{name}.{ext}"))
            .find(|r| self.dir.join(r).is_file())?;
        match self.art(Some(&found), name, want) {
            Art::Texture(texture) => Some(texture),
            Art::Missing { .. } => None,
        }
    }

    fn warn_once(&mut self, key: &Path, message: &str) {
        if self.warned.insert(key.to_path_buf()) {
            eprintln!("warning: {message}");
        }
    }
}

/// Draws `texture` stretched over the virtual rectangle `area`, tinted by `color`.
pub fn draw_stretched(view: &View, texture: &Texture2D, area: Rect, color: Color) {
    let r = view.rect(area);
    let params = DrawTextureParams {
        dest_size: Some(vec2(r.w, r.h)),
        ..Default::default()
    };
    draw_texture_ex(texture, r.x, r.y, color, params);
}

fn load_bitmap(path: &Path) -> Result<Texture2D, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let image = Image::from_file_with_format(&bytes, None).map_err(|e| e.to_string())?;
    Ok(Texture2D::from_image(&image))
}

/// Rasterises an SVG to fit inside `want` (keeping its aspect ratio).
fn load_svg(path: &Path, want: (u32, u32)) -> Result<Texture2D, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let image = rasterise_svg(&bytes, want)?;
    Ok(Texture2D::from_image(&image))
}
