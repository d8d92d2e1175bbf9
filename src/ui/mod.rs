//! The Leptos shell over the pure core, grouped by role:
//!
//! - [`state`]: the one state value (`Workspace`) in a signal, and what is derived from
//!   it; `language`: the catalog in effect and how other languages are loaded;
//!   `page_memory`: what the reader typed or opened, kept across languages;
//! - `controls/`: what the reader changes (growth, presets, the other scenario fields,
//!   the language);
//! - `panels/`: what the page says (read-outs, tables, notes, sharing, notices);
//! - `charts/`: the two charts on their canvases;
//! - `platform/`: the browser's own APIs (URL, storage, files, timers, messages, the
//!   painter), each in one place.
//!
//! Each file holds one public component (with the small private ones it is made of).
//! Components bind what `crate::view` computes and send the reader's changes to the
//! methods of `Scenario` and `Workspace`; they decide nothing themselves.

mod app;
mod below_fold;
mod charts;
mod check;
mod controls;
mod first_screen;
mod language;
mod page_memory;
mod panels;
mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod start;
mod state;

pub use page_memory::{use_page_memory, PageMemory};
pub use start::start;
pub use state::{use_state, AppState};
