//! Roll forward: what a rollback undid, kept step by step so the reader can go forward through
//! it again (the mouse wheel down after wheeling up, as in Ren'Py), replaying the same choices,
//! until they advance or choose for themselves.

use super::state::{Checkpoint, StoryState, Undo};
use crate::story::{SceneId, Story, VarId};
use crate::value::Value;

/// One rolled-back step: the wait point it reached and the changes made on the way to it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RedoStep {
    checkpoint: Checkpoint,
    /// In the order they were undone (last change first).
    changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq)]
enum Change {
    Var { var: VarId, old: Value, new: Value },
    Visit(SceneId),
}

impl Story {
    /// Steps back one line or choice, like `rollback`, and keeps the step for `roll_forward`.
    /// `false` at the start of the history.
    pub fn rollback(&self, state: &mut StoryState) -> bool {
        if state.history.len() < 2 {
            return false;
        }
        let Some(top) = state.history.pop() else {
            return false;
        };
        let target = state
            .history
            .last()
            .expect("two or more wait points")
            .clone();
        let mut changes = Vec::new();
        super::undo_each(state, target.journal_len, |entry, now| {
            changes.push(match entry {
                Undo::Var { var, old } => Change::Var {
                    var: *var,
                    old: old.clone(),
                    new: now.vars[*var].clone(),
                },
                Undo::Visit(scene) => Change::Visit(*scene),
            });
        });
        state.cursor = target.cursor;
        state.redo.push(RedoStep {
            checkpoint: top,
            changes,
        });
        true
    }

    /// Goes forward again through the last step rolled back, exactly as it was (the same
    /// choice taken). `false` when nothing was rolled back, or the reader has gone on since.
    pub fn roll_forward(&self, state: &mut StoryState) -> bool {
        let Some(step) = state.redo.pop() else {
            return false;
        };
        for change in step.changes.into_iter().rev() {
            match change {
                Change::Var { var, old, new } => {
                    state.vars[var] = new;
                    state.journal.push(Undo::Var { var, old });
                }
                Change::Visit(scene) => {
                    state.visits[scene as usize] += 1;
                    state.journal.push(Undo::Visit(scene));
                }
            }
        }
        state.cursor = step.checkpoint.cursor.clone();
        state.history.push(step.checkpoint);
        true
    }

    /// How many steps `roll_forward` can take.
    pub fn can_roll_forward(&self, state: &StoryState) -> usize {
        state.redo.len()
    }
}
