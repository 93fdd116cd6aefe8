//! Pass 5: variables the story sets and never reads. A flag that a choice sets and nothing
//! asks about again is a promise to the reader that the story forgets: the checker says so.
//! A read is any use in a condition, an assignment's value or a line's `{braces}` (a text
//! variation's condition and variants too).

use super::declare::Symbols;
use super::lower::LoweredScene;
use crate::ast::{Script, Spanned};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::story::{Expr, Op};
use crate::template::{Piece, Selector};

pub fn check(
    script: &Script,
    symbols: &Symbols,
    lowered: &[LoweredScene],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let count = symbols.variables.len();
    let (mut read, mut set) = (vec![false; count], vec![false; count]);
    for scene in lowered {
        uses(&scene.code, &mut |var| read[var] = true, &mut |var| {
            set[var] = true
        });
    }
    let names = script.vars.iter().map(|decl| decl.name.clone());
    report(names, symbols, |var| read[var], |var| set[var], diagnostics);
}

/// Calls `read` for every variable `code` reads and `set` for every one it sets.
pub(super) fn uses(code: &[Op], read: &mut impl FnMut(usize), set: &mut impl FnMut(usize)) {
    for op in code {
        match op {
            Op::Say(say) => pieces_read(say.text.pieces(), read),
            Op::Menu(menu) => {
                if let Some(prompt) = &menu.prompt {
                    pieces_read(prompt.pieces(), read);
                }
                for option in &menu.options {
                    pieces_read(option.text.pieces(), read);
                    if let Some(condition) = &option.condition {
                        expr_reads(condition, read);
                    }
                }
            }
            Op::Branch { condition, .. } => expr_reads(condition, read),
            Op::Assign { var, value, .. } => {
                set(*var);
                expr_reads(value, read);
            }
            _ => {}
        }
    }
}

/// A warning for each declared variable (by its `var` line's name) never read.
pub(super) fn report<'a>(
    names: impl Iterator<Item = Spanned<&'a str>>,
    symbols: &Symbols,
    read: impl Fn(usize) -> bool,
    set: impl Fn(usize) -> bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for decl in names {
        let Some(&var) = symbols.var_index.get(decl.node) else {
            continue;
        };
        let name = decl.node;
        let (kind, message, hint) = match (set(var), read(var)) {
            (_, true) => continue,
            (true, false) => (
                DiagnosticKind::NeverRead,
                format!("`{name}` is set but never read"),
                "test it in an `if` or an option's condition, show it in a line, or remove it",
            ),
            (false, false) => (
                DiagnosticKind::NeverUsed,
                format!("`{name}` is never used"),
                "remove the declaration, or set and read it",
            ),
        };
        diagnostics.push(Diagnostic::new(kind, message, decl.span).with_hint(hint));
    }
}

/// Holes read their variable; a variation reads its condition and its variants' holes.
fn pieces_read(pieces: &[Piece<usize>], read: &mut impl FnMut(usize)) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Var(var) => read(*var),
            Piece::Vary(vary) => {
                if let Selector::If(condition) = &vary.selector {
                    expr_reads(condition, read);
                }
                for variant in &vary.variants {
                    pieces_read(variant, read);
                }
            }
        }
    }
}

fn expr_reads(e: &Expr, read: &mut impl FnMut(usize)) {
    match e {
        Expr::Var(var) => read(*var),
        Expr::Unary(_, a) => expr_reads(a, read),
        Expr::Binary(_, a, b) => {
            expr_reads(a, read);
            expr_reads(b, read);
        }
        Expr::Const(_) | Expr::Seen(_) | Expr::Visits(_) => {}
    }
}
