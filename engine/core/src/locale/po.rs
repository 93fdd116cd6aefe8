//! Exchange with translators' tools in gettext PO: one entry per source message, `msgctxt` its
//! ID, `#.` its place (scene, speaker), `msgid` the source text and `msgstr` the translation,
//! both as Fluent source; a stale translation is `fuzzy`, with the source text it was made from
//! as `#| msgid`. Importing writes the translations back into the `.ftl` files, touching only
//! the messages whose text or review state changed, so export then import changes no byte.

use super::document::{self, Document, Kind, UNTRANSLATED_COMMENT};
use super::template::{Template, TemplateMessage};
use super::{ftl, locale_dir, merge, LocaleError};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One PO entry, as far as the exchange needs it.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Entry {
    pub context: Option<String>,
    pub id: String,
    pub translation: String,
    pub fuzzy: bool,
    /// 1-based line of the entry's first keyword, for messages.
    pub line: usize,
}

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Imported {
    /// IDs whose translation was written or changed.
    pub written: Vec<String>,
    /// IDs marked up to date (no longer fuzzy) with the text unchanged.
    pub reviewed: Vec<String>,
    /// `msgctxt`s the story does not have: not imported.
    pub unknown: Vec<String>,
    /// Files written.
    pub files: Vec<PathBuf>,
}

/// A locale's translation of the template as a PO file.
pub fn export(
    template: &Template,
    locales_dir: &Path,
    locale: &str,
) -> Result<String, LocaleError> {
    let translations = read_translations(template, locales_dir, locale)?;
    let mut out = format!(
        "# {locale} translation, exported by `spearhead locale export`.\n\
         # msgctxt is the Fluent message ID; msgid and msgstr are Fluent source text.\n\
         msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\
         \"Language: {locale}\\n\"\n\"X-Source-Language: {}\\n\"\n",
        template.source_locale
    );
    for message in &template.messages {
        out.push('\n');
        for line in &message.context {
            out.push_str(&format!("#. {line}\n"));
        }
        out.push_str(&format!("#: {}\n", message.file));
        let found = translations.get(&message.id);
        if let Some(t) = found.filter(|t| t.hash.as_deref() != Some(message.hash.as_str())) {
            out.push_str("#, fuzzy\n");
            if let Some(was) = &t.was {
                for line in quote("#| msgid", was).lines() {
                    out.push_str(&format!("{line}\n"));
                }
            }
        }
        out.push_str(&quote("msgctxt", &message.id));
        out.push_str(&quote("msgid", &message.english));
        let value = found.map_or("", |t| t.value.as_str());
        out.push_str(&quote("msgstr", value));
    }
    Ok(out)
}

/// A message's translation as it stands in the `.ftl` files.
struct Translation {
    value: String,
    hash: Option<String>,
    was: Option<String>,
}

fn read_translations(
    template: &Template,
    locales_dir: &Path,
    locale: &str,
) -> Result<HashMap<String, Translation>, LocaleError> {
    let dir = locale_dir(locales_dir, locale)?;
    if !dir.is_dir() {
        return Err(LocaleError::NoSuchLocale(locale.to_string()));
    }
    let mut out = HashMap::new();
    for file in template.files() {
        let path = dir.join(&file);
        if !path.exists() {
            continue;
        }
        for block in Document::parse(&ftl::read(&path)?).blocks {
            let Kind::Message(id) = &block.kind else {
                continue;
            };
            let (comments, message, _) = document::split_message(&block.text);
            out.entry(id.clone()).or_insert_with(|| Translation {
                value: value_of(id, message),
                hash: document::recorded_hash(comments).map(str::to_string),
                was: document::recorded_source(comments),
            });
        }
    }
    Ok(out)
}

/// A message's value exactly as written (`id = value`, without `id =` and the last newline).
fn value_of(id: &str, message: &str) -> String {
    let rest = message[id.len()..].trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix('=').unwrap_or(rest);
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    rest.strip_suffix('\n').unwrap_or(rest).to_string()
}

/// `keyword "text"`, split after each newline the way gettext writes long strings.
fn quote(keyword: &str, text: &str) -> String {
    let escaped = |s: &str| {
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\t', "\\t")
            .replace('\r', "\\r")
            .replace('\n', "\\n")
    };
    if !text.contains('\n') {
        return format!("{keyword} \"{}\"\n", escaped(text));
    }
    let mut out = format!("{keyword} \"\"\n");
    let prefix = keyword.strip_suffix("msgid").unwrap_or("");
    for piece in text.split_inclusive('\n') {
        out.push_str(&format!("{prefix}\"{}\"\n", escaped(piece)));
    }
    out
}

/// Parses a PO file's entries (the header entry and `#~` obsolete ones left out).
pub fn parse(path: &Path, text: &str) -> Result<Vec<Entry>, LocaleError> {
    let error = |line: usize, message: &str| LocaleError::Po {
        path: path.to_path_buf(),
        line,
        message: message.to_string(),
    };
    let mut entries = Vec::new();
    let mut entry = Entry::default();
    // Which string continuation lines add to.
    let mut field: Option<&str> = None;
    let mut started = false;
    let finish = |entry: &mut Entry, entries: &mut Vec<Entry>, started: &mut bool| {
        if *started && !(entry.id.is_empty() && entry.context.is_none()) {
            entries.push(std::mem::take(entry));
        }
        *entry = Entry::default();
        *started = false;
    };
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let number = n + 1;
        if line.is_empty() || line.starts_with("#~") || line.starts_with("#|") {
            continue;
        }
        if let Some(flags) = line.strip_prefix("#,") {
            if started && field == Some("msgstr") {
                finish(&mut entry, &mut entries, &mut started);
            }
            entry.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            continue;
        }
        if line.starts_with('#') {
            if started && field == Some("msgstr") {
                finish(&mut entry, &mut entries, &mut started);
            }
            continue;
        }
        if line.starts_with('"') {
            let piece = unquote(line).ok_or_else(|| error(number, "a string is not closed"))?;
            match field {
                Some("msgctxt") => entry
                    .context
                    .get_or_insert_with(String::new)
                    .push_str(&piece),
                Some("msgid") => entry.id.push_str(&piece),
                Some("msgstr") => entry.translation.push_str(&piece),
                _ => return Err(error(number, "a string outside msgctxt, msgid or msgstr")),
            }
            continue;
        }
        let (keyword, rest) = line.split_once([' ', '\t']).unwrap_or((line, ""));
        let piece =
            unquote(rest.trim()).ok_or_else(|| error(number, "expected a quoted string"))?;
        match keyword {
            "msgctxt" | "msgid" if started && field == Some("msgstr") => {
                finish(&mut entry, &mut entries, &mut started);
            }
            _ => {}
        }
        match keyword {
            "msgctxt" => entry.context = Some(piece),
            "msgid" => entry.id = piece,
            "msgstr" | "msgstr[0]" => entry.translation = piece,
            "msgid_plural" => {
                return Err(error(
                    number,
                    "plural forms are not used: Fluent selects the plural",
                ))
            }
            _ => return Err(error(number, &format!("unknown keyword `{keyword}`"))),
        }
        if !started {
            entry.line = number;
        }
        started = true;
        field = Some(match keyword {
            "msgstr[0]" => "msgstr",
            k => k,
        })
        .filter(|k| ["msgctxt", "msgid", "msgstr"].contains(k));
    }
    finish(&mut entry, &mut entries, &mut started);
    Ok(entries)
}

/// The text of a `"..."` string with its escapes undone.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next()? {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                other => other,
            }),
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// Writes the translations of PO file `path` into locale `locale`: brought up to date with the
/// template first (as `update` does), then each entry with a translation is written in place. An
/// entry that is not fuzzy records the source text it now matches.
pub fn import(
    template: &Template,
    locales_dir: &Path,
    locale: &str,
    path: &Path,
    title: &str,
) -> Result<Imported, LocaleError> {
    let text = crate::files::read_text(path, crate::files::MAX_FTL_BYTES)?;
    let entries = parse(path, &text)?;
    let dir = locale_dir(locales_dir, locale)?;
    if !dir.is_dir() {
        return Err(LocaleError::NoSuchLocale(locale.to_string()));
    }
    merge::update_locale(template, locales_dir, locale, title)?;
    let mut imported = Imported::default();
    let index = template.index();
    let mut documents: Vec<(String, Document, String)> = Vec::new();
    for file in template.files() {
        let text = ftl::read(&dir.join(&file))?;
        documents.push((file, Document::parse(&text), text));
    }
    for entry in entries {
        let id = entry.context.clone().unwrap_or_default();
        let Some(message) = index.get(id.as_str()).map(|&i| &template.messages[i]) else {
            imported.unknown.push(id);
            continue;
        };
        if entry.translation.is_empty() {
            continue;
        }
        let Some((_, document, _)) = documents.iter_mut().find(|(f, _, _)| *f == message.file)
        else {
            continue;
        };
        apply(document, message, &entry, &mut imported);
    }
    for (file, document, before) in documents {
        let text = document.text();
        if text != before {
            let path = dir.join(file);
            super::write_atomic(&path, &text)?;
            imported.files.push(path);
        }
    }
    Ok(imported)
}

/// One entry into its message's block.
fn apply(
    document: &mut Document,
    message: &TemplateMessage,
    entry: &Entry,
    imported: &mut Imported,
) {
    let Some(block) = document.blocks.iter_mut().find(|b| match &b.kind {
        Kind::Message(id) | Kind::Untranslated(id) => *id == message.id,
        Kind::Other => false,
    }) else {
        return;
    };
    let hash = if entry.fuzzy {
        "fuzzy"
    } else {
        message.hash.as_str()
    };
    let line = |value: &str| match value.starts_with('\n') {
        true => format!("{} ={value}\n", message.id),
        false => format!("{} = {value}\n", message.id),
    };
    match block.kind.clone() {
        Kind::Message(_) => {
            let (comments, written, rest) = document::split_message(&block.text);
            let same_text = value_of(&message.id, written) == entry.translation;
            let current = document::recorded_hash(comments) == Some(message.hash.as_str());
            if same_text && (entry.fuzzy || current) {
                return;
            }
            let comments = if entry.fuzzy {
                comments.to_string()
            } else {
                with_source(comments, hash, &message.english)
            };
            let new_text = if same_text {
                written.to_string()
            } else {
                line(&entry.translation)
            };
            block.text = format!("{comments}{new_text}{rest}");
            if same_text {
                imported.reviewed.push(message.id.clone());
            } else {
                imported.written.push(message.id.clone());
            }
        }
        Kind::Untranslated(_) => {
            let marker = format!("# {UNTRANSLATED_COMMENT} {}", message.id);
            let mut comments = String::new();
            let mut rest = String::new();
            let mut after = false;
            for l in block.text.split_inclusive('\n') {
                if l.trim_end() == marker {
                    after = true;
                } else if after {
                    rest.push_str(l);
                } else {
                    comments.push_str(l);
                }
            }
            let comments = with_source(&comments, hash, &message.english);
            block.text = format!("{comments}{}{rest}", line(&entry.translation));
            block.kind = Kind::Message(message.id.clone());
            imported.written.push(message.id.clone());
        }
        Kind::Other => {}
    }
}

/// Comment lines with their `# source-hash:` and `# source:` lines replaced by `hash` and
/// `english` (where the first of them was, else at the end).
fn with_source(comments: &str, hash: &str, english: &str) -> String {
    let is_source = |l: &str| {
        document::comment_value(l, ftl::HASH_COMMENT).is_some()
            || document::comment_value(l, document::SOURCE_COMMENT).is_some()
    };
    let mut out = String::new();
    let mut placed = false;
    for l in comments.split_inclusive('\n') {
        if is_source(l) {
            if !placed {
                out.push_str(&document::source_lines(hash, english));
                placed = true;
            }
        } else {
            out.push_str(l);
        }
    }
    if !placed {
        out.push_str(&document::source_lines(hash, english));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_through_quoting() {
        let text = "a \"quote\", a \\ and\nnew { $line }";
        let po = quote("msgstr", text);
        let entries = parse(
            Path::new("x.po"),
            &format!("msgctxt \"id\"\nmsgid \"x\"\n{po}"),
        )
        .unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].translation, text);
        assert_eq!(entries[0].context.as_deref(), Some("id"));
    }

    #[test]
    fn a_broken_po_file_is_an_error_with_its_line() {
        let err = parse(Path::new("x.po"), "msgid \"a\"\nmsgstr \"b\n").unwrap_err();
        assert!(matches!(err, LocaleError::Po { line: 2, .. }));
    }
}
