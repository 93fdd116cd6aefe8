//! A short message over the game that fades by itself ("Quick save made.", "There is no quick
//! save yet."): feedback for a key that otherwise changes nothing on screen.

use crate::assets::measure;
use crate::context::Ctx;
use crate::layout::{Rect, WIDTH};
use crate::stage::fill;
use crate::theme::Theme;
use macroquad::prelude::*;

/// How long a message stays, in seconds.
const SHOWN_FOR: f32 = 1.6;
const TEXT_SIZE: f32 = 22.0;

/// The message on screen: its interface string (ui.ftl) and the seconds it has left.
#[derive(Debug, Clone, PartialEq)]
pub struct Flash {
    pub id: &'static str,
    left: f32,
}

impl Flash {
    pub fn new(id: &'static str) -> Flash {
        Flash {
            id,
            left: SHOWN_FOR,
        }
    }

    /// Counts down; false once the message has gone.
    pub fn update(&mut self, dt: f32) -> bool {
        self.left -= dt;
        self.left > 0.0
    }

    /// Draws it at the top of the screen, centred, in a box of the game's look.
    pub fn draw(&self, ctx: &Ctx, theme: &Theme) {
        let view = ctx.services.view;
        let text = ctx.services.ui.get(self.id);
        let font = ctx.services.font(&text, true);
        let width = measure(&text, font, TEXT_SIZE).width;
        let area = Rect::new((WIDTH - width) / 2.0 - 24.0, 24.0, width + 48.0, 44.0);
        // Fades out over its last half second.
        let alpha = (self.left / 0.5).clamp(0.0, 1.0);
        let faded = |c: Color| Color {
            a: c.a * alpha,
            ..c
        };
        fill(&view, area, faded(theme.option));
        let at = view.point(area.x + 24.0, area.y + 30.0);
        let params = TextParams {
            font,
            font_size: view.len(TEXT_SIZE) as u16,
            color: faded(theme.option_text),
            ..Default::default()
        };
        draw_text_ex(&text, at.x, at.y, params);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_goes_by_itself() {
        let mut flash = Flash::new("save-quick-done");
        assert!(flash.update(1.0));
        assert!(!flash.update(1.0));
    }
}
