//! `status`: how complete each translation is.
//!
//! The template is what `extract` makes from the scripts right now (so a writer's edit shows up
//! even before the template file is extracted again) plus the source locale's other `.ftl`
//! files (`ui.ftl`). Each message of a locale is then:
//! - translated: the template has it and its `# source-hash:` is the template's hash,
//! - stale: the template has it, but the source text changed since (or the hash is missing),
//! - missing: only the template has it,
//! - obsolete: only the translation has it (the line is gone from the story). Reported, never
//!   deleted: the translator decides.
//!
//! A file or folder that cannot be read is reported with its locale, and the others still are.

use super::{extract, ftl, locale_dir, LocaleError, STORY_FILE};
use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use std::collections::{HashMap, HashSet};

/// The status of one locale. Lists hold message IDs in template order (obsolete ones in the
/// order of the locale's files).
#[derive(Debug, Default)]
pub struct LocaleStatus {
    pub locale: String,
    pub translated: Vec<String>,
    pub missing: Vec<String>,
    pub stale: Vec<String>,
    pub obsolete: Vec<String>,
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
    let extracted = extract(loaded)?;
    let locales_dir = story.locales_dir();
    let source_locale = story.manifest.default_locale.clone();
    let source_dir = locale_dir(&locales_dir, &source_locale)?;

    // (ID, template hash), in template order: story messages in script order, then the
    // interface's in file order.
    let mut template: Vec<(String, String)> = extracted
        .messages
        .iter()
        .map(|m| (m.id.clone(), m.hash.clone()))
        .collect();
    let mut in_template: HashSet<String> = template.iter().map(|(id, _)| id.clone()).collect();
    let mut template_current = false;
    let mut unreadable = Vec::new();
    for path in ftl::files(&source_dir)? {
        let text = match ftl::read(&path) {
            Ok(text) => text,
            Err(e) => {
                unreadable.push(e);
                continue;
            }
        };
        if path.file_name().is_some_and(|n| n == STORY_FILE) {
            template_current = text == extracted.ftl;
            continue;
        }
        for message in ftl::parse(&text).messages {
            if in_template.insert(message.id.clone()) {
                template.push((message.id, message.hash));
            }
        }
    }

    let locales = ftl::locales(&locales_dir)?
        .into_iter()
        .filter(|locale| *locale != source_locale)
        .map(|locale| {
            let mut status = compare(locale_dir(&locales_dir, &locale), &template, &in_template);
            status.locale = locale;
            status
        })
        .collect();
    Ok(Status {
        source_locale,
        template: template.len(),
        template_current,
        locales,
        unreadable,
        diagnostics: extracted.diagnostics,
    })
}

/// One locale's folder (or why there is none to read) against the template.
fn compare(
    dir: Result<std::path::PathBuf, LocaleError>,
    template: &[(String, String)],
    in_template: &HashSet<String>,
) -> LocaleStatus {
    let mut status = LocaleStatus::default();
    // ID -> recorded hash, in file order.
    let mut translations: Vec<(String, Option<String>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let files = dir.and_then(|dir| ftl::files(&dir)).unwrap_or_else(|e| {
        status.unreadable.push(e);
        Vec::new()
    });
    for path in files {
        let file = match ftl::read(&path) {
            Ok(text) => ftl::parse(&text),
            Err(e) => {
                status.unreadable.push(e);
                continue;
            }
        };
        status.syntax_errors += file.errors.len();
        for message in file.messages {
            if !index.contains_key(&message.id) {
                index.insert(message.id.clone(), translations.len());
                translations.push((message.id, message.recorded_hash));
            }
        }
    }
    for (id, hash) in template {
        match index.get(id).map(|&i| &translations[i].1) {
            Some(Some(recorded)) if recorded == hash => status.translated.push(id.clone()),
            Some(_) => status.stale.push(id.clone()),
            None => status.missing.push(id.clone()),
        }
    }
    status.obsolete = translations
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| !in_template.contains(id))
        .collect();
    status
}
