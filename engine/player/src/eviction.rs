//! Letting go of loaded art and sound: once a scene change is done, whatever the scene and the
//! scenes it can lead to do not use (its preload plan), is not on screen and may not still be
//! sounding is released, so memory holds about two scenes' worth however long the session.
//! Anything released is simply asked for again if it is needed later.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// What must stay loaded after a scene change, as files under the assets folder.
#[derive(Debug, Default)]
pub struct InUse {
    /// What the current scene and the scenes it can lead to use (see `preload`).
    pub ahead: HashSet<PathBuf>,
    /// Pictures drawn now (a background kept from an earlier scene, a sprite that stays).
    pub on_screen: HashSet<PathBuf>,
    /// Sounds that may still be playing: the music track, and what was played since the last
    /// scene change (an effect from the end of the scene before can still be sounding).
    pub sounding: HashSet<PathBuf>,
}

impl InUse {
    /// Whether the file at `path` must stay loaded.
    pub fn keeps(&self, path: &Path) -> bool {
        self.ahead.contains(path) || self.on_screen.contains(path) || self.sounding.contains(path)
    }
}

/// Of the `loaded` files, those to release: every one `in_use` does not keep, in path order
/// (so what is released, and the log of it, is the same from run to run).
pub fn released<'a>(loaded: impl IntoIterator<Item = &'a PathBuf>, in_use: &InUse) -> Vec<PathBuf> {
    let mut released: Vec<PathBuf> = loaded
        .into_iter()
        .filter(|path| !in_use.keeps(path))
        .cloned()
        .collect();
    released.sort();
    released.dedup();
    released
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(names: &[&str]) -> HashSet<PathBuf> {
        names.iter().map(PathBuf::from).collect()
    }

    fn list(names: &[&str]) -> Vec<PathBuf> {
        names.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn what_the_next_scenes_use_stays_and_the_rest_goes() {
        let in_use = InUse {
            ahead: paths(&["bg/hangar.svg", "chars/shin.svg", "music/front.ogg"]),
            ..InUse::default()
        };
        let loaded = list(&[
            "bg/office.svg",
            "bg/hangar.svg",
            "chars/shin.svg",
            "chars/lena.svg",
            "music/front.ogg",
            "music/republic.ogg",
        ]);
        assert_eq!(
            released(&loaded, &in_use),
            list(&["bg/office.svg", "chars/lena.svg", "music/republic.ogg"])
        );
    }

    #[test]
    fn what_is_on_screen_stays_though_no_scene_ahead_uses_it() {
        // A scene that sets no background keeps the one from before on screen.
        let in_use = InUse {
            ahead: paths(&["chars/shin.svg"]),
            on_screen: paths(&["bg/office.svg", "chars/shin.svg"]),
            ..InUse::default()
        };
        let loaded = list(&["bg/office.svg", "chars/shin.svg", "chars/lena.svg"]);
        assert_eq!(released(&loaded, &in_use), list(&["chars/lena.svg"]));
    }

    #[test]
    fn the_playing_track_and_sounds_just_played_stay() {
        let in_use = InUse {
            ahead: paths(&["sound/door.wav"]),
            sounding: paths(&["music/title.ogg", "sound/glass.wav"]),
            ..InUse::default()
        };
        let loaded = list(&[
            "music/title.ogg",
            "music/battle.ogg",
            "sound/glass.wav",
            "sound/door.wav",
            "sound/cannon.wav",
        ]);
        assert_eq!(
            released(&loaded, &in_use),
            list(&["music/battle.ogg", "sound/cannon.wav"])
        );
    }

    #[test]
    fn nothing_in_use_releases_everything_once_in_order() {
        let loaded = list(&["b.svg", "a.svg", "b.svg"]);
        assert_eq!(
            released(&loaded, &InUse::default()),
            list(&["a.svg", "b.svg"])
        );
        assert!(released(&Vec::new(), &InUse::default()).is_empty());
    }
}
