//! Live reload, as a writer meets it: `spearhead play STORY --watch` runs in a window (under Xvfb), the
//! writer saves an edit to a script, and the window shows the edited line where the reader was;
//! a broken edit shows the checker's report over the game, and fixing it resumes. Frames are
//! the player's own screenshots (the S key, pressed with xdotool) compared with `spearhead shot`
//! frames of the same story.

mod common;

use common::display::{display, Display};
use common::folders::fixture_copy;
use image::RgbaImage;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ORIGINAL: &str = "The office was bright and quiet.";
const EDITED: &str = "The office was dark, and somebody had left the radio on all night.";

/// The playing window: killed on drop, its log in a file the test reads as it goes.
struct Playing {
    child: Child,
    log: PathBuf,
    data: PathBuf,
    display: String,
}

impl Drop for Playing {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Playing {
    fn start(display: &Display, story: &Path, work: &Path) -> Playing {
        let log = work.join("play.log");
        let data = work.join("data");
        let alsa = work.join("alsa.conf");
        std::fs::write(
            &alsa,
            "</usr/share/alsa/alsa.conf>\npcm.!default { type null }\n",
        )
        .expect("temp dir is writable");
        let child = Command::new(env!("CARGO_BIN_EXE_spearhead"))
            .args([
                "play",
                story.to_str().expect("a UTF-8 path"),
                "--watch",
                "--from",
                "office",
            ])
            .env("DISPLAY", &display.name)
            .env("ALSA_CONFIG_PATH", &alsa)
            .env("XDG_DATA_HOME", &data)
            .env_remove("RUST_BACKTRACE")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("temp dir is writable"))
            .spawn()
            .expect("the spearhead binary runs");
        Playing {
            child,
            log,
            data,
            display: display.name.clone(),
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits until the log says `what` `times` times (at most 30 s).
    fn wait_for(&mut self, what: &str, times: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.log().matches(what).count() < times {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "the player exited ({status}) waiting for {what:?}:\n{}",
                    self.log()
                );
            }
            assert!(
                Instant::now() < deadline,
                "no {what:?} after 30 s:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn xdotool(&self, args: &[&str]) {
        let status = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .status()
            .expect("xdotool runs (Debian package xdotool)");
        assert!(status.success(), "xdotool {args:?}: {status}");
    }

    /// Presses S and returns the screenshot the player kept (its `n`th).
    fn screenshot(&mut self, n: usize) -> RgbaImage {
        // Let the frame settle (a line types out, a transition ends) before the picture.
        std::thread::sleep(Duration::from_millis(1500));
        self.xdotool(&["mousemove", "640", "300", "key", "s"]);
        self.wait_for("screenshot kept", n);
        let line = self.log();
        let path = line
            .lines()
            .filter_map(|l| l.split("screenshot kept: ").nth(1))
            .nth(n - 1)
            .expect("the log names the file");
        image::open(path.trim()).expect("a PNG").to_rgba8()
    }
}

/// The mean difference per channel (0-255) of two frames of the same size.
fn distance(a: &RgbaImage, b: &RgbaImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let total: u64 = (a.as_raw().iter().zip(b.as_raw()))
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    total as f64 / a.as_raw().len() as f64
}

/// `spearhead shot STORY --from office`: the frame a fresh start shows.
fn shot(display: &Display, story: &Path, work: &Path, name: &str) -> RgbaImage {
    let png = work.join(format!("{name}.png"));
    let output = Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .args([
            "shot",
            story.to_str().expect("UTF-8"),
            "--from",
            "office",
            "--out",
        ])
        .arg(&png)
        .env("DISPLAY", &display.name)
        .env("ALSA_CONFIG_PATH", work.join("alsa.conf"))
        .env("XDG_DATA_HOME", work.join("shot-data"))
        .output()
        .expect("spearhead runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    image::open(&png).expect("a PNG").to_rgba8()
}

/// xdotool is needed to press keys in the window; CI installs it (.ci/run).
fn have_xdotool() -> bool {
    let found = Command::new("xdotool").arg("version").output().is_ok();
    if !found {
        let note = "the live reload test needs the Debian package xdotool";
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{note}");
        }
        eprintln!("skipping: {note}");
    }
    found
}

#[test]
fn an_edit_saved_while_playing_shows_on_the_same_line_and_a_broken_one_shows_its_errors() {
    if !have_xdotool() {
        return;
    }
    let Some(display) = display() else { return };
    let story = fixture_copy("player", "live-reload");
    let work = story.with_extension("work");
    std::fs::create_dir_all(&work).expect("temp dir is writable");
    let script = story.join("fixture.vn");
    let original = std::fs::read_to_string(&script).expect("the fixture's script");
    assert!(original.contains(ORIGINAL));

    let mut playing = Playing::start(&display, &story, &work);
    let before = playing.screenshot(1);
    assert!(
        distance(&before, &shot(&display, &story, &work, "original")) < 0.5,
        "the window and a shot of the same line differ"
    );

    // The writer rewords the line being read and saves.
    std::fs::write(&script, original.replace(ORIGINAL, EDITED)).expect("writable");
    playing.wait_for("loaded again", 1);
    let edited = playing.screenshot(2);
    let expected = shot(&display, &story, &work, "edited");
    let apart = distance(&edited, &expected);
    assert!(
        apart < 0.5,
        "after the edit: {apart} per channel from a fresh shot of it"
    );
    assert!(
        distance(&before, &expected) > 0.2,
        "the edit changed nothing visible"
    );

    // A broken edit: the report covers the game (a dark page, the red heading), nothing closes.
    let broken = original.replace(ORIGINAL, EDITED) + "jump nowhere\n";
    std::fs::write(&script, broken).expect("writable");
    playing.wait_for("does not load", 1);
    let report = playing.screenshot(3);
    let (w, h) = report.dimensions();
    let heading = (h * 45 / 720..h * 75 / 720)
        .flat_map(|y| (w * 80 / 1280..w * 500 / 1280).map(move |x| (x, y)));
    let red = heading
        .filter(|&(x, y)| {
            let [r, g, b, _] = report.get_pixel(x, y).0;
            r > 180 && g < 150 && b < 150
        })
        .count();
    assert!(red > 200, "no red heading over the game ({red} red pixels)");
    assert!(playing.log().contains("fixture.vn:"), "{}", playing.log());

    // Fixed: the game goes on, on the same line.
    std::fs::write(&script, original.replace(ORIGINAL, EDITED)).expect("writable");
    playing.wait_for("loaded again", 2);
    let resumed = playing.screenshot(4);
    let apart = distance(&resumed, &expected);
    assert!(
        apart < 0.5,
        "after the fix: {apart} per channel from the edited line"
    );
    for line in playing
        .log()
        .lines()
        .filter(|l| l.contains("after its save"))
    {
        eprintln!("{line}");
    }
    let _ = &playing.data;
}
