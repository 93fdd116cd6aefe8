//! The main loop: a stack of screens and frame pacing. The window runs miniquad's blocking
//! event loop: while nothing animates, the loop sleeps until the reader does something, so an
//! idle player costs no CPU.

use crate::actions::Action;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{Rect, View, HEIGHT, WIDTH};
use crate::screens::{title::TitleScreen, Next, Screen};
use crate::stage::fill;
use macroquad::prelude::*;
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

/// Plays until the reader quits.
pub async fn run(mut ctx: Ctx) {
    prevent_quit();
    let mut stack: Vec<Box<dyn Screen>> = vec![Box::new(TitleScreen::new(&mut ctx))];
    // Where the pointer starts is not a move (it would select whatever button lies under it).
    let (mx, my) = mouse_position();
    let mut last_mouse = View::fit(screen_width(), screen_height()).to_virtual(vec2(mx, my));
    let mut was_animating = true;
    let mut was_moving = true;
    ctx.services.audio.set_volumes(
        ctx.services.settings.music_volume,
        ctx.services.settings.sound_volume,
    );
    if ctx.services.settings.fullscreen {
        set_fullscreen(true);
    }
    let mut frame_start = Instant::now();
    loop {
        ctx.services.view = View::fit(screen_width(), screen_height());
        let input = Input::gather(&ctx.services.view, last_mouse);
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
        let Some(top) = stack.last_mut() else { break };
        let next = if is_quit_requested() {
            Next::Quit
        } else {
            top.update(&mut ctx, &input, dt)
        };
        let told = !matches!(next, Next::Stay);
        match next {
            Next::Stay => {}
            Next::Tell(notice) => {
                for screen in &mut stack {
                    screen.on_notice(&mut ctx, &notice);
                }
            }
            Next::Push(screen) => stack.push(screen),
            Next::Pop => {
                if let Some(mut closed) = stack.pop() {
                    closed.on_close(&mut ctx);
                }
                if let Some(top) = stack.last_mut() {
                    top.on_uncovered(&mut ctx);
                }
            }
            Next::Reset(screen) => {
                for mut closed in stack.drain(..).rev() {
                    closed.on_close(&mut ctx);
                }
                stack.push(screen);
            }
            Next::Quit => {
                for mut closed in stack.drain(..).rev() {
                    closed.on_close(&mut ctx);
                }
                break;
            }
        }
        if stack.is_empty() {
            break;
        }

        let fading = ctx.services.audio.update(dt);
        draw_stack(&mut stack, &mut ctx);
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
        }
        ctx.services.frame_done(moving, waiting);
        next_frame().await;
        frame_start = Instant::now();
    }
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
