//! The dialogue box: name plate in the speaker's colour, word-wrapped text revealed by a
//! typewriter. A click completes the line; the game screen advances on the next one.

use crate::assets::{draw_stretched, font_for, measure, Fonts};
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

/// Distance between lines of text `size` big (42 for the normal 30).
fn line_height(size: f32) -> f32 {
    (size * layout::LINE_HEIGHT / layout::TEXT_SIZE).round()
}

/// How far below its baseline a line's descenders may reach, for text `size` big.
fn descent(size: f32) -> f32 {
    (size * 0.3).ceil()
}

/// `text` broken into lines for the text area, at the largest of `SIZES` at which every line
/// fits inside it (the smallest when none does): the lines, the font size and the line height.
/// `measure(s, size)` is the width of `s` at `size`.
pub fn fit(text: &str, measure: &dyn Fn(&str, f32) -> f32) -> (Vec<String>, f32, f32) {
    let area = layout::TEXT_AREA;
    let mut best = None;
    for size in SIZES {
        let lines = wrap(text, area.w, &|s: &str| measure(s, size));
        let height = size + (lines.len() as f32 - 1.0) * line_height(size) + descent(size);
        let fits = height <= area.h;
        best = Some((lines, size, line_height(size)));
        if fits {
            break;
        }
    }
    best.expect("SIZES is not empty")
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
}

impl Default for TextStyle {
    fn default() -> Self {
        TextStyle { opacity: 1.0 }
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
    /// Font size and line height the lines were wrapped for (virtual units).
    size: f32,
    line_height: f32,
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
        let font = font_for(fonts, text, false);
        let measure = |s: &str, size: f32| measure(s, font, size).width;
        (self.lines, self.size, self.line_height) = fit(text, &measure);
        self.font = font.cloned();
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

    pub fn draw(&self, view: &View, theme: &Theme, frames: &Frames, fonts: Option<&Fonts>) {
        if self.lines.is_empty() {
            return;
        }
        let opacity = self.style.opacity;
        match &frames.textbox {
            Some(frame) => draw_stretched(view, frame, layout::TEXTBOX, faded(WHITE, opacity)),
            None => {
                fill(view, layout::TEXTBOX, faded(theme.textbox, opacity));
                let b = view.rect(layout::TEXTBOX);
                let edge = faded(theme.textbox_edge, opacity);
                draw_line(b.x, b.y, b.x + b.w, b.y, view.len(3.0), edge);
            }
        }

        if let Some((name, rgb)) = &self.speaker {
            let speaker = color_of(*rgb);
            // The plate grows to the name; a name longer than the widest plate is drawn
            // smaller, so it is never cut.
            let bold = font_for(fonts, name, true);
            let mut size = view.len(26.0) as u16;
            let mut dims = measure(name, bold, size as f32);
            let plate = layout::name_plate(dims.width / view.len(1.0));
            let room = view.len(plate.w - 2.0 * layout::NAME_PLATE_PADDING);
            if dims.width > room && dims.width > 0.0 {
                size = ((size as f32) * room / dims.width).floor().max(1.0) as u16;
                dims = measure(name, bold, size as f32);
            }
            // With the story's plate frame, the name is written in the speaker's colour and
            // the frame's edge stripe takes it too; without, the plate is filled with it.
            let text_color = match &frames.nameplate {
                Some(frame) => {
                    draw_stretched(view, frame, plate, WHITE);
                    fill(
                        view,
                        Rect::new(plate.x + 2.0, plate.y + 2.0, 8.0, plate.h - 4.0),
                        speaker,
                    );
                    legible_on_dark(speaker)
                }
                None => {
                    fill(view, plate, speaker);
                    readable_on(speaker)
                }
            };
            let p = view.rect(plate);
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

        let size = view.len(self.size) as u16;
        let mut left = self.shown as usize;
        for (i, line) in self.lines.iter().enumerate() {
            if left == 0 {
                break;
            }
            let count = line.chars().count();
            let visible: String = line.chars().take(left).collect();
            left = left.saturating_sub(count);
            let origin = view.point(
                layout::TEXT_AREA.x,
                layout::TEXT_AREA.y + self.size + i as f32 * self.line_height,
            );
            draw_text_ex(
                &visible,
                origin.x,
                origin.y,
                TextParams {
                    font: self.font.as_ref(),
                    font_size: size,
                    color: theme.text,
                    ..Default::default()
                },
            );
        }
        if !self.typing() {
            // A still marker (no blinking: an idle screen must not need redrawing): the line
            // is complete, click to go on.
            let m = view.rect(Rect::new(
                layout::TEXTBOX.right() - 40.0,
                layout::TEXTBOX.bottom() - 34.0,
                14.0,
                14.0,
            ));
            draw_triangle(
                vec2(m.x, m.y),
                vec2(m.x + m.w, m.y),
                vec2(m.x + m.w / 2.0, m.y + m.h),
                theme.accent,
            );
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

    #[test]
    fn short_lines_keep_the_normal_size_and_long_ones_shrink_to_stay_inside_the_box() {
        let (lines, size, height) = fit("A short line.", &measure);
        assert_eq!(
            (lines.len(), size, height),
            (1, layout::TEXT_SIZE, layout::LINE_HEIGHT)
        );
        // Three lines fit at the normal size.
        let three = "word ".repeat(3 * 1112 / 75);
        let (lines, size, _) = fit(three.trim(), &measure);
        assert_eq!((lines.len(), size), (3, layout::TEXT_SIZE));
        // Four lines at the normal size would run into the frame: a smaller size is taken,
        // and the last line's descenders stay inside the text area.
        let four = "word ".repeat(3 * 1112 / 75 + 6);
        let (lines, size, height) = fit(four.trim(), &measure);
        assert!(size < layout::TEXT_SIZE, "{size}");
        let bottom = size + (lines.len() as f32 - 1.0) * height + descent(size);
        assert!(
            bottom <= layout::TEXT_AREA.h,
            "{} lines end at {bottom}",
            lines.len()
        );
    }
}
