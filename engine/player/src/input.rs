//! One frame's input, gathered from macroquad and expressed in virtual units, so screens never
//! ask the window directly and a scripted driver can stand in for the reader. Screens ask
//! which `Action`s it gives (the bindings are in `actions.rs`), and where the pointer is.

use crate::actions::{bindings, Action, Binding, PICKS, SHIFTED};
use crate::gamepad::PadButton;
use crate::layout::View;
use macroquad::prelude::*;
use std::collections::HashSet;

#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Mouse position on the virtual canvas.
    pub mouse: Vec2,
    pub mouse_moved: bool,
    pub click: bool,
    pub right_click: bool,
    pub wheel_up: bool,
    pub wheel_down: bool,
    pub keys: HashSet<KeyCode>,
    /// Ctrl is held: skip while it is.
    pub ctrl_held: bool,
    pub alt_held: bool,
    /// Gamepad buttons pressed this frame (`gamepad.rs` reads them; `gather` leaves this empty).
    pub pad: HashSet<PadButton>,
    pub shift_held: bool,
}

impl Input {
    /// For tests of a screen's keys: a frame where only `key` was pressed, the pointer off the
    /// canvas (so it hovers nothing).
    #[cfg(test)]
    pub(crate) fn key(key: KeyCode) -> Input {
        Input {
            keys: [key].into(),
            mouse: vec2(-1.0, -1.0),
            ..Default::default()
        }
    }

    /// This frame's input. `last_mouse` is the previous frame's position, to tell a hover.
    pub fn gather(view: &View, last_mouse: Vec2) -> Input {
        let (mx, my) = mouse_position();
        let mouse = view.to_virtual(vec2(mx, my));
        let (_, wheel) = mouse_wheel();
        Input {
            mouse,
            mouse_moved: mouse.distance(last_mouse) > 0.5,
            click: is_mouse_button_pressed(MouseButton::Left),
            right_click: is_mouse_button_pressed(MouseButton::Right),
            wheel_up: wheel > 0.0,
            wheel_down: wheel < 0.0,
            keys: get_keys_pressed(),
            ctrl_held: is_key_down(KeyCode::LeftControl) || is_key_down(KeyCode::RightControl),
            alt_held: is_key_down(KeyCode::LeftAlt) || is_key_down(KeyCode::RightAlt),
            pad: HashSet::new(),
            shift_held: is_key_down(KeyCode::LeftShift) || is_key_down(KeyCode::RightShift),
        }
    }

    /// Whether the reader asked for `action` this frame, by any of its bindings.
    pub fn did(&self, action: Action) -> bool {
        bindings(action).into_iter().any(|b| self.gave(b))
    }

    /// The option or button the reader picked by its number (1 to 9) as an index 0..8.
    pub fn picked(&self) -> Option<usize> {
        (0..PICKS)
            .find(|&n| self.did(Action::Pick(n)))
            .map(usize::from)
    }

    fn gave(&self, binding: Binding) -> bool {
        match binding {
            Binding::Key(key) => {
                let shifted = self.shift_held && SHIFTED.contains(&key);
                self.keys.contains(&key) && !shifted
            }
            Binding::AltKey(key) => self.alt_held && self.keys.contains(&key),
            Binding::ShiftKey(key) => self.shift_held && self.keys.contains(&key),
            Binding::HeldCtrl => self.ctrl_held,
            Binding::Click => self.click,
            Binding::RightClick => self.right_click,
            Binding::WheelUp => self.wheel_up,
            Binding::WheelDown => self.wheel_down,
            Binding::Pad(button) => self.pad.contains(&button),
        }
    }

    /// Whether the reader did anything at all this frame.
    pub fn any(&self) -> bool {
        self.mouse_moved
            || self.click
            || self.right_click
            || self.wheel_up
            || self.wheel_down
            || !self.keys.is_empty()
            || !self.pad.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pressed(key: KeyCode, shift_held: bool) -> Input {
        Input {
            keys: [key].into_iter().collect(),
            shift_held,
            ..Input::default()
        }
    }

    #[test]
    fn shift_a_opens_the_accessibility_page_and_is_not_also_auto_forward() {
        let shift_a = pressed(KeyCode::A, true);
        assert!(shift_a.did(Action::Accessibility));
        assert!(!shift_a.did(Action::Auto));
        let a = pressed(KeyCode::A, false);
        assert!(a.did(Action::Auto) && !a.did(Action::Accessibility));
        // Shift leaves the other keys as they are.
        assert!(pressed(KeyCode::Space, true).did(Action::GoOn));
    }
}
