//! The syntax tree of a story's scripts, exactly as written: names are still strings and
//! nothing is checked yet. Every node carries a `Span` so that later passes can point at source.

use crate::source::Span;

/// A value with the place in the source it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Self {
        Spanned { node, span }
    }
}

pub type Name = Spanned<String>;

/// Everything the scripts of one story folder declare, in file order.
#[derive(Debug, Default)]
pub struct Script {
    pub scenes: Vec<SceneDecl>,
    pub vars: Vec<VarDecl>,
    pub chapters: Vec<ChapterDecl>,
}

#[derive(Debug)]
pub struct ChapterDecl {
    pub id: Name,
    pub title: String,
}

#[derive(Debug)]
pub struct VarDecl {
    pub name: Name,
    pub value: Expr,
}

#[derive(Debug)]
pub struct SceneDecl {
    pub name: Name,
    pub location: Option<Name>,
    pub title: Option<String>,
    /// The chapter declared above this scene in the same file, if any.
    pub chapter: Option<String>,
    pub body: Vec<Stmt>,
    /// The `scene ...` header line.
    pub span: Span,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    Say(Say),
    Stage(Stage),
    Choice(Choice),
    If(If),
    Assign(Assign),
    Jump(Name),
    Call(Name),
    Return,
    End(Name),
}

/// A line of dialogue (`speaker` is set) or narration (it is not).
#[derive(Debug)]
pub struct Say {
    pub speaker: Option<Name>,
    pub expression: Option<Name>,
    pub text: Text,
}

/// Reader-visible text with its optional stable ID (`#id`).
#[derive(Debug, Clone)]
pub struct Text {
    pub text: String,
    /// Where `text` starts in the file; interpolations are located relative to it.
    pub span: Span,
    pub id: Option<Name>,
}

#[derive(Debug)]
pub struct Choice {
    pub prompt: Option<Text>,
    pub options: Vec<ChoiceOption>,
}

#[derive(Debug)]
pub struct ChoiceOption {
    pub text: Text,
    pub condition: Option<OptionCondition>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug)]
pub struct OptionCondition {
    pub expr: Expr,
    /// `requires`: shown greyed out when false. `if`: hidden when false.
    pub show_disabled: bool,
}

#[derive(Debug)]
pub struct If {
    /// `if` and every `elif`, in order.
    pub branches: Vec<(Expr, Vec<Stmt>)>,
    pub otherwise: Option<Vec<Stmt>>,
}

#[derive(Debug)]
pub struct Assign {
    pub target: Name,
    pub op: AssignOp,
    pub value: Expr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TransitionKind {
    Cut,
    Fade,
    Dissolve,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transition {
    pub kind: TransitionKind,
    pub seconds: Option<f32>,
}

/// A stage direction as written. The core only passes these on; front ends perform them.
#[derive(Debug)]
pub enum Stage {
    Background {
        image: Name,
        transition: Option<Transition>,
    },
    Show {
        character: Name,
        expression: Option<Name>,
        position: Option<Position>,
        transition: Option<Transition>,
    },
    Hide {
        character: Name,
        transition: Option<Transition>,
    },
    Move {
        character: Name,
        position: Position,
        seconds: Option<f32>,
    },
    MusicPlay {
        track: Name,
        fade: Option<f32>,
    },
    MusicStop {
        fade: Option<f32>,
    },
    Sound(Name),
    Wait(f32),
    FadeOut(Option<f32>),
    FadeIn(Option<f32>),
    Flash(Option<f32>),
    Shake(Option<f32>),
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Int(i64),
    Bool(bool),
    Str(String),
    Var(String),
    /// `seen(scene)` or `visits(scene)`; the function name is checked later.
    Call {
        function: Name,
        scene: Name,
    },
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::And => "and",
            BinaryOp::Or => "or",
        }
    }
}
