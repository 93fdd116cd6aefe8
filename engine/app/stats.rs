//! `spearhead stats`: placeholder until the story statistics land.

use std::path::Path;
use std::process::ExitCode;

pub fn run(_story: &Path) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not written yet")
}
