//! Live reload for writers: `spearhead play STORY --watch` watches the story's scripts, manifest and
//! translations, and when one is saved, loads the story again and carries the reading over to
//! the same line (by its line ID) with the same state, the way a save is carried over an edit.
//! No macroquad here: the app loop asks `Watch::changed` and draws what `reload` returns.

use spearhead_core::runtime::StoryState;
use spearhead_core::Story;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// How often the files are looked at. A look is a few `stat` calls: with the load of the
/// bundled story (about 60 ms), an edit shows within 200 ms of its save.
pub const POLL: Duration = Duration::from_millis(100);

/// The files that make the story, and when each last changed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp(Vec<(PathBuf, Option<SystemTime>, u64)>);

/// The story folder being watched.
pub struct Watch {
    root: PathBuf,
    stamp: Stamp,
    next_look: Instant,
    /// When the change being loaded was saved (the newest file time), for `SPEARHEAD_TIMING`.
    saved_at: Option<SystemTime>,
}

impl Watch {
    pub fn new(root: &Path) -> Watch {
        Watch {
            root: root.to_path_buf(),
            stamp: stamp(root),
            next_look: Instant::now() + POLL,
            saved_at: None,
        }
    }

    /// True once after any of the story's files was saved, added or removed (looked at most
    /// every `POLL`).
    pub fn changed(&mut self) -> bool {
        if Instant::now() < self.next_look {
            return false;
        }
        self.next_look = Instant::now() + POLL;
        let now = stamp(&self.root);
        if now == self.stamp {
            return false;
        }
        self.saved_at = now.0.iter().filter_map(|(_, t, _)| *t).max();
        self.stamp = now;
        true
    }

    /// How long until the next look, for an idle loop to sleep.
    pub fn until_next_look(&self) -> Duration {
        self.next_look.saturating_duration_since(Instant::now())
    }

    /// Once after a change was loaded and drawn: how long ago it was saved (logged, and in
    /// docs/PERFORMANCE.md).
    pub fn take_shown(&mut self) -> Option<Duration> {
        self.saved_at.take().and_then(|t| t.elapsed().ok())
    }

    /// The story as its files are now, or the checker's report (file, line, column, hint) of
    /// why it does not load.
    pub fn load(&self) -> Result<Story, String> {
        let loaded = spearhead_core::load(&self.root);
        if loaded.has_errors() {
            return Err(loaded.render_errors_ascii());
        }
        loaded
            .story
            .ok_or_else(|| format!("{} holds no story", self.root.display()))
    }
}

/// The reading `state` of `before`, carried over to the same place in `after`: the line by its
/// ID, variables and stats by name, the stage as it was. What the edit removed is a warning
/// (logged); a reading whose scene is gone cannot be carried over, and says why.
pub fn carry_over(
    before: &Story,
    after: &Story,
    state: &StoryState,
) -> Result<(StoryState, Vec<String>), String> {
    after
        .restore(&before.save(state))
        .map_err(|e| format!("the place being read is not in the edited story: {e}"))
}

/// The story's scripts and manifest (`*.vn`, `story.toml` in its folder) and translations
/// (`locales/*/*.ftl`), sorted, with their modification times and sizes.
fn stamp(root: &Path) -> Stamp {
    let mut files = Vec::new();
    let wanted = |p: &Path| {
        p.extension().is_some_and(|e| e == "vn") || p.file_name().is_some_and(|n| n == "story.toml")
    };
    list(root, &wanted, &mut files);
    if let Ok(locales) = std::fs::read_dir(root.join("locales")) {
        for locale in locales.flatten() {
            list(
                &locale.path(),
                &|p| p.extension().is_some_and(|e| e == "ftl"),
                &mut files,
            );
        }
    }
    files.sort();
    Stamp(files)
}

fn list(
    dir: &Path,
    wanted: &dyn Fn(&Path) -> bool,
    out: &mut Vec<(PathBuf, Option<SystemTime>, u64)>,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if !wanted(&path) {
            continue;
        }
        if let Ok(meta) = entry.metadata() {
            out.push((path, meta.modified().ok(), meta.len()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = "title = \"T\"\nstart = \"a\"\n[endings.done]\ntitle = \"Done\"\n";

    fn folder(name: &str, script: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("spearhead-reload-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("locales/fr-FR")).expect("temp dir is writable");
        std::fs::write(dir.join("story.toml"), MANIFEST).expect("writable");
        std::fs::write(dir.join("s.vn"), script).expect("writable");
        dir
    }

    fn look_now(watch: &mut Watch) -> bool {
        watch.next_look = Instant::now();
        watch.changed()
    }

    #[test]
    fn a_saved_script_or_translation_is_a_change_and_an_unrelated_file_is_not() {
        let dir = folder("watch", "scene a\n> One.  #one\nend done\n");
        let mut watch = Watch::new(&dir);
        assert!(!look_now(&mut watch), "nothing changed yet");
        std::fs::write(dir.join("notes.txt"), "not part of the story").expect("writable");
        assert!(!look_now(&mut watch), "a file that is not the story's");
        std::fs::write(
            dir.join("s.vn"),
            "scene a\n> One, edited.  #one\nend done\n",
        )
        .expect("w");
        assert!(look_now(&mut watch), "a script saved");
        assert!(!look_now(&mut watch), "a change is told once");
        std::fs::write(dir.join("locales/fr-FR/story.ftl"), "one = Un.\n").expect("writable");
        assert!(look_now(&mut watch), "a translation added");
        std::fs::write(dir.join("b.vn"), "scene b\n> Two.\nend done\n").expect("writable");
        assert!(look_now(&mut watch), "a script added");
    }

    #[test]
    fn the_reading_carries_over_to_the_same_line_by_its_id() {
        let dir = folder(
            "carry",
            "var met = false\nscene a\n> One.  #one\nmet = true\n> Two.  #two\nend done\n",
        );
        let watch = Watch::new(&dir);
        let before = watch.load().expect("loads");
        let mut state = StoryState::new(&before);
        before.advance(&mut state).expect("runs");
        before.advance(&mut state).expect("runs");
        // A line added above the one being read, and its text changed: the reader stays on it.
        std::fs::write(
            dir.join("s.vn"),
            "var met = false\nscene a\n> Zero.  #zero\n> One.  #one\nmet = true\n> Two, edited.  #two\nend done\n",
        )
        .expect("writable");
        let after = watch.load().expect("loads");
        let (moved, warnings) = carry_over(&before, &after, &state).expect("carried over");
        assert!(warnings.is_empty(), "{warnings:?}");
        let line = after.current(&moved).expect("on a line");
        match line {
            spearhead_core::runtime::Event::Line(line) => assert_eq!(line.text, "Two, edited."),
            other => panic!("not a line: {other:?}"),
        }
        assert_eq!(after.save(&moved).variables, before.save(&state).variables);
    }

    #[test]
    fn a_broken_edit_reports_where_and_a_scene_removed_says_why_it_cannot_go_on() {
        let dir = folder("broken", "scene a\n> One.  #one\nend done\n");
        let watch = Watch::new(&dir);
        let before = watch.load().expect("loads");
        std::fs::write(dir.join("s.vn"), "scene a\n> One.  #one\njump nowhere\n").expect("w");
        let report = watch.load().expect_err("does not load");
        assert!(report.contains("s.vn:3:"), "{report}");
        assert!(report.contains("nowhere"), "{report}");

        let mut state = StoryState::new(&before);
        before.advance(&mut state).expect("runs");
        std::fs::write(dir.join("s.vn"), "scene b\n> Other.\nend done\n").expect("w");
        std::fs::write(dir.join("story.toml"), MANIFEST.replace("\"a\"", "\"b\"")).expect("w");
        let after = watch.load().expect("loads");
        let why = carry_over(&before, &after, &state).expect_err("scene a is gone");
        assert!(why.contains('a'), "{why}");
    }
}
