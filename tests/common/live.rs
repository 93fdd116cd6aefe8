//! Live play for the window tests: the real `spearhead play` (the blocking event loop, which
//! draws only when something changes) on a test display, driven by xdotool's keys and seen
//! through xwd's capture of the screen, with no input in between. Without the two tools, CI
//! (CI=true) fails and a developer's run skips with a note naming the Debian packages.

// Only tests/live_window.rs drives live play; the other test files sharing common/ do not.
#![allow(dead_code)]

use super::display::Display;
use image::RgbaImage;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Whether xdotool and xwd run (`None` after saying why, outside CI).
pub fn tools() -> Option<()> {
    let runs = |tool: &str, arg: &str| {
        Command::new(tool)
            .arg(arg)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    };
    if runs("xdotool", "version") && runs("xwd", "-help") {
        return Some(());
    }
    let note = "live window tests need xdotool and xwd (Debian packages xdotool, x11-apps)";
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{note}");
    }
    eprintln!("skipping: {note}");
    None
}

/// The player playing `story` on `display`, killed when dropped.
pub struct Player {
    child: Child,
    display: String,
}

impl Drop for Player {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Player {
    /// Starts `spearhead play <story>` with its data (saves, settings) in `data`, and waits
    /// until its window, titled `title`, has keyboard focus.
    pub fn start(display: &Display, story: &Path, title: &str, data: &Path, alsa: &Path) -> Player {
        let child = Command::new(env!("CARGO_BIN_EXE_spearhead"))
            .arg("play")
            .arg(story)
            .env("DISPLAY", &display.name)
            .env("ALSA_CONFIG_PATH", alsa)
            .env("XDG_DATA_HOME", data)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the spearhead binary runs");
        let player = Player {
            child,
            display: display.name.clone(),
        };
        player.xdotool(&["search", "--sync", "--name", title, "windowfocus", "--sync"]);
        player.idle();
        player
    }

    fn xdotool(&self, args: &[&str]) {
        let status = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .status()
            .expect("xdotool runs");
        assert!(status.success(), "xdotool {args:?} failed");
    }

    /// Presses and releases each key in turn (X key names: Return, space, Tab, Escape, 5 ...),
    /// letting the player settle after each (a key sent while it is still busy could be
    /// taken by the screen before).
    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.xdotool(&["key", "--delay", "80", key]);
            self.idle();
        }
    }

    /// Waits until the screen stops changing: typing, transitions and loading are over, and
    /// the player draws nothing more until the next key. The machine may be busy, so this
    /// watches the screen rather than a clock (up to 30 seconds).
    pub fn idle(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut last = self.capture();
        let mut same = 0;
        while same < 3 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(400));
            let now = self.capture();
            same = if now == last { same + 1 } else { 0 };
            last = now;
        }
    }

    /// The screen as it is now, with no input to the player.
    pub fn capture(&self) -> RgbaImage {
        let output = Command::new("xwd")
            .args(["-root", "-silent", "-display", &self.display])
            .output()
            .expect("xwd runs");
        assert!(output.status.success(), "xwd failed");
        parse_xwd(&output.stdout).expect("xwd writes a 24- or 32-bit ZPixmap")
    }
}

/// A big-endian 32-bit field of an XWD header.
fn field(bytes: &[u8], index: usize) -> Option<u32> {
    let at = index * 4;
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// An XWD file (X Window Dump, as `xwd` writes it) of a true-colour ZPixmap as RGBA.
pub fn parse_xwd(bytes: &[u8]) -> Option<RgbaImage> {
    let header_size = field(bytes, 0)? as usize;
    let (format, width, height) = (field(bytes, 2)?, field(bytes, 4)?, field(bytes, 5)?);
    let (lsb_first, bits_per_pixel, bytes_per_line) = (
        field(bytes, 7)? == 0,
        field(bytes, 11)?,
        field(bytes, 12)? as usize,
    );
    let masks = [field(bytes, 14)?, field(bytes, 15)?, field(bytes, 16)?];
    let colours = field(bytes, 19)? as usize;
    if format != 2 || !(bits_per_pixel == 32 || bits_per_pixel == 24) {
        return None;
    }
    let data = bytes.get(header_size + colours * 12..)?;
    let step = bits_per_pixel as usize / 8;
    let mut image = RgbaImage::new(width, height);
    for y in 0..height as usize {
        for x in 0..width as usize {
            let at = y * bytes_per_line + x * step;
            let raw = data.get(at..at + step)?;
            let mut value = 0u32;
            for i in 0..step {
                let byte = if lsb_first { raw[step - 1 - i] } else { raw[i] };
                value = (value << 8) | u32::from(byte);
            }
            let channel = |mask: u32| ((value & mask) >> mask.trailing_zeros()) as u8;
            let [r, g, b] = masks.map(channel);
            image.put_pixel(x as u32, y as u32, image::Rgba([r, g, b, 255]));
        }
    }
    Some(image)
}
