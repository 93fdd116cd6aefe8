//! Where saves live and how they are written: the platform data folder (XDG on Linux,
//! `$XDG_DATA_HOME/spearhead/<story>/`), one TOML file per slot, written atomically (a temporary
//! file renamed over the old one) so a crash never leaves half a save. For now there is one
//! slot, `auto`: written at each scene change and on quit, read by Continue.

use spearhead_core::{SaveData, Story, StoryState};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Saves {
    dir: PathBuf,
}

impl Saves {
    /// The save folder for `story`, or `None` when no data folder can be found.
    pub fn for_story(story: &Story) -> Option<Saves> {
        let base = match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
            Some(d) => PathBuf::from(d),
            None => PathBuf::from(std::env::var_os("HOME")?).join(".local/share"),
        };
        Some(Saves {
            dir: base.join("spearhead").join(slug(&story.title)),
        })
    }

    pub fn in_dir(dir: &Path) -> Saves {
        Saves {
            dir: dir.to_path_buf(),
        }
    }

    /// The save folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, slot: &str) -> PathBuf {
        self.dir.join(format!("{slot}.toml"))
    }

    /// The slot saved most recently (autosave, quick save or a numbered slot), for Continue.
    pub fn latest(&self) -> Option<String> {
        let entries = std::fs::read_dir(&self.dir).ok()?;
        entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_str()?.strip_suffix(".toml")?.to_string();
                let known = name == "auto" || name == "quick" || name.starts_with("slot-");
                let modified = e.metadata().and_then(|m| m.modified()).ok()?;
                known.then_some((modified, name))
            })
            .max()
            .map(|(_, name)| name)
    }

    pub fn exists(&self, slot: &str) -> bool {
        self.path(slot).is_file()
    }

    pub fn write(&self, slot: &str, story: &Story, state: &StoryState) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let path = self.path(slot);
        let temp = self.dir.join(format!(".{slot}.toml.tmp"));
        std::fs::write(&temp, story.save(state).to_toml())?;
        std::fs::rename(&temp, &path)
    }

    /// The name of numbered slot `n` (1-based): `slot-07`.
    pub fn slot_name(n: usize) -> String {
        format!("slot-{n:02}")
    }

    /// Saves `state` in slot `slot` with a thumbnail of the screen (RGBA, `w` x `h`).
    pub fn write_with_thumbnail(
        &self,
        slot: &str,
        story: &Story,
        state: &StoryState,
        thumbnail: Option<(&[u8], u32, u32)>,
    ) -> std::io::Result<()> {
        self.write(slot, story, state)?;
        let png = self.dir.join(format!("{slot}.png"));
        match thumbnail {
            Some((rgba, w, h)) => {
                let temp = self.dir.join(format!(".{slot}.tmp.png"));
                image::save_buffer(&temp, rgba, w, h, image::ColorType::Rgba8)
                    .map_err(std::io::Error::other)?;
                std::fs::rename(&temp, &png)
            }
            None => {
                let _ = std::fs::remove_file(&png);
                Ok(())
            }
        }
    }

    /// What a slot holds, for the save and load screens.
    pub fn summary(&self, slot: &str, story: &Story) -> Slot {
        let path = self.path(slot);
        if !path.is_file() {
            return Slot::Empty;
        }
        let when = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .map(format_time)
            .unwrap_or_default();
        match self.read(slot, story) {
            Ok((state, _)) => {
                let scene = story.scene(state.scene());
                let thumbnail = Some(self.dir.join(format!("{slot}.png"))).filter(|p| p.is_file());
                Slot::Saved(Summary {
                    when,
                    chapter: scene.chapter.clone(),
                    scene: scene.title.clone().unwrap_or_else(|| scene.name.clone()),
                    scene_id: state.scene(),
                    thumbnail,
                })
            }
            Err(e) => {
                eprintln!("warning: save slot {slot} is damaged: {e}");
                Slot::Damaged { when }
            }
        }
    }

    /// The endings reached in any run (their ids).
    pub fn read_endings(&self) -> HashSet<String> {
        let text = std::fs::read_to_string(self.dir.join("endings.txt")).unwrap_or_default();
        text.lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// Adds `ending` to the endings reached (written atomically).
    pub fn add_ending(&self, ending: &str) -> std::io::Result<()> {
        let mut all: Vec<String> = self.read_endings().into_iter().collect();
        if all.iter().any(|e| e == ending) {
            return Ok(());
        }
        all.push(ending.to_string());
        all.sort();
        std::fs::create_dir_all(&self.dir)?;
        let temp = self.dir.join(".endings.txt.tmp");
        std::fs::write(&temp, all.join("\n") + "\n")?;
        std::fs::rename(&temp, self.dir.join("endings.txt"))
    }

    /// The keys of the lines read in earlier sittings (empty when there are none yet).
    pub fn read_seen(&self) -> HashSet<String> {
        let text = std::fs::read_to_string(self.dir.join("seen.txt")).unwrap_or_default();
        text.lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// Keeps the keys of the lines read, one a line, sorted (written atomically).
    pub fn write_seen(&self, seen: &HashSet<String>) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let mut keys: Vec<&str> = seen.iter().map(String::as_str).collect();
        keys.sort_unstable();
        let temp = self.dir.join(".seen.txt.tmp");
        std::fs::write(&temp, keys.join("\n") + "\n")?;
        std::fs::rename(&temp, self.dir.join("seen.txt"))
    }

    /// Deletes `slot` if it exists (failures are only logged).
    pub fn remove(&self, slot: &str) {
        let path = self.path(slot);
        if path.exists() {
            if let Err(e) = std::fs::remove_file(&path) {
                eprintln!("warning: {}: {e}", path.display());
            }
        }
    }

    /// The state saved in `slot`, with warnings about what no longer matches the story.
    pub fn read(&self, slot: &str, story: &Story) -> Result<(StoryState, Vec<String>), String> {
        let path = self.path(slot);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let data = SaveData::from_toml(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        story
            .restore(&data)
            .map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// A save slot as the save and load screens show it.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot {
    Empty,
    Saved(Summary),
    /// The file is there but unreadable, or no longer fits the story.
    Damaged {
        when: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// When it was saved, in local time: `2026-11-23 07:50`.
    pub when: String,
    pub chapter: Option<String>,
    pub scene: String,
    /// The scene, to show its title in the language shown.
    pub scene_id: spearhead_core::story::SceneId,
    pub thumbnail: Option<PathBuf>,
}

/// A file time as `YYYY-MM-DD HH:MM` in the reader's time zone (the system's, or `TZ`).
fn format_time(time: std::time::SystemTime) -> String {
    let local: chrono::DateTime<chrono::Local> = time.into();
    local.format("%Y-%m-%d %H:%M").to_string()
}

/// A folder name from a story title: lowercase letters and digits, dashes between words.
fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "story".into()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_times_are_formatted_as_local_dates() {
        use chrono::{Local, TimeZone};
        let t = |s: u64| format_time(std::time::UNIX_EPOCH + std::time::Duration::from_secs(s));
        let at = 951_782_400 + 3_600 * 13 + 60 * 5; // 2000-02-29 13:05 UTC
        let local = Local.timestamp_opt(at as i64, 0).unwrap();
        assert_eq!(t(at), local.format("%Y-%m-%d %H:%M").to_string());
        assert_eq!(t(at).len(), "2000-02-29 13:05".len());
        // In UTC itself, the date reads as UTC.
        if local.offset().local_minus_utc() == 0 {
            assert_eq!(t(at), "2000-02-29 13:05");
        }
    }

    #[test]
    fn slugs_are_safe_folder_names() {
        assert_eq!(
            slug("86: Spearhead of the Front!"),
            "86-spearhead-of-the-front"
        );
        assert_eq!(slug("???"), "story");
    }

    #[test]
    fn a_save_round_trips_through_the_folder() {
        let dir = std::env::temp_dir().join(format!("spearhead-saves-test-{}", std::process::id()));
        let loaded = spearhead_core::load_str(
            &dir,
            "title = \"T\"\nstart = \"a\"\n[endings.done]\ntitle = \"Done\"\n",
            &[("a.vn", "scene a\n> One.\n> Two.\nend done\n")],
        );
        let Some(story) = loaded.story else {
            panic!("test story has errors: {}", loaded.render(false));
        };
        let saves = Saves::in_dir(&dir);
        let mut state = StoryState::new(&story);
        story.advance(&mut state).expect("runs");
        story.advance(&mut state).expect("runs");
        saves
            .write("auto", &story, &state)
            .expect("writable temp dir");
        assert!(saves.exists("auto"));
        assert_eq!(saves.latest().as_deref(), Some("auto"));
        let (restored, warnings) = saves.read("auto", &story).expect("readable");
        assert!(warnings.is_empty());
        assert_eq!(story.current(&restored), story.current(&state));
        assert_eq!(saves.summary("slot-03", &story), Slot::Empty);
        saves
            .write_with_thumbnail("slot-03", &story, &state, Some((&[255u8; 4 * 6][..], 3, 2)))
            .expect("writable");
        match saves.summary("slot-03", &story) {
            Slot::Saved(s) => assert!(
                s.thumbnail.as_ref().is_some_and(|p| p.is_file()) && s.scene == "a",
                "{s:?}"
            ),
            other => panic!("{other:?}"),
        }
        std::fs::write(dir.join("slot-03.toml"), "version = 99").expect("writable");
        assert!(matches!(
            saves.summary("slot-03", &story),
            Slot::Damaged { .. }
        ));
        saves.add_ending("done").expect("writable");
        saves.add_ending("done").expect("writable");
        assert_eq!(saves.read_endings(), HashSet::from(["done".to_string()]));
        let seen: HashSet<String> = ["a_1".to_string(), "b_2".to_string()].into();
        saves.write_seen(&seen).expect("writable temp dir");
        assert_eq!(saves.read_seen(), seen);
        std::fs::write(dir.join("auto.toml"), "garbage = [").expect("writable");
        assert!(saves.read("auto", &story).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
