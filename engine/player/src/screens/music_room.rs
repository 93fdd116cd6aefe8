//! The music room, the gallery's third page: every track of the story, those heard (in any run)
//! playable from here, the others locked. Up, Down or Tab move the focus, Enter, Space or a
//! click play the focused track or stop it; the music stops when the gallery closes.
//! `note_heard` is where a track the story plays is unlocked (`music.txt` in the save folder).

use super::page_text;
use crate::actions::Action;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::Rect;
use crate::narration::Spoken;
use crate::saves::Saves;
use crate::stage::fill;
use macroquad::prelude::*;
use std::collections::HashSet;

const LEFT: f32 = 100.0;
const TOP: f32 = 170.0;
const ROW: f32 = 52.0;
const ROW_WIDTH: f32 = 760.0;
/// Rows on the page at once; the list scrolls to keep the focused one among them.
const ROWS_SHOWN: usize = 9;
/// How long the room's music fades in and out.
const FADE: f32 = 0.4;

/// Unlocks `track` in the music room, for every run to come; a failure to write is logged.
pub fn note_heard(saves: Option<&Saves>, track: &str) {
    if let Some(Err(e)) = saves.map(|s| s.add_music(track)) {
        log::warn!("could not keep the music heard: {e}");
    }
}

fn row_rect(shown: usize) -> Rect {
    Rect::new(LEFT, TOP + shown as f32 * ROW, ROW_WIDTH, ROW - 8.0)
}

pub struct MusicRoom {
    heard: HashSet<String>,
    focus: usize,
    /// The track the room is playing, if any.
    playing: Option<String>,
}

impl MusicRoom {
    /// The room with the given tracks (names) heard.
    pub fn new(heard: HashSet<String>) -> MusicRoom {
        MusicRoom {
            heard,
            focus: 0,
            playing: None,
        }
    }

    /// The first row shown: the list scrolls so the focused track is on the page.
    fn first_shown(&self) -> usize {
        self.focus.saturating_sub(ROWS_SHOWN - 1)
    }

    /// Moves the focus and plays or stops the focused track.
    pub fn update(&mut self, ctx: &mut Ctx, input: &Input) {
        let tracks: Vec<String> = ctx.story.music_names().map(String::from).collect();
        if tracks.is_empty() {
            return;
        }
        let n = tracks.len();
        if input.did(Action::Down) || input.did(Action::FocusNext) {
            self.focus = (self.focus + 1) % n;
        }
        if input.did(Action::Up) {
            self.focus = (self.focus + n - 1) % n;
        }
        let first = self.first_shown();
        let hovered = (0..ROWS_SHOWN.min(n - first))
            .find(|&i| row_rect(i).contains(input.mouse))
            .map(|i| first + i);
        if let Some(row) = hovered.filter(|_| input.mouse_moved || input.click) {
            self.focus = row;
        }
        if input.did(Action::Confirm) || (input.click && hovered.is_some()) {
            self.toggle(ctx, &tracks[self.focus]);
        }
    }

    /// Plays `track` if it was heard, or stops it if it is playing.
    fn toggle(&mut self, ctx: &mut Ctx, track: &str) {
        if self.playing.as_deref() == Some(track) {
            self.stop(ctx);
        } else if self.heard.contains(track) {
            let file = ctx.story.music_file(track);
            ctx.services.audio.play_music(track, file, Some(FADE));
            self.playing = Some(track.to_string());
        }
    }

    /// Stops what the room plays (the gallery is closing).
    pub fn stop(&mut self, ctx: &mut Ctx) {
        if self.playing.take().is_some() {
            ctx.services.audio.stop_music(Some(FADE));
        }
    }

    /// The room's heading and how many tracks were heard.
    fn heading(&self, ctx: &Ctx) -> [String; 2] {
        let tracks = ctx.story.music_names();
        let (total, heard) = tracks.fold((0, 0), |(total, heard), track| {
            (total + 1, heard + usize::from(self.heard.contains(track)))
        });
        let counts = [("heard", heard.into()), ("total", total.into())];
        let ui = &ctx.services.ui;
        [
            ui.get("music-room-heading"),
            ui.with("music-room-progress", &counts),
        ]
    }

    /// What self-voicing says of the room: its heading, then the focused track (its name, or
    /// that it is locked, and whether it plays).
    pub fn spoken(&self, ctx: &Ctx) -> Spoken {
        let ui = &ctx.services.ui;
        let track = ctx.story.music_names().nth(self.focus);
        let focus = track.map(|track| match self.heard.contains(track) {
            false => vec![ui.get("music-locked")],
            true if self.playing.as_deref() == Some(track) => {
                vec![
                    ctx.services.text.track_title(track),
                    ui.get("music-playing"),
                ]
            }
            true => vec![ctx.services.text.track_title(track)],
        });
        Spoken::titled(self.heading(ctx)).focused(focus.unwrap_or_default())
    }

    pub fn draw(&self, ctx: &Ctx) {
        let view = ctx.services.view;
        let theme = ctx.menu_theme.clone();
        super::page_backdrop(&view, &theme);
        let story = ctx.story;
        super::page_heading(ctx, &self.heading(ctx), LEFT, ROW_WIDTH);
        let scale = ctx.services.text_scale();
        let dim = theme.option_disabled_text;
        let first = self.first_shown();
        for (i, track) in story.music_names().enumerate().skip(first).take(ROWS_SHOWN) {
            let r = row_rect(i - first);
            let focused = i == self.focus;
            fill(
                &view,
                r,
                if focused {
                    theme.option_hover
                } else {
                    theme.option
                },
            );
            if focused {
                let edge = view.rect(r);
                draw_rectangle_lines(edge.x, edge.y, edge.w, edge.h, view.len(3.0), theme.accent);
            }
            let baseline = r.y + 30.0;
            if !self.heard.contains(track) {
                let locked = ctx.services.ui.get("music-locked");
                page_text(
                    ctx,
                    &locked,
                    (r.x + 48.0, baseline),
                    22.0 * scale,
                    dim,
                    false,
                );
                continue;
            }
            let playing = self.playing.as_deref() == Some(track);
            if playing {
                page_text(
                    ctx,
                    "\u{25b6}",
                    (r.x + 16.0, baseline),
                    20.0 * scale,
                    theme.accent,
                    false,
                );
                let note = ctx.services.ui.get("music-playing");
                let at = (r.right() - 160.0, baseline);
                super::fitted_text(ctx, &note, at, 18.0 * scale, 150.0, theme.accent, false);
            }
            let name = ctx.services.text.track_title(track);
            let at = (r.x + 48.0, baseline);
            let room = r.w - 48.0 - 170.0;
            let color = theme.option_text;
            super::fitted_text(ctx, &name, at, 22.0 * scale, room, color, playing);
        }
    }
}
