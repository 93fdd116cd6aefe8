//! Reader-visible text with `{variable}` holes. `{{` and `}}` stand for literal braces.
//! Parsed once at compile time; filling the holes is a single pass over the pieces.

use crate::value::Value;

/// One piece of a template: literal text or a variable to print.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<V> {
    Text(String),
    Var(V),
}

/// A `{name}` found in text, with its byte range inside the text (braces included).
#[derive(Debug, Clone, PartialEq)]
pub struct Hole<'a> {
    pub name: &'a str,
    pub range: std::ops::Range<usize>,
}

/// Splits text into pieces. Unclosed `{` is returned as an error range for the checker.
pub fn split(text: &str) -> Result<Vec<Piece<Hole<'_>>>, std::ops::Range<usize>> {
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
                let close = text[i..].find('}').ok_or(i..text.len())? + i;
                literal.push_str(&text[copied..i]);
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Var(Hole {
                    name: text[i + 1..close].trim(),
                    range: i..close + 1,
                }));
                i = close + 1;
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

/// Compiled text: pieces with variables resolved to slots.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pieces: Vec<Piece<usize>>,
    /// Bytes of literal text, to size the filled string.
    literal_len: usize,
}

impl Template {
    pub fn new(pieces: Vec<Piece<usize>>) -> Self {
        let literal_len = pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.len(),
                Piece::Var(_) => 0,
            })
            .sum();
        Template {
            pieces,
            literal_len,
        }
    }

    /// The text with every hole filled from `vars` (indexed by variable slot); `None` when the
    /// strings filled in would come to more than `max_strings` bytes. (Numbers and bools are
    /// at most 20 bytes each, and each hole takes three bytes of script at least.)
    pub fn fill(&self, vars: &[Value], max_strings: usize) -> Option<String> {
        match self.pieces.as_slice() {
            [] => Some(String::new()),
            [Piece::Text(t)] => Some(t.clone()),
            pieces => {
                let (mut strings, mut others) = (0usize, 0usize);
                for piece in pieces {
                    match piece {
                        Piece::Text(_) => {}
                        Piece::Var(slot) => match &vars[*slot] {
                            Value::Str(s) => strings = strings.saturating_add(s.len()),
                            // The longest int is 20 characters, the longest bool 5.
                            Value::Int(_) | Value::Bool(_) => others += 20,
                        },
                    }
                }
                if strings > max_strings {
                    return None;
                }
                // Sized once for the literal text plus the values: one allocation.
                let mut out = String::with_capacity(self.literal_len + strings + others);
                for piece in pieces {
                    match piece {
                        Piece::Text(t) => out.push_str(t),
                        Piece::Var(slot) => push_value(&mut out, &vars[*slot]),
                    }
                }
                Some(out)
            }
        }
    }

    pub fn pieces(&self) -> &[Piece<usize>] {
        &self.pieces
    }
}

/// Appends a value as `Display` shows it. Numbers are written by hand: this runs for every
/// hole of every line read, and the formatting machinery costs more than the digits.
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
        assert_eq!(template.fill(&vars, usize::MAX).unwrap(), expected);
        assert_eq!(
            template.fill(&vars, usize::MAX).unwrap(),
            "a -922337203685477580801234567falseé!"
        );
        // "é!" is three bytes.
        assert!(template.fill(&vars, 3).is_some());
        assert!(template.fill(&vars, 2).is_none());
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
        let expected: [&[Piece<Hole>]; 10] = [
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
    fn unclosed_brace_is_an_error_range() {
        assert_eq!(split("oops {morale").unwrap_err(), 5..12);
    }
}
