//! The manifest's `[aliases]`: old names of renamed scenes, which saves made before the rename
//! still use. Each must name a scene of the story, and none may be the name of a scene that
//! exists (the scene would win, and the alias would never be used).

use crate::diagnostic::{did_you_mean, Diagnostic, DiagnosticKind};
use crate::manifest::Manifest;
use crate::source::{FileId, Span};
use crate::story::SceneId;
use rustc_hash::FxHashMap;

pub fn check(
    manifest: &Manifest,
    manifest_file: FileId,
    scenes: &FxHashMap<String, SceneId>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let span = |r: std::ops::Range<usize>| Span::new(manifest_file, r.start, r.end);
    for (old, new) in &manifest.aliases {
        if scenes.contains_key(old.get_ref()) {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::AliasIsAScene,
                    format!("`{}` is a scene, so it cannot be an alias", old.get_ref()),
                    span(old.span()),
                )
                .with_hint("an alias is the old name of a renamed scene; remove this line"),
            );
        }
        if !scenes.contains_key(new.get_ref()) {
            let hint = did_you_mean(new.get_ref(), scenes.keys().map(String::as_str))
                .unwrap_or_else(|| "an alias names the scene as it is now called".into());
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::AliasToNothing,
                    format!(
                        "the alias `{}` names the scene `{}`, which does not exist",
                        old.get_ref(),
                        new.get_ref()
                    ),
                    span(new.span()),
                )
                .with_hint(hint),
            );
        }
    }
}
