//! The main loop: a stack of screens and frame pacing. The window runs miniquad's blocking
//! event loop: while nothing animates, the loop sleeps until the reader does something, so an
//! idle player costs no CPU.

use crate::actions::Action;
use crate::context::Ctx;
use crate::gamepad::Gamepads;
use crate::input::Input;
use crate::layout::{Rect, View, HEIGHT, WIDTH};
use crate::narration::Narrator;
use crate::reload::{carry_over, Watch};
use crate::screens::confirm::Confirm;
use crate::screens::script_errors::ScriptErrors;
use crate::screens::{
    game::GameScreen, options::Options, title::TitleScreen, Next, Notice, Screen,
};
use crate::stage::fill;
use macroquad::prelude::*;
use spearhead_core::runtime::StoryState;
use std::time::{Duration, Instant};

/// Draws the stack: the top screen and, under an overlay, the screens below it, dimmed.
pub fn draw_stack(stack: &mut [Box<dyn Screen>], ctx: &mut Ctx) {
    clear_background(BLACK);
    if ctx.services.view.scale < 0.05 {
        // A window shrunk to almost nothing (or minimised): text would be 0 pixels high.
        return;
    }
    let first = stack.iter().rposition(|s| !s.is_overlay()).unwrap_or(0);
    for screen in &mut stack[first..] {
        if screen.is_overlay() {
            // What is under a menu stays in view, dimmed, and does not read through its text.
            let whole = Rect::new(0.0, 0.0, WIDTH, HEIGHT);
            fill(&ctx.services.view, whole, ctx.menu_theme.dim);
        }
        screen.draw(ctx);
    }
}

/// What happened in a frame, for deciding whether the next one comes without input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FrameReport {
    /// Something on screen moves (a transition, the typewriter, a fade, auto-forward).
    pub moving: bool,
    /// Art or sound asked for is still on its way.
    pub loading: bool,
    /// The state changed: the reader did something, a screen told the stack something (or
    /// opened or closed one), or the frame before moved.
    pub changed: bool,
}

impl FrameReport {
    /// Whether the next frame must come without input. While anything moves or loads; and
    /// once more after any change, because a screen may show a change only at its next
    /// update (skipping that ran into a choice stops there), and glyphs a change of language
    /// adds to the font atlas draw whole only from the next frame. After that settling frame
    /// nothing has changed, and the player sleeps until the reader does something.
    pub fn wants_next_frame(&self) -> bool {
        self.moving || self.loading || self.changed
    }
}

/// The shortest time between two animated frames.
const FRAME: Duration = Duration::from_micros(16_667);

/// How often an idle player looks for gamepad presses while a pad is connected.
const PAD_POLL: Duration = Duration::from_millis(50);

/// Whether the player goes on after a screen's `Next`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Go,
    Quit,
}

/// Does what a screen's update asked of the stack (open, close, replace, tell, quit); the
/// window's loop and the scripted shots share it.
pub fn apply(stack: &mut Vec<Box<dyn Screen>>, ctx: &mut Ctx, next: Next) -> Flow {
    match next {
        Next::Stay => {}
        Next::Tell(notice) => {
            for screen in stack.iter_mut() {
                screen.on_notice(ctx, &notice);
            }
        }
        Next::Push(screen) => stack.push(screen),
        Next::Pop => {
            if let Some(mut closed) = stack.pop() {
                closed.on_close(ctx);
            }
            if let Some(top) = stack.last_mut() {
                top.on_uncovered(ctx);
            }
        }
        Next::Reset(screen) => {
            for mut closed in stack.drain(..).rev() {
                closed.on_close(ctx);
            }
            stack.push(screen);
        }
        Next::Quit => {
            for mut closed in stack.drain(..).rev() {
                closed.on_close(ctx);
            }
        }
    }
    if stack.is_empty() {
        Flow::Quit
    } else {
        Flow::Go
    }
}

/// Plays until the reader quits: from the title screen, or straight into a game from `start`
/// (a writer's `--from`/`--set`; leaving that game leads to the title as usual). With a
/// `watch`, a saved edit of the story shows at once (see `reload`).
pub async fn run(mut ctx: Ctx, start: Option<StoryState>, mut watch: Option<Watch>) {
    prevent_quit();
    let first: Box<dyn Screen> = match start {
        Some(state) => Box::new(GameScreen::starting(&mut ctx, state)),
        None => Box::new(TitleScreen::new(&mut ctx)),
    };
    let mut stack = vec![first];
    let mut errors: Option<ScriptErrors> = None;
    // Where the pointer starts is not a move (it would select whatever button lies under it).
    let (mx, my) = mouse_position();
    let mut last_mouse = View::fit(screen_width(), screen_height()).to_virtual(vec2(mx, my));
    let mut was_animating = true;
    let mut was_moving = true;
    let (music, sound) = ctx.services.settings.volumes();
    ctx.services.audio.set_volumes(music, sound);
    ctx.services.voice.turn(ctx.services.settings.self_voicing);
    if ctx.services.settings.fullscreen {
        set_fullscreen(true);
    }
    let mut gamepads = Gamepads::new();
    let mut narrator = Narrator::default();
    let mut frame_start = Instant::now();
    loop {
        ctx.services.view = View::fit(screen_width(), screen_height());
        let mut input = Input::gather(&ctx.services.view, last_mouse);
        input.pad = gamepads.pressed();
        last_mouse = input.mouse;
        // After an idle wait the frame time is the whole wait; animations start from here.
        let dt = if was_animating {
            get_frame_time().min(0.1)
        } else {
            0.0
        };

        if input.did(Action::Fullscreen) {
            ctx.services.settings.fullscreen = !ctx.services.settings.fullscreen;
            ctx.services.apply_settings();
        }

        ctx.services.load_step();
        let mut reloaded = false;
        if let Some(watch) = watch.as_mut() {
            if watch.changed() {
                reloaded = true;
                errors = reload(&mut ctx, &mut stack, watch).err().map(|report| {
                    log::warn!(
                        "the edited story does not load; its errors are on screen:\n{report}"
                    );
                    ScriptErrors::new(report)
                });
            }
        }
        let Some(top) = stack.last_mut() else { break };
        let next = if is_quit_requested() {
            // The window's close asks first, as Quit does; a second close while it asks quits.
            if top.asks_to_quit() {
                Next::Quit
            } else {
                Next::Push(Box::new(Confirm::quit()))
            }
        } else if errors.is_some() {
            // The game waits under the report until an edit fixes the story.
            Next::Stay
        } else if input.did(Action::Accessibility) && top.opens_accessibility() {
            Next::Push(Box::new(Options::accessibility()))
        } else {
            top.update(&mut ctx, &input, dt)
        };
        let told = reloaded || !matches!(next, Next::Stay);
        if apply(&mut stack, &mut ctx, next) == Flow::Quit {
            break;
        }
        narrator.follow(&stack, &mut ctx);

        let fading = ctx.services.audio.update(dt);
        draw_stack(&mut stack, &mut ctx);
        if let Some(errors) = &errors {
            errors.draw(&ctx);
        }
        if let Some(since) = watch.as_mut().and_then(Watch::take_shown) {
            log::info!("edit shown {} ms after its save", since.as_millis());
        }
        if input.did(Action::Screenshot) {
            keep_screenshot(&ctx);
        }
        let moving = fading || stack.iter().any(|s| s.animating());
        let waiting = stack.iter().any(|s| s.waiting());
        let frame = FrameReport {
            moving,
            loading: ctx.services.loading(),
            changed: input.any() || told || was_moving,
        };
        was_animating = moving || frame.loading;
        was_moving = moving;
        if frame.wants_next_frame() {
            // Without this the blocking event loop would sleep until the next input.
            macroquad::miniquad::window::schedule_update();
            // Where there is no vsync (some drivers, virtual displays) animations would run
            // as fast as the CPU allows; 60 frames a second is plenty for a novel.
            let spent = frame_start.elapsed();
            if spent < FRAME {
                std::thread::sleep(FRAME - spent);
            }
        } else if let Some(watch) = &watch {
            // Nothing moves, but the story's files must be looked at: wake for the next look
            // (about 10 frames a second while idle, instead of none).
            std::thread::sleep(watch.until_next_look());
            macroquad::miniquad::window::schedule_update();
        } else if gamepads.connected() {
            // A pad's presses do not wake the blocking loop: look for them 20 times a second.
            macroquad::miniquad::window::schedule_update();
            std::thread::sleep(PAD_POLL);
        }
        ctx.services.frame_done(moving, waiting);
        next_frame().await;
        frame_start = Instant::now();
    }
}

/// The frame just drawn, kept beside the saves (nowhere when saving is off).
fn keep_screenshot(ctx: &Ctx) {
    let Some(saves) = &ctx.services.saves else {
        log::warn!("no save folder: the screenshot is not kept");
        return;
    };
    match crate::screenshot::keep(&crate::screenshot::read_frame(), saves.dir()) {
        Ok(path) => log::info!("screenshot kept: {}", path.display()),
        Err(e) => log::warn!("the screenshot was not kept: {e}"),
    }
}

/// Loads the edited story and carries the game on the stack (if any) over to it; the report
/// of why not (the checker's, or a place that is gone) leaves everything as it was.
fn reload(ctx: &mut Ctx, stack: &mut [Box<dyn Screen>], watch: &Watch) -> Result<(), String> {
    let story = watch.load()?;
    let state = match stack.iter().find_map(|s| s.story_state()) {
        Some(state) => {
            let (moved, warnings) = carry_over(ctx.story, &story, state)?;
            for warning in warnings {
                log::warn!("{warning}");
            }
            Some(moved)
        }
        None => None,
    };
    // Every screen and the text lookup hold the story by reference for the window's life;
    // an edited story is leaked like the first (a writer's session reloads a few hundred
    // times at most, a few MB each for a story the size of ours).
    let story: &'static spearhead_core::Story = Box::leak(Box::new(story));
    ctx.change_story(story);
    if let Some(state) = state {
        let notice = Notice::StoryChanged(state);
        for screen in stack.iter_mut() {
            screen.on_notice(ctx, &notice);
        }
    }
    log::info!("the story was edited: loaded again");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_gets_one_more_frame_and_then_the_player_idles() {
        let idle = FrameReport::default();
        assert!(
            !idle.wants_next_frame(),
            "nothing moves, nothing changed: sleep"
        );
        let moving = FrameReport {
            moving: true,
            ..idle
        };
        assert!(moving.wants_next_frame());
        let loading = FrameReport {
            loading: true,
            ..idle
        };
        assert!(loading.wants_next_frame());
        // A key press, a message between screens, or the last frame of a move (skipping that
        // ran into a choice): one settling frame follows.
        let changed = FrameReport {
            changed: true,
            ..idle
        };
        assert!(changed.wants_next_frame());
    }
}
