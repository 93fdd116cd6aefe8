//! The stage as data: the background, the sprites and the whole-screen effects shown now, and
//! the transitions in progress as tweens. It performs the stage directions the runtime hands
//! over and advances in time; it draws nothing (no macroquad here: `draw.rs` draws it).

use super::tween::Tween;
use crate::cg::CgView;
use crate::layout::WIDTH;
use spearhead_core::ast::{Position, TransitionKind};
use spearhead_core::runtime::StageState;
use spearhead_core::story::{StageDirection, TransitionSpec, BASE_POSE};

/// Default length of a fade or dissolve when the script gives none.
const TRANSITION_SECONDS: f32 = 0.5;
/// A sprite's change of expression is a short cross-dissolve.
const EXPRESSION_SECONDS: f32 = 0.25;

#[derive(Debug, Clone)]
pub(super) struct SpriteView {
    pub(super) character: String,
    pub(super) expression: Option<String>,
    /// `None`: the plain sprites.
    pub(super) pose: Option<String>,
    pub(super) x: Tween,
    pub(super) alpha: Tween,
    pub(super) leaving: bool,
    /// The expression being dissolved away, while `blend` goes from 0 to 1.
    pub(super) previous: Option<Option<String>>,
    /// The pose of the look being dissolved away.
    pub(super) previous_pose: Option<String>,
    pub(super) blend: Tween,
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
pub(super) struct BackgroundView {
    pub(super) current: Option<String>,
    pub(super) previous: Option<String>,
    pub(super) kind: Option<TransitionKind>,
    pub(super) progress: Option<Tween>,
}

#[derive(Debug, Clone)]
pub struct Stage {
    pub(super) background: BackgroundView,
    pub(super) sprites: Vec<SpriteView>,
    /// 0 = clear, 1 = black.
    pub(super) black: Tween,
    /// 1 = white, decays to 0.
    pub(super) flash: Tween,
    pub(super) shake: Tween,
    /// Seconds the script asked to wait before the next line shows.
    pub(super) hold: f32,
    pub(super) cg: CgView,
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

    /// Ends at once the transitions in progress (fades, dissolves, moves, a change of face),
    /// and with `effects` the flash and the shake too: for a reader who turned transitions off
    /// or asked for less motion. A `wait` still holds: it is the story's pause, not motion.
    pub fn calm(&mut self, effects: bool) {
        let (hold, flash, shake) = (self.hold, self.flash, self.shake);
        self.finish();
        self.hold = hold;
        if !effects {
            (self.flash, self.shake) = (flash, shake);
        }
    }

    pub fn background(&self) -> Option<&str> {
        self.background.current.as_deref()
    }
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
    fn calming_ends_the_transitions_and_keeps_a_wait_and_the_effects_unless_asked() {
        let mut stage = Stage::default();
        stage.perform(&show("shin", Position::Right, Some(1.0)));
        stage.perform(&StageDirection::Wait { seconds: 1.0 });
        stage.perform(&StageDirection::Flash { seconds: None });
        stage.calm(false);
        assert_eq!(stage.sprites[0].alpha.value(), 1.0, "the dissolve is over");
        assert!(stage.holding(), "the story's pause still holds");
        assert_eq!(
            stage.flash.value(),
            1.0,
            "the flash is kept with transitions off"
        );
        stage.calm(true);
        assert_eq!(stage.flash.value(), 0.0, "no flash for less motion");
        stage.perform(&StageDirection::Shake { seconds: None });
        stage.calm(true);
        stage.perform(&StageDirection::Wait { seconds: 0.0 });
        assert_eq!(stage.shake.value(), 0.0, "no shake");
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
    fn a_new_background_keeps_the_old_one_until_its_transition_ends() {
        let mut stage = Stage::default();
        let background = |image: &str, seconds| StageDirection::Background {
            image: image.into(),
            transition: Some(TransitionSpec {
                kind: TransitionKind::Fade,
                seconds,
            }),
        };
        stage.perform(&background("office", Some(0.0)));
        assert!(!stage.animating(), "a transition of no length is a cut");
        stage.perform(&background("hangar", None));
        assert_eq!(stage.background(), Some("hangar"));
        assert_eq!(stage.background.previous.as_deref(), Some("office"));
        assert_eq!(stage.background.kind, Some(TransitionKind::Fade));
        stage.update(TRANSITION_SECONDS / 2.0);
        assert!(stage.animating(), "half way through the default length");
        assert!(!stage.update(TRANSITION_SECONDS));
        assert_eq!(stage.background.previous, None, "the old one is let go");
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
}
