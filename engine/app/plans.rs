//! `spearhead test`: plays a story's test plans (`tests/*.plan` in the story folder, or the
//! plans named) and says which hold and, for each that does not, the plan's line and why.
//! Exits 1 when any plan fails or cannot be read.

use spearhead_core::plan::Plan;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(story_dir: &Path, named: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
    let story = crate::check::story(story_dir)?;
    let plans = match named.is_empty() {
        true => plans_in(&story_dir.join("tests"))?,
        false => named,
    };
    if plans.is_empty() {
        anyhow::bail!(
            "no plans: write some in {} (see docs/SCRIPT.md, \"Test plans\")",
            story_dir.join("tests").display()
        );
    }
    let mut failed = 0;
    for path in &plans {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        let errors = match Plan::parse(&text) {
            Ok(plan) => plan.run(&story).err().into_iter().collect(),
            Err(errors) => errors,
        };
        match errors.as_slice() {
            [] => println!("ok    {}", path.display()),
            errors => {
                failed += 1;
                for e in errors {
                    println!("FAIL  {}:{}: {}", path.display(), e.line, e.message);
                }
            }
        }
    }
    println!(
        "\n{} plan(s), {} passed, {failed} failed",
        plans.len(),
        plans.len() - failed
    );
    Ok(match failed {
        0 => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    })
}

/// Every `*.plan` in `dir`, in name order (none if the folder does not exist).
fn plans_in(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut plans: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "plan"))
        .collect();
    plans.sort();
    Ok(plans)
}
