//! The background loader: a worker thread reads art and sound files and does the CPU-heavy work
//! on them (SVG rasterising, PNG decoding), so the main thread only uploads finished RGBA
//! buffers (macroquad's GL context lives there). It remembers what it delivered, so no file is
//! loaded twice, and an SVG is rasterised again only when the size it is drawn at changes much.
//! It reads only inside the story's assets folder, files of bounded size, and delivers only
//! pictures small enough to upload.

use crate::limits::{
    MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE, MAX_THUMBNAIL_BYTES, MAX_THUMBNAIL_SIDE,
};
pub use crate::svg::{rasterise_svg, SvgFiles};
use macroquad::texture::Image;
use spearhead_core::files::{self, FileError, MAX_PICTURE_BYTES, MAX_SOUND_BYTES};
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
    pub content: Result<Content, LoadError>,
}

/// Why a job made nothing.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// Unreadable, outside the assets folder, too large, or not a plain file (names the file).
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Picture(#[from] PictureError),
    #[error("the SVG could not be read: {0}")]
    Svg(String),
    /// The decoder panicked (the worker caught it and went on).
    #[error("the file could not be decoded")]
    Panicked,
    #[error("the loader thread stopped")]
    WorkerGone,
}

impl LoadError {
    /// Whether the message names the file already.
    pub fn names_file(&self) -> bool {
        matches!(self, LoadError::File(_))
    }
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

impl Loader {
    /// Starts the worker thread, which reads files inside `root` (the story's assets folder)
    /// only; it ends when the loader is dropped.
    pub fn new(root: &Path) -> Loader {
        let root = root.to_path_buf();
        let (messages, inbox) = mpsc::channel();
        // One finished job waits at a time: the worker makes pictures faster than the main
        // thread uploads them (a bounded amount a frame), and a queue of finished 1280x720
        // pictures is 3.7 MB each.
        let (outbox, results) = mpsc::sync_channel(1);
        let spawned = std::thread::Builder::new()
            .name("spearhead-loader".into())
            .spawn(move || work(&root, inbox, outbox));
        if let Err(e) = spawned {
            // Every request then fails (the results channel is closed): placeholders, no hang.
            log::warn!("the loader thread did not start: {e}");
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
            content: Err(LoadError::WorkerGone),
        })
    }
}

/// The worker: takes jobs in order, hurried ones first, until the loader is dropped.
fn work(root: &Path, inbox: Receiver<Message>, outbox: SyncSender<Loaded>) {
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
        let content = load(root, &job.path, job.want);
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

/// Reads `path` (inside `root`) and makes `want` of it. A decoder's panic becomes an error too:
/// the worker must go on, or whatever waits for its later jobs would wait forever.
fn load(root: &Path, path: &Path, want: Want) -> Result<Content, LoadError> {
    let limit = match want {
        Want::Bytes => MAX_SOUND_BYTES,
        Want::Raster(..) | Want::Bitmap => MAX_PICTURE_BYTES,
    };
    let bytes = read_asset(root, path, limit)?;
    if want == Want::Bytes {
        return Ok(Content::Bytes(bytes));
    }
    std::panic::catch_unwind(|| decode(root, path, &bytes, want))
        .unwrap_or(Err(LoadError::Panicked))
}

/// The bytes of the file at `path`, which must really be inside `root` (no link leads out) and
/// at most `limit` bytes long.
pub fn read_asset(root: &Path, path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    files::read_capped(&files::confined(root, path)?, limit)
}

fn decode(root: &Path, path: &Path, bytes: &[u8], want: Want) -> Result<Content, LoadError> {
    let image = match want {
        Want::Raster(w, h) => {
            let folder = path.parent().unwrap_or(root);
            rasterise_svg(bytes, (w, h), Some(SvgFiles { root, folder })).map_err(LoadError::Svg)?
        }
        Want::Bitmap | Want::Bytes => decode_bitmap(bytes, PictureLimits::PICTURE)?,
    };
    Ok(Content::Image(image))
}

/// How big a decoded picture may be.
#[derive(Debug, Clone, Copy)]
pub struct PictureLimits {
    /// The widest or tallest, in pixels.
    pub side: u32,
    pub pixels: u64,
}

impl PictureLimits {
    /// Story art: what a texture can hold.
    pub const PICTURE: PictureLimits = PictureLimits {
        side: MAX_PICTURE_SIDE,
        pixels: MAX_PICTURE_PIXELS,
    };
    /// A save's thumbnail.
    pub const THUMBNAIL: PictureLimits = PictureLimits {
        side: MAX_THUMBNAIL_SIDE,
        pixels: MAX_THUMBNAIL_SIDE as u64 * MAX_THUMBNAIL_SIDE as u64,
    };
}

/// Why a bitmap could not become a picture.
#[derive(Debug, thiserror::Error)]
pub enum PictureError {
    #[error("the picture is {width}x{height} pixels; pictures may be at most {side} pixels wide or tall and {pixels} pixels in all", side = limits.side, pixels = limits.pixels)]
    TooLarge {
        width: u32,
        height: u32,
        limits: PictureLimits,
    },
    #[error("the picture could not be decoded: {0}")]
    Undecodable(#[from] image::ImageError),
    #[error("{0}")]
    Unreadable(#[from] FileError),
}

/// A PNG (or another format the `image` crate knows by its first bytes) decoded to RGBA, when
/// its header says it fits `limits`: the size is checked before any pixel is decoded, so a
/// 70,000-pixel-wide picture costs nothing, and never reaches the GPU (miniquad panics on it).
pub fn decode_bitmap(bytes: &[u8], limits: PictureLimits) -> Result<Image, PictureError> {
    use image::io::Reader;
    let reader = || Reader::new(std::io::Cursor::new(bytes)).with_guessed_format();
    let mut header = reader().map_err(image::ImageError::IoError)?;
    // Only the header is read here, so the decoder's own memory limit need not stand in the
    // way of learning the size (and saying it).
    header.no_limits();
    let (width, height) = header.into_dimensions()?;
    let fits = width <= limits.side
        && height <= limits.side
        && width as u64 * height as u64 <= limits.pixels;
    if !fits {
        return Err(PictureError::TooLarge {
            width,
            height,
            limits,
        });
    }
    let mut decoder = reader().map_err(image::ImageError::IoError)?;
    let mut bounds = image::io::Limits::default();
    bounds.max_image_width = Some(limits.side);
    bounds.max_image_height = Some(limits.side);
    // Sixteen-bit RGBA, the widest a decoder works in.
    bounds.max_alloc = Some(limits.pixels * 8);
    decoder.limits(bounds);
    let rgba = decoder.decode()?.to_rgba8();
    Ok(Image {
        // Both fit in u16: `limits.side` is at most MAX_PICTURE_SIDE (8192).
        width: width as u16,
        height: height as u16,
        bytes: rgba.into_raw(),
    })
}

/// A save's thumbnail at `path`: a PNG of bounded size, in bytes and in pixels.
pub fn load_thumbnail(path: &Path) -> Result<Image, PictureError> {
    let bytes = files::read_capped(path, MAX_THUMBNAIL_BYTES)?;
    decode_bitmap(&bytes, PictureLimits::THUMBNAIL)
}

/// Whether an SVG rasterised at `have` looks soft or wasteful at `want` (more than 10% off).
pub(crate) fn differs(have: (u32, u32), want: (u32, u32)) -> bool {
    let off = |a: u32, b: u32| (a as f32 - b as f32).abs() > 0.1 * b.max(1) as f32;
    off(have.0, want.0) || off(have.1, want.1)
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
        let dir = folder("svg");
        let path = dir.join("wide.svg");
        std::fs::write(&path, SVG).expect("temp dir is writable");
        let mut loader = Loader::new(&dir);
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
        let dir = folder("png");
        let path = dir.join("small.png");
        write_png(&path);
        let mut loader = Loader::new(&dir);
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
        let mut loader = Loader::new(&dir);
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
        let mut loader = Loader::new(&dir);
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
        let mut loader = Loader::new(&dir);
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

    /// A PNG whose header says `width` x `height` (grey, 8 bits) and whose pixel data is
    /// empty: a decoder reads its size, and it is tiny whatever that size.
    fn png_header(width: u32, height: u32) -> Vec<u8> {
        fn crc32(bytes: &[u8]) -> u32 {
            let mut crc = !0u32;
            for &b in bytes {
                crc ^= b as u32;
                for _ in 0..8 {
                    crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
                }
            }
            !crc
        }
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut body = kind.to_vec();
            body.extend_from_slice(data);
            let mut out = (data.len() as u32).to_be_bytes().to_vec();
            out.extend_from_slice(&body);
            out.extend_from_slice(&crc32(&body).to_be_bytes());
            out
        };
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &ihdr));
        png.extend(chunk(b"IDAT", &[]));
        png.extend(chunk(b"IEND", &[]));
        png
    }

    fn error_of(loaded: Loaded) -> LoadError {
        match loaded.content {
            Ok(_) => panic!("{} loaded", loaded.path.display()),
            Err(e) => e,
        }
    }

    #[test]
    fn a_picture_too_large_to_upload_is_an_error_found_before_decoding() {
        let dir = folder("too-large");
        // Real pictures, one row or column of 70,000 pixels: miniquad keeps sides as u16.
        let wide = dir.join("wide.png");
        image::save_buffer(&wide, &[128; 70_000], 70_000, 1, image::ColorType::L8)
            .expect("PNG written");
        let tall = dir.join("tall.png");
        image::save_buffer(&tall, &[128; 70_000], 1, 70_000, image::ColorType::L8)
            .expect("PNG written");
        let mut loader = Loader::new(&dir);
        for (path, size) in [(&wide, (70_000, 1)), (&tall, (1, 70_000))] {
            loader.request(path, Want::Bitmap, true);
            match error_of(loader.receive().expect("a result")) {
                LoadError::Picture(PictureError::TooLarge { width, height, .. }) => {
                    assert_eq!((width, height), size)
                }
                other => panic!("{other}"),
            }
        }
        // Headers alone: wider than a texture may be, and more pixels than a picture may have
        // (decoding either would take gigabytes).
        for (w, h) in [(MAX_PICTURE_SIDE + 1, 10), (8000, 8000)] {
            let decoded = decode_bitmap(&png_header(w, h), PictureLimits::PICTURE);
            assert!(
                matches!(decoded, Err(PictureError::TooLarge { .. })),
                "{w}x{h}: {decoded:?}"
            );
        }
        // So wide that the PNG decoder itself refuses to read on.
        assert!(decode_bitmap(&png_header(u32::MAX / 2, 1), PictureLimits::PICTURE).is_err());
        let thumbnail = decode_bitmap(&png_header(2000, 10), PictureLimits::THUMBNAIL);
        assert!(matches!(thumbnail, Err(PictureError::TooLarge { .. })));
    }

    #[test]
    fn files_outside_the_assets_folder_are_not_read() {
        let dir = folder("outside");
        let assets = dir.join("assets");
        std::fs::create_dir_all(&assets).expect("temp dir is writable");
        std::fs::write(dir.join("secret.svg"), SVG).expect("temp dir is writable");
        std::os::unix::fs::symlink(dir.join("secret.svg"), assets.join("link.svg"))
            .expect("symlinks");
        std::os::unix::fs::symlink("/dev/zero", assets.join("zero.wav")).expect("symlinks");
        let mut loader = Loader::new(&assets);
        for (path, want) in [
            (assets.join("../secret.svg"), Want::Raster(10, 10)),
            (assets.join("link.svg"), Want::Raster(10, 10)),
            (dir.join("secret.svg"), Want::Raster(10, 10)),
            (assets.join("zero.wav"), Want::Bytes),
        ] {
            loader.request(&path, want, false);
            let error = error_of(loader.receive().expect("a result"));
            assert!(
                matches!(error, LoadError::File(FileError::Outside { .. })),
                "{}: {error}",
                path.display()
            );
        }
    }

    #[test]
    fn files_larger_than_their_cap_are_not_read() {
        let dir = folder("huge");
        // Sparse files: gigabytes on paper, nothing on disk.
        for (name, size) in [("huge.png", 2u64 << 30), ("huge.ogg", MAX_SOUND_BYTES + 1)] {
            let file = std::fs::File::create(dir.join(name)).expect("temp dir is writable");
            file.set_len(size).expect("sparse files");
        }
        let mut loader = Loader::new(&dir);
        for (name, want) in [("huge.png", Want::Bitmap), ("huge.ogg", Want::Bytes)] {
            loader.request(&dir.join(name), want, false);
            let error = error_of(loader.receive().expect("a result"));
            assert!(
                matches!(error, LoadError::File(FileError::TooLarge { .. })),
                "{name}: {error}"
            );
        }
    }

    #[test]
    fn an_svg_draws_the_files_it_refers_to_only_from_inside_the_assets_folder() {
        let dir = folder("svg-refs");
        let assets = dir.join("assets");
        std::fs::create_dir_all(assets.join("bg")).expect("temp dir is writable");
        let square = |colour: &str| {
            format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                <rect width="10" height="10" fill="{colour}"/></svg>"#
            )
        };
        std::fs::write(assets.join("green.svg"), square("#00ff00")).expect("writable");
        std::fs::write(dir.join("red.svg"), square("#ff0000")).expect("writable");
        std::os::unix::fs::symlink(dir.join("red.svg"), assets.join("link.svg")).expect("symlinks");
        // Four squares in a row: one inside the assets folder (found from the SVG's own
        // folder), then the outside one by an absolute path, by `..` and through a link.
        // (`/dev/zero`, read until memory runs out, is in the window test.)
        let hrefs = [
            "../green.svg".to_string(),
            dir.join("red.svg").display().to_string(),
            "../../red.svg".to_string(),
            "../link.svg".to_string(),
        ];
        let images: String = hrefs
            .iter()
            .enumerate()
            .map(|(i, href)| {
                format!(
                    r#"<image href="{href}" x="{}" y="0" width="10" height="10"/>"#,
                    i * 10
                )
            })
            .collect();
        let main = assets.join("bg/main.svg");
        std::fs::write(
            &main,
            format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10">{images}</svg>"#
            ),
        )
        .expect("writable");
        let mut loader = Loader::new(&assets);
        loader.request(&main, Want::Raster(40, 10), true);
        let image = image_of(loader.receive().expect("a result"));
        assert_eq!((image.width, image.height), (40, 10));
        let pixel = |x: usize| &image.bytes[(5 * 40 + x) * 4..][..4];
        assert_eq!(pixel(5), &[0, 255, 0, 255], "the square inside is drawn");
        for x in [15, 25, 35] {
            assert_eq!(pixel(x)[3], 0, "x = {x}: a file outside was drawn");
        }
    }

    #[test]
    fn svg_is_redone_only_when_the_size_changes_noticeably() {
        assert!(!differs((1280, 720), (1290, 725)));
        assert!(differs((1280, 720), (1920, 1080)));
    }
}
