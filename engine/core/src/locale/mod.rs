//! Translation with Fluent. A story's text is translated in `.ftl` files under the story's
//! `locales` folder (`locales/<locale>/story.ftl` for the story, `ui.ftl` for the interface):
//!
//! - `tag` gives every reader-visible line of the scripts a stable ID (`#id`),
//! - `extract` writes the source-language template from the scripts,
//! - `template` is every source message with its file, context, English and hash,
//! - `new`/`update` (`merge`, over `document`'s blocks) start a translation with every message
//!   marked untranslated and merge the story's changes into it, losing nothing,
//! - `status` compares each locale with the template (translated, missing, stale, obsolete),
//! - `po` exports a translation to gettext PO and imports it back, for translators' tools,
//! - `pseudo` makes a pseudo-locale to find layout problems before real translations exist,
//! - `catalog` loads a locale at run time and looks messages up with a fallback chain,
//! - `check` reports Fluent syntax errors and messages that use variables the story lacks, and
//!   `glyphs` the characters no bundled font can draw,
//! - `limits` bounds what a file may be (size, nesting) before Fluent parses it, and
//!   `expansion` finds the messages Fluent cannot format safely (cycles, runaway expansion),
//! - `choose` picks the locale to show from the one asked for or the system's,
//! - `text` is the story's text in the language shown, for every front end.
//!
//! Names map to Fluent identifiers by fixed rules (`message_id`, `variable_arg`) so that every
//! tool, and the catalog at run time, agree on them.

pub mod catalog;
pub mod check;
pub mod choose;
pub mod document;
pub mod expansion;
pub mod extract;
pub mod ftl;
pub mod glyphs;
pub mod limits;
pub mod merge;
pub mod po;
pub mod pseudo;
pub mod status;
pub mod tag;
pub mod template;
pub mod text;

pub use catalog::{Catalog, Warning};
pub use extract::{extract, Extracted};
/// Arguments for `Catalog::ui` and `Catalog::message`, so front ends need not depend on Fluent.
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use status::{status, LocaleStatus, Status};
pub use tag::{tag, Tagged};
pub use text::StoryText;

use std::path::{Path, PathBuf};

/// The file of the story's messages in each locale.
pub const STORY_FILE: &str = "story.ftl";
/// The file of the interface's messages in each locale.
pub const UI_FILE: &str = "ui.ftl";
/// The generated pseudo-locale.
pub const PSEUDO_LOCALE: &str = "pseudo";

/// What can go wrong in the translation tools, as values.
#[derive(Debug, thiserror::Error)]
pub enum LocaleError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file that is unreadable, too large, not a plain file or not UTF-8.
    #[error(transparent)]
    File(#[from] crate::files::FileError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is over {limit} bytes; translation files are not read past that")]
    TooLarge { path: PathBuf, limit: u64 },
    #[error("{path}:{line}:{column}: this is not UTF-8 text")]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    /// The file nests placeables deeper than `limits::MAX_NESTING`: it is not parsed at all.
    #[error(
        "{path}:{line}:{column}: placeables nested more than {} deep; the file is not read",
        limits::MAX_NESTING
    )]
    TooDeep {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("`{0}` is not a valid locale name (expected something like `en-US` or `ja-JP`)")]
    BadLocale(String),
    /// A locale folder, or a translation file, that is a link to somewhere outside the locales
    /// folder.
    #[error("{path} leads outside the story's locales folder")]
    OutsideLocales { path: PathBuf },
    #[error("the story has errors; run `spearhead check` for details")]
    StoryHasErrors,
    /// `locale new` for a locale that already has files (or is the source locale).
    #[error(
        "locale `{0}` already exists; use `spearhead locale update {0}` to bring it up to date"
    )]
    LocaleExists(String),
    #[error("`{0}` is the source locale: it is not translated")]
    SourceLocale(String),
    /// A locale that has no folder under `locales/`.
    #[error("there is no translation `{0}`; start one with `spearhead locale new {0}`")]
    NoSuchLocale(String),
    /// A PO file that does not parse.
    #[error("{path}:{line}: {message}")]
    Po {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// The Fluent message ID for a line ID or a story key.
///
/// Line IDs may use `[A-Za-z0-9_.-]`; Fluent identifiers are `[a-zA-Z][a-zA-Z0-9_-]*`. An ID that
/// is already a Fluent identifier is used as it is (every ID `tag` generates is); otherwise dots
/// become `-` and an ID that does not start with a letter gets the prefix `id-`.
pub fn message_id(key: &str) -> String {
    let mut id: String = key
        .chars()
        .map(|c| if c == '.' { '-' } else { c })
        .collect();
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id.insert_str(0, "id-");
    }
    id
}

/// The Fluent variable (`$name`) that carries a story variable: dots become `-`, so the stat
/// `bond.shin` is `$bond-shin`. Script names cannot hold `-`, so this never merges two names.
/// A name that starts with `_` gets the prefix `v`.
pub fn variable_arg(name: &str) -> String {
    let mut arg: String = name
        .chars()
        .map(|c| if c == '.' { '-' } else { c })
        .collect();
    if !arg.starts_with(|c: char| c.is_ascii_alphabetic()) {
        arg.insert(0, 'v');
    }
    arg
}

/// The message ID of a character's display name: `character-lena`.
pub fn character_id(character: &str) -> String {
    format!("character-{}", message_id(character))
}

/// The message ID of a scene's title: `scene-front-first_contact`.
pub fn scene_title_id(scene: &str) -> String {
    format!("scene-{}", message_id(scene))
}

/// The message ID of a chapter's title: `chapter-one`.
pub fn chapter_title_id(chapter: &str) -> String {
    format!("chapter-{}", message_id(chapter))
}

/// The message ID of an ending's title: `ending-good`.
pub fn ending_title_id(ending: &str) -> String {
    format!("ending-{}", message_id(ending))
}

/// The message ID of a music track's title, as the music room shows it: `track-night`.
pub fn track_title_id(track: &str) -> String {
    format!("track-{}", message_id(track))
}

/// A track's name as a title, the source text of its message: `republic_theme` is
/// "Republic Theme".
pub fn track_title(name: &str) -> String {
    name.split(['_', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A short, stable hash of a message's source text, kept with each translation
/// (`# source-hash: 1a2b3c4d`) so that `status` can tell when the source changed since.
pub fn source_hash(text: &str) -> String {
    let mut hash: u32 = 0x811c9dc5;
    for byte in text.bytes() {
        hash ^= byte as u32;
        hash = hash.wrapping_mul(0x01000193);
    }
    format!("{hash:08x}")
}

/// Locale folder names: a language tag such as `en-US`, or `pseudo`.
pub fn parse_locale(name: &str) -> Result<unic_langid::LanguageIdentifier, LocaleError> {
    if name == PSEUDO_LOCALE {
        // The pseudo-locale formats numbers and plurals like English.
        return Ok("en-XA".parse().expect("a valid language tag"));
    }
    name.parse()
        .map_err(|_| LocaleError::BadLocale(name.to_string()))
}

/// The folder of locale `name` under `locales_dir`; every path built from a locale name (the
/// manifest's `default_locale`, `--lang`, the reader's settings) comes from here. The name must
/// be a language tag (or `pseudo`), so it is one plain folder name and never `..` or a path; a
/// folder that exists must be inside `locales_dir`, not a link out of it.
pub fn locale_dir(locales_dir: &Path, name: &str) -> Result<PathBuf, LocaleError> {
    parse_locale(name)?;
    let dir = locales_dir.join(name);
    if let (Ok(real), Ok(root)) = (dir.canonicalize(), locales_dir.canonicalize()) {
        if !real.starts_with(root) {
            return Err(LocaleError::OutsideLocales { path: dir });
        }
    }
    Ok(dir)
}

/// `locales/<source>/story.ftl`: the template `extract` writes.
pub fn template_path(story: &crate::Story) -> Result<PathBuf, LocaleError> {
    Ok(locale_dir(&story.locales_dir(), &story.manifest.default_locale)?.join(STORY_FILE))
}

/// Writes a file atomically: a temporary file next to it, synced, then a rename over it and a
/// sync of the folder. A reader (or a crash half-way, or a power cut) sees the old file or the
/// new one, never half of one.
pub fn write_atomic(path: &std::path::Path, text: &str) -> Result<(), LocaleError> {
    let write_err = |source| LocaleError::Write {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(write_err)?;
        }
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    crate::files::write_synced(&tmp, text.as_bytes()).map_err(write_err)?;
    // A script keeps its permissions when it is replaced.
    if let Ok(metadata) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&tmp, metadata.permissions());
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        write_err(e)
    })?;
    // The rename is on disk only once the folder is synced.
    crate::files::sync_folder_of(path).map_err(write_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tracks_name_reads_as_a_title() {
        assert_eq!(track_title("republic_theme"), "Republic Theme");
        assert_eq!(track_title("night"), "Night");
        assert_eq!(track_title("a__b-c"), "A B C");
        assert_eq!(track_title_id("front.theme"), "track-front-theme");
    }

    #[test]
    fn ids_become_fluent_identifiers() {
        assert_eq!(message_id("ch1_lena_1"), "ch1_lena_1");
        assert_eq!(message_id("front.radio-3"), "front-radio-3");
        assert_eq!(message_id("1st"), "id-1st");
        assert_eq!(variable_arg("bond.shin"), "bond-shin");
        assert_eq!(variable_arg("_hidden"), "v_hidden");
        assert_eq!(
            scene_title_id("front.first_contact"),
            "scene-front-first_contact"
        );
    }

    #[test]
    fn hashes_are_stable() {
        assert_eq!(source_hash(""), "811c9dc5");
        assert_ne!(source_hash("a"), source_hash("b"));
    }
}
