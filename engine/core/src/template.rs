//! Reader-visible text with `{variable}` holes and text variations (`{if met: Kaie | a pilot}`,
//! `{seq: ...}`, `{cycle: ...}`, `{once: ...}`). `{{` and `}}` stand for literal braces.
//! Parsed once at compile time; filling the holes is a single pass over the pieces.

use crate::story::{Expr, VarId};
use crate::value::Value;

/// One piece of a template: literal text, a variable to print, or a variation (one of several
/// texts, picked as the line is shown). `S` is how a variation picks: as written, then compiled.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<V, S = Selector> {
    Text(String),
    Var(V),
    Vary(Box<Vary<V, S>>),
}

/// A variation: its variants are text and holes only (no variation inside a variation).
#[derive(Debug, Clone, PartialEq)]
pub struct Vary<V, S> {
    pub selector: S,
    pub variants: Vec<Vec<Piece<V, S>>>,
}

/// The variations that count how often their line was shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// `{seq: a | b | c}`: a, then b, then c every time after.
    Seq,
    /// `{cycle: a | b | c}`: a, b, c, a, b, c, ...
    Cycle,
    /// `{once: a | b}`: a, then b, then nothing.
    Once,
}

impl Counted {
    /// The word the script writes.
    pub fn word(self) -> &'static str {
        match self {
            Counted::Seq => "seq",
            Counted::Cycle => "cycle",
            Counted::Once => "once",
        }
    }

    /// The count kept after one more showing of a line with `n` variants: it stays small
    /// (a cycle wraps, a sequence stops), so a save holds a number no larger than `n + 1`.
    /// Any count a save may hold, however large or negative, gives one in that range.
    pub fn next(self, count: i64, n: usize) -> i64 {
        let n = i64::try_from(n).unwrap_or(i64::MAX - 1).max(1);
        let count = count.clamp(0, n + 1);
        match self {
            Counted::Seq => (count + 1).min(n),
            Counted::Once => (count + 1).min(n + 1),
            Counted::Cycle => count % n + 1,
        }
    }

    /// Which variant (0-based) the `count`-th showing shows, if any (`once` runs out).
    pub fn pick(self, count: i64, n: usize) -> Option<usize> {
        // A count of 0 (a save made before the line had this variation) reads as the first.
        let shown = usize::try_from(count.max(1)).unwrap_or(usize::MAX);
        match self {
            Counted::Seq => Some(shown.min(n) - 1),
            Counted::Cycle => Some((shown - 1) % n),
            Counted::Once => (shown <= n).then(|| shown - 1),
        }
    }
}

/// How a variation is written, before names are resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum WrittenSelector<'a> {
    /// `{if CONDITION: ...}`: the condition's text and its range in the line's text.
    If(Hole<'a>),
    Count(Counted),
}

/// How a compiled variation picks its variant.
#[derive(Debug, Clone, PartialEq)]
pub enum Selector {
    /// The first variant when true, else the second (empty when there is none).
    If(Expr),
    /// By how often the line was shown, kept in the hidden variable `counter`.
    Count { counter: VarId, kind: Counted },
}

/// A `{name}` found in text, with its byte range inside the text (braces included).
#[derive(Debug, Clone, PartialEq)]
pub struct Hole<'a> {
    pub name: &'a str,
    pub range: std::ops::Range<usize>,
}

/// Pieces as written: holes by name, variations with their conditions as text.
pub type WrittenPiece<'a> = Piece<Hole<'a>, WrittenSelector<'a>>;

/// Why a text cannot be split, with the byte range to point at.
#[derive(Debug, Clone, PartialEq)]
pub enum SplitError {
    /// A `{` that is never closed.
    Unclosed(std::ops::Range<usize>),
    /// A variation that does not parse: what was expected, said in words.
    BadVariation {
        range: std::ops::Range<usize>,
        message: String,
    },
}

/// Splits text into pieces. An unclosed `{` or a broken variation is an error for the checker.
pub fn split(text: &str) -> Result<Vec<WrittenPiece<'_>>, SplitError> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    // Literal text is copied a run at a time: from `copied` up to the next brace that matters.
    // Braces are ASCII, so byte positions never fall inside a multi-byte character.
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // `{{` and `}}`: keep one brace, drop the other.
            b'{' | b'}' if bytes.get(i + 1) == Some(&bytes[i]) => {
                literal.push_str(&text[copied..=i]);
                i += 2;
                copied = i;
            }
            b'{' => {
                literal.push_str(&text[copied..i]);
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                let end = if starts_variation(&text[i..]) {
                    let (vary, len) = crate::syntax::parse_variation(text, i)?;
                    pieces.push(Piece::Vary(Box::new(vary)));
                    i + len
                } else {
                    let close = text[i..]
                        .find('}')
                        .ok_or(SplitError::Unclosed(i..text.len()))?
                        + i;
                    pieces.push(Piece::Var(Hole {
                        name: text[i + 1..close].trim(),
                        range: i..close + 1,
                    }));
                    close + 1
                };
                i = end;
                copied = i;
            }
            _ => i += 1,
        }
    }
    literal.push_str(&text[copied..]);
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    Ok(pieces)
}

/// Whether the `{` at the start of `text` opens a variation: `if`, `seq`, `cycle` or `once`
/// followed by a blank or `:` (`{if}` alone is a variable called `if`).
pub(crate) fn starts_variation(text: &str) -> bool {
    let rest = text[1..].trim_start_matches([' ', '\t']);
    ["if", "seq", "cycle", "once"].iter().any(|word| {
        rest.strip_prefix(word)
            .and_then(|after| after.chars().next())
            .is_some_and(|c| c == ':' || c == ' ' || c == '\t' || c == '(')
    })
}

/// Compiled text: pieces with variables resolved to slots.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pieces: Vec<Piece<usize>>,
    /// Whether any piece is a variation: most lines have none, and skip all that concerns them.
    varies: bool,
    /// Bytes of literal text outside variations, to size the filled string.
    literal_len: usize,
}

impl Template {
    pub fn new(pieces: Vec<Piece<usize>>) -> Self {
        let varies = pieces.iter().any(|p| matches!(p, Piece::Vary(_)));
        let literal_len = pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.len(),
                Piece::Var(_) | Piece::Vary(_) => 0,
            })
            .sum();
        Template {
            pieces,
            varies,
            literal_len,
        }
    }

    /// Whether the text has a variation.
    pub fn varies(&self) -> bool {
        self.varies
    }

    /// The text with every hole filled from `vars` (indexed by variable slot) and each
    /// variation showing the variant `picks` names (one per variation, in order; `None` shows
    /// nothing); `None` when the strings filled in would come to more than `max_strings`
    /// bytes. (Numbers and bools are at most 20 bytes each, and each hole takes three bytes of
    /// script at least.)
    pub fn fill(
        &self,
        vars: &[Value],
        picks: &[Option<usize>],
        max_strings: usize,
    ) -> Option<String> {
        match self.pieces.as_slice() {
            [] => Some(String::new()),
            [Piece::Text(t)] => Some(t.clone()),
            pieces if !self.varies => {
                fill_pieces(pieces.iter(), self.literal_len, vars, max_strings)
            }
            _ => {
                let mut out = fill_pieces(self.shown(picks), 0, vars, max_strings)?;
                // A variation that shows nothing at an end leaves the blank beside it.
                let kept = out.trim_end().len();
                out.truncate(kept);
                let start = out.len() - out.trim_start().len();
                out.drain(..start);
                Some(out)
            }
        }
    }

    /// The text and holes shown, with each variation replaced by the variant picked.
    fn shown<'t>(
        &'t self,
        picks: &'t [Option<usize>],
    ) -> impl Iterator<Item = &'t Piece<usize>> + Clone {
        let mut next_pick = picks.iter();
        self.pieces.iter().flat_map(move |piece| {
            let pieces: &[Piece<usize>] = match piece {
                Piece::Vary(vary) => match next_pick.next().copied().flatten() {
                    Some(i) => vary.variants.get(i).map_or(&[], Vec::as_slice),
                    None => &[],
                },
                other => std::slice::from_ref(other),
            };
            pieces.iter()
        })
    }

    /// The variations of the text, in order.
    pub fn variations(&self) -> impl Iterator<Item = &Vary<usize, Selector>> {
        let pieces = if self.varies { &self.pieces[..] } else { &[] };
        pieces.iter().filter_map(|p| match p {
            Piece::Vary(vary) => Some(&**vary),
            _ => None,
        })
    }

    pub fn pieces(&self) -> &[Piece<usize>] {
        &self.pieces
    }
}

/// Text and holes filled in, in one allocation; `None` past `max_strings` bytes of strings.
#[inline]
/// `literal_len` is the length of the text pieces when known (`0`: they are counted here).
fn fill_pieces<'t>(
    pieces: impl Iterator<Item = &'t Piece<usize>> + Clone,
    literal_len: usize,
    vars: &[Value],
    max_strings: usize,
) -> Option<String> {
    let (mut strings, mut others) = (0usize, literal_len);
    for piece in pieces.clone() {
        match piece {
            Piece::Text(t) if literal_len == 0 => others += t.len(),
            Piece::Text(_) => {}
            Piece::Var(slot) => match &vars[*slot] {
                Value::Str(s) => strings = strings.saturating_add(s.len()),
                // The longest int is 20 characters, the longest bool 5.
                Value::Int(_) | Value::Bool(_) => others += 20,
            },
            Piece::Vary(_) => {}
        }
    }
    if strings > max_strings {
        return None;
    }
    let mut out = String::with_capacity(others + strings);
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(slot) => push_value(&mut out, &vars[*slot]),
            Piece::Vary(_) => {}
        }
    }
    Some(out)
}

/// Appends a value as `Display` shows it. Numbers are written by hand: this runs for every
/// hole of every line read, and the formatting machinery costs more than the digits.
#[inline]
fn push_value(out: &mut String, value: &Value) {
    match value {
        Value::Int(n) => {
            if *n < 0 {
                out.push('-');
            }
            let mut digits = [0u8; 20];
            let mut rest = n.unsigned_abs();
            let mut start = digits.len();
            loop {
                start -= 1;
                digits[start] = b'0' + (rest % 10) as u8;
                rest /= 10;
                if rest == 0 {
                    break;
                }
            }
            out.extend(digits[start..].iter().map(|&d| d as char));
        }
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Str(s) => out.push_str(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_holes_and_escapes() {
        let pieces = split("Morale {morale}, {{not a hole}}").unwrap();
        assert_eq!(
            pieces,
            vec![
                Piece::Text("Morale ".into()),
                Piece::Var(Hole {
                    name: "morale",
                    range: 7..15
                }),
                Piece::Text(", {not a hole}".into()),
            ]
        );
    }

    #[test]
    fn fills_values_as_display_shows_them() {
        let template = Template::new(vec![
            Piece::Text("a ".into()),
            Piece::Var(0),
            Piece::Var(1),
            Piece::Var(2),
            Piece::Var(3),
            Piece::Var(4),
        ]);
        let vars = [
            Value::Int(i64::MIN),
            Value::Int(0),
            Value::Int(1234567),
            Value::Bool(false),
            Value::Str("é!".into()),
        ];
        let expected = format!("a {}{}{}{}{}", vars[0], vars[1], vars[2], vars[3], vars[4]);
        assert_eq!(template.fill(&vars, &[], usize::MAX).unwrap(), expected);
        assert_eq!(
            template.fill(&vars, &[], usize::MAX).unwrap(),
            "a -922337203685477580801234567falseé!"
        );
        // "é!" is three bytes.
        assert!(template.fill(&vars, &[], 3).is_some());
        assert!(template.fill(&vars, &[], 2).is_none());
    }

    #[test]
    fn splits_doubled_and_lone_braces_and_wide_characters() {
        let texts = [
            "",
            "plain",
            "{{x}",
            "}}}",
            "a}b",
            "é{ v }ü{{",
            "{a}{b}",
            "x{{{y}}}z",
            "{{}}",
            "ü}}é",
        ];
        let expected: [&[WrittenPiece]; 10] = [
            &[],
            &[Piece::Text("plain".into())],
            &[Piece::Text("{x}".into())],
            &[Piece::Text("}}".into())],
            &[Piece::Text("a}b".into())],
            &[
                Piece::Text("é".into()),
                Piece::Var(Hole {
                    name: "v",
                    range: 2..7,
                }),
                Piece::Text("ü{".into()),
            ],
            &[
                Piece::Var(Hole {
                    name: "a",
                    range: 0..3,
                }),
                Piece::Var(Hole {
                    name: "b",
                    range: 3..6,
                }),
            ],
            &[
                Piece::Text("x{".into()),
                Piece::Var(Hole {
                    name: "y",
                    range: 3..6,
                }),
                Piece::Text("}z".into()),
            ],
            &[Piece::Text("{}".into())],
            &[Piece::Text("ü}é".into())],
        ];
        for (text, expected) in texts.iter().zip(expected) {
            assert_eq!(split(text).unwrap(), expected, "{text:?}");
        }
    }

    #[test]
    fn counts_stay_small_and_pick_in_turn() {
        let shown = |kind: Counted, times: usize| {
            let mut count = 0;
            (0..times)
                .map(|_| {
                    count = kind.next(count, 3);
                    kind.pick(count, 3)
                })
                .collect::<Vec<_>>()
        };
        let (a, b, c) = (Some(0), Some(1), Some(2));
        assert_eq!(shown(Counted::Seq, 5), [a, b, c, c, c]);
        assert_eq!(shown(Counted::Cycle, 5), [a, b, c, a, b]);
        assert_eq!(shown(Counted::Once, 5), [a, b, c, None, None]);
        // Whatever a save holds, the next count is a small one and picks a variant or none.
        for kind in [Counted::Seq, Counted::Cycle, Counted::Once] {
            for count in [i64::MIN, -1, 0, 4, i64::MAX] {
                let next = kind.next(count, 3);
                assert!((1..=4).contains(&next), "{kind:?} {count} -> {next}");
                assert!(kind.pick(count, 3).is_none_or(|i| i < 3));
            }
        }
    }

    #[test]
    fn unclosed_brace_is_an_error_range() {
        assert_eq!(
            split("oops {morale").unwrap_err(),
            SplitError::Unclosed(5..12)
        );
    }
}
