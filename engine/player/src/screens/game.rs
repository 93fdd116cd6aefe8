//! The game screen: the stage, the text box and the choice menu. Every step of the story goes
//! through the core (`advance`, `choose`, `rollback`, `current`); this screen only performs the
//! events it gets back and turns input into those calls.

use super::backlog::{Backlog, Entry};
use super::confirm::{Confirm, Question};
use super::flash::Flash;
use super::music_room;
use super::options::Options;
use super::quick_menu::{QuickAction, QuickMenu};
use super::saveload::{Mode, SaveLoad};
use super::{choice::ChoiceView, menu::GameMenu, title::TitleScreen, Next, Notice, Screen};
use crate::accessibility::Motion;
use crate::actions::Action;
use crate::assets::measure;
use crate::context::Ctx;
use crate::ending_card::EndingCard;
use crate::fonts::Fonts;
use crate::input::Input;
use crate::layout::{self, WIDTH};
use crate::narration::Spoken;
use crate::preload;
use crate::saves::{Saves, SlotError};
use crate::stage::Stage;
use crate::textbox::{Frames, TextBox};
use crate::theme::Theme;
use crate::thumbnail::Thumbnail;
use macroquad::prelude::*;
use spearhead_core::runtime::ChoiceMenu;
use spearhead_core::story::{EndingId, SceneId, StageDirection};
use spearhead_core::{Event, Line, RuntimeError, Story, StoryState};

/// What the reader is looking at.
enum Shown {
    /// Nothing yet (between advances) or the story stopped on an error.
    Nothing,
    Line,
    Choice(Box<ChoiceView>),
    End(EndingCard),
}

pub struct GameScreen {
    state: StoryState,
    /// What was read in this sitting, for the backlog.
    backlog: Vec<Entry>,
    /// H hides the text box and menus to look at the picture.
    hide_interface: bool,
    /// A toggles auto-forward; `auto_wait` counts the time since the line completed.
    auto: bool,
    auto_wait: f32,
    /// Tab toggles skipping (Ctrl skips while held): only lines read before are passed.
    skip: bool,
    ctrl_held: bool,
    /// Whether the line on screen had been read before it was shown this time.
    seen_now: bool,
    stage: Stage,
    textbox: TextBox,
    shown: Shown,
    theme: Theme,
    /// The fonts of the look's dialogue (its body and name fonts, else the bundled ones).
    fonts: Option<Fonts>,
    /// While the art a change brought on stage is loading: what was on screen before it.
    held: Option<Held>,
    /// A scene that started and whose change is not done yet: at the next step, what neither
    /// it (and the scenes it leads to) nor the stage uses is released.
    release_due: Option<SceneId>,
    /// The language changed while a menu covered the game: its line is shown again once the
    /// menu closes.
    language_changed: bool,
    /// The row of buttons under the text box.
    quick: QuickMenu,
    /// A short message shown over the game (after a quick save).
    flash: Option<Flash>,
}

/// What stays on screen, not moving, while the art of what comes next is on its way (a few
/// frames): the stage and the line as they were before the change.
struct Held {
    stage: Stage,
    textbox: TextBox,
    theme: Theme,
}

/// Why a saved game could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("nothing saved yet")]
    NothingSaved,
    /// Saving is off (a screenshot, or no data folder).
    #[error("no save folder")]
    NoSaveFolder,
    #[error(transparent)]
    Slot(#[from] SlotError),
}

/// The slot saved most recently (autosave, quick save or a numbered slot).
pub fn latest_slot(saves: Option<&Saves>) -> Result<String, OpenError> {
    let saves = saves.ok_or(OpenError::NoSaveFolder)?;
    saves.latest().ok_or(OpenError::NothingSaved)
}

/// The state saved in `slot`, with warnings about what an edited story could not restore
/// exactly.
pub fn open_slot(
    saves: Option<&Saves>,
    story: &Story,
    slot: &str,
) -> Result<(StoryState, Vec<String>), OpenError> {
    let saves = saves.ok_or(OpenError::NoSaveFolder)?;
    Ok(saves.read(slot, story)?)
}

impl GameScreen {
    /// A new game from the story's first scene, on its first line.
    pub fn new_game(ctx: &mut Ctx) -> GameScreen {
        GameScreen::starting(ctx, StoryState::new(ctx.story))
    }

    /// A new game from `state` (a reading not begun yet: `--from` and `--set`), on its first
    /// line.
    pub fn starting(ctx: &mut Ctx, state: StoryState) -> GameScreen {
        let mut game = GameScreen::with_state(ctx, state);
        game.advance(ctx);
        game
    }

    /// The game saved most recently (autosave, quick save or a slot).
    pub fn continue_game(ctx: &mut Ctx) -> Result<GameScreen, OpenError> {
        let latest = latest_slot(ctx.services.saves.as_ref())?;
        GameScreen::load_slot(ctx, &latest)
    }

    /// The game saved in `slot`.
    pub fn load_slot(ctx: &mut Ctx, slot: &str) -> Result<GameScreen, OpenError> {
        let (state, warnings) = open_slot(ctx.services.saves.as_ref(), ctx.story, slot)?;
        for w in warnings {
            log::warn!("{w}");
        }
        let mut game = GameScreen::with_state(ctx, state);
        game.resync(ctx);
        if matches!(game.shown, Shown::Nothing) {
            // Saved between lines (at a scene start): go on to the next line.
            game.advance(ctx);
        }
        Ok(game)
    }

    fn with_state(ctx: &mut Ctx, state: StoryState) -> GameScreen {
        let story = ctx.story;
        let theme = Theme::from(story.location_look(None));
        let fonts = ctx.services.font_book.dialogue(&theme.fonts);
        GameScreen {
            state,
            backlog: Vec::new(),
            hide_interface: false,
            auto: false,
            auto_wait: 0.0,
            skip: false,
            ctrl_held: false,
            seen_now: false,
            stage: Stage::default(),
            textbox: TextBox::default(),
            shown: Shown::Nothing,
            theme,
            fonts,
            held: None,
            release_due: None,
            language_changed: false,
            quick: QuickMenu::default(),
            flash: None,
        }
    }

    /// Runs the story to its next line, choice or ending and performs what happens on the way.
    pub fn advance(&mut self, ctx: &mut Ctx) {
        self.change(ctx, GameScreen::run);
    }

    /// Makes a change to what is shown (`change`) and, when the art it brings on stage has not
    /// arrived yet, holds the picture from before it until it has: no frame shows the new
    /// stage half drawn, and none waits for a file.
    fn change(&mut self, ctx: &mut Ctx, change: impl FnOnce(&mut GameScreen, &mut Ctx)) {
        self.release_unused(ctx);
        let before = self.held.take().unwrap_or_else(|| Held {
            stage: self.stage.clone(),
            textbox: self.textbox.clone(),
            theme: self.theme.clone(),
        });
        self.textbox.style = ctx.services.settings.text_style();
        change(self, ctx);
        self.calm(Motion::of(&ctx.services.settings));
        if !self.art_ready(ctx) {
            self.held = Some(before);
        }
    }

    /// Ends at once what the reader asked not to see move (transitions off, reduce motion).
    fn calm(&mut self, motion: Motion) {
        match motion {
            Motion::Full => {}
            Motion::NoTransitions => self.stage.calm(false),
            Motion::Reduced => {
                self.stage.calm(true);
                if let Shown::End(card) = &mut self.shown {
                    card.finish();
                }
            }
        }
    }

    /// Whether the art of the stage and text box as they are now has arrived; asks for what
    /// has not, before what is loaded ahead.
    fn art_ready(&self, ctx: &mut Ctx) -> bool {
        let started = std::time::Instant::now();
        let view = ctx.services.view;
        let frames = &self.theme.frames;
        let (textbox, plate) = (layout::TEXTBOX, layout::NAME_PLATE);
        let stage = self
            .stage
            .art_ready(&view, ctx.story, &mut ctx.services.assets);
        let textbox = (ctx.services.assets)
            .look_frame_ready(frames.textbox.as_deref(), view.pixels(textbox.w, textbox.h));
        let plate = (ctx.services.assets)
            .look_frame_ready(frames.nameplate.as_deref(), view.pixels(plate.w, plate.h));
        ctx.services.note_loading(started.elapsed());
        stage && textbox && plate
    }

    /// After a scene change, once the reader goes on from what it showed (the stage is no
    /// longer held, and the scene before is not drawn any more): releases what the scene and
    /// those it leads to do not use and the stage does not show (see `preload::release_unused`).
    fn release_unused(&mut self, ctx: &mut Ctx) {
        if self.held.is_some() {
            return;
        }
        if let Some(scene) = self.release_due.take() {
            let on_screen = self.stage.pictures(&ctx.services.view, ctx.story);
            preload::release_unused(ctx, scene, &on_screen);
        }
    }

    /// Lets go of the held picture once the art has arrived.
    fn release_when_ready(&mut self, ctx: &mut Ctx) {
        if self.held.is_some() && self.art_ready(ctx) {
            self.held = None;
        }
    }

    fn run(&mut self, ctx: &mut Ctx) {
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
    pub fn choose(&mut self, ctx: &mut Ctx, index: usize) -> Result<(), RuntimeError> {
        let taken = match &self.shown {
            Shown::Choice(view) => view.menu.options.get(index).map(|o| o.text.clone()),
            _ => None,
        };
        let at = self.state.history_len();
        ctx.story.choose(&mut self.state, index)?;
        if let Some(text) = taken {
            self.backlog.push(Entry {
                speaker: None,
                text: format!("\u{25b6} {text}"),
                at,
            });
        }
        self.change(ctx, |game, ctx| {
            game.shown = Shown::Nothing;
            game.run(ctx);
        });
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

    /// Steps forward again through what was rolled back, the same way (the same choices);
    /// false when nothing was rolled back, or the reader has gone on since.
    pub fn roll_forward(&mut self, ctx: &mut Ctx) -> bool {
        if !ctx.story.roll_forward(&mut self.state) {
            return false;
        }
        self.resync(ctx);
        true
    }

    /// The story was edited under the reader: go on from `state`, the same place in the new
    /// story, shown at once. What was read stays in the backlog; the rollback history starts
    /// again here (the old one holds places in the old story).
    fn story_changed(&mut self, ctx: &mut Ctx, state: StoryState) {
        if matches!(self.shown, Shown::Line) {
            // The line on screen: shown again below, in its new words.
            self.backlog.pop();
        }
        for entry in &mut self.backlog {
            entry.at = 0;
        }
        self.state = state;
        self.resync(ctx);
        if matches!(self.shown, Shown::Nothing) {
            self.advance(ctx);
        }
    }

    /// Rebuilds the screen from the state (after a load or a rollback), with no animation.
    fn resync(&mut self, ctx: &mut Ctx) {
        self.change(ctx, GameScreen::rebuild);
    }

    fn rebuild(&mut self, ctx: &mut Ctx) {
        // Forget what was read after the point rolled back to (it is shown again below).
        let now = self.state.history_len();
        self.backlog.retain(|e| e.at < now);
        self.set_scene(ctx, self.state.scene());
        self.request_scene(ctx, self.state.scene());
        self.stage.rebuild(self.state.stage());
        let music = self.state.stage().music.clone();
        let path = music.as_ref().and_then(|m| ctx.story.music_file(m));
        ctx.services.audio.sync_music(music.as_deref(), path);
        if let Some(track) = &music {
            music_room::note_heard(ctx.services.saves.as_ref(), track);
        }
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
                if let Some(timing) = ctx.services.timing.as_mut() {
                    timing.scene_started(&ctx.story.scene(scene).name);
                }
                self.request_scene(ctx, scene);
                ctx.autosave(&self.state);
                ctx.keep_seen();
            }
            Event::Stage(direction) => self.perform_stage(ctx, &direction),
            Event::Line(line) => self.show_line(ctx, &line),
            Event::Choice(menu) => {
                let menu = ctx.services.text.choice(&self.state, &menu);
                read_choice(ctx, &menu);
                let scale = ctx.services.text_scale();
                let view = ChoiceView::new(menu.clone(), self.fonts.clone(), scale);
                self.shown = Shown::Choice(Box::new(view));
                match &menu.prompt {
                    Some(prompt) => self.textbox.show(None, prompt, 0.0, self.fonts.as_ref()),
                    None => self.textbox.clear(),
                }
            }
            Event::End { ending } => {
                ctx.services.voice.interrupt();
                self.shown = Shown::End(EndingCard::new(ending));
                let id = &ctx.story.endings[ending].id;
                if let Some(saves) = &ctx.services.saves {
                    if let Err(e) = saves.add_ending(id) {
                        log::warn!("could not keep the ending reached: {e}");
                    }
                }
                self.textbox.clear();
            }
            // Only `read --trace` asks for these.
            Event::Condition { .. } => {}
        }
    }

    fn set_scene(&mut self, ctx: &mut Ctx, scene: SceneId) {
        let location = ctx.story.scene(scene).location.as_deref();
        self.theme = Theme::from(ctx.story.location_look(location));
        self.fonts = ctx.services.font_book.dialogue(&self.theme.fonts);
    }

    /// Asks for the art and sound of `scene` and the scenes it can lead to (see `preload`).
    fn request_scene(&mut self, ctx: &mut Ctx, scene: SceneId) {
        let started = std::time::Instant::now();
        preload::request(ctx, scene);
        ctx.services.note_loading(started.elapsed());
        self.release_due = Some(scene);
    }

    fn perform_stage(&mut self, ctx: &mut Ctx, direction: &StageDirection) {
        let story = ctx.story;
        match direction {
            StageDirection::MusicPlay { track, fade } => {
                ctx.services
                    .audio
                    .play_music(track, story.music_file(track), *fade);
                music_room::note_heard(ctx.services.saves.as_ref(), track);
            }
            StageDirection::MusicStop { fade } => ctx.services.audio.stop_music(*fade),
            StageDirection::Sound { sound } => {
                ctx.services.audio.play_sound(story.sound_file(sound));
            }
            StageDirection::Cg { name, .. } => {
                if let Some(saves) = &ctx.services.saves {
                    if let Err(e) = saves.add_cg(name) {
                        log::warn!("could not keep the CG seen: {e}");
                    }
                }
                self.stage.perform(direction);
            }
            visual => self.stage.perform(visual),
        }
    }

    fn show_line(&mut self, ctx: &mut Ctx, line: &Line) {
        let speaker = line.speaker.map(|c| &ctx.story.characters[c]);
        if let (Some(c), Some(expression)) = (speaker, &line.expression) {
            self.stage.set_expression(&c.id, expression);
        }
        let text = ctx.services.text.line(&self.state, line);
        let plate = line.speaker.map(|c| {
            (
                ctx.services.text.character_name(c),
                ctx.story.characters[c].color,
            )
        });
        let entry = Entry {
            speaker: plate.clone(),
            text: text.clone(),
            at: self.state.history_len(),
        };
        self.backlog.push(entry);
        self.auto_wait = 0.0;
        self.seen_now = ctx.seen.contains(&*line.key);
        ctx.seen.insert(line.key.to_string());
        let speed = ctx.services.settings.text_speed;
        let name = plate.as_ref().map(|(name, _)| name.as_str());
        ctx.services
            .voice
            .line(name, &text, ctx.services.text.locale());
        self.textbox.show(plate, &text, speed, self.fonts.as_ref());
        self.shown = Shown::Line;
    }

    fn fail(&mut self, ctx: &mut Ctx, message: &str) {
        log::error!("the story stopped: {message}");
        ctx.services.voice.interrupt();
        self.shown = Shown::Nothing;
        let text = ctx.services.ui.with(
            "error-story-stopped",
            &[("message", message.to_string().into())],
        );
        self.textbox.show(None, &text, 0.0, self.fonts.as_ref());
    }

    /// Finishes every animation and the typewriter: the frame a reader sees once it settles.
    pub fn settle(&mut self) {
        self.stage.finish();
        self.textbox.complete();
        if let Shown::End(card) = &mut self.shown {
            card.finish();
        }
    }

    /// The ending on screen, if the story is over.
    pub fn ending(&self) -> Option<EndingId> {
        match &self.shown {
            Shown::End(card) => Some(card.ending),
            _ => None,
        }
    }

    /// The game as the reader sees it now, small, for a save's thumbnail: the stage, the line
    /// or the choice, without the controls over them (the quick menu, the notices), which
    /// are the player's and not the story's.
    pub fn picture(&mut self, ctx: &mut Ctx) -> Thumbnail {
        clear_background(BLACK);
        self.draw_game(ctx);
        Thumbnail::capture(&ctx.services.view)
    }

    /// Draws the story's part of the screen: the stage, and unless the reader hid it, the
    /// choice and the text box (or the ending's card). True when the controls go over it.
    fn draw_game(&mut self, ctx: &mut Ctx) -> bool {
        if let (Shown::End(card), None) = (&self.shown, &self.held) {
            card.draw(ctx);
            return false;
        }
        let (stage, textbox, theme) = match &self.held {
            Some(held) => (&held.stage, &held.textbox, &held.theme),
            None => (&self.stage, &self.textbox, &self.theme),
        };
        let view = ctx.services.view;
        let font = ctx.services.fonts.as_ref().map(|f| &f.regular);
        stage.draw(&view, ctx.story, &mut ctx.services.assets, theme, font);
        if self.hide_interface {
            return false;
        }
        if let (Shown::Choice(choice), None) = (&self.shown, &self.held) {
            choice.draw(ctx, &self.theme);
        }
        if !stage.holding() {
            let want = |r: Rect| view.pixels(r.w, r.h);
            let files = &theme.frames;
            let frames = Frames {
                textbox: (ctx.services.assets)
                    .look_frame(files.textbox.as_deref(), want(layout::TEXTBOX)),
                nameplate: (ctx.services.assets)
                    .look_frame(files.nameplate.as_deref(), want(layout::NAME_PLATE)),
            };
            textbox.draw(&view, theme, &frames);
        }
        true
    }

    /// Draws the player's controls over the game: the quick menu, a notice just given
    /// ("Quick save made."), and whether skip or auto-forward is on.
    fn draw_controls(&self, ctx: &Ctx) {
        let (stage, theme) = match &self.held {
            Some(held) => (&held.stage, &held.theme),
            None => (&self.stage, &self.theme),
        };
        if !stage.holding() {
            let (skipping, auto) = (self.skipping(), self.auto);
            self.quick.draw(ctx, theme, |action| match action {
                QuickAction::Skip => skipping,
                QuickAction::Auto => auto,
                _ => false,
            });
        }
        if self.held.is_some() {
            return;
        }
        if let Some(flash) = &self.flash {
            flash.draw(ctx, &self.theme);
        }
        let mode = match (self.skipping(), self.auto) {
            (true, _) => "notice-skip-on",
            (false, true) => "notice-auto-on",
            _ => return,
        };
        let mode = &ctx.services.ui.get(mode);
        let view = ctx.services.view;
        let size = view.len(22.0) as u16;
        let font = ctx.services.font(mode, true);
        // Right-aligned in the top-right corner, whatever its length in the language shown.
        let width = measure(mode, font, size as f32).width;
        let at = view.point(WIDTH - 40.0, 40.0);
        let params = TextParams {
            font,
            font_size: size,
            color: self.theme.accent,
            ..Default::default()
        };
        draw_text_ex(mode, at.x - width, at.y, params);
    }

    /// The story state, to save it.
    pub fn state(&self) -> &StoryState {
        &self.state
    }

    /// Does what a quick menu button (or its key) asks for.
    fn take_quick(&mut self, ctx: &mut Ctx, action: QuickAction) -> Next {
        match action {
            QuickAction::Back => {
                self.rollback(ctx);
            }
            QuickAction::History => return Next::Push(Box::new(self.backlog_screen())),
            QuickAction::Skip => self.skip = !self.skip,
            QuickAction::Auto => {
                self.auto = !self.auto;
                self.auto_wait = 0.0;
            }
            QuickAction::Save => {
                let save = Mode::Save {
                    state: Box::new(self.state.clone()),
                    picture: Some(self.picture(ctx)),
                };
                return Next::Push(Box::new(SaveLoad::new(ctx, save)));
            }
            QuickAction::QuickSave => self.quick_save(ctx),
            QuickAction::QuickLoad => return self.quick_load(ctx),
            QuickAction::Settings => return Next::Push(Box::new(Options::new())),
        }
        Next::Stay
    }

    /// Saves in the quick slot, with a thumbnail as other saves have, and says whether it
    /// worked.
    fn quick_save(&mut self, ctx: &mut Ctx) {
        let picture = self.picture(ctx);
        let saved = match &ctx.services.saves {
            Some(saves) => {
                saves.write_with_thumbnail("quick", ctx.story, &self.state, Some(picture.parts()))
            }
            None => Err(std::io::Error::other("saving is off")),
        };
        let message = match saved {
            Ok(()) => "save-quick-done",
            Err(e) => {
                log::warn!("quick save: {e}");
                "save-failed"
            }
        };
        self.flash = Some(Flash::new(message));
    }

    /// Asks, then loads the quick save over this game; says so when there is none.
    fn quick_load(&mut self, ctx: &Ctx) -> Next {
        if !ctx
            .services
            .saves
            .as_ref()
            .is_some_and(|s| s.exists("quick"))
        {
            self.flash = Some(Flash::new("load-no-quick-save"));
            return Next::Stay;
        }
        let load = |ctx: &mut Ctx| match GameScreen::load_slot(ctx, "quick") {
            Ok(game) => Next::Reset(Box::new(game)),
            Err(e) => {
                log::warn!("quick load: {e}");
                Next::Pop
            }
        };
        Next::Push(Box::new(Confirm::new(Question::new("confirm-load"), load)))
    }

    fn skipping(&self) -> bool {
        self.skip || self.ctrl_held
    }

    /// The backlog screen for what was read so far.
    pub fn backlog_screen(&self) -> Backlog {
        Backlog::new(self.backlog.clone())
    }

    pub fn is_choosing(&self) -> bool {
        matches!(self.shown, Shown::Choice(_))
    }

    pub fn is_ended(&self) -> bool {
        matches!(self.shown, Shown::End(_))
    }

    /// Whether a line is on screen (so advancing passes it).
    pub fn on_line(&self) -> bool {
        matches!(self.shown, Shown::Line)
    }
}

/// Reads a choice aloud (self-voicing): its prompt and options, the greyed ones said to be
/// unavailable.
fn read_choice(ctx: &mut Ctx, menu: &ChoiceMenu) {
    let unavailable = ctx.services.ui.get("choice-unavailable");
    let options: Vec<String> = (menu.options.iter())
        .map(|o| match o.enabled {
            true => o.text.clone(),
            false => format!("{}: {unavailable}", o.text),
        })
        .collect();
    ctx.services
        .voice
        .choice(menu.prompt.as_deref(), &options, ctx.services.text.locale());
}

/// Whether what is shown ends a skip: anything but a line does (the end, a stop), and a choice
/// unless the reader asked to keep skipping after choices (it still waits for an option).
fn skip_stops(reading: bool, choosing: bool, after_choices: bool) -> bool {
    let goes_on = reading || (choosing && after_choices);
    !goes_on
}

impl Screen for GameScreen {
    fn update(&mut self, ctx: &mut Ctx, input: &Input, dt: f32) -> Next {
        if self.held.is_some() {
            // Nothing moves and input waits: the reader has not seen what it would act on.
            return Next::Stay;
        }
        self.stage.update(dt);
        if !self.stage.holding() {
            self.textbox.update(dt);
        }
        if self.flash.as_mut().is_some_and(|f| !f.update(dt)) {
            self.flash = None;
        }
        if input.did(Action::Back) {
            if self.hide_interface {
                self.hide_interface = false;
                return Next::Stay;
            }
            let picture = self.picture(ctx);
            return Next::Push(Box::new(GameMenu::new(self.state.clone(), picture)));
        }
        if input.did(Action::HideInterface) {
            self.hide_interface = !self.hide_interface;
            return Next::Stay;
        }
        if self.hide_interface {
            // Any click or key brings the interface back.
            if input.did(Action::GoOn) {
                self.hide_interface = false;
            }
            return Next::Stay;
        }
        if !self.is_ended() {
            if let Some(action) = self.quick.update(input) {
                return self.take_quick(ctx, action);
            }
        }
        if input.did(Action::Backlog) {
            return Next::Push(Box::new(self.backlog_screen()));
        }
        if input.did(Action::Auto) {
            self.auto = !self.auto;
            self.auto_wait = 0.0;
        }
        if input.did(Action::Skip) {
            self.skip = !self.skip;
        }
        self.ctrl_held = input.did(Action::SkipWhileHeld);
        let (reading, choosing) = (self.on_line(), self.is_choosing());
        if self.skipping()
            && skip_stops(reading, choosing, ctx.services.settings.skip_after_choices)
        {
            self.skip = false;
        }
        if input.did(Action::QuickSave) {
            return self.take_quick(ctx, QuickAction::QuickSave);
        }
        if input.did(Action::QuickLoad) {
            return self.take_quick(ctx, QuickAction::QuickLoad);
        }
        if input.did(Action::Rollback) {
            self.rollback(ctx);
            return Next::Stay;
        }
        if input.did(Action::RollForward) {
            self.roll_forward(ctx);
            return Next::Stay;
        }
        let skipping = self.skipping();
        let auto_ready = self.auto
            && !self.textbox.typing()
            && !self.stage.holding()
            && !input.did(Action::GoOn);
        match &mut self.shown {
            Shown::Choice(view) => {
                if let Some(index) = view.update(input) {
                    if let Err(e) = self.choose(ctx, index) {
                        log::warn!("{e}");
                    }
                }
            }
            Shown::Line if skipping => {
                if self.seen_now || ctx.services.settings.skip_unseen {
                    self.settle();
                    self.advance(ctx);
                } else {
                    // Skipping stops at the first line not read before.
                    self.skip = false;
                }
            }
            Shown::Line if auto_ready => {
                self.auto_wait += dt;
                let chars = self.textbox.text().chars().count() as f32;
                if self.auto_wait >= ctx.services.settings.auto_delay + chars * 0.02 {
                    self.advance(ctx);
                }
            }
            Shown::Line | Shown::Nothing if input.did(Action::GoOn) => {
                if self.stage.holding() || self.textbox.typing() {
                    self.settle();
                } else if matches!(self.shown, Shown::Line) {
                    self.advance(ctx);
                }
            }
            Shown::End(card) => {
                card.update(dt);
                if input.did(Action::GoOn) && card.animating() {
                    card.finish();
                } else if input.did(Action::GoOn) {
                    ctx.services.forget_autosave();
                    return Next::Reset(Box::new(TitleScreen::new(ctx)));
                }
            }
            _ => {}
        }
        Next::Stay
    }

    fn draw(&mut self, ctx: &mut Ctx) {
        self.release_when_ready(ctx);
        if self.draw_game(ctx) {
            self.draw_controls(ctx);
        }
    }

    fn on_notice(&mut self, ctx: &mut Ctx, notice: &Notice) {
        match notice {
            Notice::LanguageChanged => self.language_changed = true,
            Notice::StoryChanged(state) => self.story_changed(ctx, state.clone()),
        }
    }

    fn on_uncovered(&mut self, ctx: &mut Ctx) {
        let restyled = self.textbox.style != ctx.services.settings.text_style();
        if std::mem::take(&mut self.language_changed) || restyled {
            // The language or the text's style changed in the settings: show the line again.
            self.resync(ctx);
        }
    }

    /// No title (its lines are read as they come): the quick menu's focused button, or the
    /// option the keyboard is on at a choice.
    fn spoken(&self, ctx: &Ctx) -> Spoken {
        let option = match &self.shown {
            Shown::Choice(view) => view.focused().cloned(),
            _ => None,
        };
        Spoken::default().focused(self.quick.focused_label(ctx).or(option))
    }

    fn story_state(&self) -> Option<&StoryState> {
        Some(&self.state)
    }

    fn animating(&self) -> bool {
        // Auto-forward and skipping need frames to count time and move on by themselves.
        let waiting = matches!(self.shown, Shown::Line) && (self.auto || self.skipping());
        let card = matches!(&self.shown, Shown::End(card) if card.animating());
        let moving = self.stage.animating() || self.textbox.typing() || self.flash.is_some();
        moving || waiting || self.held.is_some() || card
    }

    fn waiting(&self) -> bool {
        self.held.is_some()
    }

    fn settle(&mut self) {
        GameScreen::settle(self);
    }

    fn on_close(&mut self, ctx: &mut Ctx) {
        if !self.is_ended() {
            ctx.autosave(&self.state);
        }
        ctx.keep_seen();
        ctx.services.audio.stop_music(None);
        ctx.services.voice.interrupt();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use spearhead_core::files::FileError;
    use spearhead_core::SaveError;
    use std::path::{Path, PathBuf};

    fn fixture() -> Story {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/player");
        spearhead_core::load(&dir).story.expect("the fixture loads")
    }

    /// A save folder of this test's own, with slot 1 saved on the fixture's second line.
    fn saved(test: &str, story: &Story) -> (Saves, PathBuf) {
        let dir =
            std::env::temp_dir().join(format!("spearhead-open-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir is writable");
        let saves = Saves::in_dir(&dir);
        let mut state = StoryState::new(story);
        for _ in 0..2 {
            story.advance(&mut state).expect("the fixture advances");
        }
        saves
            .write("slot-01", story, &state)
            .expect("the save is written");
        (saves, dir.join("slot-01.toml"))
    }

    /// Slot 1's file with `from` replaced by `to`.
    fn edit(file: &Path, from: &str, to: &str) {
        let text = std::fs::read_to_string(file).expect("the save is readable");
        assert!(text.contains(from), "{from:?} in {text}");
        std::fs::write(file, text.replacen(from, to, 1)).expect("the save is writable");
    }

    fn open(saves: &Saves, story: &Story) -> Result<(StoryState, Vec<String>), OpenError> {
        open_slot(Some(saves), story, "slot-01")
    }

    #[test]
    fn a_saved_game_opens_and_continue_finds_it() {
        let story = fixture();
        let (saves, _) = saved("good", &story);
        assert!(open(&saves, &story).is_ok());
        assert_eq!(latest_slot(Some(&saves)).ok().as_deref(), Some("slot-01"));
    }

    #[test]
    fn continue_with_nothing_saved_or_no_save_folder_says_which() {
        let story = fixture();
        let (saves, file) = saved("nothing", &story);
        std::fs::remove_file(file).expect("removable");
        assert!(matches!(
            latest_slot(Some(&saves)),
            Err(OpenError::NothingSaved)
        ));
        assert!(matches!(latest_slot(None), Err(OpenError::NoSaveFolder)));
        assert!(matches!(
            open_slot(None, &story, "slot-01"),
            Err(OpenError::NoSaveFolder)
        ));
    }

    #[test]
    fn a_slot_deleted_behind_the_players_back_is_a_file_error() {
        let story = fixture();
        let (saves, file) = saved("deleted", &story);
        std::fs::remove_file(file).expect("removable");
        assert!(matches!(
            open(&saves, &story),
            Err(OpenError::Slot(SlotError::File(e))) if e.is_missing()
        ));
    }

    #[test]
    fn a_damaged_save_file_is_corrupt_not_text_or_too_large() {
        let story = fixture();
        let (saves, file) = saved("damaged", &story);
        let text = std::fs::read_to_string(&file).expect("readable");
        // Cut off mid-write by an old editor, or a line mangled on a bad disk.
        std::fs::write(&file, format!("{text}\n[position\nat = ")).expect("writable");
        assert!(matches!(
            open(&saves, &story),
            Err(OpenError::Slot(SlotError::Save {
                source: SaveError::Corrupt(_),
                ..
            }))
        ));
        std::fs::write(&file, [0xff, 0xfe, 0x00, 0x9c]).expect("writable");
        assert!(matches!(
            open(&saves, &story),
            Err(OpenError::Slot(SlotError::File(FileError::NotText { .. })))
        ));
        let huge = vec![b'#'; spearhead_core::files::MAX_SAVE_BYTES as usize + 1];
        std::fs::write(&file, huge).expect("writable");
        assert!(matches!(
            open(&saves, &story),
            Err(OpenError::Slot(SlotError::File(FileError::TooLarge { .. })))
        ));
    }

    #[test]
    fn a_save_from_a_newer_or_older_version_says_so() {
        let story = fixture();
        let (saves, file) = saved("versions", &story);
        let version = format!("version = {}", spearhead_core::save::SAVE_VERSION);
        edit(&file, &version, "version = 999");
        assert!(matches!(
            open(&saves, &story),
            Err(OpenError::Slot(SlotError::Save {
                source: SaveError::TooNew { found: 999 },
                ..
            }))
        ));
        edit(&file, "version = 999", "version = 0");
        assert!(matches!(
            open(&saves, &story),
            Err(OpenError::Slot(SlotError::Save {
                source: SaveError::TooOld { found: 0 },
                ..
            }))
        ));
    }

    #[test]
    fn a_save_of_another_story_or_a_scene_since_removed_is_refused() {
        let story = fixture();
        let (saves, file) = saved("other", &story);
        edit(
            &file,
            "story = \"Player Fixture\"",
            "story = \"Another Story\"",
        );
        assert!(matches!(
            open(&saves, &story),
            Err(OpenError::Slot(SlotError::Save {
                source: SaveError::OtherStory { .. },
                ..
            }))
        ));
        let (saves, file) = saved("scene-gone", &story);
        edit(&file, "scene = \"", "scene = \"gone_");
        assert!(matches!(
            open(&saves, &story),
            Err(OpenError::Slot(SlotError::Save {
                source: SaveError::SceneGone(_),
                ..
            }))
        ));
    }

    #[test]
    fn a_skip_stops_at_a_choice_unless_the_reader_keeps_skipping_after_choices() {
        let (line, choice, other) = ((true, false), (false, true), (false, false));
        let stops = |(reading, choosing): (bool, bool), keep| skip_stops(reading, choosing, keep);
        assert!(stops(choice, false));
        assert!(
            !stops(choice, true),
            "the skip goes on once an option is taken"
        );
        assert!(!stops(line, false));
        assert!(
            stops(other, true),
            "the end stops a skip whatever the setting"
        );
    }
}
