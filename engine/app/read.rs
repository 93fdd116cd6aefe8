//! `spearhead read`: the story as plain text. Choices come from `--choose` or from standard
//! input, so whole playthroughs are scriptable, and a screen reader can read along.

use anyhow::{bail, Context};
use spearhead_core::{Event, Story, StoryState};
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

pub fn run(story_dir: &Path, choose: Option<Vec<usize>>, lang: Option<String>) -> anyhow::Result<ExitCode> {
    let loaded = spearhead_core::load(story_dir);
    if loaded.has_errors() {
        eprint!("{}", loaded.render(false));
        bail!("the story has errors; run `spearhead check` for details");
    }
    let story = loaded.story.expect("no errors, so compiled");
    if let Some(lang) = lang {
        if lang != story.manifest.default_locale {
            eprintln!("warning: no translations are loaded yet; reading in {}", story.manifest.default_locale);
        }
    }
    let stdin = std::io::stdin();
    let mut picks: Box<dyn Iterator<Item = anyhow::Result<usize>>> = match choose {
        Some(list) => Box::new(list.into_iter().map(Ok)),
        None => Box::new(stdin.lock().lines().map_while(Result::ok).filter(|l| !l.trim().is_empty()).map(|l| {
            l.trim().parse::<usize>().with_context(|| format!("`{}` is not an option number", l.trim()))
        })),
    };
    let mut out = std::io::stdout().lock();
    play(&story, &mut picks, &mut out)
}

/// Plays to the end or until the choices run out. Returns success either way: running out of
/// input is how a scripted partial playthrough ends.
fn play(story: &Story, picks: &mut dyn Iterator<Item = anyhow::Result<usize>>, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let mut state = StoryState::new(story);
    loop {
        for event in story.advance(&mut state)? {
            match event {
                Event::Line(line) => match line.speaker {
                    Some(c) => writeln!(out, "{}: {}", story.characters[c].name, line.text)?,
                    None => writeln!(out, "{}", line.text)?,
                },
                Event::Choice(menu) => {
                    if let Some(prompt) = &menu.prompt {
                        writeln!(out, "{prompt}")?;
                    }
                    for (i, option) in menu.options.iter().enumerate() {
                        let note = if option.enabled { "" } else { " (unavailable)" };
                        writeln!(out, "  {}. {}{note}", i + 1, option.text)?;
                    }
                    out.flush()?;
                    loop {
                        let Some(pick) = picks.next() else {
                            writeln!(out, "(no more choices given; stopping here)")?;
                            return Ok(ExitCode::SUCCESS);
                        };
                        match pick.and_then(|n| pick_option(story, &mut state, n, menu.options.len())) {
                            Ok(()) => break,
                            Err(e) => writeln!(out, "{e}")?,
                        }
                    }
                }
                Event::End { ending } => {
                    let ending = &story.endings[ending];
                    writeln!(out, "THE END: {} [{}]", ending.title, ending.id)?;
                    return Ok(ExitCode::SUCCESS);
                }
                Event::SceneStart { .. } | Event::Stage(_) => {}
            }
        }
    }
}

fn pick_option(story: &Story, state: &mut StoryState, n: usize, count: usize) -> anyhow::Result<()> {
    if n == 0 || n > count {
        bail!("choose a number from 1 to {count}");
    }
    story.choose(state, n - 1).map_err(Into::into)
}
