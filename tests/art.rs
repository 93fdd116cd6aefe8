//! The bundled story's art and sound: every file the manifest names exists, every expression and
//! pose the scripts ask for has a sprite and every `cg` line a picture, every SVG under assets/
//! parses and is real art (not a flat placeholder), each expression changes the face and every
//! sprite has arms (in pixels), and the player draws the backgrounds, CGs and poses.
//!
//! The window test needs an X display, as in tests/player_window.rs: with DISPLAY unset it starts
//! its own `Xvfb`; without Xvfb it fails under CI (CI=true) and is skipped elsewhere.
//!
//! The README gallery (docs/gallery/) is checked for a frame of every background, and made again
//! from the same plan the window test uses (the first line on which each background is on
//! screen) with:
//!
//!     SPEARHEAD_WRITE_GALLERY=1 cargo test --test art gallery -- --nocapture
//!
//! (with SPEARHEAD=target/release/spearhead set, after `cargo build --release`, it is quicker).

mod common;

use common::display::{display, Display};
use image::RgbaImage;
use resvg::{tiny_skia, usvg};
use spearhead_core::ast::Position;
use spearhead_core::manifest::Manifest;
use spearhead_core::runtime::StageState;
use spearhead_core::source::FileId;
use spearhead_core::story::{Op, StageDirection, BASE_POSE};
use spearhead_core::{Event, Story, StoryState};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Routes through the whole story (1-based picks, as `spearhead shot --choose`), one to each
/// ending; between them they show every background. They are tests/story_routes.rs's readers,
/// as numbers (its `routes_print_as_read_choose_lists` prints them).
const ROUTES: [(&str, &[usize]); 6] = [
    (
        "past_the_walls",
        &[
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 2, 1, 1, 3, 1, 2, 1, 1, 3, 2, 2, 1, 2, 3, 1, 2,
            1,
        ],
    ),
    (
        "voice_inside",
        &[
            2, 1, 1, 3, 1, 2, 3, 1, 2, 2, 1, 1, 2, 3, 2, 3, 1, 2, 2, 3, 2, 2, 2, 1, 2, 3, 1, 1, 1,
        ],
    ),
    (
        "twelve_names",
        &[
            3, 1, 3, 1, 2, 3, 2, 3, 2, 1, 3, 2, 1, 1, 1, 3, 2, 1, 2, 2, 2, 2, 3, 1, 2, 3, 1, 1, 1,
        ],
    ),
    (
        "static",
        &[
            3, 3, 2, 2, 3, 2, 1, 2, 2, 2, 2, 1, 3, 3, 3, 2, 1, 3, 2, 2, 2, 2, 1, 2, 2, 2, 1, 1, 1,
        ],
    ),
    (
        "out_of_uniform",
        &[
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 2, 1, 1, 3, 2, 1, 1, 3, 1, 1, 1, 1, 1, 3, 1, 1,
        ],
    ),
    (
        "warm_snow",
        &[
            2, 1, 1, 3, 1, 2, 3, 1, 2, 2, 1, 1, 2, 2, 1, 3, 1, 2, 2, 3, 3, 2, 3, 3, 1, 1, 3, 1, 3,
            1,
        ],
    ),
];

fn story() -> Story {
    let loaded = spearhead_core::load(&Path::new(ROOT).join("story"));
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors, so compiled")
}

/// The bundled story's story.toml as written: these tests check the story's data, which the
/// engine only reaches through `Story`'s queries.
fn manifest() -> Manifest {
    let path = Path::new(ROOT).join("story/story.toml");
    let text = std::fs::read_to_string(&path).expect("story/story.toml is readable");
    Manifest::parse(&text, FileId::default()).expect("the story's manifest parses")
}

// ---------------------------------------------------------------------------------------------
// The manifest and the scripts
// ---------------------------------------------------------------------------------------------

#[test]
fn every_file_the_manifest_names_exists() {
    let story = story();
    let assets = story.assets_dir();
    let m = &manifest();
    let mut named: Vec<(String, &String)> = Vec::new();
    named.extend(
        m.backgrounds
            .iter()
            .map(|(k, p)| (format!("background {k}"), p.get_ref())),
    );
    named.extend(
        m.music
            .iter()
            .map(|(k, p)| (format!("music {k}"), p.get_ref())),
    );
    named.extend(
        m.sounds
            .iter()
            .map(|(k, p)| (format!("sound {k}"), p.get_ref())),
    );
    for (id, character) in &m.characters {
        named.extend(
            character
                .sprites
                .iter()
                .map(|(e, p)| (format!("sprite {id} ({e})"), p.get_ref())),
        );
    }
    assert!(named.len() > 40, "only {} assets named", named.len());
    let missing: Vec<_> = named
        .iter()
        .filter(|(_, path)| !assets.join(path).is_file())
        .collect();
    assert!(missing.is_empty(), "missing files: {missing:?}");
}

/// Every (character, expression) the scripts show or speak with. `None`: a `show` without one.
fn expressions_used(story: &Story) -> BTreeSet<(String, Option<String>)> {
    let mut used = BTreeSet::new();
    for op in story.scenes.iter().flat_map(|s| s.ops()) {
        match op {
            Op::Say(say) => {
                if let (Some(who), Some(expression)) = (say.speaker, &say.expression) {
                    let id = story.characters[who].id.clone();
                    used.insert((id, Some(expression.to_string())));
                }
            }
            Op::Stage(direction) => {
                if let StageDirection::Show {
                    character,
                    expression,
                    ..
                } = &**direction
                {
                    used.insert((character.clone(), expression.clone()));
                }
            }
            _ => {}
        }
    }
    used
}

#[test]
fn every_expression_the_story_uses_has_a_sprite() {
    let story = story();
    let used = expressions_used(&story);
    // Every speaking character with a sprite, and the four expressions the art promises.
    assert!(used.len() >= 40, "only {} expressions used", used.len());
    let assets = story.assets_dir();
    let manifest = manifest();
    for (character, expression) in &used {
        let decl = manifest
            .characters
            .get(character)
            .unwrap_or_else(|| panic!("`{character}` is not in the manifest"));
        // A `show` without an expression shows the neutral one.
        let expression = expression.as_deref().unwrap_or("neutral");
        let path = decl.sprites.get(expression).unwrap_or_else(|| {
            panic!("{character} ({expression}) is used but has no sprite in story.toml")
        });
        assert!(
            assets.join(path.get_ref()).is_file(),
            "{character} ({expression}): {} does not exist",
            path.get_ref()
        );
    }
    for (id, decl) in &manifest.characters {
        if decl.sprites.is_empty() {
            continue;
        }
        for expression in ["neutral", "smile", "sad", "angry"] {
            assert!(
                decl.sprites.contains_key(expression),
                "{id} has no `{expression}` sprite"
            );
        }
    }
}

/// Every (character, pose, expression) a `show` names with a pose (`pose base` left out).
fn poses_used(story: &Story) -> BTreeSet<(String, String, Option<String>)> {
    let mut used = BTreeSet::new();
    for op in story.scenes.iter().flat_map(|s| s.ops()) {
        if let Op::Stage(direction) = op {
            if let StageDirection::Show {
                character,
                expression,
                pose: Some(pose),
                ..
            } = &**direction
            {
                if pose != BASE_POSE {
                    used.insert((character.clone(), pose.clone(), expression.clone()));
                }
            }
        }
    }
    used
}

#[test]
fn every_pose_and_expression_the_scripts_use_exists() {
    let manifest = manifest();
    let story = story();
    let used = poses_used(&story);
    let posed: BTreeSet<&String> = used.iter().map(|(who, _, _)| who).collect();
    assert!(posed.len() >= 7, "only {posed:?} are posed in the scripts");
    let assets = story.assets_dir();
    for (character, pose, expression) in &used {
        let decl = &manifest.characters[character];
        let sprites = decl
            .poses
            .get(pose)
            .unwrap_or_else(|| panic!("{character} has no pose `{pose}` in story.toml"));
        let expression = expression.as_deref().unwrap_or("neutral");
        let path = sprites.get(expression).unwrap_or_else(|| {
            panic!("{character} ({expression}) pose {pose} is used but has no sprite")
        });
        assert!(
            assets.join(path.get_ref()).is_file(),
            "{character} ({expression}) pose {pose}: {} does not exist",
            path.get_ref()
        );
    }
    // A posed character may change expression on any line: each pose has every expression
    // of the plain sprites, so none falls back to the pose's neutral.
    for (id, decl) in &manifest.characters {
        for (pose, sprites) in &decl.poses {
            let missing: Vec<&String> = decl
                .sprites
                .keys()
                .filter(|e| !sprites.contains_key(*e))
                .collect();
            assert!(missing.is_empty(), "{id} pose {pose} lacks {missing:?}");
        }
    }
}

/// The main characters: nine expressions each, and at least two poses (the plain one and one).
const MAIN: [&str; 7] = [
    "lena", "shin", "raiden", "theo", "kurena", "anju", "annette",
];
const EXPRESSIONS: [&str; 9] = [
    "neutral",
    "smile",
    "sad",
    "angry",
    "worried",
    "surprised",
    "determined",
    "tearful",
    "tired",
];

#[test]
fn the_main_characters_have_nine_expressions_in_every_pose() {
    let manifest = manifest();
    for id in MAIN {
        let decl = &manifest.characters[id];
        assert!(!decl.poses.is_empty(), "{id} has only one pose");
        let sets = std::iter::once(("plain", &decl.sprites))
            .chain(decl.poses.iter().map(|(p, s)| (p.as_str(), s)));
        for (pose, sprites) in sets {
            for expression in EXPRESSIONS {
                assert!(
                    sprites.contains_key(expression),
                    "{id} ({expression}) is missing in pose {pose}"
                );
            }
        }
    }
}

#[test]
fn a_cg_exists_for_every_cg_line() {
    let story = story();
    let assets = story.assets_dir();
    let mut lines = 0;
    for op in story.scenes.iter().flat_map(|s| s.ops()) {
        if let Op::Stage(direction) = op {
            if let StageDirection::Cg { name, .. } = &**direction {
                lines += 1;
                let path = story.cg_file(name).unwrap_or_else(|| {
                    panic!("`cg {name}` is in the scripts but not under [cgs] in story.toml")
                });
                let path = assets.join(path);
                assert!(
                    path.is_file(),
                    "cg {name}: {} does not exist",
                    path.display()
                );
                let tree = parse(&path);
                let (w, h) = (tree.size().width(), tree.size().height());
                assert_eq!((w, h), (1920.0, 1080.0), "cg {name}: not 1920x1080");
            }
        }
    }
    assert!(lines >= 6, "only {lines} `cg` lines across the story");
}

// ---------------------------------------------------------------------------------------------
// Faces and arms, in pixels
// ---------------------------------------------------------------------------------------------

/// Sprites are drawn in a 600x1200 space; tests render them at half size.
const SPRITE_SCALE: f32 = 0.5;

/// Where a sprite's head is: the first group the drawing places (`translate(x y)`), the
/// centre of the face at the eye line.
fn head_of(path: &Path) -> (f32, f32) {
    let text = std::fs::read_to_string(path).expect("UTF-8 SVG text");
    let at = text
        .find("<g transform=\"translate(")
        .unwrap_or_else(|| panic!("{}: no head group", path.display()));
    let numbers: Vec<f32> = text[at + 24..]
        .split([')', ' '])
        .take(2)
        .map(|n| n.parse().expect("a number"))
        .collect();
    (numbers[0], numbers[1])
}

fn sprite_pixels(path: &Path) -> tiny_skia::Pixmap {
    rasterise(&parse(path), (600.0 * SPRITE_SCALE) as u32)
}

/// A pixel as premultiplied RGBA bytes (what the comparisons need: nothing is drawn).
fn rgba(pixmap: &tiny_skia::Pixmap, x: u32, y: u32) -> [u8; 4] {
    let p = pixmap.pixel(x, y).expect("inside the sprite");
    [p.red(), p.green(), p.blue(), p.alpha()]
}

/// The face: from above the brows to the chin, cheek to cheek (sprite units around the head).
fn face_box((hx, hy): (f32, f32)) -> (u32, u32, u32, u32) {
    let k = SPRITE_SCALE;
    let px = |v: f32| (v * k).max(0.0) as u32;
    (px(hx - 75.0), px(hy - 70.0), px(hx + 75.0), px(hy + 112.0))
}

/// The share of the face's pixels that differ clearly between two renderings.
fn face_difference(
    a: &tiny_skia::Pixmap,
    b: &tiny_skia::Pixmap,
    (x0, y0, x1, y1): (u32, u32, u32, u32),
) -> f64 {
    let mut differ = 0;
    for y in y0..y1 {
        for x in x0..x1 {
            let (p, q) = (rgba(a, x, y), rgba(b, x, y));
            if (0..4).any(|c| (p[c] as i32 - q[c] as i32).abs() > 40) {
                differ += 1;
            }
        }
    }
    differ as f64 / ((x1 - x0) * (y1 - y0)) as f64
}

#[test]
fn each_expression_of_a_main_character_differs_from_their_neutral_in_the_face() {
    let manifest = manifest();
    let story = story();
    let assets = story.assets_dir();
    let mut least = (f64::MAX, String::new());
    for id in MAIN {
        let decl = &manifest.characters[id];
        let sets = std::iter::once(("plain", &decl.sprites))
            .chain(decl.poses.iter().map(|(p, s)| (p.as_str(), s)));
        for (pose, sprites) in sets {
            let neutral_path = assets.join(sprites["neutral"].get_ref());
            let face = face_box(head_of(&neutral_path));
            let neutral = sprite_pixels(&neutral_path);
            for expression in EXPRESSIONS.iter().filter(|e| **e != "neutral") {
                let other = sprite_pixels(&assets.join(sprites[*expression].get_ref()));
                let share = face_difference(&neutral, &other, face);
                let name = format!("{id} ({expression}) pose {pose}");
                assert!(
                    share > 0.01,
                    "{name}: the face is the neutral one ({:.2}% of it differs)",
                    share * 100.0
                );
                if share < least.0 {
                    least = (share, name);
                }
            }
        }
    }
    println!(
        "least different face: {} ({:.2}%)",
        least.1,
        least.0 * 100.0
    );
}

/// Opaque pixels beside the torso (beyond the shoulders' half-width, from the figures'
/// measurements in assets/characters/frames.toml), between the shoulder line and the elbows:
/// the arms. The tube bodies of the first art had none there (but for long hair).
#[test]
fn every_sprite_has_arms_beside_the_torso_at_shoulder_height() {
    let manifest = manifest();
    let story = story();
    let assets = story.assets_dir();
    let frames: toml::Table = std::fs::read_to_string(assets.join("characters/frames.toml"))
        .expect("the figures' measurements")
        .parse()
        .expect("TOML");
    let k = SPRITE_SCALE;
    for (id, decl) in &manifest.characters {
        if decl.sprites.is_empty() {
            continue;
        }
        let frame = frames[id.as_str()]
            .as_table()
            .expect("a table per character");
        let get = |key: &str| frame[key].as_integer().expect("a whole number") as f32;
        let (cx, half) = (get("centre_x"), get("shoulder_half_width"));
        let rows =
            ((get("shoulder_y") + 40.0) * k) as u32..((get("shoulder_y") + 150.0) * k) as u32;
        let (left, right) = ((cx - half) * k, (cx + half) * k);
        let posed = decl.poses.iter().map(|(p, s)| (p.as_str(), s));
        for (pose, sprites) in std::iter::once(("plain", &decl.sprites)).chain(posed) {
            for (expression, file) in sprites {
                let image = sprite_pixels(&assets.join(file.get_ref()));
                let beside = rows
                    .clone()
                    .flat_map(|y| (0..image.width()).map(move |x| (x, y)))
                    .filter(|&(x, _)| (x as f32) < left || (x as f32) > right)
                    .filter(|&(x, y)| rgba(&image, x, y)[3] > 128)
                    .count();
                assert!(
                    beside >= 200,
                    "{id} ({expression}) pose {pose}: no arms beside the torso ({beside} pixels)"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The SVG files
// ---------------------------------------------------------------------------------------------

fn svgs_under(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            svgs_under(&path, found);
        } else if path.extension().is_some_and(|e| e == "svg") {
            found.push(path);
        }
    }
}

fn parse(path: &Path) -> usvg::Tree {
    let data = std::fs::read(path).expect("a readable SVG");
    usvg::Tree::from_data(&data, &usvg::Options::default())
        .unwrap_or_else(|e| panic!("{}: not a well-formed SVG: {e}", path.display()))
}

/// `tree` drawn `width` pixels wide.
fn rasterise(tree: &usvg::Tree, width: u32) -> tiny_skia::Pixmap {
    let scale = width as f32 / tree.size().width();
    let height = (tree.size().height() * scale).round() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).expect("a non-empty size");
    resvg::render(
        tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
}

/// (distinct colours, standard deviation of luma) of opaque-ish pixels, colours quantised to
/// 4 bits a channel so that anti-aliasing alone does not count as variety.
fn variety(pixels: impl Iterator<Item = [u8; 4]>) -> (usize, f64) {
    let mut colours = BTreeSet::new();
    let (mut n, mut sum, mut sum2) = (0f64, 0f64, 0f64);
    for [r, g, b, a] in pixels {
        if a < 128 {
            continue;
        }
        colours.insert((r >> 4, g >> 4, b >> 4));
        let l = 0.299 * r as f64 + 0.587 * g as f64 + 0.114 * b as f64;
        n += 1.0;
        sum += l;
        sum2 += l * l;
    }
    let mean = sum / n.max(1.0);
    (
        colours.len(),
        (sum2 / n.max(1.0) - mean * mean).max(0.0).sqrt(),
    )
}

#[test]
fn every_svg_is_well_formed_and_real_art() {
    let assets = Path::new(ROOT).join("assets");
    let mut files = Vec::new();
    svgs_under(&assets, &mut files);
    files.sort();
    let (mut backgrounds, mut sprites) = (0, 0);
    for path in &files {
        let name = path.strip_prefix(&assets).unwrap().display().to_string();
        let text = std::fs::read_to_string(path).expect("UTF-8 SVG text");
        let root = &text[text.find("<svg").expect("an <svg> element")..];
        let root = &root[..root.find('>').expect("the <svg> tag closes")];
        assert!(root.contains("viewBox=\""), "{name}: no viewBox");
        let tree = parse(path);
        let (w, h) = (tree.size().width(), tree.size().height());
        if name.starts_with("backgrounds/") {
            backgrounds += 1;
            assert_eq!((w, h), (1920.0, 1080.0), "{name}: not 1920x1080");
            let pixmap = rasterise(&tree, 192);
            let pixels: Vec<[u8; 4]> = pixmap
                .pixels()
                .iter()
                .map(|p| [p.red(), p.green(), p.blue(), p.alpha()])
                .collect();
            // Opaque, but for hairline anti-aliasing seams where two shapes meet.
            let seams = pixels.iter().filter(|p| p[3] < 255).count();
            assert!(
                pixels.iter().all(|p| p[3] >= 128) && seams * 50 < pixels.len(),
                "{name}: a background must be opaque ({seams} pixels are not)"
            );
            let (colours, spread) = variety(pixels.into_iter());
            assert!(
                colours >= 24 && spread >= 8.0,
                "{name}: looks like a placeholder ({colours} colours, luma spread {spread:.1})"
            );
        } else if name.starts_with("characters/") {
            sprites += 1;
            assert!(
                h > w,
                "{name}: a sprite stands taller than it is wide ({w}x{h})"
            );
            let pixmap = rasterise(&tree, 150);
            let (pw, ph) = (pixmap.width(), pixmap.height());
            for (x, y) in [(0, 0), (pw - 1, 0), (0, ph - 1), (pw - 1, ph - 1)] {
                let alpha = pixmap.pixel(x, y).expect("inside").alpha();
                assert_eq!(alpha, 0, "{name}: corner ({x}, {y}) is not transparent");
            }
            let pixels = pixmap
                .pixels()
                .iter()
                .map(|p| p.demultiply())
                .map(|p| [p.red(), p.green(), p.blue(), p.alpha()]);
            let opaque = pixmap.pixels().iter().filter(|p| p.alpha() >= 128).count();
            assert!(
                opaque * 10 > (pw * ph) as usize,
                "{name}: the figure covers under a tenth of the sprite"
            );
            let (colours, _) = variety(pixels);
            assert!(colours >= 12, "{name}: only {colours} colours");
        }
    }
    assert!(backgrounds >= 12, "only {backgrounds} backgrounds");
    assert!(sprites >= 40, "only {sprites} sprites");
}

// ---------------------------------------------------------------------------------------------
// Where each background is first on screen
// ---------------------------------------------------------------------------------------------

/// Where a background is first seen: the route's picks and the line (0-based, as `spearhead
/// shot --lines`) on which it is on screen, with sprites if any line has them.
#[derive(Debug, Clone)]
struct Sighting {
    route: usize,
    line: usize,
    sprites: usize,
    text: String,
}

/// For every background the routes show, its first sighting (one with sprites preferred).
fn sightings(story: &Story) -> BTreeMap<String, Sighting> {
    let mut best: BTreeMap<String, Sighting> = BTreeMap::new();
    for (route, (_, picks)) in ROUTES.iter().enumerate() {
        let mut state = StoryState::new(story);
        let mut stage = StageState::default();
        let mut picks = picks.iter();
        let mut dark = false;
        let mut line = 0;
        while state.ended().is_none() {
            for event in story.advance(&mut state).expect("the story runs") {
                match event {
                    Event::Stage(direction) => {
                        match *direction {
                            StageDirection::FadeOut { .. } => dark = true,
                            StageDirection::FadeIn { .. } => dark = false,
                            _ => {}
                        }
                        stage.apply(&direction);
                    }
                    Event::Line(said) => {
                        // A CG covers the background: those lines do not show it.
                        let covered = dark || stage.cg.is_some();
                        if let (Some(bg), false) = (&stage.background, covered) {
                            let seen = Sighting {
                                route,
                                line,
                                sprites: stage.sprites.len(),
                                text: said.text.clone(),
                            };
                            let better = match best.get(&**bg) {
                                None => true,
                                Some(old) => old.sprites == 0 && seen.sprites > 0,
                            };
                            if better {
                                best.insert(bg.to_string(), seen);
                            }
                        }
                        line += 1;
                    }
                    Event::Choice(_) => {
                        let pick = picks.next().expect("a pick for every choice");
                        story.choose(&mut state, pick - 1).expect("a shown option");
                    }
                    Event::SceneStart { .. } | Event::End { .. } | Event::Condition { .. } => {}
                }
            }
        }
    }
    best
}

#[test]
fn the_routes_show_every_background_in_the_manifest() {
    let story = story();
    let seen = sightings(&story);
    let shown: BTreeSet<&String> = seen.keys().collect();
    let manifest = manifest();
    let declared: BTreeSet<&String> = manifest.backgrounds.keys().collect();
    assert_eq!(shown, declared);
    // All but the two establishing shots (the wall, the east) have somebody on stage.
    let empty: Vec<_> = seen.iter().filter(|(_, s)| s.sprites == 0).collect();
    assert!(
        empty.len() <= 2,
        "backgrounds never shown with sprites: {empty:?}"
    );
}

/// The `spearhead shot` arguments that put `seen` on screen.
fn shot_args(seen: &Sighting) -> Vec<String> {
    let picks: Vec<String> = ROUTES[seen.route].1.iter().map(|p| p.to_string()).collect();
    vec![
        "--lines".into(),
        seen.line.to_string(),
        "--choose".into(),
        picks.join(","),
    ]
}

// ---------------------------------------------------------------------------------------------
// The player draws them (under Xvfb)
// ---------------------------------------------------------------------------------------------

fn out_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spearhead-art-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    dir
}

/// Runs `spearhead shot story <args>` on `display` and returns the frame.
fn shot(display: &Display, name: &str, args: &[String]) -> RgbaImage {
    let png = out_dir().join(format!("{name}.png"));
    // No sound device: these tests look at pictures, and ALSA's null device takes samples as
    // fast as they come, so the sound thread would mix music flat out beside the loader (a
    // quarter of each player's CPU). tests/player_window.rs plays to the null device.
    let alsa = out_dir().join(format!("alsa-{name}.conf"));
    std::fs::write(&alsa, "# no default device\n").expect("temp dir is writable");
    // SPEARHEAD: another build to run (the gallery is quicker made with a release build).
    let program = std::env::var("SPEARHEAD").unwrap_or(env!("CARGO_BIN_EXE_spearhead").into());
    let output = Command::new(program)
        .arg("shot")
        .arg(Path::new(ROOT).join("story"))
        .args(args)
        .arg("--out")
        .arg(&png)
        .env("DISPLAY", &display.name)
        .env("ALSA_CONFIG_PATH", &alsa)
        .env("XDG_DATA_HOME", out_dir().join("data"))
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the spearhead binary runs");
    assert!(
        output.status.success(),
        "shot {args:?} failed: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    image::open(&png).expect("the shot wrote a PNG").to_rgba8()
}

/// The top half of a frame, above the text box, where the background shows.
fn top_half(frame: &RgbaImage) -> Vec<[u8; 4]> {
    let (w, h) = frame.dimensions();
    (0..h / 2)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .map(|(x, y)| frame.get_pixel(x, y).0)
        .collect()
}

#[test]
fn the_player_draws_the_backgrounds() {
    let Some(display) = display() else { return };
    let story = story();
    let seen = sightings(&story);
    // The three backgrounds met first (with sprites), so that the shots are quick: advancing
    // through the story costs the unoptimised player a few milliseconds a line.
    let mut first: Vec<(&String, &Sighting)> = seen.iter().filter(|(_, s)| s.sprites > 0).collect();
    first.sort_by_key(|(_, s)| (s.route, s.line));
    let frames: Vec<(&String, RgbaImage)> = std::thread::scope(|scope| {
        let shots: Vec<_> = first
            .into_iter()
            .take(3)
            .map(|(name, sighting)| {
                let display = &display;
                scope.spawn(move || (name, shot(display, name, &shot_args(sighting))))
            })
            .collect();
        shots
            .into_iter()
            .map(|s| s.join().expect("the shot ran"))
            .collect()
    });
    let mut tops = Vec::new();
    for (name, frame) in frames {
        let top = top_half(&frame);
        let (colours, spread) = variety(top.iter().copied());
        assert!(
            colours >= 24 && spread >= 8.0,
            "{name}: the top of the frame looks flat ({colours} colours, spread {spread:.1})"
        );
        tops.push((name, top));
    }
    for (i, (a, pa)) in tops.iter().enumerate() {
        for (b, pb) in &tops[i + 1..] {
            let diff: f64 = pa
                .iter()
                .zip(pb)
                .map(|(p, q)| {
                    (0..3)
                        .map(|c| (p[c] as f64 - q[c] as f64).abs())
                        .sum::<f64>()
                })
                .sum::<f64>()
                / (pa.len() * 3) as f64;
            assert!(
                diff > 12.0,
                "{a} and {b} look alike (mean difference {diff:.1})"
            );
        }
    }
}

/// The first line of the first route on which `wanted` holds of the stage as the player has
/// it (the runtime's stage, with the faces the speakers' lines put on), as `shot` arguments,
/// with that stage.
fn first_line_where(
    story: &Story,
    wanted: impl Fn(&StageState) -> bool,
) -> Option<(Vec<String>, StageState)> {
    for (route, (_, picks)) in ROUTES.iter().enumerate() {
        let mut state = StoryState::new(story);
        let mut stage = StageState::default();
        let mut picks = picks.iter();
        let (mut dark, mut line) = (false, 0);
        while state.ended().is_none() {
            for event in story.advance(&mut state).expect("the story runs") {
                match event {
                    Event::Stage(direction) => {
                        match *direction {
                            StageDirection::FadeOut { .. } => dark = true,
                            StageDirection::FadeIn { .. } => dark = false,
                            _ => {}
                        }
                        stage.apply(&direction);
                    }
                    Event::Line(said) => {
                        // A speaker's expression shows on their sprite, as in the player.
                        if let (Some(who), Some(face)) = (said.speaker, &said.expression) {
                            let id = &story.characters[who].id;
                            for sprite in stage.sprites.iter_mut().filter(|s| &*s.character == id) {
                                sprite.expression = Some(face.clone());
                            }
                        }
                        if !dark && wanted(&stage) {
                            let sighting = Sighting {
                                route,
                                line,
                                sprites: stage.sprites.len(),
                                text: said.text,
                            };
                            return Some((shot_args(&sighting), stage));
                        }
                        line += 1;
                    }
                    Event::Choice(_) => {
                        let pick = picks.next().expect("a pick for every choice");
                        story.choose(&mut state, pick - 1).expect("a shown option");
                    }
                    Event::SceneStart { .. } | Event::End { .. } | Event::Condition { .. } => {}
                }
            }
        }
    }
    None
}

/// `svg` rendered `width` x `height` pixels (stretched to fill), as RGBA bytes.
fn render_to(svg: &Path, width: u32, height: u32) -> RgbaImage {
    let tree = parse(svg);
    let (sx, sy) = (
        width as f32 / tree.size().width(),
        height as f32 / tree.size().height(),
    );
    let mut pixmap = tiny_skia::Pixmap::new(width, height).expect("a non-empty size");
    let transform = tiny_skia::Transform::from_scale(sx, sy);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    let mut image = RgbaImage::new(width, height);
    for (i, p) in pixmap.pixels().iter().enumerate() {
        let p = p.demultiply();
        let rgba = image::Rgba([p.red(), p.green(), p.blue(), p.alpha()]);
        image.put_pixel(i as u32 % width, i as u32 / width, rgba);
    }
    image
}

/// Mean difference per channel of the pixels `at` (frame coordinates) where `picture`, drawn
/// with its top-left corner at `origin`, is opaque.
fn difference_where_opaque(
    frame: &RgbaImage,
    picture: &RgbaImage,
    origin: (i64, i64),
    rows: std::ops::Range<u32>,
) -> f64 {
    let (mut sum, mut n) = (0.0f64, 0.0f64);
    for y in rows {
        for x in 0..picture.width() {
            let p = picture.get_pixel(x, y).0;
            let (fx, fy) = (origin.0 + x as i64, origin.1 + y as i64);
            if p[3] < 255 || fx < 0 || fy < 0 || fx >= frame.width() as i64 {
                continue;
            }
            let q = frame.get_pixel(fx as u32, fy as u32).0;
            sum += (0..3)
                .map(|c| (p[c] as f64 - q[c] as f64).abs())
                .sum::<f64>()
                / 3.0;
            n += 1.0;
        }
    }
    sum / n.max(1.0)
}

/// A `cg` line in the window: the CG fills the screen above the text box, over the background
/// and the sprites of its scene.
#[test]
fn the_player_draws_a_cg_full_screen() {
    let manifest = manifest();
    let Some(display) = display() else { return };
    let story = story();
    let (args, stage) =
        first_line_where(&story, |stage| stage.cg.is_some()).expect("a line under a CG");
    let frame = shot(&display, "cg", &args);
    let (w, h) = frame.dimensions();
    let assets = story.assets_dir();
    let cg = &manifest.cgs[&*stage.cg.expect("a CG")];
    let background = &manifest.backgrounds[&*stage.background.expect("a background")];
    // The top half of the frame, above the text box, against each picture at the frame's size.
    let top = 0..h / 2;
    let to_cg = difference_where_opaque(
        &frame,
        &render_to(&assets.join(cg.get_ref()), w, h),
        (0, 0),
        top.clone(),
    );
    let bg_picture = render_to(&assets.join(background.get_ref()), w, h);
    let to_background = difference_where_opaque(&frame, &bg_picture, (0, 0), top);
    println!("cg {args:?}: {to_cg:.1} from the CG, {to_background:.1} from the background");
    assert!(
        to_cg < 12.0 && to_background > to_cg * 2.0,
        "the frame is not the CG ({to_cg:.1} from it, {to_background:.1} from the background)"
    );
}

/// A `show ... pose` in the window: the sprite drawn is the pose's, not the plain one.
#[test]
fn the_player_draws_the_pose_a_script_names() {
    let manifest = manifest();
    let Some(display) = display() else { return };
    let story = story();
    let posed =
        |stage: &StageState| stage.cg.is_none() && stage.sprites.iter().any(|s| s.pose.is_some());
    let (args, stage) = first_line_where(&story, posed).expect("a line with a posed sprite");
    let frame = shot(&display, "pose", &args);
    let sprite = stage
        .sprites
        .iter()
        .find(|s| s.pose.is_some())
        .expect("posed");
    let decl = &manifest.characters[&*sprite.character];
    let expression = sprite.expression.as_deref();
    let assets = story.assets_dir();
    // Where the player draws it (stage.rs): 640 of 720 high, standing on the bottom edge,
    // centred on its position.
    let (w, h) = frame.dimensions();
    let k = w as f32 / 1280.0;
    let centre = match sprite.position {
        Position::Left => 0.22,
        Position::Center => 0.5,
        Position::Right => 0.78,
    } * 1280.0;
    let (sw, sh) = ((320.0 * k) as u32, (640.0 * k) as u32);
    let origin = (((centre - 160.0) * k) as i64, (h - sh) as i64);
    let file = |pose: Option<&str>| assets.join(decl.sprite(pose, expression).expect("a sprite"));
    let posed_picture = render_to(&file(sprite.pose.as_deref()), sw, sh);
    let plain_picture = render_to(&file(None), sw, sh);
    // Above the text box: the top half of the sprite.
    let rows = 0..sh / 2;
    let to_pose = difference_where_opaque(&frame, &posed_picture, origin, rows.clone());
    let to_plain = difference_where_opaque(&frame, &plain_picture, origin, rows);
    println!("pose {args:?}: {to_pose:.1} from the pose, {to_plain:.1} from the plain sprite");
    assert!(
        to_pose < 12.0 && to_plain > to_pose + 6.0,
        "{} pose {:?}: the frame shows the plain sprite ({to_pose:.1} from the pose, \
         {to_plain:.1} from the plain one)",
        sprite.character,
        sprite.pose
    );
}

/// The gallery's CG page after a CG was seen: that CG's thumbnail is a picture, the others
/// (not seen) are locked, flat panels.
#[test]
fn the_gallery_shows_a_seen_cg_and_locks_the_others() {
    let manifest = manifest();
    let Some(display) = display() else { return };
    let story = story();
    let (mut args, stage) =
        first_line_where(&story, |stage| stage.cg.is_some()).expect("a line under a CG");
    args.extend(["--screen".to_string(), "gallery".to_string()]);
    let frame = shot(&display, "gallery", &args);
    let k = frame.width() as f32 / 1280.0;
    // cg_gallery.rs: four across from (100, 160), 245x138, 272 apart, rows 200 apart.
    let thumb = |i: usize| {
        let (x, y) = (
            100.0 + (i % 4) as f32 * 272.0,
            160.0 + (i / 4) as f32 * 200.0,
        );
        let pixels: Vec<[u8; 4]> = (((y + 4.0) * k) as u32..((y + 134.0) * k) as u32)
            .flat_map(|py| {
                (((x + 4.0) * k) as u32..((x + 241.0) * k) as u32).map(move |px| (px, py))
            })
            .map(|(px, py)| frame.get_pixel(px, py).0)
            .collect();
        variety(pixels.into_iter())
    };
    let seen = stage.cg.expect("a CG");
    for (i, name) in manifest.cgs.keys().enumerate() {
        let (colours, spread) = thumb(i);
        if *name == *seen {
            assert!(
                colours >= 24 && spread >= 8.0,
                "{name}: seen, but no picture ({colours} colours)"
            );
        } else {
            assert!(
                colours < 24,
                "{name}: not seen, but shown ({colours} colours)"
            );
        }
    }
}

/// Each ending scene, played to its end in the window (begun there with `--from`, as a writer
/// tests a late scene; the routes that lead there are the plans' and `routes`' business): the
/// ending card shows the ending's illustration (a picture, not a black or flat frame) and its
/// title over the darkened lower part, in light letters.
#[test]
fn the_player_shows_each_ending_card() {
    let Some(display) = display() else { return };
    let story = story();
    let frames: Vec<(&str, RgbaImage)> = std::thread::scope(|scope| {
        let shots: Vec<_> = ROUTES
            .iter()
            .map(|&(ending, _)| {
                let display = &display;
                let scene = story
                    .scenes
                    .iter()
                    .find(|s| s.name.rsplit('.').next() == Some(ending))
                    .unwrap_or_else(|| panic!("no scene of the ending {ending}"));
                // The first option at any choice on the way: every option ends the same.
                let args = [
                    "--from",
                    &scene.name,
                    "--lines",
                    "100000",
                    "--choose",
                    "1,1,1",
                ]
                .map(String::from)
                .to_vec();
                scope.spawn(move || (ending, shot(display, &format!("end-{ending}"), &args)))
            })
            .collect();
        shots
            .into_iter()
            .map(|s| s.join().expect("the shot ran"))
            .collect()
    });
    let mut tops = Vec::new();
    for (ending, frame) in frames {
        let top = top_half(&frame);
        let (colours, spread) = variety(top.iter().copied());
        assert!(
            colours >= 24 && spread >= 8.0,
            "{ending}: the ending card's picture looks flat ({colours} colours, spread \
             {spread:.1})"
        );
        // The title: light letters in the band where the card writes it (y 520-570 of 720).
        let (w, h) = frame.dimensions();
        let band =
            (h * 520 / 720..h * 570 / 720).flat_map(|y| (w / 12..w / 2).map(move |x| (x, y)));
        let light = band
            .clone()
            .filter(|&(x, y)| frame.get_pixel(x, y).0[..3].iter().all(|&c| c > 200))
            .count();
        let share = light as f64 / band.count() as f64;
        assert!(
            share > 0.03,
            "{ending}: no title on the card ({share:.3} of its band is light)"
        );
        tops.push((ending, top));
    }
    // Six different pictures, not one card six times.
    for (i, (a, pa)) in tops.iter().enumerate() {
        for (b, pb) in &tops[i + 1..] {
            let diff: f64 = pa
                .iter()
                .zip(pb)
                .map(|(p, q)| {
                    (0..3)
                        .map(|c| (p[c] as f64 - q[c] as f64).abs())
                        .sum::<f64>()
                })
                .sum::<f64>()
                / (pa.len() * 3) as f64;
            assert!(diff > 12.0, "the {a} and {b} cards look alike ({diff:.1})");
        }
    }
}

/// The README gallery (docs/gallery/<background>.png, 640x360) has one frame for every
/// background in the manifest. With `SPEARHEAD_WRITE_GALLERY=1` it is made again: one frame of
/// the story on the first line each background shows, with the sprites and the text box.
#[test]
fn the_gallery_has_a_frame_of_every_background() {
    let story = story();
    let dir = Path::new(ROOT).join("docs/gallery");
    if std::env::var_os("SPEARHEAD_WRITE_GALLERY").is_some() {
        write_gallery(&story, &dir);
    }
    let manifest = manifest();
    let missing: Vec<&String> = manifest
        .backgrounds
        .keys()
        .filter(|name| !dir.join(format!("{name}.png")).is_file())
        .collect();
    assert!(
        missing.is_empty(),
        "docs/gallery lacks {missing:?}; make it again with SPEARHEAD_WRITE_GALLERY=1 cargo test --test art gallery"
    );
}

fn write_gallery(story: &Story, dir: &Path) {
    let display = display().expect("a display for the gallery");
    std::fs::create_dir_all(dir).expect("docs/gallery is writable");
    for (name, seen) in sightings(story) {
        let args = shot_args(&seen);
        println!(
            "{name}: spearhead shot story {} — {}",
            args.join(" "),
            seen.text
        );
        let frame = shot(&display, &name, &args);
        let small =
            image::imageops::resize(&frame, 640, 360, image::imageops::FilterType::Triangle);
        small
            .save(dir.join(format!("{name}.png")))
            .expect("the gallery PNG is written");
    }
}
