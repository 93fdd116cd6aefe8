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
/// The easier-to-read font a reader may choose for the dialogue (OpenDyslexic; CC BY 3.0 and
/// the Bitstream Vera licence, in assets/fonts/LICENSE-OpenDyslexic.txt). Latin script only.
const READABLE: [&[u8]; 2] = [
    include_bytes!("../../../assets/fonts/OpenDyslexic-Regular.otf"),
    include_bytes!("../../../assets/fonts/OpenDyslexic-Bold.otf"),
];

/// The fonts text is drawn with. A string is drawn, measured and wrapped in one font: DejaVu
/// when it has every character of the string, else the Japanese font (so a line never mixes
/// two fonts' metrics, and a glyph missing from DejaVu never leaves a blank).
pub struct Fonts {
    pub regular: Font,
    pub bold: Font,
    /// Loaded the first time a string needs it: most readers never do, and it holds about
    /// 7 MB (every glyph's outline, and an atlas). `None` inside only if the bundled file is
    /// corrupt; DejaVu is used for everything then.
    cjk: std::cell::OnceCell<Option<Font>>,
    latin: [ttf_parser::Face<'static>; 2],
    /// The easier-to-read font, regular and bold with their faces: loaded the first time a
    /// reader asks for it; `None` inside only if the bundled files are corrupt.
    readable: std::cell::OnceCell<Option<Box<Readable>>>,
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
        let latin = [
            ttf_parser::Face::parse(SANS, 0).ok()?,
            ttf_parser::Face::parse(SANS_BOLD, 0).ok()?,
        ];
        Some(Fonts {
            regular,
            bold,
            cjk: std::cell::OnceCell::new(),
            latin,
            readable: std::cell::OnceCell::new(),
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
        if latin_covers(face, text) {
            return font;
        }
        self.cjk().unwrap_or(font)
    }

    /// The font to draw dialogue `text` with when the reader asked for the easier-to-read
    /// font: it, if it has every character of `text`, else the font `pick` gives.
    pub fn pick_readable(&self, text: &str, bold: bool) -> &Font {
        let readable = self.readable.get_or_init(load_readable).as_deref();
        match readable {
            Some(r) if latin_covers(&r.faces[bold as usize], text) => &r.fonts[bold as usize],
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
