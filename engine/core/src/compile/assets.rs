//! Pass 4: assets and locations. Every file the manifest names must exist under the assets
//! folder, and every scene's location must be declared, so nothing is discovered missing in play.

use crate::ast::Script;
use crate::diagnostic::{Diagnostic, HintBudget};
use crate::manifest::{AssetPath, Manifest};
use crate::source::{FileId, Span};
use std::path::Path;

pub fn check(
    script: &Script,
    manifest: &Manifest,
    manifest_file: FileId,
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let assets = root.join(&manifest.assets);
    let mut all: Vec<(&str, &AssetPath)> = Vec::new();
    all.extend(manifest.backgrounds.values().map(|p| ("background", p)));
    all.extend(manifest.music.values().map(|p| ("music track", p)));
    all.extend(manifest.sounds.values().map(|p| ("sound", p)));
    for character in manifest.characters.values() {
        all.extend(character.sprites.values().map(|p| ("sprite", p)));
    }
    all.extend(
        manifest
            .endings
            .values()
            .filter_map(|e| Some(("ending art", e.art.as_ref()?))),
    );
    for (what, path) in all {
        if !assets.join(path.get_ref()).is_file() {
            let r = path.span();
            diagnostics.push(
                Diagnostic::error(
                    format!("{what} file `{}` does not exist", path.get_ref()),
                    Span::new(manifest_file, r.start, r.end),
                )
                .with_hint(format!(
                    "asset paths are relative to `{}` beside story.toml",
                    manifest.assets
                )),
            );
        }
    }
    let mut hints = HintBudget::default();
    for scene in &script.scenes {
        if let Some(location) = &scene.location {
            if !manifest.locations.contains_key(location.node) {
                let hint = hints
                    .did_you_mean(location.node, manifest.locations.keys().map(String::as_str))
                    .unwrap_or_else(|| {
                        format!("declare it as [locations.{}] in story.toml", location.node)
                    });
                diagnostics.push(
                    Diagnostic::error(
                        format!("unknown location `{}`", location.node),
                        location.span,
                    )
                    .with_hint(hint),
                );
            }
        }
    }
}
