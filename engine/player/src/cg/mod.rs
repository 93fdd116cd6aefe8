//! The full-screen illustration (`cg NAME`): drawn over the background and sprites and under
//! the text box, blending in and out with the stage's transitions. It stays until `hide cg` or
//! the next background, as the runtime's stage state says. `model` is the CG shown and its
//! blend as data (tested without a window), `draw` its pictures and drawing.

mod draw;
mod model;

pub use draw::cg_picture;
pub use model::CgView;
