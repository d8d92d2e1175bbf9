//! The document itself: its title and language, the element the app mounts into, a
//! canvas of its own for a download, the screen's pixel ratio, today's date, and the
//! moment before it is printed.

use crate::data::Day;
use gloo_events::EventListener;
use leptos::prelude::{document, on_cleanup, window};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// Sets the document's title (the tab's and the bookmark's).
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Sets `<html lang>` (read aloud and hyphenated in that language).
pub fn set_lang(code: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
}

/// The element the app mounts into (`#app`), when the page has one.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    document().get_element_by_id("app")?.dyn_into().ok()
}

/// A canvas outside the page, to draw a download on.
pub fn new_canvas() -> Option<web_sys::HtmlCanvasElement> {
    document().create_element("canvas").ok()?.dyn_into().ok()
}

/// Today (UTC) by the browser's clock.
pub fn today() -> Day {
    Day::from_unix_millis(js_sys::Date::now())
}

/// The screen's device pixels per CSS pixel, as the browser reports it.
pub fn device_pixel_ratio() -> f64 {
    window().device_pixel_ratio()
}

/// Runs `now` just before the page is printed (`beforeprint`: the browser lays the page
/// out for paper after it), for as long as the calling component lives. Nothing in the
/// build's native rendering of the page (the first view), which has no window.
pub fn before_print(now: impl Fn() + 'static) {
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let listener = EventListener::new(&window(), "beforeprint", move |_| now());
    let listener = SendWrapper::new(listener);
    on_cleanup(move || drop(listener));
}
