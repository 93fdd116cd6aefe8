//! What rasterising an SVG may allocate: for a figure drawn as the bundled art draws them, no
//! block larger than a strip (`svg::STRIP_BYTES`) but the picture itself, however far the
//! drawing's shapes reach. (Before strips and the resvg patch, a 72 KB figure of cel shadows
//! made 92 MB layers for a 1280x720 picture.) Blocks are counted by a wrapper around the system
//! allocator, the whole test binary being this one test: sizes, not a time or a resident-memory
//! figure.

use spearhead_player::loader::{Content, Loader, Want};
use spearhead_player::svg::{MAX_LAYER_BYTES, STRIP_BYTES};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The largest block asked for since the count was last reset, and how many were larger than
/// a strip.
static LARGEST: AtomicUsize = AtomicUsize::new(0);
static LARGER_THAN_A_STRIP: AtomicUsize = AtomicUsize::new(0);

fn asked_for(size: usize) {
    LARGEST.fetch_max(size, Relaxed);
    if size > STRIP_BYTES {
        LARGER_THAN_A_STRIP.fetch_add(1, Relaxed);
    }
}

struct Counting;

// SAFETY: every call goes straight to the system allocator; the count is an atomic.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        asked_for(layout.size());
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        asked_for(layout.size());
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        asked_for(new_size);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A figure as the bundled art draws one, on a 1920x1080 canvas: a colour filter over it and
/// cel shadows, each a 6000-unit rectangle with a hole at group opacity, clipped to a limb.
fn cel_shaded_figure() -> String {
    let shadow = |x: u32| {
        format!(
            r##"<g clip-path="url(#limb)" transform="translate({x} 0)">
              <path d="M -2000 -2000 H 4000 V 4000 H -2000 Z M 700 300 H 760 V 900 H 700 Z"
                    fill-rule="evenodd" fill="#000000" opacity="0.3"/>
            </g>"##
        )
    };
    let shadows: String = (0..6).map(|i| shadow(i * 60)).collect();
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080">
          <defs>
            <filter id="tint" x="-10%" y="-10%" width="120%" height="120%">
              <feColorMatrix type="matrix"
                values="1.04 0 0 0 0.03 0 0.9 0 0 0 0 0 0.76 0 -0.02 0 0 0 1 0"/>
            </filter>
            <clipPath id="limb"><rect x="680" y="280" width="120" height="640"/></clipPath>
          </defs>
          <rect width="1920" height="1080" fill="#303848"/>
          <g filter="url(#tint)" transform="translate(40 20) scale(1.2)">
            <rect x="680" y="280" width="480" height="640" fill="#6e7058"/>
            {shadows}
          </g>
        </svg>"##
    )
}

#[test]
fn a_cel_shaded_figure_is_rasterised_with_no_block_larger_than_a_strip_but_its_picture() {
    let dir = std::env::temp_dir().join(format!("spearhead-svg-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    let path = dir.join("figure.svg");
    std::fs::write(&path, cel_shaded_figure()).expect("temp dir is writable");
    let mut loader = Loader::new(&dir);
    LARGEST.store(0, Relaxed);
    LARGER_THAN_A_STRIP.store(0, Relaxed);
    loader.request(&path, Want::Raster(1280, 720), true);
    let loaded = loader.receive().expect("a result");
    let (largest, large) = (LARGEST.load(Relaxed), LARGER_THAN_A_STRIP.load(Relaxed));
    let _ = std::fs::remove_dir_all(&dir);
    match loaded.content {
        Ok(Content::Image(image)) => assert_eq!((image.width, image.height), (1280, 720)),
        Ok(Content::Bytes(_)) => panic!("bytes instead of a picture"),
        Err(e) => panic!("{e}"),
    }
    let picture = 1280 * 720 * 4;
    assert!(
        largest <= picture.max(MAX_LAYER_BYTES),
        "a block of {largest} bytes for a picture of {picture}"
    );
    // Its layers are cut to the strip they are drawn on: the colour filter works pixel by
    // pixel, so it needs nothing from beyond it.
    assert_eq!(large, 1, "blocks larger than a strip besides the picture");
}
