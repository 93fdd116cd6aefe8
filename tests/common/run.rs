//! The `spearhead` binary run in a folder, as a writer or translator types it there (so
//! `story` names the story folder).
// Each test file that includes this uses some of it, not all.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs `spearhead ARGS` in `dir`.
pub fn spearhead(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run spearhead")
}

/// Runs `spearhead ARGS` in `dir`, which must succeed; its standard output.
pub fn ok(dir: &Path, args: &[&str]) -> String {
    let out = spearhead(dir, args);
    assert!(
        out.status.success(),
        "spearhead {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}
