//! `spearhead play` and `spearhead shot`: the story in a window, and one scripted frame of it
//! as a PNG. The window player itself is the `spearhead-player` crate.

use spearhead_core::runtime::{Start, StoryState};
use spearhead_core::Story;
use spearhead_player::settings::Settings;
use spearhead_player::{ShotScreen, ShotSpec};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ShotArgs {
    /// The story folder (holding story.toml).
    #[arg(default_value = "story")]
    story: PathBuf,
    /// Lines to advance past after the first one shows.
    #[arg(long, default_value_t = 0)]
    lines: usize,
    /// Options to take at the choices on the way, 1-based, comma-separated: `--choose 2,1`.
    #[arg(long, value_delimiter = ',')]
    choose: Vec<usize>,
    /// The language to show (a folder under locales/).
    #[arg(long)]
    lang: Option<String>,
    /// The screen to capture: title, game, choice, save, load, backlog, menu (the game menu
    /// over the game), settings, accessibility, endings, gallery (the CG page of the endings
    /// screen) or music (its music room).
    #[arg(long, default_value = "game")]
    screen: ShotScreen,
    /// Where to write the PNG.
    #[arg(long)]
    out: PathBuf,
    /// After the lines, switch to this language in the settings (as a reader would).
    #[arg(long)]
    switch_lang: Option<String>,
    /// Roll back this many steps after the lines (as with the mouse wheel), before the capture.
    #[arg(long, default_value_t = 0)]
    back: usize,
    /// Then roll forward this many steps again (as with the mouse wheel down), the same way.
    #[arg(long, default_value_t = 0)]
    forward: usize,
    /// Begin the game at this scene instead of the story's start.
    #[arg(long, value_name = "SCENE")]
    from: Option<String>,
    /// Set a variable or stat first: `--set bond.squad=6 --set met_kaie=true`.
    #[arg(long, value_name = "NAME=VALUE")]
    set: Vec<String>,
    /// Write what self-voicing said (with `--setting self_voicing=true`) to this file, one
    /// utterance a line (`say [LANG] TEXT`, `stop`); a shot never speaks aloud.
    #[arg(long)]
    speech_log: Option<PathBuf>,
    /// Capture the last step as it starts (its transitions at their first frame), not settled.
    #[arg(long)]
    unsettled: bool,
    /// A setting as the reader would have it, `KEY=VALUE` with a key of settings.txt
    /// (`--setting text_size=140`); may be given again for another.
    #[arg(long = "setting", value_name = "KEY=VALUE")]
    settings: Vec<String>,
    /// The save folder the save and load screens show (the save screen saves into its slot 1),
    /// and the game's, given --input (F5 saves there); default: a new temporary folder,
    /// deleted afterwards.
    #[arg(long)]
    saves: Option<PathBuf>,
    /// Then give the screens these gestures, one a frame, as a reader would: `key:escape`,
    /// `click:X:Y` (a point of the 1280x720 canvas), `rightclick:X:Y`, `move:X:Y`, `wheel:up`.
    /// When one quits the player, no frame is written and "the player quit" is printed.
    #[arg(long, value_name = "EVENT")]
    input: Vec<spearhead_player::scripted::Event>,
}

/// The story to play when none is named: `story/` here, else the one in this source tree.
pub fn default_story() -> PathBuf {
    let here = PathBuf::from("story");
    if here.join("story.toml").is_file() {
        return here;
    }
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("story");
    if bundled.join("story.toml").is_file() {
        bundled
    } else {
        here
    }
}

/// Plays the story in `dir`: from the title, or straight into a game from `start`; `watch`
/// loads edits as they are saved.
pub fn play(
    dir: &Path,
    lang: Option<String>,
    start: Option<Start>,
    watch: bool,
) -> anyhow::Result<ExitCode> {
    let (story, lang) = story_in(dir, lang)?;
    let state = start
        .map(|s| StoryState::starting(&story, &s))
        .transpose()?;
    spearhead_player::play(story, lang, state, watch);
    Ok(ExitCode::SUCCESS)
}

/// The story in `dir` and the language to show it in, with `read`'s warnings when the language
/// falls back.
fn story_in(dir: &Path, lang: Option<String>) -> anyhow::Result<(Story, Option<String>)> {
    let loaded = crate::check::clean(dir)?;
    let chosen = match (&loaded.story, lang) {
        (Some(story), Some(lang)) => Some(crate::language::choose(story, &lang)?),
        _ => None,
    };
    if let Some(chosen) = &chosen {
        crate::language::warn_fallbacks(&loaded, chosen);
    }
    match loaded.story {
        Some(story) => Ok((story, chosen)),
        None => anyhow::bail!("{} holds no story", dir.display()),
    }
}

pub fn shot(args: ShotArgs) -> anyhow::Result<ExitCode> {
    let (story, lang) = story_in(&args.story, args.lang)?;
    let start = crate::start(args.from, &args.set)?;
    let state = StoryState::starting(&story, &start)?;
    let mut settings = Settings::default();
    for setting in &args.settings {
        let Some((key, value)) = setting.split_once('=') else {
            anyhow::bail!("--setting {setting}: write it KEY=VALUE");
        };
        settings.set(key.trim(), value.trim())?;
    }
    let spec = ShotSpec {
        start: Some(state),
        unsettled: args.unsettled,
        speech_log: args.speech_log,
        settings,
        lines: args.lines,
        choose: args.choose,
        screen: args.screen,
        out: args.out,
        back: args.back,
        forward: args.forward,
        lang,
        switch_lang: args.switch_lang,
        saves: args.saves,
        input: args.input.into_iter().map(|e| e.0).collect(),
    };
    // A script that cannot work is refused before a window opens.
    spec.check(&story)?;
    spearhead_player::shot(story, spec)
}
