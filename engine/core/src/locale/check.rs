//! What `spearhead check` reports about a story's translations: Fluent syntax errors (file, line,
//! column), files too large or nested too deep to read, story messages that use `$variables` the
//! story does not have, `-terms` their locale does not define, message IDs defined twice,
//! characters no font in the story's assets/fonts can draw (`glyphs`),
//! messages that cannot be formatted (a cycle of references, say), translations of lines that
//! vary without one of their variants, and a source template that is out of date with the
//! scripts.
//!
//! Interface files (`ui.ftl`) take their arguments from the front end, not from the story: a
//! translation's interface message may only use the variables of the same message in the source
//! locale's `ui.ftl`.

use super::catalog::lacks_variant;
use super::extract::{ONCE_DONE, VARIANT_ARG};
use super::message_id;
use super::{expansion, ftl, limits, locale_dir, variable_arg, LocaleError, UI_FILE};
use crate::diagnostic::{did_you_mean, Diagnostic, DiagnosticKind};
use crate::line_key::LineKey;
use crate::source::{FileId, Sources, Span};
use crate::story::{Op, Story};
use crate::template::{Counted, Selector, Template, Vary};
use std::collections::HashMap;
use std::path::Path;

/// Checks every `.ftl` file under the story's locales folder. The files are added to `sources`
/// so that the diagnostics can be rendered with the rest.
pub fn check(story: &Story, sources: &mut Sources) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let locales_dir = story.locales_dir();
    let locales = match ftl::locales(&locales_dir) {
        Ok(locales) => locales,
        Err(e) => {
            return vec![Diagnostic::general(
                DiagnosticKind::BadLocaleFolder,
                e.to_string(),
            )]
        }
    };
    let arguments: Vec<String> = story
        .variables
        .iter()
        .map(|v| variable_arg(&v.name))
        .collect();
    // Interface message ID -> the variables the front end passes to it.
    let source_ui =
        locale_dir(&locales_dir, &story.manifest.default_locale).map(|dir| dir.join(UI_FILE));
    let ui_variables: std::collections::HashMap<String, Vec<String>> = source_ui
        .and_then(|path| ftl::read(&path))
        .map(|text| ftl::parse(&text).messages)
        .unwrap_or_default()
        .into_iter()
        .map(|m| (m.id, m.variables))
        .collect();
    diagnostics.extend(default_locale_diagnostic(story, sources));
    let varied = varied_messages(story);
    let fonts = super::glyphs::Fonts::of_story(story);
    for locale in locales {
        let files = match locale_dir(&locales_dir, &locale).and_then(|dir| ftl::files(&dir)) {
            Ok(files) => files,
            Err(e) => {
                diagnostics.push(folder_diagnostic(&locales_dir, e));
                continue;
            }
        };
        let mut read = Vec::new();
        let mut terms = Vec::new();
        for path in files {
            let text = match ftl::read(&path) {
                Ok(text) => text,
                Err(e) => {
                    diagnostics.push(unreadable(e));
                    continue;
                }
            };
            let parsed = ftl::parse(&text);
            let file = sources.add(display_name(&path), path.clone(), text);
            diagnostics.extend(ftl::syntax_diagnostics(file, sources, &parsed.errors));
            if path.file_name().is_some_and(|n| n == UI_FILE) {
                diagnostics.extend(ui_diagnostics(file, &parsed.messages, &ui_variables));
            } else {
                diagnostics.extend(variable_diagnostics(file, &parsed.messages, &arguments));
            }
            terms.extend(parsed.terms);
            read.push((file, parsed.messages));
        }
        diagnostics.extend(term_diagnostics(&locale, &read, &terms));
        diagnostics.extend(duplicate_diagnostics(sources, &read));
        if let Some(fonts) = &fonts {
            diagnostics.extend(super::glyphs::missing_glyphs(fonts, &locale, &read));
        }
        diagnostics.extend(unformattable_diagnostics(sources, &read));
        if locale != story.manifest.default_locale {
            diagnostics.extend(variant_diagnostics(&varied, &locale, sources, &read));
        }
    }
    diagnostics
}

/// `default_locale` in story.toml must be a language tag: it names a folder every translation
/// tool reads, and `locale extract` writes.
fn default_locale_diagnostic(story: &Story, sources: &Sources) -> Option<Diagnostic> {
    let name = &story.manifest.default_locale;
    super::parse_locale(name).err()?;
    let message = format!("`default_locale = {name:?}` is not a language tag");
    let hint = "it names the source language's folder under the locales folder: `en-US`, `ja-JP`";
    // The manifest keeps no spans for it: read the one key again, with its place.
    #[derive(serde::Deserialize)]
    struct Key {
        default_locale: toml::Spanned<String>,
    }
    let manifest = sources
        .iter()
        .find(|(_, f)| f.path.file_name().is_some_and(|n| n == "story.toml"));
    let spanned = manifest.and_then(|(id, file)| {
        let key: Key = toml::from_str(&file.text).ok()?;
        let range = key.default_locale.span();
        Some(Span::new(id, range.start, range.end))
    });
    Some(Diagnostic::at(DiagnosticKind::BadDefaultLocale, message, spanned).with_hint(hint))
}

/// A locale folder that is never read: its name is not a language tag, or it leads elsewhere.
fn folder_diagnostic(locales_dir: &Path, error: LocaleError) -> Diagnostic {
    match error {
        LocaleError::BadLocale(name) => Diagnostic::general(
            DiagnosticKind::BadLocaleFolder,
            format!(
                "{}: `{name}` is not a language tag, so this folder is never read",
                display_name(&locales_dir.join(&name))
            ),
        )
        .with_hint("name each locale folder by its language tag: `en-US`, `ja-JP`"),
        LocaleError::OutsideLocales { path } => Diagnostic::general(
            DiagnosticKind::BadLocaleFolder,
            format!(
                "{} leads outside the locales folder, so it is never read",
                display_name(&path)
            ),
        ),
        other => Diagnostic::general(DiagnosticKind::BadLocaleFolder, other.to_string()),
    }
}

/// Story messages that use variables the story does not have (a text variation's
/// `$variant-N` is the catalog's own).
fn variable_diagnostics(
    file: FileId,
    messages: &[ftl::FtlMessage],
    arguments: &[String],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for message in messages {
        for variable in &message.variables {
            if arguments.iter().any(|a| a == variable) || super::extract::is_variant_arg(variable) {
                continue;
            }
            let span = Span::new(file, message.offset, message.offset + message.id.len());
            let dollars: Vec<String> = arguments.iter().map(|a| format!("${a}")).collect();
            let wrong = format!("${variable}");
            let hint = did_you_mean(&wrong, dollars.iter().map(String::as_str)).unwrap_or_else(|| {
                "story messages can use the story's variables and stats, with dots as `-` (`$bond-shin`)".into()
            });
            out.push(
                Diagnostic::new(
                    DiagnosticKind::UnknownMessageVariable,
                    format!(
                        "message `{}` uses `${variable}`, which is not a variable of the story",
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

/// The keys each `$variant-N` of a line that varies selects (see `extract::fluent_value`), by
/// the line's message ID.
fn varied_messages(story: &Story) -> HashMap<String, Vec<Vec<String>>> {
    let mut out = HashMap::new();
    let mut add = |key: &str, text: &Template| {
        let tagged = !key.parse::<LineKey>().is_ok_and(|k| k.is_untagged());
        if text.varies() && tagged {
            out.insert(
                message_id(key),
                text.variations().map(variant_keys).collect(),
            );
        }
    };
    for scene in &story.scenes {
        for op in scene.ops() {
            match op {
                Op::Say(say) => add(&say.key, &say.text),
                Op::Menu(menu) => {
                    if let Some(prompt) = &menu.prompt {
                        add(&menu.key, prompt);
                    }
                    for option in &menu.options {
                        add(&option.key, &option.text);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Every key a variation may select.
fn variant_keys(vary: &Vary<usize, Selector>) -> Vec<String> {
    match vary.selector {
        Selector::If(_) => vec!["true".into(), "false".into()],
        Selector::Count { kind, .. } => {
            let mut keys: Vec<String> = (1..=vary.variants.len()).map(|n| n.to_string()).collect();
            if kind == Counted::Once {
                keys.push(ONCE_DONE.to_string());
            }
            keys
        }
    }
}

/// Translated lines that select on a variation without a variant for one of the source's keys:
/// the catalog shows the source language's line whenever that variant comes up (and warns
/// then). A translation with one text for every case is the translator's choice.
fn variant_diagnostics(
    varied: &HashMap<String, Vec<Vec<String>>>,
    locale: &str,
    sources: &Sources,
    files: &[(FileId, Vec<ftl::FtlMessage>)],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (file, messages) in files {
        if messages.iter().all(|m| !varied.contains_key(&m.id)) {
            continue;
        }
        let text = sources.get(*file).text.as_str();
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, _)| resource);
        for entry in &resource.body {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                continue;
            };
            let (Some(variations), Some(pattern)) = (varied.get(message.id.name), &message.value)
            else {
                continue;
            };
            let lacking = variations.iter().enumerate().find_map(|(n, keys)| {
                let arg = format!("{VARIANT_ARG}{}", n + 1);
                let key = keys.iter().find(|k| lacks_variant(pattern, &arg, k))?;
                Some((arg, key))
            });
            let (Some((arg, key)), Some(at)) =
                (lacking, messages.iter().find(|m| m.id == message.id.name))
            else {
                continue;
            };
            let span = Span::new(*file, at.offset, at.offset + at.id.len());
            out.push(
                Diagnostic::new(
                    DiagnosticKind::MissingVariant,
                    format!(
                        "message `{}` in {locale} has no variant `[{key}]` for `${arg}`",
                        at.id
                    ),
                    span,
                )
                .with_label(format!("no `[{key}]`"))
                .with_hint(format!(
                    "the reader sees the source language's line when it shows `[{key}]`: add `[{key}] ...` to the select on `${arg}` (docs/TRANSLATING.md, \"Lines that vary\")"
                )),
            );
        }
    }
    out
}

/// Messages that use a `-term` no file of their locale defines: Fluent would show `{-term}` raw.
fn term_diagnostics(
    locale: &str,
    files: &[(FileId, Vec<ftl::FtlMessage>)],
    defined: &[String],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (file, messages) in files {
        for message in messages {
            for term in message.terms.iter().filter(|t| !defined.contains(t)) {
                let span = Span::new(*file, message.offset, message.offset + message.id.len());
                let dashed: Vec<String> = defined.iter().map(|t| format!("-{t}")).collect();
                let wrong = format!("-{term}");
                let hint =
                    did_you_mean(&wrong, dashed.iter().map(String::as_str)).unwrap_or_else(|| {
                        format!("define it in one of {locale}'s files: `-{term} = ...`")
                    });
                out.push(
                    Diagnostic::new(
                        DiagnosticKind::UnknownTerm,
                        format!(
                            "message `{}` uses the term `-{term}`, which no file of {locale} defines",
                            message.id
                        ),
                        span,
                    )
                    .with_label(format!("uses `-{term}`"))
                    .with_hint(hint),
                );
            }
        }
    }
    out
}

/// A message ID defined twice in one locale (in one file or two): only the first is used.
fn duplicate_diagnostics(
    sources: &Sources,
    files: &[(FileId, Vec<ftl::FtlMessage>)],
) -> Vec<Diagnostic> {
    let mut first: std::collections::HashMap<&str, Span> = Default::default();
    let mut out = Vec::new();
    for (file, messages) in files {
        for message in messages {
            let span = Span::new(*file, message.offset, message.offset + message.id.len());
            match first.get(message.id.as_str()) {
                None => {
                    first.insert(&message.id, span);
                }
                Some(earlier) => out.push(
                    Diagnostic::new(
                        DiagnosticKind::MessageDefinedTwice,
                        format!("message `{}` is defined twice", message.id),
                        span,
                    )
                    .with_label("defined again here")
                    .with_hint(format!(
                        "the first, at {}, is the one shown; remove one of them",
                        crate::compile::location(sources, *earlier)
                    )),
                ),
            }
        }
    }
    out
}

/// Messages of one locale (its files, as read) that the player would not show because they
/// cannot be formatted safely: cycles, runaway expansion (see `expansion`).
fn unformattable_diagnostics(
    sources: &Sources,
    files: &[(FileId, Vec<ftl::FtlMessage>)],
) -> Vec<Diagnostic> {
    let parsed: Vec<_> = files
        .iter()
        .map(|(file, _)| {
            fluent_syntax::parser::parse(sources.get(*file).text.as_str())
                .unwrap_or_else(|(resource, _)| resource)
        })
        .collect();
    let found = expansion::unformattable(parsed.iter().flat_map(|r| &r.body));
    let mut out = Vec::new();
    let mut reported = std::collections::HashSet::new();
    for (file, messages) in files {
        for message in messages {
            let Some(why) = found.get(&message.id) else {
                continue;
            };
            if !reported.insert(message.id.as_str()) {
                continue;
            }
            let span = Span::new(*file, message.offset, message.offset + message.id.len());
            out.push(
                Diagnostic::new(
                    DiagnosticKind::Unformattable,
                    format!("message `{}` cannot be shown: {why}", message.id),
                    span,
                )
                .with_hint("the reader sees the source language's text (or the script's) instead"),
            );
        }
    }
    out
}

/// A translation file that is not read: where, and what the reader sees instead.
fn unreadable(error: LocaleError) -> Diagnostic {
    let message = match &error {
        LocaleError::TooDeep { path, line, column } => format!(
            "{}:{line}:{column}: placeables nested more than {} deep",
            display_name(path),
            limits::MAX_NESTING
        ),
        LocaleError::NotUtf8 { path, line, column } => format!(
            "{}:{line}:{column}: this translation file is not UTF-8 text",
            display_name(path)
        ),
        LocaleError::TooLarge { path, limit } => format!(
            "{} is over {limit} bytes, the most a translation file may be",
            display_name(path)
        ),
        other => other.to_string(),
    };
    Diagnostic::general(DiagnosticKind::UnreadableTranslation, message).with_hint(
        "the file is not read: its messages show in the source language (or as the script has them)",
    )
}

/// Interface messages that use variables their source message does not have (and so are never
/// given a value). Messages the source does not have are obsolete, which `status` reports.
fn ui_diagnostics(
    file: FileId,
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
                Diagnostic::new(
                    DiagnosticKind::UnknownInterfaceVariable,
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
    let path = super::template_path(story).ok()?;
    let on_disk = ftl::read(&path).ok()?;
    let extracted = super::extract(loaded).ok()?;
    (on_disk != extracted.ftl).then(|| {
        Diagnostic::general(
            DiagnosticKind::TemplateOutOfDate,
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
