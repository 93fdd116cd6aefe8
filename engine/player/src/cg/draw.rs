//! Drawing the CG view: which picture each CG is, and the layers the model says, blended.

use super::model::CgView;
use crate::assets::Assets;
use crate::layout::{View, HEIGHT, WIDTH};
use crate::stage::{draw_cover, Picture};
use macroquad::prelude::*;
use spearhead_core::Story;

impl CgView {
    /// Every picture drawn now, the one being left included.
    pub fn pictures<'a>(&self, view: &View, story: &'a Story) -> Vec<Picture<'a>> {
        self.layers()
            .into_iter()
            .map(|(name, _)| cg_picture(view, story, name, (WIDTH, HEIGHT)))
            .collect()
    }

    pub fn draw(&self, view: &View, story: &Story, assets: &mut Assets, font: Option<&Font>) {
        let screen = Rect::new(0.0, 0.0, WIDTH, HEIGHT);
        for (name, alpha) in self.layers() {
            let art = cg_picture(view, story, name, (WIDTH, HEIGHT)).art(assets);
            draw_cover(view, art, screen, alpha, font);
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
