//! `spearhead bench --recheck`: keeps the generated story in a `Workspace` (as the language
//! server does) and times checking it again after edits to one file in the middle of it: the
//! edits a writer makes all day, and the worst one (a variable every scene reads changes type).

use super::{fmt_duration, fmt_int, Generated, Table};
use anyhow::bail;
use spearhead_core::compile::Rechecked;
use spearhead_core::Workspace;
use std::path::Path;
use std::time::{Duration, Instant};

/// Each edit is made and undone this many times; the median and the slowest are shown.
const TIMES: usize = 7;

pub fn run(generated: &Generated, root: &Path) -> anyhow::Result<()> {
    let start = Instant::now();
    let mut workspace = Workspace::new(root, &generated.manifest, &generated.file_refs());
    let opened = start.elapsed();
    if workspace.has_errors() {
        bail!("the generated story does not check clean");
    }
    let (name, text) = &generated.files[generated.files.len() / 2];
    let lines = text.lines().count();
    let mut table = Table::default();
    table.section(&format!(
        "Re-checking after an edit to {name} ({} source lines, {} files in all)",
        fmt_int(lines as u64),
        generated.files.len()
    ));
    table.row(
        "first check (parse and check everything)",
        fmt_duration(opened),
    );
    for (what, edited) in edits(text) {
        let (times, rechecked) = time(&mut workspace, name, &edited, text);
        table.row(what, summary(&times, rechecked));
    }
    let (first, first_text) = &generated.files[0];
    let retyped = first_text.replacen("var rounds = 0", "var rounds = \"none\"", 1);
    let (times, rechecked) = time(&mut workspace, first, &retyped, first_text);
    table.row(
        "worst case: `rounds` (read everywhere) changes type",
        summary(&times, rechecked),
    );
    print!("{table}");
    Ok(())
}

/// The edits, as (what, the file's text after it).
fn edits(text: &str) -> Vec<(&'static str, String)> {
    let first_scene = text
        .lines()
        .find_map(|l| l.strip_prefix("scene "))
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or("nowhere");
    vec![
        ("a line's text", text.replacen("\n> ", "\n> Edited. ", 1)),
        (
            "a scene added",
            format!("{text}\nscene bench.extra\n> Extra.\njump {first_scene}\n"),
        ),
        (
            "a variable added",
            format!("var bench_flag = false\n{text}"),
        ),
        (
            "the first scene renamed (the file before jumps to it)",
            text.replacen(&format!("scene {first_scene} "), "scene bench.renamed ", 1),
        ),
    ]
}

/// Makes the edit and undoes it `TIMES` times; the times of the edits, and what the first
/// made the workspace do.
fn time(
    workspace: &mut Workspace,
    name: &str,
    edited: &str,
    original: &str,
) -> (Vec<Duration>, Rechecked) {
    let mut times = Vec::new();
    let mut rechecked = Rechecked::default();
    for _ in 0..TIMES {
        let start = Instant::now();
        rechecked = workspace.edit(name, edited);
        times.push(start.elapsed());
        workspace.edit(name, original);
    }
    times.sort();
    (times, rechecked)
}

fn summary(times: &[Duration], rechecked: Rechecked) -> String {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "{:.1} ms (max {:.1}); {} lines parsed, {} scenes checked",
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        fmt_int(rechecked.lines_parsed as u64),
        fmt_int(rechecked.scenes_checked as u64)
    )
}
