//! `tag`: gives every dialogue and narration line, choice prompt and option without an ID a
//! stable one, editing the scripts in place.
//!
//! The only change to a file is `  #<id>` inserted right after the text of each untagged line:
//! indentation, comments, blank lines, line endings and every other byte stay as they were. IDs
//! are the scene's name (dots as `_`) and a counter, `front_first_contact_3`, skipping every ID
//! already used anywhere in the story, so an ID once given never changes and never collides.
//! Running it again changes nothing. A file with syntax errors is not touched, and files are
//! written atomically (a temporary file, then a rename).

use super::{write_atomic, LocaleError};
use crate::ast::{Stmt, StmtKind, Text};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::source::{FileId, Sources};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What `tag` did.
#[derive(Debug, Default)]
pub struct Tagged {
    /// The script files that were read, for rendering `diagnostics`.
    pub sources: Sources,
    /// Files that got new IDs, with how many.
    pub changed: Vec<(PathBuf, usize)>,
    /// Why files were left alone (syntax errors), as diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

impl Tagged {
    pub fn added(&self) -> usize {
        self.changed.iter().map(|(_, n)| n).sum()
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Tags every `*.vn` script in `story_dir` and writes the files that change.
pub fn tag(story_dir: &Path) -> Result<Tagged, LocaleError> {
    let mut paths = Vec::new();
    let entries = std::fs::read_dir(story_dir).map_err(|source| LocaleError::Read {
        path: story_dir.to_path_buf(),
        source,
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "vn") && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    let mut sources = Sources::default();
    let mut files = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|source| LocaleError::Read {
            path: path.clone(),
            source,
        })?;
        let name = path.display().to_string();
        files.push(sources.add(name, path, text));
    }
    let (new_texts, diagnostics) = tag_sources(&sources, &files);
    let mut changed = Vec::new();
    for (file, new) in files.iter().zip(new_texts) {
        if let Some((text, count)) = new {
            let path = sources.get(*file).path.clone();
            write_atomic(&path, &text)?;
            changed.push((path, count));
        }
    }
    Ok(Tagged {
        sources,
        changed,
        diagnostics,
    })
}

/// The tagged text of each file (`None` when it needs no change or has errors) with the number
/// of IDs added, and the diagnostics of files left alone.
pub fn tag_sources(
    sources: &Sources,
    files: &[FileId],
) -> (Vec<Option<(String, usize)>>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    // Every `#word` anywhere in any file is taken, even in a comment or a broken line: cheap, and
    // it means a generated ID can never collide with one the parser did not see.
    let mut used: HashSet<String> = HashSet::new();
    for &file in files {
        used.extend(hash_words(&sources.get(file).text));
    }
    let mut counters: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for &file in files {
        let (script, parse_diagnostics) = crate::syntax::parse(sources, &[file]);
        if parse_diagnostics.iter().any(Diagnostic::is_error) {
            diagnostics.extend(parse_diagnostics);
            diagnostics.push(Diagnostic::general(
                DiagnosticKind::NotTagged,
                format!(
                    "not tagging {}: fix its syntax errors first",
                    sources.get(file).name
                ),
            ));
            out.push(None);
            continue;
        }
        let mut inserts: Vec<(usize, String)> = Vec::new();
        for scene in &script.scenes {
            let prefix: String = scene.name.node.replace('.', "_");
            let mut texts = Vec::new();
            collect_texts(&scene.body, &mut texts);
            for text in texts.into_iter().filter(|t| t.id.is_none()) {
                let counter = counters.entry(prefix.clone()).or_insert(0);
                let id = loop {
                    *counter += 1;
                    let candidate = format!("{prefix}_{counter}");
                    if !used.contains(&candidate) {
                        break candidate;
                    }
                };
                used.insert(id.clone());
                inserts.push((text.span.end as usize, id));
            }
        }
        if inserts.is_empty() {
            out.push(None);
            continue;
        }
        let original = &sources.get(file).text;
        let mut text = String::with_capacity(original.len() + inserts.len() * 24);
        let mut at = 0;
        inserts.sort();
        for (offset, id) in &inserts {
            text.push_str(&original[at..*offset]);
            text.push_str("  #");
            text.push_str(id);
            at = *offset;
        }
        text.push_str(&original[at..]);
        match verify(sources, file, &text, inserts.len()) {
            Ok(()) => out.push(Some((text, inserts.len()))),
            Err(problem) => {
                diagnostics.push(Diagnostic::general(
                    DiagnosticKind::NotTagged,
                    format!("not tagging {}: {problem} (a bug in `spearhead locale tag`; please report it)", sources.get(file).name),
                ));
                out.push(None);
            }
        }
    }
    (out, diagnostics)
}

/// Re-parses the tagged text and checks that it says exactly what the original said, with every
/// line now tagged. A safety net: a file is never written if tagging changed its meaning.
fn verify(sources: &Sources, file: FileId, tagged: &str, added: usize) -> Result<(), String> {
    let mut check = Sources::default();
    let before_id = check.add("before", PathBuf::new(), sources.get(file).text.clone());
    let after_id = check.add("after", PathBuf::new(), tagged.to_string());
    let (before, _) = crate::syntax::parse(&check, &[before_id]);
    let (after, errors) = crate::syntax::parse(&check, &[after_id]);
    if errors.iter().any(Diagnostic::is_error) {
        return Err("the tagged file would not parse".into());
    }
    let texts = |script: &crate::ast::Script| {
        let mut all = Vec::new();
        for scene in &script.scenes {
            collect_texts(&scene.body, &mut all);
        }
        all.into_iter()
            .map(|t| {
                (
                    t.text.to_string(),
                    t.id.as_ref().map(|i| i.node.to_string()),
                )
            })
            .collect::<Vec<_>>()
    };
    let (before, after) = (texts(&before), texts(&after));
    let untagged = before.iter().filter(|(_, id)| id.is_none()).count();
    let same = before.len() == after.len()
        && before
            .iter()
            .zip(&after)
            .all(|((t1, id1), (t2, id2))| t1 == t2 && (id1.is_none() || id1 == id2));
    if !same || untagged != added || after.iter().any(|(_, id)| id.is_none()) {
        return Err("tagging would change the text of a line".into());
    }
    Ok(())
}

/// Every reader-visible text of a block, in file order.
fn collect_texts<'a, 's>(body: &'a [Stmt<'s>], out: &mut Vec<&'a Text<'s>>) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::Say(say) => out.push(&say.text),
            StmtKind::Choice(choice) => {
                if let Some(prompt) = &choice.prompt {
                    out.push(prompt);
                }
                for option in &choice.options {
                    out.push(&option.text);
                    collect_texts(&option.body, out);
                }
            }
            StmtKind::If(branches) => {
                for (_, body) in &branches.branches {
                    collect_texts(body, out);
                }
                if let Some(body) = &branches.otherwise {
                    collect_texts(body, out);
                }
            }
            _ => {}
        }
    }
}

/// The words after each `#` in a text (ID-shaped: letters, digits, `_`, `-`, `.`).
fn hash_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split('#').skip(1).filter_map(|rest| {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
            .unwrap_or(rest.len());
        (end > 0).then(|| rest[..end].to_string())
    })
}
