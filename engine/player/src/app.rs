//! The main loop: a stack of screens, the shared context they use, and frame pacing. The
//! window runs miniquad's blocking event loop: while nothing animates, the loop sleeps until
//! the reader does something, so an idle player costs no CPU.

use crate::assets::{Assets, Fonts};
use crate::audio::Audio;
use crate::input::Input;
use crate::layout::View;
use crate::saves::Saves;
use crate::screens::{title::TitleScreen, Next, Screen};
use crate::textbox::DEFAULT_SPEED;
use macroquad::prelude::*;
use spearhead_core::{Story, StoryState};

#[derive(Debug, Clone)]
pub struct Settings {
    /// Characters a second; 0 shows each line at once.
    pub text_speed: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_speed: DEFAULT_SPEED,
        }
    }
}

/// What every screen may use.
pub struct Ctx {
    pub story: &'static Story,
    pub assets: Assets,
    pub audio: Audio,
    pub fonts: Option<Fonts>,
    pub view: View,
    pub settings: Settings,
    /// `None` when saving is off (screenshots, or no data folder).
    pub saves: Option<Saves>,
}

impl Ctx {
    pub fn new(story: &'static Story, saves: Option<Saves>) -> Ctx {
        let fonts = Fonts::load();
        if fonts.is_none() {
            eprintln!("warning: the bundled fonts did not load; using the built-in font");
        }
        Ctx {
            story,
            assets: Assets::new(&story.assets_dir()),
            audio: Audio::new(&story.assets_dir()),
            fonts,
            view: View::fit(screen_width(), screen_height()),
            settings: Settings::default(),
            saves,
        }
    }

    pub fn regular(&self) -> Option<&Font> {
        self.fonts.as_ref().map(|f| &f.regular)
    }

    pub fn bold(&self) -> Option<&Font> {
        self.fonts.as_ref().map(|f| &f.bold)
    }

    /// The story's button frames for `theme_key` (normal and hover), if it has both.
    pub fn button_frames(&mut self, theme_key: &str) -> Option<(Texture2D, Texture2D)> {
        let b = crate::layout::TITLE_BUTTON;
        let want = (
            self.view.len(b.x).round() as u32,
            self.view.len(b.y).round() as u32,
        );
        let normal = self.assets.frame(&format!("button_{theme_key}"), want)?;
        let hover = self
            .assets
            .frame(&format!("button_{theme_key}_hover"), want)?;
        Some((normal, hover))
    }

    pub fn autosave(&self, state: &StoryState) {
        if let Some(saves) = &self.saves {
            if let Err(e) = saves.write("auto", self.story, state) {
                eprintln!("warning: autosave failed: {e}");
            }
        }
    }

    /// After an ending, Continue has nothing to go on with.
    pub fn forget_autosave(&self) {
        if let Some(saves) = &self.saves {
            saves.remove("auto");
        }
    }
}

/// Draws the stack: the top screen and, under an overlay, the screens below it.
pub fn draw_stack(stack: &mut [Box<dyn Screen>], ctx: &mut Ctx) {
    clear_background(BLACK);
    let first = stack.iter().rposition(|s| !s.is_overlay()).unwrap_or(0);
    for screen in &mut stack[first..] {
        screen.draw(ctx);
    }
}

/// Plays until the reader quits.
pub async fn run(mut ctx: Ctx) {
    prevent_quit();
    let mut stack: Vec<Box<dyn Screen>> = vec![Box::new(TitleScreen::new(&ctx))];
    let mut last_mouse = Vec2::ZERO;
    let mut was_animating = true;
    let mut fullscreen = false;
    loop {
        ctx.view = View::fit(screen_width(), screen_height());
        let input = Input::gather(&ctx.view, last_mouse);
        last_mouse = input.mouse;
        // After an idle wait the frame time is the whole wait; animations start from here.
        let dt = if was_animating {
            get_frame_time().min(0.1)
        } else {
            0.0
        };

        if input.pressed(KeyCode::F11)
            || (input.pressed(KeyCode::Enter)
                && (is_key_down(KeyCode::LeftAlt) || is_key_down(KeyCode::RightAlt)))
        {
            fullscreen = !fullscreen;
            set_fullscreen(fullscreen);
        }

        let Some(top) = stack.last_mut() else { break };
        let next = if is_quit_requested() {
            Next::Quit
        } else {
            top.update(&mut ctx, &input, dt)
        };
        match next {
            Next::Stay => {}
            Next::Push(screen) => stack.push(screen),
            Next::Pop => {
                if let Some(mut closed) = stack.pop() {
                    closed.on_close(&mut ctx);
                }
            }
            Next::Reset(screen) => {
                for mut closed in stack.drain(..).rev() {
                    closed.on_close(&mut ctx);
                }
                stack.push(screen);
            }
            Next::Quit => {
                for mut closed in stack.drain(..).rev() {
                    closed.on_close(&mut ctx);
                }
                break;
            }
        }
        if stack.is_empty() {
            break;
        }

        draw_stack(&mut stack, &mut ctx);
        was_animating = stack.iter().any(|s| s.animating());
        if was_animating {
            // Without this the blocking event loop would sleep until the next input.
            macroquad::miniquad::window::schedule_update();
        }
        next_frame().await;
    }
}
