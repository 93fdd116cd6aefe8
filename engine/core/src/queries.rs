//! What front ends ask a story, so they never walk its code or read its manifest: the art and
//! sound a scene can use, the scenes it can lead to, and the file each name stands for (with the
//! rule for a sprite whose expression has no picture of its own).

use crate::look::Look;
use crate::story::{EndingId, Op, SceneId, StageDirection, Story};

/// One picture or sound a scene's code can show or play, by the name the script gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssetUse<'a> {
    Background(&'a str),
    /// A character shown (`show`) or a speaker's line changing their face to an expression
    /// that has a picture of its own.
    Sprite {
        character: &'a str,
        /// `None`: the plain sprites.
        pose: Option<&'a str>,
        expression: Option<&'a str>,
    },
    /// A full-screen illustration (`cg NAME`).
    Cg(&'a str),
    /// The illustration of an ending the scene can reach (only endings that have one).
    EndingArt(EndingId),
    Music(&'a str),
    Sound(&'a str),
}

impl Story {
    /// The locale the scripts are written in.
    pub fn default_locale(&self) -> &str {
        &self.manifest.default_locale
    }

    /// The story's locations, in the order the manifest sorts them (by key).
    pub fn location_names(&self) -> impl Iterator<Item = &str> {
        self.manifest.locations.keys().map(String::as_str)
    }

    /// The file of background `name`, relative to the assets folder.
    pub fn background_file(&self, name: &str) -> Option<&str> {
        self.manifest
            .backgrounds
            .get(name)
            .map(|p| p.get_ref().as_str())
    }

    /// The file of music track `name`, relative to the assets folder.
    pub fn music_file(&self, name: &str) -> Option<&str> {
        self.manifest.music.get(name).map(|p| p.get_ref().as_str())
    }

    /// The file of sound effect `name`, relative to the assets folder.
    pub fn sound_file(&self, name: &str) -> Option<&str> {
        self.manifest.sounds.get(name).map(|p| p.get_ref().as_str())
    }

    /// The sprite drawn for `character` with `expression` in `pose` (`None` or `base`: the plain
    /// sprites): the pose's picture of that expression, else the pose's `neutral`; else the
    /// plain sprites' picture of it, else a `neutral` or `default` one, else the first declared
    /// (so a face the artist has not drawn yet still shows the character). `None` when the
    /// character declares no sprites.
    pub fn sprite_file(
        &self,
        character: &str,
        pose: Option<&str>,
        expression: Option<&str>,
    ) -> Option<&str> {
        let pose = pose.filter(|p| *p != crate::story::BASE_POSE);
        self.manifest
            .characters
            .get(character)?
            .sprite(pose, expression)
    }

    /// The file of the illustration `cg NAME` shows.
    pub fn cg_file(&self, name: &str) -> Option<&str> {
        self.manifest.cgs.get(name).map(|p| p.get_ref().as_str())
    }

    /// The first scene (in story order) with a `cg NAME` line: whose title labels the CG in
    /// the gallery.
    pub fn cg_scene(&self, name: &str) -> Option<SceneId> {
        let shows = |op: &Op| matches!(op, Op::Stage(d) if matches!(&**d, StageDirection::Cg { name: n, .. } if n == name));
        (0..self.scenes.len() as SceneId).find(|&id| self.scene(id).code.iter().any(shows))
    }

    /// The story's music tracks (their names), in name order: the player's music room lists them.
    pub fn music_names(&self) -> impl Iterator<Item = &str> {
        self.manifest.music.keys().map(String::as_str)
    }

    /// The story's illustrations, in the manifest's order.
    pub fn cg_names(&self) -> impl Iterator<Item = &str> {
        self.manifest.cgs.keys().map(String::as_str)
    }

    /// Whether `character` has a picture of its own for `expression` (not a fallback).
    pub fn has_sprite(&self, character: &str, expression: &str) -> bool {
        self.manifest
            .characters
            .get(character)
            .is_some_and(|c| c.sprites.contains_key(expression))
    }

    /// The description of an ending, as the manifest writes it (empty when it gives none).
    pub fn ending_description(&self, ending: EndingId) -> &str {
        let id = &self.endings[ending].id;
        self.manifest
            .endings
            .get(id)
            .map_or("", |e| e.description.as_str())
    }

    /// The look a scene at `location` is drawn with: the location's, else the story's
    /// `default_look`, else the neutral one.
    pub fn location_look(&self, location: Option<&str>) -> Look {
        let named = location
            .and_then(|l| self.manifest.locations.get(l)?.look.as_ref())
            .or(self.manifest.default_look.as_ref());
        self.look(named.map(|n| n.get_ref().as_str()))
    }

    /// The look of the title screen and the menus (`menu_look`, else the neutral one).
    pub fn menu_look(&self) -> Look {
        self.look(
            self.manifest
                .menu_look
                .as_ref()
                .map(|n| n.get_ref().as_str()),
        )
    }

    /// The look declared as `name`; the checker makes sure every look named is declared.
    fn look(&self, name: Option<&str>) -> Look {
        name.and_then(|n| self.manifest.looks.get(n))
            .map_or_else(Look::neutral, Look::from)
    }

    /// The scenes `scene`'s code can jump to or call, in any branch or choice option, each
    /// once, in the order the code names them (`scene` itself only if it jumps to itself).
    pub fn successors(&self, scene: SceneId) -> Vec<SceneId> {
        let mut next = Vec::new();
        for op in &self.scene(scene).code {
            if let Op::Jump(id) | Op::Call(id) = op {
                if !next.contains(id) {
                    next.push(*id);
                }
            }
        }
        next
    }

    /// Every picture and sound `scene`'s code can show or play, in code order (repeats kept:
    /// the caller decides what once means for it).
    pub fn scene_assets(&self, scene: SceneId) -> Vec<AssetUse<'_>> {
        let mut assets = Vec::new();
        for op in &self.scene(scene).code {
            match op {
                Op::Stage(direction) => assets.extend(stage_asset(direction)),
                Op::Say(say) => {
                    if let (Some(speaker), Some(expression)) = (say.speaker, &say.expression) {
                        let character = self.characters[speaker].id.as_str();
                        if self.has_sprite(character, expression) {
                            assets.push(AssetUse::Sprite {
                                character,
                                pose: None,
                                expression: Some(expression),
                            });
                        }
                    }
                }
                Op::End(ending) if self.endings[*ending].art.is_some() => {
                    assets.push(AssetUse::EndingArt(*ending));
                }
                _ => {}
            }
        }
        assets
    }
}

fn stage_asset(direction: &StageDirection) -> Option<AssetUse<'_>> {
    Some(match direction {
        StageDirection::Background { image, .. } => AssetUse::Background(image),
        StageDirection::Show {
            character,
            expression,
            pose,
            ..
        } => AssetUse::Sprite {
            character,
            pose: pose.as_deref().filter(|p| *p != crate::story::BASE_POSE),
            expression: expression.as_deref(),
        },
        StageDirection::Cg { name, .. } => AssetUse::Cg(name),
        StageDirection::MusicPlay { track, .. } => AssetUse::Music(track),
        StageDirection::Sound { sound } => AssetUse::Sound(sound),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The player fixture's files (the checker wants them to exist), named anew: `Shin` and
    /// `Theo` show what the fallback picks.
    const MANIFEST: &str = r##"
title = "T"
start = "gate"
assets = "assets"
[characters.lena]
name = "Lena"
sprites = { neutral = "chars/lena.svg", smile = "chars/lena_smile.svg" }
[characters.shin]
name = "Shin"
sprites = { tired = "bg/hangar.png", angry = "chars/shin.png" }
[characters.theo]
name = "Theo"
sprites = { default = "bg/broken.png", zzz = "chars/lena_smile.svg" }
[characters.kurena]
name = "Kurena"
[backgrounds]
yard = "bg/office.svg"
[music]
quiet = "music/quiet.wav"
[sounds]
shot = "music/quiet.wav"
[endings.done]
title = "Done"
description = "It is done."
art = "bg/hangar.png"
[endings.open]
title = "Open"
"##;

    fn story(script: &str) -> Story {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/player");
        let loaded = crate::load_str(&root, MANIFEST, &[("t.vn", script)]);
        let problems: Vec<_> = loaded.diagnostics.iter().map(|d| &d.message).collect();
        loaded
            .story
            .unwrap_or_else(|| panic!("compiles: {problems:?}"))
    }

    fn id(story: &Story, name: &str) -> SceneId {
        story.scene_id(name).expect("declared in the script")
    }

    #[test]
    fn a_sprite_is_the_expression_asked_for_else_neutral_else_default_else_the_first() {
        let story = story("scene gate\n> Hi.\nend done\n");
        let lena = Some("chars/lena.svg");
        assert_eq!(
            story.sprite_file("lena", None, Some("smile")),
            Some("chars/lena_smile.svg")
        );
        assert_eq!(story.sprite_file("lena", None, Some("cry")), lena);
        assert_eq!(story.sprite_file("lena", None, None), lena);
        assert_eq!(
            story.sprite_file("theo", None, Some("cry")),
            Some("bg/broken.png")
        );
        // Sorted by name, Shin's first expression is `angry`.
        assert_eq!(
            story.sprite_file("shin", None, Some("cry")),
            Some("chars/shin.png")
        );
        assert!(story.has_sprite("lena", "smile") && !story.has_sprite("lena", "cry"));
        assert_eq!(story.sprite_file("kurena", None, Some("smile")), None);
        assert_eq!(story.sprite_file("nobody", None, None), None);
    }

    #[test]
    fn names_stand_for_the_files_the_manifest_gives_them() {
        let story = story("scene gate\n> Hi.\nend done\n");
        assert_eq!(story.background_file("yard"), Some("bg/office.svg"));
        assert_eq!(story.music_file("quiet"), Some("music/quiet.wav"));
        assert_eq!(story.sound_file("shot"), Some("music/quiet.wav"));
        assert_eq!(story.background_file("quiet"), None);
        assert_eq!(story.default_locale(), "en-US");
        let done = story.ending_id("done").expect("declared");
        let open = story.ending_id("open").expect("declared");
        assert_eq!(story.ending_description(done), "It is done.");
        assert_eq!(story.ending_description(open), "");
    }

    #[test]
    fn a_scene_takes_its_locations_look_else_the_default_and_menus_take_theirs() {
        let looks = "[locations.office]\nlook = \"bright\"\n[locations.yard]\n\
                     [looks.bright]\ntextbox_frame = \"bg/office.svg\"\n\
                     [looks.bright.colors]\ntext = \"#000000\"\n\
                     [looks.dark.colors]\ntext = \"#ffffffc0\"\n";
        let defaults = "start = \"gate\"\ndefault_look = \"dark\"\nmenu_look = \"bright\"\n";
        let manifest = MANIFEST.replace("start = \"gate\"\n", defaults) + looks;
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/player");
        let loaded = crate::load_str(
            &root,
            &manifest,
            &[("t.vn", "scene gate\n> Hi.\nend done\n")],
        );
        let problems: Vec<_> = loaded.diagnostics.iter().map(|d| &d.message).collect();
        let story = loaded
            .story
            .unwrap_or_else(|| panic!("compiles: {problems:?}"));
        let bright = story.location_look(Some("office"));
        assert_eq!(bright.colors.text, [0, 0, 0, 255]);
        assert_eq!(bright.textbox_frame.as_deref(), Some("bg/office.svg"));
        assert_eq!(
            story.location_look(Some("yard")).colors.text,
            [255, 255, 255, 0xc0]
        );
        assert_eq!(story.location_look(None).colors.text, [255, 255, 255, 0xc0]);
        assert_eq!(story.menu_look(), bright);
        // A story that declares no looks is drawn in the neutral one.
        let plain = self::story("scene gate\n> Hi.\nend done\n");
        assert_eq!(plain.location_look(None), Look::neutral());
        assert_eq!(plain.menu_look(), Look::neutral());
    }

    #[test]
    fn successors_are_every_jump_and_call_in_any_branch_each_once() {
        let story = story(
            "scene gate\n\
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
             scene radio\n> Static.\nreturn\n",
        );
        let id = |name| id(&story, name);
        assert_eq!(
            story.successors(id("gate")),
            [id("left"), id("radio"), id("right")]
        );
        assert_eq!(story.successors(id("right")), [id("left")]);
        assert!(story.successors(id("radio")).is_empty());
    }

    #[test]
    fn a_scenes_assets_are_what_its_directions_lines_and_endings_use_in_order() {
        let story = story(
            "scene gate\n\
             bg yard\n\
             music play quiet\n\
             show lena (smile) at left\n\
             lena (smile): Hello.\n\
             lena: A line without an expression loads nothing new.\n\
             sound shot\n\
             if visits(gate) > 1\n    \
                 end open\n\
             end done\n",
        );
        let done = story.ending_id("done").expect("declared");
        assert_eq!(
            story.scene_assets(id(&story, "gate")),
            [
                AssetUse::Background("yard"),
                AssetUse::Music("quiet"),
                AssetUse::Sprite {
                    character: "lena",
                    pose: None,
                    expression: Some("smile")
                },
                AssetUse::Sprite {
                    character: "lena",
                    pose: None,
                    expression: Some("smile")
                },
                AssetUse::Sound("shot"),
                // `open` has no illustration.
                AssetUse::EndingArt(done),
            ]
        );
    }
}
