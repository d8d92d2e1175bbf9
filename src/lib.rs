//! Trade Outlook: Belarus–Uzbekistan trade, sourced, with a projection toward the
//! governments' targets.
//!
//! Data flows one way: URL and controls → [`scenario`] → [`model`] → [`chart`] and the
//! read-outs, which [`view`] computes for each panel and [`ui`] binds to the page.
//! Everything but `ui` is pure Rust, tested natively.

// The check page shows the whole app inside its own view (src/ui/check.rs): natively,
// where the components also render to HTML, the type of that view's async rendering is
// deeper than the compiler's default limit of 128.
#![recursion_limit = "256"]

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
pub mod view;

// The property tests' case counts (native only: proptest is not built for the browser).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod test_cases;
