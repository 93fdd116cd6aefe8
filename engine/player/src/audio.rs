//! Music and sound effects through macroquad's audio. A reader without a sound card, or a
//! missing or undecodable file, must not stop the game: failures are logged and skipped.
//! (macroquad's decoder panics on bad data, so loading runs under `catch_unwind`.)
//!
//! Files are read ahead by the background loader, but decoding stays on the main thread:
//! macroquad 0.4 only takes a file's bytes (`load_sound_from_bytes` decodes them where it is
//! called, and quad-snd's decoder and `Sound` are not reachable from another thread). So a
//! sound read ahead is decoded on a frame where nothing moves (`decode_one`), where the pause
//! does not show; one needed before then is decoded when it is played.

use macroquad::audio::{load_sound_from_bytes, play_sound, stop_sound, PlaySoundParams, Sound};
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use crate::eviction::{self, InUse};
use crate::loader::{Content, Loader, Want};

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

/// A sound decoded on the main thread, for `SPEARHEAD_TIMING`.
pub struct Decoded {
    pub path: PathBuf,
    pub spent: Duration,
    /// Decoded when it was played (it had not been decoded ahead).
    pub when_played: bool,
}

pub struct Audio {
    dir: PathBuf,
    loader: Loader,
    /// Decoded sounds; `None` for a file that is missing or would not decode.
    sounds: HashMap<PathBuf, Option<Sound>>,
    /// Files read ahead, waiting for a still frame to be decoded in.
    read_ahead: Vec<(PathBuf, Vec<u8>)>,
    /// The sounds decoded since the player last took this list.
    pub decoded: Vec<Decoded>,
    warned: HashSet<PathBuf>,
    /// The track playing now: its manifest name and the sound.
    music: Option<(String, Sound)>,
    /// The file of the track playing now: it is never released.
    music_file: Option<PathBuf>,
    /// The files played since sounds were last released: they may still be sounding.
    played: HashSet<PathBuf>,
    /// Tracks fading in or out (a cross-fade is one of each).
    fades: Vec<Fade>,
    pub music_volume: f32,
    pub sound_volume: f32,
}

impl Audio {
    pub fn new(dir: &Path) -> Audio {
        Audio {
            dir: dir.to_path_buf(),
            loader: Loader::new(),
            sounds: HashMap::new(),
            read_ahead: Vec::new(),
            decoded: Vec::new(),
            warned: HashSet::new(),
            music: None,
            music_file: None,
            played: HashSet::new(),
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
        self.music_file = relative.map(|r| self.dir.join(r));
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
        self.music_file = None;
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

    /// Brings every fade to its end at once (a screenshot's reader has dwelt on the line long
    /// enough for it): a track fading out stops, and its sound is let go.
    pub fn finish_fades(&mut self) {
        self.update(f32::INFINITY);
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

    /// Has a file read ahead of its first use (see `preload`).
    pub fn preload(&mut self, relative: &str) {
        let path = self.dir.join(relative);
        if !sound_down() && !self.sounds.contains_key(&path) {
            self.loader.request(&path, Want::Bytes, false);
        }
    }

    /// Takes the files the loader has read.
    pub fn receive(&mut self) {
        while let Some(loaded) = self.loader.try_receive() {
            match loaded.content {
                // Played (and so decoded) before its read-ahead arrived: nothing left to do.
                Ok(_) if self.sounds.contains_key(&loaded.path) => {}
                Ok(Content::Bytes(bytes)) => self.read_ahead.push((loaded.path, bytes)),
                Ok(Content::Image(_)) => self.failed(loaded.path, "not a sound"),
                Err(e) => self.failed(loaded.path, &e),
            }
        }
    }

    /// Decodes one sound that was read ahead, on the main thread (see the module's note): call
    /// it on frames where nothing moves.
    pub fn decode_one(&mut self) {
        if sound_down() {
            return;
        }
        // In the order they were asked for: the scene's own sounds before the next scenes'.
        if !self.read_ahead.is_empty() {
            let (path, bytes) = self.read_ahead.remove(0);
            self.decode_into_cache(path, &bytes, false);
        }
    }

    /// The files that may be sounding now: the track playing and what was played since this
    /// was last asked (from then on, a sound played before is taken to have finished).
    pub fn take_sounding(&mut self) -> HashSet<PathBuf> {
        let mut sounding = std::mem::take(&mut self.played);
        sounding.extend(self.music_file.clone());
        sounding
    }

    /// Releases the decoded sounds and files read ahead that `in_use` does not keep (see
    /// `eviction`). Dropping the last handle of a `Sound` deletes its samples from
    /// macroquad's mixer (a track still fading out keeps its own handle until it ends).
    /// Returns how many.
    pub fn release_unused(&mut self, in_use: &InUse) -> usize {
        let decoded = self.sounds.iter().filter(|(_, s)| s.is_some());
        let loaded = decoded.map(|(path, _)| path);
        let waiting = self.read_ahead.iter().map(|(path, _)| path);
        let released = eviction::released(loaded.chain(waiting), in_use);
        for path in &released {
            self.sounds.remove(path);
            self.loader.forget(path);
        }
        self.read_ahead.retain(|(path, _)| !released.contains(path));
        released.len()
    }

    /// Whether sounds are still being read, or wait to be decoded.
    pub fn busy(&self) -> bool {
        !sound_down() && (self.loader.busy() || !self.read_ahead.is_empty())
    }

    fn load(&mut self, relative: &str) -> Option<Sound> {
        let path = self.dir.join(relative);
        self.played.insert(path.clone());
        if let Some(cached) = self.sounds.get(&path) {
            return cached.clone();
        }
        // Needed before a still frame came to decode it: read ahead, or read it now.
        let ahead = self.read_ahead.iter().position(|(p, _)| *p == path);
        let bytes = match ahead {
            Some(i) => Ok(self.read_ahead.swap_remove(i).1),
            None => std::fs::read(&path).map_err(|e| e.to_string()),
        };
        match bytes {
            Ok(bytes) => self.decode_into_cache(path, &bytes, true),
            Err(e) => {
                self.failed(path, &e);
                None
            }
        }
    }

    fn decode_into_cache(
        &mut self,
        path: PathBuf,
        bytes: &[u8],
        when_played: bool,
    ) -> Option<Sound> {
        let started = Instant::now();
        let decoded = decode(bytes);
        self.decoded.push(Decoded {
            path: path.clone(),
            spent: started.elapsed(),
            when_played,
        });
        match decoded {
            Ok(sound) => {
                self.sounds.insert(path, Some(sound.clone()));
                Some(sound)
            }
            Err(e) => {
                self.failed(path, &e);
                None
            }
        }
    }

    fn failed(&mut self, path: PathBuf, error: &str) {
        if self.warned.insert(path.clone()) {
            eprintln!("warning: {}: {error}; playing nothing", path.display());
        }
        self.sounds.insert(path, None);
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
