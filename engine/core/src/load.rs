//! Reads a story folder (`story.toml` plus every `*.vn` file in it) and runs the whole pipeline:
//! parse, check, compile. Also works on in-memory text, which is how the tests feed it. Every
//! file is capped at `MAX_SOURCE_BYTES` and must be UTF-8; otherwise nothing is parsed.

use crate::compile::{self, Input};
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::manifest::Manifest;
use crate::source::{FileId, Sources, Span, MAX_SOURCE_BYTES};
use crate::story::Story;
use crate::syntax;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The result of loading: the sources (for rendering diagnostics), every diagnostic in source
/// order, and the story when there was no error.
pub struct Loaded {
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
    pub story: Option<Story>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    pub fn render(&self, color: bool) -> String {
        diagnostic::render(&self.sources, &self.diagnostics, color)
    }
}

/// Loads the story in `dir`. Unreadable files become diagnostics, never panics: a file that is
/// not UTF-8 is shown at its first bad byte, one too large is named, and then nothing is
/// parsed (the rest of the story would only report what is missing).
pub fn load(dir: &Path) -> Loaded {
    let manifest_path = dir.join("story.toml");
    let mut sources = Sources::default();
    let mut problems = Vec::new();
    let manifest = read_into(&mut sources, &manifest_path, &mut problems);
    let mut scripts = match script_paths(dir) {
        Ok(paths) => paths,
        Err(e) => {
            let message = format!("cannot list {}: {e}", dir.display());
            problems.push(Diagnostic::general(Severity::Error, message));
            return unreadable(sources, problems);
        }
    };
    scripts.sort();
    let script_files: Vec<Option<FileId>> = scripts
        .iter()
        .map(|path| read_into(&mut sources, path, &mut problems))
        .collect();
    match (manifest, script_files.into_iter().collect()) {
        (Some(manifest), Some(scripts)) if problems.is_empty() => {
            load_files(dir, sources, manifest, scripts)
        }
        _ => unreadable(sources, problems),
    }
}

/// Loads a story from text: `manifest` is story.toml, `scripts` are (file name, text) pairs.
/// `root` is where asset paths are resolved.
pub fn load_str(root: &Path, manifest: &str, scripts: &[(&str, &str)]) -> Loaded {
    let mut sources = Sources::default();
    let mut problems = Vec::new();
    let mut add = |name: &str, text: &str| {
        if text.len() > MAX_SOURCE_BYTES {
            problems.push(too_large(name));
        }
        sources.add(name, root.join(name), text.to_string())
    };
    let manifest = add("story.toml", manifest);
    let scripts = scripts.iter().map(|(name, text)| add(name, text)).collect();
    if !problems.is_empty() {
        return unreadable(sources, problems);
    }
    load_files(root, sources, manifest, scripts)
}

fn load_files(
    root: &Path,
    sources: Sources,
    manifest_file: FileId,
    scripts: Vec<FileId>,
) -> Loaded {
    let (script, mut diagnostics) = syntax::parse(&sources, &scripts);
    let story = match Manifest::parse(&sources.get(manifest_file).text, manifest_file) {
        Ok(manifest) => compile::compile(
            Input {
                sources: &sources,
                manifest: &manifest,
                manifest_file,
                script,
                root,
            },
            &mut diagnostics,
        ),
        Err(d) => {
            diagnostics.push(d);
            None
        }
    };
    diagnostic::sort(&mut diagnostics);
    Loaded {
        sources,
        diagnostics,
        story,
    }
}

/// Reads a script or the manifest into `sources`. A file that cannot be read becomes a problem;
/// one that is not UTF-8 is still added (with the bad bytes replaced), so the problem can
/// point at its line and column.
fn read_into(sources: &mut Sources, path: &Path, problems: &mut Vec<Diagnostic>) -> Option<FileId> {
    let name = display_name(path);
    match read_source(path) {
        Ok(text) => Some(sources.add(name, path.to_path_buf(), text)),
        Err(Unreadable::NotUtf8 { text, at }) => {
            let file = sources.add(name, path.to_path_buf(), text);
            let replaced = char::REPLACEMENT_CHARACTER.len_utf8();
            problems.push(
                Diagnostic::error(
                    "this file is not UTF-8 text",
                    Span::new(file, at, at + replaced),
                )
                .with_label("not UTF-8")
                .with_hint("save the file as UTF-8 text"),
            );
            None
        }
        Err(Unreadable::TooLarge) => {
            problems.push(too_large(&name));
            None
        }
        Err(Unreadable::Io(e)) => {
            problems.push(Diagnostic::general(
                Severity::Error,
                format!("cannot read {}: {e}", path.display()),
            ));
            None
        }
    }
}

/// Why a source file could not be read.
enum Unreadable {
    Io(std::io::Error),
    TooLarge,
    /// `text` is the file with each bad byte sequence replaced; the first is at byte `at`.
    NotUtf8 {
        text: String,
        at: usize,
    },
}

/// Reads at most `MAX_SOURCE_BYTES` (and one more, to know there is more): a huge file, or a
/// device, costs no more than that.
fn read_source(path: &Path) -> Result<String, Unreadable> {
    let file = std::fs::File::open(path).map_err(Unreadable::Io)?;
    let mut bytes = Vec::new();
    file.take(MAX_SOURCE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Io)?;
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(Unreadable::TooLarge);
    }
    String::from_utf8(bytes).map_err(|e| Unreadable::NotUtf8 {
        at: e.utf8_error().valid_up_to(),
        text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

fn too_large(name: &str) -> Diagnostic {
    Diagnostic::general(
        Severity::Error,
        format!(
            "{name} is larger than {} MiB, the most a script or story.toml may be",
            MAX_SOURCE_BYTES >> 20
        ),
    )
    .with_hint("split the story into several script files")
}

/// A story with files that could not be read: their problems, and nothing parsed.
fn unreadable(sources: Sources, mut problems: Vec<Diagnostic>) -> Loaded {
    diagnostic::sort(&mut problems);
    Loaded {
        sources,
        diagnostics: problems,
        story: None,
    }
}

fn script_paths(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "vn") && path.is_file() {
            out.push(path);
        }
    }
    Ok(out)
}

/// Paths are shown relative to the current folder when they are under it.
fn display_name(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    path.strip_prefix(&cwd)
        .unwrap_or(path)
        .display()
        .to_string()
}
