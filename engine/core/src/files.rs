//! A story's files on disk, read and written safely: every read is capped in size and refuses
//! what is not a plain file, asset paths stay inside the assets folder (no `..`, no absolute
//! paths, no links that lead out), and writes go through a synced temporary file and a rename.
//! The size caps of everything the core reads, and of the assets `check` vets, live here.

use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};

const MIB: u64 = 1024 * 1024;

/// `story.toml` (the bundled story's is 9 KB).
pub const MAX_MANIFEST_BYTES: u64 = MIB;
/// One `.vn` script (the bundled story's largest is 50 KB).
pub const MAX_SCRIPT_BYTES: u64 = 8 * MIB;
/// One `.ftl` translation file (the bundled Japanese story.ftl is 0.6 MB).
pub const MAX_FTL_BYTES: u64 = 16 * MIB;
/// One save slot (a save of the bundled story is a few KB). Saves larger than this are never
/// written either, so every save the player writes can be read back.
pub const MAX_SAVE_BYTES: u64 = 4 * MIB;
/// One picture file, SVG or bitmap, and each file an SVG refers to (the largest bundled one is
/// 0.2 MB; a 4K PNG photo is about 20 MB).
pub const MAX_PICTURE_BYTES: u64 = 32 * MIB;
/// One music track or sound (kept in memory while it plays; the largest bundled is 0.7 MB, and
/// five minutes of CD-quality WAV is 53 MB).
pub const MAX_SOUND_BYTES: u64 = 64 * MIB;

/// One font file a look names (the bundled Japanese subset is 4 MB; a whole CJK font is about
/// 16 MB). The player keeps each font it loads in memory.
pub const MAX_FONT_BYTES: u64 = 32 * MIB;

/// Why a file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A folder, a device (`/dev/zero`), a pipe: reading it could block or never end.
    #[error("{} is not a plain file", path.display())]
    NotAFile { path: PathBuf },
    #[error("{} is larger than {} (the most allowed for this kind of file)", path.display(), size_text(*limit))]
    TooLarge { path: PathBuf, limit: u64 },
    #[error("{}:{line}:{column}: the file is not UTF-8 text", path.display())]
    NotText {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    /// The path leaves the folder it must stay in (through `..`, as an absolute path, or
    /// through a symbolic link).
    #[error("{} is outside {}", path.display(), folder.display())]
    Outside { path: PathBuf, folder: PathBuf },
}

impl FileError {
    /// Whether the file simply is not there (as opposed to being there and unusable).
    pub fn is_missing(&self) -> bool {
        matches!(self, FileError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }
}

/// `limit` in words: "4 MiB", "512 KiB", "100 bytes".
pub fn size_text(limit: u64) -> String {
    match limit {
        n if n >= MIB && n % MIB == 0 => format!("{} MiB", n / MIB),
        n if n >= 1024 && n % 1024 == 0 => format!("{} KiB", n / 1024),
        n => format!("{n} bytes"),
    }
}

/// The whole of the plain file at `path`, refused when larger than `limit` bytes. The size is
/// checked before anything is read (a 2 GB file is refused at once), and the read itself stops
/// past `limit` (a file that grows meanwhile cannot slip through).
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let io = |source| FileError::Io {
        path: path.to_path_buf(),
        source,
    };
    let not_a_file = || FileError::NotAFile {
        path: path.to_path_buf(),
    };
    // Asked before opening, too: opening a named pipe waits for a writer, perhaps forever.
    if !std::fs::metadata(path).map_err(io)?.is_file() {
        return Err(not_a_file());
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let metadata = file.metadata().map_err(io)?;
    if !metadata.is_file() {
        return Err(not_a_file());
    }
    let too_large = || FileError::TooLarge {
        path: path.to_path_buf(),
        limit,
    };
    if metadata.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// The plain text file at `path`, capped as in `read_capped`; text that is not UTF-8 is an
/// error naming the line and column of the first bad byte.
pub fn read_text(path: &Path, limit: u64) -> Result<String, FileError> {
    let bytes = read_capped(path, limit)?;
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // The bytes before the first bad one are UTF-8: `valid_up_to` says so.
        let good = std::str::from_utf8(good).unwrap_or_default();
        let (line, column) = crate::source::line_col(good, good.len());
        FileError::NotText {
            path: path.to_path_buf(),
            line,
            column,
        }
    })
}

/// The file `relative` names under `folder`, when it stays inside: the path may not be
/// absolute nor climb out with `..`, and when it exists, it may not lead out through a symbolic
/// link (the real path of an existing file is returned, so what is opened is what was vetted).
/// A path that stays inside but does not exist is returned as it is, for the caller to report.
pub fn inside(folder: &Path, relative: &str) -> Result<PathBuf, FileError> {
    let outside = || FileError::Outside {
        path: PathBuf::from(relative),
        folder: folder.to_path_buf(),
    };
    let climbs = Path::new(relative)
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if climbs {
        return Err(outside());
    }
    let joined = folder.join(relative);
    let Ok(real) = joined.canonicalize() else {
        return Ok(joined);
    };
    let real_folder = folder.canonicalize().map_err(|_| outside())?;
    if real.starts_with(&real_folder) {
        Ok(real)
    } else {
        Err(outside())
    }
}

/// Whether the existing file at `path` really is inside `folder` (following every link);
/// returns its real path. For files found by joining a folder and a name the story chose.
pub fn confined(folder: &Path, path: &Path) -> Result<PathBuf, FileError> {
    let real = path.canonicalize().map_err(|source| FileError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let real_folder = folder.canonicalize().map_err(|source| FileError::Io {
        path: folder.to_path_buf(),
        source,
    })?;
    if real.starts_with(&real_folder) {
        Ok(real)
    } else {
        Err(FileError::Outside {
            path: path.to_path_buf(),
            folder: folder.to_path_buf(),
        })
    }
}

/// Replaces the file at `path` with `bytes` so that a crash at any moment leaves the old file
/// or the new one whole: the bytes go to a temporary file beside it (`.<name>.tmp`), which is
/// synced to disk, renamed over `path`, and the folder synced so the rename itself survives a
/// power cut. One writer at a time: two writing the same file share the temporary name.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("no file name to write to"))?;
    let temp = path.with_file_name(format!(".{}.tmp", name.to_string_lossy()));
    write_synced(&temp, bytes)?;
    std::fs::rename(&temp, path)?;
    sync_folder_of(path)
}

/// Writes `bytes` to a new file at `path` and waits until they are on disk.
pub fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Syncs the folder holding `path`, so that a rename into it is on disk.
pub fn sync_folder_of(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => std::fs::File::open(folder)?.sync_all(),
        _ => std::fs::File::open(".")?.sync_all(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(test: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("spearhead-files-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir is writable");
        dir
    }

    #[test]
    fn a_file_larger_than_its_cap_is_refused_before_it_is_read() {
        let dir = folder("cap");
        let huge = dir.join("huge.png");
        // Sparse: 2 GB on paper, nothing on disk.
        let file = std::fs::File::create(&huge).expect("writable");
        file.set_len(2 << 30).expect("sparse files");
        assert!(matches!(
            read_capped(&huge, MAX_PICTURE_BYTES),
            Err(FileError::TooLarge { limit, .. }) if limit == MAX_PICTURE_BYTES
        ));
        std::fs::write(dir.join("small"), b"12345").expect("writable");
        assert_eq!(read_capped(&dir.join("small"), 5).expect("fits"), b"12345");
        assert!(matches!(
            read_capped(&dir.join("small"), 4),
            Err(FileError::TooLarge { .. })
        ));
    }

    #[test]
    fn devices_pipes_and_folders_are_not_read() {
        assert!(matches!(
            read_capped(Path::new("/dev/zero"), 10),
            Err(FileError::NotAFile { .. })
        ));
        assert!(matches!(
            read_capped(&folder("dir"), 10),
            Err(FileError::NotAFile { .. })
        ));
        let pipe = folder("pipe").join("pipe.vn");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if made.is_ok_and(|s| s.success()) {
            assert!(matches!(
                read_capped(&pipe, 10),
                Err(FileError::NotAFile { .. })
            ));
        }
        let missing = read_capped(&folder("missing").join("nothing"), 10).unwrap_err();
        assert!(missing.is_missing(), "{missing}");
    }

    #[test]
    fn text_that_is_not_utf8_is_reported_at_its_line_and_column() {
        let path = folder("utf8").join("bad.vn");
        std::fs::write(&path, b"scene a\n> caf\xc3\xa9 \xff\n").expect("writable");
        match read_text(&path, 100) {
            Err(FileError::NotText { line, column, .. }) => assert_eq!((line, column), (2, 8)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn asset_paths_stay_inside_their_folder() {
        let dir = folder("inside");
        let assets = dir.join("assets");
        std::fs::create_dir_all(assets.join("bg")).expect("writable");
        std::fs::write(assets.join("bg/ok.png"), b"x").expect("writable");
        std::fs::write(dir.join("secret.txt"), b"x").expect("writable");
        std::os::unix::fs::symlink(dir.join("secret.txt"), assets.join("bg/link.png"))
            .expect("symlinks");
        std::os::unix::fs::symlink(assets.join("bg/ok.png"), assets.join("alias.png"))
            .expect("symlinks");
        assert!(inside(&assets, "bg/ok.png").is_ok());
        assert!(inside(&assets, "./bg/ok.png").is_ok());
        assert!(inside(&assets, "alias.png").is_ok(), "a link that stays in");
        assert!(
            inside(&assets, "bg/not_yet.png").is_ok(),
            "missing is not outside"
        );
        for bad in [
            "../secret.txt",
            "bg/../../secret.txt",
            "../../../../etc/passwd",
            "/etc/passwd",
            "bg/link.png",
        ] {
            assert!(
                matches!(inside(&assets, bad), Err(FileError::Outside { .. })),
                "{bad}"
            );
        }
        assert!(confined(&assets, &assets.join("bg/ok.png")).is_ok());
        assert!(matches!(
            confined(&assets, &assets.join("bg/link.png")),
            Err(FileError::Outside { .. })
        ));
    }

    #[test]
    fn an_atomic_write_replaces_the_whole_file_and_leaves_no_temporary_behind() {
        let dir = folder("atomic");
        let path = dir.join("slot.toml");
        write_atomic(&path, b"old").expect("writable");
        write_atomic(&path, b"new and longer").expect("writable");
        assert_eq!(std::fs::read(&path).expect("written"), b"new and longer");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .expect("listable")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["slot.toml"]);
    }

    #[test]
    fn sizes_read_as_words() {
        assert_eq!(size_text(4 * MIB), "4 MiB");
        assert_eq!(size_text(64 * 1024), "64 KiB");
        assert_eq!(size_text(1000), "1000 bytes");
    }
}
