//! What the reader can ask for (`Action`) and the one table of what asks for it (`bindings`):
//! keys, mouse buttons and gamepad buttons, without touching a screen. Screens ask
//! `Input::did(action)`, never for a key.

use crate::gamepad::PadButton;
use macroquad::prelude::KeyCode;

/// Something the reader asks for, whatever key or button they use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Show the rest of the line, or the next one.
    GoOn,
    /// Open the menu over the game, or close the screen on top.
    Back,
    /// Step back a line (also across choices).
    Rollback,
    /// Step forward again through what was rolled back, the same way.
    RollForward,
    /// Open or close the history of what was read.
    Backlog,
    /// Turn auto-forward on or off.
    Auto,
    /// Turn skipping of lines read before on or off.
    Skip,
    /// Skip lines read before while it is held.
    SkipWhileHeld,
    HideInterface,
    QuickSave,
    QuickLoad,
    /// Move the selection in a list, or change a setting.
    Up,
    Down,
    Left,
    Right,
    /// Take the selected button or option.
    Confirm,
    /// Move the keyboard focus to the next control (Tab in the menus).
    FocusNext,
    /// Take the option or button with this number (0 = the first).
    Pick(u8),
    /// Scroll the history back, or on.
    Older,
    Newer,
    /// Turn the save screen's page.
    NextPage,
    PreviousPage,
    /// Delete the focused save slot (after a question).
    Delete,
    /// Answer a question (overwrite this save?).
    Yes,
    No,
    Fullscreen,
    /// Save the window's picture as a PNG beside the saves.
    Screenshot,
    /// Open the accessibility page, from anywhere (Ren'Py's Shift+A).
    Accessibility,
}

/// One way to ask for an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Binding {
    Key(KeyCode),
    /// A key pressed with Alt held.
    AltKey(KeyCode),
    /// A key pressed with Shift held; the same key alone then asks for nothing (Shift+A is not
    /// also A).
    ShiftKey(KeyCode),
    /// Held down (not a press): Ctrl.
    HeldCtrl,
    Click,
    RightClick,
    WheelUp,
    WheelDown,
    /// A gamepad button pressed.
    Pad(PadButton),
}

use Binding::{AltKey, Click, HeldCtrl, Key, Pad, RightClick, ShiftKey, WheelDown, WheelUp};

/// The keys that have a binding with Shift: pressed with Shift, they are not the plain key.
pub const SHIFTED: [KeyCode; 1] = [KeyCode::A];

const CONFIRM: [Binding; 3] = [
    Key(KeyCode::Space),
    Key(KeyCode::Enter),
    Key(KeyCode::KpEnter),
];
const DIGITS: [KeyCode; 9] = [
    KeyCode::Key1,
    KeyCode::Key2,
    KeyCode::Key3,
    KeyCode::Key4,
    KeyCode::Key5,
    KeyCode::Key6,
    KeyCode::Key7,
    KeyCode::Key8,
    KeyCode::Key9,
];
const KEYPAD: [KeyCode; 9] = [
    KeyCode::Kp1,
    KeyCode::Kp2,
    KeyCode::Kp3,
    KeyCode::Kp4,
    KeyCode::Kp5,
    KeyCode::Kp6,
    KeyCode::Kp7,
    KeyCode::Kp8,
    KeyCode::Kp9,
];

/// The most options `Pick` numbers (keys 1 to 9).
pub const PICKS: u8 = 9;

/// The table: every way to ask for `action`.
pub fn bindings(action: Action) -> Vec<Binding> {
    match action {
        Action::GoOn => [Click, Pad(PadButton::A)]
            .into_iter()
            .chain(CONFIRM)
            .collect(),
        // B goes back; Start opens the game menu (and closes a menu, as Esc does).
        Action::Back => vec![
            Key(KeyCode::Escape),
            RightClick,
            Pad(PadButton::B),
            Pad(PadButton::Start),
        ],
        Action::Rollback => vec![WheelUp, Key(KeyCode::PageUp), Pad(PadButton::LeftShoulder)],
        Action::RollForward => vec![
            WheelDown,
            Key(KeyCode::PageDown),
            Pad(PadButton::RightShoulder),
        ],
        Action::Backlog => vec![Key(KeyCode::L)],
        Action::Auto => vec![Key(KeyCode::A)],
        Action::Skip => vec![Key(KeyCode::Tab)],
        Action::SkipWhileHeld => vec![HeldCtrl],
        Action::HideInterface => vec![Key(KeyCode::H)],
        Action::QuickSave => vec![Key(KeyCode::F5)],
        Action::QuickLoad => vec![Key(KeyCode::F9)],
        Action::Up => vec![Key(KeyCode::Up), Pad(PadButton::Up)],
        Action::Down => vec![Key(KeyCode::Down), Pad(PadButton::Down)],
        Action::Left => vec![Key(KeyCode::Left), Pad(PadButton::Left)],
        Action::Right => vec![Key(KeyCode::Right), Pad(PadButton::Right)],
        Action::Confirm => [Pad(PadButton::A)].into_iter().chain(CONFIRM).collect(),
        Action::FocusNext => vec![Key(KeyCode::Tab)],
        Action::Pick(n) => match DIGITS.get(n as usize) {
            Some(&digit) => vec![Key(digit), Key(KEYPAD[n as usize])],
            None => Vec::new(),
        },
        Action::Older => vec![
            WheelUp,
            Key(KeyCode::Up),
            Key(KeyCode::PageUp),
            Pad(PadButton::Up),
        ],
        Action::Newer => vec![
            WheelDown,
            Key(KeyCode::Down),
            Key(KeyCode::PageDown),
            Pad(PadButton::Down),
        ],
        // The arrows move over the save screen's slots, and past its edges on to the next page.
        Action::NextPage => vec![Key(KeyCode::PageDown), Pad(PadButton::RightShoulder)],
        Action::PreviousPage => vec![Key(KeyCode::PageUp), Pad(PadButton::LeftShoulder)],
        Action::Delete => vec![Key(KeyCode::Delete)],
        Action::Yes => vec![Key(KeyCode::Y)],
        Action::No => vec![Key(KeyCode::N)],
        Action::Fullscreen => vec![Key(KeyCode::F11), AltKey(KeyCode::Enter)],
        Action::Screenshot => vec![Key(KeyCode::S)],
        Action::Accessibility => vec![ShiftKey(KeyCode::A)],
    }
}

/// Where the reader is: each place takes its own set of actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Reading,
    Choosing,
    Title,
    GameMenu,
    Settings,
    SaveLoad,
    /// The question over the save screen: overwrite this slot?
    Overwrite,
    Backlog,
    Endings,
}

/// The actions each place takes (besides `Fullscreen`, `Screenshot` and `Accessibility`, which
/// every place takes).
pub fn actions(place: Place) -> Vec<Action> {
    use Action::*;
    let list = [Up, Down, Confirm];
    // Left and Right move over the quick menu while reading (Down leaves it).
    let quick = [Left, Right];
    let picks = (0..PICKS).map(Pick);
    let game = [
        Back,
        HideInterface,
        Backlog,
        Auto,
        Skip,
        SkipWhileHeld,
        QuickSave,
        QuickLoad,
        Rollback,
        RollForward,
    ];
    let mut actions: Vec<Action> = match place {
        Place::Reading => game.into_iter().chain(quick).chain([GoOn, Down]).collect(),
        Place::Choosing => game
            .into_iter()
            .chain(quick)
            .chain(list)
            .chain(picks)
            .collect(),
        Place::Title | Place::GameMenu => [Back, FocusNext]
            .into_iter()
            .chain(list)
            .chain(picks)
            .collect(),
        Place::Settings => vec![Back, Up, Down, Left, Right, Confirm, FocusNext],
        Place::SaveLoad => vec![
            Back,
            Up,
            Down,
            Left,
            Right,
            Confirm,
            FocusNext,
            NextPage,
            PreviousPage,
            Delete,
        ],
        Place::Overwrite => [Back, Yes, No, Left, Right, FocusNext]
            .into_iter()
            .chain(list)
            .chain(picks)
            .collect(),
        Place::Backlog => vec![Back, Backlog, Older, Newer],
        Place::Endings => vec![Back, GoOn, Left, Right, FocusNext],
    };
    actions.extend([Fullscreen, Screenshot, Accessibility]);
    actions
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const PLACES: [Place; 9] = [
        Place::Reading,
        Place::Choosing,
        Place::Title,
        Place::GameMenu,
        Place::Settings,
        Place::SaveLoad,
        Place::Overwrite,
        Place::Backlog,
        Place::Endings,
    ];

    #[test]
    fn every_action_a_place_takes_has_a_binding() {
        for place in PLACES {
            for action in actions(place) {
                assert!(
                    !bindings(action).is_empty(),
                    "{action:?} ({place:?}) is unbound"
                );
            }
        }
    }

    #[test]
    fn no_binding_asks_for_two_actions_in_one_place() {
        for place in PLACES {
            let mut taken: HashMap<Binding, Action> = HashMap::new();
            for action in actions(place) {
                for binding in bindings(action) {
                    if let Some(other) = taken.insert(binding, action) {
                        panic!("{binding:?} asks for both {other:?} and {action:?} in {place:?}");
                    }
                }
            }
        }
    }

    /// Every action, one of each kind: the match fails to compile when one is added and not
    /// listed here.
    fn every_action() -> Vec<Action> {
        let all = [
            Action::GoOn,
            Action::Back,
            Action::Rollback,
            Action::RollForward,
            Action::Backlog,
            Action::Auto,
            Action::Skip,
            Action::SkipWhileHeld,
            Action::HideInterface,
            Action::QuickSave,
            Action::QuickLoad,
            Action::Up,
            Action::Down,
            Action::Left,
            Action::Right,
            Action::Confirm,
            Action::FocusNext,
            Action::Pick(0),
            Action::Older,
            Action::Newer,
            Action::NextPage,
            Action::PreviousPage,
            Action::Delete,
            Action::Yes,
            Action::No,
            Action::Fullscreen,
            Action::Screenshot,
            Action::Accessibility,
        ];
        for action in all {
            match action {
                Action::GoOn
                | Action::Back
                | Action::Rollback
                | Action::RollForward
                | Action::Backlog
                | Action::Auto
                | Action::Skip
                | Action::SkipWhileHeld
                | Action::HideInterface
                | Action::QuickSave
                | Action::QuickLoad
                | Action::Up
                | Action::Down
                | Action::Left
                | Action::Right
                | Action::Confirm
                | Action::FocusNext
                | Action::Pick(_)
                | Action::Older
                | Action::Newer
                | Action::NextPage
                | Action::PreviousPage
                | Action::Delete
                | Action::Yes
                | Action::No
                | Action::Fullscreen
                | Action::Screenshot
                | Action::Accessibility => {}
            }
        }
        all.to_vec()
    }

    #[test]
    fn every_action_has_a_binding_and_is_taken_somewhere() {
        let taken: Vec<Action> = PLACES.into_iter().flat_map(actions).collect();
        for action in every_action() {
            assert!(!bindings(action).is_empty(), "{action:?} is unbound");
            assert!(taken.contains(&action), "{action:?} is taken nowhere");
        }
        for n in 0..PICKS {
            assert!(
                taken.contains(&Action::Pick(n)),
                "key {} picks nothing",
                n + 1
            );
        }
        assert!(bindings(Action::Pick(PICKS)).is_empty(), "only 1 to 9 pick");
    }

    #[test]
    fn every_shifted_binding_is_listed_so_its_plain_key_steps_aside() {
        for action in every_action() {
            for binding in bindings(action) {
                if let Binding::ShiftKey(key) = binding {
                    assert!(SHIFTED.contains(&key), "{key:?} is not in SHIFTED");
                }
            }
        }
    }

    #[test]
    fn the_mouse_and_the_keys_the_readme_promises_are_bound() {
        let bound = |action| bindings(action);
        assert!(bound(Action::GoOn).contains(&Binding::Click));
        assert!(bound(Action::Back).contains(&Binding::RightClick));
        assert!(bound(Action::Rollback).contains(&Binding::WheelUp));
        assert!(bound(Action::Fullscreen).contains(&Binding::AltKey(KeyCode::Enter)));
        assert!(bound(Action::SkipWhileHeld).contains(&Binding::HeldCtrl));
        assert!(bound(Action::Accessibility).contains(&Binding::ShiftKey(KeyCode::A)));
    }

    #[test]
    fn a_gamepad_reaches_every_place_and_every_place_can_be_left_with_it() {
        // Each place takes A or the D-pad to act and B (or Start) to go back; what a pad has
        // no button for (history, skip, auto, saves, settings) is on the quick menu, which
        // the D-pad reaches while reading.
        let pad = |action| {
            bindings(action)
                .iter()
                .any(|b| matches!(b, Binding::Pad(_)))
        };
        for place in PLACES {
            let taken = actions(place);
            assert!(
                taken.contains(&Action::Back) && pad(Action::Back),
                "{place:?}"
            );
            let acts = [Action::GoOn, Action::Confirm, Action::Older];
            assert!(
                acts.iter().any(|a| taken.contains(a) && pad(*a)),
                "{place:?}"
            );
        }
        for place in [Place::Reading, Place::Choosing] {
            let taken = actions(place);
            assert!(taken.contains(&Action::Left) && taken.contains(&Action::Right));
            assert!(taken.contains(&Action::Rollback) && pad(Action::Rollback));
        }
    }
}
