//! The story's reader-visible text in the language shown: the script's own words when no
//! translation is chosen, else the catalog's (which falls back to them). Every front end (the
//! player, `spearhead read`) asks here, so they agree on what a reader sees.

use super::{Catalog, LocaleError, Warning};
use crate::runtime::{ChoiceMenu, Line};
use crate::story::{CharId, EndingId, SceneId, Story};
use crate::StoryState;

/// A story's text in one language.
#[derive(Debug)]
pub struct StoryText<'s> {
    story: &'s Story,
    /// `None`: the story's own language, read as the scripts write it.
    catalog: Option<Catalog>,
}

impl<'s> StoryText<'s> {
    /// The story as its scripts write it.
    pub fn own(story: &'s Story) -> StoryText<'s> {
        StoryText {
            story,
            catalog: None,
        }
    }

    /// The story through the catalog of `locale` (a folder under its locales folder; the
    /// story's own locale too, whose files may word the interface). Problems in the files are
    /// warnings (`take_warnings`).
    pub fn in_locale(story: &'s Story, locale: &str) -> Result<StoryText<'s>, LocaleError> {
        let catalog = Catalog::for_story(story, locale)?;
        Ok(StoryText {
            story,
            catalog: Some(catalog),
        })
    }

    /// The locale shown.
    pub fn locale(&self) -> &str {
        self.catalog
            .as_ref()
            .map_or(self.story.default_locale(), Catalog::locale)
    }

    /// The catalog's warnings since the last call (none for the story's own language).
    pub fn take_warnings(&self) -> Vec<Warning> {
        self.catalog
            .as_ref()
            .map_or_else(Vec::new, Catalog::take_warnings)
    }

    /// A line's text.
    pub fn line(&self, state: &StoryState, line: &Line) -> String {
        self.catalog
            .as_ref()
            .map_or_else(|| line.text.clone(), |c| c.line(self.story, state, line))
    }

    /// A choice menu, prompt and options.
    pub fn choice(&self, state: &StoryState, menu: &ChoiceMenu) -> ChoiceMenu {
        self.catalog
            .as_ref()
            .map_or_else(|| menu.clone(), |c| c.choice(self.story, state, menu))
    }

    /// A character's name.
    pub fn character_name(&self, character: CharId) -> String {
        let own = || self.story.characters[character].name.clone();
        self.catalog
            .as_ref()
            .map_or_else(own, |c| c.character(self.story, character))
    }

    /// An ending's title.
    pub fn ending_title(&self, ending: EndingId) -> String {
        let own = || self.story.endings[ending].title.clone();
        self.catalog
            .as_ref()
            .map_or_else(own, |c| c.ending(self.story, ending))
    }

    /// An ending's description (story.toml).
    pub fn ending_description(&self, ending: EndingId) -> String {
        let own = || self.story.ending_description(ending).to_string();
        let id = super::ending_title_id(&self.story.endings[ending].id);
        self.catalog
            .as_ref()
            .and_then(|c| c.message(&format!("{id}-description"), None))
            .unwrap_or_else(own)
    }

    /// A music track's title, as the music room shows it (made from its name in story.toml,
    /// translated as `track-NAME`).
    pub fn track_title(&self, track: &str) -> String {
        let id = super::track_title_id(track);
        (self.catalog.as_ref())
            .and_then(|c| c.message(&id, None))
            .unwrap_or_else(|| super::track_title(track))
    }

    /// A scene's title (`None` when it has none).
    pub fn scene_title(&self, scene: SceneId) -> Option<String> {
        let own = || self.story.scene(scene).title.clone();
        self.catalog
            .as_ref()
            .map_or_else(own, |c| c.scene_title(self.story, scene))
    }

    /// Chapter `id`'s title (the ID itself if no script declares it, as for a save from an
    /// older version of the story).
    pub fn chapter_title(&self, id: &str) -> String {
        let Some(written) = self.story.chapter_title(id) else {
            return id.to_string();
        };
        self.catalog
            .as_ref()
            .map_or_else(|| written.to_string(), |c| c.chapter_title(id, written))
    }

    /// A message of the story's own `.ftl` files (`ending-title`, ...): `None` without a catalog
    /// or when neither locale has it, so the caller shows its own words.
    pub fn message(&self, id: &str, args: Option<&super::FluentArgs>) -> Option<String> {
        self.catalog.as_ref()?.message(id, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn fixture() -> Story {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/player");
        crate::load(&dir).story.expect("the fixture compiles")
    }

    #[test]
    fn the_stories_own_language_is_the_scripts_words() {
        let story = fixture();
        let text = StoryText::own(&story);
        let lena = story.characters.iter().position(|c| c.id == "lena");
        assert_eq!(text.locale(), "en-US");
        assert_eq!(text.character_name(lena.expect("declared")), "Lena");
        let done = story.ending_id("done").expect("declared");
        assert_eq!(text.ending_title(done), "Fixture Complete");
        assert_eq!(text.chapter_title("no-such-chapter"), "no-such-chapter");
        assert_eq!(text.message("ending-title", None), None);
        assert!(text.take_warnings().is_empty());
    }

    #[test]
    fn a_translation_names_things_in_its_language() {
        let story = fixture();
        let text = StoryText::in_locale(&story, "ja-JP").expect("the fixture has ja-JP");
        let lena = story.characters.iter().position(|c| c.id == "lena");
        assert_eq!(text.locale(), "ja-JP");
        assert_eq!(text.character_name(lena.expect("declared")), "レーナ");
        let done = story.ending_id("done").expect("declared");
        assert_eq!(text.ending_title(done), "フィクスチャ完了");
    }

    #[test]
    fn a_locale_that_is_not_a_language_tag_is_an_error() {
        let story = fixture();
        assert!(StoryText::in_locale(&story, "../etc").is_err());
    }
}
