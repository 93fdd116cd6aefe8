//! The bundled story, Act I, played through the runtime along scripted routes.
//!
//! Each route is a list of picks, one per choice, 1-based like `spearhead read --choose`, so any
//! route here can be replayed in the terminal: `spearhead read story --choose 1,1,3,...`.
//! The tests say what each route must leave behind: the ending, the bonds, the morale and the
//! flags Act II will read, and a line or two that shows the state in the story itself.

use spearhead_core::runtime::StageState;
use spearhead_core::story::{Op, StageDirection};
use spearhead_core::template::Piece;
use spearhead_core::value::Value;
use spearhead_core::{Event, Story, StoryState};
use std::collections::BTreeSet;
use std::path::Path;

// The eighteen choices of Act I, in the order every route meets them:
//  ch1  1 Annette's warning   2 first words on the link   3 the empty radar
//  ch2  4 the remarks field   5 nine o'clock call   6 Kurena's "why"   7 Annette's old friend
//  ch3  8 the basement files   9 artillery denied   10 "cut your link"   11 at the graves
//      12 three in the morning
//  ch4 13 dinner with Karlstahl   14 the sync rate   15 Shin's brother
//  ch5 16 the festival, told   17 festival night   18 the last call

/// Every warm choice: names, trust, staying on the link, and keeping Annette close.
const WARMEST: [usize; 18] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 2, 1, 1, 3, 2];
/// By the book: callsigns, radar, templates, condolences. Annette is kept; Spearhead is not.
const BY_THE_BOOK: [usize; 18] = [3, 3, 2, 2, 3, 2, 1, 2, 2, 2, 2, 1, 3, 3, 3, 2, 1, 3];
/// All in for the squadron, at the cost of every friendship inside the walls.
const SQUADRON_FIRST: [usize; 18] = [3, 1, 3, 1, 2, 3, 2, 3, 2, 1, 3, 2, 1, 1, 1, 3, 2, 1];
/// Quiet and practical: supplies through Karlstahl, paint for Theo, a promise to meet.
const QUIET_SUPPLY: [usize; 18] = [1, 2, 3, 3, 2, 2, 1, 2, 1, 1, 3, 3, 3, 3, 2, 2, 1, 1];
/// Asks about everything: the ghosts, Annette's friend's name, Lena's father, the order.
const CURIOUS: [usize; 18] = [2, 1, 1, 3, 1, 2, 3, 1, 2, 2, 1, 1, 2, 3, 2, 3, 1, 2];

const ROUTES: [&[usize]; 5] = [
    &WARMEST,
    &BY_THE_BOOK,
    &SQUADRON_FIRST,
    &QUIET_SUPPLY,
    &CURIOUS,
];

/// What a playthrough leaves behind.
struct Playthrough {
    state: StoryState,
    ending: String,
    lines: Vec<String>,
    chapters: BTreeSet<String>,
    /// (choice key, option index) for every pick; Act I hides no options, so the n-th option
    /// shown is the n-th written.
    picked: BTreeSet<(String, usize)>,
}

impl Playthrough {
    fn int(&self, story: &Story, name: &str) -> i64 {
        match self.state.get(story, name) {
            Some(Value::Int(n)) => *n,
            other => panic!("`{name}` should be an int stat, is {other:?}"),
        }
    }

    fn flag(&self, story: &Story, name: &str) -> bool {
        match self.state.get(story, name) {
            Some(Value::Bool(b)) => *b,
            other => panic!("`{name}` should be a flag, is {other:?}"),
        }
    }

    fn said(&self, text: &str) -> bool {
        self.lines.iter().any(|line| line.contains(text))
    }
}

fn story() -> Story {
    let loaded = spearhead_core::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("story"));
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors, so compiled")
}

/// Plays from the start, taking `picks` (1-based) at each choice, to the ending. Panics if a
/// pick is greyed out, if the picks run out before the end, or if some are left over.
fn play(story: &Story, picks: &[usize]) -> Playthrough {
    let mut state = StoryState::new(story);
    let mut picks = picks.iter();
    let mut lines = Vec::new();
    let mut chapters = BTreeSet::new();
    let mut picked = BTreeSet::new();
    loop {
        for event in story.advance(&mut state).expect("the story runs") {
            match event {
                Event::Line(line) => lines.push(line.text),
                Event::SceneStart { scene } => chapters.extend(story.scene(scene).chapter.clone()),
                Event::Choice(menu) => {
                    let pick = *picks
                        .next()
                        .unwrap_or_else(|| panic!("ran out of picks at {menu:?}"));
                    assert!(
                        menu.options[pick - 1].enabled,
                        "option {pick} is greyed out in {menu:?}"
                    );
                    story.choose(&mut state, pick - 1).expect("a shown option");
                    picked.insert((menu.key.to_string(), pick - 1));
                }
                Event::End { ending } => {
                    assert_eq!(picks.next(), None, "picks left over at the ending");
                    let ending = story.endings[ending].id.clone();
                    return Playthrough {
                        state,
                        ending,
                        lines,
                        chapters,
                        picked,
                    };
                }
                Event::Stage(_) => {}
            }
        }
    }
}

#[test]
fn the_story_checks_clean() {
    let loaded = spearhead_core::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("story"));
    assert!(loaded.diagnostics.is_empty(), "{}", loaded.render(false));
}

#[test]
fn the_warmest_route_ends_in_trust() {
    let story = story();
    let run = play(&story, &WARMEST);
    assert_eq!(run.ending, "act1_trust");
    assert_eq!(run.int(&story, "bond.shin"), 10);
    assert_eq!(run.int(&story, "bond.squad"), 10);
    assert_eq!(run.int(&story, "bond.annette"), 10);
    assert_eq!(run.int(&story, "morale"), 10);
    for flag in [
        "heeded_annette",
        "asked_names",
        "trusted_shin_call",
        "filed_true_report",
        "night_calls",
        "pulled_files",
        "stayed_on_link",
        "said_kaies_name",
        "called_annette",
        "karlstahl_helped",
        "raised_sync",
        "heard_legion",
        "knows_brother",
        "knows_special_recon",
        "told_shin_recon",
        "dinner_with_annette",
    ] {
        assert!(run.flag(&story, flag), "{flag} should be set");
    }
    for flag in [
        "confronted_karlstahl",
        "annette_hint",
        "promised_to_meet",
        "promised_paint",
    ] {
        assert!(!run.flag(&story, flag), "{flag} should not be set");
    }
    // The state shows in the story: the squadron uses her name, Shin greets her by it.
    assert!(run.said("Lena calls every night. You know that."));
    assert!(run.said("Good evening, Lena."));
    assert!(run.said("Hello. I'm Annette. I built the thing in your necks."));
}

#[test]
fn the_by_the_book_route_keeps_its_distance() {
    let story = story();
    let run = play(&story, &BY_THE_BOOK);
    assert_eq!(run.ending, "act1_distance");
    assert_eq!(run.int(&story, "bond.shin"), 0);
    assert_eq!(run.int(&story, "bond.squad"), 0);
    assert_eq!(run.int(&story, "bond.annette"), 10);
    assert_eq!(run.int(&story, "morale"), 3);
    for flag in [
        "asked_names",
        "trusted_shin_call",
        "stayed_on_link",
        "said_kaies_name",
        "knows_brother",
    ] {
        assert!(!run.flag(&story, flag), "{flag} should not be set");
    }
    // She asked the clerk about the end of service, so the order reaches her; she keeps it to herself.
    assert!(run.flag(&story, "asked_service_end"));
    assert!(run.flag(&story, "knows_special_recon"));
    assert!(!run.flag(&story, "told_shin_recon"));
    assert!(run.flag(&story, "dinner_with_annette"));
    assert!(run.said("The Republic doesn't know she existed."));
    assert!(run.said("Nothing to report, Handler One."));
    assert!(!run.said("Good evening, Lena."));
}

#[test]
fn the_squadron_first_route_ends_between_the_walls() {
    let story = story();
    let run = play(&story, &SQUADRON_FIRST);
    assert_eq!(run.ending, "act1_between");
    assert_eq!(run.int(&story, "bond.shin"), 10);
    assert_eq!(run.int(&story, "bond.squad"), 8);
    assert_eq!(run.int(&story, "bond.annette"), 0);
    assert_eq!(run.int(&story, "morale"), 7);
    for flag in [
        "annette_hint",
        "confronted_karlstahl",
        "raised_sync",
        "heard_legion",
        "knows_brother",
        "promised_paint",
        "promised_to_meet",
        "knows_special_recon",
    ] {
        assert!(run.flag(&story, flag), "{flag} should be set");
    }
    for flag in [
        "dinner_with_annette",
        "karlstahl_helped",
        "called_annette",
        "heeded_annette",
    ] {
        assert!(!run.flag(&story, flag), "{flag} should not be set");
    }
    // She ordered Annette to raise the sync rate, so nobody comes to pull the plug.
    assert!(run.said(
        "In the lab two floors below, Annette's readings must have jumped, but nobody came."
    ));
    assert!(run.said("It was the first time Annette had ever hung up on her."));
    assert!(run.said("No paint, then."));
}

#[test]
fn the_quiet_supply_route_gets_theo_his_paint() {
    let story = story();
    let run = play(&story, &QUIET_SUPPLY);
    assert_eq!(run.ending, "act1_trust");
    assert_eq!(run.int(&story, "bond.shin"), 9);
    assert_eq!(run.int(&story, "bond.squad"), 5);
    assert_eq!(run.int(&story, "bond.annette"), 10);
    assert_eq!(run.int(&story, "morale"), 10);
    for flag in [
        "promised_paint",
        "karlstahl_helped",
        "dinner_with_annette",
        "promised_to_meet",
        "knows_special_recon",
    ] {
        assert!(run.flag(&story, flag), "{flag} should be set");
    }
    for flag in [
        "raised_sync",
        "heard_legion",
        "knows_brother",
        "told_shin_recon",
        "asked_names",
    ] {
        assert!(!run.flag(&story, flag), "{flag} should not be set");
    }
    assert!(run.said("there were twelve tins of paint"));
    assert!(run.said("beside the laughing fox in the major's cap"));
}

#[test]
fn the_curious_route_opens_the_act_two_secrets() {
    let story = story();
    let run = play(&story, &CURIOUS);
    assert_eq!(run.ending, "act1_trust");
    assert_eq!(run.int(&story, "bond.shin"), 10);
    assert_eq!(run.int(&story, "bond.squad"), 4);
    assert_eq!(run.int(&story, "bond.annette"), 10);
    assert_eq!(run.int(&story, "morale"), 8);
    for flag in [
        "asked_ghosts",
        "annette_hint",
        "father_hint",
        "knows_special_recon",
        "told_shin_recon",
    ] {
        assert!(run.flag(&story, flag), "{flag} should be set");
    }
    assert!(!run.flag(&story, "stayed_on_link"));
    // The captain's name makes Annette drop her cup; Karlstahl remembers a boy at the front.
    assert!(run.said("Annette's cup went over."));
    assert!(run.said("A soldier brought you back. A Colorata soldier"));
    assert!(run.said("Every squad out here knows. It's what happens at the end."));
}

#[test]
fn every_option_is_taken_by_some_route() {
    let story = story();
    let mut all = BTreeSet::new();
    for op in story.scenes.iter().flat_map(|s| s.code.iter()) {
        if let Op::Menu(menu) = op {
            all.extend((0..menu.options.len()).map(|i| (menu.key.to_string(), i)));
        }
    }
    let mut taken = BTreeSet::new();
    for route in ROUTES {
        taken.extend(play(&story, route).picked);
    }
    let missed: Vec<_> = all.difference(&taken).collect();
    assert!(missed.is_empty(), "options no route takes: {missed:?}");
}

#[test]
fn locked_options_are_shown_greyed_out() {
    let story = story();
    let mut state = StoryState::new(&story);
    let mut picks = BY_THE_BOOK.iter();
    // Without her name from the first night, Lena cannot tell Annette the captain's name.
    let cafe = loop {
        let events = story.advance(&mut state).expect("the story runs");
        let menu = events.into_iter().find_map(|e| match e {
            Event::Choice(menu) => Some(menu),
            _ => None,
        });
        let Some(menu) = menu else { continue };
        if &*menu.key == "ch2_cafe_friend" {
            break menu;
        }
        story
            .choose(&mut state, picks.next().expect("a pick") - 1)
            .expect("a shown option");
    };
    assert_eq!(cafe.options.len(), 3);
    assert!(!cafe.options[2].enabled);
    assert!(matches!(
        story.choose(&mut state, 2),
        Err(spearhead_core::RuntimeError::OptionDisabled { index: 2 })
    ));
}

#[test]
fn every_chapter_is_played_by_some_route() {
    let story = story();
    let all: BTreeSet<String> = story
        .scenes
        .iter()
        .filter_map(|s| s.chapter.clone())
        .collect();
    let mut played = BTreeSet::new();
    for route in ROUTES {
        played.extend(play(&story, route).chapters);
    }
    assert_eq!(played, all);
    assert_eq!(all.len(), 5, "Act I is chapters 1 to 5: {all:?}");
}

#[test]
fn every_ending_is_reached_by_some_route() {
    let story = story();
    let reached: BTreeSet<String> = ROUTES
        .iter()
        .map(|route| play(&story, route).ending)
        .collect();
    let declared: BTreeSet<String> = story.endings.iter().map(|e| e.id.clone()).collect();
    assert_eq!(reached, declared);
}

/// The stage along every route: no two sprites stand in the same place, no sprite is left
/// standing when a new scene starts, and no line is read on a screen faded to black.
#[test]
fn the_stage_stays_tidy_on_every_route() {
    let story = story();
    for route in ROUTES {
        let mut state = StoryState::new(&story);
        let mut stage = StageState::default();
        let mut picks = route.iter();
        let mut dark = false;
        let mut scene = String::new();
        while state.ended().is_none() {
            for event in story.advance(&mut state).expect("the story runs") {
                match event {
                    Event::SceneStart { scene: id } => {
                        scene = story.scene(id).name.clone();
                        assert!(
                            stage.sprites.is_empty(),
                            "sprites left over into {scene}: {:?}",
                            stage.sprites
                        );
                    }
                    Event::Stage(direction) => {
                        match *direction {
                            StageDirection::FadeOut { .. } => dark = true,
                            StageDirection::FadeIn { .. } => dark = false,
                            _ => {}
                        }
                        stage.apply(&direction);
                        let mut places: Vec<_> = stage.sprites.iter().map(|s| s.position).collect();
                        places.sort_by_key(|p| format!("{p:?}"));
                        places.dedup();
                        assert_eq!(
                            places.len(),
                            stage.sprites.len(),
                            "sprites overlap in {scene}: {:?}",
                            stage.sprites
                        );
                    }
                    Event::Line(line) => {
                        assert!(!dark, "line read in the dark in {scene}: {}", line.text)
                    }
                    Event::Choice(_) => story
                        .choose(&mut state, picks.next().expect("a pick") - 1)
                        .expect("a shown option"),
                    Event::End { .. } => {}
                }
            }
        }
    }
}

#[test]
fn act_one_meets_its_minimums() {
    let story = story();
    let scenes = story.scenes.len();
    let ops = || story.scenes.iter().flat_map(|s| s.code.iter());
    let choices = ops().filter(|op| matches!(op, Op::Menu(_))).count();
    let words: usize = ops().map(say_words).sum();
    println!("Act I: {scenes} scenes, {choices} choices, {words} words");
    assert!(scenes >= 20, "{scenes} scenes");
    assert!(choices >= 15, "{choices} choices");
    assert!(words >= 12_000, "{words} words");
}

/// Words in a line of dialogue or narration, as `spearhead stats` counts them.
fn say_words(op: &Op) -> usize {
    let Op::Say(say) = op else { return 0 };
    say.text
        .pieces()
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.split_whitespace().count(),
            Piece::Var(_) => 1,
        })
        .sum()
}
