//! Script text -> AST. Each file is cut into lines, each line is parsed on its own with the pest
//! grammar (`line.rs`), and the lines are assembled into scenes and blocks by indentation
//! (`blocks.rs`). Parsing never fails as a whole: it returns what it could build plus diagnostics.

mod blocks;
mod line;

pub use line::KEYWORDS;

use crate::ast::{ChapterDecl, Expr, OptionCondition, Script, StmtKind, Text, VarDecl};
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, Sources, Span};

/// One parsed line, before block structure is known.
#[derive(Debug)]
pub struct Line {
    pub indent: usize,
    pub kind: LineKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum LineKind {
    Scene {
        name: crate::ast::Name,
        location: Option<crate::ast::Name>,
        title: Option<String>,
    },
    Chapter(ChapterDecl),
    Var(VarDecl),
    Choice(Option<Text>),
    Option {
        text: Text,
        condition: Option<OptionCondition>,
    },
    If(Expr),
    Elif(Expr),
    Else,
    Stmt(StmtKind),
    /// A line that did not parse (already reported). Kept so that indentation stays right;
    /// `opens_block` when it looks like a header, so its indented lines are not misread.
    Broken {
        opens_block: bool,
    },
}

/// Files larger than this many lines are parsed on all cores.
const PARALLEL_THRESHOLD: usize = 20_000;

/// Parses every file in `sources` whose id is in `files` into one `Script`.
pub fn parse(sources: &Sources, files: &[FileId]) -> (Script, Vec<Diagnostic>) {
    let mut script = Script::default();
    let mut diagnostics = Vec::new();
    for &file in files {
        let lines = parse_lines(file, &sources.get(file).text, &mut diagnostics);
        blocks::assemble(lines, &mut script, &mut diagnostics);
    }
    (script, diagnostics)
}

/// Parses the lines of one file, in parallel when it is large. Lines that fail become diagnostics.
fn parse_lines(file: FileId, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Line> {
    let raw: Vec<(usize, usize, &str)> = split_lines(text).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let results: Vec<Vec<Result<Line, Diagnostic>>> =
        if raw.len() < PARALLEL_THRESHOLD || threads < 2 {
            vec![parse_chunk(file, &raw)]
        } else {
            let chunk = raw.len().div_ceil(threads);
            std::thread::scope(|scope| {
                let handles: Vec<_> = raw
                    .chunks(chunk)
                    .map(|part| scope.spawn(move || parse_chunk(file, part)))
                    .collect();
                // A parser thread only panics on a bug in this module; surface it rather than hide it.
                handles
                    .into_iter()
                    .map(|h| h.join().expect("parser thread"))
                    .collect()
            })
        };
    let mut lines = Vec::with_capacity(raw.len());
    for (result, &(offset, indent, content)) in results.into_iter().flatten().zip(&raw) {
        match result {
            Ok(line) => lines.push(line),
            Err(d) => {
                diagnostics.push(d);
                let first = content
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                lines.push(Line {
                    indent,
                    kind: LineKind::Broken {
                        opens_block: matches!(first, "if" | "elif" | "else" | "choice" | "option"),
                    },
                    span: Span::new(file, offset, offset + content.len()),
                });
            }
        }
    }
    lines
}

fn parse_chunk(file: FileId, raw: &[(usize, usize, &str)]) -> Vec<Result<Line, Diagnostic>> {
    raw.iter()
        .map(|&(offset, indent, content)| line::parse_line(file, offset, indent, content))
        .collect()
}

/// Yields `(byte offset of content, indent width, content)` for every line that holds a statement:
/// blank lines and `//` comments are skipped. A tab indents to the next multiple of four.
fn split_lines(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').filter_map(move |raw| {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let body = line.trim_start_matches([' ', '\t']);
        let content = body.trim_end();
        if content.is_empty() || content.starts_with("//") {
            return None;
        }
        let lead = &line[..line.len() - body.len()];
        let indent = lead
            .chars()
            .fold(0, |w, c| if c == '\t' { (w / 4 + 1) * 4 } else { w + 1 });
        Some((start + lead.len(), indent, content))
    })
}
