//! Loading ahead: when a scene starts, the loaders are asked for every picture and sound it can
//! show or play, then for those of the scenes it can lead to (its jumps and calls, in any branch
//! or choice option), so the next scene is usually ready before it begins.

use crate::context::Ctx;
use crate::eviction::InUse;
use crate::layout::View;
use crate::stage::{scene_pictures, Picture};
use spearhead_core::queries::AssetUse;
use spearhead_core::story::SceneId;
use spearhead_core::Story;
use std::collections::HashSet;
use std::path::PathBuf;

/// What to load for a scene: its pictures and sound files, then the next scenes'.
#[derive(Debug, Default)]
pub struct Plan<'a> {
    pub pictures: Vec<Picture<'a>>,
    pub sounds: Vec<&'a str>,
}

/// The plan for `scene`, pictures at the sizes `view` draws them.
pub fn plan<'a>(view: &View, story: &'a Story, scene: SceneId) -> Plan<'a> {
    let mut plan = Plan::default();
    for next in scenes_ahead(story, scene) {
        plan.pictures.extend(scene_pictures(view, story, next));
        plan.sounds.extend(sound_files(story, next));
    }
    plan
}

/// Asks the loaders for what `scene` and the scenes after it need; never waits. What is loaded
/// or on its way already is not asked for again.
pub fn request(ctx: &mut Ctx, scene: SceneId) {
    let plan = plan(&ctx.services.view, ctx.story, scene);
    for picture in &plan.pictures {
        ctx.services.assets.preload(picture.file, picture.size);
    }
    for file in plan.sounds {
        ctx.services.audio.preload(file);
    }
}

/// Releases the art and sound that neither `scene` and the scenes it can lead to (its plan)
/// nor the pictures `on_screen` use, and no sound still playing (see `eviction`). Call it once
/// a scene change is done: what the scene before needed is not drawn any more.
pub fn release_unused(ctx: &mut Ctx, scene: SceneId, on_screen: &[Picture]) {
    let started = std::time::Instant::now();
    let plan = plan(&ctx.services.view, ctx.story, scene);
    let assets = &ctx.services.assets;
    let files = |pictures: &[Picture]| -> HashSet<PathBuf> {
        pictures
            .iter()
            .filter_map(|p| p.file)
            .map(|f| assets.path_of(f))
            .collect()
    };
    let mut ahead = files(&plan.pictures);
    ahead.extend(plan.sounds.iter().map(|f| assets.path_of(f)));
    let in_use = InUse {
        ahead,
        on_screen: files(on_screen),
        sounding: ctx.services.audio.take_sounding(),
    };
    let pictures = ctx.services.assets.release_unused(&in_use);
    let sounds = ctx.services.audio.release_unused(&in_use);
    if let Some(timing) = ctx.services.timing.as_mut() {
        timing.released(pictures, sounds, started.elapsed());
    }
}

/// The most scenes a scene's art is loaded ahead for. A scene that can go on to more (the
/// bundled story's last battle decides among six endings) loads only its own: loading all of
/// them would hold a dozen full-screen pictures (about 45 MB) for the one that is shown.
const MOST_AHEAD: usize = 3;

/// `scene` first, then the scenes it can go on to, each once (none if there are more than
/// `MOST_AHEAD`).
fn scenes_ahead(story: &Story, scene: SceneId) -> Vec<SceneId> {
    let next: Vec<SceneId> = story
        .successors(scene)
        .into_iter()
        .filter(|&s| s != scene)
        .collect();
    let mut scenes = vec![scene];
    if next.len() <= MOST_AHEAD {
        scenes.extend(next);
    }
    scenes
}

/// The music and sound files `scene` can play (those the manifest declares).
fn sound_files(story: &Story, scene: SceneId) -> Vec<&str> {
    let file = |asset| match asset {
        AssetUse::Music(track) => story.music_file(track),
        AssetUse::Sound(sound) => story.sound_file(sound),
        _ => None,
    };
    story
        .scene_assets(scene)
        .into_iter()
        .filter_map(file)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn load(dir: &str) -> Story {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        spearhead_core::load(&dir).story.expect("the story loads")
    }

    fn files<'a>(plan: &'a Plan) -> Vec<&'a str> {
        plan.pictures.iter().filter_map(|p| p.file).collect()
    }

    #[test]
    fn a_scene_loads_its_own_art_first_then_the_next_scenes() {
        let story = load("../../tests/fixtures/player");
        let office = story.scene_id("office").expect("the fixture's first scene");
        let plan = plan(&View::fit(1280.0, 720.0), &story, office);
        assert_eq!(
            files(&plan),
            [
                "bg/office.svg",
                "chars/lena.svg",
                "chars/lena_smile.svg",
                // The hangar, where the office jumps after its choice.
                "bg/hangar.png",
                "chars/shin.png",
                "bg/broken.png",
            ]
        );
        assert_eq!(plan.sounds, ["music/quiet.wav"]);
        assert_eq!(plan.pictures[0].size, (1280, 720));
        assert_eq!(plan.pictures[0].label, "background office");
    }

    #[test]
    fn the_scenes_of_every_choice_option_and_call_are_loaded_ahead() {
        let script = "scene gate\n\
                      > The gate.\n\
                      choice: Which way?\n    \
                          option: Left\n        \
                              jump left\n    \
                          option: Right\n        \
                              call radio\n        \
                              jump right\n\
                      jump left\n\
                      scene left\n> Left.\nend done\n\
                      scene right\n> Right.\njump left\n\
                      scene radio\n> Static.\nreturn\n";
        let manifest = "title = \"T\"\nstart = \"gate\"\n[endings.done]\ntitle = \"Done\"\n";
        let loaded = spearhead_core::load_str(Path::new("."), manifest, &[("t.vn", script)]);
        let story = loaded.story.expect("the script compiles");
        let id = |name: &str| story.scene_id(name).expect("declared");
        assert_eq!(
            scenes_ahead(&story, id("gate")),
            [id("gate"), id("left"), id("radio"), id("right")]
        );
        assert_eq!(scenes_ahead(&story, id("right")), [id("right"), id("left")]);
        assert_eq!(scenes_ahead(&story, id("radio")), [id("radio")]);
    }

    #[test]
    fn a_scene_that_can_go_on_to_many_loads_only_its_own_art() {
        let mut script = String::from("scene router\n> Which?\n");
        for i in 0..4 {
            script += &format!("if visits(router) == {i}\n    jump end{i}\n");
        }
        script += "end done\n";
        for i in 0..4 {
            script += &format!("scene end{i}\n> {i}.\nend done\n");
        }
        let manifest = "title = \"T\"\nstart = \"router\"\n[endings.done]\ntitle = \"Done\"\n";
        let loaded = spearhead_core::load_str(Path::new("."), manifest, &[("t.vn", &script)]);
        let story = loaded.story.expect("the script compiles");
        let router = story.scene_id("router").expect("declared");
        assert_eq!(scenes_ahead(&story, router), [router]);
    }
}
