//! The template every translation is measured against: each source message with the file it
//! belongs in (`story.ftl` or `ui.ftl`), its group heading, its context comment, its English (as
//! Fluent source) and its hash. Built from what `extract` makes from the scripts right now and
//! from the source locale's other `.ftl` files, so it needs the scripts and `locales/` only.

use super::{extract, ftl, locale_dir, LocaleError, STORY_FILE};
use crate::load::Loaded;
use fluent_syntax::{ast, parser};
use std::collections::HashMap;

/// One message of the source locale.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateMessage {
    /// The file it belongs in: `story.ftl`, `ui.ftl`.
    pub file: String,
    pub id: String,
    /// The `##` heading it comes under, if any.
    pub group: Option<String>,
    /// The lines of its comment, without `# source-hash:` (place, scene, speaker; arguments).
    pub context: Vec<String>,
    /// Its value as Fluent source, without `id =` (several lines for a select or attributes).
    pub english: String,
    /// `ftl::hash_of` the message: what a translation records to say what it was made from.
    pub hash: String,
}

/// Every source message, in order: the story's as in the scripts, then the other files'.
#[derive(Debug, Default)]
pub struct Template {
    pub source_locale: String,
    pub messages: Vec<TemplateMessage>,
    /// False when `locales/<source>/story.ftl` differs from what `extract` makes now.
    pub template_current: bool,
    /// The source locale's files that could not be read.
    pub unreadable: Vec<LocaleError>,
    /// From extracting: lines without IDs, clashing IDs.
    pub diagnostics: Vec<crate::diagnostic::Diagnostic>,
}

impl Template {
    /// The message with this ID.
    pub fn get(&self, id: &str) -> Option<&TemplateMessage> {
        self.messages.iter().find(|m| m.id == id)
    }

    /// ID -> index, for lookups in loops.
    pub fn index(&self) -> HashMap<&str, usize> {
        self.messages
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.as_str(), i))
            .collect()
    }

    /// The messages of one file, in order.
    pub fn of_file<'t>(&'t self, file: &'t str) -> impl Iterator<Item = &'t TemplateMessage> {
        self.messages.iter().filter(move |m| m.file == file)
    }

    /// The files a translation has, in order: `story.ftl` first.
    pub fn files(&self) -> Vec<String> {
        let mut files: Vec<String> = Vec::new();
        for m in &self.messages {
            if !files.contains(&m.file) {
                files.push(m.file.clone());
            }
        }
        files
    }
}

/// The template of a loaded story. The story must have no errors.
pub fn template(loaded: &Loaded) -> Result<Template, LocaleError> {
    let Some(story) = &loaded.story else {
        return Err(LocaleError::StoryHasErrors);
    };
    let extracted = extract(loaded)?;
    let source_locale = story.manifest.default_locale.clone();
    let source_dir = locale_dir(&story.locales_dir(), &source_locale)?;
    let mut template = Template {
        source_locale,
        messages: messages_of(STORY_FILE, &extracted.ftl),
        diagnostics: extracted.diagnostics,
        ..Template::default()
    };
    for path in ftl::files(&source_dir)? {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = match ftl::read(&path) {
            Ok(text) => text,
            Err(e) => {
                template.unreadable.push(e);
                continue;
            }
        };
        if name == STORY_FILE {
            template.template_current = text == extracted.ftl;
            continue;
        }
        let known = template
            .index()
            .into_keys()
            .map(str::to_string)
            .collect::<Vec<_>>();
        template.messages.extend(
            messages_of(&name, &text)
                .into_iter()
                .filter(|m| !known.contains(&m.id)),
        );
    }
    Ok(template)
}

/// The messages of one source file, with their group and comment.
pub fn messages_of(file: &str, text: &str) -> Vec<TemplateMessage> {
    let resource = match parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut group = None;
    let mut out = Vec::new();
    for entry in resource.body {
        match entry {
            ast::Entry::GroupComment(comment) => {
                group = Some(comment.content.join("\n")).filter(|g| !g.trim().is_empty());
            }
            ast::Entry::Message(message) => {
                let id = message.id.name.to_string();
                let context = message
                    .comment
                    .as_ref()
                    .map(|c| {
                        c.content
                            .iter()
                            .filter(|l| !l.trim().starts_with(ftl::HASH_COMMENT))
                            .map(|l| l.to_string())
                            .collect()
                    })
                    .unwrap_or_default();
                let source = ftl::message_source(message);
                let english = value_of(&id, &source);
                if out.iter().any(|m: &TemplateMessage| m.id == id) {
                    continue;
                }
                out.push(TemplateMessage {
                    file: file.to_string(),
                    hash: ftl::hash_of(&source),
                    id,
                    group: group.clone(),
                    context,
                    english,
                });
            }
            _ => {}
        }
    }
    out
}

/// A message's Fluent source without `id =` and without the final newline.
pub fn value_of(id: &str, source: &str) -> String {
    let rest = source.strip_prefix(id).unwrap_or(source);
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix('=').unwrap_or(rest);
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    rest.strip_suffix('\n').unwrap_or(rest).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_keep_their_group_context_and_english() {
        let text = "### file\n\n## Menu\n\n# $n: how many\nsaves = { $n ->\n    [one] One\n   *[other] Many\n}\nplain = Hi\n";
        let messages = messages_of("ui.ftl", text);
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0].group.as_deref(), Some("Menu"));
        assert_eq!(messages[0].context, ["$n: how many"]);
        assert!(
            messages[0].english.contains("{ $n ->\n"),
            "{}",
            messages[0].english
        );
        assert_eq!(messages[1].english, "Hi");
        assert_eq!(messages[1].hash, ftl::hash_of("plain = Hi\n"));
    }
}
