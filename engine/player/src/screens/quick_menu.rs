//! The quick menu, as in Ren'Py: a row of small buttons under the text box (Back, History, Skip,
//! Auto, Save, Q.Save, Q.Load, Settings). It sits in the strip below the box, so it never covers
//! the dialogue, and hides with the interface. Left and Right bring the keyboard focus onto it
//! (marked with an outline) and move it, Enter or Space take the focused button, Down or the
//! pointer leave it. It only says which button was taken; the game screen acts on it.

use crate::actions::Action;
use crate::assets::measure;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{Rect, HEIGHT, TEXTBOX, WIDTH};
use crate::stage::fill;
use crate::theme::Theme;
use macroquad::prelude::*;

/// What a quick menu button asks the game for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickAction {
    Back,
    History,
    Skip,
    Auto,
    Save,
    QuickSave,
    QuickLoad,
    Settings,
}

/// The buttons, left to right, with their interface strings (ui.ftl).
pub const ITEMS: [(QuickAction, &str); 8] = [
    (QuickAction::Back, "quick-back"),
    (QuickAction::History, "quick-history"),
    (QuickAction::Skip, "quick-skip"),
    (QuickAction::Auto, "quick-auto"),
    (QuickAction::Save, "quick-save"),
    (QuickAction::QuickSave, "quick-quick-save"),
    (QuickAction::QuickLoad, "quick-quick-load"),
    (QuickAction::Settings, "quick-settings"),
];

/// The strip under the text box the row sits in: below the box's edge, above the canvas's.
pub const STRIP: Rect = Rect {
    x: 0.0,
    y: TEXTBOX.y + TEXTBOX.h + 1.0,
    w: WIDTH,
    h: HEIGHT - (TEXTBOX.y + TEXTBOX.h) - 1.0,
};
const BUTTON_WIDTH: f32 = 120.0;
const TEXT_SIZE: f32 = 16.0;

/// Each button's rectangle, left to right, centred in the strip.
pub fn button_rects() -> Vec<Rect> {
    let left = (WIDTH - BUTTON_WIDTH * ITEMS.len() as f32) / 2.0;
    (0..ITEMS.len())
        .map(|i| {
            Rect::new(
                left + i as f32 * BUTTON_WIDTH,
                STRIP.y,
                BUTTON_WIDTH,
                STRIP.h,
            )
        })
        .collect()
}

/// The quick menu's state: which button the pointer is over, and which has the keyboard's focus.
#[derive(Debug, Clone, Default)]
pub struct QuickMenu {
    hovered: Option<usize>,
    focused: Option<usize>,
}

impl QuickMenu {
    /// The button taken this frame, if any: clicked, or focused and confirmed (the click or key
    /// is then the menu's, not the story's).
    pub fn update(&mut self, input: &Input) -> Option<QuickAction> {
        let over = button_rects().iter().position(|r| r.contains(input.mouse));
        if input.mouse_moved || input.click {
            self.hovered = over;
            self.focused = None;
        }
        let n = ITEMS.len();
        if input.did(Action::Right) {
            self.focused = Some(self.focused.map_or(0, |f| (f + 1) % n));
        }
        if input.did(Action::Left) {
            self.focused = Some(self.focused.map_or(n - 1, |f| (f + n - 1) % n));
        }
        if input.did(Action::Down) {
            self.focused = None;
        }
        if let Some(focused) = self.focused.filter(|_| input.did(Action::Confirm)) {
            return Some(ITEMS[focused].0);
        }
        over.filter(|_| input.click).map(|i| ITEMS[i].0)
    }

    /// The button the keyboard is on, if any.
    pub fn focused(&self) -> Option<usize> {
        self.focused
    }

    /// The label of the button the keyboard is on, if any, in the language shown.
    pub fn focused_label(&self, ctx: &Ctx) -> Option<String> {
        self.focused.map(|i| ctx.services.ui.get(ITEMS[i].1))
    }

    /// Draws the row; `on` says which toggles (skip, auto) are on, drawn in the accent colour.
    pub fn draw(&self, ctx: &Ctx, theme: &Theme, on: impl Fn(QuickAction) -> bool) {
        let view = ctx.services.view;
        // A faint band, so the labels read over any background.
        fill(&view, STRIP, Color::new(0.0, 0.0, 0.0, 0.45));
        for (i, (rect, (action, id))) in button_rects().iter().zip(ITEMS).enumerate() {
            let label = ctx.services.ui.get(id);
            let font = ctx.services.font(&label, false);
            // A label too wide for its button (a long translation) is set smaller to fit.
            let wide = measure(&label, font, TEXT_SIZE).width;
            let room = rect.w - 8.0;
            let size = if wide > room {
                TEXT_SIZE * room / wide
            } else {
                TEXT_SIZE
            };
            let width = measure(&label, font, size).width;
            let focused = self.focused == Some(i);
            if focused {
                let r = view.rect(*rect);
                draw_rectangle_lines(r.x, r.y, r.w, r.h, view.len(2.0), theme.accent);
            }
            let color = if focused || self.hovered == Some(i) || on(action) {
                theme.accent
            } else {
                Color::new(0.88, 0.88, 0.9, 1.0)
            };
            let at = view.point(rect.x + (rect.w - width) / 2.0, rect.y + rect.h - 6.0);
            let params = TextParams {
                font,
                font_size: view.len(size) as u16,
                color,
                ..Default::default()
            };
            draw_text_ex(&label, at.x, at.y, params);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_row_lies_below_the_text_box_and_inside_the_canvas() {
        let rects = button_rects();
        assert_eq!(rects.len(), ITEMS.len());
        for r in &rects {
            assert!(r.y > TEXTBOX.y + TEXTBOX.h, "{r:?} overlaps the text box");
            assert!(
                r.y + r.h <= HEIGHT && r.x >= 0.0 && r.x + r.w <= WIDTH,
                "{r:?}"
            );
        }
        for pair in rects.windows(2) {
            assert!(pair[0].x + pair[0].w <= pair[1].x);
        }
    }

    #[test]
    fn the_arrows_reach_every_button_and_enter_takes_the_focused_one() {
        let mut menu = QuickMenu::default();
        let mut reached = Vec::new();
        for _ in 0..ITEMS.len() {
            assert_eq!(menu.update(&Input::key(KeyCode::Right)), None);
            reached.extend(menu.focused());
        }
        assert_eq!(reached, (0..ITEMS.len()).collect::<Vec<_>>());
        menu.update(&Input::key(KeyCode::Right));
        assert_eq!(
            menu.update(&Input::key(KeyCode::Enter)),
            Some(QuickAction::Back)
        );
        menu.update(&Input::key(KeyCode::Left));
        assert_eq!(
            menu.update(&Input::key(KeyCode::Space)),
            Some(QuickAction::Settings)
        );
        menu.update(&Input::key(KeyCode::Down));
        assert_eq!(
            menu.update(&Input::key(KeyCode::Enter)),
            None,
            "Down left the menu"
        );
    }

    #[test]
    fn a_click_on_a_button_takes_it_and_a_click_elsewhere_does_not() {
        let mut menu = QuickMenu::default();
        let at = |r: Rect| vec2(r.x + r.w / 2.0, r.y + r.h / 2.0);
        let click = |mouse| Input {
            mouse,
            click: true,
            mouse_moved: true,
            ..Default::default()
        };
        let rects = button_rects();
        assert_eq!(menu.update(&click(at(rects[0]))), Some(QuickAction::Back));
        assert_eq!(
            menu.update(&click(at(rects[7]))),
            Some(QuickAction::Settings)
        );
        assert_eq!(menu.update(&click(vec2(640.0, 300.0))), None);
    }
}
