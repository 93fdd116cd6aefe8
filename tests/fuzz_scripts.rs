//! Fuzzing the parser and checker (issue 13, the suite): scripts made by mangling the real story
//! (`story/*.vn`) and the runtime plans, many ways at once, then checked. For every input:
//! no panic, no abort, and every diagnostic has a place inside the input; when the input still
//! compiles, it is also played (a bounded number of steps, choices, rollbacks and a save round
//! trip) and may fail only with a `RuntimeError` value. Inputs are bounded in size and the
//! runtime in steps, so each input takes bounded time; the time is measured, not asserted.
//!
//! `cargo test --test fuzz_scripts` runs a few thousand inputs. The long form runs as many as
//! asked, on every core, and prints the figures:
//!
//! ```sh
//! FUZZ_INPUTS=1000000 cargo test --release --test fuzz_scripts -- --nocapture
//! ```
//!
//! Input `i` depends only on `FUZZ_SEED` (default 13) and `i`: `FUZZ_FIRST=i FUZZ_INPUTS=1
//! FUZZ_SHOW=1` prints that input and checks it alone (after an abort, the last progress line
//! says which thousand to look in).

use spearhead_core::{Diagnostic, Event, Loaded, SaveData, StoryState};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Inputs in a plain `cargo test` run (debug build: about half a minute on one core).
const DEFAULT_INPUTS: usize = 3_000;
/// No input grows past this: with the seeds, it bounds the work one input can cause.
const MAX_INPUT_BYTES: usize = 256 * 1024;
/// At most this many `advance` calls when an input compiles (each bounded by the runtime's
/// own 100,000-step guard).
const MAX_ADVANCES: usize = 64;

/// A script to mangle, and the manifest and folder it is checked with.
struct Seed {
    name: String,
    text: String,
    manifest: usize,
}

struct Corpus {
    seeds: Vec<Seed>,
    /// (story folder, story.toml text)
    manifests: Vec<(PathBuf, String)>,
}

fn corpus() -> Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let story = root.join("story");
    let plans = root.join("tests/plans");
    let read = |path: &Path| std::fs::read_to_string(path).expect("a seed is readable");
    let manifests = vec![
        (story.clone(), read(&story.join("story.toml"))),
        (plans.clone(), read(&plans.join("default.toml"))),
    ];
    let mut seeds = Vec::new();
    for (dir, manifest, extension) in [(&story, 0, "vn"), (&plans, 1, "plan")] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("seed folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == extension))
            .collect();
        paths.sort();
        for path in paths {
            let mut text = read(&path);
            if extension == "plan" {
                // The script section of a plan; plans with a manifest of their own are left out.
                if text.contains("=== story.toml") {
                    continue;
                }
                let start = text.find("=== script\n").expect("a plan has a script") + 11;
                let end = text[start..]
                    .find("\n===")
                    .map_or(text.len(), |e| start + e + 1);
                text = text[start..end].to_string();
            }
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            seeds.push(Seed {
                name,
                text,
                manifest,
            });
        }
    }
    assert!(seeds.len() >= 20, "the story's chapters and the plans");
    Corpus { seeds, manifests }
}

/// A small, fast, seeded generator (SplitMix64): the same seed gives the same inputs everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Pieces of the language and of text that trip parsers: keywords, operators, brackets,
/// indentation, escapes, wide and odd characters.
const TOKENS: &[&str] = &[
    "scene ",
    "chapter ",
    "var ",
    "choice",
    "choice: ",
    "option: ",
    "option if ",
    "option requires ",
    "if ",
    "elif ",
    "else",
    "jump ",
    "call ",
    "return",
    "end ",
    "bg ",
    "show ",
    "hide ",
    "move ",
    "music play ",
    "music stop",
    "sound ",
    "wait ",
    "fade out ",
    "fade in ",
    "flash",
    "shake",
    " in ",
    " at ",
    " to ",
    " over ",
    " with ",
    "dissolve ",
    "fade ",
    "cut",
    "left",
    "center",
    "right",
    " and ",
    " or ",
    "not ",
    "true",
    "false",
    "seen(",
    "visits(",
    ")",
    "(",
    ":",
    "#",
    "#id_",
    "> ",
    "\"",
    "\\",
    "\\#",
    "{",
    "}",
    "{{",
    "}}",
    "{morale}",
    "{bond.shin}",
    "=",
    "==",
    "!=",
    "+=",
    "-=",
    "<",
    "<=",
    ">",
    ">=",
    "+",
    "-",
    "*",
    "/",
    "%",
    ".",
    ",",
    "//",
    "\n",
    "\r\n",
    "\t",
    "    ",
    "        ",
    "0",
    "1",
    "-1",
    "9223372036854775807",
    "9223372036854775808",
    "0.5",
    "morale",
    "bond.shin",
    "lena",
    "shin",
    "lena (smile)",
    "office",
    "good",
    "é",
    "界",
    "\u{feff}",
    "\u{0}",
    "\u{301}",
    "\u{202e}",
    "🙂",
    " ",
];

/// Mangles `text` with one to six edits.
fn mangle(text: &str, others: &[Seed], rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    for _ in 0..=rng.below(6) {
        edit(&mut lines, others, rng);
    }
    let mut text = lines.concat();
    text.truncate(char_floor(&text, MAX_INPUT_BYTES.min(text.len())));
    text
}

fn edit(lines: &mut Vec<String>, others: &[Seed], rng: &mut Rng) {
    if lines.is_empty() {
        lines.push(String::new());
    }
    let at = rng.below(lines.len());
    match rng.below(14) {
        // A token inside a line.
        0..=3 => {
            let token = *rng.pick(TOKENS);
            insert_at_char(&mut lines[at], rng, token);
        }
        // Part of a line gone.
        4 => {
            let line = &mut lines[at];
            let start = char_floor(line, rng.below(line.len() + 1));
            let end = char_floor(line, (start + 1 + rng.below(16)).min(line.len()));
            line.replace_range(start..end.max(start), "");
        }
        // A whole line gone, doubled, moved or re-indented.
        5 => {
            lines.remove(at);
        }
        6 => {
            let copy = lines[at].clone();
            let to = rng.below(lines.len() + 1);
            lines.insert(to, copy);
        }
        7 => {
            let to = rng.below(lines.len());
            lines.swap(at, to);
        }
        8 => {
            let indent = *rng.pick(&["", " ", "    ", "\t", "        ", "            "]);
            let body = lines[at].trim_start_matches([' ', '\t']).to_string();
            lines[at] = format!("{indent}{body}");
        }
        // A line from another script.
        9 => {
            let other = &rng.pick(others).text;
            let donor: Vec<&str> = other.split_inclusive('\n').collect();
            let line = rng.pick(&donor).to_string();
            lines.insert(at, line);
        }
        // The end of the file gone.
        10 => lines.truncate(at),
        // Deep nesting: blocks, parentheses, prefix operators.
        11 => {
            let depth = 1 + rng.below(100);
            let burst = match rng.below(4) {
                0 => (0..depth)
                    .map(|d| format!("{}if morale > {d}\n", " ".repeat(d)))
                    .collect::<String>(),
                1 => (0..depth)
                    .map(|d| {
                        format!(
                            "{}choice\n{} option: O{d}\n",
                            "  ".repeat(d),
                            "  ".repeat(d)
                        )
                    })
                    .collect(),
                2 => format!("morale = {}1{}\n", "(".repeat(depth), ")".repeat(depth)),
                _ => format!("if {}true\n    > Deep.\n", "not ".repeat(depth)),
            };
            lines.insert(at, burst);
        }
        // A line repeated, or a long run of digits.
        12 => {
            let copy = lines[at].repeat(1 + rng.below(50));
            lines.insert(at, copy);
        }
        _ => {
            let digits: String = (0..19 + rng.below(30))
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect();
            insert_at_char(&mut lines[at], rng, &digits);
        }
    }
}

fn insert_at_char(line: &mut String, rng: &mut Rng, token: &str) {
    let at = char_floor(line, rng.below(line.len() + 1));
    line.insert_str(at, token);
}

fn char_floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// What checking one input found wrong (empty when all is well), and whether it compiled (and
/// was played).
fn check_one(corpus: &Corpus, index: usize, seed: u64, show: bool) -> (Vec<String>, bool) {
    let mut rng = Rng(seed ^ (index as u64).wrapping_mul(0x2545f4914f6cdd1d));
    let source = rng.pick(&corpus.seeds);
    let text = mangle(&source.text, &corpus.seeds, &mut rng);
    if show {
        println!("--- input {index} (from {}):\n{text}\n---", source.name);
    }
    let (root, manifest) = &corpus.manifests[source.manifest];
    let run = std::panic::catch_unwind(|| {
        let loaded = spearhead_core::load_str(root, manifest, &[(&source.name, &text)]);
        let mut wrong = misplaced(&loaded);
        // Rendering touches every span.
        let _ = loaded.render(false);
        if let Some(story) = &loaded.story {
            wrong.extend(play(story, index));
        }
        (wrong, loaded.story.is_some())
    });
    match run {
        Ok(found) => found,
        Err(_) => (vec![format!("panicked (from {})", source.name)], false),
    }
}

/// Diagnostics without a place, or with one outside its file or inside a character.
fn misplaced(loaded: &Loaded) -> Vec<String> {
    let files: Vec<_> = loaded.sources.iter().collect();
    let place = |d: &Diagnostic| {
        let span = d.span.ok_or("no place")?;
        let (_, file) = files
            .iter()
            .find(|(id, _)| *id == span.file)
            .ok_or("an unknown file")?;
        let (start, end) = (span.start as usize, span.end as usize);
        if start > end || end > file.text.len() {
            return Err("a place outside the file");
        }
        if !file.text.is_char_boundary(start) || !file.text.is_char_boundary(end) {
            return Err("a place inside a character");
        }
        Ok(())
    };
    loaded
        .diagnostics
        .iter()
        .filter_map(|d| place(d).err().map(|why| format!("{why}: {}", d.message)))
        .collect()
}

/// Plays a compiled input for a bounded number of steps: choices, rollbacks and a save round
/// trip on the way. Runtime errors are values and end the play; nothing may panic.
fn play(story: &spearhead_core::Story, index: usize) -> Vec<String> {
    let mut state = StoryState::new(story);
    let mut events = Vec::new();
    for step in 0..MAX_ADVANCES {
        if state.is_choosing() {
            let options = match story.current(&state) {
                Some(Event::Choice(menu)) => menu.options.len(),
                _ => return vec!["a choice is waiting but none is on screen".into()],
            };
            let _ = story.choose(&mut state, (index + step) % options.max(1));
        }
        let before = state.clone();
        if story.advance_into(&mut state, &mut events).is_err() {
            if state != before {
                return vec!["a failed step changed the state".into()];
            }
            return Vec::new();
        }
        if state.ended().is_some() {
            break;
        }
        if step % 7 == 6 {
            story.rollback(&mut state);
        }
        if step % 11 == 10 {
            let saved = story.save(&state);
            match SaveData::from_toml(&saved.to_toml()).map(|data| story.restore(&data)) {
                Ok(Ok((restored, _))) => state = restored,
                other => return vec![format!("a save did not restore: {other:?}")],
            }
        }
    }
    Vec::new()
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

#[test]
fn no_script_crashes_the_checker_and_every_problem_has_a_place() {
    let corpus = corpus();
    let inputs = env("FUZZ_INPUTS", DEFAULT_INPUTS);
    let first = env("FUZZ_FIRST", 0);
    let seed = env("FUZZ_SEED", 13) as u64;
    let show = env("FUZZ_SHOW", 0) == 1;
    let threads = match inputs < 10_000 {
        true => 1,
        false => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let next = AtomicUsize::new(first);
    let compiled = AtomicUsize::new(0);
    let end = first + inputs;
    let started = Instant::now();
    // Per thread: the failures, and the slowest input's time and number.
    let results: Vec<(Vec<String>, (Duration, usize))> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut failures = Vec::new();
                    let mut slowest = (Duration::ZERO, 0);
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= end {
                            break;
                        }
                        if inputs >= 100_000 && (i - first).is_multiple_of(100_000) {
                            println!("fuzz: input {i} at {:.0?}", started.elapsed());
                        }
                        let clock = Instant::now();
                        let (wrong, played) = check_one(&corpus, i, seed, show);
                        failures.extend(wrong.into_iter().map(|w| format!("input {i}: {w}")));
                        compiled.fetch_add(played as usize, Ordering::Relaxed);
                        slowest = slowest.max((clock.elapsed(), i));
                    }
                    (failures, slowest)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("a fuzz thread"))
            .collect()
    });
    let elapsed = started.elapsed();
    let failures: Vec<&String> = results.iter().flat_map(|r| &r.0).collect();
    let (slowest, slowest_input) = results.iter().map(|r| r.1).max().unwrap_or_default();
    println!(
        "fuzz: {inputs} inputs (seed {seed}, from {first}; {} compiled and played) on {threads} \
         thread(s) in {elapsed:.1?}: {:.0} inputs/s, slowest input {slowest_input} took \
         {slowest:.1?}; {} failure(s)",
        compiled.load(Ordering::Relaxed),
        inputs as f64 / elapsed.as_secs_f64(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} failure(s), the first ones:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}
