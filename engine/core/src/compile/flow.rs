//! Pass 3: flow. Finds scenes no path from the start scene reaches (a warning), and scenes
//! whose code can reach its end without a `jump`, `end` or `return` (an error: the reader
//! would fall out of the story).

use super::lower::LoweredScene;
use crate::ast::{Script, Spanned};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::story::{Op, SceneId};
use rustc_hash::FxHashMap;

pub fn check(
    script: &Script,
    scenes: &[LoweredScene],
    start: Option<SceneId>,
    scene_index: &FxHashMap<String, SceneId>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (decl, scene) in script.scenes.iter().zip(scenes) {
        runs_off_end(&decl.name, scene, diagnostics);
    }
    let Some(start) = start else { return };
    let reached = reachable(scenes.len(), start, |i| &scenes[i].targets);
    let names = script.scenes.iter().map(|decl| decl.name.clone());
    unreachable(names, &reached, scene_index, diagnostics);
}

/// An error when the scene called `name` can reach the end of its code.
pub(super) fn runs_off_end(
    name: &Spanned<&str>,
    scene: &LoweredScene,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if !can_fall_off(&scene.code) {
        return;
    }
    // Shown at the scene's last line, where the writer will add the way out.
    let (span, label) = match scene.last {
        Some(last) => (last, "after this line, the reader has nowhere to go"),
        None => (name.span, "this scene has no lines and goes nowhere"),
    };
    diagnostics.push(
        Diagnostic::new(
            DiagnosticKind::RunsOffEnd,
            format!("scene `{}` can run off its end", name.node),
            span,
        )
        .with_label(label)
        .with_hint("end every path with `jump another_scene`, `end ENDING_ID` or `return`"),
    );
}

/// A warning for each scene (by its name, in story order) that `reached` says no path reaches.
pub(super) fn unreachable<'a>(
    names: impl Iterator<Item = Spanned<&'a str>>,
    reached: &[bool],
    scene_index: &FxHashMap<String, SceneId>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (i, name) in names.enumerate() {
        // A second definition of a name was reported already; it is not a scene of its own.
        let first = || scene_index.get(name.node) == Some(&(i as SceneId));
        if !reached[i] && first() {
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::Unreachable,
                    format!("scene `{}` can never be reached", name.node),
                    name.span,
                )
                .with_hint("no `jump` or `call` leads here from the start scene"),
            );
        }
    }
}

/// Which of `count` scenes a path from `start` reaches, given where each can jump or call.
pub(super) fn reachable<'t>(
    count: usize,
    start: SceneId,
    targets: impl Fn(usize) -> &'t [SceneId],
) -> Vec<bool> {
    let mut seen = vec![false; count];
    let mut stack = vec![start];
    while let Some(id) = stack.pop() {
        let i = id as usize;
        if i >= seen.len() || seen[i] {
            continue;
        }
        seen[i] = true;
        stack.extend(targets(i).iter().copied());
    }
    seen
}

/// Whether the end of `code` is reachable from its start: a walk over the control-flow graph.
fn can_fall_off(code: &[Op]) -> bool {
    let end = code.len();
    let mut visited = vec![false; end + 1];
    let mut stack = vec![0usize];
    while let Some(pc) = stack.pop() {
        if pc >= end {
            return true;
        }
        if std::mem::replace(&mut visited[pc], true) {
            continue;
        }
        match &code[pc] {
            Op::Jump(_) | Op::Return | Op::End(_) => {}
            Op::Goto(target) => stack.push(*target as usize),
            Op::Branch { else_target, .. } => {
                stack.push(pc + 1);
                stack.push(*else_target as usize);
            }
            Op::Menu(menu) => stack.extend(menu.options.iter().map(|o| o.target as usize)),
            Op::Say(_) | Op::Stage(_) | Op::Assign { .. } | Op::Call(_) => stack.push(pc + 1),
        }
    }
    false
}
