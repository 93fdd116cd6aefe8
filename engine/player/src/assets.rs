//! Art and fonts: pictures come from the background loader (PNG decoded, SVG rasterised at the
//! size it is drawn at, redone when the window size changes much) and are uploaded here, on the
//! main thread, a bounded amount a frame. A file that is missing or broken never stops the
//! game: it becomes a visible placeholder and one warning in the log.

use crate::eviction::{self, InUse};
use crate::layout::View;
use crate::loader::{Content, Loaded, Loader, Want};
use macroquad::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The bundled Latin font (DejaVu Sans; licence in assets/fonts/LICENSE-DejaVu.txt).
const SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
/// The bundled Japanese font: Noto Sans CJK JP cut down to the characters the game uses plus
/// whole kana and punctuation blocks (`assets/src/subset_fonts.py`; SIL OFL 1.1, licence in
/// assets/fonts/LICENSE-NotoSansCJK.txt). It has Latin letters too.
const CJK: &[u8] = include_bytes!("../../../assets/fonts/NotoSansJP-Subset.otf");

/// The fonts text is drawn with. A Latin string is drawn in DejaVu, a Japanese one in the
/// Japanese font; either way each character the first font lacks is drawn and measured in the
/// other (per glyph: one `€` or kana in an English line changes that glyph, not the line).
pub struct Fonts {
    pub regular: Font,
    pub bold: Font,
    /// Loaded the first time a string needs it: most readers never do, and it holds about
    /// 7 MB (every glyph's outline, and an atlas). `None` inside only if the bundled file is
    /// corrupt; DejaVu is used for everything then.
    cjk: std::cell::OnceCell<Option<WithCjk>>,
    latin: [ttf_parser::Face<'static>; 2],
}

/// The fonts once the Japanese one is loaded, each falling back on the other per glyph.
struct WithCjk {
    /// The Japanese font, DejaVu behind it.
    cjk: Font,
    /// DejaVu regular and bold, the Japanese font behind each.
    regular: Font,
    bold: Font,
}

impl Fonts {
    /// The bundled fonts. `None` only if the bundled files are corrupt (a build problem); the
    /// caller then falls back to macroquad's built-in font.
    pub fn load() -> Option<Fonts> {
        let regular = load_ttf_font_from_bytes(SANS).ok()?;
        let bold = load_ttf_font_from_bytes(SANS_BOLD).ok()?;
        let latin = [
            ttf_parser::Face::parse(SANS, 0).ok()?,
            ttf_parser::Face::parse(SANS_BOLD, 0).ok()?,
        ];
        Some(Fonts {
            regular,
            bold,
            cjk: std::cell::OnceCell::new(),
            latin,
        })
    }

    /// The font to draw `text` with: DejaVu (bold or not) alone if it has every character;
    /// else the Japanese font for mostly Japanese text and DejaVu for the rest, each with the
    /// other behind it for the characters it lacks.
    pub fn pick(&self, text: &str, bold: bool) -> &Font {
        let (font, face) = if bold {
            (&self.bold, &self.latin[1])
        } else {
            (&self.regular, &self.latin[0])
        };
        if latin_covers(face, text) {
            return font;
        }
        match self.with_cjk() {
            Some(both) if mostly_japanese(text) => &both.cjk,
            Some(both) if bold => &both.bold,
            Some(both) => &both.regular,
            None => font,
        }
    }

    /// The Japanese font (DejaVu behind it), loaded now if this is the first time it is
    /// needed (about 40 ms).
    pub fn cjk(&self) -> Option<&Font> {
        self.with_cjk().map(|both| &both.cjk)
    }

    fn with_cjk(&self) -> Option<&WithCjk> {
        let load = || match load_ttf_font_from_bytes(CJK) {
            Ok(cjk) => Some(WithCjk {
                regular: self.regular.with_fallbacks(std::slice::from_ref(&cjk)),
                bold: self.bold.with_fallbacks(std::slice::from_ref(&cjk)),
                cjk: cjk.with_fallbacks(std::slice::from_ref(&self.regular)),
            }),
            Err(e) => {
                log::warn!("the bundled Japanese font did not load: {e}");
                None
            }
        };
        self.cjk.get_or_init(load).as_ref()
    }
}

/// Whether more of `text`'s letters are Japanese than not: a Japanese line with a Latin word
/// is drawn in the Japanese font (its Latin letters match its kana), an English line with a
/// Japanese name in DejaVu.
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
fn latin_covers(face: &ttf_parser::Face, text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || c.is_control() || face.glyph_index(c).is_some())
}

/// The size text is measured at; every other size is this one scaled (see `measure`).
const MEASURE_SIZE: u16 = 32;

/// The extent of `text` drawn `size` pixels high in `font` (macroquad's default font when
/// `None`). macroquad rasterises and keeps every glyph it measures, at the size it measures,
/// in the font's atlas (an image plus a texture of the same size); layout measures at many
/// sizes (virtual units, then each size a long line is tried at). Measuring at one size and
/// scaling keeps one extra set of glyphs, and advances scale linearly.
pub fn measure(text: &str, font: Option<&Font>, size: f32) -> TextDimensions {
    measure_text(text, font, MEASURE_SIZE, size / MEASURE_SIZE as f32)
}

/// The font for `text` from `fonts`, or `None` (macroquad's built-in font) without them.
pub fn font_for<'a>(fonts: Option<&'a Fonts>, text: &str, bold: bool) -> Option<&'a Font> {
    fonts.map(|f| f.pick(text, bold))
}

/// A picture to draw: the real thing, a placeholder that says what is missing, or nothing yet
/// (the loader is still making it).
#[derive(Clone)]
pub enum Art {
    Texture(Texture2D),
    Missing { label: String },
    Loading,
}

/// What became of a file the loader was asked for.
enum Stored {
    Texture(Texture2D),
    Broken,
}

/// Longest the main thread spends uploading finished pictures in one frame (after the first,
/// which always goes up): a third of a frame at 60 a second.
pub const UPLOAD_BUDGET: Duration = Duration::from_millis(5);

pub struct Assets {
    dir: PathBuf,
    loader: Loader,
    stored: HashMap<PathBuf, Stored>,
    /// Interface pictures by name: the file `ui/<name>.svg` or `.png` found for it, or `None`
    /// when the story has neither. Looked up once (screens ask for them every frame), and
    /// never released: they are a fixed handful whatever the story's length, and every screen
    /// and location change needs them at once.
    interface: HashMap<String, Option<String>>,
    warned: HashSet<PathBuf>,
}

impl Assets {
    pub fn new(dir: &Path) -> Assets {
        Assets {
            dir: dir.to_path_buf(),
            loader: Loader::new(dir),
            stored: HashMap::new(),
            interface: HashMap::new(),
            warned: HashSet::new(),
        }
    }

    /// The art at `relative` (under the story's assets folder), drawn `want` pixels big (width,
    /// height; SVG is rasterised at that size). `label` names it on the placeholder. Never
    /// waits: what is not loaded yet is asked for, ahead of what is loaded ahead, and is
    /// `Art::Loading` until it arrives. An SVG whose size is off by more than 10% is
    /// rasterised again while the old picture stands in.
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
        self.loader.request(&path, Want::picture(&path, want), true);
        match self.stored.get(&path) {
            Some(Stored::Texture(texture)) => Art::Texture(texture.clone()),
            Some(Stored::Broken) => Art::Missing {
                label: label.to_string(),
            },
            None => Art::Loading,
        }
    }

    /// Asks for the art at `relative` ahead of its first use (see `preload`).
    pub fn preload(&mut self, relative: Option<&str>, want: (u32, u32)) {
        if let Some(relative) = relative {
            let path = self.dir.join(relative);
            self.loader
                .request(&path, Want::picture(&path, want), false);
        }
    }

    /// Releases the pictures `in_use` does not keep (interface pictures stay; see
    /// `eviction`): dropping the last handle frees the texture. Returns how many.
    pub fn release_unused(&mut self, in_use: &InUse) -> usize {
        let interface: HashSet<PathBuf> = self
            .interface
            .values()
            .flatten()
            .map(|r| self.path_of(r))
            .collect();
        let loaded = self.stored.iter().filter_map(|(path, stored)| {
            let story_art = matches!(stored, Stored::Texture(_)) && !interface.contains(path);
            story_art.then_some(path)
        });
        let released = eviction::released(loaded, in_use);
        for path in &released {
            self.stored.remove(path);
            self.loader.forget(path);
        }
        released.len()
    }

    /// The path of a file under the assets folder, as `InUse` names it.
    pub fn path_of(&self, relative: &str) -> PathBuf {
        self.dir.join(relative)
    }

    /// Uploads pictures the loader finished: at least one, then more while within `budget`.
    /// Returns how many.
    pub fn receive(&mut self, budget: Duration) -> usize {
        let started = Instant::now();
        let mut count = 0;
        while let Some(loaded) = self.loader.try_receive() {
            self.store(loaded);
            count += 1;
            if started.elapsed() >= budget {
                break;
            }
        }
        count
    }

    /// Waits for everything asked for and uploads it (screenshots want every picture).
    pub fn finish_loading(&mut self) {
        while let Some(loaded) = self.loader.receive() {
            self.store(loaded);
        }
    }

    /// Whether pictures are still on their way.
    pub fn busy(&self) -> bool {
        self.loader.busy()
    }

    fn store(&mut self, loaded: Loaded) {
        let problem = match loaded.content {
            Ok(Content::Image(image)) => {
                let texture = Texture2D::from_image(&image);
                self.stored.insert(loaded.path, Stored::Texture(texture));
                return;
            }
            Ok(Content::Bytes(_)) => format!("{}: not a picture", loaded.path.display()),
            Err(e) if e.names_file() => e.to_string(),
            Err(e) => format!("{}: {e}", loaded.path.display()),
        };
        self.warn_once(&loaded.path, &format!("{problem}; showing a placeholder"));
        // A picture rasterised before at another size stays.
        self.stored.entry(loaded.path).or_insert(Stored::Broken);
    }

    /// An optional interface picture, `ui/<name>.svg` (or `.png`) under the assets folder:
    /// `None` when the story has none or it is broken (the player then draws its own), or while
    /// it loads (see `frame_ready`).
    pub fn frame(&mut self, name: &str, want: (u32, u32)) -> Option<Texture2D> {
        match self.frame_art(name, want)? {
            Art::Texture(texture) => Some(texture),
            Art::Missing { .. } | Art::Loading => None,
        }
    }

    /// False while an interface picture the story has is still loading: a screen that draws
    /// it waits rather than show its own stand-in for a few frames.
    pub fn frame_ready(&mut self, name: &str, want: (u32, u32)) -> bool {
        !matches!(self.frame_art(name, want), Some(Art::Loading))
    }

    /// A frame a look declares (`file` under the assets folder): as `frame`, `None` when the
    /// look has none or it is broken, or while it loads.
    pub fn look_frame(&mut self, file: Option<&str>, want: (u32, u32)) -> Option<Texture2D> {
        match self.art(Some(file?), file?, want) {
            Art::Texture(texture) => Some(texture),
            Art::Missing { .. } | Art::Loading => None,
        }
    }

    /// False while a frame a look declares is still loading.
    pub fn look_frame_ready(&mut self, file: Option<&str>, want: (u32, u32)) -> bool {
        file.is_none_or(|f| !matches!(self.art(Some(f), f, want), Art::Loading))
    }

    fn frame_art(&mut self, name: &str, want: (u32, u32)) -> Option<Art> {
        let found = match self.interface.get(name) {
            Some(found) => found.clone()?,
            None => {
                let found = ["svg", "png"]
                    .iter()
                    .map(|ext| format!("ui/{name}.{ext}"))
                    .find(|r| self.dir.join(r).is_file());
                self.interface.insert(name.to_string(), found.clone());
                found?
            }
        };
        Some(self.art(Some(&found), name, want))
    }

    fn warn_once(&mut self, key: &Path, message: &str) {
        if self.warned.insert(key.to_path_buf()) {
            log::warn!("{message}");
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

#[cfg(test)]
mod tests {
    use super::mostly_japanese;

    #[test]
    fn a_line_is_japanese_when_most_of_its_letters_are() {
        assert!(mostly_japanese("「ハンドラー・ワン、きこえますか。」"));
        assert!(mostly_japanese("ジャガーノートのパイロットはSpearhead"));
        assert!(!mostly_japanese("Handler One, ハンドラ"));
        assert!(!mostly_japanese("5 \u{20ac}"));
    }
}
