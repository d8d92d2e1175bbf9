//! Sharing: copy the link, the native share sheet, and the embed dialog.

use super::cite::Cite;
use crate::display::{
    clamp_embed_height, embed_link, embed_snippet, full_view_query, EmbedLang, EMBED_HEIGHT_RANGE,
};
use crate::format::parse_decimal;
use crate::i18n::{Catalog, Msg};
use crate::scenario::merge_query;
use crate::ui::language::use_catalog;
use crate::ui::platform::clipboard::{can_share, copy_text, share};
use crate::ui::platform::url::{current_query, page_address, site_root};
use crate::ui::{use_page_memory, use_state};
use crate::view::share::embed_languages;
use leptos::html::{Dialog, Input, Textarea};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Copies `text` (selecting `field` when the clipboard refuses) and says how it went in
/// `status`: `done`, or how to copy by hand.
pub(super) fn copy(
    t: &'static Catalog,
    status: RwSignal<String>,
    text: String,
    field: Option<web_sys::HtmlElement>,
    done: Msg,
) {
    spawn_local(async move {
        let copied = copy_text(text, field).await;
        status.set(
            t.get(if copied { done } else { Msg::ShareSelect })
                .to_string(),
        );
    });
}

/// Copy link, Share and Embed buttons, and the embed dialog.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    // The site's address does not change while the page is open: read it once.
    let site = StoredValue::new(site_root());
    // Read untracked: the field follows `settled`, a copy takes the state as it is.
    let link = move || state.share_link_now(t);
    let status = RwSignal::new(String::new());
    let link_field = NodeRef::<Input>::new();
    let dialog = NodeRef::<Dialog>::new();
    let share = move |_| share(t.text(&t.data().share_title), &link());
    let open_embed = move |_| {
        state.settle();
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
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
            <button type="button" data-testid="copy-link"
                on:click=move |_| {
                    state.settle();
                    copy(t, status, link(), link_field.get().map(Into::into), Msg::ShareCopied)
                }>
                {t.get(Msg::ShareCopy)}
            </button>
            {can_share().then(|| view! { <button type="button" data-testid="native-share" on:click=share>{t.get(Msg::ShareShare)}</button> })}
            <Cite />
            <button type="button" data-testid="open-embed" on:click=open_embed>{t.get(Msg::ShareEmbed)}</button>
            <span class="hint" role="status" data-testid="share-status">{move || status.get()}</span>
        </div>
        <EmbedDialog dialog=dialog site=site status=status />
    }
}

/// Closes `dialog`.
pub(super) fn close(dialog: NodeRef<Dialog>) {
    if let Some(d) = dialog.get() {
        d.close();
    }
}

/// The embed dialog: the snippet's language and height, the snippet, and its copy
/// button.
#[component]
fn EmbedDialog(
    dialog: NodeRef<Dialog>,
    site: StoredValue<String>,
    status: RwSignal<String>,
) -> impl IntoView {
    let state = use_state();
    let t = use_catalog();
    let memory = use_page_memory();
    let (height, embed_lang) = (memory.embed_height, memory.embed_lang);
    let chosen = move || embed_lang.with(|code| EmbedLang::from_code(code));
    let snippet = move || {
        let lang = chosen().written(t.lang());
        let src = site.with_value(|s| state.query_pairs.with_untracked(|q| embed_link(s, lang, q)));
        let title = t.data().share_title.get(lang.unwrap_or(t.lang()));
        embed_snippet(&src, title, height.get())
    };
    // The page is rebuilt in another language: what is selected is read once.
    let lang_options = embed_languages(t, chosen()).into_iter().map(|c| {
        view! {
            <option value=c.value selected=c.selected>{c.label}</option>
        }
    });
    let snippet_field = NodeRef::<Textarea>::new();
    let set_height = move |ev| {
        if let Some(h) = parse_decimal(&event_target_value(&ev)) {
            height.set(clamp_embed_height(h));
        }
    };

    view! {
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-heading" data-testid="embed-dialog">
            <h2 id="embed-heading">{t.get(Msg::EmbedHeading)}</h2>
            <p class="hint">{t.get(Msg::EmbedHelp)}</p>
            <label for="embed-lang">{t.get(Msg::EmbedLanguage)}</label>
            <select id="embed-lang" data-testid="embed-lang" on:change=move |ev| embed_lang.set(event_target_value(&ev))>
                {lang_options.collect_view()}
            </select>
            <label for="embed-height">{t.get(Msg::EmbedHeight)}</label>
            <input id="embed-height" data-testid="embed-height" type="number"
                min=EMBED_HEIGHT_RANGE.0 max=EMBED_HEIGHT_RANGE.1 step="10"
                prop:value=move || height.get().to_string()
                on:change=set_height
            />
            <label for="embed-snippet">{t.get(Msg::EmbedSnippet)}</label>
            <textarea id="embed-snippet" data-testid="embed-snippet" node_ref=snippet_field readonly rows="9"
                prop:value=move || {
                    state.settled.track();
                    snippet()
                }
            ></textarea>
            <div class="dialog-actions">
                <button type="button" data-testid="copy-embed"
                    on:click=move |_| copy(t, status, snippet(), snippet_field.get().map(Into::into), Msg::EmbedCopied)>
                    {t.get(Msg::EmbedCopy)}
                </button>
                <button type="button" on:click=move |_| close(dialog)>
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
