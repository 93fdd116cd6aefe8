//! The `spearhead` command: checks, reads and measures stories. Each subcommand lives in its
//! own module; this file only parses the command line and dispatches.

mod allocator;
mod bench;
mod check;
mod figures;
mod graph;
mod locale;
mod play;
mod read;
mod routes;
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
    },
    /// Play a story with scripted input in a window and save one frame as PNG.
    Shot(play::ShotArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Check { story, color }) => check::run(&story, color),
        Some(Command::Read {
            story,
            choose,
            lang,
        }) => read::run(&story, choose, lang),
        Some(Command::Bench(args)) => bench::run(args),
        Some(Command::Locale(command)) => locale::run(command),
        Some(Command::Stats { story }) => stats::run(&story),
        Some(Command::Routes { story, limit }) => routes::run(&story, limit),
        Some(Command::Graph { story }) => graph::run(&story),
        Some(Command::Play { story, lang }) => {
            play::play(&story.unwrap_or_else(play::default_story), lang)
        }
        Some(Command::Shot(args)) => play::shot(args),
        None => play::play(&play::default_story(), None),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
