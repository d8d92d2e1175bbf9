//! The Leptos shell: one component per file, over the pure core.
//!
//! State is one `RwSignal<Scenario>`, mirrored to the URL; everything else is derived
//! with memos (resolved assumptions → outlook) and read by the components.

mod app;
mod chart_view;
mod growth_control;
mod notice;
mod readouts;
mod scenario_controls;
mod sources;
mod url;

pub use app::App;

use crate::model::Outlook;
use crate::scenario::{Resolved, Scenario};
use leptos::prelude::*;

/// The app's state and what is derived from it, shared through context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The reader's scenario: the one source of truth.
    pub scenario: RwSignal<Scenario>,
    /// The scenario with defaults filled in.
    pub resolved: Memo<Resolved>,
    /// The projection and its answers (`None` only if the base has no figure).
    pub outlook: Memo<Option<Outlook>>,
}

/// The app state from context (provided by [`App`]).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
