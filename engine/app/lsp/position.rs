//! Where things are, as the protocol says it: a line and a column counted in UTF-16 code units
//! (the protocol's default), and files as `file://` URIs. Spearhead counts bytes.

use lsp_types::{Position, Range, Uri};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The position of byte `offset` in `text` (clamped to the text, and to a character boundary).
pub fn position(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let character = before[line_start..].encode_utf16().count();
    Position::new(line as u32, character as u32)
}

pub fn range(text: &str, start: usize, end: usize) -> Range {
    Range::new(position(text, start), position(text, end))
}

/// The byte offset of `at` in `text`: `None` past the last line; a column past a line's end
/// is its end.
pub fn offset(text: &str, at: Position) -> Option<usize> {
    let mut line_start = 0;
    for _ in 0..at.line {
        line_start += text[line_start..].find('\n')? + 1;
    }
    let line = text[line_start..].split('\n').next().unwrap_or_default();
    let mut units = 0;
    for (i, c) in line.char_indices() {
        if units >= at.character as usize {
            return Some(line_start + i);
        }
        units += c.len_utf16();
    }
    Some(line_start + line.len())
}

/// The file a `file://` URI names (percent-escapes decoded); `None` for other schemes.
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    let mut bytes = Vec::with_capacity(rest.len());
    let mut iter = rest.bytes();
    while let Some(b) = iter.next() {
        if b == b'%' {
            let hex = [iter.next()?, iter.next()?];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
        } else {
            bytes.push(b);
        }
    }
    Some(PathBuf::from(String::from_utf8(bytes).ok()?))
}

/// The `file://` URI of an absolute path, with every byte but the unreserved ones and `/`
/// escaped.
pub fn uri_of(path: &Path) -> Option<Uri> {
    let mut text = String::from("file://");
    for b in path.to_str()?.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                text.push(b as char)
            }
            _ => text.push_str(&format!("%{b:02X}")),
        }
    }
    Uri::from_str(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units_and_offsets_come_back() {
        let text = "scene a\n> 日本語 and é\n";
        let at = text.find("and").expect("in the text");
        // 日本語 is three units, one each; the line starts with "> ".
        assert_eq!(position(text, at), Position::new(1, 6));
        assert_eq!(offset(text, Position::new(1, 6)), Some(at));
        // A column past the end is the end of the line.
        assert_eq!(offset(text, Position::new(0, 99)), Some(7));
        assert_eq!(offset(text, Position::new(9, 0)), None);
    }

    #[test]
    fn paths_with_spaces_and_accents_round_trip_through_uris() {
        let path = Path::new("/tmp/my story/scène.vn");
        let uri = uri_of(path).expect("an absolute UTF-8 path");
        assert_eq!(uri.as_str(), "file:///tmp/my%20story/sc%C3%A8ne.vn");
        assert_eq!(path_of(&uri).as_deref(), Some(path));
    }
}
