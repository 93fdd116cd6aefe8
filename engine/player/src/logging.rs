//! The player's log: its warnings and errors go through the `log` facade, and this logger is
//! the one place that formats them, as `warning: ...` or `error: ...` on stderr (what readers
//! and the tests already read). `SPEARHEAD_LOG` (`error`, `warn`, `info`, `debug`, `trace` or
//! `off`) picks the least level shown; `info` by default.

use log::{Level, LevelFilter, Log, Metadata, Record};

struct Stderr;

static LOGGER: Stderr = Stderr;

impl Log for Stderr {
    fn enabled(&self, metadata: &Metadata) -> bool {
        shown(metadata.target(), metadata.level(), log::max_level())
    }

    fn log(&self, record: &Record) {
        if self.enabled(record.metadata()) {
            eprintln!("{}: {}", word(record.level()), record.args());
        }
    }

    fn flush(&self) {}
}

/// Whether a record is shown: ours down to `max`; the libraries' (the sound decoder notes every
/// stream it opens, hundreds a story) only as warnings and errors, unless `max` asks for their
/// debugging detail.
fn shown(target: &str, level: Level, max: LevelFilter) -> bool {
    let ours = target.starts_with("spearhead");
    level <= max && (ours || level <= Level::Warn || max >= LevelFilter::Debug)
}

/// How a level is written: the words of rustc and cargo.
fn word(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warn => "warning",
        Level::Info => "note",
        Level::Debug => "debug",
        Level::Trace => "trace",
    }
}

/// The least level shown, from `SPEARHEAD_LOG` (unset or not a level: `info`).
fn level(setting: Option<&str>) -> LevelFilter {
    setting
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(LevelFilter::Info)
}

/// Installs the logger, once per process (a second call changes nothing).
pub fn init() {
    if log::set_logger(&LOGGER).is_ok() {
        let setting = std::env::var("SPEARHEAD_LOG").ok();
        log::set_max_level(level(setting.as_deref()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_libraries_notes_are_left_out_but_not_their_warnings() {
        let info = LevelFilter::Info;
        assert!(shown("spearhead_player::reload", Level::Info, info));
        assert!(!shown("symphonia_core::probe", Level::Info, info));
        assert!(shown("symphonia_core::probe", Level::Warn, info));
        assert!(shown(
            "symphonia_core::probe",
            Level::Info,
            LevelFilter::Debug
        ));
        assert!(!shown(
            "spearhead_player::app",
            Level::Info,
            LevelFilter::Warn
        ));
    }

    #[test]
    fn the_level_comes_from_the_setting_and_defaults_to_info() {
        assert_eq!(level(None), LevelFilter::Info);
        assert_eq!(level(Some("warn")), LevelFilter::Warn);
        assert_eq!(level(Some("OFF")), LevelFilter::Off);
        assert_eq!(level(Some("loud")), LevelFilter::Info);
    }

    #[test]
    fn warnings_read_as_before() {
        assert_eq!(word(Level::Warn), "warning");
        assert_eq!(word(Level::Error), "error");
    }
}
