//! The interface's own strings (buttons, headings, settings, confirmations, notices), looked up
//! by their `ui.ftl` IDs in the language shown. The story's locales folder is asked first (a
//! story may reword or translate its interface); the player's built-in copies of the engine's
//! `locales/*/ui.ftl` stand behind it, so a story without a `ui.ftl` still gets a whole, and
//! translated, interface. Missing messages fall back to English with a warning in the log.

use crate::limits::MAX_UI_CHARS;
use spearhead_core::locale::{Catalog, FluentArgs, FluentValue, Warning};
use spearhead_core::Story;
use std::path::PathBuf;

/// The engine's interface translations, built into the player: (locale, ui.ftl).
const BUILT_IN: [(&str, &str); 2] = [
    ("en-US", include_str!("../../../locales/en-US/ui.ftl")),
    ("ja-JP", include_str!("../../../locales/ja-JP/ui.ftl")),
];
const BUILT_IN_SOURCE: &str = "en-US";

pub struct Ui {
    /// The story's own locales (for this language, with its source locale behind).
    story: Option<Catalog>,
    builtin: Catalog,
}

impl Ui {
    /// The interface in `lang` (a locale tag) for `story` (`None`: built-in strings only).
    pub fn new(story: Option<&Story>, lang: &str) -> Ui {
        let story = story.and_then(|story| match Catalog::for_story(story, lang) {
            Ok(catalog) => {
                // The story's text is checked and reported by the game; here only what the
                // interface lacks matters, and that shows up as a fallback below.
                catalog.take_warnings();
                Some(catalog)
            }
            Err(_) => None,
        });
        Ui {
            story,
            builtin: builtin(lang),
        }
    }

    /// The locale the interface is shown in.
    pub fn locale(&self) -> &str {
        self.builtin.locale()
    }

    /// The interface string `id`.
    pub fn get(&self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// The interface string `id` with arguments: `ui.with("save-slot", &[("slot", 3.into())])`.
    pub fn with(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.lookup(id, Some(&fluent))
    }

    fn lookup(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let text = self
            .story
            .as_ref()
            .and_then(|c| c.message(id, args))
            .unwrap_or_else(|| self.builtin.ui(id, args));
        for catalog in self.story.iter().chain([&self.builtin]) {
            for warning in catalog.take_warnings() {
                log(&warning);
            }
        }
        bounded(text)
    }

    /// A language's own name (`language-ja-JP` is 日本語); the tag when there is none.
    pub fn language_name(&self, tag: &str) -> String {
        let id = format!("language-{tag}");
        let found = self
            .story
            .as_ref()
            .and_then(|c| c.message(&id, None))
            .or_else(|| self.builtin.message(&id, None));
        for catalog in self.story.iter().chain([&self.builtin]) {
            catalog.take_warnings();
        }
        bounded(found.unwrap_or_else(|| tag.to_string()))
    }
}

/// `text` cut to `MAX_UI_CHARS` characters with an ellipsis: the screens measure and wrap
/// every interface string each frame, and a story's `ui.ftl` may hold anything (a
/// 30,000-character button label took the title screen 6 s a frame).
pub fn bounded(text: String) -> String {
    match text.char_indices().nth(MAX_UI_CHARS) {
        None => text,
        Some((cut, _)) => {
            let mut text = text;
            text.truncate(cut);
            text.pop();
            text.push('\u{2026}');
            text
        }
    }
}

fn log(warning: &Warning) {
    log::warn!("{warning}");
}

/// The built-in interface strings in `lang`, or in English when the player has none for it.
fn builtin(lang: &str) -> Catalog {
    let texts = |locale: &str| -> Vec<(PathBuf, String)> {
        BUILT_IN
            .iter()
            .filter(|(l, _)| *l == locale)
            .map(|(l, text)| {
                (
                    PathBuf::from(format!("<built-in>/{l}/ui.ftl")),
                    text.to_string(),
                )
            })
            .collect()
    };
    let known = BUILT_IN.iter().any(|(l, _)| *l == lang);
    let locale = if known { lang } else { BUILT_IN_SOURCE };
    Catalog::from_texts(
        locale,
        BUILT_IN_SOURCE,
        texts(locale),
        texts(BUILT_IN_SOURCE),
    )
    .expect("the built-in locale names are valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_storys_overlong_interface_string_is_cut_before_any_screen_lays_it_out() {
        // A 30,000-character button label in the story's ui.ftl took the title screen 6 s a
        // frame to measure and wrap.
        let dir = std::env::temp_dir().join(format!("spearhead-ui-{}", std::process::id()));
        let locale = dir.join("locales/en-US");
        std::fs::create_dir_all(&locale).expect("temp dir is writable");
        let long = "New game ".repeat(3_400);
        std::fs::write(locale.join("ui.ftl"), format!("title-new-game = {long}\n"))
            .expect("temp dir is writable");
        let loaded = spearhead_core::load_str(
            &dir,
            "title = \"T\"\nstart = \"a\"\nlocales = \"locales\"\n[endings.e]\ntitle = \"E\"\n",
            &[("a.vn", "scene a\n> Hi.\nend e\n")],
        );
        let story = loaded.story.expect("the story loads");
        let label = Ui::new(Some(&story), "en-US").get("title-new-game");
        assert_eq!(label.chars().count(), MAX_UI_CHARS, "{label}");
        assert!(label.starts_with("New game New game") && label.ends_with('\u{2026}'));
        // What is short enough is left alone.
        assert_eq!(bounded("Quit".into()), "Quit");
        assert_eq!(
            bounded("é".repeat(MAX_UI_CHARS)).chars().count(),
            MAX_UI_CHARS
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn built_in_strings_exist_in_english_and_japanese_and_others_fall_back() {
        assert_eq!(Ui::new(None, "en-US").get("title-new-game"), "New Game");
        let ja = Ui::new(None, "ja-JP");
        assert_eq!(ja.get("title-new-game"), "はじめから");
        assert_eq!(
            ja.with("confirm-overwrite", &[("slot", 3.into())]),
            "スロット 3 のセーブデータを上書きしますか？"
        );
        assert_eq!(Ui::new(None, "pseudo").get("title-quit"), "Quit");
        assert_eq!(ja.language_name("ja-JP"), "日本語");
        assert_eq!(ja.language_name("xx-YY"), "xx-YY");
    }
}
