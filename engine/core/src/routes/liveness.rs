//! Which variables and visit counts the story may still read from each point on: liveness,
//! computed backwards over the compiled ops to a fixed point. Two routes that differ only in
//! values nothing reads again have the same future, so `routes` tells situations apart by the
//! live values alone. Line text is not a read here: it changes what is shown, not where the
//! story goes. Nor, when asked, is the condition of a flavour `if` (see `flavour_ifs`).

use crate::ast::AssignOp;
use crate::story::{Expr, Op, SceneId, Story};
use rustc_hash::{FxHashMap, FxHashSet};

pub(super) struct Liveness {
    /// Index of each scene's first op in `live` (in ops; each op has `words` words of bits).
    offsets: Vec<usize>,
    words: usize,
    /// Bit `v` is variable `v`; bit `vars + i` is the visit count of `counted[i]`.
    live: Vec<u64>,
    vars: usize,
    /// The scenes some expression asks `seen()` or `visits()` of.
    pub counted: Vec<SceneId>,
}

/// What one op reads and where it may go next. An assignment's reads count only when what it
/// assigns is live after it: a value nothing reads again needs nothing to compute it.
struct Step {
    reads: Vec<usize>,
    assigns: Option<(usize, AssignOp)>,
    next: Vec<(SceneId, u32)>,
}

impl Liveness {
    /// The liveness of every value; the conditions of the `if`s at the places in `unread` do
    /// not count as reads.
    pub fn of(story: &Story, unread: &FxHashSet<(SceneId, u32)>) -> Self {
        let vars = story.variables.len();
        let mut counted = Vec::new();
        for op in story.scenes.iter().flat_map(|s| &s.code) {
            for_each_leaf(op, &mut |e| {
                if let Expr::Seen(scene) | Expr::Visits(scene) = e {
                    counted.push(*scene);
                }
            });
        }
        counted.sort_unstable();
        counted.dedup();
        let bit_of_scene: FxHashMap<SceneId, usize> = counted
            .iter()
            .enumerate()
            .map(|(i, &s)| (s, vars + i))
            .collect();
        let words = (vars + counted.len()).div_ceil(64).max(1);
        let mut offsets = Vec::with_capacity(story.scenes.len());
        let mut total = 0;
        for scene in &story.scenes {
            offsets.push(total);
            total += scene.code.len();
        }
        let mut liveness = Liveness {
            offsets,
            words,
            live: vec![0; total * words],
            vars,
            counted,
        };
        liveness.solve(story, &bit_of_scene, unread);
        liveness
    }

    /// Whether variable `var` may be read at or after op `pc` of `scene`.
    pub fn var(&self, scene: SceneId, pc: u32, var: usize) -> bool {
        self.bit(scene, pc, var)
    }

    /// Whether the visit count of `self.counted[i]` may be read at or after op `pc` of `scene`.
    pub fn visits(&self, scene: SceneId, pc: u32, i: usize) -> bool {
        self.bit(scene, pc, self.vars + i)
    }

    fn bit(&self, scene: SceneId, pc: u32, bit: usize) -> bool {
        let at = (self.offsets[scene as usize] + pc as usize) * self.words;
        self.live[at + bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Backwards, scene by scene from the last, until nothing changes: most jumps go forward,
    /// so a few passes suffice.
    fn solve(
        &mut self,
        story: &Story,
        bit_of_scene: &FxHashMap<SceneId, usize>,
        unread: &FxHashSet<(SceneId, u32)>,
    ) {
        let returns = return_points(story);
        let steps: Vec<Vec<Step>> = story
            .scenes
            .iter()
            .enumerate()
            .map(|(id, scene)| {
                let id = id as SceneId;
                (0..scene.code.len() as u32)
                    .map(|pc| {
                        let mut step = step(story, id, pc, bit_of_scene, &returns);
                        if unread.contains(&(id, pc)) {
                            step.reads.clear();
                        }
                        step
                    })
                    .collect()
            })
            .collect();
        let mut out = vec![0u64; self.words];
        let mut changed = true;
        while changed {
            changed = false;
            for (scene, steps) in steps.iter().enumerate().rev() {
                for (pc, step) in steps.iter().enumerate().rev() {
                    out.fill(0);
                    for &(to_scene, to_pc) in &step.next {
                        if (to_pc as usize) < story.scenes[to_scene as usize].code.len() {
                            let at =
                                (self.offsets[to_scene as usize] + to_pc as usize) * self.words;
                            for (o, w) in out.iter_mut().zip(&self.live[at..at + self.words]) {
                                *o |= w;
                            }
                        }
                    }
                    let has = |out: &[u64], bit: usize| out[bit / 64] & (1 << (bit % 64)) != 0;
                    let reads = match step.assigns {
                        Some((var, _)) if !has(&out, var) => &[][..],
                        Some((var, AssignOp::Set)) => {
                            out[var / 64] &= !(1 << (var % 64));
                            &step.reads[..]
                        }
                        _ => &step.reads[..],
                    };
                    for &bit in reads {
                        out[bit / 64] |= 1 << (bit % 64);
                    }
                    let at = (self.offsets[scene] + pc) * self.words;
                    if self.live[at..at + self.words] != out[..] {
                        self.live[at..at + self.words].copy_from_slice(&out);
                        changed = true;
                    }
                }
            }
        }
    }
}

fn step(
    story: &Story,
    scene: SceneId,
    pc: u32,
    bit_of_scene: &FxHashMap<SceneId, usize>,
    returns: &FxHashMap<SceneId, Vec<(SceneId, u32)>>,
) -> Step {
    let mut reads = Vec::new();
    let op = &story.scene(scene).code[pc as usize];
    for_each_leaf(op, &mut |e| match e {
        Expr::Var(var) => reads.push(*var),
        Expr::Seen(scene) | Expr::Visits(scene) => reads.push(bit_of_scene[scene]),
        _ => {}
    });
    let mut assigns = None;
    if let Op::Assign { var, op, .. } = op {
        // `+=` and `-=` also read the old value (and clamp it).
        if *op != AssignOp::Set {
            reads.push(*var);
        }
        assigns = Some((*var, *op));
    }
    Step {
        reads,
        assigns,
        next: successors(story, scene, pc, returns),
    }
}

/// Where the story may go after op `pc` of `scene`. Entering a scene adds one to its visit
/// count, so what is live at a scene's start is live before the jump or call into it.
pub(super) fn successors(
    story: &Story,
    scene: SceneId,
    pc: u32,
    returns: &FxHashMap<SceneId, Vec<(SceneId, u32)>>,
) -> Vec<(SceneId, u32)> {
    match &story.scene(scene).code[pc as usize] {
        Op::Say(_) | Op::Stage(_) | Op::Assign { .. } => vec![(scene, pc + 1)],
        Op::Menu(menu) => {
            let mut next: Vec<_> = menu.options.iter().map(|o| (scene, o.target)).collect();
            next.push((scene, menu.end));
            next
        }
        Op::Branch { else_target, .. } => vec![(scene, pc + 1), (scene, *else_target)],
        Op::Goto(target) => vec![(scene, *target)],
        Op::Jump(target) | Op::Call(target) => vec![(*target, 0)],
        Op::Return => returns.get(&scene).cloned().unwrap_or_default(),
        Op::End(_) => Vec::new(),
    }
}

/// Where a `return` from each scene may go: after every call of it.
pub(super) fn return_points(story: &Story) -> FxHashMap<SceneId, Vec<(SceneId, u32)>> {
    let mut returns: FxHashMap<SceneId, Vec<(SceneId, u32)>> = FxHashMap::default();
    for (id, scene) in story.scenes.iter().enumerate() {
        for (pc, op) in scene.code.iter().enumerate() {
            if let Op::Call(target) = op {
                returns
                    .entry(*target)
                    .or_default()
                    .push((id as SceneId, pc as u32 + 1));
            }
        }
    }
    returns
}

/// Calls `f` on every leaf (constant, variable, `seen` or `visits`) of the op's expressions.
pub(super) fn for_each_leaf(op: &Op, f: &mut impl FnMut(&Expr)) {
    match op {
        Op::Menu(menu) => {
            for condition in menu.options.iter().flat_map(|o| &o.condition) {
                leaves(condition, f);
            }
        }
        Op::Branch { condition, .. } => leaves(condition, f),
        Op::Assign { value, .. } => leaves(value, f),
        _ => {}
    }
}

pub(super) fn leaves(e: &Expr, f: &mut impl FnMut(&Expr)) {
    match e {
        Expr::Unary(_, a) => leaves(a, f),
        Expr::Binary(_, a, b) => {
            leaves(a, f);
            leaves(b, f);
        }
        Expr::Const(_) | Expr::Var(_) | Expr::Seen(_) | Expr::Visits(_) => f(e),
    }
}

/// A flavour `if`: every branch of it only shows lines and stage directions (or holds flavour
/// `if`s of its own) until the branches meet again. Which way it goes changes what the reader
/// is shown, never where the story goes next: a writer can colour a line by anything the reader
/// did without multiplying the situations `routes` must follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FlavourIf {
    pub scene: SceneId,
    pub pc: u32,
    /// Where its branches meet: the ops strictly between `pc` and `join` are its branches.
    pub join: u32,
}

/// Every flavour `if` of the story.
pub(super) fn flavour_ifs(story: &Story) -> Vec<FlavourIf> {
    let mut found = Vec::new();
    for (id, scene) in story.scenes.iter().enumerate() {
        for (pc, join) in flavour_joins(&scene.code).into_iter().enumerate() {
            if let Some(join) = join {
                found.push(FlavourIf {
                    scene: id as SceneId,
                    pc: pc as u32,
                    join,
                });
            }
        }
    }
    found
}

/// For each op of `code`: where the branches meet if it is a flavour `if`. Worked out from the
/// last op to the first, with `stop[pc]`: the first op from `pc` on that is not a line, a stage
/// direction, a forward `goto` or a flavour `if` (or the end of the code). The `if`s inside or
/// after an `if` are then known before it, so each op is looked at once. (Walking the branches
/// afresh from every `if` took time exponential in a run of `if`s, and a stack as deep.) A
/// `goto` back up (none are compiled) stops the walk: an `if` around one is not flavour.
fn flavour_joins(code: &[Op]) -> Vec<Option<u32>> {
    let end = code.len();
    let mut joins = vec![None; end];
    let mut stop: Vec<u32> = (0..=end as u32).collect();
    for pc in (0..end).rev() {
        let ahead = |to: u32, stop: &[u32]| {
            let to = to as usize;
            (to > pc && to <= end).then(|| stop[to])
        };
        stop[pc] = match &code[pc] {
            Op::Say(_) | Op::Stage(_) => stop[pc + 1],
            Op::Goto(target) => ahead(*target, &stop).unwrap_or(pc as u32),
            Op::Branch { else_target, .. } => {
                let then = stop[pc + 1];
                // The branches meet after the `if`, where both have shown only lines.
                let join = ahead(*else_target, &stop).filter(|&otherwise| otherwise == then);
                joins[pc] = join;
                join.map_or(pc as u32, |join| stop[join as usize])
            }
            _ => pc as u32,
        };
    }
    joins
}
