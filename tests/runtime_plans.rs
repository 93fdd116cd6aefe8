//! Runtime specification tests. Each `tests/plans/*.plan` file holds a small story and the
//! transcript a reader must see, with the reader's actions (`select: 2`, `rollback: 1`)
//! between the lines. Every plan runs twice: plainly, and in save round-trip mode, where before
//! every step the state is saved to TOML, reloaded, and the step is taken on both copies,
//! which must then agree on events and on their next save. Plain mode reads through
//! `advance_into` with one reused vector, round-trip mode through `advance`. In both, a step
//! that fails must leave the whole state (position, variables, visits, stage, call stack,
//! history) exactly as it was: the harness compares it before and after every failed step.
//!
//! Plan format, sections start with `=== name`:
//!   === story.toml   (optional; `plans/default.toml` otherwise)
//!   === script       the `.vn` text
//!   === plan         one item a line:
//!     `Speaker: text` or `> narration`    a line (speaker by display name)
//!     `? prompt`   `- option`   `- [disabled] option`    a choice as shown
//!     `end: ending_id`    `error: message`    `scene: name` (only if the plan lists scenes)
//!     `stage: ...`        stage directions, only if the plan lists any
//!     `select: N`         choose the N-th shown option (1-based)
//!     `rollback: N`       roll back N lines; the line or choice then on screen follows
//!     `forward: N`        roll forward N lines through what was rolled back, the same way
//!     `state: name = value`   a variable's current value

use spearhead_core::{Event, SaveData, Story, StoryState};
use std::collections::VecDeque;
use std::path::Path;

struct Plan {
    manifest: String,
    script: String,
    items: Vec<String>,
}

fn read_plan(path: &Path) -> Plan {
    let text = std::fs::read_to_string(path).expect("plan file is readable");
    let mut sections: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            sections.push((name.trim().to_string(), String::new()));
        } else if let Some((_, body)) = sections.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    let section = |name: &str| {
        sections
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.clone())
    };
    let default_manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/plans/default.toml");
    Plan {
        manifest: section("story.toml").unwrap_or_else(|| {
            std::fs::read_to_string(default_manifest).expect("default manifest")
        }),
        script: section("script").expect("a plan has a === script section"),
        items: section("plan")
            .expect("a plan has a === plan section")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
            .map(String::from)
            .collect(),
    }
}

/// Runs the story, driven by the plan's actions, and returns the transcript it produced.
struct Reader<'s> {
    story: &'s Story,
    state: StoryState,
    roundtrip: bool,
    show_scenes: bool,
    show_stage: bool,
    pending: VecDeque<String>,
    transcript: Vec<String>,
    /// The vector plain mode reuses for every step's events.
    events: Vec<Event>,
}

impl Reader<'_> {
    fn run(mut self, items: &[String]) -> Vec<String> {
        for item in items {
            if let Some(n) = item.strip_prefix("select:") {
                self.transcript.push(item.clone());
                let n: usize = n.trim().parse().expect("select takes a number");
                let result = self.step(|story, state| story.choose(state, n - 1));
                if let Err(e) = result {
                    self.pending.push_back(format!("error: {e}"));
                }
            } else if let Some(n) = item.strip_prefix("rollback:") {
                self.transcript.push(item.clone());
                self.pending.clear();
                for _ in 0..n.trim().parse::<usize>().expect("rollback takes a number") {
                    assert!(
                        self.story.rollback(&mut self.state),
                        "nothing left to roll back"
                    );
                }
                let current = self
                    .story
                    .current(&self.state)
                    .expect("something is on screen after rollback");
                self.describe(&current);
            } else if let Some(n) = item.strip_prefix("forward:") {
                self.transcript.push(item.clone());
                self.pending.clear();
                for _ in 0..n.trim().parse::<usize>().expect("forward takes a number") {
                    assert!(
                        self.story.roll_forward(&mut self.state),
                        "nothing to roll forward to"
                    );
                }
                let current = self
                    .story
                    .current(&self.state)
                    .expect("something is on screen after rolling forward");
                self.describe(&current);
            } else if let Some(name) = item.strip_prefix("state:") {
                let name = name.split('=').next().unwrap_or_default().trim();
                let value = self
                    .state
                    .get(self.story, name)
                    .map_or("<undeclared>".to_string(), |v| v.to_string());
                self.transcript.push(format!("state: {name} = {value}"));
            } else {
                let next = self.next_output();
                self.transcript.push(next);
            }
        }
        // Anything the story would still show without more input is part of the transcript.
        while self.pending.front().is_some() {
            let next = self.next_output();
            self.transcript.push(next);
        }
        self.transcript
    }

    fn next_output(&mut self) -> String {
        while self.pending.is_empty() {
            if self.state.ended().is_some() && self.pending.is_empty() {
                return "<the story has ended>".into();
            }
            if self.state.is_choosing() {
                return "<waiting for a choice>".into();
            }
            let result = if self.roundtrip {
                self.step(|story, state| story.advance(state))
            } else {
                // Plain mode reads through `advance_into` with one vector for the whole plan,
                // as a front end may: nothing a step leaves in it may leak into the next.
                let mut events = std::mem::take(&mut self.events);
                let before = self.state.clone();
                let result = self.story.advance_into(&mut self.state, &mut events);
                if let Err(e) = &result {
                    assert!(events.is_empty(), "an error left {} events", events.len());
                    assert_eq!(self.state, before, "`{e}` changed the state");
                }
                let result = result.map(|()| events.clone());
                self.events = events;
                result
            };
            match result {
                Ok(events) => events.iter().for_each(|e| self.describe(e)),
                Err(e) => self.pending.push_back(format!("error: {e}")),
            }
            if self.pending.is_empty() && self.state.ended().is_some() {
                return "<the story has ended>".into();
            }
        }
        self.pending.pop_front().expect("not empty")
    }

    /// Takes one step; in round-trip mode also takes it on a reloaded copy and compares.
    fn step<T: PartialEq + std::fmt::Debug>(
        &mut self,
        f: impl Fn(&Story, &mut StoryState) -> Result<T, spearhead_core::RuntimeError>,
    ) -> Result<T, spearhead_core::RuntimeError> {
        if !self.roundtrip {
            return unchanged_on_error(self.story, &mut self.state, &f);
        }
        let saved = self.story.save(&self.state);
        let text = saved.to_toml();
        let reloaded = SaveData::from_toml(&text).expect("a save reads back");
        assert_eq!(reloaded, saved, "save data survives TOML:\n{text}");
        let (mut copy, warnings) = self.story.restore(&reloaded).expect("a save restores");
        assert!(
            warnings.is_empty(),
            "restoring an unchanged story warns: {warnings:?}"
        );
        let original = unchanged_on_error(self.story, &mut self.state, &f);
        let from_copy = unchanged_on_error(self.story, &mut copy, &f);
        assert_eq!(
            original, from_copy,
            "a reloaded state behaves the same, from save:\n{text}"
        );
        assert_eq!(
            self.story.save(&self.state),
            self.story.save(&copy),
            "and ends in the same state, from save:\n{text}"
        );
        original
    }

    fn describe(&mut self, event: &Event) {
        let story = self.story;
        match event {
            Event::Line(line) => self.pending.push_back(match line.speaker {
                Some(c) => format!("{}: {}", story.characters[c].name, line.text),
                None => format!("> {}", line.text),
            }),
            Event::Choice(menu) => {
                if let Some(prompt) = &menu.prompt {
                    self.pending.push_back(format!("? {prompt}"));
                }
                for option in &menu.options {
                    let mark = if option.enabled { "" } else { "[disabled] " };
                    self.pending.push_back(format!("- {mark}{}", option.text));
                }
            }
            Event::End { ending } => self
                .pending
                .push_back(format!("end: {}", story.endings[*ending].id)),
            Event::SceneStart { scene } if self.show_scenes => self
                .pending
                .push_back(format!("scene: {}", story.scene(*scene).name)),
            Event::Stage(direction) if self.show_stage => {
                self.pending.push_back(format!("stage: {direction}"))
            }
            Event::SceneStart { .. } | Event::Stage(_) | Event::Condition { .. } => {}
        }
    }
}

/// Takes a step; when it fails, checks that the state is exactly as it was before.
fn unchanged_on_error<T>(
    story: &Story,
    state: &mut StoryState,
    f: &impl Fn(&Story, &mut StoryState) -> Result<T, spearhead_core::RuntimeError>,
) -> Result<T, spearhead_core::RuntimeError> {
    let before = state.clone();
    let result = f(story, state);
    if let Err(e) = &result {
        assert_eq!(*state, before, "`{e}` changed the state");
    }
    result
}

fn run_plan(path: &Path, roundtrip: bool) -> Result<(), String> {
    let plan = read_plan(path);
    let root = path.parent().expect("plans live in a folder");
    let loaded = spearhead_core::load_str(root, &plan.manifest, &[("plan.vn", &plan.script)]);
    if loaded.has_errors() {
        return Err(format!(
            "the story does not check:\n{}",
            loaded.render(false)
        ));
    }
    let story = loaded.story.expect("no errors");
    let reader = Reader {
        story: &story,
        state: StoryState::new(&story),
        roundtrip,
        show_scenes: plan.items.iter().any(|i| i.starts_with("scene:")),
        show_stage: plan.items.iter().any(|i| i.starts_with("stage:")),
        pending: VecDeque::new(),
        transcript: Vec::new(),
        events: Vec::new(),
    };
    let actual = reader.run(&plan.items);
    let expected: Vec<String> = plan
        .items
        .iter()
        .map(|i| match i.strip_prefix("state:") {
            // Normalise spacing so `state: x=1` and `state: x = 1` compare equal.
            Some(rest) => {
                let (name, value) = rest.split_once('=').unwrap_or((rest, ""));
                format!("state: {} = {}", name.trim(), value.trim())
            }
            None => i.clone(),
        })
        .collect();
    if actual != expected {
        return Err(format!(
            "transcript differs{}\n--- expected\n{}\n--- actual\n{}",
            if roundtrip {
                " (save round-trip mode)"
            } else {
                ""
            },
            expected.join("\n"),
            actual.join("\n")
        ));
    }
    Ok(())
}

/// Runs one plan plainly and in save round-trip mode; fails naming the plan and the mode.
fn check_plan(file: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/plans")
        .join(file);
    for roundtrip in [false, true] {
        if let Err(e) = run_plan(&path, roundtrip) {
            panic!("{file}: {e}");
        }
    }
}

/// One test per plan file, named after it, so a failure names its plan.
macro_rules! plans {
    ($($test:ident: $file:literal,)*) => {
        /// Every plan file a test runs.
        const PLANS: &[&str] = &[$($file),*];

        $(
            #[test]
            fn $test() {
                check_plan($file);
            }
        )*
    };
}

plans! {
    plan_01_lines: "01_lines.plan",
    plan_02_choices: "02_choices.plan",
    plan_03_conditions: "03_conditions.plan",
    plan_04_stats_clamp: "04_stats_clamp.plan",
    plan_05_call_return: "05_call_return.plan",
    plan_06_rollback: "06_rollback.plan",
    plan_07_runaway: "07_runaway.plan",
    plan_08_stage: "08_stage.plan",
    plan_09_hidden_menu: "09_hidden_menu.plan",
    plan_10_indented_scene: "10_indented_scene.plan",
    plan_11_comments: "11_comments.plan",
    plan_12_division_by_zero: "12_division_by_zero.plan",
    plan_13_string_too_long: "13_string_too_long.plan",
    plan_14_line_too_long: "14_line_too_long.plan",
    plan_15_call_too_deep: "15_call_too_deep.plan",
    plan_16_return_without_call: "16_return_without_call.plan",
    plan_17_choose_errors: "17_choose_errors.plan",
    plan_18_condition_fails_at_a_choice: "18_condition_fails_at_a_choice.plan",
    plan_19_once_options: "19_once_options.plan",
    plan_20_roll_forward: "20_roll_forward.plan",
    plan_21_text_variation: "21_text_variation.plan",
}

/// A plan file added to tests/plans needs its line in `plans!`, or it would never run.
#[test]
fn every_plan_file_has_its_test() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/plans");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/plans exists")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".plan"))
        .collect();
    files.sort();
    assert_eq!(files, PLANS);
}

/// A stage direction's text form, which plans assert, is the script line that gives it.
#[test]
fn a_stage_direction_reads_as_the_line_that_gives_it() {
    let lines = [
        "bg office",
        "bg office with dissolve 1.5",
        "show lena",
        "show lena (smile) at left with fade",
        "show lena at right with cut 0.25",
        "hide lena with fade 2",
        "move lena to center",
        "move lena to right over 0.5",
        "music play theme",
        "music play theme fade 2",
        "music stop",
        "music stop fade 3",
        "sound radio",
        "wait 1.5",
        "fade out",
        "fade out 1",
        "fade in 0.5",
        "flash",
        "shake 0.3",
    ];
    let script = format!("scene start\n{}\n> Done.\nend good\n", lines.join("\n"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/plans");
    let manifest = std::fs::read_to_string(dir.join("default.toml")).expect("default manifest");
    let loaded = spearhead_core::load_str(&dir, &manifest, &[("stage.vn", &script)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    let story = loaded.story.expect("no errors");
    let mut state = StoryState::new(&story);
    let shown: Vec<String> = story
        .advance(&mut state)
        .expect("the story runs")
        .iter()
        .filter_map(|event| match event {
            Event::Stage(direction) => Some(direction.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(shown, lines);
}
