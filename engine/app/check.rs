//! `spearhead check`: every problem in a story, rustc style. Errors exit 1, warnings alone 0.
//! With `--saves DIR`, also the saves in DIR that no longer fit the story (`saves.rs`).

use anyhow::bail;
use spearhead_core::{locale, Loaded, Story};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

pub fn run(story: &Path, color: Option<bool>, saves: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut loaded = spearhead_core::load(story);
    // Translations are checked against the compiled story: syntax, variables, template age.
    if let Some(story_data) = &loaded.story {
        let mut found = locale::check::check(story_data, &mut loaded.sources);
        found.extend(locale::check::template_warning(&loaded));
        loaded.diagnostics.extend(found);
    } else if let Some(text_only) = spearhead_core::load_text(story).story {
        // Only asset files are missing (a translator's copy without assets/): the translations
        // are still checked against the story's text.
        let found = locale::check::check(&text_only, &mut loaded.sources);
        loaded.diagnostics.extend(found);
    }
    spearhead_core::diagnostic::sort(&mut loaded.diagnostics);
    let color = color.unwrap_or_else(|| std::io::stderr().is_terminal());
    eprint!("{}", loaded.render(color));
    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = loaded.diagnostics.len() - errors;
    if errors > 0 {
        eprintln!(
            "{}: {errors} error(s), {warnings} warning(s)",
            story.display()
        );
        return Ok(ExitCode::from(1));
    }
    let story_data = loaded
        .story
        .as_ref()
        .expect("a story without errors is compiled");
    let lines: usize = story_data
        .scenes
        .iter()
        .map(|s| {
            s.ops()
                .iter()
                .filter(|op| matches!(op, spearhead_core::story::Op::Say(_)))
                .count()
        })
        .sum();
    eprintln!(
        "{}: ok ({} scenes, {lines} lines, {warnings} warning(s))",
        story.display(),
        story_data.scenes.len()
    );
    match saves {
        Some(dir) => crate::saves::check(story_data, dir),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// A story that loads without errors, for the subcommands that need one; otherwise its
/// diagnostics are printed and the command fails, pointing at `spearhead check`.
pub fn clean(dir: &Path) -> anyhow::Result<Loaded> {
    without_errors(dir, spearhead_core::load(dir))
}

/// `clean` for the tools that read text alone (`read`, `locale status`, `new`, `update`, export
/// and import): the asset files need not be there, so a translator sent the scripts and
/// `locales/` can run them.
pub fn clean_text(dir: &Path) -> anyhow::Result<Loaded> {
    without_errors(dir, spearhead_core::load_text(dir))
}

/// `loaded`, or its diagnostics printed and an error pointing at `spearhead check`.
fn without_errors(dir: &Path, loaded: Loaded) -> anyhow::Result<Loaded> {
    if loaded.has_errors() {
        eprint!("{}", loaded.render(false));
        bail!(
            "the story has errors; run `spearhead check {}` for details",
            dir.display()
        );
    }
    Ok(loaded)
}

/// The compiled story of `clean_text`.
pub fn story_text(dir: &Path) -> anyhow::Result<Story> {
    match clean_text(dir)?.story {
        Some(story) => Ok(story),
        None => bail!("{} holds no story", dir.display()),
    }
}

/// The compiled story of `clean`.
pub fn story(dir: &Path) -> anyhow::Result<Story> {
    match clean(dir)?.story {
        Some(story) => Ok(story),
        None => bail!("{} holds no story", dir.display()),
    }
}
