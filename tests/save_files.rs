//! The save folder as a reader's disk may leave it (issue 13): every kind of damaged slot is
//! shown as damaged with its reason while the other slots load; a damaged thumbnail leaves its
//! save loadable; damaged settings and records (`endings.txt`, `seen.txt`) fall back without
//! stopping the game and keep what can be read; nothing is written that could not be read back.

use spearhead_core::files::{FileError, MAX_SAVE_BYTES};
use spearhead_core::{SaveError, Story, StoryState};
use spearhead_player::loader::{self, PictureError};
use spearhead_player::saves::{Saves, Slot, SlotError};
use spearhead_player::settings::Settings;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

const MANIFEST: &str =
    "title = \"Save files\"\nstart = \"office\"\n[endings.done]\ntitle = \"Done\"\n";
const SCRIPT: &str = "scene office\n> One.\n> Two.\n> Three.\nend done\n";

fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "spearhead-save-files-{}-{test}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    dir
}

fn story_titled(title: &str) -> Story {
    let manifest = MANIFEST.replace("Save files", title);
    let loaded = spearhead_core::load_str(Path::new("."), &manifest, &[("office.vn", SCRIPT)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    loaded.story.expect("no errors")
}

/// The story two lines in.
fn state_of(story: &Story) -> StoryState {
    let mut state = StoryState::new(story);
    story.advance(&mut state).expect("runs");
    story.advance(&mut state).expect("runs");
    state
}

/// A 4x2 thumbnail, all grey.
const THUMBNAIL: ([u8; 32], u32, u32) = ([128; 32], 4, 2);

/// Writes `bytes` over `name` in `dir`.
fn put(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("temp dir is writable");
}

/// A file of `size` bytes that takes no room on disk.
fn sparse(path: &Path, size: u64) {
    let file = std::fs::File::create(path).expect("temp dir is writable");
    file.set_len(size).expect("sparse files");
}

/// Bytes that are not UTF-8 anywhere near the start (a fixed pseudo-random sequence).
fn noise(len: usize) -> Vec<u8> {
    let mut x: u32 = 0x9e37_79b9;
    (0..len)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            if i == 0 {
                0xff
            } else {
                x as u8
            }
        })
        .collect()
}

/// The reason a slot is damaged; panics if it is not.
fn damage(saves: &Saves, slot: &str, story: &Story) -> SlotError {
    match saves.summary(slot, story) {
        Slot::Damaged { reason, .. } => {
            assert!(saves.read(slot, story).is_err(), "{slot} loads");
            reason
        }
        Slot::Saved(_) => panic!("{slot} shows as saved"),
        Slot::Empty => panic!("{slot} shows as empty"),
    }
}

#[test]
fn every_kind_of_damaged_slot_shows_as_damaged_with_its_reason_while_the_others_load() {
    let dir = folder("damaged");
    let story = story_titled("Save files");
    let state = state_of(&story);
    let saves = Saves::in_dir(&dir);
    let (rgba, w, h) = THUMBNAIL;
    for slot in ["slot-01", "slot-02", "slot-12"] {
        saves
            .write_with_thumbnail(slot, &story, &state, Some((&rgba, w, h)))
            .expect("writable");
    }
    let good = std::fs::read_to_string(dir.join("slot-01.toml")).expect("written");

    // Truncated: the first half of a good save.
    put(&dir, "slot-02.toml", &good.as_bytes()[..good.len() / 2]);
    put(&dir, "slot-03.toml", b"");
    put(&dir, "slot-04.toml", &noise(3000));
    put(&dir, "slot-05.toml", b"version = \"one\"\nscene = 3\n");
    put(
        &dir,
        "slot-06.toml",
        good.replace("version = 1", "version = 99").as_bytes(),
    );
    let other = story_titled("Another Story");
    Saves::in_dir(&dir)
        .write("slot-07", &other, &state_of(&other))
        .expect("writable");
    // 2 GB, sparse: refused before a byte is read (the Load screen froze 30 s on one).
    sparse(&dir.join("slot-08.toml"), 2 << 30);
    put(
        &dir,
        "slot-09.toml",
        good.replace("\"office\"", "\"gone\"").as_bytes(),
    );
    std::fs::create_dir(dir.join("slot-10.toml")).expect("writable");
    std::os::unix::fs::symlink("/dev/zero", dir.join("slot-11.toml")).expect("symlinks");

    let file = |slot| match damage(&saves, slot, &story) {
        SlotError::File(e) => e,
        other => panic!("{slot}: {other}"),
    };
    let save = |slot| match damage(&saves, slot, &story) {
        SlotError::Save { source, .. } => source,
        other => panic!("{slot}: {other}"),
    };
    assert!(
        matches!(save("slot-02"), SaveError::Corrupt(_)),
        "truncated"
    );
    assert!(matches!(save("slot-03"), SaveError::Corrupt(_)), "empty");
    assert!(
        matches!(
            file("slot-04"),
            FileError::NotText {
                line: 1,
                column: 1,
                ..
            }
        ),
        "random bytes"
    );
    assert!(
        matches!(save("slot-05"), SaveError::Corrupt(_)),
        "wrong fields"
    );
    assert_eq!(save("slot-06"), SaveError::TooNew { found: 99 });
    assert_eq!(
        save("slot-07"),
        SaveError::OtherStory {
            title: "Another Story".into()
        }
    );
    assert!(
        matches!(file("slot-08"), FileError::TooLarge { limit, .. } if limit == MAX_SAVE_BYTES),
        "huge"
    );
    assert_eq!(save("slot-09"), SaveError::SceneGone("gone".into()));
    assert!(
        matches!(file("slot-10"), FileError::NotAFile { .. }),
        "a folder"
    );
    assert!(
        matches!(file("slot-11"), FileError::NotAFile { .. }),
        "a device"
    );

    // The good slots still load, whatever lies beside them.
    for slot in ["slot-01", "slot-12"] {
        assert!(
            matches!(saves.summary(slot, &story), Slot::Saved(_)),
            "{slot}"
        );
        let (loaded, warnings) = saves.read(slot, &story).expect("loads");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(story.current(&loaded), story.current(&state));
    }
    assert!(matches!(saves.summary("slot-13", &story), Slot::Empty));
}

#[test]
fn a_damaged_thumbnail_leaves_its_save_loadable() {
    let dir = folder("thumbnails");
    let story = story_titled("Save files");
    let state = state_of(&story);
    let saves = Saves::in_dir(&dir);
    let (rgba, w, h) = THUMBNAIL;
    for slot in ["slot-01", "slot-02", "slot-03", "slot-04"] {
        saves
            .write_with_thumbnail(slot, &story, &state, Some((&rgba, w, h)))
            .expect("writable");
    }
    put(&dir, "slot-02.png", &noise(500));
    // 70,000 pixels wide: it crashed the Save and Load screens each time they opened.
    image::save_buffer(
        dir.join("slot-03.png"),
        &[200; 70_000],
        70_000,
        1,
        image::ColorType::L8,
    )
    .expect("PNG written");
    sparse(&dir.join("slot-04.png"), 2 << 30);
    let thumbnail = |slot: &str| match saves.summary(slot, &story) {
        Slot::Saved(summary) => loader::load_thumbnail(&summary.thumbnail.expect("a thumbnail")),
        other => panic!("{slot}: {other:?}"),
    };
    let good = thumbnail("slot-01").expect("decodes");
    assert_eq!((good.width, good.height), (4, 2));
    assert!(matches!(
        thumbnail("slot-02"),
        Err(PictureError::Undecodable(_))
    ));
    assert!(matches!(
        thumbnail("slot-03"),
        Err(PictureError::TooLarge {
            width: 70_000,
            height: 1,
            ..
        })
    ));
    assert!(matches!(
        thumbnail("slot-04"),
        Err(PictureError::Unreadable(FileError::TooLarge { .. }))
    ));
}

/// Damages a file in the folder given.
type Damage = dyn Fn(&Path);

#[test]
fn damaged_settings_fall_back_to_the_defaults_and_say_why() {
    let cases: [(&str, &Damage); 4] = [
        ("huge", &|dir| sparse(&dir.join("settings.txt"), 2 << 30)),
        ("random", &|dir| put(dir, "settings.txt", &noise(200))),
        ("folder", &|dir| {
            std::fs::create_dir(dir.join("settings.txt")).expect("writable")
        }),
        ("device", &|dir| {
            std::os::unix::fs::symlink("/dev/zero", dir.join("settings.txt")).expect("symlinks")
        }),
    ];
    for (kind, damage) in cases {
        let dir = folder(&format!("settings-{kind}"));
        damage(&dir);
        let read = Settings::read(&dir);
        let expected = match kind {
            "huge" => matches!(read, Err(FileError::TooLarge { .. })),
            "random" => matches!(read, Err(FileError::NotText { .. })),
            _ => matches!(read, Err(FileError::NotAFile { .. })),
        };
        assert!(expected, "{kind}: {read:?}");
        assert_eq!(Settings::load(&dir), Settings::default(), "{kind}");
    }
    // Cut short: what is there is kept, the rest is the default.
    let dir = folder("settings-truncated");
    let mine = Settings {
        music_volume: 0.25,
        fullscreen: true,
        ..Settings::default()
    };
    mine.store(&dir).expect("writable");
    let text = std::fs::read_to_string(dir.join("settings.txt")).expect("written");
    let cut = text.find("fullscreen").expect("all keys written");
    put(&dir, "settings.txt", &text.as_bytes()[..cut]);
    let read = Settings::read(&dir).expect("readable");
    assert_eq!(read.music_volume, 0.25);
    assert!(!read.fullscreen);
}

#[test]
fn damaged_records_keep_what_can_be_read_and_are_written_whole_again() {
    let dir = folder("records");
    let saves = Saves::in_dir(&dir);
    // Two endings, then bytes that are not text, then a third.
    let mut endings = b"bitter\n".to_vec();
    endings.extend(noise(40));
    endings.extend(b"\nsweet\n");
    put(&dir, "endings.txt", &endings);
    let record = saves.read_endings();
    assert!(matches!(
        record.problem,
        Some(FileError::NotText { line: 2, .. })
    ));
    assert_eq!(
        record.keys,
        HashSet::from(["bitter".to_string(), "sweet".to_string()])
    );
    saves.add_ending("secret").expect("writable");
    let record = saves.read_endings();
    assert!(record.problem.is_none(), "{:?}", record.problem);
    assert_eq!(record.keys.len(), 3, "{:?}", record.keys);

    sparse(&dir.join("seen.txt"), 2 << 30);
    let record = saves.read_seen();
    assert!(matches!(record.problem, Some(FileError::TooLarge { .. })));
    assert!(record.keys.is_empty());
    let seen = HashSet::from(["office.1".to_string()]);
    saves.write_seen(&seen).expect("writable");
    assert_eq!(saves.read_seen().keys, seen);
    assert_eq!(
        std::fs::metadata(dir.join("seen.txt"))
            .expect("written")
            .len(),
        9
    );

    std::fs::remove_file(dir.join("endings.txt")).expect("removable");
    std::os::unix::fs::symlink("/dev/zero", dir.join("endings.txt")).expect("symlinks");
    let record = saves.read_endings();
    assert!(matches!(record.problem, Some(FileError::NotAFile { .. })));
}

#[test]
fn a_save_too_large_to_read_back_is_not_written() {
    // 2,000 variables of 2,100 characters each: a save of about 4.3 MB, past the 4 MiB a
    // save slot may be read.
    let text = "x".repeat(2_100);
    let declarations: String = (0..2_000)
        .map(|i| format!("var v{i} = \"{text}\"\n"))
        .collect();
    let uses: String = (0..2_000).map(|i| format!("> {{v{i}}}\n")).collect();
    let script = format!("{declarations}scene office\n{uses}end done\n");
    let loaded = spearhead_core::load_str(Path::new("."), MANIFEST, &[("big.vn", &script)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    let story = loaded.story.expect("no errors");
    let state = state_of(&story);
    let dir = folder("too-large");
    let saves = Saves::in_dir(&dir);
    put(&dir, "slot-01.toml", b"the old save");
    let error = saves
        .write("slot-01", &story, &state)
        .expect_err("too large");
    let inner = error.get_ref().and_then(|e| e.downcast_ref::<FileError>());
    assert!(matches!(inner, Some(FileError::TooLarge { .. })), "{error}");
    assert_eq!(
        std::fs::read(dir.join("slot-01.toml")).expect("still there"),
        b"the old save"
    );
}

/// Issue 15: a slot can be deleted from the save screens, a damaged one too: its save and its
/// thumbnail go, every other file stays, and a slot already gone is no error.
#[test]
fn deleting_a_slot_removes_it_and_its_thumbnail_and_nothing_else() {
    let story = story_titled("Save files");
    let state = state_of(&story);
    let dir = folder("delete");
    let saves = Saves::in_dir(&dir);
    let (pixels, w, h) = THUMBNAIL;
    for slot in ["auto", "quick", "slot-01", "slot-02"] {
        saves
            .write_with_thumbnail(slot, &story, &state, Some((&pixels, w, h)))
            .expect("writable");
    }
    put(&dir, "slot-03.toml", &noise(300));
    put(&dir, "slot-03.png", b"not a picture");

    saves.delete("slot-01").expect("deleted");
    saves
        .delete("slot-03")
        .expect("a damaged slot is deleted too");
    saves
        .delete("quick")
        .expect("the quick save is deleted too");
    saves
        .delete("slot-09")
        .expect("a slot already gone is no error");

    for gone in ["slot-01", "slot-03", "quick"] {
        assert!(matches!(saves.summary(gone, &story), Slot::Empty), "{gone}");
        assert!(
            !dir.join(format!("{gone}.png")).exists(),
            "{gone}'s thumbnail"
        );
    }
    for kept in ["auto", "slot-02"] {
        assert!(
            matches!(saves.summary(kept, &story), Slot::Saved(_)),
            "{kept}"
        );
        assert!(
            dir.join(format!("{kept}.png")).is_file(),
            "{kept}'s thumbnail"
        );
    }
}

/// Issue 15: the tracks a story plays unlock in the music room and stay unlocked in the next
/// run (`music.txt`); a damaged record is reported, what can be read is kept, and the next
/// track heard writes it whole again.
#[test]
fn the_music_heard_is_kept_between_runs_and_a_damaged_record_is_ignored() {
    use spearhead_core::story::StageDirection;
    use spearhead_core::Event;
    use spearhead_player::screens::music_room::note_heard;
    let dir = folder("music");
    std::fs::create_dir_all(dir.join("story/music")).expect("writable");
    for track in ["calm.ogg", "storm.ogg"] {
        put(&dir.join("story/music"), track, b"");
    }
    let manifest = MANIFEST.replace(
        "[endings.done]",
        "[music]\ncalm = \"music/calm.ogg\"\nstorm = \"music/storm.ogg\"\n[endings.done]",
    );
    let script = "scene office\nmusic play calm\n> One.\n> Two.\nend done\n";
    let loaded = spearhead_core::load_str(&dir.join("story"), &manifest, &[("o.vn", script)]);
    assert!(!loaded.has_errors(), "{}", loaded.render(false));
    let story = loaded.story.expect("no errors");
    let saves = Saves::in_dir(&dir.join("saves"));
    // Play the story as the game screen does: each track played is noted as heard.
    let mut state = StoryState::new(&story);
    for _ in 0..2 {
        for event in story.advance(&mut state).expect("runs") {
            if let Event::Stage(direction) = event {
                if let StageDirection::MusicPlay { track, .. } = &*direction {
                    note_heard(Some(&saves), track);
                }
            }
        }
    }
    let next_run = Saves::in_dir(&dir.join("saves"));
    let heard = next_run.read_music();
    assert!(heard.problem.is_none());
    assert_eq!(heard.keys, HashSet::from(["calm".to_string()]));

    // Damaged: a line of noise after the track heard.
    let mut damaged = b"calm\n".to_vec();
    damaged.extend(noise(40));
    put(&dir.join("saves"), "music.txt", &damaged);
    let record = next_run.read_music();
    assert!(record.problem.is_some(), "the damage is reported");
    assert!(record.keys.contains("calm"), "what can be read is kept");
    note_heard(Some(&next_run), "storm");
    let healed = next_run.read_music();
    assert!(healed.problem.is_none(), "written whole again");
    assert_eq!(
        healed.keys,
        HashSet::from(["calm".to_string(), "storm".to_string()])
    );
}
