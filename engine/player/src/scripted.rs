//! Scripted input for `spearhead shot --input`: one reader's gesture per event (a key, a click
//! at a point of the virtual canvas, a pointer move, the wheel), each given to the screens as
//! one frame's `Input`, so a test drives the real screens the way a reader would.

use crate::input::Input;
use macroquad::prelude::{vec2, KeyCode};

/// Why an `--input` event could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error(
        "unknown input `{0}`: use key:NAME, click:X:Y, rightclick:X:Y, move:X:Y or wheel:up|down"
    )]
    Unknown(String),
    #[error("unknown key `{0}`")]
    UnknownKey(String),
    #[error("`{0}` is not a point of the 1280x720 canvas (X:Y)")]
    BadPoint(String),
}

/// One scripted gesture, as the frame's input it gives.
#[derive(Debug, Clone)]
pub struct Event(pub Input);

impl std::str::FromStr for Event {
    type Err = EventError;

    fn from_str(s: &str) -> Result<Event, EventError> {
        let (kind, arg) = s.split_once(':').unwrap_or((s, ""));
        let input = match kind {
            "key" => Input {
                keys: [key(arg)?].into_iter().collect(),
                ..away()
            },
            "click" | "rightclick" | "move" => Input {
                mouse: point(arg)?,
                mouse_moved: true,
                click: kind == "click",
                right_click: kind == "rightclick",
                ..Default::default()
            },
            "wheel" if arg == "up" || arg == "down" => Input {
                wheel_up: arg == "up",
                wheel_down: arg == "down",
                ..away()
            },
            _ => return Err(EventError::Unknown(s.to_string())),
        };
        Ok(Event(input))
    }
}

/// A frame with the pointer off the canvas (a key press must not hover anything).
fn away() -> Input {
    Input {
        mouse: vec2(-1.0, -1.0),
        ..Default::default()
    }
}

fn point(arg: &str) -> Result<macroquad::prelude::Vec2, EventError> {
    let bad = || EventError::BadPoint(arg.to_string());
    let (x, y) = arg.split_once(':').ok_or_else(bad)?;
    let x: f32 = x.trim().parse().map_err(|_| bad())?;
    let y: f32 = y.trim().parse().map_err(|_| bad())?;
    let inside =
        (0.0..=crate::layout::WIDTH).contains(&x) && (0.0..=crate::layout::HEIGHT).contains(&y);
    inside.then(|| vec2(x, y)).ok_or_else(bad)
}

/// The keys a script may press, by a lowercase name.
const KEYS: [(&str, KeyCode); 28] = [
    ("escape", KeyCode::Escape),
    ("enter", KeyCode::Enter),
    ("space", KeyCode::Space),
    ("tab", KeyCode::Tab),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("delete", KeyCode::Delete),
    ("backspace", KeyCode::Backspace),
    ("f5", KeyCode::F5),
    ("f9", KeyCode::F9),
    ("a", KeyCode::A),
    ("h", KeyCode::H),
    ("l", KeyCode::L),
    ("m", KeyCode::M),
    ("n", KeyCode::N),
    ("q", KeyCode::Q),
    ("y", KeyCode::Y),
    ("1", KeyCode::Key1),
    ("2", KeyCode::Key2),
    ("3", KeyCode::Key3),
    ("4", KeyCode::Key4),
    ("5", KeyCode::Key5),
];

fn key(name: &str) -> Result<KeyCode, EventError> {
    let lower = name.to_ascii_lowercase();
    KEYS.iter()
        .find(|(n, _)| *n == lower)
        .map(|(_, k)| *k)
        .ok_or_else(|| EventError::UnknownKey(name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::Action;

    #[test]
    fn events_read_as_the_gestures_they_name() {
        let Event(esc) = "key:Escape".parse().expect("a key");
        assert!(esc.did(Action::Back) && !esc.click);
        let Event(click) = "click:100:705".parse().expect("a click");
        assert!(click.click && click.mouse == vec2(100.0, 705.0));
        let Event(wheel) = "wheel:up".parse().expect("the wheel");
        assert!(wheel.did(Action::Rollback));
        assert_eq!(
            "key:F13".parse::<Event>().err(),
            Some(EventError::UnknownKey("F13".into()))
        );
        assert!(matches!(
            "click:5000:1".parse::<Event>(),
            Err(EventError::BadPoint(_))
        ));
        assert!(matches!(
            "jump".parse::<Event>(),
            Err(EventError::Unknown(_))
        ));
    }
}
