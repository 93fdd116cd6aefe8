//! The main loop: a stack of screens, the shared context they use, and frame pacing. The
//! window runs miniquad's blocking event loop: while nothing animates, the loop sleeps until
//! the reader does something, so an idle player costs no CPU.

use crate::assets::{Assets, Fonts, UPLOAD_BUDGET};
use crate::audio::Audio;
use crate::input::Input;
use crate::layout::View;
use crate::saves::Saves;
use crate::screens::{title::TitleScreen, Next, Screen};
pub use crate::settings::Settings;
use crate::theme::Theme;
use crate::timing::Timing;
use macroquad::prelude::*;
use spearhead_core::locale::Catalog;
use spearhead_core::story::{CharId, EndingId};
use spearhead_core::{ChoiceMenu, Line, Story, StoryState};
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// What every screen may use.
pub struct Ctx {
    pub story: &'static Story,
    pub assets: Assets,
    pub audio: Audio,
    pub fonts: Option<Fonts>,
    pub view: View,
    pub settings: Settings,
    /// `None` when saving is off (screenshots, or no data folder).
    pub saves: Option<Saves>,
    /// Keys of the lines read before (in any sitting): skip passes only these.
    pub seen: HashSet<String>,
    /// The language the story is shown in, when it is not the story's own (`--lang`).
    pub catalog: Option<Catalog>,
    /// The interface's strings in the language shown.
    pub ui: crate::ui::Ui,
    /// Set when the language changed, so the game shows its current line again.
    pub language_changed: bool,
    /// The game as it looked when a menu last opened over it (RGBA, width, height): the
    /// thumbnail of a save made from that menu.
    pub thumbnail: Option<(Vec<u8>, u32, u32)>,
    /// `SPEARHEAD_TIMING` reports; `None` when it is unset.
    pub timing: Option<Timing>,
    /// The look of the title screen and the menus (the story's `menu_look`).
    pub menu_theme: Theme,
}

impl Ctx {
    pub fn new(story: &'static Story, saves: Option<Saves>) -> Ctx {
        let fonts = Fonts::load();
        if fonts.is_none() {
            eprintln!("warning: the bundled fonts did not load; using the built-in font");
        }
        Ctx {
            story,
            assets: Assets::new(&story.assets_dir()),
            audio: Audio::new(&story.assets_dir()),
            fonts,
            view: View::fit(screen_width(), screen_height()),
            settings: saves
                .as_ref()
                .map_or_else(Settings::default, |s| Settings::load(s.dir())),
            seen: (saves.as_ref())
                .map(|s| s.read_seen().into_keys())
                .unwrap_or_default(),
            thumbnail: None,
            catalog: None,
            ui: crate::ui::Ui::new(Some(story), story.default_locale()),
            language_changed: false,
            timing: Timing::from_env(),
            menu_theme: Theme::from(story.menu_look()),
            saves,
        }
    }

    /// One frame's loading work on the main thread: uploads pictures the loader finished (a
    /// bounded amount) and takes the sound files it read.
    pub fn load_step(&mut self) {
        let started = Instant::now();
        self.assets.receive(UPLOAD_BUDGET);
        self.audio.receive();
        self.note_loading(started.elapsed());
    }

    /// Whether art or sound asked for is still on its way (frames keep coming until it is in).
    pub fn loading(&self) -> bool {
        self.assets.busy() || self.audio.busy()
    }

    /// Main-thread time spent on loading pictures, for `SPEARHEAD_TIMING`.
    pub fn note_loading(&mut self, spent: Duration) {
        if let Some(timing) = self.timing.as_mut() {
            timing.loading(spent);
        }
    }

    /// A frame was drawn: `moving` while anything on screen moves, `waiting` while the screen
    /// holds its picture for art still loading (see `Timing::frame`).
    pub fn frame_done(&mut self, moving: bool, waiting: bool) {
        let loading = self.loading();
        if let Some(timing) = self.timing.as_mut() {
            timing.frame(moving, waiting, loading);
        }
    }

    /// The font to draw `text` with (see `Fonts::pick`); `None` is macroquad's built-in font.
    pub fn font(&self, text: &str, bold: bool) -> Option<&Font> {
        crate::assets::font_for(self.fonts.as_ref(), text, bold)
    }

    /// The menus' button frames (normal and hover), if their look has both.
    pub fn button_frames(&mut self) -> Option<(Texture2D, Texture2D)> {
        let want = self.button_size();
        let frames = &self.menu_theme.frames;
        let normal = self.assets.look_frame(frames.button.as_deref(), want)?;
        let hover = (self.assets).look_frame(frames.button_hover.as_deref(), want)?;
        Some((normal, hover))
    }

    /// False while the menus' button frames are still loading.
    pub fn button_frames_ready(&mut self) -> bool {
        let want = self.button_size();
        let frames = &self.menu_theme.frames;
        let normal = (self.assets).look_frame_ready(frames.button.as_deref(), want);
        let hover = (self.assets).look_frame_ready(frames.button_hover.as_deref(), want);
        normal && hover
    }

    fn button_size(&self) -> (u32, u32) {
        let b = crate::layout::TITLE_BUTTON;
        self.view.pixels(b.x, b.y)
    }

    pub fn autosave(&self, state: &StoryState) {
        self.save_slot("auto", state);
    }

    /// Saves to `slot`; a failure is logged, the game goes on.
    pub fn save_slot(&self, slot: &str, state: &StoryState) {
        if let Some(saves) = &self.saves {
            if let Err(e) = saves.write(slot, self.story, state) {
                eprintln!("warning: saving to {slot} failed: {e}");
            }
        }
    }

    /// Shows the story in `lang` (a folder under its locales folder); problems are warnings
    /// and the story's own language stands in for what is missing.
    pub fn set_language(&mut self, lang: &str) {
        self.language_changed = true;
        if lang.is_empty() || lang == self.story.default_locale() {
            self.catalog = None;
            self.ui = crate::ui::Ui::new(Some(self.story), self.story.default_locale());
            return;
        }
        self.ui = crate::ui::Ui::new(Some(self.story), lang);
        match Catalog::for_story(self.story, lang) {
            Ok(catalog) => {
                for warning in catalog.take_warnings() {
                    eprintln!("warning: {warning}");
                }
                self.catalog = Some(catalog);
            }
            Err(e) => eprintln!("warning: language {lang}: {e}"),
        }
    }

    /// The language shown: a locale tag.
    pub fn language(&self) -> &str {
        self.catalog
            .as_ref()
            .map_or(self.story.default_locale(), |c| c.locale())
    }

    /// The languages the story can be shown in.
    pub fn languages(&self) -> Vec<String> {
        let source = self.story.default_locale();
        spearhead_core::locale::choose::available(&self.story.locales_dir(), source)
            .unwrap_or_else(|_| vec![source.to_string()])
    }

    /// A line's text in the language shown.
    pub fn line_text(&self, state: &StoryState, line: &Line) -> String {
        self.catalog
            .as_ref()
            .map_or_else(|| line.text.clone(), |c| c.line(self.story, state, line))
    }

    /// A choice menu in the language shown.
    pub fn choice_menu(&self, state: &StoryState, menu: &ChoiceMenu) -> ChoiceMenu {
        self.catalog
            .as_ref()
            .map_or_else(|| menu.clone(), |c| c.choice(self.story, state, menu))
    }

    /// A character's name in the language shown.
    pub fn character_name(&self, character: CharId) -> String {
        let own = || self.story.characters[character].name.clone();
        self.catalog
            .as_ref()
            .map_or_else(own, |c| c.character(self.story, character))
    }

    /// An ending's title in the language shown.
    pub fn ending_title(&self, ending: EndingId) -> String {
        let own = || self.story.endings[ending].title.clone();
        self.catalog
            .as_ref()
            .map_or_else(own, |c| c.ending(self.story, ending))
    }

    /// A scene's title in the language shown (`None` when it has no title).
    pub fn scene_title(&self, scene: spearhead_core::story::SceneId) -> Option<String> {
        let own = || self.story.scene(scene).title.clone();
        self.catalog
            .as_ref()
            .map_or_else(own, |c| c.scene_title(self.story, scene))
    }

    /// Chapter `id`'s title in the language shown (the ID itself if no script declares it,
    /// as for a save from an older version of the story).
    pub fn chapter_title(&self, id: &str) -> String {
        let Some(written) = self.story.chapter_title(id) else {
            return id.to_string();
        };
        self.catalog
            .as_ref()
            .map_or_else(|| written.to_string(), |c| c.chapter_title(id, written))
    }

    /// An ending's description (story.toml) in the language shown.
    pub fn ending_description(&self, ending: EndingId) -> String {
        let id = &self.story.endings[ending].id;
        let own = || self.story.ending_description(ending).to_string();
        let message = format!(
            "{}-description",
            spearhead_core::locale::ending_title_id(id)
        );
        self.catalog
            .as_ref()
            .and_then(|c| c.message(&message, None))
            .unwrap_or_else(own)
    }

    /// Keeps the settings and applies the volumes and full screen.
    pub fn apply_settings(&mut self) {
        self.audio
            .set_volumes(self.settings.music_volume, self.settings.sound_volume);
        set_fullscreen(self.settings.fullscreen);
        if let Some(saves) = &self.saves {
            if let Err(e) = self.settings.store(saves.dir()) {
                eprintln!("warning: could not keep the settings: {e}");
            }
        }
    }

    /// Writes the seen lines to the save folder (at quit and at scene changes).
    pub fn keep_seen(&self) {
        if let Some(saves) = &self.saves {
            if let Err(e) = saves.write_seen(&self.seen) {
                eprintln!("warning: could not keep the seen lines: {e}");
            }
        }
    }

    /// After an ending, Continue has nothing to go on with.
    pub fn forget_autosave(&self) {
        if let Some(saves) = &self.saves {
            saves.remove("auto");
        }
    }
}

/// Draws the stack: the top screen and, under an overlay, the screens below it.
pub fn draw_stack(stack: &mut [Box<dyn Screen>], ctx: &mut Ctx) {
    clear_background(BLACK);
    if ctx.view.scale < 0.05 {
        // A window shrunk to almost nothing (or minimised): text would be 0 pixels high.
        return;
    }
    let first = stack.iter().rposition(|s| !s.is_overlay()).unwrap_or(0);
    for screen in &mut stack[first..] {
        screen.draw(ctx);
    }
}

/// The shortest time between two animated frames.
const FRAME: Duration = Duration::from_micros(16_667);

/// Thumbnail size for saves.
pub const THUMBNAIL: (u32, u32) = (320, 180);

/// Draws the stack as it is and keeps a small copy of the frame in `ctx.thumbnail`.
pub fn capture_thumbnail(stack: &mut [Box<dyn Screen>], ctx: &mut Ctx) {
    draw_stack(stack, ctx);
    let frame = get_screen_data();
    ctx.thumbnail = Some(shrink(&frame, &ctx.view, THUMBNAIL));
}

/// The view's part of a frame from `get_screen_data` (rows bottom-up), averaged down to `size`.
fn shrink(frame: &Image, view: &View, size: (u32, u32)) -> (Vec<u8>, u32, u32) {
    let (fw, fh) = (frame.width as usize, frame.height as usize);
    let area = view.rect(crate::layout::Rect::new(
        0.0,
        0.0,
        crate::layout::WIDTH,
        crate::layout::HEIGHT,
    ));
    let (tw, th) = (size.0 as usize, size.1 as usize);
    let mut out = Vec::with_capacity(tw * th * 4);
    for ty in 0..th {
        for tx in 0..tw {
            // Average a 2x2 grid of samples inside the source cell.
            let mut sum = [0u32; 4];
            for (sx, sy) in [(0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)] {
                let x = (area.x + (tx as f32 + sx) * area.w / tw as f32) as usize;
                let y = (area.y + (ty as f32 + sy) * area.h / th as f32) as usize;
                let (x, y) = (x.min(fw.saturating_sub(1)), y.min(fh.saturating_sub(1)));
                let i = ((fh - 1 - y) * fw + x) * 4;
                let pixel = frame.bytes.get(i..i + 4).unwrap_or(&[0; 4]);
                for (total, &value) in sum.iter_mut().zip(pixel) {
                    *total += value as u32;
                }
            }
            out.extend([
                (sum[0] / 4) as u8,
                (sum[1] / 4) as u8,
                (sum[2] / 4) as u8,
                255,
            ]);
        }
    }
    (out, size.0, size.1)
}

/// Plays until the reader quits.
pub async fn run(mut ctx: Ctx) {
    prevent_quit();
    let mut stack: Vec<Box<dyn Screen>> = vec![Box::new(TitleScreen::new(&mut ctx))];
    // Where the pointer starts is not a move (it would select whatever button lies under it).
    let (mx, my) = mouse_position();
    let mut last_mouse = View::fit(screen_width(), screen_height()).to_virtual(vec2(mx, my));
    let mut was_animating = true;
    ctx.audio
        .set_volumes(ctx.settings.music_volume, ctx.settings.sound_volume);
    if ctx.settings.fullscreen {
        set_fullscreen(true);
    }
    let mut frame_start = Instant::now();
    loop {
        ctx.view = View::fit(screen_width(), screen_height());
        let input = Input::gather(&ctx.view, last_mouse);
        last_mouse = input.mouse;
        // After an idle wait the frame time is the whole wait; animations start from here.
        let dt = if was_animating {
            get_frame_time().min(0.1)
        } else {
            0.0
        };

        if input.pressed(KeyCode::F11)
            || (input.pressed(KeyCode::Enter)
                && (is_key_down(KeyCode::LeftAlt) || is_key_down(KeyCode::RightAlt)))
        {
            ctx.settings.fullscreen = !ctx.settings.fullscreen;
            ctx.apply_settings();
        }

        ctx.load_step();
        let Some(top) = stack.last_mut() else { break };
        let next = if is_quit_requested() {
            Next::Quit
        } else {
            top.update(&mut ctx, &input, dt)
        };
        match next {
            Next::Stay => {}
            Next::Push(screen) => {
                if stack.last().is_some_and(|s| !s.is_overlay()) {
                    capture_thumbnail(&mut stack, &mut ctx);
                }
                stack.push(screen);
            }
            Next::Pop => {
                if let Some(mut closed) = stack.pop() {
                    closed.on_close(&mut ctx);
                }
                if let Some(top) = stack.last_mut() {
                    top.on_uncovered(&mut ctx);
                }
            }
            Next::Reset(screen) => {
                for mut closed in stack.drain(..).rev() {
                    closed.on_close(&mut ctx);
                }
                stack.push(screen);
            }
            Next::Quit => {
                for mut closed in stack.drain(..).rev() {
                    closed.on_close(&mut ctx);
                }
                break;
            }
        }
        if stack.is_empty() {
            break;
        }

        let fading = ctx.audio.update(dt);
        draw_stack(&mut stack, &mut ctx);
        let moving = fading || stack.iter().any(|s| s.animating());
        let waiting = stack.iter().any(|s| s.waiting());
        was_animating = moving || ctx.loading();
        if was_animating {
            // Without this the blocking event loop would sleep until the next input.
            macroquad::miniquad::window::schedule_update();
            // Where there is no vsync (some drivers, virtual displays) animations would run
            // as fast as the CPU allows; 60 frames a second is plenty for a novel.
            let spent = frame_start.elapsed();
            if spent < FRAME {
                std::thread::sleep(FRAME - spent);
            }
        }
        ctx.frame_done(moving, waiting);
        next_frame().await;
        frame_start = Instant::now();
    }
}
