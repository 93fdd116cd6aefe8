//! The main loop: a stack of screens and frame pacing. The window runs miniquad's blocking
//! event loop: while nothing animates, the loop sleeps until the reader does something, so an
//! idle player costs no CPU.

use crate::actions::Action;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{Rect, View, HEIGHT, WIDTH};
use crate::screens::{options::Options, title::TitleScreen, Next, Screen};
use image::imageops::{self, FilterType};
use image::RgbaImage;
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

/// The view's part of a frame from `get_screen_data` (rows bottom-up), scaled down to `size`,
/// opaque.
fn shrink(frame: &Image, view: &View, size: (u32, u32)) -> (Vec<u8>, u32, u32) {
    let (fw, fh) = (u32::from(frame.width), u32::from(frame.height));
    let black = || vec![0; (size.0 * size.1 * 4) as usize];
    // A frame from get_screen_data holds width x height RGBA pixels; anything else is no frame.
    let Some(mut whole) = RgbaImage::from_raw(fw, fh, frame.bytes.clone()) else {
        return (black(), size.0, size.1);
    };
    if fw == 0 || fh == 0 {
        return (black(), size.0, size.1);
    }
    imageops::flip_vertical_in_place(&mut whole);
    let area = view.rect(Rect::new(0.0, 0.0, WIDTH, HEIGHT));
    let x = (area.x.max(0.0) as u32).min(fw - 1);
    let y = (area.y.max(0.0) as u32).min(fh - 1);
    let w = (area.w as u32).clamp(1, fw - x);
    let h = (area.h as u32).clamp(1, fh - y);
    let part = imageops::crop_imm(&whole, x, y, w, h).to_image();
    let mut small = imageops::resize(&part, size.0, size.1, FilterType::Triangle);
    for pixel in small.pixels_mut() {
        pixel.0[3] = 255;
    }
    (small.into_raw(), size.0, size.1)
}

/// Plays until the reader quits.
pub async fn run(mut ctx: Ctx) {
    prevent_quit();
    let mut stack: Vec<Box<dyn Screen>> = vec![Box::new(TitleScreen::new(&mut ctx))];
    // Where the pointer starts is not a move (it would select whatever button lies under it).
    let (mx, my) = mouse_position();
    let mut last_mouse = View::fit(screen_width(), screen_height()).to_virtual(vec2(mx, my));
    let mut was_animating = true;
    let (music, sound) = ctx.settings.volumes();
    ctx.audio.set_volumes(music, sound);
    ctx.voice.turn(ctx.settings.self_voicing);
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
        } else if input.did(Action::Accessibility) && top.opens_accessibility() {
            Next::Push(Box::new(Options::accessibility()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thumbnail_is_the_canvas_upright_without_the_letterbox() {
        // A 1280x800 window: the canvas is 1280x720 with bars of 40 above and below. The frame's
        // rows run bottom-up: the bottom bar, the canvas's lower half red, its upper half blue,
        // the top bar; the bars are green, and must not show.
        let (w, h) = (1280usize, 800usize);
        let mut bytes = Vec::with_capacity(w * h * 4);
        for row in 0..h {
            let color: [u8; 4] = match row {
                0..40 | 760.. => [0, 255, 0, 255],
                40..400 => [255, 0, 0, 255],
                _ => [0, 0, 255, 128],
            };
            for _ in 0..w {
                bytes.extend(color);
            }
        }
        let frame = Image {
            bytes,
            width: w as u16,
            height: h as u16,
        };
        let (pixels, tw, th) = shrink(&frame, &View::fit(w as f32, h as f32), (32, 18));
        assert_eq!((tw, th, pixels.len()), (32, 18, 32 * 18 * 4));
        let at = |x: usize, y: usize| &pixels[(y * 32 + x) * 4..(y * 32 + x) * 4 + 4];
        assert_eq!(
            at(5, 0),
            [0, 0, 255, 255],
            "the top is the canvas's upper half, opaque"
        );
        assert_eq!(at(5, 17), [255, 0, 0, 255], "the bottom is its lower half");
    }
}
