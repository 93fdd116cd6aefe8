//! What the runtime hands to front ends: events, in order. A front end performs stage
//! directions and shows lines and choices; it never looks inside the story's code.

use crate::story::{CharId, EndingId, SceneId, StageDirection};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The story entered a scene (by start, jump, call or return to a caller it does not emit).
    SceneStart {
        scene: SceneId,
    },
    Stage(Arc<StageDirection>),
    /// A line to show; the reader advances past it.
    Line(Line),
    /// A menu; the reader must `choose` before advancing.
    Choice(ChoiceMenu),
    /// The story is over.
    End {
        ending: EndingId,
    },
    /// An `if` or `elif` was tested (only while `StoryState::trace_conditions` is on, for
    /// `read --trace`); `Story::condition_text` gives it as written.
    Condition {
        scene: SceneId,
        pc: u32,
        taken: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub scene: SceneId,
    /// The line's stable key: its `#id`, or a hash of its text.
    pub key: Arc<str>,
    /// `None` for narration.
    pub speaker: Option<CharId>,
    pub expression: Option<Arc<str>>,
    /// The text with variables filled in.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceMenu {
    pub key: Arc<str>,
    pub prompt: Option<String>,
    /// The options the reader sees, in order; `choose(i)` takes the i-th of these.
    pub options: Vec<ChoiceItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceItem {
    pub key: Arc<str>,
    pub text: String,
    /// False for an option the script shows greyed out (`option requires ...`).
    pub enabled: bool,
}
