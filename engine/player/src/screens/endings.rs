//! The endings screen: every ending of the story, the ones reached (in any run) with their
//! illustration, title and description, the others as locked. Esc, right click or a click
//! closes it.

use super::{Next, Screen};
use crate::actions::Action;
use crate::assets::measure;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{Rect, HEIGHT};
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
}

impl Endings {
    pub fn new(ctx: &Ctx) -> Endings {
        Endings::with_reached(
            ctx.saves
                .as_ref()
                .map(|s| s.read_endings().into_keys())
                .unwrap_or_default(),
        )
    }

    /// The screen with the given endings (ids) reached.
    pub fn with_reached(reached: HashSet<String>) -> Endings {
        Endings { reached }
    }
}

impl Screen for Endings {
    fn update(&mut self, _ctx: &mut Ctx, input: &Input, _dt: f32) -> Next {
        if input.did(Action::GoOn) || input.did(Action::Back) {
            Next::Pop
        } else {
            Next::Stay
        }
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        let view = ctx.view;
        let theme = ctx.menu_theme.clone();
        super::page_backdrop(&view);
        let text = |ctx: &Ctx, s: &str, x: f32, y: f32, size: f32, color: Color, bold: bool| {
            super::page_text(ctx, s, (x, y), size, color, bold)
        };
        let total = ctx.story.endings.len();
        let reached = ctx
            .story
            .endings
            .iter()
            .filter(|e| self.reached.contains(&e.id))
            .count();
        text(
            ctx,
            &ctx.ui.get("endings-heading"),
            LEFT,
            90.0,
            34.0,
            theme.text,
            true,
        );
        text(
            ctx,
            &ctx.ui.with(
                "ending-progress",
                &[("seen", reached.into()), ("total", total.into())],
            ),
            LEFT,
            130.0,
            22.0,
            theme.option_disabled_text,
            false,
        );

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
                let locked = ctx.ui.get("ending-not-reached");
                let font = ctx.font(&locked, false);
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
                let art = picture.art(&mut ctx.assets);
                let font = ctx.fonts.as_ref().map(|f| &f.regular);
                draw_cover_in(&view, art, thumb, font);
            }
            let title = ctx.text.ending_title(index);
            text(
                ctx,
                &title,
                thumb.x,
                thumb.bottom() + 30.0,
                22.0,
                theme.accent,
                true,
            );
            let description = ctx.text.ending_description(index);
            let font = ctx.font(&description, false);
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
}
