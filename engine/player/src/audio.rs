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

/// A track's volume moving from `from` to `to`; a fade-out stops the track at the end.
struct Fade {
    name: String,
    sound: Sound,
    from: f32,
    to: f32,
    seconds: f32,
    elapsed: f32,
    stop_at_end: bool,
}

pub struct Audio {
    dir: PathBuf,
    sounds: HashMap<PathBuf, Option<Sound>>,
    warned: HashSet<PathBuf>,
    /// The track playing now: its manifest name and the sound.
    music: Option<(String, Sound)>,
    /// Tracks fading in or out (a cross-fade is one of each).
    fades: Vec<Fade>,
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
            fades: Vec::new(),
            music_volume: 0.7,
            sound_volume: 0.8,
        }
    }

    /// Starts `name` (file `relative`) looping, unless it is already the track playing. With
    /// `fade` seconds, the old track fades out while the new one fades in (a cross-fade).
    pub fn play_music(&mut self, name: &str, relative: Option<&str>, fade: Option<f32>) {
        if self
            .music
            .as_ref()
            .is_some_and(|(playing, _)| playing == name)
        {
            return;
        }
        self.stop_music(fade);
        if sound_down() {
            return;
        }
        let Some(sound) = relative.and_then(|r| self.load(r)) else {
            return;
        };
        // The same track may still be fading out from before: it restarts instead.
        self.fades.retain(|f| {
            if f.name == name {
                stop_sound(&f.sound);
            }
            f.name != name
        });
        let seconds = fade.unwrap_or(0.0).max(0.0);
        let start = if seconds > 0.0 {
            0.0
        } else {
            self.music_volume
        };
        play_sound(
            &sound,
            PlaySoundParams {
                looped: true,
                volume: start,
            },
        );
        if seconds > 0.0 {
            self.fades.push(Fade {
                name: name.to_string(),
                sound: sound.clone(),
                from: 0.0,
                to: self.music_volume,
                seconds,
                elapsed: 0.0,
                stop_at_end: false,
            });
        }
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

    /// Stops the music, at once or fading out over `fade` seconds.
    pub fn stop_music(&mut self, fade: Option<f32>) {
        let Some((name, sound)) = self.music.take() else {
            return;
        };
        if sound_down() {
            return;
        }
        // A track still fading in fades out from where it got to.
        let mut from = self.music_volume;
        self.fades.retain(|f| {
            if f.name == name {
                from = f.from + (f.to - f.from) * (f.elapsed / f.seconds).min(1.0);
            }
            f.name != name
        });
        match fade.filter(|s| *s > 0.0) {
            Some(seconds) => self.fades.push(Fade {
                name,
                sound,
                from,
                to: 0.0,
                seconds,
                elapsed: 0.0,
                stop_at_end: true,
            }),
            None => stop_sound(&sound),
        }
    }

    /// Moves the fades on by `dt` seconds; true while any is still going.
    pub fn update(&mut self, dt: f32) -> bool {
        for fade in &mut self.fades {
            fade.elapsed = (fade.elapsed + dt).min(fade.seconds);
            let volume = fade.from + (fade.to - fade.from) * (fade.elapsed / fade.seconds);
            macroquad::audio::set_sound_volume(&fade.sound, volume);
            if fade.elapsed >= fade.seconds && fade.stop_at_end {
                stop_sound(&fade.sound);
            }
        }
        self.fades.retain(|f| f.elapsed < f.seconds);
        !self.fades.is_empty()
    }

    /// The track that should be playing after a load or rollback.
    pub fn sync_music(&mut self, name: Option<&str>, relative: Option<&str>) {
        match name {
            Some(name) => self.play_music(name, relative, None),
            None => self.stop_music(None),
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

    /// Loads and decodes a file ahead of its first use (see `stage::preload`).
    pub fn preload(&mut self, relative: &str) {
        if !sound_down() {
            self.load(relative);
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
