//! `spearhead locale ...`: the translation tools. The work is done in `spearhead_core::locale`;
//! this module parses arguments and prints.

use anyhow::{bail, Context};
use spearhead_core::locale::{self, LocaleStatus};
use spearhead_core::manifest::Manifest;
use spearhead_core::source::FileId;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How many IDs of one kind `status` lists before it only counts.
const LIST_LIMIT: usize = 20;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Give every dialogue line, narration line, choice prompt and option without an ID a stable
    /// one (`#scene_3`), editing the scripts in place and changing nothing else.
    Tag {
        /// The story folder (holding story.toml).
        #[arg(default_value = "story")]
        story: PathBuf,
    },
    /// Write the source-language template, `locales/<source>/story.ftl`, from the scripts.
    Extract {
        #[arg(default_value = "story")]
        story: PathBuf,
    },
    /// Per locale: how many messages are translated, missing, stale and obsolete.
    Status {
        #[arg(default_value = "story")]
        story: PathBuf,
        /// Exit 1 when any locale has missing or stale messages (for CI).
        #[arg(long)]
        strict: bool,
    },
    /// Generate the pseudo-locale `locales/pseudo/` (accented, 40% longer, bracketed) from the
    /// source locale's files, to find layout problems.
    Pseudo {
        #[arg(default_value = "story")]
        story: PathBuf,
    },
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Tag { story } => tag(&story),
        Command::Extract { story } => extract(&story),
        Command::Status { story, strict } => status(&story, strict),
        Command::Pseudo { story } => pseudo(&story),
    }
}

fn tag(story: &Path) -> anyhow::Result<ExitCode> {
    let tagged = locale::tag(story)?;
    eprint!(
        "{}",
        spearhead_core::diagnostic::render(&tagged.sources, &tagged.diagnostics, false)
    );
    for (path, count) in &tagged.changed {
        println!("{}: {count} ID(s) added", path.display());
    }
    println!(
        "{} ID(s) added in {} file(s)",
        tagged.added(),
        tagged.changed.len()
    );
    Ok(if tagged.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn extract(story: &Path) -> anyhow::Result<ExitCode> {
    let loaded = crate::check::clean(story)?;
    let extracted = locale::extract(&loaded)?;
    let errors: Vec<_> = extracted
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    if !errors.is_empty() {
        eprint!(
            "{}",
            spearhead_core::diagnostic::render(&loaded.sources, &errors, false)
        );
        bail!("nothing written: fix the IDs above first");
    }
    if extracted.untagged > 0 {
        let shown: Vec<_> = extracted.diagnostics.iter().take(5).cloned().collect();
        eprint!(
            "{}",
            spearhead_core::diagnostic::render(&loaded.sources, &shown, false)
        );
        eprintln!(
            "warning: {} line(s) have no ID and were skipped; run `spearhead locale tag {}` first",
            extracted.untagged,
            story.display()
        );
    }
    let story_data = loaded.story.as_ref().expect("no errors, so compiled");
    let path = locale::template_path(story_data)?;
    locale::write_atomic(&path, &extracted.ftl)?;
    println!(
        "{}: {} message(s)",
        locale::check::display_name(&path),
        extracted.messages.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn status(story: &Path, strict: bool) -> anyhow::Result<ExitCode> {
    let loaded = crate::check::clean(story)?;
    let status = locale::status(&loaded)?;
    println!(
        "template ({}): {} message(s)",
        status.source_locale, status.template
    );
    let untagged = status.diagnostics.iter().filter(|d| !d.is_error()).count();
    if untagged > 0 {
        println!("  warning: {untagged} line(s) have no ID and cannot be translated; run `spearhead locale tag`");
    }
    if !status.template_current {
        println!(
            "  warning: locales/{}/{} is missing or out of date; run `spearhead locale extract`",
            status.source_locale,
            locale::STORY_FILE
        );
    }
    for error in &status.unreadable {
        println!("  warning: {error}");
    }
    if status.locales.is_empty() {
        println!("no translations yet");
    }
    for s in &status.locales {
        print_locale(s);
    }
    let incomplete = status.locales.iter().any(|s| !s.is_complete());
    Ok(if strict && incomplete {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_locale(s: &LocaleStatus) {
    println!(
        "{}: {} translated, {} missing, {} stale, {} obsolete",
        s.locale,
        s.translated.len(),
        s.missing.len(),
        s.stale.len(),
        s.obsolete.len()
    );
    for error in &s.unreadable {
        println!("  not read: {error}");
    }
    if s.syntax_errors > 0 {
        println!(
            "  {} syntax error(s); run `spearhead check` for details",
            s.syntax_errors
        );
    }
    for (what, ids) in [
        ("missing", &s.missing),
        ("stale", &s.stale),
        ("obsolete", &s.obsolete),
    ] {
        if ids.is_empty() {
            continue;
        }
        let shown: Vec<&str> = ids.iter().take(LIST_LIMIT).map(String::as_str).collect();
        let more = ids.len().saturating_sub(LIST_LIMIT);
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        println!("  {what}: {}{more}", shown.join(", "));
    }
}

fn pseudo(story: &Path) -> anyhow::Result<ExitCode> {
    let manifest_path = story.join("story.toml");
    let text = std::fs::read_to_string(&manifest_path)
        .with_context(|| format!("cannot read {}", manifest_path.display()))?;
    let manifest = Manifest::parse(&text, FileId(0)).map_err(|d| anyhow::anyhow!(d.message))?;
    let locales_dir = story.join(&manifest.locales);
    let written = locale::pseudo::pseudo(&locales_dir, &manifest.default_locale)?;
    if written.is_empty() {
        bail!(
            "no .ftl files in {}; run `spearhead locale extract` first",
            locale::check::display_name(&locales_dir.join(&manifest.default_locale))
        );
    }
    for path in written {
        println!("wrote {}", locale::check::display_name(&path));
    }
    Ok(ExitCode::SUCCESS)
}
