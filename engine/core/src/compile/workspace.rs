//! A story kept checked between edits, for the tools that check as the writer types (the
//! language server, `check --watch`, `bench --recheck`). Each file keeps what it declares, and
//! each scene what its checks found and the names it looked up. An edit re-parses that file
//! alone and re-checks its scenes, plus any other scene that looked up a name the edit changed;
//! then the story-wide checks (names defined twice, reachability, line IDs, variables never
//! read) run over what is kept. It reports what `load` reports for the same files.

use super::declare::{self, Symbols, VarInit};
use super::lower::{Lookups, Lowerer};
use super::{assets, dedent, flow, leftovers, looks, usage};
use crate::ast::{SceneDecl, Script, Spanned};
use crate::diagnostic::{self, Diagnostic, DiagnosticKind, HintBudget};
use crate::manifest::Manifest;
use crate::source::{FileId, Sources, Span};
use crate::story::{SceneId, Variable};
use crate::syntax;
use crate::value::Value;
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};

/// A story's files and what checking them found, kept to be re-checked one edit at a time.
pub struct Workspace {
    root: PathBuf,
    asset_files: bool,
    sources: Sources,
    manifest_file: FileId,
    manifest: Option<Manifest>,
    /// What the manifest alone gives (its stats, characters, looks and asset files).
    manifest_findings: Vec<Diagnostic>,
    /// The scripts in story order (by name), each with what it declares and its scenes' findings.
    files: Vec<KeptFile>,
    /// The names as the last check saw them, to tell which an edit changed.
    symbols: Symbols,
    /// What declaring them found (names defined twice, `var` lines without a plain value).
    declared: Vec<Diagnostic>,
    locations: FxHashMap<String, String>,
    line_ids: LineIds,
    uses: VarUses,
    diagnostics: Vec<Diagnostic>,
    rechecked: Rechecked,
}

/// A scene as its `scene` line declares it.
pub struct SceneDeclared<'a> {
    pub name: &'a str,
    pub span: Span,
    pub title: Option<&'a str>,
    pub location: Option<&'a str>,
}

/// How much of the story an edit made the workspace parse and check again.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Rechecked {
    /// Files parsed again (the edited one, and any whose scenes had to be checked again).
    pub files_parsed: usize,
    pub scenes_checked: usize,
}

struct KeptFile {
    id: FileId,
    syntax: Vec<Diagnostic>,
    vars: Vec<KeptVar>,
    scenes: Vec<KeptScene>,
}

struct KeptVar {
    name: Spanned<String>,
    value: Result<Value, &'static str>,
    value_span: Span,
}

/// One scene's header and what checking its body found.
struct KeptScene {
    name: Spanned<String>,
    title: Option<String>,
    location: Option<String>,
    hidden: Vec<Variable>,
    found: Vec<Diagnostic>,
    lookups: Lookups,
    /// Whether it names a scene or variable that does not exist: its hints compare the name with
    /// every name there is, so any new or removed name may change them.
    unknown: bool,
    /// The scenes it jumps to or calls, by their ids now (by name in `lookups.targets`).
    targets: Vec<SceneId>,
    reads: Vec<String>,
    sets: Vec<String>,
    line_ids: Vec<(String, Span)>,
}

impl Workspace {
    /// Checks a story from text, as `load_str` does, keeping what later edits need.
    pub fn new(root: &Path, manifest: &str, scripts: &[(&str, &str)]) -> Workspace {
        let mut sources = Sources::default();
        let manifest_file = sources.add("story.toml", root.join("story.toml"), manifest.into());
        let mut named: Vec<(&str, &str)> = scripts.to_vec();
        named.sort_by(|a, b| a.0.cmp(b.0));
        let files = named
            .into_iter()
            .map(|(name, text)| KeptFile {
                id: sources.add(name, root.join(name), text.to_string()),
                syntax: Vec::new(),
                vars: Vec::new(),
                scenes: Vec::new(),
            })
            .collect();
        let mut workspace = Workspace {
            root: root.to_path_buf(),
            asset_files: true,
            sources,
            manifest_file,
            manifest: None,
            manifest_findings: Vec::new(),
            files,
            symbols: Symbols::default(),
            declared: Vec::new(),
            locations: FxHashMap::default(),
            line_ids: LineIds::default(),
            uses: VarUses::default(),
            diagnostics: Vec::new(),
            rechecked: Rechecked::default(),
        };
        workspace.check_all();
        workspace
    }

    /// Every diagnostic, sorted as `load` sorts them.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    pub fn sources(&self) -> &Sources {
        &self.sources
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Every scene the scripts declare, in story order (a name defined twice, twice).
    pub fn scenes_declared(&self) -> impl Iterator<Item = SceneDeclared<'_>> {
        self.scenes().map(|s| SceneDeclared {
            name: &s.name.node,
            span: s.name.span,
            title: s.title.as_deref(),
            location: s.location.as_deref(),
        })
    }

    /// Every `var` line: the variable's name and where it and its first value are written.
    pub fn variables_declared(&self) -> impl Iterator<Item = (&str, Span, Span)> {
        let vars = self.files.iter().flat_map(|f| &f.vars);
        vars.map(|v| (v.name.node.as_str(), v.name.span, v.value_span))
    }

    /// Replaces the text of the file called `name` (a script, or `story.toml`), adding the
    /// script if the story had none of that name, and checks again what the edit can change.
    pub fn edit(&mut self, name: &str, text: &str) -> Rechecked {
        self.rechecked = Rechecked::default();
        if name == self.sources.get(self.manifest_file).name {
            self.sources.replace(self.manifest_file, text.to_string());
            self.check_all();
            return self.rechecked;
        }
        let at = match self.file_named(name) {
            Ok(at) => {
                self.sources.replace(self.files[at].id, text.to_string());
                at
            }
            Err(at) => {
                let id = self
                    .sources
                    .add(name, self.root.join(name), text.to_string());
                let file = KeptFile {
                    id,
                    syntax: Vec::new(),
                    vars: Vec::new(),
                    scenes: Vec::new(),
                };
                self.files.insert(at, file);
                at
            }
        };
        self.recheck(at);
        self.rechecked
    }

    fn file_named(&self, name: &str) -> Result<usize, usize> {
        let files = &self.files;
        files.binary_search_by(|f| self.sources.get(f.id).name.as_str().cmp(name))
    }

    /// Parses and checks every file.
    fn check_all(&mut self) {
        let text = &self.sources.get(self.manifest_file).text;
        self.manifest_findings.clear();
        self.manifest = match Manifest::parse(text, self.manifest_file) {
            Ok(manifest) => Some(manifest),
            Err(d) => {
                self.manifest_findings.push(d);
                None
            }
        };
        if let Some(manifest) = &self.manifest {
            let root = self.asset_files.then_some(self.root.as_path());
            let findings = &mut self.manifest_findings;
            let mut symbols = Symbols::default();
            declare::declare_stats(
                &self.sources,
                manifest,
                self.manifest_file,
                &mut symbols,
                findings,
            );
            declare::declare_cast(manifest, self.manifest_file, &mut symbols, findings);
            assets::check_files(manifest, self.manifest_file, root, findings);
            looks::check(manifest, self.manifest_file, findings);
        }
        let mut scripts: Vec<Script> = Vec::with_capacity(self.files.len());
        for file in &mut self.files {
            let (script, syntax) = parse(&self.sources, file.id);
            file.keep_declarations(&script, syntax);
            scripts.push(script);
        }
        (self.symbols, self.declared) = self.declare();
        self.locations = self.locations();
        self.line_ids = LineIds::default();
        self.uses = VarUses::default();
        let checked: Vec<_> = (scripts.iter_mut())
            .map(|script| {
                let every: Vec<usize> = (0..script.scenes.len()).collect();
                self.check_parsed(script, &every)
            })
            .collect();
        drop(scripts);
        for (at, checked) in checked.into_iter().enumerate() {
            self.keep_checked(at, checked);
        }
        self.check_story();
    }

    /// Re-parses the file at `at` and checks again what its new text can change.
    fn recheck(&mut self, at: usize) {
        let before = self.files[at].declarations();
        for scene in &self.files[at].scenes {
            self.line_ids.forget(scene);
            self.uses.forget(scene);
        }
        let (mut script, syntax) = parse(&self.sources, self.files[at].id);
        self.files[at].keep_declarations(&script, syntax);
        let (changed, names) = self.declare_again(at, before);
        if let Some(Names {
            symbols,
            declared,
            locations,
        }) = names
        {
            (self.symbols, self.declared, self.locations) = (symbols, declared, locations);
            renumber_targets(&mut self.files, &self.symbols.scenes);
        }
        let every: Vec<usize> = (0..script.scenes.len()).collect();
        let checked = self.check_parsed(&mut script, &every);
        drop(script);
        self.keep_checked(at, checked);
        for other in (0..self.files.len()).filter(|&other| other != at) {
            let stale: Vec<usize> = (self.files[other].scenes.iter().enumerate())
                .filter(|(_, scene)| changed.touches(scene))
                .map(|(i, _)| i)
                .collect();
            if !stale.is_empty() {
                let (mut script, _) = parse(&self.sources, self.files[other].id);
                let checked = self.check_parsed(&mut script, &stale);
                drop(script);
                self.keep_checked(other, checked);
            }
        }
        self.check_story();
    }

    /// The names whose meaning changed when the file at `at` came to declare what it now does
    /// instead of `before`, and the story's names again if they are not as they were. When it
    /// declares the same names as before (most edits), the names stand.
    fn declare_again(&self, at: usize, before: Declarations) -> (Changed, Option<Names>) {
        let after = self.files[at].declarations();
        if before == after {
            // Names defined twice are reported where they are, which may have moved.
            let names = (!self.declared.is_empty()).then(|| {
                let (symbols, declared) = self.declare();
                let locations = self.locations.clone();
                Names {
                    symbols,
                    declared,
                    locations,
                }
            });
            return (Changed::default(), names);
        }
        let (symbols, declared) = self.declare();
        let locations = self.locations();
        let changed = Changed::between(
            (&self.symbols, &self.locations),
            (&symbols, &locations),
            before.scenes.into_iter().chain(after.scenes).map(|s| s.0),
            before
                .variables
                .into_iter()
                .chain(after.variables)
                .map(|v| v.0),
        );
        (
            changed,
            Some(Names {
                symbols,
                declared,
                locations,
            }),
        )
    }

    /// Keeps what checking scenes of the file at `at` found, with their line IDs.
    fn keep_checked(&mut self, at: usize, checked: Vec<(usize, KeptScene)>) {
        self.rechecked.files_parsed += 1;
        self.rechecked.scenes_checked += checked.len();
        for (i, scene) in checked {
            let old = std::mem::replace(&mut self.files[at].scenes[i], scene);
            self.line_ids.forget(&old);
            self.uses.forget(&old);
            self.line_ids.add(&self.files[at].scenes[i]);
            self.uses.add(&self.files[at].scenes[i]);
        }
    }

    /// The story's names from what the files keep, in the order `compile` declares them.
    fn declare(&self) -> (Symbols, Vec<Diagnostic>) {
        let (mut symbols, mut diagnostics) = (Symbols::default(), Vec::new());
        let Some(manifest) = &self.manifest else {
            return (symbols, diagnostics);
        };
        let scenes: Vec<Spanned<&str>> = (self.scenes())
            .map(|s| Spanned::new(s.name.node.as_str(), s.name.span))
            .collect();
        declare::declare_scenes(
            &self.sources,
            scenes.into_iter(),
            &mut symbols,
            &mut diagnostics,
        );
        let file = self.manifest_file;
        // Their findings were kept when the manifest was read.
        declare::declare_stats(&self.sources, manifest, file, &mut symbols, &mut Vec::new());
        let vars = self.files.iter().flat_map(|f| &f.vars).map(|v| VarInit {
            name: Spanned::new(v.name.node.as_str(), v.name.span),
            value: v.value.clone(),
            value_span: v.value_span,
        });
        declare::declare_vars(vars, &mut symbols, &mut diagnostics);
        for scene in self.scenes() {
            declare::declare_hidden(scene.hidden.clone(), &mut symbols);
        }
        declare::declare_cast(manifest, file, &mut symbols, &mut Vec::new());
        (symbols, diagnostics)
    }

    fn scenes(&self) -> impl Iterator<Item = &KeptScene> {
        self.files.iter().flat_map(|f| &f.scenes)
    }

    /// Where each scene is, by name (the last definition of a name, as `leftovers` has it).
    fn locations(&self) -> FxHashMap<String, String> {
        let mut locations = FxHashMap::default();
        locations.reserve(self.locations.len());
        for scene in self.scenes() {
            if let Some(location) = &scene.location {
                locations.insert(scene.name.node.clone(), location.clone());
            }
        }
        locations
    }

    /// Checks the scenes of `script` numbered in `which` (a file's scenes, parsed again).
    fn check_parsed(&self, script: &mut Script, which: &[usize]) -> Vec<(usize, KeptScene)> {
        let Some(manifest) = &self.manifest else {
            return Vec::new();
        };
        let locations = |name: &str| self.locations.get(name).map(String::as_str);
        let context = SceneContext {
            symbols: &self.symbols,
            manifest,
            locations: &locations,
        };
        let mut lowerer = Lowerer::tracking(&self.symbols, manifest);
        let mut hints = HintBudget::default();
        (which.iter())
            .filter_map(|&i| {
                let scene = script.scenes.get_mut(i)?;
                Some((i, context.check(scene, &mut lowerer, &mut hints)))
            })
            .collect()
    }

    /// The story-wide checks over what the files keep, and the list of every diagnostic.
    fn check_story(&mut self) {
        let mut diagnostics = self.manifest_findings.clone();
        for file in &self.files {
            diagnostics.extend(file.syntax.iter().cloned());
        }
        diagnostics.extend(self.declared.iter().cloned());
        let symbols = &self.symbols;
        if let Some(manifest) = &self.manifest {
            diagnostics.extend(self.scenes().flat_map(|s| s.found.iter().cloned()));
            self.repeated_line_ids(&mut diagnostics);
            let start = symbols.scenes.get(manifest.start.get_ref()).copied();
            if start.is_none() {
                diagnostics.push(super::unknown_start(manifest, self.manifest_file, symbols));
            }
            if let Some(start) = start {
                self.unreachable(symbols, start, &mut diagnostics);
            }
            super::aliases::check(
                manifest,
                self.manifest_file,
                &symbols.scenes,
                &mut diagnostics,
            );
            if !diagnostics.iter().any(Diagnostic::is_error) {
                self.unused(symbols, &mut diagnostics);
            }
        }
        diagnostic::sort(&mut diagnostics);
        self.diagnostics = diagnostics;
    }

    /// Line IDs used more than once: every use after the first, in story order.
    fn repeated_line_ids(&self, diagnostics: &mut Vec<Diagnostic>) {
        let order: FxHashMap<FileId, usize> = (self.files.iter().enumerate())
            .map(|(i, f)| (f.id, i))
            .collect();
        for id in &self.line_ids.repeated {
            // `repeated` holds only IDs with two uses or more, and every use is in a kept file.
            let mut spans = self.line_ids.uses[id].clone();
            spans.sort_by_key(|s| (order[&s.file], s.start));
            let first = super::location(&self.sources, spans[0]);
            for span in &spans[1..] {
                diagnostics.push(
                    Diagnostic::new(
                        DiagnosticKind::DuplicateLineId,
                        format!("line ID `#{id}` is used twice"),
                        *span,
                    )
                    .with_hint(format!(
                        "line IDs must be unique; it is first used at {first}"
                    )),
                );
            }
        }
    }

    fn unreachable(&self, symbols: &Symbols, start: SceneId, diagnostics: &mut Vec<Diagnostic>) {
        let scenes: Vec<&KeptScene> = self.scenes().collect();
        let reached = flow::reachable(scenes.len(), start, |i| &scenes[i].targets);
        let names = (scenes.iter()).map(|s| Spanned::new(s.name.node.as_str(), s.name.span));
        flow::unreachable(names, &reached, &symbols.scenes, diagnostics);
    }

    fn unused(&self, symbols: &Symbols, diagnostics: &mut Vec<Diagnostic>) {
        let count = |var: usize| self.uses.count.get(&symbols.variables[var].name);
        let read = |var| count(var).is_some_and(|c| c.0 > 0);
        let set = |var| count(var).is_some_and(|c| c.1 > 0);
        let names = (self.files.iter().flat_map(|f| &f.vars))
            .map(|v| Spanned::new(v.name.node.as_str(), v.name.span));
        usage::report(names, symbols, read, set, diagnostics);
    }
}

impl KeptFile {
    /// Keeps what the file's new parse declares; its scenes are checked apart.
    fn keep_declarations(&mut self, script: &Script, syntax: Vec<Diagnostic>) {
        self.syntax = syntax;
        self.vars = (script.vars.iter())
            .map(|decl| {
                let init = VarInit::of(decl);
                KeptVar {
                    name: Spanned::new(init.name.node.to_string(), init.name.span),
                    value: init.value,
                    value_span: init.value_span,
                }
            })
            .collect();
        self.scenes = (script.scenes.iter())
            .map(|scene| KeptScene {
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
            })
            .collect();
    }

    /// What it declares, without where: an edit that keeps these changes no other file.
    fn declarations(&self) -> Declarations {
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

/// The story's names, what declaring them found, and where each scene is.
struct Names {
    symbols: Symbols,
    declared: Vec<Diagnostic>,
    locations: FxHashMap<String, String>,
}

/// The names a file declares: its scenes with their locations, its variables (the hidden ones
/// too) with their starting values.
#[derive(PartialEq)]
struct Declarations {
    scenes: Vec<(String, Option<String>)>,
    variables: Vec<(String, Option<Value>)>,
}

/// Where each explicit line ID is used, kept as scenes are checked again, and which IDs are
/// used more than once.
#[derive(Default)]
struct LineIds {
    uses: FxHashMap<String, Vec<Span>>,
    repeated: FxHashSet<String>,
}

impl LineIds {
    fn add(&mut self, scene: &KeptScene) {
        for (id, span) in &scene.line_ids {
            let uses = self.uses.entry(id.clone()).or_default();
            uses.push(*span);
            if uses.len() == 2 {
                self.repeated.insert(id.clone());
            }
        }
    }

    fn forget(&mut self, scene: &KeptScene) {
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
struct VarUses {
    count: FxHashMap<String, (u32, u32)>,
}

impl VarUses {
    fn add(&mut self, scene: &KeptScene) {
        for name in &scene.reads {
            self.count.entry(name.clone()).or_default().0 += 1;
        }
        for name in &scene.sets {
            self.count.entry(name.clone()).or_default().1 += 1;
        }
    }

    fn forget(&mut self, scene: &KeptScene) {
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
struct SceneContext<'a> {
    symbols: &'a Symbols,
    manifest: &'a Manifest,
    locations: &'a leftovers::LocationOf<'a>,
}

impl SceneContext<'_> {
    /// The checks of one scene, as `compile` runs them: `dedent`, `leftovers` and the
    /// location before lowering (which drops the body), then whether it runs off its end.
    fn check(
        &self,
        scene: &mut SceneDecl,
        lowerer: &mut Lowerer,
        hints: &mut HintBudget,
    ) -> KeptScene {
        let mut found = Vec::new();
        dedent::block(&scene.body, &mut found);
        leftovers::check_scene(scene, self.locations, &mut found);
        assets::check_location(scene, self.manifest, hints, &mut found);
        let hidden = declare::hidden_variables(scene);
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
            name: Spanned::new(scene.name.node.to_string(), scene.name.span),
            title: scene.title.clone(),
            location: scene.location.as_ref().map(|l| l.node.to_string()),
            hidden,
            found,
            lookups: findings.lookups,
            unknown,
            targets: code.targets,
            reads,
            sets,
            line_ids: findings.line_ids,
        }
    }
}

/// The names whose meaning an edit changed: a scene that came or went or moved, a variable that
/// came or went or changed type or range.
#[derive(Default)]
struct Changed {
    scenes: FxHashSet<String>,
    variables: FxHashSet<String>,
}

/// The story's names and where its scenes are, as one check saw them.
type Seen<'a> = (&'a Symbols, &'a FxHashMap<String, String>);

impl Changed {
    fn between(
        before: Seen,
        after: Seen,
        scenes: impl Iterator<Item = String>,
        variables: impl Iterator<Item = String>,
    ) -> Changed {
        let scene = |(symbols, locations): Seen, name: &str| {
            (
                symbols.scenes.contains_key(name),
                locations.get(name).cloned(),
            )
        };
        let variable = |(symbols, _): Seen, name: &str| {
            let var = symbols.var_index.get(name).map(|&i| &symbols.variables[i]);
            var.map(|v| (v.ty, v.range))
        };
        Changed {
            scenes: scenes
                .filter(|n| scene(before, n) != scene(after, n))
                .collect(),
            variables: variables
                .filter(|n| variable(before, n) != variable(after, n))
                .collect(),
        }
    }

    /// Whether `scene`'s findings may be different now.
    fn touches(&self, scene: &KeptScene) -> bool {
        let any = !self.scenes.is_empty() || !self.variables.is_empty();
        (scene.unknown && any)
            || scene.lookups.scenes.iter().any(|n| self.scenes.contains(n))
            || scene
                .lookups
                .variables
                .iter()
                .any(|n| self.variables.contains(n))
    }
}

/// After the scenes were numbered again: each kept scene's jumps by the new numbers.
fn renumber_targets(files: &mut [KeptFile], index: &FxHashMap<String, SceneId>) {
    for scene in files.iter_mut().flat_map(|f| &mut f.scenes) {
        let names = scene.lookups.targets.iter();
        scene.targets = names.filter_map(|n| index.get(n).copied()).collect();
    }
}

fn parse(sources: &Sources, file: FileId) -> (Script<'_>, Vec<Diagnostic>) {
    syntax::parse(sources, &[file])
}
