//! The `spearhead` command: checks, reads and measures stories. Each subcommand lives in its
//! own module; this file only parses the command line and dispatches.

mod allocator;
mod bench;
mod check;
mod figures;
mod graph;
mod language;
mod locale;
mod lsp;
mod plans;
mod play;
mod read;
mod routes;
mod saves;
mod stats;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "spearhead",
    version,
    about = "A visual novel engine and the story that ships with it"
)]
struct Cli {
    // A global option must be a flag (no separate value): allocator.rs takes the first
    // argument that is not an option for the subcommand, before `main` runs.
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Parse and check a story; print every problem. Exits 1 on errors.
    Check {
        /// The story folder (holding story.toml).
        #[arg(default_value = "story")]
        story: PathBuf,
        /// Colour the output (default: when printing to a terminal).
        #[arg(long)]
        color: Option<bool>,
        /// Also list the saves in this folder (the player's save folder, say) that would not
        /// resume exactly on the story as it is now, and why. Exits 1 if there are any.
        #[arg(long, value_name = "DIR")]
        saves: Option<PathBuf>,
    },
    /// Read a story as plain text in the terminal.
    Read {
        #[arg(default_value = "story")]
        story: PathBuf,
        /// Options to take at each choice, 1-based, comma-separated: `--choose 2,1,3`.
        /// Without it, choices are read from standard input.
        #[arg(long, value_delimiter = ',')]
        choose: Option<Vec<usize>>,
        /// The language to read in (a folder under locales/).
        #[arg(long)]
        lang: Option<String>,
        /// Begin at this scene instead of the story's start.
        #[arg(long, value_name = "SCENE")]
        from: Option<String>,
        /// Set a variable or stat first: `--set bond.squad=6 --set met_kaie=true`.
        #[arg(long, value_name = "NAME=VALUE")]
        set: Vec<String>,
        /// Print each change of a variable or stat, and each scene entered, beside the text.
        #[arg(long)]
        trace: bool,
    },
    /// Generate a large story and measure parse, check and run speed and memory.
    Bench(bench::Args),
    /// Word, line, scene and choice counts of a story, per chapter.
    Stats {
        #[arg(default_value = "story")]
        story: PathBuf,
    },
    /// Every route through a story: how many reach each ending, one route to each, and what no
    /// route ever shows. Exits 1 when a route fails at run time.
    Routes {
        #[arg(default_value = "story")]
        story: PathBuf,
        /// The most situations to remember (about 250 bytes each); the search also stops when
        /// all it holds, the route it follows included, passes 256 bytes a situation.
        #[arg(long, default_value_t = routes::DEFAULT_LIMIT)]
        limit: usize,
    },
    /// The story's scenes, choices and endings as a Graphviz graph (`| dot -Tsvg > story.svg`).
    Graph {
        #[arg(default_value = "story")]
        story: PathBuf,
    },
    /// Play the story's test plans (STORY/tests/*.plan, or the ones named): each pins a route
    /// by option text or ID and says what must be seen. Exits 1 if any fails.
    Test {
        #[arg(default_value = "story")]
        story: PathBuf,
        /// Plan files to play instead of STORY/tests/*.plan.
        plans: Vec<PathBuf>,
    },
    /// A language server for editors, over standard input and output (LSP): diagnostics as
    /// you type, completion, go to definition, hover.
    Lsp,
    /// Translation tools: tag lines with IDs, extract, status, pseudo-locale.
    #[command(subcommand)]
    Locale(locale::Command),
    /// Play a story in a window (the default with no arguments).
    Play {
        /// The story folder (holding story.toml); default: the bundled story.
        story: Option<PathBuf>,
        /// The language to show (a folder under locales/).
        #[arg(long)]
        lang: Option<String>,
        /// Begin a game at this scene at once, instead of the title screen.
        #[arg(long, value_name = "SCENE")]
        from: Option<String>,
        /// Set a variable or stat in that game first: `--set bond.squad=6` (implies a game
        /// from the story's start when `--from` is not given).
        #[arg(long, value_name = "NAME=VALUE")]
        set: Vec<String>,
        /// Watch the story's files: a script, story.toml or translation saved while playing
        /// is loaded at once, the reading staying on its line (a broken edit shows its errors
        /// until fixed). The window then redraws 10 times a second while idle.
        #[arg(long)]
        watch: bool,
    },
    /// Play a story with scripted input in a window and save one frame as PNG.
    Shot(play::ShotArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Check {
            story,
            color,
            saves,
        }) => check::run(&story, color, saves.as_deref()),
        Some(Command::Read {
            story,
            choose,
            lang,
            from,
            set,
            trace,
        }) => start(from, &set).and_then(|start| {
            let options = read::Options {
                choose,
                lang,
                start,
                trace,
            };
            read::run(&story, options)
        }),
        Some(Command::Bench(args)) => bench::run(args),
        Some(Command::Locale(command)) => locale::run(command),
        Some(Command::Stats { story }) => stats::run(&story),
        Some(Command::Routes { story, limit }) => routes::run(&story, limit),
        Some(Command::Graph { story }) => graph::run(&story),
        Some(Command::Test { story, plans }) => plans::run(&story, plans),
        Some(Command::Lsp) => lsp::run().map(|()| ExitCode::SUCCESS),
        Some(Command::Play {
            story,
            lang,
            from,
            set,
            watch,
        }) => {
            let begun = from.is_some() || !set.is_empty();
            let story = story.unwrap_or_else(play::default_story);
            start(from, &set)
                .and_then(|start| play::play(&story, lang, begun.then_some(start), watch))
        }
        Some(Command::Shot(args)) => play::shot(args),
        None => play::play(&play::default_story(), None, None, false),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// A reading's start from `--from` and `--set`.
pub(crate) fn start(
    from: Option<String>,
    set: &[String],
) -> anyhow::Result<spearhead_core::runtime::Start> {
    let mut start = spearhead_core::runtime::Start {
        scene: from,
        ..Default::default()
    };
    for assignment in set {
        start.set_from(assignment)?;
    }
    Ok(start)
}
