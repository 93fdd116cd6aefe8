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

/// `play` and `shot` take the same `--from` and `--set` as `read`, and refuse a wrong start
/// before any window opens (no display is given here: reaching the window would fail
/// differently) and before any file is written.
#[test]
fn play_and_shot_refuse_a_wrong_start_before_opening_a_window() {
    let good = fixture("good");
    let story = good.to_str().unwrap();
    let out = std::env::temp_dir().join(format!("spearhead-start-{}.png", std::process::id()));
    let cases: [(&[&str], &str); 4] = [
        (&["play", story, "--from", "quite"], "did you mean `quiet`"),
        (&["play", story, "--set", "morale=11"], "from 0 to 10"),
        (
            &[
                "shot",
                story,
                "--from",
                "quite",
                "--out",
                out.to_str().unwrap(),
            ],
            "did you mean `quiet`",
        ),
        (
            &[
                "shot",
                story,
                "--set",
                "moral=3",
                "--out",
                out.to_str().unwrap(),
            ],
            "there is no variable or stat `moral`",
        ),
    ];
    for (args, expected) in cases {
        let output = Command::new(env!("CARGO_BIN_EXE_spearhead"))
            .args(args)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("spearhead runs");
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(!out.exists(), "{args:?} wrote a frame");
    }
}

#[test]
fn read_from_a_late_scene_with_state_set_and_traced() {
    let good = fixture("good");
    // "Sing." needs morale over 8: set it, and the option is there to take; --trace shows the
    // scene entered and each change beside the text.
    let out = spearhead(
        &[
            "read",
            good.to_str().unwrap(),
            "--set",
            "morale=9",
            "--trace",
            "--choose",
            "1",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "  ~ scene start\n\
         The radio hissed.\n\
         Lena: Handler One. Morale is 9.\n\
         Answer?\n  \
         1. Speak.\n  \
         2. Sing.\n  \
         3. Say nothing.\n  \
         ~ morale 9 -> 10\n\
         Lena: Morale is 10 now.\n\
         Ending: Trust [trust]\n"
    );
    // From another scene: the reading starts there.
    let quiet = spearhead(&["read", good.to_str().unwrap(), "--from", "quiet"], "");
    assert_eq!(text(&quiet.stdout), "Nothing.\nEnding: Silence [silence]\n");
    // A wrong start is refused before anything is read, with what is wrong and a hint.
    let typo = spearhead(&["read", good.to_str().unwrap(), "--from", "quite"], "");
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        text(&typo.stderr).contains("did you mean `quiet`"),
        "{}",
        text(&typo.stderr)
    );
    let range = spearhead(&["read", good.to_str().unwrap(), "--set", "morale=11"], "");
    assert!(
        text(&range.stderr).contains("`morale` is a stat from 0 to 10; 11 is outside it"),
        "{}",
        text(&range.stderr)
    );
    assert_eq!(text(&range.stdout), "");
}

#[test]
fn test_plays_the_plans_and_says_where_one_breaks() {
    let good = fixture("good");
    // The story's own plans (tests/*.plan): all hold.
    let out = spearhead(&["test", good.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("1 plan(s), 1 passed, 0 failed"));
    // A plan that takes a greyed-out option fails at its line, with the reason; exit 1.
    let broken = fixture("broken_plan.plan");
    let out = spearhead(
        &["test", good.to_str().unwrap(), broken.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("broken_plan.plan:1: \"Sing.\" is shown greyed out"),
        "{stdout}"
    );
}

/// A copy of the `good` fixture in a fresh temporary folder, with its assets in `assets/`, to
/// make hostile changes to.
fn scratch_story(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spearhead-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("assets")).expect("temp dir is writable");
    std::fs::copy(fixture("good").join("story.vn"), dir.join("story.vn")).expect("copied");
    let manifest = std::fs::read_to_string(fixture("good").join("story.toml")).expect("fixture");
    let manifest = format!("assets = \"assets\"\n{manifest}");
    std::fs::write(dir.join("story.toml"), manifest).expect("writable");
    dir
}

#[test]
fn check_refuses_an_asset_that_is_a_link_out_of_the_assets_folder() {
    let dir = scratch_story("symlink");
    std::fs::write(dir.join("secret.png"), b"not yours").expect("writable");
    std::os::unix::fs::symlink(dir.join("secret.png"), dir.join("assets/office.png"))
        .expect("symlinks");
    let manifest = std::fs::read_to_string(dir.join("story.toml")).expect("copied");
    let manifest = format!("{manifest}\n[backgrounds]\noffice = \"office.png\"\n");
    std::fs::write(dir.join("story.toml"), &manifest).expect("writable");
    let out = spearhead(&["check", dir.to_str().unwrap()], "");
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error: background file `office.png` is outside the assets folder"),
        "{err}"
    );
    let line = manifest.lines().count();
    assert!(err.contains(&format!("story.toml:{line}:10")), "{err}");
}

#[test]
fn check_refuses_files_too_large_to_read() {
    // Sparse files: on paper larger than each cap, nothing on disk.
    let sparse = |path: PathBuf, size: u64| {
        let file = std::fs::File::create(path).expect("writable");
        file.set_len(size).expect("sparse files");
    };
    let dir = scratch_story("too-large-asset");
    sparse(dir.join("assets/huge.png"), 2 << 30);
    let manifest = std::fs::read_to_string(dir.join("story.toml")).expect("copied");
    std::fs::write(
        dir.join("story.toml"),
        format!("{manifest}\n[backgrounds]\nhuge = \"huge.png\"\n"),
    )
    .expect("writable");
    let out = spearhead(&["check", dir.to_str().unwrap()], "");
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error: background file `huge.png` is too large"),
        "{err}"
    );
    assert!(err.contains("files of up to 32 MiB"), "{err}");

    let dir = scratch_story("too-large-script");
    sparse(
        dir.join("huge.vn"),
        spearhead_core::files::MAX_SCRIPT_BYTES + 1,
    );
    let out = spearhead(&["check", dir.to_str().unwrap()], "");
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("huge.vn is larger than 8 MiB"), "{err}");
}

#[test]
fn check_names_the_line_and_column_of_text_that_is_not_utf8() {
    let dir = scratch_story("utf8");
    std::fs::write(dir.join("bad.vn"), b"scene bad\n> Caf\xe9.\n").expect("writable");
    let out = spearhead(&["check", dir.to_str().unwrap()], "");
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("bad.vn:2:6: the file is not UTF-8 text"),
        "{err}"
    );
}

#[test]
fn read_trace_shows_each_condition_tested_and_which_way_it_went() {
    let dir = scratch_story("trace-if");
    std::fs::write(
        dir.join("story.vn"),
        "scene start\n\
         if morale > 8 and not seen(quiet)\n    lena: High.\n\
         elif morale >= 5\n    lena: Steady.\n\
         else\n    lena: Low.\n\
         end trust\n\n\
         scene quiet\n> Nothing.\nend silence\n",
    )
    .expect("writable");
    let out = spearhead(
        &[
            "read",
            dir.to_str().unwrap(),
            "--set",
            "morale=6",
            "--trace",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "  ~ scene start\n  \
         ~ if (morale > 8) and not seen(quiet): false\n  \
         ~ if morale >= 5: true\n\
         Lena: Steady.\n\
         Ending: Trust [trust]\n"
    );
    // Without --trace, only the story.
    let plain = spearhead(&["read", dir.to_str().unwrap(), "--set", "morale=6"], "");
    assert_eq!(
        text(&plain.stdout),
        "Lena: Steady.\nEnding: Trust [trust]\n"
    );
}

/// Art not drawn yet is a warning, not an error: a writer can read, graph and count routes of
/// a story whose pictures are still to come (the player shows a placeholder).
#[test]
fn missing_art_is_a_warning_and_every_tool_still_runs() {
    let dir = scratch_story("missing-art");
    let manifest = std::fs::read_to_string(dir.join("story.toml")).expect("copied");
    let manifest = format!("{manifest}\n[backgrounds]\noffice = \"not_drawn_yet.png\"\n");
    std::fs::write(dir.join("story.toml"), manifest).expect("writable");
    let check = spearhead(&["check", dir.to_str().unwrap()], "");
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(
        text(&check.stderr).contains("warning: background file `not_drawn_yet.png` does not exist"),
        "{}",
        text(&check.stderr)
    );
    for tool in [
        &["read", "--choose", "1"][..],
        &["stats"],
        &["graph"],
        &["routes"],
    ] {
        let out = spearhead(
            &[&[tool[0], dir.to_str().unwrap()], &tool[1..]].concat(),
            "",
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{tool:?}: {}",
            text(&out.stderr)
        );
    }
}
