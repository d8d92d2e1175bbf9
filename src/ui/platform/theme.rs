//! Applies the display flags to the document and tells the charts which palette to use.

use crate::display::{Display, Theme};
use gloo_events::EventListener;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// The display flags and whether dark colours are in effect, shared through context.
#[derive(Clone)]
pub struct DisplayState {
    /// Flags from the URL.
    pub display: Display,
    /// True when the dark theme is in effect (for `auto`, follows the system).
    pub dark: Signal<bool>,
}

impl DisplayState {
    /// Sets `data-embed` and `data-transparent` on `<html>`, and `data-theme` to the
    /// theme in effect (`light` or `dark`; `auto` follows `prefers-color-scheme` as it
    /// changes). Attributes, not inline styles: nothing needs `'unsafe-inline'`.
    pub fn apply(display: Display) -> DisplayState {
        let root = document().document_element();
        if let Some(root) = &root {
            for (name, on) in [
                ("data-embed", display.embed),
                ("data-transparent", display.transparent),
            ] {
                let _ = if on {
                    root.set_attribute(name, "")
                } else {
                    root.remove_attribute(name)
                };
            }
        }
        let dark = match display.theme {
            Theme::Light => Signal::stored(false),
            Theme::Dark => Signal::stored(true),
            Theme::Auto => prefers_dark(),
        };
        Effect::new(move |_| {
            let theme = if dark.get() {
                Theme::Dark
            } else {
                Theme::Light
            };
            if let Some(root) = &root {
                let _ = root.set_attribute("data-theme", theme.code());
            }
        });
        DisplayState { display, dark }
    }
}

/// A signal of `(prefers-color-scheme: dark)`, updated when the system setting changes
/// (for as long as the app lives).
fn prefers_dark() -> Signal<bool> {
    let Ok(Some(query)) = window().match_media("(prefers-color-scheme: dark)") else {
        return Signal::stored(false);
    };
    let dark = RwSignal::new(query.matches());
    let listener = EventListener::new(&query, "change", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::MediaQueryListEvent>() {
            dark.set(event.matches());
        }
    });
    let listener = SendWrapper::new(listener);
    on_cleanup(move || drop(listener));
    dark.into()
}

/// Context accessor.
pub fn use_display() -> DisplayState {
    expect_context::<DisplayState>()
}
