//! Pictures of the window: the frame macroquad read back (rows bottom-up, alpha as the last
//! draw left it) as an upright, opaque image, for `shot` and for the reader's S key, which
//! keeps numbered screenshots beside the saves and never overwrites one.

use image::RgbaImage;
use macroquad::prelude::Image;
use std::path::{Path, PathBuf};

/// The frame drawn so far, read from the window's framebuffer, rows bottom-up (as macroquad's
/// `get_screen_data` gives it). Not through `get_screen_data`: it binds a texture of its own
/// behind miniquad's back, and the next update of a font atlas then goes into that texture
/// instead of the atlas, so text with glyphs new after a capture is drawn blank (the game
/// menu's labels, after the picture for a save was taken as it opened).
pub fn read_frame() -> Image {
    // Safety: flushing draws what was asked so far; it is only called between draws, on the
    // main thread that owns the context.
    unsafe { macroquad::window::get_internal_gl().flush() };
    let (w, h) = macroquad::miniquad::window::screen_size();
    let (w, h) = (w.max(0.0) as u16, h.max(0.0) as u16);
    let mut bytes = vec![0u8; usize::from(w) * usize::from(h) * 4];
    // Safety: the buffer holds w x h RGBA pixels, as asked for; after the flush the window's
    // own framebuffer is the one bound.
    unsafe {
        use macroquad::miniquad::gl;
        gl::glReadPixels(
            0,
            0,
            i32::from(w),
            i32::from(h),
            gl::GL_RGBA,
            gl::GL_UNSIGNED_BYTE,
            bytes.as_mut_ptr().cast(),
        );
    }
    Image {
        bytes,
        width: w,
        height: h,
    }
}

/// The frame as an upright, opaque picture.
pub fn upright(frame: &Image) -> RgbaImage {
    let (w, h) = (frame.width as usize, frame.height as usize);
    let mut rows = Vec::with_capacity(w * h * 4);
    for y in (0..h).rev() {
        rows.extend_from_slice(&frame.bytes[y * w * 4..(y + 1) * w * 4]);
    }
    // The frame's alpha is whatever the last draw left; a screenshot is opaque.
    for px in rows.chunks_mut(4) {
        px[3] = 255;
    }
    // A frame from get_screen_data holds exactly w x h pixels; anything else is an empty one.
    RgbaImage::from_raw(w as u32, h as u32, rows).unwrap_or_default()
}

/// The most screenshots kept in one folder (a held key must not fill the disk).
const MAX_SCREENSHOTS: u32 = 9999;

/// Writes `frame` as `screenshots/screenshot-NNNN.png` under `dir`, the first number free.
pub fn keep(frame: &Image, dir: &Path) -> Result<PathBuf, String> {
    let folder = dir.join("screenshots");
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let path = (1..=MAX_SCREENSHOTS)
        .map(|n| folder.join(format!("screenshot-{n:04}.png")))
        .find(|p| !p.exists())
        .ok_or_else(|| format!("{} holds {MAX_SCREENSHOTS} screenshots", folder.display()))?;
    let mut png = std::io::Cursor::new(Vec::new());
    upright(frame)
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    spearhead_core::files::write_atomic(&path, png.get_ref())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_is_turned_upright_and_screenshots_are_numbered_without_overwriting() {
        // Two rows, bottom-up: the first row read is the bottom one (red), then blue on top.
        let frame = Image {
            bytes: vec![255, 0, 0, 7, 0, 0, 255, 9],
            width: 1,
            height: 2,
        };
        let picture = upright(&frame);
        assert_eq!(
            picture.get_pixel(0, 0).0,
            [0, 0, 255, 255],
            "blue on top, opaque"
        );
        assert_eq!(picture.get_pixel(0, 1).0, [255, 0, 0, 255]);

        let dir = std::env::temp_dir().join(format!("spearhead-screens-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let first = keep(&frame, &dir).expect("written");
        let second = keep(&frame, &dir).expect("written");
        assert!(
            first.ends_with("screenshots/screenshot-0001.png"),
            "{first:?}"
        );
        assert!(
            second.ends_with("screenshots/screenshot-0002.png"),
            "{second:?}"
        );
        let read = image::open(&second).expect("a PNG").to_rgba8();
        assert_eq!(read, picture);
    }
}
