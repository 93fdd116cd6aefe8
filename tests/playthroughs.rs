//! Random play-throughs (issue 13): seeded walks through the bundled story, the test fixtures
//! and the runtime plans' stories, mixing reading on, choosing, rolling back, saving and loading
//! (the real save format: TOML, and now and then the player's own save files) and switching
//! language (every line looked up in each of the story's locales as it shows). What must hold:
//!
//! - after every load, the state is the state saved (it saves to the same data), the same line
//!   or choice is on screen, and the story goes on exactly as it would have without the save
//!   and load (the same events, step by step, through the same choices);
//! - rolling back one step and reading on shows again what was on screen;
//! - an option that cannot be taken is refused and changes nothing;
//! - every line and choice has text in every language, and the bundled story's English and
//!   Japanese catalogs never fall back or fail.
//!
//! `cargo test --test playthroughs` runs a short sample. The long run:
//! `SPEARHEAD_PLAYTHROUGHS=N cargo test --release --test playthroughs -- --nocapture` plays N
//! walks per story and prints the figures; `SPEARHEAD_PLAYTHROUGH_SEED=S` replays the walks of
//! seed S only (a failure names its seed).

use spearhead_core::locale::{choose, Catalog};
use spearhead_core::{Event, LineKey, SaveData, Story, StoryState};
use spearhead_player::saves::Saves;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// SplitMix64: a tiny, seedable generator, so a failing walk can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// What the walks did, summed over a run.
#[derive(Debug, Default)]
struct Figures {
    walks: usize,
    steps: usize,
    lines: usize,
    choices: usize,
    refusals: usize,
    rollbacks: usize,
    loads: usize,
    file_loads: usize,
    language_switches: usize,
    lookups: usize,
    endings: usize,
    /// How many walks ended at each ending, by its ID.
    ending_ids: BTreeMap<String, usize>,
    runtime_errors: usize,
    failures: Vec<String>,
}

impl Figures {
    fn add(&mut self, other: Figures) {
        self.walks += other.walks;
        self.steps += other.steps;
        self.lines += other.lines;
        self.choices += other.choices;
        self.refusals += other.refusals;
        self.rollbacks += other.rollbacks;
        self.loads += other.loads;
        self.file_loads += other.file_loads;
        self.language_switches += other.language_switches;
        self.lookups += other.lookups;
        self.endings += other.endings;
        for (id, n) in other.ending_ids {
            *self.ending_ids.entry(id).or_default() += n;
        }
        self.runtime_errors += other.runtime_errors;
        self.failures.extend(other.failures);
    }
}

/// A story to walk, with a catalog per locale it has.
struct Subject {
    name: String,
    story: Story,
    catalogs: Vec<Catalog>,
    /// The bundled story: its English catalog is the scripts' text exactly, and its Japanese is
    /// complete, so neither may ever warn.
    strict_catalogs: bool,
}

impl Subject {
    fn load(name: &str, dir: &Path, strict_catalogs: bool) -> Subject {
        let loaded = spearhead_core::load(dir);
        assert!(!loaded.has_errors(), "{name}: {}", loaded.render(false));
        Subject::new(name, loaded.story.expect("no errors"), strict_catalogs)
    }

    fn new(name: &str, story: Story, strict_catalogs: bool) -> Subject {
        let source = story.default_locale().to_string();
        let locales = choose::available(&story.locales_dir(), &source).unwrap_or_default();
        let catalogs = locales
            .iter()
            .map(|locale| Catalog::for_story(&story, locale).expect("a locale of the story"))
            .collect();
        Subject {
            name: name.to_string(),
            story,
            catalogs,
            strict_catalogs,
        }
    }
}

type Check = Result<(), String>;

/// Bundled translations that are partial on purpose: the French worked example translates the
/// interface and chapter 1 (docs/TRANSLATING.md), so elsewhere it falls back to English, with
/// warnings.
const PARTIAL_LOCALES: &[&str] = &["fr-FR"];

macro_rules! ensure {
    ($condition:expr, $($message:tt)+) => {
        if !$condition {
            return Err(format!($($message)+));
        }
    };
}

/// One walk: a state, the language shown, and where to put save files.
struct Walk<'a> {
    subject: &'a Subject,
    rng: Rng,
    state: StoryState,
    /// Index into `subject.catalogs`; `None` shows the scripts' own text.
    language: Option<usize>,
    saves: Saves,
    figures: Figures,
}

impl<'a> Walk<'a> {
    fn story(&self) -> &Story {
        &self.subject.story
    }

    fn run(&mut self, max_steps: usize) -> Check {
        for _ in 0..max_steps {
            self.figures.steps += 1;
            if let Some(ending) = self.state.ended() {
                if !self.rng.chance(40) {
                    self.figures.endings += 1;
                    let id = self.story().endings[ending].id.clone();
                    *self.figures.ending_ids.entry(id).or_default() += 1;
                    return Ok(());
                }
                self.rollback()?;
                continue;
            }
            match self.rng.below(100) {
                0..=4 => self.rollback()?,
                5..=11 => self.save_and_load()?,
                12..=14 => self.switch_language(),
                _ if self.state.is_choosing() => {
                    if !self.choose()? {
                        return Ok(());
                    }
                }
                _ => {
                    if !self.advance()? {
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    }

    /// Reads on; false when the story failed at run time (which ends the walk).
    fn advance(&mut self) -> Result<bool, String> {
        match self.subject.story.advance(&mut self.state) {
            Ok(events) => {
                self.show(&events)?;
                Ok(true)
            }
            Err(_) => {
                self.figures.runtime_errors += 1;
                Ok(false)
            }
        }
    }

    /// Picks an option (now and then one that cannot be taken, which must change nothing);
    /// false when no option can be taken.
    fn choose(&mut self) -> Result<bool, String> {
        let Some(Event::Choice(menu)) = self.story().current(&self.state) else {
            return Err("waiting for a choice with none on screen".into());
        };
        let enabled: Vec<usize> = (0..menu.options.len())
            .filter(|&i| menu.options[i].enabled)
            .collect();
        let refused: Vec<usize> = (0..=menu.options.len())
            .filter(|i| !enabled.contains(i))
            .collect();
        if self.rng.chance(5) {
            let index = refused[self.rng.below(refused.len())];
            let before = self.story().save(&self.state);
            let result = self.subject.story.choose(&mut self.state, index);
            ensure!(result.is_err(), "option {index} of {menu:?} was taken");
            ensure!(
                self.story().save(&self.state) == before,
                "a refused option changed the state"
            );
            self.figures.refusals += 1;
            return Ok(true);
        }
        if enabled.is_empty() {
            return Ok(false);
        }
        let index = enabled[self.rng.below(enabled.len())];
        self.subject
            .story
            .choose(&mut self.state, index)
            .map_err(|e| format!("option {index} of {menu:?}: {e}"))?;
        self.figures.choices += 1;
        self.advance()?;
        Ok(true)
    }

    /// Rolls back a few steps; after one step back, reading on shows again what was on screen.
    fn rollback(&mut self) -> Check {
        let story = &self.subject.story;
        let before = story.current(&self.state);
        let steps = 1 + self.rng.below(4);
        let mut went = 0;
        while went < steps && story.rollback(&mut self.state) {
            went += 1;
        }
        self.figures.rollbacks += went;
        if went == 0 {
            return Ok(());
        }
        let now = story.current(&self.state);
        if let Some(event) = &now {
            self.show(std::slice::from_ref(event))?;
        }
        if went == 1 && !self.state.is_choosing() {
            let mut again = self.state.clone();
            let events = story
                .advance(&mut again)
                .map_err(|e| format!("reading on after a rollback: {e}"))?;
            let shown = events
                .iter()
                .rev()
                .find(|e| matches!(e, Event::Line(_) | Event::Choice(_) | Event::End { .. }));
            ensure!(
                shown == before.as_ref(),
                "after a rollback, reading on showed {shown:?}, not {before:?}"
            );
        }
        Ok(())
    }

    /// Saves, loads, and checks the loaded state against the one saved, then goes on from the
    /// loaded one, as a reader would.
    fn save_and_load(&mut self) -> Check {
        let story = &self.subject.story;
        let saved = story.save(&self.state);
        let restored = if self.rng.chance(12) {
            self.figures.file_loads += 1;
            self.saves
                .write("slot-01", story, &self.state)
                .map_err(|e| format!("writing the save file: {e}"))?;
            let (state, warnings) = self
                .saves
                .read("slot-01", story)
                .map_err(|e| format!("reading the save file: {e}"))?;
            ensure!(warnings.is_empty(), "loading warned: {warnings:?}");
            state
        } else {
            let text = saved.to_toml();
            let reloaded = SaveData::from_toml(&text).map_err(|e| format!("{e}\n{text}"))?;
            ensure!(reloaded == saved, "the save changed through TOML:\n{text}");
            let (state, warnings) = story.restore(&reloaded).map_err(|e| e.to_string())?;
            ensure!(warnings.is_empty(), "loading warned: {warnings:?}");
            state
        };
        self.figures.loads += 1;
        ensure!(
            story.save(&restored) == saved,
            "the loaded state saves differently:\n{}\n---\n{}",
            saved.to_toml(),
            story.save(&restored).to_toml()
        );
        ensure!(
            story.current(&restored) == story.current(&self.state),
            "a different screen after loading"
        );
        self.same_story_ahead(&restored)?;
        self.state = restored;
        Ok(())
    }

    /// The original and the loaded state, driven alike for a few steps, show the same events
    /// (or fail alike) and end in the same state.
    fn same_story_ahead(&mut self, restored: &StoryState) -> Check {
        let story = &self.subject.story;
        let mut original = self.state.clone();
        let mut loaded = restored.clone();
        for step in 0..12 {
            if original.ended().is_some() {
                break;
            }
            if original.is_choosing() {
                let Some(Event::Choice(menu)) = story.current(&original) else {
                    return Err("waiting for a choice with none on screen".into());
                };
                let enabled: Vec<usize> = (0..menu.options.len())
                    .filter(|&i| menu.options[i].enabled)
                    .collect();
                if enabled.is_empty() {
                    break;
                }
                let index = enabled[self.rng.below(enabled.len())];
                let a = story.choose(&mut original, index);
                let b = story.choose(&mut loaded, index);
                ensure!(a == b, "step {step}: choosing {index}: {a:?} / {b:?}");
            }
            let a = story.advance(&mut original);
            let b = story.advance(&mut loaded);
            ensure!(a == b, "step {step} after loading: {a:?}\n/ {b:?}");
            if a.is_err() {
                break;
            }
        }
        ensure!(
            story.save(&original) == story.save(&loaded),
            "the loaded state went on to a different state"
        );
        Ok(())
    }

    fn switch_language(&mut self) {
        self.figures.language_switches += 1;
        let choices = self.subject.catalogs.len() + 1;
        self.language = match self.rng.below(choices) {
            0 => None,
            n => Some(n - 1),
        };
    }

    /// What a front end shows for these events, in the language shown (and, to look every line
    /// up in every language, in each of the story's other languages too).
    fn show(&mut self, events: &[Event]) -> Check {
        for event in events {
            match event {
                Event::Line(line) => {
                    self.figures.lines += 1;
                    for catalog in self.catalogs_to_ask() {
                        let text = catalog.line(self.story(), &self.state, line);
                        self.figures.lookups += 1;
                        ensure!(
                            !text.is_empty(),
                            "{}: `{}` is empty",
                            catalog.locale(),
                            line.key
                        );
                        let source = catalog.locale() == catalog.source_locale();
                        let tagged = !line.key.parse::<LineKey>().is_ok_and(|k| k.is_untagged());
                        if self.subject.strict_catalogs && source && tagged {
                            ensure!(
                                text == line.text,
                                "`{}` in {}: {text:?}, the script says {:?}",
                                line.key,
                                catalog.locale(),
                                line.text
                            );
                        }
                        self.check_warnings(catalog)?;
                    }
                }
                Event::Choice(menu) => {
                    for catalog in self.catalogs_to_ask() {
                        let shown = catalog.choice(self.story(), &self.state, menu);
                        self.figures.lookups += 1;
                        ensure!(
                            shown.options.len() == menu.options.len()
                                && shown.options.iter().all(|o| !o.text.is_empty()),
                            "{}: the choice `{}` lost options or text",
                            catalog.locale(),
                            menu.key
                        );
                        self.check_warnings(catalog)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The language shown, and now and then every language.
    fn catalogs_to_ask(&mut self) -> Vec<&'a Catalog> {
        let catalogs = &self.subject.catalogs;
        if self.rng.chance(10) {
            catalogs.iter().collect()
        } else {
            self.language.map(|i| &catalogs[i]).into_iter().collect()
        }
    }

    fn check_warnings(&self, catalog: &Catalog) -> Check {
        let warnings = catalog.take_warnings();
        let strict = self.subject.strict_catalogs && !PARTIAL_LOCALES.contains(&catalog.locale());
        ensure!(
            !strict || warnings.is_empty(),
            "{} warned: {warnings:?}",
            catalog.locale()
        );
        Ok(())
    }
}

/// How many walks per story, and seeds to use: the environment's, or `short` (for `cargo test`).
fn seeds(short: usize) -> Vec<u64> {
    if let Some(seed) = env_number("SPEARHEAD_PLAYTHROUGH_SEED") {
        return vec![seed];
    }
    let n = env_number("SPEARHEAD_PLAYTHROUGHS").map_or(short, |n| n as usize);
    (1..=n as u64).collect()
}

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    Some(
        value
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value} is not a number")),
    )
}

/// Walks `subject` once per seed, each up to `max_steps` steps.
fn walk_all(subject: &Subject, seeds: &[u64], max_steps: usize) -> Figures {
    static RUN: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "spearhead-playthroughs-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    let mut total = Figures::default();
    for &seed in seeds {
        let mut walk = Walk {
            subject,
            // Each story walks its own paths from the same seeds.
            rng: Rng(seed ^ name_hash(&subject.name)),
            state: StoryState::new(&subject.story),
            language: None,
            saves: Saves::in_dir(&dir),
            figures: Figures::default(),
        };
        let result = walk.run(max_steps);
        walk.figures.walks += 1;
        if let Err(failure) = result {
            walk.figures
                .failures
                .push(format!("{} seed {seed}: {failure}", subject.name));
        }
        total.add(walk.figures);
    }
    let _ = std::fs::remove_dir_all(&dir);
    total
}

fn name_hash(name: &str) -> u64 {
    name.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

fn report(what: &str, figures: &Figures) {
    println!(
        "{what}: {} play-throughs, {} steps ({} lines, {} choices, {} refused options, {} \
         rollbacks, {} save/load round trips of which {} through save files, {} language \
         switches, {} catalog lookups), {} endings ({} different), {} stopped by a run-time error the story \
         means to raise (07_runaway.plan), {} failures",
        figures.walks,
        figures.steps,
        figures.lines,
        figures.choices,
        figures.refusals,
        figures.rollbacks,
        figures.loads,
        figures.file_loads,
        figures.language_switches,
        figures.lookups,
        figures.endings,
        figures.ending_ids.len(),
        figures.runtime_errors,
        figures.failures.len()
    );
    assert!(
        figures.failures.is_empty(),
        "{} failure(s); the first:\n{}",
        figures.failures.len(),
        figures.failures[..figures.failures.len().min(5)].join("\n\n")
    );
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_bundled_story_survives_random_play_throughs() {
    let subject = Subject::load("story", &root().join("story"), true);
    assert!(
        subject.catalogs.len() >= 2,
        "the bundled story is in English and Japanese"
    );
    let figures = walk_all(&subject, &seeds(20), 4000);
    report("the bundled story", &figures);
    println!("  endings reached: {:?}", figures.ending_ids);
    assert!(figures.loads > 0 && figures.rollbacks > 0 && figures.language_switches > 0);
}

#[test]
fn the_fixture_stories_survive_random_play_throughs() {
    let fixtures = root().join("tests/fixtures");
    let mut total = Figures::default();
    for dir in [
        "locale/story",
        "player",
        "saves/v1",
        "saves/v2",
        "cli/good",
        "cli/warn",
        "layout",
    ] {
        let subject = Subject::load(dir, &fixtures.join(dir), false);
        total.add(walk_all(&subject, &seeds(100), 300));
    }
    report("the fixture stories", &total);
    assert!(total.endings > 0);
}

#[test]
fn the_runtime_plans_stories_survive_random_play_throughs() {
    let plans = root().join("tests/plans");
    let default_manifest = std::fs::read_to_string(plans.join("default.toml")).unwrap();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&plans)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "plan"))
        .collect();
    paths.sort();
    let mut total = Figures::default();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let manifest = section(&text, "story.toml").unwrap_or_else(|| default_manifest.clone());
        let script = section(&text, "script").expect("a plan has a script");
        let loaded = spearhead_core::load_str(&plans, &manifest, &[("plan.vn", &script)]);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(!loaded.has_errors(), "{name}: {}", loaded.render(false));
        let story = loaded.story.expect("no errors");
        total.add(walk_all(
            &Subject::new(&name, story, false),
            &seeds(30),
            200,
        ));
    }
    report("the runtime plans' stories", &total);
}

/// A `=== name` section of a plan file.
fn section(text: &str, name: &str) -> Option<String> {
    let start = text.find(&format!("=== {name}\n"))? + name.len() + 5;
    let end = text[start..]
        .find("\n=== ")
        .map_or(text.len(), |i| start + i + 1);
    Some(text[start..end].to_string())
}
