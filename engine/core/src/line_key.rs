//! The stable key of a line, choice, option or call in its scene: what saves, the seen-lines
//! record and translation IDs name it by. `compile::lower` builds keys; everything that reads
//! one back (catalogs, saves, tools) parses it here. The text forms never change: saves and
//! `.ftl` files on disk hold them.

use std::fmt;
use std::str::FromStr;

/// One key. The forms cannot be confused: a writer's ID holds only `[A-Za-z0-9_.-]`, so it
/// never has the `~`, `:` or `@` of the others.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LineKey {
    /// A line, prompt or option the writer tagged: `#lena_report` gives `lena_report`.
    Id { id: String, copy: u32 },
    /// An untagged line or prompt: `~` and the hash of its text, `~00c0ffee00c0ffee`.
    Text { hash: u64, copy: u32 },
    /// A choice without a prompt: `choice~` and the hash of its options' text.
    Choice { hash: u64, copy: u32 },
    /// The `nth` call (from 1) to `scene` in its scene: `call:front.hangar:2`. Counting calls
    /// rather than lines keeps the key while the writer edits the lines around it.
    Call { scene: String, nth: u32 },
}

/// Text that is not a line key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a line key")]
pub struct BadLineKey(pub String);

impl LineKey {
    /// The first copy of a tagged line's key.
    pub fn id(id: &str) -> Self {
        LineKey::Id {
            id: id.to_string(),
            copy: 1,
        }
    }

    /// The first copy of an untagged line's key.
    pub fn text(hash: u64) -> Self {
        LineKey::Text { hash, copy: 1 }
    }

    /// The first copy of a prompt-less choice's key.
    pub fn choice(hash: u64) -> Self {
        LineKey::Choice { hash, copy: 1 }
    }

    /// Copy `n` (from 1) of this key, for the `n`th time a scene says the same thing: `@n`
    /// after the key from the second on. Calls are numbered already and stay as they are.
    pub fn copy(self, n: u32) -> Self {
        match self {
            LineKey::Id { id, .. } => LineKey::Id { id, copy: n },
            LineKey::Text { hash, .. } => LineKey::Text { hash, copy: n },
            LineKey::Choice { hash, .. } => LineKey::Choice { hash, copy: n },
            call @ LineKey::Call { .. } => call,
        }
    }

    /// A line without an ID: its key is a hash, which no translation can name and no writer
    /// would recognise.
    pub fn is_untagged(&self) -> bool {
        matches!(self, LineKey::Text { .. } | LineKey::Choice { .. })
    }
}

impl fmt::Display for LineKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let copy = match self {
            LineKey::Id { id, copy } => {
                f.write_str(id)?;
                copy
            }
            LineKey::Text { hash, copy } => {
                write!(f, "~{hash:016x}")?;
                copy
            }
            LineKey::Choice { hash, copy } => {
                write!(f, "choice~{hash:016x}")?;
                copy
            }
            LineKey::Call { scene, nth } => return write!(f, "call:{scene}:{nth}"),
        };
        match copy {
            1 => Ok(()),
            n => write!(f, "@{n}"),
        }
    }
}

impl FromStr for LineKey {
    type Err = BadLineKey;

    /// Only the text `Display` writes: a key read back writes out the same again.
    fn from_str(text: &str) -> Result<Self, BadLineKey> {
        parse(text).ok_or_else(|| BadLineKey(text.to_string()))
    }
}

fn parse(text: &str) -> Option<LineKey> {
    if let Some(call) = text.strip_prefix("call:") {
        let (scene, nth) = call.rsplit_once(':')?;
        let scene_chars = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.';
        if scene.is_empty() || !scene.chars().all(scene_chars) {
            return None;
        }
        return Some(LineKey::Call {
            scene: scene.to_string(),
            nth: number(nth).filter(|&n| n >= 1)?,
        });
    }
    let (base, copy) = match text.rsplit_once('@') {
        Some((base, n)) => (base, number(n).filter(|&n| n >= 2)?),
        None => (text, 1),
    };
    let key = if let Some(hex) = base.strip_prefix("choice~") {
        LineKey::Choice {
            hash: hash(hex)?,
            copy,
        }
    } else if let Some(hex) = base.strip_prefix('~') {
        LineKey::Text {
            hash: hash(hex)?,
            copy,
        }
    } else {
        let id_chars = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-');
        if base.is_empty() || !base.chars().all(id_chars) {
            return None;
        }
        LineKey::Id {
            id: base.to_string(),
            copy,
        }
    };
    Some(key)
}

/// A count as `Display` writes it: digits, no sign, no leading zero.
fn number(text: &str) -> Option<u32> {
    let canonical = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && !(text.len() > 1 && text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

/// A hash as `Display` writes it: exactly 16 lowercase hex digits.
fn hash(text: &str) -> Option<u64> {
    let canonical =
        text.len() == 16 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    canonical
        .then(|| u64::from_str_radix(text, 16).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(key: LineKey, text: &str) {
        assert_eq!(key.to_string(), text);
        assert_eq!(text.parse::<LineKey>(), Ok(key));
    }

    #[test]
    fn every_kind_of_key_reads_back_as_it_was_written() {
        round_trip(LineKey::id("lena_first_report"), "lena_first_report");
        round_trip(LineKey::id("ch1.base-arrival_4"), "ch1.base-arrival_4");
        round_trip(LineKey::id("4"), "4");
        round_trip(LineKey::id("shin_again").copy(2), "shin_again@2");
        round_trip(LineKey::text(0x00c0ffee), "~0000000000c0ffee");
        round_trip(LineKey::text(u64::MAX).copy(12), "~ffffffffffffffff@12");
        round_trip(
            LineKey::choice(0xabcdef0123456789),
            "choice~abcdef0123456789",
        );
        round_trip(LineKey::choice(1).copy(3), "choice~0000000000000001@3");
        let call = LineKey::Call {
            scene: "front.hangar".into(),
            nth: 2,
        };
        round_trip(call, "call:front.hangar:2");
    }

    #[test]
    fn a_call_has_no_copies() {
        let call = LineKey::Call {
            scene: "drill".into(),
            nth: 1,
        };
        assert_eq!(call.clone().copy(2), call);
    }

    #[test]
    fn only_hash_keys_are_untagged() {
        assert!(LineKey::text(1).is_untagged());
        assert!(LineKey::choice(1).copy(2).is_untagged());
        assert!(!LineKey::id("a").is_untagged());
        assert!(!"call:a:1".parse::<LineKey>().unwrap().is_untagged());
    }

    #[test]
    fn text_that_is_no_key_is_an_error() {
        for bad in [
            "",
            "two words",
            "#tagged",
            "~",
            "~c0ffee",
            "~0000000000C0FFEE",
            "~0000000000c0ffee0",
            "choice~",
            "choice~xyz",
            "line@",
            "line@1",
            "line@02",
            "line@-2",
            "line@2@3",
            "@2",
            "call:",
            "call:scene",
            "call::1",
            "call:scene:0",
            "call:scene:01",
            "call:a:b:1",
            "call:scene:1@2",
            "call:scene:99999999999",
            "ünïcode",
        ] {
            assert_eq!(
                bad.parse::<LineKey>(),
                Err(BadLineKey(bad.into())),
                "{bad:?}"
            );
        }
    }
}
