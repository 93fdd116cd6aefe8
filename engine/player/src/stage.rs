//! What is drawn behind the text box: the background, the character sprites and the
//! whole-screen effects (fade to black, flash, shake), with their transitions in time.
//! It performs stage directions the runtime hands over; it decides nothing about the story.

use crate::assets::{measure, Art, Assets};
use crate::cg::CgView;
use crate::layout::{View, HEIGHT, WIDTH};
use crate::theme::Theme;
use macroquad::prelude::*;
use spearhead_core::ast::{Position, TransitionKind};
use spearhead_core::runtime::StageState;
use spearhead_core::story::{EndingId, Op, SceneId, StageDirection, TransitionSpec, BASE_POSE};
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
pub(crate) struct Tween {
    from: f32,
    to: f32,
    seconds: f32,
    elapsed: f32,
}

impl Tween {
    pub(crate) fn at(value: f32) -> Tween {
        Tween {
            from: value,
            to: value,
            seconds: 0.0,
            elapsed: 0.0,
        }
    }

    /// From where it is now to `to` over `seconds` (0 = at once).
    pub(crate) fn retarget(&mut self, to: f32, seconds: f32) {
        *self = Tween {
            from: self.value(),
            to,
            seconds: seconds.max(0.0),
            elapsed: 0.0,
        };
    }

    pub(crate) fn value(&self) -> f32 {
        if self.done() {
            self.to
        } else {
            self.from + (self.to - self.from) * (self.elapsed / self.seconds)
        }
    }

    pub(crate) fn done(&self) -> bool {
        self.elapsed >= self.seconds
    }

    pub(crate) fn step(&mut self, dt: f32) {
        self.elapsed = (self.elapsed + dt).min(self.seconds);
    }

    pub(crate) fn finish(&mut self) {
        self.elapsed = self.seconds;
    }
}

#[derive(Debug, Clone)]
struct SpriteView {
    character: String,
    expression: Option<String>,
    /// `None`: the plain sprites.
    pose: Option<String>,
    x: Tween,
    alpha: Tween,
    leaving: bool,
    /// The expression being dissolved away, while `blend` goes from 0 to 1.
    previous: Option<Option<String>>,
    /// The pose of the look being dissolved away.
    previous_pose: Option<String>,
    blend: Tween,
}

impl SpriteView {
    fn new(character: String, expression: Option<String>, x: Tween, alpha: Tween) -> SpriteView {
        SpriteView {
            character,
            expression,
            pose: None,
            x,
            alpha,
            leaving: false,
            previous: None,
            previous_pose: None,
            blend: Tween::at(1.0),
        }
    }

    /// Changes the expression with a cross-dissolve from the one shown (none if the same).
    fn change_expression(&mut self, expression: Option<String>) {
        self.change_look(self.pose.clone(), expression);
    }

    /// Changes pose and expression with the same cross-dissolve (none if both are the same).
    fn change_look(&mut self, pose: Option<String>, expression: Option<String>) {
        if expression == self.expression && pose == self.pose {
            return;
        }
        self.previous_pose = std::mem::replace(&mut self.pose, pose);
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
    cg: CgView,
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
            cg: CgView::default(),
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

pub(crate) fn seconds_of(transition: &Option<TransitionSpec>) -> f32 {
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
                // A new place takes the illustration down with it.
                self.cg.change(None, transition);
            }
            StageDirection::Cg { name, transition } => self.cg.change(Some(name), transition),
            StageDirection::HideCg { transition } => self.cg.change(None, transition),
            StageDirection::Show {
                character,
                expression,
                pose,
                position,
                transition,
            } => {
                let named_pose = |shown: Option<String>| match pose.as_deref() {
                    Some(BASE_POSE) => None,
                    Some(p) => Some(p.to_string()),
                    None => shown,
                };
                let seconds = seconds_of(transition);
                match self
                    .sprites
                    .iter_mut()
                    .find(|s| &s.character == character && !s.leaving)
                {
                    Some(sprite) => {
                        let expression = expression.clone().or(sprite.expression.clone());
                        sprite.change_look(named_pose(sprite.pose.clone()), expression);
                        if let Some(p) = position {
                            sprite.x.retarget(position_x(*p), seconds);
                        }
                    }
                    None => {
                        let mut alpha = Tween::at(0.0);
                        alpha.retarget(1.0, seconds);
                        let mut sprite = SpriteView::new(
                            character.clone(),
                            expression.clone(),
                            Tween::at(position_x(position.unwrap_or(Position::Center))),
                            alpha,
                        );
                        sprite.pose = named_pose(None);
                        self.sprites.push(sprite);
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
                let mut sprite = SpriteView::new(
                    s.character.to_string(),
                    s.expression.as_deref().map(str::to_string),
                    Tween::at(position_x(s.position)),
                    Tween::at(1.0),
                );
                sprite.pose = s.pose.as_deref().map(str::to_string);
                sprite
            })
            .collect();
        self.cg.rebuild(stage.cg.as_deref());
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
        let mut tweens: Vec<&mut Tween> = vec![
            &mut self.black,
            &mut self.flash,
            &mut self.shake,
            self.cg.tween(),
        ];
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
        self.cg.settle();
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
            || self.cg.animating()
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
        for t in [
            &mut self.black,
            &mut self.flash,
            &mut self.shake,
            self.cg.tween(),
        ] {
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
            let previous = s
                .previous
                .as_ref()
                .map(|p| (s.previous_pose.as_deref(), p.as_deref()));
            [Some((s.pose.as_deref(), s.expression.as_deref())), previous]
                .into_iter()
                .flatten()
                .map(|(p, e)| sprite_picture(view, story, &s.character, p, e))
        });
        let cgs = self.cg.pictures(view, story);
        backgrounds.chain(sprites).chain(cgs).collect()
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
        self.cg.draw(view, story, assets, font);

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
        let look = (sprite.previous_pose.as_deref(), previous.as_deref());
        draw_expression(view, story, assets, sprite, look, old, jitter, font);
        let new = alpha * (2.0 * t).min(1.0);
        let look = (sprite.pose.as_deref(), sprite.expression.as_deref());
        draw_expression(view, story, assets, sprite, look, new, jitter, font);
    } else {
        let look = (sprite.pose.as_deref(), sprite.expression.as_deref());
        draw_expression(view, story, assets, sprite, look, alpha, jitter, font);
    }
}

/// Draws `sprite` in the look (pose, expression) at opacity `alpha`.
#[allow(clippy::too_many_arguments)]
fn draw_expression(
    view: &View,
    story: &Story,
    assets: &mut Assets,
    sprite: &SpriteView,
    (pose, expression): (Option<&str>, Option<&str>),
    alpha: f32,
    jitter: Vec2,
    font: Option<&Font>,
) {
    let x = sprite.x.value() + jitter.x;
    match sprite_picture(view, story, &sprite.character, pose, expression).art(assets) {
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
        file: story
            .manifest
            .backgrounds
            .get(name)
            .map(|p| p.get_ref().as_str()),
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

/// A character's sprite in `pose`, by the manifest's fallbacks (`CharacterDecl::sprite`).
fn sprite_picture<'a>(
    view: &View,
    story: &'a Story,
    character: &str,
    pose: Option<&str>,
    expression: Option<&str>,
) -> Picture<'a> {
    let decl = story.manifest.characters.get(character);
    let file = decl.and_then(|c| c.sprite(pose, expression));
    let label = match (expression, pose) {
        (Some(e), Some(p)) => format!("{character} ({e}) pose {p}"),
        (Some(e), None) => format!("{character} ({e})"),
        (None, Some(p)) => format!("{character} pose {p}"),
        (None, None) => character.to_string(),
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

/// Every background and sprite `scene` can show, for loading them before it starts.
pub fn scene_pictures<'a>(view: &View, story: &'a Story, scene: SceneId) -> Vec<Picture<'a>> {
    let mut pictures = Vec::new();
    for op in &story.scene(scene).code {
        match op {
            Op::Stage(direction) => match &**direction {
                StageDirection::Background { image, .. } => {
                    pictures.push(background_picture(view, story, image));
                }
                StageDirection::Show {
                    character,
                    expression,
                    pose,
                    ..
                } => {
                    let pose = pose.as_deref().filter(|p| *p != BASE_POSE);
                    let expression = expression.as_deref();
                    pictures.push(sprite_picture(view, story, character, pose, expression));
                }
                StageDirection::Cg { name, .. } => {
                    pictures.push(crate::cg::cg_picture(view, story, name, (WIDTH, HEIGHT)));
                }
                _ => {}
            },
            Op::End(ending) if story.endings[*ending].art.is_some() => {
                pictures.push(ending_picture(view, story, *ending))
            }
            Op::Say(say) => {
                if let (Some(c), Some(e)) = (say.speaker, &say.expression) {
                    let id = &story.characters[c].id;
                    if story
                        .manifest
                        .characters
                        .get(id)
                        .is_some_and(|d| d.sprites.contains_key(&**e))
                    {
                        pictures.push(sprite_picture(view, story, id, None, Some(e)));
                    }
                }
            }
            _ => {}
        }
    }
    pictures
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
            pose: None,
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
    fn a_pose_stays_until_a_show_names_another_and_base_goes_back_to_the_plain_sprites() {
        let mut stage = Stage::default();
        let posed = |expression: Option<&str>, pose: Option<&str>| StageDirection::Show {
            character: "lena".into(),
            expression: expression.map(Into::into),
            pose: pose.map(Into::into),
            position: None,
            transition: None,
        };
        stage.perform(&posed(Some("worried"), Some("salute")));
        assert_eq!(stage.sprites[0].pose.as_deref(), Some("salute"));
        stage.perform(&posed(Some("sad"), None));
        assert_eq!(stage.sprites[0].pose.as_deref(), Some("salute"));
        assert!(stage.animating(), "the new look dissolves in");
        stage.finish();
        stage.perform(&posed(None, Some(BASE_POSE)));
        assert_eq!(stage.sprites[0].pose, None);
        assert_eq!(stage.sprites[0].expression.as_deref(), Some("sad"));
        assert_eq!(stage.sprites[0].previous_pose.as_deref(), Some("salute"));
    }

    #[test]
    fn a_new_background_takes_the_cg_down() {
        let mut stage = Stage::default();
        stage.perform(&StageDirection::Cg {
            name: "petals".into(),
            transition: None,
        });
        assert_eq!(stage.cg.current(), Some("petals"));
        stage.perform(&StageDirection::Background {
            image: "hangar".into(),
            transition: None,
        });
        assert_eq!(stage.cg.current(), None);
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
                pose: Some("salute".into()),
                position: Position::Left,
            }],
            music: None,
            cg: Some("haircut".into()),
        };
        stage.rebuild(&state);
        assert!(!stage.animating());
        assert_eq!(stage.background(), Some("office"));
        assert_eq!(stage.sprites[0].x.value(), position_x(Position::Left));
        assert_eq!(stage.black.value(), 0.0);
        assert_eq!(stage.sprites[0].pose.as_deref(), Some("salute"));
        assert_eq!(stage.cg.current(), Some("haircut"));
    }
}
