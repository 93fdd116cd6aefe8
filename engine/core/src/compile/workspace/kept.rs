//! What a `Workspace` keeps of each file between edits: what it declares, and for each scene
//! what its checks found and the names it looked up (`KeptScene`, made by `SceneContext`); and
//! the story-wide tallies kept up to date scene by scene (line IDs, variable uses).

use super::changed::Touched;
use crate::ast::{SceneDecl, Script, Spanned, VarDecl};
use crate::compile::declare::{self, Symbols, VarInit};
use crate::compile::lower::{Lookups, Lowerer};
use crate::compile::{assets, dedent, flow, leftovers, usage};
use crate::diagnostic::{Diagnostic, DiagnosticKind, HintBudget};
use crate::manifest::Manifest;
use crate::source::{FileId, Span};
use crate::story::{SceneId, Variable};
use crate::syntax;
use crate::value::Value;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

pub(super) struct KeptFile {
    pub(super) id: FileId,
    pub(super) syntax: Vec<Diagnostic>,
    pub(super) vars: Vec<KeptVar>,
    pub(super) scenes: Vec<KeptScene>,
}

pub(super) struct KeptVar {
    pub(super) name: Spanned<String>,
    pub(super) value: Result<Value, &'static str>,
    pub(super) value_span: Span,
}

/// One scene's header and what checking its body found.
pub(super) struct KeptScene {
    /// Where its `scene` line starts, and where the line after it starts.
    pub(super) start: usize,
    pub(super) header_end: usize,
    pub(super) name: Spanned<String>,
    pub(super) title: Option<String>,
    pub(super) location: Option<String>,
    pub(super) hidden: Vec<Variable>,
    pub(super) found: Vec<Diagnostic>,
    pub(super) lookups: Lookups,
    /// Whether it names a scene or variable that does not exist: its hints compare the name with
    /// every name there is, so any new or removed name may change them.
    pub(super) unknown: bool,
    /// The scenes it jumps to or calls, by their ids now (by name in `lookups.targets`).
    pub(super) targets: Vec<SceneId>,
    pub(super) reads: Vec<String>,
    pub(super) sets: Vec<String>,
    pub(super) line_ids: Vec<(String, Span)>,
}

impl KeptVar {
    pub(super) fn declared(decl: &VarDecl) -> KeptVar {
        let init = VarInit::of(decl);
        KeptVar {
            name: Spanned::new(init.name.node.to_string(), init.name.span),
            value: init.value,
            value_span: init.value_span,
        }
    }
}

impl KeptScene {
    /// A scene as its file declares it, not checked yet.
    pub(super) fn declared(scene: &SceneDecl, text: &str) -> KeptScene {
        let header = scene.span.range();
        let start = text[..header.start].rfind('\n').map_or(0, |i| i + 1);
        let header_end = text[header.end..]
            .find('\n')
            .map_or(text.len(), |i| header.end + i + 1);
        KeptScene {
            start,
            header_end,
            name: Spanned::new(scene.name.node.to_string(), scene.name.span),
            title: scene.title.clone(),
            location: scene.location.as_ref().map(|l| l.node.to_string()),
            hidden: declare::hidden_variables(scene),
            found: Vec::new(),
            lookups: Lookups::default(),
            unknown: false,
            targets: Vec::new(),
            reads: Vec::new(),
            sets: Vec::new(),
            line_ids: Vec::new(),
        }
    }

    /// The same scene after `by` bytes were added (or taken away) above it.
    pub(super) fn shift(&mut self, by: isize) {
        let at = |offset: usize| (offset as isize + by) as usize;
        (self.start, self.header_end) = (at(self.start), at(self.header_end));
        self.name.span = self.name.span.shifted(by);
        for d in &mut self.found {
            d.span = d.span.map(|s| s.shifted(by));
        }
        for (_, span) in &mut self.line_ids {
            *span = span.shifted(by);
        }
    }
}

impl KeptFile {
    /// The file `id`, its text not read yet.
    pub(super) fn new(id: FileId) -> KeptFile {
        KeptFile {
            id,
            syntax: Vec::new(),
            vars: Vec::new(),
            scenes: Vec::new(),
        }
    }

    /// Keeps what the file's new parse declares; its scenes are checked apart.
    pub(super) fn keep_declarations(
        &mut self,
        script: &Script,
        syntax: Vec<Diagnostic>,
        text: &str,
    ) {
        self.syntax = syntax;
        self.vars = script.vars.iter().map(KeptVar::declared).collect();
        self.scenes = (script.scenes.iter())
            .map(|scene| KeptScene::declared(scene, text))
            .collect();
    }

    /// Which of its scenes the edit `touched` falls in, and the bytes they took in the old
    /// text: from a `scene` line the edit left alone (or the start of the file) to the next
    /// `scene` line it did not reach (or the end). `None` for a file with no scenes.
    pub(super) fn part(&self, touched: Touched) -> Option<(Range<usize>, Range<usize>)> {
        let untouched = (self.scenes.iter()).rposition(|s| s.header_end <= touched.start);
        let (first, from) = match untouched {
            Some(first) => (first, self.scenes[first].start),
            None => (0, 0),
        };
        let reached = (self.scenes.iter()).rposition(|s| s.start < touched.old_end);
        let last = reached.map_or(first, |last| last.max(first));
        let end = self
            .scenes
            .get(last + 1)
            .map_or(touched.old_len, |s| s.start);
        (!self.scenes.is_empty()).then_some((first..last + 1, from..end))
    }

    /// Puts the scenes of `script` (parsed from the new text of the old `bytes`) in place of
    /// the kept `scenes`, and moves what comes after by what the edit added or took away.
    pub(super) fn replace_part(
        &mut self,
        script: &Script,
        syntax: Vec<Diagnostic>,
        text: &str,
        touched: Touched,
        scenes: Range<usize>,
        bytes: Range<usize>,
    ) {
        let by = touched.moved();
        let fresh = script.scenes.iter().map(|s| KeptScene::declared(s, text));
        let after = scenes.start + script.scenes.len();
        self.scenes.splice(scenes, fresh);
        for scene in &mut self.scenes[after..] {
            scene.shift(by);
        }
        // The `var` lines in the part are parsed again; those after it move.
        let place = |v: &KeptVar| v.name.span.start as usize;
        let before = self
            .vars
            .iter()
            .take_while(|v| place(v) < bytes.start)
            .count();
        self.vars.retain(|v| !bytes.contains(&place(v)));
        for var in &mut self.vars[before..] {
            var.name.span = var.name.span.shifted(by);
            var.value_span = var.value_span.shifted(by);
        }
        let fresh = script.vars.iter().map(KeptVar::declared);
        self.vars.splice(before..before, fresh);
        // The file's first tab-indented line: the one kept, if before the edit, or else the
        // first from the edit on.
        let tab = |d: &Diagnostic| d.kind == DiagnosticKind::TabIndentation;
        let tab_before = (self.syntax.iter())
            .any(|d| tab(d) && d.span.is_some_and(|s| (s.start as usize) < touched.start));
        let outside = |d: &Diagnostic| {
            (!tab(d) || tab_before) && d.span.is_none_or(|s| !bytes.contains(&(s.start as usize)))
        };
        self.syntax.retain(outside);
        for d in &mut self.syntax {
            d.span = d.span.map(|s| match s.start as usize >= bytes.end {
                true => s.shifted(by),
                false => s,
            });
        }
        self.syntax.extend(syntax);
        if !tab_before {
            let file = self.id;
            self.syntax
                .extend(syntax::tab_warning(file, text, touched.start));
        }
    }

    /// What it declares, without where: an edit that keeps these changes no other file.
    pub(super) fn declarations(&self) -> Declarations {
        let hidden = self.scenes.iter().flat_map(|s| &s.hidden);
        Declarations {
            scenes: (self.scenes.iter())
                .map(|s| (s.name.node.clone(), s.location.clone()))
                .collect(),
            variables: (self.vars.iter())
                .map(|v| (v.name.node.clone(), v.value.clone().ok()))
                .chain(hidden.map(|v| (v.name.clone(), Some(v.initial.clone()))))
                .collect(),
        }
    }
}

/// The names a file declares: its scenes with their locations, its variables (the hidden ones
/// too) with their starting values.
#[derive(PartialEq)]
pub(super) struct Declarations {
    pub(super) scenes: Vec<(String, Option<String>)>,
    pub(super) variables: Vec<(String, Option<Value>)>,
}

/// Where each explicit line ID is used, kept as scenes are checked again, and which IDs are
/// used more than once.
#[derive(Default)]
pub(super) struct LineIds {
    pub(super) uses: FxHashMap<String, Vec<Span>>,
    pub(super) repeated: FxHashSet<String>,
}

impl LineIds {
    pub(super) fn add(&mut self, scene: &KeptScene) {
        for (id, span) in &scene.line_ids {
            let uses = match self.uses.get_mut(id) {
                Some(uses) => uses,
                None => self.uses.entry(id.clone()).or_default(),
            };
            uses.push(*span);
            if uses.len() == 2 {
                self.repeated.insert(id.clone());
            }
        }
    }

    /// The uses of `scene`, about to move by `by` bytes, where they will be.
    pub(super) fn shift(&mut self, scene: &KeptScene, by: isize) {
        for (id, span) in &scene.line_ids {
            let uses = self.uses.get_mut(id).into_iter().flatten();
            if let Some(kept) = uses.into_iter().find(|s| *s == span) {
                *kept = span.shifted(by);
            }
        }
    }

    pub(super) fn forget(&mut self, scene: &KeptScene) {
        for (id, span) in &scene.line_ids {
            let Some(uses) = self.uses.get_mut(id) else {
                continue;
            };
            if let Some(i) = uses.iter().position(|s| s == span) {
                uses.swap_remove(i);
            }
            if uses.len() < 2 {
                self.repeated.remove(id);
            }
            if uses.is_empty() {
                self.uses.remove(id);
            }
        }
    }
}

/// How many times the kept scenes read and set each variable, by name.
#[derive(Default)]
pub(super) struct VarUses {
    pub(super) count: FxHashMap<String, (u32, u32)>,
}

impl VarUses {
    pub(super) fn add(&mut self, scene: &KeptScene) {
        for (names, read) in [(&scene.reads, true), (&scene.sets, false)] {
            for name in names {
                let count = match self.count.get_mut(name) {
                    Some(count) => count,
                    None => self.count.entry(name.clone()).or_default(),
                };
                match read {
                    true => count.0 += 1,
                    false => count.1 += 1,
                }
            }
        }
    }

    pub(super) fn forget(&mut self, scene: &KeptScene) {
        for name in &scene.reads {
            if let Some(count) = self.count.get_mut(name) {
                count.0 = count.0.saturating_sub(1);
            }
        }
        for name in &scene.sets {
            if let Some(count) = self.count.get_mut(name) {
                count.1 = count.1.saturating_sub(1);
            }
        }
    }
}

/// What every scene's check reads of the story.
pub(super) struct SceneContext<'a> {
    pub(super) symbols: &'a Symbols,
    pub(super) manifest: &'a Manifest,
    pub(super) locations: &'a leftovers::LocationOf<'a>,
    /// The text of the scenes' file.
    pub(super) text: &'a str,
}

impl SceneContext<'_> {
    /// The checks of one scene, as `compile` runs them: `dedent`, `leftovers` and the
    /// location before lowering (which drops the body), then whether it runs off its end.
    pub(super) fn check(
        &self,
        scene: &mut SceneDecl,
        lowerer: &mut Lowerer,
        hints: &mut HintBudget,
    ) -> KeptScene {
        let kept = KeptScene::declared(scene, self.text);
        let mut found = Vec::new();
        dedent::block(&scene.body, &mut found);
        leftovers::check_scene(scene, self.locations, &mut found);
        assets::check_location(scene, self.manifest, hints, &mut found);
        let code = lowerer.scene(scene);
        let findings = lowerer.findings();
        found.extend(findings.diagnostics);
        flow::runs_off_end(&scene.name, &code, &mut found);
        let variables = &self.symbols.variables;
        let (mut reads, mut sets) = (Vec::new(), Vec::new());
        usage::uses(
            &code.code,
            &mut |var| reads.push(variables[var].name.clone()),
            &mut |var| sets.push(variables[var].name.clone()),
        );
        let unknown = found.iter().any(|d| {
            matches!(
                d.kind,
                DiagnosticKind::UnknownScene | DiagnosticKind::UnknownVariable
            )
        });
        KeptScene {
            found,
            lookups: findings.lookups,
            unknown,
            targets: code.targets,
            reads,
            sets,
            line_ids: findings.line_ids,
            ..kept
        }
    }
}
