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
    /// The title screen's pictures (files under the assets folder), never released: two
    /// whatever the story's length, and the reader comes back to the title screen at once.
    interface: HashSet<String>,
    warned: HashSet<PathBuf>,
}

impl Assets {
    pub fn new(dir: &Path) -> Assets {
        Assets {
            dir: dir.to_path_buf(),
            loader: Loader::new(dir),
            stored: HashMap::new(),
            interface: HashSet::new(),
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
        let interface: HashSet<PathBuf> = self.interface.iter().map(|r| self.path_of(r)).collect();
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

    /// A picture of the title screen the story's menu look names (`file` under the assets
    /// folder): as `look_frame`, and kept loaded through scene changes (the reader comes back
    /// to the title screen).
    pub fn title_art(&mut self, file: Option<&str>, want: (u32, u32)) -> Option<Texture2D> {
        self.keep(file);
        self.look_frame(file, want)
    }

    fn keep(&mut self, file: Option<&str>) {
        if let Some(file) = file.filter(|f| !self.interface.contains(*f)) {
            self.interface.insert(file.to_string());
        }
    }

    /// False while a picture of the title screen is still loading.
    pub fn title_art_ready(&mut self, file: Option<&str>, want: (u32, u32)) -> bool {
        self.keep(file);
        self.look_frame_ready(file, want)
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
