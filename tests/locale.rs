//! Translation specification: `spearhead locale tag`, `extract`, `status`, `pseudo`, the run-time
//! catalog with its fallback chain, and what `spearhead check` says about `.ftl` files.
//!
//! The fixture is `tests/fixtures/locale/`: a small story (`story/`) with a source template
//! (`locales/en-US/`) and a French translation that is part done (`locales/fr-FR/`). Tests that
//! write files work on a copy in a temporary folder.

use spearhead_core::locale::catalog::{Fallback, Warning};
use spearhead_core::locale::{self, Catalog};
use spearhead_core::{DiagnosticKind, Event, Story, StoryState};
use std::path::{Path, PathBuf};
#[path = "common/folders.rs"]
mod folders;

use std::process::Command;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/locale")
}

/// A fresh copy of the fixture in a temporary folder.
fn fixture_copy(name: &str) -> PathBuf {
    folders::fixture_copy("locale", name)
}

fn load(story_dir: &Path) -> spearhead_core::Loaded {
    let loaded = spearhead_core::load(story_dir);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded
}

fn spearhead(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .args(args)
        .output()
        .expect("run spearhead")
}

/// Every line of a playthrough that takes the first option at each choice, as
/// (key, script text, text through the catalog).
fn playthrough(story: &Story, catalog: &Catalog) -> Vec<(String, String, String)> {
    let mut state = StoryState::new(story);
    let mut out = Vec::new();
    for _ in 0..100 {
        for event in story.advance(&mut state).expect("advance") {
            match event {
                Event::Line(line) => {
                    let translated = catalog.line(story, &state, &line);
                    out.push((line.key.to_string(), line.text.clone(), translated));
                }
                Event::Choice(menu) => {
                    let translated = catalog.choice(story, &state, &menu);
                    if let (Some(p), Some(t)) = (&menu.prompt, &translated.prompt) {
                        out.push((menu.key.to_string(), p.clone(), t.clone()));
                    }
                    for (o, t) in menu.options.iter().zip(&translated.options) {
                        assert_eq!(o.enabled, t.enabled);
                        out.push((o.key.to_string(), o.text.clone(), t.text.clone()));
                    }
                    story.choose(&mut state, 0).expect("choose");
                }
                Event::End { .. } => return out,
                _ => {}
            }
        }
    }
    panic!("the fixture story does not end");
}

// ---------------------------------------------------------------------------------------------
// tag
// ---------------------------------------------------------------------------------------------

const UNTAGGED: &str = concat!(
    "// Comments, blank lines, odd spacing and tabs stay exactly as they are.\r\n",
    "scene base.arrival \"Arrival\"\r\n",
    "    > The hangar smelled of oil.   \r\n",
    "\r\n",
    "    lena:   Can you hear me?\t\r\n",
    "    shin: Yes.  #base_arrival_2\r\n",
    "    choice: What now?\r\n",
    "        option: Ask their names\r\n",
    "            > She asks. Morale {morale}, braces {{x}}.\r\n",
    "        option requires morale > 5: Promise a party  #party\r\n",
    "    // a comment with #base_arrival_3 in it: that ID counts as taken\r\n",
    "    > A line ending in a literal \\#hash\r\n",
    "    jump base.night\r\n",
    "\r\n",
    "scene base.night\r\n",
    "\t> Night fell.\r\n",
    "\tend quiet\r\n",
);

/// The tagged text with every inserted `  #id` removed.
fn without_new_tags(tagged: &str, ids: &[String]) -> String {
    let mut text = tagged.to_string();
    for id in ids {
        text = text.replacen(&format!("  #{id}"), "", 1);
    }
    text
}

#[test]
fn tag_gives_every_untagged_line_a_stable_id_and_changes_nothing_else() {
    let dir = fixture_copy("tag");
    let script = dir.join("story/base.vn");
    std::fs::write(&script, UNTAGGED).unwrap();

    let tagged = locale::tag(&dir.join("story")).expect("tag");
    assert!(tagged.diagnostics.is_empty(), "{:?}", tagged.diagnostics);
    assert_eq!(tagged.added(), 7);
    let text = std::fs::read_to_string(&script).unwrap();

    // IDs are the scene's name and a counter, skipping every ID already in the files
    // (`base_arrival_2` on a line, `base_arrival_3` in a comment).
    let new_ids: Vec<String> = [
        "base_arrival_1",
        "base_arrival_4",
        "base_arrival_5",
        "base_arrival_6",
        "base_arrival_7",
        "base_arrival_8",
        "base_night_1",
    ]
    .map(String::from)
    .to_vec();
    for line in [
        "    > The hangar smelled of oil.  #base_arrival_1   \r\n",
        "    lena:   Can you hear me?  #base_arrival_4\t\r\n",
        "    choice: What now?  #base_arrival_5\r\n",
        "        option: Ask their names  #base_arrival_6\r\n",
        "            > She asks. Morale {morale}, braces {{x}}.  #base_arrival_7\r\n",
        "    > A line ending in a literal \\#hash  #base_arrival_8\r\n",
        "\t> Night fell.  #base_night_1\r\n",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    // Byte for byte, the only change is the inserted tags.
    assert_eq!(without_new_tags(&text, &new_ids), UNTAGGED);

    // The tagged story still loads, and says exactly what it said.
    let loaded = load(&dir.join("story"));
    let story = loaded.story.as_ref().unwrap();
    let catalog = Catalog::load(&dir.join("none"), "en-US", "en-US").unwrap();
    let lines: Vec<String> = playthrough(story, &catalog)
        .into_iter()
        .map(|(_, text, _)| text)
        .collect();
    assert_eq!(lines[0], "The hangar smelled of oil.");
    assert!(
        lines.contains(&"A line ending in a literal #hash".to_string()),
        "{lines:?}"
    );

    // Idempotent: a second run adds nothing and writes nothing.
    let again = locale::tag(&dir.join("story")).expect("tag again");
    assert_eq!(again.added(), 0);
    assert!(again.changed.is_empty());
    assert_eq!(std::fs::read_to_string(&script).unwrap(), text);
}

#[test]
fn ids_never_change_once_given_even_when_the_text_is_edited() {
    let dir = fixture_copy("tag-stable");
    let script = dir.join("story/base.vn");
    std::fs::write(&script, UNTAGGED).unwrap();
    locale::tag(&dir.join("story")).expect("tag");
    let first = std::fs::read_to_string(&script).unwrap();

    // The writer edits a tagged line and adds a new line above it.
    let edited = first.replace(
        "    lena:   Can you hear me?  #base_arrival_4",
        "    > A new line.\r\n    lena: Undertaker, can you hear me?  #base_arrival_4",
    );
    std::fs::write(&script, &edited).unwrap();
    let tagged = locale::tag(&dir.join("story")).expect("tag");
    assert_eq!(tagged.added(), 1);
    let text = std::fs::read_to_string(&script).unwrap();
    assert!(
        text.contains("    > A new line.  #base_arrival_9\r\n"),
        "{text}"
    );
    assert!(
        text.contains("lena: Undertaker, can you hear me?  #base_arrival_4\t\r\n"),
        "{text}"
    );
    assert_eq!(without_new_tags(&text, &["base_arrival_9".into()]), edited);
}

#[test]
fn tag_leaves_a_file_with_syntax_errors_alone_and_says_why() {
    let dir = fixture_copy("tag-broken");
    let broken = "scene base.arrival\n    > Fine line.\n    lena (: broken\n";
    std::fs::write(dir.join("story/base.vn"), broken).unwrap();
    let good = "scene other.place\n    > Another line.\n";
    std::fs::write(dir.join("story/other.vn"), good).unwrap();

    let tagged = locale::tag(&dir.join("story")).expect("tag");
    assert!(tagged.has_errors());
    let not_tagged: Vec<&str> = tagged
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::NotTagged)
        .map(|d| d.message.as_str())
        .collect();
    assert!(
        not_tagged.len() == 1 && not_tagged[0].contains("base.vn"),
        "{:?}",
        tagged.diagnostics
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("story/base.vn")).unwrap(),
        broken
    );
    // Other files are still tagged.
    assert_eq!(
        std::fs::read_to_string(dir.join("story/other.vn")).unwrap(),
        "scene other.place\n    > Another line.  #other_place_1\n"
    );
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("story"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn the_tag_command_reports_what_it_did() {
    let dir = fixture_copy("tag-cli");
    std::fs::write(dir.join("story/base.vn"), UNTAGGED).unwrap();
    let story = dir.join("story");
    let out = spearhead(&["locale", "tag", story.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("7 ID(s) added in 1 file(s)"));
    let out = spearhead(&["locale", "tag", story.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 ID(s) added in 0 file(s)"));
}

// ---------------------------------------------------------------------------------------------
// extract
// ---------------------------------------------------------------------------------------------

#[test]
fn the_fixture_template_is_current_with_its_script() {
    let loaded = load(&fixture().join("story"));
    let extracted = locale::extract(&loaded).expect("extract");
    let on_disk = std::fs::read_to_string(fixture().join("locales/en-US/story.ftl")).unwrap();
    assert_eq!(
        extracted.ftl, on_disk,
        "run `spearhead locale extract tests/fixtures/locale/story`"
    );
    assert_eq!(extracted.untagged, 0);
}

/// The bundled story's source template, once extracted, must be kept current: a writer who
/// edits the script must run `spearhead locale extract story` too.
#[test]
fn the_bundled_template_is_current_with_the_story() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let template = root.join("locales/en-US/story.ftl");
    if !template.exists() || !root.join("story/story.toml").exists() {
        return;
    }
    let loaded = load(&root.join("story"));
    let extracted = locale::extract(&loaded).expect("extract");
    assert!(
        extracted.ftl == std::fs::read_to_string(&template).unwrap(),
        "locales/en-US/story.ftl is out of date with the story: run `spearhead locale extract story`"
    );
}

#[test]
fn extract_writes_one_message_per_id_with_its_context() {
    let loaded = load(&fixture().join("story"));
    let extracted = locale::extract(&loaded).unwrap();
    let ftl = &extracted.ftl;
    // Context and hash above each message; variables as Fluent variables; braces escaped.
    assert!(ftl.contains(
        "# base.vn:9 · base.arrival · shin\n# source-hash: e2ddf23b\nshin_morale = Loud and clear. Morale is { $morale }.\n"
    ));
    assert!(ftl.contains("shin_bond = Nobody asks that. Bond { $bond-shin }.\n"));
    assert!(ftl.contains("braces = Braces: {\"{\"}like this{\"}\"}.\n"));
    // Names and titles are messages too.
    for line in [
        "character-lena = Lena\n",
        "chapter-one = The Handler\n",
        "scene-base-arrival = Arrival\n",
        "ending-quiet = A Quiet Night\n",
        "ending-quiet-description = Nobody sleeps, but nobody dies.\n",
    ] {
        assert!(ftl.contains(line), "missing {line:?}");
    }
    assert_eq!(extracted.messages.len(), 17);
}

#[test]
fn extract_round_trips_every_line_through_fluent() {
    // The template, loaded as the source locale, gives back exactly the script's text, with the
    // variables filled in, for every line, prompt and option of a playthrough.
    let loaded = load(&fixture().join("story"));
    let story = loaded.story.as_ref().unwrap();
    let dir = fixture_copy("roundtrip");
    let locales = dir.join("only-template");
    std::fs::create_dir_all(locales.join("en-US")).unwrap();
    std::fs::write(
        locales.join("en-US/story.ftl"),
        locale::extract(&loaded).unwrap().ftl,
    )
    .unwrap();
    let catalog = Catalog::load(&locales, "en-US", "en-US").unwrap();
    let lines = playthrough(story, &catalog);
    assert!(lines.len() >= 8);
    for (key, script, through_fluent) in &lines {
        assert_eq!(script, through_fluent, "line {key}");
    }
    assert!(lines
        .iter()
        .any(|(_, s, _)| s == "Nobody asks that. Bond 2."));
    assert!(lines.iter().any(|(_, s, _)| s == "Braces: {like this}."));
    assert_eq!(catalog.take_warnings(), []);
    assert_eq!(catalog.character(story, 0), "Lena");
    assert_eq!(catalog.ending(story, 0), "A Quiet Night");
}

#[test]
fn ids_that_are_not_fluent_identifiers_are_mapped_the_same_way_by_extract_and_the_catalog() {
    let fixture_story = fixture().join("story");
    let manifest = std::fs::read_to_string(fixture_story.join("story.toml")).unwrap();
    let script = "scene base.arrival\n    > Dotted.  #front.radio.1\n    > Digit first.  #1st_line\n    end quiet\n";
    let loaded = spearhead_core::load_str(&fixture_story, &manifest, &[("base.vn", script)]);
    let story = loaded.story.as_ref().expect("story");
    let extracted = locale::extract(&loaded).unwrap();
    assert!(extracted.ftl.contains("\nfront-radio-1 = Dotted.\n"));
    assert!(extracted.ftl.contains("\nid-1st_line = Digit first.\n"));

    let dir = fixture_copy("dotted");
    std::fs::write(
        dir.join("locales/fr-FR/story.ftl"),
        "front-radio-1 = Pointé.\nid-1st_line = Chiffre d'abord.\n",
    )
    .unwrap();
    let catalog = Catalog::load(&dir.join("locales"), "fr-FR", "en-US").unwrap();
    let lines = playthrough(story, &catalog);
    assert_eq!(lines[0].2, "Pointé.");
    assert_eq!(lines[1].2, "Chiffre d'abord.");
}

#[test]
fn extract_skips_and_reports_untagged_lines() {
    let dir = fixture_copy("extract-untagged");
    std::fs::write(
        dir.join("story/base.vn"),
        UNTAGGED.replace("end quiet", "end quiet\n"),
    )
    .unwrap();
    let loaded = load(&dir.join("story"));
    let extracted = locale::extract(&loaded).unwrap();
    assert_eq!(extracted.untagged, 7);
    assert!(extracted
        .diagnostics
        .iter()
        .all(|d| !d.is_error() && d.hint.as_deref() == Some("run `spearhead locale tag` first")));
    assert!(extracted.ftl.contains("base_arrival_2 = Yes.\n"));
    assert!(extracted.ftl.contains("party = Promise a party\n"));

    let story = dir.join("story");
    let out = spearhead(&["locale", "extract", story.to_str().unwrap()]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("7 line(s) have no ID and were skipped"),
        "{stderr}"
    );
    assert!(dir.join("locales/en-US/story.ftl").exists());
}

// ---------------------------------------------------------------------------------------------
// status
// ---------------------------------------------------------------------------------------------

#[test]
fn status_counts_translated_missing_stale_and_obsolete_exactly() {
    let loaded = load(&fixture().join("story"));
    let status = locale::status(&loaded).unwrap();
    assert_eq!(status.source_locale, "en-US");
    assert_eq!(
        status.template, 20,
        "17 story messages and 3 interface messages"
    );
    assert!(status.template_current);
    assert_eq!(status.locales.len(), 1);
    let fr = &status.locales[0];
    assert_eq!(fr.locale, "fr-FR");
    // In template order: story messages as in the script, then the interface's.
    assert_eq!(
        fr.translated,
        [
            "character-lena",
            "ending-quiet",
            "hangar_smell",
            "shin_morale",
            "menu-start"
        ]
    );
    // A wrong hash, no hash at all, a hash of an older interface text.
    assert_eq!(fr.stale, ["lena_radio_1", "shin_bond", "saves-count"]);
    assert_eq!(fr.obsolete, ["old_line", "removed_choice"]);
    assert_eq!(fr.missing.len(), 12);
    assert!(fr.missing.contains(&"menu-load".to_string()));
    assert!(fr.missing.contains(&"character-shin".to_string()));
    assert!(!fr.is_complete());
}

#[test]
fn status_sees_a_source_edit_as_stale_and_never_deletes_a_translation() {
    let dir = fixture_copy("status-edit");
    let script = dir.join("story/base.vn");
    let text = std::fs::read_to_string(&script).unwrap();
    std::fs::write(
        &script,
        text.replace("oil and cold coffee", "oil and burnt coffee"),
    )
    .unwrap();
    let translation = std::fs::read_to_string(dir.join("locales/fr-FR/story.ftl")).unwrap();

    let status = locale::status(&load(&dir.join("story"))).unwrap();
    assert!(
        !status.template_current,
        "the template on disk is now out of date"
    );
    let fr = &status.locales[0];
    assert!(fr.stale.contains(&"hangar_smell".to_string()));
    assert_eq!(fr.translated.len(), 4);
    assert_eq!(
        std::fs::read_to_string(dir.join("locales/fr-FR/story.ftl")).unwrap(),
        translation
    );
}

#[test]
fn status_strict_fails_when_anything_is_missing_or_stale() {
    let story = fixture().join("story");
    let out = spearhead(&["locale", "status", story.to_str().unwrap()]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("fr-FR: 5 translated, 12 untranslated, 3 stale, 2 obsolete"),
        "{stdout}"
    );
    let strict = spearhead(&["locale", "status", story.to_str().unwrap(), "--strict"]);
    assert_eq!(strict.status.code(), Some(1));

    // A locale with every message translated passes.
    let dir = fixture_copy("status-strict");
    std::fs::remove_dir_all(dir.join("locales/fr-FR")).unwrap();
    let story = dir.join("story");
    assert!(spearhead(&["locale", "pseudo", story.to_str().unwrap()])
        .status
        .success());
    let strict = spearhead(&["locale", "status", story.to_str().unwrap(), "--strict"]);
    let stdout = String::from_utf8_lossy(&strict.stdout);
    assert!(strict.status.success(), "{stdout}");
    assert!(
        stdout.contains("pseudo: 20 translated, 0 untranslated, 0 stale, 0 obsolete"),
        "{stdout}"
    );
}

// ---------------------------------------------------------------------------------------------
// the catalog at run time
// ---------------------------------------------------------------------------------------------

#[test]
fn a_translated_line_uses_the_story_variables_with_plurals() {
    let fixture_story = fixture().join("story");
    let manifest = std::fs::read_to_string(fixture_story.join("story.toml")).unwrap();
    let script = "scene base.arrival\n    morale -= 2\n    shin: Loud and clear. Morale is {morale}.  #shin_morale\n    end quiet\n";
    let loaded = spearhead_core::load_str(&fixture_story, &manifest, &[("base.vn", script)]);
    let story = loaded.story.as_ref().expect("story");
    let catalog = Catalog::for_story(story, "fr-FR").unwrap();
    let lines = playthrough(story, &catalog);
    assert_eq!(lines[0].2, "Cinq sur cinq. Le moral est à un point.");

    let loaded = load(&fixture_story);
    let story = loaded.story.as_ref().unwrap();
    let lines = playthrough(story, &catalog);
    let morale = lines.iter().find(|(k, _, _)| k == "shin_morale").unwrap();
    assert_eq!(morale.2, "Cinq sur cinq. Le moral est à 3 points.");
}

#[test]
fn chapter_titles_come_from_the_script_and_translate() {
    let loaded = load(&fixture().join("story"));
    let story = loaded.story.as_ref().unwrap();
    assert_eq!(story.chapter_title("one"), Some("The Handler"));
    assert_eq!(story.chapter_title("two"), None);
    let dir = fixture_copy("chapter");
    std::fs::create_dir_all(dir.join("locales/de-DE")).unwrap();
    std::fs::write(
        dir.join("locales/de-DE/story.ftl"),
        "chapter-one = Die Einsatzleiterin\n",
    )
    .unwrap();
    let catalog = Catalog::load(&dir.join("locales"), "de-DE", "en-US").unwrap();
    assert_eq!(
        catalog.chapter_title("one", "The Handler"),
        "Die Einsatzleiterin"
    );
    // Untranslated, it is the script's title (with a warning, as for any missing message).
    let fr = Catalog::for_story(story, "fr-FR").unwrap();
    assert_eq!(fr.chapter_title("one", "The Handler"), "The Handler");
}

#[test]
fn a_missing_message_falls_back_to_the_source_locale_with_a_warning() {
    let loaded = load(&fixture().join("story"));
    let story = loaded.story.as_ref().unwrap();
    let catalog = Catalog::for_story(story, "fr-FR").unwrap();
    assert_eq!(catalog.take_warnings(), []);
    let lines = playthrough(story, &catalog);
    let get = |key: &str| {
        lines
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, _, t)| t.clone())
            .unwrap()
    };
    assert_eq!(
        get("hangar_smell"),
        "Le hangar sentait l'huile et le café froid."
    );
    assert_eq!(get("night_falls"), "Night fell over the base.");
    assert_eq!(catalog.character(story, 1), "Shin");
    assert_eq!(catalog.ui("menu-load", None), "Load");
    let warnings = catalog.take_warnings();
    for id in ["night_falls", "character-shin", "menu-load"] {
        assert!(
            warnings.contains(&Warning::Missing {
                locale: "fr-FR".into(),
                id: id.into(),
                used: Fallback::SourceLocale
            }),
            "{id}: {warnings:?}"
        );
    }
    // Each fallback is reported once, not on every lookup.
    catalog.ui("menu-load", None);
    assert_eq!(catalog.take_warnings(), []);
}

#[test]
fn with_no_message_anywhere_the_script_text_is_shown_never_an_empty_string() {
    let loaded = load(&fixture().join("story"));
    let story = loaded.story.as_ref().unwrap();
    // A locale folder that does not exist, and no source template either.
    let catalog = Catalog::load(&fixture().join("nowhere"), "de-DE", "en-US").unwrap();
    let lines = playthrough(story, &catalog);
    for (key, script, shown) in &lines {
        assert_eq!(script, shown, "{key}");
    }
    assert_eq!(catalog.character(story, 0), "Lena");
    assert_eq!(catalog.ui("menu-start", None), "menu-start");
    let warnings = catalog.take_warnings();
    assert!(matches!(&warnings[0], Warning::NoLocale { locale, .. } if locale == "en-US"));
    assert!(warnings.contains(&Warning::Missing {
        locale: "de-DE".into(),
        id: "hangar_smell".into(),
        used: Fallback::ScriptText
    }));
    assert!(warnings.iter().all(|w| !w.to_string().is_empty()));
}

#[test]
fn a_broken_translation_file_is_a_warning_and_its_good_messages_still_work() {
    let dir = fixture_copy("catalog-broken");
    std::fs::write(
        dir.join("locales/fr-FR/story.ftl"),
        "hangar_smell = Le hangar.\nbad = { $morale\nnight_falls = La nuit tombe.\n",
    )
    .unwrap();
    let catalog = Catalog::load(&dir.join("locales"), "fr-FR", "en-US").unwrap();
    let warnings = catalog.take_warnings();
    assert!(
        matches!(
            &warnings[0],
            Warning::Syntax {
                line: 3,
                column: 1,
                ..
            }
        ),
        "{warnings:?}"
    );
    assert_eq!(
        catalog.message("hangar_smell", None).as_deref(),
        Some("Le hangar.")
    );
    assert_eq!(
        catalog.message("night_falls", None).as_deref(),
        Some("La nuit tombe.")
    );
}

#[test]
fn a_malformed_locale_name_is_an_error_value() {
    let err = Catalog::load(&fixture().join("locales"), "not a locale!", "en-US").unwrap_err();
    assert!(matches!(err, locale::LocaleError::BadLocale(_)));
}

#[test]
fn read_with_lang_reads_the_translation_and_warns_on_stderr() {
    let story = fixture().join("story");
    let out = spearhead(&[
        "read",
        story.to_str().unwrap(),
        "--lang",
        "fr-FR",
        "--choose",
        "1",
    ]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.starts_with(
            "Le hangar sentait l'huile et le café froid.\nLéna: Vous m'entendez, Fossoyeur ?\n"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("Shin: Cinq sur cinq. Le moral est à 3 points.\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Ending: Une nuit calme [quiet]"),
        "{stdout}"
    );
    assert!(
        stderr.contains(
            "warning: message `night_falls` is missing in fr-FR; showing the source locale's text"
        ),
        "{stderr}"
    );
}

#[test]
fn read_finds_the_closest_language_and_falls_back_to_the_source_locale() {
    let story = fixture().join("story");
    let read = |lang: &str| {
        let out = spearhead(&[
            "read",
            story.to_str().unwrap(),
            "--lang",
            lang,
            "--choose",
            "1",
        ]);
        assert!(out.status.success());
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (stdout, stderr) = read("fr");
    assert!(stdout.starts_with("Le hangar sentait"), "{stdout}");
    assert!(
        stderr.starts_with("note: `--lang fr` shows fr-FR\n"),
        "{stderr}"
    );
    let (stdout, stderr) = read("de-DE");
    assert!(
        stdout.starts_with("The hangar smelled of oil and cold coffee.\n"),
        "{stdout}"
    );
    assert!(
        stderr.starts_with("warning: no translation for `de-DE`; showing en-US\n"),
        "{stderr}"
    );
}

#[test]
fn the_locale_to_show_is_negotiated_from_what_the_story_has() {
    use locale::choose::{available, negotiate};
    let locales = available(&fixture().join("locales"), "en-US").unwrap();
    assert_eq!(locales, ["en-US", "fr-FR"]);
    assert_eq!(negotiate("fr-CA", &locales, "en-US"), "fr-FR");
    assert_eq!(negotiate("ja-JP", &locales, "en-US"), "en-US");
}

// ---------------------------------------------------------------------------------------------
// pseudo
// ---------------------------------------------------------------------------------------------

#[test]
fn pseudo_is_accented_longer_bracketed_and_keeps_placeables() {
    let dir = fixture_copy("pseudo");
    let written = locale::pseudo::pseudo(&dir.join("locales"), "en-US").unwrap();
    assert_eq!(written.len(), 2);
    let story = std::fs::read_to_string(dir.join("locales/pseudo/story.ftl")).unwrap();
    assert!(
        story.contains("shin_morale = [Ļööüüď ááñď çļééááŕ. Mööŕááļéé ííš { $morale }.~"),
        "{story}"
    );
    assert!(
        story.contains("braces = [Bŕááçééš: { \"{\" }ļííķéé ţĥííš{ \"}\" }.~"),
        "{story}"
    );

    let loaded = load(&dir.join("story"));
    let story_data = loaded.story.as_ref().unwrap();
    let catalog = Catalog::for_story(story_data, "pseudo").unwrap();
    for (key, script, shown) in playthrough(story_data, &catalog) {
        assert!(
            shown.starts_with('[') && shown.ends_with(']'),
            "{key}: {shown}"
        );
        let (a, b) = (
            script.chars().count() as f64,
            shown.chars().count() as f64 - 2.0,
        );
        assert!(
            b >= a * 1.4,
            "{key}: {shown:?} is not 40% longer than {script:?}"
        );
        assert!(!shown.is_ascii(), "{key}: {shown}");
    }
    assert_eq!(catalog.take_warnings(), []);
    let ui = catalog.ui("saves-count", Some(&[("count", 3)].into_iter().collect()));
    assert_eq!(ui, "[3 šáávééš~~]");
}

// ---------------------------------------------------------------------------------------------
// spearhead check
// ---------------------------------------------------------------------------------------------

#[test]
fn check_reports_fluent_syntax_errors_with_file_line_and_column() {
    let dir = fixture_copy("check-syntax");
    std::fs::write(
        dir.join("locales/fr-FR/broken.ftl"),
        "ok = Bien.\nbad = { $morale\nalso-ok = Oui.\n\nworse = {\n",
    )
    .unwrap();
    let mut loaded = load(&dir.join("story"));
    let story = loaded.story.take().unwrap();
    let diagnostics = locale::check::check(&story, &mut loaded.sources);
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::FluentSyntax)
        .collect();
    assert_eq!(errors.len(), 2, "{diagnostics:?}");
    let place = |d: &spearhead_core::Diagnostic| {
        let span = d.span.unwrap();
        let file = loaded.sources.get(span.file);
        let (line, col) = loaded.sources.line_col(span.file, span.start);
        (
            file.path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned(),
            line,
            col,
        )
    };
    assert_eq!(place(errors[0]), ("broken.ftl".to_string(), 3, 1));
    assert_eq!(place(errors[1]), ("broken.ftl".to_string(), 6, 1));

    let story_dir = dir.join("story");
    let out = spearhead(&["check", story_dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error: Fluent syntax error: Expected a token starting with \"}\""),
        "{stderr}"
    );
    assert!(stderr.contains("fr-FR/broken.ftl:3:1"), "{stderr}");
}

#[test]
fn check_reports_messages_that_use_variables_the_story_does_not_have() {
    let dir = fixture_copy("check-vars");
    std::fs::write(
        dir.join("locales/fr-FR/extra.ftl"),
        "fine = Moral { $morale }, lien { $bond-shin }, { $asked_names }\ntypo = Moral { $moral }\n",
    )
    .unwrap();
    let mut loaded = load(&dir.join("story"));
    let story = loaded.story.take().unwrap();
    let diagnostics = locale::check::check(&story, &mut loaded.sources);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].kind, DiagnosticKind::UnknownMessageVariable);
    assert!(diagnostics[0].message.contains("`typo`"));
    assert_eq!(
        diagnostics[0].hint.as_deref(),
        Some("did you mean `$morale`?")
    );
    let span = diagnostics[0].span.unwrap();
    assert_eq!(loaded.sources.line_col(span.file, span.start), (2, 1));
}

#[test]
fn check_reports_terms_the_locale_does_not_define() {
    let dir = fixture_copy("check-terms");
    std::fs::write(
        dir.join("locales/fr-FR/extra.ftl"),
        "-squad = Fer de lance\nfine = Le { -squad }\ntypo = Le { -squads }\nnone = La { -legion }\n",
    )
    .unwrap();
    let out = spearhead(&["check", dir.join("story").to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("message `typo` uses the term `-squads`, which no file of fr-FR defines"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `-squad`?"), "{stderr}");
    assert!(
        stderr.contains("message `none` uses the term `-legion`"),
        "{stderr}"
    );
    assert!(!stderr.contains("message `fine`"), "{stderr}");
}

#[test]
fn check_reports_a_message_defined_twice_rather_than_letting_the_first_win_silently() {
    let dir = fixture_copy("check-duplicate");
    std::fs::write(
        dir.join("locales/fr-FR/extra.ftl"),
        "twice = Premier\nother = Autre\ntwice = Second\nmenu-start = Encore\n",
    )
    .unwrap();
    let mut loaded = load(&dir.join("story"));
    let story = loaded.story.take().unwrap();
    let diagnostics = locale::check::check(&story, &mut loaded.sources);
    let twice: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.message.ends_with("is defined twice"))
        .collect();
    assert_eq!(twice.len(), 2, "{diagnostics:?}");
    assert_eq!(twice[0].message, "message `twice` is defined twice");
    let span = twice[0].span.unwrap();
    assert_eq!(loaded.sources.line_col(span.file, span.start), (3, 1));
    assert!(twice[0].hint.as_deref().unwrap().contains("extra.ftl:1:1"));
    // Across files too: fr-FR/ui.ftl has `menu-start` already.
    assert_eq!(twice[1].message, "message `menu-start` is defined twice");
}

#[test]
fn check_reports_interface_translations_that_use_variables_the_player_does_not_pass() {
    let dir = fixture_copy("check-ui-vars");
    std::fs::write(
        dir.join("locales/fr-FR/ui.ftl"),
        "menu-start = Commencer { $slot }\nsaves-count = { $count } sauvegardes\n",
    )
    .unwrap();
    let mut loaded = load(&dir.join("story"));
    let story = loaded.story.take().unwrap();
    let diagnostics = locale::check::check(&story, &mut loaded.sources);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(
        diagnostics[0].kind,
        DiagnosticKind::UnknownInterfaceVariable
    );
    assert!(diagnostics[0].message.contains("`menu-start` uses `$slot`"));
    assert_eq!(
        diagnostics[0].hint.as_deref(),
        Some("the source message has no variables")
    );
}

#[test]
fn check_is_clean_on_the_fixture_and_warns_when_the_template_is_out_of_date() {
    let story = fixture().join("story");
    let out = spearhead(&["check", story.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 warning(s)"));

    let dir = fixture_copy("check-template");
    let script = dir.join("story/base.vn");
    let text = std::fs::read_to_string(&script).unwrap();
    std::fs::write(
        &script,
        text.replace("Thank you.", "Thank you, all of you."),
    )
    .unwrap();
    let story = dir.join("story");
    let out = spearhead(&["check", story.to_str().unwrap()]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("story.ftl is out of date with the scripts"),
        "{stderr}"
    );
}

// ---------------------------------------------------------------------------------------------
// The shipped interface strings
// ---------------------------------------------------------------------------------------------

#[test]
fn the_japanese_interface_translation_is_complete_and_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let en = locale::ftl::parse(&std::fs::read_to_string(root.join("en-US/ui.ftl")).unwrap());
    let ja = locale::ftl::parse(&std::fs::read_to_string(root.join("ja-JP/ui.ftl")).unwrap());
    assert!(
        en.errors.is_empty() && ja.errors.is_empty(),
        "{:?} {:?}",
        en.errors,
        ja.errors
    );
    assert!(en.messages.len() >= 80);
    let en_ids: Vec<&str> = en.messages.iter().map(|m| m.id.as_str()).collect();
    let ja_ids: Vec<&str> = ja.messages.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(en_ids, ja_ids, "the same messages, in the same order");
    for (e, j) in en.messages.iter().zip(&ja.messages) {
        assert_eq!(
            j.recorded_hash.as_deref(),
            Some(e.hash.as_str()),
            "`{}` is stale",
            j.id
        );
        assert_eq!(e.variables, j.variables, "`{}` uses other variables", e.id);
    }
    let japanese = |s: &str| {
        s.chars().any(|c| {
            ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
        })
    };
    let untranslated: Vec<&str> = ja
        .messages
        .iter()
        .filter(|m| !japanese(&m.source))
        .map(|m| m.id.as_str())
        .collect();
    // Names and symbols that stay as they are in Japanese.
    assert_eq!(
        untranslated,
        [
            "save-slot-date",
            "settings-percent",
            "language-en-US",
            "language-fr-FR",
            "confirm-ok",
            "ending-locked"
        ]
    );

    // Through the catalog, with the interface's arguments.
    let catalog = Catalog::load(&root, "ja-JP", "en-US").unwrap();
    let args = [("slot", 3)].into_iter().collect();
    assert_eq!(
        catalog.ui("confirm-overwrite", Some(&args)),
        "スロット 3 のセーブデータを上書きしますか？"
    );
    assert_eq!(catalog.ui("title-new-game", None), "はじめから");
    assert!(catalog
        .take_warnings()
        .iter()
        .all(|w| !matches!(w, Warning::Missing { .. } | Warning::Syntax { .. })));
}

// ---------------------------------------------------------------------------------------------
// The shipped story translation
// ---------------------------------------------------------------------------------------------

/// Kana or kanji: the mark of a line that was translated rather than left in English.
fn has_japanese(s: &str) -> bool {
    s.chars()
        .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn the_japanese_story_translation_is_complete_and_current() {
    let story_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("story");
    let status = locale::status(&load(&story_dir)).expect("the locales folder reads");
    assert!(
        status.template_current,
        "run `spearhead locale extract story`"
    );
    let ja = status
        .locales
        .iter()
        .find(|l| l.locale == "ja-JP")
        .expect("the story ships a ja-JP translation");
    // A writer who changes or adds a line makes it stale or missing here: translate it (the
    // English still shows meanwhile), see `spearhead locale status story`.
    assert_eq!(
        (ja.missing.as_slice(), ja.stale.as_slice(), ja.syntax_errors),
        (&[][..], &[][..], 0),
        "ja-JP story.ftl is behind the scripts"
    );
    assert_eq!(ja.translated.len(), status.template);
}

/// The six routes of tests/story_routes.rs, one to each ending, as `read --choose` lists.
const STORY_ROUTES: [(&str, &str); 6] = [
    (
        "past_the_walls",
        "1,1,1,1,1,1,1,1,1,1,1,1,3,2,1,1,3,1,2,1,1,3,2,2,1,2,3,1,2,1",
    ),
    (
        "voice_inside",
        "2,1,1,3,1,2,3,1,2,2,1,1,2,3,2,3,1,2,2,3,2,2,2,1,2,3,1,1,1",
    ),
    (
        "twelve_names",
        "3,1,3,1,2,3,2,3,2,1,3,2,1,1,1,3,2,1,2,2,2,2,3,1,2,3,1,1,1",
    ),
    (
        "static",
        "3,3,2,2,3,2,1,2,2,2,2,1,3,3,3,2,1,3,2,2,2,2,1,2,2,2,1,1,1",
    ),
    (
        "out_of_uniform",
        "1,1,1,1,1,1,1,1,1,1,1,1,3,2,1,1,3,2,1,1,3,1,1,1,1,1,3,1,1",
    ),
    (
        "warm_snow",
        "2,1,1,3,1,2,3,1,2,2,1,1,2,2,1,3,1,2,2,3,3,2,3,3,1,1,3,1,3,1",
    ),
];

#[test]
fn the_story_reads_in_japanese_from_the_first_line_to_every_ending() {
    // Each route meets greyed-out options too; between them they read every ending.
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join("story");
    for (ending, picks) in STORY_ROUTES {
        let out = spearhead(&[
            "read",
            story.to_str().unwrap(),
            "--lang",
            "ja-JP",
            "--choose",
            picks,
        ]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert_eq!(stderr, "", "no fallback warnings on the way to {ending}");
        let lines: Vec<&str> = stdout.lines().collect();
        assert!(lines.len() > 1000, "{} lines to {ending}", lines.len());
        assert_eq!(
            lines[0],
            "第一区の朝は高い窓から差し込み、清潔なものたちの上に降りた。"
        );
        assert!(lines.contains(&"レーナ: おはようございます、お母様。"));
        let last = lines.last().copied().unwrap_or_default();
        let id = format!(" [{ending}]");
        assert!(
            last.starts_with("エンディング：") && last.ends_with(&id),
            "{ending}: the last line is {last:?}"
        );
        // Not one word of English is left, but for the ending's ID (kept for scripts).
        let english: Vec<&&str> = lines
            .iter()
            .filter(|l| {
                let text = l.strip_suffix(&id).unwrap_or(l);
                !has_japanese(text)
                    || text
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .any(|w| w.len() > 1)
            })
            .collect();
        assert!(
            english.is_empty(),
            "{ending}: lines left in English: {english:?}"
        );
    }
    let greyed = spearhead(&[
        "read",
        story.to_str().unwrap(),
        "--lang",
        "ja-JP",
        "--choose",
        STORY_ROUTES[3].1,
    ]);
    assert!(String::from_utf8_lossy(&greyed.stdout)
        .lines()
        .any(|l| l.ends_with(" (選択できません)")));
}

/// The French worked example (docs/TRANSLATING.md): the interface (with the music room's track
/// titles) and chapter 1 translated
/// through `locale new`, the rest untranslated (so shown in English), and status says exactly so.
#[test]
fn the_french_example_has_the_interface_and_chapter_one_and_says_so() {
    let story_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("story");
    let status = locale::status(&spearhead_core::load_text(&story_dir)).unwrap();
    let fr = status
        .locales
        .iter()
        .find(|s| s.locale == "fr-FR")
        .expect("a fr-FR translation");
    assert!(
        fr.stale.is_empty() && fr.obsolete.is_empty(),
        "{:?} {:?}",
        fr.stale,
        fr.obsolete
    );
    let template = locale::template::template(&spearhead_core::load_text(&story_dir)).unwrap();
    for message in &template.messages {
        let chapter_one = message
            .context
            .iter()
            .any(|c| c.starts_with("ch01_handler.vn:"));
        let interface = message.file == "ui.ftl" || message.id.starts_with("track-");
        let wanted = chapter_one || interface || message.id.starts_with("character-");
        assert_eq!(
            fr.translated.contains(&message.id),
            wanted,
            "`{}` should be {}",
            message.id,
            if wanted {
                "translated"
            } else {
                "left untranslated"
            }
        );
    }
    // French typography: a narrow no-break space before ; : ! ? and inside « », never a plain
    // space.
    let text = std::fs::read_to_string(story_dir.join("../locales/fr-FR/story.ftl")).unwrap()
        + &std::fs::read_to_string(story_dir.join("../locales/fr-FR/ui.ftl")).unwrap();
    let values = text
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains(" = "))
        .map(|l| l.split_once(" = ").unwrap().1);
    for value in values {
        for bad in [" ?", " !", " ;", " :", "« ", " »"] {
            assert!(
                !value.contains(bad),
                "`{bad}` with a plain space in: {value}"
            );
        }
    }
    assert!(text.contains("détentes\u{202f}?"));
    assert!(text.contains("«\u{202f}Je le garderai bas. Promis.\u{202f}»"));
}

#[test]
fn check_reports_characters_no_bundled_font_can_draw() {
    let dir = fixture_copy("check-glyphs");
    let fonts = dir.join("assets/fonts");
    std::fs::create_dir_all(&fonts).unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts/DejaVuSans.ttf");
    std::fs::copy(bundled, fonts.join("DejaVuSans.ttf")).unwrap();
    std::fs::write(
        dir.join("locales/fr-FR/extra.ftl"),
        "prix = Cinq\u{202f}€, de bon cœur\u{a0}! \u{915}\nencore = Dix\u{202f}€ \u{915}\n",
    )
    .unwrap();
    let out = spearhead(&["check", dir.join("story").to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    // Once per locale and character, at the first message; DejaVu has U+202F, U+00A0, œ and
    // the euro (its subset keeps the currency block), not Devanagari.
    assert_eq!(
        stderr.matches("which no bundled font can draw").count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "fr-FR: message `prix` uses U+0915 ('\u{915}'), which no bundled font can draw"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("extra.ftl:1:1"), "{stderr}");
    // Without fonts to check against (a translator's copy without assets/), nothing is said.
    std::fs::remove_dir_all(dir.join("assets")).unwrap();
    let out = spearhead(&["check", dir.join("story").to_str().unwrap()]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("font"));
}
