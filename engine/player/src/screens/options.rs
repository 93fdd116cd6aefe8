//! The settings screen: text speed, auto-forward delay, music and sound volume, full screen,
//! what skip passes and the language (which switches at once: the line on screen is shown again). Up/Down pick a row, Left/Right (or a click on the arrows) change it; the
//! settings are applied at once and kept between runs.

use super::{Next, Notice, Screen};
use crate::actions::Action;
use crate::assets::measure;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::Rect;
use crate::settings::Settings;
use crate::stage::fill;
use crate::ui::Ui;
use macroquad::prelude::*;

/// The rows' interface strings (ui.ftl), in order.
const ROWS: [&str; 7] = [
    "settings-text-speed",
    "settings-auto-delay",
    "settings-music-volume",
    "settings-sound-volume",
    "settings-window-mode",
    "settings-skip",
    "settings-language",
];
const TOP: f32 = 150.0;
const STEP: f32 = 70.0;
const VALUE: Rect = Rect {
    x: 700.0,
    y: 0.0,
    w: 380.0,
    h: 56.0,
};

/// The language row: its values come from the story's locales, not from `change`.
const LANGUAGE: usize = 6;

fn row_rect(i: usize) -> Rect {
    Rect::new(VALUE.x, TOP + i as f32 * STEP, VALUE.w, VALUE.h)
}

/// The arrows either side of a row's value.
fn arrows(i: usize) -> (Rect, Rect) {
    let r = row_rect(i);
    (
        Rect::new(r.x, r.y, 56.0, r.h),
        Rect::new(r.right() - 56.0, r.y, 56.0, r.h),
    )
}

/// Changes row `row` one step in `direction` (-1 or 1).
pub fn change(settings: &mut Settings, row: usize, direction: f32) {
    let step = |value: f32, by: f32| ((value + by * direction) / by).round() * by;
    match row {
        0 => settings.text_speed = step(settings.text_speed, 15.0).clamp(0.0, 150.0),
        1 => settings.auto_delay = step(settings.auto_delay, 0.5).clamp(0.5, 5.0),
        2 => settings.music_volume = step(settings.music_volume, 0.1).clamp(0.0, 1.0),
        3 => settings.sound_volume = step(settings.sound_volume, 0.1).clamp(0.0, 1.0),
        4 => settings.fullscreen = !settings.fullscreen,
        5 => settings.skip_unseen = !settings.skip_unseen,
        _ => {}
    }
}

/// The language row's change: the interface and the story switch to `lang` at once (the game
/// shows its line again when the settings close) and it is kept for the next run.
pub fn switch_language(ctx: &mut Ctx, lang: String) {
    ctx.set_language(&lang);
    ctx.services.settings.language = lang;
    ctx.services.apply_settings();
}

/// How row `row` reads in the interface's language.
pub fn describe(ui: &Ui, settings: &Settings, row: usize) -> String {
    let percent = |v: f32| {
        ui.with(
            "settings-percent",
            &[("percent", (v * 100.0).round().into())],
        )
    };
    match row {
        0 if settings.text_speed <= 0.0 => ui.get("settings-text-speed-instant"),
        0 => ui.with(
            "settings-text-speed-value",
            &[("speed", settings.text_speed.round().into())],
        ),
        1 => ui.with(
            "settings-seconds",
            &[("seconds", format!("{:.1}", settings.auto_delay).into())],
        ),
        2 => percent(settings.music_volume),
        3 => percent(settings.sound_volume),
        4 if settings.fullscreen => ui.get("settings-fullscreen"),
        4 => ui.get("settings-windowed"),
        5 if settings.skip_unseen => ui.get("settings-skip-all"),
        5 => ui.get("settings-skip-read"),
        _ => String::new(),
    }
}

/// The row the keyboard goes to from `selected`: Down or Tab to the next (round to the first),
/// Up to the one before.
fn row_after(selected: usize, input: &Input) -> usize {
    let n = ROWS.len();
    if input.did(Action::Down) || input.did(Action::FocusNext) {
        (selected + 1) % n
    } else if input.did(Action::Up) {
        (selected + n - 1) % n
    } else {
        selected
    }
}

pub struct Options {
    selected: usize,
}

impl Options {
    pub fn new() -> Options {
        Options { selected: 0 }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

impl Screen for Options {
    fn update(&mut self, ctx: &mut Ctx, input: &Input, _dt: f32) -> Next {
        if input.did(Action::Back) {
            return Next::Pop;
        }
        self.selected = row_after(self.selected, input);
        let mut direction = 0.0;
        if input.did(Action::Right) || input.did(Action::Confirm) {
            direction = 1.0;
        }
        if input.did(Action::Left) {
            direction = -1.0;
        }
        if input.click {
            for i in 0..ROWS.len() {
                let (less, more) = arrows(i);
                if less.contains(input.mouse) || more.contains(input.mouse) {
                    self.selected = i;
                    direction = if less.contains(input.mouse) {
                        -1.0
                    } else {
                        1.0
                    };
                }
            }
        }
        if direction != 0.0 && self.selected == LANGUAGE {
            let languages = ctx.languages();
            let now = languages
                .iter()
                .position(|l| l == ctx.services.text.locale())
                .unwrap_or(0);
            let next = (now as isize + direction as isize)
                .rem_euclid(languages.len().max(1) as isize) as usize;
            if let Some(lang) = languages.get(next).cloned() {
                switch_language(ctx, lang);
                return Next::Tell(Notice::LanguageChanged);
            }
        } else if direction != 0.0 {
            let before = ctx.services.settings.clone();
            change(&mut ctx.services.settings, self.selected, direction);
            if ctx.services.settings != before {
                ctx.services.apply_settings();
            }
        }
        Next::Stay
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        let view = ctx.services.view;
        let theme = ctx.menu_theme.clone();
        super::page_backdrop(&view, &theme);
        let text = |s: &str, x: f32, y: f32, size: f32, color: Color, bold: bool| {
            super::page_text(ctx, s, (x, y), size, color, bold)
        };
        text(
            &ctx.services.ui.get("settings-heading"),
            200.0,
            90.0,
            34.0,
            theme.text,
            true,
        );
        for (i, label) in ROWS.iter().enumerate() {
            let label = &ctx.services.ui.get(label);
            let r = row_rect(i);
            let selected = i == self.selected;
            let color = if selected { theme.accent } else { theme.text };
            text(label, 200.0, r.y + 37.0, 26.0, color, selected);
            fill(
                &view,
                r,
                if selected {
                    theme.option_hover
                } else {
                    theme.option
                },
            );
            let (less, more) = arrows(i);
            text(
                "\u{25c0}",
                less.x + 18.0,
                less.y + 37.0,
                22.0,
                theme.option_text,
                false,
            );
            text(
                "\u{25b6}",
                more.x + 18.0,
                more.y + 37.0,
                22.0,
                theme.option_text,
                false,
            );
            let value = if i == LANGUAGE {
                ctx.services.ui.language_name(ctx.services.text.locale())
            } else {
                describe(&ctx.services.ui, &ctx.services.settings, i)
            };
            let size = view.len(24.0) as u16;
            let width =
                measure(&value, ctx.services.font(&value, false), size as f32).width / view.scale;
            text(
                &value,
                r.x + (r.w - width) / 2.0,
                r.y + 37.0,
                24.0,
                theme.option_text,
                false,
            );
        }
        text(
            &ctx.services.ui.get("settings-hint"),
            200.0,
            680.0,
            20.0,
            theme.option_disabled_text,
            false,
        );
    }

    fn animating(&self) -> bool {
        false
    }

    fn is_overlay(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_and_the_arrows_reach_every_row() {
        for key in [KeyCode::Tab, KeyCode::Down, KeyCode::Up] {
            let input = Input {
                keys: [key].into(),
                ..Default::default()
            };
            let mut row = 0;
            let mut reached = std::collections::BTreeSet::new();
            for _ in 0..ROWS.len() {
                row = row_after(row, &input);
                reached.insert(row);
            }
            assert_eq!(reached.len(), ROWS.len(), "{key:?}");
        }
    }

    #[test]
    fn each_row_changes_in_steps_within_its_range() {
        let mut s = Settings::default();
        let ui = Ui::new(None, "en-US");
        change(&mut s, 0, 1.0);
        assert_eq!(s.text_speed, 60.0);
        for _ in 0..20 {
            change(&mut s, 0, 1.0);
            change(&mut s, 2, -1.0);
        }
        assert_eq!((s.text_speed, s.music_volume), (150.0, 0.0));
        assert_eq!(describe(&ui, &s, 2), "0%");
        for _ in 0..20 {
            change(&mut s, 0, -1.0);
        }
        assert_eq!(describe(&ui, &s, 0), "Instant");
        change(&mut s, 5, 1.0);
        assert!(s.skip_unseen);
        assert_eq!(describe(&ui, &s, 5), "All lines");
        let ja = Ui::new(None, "ja-JP");
        assert_eq!(describe(&ja, &s, 4), "ウィンドウ");
    }
}
