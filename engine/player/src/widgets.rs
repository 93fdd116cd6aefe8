//! A vertical list of buttons: the title menu, the game menu and the choice menu. Mouse hover
//! highlights, arrows move, number keys pick, Enter/Space or a click confirm; disabled buttons
//! are drawn greyed and cannot be picked.

use crate::actions::Action;
use crate::assets::{draw_stretched, measure};
use crate::fonts::{font_for, Fonts};
use crate::input::Input;
use crate::layout::View;
use crate::stage::fill;
use crate::theme::Theme;
use crate::wrap::wrap;
use macroquad::prelude::*;

/// Room kept between a button's edge and its label, each side (virtual units).
pub const LABEL_PADDING: f32 = 24.0;

/// Distance between two lines of a wrapped label, for labels `text_size` big.
pub fn label_line_height(text_size: f32) -> f32 {
    (text_size * 1.25).round()
}

/// A label broken into the lines that fit a button `width` wide (virtual units), measured in
/// the font it is drawn with.
pub fn label_lines(fonts: Option<&Fonts>, label: &str, width: f32, text_size: f32) -> Vec<String> {
    let font = font_for(fonts, label, false);
    let measure = |s: &str| measure(s, font, text_size).width;
    wrap(label, width - 2.0 * LABEL_PADDING, &measure)
}

/// Room kept between a label and its button's top and bottom edges (virtual units).
const LABEL_MARGIN: f32 = 4.0;
/// How much a label that does not fit is shrunk at each try, and the tries at most.
const SHRINK: f32 = 0.92;
const SHRINK_TRIES: usize = 16;

/// The size a label is drawn at inside `rect` and its lines: `text_size` when its wrapped lines
/// fit (each as wide as the button's inside, all of them as tall), else the largest size
/// below it at which they do (a long translation at the largest text size).
pub fn fit_label(
    fonts: Option<&Fonts>,
    label: &str,
    rect: Rect,
    text_size: f32,
) -> (f32, Vec<String>) {
    let font = font_for(fonts, label, false);
    let fits = |size: f32, lines: &[String]| {
        let cap = measure("Hg", font, size).offset_y;
        let block = cap + label_line_height(size) * (lines.len().max(1) - 1) as f32;
        let widest = (lines.iter())
            .map(|l| measure(l, font, size).width)
            .fold(0.0, f32::max);
        block <= rect.h - 2.0 * LABEL_MARGIN && widest <= rect.w - 2.0 * LABEL_PADDING
    };
    let mut size = text_size;
    for _ in 0..SHRINK_TRIES {
        let lines = label_lines(fonts, label, rect.w, size);
        if fits(size, &lines) {
            return (size, lines);
        }
        size *= SHRINK;
    }
    (size, label_lines(fonts, label, rect.w, size))
}

/// The size one line of text is drawn at to be at most `width` wide: `size`, or smaller for a
/// line too long for its place (a long translation at the largest text size).
pub fn fit_width(text: &str, font: Option<&Font>, size: f32, width: f32) -> f32 {
    let wide = measure(text, font, size).width;
    if wide > width && wide > 0.0 {
        size * width / wide
    } else {
        size
    }
}

#[derive(Debug, Clone)]
pub struct ButtonList {
    pub rects: Vec<Rect>,
    pub enabled: Vec<bool>,
    pub selected: Option<usize>,
}

impl ButtonList {
    pub fn new(rects: Vec<Rect>, enabled: Vec<bool>) -> ButtonList {
        ButtonList {
            rects,
            enabled,
            selected: None,
        }
    }

    /// The button picked this frame, if any.
    pub fn update(&mut self, input: &Input) -> Option<usize> {
        let hovered = self.rects.iter().position(|r| r.contains(input.mouse));
        // Hovering an enabled button selects it; a disabled one leaves the selection where it
        // was (so Enter never lands on an option that cannot be taken).
        if input.mouse_moved {
            if let Some(h) = hovered.filter(|&h| self.is_enabled(h)) {
                self.selected = Some(h);
            }
        }
        if input.did(Action::Down) || input.did(Action::FocusNext) {
            self.step(1);
        }
        if input.did(Action::Up) {
            self.step(-1);
        }
        if let Some(d) = input.picked() {
            if self.is_enabled(d) {
                self.selected = Some(d);
                return Some(d);
            }
        }
        if input.click {
            return hovered.filter(|&h| self.is_enabled(h));
        }
        if input.did(Action::Confirm) {
            return self.selected.filter(|&s| self.is_enabled(s));
        }
        None
    }

    fn is_enabled(&self, i: usize) -> bool {
        self.enabled.get(i).copied().unwrap_or(false)
    }

    /// Moves the keyboard selection to the next enabled button in `direction` (wrapping).
    fn step(&mut self, direction: isize) {
        let n = self.rects.len() as isize;
        if n == 0 {
            return;
        }
        let mut i = self
            .selected
            .map_or(if direction > 0 { -1 } else { n }, |s| s as isize);
        for _ in 0..n {
            i = (i + direction).rem_euclid(n);
            if self.is_enabled(i as usize) {
                self.selected = Some(i as usize);
                return;
            }
        }
    }

    /// Draws the buttons: the story's button frames (normal, hover) when given, else opaque
    /// boxes in the theme's colours.
    pub fn draw(
        &self,
        view: &View,
        labels: &[String],
        theme: &Theme,
        frames: Option<(&Texture2D, &Texture2D)>,
        fonts: Option<&Fonts>,
        text_size: f32,
    ) {
        for (i, (rect, label)) in self.rects.iter().zip(labels).enumerate() {
            let enabled = self.is_enabled(i);
            let (fill_color, text_color) = match (enabled, self.selected == Some(i)) {
                (false, _) => (theme.option_disabled, theme.option_disabled_text),
                (true, true) => (theme.option_hover, theme.option_text),
                (true, false) => (theme.option, theme.option_text),
            };
            let r = view.rect(*rect);
            match frames {
                Some((normal, hover)) => {
                    let (frame, tint) = match (enabled, self.selected == Some(i)) {
                        (false, _) => (normal, Color::new(0.6, 0.6, 0.6, 0.7)),
                        (true, true) => (hover, WHITE),
                        (true, false) => (normal, WHITE),
                    };
                    draw_stretched(view, frame, *rect, tint);
                }
                None => {
                    // Opaque whatever the look's opacity: a label over a sprite or a CG must
                    // read, and nothing behind may show through it.
                    fill(
                        view,
                        *rect,
                        Color {
                            a: 1.0,
                            ..fill_color
                        },
                    );
                    let edge = if enabled {
                        theme.accent
                    } else {
                        theme.option_disabled_text
                    };
                    draw_rectangle_lines(r.x, r.y, r.w, r.h, view.len(2.0), edge);
                }
            }
            // A label too wide for its button is wrapped, its lines centred together (and set
            // smaller if they still do not fit).
            let font = font_for(fonts, label, false);
            let (text_size, lines) = fit_label(fonts, label, *rect, text_size);
            let size = view.len(text_size) as u16;
            let step = view.len(label_line_height(text_size));
            let cap = measure("Hg", font, size as f32).offset_y;
            let block = cap + step * (lines.len() as f32 - 1.0);
            let mut baseline = r.y + (r.h - block) / 2.0 + cap - view.len(2.0);
            for line in &lines {
                let dims = measure(line, font, size as f32);
                draw_text_ex(
                    line,
                    r.x + (r.w - dims.width) / 2.0,
                    baseline,
                    TextParams {
                        font,
                        font_size: size,
                        color: text_color,
                        ..Default::default()
                    },
                );
                baseline += step;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> ButtonList {
        let rects = (0..3)
            .map(|i| Rect::new(0.0, i as f32 * 100.0, 100.0, 80.0))
            .collect();
        ButtonList::new(rects, vec![true, false, true])
    }

    fn keys(k: &[KeyCode]) -> Input {
        Input {
            keys: k.iter().copied().collect(),
            mouse: vec2(-1.0, -1.0),
            ..Default::default()
        }
    }

    #[test]
    fn arrows_skip_disabled_buttons_and_enter_picks() {
        let mut l = list();
        assert_eq!(l.update(&keys(&[KeyCode::Down])), None);
        assert_eq!(l.selected, Some(0));
        l.update(&keys(&[KeyCode::Down]));
        assert_eq!(l.selected, Some(2));
        l.update(&keys(&[KeyCode::Down]));
        assert_eq!(l.selected, Some(0));
        l.update(&keys(&[KeyCode::Up]));
        assert_eq!(l.update(&keys(&[KeyCode::Enter])), Some(2));
    }

    #[test]
    fn tab_and_the_arrows_reach_every_enabled_button_and_no_other() {
        let mut l = ButtonList::new(
            (0..5)
                .map(|i| Rect::new(0.0, i as f32 * 100.0, 100.0, 80.0))
                .collect(),
            vec![true, false, true, true, false],
        );
        for key in [KeyCode::Tab, KeyCode::Down, KeyCode::Up] {
            let mut reached = std::collections::BTreeSet::new();
            for _ in 0..10 {
                l.update(&keys(&[key]));
                reached.extend(l.selected);
            }
            assert_eq!(reached, [0, 2, 3].into(), "{key:?}");
        }
    }

    #[test]
    fn number_keys_and_clicks_pick_only_enabled_buttons() {
        let mut l = list();
        assert_eq!(l.update(&keys(&[KeyCode::Key2])), None);
        assert_eq!(l.update(&keys(&[KeyCode::Key3])), Some(2));
        let click = |y: f32| Input {
            mouse: vec2(50.0, y),
            mouse_moved: true,
            click: true,
            ..Default::default()
        };
        assert_eq!(l.update(&click(140.0)), None);
        assert_eq!(
            l.selected,
            Some(2),
            "hovering a disabled option keeps the selection"
        );
        assert_eq!(l.update(&click(40.0)), Some(0));
        assert_eq!(l.update(&click(90.0)), None, "between buttons");
    }
}
