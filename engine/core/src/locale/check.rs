//! What `spearhead check` reports about a story's translations: Fluent syntax errors (file, line,
//! column), story messages that use `$variables` the story does not have, and a source template
//! that is out of date with the scripts.
//!
//! Interface files (`ui.ftl`) take their arguments from the front end, not from the story, so
//! only the other files' variables are checked.

use super::{ftl, variable_arg, UI_FILE};
use crate::diagnostic::{did_you_mean, Diagnostic, Severity};
use crate::source::{Sources, Span};
use crate::story::Story;
use std::path::Path;

/// Checks every `.ftl` file under the story's locales folder. The files are added to `sources`
/// so that the diagnostics can be rendered with the rest.
pub fn check(story: &Story, sources: &mut Sources) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let locales_dir = story.locales_dir();
    let locales = match ftl::locales(&locales_dir) {
        Ok(locales) => locales,
        Err(e) => return vec![Diagnostic::general(Severity::Error, e.to_string())],
    };
    let arguments: Vec<String> = story
        .variables
        .iter()
        .map(|v| variable_arg(&v.name))
        .collect();
    for locale in locales {
        let files = match ftl::files(&locales_dir.join(&locale)) {
            Ok(files) => files,
            Err(e) => {
                diagnostics.push(Diagnostic::general(Severity::Error, e.to_string()));
                continue;
            }
        };
        for path in files {
            let text = match ftl::read(&path) {
                Ok(text) => text,
                Err(e) => {
                    diagnostics.push(Diagnostic::general(Severity::Error, e.to_string()));
                    continue;
                }
            };
            let parsed = ftl::parse(&text);
            let file = sources.add(display_name(&path), path.clone(), text);
            diagnostics.extend(ftl::syntax_diagnostics(file, sources, &parsed.errors));
            if path.file_name().is_some_and(|n| n == UI_FILE) {
                continue;
            }
            for message in &parsed.messages {
                for variable in &message.variables {
                    if arguments.iter().any(|a| a == variable) {
                        continue;
                    }
                    let span = Span::new(file, message.offset, message.offset + message.id.len());
                    let dollars: Vec<String> = arguments.iter().map(|a| format!("${a}")).collect();
                    let wrong = format!("${variable}");
                    let hint = did_you_mean(&wrong, dollars.iter().map(String::as_str)).unwrap_or_else(|| {
                        "story messages can use the story's variables and stats, with dots as `-` (`$bond-shin`)".into()
                    });
                    diagnostics.push(
                        Diagnostic::error(
                            format!("message `{}` uses `${variable}`, which is not a variable of the story", message.id),
                            span,
                        )
                        .with_label(format!("uses `${variable}`"))
                        .with_hint(hint),
                    );
                }
            }
        }
    }
    diagnostics
}

/// A warning when `locales/<source>/story.ftl` exists but differs from what `extract` makes now.
pub fn template_warning(loaded: &crate::Loaded) -> Option<Diagnostic> {
    let story = loaded.story.as_ref()?;
    let path = story
        .locales_dir()
        .join(&story.manifest.default_locale)
        .join(super::STORY_FILE);
    let on_disk = std::fs::read_to_string(&path).ok()?;
    let extracted = super::extract(loaded).ok()?;
    (on_disk != extracted.ftl).then(|| {
        Diagnostic::general(
            Severity::Warning,
            format!("{} is out of date with the scripts", display_name(&path)),
        )
        .with_hint("run `spearhead locale extract`")
    })
}

/// Paths are shown relative to the current folder when they are under it.
/// `story/../locales` is shown as `locales`.
pub fn display_name(path: &Path) -> String {
    use std::path::{Component, PathBuf};
    let cwd = std::env::current_dir().unwrap_or_default();
    let path = path.strip_prefix(&cwd).unwrap_or(path);
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.display().to_string()
}
