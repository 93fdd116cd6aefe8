//! A checked, compiled story: immutable once built. Scenes hold flat code (`Op`s) with names
//! resolved to indices, and a table from stable keys (line IDs) to positions, used by saves.

use crate::ast::{AssignOp, BinaryOp, Position, Transition, UnaryOp};
use crate::manifest::Manifest;
use crate::template::{Piece, Selector, Template};
use crate::value::{Type, Value};
use rustc_hash::FxHashMap;
use std::path::PathBuf;
use std::sync::Arc;

pub type SceneId = u32;
pub type VarId = usize;
pub type CharId = usize;
pub type EndingId = usize;

/// The pose a script names to go back to a character's plain sprites: `show lena pose base`.
pub const BASE_POSE: &str = "base";

#[derive(Debug)]
pub struct Story {
    pub title: String,
    pub start: SceneId,
    pub scenes: Vec<Scene>,
    pub variables: Vec<Variable>,
    pub characters: Vec<Character>,
    pub endings: Vec<Ending>,
    /// The chapters declared in the scripts, in story order (a scene names its chapter's ID).
    pub chapters: Vec<Chapter>,
    /// The raw `story.toml`: front ends ask the queries in `queries.rs` instead.
    pub(crate) manifest: Manifest,
    /// The story folder, for resolving asset and locale paths.
    pub root: PathBuf,
    pub(crate) scene_index: FxHashMap<String, SceneId>,
}

impl Story {
    pub fn scene(&self, id: SceneId) -> &Scene {
        &self.scenes[id as usize]
    }

    pub fn scene_id(&self, name: &str) -> Option<SceneId> {
        self.scene_index.get(name).copied()
    }

    pub fn variable_id(&self, name: &str) -> Option<VarId> {
        self.variables.iter().position(|v| v.name == name)
    }

    /// The title the script gives chapter `id`.
    pub fn chapter_title(&self, id: &str) -> Option<&str> {
        let chapter = self.chapters.iter().find(|c| c.id == id)?;
        Some(&chapter.title)
    }

    pub fn ending_id(&self, name: &str) -> Option<EndingId> {
        self.endings.iter().position(|e| e.id == name)
    }

    /// Where asset paths from the manifest are resolved.
    pub fn assets_dir(&self) -> PathBuf {
        self.root.join(&self.manifest.assets)
    }

    pub fn locales_dir(&self) -> PathBuf {
        self.root.join(&self.manifest.locales)
    }

    /// The scenes of each chapter, chapters in the order their first scene appears; scenes
    /// outside any chapter are under `None`.
    pub fn scenes_by_chapter(&self) -> Vec<(Option<&str>, Vec<SceneId>)> {
        let mut chapters: Vec<(Option<&str>, Vec<SceneId>)> = Vec::new();
        for (id, scene) in self.scenes.iter().enumerate() {
            let chapter = scene.chapter.as_deref();
            match chapters.iter_mut().find(|(c, _)| *c == chapter) {
                Some((_, scenes)) => scenes.push(id as SceneId),
                None => chapters.push((chapter, vec![id as SceneId])),
            }
        }
        chapters
    }

    /// Reader-visible text as the writer wrote it, `{name}` where a variable goes: for tools
    /// that point a writer at a line.
    pub fn written(&self, template: &Template) -> String {
        self.written_pieces(template.pieces())
    }

    fn written_pieces(&self, pieces: &[Piece<usize>]) -> String {
        let mut text = String::new();
        for piece in pieces {
            match piece {
                Piece::Text(t) => text += &t.replace('{', "{{").replace('}', "}}"),
                Piece::Var(slot) => text += &format!("{{{}}}", self.variables[*slot].name),
                Piece::Vary(vary) => {
                    let head = match &vary.selector {
                        Selector::If(condition) => format!("if {}", self.written_expr(condition)),
                        Selector::Count { kind, .. } => kind.word().to_string(),
                    };
                    let variants: Vec<String> = vary
                        .variants
                        .iter()
                        .map(|v| self.written_pieces(v).replace('|', "\\|"))
                        .collect();
                    text += &format!("{{{head}: {}}}", variants.join(" | "));
                }
            }
        }
        text
    }

    /// An expression as a writer would write it, for tools (`bond.shin >= 3 and not (x)`):
    /// nested operations are parenthesised rather than ranked.
    pub fn written_expr(&self, expr: &Expr) -> String {
        let operand = |e: &Expr| match e {
            Expr::Binary(..) => format!("({})", self.written_expr(e)),
            _ => self.written_expr(e),
        };
        match expr {
            Expr::Const(Value::Str(s)) => format!("{s:?}"),
            Expr::Const(value) => value.to_string(),
            Expr::Var(slot) => self.variables[*slot].name.clone(),
            Expr::Seen(scene) => format!("seen({})", self.scene(*scene).name),
            Expr::Visits(scene) => format!("visits({})", self.scene(*scene).name),
            Expr::Unary(UnaryOp::Not, e) => format!("not {}", operand(e)),
            Expr::Unary(UnaryOp::Neg, e) => format!("-{}", operand(e)),
            Expr::Binary(op, a, b) => format!("{} {} {}", operand(a), op.symbol(), operand(b)),
        }
    }
}

/// A chapter heading: `chapter ch1 "The Handler"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Chapter {
    pub id: String,
    pub title: String,
}

#[derive(Debug)]
pub struct Scene {
    pub name: String,
    pub title: Option<String>,
    pub location: Option<String>,
    pub chapter: Option<String>,
    /// Front ends perform the events the runtime makes of it and ask `queries.rs`; tools that
    /// analyse the code read it through `ops`.
    pub(crate) code: Vec<Op>,
    /// Stable key -> position of the op it names (a line, a choice, a call).
    pub keys: FxHashMap<String, u32>,
}

impl Scene {
    /// The compiled code, read-only, for tools that analyse a story (`spearhead graph`,
    /// `stats`). A front end that performs a story never needs it: the player uses the events
    /// and the queries.
    pub fn ops(&self) -> &[Op] {
        &self.code
    }
}

/// A variable or a stat (a stat is an int with a range its changes are clamped to).
#[derive(Debug, Clone)]
pub struct Variable {
    pub name: String,
    pub ty: Type,
    pub initial: Value,
    pub range: Option<(i64, i64)>,
}

impl Variable {
    /// A variable the engine keeps for the script (an `option once` taken, the showings of a
    /// text variation), not one it declares: its name has a `:`, which no script name has.
    pub fn is_hidden(&self) -> bool {
        self.name.contains(':')
    }
}

#[derive(Debug, Clone)]
pub struct Character {
    pub id: String,
    pub name: String,
    pub color: [u8; 3],
}

#[derive(Debug, Clone)]
pub struct Ending {
    pub id: String,
    pub title: String,
    /// Its illustration, relative to the assets folder.
    pub art: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Op {
    Say(Box<SayOp>),
    /// Shared with the `Event::Stage` that performs it, so emitting it copies nothing.
    Stage(Arc<StageDirection>),
    Menu(Box<Menu>),
    /// Go to `else_target` when `condition` is false.
    Branch {
        condition: Expr,
        else_target: u32,
    },
    Goto(u32),
    Assign {
        var: VarId,
        op: AssignOp,
        value: Expr,
    },
    Jump(SceneId),
    Call(SceneId),
    Return,
    End(EndingId),
}

#[derive(Debug, Clone)]
pub struct SayOp {
    pub key: Arc<str>,
    pub speaker: Option<CharId>,
    pub expression: Option<Arc<str>>,
    pub text: Template,
}

#[derive(Debug, Clone)]
pub struct Menu {
    pub key: Arc<str>,
    pub prompt: Option<Template>,
    pub options: Vec<MenuOption>,
    /// Where the story goes on after the choice (also when every option is hidden).
    pub end: u32,
}

#[derive(Debug, Clone)]
pub struct MenuOption {
    pub key: Arc<str>,
    pub text: Template,
    pub condition: Option<Expr>,
    pub show_disabled: bool,
    /// First op of the option's block.
    pub target: u32,
}

/// A compiled expression; variables are slots, scenes are ids.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Const(Value),
    Var(VarId),
    Seen(SceneId),
    Visits(SceneId),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
}

/// A stage direction for front ends to perform, with names resolved to manifest keys.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum StageDirection {
    Background {
        image: String,
        transition: Option<TransitionSpec>,
    },
    Show {
        character: String,
        expression: Option<String>,
        /// The pose named, `BASE_POSE` for the plain sprites; `None` keeps the one shown.
        #[serde(default)]
        pose: Option<String>,
        position: Option<Position>,
        transition: Option<TransitionSpec>,
    },
    Hide {
        character: String,
        transition: Option<TransitionSpec>,
    },
    /// A full-screen illustration over the background and sprites, under the text box. It
    /// stays until `HideCg` or the next `Background`.
    Cg {
        name: String,
        transition: Option<TransitionSpec>,
    },
    HideCg {
        transition: Option<TransitionSpec>,
    },
    Move {
        character: String,
        position: Position,
        seconds: Option<f32>,
    },
    MusicPlay {
        track: String,
        fade: Option<f32>,
    },
    MusicStop {
        fade: Option<f32>,
    },
    Sound {
        sound: String,
    },
    Wait {
        seconds: f32,
    },
    FadeOut {
        seconds: Option<f32>,
    },
    FadeIn {
        seconds: Option<f32>,
    },
    Flash {
        seconds: Option<f32>,
    },
    Shake {
        seconds: Option<f32>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransitionSpec {
    pub kind: crate::ast::TransitionKind,
    pub seconds: Option<f32>,
}

/// The direction as the script line that gives it (`show lena (smile) at left with fade`): a
/// plain text form for transcripts and tools that stays put while the types change.
impl std::fmt::Display for StageDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use StageDirection as S;
        let after = |word: &'static str, seconds: &Option<f32>| Then(word, *seconds);
        match self {
            S::Background { image, transition } => write!(f, "bg {image}{}", With(transition)),
            S::Show {
                character,
                expression,
                pose,
                position,
                transition,
            } => {
                write!(f, "show {character}")?;
                if let Some(expression) = expression {
                    write!(f, " ({expression})")?;
                }
                if let Some(pose) = pose {
                    write!(f, " pose {pose}")?;
                }
                if let Some(position) = position {
                    write!(f, " at {position}")?;
                }
                write!(f, "{}", With(transition))
            }
            S::Hide {
                character,
                transition,
            } => write!(f, "hide {character}{}", With(transition)),
            S::Cg { name, transition } => write!(f, "cg {name}{}", With(transition)),
            S::HideCg { transition } => write!(f, "hide cg{}", With(transition)),
            S::Move {
                character,
                position,
                seconds,
            } => write!(
                f,
                "move {character} to {position}{}",
                after("over", seconds)
            ),
            S::MusicPlay { track, fade } => write!(f, "music play {track}{}", after("fade", fade)),
            S::MusicStop { fade } => write!(f, "music stop{}", after("fade", fade)),
            S::Sound { sound } => write!(f, "sound {sound}"),
            S::Wait { seconds } => write!(f, "wait {seconds}"),
            S::FadeOut { seconds } => write!(f, "fade out{}", after("", seconds)),
            S::FadeIn { seconds } => write!(f, "fade in{}", after("", seconds)),
            S::Flash { seconds } => write!(f, "flash{}", after("", seconds)),
            S::Shake { seconds } => write!(f, "shake{}", after("", seconds)),
        }
    }
}

/// ` with dissolve 1.5`, or nothing.
struct With<'a>(&'a Option<TransitionSpec>);

impl std::fmt::Display for With<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Some(transition) = self.0 else {
            return Ok(());
        };
        write!(f, " with {}", transition.kind)?;
        match transition.seconds {
            Some(seconds) => write!(f, " {seconds}"),
            None => Ok(()),
        }
    }
}

/// ` over 0.5` (the word, when there is one, and the seconds), or nothing.
struct Then(&'static str, Option<f32>);

impl std::fmt::Display for Then {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.0, self.1) {
            (_, None) => Ok(()),
            ("", Some(seconds)) => write!(f, " {seconds}"),
            (word, Some(seconds)) => write!(f, " {word} {seconds}"),
        }
    }
}

impl From<Transition> for TransitionSpec {
    fn from(t: Transition) -> Self {
        TransitionSpec {
            kind: t.kind,
            seconds: t.seconds,
        }
    }
}

impl Story {
    /// The condition tested at `pc` of `scene`, written back as a script would write it
    /// (`bond.shin >= 4 and met_kaie`), for `read --trace`. `None` if no `if` is there.
    pub fn condition_text(&self, scene: SceneId, pc: u32) -> Option<String> {
        let Some(Op::Branch { condition, .. }) = self.scene(scene).code.get(pc as usize) else {
            return None;
        };
        let mut text = String::new();
        self.write_expr(condition, false, &mut text);
        Some(text)
    }

    fn write_expr(&self, expr: &Expr, nested: bool, out: &mut String) {
        match expr {
            Expr::Const(Value::Str(s)) => out.push_str(&format!("{s:?}")),
            Expr::Const(value) => out.push_str(&value.to_string()),
            Expr::Var(var) => out.push_str(&self.variables[*var].name),
            Expr::Seen(scene) => out.push_str(&format!("seen({})", self.scene(*scene).name)),
            Expr::Visits(scene) => out.push_str(&format!("visits({})", self.scene(*scene).name)),
            Expr::Unary(op, operand) => {
                out.push_str(match op {
                    UnaryOp::Not => "not ",
                    UnaryOp::Neg => "-",
                });
                self.write_expr(operand, true, out);
            }
            Expr::Binary(op, left, right) => {
                if nested {
                    out.push('(');
                }
                self.write_expr(left, true, out);
                out.push_str(&format!(" {} ", op.symbol()));
                self.write_expr(right, true, out);
                if nested {
                    out.push(')');
                }
            }
        }
    }
}
