//! What a translation file may be before Fluent sees it. fluent-syntax parses nested placeables
//! (`{ { ... } }`), selects and call arguments by recursion, so a file nested a few thousand deep
//! overflows the stack and aborts the process: `too_deep` finds that with one flat pass first.
//! A file is also read only up to `MAX_FTL_BYTES`.

/// The largest `.ftl` file read: about 14 times the bundled story's whole Japanese translation.
pub const MAX_FTL_BYTES: u64 = 8 * 1024 * 1024;

/// How deep placeables, selects and call arguments may nest in one message. Real translations
/// nest two or three deep (a plural inside a select); fluent-syntax overflows a 2 MiB thread's
/// stack in a debug build between 200 and 400.
pub const MAX_NESTING: usize = 32;

/// What is open at a point of the scan, as the Fluent parser would see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    /// `{` and the expression after it.
    Placeable,
    /// A placeable past its `->`: variants, whose values are text.
    Select,
    /// `(`: a call's arguments.
    Call,
}

/// The byte offset where `text` first nests deeper than `MAX_NESTING`, or `None`.
///
/// The scan follows the parser only as far as nesting needs: `{` opens a placeable anywhere
/// outside a string literal; `(` opens arguments only inside an expression (in text it is text);
/// string literals (inside expressions only) end at their closing quote or at the end of the
/// line, as the parser's do. Two facts of the parser make one pass enough, even on broken input:
/// a line that starts `id =` or `-id =` is where it starts an entry at depth 0 (inside an open
/// expression or a variant, that line is an error that ends the entry), so the count starts
/// again there; and a line that starts with `#` is a comment, or an error, never nesting.
pub fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if i == 0 || bytes[i - 1] == b'\n' {
            if bytes[i] == b'#' {
                i = line_end(bytes, i) + 1;
                continue;
            }
            if starts_entry(&bytes[i..]) {
                open.clear();
            }
        }
        let in_expression = matches!(open.last(), Some(Open::Placeable | Open::Call));
        match bytes[i] {
            b'{' => open.push(Open::Placeable),
            b'(' if in_expression => open.push(Open::Call),
            b')' if open.last() == Some(&Open::Call) => {
                open.pop();
            }
            b'}' => {
                // Closes the innermost placeable or select (an unclosed call before it is a
                // syntax error that ends the entry).
                while let Some(o) = open.pop() {
                    if o != Open::Call {
                        break;
                    }
                }
            }
            b'"' if in_expression => i = string_end(bytes, i + 1),
            b'-' if open.last() == Some(&Open::Placeable) && bytes.get(i + 1) == Some(&b'>') => {
                *open.last_mut().expect("matched Some above") = Open::Select;
                i += 1;
            }
            _ => {}
        }
        if open.len() > MAX_NESTING {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The offset of the `\n` that ends the line `i` is on (or the text's length).
fn line_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |n| i + n)
}

/// The offset of the quote that closes a string literal whose text starts at `i`, or of the end
/// of its line: a string never spans lines, not even after a backslash.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\n' => return i,
            b'\\' if bytes.get(i + 1).is_some_and(|&b| b != b'\n') => i += 2,
            _ => i += 1,
        }
    }
    i
}

/// Whether a line starts an entry: `id =` or `-id =` (blanks before `=` are spaces only).
fn starts_entry(line: &[u8]) -> bool {
    let line = line.strip_prefix(b"-").unwrap_or(line);
    if !line.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let id_end = line
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))
        .unwrap_or(line.len());
    line[id_end..]
        .iter()
        .find(|&&b| b != b' ')
        .is_some_and(|&b| b == b'=')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!("deep = {}\"x\"{}\n", "{ ".repeat(depth), " }".repeat(depth))
    }

    #[test]
    fn nesting_up_to_the_limit_is_accepted_and_one_more_is_not() {
        assert_eq!(too_deep(&nested(MAX_NESTING)), None);
        let over = nested(MAX_NESTING + 1);
        assert_eq!(too_deep(&over), Some(over.find("{ \"").expect("innermost")));
    }

    #[test]
    fn calls_and_selects_nest_like_placeables() {
        let calls = format!(
            "n = {{ {}1{} }}\n",
            "NUMBER(".repeat(MAX_NESTING),
            ")".repeat(MAX_NESTING)
        );
        assert!(too_deep(&calls).is_some());
        let mut select = String::from("s = ");
        for _ in 0..=MAX_NESTING {
            select.push_str("{ $n ->\n  *[other] ");
        }
        assert!(too_deep(&select).is_some());
    }

    #[test]
    fn braces_and_parentheses_that_do_not_nest_are_not_counted() {
        let text = "# {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n\
                    a = (((((((((((((((((((((((((((((((((((((((( text\n\
                    b = {\"{\"} literal { \"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\" }\n";
        assert_eq!(too_deep(text), None);
        // Each message starts again at depth 0, even after one left braces open.
        let unclosed = "bad = {\n".repeat(MAX_NESTING * 2);
        assert_eq!(too_deep(&unclosed), None);
    }

    #[test]
    fn a_string_cannot_hide_nesting_on_the_lines_after_it() {
        // The parser ends the string at the line's end (an error), and reads the next entry.
        let text = format!("a = {{ \"open\\\n{}", nested(MAX_NESTING + 1));
        assert!(too_deep(&text).is_some());
        // Inside an open placeable, an `id =` line is an error that ends the entry: the next
        // entry starts again at 0 in the parser, and so in the scan.
        let text = format!("a = {{{{{{\n{}", nested(MAX_NESTING));
        assert_eq!(too_deep(&text), None);
    }
}
