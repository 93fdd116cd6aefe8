//! The settings screen: text speed, auto-forward delay, music and sound volume, mute all, full
//! screen, what skip passes and whether it goes on after choices, transitions, the text box's
//! opacity and the language (which switches at once: the line on screen is shown again); and its
//! second page, accessibility (Shift+A from anywhere): text size, line spacing, high contrast,
//! the easier-to-read font, reduce motion and self-voicing. Up/Down pick a row, Left/Right (or a
//! click on the arrows) change it; the settings are applied at once and kept between runs.

use super::{Next, Notice, Screen};
use crate::accessibility::{self, LINE_SPACINGS, TEXT_SIZES};
use crate::actions::Action;
use crate::assets::measure;
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{Rect, WIDTH};
use crate::narration::Spoken;
use crate::settings::Settings;
use crate::stage::fill;
use crate::ui::Ui;
use crate::widgets::fit_width;
use macroquad::prelude::*;

/// One setting the reader can change, as a row of a settings page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    TextSpeed,
    AutoDelay,
    MusicVolume,
    SoundVolume,
    MuteAll,
    WindowMode,
    Skip,
    SkipAfterChoices,
    Transitions,
    TextboxOpacity,
    /// Its values come from the story's locales, not from `change`.
    Language,
    /// Opens the accessibility page (also Shift+A).
    Accessibility,
    TextSize,
    LineSpacing,
    HighContrast,
    DyslexicFont,
    ReduceMotion,
    SelfVoicing,
}

/// The settings page's rows, top to bottom.
pub const SETTINGS_ROWS: [Row; 12] = [
    Row::TextSpeed,
    Row::AutoDelay,
    Row::MusicVolume,
    Row::SoundVolume,
    Row::MuteAll,
    Row::WindowMode,
    Row::Skip,
    Row::SkipAfterChoices,
    Row::Transitions,
    Row::TextboxOpacity,
    Row::Language,
    Row::Accessibility,
];

/// The accessibility page's rows, top to bottom.
pub const ACCESSIBILITY_ROWS: [Row; 6] = [
    Row::TextSize,
    Row::LineSpacing,
    Row::HighContrast,
    Row::DyslexicFont,
    Row::ReduceMotion,
    Row::SelfVoicing,
];

impl Row {
    /// The row's label (an ID in ui.ftl).
    fn label(self) -> &'static str {
        match self {
            Row::TextSpeed => "settings-text-speed",
            Row::AutoDelay => "settings-auto-delay",
            Row::MusicVolume => "settings-music-volume",
            Row::SoundVolume => "settings-sound-volume",
            Row::MuteAll => "settings-mute-all",
            Row::WindowMode => "settings-window-mode",
            Row::Skip => "settings-skip",
            Row::SkipAfterChoices => "settings-skip-after-choices",
            Row::Transitions => "settings-transitions",
            Row::TextboxOpacity => "settings-text-box-opacity",
            Row::Language => "settings-language",
            Row::Accessibility => "settings-accessibility",
            Row::TextSize => "settings-font-size",
            Row::LineSpacing => "settings-line-spacing",
            Row::HighContrast => "settings-high-contrast",
            Row::DyslexicFont => "settings-dyslexic-font",
            Row::ReduceMotion => "settings-reduce-motion",
            Row::SelfVoicing => "settings-self-voicing",
        }
    }
}

const TOP: f32 = 112.0;
const STEP: f32 = 46.0;
const VALUE: Rect = Rect {
    x: 700.0,
    y: 0.0,
    w: 380.0,
    h: 40.0,
};
/// Where the rows end, above the hint at the foot of the page.
const BOTTOM: f32 = 672.0;
const ARROW_WIDTH: f32 = 48.0;
/// Where the labels start, left of the values.
pub const LABEL_X: f32 = 200.0;

/// How much the rows grow for text `scale` times the normal size (smaller text keeps them).
fn grow(scale: f32) -> f32 {
    scale.max(1.0)
}

/// The value box of the row shown `i`-th on a page whose text is `scale` times the normal size.
pub fn row_rect(i: usize, scale: f32) -> Rect {
    let g = grow(scale);
    Rect::new(VALUE.x, TOP + i as f32 * STEP * g, VALUE.w, VALUE.h * g)
}

/// How many rows a page shows at once: all twelve at the normal size; with larger text the
/// list scrolls to keep the selected row in view.
pub fn rows_shown(scale: f32) -> usize {
    ((BOTTOM - TOP) / (STEP * grow(scale))).floor().max(1.0) as usize
}

/// The arrows either side of the value of the row shown `i`-th.
fn arrows(i: usize, scale: f32) -> (Rect, Rect) {
    let r = row_rect(i, scale);
    let w = ARROW_WIDTH * grow(scale);
    (
        Rect::new(r.x, r.y, w, r.h),
        Rect::new(r.right() - w, r.y, w, r.h),
    )
}

/// Changes `row` one step in `direction` (-1 or 1).
pub fn change(settings: &mut Settings, row: Row, direction: f32) {
    let step = |value: f32, by: f32| ((value + by * direction) / by).round() * by;
    let flip = |flag: &mut bool| *flag = !*flag;
    let steps = |all: &[u16], now: u16| accessibility::step(all, now, direction);
    match row {
        Row::TextSpeed => settings.text_speed = step(settings.text_speed, 15.0).clamp(0.0, 150.0),
        Row::AutoDelay => settings.auto_delay = step(settings.auto_delay, 0.5).clamp(0.5, 5.0),
        Row::MusicVolume => {
            settings.music_volume = step(settings.music_volume, 0.1).clamp(0.0, 1.0)
        }
        Row::SoundVolume => {
            settings.sound_volume = step(settings.sound_volume, 0.1).clamp(0.0, 1.0)
        }
        Row::TextboxOpacity => {
            settings.textbox_opacity = step(settings.textbox_opacity, 0.1).clamp(0.0, 1.0)
        }
        Row::MuteAll => flip(&mut settings.mute_all),
        Row::WindowMode => flip(&mut settings.fullscreen),
        Row::Skip => flip(&mut settings.skip_unseen),
        Row::SkipAfterChoices => flip(&mut settings.skip_after_choices),
        Row::Transitions => flip(&mut settings.transitions),
        Row::TextSize => settings.text_size = steps(&TEXT_SIZES, settings.text_size),
        Row::LineSpacing => settings.line_spacing = steps(&LINE_SPACINGS, settings.line_spacing),
        Row::HighContrast => flip(&mut settings.high_contrast),
        Row::DyslexicFont => flip(&mut settings.dyslexic_font),
        Row::ReduceMotion => flip(&mut settings.reduce_motion),
        Row::SelfVoicing => flip(&mut settings.self_voicing),
        Row::Language | Row::Accessibility => {}
    }
}

/// The language row's change: the interface and the story switch to `lang` at once (the game
/// shows its line again when the settings close) and it is kept for the next run.
pub fn switch_language(ctx: &mut Ctx, lang: String) {
    ctx.set_language(&lang);
    ctx.services.settings.language = lang;
    ctx.services.apply_settings();
}

/// How `row` reads in the interface's language.
pub fn describe(ui: &Ui, settings: &Settings, row: Row) -> String {
    let percent = |v: f32| {
        ui.with(
            "settings-percent",
            &[("percent", (v * 100.0).round().into())],
        )
    };
    let on_off = |flag: bool| ui.get(if flag { "settings-on" } else { "settings-off" });
    match row {
        Row::TextSpeed if settings.text_speed <= 0.0 => ui.get("settings-text-speed-instant"),
        Row::TextSpeed => ui.with(
            "settings-text-speed-value",
            &[("speed", settings.text_speed.round().into())],
        ),
        Row::AutoDelay => ui.with(
            "settings-seconds",
            &[("seconds", format!("{:.1}", settings.auto_delay).into())],
        ),
        Row::MusicVolume => percent(settings.music_volume),
        Row::SoundVolume => percent(settings.sound_volume),
        Row::TextboxOpacity => percent(settings.textbox_opacity),
        Row::MuteAll => on_off(settings.mute_all),
        Row::WindowMode if settings.fullscreen => ui.get("settings-fullscreen"),
        Row::WindowMode => ui.get("settings-windowed"),
        Row::Skip if settings.skip_unseen => ui.get("settings-skip-all"),
        Row::Skip => ui.get("settings-skip-read"),
        Row::SkipAfterChoices => on_off(settings.skip_after_choices),
        Row::Transitions => on_off(settings.transitions),
        Row::TextSize => percent(f32::from(settings.text_size) / 100.0),
        Row::LineSpacing => percent(f32::from(settings.line_spacing) / 100.0),
        Row::HighContrast => on_off(settings.high_contrast),
        Row::DyslexicFont => on_off(settings.dyslexic_font),
        Row::ReduceMotion => on_off(settings.reduce_motion),
        Row::SelfVoicing => on_off(settings.self_voicing),
        Row::Accessibility => ui.get("settings-accessibility-open"),
        Row::Language => String::new(),
    }
}

/// How `row` reads on screen: as `describe` says, the language by its name, and self-voicing
/// as not available when the system has no speech service.
fn shown_value(ctx: &Ctx, row: Row) -> String {
    match row {
        Row::Language => ctx.services.ui.language_name(ctx.services.text.locale()),
        Row::SelfVoicing if ctx.services.voice.unavailable() => {
            ctx.services.ui.get("settings-self-voicing-unavailable")
        }
        _ => describe(&ctx.services.ui, &ctx.services.settings, row),
    }
}

/// Which page of settings is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    Settings,
    Accessibility,
}

impl Page {
    fn rows(self) -> &'static [Row] {
        match self {
            Page::Settings => &SETTINGS_ROWS,
            Page::Accessibility => &ACCESSIBILITY_ROWS,
        }
    }

    /// The page's heading (an ID in ui.ftl).
    fn heading(self) -> &'static str {
        match self {
            Page::Settings => "settings-heading",
            Page::Accessibility => "settings-accessibility",
        }
    }
}

/// A page of settings: the settings screen, or the accessibility page.
pub struct Options {
    page: Page,
    rows: &'static [Row],
    selected: usize,
}

impl Options {
    /// The settings screen.
    pub fn new() -> Options {
        Options::on(Page::Settings)
    }

    /// The accessibility page (Ren'Py's Shift+A menu): text size, line spacing, high contrast,
    /// the easier-to-read font, reduced motion and self-voicing.
    pub fn accessibility() -> Options {
        Options::on(Page::Accessibility)
    }

    fn on(page: Page) -> Options {
        Options {
            page,
            rows: page.rows(),
            selected: 0,
        }
    }

    /// The first row shown: the list scrolls so the selected row is in view.
    fn first_shown(&self, scale: f32) -> usize {
        let shown = rows_shown(scale).min(self.rows.len());
        self.selected.saturating_sub(shown - 1)
    }

    /// The row the reader's input changes, and in which direction (0: none).
    fn aim(&mut self, input: &Input, scale: f32) -> (Row, f32) {
        let count = self.rows.len();
        if input.did(Action::Down) || input.did(Action::FocusNext) {
            self.selected = (self.selected + 1) % count;
        }
        if input.did(Action::Up) {
            self.selected = (self.selected + count - 1) % count;
        }
        let mut direction = 0.0;
        if input.did(Action::Right) || input.did(Action::Confirm) {
            direction = 1.0;
        }
        if input.did(Action::Left) {
            direction = -1.0;
        }
        if input.click {
            let first = self.first_shown(scale);
            for i in first..count.min(first + rows_shown(scale)) {
                let (less, more) = arrows(i - first, scale);
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
        (self.rows[self.selected], direction)
    }
}

impl Options {
    /// Draws `row` as the `place`-th row shown: its label on the left, its value between
    /// arrows on the right, each set at the reader's text size (smaller when too long to fit).
    fn draw_row(&self, ctx: &Ctx, row: Row, place: usize, selected: bool) {
        let (view, theme) = (ctx.services.view, &ctx.menu_theme);
        let scale = ctx.services.text_scale();
        let r = row_rect(place, scale);
        let baseline = r.y + 29.0 * grow(scale);
        let label = ctx.services.ui.get(row.label());
        let color = if selected { theme.accent } else { theme.text };
        let room = r.x - 16.0 - LABEL_X;
        super::fitted_text(
            ctx,
            &label,
            (LABEL_X, baseline),
            24.0 * scale,
            room,
            color,
            selected,
        );
        fill(
            &view,
            r,
            if selected {
                theme.option_hover
            } else {
                theme.option
            },
        );
        let (less, more) = arrows(place, scale);
        for (arrow, at) in [("\u{25c0}", less), ("\u{25b6}", more)] {
            let x = at.x + 15.0 * grow(scale);
            super::page_text(
                ctx,
                arrow,
                (x, baseline),
                20.0 * scale,
                theme.option_text,
                false,
            );
        }
        let value = shown_value(ctx, row);
        let room = r.w - 2.0 * less.w - 8.0;
        let size = fit_width(&value, ctx.services.font(&value, false), 22.0 * scale, room);
        let width = measure(&value, ctx.services.font(&value, false), size).width;
        let x = r.x + (r.w - width) / 2.0;
        super::page_text(ctx, &value, (x, baseline), size, theme.option_text, false);
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

/// The language after (or before, `direction` -1) the one shown, among the story's.
fn next_language(ctx: &Ctx, direction: f32) -> Option<String> {
    let languages = ctx.languages();
    let now = languages
        .iter()
        .position(|l| l == ctx.services.text.locale())
        .unwrap_or(0);
    let next =
        (now as isize + direction as isize).rem_euclid(languages.len().max(1) as isize) as usize;
    languages.get(next).cloned()
}

impl Screen for Options {
    fn update(&mut self, ctx: &mut Ctx, input: &Input, _dt: f32) -> Next {
        if input.did(Action::Back) {
            return Next::Pop;
        }
        if input.did(Action::Accessibility) && !self.opens_accessibility() {
            // Shift+A again closes the page it opened.
            return Next::Pop;
        }
        let (row, direction) = self.aim(input, ctx.services.text_scale());
        if direction == 0.0 {
            return Next::Stay;
        }
        match row {
            Row::Accessibility => return Next::Push(Box::new(Options::accessibility())),
            Row::Language => {
                if let Some(lang) = next_language(ctx, direction) {
                    switch_language(ctx, lang);
                    return Next::Tell(Notice::LanguageChanged);
                }
            }
            _ => {
                let before = ctx.services.settings.clone();
                change(&mut ctx.services.settings, row, direction);
                if ctx.services.settings != before {
                    ctx.services.apply_settings();
                }
            }
        }
        Next::Stay
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        let view = ctx.services.view;
        let theme = ctx.menu_theme.clone();
        super::page_backdrop(&view, &theme);
        let scale = ctx.services.text_scale();
        let room = WIDTH - 2.0 * LABEL_X;
        let heading = ctx.services.ui.get(self.page.heading());
        super::fitted_text(
            ctx,
            &heading,
            (LABEL_X, 76.0),
            34.0 * scale,
            room,
            theme.text,
            true,
        );
        let first = self.first_shown(scale);
        let shown = self
            .rows
            .iter()
            .enumerate()
            .skip(first)
            .take(rows_shown(scale));
        for (i, row) in shown {
            self.draw_row(ctx, *row, i - first, i == self.selected);
        }
        let hint = ctx.services.ui.get("settings-hint");
        let dim = theme.option_disabled_text;
        super::fitted_text(ctx, &hint, (LABEL_X, 696.0), 20.0 * scale, room, dim, false);
    }

    fn animating(&self) -> bool {
        false
    }

    fn is_overlay(&self) -> bool {
        true
    }

    fn opens_accessibility(&self) -> bool {
        self.page != Page::Accessibility
    }

    fn spoken(&self, ctx: &Ctx) -> Spoken {
        let row = self.rows[self.selected];
        let label = ctx.services.ui.get(row.label());
        Spoken::titled([ctx.services.ui.get(self.page.heading())])
            .focused([label, shown_value(ctx, row)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_changes_in_steps_within_its_range() {
        let mut s = Settings::default();
        let ui = Ui::new(None, "en-US");
        change(&mut s, Row::TextSpeed, 1.0);
        assert_eq!(s.text_speed, 60.0);
        for _ in 0..20 {
            change(&mut s, Row::TextSpeed, 1.0);
            change(&mut s, Row::MusicVolume, -1.0);
            change(&mut s, Row::TextboxOpacity, -1.0);
        }
        assert_eq!((s.text_speed, s.music_volume), (150.0, 0.0));
        assert_eq!(describe(&ui, &s, Row::MusicVolume), "0%");
        assert_eq!(describe(&ui, &s, Row::TextboxOpacity), "0%");
        for _ in 0..20 {
            change(&mut s, Row::TextSpeed, -1.0);
        }
        assert_eq!(describe(&ui, &s, Row::TextSpeed), "Instant");
        change(&mut s, Row::Skip, 1.0);
        assert!(s.skip_unseen);
        assert_eq!(describe(&ui, &s, Row::Skip), "All lines");
        let ja = Ui::new(None, "ja-JP");
        assert_eq!(describe(&ja, &s, Row::WindowMode), "ウィンドウ");
    }

    #[test]
    fn the_preferences_turn_on_and_off_and_say_so() {
        let mut s = Settings::default();
        let ui = Ui::new(None, "en-US");
        for row in [Row::MuteAll, Row::SkipAfterChoices] {
            assert_eq!(describe(&ui, &s, row), "Off");
            change(&mut s, row, 1.0);
            assert_eq!(describe(&ui, &s, row), "On");
        }
        assert_eq!(describe(&ui, &s, Row::Transitions), "On");
        change(&mut s, Row::Transitions, -1.0);
        assert!(!s.transitions);
        assert!(s.mute_all && s.skip_after_choices);
    }

    #[test]
    fn the_accessibility_rows_step_through_sizes_and_turn_on() {
        let mut s = Settings::default();
        let ui = Ui::new(None, "en-US");
        assert_eq!(describe(&ui, &s, Row::TextSize), "100%");
        for _ in 0..10 {
            change(&mut s, Row::TextSize, 1.0);
            change(&mut s, Row::LineSpacing, 1.0);
        }
        assert_eq!((s.text_size, s.line_spacing), (160, 150));
        assert_eq!(describe(&ui, &s, Row::TextSize), "160%");
        for row in [Row::HighContrast, Row::DyslexicFont, Row::ReduceMotion] {
            change(&mut s, row, 1.0);
            assert_eq!(describe(&ui, &s, row), "On", "{row:?}");
        }
        assert!(s.high_contrast && s.dyslexic_font && s.reduce_motion);
    }

    #[test]
    fn every_row_has_a_label_in_each_built_in_language() {
        for lang in ["en-US", "ja-JP"] {
            let ui = Ui::new(None, lang);
            for row in SETTINGS_ROWS.into_iter().chain(ACCESSIBILITY_ROWS) {
                let label = ui.get(row.label());
                assert!(!label.is_empty() && label != row.label(), "{lang}: {row:?}");
            }
        }
    }
}
