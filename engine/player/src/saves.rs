//! Where saves live and how they are written: the platform data folder (XDG on Linux,
//! `$XDG_DATA_HOME/spearhead/<story>/`), one TOML file per slot with a PNG thumbnail beside it,
//! and the records kept across runs (`endings.txt`, `cgs.txt`, `seen.txt`). Every file is replaced
//! atomically and synced (a crash or a power cut leaves the old file or the new one), every
//! read is capped, and a slot that cannot be loaded says why.

use crate::limits::MAX_RECORD_BYTES;
use spearhead_core::files::{self, FileError, MAX_SAVE_BYTES};
use spearhead_core::{SaveData, SaveError, Story, StoryState};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Saves {
    dir: PathBuf,
}

/// Why a slot cannot be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SlotError {
    /// Unreadable, too large, not a plain file, or not text (names the file).
    #[error(transparent)]
    File(#[from] FileError),
    /// Read, but not a save this story can resume.
    #[error("{}: {source}", path.display())]
    Save { path: PathBuf, source: SaveError },
}

/// A record kept across runs (`endings.txt`, `seen.txt`): one key a line.
#[derive(Debug, Default)]
pub struct Record {
    /// The keys read. From a damaged file, those of its lines that could be read whole.
    pub keys: HashSet<String>,
    /// What was wrong with the file, if anything; it is written whole again at the next change.
    pub problem: Option<FileError>,
}

impl Record {
    /// The keys, after a warning in the log if the file was damaged.
    pub fn into_keys(self) -> HashSet<String> {
        if let Some(problem) = &self.problem {
            log::warn!(
                "{problem}; kept the {} entries that could be read",
                self.keys.len()
            );
        }
        self.keys
    }
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

    fn thumbnail_path(&self, slot: &str) -> PathBuf {
        self.dir.join(format!("{slot}.png"))
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

    /// Saves `state` in `slot`. A save larger than a save may be read back is not written.
    pub fn write(&self, slot: &str, story: &Story, state: &StoryState) -> std::io::Result<()> {
        let path = self.path(slot);
        let text = story.save(state).to_toml();
        if text.len() as u64 > MAX_SAVE_BYTES {
            return Err(std::io::Error::other(FileError::TooLarge {
                path,
                limit: MAX_SAVE_BYTES,
            }));
        }
        std::fs::create_dir_all(&self.dir)?;
        files::write_atomic(&path, text.as_bytes())
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
        let png = self.thumbnail_path(slot);
        match thumbnail {
            Some((rgba, w, h)) => files::write_atomic(&png, &encode_png(rgba, w, h)?),
            None => {
                let _ = std::fs::remove_file(&png);
                Ok(())
            }
        }
    }

    /// What a slot holds, for the save and load screens.
    pub fn summary(&self, slot: &str, story: &Story) -> Slot {
        let path = self.path(slot);
        let metadata = match std::fs::metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Slot::Empty,
            metadata => metadata,
        };
        let when = metadata
            .and_then(|m| m.modified())
            .ok()
            .map(format_time)
            .unwrap_or_default();
        match self.read(slot, story) {
            Ok((state, _)) => {
                let scene = story.scene(state.scene());
                let thumbnail = Some(self.thumbnail_path(slot)).filter(|p| p.exists());
                Slot::Saved(Summary {
                    when,
                    chapter: scene.chapter.clone(),
                    scene: scene.title.clone().unwrap_or_else(|| scene.name.clone()),
                    scene_id: state.scene(),
                    thumbnail,
                })
            }
            Err(reason) => {
                log::warn!("save slot {slot} is damaged: {reason}");
                Slot::Damaged { when, reason }
            }
        }
    }

    /// The endings reached in any run (their ids).
    pub fn read_endings(&self) -> Record {
        self.read_record("endings.txt")
    }

    /// Adds `ending` to the endings reached.
    pub fn add_ending(&self, ending: &str) -> std::io::Result<()> {
        let record = self.read_endings();
        if record.keys.contains(ending) && record.problem.is_none() {
            return Ok(());
        }
        let mut keys = record.keys;
        keys.insert(ending.to_string());
        self.write_record("endings.txt", &keys)
    }

    /// The CGs seen in any run (their names): the gallery shows them.
    pub fn read_cgs(&self) -> Record {
        self.read_record("cgs.txt")
    }

    /// Adds `cg` to the CGs seen.
    pub fn add_cg(&self, cg: &str) -> std::io::Result<()> {
        let record = self.read_cgs();
        if record.keys.contains(cg) && record.problem.is_none() {
            return Ok(());
        }
        let mut keys = record.keys;
        keys.insert(cg.to_string());
        self.write_record("cgs.txt", &keys)
    }

    /// The music tracks heard in any run (their names): the music room plays them.
    pub fn read_music(&self) -> Record {
        self.read_record("music.txt")
    }

    /// Adds `track` to the tracks heard.
    pub fn add_music(&self, track: &str) -> std::io::Result<()> {
        let record = self.read_music();
        if record.keys.contains(track) && record.problem.is_none() {
            return Ok(());
        }
        let mut keys = record.keys;
        keys.insert(track.to_string());
        self.write_record("music.txt", &keys)
    }

    /// The keys of the lines read in earlier sittings (empty when there are none yet).
    pub fn read_seen(&self) -> Record {
        self.read_record("seen.txt")
    }

    /// Keeps the keys of the lines read.
    pub fn write_seen(&self, seen: &HashSet<String>) -> std::io::Result<()> {
        self.write_record("seen.txt", seen)
    }

    /// A record file: missing is empty; one that is too large or unreadable is empty with its
    /// problem; one that is not UTF-8 keeps the lines that are.
    fn read_record(&self, name: &str) -> Record {
        let path = self.dir.join(name);
        let bytes = match files::read_capped(&path, MAX_RECORD_BYTES) {
            Ok(bytes) => bytes,
            Err(e) if e.is_missing() => return Record::default(),
            Err(e) => {
                return Record {
                    keys: HashSet::new(),
                    problem: Some(e),
                }
            }
        };
        let (text, problem) = match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(e) => {
                // Only to report the place of the first bad byte: the read is the same.
                let problem = files::read_text(&path, MAX_RECORD_BYTES).err();
                (String::from_utf8_lossy(e.as_bytes()).into_owned(), problem)
            }
        };
        let keys = text
            .lines()
            .filter(|l| !l.is_empty() && !l.contains(char::REPLACEMENT_CHARACTER))
            .map(str::to_string)
            .collect();
        Record { keys, problem }
    }

    /// Writes a record file, one key a line, sorted.
    fn write_record(&self, name: &str, keys: &HashSet<String>) -> std::io::Result<()> {
        let mut keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        keys.sort_unstable();
        let text = keys.join("\n") + "\n";
        if text.len() as u64 > MAX_RECORD_BYTES {
            return Err(std::io::Error::other(FileError::TooLarge {
                path: self.dir.join(name),
                limit: MAX_RECORD_BYTES,
            }));
        }
        std::fs::create_dir_all(&self.dir)?;
        files::write_atomic(&self.dir.join(name), text.as_bytes())
    }

    /// Deletes `slot` if it exists (failures are only logged).
    pub fn remove(&self, slot: &str) {
        let path = self.path(slot);
        if path.exists() {
            if let Err(e) = std::fs::remove_file(&path) {
                log::warn!("{}: {e}", path.display());
            }
        }
    }

    /// Deletes `slot` and its thumbnail, whatever state they are in (a damaged slot too); a
    /// slot already gone is no error.
    pub fn delete(&self, slot: &str) -> std::io::Result<()> {
        for path in [self.path(slot), self.thumbnail_path(slot)] {
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }

    /// The state saved in `slot`, with warnings about what no longer matches the story.
    pub fn read(&self, slot: &str, story: &Story) -> Result<(StoryState, Vec<String>), SlotError> {
        let path = self.path(slot);
        let text = files::read_text(&path, MAX_SAVE_BYTES)?;
        let restored = SaveData::from_toml(&text).and_then(|data| story.restore(&data));
        restored.map_err(|source| SlotError::Save { path, source })
    }
}

/// RGBA pixels as PNG bytes.
fn encode_png(rgba: &[u8], w: u32, h: u32) -> std::io::Result<Vec<u8>> {
    use image::ImageEncoder;
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(rgba, w, h, image::ColorType::Rgba8)
        .map_err(std::io::Error::other)?;
    Ok(png)
}

/// A save slot as the save and load screens show it.
#[derive(Debug)]
pub enum Slot {
    Empty,
    Saved(Summary),
    /// The file is there but unreadable, or no longer fits the story.
    Damaged {
        when: String,
        reason: SlotError,
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
        assert!(matches!(saves.summary("slot-03", &story), Slot::Empty));
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
        assert_eq!(
            saves.read_endings().keys,
            HashSet::from(["done".to_string()])
        );
        let seen: HashSet<String> = ["a_1".to_string(), "b_2".to_string()].into();
        saves.write_seen(&seen).expect("writable temp dir");
        assert_eq!(saves.read_seen().keys, seen);
        std::fs::write(dir.join("auto.toml"), "garbage = [").expect("writable");
        assert!(saves.read("auto", &story).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
