//! The screens of the player, kept on a stack by `app`: the title, the game, and the menus that
//! open over it. Each screen turns input into calls on the story core and draws itself.

pub mod backlog;
pub mod cg_gallery;
pub mod choice;
pub mod confirm;
pub mod endings;
pub mod flash;
pub mod game;
pub mod menu;
pub mod music_room;
pub mod options;
pub mod quick_menu;
pub mod save_pages;
pub mod saveload;
pub mod script_errors;
pub mod title;

use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{Rect, View, HEIGHT, WIDTH};
use crate::narration::Spoken;
use crate::stage::fill;
use crate::theme::Theme;
use macroquad::prelude::{draw_text_ex, Color, TextParams};

/// The page the full-screen menus (settings, save and load, endings) are drawn on, in the
/// menu look's `page` colour.
pub fn page_backdrop(view: &View, theme: &Theme) {
    fill(view, Rect::new(0.0, 0.0, WIDTH, HEIGHT), theme.page);
}

/// One line of interface text at a virtual position, in the font that has its glyphs.
pub fn page_text(ctx: &Ctx, s: &str, (x, y): (f32, f32), size: f32, color: Color, bold: bool) {
    let at = ctx.services.view.point(x, y);
    let params = TextParams {
        font: ctx.services.font(s, bold),
        font_size: ctx.services.view.len(size) as u16,
        color,
        ..Default::default()
    };
    draw_text_ex(s, at.x, at.y, params);
}

/// One line of interface text at `at`, at `size` or smaller to stay within `room` units (a
/// long translation at a large text size).
pub fn fitted_text(
    ctx: &Ctx,
    s: &str,
    at: (f32, f32),
    size: f32,
    room: f32,
    color: Color,
    bold: bool,
) {
    let size = crate::widgets::fit_width(s, ctx.services.font(s, bold), size, room);
    page_text(ctx, s, at, size, color, bold);
}

/// A page's heading and the line under it (how much of it was seen), at the reader's text
/// size, from `x` across at most `room` units.
pub fn page_heading(ctx: &Ctx, [heading, progress]: &[String; 2], x: f32, room: f32) {
    let (scale, theme) = (ctx.services.text_scale(), &ctx.menu_theme);
    fitted_text(
        ctx,
        heading,
        (x, 90.0),
        34.0 * scale,
        room,
        theme.text,
        true,
    );
    let dim = theme.option_disabled_text;
    fitted_text(ctx, progress, (x, 130.0), 22.0 * scale, room, dim, false);
}

/// What the screen stack does after a screen's update.
pub enum Next {
    Stay,
    /// Stays, and tells every screen on the stack (this one and those under it) what changed.
    Tell(Notice),
    /// Opens a screen over this one.
    Push(Box<dyn Screen>),
    /// Closes this screen.
    Pop,
    /// Clears the stack and shows this screen alone.
    Reset(Box<dyn Screen>),
    Quit,
}

/// A change one screen makes that the others may need to show (a message, not a flag).
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The language shown changed (in the settings): text on screen is in the old one.
    LanguageChanged,
    /// The story was edited while playing (live reload): the game goes on from this state,
    /// the same place in the new story.
    StoryChanged(spearhead_core::StoryState),
}

pub trait Screen {
    /// Handles this frame's input and advances animations by `dt` seconds.
    fn update(&mut self, ctx: &mut Ctx, input: &Input, dt: f32) -> Next;
    fn draw(&mut self, ctx: &mut Ctx);
    /// True while something moves on screen, so the next frame must come without input.
    fn animating(&self) -> bool;
    /// Finishes every animation at once (scripted shots capture the settled frame).
    fn settle(&mut self) {}
    /// True while the screen holds its picture (or shows nothing yet) because art it needs is
    /// still loading; it also animates then, so frames keep coming until the art is in.
    fn waiting(&self) -> bool {
        false
    }
    /// Called when the screen leaves the stack, also when the player quits (the game screen
    /// autosaves).
    fn on_close(&mut self, _ctx: &mut Ctx) {}
    /// Called when the screen over this one closes (the game shows its line again if the
    /// language changed in the settings).
    fn on_uncovered(&mut self, _ctx: &mut Ctx) {}

    /// Called with what another screen (or this one) told the stack (`Next::Tell`).
    fn on_notice(&mut self, _ctx: &mut Ctx, _notice: &Notice) {}
    /// The story state shown, for a screen that has one (the game).
    fn story_state(&self) -> Option<&spearhead_core::StoryState> {
        None
    }
    /// Draws the screens under this one too (menus over the game).
    fn is_overlay(&self) -> bool {
        false
    }
    /// True for the question asked before quitting: closing the window again while it is
    /// open quits.
    fn asks_to_quit(&self) -> bool {
        false
    }
    /// What self-voicing says of this screen (its title when it opens, the focused control
    /// when the focus moves): nothing unless it says otherwise.
    fn spoken(&self, _ctx: &Ctx) -> Spoken {
        Spoken::default()
    }
    /// Whether Shift+A opens the accessibility page over this screen (not over itself).
    fn opens_accessibility(&self) -> bool {
        true
    }
}
