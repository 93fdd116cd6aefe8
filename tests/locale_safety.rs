//! Translations as an attacker (or a slip of the keyboard) would write them, issue 13: `.ftl`
//! files nested deep enough to overflow Fluent's parser, files too large, messages that
//! reference themselves or expand without end, locale folders that are links elsewhere, and
//! locale names that are paths. Each is met through the real `spearhead` binary, as a reader or a
//! translator meets it: the command finishes, names the file and line, and the story falls back
//! to its source language. Nothing is ever read or written outside the locales folder.
//!
//! The fixture is `tests/fixtures/locale/` (a small story, its English template and a French
//! translation, part done); each test works on a copy.

mod common;

use spearhead_core::locale::{self, limits, Catalog, LocaleError};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh folder under the system's temporary folder.
fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "spearhead-locale-safety-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temporary folder is writable");
    dir
}

/// A copy of a fixture folder (`tests/fixtures/<name>`) in `dir`.
fn copy_fixture(name: &str, dir: &Path) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    common::folders::copy_dir(&from, dir);
    dir.to_path_buf()
}

/// A copy of the locale fixture: `<copy>/story` and `<copy>/locales`.
fn locale_fixture(name: &str) -> PathBuf {
    copy_fixture("locale", &temp_dir(name))
}

fn spearhead(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .args(args)
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the spearhead binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `spearhead read <story> --lang <lang> --choose 1`, which must finish normally.
fn read_in(story: &Path, lang: &str) -> (String, String) {
    let out = spearhead(&[
        "read",
        story.to_str().unwrap(),
        "--lang",
        lang,
        "--choose",
        "1",
    ]);
    assert!(out.status.success(), "{}\n{}", out.status, stderr(&out));
    (stdout(&out), stderr(&out))
}

/// A message whose value is `depth` placeables, one inside the other, around a string.
fn nested(id: &str, depth: usize, text: &str) -> String {
    format!(
        "{id} = {}\"{text}\"{}\n",
        "{".repeat(depth),
        "}".repeat(depth)
    )
}

// ---------------------------------------------------------------------------------------------
// Nesting and size: refused before Fluent parses the file (issue 13, item 2)
// ---------------------------------------------------------------------------------------------

#[test]
fn a_file_nested_20000_deep_is_refused_by_every_command_and_the_story_falls_back() {
    let dir = locale_fixture("deep");
    let story = dir.join("story");
    // `night_falls` is not in the French story.ftl: this file is where it would come from.
    std::fs::write(
        dir.join("locales/fr-FR/deep.ftl"),
        format!(
            "# A file made to crash the parser.\n\n{}",
            nested("night_falls", 20_000, "x")
        ),
    )
    .unwrap();
    // Line 3; `night_falls = ` is 14 characters, and the 33rd `{` is one too many.
    let place = format!("fr-FR/deep.ftl:3:{}", 14 + limits::MAX_NESTING + 1);

    let out = spearhead(&["check", story.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("{place}: placeables nested more than 32 deep")),
        "{}",
        stderr(&out)
    );

    let (text, warnings) = read_in(&story, "fr-FR");
    assert!(
        text.starts_with("Le hangar sentait l'huile"),
        "the other French file is still read: {text}"
    );
    assert!(text.contains("Night fell over the base."), "{text}");
    assert!(warnings.contains(&place), "{warnings}");

    let out = spearhead(&["locale", "status", story.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(&place), "{}", stdout(&out));

    // In the source locale, the tool that reads it refuses and says where.
    std::fs::rename(
        dir.join("locales/fr-FR/deep.ftl"),
        dir.join("locales/en-US/deep.ftl"),
    )
    .unwrap();
    let out = spearhead(&["locale", "pseudo", story.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("en-US/deep.ftl:3:47"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn nesting_up_to_the_limit_reads_as_usual() {
    let dir = locale_fixture("deep-enough");
    std::fs::write(
        dir.join("locales/fr-FR/deep.ftl"),
        nested("night_falls", limits::MAX_NESTING, "La nuit tombe."),
    )
    .unwrap();
    let story = dir.join("story");
    let out = spearhead(&["check", story.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (text, _) = read_in(&story, "fr-FR");
    assert!(text.contains("\nLa nuit tombe.\n"), "{text}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_being_read() {
    let dir = locale_fixture("huge");
    // Sparse: the test writes nothing like 16 MiB.
    let huge = std::fs::File::create(dir.join("locales/fr-FR/huge.ftl")).unwrap();
    huge.set_len(limits::MAX_FTL_BYTES + 1).unwrap();
    let story = dir.join("story");

    let out = spearhead(&["check", story.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!(
            "fr-FR/huge.ftl is over {} bytes",
            limits::MAX_FTL_BYTES
        )),
        "{}",
        stderr(&out)
    );
    let (text, warnings) = read_in(&story, "fr-FR");
    assert!(text.starts_with("Le hangar sentait"), "{text}");
    assert!(
        warnings.contains(&format!("huge.ftl is over {} bytes", limits::MAX_FTL_BYTES)),
        "{warnings}"
    );
}

#[test]
fn the_window_player_shows_the_story_when_a_translation_is_nested_too_deep() {
    let Some(display) = common::display::display() else {
        return;
    };
    let dir = copy_fixture("player", &temp_dir("player-deep"));
    std::fs::write(
        dir.join("locales/ja-JP/deep.ftl"),
        nested("office_1", 20_000, "x"),
    )
    .unwrap();
    let png = dir.join("frame.png");
    let out = Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .arg("shot")
        .arg(&dir)
        .args(["--lines", "1", "--lang", "ja-JP", "--out"])
        .arg(&png)
        .env("DISPLAY", &display.name)
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("ALSA_CONFIG_PATH", dir.join("no-alsa.conf"))
        .output()
        .expect("the spearhead binary runs");
    assert!(out.status.success(), "{}\n{}", out.status, stderr(&out));
    assert!(png.is_file());
    assert!(
        stderr(&out).contains("ja-JP/deep.ftl:1:44: placeables nested more than 32 deep"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------------------------
// Messages Fluent cannot format safely (issue 13, items 2 and 11)
// ---------------------------------------------------------------------------------------------

#[test]
fn a_message_that_references_itself_shows_the_source_text_with_a_warning() {
    let dir = locale_fixture("cycle");
    let ftl = dir.join("locales/fr-FR/story.ftl");
    let mut text = std::fs::read_to_string(&ftl).unwrap();
    text += "\nnight_falls = La nuit { night_falls_2 }\nnight_falls_2 = tombe { night_falls }\n";
    text += "character-shin = { character-shin }\n";
    std::fs::write(&ftl, text).unwrap();
    let story = dir.join("story");

    let (text, warnings) = read_in(&story, "fr-FR");
    assert!(!text.contains("{night"), "no raw braces: {text}");
    assert!(text.contains("\nNight fell over the base.\n"), "{text}");
    assert!(text.contains("\nShin: Cinq sur cinq."), "{text}");
    assert!(
        warnings.contains(
            "message `night_falls` in fr-FR is not shown: it references itself, directly or \
             through other messages"
        ),
        "{warnings}"
    );
    assert!(
        !warnings.contains("`night_falls` is missing"),
        "it is not missing: {warnings}"
    );

    let out = spearhead(&["check", story.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let report = stderr(&out);
    for (id, line) in [
        ("night_falls", 36),
        ("night_falls_2", 37),
        ("character-shin", 38),
    ] {
        assert!(
            report.contains(&format!(
                "error: message `{id}` cannot be shown: it references itself"
            )) && report.contains(&format!("fr-FR/story.ftl:{line}:1")),
            "{id}: {report}"
        );
    }
}

#[test]
fn a_message_that_expands_past_fluents_placeable_limit_falls_back_instead_of_panicking() {
    let dir = locale_fixture("expansion");
    // A reference inside an inner placeable to a message of 101 placeables: past 100,
    // fluent-bundle panicked ("entered unreachable code") and `read` died with it.
    let text = format!(
        "night_falls = {{ {{ wide }} }}\nwide = {}\n",
        "{ $morale }".repeat(101)
    );
    std::fs::write(dir.join("locales/fr-FR/expansion.ftl"), text).unwrap();

    let (text, warnings) = read_in(&dir.join("story"), "fr-FR");
    assert!(text.contains("\nNight fell over the base.\n"), "{text}");
    assert!(
        warnings.contains(
            "message `night_falls` in fr-FR is not shown: it expands to more than 100 placeables"
        ),
        "{warnings}"
    );
}

#[test]
fn a_catalog_formats_safely_on_a_small_thread_stack() {
    // A catalog is Send and Sync: a front end may look text up on any thread. 90 references,
    // each 31 placeables deep, stay under Fluent's 100 placeables but overflowed a 2 MiB stack.
    let dir = locale_fixture("deep-references");
    let mut text = String::new();
    for i in 0..90 {
        let id = if i == 0 {
            "night_falls".to_string()
        } else {
            format!("deep-{i}")
        };
        let depth = limits::MAX_NESTING - 1;
        text += &format!(
            "{id} = {}{{ deep-{} }}{}\n",
            "{ ".repeat(depth),
            i + 1,
            " }".repeat(depth)
        );
    }
    text += "deep-90 = end\n";
    std::fs::write(dir.join("locales/fr-FR/deep.ftl"), text).unwrap();
    let catalog = Catalog::load(&dir.join("locales"), "fr-FR", "en-US").unwrap();
    let shown = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            (
                catalog.message("night_falls", None),
                catalog.take_warnings(),
            )
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(shown.0.as_deref(), Some("Night fell over the base."));
    assert!(
        shown.1.iter().any(|w| w.to_string()
            == "message `night_falls` in fr-FR is not shown: its placeables and references nest more than 100 deep"),
        "{:?}",
        shown.1
    );
}

// ---------------------------------------------------------------------------------------------
// Locale names are language tags; nothing outside the locales folder (issue 13, item 8)
// ---------------------------------------------------------------------------------------------

#[test]
fn locale_extract_never_writes_outside_the_locales_folder() {
    // <root>/a/game/{story,locales}: `../../../outside/x` from game/locales is <root>/outside/x.
    let root = temp_dir("extract-outside");
    let game = copy_fixture("locale", &root.join("a/game"));
    let manifest = game.join("story/story.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        text.replace(
            "default_locale = \"en-US\"",
            "default_locale = \"../../../outside/x\"",
        ),
    )
    .unwrap();
    let story = game.join("story");

    for args in [
        ["locale", "extract"],
        ["locale", "pseudo"],
        ["locale", "status"],
    ] {
        let out = spearhead(&[args[0], args[1], story.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("`../../../outside/x` is not a valid locale name"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert!(!root.join("outside").exists(), "nothing written outside");

    let out = spearhead(&["check", story.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let report = stderr(&out);
    assert!(
        report.contains("error: `default_locale = \"../../../outside/x\"` is not a language tag"),
        "{report}"
    );
    assert!(report.contains("story/story.toml:4:18"), "{report}");
}

#[cfg(unix)]
#[test]
fn a_locale_folder_that_links_outside_is_never_read_or_written() {
    let root = temp_dir("linked-locale");
    let game = copy_fixture("locale", &root.join("game"));
    let elsewhere = root.join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("story.ftl"), "hangar_smell = Anderswo.\n").unwrap();
    std::os::unix::fs::symlink(&elsewhere, game.join("locales/de-DE")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, game.join("locales/pseudo")).unwrap();
    let story = game.join("story");

    let (text, warnings) = read_in(&story, "de-DE");
    assert!(
        text.starts_with("The hangar smelled of oil"),
        "not read: {text}"
    );
    assert!(
        warnings.contains("no translation for `de-DE`"),
        "{warnings}"
    );

    let out = spearhead(&["locale", "pseudo", story.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("leads outside the story's locales folder"),
        "{}",
        stderr(&out)
    );
    let files: Vec<_> = std::fs::read_dir(&elsewhere).unwrap().collect();
    assert_eq!(files.len(), 1, "nothing written there");

    let out = spearhead(&["check", story.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("locales/de-DE leads outside the locales folder, so it is never read"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_translation_file_that_links_outside_is_never_read() {
    let root = temp_dir("linked-file");
    let game = copy_fixture("locale", &root.join("game"));
    let secret = root.join("secret.ftl");
    std::fs::write(&secret, "night_falls = The secret is out.\n").unwrap();
    std::os::unix::fs::symlink(&secret, game.join("locales/fr-FR/linked.ftl")).unwrap();
    let story = game.join("story");

    let (text, warnings) = read_in(&story, "fr-FR");
    assert!(!text.contains("secret"), "{text}");
    assert!(text.contains("\nNight fell over the base.\n"), "{text}");
    assert!(
        warnings.contains("fr-FR/linked.ftl leads outside the story's locales folder"),
        "{warnings}"
    );
    let out = spearhead(&["check", story.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("fr-FR/linked.ftl leads outside the story's locales folder"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_names_locale_folders_that_are_not_language_tags() {
    let dir = locale_fixture("folder-names");
    std::fs::create_dir_all(dir.join("locales/french (draft)")).unwrap();
    std::fs::write(
        dir.join("locales/french (draft)/story.ftl"),
        "hangar_smell = Brouillon.\n",
    )
    .unwrap();
    let out = spearhead(&["check", dir.join("story").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "locales/french (draft): `french (draft)` is not a language tag, so this folder is never read"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_locale_name_that_is_a_path_is_refused_before_anything_is_read() {
    let dir = locale_fixture("lang-paths");
    let locales = dir.join("locales");
    for name in ["../story", "/etc", "fr-FR/../../story", "", "."] {
        for (locale, source) in [(name, "en-US"), ("fr-FR", name)] {
            match Catalog::load(&locales, locale, source) {
                Err(LocaleError::BadLocale(bad)) => assert_eq!(bad, name),
                other => panic!("{locale:?}, {source:?}: {other:?}"),
            }
        }
    }
    assert!(locale::locale_dir(&locales, "fr-FR").is_ok());
    assert!(locale::locale_dir(&locales, locale::PSEUDO_LOCALE).is_ok());
}

// ---------------------------------------------------------------------------------------------
// `locale status` goes on past what it cannot read (issue 13, item 11)
// ---------------------------------------------------------------------------------------------

#[test]
fn status_reports_an_unreadable_locale_and_goes_on_to_the_others() {
    let dir = locale_fixture("status-unreadable");
    // A second French-speaking locale after the broken one, to show status goes on.
    let locales = dir.join("locales");
    std::fs::create_dir_all(locales.join("fr-CA")).unwrap();
    std::fs::copy(
        locales.join("fr-FR/story.ftl"),
        locales.join("fr-CA/story.ftl"),
    )
    .unwrap();
    std::fs::write(
        locales.join("fr-FR/story.ftl"),
        b"hangar_smell = Le hangar.\nbad = \xff\xfe\n",
    )
    .unwrap();
    let out = spearhead(&["locale", "status", dir.join("story").to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(
        report.contains("fr-CA: 4 translated, 14 untranslated, 2 stale, 2 obsolete"),
        "{report}"
    );
    assert!(
        report.contains("fr-FR: 1 translated, 18 untranslated"),
        "{report}"
    );
    assert!(
        report.contains("not read: ")
            && report.contains("fr-FR/story.ftl:2:7: this is not UTF-8 text"),
        "{report}"
    );
    let strict = spearhead(&[
        "locale",
        "status",
        "--strict",
        dir.join("story").to_str().unwrap(),
    ]);
    assert_eq!(strict.status.code(), Some(1));
}
