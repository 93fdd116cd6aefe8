//! The game screen: the stage, the text box and the choice menu. Every step of the story goes
//! through the core (`advance`, `choose`, `rollback`, `current`); this screen only performs the
//! events it gets back and turns input into those calls.

use super::{choice::ChoiceView, menu::GameMenu, title::TitleScreen, Next, Screen};
use crate::app::Ctx;
use crate::input::Input;
use crate::layout::{self, WIDTH};
use crate::stage::{fill, Stage};
use crate::textbox::{Frames, TextBox};
use crate::theme::Theme;
use macroquad::prelude::*;
use spearhead_core::story::{SceneId, StageDirection};
use spearhead_core::{Event, Line, StoryState};

/// What the reader is looking at.
enum Shown {
    /// Nothing yet (between advances) or the story stopped on an error.
    Nothing,
    Line,
    Choice(ChoiceView),
    End,
}

pub struct GameScreen {
    state: StoryState,
    stage: Stage,
    textbox: TextBox,
    shown: Shown,
    theme: Theme,
}

impl GameScreen {
    /// A new game from the story's first scene, on its first line.
    pub fn new_game(ctx: &mut Ctx) -> GameScreen {
        let mut game = GameScreen::with_state(StoryState::new(ctx.story));
        game.advance(ctx);
        game
    }

    /// The game saved in the autosave slot.
    pub fn continue_game(ctx: &mut Ctx) -> Result<GameScreen, String> {
        let saves = ctx.saves.as_ref().ok_or("no save folder")?;
        let (state, warnings) = saves.read("auto", ctx.story)?;
        for w in warnings {
            eprintln!("warning: {w}");
        }
        let mut game = GameScreen::with_state(state);
        game.resync(ctx);
        if matches!(game.shown, Shown::Nothing) {
            // Saved between lines (at a scene start): go on to the next line.
            game.advance(ctx);
        }
        Ok(game)
    }

    fn with_state(state: StoryState) -> GameScreen {
        GameScreen {
            state,
            stage: Stage::default(),
            textbox: TextBox::default(),
            shown: Shown::Nothing,
            theme: Theme::for_location(None),
        }
    }

    /// Runs the story to its next line, choice or ending and performs what happens on the way.
    pub fn advance(&mut self, ctx: &mut Ctx) {
        match ctx.story.advance(&mut self.state) {
            Ok(events) => {
                for event in events {
                    self.perform(ctx, event);
                }
            }
            Err(e) => self.fail(ctx, &e.to_string()),
        }
    }

    /// Takes option `index` of the choice on screen and goes on.
    pub fn choose(&mut self, ctx: &mut Ctx, index: usize) -> Result<(), String> {
        ctx.story
            .choose(&mut self.state, index)
            .map_err(|e| e.to_string())?;
        self.shown = Shown::Nothing;
        self.advance(ctx);
        Ok(())
    }

    /// Steps back one line (across choices); false at the start.
    pub fn rollback(&mut self, ctx: &mut Ctx) -> bool {
        if !ctx.story.rollback(&mut self.state) {
            return false;
        }
        self.resync(ctx);
        true
    }

    /// Rebuilds the screen from the state (after a load or a rollback), with no animation.
    fn resync(&mut self, ctx: &mut Ctx) {
        self.set_scene(ctx, self.state.scene());
        self.stage.rebuild(self.state.stage());
        let music = self.state.stage().music.clone();
        let path = music
            .as_ref()
            .and_then(|m| ctx.story.manifest.music.get(m))
            .map(|p| p.get_ref().clone());
        ctx.audio.sync_music(music.as_deref(), path.as_deref());
        self.shown = Shown::Nothing;
        self.textbox.clear();
        if let Some(event) = ctx.story.current(&self.state) {
            self.perform(ctx, event);
            self.textbox.complete();
        }
    }

    fn perform(&mut self, ctx: &mut Ctx, event: Event) {
        match event {
            Event::SceneStart { scene } => {
                self.set_scene(ctx, scene);
                ctx.autosave(&self.state);
            }
            Event::Stage(direction) => self.perform_stage(ctx, &direction),
            Event::Line(line) => self.show_line(ctx, &line),
            Event::Choice(menu) => {
                self.shown = Shown::Choice(ChoiceView::new(menu.clone()));
                match &menu.prompt {
                    Some(prompt) => self.textbox.show(None, prompt, 0.0, ctx.regular()),
                    None => self.textbox.clear(),
                }
            }
            Event::End { ending } => {
                self.shown = Shown::End;
                let title = &ctx.story.endings[ending].title;
                self.textbox
                    .show(None, &format!("THE END: {title}"), 0.0, ctx.regular());
            }
        }
    }

    fn set_scene(&mut self, ctx: &Ctx, scene: SceneId) {
        self.theme = Theme::for_location(ctx.story.scene(scene).location.as_deref());
    }

    fn perform_stage(&mut self, ctx: &mut Ctx, direction: &StageDirection) {
        let manifest = &ctx.story.manifest;
        match direction {
            StageDirection::MusicPlay { track, .. } => {
                let path = manifest.music.get(track).map(|p| p.get_ref().clone());
                ctx.audio.play_music(track, path.as_deref());
            }
            StageDirection::MusicStop { .. } => ctx.audio.stop_music(),
            StageDirection::Sound { sound } => {
                let path = manifest.sounds.get(sound).map(|p| p.get_ref().clone());
                ctx.audio.play_sound(path.as_deref());
            }
            visual => self.stage.perform(visual),
        }
    }

    fn show_line(&mut self, ctx: &mut Ctx, line: &Line) {
        let speaker = line.speaker.map(|c| &ctx.story.characters[c]);
        if let (Some(c), Some(expression)) = (speaker, &line.expression) {
            self.stage.set_expression(&c.id, expression);
        }
        let speed = ctx.settings.text_speed;
        self.textbox.show(
            speaker.map(|c| (c.name.clone(), c.color)),
            &line.text,
            speed,
            ctx.regular(),
        );
        self.shown = Shown::Line;
    }

    fn fail(&mut self, ctx: &mut Ctx, message: &str) {
        eprintln!("error: the story stopped: {message}");
        self.shown = Shown::Nothing;
        self.textbox.show(
            None,
            &format!("The story stopped: {message}"),
            0.0,
            ctx.regular(),
        );
    }

    /// Finishes every animation and the typewriter: the frame a reader sees once it settles.
    pub fn settle(&mut self) {
        self.stage.finish();
        self.textbox.complete();
    }

    pub fn is_choosing(&self) -> bool {
        matches!(self.shown, Shown::Choice(_))
    }

    pub fn is_ended(&self) -> bool {
        matches!(self.shown, Shown::End)
    }

    /// Whether a line is on screen (so advancing passes it).
    pub fn on_line(&self) -> bool {
        matches!(self.shown, Shown::Line)
    }
}

impl Screen for GameScreen {
    fn update(&mut self, ctx: &mut Ctx, input: &Input, dt: f32) -> Next {
        self.stage.update(dt);
        if !self.stage.holding() {
            self.textbox.update(dt);
        }
        if input.back() {
            return Next::Push(Box::new(GameMenu::new()));
        }
        if input.rollback() {
            self.rollback(ctx);
            return Next::Stay;
        }
        match &mut self.shown {
            Shown::Choice(view) => {
                if let Some(index) = view.update(input) {
                    if let Err(e) = self.choose(ctx, index) {
                        eprintln!("warning: {e}");
                    }
                }
            }
            Shown::Line | Shown::Nothing if input.go_on() => {
                if self.stage.holding() || self.textbox.typing() {
                    self.settle();
                } else if matches!(self.shown, Shown::Line) {
                    self.advance(ctx);
                }
            }
            Shown::End if input.go_on() => {
                ctx.forget_autosave();
                return Next::Reset(Box::new(TitleScreen::new(ctx)));
            }
            _ => {}
        }
        Next::Stay
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        let view = ctx.view;
        let font = ctx.fonts.as_ref().map(|f| &f.regular);
        self.stage
            .draw(&view, ctx.story, &mut ctx.assets, &self.theme, font);
        if let Shown::Choice(choice) = &self.shown {
            choice.draw(ctx, &self.theme);
        }
        if !self.stage.holding() {
            let want = |r: Rect| (view.len(r.w).round() as u32, view.len(r.h).round() as u32);
            let key = self.theme.key;
            let frames = Frames {
                textbox: ctx
                    .assets
                    .frame(&format!("textbox_{key}"), want(layout::TEXTBOX)),
                nameplate: ctx
                    .assets
                    .frame(&format!("nameplate_{key}"), want(layout::NAME_PLATE)),
            };
            self.textbox
                .draw(&view, &self.theme, &frames, ctx.regular(), ctx.bold());
        }
        if let Shown::End = self.shown {
            fill(
                &view,
                Rect::new(0.0, 0.0, WIDTH, layout::TEXTBOX.y - 60.0),
                Color::new(0.0, 0.0, 0.0, 0.35),
            );
        }
    }

    fn animating(&self) -> bool {
        self.stage.animating() || self.textbox.typing()
    }

    fn on_close(&mut self, ctx: &mut Ctx) {
        if !self.is_ended() {
            ctx.autosave(&self.state);
        }
        ctx.audio.stop_music();
    }
}
