//! `SPEARHEAD_TIMING=1`: the player reports to standard error when its first frame is drawn
//! (time since the process started), the frame rate and CPU per frame of each animation (a line
//! typing, a transition; all threads, including a software renderer's), and for each scene
//! change the time until its art was shown and everything was loaded, and the longest time the
//! main thread spent on loading in one frame meanwhile. For docs/PERFORMANCE.md.

use std::time::{Duration, Instant};

pub struct Timing {
    first_done: bool,
    frames: u32,
    cpu_at_start: Option<Duration>,
    started: Instant,
    /// Main-thread time spent in the frame being made on loading pictures.
    frame_loading: Duration,
    scene: Option<SceneChange>,
}

/// A scene change being timed, from its start until everything asked for has arrived.
struct SceneChange {
    name: String,
    started: Instant,
    /// When the scene's first picture was complete (its art arrived).
    shown_after: Option<Duration>,
    held_frames: u32,
    /// The most main-thread loading work in one frame.
    longest: Duration,
}

impl Timing {
    pub fn from_env() -> Option<Timing> {
        std::env::var_os("SPEARHEAD_TIMING").map(|_| Timing {
            first_done: false,
            frames: 0,
            cpu_at_start: None,
            started: Instant::now(),
            frame_loading: Duration::ZERO,
            scene: None,
        })
    }

    /// A scene starts: its loading is timed from now (one cut short by it is reported first).
    pub fn scene_started(&mut self, name: &str) {
        if let Some(cut_short) = self.scene.take() {
            cut_short.report("before the next scene started");
        }
        self.scene = Some(SceneChange {
            name: name.to_string(),
            started: Instant::now(),
            shown_after: None,
            held_frames: 0,
            longest: Duration::ZERO,
        });
    }

    /// Main-thread time spent on loading pictures in this frame (asking, uploading).
    pub fn loading(&mut self, spent: Duration) {
        self.frame_loading += spent;
    }

    /// Art and sound no longer in use were released after a scene change (see `eviction`).
    pub fn released(&mut self, pictures: usize, sounds: usize, spent: Duration) {
        let resident = resident_mb().map_or_else(String::new, |mb| {
            format!("; resident memory now {mb:.1} MB")
        });
        eprintln!(
            "timing: released {pictures} pictures and {sounds} sounds in {}{resident}",
            ms(spent)
        );
    }

    /// A frame was drawn: `animating` while something moves on screen, `waiting` while the
    /// screen holds its picture for art still loading, `loading` while the loaders have work.
    pub fn frame(&mut self, animating: bool, waiting: bool, loading: bool) {
        let pictures = std::mem::take(&mut self.frame_loading);
        if !self.first_done && !waiting {
            self.first_done = true;
            eprintln!(
                "timing: first frame drawn {:.0} ms after start",
                process_age().as_secs_f64() * 1000.0
            );
        }
        self.scene_frame(pictures, waiting, loading);
        self.animation_frame(animating);
    }

    fn scene_frame(&mut self, pictures: Duration, waiting: bool, loading: bool) {
        let Some(scene) = self.scene.as_mut() else {
            return;
        };
        scene.longest = scene.longest.max(pictures);
        if waiting {
            scene.held_frames += 1;
        } else if scene.shown_after.is_none() {
            scene.shown_after = Some(scene.started.elapsed());
        }
        if scene.shown_after.is_some() && !loading {
            scene.report("");
            self.scene = None;
        }
    }

    fn animation_frame(&mut self, animating: bool) {
        match (animating, self.cpu_at_start) {
            (true, None) => {
                self.cpu_at_start = process_cpu();
                self.started = Instant::now();
                self.frames = 0;
            }
            (true, Some(_)) => self.frames += 1,
            (false, Some(start)) => {
                // An animation (a line typing, a transition) just ended: report it.
                if let (Some(now), true) = (process_cpu(), self.frames >= 10) {
                    let per_frame = (now - start).as_secs_f64() * 1000.0 / self.frames as f64;
                    let fps = self.frames as f64 / self.started.elapsed().as_secs_f64();
                    eprintln!(
                        "timing: {} animated frames, {fps:.0} a second, {per_frame:.1} ms CPU each",
                        self.frames
                    );
                }
                self.cpu_at_start = None;
            }
            (false, None) => {}
        }
    }
}

impl SceneChange {
    fn report(&self, note: &str) {
        let shown = self.shown_after.map_or_else(
            || "not yet shown".to_string(),
            |d| format!("shown after {}", ms(d)),
        );
        let loaded = if note.is_empty() {
            format!(
                "everything asked for loaded after {}",
                ms(self.started.elapsed())
            )
        } else {
            format!("still loading {note}")
        };
        eprintln!(
            "timing: scene {}: {shown} ({} frames held for its art), {loaded}; longest \
             main-thread loading in one frame {}",
            self.name,
            self.held_frames,
            ms(self.longest),
        );
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// User plus system CPU time of this process so far (Linux; `None` elsewhere).
fn process_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// The process's resident memory now, in MB (Linux; `None` elsewhere).
fn resident_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1000.0)
}

/// Time since the process started (Linux; zero elsewhere).
fn process_age() -> Duration {
    let since_boot = || -> Option<Duration> {
        let uptime: f64 = std::fs::read_to_string("/proc/uptime")
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()?;
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        let start_ticks: u64 = stat
            .rsplit_once(')')?
            .1
            .split_whitespace()
            .nth(19)?
            .parse()
            .ok()?;
        Some(Duration::from_secs_f64(
            (uptime - start_ticks as f64 / 100.0).max(0.0),
        ))
    };
    since_boot().unwrap_or_default()
}
