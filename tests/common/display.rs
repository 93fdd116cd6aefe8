//! Test support shared by the window tests (tests/player_window.rs, tests/art.rs): an X display
//! for the player's child process. With DISPLAY unset, a private Xvfb is started and stopped; if
//! Xvfb is missing, CI (CI=true) fails and a developer's run skips with a note naming packages.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// An X display for the child process: the one in DISPLAY, or a private Xvfb stopped on drop.
pub struct Display {
    pub name: String,
    server: Option<Child>,
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(server) = &mut self.server {
            // SIGTERM lets Xvfb remove its lock file and socket; SIGKILL only if it hangs.
            let _ = Command::new("kill").arg(server.id().to_string()).status();
            for _ in 0..50 {
                if let Ok(Some(_)) = server.try_wait() {
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            let _ = server.kill();
            let _ = server.wait();
        }
    }
}

/// The display to use, or `None` (after saying why) when there is none and this is not CI.
pub fn display() -> Option<Display> {
    if let Some(name) = std::env::var("DISPLAY").ok().filter(|d| !d.is_empty()) {
        return Some(Display { name, server: None });
    }
    // `-displayfd 1`: Xvfb picks a free display number and prints it once it is ready.
    let spawned = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x720x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut server = match spawned {
        Ok(server) => server,
        Err(e) => {
            let note = format!(
                "Xvfb could not be started ({e}); the window tests need the Debian packages \
                 xvfb, libgl1-mesa-dri and libasound2-dev (or a DISPLAY)"
            );
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("{note}");
            }
            eprintln!("skipping: {note}");
            return None;
        }
    };
    let stdout = server.stdout.take().expect("stdout was piped");
    let mut number = String::new();
    BufReader::new(stdout)
        .read_line(&mut number)
        .expect("Xvfb prints its display number");
    let number = number.trim();
    assert!(!number.is_empty(), "Xvfb did not start");
    Some(Display {
        name: format!(":{number}"),
        server: Some(server),
    })
}
