//! The choice menu: the options the runtime offers as boxes over the veiled stage, the prompt in
//! the text box below. Disabled options are drawn greyed and cannot be picked.

use crate::app::Ctx;
use crate::input::Input;
use crate::layout::{self, HEIGHT, WIDTH};
use crate::stage::fill;
use crate::theme::Theme;
use crate::widgets::ButtonList;
use macroquad::prelude::Rect;
use spearhead_core::ChoiceMenu;

pub struct ChoiceView {
    pub menu: ChoiceMenu,
    buttons: ButtonList,
    labels: Vec<String>,
}

impl ChoiceView {
    pub fn new(menu: ChoiceMenu) -> ChoiceView {
        let rects = layout::choice_boxes(menu.options.len());
        let enabled = menu.options.iter().map(|o| o.enabled).collect();
        let labels = menu.options.iter().map(|o| o.text.clone()).collect();
        ChoiceView {
            menu,
            buttons: ButtonList::new(rects, enabled),
            labels,
        }
    }

    /// The option picked this frame (an index into the menu's options).
    pub fn update(&mut self, input: &Input) -> Option<usize> {
        self.buttons.update(input)
    }

    pub fn draw(&self, ctx: &Ctx, theme: &Theme) {
        fill(&ctx.view, Rect::new(0.0, 0.0, WIDTH, HEIGHT), theme.veil);
        self.buttons.draw(
            &ctx.view,
            &self.labels,
            theme,
            None,
            ctx.fonts.as_ref(),
            26.0,
        );
    }
}
