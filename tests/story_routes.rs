//! The bundled story, both acts, played through the runtime along scripted routes: one reader
//! for each ending, and what each must leave behind (the ending, the bonds, morale, standing,
//! the flags that earned it) and a line or two that shows that state in the story itself.
//!
//! Act I's eighteen choices are given by number (1-based, as `spearhead read --choose` takes
//! them; Act I hides no option). Act II's are given by option ID, because Act II hides options
//! and numbers would shift: `ch6_appeal_o2` is the second option as written, whatever is shown.
//! `route_numbers` turns a whole route into the `--choose` list that `read` plays.

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

/// Every warm choice: names, trust, staying on the link, Annette close, Theo's paint through
/// Karlstahl; at the last call, the promise to meet.
const WARMEST: [usize; 18] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 2, 1, 1, 3, 1];
/// The same, but at the last call she tells Shin about the order instead of promising.
const WARMEST_TOLD: [usize; 18] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 2, 1, 1, 3, 2];
/// By the book: callsigns, radar, templates, condolences. Annette is kept; Spearhead is not.
const BY_THE_BOOK: [usize; 18] = [3, 3, 2, 2, 3, 2, 1, 2, 2, 2, 2, 1, 3, 3, 3, 2, 1, 3];
/// All in for the squadron, at the cost of every friendship inside the walls.
const SQUADRON_FIRST: [usize; 18] = [3, 1, 3, 1, 2, 3, 2, 3, 2, 1, 3, 2, 1, 1, 1, 3, 2, 1];
/// Quiet and practical: supplies through Karlstahl, paint for Theo, a promise to meet.
const QUIET_SUPPLY: [usize; 18] = [1, 2, 3, 3, 2, 2, 1, 2, 1, 1, 3, 3, 3, 3, 2, 2, 1, 1];
/// Asks about everything: the ghosts, Annette's friend, Lena's father, the order.
const CURIOUS: [usize; 18] = [2, 1, 1, 3, 1, 2, 3, 1, 2, 2, 1, 1, 2, 3, 2, 3, 1, 2];
/// The listener: asks about her father, has Annette raise the sync and stay, hears the Legion,
/// and is told about Shin's brother.
const LISTENER: [usize; 18] = [2, 1, 1, 3, 1, 2, 3, 1, 2, 2, 1, 1, 2, 2, 1, 3, 1, 2];

/// A reader: Act I by number, Act II by option ID.
struct Route {
    act1: [usize; 18],
    act2: &'static [&'static str],
}

/// Warm to the squadron and careful with her post: keeps her chair as Shin asks, names the
/// seven, takes the limiter out, and stays on Spearhead's channel at the end.
const TO_PAST_THE_WALLS: Route = Route {
    act1: WARMEST,
    act2: &[
        "ch6_appeal_o2",
        "ch6_thirty_o1",
        "ch6_biscuit_o1",
        "ch7_hearing_o3",
        "ch7_east_o2",
        "ch7_ledger_o2",
        "ch8_range_o1",
        "ch8_week_o2",
        "ch8_night_o3",
        "ch9_march_o1",
        "ch9_wall_o2",
        "ch10_walls_o1",
    ],
};

/// Careful inside the walls from the start: tells the Board what it wants, takes Karlstahl's
/// ledger, and takes the wall when the offensive comes.
const TO_VOICE_INSIDE: Route = Route {
    act1: CURIOUS,
    act2: &[
        "ch6_appeal_o2",
        "ch6_thirty_o3",
        "ch6_biscuit_o2",
        "ch7_hearing_o2",
        "ch7_east_o2",
        "ch7_ledger_o1",
        "ch8_range_o2",
        "ch8_week_o3",
        "ch8_night_o1",
        "ch9_wall_o1",
        "ch10_voice_o1",
    ],
};

/// Close to the squadron, hard on its spirits: goes east with Shin to hear his brother, sends
/// maps instead of food, and tells Kurena the truth. Morale gives out in the east.
const TO_TWELVE_NAMES: Route = Route {
    act1: SQUADRON_FIRST,
    act2: &[
        "ch6_appeal_o2",
        "ch6_thirty_o2",
        "ch6_biscuit_o2",
        "ch7_hearing_o2",
        "ch7_east_o3",
        "ch7_ledger_o1",
        "ch8_range_o2",
        "ch8_week_o3",
        "ch8_night_o1",
        "ch9_wall_o1",
        "ch10_names_o1",
    ],
};

/// By the book all the way: the squadron never lets her in and the link thins to nothing.
const TO_STATIC: Route = Route {
    act1: BY_THE_BOOK,
    act2: &[
        "ch6_appeal_o2",
        "ch6_thirty_o2",
        "ch6_biscuit_o2",
        "ch7_hearing_o2",
        "ch7_east_o1",
        "ch7_ledger_o2",
        "ch8_range_o2",
        "ch8_week_o2",
        "ch8_night_o1",
        "ch9_wall_o1",
        "ch10_static_o1",
    ],
};

/// Brave at every turn inside the walls: petitions, tells the Board the truth, falsifies the
/// manifest. The Republic relieves her of command before the end.
const TO_OUT_OF_UNIFORM: Route = Route {
    act1: WARMEST_TOLD,
    act2: &[
        "ch6_appeal_o1",
        "ch6_thirty_o1",
        "ch6_biscuit_o3",
        "ch7_hearing_o1",
        "ch7_east_o1",
        "ch7_ledger_o1",
        "ch8_range_o1",
        "ch8_week_o1",
        "ch8_night_o3",
        "ch9_march_o1",
        "ch10_uniform_o1",
    ],
};

/// The secret: the listener hears the Legion in Act I, learns who carried her out of the fire,
/// goes east with Shin to hear his brother, and at the end synchronises all the way.
const TO_WARM_SNOW: Route = Route {
    act1: LISTENER,
    act2: &[
        "ch6_appeal_o2",
        "ch6_thirty_o3",
        "ch6_biscuit_o3",
        "ch7_hearing_o2",
        "ch7_east_o3",
        "ch7_ledger_o3",
        "ch8_range_o1",
        "ch8_week_o1",
        "ch8_night_o3",
        "ch9_march_o1",
        "ch9_wall_o3",
        "ch10_snow_o1",
    ],
};

const ROUTES: [&Route; 6] = [
    &TO_PAST_THE_WALLS,
    &TO_VOICE_INSIDE,
    &TO_TWELVE_NAMES,
    &TO_STATIC,
    &TO_OUT_OF_UNIFORM,
    &TO_WARM_SNOW,
];

/// What a playthrough leaves behind.
struct Playthrough {
    state: StoryState,
    ending: String,
    lines: Vec<String>,
    chapters: BTreeSet<String>,
    /// (choice key, option key) of every pick.
    picked: BTreeSet<(String, String)>,
    /// The picks as `spearhead read --choose` numbers them.
    numbers: Vec<usize>,
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

    /// (bond.shin, bond.squad, bond.annette, morale, standing).
    fn stats(&self, story: &Story) -> [i64; 5] {
        [
            "bond.shin",
            "bond.squad",
            "bond.annette",
            "morale",
            "standing",
        ]
        .map(|stat| self.int(story, stat))
    }
}

fn story() -> Story {
    let loaded = spearhead_core::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("story"));
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors, so compiled")
}

/// Plays from the start along `route` to the ending. Panics if a pick is not shown or greyed
/// out, if the picks run out before the end, or if some are left over.
fn play(story: &Story, route: &Route) -> Playthrough {
    let mut state = StoryState::new(story);
    let mut act1 = route.act1.iter();
    let mut act2 = route.act2.iter();
    let mut run = Playthrough {
        state: StoryState::new(story),
        ending: String::new(),
        lines: Vec::new(),
        chapters: BTreeSet::new(),
        picked: BTreeSet::new(),
        numbers: Vec::new(),
    };
    loop {
        for event in story.advance(&mut state).expect("the story runs") {
            match event {
                Event::Line(line) => run.lines.push(line.text),
                Event::SceneStart { scene } => {
                    run.chapters.extend(story.scene(scene).chapter.clone())
                }
                Event::Choice(menu) => {
                    let index = match act1.next() {
                        Some(&n) => n - 1,
                        None => {
                            let want = act2
                                .next()
                                .unwrap_or_else(|| panic!("ran out of picks at {menu:?}"));
                            menu.options
                                .iter()
                                .position(|o| &*o.key == *want)
                                .unwrap_or_else(|| panic!("{want} is not shown in {menu:?}"))
                        }
                    };
                    let option = &menu.options[index];
                    assert!(option.enabled, "{} is greyed out in {menu:?}", option.key);
                    run.picked
                        .insert((menu.key.to_string(), option.key.to_string()));
                    run.numbers.push(index + 1);
                    story.choose(&mut state, index).expect("a shown option");
                }
                Event::End { ending } => {
                    assert_eq!(act2.next(), None, "picks left over at the ending");
                    run.ending = story.endings[ending].id.clone();
                    run.state = state;
                    return run;
                }
                Event::Stage(_) | Event::Condition { .. } => {}
            }
        }
    }
}

#[test]
fn the_story_checks_clean() {
    // No errors and no warnings: among them, a flag that is set and never read again fails
    // this test (the checker's `usage` pass).
    let loaded = spearhead_core::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("story"));
    assert!(loaded.diagnostics.is_empty(), "{}", loaded.render(false));
}

#[test]
fn warm_and_careful_reaches_past_the_walls() {
    let story = story();
    let run = play(&story, &TO_PAST_THE_WALLS);
    assert_eq!(run.ending, "past_the_walls");
    assert_eq!(run.stats(&story), [9, 10, 8, 10, 3]);
    for flag in ["promised_to_meet", "shin_will_wait", "named_the_seven"] {
        assert!(run.flag(&story, flag), "{flag} should be set");
    }
    assert!(run.flag(&story, "range_extended"));
    assert!(!run.flag(&story, "dismissed"));
    // He said he would wait, at the festival; the ending remembers it.
    assert!(run.said("Then I'll wait."));
    assert!(run.said("Good evening, Lena."));
}

#[test]
fn careful_inside_the_walls_reaches_a_voice_inside() {
    let story = story();
    let run = play(&story, &TO_VOICE_INSIDE);
    assert_eq!(run.ending, "voice_inside");
    let [_, _, _, morale, standing] = run.stats(&story);
    assert!(
        morale >= 5 && standing >= 6,
        "morale {morale}, standing {standing}"
    );
    assert!(run.flag(&story, "took_ledger"));
    assert!(!run.flag(&story, "promised_to_meet"));
    assert!(!run.flag(&story, "range_extended"));
}

#[test]
fn close_but_hard_on_their_spirits_reaches_twelve_names() {
    let story = story();
    let run = play(&story, &TO_TWELVE_NAMES);
    assert_eq!(run.ending, "twelve_names");
    let [_, squad, _, morale, _] = run.stats(&story);
    assert!(morale < 5 && squad >= 5, "morale {morale}, squad {squad}");
    assert!(run.flag(&story, "heard_shourei"));
}

#[test]
fn by_the_book_reaches_static() {
    let story = story();
    let run = play(&story, &TO_STATIC);
    assert_eq!(run.ending, "static");
    let [_, squad, _, morale, _] = run.stats(&story);
    assert!(morale < 5 && squad < 5, "morale {morale}, squad {squad}");
    assert!(!run.said("Good evening, Lena."));
}

#[test]
fn brave_at_every_turn_inside_the_walls_is_relieved_of_command() {
    let story = story();
    let run = play(&story, &TO_OUT_OF_UNIFORM);
    assert_eq!(run.ending, "out_of_uniform");
    assert!(run.flag(&story, "dismissed"));
    assert!(run.int(&story, "standing") <= 2);
    for flag in ["fought_order", "range_work", "sent_everything"] {
        assert!(run.flag(&story, flag), "{flag} should be set");
    }
}

#[test]
fn the_listener_reaches_the_secret_ending() {
    let story = story();
    let run = play(&story, &TO_WARM_SNOW);
    assert_eq!(run.ending, "warm_snow");
    for flag in [
        "father_hint",
        "raised_sync",
        "heard_legion",
        "knows_brother",
        "heard_shourei",
        "knows_savior",
        "range_extended",
        "full_sync",
    ] {
        assert!(run.flag(&story, flag), "{flag} should be set");
    }
    // The soldier who carried her out of the fire, and what she counted on his coat.
    assert!(run.said("Corporal Nouzen."));
}

#[test]
fn every_ending_is_reached_by_its_route() {
    let story = story();
    let reached: BTreeSet<String> = ROUTES.iter().map(|r| play(&story, r).ending).collect();
    let declared: BTreeSet<String> = story.endings.iter().map(|e| e.id.clone()).collect();
    assert_eq!(reached, declared);
    assert!(
        declared.len() >= 6,
        "five endings and a secret one: {declared:?}"
    );
}

#[test]
fn every_chapter_is_played_by_every_route() {
    let story = story();
    let all: BTreeSet<String> = story
        .scenes
        .iter()
        .filter_map(|s| s.chapter.clone())
        .collect();
    assert_eq!(all.len(), 10, "ten chapters: {all:?}");
    for route in ROUTES {
        assert_eq!(play(&story, route).chapters, all);
    }
}

#[test]
fn act_one_options_are_each_taken_by_some_route() {
    // Act II's options are every one taken by some route too, but that takes `spearhead
    // routes` (a minute in a release build), not six readers.
    let story = story();
    let act_one: BTreeSet<(String, String)> = story
        .scenes
        .iter()
        .filter(|s| {
            let act_one = ["ch1", "ch2", "ch3", "ch4", "ch5"];
            s.chapter.as_deref().is_some_and(|c| act_one.contains(&c))
        })
        .flat_map(|s| s.ops())
        .filter_map(|op| match op {
            Op::Menu(menu) => Some(menu),
            _ => None,
        })
        .flat_map(|m| {
            m.options
                .iter()
                .map(|o| (m.key.to_string(), o.key.to_string()))
        })
        .collect();
    let extra = [
        WARMEST_TOLD,
        BY_THE_BOOK,
        SQUADRON_FIRST,
        CURIOUS,
        LISTENER,
        QUIET_SUPPLY,
    ]
    .map(|act1| Route {
        act1,
        act2: TO_STATIC.act2,
    });
    let mut taken = BTreeSet::new();
    for route in ROUTES.into_iter().chain(&extra) {
        taken.extend(play_until_act_two(&story, route));
    }
    let missed: Vec<_> = act_one.difference(&taken).collect();
    assert!(
        missed.is_empty(),
        "Act I options no route takes: {missed:?}"
    );
}

/// The Act I picks of `route`, as (choice key, option key).
fn play_until_act_two(story: &Story, route: &Route) -> BTreeSet<(String, String)> {
    let mut state = StoryState::new(story);
    let mut picked = BTreeSet::new();
    for &n in &route.act1 {
        let menu = loop {
            let events = story.advance(&mut state).expect("the story runs");
            if let Some(Event::Choice(menu)) = events.into_iter().last() {
                break menu;
            }
        };
        picked.insert((menu.key.to_string(), menu.options[n - 1].key.to_string()));
        story.choose(&mut state, n - 1).expect("a shown option");
    }
    picked
}

#[test]
fn locked_options_are_shown_greyed_out() {
    let story = story();
    let mut state = StoryState::new(&story);
    let mut picks = BY_THE_BOOK.iter();
    // By the book, she never signed for the files: she cannot read the seven's names.
    let seven = loop {
        let events = story.advance(&mut state).expect("the story runs");
        let menu = events.into_iter().find_map(|e| match e {
            Event::Choice(menu) => Some(menu),
            _ => None,
        });
        let Some(menu) = menu else { continue };
        if &*menu.key == "ch6_thirty_q1" {
            break menu;
        }
        let pick = picks.next().copied().unwrap_or(2);
        story.choose(&mut state, pick - 1).expect("a shown option");
    };
    assert_eq!(seven.options.len(), 3);
    assert!(!seven.options[0].enabled);
    assert!(matches!(
        story.choose(&mut state, 0),
        Err(spearhead_core::RuntimeError::OptionDisabled { index: 0 })
    ));
}

#[test]
fn routes_print_as_read_choose_lists() {
    // What the closing notes and docs give readers: each route as `read --choose` numbers.
    let story = story();
    for route in ROUTES {
        let run = play(&story, route);
        let numbers: Vec<String> = run.numbers.iter().map(usize::to_string).collect();
        println!("{}: --choose {}", run.ending, numbers.join(","));
        assert_eq!(run.numbers.len(), 18 + route.act2.len());
    }
}

/// The stage along every route: no two sprites stand in the same place, no sprite is left
/// standing when a new scene starts, and no line is read on a screen faded to black.
#[test]
fn the_stage_stays_tidy_on_every_route() {
    let story = story();
    for route in ROUTES {
        let numbers = play(&story, route).numbers;
        let mut state = StoryState::new(&story);
        let mut stage = StageState::default();
        let mut picks = numbers.iter();
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
                    Event::End { .. } | Event::Condition { .. } => {}
                }
            }
        }
    }
}

#[test]
fn the_story_meets_its_minimums() {
    let story = story();
    let act_two = |chapter: &Option<String>| {
        chapter
            .as_deref()
            .is_some_and(|c| ["ch6", "ch7", "ch8", "ch9", "ch10"].contains(&c))
    };
    let scenes = story.scenes.iter().filter(|s| act_two(&s.chapter)).count();
    let ops = |only_act_two: bool| {
        story
            .scenes
            .iter()
            .filter(move |s| !only_act_two || act_two(&s.chapter))
            .flat_map(|s| s.ops())
    };
    let choices = ops(true).filter(|op| matches!(op, Op::Menu(_))).count();
    let act_two_words: usize = ops(true).map(say_words).sum();
    let words: usize = ops(false).map(say_words).sum();
    println!("Act II: {scenes} scenes, {choices} choices, {act_two_words} words; {words} in all");
    assert!(scenes >= 20, "{scenes} scenes in Act II");
    assert!(choices >= 15, "{choices} choices in Act II");
    assert!(act_two_words >= 14_000, "{act_two_words} words in Act II");
    assert!(words >= 26_000, "{words} words in the whole story");
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
            // The bundled story's lines in these counts vary nowhere yet.
            Piece::Vary(_) => 0,
        })
        .sum()
}

#[test]
fn the_story_test_plans_hold() {
    // story/tests/*.plan: what `spearhead test story` plays.
    let story = story();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("story/tests");
    let mut plans = 0;
    for entry in std::fs::read_dir(dir).expect("story/tests") {
        let path = entry.expect("an entry").path();
        let text = std::fs::read_to_string(&path).expect("readable");
        let plan = spearhead_core::plan::Plan::parse(&text)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        if let Err(e) = plan.run(&story) {
            panic!("{}: {e}", path.display());
        }
        plans += 1;
    }
    assert!(plans >= 5, "{plans} plans");
}
