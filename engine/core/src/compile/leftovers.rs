//! Sprites left on stage when the story moves to another place: sprites stay on stage across
//! scenes (so a conversation can go on over a cut), which means a `jump` from the Republic to the
//! front with Lena still shown puts her in the trenches. A walk over each scene's statements
//! that keeps who may be on stage, warning at a jump to a scene of another location.

use crate::ast::{SceneDecl, Script, Stage, Stmt, StmtKind};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::source::Span;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// Who may be on stage: each character with the `show` line that put them there.
type OnStage<'s> = BTreeMap<&'s str, Span>;

pub fn check(script: &Script, diagnostics: &mut Vec<Diagnostic>) {
    let locations: Locations = script
        .scenes
        .iter()
        .filter_map(|s| Some((s.name.node, s.location.as_ref()?.node)))
        .collect();
    for scene in &script.scenes {
        check_scene(scene, &|name| locations.get(name).copied(), diagnostics);
    }
}

/// Each scene's location by its name (the last definition of a name, for a name defined twice).
type Locations<'a> = FxHashMap<&'a str, &'a str>;

/// Where the scene of a name is.
pub(super) type LocationOf<'l> = dyn Fn(&str) -> Option<&'l str> + 'l;

/// The warnings for one scene, given where every scene is.
pub(super) fn check_scene(
    scene: &SceneDecl,
    locations: &LocationOf,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(here) = scene.location.as_ref().map(|l| l.node) else {
        return;
    };
    let walk = Walk { here, locations };
    walk.block(&scene.body, &mut OnStage::new(), diagnostics);
}

struct Walk<'a, 'l, 's> {
    here: &'s str,
    locations: &'a LocationOf<'l>,
}

impl<'s> Walk<'_, '_, 's> {
    fn block(&self, stmts: &'s [Stmt<'s>], shown: &mut OnStage<'s>, out: &mut Vec<Diagnostic>) {
        for stmt in stmts {
            match &stmt.kind {
                StmtKind::Stage(Stage::Show { character, .. }) => {
                    shown.entry(character.node).or_insert(stmt.span);
                }
                StmtKind::Stage(Stage::Hide { character, .. }) => {
                    shown.remove(character.node);
                }
                StmtKind::If(chain) => {
                    let bodies = chain.branches.iter().map(|(_, body)| body.as_slice());
                    let otherwise = chain.otherwise.as_deref().unwrap_or(&[]);
                    *shown = self.branches(bodies.chain([otherwise]), shown, out);
                }
                StmtKind::Choice(choice) => {
                    let bodies = choice.options.iter().map(|o| o.body.as_slice());
                    *shown = self.branches(bodies, shown, out);
                }
                StmtKind::Jump(target) => self.jump(target.node, stmt.span, shown, out),
                _ => {}
            }
        }
    }

    /// Walks each branch from the same stage; afterwards anyone one of them left may be shown.
    fn branches(
        &self,
        bodies: impl Iterator<Item = &'s [Stmt<'s>]>,
        shown: &OnStage<'s>,
        out: &mut Vec<Diagnostic>,
    ) -> OnStage<'s> {
        let mut after = OnStage::new();
        for body in bodies {
            let mut here = shown.clone();
            self.block(body, &mut here, out);
            after.extend(here);
        }
        after
    }

    fn jump(&self, target: &str, at: Span, shown: &OnStage<'s>, out: &mut Vec<Diagnostic>) {
        let Some(there) = (self.locations)(target) else {
            return;
        };
        if there == self.here || shown.is_empty() {
            return;
        }
        let who: Vec<String> = shown.keys().map(|c| format!("`{c}`")).collect();
        let hides: Vec<String> = shown.keys().map(|c| format!("`hide {c}`")).collect();
        out.push(
            Diagnostic::new(
                DiagnosticKind::SpritesLeftOnStage,
                format!(
                    "{} may still be on stage when the story goes to `{target}`, in {there}",
                    who.join(", ")
                ),
                at,
            )
            .with_label(format!("from {} to {there}", self.here))
            .with_hint(format!(
                "sprites stay on stage across scenes: {} before this jump",
                hides.join(", ")
            )),
        );
    }
}
