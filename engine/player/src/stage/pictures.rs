//! Which picture each thing the stage shows is (the file the story names, what its placeholder
//! says, the size it is drawn at), and every picture a scene can show, for loading ahead.

use super::model::Stage;
use crate::assets::{Art, Assets};
use crate::layout::{View, HEIGHT, WIDTH};
use spearhead_core::queries::AssetUse;
use spearhead_core::story::{EndingId, SceneId};
use spearhead_core::Story;

/// Height sprites are drawn at, standing on the bottom edge.
pub(super) const SPRITE_HEIGHT: f32 = 640.0;
pub(super) const SPRITE_MAX_WIDTH: f32 = 560.0;

impl Stage {
    /// Whether every picture the stage draws now has arrived (a missing one counts: it is
    /// drawn as its placeholder). Asks for what has not, ahead of what is loaded ahead.
    pub fn art_ready(&self, view: &View, story: &Story, assets: &mut Assets) -> bool {
        let pictures = self.pictures(view, story);
        // Every picture is asked for, not just up to the first that is missing.
        let loading = pictures
            .iter()
            .filter(|p| matches!(p.art(assets), Art::Loading))
            .count();
        loading == 0
    }

    /// Every picture the stage draws now, including those a transition is leaving.
    pub fn pictures<'a>(&self, view: &View, story: &'a Story) -> Vec<Picture<'a>> {
        let bg = &self.background;
        let fading_from = bg.previous.as_deref().filter(|_| bg.progress.is_some());
        let backgrounds = [bg.current.as_deref(), fading_from]
            .into_iter()
            .flatten()
            .map(|name| background_picture(view, story, name));
        let sprites = self.sprites.iter().flat_map(|s| {
            let previous = s
                .previous
                .as_ref()
                .map(|p| (s.previous_pose.as_deref(), p.as_deref()));
            [Some((s.pose.as_deref(), s.expression.as_deref())), previous]
                .into_iter()
                .flatten()
                .map(|(p, e)| sprite_picture(view, story, &s.character, p, e))
        });
        let cgs = self.cg.pictures(view, story);
        backgrounds.chain(sprites).chain(cgs).collect()
    }
}

/// A picture the stage draws: its file (under the assets folder; `None` when the manifest
/// declares none), what its placeholder says, and the pixel size it is drawn at.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture<'a> {
    pub file: Option<&'a str>,
    pub label: String,
    pub size: (u32, u32),
}

impl Picture<'_> {
    pub fn art(&self, assets: &mut Assets) -> Art {
        assets.art(self.file, &self.label, self.size)
    }
}

/// A background's picture.
pub(super) fn background_picture<'a>(view: &View, story: &'a Story, name: &str) -> Picture<'a> {
    Picture {
        file: story.background_file(name),
        label: format!("background {name}"),
        size: view.pixels(WIDTH, HEIGHT),
    }
}

/// An ending's illustration, for its ending card.
pub fn ending_picture<'a>(view: &View, story: &'a Story, ending: EndingId) -> Picture<'a> {
    let ending = &story.endings[ending];
    Picture {
        file: ending.art.as_deref(),
        label: format!("ending {}", ending.id),
        size: view.pixels(WIDTH, HEIGHT),
    }
}

/// A character's sprite in `pose` (`Story::sprite_file` picks the file when the pose or the
/// expression has none).
pub(super) fn sprite_picture<'a>(
    view: &View,
    story: &'a Story,
    character: &str,
    pose: Option<&str>,
    expression: Option<&str>,
) -> Picture<'a> {
    let file = story.sprite_file(character, pose, expression);
    let label = match (expression, pose) {
        (Some(e), Some(p)) => format!("{character} ({e}) pose {p}"),
        (Some(e), None) => format!("{character} ({e})"),
        (None, Some(p)) => format!("{character} pose {p}"),
        (None, None) => character.to_string(),
    };
    Picture {
        file,
        label,
        size: view.pixels(SPRITE_MAX_WIDTH, SPRITE_HEIGHT),
    }
}

pub(super) fn background_art(view: &View, story: &Story, assets: &mut Assets, name: &str) -> Art {
    background_picture(view, story, name).art(assets)
}

pub(super) fn sprite_art(
    view: &View,
    story: &Story,
    assets: &mut Assets,
    character: &str,
    (pose, expression): (Option<&str>, Option<&str>),
) -> Art {
    sprite_picture(view, story, character, pose, expression).art(assets)
}

/// Every background and sprite `scene` can show, for loading them before it starts.
pub fn scene_pictures<'a>(view: &View, story: &'a Story, scene: SceneId) -> Vec<Picture<'a>> {
    let picture = |asset| match asset {
        AssetUse::Background(name) => Some(background_picture(view, story, name)),
        AssetUse::Sprite {
            character,
            pose,
            expression,
        } => Some(sprite_picture(view, story, character, pose, expression)),
        AssetUse::Cg(name) => Some(crate::cg::cg_picture(view, story, name, (WIDTH, HEIGHT))),
        AssetUse::EndingArt(ending) => Some(ending_picture(view, story, ending)),
        AssetUse::Music(_) | AssetUse::Sound(_) => None,
    };
    story
        .scene_assets(scene)
        .into_iter()
        .filter_map(picture)
        .collect()
}
