//! What the accessibility page offers (Ren'Py's Shift+A menu): the steps of the text size and
//! line spacing, the high-contrast palette of the text box, and how much the stage may move.
//! The settings keep the reader's choices; the text box and the game screen apply them.

use crate::settings::Settings;
use macroquad::prelude::Color;

/// Text sizes, in percent of the story's own.
pub const TEXT_SIZES: [u16; 5] = [90, 100, 120, 140, 160];
/// Distances between lines of dialogue, in percent of the story's own.
pub const LINE_SPACINGS: [u16; 3] = [100, 125, 150];

/// The step of `steps` nearest to `percent` (a hand-edited value comes back onto the steps).
pub fn nearest(steps: &[u16], percent: f32) -> u16 {
    let distance = |s: &&u16| (f32::from(**s) - percent).abs();
    let closest = steps
        .iter()
        .min_by(|a, b| distance(a).total_cmp(&distance(b)));
    closest.copied().unwrap_or(100)
}

/// The step after `now` in `direction` (1 or -1), staying at the ends.
pub fn step(steps: &[u16], now: u16, direction: f32) -> u16 {
    let at = steps.iter().position(|&s| s == now).unwrap_or(0) as isize;
    let next = (at + direction.signum() as isize).clamp(0, steps.len() as isize - 1);
    steps.get(next as usize).copied().unwrap_or(now)
}

/// The high-contrast text box: white text on opaque black, edged in yellow (the marker and
/// the name plate's edge too), whatever the story's look.
pub struct Contrast;

impl Contrast {
    pub const BOX: Color = Color::new(0.0, 0.0, 0.0, 1.0);
    pub const TEXT: Color = Color::new(1.0, 1.0, 1.0, 1.0);
    pub const EDGE: Color = Color::new(1.0, 1.0, 0.0, 1.0);
}

/// How much the stage may move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    /// Transitions, shakes and flashes as the story wrote them.
    Full,
    /// Transitions off: each change shows its end at once; shakes and flashes stay.
    NoTransitions,
    /// Reduce motion: no transition, no shake, no flash.
    Reduced,
}

impl Motion {
    pub fn of(settings: &Settings) -> Motion {
        if settings.reduce_motion {
            Motion::Reduced
        } else if !settings.transitions {
            Motion::NoTransitions
        } else {
            Motion::Full
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_step_within_their_range_and_odd_values_come_back_onto_a_step() {
        assert!(TEXT_SIZES.len() >= 4, "at least four text sizes");
        assert_eq!(step(&TEXT_SIZES, 100, 1.0), 120);
        assert_eq!(step(&TEXT_SIZES, 160, 1.0), 160);
        assert_eq!(step(&TEXT_SIZES, 90, -1.0), 90);
        assert_eq!(nearest(&TEXT_SIZES, 133.0), 140);
        assert_eq!(nearest(&LINE_SPACINGS, 1000.0), 150);
    }

    #[test]
    fn reduce_motion_wins_over_transitions() {
        let mut s = Settings::default();
        assert_eq!(Motion::of(&s), Motion::Full);
        s.transitions = false;
        assert_eq!(Motion::of(&s), Motion::NoTransitions);
        s.reduce_motion = true;
        assert_eq!(Motion::of(&s), Motion::Reduced);
    }
}
