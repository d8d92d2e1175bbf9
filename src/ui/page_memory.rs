//! What the reader typed, opened or chose on the page besides the scenario: kept when the
//! page is rebuilt in another language (the scenario itself is `AppState`'s, and the URL's).

use super::platform::storage::load_pins;
use super::AppState;
use crate::display::DEFAULT_EMBED_HEIGHT;
use crate::scenario::Pin;
use leptos::prelude::*;

/// The page's own state, made once by `App` and shared through context.
#[derive(Clone, Copy)]
pub struct PageMemory {
    /// The table shown in place of the chart.
    pub table_view: RwSignal<bool>,
    /// The scenario settings open.
    pub settings_open: RwSignal<bool>,
    /// The pin name being typed.
    pub pin_name: RwSignal<String>,
    /// The last visit's pins, offered until restored or dismissed (empty: no offer).
    pub offered_pins: RwSignal<Vec<Pin>>,
    /// The data table's order: the newest year first.
    pub newest_first: RwSignal<bool>,
    /// The iframe height of the embed snippet, CSS px.
    pub embed_height: RwSignal<u32>,
    /// The language chosen for the embed snippet, as its list's value (`EmbedLang`'s
    /// code; empty until the author chooses).
    pub embed_lang: RwSignal<String>,
}

impl PageMemory {
    /// A fresh page: the last visit's pins are offered when the link brought none.
    pub fn new(state: AppState) -> PageMemory {
        let memory = PageMemory::blank();
        if state.pins.with_untracked(Vec::is_empty) {
            memory
                .offered_pins
                .set(load_pins(state.data, state.data_name));
        }
        memory
    }

    /// A page as nobody has touched it, offering nothing (the prerendered first view's).
    pub fn blank() -> PageMemory {
        PageMemory {
            table_view: RwSignal::new(false),
            settings_open: RwSignal::new(false),
            pin_name: RwSignal::new(String::new()),
            offered_pins: RwSignal::new(Vec::new()),
            newest_first: RwSignal::new(false),
            embed_height: RwSignal::new(DEFAULT_EMBED_HEIGHT),
            embed_lang: RwSignal::new(String::new()),
        }
    }
}

/// The page's memory, provided by `App`.
pub fn use_page_memory() -> PageMemory {
    expect_context()
}
