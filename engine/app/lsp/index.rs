//! What the language server knows of one story folder, read from its `Workspace` (which keeps
//! every file's text, an editor's unsaved text first, and the checker's diagnostics): the
//! diagnostics by file, and the story's names with where each is declared.

use super::position::{self, uri_of};
use lsp_types::{
    CompletionItem, CompletionItemKind, DiagnosticSeverity, Hover, HoverContents, Location,
    MarkupContent, MarkupKind, NumberOrString, Position,
};
use spearhead_core::manifest::{Manifest, StatDecl};
use spearhead_core::source::{FileId, Span};
use spearhead_core::syntax::KEYWORDS;
use spearhead_core::{Severity, Workspace};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// A name declared in a script: what it is, and where.
struct Declared {
    name: String,
    path: PathBuf,
    start: usize,
    end: usize,
    /// What hover says about it.
    about: String,
}

pub struct Index<'w> {
    workspace: &'w Workspace,
    texts: HashMap<PathBuf, &'w str>,
    manifest: Option<&'w Manifest>,
    stats: Vec<StatDecl>,
    scenes: Vec<Declared>,
    variables: Vec<Declared>,
}

impl<'w> Index<'w> {
    /// What `workspace` knows, ready for questions.
    pub fn of(workspace: &'w Workspace) -> Index<'w> {
        let sources = workspace.sources();
        let texts: HashMap<PathBuf, &str> = (sources.iter())
            .map(|(_, file)| (file.path.clone(), file.text.as_str()))
            .collect();
        let manifest_text = (texts.iter())
            .find(|(path, _)| path.ends_with("story.toml"))
            .map_or("", |(_, text)| *text);
        let manifest = workspace.manifest();
        let stats = manifest
            .as_ref()
            .map(|m| m.stats(manifest_text, FileId::default(), &mut Vec::new()))
            .unwrap_or_default();
        let (scenes, variables) = declarations(workspace);
        Index {
            workspace,
            texts,
            manifest,
            stats,
            scenes,
            variables,
        }
    }

    /// Every diagnostic, by file, as the protocol has them.
    pub fn diagnostics(&self) -> BTreeMap<PathBuf, Vec<lsp_types::Diagnostic>> {
        let mut by_file: BTreeMap<PathBuf, Vec<lsp_types::Diagnostic>> = BTreeMap::new();
        for d in self.workspace.diagnostics() {
            let (path, range) = match d.span {
                Some(span) => {
                    let file = self.workspace.sources().get(span.file);
                    let range = position::range(&file.text, span.start as usize, span.end as usize);
                    (file.path.clone(), range)
                }
                // Problems of the folder as a whole go on the manifest's first line.
                None => match self.texts.keys().find(|p| p.ends_with("story.toml")) {
                    Some(path) => (path.clone(), Default::default()),
                    None => continue,
                },
            };
            let mut message = d.message.clone();
            if let Some(hint) = &d.hint {
                message += &format!("\nhint: {hint}");
            }
            by_file
                .entry(path)
                .or_default()
                .push(lsp_types::Diagnostic {
                    range,
                    severity: Some(match d.severity() {
                        Severity::Error => DiagnosticSeverity::ERROR,
                        Severity::Warning => DiagnosticSeverity::WARNING,
                    }),
                    code: Some(NumberOrString::String(d.kind.code().into())),
                    source: Some("spearhead".into()),
                    message,
                    ..Default::default()
                });
        }
        by_file
    }

    /// The byte offset of a position in a file of the story.
    pub fn offset(&self, path: &Path, at: Position) -> Option<usize> {
        position::offset(self.texts.get(path)?, at)
    }

    /// What may be typed at `offset`: the names the words before it on the line call for.
    pub fn complete(&self, path: &Path, offset: usize) -> Vec<CompletionItem> {
        let Some(text) = self.texts.get(path) else {
            return Vec::new();
        };
        let line_start = text[..offset.min(text.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let before = &text[line_start..offset.min(text.len())];
        let (typed, partial) = match before.rfind(|c: char| !is_name_char(c)) {
            Some(i) => (&before[..=i], &before[i + 1..]),
            None => ("", before),
        };
        let words: Vec<&str> = typed.split_whitespace().collect();
        let names = match self.names_in_braces(before) {
            Some(names) => names,
            None => self.names_for(&words, typed),
        };
        names
            .into_iter()
            .filter(|(name, _, _)| name.starts_with(partial))
            .map(|(name, kind, detail)| CompletionItem {
                label: name,
                kind: Some(kind),
                detail: Some(detail),
                ..Default::default()
            })
            .collect()
    }

    /// The stats and variables, as completions.
    fn variable_names(&self) -> Vec<(String, CompletionItemKind, String)> {
        let stats =
            (self.stats.iter()).map(|s| (s.name.clone(), CompletionItemKind::FIELD, stat_about(s)));
        let variables = (self.variables.iter()).map(|v| {
            (
                v.name.clone(),
                CompletionItemKind::VARIABLE,
                v.about.clone(),
            )
        });
        stats.chain(variables).collect()
    }

    /// Inside a `{` the line has not closed yet (`before` is the line up to the cursor): a
    /// `{name}` hole takes a variable, or starts a variation (`{if`, `{seq:` ...); an `{if ...`
    /// condition takes variables; a variation's texts take nothing. `None` outside braces.
    fn names_in_braces(&self, before: &str) -> Option<Vec<(String, CompletionItemKind, String)>> {
        let open = before.rfind('{')?;
        let inside = &before[open + 1..];
        if inside.contains('}') {
            return None;
        }
        let condition = inside.strip_prefix("if ").is_some_and(|c| !c.contains(':'));
        let hole = inside.chars().all(is_name_char);
        if !(condition || hole) {
            return Some(Vec::new()); // a variation's texts: prose
        }
        let mut names = self.variable_names();
        if hole {
            let forms = ["if", "seq", "cycle", "once"];
            let about = "text variation (docs/SCRIPT.md)".to_string();
            names
                .extend(forms.map(|f| (f.to_string(), CompletionItemKind::KEYWORD, about.clone())));
        }
        Some(names)
    }

    /// The names that fit after `words` (the line so far, before the word being typed).
    fn names_for(&self, words: &[&str], typed: &str) -> Vec<(String, CompletionItemKind, String)> {
        let Some(m) = self.manifest else {
            return Vec::new();
        };
        let keys =
            |map: Vec<&String>, kind, what: &str| -> Vec<(String, CompletionItemKind, String)> {
                map.into_iter()
                    .map(|k| (k.clone(), kind, what.to_string()))
                    .collect()
            };
        let scenes = || {
            self.scenes
                .iter()
                .map(|s| (s.name.clone(), CompletionItemKind::MODULE, s.about.clone()))
                .collect()
        };
        let characters = || {
            keys(
                m.characters.keys().collect(),
                CompletionItemKind::CLASS,
                "character",
            )
        };
        let variables = || self.variable_names();
        // `show lena (` or `lena (`: that character's expressions.
        if typed.trim_end().ends_with('(') {
            let who = words.iter().rev().find_map(|w| {
                let w = w.trim_end_matches('(');
                m.characters.get(w)
            });
            return match who {
                Some(c) => keys(
                    c.sprites.keys().collect(),
                    CompletionItemKind::ENUM_MEMBER,
                    "expression",
                ),
                None => Vec::new(),
            };
        }
        match words {
            [.., "jump" | "call"] => scenes(),
            [.., "bg"] => keys(
                m.backgrounds.keys().collect(),
                CompletionItemKind::FILE,
                "background",
            ),
            [.., "music", "play"] => {
                keys(m.music.keys().collect(), CompletionItemKind::FILE, "music")
            }
            [.., "sound"] => keys(m.sounds.keys().collect(), CompletionItemKind::FILE, "sound"),
            [.., "end"] => keys(
                m.endings.keys().collect(),
                CompletionItemKind::EVENT,
                "ending",
            ),
            // `show lena (worried) pose `: that character's poses.
            ["show", who, .., "pose"] => match m.characters.get(*who) {
                Some(c) => keys(
                    c.poses.keys().collect(),
                    CompletionItemKind::ENUM_MEMBER,
                    "pose",
                ),
                None => Vec::new(),
            },
            [.., "cg"] => keys(m.cgs.keys().collect(), CompletionItemKind::FILE, "CG"),
            [.., "show" | "hide" | "move"] => characters(),
            ["scene", _, "in"] => keys(
                m.locations.keys().collect(),
                CompletionItemKind::ENUM,
                "location",
            ),
            [] => {
                let mut out = characters();
                out.extend(variables());
                out.extend(
                    KEYWORDS
                        .iter()
                        .map(|k| (k.to_string(), CompletionItemKind::KEYWORD, "keyword".into())),
                );
                out
            }
            _ => variables(),
        }
    }

    /// Where the scene or variable named at `offset` is declared.
    pub fn definition(&self, path: &Path, offset: usize) -> Option<Location> {
        let word = self.word_at(path, offset)?;
        let found = self
            .scenes
            .iter()
            .chain(&self.variables)
            .find(|d| d.name == word)?;
        let text = *self.texts.get(&found.path)?;
        Some(Location::new(
            uri_of(&found.path)?,
            position::range(text, found.start, found.end),
        ))
    }

    /// What the name at `offset` is: a stat's range, a variable's first value, a scene's title
    /// and place, a character's name and expressions.
    pub fn hover(&self, path: &Path, offset: usize) -> Option<Hover> {
        let word = self.word_at(path, offset)?;
        let about = self
            .stats
            .iter()
            .find(|s| s.name == word)
            .map(stat_about)
            .or_else(|| {
                let declared = self.scenes.iter().chain(&self.variables);
                declared
                    .clone()
                    .find(|d| d.name == word)
                    .map(|d| d.about.clone())
            })
            .or_else(|| {
                let c = self.manifest?.characters.get(&word)?;
                let expressions: Vec<&str> = c.sprites.keys().map(String::as_str).collect();
                Some(format!(
                    "character `{word}`, shown as **{}**; expressions: {}",
                    c.name,
                    expressions.join(", ")
                ))
            })?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: about,
            }),
            range: None,
        })
    }

    /// The name (letters, digits, `_` and `.`) around `offset` in `path`.
    fn word_at(&self, path: &Path, offset: usize) -> Option<String> {
        let text = self.texts.get(path)?;
        let offset = offset.min(text.len());
        let start = text[..offset]
            .rfind(|c: char| !is_name_char(c))
            .map_or(0, |i| i + 1);
        let end = text[offset..]
            .find(|c: char| !is_name_char(c))
            .map_or(text.len(), |i| offset + i);
        let word = text[start..end].trim_end_matches('.');
        (!word.is_empty()).then(|| word.to_string())
    }
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.'
}

fn stat_about(s: &StatDecl) -> String {
    format!(
        "stat `{}`: from {} to {}, starts at {}",
        s.name, s.min, s.max, s.start
    )
}

/// The scenes and variables the scripts declare, as the workspace keeps them.
fn declarations(workspace: &Workspace) -> (Vec<Declared>, Vec<Declared>) {
    let sources = workspace.sources();
    let place = |span: Span| {
        let path = sources.get(span.file).path.clone();
        (path, span.start as usize, span.end as usize)
    };
    let scenes = workspace
        .scenes_declared()
        .map(|s| {
            let (path, start, end) = place(s.span);
            let mut about = format!("scene `{}`", s.name);
            if let Some(title) = s.title {
                about += &format!(" \"{title}\"");
            }
            if let Some(location) = s.location {
                about += &format!(" in {location}");
            }
            Declared {
                name: s.name.to_string(),
                path,
                start,
                end,
                about,
            }
        })
        .collect();
    let variables = workspace
        .variables_declared()
        .map(|(name, span, value)| {
            let (path, start, end) = place(span);
            let file = sources.get(value.file);
            let first = file.text.get(value.range()).unwrap_or("");
            Declared {
                name: name.to_string(),
                path,
                start,
                end,
                about: format!("variable `{name}`, starts as `{first}`"),
            }
        })
        .collect();
    (scenes, variables)
}
