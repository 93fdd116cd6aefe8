//! Gamepads, through gilrs: each frame, the buttons pressed on any pad, as `PadButton`s the
//! action table binds (A goes on and takes, B and Start go back or open the menu, the D-pad
//! moves the focus, the shoulders roll back and forward). No pad, or no way to read pads (no
//! udev), is no error: the keyboard and mouse still play.

use gilrs::{Button, EventType, Gilrs};
use std::collections::HashSet;

/// A gamepad button the player binds, in the standard layout's names (A is the bottom face
/// button, B the right one, whatever the pad prints on them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PadButton {
    A,
    B,
    Start,
    Up,
    Down,
    Left,
    Right,
    LeftShoulder,
    RightShoulder,
}

/// The button the player knows `button` as; `None` for those it does not use.
pub fn pad_button(button: Button) -> Option<PadButton> {
    Some(match button {
        Button::South => PadButton::A,
        Button::East => PadButton::B,
        Button::Start => PadButton::Start,
        Button::DPadUp => PadButton::Up,
        Button::DPadDown => PadButton::Down,
        Button::DPadLeft => PadButton::Left,
        Button::DPadRight => PadButton::Right,
        Button::LeftTrigger => PadButton::LeftShoulder,
        Button::RightTrigger => PadButton::RightShoulder,
        _ => return None,
    })
}

/// The pads connected, or nothing when they cannot be read.
pub struct Gamepads {
    gilrs: Option<Gilrs>,
}

impl Gamepads {
    pub fn new() -> Gamepads {
        let gilrs = match Gilrs::new() {
            Ok(gilrs) => Some(gilrs),
            Err(e) => {
                log::warn!("gamepads cannot be read ({e}); the keyboard and mouse still play");
                None
            }
        };
        Gamepads { gilrs }
    }

    /// The buttons pressed on any pad since the last call.
    pub fn pressed(&mut self) -> HashSet<PadButton> {
        let mut pressed = HashSet::new();
        let Some(gilrs) = self.gilrs.as_mut() else {
            return pressed;
        };
        while let Some(event) = gilrs.next_event() {
            if let EventType::ButtonPressed(button, _) = event.event {
                pressed.extend(pad_button(button));
            }
        }
        pressed
    }

    /// Whether a pad is connected (its presses do not wake the window's event loop: the loop
    /// looks for them a few times a second while one is).
    pub fn connected(&self) -> bool {
        self.gilrs
            .as_ref()
            .is_some_and(|g| g.gamepads().next().is_some())
    }
}

impl Default for Gamepads {
    fn default() -> Self {
        Gamepads::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::Action;
    use crate::input::Input;

    fn press(button: Button) -> Input {
        Input {
            pad: pad_button(button).into_iter().collect(),
            ..Default::default()
        }
    }

    #[test]
    fn the_pads_buttons_ask_for_the_readers_actions() {
        let a = press(Button::South);
        assert!(
            a.did(Action::GoOn) && a.did(Action::Confirm),
            "A goes on and takes"
        );
        assert!(press(Button::East).did(Action::Back), "B goes back");
        assert!(
            press(Button::Start).did(Action::Back),
            "Start opens the menu"
        );
        assert!(press(Button::DPadUp).did(Action::Up));
        assert!(press(Button::DPadDown).did(Action::Down));
        assert!(press(Button::DPadLeft).did(Action::Left));
        assert!(press(Button::DPadRight).did(Action::Right));
        assert!(press(Button::LeftTrigger).did(Action::Rollback));
        assert!(press(Button::RightTrigger).did(Action::RollForward));
        assert!(press(Button::RightTrigger).did(Action::NextPage));
        assert!(
            press(Button::DPadUp).did(Action::Older),
            "the history scrolls"
        );
        assert_eq!(pad_button(Button::Mode), None);
        assert!(!press(Button::Mode).did(Action::GoOn));
    }
}
