//! What every screen shares: the story, the services (art, sound, fonts, the view, saves,
//! settings, timing), the story's text in the language shown and the interface's strings. It
//! knows no screen: screens talk to each other through what `update` returns (`Next`).

use crate::assets::{Assets, UPLOAD_BUDGET};
use crate::audio::Audio;
use crate::fonts::{FontBook, Fonts};
use crate::layout::View;
use crate::saves::Saves;
pub use crate::settings::Settings;
use crate::speech::Voice;
use crate::theme::Theme;
use crate::timing::Timing;
use macroquad::prelude::*;
use spearhead_core::locale::StoryText;
use spearhead_core::{Story, StoryState};
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// What every screen may use: the story, the services, what the reader has read, and the look
/// of the menus. Nothing here belongs to one screen (a screen's own state, such as the picture a
/// save is made with, travels in what it returns).
pub struct Ctx {
    pub story: &'static Story,
    pub services: Services,
    /// Keys of the lines read before (in any sitting): skip passes only these.
    pub seen: HashSet<String>,
    /// The look of the title screen and the menus (the story's `menu_look`).
    pub menu_theme: Theme,
}

/// The services every screen draws on: art, sound, fonts, the view, saves, settings, the
/// story's text and the interface's strings in the language shown, and timing reports.
pub struct Services {
    pub assets: Assets,
    pub audio: Audio,
    /// The interface's fonts: the menu look's, else the bundled ones (`None`: macroquad's).
    pub fonts: Option<Fonts>,
    /// Every font, the bundled and those the story's looks name (the dialogue's come from here).
    pub font_book: FontBook,
    pub view: View,
    pub settings: Settings,
    /// `None` when saving is off (screenshots, or no data folder).
    pub saves: Option<Saves>,
    /// The story's text in the language shown (`--lang`, the settings).
    pub text: StoryText<'static>,
    /// The interface's strings in the language shown.
    pub ui: crate::ui::Ui,
    /// `SPEARHEAD_TIMING` reports; `None` when it is unset.
    pub timing: Option<Timing>,
    /// Self-voicing: silent unless the reader turned it on.
    pub voice: Voice,
}

impl Ctx {
    pub fn new(story: &'static Story, saves: Option<Saves>) -> Ctx {
        let menu_look = story.menu_look();
        let mut font_book = FontBook::new(&story.assets_dir());
        let fonts = font_book.interface(&menu_look.fonts);
        let seen = (saves.as_ref())
            .map(|s| s.read_seen().into_keys())
            .unwrap_or_default();
        let services = Services {
            assets: Assets::new(&story.assets_dir()),
            audio: Audio::new(&story.assets_dir()),
            fonts,
            font_book,
            view: View::fit(screen_width(), screen_height()),
            settings: saves
                .as_ref()
                .map_or_else(Settings::default, |s| Settings::load(s.dir())),
            text: StoryText::own(story),
            ui: crate::ui::Ui::new(Some(story), story.default_locale()),
            timing: Timing::from_env(),
            voice: Voice::default(),
            saves,
        };
        Ctx {
            story,
            services,
            seen,
            menu_theme: Theme::from(menu_look),
        }
    }

    /// The menus' button frames (normal and hover), if their look has both.
    pub fn button_frames(&mut self) -> Option<(Texture2D, Texture2D)> {
        let want = self.button_size();
        let frames = &self.menu_theme.frames;
        let normal = self
            .services
            .assets
            .look_frame(frames.button.as_deref(), want)?;
        let hover = (self.services.assets).look_frame(frames.button_hover.as_deref(), want)?;
        Some((normal, hover))
    }

    /// False while the menus' button frames are still loading.
    pub fn button_frames_ready(&mut self) -> bool {
        let want = self.button_size();
        let frames = &self.menu_theme.frames;
        let normal = (self.services.assets).look_frame_ready(frames.button.as_deref(), want);
        let hover = (self.services.assets).look_frame_ready(frames.button_hover.as_deref(), want);
        normal && hover
    }

    fn button_size(&self) -> (u32, u32) {
        let b = crate::layout::TITLE_BUTTON;
        self.services.view.pixels(b.x, b.y)
    }

    pub fn autosave(&self, state: &StoryState) {
        self.save_slot("auto", state);
    }

    /// Saves to `slot`; a failure is logged, the game goes on.
    pub fn save_slot(&self, slot: &str, state: &StoryState) {
        if let Some(saves) = &self.services.saves {
            if let Err(e) = saves.write(slot, self.story, state) {
                log::warn!("saving to {slot} failed: {e}");
            }
        }
    }

    /// Shows the story in `lang` (a folder under its locales folder); problems are warnings
    /// and the story's own language stands in for what is missing.
    pub fn set_language(&mut self, lang: &str) {
        let lang = if lang.is_empty() {
            self.story.default_locale()
        } else {
            lang
        };
        self.services.ui = crate::ui::Ui::new(Some(self.story), lang);
        if lang == self.story.default_locale() {
            self.services.text = StoryText::own(self.story);
            return;
        }
        match StoryText::in_locale(self.story, lang) {
            Ok(text) => {
                for warning in text.take_warnings() {
                    log::warn!("{warning}");
                }
                self.services.text = text;
            }
            Err(e) => {
                log::warn!("language {lang}: {e}");
                self.services.text = StoryText::own(self.story);
            }
        }
    }

    /// Shows `story` from now on (it was edited while playing): its text in the language
    /// shown, its interface strings, menu look and fonts.
    pub fn change_story(&mut self, story: &'static Story) {
        let lang = self.services.text.locale().to_string();
        self.story = story;
        let menu_look = story.menu_look();
        self.services.fonts = self.services.font_book.interface(&menu_look.fonts);
        self.menu_theme = Theme::from(menu_look);
        self.set_language(&lang);
    }

    /// The languages the story can be shown in.
    pub fn languages(&self) -> Vec<String> {
        let source = self.story.default_locale();
        spearhead_core::locale::choose::available(&self.story.locales_dir(), source)
            .unwrap_or_else(|_| vec![source.to_string()])
    }

    /// Writes the seen lines to the save folder (at quit and at scene changes).
    pub fn keep_seen(&self) {
        if let Some(saves) = &self.services.saves {
            if let Err(e) = saves.write_seen(&self.seen) {
                log::warn!("could not keep the seen lines: {e}");
            }
        }
    }
}

impl Services {
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
        crate::fonts::font_for(self.fonts.as_ref(), text, bold)
    }

    /// Keeps the settings and applies the volumes (none when muted), full screen and
    /// self-voicing.
    pub fn apply_settings(&mut self) {
        let (music, sound) = self.settings.volumes();
        self.audio.set_volumes(music, sound);
        set_fullscreen(self.settings.fullscreen);
        self.voice.turn(self.settings.self_voicing);
        if let Some(saves) = &self.saves {
            if let Err(e) = self.settings.store(saves.dir()) {
                log::warn!("could not keep the settings: {e}");
            }
        }
    }

    /// How much larger than the story's own the reader wants text (the accessibility text
    /// size): the dialogue, the choices, the history and the menus' labels follow it.
    pub fn text_scale(&self) -> f32 {
        f32::from(self.settings.text_size) / 100.0
    }

    /// After an ending, Continue has nothing to go on with.
    pub fn forget_autosave(&self) {
        if let Some(saves) = &self.saves {
            saves.remove("auto");
        }
    }
}
