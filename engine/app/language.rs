//! The language a command shows, shared by `read`, `play` and `shot`: the one asked for matched
//! to the story's locales (`ja` finds `ja-JP`), with the same warning on stderr when it falls
//! back, and, for the window, how much of it shows in the source language instead.

use spearhead_core::locale;
use spearhead_core::{Loaded, Story};

/// The locale to show for `--lang lang`, saying on stderr when it is not the one asked for.
pub fn choose(story: &Story, lang: &str) -> anyhow::Result<String> {
    let source = story.default_locale();
    let available = locale::choose::available(&story.locales_dir(), source)?;
    let chosen = locale::choose::negotiate(lang, &available, source);
    let language = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    if language(&chosen) != language(lang) {
        eprintln!("warning: no translation for `{lang}`; showing {chosen}");
    } else if chosen != lang {
        eprintln!("note: `--lang {lang}` shows {chosen}");
    }
    Ok(chosen)
}

/// One warning for the window, which shows lines without a terminal to warn on: how many of the
/// locale's messages fall back to the source language.
pub fn warn_fallbacks(loaded: &Loaded, chosen: &str) {
    let Ok(status) = locale::status(loaded) else {
        return;
    };
    let Some(s) = status.locales.iter().find(|s| s.locale == chosen) else {
        return;
    };
    let fallbacks = s.missing.len() + s.stale.len();
    if fallbacks > 0 {
        eprintln!(
            "warning: {fallbacks} of {} message(s) in {chosen} are untranslated or stale and show \
             in {} (or the script's text); `spearhead locale status {chosen}` names them",
            status.template, status.source_locale
        );
    }
}
