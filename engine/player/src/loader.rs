//! The background loader: a worker thread reads art and sound files and does the CPU-heavy work
//! on them (SVG rasterising, PNG decoding), so the main thread only uploads finished RGBA
//! buffers (macroquad's GL context lives there). It remembers what it delivered, so no file is
//! loaded twice, and an SVG is rasterised again only when the size it is drawn at changes much.

use macroquad::texture::Image;
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TryRecvError};

/// What to make of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// An SVG, rasterised to fit inside this many pixels (width, height).
    Raster(u32, u32),
    /// A PNG (or another bitmap format), decoded at its own size.
    Bitmap,
    /// The file's bytes as they are: sound, which is decoded as it plays.
    Bytes,
}

impl Want {
    /// A picture at `path`: an SVG is rasterised at `size`, anything else decoded as it is.
    pub fn picture(path: &Path, size: (u32, u32)) -> Want {
        let is_svg = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
        if is_svg {
            Want::Raster(size.0, size.1)
        } else {
            Want::Bitmap
        }
    }
}

/// What a finished job made.
pub enum Content {
    Image(Image),
    Bytes(Vec<u8>),
}

/// A finished job: the file, what was asked of it, and the result or what went wrong.
pub struct Loaded {
    pub path: PathBuf,
    pub want: Want,
    pub content: Result<Content, String>,
}

/// Messages to the worker.
enum Message {
    Load(Job),
    /// A queued job is needed on screen now: it goes before the loading ahead.
    Hurry(PathBuf),
}

struct Job {
    path: PathBuf,
    want: Want,
    urgent: bool,
}

/// What the main thread knows of one file.
#[derive(Default)]
struct Status {
    /// The job on its way (one a file at a time), and whether it was hurried.
    in_flight: Option<Want>,
    hurried: bool,
    /// What was delivered last.
    delivered: Option<Want>,
    /// Loading failed once; it is not tried again.
    failed: bool,
}

impl Status {
    /// Whether a request for `want` needs a new job.
    fn needs(&self, want: Want) -> bool {
        if self.failed || self.in_flight.is_some() {
            return false;
        }
        match (self.delivered, want) {
            (None, _) => true,
            (Some(Want::Raster(w0, h0)), Want::Raster(w, h)) => differs((w0, h0), (w, h)),
            (Some(_), _) => false,
        }
    }
}

/// The main thread's end of a loader: requests go in, finished jobs come out.
pub struct Loader {
    messages: Sender<Message>,
    results: Receiver<Loaded>,
    files: HashMap<PathBuf, Status>,
}

impl Default for Loader {
    fn default() -> Self {
        Loader::new()
    }
}

impl Loader {
    /// Starts the worker thread; it ends when the loader is dropped.
    pub fn new() -> Loader {
        let (messages, inbox) = mpsc::channel();
        // One finished job waits at a time: the worker makes pictures faster than the main
        // thread uploads them (a bounded amount a frame), and a queue of finished 1280x720
        // pictures is 3.7 MB each.
        let (outbox, results) = mpsc::sync_channel(1);
        let spawned = std::thread::Builder::new()
            .name("spearhead-loader".into())
            .spawn(move || work(inbox, outbox));
        if let Err(e) = spawned {
            // Every request then fails (the results channel is closed): placeholders, no hang.
            eprintln!("warning: the loader thread did not start: {e}");
        }
        Loader {
            messages,
            results,
            files: HashMap::new(),
        }
    }

    /// Asks for `path` made as `want`: `urgent` when it is needed on screen now (it goes
    /// before what is loaded ahead). Nothing is loaded again that was delivered already (an SVG
    /// at a size within 10% of `want`), is on its way, or failed. True when a job was queued.
    pub fn request(&mut self, path: &Path, want: Want, urgent: bool) -> bool {
        let status = self.files.entry(path.to_path_buf()).or_default();
        if status.in_flight.is_some() && urgent && !status.hurried {
            status.hurried = true;
            // A closed channel shows as a failed job in `try_receive`.
            let _ = self.messages.send(Message::Hurry(path.to_path_buf()));
        }
        if !status.needs(want) {
            return false;
        }
        status.in_flight = Some(want);
        status.hurried = urgent;
        let job = Job {
            path: path.to_path_buf(),
            want,
            urgent,
        };
        let _ = self.messages.send(Message::Load(job));
        true
    }

    /// The next finished job, if one is ready; never waits.
    pub fn try_receive(&mut self) -> Option<Loaded> {
        match self.results.try_recv() {
            Ok(loaded) => Some(self.noted(loaded)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => self.worker_gone(),
        }
    }

    /// The next finished job, waiting for it; `None` when nothing is on its way.
    pub fn receive(&mut self) -> Option<Loaded> {
        if !self.busy() {
            return None;
        }
        match self.results.recv() {
            Ok(loaded) => Some(self.noted(loaded)),
            Err(_) => self.worker_gone(),
        }
    }

    /// Forgets that `path` was delivered (its result was released), so the next request loads
    /// it again. A job on its way, or a file that failed, is left as it is.
    pub fn forget(&mut self, path: &Path) {
        if self
            .files
            .get(path)
            .is_some_and(|s| s.in_flight.is_none() && !s.failed)
        {
            self.files.remove(path);
        }
    }

    /// Whether any job is on its way.
    pub fn busy(&self) -> bool {
        self.files.values().any(|s| s.in_flight.is_some())
    }

    fn noted(&mut self, loaded: Loaded) -> Loaded {
        let status = self.files.entry(loaded.path.clone()).or_default();
        status.in_flight = None;
        status.hurried = false;
        match loaded.content {
            Ok(_) => status.delivered = Some(loaded.want),
            Err(_) => status.failed = true,
        }
        loaded
    }

    /// The worker stopped (it never should): each job still on its way fails, one a call, so
    /// whatever waits for them shows a placeholder instead of waiting forever.
    fn worker_gone(&mut self) -> Option<Loaded> {
        let (path, status) = self.files.iter_mut().find(|(_, s)| s.in_flight.is_some())?;
        let want = status.in_flight.take()?;
        status.failed = true;
        Some(Loaded {
            path: path.clone(),
            want,
            content: Err("the loader thread stopped".into()),
        })
    }
}

/// The worker: takes jobs in order, hurried ones first, until the loader is dropped.
fn work(inbox: Receiver<Message>, outbox: SyncSender<Loaded>) {
    let mut queue: VecDeque<Job> = VecDeque::new();
    loop {
        if queue.is_empty() {
            match inbox.recv() {
                Ok(message) => take(&mut queue, message),
                Err(_) => return,
            }
        }
        while let Ok(message) = inbox.try_recv() {
            take(&mut queue, message);
        }
        let Some(job) = next_job(&mut queue) else {
            continue;
        };
        let content = load(&job.path, job.want);
        let loaded = Loaded {
            path: job.path,
            want: job.want,
            content,
        };
        if outbox.send(loaded).is_err() {
            return;
        }
    }
}

/// The first hurried job, else the first in line.
fn next_job(queue: &mut VecDeque<Job>) -> Option<Job> {
    let next = queue.iter().position(|j| j.urgent).unwrap_or(0);
    queue.remove(next)
}

fn take(queue: &mut VecDeque<Job>, message: Message) {
    match message {
        Message::Load(job) => queue.push_back(job),
        Message::Hurry(path) => {
            // Already taken (or done): nothing to hurry.
            if let Some(job) = queue.iter_mut().find(|j| j.path == path) {
                job.urgent = true;
            }
        }
    }
}

/// Reads `path` and makes `want` of it. A decoder's panic becomes an error too: the worker
/// must go on, or whatever waits for its later jobs would wait forever.
fn load(path: &Path, want: Want) -> Result<Content, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    if want == Want::Bytes {
        return Ok(Content::Bytes(bytes));
    }
    std::panic::catch_unwind(|| decode(&bytes, want))
        .unwrap_or_else(|_| Err("the file could not be decoded".into()))
}

fn decode(bytes: &[u8], want: Want) -> Result<Content, String> {
    let image = match want {
        Want::Raster(w, h) => rasterise_svg(bytes, (w, h))?,
        Want::Bitmap | Want::Bytes => {
            Image::from_file_with_format(bytes, None).map_err(|e| e.to_string())?
        }
    };
    Ok(Content::Image(image))
}

/// Whether an SVG rasterised at `have` looks soft or wasteful at `want` (more than 10% off).
pub(crate) fn differs(have: (u32, u32), want: (u32, u32)) -> bool {
    let off = |a: u32, b: u32| (a as f32 - b as f32).abs() > 0.1 * b.max(1) as f32;
    off(have.0, want.0) || off(have.1, want.1)
}

/// SVG bytes to an RGBA image that fits inside `want` pixels, keeping its aspect ratio.
pub fn rasterise_svg(bytes: &[u8], want: (u32, u32)) -> Result<Image, String> {
    use resvg::{tiny_skia, usvg};
    let tree =
        usvg::Tree::from_data(bytes, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let size = tree.size();
    let scale = (want.0.max(1) as f32 / size.width()).min(want.1.max(1) as f32 / size.height());
    let w = ((size.width() * scale).round() as u32).clamp(1, 8192);
    let h = ((size.height() * scale).round() as u32).clamp(1, 8192);
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("the SVG has no area")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    // tiny-skia keeps premultiplied alpha; macroquad blends straight alpha. Converted in
    // place: a second buffer would be another 3.7 MB for a background.
    let mut bytes = pixmap.take();
    for pixel in bytes.chunks_exact_mut(4) {
        let c = tiny_skia::PremultipliedColorU8::from_rgba(pixel[0], pixel[1], pixel[2], pixel[3])
            .map(|p| p.demultiply());
        if let Some(c) = c {
            pixel.copy_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
    }
    Ok(Image {
        bytes,
        width: w as u16,
        height: h as u16,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &[u8] = br##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
        <rect width="200" height="100" fill="#ff0000"/>
        <rect x="100" width="100" height="100" fill="#0000ff" fill-opacity="0.5"/></svg>"##;

    /// A folder of its own for one test's files.
    fn folder(test: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("spearhead-loader-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir is writable");
        dir
    }

    /// A 3x2 PNG, made with the `image` crate the player already uses for screenshots.
    fn write_png(path: &Path) {
        let pixels: Vec<u8> = (0..6).flat_map(|i| [i * 40, 0, 255, 255]).collect();
        image::save_buffer(path, &pixels, 3, 2, image::ColorType::Rgba8).expect("PNG written");
    }

    fn image_of(loaded: Loaded) -> Image {
        match loaded.content {
            Ok(Content::Image(image)) => image,
            Ok(Content::Bytes(_)) => panic!("bytes instead of an image"),
            Err(e) => panic!("{}: {e}", loaded.path.display()),
        }
    }

    #[test]
    fn an_svg_arrives_rasterised_at_the_size_asked_for() {
        let path = folder("svg").join("wide.svg");
        std::fs::write(&path, SVG).expect("temp dir is writable");
        let mut loader = Loader::new();
        assert!(loader.request(&path, Want::picture(&path, (400, 400)), false));
        assert!(loader.busy());
        let image = image_of(loader.receive().expect("a result"));
        assert_eq!((image.width, image.height), (400, 200));
        assert_eq!(image.bytes.len(), 400 * 200 * 4);
        assert_eq!(&image.bytes[..4], &[255, 0, 0, 255]);
        assert!(!loader.busy());
    }

    #[test]
    fn a_png_arrives_decoded_at_its_own_size() {
        let path = folder("png").join("small.png");
        write_png(&path);
        let mut loader = Loader::new();
        assert_eq!(Want::picture(&path, (999, 999)), Want::Bitmap);
        loader.request(&path, Want::Bitmap, true);
        let image = image_of(loader.receive().expect("a result"));
        assert_eq!((image.width, image.height), (3, 2));
        assert_eq!(&image.bytes[4..8], &[40, 0, 255, 255]);
    }

    #[test]
    fn missing_and_corrupt_files_are_errors_and_are_not_tried_again() {
        let dir = folder("broken");
        let corrupt = dir.join("corrupt.png");
        std::fs::write(&corrupt, b"not a picture").expect("temp dir is writable");
        let broken_svg = dir.join("broken.svg");
        std::fs::write(&broken_svg, b"<svg").expect("temp dir is writable");
        let missing = dir.join("missing.svg");
        let mut loader = Loader::new();
        for path in [&corrupt, &broken_svg, &missing] {
            loader.request(path, Want::picture(path, (64, 64)), false);
            let loaded = loader.receive().expect("a result");
            assert_eq!(&loaded.path, path);
            assert!(loaded.content.is_err(), "{} loaded", path.display());
            assert!(!loader.request(path, Want::picture(path, (64, 64)), true));
        }
        assert!(!loader.busy());
    }

    #[test]
    fn what_was_loaded_or_is_on_its_way_is_not_loaded_again() {
        let dir = folder("again");
        let (svg, sound) = (dir.join("a.svg"), dir.join("a.wav"));
        std::fs::write(&svg, SVG).expect("temp dir is writable");
        std::fs::write(&sound, b"RIFF....").expect("temp dir is writable");
        let mut loader = Loader::new();
        assert!(loader.request(&svg, Want::Raster(1280, 720), false));
        assert!(
            !loader.request(&svg, Want::Raster(1280, 720), true),
            "on its way"
        );
        assert!(loader.request(&sound, Want::Bytes, false));
        let mut arrived = [
            loader.receive().expect("a result"),
            loader.receive().expect("a result"),
        ];
        assert!(loader.receive().is_none(), "one result a job");
        arrived.sort_by_key(|l| l.path.clone());
        assert!(matches!(&arrived[1].content, Ok(Content::Bytes(b)) if b == b"RIFF...."));
        assert!(!loader.request(&sound, Want::Bytes, false), "already read");
        assert!(
            !loader.request(&svg, Want::Raster(1300, 730), false),
            "a size within 10% keeps the rasterised picture"
        );
        assert!(
            loader.request(&svg, Want::Raster(1920, 1080), false),
            "a much bigger window rasterises it again"
        );
        assert_eq!(image_of(loader.receive().expect("a result")).width, 1920);
    }

    #[test]
    fn a_forgotten_file_is_loaded_again_but_not_one_on_its_way_or_failed() {
        let dir = folder("forget");
        let (sound, missing) = (dir.join("a.wav"), dir.join("missing.wav"));
        std::fs::write(&sound, b"RIFF....").expect("temp dir is writable");
        let mut loader = Loader::new();
        assert!(loader.request(&sound, Want::Bytes, false));
        loader.forget(&sound);
        assert!(
            !loader.request(&sound, Want::Bytes, false),
            "still on its way"
        );
        assert!(loader.receive().is_some());
        assert!(!loader.request(&sound, Want::Bytes, false), "delivered");
        loader.forget(&sound);
        assert!(
            loader.request(&sound, Want::Bytes, false),
            "released, so read again"
        );
        assert!(loader.receive().is_some());
        loader.request(&missing, Want::Bytes, false);
        assert!(loader.receive().is_some_and(|l| l.content.is_err()));
        loader.forget(&missing);
        assert!(
            !loader.request(&missing, Want::Bytes, false),
            "a failure is not retried"
        );
    }

    #[test]
    fn a_hurried_job_goes_before_the_loading_ahead() {
        let mut queue = VecDeque::new();
        for name in ["a.svg", "b.svg", "c.svg"] {
            let job = Job {
                path: name.into(),
                want: Want::Bitmap,
                urgent: false,
            };
            take(&mut queue, Message::Load(job));
        }
        take(&mut queue, Message::Hurry("c.svg".into()));
        take(&mut queue, Message::Hurry("gone.svg".into()));
        let order: Vec<PathBuf> = std::iter::from_fn(|| next_job(&mut queue))
            .map(|j| j.path)
            .collect();
        assert_eq!(order, ["c.svg", "a.svg", "b.svg"].map(PathBuf::from));
    }

    #[test]
    fn svg_colours_survive_rasterising() {
        let image = rasterise_svg(SVG, (400, 400)).expect("valid SVG");
        let px = |x: usize, y: usize| {
            let i = (y * 400 + x) * 4;
            [
                image.bytes[i],
                image.bytes[i + 1],
                image.bytes[i + 2],
                image.bytes[i + 3],
            ]
        };
        assert_eq!(px(10, 10), [255, 0, 0, 255]);
        let half = px(300, 100);
        assert!(half[0] > 100 && half[2] > 100 && half[3] == 255, "{half:?}");
        assert!(rasterise_svg(b"not svg at all", (10, 10)).is_err());
    }

    #[test]
    fn see_through_svg_colours_come_out_straight_not_premultiplied() {
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
            <rect width="10" height="10" fill="#ff8000" fill-opacity="0.5"/>
        </svg>"##;
        let image = rasterise_svg(svg, (10, 10)).expect("valid SVG");
        let p = &image.bytes[(5 * 10 + 5) * 4..][..4];
        // Premultiplied it would be about [128, 64, 0, 128].
        assert!(
            p[0] >= 250 && (124..=132).contains(&p[1]) && p[2] == 0,
            "{p:?}"
        );
        assert!((126..=130).contains(&p[3]), "{p:?}");
    }

    #[test]
    fn svg_is_redone_only_when_the_size_changes_noticeably() {
        assert!(!differs((1280, 720), (1290, 725)));
        assert!(differs((1280, 720), (1920, 1080)));
    }
}
