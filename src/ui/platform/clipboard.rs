//! Copying text and the native share sheet, where the browser has them.

use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `owner[name]` when it is a function (a method the browser may lack).
fn method(owner: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(owner, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// True when the browser has a native share sheet (`navigator.share`).
pub fn can_share() -> bool {
    method(&window().navigator().into(), "share").is_some()
}

/// Opens the native share sheet with `title` and `url`; a dismissed sheet is not an
/// error for the reader, so nothing is reported.
pub fn share(title: &str, url: &str) {
    let navigator: JsValue = window().navigator().into();
    let data = js_sys::Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    if let Some(share) = method(&navigator, "share") {
        if let Ok(promise) = share.call1(&navigator, &data) {
            leptos::task::spawn_local(async move {
                let _ = JsFuture::from(Promise::from(promise)).await;
            });
        }
    }
}

/// Copies `text` with the clipboard API; where that is missing or refused, selects
/// `field` and uses the legacy copy command. True when either worked. (Hand-written: the
/// fallback is what a reader without clipboard access needs, and no gloo crate has it.)
pub async fn copy_text(text: String, field: Option<web_sys::HtmlElement>) -> bool {
    let navigator: JsValue = window().navigator().into();
    if let Ok(clipboard) = Reflect::get(&navigator, &"clipboard".into()) {
        if let Some(write) = method(&clipboard, "writeText") {
            if let Ok(promise) = write.call1(&clipboard, &text.into()) {
                if JsFuture::from(Promise::from(promise)).await.is_ok() {
                    return true;
                }
            }
        }
    }
    let Some(field) = field else { return false };
    let _ = field.focus();
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
    document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
