//! The save torture test (issue 13): a writer process saves a slot with its thumbnail, the
//! settings, the lines seen and the endings reached, over and over, and is killed with SIGKILL
//! at a random moment, again and again. After each kill every file must be the old or the new
//! version, whole: never torn, never missing once written, never damaged.
//!
//! The writer is this test's own binary run again with `SPEARHEAD_TORTURE_WRITER` set: it
//! says on standard output when it begins and ends each write, so the test knows which two
//! versions each file may hold. `cargo test --test save_torture` kills it 300 times (about 10 s);
//! the long form is `SPEARHEAD_TORTURE_KILLS=1000 cargo test --test save_torture -- --nocapture`
//! (`SPEARHEAD_TORTURE_SEED=N` for another run; the figures are printed at the end).

use spearhead_core::save::SavedValue;
use spearhead_core::{Story, StoryState};
use spearhead_player::loader;
use spearhead_player::saves::{Saves, Slot};
use spearhead_player::settings::Settings;
use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Set in the writer process: the save folder to write in.
const WRITER: &str = "SPEARHEAD_TORTURE_WRITER";
/// Set in the writer process: the first generation it writes.
const FROM: &str = "SPEARHEAD_TORTURE_FROM";
const KILLS: &str = "SPEARHEAD_TORTURE_KILLS";
const SEED: &str = "SPEARHEAD_TORTURE_SEED";
const DEFAULT_KILLS: usize = 300;
/// The longest the test waits before a kill, in microseconds: a few writes (each syncs a file
/// and a folder; about 16 ms on the disk this was written on).
const MOST_DELAY_US: u64 = 40_000;
/// Writes one writer makes at most: far more than fit in `MOST_DELAY_US`.
const MOST_WRITES: u64 = 20_000;
const TEST_NAME: &str = "a_kill_9_at_any_moment_leaves_every_file_old_or_new_and_whole";

const MANIFEST: &str =
    "title = \"Torture\"\nstart = \"office\"\n[endings.done]\ntitle = \"Done\"\n";
const SCRIPT: &str =
    "var generation = 0\nscene office\n> One.\n> Generation {generation}.\nend done\n";

/// What starts each line the writer says (libtest's own output shares its standard output, and
/// may start the same line).
const SAYS: &str = "torture: ";

/// What the writer writes, one file (or slot) at a time, each round.
const FILES: [&str; 4] = ["slot", "settings", "seen", "endings"];

fn story() -> Story {
    let loaded = spearhead_core::load_str(Path::new("."), MANIFEST, &[("torture.vn", SCRIPT)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors")
}

/// The game one line in, with `generation` set to `g` (through a save, as a reader's game
/// would get there).
fn state_of(story: &Story, g: u64) -> StoryState {
    let mut state = StoryState::new(story);
    story.advance(&mut state).expect("runs");
    let mut data = story.save(&state);
    data.variables
        .insert("generation".into(), SavedValue::Int(g as i64));
    story.restore(&data).expect("restores").0
}

/// A 16x9 thumbnail whose every pixel spells `g`.
fn thumbnail_of(g: u64) -> Vec<u8> {
    [g as u8, (g >> 8) as u8, (g >> 16) as u8, 255].repeat(16 * 9)
}

fn settings_of(g: u64) -> Settings {
    Settings {
        language: format!("g{g}"),
        text_speed: (g % 100) as f32,
        ..Settings::default()
    }
}

/// The lines seen by generation `g`: a number of them that grows and shrinks, and `g` itself.
fn seen_of(g: u64) -> HashSet<String> {
    (0..g % 40)
        .map(|i| format!("office.line{i}"))
        .chain([format!("g{g}")])
        .collect()
}

/// The writer: one write after another, each announced, until killed (or, should the test be
/// gone, after `MOST_WRITES`). Write `n` is of file `FILES[n % 4]`, generation `n`: each run
/// goes on where the last was cut off, so the kills fall on every file in turn.
fn write_forever(dir: &Path, from: u64) {
    let story = story();
    let saves = Saves::in_dir(dir);
    let mut out = std::io::stdout().lock();
    let mut say = |line: String| {
        // The test reads this as it comes; a closed pipe means the test is gone.
        writeln!(out, "{SAYS}{line}")
            .and_then(|()| out.flush())
            .expect("the test is listening");
    };
    say("ready".into());
    for g in from..from + MOST_WRITES {
        let file = FILES[(g % FILES.len() as u64) as usize];
        say(format!("begin {file} {g}"));
        let written = match file {
            "slot" => {
                let rgba = thumbnail_of(g);
                let state = state_of(&story, g);
                saves.write_with_thumbnail("slot-01", &story, &state, Some((&rgba, 16, 9)))
            }
            "settings" => settings_of(g).store(dir),
            "seen" => saves.write_seen(&seen_of(g)),
            _ => saves.add_ending(&format!("e{g}")),
        };
        written.expect("the save folder is writable");
        say(format!("done {file} {g}"));
    }
}

/// What the writer said before it was killed: for each file, the last generation written
/// whole and the one it was in the middle of, and every ending it finished adding.
#[derive(Default)]
struct Heard {
    done: BTreeMap<&'static str, u64>,
    begun: BTreeMap<&'static str, u64>,
    endings_done: Vec<u64>,
    writes_done: usize,
    last: Option<String>,
}

impl Heard {
    fn hear(&mut self, line: &str) {
        let Some((_, said)) = line.split_once(SAYS) else {
            return;
        };
        let mut words = said.split(' ');
        let (Some(what), Some(file), Some(g)) = (words.next(), words.next(), words.next()) else {
            return;
        };
        let Some(file) = FILES.iter().find(|f| **f == file) else {
            return;
        };
        let Ok(g) = g.parse::<u64>() else { return };
        match what {
            "begin" => {
                self.begun.insert(file, g);
            }
            "done" => {
                self.done.insert(file, g);
                self.writes_done += 1;
                if *file == "endings" {
                    self.endings_done.push(g);
                }
            }
            _ => return,
        }
        self.last = Some(what.to_string());
    }

    /// The generation a file was being written when the kill came, if any.
    fn in_doubt(&self, file: &str) -> Option<u64> {
        let begun = *self.begun.get(file)?;
        (self.done.get(file) != Some(&begun)).then_some(begun)
    }

    /// The generations `file` may hold now: the last written whole (in this run, or before as
    /// `before`), or the one in doubt.
    fn allowed(&self, file: &str, before: Option<u64>) -> Vec<Option<u64>> {
        let whole = self.done.get(file).copied().or(before);
        let mut allowed = vec![whole];
        allowed.extend(self.in_doubt(file).map(Some));
        allowed
    }
}

/// A small deterministic random source (xorshift), so a failing run can be replayed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// The writer, started on `dir` from generation `from`.
fn start_writer(dir: &Path, from: u64) -> Child {
    Command::new(std::env::current_exe().expect("the test binary"))
        .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
        .env(WRITER, dir)
        .env(FROM, from.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the test binary runs again as the writer")
}

/// Kills the writer after a random delay once it is ready; returns what it said.
fn kill_at_random(mut writer: Child, random: &mut Random) -> Heard {
    let mut lines = BufReader::new(writer.stdout.take().expect("piped")).lines();
    let ready = format!("{SAYS}ready");
    let started = lines
        .by_ref()
        .any(|line| line.is_ok_and(|l| l.ends_with(&ready)));
    assert!(started, "the writer did not start");
    std::thread::sleep(Duration::from_micros(random.below(MOST_DELAY_US)));
    writer.kill().expect("the writer can be killed"); // SIGKILL
    writer.wait().expect("the writer ends");
    let mut heard = Heard::default();
    for line in lines.map_while(Result::ok) {
        heard.hear(&line);
    }
    heard
}

/// What the files hold now: the generation of each, read the way the player reads them. Any
/// file torn or damaged fails the test here.
fn generations_on_disk(dir: &Path, story: &Story) -> BTreeMap<&'static str, Option<u64>> {
    let saves = Saves::in_dir(dir);
    let mut found = BTreeMap::new();
    let (slot, thumbnail) = match saves.summary("slot-01", story) {
        Slot::Empty => (None, None),
        Slot::Damaged { reason, .. } => panic!("the slot is damaged: {reason}"),
        Slot::Saved(summary) => {
            let (state, warnings) = saves.read("slot-01", story).expect("the slot loads");
            assert!(warnings.is_empty(), "{warnings:?}");
            let g: u64 = (state
                .get(story, "generation")
                .expect("declared")
                .to_string())
            .parse()
            .expect("a number");
            assert_eq!(story.save(&state), story.save(&state_of(story, g)));
            let pictured = summary.thumbnail.map(|path| {
                let image = loader::load_thumbnail(&path).expect("the thumbnail is whole");
                let pictured = image.bytes[0] as u64
                    + ((image.bytes[1] as u64) << 8)
                    + ((image.bytes[2] as u64) << 16);
                assert!(image.bytes == thumbnail_of(pictured), "a torn thumbnail");
                pictured
            });
            (Some(g), pictured)
        }
    };
    found.insert("slot", slot);
    found.insert("thumbnail", thumbnail);
    let settings = match std::fs::read_to_string(dir.join("settings.txt")) {
        Err(_) => None,
        Ok(text) => {
            let settings = Settings::read(dir).expect("the settings are whole");
            let g: u64 = settings.language[1..].parse().expect("g<number>");
            assert_eq!(text, settings_of(g).to_text(), "torn settings");
            Some(g)
        }
    };
    found.insert("settings", settings);
    let seen = saves.read_seen();
    assert!(seen.problem.is_none(), "{:?}", seen.problem);
    let g = seen
        .keys
        .iter()
        .find_map(|k| k.strip_prefix('g')?.parse().ok());
    if let Some(g) = g {
        assert_eq!(seen.keys, seen_of(g), "torn seen.txt");
    }
    found.insert("seen", g);
    found
}

#[test]
fn a_kill_9_at_any_moment_leaves_every_file_old_or_new_and_whole() {
    if let Some(dir) = std::env::var_os(WRITER) {
        let from = std::env::var(FROM)
            .ok()
            .and_then(|f| f.parse().ok())
            .unwrap_or(0);
        write_forever(Path::new(&dir), from);
        return;
    }
    let kills: usize = std::env::var(KILLS)
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(DEFAULT_KILLS);
    let seed: u64 = std::env::var(SEED)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_2026);
    let dir: PathBuf =
        std::env::temp_dir().join(format!("spearhead-save-torture-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let story = story();
    let saves = Saves::in_dir(&dir);
    let mut random = Random(seed | 1);
    let mut before: BTreeMap<&'static str, Option<u64>> = BTreeMap::new();
    let mut endings: HashSet<String> = HashSet::new();
    let (mut next, mut writes_done, mut in_write) = (0u64, 0usize, 0usize);
    let mut cut_short: BTreeMap<&str, usize> = BTreeMap::new();
    for kill in 0..kills {
        let heard = kill_at_random(start_writer(&dir, next), &mut random);
        writes_done += heard.writes_done;
        in_write += (heard.last.as_deref() == Some("begin")) as usize;
        for file in FILES.iter().filter(|f| heard.in_doubt(f).is_some()) {
            *cut_short.entry(*file).or_insert(0) += 1;
        }
        let on_disk = generations_on_disk(&dir, &story);
        for (file, g) in &on_disk {
            let earlier = before.get(file).copied().flatten();
            // A slot's thumbnail is replaced after its save, within the same announced write:
            // killed between the two, the save is new and the thumbnail still the old one.
            let allowed = match *file {
                "thumbnail" => {
                    let mut allowed = heard.allowed("slot", earlier);
                    allowed.push(earlier);
                    allowed
                }
                _ => heard.allowed(file, earlier),
            };
            assert!(
                allowed.contains(g),
                "kill {kill} (seed {seed}): {file} holds generation {g:?}, not one of {allowed:?}"
            );
        }
        // endings.txt grows: what it held, plus each ending added whole, plus perhaps the
        // one in doubt.
        let record = saves.read_endings();
        assert!(
            record.problem.is_none(),
            "kill {kill}: {:?}",
            record.problem
        );
        endings.extend(heard.endings_done.iter().map(|g| format!("e{g}")));
        let extra: HashSet<String> = record.keys.difference(&endings).cloned().collect();
        let doubt = heard.in_doubt("endings").map(|g| format!("e{g}"));
        assert!(
            extra.is_empty() || extra == doubt.iter().cloned().collect(),
            "kill {kill} (seed {seed}): endings.txt has {extra:?} beyond what was added"
        );
        assert!(
            endings.is_subset(&record.keys),
            "kill {kill} (seed {seed}): endings.txt lost some of {endings:?}"
        );
        endings = record.keys;
        before = on_disk;
        next = heard.begun.values().max().map_or(next, |g| g + 1);
    }
    eprintln!(
        "save torture: {kills} kills (seed {seed}), {in_write} of them inside a write \
         {cut_short:?}; {writes_done} writes finished; every file old or new and whole after \
         each kill"
    );
    assert!(in_write > 0, "no kill landed inside a write");
    let _ = std::fs::remove_dir_all(&dir);
}
