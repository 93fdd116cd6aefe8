//! What is drawn behind the text box: the background, the character sprites and the
//! whole-screen effects (fade to black, flash, shake), with their transitions in time.
//! It performs stage directions the runtime hands over; it decides nothing about the story.
//! `model` is the stage as data (tested without a window), `tween` its transitions in time,
//! `pictures` which file each thing shown is and what a scene can show, `draw` the drawing.

mod draw;
mod model;
mod pictures;
mod tween;

pub use draw::{draw_cover, draw_cover_in, fill, stripes};
pub(crate) use model::seconds_of;
pub use model::Stage;
pub use pictures::{ending_picture, scene_pictures, Picture};
pub(crate) use tween::Tween;
