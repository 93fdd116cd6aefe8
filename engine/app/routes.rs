//! `spearhead routes`: every route through a story, for writers. Prints each ending with how many
//! routes reach it and the picks of one (ready for `spearhead read --choose`), then what no route
//! ever shows: endings, choices, options and lines. Exits 1 when a route fails at run time.
//! Routes that come back to a choice with nothing changed are counted once, with a note.

use crate::figures::thousands;
use spearhead_core::routes::{self, ProblemKind, Routes};
use spearhead_core::{LineKey, Story};
use std::path::Path;
use std::process::ExitCode;

/// How many situations `routes` remembers by default (about 250 bytes each); what it holds in
/// all stays under 4,000,000 x 256 bytes (1 GB).
pub const DEFAULT_LIMIT: usize = 4_000_000;

pub fn run(story_dir: &Path, limit: usize) -> anyhow::Result<ExitCode> {
    let story = crate::check::story(story_dir)?;
    let routes = routes::explore(&story, limit);
    print!("{}", report(&story, &routes));
    let failed = routes
        .problems
        .iter()
        .any(|p| !matches!(p.kind, ProblemKind::Loop { .. }));
    Ok(match failed {
        true => ExitCode::FAILURE,
        false => ExitCode::SUCCESS,
    })
}

/// The whole printout.
fn report(story: &Story, routes: &Routes) -> String {
    let total = routes
        .endings
        .iter()
        .fold(0u128, |sum, e| sum.saturating_add(e.routes));
    let mut out = format!(
        "{}: {} to an ending, through {} at choices\n\n",
        story.title,
        counted(total, "route", "routes"),
        counted(
            routes.situations as u128,
            "situation",
            "distinct situations"
        ),
    );
    if !routes.complete {
        out += "warning: stopped at the --limit (of situations, or of the memory they and the \
                route followed take); the counts are lower bounds and \
                some things listed as never reached may be reached\n\n";
    }
    out += &endings_table(story, routes, total);
    out += &crowded(routes);
    for problem in &routes.problems {
        let what = match &problem.kind {
            ProblemKind::Error(e) => format!("error: {e}"),
            ProblemKind::Endless { scene } => format!(
                "error: this route goes round through scene `{scene}` forever, with no choice \
                 and no end"
            ),
            ProblemKind::Loop { scene, choice } => format!(
                "note: this route comes back to choice {choice} in scene `{scene}` with \
                 nothing changed (the reader may go round it as often as they like; it is \
                 counted once)"
            ),
        };
        out += &format!("\n{what}\n  --choose {}\n", picks(&problem.picks));
    }
    let never = [
        ("choices no route shows", &routes.unreached_choices),
        (
            "options no route can pick (hidden or greyed out every time)",
            &routes.unavailable_options,
        ),
        ("lines no route shows", &routes.unread_lines),
    ];
    for (title, places) in never {
        if places.is_empty() {
            continue;
        }
        out += &format!("\n{title}: {}\n", places.len());
        for place in places {
            out += &format!("  {}: \"{}\"{}\n", place.scene, place.text, key(&place.key));
        }
    }
    out
}

/// Where the situations are: the most crowded choices and what tells their situations apart,
/// so a writer whose story has grown slow to explore can see which flags keep it so. Only for
/// stories big enough for that to matter.
fn crowded(routes: &Routes) -> String {
    let mut out = String::new();
    if routes.situations < CROWDED_FROM && routes.complete {
        return out;
    }
    out += "\nmost situations at\n";
    for c in &routes.crowded {
        let apart = match c.telling_apart.is_empty() {
            true => "(only the call stack)".to_string(),
            false => c.telling_apart.join(", "),
        };
        out += &format!(
            "  {:>10}  {}: \"{}\"{}\n              told apart by {apart}\n",
            thousands(c.situations as u128),
            c.choice.scene,
            c.choice.text,
            key(&c.choice.key),
        );
    }
    out
}

/// Stories with fewer situations than this get no list of crowded choices.
const CROWDED_FROM: usize = 100_000;

/// ` #id`, or nothing for an untagged line's hash key (no use to a writer).
fn key(key: &str) -> String {
    match key.parse::<LineKey>() {
        Ok(LineKey::Text { .. }) => String::new(),
        _ => format!(" #{key}"),
    }
}

/// One row per ending: routes, share of all routes, and the first route found.
fn endings_table(story: &Story, routes: &Routes, total: u128) -> String {
    let width = story.endings.iter().map(|e| e.id.len()).max().unwrap_or(0);
    let width = width.max("ending".len());
    let mut out = format!(
        "{:width$}  {:>14}  {:>6}  a route there\n",
        "ending", "routes", "share"
    );
    for (ending, found) in story.endings.iter().zip(&routes.endings) {
        let share = match total {
            0 => 0.0,
            _ => found.routes as f64 / total as f64 * 100.0,
        };
        let example = match &found.example {
            Some(route) => format!("--choose {}", picks(route)),
            None => "never reached".to_string(),
        };
        out += &format!(
            "{:width$}  {:>14}  {share:>5.1}%  {example}\n",
            ending.id,
            thousands(found.routes)
        );
    }
    out
}

/// `1,2,3`, or `(none)` for a route without choices.
fn picks(picks: &[usize]) -> String {
    match picks {
        [] => "(none)".to_string(),
        _ => picks
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(","),
    }
}

/// "1 route", "1,024 routes".
fn counted(n: u128, one: &str, many: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        _ => format!("{} {many}", thousands(n)),
    }
}
