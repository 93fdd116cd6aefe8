//! The translator's loop, as a translator meets it: `spearhead locale new`, translate, `status`,
//! `update` after the writer's edits, `export` and `import` through gettext PO, all run through
//! the binary on `tests/fixtures/translators/`: a story sent as text alone (its manifest names
//! assets that are not there), with an interface file.

mod common;

use common::run::{ok, spearhead};

use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh copy of the fixture in a temporary folder.
fn fixture_copy(name: &str) -> PathBuf {
    common::folders::fixture_copy("translators", name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("read file")
}

/// What a translator does in a file `locale new` wrote: replace `# untranslated: ID` with
/// `ID = text`.
fn translate(path: &Path, id: &str, text: &str) {
    let file = read(path);
    let marker = format!("# untranslated: {id}\n");
    assert!(file.contains(&marker), "{id} is not untranslated in {file}");
    std::fs::write(path, file.replace(&marker, &format!("{id} = {text}\n"))).unwrap();
}

/// The reference Rust parser (`fluent-syntax`, which the catalog uses) reads the file with no
/// error.
fn assert_valid_fluent(path: &Path) {
    let text = read(path);
    if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
        panic!("{} does not parse: {errors:?}\n{text}", path.display());
    }
}

#[test]
fn new_starts_a_translation_with_every_message_untranslated() {
    let dir = fixture_copy("new");
    assert!(!dir.join("assets").exists(), "the fixture has no assets");
    let out = ok(&dir, &["locale", "new", "fr-FR"]);
    assert!(
        out.contains("story.ftl: 12 message(s) to translate"),
        "{out}"
    );
    assert!(out.contains("ui.ftl: 3 message(s) to translate"), "{out}");
    for file in ["story.ftl", "ui.ftl"] {
        assert_valid_fluent(&dir.join("locales/fr-FR").join(file));
    }
    let story = read(&dir.join("locales/fr-FR/story.ftl"));
    // The source text and its hash are kept with each message; the message itself is absent, so
    // the reader sees the source text and `status` counts it untranslated.
    assert!(story.contains(
        "# night.vn:6 · hangar.night · duval\n# source-hash: 1d90c91d\n# source: You are late, Major.\n# untranslated: night_late\n"
    ), "{story}");
    let status = ok(&dir, &["locale", "status", "fr-FR"]);
    assert!(
        status.contains("fr-FR: 0 translated, 15 untranslated, 0 stale, 0 obsolete"),
        "{status}"
    );
    // A second `new` would overwrite work: refused.
    let again = spearhead(&dir, &["locale", "new", "fr-FR"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("locale update fr-FR"));
}

#[test]
fn update_merges_new_changed_and_removed_lines_and_loses_nothing() {
    let dir = fixture_copy("update");
    ok(&dir, &["locale", "new", "fr-FR"]);
    let story_ftl = dir.join("locales/fr-FR/story.ftl");
    let ui_ftl = dir.join("locales/fr-FR/ui.ftl");
    translate(&story_ftl, "night_cold", "Il faisait froid dans le hangar.");
    translate(
        &story_ftl,
        "night_late",
        "Vous êtes en retard, commandante.",
    );
    translate(&story_ftl, "night_left", "Elle partit.");
    translate(&ui_ftl, "title-new-game", "Nouvelle partie");
    // The picker's name for the language: the translator adds it; never obsolete.
    let ui = read(&ui_ftl) + "\nlanguage-fr-FR = Français\n";
    std::fs::write(&ui_ftl, ui).unwrap();
    let before = read(&story_ftl);

    // The writer edits a line, adds one and removes one.
    let script = dir.join("story/night.vn");
    let edited = read(&script)
        .replace("You are late, Major.", "You are late again, Major.")
        .replace(
            "> The hangar was cold.  #night_cold\n",
            "> The hangar was cold.  #night_cold\n> Rain on the roof.  #night_rain\n",
        )
        .replace("        > She left.  #night_left\n", "");
    std::fs::write(&script, edited).unwrap();

    let out = ok(&dir, &["locale", "update", "fr-FR"]);
    assert!(out.contains("1 new"), "{out}");
    assert!(out.contains("obsolete: night_left"), "{out}");
    let after = read(&story_ftl);
    assert_valid_fluent(&story_ftl);
    // Every line the translator wrote is still there, in the same order.
    let written = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("night_"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(written(&before), written(&after));
    // The new line sits after the line before it in the story, untranslated.
    let cold = after.find("night_cold = ").unwrap();
    let rain = after.find("# untranslated: night_rain").unwrap();
    let late = after.find("night_late = ").unwrap();
    assert!(cold < rain && rain < late, "{after}");
    // The removed line's translation moved to the Obsolete section at the end.
    let obsolete = after.find("## Obsolete").expect("an obsolete section");
    assert!(after[obsolete..].contains("night_left = Elle partit.\n"));
    assert!(!after[..obsolete].contains("night_left ="));

    // status shows the stale line with the English it was translated from and the new English.
    let status = ok(&dir, &["locale", "status", "fr-FR"]);
    assert!(
        status.contains("fr-FR: 2 translated, 12 untranslated, 1 stale, 1 obsolete"),
        "{status}"
    );
    assert!(status.contains("obsolete: night_left\n"), "{status}");
    assert!(!status.contains("language-fr-FR"), "{status}");
    assert!(
        status.contains("    was: You are late, Major.\n"),
        "{status}"
    );
    assert!(
        status.contains("    now: You are late again, Major.\n"),
        "{status}"
    );

    // Nothing more to merge: a second update changes no byte.
    let out = ok(&dir, &["locale", "update", "fr-FR"]);
    assert!(out.contains("story.ftl: up to date"), "{out}");
    assert_eq!(read(&story_ftl), after);
}

#[test]
fn status_shows_one_locale_lists_everything_on_request_and_is_strict_per_locale() {
    let dir = fixture_copy("status");
    ok(&dir, &["locale", "new", "fr-FR"]);
    ok(&dir, &["locale", "new", "de-DE"]);
    for id in [
        "character-duval",
        "character-lena",
        "ending-quiet",
        "scene-hangar-night",
        "night_cold",
        "night_late",
        "night_report",
        "night_choice",
        "night_stay",
        "night_stayed",
        "night_leave",
        "night_left",
    ] {
        translate(&dir.join("locales/de-DE/story.ftl"), id, "Übersetzt");
    }
    for id in ["title-new-game", "saves-count", "language-en-US"] {
        translate(&dir.join("locales/de-DE/ui.ftl"), id, "Übersetzt");
    }
    let de = ok(&dir, &["locale", "status", "de-DE", "--strict"]);
    assert!(de.contains("de-DE: 15 translated, 0 untranslated"), "{de}");
    assert!(!de.contains("fr-FR"), "{de}");
    let fr = spearhead(&dir, &["locale", "status", "fr-FR", "--strict"]);
    assert_eq!(fr.status.code(), Some(1));
    // The story folder may be named too, in either order.
    let story = dir.join("story");
    let both = ok(
        &dir,
        &["locale", "status", story.to_str().unwrap(), "fr-FR"],
    );
    assert!(both.contains("fr-FR: 0 translated"), "{both}");

    // `--list` (or `--all`) names every one, however many.
    for flag in ["--list", "--all"] {
        let all = ok(&dir, &["locale", "status", "fr-FR", flag]);
        assert!(!all.contains("more"), "{all}");
        assert!(all.contains("language-en-US"), "{all}");
    }
    let unknown = spearhead(&dir, &["locale", "status", "it-IT"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn read_with_lang_runs_on_the_text_alone() {
    let dir = fixture_copy("read");
    ok(&dir, &["locale", "new", "fr-FR"]);
    translate(
        &dir.join("locales/fr-FR/story.ftl"),
        "night_cold",
        "Il faisait froid dans le hangar.",
    );
    let out = spearhead(&dir, &["read", "--lang", "fr-FR", "--choose", "1"]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Il faisait froid dans le hangar."), "{text}");
    // Untranslated lines show in English, with the fallback warning.
    assert!(text.contains("You are late, Major."), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("night_late"));
}

#[test]
fn export_then_import_changes_no_byte_and_a_translated_po_comes_back() {
    let dir = fixture_copy("po");
    ok(&dir, &["locale", "new", "fr-FR"]);
    let story_ftl = dir.join("locales/fr-FR/story.ftl");
    translate(&story_ftl, "night_cold", "Il faisait froid dans le hangar.");
    translate(
        &story_ftl,
        "night_late",
        "Vous êtes en retard, commandante.",
    );
    let script = dir.join("story/night.vn");
    std::fs::write(
        &script,
        read(&script).replace("late, Major", "late again, Major"),
    )
    .unwrap();
    ok(&dir, &["locale", "update", "fr-FR"]);
    let before_story = read(&story_ftl);
    let before_ui = read(&dir.join("locales/fr-FR/ui.ftl"));

    ok(
        &dir,
        &[
            "locale", "export", "fr-FR", "--format", "po", "--out", "fr.po",
        ],
    );
    let po = read(&dir.join("fr.po"));
    // Context, source, translation; the stale one fuzzy with the English it was made from.
    assert!(po.contains(
        "#. night.vn:5 · hangar.night · narration\n#: story.ftl\nmsgctxt \"night_cold\"\nmsgid \"The hangar was cold.\"\nmsgstr \"Il faisait froid dans le hangar.\"\n"
    ), "{po}");
    assert!(po.contains(
        "#, fuzzy\n#| msgid \"You are late, Major.\"\nmsgctxt \"night_late\"\nmsgid \"You are late again, Major.\"\n"
    ), "{po}");
    assert!(po.contains("msgctxt \"saves-count\"\nmsgid \"\"\n"), "{po}");

    ok(&dir, &["locale", "import", "fr-FR", "fr.po"]);
    assert_eq!(read(&story_ftl), before_story);
    assert_eq!(read(&dir.join("locales/fr-FR/ui.ftl")), before_ui);

    // The translator's tool fills a message, revises the fuzzy one and clears its flag.
    let translated = po
        .replace(
            "msgid \"She stayed.\"\nmsgstr \"\"",
            "msgid \"She stayed.\"\nmsgstr \"Elle resta.\"",
        )
        .replace("#, fuzzy\n#| msgid \"You are late, Major.\"\n", "")
        .replace(
            "msgstr \"Vous êtes en retard, commandante.\"",
            "msgstr \"Encore en retard, commandante.\"",
        );
    std::fs::write(dir.join("fr.po"), translated).unwrap();
    let out = ok(&dir, &["locale", "import", "fr-FR", "fr.po"]);
    assert!(out.contains("2 translation(s) written"), "{out}");
    let after = read(&story_ftl);
    assert_valid_fluent(&story_ftl);
    assert!(
        after.contains("# source: She stayed.\nnight_stayed = Elle resta.\n"),
        "{after}"
    );
    assert!(
        after.contains(
            "# source: You are late again, Major.\nnight_late = Encore en retard, commandante.\n"
        ),
        "{after}"
    );
    let status = ok(&dir, &["locale", "status", "fr-FR"]);
    assert!(
        status.contains("fr-FR: 3 translated, 12 untranslated, 0 stale"),
        "{status}"
    );
}

#[test]
fn a_broken_po_file_is_refused_with_its_line_and_nothing_is_written() {
    let dir = fixture_copy("bad-po");
    ok(&dir, &["locale", "new", "fr-FR"]);
    let before = read(&dir.join("locales/fr-FR/story.ftl"));
    std::fs::write(
        dir.join("bad.po"),
        "msgctxt \"night_cold\"\nmsgid \"x\"\nmsgstr \"unclosed\n",
    )
    .unwrap();
    let out = spearhead(&dir, &["locale", "import", "fr-FR", "bad.po"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("bad.po:3"),
        "{out:?}"
    );
    assert_eq!(read(&dir.join("locales/fr-FR/story.ftl")), before);
}

/// `shot` and `play` say what `read` says when the language falls back: the language asked for
/// is not there, or lines of it show in the source language.
#[test]
fn shot_logs_the_fallback_warnings_read_logs() {
    let Some(display) = common::display::display() else {
        return;
    };
    let dir =
        std::env::temp_dir().join(format!("spearhead-translators-shot-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    common::folders::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/player"),
        &dir,
    );
    ok(&dir, &["locale", "new", "fr-FR", "."]);
    for (lang, expected) in [
        (
            "de-DE",
            "warning: no translation for `de-DE`; showing en-US\n",
        ),
        (
            "fr-FR",
            "warning: 15 of 15 message(s) in fr-FR are untranslated or stale",
        ),
    ] {
        let png = dir.join(format!("{lang}.png"));
        let out = Command::new(env!("CARGO_BIN_EXE_spearhead"))
            .args(["shot", ".", "--lang", lang, "--out"])
            .arg(&png)
            .current_dir(&dir)
            .env("DISPLAY", &display.name)
            .env("XDG_DATA_HOME", dir.join("data"))
            .output()
            .expect("run spearhead shot");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(stderr.contains(expected), "{stderr}");
    }
    // `read` says the first in the same words (and names each line that falls back).
    let read = spearhead(&dir, &["read", ".", "--lang", "de-DE", "--choose", "1,1,1"]);
    let stderr = String::from_utf8_lossy(&read.stderr);
    assert!(
        stderr.starts_with("warning: no translation for `de-DE`; showing en-US\n"),
        "{stderr}"
    );
}

/// The fenced blocks of a Markdown section, in order, with the `###` heading each is under.
fn blocks(section: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut heading = String::new();
    let mut open: Option<(String, String)> = None;
    for line in section.lines() {
        match &mut open {
            Some((lang, body)) => {
                if line.trim_start().starts_with("```") {
                    out.push((heading.clone(), lang.clone(), std::mem::take(body)));
                    open = None;
                } else {
                    body.push_str(line);
                    body.push('\n');
                }
            }
            None if line.starts_with("### ") => heading = line.to_string(),
            None if line.starts_with("```") => {
                open = Some((line.trim_start_matches('`').to_string(), String::new()))
            }
            None => {}
        }
    }
    out
}

/// docs/TRANSLATING.md's steps, run as written on the fixture: each `spearhead` command of its
/// `sh` blocks through the binary, its `ftl` examples checked against what the tools write and
/// typed in as the translator would, and a writer's edit before step 4.
#[test]
fn the_steps_in_translating_md_work_as_written() {
    let doc = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/TRANSLATING.md"));
    let start = doc
        .find("## The steps a translator follows")
        .expect("the steps");
    let end = doc
        .find("## The French worked example")
        .expect("the French example");
    let steps = blocks(&doc[start..end]);
    let dir = fixture_copy("doc");
    let story_ftl = dir.join("locales/de-DE/story.ftl");
    let mut ftl_examples = Vec::new();
    let mut edited = false;
    let mut ran = Vec::new();
    for (heading, lang, body) in steps {
        if heading.starts_with("### 4.") && !edited {
            // The writer changes a line.
            let script = dir.join("story/night.vn");
            let text = read(&script).replace("You are late, Major.", "You are late again, Major.");
            std::fs::write(&script, text).unwrap();
            edited = true;
        }
        match lang.as_str() {
            "sh" => {
                for command in body.lines().filter(|l| l.starts_with("spearhead ")) {
                    let args: Vec<&str> = command.split_whitespace().skip(1).collect();
                    let out = spearhead(&dir, &args);
                    let stderr = String::from_utf8_lossy(&out.stderr);
                    if args == ["check"] {
                        // Only the pictures a translator does not have are reported.
                        let errors: Vec<&str> =
                            stderr.lines().filter(|l| l.starts_with("error")).collect();
                        assert!(
                            errors.iter().all(|e| e.contains("does not exist")),
                            "{stderr}"
                        );
                    } else {
                        assert!(out.status.success(), "`{command}` failed:\n{stderr}");
                    }
                    ran.push(command.to_string());
                }
            }
            "ftl" => {
                ftl_examples.push(body.clone());
                match ftl_examples.len() {
                    // What `new` wrote, exactly.
                    1 => assert!(read(&story_ftl).contains(&body), "{body}"),
                    // Typed in over it.
                    2 => {
                        let text = read(&story_ftl).replace(&ftl_examples[0], &body);
                        std::fs::write(&story_ftl, text).unwrap();
                    }
                    // Added to ui.ftl.
                    _ => {
                        let ui = dir.join("locales/de-DE/ui.ftl");
                        std::fs::write(&ui, read(&ui) + "\n" + &body).unwrap();
                    }
                }
            }
            _ => {}
        }
    }
    assert_eq!(ftl_examples.len(), 3);
    assert!(ran.len() >= 7, "{ran:?}");
    assert!(ran.iter().any(|c| c.contains("locale import")));
    // Where the steps leave the translator: one line translated and now stale, with both
    // Englishes; the language named; nothing obsolete.
    let status = ok(&dir, &["locale", "status", "de-DE"]);
    assert!(
        status.contains("de-DE: 0 translated, 14 untranslated, 1 stale, 0 obsolete"),
        "{status}"
    );
    assert!(
        status.contains("    was: You are late, Major.\n"),
        "{status}"
    );
}

/// A window test: `spearhead shot` of tests/fixtures/nameplate, whose speaker is "Hauptmann
/// Duval" and whose line is French with « » and narrow no-break spaces.
#[test]
fn a_long_name_gets_a_plate_it_fits_and_a_french_line_draws() {
    use spearhead_player::layout::{self, View};
    let Some(display) = common::display::display() else {
        return;
    };
    let dir = std::env::temp_dir().join(format!(
        "spearhead-translators-plate-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join("plate.png");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/nameplate");
    let out = Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .arg("shot")
        .arg(&fixture)
        .args(["--lines", "0", "--out"])
        .arg(&png)
        .env("DISPLAY", &display.name)
        .env("XDG_DATA_HOME", dir.join("data"))
        .output()
        .expect("run spearhead shot");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let frame = image::open(&png).expect("a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    let blue = |p: &image::Rgba<u8>| {
        (p[0] as i32 - 0x1e).abs() < 16
            && (p[1] as i32 - 0x88).abs() < 16
            && (p[2] as i32 - 0xe5).abs() < 16
    };
    let plate = layout::NAME_PLATE;
    // Along the plate's middle, in window pixels: where the plate's colour is, and where the
    // name's white letters are (the background there is a lighter grey-blue, under 240).
    let y = view.point(0.0, plate.y + plate.h / 2.0).y as u32;
    let row: Vec<&image::Rgba<u8>> = (0..frame.width()).map(|x| frame.get_pixel(x, y)).collect();
    let plate_cols: Vec<usize> = (0..row.len()).filter(|&x| blue(row[x])).collect();
    let letter_cols: Vec<usize> = (0..row.len())
        .filter(|&x| {
            let p = row[x];
            p[0] > 245 && p[1] > 245 && p[2] > 245
        })
        .filter(|&x| x < view.point(layout::NAME_PLATE_MAX_WIDTH + plate.x, 0.0).x as usize)
        .collect();
    let (plate_left, plate_right) = (plate_cols[0], *plate_cols.last().unwrap());
    let (first, last) = (letter_cols[0], *letter_cols.last().unwrap());
    // The plate grew past its old width, and the whole name is on it with room to spare.
    let old_right = view.point(plate.x + plate.w, 0.0).x as usize;
    assert!(
        plate_right > old_right + 4,
        "plate {plate_left}..{plate_right}, old edge {old_right}"
    );
    assert!(
        first > plate_left + 4 && last + 4 < plate_right,
        "name {first}..{last} on plate {plate_left}..{plate_right}"
    );
    // The French line is drawn in the text area.
    let text = layout::TEXT_AREA;
    let (x0, y0) = (
        view.point(text.x, text.y).x as u32,
        view.point(text.x, text.y).y as u32,
    );
    let (x1, y1) = (
        view.point(text.x + text.w, 0.0).x as u32,
        view.point(0.0, text.y + 50.0).y as u32,
    );
    let lit = (y0..y1)
        .flat_map(|y| (x0..x1).map(move |x| (x, y)))
        .filter(|&(x, y)| frame.get_pixel(x, y)[0] > 200)
        .count();
    assert!(
        lit > 200,
        "the French line is not drawn ({lit} light pixels)"
    );
}
