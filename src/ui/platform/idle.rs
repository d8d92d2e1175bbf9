//! Work for when the browser is idle (`requestIdleCallback`, within a short while even
//! on a busy page; a plain timer in browsers without it, such as Safari).

use leptos::prelude::set_timeout;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The longest an idle callback may wait, ms.
const AT_MOST_MS: i32 = 300;

/// Runs `f` once the browser is idle.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(AT_MOST_MS as u32);
    let asked = web_sys::window().and_then(|w| {
        w.request_idle_callback_with_options(callback.unchecked_ref(), &options)
            .ok()
    });
    if asked.is_none() {
        let function: js_sys::Function = callback.unchecked_into();
        set_timeout(
            move || drop(function.call0(&wasm_bindgen::JsValue::NULL)),
            Duration::ZERO,
        );
    }
}
