//! Saving a file the app made (a download) and reading one the reader opened (the check
//! page): nothing leaves the browser.

use gloo_file::{Blob, ObjectUrl};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long an object URL is kept after its download starts: revoked at once, Firefox
/// may not have read it yet.
const KEEP_URL: Duration = Duration::from_secs(30);

/// Offers `content` as a file `name` of type `mime`; false when the browser refused.
pub fn save_text(name: &str, mime: &str, content: &str) -> bool {
    let url = ObjectUrl::from(Blob::new_with_options(content, Some(mime)));
    let saved = save_url(name, &url);
    // Revoked when the last copy is dropped, once the download has surely started.
    set_timeout(move || drop(url), KEEP_URL);
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

/// The text of `file`, a file the reader opened or dropped (UTF-8); `None` when the
/// browser could not read it.
pub async fn read_file_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
}
