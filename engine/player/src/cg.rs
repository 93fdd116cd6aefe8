//! The full-screen illustration (`cg NAME`): drawn over the background and sprites and under
//! the text box, blending in and out with the stage's transitions. It stays until `hide cg` or
//! the next background, as the runtime's stage state says.

use crate::assets::Assets;
use crate::layout::{View, HEIGHT, WIDTH};
use crate::stage::{draw_cover, Picture, Tween};
use macroquad::prelude::*;
use spearhead_core::story::TransitionSpec;
use spearhead_core::Story;

/// The CG shown now, and the one it is changing from while `progress` runs from 0 to 1.
#[derive(Debug, Clone)]
pub struct CgView {
    current: Option<String>,
    previous: Option<String>,
    progress: Tween,
}

impl Default for CgView {
    fn default() -> Self {
        CgView {
            current: None,
            previous: None,
            progress: Tween::at(1.0),
        }
    }
}

impl CgView {
    /// Shows `name` (`None`: takes the CG down) with the transition's blend; a cut is at once.
    pub fn change(&mut self, name: Option<&str>, transition: &Option<TransitionSpec>) {
        let name = name.map(str::to_string);
        if name == self.current {
            return;
        }
        self.previous = std::mem::replace(&mut self.current, name);
        self.progress = Tween::at(0.0);
        self.progress
            .retarget(1.0, crate::stage::seconds_of(transition));
        self.settle();
    }

    /// The CG as the runtime's stage has it, at once (after a load or a rollback).
    pub fn rebuild(&mut self, name: Option<&str>) {
        *self = CgView {
            current: name.map(str::to_string),
            ..CgView::default()
        };
    }

    pub fn current(&self) -> Option<&str> {
        self.current.as_deref()
    }

    pub(crate) fn tween(&mut self) -> &mut Tween {
        &mut self.progress
    }

    /// Forgets the CG changed from once the blend is over.
    pub fn settle(&mut self) {
        if self.progress.done() {
            self.previous = None;
        }
    }

    pub fn animating(&self) -> bool {
        !self.progress.done()
    }

    /// Every picture drawn now, the one being left included.
    pub fn pictures<'a>(&self, view: &View, story: &'a Story) -> Vec<Picture<'a>> {
        [self.current.as_deref(), self.previous.as_deref()]
            .into_iter()
            .flatten()
            .map(|name| cg_picture(view, story, name, (WIDTH, HEIGHT)))
            .collect()
    }

    pub fn draw(&self, view: &View, story: &Story, assets: &mut Assets, font: Option<&Font>) {
        let screen = Rect::new(0.0, 0.0, WIDTH, HEIGHT);
        let t = self.progress.value();
        // The old one stays whole under a new one coming in, and fades when nothing replaces it.
        if let Some(previous) = &self.previous {
            let alpha = if self.current.is_some() { 1.0 } else { 1.0 - t };
            let art = cg_picture(view, story, previous, (WIDTH, HEIGHT)).art(assets);
            draw_cover(view, art, screen, alpha, font);
        }
        if let Some(current) = &self.current {
            let art = cg_picture(view, story, current, (WIDTH, HEIGHT)).art(assets);
            draw_cover(view, art, screen, t, font);
        }
    }
}

/// A CG's picture at `size` virtual units (the screen, or a gallery thumbnail).
pub fn cg_picture<'a>(view: &View, story: &'a Story, name: &str, size: (f32, f32)) -> Picture<'a> {
    Picture {
        file: story.cg_file(name),
        label: format!("cg {name}"),
        size: view.pixels(size.0, size.1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use spearhead_core::ast::TransitionKind;

    fn dissolve(seconds: f32) -> Option<TransitionSpec> {
        Some(TransitionSpec {
            kind: TransitionKind::Dissolve,
            seconds: Some(seconds),
        })
    }

    #[test]
    fn a_cg_dissolves_in_and_out_and_a_cut_is_at_once() {
        let mut cg = CgView::default();
        cg.change(Some("haircut"), &dissolve(1.0));
        assert!(cg.animating());
        cg.tween().step(0.5);
        assert!((cg.progress.value() - 0.5).abs() < 1e-4);
        cg.tween().step(0.5);
        cg.settle();
        assert!(!cg.animating() && cg.current() == Some("haircut"));
        cg.change(None, &None);
        assert!(!cg.animating() && cg.current().is_none() && cg.previous.is_none());
    }

    #[test]
    fn the_same_cg_again_is_no_change() {
        let mut cg = CgView::default();
        cg.change(Some("petals"), &None);
        cg.change(Some("petals"), &dissolve(1.0));
        assert!(!cg.animating());
    }
}
