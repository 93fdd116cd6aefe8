//! What a translation file may be before Fluent sees it. fluent-syntax parses nested placeables
//! (`{ { ... } }`), selects and call arguments by recursion, so a file nested a few thousand deep
//! overflows the stack and aborts the process: `too_deep` finds that with one flat pass first.
//! A file is also read only up to `files::MAX_FTL_BYTES` (re-exported here).

/// The largest `.ftl` file read (one cap for every tool: `files.rs` keeps them all).
pub use crate::files::MAX_FTL_BYTES;

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
    deepest(text, MAX_NESTING).err()
}

/// The deepest nesting in `text`, or the offset where it first goes deeper than `limit`.
fn deepest(text: &str, limit: usize) -> Result<usize, usize> {
    let mut max = 0;
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
        if open.len() > limit {
            return Err(i);
        }
        max = max.max(open.len());
        i += 1;
    }
    Ok(max)
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
    use fluent_syntax::ast;

    fn pattern_depth(pattern: &ast::Pattern<&str>) -> usize {
        let placeables = pattern.elements.iter().map(|e| match e {
            ast::PatternElement::Placeable { expression } => 1 + expression_depth(expression),
            ast::PatternElement::TextElement { .. } => 0,
        });
        placeables.max().unwrap_or(0)
    }

    fn expression_depth(expression: &ast::Expression<&str>) -> usize {
        match expression {
            ast::Expression::Inline(inline) => inline_depth(inline),
            ast::Expression::Select { selector, variants } => variants
                .iter()
                .map(|v| pattern_depth(&v.value))
                .fold(inline_depth(selector), usize::max),
        }
    }

    fn inline_depth(inline: &ast::InlineExpression<&str>) -> usize {
        match inline {
            ast::InlineExpression::FunctionReference { arguments, .. }
            | ast::InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                1 + arguments
                    .positional
                    .iter()
                    .map(inline_depth)
                    .max()
                    .unwrap_or(0)
            }
            ast::InlineExpression::Placeable { expression } => 1 + expression_depth(expression),
            _ => 0,
        }
    }

    #[test]
    fn the_scan_never_counts_less_nesting_than_the_parser_builds() {
        // Random texts from the tokens that matter; SplitMix64, seeded.
        let tokens = [
            "{", "{", "}", "}", "(", ")", "\"", "\\", "\n", "\n", "->", "[a]", "*[b]", " ", "F(",
            "$x", "abc", "a = ", "-t = ", "#", "m = ", "1", ",", "\n  ", ":",
        ];
        let mut seed: u64 = 13;
        let mut next = |n: usize| {
            seed = seed.wrapping_add(0x9e3779b97f4a7c15);
            let mut z = seed;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
            ((z ^ (z >> 31)) % n as u64) as usize
        };
        let mut entries = 0;
        for _ in 0..20_000 {
            let text: String = (0..1 + next(30))
                .map(|_| tokens[next(tokens.len())])
                .collect();
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            let scanned = deepest(&text, usize::MAX).expect("no limit");
            for entry in &resource.body {
                let built = match entry {
                    ast::Entry::Message(m) => m
                        .value
                        .iter()
                        .chain(m.attributes.iter().map(|a| &a.value))
                        .map(pattern_depth)
                        .max()
                        .unwrap_or(0),
                    ast::Entry::Term(t) => pattern_depth(&t.value),
                    _ => continue,
                };
                entries += 1;
                assert!(
                    built <= scanned,
                    "{text:?}: the parser nests {built}, the scan saw {scanned}"
                );
            }
        }
        assert!(entries > 1_000, "only {entries} entries parsed");
    }

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
