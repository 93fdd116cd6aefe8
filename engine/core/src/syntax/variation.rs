//! Text variations inside a line's text (`{if met: Kaie | the new pilot}`, `{seq: a | b}`,
//! `{cycle: ...}`, `{once: ...}`), parsed with the grammar's `variation` rule when
//! `template::split` meets one; and a variation's condition as an expression, for the checker.

use super::line::{describe_expected, Rule, ScriptParser};
use crate::ast::Expr;
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::source::{FileId, Span};
use crate::template::{Counted, Hole, Piece, SplitError, Vary, WrittenPiece, WrittenSelector};
use pest::iterators::Pair;
use pest::Parser;

/// A variation as written, and how many bytes of text it takes.
pub type Parsed<'a> = (Vary<Hole<'a>, WrittenSelector<'a>>, usize);

/// Parses the variation that starts at byte `at` of `text` (at its `{`). Ranges in the result
/// and in the error are inside `text`.
pub fn parse_variation(text: &str, at: usize) -> Result<Parsed<'_>, SplitError> {
    let rest = &text[at..];
    let mut pairs = ScriptParser::parse(Rule::variation, rest).map_err(|e| error(text, at, e))?;
    let variation = pairs.next().expect("`variation` matched");
    let len = variation.as_span().end();
    let inner = variation
        .into_inner()
        .next()
        .expect("a variation holds its kind");
    let mut parts = inner.clone().into_inner();
    let selector = match inner.as_rule() {
        Rule::vary_if => {
            parts.next(); // `if`
            let condition = parts.next().expect("`vary_if` holds a condition");
            let span = condition.as_span();
            WrittenSelector::If(Hole {
                name: &text[at + span.start()..at + span.end()],
                range: at + span.start()..at + span.end(),
            })
        }
        _ => WrittenSelector::Count(match parts.next().map(|p| p.as_str()) {
            Some("seq") => Counted::Seq,
            Some("cycle") => Counted::Cycle,
            _ => Counted::Once,
        }),
    };
    let variants = parts
        .find(|p| p.as_rule() == Rule::variants)
        .expect("a variation holds its variants");
    let variants = variants
        .into_inner()
        .map(|variant| pieces(text, at, variant))
        .collect();
    Ok((Vary { selector, variants }, len))
}

/// One variant's pieces, its text trimmed at both ends (`a | b` reads `a` and `b`).
fn pieces<'a>(text: &'a str, at: usize, variant: Pair<'a, Rule>) -> Vec<WrittenPiece<'a>> {
    let mut out: Vec<WrittenPiece> = Vec::new();
    let mut literal = String::new();
    for part in variant.into_inner() {
        let span = part.as_span();
        match part.as_rule() {
            Rule::variant_hole => {
                if !literal.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut literal)));
                }
                let name = part.into_inner().next().expect("a hole holds a name");
                out.push(Piece::Var(Hole {
                    name: &text[at + name.as_span().start()..at + name.as_span().end()],
                    range: at + span.start()..at + span.end(),
                }));
            }
            // `{{`, `}}`, `\|`: the character itself.
            Rule::variant_escape => literal.push_str(&part.as_str()[1..]),
            _ => literal.push_str(part.as_str()),
        }
    }
    if !literal.is_empty() {
        out.push(Piece::Text(literal));
    }
    if let Some(Piece::Text(first)) = out.first_mut() {
        *first = first.trim_start().to_string();
    }
    if let Some(Piece::Text(last)) = out.last_mut() {
        *last = last.trim_end().to_string();
    }
    out.retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
    out
}

/// A variation that does not parse: where, and what was expected there, in words.
fn error(text: &str, at: usize, error: pest::error::Error<Rule>) -> SplitError {
    let pos = at
        + match error.location {
            pest::error::InputLocation::Pos(p) => p,
            pest::error::InputLocation::Span((s, _)) => s,
        };
    let found = text[pos..].chars().next();
    let end = found.map_or(pos, |c| pos + c.len_utf8());
    let message = match (&error.variant, found) {
        (_, None) => "this variation is never closed with `}`".to_string(),
        (_, Some('{')) if crate::template::starts_variation(&text[pos..]) => {
            "a variation cannot hold another variation".to_string()
        }
        (pest::error::ErrorVariant::ParsingError { positives, .. }, Some(c)) => {
            format!(
                "expected {} in this variation, found `{c}`",
                describe_expected(positives)
            )
        }
        (pest::error::ErrorVariant::CustomError { message }, _) => message.clone(),
    };
    SplitError::BadVariation {
        range: pos..end,
        message,
    }
}

/// The condition of an `{if ...}` variation (which `parse_variation` has matched already) as
/// an expression, its spans in `file` from byte `offset`.
pub fn parse_condition(
    file: FileId,
    offset: usize,
    condition: &str,
) -> Result<Expr<'_>, Diagnostic> {
    let at = super::line::At { file, offset };
    let span = Span::new(file, offset, offset + condition.len());
    let mut pairs = ScriptParser::parse(Rule::expr, condition).map_err(|_| {
        Diagnostic::new(
            DiagnosticKind::BadVariation,
            "this condition is not an expression",
            span,
        )
    })?;
    // The same cap as a statement's (`line::MAX_NODES`): the checker walks expressions
    // recursively, so a condition of thousands of `not`s must stop here.
    if pairs.clone().flatten().count() > super::line::MAX_NODES {
        return Err(Diagnostic::new(
            DiagnosticKind::LineTooLong,
            format!(
                "this condition has more than {} parts",
                super::line::MAX_NODES
            ),
            span,
        )
        .with_hint("split it: set a variable on a line of its own and test that"));
    }
    Ok(super::line::parse_expr(
        at,
        pairs.next().expect("`expr` matched"),
    ))
}
