//! Roll forward (issue 15): rolling back and then forward again gives back exactly the state
//! read forward (history included, so a second rollback works as the first did), through
//! choices; a choice or a step of the reader's own forgets the way ahead.

use spearhead_core::{Story, StoryState};
use std::path::Path;

const MANIFEST: &str = r#"
title = "Roll forward"
start = "start"
[characters.lena]
name = "Lena"
[stats.morale]
min = 0
max = 10
start = 5
[endings.good]
title = "Good"
"#;

const SCRIPT: &str = "
scene start
lena: One.
choice: Which?
    option: Up.
        morale += 2
        jump up
    option: Down.
        morale -= 2
lena: Morale {morale}.
end good

scene up
lena: Up here, {morale}.
lena: Still up.
end good
";

fn story() -> Story {
    let loaded = spearhead_core::load_str(Path::new("."), MANIFEST, &[("roll.vn", SCRIPT)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors")
}

/// Reads to the end, taking the first option.
fn read_forward(story: &Story) -> Vec<StoryState> {
    let mut state = StoryState::new(story);
    let mut seen = Vec::new();
    while state.ended().is_none() {
        if state.is_choosing() {
            story.choose(&mut state, 0).expect("an option");
        }
        story.advance(&mut state).expect("the story runs");
        seen.push(state.clone());
    }
    seen
}

#[test]
fn rolling_back_and_forward_again_gives_the_state_read_forward() {
    let story = story();
    let forward = read_forward(&story);
    let mut state = forward.last().expect("read").clone();
    let back = forward.len() - 1;
    for _ in 0..back {
        assert!(story.rollback(&mut state));
    }
    // The same place and values (the state also holds the way ahead now, which `forward[0]`
    // had not).
    assert_eq!(story.save(&state), story.save(&forward[0]));
    assert_eq!(story.current(&state), story.current(&forward[0]));
    assert_eq!(story.can_roll_forward(&state), back);
    for (i, expected) in forward.iter().enumerate().skip(1) {
        assert!(story.roll_forward(&mut state), "step {i}");
        assert_eq!(story.current(&state), story.current(expected), "step {i}");
        // Everything but the way ahead still kept.
        let mut same = state.clone();
        while story.roll_forward(&mut same) {}
        assert_eq!(same, *forward.last().expect("read"));
    }
    assert!(!story.roll_forward(&mut state), "nothing is left ahead");
    assert_eq!(state, *forward.last().expect("read"));
}

#[test]
fn a_choice_of_the_readers_own_forgets_the_way_ahead() {
    let story = story();
    let mut state = read_forward(&story).pop().expect("read");
    while !state.is_choosing() {
        assert!(story.rollback(&mut state));
    }
    assert!(story.can_roll_forward(&state) > 0);
    story.choose(&mut state, 1).expect("the other option");
    assert_eq!(story.can_roll_forward(&state), 0);
    assert!(!story.roll_forward(&mut state));
    story.advance(&mut state).expect("runs");
    assert_eq!(
        state
            .get(&story, "morale")
            .map(|v| v.to_string())
            .as_deref(),
        Some("3")
    );
}
