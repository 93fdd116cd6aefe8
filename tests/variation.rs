//! Text variation as a writer and a translator meet it, through the binary, on
//! `tests/fixtures/variation/`: a scene the reader comes back to, with `{seq: ...}`,
//! `{cycle: ...}`, `{once: ...}` and `{if ...}` lines. `read` shows each variant in turn;
//! `locale extract` makes each such line one Fluent message selecting on `$variant-N`; a
//! translation (its variants in its own order) reads back in its language; a translation
//! missing a variant falls back with a warning; `update` and `status` see a changed variation.

#[path = "common/folders.rs"]
mod folders;
#[path = "common/run.rs"]
mod run;

use run::{ok, spearhead};

use std::path::{Path, PathBuf};

fn fixture_copy(name: &str) -> PathBuf {
    folders::fixture_copy("variation", name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("read file")
}

/// Replaces `# untranslated: ID` with the translator's message.
fn translate(path: &Path, id: &str, message: &str) {
    let file = read(path);
    let marker = format!("# untranslated: {id}\n");
    assert!(file.contains(&marker), "{id} is not untranslated in {file}");
    std::fs::write(path, file.replace(&marker, &format!("{message}\n"))).unwrap();
}

/// Talk twice, then leave: the scene is read three times.
const ROUTE: &[&str] = &["--choose", "1,1,2"];

#[test]
fn read_shows_each_variant_as_the_scene_comes_back() {
    let dir = fixture_copy("read");
    let mut args = vec!["read", "story"];
    args.extend(ROUTE);
    let out = ok(&dir, &args);
    let expected = "\
The hangar was cold.
Kaie: Left flank.
Talk to the new pilot?
  1. Talk
  2. Leave, for now
Lena: You must be the new pilot.
The hangar again.
Kaie: Right flank.
Talk to Kaie again?
  1. Talk
  2. Leave
Lena: You must be Kaie.
The hangar, as ever.
Kaie: Left flank.
Talk to Kaie again?
  1. Talk
  2. Leave
Ending: A Quiet Night [quiet]";
    assert_eq!(out.trim_end(), expected);
    // Nothing to warn about: `met_kaie` is read by the variations.
    let check = spearhead(&dir, &["check", "story"]);
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{said}");
    assert!(said.contains("0 warning(s)"), "{said}");
}

#[test]
fn extract_translate_and_read_in_the_other_language() {
    let dir = fixture_copy("translate");
    ok(&dir, &["locale", "extract", "story"]);
    let template = read(&dir.join("locales/en-US/story.ftl"));
    assert!(
        template.contains(
            "lena_kaie = You must be { $variant-1 ->\n        [true] Kaie\n       *[false] the new pilot\n    }.\n"
        ),
        "{template}"
    );
    assert!(template.contains("[3] The hangar, as ever."), "{template}");
    assert!(template.contains("*[done] {\"\"}"), "{template}");

    ok(&dir, &["locale", "new", "fr-FR"]);
    let ftl = dir.join("locales/fr-FR/story.ftl");
    // Every variant translated, some in another order than the English.
    translate(
        &ftl,
        "hangar_cold",
        "hangar_cold = { $variant-1 ->\n    [1] Il faisait froid dans le hangar.\n    [2] Encore le hangar.\n   *[3] Le hangar, comme toujours.\n}",
    );
    translate(
        &ftl,
        "kaie_flank",
        "kaie_flank = { $variant-1 ->\n    [2] Flanc droit.\n   *[1] Flanc gauche.\n}",
    );
    translate(
        &ftl,
        "talk",
        "talk = { $variant-1 ->\n   *[false] Parler à la nouvelle pilote ?\n    [true] Reparler à Kaie ?\n}",
    );
    translate(&ftl, "talk_yes", "talk_yes = Parler");
    translate(
        &ftl,
        "lena_kaie",
        "lena_kaie = { $variant-1 ->\n    [true] Vous êtes sûrement Kaie.\n   *[false] Vous êtes sûrement la nouvelle pilote.\n}",
    );
    translate(
        &ftl,
        "leave",
        "leave = { $variant-1 ->\n    [1] Partir, pour l'instant\n   *[done] Partir\n}",
    );
    if let Err((_, errors)) = fluent_syntax::parser::parse(read(&ftl).as_str()) {
        panic!("the translation does not parse: {errors:?}");
    }
    let status = ok(&dir, &["locale", "status", "fr-FR"]);
    assert!(
        status.contains("fr-FR: 6 translated, 4 untranslated, 0 stale, 0 obsolete"),
        "{status}"
    );

    let mut args = vec!["read", "story", "--lang", "fr-FR"];
    args.extend(ROUTE);
    let out = spearhead(&dir, &args);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..12],
        [
            "Il faisait froid dans le hangar.",
            "Kaie: Flanc gauche.",
            "Parler à la nouvelle pilote ?",
            "  1. Parler",
            "  2. Partir, pour l'instant",
            "Lena: Vous êtes sûrement la nouvelle pilote.",
            "Encore le hangar.",
            "Kaie: Flanc droit.",
            "Reparler à Kaie ?",
            "  1. Parler",
            "  2. Partir",
            "Lena: Vous êtes sûrement Kaie.",
        ],
        "{text}"
    );
    assert_eq!(lines[12], "Le hangar, comme toujours.", "{text}");
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(!warnings.contains("variant"), "{warnings}");
}

#[test]
fn a_translation_missing_a_variant_falls_back_with_a_warning() {
    let dir = fixture_copy("missing");
    ok(&dir, &["locale", "extract", "story"]);
    ok(&dir, &["locale", "new", "fr-FR"]);
    let ftl = dir.join("locales/fr-FR/story.ftl");
    // `[2]` left out: the second showing has no French text.
    translate(
        &ftl,
        "kaie_flank",
        "kaie_flank = { $variant-1 ->\n   *[1] Flanc gauche.\n}",
    );
    // One text for every case, no select at all: the translator's choice, nothing missing.
    translate(&ftl, "leave", "leave = Partir");
    let mut args = vec!["read", "story", "--lang", "fr-FR"];
    args.extend(ROUTE);
    let out = spearhead(&dir, &args);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.matches("  2. Partir\n").count(), 3, "{text}");
    assert!(text.contains("Kaie: Flanc gauche.\n"), "{text}");
    // Fluent would pick its default, the left flank, again: the English is right instead.
    assert!(text.contains("Kaie: Right flank.\n"), "{text}");
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(
        warnings.contains("message `kaie_flank` in fr-FR has no variant $variant-1 [2]"),
        "{warnings}"
    );
    assert!(!warnings.contains("`leave`"), "{warnings}");
    // `check` finds it before any reader does, at its place in the file.
    let check = spearhead(&dir, &["check", "story"]);
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "a warning, not an error: {said}");
    assert!(
        said.contains(
            "warning: message `kaie_flank` in fr-FR has no variant `[2]` for `$variant-1`"
        ),
        "{said}"
    );
    assert!(said.contains("locales/fr-FR/story.ftl:"), "{said}");
    assert!(said.contains("1 warning(s)"), "{said}");
}

#[test]
fn update_and_status_see_a_variant_the_writer_added() {
    let dir = fixture_copy("update");
    ok(&dir, &["locale", "extract", "story"]);
    ok(&dir, &["locale", "new", "fr-FR"]);
    let ftl = dir.join("locales/fr-FR/story.ftl");
    translate(
        &ftl,
        "kaie_flank",
        "kaie_flank = { $variant-1 ->\n    [1] Flanc gauche.\n   *[2] Flanc droit.\n}",
    );
    let script = dir.join("story/hangar.vn");
    let edited = read(&script).replace("Right flank.}", "Right flank. | Centre.}");
    std::fs::write(&script, edited).unwrap();
    ok(&dir, &["locale", "extract", "story"]);
    ok(&dir, &["locale", "update", "fr-FR"]);
    let status = ok(&dir, &["locale", "status", "fr-FR", "--all"]);
    assert!(
        status.contains("fr-FR: 0 translated, 9 untranslated, 1 stale, 0 obsolete"),
        "{status}"
    );
    assert!(status.contains("stale: kaie_flank"), "{status}");
    // The translator sees the English as it was and as it is now, the new variant in it.
    assert!(status.contains("*[3] Centre."), "{status}");
    assert!(read(&ftl).contains("*[2] Flanc droit."));
}

/// The fenced block of `doc` that starts right after `after`.
fn doc_block(doc: &str, after: &str) -> String {
    let start = doc
        .find(after)
        .unwrap_or_else(|| panic!("{after:?} is in the doc"))
        + after.len();
    let body = &doc[start..];
    let end = body.find("\n```").expect("the block is closed");
    body[..end].to_string()
}

/// The example of docs/SCRIPT.md, "Text variation", read as the page says, shows what the page
/// shows.
#[test]
fn the_script_guide_example_reads_as_the_guide_shows() {
    let doc = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/SCRIPT.md"));
    let script = doc_block(&doc, "```\n// story/hangar.vn");
    let shown = doc_block(
        &doc,
        "--choose 1,1,2` (talk, talk again, leave) shows:\n\n```\n",
    );
    let dir = fixture_copy("guide");
    std::fs::remove_file(dir.join("story/hangar.vn")).unwrap();
    std::fs::write(dir.join("story/guide.vn"), format!("// {script}")).unwrap();
    let manifest = read(&dir.join("story/story.toml"))
        .replace("[locations.hangar]", "[locations.front]")
        .replace("name = \"Hangar\"", "name = \"The Front\"");
    std::fs::write(dir.join("story/story.toml"), manifest).unwrap();
    let out = ok(&dir, &["read", "story", "--choose", "1,1,2"]);
    assert_eq!(out.trim_end(), shown);
}
