//! Pass 2: walks every scene, checks names and types, and lowers statements to flat `Op`s.
//! Checking and lowering share one walk because both need the same resolved names; when any
//! error is found the code is thrown away, so lowering may assume nothing about broken input.

use super::declare::Symbols;
use super::location;
use crate::ast::{self, AssignOp, BinaryOp, ExprKind, StmtKind, UnaryOp};
use crate::diagnostic::{Diagnostic, DiagnosticKind, HintBudget};
use crate::line_key::LineKey;
use crate::manifest::Manifest;
use crate::source::{Sources, Span};
use crate::story::{Expr, Menu, MenuOption, Op, SayOp, SceneId, StageDirection, BASE_POSE};
use crate::template::{self, Piece, Selector, SplitError, Template, WrittenSelector};
use crate::value::{Type, Value};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// The code of one scene plus what later passes need to know about it.
pub struct LoweredScene {
    pub code: Vec<Op>,
    pub keys: FxHashMap<String, u32>,
    /// Scenes this one can jump to or call.
    pub targets: Vec<SceneId>,
    /// The scene's last top-level statement: where a scene that runs off its end is shown to.
    pub last: Option<Span>,
}

/// Stories with at least this many scenes are lowered on all cores.
const PARALLEL_SCENES: usize = 256;

/// Checks and lowers every scene, dropping each scene's statements once lowered (the passes
/// after this one need only scene headers, so a large story never holds its whole AST and code
/// at once). Scenes are independent once names are declared, so a large story is cut into one
/// run of scenes per core; only duplicate line IDs need the whole story, and are found after.
pub fn lower_all(
    sources: &Sources,
    symbols: &Symbols,
    manifest: &Manifest,
    scenes: &mut [ast::SceneDecl],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<LoweredScene> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let lower_run = |run: &mut [ast::SceneDecl]| {
        let mut lowerer = Lowerer::new(symbols, manifest);
        let code: Vec<LoweredScene> = run.iter_mut().map(|scene| lowerer.scene(scene)).collect();
        (code, lowerer)
    };
    let runs: Vec<(Vec<LoweredScene>, Lowerer)> = if threads < 2 || scenes.len() < PARALLEL_SCENES {
        vec![lower_run(scenes)]
    } else {
        let per_run = scenes.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let handles: Vec<_> = scenes
                .chunks_mut(per_run)
                .map(|run| scope.spawn(move || lower_run(run)))
                .collect();
            // A lowering thread only panics on a bug in this module; surface it rather than hide it.
            handles
                .into_iter()
                .map(|h| h.join().expect("lowering thread"))
                .collect()
        })
    };
    let mut first_use: FxHashMap<String, Span> = FxHashMap::default();
    let mut repeats = Vec::new();
    let mut lowered = Vec::with_capacity(scenes.len());
    for (code, lowerer) in runs {
        lowered.extend(code);
        diagnostics.extend(lowerer.diagnostics);
        // Runs are in story order, so the first run that uses an ID holds its first use.
        for (id, span) in lowerer.line_ids {
            match first_use.get(&id) {
                Some(_) => repeats.push((id, span)),
                None => {
                    first_use.insert(id, span);
                }
            }
        }
        repeats.extend(lowerer.repeated_ids);
    }
    for (id, span) in repeats {
        let first = location(sources, first_use[&id]);
        diagnostics.push(repeated_line_id(&id, span, &first));
    }
    lowered
}

/// A line ID used again at `span`, first used at `first` ("file:line:column").
pub(super) fn repeated_line_id(id: &str, span: Span, first: &str) -> Diagnostic {
    Diagnostic::new(
        DiagnosticKind::DuplicateLineId,
        format!("line ID `#{id}` is used twice"),
        span,
    )
    .with_hint(format!(
        "line IDs must be unique; it is first used at {first}"
    ))
}

pub(super) struct Lowerer<'a> {
    symbols: &'a Symbols,
    manifest: &'a Manifest,
    diagnostics: Vec<Diagnostic>,
    /// The first use of every explicit line ID in this run of scenes...
    line_ids: FxHashMap<String, Span>,
    /// ...and every later use, reported by `lower_all` once all runs are done.
    repeated_ids: Vec<(String, Span)>,
    hints: HintBudget,
    /// The scene and variable names looked up, when a `Workspace` keeps scenes between edits.
    lookups: Option<Lookups>,
}

/// The names one scene looked up (found or not): its check holds while they mean the same.
#[derive(Debug, Default, Clone)]
pub struct Lookups {
    pub scenes: Vec<String>,
    pub variables: Vec<String>,
    /// The scenes it jumps to or calls that exist, as `LoweredScene::targets` has them.
    pub targets: Vec<String>,
}

/// What lowering one scene found, apart from its code, for a `Workspace`.
pub(super) struct SceneFindings {
    pub diagnostics: Vec<Diagnostic>,
    pub lookups: Lookups,
    /// Every explicit line ID the scene uses, where.
    pub line_ids: Vec<(String, Span)>,
}

/// Per-scene state of the walk.
struct SceneCode {
    /// The scene's name: `option once` variables are named after it.
    name: String,
    code: Vec<Op>,
    keys: FxHashMap<String, u32>,
    targets: Vec<SceneId>,
    calls: FxHashMap<SceneId, u32>,
    /// How many copies of each key repeated in the scene have been numbered so far.
    repeats: FxHashMap<String, u32>,
}

impl<'a> Lowerer<'a> {
    /// A lowerer that keeps what each scene looked up, for `findings`.
    pub(super) fn tracking(symbols: &'a Symbols, manifest: &'a Manifest) -> Self {
        Lowerer {
            lookups: Some(Lookups::default()),
            ..Lowerer::new(symbols, manifest)
        }
    }

    /// What the scenes lowered since the last call found (the lowerer must be `tracking`).
    pub(super) fn findings(&mut self) -> SceneFindings {
        let mut line_ids: Vec<(String, Span)> = self.line_ids.drain().collect();
        line_ids.append(&mut self.repeated_ids);
        SceneFindings {
            diagnostics: std::mem::take(&mut self.diagnostics),
            lookups: self
                .lookups
                .as_mut()
                .map(std::mem::take)
                .unwrap_or_default(),
            line_ids,
        }
    }

    fn new(symbols: &'a Symbols, manifest: &'a Manifest) -> Self {
        Lowerer {
            symbols,
            manifest,
            diagnostics: Vec::new(),
            line_ids: FxHashMap::default(),
            repeated_ids: Vec::new(),
            hints: HintBudget::default(),
            lookups: None,
        }
    }

    /// Lowers one scene and drops its statements.
    pub(super) fn scene(&mut self, scene: &mut ast::SceneDecl) -> LoweredScene {
        let mut out = SceneCode {
            name: scene.name.node.to_string(),
            code: Vec::new(),
            keys: FxHashMap::default(),
            targets: Vec::new(),
            calls: FxHashMap::default(),
            repeats: FxHashMap::default(),
        };
        self.block(&scene.body, &mut out);
        let last = scene.body.last().map(|stmt| stmt.span);
        scene.body = Vec::new();
        out.code.shrink_to_fit();
        LoweredScene {
            code: out.code,
            keys: out.keys,
            targets: out.targets,
            last,
        }
    }

    fn block(&mut self, stmts: &[ast::Stmt], out: &mut SceneCode) {
        for stmt in stmts {
            self.stmt(stmt, out);
        }
    }

    fn stmt(&mut self, stmt: &ast::Stmt, out: &mut SceneCode) {
        match &stmt.kind {
            StmtKind::Say(say) => {
                let key = self.add_key(out, text_key(&say.text), say.text.id.as_ref());
                let op = self.say(&out.name, say, key.into());
                out.code.push(Op::Say(Box::new(op)));
            }
            StmtKind::Stage(stage) => {
                if let Some(direction) = self.stage(stage) {
                    out.code.push(Op::Stage(Arc::new(direction)));
                }
            }
            StmtKind::Choice(choice) => self.choice(choice, out),
            StmtKind::If(branches) => self.if_chain(branches, out),
            StmtKind::Assign(assign) => {
                if let Some(op) = self.assign(assign) {
                    out.code.push(op);
                }
            }
            StmtKind::Jump(target) => {
                let id = self.target(target);
                out.targets.extend(id);
                out.code.push(Op::Jump(id.unwrap_or(0)));
            }
            StmtKind::Call(target) => {
                let id = self.target(target);
                out.targets.extend(id);
                let id = id.unwrap_or(0);
                let nth = out.calls.entry(id).or_insert(0);
                *nth += 1;
                let key = LineKey::Call {
                    scene: target.node.to_string(),
                    nth: *nth,
                };
                out.keys.insert(key.to_string(), out.code.len() as u32);
                out.code.push(Op::Call(id));
            }
            StmtKind::Return => out.code.push(Op::Return),
            StmtKind::End(ending) => {
                let id = self.symbols.ending_index.get(ending.node).copied();
                if id.is_none() {
                    self.unknown(
                        DiagnosticKind::UnknownEnding,
                        "ending",
                        ending,
                        self.symbols.ending_index.keys(),
                        "declare it under [endings] in story.toml",
                    );
                }
                out.code.push(Op::End(id.unwrap_or(0)));
            }
        }
    }

    /// Records `key` for the op about to be pushed and returns the key it got: the same, or
    /// with an `@n` suffix when a scene says the same untagged thing more than once.
    fn add_key(
        &mut self,
        out: &mut SceneCode,
        key: LineKey,
        explicit: Option<&ast::Name>,
    ) -> String {
        if let Some(id) = explicit {
            // "Meet me at Gate #4": a number after `#` at the end of a line is far more often
            // text than an ID, and the reader would never see it.
            if id.node.starts_with(|c: char| c.is_ascii_digit()) {
                self.diagnostics.push(
                    Diagnostic::new(
                        DiagnosticKind::NumberReadAsLineId,
                        format!(
                            "`#{}` at the end of this line is read as its line ID, not shown",
                            id.node
                        ),
                        id.span,
                    )
                    .with_label("the reader will not see this")
                    .with_hint(format!(
                        "to show it, write `\\#{}`; line IDs are names like `#gate_four`",
                        id.node
                    )),
                );
            }
            if self.line_ids.contains_key(id.node) {
                self.repeated_ids.push((id.node.to_string(), id.span));
            } else {
                self.line_ids.insert(id.node.to_string(), id.span);
            }
        }
        let first = key.to_string();
        let mut unique = first.clone();
        if out.keys.contains_key(&unique) {
            // The copies of a key are numbered in order; counting them here, rather than trying
            // @2, @3, ... each time, keeps a scene of 100,000 same lines linear (no first copy
            // has an `@`, so the next number is free).
            let n = out.repeats.entry(first).or_insert(1);
            while out.keys.contains_key(&unique) {
                *n += 1;
                unique = key.clone().copy(*n).to_string();
            }
        }
        out.keys.insert(unique.clone(), out.code.len() as u32);
        unique
    }

    fn say(&mut self, scene: &str, say: &ast::Say, key: Arc<str>) -> SayOp {
        let speaker = say.speaker.as_ref().and_then(|s| self.character(s));
        if let (Some(c), Some(expr)) = (speaker, &say.expression) {
            self.expression_ref(c, expr);
        }
        SayOp {
            key,
            speaker,
            expression: say.expression.as_ref().map(|e| e.node.into()),
            text: self.template(scene, &say.text),
        }
    }

    fn choice(&mut self, choice: &ast::Choice, out: &mut SceneCode) {
        let menu_at = out.code.len();
        let key = match &choice.prompt {
            Some(prompt) => text_key(prompt),
            None => LineKey::choice(fnv(choice.options.iter().map(|o| o.text.text.as_ref()))),
        };
        let key = self.add_key(out, key, choice.prompt.as_ref().and_then(|p| p.id.as_ref()));
        let prompt = choice.prompt.as_ref().map(|p| self.template(&out.name, p));
        out.code.push(Op::Goto(0)); // placeholder for the menu, filled below
        let mut options = Vec::new();
        let mut exits = Vec::new();
        for option in &choice.options {
            let condition = option.condition.as_ref().map(|c| self.condition(&c.expr));
            let once = self.once_var(&out.name, option);
            let condition = match (condition.flatten(), once) {
                (condition, None) => condition,
                (None, Some(taken)) => Some(not_taken(taken)),
                (Some(c), Some(taken)) => Some(Expr::Binary(
                    BinaryOp::And,
                    Box::new(not_taken(taken)),
                    Box::new(c),
                )),
            };
            let key = text_key(&option.text);
            if let Some(id) = &option.text.id {
                self.add_key(out, key.clone(), Some(id));
            }
            options.push(MenuOption {
                key: key.to_string().into(),
                text: self.template(&out.name, &option.text),
                condition,
                show_disabled: option.condition.as_ref().is_some_and(|c| c.show_disabled),
                target: out.code.len() as u32,
            });
            if let Some(var) = once {
                out.code.push(Op::Assign {
                    var,
                    op: AssignOp::Set,
                    value: Expr::Const(Value::Bool(true)),
                });
            }
            self.block(&option.body, out);
            exits.push(out.code.len());
            out.code.push(Op::Goto(0));
        }
        let end = out.code.len() as u32;
        for exit in exits {
            out.code[exit] = Op::Goto(end);
        }
        out.code[menu_at] = Op::Menu(Box::new(Menu {
            key: key.into(),
            prompt,
            options,
            end,
        }));
    }

    fn if_chain(&mut self, chain: &ast::If, out: &mut SceneCode) {
        let mut exits = Vec::new();
        for (condition, body) in &chain.branches {
            let condition = self
                .condition(condition)
                .unwrap_or(Expr::Const(Value::Bool(false)));
            let branch_at = out.code.len();
            out.code.push(Op::Goto(0));
            self.block(body, out);
            exits.push(out.code.len());
            out.code.push(Op::Goto(0));
            out.code[branch_at] = Op::Branch {
                condition,
                else_target: out.code.len() as u32,
            };
        }
        if let Some(body) = &chain.otherwise {
            self.block(body, out);
        }
        let end = out.code.len() as u32;
        for exit in exits {
            out.code[exit] = Op::Goto(end);
        }
    }

    fn assign(&mut self, assign: &ast::Assign) -> Option<Op> {
        let var = self.variable(&assign.target)?;
        let (value, ty) = self.expr(&assign.value)?;
        let var_ty = self.symbols.variables[var].ty;
        let ok = match assign.op {
            ast::AssignOp::Set => ty == var_ty,
            ast::AssignOp::Add | ast::AssignOp::Sub => ty == Type::Int && var_ty == Type::Int,
        };
        if !ok {
            let hint = match assign.op {
                ast::AssignOp::Set => format!(
                    "`{}` holds {}; give it {}",
                    assign.target.node,
                    var_ty.a(),
                    var_ty.a()
                ),
                _ => "`+=` and `-=` work on numbers".to_string(),
            };
            self.diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::TypeMismatch,
                    format!(
                        "cannot change `{}` ({var_ty}) with {}",
                        assign.target.node,
                        ty.a()
                    ),
                    assign.value.span,
                )
                .with_hint(hint),
            );
            return None;
        }
        Some(Op::Assign {
            var,
            op: assign.op,
            value,
        })
    }

    fn stage(&mut self, stage: &ast::Stage) -> Option<StageDirection> {
        use ast::Stage as S;
        Some(match stage {
            S::Background { image, transition } => {
                self.asset_ref(
                    "background",
                    image,
                    &self.manifest.backgrounds,
                    "[backgrounds]",
                );
                StageDirection::Background {
                    image: image.node.to_string(),
                    transition: transition.map(Into::into),
                }
            }
            S::Show {
                character,
                expression,
                pose,
                position,
                transition,
            } => {
                let c = self.character(character)?;
                if let Some(pose) = pose {
                    self.pose_ref(c, pose);
                }
                if let Some(expr) = expression {
                    self.expression_ref(c, expr);
                } else if self.symbols.sprites[c].is_empty() {
                    self.diagnostics.push(
                        Diagnostic::new(
                            DiagnosticKind::NoSprites,
                            format!("character `{}` has no sprites to show", character.node),
                            character.span,
                        )
                        .with_hint(format!(
                            "add [characters.{}.sprites] to story.toml",
                            character.node
                        )),
                    );
                }
                StageDirection::Show {
                    character: character.node.to_string(),
                    expression: expression.as_ref().map(|e| e.node.to_string()),
                    pose: pose.as_ref().map(|p| p.node.to_string()),
                    position: *position,
                    transition: transition.map(Into::into),
                }
            }
            S::Hide {
                character,
                transition,
            } => {
                self.character(character)?;
                StageDirection::Hide {
                    character: character.node.to_string(),
                    transition: transition.map(Into::into),
                }
            }
            S::Cg { name, transition } => {
                if !self.manifest.cgs.contains_key(name.node) {
                    self.unknown(
                        DiagnosticKind::UnknownCg,
                        "CG",
                        name,
                        self.manifest.cgs.keys(),
                        "declare it under [cgs] in story.toml",
                    );
                }
                StageDirection::Cg {
                    name: name.node.to_string(),
                    transition: transition.map(Into::into),
                }
            }
            S::HideCg { transition } => StageDirection::HideCg {
                transition: transition.map(Into::into),
            },
            S::Move {
                character,
                position,
                seconds,
            } => {
                self.character(character)?;
                StageDirection::Move {
                    character: character.node.to_string(),
                    position: *position,
                    seconds: *seconds,
                }
            }
            S::MusicPlay { track, fade } => {
                self.asset_ref("music track", track, &self.manifest.music, "[music]");
                StageDirection::MusicPlay {
                    track: track.node.to_string(),
                    fade: *fade,
                }
            }
            S::MusicStop { fade } => StageDirection::MusicStop { fade: *fade },
            S::Sound(sound) => {
                self.asset_ref("sound", sound, &self.manifest.sounds, "[sounds]");
                StageDirection::Sound {
                    sound: sound.node.to_string(),
                }
            }
            S::Wait(seconds) => StageDirection::Wait { seconds: *seconds },
            S::FadeOut(seconds) => StageDirection::FadeOut { seconds: *seconds },
            S::FadeIn(seconds) => StageDirection::FadeIn { seconds: *seconds },
            S::Flash(seconds) => StageDirection::Flash { seconds: *seconds },
            S::Shake(seconds) => StageDirection::Shake { seconds: *seconds },
        })
    }

    // -----------------------------------------------------------------------------------------
    // Names
    // -----------------------------------------------------------------------------------------

    fn unknown<'k>(
        &mut self,
        kind: DiagnosticKind,
        what: &str,
        name: &ast::Name,
        known: impl ExactSizeIterator<Item = &'k String>,
        fix: &str,
    ) {
        let hint = self
            .hints
            .did_you_mean(name.node, known.map(String::as_str))
            .unwrap_or_else(|| fix.to_string());
        self.diagnostics.push(
            Diagnostic::new(kind, format!("unknown {what} `{}`", name.node), name.span)
                .with_hint(hint),
        );
    }

    /// A scene jumped to or called.
    fn target(&mut self, name: &ast::Name) -> Option<SceneId> {
        let id = self.scene_ref(name);
        if let (Some(lookups), Some(_)) = (&mut self.lookups, id) {
            lookups.targets.push(name.node.to_string());
        }
        id
    }

    fn scene_ref(&mut self, name: &ast::Name) -> Option<SceneId> {
        if let Some(lookups) = &mut self.lookups {
            lookups.scenes.push(name.node.to_string());
        }
        let id = self.symbols.scenes.get(name.node).copied();
        if id.is_none() {
            self.unknown(
                DiagnosticKind::UnknownScene,
                "scene",
                name,
                self.symbols.scenes.keys(),
                "check the name after `scene` where it is defined",
            );
        }
        id
    }

    fn character(&mut self, name: &ast::Name) -> Option<usize> {
        let id = self.symbols.char_index.get(name.node).copied();
        if id.is_none() {
            self.unknown(
                DiagnosticKind::UnknownCharacter,
                "character",
                name,
                self.symbols.char_index.keys(),
                "declare it under [characters] in story.toml",
            );
        }
        id
    }

    fn expression_ref(&mut self, character: usize, expr: &ast::Name) {
        let sprites = &self.symbols.sprites[character];
        if !sprites.contains(expr.node) {
            let owner = &self.symbols.characters[character].id;
            let hint = self
                .hints
                .did_you_mean(expr.node, sprites.iter().map(String::as_str))
                .unwrap_or_else(|| {
                    format!("add it under [characters.{owner}.sprites] in story.toml")
                });
            self.diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::UnknownExpression,
                    format!("`{owner}` has no expression `{}`", expr.node),
                    expr.span,
                )
                .with_hint(hint),
            );
        }
    }

    fn pose_ref(&mut self, character: usize, pose: &ast::Name) {
        let poses = &self.symbols.poses[character];
        if pose.node == BASE_POSE || poses.contains(pose.node) {
            return;
        }
        let owner = &self.symbols.characters[character].id;
        let hint = self
            .hints
            .did_you_mean(pose.node, poses.iter().map(String::as_str))
            .unwrap_or_else(|| {
                format!(
                    "declare it as [characters.{owner}.poses.{}] in story.toml",
                    pose.node
                )
            });
        self.diagnostics.push(
            Diagnostic::new(
                DiagnosticKind::UnknownPose,
                format!("`{owner}` has no pose `{}`", pose.node),
                pose.span,
            )
            .with_hint(hint),
        );
    }

    fn asset_ref(
        &mut self,
        what: &str,
        name: &ast::Name,
        table: &std::collections::BTreeMap<String, crate::manifest::AssetPath>,
        section: &str,
    ) {
        if !table.contains_key(name.node) {
            self.unknown(
                DiagnosticKind::UnknownAsset,
                what,
                name,
                table.keys(),
                &format!("declare it under {section} in story.toml"),
            );
        }
    }

    fn variable(&mut self, name: &ast::Name) -> Option<usize> {
        if let Some(lookups) = &mut self.lookups {
            lookups.variables.push(name.node.to_string());
        }
        let id = self.symbols.var_index.get(name.node).copied();
        if id.is_none() {
            let fix = match capitalised_bool(name.node) {
                Some(word) => format!("write `{word}`: true and false are written in lower case"),
                None => format!(
                    "declare it with `var {} = ...` or as a stat in story.toml",
                    name.node
                ),
            };
            self.unknown(
                DiagnosticKind::UnknownVariable,
                "variable",
                name,
                self.symbols.var_index.keys(),
                &fix,
            );
        }
        id
    }

    // -----------------------------------------------------------------------------------------
    // Text and expressions
    // -----------------------------------------------------------------------------------------

    fn template(&mut self, scene: &str, text: &ast::Text) -> Template {
        let start = text.span.start as usize;
        let span_of =
            |r: std::ops::Range<usize>| Span::new(text.span.file, start + r.start, start + r.end);
        let pieces = match template::split(&text.text) {
            Ok(pieces) => pieces,
            Err(SplitError::Unclosed(range)) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        DiagnosticKind::UnclosedBrace,
                        "`{` is never closed",
                        span_of(range),
                    )
                    .with_hint("close it with `}`, or write `{{` for a literal brace"),
                );
                return Template::new(vec![Piece::Text(text.text.to_string())]);
            }
            Err(SplitError::BadVariation { range, message }) => {
                self.diagnostics.push(
                    Diagnostic::new(DiagnosticKind::BadVariation, message, span_of(range))
                        .with_hint(VARIATION_FORMS),
                );
                return Template::new(vec![Piece::Text(text.text.to_string())]);
            }
        };
        let mut counted = 0;
        let pieces = pieces
            .into_iter()
            .map(|piece| {
                self.piece(piece, &span_of, &mut || {
                    counted += 1;
                    counter_name(scene, text, counted)
                })
            })
            .collect();
        Template::new(pieces)
    }

    /// One piece of a text, names resolved; `counter` names the next counted variation's variable.
    fn piece(
        &mut self,
        piece: template::WrittenPiece,
        span_of: &impl Fn(std::ops::Range<usize>) -> Span,
        counter: &mut impl FnMut() -> String,
    ) -> Piece<usize> {
        match piece {
            Piece::Text(t) => Piece::Text(t),
            Piece::Var(hole) => {
                let name = ast::Spanned::new(hole.name, span_of(hole.range));
                Piece::Var(self.variable(&name).unwrap_or(0))
            }
            Piece::Vary(vary) => {
                let selector = match vary.selector {
                    WrittenSelector::If(condition) => {
                        let span = span_of(condition.range.clone());
                        if vary.variants.len() > 2 {
                            self.diagnostics.push(
                                Diagnostic::new(
                                    DiagnosticKind::TooManyVariants,
                                    format!(
                                        "an `{{if ...}}` has two texts at most, this one has {}",
                                        vary.variants.len()
                                    ),
                                    span,
                                )
                                .with_hint("write `{if CONDITION: text when true | text when false}`; for more, use `if`/`elif` lines"),
                            );
                        }
                        let condition = crate::syntax::parse_condition(
                            span.file,
                            span.start as usize,
                            condition.name,
                        )
                        .map_err(|d| self.diagnostics.push(d))
                        .ok()
                        .and_then(|expr| self.condition(&expr));
                        Selector::If(condition.unwrap_or(Expr::Const(Value::Bool(false))))
                    }
                    WrittenSelector::Count(kind) => Selector::Count {
                        // `declare` made it; absent only when the text failed there too.
                        counter: self.symbols.var_index.get(&counter()).copied().unwrap_or(0),
                        kind,
                    },
                };
                let variants = vary
                    .variants
                    .into_iter()
                    .map(|variant| {
                        variant
                            .into_iter()
                            .map(|p| self.piece(p, span_of, counter))
                            .collect()
                    })
                    .collect();
                Piece::Vary(Box::new(template::Vary { selector, variants }))
            }
        }
    }

    /// A condition: an expression that must be a bool.
    fn condition(&mut self, expr: &ast::Expr) -> Option<Expr> {
        let (code, ty) = self.expr(expr)?;
        if ty != Type::Bool {
            self.diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::ConditionNotBool,
                    format!("a condition must be true or false, but this is {}", ty.a()),
                    expr.span,
                )
                .with_hint("compare it, for example `morale > 2`"),
            );
            return None;
        }
        for decided in super::ranges::decided(&code, &self.symbols.variables) {
            let (min, max) = decided.range;
            let (always, block) = match decided.always {
                true => ("always", "what it guards always happens"),
                false => ("never", "what it guards never happens"),
            };
            self.diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::ConditionDecided,
                    format!(
                        "`{}` goes from {min} to {max}, so this test of it is {always} true",
                        decided.stat
                    ),
                    expr.span,
                )
                .with_hint(format!(
                    "{block}; compare it with a number from {min} to {max}, or change the stat's range in story.toml"
                )),
            );
        }
        Some(code)
    }

    /// Checks and lowers an expression; `None` means an error was reported.
    fn expr(&mut self, expr: &ast::Expr) -> Option<(Expr, Type)> {
        Some(match &expr.kind {
            ExprKind::Int(n) => (Expr::Const(Value::Int(*n)), Type::Int),
            ExprKind::Bool(b) => (Expr::Const(Value::Bool(*b)), Type::Bool),
            ExprKind::Str(s) => (Expr::Const(Value::Str(s.as_str().into())), Type::Str),
            ExprKind::Var(name) => {
                let id = self.variable(&ast::Spanned::new(*name, expr.span))?;
                (Expr::Var(id), self.symbols.variables[id].ty)
            }
            ExprKind::Call { function, scene } => {
                let id = self.scene_ref(scene);
                let result = match function.node {
                    "seen" => (Expr::Seen(id.unwrap_or(0)), Type::Bool),
                    "visits" => (Expr::Visits(id.unwrap_or(0)), Type::Int),
                    _ => {
                        let known = ["seen".to_string(), "visits".to_string()];
                        self.unknown(
                            DiagnosticKind::UnknownFunction,
                            "function",
                            function,
                            known.iter(),
                            "the functions are `seen(scene)` and `visits(scene)`",
                        );
                        return None;
                    }
                };
                id?;
                result
            }
            ExprKind::Unary(op, inner) => {
                let (code, ty) = self.expr(inner)?;
                let want = if *op == ast::UnaryOp::Not {
                    Type::Bool
                } else {
                    Type::Int
                };
                if ty != want {
                    let word = if want == Type::Bool { "`not`" } else { "`-`" };
                    self.type_error(
                        format!("{word} needs {}, found {}", want.a(), ty.a()),
                        inner.span,
                    );
                    return None;
                }
                (Expr::Unary(*op, Box::new(code)), want)
            }
            ExprKind::Binary(op, lhs, rhs) => return self.binary(*op, lhs, rhs, expr.span),
        })
    }

    fn binary(
        &mut self,
        op: ast::BinaryOp,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        span: Span,
    ) -> Option<(Expr, Type)> {
        use ast::BinaryOp as B;
        let l = self.expr(lhs);
        let r = self.expr(rhs);
        let ((lc, lt), (rc, rt)) = (l?, r?);
        let result = match op {
            B::Add if lt == Type::Str && rt == Type::Str => Some(Type::Str),
            B::Add | B::Sub | B::Mul | B::Div | B::Rem => {
                (lt == Type::Int && rt == Type::Int).then_some(Type::Int)
            }
            B::Eq | B::Ne => (lt == rt).then_some(Type::Bool),
            B::Lt | B::Le | B::Gt | B::Ge => {
                (lt == Type::Int && rt == Type::Int).then_some(Type::Bool)
            }
            B::And | B::Or => (lt == Type::Bool && rt == Type::Bool).then_some(Type::Bool),
        };
        match result {
            Some(ty) => Some((Expr::Binary(op, Box::new(lc), Box::new(rc)), ty)),
            None => {
                self.type_error(
                    format!("`{}` cannot combine {} and {}", op.symbol(), lt.a(), rt.a()),
                    span,
                );
                None
            }
        }
    }

    fn type_error(&mut self, message: String, span: Span) {
        self.diagnostics.push(
            Diagnostic::new(DiagnosticKind::TypeMismatch, message, span)
                .with_label("type mismatch"),
        );
    }
}

/// A line's key: its ID when it has one, else a hash of its text (stable while the text is).
/// The variable an `option once` keeps "taken" in (declared by `declare`).
impl Lowerer<'_> {
    fn once_var(&self, scene: &str, option: &ast::ChoiceOption) -> Option<usize> {
        if !option.once {
            return None;
        }
        self.symbols
            .var_index
            .get(&once_name(scene, option))
            .copied()
    }
}

fn not_taken(var: usize) -> Expr {
    Expr::Unary(UnaryOp::Not, Box::new(Expr::Var(var)))
}

/// How a text variation is written, for the checker's hints.
pub(crate) const VARIATION_FORMS: &str = "write `{if CONDITION: text | other text}`, `{seq: first | second | every later time}`, `{cycle: a | b | c}` or `{once: a | b}`";

/// The name of the variable that counts the showings of the `n`-th counted variation
/// (`{seq: ...}`, `{cycle: ...}`, `{once: ...}`, 1-based) of a text: with a `:`, so no script
/// can name it.
pub(super) fn counter_name(scene: &str, text: &ast::Text, n: usize) -> String {
    format!("vary:{scene}:{}:{n}", text_key(text))
}

/// The name of the variable of an `option once`: with a `:`, so no script can name it.
pub(super) fn once_name(scene: &str, option: &ast::ChoiceOption) -> String {
    format!("once:{scene}:{}", text_key(&option.text))
}

fn text_key(text: &ast::Text) -> LineKey {
    match &text.id {
        Some(id) => LineKey::id(id.node),
        None => LineKey::text(fnv(std::iter::once(text.text.as_ref()))),
    }
}

/// FNV-1a: a tiny, stable hash (std's hasher may change between Rust releases; keys may not).
pub fn fnv<'a>(parts: impl Iterator<Item = &'a str>) -> u64 {
    let mut hash: u64 = 0xcbf29ce484222325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            hash ^= byte as u64;
            hash = hash.wrapping_mul(0x100000001b3);
        }
    }
    hash
}

/// `True`, `FALSE` and the like, as other languages write them: the word we write instead.
pub(crate) fn capitalised_bool(word: &str) -> Option<&'static str> {
    match word.to_ascii_lowercase().as_str() {
        "true" => Some("true"),
        "false" => Some("false"),
        _ => None,
    }
}
