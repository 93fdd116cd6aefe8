//! The runtime: a small API over an immutable `Story` and one mutable `StoryState`.
//! `advance` runs until the reader has something to look at (a line, a choice, the end) and
//! returns the events on the way; `choose` picks an option; `rollback` steps back.

mod eval;
mod event;
mod stack;
mod start;
mod state;

pub use event::{ChoiceItem, ChoiceMenu, Event, Line};
pub use start::{Start, StartError};
pub(crate) use state::{Frame, Undo, Wait};
pub use state::{Sprite, StageState, StoryState};

use crate::ast::AssignOp;
use crate::story::{Op, SceneId, Story};
use crate::value::Value;
use std::sync::Arc;

/// How many steps a story may take without showing the reader anything. A scene that loops
/// through jumps and assignments only would otherwise hang the player.
pub const MAX_STEPS_WITHOUT_WAIT: usize = 100_000;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RuntimeError {
    /// The reader must pick an option first.
    #[error("a choice is waiting; choose an option before advancing")]
    ChoiceNeeded,
    /// `choose` was called with no choice on screen.
    #[error("there is no choice to make here")]
    NoChoice,
    /// The option index (0-based; messages count from 1) is past the options shown.
    #[error("option {} does not exist (there are {count})", .index + 1)]
    NoSuchOption { index: usize, count: usize },
    /// The option is shown greyed out.
    #[error("option {} is not available", .index + 1)]
    OptionDisabled { index: usize },
    /// The story ran many steps without a line or choice: it loops forever.
    #[error("scene `{scene}` ran {MAX_STEPS_WITHOUT_WAIT} steps without showing anything; it loops forever")]
    Runaway { scene: String },
    /// `return` outside a called scene.
    #[error("scene `{scene}` returned, but no scene called it")]
    ReturnWithoutCall { scene: String },
    /// The checker rejects this; a story built by hand could still do it.
    #[error("scene `{scene}` ran off its end")]
    FellOffScene { scene: String },
    #[error("division by zero")]
    DivisionByZero,
}

impl Story {
    /// Runs to the next line, choice or ending and returns the events on the way there.
    /// After the end, returns no events. On an error the state is left as it was.
    pub fn advance(&self, state: &mut StoryState) -> Result<Vec<Event>, RuntimeError> {
        // A line usually comes after a few stage directions: room for them without regrowing.
        let mut events = Vec::with_capacity(4);
        self.advance_into(state, &mut events)?;
        Ok(events)
    }

    /// `advance`, with the events put in `events` (emptied first, and left empty on an error):
    /// a reader that keeps one vector for every step allocates nothing per line for them.
    pub fn advance_into(
        &self,
        state: &mut StoryState,
        events: &mut Vec<Event>,
    ) -> Result<(), RuntimeError> {
        events.clear();
        let before = (
            state.wait.clone(),
            state.pc,
            state.scene,
            state.frames.clone(),
            state.journal.len(),
        );
        match state.wait {
            Wait::Choice { .. } => return Err(RuntimeError::ChoiceNeeded),
            Wait::Ended(_) => return Ok(()),
            Wait::Fresh => self.enter(state, state.scene, events),
            Wait::Resume => events.push(Event::SceneStart { scene: state.scene }),
            Wait::Line { .. } | Wait::Picked { .. } => {}
        }
        if let Err(e) = self.run(state, events) {
            let (wait, pc, scene, frames, journal_len) = before;
            undo_to(state, journal_len);
            (state.wait, state.pc, state.scene, state.frames) = (wait, pc, scene, frames);
            events.clear();
            return Err(e);
        }
        Ok(())
    }

    /// Picks the `index`-th option of the choice on screen (0-based). Call `advance` next.
    pub fn choose(&self, state: &mut StoryState, index: usize) -> Result<(), RuntimeError> {
        let Wait::Choice { pc, shown } = &state.wait else {
            return Err(RuntimeError::NoChoice);
        };
        let Op::Menu(menu) = &self.scene(state.scene).code[*pc as usize] else {
            unreachable!("a choice wait always points at a menu")
        };
        let &option = shown.get(index).ok_or(RuntimeError::NoSuchOption {
            index,
            count: shown.len(),
        })?;
        if let Some(condition) = &menu.options[option].condition {
            if !eval::eval(condition, &state.vars, &state.visits)?.as_bool() {
                return Err(RuntimeError::OptionDisabled { index });
            }
        }
        state.wait = Wait::Picked { menu: *pc, option };
        state.pc = menu.options[option].target;
        Ok(())
    }

    /// The line, choice or ending the reader is looking at, rebuilt from the state (after a
    /// load or a rollback). `None` before the first `advance`.
    pub fn current(&self, state: &StoryState) -> Option<Event> {
        match &state.wait {
            Wait::Fresh | Wait::Resume | Wait::Picked { .. } => None,
            Wait::Ended(ending) => Some(Event::End { ending: *ending }),
            Wait::Line { pc } => Some(self.line_event(state, *pc)),
            Wait::Choice { pc, .. } => Some(self.menu_event(state, *pc).ok()?.0),
        }
    }

    /// Steps back to the previous line or choice the reader saw. Returns false at the start.
    pub fn rollback(&self, state: &mut StoryState) -> bool {
        if state.history.len() < 2 {
            return false;
        }
        state.history.pop();
        let target = state.history.last().expect("two or more entries").clone();
        undo_to(state, target.journal_len);
        state.scene = target.scene;
        state.pc = target.pc;
        state.frames = target.frames;
        state.stage = target.stage;
        state.wait = target.wait;
        true
    }

    fn enter(&self, state: &mut StoryState, scene: SceneId, events: &mut Vec<Event>) {
        state.scene = scene;
        state.pc = 0;
        state.visits[scene as usize] += 1;
        state.journal.push(Undo::Visit(scene));
        events.push(Event::SceneStart { scene });
    }

    fn run(&self, state: &mut StoryState, events: &mut Vec<Event>) -> Result<(), RuntimeError> {
        for _ in 0..MAX_STEPS_WITHOUT_WAIT {
            let scene = self.scene(state.scene);
            let Some(op) = scene.code.get(state.pc as usize) else {
                return Err(RuntimeError::FellOffScene {
                    scene: scene.name.clone(),
                });
            };
            match op {
                Op::Say(_) => {
                    let pc = state.pc;
                    state.pc += 1;
                    state.wait = Wait::Line { pc };
                    events.push(self.line_event(state, pc));
                    state.checkpoint();
                    return Ok(());
                }
                Op::Menu(menu) => {
                    let (event, shown) = self.menu_event(state, state.pc)?;
                    if shown.is_empty() {
                        // Every option is hidden: the reader has nothing to pick, so go on.
                        state.pc = menu.end;
                        continue;
                    }
                    state.wait = Wait::Choice {
                        pc: state.pc,
                        shown,
                    };
                    events.push(event);
                    state.checkpoint();
                    return Ok(());
                }
                Op::End(ending) => {
                    state.wait = Wait::Ended(*ending);
                    events.push(Event::End { ending: *ending });
                    state.checkpoint();
                    return Ok(());
                }
                Op::Stage(direction) => {
                    Arc::make_mut(&mut state.stage).apply(direction);
                    events.push(Event::Stage(direction.clone()));
                    state.pc += 1;
                }
                Op::Branch {
                    condition,
                    else_target,
                } => {
                    let taken = eval::eval(condition, &state.vars, &state.visits)?.as_bool();
                    state.pc = if taken { state.pc + 1 } else { *else_target };
                }
                Op::Goto(target) => state.pc = *target,
                Op::Assign { var, op, value } => {
                    let value = eval::eval(value, &state.vars, &state.visits)?;
                    self.assign(state, *var, *op, value);
                    state.pc += 1;
                }
                Op::Jump(target) => self.enter(state, *target, events),
                Op::Call(target) => {
                    state.frames.push(Frame {
                        scene: state.scene,
                        pc: state.pc + 1,
                    });
                    self.enter(state, *target, events);
                }
                Op::Return => {
                    let frame =
                        state
                            .frames
                            .pop()
                            .ok_or_else(|| RuntimeError::ReturnWithoutCall {
                                scene: scene.name.clone(),
                            })?;
                    state.scene = frame.scene;
                    state.pc = frame.pc;
                }
            }
        }
        Err(RuntimeError::Runaway {
            scene: self.scene(state.scene).name.clone(),
        })
    }

    fn assign(&self, state: &mut StoryState, var: usize, op: AssignOp, value: Value) {
        let old = &state.vars[var];
        let mut new = match op {
            AssignOp::Set => value,
            AssignOp::Add => Value::Int(old.as_int().saturating_add(value.as_int())),
            AssignOp::Sub => Value::Int(old.as_int().saturating_sub(value.as_int())),
        };
        if let (Some((min, max)), Value::Int(n)) = (self.variables[var].range, &new) {
            new = Value::Int((*n).clamp(min, max));
        }
        let old = std::mem::replace(&mut state.vars[var], new);
        state.journal.push(Undo::Var { var, old });
    }

    fn line_event(&self, state: &StoryState, pc: u32) -> Event {
        let Op::Say(say) = &self.scene(state.scene).code[pc as usize] else {
            unreachable!("line_event is only called on a Say op")
        };
        Event::Line(Line {
            scene: state.scene,
            key: say.key.clone(),
            speaker: say.speaker,
            expression: say.expression.clone(),
            text: say.text.fill(&state.vars),
        })
    }

    /// Which options of the menu at `pc` the reader would see now.
    pub(crate) fn shown_options(
        &self,
        state: &StoryState,
        pc: u32,
    ) -> Result<Vec<usize>, RuntimeError> {
        self.menu_event(state, pc).map(|(_, shown)| shown)
    }

    /// The menu at `pc` as the reader sees it, and which options are shown.
    fn menu_event(&self, state: &StoryState, pc: u32) -> Result<(Event, Vec<usize>), RuntimeError> {
        let Op::Menu(menu) = &self.scene(state.scene).code[pc as usize] else {
            unreachable!("menu_event is only called on a Menu op")
        };
        let mut shown = Vec::new();
        let mut options = Vec::new();
        for (i, option) in menu.options.iter().enumerate() {
            let enabled = match &option.condition {
                Some(c) => eval::eval(c, &state.vars, &state.visits)?.as_bool(),
                None => true,
            };
            if enabled || option.show_disabled {
                shown.push(i);
                options.push(ChoiceItem {
                    key: option.key.clone(),
                    text: option.text.fill(&state.vars),
                    enabled,
                });
            }
        }
        let event = Event::Choice(ChoiceMenu {
            key: menu.key.clone(),
            prompt: menu.prompt.as_ref().map(|p| p.fill(&state.vars)),
            options,
        });
        Ok((event, shown))
    }
}

/// Undoes journalled changes until the journal is `len` long.
fn undo_to(state: &mut StoryState, len: usize) {
    while state.journal.len() > len {
        match state.journal.pop().expect("journal is longer than len") {
            Undo::Var { var, old } => state.vars[var] = old,
            Undo::Visit(scene) => state.visits[scene as usize] -= 1,
        }
    }
}
