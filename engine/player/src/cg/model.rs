//! The CG shown and the one it is changing from, as data: what a `cg` or `hide cg` does and
//! how far the blend has gone. No drawing here (`draw.rs`).

use crate::stage::Tween;
use spearhead_core::story::TransitionSpec;

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

    /// The CGs to draw, bottom first, each with its opacity: the one being left stays whole
    /// under a new one coming in, and fades when nothing replaces it.
    pub fn layers(&self) -> Vec<(&str, f32)> {
        let t = self.progress.value();
        let mut layers = Vec::new();
        if let Some(previous) = &self.previous {
            let alpha = if self.current.is_some() { 1.0 } else { 1.0 - t };
            layers.push((previous.as_str(), alpha));
        }
        if let Some(current) = &self.current {
            layers.push((current.as_str(), t));
        }
        layers
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
    fn a_new_cg_comes_in_over_the_old_and_a_cg_taken_down_fades() {
        let mut cg = CgView::default();
        cg.change(Some("petals"), &None);
        assert_eq!(cg.layers(), [("petals", 1.0)]);
        cg.change(Some("birches"), &dissolve(1.0));
        cg.tween().step(0.25);
        assert_eq!(cg.layers(), [("petals", 1.0), ("birches", 0.25)]);
        cg.tween().step(0.75);
        cg.settle();
        assert_eq!(cg.layers(), [("birches", 1.0)]);
        cg.change(None, &dissolve(1.0));
        cg.tween().step(0.25);
        assert_eq!(cg.layers(), [("birches", 0.75)]);
        cg.rebuild(None);
        assert!(cg.layers().is_empty());
    }

    #[test]
    fn the_same_cg_again_is_no_change() {
        let mut cg = CgView::default();
        cg.change(Some("petals"), &None);
        cg.change(Some("petals"), &dissolve(1.0));
        assert!(!cg.animating());
    }
}
