//! `status`: how complete each translation is.
//!
//! The template is what `extract` makes from the scripts right now (so a writer's edit shows up
//! even before the template file is extracted again) plus the source locale's other `.ftl`
//! files (`ui.ftl`). Each message of a locale is then:
//! - translated: the template has it and its `# source-hash:` is the template's hash,
//! - stale: the template has it, but the source text changed since (or the hash is missing);
//!   the source text it was translated from is shown when the translation kept it (`# source:`),
//! - missing: only the template has it,
//! - obsolete: only the translation has it (the line is gone from the story). Reported, never
//!   deleted: the translator decides. A locale's own name for the language picker
//!   (`language-fr-FR`) is never obsolete.
//!
//! A file or folder that cannot be read is reported with its locale, and the others still are.

use super::document::{self, Document, Kind};
use super::template::{self, Template};
use super::{ftl, locale_dir, merge, LocaleError};
use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use std::collections::{HashMap, HashSet};

/// A stale message: the source text its translation was made from (when the translation
/// recorded it in `# source:` lines) and the source text now.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub id: String,
    pub was: Option<String>,
    pub now: String,
    /// The hash of the source text now, for the translation's `# source-hash:` once revised.
    pub hash: String,
}

/// The status of one locale. Lists hold message IDs in template order (obsolete ones in the
/// order of the locale's files).
#[derive(Debug, Default)]
pub struct LocaleStatus {
    pub locale: String,
    pub translated: Vec<String>,
    pub missing: Vec<String>,
    pub stale: Vec<String>,
    pub obsolete: Vec<String>,
    /// What changed in the source of each stale message, in the order of `stale`.
    pub changes: Vec<Change>,
    /// IDs defined more than once in the locale's files (the first one is used).
    pub duplicates: Vec<String>,
    /// Syntax errors in the locale's files (their broken messages count as missing).
    pub syntax_errors: usize,
    /// The locale's files (or its folder) that could not be read; their messages count as
    /// missing.
    pub unreadable: Vec<LocaleError>,
}

impl LocaleStatus {
    /// Nothing missing, nothing stale, every file read.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty() && self.stale.is_empty() && self.unreadable.is_empty()
    }
}

/// The status of every translation of a story.
#[derive(Debug, Default)]
pub struct Status {
    pub source_locale: String,
    /// Messages in the template.
    pub template: usize,
    /// False when `locales/<source>/story.ftl` differs from what `extract` makes now.
    pub template_current: bool,
    /// Every locale folder except the source locale's, sorted.
    pub locales: Vec<LocaleStatus>,
    /// The source locale's files that could not be read (an unreadable `ui.ftl` leaves its
    /// messages out of the template).
    pub unreadable: Vec<LocaleError>,
    /// From extracting the template: lines without IDs, clashing IDs.
    pub diagnostics: Vec<Diagnostic>,
}

/// Compares every locale of a loaded story with the template. The story must have no errors,
/// and its source locale must be a language tag.
pub fn status(loaded: &Loaded) -> Result<Status, LocaleError> {
    let Some(story) = &loaded.story else {
        return Err(LocaleError::StoryHasErrors);
    };
    let template = template::template(loaded)?;
    let locales_dir = story.locales_dir();
    let locales = ftl::locales(&locales_dir)?
        .into_iter()
        .filter(|locale| *locale != template.source_locale)
        .map(|locale| {
            let mut status = compare(locale_dir(&locales_dir, &locale), &template, &locale);
            status.locale = locale;
            status
        })
        .collect();
    Ok(Status {
        source_locale: template.source_locale,
        template: template.messages.len(),
        template_current: template.template_current,
        locales,
        unreadable: template.unreadable,
        diagnostics: template.diagnostics,
    })
}

/// One locale's folder (or why there is none to read) against the template.
fn compare(
    dir: Result<std::path::PathBuf, LocaleError>,
    template: &Template,
    locale: &str,
) -> LocaleStatus {
    let mut status = LocaleStatus::default();
    // ID -> (recorded hash, recorded source text), in file order; the first of a duplicate.
    let mut translations: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let files = dir.and_then(|dir| ftl::files(&dir)).unwrap_or_else(|e| {
        status.unreadable.push(e);
        Vec::new()
    });
    for path in files {
        let text = match ftl::read(&path) {
            Ok(text) => text,
            Err(e) => {
                status.unreadable.push(e);
                continue;
            }
        };
        let parsed = ftl::parse(&text);
        status.syntax_errors += parsed.errors.len();
        // A message Fluent could not parse counts as missing.
        let valid: HashSet<String> = parsed.messages.into_iter().map(|m| m.id).collect();
        for block in Document::parse(&text).blocks {
            let Kind::Message(id) = block.kind else {
                continue;
            };
            if !valid.contains(&id) {
                continue;
            }
            let (comments, _, _) = document::split_message(&block.text);
            if index.contains_key(&id) {
                status.duplicates.push(id);
                continue;
            }
            index.insert(id.clone(), translations.len());
            translations.push((
                id,
                document::recorded_hash(comments).map(str::to_string),
                document::recorded_source(comments),
            ));
        }
    }
    for message in &template.messages {
        let id = &message.id;
        match index.get(id).map(|&i| &translations[i]) {
            Some((_, Some(recorded), _)) if *recorded == message.hash => {
                status.translated.push(id.clone())
            }
            Some((_, _, was)) => {
                status.stale.push(id.clone());
                status.changes.push(Change {
                    id: id.clone(),
                    was: was.clone(),
                    now: message.english.clone(),
                    hash: message.hash.clone(),
                });
            }
            None => status.missing.push(id.clone()),
        }
    }
    let in_template: HashSet<&str> = template.messages.iter().map(|m| m.id.as_str()).collect();
    let own_name = merge::language_name_id(locale);
    status.obsolete = translations
        .into_iter()
        .map(|(id, _, _)| id)
        .filter(|id| !in_template.contains(id.as_str()) && *id != own_name)
        .collect();
    status
}
