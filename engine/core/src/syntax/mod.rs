//! Script text -> AST. Each file is cut into lines, each line is parsed on its own with the pest
//! grammar (`line.rs`), and the lines are assembled into scenes and blocks by indentation
//! (`blocks.rs`). Parsing never fails as a whole: it returns what it could build plus diagnostics.

mod blocks;
mod line;
mod variation;

pub use blocks::MAX_BLOCK_DEPTH;
pub use line::KEYWORDS;
pub use variation::{parse_condition, parse_variation};

use crate::ast::{ChapterDecl, Expr, OptionCondition, Script, StmtKind, Text, VarDecl};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::source::{FileId, Sources, Span};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One parsed line, before block structure is known.
#[derive(Debug)]
pub struct Line<'s> {
    pub indent: usize,
    pub kind: LineKind<'s>,
    pub span: Span,
}

#[derive(Debug)]
pub enum LineKind<'s> {
    Scene {
        name: crate::ast::Name<'s>,
        location: Option<crate::ast::Name<'s>>,
        title: Option<String>,
    },
    Chapter(ChapterDecl<'s>),
    Var(VarDecl<'s>),
    Choice(Option<Text<'s>>),
    Option {
        text: Text<'s>,
        condition: Option<OptionCondition<'s>>,
        once: bool,
    },
    If(Expr<'s>),
    Elif(Expr<'s>),
    Else,
    Stmt(StmtKind<'s>),
    /// A line that did not parse (already reported). Kept so that indentation stays right;
    /// `opens_block` when it looks like a header, so its indented lines are not misread.
    Broken {
        opens_block: bool,
    },
}

/// Stories (or files) with at least this many lines are parsed on all cores.
const PARALLEL_THRESHOLD: usize = 20_000;

/// Parses every file in `sources` whose id is in `files` into one `Script`.
///
/// A large story is parsed on all cores. When no file holds half of it, the files are shared
/// out: each thread parses and assembles whole files, the next free thread taking the next
/// file, and the results are joined in file order. Otherwise (one big file), each large file
/// is cut into one run of lines per thread.
pub fn parse<'s>(sources: &'s Sources, files: &[FileId]) -> (Script<'s>, Vec<Diagnostic>) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let lines: Vec<usize> = files
        .iter()
        .map(|&f| sources.get(f).text.bytes().filter(|&b| b == b'\n').count())
        .collect();
    let total: usize = lines.iter().sum();
    let largest = lines.iter().copied().max().unwrap_or(0);
    let parsed = if threads >= 2
        && files.len() >= 2
        && total >= PARALLEL_THRESHOLD
        && largest * 2 <= total
    {
        parse_files_in_parallel(sources, files, threads)
    } else {
        files
            .iter()
            .map(|&file| parse_file(file, &sources.get(file).text, threads))
            .collect()
    };
    let mut script = Script::default();
    let mut diagnostics = Vec::new();
    for (part, diags) in parsed {
        script.scenes.extend(part.scenes);
        script.vars.extend(part.vars);
        script.chapters.extend(part.chapters);
        diagnostics.extend(diags);
    }
    (script, diagnostics)
}

/// Parses whole files on `threads` threads (this one and `threads - 1` more), each taking the
/// next file not yet taken. This thread also assembles each file's lines into blocks, in the
/// order of `files`, as they become ready between its own files. (The tree is mostly allocated
/// on this thread, where the compiler frees it, so the allocator can reuse that memory.)
fn parse_files_in_parallel<'s>(
    sources: &'s Sources,
    files: &[FileId],
    threads: usize,
) -> Vec<(Script<'s>, Vec<Diagnostic>)> {
    let next = AtomicUsize::new(0);
    let parse_next = || {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let &file = files.get(i)?;
        let mut diagnostics = Vec::new();
        let lines = parse_lines(file, &sources.get(file).text, 1, &mut diagnostics);
        Some((i, (lines, diagnostics)))
    };
    std::thread::scope(|scope| {
        let (sender, receiver) = std::sync::mpsc::channel();
        for _ in 1..threads.min(files.len()) {
            let sender = sender.clone();
            scope.spawn(move || {
                while let Some(parsed) = parse_next() {
                    if sender.send(parsed).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let mut waiting = std::collections::BTreeMap::new();
        let mut assembled = Vec::with_capacity(files.len());
        let mut assemble_ready = |waiting: &mut std::collections::BTreeMap<_, _>| {
            while let Some((lines, mut diagnostics)) = waiting.remove(&assembled.len()) {
                let mut script = Script::default();
                blocks::assemble(lines, &mut script, &mut diagnostics);
                assembled.push((script, diagnostics));
            }
        };
        while let Some((i, parsed)) = parse_next() {
            waiting.insert(i, parsed);
            waiting.extend(receiver.try_iter());
            assemble_ready(&mut waiting);
        }
        for (i, parsed) in receiver {
            waiting.insert(i, parsed);
            assemble_ready(&mut waiting);
        }
        // Every file was parsed unless a parser thread panicked, which the scope reports.
        assembled
    })
}

/// One file's scenes and declarations, parsed on up to `threads` threads.
fn parse_file(file: FileId, text: &str, threads: usize) -> (Script<'_>, Vec<Diagnostic>) {
    let mut script = Script::default();
    let mut diagnostics = Vec::new();
    let lines = parse_lines(file, text, threads, &mut diagnostics);
    blocks::assemble(lines, &mut script, &mut diagnostics);
    (script, diagnostics)
}

/// Parses the lines of one file, in parallel when it is large. Lines that fail become diagnostics.
fn parse_lines<'s>(
    file: FileId,
    text: &'s str,
    threads: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Line<'s>> {
    let raw: Vec<(usize, usize, &str)> = split_lines(text).collect();
    diagnostics.extend(tab_warning(file, text, 0));
    if raw.len() < PARALLEL_THRESHOLD || threads < 2 {
        return parse_chunk(file, &raw, diagnostics);
    }
    let chunk = raw.len().div_ceil(threads);
    let parts: Vec<(Vec<Line>, Vec<Diagnostic>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = raw
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut diagnostics = Vec::new();
                    (parse_chunk(file, part, &mut diagnostics), diagnostics)
                })
            })
            .collect();
        // A parser thread only panics on a bug in this module; surface it rather than hide it.
        handles
            .into_iter()
            .map(|h| h.join().expect("parser thread"))
            .collect()
    });
    let mut lines = Vec::with_capacity(raw.len());
    for (part, diags) in parts {
        lines.extend(part);
        diagnostics.extend(diags);
    }
    lines
}

/// Parses a run of lines in order. A line that fails becomes a diagnostic and a `Broken` line.
fn parse_chunk<'s>(
    file: FileId,
    raw: &[(usize, usize, &'s str)],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Line<'s>> {
    let mut lines = Vec::with_capacity(raw.len());
    for &(offset, indent, content) in raw {
        match line::parse_line(file, offset, indent, content) {
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

/// The scenes written in `range` of `file`, which starts at a `scene` line and ends where the
/// next one starts (or at the end): for parsing part of a file again after an edit. Spans are
/// the file's. The file's tab warning is left to `tab_warning`.
pub fn parse_part(
    sources: &Sources,
    file: FileId,
    range: std::ops::Range<usize>,
) -> (Script<'_>, Vec<Diagnostic>) {
    let text = &sources.get(file).text;
    let base = range.start;
    let raw: Vec<(usize, usize, &str)> = (split_lines(&text[range]))
        .map(|(offset, indent, content)| (base + offset, indent, content))
        .collect();
    let mut diagnostics = Vec::new();
    let lines = parse_chunk(file, &raw, &mut diagnostics);
    let mut script = Script::default();
    blocks::assemble(lines, &mut script, &mut diagnostics);
    (script, diagnostics)
}

/// The warning for the first line of `text` indented with a tab, if any (one a file), looking
/// from `from` (the start of a line) on.
pub fn tab_warning(file: FileId, text: &str, from: usize) -> Option<Diagnostic> {
    let tab = first_tab_indent(text, from, file)?;
    Some(
        Diagnostic::new(
            DiagnosticKind::TabIndentation,
            "this line is indented with a tab",
            tab,
        )
        .with_label("a tab")
        .with_hint(
            "indent with spaces (four a level): a tab counts as four spaces here, but \
             editors may show it wider, so blocks can look nested where they are not",
        ),
    )
}

/// The first tab in the indentation of a line of `text` (one warning a file is enough).
fn first_tab_indent(text: &str, from: usize, file: FileId) -> Option<Span> {
    let mut offset = from;
    for line in text[from..].split_inclusive('\n') {
        let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
        if let Some(tab) = line[..lead].find('\t') {
            if !line.trim().is_empty() {
                return Some(Span::new(file, offset + tab, offset + tab + 1));
            }
        }
        offset += line.len();
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Files parsed on several threads give the same tree and diagnostics, in the same order,
    /// as files parsed one after another.
    #[test]
    fn parallel_parse_matches_sequential_parse() {
        let mut sources = Sources::default();
        let files: Vec<FileId> = (0..5)
            .map(|f| {
                let mut text = format!("chapter c{f} \"Part {f}\"\nvar v{f} = {f}\n");
                for s in 0..40 {
                    text.push_str(&format!(
                        "scene s{f}_{s}\nlena (smile): Hello {{v{f}}}.  #l{f}_{s}\n"
                    ));
                    text.push_str("> Narration.\nif v0 > 1\n    shin: Yes.\nelse\n    oops (\n");
                    text.push_str(
                        "choice: Now?\n    option requires v0 > 0: Go\n        v0 += 1\n",
                    );
                    text.push_str(&format!("jump s{f}_{}\n", s + 1));
                }
                sources.add(format!("f{f}.vn"), format!("f{f}.vn").into(), text)
            })
            .collect();
        let sequential: Vec<_> = files
            .iter()
            .map(|&f| parse_file(f, &sources.get(f).text, 1))
            .collect();
        let parallel = parse_files_in_parallel(&sources, &files, 3);
        assert_eq!(format!("{sequential:?}"), format!("{parallel:?}"));
        assert!(parallel
            .iter()
            .all(|(script, diags)| script.scenes.len() == 40 && diags.len() >= 40));
    }
}
