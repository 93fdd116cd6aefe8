//! `spearhead shot`: drives the real window with scripted input (new game, advance N lines,
//! take the listed options at choices), opens the asked-for screen, lets it settle, and writes
//! one frame to PNG. Used by the window tests and for README screenshots.

use crate::app::{capture_thumbnail, draw_stack};
use crate::context::Ctx;
use crate::saves::Saves;
use crate::screens::endings::Endings;
use crate::screens::options::Options;
use crate::screens::saveload::{Mode, SaveLoad};
use crate::screens::{game::GameScreen, title::TitleScreen, Notice, Screen};
use crate::speech::{Recorder, Voice};
use macroquad::prelude::*;
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
    Settings,
    /// The accessibility page (Shift+A) over the title.
    Accessibility,
    Endings,
    /// The gallery turned to its CG page.
    Gallery,
}

/// The screens a shot can capture, for messages.
const SCREENS: &str =
    "title, game, choice, save, load, backlog, settings, accessibility, endings or gallery";

impl std::str::FromStr for ShotScreen {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "title" => ShotScreen::Title,
            "game" => ShotScreen::Game,
            "choice" => ShotScreen::Choice,
            "save" => ShotScreen::Save,
            "load" => ShotScreen::Load,
            "backlog" => ShotScreen::Backlog,
            "settings" => ShotScreen::Settings,
            "accessibility" => ShotScreen::Accessibility,
            "endings" => ShotScreen::Endings,
            "gallery" => ShotScreen::Gallery,
            _ => return Err(format!("unknown screen `{s}`: use {SCREENS}")),
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
}

/// How a shot ended, as the process exit code.
pub const OK: i32 = 0;
pub const FAILED: i32 = 1;

/// Plays the script, captures the frame, returns the exit code.
pub async fn run(mut ctx: Ctx, spec: ShotSpec) -> i32 {
    ctx.settings = spec.settings.clone();
    let recorder = Recorder::default();
    ctx.voice = Voice::through(Box::new(recorder.clone()));
    ctx.voice.turn(ctx.settings.self_voicing);
    if let Some(lang) = &spec.lang {
        ctx.set_language(lang);
    }
    let mut stack: Vec<Box<dyn Screen>> = match spec.screen {
        ShotScreen::Title => vec![Box::new(TitleScreen::new(&mut ctx))],
        ShotScreen::Game | ShotScreen::Choice | ShotScreen::Backlog => {
            match drive(&mut ctx, &spec).await {
                Ok(game) if spec.screen == ShotScreen::Backlog => {
                    let backlog = game.backlog_screen();
                    vec![Box::new(game), Box::new(backlog)]
                }
                Ok(game) => vec![Box::new(game)],
                Err(e) => {
                    log::error!("{e}");
                    return FAILED;
                }
            }
        }
        ShotScreen::Load => {
            ctx.saves = Some(Saves::in_dir(&save_folder(&spec)));
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
        ShotScreen::Endings | ShotScreen::Gallery => match drive(&mut ctx, &spec).await {
            // The ending the script reached and the CG on stage (if any) count as seen, as in play.
            Ok(game) => {
                let reached = game
                    .ending()
                    .map(|e| ctx.story.endings[e].id.clone())
                    .into_iter()
                    .collect();
                let cgs = game.state().stage().cg.iter().map(|c| c.to_string());
                let mut gallery = Endings::with_reached(reached, cgs.collect());
                if spec.screen == ShotScreen::Gallery {
                    gallery = gallery.on_cg_page();
                }
                vec![Box::new(TitleScreen::new(&mut ctx)), Box::new(gallery)]
            }
            Err(e) => {
                log::error!("{e}");
                return FAILED;
            }
        },
        ShotScreen::Settings => vec![
            Box::new(TitleScreen::new(&mut ctx)),
            Box::new(Options::new()),
        ],
        ShotScreen::Accessibility => vec![
            Box::new(TitleScreen::new(&mut ctx)),
            Box::new(Options::accessibility()),
        ],
    };
    // A few frames first (the window maps, the view settles), and as many more as the art
    // asked for takes to arrive: the frame captured is the finished one.
    let deadline = Instant::now() + LOADING_LIMIT;
    let mut frames = 0;
    while frames < 4 || stack.iter().any(|s| s.waiting()) || ctx.loading() {
        if Instant::now() > deadline {
            log::warn!("art still loading after {LOADING_LIMIT:?}; capturing anyway");
            break;
        }
        ctx.view = crate::layout::View::fit(screen_width(), screen_height());
        ctx.load_step();
        draw_stack(&mut stack, &mut ctx);
        ctx.frame_done(false, stack.iter().any(|s| s.waiting()));
        next_frame().await;
        frames += 1;
    }
    draw_stack(&mut stack, &mut ctx);
    let written = save_png(&get_screen_data(), &spec.out)
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
) -> Result<SaveLoad, String> {
    let dir = save_folder(spec);
    if spec.saves.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    ctx.saves = Some(Saves::in_dir(&dir));
    // Let the game's art settle on screen before taking its picture.
    for _ in 0..3 {
        ctx.view = crate::layout::View::fit(screen_width(), screen_height());
        draw_stack(stack, ctx);
        next_frame().await;
    }
    capture_thumbnail(stack, ctx);
    let state = stack
        .first()
        .and_then(|s| s.story_state())
        .ok_or("no game to save")?
        .clone();
    let saves = ctx.saves.as_ref().ok_or("no save folder")?;
    let thumbnail = ctx
        .thumbnail
        .as_ref()
        .map(|(rgba, w, h)| (rgba.as_slice(), *w, *h));
    saves
        .write_with_thumbnail(&Saves::slot_name(1), ctx.story, &state, thumbnail)
        .map_err(|e| e.to_string())?;
    Ok(SaveLoad::new(ctx, Mode::Save(state)))
}

/// The longest a shot waits for art to load before it captures what it has.
const LOADING_LIMIT: Duration = Duration::from_secs(30);

/// New game, then `spec.lines` advances, answering choices from `spec.choose`. After each
/// step, frames are drawn until what was asked for has loaded, as for a reader who dwells on
/// each line (so `SPEARHEAD_TIMING` times scene changes as in play).
async fn drive(ctx: &mut Ctx, spec: &ShotSpec) -> Result<GameScreen, String> {
    let mut game = GameScreen::new_game(ctx);
    let mut picks = spec.choose.iter();
    let mut advanced = 0;
    loop {
        let_loading_finish(ctx, &mut game).await;
        if !(spec.unsettled && advanced == spec.lines) {
            game.settle();
        }
        // Shots draw no frames in real time, so music fades are finished as the stage's are.
        ctx.audio.finish_fades();
        if game.is_ended() {
            break;
        }
        if game.is_choosing() {
            match picks.next() {
                Some(&n) => game
                    .choose(ctx, n.checked_sub(1).ok_or("options are numbered from 1")?)
                    .map_err(|e| e.to_string())?,
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
            return Err("the story stopped before the lines ran out".into());
        }
        game.advance(ctx);
        advanced += 1;
    }
    if spec.screen == ShotScreen::Choice && !game.is_choosing() {
        return Err(format!(
            "no choice on screen after {} lines (the story ended)",
            spec.lines
        ));
    }
    for _ in 0..spec.back {
        if !game.rollback(ctx) {
            return Err("cannot roll back further than the first line".into());
        }
    }
    for _ in 0..spec.forward {
        if !game.roll_forward(ctx) {
            return Err(
                "cannot roll forward further than where the reader rolled back from".into(),
            );
        }
    }
    if let Some(lang) = &spec.switch_lang {
        if !ctx.languages().contains(lang) {
            return Err(format!("the story has no language `{lang}`"));
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
    while (game.waiting() || ctx.loading()) && Instant::now() < deadline {
        ctx.view = crate::layout::View::fit(screen_width(), screen_height());
        ctx.load_step();
        clear_background(BLACK);
        game.draw(ctx);
        ctx.frame_done(false, game.waiting());
        // No one watches these frames: leave the cores to the loader, not to drawing frames
        // as fast as the software renderer can (half of a window test's CPU went there).
        std::thread::sleep(LOADING_POLL);
        next_frame().await;
    }
}

/// How long a shot waits between frames while art loads.
const LOADING_POLL: std::time::Duration = std::time::Duration::from_millis(120);

/// Writes a frame from `get_screen_data` (rows bottom-up) as a PNG.
fn save_png(frame: &Image, path: &std::path::Path) -> Result<(), String> {
    let (w, h) = (frame.width as usize, frame.height as usize);
    let mut rows = Vec::with_capacity(w * h * 4);
    for y in (0..h).rev() {
        rows.extend_from_slice(&frame.bytes[y * w * 4..(y + 1) * w * 4]);
    }
    // The frame's alpha is whatever the last draw left; a screenshot is opaque.
    for px in rows.chunks_mut(4) {
        px[3] = 255;
    }
    image::save_buffer(path, &rows, w as u32, h as u32, image::ColorType::Rgba8)
        .map_err(|e| e.to_string())
}
