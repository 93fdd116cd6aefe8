//! Pass 5: variables the story sets and never reads. A flag that a choice sets and nothing
//! asks about again is a promise to the reader that the story forgets: the checker says so.
//! A read is any use in a condition, an assignment's value or a line's `{braces}` (a text
//! variation's condition and variants too).

use super::declare::Symbols;
use super::lower::LoweredScene;
use crate::ast::Script;
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::story::{Expr, Op};
use crate::template::{Piece, Selector, Template};

pub fn check(
    script: &Script,
    symbols: &Symbols,
    lowered: &[LoweredScene],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let count = symbols.variables.len();
    let (mut read, mut set) = (vec![false; count], vec![false; count]);
    for op in lowered.iter().flat_map(|scene| &scene.code) {
        match op {
            Op::Say(say) => text_reads(&say.text, &mut read),
            Op::Menu(menu) => {
                if let Some(prompt) = &menu.prompt {
                    text_reads(prompt, &mut read);
                }
                for option in &menu.options {
                    text_reads(&option.text, &mut read);
                    if let Some(condition) = &option.condition {
                        expr_reads(condition, &mut read);
                    }
                }
            }
            Op::Branch { condition, .. } => expr_reads(condition, &mut read),
            Op::Assign { var, value, .. } => {
                set[*var] = true;
                expr_reads(value, &mut read);
            }
            _ => {}
        }
    }
    for decl in &script.vars {
        let Some(&var) = symbols.var_index.get(decl.name.node) else {
            continue;
        };
        let name = decl.name.node;
        let (kind, message, hint) = match (set[var], read[var]) {
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
        diagnostics.push(Diagnostic::new(kind, message, decl.name.span).with_hint(hint));
    }
}

fn text_reads(text: &Template, read: &mut [bool]) {
    pieces_read(text.pieces(), read);
}

/// Holes read their variable; a variation reads its condition and its variants' holes.
fn pieces_read(pieces: &[Piece<usize>], read: &mut [bool]) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Var(var) => read[*var] = true,
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

fn expr_reads(e: &Expr, read: &mut [bool]) {
    match e {
        Expr::Var(var) => read[*var] = true,
        Expr::Unary(_, a) => expr_reads(a, read),
        Expr::Binary(_, a, b) => {
            expr_reads(a, read);
            expr_reads(b, read);
        }
        Expr::Const(_) | Expr::Seen(_) | Expr::Visits(_) => {}
    }
}
