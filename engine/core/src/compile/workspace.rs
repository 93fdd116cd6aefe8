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
    diagnostics: Vec<Diagnostic>,
    rechecked: Rechecked,
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
    location: Option<String>,
    hidden: Vec<Variable>,
    found: Vec<Diagnostic>,
    lookups: Lookups,
    /// Whether it names a scene or variable that does not exist: its hints compare the name with
    /// every name there is, so any new or removed name may change them.
    unknown: bool,
    targets: Vec<String>,
    reads: Vec<String>,
    sets: Vec<String>,
    line_ids: Vec<(String, Span)>,
}

impl Rechecked {
    fn count(&mut self, file: &[(usize, KeptScene)]) {
        self.files_parsed += 1;
        self.scenes_checked += file.len();
    }
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
        for (at, script) in scripts.iter_mut().enumerate() {
            let every: Vec<usize> = (0..script.scenes.len()).collect();
            let checked = self.check_parsed(script, &every);
            self.rechecked.count(&checked);
            self.files[at].keep_checked(checked);
        }
        drop(scripts);
        self.check_story();
    }

    /// Re-parses the file at `at` and checks again what its new text can change.
    fn recheck(&mut self, at: usize) {
        let old_scenes: Vec<String> = self.files[at].scene_names().collect();
        let old_vars: Vec<String> = self.files[at].var_names().collect();
        let (mut script, syntax) = parse(&self.sources, self.files[at].id);
        self.files[at].keep_declarations(&script, syntax);
        let (symbols, declared) = self.declare();
        let locations = self.locations();
        let changed = Changed::between(
            (&self.symbols, &self.locations),
            (&symbols, &locations),
            old_scenes.into_iter().chain(self.files[at].scene_names()),
            old_vars.into_iter().chain(self.files[at].var_names()),
        );
        (self.symbols, self.declared) = (symbols, declared);
        self.locations = locations;
        let every: Vec<usize> = (0..script.scenes.len()).collect();
        let checked = self.check_parsed(&mut script, &every);
        self.rechecked.count(&checked);
        self.files[at].keep_checked(checked);
        drop(script);
        for other in (0..self.files.len()).filter(|&other| other != at) {
            let stale: Vec<usize> = (self.files[other].scenes.iter().enumerate())
                .filter(|(_, scene)| changed.touches(scene))
                .map(|(i, _)| i)
                .collect();
            if !stale.is_empty() {
                let (mut script, _) = parse(&self.sources, self.files[other].id);
                let checked = self.check_parsed(&mut script, &stale);
                self.rechecked.count(&checked);
                self.files[other].keep_checked(checked);
            }
        }
        self.check_story();
    }

    /// The story's names from what the files keep, in the order `compile` declares them.
    fn declare(&self) -> (Symbols, Vec<Diagnostic>) {
        let (mut symbols, mut diagnostics) = (Symbols::default(), Vec::new());
        let Some(manifest) = &self.manifest else {
            return (symbols, diagnostics);
        };
        let scenes = self
            .scenes()
            .map(|s| Spanned::new(s.name.node.as_str(), s.name.span));
        declare::declare_scenes(&self.sources, scenes, &mut symbols, &mut diagnostics);
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
        (self.scenes())
            .filter_map(|s| Some((s.name.node.clone(), s.location.clone()?)))
            .collect()
    }

    /// Checks the scenes of `script` numbered in `which` (a file's scenes, parsed again).
    fn check_parsed(&self, script: &mut Script, which: &[usize]) -> Vec<(usize, KeptScene)> {
        let Some(manifest) = &self.manifest else {
            return Vec::new();
        };
        let names: Vec<&str> = self.scenes().map(|s| s.name.node.as_str()).collect();
        let locations: leftovers::Locations = (self.locations.iter())
            .map(|(scene, location)| (scene.as_str(), location.as_str()))
            .collect();
        let context = SceneContext {
            symbols: &self.symbols,
            manifest,
            locations: &locations,
            names: &names,
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
        let mut uses: FxHashMap<&str, Vec<Span>> = FxHashMap::default();
        for (id, span) in self.scenes().flat_map(|s| &s.line_ids) {
            uses.entry(id).or_default().push(*span);
        }
        for (id, mut spans) in uses.into_iter().filter(|(_, spans)| spans.len() > 1) {
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
        let targets: Vec<Vec<SceneId>> = (self.scenes())
            .map(|s| {
                (s.targets.iter())
                    .filter_map(|t| symbols.scenes.get(t).copied())
                    .collect()
            })
            .collect();
        let reached = flow::reachable(targets.len(), start, |i| &targets[i]);
        let names = self
            .scenes()
            .map(|s| Spanned::new(s.name.node.as_str(), s.name.span));
        flow::unreachable(names, &reached, diagnostics);
    }

    fn unused(&self, symbols: &Symbols, diagnostics: &mut Vec<Diagnostic>) {
        let count = symbols.variables.len();
        let (mut read, mut set) = (vec![false; count], vec![false; count]);
        let mark = |names: &[String], marks: &mut [bool]| {
            for var in names.iter().filter_map(|n| symbols.var_index.get(n)) {
                marks[*var] = true;
            }
        };
        for scene in self.scenes() {
            mark(&scene.reads, &mut read);
            mark(&scene.sets, &mut set);
        }
        let names = (self.files.iter().flat_map(|f| &f.vars))
            .map(|v| Spanned::new(v.name.node.as_str(), v.name.span));
        usage::report(names, symbols, &read, &set, diagnostics);
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

    fn keep_checked(&mut self, checked: Vec<(usize, KeptScene)>) {
        for (i, scene) in checked {
            self.scenes[i] = scene;
        }
    }

    fn scene_names(&self) -> impl Iterator<Item = String> + '_ {
        self.scenes.iter().map(|s| s.name.node.clone())
    }

    /// The variables it declares, its scenes' hidden ones too.
    fn var_names(&self) -> impl Iterator<Item = String> + '_ {
        let hidden = self.scenes.iter().flat_map(|s| &s.hidden).map(|v| &v.name);
        (self.vars.iter().map(|v| &v.name.node))
            .chain(hidden)
            .cloned()
    }
}

/// What every scene's check reads of the story.
struct SceneContext<'a> {
    symbols: &'a Symbols,
    manifest: &'a Manifest,
    locations: &'a leftovers::Locations<'a>,
    /// Scene names by id.
    names: &'a [&'a str],
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
            location: scene.location.as_ref().map(|l| l.node.to_string()),
            hidden,
            found,
            lookups: findings.lookups,
            unknown,
            targets: (code.targets.iter())
                .map(|&id| self.names[id as usize].to_string())
                .collect(),
            reads,
            sets,
            line_ids: findings.line_ids,
        }
    }
}

/// The names whose meaning an edit changed: a scene that came or went or moved, a variable that
/// came or went or changed type or range.
struct Changed {
    scenes: FxHashSet<String>,
    variables: FxHashSet<String>,
}

type Names<'a> = (&'a Symbols, &'a FxHashMap<String, String>);

impl Changed {
    fn between(
        before: Names,
        after: Names,
        scenes: impl Iterator<Item = String>,
        variables: impl Iterator<Item = String>,
    ) -> Changed {
        let scene = |(symbols, locations): Names, name: &str| {
            (
                symbols.scenes.contains_key(name),
                locations.get(name).cloned(),
            )
        };
        let variable = |(symbols, _): Names, name: &str| {
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

fn parse(sources: &Sources, file: FileId) -> (Script<'_>, Vec<Diagnostic>) {
    syntax::parse(sources, &[file])
}
