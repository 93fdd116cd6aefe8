//! Reads a story folder (`story.toml` plus every `*.vn` file in it) and runs the whole pipeline:
//! parse, check, compile. Also works on in-memory text, which is how the tests feed it.

use crate::compile::{self, Input};
use crate::diagnostic::{self, Diagnostic, DiagnosticKind};
use crate::files;
use crate::manifest::Manifest;
use crate::source::{FileId, Sources};
use crate::story::Story;
use crate::syntax;
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

    /// The errors alone (warnings left out), rendered in plain ASCII: what the window shows
    /// when an edit made during play does not load.
    pub fn render_errors_ascii(&self) -> String {
        let errors: Vec<Diagnostic> = (self.diagnostics.iter())
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        diagnostic::render_ascii(&self.sources, &errors)
    }
}

/// Loads the story in `dir`. Unreadable files become diagnostics, never panics.
pub fn load(dir: &Path) -> Loaded {
    load_checking(dir, true)
}

/// Loads the story in `dir` as its text alone: the asset files the manifest names need not be
/// there. For the tools that only read text (`read`, `locale status`, `new`, `update`, export
/// and import), so that a translator sent the scripts and `locales/` can run them.
pub fn load_text(dir: &Path) -> Loaded {
    load_checking(dir, false)
}

fn load_checking(dir: &Path, asset_files: bool) -> Loaded {
    let manifest_path = dir.join("story.toml");
    let manifest = match files::read_text(&manifest_path, files::MAX_MANIFEST_BYTES) {
        Ok(text) => text,
        Err(e) => return failed(e.to_string()),
    };
    let mut scripts = match script_paths(dir) {
        Ok(paths) => paths,
        Err(e) => return failed(format!("cannot list {}: {e}", dir.display())),
    };
    scripts.sort();
    let mut scripts_read = Vec::new();
    for path in scripts {
        // A script that is a link out of the story folder is not read.
        let read = files::confined(dir, &path)
            .and_then(|real| files::read_text(&real, files::MAX_SCRIPT_BYTES));
        match read {
            Ok(text) => scripts_read.push((display_name(&path), path, text)),
            Err(e) => return failed(e.to_string()),
        }
    }
    load_files(
        dir,
        (display_name(&manifest_path), manifest_path, manifest),
        scripts_read,
        asset_files,
    )
}

/// Loads a story from text: `manifest` is story.toml, `scripts` are (file name, text) pairs.
/// `root` is where asset paths are resolved.
pub fn load_str(root: &Path, manifest: &str, scripts: &[(&str, &str)]) -> Loaded {
    let files = scripts
        .iter()
        .map(|(name, text)| (name.to_string(), root.join(name), text.to_string()))
        .collect();
    let manifest = (
        "story.toml".to_string(),
        root.join("story.toml"),
        manifest.to_string(),
    );
    load_files(root, manifest, files, true)
}

type File = (String, PathBuf, String);

fn load_files(root: &Path, manifest: File, scripts: Vec<File>, asset_files: bool) -> Loaded {
    let mut sources = Sources::default();
    let manifest_file = sources.add(manifest.0, manifest.1, manifest.2);
    let script_files: Vec<FileId> = scripts
        .into_iter()
        .map(|(n, p, t)| sources.add(n, p, t))
        .collect();
    let (script, mut diagnostics) = syntax::parse(&sources, &script_files);
    let story = match Manifest::parse(&sources.get(manifest_file).text, manifest_file) {
        Ok(manifest) => compile::compile(
            Input {
                sources: &sources,
                manifest: &manifest,
                manifest_file,
                script,
                root,
                asset_files,
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

fn failed(message: String) -> Loaded {
    Loaded {
        sources: Sources::default(),
        diagnostics: vec![Diagnostic::general(DiagnosticKind::Unreadable, message)],
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_errors_for_a_window_leave_warnings_out_and_are_plain_ascii() {
        let manifest = "title = \"T\"\nstart = \"a\"\n[endings.done]\ntitle = \"Done\"\n";
        // One warning (an unreachable scene) and one error (a jump to no scene).
        let script = "scene a\n> One.\njump nowhere\nscene lost\n> Two.\nend done\n";
        let loaded = load_str(Path::new("."), manifest, &[("s.vn", script)]);
        assert!(
            loaded.render(false).contains("warning"),
            "the fixture warns"
        );
        let text = loaded.render_errors_ascii();
        assert!(text.contains("error: unknown scene `nowhere`"), "{text}");
        assert!(text.contains("s.vn:3:6"), "{text}");
        assert!(!text.contains("warning"), "{text}");
        assert!(text.is_ascii(), "{text}");
    }
}
