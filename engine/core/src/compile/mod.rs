//! AST -> checked `Story`, as a short list of passes over the whole story:
//! `declare` (names and duplicates), `lower` (names, types, code), `flow` (reachability and
//! scenes that run off their end), `assets` (files named by the manifest exist), `looks` (looks named are declared, their
//! colours are colours), `aliases` (old
//! scene names name scenes) and `usage` (variables set and never read).
//! Every pass reports into one list; a story with any error yields no `Story`.

mod aliases;
mod assets;
mod declare;
mod dedent;
mod flow;
mod leftovers;
mod looks;
mod lower;
mod ranges;
mod usage;
mod workspace;

pub use lower::fnv;
pub use workspace::{Rechecked, SceneDeclared, Workspace};

use declare::Symbols;

use crate::ast::Script;
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::manifest::Manifest;
use crate::source::{FileId, Sources, Span};
use crate::story::{Chapter, Scene, Story};
use std::path::Path;

/// "file:line:column" of a span, for hints that mention a second place.
pub fn location(sources: &Sources, span: Span) -> String {
    let (line, col) = sources.line_col(span.file, span.start);
    format!("{}:{line}:{col}", sources.get(span.file).name)
}

/// The manifest's `start` names no scene.
fn unknown_start(manifest: &Manifest, manifest_file: FileId, symbols: &Symbols) -> Diagnostic {
    let r = manifest.start.span();
    let hint = crate::diagnostic::did_you_mean(
        manifest.start.get_ref(),
        symbols.scenes.keys().map(String::as_str),
    );
    Diagnostic::new(
        DiagnosticKind::UnknownStartScene,
        format!(
            "the start scene `{}` does not exist",
            manifest.start.get_ref()
        ),
        Span::new(manifest_file, r.start, r.end),
    )
    .with_hint(hint.unwrap_or_else(|| "set `start` in story.toml to the name of a scene".into()))
}

pub struct Input<'a> {
    pub sources: &'a Sources,
    pub manifest: &'a Manifest,
    pub manifest_file: FileId,
    pub script: Script<'a>,
    /// The story folder (asset and locale paths are relative to it).
    pub root: &'a Path,
    /// Whether the asset files the manifest names must exist (not for the text-only tools).
    pub asset_files: bool,
}

pub fn compile(input: Input, diagnostics: &mut Vec<Diagnostic>) -> Option<Story> {
    let Input {
        sources,
        manifest,
        manifest_file,
        mut script,
        root,
        asset_files,
    } = input;
    let symbols = declare::declare(sources, &script, manifest, manifest_file, diagnostics);
    // Before lowering, which drops each scene's statements.
    leftovers::check(&script, diagnostics);
    dedent::check(&script, diagnostics);
    let lowered = lower::lower_all(sources, &symbols, manifest, &mut script.scenes, diagnostics);
    let start = symbols.scenes.get(manifest.start.get_ref()).copied();
    if start.is_none() {
        diagnostics.push(unknown_start(manifest, manifest_file, &symbols));
    }
    flow::check(&script, &lowered, start, &symbols.scenes, diagnostics);
    let assets_root = asset_files.then_some(root);
    assets::check(&script, manifest, manifest_file, assets_root, diagnostics);
    looks::check(manifest, manifest_file, diagnostics);
    aliases::check(manifest, manifest_file, &symbols.scenes, diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    // Only on a story without errors: code that failed to compile reads nothing.
    usage::check(&script, &symbols, &lowered, diagnostics);
    let chapters = script
        .chapters
        .into_iter()
        .map(|c| Chapter {
            id: c.id.node.to_string(),
            title: c.title,
        })
        .collect();
    let scenes = script
        .scenes
        .into_iter()
        .zip(lowered)
        .map(|(decl, code)| Scene {
            name: decl.name.node.to_string(),
            title: decl.title,
            location: decl.location.map(|l| l.node.to_string()),
            chapter: decl.chapter.map(str::to_string),
            code: code.code,
            keys: code.keys,
        })
        .collect();
    Some(Story {
        title: manifest.title.clone(),
        start: start?,
        scenes,
        variables: symbols.variables,
        characters: symbols.characters,
        endings: symbols.endings,
        chapters,
        manifest: manifest.clone(),
        root: root.to_path_buf(),
        scene_index: symbols.scenes,
    })
}
