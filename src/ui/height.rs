//! Inside an iframe, posts the page's content height to the parent whenever it changes,
//! as `{"type": "trade-outlook:height", "height": <px>}` (nothing else).

use leptos::html::Main;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// The message type a host script listens for.
pub const HEIGHT_MESSAGE: &str = "trade-outlook:height";

/// Observes `root`'s size and posts its height to `window.parent` when it changes.
/// Does nothing outside an iframe.
pub fn report_height(root: NodeRef<Main>) {
    let win = window();
    let in_iframe = win
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !js_sys::Object::is(&parent, &win));
    if !in_iframe {
        return;
    }
    Effect::new(move |_| {
        let Some(main) = root.get() else { return };
        let last = StoredValue::new(0i32);
        let post = move |height: i32| {
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
        };
        let observed = main.clone();
        let callback = Closure::<dyn Fn()>::new(move || post(observed.offset_height()));
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&main);
        }
        // The observer lives as long as the page.
        callback.forget();
    });
}
