//! The picture a save is made with: the game's frame as the reader saw it when the menu
//! opened, scaled down. The game screen takes it and hands it to the menu it opens; nothing
//! keeps it anywhere else.

use crate::layout::{Rect, View, HEIGHT, WIDTH};
use image::imageops::{self, FilterType};
use image::RgbaImage;
use macroquad::prelude::Image;

/// Thumbnail size for saves.
pub const SIZE: (u32, u32) = (320, 180);

/// A small opaque copy of a frame, RGBA.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thumbnail {
    rgba: Vec<u8>,
    width: u32,
    height: u32,
}

impl Thumbnail {
    /// The frame drawn so far (the canvas part of the window), at `SIZE`.
    pub fn capture(view: &View) -> Thumbnail {
        shrink(&crate::screenshot::read_frame(), view, SIZE)
    }

    /// The pixels (RGBA, rows top-down) and the size, as `Saves::write_with_thumbnail` takes
    /// them.
    pub fn parts(&self) -> (&[u8], u32, u32) {
        (&self.rgba, self.width, self.height)
    }
}

/// The view's part of a frame from `read_frame` (rows bottom-up), scaled down to `size`,
/// opaque.
fn shrink(frame: &Image, view: &View, size: (u32, u32)) -> Thumbnail {
    let (fw, fh) = (u32::from(frame.width), u32::from(frame.height));
    let black = || Thumbnail {
        rgba: vec![0; (size.0 * size.1 * 4) as usize],
        width: size.0,
        height: size.1,
    };
    // A frame from read_frame holds width x height RGBA pixels; anything else is no frame.
    let Some(mut whole) = RgbaImage::from_raw(fw, fh, frame.bytes.clone()) else {
        return black();
    };
    if fw == 0 || fh == 0 {
        return black();
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
    Thumbnail {
        rgba: small.into_raw(),
        width: size.0,
        height: size.1,
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
        let small = shrink(&frame, &View::fit(w as f32, h as f32), (32, 18));
        let (pixels, tw, th) = small.parts();
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
