//! The title screen: the story's title and New game, Continue (the latest save), Load,
//! Settings, Endings and Quit.

use super::confirm::Confirm;
use super::endings::Endings;
use super::options::Options;
use super::saveload::{Mode, SaveLoad};
use super::{game::GameScreen, Next, Screen};
use crate::actions::Action;
use crate::assets::{draw_stretched, measure};
use crate::context::Ctx;
use crate::input::Input;
use crate::layout::{self, HEIGHT, WIDTH};
use crate::narration::Spoken;
use crate::preload;
use crate::stage::fill;
use crate::ui::bounded;
use crate::widgets::ButtonList;
use macroquad::prelude::*;

const NEW_GAME: usize = 0;
const CONTINUE: usize = 1;
const LOAD: usize = 2;
const SETTINGS: usize = 3;
const ENDINGS: usize = 4;
const QUIT: usize = 5;

/// The buttons' interface strings (ui.ftl), in order.
const LABELS: [&str; 6] = [
    "title-new-game",
    "title-continue",
    "title-load",
    "title-settings",
    "title-gallery",
    "title-quit",
];

/// Where the story's logo goes (its proportions kept inside), above the buttons.
const LOGO_BOX: Rect = Rect {
    x: WIDTH / 2.0 - 350.0,
    y: 90.0,
    w: 700.0,
    h: 150.0,
};
/// The highest the logo goes, when the buttons grow up with the text size.
const LOGO_TOP: f32 = 30.0;

/// The logo's box above buttons starting at `buttons_top`: the usual one, moved up and made
/// lower when larger text makes the buttons reach into it.
fn logo_box(buttons_top: f32) -> Rect {
    let bottom = LOGO_BOX.bottom().min(buttons_top - 10.0);
    let top = (bottom - LOGO_BOX.h).max(LOGO_TOP);
    Rect::new(LOGO_BOX.x, top, LOGO_BOX.w, bottom - top)
}

pub struct TitleScreen {
    buttons: ButtonList,
    /// A problem to show under the buttons (an interface string: a save that would not load).
    notice: Option<&'static str>,
    /// True while the story's title art is still loading (the screen stays black meanwhile).
    waiting: bool,
}

impl TitleScreen {
    /// The title screen; the first scene's art and sound start loading behind its own.
    pub fn new(ctx: &mut Ctx) -> TitleScreen {
        TitleScreen::art_ready(ctx);
        preload::request(ctx, ctx.story.start);
        // Back from a game: its art and sound go, but for the first scene's.
        preload::release_unused(ctx, ctx.story.start, &[]);
        let can_continue = ctx
            .services
            .saves
            .as_ref()
            .and_then(|s| s.latest())
            .is_some();
        let mut buttons = ButtonList::new(
            layout::title_buttons(LABELS.len(), ctx.services.text_scale()),
            vec![
                true,
                can_continue,
                ctx.services.saves.is_some(),
                true,
                true,
                true,
            ],
        );
        buttons.selected = Some(if can_continue { CONTINUE } else { NEW_GAME });
        TitleScreen {
            buttons,
            notice: None,
            waiting: false,
        }
    }

    /// Whether the story's title pictures have arrived (asking for them if not).
    fn art_ready(ctx: &mut Ctx) -> bool {
        let view = ctx.services.view;
        let frames = &ctx.menu_theme.frames;
        let assets = &mut ctx.services.assets;
        let title = assets.title_art_ready(
            frames.title_background.as_deref(),
            view.pixels(WIDTH, HEIGHT),
        );
        let logo = assets.title_art_ready(
            frames.title_logo.as_deref(),
            view.pixels(LOGO_BOX.w, LOGO_BOX.h),
        );
        let buttons = ctx.button_frames_ready();
        title && logo && buttons
    }
}

impl Screen for TitleScreen {
    fn update(&mut self, ctx: &mut Ctx, input: &Input, _dt: f32) -> Next {
        if input.did(Action::Back) {
            return Next::Push(Box::new(Confirm::quit()));
        }
        match self.buttons.update(input) {
            Some(NEW_GAME) => Next::Reset(Box::new(GameScreen::new_game(ctx))),
            Some(CONTINUE) => match GameScreen::continue_game(ctx) {
                Ok(game) => Next::Reset(Box::new(game)),
                Err(e) => {
                    log::warn!("{e}");
                    self.notice = Some("load-failed");
                    Next::Stay
                }
            },
            Some(LOAD) => Next::Push(Box::new(SaveLoad::new(ctx, Mode::Load))),
            Some(SETTINGS) => Next::Push(Box::new(Options::new())),
            Some(ENDINGS) => Next::Push(Box::new(Endings::new(ctx))),
            Some(QUIT) => Next::Push(Box::new(Confirm::quit())),
            _ => Next::Stay,
        }
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        // Black for the few frames until the title art arrives, rather than the player's own
        // title flashing up first.
        self.waiting = !TitleScreen::art_ready(ctx);
        if self.waiting {
            return;
        }
        let view = ctx.services.view;
        let theme = ctx.menu_theme.clone();
        let full = Rect::new(0.0, 0.0, WIDTH, HEIGHT);
        let frames = &theme.frames;
        let assets = &mut ctx.services.assets;
        match assets.title_art(
            frames.title_background.as_deref(),
            view.pixels(WIDTH, HEIGHT),
        ) {
            Some(picture) => draw_stretched(&view, &picture, full, WHITE),
            None => {
                // A dusk gradient and a red band: the front at night, before a sortie.
                for i in 0..24 {
                    let t = i as f32 / 24.0;
                    let band = Rect::new(0.0, t * HEIGHT, WIDTH, HEIGHT / 24.0 + 1.0);
                    fill(
                        &view,
                        band,
                        Color::new(0.08 + 0.18 * t, 0.08 + 0.04 * t, 0.1, 1.0),
                    );
                }
                fill(&view, Rect::new(0.0, 300.0, WIDTH, 6.0), theme.accent);
            }
        }
        // The buttons follow the text size, which may change on the settings over this screen.
        let scale = ctx.services.text_scale();
        self.buttons.rects = layout::title_buttons(LABELS.len(), scale);
        let logo_box = logo_box(self.buttons.rects[0].y);
        let want = view.pixels(LOGO_BOX.w, LOGO_BOX.h);
        match (ctx.services.assets).title_art(frames.title_logo.as_deref(), want) {
            Some(logo) => {
                // Keep the logo's proportions inside its box.
                let scale =
                    (logo_box.w / logo.width()).min(logo_box.h / logo.height()) * view.scale;
                let (w, h) = (
                    logo.width() * scale / view.scale,
                    logo.height() * scale / view.scale,
                );
                let r = Rect::new(
                    WIDTH / 2.0 - w / 2.0,
                    logo_box.y + (logo_box.h - h) / 2.0,
                    w,
                    h,
                );
                draw_stretched(&view, &logo, r, WHITE);
            }
            None => draw_title_text(ctx, &bounded(ctx.story.title.clone()), logo_box, theme.text),
        }
        let frames = ctx.button_frames();
        // Looked up at each draw: the language may change in the settings over this screen.
        let labels: Vec<String> = LABELS.iter().map(|id| ctx.services.ui.get(id)).collect();
        self.buttons.draw(
            &view,
            &labels,
            &theme,
            frames.as_ref().map(|(n, h)| (n, h)),
            ctx.services.fonts.as_ref(),
            28.0 * scale,
        );
        if let Some(notice) = self.notice {
            let notice = &ctx.services.ui.get(notice);
            let size = view.len(22.0) as u16;
            let dims = measure(notice, ctx.services.font(notice, false), size as f32);
            let at = view.point(WIDTH / 2.0, 680.0);
            let params = TextParams {
                font: ctx.services.font(notice, false),
                font_size: size,
                color: theme.accent,
                ..Default::default()
            };
            draw_text_ex(notice, at.x - dims.width / 2.0, at.y, params);
        }
    }

    fn animating(&self) -> bool {
        self.waiting
    }

    fn spoken(&self, ctx: &Ctx) -> Spoken {
        let focus = self
            .buttons
            .selected
            .map(|i| ctx.services.ui.get(LABELS[i]));
        Spoken::titled([bounded(ctx.story.title.clone())]).focused(focus)
    }

    fn waiting(&self) -> bool {
        self.waiting
    }
}

/// The story's title as large text, when it has no logo picture, on the foot of `area`.
fn draw_title_text(ctx: &Ctx, title: &str, area: Rect, color: Color) {
    let view = ctx.services.view;
    let mut size = view.len(72.0f32.min(area.h));
    let mut dims = measure(title, ctx.services.font(title, true), size);
    if dims.width > view.len(WIDTH - 120.0) {
        size *= view.len(WIDTH - 120.0) / dims.width;
        dims = measure(title, ctx.services.font(title, true), size);
    }
    // The baseline leaves room for the letters that go below it, clear of the buttons.
    let descent = dims.height - dims.offset_y;
    let at = view.point(WIDTH / 2.0, area.bottom() - descent / view.scale);
    let params = TextParams {
        font: ctx.services.font(title, true),
        font_size: size as u16,
        color,
        ..Default::default()
    };
    draw_text_ex(title, at.x - dims.width / 2.0, at.y, params);
}
