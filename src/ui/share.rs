//! Sharing: copy the link, the native share sheet, and the embed dialog.

use super::language::use_catalog;
use super::{url, use_state};
use crate::display::{embed_link, embed_snippet, share_link};
use crate::format::parse_decimal;
use crate::i18n::Msg;
use js_sys::{Function, Promise, Reflect};
use leptos::html::{Dialog, Input, Textarea};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Default iframe height of the snippet, px (the script then follows the content).
const DEFAULT_EMBED_HEIGHT: u32 = 760;

/// `navigator[name]` when it is a function, with `navigator` to call it on.
fn navigator_method(owner: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(owner, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// Copies `text` with the clipboard API; where that is missing or refused, selects
/// `field` and uses the legacy copy command. True when either worked.
async fn copy_text(text: String, field: Option<web_sys::HtmlElement>) -> bool {
    let navigator: JsValue = window().navigator().into();
    if let Ok(clipboard) = Reflect::get(&navigator, &"clipboard".into()) {
        if let Some(write) = navigator_method(&clipboard, "writeText") {
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

/// The page's address without query or hash.
pub(super) fn page_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Copy link, Share and Embed buttons, and the embed dialog.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    // The page's address does not change while it is open: read it once.
    let page = StoredValue::new(page_address());
    // Read untracked: the fields follow `settled`, a copy takes the state as it is.
    let link = move || page.with_value(|p| state.query_pairs.with_untracked(|q| share_link(p, q)));
    let height = RwSignal::new(DEFAULT_EMBED_HEIGHT);
    let snippet = move || {
        let src = page.with_value(|p| state.query_pairs.with_untracked(|q| embed_link(p, q)));
        embed_snippet(&src, t.get(Msg::ShareTitle), height.get())
    };
    let status = RwSignal::new(String::new());
    let link_field = NodeRef::<Input>::new();
    let snippet_field = NodeRef::<Textarea>::new();
    let dialog = NodeRef::<Dialog>::new();
    let can_share = navigator_method(&window().navigator().into(), "share").is_some();

    let copy = move |text: String, field: Option<web_sys::HtmlElement>, done: Msg| {
        spawn_local(async move {
            let copied = copy_text(text, field).await;
            let msg = if copied { done } else { Msg::ShareSelect };
            status.set(t.get(msg).to_string());
        });
    };
    let share = move |_| {
        let navigator: JsValue = window().navigator().into();
        let data = js_sys::Object::new();
        let _ = Reflect::set(&data, &"title".into(), &t.get(Msg::ShareTitle).into());
        let _ = Reflect::set(&data, &"url".into(), &link().into());
        if let Some(share) = navigator_method(&navigator, "share") {
            if let Ok(promise) = share.call1(&navigator, &data) {
                // A dismissed share sheet rejects; that is not an error for the reader.
                spawn_local(async move {
                    let _ = JsFuture::from(Promise::from(promise)).await;
                });
            }
        }
    };

    view! {
        <div class="share-bar">
            <label class="visually-hidden" for="share-link">{t.get(Msg::ShareLink)}</label>
            <input id="share-link" data-testid="share-link" node_ref=link_field type="text" readonly
                prop:value=move || {
                    state.settled.track();
                    link()
                }
            />
            <button
                type="button"
                data-testid="copy-link"
                on:click=move |_| {
                    state.settle();
                    copy(link(), link_field.get().map(Into::into), Msg::ShareCopied)
                }
            >
                {t.get(Msg::ShareCopy)}
            </button>
            {can_share.then(|| view! { <button type="button" data-testid="native-share" on:click=share>{t.get(Msg::ShareShare)}</button> })}
            <button
                type="button"
                data-testid="open-embed"
                on:click=move |_| {
                    state.settle();
                    if let Some(d) = dialog.get() {
                        let _ = d.show_modal();
                    }
                }
            >
                {t.get(Msg::ShareEmbed)}
            </button>
            <span class="hint" role="status" data-testid="share-status">{move || status.get()}</span>
        </div>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-heading" data-testid="embed-dialog">
            <h2 id="embed-heading">{t.get(Msg::EmbedHeading)}</h2>
            <p class="hint">{t.get(Msg::EmbedHelp)}</p>
            <label for="embed-height">{t.get(Msg::EmbedHeight)}</label>
            <input
                id="embed-height"
                data-testid="embed-height"
                type="number"
                min="300"
                max="3000"
                step="10"
                prop:value=move || height.get().to_string()
                on:change=move |ev| {
                    // Finite by construction: `parse_decimal` refuses infinity and NaN.
                    if let Some(h) = parse_decimal(&event_target_value(&ev)) {
                        height.set(h.clamp(300.0, 3000.0).round() as u32);
                    }
                }
            />
            <label for="embed-snippet">{t.get(Msg::EmbedSnippet)}</label>
            <textarea id="embed-snippet" data-testid="embed-snippet" node_ref=snippet_field readonly
                rows="9"
                prop:value=move || {
                    state.settled.track();
                    snippet()
                }
            ></textarea>
            <div class="dialog-actions">
                <button
                    type="button"
                    data-testid="copy-embed"
                    on:click=move |_| copy(snippet(), snippet_field.get().map(Into::into), Msg::EmbedCopied)
                >
                    {t.get(Msg::EmbedCopy)}
                </button>
                <button
                    type="button"
                    on:click=move |_| {
                        if let Some(d) = dialog.get() {
                            d.close();
                        }
                    }
                >
                    {t.get(Msg::EmbedClose)}
                </button>
            </div>
        </dialog>
    }
}

/// "Open full view": the same scenario in a new tab, without the embed flags.
#[component]
pub fn FullViewLink() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let href = move || {
        let kept = crate::display::full_view_query(&url::current_query());
        let query = state
            .query_pairs
            .with(|q| crate::scenario::merge_query(&kept, q));
        format!("{}{query}", page_address())
    };
    view! {
        <a class="full-view" data-testid="full-view" href=href target="_blank" rel="noopener">
            {t.get(Msg::EmbedFullView)}
        </a>
    }
}
