//! Support code shared by several test files; not a test target of its own.

pub mod display;
pub mod folders;
pub mod live;
pub mod run;
