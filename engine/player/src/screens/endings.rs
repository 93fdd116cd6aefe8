//! The endings screen: every ending of the story, the ones reached (in any run) with their
//! title and description, the others as locked. Esc, right click or a click closes it.

use super::{Next, Screen};
use crate::app::Ctx;
use crate::assets::measure;
use crate::input::Input;
use crate::layout::{Rect, HEIGHT};
use crate::stage::fill;
use crate::theme::FRONT;
use crate::wrap::wrap;
use macroquad::prelude::*;
use std::collections::HashSet;

pub struct Endings {
    reached: HashSet<String>,
}

impl Endings {
    pub fn new(ctx: &Ctx) -> Endings {
        Endings::with_reached(
            ctx.saves
                .as_ref()
                .map(|s| s.read_endings())
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
        if input.go_on() || input.back() {
            Next::Pop
        } else {
            Next::Stay
        }
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        let view = ctx.view;
        let theme = FRONT;
        super::page_backdrop(&view);
        let text = |s: &str, x: f32, y: f32, size: f32, color: Color, bold: bool| {
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
            &ctx.ui.get("endings-heading"),
            160.0,
            90.0,
            34.0,
            theme.text,
            true,
        );
        text(
            &ctx.ui.with(
                "ending-progress",
                &[("seen", reached.into()), ("total", total.into())],
            ),
            160.0,
            130.0,
            22.0,
            theme.option_disabled_text,
            false,
        );

        let mut y = 170.0;
        for (index, ending) in ctx.story.endings.iter().enumerate() {
            let box_rect = Rect::new(160.0, y, 960.0, 120.0);
            if box_rect.bottom() > HEIGHT - 20.0 {
                break;
            }
            fill(&view, box_rect, theme.option);
            if self.reached.contains(&ending.id) {
                let title = ctx.ending_title(index);
                text(&title, 184.0, y + 40.0, 26.0, theme.accent, true);
                let description = ctx.ending_description(index);
                let description = description.as_str();
                let font = ctx.font(description, false);
                let measure = |s: &str| measure(s, font, 20.0).width;
                for (i, line) in wrap(description, 900.0, &measure)
                    .iter()
                    .take(2)
                    .enumerate()
                {
                    text(
                        line,
                        184.0,
                        y + 74.0 + i as f32 * 26.0,
                        20.0,
                        theme.option_text,
                        false,
                    );
                }
            } else {
                text(
                    &ctx.ui.get("ending-not-reached"),
                    184.0,
                    y + 68.0,
                    24.0,
                    theme.option_disabled_text,
                    false,
                );
            }
            y += 136.0;
        }
    }

    fn animating(&self) -> bool {
        false
    }

    fn is_overlay(&self) -> bool {
        true
    }
}
