//! A story kept checked between edits, for the tools that check as the writer types (the
//! language server, `bench --recheck`). Each file keeps what it declares, and each scene what
//! its checks found and the names it looked up (`kept.rs`). An edit parses again only the
//! scenes whose lines it touched and checks them, plus any other scene that looked up a name
//! the edit changed (`changed.rs`); then the story-wide checks (names defined twice,
//! reachability, line IDs, variables never read) run over what is kept. It reports what
//! `load` reports for the same files (tests/recheck.rs holds it to that).

mod changed;
mod kept;

use super::declare::{self, Symbols, VarInit};
use super::lower::{self, Lowerer};
use super::{assets, flow, looks, usage};
use crate::ast::{Script, Spanned};
use crate::diagnostic::{self, Diagnostic, HintBudget};
use crate::manifest::Manifest;
use crate::source::{FileId, Sources, Span};
use crate::story::{SceneId, Variable};
use crate::syntax;
use changed::{Changed, Touched};
use kept::{Declarations, KeptFile, KeptScene, LineIds, SceneContext, VarUses};
use rustc_hash::FxHashMap;
use std::ops::Range;
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
    /// What declaring them found: scenes defined twice; variables defined twice or without a
    /// plain value.
    scene_findings: Vec<Diagnostic>,
    variable_findings: Vec<Diagnostic>,
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
    /// Lines parsed again: the edited scenes', and those of any scene checked again.
    pub lines_parsed: usize,
    pub scenes_checked: usize,
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
            .map(|(name, text)| KeptFile::new(sources.add(name, root.join(name), text.to_string())))
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
            scene_findings: Vec::new(),
            variable_findings: Vec::new(),
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

    /// story.toml as read (`None` when it does not parse).
    pub fn manifest(&self) -> Option<&Manifest> {
        self.manifest.as_ref()
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
        let (at, touched) = match self.file_named(name) {
            Ok(at) => {
                let id = self.files[at].id;
                let touched = Touched::between(&self.sources.get(id).text, text);
                self.sources.replace(id, text.to_string());
                (at, Some(touched))
            }
            Err(at) => {
                let id = self
                    .sources
                    .add(name, self.root.join(name), text.to_string());
                self.files.insert(at, KeptFile::new(id));
                (at, None)
            }
        };
        self.recheck(at, touched);
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
        self.symbols = Symbols::default();
        if let Some(manifest) = &self.manifest {
            let root = self.asset_files.then_some(self.root.as_path());
            let findings = &mut self.manifest_findings;
            let file = self.manifest_file;
            // The stats are declared again with each script's variables; their findings once.
            declare::declare_stats(
                &self.sources,
                manifest,
                file,
                &mut Symbols::default(),
                findings,
            );
            declare::declare_cast(manifest, file, &mut self.symbols, findings);
            assets::check_files(manifest, self.manifest_file, root, findings);
            looks::check(manifest, self.manifest_file, findings);
        }
        let mut scripts: Vec<Script> = Vec::with_capacity(self.files.len());
        for file in &mut self.files {
            self.rechecked.lines_parsed += lines(&self.sources.get(file.id).text);
            let (script, syntax) = parse(&self.sources, file.id);
            file.keep_declarations(&script, syntax, &self.sources.get(file.id).text);
            scripts.push(script);
        }
        let (scenes, findings) = self.declare_scenes();
        (self.symbols.scenes, self.scene_findings) = (scenes, findings);
        let (variables, index, findings) = self.declare_variables();
        (self.symbols.variables, self.symbols.var_index) = (variables, index);
        self.variable_findings = findings;
        self.locations = self.locations();
        self.line_ids = LineIds::default();
        self.uses = VarUses::default();
        let checked: Vec<_> = (scripts.iter_mut().zip(&self.files))
            .map(|(script, file)| {
                let every: Vec<usize> = (0..script.scenes.len()).collect();
                self.check_parsed(file.id, script, &every)
            })
            .collect();
        drop(scripts);
        for (at, checked) in checked.into_iter().enumerate() {
            self.keep_checked(at, checked);
        }
        self.check_story();
    }

    /// Parses the file at `at` again (only the scenes `touched` changed, when that can be told)
    /// and checks again what its new text can change.
    fn recheck(&mut self, at: usize, touched: Option<Touched>) {
        let before = self.files[at].declarations();
        let id = self.files[at].id;
        let text = &self.sources.get(id).text;
        let part = touched.and_then(|touched| Some((touched, self.files[at].part(touched)?)));
        let mut parsed = None;
        if let Some((touched, (scenes, bytes))) = part {
            let new_bytes = bytes.start..bytes.end + touched.new_end - touched.old_end;
            self.rechecked.lines_parsed += lines(&text[new_bytes.clone()]);
            let (script, syntax) = syntax::parse_part(&self.sources, id, new_bytes);
            parsed = Some((script, syntax, touched, scenes, bytes));
        }
        let (mut script, first) = match parsed {
            Some((script, syntax, touched, scenes, bytes)) => {
                let file = &mut self.files[at];
                for scene in &file.scenes[scenes.clone()] {
                    self.line_ids.forget(scene);
                    self.uses.forget(scene);
                }
                for scene in &file.scenes[scenes.end..] {
                    self.line_ids.shift(scene, touched.moved());
                }
                file.replace_part(&script, syntax, text, touched, scenes.clone(), bytes);
                (script, scenes.start)
            }
            None => {
                for scene in &self.files[at].scenes {
                    self.line_ids.forget(scene);
                    self.uses.forget(scene);
                }
                self.rechecked.lines_parsed += lines(text);
                let (script, syntax) = parse(&self.sources, id);
                self.files[at].keep_declarations(&script, syntax, text);
                (script, 0)
            }
        };
        let (changed, update) = self.declare_again(at, before);
        if let Some(scenes) = update.scenes {
            (self.symbols.scenes, self.scene_findings) = (scenes.index, scenes.findings);
            self.locations = scenes.locations;
            // Scenes are numbered in story order: when the file has as many as before, the
            // others keep their numbers, and the scenes that named what changed are checked
            // again below.
            if scenes.renumbered {
                renumber_targets(&mut self.files, &self.symbols.scenes);
            }
        }
        if let Some(names) = update.variables {
            (self.symbols.variables, self.symbols.var_index) = (names.variables, names.index);
            self.variable_findings = names.findings;
        }
        let every: Vec<usize> = (0..script.scenes.len()).collect();
        let fresh = first..first + every.len();
        let checked = self.check_parsed(id, &mut script, &every);
        drop(script);
        let placed = checked.into_iter().map(|(i, scene)| (first + i, scene));
        self.keep_checked(at, placed.collect());
        for file in 0..self.files.len() {
            let stale: Vec<usize> = (self.files[file].scenes.iter().enumerate())
                .filter(|(i, scene)| !(file == at && fresh.contains(i)) && changed.touches(scene))
                .map(|(i, _)| i)
                .collect();
            self.check_again(file, &stale);
        }
        self.check_story();
    }

    /// Checks again the scenes numbered `stale` of the file at `at` (unchanged), parsing only
    /// the lines they take.
    fn check_again(&mut self, at: usize, stale: &[usize]) {
        let id = self.files[at].id;
        let text_len = self.sources.get(id).text.len();
        for run in runs(stale) {
            let scenes = &self.files[at].scenes;
            let end = scenes.get(run.end).map_or(text_len, |s| s.start);
            let bytes = scenes[run.start].start..end;
            self.rechecked.lines_parsed += lines(&self.sources.get(id).text[bytes.clone()]);
            let (mut script, _) = syntax::parse_part(&self.sources, id, bytes);
            let which: Vec<usize> = (0..script.scenes.len().min(run.len())).collect();
            let checked = self.check_parsed(id, &mut script, &which);
            drop(script);
            let placed = checked.into_iter().map(|(i, scene)| (run.start + i, scene));
            self.keep_checked(at, placed.collect());
        }
    }

    /// The names whose meaning changed when the file at `at` came to declare what it now does
    /// instead of `before`, and the parts of the story's names (scenes, variables) that are not
    /// as they were. Most edits declare the same names: those stand.
    fn declare_again(&self, at: usize, before: Declarations) -> (Changed, Update) {
        let after = self.files[at].declarations();
        let mut changed = Changed::default();
        let mut update = Update::default();
        if before.scenes != after.scenes {
            let (index, findings) = self.declare_scenes();
            let locations = self.locations();
            let renumbered = before.scenes.len() != after.scenes.len();
            let names = before.scenes.into_iter().chain(after.scenes).map(|s| s.0);
            let was = (&self.symbols.scenes, &self.locations);
            changed.scenes = Changed::scenes(was, (&index, &locations), names);
            update.scenes = Some(SceneNames {
                index,
                renumbered,
                findings,
                locations,
            });
        } else if !self.scene_findings.is_empty() {
            // Names defined twice are reported where they are, which may have moved.
            let (index, findings) = self.declare_scenes();
            let locations = self.locations.clone();
            update.scenes = Some(SceneNames {
                index,
                renumbered: false,
                findings,
                locations,
            });
        }
        if before.variables != after.variables || !self.variable_findings.is_empty() {
            let (variables, index, findings) = self.declare_variables();
            let names = before.variables.into_iter().chain(after.variables);
            let was = (&self.symbols.variables[..], &self.symbols.var_index);
            let now = (&variables[..], &index);
            changed.variables = Changed::variables(was, now, names.map(|v| v.0));
            update.variables = Some(VariableNames {
                variables,
                index,
                findings,
            });
        }
        (changed, update)
    }

    /// Keeps what checking scenes of the file at `at` found, with their line IDs.
    fn keep_checked(&mut self, at: usize, checked: Vec<(usize, KeptScene)>) {
        self.rechecked.scenes_checked += checked.len();
        for (i, scene) in checked {
            let old = std::mem::replace(&mut self.files[at].scenes[i], scene);
            self.line_ids.forget(&old);
            self.uses.forget(&old);
            self.line_ids.add(&self.files[at].scenes[i]);
            self.uses.add(&self.files[at].scenes[i]);
        }
    }

    /// The scenes by name, from what the files keep, as `compile` declares them.
    fn declare_scenes(&self) -> (FxHashMap<String, SceneId>, Vec<Diagnostic>) {
        let (mut symbols, mut findings) = (Symbols::default(), Vec::new());
        if self.manifest.is_none() {
            // `load` checks no further than a manifest it cannot read.
            return (symbols.scenes, findings);
        }
        let scenes: Vec<Spanned<&str>> = (self.scenes())
            .map(|s| Spanned::new(s.name.node.as_str(), s.name.span))
            .collect();
        let names = scenes.into_iter();
        declare::declare_scenes(&self.sources, names, &mut symbols, &mut findings);
        (symbols.scenes, findings)
    }

    /// The stats and variables, from the manifest and what the files keep, in the order
    /// `compile` declares them.
    fn declare_variables(&self) -> (Vec<Variable>, FxHashMap<String, usize>, Vec<Diagnostic>) {
        let (mut symbols, mut findings) = (Symbols::default(), Vec::new());
        if let Some(manifest) = &self.manifest {
            // Their findings were kept when the manifest was read.
            let file = self.manifest_file;
            declare::declare_stats(&self.sources, manifest, file, &mut symbols, &mut Vec::new());
            let vars = self.files.iter().flat_map(|f| &f.vars).map(|v| VarInit {
                name: Spanned::new(v.name.node.as_str(), v.name.span),
                value: v.value.clone(),
                value_span: v.value_span,
            });
            declare::declare_vars(vars, &mut symbols, &mut findings);
            for scene in self.scenes() {
                declare::declare_hidden(scene.hidden.clone(), &mut symbols);
            }
        }
        (symbols.variables, symbols.var_index, findings)
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

    /// Checks the scenes numbered in `which` of `script`, parsed from `file`.
    fn check_parsed(
        &self,
        file: FileId,
        script: &mut Script,
        which: &[usize],
    ) -> Vec<(usize, KeptScene)> {
        let Some(manifest) = &self.manifest else {
            return Vec::new();
        };
        let locations = |name: &str| self.locations.get(name).map(String::as_str);
        let context = SceneContext {
            symbols: &self.symbols,
            manifest,
            locations: &locations,
            text: &self.sources.get(file).text,
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
        diagnostics.extend(self.scene_findings.iter().cloned());
        diagnostics.extend(self.variable_findings.iter().cloned());
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
            for &span in &spans[1..] {
                diagnostics.push(lower::repeated_line_id(id, span, &first));
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

/// The parts of the story's names an edit made again: the scenes by name, with what
/// declaring them found and where each is; the variables, by number and by name, with what
/// declaring them found.
#[derive(Default)]
struct Update {
    scenes: Option<SceneNames>,
    variables: Option<VariableNames>,
}

struct SceneNames {
    index: FxHashMap<String, SceneId>,
    /// Whether the scenes after the edited file have other numbers now.
    renumbered: bool,
    findings: Vec<Diagnostic>,
    locations: FxHashMap<String, String>,
}

struct VariableNames {
    variables: Vec<Variable>,
    index: FxHashMap<String, usize>,
    findings: Vec<Diagnostic>,
}

fn lines(text: &str) -> usize {
    text.lines().count()
}

/// `numbers` (ascending) as runs of consecutive numbers.
fn runs(numbers: &[usize]) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for &n in numbers {
        match runs.last_mut() {
            Some(run) if run.end == n => run.end = n + 1,
            _ => runs.push(n..n + 1),
        }
    }
    runs
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
