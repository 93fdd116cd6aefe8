//! `StoryState`: everything that changes while a story is read (position, variables, stats,
//! visit counts, call stack, what is on stage) plus the history that lets the reader roll back.
//! It only changes through the API in `runtime/mod.rs`.

use super::calls::CallStack;
use super::stack::Stack;
use crate::ast::Position;
use crate::story::{EndingId, SceneId, StageDirection, Story, VarId, BASE_POSE};
use crate::value::Value;
use std::sync::Arc;

/// What the reader currently sees, so a front end can rebuild the screen after a load or a
/// rollback without replaying the story. Names are `Arc<str>`: every checkpoint shares the
/// stage, and a stage direction after one copies it, which then costs no string copies.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StageState {
    pub background: Option<Arc<str>>,
    pub sprites: Vec<Sprite>,
    pub music: Option<Arc<str>>,
    /// The full-screen illustration shown, if any.
    pub cg: Option<Arc<str>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sprite {
    pub character: Arc<str>,
    pub expression: Option<Arc<str>>,
    /// `None`: the plain sprites.
    pub pose: Option<Arc<str>>,
    pub position: Position,
}

/// What a `show` leaves as a sprite's pose: the one it names (`base`: none), else the one shown.
fn pose_after(named: Option<&str>, shown: Option<Arc<str>>) -> Option<Arc<str>> {
    match named {
        Some(BASE_POSE) => None,
        Some(pose) => Some(pose.into()),
        None => shown,
    }
}

impl StageState {
    pub fn apply(&mut self, direction: &StageDirection) {
        match direction {
            StageDirection::Background { image, .. } => {
                self.background = Some(image.as_str().into());
                self.cg = None;
            }
            StageDirection::Cg { name, .. } => self.cg = Some(name.as_str().into()),
            StageDirection::HideCg { .. } => self.cg = None,
            StageDirection::Show {
                character,
                expression,
                pose,
                position,
                ..
            } => match self
                .sprites
                .iter_mut()
                .find(|s| *s.character == **character)
            {
                Some(sprite) => {
                    if let Some(expression) = expression {
                        sprite.expression = Some(expression.as_str().into());
                    }
                    sprite.pose = pose_after(pose.as_deref(), sprite.pose.take());
                    sprite.position = position.unwrap_or(sprite.position);
                }
                None => self.sprites.push(Sprite {
                    character: character.as_str().into(),
                    expression: expression.as_deref().map(Arc::from),
                    pose: pose_after(pose.as_deref(), None),
                    position: position.unwrap_or(Position::Center),
                }),
            },
            StageDirection::Hide { character, .. } => {
                self.sprites.retain(|s| *s.character != **character)
            }
            StageDirection::Move {
                character,
                position,
                ..
            } => {
                if let Some(sprite) = self
                    .sprites
                    .iter_mut()
                    .find(|s| *s.character == **character)
                {
                    sprite.position = *position;
                }
            }
            StageDirection::MusicPlay { track, .. } => self.music = Some(track.as_str().into()),
            StageDirection::MusicStop { .. } => self.music = None,
            _ => {}
        }
    }
}

/// Where the reader is waiting.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Wait {
    /// A new game: the start scene has not been entered yet.
    Fresh,
    /// Loaded at the start of a scene (its line was gone): go on from `pc` without entering it again.
    Resume,
    /// Showing the line at `pc`; advancing continues after it.
    Line {
        pc: u32,
    },
    /// Showing the menu at `pc`; `shown[i]` is the menu option behind the i-th visible option.
    Choice {
        pc: u32,
        shown: Vec<usize>,
    },
    /// An option of the menu at `menu` was picked; its block starts at `pc`, not yet run.
    Picked {
        menu: u32,
        option: usize,
    },
    Ended(EndingId),
}

/// An undoable change, recorded so rollback costs only what changed, not a full copy.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Undo {
    Var { var: VarId, old: Value },
    Visit(SceneId),
}

/// Where the reader is and what is on stage: all of the state but the variables and visit
/// counts (which the journal puts back) and the history. A checkpoint keeps one, and a failed
/// step or a rollback puts one back whole, so no field can be left out of the restore. Every
/// part is cheap to copy: the stage and the call stack are shared.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cursor {
    pub scene: SceneId,
    pub pc: u32,
    pub calls: CallStack,
    pub stage: Arc<StageState>,
    pub wait: Wait,
}

/// The state at one wait point (a line or a choice the reader saw).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Checkpoint {
    pub cursor: Cursor,
    pub journal_len: usize,
}

/// Equal states are the same in every respect, history included: what tests compare to prove
/// that a failed step changed nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryState {
    pub(crate) cursor: Cursor,
    pub(crate) vars: Vec<Value>,
    pub(crate) visits: Vec<u32>,
    pub(crate) journal: Stack<Undo>,
    pub(crate) history: Stack<Checkpoint>,
    /// Whether `advance` reports each condition it tests (`Event::Condition`).
    pub(crate) tracing: bool,
    /// The steps rolled back, for `roll_forward` (last rolled back last).
    pub(crate) redo: Vec<super::redo::RedoStep>,
}

impl StoryState {
    /// A new game at the story's start scene.
    pub fn new(story: &Story) -> Self {
        StoryState {
            cursor: Cursor {
                scene: story.start,
                pc: 0,
                calls: CallStack::default(),
                stage: Arc::default(),
                wait: Wait::Fresh,
            },
            vars: story.variables.iter().map(|v| v.initial.clone()).collect(),
            visits: vec![0; story.scenes.len()],
            journal: Stack::default(),
            history: Stack::default(),
            tracing: false,
            redo: Vec::new(),
        }
    }

    /// Reports each `if` and `elif` tested from now on as an `Event::Condition`.
    pub fn trace_conditions(&mut self, on: bool) {
        self.tracing = on;
    }

    pub fn scene(&self) -> SceneId {
        self.cursor.scene
    }

    pub fn stage(&self) -> &StageState {
        &self.cursor.stage
    }

    pub fn value(&self, var: VarId) -> &Value {
        &self.vars[var]
    }

    /// A variable or stat by name.
    pub fn get(&self, story: &Story, name: &str) -> Option<&Value> {
        story.variable_id(name).map(|id| &self.vars[id])
    }

    pub fn visits(&self, scene: SceneId) -> u32 {
        self.visits[scene as usize]
    }

    pub fn ended(&self) -> Option<EndingId> {
        match self.cursor.wait {
            Wait::Ended(e) => Some(e),
            _ => None,
        }
    }

    pub fn is_choosing(&self) -> bool {
        matches!(self.cursor.wait, Wait::Choice { .. })
    }

    /// How many wait points the reader can roll back over.
    pub fn history_len(&self) -> usize {
        self.history.len().saturating_sub(1)
    }

    pub(crate) fn checkpoint(&mut self) {
        self.history.push(Checkpoint {
            cursor: self.cursor.clone(),
            journal_len: self.journal.len(),
        });
    }
}
