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
