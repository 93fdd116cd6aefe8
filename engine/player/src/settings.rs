//! The reader's settings, kept between runs in the save folder as `settings.txt` (`key = value`
//! lines; unknown keys and bad values are ignored, so an old or hand-edited file never stops
//! the game, and a file from before a setting existed gives it its default).

use crate::accessibility::{nearest, LINE_SPACINGS, TEXT_SIZES};
use crate::limits::MAX_SETTINGS_BYTES;
use crate::textbox::{TextStyle, DEFAULT_SPEED};
use spearhead_core::files::{self, FileError};
use std::path::Path;

/// Why a setting given by name was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingError {
    #[error("there is no setting `{0}`")]
    UnknownKey(String),
    #[error("`{value}` is not a value of `{key}`")]
    BadValue { key: String, value: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Characters a second; 0 shows each line at once.
    pub text_speed: f32,
    /// Auto-forward: seconds to wait after a line is complete, plus a little per character.
    pub auto_delay: f32,
    /// 0 to 1.
    pub music_volume: f32,
    pub sound_volume: f32,
    /// No music and no sound, whatever the volumes (which are kept for when it is turned off).
    pub mute_all: bool,
    pub fullscreen: bool,
    /// Skip passes lines not read before too.
    pub skip_unseen: bool,
    /// Skipping goes on after the reader takes an option (a choice always waits for one).
    pub skip_after_choices: bool,
    /// Fades, dissolves and moves are played; off, each change shows its end at once.
    pub transitions: bool,
    /// How much of the text box's own opacity is drawn, 0 to 1 (the text is always opaque).
    pub textbox_opacity: f32,
    /// Dialogue text size and line spacing, in percent (one of `accessibility::TEXT_SIZES`,
    /// `LINE_SPACINGS`).
    pub text_size: u16,
    pub line_spacing: u16,
    /// White on black text box, edged in yellow.
    pub high_contrast: bool,
    /// Dialogue in the easier-to-read font (OpenDyslexic).
    pub dyslexic_font: bool,
    /// No transitions, shakes or flashes.
    pub reduce_motion: bool,
    /// Lines, names and choices read aloud by the system's speech service.
    pub self_voicing: bool,
    /// The language shown (a folder under the story's locales folder); empty for the story's own.
    pub language: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_speed: DEFAULT_SPEED,
            auto_delay: 1.2,
            music_volume: 0.7,
            sound_volume: 0.8,
            mute_all: false,
            fullscreen: false,
            skip_unseen: false,
            skip_after_choices: false,
            transitions: true,
            textbox_opacity: 1.0,
            text_size: 100,
            line_spacing: 100,
            high_contrast: false,
            dyslexic_font: false,
            reduce_motion: false,
            self_voicing: false,
            language: String::new(),
        }
    }
}

impl Settings {
    pub fn to_text(&self) -> String {
        let pairs: [(&str, String); 17] = [
            ("text_speed", self.text_speed.to_string()),
            ("auto_delay", self.auto_delay.to_string()),
            ("music_volume", self.music_volume.to_string()),
            ("sound_volume", self.sound_volume.to_string()),
            ("mute_all", self.mute_all.to_string()),
            ("fullscreen", self.fullscreen.to_string()),
            ("skip_unseen", self.skip_unseen.to_string()),
            ("skip_after_choices", self.skip_after_choices.to_string()),
            ("transitions", self.transitions.to_string()),
            ("textbox_opacity", self.textbox_opacity.to_string()),
            ("text_size", self.text_size.to_string()),
            ("line_spacing", self.line_spacing.to_string()),
            ("high_contrast", self.high_contrast.to_string()),
            ("dyslexic_font", self.dyslexic_font.to_string()),
            ("reduce_motion", self.reduce_motion.to_string()),
            ("self_voicing", self.self_voicing.to_string()),
            ("language", self.language.clone()),
        ];
        pairs
            .iter()
            .map(|(key, value)| format!("{key} = {value}\n"))
            .collect()
    }

    /// Settings from `to_text`'s format; what is missing or unreadable keeps its default.
    pub fn from_text(text: &str) -> Settings {
        let mut s = Settings::default();
        for line in text.lines() {
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            // A file from another version may hold keys this one does not know, or values it
            // cannot read: each keeps its default.
            let _ = s.set(key.trim(), value.trim());
        }
        s
    }

    /// Sets `key` from its text `value` (a number out of range is brought into it); an unknown
    /// key or a value that is not one changes nothing and says which.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), SettingError> {
        let bad = || SettingError::BadValue {
            key: key.to_string(),
            value: value.to_string(),
        };
        let number = || {
            value
                .parse::<f32>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(bad)
        };
        let within = |low: f32, high: f32| number().map(|v| v.clamp(low, high));
        let flag = || value.parse::<bool>().map_err(|_| bad());
        match key {
            "text_speed" => self.text_speed = within(0.0, 500.0)?,
            "auto_delay" => self.auto_delay = within(0.0, 30.0)?,
            "music_volume" => self.music_volume = within(0.0, 1.0)?,
            "sound_volume" => self.sound_volume = within(0.0, 1.0)?,
            "mute_all" => self.mute_all = flag()?,
            "fullscreen" => self.fullscreen = flag()?,
            "skip_unseen" => self.skip_unseen = flag()?,
            "skip_after_choices" => self.skip_after_choices = flag()?,
            "transitions" => self.transitions = flag()?,
            "textbox_opacity" => self.textbox_opacity = within(0.0, 1.0)?,
            "text_size" => self.text_size = nearest(&TEXT_SIZES, number()?),
            "line_spacing" => self.line_spacing = nearest(&LINE_SPACINGS, number()?),
            "high_contrast" => self.high_contrast = flag()?,
            "dyslexic_font" => self.dyslexic_font = flag()?,
            "reduce_motion" => self.reduce_motion = flag()?,
            "self_voicing" => self.self_voicing = flag()?,
            "language" => self.language = value.to_string(),
            _ => return Err(SettingError::UnknownKey(key.to_string())),
        }
        Ok(())
    }

    /// How the text box is drawn.
    pub fn text_style(&self) -> TextStyle {
        TextStyle {
            opacity: self.textbox_opacity,
            scale: f32::from(self.text_size) / 100.0,
            spacing: f32::from(self.line_spacing) / 100.0,
            high_contrast: self.high_contrast,
            readable_font: self.dyslexic_font,
        }
    }

    /// The music and sound volumes to play at: none while everything is muted.
    pub fn volumes(&self) -> (f32, f32) {
        if self.mute_all {
            (0.0, 0.0)
        } else {
            (self.music_volume, self.sound_volume)
        }
    }

    /// The settings kept in `dir`: the defaults when there are none yet, or when the file is
    /// damaged (after a warning that says how).
    pub fn load(dir: &Path) -> Settings {
        match Settings::read(dir) {
            Ok(settings) => settings,
            Err(e) if e.is_missing() => Settings::default(),
            Err(e) => {
                log::warn!("{e}; using the default settings");
                Settings::default()
            }
        }
    }

    /// The settings kept in `dir`, or why they cannot be read (a file too large, not a plain
    /// file, or not text). Lines it does not understand keep their defaults.
    pub fn read(dir: &Path) -> Result<Settings, FileError> {
        let text = files::read_text(&dir.join("settings.txt"), MAX_SETTINGS_BYTES)?;
        Ok(Settings::from_text(&text))
    }

    /// Writes the settings atomically, synced to disk.
    pub fn store(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        files::write_atomic(&dir.join("settings.txt"), self.to_text().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_bad_values_keep_defaults() {
        let s = Settings {
            text_speed: 90.0,
            auto_delay: 2.5,
            music_volume: 0.3,
            sound_volume: 0.0,
            mute_all: true,
            fullscreen: true,
            skip_unseen: true,
            skip_after_choices: true,
            transitions: false,
            textbox_opacity: 0.4,
            text_size: 140,
            line_spacing: 125,
            high_contrast: true,
            dyslexic_font: true,
            reduce_motion: true,
            self_voicing: true,
            language: "ja-JP".into(),
        };
        assert_eq!(Settings::from_text(&s.to_text()), s);
        let odd = Settings::from_text(
            "text_speed = fast\nmusic_volume = 7\nnonsense\nfullscreen = yes\nnew_key = 1\ntextbox_opacity = -3\n",
        );
        assert_eq!(odd.text_speed, DEFAULT_SPEED);
        assert_eq!(odd.music_volume, 1.0);
        assert!(!odd.fullscreen);
        assert_eq!(odd.textbox_opacity, 0.0);
        let sized = Settings::from_text("text_size = 1000\nline_spacing = 130\n");
        assert_eq!((sized.text_size, sized.line_spacing), (160, 125));
        let mut s = Settings::default();
        assert_eq!(
            s.set("transitions", "maybe"),
            Err(SettingError::BadValue {
                key: "transitions".into(),
                value: "maybe".into()
            })
        );
        assert_eq!(
            s.set("volume", "1"),
            Err(SettingError::UnknownKey("volume".into()))
        );
        assert_eq!(s, Settings::default());
    }

    #[test]
    fn a_settings_file_from_before_the_preferences_keeps_its_values_and_defaults_the_new_ones() {
        // Written by the player before mute, transitions, skip after choices and opacity.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/settings/before-preferences");
        let old = Settings::read(&dir).expect("the old file reads");
        let expected = Settings {
            text_speed: 60.0,
            auto_delay: 2.5,
            music_volume: 0.3,
            sound_volume: 0.5,
            fullscreen: true,
            skip_unseen: true,
            language: "ja-JP".into(),
            ..Settings::default()
        };
        assert_eq!(old, expected);
        assert!(old.transitions && !old.mute_all && !old.skip_after_choices);
        assert!(!old.high_contrast && !old.dyslexic_font && !old.reduce_motion);
        assert!(!old.self_voicing);
        assert_eq!((old.text_size, old.line_spacing), (100, 100));
        assert_eq!(old.textbox_opacity, 1.0);
    }

    #[test]
    fn mute_all_silences_both_volumes_and_keeps_them_for_later() {
        let mut s = Settings {
            mute_all: true,
            ..Settings::default()
        };
        assert_eq!(s.volumes(), (0.0, 0.0));
        s.mute_all = false;
        assert_eq!(s.volumes(), (0.7, 0.8));
    }
}
