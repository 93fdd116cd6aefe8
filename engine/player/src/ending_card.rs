//! The ending card: what the reader sees when the story ends. The ending's illustration fades in
//! over the whole screen, then its title and description over a darkened lower part, and a
//! line saying that a click returns to the title screen.

use crate::assets::measure;
use crate::context::Ctx;
use crate::layout::{Rect, HEIGHT, WIDTH};
use crate::stage::{draw_cover, ending_picture, fill};
use crate::wrap::wrap;
use macroquad::models::{draw_mesh, Mesh, Vertex};
use macroquad::prelude::*;
use spearhead_core::story::EndingId;

/// Seconds the illustration takes to come in; the words follow, over as long again.
const FADE_IN: f32 = 2.0;
/// Where the title's baseline sits, and the text's left edge.
const TITLE_Y: f32 = 560.0;
const LEFT: f32 = 110.0;

pub struct EndingCard {
    pub ending: EndingId,
    /// Seconds since the card came up.
    shown_for: f32,
}

impl EndingCard {
    pub fn new(ending: EndingId) -> EndingCard {
        EndingCard {
            ending,
            shown_for: 0.0,
        }
    }

    pub fn update(&mut self, dt: f32) {
        self.shown_for += dt;
    }

    /// Skips the fades: the card as it looks once it has settled.
    pub fn finish(&mut self) {
        self.shown_for = 2.0 * FADE_IN;
    }

    pub fn animating(&self) -> bool {
        self.shown_for < 2.0 * FADE_IN
    }

    pub fn draw(&self, ctx: &mut Ctx) {
        let view = ctx.services.view;
        fill(&view, Rect::new(0.0, 0.0, WIDTH, HEIGHT), BLACK);
        // An ending without an illustration is a plain dark card, not a missing picture.
        if ctx.story.endings[self.ending].art.is_some() {
            let art_alpha = (self.shown_for / FADE_IN).clamp(0.0, 1.0);
            let picture = ending_picture(&view, ctx.story, self.ending);
            let art = picture.art(&mut ctx.services.assets);
            let font = ctx.services.fonts.as_ref().map(|f| &f.regular);
            draw_cover(
                &view,
                art,
                Rect::new(0.0, 0.0, WIDTH, HEIGHT),
                art_alpha,
                font,
            );
        }
        // The lower part darkens in steps, so the words read over any picture.
        let text_alpha = ((self.shown_for - FADE_IN / 2.0) / FADE_IN).clamp(0.0, 1.0);
        // The lower part darkens smoothly from y 360 to the foot, under the words.
        let top = Color::new(0.0, 0.0, 0.0, 0.0);
        let foot = Color::new(0.0, 0.0, 0.0, 0.85 * text_alpha);
        gradient(
            &view,
            Rect::new(0.0, 360.0, WIDTH, HEIGHT - 360.0),
            top,
            foot,
        );
        self.draw_words(ctx, text_alpha);
    }

    fn draw_words(&self, ctx: &Ctx, alpha: f32) {
        let fade = |c: Color| Color::new(c.r, c.g, c.b, c.a * alpha);
        let light = fade(Color::new(0.96, 0.95, 0.92, 1.0));
        let soft = fade(Color::new(0.80, 0.80, 0.78, 1.0));
        // Each line over a soft shadow, so it reads on a bright picture too.
        let shadow = Color::new(0.0, 0.0, 0.0, 0.7 * alpha);
        let text = |s: &str, y: f32, size: f32, color: Color, bold: bool| {
            let page_text = crate::screens::page_text;
            page_text(ctx, s, (LEFT + 2.0, y + 2.0), size, shadow, bold);
            page_text(ctx, s, (LEFT, y), size, color, bold)
        };
        text(
            &ctx.services.ui.get("ending-reached"),
            TITLE_Y - 62.0,
            24.0,
            soft,
            false,
        );
        text(
            &ctx.services.text.ending_title(self.ending),
            TITLE_Y,
            52.0,
            light,
            true,
        );
        let description = ctx.services.text.ending_description(self.ending);
        let font = ctx.services.font(&description, false);
        let width = |s: &str| measure(s, font, 26.0).width;
        for (i, line) in wrap(&description, WIDTH - 2.0 * LEFT, &width)
            .iter()
            .take(3)
            .enumerate()
        {
            text(line, TITLE_Y + 50.0 + i as f32 * 36.0, 26.0, soft, false);
        }
        let hint = ctx.services.ui.get("ending-return");
        let hint_font = ctx.services.font(&hint, false);
        let hint_width = measure(&hint, hint_font, 20.0).width;
        let at = (WIDTH - 60.0 - hint_width, HEIGHT - 40.0);
        crate::screens::page_text(ctx, &hint, at, 20.0, soft, false);
    }
}

/// A rectangle shaded from `top` to `bottom`: one quad, its colours blended per pixel.
fn gradient(view: &crate::layout::View, r: Rect, top: Color, bottom: Color) {
    let r = view.rect(r);
    let corner = |x: f32, y: f32, color: Color| Vertex::new(x, y, 0.0, 0.0, 0.0, color);
    let mesh = Mesh {
        vertices: vec![
            corner(r.x, r.y, top),
            corner(r.x + r.w, r.y, top),
            corner(r.x + r.w, r.y + r.h, bottom),
            corner(r.x, r.y + r.h, bottom),
        ],
        indices: vec![0, 1, 2, 0, 2, 3],
        texture: None,
    };
    draw_mesh(&mesh);
}
