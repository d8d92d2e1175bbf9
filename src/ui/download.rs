//! Saving a file the app made (a download; nothing leaves the browser).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a file `name` of type `mime`; false when the browser refused.
pub fn save_text(name: &str, mime: &str, content: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let saved = save_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
    saved
}

/// Offers the resource at `url` (an object or data URL) as a file `name`.
pub fn save_url(name: &str, url: &str) -> bool {
    document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(url);
            a.set_download(name);
            a.click();
        })
        .is_some()
}
