//! Save specification: saves are keyed by scene and line ID, so they survive a writer's edits;
//! what is gone falls back with a warning, and a bad file is an error value, never a panic.

use spearhead_core::save::{SaveError, SavedPosition, SAVE_VERSION};
use spearhead_core::{Event, SaveData, Story, StoryState};
use std::path::Path;

const MANIFEST: &str = r#"
title = "Saves"
start = "office"
[characters.lena]
name = "Lena"
[stats.morale]
min = 0
max = 10
start = 5
[endings.done]
title = "Done"
"#;

fn story(script: &str) -> Story {
    let loaded = spearhead_core::load_str(Path::new("."), MANIFEST, &[("saves.vn", script)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors")
}

/// Advances `n` times and returns the text of the last line shown.
fn advance_lines(story: &Story, state: &mut StoryState, n: usize) -> String {
    let mut last = String::new();
    for _ in 0..n {
        for event in story.advance(state).expect("advances") {
            if let Event::Line(line) = event {
                last = line.text;
            }
        }
    }
    last
}

fn current_text(story: &Story, state: &StoryState) -> String {
    match story.current(state) {
        Some(Event::Line(line)) => line.text,
        other => panic!("expected a line on screen, found {other:?}"),
    }
}

const ORIGINAL: &str = "
scene office
lena: First.  #first
morale += 2
lena: Second.  #second
lena: Third.  #third
end done
";

#[test]
fn a_save_resumes_on_the_same_line_after_lines_are_added_before_it() {
    let before = story(ORIGINAL);
    let mut state = StoryState::new(&before);
    assert_eq!(advance_lines(&before, &mut state, 2), "Second.");
    let save = before.save(&state).to_toml();

    let edited = story(&ORIGINAL.replace(
        "lena: First.  #first",
        "lena: A new opening line.\nlena: First.  #first",
    ));
    let (mut resumed, warnings) = edited
        .restore(&SaveData::from_toml(&save).unwrap())
        .unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(current_text(&edited, &resumed), "Second.");
    assert_eq!(resumed.get(&edited, "morale").unwrap().to_string(), "7");
    assert_eq!(advance_lines(&edited, &mut resumed, 1), "Third.");
}

#[test]
fn a_save_whose_line_is_gone_resumes_at_the_start_of_its_scene_with_a_warning() {
    let before = story(ORIGINAL);
    let mut state = StoryState::new(&before);
    advance_lines(&before, &mut state, 2);
    let save = before.save(&state);

    let edited = story(&ORIGINAL.replace("lena: Second.  #second\n", ""));
    let (mut resumed, warnings) = edited.restore(&save).unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("`second`"), "{warnings:?}");
    assert_eq!(advance_lines(&edited, &mut resumed, 1), "First.");
}

#[test]
fn untagged_lines_are_found_again_by_their_text() {
    let script = "scene office\nlena: Hello.\nlena: Still here.\nend done\n";
    let before = story(script);
    let mut state = StoryState::new(&before);
    advance_lines(&before, &mut state, 2);
    let save = before.save(&state);
    let edited = story(&script.replace("lena: Hello.", "lena: Hello, edited."));
    let (resumed, warnings) = edited.restore(&save).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(current_text(&edited, &resumed), "Still here.");
}

#[test]
fn variables_the_story_no_longer_has_are_ignored_with_a_warning() {
    let before = story(ORIGINAL);
    let mut state = StoryState::new(&before);
    advance_lines(&before, &mut state, 1);
    let mut save = before.save(&state);
    save.variables.insert(
        "deleted_flag".into(),
        spearhead_core::save::SavedValue::Bool(true),
    );
    let (_, warnings) = before.restore(&save).unwrap();
    assert!(
        warnings.iter().any(|w| w.contains("deleted_flag")),
        "{warnings:?}"
    );
}

#[test]
fn a_corrupt_save_is_an_error_value() {
    assert!(matches!(
        SaveData::from_toml("this is = not [ a save"),
        Err(SaveError::Corrupt(_))
    ));
    assert!(matches!(
        SaveData::from_toml(""),
        Err(SaveError::Corrupt(_))
    ));
    assert!(matches!(
        SaveData::from_toml("version = 1\nscene = 3"),
        Err(SaveError::Corrupt(_))
    ));
}

#[test]
fn saves_from_a_newer_format_or_a_vanished_scene_are_refused() {
    let story = story(ORIGINAL);
    let mut save = story.save(&StoryState::new(&story));
    save.version = SAVE_VERSION + 1;
    assert_eq!(
        story.restore(&save).unwrap_err(),
        SaveError::TooNew {
            found: SAVE_VERSION + 1
        }
    );
    save.version = SAVE_VERSION;
    save.scene = "nowhere".into();
    assert_eq!(
        story.restore(&save).unwrap_err(),
        SaveError::SceneGone("nowhere".into())
    );
}

#[test]
fn a_save_is_plain_data_naming_scene_and_line() {
    let story = story(ORIGINAL);
    let mut state = StoryState::new(&story);
    advance_lines(&story, &mut state, 1);
    let save = story.save(&state);
    assert_eq!(save.scene, "office");
    assert_eq!(
        save.position,
        SavedPosition::Line {
            key: "first".into()
        }
    );
    let text = save.to_toml();
    assert!(text.contains("version = 1"), "{text}");
    assert!(text.contains("key = \"first\""), "{text}");
}

#[test]
fn a_save_on_a_repeated_untagged_line_resumes_on_that_copy() {
    let story =
        story("scene office\nlena: Again.\nlena: Between.\nlena: Again.\nlena: After.\nend done\n");
    let mut state = StoryState::new(&story);
    advance_lines(&story, &mut state, 3);
    let (mut resumed, warnings) = story.restore(&story.save(&state)).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(advance_lines(&story, &mut resumed, 1), "After.");
}

#[test]
fn a_save_made_by_another_story_is_refused_even_when_its_scene_names_match() {
    let ours = story(ORIGINAL);
    let mut state = StoryState::new(&ours);
    advance_lines(&ours, &mut state, 1);
    let mut theirs = ours.save(&state);
    assert_eq!(theirs.story.as_deref(), Some("Saves"));
    theirs.story = Some("Another Story".into());
    let refused = ours.restore(&SaveData::from_toml(&theirs.to_toml()).unwrap());
    assert_eq!(
        refused.unwrap_err(),
        SaveError::OtherStory {
            title: "Another Story".into()
        }
    );
    // Saves written before the story's name was kept still load.
    theirs.story = None;
    let text = theirs.to_toml();
    assert!(!text.contains("story ="), "{text}");
    assert!(ours.restore(&SaveData::from_toml(&text).unwrap()).is_ok());
}

const CALLS: &str = "
scene office
lena: Before.  #before
call aside
lena: After.  #after
end done

scene aside
lena: Aside.  #aside
return
";

/// A save made inside a call whose `call` line is gone resumes the caller at its start; saving
/// that state again used to subtract one from position 0 (a panic in a debug build).
#[test]
fn a_state_whose_call_was_lost_on_load_saves_again() {
    let before = story(CALLS);
    let mut state = StoryState::new(&before);
    assert_eq!(advance_lines(&before, &mut state, 2), "Aside.");
    let mut data = before.save(&state);
    data.calls[0].call = "call:gone:1".into();
    let (restored, warnings) = before.restore(&data).expect("restores");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let again = before.save(&restored);
    assert_eq!(again.calls[0].scene, "office");
}

/// A save can hold any numbers: a visit count at the top of its range stays there when the
/// scene is entered again (it overflowed, a panic in a debug build), and a string longer than
/// a story may build is refused with a warning.
#[test]
fn hostile_values_in_a_save_are_held_to_the_runtime_limits() {
    let story = story(
        "var name = \"Lena\"\nvar n = 0\nscene office\nn = visits(office)\nlena: {name}, {n}.\n\
         if name == \"\"\n    end done\njump office\n",
    );
    let mut data = story.save(&StoryState::new(&story));
    data.visits.insert("office".into(), u32::MAX);
    data.variables.insert(
        "name".into(),
        spearhead_core::save::SavedValue::Str("x".repeat(100_000)),
    );
    let (mut state, warnings) = story.restore(&data).expect("restores");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(advance_lines(&story, &mut state, 1), "Lena, 4294967295.");
    assert_eq!(advance_lines(&story, &mut state, 1), "Lena, 4294967295.");
    assert!(story.rollback(&mut state));
    assert_eq!(state.visits(0), u32::MAX);
}

/// No story can make more calls than `MAX_CALL_DEPTH`, so a save that holds more is refused.
#[test]
fn a_save_with_more_calls_than_a_story_can_make_is_refused() {
    let story = story(CALLS);
    let mut state = StoryState::new(&story);
    advance_lines(&story, &mut state, 2);
    let mut data = story.save(&state);
    let call = data.calls[0].clone();
    data.calls = vec![call; spearhead_core::runtime::MAX_CALL_DEPTH + 1];
    assert_eq!(
        story.restore(&data).err(),
        Some(SaveError::TooManyCalls { found: 1001 })
    );
    data.calls.pop();
    assert!(story.restore(&data).is_ok());
}

const FACES: &str = "
scene office
show lena (smile)
lena: Good morning.  #morning
lena (surprised): They are piloted?  #piloted
lena: I see.  #see
end done
";

fn face(state: &StoryState) -> Option<String> {
    state.stage().sprites[0]
        .expression
        .as_deref()
        .map(str::to_string)
}

/// A face set on a dialogue line is part of the stage (issue 15: after F9 or a rollback, Lena
/// smiled again where she had been surprised): a save and a rollback keep it, and rolling back
/// past the line shows the face before it.
#[test]
fn a_face_set_on_a_dialogue_line_survives_save_load_and_rollback() {
    // The runtime plans' story folder has sprite files to name.
    let manifest = format!(
        "assets = \"assets\"\n{MANIFEST}[characters.lena.sprites]\nsmile = \"lena_smile.png\"\nsurprised = \"lena_neutral.png\"\n"
    );
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/plans");
    let loaded = spearhead_core::load_str(&folder, &manifest, &[("faces.vn", FACES)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    let story = loaded.story.expect("no errors");
    let mut state = StoryState::new(&story);
    advance_lines(&story, &mut state, 1);
    assert_eq!(face(&state).as_deref(), Some("smile"));
    advance_lines(&story, &mut state, 1);
    assert_eq!(face(&state).as_deref(), Some("surprised"));

    let (loaded, _) = story.restore(&story.save(&state)).expect("restores");
    assert_eq!(face(&loaded).as_deref(), Some("surprised"));

    advance_lines(&story, &mut state, 1);
    assert_eq!(face(&state).as_deref(), Some("surprised"), "the face stays");
    assert!(story.rollback(&mut state));
    assert_eq!(current_text(&story, &state), "They are piloted?");
    assert_eq!(face(&state).as_deref(), Some("surprised"));
    assert!(story.rollback(&mut state));
    assert_eq!(face(&state).as_deref(), Some("smile"));
}

/// The story `tests/fixtures/saves/format-v1-save.toml` was saved in.
fn format_v1_story() -> Story {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saves/format-v1");
    let loaded = spearhead_core::load(&dir);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors")
}

/// The fixture's story played as a reader would, to the line the fixture was saved on.
fn format_v1_played(story: &Story) -> StoryState {
    let mut state = StoryState::new(story);
    while !matches!(story.current(&state), Some(Event::Line(line)) if &*line.key == "drill_2") {
        assert!(state.ended().is_none(), "`drill_2` never came");
        story.advance(&mut state).expect("the fixture runs");
    }
    state
}

/// Every line from here to the end, with the speaker: what shows the call stack came back.
fn lines_to_the_end(story: &Story, state: &mut StoryState) -> Vec<String> {
    let mut lines = Vec::new();
    while state.ended().is_none() {
        for event in story.advance(state).expect("the fixture runs") {
            if let Event::Line(line) = event {
                lines.push(format!("{:?}: {}", line.speaker, line.text));
            }
        }
    }
    lines
}

/// A save file as the player wrote it before saves had types of their own (format 1: an int, a
/// bool and a string, a background, music and a sprite, inside a called scene) loads to the
/// state it was saved in, and goes on from there the same way.
#[test]
fn a_save_file_of_format_1_still_loads_to_the_state_it_was_saved_in() {
    let story = format_v1_story();
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saves/format-v1-save.toml");
    let write = std::env::var("SPEARHEAD_WRITE_SAVES").is_ok_and(|v| v == "1");
    let mut played = format_v1_played(&story);
    if write {
        std::fs::write(&path, story.save(&played).to_toml()).expect("the fixture is writable");
    }
    let text = std::fs::read_to_string(&path).expect("the fixture is committed");
    let (mut loaded, warnings) = story
        .restore(&SaveData::from_toml(&text).expect("the fixture reads"))
        .expect("the fixture loads");
    assert!(warnings.is_empty(), "{warnings:?}");

    assert_eq!(story.current(&loaded), story.current(&played));
    assert_eq!(loaded.stage(), played.stage());
    for name in ["morale", "fire_lit", "callsign"] {
        assert_eq!(loaded.get(&story, name), played.get(&story, name), "{name}");
    }
    for scene in 0..story.scenes.len() as u32 {
        assert_eq!(loaded.visits(scene), played.visits(scene));
    }
    assert_eq!(story.save(&loaded), story.save(&played));
    // Still format 1: this build writes the very same file.
    assert_eq!(story.save(&played).to_toml(), text);
    assert_eq!(
        lines_to_the_end(&story, &mut loaded),
        lines_to_the_end(&story, &mut played)
    );
}

/// A save made before text variation existed (`format-v1-save.toml`, with no counts in it)
/// loads on its story after the writer made the line it stands on and others vary: no
/// warning, the line shows its first variant, and the story goes on from there. A save made
/// on the edited story holds the counts (`vary:` variables) and loads back to the same text.
#[test]
fn a_save_from_before_text_variation_loads_on_a_story_whose_lines_vary() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saves/format-v1-varied");
    let loaded = spearhead_core::load(&dir);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    let story = loaded.story.expect("no errors");
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saves/format-v1-save.toml");
    let text = std::fs::read_to_string(&path).expect("the fixture is committed");
    assert!(
        !text.contains("vary:"),
        "the fixture predates text variation"
    );
    let (mut resumed, warnings) = story
        .restore(&SaveData::from_toml(&text).expect("the fixture reads"))
        .expect("an old save loads");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(current_text(&story, &resumed), "Again. By the fire.");
    let texts: Vec<String> = lines_to_the_end(&story, &mut resumed)
        .into_iter()
        .map(|line| line.split_once(": ").expect("speaker: text").1.to_string())
        .collect();
    assert_eq!(
        texts,
        [
            "Back from the drill, Undertaker \"Shin\" Nouzen, 86.",
            "The fire is lit.",
            "Drill. Left, right.",
            "Again. By the fire.",
        ]
    );

    // Played on the edited story to the second drill: the save holds the counts.
    let mut played = StoryState::new(&story);
    let mut drills = 0;
    loop {
        let events = story.advance(&mut played).expect("the fixture runs");
        let drill_2 = events
            .iter()
            .any(|e| matches!(e, Event::Line(line) if &*line.key == "drill_2"));
        drills += usize::from(drill_2);
        if drills == 2 {
            break;
        }
    }
    assert_eq!(current_text(&story, &played), "Once more. By the fire.");
    let saved = story.save(&played).to_toml();
    assert!(
        saved.contains("\"vary:camp.drill:drill_2:1\" = 2"),
        "{saved}"
    );
    assert!(
        saved.contains("\"vary:camp.drill:drill_1:1\" = 2"),
        "{saved}"
    );
    let (reloaded, warnings) = story
        .restore(&SaveData::from_toml(&saved).expect("it reads"))
        .expect("it loads");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(current_text(&story, &reloaded), "Once more. By the fire.");
    assert_eq!(story.save(&reloaded), story.save(&played));

    // A count no game wrote (the largest number, or below zero) still shows a variant when
    // the line comes again, and counts on from a small number.
    for odd in ["9223372036854775807", "-9223372036854775807"] {
        let edited = text.replace(
            "morale = 7\n",
            &format!("morale = 7\n\"vary:camp.drill:drill_1:1\" = {odd}\n"),
        );
        let (mut state, _) = story
            .restore(&SaveData::from_toml(&edited).expect("it reads"))
            .expect("it loads");
        let texts = lines_to_the_end(&story, &mut state);
        assert_eq!(texts.len(), 4, "{odd}: {texts:?}");
        let counted = story.save(&state).variables["vary:camp.drill:drill_1:1"].clone();
        assert!(
            matches!(counted, spearhead_core::save::SavedValue::Int(1..=2)),
            "{counted:?}"
        );
    }
}

/// A save holds whole numbers, booleans and strings; anything else in `[variables]` (a
/// fraction, a table, a number past the largest whole number) is not a readable save.
#[test]
fn a_variable_of_no_type_a_story_has_makes_the_save_unreadable() {
    let story = format_v1_story();
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saves/format-v1-save.toml");
    let text = std::fs::read_to_string(path).expect("the fixture is committed");
    for odd in [
        "1.5",
        "{ n = 7 }",
        "[7]",
        "9223372036854775808",
        "1979-05-27",
    ] {
        let edited = text.replace("morale = 7", &format!("morale = {odd}"));
        assert!(
            matches!(SaveData::from_toml(&edited), Err(SaveError::Corrupt(_))),
            "{odd}"
        );
    }
    let largest = text.replace("morale = 7", "morale = 9223372036854775807");
    let (state, warnings) = story
        .restore(&SaveData::from_toml(&largest).unwrap())
        .unwrap();
    assert_eq!(state.get(&story, "morale").unwrap().to_string(), "10");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

// ---------------------------------------------------------------------------------------------
// Poses and CGs on stage
// ---------------------------------------------------------------------------------------------

/// The bundled art, so the checker finds every file.
const POSED: &str = r#"
title = "Poses"
start = "office"
assets = "assets"
[characters.lena]
name = "Lena"
[characters.lena.sprites]
neutral = "characters/lena/neutral.svg"
worried = "characters/lena/worried.svg"
[characters.lena.poses.salute]
neutral = "characters/lena/salute/neutral.svg"
[backgrounds]
hangar = "backgrounds/hangar.svg"
[cgs]
haircut = "cg/haircut.svg"
[endings.done]
title = "Done"
"#;

const POSED_SCRIPT: &str = "
scene office
    bg hangar
    show lena (worried) pose salute
    cg haircut with dissolve
    lena: Saluting, under the picture.  #one
    hide cg
    show lena pose base
    lena: Plain again.  #two
    show lena pose salute
    cg haircut
    bg hangar
    lena: A new background takes the picture down.  #three
    end done
";

fn posed_story() -> Story {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = spearhead_core::load_str(root, POSED, &[("posed.vn", POSED_SCRIPT)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors")
}

/// (pose of the first sprite, CG) on stage.
fn pose_and_cg(state: &StoryState) -> (Option<String>, Option<String>) {
    let stage = state.stage();
    let pose = stage
        .sprites
        .first()
        .and_then(|s| s.pose.as_deref().map(str::to_string));
    (pose, stage.cg.as_deref().map(str::to_string))
}

#[test]
fn the_pose_and_the_cg_shown_are_saved_loaded_and_rolled_back() {
    let story = posed_story();
    let mut state = StoryState::new(&story);
    advance_lines(&story, &mut state, 1);
    let shown = (Some("salute".to_string()), Some("haircut".to_string()));
    assert_eq!(pose_and_cg(&state), shown);

    let save = story.save(&state).to_toml();
    let (loaded, warnings) = story.restore(&SaveData::from_toml(&save).unwrap()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(pose_and_cg(&loaded), shown);

    assert_eq!(advance_lines(&story, &mut state, 1), "Plain again.");
    assert_eq!(pose_and_cg(&state), (None, None), "`pose base`, `hide cg`");
    assert!(story.rollback(&mut state));
    assert_eq!(pose_and_cg(&state), shown, "rollback puts both back");

    advance_lines(&story, &mut state, 2);
    assert_eq!(
        current_text(&story, &state),
        "A new background takes the picture down."
    );
    assert_eq!(pose_and_cg(&state), (Some("salute".into()), None));
}

#[test]
fn a_save_from_before_poses_and_cgs_loads_with_the_plain_sprites_and_no_cg() {
    let story = posed_story();
    let mut state = StoryState::new(&story);
    advance_lines(&story, &mut state, 1);
    let save = story.save(&state).to_toml();
    assert!(
        save.contains("pose = \"salute\"") && save.contains("cg = \"haircut\""),
        "{save}"
    );
    let old: String = save
        .lines()
        .filter(|l| !l.starts_with("pose =") && !l.starts_with("cg ="))
        .map(|l| format!("{l}\n"))
        .collect();
    let (loaded, warnings) = story.restore(&SaveData::from_toml(&old).unwrap()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(pose_and_cg(&loaded), (None, None));
    assert_eq!(
        current_text(&story, &loaded),
        "Saluting, under the picture."
    );
}

#[test]
fn a_save_showing_a_pose_or_cg_the_story_no_longer_declares_says_so() {
    let story = posed_story();
    let mut state = StoryState::new(&story);
    advance_lines(&story, &mut state, 1);
    let save = story.save(&state).to_toml();
    let edited = POSED
        .replace(
            "[characters.lena.poses.salute]",
            "[characters.lena.poses.band]",
        )
        .replace("haircut = ", "petals = ");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = POSED_SCRIPT
        .replace("pose salute", "pose band")
        .replace("cg haircut", "cg petals");
    let loaded = spearhead_core::load_str(root, &edited, &[("posed.vn", &script)]);
    let edited = loaded.story.expect("no errors");
    let (_, warnings) = edited
        .restore(&SaveData::from_toml(&save).unwrap())
        .unwrap();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings.iter().any(|w| w.contains("haircut")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("salute")),
        "{warnings:?}"
    );
}
