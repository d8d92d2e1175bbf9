//! A dismissible note listing link values that were ignored or adjusted.

use crate::scenario::QueryProblem;
use leptos::prelude::*;

/// Tells the reader which URL values could not be used as they were.
#[component]
pub fn UrlNotice(problems: Vec<QueryProblem>) -> impl IntoView {
    let visible = RwSignal::new(!problems.is_empty());
    let list = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <Show when=move || visible.get()>
            <div class="notice" role="status" data-testid="url-notice">
                <span>"Some values in the link were adjusted: " {list.clone()} "."</span>
                <button type="button" on:click=move |_| visible.set(false)>"Dismiss"</button>
            </div>
        </Show>
    }
}
