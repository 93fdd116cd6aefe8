//! Line breaking for dialogue: Unicode line-break opportunities (UAX #14, so Japanese and other
//! scripts without spaces break between characters where allowed), filled greedily to a width.
//! Pure text logic with the measuring function passed in, so it is tested without a window.
//! Text without spaces (Japanese) does not end a paragraph with a line of one or two characters
//! (くださ/い): characters move down from the line before, at a place UAX #14 allows.

use unicode_linebreak::{linebreaks, BreakOpportunity};

/// Breaks `text` into lines no wider than `width` as measured by `measure`. A piece that is
/// wider than `width` on its own (a long word, a URL) is cut between characters. Trailing
/// spaces are dropped from each line; mandatory breaks (newlines) are kept.
pub fn wrap(text: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        let piece = &text[start..end];
        start = end;
        let mandatory = opportunity == BreakOpportunity::Mandatory;
        let piece_body = piece.trim_end_matches(['\n', '\r', '\u{2028}', '\u{2029}']);
        let candidate = format!("{line}{piece_body}");
        if measure(candidate.trim_end()) <= width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = piece_body.to_string();
        }
        // A piece too wide for a line of its own is cut between characters.
        while measure(line.trim_end()) > width && line.chars().count() > 1 {
            let cut = longest_fitting_prefix(&line, width, measure);
            lines.push(line[..cut].to_string());
            line = line[cut..].to_string();
        }
        if mandatory && end < text.len() {
            lines.push(line.trim_end().to_string());
            line.clear();
            no_widow(&mut lines, width, measure);
        }
    }
    if !line.trim_end().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    no_widow(&mut lines, width, measure);
    lines
}

/// The fewest characters the last line of a paragraph of unspaced text should hold.
const MIN_LAST_LINE: usize = 4;

/// When the last line is a short tail of unspaced text (the line before ends with no space),
/// moves characters from the end of the line before onto it, up to `MIN_LAST_LINE` in all, at
/// the nearest break UAX #14 allows, and only if the result still fits.
fn no_widow(lines: &mut [String], width: f32, measure: &dyn Fn(&str) -> f32) {
    let [.., before, last] = lines else {
        return;
    };
    let count = last.chars().count();
    let joined_at_cjk =
        before.chars().last().is_some_and(unspaced) && last.chars().next().is_some_and(unspaced);
    if count == 0 || count >= MIN_LAST_LINE || !joined_at_cjk {
        return;
    }
    let joined = format!("{before}{last}");
    let wanted = MIN_LAST_LINE - count;
    // The break points inside `before`, nearest to its end first.
    let cut = linebreaks(&joined)
        .map(|(at, _)| at)
        .filter(|&at| at > 0 && at < before.len())
        .filter(|&at| before[at..].chars().count() <= wanted)
        .min();
    let Some(cut) = cut else {
        return;
    };
    let moved = format!("{}{last}", &before[cut..]);
    if measure(&moved) <= width {
        *last = moved;
        before.truncate(cut);
    }
}

/// Scripts written without spaces between words: kana, CJK ideographs, their punctuation.
/// (Code points as numbers: tests/font_coverage.rs reads every `\u{..}` in the player's source
/// as a character it draws.)
fn unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x3000..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff | 0xff01..=0xff9f)
}

/// Byte length of the longest prefix of `s` (at least one character) that fits `width`.
fn longest_fitting_prefix(s: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> usize {
    let mut best = s.char_indices().nth(1).map_or(s.len(), |(i, _)| i);
    for (i, c) in s.char_indices().skip(1) {
        let end = i + c.len_utf8();
        if measure(&s[..end]) > width {
            break;
        }
        best = end;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is one unit wide.
    fn chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn breaks_between_words_and_drops_trailing_spaces() {
        let lines = wrap("The hangar smelled of oil and cold coffee.", 16.0, &chars);
        assert_eq!(lines, ["The hangar", "smelled of oil", "and cold coffee."]);
        assert!(lines.iter().all(|l| chars(l) <= 16.0));
    }

    #[test]
    fn short_text_is_one_line_and_empty_text_one_empty_line() {
        assert_eq!(wrap("Hello.", 40.0, &chars), ["Hello."]);
        assert_eq!(wrap("", 40.0, &chars), [""]);
    }

    #[test]
    fn japanese_breaks_between_characters_but_not_before_closing_punctuation() {
        let text = "ハンドラー・ワン、聞こえますか。こちらアンダーテイカー。";
        let lines = wrap(text, 10.0, &chars);
        assert!(lines.len() >= 3, "{lines:?}");
        assert_eq!(lines.concat(), text);
        assert!(lines.iter().all(|l| chars(l) <= 10.0), "{lines:?}");
        // UAX #14 keeps 、 and 。 with the character before them.
        assert!(
            lines.iter().skip(1).all(|l| !l.starts_with(['、', '。'])),
            "{lines:?}"
        );
    }

    #[test]
    fn japanese_does_not_leave_a_kana_alone_on_the_last_line() {
        // A button 8 characters wide: 「セーブしてください」 used to end くださ/い.
        let lines = wrap("セーブしてください", 8.0, &chars);
        assert_eq!(lines.concat(), "セーブしてください");
        assert!(lines.last().unwrap().chars().count() >= 2, "{lines:?}");
        assert!(lines.iter().all(|l| chars(l) <= 8.0), "{lines:?}");
        // 上書きしますか？ in a 6-wide dialog: not 上書きします/か？
        let lines = wrap("スロット３に上書きしますか？", 12.0, &chars);
        assert!(lines.last().unwrap().chars().count() >= 4, "{lines:?}");
        assert_eq!(lines.concat(), "スロット３に上書きしますか？");
        // Closing punctuation still never starts a line.
        assert!(
            lines
                .iter()
                .skip(1)
                .all(|l| !l.starts_with(['、', '。', '？'])),
            "{lines:?}"
        );
    }

    #[test]
    fn spaced_text_keeps_its_greedy_breaks() {
        assert_eq!(
            wrap("Save the game now? Yes", 19.0, &chars),
            ["Save the game now?", "Yes"]
        );
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut() {
        let lines = wrap(
            "see https://example.invalid/a/very/long/path now",
            12.0,
            &chars,
        );
        assert!(lines.iter().all(|l| chars(l) <= 12.0), "{lines:?}");
        assert_eq!(
            lines.concat().replace(' ', ""),
            "seehttps://example.invalid/a/very/long/pathnow"
        );
    }

    #[test]
    fn newlines_are_kept() {
        assert_eq!(wrap("One.\nTwo.", 40.0, &chars), ["One.", "Two."]);
    }
}
