//! The `spearhead` command: checks, reads and measures stories. Each subcommand lives in its
//! own module; this file only parses the command line and dispatches.

mod bench;
mod check;
mod locale;
mod play;
mod read;
mod stats;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

// The story core allocates many small strings and vectors while it loads and reads a story;
// mimalloc serves them in about half the time of glibc's malloc (docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// The window player runs for hours and frees in bursts (a scene's art, a music track). With
// its defaults mimalloc commits its first 1 GiB arena whole and purges freed memory only after
// a delay: that cost the player about 40 MB of resident memory over glibc, while it makes
// loading a story about 15% faster (docs/PERFORMANCE.md). So the player, and only the player,
// commits arena memory as it is used and purges at once. The commit option is read when the
// first arena is reserved, before `main`, so an ELF constructor ordered before mimalloc's own
// sets both; glibc passes constructors the command line, which tells the player apart.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array.00100"] // before mimalloc's constructor (priority 101)
static TUNE_ALLOCATOR_FOR_PLAYER: extern "C" fn(std::ffi::c_int, *const *const std::ffi::c_char) =
    tune_allocator_for_player;

#[cfg(target_os = "linux")]
extern "C" fn tune_allocator_for_player(
    argc: std::ffi::c_int,
    argv: *const *const std::ffi::c_char,
) {
    // Option numbers from mimalloc.h (the same in v2 and v3); libmimalloc-sys names only some.
    const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    let command = if argc < 2 || argv.is_null() {
        None
    } else {
        // SAFETY: glibc calls .init_array functions with main's argc and argv, and argv[1]
        // exists when argc >= 2; the string is read in place, nothing is allocated.
        Some(unsafe { std::ffi::CStr::from_ptr(*argv.add(1)) }.to_bytes())
    };
    if matches!(command, None | Some(b"play" | b"shot")) {
        // SAFETY: mi_option_set stores a value in mimalloc's static option table and allocates
        // nothing, so it may run before mimalloc is initialised.
        unsafe {
            libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
            libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        }
    }
}

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
