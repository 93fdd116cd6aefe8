//! What `spearhead check` reports about a story's translations: Fluent syntax errors (file, line,
//! column), story messages that use `$variables` the story does not have, and a source template
//! that is out of date with the scripts.
//!
//! Interface files (`ui.ftl`) take their arguments from the front end, not from the story: a
//! translation's interface message may only use the variables of the same message in the source
//! locale's `ui.ftl`.

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
    // Interface message ID -> the variables the front end passes to it.
    let source_ui = locales_dir
        .join(&story.manifest.default_locale)
        .join(UI_FILE);
    let ui_variables: std::collections::HashMap<String, Vec<String>> = ftl::read(&source_ui)
        .map(|text| ftl::parse(&text).messages)
        .unwrap_or_default()
        .into_iter()
        .map(|m| (m.id, m.variables))
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
                diagnostics.extend(ui_diagnostics(file, &parsed.messages, &ui_variables));
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

/// Interface messages that use variables their source message does not have (and so are never
/// given a value). Messages the source does not have are obsolete, which `status` reports.
fn ui_diagnostics(
    file: crate::source::FileId,
    messages: &[ftl::FtlMessage],
    source: &std::collections::HashMap<String, Vec<String>>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for message in messages {
        let Some(given) = source.get(&message.id) else {
            continue;
        };
        for variable in message.variables.iter().filter(|v| !given.contains(v)) {
            let span = Span::new(file, message.offset, message.offset + message.id.len());
            let hint = if given.is_empty() {
                "the source message has no variables".to_string()
            } else {
                let names: Vec<String> = given.iter().map(|v| format!("`${v}`")).collect();
                format!("the source message has {}", names.join(", "))
            };
            out.push(
                Diagnostic::error(
                    format!(
                        "interface message `{}` uses `${variable}`, which the player does not pass to it",
                        message.id
                    ),
                    span,
                )
                .with_label(format!("uses `${variable}`"))
                .with_hint(hint),
            );
        }
    }
    out
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
