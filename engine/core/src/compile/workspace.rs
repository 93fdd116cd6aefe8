//! A story kept checked between edits, for the tools that check as the writer types (the
//! language server, `check --watch`, `bench --recheck`). Each file keeps what it declares, and
//! each scene what its checks found and the names it looked up. An edit re-parses that file
//! alone and re-checks its scenes, plus any other scene that looked up a name the edit changed;
//! then the story-wide checks (names defined twice, reachability, line IDs, variables never
//! read) run over what is kept. It reports what `load` reports for the same files.

use super::declare::{self, Symbols, VarInit};
use super::lower::{Lookups, Lowerer};
use super::{assets, dedent, flow, leftovers, looks, usage};
use crate::ast::{SceneDecl, Script, Spanned, VarDecl};
use crate::diagnostic::{self, Diagnostic, DiagnosticKind, HintBudget};
use crate::manifest::Manifest;
use crate::source::{FileId, Sources, Span};
use crate::story::{SceneId, Variable};
use crate::syntax;
use crate::value::Value;
use rustc_hash::{FxHashMap, FxHashSet};
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
    /// Where its `scene` line starts, and where the line after it starts.
    start: usize,
    header_end: usize,
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
                let file = KeptFile {
                    id,
                    syntax: Vec::new(),
                    vars: Vec::new(),
                    scenes: Vec::new(),
                };
                self.files.insert(at, file);
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
                for scene in &file.scenes[scenes.start..] {
                    self.line_ids.forget(scene);
                    self.uses.forget(scene);
                }
                file.replace_part(&script, syntax, text, touched, scenes.clone(), bytes);
                for scene in &file.scenes[scenes.start + script.scenes.len()..] {
                    self.line_ids.add(scene);
                    self.uses.add(scene);
                }
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
            renumber_targets(&mut self.files, &self.symbols.scenes);
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
            let names = before.scenes.into_iter().chain(after.scenes).map(|s| s.0);
            let was = (&self.symbols.scenes, &self.locations);
            changed.scenes = Changed::scenes(was, (&index, &locations), names);
            update.scenes = Some(SceneNames {
                index,
                findings,
                locations,
            });
        } else if !self.scene_findings.is_empty() {
            // Names defined twice are reported where they are, which may have moved.
            let (index, findings) = self.declare_scenes();
            let locations = self.locations.clone();
            update.scenes = Some(SceneNames {
                index,
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

impl KeptVar {
    fn declared(decl: &VarDecl) -> KeptVar {
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
    fn declared(scene: &SceneDecl, text: &str) -> KeptScene {
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
    fn shift(&mut self, by: isize) {
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
    /// Keeps what the file's new parse declares; its scenes are checked apart.
    fn keep_declarations(&mut self, script: &Script, syntax: Vec<Diagnostic>, text: &str) {
        self.syntax = syntax;
        self.vars = script.vars.iter().map(KeptVar::declared).collect();
        self.scenes = (script.scenes.iter())
            .map(|scene| KeptScene::declared(scene, text))
            .collect();
    }

    /// Which of its scenes the edit `touched` falls in, and the bytes they took in the old
    /// text: from a `scene` line the edit left alone (or the start of the file) to the next
    /// `scene` line it did not reach (or the end). `None` for a file with no scenes.
    fn part(&self, touched: Touched) -> Option<(Range<usize>, Range<usize>)> {
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
    fn replace_part(
        &mut self,
        script: &Script,
        syntax: Vec<Diagnostic>,
        text: &str,
        touched: Touched,
        scenes: Range<usize>,
        bytes: Range<usize>,
    ) {
        let by = touched.new_end as isize - touched.old_end as isize;
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
        let file = self.id;
        let outside = |d: &Diagnostic| {
            d.kind != DiagnosticKind::TabIndentation
                && d.span.is_none_or(|s| !bytes.contains(&(s.start as usize)))
        };
        self.syntax.retain(outside);
        for d in &mut self.syntax {
            d.span = d.span.map(|s| match s.start as usize >= bytes.end {
                true => s.shifted(by),
                false => s,
            });
        }
        self.syntax.extend(syntax);
        self.syntax.extend(syntax::tab_warning(file, text));
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
    findings: Vec<Diagnostic>,
    locations: FxHashMap<String, String>,
}

struct VariableNames {
    variables: Vec<Variable>,
    index: FxHashMap<String, usize>,
    findings: Vec<Diagnostic>,
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
    /// The text of the scenes' file.
    text: &'a str,
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

/// The names whose meaning an edit changed: a scene that came or went or moved, a variable that
/// came or went or changed type or range.
#[derive(Default)]
struct Changed {
    scenes: FxHashSet<String>,
    variables: FxHashSet<String>,
}

impl Changed {
    /// Of `names`, those of scenes that came or went or moved between `before` and `after`
    /// (the scenes by name, and where each is).
    fn scenes(
        before: (&FxHashMap<String, SceneId>, &FxHashMap<String, String>),
        after: (&FxHashMap<String, SceneId>, &FxHashMap<String, String>),
        names: impl Iterator<Item = String>,
    ) -> FxHashSet<String> {
        let seen =
            |(index, locations): (&FxHashMap<String, SceneId>, &FxHashMap<String, String>),
             name: &str| { (index.contains_key(name), locations.get(name).cloned()) };
        names
            .filter(|n| seen(before, n) != seen(after, n))
            .collect()
    }

    /// Of `names`, those of variables that came or went or changed type or range.
    fn variables(
        before: (&[Variable], &FxHashMap<String, usize>),
        after: (&[Variable], &FxHashMap<String, usize>),
        names: impl Iterator<Item = String>,
    ) -> FxHashSet<String> {
        let seen = |(variables, index): (&[Variable], &FxHashMap<String, usize>), name: &str| {
            let var = index.get(name).map(|&i| &variables[i]);
            var.map(|v| (v.ty, v.range))
        };
        names
            .filter(|n| seen(before, n) != seen(after, n))
            .collect()
    }

    /// Whether `scene`'s findings may be different now.
    fn touches(&self, scene: &KeptScene) -> bool {
        let (scenes, variables) = (!self.scenes.is_empty(), !self.variables.is_empty());
        (scene.unknown && (scenes || variables))
            || (scenes && scene.lookups.scenes.iter().any(|n| self.scenes.contains(n)))
            || (variables
                && scene
                    .lookups
                    .variables
                    .iter()
                    .any(|n| self.variables.contains(n)))
    }
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

/// The lines an edit changed: from `start` (the start of a line, the same in both texts) to
/// `old_end` in the old text and `new_end` in the new, the start of the first line after the
/// change (from where the texts are the same to the end).
#[derive(Debug, Clone, Copy)]
struct Touched {
    start: usize,
    old_end: usize,
    new_end: usize,
    old_len: usize,
}

impl Touched {
    fn between(old: &str, new: &str) -> Touched {
        let (old, new) = (old.as_bytes(), new.as_bytes());
        let same_start = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        let room = old.len().min(new.len()) - same_start;
        let same_end = (old.iter().rev().zip(new.iter().rev()))
            .take(room)
            .take_while(|(a, b)| a == b)
            .count();
        let start = old[..same_start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let changed_end = old.len() - same_end;
        let old_end = old[changed_end..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(old.len(), |i| changed_end + i + 1);
        Touched {
            start,
            old_end,
            new_end: old_end + new.len() - old.len(),
            old_len: old.len(),
        }
    }
}

fn parse(sources: &Sources, file: FileId) -> (Script<'_>, Vec<Diagnostic>) {
    syntax::parse(sources, &[file])
}
