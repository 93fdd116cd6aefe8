//! The gallery: first every ending of the story, the ones reached (in any run) with their
//! illustration, title and description, the others as locked; a click turns to the CGs
//! (`cg_gallery`), a click there to the music room (`music_room`), and Esc or a right click on
//! any page closes it; Left, Right (and Tab but in the music room) turn between the pages. A
//! story without CGs or music has no such page.

use super::music_room::MusicRoom;
use super::{Next, Screen};
use crate::actions::Action;
use crate::assets::measure;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{Rect, HEIGHT, WIDTH};
use crate::narration::Spoken;
use crate::stage::{draw_cover_in, ending_picture, fill, Picture};
use crate::wrap::wrap;
use macroquad::prelude::*;
use std::collections::HashSet;

/// The grid of endings: three across, each an illustration with its title and description
/// under it.
const COLUMNS: usize = 3;
const LEFT: f32 = 100.0;
const TOP: f32 = 160.0;
const THUMB_W: f32 = 320.0;
const THUMB_H: f32 = 180.0;
const GAP: f32 = 60.0;
const ROW_HEIGHT: f32 = 275.0;

pub struct Endings {
    reached: HashSet<String>,
    /// The CGs seen (their names).
    cgs: HashSet<String>,
    page: Page,
    music: MusicRoom,
}

/// The gallery's pages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Endings,
    Cgs,
    Music,
}

/// The pages `story` has: the endings, then the CGs and the music room if it has any.
fn pages(story: &spearhead_core::Story) -> Vec<Page> {
    let mut pages = vec![Page::Endings];
    if story.cg_names().next().is_some() {
        pages.push(Page::Cgs);
    }
    if story.music_names().next().is_some() {
        pages.push(Page::Music);
    }
    pages
}

impl Endings {
    pub fn new(ctx: &Ctx) -> Endings {
        let saves = ctx.services.saves.as_ref();
        let heard = saves.map(|s| s.read_music().into_keys());
        Endings::with_reached(
            saves
                .map(|s| s.read_endings().into_keys())
                .unwrap_or_default(),
            saves.map(|s| s.read_cgs().into_keys()).unwrap_or_default(),
        )
        .with_heard(heard.unwrap_or_default())
    }

    /// The screen with the given endings (ids) reached and CGs (names) seen.
    pub fn with_reached(reached: HashSet<String>, cgs: HashSet<String>) -> Endings {
        Endings {
            reached,
            cgs,
            page: Page::Endings,
            music: MusicRoom::new(HashSet::new()),
        }
    }

    /// The same screen with the given music tracks (names) heard.
    pub fn with_heard(self, heard: HashSet<String>) -> Endings {
        Endings {
            music: MusicRoom::new(heard),
            ..self
        }
    }

    /// The endings page's heading and how many endings were reached.
    fn heading(&self, ctx: &Ctx) -> [String; 2] {
        let endings = &ctx.story.endings;
        let reached = (endings.iter()).filter(|e| self.reached.contains(&e.id));
        let counts = [
            ("seen", reached.count().into()),
            ("total", endings.len().into()),
        ];
        let ui = &ctx.services.ui;
        [
            ui.get("endings-heading"),
            ui.with("ending-progress", &counts),
        ]
    }

    /// The same screen turned to `page`.
    pub fn on_page(self, page: Page) -> Endings {
        Endings { page, ..self }
    }
}

impl Screen for Endings {
    fn update(&mut self, ctx: &mut Ctx, input: &Input, _dt: f32) -> Next {
        if input.did(Action::Back) {
            return Next::Pop;
        }
        let pages = pages(ctx.story);
        let at = pages.iter().position(|&p| p == self.page).unwrap_or(0);
        let in_room = self.page == Page::Music;
        // In the music room Tab moves over the tracks; elsewhere it turns the page.
        let tab = input.did(Action::FocusNext) && !in_room;
        if input.did(Action::Right) || tab {
            self.page = pages[(at + 1) % pages.len()];
        } else if input.did(Action::Left) {
            self.page = pages[(at + pages.len() - 1) % pages.len()];
        } else if in_room {
            self.music.update(ctx, input);
        } else if input.did(Action::GoOn) {
            // A click goes on to the next page; on the last one it closes the gallery.
            match pages.get(at + 1) {
                Some(&next) => self.page = next,
                None => return Next::Pop,
            }
        }
        Next::Stay
    }

    fn on_close(&mut self, ctx: &mut Ctx) {
        self.music.stop(ctx);
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        match self.page {
            Page::Cgs => return super::cg_gallery::draw(ctx, &self.cgs),
            Page::Music => return self.music.draw(ctx),
            Page::Endings => {}
        }
        let view = ctx.services.view;
        let theme = ctx.menu_theme.clone();
        super::page_backdrop(&view, &theme);
        let text = |ctx: &Ctx, s: &str, x: f32, y: f32, size: f32, color: Color, bold: bool| {
            super::page_text(ctx, s, (x, y), size, color, bold)
        };
        super::page_heading(ctx, &self.heading(ctx), LEFT, WIDTH - 2.0 * LEFT);

        for (index, ending) in ctx.story.endings.iter().enumerate() {
            let (column, row) = (index % COLUMNS, index / COLUMNS);
            let thumb = Rect::new(
                LEFT + column as f32 * (THUMB_W + GAP),
                TOP + row as f32 * ROW_HEIGHT,
                THUMB_W,
                THUMB_H,
            );
            if thumb.bottom() + 60.0 > HEIGHT {
                break;
            }
            fill(&view, thumb, theme.option);
            if !self.reached.contains(&ending.id) {
                let locked = ctx.services.ui.get("ending-not-reached");
                let font = ctx.services.font(&locked, false);
                let width = measure(&locked, font, 20.0).width;
                let at = (
                    thumb.x + (THUMB_W - width) / 2.0,
                    thumb.y + THUMB_H / 2.0 + 7.0,
                );
                text(
                    ctx,
                    &locked,
                    at.0,
                    at.1,
                    20.0,
                    theme.option_disabled_text,
                    false,
                );
                continue;
            }
            if ending.art.is_some() {
                let picture = ending_picture(&view, ctx.story, index);
                let picture = Picture {
                    size: view.pixels(THUMB_W, THUMB_H),
                    ..picture
                };
                let art = picture.art(&mut ctx.services.assets);
                let font = ctx.services.fonts.as_ref().map(|f| &f.regular);
                draw_cover_in(&view, art, thumb, font);
            }
            let title = ctx.services.text.ending_title(index);
            text(
                ctx,
                &title,
                thumb.x,
                thumb.bottom() + 30.0,
                22.0,
                theme.accent,
                true,
            );
            let description = ctx.services.text.ending_description(index);
            let font = ctx.services.font(&description, false);
            let measure = |s: &str| measure(s, font, 15.0).width;
            for (i, line) in wrap(&description, THUMB_W, &measure)
                .iter()
                .take(2)
                .enumerate()
            {
                let y = thumb.bottom() + 52.0 + i as f32 * 19.0;
                text(ctx, line, thumb.x, y, 15.0, theme.option_text, false);
            }
        }
    }

    fn animating(&self) -> bool {
        false
    }

    fn is_overlay(&self) -> bool {
        true
    }

    /// The page's heading and progress; in the music room, the focused track.
    fn spoken(&self, ctx: &Ctx) -> Spoken {
        match self.page {
            Page::Endings => Spoken::titled(self.heading(ctx)),
            Page::Cgs => Spoken::titled(super::cg_gallery::heading(ctx, &self.cgs)),
            Page::Music => self.music.spoken(ctx),
        }
    }
}
