//! A translation's `.ftl` file as the merging tools see it: a header, then blocks, each a message
//! (with the comment lines right above it), an untranslated placeholder, or anything else (a `##`
//! heading, a term). Blocks hold the file's bytes exactly, so a file is its header and its blocks
//! put back together, and a tool can move or add blocks without touching what a translator wrote.

use super::ftl::HASH_COMMENT;

/// The comment line that keeps the source text a message was translated from.
pub const SOURCE_COMMENT: &str = "source:";
/// The comment line that stands for a message not translated yet: `# untranslated: ID`.
pub const UNTRANSLATED_COMMENT: &str = "untranslated:";
/// The heading above messages whose lines left the story.
pub const OBSOLETE_HEADING: &str = "## Obsolete";

/// What a block is.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A message, with its ID.
    Message(String),
    /// `# untranslated: ID` and the comments above it.
    Untranslated(String),
    /// A heading, a term, a comment of its own.
    Other,
}

/// A run of whole lines of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: Kind,
    pub text: String,
}

/// A parsed translation file: `header` + every block's `text` is the file, byte for byte.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Document {
    pub header: String,
    pub blocks: Vec<Block>,
}

impl Document {
    pub fn parse(text: &str) -> Document {
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let starts = block_starts(&lines);
        let first = starts.first().map_or(lines.len(), |(i, _)| *i);
        let mut document = Document {
            header: lines[..first].concat(),
            blocks: Vec::new(),
        };
        for (n, (start, kind)) in starts.iter().enumerate() {
            let end = starts.get(n + 1).map_or(lines.len(), |(i, _)| *i);
            document.blocks.push(Block {
                kind: kind.clone(),
                text: lines[*start..end].concat(),
            });
        }
        document
    }

    /// Inserts a block at `at`, with a blank line between it and what comes before.
    pub fn insert(&mut self, at: usize, mut block: Block) {
        let before = match at {
            0 => &self.header,
            n => &self.blocks[n - 1].text,
        };
        if !before.is_empty() && !before.ends_with("\n\n") {
            block.text.insert(0, '\n');
        }
        self.blocks.insert(at, block);
    }

    /// The file again.
    pub fn text(&self) -> String {
        let mut out = self.header.clone();
        for block in &self.blocks {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&block.text);
        }
        out
    }

    /// Where the obsolete section begins (its heading), if there is one.
    pub fn obsolete_start(&self) -> Option<usize> {
        self.blocks.iter().position(|b| {
            b.kind == Kind::Other && b.text.trim_start().starts_with(OBSOLETE_HEADING)
        })
    }
}

/// The first line of each block and what it is. A message or a placeholder begins with the
/// single-`#` comment lines right above it (a `# untranslated:` line directly above a message is
/// only a comment of that message).
fn block_starts(lines: &[&str]) -> Vec<(usize, Kind)> {
    let mut starts = Vec::new();
    let mut comment_run: Option<usize> = None;
    // The last `# untranslated:` line of the run: (line, ID).
    let mut marker: Option<(usize, String)> = None;
    for (i, line) in lines.iter().enumerate() {
        if is_single_comment(line) {
            comment_run.get_or_insert(i);
            if let Some(id) = comment_value(line, UNTRANSLATED_COMMENT) {
                marker = Some((i, id.trim().to_string()));
            }
            continue;
        }
        let run = comment_run.take();
        if let Some(id) = message_id_of(line) {
            let mut start = run.unwrap_or(i);
            // A translator wrote another message right under a placeholder: the placeholder
            // ends at its marker.
            if let Some((at, other)) = marker.take().filter(|(_, m)| m != id) {
                starts.push((start, Kind::Untranslated(other)));
                start = at + 1;
            }
            starts.push((start, Kind::Message(id.to_string())));
            continue;
        }
        if let (Some((_, id)), Some(run)) = (marker.take(), run) {
            starts.push((run, Kind::Untranslated(id)));
        }
        let heading = line.starts_with("##") && !line.starts_with("###");
        if heading || line.starts_with('-') {
            starts.push((i, Kind::Other));
        }
    }
    if let (Some((_, id)), Some(run)) = (marker, comment_run) {
        starts.push((run, Kind::Untranslated(id)));
    }
    starts
}

fn is_single_comment(line: &str) -> bool {
    let line = line.trim_end_matches(['\n', '\r']);
    line == "#" || line.starts_with("# ")
}

/// `value` of a `# key value` comment line.
pub fn comment_value<'l>(line: &'l str, key: &str) -> Option<&'l str> {
    line.strip_prefix('#')?
        .trim_start()
        .strip_prefix(key)
        .map(|v| {
            v.strip_prefix(' ')
                .unwrap_or(v)
                .trim_end_matches(['\n', '\r'])
        })
}

/// The ID of a line that begins a message (`id = ...` at the start of the line).
pub fn message_id_of(line: &str) -> Option<&str> {
    if !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(line.len());
    line[end..]
        .trim_start_matches([' ', '\t'])
        .starts_with('=')
        .then(|| &line[..end])
}

/// A message block's parts: its comment lines, the message itself (from `id =` to its last
/// line), and what follows it (blank lines, loose comments).
pub fn split_message(text: &str) -> (&str, &str, &str) {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let Some(first) = lines.iter().position(|l| message_id_of(l).is_some()) else {
        return (text, "", "");
    };
    let mut last = first;
    for (i, line) in lines.iter().enumerate().skip(first + 1) {
        let blank = line.trim().is_empty();
        if line.starts_with('#') {
            break;
        }
        if !blank {
            last = i;
        }
    }
    let start: usize = lines[..first].iter().map(|l| l.len()).sum();
    let end: usize = lines[..=last].iter().map(|l| l.len()).sum();
    (&text[..start], &text[start..end], &text[end..])
}

/// The source text recorded in a block's `# source:` lines, if any.
pub fn recorded_source(comments: &str) -> Option<String> {
    let lines: Vec<&str> = comments
        .lines()
        .filter_map(|l| comment_value(l, SOURCE_COMMENT))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The hash recorded in a block's `# source-hash:` line, if any.
pub fn recorded_hash(comments: &str) -> Option<&str> {
    comments
        .lines()
        .find_map(|l| comment_value(l, HASH_COMMENT))
        .map(str::trim)
}

/// The comment lines that record a source text and its hash.
pub fn source_lines(hash: &str, english: &str) -> String {
    let mut out = format!("# {HASH_COMMENT} {hash}\n");
    for line in english.lines() {
        out.push_str(&format!("# {SOURCE_COMMENT} {line}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "### header\n\n## Group\n\n# place\n# source-hash: 1\n# source: Hi\nhi = Salut\n\n# place 2\n# source-hash: 2\n# source: Bye\n# untranslated: bye\n\n-term = T\nsel = { $n ->\n    [one] un\n\n   *[other] plus\n}\n# loose\n";

    #[test]
    fn a_file_is_its_header_and_blocks_byte_for_byte() {
        let document = Document::parse(FILE);
        assert_eq!(document.text(), FILE);
        let kinds: Vec<&Kind> = document.blocks.iter().map(|b| &b.kind).collect();
        assert_eq!(
            kinds,
            [
                &Kind::Other,
                &Kind::Message("hi".into()),
                &Kind::Untranslated("bye".into()),
                &Kind::Other,
                &Kind::Message("sel".into())
            ]
        );
        assert_eq!(document.header, "### header\n\n");
    }

    #[test]
    fn a_message_splits_into_comments_message_and_what_follows() {
        let document = Document::parse(FILE);
        let (comments, message, rest) = split_message(&document.blocks[4].text);
        assert_eq!(comments, "");
        assert!(message.starts_with("sel = ") && message.ends_with("}\n"));
        assert_eq!(rest, "# loose\n");
        let (comments, _, _) = split_message(&document.blocks[1].text);
        assert_eq!(recorded_source(comments).as_deref(), Some("Hi"));
        assert_eq!(recorded_hash(comments), Some("1"));
    }

    #[test]
    fn a_placeholder_line_above_a_message_belongs_to_the_message() {
        let document = Document::parse("# untranslated: a\na = A\n");
        assert_eq!(document.blocks.len(), 1);
        assert_eq!(document.blocks[0].kind, Kind::Message("a".into()));
    }
}
