//! Dismissible notes: link values that were ignored or adjusted, and a language file
//! that could not be loaded.

use crate::i18n::{Fill, Msg};
use crate::scenario::QueryProblem;
use crate::ui::language::{use_catalog, Language};
use leptos::prelude::*;

/// Tells the reader which URL values could not be used as they were.
#[component]
pub fn UrlNotice(
    /// What was wrong with the link.
    problems: Vec<QueryProblem>,
    /// True until the reader dismisses the note (kept when the language changes).
    open: RwSignal<bool>,
) -> impl IntoView {
    let t = use_catalog();
    let list = problems
        .iter()
        .map(|p| match &p.used {
            Some(used) => format!("{} → {used}", p.pair()),
            None => t.fill(Fill::NoticeIgnored { pair: &p.pair() }),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let text = t.fill(Fill::NoticeAdjusted { list: &list });
    view! {
        <Show when=move || open.get()>
            <div class="notice" role="status" data-testid="url-notice">
                <span>{text.clone()}</span>
                <button type="button" on:click=move |_| open.set(false)>{t.get(Msg::AppDismiss)}</button>
            </div>
        </Show>
    }
}

/// Says that the chosen language could not be loaded (the page stays in English).
#[component]
pub fn TranslationNotice() -> impl IntoView {
    let failed = expect_context::<Language>().failed;
    let t = use_catalog();
    view! {
        <Show when=move || failed.get()>
            <div class="notice" role="status" data-testid="translation-notice">
                <span>{t.get(Msg::AppTranslationFailed)}</span>
                <button type="button" on:click=move |_| failed.set(false)>{t.get(Msg::AppDismiss)}</button>
            </div>
        </Show>
    }
}
