//! `spearhead bench`: placeholder until the benchmark lands.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the benchmark is not written yet")
}
