//! The reader's settings, kept between runs in the save folder as `settings.txt` (`key = value`
//! lines; unknown keys and bad values are ignored, so an old or hand-edited file never stops
//! the game).

use crate::limits::MAX_SETTINGS_BYTES;
use crate::textbox::DEFAULT_SPEED;
use spearhead_core::files::{self, FileError};
use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Characters a second; 0 shows each line at once.
    pub text_speed: f32,
    /// Auto-forward: seconds to wait after a line is complete, plus a little per character.
    pub auto_delay: f32,
    /// 0 to 1.
    pub music_volume: f32,
    pub sound_volume: f32,
    pub fullscreen: bool,
    /// Skip passes lines not read before too.
    pub skip_unseen: bool,
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
            fullscreen: false,
            skip_unseen: false,
            language: String::new(),
        }
    }
}

impl Settings {
    pub fn to_text(&self) -> String {
        format!(
            "text_speed = {}\nauto_delay = {}\nmusic_volume = {}\nsound_volume = {}\nfullscreen = {}\nskip_unseen = {}\nlanguage = {}\n",
            self.text_speed,
            self.auto_delay,
            self.music_volume,
            self.sound_volume,
            self.fullscreen,
            self.skip_unseen,
            self.language
        )
    }

    /// Settings from `to_text`'s format; what is missing or unreadable keeps its default.
    pub fn from_text(text: &str) -> Settings {
        let mut s = Settings::default();
        for line in text.lines() {
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            let (key, value) = (key.trim(), value.trim());
            let number = value.parse::<f32>().ok().filter(|v| v.is_finite());
            let flag = value.parse::<bool>().ok();
            match key {
                "text_speed" => s.text_speed = number.map_or(s.text_speed, |v| v.clamp(0.0, 500.0)),
                "auto_delay" => s.auto_delay = number.map_or(s.auto_delay, |v| v.clamp(0.0, 30.0)),
                "music_volume" => {
                    s.music_volume = number.map_or(s.music_volume, |v| v.clamp(0.0, 1.0))
                }
                "sound_volume" => {
                    s.sound_volume = number.map_or(s.sound_volume, |v| v.clamp(0.0, 1.0))
                }
                "fullscreen" => s.fullscreen = flag.unwrap_or(s.fullscreen),
                "skip_unseen" => s.skip_unseen = flag.unwrap_or(s.skip_unseen),
                "language" => s.language = value.to_string(),
                _ => {}
            }
        }
        s
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
            fullscreen: true,
            skip_unseen: true,
            language: "ja-JP".into(),
        };
        assert_eq!(Settings::from_text(&s.to_text()), s);
        let odd = Settings::from_text(
            "text_speed = fast\nmusic_volume = 7\nnonsense\nfullscreen = yes\nnew_key = 1\n",
        );
        assert_eq!(odd.text_speed, DEFAULT_SPEED);
        assert_eq!(odd.music_volume, 1.0);
        assert!(!odd.fullscreen);
    }
}
