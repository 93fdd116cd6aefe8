//! Music and sound effects through rodio. A track streams from its Ogg file while it plays, on
//! rodio's audio thread: only the file's bytes stay in memory (about 0.6 MB, where decoding a
//! whole track took 15 MB and up to 600 ms of the main thread). A reader without a sound card,
//! or a missing or undecodable file, must not stop the game: failures are logged once and the
//! game goes on silent for that sound.

use rodio::{Decoder, MixerDeviceSink, Player};
use std::collections::{HashMap, HashSet};
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::eviction::{self, InUse};
use crate::loader::{read_asset, Content, Loader, Want};
use spearhead_core::files::MAX_SOUND_BYTES;

/// A sound file's bytes, shared by every decoder playing it.
type Bytes = Cursor<Arc<[u8]>>;

/// A volume moving from `from` to `to` over `seconds`.
struct Ramp {
    from: f32,
    to: f32,
    seconds: f32,
    elapsed: f32,
}

impl Ramp {
    fn volume(&self) -> f32 {
        self.from + (self.to - self.from) * (self.elapsed / self.seconds).min(1.0)
    }

    fn done(&self) -> bool {
        self.elapsed >= self.seconds
    }
}

/// A music track playing (looped), perhaps fading in or out.
struct Track {
    /// The manifest's name for it.
    name: String,
    file: PathBuf,
    player: Player,
    ramp: Option<Ramp>,
}

impl Track {
    fn advance(&mut self, dt: f32) {
        if let Some(ramp) = &mut self.ramp {
            ramp.elapsed = (ramp.elapsed + dt).min(ramp.seconds);
            self.player.set_volume(ramp.volume());
            if ramp.done() {
                self.ramp = None;
            }
        }
    }
}

pub struct Audio {
    dir: PathBuf,
    loader: Loader,
    /// The sound device; `None` without one (the game is silent).
    device: Option<MixerDeviceSink>,
    /// Sound files read, by path; `None` for one missing or unreadable.
    files: HashMap<PathBuf, Option<Arc<[u8]>>>,
    warned: HashSet<PathBuf>,
    /// The track playing now.
    music: Option<Track>,
    /// Tracks fading out; each stops (is dropped) when its fade ends.
    leaving: Vec<Track>,
    /// The files played since sounds were last released: they may still be sounding.
    played: HashSet<PathBuf>,
    pub music_volume: f32,
    pub sound_volume: f32,
}

impl Audio {
    /// Opens the default sound device; without one, warns once and stays silent.
    pub fn new(dir: &Path) -> Audio {
        let device = match rodio::DeviceSinkBuilder::open_default_sink() {
            Ok(mut device) => {
                device.log_on_drop(false);
                Some(device)
            }
            Err(e) => {
                log::warn!("no sound: {e}. The game goes on without sound.");
                None
            }
        };
        Audio {
            dir: dir.to_path_buf(),
            loader: Loader::new(dir),
            device,
            files: HashMap::new(),
            warned: HashSet::new(),
            music: None,
            leaving: Vec::new(),
            played: HashSet::new(),
            music_volume: 0.7,
            sound_volume: 0.8,
        }
    }

    /// Starts `name` (file `relative`) looping, unless it is already the track playing. With
    /// `fade` seconds, the old track fades out while the new one fades in (a cross-fade).
    pub fn play_music(&mut self, name: &str, relative: Option<&str>, fade: Option<f32>) {
        if self.music.as_ref().is_some_and(|t| t.name == name) {
            return;
        }
        self.stop_music(fade);
        // The same track may still be fading out from before: it restarts instead.
        self.leaving.retain(|t| t.name != name);
        let Some((file, player)) = relative.and_then(|r| self.start(r, true)) else {
            return;
        };
        let seconds = fade.unwrap_or(0.0).max(0.0);
        let ramp = (seconds > 0.0).then_some(Ramp {
            from: 0.0,
            to: self.music_volume,
            seconds,
            elapsed: 0.0,
        });
        player.set_volume(if ramp.is_some() {
            0.0
        } else {
            self.music_volume
        });
        self.music = Some(Track {
            name: name.to_string(),
            file,
            player,
            ramp,
        });
    }

    /// New volumes (0 to 1); the track playing follows at once.
    pub fn set_volumes(&mut self, music: f32, sound: f32) {
        self.music_volume = music;
        self.sound_volume = sound;
        if let Some(track) = &mut self.music {
            match &mut track.ramp {
                Some(ramp) => ramp.to = music,
                None => track.player.set_volume(music),
            }
        }
    }

    /// Stops the music, at once or fading out over `fade` seconds.
    pub fn stop_music(&mut self, fade: Option<f32>) {
        let Some(mut track) = self.music.take() else {
            return;
        };
        if let Some(seconds) = fade.filter(|s| *s > 0.0) {
            // A track still fading in fades out from where it got to.
            let from = track.ramp.as_ref().map_or(self.music_volume, Ramp::volume);
            track.ramp = Some(Ramp {
                from,
                to: 0.0,
                seconds,
                elapsed: 0.0,
            });
            self.leaving.push(track);
        }
    }

    /// Moves the fades on by `dt` seconds; true while any is still going.
    pub fn update(&mut self, dt: f32) -> bool {
        if let Some(track) = &mut self.music {
            track.advance(dt);
        }
        for track in &mut self.leaving {
            track.advance(dt);
        }
        self.leaving.retain(|t| t.ramp.is_some());
        !self.leaving.is_empty() || self.music.as_ref().is_some_and(|t| t.ramp.is_some())
    }

    /// Brings every fade to its end at once (a screenshot's reader has dwelt on the line long
    /// enough for it): a track fading out stops.
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
        if let Some((_, player)) = relative.and_then(|r| self.start(r, false)) {
            player.set_volume(self.sound_volume);
            // It plays to its end on its own.
            player.detach();
        }
    }

    /// Has a file read ahead of its first use (see `preload`).
    pub fn preload(&mut self, relative: &str) {
        let path = self.dir.join(relative);
        if self.device.is_some() && !self.files.contains_key(&path) {
            self.loader.request(&path, Want::Bytes, false);
        }
    }

    /// Takes the files the loader has read.
    pub fn receive(&mut self) {
        while let Some(loaded) = self.loader.try_receive() {
            match loaded.content {
                // Read when it was played, before its read-ahead arrived: nothing left to do.
                Ok(_) if self.files.contains_key(&loaded.path) => {}
                Ok(Content::Bytes(bytes)) => {
                    self.files.insert(loaded.path, Some(bytes.into()));
                }
                Ok(Content::Image(_)) => self.failed(loaded.path, "not a sound"),
                Err(e) => self.failed(loaded.path, &e.to_string()),
            }
        }
    }

    /// The files that may be sounding now: the track playing and what was played since this
    /// was last asked (from then on, a sound played before is taken to have finished).
    pub fn take_sounding(&mut self) -> HashSet<PathBuf> {
        let mut sounding = std::mem::take(&mut self.played);
        sounding.extend(self.music.as_ref().map(|t| t.file.clone()));
        sounding
    }

    /// Releases the files read that `in_use` does not keep (see `eviction`); a track still
    /// fading out has its own decoder and is not cut short. Returns how many.
    pub fn release_unused(&mut self, in_use: &InUse) -> usize {
        let read = self.files.iter().filter(|(_, bytes)| bytes.is_some());
        let released = eviction::released(read.map(|(path, _)| path), in_use);
        for path in &released {
            self.files.remove(path);
            self.loader.forget(path);
        }
        released.len()
    }

    /// Whether sound files asked for are still being read.
    pub fn busy(&self) -> bool {
        self.device.is_some() && self.loader.busy()
    }

    /// A player on the device for `relative`, looped or not, not yet at any volume; `None`
    /// without a device or when the file is missing or not a sound (warned once).
    fn start(&mut self, relative: &str, looped: bool) -> Option<(PathBuf, Player)> {
        self.device.as_ref()?;
        let path = self.dir.join(relative);
        self.played.insert(path.clone());
        let bytes = self.bytes(&path)?;
        let player = Player::connect_new(self.device.as_ref()?.mixer());
        let appended = if looped {
            decoder(bytes, &path)
                .build_looped()
                .map(|d| player.append(d))
        } else {
            decoder(bytes, &path).build().map(|d| player.append(d))
        };
        match appended {
            Ok(()) => Some((path, player)),
            Err(e) => {
                self.failed(path, &e.to_string());
                None
            }
        }
    }

    /// The file's bytes: read ahead, or read now (a sound file takes well under a millisecond
    /// to read; decoding happens as it plays).
    fn bytes(&mut self, path: &Path) -> Option<Arc<[u8]>> {
        if let Some(read) = self.files.get(path) {
            return read.clone();
        }
        match read_asset(&self.dir, path, MAX_SOUND_BYTES) {
            Ok(bytes) => {
                let bytes: Arc<[u8]> = bytes.into();
                self.files.insert(path.to_path_buf(), Some(bytes.clone()));
                Some(bytes)
            }
            Err(e) => {
                self.failed(path.to_path_buf(), &e.to_string());
                None
            }
        }
    }

    fn failed(&mut self, path: PathBuf, error: &str) {
        if self.warned.insert(path.clone()) {
            log::warn!("{}: {error}; playing nothing", path.display());
        }
        self.files.insert(path, None);
    }
}

/// A decoder for a sound file's bytes, told its length and its kind (by extension) so that
/// it need not guess.
fn decoder(bytes: Arc<[u8]>, path: &Path) -> rodio::decoder::DecoderBuilder<Bytes> {
    let len = bytes.len() as u64;
    let builder = Decoder::builder()
        .with_data(Cursor::new(bytes))
        .with_byte_len(len)
        .with_seekable(true);
    match path.extension().and_then(|e| e.to_str()) {
        Some(extension) => builder.with_hint(extension),
        None => builder,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rodio::Source;

    fn bundled(relative: &str) -> (Arc<[u8]>, PathBuf) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../assets")
            .join(relative);
        (std::fs::read(&path).unwrap().into(), path)
    }

    /// The largest sample in the next `n` (a track that decodes to silence would be 0).
    fn loudest(source: &mut impl Iterator<Item = f32>, n: usize) -> f32 {
        source.take(n).fold(0.0, |m, s| m.max(s.abs()))
    }

    #[test]
    fn a_track_streams_and_loops_past_its_end() {
        let (bytes, path) = bundled("music/tension.ogg");
        let mut track = decoder(bytes, &path).build_looped().unwrap();
        let rate = track.sample_rate().get() as usize;
        let channels = track.channels().get() as usize;
        assert!(
            loudest(&mut track, rate * channels) > 0.01,
            "the track is silent"
        );
        // tension.ogg is 38.4 s long: two minutes in, a looped track is still playing.
        let two_minutes = 120 * rate * channels;
        let played = track.by_ref().take(two_minutes).count();
        assert_eq!(played, two_minutes);
        assert!(loudest(&mut track, rate * channels) > 0.01);
    }

    #[test]
    fn an_effect_ends() {
        let (bytes, path) = bundled("sound/click.wav");
        let effect = decoder(bytes, &path).build().unwrap();
        let samples = effect.count();
        assert!(samples > 0 && samples < 44_100 * 2, "{samples} samples");
    }

    #[test]
    fn a_file_that_is_not_a_sound_is_an_error_not_a_panic() {
        let bytes: Arc<[u8]> = b"OggS, or so it says, then nothing of the kind"
            .to_vec()
            .into();
        assert!(decoder(bytes.clone(), Path::new("x.ogg")).build().is_err());
        assert!(decoder(bytes, Path::new("x.wav")).build_looped().is_err());
    }
}
