//! `routes::explore`, the engine of `spearhead routes`: small stories in, the routes to each
//! ending, the situations followed and what no route shows out.

use spearhead_core::routes::{self, Place, ProblemKind, Routes};
use spearhead_core::{RuntimeError, Story};
use std::path::Path;

const MANIFEST: &str = r#"
title = "Routes"
start = "start"
[stats.morale]
min = 0
max = 10
start = 5
[endings.good]
title = "Good"
[endings.bad]
title = "Bad"
[endings.never]
title = "Never"
"#;

fn story(script: &str) -> Story {
    let loaded = spearhead_core::load_str(Path::new("."), MANIFEST, &[("test.vn", script)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors, so compiled")
}

/// What was found, with the ending IDs in the story's order.
struct Found {
    routes: Routes,
    ending_ids: Vec<String>,
}

impl std::ops::Deref for Found {
    type Target = Routes;
    fn deref(&self) -> &Routes {
        &self.routes
    }
}

fn explore(script: &str) -> Found {
    let story = story(script);
    Found {
        routes: routes::explore(&story, 1_000_000),
        ending_ids: story.endings.iter().map(|e| e.id.clone()).collect(),
    }
}

/// (routes, example) of the endings good, bad and never, in that order.
fn endings(found: &Found) -> Vec<(u128, Option<Vec<usize>>)> {
    ["good", "bad", "never"]
        .iter()
        .map(|id| {
            let i = found
                .ending_ids
                .iter()
                .position(|e| e == id)
                .expect("declared");
            let ending = &found.routes.endings[i];
            (ending.routes, ending.example.clone())
        })
        .collect()
}

fn texts(places: &[Place]) -> Vec<&str> {
    places.iter().map(|p| p.text.as_str()).collect()
}

const TWO_CHOICES: &str = "
scene start
choice: First?
    option: Up.
        morale += 1
    option: Down.
        morale -= 1
choice: Second?
    option: Up.
        morale += 1
    option: Down.
        morale -= 1
if morale > 5
    end good
end bad
";

#[test]
fn two_choices_of_two_make_four_routes_each_counted_for_its_ending() {
    let routes = explore(TWO_CHOICES);
    // Up-up ends at 7 (good); up-down, down-up and down-down at 5 or 3 (bad).
    assert_eq!(
        endings(&routes),
        [(1, Some(vec![1, 1])), (3, Some(vec![1, 2])), (0, None)]
    );
    // The first choice, then the second at morale 6 and at morale 4.
    assert_eq!(routes.situations, 3);
    assert!(routes.complete && routes.problems.is_empty());
    assert!(routes.unread_lines.is_empty() && routes.unavailable_options.is_empty());
}

#[test]
fn routes_that_meet_again_are_followed_once_and_counted_for_each() {
    let routes = explore(
        "
scene start
choice: First?
    option: Up, then down.
        morale += 1
        morale -= 1
    option: Nothing.
choice: Second?
    option: Up.
        morale += 1
    option: Down.
end good
",
    );
    assert_eq!(endings(&routes)[0], (4, Some(vec![1, 1])));
    assert_eq!(routes.situations, 2);
}

#[test]
fn a_value_nothing_reads_again_does_not_tell_routes_apart() {
    let script = |then: &str| {
        format!(
            "
var noted = false
scene start
choice: Note it?
    option: Yes.
        noted = true
    option: No.
> A line.
choice: Again?
    option: Yes.
    option: No.
{then}
end good
"
        )
    };
    let unread = explore(&script(""));
    assert_eq!((unread.situations, endings(&unread)[0].0), (2, 4));
    // Read after the second choice to decide the ending, `noted` splits the routes there.
    let read = explore(&script("if noted\n    end bad"));
    assert_eq!((read.situations, endings(&read)[0].0), (3, 2));
}

#[test]
fn an_if_that_only_colours_lines_does_not_split_routes_and_its_lines_are_found() {
    // `if noted` only chooses a line: routes are not told apart by it, yet both of its lines
    // are shown on some route (the first pass shows one, a second pass looks for the other).
    let routes = explore(
        "
var noted = false
scene start
choice: Note it?
    option: Yes.
        noted = true
    option: No.
> A line.
choice: Again?
    option: Yes.
    option: No.
if noted
    > It was noted.
else
    > Nothing was noted.
end good
",
    );
    assert_eq!((routes.situations, endings(&routes)[0].0), (2, 4));
    assert!(routes.complete);
    assert_eq!(texts(&routes.unread_lines), Vec::<&str>::new());
    // A line no route can show is still listed: the second pass tells `noted` apart.
    let never = explore(
        "
var noted = false
scene start
choice: Note it?
    option: Yes.
    option: No.
if noted
    > It was noted.
end good
",
    );
    assert_eq!(texts(&never.unread_lines), ["It was noted."]);
}

#[test]
fn a_stat_only_ever_added_to_does_not_tell_routes_apart() {
    // `+=` reads the old value, but only to compute a value that nothing reads.
    let routes = explore(
        "
scene start
choice: Cheer?
    option: Yes.
        morale += 1
    option: No.
choice: Again?
    option: Yes.
        morale += 1
    option: No.
end good
",
    );
    assert_eq!((routes.situations, endings(&routes)[0].0), (2, 4));
}

/// A stat compared with `morale >= 9` after the second choice: starting at 5, the first choice
/// leaves it at 6 or 7, and the second adds 0 or 2.
fn threshold_story(test: &str) -> String {
    format!(
        "
scene start
choice: Cheer?
    option: A little.
        morale += 1
    option: More.
        morale += 2
choice: Again?
    option: Much more.
        morale += 2
    option: No.
if {test}
    end good
end bad
"
    )
}

#[test]
fn stat_values_the_rest_of_the_story_cannot_tell_apart_are_one_situation() {
    // At the second choice the story can only still ask "will it reach 9?": 7 does with +2,
    // 6 does not, so both values count there.
    let apart = explore(&threshold_story("morale >= 9"));
    assert_eq!(apart.situations, 3);
    assert_eq!(
        endings(&apart)[..2],
        [(1, Some(vec![2, 1])), (3, Some(vec![1, 1]))]
    );
    // "Will it reach 10?": neither 6 nor 7 gets there, so they are the same situation (and
    // routes still count one by one).
    let together = explore(&threshold_story("morale >= 10"));
    assert_eq!(together.situations, 2);
    assert_eq!(endings(&together)[..2], [(0, None), (4, Some(vec![1, 1]))]);
    // Clamped at the top: 9 + 2 is 10, the stat's max, and "== 10" needs the clamp to hold.
    let clamped = explore(&threshold_story("morale == 10"));
    assert_eq!(clamped.situations, 2);
}

#[test]
fn a_stat_used_in_arithmetic_counts_every_value() {
    // `morale * 2` is not a threshold test on morale: 6 and 7 stay apart, as before.
    let routes = explore(&threshold_story("morale * 2 >= 20"));
    assert_eq!(routes.situations, 3);
    assert_eq!(endings(&routes)[..2], [(0, None), (4, Some(vec![1, 1]))]);
}

#[test]
fn visit_counts_tell_routes_apart_only_where_seen_reads_them() {
    let routes = explore(
        "
scene start
choice: Where?
    option: Aside.
        call side
    option: Straight on.
choice: Then?
    option: A.
    option: B.
if seen(side)
    end good
end bad

scene side
> Aside.
return
",
    );
    assert_eq!(
        endings(&routes),
        [(2, Some(vec![1, 1])), (2, Some(vec![2, 1])), (0, None)]
    );
    assert_eq!(routes.situations, 3);
}

#[test]
fn what_no_route_shows_is_listed() {
    let routes = explore(
        "
scene start
> Start.
if morale > 50
    > Never shown.
    choice: Never asked?
        option: A.
        option: B.
choice: Pick.
    option requires morale > 20: Impossible.
        end never
    option if morale > 30: Hidden for good.
    option: Fine, {morale}.
end good
",
    );
    assert_eq!(texts(&routes.unread_lines), ["Never shown."]);
    assert_eq!(texts(&routes.unreached_choices), ["Never asked?"]);
    assert_eq!(
        texts(&routes.unavailable_options),
        ["Impossible.", "Hidden for good."]
    );
    assert_eq!(endings(&routes)[2], (0, None));
    assert_eq!(endings(&routes)[0], (1, Some(vec![2])));
    // The text is as written, with its variable named.
    assert!(routes.unread_lines[0].scene == "start");
}

#[test]
fn a_route_back_to_the_same_choice_is_noted_and_counted_once() {
    let routes = explore(
        "
scene start
choice: Wait here?
    option: Wait.
        jump start
    option: Go.
end good
",
    );
    assert_eq!(endings(&routes)[0], (1, Some(vec![2])));
    let [problem] = routes.problems.as_slice() else {
        panic!("one problem: {:?}", routes.problems)
    };
    assert_eq!(problem.picks, [1]);
    assert_eq!(
        problem.kind,
        ProblemKind::Loop {
            scene: "start".into(),
            choice: "\"Wait here?\"".into()
        }
    );
}

#[test]
fn a_route_that_goes_round_without_a_choice_is_reported() {
    // Option 2 leads into two scenes that jump to each other, a line each, for ever.
    let routes = explore(
        "
scene start
choice: Go round?
    option: No.
    option: Yes.
        jump round
end good

scene round
> Round.
jump again

scene again
> And round.
jump round
",
    );
    assert_eq!(endings(&routes)[0], (1, Some(vec![1])));
    let [problem] = routes.problems.as_slice() else {
        panic!("one problem: {:?}", routes.problems)
    };
    assert_eq!(problem.picks, [2]);
    assert!(matches!(&problem.kind, ProblemKind::Endless { scene } if scene == "round"));
}

#[test]
fn a_route_that_fails_at_run_time_is_reported_with_its_picks() {
    let routes = explore(
        "
var zero = 0
scene start
choice: Divide?
    option: Keep going.
    option: Divide.
        morale = 10 / zero
end good
",
    );
    assert_eq!(endings(&routes)[0], (1, Some(vec![1])));
    let [problem] = routes.problems.as_slice() else {
        panic!("one problem: {:?}", routes.problems)
    };
    assert_eq!(problem.picks, [2]);
    assert_eq!(
        problem.kind,
        ProblemKind::Error(RuntimeError::DivisionByZero)
    );
}

/// Issue 13, item 9: the first option failed before showing a line, and the search, finding the
/// reader still past the choice, panicked picking the second ("an enabled option of the choice
/// on screen: NoChoice"). The failure is a problem of that route; the other option is followed.
#[test]
fn a_first_option_that_fails_before_any_line_is_a_problem_of_its_route() {
    let routes = explore(
        "
var zero = 0
scene start
choice: Divide?
    option: Divide.
        morale = 10 / zero
    option: Keep going.
end good
",
    );
    assert_eq!(endings(&routes)[0], (1, Some(vec![2])));
    let [problem] = routes.problems.as_slice() else {
        panic!("one problem: {:?}", routes.problems)
    };
    assert_eq!(problem.picks, [1]);
    assert_eq!(
        problem.kind,
        ProblemKind::Error(RuntimeError::DivisionByZero)
    );
}

#[test]
fn the_limit_stops_the_search_and_says_so() {
    let routes = routes::explore(&story(TWO_CHOICES), 1);
    assert!(!routes.complete);
    assert!(routes.endings.iter().map(|e| e.routes).sum::<u128>() < 4);
}

/// Issue 13: a run of `if`s that only colour lines was walked afresh from every `if`, in time
/// exponential in the run (5,000 of them never finished). Forty finish at once, and the lines
/// no route shows are still found.
#[test]
fn a_long_run_of_flavour_ifs_is_followed_once() {
    let mut script = String::from("scene start\n");
    for i in 0..40 {
        script += &format!("if morale > {}\n    > Line {i}.\n", i % 12);
    }
    script += "end good\n";
    let routes = explore(&script);
    assert_eq!(endings(&routes)[0], (1, Some(vec![])));
    // Morale starts at 5 and stays there: the lines under `morale > 5` and above never show.
    let unread: Vec<String> = (0..40)
        .filter(|i| i % 12 >= 5)
        .map(|i| format!("Line {i}."))
        .collect();
    assert_eq!(texts(&routes.unread_lines), unread);
}

/// Issue 13: the search recursed once per choice on a route, so a long enough route overflowed
/// the stack. It now keeps the route's choices in a stack of its own.
#[test]
fn a_route_through_thousands_of_choices_is_followed() {
    let mut script = String::from("scene start\n");
    for i in 0..5000 {
        script += &format!("choice: Step {i}?\n    option: Left.\n    option: Right.\n");
    }
    script += "end good\n";
    let routes = explore(&script);
    assert!(routes.complete);
    assert_eq!(
        routes.endings[0].routes,
        u128::MAX,
        "2^5000 routes saturate"
    );
    assert_eq!(routes.endings[0].example.as_ref().map(Vec::len), Some(5000));
}

/// Issue 13: the limit counted situations at choices only, so a route of many lines (here 2,000,
/// each a different count) was held whole however low the limit. What the route holds counts
/// against the limit too.
#[test]
fn the_limit_bounds_what_a_long_route_holds_too() {
    let script = "
var n = 0
scene start
n += 1
> Count {n}.
if n < 2000
    jump start
end good
";
    let found = routes::explore(&story(script), 10);
    assert!(!found.complete);
    assert_eq!(found.endings[0].routes, 0);
    let found = routes::explore(&story(script), 1_000_000);
    assert!(found.complete);
    assert_eq!(found.endings[0].routes, 1);
}
