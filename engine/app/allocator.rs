//! The binary's memory allocator: mimalloc, for the story core's many small strings and
//! vectors (it serves them in about half the time of glibc's malloc; docs/PERFORMANCE.md),
//! tuned for the window player before `main` runs.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

#[global_allocator]
static ALLOCATOR: Mimalloc = Mimalloc;

/// Alignment every mimalloc block has: block sizes are whole words, in word-aligned pages.
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc through its plain entry points when the alignment asked for is one every block
/// has anyway, the aligned ones only beyond that. (The `mimalloc` crate always takes the
/// aligned path, which cost a tenth of the instructions spent reading a story.)
struct Mimalloc;

// SAFETY: each function hands mimalloc's block straight back; the plain calls are used only
// for alignments of a word or less, which every mimalloc block has, and mi_free and
// mi_realloc take blocks from either kind of call.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

// The window player runs for hours and frees in bursts (a scene's art, a music track). With
// its defaults mimalloc commits its first 1 GiB arena whole and purges freed memory only after
// a delay: that cost the player about 40 MB of resident memory over glibc, while it makes
// loading a story about 15% faster (docs/PERFORMANCE.md). So the player, and only the player,
// commits arena memory as it is used and purges at once. The commit option is read when the
// first arena is reserved, before `main`, so an ELF constructor ordered before mimalloc's own
// sets both. Only glibc passes constructors the command line (musl and others pass nothing, so
// reading it there is undefined): elsewhere the player runs with mimalloc's defaults.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[used]
#[link_section = ".init_array.00100"] // before mimalloc's constructor (priority 101)
static TUNE_ALLOCATOR_FOR_PLAYER: extern "C" fn(std::ffi::c_int, *const *const std::ffi::c_char) =
    tune_allocator_for_player;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
extern "C" {
    fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
}

/// glibc's malloc.h: the size from which an allocation gets its own mapping.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const M_MMAP_THRESHOLD: std::ffi::c_int = -3;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
extern "C" fn tune_allocator_for_player(
    argc: std::ffi::c_int,
    argv: *const *const std::ffi::c_char,
) {
    // Option numbers from mimalloc.h (the same in v2 and v3); libmimalloc-sys names only some.
    const ARENA_EAGER_COMMIT: mi::mi_option_t = 4;
    const PURGE_DELAY: mi::mi_option_t = 15;
    let count = if argv.is_null() {
        0
    } else {
        argc.max(0) as usize
    };
    // SAFETY: glibc calls .init_array functions with main's argc and argv: argv[0..argc] are
    // C strings, read in place; nothing is allocated.
    let args = (1..count).map(|i| unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) }.to_bytes());
    if runs_the_player(args) {
        // SAFETY: mi_option_set stores a value in mimalloc's static option table and allocates
        // nothing, so it may run before mimalloc is initialised.
        unsafe {
            mi::mi_option_set(ARENA_EAGER_COMMIT, 0);
            mi::mi_option_set(PURGE_DELAY, 0);
        }
        // The GL driver allocates through glibc: with a fixed mmap threshold its large freed
        // buffers (texture uploads) go back to the system instead of staying in the heap.
        // SAFETY: mallopt only sets a parameter of glibc's malloc (initialising it if needed).
        unsafe {
            mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        }
    }
}

/// Whether the command line (after the program's name) opens the window player: `play`,
/// `shot`, or no subcommand. The subcommand is the first argument that is not an option, so a
/// global flag before it (`spearhead --quiet play`) changes nothing; main.rs keeps global
/// options to flags without a separate value, which would read as the subcommand here.
#[cfg_attr(not(all(target_os = "linux", target_env = "gnu")), allow(dead_code))]
fn runs_the_player<'a>(args: impl IntoIterator<Item = &'a [u8]>) -> bool {
    let subcommand = args.into_iter().find(|arg| !arg.starts_with(b"-"));
    matches!(subcommand, None | Some(b"play" | b"shot"))
}

#[cfg(test)]
mod tests {
    use super::runs_the_player;

    fn player(args: &[&str]) -> bool {
        runs_the_player(args.iter().map(|a| a.as_bytes()))
    }

    #[test]
    fn the_player_is_play_shot_or_no_subcommand_whatever_flags_come_first() {
        assert!(player(&[]));
        assert!(player(&["play", "story"]));
        assert!(player(&["shot", "--lines", "5"]));
        assert!(player(&["--quiet", "play"]));
        assert!(player(&["--quiet"]));
        assert!(!player(&["routes", "story"]));
        assert!(!player(&["--quiet", "check", "play"]));
        assert!(!player(&["read", "--choose", "1"]));
    }
}
