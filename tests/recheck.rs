//! A `Workspace` re-checks a story one edited file at a time. Whatever the edits, what it
//! reports must be what `load` reports for the same files from scratch: these tests edit the
//! bundled story (by hand and at random) and compare the two after every edit.

use spearhead_core::{load_str, Diagnostic, Workspace};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The bundled story's files, by name.
struct Story {
    root: PathBuf,
    files: BTreeMap<String, String>,
}

impl Story {
    fn bundled() -> Story {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("story");
        let files = std::fs::read_dir(&root)
            .expect("the bundled story")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "vn" || e == "toml"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect();
        Story { root, files }
    }

    fn workspace(&self) -> Workspace {
        Workspace::new(&self.root, &self.files["story.toml"], &self.scripts())
    }

    fn scripts(&self) -> Vec<(&str, &str)> {
        (self.files.iter())
            .filter(|(name, _)| name.ends_with(".vn"))
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect()
    }

    /// Edits one file in both: the story's own copy and the workspace.
    fn edit(&mut self, workspace: &mut Workspace, name: &str, text: String) {
        workspace.edit(name, &text);
        self.files.insert(name.to_string(), text);
    }

    fn replace(&mut self, workspace: &mut Workspace, name: &str, from: &str, to: &str) {
        let text = &self.files[name];
        assert!(text.contains(from), "{name} has no `{from}`");
        let text = text.replacen(from, to, 1);
        self.edit(workspace, name, text);
    }

    /// What `load` says of the files as they are now.
    fn loaded(&self) -> Vec<String> {
        let loaded = load_str(&self.root, &self.files["story.toml"], &self.scripts());
        each(&loaded.sources, &loaded.diagnostics)
    }
}

/// Each diagnostic rendered alone, sorted: the same findings in any order compare equal.
fn each(sources: &spearhead_core::source::Sources, diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut all: Vec<String> = (diagnostics.iter())
        .map(|d| spearhead_core::diagnostic::render(sources, std::slice::from_ref(d), false))
        .collect();
    all.sort();
    all
}

fn reported(workspace: &Workspace) -> Vec<String> {
    each(workspace.sources(), workspace.diagnostics())
}

#[track_caller]
fn same_as_load(story: &Story, workspace: &Workspace, after: &str) {
    let (kept, fresh) = (reported(workspace), story.loaded());
    let only = |a: &[String], b: &[String]| -> String {
        a.iter().filter(|d| !b.contains(d)).cloned().collect()
    };
    assert!(
        kept == fresh,
        "after {after}, only the workspace reports\n{}\nand only load reports\n{}",
        only(&kept, &fresh),
        only(&fresh, &kept)
    );
}

#[test]
fn an_unedited_story_reports_what_load_reports() {
    let story = Story::bundled();
    let workspace = story.workspace();
    same_as_load(&story, &workspace, "opening");
    assert!(!workspace.has_errors(), "{:?}", reported(&workspace));
}

#[test]
fn each_kind_of_edit_is_rechecked_as_load_would() {
    let mut story = Story::bundled();
    let mut ws = story.workspace();
    let edits: &[(&str, &str, &str, &str)] = &[
        ("a line's text", "ch01_handler.vn", "\n> ", "\n> Rain. "),
        (
            "a renamed scene other files jump to",
            "ch02_names.vn",
            "\nscene ",
            "\nscene renamed_",
        ),
        (
            "a syntax error",
            "ch03_kirschbluete.vn",
            "\n> ",
            "\nif (\n> ",
        ),
        (
            "a scene added",
            "ch04_walls.vn",
            "\nscene ",
            "\nscene brand_new\n> New.\njump nowhere_yet\n\nscene ",
        ),
        (
            "its jump's target defined",
            "ch05_festival.vn",
            "\nscene ",
            "\nscene nowhere_yet\n> Here.\nend nowhere\n\nscene ",
        ),
        (
            "a variable declared twice",
            "ch06_order.vn",
            "\nscene ",
            "\nvar brand = 1\nvar brand = true\n\nscene ",
        ),
        (
            "a stat's name taken by a variable",
            "ch07_standing.vn",
            "\nscene ",
            "\nvar morale = 3\n\nscene ",
        ),
        (
            "a once-only option and a sequence",
            "ch08_last_week.vn",
            "\n> ",
            "\n> {seq: One|Two} ",
        ),
        (
            "a jump to a misspelt scene",
            "ch01_handler.vn",
            "\n> ",
            "\njump quartermaster_lst\n> ",
        ),
        // Not the name looked up, but the hint for it changes: "did you mean `quartermaster_list`?"
        (
            "a scene named like the misspelling",
            "ch10_endings.vn",
            "\nscene ",
            "\nscene quartermaster_list\n> Hi.\nreturn\n\nscene ",
        ),
        (
            "a line ID used twice",
            "ch09_east.vn",
            "\n> ",
            "\n> Twice. #twice_used\n> Again. #twice_used\n> ",
        ),
    ];
    for (what, file, from, to) in edits {
        story.replace(&mut ws, file, from, to);
        same_as_load(&story, &ws, what);
    }
    // A new file, then the manifest itself.
    story.edit(
        &mut ws,
        "ch11_new.vn",
        "scene extra\n> More.\njump extra\n".into(),
    );
    same_as_load(&story, &ws, "a new file");
    story.replace(
        &mut ws,
        "story.toml",
        "[locations",
        "[oldlocations_gone]\n[locations",
    );
    same_as_load(&story, &ws, "a broken manifest");
}

#[test]
fn a_scene_renamed_and_renamed_back_leaves_the_story_clean() {
    let mut story = Story::bundled();
    let mut ws = story.workspace();
    let text = story.files["ch03_kirschbluete.vn"].clone();
    let first = text
        .lines()
        .find(|l| l.starts_with("scene "))
        .unwrap()
        .to_string();
    let renamed = first.replacen("scene ", "scene zz_", 1);
    story.replace(&mut ws, "ch03_kirschbluete.vn", &first, &renamed);
    same_as_load(&story, &ws, "the rename");
    assert!(ws.has_errors(), "jumps to the old name are unknown now");
    story.replace(&mut ws, "ch03_kirschbluete.vn", &renamed, &first);
    same_as_load(&story, &ws, "the rename undone");
    assert!(!ws.has_errors(), "{:?}", reported(&ws));
}

/// A small deterministic generator, so a failing run can be run again.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

#[test]
fn random_edits_are_rechecked_as_load_would() {
    for seed in [86, 1943, 7] {
        random_edits(seed, 60);
    }
}

/// `steps` edits of the bundled story picked by `seed`, each compared with `load`.
fn random_edits(seed: u64, steps: usize) {
    let mut story = Story::bundled();
    let mut ws = story.workspace();
    let mut rng = Lcg(seed);
    let names: Vec<String> = story.scripts().iter().map(|(n, _)| n.to_string()).collect();
    for step in 0..steps {
        let file = &names[rng.below(names.len())];
        let mut lines: Vec<String> = story.files[file].lines().map(String::from).collect();
        let at = rng.below(lines.len());
        let (other, donor) = (&names[rng.below(names.len())], rng.below(1000));
        let donor_lines: Vec<&str> = story.files[other].lines().collect();
        let donor = donor_lines[donor % donor_lines.len()].to_string();
        let scenes: Vec<String> = (story.files.values())
            .flat_map(|t| t.lines().filter_map(|l| l.strip_prefix("scene ")))
            .map(|l| l.split(' ').next().unwrap_or("").to_string())
            .collect();
        let scene = scenes[rng.below(scenes.len())].clone();
        let what = match rng.below(8) {
            0 => {
                lines.remove(at);
                "a line deleted"
            }
            1 => {
                lines.insert(at, donor);
                "a line from elsewhere inserted"
            }
            2 => {
                lines[at] = donor;
                "a line replaced by one from elsewhere"
            }
            3 => {
                lines[at] = lines[at].replacen(' ', "  x", 1);
                "a line mangled"
            }
            4 => match lines.iter().position(|l| l.starts_with("scene ")) {
                // Another scene's name (defined twice now), or the old one changed.
                Some(header) if rng.below(2) == 0 => {
                    lines[header] = format!("scene {scene}");
                    "a scene given another's name"
                }
                Some(header) => {
                    lines[header] = lines[header].replacen("scene ", "scene gone_", 1);
                    "a scene renamed"
                }
                None => "nothing (no scene)",
            },
            5 => {
                lines.insert(at, format!("var v{step} = {step}"));
                "a var line inserted"
            }
            6 => match lines.iter().rposition(|l| l.starts_with("scene ")) {
                Some(header) => {
                    lines.remove(header);
                    "a scene line taken out"
                }
                None => "nothing (no scene)",
            },
            _ => {
                let indent = lines[at].len() - lines[at].trim_start().len();
                lines.insert(at, format!("{}jump {scene}", " ".repeat(indent)));
                "a jump to some scene inserted"
            }
        };
        let text = lines.join("\n") + "\n";
        story.edit(&mut ws, file, text);
        same_as_load(
            &story,
            &ws,
            &format!("seed {seed}, step {step}: {what} in {file}"),
        );
    }
}

/// Every case of the checker's specification (tests/check/), typed into a story that starts
/// empty, is reported as `load` reports it: each kind of diagnostic goes through an edit.
#[test]
fn every_checker_case_typed_into_an_empty_file_is_reported_as_load_would() {
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check");
    let mut checked = 0;
    for case in std::fs::read_dir(&cases)
        .unwrap()
        .flatten()
        .map(|e| e.path())
    {
        if case.extension().is_none_or(|e| e != "vn") {
            continue;
        }
        let own = case.with_extension("toml");
        let manifest = std::fs::read_to_string(match own.exists() {
            true => own,
            false => cases.join("story.toml"),
        })
        .unwrap();
        let script = std::fs::read_to_string(&case).unwrap();
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let mut workspace = Workspace::new(&cases, &manifest, &[(&name, "")]);
        workspace.edit(&name, &script);
        let loaded = load_str(&cases, &manifest, &[(&name, &script)]);
        assert_eq!(
            reported(&workspace),
            each(&loaded.sources, &loaded.diagnostics),
            "{name}"
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} cases found");
}

/// How much an edit costs is counted, not timed: editing a line parses and checks the scene it
/// is in alone; renaming a scene also checks the scenes that jump to it, no more.
#[test]
fn an_edit_parses_and_checks_only_what_it_can_change() {
    let mut story = Story::bundled();
    let mut ws = story.workspace();
    let scenes_in = |story: &Story, file: &str| {
        story.files[file]
            .lines()
            .filter(|l| l.starts_with("scene "))
            .count()
    };
    let total: usize = (story.scripts().iter())
        .map(|(n, _)| scenes_in(&story, n))
        .sum();

    let text = story.files["ch05_festival.vn"].replacen("\n> ", "\n> Rain. ", 1);
    let rechecked = ws.edit("ch05_festival.vn", &text);
    story.files.insert("ch05_festival.vn".into(), text);
    let file_lines = story.files["ch05_festival.vn"].lines().count();
    assert_eq!(rechecked.scenes_checked, 1, "the scene the line is in");
    assert!(rechecked.lines_parsed < file_lines / 4, "{rechecked:?}");

    // A new `var` line in a scene: that scene again, and no other (nothing looked it up).
    let text = story.files["ch05_festival.vn"].replacen("\n> ", "\nvar late_var = 1\n> ", 1);
    let rechecked = ws.edit("ch05_festival.vn", &text);
    story.files.insert("ch05_festival.vn".into(), text);
    same_as_load(&story, &ws, "a var line added");
    assert_eq!(rechecked.scenes_checked, 1, "{rechecked:?}");

    let first = (story.files["ch03_kirschbluete.vn"].lines())
        .find(|l| l.starts_with("scene "))
        .unwrap()
        .to_string();
    let name = first.split(' ').nth(1).unwrap().to_string();
    let jumping: usize = (story.files.values())
        .flat_map(|t| t.split("\nscene ").skip(1))
        .filter(|scene| scene.contains(&format!("jump {name}\n")))
        .count();
    assert!(jumping >= 1, "some scene jumps to `{name}`");
    let text = story.files["ch03_kirschbluete.vn"].replacen(
        &first,
        &first.replacen(&name, "renamed", 1),
        1,
    );
    let rechecked = ws.edit("ch03_kirschbluete.vn", &text);
    story.files.insert("ch03_kirschbluete.vn".into(), text);
    same_as_load(&story, &ws, "the rename");
    let all_lines: usize = story.files.values().map(|t| t.lines().count()).sum();
    assert!(rechecked.lines_parsed < all_lines / 10, "{rechecked:?}");
    assert!(
        rechecked.scenes_checked > jumping && rechecked.scenes_checked < total / 10,
        "{rechecked:?} of {total} scenes, {jumping} jumping to `{name}`"
    );
}
