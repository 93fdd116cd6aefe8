//! The `.ftl` files our tools write parse with the reference Fluent parser, `@fluent/syntax`
//! (fluent.js, what Pontoon and most platforms use; tests/reference/), to the same messages our
//! own parser reads: the bundled story's locales, and a translation started, updated, exported
//! and imported again, and the pseudo-locale, written by `spearhead locale` on a fixture.
//! Needs Node.js (Debian package `nodejs`): CI fails without it, a desktop run skips and says so.

#[path = "common/folders.rs"]
mod folders;
#[path = "common/run.rs"]
mod run;

use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn ftl_files(locales: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for locale in std::fs::read_dir(locales)
        .expect("a locales folder")
        .flatten()
    {
        for file in std::fs::read_dir(locale.path())
            .expect("a locale folder")
            .flatten()
        {
            if file.path().extension().is_some_and(|e| e == "ftl") {
                files.push(file.path());
            }
        }
    }
    files.sort();
    files
}

/// Messages and terms our parser (the `fluent-syntax` crate, under the catalog) reads.
fn our_entries(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).expect("readable");
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}: {errors:?}", path.display()),
    };
    use fluent_syntax::ast::Entry;
    (resource.body.iter())
        .filter(|e| matches!(e, Entry::Message(_) | Entry::Term(_)))
        .count()
}

/// Node.js, or `None` after saying what to install (a failure under CI).
fn node() -> Option<&'static str> {
    if Command::new("node").arg("--version").output().is_ok() {
        return Some("node");
    }
    let note = "the Fluent reference parser test needs Node.js (Debian package nodejs)";
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{note}");
    }
    eprintln!("skipping: {note}");
    None
}

fn assert_reference_reads_as_we_do(node: &str, files: &[PathBuf]) {
    let script = Path::new(ROOT).join("tests/reference/parse_ftl.js");
    let out = Command::new(node)
        .arg(script)
        .args(files)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the reference parser found Junk:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), files.len(), "{stdout}");
    for (file, line) in files.iter().zip(lines) {
        let theirs = line
            .split("\"entries\":")
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or_else(|| panic!("no count in {line}"));
        assert_eq!(theirs, our_entries(file), "{}: {line}", file.display());
    }
}

#[test]
fn the_bundled_translations_parse_with_the_reference_parser() {
    let Some(node) = node() else { return };
    let files = ftl_files(&Path::new(ROOT).join("locales"));
    assert!(files.len() >= 6, "{files:?}");
    assert_reference_reads_as_we_do(node, &files);
}

#[test]
fn files_our_locale_tools_write_parse_with_the_reference_parser() {
    let Some(node) = node() else { return };
    let dir = folders::fixture_copy("translators", "reference");
    run::ok(&dir, &["locale", "extract", "story"]);
    run::ok(&dir, &["locale", "new", "de-DE", "story"]);
    run::ok(&dir, &["locale", "pseudo", "story"]);
    // A round trip through gettext PO, translated on the way as a platform would.
    run::ok(
        &dir,
        &["locale", "export", "de-DE", "story", "--out", "de.po"],
    );
    let po = std::fs::read_to_string(dir.join("de.po")).expect("a PO file");
    let translated = po.replacen(
        "msgstr \"\"\n\n",
        "msgstr \"Hauptmann «\u{a0}Duval\u{a0}»\"\n\n",
        1,
    );
    std::fs::write(dir.join("de.po"), translated).expect("writable");
    run::ok(&dir, &["locale", "import", "de-DE", "de.po", "story"]);
    let imported = std::fs::read_to_string(dir.join("locales/de-DE/story.ftl")).expect("written");
    assert!(
        imported.contains("Hauptmann «\u{a0}Duval\u{a0}»"),
        "{imported}"
    );
    // The writer edits the story; the translation is brought up to date.
    let script = dir.join("story/night.vn");
    let text = std::fs::read_to_string(&script).expect("the fixture's script");
    std::fs::write(&script, text.replacen("> ", "> Changed: ", 1)).expect("writable");
    run::ok(&dir, &["locale", "extract", "story"]);
    run::ok(&dir, &["locale", "update", "de-DE", "story"]);
    let files = ftl_files(&dir.join("locales"));
    assert!(
        files.iter().any(|f| f.ends_with("de-DE/story.ftl")),
        "{files:?}"
    );
    assert_reference_reads_as_we_do(node, &files);
}
