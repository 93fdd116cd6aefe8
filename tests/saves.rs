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
        spearhead_core::value::Value::Bool(true),
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
