//! `locale new` and `locale update`: start a translation with every message marked untranslated,
//! and bring the story's changes into one, without losing or reordering anything the translator
//! wrote. An untranslated message is a comment block (its place, the source text, its hash and
//! `# untranslated: ID`), so it counts as untranslated and the source text shows in its place.
//! New lines get such a block after the message before them; lines gone from the story move,
//! translation and all, to an "Obsolete" section at the end of the file.

use super::document::{self, Block, Document, Kind, OBSOLETE_HEADING, UNTRANSLATED_COMMENT};
use super::template::{Template, TemplateMessage};
use super::{ftl, locale_dir, LocaleError};
use std::collections::HashSet;
use std::path::PathBuf;

/// What a merge did to one file.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Merged {
    pub path: PathBuf,
    /// Untranslated blocks added for new source messages.
    pub added: Vec<String>,
    /// Untranslated blocks whose source text changed, rewritten with the new one.
    pub refreshed: Vec<String>,
    /// Untranslated blocks of lines gone from the story, removed (they held no translation).
    pub dropped: Vec<String>,
    /// Translations of lines gone from the story, moved to the obsolete section.
    pub obsolete: Vec<String>,
    /// Whether the file's text changed.
    pub changed: bool,
}

/// The message naming a language in the language picker: `language-fr-FR`. A translation
/// may always have its own, whether or not the source locale has it.
pub fn language_name_id(locale: &str) -> String {
    format!("language-{locale}")
}

/// Starts translation `locale`: one file per source file, every message untranslated. Refuses
/// a locale that already has `.ftl` files (use `update`) and the source locale.
pub fn new_locale(
    template: &Template,
    locales_dir: &std::path::Path,
    locale: &str,
    title: &str,
) -> Result<Vec<Merged>, LocaleError> {
    let dir = locale_dir(locales_dir, locale)?;
    if locale == template.source_locale || !ftl::files(&dir)?.is_empty() {
        return Err(LocaleError::LocaleExists(locale.to_string()));
    }
    let mut out = Vec::new();
    for file in template.files() {
        let header = header(title, &file, locale, &template.source_locale);
        let document = Document {
            header,
            blocks: Vec::new(),
        };
        let mut merged = merge(template, &file, locale, document);
        merged.0.path = dir.join(&file);
        super::write_atomic(&merged.0.path, &merged.1)?;
        out.push(merged.0);
    }
    Ok(out)
}

/// Brings translation `locale` up to date with the template, file by file; a file it lacks is
/// started as `new` would. Files are written only when they change.
pub fn update_locale(
    template: &Template,
    locales_dir: &std::path::Path,
    locale: &str,
    title: &str,
) -> Result<Vec<Merged>, LocaleError> {
    let dir = locale_dir(locales_dir, locale)?;
    if locale == template.source_locale {
        return Err(LocaleError::SourceLocale(locale.to_string()));
    }
    let mut out = Vec::new();
    for file in template.files() {
        let path = dir.join(&file);
        let document = if path.exists() {
            Document::parse(&ftl::read(&path)?)
        } else {
            Document {
                header: header(title, &file, locale, &template.source_locale),
                blocks: Vec::new(),
            }
        };
        let before = document.text();
        let (mut merged, text) = merge(template, &file, locale, document);
        merged.path = path;
        merged.changed = text != before || !merged.path.exists();
        if merged.changed {
            super::write_atomic(&merged.path, &text)?;
        }
        out.push(merged);
    }
    Ok(out)
}

/// The header of a new translation file.
fn header(title: &str, file: &str, locale: &str, source: &str) -> String {
    format!(
        "### {title}: {file} in {locale}, translated from {source}.\n\
         ### Each message not translated yet is a comment block ending in `# untranslated: ID`:\n\
         ### replace that line with `ID = your translation` and keep the comments above it\n\
         ### (`# source:` is the text you translate, `# source-hash:` tells `spearhead locale\n\
         ### status` which version of it you translated). `spearhead locale update {locale}`\n\
         ### brings in the story's changes.\n"
    )
}

/// Merges one file of the template into a translation's document; returns what changed and the
/// new text.
pub fn merge(
    template: &Template,
    file: &str,
    locale: &str,
    mut document: Document,
) -> (Merged, String) {
    let mut merged = Merged::default();
    let wanted: Vec<&TemplateMessage> = template.of_file(file).collect();
    let in_template: HashSet<&str> = template.messages.iter().map(|m| m.id.as_str()).collect();
    let own_name = language_name_id(locale);
    let keeps = |id: &str| in_template.contains(id) || id == own_name;

    // Lines gone from the story: translations move to the obsolete section, placeholders go.
    let obsolete_from = document.obsolete_start().unwrap_or(document.blocks.len());
    let mut moved = Vec::new();
    let mut kept = Vec::new();
    for (i, block) in document.blocks.into_iter().enumerate() {
        match &block.kind {
            Kind::Message(id) if i < obsolete_from && !keeps(id) => {
                merged.obsolete.push(id.clone());
                moved.push(block);
            }
            Kind::Untranslated(id) if !in_template.contains(id.as_str()) => {
                merged.dropped.push(id.clone());
            }
            _ => kept.push(block),
        }
    }
    document.blocks = kept;

    // Placeholders whose source text changed get the new one.
    let translated: HashSet<String> = document
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            Kind::Message(id) => Some(id.clone()),
            _ => None,
        })
        .collect();
    for block in &mut document.blocks {
        let Kind::Untranslated(id) = &block.kind else {
            continue;
        };
        let Some(message) = template.get(id) else {
            continue;
        };
        if translated.contains(id) {
            continue;
        }
        if document::recorded_hash(&block.text) != Some(message.hash.as_str()) {
            merged.refreshed.push(id.clone());
            block.text = placeholder(message);
        }
    }

    // New lines: a placeholder after the message before them, under their heading.
    let mut present: HashSet<String> = document
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            Kind::Message(id) | Kind::Untranslated(id) => Some(id.clone()),
            Kind::Other => None,
        })
        .collect();
    let end = document.obsolete_start().unwrap_or(document.blocks.len());
    let mut at = document.blocks[..end]
        .iter()
        .position(|b| b.kind != Kind::Other)
        .unwrap_or(end);
    let mut group: Option<&str> = None;
    for message in wanted {
        let position = document.blocks.iter().position(|b| match &b.kind {
            Kind::Message(id) | Kind::Untranslated(id) => *id == message.id,
            Kind::Other => false,
        });
        let in_obsolete = document
            .obsolete_start()
            .is_some_and(|o| position.is_some_and(|p| p > o));
        match position {
            Some(p) if !in_obsolete => at = p + 1,
            Some(_) => {}
            None if present.contains(&message.id) => {}
            None => {
                if message.group.as_deref() != group {
                    if let Some(heading) = &message.group {
                        document.insert(at, heading_block(heading));
                        at += 1;
                    }
                }
                document.insert(
                    at,
                    Block {
                        kind: Kind::Untranslated(message.id.clone()),
                        text: placeholder(message),
                    },
                );
                at += 1;
                present.insert(message.id.clone());
                merged.added.push(message.id.clone());
            }
        }
        group = message.group.as_deref();
    }

    if !moved.is_empty() {
        if document.obsolete_start().is_none() {
            let heading = Block {
                kind: Kind::Other,
                text: format!(
                    "{OBSOLETE_HEADING}: these lines are no longer in the story. Kept for \
                     reference; delete them when sure.\n\n"
                ),
            };
            document.insert(document.blocks.len(), heading);
        }
        for block in moved {
            document.insert(document.blocks.len(), block);
        }
    }
    let text = document.text();
    (merged, text)
}

fn heading_block(heading: &str) -> Block {
    let mut text = String::new();
    for line in heading.lines() {
        text.push_str(&format!("## {line}\n").replace("## \n", "##\n"));
    }
    text.push('\n');
    Block {
        kind: Kind::Other,
        text,
    }
}

/// The comment block of a message not translated yet.
pub fn placeholder(message: &TemplateMessage) -> String {
    let mut text = String::new();
    for line in &message.context {
        text.push_str(&format!("# {line}\n"));
    }
    text.push_str(&document::source_lines(&message.hash, &message.english));
    text.push_str(&format!("# {UNTRANSLATED_COMMENT} {}\n\n", message.id));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::template::messages_of;

    fn template(text: &str) -> Template {
        Template {
            source_locale: "en-US".into(),
            messages: messages_of("ui.ftl", text),
            ..Template::default()
        }
    }

    #[test]
    fn a_new_file_has_every_message_untranslated_under_its_heading() {
        let t = template("## Menu\n\n# where\na = A\nb = B\n");
        let (merged, text) = merge(&t, "ui.ftl", "fr-FR", Document::default());
        assert_eq!(merged.added, ["a", "b"]);
        assert!(text.starts_with("## Menu\n\n# where\n# source-hash: "));
        assert!(text.contains("# source: A\n# untranslated: a\n"));
        assert!(ftl::parse(&text).messages.is_empty());
        assert!(ftl::parse(&text).errors.is_empty());
    }

    #[test]
    fn update_adds_refreshes_and_moves_without_touching_translations() {
        let old = template("a = A\nb = B\ngone = G\n");
        let (_, text) = merge(&old, "ui.ftl", "fr-FR", Document::default());
        let text = text.replace(
            "# untranslated: a\n",
            "a = Ah  # the translator's spacing\n",
        );
        let text = text.replace("# untranslated: gone\n", "gone = Parti\n");
        let text = text.replace(
            "# untranslated: b\n",
            "# untranslated: b\nlanguage-fr-FR = Français\n",
        );
        let new = template("a = A2\nnew = N\nb = B2\n");
        let (merged, updated) = merge(&new, "ui.ftl", "fr-FR", Document::parse(&text));
        assert_eq!(merged.added, ["new"]);
        assert_eq!(merged.refreshed, ["b"]);
        assert_eq!(merged.obsolete, ["gone"]);
        assert!(updated.contains("a = Ah  # the translator's spacing\n"));
        let a = updated.find("a = Ah").unwrap();
        let new_at = updated.find("# untranslated: new").unwrap();
        let b = updated.find("# untranslated: b").unwrap();
        let obsolete = updated.find(OBSOLETE_HEADING).unwrap();
        assert!(a < new_at && new_at < b && b < obsolete);
        assert!(updated[obsolete..].contains("gone = Parti\n"));
        assert!(updated.contains("language-fr-FR = Français\n"));
        assert!(updated.find("language-fr-FR").unwrap() < obsolete);
        // Again: nothing more to do.
        let (again, same) = merge(&new, "ui.ftl", "fr-FR", Document::parse(&updated));
        assert_eq!(same, updated);
        assert!(again.added.is_empty() && again.obsolete.is_empty());
    }
}
