//! `story.toml`: what a story declares besides its scripts. Title, start scene, locations,
//! characters with their sprites, assets, stats, endings, the source locale, the looks of the
//! interface, and the old names of renamed scenes (for saves).

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::look::LookDecl;
use crate::source::{FileId, Span};
use serde::Deserialize;
use std::collections::BTreeMap;

/// An asset path as written in the manifest, with its place there for diagnostics.
pub type AssetPath = toml::Spanned<String>;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub title: String,
    /// The scene a new game starts in.
    pub start: toml::Spanned<String>,
    #[serde(default = "default_locale")]
    pub default_locale: String,
    /// Where asset paths are looked up, relative to the story folder.
    #[serde(default = "default_assets")]
    pub assets: String,
    /// Where `.ftl` translations live, relative to the story folder.
    #[serde(default = "default_locales")]
    pub locales: String,
    #[serde(default)]
    pub locations: BTreeMap<String, Location>,
    #[serde(default)]
    pub characters: BTreeMap<String, CharacterDecl>,
    #[serde(default)]
    pub backgrounds: BTreeMap<String, AssetPath>,
    #[serde(default)]
    pub music: BTreeMap<String, AssetPath>,
    #[serde(default)]
    pub sounds: BTreeMap<String, AssetPath>,
    /// Full-screen illustrations (`cg NAME`), in the order the gallery shows them.
    #[serde(default)]
    pub cgs: indexmap::IndexMap<String, AssetPath>,
    /// Nested tables: `[stats.bond.shin]` declares the stat `bond.shin`.
    #[serde(default)]
    pub stats: toml::Table,
    /// In the order declared: the order the Endings screen shows them in.
    #[serde(default)]
    pub endings: indexmap::IndexMap<String, EndingDecl>,
    /// The looks the interface can take (colours, frames), by name.
    #[serde(default)]
    pub looks: BTreeMap<String, LookDecl>,
    /// The look of scenes whose location names none (and of scenes without a location).
    #[serde(default)]
    pub default_look: Option<toml::Spanned<String>>,
    /// The look of the title screen and the menus.
    #[serde(default)]
    pub menu_look: Option<toml::Spanned<String>>,
    /// Old scene names, each with the scene it is now: `"old.name" = "new.name"`. A save made
    /// before a scene was renamed finds it by its old name.
    #[serde(default)]
    pub aliases: BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
}

fn default_locale() -> String {
    "en-US".into()
}
fn default_assets() -> String {
    "../assets".into()
}
fn default_locales() -> String {
    "../locales".into()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// A human name for tools.
    #[serde(default)]
    pub name: String,
    /// The look its scenes are drawn with (else the manifest's `default_look`).
    #[serde(default)]
    pub look: Option<toml::Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CharacterDecl {
    pub name: String,
    /// Name-plate colour, `#rrggbb`.
    #[serde(default = "default_color")]
    pub color: toml::Spanned<String>,
    #[serde(default)]
    pub sprites: BTreeMap<String, AssetPath>,
    /// `[characters.X.poses.NAME]`: each pose's sprites, by expression.
    #[serde(default)]
    pub poses: BTreeMap<String, BTreeMap<String, AssetPath>>,
}

impl CharacterDecl {
    /// The sprite file for `expression` in `pose` (`None`: the plain sprites). A missing
    /// expression falls back to the pose's `neutral`, then to the plain sprites: the named
    /// expression, else `neutral` or `default`, else the first declared.
    pub fn sprite(&self, pose: Option<&str>, expression: Option<&str>) -> Option<&str> {
        let posed = pose.and_then(|p| self.poses.get(p)).and_then(|sprites| {
            expression
                .and_then(|e| sprites.get(e))
                .or_else(|| sprites.get("neutral"))
        });
        let plain = || {
            expression
                .and_then(|e| self.sprites.get(e))
                .or_else(|| self.sprites.get("neutral"))
                .or_else(|| self.sprites.get("default"))
                .or_else(|| self.sprites.values().next())
        };
        posed.or_else(plain).map(|p| p.get_ref().as_str())
    }
}

fn default_color() -> toml::Spanned<String> {
    toml::Spanned::new(0..0, "#ffffff".into())
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndingDecl {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The illustration of the ending card and the Endings screen.
    #[serde(default)]
    pub art: Option<AssetPath>,
}

/// A stat after the nested tables are flattened.
#[derive(Debug, Clone, PartialEq)]
pub struct StatDecl {
    pub name: String,
    pub min: i64,
    pub max: i64,
    pub start: i64,
}

impl Manifest {
    pub fn parse(text: &str, file: FileId) -> Result<Manifest, Diagnostic> {
        toml::from_str(text).map_err(|e| {
            let span = e
                .span()
                .map_or(Span::new(file, 0, 0), |r| Span::new(file, r.start, r.end));
            Diagnostic::new(
                DiagnosticKind::Manifest,
                format!("story.toml: {}", e.message()),
                span,
            )
        })
    }

    /// The declared stats, flattened; malformed entries become diagnostics placed in `text`
    /// (story.toml, file `file`). A malformed stat is still declared (its start held inside its
    /// range), so the scripts that use it get no "unknown variable" on top.
    pub fn stats(
        &self,
        text: &str,
        file: FileId,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<StatDecl> {
        let mut out = Vec::new();
        let locate = |name: &str, field: &str| stat_span(text, file, name, field);
        flatten_stats("", &self.stats, &mut out, &locate, diagnostics);
        out
    }
}

/// Where `field` of the stat `name` is written in story.toml: its line under `[stats.NAME]`,
/// else that header. toml does not keep the places of untyped tables, so this finds them in
/// the text; `None` for a layout it does not know (inline tables), and the error has no place.
fn stat_span(text: &str, file: FileId, name: &str, field: &str) -> Option<Span> {
    let header = format!("stats.{name}");
    let mut offset = 0;
    let mut in_table: Option<Span> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        let start = offset + (line.len() - line.trim_start().len());
        offset += line.len();
        if let Some(inner) = trimmed.strip_prefix('[').and_then(|t| t.split(']').next()) {
            if in_table.is_some() {
                break;
            }
            let inner: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
            if inner == header {
                in_table = Some(Span::new(file, start, start + trimmed.len()));
            }
            continue;
        }
        let key = trimmed.split('=').next().unwrap_or("").trim();
        if in_table.is_some() && key == field {
            return Some(Span::new(file, start, start + trimmed.len()));
        }
    }
    in_table
}

fn flatten_stats(
    prefix: &str,
    table: &toml::Table,
    out: &mut Vec<StatDecl>,
    locate: &dyn Fn(&str, &str) -> Option<Span>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (key, value) in table {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let Some(inner) = value.as_table() else {
            diagnostics.push(Diagnostic::general(
                DiagnosticKind::BadStat,
                format!("story.toml: stat `{name}` must be a table with `min`, `max` and `start`"),
            ));
            continue;
        };
        if !inner.contains_key("min") && !inner.contains_key("max") && !inner.contains_key("start")
        {
            flatten_stats(&name, inner, out, locate, diagnostics);
            continue;
        }
        let get = |field: &str| inner.get(field).and_then(toml::Value::as_integer);
        let (min, max, start) = match (get("min"), get("max"), get("start")) {
            (Some(min), Some(max), Some(start)) => (min, max, start),
            _ => {
                diagnostics.push(Diagnostic::at(
                    DiagnosticKind::BadStat,
                    format!(
                        "story.toml: stat `{name}` needs whole numbers `min`, `max` and `start`"
                    ),
                    locate(&name, ""),
                ));
                (0, 0, 0)
            }
        };
        if min > max {
            diagnostics.push(
                Diagnostic::at(
                    DiagnosticKind::BadStat,
                    format!("story.toml: stat `{name}` has `min = {min}` above `max = {max}`"),
                    locate(&name, "max"),
                )
                .with_hint("swap them: `min` is the lowest value the stat can take"),
            );
        } else if !(min..=max).contains(&start) {
            diagnostics.push(
                Diagnostic::at(
                    DiagnosticKind::BadStat,
                    format!("story.toml: stat `{name}` starts at {start}, outside its range {min} to {max}"),
                    locate(&name, "start"),
                )
                .with_hint(format!(
                    "start it between {min} and {max}, or widen the range"
                )),
            );
        }
        let max = max.max(min);
        out.push(StatDecl {
            name,
            min,
            max,
            start: start.clamp(min, max),
        });
    }
}

/// Parses `#rrggbb` into RGB bytes.
pub fn parse_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}
