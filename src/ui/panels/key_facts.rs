//! Key facts: the agreements behind the targets and the article's own claims, each
//! attributed.

use crate::i18n::Msg;
use crate::ui::language::use_catalog;
use leptos::prelude::*;

/// The facts: title, text, and whether the article is cited for it.
const FACTS: [(Msg, Msg, bool); 4] = [
    (Msg::FactsTargetsTitle, Msg::FactsTargets, false),
    (Msg::FactsRoadmapTitle, Msg::FactsRoadmap, true),
    (Msg::FactsClaimsTitle, Msg::FactsClaims, true),
    (Msg::FactsHeadlineTitle, Msg::FactsHeadline, false),
];

/// The story behind the numbers, with attribution.
#[component]
pub fn KeyFacts() -> impl IntoView {
    let t = use_catalog();
    let items = FACTS
        .into_iter()
        .map(|(title, text, cited)| {
            let cite = cited.then(|| view! { " " <cite>{t.get(Msg::FactsCite)}</cite> });
            view! { <li><strong>{t.get(title)}</strong> " " {t.get(text)} {cite}</li> }
        })
        .collect_view();
    view! {
        <section class="key-facts" aria-labelledby="facts-heading" data-testid="key-facts">
            <h2 id="facts-heading">{t.get(Msg::FactsHeading)}</h2>
            <ul>{items}</ul>
        </section>
    }
}
