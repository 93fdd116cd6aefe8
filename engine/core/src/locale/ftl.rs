//! Reading `.ftl` files for the tools: which messages a file defines, where, which variables
//! each one uses, the hash of its source text and the hash recorded with it. Syntax errors
//! become diagnostics with file, line and column.

use super::{limits, source_hash, LocaleError};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::source::{line_col, FileId, Sources, Span};
use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};
use std::path::{Path, PathBuf};

/// The comment that records which source text a translation was made from.
pub const HASH_COMMENT: &str = "source-hash:";

/// One message of an `.ftl` file, as the tools see it.
#[derive(Debug, Clone, PartialEq)]
pub struct FtlMessage {
    pub id: String,
    /// The message as Fluent source without its comment (`id = value`, attributes included).
    pub source: String,
    /// `source_hash` of `source`.
    pub hash: String,
    /// The hash in the message's `# source-hash:` comment, if it has one.
    pub recorded_hash: Option<String>,
    /// The `$variables` the message uses, in order of first use.
    pub variables: Vec<String>,
    /// The `-terms` the message uses (without the `-`), in order of first use.
    pub terms: Vec<String>,
    /// Byte offset of the message's ID in the file.
    pub offset: usize,
}

/// A parsed `.ftl` file: its messages (the valid ones) and its syntax errors.
#[derive(Debug, Default)]
pub struct FtlFile {
    pub messages: Vec<FtlMessage>,
    /// The terms the file defines (without the `-`).
    pub terms: Vec<String>,
    pub errors: Vec<ParserError>,
}

/// Parses Fluent source. Never fails: invalid entries are skipped and reported in `errors`.
pub fn parse(text: &str) -> FtlFile {
    let (resource, errors) = match parser::parse(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let offsets = message_offsets(text);
    // A duplicated ID: the n-th message with it is at its n-th offset.
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    let mut terms = Vec::new();
    let mut messages = Vec::new();
    for entry in resource.body {
        let message = match entry {
            ast::Entry::Message(message) => message,
            ast::Entry::Term(term) => {
                terms.push(term.id.name.to_string());
                continue;
            }
            _ => continue,
        };
        let id = message.id.name.to_string();
        let recorded_hash = message.comment.as_ref().and_then(|c| {
            c.content.iter().find_map(|line| {
                line.trim()
                    .strip_prefix(HASH_COMMENT)
                    .map(|h| h.trim().to_string())
            })
        });
        let mut references = Vec::new();
        if let Some(value) = &message.value {
            pattern_variables(value, &mut references);
        }
        for attribute in &message.attributes {
            pattern_variables(&attribute.value, &mut references);
        }
        // Term references are collected with their `-`; variables never start with one.
        let (term_refs, variables): (Vec<String>, Vec<String>) =
            references.into_iter().partition(|r| r.starts_with('-'));
        let nth = seen.entry(id.clone()).or_default();
        let offset = offsets
            .iter()
            .filter(|(i, _)| *i == id)
            .nth(*nth)
            .map_or(0, |(_, o)| *o);
        *nth += 1;
        let source = message_source(message);
        messages.push(FtlMessage {
            offset,
            hash: source_hash(&source),
            id,
            source,
            recorded_hash,
            variables,
            terms: term_refs.into_iter().map(|t| t[1..].to_string()).collect(),
        });
    }
    FtlFile {
        messages,
        terms,
        errors,
    }
}

/// The hash `status` compares translations against, for one message written as Fluent source
/// (`id = value`). `extract` writes the same hash above each message of the template.
pub fn hash_of(message_source: &str) -> String {
    parse(message_source)
        .messages
        .into_iter()
        .next()
        .map_or_else(|| source_hash(message_source), |m| m.hash)
}

/// A message as Fluent source, without its comment: what `hash` and `source_hash` cover.
pub fn message_source<'s, S: parser::Slice<'s>>(mut message: ast::Message<S>) -> String {
    message.comment = None;
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(message)],
    };
    fluent_syntax::serializer::serialize(&resource)
}

/// Where each message starts: a line beginning with its ID followed by `=`.
fn message_offsets(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let Some(first) = line.chars().next() else {
            continue;
        };
        if !first.is_ascii_alphabetic() {
            continue;
        }
        let end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(line.len());
        if line[end..].trim_start_matches([' ', '\t']).starts_with('=') {
            out.push((line[..end].to_string(), start));
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
            out.push(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_variables(arguments, out)
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            let name = format!("-{}", id.name);
            if !out.contains(&name) {
                out.push(name);
            }
            if let Some(arguments) = arguments {
                call_variables(arguments, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn call_variables(arguments: &ast::CallArguments<&str>, out: &mut Vec<String>) {
    for argument in &arguments.positional {
        inline_variables(argument, out);
    }
    for argument in &arguments.named {
        inline_variables(&argument.value, out);
    }
}

/// The locale folders under `locales_dir`, sorted. A missing folder has none.
pub fn locales(locales_dir: &Path) -> Result<Vec<String>, LocaleError> {
    let entries = match std::fs::read_dir(locales_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(LocaleError::Read {
                path: locales_dir.to_path_buf(),
                source,
            })
        }
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        if entry.path().is_dir() {
            if let Some(name) = entry.file_name().to_str() {
                if !name.starts_with('.') {
                    out.push(name.to_string());
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The `.ftl` files of one locale folder, sorted by name. A missing folder has none.
pub fn files(locale_dir: &Path) -> Result<Vec<PathBuf>, LocaleError> {
    let entries = match std::fs::read_dir(locale_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(LocaleError::Read {
                path: locale_dir.to_path_buf(),
                source,
            })
        }
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl") && p.is_file())
        .collect();
    out.sort();
    Ok(out)
}

/// Reads the `.ftl` file of a locale folder (`<locales>/<locale>/<file>.ftl`) if it is safe to
/// give the Fluent parser: inside the locales folder (not a link out of it), at most
/// `MAX_FTL_BYTES`, UTF-8, and nested no deeper than `MAX_NESTING` (see `limits`). Anything else
/// is an error naming the file, and the place where there is one.
pub fn read(path: &Path) -> Result<String, LocaleError> {
    let locales_dir = path.parent().and_then(Path::parent);
    if let (Some(root), Ok(real)) = (locales_dir, path.canonicalize()) {
        if root
            .canonicalize()
            .is_ok_and(|root| !real.starts_with(root))
        {
            return Err(LocaleError::OutsideLocales {
                path: path.to_path_buf(),
            });
        }
    }
    let text = read_utf8(path, limits::MAX_FTL_BYTES)?;
    match limits::too_deep(&text) {
        None => Ok(text),
        Some(offset) => {
            let (line, column) = line_col(&text, offset);
            Err(LocaleError::TooDeep {
                path: path.to_path_buf(),
                line,
                column,
            })
        }
    }
}

/// Reads a text file of at most `limit` bytes (`files::read_text`: a plain file, refused
/// without reading it all when it is longer), as the locale tools' errors.
fn read_utf8(path: &Path, limit: u64) -> Result<String, LocaleError> {
    use crate::files::FileError;
    crate::files::read_text(path, limit).map_err(|e| match e {
        FileError::TooLarge { path, limit } => LocaleError::TooLarge { path, limit },
        FileError::NotText { path, line, column } => LocaleError::NotUtf8 { path, line, column },
        other => LocaleError::File(other),
    })
}

/// Syntax errors of a parsed file as diagnostics pointing into `file`.
pub fn syntax_diagnostics(
    file: FileId,
    sources: &Sources,
    errors: &[ParserError],
) -> Vec<Diagnostic> {
    let len = sources.get(file).text.len();
    errors
        .iter()
        .map(|e| {
            let start = e.pos.start.min(len);
            let end = e.pos.end.clamp(start, len);
            Diagnostic::new(
                DiagnosticKind::FluentSyntax,
                format!("Fluent syntax error: {}", e.kind),
                Span::new(file, start, end),
            )
            .with_label(e.kind.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_hashes_and_variables() {
        let text = "# where it is\n# source-hash: 0badf00d\ngreet = Hello { $name }, { $n ->\n    [one] one\n   *[other] { $n } more\n}\nplain = Hi\n";
        let file = parse(text);
        assert!(file.errors.is_empty());
        assert_eq!(file.messages.len(), 2);
        let greet = &file.messages[0];
        assert_eq!(greet.recorded_hash.as_deref(), Some("0badf00d"));
        assert_eq!(greet.variables, ["name", "n"]);
        assert_eq!(file.messages[1].offset, text.find("plain").unwrap());
        assert_eq!(file.messages[1].recorded_hash, None);
        assert_eq!(hash_of("plain = Hi"), file.messages[1].hash);
    }
}
