//! Scripts built to break the checker and the runtime (issue 13): blocks and expressions nested
//! thousands deep, numbers past the largest integer, texts past what a string may hold, tens of
//! thousands of the same line or of unknown names, strings that double and scenes that call
//! themselves for ever. Each must be one clear error with a file, line and column, through the
//! library and through `spearhead check`, `read`, `stats`, `graph` and `routes`: never a panic,
//! a stack overflow or a hang.

use spearhead_core::{Diagnostic, DiagnosticKind, Loaded};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MANIFEST: &str = r#"
title = "Limits"
start = "start"
[characters.lena]
name = "Lena"
[endings.good]
title = "Good"
"#;

/// A story folder of its own under the system's temporary folder, removed afterwards.
struct StoryDir(PathBuf);

impl StoryDir {
    fn new(name: &str, script: &[u8]) -> StoryDir {
        let dir =
            std::env::temp_dir().join(format!("spearhead-limits-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary folder");
        std::fs::write(dir.join("story.toml"), MANIFEST).expect("manifest written");
        std::fs::write(dir.join("story.vn"), script).expect("script written");
        StoryDir(dir)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("temporary paths are UTF-8 here")
    }
}

impl Drop for StoryDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn spearhead(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .args(args)
        .output()
        .expect("spearhead runs")
}

/// Loads `script` with the library; it must fail with errors only where `place` says.
fn load(script: &str) -> Loaded {
    spearhead_core::load_str(Path::new("."), MANIFEST, &[("story.vn", script)])
}

/// The errors of a load as (line, column, kind).
fn errors(loaded: &Loaded) -> Vec<(usize, usize, DiagnosticKind)> {
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d: &Diagnostic| {
            let span = d.span.expect("a script error has a place");
            let (line, col) = loaded.sources.line_col(span.file, span.start);
            (line, col, d.kind)
        })
        .collect()
}

/// `depth` `if`s, each inside the one before (one more space each), around a line.
fn nested_ifs(depth: usize) -> String {
    let mut script = String::from("var x = 1\nscene start\n");
    for level in 0..depth {
        script += &format!("{}if x > 0\n", " ".repeat(level));
    }
    script += &format!("{}lena: Deep.\nend good\n", " ".repeat(depth));
    script
}

/// `depth` choices, each inside the only option of the one before, around a line.
fn nested_choices(depth: usize) -> String {
    let mut script = String::from("scene start\n");
    for level in 0..depth {
        script += &format!("{}choice\n", " ".repeat(2 * level));
        script += &format!("{}option: On.\n", " ".repeat(2 * level + 1));
    }
    script += &format!("{}lena: Deep.\nend good\n", " ".repeat(2 * depth));
    script
}

/// Every command that reads a story, run on `dir`: each must exit with 1 or 2 (the story has
/// errors) and print `message` with its place, never abort.
fn every_command_reports(dir: &StoryDir, message: &str, place: &str) {
    for command in ["check", "read", "stats", "graph", "routes"] {
        let out = spearhead(&[command, dir.path()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(1 | 2)),
            "`spearhead {command}` exited with {:?}:\n{}",
            out.status,
            &stderr[stderr.len().saturating_sub(2000)..]
        );
        assert!(stderr.contains(message), "{command}: {stderr:.3000}");
        assert!(stderr.contains(place), "{command}: {stderr:.3000}");
    }
}

#[test]
fn blocks_nested_thousands_deep_are_one_error_at_the_first_line_too_deep() {
    // 4,000 `if`s (and far fewer in a debug build) aborted the process with a stack overflow before the limit.
    let loaded = load(&nested_ifs(4000));
    assert_eq!(errors(&loaded), [(68, 66, DiagnosticKind::BlocksTooDeep)]);
    let dir = StoryDir::new("deep-ifs", nested_ifs(4000).as_bytes());
    every_command_reports(&dir, "blocks nest more than 64 deep here", "story.vn:68:66");
}

#[test]
fn choices_nested_thousands_deep_are_one_error_too() {
    let loaded = load(&nested_choices(2000));
    assert_eq!(errors(&loaded), [(132, 131, DiagnosticKind::BlocksTooDeep)]);
    let dir = StoryDir::new("deep-choices", nested_choices(2000).as_bytes());
    every_command_reports(
        &dir,
        "blocks nest more than 64 deep here",
        "story.vn:132:131",
    );
}

#[test]
fn blocks_up_to_the_limit_check_and_play() {
    let loaded = load(&nested_ifs(spearhead_core::syntax::MAX_BLOCK_DEPTH));
    assert_eq!(errors(&loaded), []);
    let loaded = load(&nested_choices(spearhead_core::syntax::MAX_BLOCK_DEPTH));
    assert_eq!(errors(&loaded), []);
    let dir = StoryDir::new("deep-but-fine", nested_ifs(64).as_bytes());
    let out = spearhead(&["read", dir.path()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Deep."));
}

#[test]
fn expressions_nested_thousands_deep_are_one_error_at_their_place() {
    let parentheses = format!(
        "var x = 1\nscene start\nx = {}1{}\nend good\n",
        "(".repeat(5000),
        ")".repeat(5000)
    );
    let message = "parentheses nest more than 64 deep";
    let too_deep = DiagnosticKind::ParenthesesTooDeep;
    assert_eq!(errors(&load(&parentheses)), [(3, 69, too_deep)]);
    let dir = StoryDir::new("deep-parentheses", parentheses.as_bytes());
    every_command_reports(&dir, message, "story.vn:3:69");

    let nots = format!(
        "var b = true\nscene start\nif {}b\n    lena: No.\nend good\n",
        "not ".repeat(5000)
    );
    let message = "this line has more than 512 parts";
    assert_eq!(errors(&load(&nots)), [(3, 1, DiagnosticKind::LineTooLong)]);
    let dir = StoryDir::new("deep-nots", nots.as_bytes());
    every_command_reports(&dir, message, "story.vn:3:1");
}

#[test]
fn a_number_past_the_largest_integer_is_an_error_at_its_place() {
    // It used to become 9223372036854775807 without a word.
    let script =
        "var big = 1\nscene start\nbig = 99999999999999999999 + 1\nlena: {big}\nend good\n";
    let message = "the number `99999999999999999999` is too large";
    assert_eq!(
        errors(&load(script)),
        [(3, 7, DiagnosticKind::NumberTooLarge)]
    );
    let dir = StoryDir::new("big-number", script.as_bytes());
    let out = spearhead(&["check", dir.path()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(message) && stderr.contains("story.vn:3:7"),
        "{stderr}"
    );
    assert!(stderr.contains("whole numbers run from -9223372036854775807 to 9223372036854775807"));

    let largest = "var big = 9223372036854775807\nvar one = 0000000000000000000000001\n\
                   scene start\nlena: {big} {one}\nend good\n";
    assert_eq!(errors(&load(largest)), []);
}

#[test]
fn a_quoted_text_longer_than_a_string_may_hold_is_an_error() {
    let script = format!(
        "var s = \"\"\nscene start\ns = \"{}\"\nlena: {{s}}\nend good\n",
        "a".repeat(70_000)
    );
    assert_eq!(
        errors(&load(&script)),
        [(3, 5, DiagnosticKind::StringTooLong)]
    );
}

/// Each copy of an untagged line is keyed `text-hash@n`; finding `n` tried every number from 2,
/// so a scene of 20,000 same lines took 46 s to check and 40,000 took 170 s (megabytes of them,
/// days). The keys are the same; finding them is linear.
#[test]
fn a_scene_of_a_hundred_thousand_same_lines_checks() {
    let script = format!("scene start\n{}end good\n", "> Rain.\n".repeat(100_000));
    let loaded = load(&script);
    assert_eq!(errors(&loaded), []);
    let story = loaded.story.expect("no errors");
    let keys = &story.scene(0).keys;
    assert_eq!(keys.len(), 100_000);
    let first = keys
        .iter()
        .find(|(_, &pc)| pc == 0)
        .expect("the first line")
        .0;
    assert_eq!(keys[&format!("{first}@2")], 1);
    assert_eq!(keys[&format!("{first}@100000")], 99_999);
}

/// "Did you mean" compared every unknown name with every known one: 5,000 mistyped jumps among
/// 5,000 scenes took 1.6 s, and a script of megabytes of them hours. Hints stop after a budget of
/// comparisons; the errors are all still reported, later ones with the plain fix.
#[test]
fn thousands_of_unknown_names_get_hints_while_the_budget_lasts() {
    let mut script = String::new();
    for i in 0..3000 {
        script += &format!("scene s{i}\njump s{i}x\n");
    }
    let manifest = MANIFEST.replace("start = \"start\"", "start = \"s0\"");
    let loaded = spearhead_core::load_str(Path::new("."), &manifest, &[("story.vn", &script)]);
    let unknown: Vec<&Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::UnknownScene)
        .collect();
    assert_eq!(unknown.len(), 3000);
    let hint = |d: &Diagnostic| d.hint.clone().unwrap_or_default();
    assert_eq!(hint(unknown[0]), "did you mean `s0`?");
    assert_eq!(
        hint(unknown[2999]),
        "check the name after `scene` where it is defined"
    );
}

/// Issue 13, item 4: a string doubled in a loop took all memory (4.6 GB in 20 s) long before
/// the 100,000-step guard stopped the loop. It stops at 64 KiB with an error.
#[test]
fn a_string_doubled_in_a_loop_stops_reading_with_an_error() {
    let script = "var s = \"ab\"\nscene start\nlena: Start.\njump grow\n\
                  scene grow\ns = s + s\nif s == \"\"\n    lena: {s}\njump grow\n";
    let dir = StoryDir::new("doubling", script.as_bytes());
    let out = spearhead(&["read", dir.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Lena: Start.\n");
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("a text grew longer than 65536 bytes, the most a string may hold"));
}

/// Issue 13, item 5: a scene that called itself and showed a line held a copy of the whole call
/// stack per line: 40,000 lines took 7.5 GB. Calls now stop 1,000 deep with an error (and the
/// stack is shared between lines, so the 1,000 lines before it take little).
#[test]
fn a_scene_that_calls_itself_for_ever_stops_reading_with_an_error() {
    let script = "var depth = 0\nscene start\ncall down\nend good\n\
                  scene down\ndepth += 1\nlena: Down {depth}.\nif depth < 40000\n    call down\nreturn\n";
    let dir = StoryDir::new("recursion", script.as_bytes());
    let out = spearhead(&["read", dir.path()]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1000);
    assert!(stdout.ends_with("Lena: Down 1000.\n"));
    assert!(String::from_utf8_lossy(&out.stderr).contains(
        "scene `down` made a call 1000 calls deep; scenes that call each other must return"
    ));
}
