//! The dialogue box: name plate in the speaker's colour, word-wrapped text revealed by a
//! typewriter. A click completes the line; the game screen advances on the next one.

use crate::accessibility::Contrast;
use crate::assets::{draw_stretched, measure};
use crate::fonts::{dialogue_font, Fonts};
use crate::layout::{self, View};
use crate::stage::fill;
use crate::theme::{color_of, readable_on, Theme};
use crate::wrap::wrap;
use macroquad::prelude::*;

/// Characters revealed per second at the default text speed.
pub const DEFAULT_SPEED: f32 = 45.0;

/// Font sizes a line may be set in, largest first: a line too long for the box at one size
/// takes the next, so that its last line stays inside the box's padding.
const SIZES: [f32; 5] = [layout::TEXT_SIZE, 28.0, 26.0, 24.0, 22.0];

/// Distance between lines of text `size` big (42 for the normal 30), times `spacing`.
fn line_height(size: f32, spacing: f32) -> f32 {
    (size * layout::LINE_HEIGHT / layout::TEXT_SIZE * spacing).round()
}

/// How far below its baseline a line's descenders may reach, for text `size` big.
fn descent(size: f32) -> f32 {
    (size * 0.3).ceil()
}

/// The most the text box grows upwards for larger text or wider lines.
pub const MOST_GROWN: f32 = 250.0;

/// A line set for the box: its lines, font size and line height, and how far the box grows up
/// to hold them (0 at the normal size).
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    pub lines: Vec<String>,
    pub size: f32,
    pub line_height: f32,
    pub grown: f32,
}

/// `text` broken into lines for the text area in `style`. At the normal size and spacing (or
/// smaller) a long line takes the largest of `SIZES` at which it fits the box as it is, as it
/// always has; a reader who asked for larger text or wider spacing gets it, and the box grows
/// up (at most `MOST_GROWN`) to make room before a smaller size is taken. When nothing fits,
/// the smallest size in the tallest box. `measure(s, size)` is the width of `s` at `size`.
pub fn fit(text: &str, measure: &dyn Fn(&str, f32) -> f32, style: &TextStyle) -> Fitted {
    let area = layout::TEXT_AREA;
    let set = |size: f32| {
        let lines = wrap(text, area.w, &|s: &str| measure(s, size));
        let line_height = line_height(size, style.spacing);
        let height = size + (lines.len() as f32 - 1.0) * line_height + descent(size);
        let fitted = Fitted {
            lines,
            size,
            line_height,
            grown: (height - area.h).max(0.0),
        };
        (fitted, height)
    };
    let sizes = SIZES.map(|s| (s * style.scale).round());
    let enlarged = style.scale > 1.0 || style.spacing > 1.0;
    let rooms: &[f32] = if enlarged {
        &[area.h + MOST_GROWN]
    } else {
        &[area.h, area.h + MOST_GROWN]
    };
    for &room in rooms {
        for size in sizes {
            let (fitted, height) = set(size);
            if height <= room {
                return fitted;
            }
        }
    }
    let (mut fitted, _) = set(sizes[sizes.len() - 1]);
    fitted.grown = fitted.grown.min(MOST_GROWN);
    fitted
}

/// The story's own frames for the box and the name plate, when it has them.
#[derive(Default)]
pub struct Frames {
    pub textbox: Option<Texture2D>,
    pub nameplate: Option<Texture2D>,
}

/// A speaker's colour as text on a dark plate: dark colours are lightened until they read.
fn legible_on_dark(c: Color) -> Color {
    let luma = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
    if luma >= 0.45 {
        return c;
    }
    let t = (0.45 - luma) / (1.0 - luma).max(0.01);
    Color::new(
        c.r + (1.0 - c.r) * t,
        c.g + (1.0 - c.g) * t,
        c.b + (1.0 - c.b) * t,
        1.0,
    )
}

/// How the reader asked for the box to be drawn (the settings).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// How much of the box's own opacity is drawn, 0 to 1; the text stays opaque.
    pub opacity: f32,
    /// Text size and line spacing, times the story's own.
    pub scale: f32,
    pub spacing: f32,
    /// White on opaque black, edged in yellow (`Contrast`), whatever the story's look.
    pub high_contrast: bool,
    /// The easier-to-read font where it has the characters.
    pub readable_font: bool,
}

impl Default for TextStyle {
    fn default() -> Self {
        TextStyle {
            opacity: 1.0,
            scale: 1.0,
            spacing: 1.0,
            high_contrast: false,
            readable_font: false,
        }
    }
}

/// `color` with its opacity multiplied by `opacity`.
fn faded(color: Color, opacity: f32) -> Color {
    Color {
        a: color.a * opacity,
        ..color
    }
}

/// The line on screen.
#[derive(Debug, Clone, Default)]
pub struct TextBox {
    /// Speaker's name and colour; `None` for narration.
    pub speaker: Option<(String, [u8; 3])>,
    text: String,
    /// Wrapped lines, computed for the font and size in use.
    lines: Vec<String>,
    /// The font the lines were wrapped for and are drawn in (`None`: the built-in font).
    font: Option<Font>,
    /// The font of the speaker's name (the look's name font, or the bold).
    name_font: Option<Font>,
    /// Font size and line height the lines were wrapped for (virtual units), and how far the
    /// box grows up to hold them.
    size: f32,
    line_height: f32,
    grown: f32,
    /// Characters shown so far (fractional: the typewriter's position).
    shown: f32,
    total: usize,
    pub speed: f32,
    /// Set before `show`: the lines are set for it.
    pub style: TextStyle,
}

impl TextBox {
    /// Shows a new line, typing from the start (`speed` characters a second; 0 = at once).
    pub fn show(
        &mut self,
        speaker: Option<(String, [u8; 3])>,
        text: &str,
        speed: f32,
        fonts: Option<&Fonts>,
    ) {
        // The whole line in one font, so that wrapping measures what is drawn.
        let font = dialogue_font(fonts, text, false, self.style.readable_font);
        let measure = |s: &str, size: f32| measure(s, font, size).width;
        let fitted = fit(text, &measure, &self.style);
        (self.lines, self.size) = (fitted.lines, fitted.size);
        (self.line_height, self.grown) = (fitted.line_height, fitted.grown);
        self.font = font.cloned();
        self.name_font = (speaker.as_ref())
            .and_then(|(name, _)| dialogue_font(fonts, name, true, self.style.readable_font))
            .cloned();
        self.speaker = speaker;
        self.text = text.to_string();
        self.total = self.lines.iter().map(|l| l.chars().count()).sum();
        self.speed = speed;
        self.shown = if speed <= 0.0 { self.total as f32 } else { 0.0 };
    }

    pub fn clear(&mut self) {
        *self = TextBox {
            speed: self.speed,
            style: self.style,
            ..Default::default()
        };
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// True while characters are still being typed.
    pub fn typing(&self) -> bool {
        (self.shown as usize) < self.total
    }

    /// Reveals the whole line at once.
    pub fn complete(&mut self) {
        self.shown = self.total as f32;
    }

    pub fn update(&mut self, dt: f32) {
        if self.typing() {
            self.shown = (self.shown + dt * self.speed).min(self.total as f32);
        }
    }

    /// The box as drawn: `layout::TEXTBOX`, grown up for the lines it holds.
    pub fn area(&self) -> Rect {
        let b = layout::TEXTBOX;
        Rect::new(b.x, b.y - self.grown, b.w, b.h + self.grown)
    }

    pub fn draw(&self, view: &View, theme: &Theme, frames: &Frames) {
        if self.lines.is_empty() {
            return;
        }
        self.draw_box(view, theme, frames);
        if let Some((name, rgb)) = &self.speaker {
            self.draw_plate(view, name, color_of(*rgb), frames);
        }
        self.draw_lines(view, theme);
        if !self.typing() {
            // A still marker (no blinking: an idle screen must not need redrawing): the line
            // is complete, click to go on.
            let m = view.rect(Rect::new(
                layout::TEXTBOX.right() - 40.0,
                layout::TEXTBOX.bottom() - 34.0,
                14.0,
                14.0,
            ));
            let color = match self.style.high_contrast {
                true => Contrast::EDGE,
                false => theme.accent,
            };
            draw_triangle(
                vec2(m.x, m.y),
                vec2(m.x + m.w, m.y),
                vec2(m.x + m.w / 2.0, m.y + m.h),
                color,
            );
        }
    }

    fn draw_box(&self, view: &View, theme: &Theme, frames: &Frames) {
        let area = self.area();
        let b = view.rect(area);
        if self.style.high_contrast {
            fill(view, area, Contrast::BOX);
            draw_rectangle_lines(b.x, b.y, b.w, b.h, view.len(4.0), Contrast::EDGE);
            return;
        }
        let opacity = self.style.opacity;
        match &frames.textbox {
            Some(frame) => draw_stretched(view, frame, area, faded(WHITE, opacity)),
            None => {
                fill(view, area, faded(theme.textbox, opacity));
                let edge = faded(theme.textbox_edge, opacity);
                draw_line(b.x, b.y, b.x + b.w, b.y, view.len(3.0), edge);
            }
        }
    }

    /// The name plate on the box's top edge: it grows to the name; a name longer than the
    /// widest plate is drawn smaller, so it is never cut.
    fn draw_plate(&self, view: &View, name: &str, speaker: Color, frames: &Frames) {
        let bold = self.name_font.as_ref();
        let mut size = view.len(26.0) as u16;
        let mut dims = measure(name, bold, size as f32);
        let mut plate = layout::name_plate(dims.width / view.len(1.0));
        plate.y -= self.grown;
        let room = view.len(plate.w - 2.0 * layout::NAME_PLATE_PADDING);
        if dims.width > room && dims.width > 0.0 {
            size = ((size as f32) * room / dims.width).floor().max(1.0) as u16;
            dims = measure(name, bold, size as f32);
        }
        // With the story's plate frame, the name is written in the speaker's colour and the
        // frame's edge stripe takes it too; without, the plate is filled with it. In high
        // contrast, white on black edged in yellow.
        let p = view.rect(plate);
        let text_color = match &frames.nameplate {
            _ if self.style.high_contrast => {
                fill(view, plate, Contrast::BOX);
                draw_rectangle_lines(p.x, p.y, p.w, p.h, view.len(3.0), Contrast::EDGE);
                Contrast::TEXT
            }
            Some(frame) => {
                draw_stretched(view, frame, plate, WHITE);
                let stripe = Rect::new(plate.x + 2.0, plate.y + 2.0, 8.0, plate.h - 4.0);
                fill(view, stripe, speaker);
                legible_on_dark(speaker)
            }
            None => {
                fill(view, plate, speaker);
                readable_on(speaker)
            }
        };
        draw_text_ex(
            name,
            p.x + (p.w - dims.width) / 2.0,
            p.y + (p.h + dims.offset_y) / 2.0 - view.len(2.0),
            TextParams {
                font: bold,
                font_size: size,
                color: text_color,
                ..Default::default()
            },
        );
    }

    /// The lines, as far as the typewriter has come.
    fn draw_lines(&self, view: &View, theme: &Theme) {
        let size = view.len(self.size) as u16;
        let color = match self.style.high_contrast {
            true => Contrast::TEXT,
            false => theme.text,
        };
        let top = layout::TEXT_AREA.y - self.grown;
        let mut left = self.shown as usize;
        for (i, line) in self.lines.iter().enumerate() {
            if left == 0 {
                break;
            }
            let count = line.chars().count();
            let visible: String = line.chars().take(left).collect();
            left = left.saturating_sub(count);
            let baseline = top + self.size + i as f32 * self.line_height;
            let origin = view.point(layout::TEXT_AREA.x, baseline);
            let params = TextParams {
                font: self.font.as_ref(),
                font_size: size,
                color,
                ..Default::default()
            };
            draw_text_ex(&visible, origin.x, origin.y, params);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is half the font size wide.
    fn measure(s: &str, size: f32) -> f32 {
        s.chars().count() as f32 * size * 0.5
    }

    #[test]
    fn the_box_fades_with_the_opacity_setting_and_keeps_its_colour() {
        let dark = Color::new(0.1, 0.1, 0.12, 0.9);
        assert_eq!(faded(dark, 1.0), dark);
        assert_eq!(faded(dark, 0.5), Color::new(0.1, 0.1, 0.12, 0.45));
        assert_eq!(faded(dark, 0.0).a, 0.0);
    }

    /// `fit` in the normal style, as (lines, size, line height).
    fn fit_normal(text: &str) -> (Vec<String>, f32, f32) {
        let f = fit(text, &measure, &TextStyle::default());
        assert_eq!(f.grown, 0.0, "the box keeps its size at the normal style");
        (f.lines, f.size, f.line_height)
    }

    /// Where the last line's descenders end, from the top of the text area.
    fn bottom(f: &Fitted) -> f32 {
        f.size + (f.lines.len() as f32 - 1.0) * f.line_height + descent(f.size)
    }

    #[test]
    fn short_lines_keep_the_normal_size_and_long_ones_shrink_to_stay_inside_the_box() {
        let (lines, size, height) = fit_normal("A short line.");
        assert_eq!(
            (lines.len(), size, height),
            (1, layout::TEXT_SIZE, layout::LINE_HEIGHT)
        );
        // Three lines fit at the normal size.
        let three = "word ".repeat(3 * 1112 / 75);
        let (lines, size, _) = fit_normal(three.trim());
        assert_eq!((lines.len(), size), (3, layout::TEXT_SIZE));
        // Four lines at the normal size would run into the frame: a smaller size is taken,
        // and the last line's descenders stay inside the text area.
        let four = "word ".repeat(3 * 1112 / 75 + 6);
        let (lines, size, height) = fit_normal(four.trim());
        assert!(size < layout::TEXT_SIZE, "{size}");
        let bottom = size + (lines.len() as f32 - 1.0) * height + descent(size);
        assert!(
            bottom <= layout::TEXT_AREA.h,
            "{} lines end at {bottom}",
            lines.len()
        );
    }

    #[test]
    fn larger_text_keeps_its_size_and_the_box_grows_to_hold_every_line() {
        let long = "word ".repeat(3 * 1112 / 75 + 6);
        let mut last_size = 0.0;
        for spacing in [1.0, 1.25, 1.5] {
            for percent in crate::accessibility::TEXT_SIZES {
                let style = TextStyle {
                    scale: f32::from(percent) / 100.0,
                    spacing,
                    ..TextStyle::default()
                };
                let f = fit(long.trim(), &measure, &style);
                if spacing == 1.0 && percent >= 100 {
                    // Larger text (at 100% and under, a long line shrinks a little to keep the
                    // box its size, as it always has).
                    assert!(
                        f.size > last_size,
                        "{percent}%: {} after {last_size}",
                        f.size
                    );
                    last_size = f.size;
                }
                assert!(
                    bottom(&f) <= layout::TEXT_AREA.h + f.grown,
                    "{percent}% x {spacing}: the lines end at {} in a box grown {}",
                    bottom(&f),
                    f.grown
                );
                assert!(f.grown <= MOST_GROWN);
                assert!(f
                    .lines
                    .iter()
                    .all(|l| measure(l, f.size) <= layout::TEXT_AREA.w));
            }
        }
        let biggest = TextStyle {
            scale: 1.6,
            ..TextStyle::default()
        };
        let f = fit(long.trim(), &measure, &biggest);
        assert_eq!(
            f.size,
            (layout::TEXT_SIZE * 1.6).round(),
            "the size asked for"
        );
        assert!(f.grown > 0.0, "the box grew");
    }
}
