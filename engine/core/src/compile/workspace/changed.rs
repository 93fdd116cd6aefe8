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
    /// Of `names`, those of scenes that came or went, moved, or now name another scene (a name
    /// defined twice) between `before` and `after` (the scenes by name, and where each is).
    pub(super) fn scenes(
        before: (&FxHashMap<String, SceneId>, &FxHashMap<String, String>),
        after: (&FxHashMap<String, SceneId>, &FxHashMap<String, String>),
        names: impl Iterator<Item = String>,
    ) -> FxHashSet<String> {
        let seen =
            |(index, locations): (&FxHashMap<String, SceneId>, &FxHashMap<String, String>),
             name: &str| { (index.get(name).copied(), locations.get(name).cloned()) };
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
    /// How far the lines after the edit moved.
    pub(super) fn moved(&self) -> isize {
        self.new_end as isize - self.old_end as isize
    }

    pub(super) fn between(old: &str, new: &str) -> Touched {
        let (old, new) = (old.as_bytes(), new.as_bytes());
        let same_start = same_run(old.iter().zip(new), old.chunks(64).zip(new.chunks(64)));
        let room = old.len().min(new.len()) - same_start;
        let (old_tail, new_tail) = (&old[old.len() - room..], &new[new.len() - room..]);
        let same_end = same_run(
            old_tail.iter().rev().zip(new_tail.iter().rev()),
            old_tail.rchunks(64).zip(new_tail.rchunks(64)),
        );
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

/// How many pairs from the start of `bytes` are equal, found a chunk at a time (`chunks`, the
/// same pairs 64 at a time, which compare as fast as memory reads: a large file's edit is
/// found without walking it byte by byte).
fn same_run<'a>(
    bytes: impl Iterator<Item = (&'a u8, &'a u8)>,
    chunks: impl Iterator<Item = (&'a [u8], &'a [u8])>,
) -> usize {
    let whole: usize = chunks
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len())
        .sum();
    whole + bytes.skip(whole).take_while(|(a, b)| a == b).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The edit is found where a byte-by-byte comparison finds it, whatever its size and place.
    #[test]
    fn an_edit_is_cut_to_the_lines_it_changed() {
        let base: String = (0..400)
            .map(|i| format!("line {i} of the file\n"))
            .collect();
        let cases = [
            base.replacen("line 7 ", "line seven ", 1),
            base.replacen("line 200 of the file\n", "", 1),
            base.replacen("line 399 of the file\n", "line 399 of the file\nmore\n", 1),
            format!("new first\n{base}"),
            base.replace("line 1", "LINE 1"),
            String::new(),
        ];
        for new in &cases {
            let touched = Touched::between(&base, new);
            let (start, old_end, new_end) = (touched.start, touched.old_end, touched.new_end);
            assert_eq!(base[..start], new[..start], "same before");
            assert_eq!(base[old_end..], new[new_end..], "same after");
            assert!(start == 0 || base.as_bytes()[start - 1] == b'\n');
            assert!(old_end == base.len() || base.as_bytes()[old_end - 1] == b'\n');
            let bytewise = base
                .bytes()
                .zip(new.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            assert!(
                start <= bytewise && bytewise - start < 40,
                "{start} {bytewise}"
            );
        }
    }
}
