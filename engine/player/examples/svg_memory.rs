//! How much memory rasterising each SVG takes: the peak of live heap bytes while
//! `loader::rasterise_svg` runs, the largest single allocation and the number of 1 MB+ ones,
//! counted by a wrapper around the system allocator (no allocator's retention in the figure).
//!
//! cargo run --release -p spearhead-player --example svg_memory -- 1280x720 assets/cg/*.svg

use spearhead_player::loader::{rasterise_svg, SvgFiles};
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static LARGEST: AtomicUsize = AtomicUsize::new(0);
static BIG: AtomicUsize = AtomicUsize::new(0);
const BIG_BYTES: usize = 1 << 20;

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Relaxed) + size;
    PEAK.fetch_max(live, Relaxed);
    LARGEST.fetch_max(size, Relaxed);
    if size >= BIG_BYTES {
        BIG.fetch_add(1, Relaxed);
    }
}

// SAFETY: every call goes straight to the system allocator; the counters are atomics.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_sub(layout.size(), Relaxed);
        grew(new_size);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let mut args = std::env::args().skip(1);
    let size = args.next().unwrap_or_default();
    let Some((w, h)) = size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
    else {
        eprintln!("usage: svg_memory WIDTHxHEIGHT FILE.svg...");
        std::process::exit(2);
    };
    let mb = |b: usize| b as f64 / 1e6;
    for file in args {
        let path = Path::new(&file);
        let bytes = std::fs::read(path).unwrap_or_default();
        let folder = path.parent().unwrap_or(Path::new("."));
        let files = SvgFiles {
            root: folder,
            folder,
        };
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        LARGEST.store(0, Relaxed);
        BIG.store(0, Relaxed);
        let started = std::time::Instant::now();
        let image = rasterise_svg(&bytes, (w, h), Some(files));
        let took = started.elapsed();
        let out = image.map(|i| format!("{}x{}", i.width, i.height));
        println!(
            "{file}: {out:?} in {:.0} ms; peak {:.1} MB above the start, largest block {:.1} MB, {} blocks of 1 MB or more",
            took.as_secs_f64() * 1e3,
            mb(PEAK.load(Relaxed) - base),
            mb(LARGEST.load(Relaxed)),
            BIG.load(Relaxed),
        );
    }
}
