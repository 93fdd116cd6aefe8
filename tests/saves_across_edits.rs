//! Saves across story edits (issue 13). `tests/fixtures/saves/v1` is a story and `v1-saves` the
//! saves the player wrote on it, at lines, inside called scenes, at a choice, just after a pick
//! and at the end; `v2` is the same story edited since: lines added and removed, an option added,
//! two scenes renamed (declared in `[aliases]`), one scene removed, a stat's range narrowed.
//!
//! Saves whose place survives the edit resume exactly where they were, on the edited text;
//! `spearhead check --saves` names the others and says why. The saves are files the player's own
//! `Saves` wrote; `SPEARHEAD_WRITE_SAVES=1 cargo test --test saves_across_edits` writes them
//! again (after a change of the save format, say: old saves must then still load).

use spearhead_core::save::{Inexact, SaveError};
use spearhead_core::{DiagnosticKind, Event, SaveData, Story, StoryState};
use spearhead_player::saves::Saves;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/saves")
        .join(name)
}

fn load(version: &str) -> Story {
    let loaded = spearhead_core::load(&fixture(version));
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors")
}

fn spearhead(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .args(args)
        .output()
        .expect("the spearhead binary runs")
}

/// Advances until the line `key` is on screen (or the story waits for a choice or ends).
fn advance_to(story: &Story, state: &mut StoryState, key: &str) {
    for _ in 0..50 {
        if let Some(Event::Line(line)) = story.current(state) {
            if &*line.key == key {
                return;
            }
        }
        assert!(
            !state.is_choosing() && state.ended().is_none(),
            "`{key}` never came"
        );
        story.advance(state).expect("the fixture runs");
    }
    panic!("`{key}` never came");
}

/// The saves of `v1-saves`, made by playing v1 as a reader would: (slot, state).
fn play_v1(story: &Story) -> Vec<(&'static str, StoryState)> {
    let mut saves = Vec::new();
    let mut state = StoryState::new(story);
    for (slot, key) in [
        ("arrival-2", "arrival_2"),
        ("drill-1", "drill_1"),
        ("drill-2", "drill_2"),
    ] {
        advance_to(story, &mut state, key);
        saves.push((slot, state.clone()));
    }
    story.advance(&mut state).unwrap();
    story.advance(&mut state).unwrap();
    assert!(state.is_choosing());
    saves.push(("choice", state.clone()));

    let mut tent = state.clone();
    story.choose(&mut tent, 0).unwrap();
    advance_to(story, &mut tent, "tent_1");
    saves.push(("tent", tent));

    story.choose(&mut state, 1).unwrap();
    saves.push(("picked-fire", state.clone()));
    for (slot, key) in [
        ("fire", "fire_2"),
        ("night-2", "night_2"),
        ("briefing-1", "briefing_1"),
    ] {
        advance_to(story, &mut state, key);
        saves.push((slot, state.clone()));
    }
    while state.ended().is_none() {
        story.advance(&mut state).unwrap();
    }
    saves.push(("ended", state));
    saves
}

/// The lines shown from here to the end (taking the first option at any choice), by text.
fn lines_to_the_end(story: &Story, state: &mut StoryState) -> Vec<String> {
    let mut out = Vec::new();
    while state.ended().is_none() {
        if state.is_choosing() {
            story.choose(state, 0).unwrap();
        }
        for event in story.advance(state).unwrap() {
            if let Event::Line(line) = event {
                out.push(line.text);
            }
        }
    }
    out
}

/// A save of `v1-saves`, as data.
fn saved(slot: &str) -> SaveData {
    let path = fixture("v1-saves").join(format!("{slot}.toml"));
    SaveData::from_toml(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn current_text(story: &Story, state: &StoryState) -> String {
    match story.current(state) {
        Some(Event::Line(line)) => line.text,
        other => panic!("a line on screen, not {other:?}"),
    }
}

#[test]
fn the_committed_saves_are_what_the_player_writes_on_v1() {
    let story = load("v1");
    let committed = fixture("v1-saves");
    let write = std::env::var("SPEARHEAD_WRITE_SAVES").is_ok_and(|v| v == "1");
    let dir = if write {
        committed.clone()
    } else {
        std::env::temp_dir().join(format!("spearhead-v1-saves-{}", std::process::id()))
    };
    let saves = Saves::in_dir(&dir);
    for (slot, state) in play_v1(&story) {
        saves
            .write(slot, &story, &state)
            .expect("the save folder is writable");
        let made = std::fs::read_to_string(dir.join(format!("{slot}.toml"))).unwrap();
        let kept = std::fs::read_to_string(committed.join(format!("{slot}.toml")))
            .unwrap_or_else(|e| panic!("{slot}.toml: {e}; SPEARHEAD_WRITE_SAVES=1 writes it"));
        assert_eq!(made, kept, "{slot}.toml is not what v1 saves now");
    }
}

#[test]
fn on_the_story_they_were_made_on_every_save_resumes_exactly() {
    let out = spearhead(&[
        "check",
        fixture("v1").to_str().unwrap(),
        "--saves",
        fixture("v1-saves").to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.ends_with(
            "v1-saves: 10 save(s): 10 resume exactly, 0 not exactly, 0 cannot be loaded\n"
        ),
        "{stdout}"
    );
}

#[test]
fn check_saves_lists_the_saves_that_no_longer_resume_exactly_and_why() {
    let out = spearhead(&[
        "check",
        fixture("v2").to_str().unwrap(),
        "--saves",
        fixture("v1-saves").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected = format!(
        "drill-2.toml: does not resume exactly:\n\
         \x20 the line `drill_2` in scene `camp.drill` is gone; resuming at the start of the scene\n\
         fire.toml: cannot be loaded: the scene `camp.fire` this save was made in no longer exists\n\
         tent.toml: does not resume exactly:\n\
         \x20 `morale` is 8 in the save, outside its range now; using 7\n\
         {}: 10 save(s): 7 resume exactly, 2 not exactly, 1 cannot be loaded\n",
        fixture("v1-saves").display()
    );
    assert_eq!(stdout, expected);
}

#[test]
fn saves_resume_on_the_edited_story_where_they_were() {
    let v2 = load("v2");
    let saves = Saves::in_dir(&fixture("v1-saves"));
    let read = |slot: &str| {
        assert_eq!(v2.check_save(&saved(slot)), Ok(vec![]), "{slot}");
        let (state, warnings) = saves.read(slot, &v2).expect("the save loads");
        // Visits to the removed scene are all the log mentions; nothing can read them now.
        for warning in warnings {
            assert!(warning.contains("`camp.fire`"), "{slot}: {warning}");
        }
        state
    };

    // A line added before it.
    let mut state = read("arrival-2");
    assert_eq!(current_text(&v2, &state), "The others are asleep.");
    assert_eq!(
        lines_to_the_end(&v2, &mut state)[..2],
        ["Drill. Left, right.", "Back from the drill."]
    );

    // In a called scene that was renamed: it returns after the renamed call.
    let mut state = read("drill-1");
    assert_eq!(current_text(&v2, &state), "Drill. Left, right.");
    assert_eq!(lines_to_the_end(&v2, &mut state)[0], "Back from the drill.");

    // At a choice that gained an option: the choice as it is now.
    let state = read("choice");
    let Some(Event::Choice(menu)) = v2.current(&state) else {
        panic!("a choice on screen");
    };
    assert_eq!(menu.options.len(), 3);

    // Just after picking an option that has another before it now: the same option's block.
    let mut state = read("picked-fire");
    assert_eq!(
        lines_to_the_end(&v2, &mut state)[..3],
        [
            "Let us keep watch.",
            "Night comes early here.",
            "Is it always this quiet?"
        ]
    );

    // In a renamed scene, with its visits and what was chosen on the way.
    let mut state = read("night-2");
    assert_eq!(current_text(&v2, &state), "Is it always this quiet?");
    let evening = v2.scene_id("camp.evening").unwrap();
    assert_eq!(state.visits(evening), 1);
    assert_eq!(
        lines_to_the_end(&v2, &mut state)[0],
        "At least the fire is warm."
    );

    // In a called scene whose caller was renamed, with a line added after it.
    let mut state = read("briefing-1");
    assert_eq!(current_text(&v2, &state), "Tomorrow we move at six.");
    assert_eq!(
        lines_to_the_end(&v2, &mut state),
        [
            "The coffee is cold again.",
            "Bring the map.",
            "Then we wait for the dawn."
        ]
    );

    let state = read("ended");
    assert_eq!(state.ended(), v2.ending_id("dawn"));
}

#[test]
fn what_no_longer_fits_is_a_reason_value() {
    let v2 = load("v2");
    assert_eq!(
        v2.check_save(&saved("drill-2")),
        Ok(vec![Inexact::LineGone {
            scene: "camp.drill".into(),
            key: "drill_2".into()
        }])
    );
    assert_eq!(
        v2.check_save(&saved("tent")),
        Ok(vec![Inexact::Clamped {
            name: "morale".into(),
            saved: 8,
            now: 7
        }])
    );
    assert_eq!(
        v2.check_save(&saved("fire")),
        Err(SaveError::SceneGone("camp.fire".into()))
    );
    // The removed line's save still loads, at the start of its scene.
    let (mut state, _) = v2.restore(&saved("drill-2")).unwrap();
    assert_eq!(
        lines_to_the_end(&v2, &mut state)[..2],
        ["Drill. Left, right.", "Back from the drill."]
    );
}

#[test]
fn without_its_alias_a_renamed_scene_loses_its_saves() {
    let dir = fixture("v2");
    let manifest = std::fs::read_to_string(dir.join("story.toml")).unwrap();
    let script = std::fs::read_to_string(dir.join("camp.vn")).unwrap();
    let without = manifest[..manifest.find("# The scenes renamed").unwrap()].to_string();
    let loaded = spearhead_core::load_str(&dir, &without, &[("camp.vn", &script)]);
    let story = loaded.story.expect("v2 checks without aliases too");
    assert_eq!(
        story.restore(&saved("night-2")).unwrap_err(),
        SaveError::SceneGone("camp.night".into())
    );
}

#[test]
fn check_reports_aliases_that_name_no_scene_or_hide_one() {
    let dir = fixture("v2");
    let manifest = std::fs::read_to_string(dir.join("story.toml")).unwrap();
    let script = std::fs::read_to_string(dir.join("camp.vn")).unwrap();
    let bad = manifest.replace(
        "\"camp.night\" = \"camp.evening\"",
        "\"camp.night\" = \"camp.evenin\"\n\"camp.briefing\" = \"camp.arrival\"",
    );
    let loaded = spearhead_core::load_str(&dir, &bad, &[("camp.vn", &script)]);
    let found: Vec<(usize, DiagnosticKind, Option<&str>)> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            let span = d.span.expect("an alias has a place");
            let (line, _) = loaded.sources.line_col(span.file, span.start);
            (line, d.kind, d.hint.as_deref())
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                30,
                DiagnosticKind::AliasToNothing,
                Some("did you mean `camp.evening`?")
            ),
            (
                31,
                DiagnosticKind::AliasIsAScene,
                Some("an alias is the old name of a renamed scene; remove this line")
            ),
        ]
    );
}
