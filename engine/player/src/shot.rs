//! `spearhead shot`: drives the real window with scripted input (new game, advance N lines,
//! take the listed options at choices), opens the asked-for screen, lets it settle, and writes
//! one frame to PNG. Used by the window tests and for README screenshots.

use crate::app::{apply, draw_stack, Flow};
use crate::context::Ctx;
use crate::input::Input;
use crate::narration::Narrator;
use crate::saves::Saves;
use crate::screens::endings::{Endings, Page};
use crate::screens::menu::GameMenu;
use crate::screens::options::Options;
use crate::screens::saveload::{Mode, SaveLoad};
use crate::screens::{game::GameScreen, title::TitleScreen, Notice, Screen};
use crate::speech::{Recorder, Voice};
use crate::thumbnail::Thumbnail;
use macroquad::prelude::*;
use spearhead_core::locale::choose;
use spearhead_core::runtime::StoryState;
use spearhead_core::{RuntimeError, Story};
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShotScreen {
    Title,
    Game,
    Choice,
    Save,
    Load,
    Backlog,
    /// The game menu (Esc) over the game.
    Menu,
    Settings,
    /// The accessibility page (Shift+A) over the title.
    Accessibility,
    Endings,
    /// The gallery turned to its CG page.
    Gallery,
    /// The gallery turned to its music room.
    Music,
}

/// The screens a shot can capture, for messages.
const SCREENS: &str =
    "title, game, choice, save, load, backlog, menu, settings, accessibility, endings, gallery or music";

/// Why scripted input could not be played to the frame asked for.
#[derive(Debug, thiserror::Error)]
pub enum ShotError {
    #[error("unknown screen `{0}`: use {SCREENS}")]
    UnknownScreen(String),
    #[error("options are numbered from 1 (--choose 0)")]
    OptionZero,
    #[error("option {option} could not be taken: {source}")]
    Choose {
        option: usize,
        #[source]
        source: RuntimeError,
    },
    #[error("the story stopped before the lines ran out (after {advanced} of {lines})")]
    LinesRanOut { advanced: usize, lines: usize },
    #[error("no choice on screen after {lines} lines (the story ended)")]
    NoChoice { lines: usize },
    #[error("cannot roll back further than the first line ({asked} steps asked for)")]
    RollBackTooFar { asked: usize },
    #[error(
        "cannot roll forward further than where the reader rolled back from ({asked} steps \
         asked for)"
    )]
    RollForwardTooFar { asked: usize },
    #[error("the story has no language `{0}`")]
    UnknownLanguage(String),
    #[error("the save screen has no game to save")]
    NoGame,
    #[error("saving the game for the save screen failed: {0}")]
    Save(#[source] std::io::Error),
    #[error("{}: {source}", path.display())]
    WriteFrame {
        path: PathBuf,
        #[source]
        source: image::ImageError,
    },
}

impl ShotSpec {
    /// What can be known wrong with the script before the window opens: an option numbered 0,
    /// a language to switch to that the story does not have.
    pub fn check(&self, story: &Story) -> Result<(), ShotError> {
        if self.choose.contains(&0) {
            return Err(ShotError::OptionZero);
        }
        if let Some(lang) = &self.switch_lang {
            let source = story.default_locale();
            let available = choose::available(&story.locales_dir(), source)
                .unwrap_or_else(|_| vec![source.to_string()]);
            if !available.contains(lang) {
                return Err(ShotError::UnknownLanguage(lang.clone()));
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for ShotScreen {
    type Err = ShotError;
    fn from_str(s: &str) -> Result<Self, ShotError> {
        Ok(match s {
            "title" => ShotScreen::Title,
            "game" => ShotScreen::Game,
            "choice" => ShotScreen::Choice,
            "save" => ShotScreen::Save,
            "load" => ShotScreen::Load,
            "backlog" => ShotScreen::Backlog,
            "menu" => ShotScreen::Menu,
            "settings" => ShotScreen::Settings,
            "accessibility" => ShotScreen::Accessibility,
            "endings" => ShotScreen::Endings,
            "gallery" => ShotScreen::Gallery,
            "music" => ShotScreen::Music,
            _ => return Err(ShotError::UnknownScreen(s.to_string())),
        })
    }
}

#[derive(Debug, Clone)]
pub struct ShotSpec {
    /// Lines to advance past after the first one shows.
    pub lines: usize,
    /// Options (1-based) to take at the choices met on the way, in order.
    pub choose: Vec<usize>,
    pub screen: ShotScreen,
    pub out: PathBuf,
    /// Steps to roll back (as with the mouse wheel) after the lines, before the capture.
    pub back: usize,
    /// Steps to roll forward again after rolling back (the mouse wheel down).
    pub forward: usize,
    /// The language to show the story in (a folder under its locales folder).
    pub lang: Option<String>,
    /// A language to switch to in the settings after the lines, as a reader would: the
    /// settings open over the game, the language row changes, the settings close.
    pub switch_lang: Option<String>,
    /// Where the new game begins (`--from`, `--set`); `None` for the story's start.
    pub start: Option<StoryState>,
    /// Where to write what self-voicing said (`self_voicing=true`), one utterance a line; a shot
    /// never speaks aloud.
    pub speech_log: Option<PathBuf>,
    /// Capture the last step as it starts (its transitions at their first frame) instead of
    /// once everything has settled.
    pub unsettled: bool,
    /// Settings as the reader would have set them (`key=value`, the keys of settings.txt),
    /// checked by `Settings::set`.
    pub settings: crate::settings::Settings,
    /// The save folder of the save and load screens; `None` for a new temporary one, deleted
    /// after the shot (the reader's own is never touched).
    pub saves: Option<PathBuf>,
    /// Gestures given to the screens after the rest, one frame each (`--input`), as a reader
    /// would make them: keys, clicks, pointer moves.
    pub input: Vec<Input>,
}

/// How a shot ended, as the process exit code.
pub const OK: i32 = 0;
pub const FAILED: i32 = 1;

/// Plays the script, captures the frame, returns the exit code.
pub async fn run(mut ctx: Ctx, spec: ShotSpec) -> i32 {
    ctx.services.settings = spec.settings.clone();
    let recorder = Recorder::default();
    ctx.services.voice = Voice::through(Box::new(recorder.clone()));
    ctx.services.voice.turn(ctx.services.settings.self_voicing);
    if let Some(lang) = &spec.lang {
        ctx.set_language(lang);
    }
    if spec.saves.is_some() || !spec.input.is_empty() {
        // Gestures may save (F5, a slot): into the shot's own folder, never the reader's.
        ctx.services.saves = Some(Saves::in_dir(&save_folder(&spec)));
    }
    let mut stack: Vec<Box<dyn Screen>> = match spec.screen {
        ShotScreen::Title => vec![Box::new(TitleScreen::new(&mut ctx))],
        ShotScreen::Game | ShotScreen::Choice | ShotScreen::Backlog | ShotScreen::Menu => {
            match drive(&mut ctx, &spec).await {
                Ok(game) if spec.screen == ShotScreen::Backlog => {
                    let backlog = game.backlog_screen();
                    vec![Box::new(game), Box::new(backlog)]
                }
                Ok(mut game) if spec.screen == ShotScreen::Menu => {
                    let menu = GameMenu::new(game.state().clone(), game.picture(&mut ctx));
                    vec![Box::new(game), Box::new(menu)]
                }
                Ok(game) => vec![Box::new(game)],
                Err(e) => {
                    log::error!("{e}");
                    return FAILED;
                }
            }
        }
        ShotScreen::Load => {
            ctx.services.saves = Some(Saves::in_dir(&save_folder(&spec)));
            let title = TitleScreen::new(&mut ctx);
            vec![Box::new(title), Box::new(SaveLoad::new(&ctx, Mode::Load))]
        }
        ShotScreen::Save => match drive(&mut ctx, &spec).await {
            Ok(game) => {
                let mut stack: Vec<Box<dyn Screen>> = vec![Box::new(game)];
                match save_into_slot_one(&mut ctx, &mut stack, &spec).await {
                    Ok(screen) => stack.push(Box::new(screen)),
                    Err(e) => {
                        log::error!("{e}");
                        return FAILED;
                    }
                }
                stack
            }
            Err(e) => {
                log::error!("{e}");
                return FAILED;
            }
        },
        ShotScreen::Endings | ShotScreen::Gallery | ShotScreen::Music => {
            match drive(&mut ctx, &spec).await {
                // The ending the script reached, the CG on stage and the music playing (if any)
                // count as seen and heard, as in play.
                Ok(game) => {
                    let reached = game
                        .ending()
                        .map(|e| ctx.story.endings[e].id.clone())
                        .into_iter()
                        .collect();
                    let cgs = game.state().stage().cg.iter().map(|c| c.to_string());
                    let heard = game.state().stage().music.iter().map(|m| m.to_string());
                    let page = match spec.screen {
                        ShotScreen::Gallery => Page::Cgs,
                        ShotScreen::Music => Page::Music,
                        _ => Page::Endings,
                    };
                    let gallery = Endings::with_reached(reached, cgs.collect())
                        .with_heard(heard.collect())
                        .on_page(page);
                    vec![Box::new(TitleScreen::new(&mut ctx)), Box::new(gallery)]
                }
                Err(e) => {
                    log::error!("{e}");
                    return FAILED;
                }
            }
        }
        ShotScreen::Settings => vec![
            Box::new(TitleScreen::new(&mut ctx)),
            Box::new(Options::new()),
        ],
        ShotScreen::Accessibility => vec![
            Box::new(TitleScreen::new(&mut ctx)),
            Box::new(Options::accessibility()),
        ],
    };
    settle(&mut ctx, &mut stack).await;
    // Self-voicing of the menus, as in play: the screen shown, then what each gesture changes.
    let mut narrator = Narrator::default();
    narrator.follow(&stack, &mut ctx);
    for (n, input) in spec.input.iter().enumerate() {
        let Some(top) = stack.last_mut() else { break };
        let next = top.update(&mut ctx, input, 0.0);
        let flow = apply(&mut stack, &mut ctx, next);
        narrator.follow(&stack, &mut ctx);
        if flow == Flow::Quit {
            // What a test of a quit looks for: the player would have closed its window here.
            println!("the player quit at input {}", n + 1);
            if spec.saves.is_none() {
                let _ = std::fs::remove_dir_all(save_folder(&spec));
            }
            return OK;
        }
        for screen in &mut stack {
            screen.settle();
        }
        settle(&mut ctx, &mut stack).await;
    }
    draw_stack(&mut stack, &mut ctx);
    let written = save_png(&crate::screenshot::read_frame(), &spec.out)
        .map_err(|e| format!("{}: {e}", spec.out.display()))
        .and_then(|()| write_speech_log(spec.speech_log.as_deref(), &recorder));
    if spec.saves.is_none() {
        let _ = std::fs::remove_dir_all(save_folder(&spec));
    }
    match written {
        Ok(()) => OK,
        Err(e) => {
            log::error!("{e}");
            FAILED
        }
    }
}

/// A few frames (the window maps, the view settles), and as many more as the art asked for
/// takes to arrive: the frame captured next is the finished one.
async fn settle(ctx: &mut Ctx, stack: &mut Vec<Box<dyn Screen>>) {
    let deadline = Instant::now() + LOADING_LIMIT;
    let mut frames = 0;
    while frames < 4 || stack.iter().any(|s| s.waiting()) || ctx.services.loading() {
        if Instant::now() > deadline {
            log::warn!("art still loading after {LOADING_LIMIT:?}; capturing anyway");
            break;
        }
        ctx.services.view = crate::layout::View::fit(screen_width(), screen_height());
        ctx.services.load_step();
        draw_stack(stack, ctx);
        ctx.services
            .frame_done(false, stack.iter().any(|s| s.waiting()));
        next_frame().await;
        frames += 1;
    }
}

/// Writes what self-voicing said to `path`, if one is given.
fn write_speech_log(path: Option<&std::path::Path>, recorder: &Recorder) -> Result<(), String> {
    let Some(path) = path else { return Ok(()) };
    let log: String = recorder.heard().iter().map(|u| format!("{u}\n")).collect();
    std::fs::write(path, log).map_err(|e| format!("{}: {e}", path.display()))
}

/// The save folder of a shot: `--saves`, or a temporary one of this process.
fn save_folder(spec: &ShotSpec) -> PathBuf {
    spec.saves.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("spearhead-shot-{}", std::process::id()))
    })
}

/// For the save screen: saves the game on screen into slot 1 of the shot's save folder (a new
/// temporary one unless `--saves` names one), thumbnail and all, and opens the save screen on
/// it.
async fn save_into_slot_one(
    ctx: &mut Ctx,
    stack: &mut [Box<dyn Screen>],
    spec: &ShotSpec,
) -> Result<SaveLoad, ShotError> {
    let dir = save_folder(spec);
    if spec.saves.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    // Let the game's art settle on screen before taking its picture.
    for _ in 0..3 {
        ctx.services.view = crate::layout::View::fit(screen_width(), screen_height());
        draw_stack(stack, ctx);
        next_frame().await;
    }
    draw_stack(stack, ctx);
    let picture = Thumbnail::capture(&ctx.services.view);
    let state = stack
        .first()
        .and_then(|s| s.story_state())
        .ok_or(ShotError::NoGame)?
        .clone();
    let saves = Saves::in_dir(&dir);
    let thumbnail = Some(picture.parts());
    (saves.write_with_thumbnail(&Saves::slot_name(1), ctx.story, &state, thumbnail))
        .map_err(ShotError::Save)?;
    ctx.services.saves = Some(saves);
    let picture = Some(picture);
    Ok(SaveLoad::new(
        ctx,
        Mode::Save {
            state: Box::new(state),
            picture,
        },
    ))
}

/// The longest a shot waits for art to load before it captures what it has.
const LOADING_LIMIT: Duration = Duration::from_secs(30);

/// New game (from `spec.start` if given), then `spec.lines` advances, answering choices from `spec.choose`. After each
/// step, frames are drawn until what was asked for has loaded, as for a reader who dwells on
/// each line (so `SPEARHEAD_TIMING` times scene changes as in play).
async fn drive(ctx: &mut Ctx, spec: &ShotSpec) -> Result<GameScreen, ShotError> {
    let mut game = match &spec.start {
        Some(state) => GameScreen::starting(ctx, state.clone()),
        None => GameScreen::new_game(ctx),
    };
    let mut picks = spec.choose.iter();
    let mut advanced = 0;
    loop {
        let_loading_finish(ctx, &mut game).await;
        if !(spec.unsettled && advanced == spec.lines) {
            game.settle();
        }
        // Shots draw no frames in real time, so music fades are finished as the stage's are.
        ctx.services.audio.finish_fades();
        if game.is_ended() {
            break;
        }
        if game.is_choosing() {
            match picks.next() {
                Some(&n) => {
                    let index = n.checked_sub(1).ok_or(ShotError::OptionZero)?;
                    (game.choose(ctx, index))
                        .map_err(|source| ShotError::Choose { option: n, source })?
                }
                None => break,
            }
            continue;
        }
        if advanced == spec.lines {
            if spec.screen == ShotScreen::Choice {
                // Go on to the next choice.
                game.advance(ctx);
                continue;
            }
            break;
        }
        if !game.on_line() {
            return Err(ShotError::LinesRanOut {
                advanced,
                lines: spec.lines,
            });
        }
        game.advance(ctx);
        advanced += 1;
    }
    if spec.screen == ShotScreen::Choice && !game.is_choosing() {
        return Err(ShotError::NoChoice { lines: spec.lines });
    }
    for _ in 0..spec.back {
        if !game.rollback(ctx) {
            return Err(ShotError::RollBackTooFar { asked: spec.back });
        }
    }
    for _ in 0..spec.forward {
        if !game.roll_forward(ctx) {
            return Err(ShotError::RollForwardTooFar {
                asked: spec.forward,
            });
        }
    }
    if let Some(lang) = &spec.switch_lang {
        if !ctx.languages().contains(lang) {
            return Err(ShotError::UnknownLanguage(lang.clone()));
        }
        crate::screens::options::switch_language(ctx, lang.clone());
        game.on_notice(ctx, &Notice::LanguageChanged);
        game.on_uncovered(ctx);
    }
    let_loading_finish(ctx, &mut game).await;
    if !spec.unsettled {
        game.settle();
    }
    Ok(game)
}

/// Draws frames of `game` until it shows what it should and the loaders have finished (at most
/// `LOADING_LIMIT`).
async fn let_loading_finish(ctx: &mut Ctx, game: &mut GameScreen) {
    let deadline = Instant::now() + LOADING_LIMIT;
    while (game.waiting() || ctx.services.loading()) && Instant::now() < deadline {
        ctx.services.view = crate::layout::View::fit(screen_width(), screen_height());
        ctx.services.load_step();
        clear_background(BLACK);
        game.draw(ctx);
        ctx.services.frame_done(false, game.waiting());
        // No one watches these frames: leave the cores to the loader, not to drawing frames
        // as fast as the software renderer can (half of a window test's CPU went there).
        std::thread::sleep(LOADING_POLL);
        next_frame().await;
    }
}

/// How long a shot waits between frames while art loads.
const LOADING_POLL: std::time::Duration = std::time::Duration::from_millis(120);

/// Writes a frame from `read_frame` as a PNG.
fn save_png(frame: &Image, path: &std::path::Path) -> Result<(), ShotError> {
    let written = crate::screenshot::upright(frame).save(path);
    written.map_err(|source| ShotError::WriteFrame {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Story {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/player");
        spearhead_core::load(&dir).story.expect("the fixture loads")
    }

    fn spec() -> ShotSpec {
        ShotSpec {
            lines: 0,
            choose: vec![],
            screen: ShotScreen::Game,
            out: PathBuf::from("shot.png"),
            back: 0,
            forward: 0,
            lang: None,
            switch_lang: None,
            start: None,
            saves: None,
            input: Vec::new(),
            speech_log: None,
            unsettled: false,
            settings: crate::settings::Settings::default(),
        }
    }

    #[test]
    fn a_script_that_cannot_work_is_refused_before_the_window_opens() {
        let story = fixture();
        assert!(spec().check(&story).is_ok());
        let zero = ShotSpec {
            choose: vec![1, 0],
            ..spec()
        };
        assert!(matches!(zero.check(&story), Err(ShotError::OptionZero)));
        let klingon = ShotSpec {
            switch_lang: Some("tlh".into()),
            ..spec()
        };
        assert!(matches!(
            klingon.check(&story),
            Err(ShotError::UnknownLanguage(lang)) if lang == "tlh"
        ));
        let japanese = ShotSpec {
            switch_lang: Some("ja-JP".into()),
            ..spec()
        };
        assert!(japanese.check(&story).is_ok());
    }

    #[test]
    fn an_unknown_screen_is_named_in_the_error() {
        let parsed = "bogus".parse::<ShotScreen>();
        assert!(matches!(parsed, Err(ShotError::UnknownScreen(s)) if s == "bogus"));
        assert_eq!(
            "gallery".parse::<ShotScreen>().ok(),
            Some(ShotScreen::Gallery)
        );
    }
}
