//! The most the player takes from any file, in one place: picture sizes it will upload, and the
//! size of the files it keeps beside the saves. The caps on story files (scripts, translations,
//! saves, pictures and sound files) are the core's, in `spearhead_core::files`.

/// The widest or tallest picture uploaded as a texture. Every OpenGL 3 driver in use takes
/// 8192 (miniquad stores sides as `u16` and panics past 65,535); SVG is rasterised to this at
/// most.
pub const MAX_PICTURE_SIDE: u32 = 8192;
/// The most pixels in one picture: a background for an 8K screen (133 MB as RGBA).
pub const MAX_PICTURE_PIXELS: u64 = 7680 * 4320;

/// A save's thumbnail, a PNG of `thumbnail::SIZE` (320x180) pixels, with room to spare.
pub const MAX_THUMBNAIL_BYTES: u64 = 1024 * 1024;
pub const MAX_THUMBNAIL_SIDE: u32 = 1024;

/// `settings.txt`: seven short lines.
pub const MAX_SETTINGS_BYTES: u64 = 64 * 1024;
/// `endings.txt` and `seen.txt`: one key a line (the bundled story read whole: 2,336 lines, about
/// 50 KB).
pub const MAX_RECORD_BYTES: u64 = 16 * 1024 * 1024;

/// The longest interface string laid out (characters); longer ones are cut with an ellipsis.
/// The longest built-in one is about 130.
pub const MAX_UI_CHARS: usize = 300;
