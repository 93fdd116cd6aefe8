//! The choice menu: the options the runtime offers as boxes over the veiled stage, the prompt in
//! the text box below. Disabled options are drawn greyed and cannot be picked.

use crate::assets::measure;
use crate::context::Ctx;
use crate::fonts::{font_for, Fonts};
use crate::input::Input;
use crate::layout::{self, HEIGHT, WIDTH};
use crate::stage::fill;
use crate::theme::Theme;
use crate::widgets::{label_line_height, label_lines, ButtonList, LABEL_PADDING};
use macroquad::prelude::Rect;
use spearhead_core::ChoiceMenu;

pub struct ChoiceView {
    pub menu: ChoiceMenu,
    buttons: ButtonList,
    labels: Vec<String>,
    /// The fonts the options were laid out in and are drawn in (the look's dialogue fonts).
    fonts: Option<Fonts>,
    /// The text size (times the normal one) they were laid out for.
    scale: f32,
}

/// Option text size (virtual units), at the story's own text size.
const TEXT_SIZE: f32 = 26.0;

/// The option boxes for `labels` set `scale` times the normal size (the accessibility text
/// size): as wide as the longest label needs (from the normal width up to `CHOICE_MAX_WIDTH`),
/// each as tall as its label's lines when it still has to wrap.
pub fn option_boxes(fonts: Option<&Fonts>, labels: &[String], scale: f32) -> Vec<Rect> {
    let size = TEXT_SIZE * scale;
    let widest = labels
        .iter()
        .map(|l| {
            let font = font_for(fonts, l, false);
            measure(l, font, size).width + 2.0 * LABEL_PADDING + 2.0
        })
        .fold(layout::CHOICE_WIDTH, f32::max);
    let width = widest.min(layout::CHOICE_MAX_WIDTH);
    // Larger text makes each line taller by what its line height grew.
    let grown = label_line_height(size) - label_line_height(TEXT_SIZE);
    let heights: Vec<f32> = labels
        .iter()
        .map(|l| {
            let lines = label_lines(fonts, l, width, size).len().max(1);
            layout::CHOICE_HEIGHT + grown.max(0.0) + (lines - 1) as f32 * label_line_height(size)
        })
        .collect();
    layout::choice_boxes_sized(width, &heights)
}

impl ChoiceView {
    /// The options of `menu`, in `fonts`, their text `scale` times the normal size.
    pub fn new(menu: ChoiceMenu, fonts: Option<Fonts>, scale: f32) -> ChoiceView {
        let enabled = menu.options.iter().map(|o| o.enabled).collect();
        let labels: Vec<String> = menu.options.iter().map(|o| o.text.clone()).collect();
        let rects = option_boxes(fonts.as_ref(), &labels, scale);
        ChoiceView {
            menu,
            buttons: ButtonList::new(rects, enabled),
            labels,
            fonts,
            scale,
        }
    }

    /// The text size the options were laid out for.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The option picked this frame (an index into the menu's options).
    pub fn update(&mut self, input: &Input) -> Option<usize> {
        self.buttons.update(input)
    }

    /// The option the keyboard (or the pointer) is on, if any.
    pub fn focused(&self) -> Option<&String> {
        self.buttons.selected.and_then(|i| self.labels.get(i))
    }

    pub fn draw(&self, ctx: &Ctx, theme: &Theme) {
        fill(
            &ctx.services.view,
            Rect::new(0.0, 0.0, WIDTH, HEIGHT),
            theme.veil,
        );
        self.buttons.draw(
            &ctx.services.view,
            &self.labels,
            theme,
            None,
            self.fonts.as_ref(),
            TEXT_SIZE * self.scale,
        );
    }
}
