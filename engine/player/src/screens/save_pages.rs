//! The pages of the save and load screens: Auto and Quick (the autosave and the quick save)
//! beside the numbered pages; which save slot each place on a page holds, and how the keyboard
//! focus moves over a page's grid and across to the pages either side.

use crate::layout::{SLOTS_PER_PAGE, SLOT_PAGES};
use crate::saves::Saves;

/// Columns of the slot grid (`layout::slot_rect`).
const COLUMNS: usize = 4;
/// Auto, Quick, then the numbered pages.
pub const PAGES: usize = 2 + SLOT_PAGES;
/// The page a screen opens on: the first numbered one.
pub const FIRST_NUMBERED: usize = 2;

/// Every slot the screens show, in page order: `auto`, `quick`, then `slot-01` on.
pub fn slot_names() -> Vec<String> {
    let numbered = (1..=SLOTS_PER_PAGE * SLOT_PAGES).map(Saves::slot_name);
    ["auto".to_string(), "quick".to_string()]
        .into_iter()
        .chain(numbered)
        .collect()
}

/// How many places page `page` has: one on Auto and Quick, a grid on the numbered ones.
pub fn places(page: usize) -> usize {
    if page < FIRST_NUMBERED {
        1
    } else {
        SLOTS_PER_PAGE
    }
}

/// The slot (an index into `slot_names`) at place `place` of page `page`.
pub fn slot_at(page: usize, place: usize) -> usize {
    if page < FIRST_NUMBERED {
        page
    } else {
        FIRST_NUMBERED + (page - FIRST_NUMBERED) * SLOTS_PER_PAGE + place
    }
}

/// The number of a numbered slot (from 1), for the screens' labels; `None` for auto and quick.
pub fn slot_number(slot: usize) -> Option<usize> {
    slot.checked_sub(FIRST_NUMBERED).map(|n| n + 1)
}

/// The tab of page `page`: its ui.ftl ID and the page number it names, if any.
pub fn tab(page: usize) -> (&'static str, Option<usize>) {
    match page {
        0 => ("save-page-auto", None),
        1 => ("save-page-quick", None),
        n => ("save-page", Some(n - FIRST_NUMBERED + 1)),
    }
}

/// Where the focus goes from place `place` of page `page` with an arrow (`dx`, `dy`: -1, 0 or
/// 1): along the grid, and past its left or right edge onto the page before or after (every
/// page is reached, wrapping round); up and down stop at the grid's edge.
pub fn step(page: usize, place: usize, dx: isize, dy: isize) -> (usize, usize) {
    let columns = places(page).min(COLUMNS) as isize;
    let (column, row) = (place as isize % columns, place as isize / columns);
    let (mut page, mut column) = (page, column + dx);
    if column < 0 || column >= columns {
        page = if dx < 0 {
            (page + PAGES - 1) % PAGES
        } else {
            (page + 1) % PAGES
        };
        column = if dx < 0 { COLUMNS as isize - 1 } else { 0 };
    }
    let columns = places(page).min(COLUMNS) as isize;
    let rows = places(page).div_ceil(COLUMNS) as isize;
    let row = (row + dy).clamp(0, rows - 1);
    let place = (row * columns + column.min(columns - 1)) as usize;
    (page, place.min(places(page) - 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_auto_and_quick_pages_hold_the_autosave_and_the_quick_save() {
        let names = slot_names();
        assert_eq!(names[slot_at(0, 0)], "auto");
        assert_eq!(names[slot_at(1, 0)], "quick");
        assert_eq!(names[slot_at(FIRST_NUMBERED, 0)], "slot-01");
        assert_eq!(names[slot_at(PAGES - 1, SLOTS_PER_PAGE - 1)], "slot-24");
        assert_eq!(slot_number(slot_at(FIRST_NUMBERED, 4)), Some(5));
        assert_eq!(slot_number(slot_at(0, 0)), None);
        assert_eq!(tab(0).0, "save-page-auto");
        assert_eq!(tab(FIRST_NUMBERED + 1), ("save-page", Some(2)));
    }

    #[test]
    fn arrows_reach_every_slot_of_every_page() {
        // Walk right from the first numbered page's first slot, and down each column.
        let mut reached = HashSet::new();
        let (mut page, mut place) = (FIRST_NUMBERED, 0);
        for _ in 0..PAGES * COLUMNS * 2 {
            let (mut p, mut at) = (page, place);
            for _ in 0..3 {
                reached.insert(slot_at(p, at));
                (p, at) = step(p, at, 0, 1);
            }
            (page, place) = step(page, place, 1, 0);
        }
        assert_eq!(reached.len(), slot_names().len(), "slots never reached");
        // Left from the first slot of the first numbered page is the Quick page.
        assert_eq!(step(FIRST_NUMBERED, 0, -1, 0), (1, 0));
        // Down stops at the bottom row; on Auto there is one place.
        assert_eq!(step(FIRST_NUMBERED, 9, 0, 1), (FIRST_NUMBERED, 9));
        assert_eq!(step(0, 0, 0, 1), (0, 0));
    }
}
