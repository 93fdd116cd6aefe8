//! What an edit changed: in the text (`Touched`, the lines between what stayed the same) and in
//! the story's names (`Changed`, the names that came, went or changed meaning, and so which
//! kept scenes must be checked again).

use super::kept::KeptScene;
use crate::story::{SceneId, Variable};
use rustc_hash::{FxHashMap, FxHashSet};

/// The names whose meaning an edit changed: a scene that came or went or moved, a variable that
/// came or went or changed type or range.
#[derive(Default)]
pub(super) struct Changed {
    pub(super) scenes: FxHashSet<String>,
    pub(super) variables: FxHashSet<String>,
}

impl Changed {
    /// Of `names`, those of scenes that came or went or moved between `before` and `after`
    /// (the scenes by name, and where each is).
    pub(super) fn scenes(
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
    pub(super) fn variables(
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
    pub(super) fn touches(&self, scene: &KeptScene) -> bool {
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

/// The lines an edit changed: from `start` (the start of a line, the same in both texts) to
/// `old_end` in the old text and `new_end` in the new, the start of the first line after the
/// change (from where the texts are the same to the end).
#[derive(Debug, Clone, Copy)]
pub(super) struct Touched {
    pub(super) start: usize,
    pub(super) old_end: usize,
    pub(super) new_end: usize,
    pub(super) old_len: usize,
}

impl Touched {
    pub(super) fn between(old: &str, new: &str) -> Touched {
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
