//! SVG art to pixels. usvg parses a file, finding what it refers to inside the story's assets
//! folder only; resvg rasterises it one strip of rows at a time. resvg gives each group with
//! opacity, a clip, a mask or a filter a layer the size of what the group's shapes cover, cut
//! at twice the target's width and height beyond each edge: up to 25 times the target. A cel
//! shadow (a 6000-unit rectangle clipped to a sleeve) made 92 MB layers for a 1280x720 picture;
//! a strip bounds them to 25 times the strip, whatever the drawing. Our copy of resvg also cuts
//! a layer that needs nothing from outside what it is drawn on to that, and places nested
//! layers where upstream lost them (vendor/resvg/PATCHED.md, docs/PERFORMANCE.md).

use crate::limits::{MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE};
use macroquad::texture::Image;
use resvg::{tiny_skia, usvg};
use spearhead_core::files::{self, MAX_PICTURE_BYTES};
use std::path::Path;

/// How many times the target's width, and its height, a layer of resvg's may be.
const LAYER_REACH: usize = 5;

/// The most bytes one strip of a picture holds (whole rows, at least one): 25 rows of a
/// 1280-pixel-wide picture. Smaller strips were no slower (each walks the whole tree again,
/// but their layers are smaller too; docs/PERFORMANCE.md).
pub const STRIP_BYTES: usize = 128 * 1024;

/// The largest layer resvg allocates for a strip of `STRIP_BYTES`: 3.1 MiB, less than one
/// 1280x720 picture.
pub const MAX_LAYER_BYTES: usize = LAYER_REACH * LAYER_REACH * STRIP_BYTES;

/// Where the files an SVG refers to (`<image href="...">`) may be: inside `root` (the story's
/// assets folder), found from `folder` (the SVG's own).
#[derive(Debug, Clone, Copy)]
pub struct SvgFiles<'a> {
    pub root: &'a Path,
    pub folder: &'a Path,
}

/// usvg's options for an SVG whose references are resolved inside `files` (none without):
/// only SVG files can be referenced (the renderer is built without raster images), each read
/// capped, and they in turn may refer to nothing (as usvg does for any nested SVG).
fn svg_options(files: Option<SvgFiles<'_>>) -> usvg::Options<'_> {
    use usvg::{ImageHrefResolver, ImageKind, Options};
    let nested = || Options {
        image_href_resolver: ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..Options::default()
    };
    let resolve_string = move |href: &str, _: &Options| -> Option<ImageKind> {
        let files = files?;
        let referenced = files::confined(files.root, &files.folder.join(href))
            .and_then(|real| files::read_capped(&real, MAX_PICTURE_BYTES));
        let bytes = match referenced {
            Ok(bytes) => bytes,
            Err(e) => {
                log::warn!("an SVG refers to `{href}`: {e}; it is left out");
                return None;
            }
        };
        let tree = usvg::Tree::from_data(&bytes, &nested()).ok()?;
        Some(ImageKind::SVG(tree))
    };
    Options {
        image_href_resolver: ImageHrefResolver {
            resolve_string: Box::new(resolve_string),
            ..ImageHrefResolver::default()
        },
        ..Options::default()
    }
}

/// SVG bytes to an RGBA image that fits inside `want` pixels, keeping its aspect ratio; the
/// files it refers to are looked for in `files` (with `None`, it may refer to none).
pub fn rasterise_svg(
    bytes: &[u8],
    want: (u32, u32),
    files: Option<SvgFiles<'_>>,
) -> Result<Image, String> {
    let tree = usvg::Tree::from_data(bytes, &svg_options(files)).map_err(|e| e.to_string())?;
    let (w, h, scale) = fitted(tree.size(), want);
    let mut bytes = vec![0; w as usize * h as usize * 4];
    render_in_strips(&tree, scale, w, &mut bytes, strip_rows(w));
    straighten(&mut bytes);
    Ok(Image {
        bytes,
        // Both fit in u16: `fitted` keeps sides to MAX_PICTURE_SIDE (8192).
        width: w as u16,
        height: h as u16,
    })
}

/// The size (width, height) an SVG of `size` is rasterised at to fit inside `want`, and the
/// scale that takes it there: no bigger than a picture may be, in sides and in pixels.
fn fitted(size: usvg::Size, want: (u32, u32)) -> (u32, u32, f32) {
    let fit = (want.0.max(1) as f32 / size.width()).min(want.1.max(1) as f32 / size.height());
    let most = (MAX_PICTURE_SIDE as f32 / size.width().max(size.height()))
        .min((MAX_PICTURE_PIXELS as f32 / (size.width() * size.height())).sqrt());
    let scale = fit.min(most);
    let w = ((size.width() * scale).round() as u32).clamp(1, MAX_PICTURE_SIDE);
    let h = ((size.height() * scale).round() as u32).clamp(1, MAX_PICTURE_SIDE);
    (w, h, scale)
}

/// How many rows of a picture `width` pixels wide make a strip of at most `STRIP_BYTES`.
pub fn strip_rows(width: u32) -> u32 {
    (STRIP_BYTES / (width.max(1) as usize * 4)).max(1) as u32
}

/// Renders `tree` at `scale` into `pixels` (premultiplied RGBA rows of `width`), `rows` rows
/// at a time, each strip straight into its part of `pixels`. Each strip walks the whole tree
/// again; tiny-skia skips what falls outside it. A strip moves the drawing up by a whole
/// number of rows, so shapes keep their place within a pixel (an edge drawn on a layer, whose
/// coordinates round differently, may gain or lose a sub-row of its antialiasing).
fn render_in_strips(tree: &usvg::Tree, scale: f32, width: u32, pixels: &mut [u8], rows: u32) {
    let row_bytes = width as usize * 4;
    for (i, strip) in pixels.chunks_mut(rows as usize * row_bytes).enumerate() {
        let top = (i * rows as usize) as f32;
        let strip_rows = (strip.len() / row_bytes) as u32;
        // None only for a zero size or bytes that are not whole rows: chunks of whole rows of
        // a picture at least one pixel wide are neither.
        let Some(mut target) = tiny_skia::PixmapMut::from_bytes(strip, width, strip_rows) else {
            continue;
        };
        let transform = tiny_skia::Transform::from_scale(scale, scale).post_translate(0.0, -top);
        resvg::render(tree, transform, &mut target);
    }
}

/// tiny-skia keeps premultiplied alpha; macroquad blends straight alpha. Converted in place: a
/// second buffer would be another 3.7 MB for a background.
fn straighten(pixels: &mut [u8]) {
    for pixel in pixels.chunks_exact_mut(4) {
        let c = tiny_skia::PremultipliedColorU8::from_rgba(pixel[0], pixel[1], pixel[2], pixel[3])
            .map(|p| p.demultiply());
        if let Some(c) = c {
            pixel.copy_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &[u8] = br##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
        <rect width="200" height="100" fill="#ff0000"/>
        <rect x="100" width="100" height="100" fill="#0000ff" fill-opacity="0.5"/></svg>"##;

    #[test]
    fn svg_colours_survive_rasterising() {
        let image = rasterise_svg(SVG, (400, 400), None).expect("valid SVG");
        let px = |x: usize, y: usize| {
            let i = (y * 400 + x) * 4;
            [
                image.bytes[i],
                image.bytes[i + 1],
                image.bytes[i + 2],
                image.bytes[i + 3],
            ]
        };
        assert_eq!(px(10, 10), [255, 0, 0, 255]);
        let half = px(300, 100);
        assert!(half[0] > 100 && half[2] > 100 && half[3] == 255, "{half:?}");
        assert!(rasterise_svg(b"not svg at all", (10, 10), None).is_err());
    }

    #[test]
    fn see_through_svg_colours_come_out_straight_not_premultiplied() {
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
            <rect width="10" height="10" fill="#ff8000" fill-opacity="0.5"/>
        </svg>"##;
        let image = rasterise_svg(svg, (10, 10), None).expect("valid SVG");
        let p = &image.bytes[(5 * 10 + 5) * 4..][..4];
        // Premultiplied it would be about [128, 64, 0, 128].
        assert!(
            p[0] >= 250 && (124..=132).contains(&p[1]) && p[2] == 0,
            "{p:?}"
        );
        assert!((126..=130).contains(&p[3]), "{p:?}");
    }

    /// A figure as the bundled art draws one: a colour filter over the whole figure, cel
    /// shadows (a huge even-odd rectangle with a hole, at group opacity, clipped to the shape),
    /// a rotation, a gradient, a mask and a small blur.
    const CEL_SHADED: &[u8] =
        br##"<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400">
        <defs>
          <filter id="tint" x="-10%" y="-10%" width="120%" height="120%"
                  color-interpolation-filters="sRGB">
            <feColorMatrix type="matrix"
              values="1.04 0 0 0 0.03 0 0.9 0 0 0 0 0 0.76 0 -0.02 0 0 0 1 0"/>
          </filter>
          <filter id="soft"><feGaussianBlur stdDeviation="1.5"/></filter>
          <clipPath id="sleeve"><path d="M 200 100 L 320 80 L 360 300 L 220 330 Z"/></clipPath>
          <clipPath id="face"><circle cx="420" cy="150" r="60"/></clipPath>
          <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" stop-color="#e8a070"/><stop offset="1" stop-color="#ffe2a8"/>
          </linearGradient>
          <mask id="fade">
            <rect width="600" height="400" fill="white"/>
            <circle cx="100" cy="300" r="80" fill="black" fill-opacity="0.6"/>
          </mask>
        </defs>
        <rect width="600" height="400" fill="url(#sky)"/>
        <g filter="url(#tint)" transform="translate(30 10) rotate(6 300 200) scale(1.1)">
          <path d="M 200 100 L 320 80 L 360 300 L 220 330 Z" fill="#6e7058"
                stroke="#222222" stroke-width="3"/>
          <g clip-path="url(#sleeve)">
            <path d="M -2000 -2000 H 4000 V 4000 H -2000 Z M 190 90 L 310 70 L 350 290 L 210 320 Z"
                  fill="#000000" fill-rule="evenodd" opacity="0.3"/>
          </g>
          <circle cx="420" cy="150" r="60" fill="#ffc880"/>
          <g clip-path="url(#face)">
            <path d="M -2000 -2000 H 4000 V 4000 H -2000 Z M 410 140 A 60 60 0 1 0 530 140 Z"
                  fill="#a05030" fill-rule="evenodd" opacity="0.28"/>
          </g>
        </g>
        <g mask="url(#fade)" opacity="0.8">
          <rect x="40" y="220" width="200" height="150" fill="#2e4034"/>
        </g>
        <g filter="url(#soft)">
          <ellipse cx="480" cy="330" rx="70" ry="25" fill="#fff4d0" fill-opacity="0.7"/>
        </g>
    </svg>"##;

    /// `svg` rendered at its own size (600x400), `rows` rows at a time.
    fn rendered(svg: &[u8], rows: u32) -> Vec<u8> {
        let tree = usvg::Tree::from_data(svg, &svg_options(None)).expect("valid SVG");
        let mut pixels = vec![0; 600 * 400 * 4];
        render_in_strips(&tree, 1.0, 600, &mut pixels, rows);
        pixels
    }

    /// How many pixels of `a` and `b` differ by more than 1 in some channel, and the most any
    /// channel differs by.
    fn differences(a: &[u8], b: &[u8]) -> (usize, u8) {
        let pixels = a.chunks(4).zip(b.chunks(4));
        let off = |(p, q): (&[u8], &[u8])| p.iter().zip(q).map(|(x, y)| x.abs_diff(*y)).max();
        let offs: Vec<u8> = pixels.filter_map(off).collect();
        let most = offs.iter().copied().max().unwrap_or(0);
        (offs.iter().filter(|&&o| o > 1).count(), most)
    }

    #[test]
    fn a_picture_rendered_in_strips_has_the_pixels_of_one_rendered_whole() {
        let whole = rendered(CEL_SHADED, 400);
        assert!(
            strip_rows(600) < 400,
            "the picture takes more than one strip"
        );
        for rows in [strip_rows(600), 7] {
            let (off, most) = differences(&whole, &rendered(CEL_SHADED, rows));
            // Only the antialiasing of an edge drawn on a layer may differ: the layer starts
            // elsewhere, so its coordinates round differently, and an edge can gain or lose
            // one of the four sub-rows tiny-skia samples (a quarter of full scale at most).
            assert!(
                off <= 600 * 400 / 400,
                "{rows} rows a strip: {off} pixels off"
            );
            assert!(most <= 64, "{rows} rows a strip: a channel off by {most}");
        }
    }

    /// An eye as the bundled figures draw one: the iris inside the eye's clip, inside the
    /// face's clip with its cel shadow, inside the figure's colour filter.
    const EYE: &[u8] = br##"<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400">
        <defs>
          <filter id="tint" x="-10%" y="-10%" width="120%" height="120%">
            <feColorMatrix type="matrix" values="1 0 0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 1 0"/>
          </filter>
          <clipPath id="face"><circle cx="300" cy="200" r="120"/></clipPath>
          <clipPath id="eye"><ellipse cx="300" cy="200" rx="40" ry="25"/></clipPath>
        </defs>
        <g filter="url(#tint)">
          <circle cx="300" cy="200" r="120" fill="#ffd0b0"/>
          <g clip-path="url(#face)">
            <path d="M -2000 -2000 H 4000 V 4000 H -2000 Z M 250 120 H 350 V 280 H 250 Z"
                  fill-rule="evenodd" fill="#000000" opacity="0.3"/>
            <g clip-path="url(#eye)">
              <rect x="200" y="100" width="200" height="200" fill="#ffffff"/>
              <circle cx="300" cy="200" r="15" fill="#2050c0" opacity="0.95"/>
            </g>
          </g>
        </g>
    </svg>"##;

    #[test]
    fn a_shape_clipped_three_layers_deep_is_drawn_in_every_strip() {
        for rows in [400, strip_rows(600), 7, 1] {
            let pixels = rendered(EYE, rows);
            let iris = &pixels[(200 * 600 + 300) * 4..][..4];
            assert!(
                iris[2] > 150 && iris[0] < 80,
                "{rows} rows a strip: the iris is {iris:?}"
            );
        }
    }

    #[test]
    fn a_strip_holds_whole_rows_within_its_bytes_at_every_width_a_picture_may_have() {
        for width in [1, 2, 320, 600, 1280, 1920, 3840, 5000, MAX_PICTURE_SIDE] {
            let rows = strip_rows(width);
            assert!(rows >= 1, "{width}");
            assert!(
                rows as usize * width as usize * 4 <= STRIP_BYTES,
                "{width}: {rows} rows"
            );
        }
    }
}
