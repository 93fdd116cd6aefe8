//! Looks: the colours and frames a front end draws its interface with, declared by the story
//! (`[looks.NAME]` in story.toml) and chosen per location, with a neutral one for a story that
//! declares none. The core only resolves them; the player turns them into drawing colours.

use crate::manifest::AssetPath;
use serde::Deserialize;
use toml::Spanned;

/// A colour as red, green, blue and alpha bytes.
pub type Rgba = [u8; 4];

/// Declares the colours of a look once: the resolved `Colors`, their neutral values, and the
/// optional `ColorDecls` story.toml writes (each field a colour of the same name).
macro_rules! colors {
    ($($(#[doc = $doc:literal])* $name:ident = $neutral:expr,)*) => {
        /// The colours of a look.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Colors {
            $($(#[doc = $doc])* pub $name: Rgba,)*
        }

        impl Colors {
            /// The look of a story that declares none: greys, readable, naming no place.
            pub const NEUTRAL: Colors = Colors { $($name: $neutral,)* };
        }

        /// `[looks.NAME.colors]` as written: `#rrggbb` or `#rrggbbaa`, each optional (a colour
        /// left out is the neutral look's).
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct ColorDecls {
            $(#[serde(default)] pub $name: Option<Spanned<String>>,)*
        }

        impl ColorDecls {
            /// Every colour written, with its name.
            pub fn written(&self) -> Vec<(&'static str, &Spanned<String>)> {
                let mut out = Vec::new();
                $(if let Some(c) = &self.$name { out.push((stringify!($name), c)); })*
                out
            }

            fn resolve(&self) -> Colors {
                let color = |c: &Option<Spanned<String>>, neutral| {
                    c.as_ref().and_then(|c| parse_rgba(c.get_ref())).unwrap_or(neutral)
                };
                let neutral = Colors::NEUTRAL;
                Colors { $($name: color(&self.$name, neutral.$name),)* }
            }
        }
    };
}

colors! {
    /// Behind everything when no background image is shown.
    backdrop = [30, 30, 32, 255],
    textbox = [20, 20, 24, 224],
    textbox_edge = [150, 150, 158, 255],
    text = [236, 236, 236, 255],
    /// The name plate when the narrator speaks (no character colour).
    narrator_plate = [110, 110, 118, 255],
    /// The veil over the stage while a choice is open.
    veil = [0, 0, 0, 140],
    option = [44, 44, 48, 240],
    option_hover = [84, 84, 96, 250],
    option_text = [236, 236, 236, 255],
    option_disabled = [60, 60, 62, 200],
    option_disabled_text = [130, 130, 130, 255],
    accent = [190, 190, 200, 255],
    /// The page the full-screen menus (settings, save and load, the gallery) are drawn on.
    page = [13, 13, 15, 247],
    /// Over the screen under a menu opened on top of it (the game menu, settings, the history),
    /// so what is behind does not read through the menu's text.
    dim = [0, 0, 0, 204],
}

/// `[looks.NAME]` in story.toml: the colours and the interface frames (pictures under the
/// assets folder; a frame left out is drawn by the front end in the look's colours).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LookDecl {
    #[serde(default)]
    pub colors: ColorDecls,
    #[serde(default)]
    pub textbox_frame: Option<AssetPath>,
    #[serde(default)]
    pub nameplate_frame: Option<AssetPath>,
    #[serde(default)]
    pub button_frame: Option<AssetPath>,
    #[serde(default)]
    pub button_hover_frame: Option<AssetPath>,
    /// The title screen's picture and the story's logo on it (the menu look's are used; without
    /// them the front end draws its own backdrop and the story's title as text).
    #[serde(default)]
    pub title_background: Option<AssetPath>,
    #[serde(default)]
    pub title_logo: Option<AssetPath>,
    /// Font files (TrueType or OpenType, under the assets folder): the dialogue and choices,
    /// the speaker's name plate, the menus and notices. A font left out is the front end's own.
    #[serde(default)]
    pub body_font: Option<AssetPath>,
    #[serde(default)]
    pub name_font: Option<AssetPath>,
    #[serde(default)]
    pub ui_font: Option<AssetPath>,
}

impl LookDecl {
    /// Every frame written, with what it frames.
    pub fn frames(&self) -> impl Iterator<Item = &AssetPath> {
        [
            &self.textbox_frame,
            &self.nameplate_frame,
            &self.button_frame,
            &self.button_hover_frame,
            &self.title_background,
            &self.title_logo,
        ]
        .into_iter()
        .flatten()
    }

    /// Every font file written.
    pub fn font_files(&self) -> impl Iterator<Item = &AssetPath> {
        [&self.body_font, &self.name_font, &self.ui_font]
            .into_iter()
            .flatten()
    }
}

/// A look resolved: every colour, and the frame files relative to the assets folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Look {
    pub colors: Colors,
    pub textbox_frame: Option<String>,
    pub nameplate_frame: Option<String>,
    pub button_frame: Option<String>,
    pub button_hover_frame: Option<String>,
    pub title_background: Option<String>,
    pub title_logo: Option<String>,
    pub fonts: Fonts,
}

/// The font files of a look, relative to the assets folder (`None`: the front end's own font).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Fonts {
    /// The dialogue and the choices.
    pub body: Option<String>,
    /// The speaker's name.
    pub name: Option<String>,
    /// The menus, buttons and notices.
    pub ui: Option<String>,
}

impl Look {
    /// The look of a story that declares none (and of one whose look is not found).
    pub fn neutral() -> Look {
        Look::from(&LookDecl::default())
    }
}

impl From<&LookDecl> for Look {
    fn from(decl: &LookDecl) -> Look {
        let file = |f: &Option<AssetPath>| f.as_ref().map(|p| p.get_ref().clone());
        Look {
            colors: decl.colors.resolve(),
            textbox_frame: file(&decl.textbox_frame),
            nameplate_frame: file(&decl.nameplate_frame),
            button_frame: file(&decl.button_frame),
            button_hover_frame: file(&decl.button_hover_frame),
            title_background: file(&decl.title_background),
            title_logo: file(&decl.title_logo),
            fonts: Fonts {
                body: file(&decl.body_font),
                name: file(&decl.name_font),
                ui: file(&decl.ui_font),
            },
        }
    }
}

/// Parses `#rrggbb` (opaque) or `#rrggbbaa`.
pub fn parse_rgba(text: &str) -> Option<Rgba> {
    let hex = text.strip_prefix('#')?;
    if !matches!(hex.len(), 6 | 8) || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    let alpha = if hex.len() == 8 { byte(6)? } else { 255 };
    Some([byte(0)?, byte(2)?, byte(4)?, alpha])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_six_or_eight_hex_digits() {
        assert_eq!(parse_rgba("#1e88e5"), Some([0x1e, 0x88, 0xe5, 255]));
        assert_eq!(parse_rgba("#1e88e580"), Some([0x1e, 0x88, 0xe5, 0x80]));
        for bad in ["1e88e5", "#1e88e", "#1e88e5f", "#gg0000", "#ééé", ""] {
            assert_eq!(parse_rgba(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_colour_left_out_is_the_neutral_looks() {
        let decl: LookDecl =
            toml::from_str("textbox_frame = \"ui/box.svg\"\n[colors]\ntext = \"#102030\"\n")
                .expect("a look parses");
        let look = Look::from(&decl);
        assert_eq!(look.colors.text, [0x10, 0x20, 0x30, 255]);
        assert_eq!(look.colors.veil, Colors::NEUTRAL.veil);
        assert_eq!(look.textbox_frame.as_deref(), Some("ui/box.svg"));
        assert_eq!(look.nameplate_frame, None);
        assert_eq!(
            look.fonts,
            Fonts::default(),
            "no font named: the front end's own"
        );
    }

    #[test]
    fn a_look_names_its_fonts_by_role() {
        let decl: LookDecl =
            toml::from_str("body_font = \"fonts/serif.ttf\"\nui_font = \"fonts/sans.otf\"\n")
                .expect("a look parses");
        let look = Look::from(&decl);
        assert_eq!(look.fonts.body.as_deref(), Some("fonts/serif.ttf"));
        assert_eq!(look.fonts.name, None);
        assert_eq!(look.fonts.ui.as_deref(), Some("fonts/sans.otf"));
        assert_eq!(decl.font_files().count(), 2);
    }

    #[test]
    fn an_unknown_colour_name_is_refused() {
        let parsed = toml::from_str::<LookDecl>("[colors]\ntextbox_colour = \"#000000\"\n");
        assert!(parsed.is_err());
    }
}
