//! Live play (issue 15): the player idles at 0% CPU by drawing only when something changes,
//! so every change of state must bring the frames that show it. These run the real
//! `spearhead play` with its blocking event loop, send keys with xdotool, wait with no input,
//! and check the pixels of the screen as xwd captures it.

mod common;

use common::display::display;
use common::live::{tools, Player};
use spearhead_player::layout::{Rect, View, WIDTH};
use std::path::{Path, PathBuf};

/// One live test at a time: their waits are timed for a player that has the machine's cores.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/player");

/// A folder of this test's own (its data folder, the ALSA configuration).
fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spearhead-live-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    dir
}

fn null_sound(dir: &Path) -> PathBuf {
    let path = dir.join("alsa.conf");
    let text = "</usr/share/alsa/alsa.conf>\npcm.!default { type null }\n";
    std::fs::write(&path, text).expect("temp dir is writable");
    path
}

/// The pixels near the Republic's accent (#608cc8) in the top-right corner, where the
/// "Skipping" and "Auto" notices are written.
fn notice_ink(frame: &image::RgbaImage) -> usize {
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    let corner = view.rect(Rect::new(WIDTH - 300.0, 10.0, 290.0, 45.0));
    let near = |p: &image::Rgba<u8>| {
        [0x60, 0x8c, 0xc8]
            .iter()
            .zip(p.0)
            .all(|(c, v)| (*c - v as i32).abs() < 24)
    };
    (corner.y as u32..(corner.y + corner.h) as u32)
        .flat_map(|y| (corner.x as u32..(corner.x + corner.w) as u32).map(move |x| (x, y)))
        .filter(|&(x, y)| near(frame.get_pixel(x, y)))
        .count()
}

/// Whether the stage is under the choice's veil: the Republic's bright office wall (luma
/// about 230) shows darker.
fn veiled(frame: &image::RgbaImage) -> bool {
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    let wall = view.rect(Rect::new(500.0, 20.0, 200.0, 40.0));
    let (mut sum, mut n) = (0.0, 0.0);
    for y in wall.y as u32..(wall.y + wall.h) as u32 {
        for x in wall.x as u32..(wall.x + wall.w) as u32 {
            let p = frame.get_pixel(x, y);
            sum += 0.299 * p[0] as f32 + 0.587 * p[1] as f32 + 0.114 * p[2] as f32;
            n += 1.0;
        }
    }
    sum / n < 190.0
}

#[test]
fn skipping_that_stops_at_a_choice_takes_its_notice_down_without_input() {
    let Some(display) = display() else { return };
    let Some(()) = tools() else { return };
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = folder("skip-notice");
    let player = Player::start(
        &display,
        Path::new(FIXTURE),
        "Player Fixture",
        &dir,
        &null_sound(&dir),
    );
    // Read the first two lines up to the choice, so they count as read; back to the title.
    player.keys(&["Return", "space", "space", "Escape", "5"]);
    // A new game, and Tab: skipping passes the two lines read and stops at the choice.
    player.keys(&["1", "Tab"]);
    let frame = player.capture();
    let ink = notice_ink(&frame);
    frame
        .save(dir.join("skip-notice.png"))
        .expect("temp dir is writable");
    let shown = dir.join("skip-notice.png");
    assert!(veiled(&frame), "no choice on screen: {}", shown.display());
    assert!(
        ink < 10,
        "the Skipping notice is still up at the choice ({ink} pixels of it)"
    );
}

/// The mean difference, channel by channel, between two frames in the text area.
fn text_area_difference(a: &image::RgbaImage, b: &image::RgbaImage) -> f32 {
    let view = View::fit(a.width() as f32, a.height() as f32);
    let area = view.rect(spearhead_player::layout::TEXT_AREA);
    let (mut sum, mut n) = (0.0, 0.0);
    for y in area.y as u32..(area.y + area.h) as u32 {
        for x in area.x as u32..(area.x + area.w) as u32 {
            let (p, q) = (a.get_pixel(x, y), b.get_pixel(x, y));
            sum += (0..3)
                .map(|i| (p[i] as f32 - q[i] as f32).abs())
                .sum::<f32>();
            n += 3.0;
        }
    }
    sum / n
}

#[test]
fn a_language_switch_in_the_settings_shows_the_line_in_it_without_more_input() {
    let Some(display) = display() else { return };
    let Some(()) = tools() else { return };
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = folder("language");
    // What the first line looks like in Japanese, from a shot of it.
    let reference = dir.join("reference.png");
    let shot = std::process::Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .args(["shot", FIXTURE, "--lines", "0", "--lang", "ja-JP", "--out"])
        .arg(&reference)
        .env("DISPLAY", &display.name)
        .env("ALSA_CONFIG_PATH", null_sound(&dir))
        .env("XDG_DATA_HOME", dir.join("shot-data"))
        .status()
        .expect("the spearhead binary runs");
    assert!(shot.success());
    let reference = image::open(&reference).expect("a PNG").to_rgba8();
    let player = Player::start(
        &display,
        Path::new(FIXTURE),
        "Player Fixture",
        &dir,
        &null_sound(&dir),
    );
    // New game; the menu, Settings; up past the accessibility row to the language row (the
    // last two), the next language (Japanese); back to the game, and then nothing.
    player.keys(&["Return"]);
    let english = player.capture();
    player.keys(&["Escape", "4", "Up", "Up", "Right", "Escape", "Escape"]);
    let frame = player.capture();
    frame
        .save(dir.join("language.png"))
        .expect("temp dir is writable");
    let before = text_area_difference(&english, &reference);
    let after = text_area_difference(&frame, &reference);
    assert!(
        after < 1.0 && before > after + 2.0,
        "the line is not shown in Japanese: {after} off the Japanese shot (English: {before})"
    );
}
