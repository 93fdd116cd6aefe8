//! The backlog: everything read so far in this sitting (lines and the options taken), newest at
//! the bottom, over the dimmed game. Wheel or arrows scroll; Esc, right click or L closes it.

use super::{Next, Screen};
use crate::actions::Action;
use crate::assets::measure;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{Rect, HEIGHT, WIDTH};
use crate::narration::Spoken;
use crate::stage::fill;
use crate::theme::color_of;
use crate::widgets::fit_width;
use crate::wrap::wrap;
use macroquad::prelude::*;

/// One thing read: who said it (name and colour; `None` for narration) and the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub speaker: Option<(String, [u8; 3])>,
    pub text: String,
    /// The story's history length when it was shown, to drop it again on rollback.
    pub at: usize,
}

/// The text's size, the distance between its lines and between entries, at the story's own
/// text size (the reader's accessibility text size scales them).
const TEXT_SIZE: f32 = 24.0;
const LINE: f32 = 32.0;
const GAP: f32 = 14.0;
const LEFT: f32 = 120.0;
/// Where the text column ends.
const RIGHT: f32 = 1160.0;
/// The name column: at least this wide, and as wide as the widest name in the history plus a
/// gap, up to `NAME_COLUMN_MAX` (a longer name is drawn smaller to fit).
const NAME_COLUMN_MIN: f32 = 180.0;
const NAME_COLUMN_MAX: f32 = 380.0;
const NAME_GAP: f32 = 24.0;

/// The width of the name column for names whose widest is `widest` units wide as drawn.
fn name_column(widest: f32) -> f32 {
    (widest + NAME_GAP).clamp(NAME_COLUMN_MIN, NAME_COLUMN_MAX)
}

/// The history's sizes at `scale` times the normal text size: the text, a line, an entry's gap.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    text: f32,
    line: f32,
    gap: f32,
}

impl Sizes {
    fn at(scale: f32) -> Sizes {
        Sizes {
            text: TEXT_SIZE * scale,
            line: LINE * scale,
            gap: GAP * scale,
        }
    }
}

pub struct Backlog {
    entries: Vec<Entry>,
    /// Entries hidden below the bottom (0 = the newest is at the bottom).
    scroll: usize,
}

impl Backlog {
    pub fn new(entries: Vec<Entry>) -> Backlog {
        Backlog { entries, scroll: 0 }
    }
}

impl Screen for Backlog {
    fn update(&mut self, _ctx: &mut Ctx, input: &Input, _dt: f32) -> Next {
        if input.did(Action::Back) || input.did(Action::Backlog) {
            return Next::Pop;
        }
        let (older, newer) = (input.did(Action::Older), input.did(Action::Newer));
        if older && self.scroll + 1 < self.entries.len() {
            self.scroll += 1;
        }
        if newer {
            // Scrolling on past the newest line with the wheel closes the history.
            if self.scroll == 0 && input.wheel_down {
                return Next::Pop;
            }
            self.scroll = self.scroll.saturating_sub(1);
        }
        Next::Stay
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        let view = ctx.services.view;
        fill(
            &view,
            Rect::new(0.0, 0.0, WIDTH, HEIGHT),
            Color::new(0.02, 0.03, 0.06, 0.95),
        );
        let sizes = Sizes::at(ctx.services.text_scale());
        let size = view.len(sizes.text) as u16;
        let heading = view.point(LEFT, 60.0);
        let title = ctx.services.ui.get("history-heading");
        let params = TextParams {
            font: ctx.services.font(&title, true),
            font_size: view.len(30.0 * ctx.services.text_scale()) as u16,
            color: WHITE,
            ..Default::default()
        };
        draw_text_ex(&title, heading.x, heading.y, params);
        if self.entries.is_empty() {
            let at = view.point(LEFT + NAME_COLUMN_MIN, 140.0);
            let empty = ctx.services.ui.get("history-empty");
            let params = TextParams {
                font: ctx.services.font(&empty, false),
                font_size: size,
                color: GRAY,
                ..Default::default()
            };
            draw_text_ex(&empty, at.x, at.y, params);
            return;
        }
        // The text starts after the widest name, so no name runs into its line.
        let widest = (self.entries.iter())
            .filter_map(|e| e.speaker.as_ref())
            .map(|(name, _)| measure(name, ctx.services.font(name, true), sizes.text).width)
            .fold(0.0, f32::max);
        let column = name_column(widest);
        let text_left = LEFT + column;
        // Newest at the bottom, going up until the top margin.
        let mut bottom = HEIGHT - 50.0;
        let shown = self.entries.len() - self.scroll;
        for entry in self.entries[..shown].iter().rev() {
            // Each entry in one font, wrapped as it is drawn.
            let font = ctx.services.font(&entry.text, false);
            let width_of = |s: &str| measure(s, font, sizes.text).width;
            let lines = wrap(&entry.text, RIGHT - text_left, &width_of);
            let height = lines.len() as f32 * sizes.line;
            let top = bottom - height;
            if top < 90.0 {
                break;
            }
            if let Some((name, rgb)) = &entry.speaker {
                let at = view.point(LEFT, top + sizes.text);
                let font = ctx.services.font(name, true);
                let name_size = fit_width(name, font, sizes.text, column - NAME_GAP);
                let params = TextParams {
                    font,
                    font_size: view.len(name_size) as u16,
                    color: color_of(*rgb),
                    ..Default::default()
                };
                draw_text_ex(name, at.x, at.y, params);
            }
            for (i, line) in lines.iter().enumerate() {
                let at = view.point(text_left, top + sizes.text + i as f32 * sizes.line);
                let params = TextParams {
                    font,
                    font_size: size,
                    color: Color::new(0.9, 0.9, 0.92, 1.0),
                    ..Default::default()
                };
                draw_text_ex(line, at.x, at.y, params);
            }
            bottom = top - sizes.gap;
        }
    }

    fn animating(&self) -> bool {
        false
    }

    fn is_overlay(&self) -> bool {
        true
    }

    /// The entry at the bottom of the page (the newest until the reader scrolls up): who said
    /// it, then what was said.
    fn spoken(&self, ctx: &Ctx) -> Spoken {
        let title = Spoken::titled([ctx.services.ui.get("history-heading")]);
        let Some(bottom) =
            (self.entries.len().checked_sub(self.scroll + 1)).and_then(|i| self.entries.get(i))
        else {
            return title.focused([ctx.services.ui.get("history-empty")]);
        };
        let name = bottom.speaker.as_ref().map(|(name, _)| name.clone());
        // An option taken is marked with a triangle on screen; the voice says the option.
        let text = bottom.text.trim_start_matches('\u{25b6}').trim_start();
        title.focused(name.into_iter().chain([text.to_string()]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_column_grows_to_the_widest_name_within_bounds() {
        assert_eq!(
            name_column(60.0),
            NAME_COLUMN_MIN,
            "short names keep the usual column"
        );
        assert_eq!(
            name_column(200.0),
            200.0 + NAME_GAP,
            "a long name pushes the text right"
        );
        assert_eq!(
            name_column(900.0),
            NAME_COLUMN_MAX,
            "and the text keeps room of its own"
        );
    }
}
