//! The syntax tree of a story's scripts, exactly as written: names are still text, borrowed
//! from the source, and nothing is checked yet. Every node carries a `Span` so that later
//! passes can point at source.

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

/// A name as written, borrowed from the script's source (the tree lives no longer than it).
pub type Name<'s> = Spanned<&'s str>;

/// Everything the scripts of one story folder declare, in file order.
#[derive(Debug, Default)]
pub struct Script<'s> {
    pub scenes: Vec<SceneDecl<'s>>,
    pub vars: Vec<VarDecl<'s>>,
    pub chapters: Vec<ChapterDecl<'s>>,
}

#[derive(Debug)]
pub struct ChapterDecl<'s> {
    pub id: Name<'s>,
    pub title: String,
}

#[derive(Debug)]
pub struct VarDecl<'s> {
    pub name: Name<'s>,
    pub value: Expr<'s>,
}

#[derive(Debug)]
pub struct SceneDecl<'s> {
    pub name: Name<'s>,
    pub location: Option<Name<'s>>,
    pub title: Option<String>,
    /// The chapter declared above this scene in the same file, if any.
    pub chapter: Option<&'s str>,
    pub body: Vec<Stmt<'s>>,
    /// The `scene ...` header line.
    pub span: Span,
}

#[derive(Debug)]
pub struct Stmt<'s> {
    pub kind: StmtKind<'s>,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind<'s> {
    Say(Say<'s>),
    Stage(Stage<'s>),
    Choice(Choice<'s>),
    If(If<'s>),
    Assign(Assign<'s>),
    Jump(Name<'s>),
    Call(Name<'s>),
    Return,
    End(Name<'s>),
}

/// A line of dialogue (`speaker` is set) or narration (it is not).
#[derive(Debug)]
pub struct Say<'s> {
    pub speaker: Option<Name<'s>>,
    pub expression: Option<Name<'s>>,
    pub text: Text<'s>,
}

/// Reader-visible text with its optional stable ID (`#id`).
#[derive(Debug, Clone)]
pub struct Text<'s> {
    /// The text with `\#` unescaped: borrowed from the source unless it had an escape.
    pub text: std::borrow::Cow<'s, str>,
    /// Where `text` starts in the file; interpolations are located relative to it.
    pub span: Span,
    pub id: Option<Name<'s>>,
}

#[derive(Debug)]
pub struct Choice<'s> {
    pub prompt: Option<Text<'s>>,
    pub options: Vec<ChoiceOption<'s>>,
}

#[derive(Debug)]
pub struct ChoiceOption<'s> {
    pub text: Text<'s>,
    pub condition: Option<OptionCondition<'s>>,
    /// `option once`: hidden after it has been taken.
    pub once: bool,
    pub body: Vec<Stmt<'s>>,
    pub span: Span,
}

#[derive(Debug)]
pub struct OptionCondition<'s> {
    pub expr: Expr<'s>,
    /// `requires`: shown greyed out when false. `if`: hidden when false.
    pub show_disabled: bool,
}

#[derive(Debug)]
pub struct If<'s> {
    /// `if` and every `elif`, in order.
    pub branches: Vec<(Expr<'s>, Vec<Stmt<'s>>)>,
    pub otherwise: Option<Vec<Stmt<'s>>>,
}

#[derive(Debug)]
pub struct Assign<'s> {
    pub target: Name<'s>,
    pub op: AssignOp,
    pub value: Expr<'s>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
}

impl AssignOp {
    pub const ALL: [AssignOp; 3] = [AssignOp::Set, AssignOp::Add, AssignOp::Sub];

    /// The operator written `symbol`, as the grammar's `assign_op` rule matches it.
    pub fn from_symbol(symbol: &str) -> Option<AssignOp> {
        Self::ALL.into_iter().find(|op| op.symbol() == symbol)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            AssignOp::Set => "=",
            AssignOp::Add => "+=",
            AssignOp::Sub => "-=",
        }
    }
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

/// As a script writes it: `left`.
impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Position::Left => "left",
            Position::Center => "center",
            Position::Right => "right",
        })
    }
}

/// As a script writes it: `dissolve`.
impl std::fmt::Display for TransitionKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TransitionKind::Cut => "cut",
            TransitionKind::Fade => "fade",
            TransitionKind::Dissolve => "dissolve",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transition {
    pub kind: TransitionKind,
    pub seconds: Option<f32>,
}

/// A stage direction as written. The core only passes these on; front ends perform them.
#[derive(Debug)]
pub enum Stage<'s> {
    Background {
        image: Name<'s>,
        transition: Option<Transition>,
    },
    Show {
        character: Name<'s>,
        expression: Option<Name<'s>>,
        /// `pose salute`; `pose base` goes back to the plain sprites.
        pose: Option<Name<'s>>,
        position: Option<Position>,
        transition: Option<Transition>,
    },
    Hide {
        character: Name<'s>,
        transition: Option<Transition>,
    },
    /// `cg name`: a full-screen illustration until `hide cg` or the next background.
    Cg {
        name: Name<'s>,
        transition: Option<Transition>,
    },
    HideCg {
        transition: Option<Transition>,
    },
    Move {
        character: Name<'s>,
        position: Position,
        seconds: Option<f32>,
    },
    MusicPlay {
        track: Name<'s>,
        fade: Option<f32>,
    },
    MusicStop {
        fade: Option<f32>,
    },
    Sound(Name<'s>),
    Wait(f32),
    FadeOut(Option<f32>),
    FadeIn(Option<f32>),
    Flash(Option<f32>),
    Shake(Option<f32>),
}

#[derive(Debug, Clone)]
pub struct Expr<'s> {
    pub kind: ExprKind<'s>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ExprKind<'s> {
    Int(i64),
    Bool(bool),
    Str(String),
    Var(&'s str),
    /// `seen(scene)` or `visits(scene)`; the function name is checked later.
    Call {
        function: Name<'s>,
        scene: Name<'s>,
    },
    Unary(UnaryOp, Box<Expr<'s>>),
    Binary(BinaryOp, Box<Expr<'s>>, Box<Expr<'s>>),
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
    const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::Div,
        BinaryOp::Rem,
        BinaryOp::Eq,
        BinaryOp::Ne,
        BinaryOp::Lt,
        BinaryOp::Le,
        BinaryOp::Gt,
        BinaryOp::Ge,
        BinaryOp::And,
        BinaryOp::Or,
    ];

    /// The operator written `symbol`, as the grammar's `infix` rule matches it.
    pub fn from_symbol(symbol: &str) -> Option<BinaryOp> {
        Self::ALL.into_iter().find(|op| op.symbol() == symbol)
    }

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
