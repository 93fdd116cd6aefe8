//! Window tests: run the real `spearhead shot` (a macroquad window driven by scripted input) on
//! the fixture story in tests/fixtures/player and check the pixels of the captured frames.
//!
//! Needs an X display. With DISPLAY unset, each test starts its own `Xvfb` (and stops it). If
//! Xvfb is not installed the tests fail under CI (CI=true) and are skipped with a note
//! elsewhere. Sound goes to ALSA's null device, so no sound card is needed; one test checks
//! that a missing sound device does not stop the player either.

mod common;

use common::display::{display, Display};
use image::{Rgba, RgbaImage};
use spearhead_player::accessibility;
use spearhead_player::layout::{self, Rect, View};
use spearhead_player::screens::options;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/player");
/// Lena's and Shin's name-plate colours in the fixture's story.toml.
const LENA: [u8; 3] = [0x1e, 0x88, 0xe5];
const SHIN: [u8; 3] = [0xe5, 0x39, 0x35];

fn out_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spearhead-player-window-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    dir
}

/// An ALSA configuration whose default device is `device` (`{ type null }` in most tests).
///
/// Tests run in parallel and share the file, so it is replaced by a rename: a player starting
/// meanwhile reads the old whole file or the new one, never a truncated one (an empty file
/// leaves ALSA without a default device, and the player without sound).
fn alsa_config(name: &str, device: &str) -> PathBuf {
    let path = out_dir().join(format!("alsa-{name}.conf"));
    let text = format!("</usr/share/alsa/alsa.conf>\npcm.!default {device}\n");
    let thread = format!("{:?}", std::thread::current().id());
    let partial = out_dir().join(format!(
        "alsa-{name}.conf.{}",
        thread.replace(['(', ')'], "")
    ));
    std::fs::write(&partial, text).expect("temp dir is writable");
    std::fs::rename(&partial, &path).expect("temp dir is writable");
    path
}

/// Runs `spearhead shot FIXTURE <args> --out <tmp>/<name>.png` on `display`.
fn shot_with(display: &Display, name: &str, args: &[&str], alsa: &Path) -> (Output, PathBuf) {
    shot_of(display, Path::new(FIXTURE), name, args, alsa)
}

/// Runs `spearhead shot <story> <args> --out <tmp>/<name>.png` on `display`.
fn shot_of(
    display: &Display,
    story: &Path,
    name: &str,
    args: &[&str],
    alsa: &Path,
) -> (Output, PathBuf) {
    let png = out_dir().join(format!("{name}.png"));
    let _ = std::fs::remove_file(&png);
    let output = Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .arg("shot")
        .arg(story)
        .args(args)
        .arg("--out")
        .arg(&png)
        .env("DISPLAY", &display.name)
        .env("ALSA_CONFIG_PATH", alsa)
        .env("XDG_DATA_HOME", out_dir().join("data"))
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the spearhead binary runs");
    (output, png)
}

/// A successful shot's frame and the view it was laid out in.
fn shot(display: &Display, name: &str, args: &[&str]) -> (RgbaImage, View) {
    let (output, png) = shot_with(display, name, args, &alsa_config("null", "{ type null }"));
    assert!(
        output.status.success(),
        "shot {args:?} failed: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    // The null device is a sound device: the player plays to it instead of going silent.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("no sound"), "{stderr}");
    let frame = image::open(&png).expect("the shot wrote a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    (frame, view)
}

/// The pixels of a virtual-canvas rectangle.
fn pixels<'a>(frame: &'a RgbaImage, view: &View, r: Rect) -> impl Iterator<Item = &'a Rgba<u8>> {
    let r = view.rect(r);
    let (x0, y0) = (r.x.max(0.0) as u32, r.y.max(0.0) as u32);
    let (x1, y1) = ((r.x + r.w) as u32, (r.y + r.h) as u32);
    let (x1, y1) = (x1.min(frame.width()), y1.min(frame.height()));
    (y0..y1).flat_map(move |y| (x0..x1).map(move |x| frame.get_pixel(x, y)))
}

fn luma(p: &Rgba<u8>) -> f32 {
    0.299 * p[0] as f32 + 0.587 * p[1] as f32 + 0.114 * p[2] as f32
}

fn near(p: &Rgba<u8>, rgb: [u8; 3], tolerance: i32) -> bool {
    (0..3).all(|i| (p[i] as i32 - rgb[i] as i32).abs() <= tolerance)
}

/// Share of pixels in `r` for which `test` holds.
fn share(frame: &RgbaImage, view: &View, r: Rect, test: impl Fn(&Rgba<u8>) -> bool) -> f32 {
    let (mut hits, mut all) = (0usize, 0usize);
    for p in pixels(frame, view, r) {
        all += 1;
        hits += test(p) as usize;
    }
    assert!(all > 0, "empty region {r:?}");
    hits as f32 / all as f32
}

/// The text box's own colour shows in its lower part, below the text.
fn textbox_fill() -> Rect {
    let b = layout::TEXTBOX;
    Rect::new(b.x + 600.0, b.bottom() - 50.0, 500.0, 30.0)
}

/// The option boxes of a choice menu on `frame`, top to bottom: (top, bottom, mean luma) of
/// each run of bright box face down a column inside the boxes' right end.
fn option_boxes(frame: &RgbaImage, view: &View) -> Vec<(u32, u32, f32)> {
    // Walk down a column inside the boxes' right end (clear of labels and sprites) and count
    // the runs of bright box face.
    let column = layout::choice_boxes(1)[0];
    option_boxes_at(frame, view, view.point(column.right() - 24.0, 0.0).x as u32)
}

/// The option boxes as `option_boxes` finds them, down the column `x` of the frame.
fn option_boxes_at(frame: &RgbaImage, view: &View, x: u32) -> Vec<(u32, u32, f32)> {
    let (top, bottom) = (
        view.point(0.0, layout::CHOICE_BAND.0).y as u32,
        view.point(0.0, layout::CHOICE_BAND.1).y as u32,
    );
    let mut runs: Vec<(u32, u32, f32)> = Vec::new();
    let mut current: Option<(u32, f32)> = None;
    for y in top..bottom {
        let l = luma(frame.get_pixel(x, y));
        match (&mut current, l > 170.0) {
            (None, true) => current = Some((y, l)),
            (Some((_, sum)), true) => *sum += l,
            (Some((start, sum)), false) => {
                runs.push((*start, y, *sum / (y - *start) as f32));
                current = None;
            }
            (None, false) => {}
        }
    }
    runs.into_iter()
        .filter(|(a, b, _)| (b - a) as f32 > view.len(layout::CHOICE_HEIGHT) * 0.6)
        .collect()
}

#[test]
fn title_screen_shows_the_title_and_buttons() {
    let Some(display) = display() else { return };
    let (frame, view) = shot(&display, "title", &["--screen", "title"]);
    let colours: std::collections::HashSet<_> =
        frame.pixels().map(|p| [p[0], p[1], p[2]]).collect();
    assert!(
        colours.len() > 50,
        "only {} colours: a blank frame",
        colours.len()
    );
    // The title is light text on the dark front backdrop.
    let title_band = Rect::new(200.0, 160.0, 880.0, 100.0);
    let bright = share(&frame, &view, title_band, |p| luma(p) > 180.0);
    assert!(bright > 0.05, "title text covers {bright} of its band");
    // Six buttons (New game, Continue, Load, Settings, Endings, Quit), each with a face and a
    // label.
    for button in layout::title_buttons(6, 1.0) {
        let labelled = share(&frame, &view, button, |p| luma(p) > 110.0);
        assert!(labelled > 0.01, "button {button:?} has no label");
    }
}

#[test]
fn dialogue_shows_the_text_box_and_the_speakers_name_plate() {
    let Some(display) = display() else { return };
    // The first line is narration; one advance brings Lena's line, in the bright Republic,
    // drawn with the fixture's Republic frames: the plate is dark, and Lena's colour is in its
    // edge stripe and her name.
    let (frame, view) = shot(&display, "lena", &["--lines", "1"]);
    let plate = share(&frame, &view, layout::NAME_PLATE, |p| near(p, LENA, 16));
    assert!(
        plate > 0.04,
        "Lena's colour covers only {plate} of the name plate"
    );
    // The box is near-white over the office's beige floor (201, 183, 156).
    let fill = share(&frame, &view, textbox_fill(), |p| {
        luma(p) > 225.0 && (p[0] as i32 - p[2] as i32).abs() < 12
    });
    assert!(
        fill > 0.9,
        "the text box fill shows in {fill} of its empty part"
    );
    // Dark text on the first line of the box.
    let line = Rect::new(
        layout::TEXT_AREA.x,
        layout::TEXT_AREA.y,
        600.0,
        layout::LINE_HEIGHT,
    );
    let ink = share(&frame, &view, line, |p| luma(p) < 90.0);
    assert!(ink > 0.03, "text ink covers {ink} of the first line");
}

#[test]
fn the_front_is_dark_and_long_lines_wrap() {
    let Some(display) = display() else { return };
    // Narration, Lena, the choice (take option 1), then Shin's long line at the hangar.
    let (frame, view) = shot(&display, "shin", &["--lines", "2", "--choose", "1"]);
    let plate = share(&frame, &view, layout::NAME_PLATE, |p| near(p, SHIN, 12));
    assert!(
        plate > 0.5,
        "Shin's colour covers only {plate} of the name plate"
    );
    let fill = share(&frame, &view, textbox_fill(), |p| luma(p) < 40.0);
    assert!(
        fill > 0.9,
        "the dark text box shows in {fill} of its empty part"
    );
    // Light text on the first two lines: the line is long enough to wrap once.
    for i in 0..3 {
        let y = layout::TEXT_AREA.y + i as f32 * layout::LINE_HEIGHT;
        let line = Rect::new(layout::TEXT_AREA.x, y, 800.0, layout::LINE_HEIGHT);
        let ink = share(&frame, &view, line, |p| luma(p) > 170.0);
        if i < 2 {
            assert!(ink > 0.03, "text line {i} has ink {ink}");
        } else {
            assert!(
                ink < 0.001,
                "a third line has ink {ink}: the text wrapped into three lines"
            );
        }
    }
}

#[test]
fn choice_menu_shows_one_box_per_option_and_greys_the_disabled_one() {
    let Some(display) = display() else { return };
    let (frame, view) = shot(&display, "choice", &["--screen", "choice"]);
    let boxes = option_boxes(&frame, &view);
    assert_eq!(boxes.len(), 3, "option boxes found: {boxes:?}");
    let (enabled, disabled) = (boxes[0].2.min(boxes[1].2), boxes[2].2);
    assert!(
        disabled + 25.0 < enabled,
        "the disabled option (luma {disabled}) is not greyed against {enabled}"
    );
}

#[test]
fn broken_art_becomes_a_placeholder_and_the_story_goes_on() {
    let Some(display) = display() else { return };
    let (output, png) = shot_with(
        &display,
        "broken",
        &["--lines", "4", "--choose", "2"],
        &alsa_config("null", "{ type null }"),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning") && stderr.contains("broken.png"),
        "no warning names the file: {stderr}"
    );
    let frame = image::open(&png).expect("a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    let sky = Rect::new(420.0, 20.0, 400.0, 200.0);
    let purple = share(&frame, &view, sky, |p| {
        p[0] > 50 && p[2] > 50 && p[1] < p[0] / 2
    });
    assert!(purple > 0.5, "the placeholder covers {purple} of the sky");
}

#[test]
fn each_scenes_background_arrives_from_the_loader_before_the_frame_is_shown() {
    let Some(display) = display() else { return };
    // Right after New game the office's SVG is still being rasterised on the loader's thread:
    // the captured first frame has its window pane (#bcd6f2, right of the mullion).
    let (frame, view) = shot(&display, "office", &["--lines", "0"]);
    let pane = Rect::new(820.0, 100.0, 130.0, 150.0);
    let sky = share(&frame, &view, pane, |p| near(p, [0xbc, 0xd6, 0xf2], 10));
    assert!(sky > 0.9, "the office window shows in {sky} of its place");
    // After the choice the story jumps to the hangar: its PNG (loaded ahead while the office
    // was on screen) replaces the office, amber door stripe and dark grey walls.
    let (frame, view) = shot(&display, "hangar", &["--lines", "2", "--choose", "1"]);
    let stripe = Rect::new(580.0, 220.0, 120.0, 200.0);
    let amber = share(&frame, &view, stripe, |p| near(p, [150, 120, 70], 12));
    assert!(
        amber > 0.9,
        "the hangar's stripe shows in {amber} of its place"
    );
    let wall = Rect::new(100.0, 20.0, 300.0, 100.0);
    let grey = share(&frame, &view, wall, |p| {
        luma(p) < 60.0 && (p[0] as i32 - p[2] as i32).abs() < 10
    });
    assert!(grey > 0.9, "the hangar's wall shows in {grey} of its place");
}

#[test]
fn a_missing_sound_device_does_not_stop_the_player() {
    let Some(display) = display() else { return };
    let alsa = alsa_config("nocard", "{ type hw card 99 }");
    let (output, png) = shot_with(&display, "nosound", &["--lines", "1"], &alsa);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(png.is_file());
    // One warning, not one per sound played.
    assert_eq!(stderr.matches("warning: no sound").count(), 1, "{stderr}");
}

#[test]
fn an_unknown_screen_is_refused_before_any_window_opens() {
    let png = out_dir().join("bogus.png");
    let output = Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .args(["shot", FIXTURE, "--screen", "bogus", "--out"])
        .arg(&png)
        .env_remove("DISPLAY")
        .output()
        .expect("the spearhead binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "title, game, choice, save, load, backlog, menu, settings, accessibility, endings, gallery or music"
        ),
        "{stderr}"
    );
    assert!(!png.exists());
}

#[test]
fn an_option_numbered_zero_is_refused_before_any_window_opens() {
    let png = out_dir().join("zero.png");
    let output = Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .args(["shot", FIXTURE, "--choose", "2,0", "--out"])
        .arg(&png)
        .env_remove("DISPLAY")
        .output()
        .expect("the spearhead binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains("options are numbered from 1"), "{stderr}");
    assert!(!png.exists());
}

#[test]
fn rolling_back_past_the_first_line_is_a_clear_error() {
    let Some(display) = display() else { return };
    let alsa = alsa_config("null", "{ type null }");
    let (output, png) = shot_with(
        &display,
        "back-too-far",
        &["--lines", "1", "--back", "9"],
        &alsa,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error: cannot roll back further than the first line (9 steps asked for)"),
        "{stderr}"
    );
    assert!(!png.exists(), "no frame is written");
}

#[test]
fn settings_screen_shows_every_setting_with_its_value() {
    let Some(display) = display() else { return };
    let (frame, view) = shot(&display, "settings", &["--screen", "settings"]);
    // Every row: a label on the left (the selected one in the accent colour) and a value box
    // with light text on the right, over the dark veil.
    for i in 0..options::SETTINGS_ROWS.len() {
        let value_box = options::row_rect(i, 1.0);
        let y = value_box.y;
        let label = share(
            &frame,
            &view,
            Rect::new(options::LABEL_X, y, 400.0, 40.0),
            |p| luma(p) > 80.0,
        );
        let value = share(&frame, &view, Rect::new(760.0, y, 260.0, 40.0), |p| {
            luma(p) > 150.0
        });
        assert!(
            label > 0.01 && value > 0.01,
            "row {i}: label {label}, value {value}"
        );
    }
}

#[test]
fn the_accessibility_page_shows_each_of_its_settings() {
    let Some(display) = display() else { return };
    let args = ["--screen", "accessibility", "--setting", "text_size=140"];
    let (frame, view) = shot(&display, "accessibility", &args);
    for i in 0..options::ACCESSIBILITY_ROWS.len() {
        let y = options::row_rect(i, 1.4).y;
        let label = share(
            &frame,
            &view,
            Rect::new(options::LABEL_X, y, 400.0, 40.0),
            |p| luma(p) > 80.0,
        );
        let value = share(&frame, &view, Rect::new(760.0, y, 260.0, 40.0), |p| {
            luma(p) > 150.0
        });
        assert!(
            label > 0.01 && value > 0.01,
            "row {i}: label {label}, value {value}"
        );
    }
    let below = options::row_rect(options::ACCESSIBILITY_ROWS.len(), 1.4);
    let empty = share(&frame, &view, Rect::new(760.0, below.y, 260.0, 40.0), |p| {
        luma(p) > 150.0
    });
    assert_eq!(empty, 0.0, "no row after the last");
}

#[test]
fn a_see_through_text_box_shows_the_scene_behind_the_text() {
    let Some(display) = display() else { return };
    // Lena's line in the office: the Republic's near-white box, then none of it at opacity 0,
    // where the office's beige floor (201, 183, 156) shows through; the text is still drawn.
    let args = ["--lines", "1", "--setting", "textbox_opacity=0"];
    let (frame, view) = shot(&display, "see-through", &args);
    let floor = share(&frame, &view, textbox_fill(), |p| {
        near(p, [201, 183, 156], 24)
    });
    assert!(
        floor > 0.5,
        "the floor shows in {floor} of the box's empty part"
    );
    let line = Rect::new(layout::TEXT_AREA.x, layout::TEXT_AREA.y, 600.0, 42.0);
    let ink = share(&frame, &view, line, |p| luma(p) < 90.0);
    assert!(ink > 0.03, "text ink covers {ink} of the first line");
}

/// White text in the high-contrast box (the sprites' lightest colours are well below it).
fn white_text(p: &Rgba<u8>) -> bool {
    luma(p) > 235.0 && near(p, [255, 255, 255], 40)
}

fn yellow_edge(p: &Rgba<u8>) -> bool {
    near(p, [255, 255, 0], 60)
}

/// The top of the high-contrast box on `frame`, in virtual units: the first yellow edge down a
/// column right of the widest name plate.
fn contrast_box_top(frame: &RgbaImage, view: &View) -> Option<f32> {
    let x = view.point(1100.0, 0.0).x as u32;
    let y = (0..frame.height()).find(|&y| yellow_edge(frame.get_pixel(x, y)))?;
    Some((y as f32 - view.point(0.0, 0.0).y) / view.scale)
}

#[test]
fn at_every_text_size_the_lines_reflow_and_stay_inside_the_box_in_every_language() {
    let Some(display) = display() else { return };
    // Shin's long line in English, Japanese and the pseudo-locale (the longest), in the
    // high-contrast box, whose yellow edge shows where the box is.
    for lang in ["en-US", "ja-JP", "pseudo"] {
        let mut tops = Vec::new();
        for size in accessibility::TEXT_SIZES {
            let name = format!("size-{lang}-{size}");
            let set_size = format!("text_size={size}");
            let args = [
                "--lines",
                "2",
                "--choose",
                "1",
                "--lang",
                lang,
                "--setting",
                &set_size,
                "--setting",
                "high_contrast=true",
            ];
            let (frame, view) = shot(&display, &name, &args);
            let top = contrast_box_top(&frame, &view).expect("the box's yellow edge");
            let b = layout::TEXTBOX;
            let inside = Rect::new(b.x + 8.0, top + 8.0, b.w - 16.0, b.bottom() - top - 16.0);
            let ink = share(&frame, &view, inside, white_text);
            assert!(ink > 0.01, "{name}: ink covers {ink} of the box");
            // No text above the box (the name plate sits on its edge, left), right of the
            // text area, or below the box's padding.
            let above = Rect::new(0.0, 0.0, layout::WIDTH, top - 50.0);
            let beside = Rect::new(700.0, top - 50.0, 580.0, 46.0);
            let right = Rect::new(layout::TEXT_AREA.right() + 6.0, top + 6.0, 30.0, b.h - 12.0);
            let below = Rect::new(
                0.0,
                b.bottom() - 10.0,
                1150.0,
                layout::HEIGHT - b.bottom() + 10.0,
            );
            for (place, r) in [
                ("above", above),
                ("beside the plate", beside),
                ("right", right),
                ("below", below),
            ] {
                if r.h > 0.0 {
                    let out = share(&frame, &view, r, white_text);
                    assert!(out == 0.0, "{name}: text {place} the box ({out})");
                }
            }
            tops.push(top);
        }
        // The box grows up with the text, never down.
        assert!(
            tops.windows(2).all(|t| t[1] <= t[0] + 1.0),
            "{lang}: box tops {tops:?}"
        );
        assert!(
            tops[tops.len() - 1] < tops[1] - 20.0,
            "{lang}: box tops {tops:?}"
        );
    }
}

fn light(p: &Rgba<u8>) -> bool {
    luma(p) > 150.0
}

/// How many pixels of `frame` inside `r` pass `test`.
fn count(frame: &RgbaImage, view: &View, r: Rect, test: impl Fn(&Rgba<u8>) -> bool) -> usize {
    pixels(frame, view, r).filter(|p| test(p)).count()
}

/// The largest text size and its scale.
fn largest_text_size() -> (String, f32) {
    let largest = accessibility::TEXT_SIZES[accessibility::TEXT_SIZES.len() - 1];
    (format!("text_size={largest}"), f32::from(largest) / 100.0)
}

/// A shot of the fixture in `lang` at the normal and at the largest text size.
fn at_both_sizes(display: &Display, name: &str, lang: &str, args: &[&str]) -> [RgbaImage; 2] {
    let (largest, _) = largest_text_size();
    [("normal", "text_size=100"), ("large", largest.as_str())].map(|(size, setting)| {
        let name = format!("{name}-{lang}-{size}");
        let args = [args, &["--lang", lang, "--setting", setting]].concat();
        shot(display, &name, &args).0
    })
}

/// Issue 15: the title's buttons (as the game menu's) grow with the accessibility text size,
/// each label inside its own button, in English, Japanese and the pseudo-locale.
#[test]
fn at_the_largest_text_size_the_menu_buttons_grow_and_hold_their_labels() {
    let Some(display) = display() else { return };
    let (_, scale) = largest_text_size();
    let view = View::fit(1280.0, 720.0);
    for lang in ["en-US", "ja-JP", "pseudo"] {
        let [normal, large] = at_both_sizes(&display, "grow-title", lang, &["--screen", "title"]);
        let (small_buttons, buttons) = (
            layout::title_buttons(6, 1.0),
            layout::title_buttons(6, scale),
        );
        let ink = |frame: &RgbaImage, rects: &[Rect]| -> usize {
            rects
                .iter()
                .map(|r| count(frame, &view, inset(*r, 4.0), light))
                .sum()
        };
        let (before, after) = (ink(&normal, &small_buttons), ink(&large, &buttons));
        assert!(
            after as f32 > before as f32 * 1.8,
            "{lang}: label ink {before} grew to {after}"
        );
        // Every label in its button: none outside them, below the title.
        let top = buttons[0].y - 4.0;
        let r = view.rect(Rect::new(0.0, top, layout::WIDTH, layout::HEIGHT - top));
        for y in r.y as u32..(r.y + r.h) as u32 {
            for x in 0..large.width() {
                let at = ((x as f32) / view.scale, (y as f32) / view.scale);
                let inside = buttons.iter().any(|b| inset(*b, -3.0).contains(at.into()));
                assert!(
                    inside || !light(large.get_pixel(x, y)),
                    "{lang}: text at ({x}, {y}) outside the buttons"
                );
            }
        }
    }
}

/// Issue 15: the headings of the save and load screens and of the gallery's pages (with the
/// line under them) grow with the text size too.
#[test]
fn at_the_largest_text_size_the_pages_headings_grow() {
    let Some(display) = display() else { return };
    let view = View::fit(1280.0, 720.0);
    let pages: [(&str, &[&str], Rect); 3] = [
        (
            "load",
            &["--screen", "load"],
            Rect::new(60.0, 10.0, 500.0, 70.0),
        ),
        (
            "music",
            &["--screen", "music", "--lines", "1"],
            Rect::new(90.0, 40.0, 700.0, 110.0),
        ),
        (
            "endings",
            &["--screen", "endings", "--lines", "1"],
            Rect::new(90.0, 40.0, 700.0, 110.0),
        ),
    ];
    for (page, args, heading) in pages {
        for lang in ["en-US", "ja-JP"] {
            let [normal, large] = at_both_sizes(&display, &format!("grow-{page}"), lang, args);
            let (before, after) = (
                count(&normal, &view, heading, light),
                count(&large, &view, heading, light),
            );
            assert!(
                after as f32 > before as f32 * 1.5,
                "{page} in {lang}: heading ink {before} grew to {after}"
            );
        }
    }
}

/// `r` with `by` units taken off each side (added, for a negative `by`).
fn inset(r: Rect, by: f32) -> Rect {
    Rect::new(r.x + by, r.y + by, r.w - 2.0 * by, r.h - 2.0 * by)
}

/// Issue 15: the settings' rows grow with the text size (the list scrolls to hold them), each
/// label left of its value box and each value inside it.
#[test]
fn at_the_largest_text_size_the_settings_rows_grow_and_keep_their_text_in_place() {
    let Some(display) = display() else { return };
    let (_, scale) = largest_text_size();
    let view = View::fit(1280.0, 720.0);
    for lang in ["en-US", "ja-JP", "pseudo"] {
        let [normal, large] =
            at_both_sizes(&display, "grow-settings", lang, &["--screen", "settings"]);
        // The second row's label (the first is in the accent colour, selected).
        let label = |frame: &RgbaImage, r: Rect| {
            count(
                frame,
                &view,
                Rect::new(options::LABEL_X, r.y, r.x - 16.0 - options::LABEL_X, r.h),
                light,
            )
        };
        let (before, after) = (
            label(&normal, options::row_rect(1, 1.0)),
            label(&large, options::row_rect(1, scale)),
        );
        assert!(
            after as f32 > before as f32 * 1.5,
            "{lang}: label ink {before} grew to {after}"
        );
        for place in 0..options::rows_shown(scale) {
            let r = options::row_rect(place, scale);
            let value = count(&large, &view, inset(r, 2.0), light);
            assert!(value > 20, "{lang}: row {place} shows no value");
            let gap = Rect::new(r.x - 14.0, r.y, 12.0, r.h);
            let right = Rect::new(r.right() + 2.0, r.y, layout::WIDTH - r.right() - 2.0, r.h);
            for (place_name, area) in [("before its box", gap), ("right of its box", right)] {
                let out = count(&large, &view, area, light);
                assert_eq!(out, 0, "{lang}: row {place} has text {place_name}");
            }
        }
    }
}

/// Issue 15: choices and the history follow the text size: taller option boxes with their
/// labels inside, and the history's lines larger, wrapped inside its column.
#[test]
fn at_the_largest_text_size_choices_and_history_grow_and_reflow_inside_their_places() {
    let Some(display) = display() else { return };
    let view = View::fit(1280.0, 720.0);
    for lang in ["en-US", "ja-JP", "pseudo"] {
        let [normal, large] = at_both_sizes(&display, "grow-choice", lang, &["--screen", "choice"]);
        // Down the boxes' left end: wider boxes hold larger labels, which may reach their right.
        let (before, after) = (
            option_boxes_at(&normal, &view, face_column(&normal, &view)),
            option_boxes_at(&large, &view, face_column(&large, &view)),
        );
        assert_eq!(
            (before.len(), after.len()),
            (3, 3),
            "{lang}: an option box each"
        );
        for ((a, b, _), (c, d, _)) in before.iter().zip(&after) {
            assert!(
                d - c > b - a + 10,
                "{lang}: an option box {} high became {}",
                b - a,
                d - c
            );
        }
        // The two that can be taken (the third is greyed, its label faint on purpose).
        for (top, bottom, _) in &after[..2] {
            label_inside_its_box(&large, *top, *bottom, lang);
        }

        let args = ["--screen", "backlog", "--lines", "3", "--choose", "2"];
        let [normal, large] = at_both_sizes(&display, "grow-history", lang, &args);
        let column = Rect::new(100.0, 90.0, 1065.0, 580.0);
        let (before, after) = (
            count(&normal, &view, column, light),
            count(&large, &view, column, light),
        );
        assert!(
            after as f32 > before as f32 * 1.3,
            "{lang}: history ink {before} grew to {after}"
        );
        let beyond = Rect::new(1166.0, 0.0, layout::WIDTH - 1166.0, layout::HEIGHT);
        assert_eq!(
            count(&large, &view, beyond, light),
            0,
            "{lang}: history text past its column"
        );
    }
}

/// A column just inside the option boxes' left edge: the first with a run of bright box face
/// as tall as a box, left of any label.
fn face_column(frame: &RgbaImage, view: &View) -> u32 {
    let (top, bottom) = (
        view.point(0.0, layout::CHOICE_BAND.0).y as u32,
        view.point(0.0, layout::CHOICE_BAND.1).y as u32,
    );
    let tall = view.len(layout::CHOICE_HEIGHT * 0.6) as usize;
    let face = |x: u32| {
        let column: Vec<bool> = (top..bottom)
            .map(|y| luma(frame.get_pixel(x, y)) > 170.0)
            .collect();
        column.split(|bright| !bright).any(|run| run.len() > tall)
    };
    let edge = (0..frame.width())
        .find(|&x| face(x))
        .expect("an option box");
    edge + 6
}

/// The dark label of the option box running from row `top` to `bottom` lies inside its light
/// face, clear of its edges: not cut, not spilling out.
fn label_inside_its_box(frame: &RgbaImage, top: u32, bottom: u32, lang: &str) {
    let dark = |p: &Rgba<u8>| luma(p) < 120.0;
    let mut inked = 0;
    for y in top..bottom {
        let row: Vec<&Rgba<u8>> = (0..frame.width()).map(|x| frame.get_pixel(x, y)).collect();
        let face = |p: &&Rgba<u8>| luma(p) > 170.0;
        let (Some(left), Some(right)) = (row.iter().position(face), row.iter().rposition(face))
        else {
            continue;
        };
        let ink: Vec<usize> = (left..=right).filter(|&x| dark(row[x])).collect();
        if let (Some(&first), Some(&last)) = (ink.first(), ink.last()) {
            inked += 1;
            assert!(
                first > left + 8 && last + 8 < right,
                "{lang}: row {y}: label {first}..{last} at the edge of its box {left}..{right}"
            );
            assert!(
                y > top + 2 && y + 2 < bottom,
                "{lang}: row {y}: label at the edge of its box {top}..{bottom}"
            );
        }
    }
    assert!(
        inked > 10,
        "{lang}: the box at {top}..{bottom} shows no label"
    );
}

#[test]
fn the_high_contrast_box_is_white_on_black_edged_in_yellow() {
    let Some(display) = display() else { return };
    // Lena's line in the office, whose own box is near-white with dark text.
    let args = ["--lines", "1", "--setting", "high_contrast=true"];
    let (frame, view) = shot(&display, "contrast", &args);
    let black = share(&frame, &view, textbox_fill(), |p| near(p, [0, 0, 0], 4));
    assert!(black > 0.95, "black covers {black} of the box's empty part");
    let line = Rect::new(layout::TEXT_AREA.x, layout::TEXT_AREA.y, 600.0, 42.0);
    let ink = share(&frame, &view, line, white_text);
    assert!(ink > 0.03, "white text covers {ink} of the first line");
    let edge = Rect::new(700.0, layout::TEXTBOX.y - 1.0, 400.0, 4.0);
    let yellow = share(&frame, &view, edge, yellow_edge);
    assert!(yellow > 0.4, "yellow covers {yellow} of the box's top edge");
    let plate = share(&frame, &view, layout::NAME_PLATE, |p| near(p, [0, 0, 0], 4));
    assert!(plate > 0.5, "the name plate is black in {plate}");
}

#[test]
fn with_reduced_motion_a_transition_shows_its_end_at_once() {
    let Some(display) = display() else { return };
    // The choice leads to the hangar: its background fades in and Shin dissolves in. Captured
    // as the change starts, with reduced motion the frame is the settled one.
    let step = ["--lines", "2", "--choose", "1", "--setting", "text_speed=0"];
    let (settled, _) = shot(&display, "motion-end", &step);
    let at_start = [
        &step[..],
        &["--unsettled", "--setting", "reduce_motion=true"],
    ]
    .concat();
    let (reduced, _) = shot(&display, "motion-reduced", &at_start);
    let moving = [&step[..], &["--unsettled"]].concat();
    let (full, _) = shot(&display, "motion-full", &moving);
    let differing = |a: &RgbaImage, b: &RgbaImage| {
        let off = a
            .pixels()
            .zip(b.pixels())
            .filter(|(p, q)| !near(p, [q[0], q[1], q[2]], 6));
        off.count() as f32 / (a.width() * a.height()) as f32
    };
    assert_eq!(settled.dimensions(), reduced.dimensions());
    let reduced_off = differing(&settled, &reduced);
    assert!(
        reduced_off < 0.001,
        "{reduced_off} of the frame differs from the end"
    );
    // Without it, the same moment is mid-transition (the test sees a transition at all).
    let full_off = differing(&settled, &full);
    assert!(
        full_off > 0.05,
        "only {full_off} of the frame is mid-transition"
    );
}

#[test]
fn the_easier_to_read_font_sets_the_dialogue_in_other_letters() {
    let Some(display) = display() else { return };
    let (plain, view) = shot(&display, "font-plain", &["--lines", "1"]);
    let args = ["--lines", "1", "--setting", "dyslexic_font=true"];
    let (readable, _) = shot(&display, "font-readable", &args);
    let line = view.rect(Rect::new(
        layout::TEXT_AREA.x,
        layout::TEXT_AREA.y,
        900.0,
        84.0,
    ));
    let (x0, y0) = (line.x as u32, line.y as u32);
    let mut differing = 0;
    for y in y0..y0 + line.h as u32 {
        for x in x0..x0 + line.w as u32 {
            let (p, q) = (plain.get_pixel(x, y), readable.get_pixel(x, y));
            differing += !near(p, [q[0], q[1], q[2]], 30) as usize;
        }
    }
    let share = differing as f32 / (line.w * line.h);
    assert!(share > 0.02, "only {share} of the text differs");
}

/// What self-voicing said during a shot (`--speech-log`), one utterance a line.
fn spoken(display: &Display, name: &str, args: &[&str]) -> Vec<String> {
    let log = out_dir().join(format!("{name}.speech.txt"));
    let log_arg = log.to_string_lossy().into_owned();
    let with_log = [
        args,
        &["--setting", "self_voicing=true", "--speech-log", &log_arg],
    ]
    .concat();
    shot(display, name, &with_log);
    let text = std::fs::read_to_string(&log).expect("the shot wrote what was said");
    text.lines().map(String::from).collect()
}

#[test]
fn self_voicing_reads_each_line_name_and_choice_and_going_on_interrupts_it() {
    let Some(display) = display() else { return };
    // Narration, Lena's line, the choice (option 1 taken), Shin's line.
    let said = spoken(&display, "voice", &["--lines", "2", "--choose", "1"]);
    let expected = [
        "stop",
        "say [en-US] The office was bright and quiet.",
        "stop",
        "say [en-US] Lena",
        "say [en-US] Handler One to all units. Can you hear me?",
        "stop",
        "say [en-US] What does Lena do?",
        "say [en-US] 1. Call the squadron",
        "say [en-US] 2. File the report",
        "say [en-US] 3. Walk out of the Republic: Not available",
        "stop",
        "say [en-US] Shin",
    ];
    assert_eq!(said[..expected.len()], expected, "{said:#?}");
    assert!(
        said[expected.len()].starts_with("say [en-US] Undertaker here."),
        "{said:#?}"
    );
    assert_eq!(said.len(), expected.len() + 1, "{said:#?}");
    // In Japanese, in Japanese.
    let said = spoken(&display, "voice-ja", &["--lines", "1", "--lang", "ja-JP"]);
    assert_eq!(said[3], "say [ja-JP] レーナ", "{said:#?}");
    // Off (the default), nothing is said.
    let log = out_dir().join("voice-off.speech.txt");
    let log_arg = log.to_string_lossy().into_owned();
    shot(
        &display,
        "voice-off",
        &["--lines", "1", "--speech-log", &log_arg],
    );
    assert_eq!(std::fs::read_to_string(&log).expect("written"), "");
}

/// What self-voicing says in `lang` as a list of turns, each stopping what was being said.
fn turns(lang: &str, said: &[&[&str]]) -> Vec<String> {
    let mut all = Vec::new();
    for parts in said {
        all.push("stop".to_string());
        all.extend(parts.iter().map(|part| format!("say [{lang}] {part}")));
    }
    all
}

/// What the fixture's first two lines say (`--lines 1`), before any gesture.
const FIRST_LINES: usize = 5;

/// Issue 15: self-voicing reads the menus as Ren'Py's does: a screen's title as it opens, then
/// the focused control, and the control alone whenever the focus moves to it (a setting with its
/// value, again as it changes), in the language shown, each time stopping what was being said.
#[test]
fn self_voicing_says_each_screens_title_and_the_control_the_focus_moves_to() {
    let Some(display) = display() else { return };
    let keys = |keys: &[&str]| -> Vec<String> {
        keys.iter()
            .flat_map(|k| ["--input".to_string(), format!("key:{k}")])
            .collect()
    };
    let with = |args: &[&str], gestures: &[&str]| -> Vec<String> {
        let mut all: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        all.extend(keys(gestures));
        all
    };
    let said = |name: &str, args: Vec<String>| -> Vec<String> {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        spoken(&display, name, &args)
    };

    let settings = said(
        "voice-settings",
        with(&["--screen", "settings"], &["down", "right"]),
    );
    let expected = turns(
        "en-US",
        &[
            &["Settings", "Text speed", "45 letters/s"],
            &["Auto-forward delay", "1.2 s"],
            &["Auto-forward delay", "1.5 s"],
        ],
    );
    assert_eq!(settings, expected);

    // The quick menu under the line, the game menu, the question before quitting.
    let gestures = ["right", "escape", "up", "enter", "right"];
    let menus = said("voice-menus", with(&["--lines", "1"], &gestures));
    let expected = turns(
        "en-US",
        &[
            &["Back"],
            &["Menu", "Return to the Story"],
            &["Quit"],
            &[
                "Quit the game? Progress since your last save will be lost.",
                "Yes",
            ],
            &["No"],
        ],
    );
    assert_eq!(menus[FIRST_LINES..], expected, "{menus:#?}");

    // The history says the entry at its foot, the newest first; a choice's options one by one.
    let history = said("voice-history", with(&["--lines", "1"], &["l"]));
    let lena = "Handler One to all units. Can you hear me?";
    let expected = turns("en-US", &[&["History", "Lena", lena]]);
    assert_eq!(history[FIRST_LINES..], expected, "{history:#?}");
    let choice = said(
        "voice-choice",
        with(&["--screen", "choice"], &["down", "down"]),
    );
    let expected = turns("en-US", &[&["Call the squadron"], &["File the report"]]);
    assert!(choice.ends_with(&expected), "{choice:#?}");

    // The gallery's pages and the music room's tracks.
    let gallery = said(
        "voice-gallery",
        with(
            &["--screen", "endings", "--lines", "1"],
            &["right", "enter"],
        ),
    );
    let expected = turns(
        "en-US",
        &[
            &["Endings", "Endings seen: 0 / 1"],
            &["Music Room", "Tracks heard: 1 / 1", "Quiet"],
            &["Quiet", "Playing"],
        ],
    );
    assert_eq!(gallery[FIRST_LINES..], expected, "{gallery:#?}");

    // In Japanese, in Japanese: the track by its translated title (`track-quiet`).
    let music = said(
        "voice-music-ja",
        with(
            &["--screen", "music", "--lines", "1", "--lang", "ja-JP"],
            &["enter"],
        ),
    );
    assert!(
        music.iter().any(|said| said.contains("静けさ"))
            && !music.iter().any(|s| s.contains("Quiet")),
        "{music:#?}"
    );
    let title = said(
        "voice-title-ja",
        with(&["--screen", "title", "--lang", "ja-JP"], &["down"]),
    );
    let expected = turns("ja-JP", &[&["Player Fixture", "はじめから"], &["ロード"]]);
    assert_eq!(title, expected);
}

/// Issue 15: on the load screen self-voicing names the page and each slot the focus reaches,
/// with what it holds, and the question a slot's deletion asks.
#[test]
fn self_voicing_names_the_save_pages_and_slots_and_the_question_asked() {
    let Some(display) = display() else { return };
    let dir = save_folder_with_auto_quick_and_damaged("voice-saves");
    let saves = dir.display().to_string();
    let args = ["--screen", "load", "--saves", &saves];
    let gestures = [
        "--input",
        "key:right",
        "--input",
        "key:delete",
        "--input",
        "key:escape",
        "--input",
        "key:pageup",
    ];
    let said = spoken(&display, "voice-load", &[&args[..], &gestures[..]].concat());
    // The dates are the files' own: each turn is matched by its other parts.
    let turns: Vec<&[String]> = said.split(|u| u == "stop").skip(1).collect();
    let texts = |turn: &[String]| -> Vec<String> {
        turn.iter()
            .map(|u| u.trim_start_matches("say [en-US] ").to_string())
            .filter(|t| !t.starts_with("20"))
            .collect()
    };
    let turns: Vec<Vec<String>> = turns.into_iter().map(texts).collect();
    let expected: [&[&str]; 5] = [
        &[
            "Load",
            "Page 1",
            "Slot 1",
            "Damaged",
            "Not a readable save.",
        ],
        &["Slot 2", "The Office"],
        &["Delete the save in slot 2?", "Yes"],
        &["Load", "Page 1", "Slot 2", "The Office"],
        &["Load", "Quick", "The Office"],
    ];
    assert_eq!(turns, expected, "{said:#?}");
}

#[test]
fn backlog_lists_the_lines_read_with_their_speakers_colours() {
    let Some(display) = display() else { return };
    // Narration, Lena, the choice (option 2), Shin, narration: then open the backlog.
    let (frame, view) = shot(
        &display,
        "backlog",
        &["--screen", "backlog", "--lines", "3", "--choose", "2"],
    );
    // Names sit in a column on the left, each in the speaker's colour.
    let names = Rect::new(100.0, 80.0, 190.0, 620.0);
    let lena = share(&frame, &view, names, |p| near(p, LENA, 16));
    let shin = share(&frame, &view, names, |p| near(p, SHIN, 16));
    assert!(
        lena > 0.001 && shin > 0.001,
        "name colours: Lena {lena}, Shin {shin}"
    );
    // Light text over a dark veil, on several rows.
    let text = Rect::new(300.0, 80.0, 860.0, 620.0);
    let ink = share(&frame, &view, text, |p| luma(p) > 170.0);
    let dark = share(&frame, &view, text, |p| luma(p) < 40.0);
    assert!(ink > 0.01 && dark > 0.6, "ink {ink}, dark {dark}");
}

#[test]
fn save_screen_shows_the_new_save_with_its_thumbnail() {
    let Some(display) = display() else { return };
    // Lena's line, saved into slot 1 (of a temporary save folder), then the save screen.
    let (frame, view) = shot(&display, "save", &["--screen", "save", "--lines", "1"]);
    let first = layout::slot_thumbnail(layout::slot_rect(0));
    // The thumbnail is the office scene in small: mostly bright, with the dark of Lena's
    // uniform and name plate, and many colours.
    let bright = share(&frame, &view, first, |p| luma(p) > 180.0);
    let dark = share(&frame, &view, first, |p| luma(p) < 90.0);
    let r = view.rect(first);
    let colours: std::collections::HashSet<_> = (r.y as u32..(r.y + r.h) as u32)
        .flat_map(|y| (r.x as u32..(r.x + r.w) as u32).map(move |x| (x, y)))
        .map(|(x, y)| frame.get_pixel(x, y).0)
        .collect();
    assert!(
        bright > 0.3 && dark > 0.02 && colours.len() > 40,
        "thumbnail: bright {bright}, dark {dark}, {} colours",
        colours.len()
    );
    // The other slots are empty: dark thumbnails with only an "Empty" label.
    for i in 1..layout::SLOTS_PER_PAGE {
        let slot = layout::slot_thumbnail(layout::slot_rect(i));
        let bright = share(&frame, &view, slot, |p| luma(p) > 180.0);
        assert!(bright < 0.05, "slot {} is not empty: {bright}", i + 1);
    }
}

#[test]
fn endings_screen_shows_the_ending_reached() {
    let Some(display) = display() else { return };
    // Play the fixture to its end (five lines and a choice), then open the endings screen.
    let (frame, view) = shot(
        &display,
        "endings",
        &["--screen", "endings", "--lines", "9", "--choose", "1"],
    );
    // The fixture has one ending; reached, its title is written in the front's accent red,
    // under its place in the grid (the fixture's ending has no illustration).
    let title = Rect::new(100.0, 345.0, 320.0, 30.0);
    let red = share(&frame, &view, title, |p| {
        p[0] > 150 && p[1] < 90 && p[2] < 90
    });
    assert!(red > 0.02, "the ending's title covers {red} of its line");
}

#[test]
fn the_end_of_the_story_is_an_ending_card() {
    let Some(display) = display() else { return };
    // Played to its end, the fixture shows its ending's card: no text box, a dark card (its
    // ending declares no illustration) and the title in light letters in the card's band.
    let (frame, view) = shot(&display, "ending-card", &["--lines", "9", "--choose", "1"]);
    let dark = share(&frame, &view, Rect::new(0.0, 0.0, 1280.0, 400.0), |p| {
        luma(p) < 30.0
    });
    assert!(
        dark > 0.95,
        "the card is dark above the title in {dark} of it"
    );
    let title = Rect::new(110.0, 515.0, 600.0, 50.0);
    let light = share(&frame, &view, title, |p| luma(p) > 200.0);
    assert!(light > 0.03, "the title covers {light} of its band");
    // No text box: its Republic fill (bright) is nowhere.
    let boxed = share(&frame, &view, textbox_fill(), |p| luma(p) > 200.0);
    assert!(boxed < 0.05, "a text box shows in {boxed} of its place");
}

#[test]
fn rolling_back_past_a_choice_offers_it_again() {
    let Some(display) = display() else { return };
    // Through the choice to Shin's line, then one step back (the mouse wheel's rollback).
    let (frame, view) = shot(
        &display,
        "rollback",
        &["--lines", "2", "--choose", "1", "--back", "1"],
    );
    assert_eq!(
        option_boxes(&frame, &view).len(),
        3,
        "the choice is not on screen again"
    );
    // And back in the Republic: its bright text box, not the front's dark one.
    let fill = share(&frame, &view, textbox_fill(), |p| luma(p) > 200.0);
    assert!(
        fill > 0.9,
        "the Republic's text box shows in {fill} of its empty part"
    );
}

#[test]
fn lang_shows_the_story_in_another_language() {
    let Some(display) = display() else { return };
    // The fixture's pseudo-locale (from `spearhead locale pseudo`): accented, longer, bracketed.
    let right = Rect::new(800.0, layout::TEXT_AREA.y, 350.0, layout::LINE_HEIGHT);
    let (english, view) = shot(&display, "lena-en", &["--lines", "1"]);
    let (pseudo, _) = shot(
        &display,
        "lena-pseudo",
        &["--lines", "1", "--lang", "pseudo"],
    );
    let ink = |frame: &RgbaImage| share(frame, &view, right, |p| luma(p) < 90.0);
    // Lena's line ends before x = 800 in English; 40% longer, it runs on past it.
    assert!(
        ink(&english) < 0.002,
        "English ink at the right: {}",
        ink(&english)
    );
    assert!(
        ink(&pseudo) > 0.01,
        "pseudo-locale ink at the right: {}",
        ink(&pseudo)
    );
}

#[test]
fn switching_language_in_the_settings_shows_the_line_again_at_once() {
    let Some(display) = display() else { return };
    // Lena's first line, read in English, then the language row of the settings changed to
    // the pseudo-locale: without another step the same line is on screen in it, longer.
    let right = Rect::new(800.0, layout::TEXT_AREA.y, 350.0, layout::LINE_HEIGHT);
    let (switched, view) = shot(
        &display,
        "lena-switched",
        &["--lines", "1", "--switch-lang", "pseudo"],
    );
    let ink = share(&switched, &view, right, |p| luma(p) < 90.0);
    assert!(ink > 0.01, "pseudo-locale ink at the right: {ink}");
    // And back to English: the line is short again.
    let (back, _) = shot(
        &display,
        "lena-switched-back",
        &["--lines", "1", "--lang", "pseudo", "--switch-lang", "en-US"],
    );
    let ink = share(&back, &view, right, |p| luma(p) < 90.0);
    assert!(ink < 0.002, "English ink at the right: {ink}");
}

#[test]
fn japanese_text_renders_glyphs_and_wraps() {
    let Some(display) = display() else { return };
    // Shin's long line in the fixture's ja-JP translation: Japanese has no spaces, so it
    // wraps between characters onto a second line; both lines have light glyph pixels (a
    // glyph missing from the fonts would leave blank space).
    let (frame, view) = shot(
        &display,
        "shin-ja",
        &["--lines", "2", "--choose", "1", "--lang", "ja-JP"],
    );
    for i in 0..3 {
        let y = layout::TEXT_AREA.y + i as f32 * layout::LINE_HEIGHT;
        let line = Rect::new(
            layout::TEXT_AREA.x,
            y,
            layout::TEXT_AREA.w,
            layout::LINE_HEIGHT,
        );
        let ink = share(&frame, &view, line, |p| luma(p) > 170.0);
        if i < 2 {
            assert!(ink > 0.04, "Japanese text line {i} has ink {ink}");
        } else {
            assert!(ink < 0.001, "a third line has ink {ink}");
        }
    }
    // The name plate's name (シン) is drawn too: white on Shin's red.
    let name = share(&frame, &view, layout::NAME_PLATE, |p| luma(p) > 200.0);
    assert!(name > 0.005, "the name plate has {name} white");
}

#[test]
fn the_interface_follows_the_language() {
    let Some(display) = display() else { return };
    // The fixture has no ui.ftl of its own: the player's built-in interface strings are used,
    // in Japanese with --lang ja-JP.
    let (english, view) = shot(&display, "title-en", &["--screen", "title"]);
    let (japanese, _) = shot(
        &display,
        "title-ja",
        &["--screen", "title", "--lang", "ja-JP"],
    );
    for button in layout::title_buttons(6, 1.0) {
        // The label's middle band: glyph pixels in both, and different ones (はじめから is not
        // "New Game").
        let label = Rect::new(button.x + 20.0, button.y + 12.0, button.w - 40.0, 36.0);
        let ink = |frame: &RgbaImage| share(frame, &view, label, |p| luma(p) > 110.0);
        assert!(
            ink(&japanese) > 0.02,
            "the Japanese label of {button:?} has ink {}",
            ink(&japanese)
        );
        let r = view.rect(label);
        let differing = (r.y as u32..(r.y + r.h) as u32)
            .flat_map(|y| (r.x as u32..(r.x + r.w) as u32).map(move |x| (x, y)))
            .filter(|&(x, y)| {
                (luma(english.get_pixel(x, y)) - luma(japanese.get_pixel(x, y))).abs() > 60.0
            })
            .count();
        assert!(
            differing as f32 > 0.02 * r.w * r.h,
            "the label of {button:?} did not change: {differing} pixels differ"
        );
    }
}

/// The layout fixture: a four-line narration line and options longer than an option box.
const LAYOUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/layout");

/// Like `shot`, on the layout fixture.
fn layout_shot(display: &Display, name: &str, args: &[&str]) -> (RgbaImage, View) {
    let png = out_dir().join(format!("{name}.png"));
    let output = Command::new(env!("CARGO_BIN_EXE_spearhead"))
        .arg("shot")
        .arg(LAYOUT)
        .args(args)
        .arg("--out")
        .arg(&png)
        .env("DISPLAY", &display.name)
        .env("ALSA_CONFIG_PATH", alsa_config("null", "{ type null }"))
        .env("XDG_DATA_HOME", out_dir().join("data"))
        .output()
        .expect("the spearhead binary runs");
    assert!(
        output.status.success(),
        "shot {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The null device is a sound device: the player plays to it instead of going silent.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("no sound"), "{stderr}");
    let frame = image::open(&png).expect("the shot wrote a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    (frame, view)
}

#[test]
fn a_four_line_narration_stays_inside_the_text_box() {
    let Some(display) = display() else { return };
    let (frame, view) = layout_shot(&display, "layout-long", &[]);
    let area = layout::TEXT_AREA;
    // The light text of the front reaches the text area's last quarter (four lines)...
    let last = Rect::new(area.x, area.bottom() - 45.0, 900.0, 45.0);
    let ink = share(&frame, &view, last, |p| luma(p) > 170.0);
    assert!(ink > 0.02, "the last line has ink {ink}");
    // ...and none of it falls in the box's padding below the text area (left of the marker).
    let padding = Rect::new(
        layout::TEXTBOX.x,
        area.bottom(),
        layout::TEXTBOX.w - 80.0,
        layout::TEXTBOX.bottom() - area.bottom(),
    );
    let below = share(&frame, &view, padding, |p| luma(p) > 120.0);
    assert!(below == 0.0, "text in the box's bottom padding: {below}");
}

#[test]
fn long_choice_options_stay_inside_their_boxes() {
    let Some(display) = display() else { return };
    let (frame, view) = layout_shot(&display, "layout-choice", &["--screen", "choice"]);
    let light = |p: &Rgba<u8>| luma(p) > 150.0;
    // The front's option boxes are edged in its accent red.
    let red = |p: &Rgba<u8>| p[0] > 140 && p[1] < 90 && p[2] < 90;
    let band = view.rect(Rect::new(
        0.0,
        layout::CHOICE_BAND.0,
        layout::WIDTH,
        layout::CHOICE_BAND.1 - layout::CHOICE_BAND.0,
    ));
    let mut text_rows = 0;
    for y in band.y as u32..(band.y + band.h) as u32 {
        let row: Vec<&Rgba<u8>> = (0..frame.width()).map(|x| frame.get_pixel(x, y)).collect();
        let Some(first) = row.iter().position(|p| light(p)) else {
            continue;
        };
        let last = row.iter().rposition(|p| light(p)).unwrap_or(first);
        text_rows += 1;
        // Every row of text lies between a box's left and right edges.
        assert!(
            row[..first].iter().any(|p| red(p)) && row[last + 1..].iter().any(|p| red(p)),
            "option text at row {y} (x {first}..{last}) runs outside its box"
        );
    }
    // Three options, two of them on two lines.
    assert!(
        text_rows as f32 > view.len(5.0 * 20.0),
        "{text_rows} rows of text"
    );
}

/// A story folder of its own for one test, under the test's temporary folder: `story.toml`
/// (assets in `assets/`) and one script.
fn story_folder(test: &str, manifest: &str, script: &str) -> PathBuf {
    let dir = out_dir().join(format!("story-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("assets")).expect("temp dir is writable");
    let manifest =
        format!("title = \"{test}\"\nstart = \"start\"\nassets = \"assets\"\n{manifest}");
    std::fs::write(dir.join("story.toml"), manifest).expect("temp dir is writable");
    std::fs::write(dir.join("story.vn"), script).expect("temp dir is writable");
    dir
}

/// The placeholder's purple covers most of the sky (where no text or sprite is).
fn placeholder_share(frame: &RgbaImage, view: &View) -> f32 {
    let sky = Rect::new(420.0, 20.0, 400.0, 200.0);
    share(frame, view, sky, |p| {
        p[0] > 50 && p[2] > 50 && p[1] < p[0] / 2
    })
}

#[test]
fn pictures_too_large_to_upload_become_placeholders() {
    let Some(display) = display() else { return };
    let dir = story_folder(
        "too-large",
        "[backgrounds]\nwide = \"wide.png\"\ntall = \"tall.png\"\n[endings.done]\ntitle = \"Done\"\n",
        "scene start\nbg wide\n> Wide.\nbg tall\n> Tall.\nend done\n",
    );
    // 70,000 pixels in one row or column: a few hundred bytes of PNG, past the 65,535 pixels
    // miniquad can hold (it panicked on the main thread, outside the loader's catch).
    let row = vec![200u8; 70_000];
    image::save_buffer(
        dir.join("assets/wide.png"),
        &row,
        70_000,
        1,
        image::ColorType::L8,
    )
    .expect("PNG written");
    image::save_buffer(
        dir.join("assets/tall.png"),
        &row,
        1,
        70_000,
        image::ColorType::L8,
    )
    .expect("PNG written");
    let alsa = alsa_config("null", "{ type null }");
    for (lines, name) in [("0", "wide.png"), ("1", "tall.png")] {
        let (output, png) = shot_of(&display, &dir, name, &["--lines", lines], &alsa);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("{name}: the picture is")),
            "no warning names {name}: {stderr}"
        );
        let frame = image::open(&png).expect("a PNG").to_rgba8();
        let view = View::fit(frame.width() as f32, frame.height() as f32);
        let purple = placeholder_share(&frame, &view);
        assert!(
            purple > 0.5,
            "{name}: the placeholder covers {purple} of the sky"
        );
    }
}

#[test]
fn an_svg_shows_nothing_from_outside_the_assets_folder() {
    let Some(display) = display() else { return };
    let dir = story_folder(
        "svg-refs",
        "[backgrounds]\nsky = \"sky.svg\"\n[endings.done]\ntitle = \"Done\"\n",
        "scene start\nbg sky\n> Look up.\nend done\n",
    );
    // A blue sky with a red square over its middle, from a file outside the story.
    let red = out_dir().join("red-outside.svg");
    std::fs::write(
        &red,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
        <rect width="10" height="10" fill="#ff0000"/></svg>"##,
    )
    .expect("temp dir is writable");
    std::fs::write(
        dir.join("assets/sky.svg"),
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720">
            <rect width="1280" height="720" fill="#2040c0"/>
            <image href="{}" x="320" y="0" width="640" height="360"/>
            <image href="/dev/zero" x="0" y="0" width="10" height="10"/></svg>"##,
            red.display()
        ),
    )
    .expect("temp dir is writable");
    let (output, png) = shot_of(
        &display,
        &dir,
        "svg-refs",
        &["--lines", "0"],
        &alsa_config("null", "{ type null }"),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("left out"), "{stderr}");
    let frame = image::open(&png).expect("a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    let middle = Rect::new(420.0, 20.0, 400.0, 200.0);
    let blue = share(&frame, &view, middle, |p| near(p, [0x20, 0x40, 0xc0], 12));
    assert!(blue > 0.9, "the sky shows in {blue} of the middle");
}

#[test]
fn the_load_screen_shows_damaged_slots_as_damaged_and_the_others_load() {
    let Some(display) = display() else { return };
    use spearhead_player::saves::Saves;
    let dir = out_dir().join("damaged-saves");
    let _ = std::fs::remove_dir_all(&dir);
    let story = spearhead_core::load(Path::new(FIXTURE))
        .story
        .expect("the fixture loads");
    let mut state = spearhead_core::StoryState::new(&story);
    story.advance(&mut state).expect("runs");
    let saves = Saves::in_dir(&dir);
    // A green thumbnail, to find on screen.
    let green: Vec<u8> = [40u8, 200, 120, 255].repeat(320 * 180);
    for slot in 1..=6 {
        let name = Saves::slot_name(slot);
        saves
            .write_with_thumbnail(&name, &story, &state, Some((&green, 320, 180)))
            .expect("writable");
    }
    let good = std::fs::read_to_string(dir.join("slot-01.toml")).expect("written");
    // Slot 2: a thumbnail 70,000 pixels wide (it crashed this screen each time it opened).
    image::save_buffer(
        dir.join("slot-02.png"),
        &[200; 70_000],
        70_000,
        1,
        image::ColorType::L8,
    )
    .expect("PNG written");
    // Slots 3 to 6: a huge file, bytes that are not text, a newer version, another story.
    let huge = std::fs::File::create(dir.join("slot-03.toml")).expect("writable");
    huge.set_len(2 << 30).expect("sparse files");
    std::fs::write(dir.join("slot-04.toml"), [0xff; 64]).expect("writable");
    let newer = good.replace("version = 1", "version = 99");
    std::fs::write(dir.join("slot-05.toml"), newer).expect("writable");
    let other = good.replace("Player Fixture", "Another Story");
    std::fs::write(dir.join("slot-06.toml"), other).expect("writable");

    let saves_arg = dir.display().to_string();
    let (output, png) = shot_with(
        &display,
        "load-damaged",
        &["--screen", "load", "--saves", &saves_arg],
        &alsa_config("null", "{ type null }"),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let frame = image::open(&png).expect("a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    let thumb = |slot: usize| layout::slot_thumbnail(layout::slot_rect(slot - 1));
    let green_share = share(&frame, &view, thumb(1), |p| near(p, [40, 200, 120], 12));
    assert!(green_share > 0.9, "slot 1's thumbnail covers {green_share}");
    let stripes = share(&frame, &view, thumb(2), |p| {
        p[0] > 50 && p[2] > 50 && p[1] < p[0] / 2
    });
    assert!(stripes > 0.5, "slot 2's stand-in covers {stripes}");
    assert!(
        stderr.contains("slot-02.png: the picture is 70000x1"),
        "{stderr}"
    );
    // Each damaged slot says so in the front's accent red, on its picture and under its date.
    let red = |p: &Rgba<u8>| p[0] > 150 && p[1] < 90 && p[2] < 90;
    for slot in 3..=6 {
        let r = layout::slot_rect(slot - 1);
        let label = share(&frame, &view, thumb(slot), red);
        let reason = share(&frame, &view, Rect::new(r.x, r.y + 160.0, r.w, 30.0), red);
        assert!(
            label > 0.005 && reason > 0.005,
            "slot {slot}: label {label}, reason {reason}"
        );
    }
    for slot in 7..=12 {
        let empty = share(&frame, &view, thumb(slot), red);
        assert!(empty == 0.0, "slot {slot} is not empty: {empty}");
    }
}

/// How far two frames of the same size are apart: the mean difference per channel (0-255).
fn frame_distance(a: &RgbaImage, b: &RgbaImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let total: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    total as f64 / a.as_raw().len() as f64
}

/// Issue 15: a frame after rolling back, and after rolling forward again, is the frame read
/// forward. Lena's smile is set on her dialogue line (`lena (smile): ...`): rolled back to that
/// line she smiles as she did, not the face of her last `show`.
#[test]
fn rolling_back_and_forward_gives_the_frames_read_forward() {
    let Some(display) = display() else { return };
    let (smiling, _) = shot(&display, "forward-l1", &["--lines", "1"]);
    let (back, _) = shot(
        &display,
        "back-to-l1",
        &["--lines", "2", "--choose", "1", "--back", "2"],
    );
    let apart = frame_distance(&smiling, &back);
    assert!(
        apart < 0.5,
        "rolled back to the line: {apart} per channel from the frame read"
    );

    let (hangar, _) = shot(&display, "forward-s1", &["--lines", "2", "--choose", "1"]);
    let (again, _) = shot(
        &display,
        "back-and-forward",
        &[
            "--lines",
            "2",
            "--choose",
            "1",
            "--back",
            "2",
            "--forward",
            "2",
        ],
    );
    let apart = frame_distance(&hangar, &again);
    assert!(
        apart < 0.5,
        "rolled forward again: {apart} per channel from the frame read"
    );
    // And the two places differ, so the comparisons could fail.
    assert!(frame_distance(&smiling, &hangar) > 5.0);
}

/// Issue 17: a writer starts a late scene at once with `--from`, and the frame is the one a
/// reader sees on arriving there by play (the stage a scene sets up is its own).
#[test]
fn starting_from_a_scene_shows_what_reading_up_to_it_shows() {
    let Some(display) = display() else { return };
    let (read, _) = shot(&display, "read-to-s1", &["--lines", "2", "--choose", "1"]);
    let (from, _) = shot(&display, "from-hangar", &["--from", "hangar"]);
    let apart = frame_distance(&read, &from);
    assert!(
        apart < 0.5,
        "from the scene: {apart} per channel from the frame read"
    );
    let (office, _) = shot(&display, "from-office", &[]);
    assert!(
        frame_distance(&office, &from) > 5.0,
        "the scenes look alike"
    );
}

/// Issue 17: `--set` gives the game its state before the first line: with `brave` set, the
/// option that requires it is offered, not greyed.
#[test]
fn set_gives_the_game_its_state_before_the_first_line() {
    let Some(display) = display() else { return };
    let (frame, view) = shot(
        &display,
        "set-brave",
        &["--screen", "choice", "--set", "brave=true"],
    );
    let boxes = option_boxes(&frame, &view);
    assert_eq!(boxes.len(), 3, "option boxes found: {boxes:?}");
    let lumas: Vec<f32> = boxes.iter().map(|b| b.2).collect();
    let (low, high) = (
        lumas.iter().cloned().fold(f32::MAX, f32::min),
        lumas.iter().cloned().fold(0.0, f32::max),
    );
    assert!(
        high - low < 25.0,
        "with brave set, no option is greyed: lumas {lumas:?}"
    );
}

/// Issue 18: fonts fall back per glyph, not per line. An English line keeps DejaVu for its
/// Latin letters when a character only the Japanese font has (a kana) joins it: the start of
/// the line is drawn the same with and without it. (Drawn per line, the whole line switched
/// to the Japanese font's Latin letters.) The euro sign and the œ ligature are in the subset.
#[test]
fn a_character_from_another_font_changes_that_glyph_not_the_line() {
    let Some(display) = display() else { return };
    let line = "Handler One, 5 \u{20ac} for a c\u{153}ur";
    let script = format!("scene start\n> {line}\n> {line} \u{30cf}\nend done\n");
    let dir = story_folder("per-glyph", "[endings.done]\ntitle = \"Done\"\n", &script);
    let story = dir.to_str().expect("a UTF-8 path");
    let alsa = alsa_config("null", "{ type null }");
    let frame = |name: &str, lines: &str| {
        let (output, png) = shot_of(&display, Path::new(story), name, &["--lines", lines], &alsa);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        image::open(&png).expect("a PNG").to_rgba8()
    };
    let (plain, with_kana) = (frame("latin-only", "0"), frame("latin-and-kana", "1"));
    let view = View::fit(plain.width() as f32, plain.height() as f32);
    let area = layout::TEXT_AREA;
    let start = Rect::new(area.x, area.y, 300.0, 40.0);
    let ink = |f: &RgbaImage| pixels(f, &view, start).filter(|p| luma(p) > 128.0).count();
    assert!(ink(&plain) > 200, "no text where the line starts");
    let same = pixels(&plain, &view, start)
        .zip(pixels(&with_kana, &view, start))
        .filter(|(a, b)| a == b)
        .count();
    let total = pixels(&plain, &view, start).count();
    assert_eq!(
        same, total,
        "the Latin letters changed font when a kana joined the line"
    );
    // And the kana is drawn: the second line has ink past where the first one ends.
    let tail = Rect::new(area.x + 300.0, area.y, 200.0, 40.0);
    let tail_ink = |f: &RgbaImage| pixels(f, &view, tail).filter(|p| luma(p) > 128.0).count();
    assert!(
        tail_ink(&with_kana) > tail_ink(&plain) + 20,
        "no kana drawn"
    );
}

/// The share of light pixels (text on the neutral look's dark box) in the text area of a
/// story whose one line is `line`, with `look` as its default look's fields.
fn text_ink(display: &Display, test: &str, look: &str) -> f32 {
    let manifest = format!(
        "default_look = \"plain\"\n[looks.plain]\n{look}\n[endings.done]\ntitle = \"Done\"\n"
    );
    let script =
        "scene start\n> The squadron waited at the edge of the minefield until dawn.\nend done\n";
    let dir = story_folder(test, &manifest, script);
    let fonts = dir.join("assets/fonts");
    std::fs::create_dir_all(&fonts).expect("temp dir is writable");
    let bold = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts/DejaVuSans-Bold.ttf");
    std::fs::copy(bold, fonts.join("heavy.ttf")).expect("font copied");
    let alsa = alsa_config("null", "{ type null }");
    let (output, png) = shot_of(display, &dir, test, &["--lines", "0"], &alsa);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{test}: {stderr}");
    assert!(!stderr.contains("font"), "{test}: {stderr}");
    let frame = image::open(&png).expect("a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    let area = layout::TEXT_AREA;
    let first_line = Rect::new(area.x, area.y, area.w, 40.0);
    share(&frame, &view, first_line, |p| luma(p) > 150.0)
}

#[test]
fn a_look_draws_the_dialogue_in_the_body_font_it_names() {
    let Some(display) = display() else { return };
    let plain = text_ink(&display, "font-none", "");
    let heavy = text_ink(&display, "font-body", "body_font = \"fonts/heavy.ttf\"");
    // The same line in a bold face puts clearly more ink on the page.
    assert!(
        heavy > plain * 1.2,
        "the body font is not used: {heavy} ink against {plain}"
    );
}

#[test]
fn the_menus_page_takes_the_menu_looks_page_colour() {
    let Some(display) = display() else { return };
    let dir = story_folder(
        "page-colour",
        "menu_look = \"menus\"\n[looks.menus.colors]\npage = \"#204080\"\n[endings.done]\ntitle = \"Done\"\n",
        "scene start\n> Hello.\nend done\n",
    );
    let alsa = alsa_config("null", "{ type null }");
    let (output, png) = shot_of(
        &display,
        &dir,
        "page-colour",
        &["--screen", "settings"],
        &alsa,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let frame = image::open(&png).expect("a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    let corner = Rect::new(4.0, 690.0, 40.0, 24.0);
    let blue = share(&frame, &view, corner, |p| near(p, [0x20, 0x40, 0x80], 12));
    assert!(
        blue > 0.9,
        "the page's corner is {blue} the look's page colour"
    );
}

#[test]
fn the_title_screen_shows_the_picture_the_menu_look_names() {
    let Some(display) = display() else { return };
    let dir = story_folder(
        "title-art",
        "menu_look = \"menus\"\n[looks.menus]\ntitle_background = \"art/dawn.png\"\n[endings.done]\ntitle = \"Done\"\n",
        "scene start\n> Hello.\nend done\n",
    );
    // The picture the look names is green; a red one sits where the engine once looked by
    // name (ui/title.png), and must not show.
    std::fs::create_dir_all(dir.join("assets/art")).expect("temp dir is writable");
    std::fs::create_dir_all(dir.join("assets/ui")).expect("temp dir is writable");
    let solid = |rgb: [u8; 3]| rgb.repeat(64 * 36);
    let rgb = image::ColorType::Rgb8;
    image::save_buffer(
        dir.join("assets/art/dawn.png"),
        &solid([30, 160, 60]),
        64,
        36,
        rgb,
    )
    .expect("PNG written");
    image::save_buffer(
        dir.join("assets/ui/title.png"),
        &solid([200, 20, 20]),
        64,
        36,
        rgb,
    )
    .expect("PNG written");
    let alsa = alsa_config("null", "{ type null }");
    let (output, png) = shot_of(&display, &dir, "title-art", &["--screen", "title"], &alsa);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let frame = image::open(&png).expect("a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    let corner = Rect::new(10.0, 10.0, 60.0, 40.0);
    let green = share(&frame, &view, corner, |p| near(p, [30, 160, 60], 16));
    assert!(
        green > 0.9,
        "the title picture covers {green} of the corner"
    );
}

#[test]
fn a_long_name_in_the_history_stays_clear_of_its_line() {
    let Some(display) = display() else { return };
    let dir = story_folder(
        "backlog-long-name",
        "[characters.duval]\nname = \"Captain Jérôme Karl Duval\"\ncolor = \"#e02828\"\n[endings.done]\ntitle = \"Done\"\n",
        "scene start\nduval: They've gone quiet on the eastern line.\nend done\n",
    );
    let alsa = alsa_config("null", "{ type null }");
    let (output, png) = shot_of(
        &display,
        &dir,
        "backlog-long-name",
        &["--screen", "backlog"],
        &alsa,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let frame = image::open(&png).expect("a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    // The newest entry is the bottom row: the name in its red, the line in light grey.
    let row = view.rect(Rect::new(0.0, 630.0, layout::WIDTH, 50.0));
    let (mut name_right, mut text_left) = (0, u32::MAX);
    for y in row.y as u32..(row.y + row.h) as u32 {
        for x in 0..frame.width() {
            let p = frame.get_pixel(x, y);
            if p[0] > 150 && p[1] < 90 && p[2] < 90 {
                name_right = name_right.max(x);
            }
            if luma(p) > 170.0 && (p[0] as i32 - p[2] as i32).abs() < 24 {
                text_left = text_left.min(x);
            }
        }
    }
    assert!(
        name_right > 0 && text_left < u32::MAX,
        "name to {name_right}, text from {text_left}"
    );
    assert!(
        name_right + view.len(8.0) as u32 <= text_left,
        "the name (to x {name_right}) runs into its line (from x {text_left})"
    );
}

/// The mean difference, channel by channel, between `frame` in `r` and `under` in `r` seen
/// through the veil `veil` (RGB, opacity).
fn veiled_difference(
    frame: &RgbaImage,
    under: &RgbaImage,
    view: &View,
    r: Rect,
    veil: ([u8; 3], f32),
) -> f32 {
    let (rgb, a) = veil;
    let (mut sum, mut n) = (0.0, 0.0);
    for (p, q) in pixels(frame, view, r).zip(pixels(under, view, r)) {
        for i in 0..3 {
            let expected = q[i] as f32 * (1.0 - a) + rgb[i] as f32 * a;
            sum += (p[i] as f32 - expected).abs();
            n += 1.0;
        }
    }
    sum / n
}

#[test]
fn a_choice_leaves_the_faces_of_the_sprites_in_view() {
    let Some(display) = display() else { return };
    // Lena stands at the left while her line and then the choice are shown.
    let (line, view) = shot(&display, "face-line", &["--lines", "1"]);
    let (choice, _) = shot(&display, "face-choice", &["--screen", "choice"]);
    let face = Rect::new(
        layout::WIDTH * 0.22 - 60.0,
        130.0,
        120.0,
        layout::FACE_BAND_END - 135.0,
    );
    // The Republic's veil (#141e32 at 0x6e) is all that lies over her face.
    let veil = ([0x14, 0x1e, 0x32], 0x6e as f32 / 255.0);
    let difference = veiled_difference(&choice, &line, &view, face, veil);
    assert!(
        difference < 6.0,
        "something covers Lena's face: {difference} off the veiled frame"
    );
}

#[test]
fn choice_options_are_opaque_over_a_bright_background() {
    let Some(display) = display() else { return };
    let dir = story_folder(
        "opaque-options",
        "default_look = \"glass\"\n[looks.glass.colors]\noption = \"#202020a0\"\nveil = \"#00000000\"\n[backgrounds]\ngreen = \"green.png\"\n[endings.done]\ntitle = \"Done\"\n",
        "scene start\nbg green\n> Choose.\nchoice: Which way?\n    option: Left\n        > Left.\n    option: Right\n        > Right.\nend done\n",
    );
    let green = [40u8, 220, 60].repeat(64 * 36);
    image::save_buffer(
        dir.join("assets/green.png"),
        &green,
        64,
        36,
        image::ColorType::Rgb8,
    )
    .expect("PNG written");
    let alsa = alsa_config("null", "{ type null }");
    let (output, png) = shot_of(
        &display,
        &dir,
        "opaque-options",
        &["--screen", "choice"],
        &alsa,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let frame = image::open(&png).expect("a PNG").to_rgba8();
    let view = View::fit(frame.width() as f32, frame.height() as f32);
    // Inside each box's right end (clear of its label): the option colour, no green through it.
    for option in layout::choice_boxes(2) {
        let face = Rect::new(
            option.right() - 40.0,
            option.y + 10.0,
            24.0,
            option.h - 20.0,
        );
        let solid = share(&frame, &view, face, |p| near(p, [0x20, 0x20, 0x20], 6));
        assert!(
            solid > 0.95,
            "the option at y {} shows the background: {solid}",
            option.y
        );
    }
}

#[test]
fn the_game_menu_dims_the_dialogue_behind_it() {
    let Some(display) = display() else { return };
    // At the front: light text on the dark box, left of where the menu's buttons are.
    let args = ["--lines", "2", "--choose", "1"];
    let (game, view) = shot(&display, "dim-game", &args);
    let (menu, _) = shot(
        &display,
        "dim-menu",
        &[&args[..], &["--screen", "menu"]].concat(),
    );
    let area = layout::TEXT_AREA;
    let left = Rect::new(area.x, area.y, 360.0, 40.0);
    let bright: Vec<(f32, f32)> = pixels(&game, &view, left)
        .zip(pixels(&menu, &view, left))
        .filter(|(g, _)| luma(g) > 170.0)
        .map(|(g, m)| (luma(g), luma(m)))
        .collect();
    assert!(
        bright.len() > 50,
        "no dialogue text found: {}",
        bright.len()
    );
    for (before, after) in bright {
        assert!(
            after < before / 3.0,
            "dialogue text at luma {before} shows at {after} under the menu"
        );
    }
}

/// The game menu opened with Esc (its picture of the game for a save taken as it opens) shows
/// every label: taking the picture used to leave a texture bound behind miniquad's back, and
/// the glyphs new to the font atlas after it (the menu's labels) were drawn blank.
#[test]
fn the_game_menu_shows_every_label_after_taking_the_saves_picture() {
    let Some(display) = display() else { return };
    let (menu, view) = shot(
        &display,
        "menu-labels",
        &["--lines", "1", "--input", "key:escape"],
    );
    for (i, button) in layout::title_buttons(6, 1.0).into_iter().enumerate() {
        let inside = Rect::new(
            button.x + 24.0,
            button.y + 8.0,
            button.w - 48.0,
            button.h - 16.0,
        );
        let label = share(&menu, &view, inside, |p| luma(p) > 170.0);
        assert!(label > 0.008, "button {i}: its label covers {label} of it");
    }
}

/// The middle of a virtual-canvas rectangle, as `--input click:X:Y` takes it.
fn click_on(r: Rect) -> String {
    format!("click:{}:{}", r.x + r.w / 2.0, r.y + r.h / 2.0)
}

/// Issue 15: the quick menu is drawn in the strip under the text box, hides with the interface
/// (H), and a click on its Back rolls back: the frame is the earlier line's.
#[test]
fn the_quick_menu_sits_under_the_text_box_and_its_back_rolls_back() {
    use spearhead_player::screens::quick_menu::{button_rects, STRIP};
    let Some(display) = display() else { return };
    let light = |p: &Rgba<u8>| luma(p) > 205.0;
    let (line, view) = shot(&display, "quick-l1", &["--lines", "1"]);
    let labels = share(&line, &view, STRIP, light);
    assert!(
        labels > 0.008,
        "the quick menu's labels cover {labels} of the strip"
    );
    let (hidden, _) = shot(
        &display,
        "quick-hidden",
        &["--lines", "1", "--input", "key:h"],
    );
    let none = share(&hidden, &view, STRIP, light);
    assert!(
        none < 0.005,
        "hidden, the strip still shows {none} of light labels"
    );

    let back = click_on(button_rects()[0]);
    let (rolled, _) = shot(&display, "quick-back", &["--lines", "2", "--input", &back]);
    let apart = frame_distance(&line, &rolled);
    assert!(
        apart < 0.5,
        "Back: {apart} per channel from the line's frame"
    );
}

/// Runs a shot that should quit the player: no frame is written, and it says at which input.
fn shot_that_quits(display: &Display, name: &str, args: &[&str]) -> String {
    let (output, png) = shot_with(display, name, args, &alsa_config("null", "{ type null }"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!png.exists(), "a frame was written after the player quit");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The share of the confirmation box's pixels in the front look's button colour.
fn question_box_share(frame: &RgbaImage, view: &View) -> f32 {
    use spearhead_player::screens::confirm::BOX;
    share(frame, view, BOX, |p| near(p, [0x28, 0x26, 0x26], 12))
}

/// Issue 15: Esc on the title does not quit at once: it asks, Enter (Yes has the focus) then
/// quits, and Esc again keeps the title.
#[test]
fn quitting_from_the_title_asks_first() {
    let Some(display) = display() else { return };
    let (title, view) = shot(&display, "title-plain", &["--screen", "title"]);
    let (asked, _) = shot(
        &display,
        "title-esc",
        &["--screen", "title", "--input", "key:escape"],
    );
    let before = question_box_share(&title, &view);
    let after = question_box_share(&asked, &view);
    assert!(
        after > 0.5 && before < 0.3,
        "the question's box: {before} before Esc, {after} after"
    );
    let said = shot_that_quits(
        &display,
        "title-esc-enter",
        &[
            "--screen",
            "title",
            "--input",
            "key:escape",
            "--input",
            "key:enter",
        ],
    );
    assert!(said.contains("the player quit at input 2"), "{said}");
    let (kept, _) = shot(
        &display,
        "title-esc-esc",
        &[
            "--screen",
            "title",
            "--input",
            "key:escape",
            "--input",
            "key:escape",
        ],
    );
    assert!(
        frame_distance(&kept, &title) < 0.5,
        "No leaves the title as it was"
    );
}

/// Issue 15: F5 says the game was saved (and saves it); F9 over the game asks before it loads.
#[test]
fn quick_save_says_so_and_quick_load_asks_first() {
    let Some(display) = display() else { return };
    let saves = out_dir().join("quick-saves");
    let _ = std::fs::remove_dir_all(&saves);
    let folder = saves.to_str().expect("a UTF-8 temp path");
    let notice = Rect::new(440.0, 24.0, 400.0, 44.0);
    let dark = |p: &Rgba<u8>| luma(p) < 90.0;
    let (plain, view) = shot(&display, "f5-before", &["--lines", "1"]);
    let args = ["--lines", "1", "--saves", folder, "--input", "key:f5"];
    let (saved, _) = shot(&display, "f5", &args);
    assert!(saves.join("quick.toml").is_file(), "F5 wrote no quick save");
    let (before, after) = (
        share(&plain, &view, notice, dark),
        share(&saved, &view, notice, dark),
    );
    assert!(
        before < 0.001 && after > 0.03,
        "the notice's text: {before} before F5, {after} after"
    );

    let args = ["--lines", "2", "--saves", folder, "--input", "key:f9"];
    let (asked, _) = shot(&display, "f9", &args);
    assert!(
        question_box_share(&asked, &view) > 0.5,
        "F9 loaded without asking"
    );
    let args = [
        "--lines",
        "2",
        "--saves",
        folder,
        "--input",
        "key:f9",
        "--input",
        "key:enter",
    ];
    let (loaded, _) = shot(&display, "f9-yes", &args);
    assert!(
        frame_distance(&loaded, &plain) < 0.5,
        "after Yes the quick save's line is on screen"
    );
}

/// The mean difference per channel between `area` (virtual units) of two thumbnails.
fn thumbnail_distance(a: &RgbaImage, b: &RgbaImage, area: Rect) -> f64 {
    let scale = a.width() as f32 / layout::WIDTH;
    let (x0, y0) = ((area.x * scale) as u32, (area.y * scale) as u32);
    let (x1, y1) = (
        ((area.right() * scale) as u32).min(a.width()),
        ((area.bottom() * scale) as u32).min(a.height()),
    );
    let mut sum = 0u64;
    for y in y0..y1 {
        for x in x0..x1 {
            let (p, q) = (a.get_pixel(x, y), b.get_pixel(x, y));
            sum += (0..3).map(|c| p[c].abs_diff(q[c]) as u64).sum::<u64>();
        }
    }
    sum as f64 / (3 * (x1 - x0) * (y1 - y0)) as f64
}

/// Issue 15: a save's thumbnail is the game, not the player's controls over it: where the
/// quick menu and the "Auto" notice are drawn, it shows what the game shows there with its
/// interface hidden; and a quick save (F5) has a thumbnail as the other saves do.
#[test]
fn save_thumbnails_leave_out_the_quick_menu_and_notices_and_quick_saves_have_one() {
    use spearhead_player::screens::quick_menu::STRIP;
    let Some(display) = display() else { return };
    let dir = out_dir().join("thumbnail-saves");
    let _ = std::fs::remove_dir_all(&dir);
    let folder = dir.to_str().expect("a UTF-8 temp path");
    // Auto-forward on (its notice at the top right), F5, then the menu's Save into slot 1.
    let gestures = ["a", "f5", "escape", "down", "enter", "enter"].map(|k| format!("key:{k}"));
    let mut args = vec!["--lines", "1", "--saves", folder];
    for gesture in &gestures {
        args.extend(["--input", gesture.as_str()]);
    }
    shot(&display, "thumbnail-saved", &args);
    let (bare, _) = shot(
        &display,
        "thumbnail-bare",
        &["--lines", "1", "--input", "key:h"],
    );
    let (w, h) = spearhead_player::thumbnail::SIZE;
    let expected = image::imageops::resize(&bare, w, h, image::imageops::FilterType::Triangle);
    // Below the text box's edge (a row of the thumbnail blends it in), and the notice's corner.
    let strip = Rect::new(0.0, STRIP.y + 8.0, layout::WIDTH, STRIP.h - 8.0);
    let notice = Rect::new(1000.0, 10.0, 260.0, 40.0);
    for slot in ["quick", "slot-01"] {
        let path = dir.join(format!("{slot}.png"));
        let thumbnail = image::open(&path)
            .unwrap_or_else(|e| panic!("{slot} has no thumbnail: {e}"))
            .to_rgba8();
        for (name, area) in [("quick menu", strip), ("notice", notice)] {
            let apart = thumbnail_distance(&thumbnail, &expected, area);
            assert!(
                apart < 4.0,
                "{slot}: the {name}'s place is {apart} per channel off the game"
            );
        }
        // The rest is the game with its line: the text box is in it.
        let text_box = Rect::new(layout::TEXTBOX.x, layout::TEXTBOX.y, 600.0, 60.0);
        let apart = thumbnail_distance(&thumbnail, &expected, text_box);
        assert!(
            apart > 10.0,
            "{slot}: no text box in the thumbnail ({apart})"
        );
    }
}

/// A save folder for the fixture story: the autosave and the quick save, slot 1 damaged (not
/// text), slot 2 a good save.
fn save_folder_with_auto_quick_and_damaged(name: &str) -> PathBuf {
    use spearhead_player::saves::Saves;
    let dir = out_dir().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let story = spearhead_core::load(Path::new(FIXTURE))
        .story
        .expect("the fixture loads");
    let mut state = spearhead_core::StoryState::new(&story);
    story.advance(&mut state).expect("runs");
    let saves = Saves::in_dir(&dir);
    for slot in ["auto", "quick", "slot-02"] {
        saves.write(slot, &story, &state).expect("writable");
    }
    std::fs::write(dir.join("slot-01.toml"), [0xff; 64]).expect("writable");
    dir
}

/// The share of light pixels where slot `place`'s date is written.
fn slot_date_share(frame: &RgbaImage, view: &View, place: usize) -> f32 {
    let r = layout::slot_rect(place);
    share(
        frame,
        view,
        Rect::new(r.x + 8.0, r.y + 140.0, 200.0, 22.0),
        |p| luma(p) > 150.0,
    )
}

/// Issue 15: the load screen has Auto and Quick pages beside the numbered ones (Page Up from
/// page 1 turns to Quick, then Auto), and Delete asks, then deletes the focused slot, a damaged
/// one too.
#[test]
fn the_load_screen_has_auto_and_quick_pages_and_deletes_slots() {
    let Some(display) = display() else { return };
    let dir = save_folder_with_auto_quick_and_damaged("pages-saves");
    let saves = dir.display().to_string();
    let load = ["--screen", "load", "--saves", &saves];
    let (page_one, view) = shot(&display, "load-page-1", &load);
    let quick_args = [&load[..], &["--input", "key:pageup"]].concat();
    let (quick, _) = shot(&display, "load-quick", &quick_args);
    let auto_args = [&quick_args[..], &["--input", "key:pageup"]].concat();
    let (auto, _) = shot(&display, "load-auto", &auto_args);
    for (frame, page) in [(&quick, "Quick"), (&auto, "Auto")] {
        let date = slot_date_share(frame, &view, 0);
        assert!(date > 0.02, "the {page} page shows no save: {date}");
        let second = share(frame, &view, layout::slot_rect(1), |p| luma(p) > 150.0);
        assert!(second == 0.0, "the {page} page has a second slot: {second}");
    }
    assert!(
        slot_date_share(&page_one, &view, 1) > 0.02,
        "slot 2 shows no save"
    );

    // Slot 1, damaged, has the focus: Delete asks, Enter deletes it; slot 2 stays.
    let asked_args = [&load[..], &["--input", "key:delete"]].concat();
    let (asked, _) = shot(&display, "load-delete-asks", &asked_args);
    assert!(
        question_box_share(&asked, &view) > 0.5,
        "Delete did not ask"
    );
    assert!(
        dir.join("slot-01.toml").exists(),
        "deleted before the answer"
    );
    let delete_args = [&asked_args[..], &["--input", "key:enter"]].concat();
    let (deleted, _) = shot(&display, "load-deleted", &delete_args);
    assert!(
        !dir.join("slot-01.toml").exists(),
        "the damaged slot is still there"
    );
    assert!(dir.join("slot-02.toml").is_file(), "slot 2 went too");
    let red = |p: &Rgba<u8>| p[0] > 150 && p[1] < 90 && p[2] < 90;
    let thumb = layout::slot_thumbnail(layout::slot_rect(0));
    assert!(
        share(&deleted, &view, thumb, red) == 0.0,
        "slot 1 still shows as damaged"
    );
}

/// Issue 15: the keyboard reaches the quick menu: Right puts a visible focus mark (an outline
/// in the look's accent) on its first button, Back, and Enter takes it: one line back.
#[test]
fn the_keyboard_focus_on_the_quick_menu_is_marked_and_enter_takes_it() {
    use spearhead_player::screens::quick_menu::button_rects;
    let Some(display) = display() else { return };
    // The Republic look's accent, #608cc8.
    let accent = |p: &Rgba<u8>| near(p, [0x60, 0x8c, 0xc8], 24);
    let back = button_rects()[0];
    let (plain, view) = shot(&display, "focus-none", &["--lines", "1"]);
    let (focused, _) = shot(
        &display,
        "focus-back",
        &["--lines", "1", "--input", "key:right"],
    );
    let (before, after) = (
        share(&plain, &view, back, accent),
        share(&focused, &view, back, accent),
    );
    assert!(
        before < 0.01 && after > 0.05,
        "the focus mark: {before} before Right, {after} after"
    );
    let (first, _) = shot(&display, "focus-first-line", &["--lines", "0"]);
    let args = [
        "--lines",
        "1",
        "--input",
        "key:right",
        "--input",
        "key:enter",
    ];
    let (rolled, _) = shot(&display, "focus-enter", &args);
    let apart = frame_distance(&first, &rolled);
    assert!(
        apart < 0.5,
        "Enter on Back: {apart} per channel from the first line"
    );
}

/// Issue 15: the gallery's music room lists the story's tracks, the one heard by its title;
/// Enter plays the focused track, marked as playing in the accent colour.
#[test]
fn the_music_room_shows_the_tracks_heard_and_plays_them() {
    let Some(display) = display() else { return };
    let (room, view) = shot(
        &display,
        "music-room",
        &["--screen", "music", "--lines", "1"],
    );
    // The fixture's one track, `quiet`, plays from the first line: its row names it.
    let row = Rect::new(100.0, 170.0, 760.0, 44.0);
    let title = share(&room, &view, row, |p| luma(p) > 170.0);
    assert!(
        title > 0.003,
        "the heard track's title covers {title} of its row"
    );
    let args = ["--screen", "music", "--lines", "1", "--input", "key:enter"];
    let (playing, _) = shot(&display, "music-room-playing", &args);
    let mark = Rect::new(row.x, row.y, 48.0, row.h);
    let red = |p: &Rgba<u8>| p[0] > 150 && p[1] < 90 && p[2] < 90;
    let (before, after) = (
        share(&room, &view, mark, red),
        share(&playing, &view, mark, red),
    );
    assert!(
        after > before + 0.01,
        "the playing mark: {before} before Enter, {after} after"
    );
}
