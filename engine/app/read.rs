//! `spearhead read`: the story as plain text. Choices come from `--choose` or from standard
//! input, so whole playthroughs are scriptable, and a screen reader can read along.

use anyhow::{bail, Context};
use spearhead_core::locale::{FluentArgs, StoryText};
use spearhead_core::runtime::Start;
use spearhead_core::value::Value;
use spearhead_core::{Event, Story, StoryState};
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Where to begin and what to show besides the text.
pub struct Options {
    pub choose: Option<Vec<usize>>,
    pub lang: Option<String>,
    pub start: Start,
    /// Print each change of a variable or stat beside the text.
    pub trace: bool,
}

pub fn run(story_dir: &Path, options: Options) -> anyhow::Result<ExitCode> {
    let Options {
        choose,
        lang,
        start,
        trace,
    } = options;
    let story = crate::check::story_text(story_dir)?;
    let state = StoryState::starting(&story, &start)?;
    // Without `--lang` the script's own text is read; with it, every string goes through Fluent,
    // and each fallback is a warning on stderr. `ja` finds `ja-JP`; an unknown language falls back
    // to the source locale.
    let text = match lang {
        Some(lang) => {
            let chosen = crate::language::choose(&story, &lang)?;
            StoryText::in_locale(&story, &chosen)?
        }
        None => StoryText::own(&story),
    };
    log_warnings(&text);
    let stdin = std::io::stdin();
    let mut picks: Box<dyn Iterator<Item = anyhow::Result<usize>>> = match choose {
        Some(list) => Box::new(list.into_iter().map(Ok)),
        None => Box::new(
            stdin
                .lock()
                .lines()
                .map_while(Result::ok)
                .filter(|l| !l.trim().is_empty())
                .map(|l| {
                    l.trim()
                        .parse::<usize>()
                        .with_context(|| format!("`{}` is not an option number", l.trim()))
                }),
        ),
    };
    let mut out = std::io::stdout().lock();
    let reading = Reading {
        story: &story,
        text: &text,
        trace,
    };
    reading.play(state, &mut picks, &mut out)
}

/// One reading: the story, the language it is read in, whether changes are traced.
struct Reading<'a> {
    story: &'a Story,
    text: &'a StoryText<'a>,
    trace: bool,
}

impl Reading<'_> {
    /// Plays to the end or until the choices run out. Returns success either way: running out of
    /// input is how a scripted partial playthrough ends.
    fn play(
        &self,
        mut state: StoryState,
        picks: &mut dyn Iterator<Item = anyhow::Result<usize>>,
        out: &mut dyn Write,
    ) -> anyhow::Result<ExitCode> {
        let (story, text) = (self.story, self.text);
        state.trace_conditions(self.trace);
        loop {
            let before = self.trace.then(|| values(story, &state));
            let events = story.advance(&mut state)?;
            if let Some(before) = before {
                self.changes(&before, &values(story, &state), out)?;
            }
            for event in events {
                match event {
                    Event::Line(line) => {
                        let said = text.line(&state, &line);
                        let name = line.speaker.map(|c| text.character_name(c));
                        log_warnings(text);
                        match name {
                            Some(name) => writeln!(out, "{name}: {said}")?,
                            None => writeln!(out, "{said}")?,
                        }
                    }
                    Event::Choice(menu) => {
                        let menu = text.choice(&state, &menu);
                        log_warnings(text);
                        if let Some(prompt) = &menu.prompt {
                            writeln!(out, "{prompt}")?;
                        }
                        let unavailable = frame(text, "choice-unavailable", None, || {
                            "Not available".to_string()
                        });
                        for (i, option) in menu.options.iter().enumerate() {
                            write!(out, "  {}. {}", i + 1, option.text)?;
                            match option.enabled {
                                true => writeln!(out)?,
                                false => writeln!(out, " ({unavailable})")?,
                            }
                        }
                        out.flush()?;
                        loop {
                            let Some(pick) = picks.next() else {
                                writeln!(out, "(no more choices given; stopping here)")?;
                                return Ok(ExitCode::SUCCESS);
                            };
                            match pick
                                .and_then(|n| pick_option(story, &mut state, n, menu.options.len()))
                            {
                                Ok(()) => break,
                                Err(e) => writeln!(out, "{e}")?,
                            }
                        }
                    }
                    Event::End { ending: id } => {
                        let ending = &story.endings[id];
                        let title = text.ending_title(id);
                        log_warnings(text);
                        let args = FluentArgs::from_iter([("title", title.as_str())]);
                        let line = frame(text, "ending-title", Some(&args), || {
                            format!("Ending: {title}")
                        });
                        writeln!(out, "{line} [{}]", ending.id)?;
                        return Ok(ExitCode::SUCCESS);
                    }
                    Event::SceneStart { scene } if self.trace => {
                        writeln!(out, "  ~ scene {}", story.scene(scene).name)?
                    }
                    Event::Condition { scene, pc, taken } => {
                        let verdict = if taken { "true" } else { "false" };
                        let test = story.condition_text(scene, pc).unwrap_or_default();
                        writeln!(out, "  ~ if {test}: {verdict}")?
                    }
                    Event::SceneStart { .. } | Event::Stage(_) => {}
                }
            }
        }
    }

    /// `  ~ morale 4 -> 5` for each variable whose value differs between `before` and `after`.
    fn changes(
        &self,
        before: &[Value],
        after: &[Value],
        out: &mut dyn Write,
    ) -> anyhow::Result<()> {
        for (var, (old, new)) in before.iter().zip(after).enumerate() {
            let name = &self.story.variables[var].name;
            // `option once` and text variations keep variables of their own (`once:...`,
            // `vary:...`); the lines shown say what they did.
            if old != new && !self.story.variables[var].is_hidden() {
                writeln!(out, "  ~ {name} {old} -> {new}")?;
            }
        }
        Ok(())
    }
}

/// Every variable's and stat's value, in declaration order.
fn values(story: &Story, state: &StoryState) -> Vec<Value> {
    (0..story.variables.len())
        .map(|v| state.value(v).clone())
        .collect()
}

/// The reader's own words around the story (a greyed-out option, the ending), from the
/// interface strings (`ui.ftl`) of the language read when the story has them, else in English,
/// the words of the engine's `locales/en-US/ui.ftl`. The ending's ID stays last on its line,
/// for scripts.
fn frame(
    text: &StoryText,
    id: &str,
    args: Option<&FluentArgs>,
    english: impl FnOnce() -> String,
) -> String {
    let message = text.message(id, args);
    log_warnings(text);
    message.unwrap_or_else(english)
}

/// How many translation warnings `read` prints before it stops (a story read in a language it is
/// not yet translated into would warn on every line).
const WARNING_LIMIT: usize = 20;

/// Translation fallbacks go to stderr, so that the text on stdout stays the story.
fn log_warnings(text: &StoryText) {
    static SHOWN: AtomicUsize = AtomicUsize::new(0);
    for warning in text.take_warnings() {
        match SHOWN.fetch_add(1, Ordering::Relaxed) {
            n if n < WARNING_LIMIT => eprintln!("warning: {warning}"),
            n if n == WARNING_LIMIT => {
                eprintln!("warning: more translation warnings are not shown; see `spearhead locale status`")
            }
            _ => {}
        }
    }
}

fn pick_option(
    story: &Story,
    state: &mut StoryState,
    n: usize,
    count: usize,
) -> anyhow::Result<()> {
    if n == 0 || n > count {
        bail!("choose a number from 1 to {count}");
    }
    story.choose(state, n - 1).map_err(Into::into)
}
