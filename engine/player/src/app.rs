//! The main loop: a stack of screens and frame pacing. The window runs miniquad's blocking
//! event loop: while nothing animates, the loop sleeps until the reader does something, so an
//! idle player costs no CPU.

use crate::actions::Action;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::View;
use crate::screens::{title::TitleScreen, Next, Screen};
use macroquad::prelude::*;
use std::time::{Duration, Instant};

/// Draws the stack: the top screen and, under an overlay, the screens below it.
pub fn draw_stack(stack: &mut [Box<dyn Screen>], ctx: &mut Ctx) {
    clear_background(BLACK);
    if ctx.view.scale < 0.05 {
        // A window shrunk to almost nothing (or minimised): text would be 0 pixels high.
        return;
    }
    let first = stack.iter().rposition(|s| !s.is_overlay()).unwrap_or(0);
    for screen in &mut stack[first..] {
        screen.draw(ctx);
    }
}

/// The shortest time between two animated frames.
const FRAME: Duration = Duration::from_micros(16_667);

/// Thumbnail size for saves.
pub const THUMBNAIL: (u32, u32) = (320, 180);

/// Draws the stack as it is and keeps a small copy of the frame in `ctx.thumbnail`.
pub fn capture_thumbnail(stack: &mut [Box<dyn Screen>], ctx: &mut Ctx) {
    draw_stack(stack, ctx);
    let frame = get_screen_data();
    ctx.thumbnail = Some(shrink(&frame, &ctx.view, THUMBNAIL));
}

/// The view's part of a frame from `get_screen_data` (rows bottom-up), averaged down to `size`.
fn shrink(frame: &Image, view: &View, size: (u32, u32)) -> (Vec<u8>, u32, u32) {
    let (fw, fh) = (frame.width as usize, frame.height as usize);
    let area = view.rect(crate::layout::Rect::new(
        0.0,
        0.0,
        crate::layout::WIDTH,
        crate::layout::HEIGHT,
    ));
    let (tw, th) = (size.0 as usize, size.1 as usize);
    let mut out = Vec::with_capacity(tw * th * 4);
    for ty in 0..th {
        for tx in 0..tw {
            // Average a 2x2 grid of samples inside the source cell.
            let mut sum = [0u32; 4];
            for (sx, sy) in [(0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)] {
                let x = (area.x + (tx as f32 + sx) * area.w / tw as f32) as usize;
                let y = (area.y + (ty as f32 + sy) * area.h / th as f32) as usize;
                let (x, y) = (x.min(fw.saturating_sub(1)), y.min(fh.saturating_sub(1)));
                let i = ((fh - 1 - y) * fw + x) * 4;
                let pixel = frame.bytes.get(i..i + 4).unwrap_or(&[0; 4]);
                for (total, &value) in sum.iter_mut().zip(pixel) {
                    *total += value as u32;
                }
            }
            out.extend([
                (sum[0] / 4) as u8,
                (sum[1] / 4) as u8,
                (sum[2] / 4) as u8,
                255,
            ]);
        }
    }
    (out, size.0, size.1)
}

/// Plays until the reader quits.
pub async fn run(mut ctx: Ctx) {
    prevent_quit();
    let mut stack: Vec<Box<dyn Screen>> = vec![Box::new(TitleScreen::new(&mut ctx))];
    // Where the pointer starts is not a move (it would select whatever button lies under it).
    let (mx, my) = mouse_position();
    let mut last_mouse = View::fit(screen_width(), screen_height()).to_virtual(vec2(mx, my));
    let mut was_animating = true;
    ctx.audio
        .set_volumes(ctx.settings.music_volume, ctx.settings.sound_volume);
    if ctx.settings.fullscreen {
        set_fullscreen(true);
    }
    let mut frame_start = Instant::now();
    loop {
        ctx.view = View::fit(screen_width(), screen_height());
        let input = Input::gather(&ctx.view, last_mouse);
        last_mouse = input.mouse;
        // After an idle wait the frame time is the whole wait; animations start from here.
        let dt = if was_animating {
            get_frame_time().min(0.1)
        } else {
            0.0
        };

        if input.did(Action::Fullscreen) {
            ctx.settings.fullscreen = !ctx.settings.fullscreen;
            ctx.apply_settings();
        }

        ctx.load_step();
        let Some(top) = stack.last_mut() else { break };
        let next = if is_quit_requested() {
            Next::Quit
        } else {
            top.update(&mut ctx, &input, dt)
        };
        match next {
            Next::Stay => {}
            Next::Tell(notice) => {
                for screen in &mut stack {
                    screen.on_notice(&mut ctx, &notice);
                }
            }
            Next::Push(screen) => {
                if stack.last().is_some_and(|s| !s.is_overlay()) {
                    capture_thumbnail(&mut stack, &mut ctx);
                }
                stack.push(screen);
            }
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

        let fading = ctx.audio.update(dt);
        draw_stack(&mut stack, &mut ctx);
        let moving = fading || stack.iter().any(|s| s.animating());
        let waiting = stack.iter().any(|s| s.waiting());
        was_animating = moving || ctx.loading();
        if was_animating {
            // Without this the blocking event loop would sleep until the next input.
            macroquad::miniquad::window::schedule_update();
            // Where there is no vsync (some drivers, virtual displays) animations would run
            // as fast as the CPU allows; 60 frames a second is plenty for a novel.
            let spent = frame_start.elapsed();
            if spent < FRAME {
                std::thread::sleep(FRAME - spent);
            }
        }
        ctx.frame_done(moving, waiting);
        next_frame().await;
        frame_start = Instant::now();
    }
}
