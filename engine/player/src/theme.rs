//! The two looks of the game: the clean, bright Republic interior and the dark front. A scene's
//! location picks one; everything the interface draws takes its colours from here.

use macroquad::prelude::Color;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Names the story's interface frames: `ui/textbox_<key>.svg` and so on.
    pub key: &'static str,
    /// Behind everything when no background image is shown.
    pub backdrop: Color,
    pub textbox: Color,
    pub textbox_edge: Color,
    pub text: Color,
    /// The name plate when the narrator speaks (no character colour).
    pub narrator_plate: Color,
    /// The veil over the stage while a choice is open.
    pub veil: Color,
    pub option: Color,
    pub option_hover: Color,
    pub option_text: Color,
    pub option_disabled: Color,
    pub option_disabled_text: Color,
    pub accent: Color,
}

const fn rgba(r: u8, g: u8, b: u8, a: u8) -> Color {
    Color::new(
        r as f32 / 255.0,
        g as f32 / 255.0,
        b as f32 / 255.0,
        a as f32 / 255.0,
    )
}

/// The Republic: white marble, clean glass, blue accents.
pub const REPUBLIC: Theme = Theme {
    key: "republic",
    backdrop: rgba(222, 228, 236, 255),
    textbox: rgba(246, 248, 252, 232),
    textbox_edge: rgba(96, 140, 200, 255),
    text: rgba(24, 30, 44, 255),
    narrator_plate: rgba(96, 140, 200, 255),
    veil: rgba(20, 30, 50, 110),
    option: rgba(250, 252, 255, 245),
    option_hover: rgba(190, 214, 246, 250),
    option_text: rgba(24, 30, 44, 255),
    option_disabled: rgba(196, 200, 208, 230),
    option_disabled_text: rgba(120, 124, 132, 255),
    accent: rgba(96, 140, 200, 255),
};

/// The 86th Sector front: soot, rust and red.
pub const FRONT: Theme = Theme {
    key: "front",
    backdrop: rgba(20, 20, 22, 255),
    textbox: rgba(14, 14, 16, 225),
    textbox_edge: rgba(170, 50, 40, 255),
    text: rgba(232, 228, 220, 255),
    narrator_plate: rgba(110, 104, 96, 255),
    veil: rgba(0, 0, 0, 150),
    option: rgba(40, 38, 38, 240),
    option_hover: rgba(120, 40, 34, 250),
    option_text: rgba(236, 232, 224, 255),
    option_disabled: rgba(60, 60, 62, 200),
    option_disabled_text: rgba(130, 128, 126, 255),
    accent: rgba(190, 60, 48, 255),
};

impl Theme {
    /// The look for a scene's location key (`republic`, `front`, ...). Anything that is not the
    /// Republic is the front: the story spends most of its time there.
    pub fn for_location(location: Option<&str>) -> Theme {
        match location {
            Some(l) if l == "republic" || l.starts_with("republic.") => REPUBLIC,
            _ => FRONT,
        }
    }
}

/// A character's colour as a drawing colour.
pub fn color_of(rgb: [u8; 3]) -> Color {
    Color::from_rgba(rgb[0], rgb[1], rgb[2], 255)
}

/// Black or white, whichever reads better on `background`.
pub fn readable_on(background: Color) -> Color {
    let luma = 0.299 * background.r + 0.587 * background.g + 0.114 * background.b;
    if luma > 0.6 {
        Color::new(0.06, 0.06, 0.08, 1.0)
    } else {
        Color::new(1.0, 1.0, 1.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_republic_is_bright_and_the_front_is_dark() {
        let luma = |c: Color| c.r + c.g + c.b;
        assert_eq!(Theme::for_location(Some("republic")), REPUBLIC);
        assert_eq!(Theme::for_location(Some("front")), FRONT);
        assert_eq!(Theme::for_location(None), FRONT);
        assert!(luma(REPUBLIC.textbox) > 2.0 && luma(FRONT.textbox) < 0.5);
        assert!(luma(readable_on(color_of([255, 255, 200]))) < 0.5);
        assert!(luma(readable_on(color_of([120, 20, 20]))) > 2.5);
    }
}
