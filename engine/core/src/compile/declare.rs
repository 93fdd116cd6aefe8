//! Pass 1: collects every name the story declares (scenes, variables, stats, characters,
//! endings, locations, assets) into `Symbols`, and reports duplicates and bad declarations.

use super::location;
use crate::ast::{ExprKind, SceneDecl, Script, Spanned, Stmt, StmtKind, Text, UnaryOp, VarDecl};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::manifest::{parse_color, Manifest};
use crate::source::{FileId, Sources, Span};
use crate::story::{Character, Ending, SceneId, Variable, BASE_POSE};
use crate::template::{Piece, WrittenSelector};
use crate::value::{Type, Value};
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct Symbols {
    pub scenes: FxHashMap<String, SceneId>,
    pub variables: Vec<Variable>,
    pub var_index: FxHashMap<String, usize>,
    pub characters: Vec<Character>,
    pub char_index: FxHashMap<String, usize>,
    /// Expressions each character has a sprite for, by character index.
    pub sprites: Vec<BTreeSet<String>>,
    /// Poses each character has sprites for, by character index.
    pub poses: Vec<BTreeSet<String>>,
    pub endings: Vec<Ending>,
    pub ending_index: FxHashMap<String, usize>,
}

pub fn declare(
    sources: &Sources,
    script: &Script,
    manifest: &Manifest,
    manifest_file: FileId,
    diagnostics: &mut Vec<Diagnostic>,
) -> Symbols {
    let mut symbols = Symbols::default();
    let names = script.scenes.iter().map(|scene| scene.name.clone());
    declare_scenes(sources, names, &mut symbols, diagnostics);
    declare_stats(sources, manifest, manifest_file, &mut symbols, diagnostics);
    declare_vars(
        script.vars.iter().map(VarInit::of),
        &mut symbols,
        diagnostics,
    );
    for scene in &script.scenes {
        declare_hidden(hidden_variables(scene), &mut symbols);
    }
    declare_cast(manifest, manifest_file, &mut symbols, diagnostics);
    symbols
}

/// A `var` line as `declare` needs it: its name, and its value when that is a plain value (or
/// the hint for one that is not).
pub struct VarInit<'a> {
    pub name: Spanned<&'a str>,
    pub value: Result<Value, &'static str>,
    pub value_span: Span,
}

impl<'a> VarInit<'a> {
    pub fn of(decl: &VarDecl<'a>) -> VarInit<'a> {
        let value = constant(&decl.value.kind).ok_or(match &decl.value.kind {
            ExprKind::Var(word) if super::lower::capitalised_bool(word).is_some() => {
                "true and false are written in lower case: `true`, `false`"
            }
            _ => "write a number, `true`, `false` or a quoted string; change it later in a scene",
        });
        VarInit {
            name: decl.name.clone(),
            value,
            value_span: decl.value.span,
        }
    }
}

/// The manifest's stats, as the first variables.
pub(super) fn declare_stats(
    sources: &Sources,
    manifest: &Manifest,
    manifest_file: FileId,
    symbols: &mut Symbols,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let toml_text = &sources.get(manifest_file).text;
    for stat in manifest.stats(toml_text, manifest_file, diagnostics) {
        symbols
            .var_index
            .insert(stat.name.clone(), symbols.variables.len());
        symbols.variables.push(Variable {
            name: stat.name,
            ty: crate::value::Type::Int,
            initial: Value::Int(stat.start),
            range: Some((stat.min, stat.max)),
        });
    }
}

/// Variables no script names (`option once` and text variation counters), after the others.
pub(super) fn declare_hidden(hidden: Vec<Variable>, symbols: &mut Symbols) {
    for variable in hidden {
        if !symbols.var_index.contains_key(&variable.name) {
            symbols
                .var_index
                .insert(variable.name.clone(), symbols.variables.len());
            symbols.variables.push(variable);
        }
    }
}

/// The manifest's characters and endings.
pub(super) fn declare_cast(
    manifest: &Manifest,
    manifest_file: FileId,
    symbols: &mut Symbols,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (id, decl) in &manifest.characters {
        let color = parse_color(decl.color.get_ref()).unwrap_or_else(|| {
            let r = decl.color.span();
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::BadColour,
                    format!("character `{id}` has colour `{}`", decl.color.get_ref()),
                    Span::new(manifest_file, r.start, r.end),
                )
                .with_hint("write colours as `#rrggbb`, for example `#6fa8dc`"),
            );
            [255, 255, 255]
        });
        symbols
            .char_index
            .insert(id.clone(), symbols.characters.len());
        symbols.characters.push(Character {
            id: id.clone(),
            name: decl.name.clone(),
            color,
        });
        symbols.sprites.push(decl.sprites.keys().cloned().collect());
        symbols.poses.push(decl.poses.keys().cloned().collect());
        if decl.poses.contains_key(BASE_POSE) {
            diagnostics.push(
                Diagnostic::general(
                    DiagnosticKind::Manifest,
                    format!("story.toml: character `{id}` declares a pose called `{BASE_POSE}`"),
                )
                .with_hint(format!(
                    "`pose {BASE_POSE}` means the plain sprites: give the pose another name"
                )),
            );
        }
    }
    for (id, decl) in &manifest.endings {
        symbols
            .ending_index
            .insert(id.clone(), symbols.endings.len());
        symbols.endings.push(Ending {
            id: id.clone(),
            title: decl.title.clone(),
            art: decl.art.as_ref().map(|a| a.get_ref().clone()),
        });
    }
}

/// The scenes, by name, in story order: a name's first definition is the scene.
pub(super) fn declare_scenes<'a>(
    sources: &Sources,
    names: impl Iterator<Item = Spanned<&'a str>>,
    symbols: &mut Symbols,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut first: FxHashMap<&str, Span> = FxHashMap::default();
    first.reserve(names.size_hint().0);
    symbols.scenes.reserve(names.size_hint().0);
    for (i, scene) in names.enumerate() {
        let name = scene.node;
        if let Some(&earlier) = first.get(name) {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::DuplicateScene,
                    format!("scene `{name}` is defined twice"),
                    scene.span,
                )
                .with_label("second definition")
                .with_hint(format!(
                    "rename one of them; the first is at {}",
                    location(sources, earlier)
                )),
            );
            continue;
        }
        first.insert(name, scene.span);
        symbols.scenes.insert(name.to_string(), i as SceneId);
    }
}

pub(super) fn declare_vars<'a>(
    vars: impl Iterator<Item = VarInit<'a>>,
    symbols: &mut Symbols,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for decl in vars {
        let name = decl.name.node;
        if symbols.var_index.contains_key(name) {
            let what = if symbols.variables[symbols.var_index[name]].range.is_some() {
                "a stat"
            } else {
                "a variable"
            };
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::DuplicateVariable,
                    format!("`{name}` is already declared as {what}"),
                    decl.name.span,
                )
                .with_hint("give each variable and stat its own name"),
            );
            continue;
        }
        let initial = match decl.value {
            Ok(initial) => initial,
            Err(hint) => {
                diagnostics.push(
                    Diagnostic::new(
                        DiagnosticKind::VarNotConstant,
                        "a variable starts with a plain value",
                        decl.value_span,
                    )
                    .with_hint(hint),
                );
                continue;
            }
        };
        symbols
            .var_index
            .insert(name.to_string(), symbols.variables.len());
        symbols.variables.push(Variable {
            name: name.to_string(),
            ty: initial.ty(),
            initial,
            range: None,
        });
    }
}

fn constant(kind: &ExprKind) -> Option<Value> {
    match kind {
        ExprKind::Int(n) => Some(Value::Int(*n)),
        ExprKind::Bool(b) => Some(Value::Bool(*b)),
        ExprKind::Str(s) => Some(Value::Str(s.as_str().into())),
        ExprKind::Unary(UnaryOp::Neg, inner) => match inner.kind {
            ExprKind::Int(n) => Some(Value::Int(-n)),
            _ => None,
        },
        _ => None,
    }
}

/// The variables no script can name that `scene` needs, in the order they are declared: one
/// for each `option once`, then the counters of its text variations.
pub(super) fn hidden_variables(scene: &SceneDecl) -> Vec<Variable> {
    let mut hidden = Vec::new();
    once_options(scene.name.node, &scene.body, &mut hidden);
    counters(scene.name.node, &scene.body, &mut hidden);
    hidden
}

/// An `option once` remembers it was taken in a variable of its own (`once:scene:key`), so it
/// is saved, rolled back and traced like any other; no script can name it.
fn once_options(scene: &str, body: &[Stmt], hidden: &mut Vec<Variable>) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::Choice(choice) => {
                for option in &choice.options {
                    if option.once {
                        hidden.push(Variable {
                            name: super::lower::once_name(scene, option),
                            ty: Type::Bool,
                            initial: Value::Bool(false),
                            range: None,
                        });
                    }
                    once_options(scene, &option.body, hidden);
                }
            }
            StmtKind::If(chain) => {
                for (_, branch) in &chain.branches {
                    once_options(scene, branch, hidden);
                }
                once_options(scene, chain.otherwise.as_deref().unwrap_or(&[]), hidden);
            }
            _ => {}
        }
    }
}

/// A text's `{seq: ...}`, `{cycle: ...}` and `{once: ...}` count the line's showings in
/// variables of their own (`vary:scene:key:n`), so the count is saved, rolled back and kept
/// across edits like any other value; no script can name them.
fn counters(scene: &str, body: &[Stmt], hidden: &mut Vec<Variable>) {
    let text = |text: &Text, hidden: &mut Vec<Variable>| {
        if !text.text.contains('{') {
            return;
        }
        let Ok(pieces) = crate::template::split(&text.text) else {
            return; // `lower` reports it
        };
        let counted = pieces.iter().filter(
            |p| matches!(p, Piece::Vary(v) if matches!(v.selector, WrittenSelector::Count(_))),
        );
        for n in 1..=counted.count() {
            hidden.push(Variable {
                name: super::lower::counter_name(scene, text, n),
                ty: Type::Int,
                initial: Value::Int(0),
                range: None,
            });
        }
    };
    for stmt in body {
        match &stmt.kind {
            StmtKind::Say(say) => text(&say.text, hidden),
            StmtKind::Choice(choice) => {
                if let Some(prompt) = &choice.prompt {
                    text(prompt, hidden);
                }
                for option in &choice.options {
                    text(&option.text, hidden);
                    counters(scene, &option.body, hidden);
                }
            }
            StmtKind::If(chain) => {
                for (_, branch) in &chain.branches {
                    counters(scene, branch, hidden);
                }
                counters(scene, chain.otherwise.as_deref().unwrap_or(&[]), hidden);
            }
            _ => {}
        }
    }
}
