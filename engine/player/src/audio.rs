//! Music and sound effects through macroquad's audio. A reader without a sound card, or a
//! missing or undecodable file, must not stop the game: failures are logged and skipped.
//! (macroquad's decoder panics on bad data, so loading runs under `catch_unwind`.)

use macroquad::audio::{load_sound_from_bytes, play_sound, stop_sound, PlaySoundParams, Sound};
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Waker};

/// Set when the sound thread has given up (no sound card, or the device failed).
static SOUND_DOWN: AtomicBool = AtomicBool::new(false);

/// macroquad's sound thread panics when it cannot open the sound device. That panic only ends
/// that thread; this hook turns its backtrace into one warning, and the player goes on silent.
/// Every other panic goes to the default hook.
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let from_sound = info
            .location()
            .is_some_and(|l| l.file().contains("quad-snd"));
        if from_sound && std::thread::current().name() != Some("main") {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            if !SOUND_DOWN.swap(true, Ordering::Relaxed) {
                eprintln!("warning: no sound: {message} The game goes on without sound.");
            }
        } else {
            default(info);
        }
    }));
}

fn sound_down() -> bool {
    SOUND_DOWN.load(Ordering::Relaxed)
}

pub struct Audio {
    dir: PathBuf,
    sounds: HashMap<PathBuf, Option<Sound>>,
    warned: HashSet<PathBuf>,
    /// The track playing now: its manifest name and the sound.
    music: Option<(String, Sound)>,
    pub music_volume: f32,
    pub sound_volume: f32,
}

impl Audio {
    pub fn new(dir: &Path) -> Audio {
        Audio {
            dir: dir.to_path_buf(),
            sounds: HashMap::new(),
            warned: HashSet::new(),
            music: None,
            music_volume: 0.7,
            sound_volume: 0.8,
        }
    }

    /// Starts `name` (file `relative`) looping, unless it is already the track playing.
    /// Fades are not performed yet: the track starts and stops at once.
    pub fn play_music(&mut self, name: &str, relative: Option<&str>) {
        if self
            .music
            .as_ref()
            .is_some_and(|(playing, _)| playing == name)
        {
            return;
        }
        self.stop_music();
        if sound_down() {
            return;
        }
        let Some(sound) = relative.and_then(|r| self.load(r)) else {
            return;
        };
        play_sound(
            &sound,
            PlaySoundParams {
                looped: true,
                volume: self.music_volume,
            },
        );
        self.music = Some((name.to_string(), sound));
    }

    /// New volumes (0 to 1); the track playing follows at once.
    pub fn set_volumes(&mut self, music: f32, sound: f32) {
        self.music_volume = music;
        self.sound_volume = sound;
        if let (Some((_, track)), false) = (&self.music, sound_down()) {
            macroquad::audio::set_sound_volume(track, music);
        }
    }

    pub fn stop_music(&mut self) {
        if let Some((_, sound)) = self.music.take() {
            if !sound_down() {
                stop_sound(&sound);
            }
        }
    }

    /// The track that should be playing after a load or rollback.
    pub fn sync_music(&mut self, name: Option<&str>, relative: Option<&str>) {
        match name {
            Some(name) => self.play_music(name, relative),
            None => self.stop_music(),
        }
    }

    pub fn play_sound(&mut self, relative: Option<&str>) {
        if sound_down() {
            return;
        }
        if let Some(sound) = relative.and_then(|r| self.load(r)) {
            play_sound(
                &sound,
                PlaySoundParams {
                    looped: false,
                    volume: self.sound_volume,
                },
            );
        }
    }

    fn load(&mut self, relative: &str) -> Option<Sound> {
        let path = self.dir.join(relative);
        if let Some(cached) = self.sounds.get(&path) {
            return cached.clone();
        }
        let loaded = std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| decode(&bytes));
        let sound = match loaded {
            Ok(sound) => Some(sound),
            Err(e) => {
                if self.warned.insert(path.clone()) {
                    eprintln!("warning: {}: {e}; playing nothing", path.display());
                }
                None
            }
        };
        self.sounds.insert(path, sound.clone());
        sound
    }
}

/// Decodes a sound file. macroquad's loader is `async` but finishes in one poll on desktop, and
/// its decoder panics on data it cannot read; both are handled here.
fn decode(bytes: &[u8]) -> Result<Sound, String> {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut future = std::pin::pin!(load_sound_from_bytes(bytes));
        future
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
    }));
    match outcome {
        Ok(Poll::Ready(Ok(sound))) => Ok(sound),
        Ok(Poll::Ready(Err(e))) => Err(e.to_string()),
        Ok(Poll::Pending) => Err("the sound did not load at once".into()),
        Err(_) => Err("the file could not be decoded".into()),
    }
}
