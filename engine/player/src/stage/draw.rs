//! Drawing the stage with macroquad: backgrounds covering the screen, sprites standing on its
//! bottom edge, transitions and effects as the model's tweens say, placeholders for missing art.

use super::model::{SpriteView, Stage};
use super::pictures::{background_art, sprite_art, SPRITE_HEIGHT, SPRITE_MAX_WIDTH};
use crate::assets::{measure, Art, Assets};
use crate::layout::{View, HEIGHT, WIDTH};
use crate::theme::Theme;
use macroquad::prelude::*;
use spearhead_core::ast::TransitionKind;
use spearhead_core::Story;

impl Stage {
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
    look: (Option<&str>, Option<&str>),
    alpha: f32,
    jitter: Vec2,
    font: Option<&Font>,
) {
    let x = sprite.x.value() + jitter.x;
    match sprite_art(view, story, assets, &sprite.character, look) {
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
