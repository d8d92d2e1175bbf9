//! Key facts of the data file: the agreements behind the targets and publications' own
//! claims, each attributed. A data set without facts has no such section.

use crate::i18n::Msg;
use crate::ui::language::use_catalog;
use leptos::prelude::*;

/// The story behind the numbers, with attribution.
#[component]
pub fn KeyFacts() -> impl IntoView {
    let t = use_catalog();
    let facts = &t.data().facts;
    let items = facts
        .iter()
        .map(|fact| {
            let cite = fact
                .cite
                .as_ref()
                .map(|c| view! { " " <cite>{t.text(c)}</cite> });
            view! { <li><strong>{t.text(&fact.title)}</strong> " " {t.text(&fact.text)} {cite}</li> }
        })
        .collect_view();
    (!facts.is_empty()).then(|| {
        view! {
            <section class="key-facts" aria-labelledby="facts-heading" data-testid="key-facts">
                <h2 id="facts-heading">{t.get(Msg::FactsHeading)}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}
