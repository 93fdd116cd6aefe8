//! Pass 1: collects every name the story declares (scenes, variables, stats, characters,
//! endings, locations, assets) into `Symbols`, and reports duplicates and bad declarations.

use super::location;
use crate::ast::{ExprKind, Script, UnaryOp};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::manifest::{parse_color, Manifest};
use crate::source::{FileId, Sources, Span};
use crate::story::{Character, Ending, SceneId, Variable, BASE_POSE};
use crate::template::{Piece, WrittenSelector};
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::collections::{BTreeSet, HashMap};

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
    declare_scenes(sources, script, &mut symbols, diagnostics);
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
    declare_vars(script, &mut symbols, diagnostics);
    for scene in &script.scenes {
        declare_once_options(scene.name.node, &scene.body, &mut symbols);
        declare_counters(scene.name.node, &scene.body, &mut symbols);
    }
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
    symbols
}

fn declare_scenes(
    sources: &Sources,
    script: &Script,
    symbols: &mut Symbols,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut first: HashMap<&str, Span> = HashMap::new();
    for (i, scene) in script.scenes.iter().enumerate() {
        let name = scene.name.node;
        if let Some(&earlier) = first.get(name) {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::DuplicateScene,
                    format!("scene `{name}` is defined twice"),
                    scene.name.span,
                )
                .with_label("second definition")
                .with_hint(format!(
                    "rename one of them; the first is at {}",
                    location(sources, earlier)
                )),
            );
            continue;
        }
        first.insert(name, scene.name.span);
        symbols.scenes.insert(name.to_string(), i as SceneId);
    }
}

fn declare_vars(script: &Script, symbols: &mut Symbols, diagnostics: &mut Vec<Diagnostic>) {
    for decl in &script.vars {
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
        let Some(initial) = constant(&decl.value.kind) else {
            let hint = match &decl.value.kind {
                crate::ast::ExprKind::Var(word)
                    if super::lower::capitalised_bool(word).is_some() =>
                {
                    "true and false are written in lower case: `true`, `false`"
                }
                _ => {
                    "write a number, `true`, `false` or a quoted string; change it later in a scene"
                }
            };
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::VarNotConstant,
                    "a variable starts with a plain value",
                    decl.value.span,
                )
                .with_hint(hint),
            );
            continue;
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

/// An `option once` remembers it was taken in a variable of its own (`once:scene:key`), so it
/// is saved, rolled back and traced like any other; no script can name it.
fn declare_once_options(scene: &str, body: &[crate::ast::Stmt], symbols: &mut Symbols) {
    use crate::ast::StmtKind;
    for stmt in body {
        match &stmt.kind {
            StmtKind::Choice(choice) => {
                for option in &choice.options {
                    let name = super::lower::once_name(scene, option);
                    if option.once && !symbols.var_index.contains_key(&name) {
                        symbols
                            .var_index
                            .insert(name.clone(), symbols.variables.len());
                        symbols.variables.push(Variable {
                            name,
                            ty: crate::value::Type::Bool,
                            initial: Value::Bool(false),
                            range: None,
                        });
                    }
                    declare_once_options(scene, &option.body, symbols);
                }
            }
            StmtKind::If(chain) => {
                for (_, branch) in &chain.branches {
                    declare_once_options(scene, branch, symbols);
                }
                declare_once_options(scene, chain.otherwise.as_deref().unwrap_or(&[]), symbols);
            }
            _ => {}
        }
    }
}

/// A text's `{seq: ...}`, `{cycle: ...}` and `{once: ...}` count the line's showings in
/// variables of their own (`vary:scene:key:n`), so the count is saved, rolled back and kept
/// across edits like any other value; no script can name them.
fn declare_counters(scene: &str, body: &[crate::ast::Stmt], symbols: &mut Symbols) {
    use crate::ast::StmtKind;
    let text = |text: &crate::ast::Text, symbols: &mut Symbols| {
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
            let name = super::lower::counter_name(scene, text, n);
            if !symbols.var_index.contains_key(&name) {
                symbols
                    .var_index
                    .insert(name.clone(), symbols.variables.len());
                symbols.variables.push(Variable {
                    name,
                    ty: crate::value::Type::Int,
                    initial: Value::Int(0),
                    range: None,
                });
            }
        }
    };
    for stmt in body {
        match &stmt.kind {
            StmtKind::Say(say) => text(&say.text, symbols),
            StmtKind::Choice(choice) => {
                if let Some(prompt) = &choice.prompt {
                    text(prompt, symbols);
                }
                for option in &choice.options {
                    text(&option.text, symbols);
                    declare_counters(scene, &option.body, symbols);
                }
            }
            StmtKind::If(chain) => {
                for (_, branch) in &chain.branches {
                    declare_counters(scene, branch, symbols);
                }
                declare_counters(scene, chain.otherwise.as_deref().unwrap_or(&[]), symbols);
            }
            _ => {}
        }
    }
}
