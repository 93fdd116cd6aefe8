//! The save and load screens: 24 numbered slots in two pages, each with a thumbnail of the frame,
//! the date and time, chapter and scene. Saving over a slot asks first; a damaged slot shows as
//! such and the others still load.

use super::game::GameScreen;
use super::{Next, Screen};
use crate::actions::Action;
use crate::assets::{draw_stretched, measure};
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{self, Rect, HEIGHT, SLOTS_PER_PAGE, SLOT_PAGES, WIDTH};
use crate::loader;
use crate::saves::{Saves, Slot, SlotError};
use crate::stage::{fill, stripes};
use crate::thumbnail::Thumbnail;
use crate::widgets::ButtonList;
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
    page: usize,
    slots: Vec<Slot>,
    thumbnails: Vec<SlotPicture>,
    hovered: Option<usize>,
    /// The slot waiting for "overwrite?" to be answered, with the yes/no buttons.
    confirm: Option<(usize, ButtonList)>,
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
        };
        screen.refresh(ctx);
        screen
    }

    /// Reads every slot's summary and thumbnail again (after a save).
    fn refresh(&mut self, ctx: &Ctx) {
        let total = SLOTS_PER_PAGE * SLOT_PAGES;
        self.slots = (1..=total)
            .map(|n| {
                ctx.services
                    .saves
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
                    .map_or(SlotPicture::None, load_thumbnail),
                _ => SlotPicture::None,
            })
            .collect();
    }

    fn is_save(&self) -> bool {
        matches!(self.mode, Mode::Save { .. })
    }

    /// Saves to slot `index` (0-based over all pages).
    fn save(&mut self, ctx: &mut Ctx, index: usize) {
        let Mode::Save { state, picture } = &self.mode else {
            return;
        };
        if let Some(saves) = &ctx.services.saves {
            let thumbnail = picture.as_ref().map(Thumbnail::parts);
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
        if let Some((index, buttons)) = &mut self.confirm {
            let index = *index;
            match buttons.update(input) {
                Some(0) => {
                    self.confirm = None;
                    self.save(ctx, index);
                }
                Some(_) => self.confirm = None,
                None if input.did(Action::Back) || input.did(Action::No) => self.confirm = None,
                None if input.did(Action::Yes) => {
                    self.confirm = None;
                    self.save(ctx, index);
                }
                None => {}
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
            (Mode::Save { .. }, Slot::Empty) => self.save(ctx, index),
            (Mode::Save { .. }, _) => {
                let rects = vec![
                    Rect::new(440.0, 400.0, 180.0, 56.0),
                    Rect::new(660.0, 400.0, 180.0, 56.0),
                ];
                let mut buttons = ButtonList::new(rects, vec![true, true]);
                buttons.selected = Some(1);
                self.confirm = Some((index, buttons));
            }
            (Mode::Load, Slot::Saved(_)) => {
                match GameScreen::load_slot(ctx, &Saves::slot_name(index + 1)) {
                    Ok(game) => return Next::Reset(Box::new(game)),
                    Err(e) => log::warn!("{e}"),
                }
            }
            (Mode::Load, _) => {}
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
        let width =
            measure(&pages, ctx.services.font(&pages, false), size as f32).width / view.scale;
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
            let width = measure(&number, ctx.services.font(&number, true), 22.0).width;
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
                    let scene = ctx
                        .services
                        .text
                        .scene_title(summary.scene_id)
                        .unwrap_or_else(|| summary.scene.clone());
                    let place = match &summary.chapter {
                        Some(chapter) => ui.with(
                            "save-slot-place",
                            &[
                                ("chapter", ctx.services.text.chapter_title(chapter).into()),
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

        if let Some((index, buttons)) = &self.confirm {
            fill(
                &view,
                Rect::new(0.0, 0.0, WIDTH, HEIGHT),
                Color::new(0.0, 0.0, 0.0, 0.6),
            );
            fill(&view, Rect::new(380.0, 260.0, 520.0, 230.0), theme.option);
            // The question, wrapped to the dialog and centred.
            let question = ui.with("confirm-overwrite", &[("slot", (index + 1).into())]);
            let font = ctx.services.font(&question, true);
            let measure = |s: &str| measure(s, font, 26.0).width;
            let lines = crate::wrap::wrap(&question, 460.0, &measure);
            for (i, line) in lines.iter().enumerate() {
                let x = WIDTH / 2.0 - measure(line) / 2.0;
                text(line, x, 320.0 + i as f32 * 34.0, 26.0, theme.text, true);
            }
            let labels = [ui.get("confirm-yes"), ui.get("confirm-no")];
            buttons.draw(
                &view,
                &labels,
                &theme,
                None,
                ctx.services.fonts.as_ref(),
                22.0,
            );
        }
    }

    fn animating(&self) -> bool {
        false
    }

    fn is_overlay(&self) -> bool {
        true
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
