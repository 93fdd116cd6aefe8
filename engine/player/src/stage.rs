//! What is drawn behind the text box: the background, the character sprites and the
//! whole-screen effects (fade to black, flash, shake), with their transitions in time.
//! It performs stage directions the runtime hands over; it decides nothing about the story.

use crate::assets::{measure, Art, Assets};
use crate::layout::{View, HEIGHT, WIDTH};
use crate::theme::Theme;
use macroquad::prelude::*;
use spearhead_core::ast::{Position, TransitionKind};
use spearhead_core::queries::AssetUse;
use spearhead_core::runtime::StageState;
use spearhead_core::story::{EndingId, SceneId, StageDirection, TransitionSpec};
use spearhead_core::Story;

/// Default length of a fade or dissolve when the script gives none.
const TRANSITION_SECONDS: f32 = 0.5;
/// A sprite's change of expression is a short cross-dissolve.
const EXPRESSION_SECONDS: f32 = 0.25;
/// Height sprites are drawn at, standing on the bottom edge.
const SPRITE_HEIGHT: f32 = 640.0;
const SPRITE_MAX_WIDTH: f32 = 560.0;

/// A value moving linearly from `from` to `to` over `seconds`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Tween {
    from: f32,
    to: f32,
    seconds: f32,
    elapsed: f32,
}

impl Tween {
    fn at(value: f32) -> Tween {
        Tween {
            from: value,
            to: value,
            seconds: 0.0,
            elapsed: 0.0,
        }
    }

    /// From where it is now to `to` over `seconds` (0 = at once).
    fn retarget(&mut self, to: f32, seconds: f32) {
        *self = Tween {
            from: self.value(),
            to,
            seconds: seconds.max(0.0),
            elapsed: 0.0,
        };
    }

    fn value(&self) -> f32 {
        if self.done() {
            self.to
        } else {
            self.from + (self.to - self.from) * (self.elapsed / self.seconds)
        }
    }

    fn done(&self) -> bool {
        self.elapsed >= self.seconds
    }

    fn step(&mut self, dt: f32) {
        self.elapsed = (self.elapsed + dt).min(self.seconds);
    }

    fn finish(&mut self) {
        self.elapsed = self.seconds;
    }
}

#[derive(Debug, Clone)]
struct SpriteView {
    character: String,
    expression: Option<String>,
    x: Tween,
    alpha: Tween,
    leaving: bool,
    /// The expression being dissolved away, while `blend` goes from 0 to 1.
    previous: Option<Option<String>>,
    blend: Tween,
}

impl SpriteView {
    fn new(character: String, expression: Option<String>, x: Tween, alpha: Tween) -> SpriteView {
        SpriteView {
            character,
            expression,
            x,
            alpha,
            leaving: false,
            previous: None,
            blend: Tween::at(1.0),
        }
    }

    /// Changes the expression with a cross-dissolve from the one shown (none if the same).
    fn change_expression(&mut self, expression: Option<String>) {
        if expression == self.expression {
            return;
        }
        self.previous = Some(std::mem::replace(&mut self.expression, expression));
        self.blend = Tween::at(0.0);
        self.blend.retarget(1.0, EXPRESSION_SECONDS);
    }
}

/// The background now, and the one it is changing from.
#[derive(Debug, Clone, Default)]
struct BackgroundView {
    current: Option<String>,
    previous: Option<String>,
    kind: Option<TransitionKind>,
    progress: Option<Tween>,
}

#[derive(Debug, Clone)]
pub struct Stage {
    background: BackgroundView,
    sprites: Vec<SpriteView>,
    /// 0 = clear, 1 = black.
    black: Tween,
    /// 1 = white, decays to 0.
    flash: Tween,
    shake: Tween,
    /// Seconds the script asked to wait before the next line shows.
    hold: f32,
}

impl Default for Stage {
    fn default() -> Self {
        Stage {
            background: BackgroundView::default(),
            sprites: Vec::new(),
            black: Tween::at(0.0),
            flash: Tween::at(0.0),
            shake: Tween::at(0.0),
            hold: 0.0,
        }
    }
}

fn position_x(position: Position) -> f32 {
    match position {
        Position::Left => WIDTH * 0.22,
        Position::Center => WIDTH * 0.5,
        Position::Right => WIDTH * 0.78,
    }
}

fn seconds_of(transition: &Option<TransitionSpec>) -> f32 {
    match transition {
        None => 0.0,
        Some(t) if t.kind == TransitionKind::Cut => 0.0,
        Some(t) => t.seconds.unwrap_or(TRANSITION_SECONDS),
    }
}

impl Stage {
    /// Performs a visual stage direction (sound and music are the game screen's).
    pub fn perform(&mut self, direction: &StageDirection) {
        match direction {
            StageDirection::Background { image, transition } => {
                let seconds = seconds_of(transition);
                let bg = &mut self.background;
                bg.previous = bg.current.replace(image.clone());
                bg.kind = transition.map(|t| t.kind);
                bg.progress = (seconds > 0.0).then(|| {
                    let mut t = Tween::at(0.0);
                    t.retarget(1.0, seconds);
                    t
                });
            }
            StageDirection::Show {
                character,
                expression,
                position,
                transition,
            } => {
                let seconds = seconds_of(transition);
                match self
                    .sprites
                    .iter_mut()
                    .find(|s| &s.character == character && !s.leaving)
                {
                    Some(sprite) => {
                        if expression.is_some() {
                            sprite.change_expression(expression.clone());
                        }
                        if let Some(p) = position {
                            sprite.x.retarget(position_x(*p), seconds);
                        }
                    }
                    None => {
                        let mut alpha = Tween::at(0.0);
                        alpha.retarget(1.0, seconds);
                        self.sprites.push(SpriteView::new(
                            character.clone(),
                            expression.clone(),
                            Tween::at(position_x(position.unwrap_or(Position::Center))),
                            alpha,
                        ));
                    }
                }
            }
            StageDirection::Hide {
                character,
                transition,
            } => {
                let seconds = seconds_of(transition);
                for sprite in self
                    .sprites
                    .iter_mut()
                    .filter(|s| &s.character == character)
                {
                    sprite.leaving = true;
                    sprite.alpha.retarget(0.0, seconds);
                }
                self.sprites.retain(|s| !(s.leaving && s.alpha.done()));
            }
            StageDirection::Move {
                character,
                position,
                seconds,
            } => {
                if let Some(sprite) = self
                    .sprites
                    .iter_mut()
                    .find(|s| &s.character == character && !s.leaving)
                {
                    sprite
                        .x
                        .retarget(position_x(*position), seconds.unwrap_or(TRANSITION_SECONDS));
                }
            }
            StageDirection::Wait { seconds } => self.hold += seconds.max(0.0),
            StageDirection::FadeOut { seconds } => self.black.retarget(1.0, seconds.unwrap_or(1.0)),
            StageDirection::FadeIn { seconds } => self.black.retarget(0.0, seconds.unwrap_or(1.0)),
            StageDirection::Flash { seconds } => {
                self.flash = Tween::at(1.0);
                self.flash.retarget(0.0, seconds.unwrap_or(0.3));
            }
            StageDirection::Shake { seconds } => {
                self.shake = Tween::at(1.0);
                self.shake.retarget(0.0, seconds.unwrap_or(0.5));
            }
            StageDirection::MusicPlay { .. }
            | StageDirection::MusicStop { .. }
            | StageDirection::Sound { .. } => {}
        }
    }

    /// Sets the stage to what the runtime says is shown (after a load or rollback), at once.
    pub fn rebuild(&mut self, stage: &StageState) {
        *self = Stage::default();
        self.background.current = stage.background.as_deref().map(str::to_string);
        self.sprites = stage
            .sprites
            .iter()
            .map(|s| {
                SpriteView::new(
                    s.character.to_string(),
                    s.expression.as_deref().map(str::to_string),
                    Tween::at(position_x(s.position)),
                    Tween::at(1.0),
                )
            })
            .collect();
    }

    /// A speaker's line with an expression changes their sprite's face, if they are on stage.
    pub fn set_expression(&mut self, character: &str, expression: &str) {
        if let Some(sprite) = self
            .sprites
            .iter_mut()
            .find(|s| s.character == character && !s.leaving)
        {
            sprite.change_expression(Some(expression.to_string()));
        }
    }

    /// Advances the animations by `dt` seconds; true while anything still moves.
    pub fn update(&mut self, dt: f32) -> bool {
        let mut tweens: Vec<&mut Tween> = vec![&mut self.black, &mut self.flash, &mut self.shake];
        if let Some(p) = self.background.progress.as_mut() {
            tweens.push(p);
        }
        for sprite in &mut self.sprites {
            tweens.push(&mut sprite.x);
            tweens.push(&mut sprite.alpha);
            tweens.push(&mut sprite.blend);
        }
        for t in tweens {
            t.step(dt);
        }
        self.hold = (self.hold - dt).max(0.0);
        self.sprites.retain(|s| !(s.leaving && s.alpha.done()));
        for sprite in &mut self.sprites {
            if sprite.blend.done() {
                sprite.previous = None;
            }
        }
        if self.background.progress.is_some_and(|p| p.done()) {
            self.background.progress = None;
            self.background.previous = None;
        }
        self.animating()
    }

    pub fn animating(&self) -> bool {
        self.hold > 0.0
            || !self.black.done()
            || !self.flash.done()
            || !self.shake.done()
            || self.background.progress.is_some()
            || self
                .sprites
                .iter()
                .any(|s| !s.x.done() || !s.alpha.done() || !s.blend.done())
    }

    /// True while a `wait` holds the next line back.
    pub fn holding(&self) -> bool {
        self.hold > 0.0
    }

    /// Jumps every animation to its end (a click during a transition, or a screenshot).
    pub fn finish(&mut self) {
        self.hold = 0.0;
        for t in [&mut self.black, &mut self.flash, &mut self.shake] {
            t.finish();
        }
        if let Some(p) = self.background.progress.as_mut() {
            p.finish();
        }
        for sprite in &mut self.sprites {
            sprite.x.finish();
            sprite.alpha.finish();
            sprite.blend.finish();
        }
        self.update(0.0);
    }

    /// Whether every picture the stage draws now has arrived (a missing one counts: it is
    /// drawn as its placeholder). Asks for what has not, ahead of what is loaded ahead.
    pub fn art_ready(&self, view: &View, story: &Story, assets: &mut Assets) -> bool {
        let pictures = self.pictures(view, story);
        // Every picture is asked for, not just up to the first that is missing.
        let loading = pictures
            .iter()
            .filter(|p| matches!(p.art(assets), Art::Loading))
            .count();
        loading == 0
    }

    /// Every picture the stage draws now, including those a transition is leaving.
    pub fn pictures<'a>(&self, view: &View, story: &'a Story) -> Vec<Picture<'a>> {
        let bg = &self.background;
        let fading_from = bg.previous.as_deref().filter(|_| bg.progress.is_some());
        let backgrounds = [bg.current.as_deref(), fading_from]
            .into_iter()
            .flatten()
            .map(|name| background_picture(view, story, name));
        let sprites = self.sprites.iter().flat_map(|s| {
            let previous = s.previous.as_ref().map(|p| p.as_deref());
            [Some(s.expression.as_deref()), previous]
                .into_iter()
                .flatten()
                .map(|e| sprite_picture(view, story, &s.character, e))
        });
        backgrounds.chain(sprites).collect()
    }

    pub fn background(&self) -> Option<&str> {
        self.background.current.as_deref()
    }

    pub fn draw(
        &self,
        view: &View,
        story: &Story,
        assets: &mut Assets,
        theme: &Theme,
        font: Option<&Font>,
    ) {
        let shake = self.shake.value();
        let jitter = if shake > 0.0 {
            let t = get_time() as f32 * 60.0;
            vec2(t.sin() * 14.0 * shake, (t * 1.3).cos() * 8.0 * shake)
        } else {
            Vec2::ZERO
        };
        let screen = Rect::new(jitter.x, jitter.y, WIDTH, HEIGHT);
        fill(view, Rect::new(0.0, 0.0, WIDTH, HEIGHT), theme.backdrop);

        let bg = &self.background;
        let progress = bg.progress.map_or(1.0, |p| p.value());
        let fade_via_black = bg.kind == Some(TransitionKind::Fade) && bg.progress.is_some();
        if fade_via_black {
            // Fade: old picture to black, then black to the new one.
            let (name, veil) = if progress < 0.5 {
                (bg.previous.as_deref(), progress * 2.0)
            } else {
                (bg.current.as_deref(), (1.0 - progress) * 2.0)
            };
            if let Some(name) = name {
                draw_background(view, story, assets, name, screen, 1.0, font);
            }
            fill(view, screen, Color::new(0.0, 0.0, 0.0, veil));
        } else {
            if let (Some(prev), true) = (bg.previous.as_deref(), bg.progress.is_some()) {
                draw_background(view, story, assets, prev, screen, 1.0, font);
            }
            if let Some(name) = bg.current.as_deref() {
                draw_background(view, story, assets, name, screen, progress, font);
            }
        }

        for sprite in &self.sprites {
            draw_sprite(view, story, assets, sprite, jitter, font);
        }

        let black = self.black.value();
        if black > 0.0 {
            fill(
                view,
                Rect::new(0.0, 0.0, WIDTH, HEIGHT),
                Color::new(0.0, 0.0, 0.0, black),
            );
        }
        let flash = self.flash.value();
        if flash > 0.0 {
            fill(
                view,
                Rect::new(0.0, 0.0, WIDTH, HEIGHT),
                Color::new(1.0, 1.0, 1.0, flash),
            );
        }
    }
}

/// A rectangle in virtual units, filled.
pub fn fill(view: &View, r: Rect, color: Color) {
    let r = view.rect(r);
    draw_rectangle(r.x, r.y, r.w, r.h, color);
}

fn draw_background(
    view: &View,
    story: &Story,
    assets: &mut Assets,
    name: &str,
    area: Rect,
    alpha: f32,
    font: Option<&Font>,
) {
    let art = background_art(view, story, assets, name);
    draw_cover(view, art, area, alpha, font);
}

/// A full-screen picture over `area`, covering it and cropping the overflow, centred; a
/// placeholder for a missing file; nothing while it loads (the screen holds meanwhile).
pub fn draw_cover(view: &View, art: Art, area: Rect, alpha: f32, font: Option<&Font>) {
    cover(view, art, area, (WIDTH, HEIGHT), alpha, font);
}

/// A picture covering `area` (a thumbnail), cropped to the area's proportions.
pub fn draw_cover_in(view: &View, art: Art, area: Rect, font: Option<&Font>) {
    cover(view, art, area, (area.w, area.h), 1.0, font);
}

fn cover(view: &View, art: Art, area: Rect, (w, h): (f32, f32), alpha: f32, font: Option<&Font>) {
    match art {
        Art::Texture(texture) => {
            let (tw, th) = (texture.width(), texture.height());
            let scale = (w / tw).max(h / th);
            let (sw, sh) = (w / scale, h / scale);
            let source = Rect::new((tw - sw) / 2.0, (th - sh) / 2.0, sw, sh);
            let dest = view.rect(area);
            draw_texture_ex(
                &texture,
                dest.x,
                dest.y,
                Color::new(1.0, 1.0, 1.0, alpha),
                DrawTextureParams {
                    dest_size: Some(vec2(dest.w, dest.h)),
                    source: Some(source),
                    ..Default::default()
                },
            );
        }
        Art::Missing { label } => placeholder(view, area, &label, alpha, font),
        Art::Loading => {}
    }
}

fn draw_sprite(
    view: &View,
    story: &Story,
    assets: &mut Assets,
    sprite: &SpriteView,
    jitter: Vec2,
    font: Option<&Font>,
) {
    let alpha = sprite.alpha.value();
    // A change of expression: the old one fades out over the second half of the dissolve, the
    // new one in over the first, so the sprite never turns see-through on the way.
    if let Some(previous) = &sprite.previous {
        let t = sprite.blend.value();
        let old = alpha * (2.0 * (1.0 - t)).min(1.0);
        draw_expression(
            view,
            story,
            assets,
            sprite,
            previous.as_deref(),
            old,
            jitter,
            font,
        );
        let new = alpha * (2.0 * t).min(1.0);
        let expression = sprite.expression.as_deref();
        draw_expression(view, story, assets, sprite, expression, new, jitter, font);
    } else {
        let expression = sprite.expression.as_deref();
        draw_expression(view, story, assets, sprite, expression, alpha, jitter, font);
    }
}

/// Draws `sprite` with `expression` at opacity `alpha`.
#[allow(clippy::too_many_arguments)]
fn draw_expression(
    view: &View,
    story: &Story,
    assets: &mut Assets,
    sprite: &SpriteView,
    expression: Option<&str>,
    alpha: f32,
    jitter: Vec2,
    font: Option<&Font>,
) {
    let x = sprite.x.value() + jitter.x;
    match sprite_art(view, story, assets, &sprite.character, expression) {
        Art::Texture(texture) => {
            let scale = (SPRITE_HEIGHT / texture.height()).min(SPRITE_MAX_WIDTH / texture.width());
            let (w, h) = (texture.width() * scale, texture.height() * scale);
            let dest = view.rect(Rect::new(x - w / 2.0, HEIGHT - h + jitter.y, w, h));
            draw_texture_ex(
                &texture,
                dest.x,
                dest.y,
                Color::new(1.0, 1.0, 1.0, alpha),
                DrawTextureParams {
                    dest_size: Some(vec2(dest.w, dest.h)),
                    ..Default::default()
                },
            );
        }
        Art::Missing { label } => {
            let area = Rect::new(x - 150.0, HEIGHT - 560.0 + jitter.y, 300.0, 560.0);
            placeholder(view, area, &label, alpha, font);
        }
        Art::Loading => {}
    }
}

/// A picture the stage draws: its file (under the assets folder; `None` when the manifest
/// declares none), what its placeholder says, and the pixel size it is drawn at.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture<'a> {
    pub file: Option<&'a str>,
    pub label: String,
    pub size: (u32, u32),
}

impl Picture<'_> {
    pub fn art(&self, assets: &mut Assets) -> Art {
        assets.art(self.file, &self.label, self.size)
    }
}

/// A background's picture.
fn background_picture<'a>(view: &View, story: &'a Story, name: &str) -> Picture<'a> {
    Picture {
        file: story.background_file(name),
        label: format!("background {name}"),
        size: view.pixels(WIDTH, HEIGHT),
    }
}

/// An ending's illustration, for its ending card.
pub fn ending_picture<'a>(view: &View, story: &'a Story, ending: EndingId) -> Picture<'a> {
    let ending = &story.endings[ending];
    Picture {
        file: ending.art.as_deref(),
        label: format!("ending {}", ending.id),
        size: view.pixels(WIDTH, HEIGHT),
    }
}

/// A character's sprite (`Story::sprite_file` picks the file when the expression has none).
fn sprite_picture<'a>(
    view: &View,
    story: &'a Story,
    character: &str,
    expression: Option<&str>,
) -> Picture<'a> {
    let file = story.sprite_file(character, expression);
    let label = match expression {
        Some(e) => format!("{character} ({e})"),
        None => character.to_string(),
    };
    Picture {
        file,
        label,
        size: view.pixels(SPRITE_MAX_WIDTH, SPRITE_HEIGHT),
    }
}

fn background_art(view: &View, story: &Story, assets: &mut Assets, name: &str) -> Art {
    background_picture(view, story, name).art(assets)
}

fn sprite_art(
    view: &View,
    story: &Story,
    assets: &mut Assets,
    character: &str,
    expression: Option<&str>,
) -> Art {
    sprite_picture(view, story, character, expression).art(assets)
}

/// Every background and sprite `scene` can show, for loading them before it starts.
pub fn scene_pictures<'a>(view: &View, story: &'a Story, scene: SceneId) -> Vec<Picture<'a>> {
    let picture = |asset| match asset {
        AssetUse::Background(name) => Some(background_picture(view, story, name)),
        AssetUse::Sprite {
            character,
            expression,
        } => Some(sprite_picture(view, story, character, expression)),
        AssetUse::EndingArt(ending) => Some(ending_picture(view, story, ending)),
        AssetUse::Music(_) | AssetUse::Sound(_) => None,
    };
    story
        .scene_assets(scene)
        .into_iter()
        .filter_map(picture)
        .collect()
}

/// Missing art: a striped panel naming what should be there.
fn placeholder(view: &View, area: Rect, label: &str, alpha: f32, font: Option<&Font>) {
    stripes(view, area, alpha);
    let r = view.rect(area);
    let size = view.len(24.0);
    let text = format!("missing: {label}");
    let dims = measure(&text, font, size);
    draw_text_ex(
        &text,
        r.x + (r.w - dims.width) / 2.0,
        r.y + r.h / 2.0,
        TextParams {
            font,
            font_size: size as u16,
            color: Color::new(1.0, 1.0, 1.0, alpha),
            ..Default::default()
        },
    );
}

/// The striped panel that stands in for a picture that could not be shown.
pub fn stripes(view: &View, area: Rect, alpha: f32) {
    fill(view, area, Color::new(0.35, 0.1, 0.35, 0.85 * alpha));
    let r = view.rect(area);
    let step = view.len(40.0);
    let mut i = 0.0;
    while i < r.w + r.h {
        let (x0, y0) = (r.x + i.min(r.w), r.y + (i - r.w).max(0.0));
        let (x1, y1) = (r.x + (i - r.h).max(0.0), r.y + i.min(r.h));
        draw_line(
            x0,
            y0,
            x1,
            y1,
            view.len(3.0),
            Color::new(0.9, 0.4, 0.9, 0.5 * alpha),
        );
        i += step;
    }
    draw_rectangle_lines(
        r.x,
        r.y,
        r.w,
        r.h,
        view.len(4.0),
        Color::new(1.0, 0.5, 1.0, alpha),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use spearhead_core::runtime::Sprite;

    fn show(character: &str, position: Position, seconds: Option<f32>) -> StageDirection {
        StageDirection::Show {
            character: character.into(),
            expression: None,
            position: Some(position),
            transition: seconds.map(|s| TransitionSpec {
                kind: TransitionKind::Dissolve,
                seconds: Some(s),
            }),
        }
    }

    #[test]
    fn a_dissolving_sprite_fades_in_then_stops_animating() {
        let mut stage = Stage::default();
        stage.perform(&show("shin", Position::Right, Some(1.0)));
        assert!(stage.animating());
        stage.update(0.5);
        assert!((stage.sprites[0].alpha.value() - 0.5).abs() < 1e-4);
        assert!(!stage.update(0.6));
        assert_eq!(stage.sprites[0].x.value(), position_x(Position::Right));
    }

    #[test]
    fn a_change_of_expression_cross_dissolves_and_the_same_one_does_not() {
        let mut stage = Stage::default();
        stage.perform(&show("lena", Position::Left, None));
        stage.set_expression("lena", "smile");
        assert!(stage.animating(), "the expression dissolves");
        assert_eq!(stage.sprites[0].previous, Some(None));
        assert_eq!(stage.sprites[0].expression.as_deref(), Some("smile"));
        stage.update(EXPRESSION_SECONDS / 2.0);
        assert!(stage.animating());
        assert!(!stage.update(EXPRESSION_SECONDS));
        assert_eq!(
            stage.sprites[0].previous, None,
            "the old expression is gone"
        );
        stage.set_expression("lena", "smile");
        assert!(!stage.animating(), "the same expression again is no change");
        stage.set_expression("lena", "worried");
        stage.finish();
        assert!(!stage.animating() && stage.sprites[0].previous.is_none());
    }

    #[test]
    fn a_cut_is_immediate_and_hide_removes_the_sprite() {
        let mut stage = Stage::default();
        stage.perform(&show("lena", Position::Left, None));
        assert!(!stage.animating());
        stage.perform(&StageDirection::Hide {
            character: "lena".into(),
            transition: None,
        });
        assert!(stage.sprites.is_empty());
    }

    #[test]
    fn waits_hold_the_text_until_finished_or_skipped() {
        let mut stage = Stage::default();
        stage.perform(&StageDirection::Wait { seconds: 1.0 });
        assert!(stage.holding());
        stage.update(0.4);
        assert!(stage.holding());
        stage.finish();
        assert!(!stage.holding() && !stage.animating());
    }

    #[test]
    fn rebuild_matches_the_runtime_stage_at_once() {
        let mut stage = Stage::default();
        stage.perform(&StageDirection::FadeOut { seconds: None });
        let state = StageState {
            background: Some("office".into()),
            sprites: vec![Sprite {
                character: "lena".into(),
                expression: Some("smile".into()),
                position: Position::Left,
            }],
            music: None,
        };
        stage.rebuild(&state);
        assert!(!stage.animating());
        assert_eq!(stage.background(), Some("office"));
        assert_eq!(stage.sprites[0].x.value(), position_x(Position::Left));
        assert_eq!(stage.black.value(), 0.0);
    }
}
