//! Spearhead's window player: a macroquad front end over `spearhead-core`. It draws the story
//! and forwards the reader's input; every decision about the story is the core's.
//!
//! - `app`: main loop, screen stack, frame pacing; `screens/`: title, game, choice, game menu
//! - `context`: what every screen shares (services, the story's text, interface strings)
//! - `stage`: background, sprites, transitions and screen effects; `textbox`: the dialogue box
//! - `cg`: the full-screen illustration over the stage (its model, its drawing)
//! - `ending_card`: the illustrated card shown when the story ends
//! - `assets`: PNG/SVG art with placeholders; `fonts`: the bundled fonts and the looks' own; `audio`: music and sounds
//! - `loader`: the worker thread that reads and decodes files; `preload`: what to load ahead;
//!   `svg`: SVG art rasterised a strip at a time
//! - `limits`: the most the player takes from a file (picture sizes, files beside the saves)
//! - `layout`: the 16:9 virtual canvas and letterbox; `theme`: the story's looks as drawing colours
//! - `wrap`: Unicode line breaking; `input`, `widgets`: input and button lists; `gamepad`: pads
//! - `thumbnail`: the picture a save is made with
//! - `saves`: the autosave slot; `shot`: scripted screenshots (`scripted`: their input events);
//!   `screenshot`: a frame as a PNG (shots and the S key); `timing`: SPEARHEAD_TIMING
//! - `reload`: live reload for writers (`play --watch`)
//! - `logging`: the one logger that writes the player's warnings and errors
//! - `speech`: self-voicing through the system's speech service (`Speech`, `Voice`);
//!   `narration`: what it says of the menus (a screen's title, the focused control)
//! - `accessibility`: text sizes, high contrast and motion the accessibility page offers
//! - `ui`: the interface's strings through Fluent (the story's `ui.ftl`, then the built-in ones)

pub mod accessibility;
pub mod actions;
pub mod app;
pub mod assets;
pub mod audio;
pub mod cg;
pub mod context;
pub mod ending_card;
pub mod eviction;
pub mod fonts;
pub mod gamepad;
pub mod input;
pub mod layout;
pub mod limits;
pub mod loader;
pub mod logging;
pub mod narration;
pub mod preload;
pub mod reload;
pub mod saves;
pub mod screens;
pub mod screenshot;
pub mod scripted;
pub mod settings;
pub mod shot;
pub mod speech;
pub mod stage;
pub mod svg;
pub mod textbox;
pub mod theme;
pub mod thumbnail;
pub mod timing;
pub mod ui;
pub mod widgets;
pub mod wrap;

use context::Ctx;
use macroquad::conf::{Conf, UpdateTrigger};
use macroquad::miniquad::conf::{Conf as WindowConf, Platform};
use saves::Saves;
pub use shot::{ShotScreen, ShotSpec};
use spearhead_core::locale::choose;
use spearhead_core::runtime::StoryState;
use spearhead_core::Story;

/// Opens the window and plays `story` until the reader quits, in language `lang` if given (a
/// folder under the story's locales folder), from the title screen or, given a `start` state,
/// straight into a game from it. With `watch`, an edit saved to the story's files shows at
/// once (live reload, for writers).
pub fn play(story: Story, lang: Option<String>, start: Option<StoryState>, watch: bool) {
    logging::init();
    let story: &'static Story = Box::leak(Box::new(story)); // lives as long as the window
    let saves = Saves::for_story(story);
    let conf = conf(story, true);
    macroquad::Window::from_config(conf, async move {
        let mut ctx = Ctx::new(story, saves);
        // --lang wins over the language chosen in the settings last time; with neither (the
        // first run), the system's language if the story has it.
        let chosen = Some(ctx.services.settings.language.clone()).filter(|l| !l.is_empty());
        let system = || first_run_language(story, choose::system_locale());
        if let Some(lang) = lang.or(chosen).or_else(system) {
            ctx.set_language(&lang);
        }
        let watch = watch.then(|| reload::Watch::new(&story.root));
        app::run(ctx, start, watch).await;
    });
}

/// Opens the window, plays the scripted input in `spec`, writes the frame and exits the
/// process with 0 on success and 1 on failure.
pub fn shot(story: Story, spec: ShotSpec) -> ! {
    logging::init();
    let story: &'static Story = Box::leak(Box::new(story)); // lives as long as the window
    let conf = conf(story, false);
    macroquad::Window::from_config(conf, async move {
        // No saves: a screenshot must not touch the reader's save folder.
        let code = shot::run(Ctx::new(story, None), spec).await;
        std::process::exit(code);
    });
    // The future above always exits the process; reaching here means the window never ran.
    log::error!("the window closed before the screenshot was taken");
    std::process::exit(shot::FAILED)
}

/// The language to show on a first run (no `--lang`, none in the settings): the system's
/// (`system`, from LC_ALL, LC_MESSAGES or LANG) matched to the story's locales; `None` when it
/// is unset, not close to any of them, or the story's own.
pub fn first_run_language(story: &Story, system: Option<String>) -> Option<String> {
    let wanted = system?;
    let source = story.default_locale();
    let available = choose::available(&story.locales_dir(), source).ok()?;
    let found = choose::negotiate(&wanted, &available, source);
    (found != *source).then_some(found)
}

fn conf(story: &Story, blocking: bool) -> Conf {
    let window = WindowConf {
        window_title: story.title.clone(),
        window_width: layout::WIDTH as i32,
        window_height: layout::HEIGHT as i32,
        window_resizable: true,
        platform: Platform {
            blocking_event_loop: blocking,
            ..Default::default()
        },
        ..Default::default()
    };
    Conf {
        miniquad_conf: window,
        // With the blocking loop, these wake the player; animations ask for frames themselves.
        update_on: Some(UpdateTrigger {
            key_down: true,
            mouse_down: true,
            mouse_up: true,
            mouse_motion: true,
            mouse_wheel: true,
            specific_key: None,
            touch: true,
        }),
        // macroquad gives every draw call of a frame (one per texture switch: a busy screen
        // has 40 or more) its own vertex and index buffers, kept for good. Its default of
        // 10,000 vertices (40 bytes each) pairs with 5,000 indices, which only ever use 3,334
        // of them (4 vertices per 6 indices for quads): 0.4 MB per buffer, 18 MB on the save
        // screen. 4,000 vertices keep the same batches.
        draw_call_vertex_capacity: 4000,
        draw_call_index_capacity: 5000,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_run_shows_the_systems_language_when_the_story_has_it() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/player");
        let loaded = spearhead_core::load(&dir);
        let story = loaded.story.expect("the fixture loads");
        let first = |system: Option<&str>| first_run_language(&story, system.map(String::from));
        assert_eq!(first(Some("ja-JP")).as_deref(), Some("ja-JP"));
        assert_eq!(first(Some("ja")).as_deref(), Some("ja-JP"));
        assert_eq!(first(Some("en-GB")), None, "the story's own language");
        assert_eq!(first(Some("fr-FR")), None, "nothing close");
        assert_eq!(first(None), None);
    }
}
