//! A look as the player draws it: the story's colours (`spearhead_core::look`) as drawing
//! colours, and its interface frames. A scene's location picks its look, the menus have theirs;
//! everything the interface draws takes its colours from here.

use macroquad::prelude::Color;
use spearhead_core::look::{Fonts, Look, Rgba};

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
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
    /// The page under the full-screen menus.
    pub page: Color,
    /// Over the screens under a menu opened on top of them.
    pub dim: Color,
    /// The story's interface pictures, under the assets folder (`None`: drawn in colours).
    pub frames: FrameFiles,
    /// The look's font files for the dialogue, names and menus (`FontBook` loads them).
    pub fonts: Fonts,
}

/// The interface frames a look declares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrameFiles {
    pub textbox: Option<String>,
    pub nameplate: Option<String>,
    pub button: Option<String>,
    pub button_hover: Option<String>,
    /// The title screen's picture and logo (the menu look's).
    pub title_background: Option<String>,
    pub title_logo: Option<String>,
}

fn rgba([r, g, b, a]: Rgba) -> Color {
    Color::new(
        r as f32 / 255.0,
        g as f32 / 255.0,
        b as f32 / 255.0,
        a as f32 / 255.0,
    )
}

impl From<Look> for Theme {
    fn from(look: Look) -> Theme {
        let c = look.colors;
        Theme {
            backdrop: rgba(c.backdrop),
            textbox: rgba(c.textbox),
            textbox_edge: rgba(c.textbox_edge),
            text: rgba(c.text),
            narrator_plate: rgba(c.narrator_plate),
            veil: rgba(c.veil),
            option: rgba(c.option),
            option_hover: rgba(c.option_hover),
            option_text: rgba(c.option_text),
            option_disabled: rgba(c.option_disabled),
            option_disabled_text: rgba(c.option_disabled_text),
            accent: rgba(c.accent),
            page: rgba(c.page),
            dim: rgba(c.dim),
            frames: FrameFiles {
                textbox: look.textbox_frame,
                nameplate: look.nameplate_frame,
                button: look.button_frame,
                button_hover: look.button_hover_frame,
                title_background: look.title_background,
                title_logo: look.title_logo,
            },
            fonts: look.fonts,
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
    fn a_looks_bytes_become_the_same_drawing_colours() {
        let theme = Theme::from(Look::neutral());
        let neutral = spearhead_core::look::Colors::NEUTRAL;
        assert_eq!(theme.veil, rgba(neutral.veil));
        assert_eq!(rgba([255, 0, 51, 102]), Color::new(1.0, 0.0, 0.2, 0.4));
        assert_eq!(theme.frames, FrameFiles::default());
        assert_eq!(theme.fonts, Fonts::default());
        assert_eq!(
            theme.page,
            Color::new(13.0 / 255.0, 13.0 / 255.0, 15.0 / 255.0, 247.0 / 255.0),
            "the menus' page of a story without looks: almost black, as it always was"
        );
        assert!(luma(readable_on(color_of([255, 255, 200]))) < 0.5);
        assert!(luma(readable_on(color_of([120, 20, 20]))) > 2.5);
    }

    fn luma(c: Color) -> f32 {
        c.r + c.g + c.b
    }
}
