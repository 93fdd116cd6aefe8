//! The layers of docs/ARCHITECTURE.md, checked on the source: the player performs the events
//! the runtime hands it and asks the core's queries; it never walks a story's compiled code.

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("the source folder is readable") {
            let path = entry.expect("a readable entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn the_player_never_reads_a_storys_compiled_code() {
    let mut found = Vec::new();
    for file in rust_files(&Path::new(ROOT).join("engine/player/src")) {
        let text = std::fs::read_to_string(&file).expect("source is UTF-8");
        for (n, line) in text.lines().enumerate() {
            if ["Op::", "story::Op", ".ops()", ".code"]
                .iter()
                .any(|word| line.contains(word))
            {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "the player walks code: {found:#?}");
}

/// The names the bundled story gives things in its story.toml (locations, characters,
/// backgrounds, music, sounds, endings, looks), each with what it names.
fn story_names() -> Vec<(String, &'static str)> {
    let path = Path::new(ROOT).join("story/story.toml");
    let text = std::fs::read_to_string(path).expect("story/story.toml is readable");
    let manifest: toml::Table = toml::from_str(&text).expect("the story's manifest parses");
    let mut names = Vec::new();
    for kind in [
        "locations",
        "characters",
        "backgrounds",
        "music",
        "sounds",
        "endings",
        "looks",
    ] {
        let table = manifest.get(kind).and_then(toml::Value::as_table);
        names.extend(table.into_iter().flatten().map(|(k, _)| (k.clone(), kind)));
    }
    names
}

/// Every asset path the bundled story's story.toml writes, anywhere in it but the folders
/// (`assets`, `locales`: their defaults are the engine's).
fn story_asset_paths() -> Vec<String> {
    let path = Path::new(ROOT).join("story/story.toml");
    let text = std::fs::read_to_string(path).expect("story/story.toml is readable");
    let mut manifest: toml::Table = toml::from_str(&text).expect("the story's manifest parses");
    manifest.remove("assets");
    manifest.remove("locales");
    let manifest = toml::Value::Table(manifest);
    let mut paths = Vec::new();
    let mut values = vec![&manifest];
    while let Some(value) = values.pop() {
        match value {
            toml::Value::Table(t) => values.extend(t.values()),
            toml::Value::Array(a) => values.extend(a),
            toml::Value::String(s) if s.contains('/') && s.contains('.') => paths.push(s.clone()),
            _ => {}
        }
    }
    paths
}

/// The string literals of a Rust source line, outside comments (a rough lexer: enough for our
/// own sources, which keep raw strings and multi-line literals to tests).
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '/') if chars.peek() == Some(&'/') => break,
            (None, '\'') => {
                // A char literal ('"' among them) or a lifetime: skip to its end if it is one.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\\") || rest.chars().nth(1) == Some('\'') {
                    while chars.next().is_some_and(|c| c != '\'') {}
                    if rest.starts_with("\\") {
                        chars.next();
                    }
                }
            }
            (None, '"') => current = Some(String::new()),
            (Some(text), '\\') => {
                text.push('\\');
                text.extend(chars.next());
            }
            (Some(_), '"') => found.extend(current.take()),
            (Some(text), c) => text.push(c),
            (None, _) => {}
        }
    }
    found
}

/// Words the engine uses in its own meaning that the bundled story also uses as a name, each
/// with where the engine's own meaning comes from.
const ENGINE_WORDS: &[(&str, &str)] = &[
    // The story's title (Fluent's `title` argument); the bundled story also calls its title
    // music `title`, and its title screen's picture `ui/title.svg`.
    ("title", "music"),
    ("title", "asset file"),
    // The page number in the save screen's heading (Fluent's `page` argument); the bundled
    // story's sound of a turned page is `page`.
    ("page", "sounds"),
    ("page", "asset file"),
    // The expression a character's sprite falls back to (docs/SCRIPT.md); the bundled story's
    // sprite files are named after their expressions.
    ("neutral", "asset file"),
    // A mouse click, as `spearhead shot --input click:X:Y` names it (scripted.rs); the bundled
    // story also has a sound called `click` (and a file of that name).
    ("click", "sounds"),
    ("click", "asset file"),
];

/// The file names (without folder or extension) and the folders of the bundled story's asset
/// paths: `ui/logo.svg` gives the name `logo` and the folder `ui/`.
fn story_file_names_and_folders(paths: &[String]) -> (Vec<(String, &'static str)>, Vec<String>) {
    let mut names = Vec::new();
    let mut folders = Vec::new();
    for path in paths {
        let path = Path::new(path);
        if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
            names.push((stem.to_string(), "asset file"));
        }
        if let Some(folder) = path
            .parent()
            .and_then(|f| f.to_str())
            .filter(|f| !f.is_empty())
        {
            folders.push(format!("{folder}/"));
        }
    }
    names.sort();
    names.dedup();
    folders.sort();
    folders.dedup();
    (names, folders)
}

/// No engine code names a location, character, background, track, sound, ending or look of
/// the bundled story, one of its asset files or folders, or its title: another story must get
/// everything ours gets (the engine found the title screen's pictures as `ui/title` and
/// `ui/logo` once; now the manifest names them). The rule: a name counts when it is a string
/// literal of engine code, or one of the parts of a literal split at `.`, `/`, `_` and `:` (how
/// names are joined into keys and paths); an asset file counts by its name without folder or
/// extension, as a name; an asset path, or the folder of one with its `/`, counts anywhere in a
/// literal; the title counts as a whole literal. Identifiers
/// do not count (code can only meet a story's names as strings), nor comments, nor test code
/// (from a file's `#[cfg(test)]` on, where our modules keep it), nor `engine/app/bench.rs`,
/// which writes a synthetic story of its own, modelled on ours, for `spearhead bench`.
#[test]
fn engine_code_names_nothing_of_the_bundled_story() {
    let names = story_names();
    assert!(names.len() > 30, "only {} names read", names.len());
    let paths = story_asset_paths();
    assert!(paths.len() > 30, "only {} asset paths read", paths.len());
    let (files, folders) = story_file_names_and_folders(&paths);
    assert!(files.iter().any(|(f, _)| f == "logo") && folders.contains(&"ui/".to_string()));
    let names: Vec<(String, &str)> = names.into_iter().chain(files).collect();
    let title = {
        let path = Path::new(ROOT).join("story/story.toml");
        let text = std::fs::read_to_string(path).expect("story/story.toml is readable");
        let manifest: toml::Table = toml::from_str(&text).expect("the story's manifest parses");
        manifest["title"].as_str().expect("a title").to_string()
    };
    let mut found = Vec::new();
    for file in rust_files(&Path::new(ROOT).join("engine")) {
        if file.ends_with("engine/app/bench.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("source is UTF-8");
        let lines = text.lines().take_while(|l| l.trim() != "#[cfg(test)]");
        for (n, line) in lines.enumerate() {
            for literal in literals(line) {
                let parts: Vec<&str> = literal.split(['.', '/', '_', ':']).collect();
                let named = names.iter().filter(|(name, kind)| {
                    parts.contains(&name.as_str())
                        && !ENGINE_WORDS.contains(&(name.as_str(), *kind))
                });
                let pathed =
                    (paths.iter().chain(&folders)).filter(|p| literal.contains(p.as_str()));
                let what: Vec<String> = named
                    .map(|(name, kind)| format!("{kind} `{name}`"))
                    .chain(pathed.map(|p| format!("asset `{p}`")))
                    .chain((literal == title).then(|| format!("title `{title}`")))
                    .collect();
                if !what.is_empty() {
                    let place = file.strip_prefix(ROOT).unwrap_or(&file).display();
                    found.push(format!(
                        "{place}:{}: {}: {}",
                        n + 1,
                        what.join(", "),
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "engine code names the bundled story's {found:#?}"
    );
}

#[test]
fn literals_are_found_outside_comments_and_char_literals() {
    assert_eq!(
        literals(r#"let x = f("republic", '"', "a\"b"); // "front""#),
        ["republic", "a\\\"b"]
    );
    assert_eq!(
        literals("fn f<'a>(x: &'a str) -> char { 'x' }"),
        Vec::<String>::new()
    );
}

/// The stage's and the CG's models and the tweens are data: what is shown and the transitions
/// in progress, tested without a window. Only `stage/draw.rs` and `cg/draw.rs` (and
/// `stage/pictures.rs`, for the assets) may draw.
#[test]
fn the_stage_model_draws_nothing() {
    for file in ["stage/model.rs", "stage/tween.rs", "cg/model.rs"] {
        let path = Path::new(ROOT).join("engine/player/src").join(file);
        let text = std::fs::read_to_string(&path).expect("the stage model exists");
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        for word in ["macroquad", "crate::assets", "Story"] {
            assert!(!code.contains(word), "{file} uses {word}");
        }
    }
}
