//! Trade Outlook: Belarus–Uzbekistan trade, sourced, with a projection toward the
//! governments' targets.
//!
//! Data flows one way: URL and controls → [`scenario`] → [`model`] → [`chart`] and the
//! read-outs in [`ui`]. Everything but `ui` is pure Rust, tested natively.

pub mod chart;
pub mod data;
pub mod display;
pub mod format;
pub mod i18n;
pub mod markup;
pub mod model;
pub mod prerender;
pub mod scenario;
pub mod table;
pub mod text;
pub mod ui;
