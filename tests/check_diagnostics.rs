//! `spearhead check` specification: every `tests/check/*.vn` is checked against
//! `tests/check/story.toml` (or its own `<case>.toml`), and the rendered diagnostics must match
//! the snapshot in `tests/snapshots/`. Review changes with `cargo insta review`.

use std::path::Path;

#[test]
fn diagnostics_match_snapshots() {
    insta::glob!("check/*.vn", |path| {
        let root = path.parent().expect("case folder");
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        let own_manifest = path.with_extension("toml");
        let manifest_path = if own_manifest.exists() {
            own_manifest
        } else {
            root.join("story.toml")
        };
        let manifest = std::fs::read_to_string(manifest_path).expect("manifest");
        let script = std::fs::read_to_string(path).expect("case");
        let loaded = spearhead_core::load_str(root, &manifest, &[(&name, &script)]);
        let rendered = loaded.render(false);
        let summary = format!(
            "{} error(s), {} warning(s)",
            loaded.diagnostics.iter().filter(|d| d.is_error()).count(),
            loaded.diagnostics.iter().filter(|d| !d.is_error()).count()
        );
        insta::assert_snapshot!(format!("{summary}\n\n{rendered}"));
    });
}

/// Parsing never panics, whatever the input: every case, cut and mangled many ways, must load
/// to a result (with diagnostics) without a panic.
#[test]
fn no_input_makes_the_checker_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check");
    let manifest = std::fs::read_to_string(dir.join("story.toml")).expect("manifest");
    let mut seed: u64 = 0x5eed;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n.max(1)
    };
    const NOISE: &[&str] = &[
        "{", "}", "(", ")", ":", "#", ">", "\"", "\t", "    ", "\n", "é", "界", "==", "-", "\\",
        "if ", "option ",
    ];
    for entry in std::fs::read_dir(&dir).expect("tests/check") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "vn") {
            continue;
        }
        let original = std::fs::read_to_string(&path).expect("case");
        for round in 0..150 {
            let mut text = original.clone();
            for _ in 0..=round % 6 {
                let mut at = next(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                match next(3) {
                    0 => text.insert_str(at, NOISE[next(NOISE.len())]),
                    1 => text.truncate(at),
                    _ => {
                        let end = (at + next(8)).min(text.len());
                        if text.is_char_boundary(end) {
                            text.replace_range(at..end, "");
                        }
                    }
                }
            }
            let loaded = spearhead_core::load_str(&dir, &manifest, &[("mangled.vn", &text)]);
            // Rendering touches every span: it must not panic either.
            let _ = loaded.render(false);
        }
    }
}

/// The first script example after `marker` in a Markdown file, parsed on its own: how many
/// scenes and variables it declares.
fn parse_doc_example(doc: &str, marker: &str) -> (usize, usize) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(doc);
    let text = std::fs::read_to_string(&path).expect("the document exists");
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("{doc} has an example starting `{marker}`"))
        + 4;
    let example =
        &text[start..start + text[start..].find("```").expect("the example block closes")];
    let mut sources = spearhead_core::source::Sources::default();
    let file = sources.add(doc, path, example.to_string());
    let (script, diagnostics) = spearhead_core::syntax::parse(&sources, &[file]);
    assert!(
        diagnostics.is_empty(),
        "{}",
        spearhead_core::diagnostic::render(&sources, &diagnostics, false)
    );
    (script.scenes.len(), script.vars.len())
}

/// The worked example in docs/SCRIPT.md stays valid syntax as the language changes.
#[test]
fn the_language_reference_example_parses() {
    assert_eq!(
        parse_doc_example("docs/SCRIPT.md", "```\n// story/"),
        (2, 1)
    );
}

/// So does the chapter a newcomer copies from README.md.
#[test]
fn the_readme_chapter_example_parses() {
    let (scenes, _) = parse_doc_example("README.md", "```\nchapter ");
    assert_eq!(scenes, 1);
}

/// A large story is checked on several threads; a line ID used again far from its first use
/// (in another thread's share of the scenes) is still reported, against its first use, and the
/// report is the same however many scenes lie between.
#[test]
fn duplicate_line_ids_are_found_across_a_large_story() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check");
    let manifest = std::fs::read_to_string(dir.join("story.toml")).expect("manifest");
    let mut script = String::new();
    for i in 0..1000 {
        let id = match i {
            3 | 700 | 701 => "#shared".to_string(),
            _ => format!("#line{i}"),
        };
        let next = if i == 999 {
            "end good".to_string()
        } else {
            format!("jump s{}", i + 1)
        };
        let name = if i == 0 {
            "start".to_string()
        } else {
            format!("s{i}")
        };
        script.push_str(&format!("scene {name}\nlena: Line {i}.  {id}\n{next}\n"));
    }
    let loaded = spearhead_core::load_str(&dir, &manifest, &[("big.vn", &script)]);
    let rendered = loaded.render(false);
    let repeats = loaded
        .diagnostics
        .iter()
        .filter(|d| d.kind == spearhead_core::DiagnosticKind::DuplicateLineId)
        .count();
    assert_eq!(repeats, 2, "{rendered}");
    let first_use = "first used at big.vn:11:16";
    assert_eq!(rendered.matches(first_use).count(), 2, "{rendered}");
    assert!(rendered.contains("big.vn:2102:18"), "{rendered}");
    assert!(rendered.contains("big.vn:2105:18"), "{rendered}");
}
