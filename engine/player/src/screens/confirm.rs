//! Yes/no questions. `Dialog` is the small box a screen shows over itself (overwrite or delete a
//! slot, load over a game in progress); `Confirm` is a screen of its own that asks before
//! something the reader cannot take back (quit, leave the game for the title). Enter or a click
//! on Yes answers yes (Yes has the focus when it opens); Esc, a right click, N or No answers
//! no; arrows and Tab move between the two.

use super::{Next, Screen};
use crate::actions::Action;
use crate::assets::measure;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{Rect, HEIGHT, WIDTH};
use crate::narration::Spoken;
use crate::stage::fill;
use crate::widgets::ButtonList;
use macroquad::prelude::*;

/// A question in the interface's words: its ui.ftl ID and the slot number it names, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub slot: Option<usize>,
}

impl Question {
    pub fn new(id: &'static str) -> Question {
        Question { id, slot: None }
    }

    pub fn about_slot(id: &'static str, slot: usize) -> Question {
        Question {
            id,
            slot: Some(slot),
        }
    }

    /// The question in the language shown.
    fn text(&self, ctx: &Ctx) -> String {
        match self.slot {
            Some(slot) => ctx.services.ui.with(self.id, &[("slot", slot.into())]),
            None => ctx.services.ui.get(self.id),
        }
    }
}

/// The reader's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
}

/// Where the question's box sits, for a question of up to three lines at the normal text size.
pub const BOX: Rect = Rect {
    x: 380.0,
    y: 250.0,
    w: 520.0,
    h: 240.0,
};
const QUESTION_SIZE: f32 = 26.0;
const QUESTION_LINE: f32 = 34.0;
/// The question's first baseline below the box's top, and room kept under its last line.
const QUESTION_TOP: f32 = 56.0;
const QUESTION_BOTTOM: f32 = 24.0;
const ANSWER_SIZE: f32 = 22.0;
const ANSWER_BUTTON: (f32, f32) = (180.0, 56.0);
/// Room between the two answers, and under them.
const ANSWER_GAP: f32 = 40.0;
const ANSWER_BOTTOM: f32 = 24.0;
/// The most lines a question shows.
const QUESTION_LINES: usize = 6;

/// The box for a question of `lines` lines at `scale` times the normal text size, and its two
/// answers' buttons: the box grows (wider, then taller) to hold larger text, centred where
/// the normal one is.
fn layout(lines: usize, scale: f32) -> (Rect, [Rect; 2]) {
    let grow = scale.max(1.0);
    let width = (BOX.w * grow).min(WIDTH - 80.0);
    let (bw, bh) = (ANSWER_BUTTON.0 * grow, ANSWER_BUTTON.1 * grow);
    let text = QUESTION_TOP + QUESTION_LINE * (lines.max(1) - 1) as f32 + QUESTION_BOTTOM;
    let height = BOX.h.max((text + ANSWER_BOTTOM) * grow + bh);
    let frame = Rect::new(
        (WIDTH - width) / 2.0,
        BOX.y + BOX.h / 2.0 - height / 2.0,
        width,
        height,
    );
    let y = frame.bottom() - (ANSWER_BOTTOM * grow) - bh;
    let gap = ANSWER_GAP * grow / 2.0;
    let yes = Rect::new(WIDTH / 2.0 - gap - bw, y, bw, bh);
    let no = Rect::new(WIDTH / 2.0 + gap, y, bw, bh);
    (frame, [yes, no])
}
const YES: usize = 0;
/// The answers' interface strings (ui.ftl), Yes first.
const ANSWERS: [&str; 2] = ["confirm-yes", "confirm-no"];

/// The yes/no box.
#[derive(Debug, Clone)]
pub struct Dialog {
    pub question: Question,
    buttons: ButtonList,
}

impl Dialog {
    pub fn new(question: Question) -> Dialog {
        let rects = layout(1, 1.0).1.to_vec();
        let mut buttons = ButtonList::new(rects, vec![true, true]);
        buttons.selected = Some(YES);
        Dialog { question, buttons }
    }

    /// The answer given this frame, if any.
    pub fn update(&mut self, input: &Input) -> Option<Answer> {
        // Up, Down and Tab move in the list itself; with two buttons, so do Left and Right.
        if input.did(Action::Left) || input.did(Action::Right) {
            let other = if self.buttons.selected == Some(YES) {
                1
            } else {
                YES
            };
            self.buttons.selected = Some(other);
        }
        if let Some(picked) = self.buttons.update(input) {
            return Some(if picked == YES {
                Answer::Yes
            } else {
                Answer::No
            });
        }
        if input.did(Action::Yes) {
            return Some(Answer::Yes);
        }
        (input.did(Action::Back) || input.did(Action::No)).then_some(Answer::No)
    }

    /// The button the keyboard is on (0 is Yes, 1 is No).
    pub fn focused(&self) -> Option<usize> {
        self.buttons.selected
    }

    /// What self-voicing says of the box: the question, then the focused answer.
    pub fn spoken(&self, ctx: &Ctx) -> Spoken {
        let focus = self.focused().map(|i| ctx.services.ui.get(ANSWERS[i]));
        Spoken::titled([self.question.text(ctx)]).focused(focus)
    }

    /// Draws the box over a dimmed screen, as large as the question needs at the reader's
    /// text size.
    pub fn draw(&mut self, ctx: &Ctx) {
        let view = ctx.services.view;
        let theme = ctx.menu_theme.clone();
        let scale = ctx.services.text_scale();
        let question = self.question.text(ctx);
        let font = ctx.services.font(&question, true);
        let size = QUESTION_SIZE * scale;
        let width = |s: &str| measure(s, font, size).width;
        let wrap_at = layout(1, scale).0.w - 60.0;
        let mut lines = crate::wrap::wrap(&question, wrap_at, &width);
        lines.truncate(QUESTION_LINES);
        let (frame, answers) = layout(lines.len(), scale);
        self.buttons.rects = answers.to_vec();
        let whole = Rect::new(0.0, 0.0, WIDTH, HEIGHT);
        fill(&view, whole, Color::new(0.0, 0.0, 0.0, 0.6));
        fill(&view, frame, theme.option);
        let edge = view.rect(frame);
        draw_rectangle_lines(edge.x, edge.y, edge.w, edge.h, view.len(2.0), theme.accent);
        // The question, wrapped to the box and centred.
        for (i, line) in lines.iter().enumerate() {
            let x = WIDTH / 2.0 - width(line) / 2.0;
            let y = frame.y + (QUESTION_TOP + i as f32 * QUESTION_LINE) * scale.max(1.0);
            super::page_text(ctx, line, (x, y), size, theme.text, true);
        }
        let labels = ANSWERS.map(|id| ctx.services.ui.get(id));
        let fonts = ctx.services.fonts.as_ref();
        let size = ANSWER_SIZE * scale;
        (self.buttons).draw(&view, &labels, &theme, None, fonts, size);
    }
}

/// What a yes does, once the question closes.
type OnYes = Box<dyn FnOnce(&mut Ctx) -> Next>;

/// A screen that asks a question over the one below it and does `on_yes` on a yes.
pub struct Confirm {
    dialog: Dialog,
    on_yes: Option<OnYes>,
    quits: bool,
}

impl Confirm {
    pub fn new(question: Question, on_yes: impl FnOnce(&mut Ctx) -> Next + 'static) -> Confirm {
        Confirm {
            dialog: Dialog::new(question),
            on_yes: Some(Box::new(on_yes)),
            quits: false,
        }
    }

    /// "Quit the game?": a yes quits the player.
    pub fn quit() -> Confirm {
        Confirm {
            quits: true,
            ..Confirm::new(Question::new("confirm-quit"), |_| Next::Quit)
        }
    }
}

impl Screen for Confirm {
    fn update(&mut self, ctx: &mut Ctx, input: &Input, _dt: f32) -> Next {
        match self.dialog.update(input) {
            Some(Answer::Yes) => match self.on_yes.take() {
                Some(on_yes) => on_yes(ctx),
                None => Next::Pop,
            },
            Some(Answer::No) => Next::Pop,
            None => Next::Stay,
        }
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        self.dialog.draw(ctx);
    }

    fn animating(&self) -> bool {
        false
    }

    fn is_overlay(&self) -> bool {
        true
    }

    fn asks_to_quit(&self) -> bool {
        self.quits
    }

    fn spoken(&self, ctx: &Ctx) -> Spoken {
        self.dialog.spoken(ctx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use macroquad::prelude::KeyCode;

    #[test]
    fn the_box_grows_for_larger_text_and_longer_questions_and_stays_on_the_canvas() {
        let (normal, answers) = layout(3, 1.0);
        assert_eq!(normal, BOX, "the normal size keeps the usual box");
        assert_eq!(answers[0], Rect::new(440.0, 410.0, 180.0, 56.0));
        assert_eq!(answers[1], Rect::new(660.0, 410.0, 180.0, 56.0));
        for (lines, scale) in [(4, 1.0), (2, 1.6), (QUESTION_LINES, 1.6)] {
            let (frame, answers) = layout(lines, scale);
            let last_line = frame.y + (QUESTION_TOP + QUESTION_LINE * (lines - 1) as f32) * scale;
            let canvas = Rect::new(0.0, 0.0, WIDTH, HEIGHT);
            assert!(
                canvas.contains(frame.point()) && frame.bottom() <= HEIGHT,
                "{frame:?}"
            );
            for answer in answers {
                assert!(answer.y > last_line, "{lines} lines at {scale}: {answer:?}");
                assert!(answer.x >= frame.x && answer.right() <= frame.right());
                assert!(answer.bottom() <= frame.bottom());
            }
        }
    }

    #[test]
    fn the_keys_reach_both_answers_and_enter_takes_the_focused_one() {
        let mut dialog = Dialog::new(Question::new("confirm-quit"));
        assert_eq!(dialog.focused(), Some(YES), "Yes has the focus");
        for k in [KeyCode::Right, KeyCode::Left, KeyCode::Tab, KeyCode::Down] {
            let before = dialog.focused();
            assert_eq!(dialog.update(&Input::key(k)), None);
            assert_ne!(dialog.focused(), before, "{k:?} moves");
        }
        dialog.update(&Input::key(KeyCode::Right));
        assert_eq!(dialog.update(&Input::key(KeyCode::Enter)), Some(Answer::No));
        let mut dialog = Dialog::new(Question::new("confirm-quit"));
        assert_eq!(
            dialog.update(&Input::key(KeyCode::Enter)),
            Some(Answer::Yes)
        );
        assert_eq!(
            dialog.update(&Input::key(KeyCode::Escape)),
            Some(Answer::No)
        );
    }
}
