//! One frame's input, gathered from macroquad and expressed in virtual units, so screens never
//! ask the window directly and a scripted driver can stand in for the reader.

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
}

impl Input {
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
        }
    }

    pub fn pressed(&self, key: KeyCode) -> bool {
        self.keys.contains(&key)
    }

    /// Click, Space or Enter: go on.
    pub fn go_on(&self) -> bool {
        self.click || self.confirm()
    }

    /// Space or Enter.
    pub fn confirm(&self) -> bool {
        self.pressed(KeyCode::Space)
            || self.pressed(KeyCode::Enter)
            || self.pressed(KeyCode::KpEnter)
    }

    /// Esc or right click: open or close a menu.
    pub fn back(&self) -> bool {
        self.right_click || self.pressed(KeyCode::Escape)
    }

    /// Mouse wheel up or Page Up: step back a line.
    pub fn rollback(&self) -> bool {
        self.wheel_up || self.pressed(KeyCode::PageUp)
    }

    /// A number key 1..9 as an index 0..8.
    pub fn digit(&self) -> Option<usize> {
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
        const PAD: [KeyCode; 9] = [
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
        (0..9).find(|&i| self.pressed(DIGITS[i]) || self.pressed(PAD[i]))
    }

    /// Whether the reader did anything at all this frame.
    pub fn any(&self) -> bool {
        self.mouse_moved
            || self.click
            || self.right_click
            || self.wheel_up
            || self.wheel_down
            || !self.keys.is_empty()
    }
}
