//! Source files of a story and positions inside them. A `Span` is a byte range in one file;
//! it is all a diagnostic needs to show file, line, column and the source line.

use std::path::PathBuf;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        // Offsets are `u32`s to keep spans small. `load` reads scripts of at most
        // `files::MAX_SCRIPT_BYTES`, but `load_str` and the LSP take text of any size: spans
        // past 4 GiB are clamped to it (this is the check), never wrapped to the start.
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span {
            file,
            start: offset(start),
            end: offset(end),
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The same place after `by` bytes were inserted (or removed, when negative) before it.
    pub fn shifted(self, by: isize) -> Span {
        let at = |offset: u32| (offset as isize + by).max(0) as u32;
        Span {
            file: self.file,
            start: at(self.start),
            end: at(self.end),
        }
    }

    /// The smallest span covering both (same file assumed).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in diagnostics, relative to where the user ran the command when possible.
    pub name: String,
    pub path: PathBuf,
    pub text: String,
    /// Where each line starts, found the first time a line number is asked for.
    line_starts: OnceLock<Vec<usize>>,
}

/// Every file a diagnostic may point into: the scripts and the manifest.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn add(&mut self, name: impl Into<String>, path: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile {
            name: name.into(),
            path,
            text,
            line_starts: OnceLock::new(),
        });
        FileId(self.files.len() as u32 - 1)
    }

    /// Gives the file `id` new text (an edit), forgetting where its old lines started.
    pub fn replace(&mut self, id: FileId, text: String) {
        let file = &mut self.files[id.0 as usize];
        file.text = text;
        file.line_starts = OnceLock::new();
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// `line_col` in one of the files. Its line starts are found once and kept (counting the
    /// newlines before the offset, for every hint that names a place, made a script of many
    /// such hints quadratic).
    pub fn line_col(&self, file: FileId, offset: u32) -> (usize, usize) {
        let file = self.get(file);
        let starts = file.line_starts.get_or_init(|| line_starts(&file.text));
        line_col_in(&file.text, starts, offset as usize)
    }
}

/// 1-based line and column (in characters, as an editor shows them) of a byte offset in
/// `text`; an offset past the end or inside a character means the nearest place before it.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    line_col_in(text, &line_starts(text), offset)
}

/// Where each line of `text` starts.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn line_col_in(text: &str, starts: &[usize], offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line = starts.partition_point(|&start| start <= offset);
    let line_start = starts[line - 1];
    (line, text[line_start..offset].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_lines_and_characters_from_one() {
        let mut sources = Sources::default();
        let file = sources.add("a.vn", "a.vn".into(), "ab\ncdé f\n\nx".to_string());
        let at = |offset| sources.line_col(file, offset);
        assert_eq!(
            [at(0), at(2), at(3), at(9), at(10), at(11)],
            [(1, 1), (1, 3), (2, 1), (2, 6), (3, 1), (4, 1)]
        );
        // Past the end, or inside a character: the nearest place before it.
        assert_eq!([at(100), at(6)], [(4, 2), (2, 3)]);
        // The same for text outside `Sources`.
        assert_eq!(line_col("ab\ncdé f\n\nx", 9), (2, 6));
        assert_eq!(line_col("ab", 100), (1, 3));
        assert_eq!(line_col("", 5), (1, 1));
    }

    #[test]
    fn offsets_past_4_gib_are_clamped_never_wrapped() {
        let far = u32::MAX as usize + 10;
        let span = Span::new(FileId(0), 7, far);
        assert_eq!((span.start, span.end), (7, u32::MAX));
    }
}
