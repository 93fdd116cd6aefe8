//! The runtime: a small API over an immutable `Story` and one mutable `StoryState`.
//! `advance` runs until the reader has something to look at (a line, a choice, the end) and
//! returns the events on the way; `choose` picks an option; `rollback` steps back.

mod calls;
mod eval;
mod event;
mod redo;
mod stack;
mod start;
mod state;

pub(crate) use calls::Frame;
pub use event::{ChoiceItem, ChoiceMenu, Event, Line};
pub use start::{Start, StartError};
pub use state::{Sprite, StageState, StoryState};
pub(crate) use state::{Undo, Wait};

use crate::ast::AssignOp;
use crate::story::{Op, SceneId, Story};
use crate::template::{Selector, Template};
use crate::value::{Value, MAX_STRING_BYTES};
use std::sync::Arc;

/// How many steps a story may take without showing the reader anything. A scene that loops
/// through jumps and assignments only would otherwise hang the player.
pub const MAX_STEPS_WITHOUT_WAIT: usize = 100_000;

/// How many calls may wait for a return at once. A scene that calls itself for ever would
/// otherwise grow the call stack (and every save) without end.
pub const MAX_CALL_DEPTH: usize = 1_000;

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
    /// A `+` of two strings, or a line's `{braces}`, would make a text longer than
    /// `MAX_STRING_BYTES`.
    #[error("a text grew longer than {MAX_STRING_BYTES} bytes, the most a string may hold")]
    StringTooLong,
    /// `MAX_CALL_DEPTH` calls were waiting for a return: a scene calls itself without end.
    #[error("scene `{scene}` made a call {MAX_CALL_DEPTH} calls deep; scenes that call each other must return")]
    CallTooDeep { scene: String },
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
        let before = state.cursor.clone();
        let (journal_len, history_len) = (state.journal.len(), state.history.len());
        match state.cursor.wait {
            Wait::Choice { .. } => return Err(RuntimeError::ChoiceNeeded),
            Wait::Ended(_) => return Ok(()),
            Wait::Fresh => self.enter(state, state.cursor.scene, events),
            Wait::Resume => events.push(Event::SceneStart {
                scene: state.cursor.scene,
            }),
            Wait::Line { .. } | Wait::Picked { .. } => {}
        }
        if let Err(e) = self.run(state, events) {
            // Everything the step changed, put back: variables and visits through the journal,
            // the rest as a whole.
            undo_to(state, journal_len);
            state.history.truncate(history_len);
            state.cursor = before;
            events.clear();
            return Err(e);
        }
        // The reader went on: what was rolled back is no longer ahead of them.
        state.redo.clear();
        Ok(())
    }

    /// Picks the `index`-th option of the choice on screen (0-based). Call `advance` next.
    pub fn choose(&self, state: &mut StoryState, index: usize) -> Result<(), RuntimeError> {
        let Wait::Choice { pc, shown } = &state.cursor.wait else {
            return Err(RuntimeError::NoChoice);
        };
        let Op::Menu(menu) = &self.scene(state.cursor.scene).code[*pc as usize] else {
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
        state.cursor.wait = Wait::Picked { menu: *pc, option };
        state.cursor.pc = menu.options[option].target;
        // A choice of their own: what was rolled back is another way now.
        state.redo.clear();
        Ok(())
    }

    /// The line, choice or ending the reader is looking at, rebuilt from the state (after a
    /// load or a rollback). `None` before the first `advance`.
    pub fn current(&self, state: &StoryState) -> Option<Event> {
        match &state.cursor.wait {
            Wait::Fresh | Wait::Resume | Wait::Picked { .. } => None,
            Wait::Ended(ending) => Some(Event::End { ending: *ending }),
            Wait::Line { pc } => self.line_event(state, *pc).ok(),
            Wait::Choice { pc, .. } => Some(self.menu_event(state, *pc).ok()?.0),
        }
    }

    /// Steps back to the previous line or choice the reader saw. Returns false at the start.
    /// Rolls back to the `len`-th wait point (1-based): the state is then exactly as it was
    /// when that point was reached, and the points after it are gone.
    pub(crate) fn rollback_to(&self, state: &mut StoryState, len: usize) {
        state.history.truncate(len);
        let Some(target) = state.history.last() else {
            return;
        };
        let (cursor, journal_len) = (target.cursor.clone(), target.journal_len);
        undo_to(state, journal_len);
        state.cursor = cursor;
    }

    fn enter(&self, state: &mut StoryState, scene: SceneId, events: &mut Vec<Event>) {
        state.cursor.scene = scene;
        state.cursor.pc = 0;
        // A count loaded from a save may be at the top already: it stays there.
        let visits = &mut state.visits[scene as usize];
        if let Some(more) = visits.checked_add(1) {
            *visits = more;
            state.journal.push(Undo::Visit(scene));
        }
        events.push(Event::SceneStart { scene });
    }

    fn run(&self, state: &mut StoryState, events: &mut Vec<Event>) -> Result<(), RuntimeError> {
        let mut changed = Changed::default();
        for _ in 0..MAX_STEPS_WITHOUT_WAIT {
            let here = &mut state.cursor;
            let scene = self.scene(here.scene);
            let Some(op) = scene.code.get(here.pc as usize) else {
                return Err(RuntimeError::FellOffScene {
                    scene: scene.name.clone(),
                });
            };
            match op {
                Op::Say(say) => {
                    let pc = here.pc;
                    if say.text.varies() {
                        self.count_showing(state, &say.text, &mut changed);
                    }
                    events.push(self.line_event(state, pc)?);
                    // `lena (worried): ...` changes the face on stage: part of the stage, so a
                    // save or a rollback to this line shows it too.
                    if let (Some(speaker), Some(expression)) = (say.speaker, &say.expression) {
                        let who = &self.characters[speaker].id;
                        let stage = &mut state.cursor.stage;
                        if let Some(i) = stage.sprites.iter().position(|s| *s.character == **who) {
                            if stage.sprites[i].expression.as_ref() != Some(expression) {
                                Arc::make_mut(stage).sprites[i].expression =
                                    Some(expression.clone());
                            }
                        }
                    }
                    state.cursor.pc += 1;
                    state.cursor.wait = Wait::Line { pc };
                    state.checkpoint();
                    return Ok(());
                }
                Op::Menu(menu) => {
                    let pc = here.pc;
                    let (event, shown) = self.menu_event(state, pc)?;
                    let here = &mut state.cursor;
                    if shown.is_empty() {
                        // Every option is hidden: the reader has nothing to pick, so go on.
                        here.pc = menu.end;
                        continue;
                    }
                    let texts = menu.prompt.iter();
                    let texts = texts.chain(shown.iter().map(|&i| &menu.options[i].text));
                    let counts = texts.clone().any(Template::varies);
                    // Shown now, so counted; the menu is rebuilt with the new counts.
                    let event = match counts {
                        true => {
                            for text in texts {
                                self.count_showing(state, text, &mut changed);
                            }
                            self.menu_event(state, pc)?.0
                        }
                        false => event,
                    };
                    let here = &mut state.cursor;
                    here.wait = Wait::Choice { pc, shown };
                    events.push(event);
                    state.checkpoint();
                    return Ok(());
                }
                Op::End(ending) => {
                    here.wait = Wait::Ended(*ending);
                    events.push(Event::End { ending: *ending });
                    state.checkpoint();
                    return Ok(());
                }
                Op::Stage(direction) => {
                    Arc::make_mut(&mut here.stage).apply(direction);
                    events.push(Event::Stage(direction.clone()));
                    here.pc += 1;
                }
                Op::Branch {
                    condition,
                    else_target,
                } => {
                    let taken = eval::eval(condition, &state.vars, &state.visits)?.as_bool();
                    if state.tracing {
                        let (scene, pc) = (state.cursor.scene, state.cursor.pc);
                        events.push(Event::Condition { scene, pc, taken });
                    }
                    let here = &mut state.cursor;
                    here.pc = if taken { here.pc + 1 } else { *else_target };
                }
                Op::Goto(target) => here.pc = *target,
                Op::Assign { var, op, value } => {
                    let value = eval::eval(value, &state.vars, &state.visits)?;
                    self.assign(state, *var, *op, value, &mut changed);
                    state.cursor.pc += 1;
                }
                Op::Jump(target) => self.enter(state, *target, events),
                Op::Call(target) => {
                    if here.calls.len() >= MAX_CALL_DEPTH {
                        return Err(RuntimeError::CallTooDeep {
                            scene: scene.name.clone(),
                        });
                    }
                    here.calls = here.calls.push(Frame {
                        scene: here.scene,
                        pc: here.pc + 1,
                    });
                    self.enter(state, *target, events);
                }
                Op::Return => {
                    let (frame, below) =
                        here.calls
                            .pop()
                            .ok_or_else(|| RuntimeError::ReturnWithoutCall {
                                scene: scene.name.clone(),
                            })?;
                    (here.scene, here.pc, here.calls) = (frame.scene, frame.pc, below);
                }
            }
        }
        Err(RuntimeError::Runaway {
            scene: self.scene(state.cursor.scene).name.clone(),
        })
    }

    /// Changes a variable, journalling its old value the first time the step changes it: the
    /// value it had when the step began is all a rollback needs, and a loop that changes a
    /// variable 100,000 times (or builds a long text again and again) keeps one old value.
    fn assign(
        &self,
        state: &mut StoryState,
        var: usize,
        op: AssignOp,
        value: Value,
        changed: &mut Changed,
    ) {
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
        if changed.first_change(var, state.vars.len()) {
            state.journal.push(Undo::Var { var, old });
        }
    }

    /// One more showing of a text, for its `{seq: ...}`, `{cycle: ...}` and `{once: ...}`: their
    /// counts go up as it is shown, so the text shown, a save and a rollback to it all see them.
    fn count_showing(&self, state: &mut StoryState, text: &Template, changed: &mut Changed) {
        for vary in text.variations() {
            if let Selector::Count { counter, kind } = vary.selector {
                let count = state.vars[counter].as_int();
                let next = Value::Int(kind.next(count, vary.variants.len()));
                self.assign(state, counter, AssignOp::Set, next, changed);
            }
        }
    }

    fn line_event(&self, state: &StoryState, pc: u32) -> Result<Event, RuntimeError> {
        let Op::Say(say) = &self.scene(state.cursor.scene).code[pc as usize] else {
            unreachable!("line_event is only called on a Say op")
        };
        Ok(Event::Line(Line {
            scene: state.cursor.scene,
            key: say.key.clone(),
            speaker: say.speaker,
            expression: say.expression.clone(),
            text: fill(&say.text, state)?,
        }))
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
        let Op::Menu(menu) = &self.scene(state.cursor.scene).code[pc as usize] else {
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
                    text: fill(&option.text, state)?,
                    enabled,
                });
            }
        }
        let event = Event::Choice(ChoiceMenu {
            key: menu.key.clone(),
            prompt: match &menu.prompt {
                Some(prompt) => Some(fill(prompt, state)?),
                None => None,
            },
            options,
        });
        Ok((event, shown))
    }
}

/// A line's text with its `{braces}` filled in and its variations picked, within
/// `MAX_STRING_BYTES` of values.
#[inline]
fn fill(template: &Template, state: &StoryState) -> Result<String, RuntimeError> {
    let picks = match template.varies() {
        true => picks(template, state)?,
        false => Vec::new(),
    };
    template
        .fill(&state.vars, &picks, MAX_STRING_BYTES)
        .ok_or(RuntimeError::StringTooLong)
}

/// The variant each variation of `template` shows in `state` (`None`: nothing, a `{once: ...}`
/// run out), in order: what the runtime shows and what a translation selects on.
pub fn picks(template: &Template, state: &StoryState) -> Result<Vec<Option<usize>>, RuntimeError> {
    let mut picks = Vec::new();
    for vary in template.variations() {
        picks.push(match &vary.selector {
            Selector::If(condition) => {
                match eval::eval(condition, &state.vars, &state.visits)?.as_bool() {
                    true => Some(0),
                    false => Some(1),
                }
            }
            Selector::Count { counter, kind } => {
                kind.pick(state.vars[*counter].as_int(), vary.variants.len())
            }
        });
    }
    Ok(picks)
}

/// The variables a step has changed (and journalled) so far.
#[derive(Default)]
struct Changed(Vec<bool>);

impl Changed {
    /// Whether this is the step's first change to `var` (of `vars` variables).
    fn first_change(&mut self, var: usize, vars: usize) -> bool {
        if self.0.is_empty() {
            self.0.resize(vars, false);
        }
        !std::mem::replace(&mut self.0[var], true)
    }
}

/// Undoes journalled changes until the journal is `len` long.
fn undo_to(state: &mut StoryState, len: usize) {
    undo_each(state, len, |_, _| {});
}

/// Undoes the journal back to `len` entries, last first; `before` sees each entry and the
/// state just before it is undone (roll forward keeps what it needs to redo it).
pub(super) fn undo_each(
    state: &mut StoryState,
    len: usize,
    mut before: impl FnMut(&Undo, &StoryState),
) {
    while state.journal.len() > len {
        let entry = state.journal.pop().expect("journal is longer than len");
        before(&entry, state);
        match entry {
            Undo::Var { var, old } => state.vars[var] = old,
            Undo::Visit(scene) => state.visits[scene as usize] -= 1,
        }
    }
}
