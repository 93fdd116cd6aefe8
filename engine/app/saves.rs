//! `spearhead check --saves DIR`: which saves in a folder would not resume exactly on the story
//! as it is now (a line they stood on was removed, a scene renamed without an alias, ...), and
//! why, before a reader finds out. Exits 1 when any would not.

use anyhow::Context;
use spearhead_core::{SaveData, Story};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The largest save file read; the player's saves are a few kilobytes.
const MAX_SAVE_BYTES: u64 = 16 * 1024 * 1024;

/// What one save would do on the story.
enum Verdict {
    Exact,
    Inexact(Vec<String>),
    Unloadable(String),
}

pub fn check(story: &Story, dir: &Path) -> anyhow::Result<ExitCode> {
    let files = save_files(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let mut counts = [0usize; 3];
    for path in &files {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        match verdict(story, path) {
            Verdict::Exact => counts[0] += 1,
            Verdict::Inexact(reasons) => {
                counts[1] += 1;
                println!("{name}: does not resume exactly:");
                for reason in reasons {
                    println!("  {reason}");
                }
            }
            Verdict::Unloadable(reason) => {
                counts[2] += 1;
                println!("{name}: cannot be loaded: {reason}");
            }
        }
    }
    println!(
        "{}: {} save(s): {} resume exactly, {} not exactly, {} cannot be loaded",
        dir.display(),
        files.len(),
        counts[0],
        counts[1],
        counts[2]
    );
    Ok(if counts[1] + counts[2] > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The save files in `dir`, sorted: `*.toml`, not hidden (a save being written is `.x.tmp`).
fn save_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".toml") && !name.starts_with('.') && entry.path().is_file() {
            out.push(entry.path());
        }
    }
    out.sort();
    Ok(out)
}

fn verdict(story: &Story, path: &Path) -> Verdict {
    let data =
        match read(path).and_then(|text| SaveData::from_toml(&text).map_err(|e| e.to_string())) {
            Ok(data) => data,
            Err(reason) => return Verdict::Unloadable(reason),
        };
    match story.check_save(&data) {
        Ok(reasons) if reasons.is_empty() => Verdict::Exact,
        Ok(reasons) => Verdict::Inexact(reasons.iter().map(ToString::to_string).collect()),
        Err(e) => Verdict::Unloadable(e.to_string()),
    }
}

/// A save's text, refusing a file over `MAX_SAVE_BYTES` without reading it all.
fn read(path: &Path) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_SAVE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_SAVE_BYTES {
        return Err(format!("the file is over {MAX_SAVE_BYTES} bytes"));
    }
    String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())
}
