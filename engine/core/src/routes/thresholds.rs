//! Which values of each stat the rest of the story can still tell apart. A stat only changed by
//! constants (`+= 2`, `= 0`, clamped to its range) and only compared with constants
//! (`morale >= 5`) is observed through threshold tests alone: each change is monotone, so a test
//! after any run of changes is a test `value >= t` on today's value for some `t`. The values
//! between two such `t` have the same future, and `routes` keys situations by the interval a
//! stat is in, not its value. Any other use (arithmetic, two stats compared, a stat assigned to
//! another variable) makes every value count, as before.

use super::liveness::{leaves, return_points, successors};
use crate::ast::{AssignOp, BinaryOp, UnaryOp};
use crate::story::{Expr, Op, SceneId, Story, VarId};
use crate::value::Value;
use rustc_hash::{FxHashMap, FxHashSet};

/// Bit `b` (1 ..= hi - lo) of a mask is the threshold `lo + b`: "is the value at least lo + b?".
/// `ALL` means every value counts. An empty mask means no value is told apart from another.
type Mask = u64;
const ALL: Mask = 1 << 63;

pub(super) struct Thresholds {
    /// Index of each scene's first op in `masks` (times `stats.len()`).
    offsets: Vec<usize>,
    /// The stats analysed: variable and range. Stats wider than 62 values are left out.
    stats: Vec<(VarId, i64, i64)>,
    slot_of: FxHashMap<VarId, usize>,
    masks: Vec<Mask>,
}

impl Thresholds {
    /// The thresholds at every op; the conditions of the `if`s at the places in `unread` are
    /// not observed.
    pub fn of(story: &Story, unread: &FxHashSet<(SceneId, u32)>) -> Self {
        let stats: Vec<(VarId, i64, i64)> = story
            .variables
            .iter()
            .enumerate()
            .filter_map(|(v, var)| {
                let (lo, hi) = var.range?;
                (hi > lo && hi - lo <= 62).then_some((v, lo, hi))
            })
            .collect();
        let slot_of = stats.iter().enumerate().map(|(i, s)| (s.0, i)).collect();
        let mut offsets = Vec::with_capacity(story.scenes.len());
        let mut total = 0;
        for scene in &story.scenes {
            offsets.push(total);
            total += scene.code.len();
        }
        let mut thresholds = Thresholds {
            offsets,
            masks: vec![0; total * stats.len()],
            stats,
            slot_of,
        };
        thresholds.solve(story, unread);
        thresholds
    }

    /// The number `routes` keys `value` of `var` by at op `pc` of `scene`: its interval among
    /// the thresholds still observable, or the value itself where every value counts. `None`
    /// for a variable that is not an analysed stat.
    pub fn key(&self, scene: SceneId, pc: u32, var: VarId, value: i64) -> Option<i64> {
        let slot = *self.slot_of.get(&var)?;
        let (_, lo, _) = self.stats[slot];
        let mask = self.masks[self.at(scene, pc) + slot];
        if mask & ALL != 0 {
            return Some(value);
        }
        let below = (value - lo + 1).clamp(0, 63);
        Some((mask & ((1u64 << below) - 1)).count_ones() as i64)
    }

    fn at(&self, scene: SceneId, pc: u32) -> usize {
        (self.offsets[scene as usize] + pc as usize) * self.stats.len()
    }

    /// Backwards to a fixed point, as `liveness` does. Masks only grow and are finite, so it
    /// ends.
    fn solve(&mut self, story: &Story, unread: &FxHashSet<(SceneId, u32)>) {
        let returns = return_points(story);
        let width = self.stats.len();
        let next: Vec<Vec<Vec<(SceneId, u32)>>> = (0..story.scenes.len())
            .map(|scene| {
                let id = scene as SceneId;
                (0..story.scenes[scene].code.len() as u32)
                    .map(|pc| successors(story, id, pc, &returns))
                    .collect()
            })
            .collect();
        let mut out = vec![0; width];
        let mut changed = true;
        while changed {
            changed = false;
            for (scene, ops) in next.iter().enumerate().rev() {
                for (pc, next) in ops.iter().enumerate().rev() {
                    out.fill(0);
                    for &(to_scene, to_pc) in next {
                        if (to_pc as usize) < story.scenes[to_scene as usize].code.len() {
                            let at = self.at(to_scene, to_pc);
                            for (o, m) in out.iter_mut().zip(&self.masks[at..at + width]) {
                                *o |= m;
                            }
                        }
                    }
                    if !unread.contains(&(scene as SceneId, pc as u32)) {
                        self.transfer(&story.scenes[scene].code[pc], &mut out);
                    }
                    let at = self.at(scene as SceneId, pc as u32);
                    if self.masks[at..at + width] != out[..] {
                        self.masks[at..at + width].copy_from_slice(&out);
                        changed = true;
                    }
                }
            }
        }
    }

    /// Turns what is observed after `op` into what is observed before it.
    fn transfer(&self, op: &Op, masks: &mut [Mask]) {
        match op {
            Op::Branch { condition, .. } => self.observe(condition, masks),
            Op::Menu(menu) => {
                for condition in menu.options.iter().flat_map(|o| &o.condition) {
                    self.observe(condition, masks);
                }
            }
            Op::Assign { var, op, value } => self.assign(*var, *op, value, masks),
            // Line text reads stats, but it changes what is shown, not where the story goes.
            _ => {}
        }
    }

    fn assign(&self, var: VarId, op: AssignOp, value: &Expr, masks: &mut [Mask]) {
        let Some(&slot) = self.slot_of.get(&var) else {
            // A variable that is not an analysed stat: its value may hold any stat's value.
            // (Whether it is read again is `liveness`'s business; counting too much is safe.)
            self.every_value_counts_in(value, masks);
            return;
        };
        let after = masks[slot];
        if after == 0 {
            return;
        }
        let (_, lo, hi) = self.stats[slot];
        match (op, value) {
            (AssignOp::Set, Expr::Const(_)) => masks[slot] = 0,
            (AssignOp::Add, Expr::Const(Value::Int(k))) => masks[slot] = shift(after, *k, lo, hi),
            (AssignOp::Sub, Expr::Const(Value::Int(k))) => {
                masks[slot] = shift(after, k.saturating_neg(), lo, hi)
            }
            (AssignOp::Set, _) => {
                masks[slot] = 0;
                self.every_value_counts_in(value, masks);
            }
            _ => {
                masks[slot] = ALL;
                self.every_value_counts_in(value, masks);
            }
        }
    }

    /// Adds the thresholds a condition tests.
    fn observe(&self, condition: &Expr, masks: &mut [Mask]) {
        match condition {
            Expr::Unary(UnaryOp::Not, inner) => self.observe(inner, masks),
            Expr::Binary(BinaryOp::And | BinaryOp::Or, a, b) => {
                self.observe(a, masks);
                self.observe(b, masks);
            }
            Expr::Binary(cmp, a, b) => match (&**a, &**b) {
                (Expr::Var(v), Expr::Const(Value::Int(c))) if self.slot_of.contains_key(v) => {
                    self.test(*v, *cmp, *c, masks)
                }
                (Expr::Const(Value::Int(c)), Expr::Var(v)) if self.slot_of.contains_key(v) => {
                    self.test(*v, flip(*cmp), *c, masks)
                }
                _ => self.every_value_counts_in(condition, masks),
            },
            _ => self.every_value_counts_in(condition, masks),
        }
    }

    /// `var CMP c`: the thresholds that decide it.
    fn test(&self, var: VarId, cmp: BinaryOp, c: i64, masks: &mut [Mask]) {
        let slot = self.slot_of[&var];
        let (_, lo, hi) = self.stats[slot];
        let ts: &[i64] = match cmp {
            BinaryOp::Ge | BinaryOp::Lt => &[c],
            BinaryOp::Gt | BinaryOp::Le => &[c.saturating_add(1)],
            BinaryOp::Eq | BinaryOp::Ne => &[c, c.saturating_add(1)],
            _ => {
                masks[slot] |= ALL;
                return;
            }
        };
        for &t in ts {
            masks[slot] |= threshold(t, lo, hi);
        }
    }

    fn every_value_counts_in(&self, e: &Expr, masks: &mut [Mask]) {
        leaves(e, &mut |leaf| {
            if let Expr::Var(v) = leaf {
                if let Some(&slot) = self.slot_of.get(v) {
                    masks[slot] |= ALL;
                }
            }
        });
    }
}

/// The bit of threshold `t` in a stat of range `lo..=hi`, or none when every value (or no
/// value) passes it.
fn threshold(t: i64, lo: i64, hi: i64) -> Mask {
    if t <= lo || t > hi {
        0
    } else {
        1 << (t - lo)
    }
}

/// The thresholds before `+= k` (clamped to `lo..=hi`), given those after it: the value after
/// is at least `t` exactly when the value before is at least `t - k`.
fn shift(after: Mask, k: i64, lo: i64, hi: i64) -> Mask {
    if after & ALL != 0 {
        return ALL;
    }
    let mut before = 0;
    for b in 1..=(hi - lo) {
        if after & (1 << b) != 0 {
            before |= threshold((lo + b).saturating_sub(k), lo, hi);
        }
    }
    before
}

/// `c CMP var` as `var CMP' c`.
fn flip(cmp: BinaryOp) -> BinaryOp {
    match cmp {
        BinaryOp::Lt => BinaryOp::Gt,
        BinaryOp::Le => BinaryOp::Ge,
        BinaryOp::Gt => BinaryOp::Lt,
        BinaryOp::Ge => BinaryOp::Le,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_threshold_inside_the_range_is_one_bit() {
        assert_eq!(threshold(5, 0, 10), 1 << 5);
        assert_eq!(threshold(0, 0, 10), 0, "every value is at least 0");
        assert_eq!(threshold(11, 0, 10), 0, "no value is at least 11");
    }

    #[test]
    fn adding_moves_a_threshold_down_and_clamping_drops_it() {
        // After `+= 2`, "at least 5" is "at least 3" before.
        assert_eq!(shift(1 << 5, 2, 0, 10), 1 << 3);
        // After `+= 6`, "at least 5" holds for every value before.
        assert_eq!(shift(1 << 5, 6, 0, 10), 0);
        // After `-= 3`, "at least 9" is "at least 12" before: no value gets there.
        assert_eq!(shift(1 << 9, -3, 0, 10), 0);
        assert_eq!(shift(ALL, 1, 0, 10), ALL);
    }

    #[test]
    fn comparisons_with_the_constant_first_are_flipped() {
        assert_eq!(flip(BinaryOp::Lt), BinaryOp::Gt);
        assert_eq!(flip(BinaryOp::Ge), BinaryOp::Le);
        assert_eq!(flip(BinaryOp::Eq), BinaryOp::Eq);
    }
}
