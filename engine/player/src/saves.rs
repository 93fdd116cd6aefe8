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

    fn path(&self, slot: &str) -> PathBuf {
        self.dir.join(format!("{slot}.toml"))
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
        let (restored, warnings) = saves.read("auto", &story).expect("readable");
        assert!(warnings.is_empty());
        assert_eq!(story.current(&restored), story.current(&state));
        let seen: HashSet<String> = ["a_1".to_string(), "b_2".to_string()].into();
        saves.write_seen(&seen).expect("writable temp dir");
        assert_eq!(saves.read_seen(), seen);
        std::fs::write(dir.join("auto.toml"), "garbage = [").expect("writable");
        assert!(saves.read("auto", &story).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
