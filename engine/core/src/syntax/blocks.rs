//! Assembles parsed lines into scenes and nested blocks by indentation. A scene's body is every
//! line after its header up to the next `scene`; `if`, `choice` and `option` bodies are indented.
//! Blocks are read recursively, one level of Rust stack per level of indentation, so how deep
//! they may nest is bounded (`MAX_BLOCK_DEPTH`).

use super::{Line, LineKind};
use crate::ast::*;
use crate::diagnostic::{Diagnostic, DiagnosticKind};

/// How many blocks may nest inside one another. Reading a block and every pass over the tree
/// (lowering, dropping, printing) recurse once per level; thousands of levels overflowed the
/// stack (issue 13). Real scenes nest a handful deep.
pub const MAX_BLOCK_DEPTH: usize = 64;

struct Cursor<'s> {
    lines: std::iter::Peekable<std::vec::IntoIter<Line<'s>>>,
    /// How many blocks the line being read is inside.
    depth: usize,
}

impl<'s> Cursor<'s> {
    fn peek(&mut self) -> Option<&Line<'s>> {
        self.lines.peek()
    }

    fn next(&mut self) -> Option<Line<'s>> {
        self.lines.next()
    }
}

/// Adds the declarations and scenes of one file's lines to `script`.
pub fn assemble<'s>(
    lines: Vec<Line<'s>>,
    script: &mut Script<'s>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut cursor = Cursor {
        lines: lines.into_iter().peekable(),
        depth: 0,
    };
    let mut chapter: Option<&'s str> = None;
    while let Some(line) = cursor.next() {
        if matches!(line.kind, LineKind::Broken { .. }) {
            continue;
        }
        if line.indent > 0 && !matches!(line.kind, LineKind::Scene { .. }) {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::OutsideScene,
                    "this line is outside any scene",
                    line.span,
                )
                .with_hint("start a scene above it with `scene name`"),
            );
            continue;
        }
        match line.kind {
            LineKind::Chapter(decl) => {
                chapter = Some(decl.id.node);
                script.chapters.push(decl);
            }
            LineKind::Var(decl) => script.vars.push(decl),
            LineKind::Scene {
                name,
                location,
                title,
            } => {
                if line.indent > 0 {
                    diagnostics.push(
                        Diagnostic::new(
                            DiagnosticKind::IndentedScene,
                            "a scene must start at the beginning of its line",
                            line.span,
                        )
                        .with_hint("remove the indentation before `scene`"),
                    );
                }
                let body = scene_body(&mut cursor, &mut chapter, script, diagnostics);
                script.scenes.push(SceneDecl {
                    name,
                    location,
                    title,
                    chapter,
                    body,
                    span: line.span,
                });
            }
            _ => diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::OutsideScene,
                    "this line is outside any scene",
                    line.span,
                )
                .with_hint("start a scene above it with `scene name`"),
            ),
        }
    }
}

/// A scene body: unindented statements until the next scene. Declarations met on the way are
/// taken out of the body and recorded, so a `var` may sit next to the scene that uses it.
fn scene_body<'s>(
    cursor: &mut Cursor<'s>,
    chapter: &mut Option<&'s str>,
    script: &mut Script<'s>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Stmt<'s>> {
    let mut body = Vec::new();
    // Writers may indent a whole scene body, Ren'Py style; the first line sets the depth.
    let mut body_indent = None;
    while let Some(line) = cursor.peek() {
        if matches!(line.kind, LineKind::Scene { .. }) {
            break;
        }
        if line.indent == 0 && matches!(line.kind, LineKind::Chapter(_) | LineKind::Var(_)) {
            let line = cursor.next().expect("peeked");
            match line.kind {
                LineKind::Chapter(decl) => {
                    *chapter = Some(decl.id.node);
                    script.chapters.push(decl);
                }
                LineKind::Var(decl) => script.vars.push(decl),
                _ => unreachable!("matched above"),
            }
            continue;
        }
        let indent = line.indent;
        if indent < *body_indent.get_or_insert(indent) {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::UnevenIndentation,
                    "this line is indented less than the lines above it in this scene",
                    line.span,
                )
                .with_hint("indent every line of a scene body the same"),
            );
        }
        body.extend(block(cursor, indent, diagnostics));
    }
    // The tree lives until the story is compiled: no spare capacity (a `Stmt` is 152 bytes).
    body.shrink_to_fit();
    body
}

/// Statements at exactly `indent`, until a line indented less (or a new scene).
fn block<'s>(
    cursor: &mut Cursor<'s>,
    indent: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Stmt<'s>> {
    let mut stmts = Vec::new();
    while let Some(line) = cursor.peek() {
        if line.indent < indent || matches!(line.kind, LineKind::Scene { .. }) {
            break;
        }
        if line.indent == 0
            && matches!(line.kind, LineKind::Chapter(_) | LineKind::Var(_))
            && indent == 0
        {
            break;
        }
        let line = cursor.next().expect("peeked");
        if line.indent > indent {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::UnexpectedIndentation,
                    "unexpected indentation",
                    line.span,
                )
                .with_hint(
                    "only the lines under `if`, `elif`, `else`, `choice` and `option` are indented",
                ),
            );
            skip_deeper(cursor, indent);
            continue;
        }
        if let Some(stmt) = statement(line, cursor, diagnostics) {
            stmts.push(stmt);
        }
    }
    stmts.shrink_to_fit();
    stmts
}

/// Where a block header sits: all its body needs to know.
#[derive(Clone, Copy)]
struct Header {
    indent: usize,
    span: crate::source::Span,
}

fn statement<'s>(
    line: Line<'s>,
    cursor: &mut Cursor<'s>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Stmt<'s>> {
    let span = line.span;
    let header = Header {
        indent: line.indent,
        span,
    };
    let kind = match line.kind {
        LineKind::Stmt(kind) => kind,
        LineKind::If(condition) => if_chain(condition, header, cursor, diagnostics),
        LineKind::Choice(prompt) => StmtKind::Choice(choice(prompt, header, cursor, diagnostics)),
        LineKind::Elif(_) | LineKind::Else => {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::ElseWithoutIf,
                    "`elif` and `else` must follow an `if` block",
                    span,
                )
                .with_hint("indent it the same as its `if`"),
            );
            children(header, cursor, diagnostics);
            return None;
        }
        LineKind::Option { .. } => {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::OptionOutsideChoice,
                    "`option` must be inside a `choice`",
                    span,
                )
                .with_hint("put a `choice` line above the options and indent them under it"),
            );
            children(header, cursor, diagnostics);
            return None;
        }
        LineKind::Var(_) => {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::VarInBlock,
                    "variables are declared at the top level, not inside a block",
                    span,
                )
                .with_hint("move this `var` line to the start of the file, unindented"),
            );
            return None;
        }
        LineKind::Broken { opens_block } => {
            if opens_block {
                skip_deeper(cursor, line.indent);
            }
            return None;
        }
        LineKind::Chapter(_) => {
            // At the top level `scene_body` takes it; indented, it reaches here.
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::ChapterInBlock,
                    "chapters are declared at the top level, not inside a block",
                    span,
                )
                .with_hint("move this `chapter` line above its first scene, unindented"),
            );
            return None;
        }
        // `block` stops at every scene line, indented or not.
        LineKind::Scene { .. } => unreachable!("block ends at a scene"),
    };
    Some(Stmt { kind, span })
}

fn if_chain<'s>(
    condition: Expr<'s>,
    header: Header,
    cursor: &mut Cursor<'s>,
    diagnostics: &mut Vec<Diagnostic>,
) -> StmtKind<'s> {
    let mut branches = vec![(
        condition,
        required_children(header, "if", cursor, diagnostics),
    )];
    let mut otherwise = None;
    while let Some(next) = cursor.peek() {
        if next.indent != header.indent || !matches!(next.kind, LineKind::Elif(_) | LineKind::Else)
        {
            break;
        }
        let line = cursor.next().expect("peeked");
        let here = Header {
            indent: line.indent,
            span: line.span,
        };
        match &line.kind {
            LineKind::Elif(_) if otherwise.is_some() => {
                diagnostics.push(
                    Diagnostic::new(
                        DiagnosticKind::ElifAfterElse,
                        "`elif` after `else`",
                        line.span,
                    )
                    .with_hint("move it above the `else`"),
                );
                children(here, cursor, diagnostics);
            }
            LineKind::Else if otherwise.is_some() => {
                diagnostics.push(Diagnostic::new(
                    DiagnosticKind::SecondElse,
                    "a second `else` for the same `if`",
                    line.span,
                ));
                children(here, cursor, diagnostics);
            }
            LineKind::Else => {
                otherwise = Some(required_children(here, "else", cursor, diagnostics))
            }
            _ => {
                let body = required_children(here, "elif", cursor, diagnostics);
                if let LineKind::Elif(cond) = line.kind {
                    branches.push((cond, body));
                }
            }
        }
    }
    StmtKind::If(If {
        branches,
        otherwise,
    })
}

fn choice<'s>(
    prompt: Option<Text<'s>>,
    header: Header,
    cursor: &mut Cursor<'s>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Choice<'s> {
    let mut options = Vec::new();
    let child_indent = match cursor.peek() {
        Some(l) if l.indent > header.indent => l.indent,
        _ => {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::ChoiceWithoutOptions,
                    "this choice has no options",
                    header.span,
                )
                .with_hint("indent `option: text` lines under the `choice`"),
            );
            return Choice { prompt, options };
        }
    };
    while let Some(line) = cursor.peek() {
        if line.indent < child_indent || matches!(line.kind, LineKind::Scene { .. }) {
            break;
        }
        let line = cursor.next().expect("peeked");
        match line.kind {
            LineKind::Option {
                text,
                condition,
                once,
            } if line.indent == child_indent => {
                let body = children_at(line.indent, cursor, diagnostics).unwrap_or_default();
                options.push(ChoiceOption {
                    text,
                    condition,
                    once,
                    body,
                    span: line.span,
                });
            }
            _ => {
                diagnostics.push(
                    Diagnostic::new(
                        DiagnosticKind::NotAnOption,
                        "only `option` lines may be indented directly under `choice`",
                        line.span,
                    )
                    .with_hint("write `option: text` and indent what happens under it"),
                );
                skip_deeper(cursor, line.indent);
            }
        }
    }
    Choice { prompt, options }
}

/// The indented block under a header; empty when the next line is not deeper.
fn children<'s>(
    header: Header,
    cursor: &mut Cursor<'s>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Stmt<'s>> {
    children_at(header.indent, cursor, diagnostics).unwrap_or_default()
}

/// The block indented under a line at `indent`: empty when the next line is not deeper, `None`
/// when it would nest deeper than `MAX_BLOCK_DEPTH` (reported, and its lines skipped).
fn children_at<'s>(
    indent: usize,
    cursor: &mut Cursor<'s>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<Stmt<'s>>> {
    let (child, span) = match cursor.peek() {
        Some(l) if l.indent > indent && !matches!(l.kind, LineKind::Scene { .. }) => {
            (l.indent, l.span)
        }
        _ => return Some(Vec::new()),
    };
    if cursor.depth >= MAX_BLOCK_DEPTH {
        diagnostics.push(
            Diagnostic::new(
                DiagnosticKind::BlocksTooDeep,
                format!("blocks nest more than {MAX_BLOCK_DEPTH} deep here"),
                span,
            )
            .with_label("too deep")
            .with_hint("move the inner lines into a scene of their own and `call` it"),
        );
        skip_deeper(cursor, indent);
        return None;
    }
    cursor.depth += 1;
    let body = block(cursor, child, diagnostics);
    cursor.depth -= 1;
    Some(body)
}

/// The block under an `if`, `elif` or `else`, which must have one.
fn required_children<'s>(
    header: Header,
    what: &str,
    cursor: &mut Cursor<'s>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Stmt<'s>> {
    let Some(body) = children_at(header.indent, cursor, diagnostics) else {
        return Vec::new();
    };
    if body.is_empty() {
        diagnostics.push(
            Diagnostic::new(
                DiagnosticKind::EmptyBlock,
                format!("`{what}` needs an indented block below it"),
                header.span,
            )
            .with_hint("indent the lines that belong to it"),
        );
    }
    body
}

fn skip_deeper<'s>(cursor: &mut Cursor<'s>, indent: usize) {
    while cursor
        .peek()
        .is_some_and(|l| l.indent > indent && !matches!(l.kind, LineKind::Scene { .. }))
    {
        cursor.next();
    }
}
