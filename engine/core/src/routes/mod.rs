//! Every route through a story: each option of each choice is played, and routes that reach the
//! same situation (place, call stack, variables, visit counts) are followed once and counted for
//! all. Says how many routes reach each ending, one route to each, and what no route ever shows.

mod budget;
mod liveness;
mod thresholds;

use crate::runtime::{Event, RuntimeError, Wait};
use crate::story::{EndingId, Op, SceneId, Story};
use crate::template::Template;
use crate::value::Value;
use crate::StoryState;
use budget::Budget;
pub use budget::BYTES_PER_SITUATION;
use liveness::Liveness;
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;
use thresholds::Thresholds;

/// What `explore` found.
#[derive(Debug, Clone, PartialEq)]
pub struct Routes {
    /// One entry per ending, in the story's order (indexed by `EndingId`).
    pub endings: Vec<EndingRoutes>,
    /// Distinct situations the reader can be in at a choice.
    pub situations: usize,
    /// Lines no route shows, in script order.
    pub unread_lines: Vec<Place>,
    /// Choices no route shows (not reached, or every option hidden each time), in script order.
    pub unreached_choices: Vec<Place>,
    /// Options of reached choices that no route can pick (hidden or greyed out every time).
    pub unavailable_options: Vec<Place>,
    /// Routes that stop with a runtime error or go round forever without a choice, and routes
    /// that come back to a choice they passed with nothing changed (a loop the reader may go
    /// round as often as they like: counted once, without going round).
    pub problems: Vec<RouteProblem>,
    /// False when the search reached its `limit` before the end: the counts are then lower
    /// bounds and the lists of things never reached may name things that are.
    pub complete: bool,
    /// The choices with the most situations, most first (at most `CROWDED`), with what tells
    /// their situations apart: where a story's routes multiply, and why.
    pub crowded: Vec<Crowded>,
}

/// How many of the most crowded choices `Routes::crowded` lists.
pub const CROWDED: usize = 5;

/// A choice and the situations met at it.
#[derive(Debug, Clone, PartialEq)]
pub struct Crowded {
    pub choice: Place,
    pub situations: usize,
    /// The variables and stats that tell its situations apart, in declaration order.
    pub telling_apart: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EndingRoutes {
    /// How many distinct routes (sequences of picks) end here; saturates at `u128::MAX`.
    pub routes: u128,
    /// The first route found that ends here, as 1-based picks (what `read --choose` takes).
    pub example: Option<Vec<usize>>,
}

/// A line, choice or option: its scene, its key (the `#id`, or `~hash` of an untagged line)
/// and its text as written (`{name}` for a variable; a choice's prompt, empty without one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub scene: String,
    pub key: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RouteProblem {
    /// The picks that lead to it (1-based).
    pub picks: Vec<usize>,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    Error(RuntimeError),
    /// The route goes round through `scene` forever, showing lines but never a choice.
    Endless {
        scene: String,
    },
    /// The route comes back to a choice of `scene` with nothing changed; `choice` is its
    /// prompt in quotes, or `#key` without one.
    Loop {
        scene: String,
        choice: String,
    },
}

/// Explores every route from the start. `limit` caps the situations remembered (about 250
/// bytes each), and what the search holds in all, situations and the route it follows, at
/// `limit * BYTES_PER_SITUATION` bytes: past either, it stops and says it is not complete.
///
/// Routes are followed with the conditions of flavour `if`s (which only choose lines) not told
/// apart, so the counts, endings, choices and options are exact at a fraction of the cost. A
/// line such an `if` guards that no route happened to show is then looked for again by a second
/// pass that does tell those conditions apart, so the lines listed as never shown are exact too.
pub fn explore(story: &Story, limit: usize) -> Routes {
    let flavour = liveness::flavour_ifs(story);
    let all: FxHashSet<(SceneId, u32)> = flavour.iter().map(|f| (f.scene, f.pc)).collect();
    let mut first = Explorer::new(story, limit, &all);
    let outcome = first.explore(&mut StoryState::new(story));
    // The flavour `if`s with a line inside that no route showed: their conditions count now.
    let everywhere: FxHashSet<(SceneId, u32)> = all.clone();
    let unread = unread_lines_in(story, &flavour, &everywhere, &first.read);
    let guards: FxHashSet<(SceneId, u32)> = flavour
        .iter()
        .filter(|f| {
            unread
                .iter()
                .any(|&(s, pc)| s == f.scene && f.pc < pc && pc < f.join)
        })
        .map(|f| (f.scene, f.pc))
        .collect();
    if !guards.is_empty() {
        let still_unread = all.difference(&guards).copied().collect();
        let mut second = Explorer::new(story, limit, &still_unread);
        second.wanted = unread_lines_in(story, &flavour, &guards, &first.read);
        second.explore(&mut StoryState::new(story));
        first.learn_lines_from(&second);
    }
    first.report(&outcome)
}

/// The lines inside the flavour `if`s at `guards` that `read` does not have.
fn unread_lines_in(
    story: &Story,
    flavour: &[liveness::FlavourIf],
    guards: &FxHashSet<(SceneId, u32)>,
    read: &[Vec<bool>],
) -> FxHashSet<(SceneId, u32)> {
    let mut lines = FxHashSet::default();
    for f in flavour.iter().filter(|f| guards.contains(&(f.scene, f.pc))) {
        let code = &story.scene(f.scene).code;
        for pc in f.pc + 1..f.join {
            if matches!(code[pc as usize], Op::Say(_)) && !read[f.scene as usize][pc as usize] {
                lines.insert((f.scene, pc));
            }
        }
    }
    lines
}

/// Where the reader is at a choice and everything that can decide what comes next: the call
/// stack and the variables and visit counts that may still be read (see `liveness`), stats only
/// as finely as the story can still tell their values apart (see `thresholds`). The stage
/// is left out: it changes what is drawn, never where the story goes. Packed into bytes (small
/// numbers take one), since the bundled story has close to a million of them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Situation(Box<[u8]>);

impl Situation {
    fn of(state: &StoryState, live: &Liveness, thresholds: &Thresholds) -> Self {
        let (scene, pc) = (state.cursor.scene, state.cursor.pc);
        let mut bytes = Vec::with_capacity(32);
        let mut number = |n: i64| push_varint(&mut bytes, n);
        number(scene as i64);
        number(pc as i64);
        number(state.cursor.calls.len() as i64);
        for frame in state.cursor.calls.iter() {
            number(frame.scene as i64);
            number(frame.pc as i64);
        }
        for (i, &counted) in live.counted.iter().enumerate() {
            if live.visits(scene, pc, i) {
                number(state.visits[counted as usize] as i64);
            }
        }
        for (v, value) in state.vars.iter().enumerate() {
            if live.var(scene, pc, v) {
                match value {
                    Value::Int(n) => {
                        let key = thresholds.key(scene, pc, v, *n);
                        push_varint(&mut bytes, key.unwrap_or(*n))
                    }
                    Value::Bool(b) => bytes.push(*b as u8),
                    Value::Str(text) => {
                        push_varint(&mut bytes, text.len() as i64);
                        bytes.extend_from_slice(text.as_bytes());
                    }
                }
            }
        }
        Situation(bytes.into())
    }

    fn scene_and_pc(&self) -> (SceneId, u32) {
        let mut at = 0;
        let scene = read_varint(&self.0, &mut at) as SceneId;
        (scene, read_varint(&self.0, &mut at) as u32)
    }
}

/// Zigzag LEB128: seven bits a byte, so -64..63 takes one byte.
fn push_varint(out: &mut Vec<u8>, n: i64) {
    let mut z = ((n << 1) ^ (n >> 63)) as u64;
    while z >= 0x80 {
        out.push(z as u8 | 0x80);
        z >>= 7;
    }
    out.push(z as u8);
}

fn read_varint(bytes: &[u8], at: &mut usize) -> i64 {
    let (mut z, mut shift) = (0u64, 0);
    while let Some(&byte) = bytes.get(*at) {
        *at += 1;
        z |= ((byte & 0x7f) as u64) << shift;
        shift += 7;
        if byte < 0x80 {
            break;
        }
    }
    (z >> 1) as i64 ^ -((z & 1) as i64)
}

/// The routes from one situation on, per ending: how many, and the first pick of the first one
/// (1-based; 0 at the ending itself, or when no route gets there). Whole example routes are
/// rebuilt at the end by following the first picks from the start, so each situation keeps a
/// few bytes rather than a list of picks per ending.
#[derive(Debug)]
struct Outcome {
    routes: Box<[u128]>,
    first: Box<[u16]>,
}

impl Outcome {
    fn none(endings: usize) -> Self {
        Outcome {
            routes: vec![0; endings].into(),
            first: vec![0; endings].into(),
        }
    }

    /// Adds the routes that start with picking `pick` and go on as `then`.
    fn add(&mut self, pick: usize, then: &Outcome) {
        for (ending, routes) in then.routes.iter().enumerate() {
            if self.routes[ending] == 0 && *routes > 0 {
                self.first[ending] = pick as u16;
            }
            self.routes[ending] = self.routes[ending].saturating_add(*routes);
        }
    }
}

/// A choice on the route being followed, its options tried one after another.
struct OpenChoice {
    situation: Situation,
    /// The history's length at the choice: rolling back to it puts the reader at the choice.
    mark: usize,
    /// The options that can be picked (0-based, as shown), and how many have been tried.
    enabled: Vec<usize>,
    tried: usize,
    /// What follows the options tried so far.
    outcome: Outcome,
}

/// Where following a route stopped.
enum Stop {
    /// What follows is known: an ending, a failure, a circle, a choice explored before, or
    /// nothing (the limit).
    Known(Rc<Outcome>),
    /// A choice not explored yet, opened.
    Choice(OpenChoice),
}

struct Explorer<'a> {
    story: &'a Story,
    live: Liveness,
    thresholds: Thresholds,
    limit: usize,
    /// What the search holds, against `limit`.
    budget: Budget,
    /// Situations explored to the end, with what follows from them.
    memo: FxHashMap<Situation, Rc<Outcome>>,
    /// Situations on the route being explored (to notice a route that comes back).
    open: FxHashSet<Situation>,
    picks: Vec<usize>,
    /// `read[scene][pc]`: the line at `pc` was shown (a set costs a twentieth of the time).
    read: Vec<Vec<bool>>,
    /// (scene, pc) of every choice reached.
    reached: FxHashSet<(SceneId, u32)>,
    /// (scene, menu pc, option) of every option that could be picked.
    available: FxHashSet<(SceneId, u32, usize)>,
    problems: Vec<RouteProblem>,
    complete: bool,
    events: Vec<Event>,
    /// For a second pass: the lines it looks for, and whether it has seen them all (it stops
    /// then: it counts nothing).
    wanted: FxHashSet<(SceneId, u32)>,
    found_all: bool,
    /// Per choice: the values (as situations key them) of the first situation met there, and
    /// which variables have had another value since: what tells its situations apart.
    variety: FxHashMap<(SceneId, u32), (Vec<i64>, Vec<bool>)>,
}

impl<'a> Explorer<'a> {
    /// An explorer that does not tell apart the conditions of the `if`s at `unread`.
    fn new(story: &'a Story, limit: usize, unread: &FxHashSet<(SceneId, u32)>) -> Self {
        Explorer {
            story,
            live: Liveness::of(story, unread),
            thresholds: Thresholds::of(story, unread),
            limit,
            budget: Budget::new(limit),
            memo: FxHashMap::default(),
            open: FxHashSet::default(),
            picks: Vec::new(),
            read: story
                .scenes
                .iter()
                .map(|s| vec![false; s.code.len()])
                .collect(),
            reached: FxHashSet::default(),
            available: FxHashSet::default(),
            problems: Vec::new(),
            complete: true,
            events: Vec::new(),
            wanted: FxHashSet::default(),
            found_all: false,
            variety: FxHashMap::default(),
        }
    }

    /// Takes in the lines a second pass showed (its choices and options are this one's).
    fn learn_lines_from(&mut self, second: &Explorer) {
        for (mine, theirs) in self.read.iter_mut().zip(&second.read) {
            for (m, t) in mine.iter_mut().zip(theirs) {
                *m |= *t;
            }
        }
        self.complete &= second.complete || second.found_all;
    }

    /// The routes from `state` (about to advance) to the endings. A loop, not recursion: the
    /// choices open on the route being followed are a stack of their own, so a route through
    /// any number of choices costs no Rust stack.
    fn explore(&mut self, state: &mut StoryState) -> Rc<Outcome> {
        let mut route: Vec<OpenChoice> = Vec::new();
        let mut stop = self.follow(state);
        loop {
            match stop {
                Stop::Choice(choice) => route.push(choice),
                // What follows the pick the innermost open choice is trying (or, with no
                // choice open, from the start).
                Stop::Known(then) => {
                    let Some(choice) = route.last_mut() else {
                        return then;
                    };
                    let pick = self.picks.pop().expect("a pick for each open choice");
                    choice.outcome.add(pick, &then);
                    // Back to the choice, whether the option showed lines or failed before any.
                    self.story.rollback_to(state, choice.mark);
                }
            }
            let choice = route.last_mut().expect("a choice was just opened or tried");
            stop = match choice.enabled.get(choice.tried) {
                Some(&index) => {
                    choice.tried += 1;
                    self.pick(state, index)
                }
                None => {
                    let choice = route.pop().expect("just looked at");
                    Stop::Known(self.close(state, choice))
                }
            };
        }
    }

    /// Picks option `index` (0-based, as shown) of the choice on screen and follows the route.
    fn pick(&mut self, state: &mut StoryState, index: usize) -> Stop {
        self.picks.push(index + 1);
        match self.story.choose(state, index) {
            Ok(()) => {
                self.note_available(state);
                self.follow(state)
            }
            // An option shown enabled can be picked; if the story says otherwise, that is a
            // problem of this route, not of the search.
            Err(e) => {
                self.problem(ProblemKind::Error(e));
                Stop::Known(self.nothing())
            }
        }
    }

    /// Follows the route from `state` (about to advance) to an ending, a failure, or a choice.
    fn follow(&mut self, state: &mut StoryState) -> Stop {
        // Lines after a scene is entered, by situation: a story can only come back round
        // without a choice through a jump or call, so a repeat here is a circle.
        let mut entered = FxHashSet::default();
        let mut entered_bytes = 0;
        loop {
            if let Err(e) = self.story.advance_into(state, &mut self.events) {
                self.problem(ProblemKind::Error(e));
                break Stop::Known(self.nothing());
            }
            if let Wait::Line { pc } = state.cursor.wait {
                self.read[state.cursor.scene as usize][pc as usize] = true;
                if self.wanted.remove(&(state.cursor.scene, pc)) && self.wanted.is_empty() {
                    self.found_all = true;
                }
                let scene_started = matches!(self.events.first(), Some(Event::SceneStart { .. }));
                if scene_started {
                    let situation = Situation::of(state, &self.live, &self.thresholds);
                    entered_bytes += budget::in_set(situation.0.len());
                    if !entered.insert(situation) {
                        let scene = self.story.scene(state.cursor.scene).name.clone();
                        self.problem(ProblemKind::Endless { scene });
                        break Stop::Known(self.nothing());
                    }
                }
                if self.full(state, entered_bytes) {
                    self.complete = false;
                    break Stop::Known(self.nothing());
                }
            }
            match self.events.last() {
                Some(Event::End { ending }) => {
                    let endings = self.story.endings.len();
                    break Stop::Known(Rc::new(Self::ending(endings, *ending)));
                }
                Some(Event::Choice(_)) => break self.open(state),
                // A line: go on. (No events means the story had already ended.)
                Some(_) => {}
                None => break Stop::Known(self.nothing()),
            }
        }
    }

    fn nothing(&self) -> Rc<Outcome> {
        Rc::new(Outcome::none(self.story.endings.len()))
    }

    /// Whether the search holds more bytes than its limit allows, with `also` bytes held by
    /// the caller and the history of the route being followed.
    fn full(&self, state: &StoryState, also: usize) -> bool {
        let route = state.history_len() * budget::PER_WAIT;
        self.budget.exceeded(also + route)
    }

    fn ending(endings: usize, ending: EndingId) -> Outcome {
        let mut outcome = Outcome::none(endings);
        outcome.routes[ending] = 1;
        outcome
    }

    /// At a choice: what follows it when that is known already (remembered, or a loop, or
    /// past the limit); otherwise the choice, opened, for its options to be tried.
    fn open(&mut self, state: &StoryState) -> Stop {
        if self.found_all {
            return Stop::Known(self.nothing());
        }
        let situation = Situation::of(state, &self.live, &self.thresholds);
        if let Some(outcome) = self.memo.get(&situation) {
            return Stop::Known(outcome.clone());
        }
        let (scene, pc) = situation.scene_and_pc();
        if self.open.contains(&situation) {
            let choice = self.choice_name(scene, pc);
            let scene = self.story.scene(scene).name.clone();
            self.problem(ProblemKind::Loop { scene, choice });
            return Stop::Known(self.nothing());
        }
        if self.memo.len() >= self.limit || self.full(state, budget::in_set(situation.0.len())) {
            self.complete = false;
            return Stop::Known(self.nothing());
        }
        self.reached.insert((scene, pc));
        let Some(Event::Choice(menu)) = self.events.last() else {
            unreachable!("open is called at a choice")
        };
        let enabled: Vec<usize> = (0..menu.options.len())
            .filter(|&i| menu.options[i].enabled)
            .collect();
        self.budget.take(budget::in_set(situation.0.len()));
        self.open.insert(situation.clone());
        Stop::Choice(OpenChoice {
            situation,
            mark: state.history.len(),
            enabled,
            tried: 0,
            outcome: Outcome::none(self.story.endings.len()),
        })
    }

    /// A choice whose options have all been tried (the reader is back at it): remembers and
    /// returns what follows it.
    fn close(&mut self, state: &StoryState, choice: OpenChoice) -> Rc<Outcome> {
        let OpenChoice {
            situation, outcome, ..
        } = choice;
        self.open.remove(&situation);
        self.budget.give_back(budget::in_set(situation.0.len()));
        let (scene, pc) = situation.scene_and_pc();
        let outcome = Rc::new(outcome);
        let endings = self.story.endings.len();
        self.budget
            .take(budget::remembered(situation.0.len(), endings));
        self.memo.insert(situation, outcome.clone());
        self.note_variety(state, scene, pc);
        outcome
    }

    /// Notes which variables differ between this situation at the choice and the first one.
    fn note_variety(&mut self, state: &StoryState, scene: SceneId, pc: u32) {
        let keys: Vec<i64> = state
            .vars
            .iter()
            .enumerate()
            .map(|(v, value)| match value {
                _ if !self.live.var(scene, pc, v) => 0,
                Value::Int(n) => self.thresholds.key(scene, pc, v, *n).unwrap_or(*n),
                Value::Bool(b) => *b as i64,
                Value::Str(text) => crate::compile::fnv(std::iter::once(&**text)) as i64,
            })
            .collect();
        let (first, varies) = self
            .variety
            .entry((scene, pc))
            .or_insert_with(|| (keys.clone(), vec![false; keys.len()]));
        for ((f, k), v) in first.iter().zip(&keys).zip(varies.iter_mut()) {
            *v |= f != k;
        }
    }

    /// Just after a pick: remembers which written option it was.
    fn note_available(&mut self, state: &StoryState) {
        if let Wait::Picked { menu, option } = state.cursor.wait {
            self.available.insert((state.cursor.scene, menu, option));
        }
    }

    /// How to name the choice at `pc` to a writer: its prompt, else its key.
    fn choice_name(&self, scene: SceneId, pc: u32) -> String {
        match &self.story.scene(scene).code[pc as usize] {
            Op::Menu(menu) => match &menu.prompt {
                Some(prompt) => format!("\"{}\"", self.story.written(prompt)),
                None => format!("#{}", menu.key),
            },
            _ => String::new(),
        }
    }

    fn problem(&mut self, kind: ProblemKind) {
        self.budget.take(budget::problem(self.picks.len()));
        self.problems.push(RouteProblem {
            picks: self.picks.clone(),
            kind,
        });
    }

    /// The first route found to `ending`: from the start, the first pick that leads there at
    /// each choice, as remembered.
    fn example(&mut self, ending: EndingId) -> Option<Vec<usize>> {
        let mut state = StoryState::new(self.story);
        let mut picks = Vec::new();
        loop {
            self.story.advance_into(&mut state, &mut self.events).ok()?;
            match self.events.last()? {
                Event::End { ending: reached } => return (*reached == ending).then_some(picks),
                Event::Choice(_) => {
                    let situation = Situation::of(&state, &self.live, &self.thresholds);
                    let pick = self.memo.get(&situation)?.first[ending] as usize;
                    self.story.choose(&mut state, pick.checked_sub(1)?).ok()?;
                    picks.push(pick);
                }
                _ => {}
            }
        }
    }

    /// The choices with the most situations.
    fn crowded(&self) -> Vec<Crowded> {
        let mut per: FxHashMap<(SceneId, u32), usize> = FxHashMap::default();
        for situation in self.memo.keys() {
            *per.entry(situation.scene_and_pc()).or_default() += 1;
        }
        let mut per: Vec<_> = per.into_iter().collect();
        per.sort_by_key(|&((scene, pc), n)| (std::cmp::Reverse(n), scene, pc));
        per.into_iter()
            .take(CROWDED)
            .map(|((scene, pc), situations)| {
                let Op::Menu(menu) = &self.story.scene(scene).code[pc as usize] else {
                    unreachable!("situations are kept at choices")
                };
                let varies = self.variety.get(&(scene, pc)).map(|(_, v)| v.as_slice());
                let telling_apart = (0..self.story.variables.len())
                    .filter(|&v| varies.is_some_and(|varies| varies[v]))
                    .map(|v| self.story.variables[v].name.clone())
                    .collect();
                Crowded {
                    choice: Place {
                        scene: self.story.scene(scene).name.clone(),
                        key: menu.key.to_string(),
                        text: menu
                            .prompt
                            .as_ref()
                            .map(|p| self.story.written(p))
                            .unwrap_or_default(),
                    },
                    situations,
                    telling_apart,
                }
            })
            .collect()
    }

    /// Compares what was reached with what the story has.
    fn report(mut self, outcome: &Outcome) -> Routes {
        let endings = (0..self.story.endings.len())
            .map(|ending| EndingRoutes {
                routes: outcome.routes[ending],
                example: match outcome.routes[ending] {
                    0 => None,
                    _ => self.example(ending),
                },
            })
            .collect();
        let crowded = self.crowded();
        let mut routes = Routes {
            crowded,
            endings,
            situations: self.memo.len(),
            unread_lines: Vec::new(),
            unreached_choices: Vec::new(),
            unavailable_options: Vec::new(),
            problems: self.problems,
            complete: self.complete,
        };
        for (id, scene) in self.story.scenes.iter().enumerate() {
            let id = id as SceneId;
            let place = |key: &str, text: Option<&Template>| Place {
                scene: scene.name.clone(),
                key: key.to_string(),
                text: text.map(|t| self.story.written(t)).unwrap_or_default(),
            };
            for (pc, op) in scene.code.iter().enumerate() {
                match op {
                    Op::Say(say) if !self.read[id as usize][pc] => {
                        routes.unread_lines.push(place(&say.key, Some(&say.text)))
                    }
                    Op::Menu(menu) if !self.reached.contains(&(id, pc as u32)) => routes
                        .unreached_choices
                        .push(place(&menu.key, menu.prompt.as_ref())),
                    Op::Menu(menu) => {
                        for (i, option) in menu.options.iter().enumerate() {
                            if !self.available.contains(&(id, pc as u32, i)) {
                                let option = place(&option.key, Some(&option.text));
                                routes.unavailable_options.push(option);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        routes
    }
}
