//! `spearhead locale ...`: the translation tools. The work is done in `spearhead_core::locale`;
//! this module parses arguments and prints.

use anyhow::{bail, Context};
use spearhead_core::locale::{self, LocaleStatus};
use spearhead_core::manifest::Manifest;
use spearhead_core::source::FileId;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How many IDs of one kind `status` lists before it only counts (`--list` lists them all).
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
    /// Per locale: how many messages are translated, untranslated, stale and obsolete.
    /// `status fr-FR` shows one locale; `--list` names every message, with the old and new
    /// source text of each stale one.
    Status {
        /// A locale (`fr-FR`) and/or the story folder, in either order (default: `story`).
        #[arg(num_args = 0..=2)]
        args: Vec<String>,
        /// Exit 1 when the locale shown (or any, without one) has untranslated or stale
        /// messages (for CI).
        #[arg(long)]
        strict: bool,
        /// Name every untranslated, stale and obsolete message, not the first 20.
        #[arg(long, visible_alias = "all")]
        list: bool,
    },
    /// Start translation LANG: `locales/LANG/` with every message marked untranslated.
    New {
        lang: String,
        #[arg(default_value = "story")]
        story: PathBuf,
    },
    /// Bring translation LANG up to date with the story: new lines are added untranslated,
    /// changed ones keep their translation (shown stale by `status`), removed ones move to the
    /// file's "Obsolete" section. Nothing translated is lost or reordered.
    Update {
        lang: String,
        #[arg(default_value = "story")]
        story: PathBuf,
    },
    /// Write translation LANG as a gettext PO file (for Poedit, Weblate, Crowdin...).
    Export {
        lang: String,
        #[arg(default_value = "story")]
        story: PathBuf,
        /// The exchange format; only `po` so far.
        #[arg(long, default_value = "po")]
        format: Format,
        /// The file to write (default: standard output).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Read a PO file (as `export` writes it, translated) back into translation LANG.
    Import {
        lang: String,
        file: PathBuf,
        #[arg(default_value = "story")]
        story: PathBuf,
    },
    /// Generate the pseudo-locale `locales/pseudo/` (accented, 40% longer, bracketed) from the
    /// source locale's files, to find layout problems.
    Pseudo {
        #[arg(default_value = "story")]
        story: PathBuf,
    },
}

/// The formats `export` writes.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// gettext PO.
    Po,
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Tag { story } => tag(&story),
        Command::Extract { story } => extract(&story),
        Command::Status { args, strict, list } => {
            let (story, lang) = story_and_locale(&args)?;
            status(&story, lang.as_deref(), strict, list)
        }
        Command::New { lang, story } => merge(&story, &lang, true),
        Command::Update { lang, story } => merge(&story, &lang, false),
        Command::Export {
            lang,
            story,
            format: Format::Po,
            out,
        } => export(&story, &lang, out.as_deref()),
        Command::Import { lang, file, story } => import(&story, &lang, &file),
        Command::Pseudo { story } => pseudo(&story),
    }
}

/// `status [LANG] [STORY]`: a folder holding story.toml is the story, anything else a locale.
fn story_and_locale(args: &[String]) -> anyhow::Result<(PathBuf, Option<String>)> {
    let mut story = None;
    let mut lang = None;
    for arg in args {
        let path = PathBuf::from(arg);
        if path.join("story.toml").is_file() && story.is_none() {
            story = Some(path);
        } else if lang.is_none() {
            lang = Some(arg.clone());
        } else {
            bail!("`{arg}` is neither a story folder (with story.toml) nor a second locale");
        }
    }
    Ok((story.unwrap_or_else(|| PathBuf::from("story")), lang))
}

/// The template and the story's locales folder and title, from the text alone.
fn template(story: &Path) -> anyhow::Result<(locale::template::Template, PathBuf, String)> {
    let loaded = crate::check::clean_text(story)?;
    let template = locale::template::template(&loaded)?;
    let story = loaded.story.expect("clean_text means compiled");
    Ok((template, story.locales_dir(), story.title))
}

fn merge(story: &Path, lang: &str, new: bool) -> anyhow::Result<ExitCode> {
    let (template, locales_dir, title) = template(story)?;
    let merged = if new {
        locale::merge::new_locale(&template, &locales_dir, lang, &title)?
    } else {
        locale::merge::update_locale(&template, &locales_dir, lang, &title)?
    };
    for m in &merged {
        let name = locale::check::display_name(&m.path);
        if new {
            println!("wrote {name}: {} message(s) to translate", m.added.len());
            continue;
        }
        if !m.changed {
            println!("{name}: up to date");
            continue;
        }
        println!(
            "{name}: {} new, {} changed untranslated, {} untranslated removed, {} moved to Obsolete",
            m.added.len(),
            m.refreshed.len(),
            m.dropped.len(),
            m.obsolete.len()
        );
        for id in &m.obsolete {
            println!("  obsolete: {id}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn export(story: &Path, lang: &str, out: Option<&Path>) -> anyhow::Result<ExitCode> {
    let (template, locales_dir, _) = template(story)?;
    let po = locale::po::export(&template, &locales_dir, lang)?;
    match out {
        Some(path) => {
            locale::write_atomic(path, &po)?;
            eprintln!("wrote {}", path.display());
        }
        None => print!("{po}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn import(story: &Path, lang: &str, file: &Path) -> anyhow::Result<ExitCode> {
    let (template, locales_dir, title) = template(story)?;
    let imported = locale::po::import(&template, &locales_dir, lang, file, &title)?;
    println!(
        "{} translation(s) written, {} marked reviewed",
        imported.written.len(),
        imported.reviewed.len()
    );
    for id in &imported.unknown {
        println!("  warning: `{id}` is not a message of the story; not imported");
    }
    for path in &imported.files {
        println!("wrote {}", locale::check::display_name(path));
    }
    Ok(ExitCode::SUCCESS)
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
    let loaded = crate::check::clean_text(story)?;
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

fn status(story: &Path, lang: Option<&str>, strict: bool, list: bool) -> anyhow::Result<ExitCode> {
    let loaded = crate::check::clean_text(story)?;
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
    let shown: Vec<&LocaleStatus> = status
        .locales
        .iter()
        .filter(|s| lang.is_none_or(|l| s.locale == l))
        .collect();
    if let Some(lang) = lang.filter(|_| shown.is_empty()) {
        bail!(locale::LocaleError::NoSuchLocale(lang.to_string()));
    }
    if shown.is_empty() {
        println!("no translations yet; start one with `spearhead locale new LANG`");
    }
    // One locale asked for: its stale lines with their source text, as `--list` does.
    let details = list || lang.is_some();
    for s in &shown {
        print_locale(s, list, details);
    }
    let incomplete = shown.iter().any(|s| !s.is_complete());
    Ok(if strict && incomplete {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_locale(s: &LocaleStatus, list: bool, details: bool) {
    println!(
        "{}: {} translated, {} untranslated, {} stale, {} obsolete",
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
    for id in &s.duplicates {
        println!("  defined twice: {id} (the first is used)");
    }
    let limit = if list { usize::MAX } else { LIST_LIMIT };
    for (what, ids) in [
        ("untranslated", &s.missing),
        ("stale", &s.stale),
        ("obsolete", &s.obsolete),
    ] {
        if ids.is_empty() {
            continue;
        }
        let shown: Vec<&str> = ids.iter().take(limit).map(String::as_str).collect();
        let more = ids.len().saturating_sub(limit);
        let more = if more > 0 {
            format!(" and {more} more (`--list` names them all)")
        } else {
            String::new()
        };
        println!("  {what}: {}{more}", shown.join(", "));
    }
    if details {
        for change in s.changes.iter().take(limit) {
            println!("  stale {}:", change.id);
            match &change.was {
                Some(was) => println!("    was: {}", was.replace('\n', "\n         ")),
                None => {
                    println!("    was: (not recorded: the translation has no `# source:` lines)")
                }
            }
            println!("    now: {}", change.now.replace('\n', "\n         "));
            println!("    once revised, record: # source-hash: {}", change.hash);
        }
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
