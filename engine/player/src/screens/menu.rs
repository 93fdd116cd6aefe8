//! The game menu, opened over the game with Esc or a right click: back to the game, save, load,
//! settings, to the title (after an autosave) or out of the player (both asked first).

use super::confirm::{Confirm, Question};
use super::options::Options;
use super::saveload::{Mode, SaveLoad};
use super::{title::TitleScreen, Next, Screen};
use crate::actions::Action;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout;
use crate::narration::Spoken;
use crate::thumbnail::Thumbnail;
use crate::widgets::ButtonList;
use macroquad::prelude::*;
use spearhead_core::StoryState;

/// The buttons' interface strings (ui.ftl), in order.
const LABELS: [&str; 6] = [
    "menu-resume",
    "menu-save",
    "menu-load",
    "menu-settings",
    "menu-title-screen",
    "menu-quit",
];

pub struct GameMenu {
    buttons: ButtonList,
    /// The game's state when the menu opened and its picture then, for Save.
    state: StoryState,
    picture: Thumbnail,
}

impl GameMenu {
    pub fn new(state: StoryState, picture: Thumbnail) -> GameMenu {
        let mut buttons = ButtonList::new(
            layout::title_buttons(LABELS.len(), 1.0),
            vec![true; LABELS.len()],
        );
        buttons.selected = Some(0);
        GameMenu {
            buttons,
            state,
            picture,
        }
    }
}

impl Screen for GameMenu {
    fn update(&mut self, ctx: &mut Ctx, input: &Input, _dt: f32) -> Next {
        if input.did(Action::Back) {
            return Next::Pop;
        }
        match self.buttons.update(input) {
            Some(0) => Next::Pop,
            Some(1) => {
                let mode = Mode::Save {
                    state: Box::new(self.state.clone()),
                    picture: Some(self.picture.clone()),
                };
                Next::Push(Box::new(SaveLoad::new(ctx, mode)))
            }
            Some(2) => Next::Push(Box::new(SaveLoad::new(ctx, Mode::Load).over_a_game())),
            Some(3) => Next::Push(Box::new(Options::new())),
            Some(4) => {
                let question = Question::new("confirm-title-screen");
                let to_title = |ctx: &mut Ctx| Next::Reset(Box::new(TitleScreen::new(ctx)));
                Next::Push(Box::new(Confirm::new(question, to_title)))
            }
            Some(5) => Next::Push(Box::new(Confirm::quit())),
            _ => Next::Stay,
        }
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        // The buttons follow the text size, which may change on the settings over this menu.
        let scale = ctx.services.text_scale();
        self.buttons.rects = layout::title_buttons(LABELS.len(), scale);
        let frames = ctx.button_frames();
        let labels: Vec<String> = LABELS.iter().map(|id| ctx.services.ui.get(id)).collect();
        self.buttons.draw(
            &ctx.services.view,
            &labels,
            &ctx.menu_theme.clone(),
            frames.as_ref().map(|(n, h)| (n, h)),
            ctx.services.fonts.as_ref(),
            26.0 * scale,
        );
    }

    fn animating(&self) -> bool {
        false
    }

    fn spoken(&self, ctx: &Ctx) -> Spoken {
        let focus = self
            .buttons
            .selected
            .map(|i| ctx.services.ui.get(LABELS[i]));
        Spoken::titled([ctx.services.ui.get("menu-title")]).focused(focus)
    }

    fn is_overlay(&self) -> bool {
        true
    }
}
