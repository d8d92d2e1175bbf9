//! Sharing: copy the link, the native share sheet, and the embed dialog.

use crate::display::{
    clamp_embed_height, embed_link, embed_snippet, full_view_query, share_link, EmbedLang,
    EMBED_HEIGHT_RANGE,
};
use crate::format::parse_decimal;
use crate::i18n::{Lang, Msg};
use crate::scenario::merge_query;
use crate::ui::language::use_catalog;
use crate::ui::platform::clipboard::{can_share, copy_text, share};
use crate::ui::platform::url::{current_query, page_address, site_root};
use crate::ui::{use_page_memory, use_state};
use leptos::html::{Dialog, Input, Textarea};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Copy link, Share and Embed buttons, and the embed dialog.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    // The site's address does not change while the page is open: read it once.
    let site = StoredValue::new(site_root());
    // Read untracked: the fields follow `settled`, a copy takes the state as it is.
    let link = move || {
        site.with_value(|s| {
            state
                .query_pairs
                .with_untracked(|q| share_link(s, t.lang(), q))
        })
    };
    let memory = use_page_memory();
    let (height, embed_lang) = (memory.embed_height, memory.embed_lang);
    let chosen = move || embed_lang.with(|code| EmbedLang::from_code(code).written(t.lang()));
    let snippet = move || {
        let lang = chosen();
        let src = site.with_value(|s| state.query_pairs.with_untracked(|q| embed_link(s, lang, q)));
        let title = t.data().share_title.get(lang.unwrap_or(t.lang()));
        embed_snippet(&src, title, height.get())
    };
    // The embed's languages: each in its own name, and each reader's own (the page is
    // rebuilt in another language: what is selected is read once).
    let lang_options = Lang::ALL
        .into_iter()
        .map(|lang| (lang.code(), lang.native_name()))
        .chain([(EmbedLang::READER, t.get(Msg::EmbedReaderLanguage))])
        .map(|(code, name)| {
            let selected = chosen().map_or(EmbedLang::READER, Lang::code) == code;
            view! { <option value=code selected=selected>{name}</option> }
        })
        .collect_view();
    let status = RwSignal::new(String::new());
    let link_field = NodeRef::<Input>::new();
    let snippet_field = NodeRef::<Textarea>::new();
    let dialog = NodeRef::<Dialog>::new();
    let can_share = can_share();

    let copy = move |text: String, field: Option<web_sys::HtmlElement>, done: Msg| {
        spawn_local(async move {
            let copied = copy_text(text, field).await;
            let msg = if copied { done } else { Msg::ShareSelect };
            status.set(t.get(msg).to_string());
        });
    };
    let share = move |_| share(t.text(&t.data().share_title), &link());

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
            <label for="embed-lang">{t.get(Msg::EmbedLanguage)}</label>
            <select
                id="embed-lang"
                data-testid="embed-lang"
                on:change=move |ev| embed_lang.set(event_target_value(&ev))
            >
                {lang_options}
            </select>
            <label for="embed-height">{t.get(Msg::EmbedHeight)}</label>
            <input
                id="embed-height"
                data-testid="embed-height"
                type="number"
                min=EMBED_HEIGHT_RANGE.0
                max=EMBED_HEIGHT_RANGE.1
                step="10"
                prop:value=move || height.get().to_string()
                on:change=move |ev| {
                    // Finite by construction: `parse_decimal` refuses infinity and NaN.
                    if let Some(h) = parse_decimal(&event_target_value(&ev)) {
                        height.set(clamp_embed_height(h));
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
        let kept = full_view_query(&current_query());
        let query = state.query_pairs.with(|q| merge_query(&kept, q));
        format!("{}{query}", page_address())
    };
    view! {
        <a class="full-view" data-testid="full-view" href=href target="_blank" rel="noopener">
            {t.get(Msg::EmbedFullView)}
        </a>
    }
}
