//! The panel a writer sees over the game when a script saved during `spearhead play` does not
//! load: the checker's report (file, line, column, hint), until a save that fixes it.

use super::{page_backdrop, page_text};
use crate::assets::measure;
use crate::context::Ctx;
use crate::layout::WIDTH;
use crate::wrap::wrap;
use macroquad::prelude::{Color, WHITE};

const LEFT: f32 = 80.0;
const TEXT_SIZE: f32 = 20.0;
const LINE: f32 = 26.0;
/// The lowest a line of the report may start (the canvas is 720 high).
const BOTTOM: f32 = 690.0;

pub struct ScriptErrors {
    /// The checker's report, as `spearhead check` prints it (no colour).
    report: String,
}

impl ScriptErrors {
    pub fn new(report: String) -> ScriptErrors {
        ScriptErrors { report }
    }

    pub fn draw(&self, ctx: &Ctx) {
        page_backdrop(&ctx.services.view, &ctx.menu_theme);
        let heading = ctx.services.ui.get("reload-errors-heading");
        let red = Color::new(1.0, 0.45, 0.4, 1.0);
        page_text(ctx, &heading, (LEFT, 70.0), 30.0, red, true);
        let hint = ctx.services.ui.get("reload-errors-hint");
        page_text(ctx, &hint, (LEFT, 105.0), TEXT_SIZE, WHITE, false);
        let mut y = 150.0;
        let grey = Color::new(0.85, 0.85, 0.88, 1.0);
        for line in self.report.lines() {
            let font = ctx.services.font(line, false);
            let measure = |s: &str| measure(s, font, TEXT_SIZE).width;
            // A blank line still takes its place: the report's paragraphs stay apart.
            let pieces = wrap(line, WIDTH - 2.0 * LEFT, &measure);
            for piece in pieces
                .iter()
                .map(String::as_str)
                .chain(line.is_empty().then_some(""))
            {
                if y > BOTTOM {
                    return;
                }
                page_text(ctx, piece, (LEFT, y), TEXT_SIZE, grey, false);
                y += LINE;
            }
        }
    }
}
