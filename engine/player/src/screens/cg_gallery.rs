//! The gallery's second page: every CG of the story, those seen (in any run) as pictures with
//! the title of the scene that shows them, the others as locked. The Endings screen turns to it.

use crate::assets::measure;
use crate::cg::cg_picture;
use crate::context::Ctx;
use crate::layout::Rect;
use crate::stage::{draw_cover_in, fill};
use std::collections::HashSet;

/// Four across, 16:9, the scene's title under each.
const COLUMNS: usize = 4;
const LEFT: f32 = 100.0;
const TOP: f32 = 160.0;
const THUMB_W: f32 = 245.0;
const THUMB_H: f32 = 138.0;
const GAP: f32 = 27.0;
const ROW_HEIGHT: f32 = 200.0;

/// The page's heading and how many CGs were seen (`seen`: their names).
pub fn heading(ctx: &Ctx, seen: &HashSet<String>) -> [String; 2] {
    let story = ctx.story;
    let total = story.cg_names().count();
    let count = story.cg_names().filter(|k| seen.contains(*k)).count();
    let counts = [("seen", count.into()), ("total", total.into())];
    let ui = &ctx.services.ui;
    [
        ui.get("gallery-cgs-heading"),
        ui.with("gallery-cgs-progress", &counts),
    ]
}

/// Draws the page; `seen` holds the names of the CGs seen.
pub fn draw(ctx: &mut Ctx, seen: &HashSet<String>) {
    let view = ctx.services.view;
    let theme = ctx.menu_theme.clone();
    super::page_backdrop(&view, &theme);
    let story = ctx.story;
    let room = crate::layout::WIDTH - 2.0 * LEFT;
    super::page_heading(ctx, &heading(ctx, seen), LEFT, room);
    for (index, name) in story.cg_names().enumerate() {
        let (column, row) = (index % COLUMNS, index / COLUMNS);
        let thumb = Rect::new(
            LEFT + column as f32 * (THUMB_W + GAP),
            TOP + row as f32 * ROW_HEIGHT,
            THUMB_W,
            THUMB_H,
        );
        if thumb.bottom() + 40.0 > crate::layout::HEIGHT {
            break;
        }
        fill(&view, thumb, theme.option);
        if !seen.contains(name) {
            let locked = ctx.services.ui.get("gallery-cg-locked");
            let width = measure(&locked, ctx.services.font(&locked, false), 18.0).width;
            let at = (
                thumb.x + (THUMB_W - width) / 2.0,
                thumb.y + THUMB_H / 2.0 + 6.0,
            );
            super::page_text(ctx, &locked, at, 18.0, theme.option_disabled_text, false);
            continue;
        }
        let art = cg_picture(&view, story, name, (THUMB_W, THUMB_H)).art(&mut ctx.services.assets);
        let font = ctx.services.fonts.as_ref().map(|f| &f.regular);
        draw_cover_in(&view, art, thumb, font);
        let title = story
            .cg_scene(name)
            .and_then(|scene| ctx.services.text.scene_title(scene))
            .unwrap_or_else(|| name.to_string());
        let at = (thumb.x, thumb.bottom() + 26.0);
        super::page_text(ctx, &title, at, 18.0, theme.accent, true);
    }
}
