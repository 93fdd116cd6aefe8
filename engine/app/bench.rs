//! `spearhead bench`: generates a large story in memory, then measures how fast it is parsed,
//! checked and compiled, how fast it is read, and how much memory both take.
//!
//! The story is deterministic (a seeded LCG picks every word and every choice), so two runs
//! with the same arguments measure the same work. Every scene has dialogue with speakers,
//! expressions and `{variable}` holes, narration, stage directions, an `if`/`else` on stats, a
//! `choice` with conditions and stat changes, and a `jump` onwards; the last scene `end`s.
//! The manifest's assets are tiny files written to a temporary folder, so the assets pass runs.

mod recheck;

use anyhow::{bail, Context};
use spearhead_core::{Event, Story, StoryState};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct Args {
    /// Dialogue and narration lines to generate (at least).
    #[arg(long, default_value_t = 1_000_000)]
    lines: usize,
    /// Scenes to spread them over.
    #[arg(long, default_value_t = 50_000)]
    scenes: usize,
    /// Script files to spread the scenes over.
    #[arg(long, default_value_t = 16)]
    files: usize,
    /// Keep reading (restarting at the end) until this many lines are read...
    #[arg(long, default_value_t = 2_000_000)]
    read_lines: u64,
    /// ...or this many seconds have passed, whichever comes first.
    #[arg(long, default_value_t = 10.0)]
    seconds: f64,
    /// Seed for the generator and for the choices made while reading.
    #[arg(long, default_value_t = 86)]
    seed: u64,
    /// Instead of loading and reading: keep the story checked in a `Workspace` and time
    /// checking it again after edits to one file.
    #[arg(long)]
    recheck: bool,
    /// Only parse and print the figures for the parent bench process (internal).
    #[arg(long, hide = true)]
    parse_only: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.scenes == 0 || args.files == 0 || args.lines < args.scenes {
        bail!("need at least one scene, one file and one line per scene");
    }
    let assets = TempDir::new()?;
    write_assets(assets.path())?;
    let generated = generate(&Shape::from(&args));
    if args.recheck {
        recheck::run(&generated, assets.path())?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.parse_only {
        let (wall, peak) = parse_only(assets.path(), &generated);
        println!("{} {peak}", wall.as_secs_f64());
        return Ok(ExitCode::SUCCESS);
    }
    let source_bytes = generated.bytes();
    let source_lines = generated.source_lines();
    println!(
        "generated {} scenes, {} dialogue/narration lines, {} files: {} source lines, {:.1} MiB",
        args.scenes,
        generated.say_lines,
        generated.files.len(),
        source_lines,
        mib(source_bytes as u64)
    );

    // The parser alone, for the split, in a process of its own so that its memory is its own.
    let (parse_wall, parse_peak) = parse_in_child(&args)?;

    // Parse + check + compile, measured as a whole through the public entry point.
    reset_peak_memory();
    let rss_before = memory("VmRSS:");
    let cpu = cpu_time();
    let start = Instant::now();
    let loaded =
        spearhead_core::load_str(assets.path(), &generated.manifest, &generated.file_refs());
    let load_wall = start.elapsed();
    let load_cpu = cpu_time().saturating_sub(cpu);
    let load_peak = memory("VmHWM:").saturating_sub(rss_before);
    let load_held = memory("VmRSS:").saturating_sub(rss_before);
    if loaded.has_errors() {
        let report = loaded.render(false);
        let head: String = report.lines().take(40).collect::<Vec<_>>().join("\n");
        bail!("the generated story does not load:\n{head}");
    }
    let story = loaded.story.context("no errors, so a story")?;
    drop(loaded.sources);

    // Reading: play to the end, choosing deterministically, and start again until enough.
    let reading = read(
        &story,
        args.read_lines,
        Duration::from_secs_f64(args.seconds),
        args.seed,
    )?;
    // Since the last reset: loading and reading, with the generated source and the story.
    let total_peak = memory("VmHWM:");

    let per_sec = |n: u64, d: Duration| n as f64 / d.as_secs_f64().max(1e-9);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut table = Table::default();
    table.section("Source");
    table.row("scenes", fmt_int(args.scenes as u64));
    table.row(
        "dialogue/narration lines",
        fmt_int(generated.say_lines as u64),
    );
    table.row("source lines", fmt_int(source_lines as u64));
    table.row(
        "source size",
        format!(
            "{:.1} MiB ({} files)",
            mib(source_bytes as u64),
            generated.files.len()
        ),
    );
    table.section(&format!(
        "Parse + check + compile (load_str, {threads} threads)"
    ));
    table.row("wall time", fmt_duration(load_wall));
    table.row(
        "  of which parsing (measured apart)",
        fmt_duration(parse_wall),
    );
    table.row(
        "  of which checking + compiling",
        match load_wall.checked_sub(parse_wall) {
            Some(rest) => fmt_duration(rest),
            // The machine was busier while the parser ran alone: no split to show.
            None => "(unknown: machine busy)".to_string(),
        },
    );
    table.row("CPU time (all threads)", fmt_duration(load_cpu));
    table.row(
        "dialogue/narration lines per second",
        fmt_int(per_sec(generated.say_lines as u64, load_wall) as u64),
    );
    table.row(
        "source lines per second",
        fmt_int(per_sec(source_lines as u64, load_wall) as u64),
    );
    table.row(
        "peak memory while loading",
        fmt_memory(load_peak, source_bytes),
    );
    table.row(
        "memory held after loading (story, sources)",
        fmt_memory(load_held, source_bytes),
    );
    table.row(
        "syntax tree alone (parsing measured apart)",
        fmt_memory(parse_peak, source_bytes),
    );
    table.section("Reading (advance + choose, text resolved)");
    table.row(
        "playthroughs",
        format!("{} ({} finished)", reading.playthroughs, reading.endings),
    );
    table.row("lines read", fmt_int(reading.lines));
    table.row("choices made", fmt_int(reading.choices));
    table.row("wall time", fmt_duration(reading.wall));
    table.row("CPU time", fmt_duration(reading.cpu));
    table.row(
        "lines per second",
        fmt_int(per_sec(reading.lines, reading.wall) as u64),
    );
    table.row(
        "lines per CPU-second",
        fmt_int(per_sec(reading.lines, reading.cpu) as u64),
    );
    table.row(
        "longest rollback history kept",
        format!("{} lines", fmt_int(reading.history as u64)),
    );
    table.section("Process");
    table.row(
        "peak resident memory (VmHWM, all of the above)",
        fmt_memory(total_peak, source_bytes),
    );
    print!("{table}");
    Ok(ExitCode::SUCCESS)
}

// -------------------------------------------------------------------------------------------------
// Measuring
// -------------------------------------------------------------------------------------------------

struct Reading {
    /// The most checkpoints one playthrough's state held (the runtime keeps one per line).
    history: usize,
    playthroughs: u64,
    endings: u64,
    lines: u64,
    choices: u64,
    wall: Duration,
    cpu: Duration,
}

/// Reads the story as a reader would: every line's text is resolved; at each choice an enabled
/// option is picked by the LCG. Starts over at the end until `want` lines or `limit` time.
fn read(story: &Story, want: u64, limit: Duration, seed: u64) -> anyhow::Result<Reading> {
    let mut rng = Lcg::new(seed ^ 0x5eed);
    let mut r = Reading {
        history: 0,
        playthroughs: 0,
        endings: 0,
        lines: 0,
        choices: 0,
        wall: Duration::ZERO,
        cpu: Duration::ZERO,
    };
    let mut text_bytes = 0usize;
    let cpu = cpu_time();
    let start = Instant::now();
    'outer: while r.lines < want && start.elapsed() < limit {
        r.playthroughs += 1;
        let mut state = StoryState::new(story);
        let mut events = Vec::new();
        loop {
            story.advance_into(&mut state, &mut events)?;
            let Some(last) = events.last() else {
                bail!("the story stopped without an ending");
            };
            match last {
                Event::Line(line) => {
                    r.lines += 1;
                    text_bytes += line.text.len();
                    // Checking the clock costs little, but not nothing: once in a while.
                    if r.lines.is_multiple_of(4096) && (r.lines >= want || start.elapsed() >= limit)
                    {
                        break 'outer;
                    }
                }
                Event::Choice(menu) => {
                    let enabled: Vec<usize> = (0..menu.options.len())
                        .filter(|&i| menu.options[i].enabled)
                        .collect();
                    if enabled.is_empty() {
                        bail!("a choice with no enabled option");
                    }
                    let pick = enabled[rng.below(enabled.len())];
                    story.choose(&mut state, pick)?;
                    r.choices += 1;
                }
                Event::End { .. } => {
                    r.endings += 1;
                    r.history = r.history.max(state.history_len());
                    break;
                }
                Event::SceneStart { .. } | Event::Stage(_) | Event::Condition { .. } => {
                    bail!("advance stopped on a non-waiting event")
                }
            }
        }
    }
    r.wall = start.elapsed();
    r.cpu = cpu_time().saturating_sub(cpu);
    // Keeps the resolved text observable, so no optimiser can skip making it.
    std::hint::black_box(text_bytes);
    Ok(r)
}

/// Runs `spearhead bench --parse-only` with the same shape; returns its parse time and peak.
fn parse_in_child(args: &Args) -> anyhow::Result<(Duration, u64)> {
    let exe = std::env::current_exe().context("finding the spearhead executable")?;
    let output = std::process::Command::new(exe)
        .args(["bench", "--parse-only"])
        .args(["--lines", &args.lines.to_string()])
        .args(["--scenes", &args.scenes.to_string()])
        .args(["--files", &args.files.to_string()])
        .args(["--seed", &args.seed.to_string()])
        .output()
        .context("running the parse-only bench")?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut figures = text.split_whitespace();
    let wall = figures.next().and_then(|f| f.parse::<f64>().ok());
    let peak = figures.next().and_then(|f| f.parse::<u64>().ok());
    match (output.status.success(), wall, peak) {
        (true, Some(wall), Some(peak)) => Ok((Duration::from_secs_f64(wall), peak)),
        _ => bail!(
            "the parse-only bench failed: {}{}",
            text,
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// Parses the generated scripts alone (no checking); returns the wall time and the peak memory
/// (the syntax tree, not counting the sources).
fn parse_only(root: &Path, generated: &Generated) -> (Duration, u64) {
    let mut sources = spearhead_core::source::Sources::default();
    let files: Vec<_> = generated
        .files
        .iter()
        .map(|(name, text)| sources.add(name.clone(), root.join(name), text.clone()))
        .collect();
    reset_peak_memory();
    let rss_before = memory("VmRSS:");
    let start = Instant::now();
    let parsed = spearhead_core::syntax::parse(&sources, &files);
    let wall = start.elapsed();
    let peak = memory("VmHWM:").saturating_sub(rss_before);
    drop(parsed);
    (wall, peak)
}

/// A field of /proc/self/status in bytes (0 where there is no /proc).
fn memory(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        })
        .map_or(0, |kb| kb * 1024)
}

/// Resets VmHWM to the current RSS (Linux), so each phase reports its own peak.
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// User + system CPU time of the whole process, from /proc/self/stat (clock ticks, 1/100 s).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The command name in parentheses may hold spaces; fields are counted after it.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn fmt_memory(bytes: u64, source: usize) -> String {
    format!(
        "{:.0} MiB ({:.1}x source)",
        mib(bytes),
        bytes as f64 / source.max(1) as f64
    )
}

fn fmt_duration(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

fn fmt_int(n: u64) -> String {
    crate::figures::thousands(n.into())
}

#[derive(Default)]
struct Table {
    rows: Vec<(String, String)>,
}

impl Table {
    fn section(&mut self, title: &str) {
        self.rows.push((title.to_string(), String::new()));
    }

    fn row(&mut self, label: &str, value: String) {
        self.rows.push((format!("  {label}"), value));
    }
}

impl std::fmt::Display for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let width = self
            .rows
            .iter()
            .filter(|r| !r.1.is_empty())
            .map(|r| r.0.len())
            .max()
            .unwrap_or(0);
        for (label, value) in &self.rows {
            if value.is_empty() {
                writeln!(f, "{label}")?;
            } else {
                writeln!(f, "{label:<width$}  {value:>24}")?;
            }
        }
        Ok(())
    }
}

// -------------------------------------------------------------------------------------------------
// The generator
// -------------------------------------------------------------------------------------------------

/// A tiny deterministic generator (Knuth's MMIX LCG); good enough to vary words.
struct Lcg(u64);

impl Lcg {
    fn new(seed: u64) -> Self {
        Lcg(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(1))
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

struct Shape {
    lines: usize,
    scenes: usize,
    files: usize,
    seed: u64,
}

impl From<&Args> for Shape {
    fn from(a: &Args) -> Self {
        Shape {
            lines: a.lines,
            scenes: a.scenes,
            files: a.files.min(a.scenes),
            seed: a.seed,
        }
    }
}

struct Generated {
    manifest: String,
    files: Vec<(String, String)>,
    /// Dialogue and narration lines in the source (both branches of every `if` counted).
    say_lines: usize,
}

impl Generated {
    fn bytes(&self) -> usize {
        self.manifest.len() + self.files.iter().map(|f| f.1.len()).sum::<usize>()
    }

    fn source_lines(&self) -> usize {
        self.files.iter().map(|f| f.1.lines().count()).sum()
    }

    fn file_refs(&self) -> Vec<(&str, &str)> {
        self.files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect()
    }
}

const CHARACTERS: &[&str] = &[
    "lena",
    "shin",
    "raiden",
    "anju",
    "theo",
    "kurena",
    "frederica",
];
const EXPRESSIONS: &[&str] = &["neutral", "smile", "worried", "angry"];
const BACKGROUNDS: &[&str] = &[
    "office", "hangar", "barracks", "field", "ruins", "church", "road", "night",
];
const TRACKS: &[&str] = &["republic_theme", "front_theme", "quiet", "battle"];
const SOUNDS: &[&str] = &["radio", "shell", "door", "rain"];
const LOCATIONS: &[&str] = &["republic", "front"];
const WORDS: &[&str] = &[
    "the", "handler", "signal", "hangar", "quiet", "Legion", "report", "morning", "rain",
    "squadron", "line", "cold", "coffee", "radio", "static", "promise", "names", "field", "smoke",
    "light", "again", "never", "remember", "sector", "wall", "flowers", "engine", "sleep", "voice",
    "distance", "home", "snow",
];

/// The story source. Each scene reads about `lines / scenes` lines; the `if` adds one line per
/// branch and only one branch is read, so the source holds a little more than it plays.
fn generate(shape: &Shape) -> Generated {
    let mut rng = Lcg::new(shape.seed);
    let per_scene = shape.lines.div_ceil(shape.scenes);
    let mut files: Vec<(String, String)> = (0..shape.files)
        .map(|f| {
            (
                format!("part{f:03}.vn"),
                String::with_capacity(shape.lines * 64 / shape.files),
            )
        })
        .collect();
    files[0].1.push_str("// Generated by `spearhead bench`.\nvar met_shin = false\nvar rounds = 0\nvar callsign = \"Undertaker\"\n\n");
    let mut say_lines = 0;
    let scenes_per_file = shape.scenes.div_ceil(shape.files);
    for scene in 0..shape.scenes {
        let file = &mut files[scene / scenes_per_file].1;
        if scene.is_multiple_of(scenes_per_file) {
            let chapter = scene / scenes_per_file;
            let _ = writeln!(file, "chapter c{chapter} \"Part {chapter}\"\n");
        }
        say_lines += write_scene(file, scene, shape.scenes, per_scene, &mut rng);
    }
    Generated {
        manifest: manifest(),
        files,
        say_lines,
    }
}

fn scene_name(i: usize) -> String {
    format!("{}.s{i:06}", LOCATIONS[i % LOCATIONS.len()])
}

/// One scene; returns how many dialogue and narration lines it holds.
fn write_scene(out: &mut String, i: usize, total: usize, per_scene: usize, rng: &mut Lcg) -> usize {
    let mut says = 0;
    let location = LOCATIONS[i % LOCATIONS.len()];
    let _ = writeln!(out, "scene {} in {location} \"Scene {i}\"", scene_name(i));
    let _ = writeln!(out, "bg {} with dissolve 0.5", rng.pick(BACKGROUNDS));
    let (a, b) = two_characters(rng);
    let _ = writeln!(
        out,
        "show {a} ({}) at left with fade",
        rng.pick(EXPRESSIONS)
    );
    let _ = writeln!(out, "show {b} at right");
    if i.is_multiple_of(10) {
        let _ = writeln!(out, "music play {} fade 2", rng.pick(TRACKS));
    }
    if i.is_multiple_of(7) {
        let _ = writeln!(out, "sound {}", rng.pick(SOUNDS));
    }
    // Lines before the choice: the body minus the if/else line and the line after the choice.
    let body = per_scene.saturating_sub(2).max(1);
    for k in 0..body {
        let speaker = if k % 2 == 0 { a } else { b };
        match k % 5 {
            0 => {
                let _ = writeln!(
                    out,
                    "{speaker} ({}): {} Morale is {{morale}}.  #l{i}_{k}",
                    rng.pick(EXPRESSIONS),
                    sentence(rng)
                );
            }
            1 => {
                let _ = writeln!(out, "> {}", sentence(rng));
            }
            2 => {
                let _ = writeln!(
                    out,
                    "{speaker}: {} {{callsign}}, bond {{bond.shin}}.",
                    sentence(rng)
                );
            }
            3 => {
                let _ = writeln!(out, "{speaker}: {}", sentence(rng));
            }
            _ => {
                let _ = writeln!(out, "> {} ({{rounds}})", sentence(rng));
            }
        }
        says += 1;
    }
    let _ = writeln!(out, "if morale >= 5 and bond.shin > -3");
    let _ = writeln!(out, "    {a} (smile): {}", sentence(rng));
    let _ = writeln!(out, "else");
    let _ = writeln!(out, "    > {} Morale is only {{morale}}.", sentence(rng));
    says += 2;
    let next = scene_name(i + 1);
    let skip = scene_name(i + 2);
    let _ = writeln!(out, "choice: What does {a} do?  #c{i}");
    let _ = writeln!(out, "    option: {}  #o{i}_1", sentence(rng));
    let _ = writeln!(out, "        morale += 1");
    let _ = writeln!(out, "        bond.shin -= 1");
    let _ = writeln!(out, "        rounds += 1");
    let _ = writeln!(out, "    option requires morale > 3: {}", sentence(rng));
    let _ = writeln!(out, "        morale -= 2");
    let _ = writeln!(out, "        bond.shin += 1");
    let _ = writeln!(out, "        met_shin = true");
    // The third option skips a scene; the skipped one is still reached by its predecessor.
    if i + 2 < total {
        let _ = writeln!(
            out,
            "    option if met_shin and not seen({skip}): {}",
            sentence(rng)
        );
        let _ = writeln!(out, "        met_shin = false");
        // Sprites stay across scenes: a story tidies its stage before it changes place.
        let _ = writeln!(out, "        hide {a}\n        hide {b}");
        let _ = writeln!(out, "        jump {skip}");
    }
    let _ = writeln!(out, "{b}: {}", sentence(rng));
    says += 1;
    if i + 1 < total {
        let _ = writeln!(out, "hide {a}\nhide {b}\njump {next}\n");
    } else {
        let _ = writeln!(out, "hide {a} with fade\nfade out 2\nend finale\n");
    }
    says
}

fn two_characters(rng: &mut Lcg) -> (&'static str, &'static str) {
    let a = rng.below(CHARACTERS.len());
    let b = (a + 1 + rng.below(CHARACTERS.len() - 1)) % CHARACTERS.len();
    (CHARACTERS[a], CHARACTERS[b])
}

fn sentence(rng: &mut Lcg) -> String {
    let words = 5 + rng.below(6);
    let mut s = String::new();
    for w in 0..words {
        let word = rng.pick(WORDS);
        if w == 0 {
            let mut chars = word.chars();
            if let Some(c) = chars.next() {
                s.extend(c.to_uppercase());
                s.push_str(chars.as_str());
            }
        } else {
            s.push(' ');
            s.push_str(word);
        }
    }
    s.push('.');
    s
}

fn manifest() -> String {
    let mut m = String::from(
        "title = \"Benchmark\"\nstart = \"republic.s000000\"\nassets = \"assets\"\n\n",
    );
    for l in LOCATIONS {
        let _ = writeln!(m, "[locations.{l}]\nname = \"{l}\"");
    }
    let _ = writeln!(m, "\n[backgrounds]");
    for b in BACKGROUNDS {
        let _ = writeln!(m, "{b} = \"bg/{b}.png\"");
    }
    let _ = writeln!(m, "\n[music]");
    for t in TRACKS {
        let _ = writeln!(m, "{t} = \"music/{t}.ogg\"");
    }
    let _ = writeln!(m, "\n[sounds]");
    for s in SOUNDS {
        let _ = writeln!(m, "{s} = \"sound/{s}.ogg\"");
    }
    for c in CHARACTERS {
        let _ = writeln!(
            m,
            "\n[characters.{c}]\nname = \"{}\"\ncolor = \"#6fa8dc\"",
            capitalise(c)
        );
        let _ = writeln!(m, "[characters.{c}.sprites]");
        for e in EXPRESSIONS {
            let _ = writeln!(m, "{e} = \"sprites/{c}_{e}.png\"");
        }
    }
    m.push_str("\n[stats.morale]\nmin = 0\nmax = 10\nstart = 5\n[stats.bond.shin]\nmin = -5\nmax = 5\nstart = 0\n");
    m.push_str("\n[endings.finale]\ntitle = \"The End of the Benchmark\"\n");
    m
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Every file the manifest names, a few bytes each.
fn asset_files() -> Vec<String> {
    let mut files = Vec::new();
    files.extend(BACKGROUNDS.iter().map(|b| format!("bg/{b}.png")));
    files.extend(TRACKS.iter().map(|t| format!("music/{t}.ogg")));
    files.extend(SOUNDS.iter().map(|s| format!("sound/{s}.ogg")));
    for c in CHARACTERS {
        files.extend(EXPRESSIONS.iter().map(|e| format!("sprites/{c}_{e}.png")));
    }
    files
}

fn write_assets(root: &Path) -> anyhow::Result<()> {
    for file in asset_files() {
        let path = root.join("assets").join(file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        std::fs::write(&path, b"bench").with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// A folder under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> anyhow::Result<Self> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("spearhead-bench-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(TempDir(path))
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Shape {
        Shape {
            lines: 2_000,
            scenes: 100,
            files: 4,
            seed: 7,
        }
    }

    #[test]
    fn generated_story_loads_without_diagnostics() {
        let dir = TempDir::new().unwrap();
        write_assets(dir.path()).unwrap();
        let generated = generate(&small());
        assert_eq!(generated.files.len(), 4);
        assert!(
            generated.say_lines >= 2_000,
            "only {} lines",
            generated.say_lines
        );
        let loaded =
            spearhead_core::load_str(dir.path(), &generated.manifest, &generated.file_refs());
        assert!(loaded.diagnostics.is_empty(), "{}", loaded.render(false));
        let story = loaded.story.expect("a story");
        assert_eq!(story.scenes.len(), 100);
    }

    #[test]
    fn reading_the_generated_story_reaches_the_end() {
        let dir = TempDir::new().unwrap();
        write_assets(dir.path()).unwrap();
        let generated = generate(&small());
        let loaded =
            spearhead_core::load_str(dir.path(), &generated.manifest, &generated.file_refs());
        let story = loaded.story.expect("a story");
        // One playthrough: stop after the first ending.
        let reading = read(&story, 1, Duration::from_secs(60), 1).unwrap();
        assert_eq!(reading.playthroughs, 1);
        assert_eq!(reading.endings, 1);
        assert!(reading.choices >= 50, "only {} choices", reading.choices);
        assert!(reading.lines >= 1_000, "only {} lines", reading.lines);
    }

    #[test]
    fn the_generator_is_deterministic() {
        let a = generate(&small());
        let b = generate(&small());
        assert_eq!(a.files, b.files);
    }
}
