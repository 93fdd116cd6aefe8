//! The virtual 16:9 canvas everything is laid out on, and its letterboxed place in the window.
//! Screens draw in virtual units (1280 x 720); `View` maps them to window pixels so text is
//! rasterised at the real size and stays sharp at any window size.

pub use macroquad::prelude::Rect;
use macroquad::prelude::{vec2, Vec2};

/// Width of the virtual canvas.
pub const WIDTH: f32 = 1280.0;
/// Height of the virtual canvas.
pub const HEIGHT: f32 = 720.0;

/// The dialogue box, along the bottom.
pub const TEXTBOX: Rect = Rect {
    x: 40.0,
    y: 500.0,
    w: 1200.0,
    h: 196.0,
};
/// The name plate, sitting on the text box's top-left edge.
pub const NAME_PLATE: Rect = Rect {
    x: 64.0,
    y: 462.0,
    w: 260.0,
    h: 48.0,
};
/// The widest a name plate grows for a long name (half the text box); a name wider still is
/// drawn smaller to fit.
pub const NAME_PLATE_MAX_WIDTH: f32 = TEXTBOX.w / 2.0;
/// Room left and right of the name on its plate.
pub const NAME_PLATE_PADDING: f32 = 24.0;

/// The name plate for a name `text_width` virtual units wide: `NAME_PLATE`, grown to the right
/// so that the name fits with its padding ("Hauptmann Duval" must not be cut), up to
/// `NAME_PLATE_MAX_WIDTH`.
pub fn name_plate(text_width: f32) -> Rect {
    let wanted = text_width + 2.0 * NAME_PLATE_PADDING;
    Rect {
        w: wanted.clamp(NAME_PLATE.w, NAME_PLATE_MAX_WIDTH),
        ..NAME_PLATE
    }
}

/// Where the text of a line goes inside the box.
pub const TEXT_AREA: Rect = Rect {
    x: 84.0,
    y: 532.0,
    w: 1112.0,
    h: 150.0,
};
/// Dialogue font size in virtual units.
pub const TEXT_SIZE: f32 = 30.0;
/// Distance between two text lines.
pub const LINE_HEIGHT: f32 = 42.0;

/// Choice menu: option boxes, centred across, stacked up from just above the text box.
pub const CHOICE_WIDTH: f32 = 760.0;
pub const CHOICE_HEIGHT: f32 = 60.0;
pub const CHOICE_GAP: f32 = 18.0;
/// The narrowest gap between two options, when many must fit.
const CHOICE_MIN_GAP: f32 = 6.0;
/// The band of the screen the option boxes may take: they stack up from its bottom, just above
/// the text box (which shows the prompt), and reach its top only when there are many.
pub const CHOICE_BAND: (f32, f32) = (40.0, 490.0);
/// Where the faces of sprites standing on stage end: sprites are 640 units high standing on
/// the bottom edge (their top at 80), and a figure's head is in its top third. Options stay
/// below this when they fit, so a choice never hides who it is about.
pub const FACE_BAND_END: f32 = 290.0;

/// Title screen buttons.
pub const TITLE_BUTTON: Vec2 = Vec2 { x: 320.0, y: 60.0 };

/// The widest a choice option box grows for a long option (80% of the screen); beyond it the
/// option's text wraps and the box grows taller.
pub const CHOICE_MAX_WIDTH: f32 = WIDTH * 0.8;

/// The rectangles of `count` choice options of the normal size, top to bottom.
pub fn choice_boxes(count: usize) -> Vec<Rect> {
    choice_boxes_sized(CHOICE_WIDTH, &vec![CHOICE_HEIGHT; count])
}

/// Option boxes `width` wide with the given heights, centred across, top to bottom, ending at
/// the bottom of the choice band: below the sprites' faces when they fit there (the gaps close
/// up first), growing up over them only when they do not.
pub fn choice_boxes_sized(width: f32, heights: &[f32]) -> Vec<Rect> {
    let boxes: f32 = heights.iter().sum();
    let gaps = heights.len().saturating_sub(1) as f32;
    let gap_in = |room: f32| {
        if gaps > 0.0 {
            CHOICE_GAP.min(((room - boxes) / gaps).max(CHOICE_MIN_GAP))
        } else {
            0.0
        }
    };
    let below_faces = CHOICE_BAND.1 - FACE_BAND_END;
    let mut gap = gap_in(below_faces);
    if boxes + gaps * gap > below_faces {
        gap = gap_in(CHOICE_BAND.1 - CHOICE_BAND.0);
    }
    let total = boxes + gaps * gap;
    let mut y = (CHOICE_BAND.1 - total).max(CHOICE_BAND.0);
    heights
        .iter()
        .map(|&h| {
            let r = Rect::new((WIDTH - width) / 2.0, y, width, h);
            y += h + gap;
            r
        })
        .collect()
}

/// The rectangles of the title screen's and menus' buttons, top to bottom, ending 40 units
/// above the bottom edge (below the title's logo for up to five), for labels `scale` times
/// their size (the accessibility text size): larger text gets wider and taller buttons, smaller
/// text keeps the normal ones.
pub fn title_buttons(count: usize, scale: f32) -> Vec<Rect> {
    let grow = scale.max(1.0);
    let size = vec2(TITLE_BUTTON.x * grow, TITLE_BUTTON.y + 28.0 * (grow - 1.0));
    let step = size.y + 14.0;
    let top = HEIGHT - 40.0 - count as f32 * step + 14.0;
    (0..count)
        .map(|i| {
            Rect::new(
                (WIDTH - size.x) / 2.0,
                top + i as f32 * step,
                size.x,
                size.y,
            )
        })
        .collect()
}

/// Save and load screen: slots per page (4 columns, 3 rows) and pages.
pub const SLOTS_PER_PAGE: usize = 12;
pub const SLOT_PAGES: usize = 2;

/// The rectangle of the `i`-th slot on a page; the thumbnail fills its top part.
pub fn slot_rect(i: usize) -> Rect {
    let (col, row) = ((i % 4) as f32, (i / 4) as f32);
    Rect::new(70.0 + col * 290.0, 100.0 + row * 200.0, 270.0, 190.0)
}

/// The thumbnail's place inside a slot (16:9).
pub fn slot_thumbnail(slot: Rect) -> Rect {
    Rect::new(slot.x + 8.0, slot.y + 8.0, 224.0, 126.0)
}

/// Where the virtual canvas sits in the window: uniform scale plus letterbox offset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub scale: f32,
    pub offset: Vec2,
}

impl View {
    /// The largest 16:9 area that fits a window of `w` x `h` pixels, centred.
    pub fn fit(w: f32, h: f32) -> View {
        let scale = (w / WIDTH).min(h / HEIGHT).max(0.01);
        let offset = vec2((w - WIDTH * scale) / 2.0, (h - HEIGHT * scale) / 2.0);
        View { scale, offset }
    }

    /// Virtual point to window pixels.
    pub fn point(&self, x: f32, y: f32) -> Vec2 {
        self.offset + vec2(x, y) * self.scale
    }

    /// Virtual rectangle to window pixels.
    pub fn rect(&self, r: Rect) -> Rect {
        let p = self.point(r.x, r.y);
        Rect::new(p.x, p.y, r.w * self.scale, r.h * self.scale)
    }

    /// Window pixels (a mouse position) to virtual units.
    pub fn to_virtual(&self, p: Vec2) -> Vec2 {
        (p - self.offset) / self.scale
    }

    /// A virtual length (a font size) in window pixels.
    /// The size in window pixels of something `w` x `h` virtual units big.
    pub fn pixels(&self, w: f32, h: f32) -> (u32, u32) {
        (self.len(w).round() as u32, self.len(h).round() as u32)
    }

    pub fn len(&self, l: f32) -> f32 {
        l * self.scale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_windows_are_pillarboxed_and_tall_ones_letterboxed() {
        let v = View::fit(2560.0, 720.0);
        assert_eq!(v.scale, 1.0);
        assert_eq!(v.offset, vec2(640.0, 0.0));
        let v = View::fit(640.0, 1000.0);
        assert_eq!(v.scale, 0.5);
        assert_eq!(v.offset, vec2(0.0, (1000.0 - 360.0) / 2.0));
        let p = v.point(100.0, 100.0);
        assert_eq!(v.to_virtual(p), vec2(100.0, 100.0));
    }

    #[test]
    fn menu_buttons_grow_with_the_text_size_and_stay_on_the_canvas() {
        let normal = title_buttons(6, 1.0);
        assert_eq!(
            normal,
            title_buttons(6, 0.9),
            "smaller text keeps the buttons"
        );
        let large = title_buttons(6, 1.6);
        for (n, l) in normal.iter().zip(&large) {
            assert!(l.w > n.w && l.h > n.h, "{l:?}");
            assert!(l.x >= 0.0 && l.right() <= WIDTH && l.y >= 0.0 && l.bottom() <= HEIGHT);
        }
        for pair in large.windows(2) {
            assert!(pair[0].bottom() < pair[1].y, "{pair:?}");
        }
    }

    #[test]
    fn choice_boxes_fit_above_the_text_box_and_do_not_overlap() {
        for n in 1..=5 {
            let boxes = choice_boxes(n);
            assert_eq!(boxes.len(), n);
            for pair in boxes.windows(2) {
                assert!(pair[0].y + pair[0].h < pair[1].y);
            }
            assert!(
                boxes[n - 1].y + boxes[n - 1].h <= CHOICE_BAND.1 + 0.5,
                "{n} options"
            );
            assert!(boxes[0].y >= CHOICE_BAND.0, "{n} options");
        }
    }

    #[test]
    fn up_to_three_options_leave_the_sprites_faces_clear() {
        for n in 1..=3 {
            let top = choice_boxes(n)[0].y;
            assert!(top >= FACE_BAND_END, "{n} options start at {top}");
        }
        let last = choice_boxes(3)[2];
        assert!(
            last.y + last.h <= TEXTBOX.y,
            "the options end above the text box"
        );
    }
}
