//! Spearhead's story core: script text -> parse -> AST -> check/compile -> `Story` -> runtime.
//! No graphics and no terminal here: front ends (the player, the terminal reader, the tools)
//! sit on top and talk to the runtime through `Story::advance`, `choose` and `rollback`.

// pest is built without its `std` feature (see Cargo.toml): that drops its per-rule native
// stack probe, which cost a sixth of parse time. Its generated parser then names `alloc`.
extern crate alloc;

pub mod ast;
pub mod compile;
pub mod diagnostic;
pub mod files;
pub mod line_key;
pub mod load;
pub mod locale;
pub mod look;
pub mod manifest;
pub mod plan;
pub mod queries;
pub mod routes;
pub mod runtime;
pub mod save;
pub mod source;
pub mod story;
pub mod syntax;
pub mod template;
pub mod value;

pub use compile::Workspace;
pub use diagnostic::{Diagnostic, DiagnosticKind, Severity};
pub use line_key::LineKey;
pub use load::{load, load_str, load_text, Loaded};
pub use runtime::{ChoiceItem, ChoiceMenu, Event, Line, RuntimeError, StoryState};
pub use save::{SaveData, SaveError};
pub use story::Story;
