//! Inside an iframe, posts the page's content height to the parent whenever it changes,
//! as `{"type": HEIGHT_MESSAGE, "height": <px>}` (nothing else).

use super::resize::observe_size;
use crate::display::HEIGHT_MESSAGE;
use leptos::html::Main;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Observes `root`'s size and posts its height to `window.parent` when it changes.
/// Does nothing outside an iframe.
pub fn report_height(root: NodeRef<Main>) {
    Effect::new(move |_| {
        if let Some(main) = root.get() {
            report_height_of(&main);
        }
    });
}

/// Observes `element`'s size and posts its height to `window.parent` when it changes,
/// for as long as the calling component lives. Does nothing outside an iframe.
pub fn report_height_of(element: &web_sys::Element) {
    let win = window();
    let in_iframe = win
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !js_sys::Object::is(&parent, &win));
    if !in_iframe {
        return;
    }
    let last = StoredValue::new(0i32);
    observe_size(element, move |element| {
        let Some(height) = element
            .dyn_ref::<web_sys::HtmlElement>()
            .map(|e| e.offset_height())
        else {
            return;
        };
        if height == last.get_value() {
            return;
        }
        last.set_value(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = window().parent() {
            let _ = parent.post_message(&message, "*");
        }
    });
}
