//! The save and load screens: 24 numbered slots in two pages, each with a thumbnail of the frame,
//! the date and time, chapter and scene. Saving over a slot asks first; a damaged slot shows as
//! such and the others still load.

use super::confirm::{Answer, Dialog, Question};
use super::game::GameScreen;
use super::{Next, Screen};
use crate::actions::Action;
use crate::assets::{draw_stretched, measure};
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{self, Rect, SLOTS_PER_PAGE, SLOT_PAGES, WIDTH};
use crate::loader;
use crate::saves::{Saves, Slot, SlotError};
use crate::stage::{fill, stripes};
use macroquad::prelude::*;
use spearhead_core::files::FileError;
use spearhead_core::{SaveError, StoryState};

pub enum Mode {
    /// Saving this state (with the thumbnail taken when the menu opened).
    Save(StoryState),
    Load,
}

pub struct SaveLoad {
    mode: Mode,
    page: usize,
    slots: Vec<Slot>,
    thumbnails: Vec<Thumbnail>,
    hovered: Option<usize>,
    /// What waits for a yes, with the question asked.
    confirm: Option<(Pending, Dialog)>,
    /// Opened over a game in progress: loading asks first.
    over_a_game: bool,
}

/// What a yes to the question on screen does.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pending {
    /// Save over slot `index` (0-based over all pages).
    Overwrite(usize),
    /// Load this slot, leaving the game in progress.
    Load(String),
}

impl SaveLoad {
    pub fn new(ctx: &Ctx, mode: Mode) -> SaveLoad {
        let mut screen = SaveLoad {
            mode,
            page: 0,
            slots: Vec::new(),
            thumbnails: Vec::new(),
            hovered: None,
            confirm: None,
            over_a_game: false,
        };
        screen.refresh(ctx);
        screen
    }

    /// Reads every slot's summary and thumbnail again (after a save).
    fn refresh(&mut self, ctx: &Ctx) {
        let total = SLOTS_PER_PAGE * SLOT_PAGES;
        self.slots = (1..=total)
            .map(|n| {
                ctx.saves
                    .as_ref()
                    .map_or(Slot::Empty, |s| s.summary(&Saves::slot_name(n), ctx.story))
            })
            .collect();
        self.thumbnails = self
            .slots
            .iter()
            .map(|slot| match slot {
                Slot::Saved(s) => s
                    .thumbnail
                    .as_deref()
                    .map_or(Thumbnail::None, load_thumbnail),
                _ => Thumbnail::None,
            })
            .collect();
    }

    /// The same screen opened over a game in progress (the game menu's Load): loading a slot
    /// asks first, as the game's progress since its last save would be lost.
    pub fn over_a_game(self) -> SaveLoad {
        SaveLoad {
            over_a_game: true,
            ..self
        }
    }

    /// Does what the question asked about, after a yes.
    fn carry_out(&mut self, ctx: &mut Ctx, pending: Pending) -> Next {
        match pending {
            Pending::Overwrite(index) => self.save(ctx, index),
            Pending::Load(slot) => return load(ctx, &slot),
        }
        Next::Stay
    }

    fn is_save(&self) -> bool {
        matches!(self.mode, Mode::Save(_))
    }

    /// Saves to slot `index` (0-based over all pages).
    fn save(&mut self, ctx: &mut Ctx, index: usize) {
        let Mode::Save(state) = &self.mode else {
            return;
        };
        if let Some(saves) = &ctx.saves {
            let thumbnail = ctx
                .thumbnail
                .as_ref()
                .map(|(rgba, w, h)| (rgba.as_slice(), *w, *h));
            if let Err(e) = saves.write_with_thumbnail(
                &Saves::slot_name(index + 1),
                ctx.story,
                state,
                thumbnail,
            ) {
                log::warn!("saving to slot {} failed: {e}", index + 1);
            }
        }
        self.refresh(ctx);
    }
}

/// A slot's picture of the game as it was saved.
enum Thumbnail {
    /// The slot has none (saved without one).
    None,
    Picture(Texture2D),
    /// Unreadable, too large or not a picture: a stand-in is drawn (the save still loads).
    Broken,
}

/// A slot's thumbnail as a texture; a broken one is logged.
fn load_thumbnail(path: &std::path::Path) -> Thumbnail {
    match loader::load_thumbnail(path) {
        Ok(image) => Thumbnail::Picture(Texture2D::from_image(&image)),
        Err(e) => {
            log::warn!("thumbnail {}: {e}; showing a stand-in", path.display());
            Thumbnail::Broken
        }
    }
}

/// The interface string that says why a slot cannot be loaded.
fn reason_id(reason: &SlotError) -> &'static str {
    match reason {
        SlotError::File(FileError::TooLarge { .. }) => "save-damaged-too-large",
        SlotError::File(FileError::NotText { .. }) => "save-damaged-corrupt",
        SlotError::File(_) => "save-damaged-unreadable",
        SlotError::Save { source, .. } => match source {
            SaveError::Corrupt(_) | SaveError::TooManyCalls { .. } => "save-damaged-corrupt",
            SaveError::TooNew { .. } => "save-damaged-newer",
            SaveError::TooOld { .. } => "save-damaged-older",
            SaveError::OtherStory { .. } => "save-damaged-other-story",
            SaveError::SceneGone(_) | SaveError::EndingGone(_) => "save-damaged-story-changed",
        },
    }
}

impl Screen for SaveLoad {
    fn update(&mut self, ctx: &mut Ctx, input: &Input, _dt: f32) -> Next {
        if let Some((pending, dialog)) = &mut self.confirm {
            let answer = dialog.update(input);
            let pending = pending.clone();
            if answer.is_some() {
                self.confirm = None;
            }
            if answer == Some(Answer::Yes) {
                return self.carry_out(ctx, pending);
            }
            return Next::Stay;
        }
        if input.did(Action::Back) {
            return Next::Pop;
        }
        if input.did(Action::NextPage) {
            self.page = (self.page + 1) % SLOT_PAGES;
        }
        if input.did(Action::PreviousPage) {
            self.page = (self.page + SLOT_PAGES - 1) % SLOT_PAGES;
        }
        self.hovered = (0..SLOTS_PER_PAGE).find(|&i| layout::slot_rect(i).contains(input.mouse));
        let Some(on_page) = self.hovered.filter(|_| input.click) else {
            return Next::Stay;
        };
        let index = self.page * SLOTS_PER_PAGE + on_page;
        match (&self.mode, &self.slots[index]) {
            (Mode::Save(_), Slot::Empty) => self.save(ctx, index),
            (Mode::Save(_), _) => {
                let question = Question::about_slot("confirm-overwrite", index + 1);
                self.confirm = Some((Pending::Overwrite(index), Dialog::new(question)));
            }
            (Mode::Load, Slot::Saved(_)) => {
                let slot = Saves::slot_name(index + 1);
                if !self.over_a_game {
                    return load(ctx, &slot);
                }
                let question = Question::new("confirm-load");
                self.confirm = Some((Pending::Load(slot), Dialog::new(question)));
            }
            (Mode::Load, _) => {}
        }
        Next::Stay
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        let view = ctx.view;
        let theme = ctx.menu_theme.clone();
        super::page_backdrop(&view);
        let text = |s: &str, x: f32, y: f32, size: f32, color: Color, bold: bool| {
            super::page_text(ctx, s, (x, y), size, color, bold)
        };
        let ui = &ctx.ui;
        let title = ui.get(if self.is_save() {
            "save-heading"
        } else {
            "load-heading"
        });
        text(&title, 70.0, 64.0, 34.0, theme.text, true);
        let pages = ui.with(
            "save-page-of",
            &[
                ("page", (self.page + 1).into()),
                ("pages", SLOT_PAGES.into()),
            ],
        );
        // Right-aligned, whatever its length in the language shown.
        let pages = format!("{pages}   \u{2190} \u{2192}");
        let size = view.len(22.0) as u16;
        let width = measure(&pages, ctx.font(&pages, false), size as f32).width / view.scale;
        text(
            &pages,
            WIDTH - 70.0 - width,
            64.0,
            22.0,
            theme.option_disabled_text,
            false,
        );
        // A label centred in a slot's thumbnail.
        let centred = |s: &str, area: Rect, size: f32, color: Color, bold: bool| {
            let px = view.len(size) as u16;
            let width = measure(s, ctx.font(s, bold), px as f32).width / view.scale;
            text(
                s,
                area.x + (area.w - width) / 2.0,
                area.y + 70.0,
                size,
                color,
                bold,
            );
        };

        for i in 0..SLOTS_PER_PAGE {
            let index = self.page * SLOTS_PER_PAGE + i;
            let rect = layout::slot_rect(i);
            let hovered = self.hovered == Some(i);
            fill(
                &view,
                rect,
                if hovered {
                    theme.option_hover
                } else {
                    theme.option
                },
            );
            let thumb = layout::slot_thumbnail(rect);
            fill(&view, thumb, Color::new(0.0, 0.0, 0.0, 0.6));
            let label_y = rect.y + 156.0;
            // The slot's number, centred in the strip right of the thumbnail ("12" fills it).
            let number = format!("{}", index + 1);
            let width = measure(&number, ctx.font(&number, true), 22.0).width;
            text(
                &number,
                thumb.right() + (rect.right() - thumb.right() - width) / 2.0,
                rect.y + 30.0,
                22.0,
                theme.text,
                true,
            );
            match &self.slots[index] {
                Slot::Empty => {
                    centred(
                        &ui.get("save-empty-slot"),
                        thumb,
                        20.0,
                        theme.option_disabled_text,
                        false,
                    );
                }
                Slot::Damaged { when, reason } => {
                    centred(&ui.get("save-damaged"), thumb, 20.0, theme.accent, true);
                    text(
                        when,
                        rect.x + 8.0,
                        label_y,
                        15.0,
                        theme.option_disabled_text,
                        false,
                    );
                    text(
                        &shorten(&ui.get(reason_id(reason)), 34),
                        rect.x + 8.0,
                        label_y + 22.0,
                        15.0,
                        theme.accent,
                        false,
                    );
                }
                Slot::Saved(summary) => {
                    match &self.thumbnails[index] {
                        Thumbnail::Picture(texture) => draw_stretched(&view, texture, thumb, WHITE),
                        Thumbnail::Broken => stripes(&view, thumb, 1.0),
                        Thumbnail::None => {}
                    }
                    text(
                        &summary.when,
                        rect.x + 8.0,
                        label_y,
                        15.0,
                        theme.option_text,
                        false,
                    );
                    let scene = ctx
                        .text
                        .scene_title(summary.scene_id)
                        .unwrap_or_else(|| summary.scene.clone());
                    let place = match &summary.chapter {
                        Some(chapter) => ui.with(
                            "save-slot-place",
                            &[
                                ("chapter", ctx.text.chapter_title(chapter).into()),
                                ("scene", scene.into()),
                            ],
                        ),
                        None => scene,
                    };
                    text(
                        &shorten(&place, 34),
                        rect.x + 8.0,
                        label_y + 22.0,
                        15.0,
                        theme.option_disabled_text,
                        false,
                    );
                }
            }
        }

        if let Some((_, dialog)) = &self.confirm {
            dialog.draw(ctx);
        }
    }

    fn animating(&self) -> bool {
        false
    }

    fn is_overlay(&self) -> bool {
        true
    }
}

/// The game saved in `slot`, in place of everything on the stack; a slot that will not load
/// is logged and the screen stays.
fn load(ctx: &mut Ctx, slot: &str) -> Next {
    match GameScreen::load_slot(ctx, slot) {
        Ok(game) => Next::Reset(Box::new(game)),
        Err(e) => {
            log::warn!("{e}");
            Next::Stay
        }
    }
}

/// `s` cut to `max` characters with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max - 1).chain(['\u{2026}']).collect()
    }
}
