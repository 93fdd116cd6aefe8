//! Parses one line of script with the pest grammar into a `Line`: a statement, a block header
//! or a declaration. One `parse_x(pair)` function per grammar rule; failures become diagnostics
//! that say what was expected in words, never rule names.

use super::{Line, LineKind};
use crate::ast::*;
use crate::diagnostic::{did_you_mean, Diagnostic, DiagnosticKind};
use crate::source::{FileId, Span};
use crate::value::MAX_STRING_BYTES;
use pest::iterators::Pair;
use pest::Parser;
use std::borrow::Cow;
use std::iter::Peekable;

#[derive(pest_derive::Parser)]
#[grammar = "syntax/script.pest"]
pub(super) struct ScriptParser;

/// Declares the statement keywords once: `KEYWORDS`, and the grammar rule each one starts.
macro_rules! keywords {
    ($($word:literal => $rule:ident,)*) => {
        /// The words a statement starts with: for "did you mean" on a misspelt first word, the
        /// LSP's completions, and the editor grammar's test (tests/editors.rs).
        pub const KEYWORDS: &[&str] = &[$($word),*];

        /// The one rule a line starting with keyword `word` can match.
        fn keyword_rule(word: &str) -> Option<Rule> {
            match word {
                $($word => Some(Rule::$rule),)*
                _ => None,
            }
        }
    };
}

keywords! {
    "scene" => scene_header,
    "chapter" => chapter_decl,
    "var" => var_decl,
    "choice" => choice_header,
    "option" => option_header,
    "if" => if_header,
    "elif" => elif_header,
    "else" => else_header,
    "jump" => jump_stmt,
    "call" => call_stmt,
    "return" => return_stmt,
    "end" => end_stmt,
    "bg" => bg_stmt,
    "show" => show_stmt,
    "hide" => hide_stmt,
    "move" => move_stmt,
    "music" => music_stmt,
    "sound" => sound_stmt,
    "wait" => wait_stmt,
    "fade" => screen_fade,
    "flash" => flash_stmt,
    "shake" => shake_stmt,
    "cg" => cg_stmt,
}

/// Where a line sits in its file: spans are made absolute from `offset`.
#[derive(Clone, Copy)]
pub(super) struct At {
    pub(super) file: FileId,
    pub(super) offset: usize,
}

impl At {
    fn span(self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, self.offset + s.start(), self.offset + s.end())
    }

    fn name<'s>(self, pair: Pair<'s, Rule>) -> Name<'s> {
        Spanned::new(pair.as_str(), self.span(&pair))
    }
}

/// Parses `content` (a line without its indentation), which starts at byte `offset` of `file`.
pub fn parse_line<'s>(
    file: FileId,
    offset: usize,
    indent: usize,
    content: &'s str,
) -> Result<Line<'s>, Diagnostic> {
    let at = At { file, offset };
    too_deep(at, content)?;
    // The line's first word picks the one rule that can match it; when that rule does not take
    // the whole line, the full `line` rule runs, so results and error messages are the same.
    let parsed = match parse_by_first_word(content) {
        Some(pairs) => Ok(pairs),
        None => ScriptParser::parse(Rule::line, content),
    };
    let mut pairs = parsed.map_err(|e| syntax_error(at, content, e))?;
    too_long(at, content, &pairs)?;
    literals_fit(at, content, &pairs)?;
    // `line` is silent and matched exactly one statement and EOI.
    let pair = pairs.next().expect("a parsed line holds its statement");
    let span = Span::new(file, offset, offset + content.len());
    let kind = parse_statement(at, pair);
    Ok(Line { indent, kind, span })
}

/// How deep parentheses may nest in one line. pest (built without its stack probe, see
/// Cargo.toml) and the expression code recurse once per level, so a line nesting thousands deep
/// would overflow the stack; real expressions stay far below this.
const MAX_NESTING: usize = 64;

/// Rejects a line whose parentheses nest deeper than `MAX_NESTING`, before anything recurses.
fn too_deep(at: At, content: &str) -> Result<(), Diagnostic> {
    let mut depth = 0usize;
    for (i, b) in content.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            _ => continue,
        }
        if depth > MAX_NESTING {
            let span = Span::new(at.file, at.offset + i, at.offset + i + 1);
            return Err(Diagnostic::new(
                DiagnosticKind::ParenthesesTooDeep,
                format!("parentheses nest more than {MAX_NESTING} deep"),
                span,
            )
            .with_label("too deep here")
            .with_hint("split the expression with a variable, or remove unneeded `(`"));
        }
    }
    Ok(())
}

/// How many grammar nodes one line may hold. Operators chain without parentheses
/// (`1 + 1 + ...`, `not not ...`) and each one is a level of the expression tree, which the
/// checker and the runtime walk recursively; a few hundred is far more than a story needs.
pub(super) const MAX_NODES: usize = 512;

/// Rejects a line of more than `MAX_NODES` nodes. Only long lines can hold that many, so short
/// ones (nearly all) skip the count.
fn too_long(at: At, content: &str, pairs: &pest::iterators::Pairs<Rule>) -> Result<(), Diagnostic> {
    if content.len() <= MAX_NODES || pairs.clone().flatten().count() <= MAX_NODES {
        return Ok(());
    }
    let span = Span::new(at.file, at.offset, at.offset + content.len());
    Err(Diagnostic::new(
        DiagnosticKind::LineTooLong,
        format!("this line has more than {MAX_NODES} parts"),
        span,
    )
    .with_label("too long to check")
    .with_hint("split it into several statements, using variables"))
}

/// The largest whole number a script may write: the largest `i64`.
const MAX_INT_DIGITS: usize = 19;

/// Rejects a number too large for an `i64` and a quoted text longer than a string may hold
/// (`MAX_STRING_BYTES`). Only a line with a run of 19 digits or a very long line can hold one,
/// so other lines skip the walk over their nodes.
fn literals_fit(
    at: At,
    content: &str,
    pairs: &pest::iterators::Pairs<Rule>,
) -> Result<(), Diagnostic> {
    let long_number = content
        .as_bytes()
        .split(|b| !b.is_ascii_digit())
        .any(|run| run.len() >= MAX_INT_DIGITS);
    if !long_number && content.len() <= MAX_STRING_BYTES {
        return Ok(());
    }
    for pair in pairs.clone().flatten() {
        let problem = match pair.as_rule() {
            Rule::int if pair.as_str().parse::<i64>().is_err() => Diagnostic::new(
                DiagnosticKind::NumberTooLarge,
                format!("the number `{}` is too large", pair.as_str()),
                at.span(&pair),
            )
            .with_hint(format!(
                "whole numbers run from -{max} to {max}",
                max = i64::MAX
            )),
            Rule::string if pair.as_str().len() > MAX_STRING_BYTES + 2 => Diagnostic::new(
                DiagnosticKind::StringTooLong,
                format!(
                    "this text is longer than {MAX_STRING_BYTES} bytes, the most a string may hold"
                ),
                at.span(&pair),
            )
            .with_hint("shorten it, or show it as lines of narration"),
            _ => continue,
        };
        return Err(problem);
    }
    Ok(())
}

/// Parses the line with the one rule that can match it, without trying every statement in turn
/// as `line` does. The keyword statements of `line` each start with their own keyword and come
/// first, so on a line whose first word (a run of `ident_char`s) is a keyword, `line` can only
/// match that keyword's statement; on any other line, what `plain_rule` picks. `None` when the
/// picked rule does not match the whole line: then `line` must run (it may match dialogue such
/// as `end: ...`, or a statement followed by a `// comment`, or report an error).
fn parse_by_first_word(content: &str) -> Option<pest::iterators::Pairs<'_, Rule>> {
    let len = content
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    let first_word = &content[..len];
    let rule = keyword_rule(first_word).unwrap_or_else(|| plain_rule(content, len));
    let pairs = ScriptParser::parse(rule, content).ok()?;
    let whole = pairs.peek()?.as_span().end() == content.len();
    whole.then_some(pairs)
}

/// The one statement without a keyword that a line can be, from its first characters: `line`
/// tries narration, dialogue and assignment in turn, and only one of them can match. After a
/// first word, `(` or `:` can only start dialogue (`lena (smile): ...`); anything else, an
/// assignment (`morale += 1`, `bond.shin = 2`).
fn plain_rule(content: &str, word_len: usize) -> Rule {
    if content.starts_with('>') {
        return Rule::narration;
    }
    match content[word_len..]
        .trim_start_matches([' ', '\t'])
        .bytes()
        .next()
    {
        Some(b'(' | b':') => Rule::dialogue,
        _ => Rule::assign_stmt,
    }
}

fn parse_statement(at: At, pair: Pair<Rule>) -> LineKind {
    let rule = pair.as_rule();
    let mut inner = pair.into_inner();
    match rule {
        Rule::scene_header => {
            inner.next(); // the keyword
            let name = at.name(inner.next().expect("scene name"));
            let mut location = None;
            let mut title = None;
            for p in inner {
                match p.as_rule() {
                    Rule::ident => location = Some(at.name(p)),
                    Rule::string => title = Some(parse_string(p)),
                    _ => {}
                }
            }
            LineKind::Scene {
                name,
                location,
                title,
            }
        }
        Rule::chapter_decl => {
            inner.next();
            let id = at.name(inner.next().expect("chapter id"));
            let title = parse_string(inner.next().expect("chapter title"));
            LineKind::Chapter(ChapterDecl { id, title })
        }
        Rule::var_decl => {
            inner.next();
            let name = at.name(inner.next().expect("var name"));
            let value = parse_expr(at, inner.next().expect("var value"));
            LineKind::Var(VarDecl { name, value })
        }
        Rule::choice_header => {
            inner.next();
            LineKind::Choice(inner.next().map(|p| parse_line_text(at, p)))
        }
        Rule::option_header => parse_option(at, inner),
        Rule::if_header => {
            inner.next();
            LineKind::If(parse_expr(at, inner.next().expect("if condition")))
        }
        Rule::elif_header => {
            inner.next();
            LineKind::Elif(parse_expr(at, inner.next().expect("elif condition")))
        }
        Rule::else_header => LineKind::Else,
        _ => LineKind::Stmt(parse_simple_statement(at, rule, inner)),
    }
}

fn parse_option(at: At, mut inner: pest::iterators::Pairs<Rule>) -> LineKind {
    inner.next();
    let mut condition = None;
    let mut text = None;
    let mut once = false;
    for p in inner {
        match p.as_rule() {
            Rule::kw_once => once = true,
            Rule::option_condition => {
                let mut c = p.into_inner();
                let kw = c.next().expect("if or requires");
                let expr = parse_expr(at, c.next().expect("option condition"));
                condition = Some(OptionCondition {
                    expr,
                    show_disabled: kw.as_rule() == Rule::kw_requires,
                });
            }
            Rule::line_text => text = Some(parse_line_text(at, p)),
            _ => {}
        }
    }
    LineKind::Option {
        text: text.expect("option text"),
        condition,
        once,
    }
}

fn parse_simple_statement(at: At, rule: Rule, mut inner: pest::iterators::Pairs<Rule>) -> StmtKind {
    // Every rule below starts with its keyword, except dialogue, narration and assignment.
    let mut after_keyword = || {
        inner.next();
        inner.clone()
    };
    match rule {
        Rule::jump_stmt => StmtKind::Jump(at.name(after_keyword().next().expect("jump target"))),
        Rule::call_stmt => StmtKind::Call(at.name(after_keyword().next().expect("call target"))),
        Rule::return_stmt => StmtKind::Return,
        Rule::end_stmt => StmtKind::End(at.name(after_keyword().next().expect("ending id"))),
        Rule::narration => StmtKind::Say(Say {
            speaker: None,
            expression: None,
            text: parse_line_text(at, inner.next().expect("narration text")),
        }),
        Rule::dialogue => parse_dialogue(at, inner),
        Rule::assign_stmt => {
            let target = at.name(inner.next().expect("assign target"));
            let symbol = inner.next().expect("assign op").as_str();
            let op = AssignOp::from_symbol(symbol).expect("assign_op matches only these");
            let value = parse_expr(at, inner.next().expect("assign value"));
            StmtKind::Assign(Assign { target, op, value })
        }
        _ => StmtKind::Stage(parse_stage(at, rule, after_keyword())),
    }
}

fn parse_dialogue(at: At, inner: pest::iterators::Pairs<Rule>) -> StmtKind {
    let mut speaker = None;
    let mut expression = None;
    let mut text = None;
    for p in inner {
        match p.as_rule() {
            Rule::ident if speaker.is_none() => speaker = Some(at.name(p)),
            Rule::ident => expression = Some(at.name(p)),
            Rule::line_text => text = Some(parse_line_text(at, p)),
            _ => {}
        }
    }
    StmtKind::Say(Say {
        speaker,
        expression,
        text: text.expect("dialogue text"),
    })
}

fn parse_stage(at: At, rule: Rule, inner: pest::iterators::Pairs<Rule>) -> Stage {
    let parts: Vec<Pair<Rule>> = inner.collect();
    let find = |r: Rule| parts.iter().find(|p| p.as_rule() == r).cloned();
    let transition = || find(Rule::transition).map(parse_transition);
    let seconds = || find(Rule::seconds).map(|p| parse_seconds(&p));
    let first_name = || at.name(parts[0].clone());
    match rule {
        Rule::bg_stmt => Stage::Background {
            image: first_name(),
            transition: transition(),
        },
        Rule::show_stmt => Stage::Show {
            character: first_name(),
            expression: find(Rule::expression)
                .map(|p| at.name(p.into_inner().next().expect("expression name"))),
            pose: find(Rule::pose).map(|p| at.name(p.into_inner().nth(1).expect("pose name"))),
            position: find(Rule::position).map(|p| parse_position(&p)),
            transition: transition(),
        },
        Rule::hide_stmt if parts[0].as_rule() == Rule::kw_cg => Stage::HideCg {
            transition: transition(),
        },
        Rule::hide_stmt => Stage::Hide {
            character: first_name(),
            transition: transition(),
        },
        Rule::cg_stmt => Stage::Cg {
            name: first_name(),
            transition: transition(),
        },
        Rule::move_stmt => Stage::Move {
            character: first_name(),
            position: parse_position(&find(Rule::position).expect("move position")),
            seconds: seconds(),
        },
        Rule::music_stmt => {
            let action = parts[0].clone();
            let is_play = action.as_rule() == Rule::music_play;
            let mut a = action.into_inner();
            let track = if is_play {
                a.next().map(|p| at.name(p))
            } else {
                None
            };
            let fade = a
                .next()
                .map(|f| parse_seconds(&f.into_inner().nth(1).expect("fade seconds")));
            match track {
                Some(track) => Stage::MusicPlay { track, fade },
                None => Stage::MusicStop { fade },
            }
        }
        Rule::sound_stmt => Stage::Sound(first_name()),
        Rule::wait_stmt => Stage::Wait(parse_seconds(&parts[0])),
        Rule::screen_fade => {
            let secs = seconds();
            if parts[0].as_str() == "out" {
                Stage::FadeOut(secs)
            } else {
                Stage::FadeIn(secs)
            }
        }
        Rule::flash_stmt => Stage::Flash(seconds()),
        Rule::shake_stmt => Stage::Shake(seconds()),
        other => unreachable!("`statement` has no other alternatives, got {other:?}"),
    }
}

fn parse_transition(pair: Pair<Rule>) -> Transition {
    let mut kind = TransitionKind::Cut;
    let mut seconds = None;
    for p in pair.into_inner() {
        match p.as_rule() {
            Rule::transition_kind => {
                kind = match p.as_str() {
                    "fade" => TransitionKind::Fade,
                    "dissolve" => TransitionKind::Dissolve,
                    _ => TransitionKind::Cut,
                }
            }
            Rule::seconds => seconds = Some(parse_seconds(&p)),
            _ => {}
        }
    }
    Transition { kind, seconds }
}

fn parse_position(pair: &Pair<Rule>) -> Position {
    match pair.as_str() {
        "left" => Position::Left,
        "right" => Position::Right,
        _ => Position::Center,
    }
}

fn parse_seconds(pair: &Pair<Rule>) -> f32 {
    // The grammar only lets digits and one dot through.
    pair.as_str().parse().unwrap_or(0.0)
}

fn parse_string(pair: Pair<Rule>) -> String {
    let raw = pair.into_inner().next().map_or("", |p| p.as_str());
    unescape(raw)
}

fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn parse_line_text(at: At, pair: Pair<Rule>) -> Text {
    let mut text = None;
    let mut id = None;
    for p in pair.into_inner() {
        match p.as_rule() {
            Rule::text => text = Some(p),
            Rule::tag => {
                let span = at.span(&p);
                id = Some(Spanned::new(&p.as_str()[1..], span));
            }
            _ => {}
        }
    }
    let text = text.expect("line_text holds text");
    // The grammar leaves the blanks before a tag and at the end of the line in `text`.
    let raw = text.as_str().trim_end_matches([' ', '\t']);
    let start = at.span(&text).start as usize;
    // `\#` lets a line end in a literal `#word`; other backslashes stay as written.
    let body = if raw.contains("\\#") {
        Cow::Owned(raw.replace("\\#", "#"))
    } else {
        Cow::Borrowed(raw)
    };
    Text {
        text: body,
        span: Span::new(at.file, start, start + raw.len()),
        id,
    }
}

/// The operands and operators of one `expr`, in written order.
type ExprParts<'i> = Peekable<pest::iterators::Pairs<'i, Rule>>;

/// How tightly each operator binds; higher binds tighter. `not` sits between `and` and the
/// comparisons (`not a == b` is `not (a == b)`); unary minus binds tightest of all.
const NOT_BINDS: u8 = 3;

fn binds(op: BinaryOp) -> u8 {
    match op {
        BinaryOp::Or => 1,
        BinaryOp::And => 2,
        BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
            4
        }
        BinaryOp::Add | BinaryOp::Sub => 5,
        BinaryOp::Mul | BinaryOp::Div | BinaryOp::Rem => 6,
    }
}

pub(super) fn parse_expr(at: At, pair: Pair<Rule>) -> Expr {
    climb(at, &mut pair.into_inner().peekable(), 0)
}

/// Precedence climbing: an operand, then every operator binding at least `min` with its right
/// side (which takes only operators binding tighter, so all operators are left-associative).
fn climb<'s>(at: At, parts: &mut ExprParts<'s>, min: u8) -> Expr<'s> {
    let mut lhs = unary(at, parts);
    while let Some(op) = parts.peek().filter(|p| p.as_rule() == Rule::infix) {
        let op = BinaryOp::from_symbol(op.as_str()).expect("`infix` matches only operators");
        if binds(op) < min {
            break;
        }
        parts.next();
        let rhs = climb(at, parts, binds(op) + 1);
        let span = lhs.span.to(rhs.span);
        lhs = Expr {
            kind: ExprKind::Binary(op, Box::new(lhs), Box::new(rhs)),
            span,
        };
    }
    lhs
}

/// An operand with its prefix operators.
fn unary<'s>(at: At, parts: &mut ExprParts<'s>) -> Expr<'s> {
    // The grammar puts an operand after every run of prefixes and after every infix operator.
    let pair = parts.next().expect("an operand");
    let (op, operand) = match pair.as_rule() {
        Rule::not_op => (UnaryOp::Not, climb(at, parts, NOT_BINDS + 1)),
        Rule::neg_op => (UnaryOp::Neg, unary(at, parts)),
        _ => return parse_primary(at, pair),
    };
    Expr {
        span: at.span(&pair).to(operand.span),
        kind: ExprKind::Unary(op, Box::new(operand)),
    }
}

fn parse_primary(at: At, pair: Pair<Rule>) -> Expr {
    let span = at.span(&pair);
    let kind = match pair.as_rule() {
        Rule::int => match pair.as_str().parse() {
            Ok(n) => ExprKind::Int(n),
            // `literals_fit` has rejected the line; this value is never used.
            Err(_) => ExprKind::Int(i64::MAX),
        },
        Rule::boolean => ExprKind::Bool(pair.as_str() == "true"),
        Rule::string => ExprKind::Str(parse_string(pair)),
        Rule::call_or_name => {
            let mut names = pair.into_inner();
            let first = names.next().expect("a name");
            match names.next() {
                Some(scene) => ExprKind::Call {
                    function: at.name(first),
                    scene: at.name(scene),
                },
                None => ExprKind::Var(first.as_str()),
            }
        }
        Rule::expr => return parse_expr(at, pair),
        other => unreachable!("`primary` has no other alternatives, got {other:?}"),
    };
    Expr { kind, span }
}

// ---------------------------------------------------------------------------------------------
// Syntax errors
// ---------------------------------------------------------------------------------------------

fn syntax_error(at: At, content: &str, error: pest::error::Error<Rule>) -> Diagnostic {
    let pos = match error.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let first_word = content
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    let expected = match &error.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => {
            // After a keyword, the line cannot be an assignment to a variable of that name.
            let keyword = KEYWORDS.contains(&first_word);
            let wanted: Vec<Rule> = positives
                .iter()
                .copied()
                .filter(|r| !(keyword && *r == Rule::assign_op))
                .collect();
            describe_expected(&wanted)
        }
        pest::error::ErrorVariant::CustomError { message } => message.clone(),
    };
    if let Some(d) = unrecognised_line(at, content) {
        return d;
    }
    let end = content[pos..]
        .chars()
        .next()
        .map_or(pos, |c| pos + c.len_utf8());
    let span = Span::new(at.file, at.offset + pos, at.offset + end);
    let found = content[pos..]
        .chars()
        .next()
        .map_or("the end of the line".to_string(), |c| format!("`{c}`"));
    Diagnostic::new(
        DiagnosticKind::Syntax,
        format!("expected {expected}, found {found}"),
        span,
    )
    .with_label(format!("expected {expected} here"))
    .with_hint_opt(syntax_hint(content, pos))
}

/// Turns the rules pest wanted into words a writer understands.
pub(super) fn describe_expected(rules: &[Rule]) -> String {
    let mut words: Vec<&str> = rules.iter().filter_map(|r| describe(*r)).collect();
    // "a value" already covers names, numbers and strings.
    if words.contains(&"a value") {
        words.retain(|w| !matches!(*w, "a name" | "a whole number" | "a quoted text"));
    }
    words.sort_unstable();
    words.dedup();
    match words.len() {
        0 => "something else".to_string(),
        1 => words[0].to_string(),
        n => format!("{} or {}", words[..n - 1].join(", "), words[n - 1]),
    }
}

fn describe(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::ident | Rule::name => "a name",
        Rule::int => "a whole number",
        Rule::seconds => "a number of seconds",
        Rule::string => "a quoted text",
        Rule::tag => "a line ID like `#my_line`",
        Rule::text | Rule::line_text => "text",
        Rule::expr
        | Rule::call_or_name
        | Rule::boolean
        | Rule::not_op
        | Rule::neg_op
        | Rule::primary => "a value",
        Rule::infix => "an operator",
        Rule::assign_op => "`=`, `+=` or `-=`",
        Rule::transition | Rule::kw_with => "`with`",
        Rule::transition_kind => "`cut`, `fade` or `dissolve`",
        Rule::position => "`left`, `center` or `right`",
        Rule::expression => "an expression in parentheses like `(smile)`",
        Rule::fade_dir => "`in` or `out`",
        Rule::fade_time | Rule::kw_fade => "`fade`",
        Rule::music_play | Rule::music_stop => "`play` or `stop`",
        Rule::option_condition => "`if` or `requires`",
        Rule::kw_in => "`in`",
        Rule::kw_at => "`at`",
        Rule::kw_to => "`to`",
        Rule::kw_over => "`over`",
        Rule::pose | Rule::kw_pose => "`pose`",
        Rule::kw_if => "`if`",
        Rule::kw_requires => "`requires`",
        Rule::variant | Rule::variant_text | Rule::variant_hole | Rule::variant_escape => {
            "a variant's text"
        }
        Rule::variants => "the variants after `:`",
        Rule::vary_colon => "`:`",
        Rule::EOI => "the end of the line",
        _ => return None,
    })
}

/// A line that is no kind of line at all (no keyword, no `speaker:`, no `>`, no `=`) gets a
/// message about the whole line rather than about the first character pest tripped on.
fn unrecognised_line(at: At, content: &str) -> Option<Diagnostic> {
    let word_len: usize = content
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
        .map(char::len_utf8)
        .sum();
    let first_word = &content[..word_len];
    if KEYWORDS.contains(&first_word) || content.contains([':', '=']) || content.starts_with('>') {
        return None;
    }
    // At least the first character, whole (a line may start with an emoji).
    let first_char = content.chars().next().map_or(0, char::len_utf8);
    let span = Span::new(at.file, at.offset, at.offset + word_len.max(first_char));
    Some(match did_you_mean(first_word, KEYWORDS.iter().copied()) {
        Some(hint) => Diagnostic::new(DiagnosticKind::UnknownStatement, format!("unknown statement `{first_word}`"), span).with_hint(hint),
        None => Diagnostic::new(DiagnosticKind::NotAStatement, "this line is not narration, dialogue or a statement", span).with_hint(
            "narration starts with `>`, dialogue is `speaker: text`, and a statement starts with a \
             keyword such as `show` or `jump`",
        ),
    })
}

/// What a writer coming from another language most likely meant, for the common slips.
fn syntax_hint(content: &str, pos: usize) -> Option<String> {
    let rest = &content[pos.min(content.len())..];
    let hint = if rest.starts_with('=') && !content[..pos].contains('=') {
        "to compare, write `==`; to change a variable, write it on its own line"
    } else if rest.starts_with("&&") {
        "write `and` to join two conditions"
    } else if rest.starts_with("||") {
        "write `or` to join two conditions"
    } else if rest.starts_with('!') && !rest.starts_with("!=") {
        "write `not` before a condition"
    } else if content.starts_with("else") && rest.starts_with("if") {
        "write `elif` for `else if`"
    } else if rest.starts_with(['“', '”', '‘', '’', '«', '»']) {
        "quoted text in a condition or a value takes straight quotes: `\"like this\"`"
    } else if rest.starts_with('"') && rest[1..].find('"').is_none() {
        "this quote is never closed: end the text with `\"` on the same line"
    } else if looks_like_prose(content) {
        "narration starts with `>` (`> She said: hello.`); dialogue is `speaker: text`, where the \
         speaker is a character's ID from story.toml"
    } else {
        return None;
    };
    Some(hint.to_string())
}

/// `She said: hello` — words with spaces before a colon: prose, not `speaker: text`.
fn looks_like_prose(content: &str) -> bool {
    let Some((before, _)) = content.split_once(':') else {
        return false;
    };
    let before = before.trim();
    !before.starts_with('>')
        && before.contains(' ')
        && !before.contains(['(', '=', '"'])
        && !KEYWORDS
            .iter()
            .any(|k| before.split(' ').next() == Some(*k))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text and tag of a narration line, as the writer would read them.
    fn text_and_tag(line: &str) -> (String, Option<String>) {
        let parsed = parse_line(FileId(0), 0, 0, line).expect("the line parses");
        let LineKind::Stmt(StmtKind::Say(say)) = parsed.kind else {
            panic!("not a text line: {line}")
        };
        // No escapes in these lines, so the span covers exactly the text.
        assert_eq!(&line[say.text.span.range()], say.text.text);
        (
            say.text.text.to_string(),
            say.text.id.map(|id| id.node.to_string()),
        )
    }

    #[test]
    fn a_tag_ends_the_line_after_any_blanks() {
        let tagged = |t: &str, id: &str| (t.to_string(), Some(id.to_string()));
        assert_eq!(
            text_and_tag("> Rain again. #rain"),
            tagged("Rain again.", "rain")
        );
        assert_eq!(
            text_and_tag("> Rain again.  \t #rain"),
            tagged("Rain again.", "rain")
        );
        assert_eq!(
            text_and_tag("> Rain #a #rain_2"),
            tagged("Rain #a", "rain_2")
        );
    }

    #[test]
    fn a_hash_inside_the_text_is_text() {
        let plain = |t: &str| (t.to_string(), None);
        assert_eq!(
            text_and_tag("> Squad #3 moves out."),
            plain("Squad #3 moves out.")
        );
        assert_eq!(text_and_tag("> #3 is down"), plain("#3 is down"));
        assert_eq!(text_and_tag("> Rain #not a tag"), plain("Rain #not a tag"));
        assert_eq!(text_and_tag("> Rain #a!"), plain("Rain #a!"));
    }

    #[test]
    fn an_escaped_hash_keeps_a_trailing_word_as_text() {
        let parsed = parse_line(FileId(0), 0, 0, r"> Call sign \#undertaker").unwrap();
        let LineKind::Stmt(StmtKind::Say(say)) = parsed.kind else {
            panic!("not a text line")
        };
        assert_eq!(say.text.text, "Call sign #undertaker");
        assert_eq!(say.text.id, None);
    }

    /// An expression as nested parentheses, to read its precedence at a glance.
    fn shape(e: &Expr) -> String {
        match &e.kind {
            ExprKind::Int(n) => n.to_string(),
            ExprKind::Bool(b) => b.to_string(),
            ExprKind::Str(s) => format!("{s:?}"),
            ExprKind::Var(v) => v.to_string(),
            ExprKind::Call { function, scene } => format!("{}({})", function.node, scene.node),
            ExprKind::Unary(UnaryOp::Not, x) => format!("(not {})", shape(x)),
            ExprKind::Unary(UnaryOp::Neg, x) => format!("(-{})", shape(x)),
            ExprKind::Binary(op, l, r) => format!("({} {} {})", shape(l), op.symbol(), shape(r)),
        }
    }

    fn var_value(line: &str) -> String {
        let parsed = parse_line(FileId(0), 0, 0, line).expect("the line parses");
        let LineKind::Var(decl) = parsed.kind else {
            panic!("not a var line: {line}")
        };
        shape(&decl.value)
    }

    #[test]
    fn operators_bind_as_in_most_languages() {
        assert_eq!(var_value("var x = 1 + 2 * 3 - 4"), "((1 + (2 * 3)) - 4)");
        assert_eq!(var_value("var x = 10 - 3 - 2"), "((10 - 3) - 2)");
        assert_eq!(var_value("var x = -a * 2"), "((-a) * 2)");
        assert_eq!(
            var_value("var x = not a == 1 and b or c"),
            "(((not (a == 1)) and b) or c)"
        );
        assert_eq!(
            var_value("var x = a or b and not seen( front.start )"),
            "(a or (b and (not seen(front.start))))"
        );
        assert_eq!(
            var_value("var x = ( morale + 1 )*2 >= bond.shin%3"),
            "(((morale + 1) * 2) >= (bond.shin % 3))"
        );
        assert_eq!(var_value("var x = notable or orbit"), "(notable or orbit)");
    }

    /// The grammar cannot import `KEYWORDS`: it must declare each as a whole word.
    #[test]
    fn the_grammar_declares_every_keyword_and_no_other_statement_keyword() {
        let grammar = include_str!("script.pest");
        for keyword in KEYWORDS {
            let rule = format!("kw_{keyword} ");
            assert!(grammar.contains(&rule), "script.pest has no `{rule}`");
        }
        // The words inside statements (`scene x in y`, `option requires`, `show a at left`).
        let inner = ["in", "once", "pose", "requires", "to", "at", "over", "with"];
        let declared: Vec<&str> = grammar
            .lines()
            .filter_map(|line| line.strip_prefix("kw_")?.split_whitespace().next())
            .filter(|word| !inner.contains(word))
            .collect();
        assert_eq!(declared, KEYWORDS);
    }

    /// Found by tests/fuzz_scripts.rs: the place of an unknown line that starts with a
    /// character of several bytes ended inside it, and rendering it could not slice the line.
    #[test]
    fn an_unknown_line_starting_with_a_wide_character_is_placed_on_whole_characters() {
        let error = parse_line(FileId(0), 10, 0, "🙂scene spin").expect_err("not a statement");
        let span = error.span.expect("a place");
        assert_eq!((span.start, span.end), (10, 14));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let deep = format!("var x = {}1{}", "(".repeat(100_000), ")".repeat(100_000));
        let error = parse_line(FileId(0), 0, 0, &deep).expect_err("too deep");
        assert_eq!(error.kind, DiagnosticKind::ParenthesesTooDeep, "{error:?}");
        let fine = format!("var x = {}1{}", "(".repeat(64), ")".repeat(64));
        assert!(parse_line(FileId(0), 0, 0, &fine).is_ok());
    }

    #[test]
    fn long_operator_chains_are_an_error_not_a_stack_overflow() {
        for long in [
            format!("var x = {}", vec!["1"; 50_000].join(" + ")),
            format!("var x = {}true", "not ".repeat(50_000)),
            format!("var x = {}1", "-".repeat(50_000)),
        ] {
            let error = parse_line(FileId(0), 0, 0, &long).expect_err("too long");
            assert_eq!(error.kind, DiagnosticKind::LineTooLong, "{error:?}");
        }
        let fine = format!("var x = {}", vec!["1"; 100].join(" + "));
        assert!(parse_line(FileId(0), 0, 0, &fine).is_ok());
        let prose = format!("> {}", "Rain on the hangar roof. ".repeat(200));
        assert!(parse_line(FileId(0), 0, 0, &prose).is_ok());
    }
}
