//! The save and load screens: the Auto and Quick pages (the autosave and the quick save) beside
//! 24 numbered slots in two pages (`save_pages`), each with a thumbnail of the frame, the date
//! and time, chapter and scene. Saving over a slot, deleting one (Delete, or its x) and loading
//! over a game in progress ask first; a damaged slot shows as such, the others still load, and
//! it can be deleted. Arrows move the focus over the slots and across to the next pages,
//! Page Up/Down turn pages, Enter takes the focused slot; the mouse hovers, clicks and picks tabs.

use super::confirm::{Answer, Dialog, Question};
use super::game::GameScreen;
use super::save_pages::{self, FIRST_NUMBERED, PAGES};
use super::{Next, Screen};
use crate::actions::Action;
use crate::assets::{draw_stretched, measure};
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{self, Rect, WIDTH};
use crate::loader;
use crate::narration::Spoken;
use crate::saves::{Slot, SlotError, Summary};
use crate::stage::{fill, stripes};
use crate::thumbnail::Thumbnail;
use crate::ui::Ui;
use crate::widgets::fit_width;
use macroquad::prelude::*;
use spearhead_core::files::FileError;
use spearhead_core::{SaveError, StoryState};

pub enum Mode {
    /// Saving this state, with the picture of the game when the menu opened (its thumbnail).
    Save {
        state: Box<StoryState>,
        picture: Option<Thumbnail>,
    },
    Load,
}

pub struct SaveLoad {
    mode: Mode,
    /// The page shown (`save_pages`: Auto, Quick, then the numbered ones).
    page: usize,
    /// Every slot (`save_pages::slot_names`, in the same order) and its thumbnail.
    slots: Vec<Slot>,
    thumbnails: Vec<SlotPicture>,
    /// The place on the page the keyboard (or the pointer, last) is on.
    focus: usize,
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
    /// Delete this slot (an index into `save_pages::slot_names`).
    Delete(usize),
}

impl SaveLoad {
    pub fn new(ctx: &Ctx, mode: Mode) -> SaveLoad {
        let mut screen = SaveLoad {
            mode,
            page: FIRST_NUMBERED,
            slots: Vec::new(),
            thumbnails: Vec::new(),
            focus: 0,
            confirm: None,
            over_a_game: false,
        };
        screen.refresh(ctx);
        screen
    }

    /// Reads every slot's summary and thumbnail again (after a save).
    fn refresh(&mut self, ctx: &Ctx) {
        self.slots = save_pages::slot_names()
            .iter()
            .map(|name| {
                (ctx.services.saves.as_ref()).map_or(Slot::Empty, |s| s.summary(name, ctx.story))
            })
            .collect();
        self.thumbnails = self
            .slots
            .iter()
            .map(|slot| match slot {
                Slot::Saved(s) => s
                    .thumbnail
                    .as_deref()
                    .map_or(SlotPicture::None, load_thumbnail),
                _ => SlotPicture::None,
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
            Pending::Delete(slot) => {
                let name = &save_pages::slot_names()[slot];
                if let Some(Err(e)) = ctx.services.saves.as_ref().map(|s| s.delete(name)) {
                    log::warn!("deleting save {name} failed: {e}");
                }
                self.refresh(ctx);
            }
        }
        Next::Stay
    }

    /// Arrows move the focus over the page's slots and on to the pages either side; Page Up
    /// and Page Down turn the page.
    fn move_focus(&mut self, input: &Input) {
        let arrows = [
            (Action::Left, -1, 0),
            (Action::Right, 1, 0),
            (Action::FocusNext, 1, 0),
            (Action::Up, 0, -1),
            (Action::Down, 0, 1),
        ];
        for (action, dx, dy) in arrows {
            if input.did(action) {
                let (page, place) = save_pages::step(self.page, self.focus, dx, dy);
                self.turn_to(page, place);
            }
        }
        if input.did(Action::NextPage) {
            self.turn_to((self.page + 1) % PAGES, 0);
        }
        if input.did(Action::PreviousPage) {
            self.turn_to((self.page + PAGES - 1) % PAGES, 0);
        }
    }

    fn turn_to(&mut self, page: usize, place: usize) {
        self.page = page;
        self.focus = place.min(save_pages::places(page) - 1);
    }

    /// Takes slot `slot`: saves into it (asking first if it holds a save) or loads it (asking
    /// first over a game in progress). The autosave and quick save are only loaded.
    fn take(&mut self, ctx: &mut Ctx, slot: usize) -> Next {
        let number = save_pages::slot_number(slot);
        match (&self.mode, &self.slots[slot], number) {
            (Mode::Save { .. }, _, None) => {}
            (Mode::Save { .. }, Slot::Empty, Some(_)) => self.save(ctx, slot),
            (Mode::Save { .. }, _, Some(n)) => {
                let question = Question::about_slot("confirm-overwrite", n);
                self.confirm = Some((Pending::Overwrite(slot), Dialog::new(question)));
            }
            (Mode::Load, Slot::Saved(_), _) => {
                let name = save_pages::slot_names().swap_remove(slot);
                if !self.over_a_game {
                    return load(ctx, &name);
                }
                let question = Question::new("confirm-load");
                self.confirm = Some((Pending::Load(name), Dialog::new(question)));
            }
            (Mode::Load, _, _) => {}
        }
        Next::Stay
    }

    /// Asks before deleting slot `slot` (a damaged one too); an empty slot has nothing to lose.
    fn ask_to_delete(&mut self, slot: usize) {
        if matches!(self.slots[slot], Slot::Empty) {
            return;
        }
        let question = match save_pages::slot_number(slot) {
            Some(n) => Question::about_slot("confirm-delete", n),
            None => Question::new("confirm-delete-save"),
        };
        self.confirm = Some((Pending::Delete(slot), Dialog::new(question)));
    }

    fn is_save(&self) -> bool {
        matches!(self.mode, Mode::Save { .. })
    }

    fn heading(&self, ui: &Ui) -> String {
        ui.get(if self.is_save() {
            "save-heading"
        } else {
            "load-heading"
        })
    }

    /// What self-voicing says of slot `slot`: its number (the Auto and Quick pages' tab names
    /// theirs), then what it holds.
    fn describe_slot(&self, ctx: &Ctx, slot: usize) -> Vec<String> {
        let ui = &ctx.services.ui;
        let number =
            save_pages::slot_number(slot).map(|n| ui.with("save-slot", &[("slot", n.into())]));
        let held = match &self.slots[slot] {
            Slot::Empty => vec![ui.get("save-empty-slot")],
            Slot::Damaged { when, reason } => {
                vec![
                    ui.get("save-damaged"),
                    when.clone(),
                    ui.get(reason_id(reason)),
                ]
            }
            Slot::Saved(summary) => vec![summary.when.clone(), place(ctx, summary)],
        };
        number.into_iter().chain(held).collect()
    }

    /// Saves to slot `index` (into `save_pages::slot_names`).
    fn save(&mut self, ctx: &mut Ctx, index: usize) {
        let Mode::Save { state, picture } = &self.mode else {
            return;
        };
        let name = &save_pages::slot_names()[index];
        if let Some(saves) = &ctx.services.saves {
            let thumbnail = picture.as_ref().map(Thumbnail::parts);
            if let Err(e) = saves.write_with_thumbnail(name, ctx.story, state, thumbnail) {
                log::warn!("saving to {name} failed: {e}");
            }
        }
        self.refresh(ctx);
    }
}

/// A slot's picture of the game as it was saved.
enum SlotPicture {
    /// The slot has none (saved without one).
    None,
    Picture(Texture2D),
    /// Unreadable, too large or not a picture: a stand-in is drawn (the save still loads).
    Broken,
}

/// A slot's thumbnail as a texture; a broken one is logged.
fn load_thumbnail(path: &std::path::Path) -> SlotPicture {
    match loader::load_thumbnail(path) {
        Ok(image) => SlotPicture::Picture(Texture2D::from_image(&image)),
        Err(e) => {
            log::warn!("thumbnail {}: {e}; showing a stand-in", path.display());
            SlotPicture::Broken
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
        self.move_focus(input);
        let tab = (0..PAGES).find(|&p| tab_rect(p).contains(input.mouse));
        if let Some(page) = tab.filter(|_| input.click) {
            self.turn_to(page, 0);
            return Next::Stay;
        }
        let places = save_pages::places(self.page);
        let hovered = (0..places).find(|&i| layout::slot_rect(i).contains(input.mouse));
        if let Some(place) = hovered.filter(|_| input.mouse_moved || input.click) {
            self.focus = place;
        }
        let focused = save_pages::slot_at(self.page, self.focus);
        let on_delete = hovered.is_some_and(|i| delete_rect(i).contains(input.mouse));
        if input.did(Action::Delete) || (input.click && on_delete) {
            self.ask_to_delete(focused);
        } else if (input.click && hovered.is_some()) || input.did(Action::Confirm) {
            return self.take(ctx, focused);
        }
        Next::Stay
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        let view = ctx.services.view;
        let theme = ctx.menu_theme.clone();
        super::page_backdrop(&view, &theme);
        let text = |s: &str, x: f32, y: f32, size: f32, color: Color, bold: bool| {
            super::page_text(ctx, s, (x, y), size, color, bold)
        };
        let ui = &ctx.services.ui;
        let scale = ctx.services.text_scale();
        let room = tab_rect(0).x - 90.0;
        let heading = self.heading(ui);
        super::fitted_text(
            ctx,
            &heading,
            (70.0, 64.0),
            34.0 * scale,
            room,
            theme.text,
            true,
        );
        // The page tabs, right-aligned: Auto, Quick, then the numbered pages.
        for page in 0..PAGES {
            let r = tab_rect(page);
            let shown = page == self.page;
            fill(
                &view,
                r,
                if shown {
                    theme.option_hover
                } else {
                    theme.option
                },
            );
            let label = tab_label(ui, page);
            let font = ctx.services.font(&label, shown);
            let size = fit_width(&label, font, 20.0 * scale, r.w - 8.0);
            let width = measure(&label, font, size).width;
            let color = if shown {
                theme.text
            } else {
                theme.option_disabled_text
            };
            let at = (r.x + (r.w - width) / 2.0, r.y + 27.0);
            super::page_text(ctx, &label, at, size, color, shown);
        }
        // A label centred in a slot's thumbnail.
        let centred = |s: &str, area: Rect, size: f32, color: Color, bold: bool| {
            let px = view.len(size) as u16;
            let width = measure(s, ctx.services.font(s, bold), px as f32).width / view.scale;
            text(
                s,
                area.x + (area.w - width) / 2.0,
                area.y + 70.0,
                size,
                color,
                bold,
            );
        };

        for i in 0..save_pages::places(self.page) {
            let index = save_pages::slot_at(self.page, i);
            let rect = layout::slot_rect(i);
            let focused = self.focus == i && self.confirm.is_none();
            fill(
                &view,
                rect,
                if focused {
                    theme.option_hover
                } else {
                    theme.option
                },
            );
            if focused {
                // The focus mark: an outline in the accent colour, for keyboard readers.
                let r = view.rect(rect);
                draw_rectangle_lines(r.x, r.y, r.w, r.h, view.len(3.0), theme.accent);
            }
            let thumb = layout::slot_thumbnail(rect);
            fill(&view, thumb, Color::new(0.0, 0.0, 0.0, 0.6));
            let label_y = rect.y + 156.0;
            // The slot's number, centred in the strip right of the thumbnail ("12" fills it).
            let number = save_pages::slot_number(index).map_or(String::new(), |n| n.to_string());
            let width = measure(&number, ctx.services.font(&number, true), 22.0).width;
            text(
                &number,
                thumb.right() + (rect.right() - thumb.right() - width) / 2.0,
                rect.y + 30.0,
                22.0,
                theme.text,
                true,
            );
            if !matches!(self.slots[index], Slot::Empty) {
                let x = delete_rect(i);
                fill(&view, x, theme.option_disabled);
                text("\u{d7}", x.x + 7.0, x.y + 21.0, 22.0, theme.text, true);
            }
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
                        SlotPicture::Picture(texture) => {
                            draw_stretched(&view, texture, thumb, WHITE)
                        }
                        SlotPicture::Broken => stripes(&view, thumb, 1.0),
                        SlotPicture::None => {}
                    }
                    text(
                        &summary.when,
                        rect.x + 8.0,
                        label_y,
                        15.0,
                        theme.option_text,
                        false,
                    );
                    let place = place(ctx, summary);
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

        if let Some((_, dialog)) = &mut self.confirm {
            dialog.draw(ctx);
        }
    }

    fn animating(&self) -> bool {
        false
    }

    fn is_overlay(&self) -> bool {
        true
    }

    fn spoken(&self, ctx: &Ctx) -> Spoken {
        if let Some((_, dialog)) = &self.confirm {
            return dialog.spoken(ctx);
        }
        let slot = save_pages::slot_at(self.page, self.focus);
        Spoken::titled([
            self.heading(&ctx.services.ui),
            tab_label(&ctx.services.ui, self.page),
        ])
        .focused(self.describe_slot(ctx, slot))
    }
}

/// The name on page `page`'s tab.
fn tab_label(ui: &Ui, page: usize) -> String {
    match save_pages::tab(page) {
        (id, Some(n)) => ui.with(id, &[("page", n.into())]),
        (id, None) => ui.get(id),
    }
}

/// Where a saved game is: its chapter and scene, in the language shown.
fn place(ctx: &Ctx, summary: &Summary) -> String {
    let text = &ctx.services.text;
    let scene = (text.scene_title(summary.scene_id)).unwrap_or_else(|| summary.scene.clone());
    match &summary.chapter {
        Some(chapter) => ctx.services.ui.with(
            "save-slot-place",
            &[
                ("chapter", text.chapter_title(chapter).into()),
                ("scene", scene.into()),
            ],
        ),
        None => scene,
    }
}

/// Where page `page`'s tab sits, at the top right.
fn tab_rect(page: usize) -> Rect {
    const W: f32 = 120.0;
    let left = WIDTH - 70.0 - PAGES as f32 * (W + 8.0) + 8.0;
    Rect::new(left + page as f32 * (W + 8.0), 34.0, W, 40.0)
}

/// The delete button of the slot at place `place`: under its number, right of its picture.
fn delete_rect(place: usize) -> Rect {
    let slot = layout::slot_rect(place);
    let thumb = layout::slot_thumbnail(slot);
    let x = thumb.right() + (slot.right() - thumb.right() - 28.0) / 2.0;
    Rect::new(x, slot.y + 100.0, 28.0, 28.0)
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
