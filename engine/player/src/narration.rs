//! Self-voicing of the menus, as Ren'Py's: a screen's title is said when it opens, and the
//! control the focus is on whenever the focus moves to it (a setting with its value, said again
//! when the value changes). Screens only describe themselves (`Screen::spoken`); `Narrator`
//! looks at the top screen after each update and says what changed, in the language shown.

use crate::context::Ctx;
use crate::screens::Screen;

/// What a screen would say of itself now, in the language shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spoken {
    /// The screen's title, and what names the part of it shown (a save page, a gallery page's
    /// progress): said when the screen opens or this changes.
    pub title: Vec<String>,
    /// The focused control: its label, then its value or state.
    pub focus: Vec<String>,
}

impl Spoken {
    /// A screen titled `title`, with nothing focused yet.
    pub fn titled(title: impl IntoIterator<Item = String>) -> Spoken {
        Spoken {
            title: title.into_iter().collect(),
            focus: Vec::new(),
        }
    }

    /// The same, with the focus on a control described by `focus`.
    pub fn focused(self, focus: impl IntoIterator<Item = String>) -> Spoken {
        Spoken {
            focus: focus.into_iter().collect(),
            ..self
        }
    }
}

/// The top screen as last seen: how deep the stack was and what that screen said of itself.
type Seen = (usize, Spoken);

/// Follows the screen stack and says what changed on its top screen.
#[derive(Debug, Default)]
pub struct Narrator {
    last: Option<Seen>,
}

impl Narrator {
    /// Says what changed on top of `stack` since the last look: the title and the focus when
    /// another screen is on top (or its title changed), the focus alone when only it moved.
    /// Silent, and costs nothing, while self-voicing is off.
    pub fn follow(&mut self, stack: &[Box<dyn Screen>], ctx: &mut Ctx) {
        let Some(top) = stack.last().filter(|_| ctx.services.voice.is_on()) else {
            self.last = None;
            return;
        };
        let now = (stack.len(), top.spoken(ctx));
        let said = to_say(self.last.as_ref(), &now);
        if !said.is_empty() {
            let lang = ctx.services.text.locale().to_string();
            ctx.services.voice.announce(&said, &lang);
        }
        self.last = Some(now);
    }
}

/// What to say when the top screen is `now` after `last`.
fn to_say(last: Option<&Seen>, now: &Seen) -> Vec<String> {
    match last {
        Some(last) if last == now => Vec::new(),
        Some((depth, before)) if *depth == now.0 && before.title == now.1.title => {
            now.1.focus.clone()
        }
        _ => [now.1.title.as_slice(), now.1.focus.as_slice()].concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(depth: usize, title: &str, focus: &[&str]) -> Seen {
        let focus = focus.iter().map(|s| s.to_string());
        (depth, Spoken::titled([title.to_string()]).focused(focus))
    }

    #[test]
    fn a_screen_opening_says_its_title_then_its_focus_and_a_move_says_the_focus_alone() {
        let title = seen(1, "Spearhead", &["Continue"]);
        assert_eq!(to_say(None, &title), ["Spearhead", "Continue"]);
        assert!(to_say(Some(&title), &title).is_empty(), "nothing moved");
        let moved = seen(1, "Spearhead", &["Load"]);
        assert_eq!(to_say(Some(&title), &moved), ["Load"]);
        let settings = seen(2, "Settings", &["Text speed", "45 letters/s"]);
        assert_eq!(
            to_say(Some(&moved), &settings),
            ["Settings", "Text speed", "45 letters/s"]
        );
        let changed = seen(2, "Settings", &["Text speed", "60 letters/s"]);
        assert_eq!(
            to_say(Some(&settings), &changed),
            ["Text speed", "60 letters/s"]
        );
        // Back on the title screen (the settings closed): it is said again, as on opening.
        assert_eq!(to_say(Some(&changed), &moved), ["Spearhead", "Load"]);
    }

    #[test]
    fn the_game_under_its_line_says_nothing_of_itself() {
        let menu = seen(2, "Menu", &["Return to the Story"]);
        let game = (1, Spoken::default());
        assert!(to_say(Some(&menu), &game).is_empty());
    }
}
