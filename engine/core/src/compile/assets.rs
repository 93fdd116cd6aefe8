//! Pass 4: assets and locations. Every file the manifest names must exist inside the assets
//! folder (never outside it) and be small enough for the player to read, and every scene's
//! location must be declared, so nothing is discovered missing in play.

use crate::ast::{SceneDecl, Script};
use crate::diagnostic::{Diagnostic, DiagnosticKind, HintBudget};
use crate::files;
use crate::manifest::{AssetPath, Manifest};
use crate::source::{FileId, Span};
use std::path::Path;

/// What is wrong with an asset file the manifest names.
enum Problem {
    Outside,
    Missing,
    TooLarge,
}

fn asset_problem(assets: &Path, relative: &str, limit: u64) -> Option<Problem> {
    let path = match files::inside(assets, relative) {
        Ok(path) => path,
        Err(_) => return Some(Problem::Outside),
    };
    match std::fs::metadata(&path) {
        Ok(m) if !m.is_file() => Some(Problem::Missing),
        Ok(m) if m.len() > limit => Some(Problem::TooLarge),
        Ok(_) => None,
        Err(_) => Some(Problem::Missing),
    }
}

pub fn check(
    script: &Script,
    manifest: &Manifest,
    manifest_file: FileId,
    root: Option<&Path>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    check_locations(script, manifest, diagnostics);
    check_files(manifest, manifest_file, root, diagnostics);
}

/// The files the manifest names exist inside the assets folder and are not too large.
pub(super) fn check_files(
    manifest: &Manifest,
    manifest_file: FileId,
    root: Option<&Path>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    // Without a root, the files are not looked at (a story read as text alone).
    let Some(root) = root else {
        return;
    };
    let assets = root.join(&manifest.assets);
    let mut all: Vec<(&str, u64, &AssetPath)> = Vec::new();
    let picture = files::MAX_PICTURE_BYTES;
    let sound = files::MAX_SOUND_BYTES;
    all.extend(
        manifest
            .backgrounds
            .values()
            .map(|p| ("background", picture, p)),
    );
    all.extend(manifest.music.values().map(|p| ("music track", sound, p)));
    all.extend(manifest.sounds.values().map(|p| ("sound", sound, p)));
    for character in manifest.characters.values() {
        all.extend(character.sprites.values().map(|p| ("sprite", picture, p)));
        for pose in character.poses.values() {
            all.extend(pose.values().map(|p| ("pose sprite", picture, p)));
        }
    }
    all.extend(manifest.cgs.values().map(|p| ("CG", picture, p)));
    all.extend(
        manifest
            .endings
            .values()
            .filter_map(|e| Some(("ending art", picture, e.art.as_ref()?))),
    );
    for look in manifest.looks.values() {
        all.extend(look.frames().map(|p| ("interface frame", picture, p)));
        let font = files::MAX_FONT_BYTES;
        all.extend(look.font_files().map(|p| ("font", font, p)));
    }
    for (what, limit, path) in all {
        if let Some(problem) = asset_problem(&assets, path.get_ref(), limit) {
            let r = path.span();
            let span = Span::new(manifest_file, r.start, r.end);
            let hint = match problem {
                Problem::Outside => format!(
                    "asset paths stay inside `{}` beside story.toml: no `..`, no absolute \
                     paths, no links that lead out",
                    manifest.assets
                ),
                Problem::Missing if what == "font" => format!(
                    "asset paths are relative to `{}` beside story.toml; until the file is \
                     there, the player draws with its bundled font",
                    manifest.assets
                ),
                Problem::Missing => format!(
                    "asset paths are relative to `{}` beside story.toml; until the file is \
                     there, the player shows a placeholder (pictures) or nothing (sounds)",
                    manifest.assets
                ),
                Problem::TooLarge => format!(
                    "the player reads {what} files of up to {}",
                    files::size_text(limit)
                ),
            };
            let (kind, message) = match problem {
                Problem::Outside => (DiagnosticKind::AssetOutside, "is outside the assets folder"),
                Problem::Missing => (DiagnosticKind::AssetMissing, "does not exist"),
                Problem::TooLarge => (DiagnosticKind::AssetTooLarge, "is too large"),
            };
            let message = format!("{what} file `{}` {message}", path.get_ref());
            diagnostics.push(Diagnostic::new(kind, message, span).with_hint(hint));
        }
    }
}

/// Every scene's location is declared.
fn check_locations(script: &Script, manifest: &Manifest, diagnostics: &mut Vec<Diagnostic>) {
    let mut hints = HintBudget::default();
    for scene in &script.scenes {
        check_location(scene, manifest, &mut hints, diagnostics);
    }
}

/// The scene's location, if it has one, is declared.
pub(super) fn check_location(
    scene: &SceneDecl,
    manifest: &Manifest,
    hints: &mut HintBudget,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(location) = &scene.location else {
        return;
    };
    if !manifest.locations.contains_key(location.node) {
        let hint = hints
            .did_you_mean(location.node, manifest.locations.keys().map(String::as_str))
            .unwrap_or_else(|| {
                format!("declare it as [locations.{}] in story.toml", location.node)
            });
        diagnostics.push(
            Diagnostic::new(
                DiagnosticKind::UnknownLocation,
                format!("unknown location `{}`", location.node),
                location.span,
            )
            .with_hint(hint),
        );
    }
}
