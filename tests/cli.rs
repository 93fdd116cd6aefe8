//! The `spearhead` command as a user runs it: exit codes, printed diagnostics, and the
//! terminal reader's transcript with choices from `--choose` or from standard input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cli")
        .join(name)
}

fn spearhead(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spearhead runs");
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(stdin.as_bytes())
        .expect("stdin written");
    child.wait_with_output().expect("spearhead finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_passes_a_clean_story() {
    let out = spearhead(&["check", fixture("good").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("ok (2 scenes, 4 lines, 0 warning(s))"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn check_exits_0_on_warnings_alone() {
    let out = spearhead(&["check", fixture("warn").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stderr).contains("warning: scene `orphan` can never be reached"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn check_exits_1_on_errors_and_points_at_file_line_and_column() {
    let out = spearhead(&["check", fixture("broken").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("error: unknown scene `nowhere`"), "{err}");
    assert!(err.contains("story.vn:3:6"), "{err}");
    assert!(err.contains("1 error(s)"), "{err}");
}

#[test]
fn check_reports_a_missing_story_folder() {
    let out = spearhead(&["check", "no/such/folder"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("cannot read"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn read_plays_a_scripted_route_to_its_ending() {
    let out = spearhead(
        &["read", fixture("good").to_str().unwrap(), "--choose", "2,1"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "The radio hissed.\n\
         Lena: Handler One. Morale is 5.\n\
         Answer?\n  1. Speak.\n  2. Sing. (Not available)\n  3. Say nothing.\n\
         option 2 is not available\n\
         Lena: Morale is 7 now.\n\
         Ending: Trust [trust]\n"
    );
}

#[test]
fn read_takes_choices_from_standard_input() {
    let out = spearhead(&["read", fixture("good").to_str().unwrap()], "3\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).ends_with("Nothing.\nEnding: Silence [silence]\n"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn read_stops_cleanly_at_the_end_of_input() {
    let out = spearhead(&["read", fixture("good").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("(no more choices given; stopping here)"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn read_asks_again_after_a_bad_answer() {
    let out = spearhead(
        &["read", fixture("good").to_str().unwrap()],
        "seven\n9\n1\n",
    );
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("`seven` is not an option number"),
        "{stdout}"
    );
    assert!(stdout.contains("choose a number from 1 to 3"), "{stdout}");
    assert!(stdout.ends_with("Ending: Trust [trust]\n"), "{stdout}");
}

#[test]
fn routes_counts_the_routes_to_each_ending_and_names_what_none_reaches() {
    let out = spearhead(&["routes", fixture("good").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // "Sing." requires morale > 8; morale starts at 5 and nothing raises it first.
    assert_eq!(
        text(&out.stdout),
        "CLI fixture: 2 routes to an ending, through 1 situation at choices\n\
         \n\
         ending           routes   share  a route there\n\
         trust                 1   50.0%  --choose 1\n\
         silence               1   50.0%  --choose 3\n\
         \n\
         options no route can pick (hidden or greyed out every time): 1\n  \
         start: \"Sing.\"\n"
    );
    // Each route it prints reads through to its ending.
    let read = spearhead(
        &["read", fixture("good").to_str().unwrap(), "--choose", "3"],
        "",
    );
    assert!(text(&read.stdout).ends_with("[silence]\n"));
}

/// Issue 13, item 9: this panicked (exit 101) when the first option failed before a line.
#[test]
fn routes_reports_a_route_that_fails_before_its_first_line() {
    let out = spearhead(
        &["routes", fixture("first_option_fails").to_str().unwrap()],
        "",
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        stdout.contains("error: division by zero\n  --choose 1\n"),
        "{stdout}"
    );
    assert!(stdout.contains("1 route to an ending"), "{stdout}");
}

#[test]
fn routes_refuses_a_story_with_errors() {
    let out = spearhead(&["routes", fixture("broken").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("the story has errors"));
}

#[test]
fn graph_draws_every_scene_choice_and_ending_with_the_ways_between() {
    let out = spearhead(&["graph", fixture("good").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let dot = text(&out.stdout);
    assert!(dot.starts_with("digraph \"CLI fixture\" {\n") && dot.ends_with("}\n"));
    let arrows: Vec<&str> = dot
        .lines()
        .filter(|l| l.contains("->"))
        .map(str::trim)
        .collect();
    assert_eq!(
        arrows,
        [
            r#""begin:" -> "start";"#,
            r#""start" -> "start#2";"#,
            r#""start#2" -> "end:trust" [label="Speak.\nmorale += 2"];"#,
            r#""start#2" -> "end:trust" [label="Sing.\n[requires morale > 8]"];"#,
            r#""start#2" -> "quiet" [label="Say nothing."];"#,
            r#""quiet" -> "end:silence";"#,
        ]
    );
}
