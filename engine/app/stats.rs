//! `spearhead stats`: how big a story is. Counts scenes, lines (dialogue and narration), words
//! in those lines, choices and their options, per chapter in story order and in total, from the
//! compiled story, so every branch is counted once whether or not a reader would see it.

use spearhead_core::story::{Op, Scene};
use spearhead_core::template::Piece;
use spearhead_core::Story;
use std::path::Path;
use std::process::ExitCode;

/// Counts for one chapter or for the whole story.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub scenes: usize,
    pub lines: usize,
    pub words: usize,
    pub choices: usize,
    pub options: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.scenes += other.scenes;
        self.lines += other.lines;
        self.words += other.words;
        self.choices += other.choices;
        self.options += other.options;
    }
}

pub fn run(story_dir: &Path) -> anyhow::Result<ExitCode> {
    let story = crate::check::story(story_dir)?;
    print!("{}", report(&story));
    Ok(ExitCode::SUCCESS)
}

/// The table `spearhead stats` prints: one row per chapter, then the total.
fn report(story: &Story) -> String {
    let mut out = format!("{}\n", story.title);
    out += &row("chapter", "scenes", "lines", "words", "choices", "options");
    let mut total = Counts::default();
    for (chapter, counts) in per_chapter(story) {
        out += &counts_row(&chapter, counts);
        total.add(counts);
    }
    out += &counts_row("total", total);
    out
}

/// Chapters in the order their first scene appears; scenes outside any chapter are "(none)".
fn per_chapter(story: &Story) -> Vec<(String, Counts)> {
    let mut chapters = Vec::new();
    for (chapter, scenes) in story.scenes_by_chapter() {
        let mut total = Counts::default();
        for scene in scenes {
            total.add(scene_counts(story.scene(scene)));
        }
        chapters.push((chapter.unwrap_or("(none)").to_string(), total));
    }
    chapters
}

/// Counts for one scene. Words are the whitespace-separated words of the literal text of its
/// lines; a `{variable}` counts as one word.
pub fn scene_counts(scene: &Scene) -> Counts {
    let mut counts = Counts {
        scenes: 1,
        ..Counts::default()
    };
    for op in scene.ops() {
        match op {
            Op::Say(say) => {
                counts.lines += 1;
                counts.words += say.text.pieces().iter().map(piece_words).sum::<usize>();
            }
            Op::Menu(menu) => {
                counts.choices += 1;
                counts.options += menu.options.len();
            }
            _ => {}
        }
    }
    counts
}

/// Words as written: every variant of a variation counts (each is written and translated).
fn piece_words(piece: &Piece<usize>) -> usize {
    match piece {
        Piece::Text(text) => text.split_whitespace().count(),
        Piece::Var(_) => 1,
        Piece::Vary(vary) => vary.variants.iter().flatten().map(piece_words).sum(),
    }
}

fn counts_row(label: &str, c: Counts) -> String {
    let n = |v: usize| v.to_string();
    row(
        label,
        &n(c.scenes),
        &n(c.lines),
        &n(c.words),
        &n(c.choices),
        &n(c.options),
    )
}

fn row(
    label: &str,
    scenes: &str,
    lines: &str,
    words: &str,
    choices: &str,
    options: &str,
) -> String {
    format!("{label:<12} {scenes:>7} {lines:>7} {words:>8} {choices:>8} {options:>8}\n")
}
