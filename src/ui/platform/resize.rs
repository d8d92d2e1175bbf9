//! Following an element's size with a `ResizeObserver`, for as long as the component
//! that asked lives. (leptos-use's `use_resize_observer` does the same, but would add
//! some fifteen crates to every build for these lines.)

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;

/// Calls `changed(element)` whenever `element`'s box changes size (and once when it is
/// first observed); stops when the calling component is cleaned up.
pub fn observe_size(element: &web_sys::Element, changed: impl Fn(&web_sys::Element) + 'static) {
    let observed = element.clone();
    let callback = Closure::<dyn Fn()>::new(move || changed(&observed));
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(element);
    let kept = SendWrapper::new((observer, callback));
    on_cleanup(move || kept.0.disconnect());
}
